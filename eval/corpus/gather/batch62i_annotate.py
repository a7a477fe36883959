#!/usr/bin/env python3
"""Gold annotations for batch 62i (session 57, gatherer 62i): the two federal texts batch62i.py writes -- the final
judgment by consent against Steven Forman, the former controller of Speechworks International, Inc. (Litigation
Release No. 21677, September 30, 2010); the SEC's insider trading action against Patricia B. Rocklage, the wife of
Cubist Pharmaceuticals, Inc.'s former Chairman and CEO Scott M. Rocklage, her brother William M. Beaver and his friend
David G. Jones (Litigation Release No. 19032, January 13, 2005) -- written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Cubist / Rocklage -> test, Speechworks / Forman -> train (as write_parts dealt them).
Dates resolve against `published` (each release's own day, from its left-out release line).
Conventions (the federal SEC lane's, batches 41b, 41e, 44l, 44r, 56c, 59g, 60b, 60l, 61b and 62b; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as an Organization named 'Commission' where the kept text
writes only that (60b's Sepracor way, 60l's Charter text, 62b's Intervoice text), else 'Securities and Exchange
Commission' with the alias 'Commission'; a court given only by its state ('a Massachusetts federal court') -> no
Organization, the state a Location (59g, 61b, 62b); a court named in full ('the United States District Court for the
District of Massachusetts') -> Organization; a judge -> Person, no role (41p's judges); 'Chelmsford, Massachusetts'
and the like -> the town and the state each a Location; a surname alone, a given name with the surname, 'Ms.' with the
surname -> aliases; 'controller' -> executive (41j's 'Controller'; GUIDELINES: a senior post not in the list), current
false where the text says former; 'former Chairman and CEO' -> chairman and ceo, both current false; a drug ->
Service, its maker provider (GUIDELINES part 2: drugs are Service); family ties, friendship and residence -> no
relation (no predicate for them); a regulator's action, a court's judgment, a settlement -> no relation; laws
('Securities Exchange Act of 1934', 'Exchange Act') -> nothing, and the year in a law's name no date (41e); amounts and
counts -> nothing; 'yesterday' -> the day before published.
usage: batch62i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather63i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SW = "Speechworks International, Inc."
CUB = "Cubist Pharmaceuticals, Inc."
A = {}

# ---- Speechworks International, Inc. / Steven Forman, Litigation Release No. 21677, published 2010-09-30 (a Thursday) --
A["us-sec-speechworks-former-controller-forman-final-judgment-revenue-inflation-2010"] = dict(
 # The Commission ('The Commission announced', 'filed by the Commission', 'the Commission had alleged': the kept text
 # writes the SEC only so -- the release and caption lines are left out -- so an Organization named 'Commission', 62b's
 # Intervoice way); Massachusetts ('a Massachusetts federal court', 'Chelmsford, Massachusetts', 'Boston,
 # Massachusetts': the court given by its state -> no court Organization, the state a Location); Steven Forman
 # ('Forman' five times: alias); Chelmsford ('of Chelmsford, Massachusetts': his home town, a Location); Speechworks
 # International, Inc. (once in full; "Speechworks' revenues", 'Speechworks, a manufacturer', "Speechworks' improper
 # recognition", "Speechworks' policies": alias 'Speechworks', the possessive mark not part of it); Boston ('then a
 # public company based in Boston, Massachusetts': Location); Rya W. Zobel ('Judge Rya W. Zobel': Person). Not
 # annotated: 'a reseller' (unnamed firm); 'the company' (Speechworks again, generic words: no alias); 'investors',
 # 'end customers' (generic); 'voice recognition software' (a kind of product, no product named: no Service); the
 # 'Securities Exchange Act of 1934 ("Exchange Act")' and 'generally accepted accounting principles' (a law and an
 # accounting standard: nothing)
 entities=[E("Organization", "Commission"),
           E("Location", "Massachusetts"),
           E("Person", "Steven Forman", "Forman"),
           E("Location", "Chelmsford"),
           E("Company", SW, "Speechworks"),
           E("Location", "Boston"),
           E("Person", "Rya W. Zobel")],
 # 'Forman, the former controller of Speechworks International, Inc.' -> executive at Speechworks International, Inc.,
 # current false (a controller: 41j's and the Synchronoss text's practice map it to executive, the title list
 # having no controller; **doubtful** only in the word: a reader may want 'other'). **Near-misses**: 'Judge Rya W.
 # Zobel' (a judge: no role, no court entity written -- 'a Massachusetts federal court'); 'a defendant in an action' (no post); the
 # title's 'Former Controller of Massachusetts Technology Company' (title, not text -- the same role anyway)
 roles=[R("Steven Forman", "executive", SW, False)],
 # None. **Near-misses**: 'an arrangement with a reseller pursuant to which the reseller made royalty payments' (a
 # customer and licensing tie, but the reseller is not named: no partner -- it is Intervoice in other papers, not in
 # this text); 'then a public company' (Speechworks was later bought, but the text names no buyer: no acquired, no
 # parentOrganization); the Commission's action and the court's judgment (a regulator and a court acting on a person:
 # nothing)
 relations=[],
 outages=[],
 # 'on September 30, 2010' -> 'September 30, 2010' 2010-09-30 (the judgment's day, also `published`); 'in June 2007'
 # -> 'June 2007' 2007-06 (the action's filing month). Not dates: '1934' inside the law's name (41e); '$20,000', '$2
 # million' (amounts); the left-out release lines' dates and the caption's docket number '07-11151' (its '07' the
 # year of filing)
 dates=[D("September 30, 2010", "2010-09-30"), D("June 2007", "2007-06")])

# ---- Cubist Pharmaceuticals, Inc. / Patricia B. Rocklage et al., Litigation Release No. 19032, published 2005-01-13 ----
A["us-sec-cubist-pharmaceuticals-former-ceo-wife-rocklage-insider-trading-charged-2005"] = dict(
 # The Securities and Exchange Commission (once in full; 'The Commission filed', 'the Commission alleges': alias
 # 'Commission'); Cubist Pharmaceuticals, Inc. ('Massachusetts-based Cubist Pharmaceuticals, Inc.'; "Cubist's former
 # Chairman", "Cubist's most important products", 'news about Cubist', 'his Cubist stock': alias 'Cubist');
 # Massachusetts ('Massachusetts-based', 'Sudbury, Massachusetts': Location; also inside the court's name); Patricia B.
 # Rocklage (twice in full; 'Patricia Rocklage' twice, the possessive once; 'Ms. Rocklage' twice: aliases -- the bare
 # surname never stands alone, and it would be ambiguous with her husband's); Scott M. Rocklage (once in full; 'Scott
 # Rocklage' twice: alias); William M. Beaver ('Beaver' three times, the possessive once: alias); David G. Jones
 # ('Jones' once: alias); Sudbury ('resides in Sudbury, Massachusetts'), Charlotte and North Carolina ('residents of
 # Charlotte, North Carolina'): each a Location; the United States District Court for the District of Massachusetts
 # (a court named in full -> Organization); Cidecin ("one of Cubist's most important products, Cidecin": a drug ->
 # Service, GUIDELINES part 2). Not annotated: 'her husband', 'her brother', 'his wife' (Scott M. Rocklage, Beaver and
 # Patricia B. Rocklage again in generic words: no alias); 'a clinical trial' (unnamed); 'the common stock'
 entities=[E("Organization", "Securities and Exchange Commission", "Commission"),
           E("Company", CUB, "Cubist"),
           E("Location", "Massachusetts"),
           E("Person", "Patricia B. Rocklage", "Patricia Rocklage", "Ms. Rocklage"),
           E("Person", "Scott M. Rocklage", "Scott Rocklage"),
           E("Person", "William M. Beaver", "Beaver"),
           E("Person", "David G. Jones", "Jones"),
           E("Location", "Sudbury"),
           E("Location", "Charlotte"),
           E("Location", "North Carolina"),
           E("Organization", "United States District Court for the District of Massachusetts"),
           E("Service", "Cidecin")],
 # "Scott M. Rocklage, Cubist's former Chairman and CEO" -> chairman and ceo at Cubist Pharmaceuticals, Inc., both
 # current false ('former' covers both posts; GATHERING.md's 'Chairman and CEO' -> both). **Near-misses**: Patricia
 # B. Rocklage 'the wife of' the CEO, Beaver 'Patricia Rocklage's brother', Jones "Beaver's best friend and neighbor"
 # (family and friendship, no post at any organisation: no role); the title's 'WIFE OF FORMER CEO' (title, not text)
 roles=[R("Scott M. Rocklage", "chairman", CUB, False),
        R("Scott M. Rocklage", "ceo", CUB, False)],
 # "one of Cubist's most important products, Cidecin" -> provider(Cidecin, Cubist Pharmaceuticals, Inc.) (a named
 # product and its maker; **doubtful** for a drug still in a clinical trial, not yet sold -- the text calls it one of
 # the company's products). **Near-misses**: the wife / brother / friend ties (no predicate); 'trading in the common
 # stock of ... Cubist' and Beaver's 'Cubist stock' (shareholdings, not ownership of a company); the Commission's
 # action and its complaint in the court (a regulator and a court: nothing)
 relations=[L("Cidecin", "provider", CUB)],
 outages=[],
 # 'The Securities and Exchange Commission yesterday filed' -> 'yesterday' 2005-01-12 (the day before `published`,
 # 2005-01-13, a Thursday); 'on December 31, 2001' -> 'December 31, 2001' 2001-12-31. Not dates: the cut sentence's
 # 'January 2, 2002' and '10 a.m.' (not in the text); the caption's docket number '05-10074' (left out)
 dates=[D("yesterday", "2005-01-12"), D("December 31, 2001", "2001-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
