#!/usr/bin/env python3
"""Batch 46l gold annotations (the texts of batch46l.py: the Wireline Competition Bureau's public notice DA 06-1768 of
5 September 2006 on the application to transfer control of Hector Communications Corporation to Blue Earth Valley
Communications, Inc., Arvig Enterprises, Inc. and New Ulm Telecom, Inc.; the International Bureau's pleading-cycle
notice DA 04-39 of 9 January 2004 on New Operating Globalstar LLC's applications to take the licences and
authorizations of Globalstar, L.P.'s subsidiaries and its affiliate L/Q Licensee, Inc.; the Media Bureau's Memorandum
Opinion and Order DA 09-2602 of 17 December 2009 granting the transfer of control of ION Media Networks, Inc. and
certain subsidiaries from ION Media Networks Liquidating Trust to Media Holdco, LP), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg,
45zk, 45zo, 45zr, 45zu, 45zx, 46c, 46f and 46h; GUIDELINES section 2): a transfer of control of a named company to a
named buyer that the parties have applied for together, or that a Bureau has granted, completion not told ->
`acquired` only (44g), one link per buyer that is a company (46c's two funds, 46f's EGI-TRB); the transfer of control
of a named company 'from' a named holder -> parentOrganization(company, holder) when the holder is an annotated entity
(43t, 44k, 44o); 'will be majority-owned by' (a planned holding of a new company, no purchase told) -> nothing, as
'will become a wholly-owned subsidiary' gives no parentOrganization (44s, 45c); licence assignments and transfers of
licences -> nothing (asset deals, 46f, 46h); 'its affiliate' -> nothing (17d, 43o); named trusts not annotated (43u,
46f), **doubtful**; a broadcast station's call sign named in the text -> Company, its licensee's parent its
parentOrganization (46f's KTLA(TV)), **doubtful**; a short name in parentheses -> alias (with the rendering's space as
written: the alias is the name itself); the upper-case heading's forms of the same names not listed; 'Commission' (the
FCC not named in full in the kept text) -> Organization, 'FCC' beside it an alias (46h); a Bureau and a court ->
Organization, no parentOrganization to the Commission (45h, 45m); a person owning a company -> Person, no role and no
relation (43t); a place word inside a company's or a court's name not a Location mention; cities and states named on
their own -> Location; laws, rule sections, dockets, file numbers, forms, kinds of licence, collective defined terms
('Applicants', 'Transferees', 'ION DIP') and unnamed subsidiaries not annotated.
usage: batch46l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Hector Communications -> Blue Earth Valley, Arvig, New Ulm Telecom, DA 06-1768, published 2006-09-05 ----------
HC = "Hector Communications Corporation"
BE = "Blue Earth Valley Communications, Inc."
AR = "Arvig Enterprises, Inc."
NU = "New Ulm Telecom, Inc."
A["us-fcc-hector-communications-blue-earth-valley-arvig-new-ulm-telecom-transfer-of-control-public-notice-2006"] = dict(
 # Companies: Hector Communications Corporation ('(“ Hector” or “Transferor”)': 'Hector' an alias, the rendering's
 # space after the quotation mark not part of it; 'Transferor' a role word), Blue Earth Valley Communications, Inc.
 # ('Blue Earth'), Arvig Enterprises, Inc. ('Arvig'), New Ulm Telecom, Inc. ('New Ulm'); the heading's upper-case
 # forms the same names, not listed. Organization: 'the Commission’s rules' (twice) -> Commission. No Location: 'New
 # Ulm' and 'Blue Earth' (Minnesota places) stand only inside the companies' names and their short forms; no state is
 # named. No Person. Not annotated: 'Transferees', 'Applicants' (collective labels), 'incumbent independent local
 # exchange carriers (LECs)' (a kind of carrier), sections 63.03, 63.04 and 63.03( b), 'WC Docket No. 06- 166'
 entities=[E("Company", HC, "Hector"), E("Company", BE, "Blue Earth"), E("Company", AR, "Arvig"),
           E("Company", NU, "New Ulm"), E("Organization", CM)],
 roles=[],
 # 'filed an application ... requesting approval to transfer control of Hector to Blue Earth, Arvig and New Ulm': the
 # parties applied together, completion not told -> acquired(each buyer, Hector) (acquired only, 44g; one link per
 # buyer that is a company, 46c, 46f). **doubtful**: three joint buyers of one target -- a reader may want one
 # combined link, but the predicates take one buyer each; the text gives no shares (the left-out SEC papers say one
 # third each through Hector Acquisition Corp., which the kept text never names). Near-misses: 'no overlapping service
 # areas', 'a combined total of 90,600 access lines' (no tie); Hector's public shareholders (in footnote 1's text,
 # left out); 'Applicants are incumbent independent local exchange carriers' (a description, no relation)
 relations=[L(BE, "acquired", HC), L(AR, "acquired", HC), L(NU, "acquired", HC)],
 outages=[],
 # 'September 5, 2006' (release) -> 2006-09-05; 'September 19, 2006', 'September 26, 2006' (comment dates); 'August
 # 22, 2006' (filing). Not dates: '06- 166' (docket), '63.03', '2%', '90,600'
 dates=[D("September 5, 2006", "2006-09-05"), D("September 19, 2006", "2006-09-19"),
        D("September 26, 2006", "2006-09-26"), D("August 22, 2006", "2006-08-22")])

# ---- ION Media Networks Liquidating Trust -> Media Holdco, LP, order DA 09-2602, published 2009-12-17 ---------------
ION = "ION Media Networks, Inc."
MH = "Media Holdco, LP"
WP = "WPXN-TV"
A["us-fcc-ion-media-networks-liquidating-trust-media-holdco-transfer-of-control-order-2009"] = dict(
 # Organizations: the Commission ('The Commission', 'the Commission'; 'FCC' in 'FCC Form 316' the same body ->
 # alias, as 46h's 'FCC rules'), the Media Bureau ('By the Chief, Media Bureau'; no parentOrganization to the
 # Commission, 45h), the United States Bankruptcy Court for the Southern District of New York ('the “Bankruptcy
 # Court”' -> alias; a court -> Organization). Companies: ION Media Networks, Inc. ('(“ION”)'; 'ION subsidiaries' the
 # same short form), Media Holdco, LP ('(“Media Holdco”)'), WPXN-TV (a television station's call sign, 'Licensees of
 # Station WPXN-TV' -> Company, as 46f's KTLA(TV); **doubtful**: a reader may leave a call sign out). Locations: New
 # York and NY ('Station WPXN-TV, New York, NY': the city and the state's postal abbreviation, each named on its own;
 # **doubtful**: a reader may take 'New York, NY' as one place, or leave NY out; the 'New York' inside the court's name
 # is not a separate mention). Not annotated: ION Media Networks Liquidating Trust ('ION Trust'; a named trust, 43u,
 # 46f; **doubtful**: a reader may make it an Organization, then with parentOrganization(ION Media Networks, Inc., ION
 # Trust) for control passing 'from ION Media Networks Liquidating Trust'), 'ION DIP' (a collective label for the
 # subsidiaries as debtors-in-possession), 'licensee subsidiaries', 'certain of its wholly owned subsidiaries'
 # (unnamed), 'Chapter 11', 'Note 5 of Section 73.3555', 'FCC Form 316' (a form), 'Appendix'
 entities=[E("Organization", CM, "FCC"), E("Organization", "Media Bureau"),
           E("Organization", "United States Bankruptcy Court for the Southern District of New York", "Bankruptcy Court"),
           E("Company", ION, "ION"), E("Company", MH, "Media Holdco"), E("Company", WP)]
          + locs("New York", "NY"),
 roles=[],
 # The caption 'ION Media Networks Liquidating Trust (Transferors) and Media Holdco, LP (Transferee) For Transfer of
 # Control of ION Media Networks, Inc., and Certain Subsidiaries' with 'we grant the applications': a granted transfer
 # of control of a named company to a named buyer, consummation not told -> acquired(Media Holdco, LP, ION Media
 # Networks, Inc.) (acquired only, 44g, 46f; **doubtful**: the body speaks of 'licensee subsidiaries' only and the
 # buyer takes them under a bankruptcy plan, not a purchase -- a reader may give nothing, or add parentOrganization
 # since a grant under a confirmed plan is close to done). 'Certain Subsidiaries, Licensees of Station WPXN-TV' ->
 # parentOrganization(WPXN-TV, ION Media Networks, Inc.) (the station's licensee is one of ION's subsidiaries; 46f's
 # KTLA(TV) reading; **doubtful**). Near-misses: 'ION ... and certain of its wholly owned subsidiaries' (unnamed); the
 # 2009 Form 316 assignments 'from ION subsidiaries to such subsidiaries as Debtors-In-Possession' (licences, a
 # bankruptcy step); the Bankruptcy Court's approval of the plan and the 'four continuing satellite exemptions'
 # (regulatory, no relation); 'satellite' here means satellite stations of a television group, not a satellite firm
 relations=[L(MH, "acquired", ION), L(WP, "parentOrganization", ION)],
 outages=[],
 # 'December 16, 2009' (adopted), 'December 17, 2009' (released), 'December 3, 2009' (the plan approved), 'May 19,
 # 2009' (the bankruptcy filing), 'June 5, 2009' (the Form 316 grant). Not dates: '58', '73.3555', 'Form 316', '1.',
 # '2.'
 dates=[D("December 16, 2009", "2009-12-16"), D("December 17, 2009", "2009-12-17"),
        D("December 3, 2009", "2009-12-03"), D("May 19, 2009", "2009-05-19"), D("June 5, 2009", "2009-06-05")])

# ---- New Operating Globalstar / Globalstar, L.P., pleading-cycle notice DA 04-39, published 2004-01-09 ---------------
NG = "New Operating Globalstar LLC"
GLP = "Globalstar, L.P."
LQ = "L/Q Licensee, Inc."
TS = "Thermo Satellite LP"
GS = "Globalstar"
A["us-fcc-new-operating-globalstar-thermo-globalstar-lp-licenses-transfer-of-control-pleading-cycle-public-notice-2004"] = dict(
 # Companies: New Operating Globalstar LLC ('(“NGLLC”)'; the heading's upper-case form the same name), Globalstar,
 # L.P. ('Globalstar, L.P., Debtor-in-Possession (“GLP”)': the debtor-in-possession status not part of the name; 'GLP'
 # an alias; 'GLP’s' possessive), L/Q Licensee, Inc. ('(“LQL”)'), Thermo Satellite LP ('(“TSLP”)'). Person: Jay
 # Monroe (TSLP's near-whole owner; no post named -> no role, 43t). Organization: 'Commission approval', 'Commission
 # licenses', 'the Commission rules' -> Commission. Service: Globalstar ('the Globalstar mobile satellite service
 # (“MSS”) system', 'the Globalstar nongeostationary satellite constellation': a named satellite phone network users
 # use -> Service, GUIDELINES 'networks'; **doubtful**: the name stands only as a modifier, and a reader may leave the
 # system out; 'MSS' is the kind of service, defined generically, so not its alias). Locations: Clifton, Texas (the
 # earth station's place). Not annotated: 'Applicants', 'Act' (the Communications Act of 1934, a law), 'METs' (a kind
 # of terminal), 'V-band', sections 214, 310(d) and 25.116(c), 'IB Docket No. 04-4', 'Debtor-in-Possession' (a status)
 entities=[E("Company", NG, "NGLLC"), E("Company", GLP, "GLP"), E("Company", LQ, "LQL"), E("Company", TS, "TSLP"),
           E("Person", "Jay Monroe"), E("Organization", CM), E("Service", GS)]
          + locs("Clifton", "Texas"),
 roles=[],
 # 'the Globalstar mobile satellite service (“MSS”) system' whose operating licences are 'held by GLP’s subsidiaries or
 # its affiliate, LQL', with GLP's own pending applications for the system -> provider(Globalstar, Globalstar, L.P.)
 # (a careful reader is sure GLP's group runs the system; **doubtful**: the text says which licences GLP's group
 # holds, not in so many words that GLP runs Globalstar). No other relation. Near-misses: 'its affiliate, L/Q
 # Licensee, Inc.' (an affiliate is not stated to be owned or a unit -> nothing, 17d, 43o; **doubtful**: a reader may
 # read 'affiliate' as a sister company under GLP); 'the proposed assignment or transfer of control of certain
 # Commission licenses and authorizations ... from GLP and LQL to NGLLC' (licences and authorizations, held by GLP's
 # unnamed subsidiaries and by LQL: an asset transfer, not a named company bought -> no acquired; **doubtful**: the
 # transfer of control of LQL's authorizations might be read as NGLLC taking LQL); 'NGLLC will be majority-owned by
 # Thermo Satellite LP' (a planned holding of a new company, pending the Commission's consent -> nothing, as 44s's and
 # 45c's 'will become a wholly-owned subsidiary'; **doubtful**: a reader may give parentOrganization(NGLLC, TSLP));
 # 'TSLP ... is nearly wholly owned by Jay Monroe' (a person owner -> no relation, acquired and parentOrganization are
 # between organisations); 'the substitution of NGLLC for GLP as the applicant' (a filing step)
 relations=[L(GS, "provider", GLP)],
 outages=[],
 # 'January 9, 2004' (release) -> 2004-01-09; 'February 9, 2004', 'February 19, 2004' (pleading dates); 'December 19,
 # 2003' (filing). Not dates: 'Communications Act of 1934' (a law's name), '04-4' (docket), '25.116(c)', 'eight',
 # 'three'
 dates=[D("January 9, 2004", "2004-01-09"), D("February 9, 2004", "2004-02-09"),
        D("February 19, 2004", "2004-02-19"), D("December 19, 2003", "2003-12-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
