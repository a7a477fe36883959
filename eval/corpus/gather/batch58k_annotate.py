#!/usr/bin/env python3
"""Batch 58k gold annotations (the texts of batch58k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57m, 57s, 57x and 58a;
batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); '12 months later', 'the day after British Airways withdrew', 'At the
same time' (Air Southwest), 'the following year' (Brymon), 'a few months before' and 'One month after the merger'
(Sterling), 'During the subsequent recession' (Thistle) -> left out (tied to a date the text names, not absolute, as
batch 58a left out 'the following year'). No text tells an outage, so every `outages` list is empty; two tell
near-misses of one (Air Southwest's operations ceasing after its sale and its withdrawal from a route; Sterling's
bankruptcy; GUIDELINES, Outages: business decisions and failures are none).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57f, 57g, 57m, 57s, 57w, 57x, 58a): 'co-founded ... by A and B' -> cofounder each; 'managing
director' -> director and 'Deputy chief executive' -> executive (GUIDELINES, Roles; batch 37n's mapping), both current
false where the text says the company 'was headed by' them (the past tense of a post at a defunct company, as batch 57x
read 'Its chairman was Noel Hayes'; doubtful); 'appointed X as chief executive' -> ceo, current true (an appointment,
nothing said of leaving); a company 'founded by' or 'set up by' another company (Sutton Harbour Holdings, Scottish &
Newcastle) -> parentOrganization(company, founder company) (the founder's ownership, which the text goes on to show
passing to others; doubtful); 'Ownership was transferred to X', 'X was sold to Y', 'Y was bought by X', 'taken over
by X', 'X announced that it had purchased Y' -> acquired and parentOrganization (completed purchases); two companies
'acquired by' a buyer and then merged into a new company -> acquired only (GUIDELINES, Relations: the targets merged
away); 'a subsidiary of X', 'owned by X' -> parentOrganization; a large minority shareholding, purchases of hotels,
aircraft and a brand name, a sponsorship, a merger called 'a possibility' -> nothing (GUIDELINES, Relations; batch
20a for sponsorships); airports, a named office building and a named hotel -> Location (GUIDELINES, Types: airports,
named sites and facilities); a route's place names joined by hyphens ('Plymouth-Newquay-London Gatwick') -> each place
its own Location, 'Leeds-Bradford' one Location (the airport's two towns as written; batch 57x's 'Leeds Bradford'); an
aircraft model ('de Havilland Canada Dash 7') -> Service, its maker named only inside it -> no entity and no provider
(batch 57x); a place named inside a compound adjective ('UK-based') -> Location (batch 58a); adjectives ('British',
'Danish', 'Icelandic', 'European') -> nothing.
usage: batch58k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, England: Air Southwest --------------------------------------------------------------------------------
ASW = "Air Southwest"
SHH = "Sutton Harbour Holdings"
EAW = "Eastern Airways"
A["wp-air-southwest"] = dict(
 # the airline -> Company 'Air Southwest'; Sutton Harbour Holdings, Eastern Airways, British Airways -> Company; the
 # United Kingdom Civil Aviation Authority (as written, the country inside the name; no Location 'United Kingdom'
 # apart) -> Organization; Peter Davies, Mike Coombes -> Person; South West England, Plymouth City Airport, Newquay
 # Cornwall Airport, Bristol Airport (airports; GUIDELINES, Types), Plymouth, Newquay, London Gatwick, Bristol,
 # Manchester, Jersey, Dublin, Leeds-Bradford, Cardiff, Norwich -> Location (the towns kept apart from their airports:
 # 'a new hub at Newquay' and 'hubs at Newquay Cornwall Airport' are written apart; doubtful: a reader might merge
 # them). No entity: 'Type A Operating Licence' (a licence class), 'British' (an adjective), 'the market', 'the void'
 entities=[E("Company", ASW), E("Company", SHH), E("Company", EAW), E("Location", "South West England"),
           E("Location", "Plymouth City Airport"), E("Location", "Newquay Cornwall Airport"),
           E("Location", "Bristol Airport"), E("Person", "Peter Davies"), E("Person", "Mike Coombes"),
           E("Organization", "United Kingdom Civil Aviation Authority"), E("Company", "British Airways"),
           E("Location", "Plymouth"), E("Location", "Newquay"), E("Location", "London Gatwick"),
           E("Location", "Bristol"), E("Location", "Manchester"), E("Location", "Jersey"), E("Location", "Dublin"),
           E("Location", "Leeds-Bradford"), E("Location", "Cardiff"), E("Location", "Norwich")],
 # 'The airline ... was headed by managing director Peter Davies and Deputy chief executive Mike Coombes' -> director
 # (managing director) and executive (deputy chief executive; batch 37n's mapping) at Air Southwest, both current false
 # (the past tense of a post at an airline the text says ceased, as batch 57x read 'Its chairman was Noel Hayes';
 # doubtful: a reader might keep them true, no 'former' being written). Near-misses: the infobox's 'Peter Davies (CEO),
 # Mike Coombes (MD)' is cut, so no ceo role for Davies (the running text gives him managing director); 'founded by
 # Sutton Harbour Holdings' -> no founder role (a company, not a person)
 roles=[R("Peter Davies", "director", ASW, False), R("Mike Coombes", "executive", ASW, False)],
 # 'a British airline founded by Sutton Harbour Holdings' and 'established in May 2003 by Sutton Harbour Holdings' ->
 # parentOrganization(Air Southwest, Sutton Harbour Holdings) (the founding company's ownership, which 'Ownership was
 # transferred to Eastern Airways' shows passing on; doubtful: the text does not say 'owned by'); 'Ownership was
 # transferred to Eastern Airways in September 2010' -> acquired(Eastern Airways, Air Southwest) and
 # parentOrganization(Air Southwest, Eastern Airways) (a completed change of owner). Near-misses: 'the withdrawal of
 # British Airways from South West England' and 'the day after British Airways withdrew from the market' -> no relation
 # (a rival leaving a market); 'a United Kingdom Civil Aviation Authority Type A Operating Licence' -> no relation (a
 # regulator's licence)
 relations=[L(ASW, "parentOrganization", SHH), L(EAW, "acquired", ASW), L(ASW, "parentOrganization", EAW)],
 # Near-misses for outages: 'operations ceased 12 months later' (a business end after a sale) and 'the airline withdrew
 # from this route in January 2007' (a route dropped on purpose)
 outages=[],
 # '2003'; 'September 2010' -> 2010-09; 'May 2003' -> 2003-05; '26 October 2003' -> 2003-10-26; '11 April 2005' ->
 # 2005-04-11; 'April 2006' -> 2006-04; 'January 2007' -> 2007-01; '12 months later', 'the day after ...' and 'At the
 # same time' (relative) -> left out
 dates=[D("2003", "2003"), D("September 2010", "2010-09"), D("May 2003", "2003-05"),
        D("26 October 2003", "2003-10-26"), D("11 April 2005", "2005-04-11"), D("April 2006", "2006-04"),
        D("January 2007", "2007-01")])

# ---- airline, England: Brymon Airways -------------------------------------------------------------------------------
BR = "Brymon Aviation Limited"
A["wp-brymon-airways"] = dict(
 # the airline -> Company 'Brymon Aviation Limited' (the fullest form, its registered name: 'incorporated ... as Brymon
 # Aviation Limited operating as Brymon Airways'), aliases 'Brymon Airways' and 'Brymon' (also in 'a Brymon Dash 7');
 # Chevron Oil, Air France, British Airways -> Company; Bill Bryce (alias 'Bryce'), Chris Amon (alias 'Amon': 'its
 # creator's surnames: Bryce and Amon'), Charles Stuart, Sir Colin Marshall (with his title as written, as batch 58a
 # wrote 'Sir Ray Tindle') -> Person; the de Havilland Canada Dash 7 (alias 'Dash 7') -> Service (an aircraft model;
 # de Havilland Canada named only inside it, so no entity of its own); the Brymon House (a named building, the head
 # office; GUIDELINES, Types: named sites; doubtful: batch 57x gave 'Hangar 9' none as a building inside an airport),
 # Plymouth City Airport, Plymouth, Devon, Newquay, the UK ('UK airports', 'the first UK airline'), the Channel Islands,
 # the Isles of Scilly, London Heathrow (alias 'Heathrow'), Gatwick, France, Aberdeen, Heron Quays, Millwall, London
 # City Airport -> Location. No entity: 'journalist', 'racing driver' (occupations), 'a consortium led by Chevron Oil'
 # (unnamed), 'a public enquiry', 'British'
 entities=[E("Company", BR, "Brymon Airways", "Brymon"), E("Location", "Brymon House"),
           E("Location", "Plymouth City Airport"), E("Location", "Plymouth"), E("Location", "Devon"),
           E("Person", "Bill Bryce", "Bryce"), E("Person", "Chris Amon", "Amon"), E("Location", "Newquay"),
           E("Location", "UK"), E("Location", "Channel Islands"), E("Location", "Isles of Scilly"),
           E("Location", "London Heathrow", "Heathrow"), E("Location", "Gatwick"), E("Location", "France"),
           E("Service", "de Havilland Canada Dash 7", "Dash 7"), E("Location", "Aberdeen"),
           E("Company", "Chevron Oil"), E("Location", "Heron Quays"), E("Location", "Millwall"),
           E("Location", "London City Airport"), E("Company", "Air France"), E("Company", "British Airways"),
           E("Person", "Charles Stuart"), E("Person", "Sir Colin Marshall")],
 # 'It was co-founded in 1972 by journalist Bill Bryce and racing driver Chris Amon' -> cofounder each at Brymon
 # Aviation Limited, current true (founders stay founders; 'Bill Bryce resigned towards the end of 1984' leaves an
 # unnamed post, not the founding; doubtful: a reader might set Bryce's role false); 'British Airways ... appointed
 # Charles Stuart as chief executive and the then Sir Colin Marshall as chairman' -> ceo and chairman at Brymon
 # Aviation Limited ('the company' of the sentence), current true ('the then' qualifies his style 'Sir', not the
 # chairmanship; doubtful: a reader might read 'then' as the post's end, or give the posts to British Airways).
 # Near-misses: 'Chris Amon was never involved in the day-to-day running of the airline' -> no post; 'journalist' and
 # 'racing driver' -> no role (no organisation)
 roles=[R("Bill Bryce", "cofounder", BR), R("Chris Amon", "cofounder", BR), R("Charles Stuart", "ceo", BR),
        R("Sir Colin Marshall", "chairman", BR)],
 # 'Together with its partner Air France, Brymon introduced the airport's first services' -> partner(Brymon Aviation
 # Limited, Air France) (a stated partner; direction as written, Brymon's partner). Near-misses: 'British Airways
 # acquired a large minority shareholding in the company' -> no acquired and no parentOrganization (a minority stake,
 # not control; GUIDELINES, Relations; doubtful: BA's appointing the chief executive and chairman suggests control);
 # 'two used in Aberdeen on contract for a consortium led by Chevron Oil' -> no partner (the contract is with an unnamed
 # consortium, Chevron Oil only its leader; doubtful: a reader might record partner(Brymon, Chevron Oil)); 'the de
 # Havilland Canada Dash 7' -> no provider (its maker named only inside the model's name)
 relations=[L(BR, "partner", "Air France")],
 # No outage and no near-miss of one told
 outages=[],
 # '1972'; '26 January 1970' -> 1970-01-26; '1981'; 'June 1982' -> 1982-06; '1987'; 'November 1987' -> 1987-11; 'the
 # end of 1984' ('towards the end of 1984') -> 1984 (GUIDELINES, Dates: 'the end of' a year -> the year); 'the
 # following year' (relative) -> left out
 dates=[D("1972", "1972"), D("26 January 1970", "1970-01-26"), D("1981", "1981"), D("June 1982", "1982-06"),
        D("1987", "1987"), D("November 1987", "1987-11"), D("the end of 1984", "1984")])

# ---- airline, Denmark: Sterling Airlines ----------------------------------------------------------------------------
ST = "Sterling Airlines A/S"
FONS = "Fons Eignarhaldsf\u00e9lag"
FL = "FL Group"
NTH = "Nordic Travel Holding"
A["wp-sterling-airlines"] = dict(
 # the airline -> Company 'Sterling Airlines A/S', aliases 'Sterling Airlines' and 'Sterling'; Sterling European
 # Airlines, Maersk Air, Fons Eignarhaldsfélag (alias 'Fons'), FL Group (as 'the FL Group'), Nordic Travel Holding,
 # EasyJet, Icelandair, Cimber Air -> Company; Palmi Haraldsson, Hannes Þór Smárason -> Person; Copenhagen Airport South
 # (a named site, the head office's place), Dragør, Dragør Municipality, Denmark, Copenhagen Airport, 'Oslo Airport,
 # Gardermoen' (the airport's name, its comma kept, as batch 58a kept 'Infogrames Entertainment, SA'; doubtful: a
 # reader might split off 'Gardermoen'), Stockholm-Arlanda Airport, Europe -> Location. No entity: 'Danish', 'Icelandic',
 # 'European' (adjectives), 'MDKK 500' and 'MDKK 1500' (sums), 'the Icelandic investment group' (a description)
 entities=[E("Company", ST, "Sterling Airlines", "Sterling"), E("Location", "Copenhagen Airport South"),
           E("Location", "Drag\u00f8r"), E("Location", "Drag\u00f8r Municipality"), E("Location", "Denmark"),
           E("Company", "Sterling European Airlines"), E("Company", "Maersk Air"), E("Company", FONS, "Fons"),
           E("Person", "Palmi Haraldsson"), E("Company", FL), E("Company", NTH),
           E("Person", "Hannes \u00de\u00f3r Sm\u00e1rason"), E("Company", "EasyJet"), E("Company", "Icelandair"),
           E("Location", "Copenhagen Airport"), E("Location", "Oslo Airport, Gardermoen"),
           E("Location", "Stockholm-Arlanda Airport"), E("Company", "Cimber Air"), E("Location", "Europe")],
 # 'Hannes Þór Smárason, CEO of the FL Group' -> ceo at FL Group, current true (no 'former'; the text's date of his
 # statement is no end of the post). Near-miss: 'Fons was owned by Icelandic business tycoon Palmi Haraldsson' -> no
 # role (an owner, no post in the vocabulary; a reader might give other or chairman) and no relation (a person)
 roles=[R("Hannes \u00de\u00f3r Sm\u00e1rason", "ceo", FL)],
 # 'two Danish airlines — Sterling European Airlines and Maersk Air — which had been acquired by the Icelandic
 # investment group Fons Eignarhaldsfélag' -> acquired(Fons Eignarhaldsfélag, each), with no parentOrganization (the
 # two were merged away into Sterling Airlines A/S; GUIDELINES, Relations; doubtful: Fons owned each for some months);
 # 'Sterling Airlines was sold to the FL Group' -> acquired(FL Group, Sterling Airlines A/S) and parentOrganization;
 # 'Sterling was sold again, this time to Nordic Travel Holding' -> acquired(Nordic Travel Holding, Sterling Airlines
 # A/S) and parentOrganization; 'Cimber Air announced that it had purchased Sterling' -> acquired(Cimber Air, Sterling
 # Airlines A/S) and parentOrganization (a purchase told as done; doubtful: the article's next sentence, cut, says the
 # purchase took the name, website and landing slots but not the aircraft, an asset purchase a reader of the whole
 # article would not count; from this text alone it is the company). Near-misses: 'the merger of two Danish airlines'
 # -> no relation between Sterling Airlines A/S and the two (a merger that forms the company; no buyer of one by the
 # other); Fons as owner of the merged airline before its sale to the FL Group -> no parentOrganization (implied by
 # 'sold', not stated; as batch 58a left the National Bus Company's implied ownership out); 'a merger of EasyJet and
 # Sterling was a possibility' -> nothing (a possibility); 'almost twice as large as Icelandair' -> nothing (a
 # comparison)
 relations=[L(FONS, "acquired", "Sterling European Airlines"), L(FONS, "acquired", "Maersk Air"),
            L(FL, "acquired", ST), L(ST, "parentOrganization", FL), L(NTH, "acquired", ST),
            L(ST, "parentOrganization", NTH), L("Cimber Air", "acquired", ST), L(ST, "parentOrganization", "Cimber Air")],
 # Near-miss for outages: 'Sterling filed for bankruptcy and ceased operations' on 29 October 2008 (a business failure;
 # GUIDELINES, Outages)
 outages=[],
 # 'September 2005' -> 2005-09; 'December 2006' -> 2006-12; '6 January 2006' -> 2006-01-06; 'the end of 2005' -> 2005
 # (GUIDELINES, Dates); '29 October 2008' -> 2008-10-29; '4 December 2008' -> 2008-12-04; 'a few months before' and
 # 'One month after the merger' (relative) -> left out
 dates=[D("September 2005", "2005-09"), D("December 2006", "2006-12"), D("6 January 2006", "2006-01-06"),
        D("the end of 2005", "2005"), D("29 October 2008", "2008-10-29"), D("4 December 2008", "2008-12-04")])

# ---- hotels, England: Thistle Hotels --------------------------------------------------------------------------------
TH = "Thistle Hotels plc"
SN = "Scottish & Newcastle"
MC = "Mount Charlotte Investments"
BIL = "BIL International"
A["wp-thistle-hotels"] = dict(
 # the hotel company -> Company 'Thistle Hotels plc' (the fullest form: 'to become Thistle Hotels plc'), aliases
 # 'Thistle Hotels' and 'Thistle' ('thirty four Thistle hotels', 'the Thistle brand name', 'the Thistle name': the
 # company's own name as its brand; doubtful: a reader might make the brand a Service); Clermont Hotel Group, Scottish
 # & Newcastle (alias 'S&N'), Mount Charlotte Investments (alias 'Mount Charlotte'), Brierley Investments, the London
 # Stock Exchange (alias 'Stock Exchange': 'floated on the Stock Exchange'; an exchange run as a business; GUIDELINES,
 # Types), Grace Hotels, Lehman Brothers ('the Lehman Brothers investment bank'), Peel Hotels, Ryan Hotel Group, Orb
 # Estates, Atlantic Hotels, BIL International, Hong Leong Group -> Company; Leeds United AFC (a football club) ->
 # Organization (GUIDELINES, Types); the UK ('UK-based'), Central London, London Heathrow (an airport), Bedfordshire, New
 # Zealand, the Charles Dickens Hotel (a named hotel; GUIDELINES, Types: named sites), London, Jersey, Singapore,
 # Bermuda -> Location. No entity: 'the three and four star sector', 'purpose built hotels', '30 provincial hotels'
 # (unnamed), 'a private equity company' (a description)
 entities=[E("Company", TH, "Thistle Hotels", "Thistle"), E("Company", "Clermont Hotel Group"), E("Location", "UK"),
           E("Location", "Central London"), E("Location", "London Heathrow"), E("Location", "Bedfordshire"),
           E("Company", SN, "S&N"), E("Company", MC, "Mount Charlotte"), E("Company", "Brierley Investments"),
           E("Location", "New Zealand"), E("Organization", "Leeds United AFC"),
           E("Company", "London Stock Exchange", "Stock Exchange"), E("Company", "Grace Hotels"),
           E("Company", "Lehman Brothers"), E("Company", "Peel Hotels"), E("Location", "Charles Dickens Hotel"),
           E("Location", "London"), E("Company", "Ryan Hotel Group"), E("Company", "Orb Estates"),
           E("Location", "Jersey"), E("Company", "Atlantic Hotels"), E("Company", BIL), E("Location", "Singapore"),
           E("Location", "Bermuda"), E("Company", "Hong Leong Group")],
 # No role: no person is named in the kept text (the infobox's CEO Gavin Taylor and chairman Quek Leng Chan are cut)
 roles=[],
 # 'Thistle Hotels, a subsidiary of the Clermont Hotel Group' -> parentOrganization(Thistle Hotels plc, Clermont Hotel
 # Group); 'It was set up by Scottish & Newcastle in 1965, to combine its own traditional legacy hotels' ->
 # parentOrganization(Thistle Hotels plc, Scottish & Newcastle) (a chain a brewer set up from its own hotels; doubtful:
 # the text does not say 'owned by'); 'resulting in Mount Charlotte being taken over by Brierley Investments' ->
 # acquired(Brierley Investments, Mount Charlotte Investments) and parentOrganization; 'Grace Hotels (owned by the Lehman
 # Brothers investment bank)' -> parentOrganization(Grace Hotels, Lehman Brothers); 'the company was bought for £627m by
 # BIL International' -> acquired(BIL International, Thistle Hotels plc) and parentOrganization; 'BIL International,
 # ... owned by the Hong Leong Group' -> parentOrganization(BIL International, Hong Leong Group). Near-misses: 'Mount
 # Charlotte Investments bought thirty four Thistle hotels from S&N, and acquired the Thistle brand name' -> no acquired
 # and no parentOrganization (hotels and a brand name, assets; GUIDELINES, Relations; doubtful: a reader might read the
 # chain as bought); the sales of 30 provincial hotels to Grace Hotels, of the Charles Dickens Hotel to the Ryan Hotel
 # Group and of 37 hotels to Orb Estates and then Atlantic Hotels -> nothing (assets); 'becoming managed by Peel Hotels'
 # -> no partner (the hotels sold, not Thistle, are managed); 'continuing to manage the properties' and 'operated under
 # the Thistle name' -> no partner with Orb Estates or Atlantic Hotels (a management or brand arrangement implied, no
 # contract named; doubtful); 'the main shirt sponsor for Leeds United AFC' -> no partner (a sponsorship; batch 20a);
 # 'floated on the Stock Exchange' and 'delisted from the London Stock Exchange' -> nothing (a listing); 'the majority
 # shareholder since 1990' -> no second relation (the same BIL International - Thistle Hotels plc link)
 relations=[L(TH, "parentOrganization", "Clermont Hotel Group"), L(TH, "parentOrganization", SN),
            L("Brierley Investments", "acquired", MC), L(MC, "parentOrganization", "Brierley Investments"),
            L("Grace Hotels", "parentOrganization", "Lehman Brothers"), L(BIL, "acquired", TH),
            L(TH, "parentOrganization", BIL), L(BIL, "parentOrganization", "Hong Leong Group")],
 # No outage and no near-miss of one told
 outages=[],
 # '1965'; 'November 1989' -> 1989-11; '1990' (twice, one value); '1993', '1996' ('from 1993 to 1996'); '1997';
 # 'September 1998' -> 1998-09; 'July 1999' -> 1999-07; 'June 2002' -> 2002-06; 'June 2003' -> 2003-06; 'During the
 # subsequent recession' -> left out
 dates=[D("1965", "1965"), D("November 1989", "1989-11"), D("1990", "1990"), D("1993", "1993"), D("1996", "1996"),
        D("1997", "1997"), D("September 1998", "1998-09"), D("July 1999", "1999-07"), D("June 2002", "2002-06"),
        D("June 2003", "2003-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
