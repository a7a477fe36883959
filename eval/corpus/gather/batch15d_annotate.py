#!/usr/bin/env python3
"""Batch 15d gold annotations (the 22 texts of batch15d.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 22 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch15d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""oireachtas-committee-aib-economy-banking-sector-2011 oireachtas-committee-aib-group-presentation-2004
oireachtas-committee-bus-eireann-chairman-designate-2014 oireachtas-committee-cost-of-business-insurance-reform-2018
oireachtas-committee-cross-border-roads-council-chief-executives-2016 oireachtas-committee-defective-concrete-blocks-insurers-banks-2024
oireachtas-committee-eir-public-accounts-2019 oireachtas-committee-enet-broadband-public-accounts-2019
oireachtas-committee-enterprise-ireland-financial-statements-2023 oireachtas-committee-ervia-chairperson-designate-2016
oireachtas-committee-esb-chairperson-designate-2015 oireachtas-committee-ida-ireland-growth-markets-2015
oireachtas-committee-mobile-coverage-broadband-operators-2014 oireachtas-committee-strategic-banking-corporation-sbci-2021
oireachtas-committee-uisce-eireann-bord-gais-networks-2012 oireachtas-dail-leaders-questions-siteserv-sale-2015
oireachtas-dail-motion-sale-of-siteserv-2015 oireachtas-dail-priority-question-siteserv-millington-acquisition-2015
oireachtas-written-answer-bank-of-ireland-ics-dilosk-2014 uk-parliament-bis-committee-cadbury-takeover-unite-evidence-2010
uk-parliament-bis-committee-kraft-takeover-cadbury-report-2010 uk-parliament-bis-wp-committees-bhs-advisers-retail-acquisitions-2016""".split())
A = {}
NONE = dict(relations=[], outages=[])

# ---- committee hearings (leadership) ---------------------------------------------------------------------------
A["oireachtas-committee-aib-economy-banking-sector-2011"] = dict(
 entities=[E("Company", "AIB"), E("Person", "David Hodgkinson", "Hodgkinson"), E("Person", "Bernard Byrne"),
           E("Person", "Jim O'Keeffe"), E("Person", "John Webb"), E("Person", "Alan Kelly"), E("Company", "HSBC"),
           E("Location", "Middle East"), E("Location", "Far East"), E("Location", "Europe")],
 roles=[R("David Hodgkinson", "chairman", "AIB"), R("Bernard Byrne", "director", "AIB"), R("Jim O'Keeffe", "head", "AIB"),
        R("John Webb", "head", "AIB"), R("Alan Kelly", "director", "AIB"),
        R("David Hodgkinson", "executive", "HSBC", False)],  # "spent my career ... with HSBC, holding senior management positions"
 **NONE, dates=[D("today", "2011-09-14"), D("October 2010", "2010-10")])
A["oireachtas-committee-aib-group-presentation-2004"] = dict(
 entities=[E("Company", "AIB Group", "AIB"), E("Person", "Dermot Gleeson", "Gleeson"), E("Person", "Michael Buckley", "Buckley"),
           E("Organization", "Irish Financial Services Regulatory Authority", "IFSRA"), E("Organization", "Department of Finance")],
 roles=[R("Dermot Gleeson", "chairman", "AIB Group"), R("Michael Buckley", "ceo", "AIB Group")],
 **NONE, dates=[])
A["oireachtas-committee-bus-eireann-chairman-designate-2014"] = dict(
 entities=[E("Company", "Bus Éireann"), E("Company", "Iarnród Éireann"), E("Company", "CIE"), E("Person", "Aidan Murphy")],
 roles=[R("Aidan Murphy", "chairman", "Bus Éireann")],  # chairperson designate: a post announced, current
 **NONE, dates=[])
A["oireachtas-committee-cost-of-business-insurance-reform-2018"] = dict(
 entities=[E("Person", "Billy Kelleher"), E("Person", "Lisa Chambers"), E("Person", "Niall Collins"), E("Person", "Stephen Donnelly"),
           E("Organization", "Alliance for Insurance Reform"), E("Person", "Eoin McCambridge"), E("Company", "McCambridge's of Galway"),
           E("Person", "Stephanie Reid"), E("Company", "Monkey Business"), E("Person", "Ivan Cooper"), E("Organization", "The Wheel"),
           E("Person", "Peter Boland")],
 roles=[R("Eoin McCambridge", "director", "McCambridge's of Galway"), R("Ivan Cooper", "director", "The Wheel"),
        R("Peter Boland", "director", "Alliance for Insurance Reform")],  # "owner of Monkey Business": no title in the vocabulary
 **NONE, dates=[D("yesterday", "2018-04-17"), D("today", "2018-04-18")])
