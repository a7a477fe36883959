#!/usr/bin/env python3
"""Batch 35o gold annotations (the texts of batch35o.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All six texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); expressions counted from another date in the text ('later the next month', 'July of the same
year') and fiscal years ('the 2015 financial year') are left out, as batches 35d and 35l left 'a year later'.
Conventions (GUIDELINES.md part 2; batches 27d-35l): 'owned by', 'a subsidiary of', 'its subsidiaries being' ->
parentOrganization; 'acquired by' a named company -> acquired + parentOrganization; a holding raised to 97% -> a
purchase of control (acquired + parentOrganization, as batch 35l's 51% of Mopani; doubtful); a 40% holding, a sold
'part' of untold size, store purchases from a chain and a merger with no buyer named -> nothing; a government's
majority or full shareholding -> parentOrganization with no `acquired` (the buyer is no Company, as batch 35d left Lucio
Tan's purchase); members of a consortium -> partner of the consortium, direction as written; a company's named brand
of mobile or internet service -> Service with provider; founders keep current true; 'founding member' -> cofounder;
'headed by' -> head; 'chairman emeritus' -> chairman, current false (doubtful); airports and streets -> Location.
usage: batch35o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- retail, Poland: Biedronka ------------------------------------------------------------------------------------------
JM = "Jer\u00f3nimo Martins"
A["wp-biedronka"] = dict(
 # the chain (a business, 'the company's logo') -> Company; its owner 'the Portuguese group Jerónimo Martins', its
 # founder's company Elektromis, its rivals Lidl, Kaufland and Aldi and 'the German chain Plus' -> Company; the founder
 # -> Person; Poland, Poznań and the two streets of its stores ('Newtona Street', 'ul. Bobrzańska'; as batch 35l's
 # Lugogo Avenue, doubtful) -> Location; 'Portuguese' and 'German' (adjectives) give no Location
 entities=[E("Company", "Biedronka"), E("Location", "Poland"), E("Company", JM)]
          + [E("Company", "Lidl"), E("Company", "Kaufland"), E("Company", "Aldi")]
          + [E("Person", "Mariusz \u015awitalski"), E("Company", "Elektromis")]
          + locs("Newtona Street", "Pozna\u0144", "ul. Bobrza\u0144ska") + [E("Company", "Plus")],
 # 'The founder of Biedronka was entrepreneur Mariusz Świtalski' -> founder (current true, as batch 35d's founders);
 # 'owner of Elektromis' -> no role (ownership, not a post; as batch 35d's owners)
 roles=[R("Mariusz \u015awitalski", "founder", "Biedronka")],
 # 'It is owned by the Portuguese group Jerónimo Martins' -> parentOrganization; nothing for 'Jerónimo Martins
 # acquired 210 stores from Elektromis' and 'Biedronka acquired ... over 120 stores previously operated by ... Plus'
 # (store purchases: assets, GUIDELINES part 2) or the rivals ('its main competitor in Poland is Lidl')
 relations=[L("Biedronka", "parentOrganization", JM)],
 outages=[],
 # 'for over a decade' and 'Since then' (relative) left out
 dates=[D("2022", "2022"), D("April 6, 1995", "1995-04-06"), D("1997", "1997"), D("March 2010", "2010-03"),
        D("2012", "2012"), D("September 2014", "2014-09"), D("February 2019", "2019-02"), D("2008", "2008")])

# ---- banking, South Africa: Capitec ---------------------------------------------------------------------------------------
CAP = "Capitec Bank Holdings Limited"
A["wp-capitec-bank"] = dict(
 # the bank under its official name with 'Capitec' -> Company; 'the Reserve Bank of South Africa, the central bank
 # and national banking regulator' -> Organization; 'loan provider AvaFin' -> Company; the countries -> Location;
 # the outgoing and incoming chief executives -> Person; '"big five" banks' (unnamed) -> nothing
 entities=[E("Company", CAP, "Capitec"), E("Location", "South Africa"),
           E("Organization", "Reserve Bank of South Africa"), E("Company", "AvaFin")]
          + locs("Mexico", "Poland", "Spain", "Czechia", "Latvia")
          + [E("Person", "Gerrie Fourie"), E("Person", "Graham Lee")],
 # 'founding member and CEO Gerrie Fourie would retire in July' -> ceo, current true ('will step down' not yet left,
 # GUIDELINES part 2) + cofounder ('founding member' read as one of the founders; doubtful); 'would be replaced by
 # Graham Lee' -> ceo, current true (a post he is announced to take)
 roles=[R("Gerrie Fourie", "ceo", CAP), R("Gerrie Fourie", "cofounder", CAP), R("Graham Lee", "ceo", CAP)],
 # 'Capitec increased its shareholding in loan provider AvaFin to 97%' -> a purchase of control, acquired +
 # parentOrganization (doubtful: the text says 'increased its shareholding', not 'bought'; as batch 35l's 51% of
 # Mopani); 'bought a 40% shareholding' (2014; a minority holding, no control stated) -> nothing on its own;
 # 'licensed by the Reserve Bank' (a regulator) -> nothing
 relations=acq(CAP, "AvaFin"),
 outages=[],
 # 'the 2015 financial year' (a fiscal year; Capitec's is not named as a calendar year) and 'July of the same year'
 # (counted from March 2025) left out; 'In the same month' left out
 dates=[D("September 2025", "2025-09"), D("2014", "2014"), D("2024", "2024"), D("March 2025", "2025-03")])

# ---- airlines, the Philippines: Cebu Pacific --------------------------------------------------------------------------------
CEB = "Cebu Pacific Air, Inc."
JG = "JG Summit Holdings"
A["wp-cebu-pacific"] = dict(
 # the airline with its trading name and its earlier name 'Cebu Air, Inc.' (the franchise holder, 'subsequently
 # acquired by JG Summit Holdings', read as the same business before its rename; doubtful) -> one Company; JG Summit
 # Holdings ('JG Summit') and Philippine Airlines -> Company; the Civil Aeronautics Board -> Organization; the two
 # Gokongweis -> Person; the airports, cities and the country -> Location; 'Republic Act No. 7151' (a law) and 'the
 # Philippine government' (no named body) -> nothing
 entities=[E("Company", CEB, "Cebu Pacific", "Cebu Air, Inc.")]
          + locs("Mactan-Cebu International Airport", "Lapu-Lapu City", "Metro Cebu", "Philippines", "Cebu City",
                 "Ninoy Aquino International Airport", "Manila", "Clark International Airport",
                 "Kalibo International Airport", "Francisco Bangoy International Airport",
                 "Iloilo International Airport", "Laguindingan Airport")
          + [E("Company", JG, "JG Summit"), E("Person", "Lance Gokongwei"), E("Person", "John Gokongwei"),
             E("Organization", "Civil Aeronautics Board"), E("Company", "Philippine Airlines")],
 # 'Cebu Pacific is currently headed by Lance Gokongwei' -> head; 'John Gokongwei, the chairman emeritus of JG Summit'
 # -> chairman, current false (an emeritus chairman has left the chair; doubtful: the honorary title is held now)
 roles=[R("Lance Gokongwei", "head", CEB), R("John Gokongwei", "chairman", JG, False)],
 # 'The airline is a subsidiary of JG Summit Holdings' and 'Cebu Air, Inc. was subsequently acquired by JG Summit
 # Holdings' -> acquired + parentOrganization; nothing for the IPO, the rival Philippine Airlines, the regulator's
 # data and the 1998 grounding (a government order after an accident: no outage, GUIDELINES part 2; a near-miss)
 relations=acq(JG, CEB),
 outages=[],
 # 'later the next month' (counted from February 1998) left out
 dates=[D("1988", "1988"), D("January 2013", "2013-01"), D("October 2010", "2010-10"), D("2010", "2010"),
        D("the first quarter of 2010", "2010-Q1"), D("26 August 1988", "1988-08-26"),
        D("March 8, 1996", "1996-03-08"), D("30 August 1991", "1991-08-30"), D("February 1998", "1998-02")])

# ---- banking, Kenya: KCB Group ----------------------------------------------------------------------------------------------
KCBG = "KCB Group Limited"
KCB = "Kenya Commercial Bank Limited"
GOK = "government of Kenya"
SUBS = ["KCB Bank Kenya Limited", "KCB Bank Burundi Limited", "KCB Bank Rwanda Limited", "KCB Bank South Sudan Limited",
        "KCB Bank Tanzania Limited", "KCB Bank Uganda Limited"]
A["wp-kcb-group"] = dict(
 # the holding company ('KCB Group') -> Company; its six named subsidiaries -> Company each (the countries inside
 # their names get no entity, as GUIDELINES part 2 treats names inside product names); the bank whose history the
 # text tells, under its name with its former name 'the National and Grindlays Bank (NGB)' ('NGB was then renamed
 # Kenya Commercial Bank (KCB)') -> one Company, kept apart from the holding company and from KCB Bank Kenya Limited
 # (the text joins neither; doubtful); 'the National Bank of India (NBI)' and 'Grindlays Bank' -> Company; 'the
 # government of Kenya' (an owner) -> Organization; 'the African Great Lakes region' -> Location 'African Great Lakes'
 # (a named region; doubtful); the cities and countries -> Location; 'news media' (unnamed) -> nothing
 entities=[E("Company", KCBG, "KCB Group"), E("Location", "African Great Lakes")] + locs("Nairobi", "Kenya")
          + [E("Company", n) for n in SUBS]
          + locs("Democratic Republic of the Congo", "Ethiopia", "Mozambique")
          + [E("Company", KCB, "Kenya Commercial Bank", "KCB", "National and Grindlays Bank", "NGB"),
             E("Company", "National Bank of India", "NBI"), E("Location", "Mombasa"), E("Company", "Grindlays Bank"),
             E("Organization", GOK)],
 roles=[],
 # 'with its subsidiaries being KCB Bank Kenya Limited, ...' -> parentOrganization each; 'the government of Kenya
 # acquired 60 percent shareholding in NGB' and 'acquired 100 percent of the shareholding in NGB to take full control'
 # -> parentOrganization of the bank to the government (no `acquired`: the buyer is no Company); nothing for 'its
 # predecessor, the National Bank of India' (lineage), 'Grindlays Bank merged with the NBI to form' NGB (a merger, no
 # buyer named) and the expansion plans
 relations=[L(s, "parentOrganization", KCBG) for s in SUBS] + [L(KCB, "parentOrganization", GOK)],
 outages=[],
 # 'Upon independence' (no year in the text) left out
 dates=[D("December 2015", "2015-12"), D("July 2015", "2015-07"), D("July 1896", "1896-07"), D("1958", "1958"),
        D("1970", "1970")])

# ---- railways, Kenya and Uganda: Rift Valley Railways Consortium ------------------------------------------------------
RVR = "Rift Valley Railways Consortium"
A["wp-rift-valley-railways-consortium"] = dict(
 # the consortium ('RVRC'; a business set up to run the railways under a concession) -> Company; its lead company and
 # three of its minor partners -> Company; 'the CDIO Institute for Africa Development Trust' (a trust; no business
 # named as such) -> Organization (doubtful); 'the East African Standard' (a newspaper) -> Company; the countries ->
 # Location; 'the parastatal railways of Kenya and Uganda' (unnamed bodies) -> nothing
 entities=[E("Company", RVR, "RVRC")] + locs("Kenya", "Uganda")
          + [E("Company", "Sheltam Rail Company"), E("Location", "South Africa"), E("Company", "Prime Fuels"),
             E("Company", "Mirambo Holdings"), E("Location", "Tanzania"), E("Company", "Comazar"),
             E("Organization", "CDIO Institute for Africa Development Trust"), E("Company", "East African Standard")],
 roles=[],
 # 'RVRC is led by Sheltam Rail Company' -> partner (the lead member of the consortium; its share untold, so no
 # parentOrganization; direction as written, doubtful); 'Minor partners of the consortium are Kenya's Prime Fuels
 # (15%), Mirambo Holdings ... (10%) and Comazar (10%) and the CDIO Institute ... (4%)' -> partner of each with the
 # consortium, direction as written (minority holdings: no parentOrganization; as batch 35l's Globeleq-Eskom
 # consortium, doubtful); the concession and the report -> nothing
 relations=[L(RVR, "partner", "Sheltam Rail Company")]
           + [L(m, "partner", RVR) for m in ("Prime Fuels", "Mirambo Holdings", "Comazar",
                                              "CDIO Institute for Africa Development Trust")],
 outages=[],
 dates=[D("2005", "2005"), D("August 1, 2006", "2006-08-01"), D("July 28, 2006", "2006-07-28"),
        D("November 1, 2006", "2006-11-01")])

# ---- telecoms, Argentina: Telecom Argentina ---------------------------------------------------------------------------------
TA = "Telecom Argentina"
FT = "France T\u00e9l\u00e9com"
A["wp-telecom-argentina"] = dict(
 # the company with 'Telecom' and its first name 'Sociedad Licenciataria Norte S.A.' -> Company; 'mobile phone
 # service Personal' and 'Internet service provider Arnet' (brands of services it operates) -> Service; 'Telefónica
 # de Argentina' and 'Telefónica' (the company 'given the southern part', named like France Télécom, the foreign
 # licensee) -> two Companies (the text does not join them; doubtful); 'state-owned phone service ENTel' (the state
 # monopoly company) -> Company; France Télécom, the Werthein Group and Kohn Pedersen Fox -> Company; Argentina,
 # Buenos Aires and Puerto Madero -> Location
 entities=[E("Company", TA, "Telecom", "Sociedad Licenciataria Norte S.A."), E("Location", "Argentina"),
           E("Location", "Buenos Aires"), E("Company", "Telef\u00f3nica de Argentina"),
           E("Service", "Personal"), E("Service", "Arnet"), E("Company", "ENTel"), E("Company", FT),
           E("Company", "Telef\u00f3nica"), E("Company", "Werthein Group"), E("Location", "Puerto Madero"),
           E("Company", "Kohn Pedersen Fox")],
 roles=[],
 # 'Telecom also operates mobile phone service Personal and Internet service provider Arnet' -> provider each;
 # 'Its Puerto Madero headquarters were designed by the American architectural studio of Kohn Pedersen Fox' -> partner
 # (a design contract, supplier and customer; doubtful); nothing for 'France Télécom later sold its part of the company
 # to the Argentine Werthein Group' (a stake of untold size: no control stated, so neither France Télécom's former
 # ownership nor the Werthein Group's purchase is recorded; doubtful), the licences and the duopoly
 relations=[L("Personal", "provider", TA), L("Arnet", "provider", TA), L(TA, "partner", "Kohn Pedersen Fox")],
 outages=[],
 # 'just a few years', 'several years', 'the worst years of ENTel' left out
 dates=[D("October 8, 1999", "1999-10-08"), D("1990", "1990"), D("November 8, 1990", "1990-11-08"),
        D("February 18, 1998", "1998-02-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
