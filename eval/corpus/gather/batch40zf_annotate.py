#!/usr/bin/env python3
"""Batch 40zf gold annotations (the texts of batch40zf.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); decades ('the 1930s', 'the late 1940s', 'the 1960s', 'the 2000s'), 'that same
year', '14 July of that year' (its year counted from the sentence before, as batch 40x left out 'by October of that
year'), the abbreviated years '96' and '97' and 'As of' spans are left out. No text tells an outage (or a near-miss),
so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za, 40zd): a
company 'bought', 'acquired', 'took over' or 'sold' to another -> acquired + parentOrganization(target, buyer), sold by
a named seller -> parentOrganization(target, seller) too (past ownership kept, as batches 40y and 40zd); bought and
'merged ... into its own operations' -> acquired only (merged away); a minority share ('bought 49%', 'acquired a
share') -> nothing (as batches 40y and 40zb); a sale to named people (not a company) -> no relation; 'the engineering
division of' a company, a team a company 'runs' -> parentOrganization; a stated partnership, an agreement to
collaborate on manufacture, programmes run for a carmaker, a carmaker's long support -> partner; two people named
together as founders -> cofounder each; 'the latter is now the chairman of the group' -> chairman; 'retaining his life
presidency' -> president; 'a UEI board director' -> director; vehicles and aircraft models -> Service with provider
their maker (GUIDELINES.md, Types); racing teams -> Organization; championships and series -> no entity (events);
former and trading names -> aliases; adjectives ('British', 'Chinese', 'Spanish') -> no Location.
usage: batch40zf_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- automotive engineering, UK: Cosworth --------------------------------------------------------------------------
CW = "Cosworth"
FD = "Ford Motor Company"
UEI = "United Engineering Industries"
VK = "Vickers plc"
CT = "Cosworth Technology"
A["wp-cosworth"] = dict(
 # the engine maker -> Company, alias 'Cosworth Group' ('the current Cosworth Group', the company under its buyers;
 # doubtful: a reader might type the buyers' group its own Company and parent); Ford Motor Company (alias 'Ford'),
 # United Engineering Industries ('UEI'), Carlton Communications ('Carlton'), Vickers plc ('Vickers'), Pi Research,
 # Cosworth Racing Ltd, Cosworth Technology (alias its later name 'MAHLE Powertrain'), Mahle GmbH -> Company; 'VW/Audi'
 # -> two Companies, 'VW' and 'Audi' (doubtful: one buyer written with both names); 'its Jaguar Formula One team' (a
 # racing team) -> Organization; Mike Costin, Keith Duckworth, Gerald Forsythe, Kevin Kalkhoven -> Person; the Champ
 # Car World Series (a racing series) -> no entity; 'COStin and duckWORTH' (the name's source) -> no alias
 entities=[E("Person", "Mike Costin"), E("Person", "Keith Duckworth"), E("Company", CW, "Cosworth Group"),
           E("Company", FD, "Ford"), E("Company", UEI, "UEI"), E("Company", "Carlton Communications", "Carlton"),
           E("Company", VK, "Vickers"), E("Company", "Pi Research"), E("Company", "Cosworth Racing Ltd"),
           E("Organization", "Jaguar Formula One team"), E("Person", "Gerald Forsythe"),
           E("Person", "Kevin Kalkhoven"), E("Company", "VW"), E("Company", "Audi"),
           E("Company", CT, "MAHLE Powertrain"), E("Company", "Mahle GmbH")],
 # 'founded ... in 1958 by Mike Costin and Keith Duckworth' -> cofounder each; 'retaining his life presidency ... with
 # Cosworth' -> president of Cosworth (current true: the text says he retained it; doubtful, his death year is given);
 # 'becoming a UEI board director' -> director of UEI (current); Forsythe and Kalkhoven, 'Champ Car World Series
 # owners' and buyers of Cosworth -> no role (owners, no post)
 roles=[R("Mike Costin", "cofounder", CW), R("Keith Duckworth", "cofounder", CW),
        R("Keith Duckworth", "president", CW), R("Keith Duckworth", "director", UEI)],
 # 'supported by Ford Motor Company for many years, and most of the Cosworth engines were named as Ford engines' ->
 # partner (doubtful); 'he sold out to United Engineering Industries (UEI)' -> acquired + parentOrganization; 'UEI ...
 # taken over by Carlton Communications' -> the same; 'Vickers plc bought Cosworth' -> the same; 'Vickers sold Cosworth
 # and Pi Research to Ford' -> acquired + parentOrganization to Ford for both, and parentOrganization(Pi Research,
 # Vickers plc) (the seller; Cosworth's to Vickers already held); 'Ford announced that it was selling ... along with
 # Cosworth Racing Ltd and its Jaguar Formula One team' -> parentOrganization to Ford for both (Ford's holdings; the
 # team's 'its' read as Ford's, doubtful: it may be Cosworth Racing's); 'the sale of Cosworth was completed, to ...
 # Gerald Forsythe and Kevin Kalkhoven' -> nothing (people); 'the engineering division of Cosworth' -> parentOrganization
 # (Cosworth Technology, Cosworth); 'the sale ... to VW/Audi' -> acquired + parentOrganization to Audi (VW no relation,
 # doubtful); 'acquired by Mahle GmbH in 2005' -> acquired + parentOrganization
 relations=[L(CW, "partner", FD),
            L(UEI, "acquired", CW), L(CW, "parentOrganization", UEI),
            L("Carlton Communications", "acquired", UEI), L(UEI, "parentOrganization", "Carlton Communications"),
            L(VK, "acquired", CW), L(CW, "parentOrganization", VK),
            L(FD, "acquired", CW), L(CW, "parentOrganization", FD),
            L(FD, "acquired", "Pi Research"), L("Pi Research", "parentOrganization", FD),
            L("Pi Research", "parentOrganization", VK),
            L("Cosworth Racing Ltd", "parentOrganization", FD), L("Jaguar Formula One team", "parentOrganization", FD),
            L(CT, "parentOrganization", CW),
            L("Audi", "acquired", CT), L(CT, "parentOrganization", "Audi"),
            L("Mahle GmbH", "acquired", CT), L(CT, "parentOrganization", "Mahle GmbH")],
 outages=[],
 # '(1933-2005)' -> '1933' and '2005' ('in 2005' the same text and value, once)
 dates=[D("1958", "1958"), D("1933", "1933"), D("2005", "2005"), D("1980", "1980"), D("1988", "1988"),
        D("1990", "1990"), D("1998", "1998"), D("September, 2004", "2004-09"), D("15 November 2004", "2004-11-15"),
        D("September 1998", "1998-09"), D("1 July 2005", "2005-07-01")])

# ---- automotive engineering, UK: Prodrive --------------------------------------------------------------------------
PD = "Prodrive"
A["wp-prodrive"] = dict(
 # the group -> Company; Alfa Romeo, Honda, Ford, Volvo, Subaru, Apax Partners (alias 'Apax'), Investment Dar ('The
 # Investment Dar company'), Tickford -> Company; BMW ('BMWs M3', the maker named with its model) -> Company, and the
 # M3 -> Service (doubtful: a reader might keep 'BMWs M3' whole as the product's name); the Porsche 911 SC RS and the
 # MG Metro 6R4 (cars) -> Service (Porsche and MG named only inside product and team names: no entity); the Rothmans
 # Porsche Rally Team and the Ford Performance Racing team -> Organization ('the Rothman's programme' -> no alias);
 # Ian Parry, David Richards, Saed Al Hajri, Colin McRae, Richard Burns, Petter Solberg -> Person; Kuwait, Banbury, UK,
 # Warwickshire, North America, Australia -> Location; the Middle East Rally Championship, the British Touring Car
 # Championship (BTCC), the FIA European Touring Car Championship (ETCC), the V8 Supercar Series, the WRC and 'World
 # Rallying' (championships) -> no entity
 entities=[E("Company", PD), E("Person", "Ian Parry"), E("Person", "David Richards"),
           E("Organization", "Rothmans Porsche Rally Team"), E("Service", "Porsche 911 SC RS"),
           E("Person", "Saed Al Hajri"), E("Service", "MG Metro 6R4"), E("Company", "BMW"), E("Service", "M3"),
           E("Company", "Alfa Romeo"), E("Company", "Honda"), E("Company", "Ford"), E("Company", "Volvo"),
           E("Organization", "Ford Performance Racing"), E("Location", "Australia"), E("Company", "Subaru"),
           E("Person", "Colin McRae"), E("Person", "Richard Burns"), E("Person", "Petter Solberg"),
           E("Company", "Apax Partners", "Apax"), E("Company", "Investment Dar"), E("Location", "Kuwait"),
           E("Location", "Banbury"), E("Location", "UK"), E("Location", "Warwickshire"), E("Company", "Tickford"),
           E("Location", "North America")],
 # 'founded in 1984 by Ian Parry and David Richards' -> cofounder each; 'the latter is now the chairman of the group'
 # -> chairman of Prodrive (current); the drivers -> no role
 roles=[R("Ian Parry", "cofounder", PD), R("David Richards", "cofounder", PD), R("David Richards", "chairman", PD)],
 # 'Prodrive has run touring car programmes for Alfa Romeo ... for Honda, for Ford ... and with Volvo' -> partner each
 # (programmes run for carmakers; doubtful); 'running BMWs M3' -> provider(M3, BMW); 'It currently runs the Ford
 # Performance Racing team' -> parentOrganization (a team it runs; doubtful); 'started rallying with Subaru, a
 # relationship ...', 'the near 20 year partnership' -> partner; 'Apax Partners bought 49% of the company' and 'The
 # Investment Dar company ... acquired a share' -> nothing (minority shares); 'the company acquired Tickford and merged
 # this automotive engineering business into its own operations' -> acquired only (merged away); 'subsidiary
 # businesses in North America and Australia' (unnamed) -> nothing; the Rothmans team Prodrive ran with -> nothing
 relations=[L("M3", "provider", "BMW"), L(PD, "partner", "Alfa Romeo"), L(PD, "partner", "Honda"),
            L(PD, "partner", "Ford"), L(PD, "partner", "Volvo"),
            L("Ford Performance Racing", "parentOrganization", PD), L(PD, "partner", "Subaru"),
            L(PD, "acquired", "Tickford")],
 outages=[],
 # '(1995,96,97)' -> '1995' only (already listed); '96' and '97' left out
 dates=[D("1984", "1984"), D("1986", "1986"), D("1987", "1987"), D("1988", "1988"), D("1989", "1989"),
        D("1990", "1990"), D("1994", "1994"), D("2000", "2000"), D("December 2008", "2008-12"), D("1995", "1995"),
        D("2001", "2001"), D("2003", "2003"), D("1999", "1999"), D("2007", "2007"), D("2008", "2008")])

# ---- rail, Spain: Talgo --------------------------------------------------------------------------------------------
TG = "Patentes Talgo, SAU"
A["wp-talgo"] = dict(
 # the train maker -> Company named by its official form 'Patentes Talgo, SAU', aliases 'Talgo' and 'Patentes Talgo'
 # ('Tren Articulado Ligero Goicoechea Oriol', the name's expansion -> no alias); Alejandro Goicoechea (alias
 # 'Goicoechea'), José Luis Oriol ('Oriol') -> Person; American Car and Foundry (alias 'ACF') -> Company; the Talgo I,
 # II and III (train models) -> Service; Spain, United States, Madrid, Hendaye, France -> Location; 'the wider
 # European continent', the Second World War (an event) -> nothing
 entities=[E("Company", TG, "Talgo", "Patentes Talgo"), E("Person", "Alejandro Goicoechea", "Goicoechea"),
           E("Person", "Jos\u00e9 Luis Oriol", "Oriol"), E("Service", "Talgo I"), E("Location", "Spain"),
           E("Company", "American Car and Foundry", "ACF"), E("Service", "Talgo II"),
           E("Location", "United States"), E("Location", "Madrid"), E("Location", "Hendaye"), E("Location", "France"),
           E("Service", "Talgo III")],
 # 'The company was founded by Alejandro Goicoechea and José Luis Oriol' -> cofounder each; 'a pioneering railway
 # engineer' -> no role (no organisation)
 roles=[R("Alejandro Goicoechea", "cofounder", TG), R("Jos\u00e9 Luis Oriol", "cofounder", TG)],
 # 'a favourable agreement was struck with American Car and Foundry (ACF) to collaborate on the manufacture of the
 # Talgo II', 'Continued collaboration with ACF' -> partner; the three train models -> provider Talgo (the Talgo II
 # made with ACF: provider Talgo only, doubtful)
 relations=[L(TG, "partner", "American Car and Foundry"), L("Talgo I", "provider", TG), L("Talgo II", "provider", TG),
            L("Talgo III", "provider", TG)],
 outages=[],
 dates=[D("1942", "1942"), D("1950", "1950")])

# ---- aerospace, US: Cirrus Aircraft --------------------------------------------------------------------------------
CI = "Cirrus Design Corporation"
A["wp-cirrus-aircraft"] = dict(
 # the aircraft maker -> Company named by its corporate name, aliases its trading names 'Cirrus Aircraft', 'Cirrus
 # Design' and 'Cirrus'; AVIC ('the Chinese government-owned AVIC', a state-owned business) -> Company; 'Alan and Dale
 # Klapmeier' -> Person 'Dale Klapmeier' and Person 'Alan' (first name only as written; doubtful, as batch 40zd's
 # first-name sons); the VK-30, SR20, SR22, SR22T and SR Sport (aircraft) -> Service ('SR-aircraft', 'the SR-series'
 # generic -> no entity); Duluth, Minnesota, United States, Grand Forks, North Dakota, Knoxville, Tennessee, McKinney,
 # Texas -> Location
 entities=[E("Company", CI, "Cirrus Aircraft", "Cirrus Design", "Cirrus"), E("Person", "Alan"),
           E("Person", "Dale Klapmeier"), E("Service", "VK-30"), E("Company", "AVIC"), E("Location", "Duluth"),
           E("Location", "Minnesota"), E("Location", "United States"), E("Location", "Grand Forks"),
           E("Location", "North Dakota"), E("Location", "Knoxville"), E("Location", "Tennessee"),
           E("Location", "McKinney"), E("Location", "Texas"), E("Service", "SR20"), E("Service", "SR22"),
           E("Service", "SR22T"), E("Service", "SR Sport")],
 # 'founded in 1984 by Alan and Dale Klapmeier' -> cofounder each
 roles=[R("Alan", "cofounder", CI), R("Dale Klapmeier", "cofounder", CI)],
 # 'owned by a subsidiary of the Chinese government-owned AVIC' -> parentOrganization(Cirrus, AVIC) (owned through an
 # unnamed subsidiary; doubtful); 'to produce the VK-30 kit aircraft', 'its three certificated ... models: the SR20 ...,
 # SR22 ..., and SR22T', 'Cirrus was planning to market ... the SR Sport' (suspended, cancelled) -> provider Cirrus each
 # (the SR Sport never sold; doubtful)
 relations=[L(CI, "parentOrganization", "AVIC"), L("VK-30", "provider", CI), L("SR20", "provider", CI),
            L("SR22", "provider", CI), L("SR22T", "provider", CI), L("SR Sport", "provider", CI)],
 outages=[],
 dates=[D("1984", "1984"), D("1998", "1998"), D("2000", "2000"), D("2010", "2010"), D("January 2021", "2021-01"),
        D("2013", "2013"), D("2008", "2008"), D("2009", "2009")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
