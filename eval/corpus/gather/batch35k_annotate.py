#!/usr/bin/env python3
"""Batch 35k gold annotations for the seven toscaData Wikinews texts of batch35k.py, made by reading each text alone
(no extractor run on any of them). Split rule fixed before the first annotation: the ids sorted and dealt along test,
train, dev, train, as every sub-batch since 8b.
usage: batch35k_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-microsoft-announces-xbox-360-launch-dates-2005
wn-microsoft-launches-biztalk-server-2006-r2-2007
wn-queues-start-form-uk-iphone-launch-2007
wn-tel-top-level-domain-launched-2008
wn-google-blocks-home-device-from-responding-2017
wn-apple-launches-itunes-new-zealand-2006
wn-worlds-cheapest-car-launched-india-will-2009""".split())
A = {}

A["wn-microsoft-announces-xbox-360-launch-dates-2005"] = dict(
 entities=[E("Company", "Microsoft"), E("Service", "Xbox"), E("Service", "Xbox 360"), E("Location", "USA", "US"),
           E("Location", "Europe"), E("Location", "Japan"), E("Service", "Xbox Live"), E("Location", "UK"),
           E("Person", "Robbie Bach"), E("Company", "Sony"), E("Company", "Nintendo"), E("Service", "PlayStation 3"),
           E("Service", "Revolution")],
 # The console line ('the new version of the Xbox gaming console') and the new console are two products, both
 # Microsoft's (a doubtful point: 'Xbox' as the line rather than an alias of the Xbox 360). 'membership in the Xbox
 # Live gaming service', sold in the console's premium edition → a Microsoft service (the text never says who runs
 # it; a careful reader is sure). 'Sony plans to release the PlayStation 3' and 'Nintendo plans to release its new
 # console, the Revolution' → provider. Role: 'Chief Xbox officer Robbie Bach' → executive at Microsoft (a chief
 # officer of a product line, no title of the vocabulary; a doubtful point). No outage, no deal. Dates against the
 # published day (Friday 16 September 2005): 'Thursday' 2005-09-15, 'November 22', 'December 2', 'December 10' in
 # 2005, 'the end of 2005' → 2005, 'Thanksgiving' → 2005-11-24 (US Thanksgiving 2005, two days after 22 November
 # as the text says), 'November' ('A November launch') → 2005-11, 'the spring of 2006' → 2006 (a season → the
 # year), 'next year' → 2006; 'launch day', 'the holidays' and 'the US Christmas buying season' left out.
 roles=[R("Robbie Bach", "executive", "Microsoft")],
 relations=[L("Xbox", "provider", "Microsoft"), L("Xbox 360", "provider", "Microsoft"),
            L("Xbox Live", "provider", "Microsoft"), L("PlayStation 3", "provider", "Sony"),
            L("Revolution", "provider", "Nintendo")],
 outages=[],
 dates=[D("Thursday", "2005-09-15"), D("November 22", "2005-11-22"), D("December 2", "2005-12-02"),
        D("December 10", "2005-12-10"), D("the end of 2005", "2005"), D("Thanksgiving", "2005-11-24"),
        D("November", "2005-11"), D("the spring of 2006", "2006"), D("next year", "2006")])