A["oireachtas-committee-cross-border-roads-council-chief-executives-2016"] = dict(
 entities=[E("Person", "P.J. O'Hanlon"), E("Organization", "Monaghan County Council"), E("Person", "Mary Garrity"),
           E("Organization", "Fermanagh and Omagh District Council"), E("Person", "Seamus Neely"), E("Organization", "Donegal County Council"),
           E("Person", "John Kelpie"), E("Organization", "Derry City and Strabane District Council"), E("Person", "Eamonn O'Sullivan"),
           E("Person", "Brendan Hegarty")],
 roles=[R("P.J. O'Hanlon", "chairman", "Monaghan County Council"), R("Mary Garrity", "chairman", "Fermanagh and Omagh District Council"),
        R("Seamus Neely", "ceo", "Donegal County Council"), R("John Kelpie", "ceo", "Derry City and Strabane District Council"),
        R("Eamonn O'Sullivan", "ceo", "Monaghan County Council"), R("Brendan Hegarty", "ceo", "Fermanagh and Omagh District Council")],
 **NONE, dates=[D("today", "2016-12-01")])
A["oireachtas-committee-defective-concrete-blocks-insurers-banks-2024"] = dict(
 entities=[E("Organization", "Insurance Ireland"), E("Organization", "BPFI"), E("Organization", "Engineers Ireland"),
           E("Person", "Moyagh Murdock"), E("Person", "Michael Horan"), E("Person", "Ruth NicGinneá"), E("Person", "Brian Hayes"),
           E("Person", "Michelle Bryne"), E("Person", "Damien Owens"), E("Person", "John Garrett"), E("Person", "Cian O’Dowd")],
 roles=[R("Moyagh Murdock", "ceo", "Insurance Ireland"), R("Michael Horan", "executive", "Insurance Ireland"),
        R("Ruth NicGinneá", "executive", "Insurance Ireland"), R("Brian Hayes", "ceo", "BPFI"), R("Michelle Bryne", "head", "BPFI"),
        R("Damien Owens", "head", "Engineers Ireland"), R("Cian O’Dowd", "head", "Engineers Ireland")],  # John Garrett: a profession only
 **NONE, dates=[])
A["oireachtas-committee-eir-public-accounts-2019"] = dict(
 entities=[E("Company", "Eir"), E("Person", "Carolan Lennon", "Lennon"), E("Person", "Edward Storey")],
 roles=[R("Carolan Lennon", "ceo", "Eir"), R("Edward Storey", "director", "Eir")],
 **NONE, dates=[])
A["oireachtas-committee-enet-broadband-public-accounts-2019"] = dict(
 entities=[E("Company", "Enet"), E("Person", "Peter McCarthy"), E("Person", "David Eyre"), E("Person", "Claire Murphy")],
 roles=[R("Peter McCarthy", "ceo", "Enet"), R("David Eyre", "executive", "Enet"), R("Claire Murphy", "executive", "Enet")],
 **NONE, dates=[D("today", "2019-02-14"), D("9 o'clock this morning", "2019-02-14T09:00")])
A["oireachtas-committee-enterprise-ireland-financial-statements-2023"] = dict(
 entities=[E("Person", "Seamus McCarthy"), E("Person", "Peter Kingsley"), E("Organization", "Office of the Comptroller and Auditor General"),
           E("Organization", "Enterprise Ireland"), E("Person", "Leo Clancy"), E("Person", "Gillian Brennan"), E("Person", "Kevin Sherry"),
           E("Person", "Carol Gibbons"), E("Person", "Richard Murphy"), E("Person", "Karen Hynes"),
           E("Organization", "Department of Enterprise, Trade and Employment")],
 roles=[R("Seamus McCarthy", "head", "Office of the Comptroller and Auditor General"),
        R("Peter Kingsley", "executive", "Office of the Comptroller and Auditor General"),
        R("Leo Clancy", "ceo", "Enterprise Ireland"), R("Gillian Brennan", "executive", "Enterprise Ireland"),
        R("Kevin Sherry", "director", "Enterprise Ireland"), R("Carol Gibbons", "executive", "Enterprise Ireland"),
        R("Richard Murphy", "executive", "Enterprise Ireland"), R("Karen Hynes", "other", "Department of Enterprise, Trade and Employment")],
 **NONE, dates=[D("this morning", "2023-03-23"), D("2021", "2021")])
