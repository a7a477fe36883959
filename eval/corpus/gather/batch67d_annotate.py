#!/usr/bin/env python3
"""Batch 67d gold annotations (the texts of batch67d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66n; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades and eras ('the early 1990s', 'the
immediate postwar era') -> nothing; relative years ('two years later', 'That year') -> nothing (no `published`; a
reader could count from the year before, but GUIDELINES lists only absolute expressions then); ages ('at the age of
63') -> nothing.
No text tells an outage, so every `outages` list is empty; the store fire of 1870 is damage to a shop, no service
disruption, and is no near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66n): a completed purchase by a company ('GD purchased
Convair', 'The Hudson's Bay Company purchased the chain in 1978', 'was purchased by Kia in 1976', 'Hyundai in turn
purchased Kia', 'the Mulroney government sold it to Bombardier Inc.') -> acquired + parentOrganization(target, buyer);
'bought a controlling interest in' -> acquired + parentOrganization (control bought, as batch 64i read the Reserve
Bank of India's controlling interest; doubtful); a government body buying a company ('the Canadian government acquired
Canadair Ltd.') -> acquired + parentOrganization with the body typed Organization (as batch 64i's Reserve Bank of
India, an Organization, was given acquired; doubtful: the contract writes 'Company s'); ownership stated as past is
still recorded (Canadair under the Electric Boat Company, General Dynamics and the government); 'reorganised Canadair
as its Canadian subsidiary' and 'a subsidiary of Kia Motors' -> parentOrganization; a merger with no buyer named ('The
two companies merged to form ... General Dynamics') -> nothing; purchases of operations or work in progress
('Absorbing the Canadian Vickers Ltd. operations', 'bought the "work in progress" on the existing Douglas DC-3/C-47
series') -> nothing (asset purchases, GUIDELINES); a business sold to named persons ('They sold the business ... to a
syndicate of three Toronto businessmen') -> no relation and no role (buyers who are people, no post named); licensed
assembly of another maker's model after 'negotiations' ('began negotiations with Fiat and in 1969 it started to
assemble Fiat 124 models') -> partner (a licensing deal, GUIDELINES; doubtful: no agreement is written); a maker of
aircraft for an air force ('a manufacturer of patrol PBY Canso flying boats for the Royal Canadian Air Force', 'the
ongoing PBY contract') -> partner (a supply contract; doubtful); aircraft models, an aero-engine, jeeps and a car
nameplate -> Service (GUIDELINES, Types: aircraft models, vehicles and car nameplates; 'Rolls-Royce Trent 900' the
rule's own engine) + provider to the maker the text names ('The new Canadair DC-4M', 'its development of the
Challenger business jet', 'civilian jeeps (... the Rocsta and later the Retona)', 'sold under the Kia brand'); a
company named only inside a product name ('Douglas DC-4', 'Rolls-Royce Merlin') -> no entity of its own; founders
('a store founded by Robert Simpson') -> founder; 'became its first president' -> president, current true (no end
told; doubtful); a promotion ('became assistant general manager' in 1912, 'By 1929, Burton was president') -> the
lower post current false, and 'when his son Edgar assumed the presidency' -> Burton's presidency current false and
Edgar's current true; 'then under the directorship of ... H. H. Fudger' -> head, current false ('then'; doubtful:
'directorship' might be read as a board seat, director); a company's later and earlier names ('commonly known as
Simpsons (previously Simpson's until 1972)', 'traded as Asia Motors') -> aliases; governments ('the government of
Canada', 'the Korean government') -> Organization, with 'the Canadian government' and 'the Mulroney government' aliases
of the one body (doubtful for the last: a reader might leave the named ministry out); an airport, a plant and a street
-> Location (GUIDELINES, Types: named sites); adjectives ('Canadian', 'American', 'US', 'South Korean', 'Australian')
and generic phrases ('the company', 'the chain', 'the business', 'the airport') -> no entity.
usage: batch67d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aerospace, Canada: Canadair (piglix.com's copy) -----------------------------------------------------------------
CA = "Canadair Ltd."
CV = "Canadian Vickers Ltd."
GOV = "government of Canada"
GD = "General Dynamics"
EB = "Electric Boat Company"
BI = "Bombardier Inc."
A["wp-canadair"] = dict(
 # the aircraft maker -> Company 'Canadair Ltd.' (the fullest name, 'Canadair Ltd. was ...' and 'acquired Canadair
 # Ltd. from'; alias 'Canadair'); 'Bombardier Aerospace' (twice), 'Canadian Vickers Ltd.' (alias 'Canadian Vickers':
 # 'a manufacturing centre for Canadian Vickers'), 'Electric Boat Company', 'General Dynamics' (alias 'GD'), 'Convair',
 # 'Bombardier Inc.' -> Company; 'government of Canada' (aliases 'Canadian government', 'Mulroney government': the
 # federal government under its prime minister of 1986; doubtful), 'Royal Canadian Air Force' -> Organization;
 # Benjamin W. Franklin -> Person; 'PBY Canso' (alias 'PBY': 'the ongoing PBY contract'), 'Douglas DC-4', 'Canadair
 # DC-4M' (alias 'Northstar': 'emerged in 1946 as the "Northstar."'), 'Rolls-Royce Merlin' (engines), 'Douglas
 # DC-3/C-47' (a series of aircraft), 'Challenger' ('the Challenger business jet') -> Service; Canada, Montreal,
 # Saint-Laurent ('the Montreal suburb of Saint-Laurent'), 'Cartierville Airport' (an airport), 'Canadair Plant One'
 # (a named plant, GUIDELINES: named sites) -> Location. No entity: 'Douglas' and 'Rolls-Royce' (named only inside
 # product names, GUIDELINES), 'Mulroney' (inside the government's name), 'other aircraft manufacturers' (unnamed), 'a
 # nationalized corporation', 'a federal crown corporation' (generic), 'American', 'US' (adjectives). Near-miss:
 # 'Canadair Plant One' -> no alias of Canadair Ltd. (a site the company owns; no relation attaches to a site)
 entities=[E("Company", CA, "Canadair"), E("Location", "Canada"), E("Company", "Bombardier Aerospace"),
           E("Company", CV, "Canadian Vickers"), E("Location", "Montreal"), E("Location", "Saint-Laurent"),
           E("Location", "Cartierville Airport"), E("Location", "Canadair Plant One"),
           E("Organization", GOV, "Canadian government", "Mulroney government"), E("Service", "PBY Canso", "PBY"),
           E("Organization", "Royal Canadian Air Force"), E("Person", "Benjamin W. Franklin"),
           E("Service", "Douglas DC-4"), E("Service", "Canadair DC-4M", "Northstar"),
           E("Service", "Rolls-Royce Merlin"), E("Service", "Douglas DC-3/C-47"), E("Company", EB), E("Company", GD, "GD"),
           E("Company", "Convair"), E("Service", "Challenger"), E("Company", BI)],
 # 'Benjamin W. Franklin became its first president' -> president at Canadair Ltd., current true (no end told;
 # doubtful: 'first' implies successors, unnamed). Near-misses: 'created ... by the government of Canada' -> no founder
 # role (a body, not a person); 'the Mulroney government' -> no role for Mulroney (no person annotated; GUIDELINES give
 # heads of government a role only with the country named and the person named on his own)
 roles=[R("Benjamin W. Franklin", "president", CA)],
 # 'a manufacturer of patrol PBY Canso flying boats for the Royal Canadian Air Force' -> provider(PBY Canso, Canadair
 # Ltd.) (the maker the text names) + partner(Canadair Ltd., Royal Canadian Air Force) (the air force its customer,
 # 'the ongoing PBY contract'; doubtful); 'The new Canadair DC-4M' -> provider(Canadair DC-4M, Canadair Ltd.); 'its
 # development of the Challenger business jet' -> provider(Challenger, Canadair Ltd.); 'the Electric Boat Company
 # bought a controlling interest in Canadair' -> acquired + parentOrganization(Canadair Ltd., Electric Boat Company);
 # 'GD purchased Convair and reorganised Canadair as its Canadian subsidiary' -> acquired(General Dynamics, Convair) +
 # parentOrganization(Convair, General Dynamics), parentOrganization(Canadair Ltd., General Dynamics); 'the Canadian
 # government acquired Canadair Ltd. from US company General Dynamics' -> acquired(government of Canada, Canadair Ltd.)
 # + parentOrganization(Canadair Ltd., government of Canada) (doubtful: a government as buyer); 'the Mulroney
 # government sold it to Bombardier Inc.' -> acquired(Bombardier Inc., Canadair Ltd.) + parentOrganization(Canadair
 # Ltd., Bombardier Inc.). Near-misses, no relation: 'a manufacturing centre for Canadian Vickers' and 'Absorbing the
 # Canadian Vickers Ltd. operations' -> no acquired and no parentOrganization (operations taken over, an asset
 # purchase; a reader might give acquired(Canadair Ltd., Canadian Vickers Ltd.)); 'The two companies merged to form
 # the American company General Dynamics (GD) in 1952' -> nothing (a merger, no buyer named; a reader might give
 # parentOrganization of the Electric Boat Company to General Dynamics); 'It became the core of Bombardier Aerospace'
 # (twice) -> no parentOrganization(Canadair Ltd., Bombardier Aerospace) (the core of a later business, no unit
 # statement; doubtful) and none between Bombardier Aerospace and Bombardier Inc. (not stated); 'the "work in
 # progress" on the existing Douglas DC-3/C-47 series' -> no provider (work bought, the maker unnamed); 'The new
 # Canadair DC-4M powered by Rolls-Royce Merlin engines' -> no provider for the engine (its maker named only inside
 # the product name); 'a new variant of the Douglas DC-4 transport' -> no provider (Douglas not an entity)
 relations=[L("PBY Canso", "provider", CA), L(CA, "partner", "Royal Canadian Air Force"),
            L("Canadair DC-4M", "provider", CA), L("Challenger", "provider", CA), L(EB, "acquired", CA),
            L(CA, "parentOrganization", EB), L(GD, "acquired", "Convair"), L("Convair", "parentOrganization", GD),
            L(CA, "parentOrganization", GD), L(GOV, "acquired", CA), L(CA, "parentOrganization", GOV),
            L(BI, "acquired", CA), L(CA, "parentOrganization", BI)],
 outages=[],
 # '1986' (twice, one item), '11 November 1944', '1946' (twice, one item), '1952', '1954', '1976'; 'the immediate
 # postwar era' -> nothing
 dates=[D("1986", "1986"), D("11 November 1944", "1944-11-11"), D("1946", "1946"), D("1952", "1952"),
        D("1954", "1954"), D("1976", "1976")])

# ---- retail, Canada: Robert Simpson Company (piglix.com's copy) ------------------------------------------------------
RSC = "Robert Simpson Company Limited"
CLB = "Charles Luther (C.L.) Burton"
HBC = "Hudson's Bay Company"
A["wp-robert-simpson-company"] = dict(
 # the chain -> Company 'Robert Simpson Company Limited' (the fullest name, 'The Robert Simpson Company Limited' at the
 # start, the article 'The' left out as 'renamed the Robert Simpson Company Limited' writes it; aliases 'Simpsons'
 # ('commonly known as Simpsons', 'the Simpsons stores'), "Simpson's" ('previously Simpson's until 1972', straight
 # apostrophe), 'Simpson\u2019s' ('president of Simpson\u2019s', curly apostrophe: the text's own second spelling),
 # 'Robert Simpson Company' ('at the Robert Simpson Company'); 'the chain', 'The company', 'the business' generic);
 # 'Hudson's Bay Company', 'The Bay' ('converted to The Bay stores': a store chain, a business) -> Company; Robert
 # Simpson (alias 'Simpson': "Simpson's death", possessive-free; the surface "Simpson's" is left to the company, whose
 # former name it is, so that no surface form stands for two entities; doubtful), Mary, Margaret (his wife and
 # daughter, first names only), Harris Henry Fudger (alias 'H. H. Fudger'), Joseph Flavelle, Alfred Ernest Ames,
 # 'Charles Luther (C.L.) Burton' (the fullest form, initials in brackets kept as batch 66j kept 'A.S. (Bob) Hersov';
 # alias 'Burton'), Edgar ('his son Edgar') -> Person; Newmarket (twice), Ontario, Toronto (twice), 'Botsford Street'
 # ('384 Botsford Street', a street, as batch 66n's 'Bulkeley Street') -> Location. No entity: 'Canadian' (an
 # adjective), 'a syndicate of three Toronto businessmen' (unnamed), '$135,000'
 entities=[E("Company", RSC, "Simpsons", "Simpson's", "Simpson\u2019s", "Robert Simpson Company"),
           E("Person", "Robert Simpson", "Simpson"), E("Company", HBC), E("Company", "The Bay"),
           E("Location", "Newmarket"), E("Location", "Ontario"), E("Location", "Toronto"),
           E("Location", "Botsford Street"), E("Person", "Mary"), E("Person", "Margaret"),
           E("Person", "Harris Henry Fudger", "H. H. Fudger"), E("Person", "Joseph Flavelle"),
           E("Person", "Alfred Ernest Ames"), E("Person", CLB, "Burton"), E("Person", "Edgar")],
 # 'a Canadian department store chain that had its earliest roots in a store founded by Robert Simpson' -> founder at
 # Robert Simpson Company Limited (one man named alone, GUIDELINES part 2, Roles, 'Founders'; doubtful: he founded the
 # store from which the chain grew), current true; 'In 1912, Charles Luther (C.L.) Burton became assistant general
 # manager at the Robert Simpson Company' -> executive (a manager, GUIDELINES), current false (by 1929 he was
 # president; doubtful: the text does not say he left the post); 'By 1929, Burton was president of Simpson\u2019s,
 # becoming chairman of the board in 1948, when his son Edgar assumed the presidency' -> president, current false
 # (his son took the presidency), chairman, current true; Edgar -> president, current true; 'then under the
 # directorship of his old friend and mentor, H. H. Fudger' -> head at Robert Simpson Company Limited, current false
 # ('then'; doubtful: a reader might give director). Near-misses: 'They sold the business for $135,000 in March 1898
 # to a syndicate of three Toronto businessmen, Harris Henry Fudger, Joseph Flavelle, and Alfred Ernest Ames' -> no
 # role for the three (owners, no post named; Fudger's role comes from 'directorship' only); Mary and Margaret -> no
 # role (heirs who sold the business); 'Robert Simpson's original store' -> nothing more (the founder role above)
 roles=[R("Robert Simpson", "founder", RSC), R(CLB, "executive", RSC, False), R(CLB, "president", RSC, False),
        R(CLB, "chairman", RSC), R("Edgar", "president", RSC), R("Harris Henry Fudger", "head", RSC, False)],
 # 'The Hudson's Bay Company purchased the chain in 1978' -> acquired(Hudson's Bay Company, Robert Simpson Company
 # Limited) + parentOrganization(Robert Simpson Company Limited, Hudson's Bay Company) (the chain, not only stores,
 # bought). Near-misses, no relation: 'the Simpsons stores were later converted to The Bay stores' -> no
 # parentOrganization of The Bay to the Hudson's Bay Company (not stated; a reader who knows the banner might add
 # it) and none between the chain and The Bay (stores converted, no ownership); 'They sold the business ... to a
 # syndicate of three Toronto businessmen' -> no acquired (the buyers are people, GUIDELINES: 'Company s bought
 # Company o')
 relations=[L(HBC, "acquired", RSC), L(RSC, "parentOrganization", HBC)],
 outages=[],
 # '1972', '1978', '1858', '1870', '1861', '1876', 'May 1896', '14 December 1897', 'March 1898', '1912', '1929',
 # '1948'; 'two years later' (1872 counted from 1870) -> nothing (relative, `published` null); 'the early 1990s' ->
 # nothing (a part of a decade); 'at the age of 63' -> nothing
 dates=[D("1972", "1972"), D("1978", "1978"), D("1858", "1858"), D("1870", "1870"), D("1861", "1861"),
        D("1876", "1876"), D("May 1896", "1896-05"), D("14 December 1897", "1897-12-14"), D("March 1898", "1898-03"),
        D("1912", "1912"), D("1929", "1929"), D("1948", "1948")])

# ---- automotive, South Korea: Asia Motors (IPFS copy) ----------------------------------------------------------------
AMI = "Asia Motors Industries"
KIA = "Kia Motors"
KGOV = "South Korean government"
A["wp-asia-motors"] = dict(
 # the car maker -> Company 'Asia Motors Industries' (the fullest name, the text's first words; aliases 'Asia Motors'
 # ('traded as Asia Motors', 'Asia Motors was unable', 'the Asia Motors name'), its Korean name
 # '\uc544\uc2dc\uc544\uc790\ub3d9\ucc28', and 'Asia Motor Industries' ('was founded Asia Motor Industries', the
 # singular 'Motor' as written); 'the company' generic); 'Kia Motors' (alias 'Kia': 'purchased by Kia in 1976',
 # 'Hyundai in turn purchased Kia', 'the Kia brand'), 'Hyundai', 'Fiat', 'Asia Motors Australia' -> Company; 'South
 # Korean government' (alias 'Korean government', the same body) -> Organization; 'Fiat 124' (a car nameplate; Fiat
 # also named on its own), 'Rocsta', 'Retona' (jeeps, 'a small jeep look-alike called the Rocsta') -> Service. No
 # entity: 'First Five-Year Economic Development Plan' (a programme, GUIDELINES), 'the Asia brand' (the company's
 # marque; 'Asia' alone left unannotated: a brand written with 'the ... brand'; doubtful), 'South Korean', 'Korean',
 # 'Australian' (adjectives), 'KD cars', 'SUV' (kinds of vehicles), 'IPA' (a label), the IPA transcription. No
 # Location: the text names no country or city on its own. Near-miss: 'The Australian Asia Motors distributors' ->
 # not the Korean company (the distributors, since called Asia Motors Australia; the surface 'Asia Motors' there is
 # part of a description of Asia Motors Australia, the alias is kept for the Korean maker as the other three uses)
 entities=[E("Company", AMI, "Asia Motors", "\uc544\uc2dc\uc544\uc790\ub3d9\ucc28", "Asia Motor Industries"),
           E("Company", KIA, "Kia"), E("Organization", KGOV, "Korean government"), E("Company", "Fiat"),
           E("Service", "Fiat 124"), E("Service", "Rocsta"), E("Service", "Retona"), E("Company", "Hyundai"),
           E("Company", "Asia Motors Australia")],
 # No person is named in the text, so no role. Near-miss: 'the Korean government passed a law' -> no role (no
 # person)
 roles=[],
 # 'Since 1976, it was a subsidiary of Kia Motors' + 'was purchased by Kia in 1976' -> acquired(Kia Motors, Asia Motors
 # Industries) + parentOrganization(Asia Motors Industries, Kia Motors); 'Hyundai in turn purchased Kia' ->
 # acquired(Hyundai, Kia Motors) + parentOrganization(Kia Motors, Hyundai); 'began negotiations with Fiat and in 1969
 # it started to assemble Fiat 124 models' -> partner(Asia Motors Industries, Fiat) (licensed assembly; doubtful: only
 # negotiations are written) + provider(Fiat 124, Fiat) (the nameplate's maker, named in it; doubtful: the assembler
 # here is Asia Motors); 'civilian jeeps (a small jeep look-alike called the Rocsta and later the Retona)' ->
 # provider(Rocsta, Asia Motors Industries), provider(Retona, Asia Motors Industries); 'The Rocsta's replacement, the
 # Retona, was sold under the Kia brand' -> provider(Retona, Kia Motors) (doubtful: sold under the brand, the maker
 # not restated). Near-misses, no relation: 'Asia Motors Australia' -> no parentOrganization to Asia Motors Industries
 # ('now an independent company'; a reader might link it through the shared name); 'the Korean government passed a
 # law ...' and 'the South Korean government launched a plan' -> nothing (policy, no ownership or contract); 'the Asia
 # brand was discontinued in 1999' -> no merger relation (the infobox's 'Merged into Kia Motors' is in the part cut)
 relations=[L(KIA, "acquired", AMI), L(AMI, "parentOrganization", KIA), L("Hyundai", "acquired", KIA),
            L(KIA, "parentOrganization", "Hyundai"), L(AMI, "partner", "Fiat"), L("Fiat 124", "provider", "Fiat"),
            L("Rocsta", "provider", AMI), L("Retona", "provider", AMI), L("Retona", "provider", KIA)],
 outages=[],
 # '1965' (twice, one item), '1999' (twice, one item), '1976' (twice, one item), '1962', '1969', '1973'; 'That year'
 # (1965) -> nothing (relative, `published` null)
 dates=[D("1965", "1965"), D("1999", "1999"), D("1976", "1976"), D("1962", "1962"), D("1969", "1969"),
        D("1973", "1973")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
