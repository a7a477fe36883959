#!/usr/bin/env python3
"""Gold annotations for batch 60b (session 56, gatherer 60b): the three SEC texts batch60b.py writes -- the
insider-trading charges against Timothy J. Potter, a manager in the accounting department of Sepracor, Inc., and his
father George R. Potter over put options bought before Sepracor announced that Eli Lilly and Company ended a license
agreement with it (Litigation Release No. 17958, January 30, 2003); the liability findings and settlement against
traders tipped, directly or indirectly, by Charles Brumfield, a former vice-president in AT&T's labor relations
department, on AT&T's takeover targets (Litigation Release No. 16049, February 1, 1999); the accounting-fraud charge
against Indianapolis-based Celadon Group Inc., with Joel R. Levin, Director of the SEC's Chicago Regional Office
(press release 2019-60, April 25, 2019) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Brumfield / AT&T -> test, Celadon -> train, Sepracor -> dev (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its release line or dateline).
Conventions (the federal SEC lane's, batches 47y, 51d, 51i, 54e, 56c, 57l, 57y, 58b, 58m, 58q, 59b and 59g; looked up
in GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as 'Securities and Exchange Commission' with the alias
'SEC' where the text names it in full, and as an Organization named 'Commission' where the kept text writes only 'the
Commission' (the heading or caption that says 'SEC' or the full name is the `title` or left out, not text: 48h's and
the Westport and Comscore files' way); a court named in full ('the United States District Court for the Southern
District of New York') -> Organization under that name, with no Location for the 'New York' inside it (56c, 55zb); a
court given only by its town ('federal court in Indianapolis') -> no Organization, the town a Location; 'X-based' and
'of Town, State' / 'Town, State-based' -> each place a Location; a surname alone or a shorter name ('George Potter',
'Smith', 'Lilly', 'Celadon') -> alias; 'a manager in X's accounting department' -> executive at X (GUIDELINES:
"manager" -> executive), 'a former vice-president in X's labor relations department' -> vice-president at X, current
false (GUIDELINES: former), an unnamed department -> no Organization; 'Director of the SEC's Chicago Regional Office'
-> director of the Office, the Office an Organization with parentOrganization the SEC (56c's, 47k's and 44r's
reading); a license agreement between two named companies -> partner, direction as written (GUIDELINES: licensing
deal); a drug named with its maker ("Lilly's ... antidepressant, Prozac") -> Service with provider; plans to acquire
and 'takeover targets' -> no relation (GUIDELINES: intentions); a prosecutor's or regulator's action against a
company -> no relation; amounts, share counts, laws, docket numbers -> nothing; 'between 1988 and 1991' -> both years;
fiscal quarters -> skipped; 'today' -> published.
usage: batch60b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather61b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SEP = "Sepracor, Inc."
LLY = "Eli Lilly and Company"
TJP = "Timothy J. Potter"
ATT = "AT&T"
SDNY = "United States District Court for the Southern District of New York"
CEL = "Celadon Group Inc."
CRO = "Chicago Regional Office"
A = {}

# ---- Sepracor, Inc. / Timothy J. Potter and George R. Potter, LR 17958, published 2003-01-30 (a Thursday) ------------
A["us-sec-sepracor-accounting-manager-potter-tipped-father-eli-lilly-license-termination-2003"] = dict(
 # The Commission ('The Commission today filed', "the Commission's complaint" four times: written only so in the kept
 # text -- the heading's 'SEC' is the `title` and the caption is left out -- so an Organization named 'Commission',
 # no alias); George R. Potter ('George Potter' four times: alias); Timothy J. Potter ('Timothy Potter' four times,
 # "Timothy Potter's account": alias 'Timothy Potter'); Bedford and New Hampshire ('of Bedford, New Hampshire':
 # Locations, the state named after the town); Sepracor, Inc. ('Sepracor' throughout, 'Sepracor employee', "Sepracor's
 # accounting department": alias 'Sepracor'); Marlborough and Massachusetts ('a Marlborough, Massachusetts-based
 # pharmaceutical company': the 'X-based' form -> both Locations); Eli Lilly and Company (written so twice; "Lilly's
 # top-selling antidepressant": alias 'Lilly'); Prozac ("Lilly's top-selling antidepressant, Prozac": a drug ->
 # Service, GUIDELINES' Types). Not annotated: 'a new version of ... Prozac' (the drug in development, unnamed: no
 # second Service); 'its shareholders', 'a pharmaceutical company', 'the company' (generic); 'put options', 'the tip'
 entities=[E("Organization", "Commission"),
           E("Person", "George R. Potter", "George Potter"),
           E("Person", TJP, "Timothy Potter"),
           E("Location", "Bedford"),
           E("Location", "New Hampshire"),
           E("Company", SEP, "Sepracor"),
           E("Location", "Marlborough"),
           E("Location", "Massachusetts"),
           E("Company", LLY, "Lilly"),
           E("Service", "Prozac")],
 # 'Timothy Potter, a manager in Sepracor's accounting department' -> executive at Sepracor, Inc. (GUIDELINES:
 # "manager" -> executive; the department is unnamed, so the role goes to the company), current true: the release
 # tells the post in the present and never says former or then (**doubtful**: the post is told of the October 2000
 # events, and the release of 2003 does not say he still holds it; 59g's Panax file read the same present tense as
 # true). **Near-misses**: 'Sepracor employee Timothy Potter' (the same post in other words: one role, no 'other');
 # 'his father, George Potter' (family: no role, no relation); George R. Potter has no post at any organisation
 roles=[R(TJP, "executive", SEP, True)],
 # 'Eli Lilly and Company might terminate a license agreement with Sepracor' -> partner(Eli Lilly and Company,
 # Sepracor, Inc.) (GUIDELINES: licensing deal -> partner, direction as written; the agreement's termination the next
 # day does not undo it: relations carry no time -- **doubtful**: a reader may leave out a relation the text tells as
 # it ends). "Lilly's top-selling antidepressant, Prozac" -> provider(Prozac, Eli Lilly and Company). **Near-misses**:
 # the agreement 'concerning the development of a new version of ... Prozac' (the developmental drug is unnamed: no
 # provider for it, and no second relation between the two companies); Sepracor's public announcement of the
 # termination (an announcement, no relation)
 relations=[L(LLY, "partner", SEP),
            L("Prozac", "provider", LLY)],
 outages=[],
 # 'today' ('The Commission today filed') -> 2003-01-30 (`published`); 'on October 18, 2000' and 'no later than
 # October 18, 2000' (the same text and value: one item) -> 2000-10-18; 'The next day' (the day after October 18,
 # 2000, told in the sentences before it) -> 2000-10-19 (**doubtful**: relative to an event, not to `published`;
 # resolved as the corpus resolves an anchored 'the next day'); 'on April 18, 2001' -> 2001-04-18; 'on October 18'
 # (second paragraph, the year from the first) -> 2000-10-18, its own item (another text, same value). Not dates:
 # 'Minutes later' (relative to a time the text does not give); the left-out release line's 'January 30, 2003'
 dates=[D("today", "2003-01-30"), D("October 18, 2000", "2000-10-18"), D("The next day", "2000-10-19"),
        D("April 18, 2001", "2001-04-18"), D("October 18", "2000-10-18")])

# ---- AT&T / Charles L. Brumfield et al., LR 16049, published 1999-02-01 (a Monday) ----------------------------------
A["us-sec-brumfield-att-former-vice-president-takeover-targets-insider-trading-verdict-1999"] = dict(
 # The Commission ('The Commission has obtained', 'The Commission alleged', 'by the Commission', 'The Commission
 # alleges': written only so in the kept text -- the caption is the `title` -- so an Organization named 'Commission',
 # no alias); AT&T ("AT&T\u2019s plans", "AT&T\u2019s labor relations department", 'two AT&T takeover targets': the
 # text's only form, so the name); Charles Brumfield (once, no surname alone: no alias); the United States District
 # Court for the Southern District of New York (named in full -> Organization; 'New York' inside its name -> no
 # Location, 56c's way); Warren F.X. Smith, Sr. (the defendant, twice in full -- once as the run-on name that heads the
 # specific allegations -- and 'Smith received': alias 'Smith'); Robert Allen (a defendant, once); Sharon Seiden
 # ('Seiden and defendant John Lynch': alias 'Seiden'); John Lynch (once); Digital Microwave Corporation and Teradata
 # Corporation (the two named takeover targets -> Company). Not annotated: 'the Securities Exchange Act of 1934', 'the
 # Exchange Act' (laws); "AT&T\u2019s labor relations department" (an unnamed unit: no Organization); 'a jury', 'twenty
 # people', 'four companies', 'the defendants' (unnamed or generic)
 entities=[E("Organization", "Commission"),
           E("Company", ATT),
           E("Person", "Charles Brumfield"),
           E("Organization", SDNY),
           E("Person", "Warren F.X. Smith, Sr.", "Smith"),
           E("Person", "Robert Allen"),
           E("Person", "Sharon Seiden", "Seiden"),
           E("Person", "John Lynch"),
           E("Company", "Digital Microwave Corporation"),
           E("Company", "Teradata Corporation")],
 # 'Charles Brumfield, a former vice-president in AT&T\u2019s labor relations department' -> vice-president at AT&T,
 # current false (GUIDELINES: former; the department unnamed, so the role goes to the company). **Near-misses**:
 # 'defendant Robert Allen' (a trader the release names with no post; not to be read as AT&T's chairman of that time,
 # who bore a like name -- nothing in the text ties him to AT&T: no role); Smith, Seiden and Lynch (defendants with no
 # post); the court's judge (unnamed)
 roles=[R("Charles Brumfield", "vice-president", ATT, False)],
 # None. **Near-misses**: "AT&T\u2019s plans to acquire four companies between 1988 and 1991" (plans, and the four
 # unnamed: nothing, GUIDELINES' intentions); 'two AT&T takeover targets: Digital Microwave Corporation and Teradata
 # Corporation' (targets of planned takeovers; the text does not say either deal was agreed or done -- no acquired,
 # no parentOrganization, however well a reader knows how the Teradata deal ended); the court's approval of Smith's
 # settlement with the Commission (a court and a regulator: no relation type)
 relations=[],
 outages=[],
 # 'between 1988 and 1991' -> '1988' 1988 and '1991' 1991 (both years, the corpus's way with 'between X and Y');
 # 'on January 6, 1999' -> 1999-01-06; 'On January 11, 1999' -> 1999-01-11 ('the first day of trial' is the same day
 # in other words: not a time expression of its own); 'on January 26, 1999' -> 1999-01-26. Not dates: 'Shortly
 # before trial' (vague), 'a two-and- a-half week trial' (a duration); 'of 1934' inside the law's name; the left-out
 # release line's 'February 1, 1999'
 dates=[D("1988", "1988"), D("1991", "1991"), D("January 6, 1999", "1999-01-06"), D("January 11, 1999", "1999-01-11"),
        D("January 26, 1999", "1999-01-26")])

# ---- Celadon Group Inc., SEC press release 2019-60, published 2019-04-25 (a Thursday) -------------------------------
A["us-sec-celadon-group-truckload-freight-accounting-fraud-used-trucks-2019"] = dict(
 # The Securities and Exchange Commission (once in full; 'the SEC charged', "the SEC\u2019s Chicago Regional Office",
 # "The SEC\u2019s complaint": alias 'SEC'); Indianapolis ('Indianapolis-based Celadon Group Inc.' and 'in federal
 # court in Indianapolis': one Location; the court is given by its town only -> no court Organization, 59g's
 # Fayetteville and Los Angeles way); Celadon Group Inc. ('Celadon' throughout, "Celadon\u2019s payment": alias
 # 'Celadon'); Joel R. Levin (once, no surname alone); the Chicago Regional Office ("the SEC\u2019s Chicago Regional
 # Office": a named office of the SEC -> Organization, the corpus's Regional Offices; 'Chicago' inside its name -> no
 # Location, 56c's way); the Department of Justice (once -> Organization). Not annotated: 'the truckload freight
 # company' (Celadon in other words); 'third parties', 'its auditors', 'its investors', 'issuers', 'the investing
 # public' (unnamed or generic); 'a complaint', 'its annual report' (papers)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Indianapolis"),
           E("Company", CEL, "Celadon"),
           E("Person", "Joel R. Levin"),
           E("Organization", CRO),
           E("Organization", "Department of Justice")],
 # 'Joel R. Levin, Director of the SEC\u2019s Chicago Regional Office' -> director of the Office, current true (the
 # corpus's 'Director of the SEC's X Regional Office' -> director, 44r, 47k, 56c; **doubtful**: head, as the office's
 # leader). **Near-misses**: no Celadon officer is named in the kept text (the later charges against its former chief
 # operating officer and chief financial officer are not in it); 'its auditors' (unnamed)
 roles=[R("Joel R. Levin", "director", CRO, True)],
 # "the SEC\u2019s Chicago Regional Office" -> parentOrganization(Chicago Regional Office, Securities and Exchange
 # Commission) (GUIDELINES: "X's Y" counts; 56c's reading of the SEC's New York Regional Office). **Near-misses**:
 # Celadon and the Department of Justice ('restitution in an action announced today by the Department of Justice': a
 # prosecutor's action, no relation type); Celadon and the SEC (a regulator's charge and settlement: nothing); the
 # 'used trucks' bought and sold 'from third parties' (asset trades with unnamed dealers: no partner)
 relations=[L(CRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('today charged', 'announced today': one item) -> 2019-04-25 (`published`, the left-out dateline's day);
 # 'mid-2016' -> 2016 (GUIDELINES: 'late 2006' -> the year; the corpus's 'mid-2016' -> 2016); 'April 2017' -> 2017-04;
 # 'its 2016 pre-tax income' -> '2016' 2016, its own item beside 'mid-2016' (another text; **doubtful**: Celadon's
 # year may be the fiscal year its annual report ends on June 30, but the text does not call it fiscal, so it is read
 # as the calendar year, as the corpus reads an unmarked 'second quarter'); 'the period ending June 30, 2016' ->
 # 'June 30, 2016' 2016-06-30. Not dates: 'the first two fiscal quarters of 2017' (fiscal quarters whose months the
 # text does not give: skipped, GUIDELINES; its '2017' names that fiscal year, so no '2017' item -- **doubtful**);
 # the left-out dateline's 'April 25, 2019'
 dates=[D("today", "2019-04-25"), D("mid-2016", "2016"), D("April 2017", "2017-04"), D("2016", "2016"),
        D("June 30, 2016", "2016-06-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