A["oireachtas-committee-ervia-chairperson-designate-2016"] = dict(
 entities=[E("Person", "Tony Keohane"), E("Company", "Ervia"), E("Company", "Tesco Ireland"), E("Company", "Repak"),
           E("Organization", "Trinity College Dublin"), E("Organization", "Bord Bia")],
 roles=[R("Tony Keohane", "chairman", "Ervia"), R("Tony Keohane", "chairman", "Tesco Ireland", False),
        R("Tony Keohane", "ceo", "Tesco Ireland", False), R("Tony Keohane", "chairman", "Repak", False),
        R("Tony Keohane", "director", "Trinity College Dublin"), R("Tony Keohane", "director", "Bord Bia")],
 **NONE, dates=[D("last July", "2016-07"), D("July", "2016-07"), D("February 2006", "2006-02"), D("July 2013", "2013-07")])
A["oireachtas-committee-esb-chairperson-designate-2015"] = dict(
 entities=[E("Company", "ESB"), E("Person", "Ellvena Graham", "Graham"), E("Organization", "Department of Public Expenditure and Reform")],
 roles=[R("Ellvena Graham", "chairman", "ESB")],  # chairperson designate: announced, current
 **NONE, dates=[D("May 2011", "2011-05"), D("November 2014", "2014-11")])
A["oireachtas-committee-ida-ireland-growth-markets-2015"] = dict(
 entities=[E("Organization", "IDA Ireland"), E("Person", "Eileen Sharpe"), E("Person", "John Conlon"), E("Person", "Shane Nolan"),
           E("Location", "Asia Pacific"), E("Organization", "Association of Southeast Asian Nations", "ASEAN"), E("Location", "Arbour Hill")],
 roles=[R("Eileen Sharpe", "head", "IDA Ireland"), R("John Conlon", "vice-president", "IDA Ireland"), R("Shane Nolan", "head", "IDA Ireland")],
 **NONE, dates=[D("today", "2015-05-06"), D("this morning", "2015-05-06"), D("the summer", "2015")])  # season -> year (post-annotation check)
A["oireachtas-committee-mobile-coverage-broadband-operators-2014"] = dict(
 entities=[E("Organization", "Telecommunications and Internet Federation", "TIF", "TIF-ICIA"),
           E("Organization", "Irish Cellular Industry Association", "ICIA"),
           E("Organization", "Department of Communications, Energy and Natural Resources"), E("Organization", "ComReg"),
           E("Person", "Torlach Denihan"), E("Person", "Gary Healy"), E("Person", "Mark Hughes"), E("Company", "3"), E("Company", "O2"),
           E("Person", "Mairead Cullen"), E("Company", "Vodafone Ireland"), E("Person", "Pat Galvin"), E("Company", "Eircom"),
           E("Person", "Ger Woods"), E("Company", "UPC Ireland")],
 roles=[R("Torlach Denihan", "director", "Telecommunications and Internet Federation"),
        R("Gary Healy", "executive", "Telecommunications and Internet Federation")],  # vice-chair; operators' staff: no titles
 **NONE, dates=[D("8 October", "2014-10-08")])
A["oireachtas-committee-strategic-banking-corporation-sbci-2021"] = dict(
 entities=[E("Location", "Leinster House"), E("Location", "Convention Centre Dublin"),
           E("Company", "Strategic Banking Corporation of Ireland", "SBCI"), E("Person", "Ian Black"), E("Person", "Suzanne Sweeney"),
           E("Person", "Ray Mangan")],
 roles=[R("Ian Black", "ceo", "Strategic Banking Corporation of Ireland"), R("Suzanne Sweeney", "head", "Strategic Banking Corporation of Ireland"),
        R("Ray Mangan", "head", "Strategic Banking Corporation of Ireland")],
 **NONE, dates=[D("18", "2021-02-18"), D("23", "2021-02-23"), D("25 February", "2021-02-25"), D("2 March", "2021-03-02"),
                    D("Today", "2021-03-09"), D("2019", "2019")])  # "18, 23 and 25 February": three days (post-annotation check)
