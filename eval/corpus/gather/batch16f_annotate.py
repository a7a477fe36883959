#!/usr/bin/env python3
"""Batch 16f gold annotations (the 15 texts of batch16f.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 15 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch16f_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, people
import batch10_annotate as b10

IDS = sorted("""hansard-lords-contribution-bt-privatisation-jefferson-vodafone-gent-retiring-chairman-2013
hansard-public-bill-committee-tariff-cap-bill-octopus-good-energy-bulb-ofgem-witnesses-2018
hansard-public-bill-committee-telecommunications-security-bill-three-o2-vodafone-witnesses-2021
oireachtas-committee-challenges-technology-sector-ida-interim-ceo-technology-ireland-2022
oireachtas-committee-electoral-reform-bill-facebook-ireland-twitter-public-policy-2021
oireachtas-committee-food-harvest-2020-fdii-meat-industry-ireland-dairy-directors-2012
uk-parliament-bis-committee-uk-retail-sector-alliance-boots-john-lewis-marks-spencer-2013
uk-parliament-cms-committee-bbc-charter-renewal-bskyb-freudenstein-witnesses-2004
uk-parliament-cms-committee-creative-industries-games-eidos-livingstone-elspa-2006
uk-parliament-cms-committee-draft-media-bill-itv-channel-4-paramount-directors-2023
uk-parliament-dcms-committee-immersive-addictive-technologies-electronic-arts-epic-games-2019
uk-parliament-energy-security-net-zero-committee-winter-centrica-eon-octopus-edf-2023
uk-parliament-health-committee-pharmaceutical-industry-glaxosmithkline-astrazeneca-witnesses-2005
uk-parliament-online-safety-bill-joint-committee-facebook-twitter-google-tiktok-witnesses-2021
uk-parliament-public-accounts-committee-tax-google-brittin-ernst-young-2013""".split())
A = {}


# Conventions (GUIDELINES.md part 2 and the 16d decisions): MPs' and peers' names without honorifics; committee chairs
# and other legislators get no role; 'general manager', 'country manager', 'general counsel', 'senior manager',
# 'divisional / department manager', 'team manager' -> executive; 'Director of X', 'Group Director of X', 'Senior
# Director', 'Executive Director' -> director; 'Head of X', 'head of X' -> head; director general of a body -> head;
# 'Senior Vice President', 'Vice President' -> vice-president; 'chief operating officer' -> coo; 'CEO', 'Chief
# Executive', 'interim CEO' -> ceo; 'Co-founder' -> cofounder; commissioners, auditors general, treasury officers and
# 'co-ordinator' -> other; a chief economist of a consumer body -> analyst. Clock times ('3pm', '12.30 pm') and years
# inside a bill's or strategy's name ('Electoral Reform Bill 2020', 'Food Harvest 2020') are not listed as dates.

# ---- pharma ---------------------------------------------------------------------------------------------------------
A["uk-parliament-health-committee-pharmaceutical-industry-glaxosmithkline-astrazeneca-witnesses-2005"] = dict(
 entities=people("David Hinchliffe", "John Austin", "Siobhain McDonagh", "Keith Bradley", "Doug Naysmith", "Simon Burns",
                 "Richard Taylor", "Jon Owen Jones", "Eddie Gray", "Stuart Dollow", "Chris Brinsmead", "John Patterson",
                 "Richard Barker", "Vincent Lawton", "David Chiswell", "Simon Clark")
 + [E("Company", "GlaxoSmithKline"), E("Company", "AstraZeneca"),
    E("Organization", "Association of the British Pharmaceutical Industry"),
    E("Organization", "BioIndustry Association", "Bioindustry Association"),
    E("Organization", "British Generic Manufacturers Association")],
 roles=[R("Eddie Gray", "vice-president", "GlaxoSmithKline"),  # 'Senior Vice President and General Manager'
        R("Eddie Gray", "executive", "GlaxoSmithKline"),
        R("Stuart Dollow", "vice-president", "GlaxoSmithKline"),  # 'Vice President, Medical Division'
        R("Chris Brinsmead", "executive", "AstraZeneca"),  # 'Marketing Co-President': a marketing post, not the company's president
        R("John Patterson", "director", "AstraZeneca"),  # 'Executive Director, Development'
        R("Richard Barker", "head", "Association of the British Pharmaceutical Industry"),  # Director General
        R("Vincent Lawton", "president", "Association of the British Pharmaceutical Industry"),
        R("David Chiswell", "chairman", "BioIndustry Association"),
        R("Simon Clark", "chairman", "British Generic Manufacturers Association")],
 relations=[], outages=[], dates=[])
# ---- games ----------------------------------------------------------------------------------------------------------
A["uk-parliament-dcms-committee-immersive-addictive-technologies-electronic-arts-epic-games-2019"] = dict(
 entities=[E("Organization", "Digital, Culture, Media and Sport Committee"), E("Organization", "House of Commons")]
 + people("Damian Collins", "Clive Efford", "Julie Elliott", "Paul Farrelly", "Simon Hart", "Ian C. Lucas", "Brendan O'Hara",
          "Jo Stevens", "Giles Watling", "Shaun Campbell", "Kerry Hopkins", "Canon Pence", "Matthew Weissinger", "Prince Harry")
 + [E("Location", "UK"), E("Company", "Electronic Arts", "EA"), E("Company", "Epic Games", "Epic"), E("Location", "United States"),
    E("Service", "Fortnite")],
 roles=[R("Shaun Campbell", "executive", "Electronic Arts"),  # 'UK Country Manager'
        R("Kerry Hopkins", "vice-president", "Electronic Arts"),
        R("Canon Pence", "executive", "Epic Games"),  # General Counsel
        R("Matthew Weissinger", "director", "Epic Games")],  # Director of Marketing
 relations=[L("Fortnite", "provider", "Epic Games")],  # 'Epic Games regarding Fortnite, a game you make'
 outages=[],
 dates=[D("Wednesday 19 June 2019", "2019-06-19"), D("19 June 2019", "2019-06-19"), D("this afternoon", "2019-06-19")])
A["uk-parliament-cms-committee-creative-industries-games-eidos-livingstone-elspa-2006"] = dict(
 entities=[E("Organization", "Select Committee on Culture, Media and Sport"),
           E("Person", "Ian Livingstone", "IAN LIVINGSTONE", "Livingstone"), E("Person", "Paul Jackson", "PAUL JACKSON", "Jackson"),
           E("Location", "UK"), E("Company", "Eidos Interactive UK"), E("Company", "Games Workshop"),
           E("Organization", "Entertainment & Leisure Software Publishers Association"), E("Person", "Adam Price"),
           E("Location", "Korea"), E("Location", "China")],
 roles=[R("Ian Livingstone", "founder", "Games Workshop"),  # 'was the founder of the Games Workshop'; 'of Eidos': no title
        R("Paul Jackson", "head", "Entertainment & Leisure Software Publishers Association")],  # Director General
 relations=[], outages=[],
 dates=[D("TUESDAY 17 OCTOBER 2006", "2006-10-17"), D("1975", "1975")])
# ---- technology -----------------------------------------------------------------------------------------------------
A["uk-parliament-online-safety-bill-joint-committee-facebook-twitter-google-tiktok-witnesses-2021"] = dict(
 entities=[E("Company", "Facebook"), E("Company", "Twitter"), E("Company", "Google"), E("Company", "TikTok"),
           E("Company", "YouTube"),  # an employer of a witness here (as the corpus types YouTube where people hold posts at it)
           E("Organization", "Joint Committee on the draft Online Safety Bill", "Joint Committee")]
 + people("Antigone Davis", "Rebecca Stimson", "Leslie Miller", "Markham C. Erickson", "Nick Pickles", "Theo Bertram",
          "Frances Haugen", "Maria Ressa", "Damian Collins")
 + [E("Location", "UK"), E("Location", "Europe"), E("Company", "Rappler")],
 roles=[R("Antigone Davis", "head", "Facebook"),  # Global Head of Safety
        R("Rebecca Stimson", "director", "Facebook"),  # UK Director of Public Policy
        R("Leslie Miller", "vice-president", "YouTube"),
        R("Markham C. Erickson", "vice-president", "Google"),
        R("Nick Pickles", "director", "Twitter"),  # Senior Director
        R("Theo Bertram", "director", "TikTok"),  # Director of Government Relations, Europe
        R("Maria Ressa", "ceo", "Rappler")],  # 'Facebook whistleblower Frances Haugen': no post; the chair is an MP
 relations=[],  # YouTube and Google are listed side by side; the text does not say who owns YouTube
 outages=[],
 dates=[D("25 October 2021", "2021-10-25"), D("Thursday 28 October", "2021-10-28"),
        D("Thursday 29 October", "2021-10-29"),  # the page's slip (28 October 2021 was the Thursday); the stated day kept
        D("Monday 25 October", "2021-10-25"), D("Wednesday 27 October", "2021-10-27")])
A["oireachtas-committee-electoral-reform-bill-facebook-ireland-twitter-public-policy-2021"] = dict(
 entities=[E("Person", "Duffy"), E("Person", "Dualta Ó Broin"), E("Company", "Facebook Ireland Limited"),
           E("Person", "Ronan Costello"), E("Company", "Twitter")],
 roles=[R("Dualta Ó Broin", "head", "Facebook Ireland Limited"),  # head of public policy
        R("Ronan Costello", "executive", "Twitter")],  # senior manager of public policy
 relations=[], outages=[],
 dates=[D("Today", "2021-03-30")])
A["oireachtas-committee-challenges-technology-sector-ida-interim-ceo-technology-ireland-2022"] = dict(
 entities=[E("Location", "Leinster House"), E("Location", "Ireland"), E("Location", "Europe"), E("Location", "Middle East"),
           E("Location", "Africa"), E("Organization", "Industrial Development Authority", "IDA"), E("Organization", "Technology Ireland"),
           E("Organization", "IBEC")]
 + people("Mary Buckley", "Donal Travers", "Tommy Fanning", "Una Fitzpatrick", "Erik O’Donovan"),
 roles=[R("Mary Buckley", "ceo", "Industrial Development Authority"),  # interim CEO
        R("Donal Travers", "executive", "Industrial Development Authority"),  # divisional manager
        R("Tommy Fanning", "executive", "Industrial Development Authority"),  # department manager
        R("Una Fitzpatrick", "director", "Technology Ireland"),
        R("Erik O’Donovan", "head", "IBEC")],  # head of digital policy
 relations=[], outages=[],
 dates=[D("Today", "2022-11-23")])
# ---- media ----------------------------------------------------------------------------------------------------------
A["uk-parliament-cms-committee-bbc-charter-renewal-bskyb-freudenstein-witnesses-2004"] = dict(
 entities=[E("Organization", "Culture, Media and Sport Committee")]
 + people("Gerald Kaufman", "Chris Bryant", "Frank Doran", "Michael Fabricant", "Alan Keen", "Rosemary McKenna", "John Thurso",
          "Derek Wyatt", "Richard Freudenstein", "Mike Darcey", "Mike Rhodes", "Ray Gallagher")
 + [E("Company", "BSkyB")],
 roles=[R("Richard Freudenstein", "coo", "BSkyB"), R("Mike Darcey", "director", "BSkyB"),  # Director of Strategy
        R("Mike Rhodes", "head", "BSkyB"),  # Head of Regulatory Affairs
        R("Ray Gallagher", "director", "BSkyB")],  # Director of Public Affairs
 relations=[], outages=[],
 dates=[D("Tuesday 29 June 2004", "2004-06-29")])
A["uk-parliament-cms-committee-draft-media-bill-itv-channel-4-paramount-directors-2023"] = dict(
 entities=[E("Organization", "Culture, Media and Sport Committee"), E("Organization", "House of Commons")]
 + people("Caroline Dinenage", "Kevin Brennan", "Clive Efford", "Julie Elliott", "Damian Green", "Rupa Huq", "Simon Jupp",
          "John Nicolson", "Jane Stevenson", "Giles Watling", "Magnus Brooke", "Khalid Hayat", "Mitchell Simmons", "Carolyn McCall")
 + [E("Company", "ITV"), E("Company", "Channel 4"), E("Company", "Paramount"), E("Company", "Channel 5")],
 roles=[R("Magnus Brooke", "director", "ITV"),  # Group Director of Strategy, Policy and Regulation
        R("Khalid Hayat", "director", "Channel 4"),  # Director of Strategy and Consumer Insight
        R("Mitchell Simmons", "vice-president", "Paramount"),
        R("Carolyn McCall", "ceo", "ITV")],  # 'Dame Carolyn McCall, ITV’s CEO'; 'former employee', 'former news presenter': no title
 relations=[L("Channel 5", "parentOrganization", "Paramount")],  # 'Paramount, which includes Channel 5'
 outages=[],
 dates=[D("Tuesday 6 June 2023", "2023-06-06"), D("6 June 2023", "2023-06-06"), D("today", "2023-06-06")])
# ---- retail ---------------------------------------------------------------------------------------------------------
A["uk-parliament-bis-committee-uk-retail-sector-alliance-boots-john-lewis-marks-spencer-2013"] = dict(
 entities=[E("Organization", "Business, Innovation and Skills Committee")]
 + people("Adrian Bailey", "Brian Binley", "Paul Blomfield", "Mike Crockart", "Caroline Dinenage", "Rebecca Harris", "Ann McKechin",
          "Robin Walker", "Alex Gourlay", "Tony Wheeler", "Mark Lewis", "Tony Ginty")
 + [E("Company", "Alliance Boots"), E("Company", "Peter Jones"), E("Company", "John Lewis"), E("Company", "Marks & Spencer")],
 roles=[R("Alex Gourlay", "executive", "Alliance Boots"),  # 'Chief Executive, Health and Beauty Division': a division's chief
        R("Tony Wheeler", "head", "Peter Jones"),  # 'Head of Branch, Peter Jones, John Lewis'
        R("Mark Lewis", "director", "John Lewis"),  # Online Director
        R("Tony Ginty", "head", "Marks & Spencer")],  # Head of Public Affairs
 relations=[L("Peter Jones", "parentOrganization", "John Lewis")],  # a branch of John Lewis (doubtful: a store, typed Company)
 outages=[],
 dates=[D("Tuesday 2 July 2013", "2013-07-02"), D("today", "2013-07-02")])
# ---- food -----------------------------------------------------------------------------------------------------------
A["oireachtas-committee-food-harvest-2020-fdii-meat-industry-ireland-dairy-directors-2012"] = dict(
 entities=people("Paul Kelly", "Shane Dempsey", "Ciaran Fitzgerald", "Cormac Healy", "Michael Barry")
 + [E("Organization", "Food and Drink Industry Ireland", "FDII"), E("Organization", "Meat Industry Ireland"),
    E("Organization", "Irish Dairy Industries Association")],
 roles=[R("Paul Kelly", "director", "Food and Drink Industry Ireland"),
        R("Shane Dempsey", "head", "Food and Drink Industry Ireland"),  # head of consumer foods
        R("Ciaran Fitzgerald", "chairman", "Meat Industry Ireland"), R("Cormac Healy", "director", "Meat Industry Ireland"),
        R("Michael Barry", "director", "Irish Dairy Industries Association")],
 relations=[], outages=[], dates=[])
# ---- energy ---------------------------------------------------------------------------------------------------------
A["uk-parliament-energy-security-net-zero-committee-winter-centrica-eon-octopus-edf-2023"] = dict(
 entities=[E("Organization", "Energy Security and Net Zero Committee"), E("Organization", "House of Commons")]
 + people("Angus Brendan MacNeil", "Vicky Ford", "Barry Gardiner", "Mark Garnier", "Mark Jenkinson", "Lloyd Russell-Moyle",
          "Alexander Stafford", "Adam Scorer", "Gillian Cooper", "Simon Francis", "Roni Marsh", "Matthew Cole", "Chris O'Shea",
          "Philippe Commaret", "Simon Oscroft", "Chris Norbury", "Rachel Fletcher")
 + [E("Organization", "National Energy Action"), E("Organization", "Citizens Advice"), E("Organization", "End Fuel Poverty Coalition"),
    E("Organization", "South West London Law Centres"), E("Organization", "Fuel Bank Foundation"),
    E("Company", "Centrica"), E("Company", "British Gas"), E("Company", "EDF"), E("Company", "So Energy"), E("Company", "E.ON"),
    E("Company", "Octopus Energy")],
 roles=[R("Adam Scorer", "ceo", "National Energy Action"),
        R("Gillian Cooper", "head", "Citizens Advice"),  # Head of Energy / head of energy policy
        R("Simon Francis", "other", "End Fuel Poverty Coalition"),  # Co-ordinator
        R("Roni Marsh", "executive", "South West London Law Centres"),  # Money and Cost of Living Team Manager
        R("Matthew Cole", "head", "Fuel Bank Foundation"), R("Matthew Cole", "ceo", "Fuel Bank Foundation"),  # 'Head'; 'CEO of'
        R("Chris O'Shea", "ceo", "Centrica"),  # 'Chief Executive, Centrica, British Gas': the group named first
        R("Philippe Commaret", "director", "EDF"),  # 'Managing Director, Customers'
        R("Simon Oscroft", "cofounder", "So Energy"), R("Chris Norbury", "ceo", "E.ON"),
        R("Rachel Fletcher", "director", "Octopus Energy")],  # Group Director of Policy and Regulation
 relations=[],  # 'Centrica, British Gas' side by side: ownership not stated
 outages=[],
 dates=[D("Wednesday 6 September 2023", "2023-09-06"), D("6 September 2023", "2023-09-06"), D("today", "2023-09-06")])
A["hansard-public-bill-committee-tariff-cap-bill-octopus-good-energy-bulb-ofgem-witnesses-2018"] = dict(
 entities=people("Greg Jackson", "Juliet Davenport", "Hayden Wood", "Dermot Nolan", "Rob Salter-Church", "Rich Hall", "Pete Moorey",
                 "Peter Smith", "Siobhain McDonagh")
 + [E("Company", "Octopus Energy"), E("Company", "Good Energy"), E("Company", "Bulb"), E("Organization", "Ofgem"),
    E("Organization", "Citizens Advice"), E("Organization", "Which?"), E("Organization", "National Energy Action"),
    E("Organization", "Public Bill Committee")],
 roles=[R("Greg Jackson", "ceo", "Octopus Energy"), R("Juliet Davenport", "ceo", "Good Energy"), R("Hayden Wood", "cofounder", "Bulb"),
        R("Dermot Nolan", "ceo", "Ofgem"), R("Rob Salter-Church", "executive", "Ofgem"),  # Acting Senior Partner
        R("Rich Hall", "analyst", "Citizens Advice"),  # Chief Economist for Energy
        R("Pete Moorey", "director", "Which?"), R("Peter Smith", "director", "National Energy Action")],
 relations=[], outages=[],
 dates=[D("Tuesday 13 March 2018", "2018-03-13")])
# ---- technology and telecoms ------------------------------------------------------------------------------------------
A["uk-parliament-public-accounts-committee-tax-google-brittin-ernst-young-2013"] = dict(
 entities=[E("Organization", "Committee of Public Accounts")]
 + people("Margaret Hodge", "Richard Bacon", "Stephen Barclay", "Guto Bebb", "Jackie Doyle-Price", "Chris Heaton-Harris", "Meg Hillier",
          "Fiona Mactaggart", "Austin Mitchell", "Nick Smith", "Ian Swales", "Justin Tomlinson", "Amyas Morse", "Gabrielle Cohen",
          "Paul Keane", "Marius Gallaher", "John Dixon")
 + [E("Organization", "National Audit Office"), E("Organization", "HM Treasury"), E("Company", "Ernst & Young"),
    E("Person", "Matt Brittin", "Brittin"), E("Company", "Google"), E("Organization", "House of Commons"), E("Company", "Reuters"),
    E("Location", "UK")],
 roles=[R("Amyas Morse", "head", "National Audit Office"),  # Comptroller and Auditor General
        R("Gabrielle Cohen", "other", "National Audit Office"),  # Assistant Auditor General
        R("Paul Keane", "director", "National Audit Office"),
        R("Marius Gallaher", "other", "HM Treasury"),  # Alternate Treasury Officer of Accounts
        R("John Dixon", "head", "Ernst & Young"),  # Head of Tax
        R("Matt Brittin", "vice-president", "Google")],  # Vice-President for Sales and Operations, Northern and Central Europe
 relations=[], outages=[],
 dates=[D("Thursday 16 May 2013", "2013-05-16"), D("this morning", "2013-05-16"), D("November", "2012-11"),
        D("2000", "2000"), D("2002", "2002")])
A["hansard-public-bill-committee-telecommunications-security-bill-three-o2-vodafone-witnesses-2021"] = dict(
 entities=[E("Person", "Patrick Binchy", "Patrick"), E("Company", "Three"), E("Person", "Derek McManus"), E("Company", "O2"),
           E("Person", "Andrea Donà"), E("Company", "Vodafone"), E("Person", "Chi Onwurah"), E("Company", "Vodafone UK")],
 roles=[R("Patrick Binchy", "director", "Three"),  # technical services director
        R("Derek McManus", "coo", "O2"),
        R("Andrea Donà", "head", "Vodafone"),  # 'UK head of networks at Vodafone'
        R("Andrea Donà", "head", "Vodafone UK")],  # 'I head up networks for Vodafone UK'
 relations=[L("Vodafone UK", "parentOrganization", "Vodafone")],  # Vodafone's UK business (as batch 16d read 'Vodafone UK')
 outages=[],
 dates=[D("today", "2021-01-14")])
A["hansard-lords-contribution-bt-privatisation-jefferson-vodafone-gent-retiring-chairman-2013"] = dict(
 entities=[E("Person", "Lord O’Neill"), E("Company", "British Telecom", "BT"), E("Person", "George Jefferson", "George"),
           E("Company", "Vodafone"), E("Person", "Christopher Gent")],
 roles=[R("George Jefferson", "chairman", "British Telecom", False),  # 'The chairman of BT was Sir George Jefferson' (1982; died)
        R("Christopher Gent", "chairman", "Vodafone", False)],  # 'the retiring chairman of Vodafone' at his farewell, years ago
 relations=[], outages=[],
 dates=[D("1982", "1982"), D("earlier this year", "2013")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
