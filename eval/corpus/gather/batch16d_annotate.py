#!/usr/bin/env python3
"""Batch 16d gold annotations (the 19 texts of batch16d.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 19 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch16d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, people
import batch10_annotate as b10

IDS = sorted("""hansard-commons-three-vodafone-potential-merger-ck-hutchison-debate-2023
hansard-westminster-hall-proposed-merger-three-uk-vodafone-nick-read-2023
hansard-written-answer-british-energy-edf-takeover-plutonium-beg-2009
oireachtas-committee-beef-sector-kepak-glanbia-initiative-2019
oireachtas-committee-cost-prescription-drugs-healthwave-clonmel-healthcare-2015
oireachtas-committee-energy-costs-esb-chairman-chief-executive-mcmanus-2006
oireachtas-committee-energy-supply-security-eirgrid-cru-foley-2022
oireachtas-committee-groceries-sector-tesco-keohane-2013
oireachtas-committee-insurance-companies-rsa-fbd-aig-thompson-2021
oireachtas-committee-insurance-sector-allianz-axa-fbd-2019
oireachtas-committee-ports-brexit-dublin-port-shannon-foynes-port-of-cork-2020
oireachtas-committee-public-service-broadcasting-funding-rte-forbes-2019
oireachtas-committee-reform-insurance-market-axa-fbd-chief-executives-2003
oireachtas-committee-rte-expert-advisory-reports-bakhurst-leadership-team-2024
oireachtas-committee-rte-policy-governance-orourke-bakhurst-2025
uk-parliament-business-trade-committee-food-fuel-price-inflation-supermarkets-2023
uk-parliament-business-trade-committee-p-and-o-ferries-hebblethwaite-workers-rights-2024
uk-parliament-science-technology-committee-pfizer-sandwich-closure-witnesses-2011
uk-parliament-transport-beis-committees-p-and-o-ferries-dp-world-hebblethwaite-2022""".split())
A = {}


# ---- shipping and ports -------------------------------------------------------------------------------------------
A["uk-parliament-transport-beis-committees-p-and-o-ferries-dp-world-hebblethwaite-2022"] = dict(
 entities=[E("Organization", "Transport Committee"), E("Organization", "Business, Energy and Industrial Strategy Committee"),
           E("Organization", "House of Commons")]
 + people("Huw Merriman", "Ben Bradshaw", "Simon Jupp", "Chris Loder", "Grahame Morris", "Gavin Newlands", "Darren Jones",
          "Alan Brown", "Nusrat Ghani", "Paul Howell", "Andy McDonald", "Jesper Kristensen")
 + [E("Person", "Peter Hebblethwaite", "Hebblethwaite"), E("Company", "DP World"), E("Company", "P&O Ferries")],
 roles=[R("Jesper Kristensen", "coo", "DP World"),  # Chief Operating Officer (witness line)
        R("Jesper Kristensen", "executive", "DP World"),  # 'chief commercial operations officer for maritime services'
        R("Peter Hebblethwaite", "ceo", "P&O Ferries")],  # committee chairs are legislators: no role
 relations=[],  # the text does not say who owns P&O Ferries (the two witnesses only sit on one panel)
 outages=[],
 dates=[D("Thursday 24 March 2022", "2022-03-24"), D("24 March 2022", "2022-03-24"),
        D("Thursday last week", "2022-03-17"), D("today", "2022-03-24")])
A["uk-parliament-business-trade-committee-p-and-o-ferries-hebblethwaite-workers-rights-2024"] = dict(
 entities=[E("Organization", "Business and Trade Committee", "Select Committee on Business and Trade"),
           E("Organization", "House of Commons")]
 + people("Liam Byrne", "Ian Lavery", "Andy McDonald", "Charlotte Nichols", "Hervé Berville")
 + [E("Person", "Peter Hebblethwaite", "Hebblethwaite"), E("Company", "P&O Ferries", "P&O"), E("Location", "UK")],
 roles=[R("Peter Hebblethwaite", "ceo", "P&O Ferries")],  # 'the French Maritime Minister': no country named on its own
 relations=[], outages=[],
 dates=[D("Tuesday 7 May 2024", "2024-05-07"), D("7 May 2024", "2024-05-07"), D("today", "2024-05-07"),
        D("two years ago", "2022")])
A["oireachtas-committee-ports-brexit-dublin-port-shannon-foynes-port-of-cork-2020"] = dict(
 entities=people("Eamonn O'Reilly", "Michael Sheary", "Glenn Carr", "Barry Kenny", "Pat Keating", "Eoin McGettigan", "Conor Mowlds",
                 "Donal Crowley")
 + [E("Company", "Dublin Port Company"), E("Company", "Rosslare Europort"), E("Company", "Iarnród Éireann"),
    E("Company", "Shannon Foynes Port Company"), E("Company", "Port of Cork")],
 # ports named as the witnesses' employers are the operating companies here (as batch 16b did airports)
 roles=[R("Eamonn O'Reilly", "ceo", "Dublin Port Company"),
        R("Michael Sheary", "cfo", "Dublin Port Company"),  # company secretary and chief financial officer
        R("Glenn Carr", "executive", "Rosslare Europort"),  # general manager
        R("Barry Kenny", "executive", "Iarnród Éireann"),  # corporate communications manager
        R("Pat Keating", "ceo", "Shannon Foynes Port Company"),
        R("Eoin McGettigan", "ceo", "Port of Cork"), R("Conor Mowlds", "executive", "Port of Cork"),  # chief commercial officer
        R("Donal Crowley", "cfo", "Port of Cork")],
 relations=[], outages=[], dates=[])
# ---- retail -------------------------------------------------------------------------------------------------------
A["uk-parliament-business-trade-committee-food-fuel-price-inflation-supermarkets-2023"] = dict(
 entities=[E("Organization", "Business and Trade Committee"), E("Organization", "House of Commons"),
           E("Organization", "Environment, Food and Rural Affairs Committee", "EFRA Select Committee")]
 + people("Darren Jones", "Jonathan Gullis", "Antony Higginbotham", "Jane Hunt", "Ian Lavery", "Anthony Mangnall", "Andy McDonald",
          "Mark Pawsey", "Robert Goodwill", "Ian Byrne", "Rhian Bartlett", "Kris Comerford", "Gordon Gafa", "David Potts")
 + [E("Company", "Sainsbury’s"), E("Company", "Asda"), E("Company", "Tesco"), E("Company", "Morrisons")],
 roles=[R("Rhian Bartlett", "director", "Sainsbury’s"),  # Food Commercial Director
        R("Kris Comerford", "executive", "Asda"),  # Chief Commercial Officer
        R("Gordon Gafa", "director", "Tesco"),  # Commercial Director
        R("David Potts", "ceo", "Morrisons")],  # the committees' chairs are legislators: no role
 relations=[], outages=[],
 dates=[D("this year", "2023"), D("Tuesday 27 June 2023", "2023-06-27"), D("27 June 2023", "2023-06-27"),
        D("this morning", "2023-06-27"), D("Today", "2023-06-27")])
A["oireachtas-committee-groceries-sector-tesco-keohane-2013"] = dict(
 entities=[E("Company", "Tesco"), E("Person", "Tony Keohane", "Keohane"), E("Person", "Dermot Breen"), E("Person", "Anne Cleary")],
 roles=[R("Tony Keohane", "ceo", "Tesco")],
 relations=[], outages=[], dates=[])
# ---- media --------------------------------------------------------------------------------------------------------
A["oireachtas-committee-public-service-broadcasting-funding-rte-forbes-2019"] = dict(
 entities=[E("Company", "RTÉ"), E("Organization", "Department of Communications, Climate Action and Environment")]
 + people("Dee Forbes", "Breda O'Keeffe", "Rory Coveney", "Eimear Cusack", "Patricia Cronin", "Triona Quill"),
 roles=[R("Dee Forbes", "head", "RTÉ"),  # director general (the leader of the organisation -> head, as the corpus maps it)
        R("Breda O'Keeffe", "cfo", "RTÉ"), R("Rory Coveney", "director", "RTÉ"), R("Eimear Cusack", "director", "RTÉ"),
        R("Patricia Cronin", "other", "Department of Communications, Climate Action and Environment"),  # assistant secretary general
        R("Triona Quill", "other", "Department of Communications, Climate Action and Environment")],  # principal officer
 relations=[], outages=[], dates=[])
A["oireachtas-committee-rte-expert-advisory-reports-bakhurst-leadership-team-2024"] = dict(
 entities=[E("Company", "RTÉ"), E("Location", "Leinster House")]
 + people("Christopher O'Sullivan", "Fintan Warfield", "Rose Conway-Walsh", "Chris Andrews", "Timmy Dooley", "Catherine Martin",
          "Kevin Bakhurst", "Adrian Lynch", "Mike Fives", "Richard Waghorn", "Vivienne Flood", "Niamh O’Connor", "Gavin Deans",
          "Deirdre McCarthy", "Eimear Cusack", "Daniel Coady")
 + [E("Person", "Shane Cassells", "Cassells")],
 roles=[R("Kevin Bakhurst", "head", "RTÉ"),  # director general
        R("Adrian Lynch", "director", "RTÉ"), R("Adrian Lynch", "executive", "RTÉ"),  # director of ...; deputy director general
        R("Mike Fives", "executive", "RTÉ"),  # group financial controller
        R("Richard Waghorn", "director", "RTÉ"), R("Vivienne Flood", "head", "RTÉ"),
        R("Niamh O’Connor", "executive", "RTÉ"),  # deputy director of content
        R("Gavin Deans", "director", "RTÉ"), R("Deirdre McCarthy", "director", "RTÉ"), R("Eimear Cusack", "director", "RTÉ"),
        R("Daniel Coady", "director", "RTÉ")],
 # Deputies and Senators are legislators; 'the Minister, Deputy Catherine Martin': no country named -> no role
 relations=[], outages=[],
 dates=[D("this evening", "2024-07-02"), D("tonight", "2024-07-02")])
A["oireachtas-committee-rte-policy-governance-orourke-bakhurst-2025"] = dict(
 entities=[E("Company", "RTÉ"), E("Organization", "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media")]
 + people("Terence O'Rourke", "Kevin Bakhurst", "Adrian Lynch", "Daniel Coady", "Deirdre McCarthy", "Eimear Cusack", "Gavin Deans",
          "Mari Hurley", "Patricia Monahan", "Richard Waghorn", "Steve Carson"),
 roles=[R("Terence O'Rourke", "chairman", "RTÉ"),  # board chairperson
        R("Kevin Bakhurst", "head", "RTÉ"),  # director general
        R("Adrian Lynch", "executive", "RTÉ"), R("Adrian Lynch", "director", "RTÉ"),  # deputy director general and director of ...
        R("Daniel Coady", "director", "RTÉ"), R("Deirdre McCarthy", "director", "RTÉ"), R("Eimear Cusack", "director", "RTÉ"),
        R("Gavin Deans", "director", "RTÉ"), R("Mari Hurley", "cfo", "RTÉ"), R("Patricia Monahan", "director", "RTÉ"),
        R("Richard Waghorn", "cto", "RTÉ"), R("Richard Waghorn", "director", "RTÉ"), R("Steve Carson", "director", "RTÉ")],
 relations=[], outages=[],
 dates=[D("Today", "2025-05-28")])  # also 'today's', 'today’s'
# ---- insurance ----------------------------------------------------------------------------------------------------
A["oireachtas-committee-insurance-companies-rsa-fbd-aig-thompson-2021"] = dict(
 entities=[E("Person", "Kevin Thompson", "Thompson"), E("Company", "RSA Group", "RSA"), E("Person", "Trevor Lowry"),
           E("Person", "Tomás O'Midheach", "O'Midheach"), E("Company", "FBD Insurance"), E("Person", "Aidan Connaughton", "Connaughton"),
           E("Company", "AIG Ireland"), E("Service", "123.ie"), E("Location", "Ireland"), E("Location", "Dublin"),
           E("Location", "Belfast"), E("Location", "Galway")],
 roles=[R("Kevin Thompson", "ceo", "RSA Group"), R("Trevor Lowry", "executive", "RSA Group"),  # chief underwriting officer
        R("Tomás O'Midheach", "ceo", "FBD Insurance"),
        R("Aidan Connaughton", "executive", "AIG Ireland")],  # general manager
 # RSA Group's chief executive opens with 'a brief overview of RSA and 123.ie' (the insurer's online brand): a careful
 # reader takes 123.ie to be RSA's; the unnamed 'affinity partners' give no relation
 relations=[L("123.ie", "provider", "RSA Group")],
 outages=[],
 dates=[D("1 December 2021", "2021-12-01"), D("Today", "2021-12-15"), D("1721", "1721"), D("this year", "2021"),
        D("2019", "2019")])
A["oireachtas-committee-reform-insurance-market-axa-fbd-chief-executives-2003"] = dict(
 entities=[E("Person", "Myles O'Reilly"), E("Company", "O'Reilly Consultants"), E("Company", "AXA"),
           E("Company", "FBD Insurance", "FBD")]
 + people("John O'Neill", "Pat Healy", "Philip Fitzsimons", "Adrian Taheny", "Martin Moran"),
 roles=[R("John O'Neill", "ceo", "AXA"),
        R("Pat Healy", "director", "AXA"),  # executive director of finance and planning
        R("Philip Fitzsimons", "ceo", "FBD Insurance"),
        R("Adrian Taheny", "executive", "FBD Insurance"),  # development manager
        R("Martin Moran", "executive", "FBD Insurance")],  # underwriting manager
 relations=[],  # Myles O'Reilly 'of O'Reilly Consultants' has no title; the committee's use of him is not stated here
 outages=[],
 dates=[D("the first Sunday in March", "2003-03-02")])
A["oireachtas-committee-insurance-sector-allianz-axa-fbd-2019"] = dict(
 entities=[E("Company", "Allianz"), E("Company", "Axa"), E("Company", "FBD"), E("Person", "Seán McGrath", "McGrath")]
 + people("Marie Corry", "Philip Bradley", "Fiona Muldoon", "Kate Tobin", "Jackie McMahon")
 + [E("Location", "Ireland")],
 roles=[],  # witnesses named 'from Allianz', 'from Axa', 'from FBD' without titles
 relations=[], outages=[],
 dates=[D("this morning", "2019-07-04")])
# ---- pharma and health --------------------------------------------------------------------------------------------
A["oireachtas-committee-cost-prescription-drugs-healthwave-clonmel-healthcare-2015"] = dict(
 entities=[E("Location", "Ireland"), E("Person", "Shane O'Sullivan", "O'Sullivan"), E("Company", "Healthwave"),
           E("Person", "Martin Gallagher"), E("Person", "Michael Cullen"),
           E("Organization", "Association of Pharmaceutical Manufacturers in Ireland"), E("Person", "Jim Hannon"),
           E("Company", "Clonmel Healthcare"), E("Person", "Colum Dunne"), E("Organization", "University of Limerick")],
 roles=[R("Shane O'Sullivan", "ceo", "Healthwave"),
        R("Martin Gallagher", "chairman", "Association of Pharmaceutical Manufacturers in Ireland"),
        R("Michael Cullen", "executive", "Association of Pharmaceutical Manufacturers in Ireland"),  # vice chair
        R("Jim Hannon", "ceo", "Clonmel Healthcare"),
        R("Colum Dunne", "director", "University of Limerick")],  # director of research of the university's medical school
 relations=[], outages=[], dates=[])
A["uk-parliament-science-technology-committee-pfizer-sandwich-closure-witnesses-2011"] = dict(
 entities=[E("Organization", "Science and Technology Committee"), E("Company", "Pfizer"), E("Location", "Sandwich")]
 + people("Andrew Miller", "Gavin Barwell", "Pamela Nash", "Stephen McPartland", "Graham Stringer", "Stephen Mosley",
          "Roger Williams", "Richard Barker", "David M Hollinshead", "Olivier Brandicourt", "Rod MacKenzie", "Ruth McKernan",
          "Richard Blackburn")
 + [E("Organization", "Association of the British Pharmaceutical Industry"), E("Organization", "Royal Society of Chemistry"),
    E("Company", "AstraZeneca"), E("Company", "Pfizer Regenerative Medicine"), E("Company", "Pfizer UK")],
 roles=[R("Richard Barker", "head", "Association of the British Pharmaceutical Industry"),  # Director General of an industry body
        R("David M Hollinshead", "director", "AstraZeneca"),  # Science Policy Director
        R("Olivier Brandicourt", "executive", "Pfizer"),  # President and General Manager of a business unit (no entity)
        R("Rod MacKenzie", "vice-president", "Pfizer"), R("Rod MacKenzie", "head", "Pfizer"),  # SVP; Head of Worldwide Research
        R("Ruth McKernan", "vice-president", "Pfizer"),  # Senior Vice President and Site Head, Sandwich
        R("Ruth McKernan", "executive", "Pfizer Regenerative Medicine"),  # Chief Scientific Officer
        R("Richard Blackburn", "director", "Pfizer UK")],  # Managing Director
 # the second panel is Pfizer's (the company's committee, its Sandwich site): MacKenzie's and McKernan's employer is Pfizer
 relations=[L("Pfizer Regenerative Medicine", "parentOrganization", "Pfizer"), L("Pfizer UK", "parentOrganization", "Pfizer")],
 outages=[],
 dates=[D("Monday 28 February 2011", "2011-02-28")])
# ---- energy -------------------------------------------------------------------------------------------------------
A["hansard-written-answer-british-energy-edf-takeover-plutonium-beg-2009"] = dict(
 entities=[E("Company", "Electricité de France", "EDF"), E("Organization", "Nuclear Liabilities Fund", "NLF"),
           E("Company", "British Energy"), E("Company", "British Energy Generation Limited", "BEG")],
 roles=[],  # the Secretary of State is not named
 # 'title to the plutonium owned by British Energy ... transferred to EDF as part of the takeover', 'as a result of the
 # takeover the shares in BEG are now controlled, indirectly, by EDF': EDF's takeover of British Energy is done ->
 # acquired + parentOrganization; BEG holds British Energy's plutonium and is now EDF's indirectly (through British
 # Energy, whose generating company it is)
 relations=[L("Electricité de France", "acquired", "British Energy"), L("British Energy", "parentOrganization", "Electricité de France"),
            L("British Energy Generation Limited", "parentOrganization", "Electricité de France"),
            L("British Energy Generation Limited", "parentOrganization", "British Energy")],
 outages=[],
 dates=[D("19 January 2009", "2009-01-19"), D("19 January", "2009-01-19"), D("26 January 2009", "2009-01-26")])
A["oireachtas-committee-energy-costs-esb-chairman-chief-executive-mcmanus-2006"] = dict(
 entities=[E("Organization", "Commission for Energy Regulation", "CER"), E("Company", "ESB"), E("Company", "Bord Gáis"),
           E("Organization", "Irish Business and Employers Confederation", "IBEC"), E("Organization", "Consumers Association of Ireland"),
           E("Person", "Tadhg O'Donoghue"), E("Person", "Padraig McManus", "McManus"), E("Location", "Moneypoint")],
 roles=[R("Tadhg O'Donoghue", "chairman", "ESB"), R("Padraig McManus", "ceo", "ESB")],
 relations=[], outages=[],
 dates=[D("Today", "2006-10-04"), D("1986", "1986"), D("1 January 2002", "2002-01-01")])  # 'the 1990s': a decade, no value
A["oireachtas-committee-energy-supply-security-eirgrid-cru-foley-2022"] = dict(
 entities=people("Eamon Ryan", "Matt Collins", "Noel Regan", "Paul McAufield", "Robert Deegan", "Aoife MacEvilly", "Jim Gannon",
                 "John Melvin", "Paul McGowan", "Mark Foley", "Liam Ryan", "Rodney Doyle")
 + [E("Organization", "Commission for Regulation of Utilities", "CRU"), E("Company", "EirGrid")],
 roles=[R("Aoife MacEvilly", "chairman", "Commission for Regulation of Utilities"),  # 'who is the chair'
        R("Jim Gannon", "other", "Commission for Regulation of Utilities"),  # commissioner
        R("John Melvin", "director", "Commission for Regulation of Utilities"),
        R("Paul McGowan", "other", "Commission for Regulation of Utilities"),  # commissioner
        R("Mark Foley", "ceo", "EirGrid"), R("Rodney Doyle", "coo", "EirGrid")],  # chief operations officer
 # the Minister: no country named; 'his officials' of an unnamed Department: no organisation -> no roles
 relations=[], outages=[],
 dates=[D("the summer", "2022"), D("today", "2022-08-30")])  # 'after the summer break': a season -> the year
# ---- food ---------------------------------------------------------------------------------------------------------
A["oireachtas-committee-beef-sector-kepak-glanbia-initiative-2019"] = dict(
 entities=[E("Company", "Kepak"), E("Company", "Glanbia Ireland", "Glanbia"), E("Person", "Martin Ryan"), E("Person", "Pat O'Keeffe"),
           E("Person", "Mick O'Dowd"), E("Person", "Jonathan Forbes")],
 roles=[R("Martin Ryan", "head", "Glanbia Ireland"),  # head of the beef division
        R("Mick O'Dowd", "executive", "Kepak")],  # agri-development manager
 relations=[L("Kepak", "partner", "Glanbia Ireland")],  # 'the Kepak-Glanbia initiative, the programme that was launched'
 outages=[],
 dates=[D("the middle of April", "2019-04")])
# ---- telecoms -----------------------------------------------------------------------------------------------------
A["hansard-commons-three-vodafone-potential-merger-ck-hutchison-debate-2023"] = dict(
 entities=[E("Organization", "Business and Trade Sub-Committee on National Security and Investment"),
           E("Organization", "Business and Trade Committee"), E("Company", "Three"), E("Company", "Vodafone"),
           E("Organization", "Backbench Business Committee"), E("Company", "CK Hutchison"), E("Company", "EE"), E("Company", "O2"),
           E("Location", "UK")],
 roles=[],  # the mover is not named
 relations=[L("Three", "parentOrganization", "CK Hutchison")],  # 'Three, which is owned by CK Hutchison'; the merger: who
                                                               # buys whom not stated -> nothing
 outages=[],
 dates=[D("12 December 2023", "2023-12-12"), D("17 October 2023", "2023-10-17"), D("this year", "2023")])
A["hansard-westminster-hall-proposed-merger-three-uk-vodafone-nick-read-2023"] = dict(
 entities=[E("Person", "George"), E("Location", "Stockport"), E("Person", "Navendu Mishra"), E("Company", "Three UK", "Three"),
           E("Company", "Vodafone"), E("Organization", "Unite"), E("Location", "UK"), E("Company", "Vodafone UK"),
           E("Person", "Nick Read"), E("Organization", "European Commission"), E("Organization", "Tories")],
 roles=[R("Nick Read", "ceo", "Vodafone UK", False)],  # 'the former chief executive officer of Vodafone UK'
 # the merger of Three UK and Vodafone: who buys whom not stated -> nothing; Vodafone UK is Vodafone's UK business
 relations=[L("Vodafone UK", "parentOrganization", "Vodafone")],
 outages=[],
 dates=[D("this afternoon", "2023-09-19")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
