#!/usr/bin/env python3
"""Batch 37m gold annotations for the five toscaData Wikinews texts of batch37m.py (an alliance of handset makers and
mobile operators for a Linux phone platform, a sportscaster's contract traded between two media groups, India's
airlines in a downturn with one carrier's alliance and purchase, an investor group's deal for a film studio's assets,
and a basketball team and its ticketing partner suing the ticket seller it had contracted), written by reading each
text alone; no extractor was run on any of them. Split rule fixed before annotating: ids sorted, dealt along test,
train, dev, train (cycle); the fifth text was added before any file was scored and took the next place (test).
None of the five tells a service lost, and none is a near-miss of one: no outage is annotated in this batch.
usage: batch37m_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-major-cell-phone-companies-working-linux-2006
wn-espn-trades-al-michaels-oswald-lucky-2006
wn-indian-aviation-sector-hit-financial-trouble-2008
wn-maria-contreras-sweet-group-buys-weinstein-2018
wn-us-basketball-cleveland-cavaliers-partner-flash-2007""".split())
A = {}

# The six members of the phone-platform alliance in the order the text names them.
LIMO = ["Motorola", "NEC", "Panasonic", "Samsung", "NTT DoCoMo", "Vodafone"]

A["wn-major-cell-phone-companies-working-linux-2006"] = dict(
 entities=[E("Company", m) for m in LIMO] +
          [E("Service", "Linux"), E("Company", "Symbian"), E("Company", "Microsoft"),
           E("Person", "Peter Gorham", "Gorham"), E("Organization", "Linux Phone Standard Forum"),
           E("Organization", "Open Source Development Lab"), E("Organization", "Electronics Linux Forum"),
           E("Person", "Christy Wyatt"), E("Service", "Ming"), E("Service", "Rokr E2"),
           E("Location", "China"), E("Location", "Asia"), E("Location", "Europe")],
 # Handset makers and operators → Company. Linux (an operating system, named on its own: 'Linux is also rock
 # solid') → Service with no provider (none named). Symbian and Microsoft, set beside each other as the players
 # that dominate 'the operating systems market' → Company (a doubtful point for Symbian, whose name is also its
 # operating system's; no Service is named for either). The three standards groups → Organization. The Ming model
 # and the Rokr E2 music phone (devices) → Service. 'U.S. provider's support' and 'American carriers' → no
 # Location (adjectival uses; a doubtful point for 'U.S.').
 # Roles: 'Christy Wyatt, vice president of market development at Motorola' → vice-president at Motorola. 'Peter
 # Gorham, an independent market analyst' → no role (no organisation).
 # Relations: the six 'have announced they will work together' in 'this alliance' → partner for each pair, in the
 # order written (as earlier batches recorded founding consortia and alliances); Gorham's 'Motorola and Samsung ...
 # have a large customer, Vodafone' falls within those pairs. 'Motorola has already shipped five million of these
 # including the Ming model ... and Rokr E2' → provider Ming → Motorola, provider Rokr E2 → Motorola.
 # Outages: none; no near-miss ('no more taking your batteries out of your phone' is a general claim).
 # Dates (published Thursday 15 June 2006): none ('soon', 'already' are not resolvable).
 roles=[R("Christy Wyatt", "vice-president", "Motorola")],
 relations=[L(a, "partner", b) for i, a in enumerate(LIMO) for b in LIMO[i + 1:]] +
           [L("Ming", "provider", "Motorola"), L("Rokr E2", "provider", "Motorola")],
 outages=[],
 dates=[])