A["oireachtas-committee-uisce-eireann-bord-gais-networks-2012"] = dict(
 entities=[E("Company", "Uisce Éireann"), E("Company", "Bord Gáis Networks"), E("Person", "John Mullins"), E("Person", "Michael O'Sullivan"),
           E("Person", "Ger Cowhig"), E("Person", "Paul O'Donoghue")],
 roles=[R("John Mullins", "ceo", "Bord Gáis Networks"), R("Michael O'Sullivan", "cfo", "Bord Gáis Networks"),
        R("Ger Cowhig", "executive", "Bord Gáis Networks")],  # "Irish Water programme" is a programme: no entity
 **NONE, dates=[])

# ---- company sales and takeovers (relations) --------------------------------------------------------------------
A["oireachtas-dail-leaders-questions-siteserv-sale-2015"] = dict(
 entities=[E("Company", "Siteserv"), E("Company", "IBRC"), E("Company", "Millington"), E("Location", "Isle of Man"),
           E("Person", "Denis O'Brien"), E("Service", "Sky boxes"), E("Company", "ESB"), E("Company", "Bord Gáis Energy"), E("Person", "Catherine Murphy"),
           E("Company", "The Sunday Times"), E("Organization", "Department of Finance"), E("Company", "Anchorage"), E("Company", "Altrad")],
 # "Sky boxes": a device users use, named by its maker inside the name (the product gets the full name; added in the
 # post-annotation check)
 roles=[],
 relations=[L("Millington", "acquired", "Siteserv"), L("Siteserv", "parentOrganization", "Millington"),  # the sale happened ("After the sale, it went on ...")
            L("Siteserv", "partner", "ESB"), L("Siteserv", "partner", "Bord Gáis Energy")],  # "had contracts with"
 outages=[], dates=[])
A["oireachtas-dail-motion-sale-of-siteserv-2015"] = dict(
 entities=[E("Organization", "Dáil Éireann"), E("Company", "Irish Bank Resolution Corporation", "IBRC"), E("Company", "Siteserv"),
           E("Company", "KPMG Corporate Finance"), E("Company", "Davy Corporate Finance"), E("Person", "Walter Hobbs"),
           E("Organization", "Department of Finance"), E("Company", "Millington"), E("Company", "Irish Stock Exchange")],
 roles=[R("Walter Hobbs", "other", "Irish Bank Resolution Corporation")],  # IBRC's observer to the sale process
 relations=[L("Millington", "acquired", "Siteserv"),  # sale approved by the board and announced; completion not stated
            L("Siteserv", "partner", "KPMG Corporate Finance"), L("Siteserv", "partner", "Davy Corporate Finance")],  # its advisers
 outages=[], dates=[D("June 2011", "2011-06"), D("15 March 2012", "2012-03-15"), D("16 March 2012", "2012-03-16"), D("April 2012", "2012-04"),
                    D("20 March", "2012-03-20"), D("21 March", "2012-03-21"), D("28 March", "2012-03-28"), D("13 April 2012", "2012-04-13")])
A["oireachtas-dail-priority-question-siteserv-millington-acquisition-2015"] = dict(
 entities=[E("Organization", "Competition Authority"), E("Company", "Siteserv", "Siteserv plc"), E("Company", "Millington Limited"),
           E("Company", "Anglo Irish Bank", "IBRC")],  # "Anglo Irish Bank in the form of IBRC": one entity, former name
 roles=[],
 relations=[L("Millington Limited", "acquired", "Siteserv")],  # "the acquisition was agreed to by the parties"; completion not stated
 outages=[], dates=[D("16 March 2012", "2012-03-16"), D("20 March 2012", "2012-03-20")])
A["oireachtas-written-answer-bank-of-ireland-ics-dilosk-2014"] = dict(
 entities=[E("Person", "Stephen S. Donnelly"), E("Company", "Bank of Ireland"), E("Company", "ICS Building Society", "ICS"),
           E("Organization", "European Commission", "EU Commission"), E("Company", "New Ireland"), E("Company", "Dilosk Limited")],
 roles=[],
 relations=[L("New Ireland", "parentOrganization", "Bank of Ireland"),  # the plan "allowed it to retain New Ireland"
            L("ICS Building Society", "parentOrganization", "Bank of Ireland")],  # the bank disposes of ICS's mortgages and platform
 outages=[], dates=[D("July 2013", "2013-07"), D("30th June 2014", "2014-06-30"), D("26th June", "2014-06-26")])
