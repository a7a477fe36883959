#!/usr/bin/env python3
"""Batch 44n gold annotations (the texts of batch44n.py: the Antitrust Division's Federal Register notice on United
States v. Northrop Grumman Corporation and TRW, Inc., 14 January 2003; the Eastern District of New York U.S.
Attorney's Office's release on the guilty pleas of Computer Associates' former CEO and former Head of World-Wide Sales,
24 April 2006; the Northern District of California U.S. Attorney's Office's release on the indictment of McKesson's
former Chief Financial Officer Richard Hawkins, 30 March 2004), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 41c, 42w, 42z, 43c, 43l, 44c, 44f and 44j for the Division's notices; 39s, 40d,
40h, 41p and 42h for U.S. Attorneys' releases; GUIDELINES section 2): "X's acquisition of Y", challenged and settled on
a proposed Final Judgment -> agreed: `acquired` only (42w-44j); 'Y before its acquisition by X in <month year>' and
'after X acquired Y' -> completed: `acquired` and parentOrganization(Y, X) (GUIDELINES: the text does not say Y was
merged away); 'former Chief Executive Officer of X' -> ceo, not current; 'X's Chief Financial Officer' told as past
('was ... before and after the ... acquisition', 'the former Chief Financial Officer of X') -> cfo, not current; 'X's
former Head of World-Wide Sales' -> executive, not current (a function's head inside a company: 19a, 27e); names
printed in capitals ('SANJAY KUMAR') -> the name as printed when no other full form is in the text, the surname alone
an alias (41p's 'PAUL ROBERTS'); 'the U.S. Attorney's Office' acting as a body ('announced') -> Organization (41p's
reading: an office named as a body; **doubtful**, 39s, 40d, 40h had none); the United States as plaintiff or place ->
Location (40zi, 44c, 44j); 'City, State' -> two Locations (42k, 43l, 44j); a city in 'Atlanta-based' -> Location (44d's
'Columbia, Md., based'); ranges ('1999-2000') -> one item per end (42g, 42j, 42y); 'today' resolved against
`published`; 'the Court', 'the company', 'the government', 'federal investigators', a 'federal grand jury', laws,
court papers, 'Fortune 100', unnamed officers and lawyers not annotated.
usage: batch44n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DDC

A = {}
US = E("Location", "United States")

# ---- Northrop Grumman / TRW, Federal Register notice, published 2003-01-14 (a Tuesday) -----------------------------
NG = "Northrop Grumman Corporation"
TRW = "TRW, Inc."
A["us-doj-federal-register-northrop-grumman-trw-proposed-final-judgment-2003"] = dict(
 # Companies: Northrop Grumman Corporation (the case name; 'Northrop' in "Northrop's acquisition" and 'the defendant
 # Northrop', an alias), TRW, Inc. (the case name, as printed with a comma; 'TRW' twice, an alias). Organization: the
 # court (its full name once). Location: the United States (plaintiff: 'United States v.' in the case name, 'the
 # United States filed'; and the market 'in the United States'). Not annotated: the case name's 'United States v.'
 # form as an alias (40zi, 44c), 'radar reconnaissance satellite systems', 'electro-optical/infrared reconnaissance
 # satellite systems' and 'the payloads' (kinds of goods, no product name), 'a prime contractor', 'the supplier'
 # (roles in a programme), 'programs' (unnamed), the laws and court papers
 entities=[E("Organization", DDC), US, E("Company", NG, "Northrop"), E("Company", TRW, "TRW")],
 roles=[],
 # "Northrop's acquisition of TRW", challenged by the Complaint and settled on a proposed Final Judgment ('by virtue
 # of the acquisition of TRW, it will be able to compete') -> agreed: acquired only (42w-44j; **doubtful** as there:
 # the notice does not say the deal closed, so no parentOrganization). 'as both a prime contractor and the supplier of
 # the payloads' -> Northrop's future double role, no partner relation with a named organisation
 relations=[L(NG, "acquired", TRW)],
 outages=[],
 # 'December 11, 2002' -> 2002-12-11. Not dates: '16(b)-(h)', '1:02 CV 02432', 'section 7', '15 U.S.C. 18', 'the
 # same time as the Complaint' (no calendar value of its own)
 dates=[D("December 11, 2002", "2002-12-11")])

# ---- Computer Associates / Kumar and Richards, USAO EDNY, published 2006-04-24 (a Monday) --------------------------
CA = "Computer Associates International, Inc."
SK = "SANJAY KUMAR"
SR = "STEPHEN RICHARDS"
A["us-doj-usao-edny-computer-associates-former-ceo-kumar-richards-plead-guilty-2006"] = dict(
 # Company: Computer Associates International, Inc. ('Computer Associates', the defined name, also in 'Computer
 # Associates' former Head', an alias). People: SANJAY KUMAR ('KUMAR', twice, an alias; the mixed-case 'Sanjay Kumar'
 # is only in the headline, kept as `title`), STEPHEN RICHARDS ('RICHARDS', twice, an alias). Not annotated: 'the
 # company' (generic), 'the company's lawyers', 'federal investigators', 'the government' (generic), the unnamed
 # 'Chief Financial Officer', 'General Counsel' and 'three additional top financial officers', 'a shareholder
 # restitution fund', the charges and the deferred prosecution agreement
 entities=[E("Person", SK, "KUMAR"), E("Company", CA, "Computer Associates"), E("Person", SR, "RICHARDS")],
 # KUMAR, 'former Chief Executive Officer of Computer Associates International, Inc.' -> ceo, not current (the
 # later 'the company's Chief Executive Officer ... have admitted their guilt' is the same post, unnamed there).
 # RICHARDS, "Computer Associates' former Head of World-Wide Sales" -> executive, not current (the head of a function
 # inside the company, 19a's and 27e's reading; **doubtful**: a reader may give head, as 16d and 16f did for 'Head
 # of X')
 roles=[R(SK, "ceo", CA, False), R(SR, "executive", CA, False)],
 # No relation: one company only
 relations=[],
 outages=[],
 # "today's" -> 'today' 2006-04-24 (41p's call for "Today's"); '1999-2000' -> one item per end, '1999' and '2000'
 # (42y). Not dates: 'quarter-ends', 'quarterly' (no calendar value), '$2 billion', '$225 million'
 dates=[D("today", "2006-04-24"), D("1999", "1999"), D("2000", "2000")])

# ---- McKesson / HBOC / Hawkins, USAO NDCA (webharvest.gov), published 2004-03-30 (a Tuesday) -----------------------
MCK = "McKesson"
HBOC = "HBOC & Company"
RH = "Richard Hawkins"
A["us-doj-usao-ndca-mckesson-former-cfo-hawkins-indicted-hboc-2004"] = dict(
 # Company: McKesson (seven times, also "McKesson's"; the only form), HBOC & Company ('HBOC', in 'the HBOC
 # acquisition' and 'McKesson acquired HBOC', an alias; the release's form of HBO & Company kept as the name).
 # Person: Richard Hawkins ('Mr. Hawkins' twice -> 'Hawkins', an alias). Organizations: the U.S. Attorney's Office
 # ('the U.S. Attorney's Office announced': an office named as a body, **doubtful**: 39s, 40d, 40h and 42h had it
 # only in headings or letterheads; a reader may leave it out), the Securities and Exchange Commission. Locations:
 # San Francisco (twice: the grand jury's seat and McKesson's headquarters), the United States ('charges brought by
 # the United States': the plaintiff), Atlanta ('Atlanta-based', 44d's reading), Atherton, California ('City, State'
 # -> two Locations). Not annotated: 'the country's' (generic), 'a federal grand jury', 'Fortune 100' (a list, no
 # body), 'an accountant', 'an audit of McKesson' (unnamed), the charges
 entities=[E("Organization", "U.S. Attorney's Office"), E("Company", MCK), E("Location", "San Francisco"),
           E("Person", RH, "Hawkins"), E("Organization", "Securities and Exchange Commission"), US,
           E("Location", "Atlanta"), E("Company", HBOC, "HBOC")] + locs("Atherton", "California"),
 # 'the former Chief Financial Officer of McKesson' and 'Richard Hawkins ... was McKesson's Chief Financial Officer
 # before and after the HBOC acquisition' -> cfo at McKesson, not current ('former'; 'was')
 roles=[R(RH, "cfo", MCK, False)],
 # 'Atlanta-based HBOC & Company before its acquisition by McKesson in January 1999', 'the first quarter after
 # McKesson acquired HBOC' -> completed: acquired and HBOC & Company under McKesson (GUIDELINES' completed-deal rule:
 # the kept text does not say HBOC was merged away). 'any McKesson officer who was not associated with ... HBOC'
 # names no one
 relations=[L(MCK, "acquired", HBOC), L(HBOC, "parentOrganization", MCK)],
 outages=[],
 # 'today' (twice) -> 2004-03-30, one item; 'January 1999' -> 1999-01. 'the first quarter after McKesson acquired
 # HBOC' -> no item (a company's quarter, not named as a calendar quarter: GUIDELINES' fiscal-quarter rule;
 # **doubtful**: a reader may give 1999-Q1). Not dates: 'age 53', 'Fortune 100'
 dates=[D("today", "2004-03-30"), D("January 1999", "1999-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