A["wn-espn-trades-al-michaels-oswald-lucky-2006"] = dict(
 entities=[E("Company", "ESPN"), E("Company", "The Walt Disney Company", "Disney"), E("Organization", "NFL"),
           E("Person", "Al Michaels", "Michaels", "Micheals"), E("Company", "NBC Universal"),
           E("Person", "Walt Disney"), E("Person", "Charles B. Mintz", "Mintz"),
           E("Company", "Universal Studios", "Universal"), E("Person", "Walter Lantz"), E("Person", "John Madden"),
           E("Company", "NBC"), E("Person", "Joe Theismann", "Theismann"), E("Person", "Mike Tirico"),
           E("Person", "Tony Kornheiser"), E("Company", "ABC"), E("Company", "NBC Sports"),
           E("Location", "Torino"), E("Location", "London"), E("Organization", "Notre Dame")],
 # Broadcasters and media groups → Company (ESPN, ABC, NBC, NBC Sports, NBC Universal, Universal Studios, The Walt
 # Disney Company). 'Disney' is the company in 'Disney received the rights' and the man in 'Disney directed 26
 # Oswald cartoons', 'forced Disney to leave' and 'Disney-directed'; the alias goes to the company, the party to
 # the deal (a doubtful point: three of its four uses are the man, Walt Disney, whose full name is his own entity).
 # 'Universal' (bought Oswald, made the later cartoons) → alias of Universal Studios. Cartoon characters (Oswald
 # the Lucky Rabbit, Mickey Mouse, Woody Woodpecker), TV shows (Sunday Night Football, ESPN Monday Night Football)
 # and sports events (Ryder Cup, Kentucky Derby, Preakness Stakes, the Olympics) → no entity. NFL → Organization;
 # 'Notre Dame' (its college football games: the university's team) → Organization (a doubtful point). Torino,
 # London → Location.
 # Roles: none. 'NFL play-by-play analyst Al Michaels' is a sportscaster (not a market analyst, and the NFL does
 # not employ him); the booth announcers have no title at an organisation.
 # Relations: "ESPN's parent company, The Walt Disney Company" → parentOrganization ESPN → The Walt Disney Company.
 # The Walt Disney Company 'traded the contract ... to NBC Universal in exchange for' rights and the character → one
 # partner The Walt Disney Company → NBC Universal (a contract between two named organisations, direction as
 # written); ESPN's rights 'from NBC Sports' are part of that trade and are not annotated again (a doubtful point).
 # Not stated, not annotated: ABC's owner ('his ABC contract' released by Disney implies it), NBC Sports' and
 # NBC's place in NBC Universal. 'Oswald soon was bought by Universal' → nothing (a character, not an entity).
 # Outages: none.
 # Dates (published Thursday 9 February 2006): '79 years ago' → 1927; '1927'; '1938'; '2006' ('the 2006 season',
 # 'from 2006', the 2006 Winter Olympics: one item); 'the previous day' (before the trade's announcement, taken as
 # the day before publication) → 2006-02-08 (a doubtful point: the trade's own day is not stated); '2008', '2010',
 # '2012' (the Ryder Cup and the 2012 Olympics: one item), '2014', '2011'. 'Friday coverage', 'Saturday and Sunday
 # coverage' → no date (recurring broadcast days).
 roles=[],
 relations=[L("ESPN", "parentOrganization", "The Walt Disney Company"),
            L("The Walt Disney Company", "partner", "NBC Universal")],
 outages=[],
 dates=[D("79 years ago", "1927"), D("1927", "1927"), D("1938", "1938"), D("2006", "2006"),
        D("the previous day", "2006-02-08"), D("2008", "2008"), D("2010", "2010"), D("2012", "2012"),
        D("2014", "2014"), D("2011", "2011")])