A["uk-parliament-bis-committee-cadbury-takeover-unite-evidence-2010"] = dict(
 entities=[E("Person", "Jack Dromey", "Dromey"), E("Organization", "Unite"), E("Person", "Jennie Formby", "Formby"), E("Person", "Hoyle"),
           E("Person", "Wright"), E("Person", "Ian Stewart"), E("Person", "Roger Berry"), E("Person", "Lembit Öpik"), E("Company", "Cadbury"),
           E("Location", "Illinois"), E("Company", "Kraft"), E("Company", "Terry's"), E("Person", "Roger Kerr")],
 roles=[R("Jack Dromey", "executive", "Unite"), R("Jennie Formby", "executive", "Unite"), R("Roger Kerr", "chairman", "Cadbury")],
 relations=[],  # a proposed takeover at the time: nothing
 outages=[], dates=[D("2006", "2006"), D("2008", "2008"), D("this morning", "2010-01-12")])
A["uk-parliament-bis-committee-kraft-takeover-cadbury-report-2010"] = dict(
 entities=[E("Company", "Cadbury"), E("Company", "Kraft"), E("Person", "Christopher Bones"), E("Organization", "Henley Business School"),
           E("Person", "Jack Dromey"), E("Person", "Jennie Formby"), E("Organization", "Unite the Union"), E("Person", "Ian Lucas"),
           E("Organization", "Department for Business, Innovation and Skills"), E("Location", "Somerdale")],
 roles=[R("Jack Dromey", "executive", "Unite the Union"), R("Jennie Formby", "executive", "Unite the Union")],
 # Ian Lucas, a junior minister: no country named, no role; Professor Bones: an academic, no role
 relations=[L("Kraft", "acquired", "Cadbury"), L("Cadbury", "parentOrganization", "Kraft")],  # "concluded the takeover"
 outages=[], dates=[D("12 January", "2010-01-12"), D("January", "2010-01"), D("19 January", "2010-01-19"), D("2 February", "2010-02-02"),
                    D("9 February", "2010-02-09")])
A["uk-parliament-bis-wp-committees-bhs-advisers-retail-acquisitions-2016"] = dict(
 entities=[E("Organization", "Business, Innovation and Skills Committee"), E("Organization", "Work and Pensions Committee"),
           E("Company", "BHS"), E("Company", "Retail Acquisitions Limited", "Retail Acquisitions Ltd"), E("Organization", "BHS Pension Fund"),
           E("Location", "Portcullis House"), E("Person", "Chris Martin"), E("Person", "Mike Lymath"), E("Person", "Phil Kitchen"),
           E("Person", "Jason Hyde"), E("Person", "Margaret Downes"), E("Person", "Siobhan Forey"), E("Person", "Richard de Dombal"),
           E("Person", "Stephen Hermer"), E("Company", "Olswang"), E("Person", "Mark Byers"), E("Company", "Grant Thornton"),
           E("Person", "Andrew Frangos"), E("Company", "Cornhill Capital"), E("Organization", "Pension Regulator", "TPR"),
           E("Company", "Arcadia"), E("Company", "Deloitte")],
 roles=[R("Chris Martin", "chairman", "BHS Pension Fund"), R("Margaret Downes", "chairman", "BHS Pension Fund", False),
        R("Stephen Hermer", "executive", "Olswang"), R("Mark Byers", "executive", "Grant Thornton"),
        R("Andrew Frangos", "ceo", "Cornhill Capital")],
 relations=[L("Olswang", "partner", "Retail Acquisitions Limited"), L("Grant Thornton", "partner", "Retail Acquisitions Limited"),
            L("Cornhill Capital", "partner", "Retail Acquisitions Limited"),  # "Advisers to Retail Acquisitions Ltd"
            L("Arcadia", "partner", "Deloitte")],  # "Arcadia and their advisers Deloitte"
 outages=[], dates=[D("Wednesday 25 May 2016", "2016-05-25"), D("9am", "2016-05-25T09:00"), D("yesterday", "2016-05-23"),
                    D("tomorrow morning", "2016-05-25"), D("2012", "2012"), D("March 2011", "2011-03"), D("June 2013", "2013-06"),
                    D("September 2013", "2013-09"), D("June 2014", "2014-06"), D("July", "2014-07"), D("September 2014", "2014-09"),
                    D("4 March 2015", "2015-03-04")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
