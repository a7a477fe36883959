#!/usr/bin/env python3
"""Batch 32o gold annotations for the 7 ITEMS texts of batch32o.py, written from each text alone (no extractor run on
them). Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the cycle every
sub-batch since 8b uses).
usage: batch32o_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-japan-suggests-dumping-fukushima-waste-sea-2013
wn-cbs-news-correspondent-mike-wallace-dies-2012
wn-poverty-rises-food-prices-increase-2011
wn-gwar-frontman-dave-brockie-aka-oderus-2014
wn-supreme-court-united-states-contemplates-same-2013
wn-chinas-consumer-prices-rise-three-year-2011
wn-major-snowstorm-sweeps-across-eastern-us-2010""".split())
A = {}

A["wn-japan-suggests-dumping-fukushima-waste-sea-2013"] = dict(
 entities=[E("Location", "Japan"), E("Location", "Fukushima Nuclear Power Plant", "Fukushima"),
           E("Organization", "Nuclear Regulation Authority", "NRA"),
           E("Company", "Tokyo Electric Power Company", "TEPCO"), E("Person", "Shinichi Tanaka", "Tanaka"),
           E("Location", "Pacific"), E("Person", "Naoto Kan"), E("Company", "Sankei Shimbun"),
           E("Company", "Kansai Electric Power"), E("Location", "Oi Nuclear Power Plant", "Oi")],
 # the plant a named facility → Location (GUIDELINES), so 'operator Tokyo Electric Power Company (TEPCO)' gives no
 # relation (as batch 30e's 'plant operator' TEPCO); 'Fukushima' alone ('The situation at Fukushima', 'the
 # aftermath of Fukushima') an alias of the plant (as batch 30e; a doubtful point: the accident, or the
 # prefecture); 'Oi's reactor #4' → 'Oi' an alias of Oi Nuclear Power Plant; 'NRA boss Shinichi Tanaka' → head of
 # the NRA (the authority's leader); 'then-Prime Minister Naoto Kan' → minister of Japan, current false (Japan named
 # on its own in the text); the newspaper a Company. No outage: Kansai Electric Power shutting a reactor 'for
 # mandatory inspection' (a generating unit taken off, no customer said to lose supply) and TEPCO's treatment
 # equipment 'out of action' (plant equipment, not a service users lost) are near-misses. Dates: 'yesterday' and
 # 'today'/'Today' against the date line (Monday 2 September 2013); 'Last week' and 'two weeks ago' not listed
 # (GUIDELINES skip 'last week'; 'two weeks ago' read the same way, a doubtful point); 'this month' → 2013-09.
 roles=[R("Shinichi Tanaka", "head", "Nuclear Regulation Authority"), R("Naoto Kan", "minister", "Japan", False)],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2013-09-01"), D("Today", "2013-09-02"), D("July", "2013-07"), D("March 2011", "2011-03"),
        D("1986", "1986"), D("this month", "2013-09")])

A["wn-cbs-news-correspondent-mike-wallace-dies-2012"] = dict(
 entities=[E("Company", "CBS News"), E("Person", "Mike Wallace", "Wallace", "Mike"),
           E("Location", "Waveny Care Center"), E("Location", "New Canaan"), E("Location", "Connecticut"),
           E("Company", "CBS"), E("Person", "Leslie Moonves"), E("Location", "United States"),
           E("Person", "John F. Kennedy"), E("Person", "Martin Luther King Jr."), E("Person", "Malcolm X"),
           E("Person", "Nancy"), E("Person", "Ronald Reagan"), E("Person", "Roger Clemens"),
           E("Person", "Mahmoud Ahmadinejad"), E("Person", "Vladimir Horowitz"),
           E("Person", "William Westmoreland", "Westmoreland"),
           E("Organization", "Brain & Behavior Research Foundation",
             "National Alliance for Research on Schizophrenia and Depression"),
           E("Organization", "University of Michigan"), E("Organization", "U.S. Navy"),
           E("Person", "Norma Kaphan"), E("Person", "Peter"), E("Person", "Christopher"), E("Person", "Buff Cobb"),
           E("Person", "Lorraine Perigord"), E("Person", "Mary Yates"), E("Person", "Pauline Dora"),
           E("Person", "Eames Yates")],
 # 'CEO and president of CBS Leslie Moonves' → ceo and president of CBS; CBS News and CBS two Companies with no
 # relation (the text never says CBS News is CBS's division, though the CEO of CBS speaks for 'all of us at CBS
 # News'; a doubtful point: parentOrganization CBS News → CBS); '60 Minutes' a TV show → no entity (GUIDELINES);
 # 'Retired CBS News television correspondent' → no role (a correspondent: no vocabulary title, as batch 32e's
 # reporters); 'became a spokesperson for the Brain & Behavior Research Foundation' → spokesperson, current false
 # (he has died, as batch 32e's late head; a doubtful point); the foundation's former name an alias; 'former United
 # States president John F. Kennedy' and 'former president Ronald Reagan' → president of United States, current
 # false; 'Iranian President Mahmoud Ahmadinejad' → no role (the country named only as an adjective, as batch 32g's
 # 'Israeli tourism minister'); 'former first lady Nancy' a Person by the name given (no role); 'General William
 # Westmoreland' (a military rank) and 'a communication officer in the U.S. Navy' → no role; the court case, the
 # Emmy Award, the documentary 'Dead Blue' and World War II → no entity. Dates: 'April 7' and 'April 15' in the
 # date line's year; "the 1940’s and 1950’s" (decades) not listed.
 roles=[R("Leslie Moonves", "ceo", "CBS"), R("Leslie Moonves", "president", "CBS"),
        R("John F. Kennedy", "president", "United States", False),
        R("Ronald Reagan", "president", "United States", False),
        R("Mike Wallace", "spokesperson", "Brain & Behavior Research Foundation", False)],
 relations=[],
 outages=[],
 dates=[D("April 7", "2012-04-07"), D("April 15", "2012-04-15"), D("2006", "2006"),
        D("January 6, 2007", "2007-01-06"), D("1982", "1982"), D("1998", "1998"), D("1939", "1939"),
        D("1948", "1948")])

