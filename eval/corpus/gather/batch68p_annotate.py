#!/usr/bin/env python3
"""Batch 68p gold annotations (session 62; the texts of batch68p.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68j; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); relative phrases ('In the same
year', 'Two months later', 'subsequently', 'eventually') and spans ('for almost 80 years', 'for seventy-five years')
-> nothing in `dates`; a year inside a law's name ('The Borough of Balmain Electric Lighting Act 1906', 'the 1906 Act
of Parliament') -> the year, listed once.
Outages (GUIDELINES part 2, Outages): none told. Near-miss: the Balmain coal stockpile 'gave some resilience against
coal strikes and other interruptions to the coal supply' (a supply risk, no failure and no customer's loss told) ->
no outage.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68j): a company 'owned by' a named company ('Aurora
Energy is owned by Dunedin City Holdings Limited on behalf of the Dunedin City Council') -> parentOrganization to the
named owner only (the council 'on behalf of' which it is held -> no second relation; doubtful); a company formed or
established by a council when it 'separated its lines and energy businesses' ('A new company Waipori Power Generation
Limited, was formed to take over the energy business', 'the Council established a utility contracting company that
was eventually renamed as Delta Utility Services') -> parentOrganization(company, council) (as GATHERING.md's 'set up
by'; doubtful: the first sentence's verb is passive); a company's former names ('Dunedin Electricity Limited was
registered on 26 June 1990 ... Dunedin Electricity was subsequently re-registered and renamed as Aurora Energy') ->
aliases; a network 'supplied from Transpower's national grid' -> partner(distributor, Transpower) (GUIDELINES:
supply contract; doubtful); 'nationalised in 1956, by the New South Wales Government, and its assets and operations
became a part of the Electricity Commission of New South Wales' -> nothing (GATHERING.md: 'nationalised' -> no
relation; assets and operations taken over, an asset transfer); a company 'expropriated by' a named company (Eskom;
'the former' as the article has it) -> acquired + parentOrganization (a completed compulsory takeover of the company
itself; doubtful: GATHERING.md gives an expropriated plant nothing and a nationalisation nothing); supplying power 'in
its own name and on behalf of Eskom' -> partner(company, Eskom) (a supply arrangement between two named companies;
doubtful); 'created a subsidiary called the African Concessions Syndicate' -> parentOrganization; 'the ACS sold its
concessions to VFPC' -> nothing (an asset sale); 'established by Cecil John Rhodes' (one man) -> founder, current
true (GUIDELINES part 2, Roles, 'Founders'); a company's first name as the text tells its forming ('It was formed in
1906' and 'On 17 October 1906, a company called Victoria Falls Power Company (VFPC) was formed') -> alias (doubtful:
the text does not say the name changed); Types: power stations, a hydro scheme, a grid exit point, a bridge, a lake,
a river, a borough and a region ('Balmain Power Station' with its later name "Balmain 'A'", 'Waipori scheme',
'Waitaki power station', 'Cromwell GXP', 'Iron Cove Bridge', 'Lake Mahinerangi', 'Waipori River', 'Borough of
Balmain', 'Inner West') -> Location (GUIDELINES: named sites and facilities); a colony named before 'government'
('the Transvaal Colony government') -> Location 'Transvaal Colony' (doubtful: a reader might give an Organization);
a city council and a state government and commission -> Organization; Eskom and Transpower -> Company (as the corpus
types them); 'the Council', 'the local council', 'The company', 'the colony' -> no alias or entity (generic); laws
('The Borough of Balmain Electric Lighting Act 1906') -> no entity; demonyms ('South African-based', 'Southern
Rhodesian registered') -> no entity of their own.
usage: batch68p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- electricity distribution, Dunedin: Aurora Energy (New Zealand) (chaos.owiki.org's copy) -------------------------
AUR = "Aurora Energy"
DCC = "Dunedin City Council"
A["wp-aurora-energy-new-zealand"] = dict(
 # the company -> Company 'Aurora Energy' (aliases its former names 'Dunedin Electricity Limited' and 'Dunedin
 # Electricity': 'Dunedin Electricity was subsequently re-registered and renamed as Aurora Energy'); 'Dunedin City
 # Holdings Limited' -> Company; 'the Dunedin City Council' -> Organization ('The Council', 'the Council' generic, no
 # alias); 'Waipori Power Generation Limited', 'Delta Utility Services', 'Transpower' -> Company; New Zealand, Dunedin,
 # Central Otago, Queenstown Lakes, Wanaka, 'South Island', Halfway Bush, South Dunedin, Clyde, Cromwell, Frankton ->
 # Location; 'Waipori River', 'Lake Mahinerangi' -> Location; 'the initial Waipori scheme' / 'The Waipori scheme' (a
 # named hydro scheme), 'the Waitaki power station', 'Cromwell GXP' (a named grid exit point) -> Location (named
 # facilities; doubtful for the scheme). No entity: "New Zealand's first large hydro-electric generating station"
 # (unnamed), 'a high dam', 'a utility contracting company' (unnamed until renamed), 'Transpower's national grid'
 # (lowercase, generic), 'the Dunedin network', 'the Central Otago network' (the company's networks by place)
 entities=[E("Company", AUR, "Dunedin Electricity Limited", "Dunedin Electricity"), E("Location", "New Zealand"),
           E("Location", "Dunedin"), E("Location", "Central Otago"), E("Location", "Queenstown Lakes"),
           E("Location", "Wanaka"), E("Company", "Dunedin City Holdings Limited"), E("Organization", DCC),
           E("Location", "Waipori River"), E("Location", "Waipori scheme"), E("Location", "Lake Mahinerangi"),
           E("Location", "Waitaki power station"), E("Location", "South Island"),
           E("Company", "Waipori Power Generation Limited"), E("Company", "Delta Utility Services"),
           E("Company", "Transpower"), E("Location", "Halfway Bush"), E("Location", "South Dunedin"),
           E("Location", "Clyde"), E("Location", "Cromwell"), E("Location", "Frankton"),
           E("Location", "Cromwell GXP")],
 # no person is named
 roles=[],
 # 'Aurora Energy is owned by Dunedin City Holdings Limited on behalf of the Dunedin City Council' ->
 # parentOrganization(Aurora Energy, Dunedin City Holdings Limited) (the council 'on behalf of' which it is held: no
 # second relation, and none between the holding company and the council, which the text does not call its owner;
 # doubtful); 'the Dunedin City Council separated its lines and energy businesses. A new company Waipori Power
 # Generation Limited, was formed to take over the energy business.' -> parentOrganization(Waipori Power Generation
 # Limited, Dunedin City Council) (doubtful: passive 'was formed'); 'the Council established a utility contracting
 # company that was eventually renamed as Delta Utility Services' -> parentOrganization(Delta Utility Services, Dunedin
 # City Council); "Aurora Energy's distribution network is supplied from Transpower's national grid" ->
 # partner(Aurora Energy, Transpower) (a supplier; doubtful). Near-misses, no relation: 'to manage the Council's
 # electricity lines business' (the company's task, its owner told in the lead); the Waipori scheme 'interconnected
 # with the Waitaki power station' (facilities)
 relations=[L(AUR, "parentOrganization", "Dunedin City Holdings Limited"),
            L("Waipori Power Generation Limited", "parentOrganization", DCC),
            L("Delta Utility Services", "parentOrganization", DCC), L(AUR, "partner", "Transpower")],
 outages=[],
 # '1907', '1935', '1990', '26 June 1990', '1 July 2003'; 'for almost 80 years', 'In the same year' -> nothing
 dates=[D("1907", "1907"), D("1935", "1935"), D("1990", "1990"), D("26 June 1990", "1990-06-26"),
        D("1 July 2003", "2003-07-01")])

# ---- electricity supply, Sydney: Electric Light and Power Supply Corporation (wikimili.com's copy) -----------------
ELP = "Electric Light and Power Supply Corporation Limited"
A["wp-electric-light-and-power-supply-corporation"] = dict(
 # the company -> Company 'Electric Light and Power Supply Corporation Limited' (alias 'EL&PSC'; 'The company', 'a
 # private company set up for that purpose' generic); 'the Inner West' (of Sydney), Sydney, New South Wales,
 # Australia, 'the Borough of Balmain' -> Location; 'the Balmain Power Station' (alias "Balmain 'A'", its later name:
 # 'the newly completed power station (later known as Balmain 'A')'), 'the Iron Cove Bridge' -> Location (named
 # facilities); 'the New South Wales Government', 'the Electricity Commission of New South Wales' -> Organization. No
 # entity: 'The Borough of Balmain Electric Lighting Act 1906', 'the 1906 Act of Parliament' (laws), 'the local
 # council' (unnamed), 'the stock exchange' (unnamed), 'the Sydney region' (Sydney's entity covers the name)
 entities=[E("Company", ELP, "EL&PSC"), E("Location", "Inner West"), E("Location", "Sydney"),
           E("Location", "New South Wales"), E("Location", "Australia"),
           E("Location", "Balmain Power Station", "Balmain 'A'"), E("Organization", "New South Wales Government"),
           E("Organization", "Electricity Commission of New South Wales"), E("Location", "Borough of Balmain"),
           E("Location", "Iron Cove Bridge")],
 # no person is named
 roles=[],
 # Near-misses, no relation: 'It was nationalised in 1956, by the New South Wales Government, and its assets and
 # operations became a part of the Electricity Commission of New South Wales' ('nationalised' -> no relation, as
 # GATHERING.md; the assets and operations, not the company, 'became a part of' the commission); 'It owned and
 # operated the Balmain Power Station' (a facility, a Location: no relation attaches); 'This right was contracted to
 # a private company' (the council unnamed)
 relations=[],
 outages=[],
 # '1909', '1956', '1 January 1957', '1906' (in the Act's name and 'the 1906 Act', listed once), '1908' (twice,
 # listed once), '30 September 1909', '1914', '1954'
 dates=[D("1909", "1909"), D("1956", "1956"), D("1 January 1957", "1957-01-01"), D("1906", "1906"),
        D("1908", "1908"), D("30 September 1909", "1909-09-30"), D("1914", "1914"), D("1954", "1954")])

# ---- electricity supply, South Africa: Victoria Falls and Transvaal Power Company (en.wikipedia.org) -----------------
VFP = "Victoria Falls and Transvaal Power Company"
BSA = "British South Africa Company"
ACS = "African Concessions Syndicate"
A["wp-victoria-falls-and-transvaal-power-company"] = dict(
 # the company -> Company 'Victoria Falls and Transvaal Power Company' (aliases 'Victoria Falls Power Company' and
 # 'VFPC', the company formed on 17 October 1906 as the lead's 'It was formed in 1906' tells it; doubtful: the text
 # does not say the name changed); 'Eskom' -> Company (as the corpus types it); 'the British South Africa Company'
 # (alias 'BSA'), 'the African Concessions Syndicate' (alias 'ACS'; 'This syndicate' generic) -> Company; Cecil John
 # Rhodes -> Person; 'the Witwatersrand', Southern Rhodesia, 'the Transvaal', South Africa, Victoria Falls -> Location;
 # 'the Transvaal Colony government' -> Location 'Transvaal Colony' (the colony named; 'government' lowercase;
 # doubtful). No entity: 'the goldmines', 'the goldfields' (unnamed), 'the stock market', 'The coal owners'
 # (unnamed), 'South African-based', 'Southern Rhodesian registered' (adjectives; the places have entities by their
 # own names)
 entities=[E("Company", VFP, "Victoria Falls Power Company", "VFPC"), E("Location", "Witwatersrand"),
           E("Location", "Southern Rhodesia"), E("Location", "Transvaal"), E("Location", "South Africa"),
           E("Company", "Eskom"), E("Company", BSA, "BSA"), E("Person", "Cecil John Rhodes"),
           E("Company", ACS, "ACS"), E("Location", "Victoria Falls"), E("Location", "Transvaal Colony")],
 # 'the British South Africa Company (BSA), established by Cecil John Rhodes' -> founder (one man named alone;
 # GUIDELINES part 2, Roles, 'Founders'), current true
 roles=[R("Cecil John Rhodes", "founder", BSA)],
 # 'the British South Africa Company (BSA) ... created a subsidiary called the African Concessions Syndicate (ACS)' ->
 # parentOrganization(ACS, BSA); 'until 1948 when it was expropriated by the former' (Eskom) -> acquired(Eskom, the
 # company) + parentOrganization(the company, Eskom) (a completed takeover of the company; doubtful: an expropriation,
 # and 'the former' for Eskom); 'would supply power in its own name and on behalf of Eskom' -> partner(the company,
 # Eskom) (a supply arrangement; doubtful). Near-misses, no relation: 'the ACS sold its concessions to VFPC for
 # £120,000 and one million shares' (an asset sale; the shares are not said to give the ACS control); 'The coal
 # owners lobbied the Transvaal Colony government' (unnamed owners)
 relations=[L(ACS, "parentOrganization", BSA), L("Eskom", "acquired", VFP), L(VFP, "parentOrganization", "Eskom"),
            L(VFP, "partner", "Eskom")],
 outages=[],
 # '1906' (twice, listed once), '1948', '1896', '17 October 1906', '14 December 1906'; 'Two months later', 'for
 # seventy-five years', 'during the dry season' -> nothing
 dates=[D("1906", "1906"), D("1948", "1948"), D("1896", "1896"), D("17 October 1906", "1906-10-17"),
        D("14 December 1906", "1906-12-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
