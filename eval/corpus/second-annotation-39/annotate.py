#!/usr/bin/env python3
"""Second annotation of the 12 batch-38 articles in /tmp/agree39-tmp (stripped copies, drawn by pick.py), made from
their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids,
and the conventions settled in second-annotation-35/README.md).
Writes the gold files into the folder given as the first argument, with the checks of eval/corpus/second_sample.write.
usage: annotate.py OUT_DIR"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2023-11-21 (Tuesday). Lords written answer on Surrey's water supply after Storm Ciarán. One outage: Storm
# Ciarán shut down Thames Water's Shalford Water Treatment Works in Guildford "During 4 and 5 November" and ~20,000
# properties lost water -> provider Thames Water, date 2023-11-04 (the first day), location the works (corpus: Bryn
# Cowlyd Water Treatment Works in welsh-government-written-statement-water-supply-interruption-conwy, Mythe water
# treatment works in hansard-written-answer-floods-tewkesbury...; doubtful: Guildford would also do), cause Storm
# Ciarán. No affected organisation or service is named (properties only). End null: "Most properties were back on
# supply on 8 November" is a day for most, not all, and no clock time; no duration stated (doubtful: end 2023-11-08).
# Storms are no entities (none in train). Treatment works = named facility -> Location. "His Majesty's Government" is an
# Organization (every hansard-lords file). Rebecca Pow "Defra's Environment Minister" -> minister at Defra (doubtful:
# the corpus gives ministers their country, but neither the UK nor Britain is named; England is named only for its
# water supplies, so I took the department the text names). Cathryn Ross "joint CEO Thames Water" -> ceo. Defra,
# Drinking Water Inspectorate, Ofwat: Organization, no relation stated. "Plan for Water", "Water Resource Management
# Plans" are plans, not entities. Dates: "4 and 5 November" -> 2023-11 (a span of days is dated to the month, as the
# second-annotation-35 convention, fcc-rosenworcel-statement-multistate-911-outage-2014; acma-telstra... gave the first
# day instead), "8 November", "9 November", "Tuesday Nov 14" (a Tuesday in 2023), "April 2023", "Earlier this year" ->
# 2023; "2020-2025" is a period range (skipped, as "2024–25" in acma-telstra...); "the next 25 years" no date.
TW = "Thames Water"
A["hansard-lords-written-answer-thames-water-shalford-storm-ciaran-2023"] = dict(
    entities=[E("Organization", "His Majesty's Government"), E("Location", "Surrey"), E("Company", TW),
              E("Location", "Shalford Water Treatment Works"), E("Location", "Guildford"), E("Organization", "Defra"),
              E("Person", "Rebecca Pow"), E("Person", "Cathryn Ross"), E("Organization", "Drinking Water Inspectorate"),
              E("Organization", "Ofwat"), E("Location", "England")],
    roles=[R("Rebecca Pow", "minister", "Defra"), R("Cathryn Ross", "ceo", TW)],
    relations=[],
    outages=[O(TW, "2023-11-04", [], "Shalford Water Treatment Works", "Storm Ciarán")],
    dates=[D("4 and 5 November", "2023-11"), D("8 November", "2023-11-08"), D("9 November", "2023-11-09"),
           D("Tuesday Nov 14", "2023-11-14"), D("April 2023", "2023-04"), D("Earlier this year", "2023")])

# published 2025-10-08 (Wednesday). Seanad Commencement matter on storm power cuts in Roscommon. Three outages told
# apart, one per storm: (1) Storm Amy: constituents in Roscommon "spent the weekend without power"; the speaker visited
# people in Ballinlough without power on "Friday morning" -> date 2025-10-03 (the earliest day the text puts them
# without power; doubtful: 2025-10, as the 35 annotator dated a storm "over the weekend" to the month), location
# Roscommon. (2) Storm Éowyn "back in February", 768,000 customers across the country -> 2025-02, location null (the
# country is not named). (3) Storm Floris on "the August bank holiday weekend" left "a large part of west Roscommon"
# without power -> 2025-08, location west Roscommon. Cause: the storm's name each time. Provider ESB for all three
# (doubtful): "The ESB needs support for it" names it as the body whose lines run through the forestry corridors, i.e.
# the grid operator (train oireachtas-dail-response-storm-eowyn-esb-power-outages-2025 gives ESB as provider of the
# Éowyn outage); provider null would follow the 35 annotator's Scottish storm file where the utilities were only
# websites. Persons: Deputies O'Brien, Fitzmaurice and Kerrane by surname (train: "Deputy Spring" -> Person "Spring");
# O'Brien is "the Minister" but no country is named ("this country") -> no role; TDs no role; the Minister of State is
# unnamed. Storms, the Bill, "Government approval" (adjectival) not annotated. Dates: "this morning" and "8 October" ->
# 2025-10-08; "February" -> 2025-02; "29 July 2025"; "Friday morning" -> 2025-10-03; "the August bank holiday weekend"
# -> 2025-08 (a weekend in a known month; doubtful surface text/skip); "Bill 2025" is a name (train: Act years not
# dated); "the weekend", "throughout the weekend", "the coming weeks" skipped.
A["oireachtas-seanad-roscommon-storm-amy-floris-power-outages-esb-2025"] = dict(
    entities=[E("Person", "O'Brien"), E("Location", "Roscommon"), E("Location", "Ballinlough"),
              E("Person", "Fitzmaurice"), E("Person", "Kerrane"), E("Company", "ESB")],
    roles=[],
    relations=[],
    outages=[O("ESB", "2025-10-03", [], "Roscommon", "Storm Amy"), O("ESB", "2025-02", [], None, "Storm Éowyn"),
             O("ESB", "2025-08", [], "west Roscommon", "Storm Floris")],
    dates=[D("this morning", "2025-10-08"), D("February", "2025-02"), D("the August bank holiday weekend", "2025-08"),
           D("29 July 2025", "2025-07-29"), D("8 October", "2025-10-08"), D("Friday morning", "2025-10-03")])

# published 2014-04-09 (Wednesday). NPS release: a plan to improve Yellowstone's power distribution, operated by
# Northwestern Energy (NWE), approved by Sue Masica, "Director of the Intermountain Region of the National Park
# Service" -> director (train: directors of FTC bureaus -> director) at Intermountain Region (Organization),
# Intermountain Region parentOrganization National Park Service (train: FTC regions -> parentOrganization FTC). No
# outage: the "frequent outages" are general, none is told apart. The power distribution is not a named Service: no
# provider relation. Yellowstone National Park and Montana: Location. Dates: "November 6, 2013"; "last week" skipped
# (binding rule); "the 1950's" is a decade (not dated, 35 convention).
NWE = "Northwestern Energy"
A["us-nps-yellowstone-northwestern-energy-utility-upgrade-plan-approved-release-2014"] = dict(
    entities=[E("Location", "Yellowstone National Park"), E("Company", NWE, "NWE"), E("Person", "Sue Masica"),
              E("Organization", "Intermountain Region"), E("Organization", "National Park Service"),
              E("Location", "Montana")],
    roles=[R("Sue Masica", "director", "Intermountain Region")],
    relations=[L("Intermountain Region", PO, "National Park Service")],
    outages=[],
    dates=[D("November 6, 2013", "2013-11-06")])

# published 2006-04-17 (Monday). Hyundai Motor graft probe; IATA flight routes over China; MTR-KCR merger. Roles: Lee
# Jung-dae "Chief Financial Officer" -> cfo, Kim Seung-nyun "Vice President of Accounting" -> vice-president, Chung
# Mong-koo "Hyundai Motor Chairman" -> chairman, all at Hyundai Motor; Chung Eui-sun "runs Hyundai affiliate, Kia Motors"
# -> head at Kia Motors (doubtful: ceo or president; "runs" names no title). "Hyundai affiliate, Kia Motors" -> Kia
# Motors parentOrganization Hyundai Motor (doubtful: an affiliate need not be owned; train wn-prosecutors-...-livedoor
# gives "its affiliate Livedoor Marketing" parentOrganization, wp-gcash gives "an affiliate company of the Alibaba
# Group" nothing). "Hyundai" alone is an alias of Hyundai Motor. IATA (alias IATA) is an Organization (train
# wn-ash-triggered...). Albert Tjoeng "a corporate communications manager for IATA" -> executive ("manager" ->
# executive, GUIDELINES; spokesperson also plausible). MTR ("the territory's main subway system, known as the MTR") and
# the Kowloon-Canton Railway ("or KCR system") are Services (subway networks: train wp-mtr-corporation Mass Transit
# Railway, wp-manhattan-blackout New York City Subway); no operator named; the approved merger terms say nothing of who
# buys whom -> no relation. Beijing (the government by metonymy), China, South Korea, Singapore, Europe, Hong Kong:
# Location. Police detentions are no outage. Dates: "Friday" -> 2006-04-14; "six years", "[per year]" no date.
HM = "Hyundai Motor"
A["voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006"] = dict(
    entities=[E("Location", "South Korea"), E("Company", HM, "Hyundai"), E("Person", "Lee Jung-dae"),
              E("Person", "Kim Seung-nyun"), E("Person", "Chung Mong-koo"), E("Location", "China"),
              E("Person", "Chung Eui-sun"), E("Company", "Kia Motors"),
              E("Organization", "International Air Transport Association", "IATA"), E("Location", "Singapore"),
              E("Location", "Beijing"), E("Person", "Albert Tjoeng", "Tjoeng"), E("Location", "Europe"),
              E("Location", "Hong Kong"), E("Service", "MTR"), E("Service", "Kowloon-Canton Railway", "KCR")],
    roles=[R("Lee Jung-dae", "cfo", HM), R("Kim Seung-nyun", "vice-president", HM), R("Chung Mong-koo", "chairman", HM),
           R("Chung Eui-sun", "head", "Kia Motors"),
           R("Albert Tjoeng", "executive", "International Air Transport Association")],
    relations=[L("Kia Motors", PO, HM)],
    outages=[],
    dates=[D("Friday", "2006-04-14")])

# published 2006-02-10 (Friday). VOA weekly Japan business news: JAL shareholder demands the president's resignation;
# Toyota's Canadian plant. Eitaro Itoyama "a former parliament member and the biggest individual shareholder" -> no
# role (legislator; a shareholder is no title). JAL's president is unnamed. Stephen Pearlman "a spokesman for JAL" ->
# spokesperson at Japan Airlines (alias JAL). VOA is a Company (train voa-pccw..., voa-tokyo-motor-show...). Toyota
# Motor (alias Toyota), General Motors, Ford Motor: Company. U.S. ("U.S. auto makers") and Canada: Location (train gives
# "U.S." as a Location in VOA files). The plant is unnamed. Dates: "Last year" -> 2005; "the three months ending
# December 31" -> 2005-Q4 (a calendar quarter, as "the first three months of 2023" -> 2023-Q1 in train; doubtful: one
# could list "December 31" -> 2005-12-31 instead); "2008"; "fiscal year 2006" skipped (fiscal year, not calendar);
# "for months", "in recent years" skipped.
JAL = "Japan Airlines"
A["voa-jal-shareholder-itoyama-toyota-canada-plant-2006"] = dict(
    entities=[E("Company", JAL, "JAL"), E("Company", "Toyota Motor", "Toyota"), E("Company", "VOA"),
              E("Location", "Japan"), E("Person", "Eitaro Itoyama"), E("Person", "Stephen Pearlman", "Pearlman"),
              E("Location", "Canada"), E("Location", "U.S."), E("Company", "General Motors"),
              E("Company", "Ford Motor")],
    roles=[R("Stephen Pearlman", "spokesperson", JAL)],
    relations=[],
    outages=[],
    dates=[D("Last year", "2005"), D("the three months ending December 31", "2005-Q4"), D("2008", "2008")])

# published 2004-06-18 (Friday). Kintetsu Buffaloes / Orix Blue Wave proposed merger; Mitsubishi Fuso defects; Mitsui
# and Lohr Industrie. Baseball teams are Organizations (GUIDELINES; train voa-tokyo-motor-show...: Golden Eagles);
# "the Kintetsu club" -> alias "Kintetsu" of Kintetsu Buffaloes (its owner is only "a railway company", unnamed). The
# merger is proposed -> nothing. Nobuteru Ishihara "Japan's transportation minister" -> minister at Japan (alias
# Ishihara from "Mr. Ishihara"). Transportation Ministry: Organization. Wilfried Porth "Company President" of the truck
# maker -> president at Mitsubishi Fuso (alias Porth). "spun off from Mitsubishi Motors early last year" ->
# parentOrganization(Mitsubishi Fuso, Mitsubishi Motors) (train: spun-off units keep the former parent, wp-kioxia...,
# wn-autodesk-buy-alias...; doubtful: a spin-off may end ownership). The arrested former president of Mitsubishi
# Motors is unnamed. Mitsui "acquired the Asian sales rights for streetcars from France's Lohr Industrie" -> partner
# (Mitsui, Lohr Industrie) (a distribution/licensing deal; train practice "X, Y's distributor" -> partner; doubtful:
# could be read as an asset purchase -> nothing). The truck defects and recalls are product defects, no outage.
# U.S. ("the U.S. major leagues"), Japan, France: Location. Dates: "early last year" -> 2003; "this week", "in the
# past" skipped.
MF = "Mitsubishi Fuso"
A["voa-kintetsu-orix-merger-mitsubishi-fuso-defects-mitsui-lohr-2004"] = dict(
    entities=[E("Location", "Japan"), E("Organization", "Kintetsu Buffaloes", "Kintetsu"),
              E("Organization", "Orix Blue Wave"), E("Person", "Nobuteru Ishihara", "Ishihara"), E("Location", "U.S."),
              E("Company", MF), E("Person", "Wilfried Porth", "Porth"), E("Organization", "Transportation Ministry"),
              E("Company", "Mitsubishi Motors"), E("Company", "Mitsui"), E("Location", "France"),
              E("Company", "Lohr Industrie")],
    roles=[R("Nobuteru Ishihara", "minister", "Japan"), R("Wilfried Porth", "president", MF)],
    relations=[L(MF, PO, "Mitsubishi Motors"), L("Mitsui", PA, "Lohr Industrie")],
    outages=[],
    dates=[D("early last year", "2003")])

# published 2002-06-07 (Friday). NEC and Matsushita set up Cosmobic Technologies with Huawei Technologies; Hitachi and
# IBM put their hard-drive operations into a new joint company. Joint venture convention (train wp-o2-uk,
# wp-kotak-mahindra-bank, wp-st-ericsson, wp-sony-bmg): partner between the owners, direction as written
# (NEC -> Matsushita, NEC -> Huawei Technologies, Matsushita -> Huawei Technologies) and parentOrganization of the
# named venture to each owner (doubtful: the corpus also has an equal venture with partner only, Dow Corning). The
# licence of Matsushita's and NEC's services to Cosmobic adds nothing beyond these. Hitachi/IBM: the joint company is
# unnamed -> partner(Hitachi, IBM) only; Hitachi paying for "IBM's unprofitable hard-drive business" is an asset
# purchase (nothing). Koji Nishigaki "NEC President" -> president at NEC; Hitachi's president unnamed. "The Japanese
# Finance Ministry" -> Organization named by its fullest form. Japan, China, United States: Location. Dates: "the
# first three months of this year" -> 2002-Q1 (one item, as "the third quarter of this year" in train); "a year
# earlier" -> 2001-Q1 (the same quarter a year before; as "the same period a year earlier" in
# wn-bank-america-reports-losses...; doubtful: voa-konica-minolta... leaves "from a year earlier" out); "1998".
HU, CO = "Huawei Technologies", "Cosmobic Technologies"
A["voa-nec-matsushita-huawei-joint-venture-hitachi-ibm-hard-drives-2002"] = dict(
    entities=[E("Company", "NEC"), E("Company", "Matsushita"), E("Location", "Japan"), E("Location", "China"),
              E("Company", HU), E("Company", CO), E("Person", "Koji Nishigaki"), E("Company", "Hitachi"),
              E("Company", "IBM"), E("Location", "United States"), E("Organization", "Japanese Finance Ministry")],
    roles=[R("Koji Nishigaki", "president", "NEC")],
    relations=[L("NEC", PA, "Matsushita"), L("NEC", PA, HU), L("Matsushita", PA, HU), L(CO, PO, "NEC"),
               L(CO, PO, "Matsushita"), L(CO, PO, HU), L("Hitachi", PA, "IBM")],
    outages=[],
    dates=[D("the first three months of this year", "2002-Q1"), D("a year earlier", "2001-Q1"), D("1998", "1998")])

# published 2002-01-14 (Monday). Sanyo Electric (alias Sanyo) forms "a broad business tie-up" with the Haier Group ->
# partner(Sanyo Electric, Haier Group). Fast Retailing "known for its popular Uniqlo brand" -> Uniqlo is a Service
# (brand users buy; GUIDELINES: a brand is a Service) with provider Fast Retailing (doubtful: Uniqlo as a Company).
# Tadashi Yanai "Fast Retailing's president" -> president (alias Yanai). The Japanese unit of Merrill Lynch is unnamed;
# Merrill Lynch "had taken over some branches and more than 2,000 employees from the collapsed Yamaichi Securities" is
# an asset purchase -> nothing. "Toyota's Corolla" -> Corolla Service, provider Toyota (train voa-konica-minolta...
# does the same). Japan Automobile Dealers Association: Organization. Japan, China, U.S.: Location. Dates: "later this
# year" -> 2002; "1998"; "2001"; "the 33rd year in a row" no date.
A["voa-sanyo-haier-tie-up-fast-retailing-yanai-merrill-lynch-2002"] = dict(
    entities=[E("Location", "Japan"), E("Company", "Sanyo Electric", "Sanyo"), E("Company", "Haier Group"),
              E("Location", "China"), E("Company", "Fast Retailing"), E("Service", "Uniqlo"),
              E("Person", "Tadashi Yanai", "Yanai"), E("Company", "Merrill Lynch"), E("Location", "U.S."),
              E("Company", "Yamaichi Securities"), E("Company", "Toyota"),
              E("Organization", "Japan Automobile Dealers Association"), E("Service", "Corolla")],
    roles=[R("Tadashi Yanai", "president", "Fast Retailing")],
    relations=[L("Sanyo Electric", PA, "Haier Group"), L("Uniqlo", P, "Fast Retailing"), L("Corolla", P, "Toyota")],
    outages=[],
    dates=[D("later this year", "2002"), D("1998", "1998"), D("2001", "2001")])

# published 2009-06-19 (Friday). Google, Facebook and the BBC expand Farsi services after Iran's election. Google
# Translate (alias "Translate", from "its Translate service") is a Service with provider Google. Facebook: Company (its
# web site is unnamed). YouTube: Service, no provider (the text does not say who runs it). BBC Persian Television, the
# BBC's "Farsi news channel" -> Company with parentOrganization BBC (train types BBC channels as Companies with the BBC
# as parent: BBC Radio 5 Live, BBC Vision in wn-george-entwistle...; doubtful: Service). Franz-Josef Och: Person, no
# role (no title or organisation stated, although "The company states" implies Google). Satellites Hot Bird 6, Eutelsat
# W2M, Nilesat: Service (train wn-ariane-rocket-launches... types satellites Service); no operator named (Eutelsat
# appears only inside the satellite name). "British Foreign Office" (funds BBC Persian; funding is no partnership) and
# "British Government": Organization; "the Iranian government" is a generic phrase, not annotated. Iran: Location.
# Outage (doubtful): the BBC says its broadcasts on Hot Bird 6 "had been aggressively jammed" by the Iranian
# government, which is why it moved to other satellites -> a service viewers lost through deliberate interference
# (like a cyber attack taking a service down): provider BBC, affected BBC Persian Television, no date, location null
# (not said where viewers lost it), cause signal jamming by the Iranian government. One could also read jamming as no
# failure of the BBC's systems (no outage). Dates: none resolvable ("the recent presidential election", "the near
# future").
A["wn-news-services-web-companies-increase-farsi-2009"] = dict(
    entities=[E("Company", "Google"), E("Service", "Google Translate", "Translate"), E("Company", "Facebook"),
              E("Company", "BBC"), E("Company", "BBC Persian Television"), E("Person", "Franz-Josef Och"),
              E("Location", "Iran"), E("Service", "YouTube"), E("Organization", "British Foreign Office"),
              E("Organization", "British Government"), E("Service", "Hot Bird 6"), E("Service", "Eutelsat W2M"),
              E("Service", "Nilesat")],
    roles=[],
    relations=[L("Google Translate", P, "Google"), L("BBC Persian Television", PO, "BBC")],
    outages=[O("BBC", None, ["BBC Persian Television"], None, "signal jamming by the Iranian government")],
    dates=[])

# published 2007-05-15 (Tuesday). PayPal gets a Luxembourg banking licence. PayPal: Company (it becomes a bank, moves
# its headquarters; train wn-google-launches-online-payment-service..., wn-paypal-freezes... type it Company with
# parentOrganization eBay); "its mother company eBay" -> parentOrganization(PayPal, eBay). Christopher Coonen "General
# Manager of PayPal Southern Europe and Benelux" -> executive ("general manager" -> executive, 35 convention) at
# PayPal Southern Europe and Benelux, annotated as a Company unit with parentOrganization PayPal (doubtful: the role
# could go to PayPal and the unit be left out as a regional description). "U.K. Financial Services Authority":
# Organization named by its fullest form. Britain with alias "U.K." (one country; train hansard-commons-opel-vauxhall...
# gives Britain with alias UK). The Daily Telegraph: Company. "Google's payment service Google Checkout" -> Service,
# provider Google. Luxembourg, Europe: Location. "local partners" unnamed. Dates: "2004"; "last month" -> 2007-04.
PP, PSE = "PayPal", "PayPal Southern Europe and Benelux"
A["wn-paypal-receives-banking-licence-2007"] = dict(
    entities=[E("Company", PP), E("Location", "Luxembourg"),
              E("Organization", "U.K. Financial Services Authority"), E("Person", "Christopher Coonen", "Coonen"),
              E("Company", PSE), E("Location", "Britain", "U.K."), E("Location", "Europe"),
              E("Company", "The Daily Telegraph"), E("Company", "Google"), E("Service", "Google Checkout"),
              E("Company", "eBay")],
    roles=[R("Christopher Coonen", "executive", PSE)],
    relations=[L(PP, PO, "eBay"), L(PSE, PO, PP), L("Google Checkout", P, "Google")],
    outages=[],
    dates=[D("2004", "2004"), D("last month", "2007-04")])

# published null. Björgólfur Thor Björgólfsson (aliases "Thor Bjorgolfsson", "Björgólfur"). Roles: chairman of
# Straumur-Burðarás, of Novator and of Actavis ("The Actavis Group" later: one entity named Actavis Group, alias
# Actavis), all current. "opened a brewery in Russia ... his Bravo Brewery" -> founder of Bravo Brewery, current=true
# (founding does not lapse; doubtful). "He later sold that venture to Heineken" -> acquired(Heineken, Bravo Brewery) +
# parentOrganization. "He has since sold Eimskip to the Avion group" -> acquired(Avion group, Eimskip) +
# parentOrganization. "The Actavis Group acquired ... Amide Pharmaceutical" -> acquired + parentOrganization. His own
# purchases (ruling share of Eimskip and Burðarás, Lotus Laboratories, 25% of Netia) and his unnamed holding company's
# 45% of Landsbanki Íslands: no relation (acquired needs a Company as buyer; the holding company is unnamed).
# Burðarás is kept apart from Straumur-Burðarás (the text names both separately). Botchkarov, the beer -> Service with
# provider Bravo Brewery. Hafskip ("his father's bankrupt firm"; father unnamed): Company. Forbes Magazine, The Sunday
# Times: Company ("Sunday Times Rich List" is a list, not an entity). New York University: Organization. Reykjavík,
# Iceland, United States, Russia, New Jersey: Location (Bulgarian, Polish, Indian are adjectives). Dates (published
# null: absolute only): "1967-03-19", "2007", "1986", "1991", "2002", "2003", "2005"; "last year" cannot be resolved.
BTB, AG = "Björgólfur Thor Björgólfsson", "Actavis Group"
A["wp-bjorgolfur-thor-bjorgolfsson"] = dict(
    entities=[E("Person", BTB, "Thor Bjorgolfsson", "Björgólfur"), E("Location", "Reykjavík"), E("Location", "Iceland"),
              E("Company", "Straumur-Burðarás"), E("Company", "Novator"), E("Company", "Forbes Magazine"),
              E("Company", "The Sunday Times"), E("Location", "United States"), E("Company", "Hafskip"),
              E("Organization", "New York University"), E("Location", "Russia"), E("Company", "Bravo Brewery"),
              E("Service", "Botchkarov"), E("Company", "Heineken"), E("Company", "Landsbanki Íslands"),
              E("Company", "Eimskip"), E("Company", "Burðarás"), E("Company", "Avion group"),
              E("Company", AG, "Actavis"), E("Company", "Lotus Laboratories"), E("Company", "Netia"),
              E("Location", "New Jersey"), E("Company", "Amide Pharmaceutical")],
    roles=[R(BTB, "chairman", "Straumur-Burðarás"), R(BTB, "chairman", "Novator"), R(BTB, "chairman", AG),
           R(BTB, "founder", "Bravo Brewery")],
    relations=[L("Heineken", AQ, "Bravo Brewery"), L("Bravo Brewery", PO, "Heineken"), L("Avion group", AQ, "Eimskip"),
               L("Eimskip", PO, "Avion group"), L(AG, AQ, "Amide Pharmaceutical"), L("Amide Pharmaceutical", PO, AG),
               L("Botchkarov", P, "Bravo Brewery")],
    outages=[],
    dates=[D("1967-03-19", "1967-03-19"), D("2007", "2007"), D("1986", "1986"), D("1991", "1991"), D("2002", "2002"),
           D("2003", "2003"), D("2005", "2005")])

# published null. Tiscali S.p.a. (alias Tiscali), based in Cagliari, Sardinia. "created ... by Renato Soru" -> founder
# (alias Soru). Tiscali Free Net "a subscription-free Internet service" -> Service, provider Tiscali S.p.a. The many
# smaller ISPs it acquired are unnamed. The Italian and French stock exchanges are not named (lowercase descriptions;
# 35 convention: no exchange named -> none). "its Austrian branch, Tiscali Österreich GmbH" and "its South African
# branch, Tiscali (Pty) Ltd" -> parentOrganization Tiscali S.p.a. (past ownership is still recorded); both sold ->
# acquired(Nextra Telecom GmbH, Tiscali Österreich GmbH) and acquired(MWEB Holdings (Pty) Ltd, Tiscali (Pty) Ltd), each
# with parentOrganization to the buyer. Italy: Location. Dates (published null): "January 1998", "March 1999",
# "October 1999", "2012", "2001", "2003", "2004", "16 August 2004", "20 August 2004"; "the late 1990s" is a decade
# (not dated, 35 convention).
TS, TA, TZ = "Tiscali S.p.a.", "Tiscali Österreich GmbH", "Tiscali (Pty) Ltd"
NX, MW = "Nextra Telecom GmbH", "MWEB Holdings (Pty) Ltd"
A["wp-tiscali"] = dict(
    entities=[E("Company", TS, "Tiscali"), E("Location", "Cagliari"), E("Location", "Sardinia"),
              E("Person", "Renato Soru", "Soru"), E("Service", "Tiscali Free Net"), E("Location", "Italy"),
              E("Company", TA), E("Company", NX), E("Company", TZ), E("Company", MW)],
    roles=[R("Renato Soru", "founder", TS)],
    relations=[L("Tiscali Free Net", P, TS), L(TA, PO, TS), L(NX, AQ, TA), L(TA, PO, NX), L(TZ, PO, TS), L(MW, AQ, TZ),
               L(TZ, PO, MW)],
    outages=[],
    dates=[D("January 1998", "1998-01"), D("March 1999", "1999-03"), D("October 1999", "1999-10"), D("2012", "2012"),
           D("2001", "2001"), D("2003", "2003"), D("2004", "2004"), D("16 August 2004", "2004-08-16"),
           D("20 August 2004", "2004-08-20")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree39-tmp", sys.argv[1]), "written")
