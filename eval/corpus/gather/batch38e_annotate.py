#!/usr/bin/env python3
"""Batch 38e gold annotations for the five toscaData Wikinews texts of batch38e.py (an oil consortium's two members
ordered out of Chad by its president, a social network's PR firm hired to discredit a rival's website, a software
maker's flight simulator series left uncertain by the closure of its studio, an online payment service given a bank
licence in Luxembourg, and a university library joining a search company's book-digitisation project), written by
reading each text alone; no extractor was run on any of them. Split rule fixed before annotating: ids sorted, dealt
along test, train, dev, train (cycle). None of the five tells a service lost, and none is a near-miss of one: no
outage is annotated in this batch.
usage: batch38e_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-chad-orders-oil-companies-out-country-2006
wn-facebook-hired-pr-firm-discredit-google-2011
wn-microsoft-flight-simulator-series-grounded-layoffs-2009
wn-paypal-receives-banking-licence-2007
wn-princeton-library-joins-google-project-digitise-2007""".split())
A = {}

# The consortium's three members in the order the text names them ('ChevronTexaco, Petronas and ExxonMobil formed
# a consortium in 1988').
CONS = ["ChevronTexaco", "Petronas", "ExxonMobil"]

A["wn-chad-orders-oil-companies-out-country-2006"] = dict(
 entities=[E("Location", "Chad"), E("Person", "Idriss Déby", "Déby", "Deby"), E("Company", "ChevronTexaco", "Chevron"),
           E("Company", "Petronas"), E("Company", "Associated Press"), E("Company", "ExxonMobil"),
           E("Company", "Chad Hydrocarbons Company"), E("Location", "China"), E("Organization", "World Bank"),
           E("Organization", "Transparency International")],
 # Oil companies and the news agency → Company; 'the state owned Chad Hydrocarbons Company' → Company (run as a
 # business; no parent entity: the state is Chad, a Location). 'Chevron' ('a Chevron spokesperson', 'representatives
 # of Chevron') → alias of ChevronTexaco (the same company, its short name; the text never names Chevron apart).
 # 'Deby' (in 'said Deby on Saturday') → alias of Idriss Déby, as written. World Bank, Transparency International →
 # Organization. 'the US oil company', 'the Malaysian Petronas', 'the Saharan region', 'Chinese oil companies',
 # 'Atlantic ports' → no Location (adjectival or unnamed; a doubtful point for 'the Saharan region'). 'the oil
 # ministry', 'the Oil minister', the three suspended ministers, 'a Chevron spokesperson' → unnamed, nothing.
 # Roles: 'The President of Chad, Idriss Déby' → president at Chad (the country named on its own throughout).
 # Relations: the consortium of 1988 → partner for each pair of its three members, in the order written (as batch
 # 37m recorded an alliance and earlier batches founding consortia). 'the state owned Chad Hydrocarbons Company
 # would be brought into the consortium' (a source's word on a plan) → nothing (a doubtful point: a partner of each
 # member if it were done). The consortium's 1988 contract with Chad and the World Bank's pipeline finance → nothing
 # (the government is a Location here; the pipeline is unnamed).
 # Outages: none (an expulsion order over taxes; no service lost); no near-miss.
 # Dates (published Sunday 27 August 2006): 'on Saturday' → 2006-08-26; 'tomorrow' (in Déby's words 'From tomorrow',
 # said on Saturday) → 2006-08-28 by the rule that resolves against the publication day (a doubtful point: the
 # speaker's tomorrow is 27 August); 'earlier this month' → 2006-08; '1988'; 'On Wednesday' → 2006-08-23; 'earlier in
 # the year' → 2006; 'Last December' → 2005-12; 'In June' → 2006-06; 'last year' (the Transparency International
 # survey) → 2005. 'in 24 hours' and 'after 3 years of production' are not resolvable.
 roles=[R("Idriss Déby", "president", "Chad")],
 relations=[L(a, "partner", b) for i, a in enumerate(CONS) for b in CONS[i + 1:]],
 outages=[],
 dates=[D("Saturday", "2006-08-26"), D("tomorrow", "2006-08-28"), D("earlier this month", "2006-08"),
        D("1988", "1988"), D("Wednesday", "2006-08-23"), D("earlier in the year", "2006"),
        D("Last December", "2005-12"), D("June", "2006-06"), D("last year", "2005")])