A["wn-microsoft-launches-biztalk-server-2006-r2-2007"] = dict(
 entities=[E("Company", "Microsoft", "Microsoft Corp.", "Microsoft Global Headquarters"),
           E("Service", "BizTalk Server 2006 R2"), E("Location", "Taiwan"), E("Company", "Microsoft Taiwan"),
           E("Person", "Steven Martin", "Martin"), E("Organization", "Chang Jung Christian University"),
           E("Company", "Telecommunication Laboratories"), E("Company", "Chunghwa Telecom Co., Ltd."),
           E("Company", "Tekho Inc."), E("Company", "Formosa Petrochemical Co., Ltd."),
           E("Company", "Quanta Computer lnc."), E("Location", "Sydney"), E("Location", "Australia"),
           E("Location", "Chicago"), E("Location", "United States")],
 # 'Microsoft Taiwan' (the local arm that held the seminar) → parentOrganization Microsoft; 'Microsoft Global
 # Headquarters' (which 'chose Taiwan' and 'announced' the next launches) read as the company itself, an alias of
 # Microsoft (a doubtful point: a separate unit). 'Telecommunication Laboratories of Chunghwa Telecom Co., Ltd.' →
 # two Companies, the laboratories a unit of the telecoms company (parentOrganization; a doubtful point: the
 # laboratories as an Organization). 'BizTalk Server 2006 R2' → Service, provider Microsoft. 'BizTalk® Server
 # Product Group' is not annotated on its own (a product group inside the company, named with a trademark sign;
 # a doubtful point). Role: 'Steven Martin (Director of Product Management for BizTalk® Server Product Group at
 # Microsoft Corp.)' → director at Microsoft (as 'director of emergency relief operations' → director in batch 35c;
 # a doubtful point: executive). No partner for the university and the four companies that Microsoft Taiwan
 # 'welcomed ... to introduce their solutions from their earlier integration': the text implies they built on the
 # product but names no partnership, supply or customer contract (a doubtful point). RFID, SOA, EDI (technologies)
 # and the seminar's motto → no entity. '2006' only inside the product's name → no date. Dates against the
 # published day (Thursday 13 September 2007): 'Tuesday' → 2007-09-11, 'September 13' → 2007-09-13, 'October 2'
 # → 2007-10-02. No outage.
 roles=[R("Steven Martin", "director", "Microsoft")],
 relations=[L("Microsoft Taiwan", "parentOrganization", "Microsoft"),
            L("BizTalk Server 2006 R2", "provider", "Microsoft"),
            L("Telecommunication Laboratories", "parentOrganization", "Chunghwa Telecom Co., Ltd.")],
 outages=[],
 dates=[D("Tuesday", "2007-09-11"), D("September 13", "2007-09-13"), D("October 2", "2007-10-02")])

A["wn-queues-start-form-uk-iphone-launch-2007"] = dict(
 entities=[E("Location", "London"), E("Company", "Apple"), E("Service", "iPhone"), E("Company", "O2"),
           E("Location", "United States", "US"), E("Location", "United Kingdom", "UK"), E("Location", "Germany"),
           E("Company", "The Carphone Warehouse")],
 # 'The phone launches tomorrow ... exclusively onto the O2 network' and 'The launch of the product onto one phone
 # network only' → partner Apple → O2 (an exclusive carrier deal a careful reader is sure of; a doubtful point: the
 # text never says 'agreement'). 'will be sold at The Carphone Warehouse, O2 and across the UK' → no partner for
 # the retailer (selling the phone, no contract told; a doubtful point). O2 (the network and a seller) → Company.
 # 'the London Apple store' (a shop) → no entity beyond Apple and London. The iPhone → Service, provider Apple.
 # No role (no person named). No outage; near-miss: 'Apple replied ... by releasing software patches that, when
 # installed, will prevent functionality of the phone' (unlocked phones disabled on purpose by an update, no
 # service failing). Dates against the published day (Thursday 8 November 2007): 'today' 2007-11-08, 'tomorrow'
 # 2007-11-09, '6.02 p.m. UTC' → 2007-11-09T18:02 (a clock time on the launch day), 'five months ago' → 2007-06
 # (five months before 8 November; a doubtful point: a relative month).
 roles=[],
 relations=[L("iPhone", "provider", "Apple"), L("Apple", "partner", "O2")],
 outages=[],
 dates=[D("today", "2007-11-08"), D("tomorrow", "2007-11-09"), D("6.02 p.m. UTC", "2007-11-09T18:02"),
        D("five months ago", "2007-06")])

A["wn-tel-top-level-domain-launched-2008"] = dict(
 entities=[E("Service", ".tel"), E("Company", "Telnic"), E("Person", "Khashayar Mahdavi"), E("Service", ".com"),
           E("Company", "Google")],
 # 'This top-level domain is operated by Telnic' → provider .tel → Telnic (a naming service users buy names in:
 # Service; a doubtful point). '.com' (another top-level domain, in Mahdavi's words) → Service, its operator not
 # named → no provider. 'Khashayar Mahdavi, CEO of Telnic' → ceo. 'a Google search' → Google as a Company (the
 # corpus types search engines named by their companies' names as Company). 'the Sunrise application' (a
 # registration phase) → no entity. No outage, no deal. Dates against the published day (Wednesday 3 December
 # 2008): 'March 24 of next year' → 2009-03-24, 'today' ("today's launch") → 2008-12-03, '30 May 2008'.
 roles=[R("Khashayar Mahdavi", "ceo", "Telnic")],
 relations=[L(".tel", "provider", "Telnic")],
 outages=[],
 dates=[D("March 24 of next year", "2009-03-24"), D("today", "2008-12-03"), D("30 May 2008", "2008-05-30")])

