#!/usr/bin/env python3
"""Batch 47a gold annotations (the texts of batch47a.py: the SEC's Litigation Release No. 19376 of 14 September 2005
on Biopure Corporation of Cambridge, Massachusetts, 'its former CEO Thomas Moore', 'former Senior Vice President of
Regulatory Affairs and Operations Howard Richman' and 'current General Counsel Jane Kober', with the FDA and Hemopure;
the SEC's Litigation Release No. 19969 of 17 January 2007 on James Charles Blue, 'the former President and Chief
Operating Officer of ConAgra Agri Products Companies', Randy Cook, 'the former President of North America Operations
of United Agri Products ("UAP")', and Victor Campbell, "UAP's former Controller", UAP 'a former subsidiary of ConAgra
Foods Inc.'; the SEC's Litigation Release No. 22586 of 4 January 2013 on the judgments against Michael E. Metter, 'the
former Chief Executive Office of Spongetech Delivery Systems, Inc.', and Steven Y. Moskowitz, "Spongetech's former
Chief Financial Officer", entered by Judge Dora L. Irizarry), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m and 46n for SEC releases): the SEC -> Organization, the fullest form the text writes ('Commission' as the name
where the text writes only 'The Commission', as the corpus's Legato, Tenet, Candie's and Measurement Specialties
files; 'Commission' an alias where the full name is written, 41m, 45a); 'former' -> current false, 'current' ->
true; 'CEO' / 'Chief Executive Office' (sic) -> ceo; 'Chief Operating Officer' -> coo; 'Chief Financial Officer' ->
cfo; 'Senior Vice President' -> vice-president (GUIDELINES); 'General Counsel', 'Controller' -> executive (GUIDELINES;
GATHERING.md's 'financial controller' -> executive); a unit's president ('President of North America Operations of
United Agri Products') -> president at the company (GATHERING.md's 'president of worldwide field operations at Adobe
Systems'; doubtful); a judge -> no role (39s, 41p, 43e, 45zj), no court entity where no court is named; the places of
residence ('of Boston', 'of Houston, Texas') and a company's seat -> Location, each place once (41m's Critical Path);
a drug -> Service (GUIDELINES), provider its maker; 'a former subsidiary of' -> parentOrganization (GUIDELINES:
ownership stated as past is still recorded); fiscal years ('fiscal 1999') -> no date (GATHERING.md's fiscal rule);
'today' / 'yesterday' -> from the release's day.
usage: batch47a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BIO = "Biopure Corporation"
UAP = "United Agri Products"
CAP = "ConAgra Agri Products Companies"
CAG = "ConAgra Foods Inc."
SPG = "Spongetech Delivery Systems, Inc."
A = {}

# ---- Biopure Corporation, Moore, Richman, Kober, published 2005-09-14 (a Wednesday) --------------------------------------
A["us-sec-biopure-former-ceo-moore-former-senior-vice-president-richman-general-counsel-kober-fraud-2005"] = dict(
 # The Commission ('The Commission today filed', "The Commission's Complaint": the only forms written, so the name is
 # 'Commission'; the corpus's Legato/Tenet files); Biopure Corporation ('Biopure' four times: alias; a biotechnology
 # company -> Company); Cambridge, Massachusetts ('of Cambridge, Massachusetts'; Massachusetts again in 'federal
 # district court in Massachusetts': one entity); the FDA (Organization; written only as 'FDA', never expanded);
 # Thomas Moore; Boston ('of Boston'); Howard Richman; Houston, Texas; Jane Kober; Bellport, New York (New York the
 # state here); Hemopure ('its synthetic blood product Hemopure' -> Service, a drug product, GUIDELINES). Not annotated:
 # 'federal district court in Massachusetts' (no court named), 'the Complaint' (a filing), 'a synthetic blood product'
 # (generic), 'investors', 'emergency rooms'
 entities=[E("Organization", "Commission"),
           E("Company", BIO, "Biopure"),
           E("Location", "Cambridge"),
           E("Location", "Massachusetts"),
           E("Organization", "FDA"),
           E("Person", "Thomas Moore"),
           E("Location", "Boston"),
           E("Person", "Howard Richman"),
           E("Location", "Houston"),
           E("Location", "Texas"),
           E("Person", "Jane Kober"),
           E("Location", "Bellport"),
           E("Location", "New York"),
           E("Service", "Hemopure")],
 # 'Biopure, its former CEO Thomas Moore' -> ceo at Biopure Corporation, current false; 'former Senior Vice President
 # of Regulatory Affairs and Operations Howard Richman' -> vice-president at Biopure, current false (the firm implied:
 # one of 'three top executives' of Biopure, the list's 'its' carrying on); 'current General Counsel Jane Kober' ->
 # executive at Biopure, current true. Near-miss: 'three top executives' (the three already given their posts)
 roles=[R("Thomas Moore", "ceo", BIO, False), R("Howard Richman", "vice-president", BIO, False),
        R("Jane Kober", "executive", BIO)],
 # 'its synthetic blood product Hemopure' (its = Biopure's) -> provider Hemopure -> Biopure Corporation. Near-misses:
 # 'its primary product, a synthetic blood product' (unnamed there); the FDA's clinical hold on Biopure (a regulator's
 # act, no relation); Biopure 'of Cambridge, Massachusetts' (a seat, no relation)
 relations=[L("Hemopure", "provider", BIO)],
 outages=[],
 # 'today' -> 2005-09-14; 'between April and December, 2003' -> 'April' 2003-04 and 'December, 2003' 2003-12 (the year
 # written once for both; **doubtful**: a reader may list the span as one item or 'April' not at all); 'April 2003'
 # (twice: 'beginning in April 2003', 'in April 2003') -> 2003-04, one item (another text than 'April', its own item).
 # Skipped: the ages ('54', '53', '62'), 'millions of dollars'
 dates=[D("today", "2005-09-14"), D("April", "2003-04"), D("December, 2003", "2003-12"),
        D("April 2003", "2003-04")])

# ---- United Agri Products / ConAgra: Blue, Cook, Campbell, published 2007-01-17 (a Wednesday) -----------------------------
A["us-sec-united-agri-products-conagra-former-president-coo-blue-cook-controller-campbell-fraud-2007"] = dict(
 # The Commission ('The Commission yesterday filed', "The Commission's complaint" twice, 'file with the Commission':
 # the only form written -> name 'Commission'); James Charles Blue ('defendants Blue and Campbell', 'Blue, Cook and
 # Campbell': alias 'Blue'); ConAgra Agri Products Companies (Company; named once); Randy Cook (alias 'Cook'); United
 # Agri Products ('("UAP")', 'UAP' three more times: alias 'UAP'); Victor Campbell (alias 'Campbell'); ConAgra Foods
 # Inc. ('caused ConAgra to file', 'caused ConAgra to materially overstate': alias 'ConAgra'; the text's form without
 # the heading's comma). Not annotated: 'its suppliers' (unnamed), 'the public', 'the complaint' (a filing); "ConAgra's
 # Agricultural Products' segment" (in the cut part, not in the text)
 entities=[E("Organization", "Commission"),
           E("Person", "James Charles Blue", "Blue"),
           E("Company", CAP),
           E("Person", "Randy Cook", "Cook"),
           E("Company", UAP, "UAP"),
           E("Person", "Victor Campbell", "Campbell"),
           E("Company", CAG, "ConAgra")],
 # 'James Charles Blue, the former President and Chief Operating Officer of ConAgra Agri Products Companies' ->
 # president and coo at ConAgra Agri Products Companies, both current false; 'Randy Cook, the former President of North
 # America Operations of United Agri Products' -> president at United Agri Products, current false (a unit's
 # president -> president at the company, GATHERING.md's Adobe/P&G reading; **doubtful**: executive or head possible);
 # 'Victor Campbell, UAP's former Controller' -> executive at UAP, current false (GATHERING.md's 'financial
 # controller'; **doubtful**: other possible). Near-miss: the heading's 'Three Former Senior Executives' (title only)
 roles=[R("James Charles Blue", "president", CAP, False), R("James Charles Blue", "coo", CAP, False),
        R("Randy Cook", "president", UAP, False), R("Victor Campbell", "executive", UAP, False)],
 # 'UAP, a former subsidiary of ConAgra Foods Inc.' -> UAP parentOrganization ConAgra Foods Inc. (ownership stated as
 # past is still recorded, GUIDELINES); ConAgra Agri Products Companies parentOrganization ConAgra Foods Inc. (the
 # parent's name inside the unit's, beside its officer charged over conduct at the parent's subsidiary: a careful
 # reader's conclusion from the name, as GATHERING.md's Turbolinux China and Quiksilver Chile; **doubtful**: the text
 # never calls it a unit). Near-misses: UAP under ConAgra Agri Products Companies (the text does not say so); 'its
 # suppliers' (unnamed: no partner)
 relations=[L(UAP, "parentOrganization", CAG), L(CAP, "parentOrganization", CAG)],
 outages=[],
 # 'yesterday' -> 2007-01-16 (the day before the release; the caption's 'January 16, 2007' agrees, cut); '1999' and
 # '2000' (each twice: 'in 1999 and 2000', 'annual reports for 1999 and 2000') -> 1999, 2000. Skipped: 'fiscal 1999',
 # 'fiscal 2000' (fiscal years, GATHERING.md's rule; **doubtful**: a reader may give 1999 and 2000), the amounts and
 # percentages
 dates=[D("yesterday", "2007-01-16"), D("1999", "1999"), D("2000", "2000")])

# ---- Spongetech: Metter and Moskowitz judgments, published 2013-01-04 (a Friday) -------------------------------------------
A["us-sec-spongetech-former-ceo-metter-former-cfo-moskowitz-judgments-2013"] = dict(
 # The Securities and Exchange Commission ('upon motion by the Commission', 'the Commission instituted', 'before the
 # Commission': alias 'Commission'); Dora L. Irizarry (named once); Michael E. Metter ('("Metter")', 'Metter' twice
 # more: alias); Spongetech Delivery Systems, Inc. ('("Spongetech")', "Spongetech's": alias 'Spongetech'); Steven Y.
 # Moskowitz ('("Moskowitz")', 'Moskowitz' three more times: alias). Not annotated: 'the Eastern District of New York'
 # (inside the judge's title; no court named -- **doubtful**: a reader may give the court as an Organization or New
 # York as a Location), 'the court' (generic), 'a public company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Dora L. Irizarry"),
           E("Person", "Michael E. Metter", "Metter"),
           E("Company", SPG, "Spongetech"),
           E("Person", "Steven Y. Moskowitz", "Moskowitz")],
 # 'Michael E. Metter ..., the former Chief Executive Office of Spongetech Delivery Systems, Inc.' -> ceo at Spongetech,
 # current false ('Office' read as the page's slip for 'Officer'; **doubtful**: a strict reader may give no role);
 # "Steven Y. Moskowitz ..., Spongetech's former Chief Financial Officer" -> cfo at Spongetech, current false. Not
 # roles: 'the Honorable Judge Dora L. Irizarry, United States District Judge for the Eastern District of New York' (a
 # judge: no role, 39s, 41p; no court entity); the bars 'from serving as an officer or director of a public company'
 # and Moskowitz's suspension 'as an accountant' (near-misses: no post held at a named firm)
 roles=[R("Michael E. Metter", "ceo", SPG, False), R("Steven Y. Moskowitz", "cfo", SPG, False)],
 # None: no second firm in the text (RM Enterprises International, Spongetech's affiliate, only in the cut caption and
 # name line: near-miss)
 relations=[],
 outages=[],
 # 'December 18, 2012' -> 2012-12-18; 'June 12, 2012' -> 2012-06-12; 'September 20, 2012' -> 2012-09-20. Skipped: none
 # ('May 5, 2010' only in the cut caption and second paragraph)
 dates=[D("December 18, 2012", "2012-12-18"), D("June 12, 2012", "2012-06-12"),
        D("September 20, 2012", "2012-09-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