A["wn-facebook-hired-pr-firm-discredit-google-2011"] = dict(
 entities=[E("Company", "Facebook"), E("Company", "Google"), E("Company", "Wikinews"),
           E("Company", "Burson-Marsteller"), E("Service", "Social Circle"), E("Person", "Jim Goldman"),
           E("Person", "John Mercurio"), E("Company", "The Washington Post"), E("Company", "USA Today")],
 # Facebook ('The social network', 'the social networking giant': generic, no alias) and Google → Company (each is
 # the party that hires or is targeted, not a site used). Wikinews (a news website: 'seen by Wikinews') → Company, as
 # most corpus files type it. Burson-Marsteller, 'a high profile PR and communications firm' → Company. 'Social
 # Circle, a rival website run by Google' → Service. The two newspapers → Company. The two journalists → Person, no
 # role (no post at an organisation is stated). 'U.S. newspapers' → no Location (adjectival). 'a blogger', 'a
 # spokesperson' (Burson-Marsteller's, unnamed) → nothing.
 # Relations: 'executives at the social networking giant hired Burson-Marsteller', and Burson-Marsteller's apology
 # 'for taking on Facebook as a client' → partner Facebook → Burson-Marsteller (a client relationship, direction as
 # the text writes the hiring). 'Social Circle, a rival website run by Google' → provider Social Circle → Google.
 # The journalists 'recruited' by the firm → no relation (persons). Facebook and Google are 'fierce rivals': no
 # relation of the four kinds.
 # Outages: none.
 # Dates (published Thursday 12 May 2011): none resolvable ('in the past', 'already').
 roles=[],
 relations=[L("Facebook", "partner", "Burson-Marsteller"), L("Social Circle", "provider", "Google")],
 outages=[],
 dates=[])

A["wn-microsoft-flight-simulator-series-grounded-layoffs-2009"] = dict(
 entities=[E("Company", "Microsoft"), E("Service", "Flight Simulator", "MSFS"), E("Company", "ACES studio"),
           E("Person", "Nels Anderson"), E("Service", "FlightSim.com"), E("Company", "BBC"),
           E("Person", "Derek Davis"), E("Company", "PC Pilot Magazine"), E("Service", "Flight Simulator X", "FSX"),
           E("Service", "Microsoft Train Simulator 2")],
 # Microsoft → Company. 'Microsoft's Flight Simulator series' → Service 'Flight Simulator' (a game series users buy),
 # with 'MSFS' ('a MSFS enthusiast website', Microsoft Flight Simulator) as alias; its current edition 'Flight
 # Simulator X (FSX)' → its own Service with 'FSX'. 'Microsoft Train Simulator 2' (a game in development) → Service
 # under its full name (Microsoft is also named on its own). 'the ACES studio, which develops the simulator' →
 # Company (a unit of a business, typed as corpus files type divisions), named 'ACES studio' as the text writes it.
 # FlightSim.com, 'a MSFS enthusiast website' → Service. The BBC and 'the PC Pilot Magazine' → Company (news
 # organisations).
 # Roles: 'Nels Anderson, the founder of FlightSim.com' → founder at FlightSim.com (a doubtful point: the org is a
 # website typed Service, as batch 37e gave Ctunnel.com's owner a role at the site). 'Derek Davis, who is the editor
 # of the PC Pilot Magazine' → head at PC Pilot Magazine (a doubtful point: corpus batches have mapped a
 # publication's editor to head and its editor-in-chief to executive).
 # Relations: "Microsoft's Flight Simulator series" → provider Flight Simulator → Microsoft; 'Flight Simulator X
 # (FSX) is the current edition in the series' → provider Flight Simulator X → Microsoft; 'Microsoft Train Simulator
 # 2', in development at the studio → provider Microsoft Train Simulator 2 → Microsoft. The ACES studio 'was closed
 # when the company shed 5000 jobs' (the company is Microsoft, which 'fired all of Flight Simulator's developers') →
 # parentOrganization ACES studio → Microsoft (a doubtful point: the text implies the studio is Microsoft's through
 # its closure in Microsoft's job cuts; it does not say 'unit' or 'owned'). The BBC interview → nothing.
 # Outages: none (a studio closed and a product's future in doubt; no service lost); no near-miss.
 # Dates (published Saturday 7 February 2009): 'this January' → 2009-01; '1982'; 'this year' (Train Simulator 2's
 # expected release) → 2009. 'a 27 year franchise', 'in about a year and a half', 'for some time' → not resolvable.
 roles=[R("Nels Anderson", "founder", "FlightSim.com"), R("Derek Davis", "head", "PC Pilot Magazine")],
 relations=[L("Flight Simulator", "provider", "Microsoft"), L("Flight Simulator X", "provider", "Microsoft"),
            L("Microsoft Train Simulator 2", "provider", "Microsoft"), L("ACES studio", "parentOrganization", "Microsoft")],
 outages=[],
 dates=[D("this January", "2009-01"), D("1982", "1982"), D("this year", "2009")])