A["wn-poverty-rises-food-prices-increase-2011"] = dict(
 entities=[E("Organization", "World Bank"), E("Person", "Robert Zoelick", "Zoellick"), E("Location", "Russia"),
           E("Location", "Ukraine"), E("Location", "North America"), E("Location", "China"), E("Location", "Africa"),
           E("Location", "Saudi Arabia"), E("Location", "Washington"),
           E("Organization", "International Monetary Fund", "IMF"), E("Organization", "G-20"),
           E("Location", "India")],
 # 'Robert Zoelick, World Bank president' → president of the World Bank; the article's second spelling 'Zoellick'
 # an alias of the same man; the World Bank and the IMF Organizations (international bodies, as batch 32g);
 # 'the G-20 countries' → G-20 an Organization (a forum of states; a doubtful point: no entity); the joint report
 # (a publication) and 'the MDGs' → no entity; the two bodies issuing a report together → no partner relation (a
 # joint publication, not a stated partnership; a doubtful point). Dates: 'Thursday' → 2011-04-14 and 'Saturday' →
 # 2011-04-16 (the week of the Sunday date line); 'last June' → 2010-06; 'ten years ago' → 2001 (as batch 32g's
 # 'Two years ago'; a doubtful point); '2011' inside the report's title kept (as batch 32g kept years inside event
 # names); 'the last year' not listed (a span).
 roles=[R("Robert Zoelick", "president", "World Bank")],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2011-04-14"), D("last June", "2010-06"), D("ten years ago", "2001"),
        D("Saturday", "2011-04-16"), D("2011", "2011"), D("2015", "2015")])

A["wn-gwar-frontman-dave-brockie-aka-oderus-2014"] = dict(
 entities=[E("Person", "Dave Brockie", "Brockie", "Oderus Urungus", "Dave"), E("Organization", "GWAR"),
           E("Location", "Richmond"), E("Location", "Virginia"),
           E("Organization", "Virginia Commonwealth University"), E("Person", "Don Drakulich"),
           E("Person", 'Cory "Flattus Maximus" Smoot'), E("Company", "New York Daily News"),
           E("Person", "Jack Flanagan", "Flanagan"), E("Person", "Randy Blythe", "Blythe"),
           E("Organization", "Lamb of God"), E("Service", "Instagram"), E("Service", "Facebook"),
           E("Person", "Steve Douglas"), E("Person", "Chris Bopst"), E("Person", "Mike Bishop"),
           E("Company", "Style Weekly")],
 # bands Organizations (GUIDELINES); the stage name 'Oderus Urungus' an alias; 'Founder, singer, leader, and
 # occasional bassist of GWAR' → founder of GWAR, current true (the convention for founders, batch 31a) — 'leader'
 # not made head (a band's frontman, not a post; a doubtful point); 'Fellow founding member Don Drakulich' →
 # cofounder of GWAR (current, the convention); 'Manager Jack Flanagan' → executive of GWAR (GUIDELINES: 'manager' →
 # executive; a band's manager, a doubtful point); 'vocalist for Lamb of God', 'guitarist', 'Ex-GWAR guitarist',
 # 'Former bassist' → no role (band members, no vocabulary title); Instagram and Facebook Services with no provider
 # named; 'GWAR's website' unnamed → no entity; the Grammy, the video 'Phallus in Wonderland' → no entity; the
 # newspaper and the weekly Companies. Dates: 'Sunday' (in 'late on Sunday') → 2014-03-23 against the Tuesday date
 # line; '43 million years ago' (the band's legend) not listed.
 roles=[R("Dave Brockie", "founder", "GWAR"), R("Don Drakulich", "cofounder", "GWAR"),
        R("Jack Flanagan", "executive", "GWAR")],
 relations=[],
 outages=[],
 dates=[D("Sunday", "2014-03-23"), D("1984", "1984"), D("2011", "2011"), D("2009", "2009"), D("1993", "1993")])