A["wn-indian-aviation-sector-hit-financial-trouble-2008"] = dict(
 entities=[E("Company", "Kingfisher Red", "Air Deccan"), E("Location", "India"),
           E("Company", "Kingfisher Airlines", "Kingfisher"), E("Company", "Air India"),
           E("Company", "Jet Airlines", "Jet"), E("Company", "Indian Oil Corporation"),
           E("Company", "Hindustan Petroleum Corporation"), E("Company", "Bharat Petroleum Corporation"),
           E("Person", "Raghu Menon"), E("Service", "A340"), E("Company", "Airbus"), E("Person", "John Leahy"),
           E("Company", "Boeing"), E("Person", "Dinesh Keskar")],
 # Airlines, oil companies and aircraft makers → Company. 'Kingfisher Red - originally known as Air Deccan' → one
 # Company with its former name as alias. 'Kingfisher' (also inside 'Kingfisher-Jet alliance') → alias of
 # Kingfisher Airlines; 'Jet Airlines' (the text's form of Jet Airways) with 'Jet'. 'A340 aircraft' (a model) →
 # Service. 'India' → Location; 'Indian', 'European' → none (adjectives). The government (unnamed) → nothing.
 # Roles: "Air India's head Raghu Menon" → head at Air India; 'Airbus executive John Leahy' → executive at Airbus;
 # 'One executive at Boeing, Dinesh Keskar' → executive at Boeing.
 # Relations: 'until Kingfisher Airlines bought the company out' (Air Deccan, now Kingfisher Red, still flying
 # under that name) → acquired Kingfisher Airlines → Kingfisher Red and parentOrganization Kingfisher Red →
 # Kingfisher Airlines (completed; not said to be merged away). 'Kingfisher Airlines has decided to enter an
 # alliance with Jet Airlines' and 'the partnership between Jet and Kingfisher' → partner Kingfisher Airlines → Jet
 # Airlines. Not annotated: the cancelled A340 order (an abandoned deal; a doubtful point: a cancelled order still
 # says Kingfisher had ordered from Airbus), and the fuel debts owed to the three oil companies (supply implied by
 # 'fuel payments', no contract stated; a doubtful point). Provider A340 → Airbus ('three A340 aircraft from
 # European airframer Airbus').
 # Outages: none (capacity cuts and debts are business trouble, no service told as lost).
 # Dates (published Saturday 18 October 2008): 'September' → 2008-09; 'this time last year' → 2007-10 (a doubtful
 # point: the month of publication a year back); '2026'; 'April to June' (in 'the period from April to June') →
 # 2008-Q2 (a doubtful point: listed as the quarter it spans rather than as two months). '6 to 9 months' is a
 # span, no date.
 roles=[R("Raghu Menon", "head", "Air India"), R("John Leahy", "executive", "Airbus"),
        R("Dinesh Keskar", "executive", "Boeing")],
 relations=[L("Kingfisher Airlines", "acquired", "Kingfisher Red"),
            L("Kingfisher Red", "parentOrganization", "Kingfisher Airlines"),
            L("Kingfisher Airlines", "partner", "Jet Airlines"), L("A340", "provider", "Airbus")],
 outages=[],
 dates=[D("September", "2008-09"), D("this time last year", "2007-10"), D("2026", "2026"),
        D("April to June", "2008-Q2")])