A["wn-google-blocks-home-device-from-responding-2017"] = dict(
 entities=[E("Company", "Google"), E("Service", "Google Home"), E("Company", "Burger King"), E("Service", "Whopper"),
           E("Service", "Wikipedia"), E("Company", "USA Today"), E("Company", "The Washington Post"),
           E("Person", "Fernando Machado", "Machado"), E("Company", "The Verge"),
           E("Person", "Brooke Scher Morgan", "Morgan"), E("Service", "Twitter"), E("Person", "Anthony Kirkpatrick"),
           E("Person", "Dawn Xiana Moon"), E("Service", "YouTube"), E("Person", "Jonah Berger", "Berger"),
           E("Organization", "University of Pennsylvania"), E("Organization", "Wharton School"),
           E("Company", "McDonald's"), E("Person", "Dara Schopp")],
 # 'Google prevented its Google Home speaker' → provider Google Home → Google; "the chain's Whopper hamburger" →
 # Whopper a product users buy (Service, as the corpus types products; a doubtful point: a food item), provider
 # Burger King. "the University of Pennsylvania's Wharton School" → parentOrganization Wharton School → University
 # of Pennsylvania. Wikipedia, Twitter and YouTube → Service, their operators not named → no provider. Roles:
 # 'Fernando Machado, senior vice president for global brand management at Burger King' → vice-president
 # (GUIDELINES: senior vice president → vice-president); 'spokesman Brooke Scher Morgan' (the statement is Burger
 # King's) and 'Dara Schopp, a spokeswoman for Burger King' → spokesperson. No role: 'marketing professor Jonah
 # Berger, a faculty member of ... Wharton School' (a professor: no title of the vocabulary, as GATHERING.md's
 # earlier 'a professor' → no role; a doubtful point: other), 'software developer Anthony Kirkpatrick' (no
 # organisation), Dawn Xiana Moon (a user). The TV shows (The Tonight Show with Jimmy Fallon, Jimmy Kimmel Live),
 # the Super Bowl (an event), the book Contagious and 'Fermachado123' (a user name) → no entity; the hosts named
 # only inside the shows' titles → no entity; 'burger king' in a tweet (lower case) is the same name. No outage:
 # Google's block made its speakers ignore one voice clip on purpose while 'other people were still able to get
 # the devices to respond' (a near-miss: a deliberate block of one trigger, the service up); Wikipedia 'locking its
 # article from editing by unregistered users' (a protection step, no service lost). Dates against the published
 # day (Friday 14 April 2017): 'Wednesday afternoon' and 'Wednesday night' → 2017-04-12 (two items), '2:45 PM' →
 # 2017-04-12T14:45, '1845 UTC' → 2017-04-12T18:45, '12PM Eastern Time' → 2017-04-12T12:00, '1600 UTC' →
 # 2017-04-12T16:00, 'Thursday morning' → 2017-04-13, 'Wednesday' → 2017-04-12, 'Thursday' → 2017-04-13; 'tonight'
 # (in Morgan's Wednesday statement: resolving it against the published day would give a wrong day), 'the previous
 # day' (before Schopp's Thursday figures or before the spot: unclear), 'two weeks from now' (in a quotation, no
 # anchor day) and the Super Bowl left out.
 roles=[R("Fernando Machado", "vice-president", "Burger King"), R("Brooke Scher Morgan", "spokesperson", "Burger King"),
        R("Dara Schopp", "spokesperson", "Burger King")],
 relations=[L("Google Home", "provider", "Google"), L("Whopper", "provider", "Burger King"),
            L("Wharton School", "parentOrganization", "University of Pennsylvania")],
 outages=[],
 dates=[D("Wednesday afternoon", "2017-04-12"), D("2:45 PM", "2017-04-12T14:45"), D("1845 UTC", "2017-04-12T18:45"),
        D("12PM Eastern Time", "2017-04-12T12:00"), D("1600 UTC", "2017-04-12T16:00"),
        D("Wednesday night", "2017-04-12"), D("Thursday morning", "2017-04-13"), D("Wednesday", "2017-04-12"),
        D("Thursday", "2017-04-13")])