A["wn-supreme-court-united-states-contemplates-same-2013"] = dict(
 entities=[E("Organization", "United States Supreme Court", "Supreme Court"), E("Location", "California"),
           E("Person", "John Eastman", "Eastman"), E("Organization", "Chapman University"),
           E("Organization", "National Organization for Marriage"), E("Person", "Anthony Kennedy", "Kennedy"),
           E("Company", "U.S. News and World Report"), E("Person", "Mark Warner"), E("Location", "Virginia"),
           E("Person", "Claire McCaskill"), E("Location", "Missouri"), E("Person", "Hillary Rodham Clinton"),
           E("Person", "Rob Portman"), E("Location", "Ohio"), E("Location", "United States"),
           E("Company", "Starbucks", "Starbuck"), E("Person", "Howard Schultz", "Schultz"),
           E("Person", "Tom Strobhar"), E("Location", "Washington"), E("Company", "Goldman Sachs"),
           E("Company", "Marriott International"), E("Company", "Thomson Reuters"), E("Company", "Washington Post"),
           E("Company", "ABC News"), E("Company", "Gallup"), E("Company", "Reuters"), E("Company", "Ipso"),
           E("Organization", "New York University"), E("Person", "Patrick J. Egan"), E("Person", "Gary Bauer"),
           E("Person", "Brian S. Brown"), E("Location", "Minnesota"), E("Location", "Maryland"),
           E("Location", "Maine")],
 # 'Starbucks where CEO Howard Schultz' → ceo of Starbucks; "Starbuck's historical position" (the article's slip)
 # → 'Starbuck' an alias (possessive-free; a doubtful point); 'chairman of National Organization for Marriage' →
 # chairman (John Eastman; 'law professor at Chapman University' → no role, a professor); 'Brian S. Brown,
 # president of the National Organization for Marriage' → president; 'former Secretary of State Hillary Rodham
 # Clinton' → minister of United States, current false (the country named on its own in the text, as batch 32e's
 # Clinton; a doubtful point: the department not named); senators → no role (legislators), 'Democratic' and
 # 'Republican' party adjectives → no entity (a doubtful point); 'Associate Justice Anthony Kennedy' → no role (a
 # judge); the share-holder, the professor and the former candidate → no role. 'A Washington Post-ABC News poll' →
 # two Companies, Washington Post and ABC News (the joint pollsters; a doubtful point); 'Reuters/Ipso' → Reuters and
 # 'Ipso' as spelt (the pollster Ipsos; a doubtful point) Companies; Reuters and Thomson Reuters two Companies with
 # no relation (none stated); the companies signing one legal brief → no partner relation (a doubtful point);
 # 'Washington' (the state, twice) a Location; the laws, Proposition 8 and 'Fox News Sunday' (a TV show) → no
 # entity. Dates against the Tuesday date line: 'Wednesday' → 2013-03-27; 'June' → 2013-06; 'Earlier this month'
 # → 2013-03; 'last year' (twice, one item) → 2012; 'this past November' → 2012-11; '2000' in '2000 Republican
 # presidential candidate' kept; 'This week', 'last week'/'Last week' and 'the past decade and a half' not listed.
 roles=[R("Howard Schultz", "ceo", "Starbucks"), R("John Eastman", "chairman", "National Organization for Marriage"),
        R("Brian S. Brown", "president", "National Organization for Marriage"),
        R("Hillary Rodham Clinton", "minister", "United States", False)],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2013-03-27"), D("June", "2013-06"), D("Earlier this month", "2013-03"),
        D("last year", "2012"), D("2003", "2003"), D("1996", "1996"), D("2010", "2010"), D("2000", "2000"),
        D("this past November", "2012-11")])

