#!/usr/bin/env python3
"""Batch 43m gold annotations (the texts of batch43m.py: the Antitrust Division's Federal Register notices on the
proposed acquisition by Amcor of the Alcan Packaging Medical Flexibles business of Rio Tinto, 16 June 2010; on
Entercom Communications Corp.'s acquisition of Lincoln Financial Media Company, 22 July 2015; on Google's proposed
acquisition of ITA Software Inc., 14 April 2011; on the proposed acquisition by Suiza Foods Corporation of the stock
of Broughton Foods Company, 17 May 1999), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 40zk, 41c, 42h, 42k, 42w, 42z, 43c, 43h, 43j and 43l for the Division's notices; GUIDELINES
section 2): 'the proposed acquisition by X of Y' settled on a proposed Final Judgment -> agreed: `acquired` only (42w,
42z, 43j, 43l); 'the Y business of Z' -> Y under Z (43l); an ordered divestiture of a plant, assets or stations naming
no buyer -> nothing (near-miss); a named plant -> Location (GUIDELINES: named sites and facilities); 'Name, Chief, X
Section, Antitrust Division' -> head of the Section, current, the Section under the Division (21c, 42z, 43h);
'Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division
under the Department (40zk, 42w, 43h, 43j, 43l); the United States as plaintiff -> Location, without the case name's
'United States of America' as an alias (43h, 43j, 43l); 'City, State' -> two Locations (42k, 43l); laws, court
papers, the Federal Register, the website, the Office of the Clerk, street addresses and telephone numbers not
annotated; the address 'Washington, DC' -> Location (21c, 40zk, 42w, 43h, 43j, 43l).
usage: batch43m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Amcor / Alcan Packaging Medical Flexibles, Federal Register notice, published 2010-06-16 (a Wednesday) ----------
AMC = "Amcor Ltd."
APM = "Alcan Packaging Medical Flexibles"
RIO = "Rio Tinto"
LIT = "Litigation II Section"
A["us-doj-federal-register-amcor-alcan-packaging-medical-flexibles-proposed-final-judgment-2010"] = dict(
 # Companies: Amcor Ltd. (the case name; 'Amcor' in 'the proposed acquisition by Amcor' and 'requires Amcor to
 # divest', an alias), Alcan Packaging Medical Flexibles ('the Alcan Packaging Medical Flexibles business of Rio
 # Tinto': a named business -> Company, as 43l's Alcan Packaging Food Americas), Rio Tinto, Alcan Packaging ("Alcan
 # Packaging's Marshall, North Carolina plant": **doubtful** -- kept apart from the Medical Flexibles business, as
 # the text names both; a reader may make it an alias of that business). Organizations: the court (twice; once as
 # 'the United States District Court for District of Columbia', an alias), the Department of Justice (four times,
 # also "Department of Justice's Web site" and 'Department of Justice regulations'), the Antitrust Division (three
 # times), the Antitrust Documents Group, the Litigation II Section (the chief's section). Person: Maribeth Petrizzi.
 # Locations: the United States (plaintiff: 'United States of America v.' in the case name and 'the United States
 # filed'), Marshall, North Carolina (the plant's place), Washington, DC (the addresses, twice). Not annotated:
 # 'vented bags for medical use' (goods, no name), the plant itself (named only by its town: not a named facility),
 # 'the Court', the Federal Register, the website, the Office of the Clerk, the laws and court papers, the street
 # addresses and telephone numbers
 entities=[E("Organization", DDC, "United States District Court for District of Columbia"), US,
           E("Company", AMC, "Amcor"), E("Company", APM), E("Company", RIO), E("Company", "Alcan Packaging")]
          + locs("Marshall", "North Carolina")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
             E("Location", "Washington, DC"),
             E("Person", "Maribeth Petrizzi"), E("Organization", LIT)],
 # 'Maribeth Petrizzi, Chief, Litigation II Section, Antitrust Division' -> head of the Section, current (21c, 42z)
 roles=[R("Maribeth Petrizzi", "head", LIT)],
 # 'the proposed acquisition by Amcor of the Alcan Packaging Medical Flexibles business of Rio Tinto', settled on a
 # proposed Final Judgment -> agreed: Amcor acquired the business (acquired only; **doubtful** as 43l's Bemis/Alcan:
 # a business bought from its owner; the text names a business, not assets). 'the Alcan Packaging Medical Flexibles
 # business of Rio Tinto' -> the business under Rio Tinto (parentOrganization). "requires Amcor to divest Alcan
 # Packaging's Marshall, North Carolina plant" -> ordered, no buyer named -> nothing (**near-miss**); Alcan Packaging
 # gets no relation (its owner is not stated). The Group and the Section under the Division, the Division under the
 # Department
 relations=[L(AMC, "acquired", APM), L(APM, "parentOrganization", RIO),
            ADG_ATR, ATR_DOJ, L(LIT, "parentOrganization", ATR)],
 outages=[],
 # 'June 10, 2010' -> 2010-06-10. Not dates: 'within 60 days of the date of this notice' (a span), '16(b)-(h)',
 # '1:10-cv-00973', 'Section 7', '15 U.S.C. 18', 'Suite 1010', 'Suite 8700', '20530', the telephone numbers
 dates=[D("June 10, 2010", "2010-06-10")])

# ---- Entercom / Lincoln Financial Media, Federal Register notice, published 2015-07-22 (a Wednesday) -----------------
ENT = "Entercom Communications Corp."
LFM = "Lincoln Financial Media Company"
A["us-doj-federal-register-entercom-lincoln-financial-media-proposed-final-judgment-2015"] = dict(
 # Companies: Entercom Communications Corp. (the case name and "Entercom Communications Corp.'s acquisition";
 # 'Entercom' in 'requiring Entercom to divest', an alias), Lincoln Financial Media Company (twice). Organization:
 # the court. Locations: the United States (plaintiff: 'United States of America v.' in the case name and 'the
 # United States filed'), Denver, Colorado (twice: 'the Denver, Colorado metro area' and 'in Denver, Colorado'). Not
 # annotated: 'English-language broadcast radio stations', 'certain broadcast radio stations' (unnamed), the laws
 # and court papers
 entities=[E("Organization", DDC), US, E("Company", ENT, "Entercom"), E("Company", LFM)]
          + locs("Denver", "Colorado"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Entercom Communications Corp.'s acquisition of Lincoln Financial Media Company", challenged and settled on the
 # proposed Final Judgment filed the same day -> agreed: acquired only (42w, 42z, 43j, 43l; **doubtful**: the text
 # says 'acquisition' without 'proposed' but does not say it was completed; the Complaint alleges the deal 'would
 # likely substantially lessen competition', so not read as completed and no parentOrganization). 'requiring
 # Entercom to divest certain broadcast radio stations in Denver, Colorado' -> stations unnamed, no buyer named ->
 # nothing (**near-miss**)
 relations=[L(ENT, "acquired", LFM)],
 outages=[],
 # 'July 14, 2015' -> 2015-07-14. Not dates: '16(b)-(h)', '1:15-cv-01119-RC', 'Section 7', '15 U.S.C. 18', 'the same
 # day' (no separate expression to resolve beyond the Complaint's date)
 dates=[D("July 14, 2015", "2015-07-14")])

# ---- Google / ITA Software, Federal Register notice, published 2011-04-14 (a Thursday) -------------------------------
GOO = "Google Inc."
ITA = "ITA Software Inc."
NTS = "Networks and Technology Section"
A["us-doj-federal-register-google-ita-software-proposed-final-judgment-2011"] = dict(
 # Companies: Google Inc. (the case name; 'Google' in "Google's proposed acquisition" and 'require Google to
 # continue', an alias), ITA Software Inc. (the case name and the acquisition; 'ITA Software' in "ITA Software's
 # products", an alias). Organizations: the court (twice, once in 'the Office of the Clerk of ...'), the Department
 # of Justice (three times; 'U.S. Department of Justice' once, an alias), the Antitrust Division (three times), the
 # Antitrust Documents Group, the Networks and Technology Section (the chief's section). Person: James J. Tierney.
 # Locations: the United States (plaintiff: 'United States of America v.' in the case name and 'the United States
 # filed'), Washington, DC (the addresses, twice). Not annotated: "ITA Software's products" (unnamed; no Service),
 # 'the online travel planning industry', 'the Court', the Federal Register, the website, the Office of the Clerk,
 # the laws and court papers, the street addresses and telephone numbers
 entities=[E("Organization", DDC), US,
           E("Company", GOO, "Google"), E("Company", ITA, "ITA Software"),
           E("Organization", DOJ, "U.S. Department of Justice"), E("Organization", ATR), E("Organization", ADG),
           E("Location", "Washington, DC"),
           E("Person", "James J. Tierney"), E("Organization", NTS)],
 # 'James J. Tierney, Chief, Networks and Technology Section, Antitrust Division' -> head of the Section, current
 # (43h's Tierney under the Section's longer name, another text)
 roles=[R("James J. Tierney", "head", NTS)],
 # "Google's proposed acquisition of ITA Software Inc.", settled on a proposed Final Judgment that runs 'for a period
 # of five years following the merger' -> agreed: acquired only (42w, 42z, 43j, 43l; **doubtful** as there). The
 # licensing of ITA Software's products -> no partner (a conduct remedy, no counterparty named). The Group and the
 # Section under the Division, the Division under the Department
 relations=[L(GOO, "acquired", ITA), ADG_ATR, ATR_DOJ, L(NTS, "parentOrganization", ATR)],
 outages=[],
 # 'April 8, 2011' -> 2011-04-08. Not dates: 'for a period of five years following the merger', 'within 60 days of
 # the date of this notice' (spans), '16(b)-(h)', '1:11-cv-00688', 'Section 7', '15 U.S.C. 18', 'Suite 1010',
 # 'Suite 7100', '20530', the telephone numbers
 dates=[D("April 8, 2011", "2011-04-08")])

# ---- Suiza Foods / Broughton Foods, Federal Register notice, published 1999-05-17 (a Monday) -------------------------
SUI = "Suiza Foods Corporation"
BRO = "Broughton Foods Company"
EDK = "United States District Court for the Eastern District of Kentucky, London Division"
A["us-doj-federal-register-suiza-foods-broughton-foods-proposed-final-judgment-1999"] = dict(
 # Companies: Suiza Foods Corporation (the case name and the acquisition; 'Suiza', the defined name and 'requires
 # Suiza to divest', an alias), Broughton Foods Company ('Broughton', the defined name, an alias). Organizations: the
 # Kentucky court (the fullest name the text gives, with its division), the District of Columbia court ('the United
 # States District Court for the District of the District of Columbia', so printed -> the court
 # named as printed (check.py wants the name in the text); **doubtful**: a reader may leave the garbled name
 # out), the Department
 # of Justice. Locations: the United States (plaintiff: 'United States of America v.' and 'the United States
 # filed'), the Southern Belle plant (a named plant -> Location; **doubtful**: 'Southern Belle' may be read as the
 # dairy's brand and the plant as unnamed), Somerset, Kentucky (the plant's place), Washington, D.C. (the address).
 # Not annotated: 'related assets', 'Room 200', the street address, the laws and court papers, the Office of the
 # Clerk
 entities=[E("Organization", EDK),
           E("Organization", "United States District Court for the District of the District of Columbia"), US,
           E("Company", SUI, "Suiza"), E("Company", BRO, "Broughton"),
           E("Location", "Southern Belle plant")]
          + locs("Somerset", "Kentucky")
          + [E("Organization", DOJ), E("Location", "Washington, D.C.")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition by Suiza Foods Corporation (``Suiza'') of the stock of Broughton Foods Company', settled
 # on a proposed Final Judgment -> agreed: acquired only (a stock purchase, not assets; **doubtful** as 43l's). 'requires
 # Suiza to divest the Southern Belle plant and related assets in Somerset, Kentucky' -> no buyer named -> nothing
 # (**near-miss**); a plant is a Location, so no relation attaches to it
 relations=[L(SUI, "acquired", BRO)],
 outages=[],
 # 'March 18, 1999' -> 1999-03-18; 'April 22, 1999' -> 1999-04-22. Not dates: 'within 60 days of the date of this
 # notice' (a span), '16(b) through (h)', '99-CV-130', 'Section 7', '15 U.S.C. 18', 'Room 200', '325 Seventh Street'
 dates=[D("March 18, 1999", "1999-03-18"), D("April 22, 1999", "1999-04-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
