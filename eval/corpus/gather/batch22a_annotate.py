#!/usr/bin/env python3
"""Batch 22a gold annotations (the 14 texts of batch22a.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 14 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch22a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10


def acq(buyer, target):
    """A completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)."""
    return [L(buyer, "acquired", target), L(target, "parentOrganization", buyer)]


IDS = sorted("""wn-power-crisis-moscow-central-russia-2005
wn-wsj-diller-close-2-billion-deal-2005
wn-google-re-opens-online-word-processor-2006
wn-ebay-australia-only-permit-payment-via-2008
wn-one-two-go-airlines-cease-operating-2008
wn-bbc-spends-3-4m-sell-off-2008
wn-us-toy-retail-giant-toys-r-2017
wn-adam-aircraft-receive-105-million-funding-2007
wn-myspace-expand-mobile-music-2006
wn-labatt-usa-move-headquarters-buffalo-new-2007
wn-paypal-freezes-20k-hurricane-relief-donations-2005
wn-u-airways-makes-bid-delta-2006
wn-calpine-declares-bankruptcy-cites-natural-gas-2005
wn-founder-alibaba-group-jack-ma-talks-2007""".split())
A = {}
A["wn-power-crisis-moscow-central-russia-2005"] = dict(
 entities=[E("Location", "Moscow"), E("Company", "Mosenergo"), E("Company", "Mosvodokanal"), E("Location", "Tula"),
           E("Location", "Kaluga")],
 # 'The failure in the accumulative power supply system in Mosenergo ... at 11:15 a.m. local time on Wednesday, led
 # to a power outage in all areas of the city' → one outage, provider Mosenergo (whose system failed); Mosvodokanal's
 # pumping stations 'also lost power' → affected; the underground and railway are named only generically ('the Moscow
 # underground', 'the Moscow railway'): no entity; 'stopped for four hours' is one line's stop, not the outage's
 # length: no duration; the Thursday update is the same outage continuing (no second event)
 roles=[], relations=[],
 outages=[O("Mosenergo", "2005-05-25", ["Mosvodokanal"], start="2005-05-25T11:15", loc="Moscow",
            cause="failure in the accumulative power supply system")],
 dates=[D("today", "2005-05-25"), D("11:15 a.m.", "2005-05-25T11:15"), D("Wednesday", "2005-05-25"),
        D("12:00 noon", "2005-05-25T12:00"), D("Thursday, May 26, 2005", "2005-05-26"),
        D("Thursday morning", "2005-05-26")])
A["wn-wsj-diller-close-2-billion-deal-2005"] = dict(
 entities=[E("Person", "Barry Diller", "Diller"), E("Company", "InterActiveCorp", "IAC"), E("Company", "Ask Jeeves"),
           E("Company", "Wall Street Journal"), E("Location", "Oakland"), E("Location", "California"),
           E("Company", "Google"), E("Company", "Yahoo!"), E("Company", "Amazon.com"), E("Company", "Microsoft"),
           E("Service", "Excite.com"), E("Service", "iWon.com"), E("Company", "Home Shopping Network"),
           E("Company", "Expedia"), E("Company", "Ticketmaster"), E("Company", "Match.com"), E("Company", "CitySearch"),
           E("Company", "LendingTree"), E("Company", "USA Network"), E("Company", "Sci Fi Channel"),
           E("Company", "NBC Universal")],
 # IAC 'is near a ... deal to buy' Ask Jeeves, boards 'in talks': talks, not agreed → nothing (near-miss);
 # 'Ask Jeeves also owns other brands, including Excite.com and iWon.com' → provider; the purchases that built
 # InterActiveCorp ('These include Expedia, ...') are completed → acquired + parentOrganization with IAC as buyer;
 # the cable networks Diller 'bought and grew ... before selling them off to NBC Universal' → completed sales to NBC
 # Universal (Diller's own purchase is a person's: no relation); 'Barry Diller's InterActiveCorp' and 'the largest
 # individual shareholder' give no title: no role
 roles=[],
 relations=[L("Excite.com", "provider", "Ask Jeeves"), L("iWon.com", "provider", "Ask Jeeves")]
           + acq("InterActiveCorp", "Expedia") + acq("InterActiveCorp", "Ticketmaster")
           + acq("InterActiveCorp", "Match.com") + acq("InterActiveCorp", "CitySearch")
           + acq("InterActiveCorp", "LendingTree") + acq("NBC Universal", "USA Network")
           + acq("NBC Universal", "Sci Fi Channel"),
 outages=[],
 dates=[D("Monday", "2005-03-21"), D("Friday", "2005-03-18")])
A["wn-google-re-opens-online-word-processor-2006"] = dict(
 entities=[E("Company", "Writely"), E("Service", "Writely.com"), E("Company", "Google"), E("Company", "CNET"),
           E("Service", "Google Account")],
 # 'Shortly after being acquired by Google, the company greatly restricted the service', 'the company's blog',
 # 'Writely is planning to make its service available': Writely is told as a company Google bought (done) →
 # acquired + parentOrganization ('Google acquired the Writely technology' says the same purchase); its website
 # Writely.com → provider Writely; 'the Google Account sign-in' → Service of Google; the Star Trek convention is an
 # event. (First annotated with Writely as a Service only, provider Google, no acquired; corrected after the first
 # look, a slip: the 'the company' sentences had been overlooked — GATHERING.md, Batch 22a.)
 roles=[],
 relations=acq("Google", "Writely") + [L("Writely.com", "provider", "Writely"),
                                        L("Google Account", "provider", "Google")],
 outages=[],
 dates=[D("August 2005", "2005-08"), D("March 9, 2006", "2006-03-09"), D("August 17, 2006", "2006-08-17")])
A["wn-ebay-australia-only-permit-payment-via-2008"] = dict(
 entities=[E("Company", "eBay"), E("Location", "United Kingdom"), E("Company", "PayPal", "Paypal"),
           E("Company", "eBay Australia"), E("Person", "Alastair MacGibbon", "MacGibbon"), E("Location", "Melbourne"),
           E("Person", "Robert Kobis")],
 # 'PayPal is a wholly-owned subsidiary of eBay' → parentOrganization; eBay Australia is eBay's Australian business
 # (it brings in eBay's restriction) → parentOrganization; the "Paypal Buyer Protection" insurance programme is a
 # programme (GUIDELINES.md, Types): no entity; 'eBay Trust and Safety director Alastair MacGibbon' → director of eBay
 roles=[R("Alastair MacGibbon", "director", "eBay")],
 relations=[L("PayPal", "parentOrganization", "eBay"), L("eBay Australia", "parentOrganization", "eBay")],
 outages=[],
 dates=[D("June 17", "2008-06-17"), D("March", "2008-03")])
A["wn-one-two-go-airlines-cease-operating-2008"] = dict(
 entities=[E("Company", "One-Two-Go Airlines", "One-Two-Go"), E("Person", "Udom Tantiprasongchai", "Urdom", "Urdon"),
           E("Company", "Orient Thai Airlines", "Orient Thai"), E("Location", "Thailand"),
           E("Company", "Orient Thai Cargo"), E("Service", "Boeing 747-200F"), E("Company", "Japan Airlines"),
           E("Service", "MD-11"), E("Company", "Nok Airlines"), E("Company", "Thai AirAsia"),
           E("Company", "Grandmax Group"), E("Person", "Richard"), E("Person", "Margaret Collins"),
           E("Person", "Steve"), E("Person", "Jean Jones"), E("Person", "Alex Collins", "Alex"),
           E("Person", "Bethan Jones", "Bethan"), E("Person", "James Healy-Pratt"), E("Company", "Stewarts Law"),
           E("Location", "London"), E("Location", "United States")],
 # grounding the fleet over fuel costs is a business decision, no system failure → no outage (near-miss); 'it is a
 # subsidiary of Orient Thai Airlines' → parentOrganization; Orient Thai 'recently opened ... Orient Thai Cargo' →
 # parentOrganization; 'lessor Grandmax Group' of the airline → partner (a lease, supplier first as 21a's
 # Matsushita/Nokia); aircraft bought from Japan Airlines are assets: nothing; the collapsed 'damage limitation
 # scheme with rivals' is not said to be a partnership: nothing; aircraft types → Service (makers not named on
 # their own); the misspelt 'Urdom'/'Urdon' refer to the founder → aliases; 'Richard and Margaret Collins', 'Steve and
 # Jean Jones' → 'Richard', 'Margaret Collins', 'Steve', 'Jean Jones' (21a's Collyer rule); 'head of aviation at
 # Stewarts Law' heads a practice, not the firm → executive; Flight 269/OG269 is a flight: no entity
 roles=[R("Udom Tantiprasongchai", "founder", "One-Two-Go Airlines"),
        R("James Healy-Pratt", "executive", "Stewarts Law")],
 relations=[L("One-Two-Go Airlines", "parentOrganization", "Orient Thai Airlines"),
            L("Orient Thai Cargo", "parentOrganization", "Orient Thai Airlines"),
            L("Grandmax Group", "partner", "One-Two-Go Airlines")],
 outages=[],
 dates=[D("September 15", "2008-09-15"), D("September", "2007-09"), D("2003", "2003")])
A["wn-bbc-spends-3-4m-sell-off-2008"] = dict(
 entities=[E("Company", "The Guardian"), E("Company", "BBC"), E("Company", "BBC Resources Ltd.", "BBC Resources",
           "Resources"), E("Company", "Outside Broadcast"), E("Company", "Satellite Information Services Limited", "SIS"), E("Organization", "BECTU"),
           E("Person", "Luke Crawley"), E("Company", "BBC Technology"), E("Company", "BBC Broadcast"),
           E("Company", "BBC Worldwide", "BBC Enterprises"), E("Organization", "ACAS"),
           E("Company", "Financial Times"), E("Company", "The Times"), E("Company", "Broadcast"),
           E("Company", "Ernst & Young")],
 # 'BBC Resources, which will continue to operate as a wholly-owned commercial subsidiary of the BBC' →
 # parentOrganization; 'its Outside Broadcast division' sold to SIS ('has been sold') → a named division (GUIDELINES:
 # "X's Y division"), bought as batch 21b's 'IBM's PC Division': parentOrganization of BBC Resources (past) and
 # acquired + parentOrganization of SIS (mended after the batch-22 second annotation; first annotated as a unit with
 # no name: nothing); 'like Studios, Post Production will remain within BBC Resources' left as annotated; BBC
 # Technology and BBC Broadcast, commercial divisions the BBC 'divested itself of' → past ownership, still recorded;
 # 'BBC Enterprises — now known as BBC Worldwide — remained in-house' → one entity (former name an alias),
 # parentOrganization BBC; 'the disposal — led by Ernst & Young' → an adviser's contract with the seller → partner;
 # 'BECTU Assistant General Secretary' is not the union's head → executive; the Broadcast magazine → Company
 roles=[R("Luke Crawley", "executive", "BECTU")],
 relations=[L("BBC Resources Ltd.", "parentOrganization", "BBC"), L("BBC Technology", "parentOrganization", "BBC"),
            L("BBC Broadcast", "parentOrganization", "BBC"), L("BBC Worldwide", "parentOrganization", "BBC"),
            L("Ernst & Young", "partner", "BBC"), L("Outside Broadcast", "parentOrganization", "BBC Resources Ltd."),
            *acq("Satellite Information Services Limited", "Outside Broadcast")],
 outages=[],
 dates=[D("today", "2008-06-27"), D("July 8", "2008-07-08"), D("March 7, 2008", "2008-03-07"),
        D("early June", "2008-06"), D("Last year", "2007"), D("1998", "1998"), D("2005", "2005"),
        D("June 2005", "2005-06"), D("January 2007", "2007-01"), D("July 2007", "2007-07"),
        D("August 16, 2007", "2007-08-16")])
A["wn-us-toy-retail-giant-toys-r-2017"] = dict(
 entities=[E("Location", "New Jersey"), E("Location", "US"), E("Company", "Toys R Us"), E("Location", "Canada"),
           E("Location", "Richmond"), E("Location", "Virginia"), E("Company", "Kohlberg Kravis Roberts"),
           E("Company", "Bain Capital"), E("Company", "Vornado Realty Trust"), E("Person", "Dave Brandon", "Brandon"),
           E("Person", "Jeff Gleit"), E("Location", "Ontario")],
 # 'Kohlberg Kravis Roberts, Bain Capital, and Vornado Realty Trust acquired Toys R Us' (2005, completed) →
 # acquired + parentOrganization for each buyer; 'Bankruptcy lawyer Jeff Gleit' names no firm: no role
 roles=[R("Dave Brandon", "ceo", "Toys R Us")],
 relations=acq("Kohlberg Kravis Roberts", "Toys R Us") + acq("Bain Capital", "Toys R Us")
           + acq("Vornado Realty Trust", "Toys R Us"),
 outages=[],
 dates=[D("Monday night", "2017-09-18"), D("2005", "2005"), D("June", "2017-06"), D("May 2018", "2018-05"),
        D("Last holiday season", "2016"), D("2016", "2016"), D("this year", "2017")])
A["wn-adam-aircraft-receive-105-million-funding-2007"] = dict(
 entities=[E("Company", "Adam Aircraft"), E("Service", "Adam A500", "A500"),
           E("Service", "Adam A700 AdamJet", "A700"), E("Company", "Morgan Stanley Senior Funding Inc."),
           E("Organization", "Federal Aviation Administration", "FAA"), E("Person", "Rick Adam"),
           E("Location", "China"), E("Company", "Hainan Zhong Hang Tai General Aviation Airlines"),
           E("Person", "Jason Fan")],
 # the two aircraft 'that they currently produce' → provider; 'a senior secured credit facility from Morgan Stanley
 # Senior Funding Inc.' to the maker → partner (a financing contract, lender first); the airline 'placed an order for
 # 50 of the new aircraft' → partner (an order between two named organisations, customer first as written);
 # 'Founder and CEO of Adam Aircraft Rick Adam' → founder and ceo; 'company CEO Jason Fan' of the ordering airline → ceo
 roles=[R("Rick Adam", "founder", "Adam Aircraft"), R("Rick Adam", "ceo", "Adam Aircraft"),
        R("Jason Fan", "ceo", "Hainan Zhong Hang Tai General Aviation Airlines")],
 relations=[L("Adam A500", "provider", "Adam Aircraft"), L("Adam A700 AdamJet", "provider", "Adam Aircraft"),
            L("Morgan Stanley Senior Funding Inc.", "partner", "Adam Aircraft"),
            L("Hainan Zhong Hang Tai General Aviation Airlines", "partner", "Adam Aircraft")],
 outages=[],
 dates=[D("Earlier this month", "2007-06"), D("2008", "2008")])
A["wn-myspace-expand-mobile-music-2006"] = dict(
 entities=[E("Company", "News Corp.", "News Corp", "News Corporation"), E("Company", "Jamba"), E("Company", "VeriSign"),
           E("Service", "Jamster"), E("Company", "Mobizzo"), E("Service", "MySpace"), E("Person", "Peter Chernin"),
           E("Company", "Reuters")],
 # 'has purchased a controlling interest in Jamba' (51%) → acquired + parentOrganization; 'created by VeriSign'
 # states no ownership now or sold: nothing; Jamba 'will be merged into ... Mobizzo' is future: nothing;
 # "News Corp.'s Mobizzo" → parentOrganization; 'its American brand Jamster' → provider Jamba; 'News Corp.'s social
 # networking website MySpace', 'News Corporation, which owns MySpace' → provider News Corp.
 roles=[R("Peter Chernin", "president", "News Corp."), R("Peter Chernin", "ceo", "News Corp.")],
 relations=acq("News Corp.", "Jamba") + [L("Mobizzo", "parentOrganization", "News Corp."),
                                          L("Jamster", "provider", "Jamba"), L("MySpace", "provider", "News Corp.")],
 outages=[],
 dates=[D("this morning", "2006-09-12")])
A["wn-labatt-usa-move-headquarters-buffalo-new-2007"] = dict(
 entities=[E("Company", "Labatt USA", "Labatt"), E("Location", "Norwalk"), E("Location", "Connecticut"),
           E("Location", "Buffalo"), E("Location", "New York"), E("Location", "Syracuse"), E("Location", "Rochester"),
           E("Person", "Glen Walter"), E("Location", "Key Bank Tower"), E("Company", "InBev"), E("Location", "Belgium"),
           E("Person", "Byron W. Brown", "Brown"), E("Company", "Try-It Distributing"), E("Location", "Erie"),
           E("Location", "Niagara")],
 # 'InBev is the parent company of Labatt USA' → parentOrganization; 'Try-It Distributing, a local distributor of the
 # beer' → partner (a distributor, as written first); 'Mayor of Buffalo' → no role (a mayor, as the corpus's Atlanta
 # mayor); the tower is a named building → Location; 'Main Street' and 'Downtown Buffalo' not annotated
 roles=[R("Glen Walter", "president", "Labatt USA")],
 relations=[L("Labatt USA", "parentOrganization", "InBev"), L("Try-It Distributing", "partner", "Labatt USA")],
 outages=[],
 dates=[D("this spring", "2007")])
A["wn-paypal-freezes-20k-hurricane-relief-donations-2005"] = dict(
 entities=[E("Company", "PayPal"), E("Company", "Something Awful"), E("Organization", "American Red Cross", "Red Cross"),
           E("Person", "Rich Kyanka", "Kyanka"), E("Company", "eBay"), E("Organization", "United Way"),
           E("Organization", "US Army"), E("Location", "New Orleans")],
 # one donation account suspended and frozen by the payment company: no service lost → no outage (near-miss);
 # 'the eBay-owned subsidiary' → parentOrganization(PayPal, eBay); Something Awful, a website with a founder that
 # runs donation drives and its own webservers, is run as a business → Company, 'Rich Kyanka, founder of Something
 # Awful' → founder; hurricane Katrina and the Iraq War are events
 roles=[R("Rich Kyanka", "founder", "Something Awful")],
 relations=[L("PayPal", "parentOrganization", "eBay")],
 outages=[],
 dates=[D("2003", "2003")])
A["wn-u-airways-makes-bid-delta-2006"] = dict(
 entities=[E("Company", "US Airways", "US Air"), E("Company", "Delta"), E("Location", "Atlanta"),
           E("Location", "Atlanta-Hartsfield"), E("Location", "United States"), E("Person", "Doug Parker"),
           E("Company", "United Airline"), E("Organization", "Justice Department"),
           E("Company", "New York Stock Exchange")],
 # an unsolicited '$8 billion bid' that 'Management of Delta have not endorsed' → a bid: nothing (near-miss);
 # United's 'proposed purchase of US Airways, was blocked' → nothing; the Dow Jones Industrial Average is an index:
 # no entity; 'US Air CEO Doug Parker' → ceo of US Airways
 roles=[R("Doug Parker", "ceo", "US Airways")],
 relations=[],
 outages=[],
 dates=[D("November 15, 2006", "2006-11-15"), D("the middle of 2007", "2007"), D("2001", "2001"),
        D("Sept. 11", "2001-09-11")])
A["wn-calpine-declares-bankruptcy-cites-natural-gas-2005"] = dict(
 entities=[E("Company", "Calpine Corporation", "Calpine"), E("Location", "San Jose"), E("Location", "California"),
           E("Company", "Deutsche Bank"), E("Company", "Credit Suisse First Boston"), E("Location", "U.S."),
           E("Organization", "Department of Water Resources"), E("Company", "Pacific Gas and Electric Company"),
           E("Organization", "Federal Bankruptcy Court for the Southern District of New York")],
 # 'debtor-in-possession financing from Deutsche Bank and Credit Suisse First Boston' → partner (financing contracts,
 # lender first, as the Adam Aircraft text); 'a 20-year contract entered into with the State of California's
 # Department of Water Resources and Pacific Gas and Electric Company' → partner (Calpine first, as written); the
 # Canadian subsidiaries are unnamed; 'in U.S. Federal Court' is generic: no entity
 roles=[],
 relations=[L("Deutsche Bank", "partner", "Calpine Corporation"),
            L("Credit Suisse First Boston", "partner", "Calpine Corporation"),
            L("Calpine Corporation", "partner", "Department of Water Resources"),
            L("Calpine Corporation", "partner", "Pacific Gas and Electric Company")],
 outages=[],
 dates=[D("Tuesday", "2005-12-20"), D("2001", "2001"), D("December 21", "2005-12-21")])
A["wn-founder-alibaba-group-jack-ma-talks-2007"] = dict(
 entities=[E("Company", "Chinatrust Commercial Bank", "CTCB"), E("Person", "Jack Ma", "Ma"),
           E("Company", "Alibaba Group"), E("Person", "Edward Prescott"), E("Location", "Taiwan"),
           E("Person", "Jeffery Koo"), E("Location", "Hong Kong")],
 # 'Jack Ma, founder of Alibaba Group' → founder; 'Jeffery Koo (Chairman of CTCB)' → chairman; the forum is an event;
 # 'Dr. Edward Prescott' named without the honorific (as 19c's Tony Ryan); no relation between the two companies
 roles=[R("Jack Ma", "founder", "Alibaba Group"), R("Jeffery Koo", "chairman", "Chinatrust Commercial Bank")],
 relations=[],
 outages=[],
 dates=[D("2005", "2005"), D("yesterday", "2007-11-05")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
