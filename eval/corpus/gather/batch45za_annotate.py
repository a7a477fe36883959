#!/usr/bin/env python3
"""Batch 45za gold annotations (the texts of batch45za.py: the SEC's Litigation Release No. 22315 of 2 April 2012 on
'former ArthroCare CEO Michael A. Baker and former CFO Michael T. Gluk' of 'Austin, Texas-based ArthroCare
Corporation', with 'John Raffle and David Applegate, two former ArthroCare executives'; the SEC's Litigation Release
No. 18701 of 11 May 2004 on 'William S. Finkelstein, the former chief financial officer of The Warnaco Group, Inc.',
'PricewaterhouseCoopers LLP ("PwC"), Warnaco's former auditors', 'former chief executive officer Linda J. Wachner, and
former general counsel Stanley P. Silverstein'; the SEC's press release 2006-155 of 19 September 2006 on Doral
Financial Corporation, 'Linda Chatman Thomsen, Director of the Division of Enforcement' quoted), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r and 45v for SEC releases): the SEC -> Organization ('SEC',
'Commission' aliases where written); 'the Division of Enforcement' -> Organization, parentOrganization of the SEC
(40zm, 42g, 43a, 44l), its Director -> director at the Division (44l's Thomsen, 43a's Avakian); 'CEO', 'chief
executive officer' -> ceo; 'CFO', 'chief financial officer' -> cfo; 'general counsel' -> executive (GUIDELINES; 44d,
45f); 'former ... executives' with no other post -> executive (**doubtful**, see the ArthroCare item); 'former' ->
current false; an audit firm and its client -> no relation (44d's Arthur Andersen and Sunbeam; **doubtful**);
'<city>, <state>' -> one Location (45r's and 45v's form), also inside '<place>-based'; a stock exchange -> Company
(GUIDELINES), also inside '<exchange>-listed' (**doubtful**); a national adjective ('Puerto Rican') -> nothing;
laws ('the Sarbanes-Oxley Act (SOX)', 'Section 304', 'Rule 102(e)') -> no entity, and years inside their names no
date item (41e, 41m); fiscal years and quarters ('fourth quarter and fiscal 1998') -> no date item (43d, 43g, 45r);
'early 2005' -> the year (GUIDELINES: 'late 2006'); release numbers and their brackets' dates: the dates kept (they
are calendar days as written).
usage: batch45za_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
AC = "ArthroCare Corporation"
WG = "The Warnaco Group, Inc."
DF = "Doral Financial Corporation"
DOE = "Division of Enforcement"
A = {}

# ---- ArthroCare, Baker and Gluk, published 2012-04-02 (a Monday) ------------------------------------------------------
A["us-sec-arthrocare-former-ceo-baker-former-cfo-gluk-sox-304-reimbursement-2012"] = dict(
 # The SEC ('the Securities and Exchange Commission', "the SEC's complaint", 'the Commission'); Austin, Texas ('Austin,
 # Texas-based ArthroCare Corporation': one Location, 45r's and 45v's city-and-state form, taken out of '<place>-based';
 # 'federal court in Austin' -> alias 'Austin'; **doubtful**: a reader splitting city and state (45a, 45f) gets Austin
 # and Texas); ArthroCare Corporation ('ArthroCare' throughout, "ArthroCare's"); Michael A. Baker and Michael T. Gluk
 # (in full once each; no shorter form in the kept text); John Raffle and David Applegate (in full once each). Not
 # annotated: 'federal court in Austin' (no court named), 'the Sarbanes-Oxley Act (SOX)', 'SOX Section 304' (a law and
 # its section), 'Rel. No. 34-63883', 'Rel. No. 22027' (release numbers), 'some senior corporate executives', 'an
 # individual' (generic)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Location", "Austin, Texas", "Austin"),
           E("Company", AC, "ArthroCare"),
           E("Person", "Michael A. Baker"),
           E("Person", "Michael T. Gluk"),
           E("Person", "John Raffle"),
           E("Person", "David Applegate")],
 # 'former ArthroCare CEO Michael A. Baker' -> ceo at ArthroCare, false; 'and former CFO Michael T. Gluk' -> cfo at
 # ArthroCare, false (the company is written before Baker's post only; the pair is 'two former executives at ...
 # ArthroCare Corporation' in the first sentence, so Gluk's post is ArthroCare's too, as 45v's Huetteman); 'John Raffle
 # and David Applegate, two former ArthroCare executives' -> executive at ArthroCare, false (**doubtful**: 'executives'
 # names no post; GUIDELINES give the generic senior title 'executive'; a reader may give no role, as 45a's 'a former
 # employee')
 roles=[R("Michael A. Baker", "ceo", AC, False), R("Michael T. Gluk", "cfo", AC, False),
        R("John Raffle", "executive", AC, False), R("David Applegate", "executive", AC, False)],
 # Nothing: the reimbursement owed 'to ArthroCare' is no relation type; no second company
 relations=[],
 outages=[],
 # 'On April 2, 2012' -> 2012-04-02; 'during 2006, 2007, and the first quarter of 2008' -> '2006', '2007', 'the first
 # quarter of 2008' 2008-Q1 (a calendar quarter as written: GUIDELINES' 'the first quarter of 2010'; **doubtful**: a
 # company's reporting quarter, ArthroCare's fiscal year not stated); '(February 9, 2011)' -> 2011-02-09 and '(July 5,
 # 2011)' -> 2011-07-05 (the dates of the earlier releases, calendar days as written). Skipped: 'during a period'
 # (a span)
 dates=[D("April 2, 2012", "2012-04-02"), D("2006", "2006"), D("2007", "2007"),
        D("the first quarter of 2008", "2008-Q1"), D("February 9, 2011", "2011-02-09"), D("July 5, 2011", "2011-07-05")])

# ---- Warnaco, Finkelstein, Wachner, Silverstein and PwC, published 2004-05-11 (a Tuesday) ------------------------------
A["us-sec-warnaco-former-cfo-finkelstein-pwc-former-ceo-wachner-settled-2004"] = dict(
 # The SEC ('the Securities and Exchange Commission', 'the Commission', "The Commission's complaint"); William S.
 # Finkelstein ('Finkelstein'); The Warnaco Group, Inc. ('Warnaco' throughout, "Warnaco's"; the article 'The' part of
 # the name as written); PricewaterhouseCoopers LLP ('("PwC")', 'PwC'; an audit firm is a business: Company, 44d's
 # Arthur Andersen LLP); Linda J. Wachner (in full once); Stanley P. Silverstein ('Silverstein'). Not annotated: 'a
 # public company' (generic), "the Commission's Rules of Practice", 'Rule 102(e)' (rules), 'a false and misleading
 # press release', "Warnaco's 1998 annual report" (documents), 'a new accounting pronouncement'
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "William S. Finkelstein", "Finkelstein"),
           E("Company", WG, "Warnaco"),
           E("Company", "PricewaterhouseCoopers LLP", "PwC"),
           E("Person", "Linda J. Wachner"),
           E("Person", "Stanley P. Silverstein", "Silverstein")],
 # 'William S. Finkelstein, the former chief financial officer of The Warnaco Group, Inc.' -> cfo, false; 'against
 # Warnaco, former chief executive officer Linda J. Wachner, and former general counsel Stanley P. Silverstein' -> ceo
 # and executive (general counsel: GUIDELINES) at Warnaco, false (**doubtful**: the posts are not written with the
 # company's name; they stand in one list after 'Warnaco' in a release on Warnaco's officers, read as Warnaco's). Not
 # roles: 'an officer or director of a public company' (the bar, no post held)
 roles=[R("William S. Finkelstein", "cfo", WG, False), R("Linda J. Wachner", "ceo", WG, False),
        R("Stanley P. Silverstein", "executive", WG, False)],
 # Nothing: 'PricewaterhouseCoopers LLP ("PwC"), Warnaco's former auditors' -> no relation (**doubtful**: 44d set none
 # for Arthur Andersen and Sunbeam; a reader may set partner (a supplier of audit services), as another lane set
 # partner for Wirecard's auditor Ernst & Young; near-miss)
 relations=[],
 outages=[],
 # 'On May 11, 2004' -> 2004-05-11; 'Also on May 11' -> 2004-05-11 (another text, same value: its own item,
 # GUIDELINES); "Warnaco's 1998 annual report" -> '1998' (the year as written; **doubtful**: the report is for the
 # fiscal year, the same text inside 'fiscal 1998' not listed again); 'on March 2, 1999' -> 1999-03-02. Skipped:
 # 'fourth quarter and fiscal 1998' (fiscal), 'for four years' (a span), 'the prior three years' (unresolvable span)
 dates=[D("May 11, 2004", "2004-05-11"), D("May 11", "2004-05-11"), D("1998", "1998"),
        D("March 2, 1999", "1999-03-02")])

# ---- Doral Financial, press release 2006-155, published 2006-09-19 (a Tuesday) -----------------------------------------
A["us-sec-doral-financial-settles-fraud-charges-25-million-penalty-thomsen-2006"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'The Commission', "the Commission's allegations", "the
 # Commission's investigation"); Doral Financial Corporation ('Doral Financial', "Doral Financial's", 'Doral'); NYSE
 # (the stock exchange, a Company per GUIDELINES, written only inside 'the NYSE-listed ... company': **doubtful**, a
 # reader may skip a name inside a compound modifier); Linda Chatman Thomsen; the Division of Enforcement (the SEC's
 # unit: Organization, 44l). Not annotated: 'Puerto Rican' (an adjective; no place named: near-miss), 'the
 # Sarbanes-Oxley Act of 2002' (a law), 'a court order' (no court named), 'shareholders' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", DF, "Doral Financial", "Doral"),
           E("Company", "NYSE"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE)],
 # 'Linda Chatman Thomsen, Director of the Division of Enforcement' -> director at the Division, current (44l's
 # Thomsen, 43a's Avakian; a reader may set head, the Division's leader: GUIDELINES' agency heads; **doubtful** as in
 # 44l). Doral's officers are not named in the kept text ('Doral senior management' is in the cut paragraph)
 roles=[R("Linda Chatman Thomsen", "director", DOE)],
 # 'Director of the Division of Enforcement' in the SEC's own release -> the Division is the SEC's unit:
 # parentOrganization (44l; **doubtful**: this text does not write "the SEC's Division", as 44l's did; the release's
 # speaker is the SEC). Nothing for 'NYSE-listed' (a listing, no relation type: near-miss)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2006-09-19 ('filed ... today'); 'between 2000 and 2004' -> '2000', '2004'; 'in early 2005' -> 2005
 # (GUIDELINES: 'late 2006' -> the year). Skipped: '2002' inside 'the Sarbanes-Oxley Act of 2002' (41e), 'over the
 # period' (a span), '28-quarter streak' (a count), "Today's settlement" (inside the quotation; the same day as
 # 'today', its own text 'Today' differs only in case: listed once, GUIDELINES ignore case)
 dates=[D("today", "2006-09-19"), D("2000", "2000"), D("2004", "2004"), D("early 2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