A["wn-paypal-receives-banking-licence-2007"] = dict(
 entities=[E("Company", "PayPal"), E("Location", "Luxembourg"), E("Organization", "Financial Services Authority"),
           E("Location", "U.K.", "Britain"), E("Person", "Christopher Coonen", "Coonen"),
           E("Company", "PayPal Southern Europe and Benelux"), E("Company", "The Daily Telegraph"),
           E("Company", "Google"), E("Service", "Google Checkout"), E("Location", "Europe"), E("Company", "eBay")],
 # PayPal, 'the online payment service', is the party given a bank licence, moving its headquarters and earning
 # revenues → Company (a doubtful point: the text calls it a service; no Service is annotated apart from it, so no
 # provider). 'the U.K. Financial Services Authority' → Organization 'Financial Services Authority' (the regulator);
 # 'the U.K.' (also on its own: 'in the U.K. itself', 'launched in the U.K.') → Location with 'Britain' ("Britain's
 # internet users") as alias; 'British', 'European' → adjectival, nothing. 'PayPal Southern Europe and Benelux',
 # of which Coonen is General Manager → Company (a regional unit; a doubtful point: the phrase may name only the
 # region he manages for PayPal). The Daily Telegraph → Company. "Google's payment service Google Checkout" → Service.
 # eBay → Company. 'Electronic Money Issuer' (a status) → nothing.
 # Roles: 'Christopher Coonen, General Manager of PayPal Southern Europe and Benelux' → executive at PayPal Southern
 # Europe and Benelux ('manager' → executive; a doubtful point: a general manager heading a unit could be read as
 # director or head).
 # Relations: "its mother company eBay" → parentOrganization PayPal → eBay; "Google's payment service Google
 # Checkout" → provider Google Checkout → Google; the regional unit → parentOrganization PayPal Southern Europe and
 # Benelux → PayPal (a doubtful point, with the unit's entity). The FSA's supervision of PayPal → no relation of the
 # four kinds. 'Working with local partners would be an option' → nothing (no partner named, a possibility).
 # Outages: none (a change of licence; customers to accept the terms again).
 # Dates (published Tuesday 15 May 2007): '2004' ('Since 2004'); 'last month' (Google Checkout's UK launch) → 2007-04.
 roles=[R("Christopher Coonen", "executive", "PayPal Southern Europe and Benelux")],
 relations=[L("PayPal", "parentOrganization", "eBay"), L("Google Checkout", "provider", "Google"),
            L("PayPal Southern Europe and Benelux", "parentOrganization", "PayPal")],
 outages=[],
 dates=[D("2004", "2004"), D("last month", "2007-04")])

# The libraries the text says joined Google's project by a name of their own, in the order written; Princeton's
# 'to partner with Google' is the partnership each of them entered.
LIBS = ["Princeton University", "New York Public Library", "Harvard", "Oxford", "Stanford", "University of Michigan",
        "University of California", "University Compultense of Madrid", "National Library", "Texas University at Austin"]

A["wn-princeton-library-joins-google-project-digitise-2007"] = dict(
 entities=[E("Organization", "Princeton University", "Princeton"), E("Company", "Google"),
           E("Organization", "New York Public Library"), E("Organization", "Harvard"), E("Organization", "Oxford"),
           E("Organization", "Stanford"), E("Organization", "University of Michigan", "Michigan"),
           E("Organization", "University of California"), E("Organization", "University Compultense of Madrid"),
           E("Location", "Catalonia"), E("Organization", "National Library"),
           E("Organization", "Texas University at Austin", "Texas")],
 # Universities and libraries → Organization, under the names the text gives ('the University Compultense of Madrid'
 # and 'Texas University at Austin' as written). 'the academic libraries of Harvard, Oxford, Stanford and the
 # University of Michigan' → the universities Harvard, Oxford, Stanford, University of Michigan. "Catalonia's
 # National Library" → Organization 'National Library' with Location Catalonia (a doubtful point: the possessive
 # could be kept inside one name). 'the libraries of Michigan and Texas' → 'Michigan' and 'Texas' as aliases of the
 # two universities whose libraries were named before (a doubtful point: both are also state names). 'the
 # universities of Wisconsin, Madison, Virginia' → no entity (an elliptical list that gives no university a name of
 # its own; a doubtful point). "Google's Library Project" ('Google's project to digitise the book collections') → no
 # entity (a programme; a doubtful point: a Service of Google's). 'several major U.S. publishers' → unnamed, nothing;
 # 'U.S.' adjectival. 'The officials from Google' → no person, no role.
 # Relations: Princeton 'becoming the 12th major library to partner with Google' → partner Princeton University →
 # Google; the libraries the text says the project 'started with', and those of 'The second flow' that joined later,
 # are the earlier eleven partners of that count → partner (each → Google, as the text writes Princeton's) for each
 # library named on its own (a doubtful point: a reader may record Princeton's alone, the others being told as
 # members of a project, not in the word 'partner').
 # Outages: none. The publishers' suit → nothing.
 # Dates (published Tuesday 6 February 2007): 'late 2004' → 2004; 'October 2005' → 2005-10. "250 years old" → nothing.
 roles=[],
 relations=[L(x, "partner", "Google") for x in LIBS],
 outages=[],
 dates=[D("late 2004", "2004"), D("October 2005", "2005-10")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