A["wn-chinas-consumer-prices-rise-three-year-2011"] = dict(
 entities=[E("Location", "China"), E("Organization", "National Bureau of Statistics"), E("Location", "Beijing"),
           E("Organization", "Central Bank"), E("Person", "Wen Jiabao", "Wen"), E("Organization", "Communist Party"),
           E("Person", "Tim Condon"), E("Company", "ING")],
 # 'China's Premier Wen Jiabao' → minister of China (GUIDELINES: heads of government); 'Tim Condon, Asian researcher
 # at ING' → analyst (GUIDELINES: a bank's economist on markets; a doubtful point: 'researcher'); "China’s Central
 # Bank" → Organization 'Central Bank' (capitalised in the text, the bank's own name not given; a doubtful point: no
 # entity); 'Beijing' as the government (metonymy) still the Location; the statistics bureau and the party
 # Organizations; 'state-owned banks' unnamed; CPI, the stimulus package and the debt crisis → no entity. No
 # relation: the bureau and the central bank are not said to belong to any named body. Dates against the Monday
 # date line: 'Saturday' → 2011-07-09; 'June' → 2011-06; 'May' → 2011-05; 'July 2008' → 2008-07; 'last year' (in
 # 'from last year' and 'the same time last year', one item) → 2010; '2009' (the stimulus package's year) kept;
 # 'October' (in 'Since October') → 2010-10 (the last October before July 2011); 'this spring' → 2011 (seasons →
 # the year); 'Today'/'today' (one item) → 2011-07-11; 'March' → 2011-03; 'a year ago' and 'the last two years' not
 # listed (spans; a doubtful point for 'a year ago').
 roles=[R("Wen Jiabao", "minister", "China"), R("Tim Condon", "analyst", "ING")],
 relations=[],
 outages=[],
 dates=[D("Saturday", "2011-07-09"), D("June", "2011-06"), D("May", "2011-05"), D("July 2008", "2008-07"),
        D("last year", "2010"), D("2009", "2009"), D("October", "2010-10"), D("this spring", "2011"),
        D("Today", "2011-07-11"), D("March", "2011-03")])

A["wn-major-snowstorm-sweeps-across-eastern-us-2010"] = dict(
 entities=[E("Location", "Middle Atlantic"), E("Location", "Washington, D.C.", "Washington"),
           E("Organization", "National Weather Service", "Weather Service"), E("Location", "Virginia"),
           E("Location", "West Virginia"), E("Location", "Maryland"), E("Location", "Pennsylvania"),
           E("Location", "Delaware"), E("Location", "New Jersey"), E("Location", "Elkridge"),
           E("Location", "Ronald Reagan Washington National Airport"),
           E("Location", "Washington Dulles International Airport"),
           E("Location", "Baltimore/Washington International Thurgood Marshall Airport"),
           E("Location", "Philadelphia International Airport"), E("Company", "Amtrak"),
           E("Location", "New York City"),
           E("Organization", "Washington Metropolitan Area Transit Authority", "Metro"),
           E("Service", "Facebook"), E("Service", "Twitter"), E("Location", "Interstate 81")],
 # 'Hundreds of thousands of homes were without power as the wet snow weighed heavily on trees and power lines' →
 # one outage, provider null (no utility named, as batches 28e and 32g), location Washington, D.C. (the paragraph's
 # 'nation's capital'; the wider region a doubtful point), cause the snow on trees and power lines, date 2010-02
 # (no day given: the storm runs from Friday into Saturday; a doubtful point: 2010-02-05), affected [] (homes, no
 # named service). Not outages (near-misses): flights cancelled and an airport's 'suspended flight operations',
 # Amtrak 'canceling a number of trains' and the transit authority's 'suspended bus service and above ground train
 # service' — weather suspensions of transport, not among GUIDELINES' kinds of outage (a doubtful point: service
 # users lost); the federal government and businesses closing early. Entities: airports Locations (GUIDELINES); the
 # road 'Interstate 81' a Location; 'Washington' alone (the area, the city) an alias of Washington, D.C.; the
 # Metro an alias of the transit authority (an Organization, a public body; no provider relation — its service
 # unnamed); Amtrak a Company; the Knickerbocker Storm, Super Bowl XLIV and 'Snowmageddon' (events, a nickname) → no
 # entity; Facebook and Twitter Services, no provider named. No role. Dates against the Sunday date line: 'Saturday'
 # (in 'by late Saturday') → 2010-02-06; 'Friday' → 2010-02-05; 'January 1922' → 1922-01 and '1922' → 1922;
 # 'Sunday' (the Super Bowl's day) → 2010-02-07; 'nearly 90 years ago', 'for the day' and 'less than two months'
 # not listed.
 roles=[],
 relations=[],
 outages=[O(None, "2010-02", [], loc="Washington, D.C.", cause="wet snow weighing on trees and power lines")],
 dates=[D("Saturday", "2010-02-06"), D("Friday", "2010-02-05"), D("January 1922", "1922-01"), D("1922", "1922"),
        D("Sunday", "2010-02-07")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
