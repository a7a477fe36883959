#!/usr/bin/env python3
"""Batch 35d gold annotations (the texts of batch35d.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); birth dates in the lead are kept (as batch 34n kept them).
Conventions (GUIDELINES.md part 2; batches 27d-34n): 'acquisition of' / 'purchase of' a named company -> acquired +
parentOrganization; a group that 'includes' or 'controls' a named company, or names it 'the group's' -> parentOrganization;
a merger with no buyer named, an offer for assets, shareholdings with no control stated, and a person's purchases or
ownership -> nothing; a store or beer brand -> Service with provider; newspapers, TV channels and radio stations ->
Company; a football club, a parliament, a party and a university -> Organization; 'presides over' -> head (doubtful);
legislators -> no role; founders dead or alive -> founder with current true (as batch 34d's).
usage: batch35d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- media, Argentina: Grupo Clarín ------------------------------------------------------------------------------------
GC = "Grupo Clarín"
CL = "Clarín"
A["wp-grupo-clarin"] = dict(
 # the group -> Company (no other form of its name in the text: 'Clarín' alone is always the newspaper); the
 # newspaper 'Clarín' ('the Clarín newspaper', 'the centrist daily, Clarín', 'the flagship Clarín newspaper'), Papel
 # Prensa ('the nation's principal newsprint manufacturer'), Cablevisión ('cable television'), Artear ('media
 # company'), Channel 13 (a TV station bought), Radio Mitre (a radio station bought), Multicanal (cable television),
 # Todo Noticias ('the group's cable news channel'), Patagonik Film Group, Los Andes and La Voz del Interior (regional
 # newspapers) and Goldman Sachs ('the investment bank') -> Company (news organisations and broadcasters are Company,
 # GUIDELINES part 2); Argentina, Latin America, Mendoza, Córdoba -> Location; Roberto Noble, Ernestina Herrera de
 # Noble, Héctor Magnetto (with 'Magnetto'), José Antonio Aranda, Lucio Rafael Pagliaro -> Person; 'the
 # Spanish-speaking world' -> nothing
 entities=[E("Company", GC)] + locs("Argentina")
          + [E("Company", CL)] + locs("Latin America")
          + [E("Company", "Papel Prensa"), E("Company", "Cablevisión"), E("Company", "Artear"),
             E("Person", "Roberto Noble"), E("Person", "Ernestina Herrera de Noble"),
             E("Person", "Héctor Magnetto", "Magnetto"), E("Person", "José Antonio Aranda"),
             E("Person", "Lucio Rafael Pagliaro"), E("Company", "Goldman Sachs"),
             E("Company", "Channel 13"), E("Company", "Radio Mitre"), E("Company", "Multicanal"),
             E("Company", "Todo Noticias"), E("Company", "Patagonik Film Group"), E("Company", "Los Andes"),
             E("Company", "La Voz del Interior")] + locs("Mendoza", "Córdoba"),
 # 'Magnetto is the President and CEO of the media group' -> president and ceo of the group; 'the 1945 launch of
 # the centrist daily, Clarín, by the late Roberto Noble' -> founder of the newspaper (current true, as batch 34d's
 # founders who died); 'Ernestina Herrera de Noble directs the flagship Clarín newspaper' -> head of the newspaper
 # (doubtful: 'directs' read as leading it, not as a board seat; the infobox's 'Chairperson' is cut); largest and
 # major shareholders (Herrera de Noble, Magnetto, Aranda, Pagliaro, Goldman Sachs) -> no role, no relation
 roles=[R("Héctor Magnetto", "president", GC), R("Héctor Magnetto", "ceo", GC), R("Roberto Noble", "founder", CL),
        R("Ernestina Herrera de Noble", "head", CL)],
 # 'it includes the Clarín newspaper ..., Papel Prensa ..., Cablevisión ..., the Artear media company' ->
 # parentOrganization each; 'the acquisition of Channel 13' and 'the purchase of Radio Mitre' -> acquired +
 # parentOrganization; 'the expansion into cable television in 1992 (Multicanal)' -> parentOrganization (the group's
 # cable operator; doubtful: the bracket names the vehicle without saying 'owns'); 'Todo Noticias, the group's cable
 # news channel' -> parentOrganization; 'The conglomerate also controls Patagonik Film Group and numerous regional
 # newspapers (notably Los Andes ... and La Voz del Interior ...)' -> parentOrganization each
 relations=[L(CL, "parentOrganization", GC), L("Papel Prensa", "parentOrganization", GC),
            L("Cablevisión", "parentOrganization", GC), L("Artear", "parentOrganization", GC)]
           + acq(GC, "Channel 13") + acq(GC, "Radio Mitre")
           + [L("Multicanal", "parentOrganization", GC), L("Todo Noticias", "parentOrganization", GC),
              L("Patagonik Film Group", "parentOrganization", GC), L("Los Andes", "parentOrganization", GC),
              L("La Voz del Interior", "parentOrganization", GC)],
 outages=[],
 dates=[D("1999", "1999"), D("1945", "1945"), D("1980", "1980"), D("1990", "1990"), D("1992", "1992"),
        D("1993", "1993")])

# ---- energy, Poland: PKN Orlen -----------------------------------------------------------------------------------------
ORL = "PKN Orlen"
A["wp-pkn-orlen"] = dict(
 # the company with its Polish name, its 1999 name and its short forms ('Polski Koncern Naftowy Orlen', 'Polski
 # Koncern Naftowy', 'PKN', 'Orlen') -> one Company; C.P.N. (with 'Centrala Produktów Naftowych' and 'CPN') and
 # Petrochemia Płock -> Company; the UOP ('Office for State Protection', a state security agency) -> Organization;
 # Andrzej Modrzejewski and Zbigniew Wrobel (with 'Wrobel') -> Person; 'the British BP PLC' -> Company; Poland, Czech
 # Republic, Slovakia, Germany, the Baltic states, Canada, Płock -> Location; not entities: the rankings ('Fortune
 # Global 500', 'Platts TOP250', 'Thompson Reuters TOP100'), the ticker 'WSE: PKN', the scandal 'Orlengate',
 # 'Central and Eastern Europe' (a broad region named with compass words, as batch 34d), 'Communist Poland' (the
 # state in another era; not added as an alias of Poland, doubtful)
 entities=[E("Company", ORL, "Polski Koncern Naftowy Orlen", "Polski Koncern Naftowy", "PKN", "Orlen")]
          + locs("Poland", "Czech Republic", "Slovakia", "Germany", "Baltic states", "Canada")
          + [E("Company", "Centrala Produktów Naftowych", "C.P.N.", "CPN"), E("Company", "Petrochemia Płock")]
          + locs("Płock")
          + [E("Organization", "Office for State Protection", "UOP"), E("Person", "Andrzej Modrzejewski"),
             E("Person", "Zbigniew Wrobel", "Wrobel"), E("Company", "BP PLC")],
 # 'Andrzej Modrzejewski, the CEO of PKN Orlen' at his arrest, then 'Zbigniew Wrobel directly succeeded as CEO' ->
 # ceo, Modrzejewski's role current false (succeeded), Wrobel's current true (nothing says he left)
 roles=[R("Andrzej Modrzejewski", "ceo", ORL, False), R("Zbigniew Wrobel", "ceo", ORL)],
 # 'the merger of two state-run petrochemical firms' (no buyer named; GUIDELINES: a merger -> nothing); Wrobel
 # 'proposed ... $160 million for the purchase of 295 German gas stations from the British BP PLC' (an offer for
 # assets) -> nothing; 'a Polish state oil refiner' (state ownership, no organisation named) -> nothing
 relations=[],
 outages=[],
 # 'several months later' (relative, published null) left out
 dates=[D("1999", "1999"), D("7 February 2002", "2002-02-07"), D("December 2002", "2002-12")])

# ---- retail, South Africa: Pick n Pay ----------------------------------------------------------------------------------
PNP = "Pick n Pay"
A["wp-pick-n-pay"] = dict(
 # the chain ('The Pick n Pay brand' is the same name) -> Company; Boxer ('stores under the Boxer brand') ->
 # Service; Jack Goldin (with 'Goldin'), Raymond Ackerman and his son named only 'Gareth' -> Person; the countries,
 # Obeliai and Cape Town -> Location; 'southern Africa' / 'Southern Africa' (a region named with a compass word, as
 # batch 34d), 'the Nazis' (the invaders of his town, no organisation named as such; doubtful) and the unnamed
 # 'labour unions' -> nothing
 entities=[E("Company", PNP)]
          + locs("South Africa", "Botswana", "Zambia", "Zimbabwe", "Lesotho", "Namibia", "Swaziland", "Malawi")
          + [E("Person", "Jack Goldin", "Goldin")] + locs("Obeliai", "Lithuania")
          + [E("Person", "Raymond Ackerman")] + locs("Cape Town")
          + [E("Person", "Gareth")] + locs("Nigeria", "Ghana") + [E("Service", "Boxer")],
 # 'The founder of the chain was Jack Goldin' -> founder (current true, as batch 34d's founders); 'Raymond Ackerman
 # ... served as executive chairman until his retirement in 2010' -> chairman (GUIDELINES: executive chairman ->
 # chairman), current false (retired); 'His eldest son, Gareth, is the current chairman' -> chairman, current
 roles=[R("Jack Goldin", "founder", PNP), R("Raymond Ackerman", "chairman", PNP, False),
        R("Gareth", "chairman", PNP)],
 # 'Pick n Pay also operates stores under the Boxer brand' -> provider; Ackerman's purchase of 'three Pick n Pay
 # supermarkets in Cape Town from Goldin' (a person's purchase of stores) -> nothing
 relations=[L("Boxer", "provider", PNP)],
 outages=[],
 # 'since the 1970s' (a decade, no calendar value in ISO form) and "that year's" (the 2018 of the sentence before,
 # no date of its own) left out
 dates=[D("1967", "1967"), D("2010", "2010"), D("July 2011", "2011-07"), D("2018", "2018"), D("2007", "2007")])

# ---- executive, Philippines: Lucio Tan -----------------------------------------------------------------------------------
TAN = "Lucio Chua Tan Sr."
FTC = "Fortune Tobacco Corporation"
ABI = "Asia Brewery, Inc."
A["wp-lucio-tan"] = dict(
 # the subject with 'Tan', 'Lucio Tan' and the two romanised Chinese names the text gives ('Tân Éng-chai',
 # 'Chén Yǒngzāi') -> one Person; LT Group, Inc. -> Company; Fortune Tobacco Corporation (with 'FTC'), the bank named
 # by its later name 'Allied Banking Corporation' with its former name 'General Bank and Trust' (renamed by Tan: one
 # Company), Asia Brewery, Inc. (with 'Asia Brewery') and Forbes -> Company; Beer Hausen Pale Pilsen ('its first
 # brand') -> Service; the Far Eastern University -> Organization; Benito Tan Kee Hiong, Florencio N. Santos ('Atty.'
 # a title, not part of the name) and Mariano Tanenglian -> Person; Xiamen with its old name 'Amoy' ('Amoy (now
 # Xiamen)': one Location), Fujian, China, Cebu, the Philippines, Manila, Cabuyao and Laguna -> Location
 entities=[E("Person", TAN, "Tan", "Lucio Tan", "Tân Éng-chai", "Chén Yǒngzāi"), E("Company", "LT Group, Inc."),
           E("Location", "Xiamen", "Amoy")] + locs("Fujian", "China", "Cebu", "Philippines")
          + [E("Organization", "Far Eastern University")] + locs("Manila")
          + [E("Company", "Forbes"), E("Company", FTC, "FTC"), E("Person", "Benito Tan Kee Hiong"),
             E("Person", "Florencio N. Santos"), E("Person", "Mariano Tanenglian"),
             E("Company", "Allied Banking Corporation", "General Bank and Trust"), E("Company", ABI, "Asia Brewery")]
          + locs("Cabuyao", "Laguna") + [E("Service", "Beer Hausen Pale Pilsen")],
 # 'He presides over the Filipino conglomerate company LT Group, Inc.' -> head (doubtful: 'presides over' may mean
 # chairman, the infobox's 'Chairman and CEO' is cut); 'Lucio Tan co-founded Fortune Tobacco Corporation (FTC), with
 # Benito Tan Kee Hiong, Atty. Florencio N. Santos, and Mariano Tanenglian' -> cofounder, all four; 'Asia Brewery,
 # Inc. was established by Tan' -> founder; the bank he 'acquired' and 'renamed' -> no title stated -> no role
 roles=[R(TAN, "head", "LT Group, Inc."), R(TAN, "cofounder", FTC), R("Benito Tan Kee Hiong", "cofounder", FTC),
        R("Florencio N. Santos", "cofounder", FTC), R("Mariano Tanenglian", "cofounder", FTC),
        R(TAN, "founder", ABI)],
 # 'its first brand, Beer Hausen Pale Pilsen' -> provider; 'Tan acquired the insolvent General Bank and Trust' (a
 # person, not a company, is the buyer: `acquired` takes a Company) -> nothing; LT Group's 'business interests' in
 # sectors, with no company named -> nothing
 relations=[L("Beer Hausen Pale Pilsen", "provider", ABI)],
 outages=[],
 dates=[D("July 17, 1934", "1934-07-17"), D("2024", "2024"), D("1966", "1966"), D("1977", "1977"),
        D("1982", "1982")])

# ---- executive, Nigeria: Femi Otedola ----------------------------------------------------------------------------------
FO = "Olufemi Peter Otedola"
A["wp-femi-otedola"] = dict(
 # the subject with 'Otedola', 'Femi Otedola' and 'Femi' -> one Person ('CON', an honour, left out); Forte Oil PLC,
 # Geregu Power PLC and Zenon Petroleum and Gas Ltd -> Company; 'the late Sir Michael Otedola' -> Person 'Michael
 # Otedola' ('Sir' an honorific); the family: Tolani, Olayinka Odukoya, Nana Otedola, 'Florence Ifeoluwa' with
 # 'Florence Otedola, aka DJ Cuppy' (one Person, named by the surname form), 'Elizabeth Temi' with 'Temi' (one
 # Person), Fewa -> Person; Nigeria, Ibadan, Oyo State, Lagos State and the five cities of his homes -> Location;
 # 'Yoruba' (an ethnic group) -> nothing
 entities=[E("Person", FO, "Otedola", "Femi Otedola", "Femi"), E("Company", "Forte Oil PLC"),
           E("Company", "Geregu Power PLC"), E("Company", "Zenon Petroleum and Gas Ltd")]
          + locs("Nigeria", "Ibadan", "Oyo State")
          + [E("Person", "Michael Otedola")] + locs("Lagos State")
          + [E("Person", "Tolani"), E("Person", "Olayinka Odukoya"), E("Person", "Nana Otedola"),
             E("Person", "Florence Otedola", "Florence Ifeoluwa", "DJ Cuppy"), E("Person", "Elizabeth Temi", "Temi"),
             E("Person", "Fewa")]
          + locs("Lagos", "Abuja", "Dubai", "London", "New York City"),
 # 'the former chairman of Forte Oil PLC' -> chairman, current false; 'the current executive chairman of Geregu Power
 # PLC' -> chairman (GUIDELINES: executive chairman -> chairman), current; 'the founder of Zenon Petroleum and Gas
 # Ltd' (and 'set up Zenon Petroleum and Gas Ltd') -> founder; 'the late Sir Michael Otedola, Governor of Lagos State
 # from 1992 to 1993' -> governor of the state (GUIDELINES: governors with the state as org), current false (a past
 # term, and 'the late'); Florence's 'tourism ambassador for Nigeria' -> no role (a promotional title, no
 # organisation; doubtful); his ownership of other businesses (unnamed) -> nothing
 roles=[R(FO, "chairman", "Forte Oil PLC", False), R(FO, "chairman", "Geregu Power PLC"),
        R(FO, "founder", "Zenon Petroleum and Gas Ltd"), R("Michael Otedola", "governor", "Lagos State", False)],
 relations=[],
 outages=[],
 # 'from 1992 to 1993' gives its two years
 dates=[D("4 November 1962", "1962-11-04"), D("1992", "1992"), D("1993", "1993"), D("2003", "2003")])

# ---- executive, Ukraine: Rinat Akhmetov --------------------------------------------------------------------------------
RA = "Rinat Leonidovych Akhmetov"
SCM = "System Capital Management"
A["wp-rinat-akhmetov"] = dict(
 # the subject with 'Rinat Akhmetov' and 'Akhmetov' -> one Person; System Capital Management (with 'SCM') and ARS
 # ('a company') -> Company; Shakhtar Donetsk (a football club), the Verkhovna Rada (the parliament), the Party of
 # Regions and Donetsk National University -> Organization; Leonid Akhmetov, Nyakiya Nasredinovna, his brother named
 # only 'Igor' and 'Bragin' (named by surname only) -> Person; Ukraine, Donetsk, the Ukrainian SSR and the Soviet
 # Union -> Location; 'Volga Tatar', 'Sunni Muslim' -> nothing
 entities=[E("Person", RA, "Rinat Akhmetov", "Akhmetov"), E("Company", SCM, "SCM")]
          + locs("Ukraine")
          + [E("Organization", "Shakhtar Donetsk"), E("Organization", "Verkhovna Rada"),
             E("Organization", "Party of Regions")]
          + locs("Donetsk", "Ukrainian SSR")
          + [E("Person", "Leonid Akhmetov"), E("Person", "Nyakiya Nasredinovna"), E("Person", "Igor"),
             E("Organization", "Donetsk National University")] + locs("Soviet Union")
          + [E("Company", "ARS"), E("Person", "Bragin")],
 # 'the founder and president of System Capital Management (SCM)' -> founder and president; 'the owner and president
 # of the Ukrainian football club Shakhtar Donetsk' -> president (of an Organization); 'Akhmetov said he and two
 # partners started a company called ARS' -> cofounder (his own account, told as such; kept); 'Bragin left ARS'
 # (a partner who left, no post named; the text does not say he was one of the two) -> no role; 'a member of the
 # Ukrainian Verkhovna Rada' (a legislator; GUIDELINES: no role)
 roles=[R(RA, "founder", SCM), R(RA, "president", SCM), R(RA, "president", "Shakhtar Donetsk"),
        R(RA, "cofounder", "ARS")],
 # nothing: ownership by a person (Shakhtar Donetsk), membership of a party
 relations=[],
 outages=[],
 # 'From 2006–2007 and 2007–2012' gives its three years; 'between 1985 and 1995' its two; 'the first years after
 # the collapse of the Soviet Union' (no year stated) left out
 dates=[D("21 September 1966", "1966-09-21"), D("April 2023", "2023-04"), D("2006", "2006"), D("2007", "2007"),
        D("2012", "2012"), D("24 January 2021", "2021-01-24"), D("2001", "2001"), D("1985", "1985"),
        D("1995", "1995"), D("1992", "1992"), D("1993", "1993")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