A["wn-apple-launches-itunes-new-zealand-2006"] = dict(
 entities=[E("Company", "Apple Computers", "Apple"), E("Service", "iTunes Store", "iTunes"),
           E("Location", "New Zealand"), E("Service", "Apple Store New Zealand", "Apple Store"),
           E("Service", "iPod", "iPods"), E("Service", "Mac minis"), E("Service", "Digirama"),
           E("Person", "Brooke Fraser"), E("Person", "Tim Finn"), E("Organization", "Fat Freddy's Drop"),
           E("Organization", "Red Hot Chili Peppers"), E("Person", "Ben Harper"), E("Person", "Eddy Cue"),
           E("Company", "Radio New Zealand"), E("Company", "The Voice Booth"), E("Service", "iPod nano", "iPod nanos"),
           E("Location", "Africa"), E("Company", "Renaissance")],
 # 'Apple Computers announced today that it's long awaited iTunes store is available' → provider iTunes Store →
 # Apple Computers; 'the online Apple Store New Zealand which provides Apple products' → provider; the iPod, the
 # iPod nano and the Mac mini ('Apple products, such as iPods, Mac minis'; 'The special edition iPod nano') →
 # provider Apple Computers ('Mac minis' named as written, the text has no singular). 'Renaissance is New Zealand's
 # distributor of Apple goods and will still keep its contract' → partner Renaissance → Apple Computers (a
 # distribution contract, direction as written). Digirama ('music download sites ... like Digirama which sell
 # their music tracks') → Service (a download site; a doubtful point: the business selling), no provider. Radio
 # New Zealand (a public broadcaster, 'such companies as') and The Voice Booth → Company. Bands (Fat Freddy's Drop,
 # Red Hot Chili Peppers) → Organization. Role: 'Eddy Cue, vice president of Apple' → vice-president. 'New
 # Zealanders' and 'the MP3 standard' → no entity; 'iPod's' (a misspelt plural) → not listed as an alias. No
 # outage: 'the reason the store was halted until now' is a delayed launch, no service lost. Dates against the
 # published day (Wednesday 6 December 2006): 'today' → 2006-12-06; 'this week', 'the holidays' and 'until now'
 # left out.
 roles=[R("Eddy Cue", "vice-president", "Apple Computers")],
 relations=[L("iTunes Store", "provider", "Apple Computers"), L("Apple Store New Zealand", "provider", "Apple Computers"),
            L("iPod", "provider", "Apple Computers"), L("Mac minis", "provider", "Apple Computers"),
            L("iPod nano", "provider", "Apple Computers"), L("Renaissance", "partner", "Apple Computers")],
 outages=[],
 dates=[D("today", "2006-12-06")])

A["wn-worlds-cheapest-car-launched-india-will-2009"] = dict(
 entities=[E("Service", "Tata Nano", "Nano"), E("Location", "India"), E("Person", "Ratan Tata", "Tata"),
           E("Location", "western Europe"), E("Location", "eastern Europe"), E("Location", "UK"), E("Location", "U.S."),
           E("Service", "Nano Europa"), E("Person", "Ravi Kant"), E("Company", "Tata Motors"), E("Location", "Bombay"),
           E("Company", "Angel Broking"), E("Person", "Vaishali Jajoo", "Jajoo")],
 # 'the chairman of the auto firm, Ratan Tata' → chairman of Tata Motors (the auto firm is named two paragraphs
 # on, 'Ravi Kant, the managing director at Tata Motors'; a careful reader is sure); Kant → director (GUIDELINES:
 # managing director → director); 'An auto analyst for Bombay's Angel Broking, Vaishali Jajoo' → analyst. The car
 # and its European version → Service (vehicles and car nameplates), provider Tata Motors. 'Tata' is both the
 # chairman ('Tata said', twice) and the company ("Tata's revenues", 'Tata, however, stated that its vehicle'):
 # listed once, as an alias of Ratan Tata, whose quotations hold most of its uses (a doubtful point: the company's
 # two uses). 'western Europe' and 'eastern Europe' (regions in Tata's words) → Location (a doubtful point);
 # 'European', 'Environmentalists' → no entity. No outage, no deal. Dates against the published day (Tuesday 24
 # March 2009): 'April' → 2009-04 (on sale), 'July' → 2009-07 (delivery), '2011'; 'per annum', 'five to six years'
 # and 'till now' left out.
 roles=[R("Ratan Tata", "chairman", "Tata Motors"), R("Ravi Kant", "director", "Tata Motors"),
        R("Vaishali Jajoo", "analyst", "Angel Broking")],
 relations=[L("Tata Nano", "provider", "Tata Motors"), L("Nano Europa", "provider", "Tata Motors")],
 outages=[],
 dates=[D("April", "2009-04"), D("July", "2009-07"), D("2011", "2011")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