A["wn-maria-contreras-sweet-group-buys-weinstein-2018"] = dict(
 entities=[E("Company", "The Weinstein Company", "Weinstein Company"), E("Person", "Harvey Weinstein"),
           E("Person", "Tarak Ben Ammar"), E("Person", "Lance Maerov"), E("Person", "Bob Weinstein"),
           E("Company", "The New York Times"), E("Company", "Maria Contreras-Sweet Group"),
           E("Person", "Maria Contreras-Sweet"), E("Person", "Ron Burkle"), E("Location", "New York"),
           E("Person", "Eric T. Schneiderman", "Eric Schneiderman", "Schneiderman")],
 # The studio ('the Weinstein Company' once without its capital 'The') and the investor group → Company; The New York
 # Times → Company. 'New York' in 'The New York Attorney General' → Location (the state named in the title, as
 # batch 37e took 'Tennessee' from a legislator's title). The victim compensation fund and the planned new studio
 # (unnamed) → nothing.
 # Roles: 'The Weinstein Company board of directors — consisting of Tarak Ben Ammar, Lance Maerov and Bob Weinstein'
 # → director at The Weinstein Company for each. Not annotated: Maria Contreras-Sweet and Ron Burkle, who
 # 'represented' the group (no post stated; a doubtful point for Contreras-Sweet, whose name the group bears),
 # Harvey Weinstein (no post left in the cut text), and 'The New York Attorney General Eric T. Schneiderman' (a
 # state's law officer: not a minister, governor or agency head of the vocabulary, and no organisation entity
 # beside the state; a doubtful point: other at New York).
 # Relations: none. The group 'agreed to pay The Weinstein Company's debt' and would 'use the assets' for a new
 # studio: a purchase of assets (GUIDELINES: nothing), although the text once calls it 'The acquisition' (a
 # doubtful point: acquired Maria Contreras-Sweet Group → The Weinstein Company, agreed, not completed).
 # Outages: none (a studio near bankruptcy is a business failure).
 # Dates (published Sunday 4 March 2018): 'last year' → 2017; 'early February of this year' → 2018-02; 'Monday'
 # ('on Monday, three days before the deal announcement', told as past) → 2018-02-26; '2005'. 'about 40 days' is
 # a span, no date.
 roles=[R("Tarak Ben Ammar", "director", "The Weinstein Company"), R("Lance Maerov", "director", "The Weinstein Company"),
        R("Bob Weinstein", "director", "The Weinstein Company")],
 relations=[],
 outages=[],
 dates=[D("last year", "2017"), D("early February of this year", "2018-02"), D("Monday", "2018-02-26"),
        D("2005", "2005")])

A["wn-us-basketball-cleveland-cavaliers-partner-flash-2007"] = dict(
 entities=[E("Organization", "NBA"), E("Organization", "Cleveland Cavaliers", "Cavaliers", "Cavs"),
           E("Company", "Flash Seats"), E("Location", "Ohio"), E("Company", "Ticketmaster"),
           E("Company", "TicketNews.com"), E("Person", "Sean Moriarty", "Moriarty")],
 # NBA → Organization; the team ('the Cleveland Cavaliers', 'the Cavaliers', 'the Cavs') → Organization (sports
 # teams). Flash Seats and Ticketmaster → Company; TicketNews.com (a news website quoted as a source) → Company.
 # Ohio → Location; 'The U.S. NBA team' → no Location (an adjectival use; a doubtful point, as in this batch's
 # phone-platform text). Flash Seats' 'electronic, paperless ticketing system' and Ticketmaster's 'own
 # secondary-ticketing program' → no Service (unnamed), so no provider.
 # Roles: 'Ticketmaster President and CEO Sean Moriarty' → president and ceo at Ticketmaster.
 # Relations: 'the Cleveland Cavaliers and its partner Flash Seats' (Flash Seats 'provides' its ticketing system to
 # the team's season ticket holders) → partner Cleveland Cavaliers → Flash Seats. 'the Cavaliers and Ticketmaster
 # fairly negotiated a contract for Ticketmaster to serve as the team's exclusive primary and secondary ticketing
 # company' (and Ticketmaster's 'primary-ticketing contracts ... with the Cavaliers') → partner Cleveland Cavaliers →
 # Ticketmaster (a supply contract, direction as that sentence writes it; a doubtful point: the contract is in
 # dispute, Moriarty saying the team 'breached' it, but the text states that it was made).
 # Outages: none (a lawsuit over ticketing contracts).
 # Dates (published Tuesday 31 July 2007): 'Monday' (the lawsuit 'filed on Monday', 'filed Monday') → 2007-07-30.
 roles=[R("Sean Moriarty", "president", "Ticketmaster"), R("Sean Moriarty", "ceo", "Ticketmaster")],
 relations=[L("Cleveland Cavaliers", "partner", "Flash Seats"), L("Cleveland Cavaliers", "partner", "Ticketmaster")],
 outages=[],
 dates=[D("Monday", "2007-07-30")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
