#!/usr/bin/env python3
"""Batch 33c gold annotations for the 6 ITEMS texts of batch33c.py, written from each text alone (no extractor run on
them). Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the cycle every
sub-batch since 8b uses).
usage: batch33c_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-jailed-swedish-journalists-tried-terrorists-2011
wn-suspected-plane-debris-washes-ashore-several-2015
wn-multiple-controversies-arise-eve-hong-kong-2016
wn-wikinews-shorts-february-20-2014-2014
wn-wikinews-shorts-august-5-2010-2010
wn-australia-announces-plans-close-five-mainland-2014""".split())
A = {}

A["wn-jailed-swedish-journalists-tried-terrorists-2011"] = dict(
 entities=[E("Location", "Sweden"), E("Location", "Ethiopia"), E("Location", "Somalia"),
           E("Person", "Meles Zenawi", "Zenawi"), E("Location", "Ogaden"),
           E("Organization", "Ogaden National Liberation Front", "ONLF"),
           E("Company", "Lundin Petroleum", "Lundin"), E("Person", "Carl Bildt", "Bildt"),
           E("Person", "Kerstin Lundell"), E("Location", "Africa"), E("Person", "Anna Roxvall"),
           E("Company", "Sveriges Radio"), E("Company", "Sveriges Television"), E("Company", "TT"),
           E("Company", "Dagens Nyheter"), E("Person", "Ola Larsmo"), E("Organization", "Swedish Pen"),
           E("Location", "US"), E("Person", "Donald Booth"), E("Company", "Voice of America")],
 # 'Ethiopian Prime Minister Meles Zenawi' → minister of Ethiopia (head of government, as batch 32e's Blair);
 # 'Swedish Foreign Minister Carl Bildt' → minister of Sweden; 'Bildt Lundin board member but left previous to the
 # firm gaining an Ethiopian concession' (the article's verbless sentence) → director of Lundin Petroleum, current
 # false (a doubtful point: the sentence is broken, but 'left' is plain); 'Ola Larsmo, writer and chairman of the
 # Swedish Pen' → chairman. No role: 'US ambassador to Ethiopia Donald Booth' (an ambassador is none of the titles; a
 # doubtful point: other, United States), the journalist acting as facilitator, the author of a book on Lundin. 'a
 # company with ties to Sweden's Lundin Petroleum' is unnamed → no relation; 'a mining company' unnamed. TT (the
 # Swedish news agency), the two public broadcasters, Dagens Nyheter and Voice of America → Company (GUIDELINES: news
 # organisations, state-owned broadcasters included); the Swedish Pen (a writers' association) and the ONLF →
 # Organization; 'Ogaden region' → Location 'Ogaden'; 'US' → Location (named, though as an adjective). Dates: the
 # date line is Wednesday 19 October 2011 → 'yesterday' 2011-10-18, 'tomorrow' 2011-10-20; durations ('four-to-six
 # month', 'fifteen years') left out.
 roles=[R("Meles Zenawi", "minister", "Ethiopia"), R("Carl Bildt", "minister", "Sweden"),
        R("Carl Bildt", "director", "Lundin Petroleum", False), R("Ola Larsmo", "chairman", "Swedish Pen")],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2011-10-18"), D("tomorrow", "2011-10-20")])

A["wn-suspected-plane-debris-washes-ashore-several-2015"] = dict(
 entities=[E("Location", "Maldives"), E("Service", "Facebook"),
           E("Location", "Banyan Tree Vabbinfaru", "Vabbinfaru"), E("Location", "Kaafu Atoll"),
           E("Company", "Malaysia Airlines"), E("Location", "Réunion Island"), E("Person", "Naseem"),
           E("Location", "Thilafushi"), E("Company", "SunOnline"),
           E("Organization", "Serious and Organized Crime Unit"), E("Organization", "Maldives Police Service"),
           E("Organization", "Maldives Civil Aviation Authority"), E("Location", "Baa Atoll"),
           E("Location", "Fehendhoo", "Fehendhoo Island"), E("Location", "Fulhahdhoo"), E("Person", "Mohamed Ibrahim"),
           E("Company", "Haveeru Daily", "Haveeru"), E("Location", "Kuala Lumpur"), E("Location", "Malaysia"),
           E("Location", "Beijing"), E("Location", "China"), E("Location", "Kudahuvadhoo"),
           E("Location", "Indian Ocean"), E("Location", "Diego Garcia"), E("Company", "The Huffington Post"),
           E("Person", "Hishamuddin Hussein")],
 # 'the social networking website Facebook' → Service (its company not named, so no provider relation); the flight
 # 'Malaysia Airlines Flight 370 (MH370)' an event → no entity (as the corpus keeps flights), its airline a Company
 # ('a Malaysia Airlines plane'). 'the Banyan Tree Vabbinfaru resort' → Location 'Banyan Tree Vabbinfaru' with
 # 'Vabbinfaru' ('Vabbinfaru resort') as alias: a resort is a named site (GUIDELINES, batch 32g's Rasa Sentosa
 # resort), so "the resort's manager Mr. Naseem" takes no role (a doubtful point: the resort is run as a business
 # with a manager, employees and a beach it owns). 'Mr. Naseem' → Person 'Naseem'. SunOnline, Haveeru Daily and The
 # Huffington Post → Company (news sites and a paper). Relations: 'The Serious and Organized Crime Unit of the
 # Maldives Police Service' → parentOrganization (a unit of a body). Roles: 'Malaysian Transport Minister
 # Hishamuddin Hussein' → minister of Malaysia (Malaysia named on its own); 'a councilman for Fehendhoo Island' → no
 # role (GUIDELINES: legislators, mayors). No outage: a lost airliner and washed-up debris are no service loss.
 # Dates against the date line (Sunday 9 August 2015): 'May 31' 2015-05-31 (twice, listed once), 'Yesterday'
 # 2015-08-08, 'March 8, 2014'; 'Last week' and 'In the past few days' left out (GUIDELINES), 'On the day the plane
 # went missing' not a time expression of its own.
 roles=[R("Hishamuddin Hussein", "minister", "Malaysia")],
 relations=[L("Serious and Organized Crime Unit", "parentOrganization", "Maldives Police Service")],
 outages=[],
 dates=[D("May 31", "2015-05-31"), D("Yesterday", "2015-08-08"), D("March 8, 2014", "2014-03-08")])

A["wn-multiple-controversies-arise-eve-hong-kong-2016"] = dict(
 entities=[E("Location", "Hong Kong"), E("Person", "Kwan Wing-yip"), E("Organization", "Neo Democrats"),
           E("Organization", "Electoral Affairs Commission"), E("Location", "Beijing"),
           E("Organization", "Youngspiration"), E("Person", "Barnabus Fung Wah", "Fung Wah"),
           E("Company", "Wen Wei Po"), E("Organization", "Federation of Trade Unions"),
           E("Organization", "Independent Commission Against Corruption", "ICAC"), E("Company", "Reuters"),
           E("Company", "Bank of China"), E("Company", "China Resources Land"), E("Person", "CY Leung"),
           E("Company", "Sing Pao"), E("Person", "Lau Nai-keung"), E("Organization", "Hong Kong Community Network"),
           E("Organization", "Democratic Party"), E("Person", "Lam Cheuk-ting"),
           E("Organization", "Justice Alliance Party"), E("Person", "Leticia Lee"),
           E("Organization", "Alliance in Support of Our Police Force"), E("Organization", "Liberal Party"),
           E("Person", "Ken Chow Wing-kan"), E("Location", "New Territories West"), E("Location", "China"),
           E("Organization", "Legislative Council")],
 # Companies: the bank and the developer ('Chinese-funded companies'), the news agency, the two papers ('news
 # outlet' Wen Wei Po; 'the newspaper' Sing Pao). Parties, the union federation, the anti-corruption commission,
 # the electoral commission, the council and the named groups → Organization. 'the New Territories West
 # constituency' → Location (a district; a doubtful point); 'the District Council (Second) functional constituency'
 # (not a place) and 'the Chinese central government's Hong Kong liaison office' (a descriptive name) → no entity;
 # 'Hong Kong Time' a time zone, not an alias. Roles: 'The head of the Electoral Affairs Commission, Barnabus Fung
 # Wah' → head; "Hong Kong's chief executive CY Leung" → governor of Hong Kong (the territory's head of government,
 # GUIDELINES' president/minister/governor for heads of government; a doubtful point: ceo would be wrong for a
 # government post). Candidates and a party's members → no role. Relations: none ('Chinese-funded' companies, no
 # owner named). Dates against the date line (Tuesday 6 September 2016): 'Saturday' 2016-09-03, "Sunday's" and
 # 'Sunday' 2016-09-04 (two surface forms), 'Friday' 2016-09-02, 'Early Saturday morning' 2016-09-03 (its own text),
 # 'August 31' 2016-08-31, '2016' (in 'The 2016 Hong Kong legislative election'); 'Before Saturday' holds the same
 # 'Saturday' (listed once); 'election day' and 'the past few days' left out.
 roles=[R("Barnabus Fung Wah", "head", "Electoral Affairs Commission"), R("CY Leung", "governor", "Hong Kong")],
 relations=[],
 outages=[],
 dates=[D("Saturday", "2016-09-03"), D("Sunday's", "2016-09-04"), D("Friday", "2016-09-02"),
        D("Early Saturday morning", "2016-09-03"), D("August 31", "2016-08-31"), D("Sunday", "2016-09-04"),
        D("2016", "2016")])

A["wn-wikinews-shorts-february-20-2014-2014"] = dict(
 entities=[E("Location", "Ukraine"), E("Person", "Viktor Yanukovych"), E("Location", "Kiev"),
           E("Location", "Independence Square"), E("Organization", "Berkut"), E("Company", "Facebook"),
           E("Company", "WhatsApp"), E("Person", "Mark Zuckerberg"), E("Location", "Australia"),
           E("Company", "The Guardian"), E("Person", "Paul Power"), E("Organization", "Refugee Council of Australia"),
           E("Person", "Scott Morrison"), E("Organization", "Department of Immigration and Border Protection")],
 # 'Facebook yesterday announced a plan to purchase WhatsApp for US$16 billion', with the price's split and 'All
 # parties are still waiting regulatory approval' → an agreed deal not yet complete → acquired only (GUIDELINES: no
 # parentOrganization before completion; a doubtful point: 'a plan' could be read as an intention). WhatsApp is
 # told as both 'a messaging service' and 'The company' with its users: typed Company (the thing bought; the
 # acquired predicate needs a Company; a doubtful point: Service, with no provider relation then possible either
 # way, the business not named apart). 'Facebook founder Mark Zuckerberg' → founder. 'Ukraine's President Viktor
 # Yanukovych' → president of Ukraine; 'Immigration Minister Scott Morrison' → minister of Australia; 'Paul Power,
 # chief executive of the advocacy group Refugee Council of Australia' → ceo. The 'Berkut' security forces →
 # Organization; the square a named site → Location. No outage: the refugee records left open online are a data
 # exposure, no service lost (a near-miss). Dates against the date line (Thursday 20 February 2014): 'yesterday'
 # 2014-02-19 (twice, listed once), 'five days ago' 2014-02-15, 'last November' 2013-11; '20 years ago' left out
 # (a round figure; a doubtful point), durations left out.
 roles=[R("Viktor Yanukovych", "president", "Ukraine"), R("Mark Zuckerberg", "founder", "Facebook"),
        R("Paul Power", "ceo", "Refugee Council of Australia"), R("Scott Morrison", "minister", "Australia")],
 relations=[L("Facebook", "acquired", "WhatsApp")],
 outages=[],
 dates=[D("five days ago", "2014-02-15"), D("yesterday", "2014-02-19"), D("last November", "2013-11")])

A["wn-wikinews-shorts-august-5-2010-2010"] = dict(
 entities=[E("Location", "Zibo"), E("Location", "China"), E("Person", "Fang Jiantang"), E("Location", "Israel"),
           E("Location", "Lebanon"), E("Organization", "United Nations"), E("Person", "Tarek Mitri"),
           E("Company", "TIME"), E("Person", "Wyclef Jean", "Jean"), E("Location", "Haiti"),
           E("Organization", "Fugees"), E("Location", "Pakistan"), E("Person", "Asif Zardari", "Zardari"),
           E("Location", "Europe"), E("Person", "Imran Khan", "Khan"), E("Location", "UK"),
           E("Person", "David Cameron"), E("Location", "Islamabad"),
           E("Organization", "National Weather Forecasting Center"), E("Company", "Boeing"),
           E("Service", "787 Dreamliner", "787"), E("Service", "Boeing 777", "777"), E("Service", "737"),
           E("Service", "747"), E("Service", "767"), E("Person", "Alex Rodriguez", "Rodriguez", "A-Rod"),
           E("Organization", "New York Yankees", "Yankees"), E("Location", "Yankee Stadium"),
           E("Organization", "Toronto Blue Jays", "Blue Jays"), E("Person", "Joe Girardi"),
           E("Organization", "Major League Baseball")],
 # Boeing's airliner types → Service, each provided by Boeing ('Boeing lost 15 orders for their new and
 # long-delayed 787 Dreamliner, 10 for their Boeing 777 and one for their smaller 737 jet'; 'its lineup ... the
 # 737, 747, 767, 777 and 787'); '787' and '777' aliases of the fuller names. No outage and no partner: the
 # customers that cancelled are unnamed. 'TIME magazine' → Company TIME; the band and the baseball teams and league
 # → Organization; the stadium a site → Location. Roles: 'Lebanese Information Minister Tarek Mitri' → minister of
 # Lebanon (Lebanon named on its own); 'The president of Pakistan, Asif Zardari' → president; 'UK Prime Minister
 # David Cameron' → minister of UK; 'Yankees manager Joe Girardi' → executive (GUIDELINES' 'manager'; a team's field
 # manager, a doubtful point); Wyclef Jean 'a former member of the Fugees' → no title (a band member); Imran Khan, an
 # 'Opposition politician' → no role. Dates against the date line (Thursday 5 August 2010): 'this Thursday'
 # 2010-08-05, 'January 12 of this year' 2010-01-12, 'November 28' 2010-11-28, 'Friday' 2010-08-06, 'this year'
 # 2010, '2010' 2010, 'Wednesday' 2010-08-04; 'Last week' and 'over the past week' left out (GUIDELINES), '80
 # years', 'five years' durations.
 roles=[R("Tarek Mitri", "minister", "Lebanon"), R("Asif Zardari", "president", "Pakistan"),
        R("David Cameron", "minister", "UK"), R("Joe Girardi", "executive", "New York Yankees")],
 relations=[L("787 Dreamliner", "provider", "Boeing"), L("Boeing 777", "provider", "Boeing"),
            L("737", "provider", "Boeing"), L("747", "provider", "Boeing"), L("767", "provider", "Boeing")],
 outages=[],
 dates=[D("this Thursday", "2010-08-05"), D("January 12 of this year", "2010-01-12"), D("November 28", "2010-11-28"),
        D("Friday", "2010-08-06"), D("this year", "2010"), D("2010", "2010"), D("Wednesday", "2010-08-04")])

A["wn-australia-announces-plans-close-five-mainland-2014"] = dict(
 entities=[E("Location", "Australia"), E("Person", "Warren Truss"), E("Location", "Scherger"),
           E("Location", "RAAF Scherger"), E("Location", "Queensland"), E("Location", "Leonora"),
           E("Location", "Western Australia"), E("Location", "Port Augusta"), E("Location", "South Australia"),
           E("Location", "Inverbrackie"), E("Location", "Woodside"), E("Location", "Adelaide Hills"),
           E("Location", "Pontville"), E("Location", "Tasmania"), E("Organization", "United Voice"),
           E("Person", "Scott Morrison"), E("Organization", "Defence Department"), E("Person", "Tony Foster", "Foster"),
           E("Person", "Scott Donaghy"), E("Company", "Brighton's Best Bakehouse"), E("Location", "Brighton"),
           E("Company", "Brighton Discount Drug Store"), E("Organization", "Australian Navy"),
           E("Location", "Christmas Island")],
 # The detention centres are facilities → Location (GUIDELINES' named sites): 'Scherger' (the centre) apart from
 # 'RAAF Scherger' (the base it stands at); 'Leonora', 'Port Augusta' and 'Pontville' each one Location for the
 # centre and the town it is named after (not told apart; a doubtful point); 'Inverbrackie' the centre. 'PM radio'
 # a radio programme → no entity (GUIDELINES: TV shows). The union → Organization; the bakery and the drug store →
 # Company. Roles: 'the Australian Assistant Minister for Infrastructure and Regional Development, Warren Truss'
 # → minister of Australia; 'Australian Immigration Minister Scott Morrison' → minister of Australia ('Australia'
 # named on its own in the text); 'Scott Donaghy, who runs the Brighton's Best Bakehouse business' → head (a
 # doubtful point: owner or manager not said); 'The local mayor ... Tony Foster' → no role (GUIDELINES' mayors), an
 # unnamed pharmacist-in-charge → none. No relation (the Defence Department getting two sites back is no ownership
 # of companies). No outage: centres closed by a government decision (no service users lose in the GUIDELINES'
 # sense). Dates against the date line (Friday 17 January 2014): 'the end of February' 2014-02, 'On Tuesday'
 # 2014-01-14, 'last year' 2013, 'three years ago' 2011 (a doubtful point: a round figure); 'this week' left out
 # (GUIDELINES), 'a year', 'a month' durations.
 roles=[R("Warren Truss", "minister", "Australia"), R("Scott Morrison", "minister", "Australia"),
        R("Scott Donaghy", "head", "Brighton's Best Bakehouse")],
 relations=[],
 outages=[],
 dates=[D("the end of February", "2014-02"), D("On Tuesday", "2014-01-14"), D("three years ago", "2011"),
        D("last year", "2013")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
