#!/usr/bin/env python3
"""Gold annotations for batch 55zb (session 54, gatherer 55zb): three sec.gov texts on public companies charged with
their officers over disclosure and accounting failures -- FAT Brands Inc., its founder, former CEO and current Chairman
Andrew Wiederhorn and its former CFOs Ron Roe and Rebecca Hershinger (Lit. Rel. 26001: related person transactions
disguised as loans to the affiliate Fog Cutter Capital Group, Inc.); RPM International Inc. and its General Counsel and
Chief Compliance Officer Edward W. Moore (Lit. Rel. 24994: final judgment; a loss contingency for a DOJ investigation
not disclosed or accrued); Longwei Petroleum Investment Holding Limited and its chief financial officer Michael Toups
(the Fort Worth Regional Office's news page of June 29, 2016: overstated fuel storage capacity) -- written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev
(batch10_annotate's write_parts): the FAT Brands id -> test, the Longwei id -> train, the RPM id -> dev. Dates resolve
against `published` (2024-05-10, 2016-06-29 and 2020-12-23: each release's date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 55b, 55l, 55v; looked up in GATHERING.md, GUIDELINES and
the corpus files) -- the SEC -> Organization 'Securities and Exchange Commission' with the short forms the text writes
('SEC') as aliases, never from the title; a firm's bracketed or repeated short form -> alias; 'founder' -> founder
(current: a founder stays one), 'former CEO' -> ceo current false, 'current Chairman' -> chairman, 'former CFOs' ->
cfo current false for each person named; 'chief financial officer' -> cfo; 'General Counsel and Chief Compliance
Officer' -> one executive role (GUIDELINES: general counsel -> executive; 45f, 45zv, 55l); SEC staff: 'Assistant
Regional Director' and 'Associate Regional Director' -> other at the office (55l: the corpus's 'Associate Regional
Director' -> other), staff named as conducting or leading work with no post -> no role (41m, 53zs); an SEC regional
office named in a sentence on 'The SEC's investigation' -> Organization with parentOrganization the SEC (41m, 53zs;
doubtful where 'the SEC's' does not stand before the office's name); 'X's affiliate' -> no relation (43o, 50a); named
restaurant brands a company 'owns' -> Service with provider the company (32h's restaurant brands, 47i's beer brands;
doubtful against Company + parentOrganization); a federal court named in full -> Organization under that name;
'X-based' -> Location; fiscal years and fiscal quarters -> no date (43-era 'fiscal 2016' left out); 'the second half of
2012' -> 2012 (32n); month names in a list closed by a year ('January, February, and March 2013') -> each month of
that year.
usage: batch55zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
FAT = "FAT Brands Inc."
RPM = "RPM International Inc."
LW = "Longwei Petroleum Investment Holding Limited"
FWRO = "Fort Worth Regional Office"
A = {}

# ---- FAT Brands Inc. / Wiederhorn, Roe, Hershinger, Lit. Rel. 26001, published 2024-05-10 (a Friday) ------------------
A["us-sec-fat-brands-founder-chairman-wiederhorn-former-cfos-roe-hershinger-fog-cutter-loans-2024"] = dict(
 # The Securities and Exchange Commission (written out once; 'the SEC's complaint' -> alias 'SEC'). FAT Brands Inc.
 # ('(“FAT”)' and 'FAT' / 'FAT’s' throughout -> alias). Andrew Wiederhorn ('(“Wiederhorn”)', 'Wiederhorn' six times
 # more), Ron Roe ('Roe’s assistance'), Rebecca Hershinger. Fatburger, Johnny Rockets, Twin Peaks ('FAT owns restaurant
 # brands, including ...') -> Service each (restaurant brands, as 32h's Red Ribbon and Chowking; **doubtful**: a reader
 # may see the chains as Companies). Fog Cutter Capital Group, Inc. ('(“FCCG”)', 'FCCG' three times more) -> Company.
 # Not annotated: 'his family' (unnamed people), 'private jets', 'first-class airfare' (generic), 'the complaint' (a
 # document); 'Restaurant Group' (title only)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", FAT, "FAT"),
           E("Person", "Andrew Wiederhorn", "Wiederhorn"),
           E("Person", "Ron Roe", "Roe"),
           E("Person", "Rebecca Hershinger", "Hershinger"),
           E("Service", "Fatburger"), E("Service", "Johnny Rockets"), E("Service", "Twin Peaks"),
           E("Company", "Fog Cutter Capital Group, Inc.", "FCCG")],
 # 'FAT Brands Inc. (“FAT”), its founder, former CEO, and current Chairman, Andrew Wiederhorn' -> founder (current),
 # ceo (current false: 'former'), chairman (current: 'current Chairman'); 'its former CFOs, Ron Roe (“Roe”) and Rebecca
 # Hershinger' -> cfo, current false, for each (the plural post shared by the two named). Near-misses: 'another company
 # Wiederhorn controlled' (FCCG) -> no role (control, not a post; a reader may give executive or chairman at FCCG);
 # Roe's and Hershinger's later posts (not in the text: the title's 'Two Former CFOs' only)
 roles=[R("Andrew Wiederhorn", "founder", FAT),
        R("Andrew Wiederhorn", "ceo", FAT, False),
        R("Andrew Wiederhorn", "chairman", FAT),
        R("Ron Roe", "cfo", FAT, False),
        R("Rebecca Hershinger", "cfo", FAT, False)],
 # 'FAT owns restaurant brands, including Fatburger, Johnny Rockets, and Twin Peaks' -> provider (Service, FAT Brands
 # Inc.) for each (**doubtful**: a reader who makes the chains Companies would write parentOrganization instead).
 # Near-misses: "FAT’s affiliate, Fog Cutter Capital Group, Inc." -> no parentOrganization either way ('affiliate'
 # names no owner: 43o, 50a) and no partner ('company loans' from FAT to FCCG, as the scheme disguised them, are no
 # business partnership told as such)
 relations=[L("Fatburger", "provider", FAT), L("Johnny Rockets", "provider", FAT), L("Twin Peaks", "provider", FAT)],
 outages=[],
 # 'today' (= published 2024-05-10); 'from October 2017 through March 2021' -> two month dates. Not dates: 'each
 # year' (no value), the left-out date line and caption (not text)
 dates=[D("today", "2024-05-10"), D("October 2017", "2017-10"), D("March 2021", "2021-03")])

# ---- Longwei Petroleum Investment Holding Limited / Michael Toups, FWRO news, published 2016-06-29 (a Wednesday) -------
A["us-sec-longwei-petroleum-cfo-toups-shanxi-fuel-storage-capacity-fraud-2016"] = dict(
 # The Securities and Exchange Commission (written out once; "The SEC's complaint", 'The SEC also alleges', "The SEC's
 # investigation", "The SEC's litigation" -> alias 'SEC'). 'China-based' and 'Shanxi Province, China' -> Location
 # China; Shanxi Province -> Location (under the form written). Longwei Petroleum Investment Holding Limited
 # ('Longwei' throughout -> alias; Company). Michael Toups ('Toups' six times). Tom Keltner, Jody Moore, Eric Werner,
 # David Peavler, Timothy Evans (SEC staff, Persons). The Fort Worth Regional Office -> Organization ('Fort Worth'
 # inside the office's name: no Location). Not annotated: 'a third-party research firm' and "Longwei's chairman"
 # (unnamed), 'its three fuel storage depots' (unnamed places), 'Longwei warrant holders' (generic), 'Chinese' (title)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "China"),
           E("Company", LW, "Longwei"),
           E("Person", "Michael Toups", "Toups"),
           E("Location", "Shanxi Province"),
           E("Person", "Tom Keltner"),
           E("Person", "Jody Moore"),
           E("Organization", FWRO),
           E("Person", "Eric Werner"),
           E("Person", "David Peavler"),
           E("Person", "Timothy Evans")],
 # 'China-based Longwei Petroleum Investment Holding Limited and chief financial officer Michael Toups' -> cfo at
 # Longwei (current: no 'former'; the apposition after the company's name reads as its officer, as the title's 'Its
 # CFO' confirms). 'supervised by Assistant Regional Director Eric Werner and Associate Regional Director David
 # Peavler' -> other at the Fort Worth Regional Office for each (55l: 'Associate Regional Director' -> other;
 # **doubtful**: the sentence places only Keltner and Moore 'in the Fort Worth Regional Office' -- a reader may leave
 # the two supervisors without an org, or give director). Near-misses: Tom Keltner and Jody Moore ('conducted by') and
 # Timothy Evans ('will be led by') -> no role (no post written; 41m, 53zs); "Longwei's chairman" (unnamed: no person)
 roles=[R("Michael Toups", "cfo", LW),
        R("Eric Werner", "other", FWRO),
        R("David Peavler", "other", FWRO)],
 # parentOrganization(Fort Worth Regional Office, SEC) -- "The SEC's investigation was conducted by ... in the Fort
 # Worth Regional Office" (41m's and 53zs's reading; **doubtful**, as 'the SEC's' does not stand before the office's
 # name). Near-misses: the third-party research firm and Longwei (an accuser, unnamed: no relation); Longwei's
 # subsidiaries and depots (not named in the text)
 relations=[L(FWRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published 2016-06-29); 'January, February, and March 2013' -> 'January' 2013-01, 'February' 2013-02,
 # 'March 2013' 2013-03 (the year closes the list); 'the second half of 2012' -> '2012' (32n: a part of a year ->
 # the year)
 dates=[D("today", "2016-06-29"), D("January", "2013-01"), D("February", "2013-02"), D("March 2013", "2013-03"),
        D("2012", "2012")])

# ---- RPM International Inc. / Edward W. Moore, Lit. Rel. 24994, published 2020-12-23 (a Wednesday) ---------------------
A["us-sec-rpm-international-general-counsel-moore-doj-investigation-loss-contingency-final-judgment-2020"] = dict(
 # The Securities and Exchange Commission (written out once; "the SEC's charges", "The SEC's complaint", 'The SEC
 # alleged', 'by the SEC' -> alias 'SEC'). 'Ohio-based' -> Location Ohio. RPM International Inc. ('RPM' and "RPM's"
 # throughout -> alias; the title's 'Rpm' not used). Edward W. Moore ('Moore' four times more). 'The U.S. District Court
 # for the District of Columbia' -> Organization under that name. 'a U.S. Department of Justice investigation' -> the
 # U.S. Department of Justice (Organization), 'DOJ' (five times) its alias. Not annotated: "RPM's Chief Executive
 # Officer, Chief Financial Officer, and Audit Committee" (unnamed officers; a board committee, no name), 'a prior
 # government investigation', 'the government' (generic), 'certain contracts' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Ohio"),
           E("Company", RPM, "RPM"),
           E("Person", "Edward W. Moore", "Moore"),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Organization", "U.S. Department of Justice", "DOJ")],
 # "Edward W. Moore, RPM's General Counsel and Chief Compliance Officer" -> executive at RPM, current (GUIDELINES:
 # general counsel -> executive; the compliance post the same title, one role). Near-misses: "RPM's Chief Executive
 # Officer, Chief Financial Officer" (posts without names: no person, no role); 'Moore oversaw RPM's response to the
 # investigation' (a task, not a post)
 roles=[R("Edward W. Moore", "executive", RPM)],
 # None. Near-misses: RPM and the DOJ (an investigation and a planned settlement: no partner); the court and the SEC
 # (a judgment, no relation); Tremco, Inc. (RPM's subsidiary in the complaint) is not in the kept text
 relations=[],
 outages=[],
 # 'today' (= published 2020-12-23); 'December 22, 2020' (the judgment's day); 'from 2011 through 2013' -> '2011' and
 # '2013'. Not dates: "RPM's fiscal year 2013", 'the first and second quarters', 'the second quarter', 'the third
 # quarter' (fiscal periods whose calendar months the text does not give: left out, as the lane's 'fiscal 2016');
 # the caption's 'Sept. 9, 2016' (left out of the text)
 dates=[D("today", "2020-12-23"), D("December 22, 2020", "2020-12-22"), D("2011", "2011"), D("2013", "2013")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
