#!/usr/bin/env python3
"""Gold for batch 55y (session 54, gatherer 55y: two Justice Department releases on subsidiaries charged beside their
parents -- DPC (Tianjin) Co. Ltd., 'the Chinese subsidiary of Los Angeles-based Diagnostic Products Corporation
(DPC)', charged with violating the Foreign Corrupt Practices Act and agreeing to plead guilty (20 May 2005, the UNT
End of Term web archive's copy of the Department's page); Gambro Healthcare paying more than $350 million, with
'Gambro Supply Corporation, a sham durable medical equipment company and a wholly owned subsidiary of Gambro
Healthcare', agreeing to plead guilty (2 December 2004, justice.gov)), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-55u; GUIDELINES section 2): 'X - the Chinese subsidiary of
Y-based Z' / 'X, a wholly owned subsidiary of Z' / 'Z and its subsidiary, X' -> parentOrganization(X, Z) (41m, 41p,
55k, 55u); 'Y-based' with a place's name -> Location Y (the lane's X-based rule: 53f, 55m, 55u); '(Acting) Assistant
Attorney General X of the Criminal Division' -> head at the Criminal Division (40zi, 41h, 41p; acting -> head, 55c's
Wayland), no parentOrganization to the Department where the text names no Department; 'Assistant Attorney General X'
with no division named -> Person, no role (52f, 55k); 'X, United States Attorney for the <district>' -> head of the
office where the text names the office as a body (41p's Bharara reading; **doubtful**), the office one Organization
under the form printed (55u); a company's parenthesised short form ('(DPC)') and a name cut short ('DPC Tianjin',
'Gambro Supply', 'Gambro') -> aliases; an initialism used alone for an agency ('SEC civil investigations') ->
Organization under that name (55b, 55l); programmes (Medicare, Medicaid, TRICARE: 54zr, 55k, 55q), laws (the Foreign
Corrupt Practices Act of 1977, its year not a date) and agreements (the Corporate Integrity Agreement) -> nothing;
unnamed parties ('DPC Tianjin's general manager', physicians, hospitals, 'various state Medicaid programs') ->
nothing; a judicial district inside an office's or official's name -> nothing (53f, 53k, 55u); 'today' -> the date of
`published`; 'late <year>' -> the year (50g, 51p, 53w).
usage: batch55y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
A = {}

# ---- DPC (Tianjin) Co. Ltd. / Diagnostic Products Corporation, FCPA, published 2005-05-20 (Friday) ------------------
DT = "DPC (Tianjin) Co. Ltd."
DP = "Diagnostic Products Corporation"
CD = "Criminal Division"
JR = "John C. Richter"
A["us-doj-crm-dpc-tianjin-chinese-subsidiary-diagnostic-products-hospital-commissions-fcpa-plea-2005"] = dict(
 # Companies: DPC (Tianjin) Co. Ltd. ('DPC Tianjin' five times more, without parentheses -> alias; 'The company' and
 # 'the company's compliance program' -> the same company, generic there), Diagnostic Products Corporation ('(DPC)'
 # -> alias 'DPC'; used only in the parenthesis). Organizations: Criminal Division ('Acting Assistant Attorney General
 # John C. Richter of the Criminal Division'), SEC ('ongoing criminal and SEC civil investigations': the initialism
 # alone, 55b's and 55l's form). Person: John C. Richter. Locations: Los Angeles ('Los Angeles-based': the X-based
 # rule), People's Republic of China (as printed, with its curly apostrophe; three times).
 # Not annotated: 'Chinese' ('the Chinese subsidiary': a demonym; the country is annotated from 'People's Republic of
 # China' -- **near-miss**: a reader may give 'Chinese' as an alias), 'government-owned hospitals', 'certain
 # hospitals', 'physicians and laboratory personnel', 'the legal authorities in the People's Republic of China'
 # (unnamed), the Foreign Corrupt Practices Act of 1977 and '(FCPA)' (a law -- **near-miss**: 'FCPA' in capitals
 # reads like an organisation's initials), 'An independent compliance expert' (unnamed), 'diagnostic medical
 # equipment' (a generic product: no Service -- **near-miss**: 'a producer and seller of diagnostic medical
 # equipment' reads like a provider line, but no named product), 'WASHINGTON, D.C.' (the dateline: no entity, as 55c,
 # 55m and 55u)
 entities=[E("Person", JR),
           E("Organization", CD),
           E("Company", DT, "DPC Tianjin"),
           E("Location", "Los Angeles"),
           E("Company", DP, "DPC"),
           E("Location", "People\u2019s Republic of China"),
           E("Organization", "SEC")],
 # 'Acting Assistant Attorney General John C. Richter of the Criminal Division' -> head at the Criminal Division,
 # current (acting: head, as 55c's Wayland and the lane's earlier acting heads). Near-miss: 'DPC Tianjin's general
 # manager' authorised the payments -- an executive of the subsidiary, but unnamed: no Person, no role
 roles=[R(JR, "head", CD)],
 # 'DPC (Tianjin) Co. Ltd. - the Chinese subsidiary of Los Angeles-based Diagnostic Products Corporation (DPC)' ->
 # parentOrganization(DPC (Tianjin) Co. Ltd., Diagnostic Products Corporation). Near-misses: partner(DPC Tianjin,
 # the hospitals) ('agreements that the hospitals would obtain DPC Tianjin's products and services' -- a customer tie,
 # but the hospitals are unnamed); the Criminal Division and the SEC (parallel investigations: no relation stated);
 # parentOrganization(Criminal Division, Department of Justice) (the Department is named only in the page's seal
 # line, left out: not in the text)
 relations=[L(DT, "parentOrganization", DP)],
 outages=[],
 # 'today announced' -> 'today' 2005-05-20 (the release's date line 'FRIDAY, MAY 20, 2005'); 'from late 1991 through
 # December 2002' -> 'late 1991' 1991 (the year: 50g, 51p, 53w), 'December 2002' 2002-12. Not dates: '1977' inside
 # 'the Foreign Corrupt Practices Act of 1977' (a law's name: skipped, as 55u's Telecommunications Act of 1996),
 # 'one-count' (a count), '$1.6 million', '$2 million' (money)
 dates=[D("today", "2005-05-20"), D("late 1991", "1991"), D("December 2002", "2002-12")])

# ---- Gambro Healthcare / Gambro Supply Corporation, Medicare fraud, published 2004-12-02 (Thursday) ------------------
GH = "Gambro Healthcare"
GS = "Gambro Supply Corporation"
GL = "Gambro Healthcare Laboratory Services"
JM = "James G. Martin"
USAO = "United States Attorney\u2019s Office in the Eastern District of Missouri"
A["us-doj-civ-gambro-healthcare-subsidiary-gambro-supply-plea-350-million-medicare-fraud-2004"] = dict(
 # Companies: Gambro Healthcare (six times; 'Gambro' once, 'requires Gambro to allocate' -> alias -- the settling
 # company; no 'Inc.' anywhere in the text, so the name is as printed), Gambro Supply Corporation ('Gambro Supply'
 # once more -> alias; 'a sham durable medical equipment company' is the same company, described), Gambro Healthcare
 # Laboratory Services (the 2000 settlement's subsidiary, once). Organizations: United States Attorney's Office in the
 # Eastern District of Missouri (as printed, 'in' not 'for', with its curly apostrophe), Department of Justice ('ever
 # reached by the Department of Justice'). Persons: Peter Keisler, James G. Martin.
 # Not annotated: Medicare (three times), Medicaid ('the Medicare, Medicaid and TRICARE programs', 'various state
 # Medicaid programs'), TRICARE (programmes: 54zr, 55k, 55q -- **near-miss**: a reader may type TRICARE, the defence
 # health programme, an Organization), the Corporate Integrity Agreement (an agreement, capitalised -- **near-miss**),
 # 'physicians', 'representatives of various state Medicaid programs' (unnamed), the Eastern District of Missouri
 # (inside the office's name and Martin's title: no Location Missouri -- **near-miss**), 'WASHINGTON, D.C.' (the
 # dateline)
 entities=[E("Company", GH, "Gambro"),
           E("Person", "Peter Keisler"),
           E("Person", JM),
           E("Company", GS, "Gambro Supply"),
           E("Organization", USAO),
           E("Organization", DOJ),
           E("Company", GL)],
 # 'James G. Martin, United States Attorney for the Eastern District of Missouri' with 'the United States Attorney's
 # Office in the Eastern District of Missouri' named as a body -> head of that office, current (41p's Bharara reading:
 # a US Attorney heads the office where the text names it -- **doubtful**: the title says 'for', the office 'in'; a
 # reader may give no role, as the lane does where no office is named). 'Assistant Attorney General Peter Keisler'
 # (no division named as a body) -> no role (52f, 55k -- **near-miss**: a reader may give head of the Civil Division,
 # which the text does not name)
 roles=[R(JM, "head", USAO)],
 # 'Gambro Supply Corporation, a sham durable medical equipment company and a wholly owned subsidiary of Gambro
 # Healthcare' -> parentOrganization(Gambro Supply Corporation, Gambro Healthcare); 'In 2000, Gambro Healthcare and
 # its subsidiary, Gambro Healthcare Laboratory Services, agreed ...' -> parentOrganization(Gambro Healthcare
 # Laboratory Services, Gambro Healthcare) (told of 2000; nothing says the tie has ended). Near-misses: Gambro
 # Healthcare and Gambro Supply as provider/customer ('payments made to Gambro Supply' -- the parent paying its own
 # subsidiary: no partner beside the parentOrganization); Gambro Healthcare and the physicians (kickbacks to unnamed
 # physicians); parentOrganization(United States Attorney's Office ..., Department of Justice) (the office is part of
 # the Department, but the text does not say so, as 55u)
 relations=[L(GS, "parentOrganization", GH), L(GL, "parentOrganization", GH)],
 outages=[],
 # 'announced today', "Today's agreement" -> one item 'today' 2004-12-02 (the release's date line 'THURSDAY, DECEMBER
 # 2, 2004'; same day, same value); 'In 2000' -> '2000' 2000. Not dates: 'permanently' (a duration without bounds),
 # '$350 million', '$25 million', '$310 million', '$15 million', '$40 million' (money)
 dates=[D("today", "2004-12-02"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
