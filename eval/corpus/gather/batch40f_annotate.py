#!/usr/bin/env python3
"""Batch 40f gold annotations for the four toscaData Wikinews texts of batch40f.py (a computer maker's desktop
software for three operating systems with its partners, vice president and an analyst; an internet company's mobile
search service with its unit's senior vice president, its photo site and four phone makers; Thailand's tax bill to a
company set up by the ousted prime minister after the sale of Shin Corp. to Temasek; an internet company's new ad
sales system and an analyst), written by reading each text alone; no extractor was run on any of them. Split rule
fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle). None of the four tells a service
lost, and none is a near-miss of one: no outage is annotated in this batch.
usage: batch40f_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-ibm-launch-software-that-works-linux-2007
wn-thailand-orders-ample-rich-directors-pay-2007
wn-yahoo-releases-mobile-phone-search-engine-2007
wn-yahoos-new-internet-ad-sales-system-2007""".split())
A = {}

IBM = "International Business Machines Inc."
A["wn-ibm-launch-software-that-works-linux-2007"] = dict(
 entities=[E("Company", IBM, "IBM"), E("Service", "Open Client Offering", "Open Client"), E("Service", "Macintosh"),
           E("Service", "Linux"), E("Service", "Windows"), E("Company", "Novell Inc.", "Novell"),
           E("Company", "Red Hat Inc."), E("Company", "Apple"), E("Service", "OS X"), E("Company", "Microsoft"),
           E("Person", "Scott Handy"), E("Service", "Open Document Format"), E("Service", "Internet Explorer"),
           E("Service", "Firefox"), E("Company", "PSA Peugeot Citroen"), E("Company", "RedMonk"),
           E("Person", "Stephen O'Grady", "O'Grady")],
 # Companies under the fullest names written ('International Business Machines Inc.' with 'IBM'; 'Novell Inc.' with
 # 'Novell'; 'Red Hat Inc.', never shortened). Apple is named on its own ('Apple desktop personal computers',
 # "Apple's OS X") → Company. Software and computers users use → Service: 'Open Client Offering' (alias 'Open
 # Client', in 'companies using Open Client'), Macintosh, Linux, Windows (also in 'Windows PCs', 'Windows-based'),
 # OS X, 'Open Document Format software', Internet Explorer, 'Firefox Web browser' → Firefox (the product's name; 'Web
 # browser' is the kind). 'the open source community', 'IBM officials', 'The software developers at IBM' → nothing.
 # Roles: "Scott Handy, IBM's vice president of Linux and open source" → vice-president at IBM; "RedMonk's analyst,
 # Stephen O'Grady" → analyst at RedMonk.
 # Relations: 'IBM's new product is called “Open Client Offering”' → provider Open Client Offering → IBM; 'developed
 # by IBM in-house, as well as with partners like Novell Inc. and Red Hat Inc.' → partner IBM → Novell Inc. and IBM →
 # Red Hat Inc. (direction as written: IBM developed it with them); 'PSA Peugeot Citroen ... signed a multi-year
 # agreement with Novell' → partner PSA Peugeot Citroen → Novell Inc. (a supply contract); "Apple's OS X" → provider
 # OS X → Apple; Windows → Microsoft ('pay Microsoft for licenses' so as not to rely on 'Windows-based software': a
 # careful reader is sure); 'Open Document Format software that the company developed' → provider → IBM (a doubtful
 # point: the text says IBM developed the software it will offer, and the format is better known as an open
 # standard); Macintosh → Apple (a doubtful point: the text pairs 'Macintosh or Linux software' with 'Linux or Apple
 # desktop personal computers' but never writes the maker). 'Novell, which is the provider of Linux software' →
 # nothing (a doubtful point: Linux is named throughout as an operating system no company runs; a reader may record
 # provider Linux → Novell Inc.). Internet Explorer and Firefox → no provider (no maker named; a doubtful point for
 # Internet Explorer, Microsoft's, as a careful reader may know). Microsoft as IBM's rival → nothing.
 # Outages: none (a product launch); no near-miss.
 # Dates (published Monday 12 February 2007): 'On Sunday' → 2007-02-11; 'today' (in O'Grady's 'today there is a
 # strong appetite', a nowadays) → 2007-02-12, as the corpus resolves 'today' (a doubtful point). 'multi-year',
 # 'long time' → nothing.
 roles=[R("Scott Handy", "vice-president", IBM), R("Stephen O'Grady", "analyst", "RedMonk")],
 relations=[L("Open Client Offering", "provider", IBM), L(IBM, "partner", "Novell Inc."),
            L(IBM, "partner", "Red Hat Inc."), L("PSA Peugeot Citroen", "partner", "Novell Inc."),
            L("OS X", "provider", "Apple"), L("Windows", "provider", "Microsoft"),
            L("Open Document Format", "provider", IBM), L("Macintosh", "provider", "Apple")],
 outages=[],
 dates=[D("Sunday", "2007-02-11"), D("today", "2007-02-12")])

A["wn-thailand-orders-ample-rich-directors-pay-2007"] = dict(
 entities=[E("Location", "Thailand", "Kingdom of Thailand"), E("Organization", "Assets Examination Committee", "AEC"),
           E("Person", "Thaksin Shinawatra", "Thaksin"), E("Company", "Ample Rich"),
           E("Location", "British Virgin Islands"), E("Company", "Bangkok Post"),
           E("Company", "Shin corporation", "Shin Corp."), E("Company", "Temasek holdings"), E("Location", "Bangkok")],
 # 'Thailand's anti-corruption body, the Assets Examination Committee (AEC)' → Organization with 'AEC'; 'the Kingdom
 # of Thailand' → alias of Thailand (the country's formal name). 'Thaksin' ("Thaksin's children", 'the Thaksin
 # children') → alias of Thaksin Shinawatra; 'the Shinawatra family' → nothing (the family, not the person). 'Shin
 # corporation' (as written, lower-case 'corporation') with 'Shin Corp.' → Company; 'Temasek holdings' as written →
 # Company. The Bangkok Post (a newspaper) → Company. 'the country's tax authorities', 'the board of directors',
 # 'two of Thaksin's children' → unnamed, nothing.
 # Roles: 'ousted Prime Minister Thaksin Shinawatra', 'the then-Prime Minister' → minister at Thailand, current false;
 # 'the company set up by ousted Prime Minister Thaksin Shinawatra' (the text then names it: 'The company Ample
 # Rich') → founder at Ample Rich, current true (a founding is not left; a doubtful point: the title speaks of
 # 'Ample Rich directors', the children on its board).
 # Relations: 'the sale of the company [Shin corporation, whose shares were sold to the children] to Temasek
 # holdings' and 'The actual sale of Shin Corp. sparked street protests' (done) → acquired Temasek holdings → Shin
 # corporation and parentOrganization Shin corporation → Temasek holdings (the completed-purchase rule). Who sold the
 # Shin shares to the children (Ample Rich is not said to hold them) → nothing.
 # Outages: none (a tax order); no near-miss.
 # Dates (published Tuesday 24 April 2007): none in the text ('now', 'only days prior' give no calendar value).
 roles=[R("Thaksin Shinawatra", "minister", "Thailand", False), R("Thaksin Shinawatra", "founder", "Ample Rich")],
 relations=[L("Temasek holdings", "acquired", "Shin corporation"),
            L("Shin corporation", "parentOrganization", "Temasek holdings")],
 outages=[],
 dates=[])

PHONES = ["Samsung Electronics Inc.", "Nokia", "Motorola Inc.", "LG Electronics Inc."]
A["wn-yahoo-releases-mobile-phone-search-engine-2007"] = dict(
 entities=[E("Company", "Yahoo"), E("Service", "oneSearch", "OneSearch"), E("Location", "United States"),
           E("Company", "Google"), E("Person", "Marco Boerries"), E("Company", "Connected Life"),
           E("Service", "Flickr")] + [E("Company", x) for x in PHONES],
 # Yahoo ('the second largest Internet search engine Yahoo': the company that introduces the service, signs deals and
 # has officials and developers) → Company; Google (its 'main competitor') → Company. 'its new service called
 # oneSearch' → Service, alias 'OneSearch' (the text's other spelling). "Yahoo's Connected Life business unit" →
 # Company 'Connected Life' (a unit of a company; 'business unit' is the kind). "Yahoo's Flickr photos site" →
 # Service Flickr. The four phone makers under the names written. 'Yahoo's officials', 'its developers', 'mobile Web
 # search' → nothing.
 # Roles: 'Marco Boerries, who works as a senior vice president of Yahoo's Connected Life business unit' →
 # vice-president (senior vice president → vice-president) at Connected Life (a doubtful point: a reader may put the
 # post at Yahoo, as the unit is Yahoo's).
 # Relations: provider oneSearch → Yahoo ('its new service called oneSearch'); provider Flickr → Yahoo ("Yahoo's
 # Flickr photos site"); parentOrganization Connected Life → Yahoo ("Yahoo's Connected Life business unit"); 'The
 # company signed deals with several major mobile phone manufacturers, including: Samsung Electronics Inc., Nokia,
 # Motorola Inc. and LG Electronics Inc.' → partner Yahoo → each of the four (deals signed, direction as written).
 # Google as a competitor → nothing.
 # Outages: none (a service launch); no near-miss.
 # Dates (published Tuesday 20 March 2007): 'On Monday' → 2007-03-19.
 roles=[R("Marco Boerries", "vice-president", "Connected Life")],
 relations=[L("oneSearch", "provider", "Yahoo"), L("Flickr", "provider", "Yahoo"),
            L("Connected Life", "parentOrganization", "Yahoo")] + [L("Yahoo", "partner", x) for x in PHONES],
 outages=[],
 dates=[D("Monday", "2007-03-19")])

A["wn-yahoos-new-internet-ad-sales-system-2007"] = dict(
 entities=[E("Company", "Yahoo Inc.", "Yahoo"), E("Service", "Panama"), E("Location", "United States"),
           E("Company", "Google Inc.", "Google"), E("Person", "Martin Pyykkonen", "Pyykkonen"),
           E("Company", "Global Crown Capital"), E("Service", "MySpace.com"), E("Service", "YouTube")],
 # 'Yahoo Inc.' with 'Yahoo' and 'Google Inc.' with 'Google' (also 'the number one search engine Google Inc.': the
 # company, whose features and software platform are compared) → Company. 'its new system, entitled Panama' (the ad
 # sales system advertisers use) → Service. 'Global Crown Capital' → Company. MySpace.com and YouTube (the
 # competition in branded advertising) → Service, no provider (no owner named in the text). 'Wall Street' (in 'than
 # Wall Street expected': the market's analysts) → nothing; 'the Internet' → nothing.
 # Roles: 'Martin Pyykkonen, who is the analyst at Global Crown Capital' → analyst at Global Crown Capital.
 # Relations: provider Panama → Yahoo Inc. ('its new system, entitled Panama'). Google as a rival → nothing.
 # Outages: none (a launch); no near-miss.
 # Dates (published Friday 26 January 2007): 'February 5' (the launch) → 2007-02-05; 'on Wednesday' (the shares'
 # rise) → 2007-01-24; "this year's second half" → 2007 (a half-year, as the corpus maps 'the first half of 2005' to
 # the year). 'a month earlier', 'for several years' → nothing.
 roles=[R("Martin Pyykkonen", "analyst", "Global Crown Capital")],
 relations=[L("Panama", "provider", "Yahoo Inc.")],
 outages=[],
 dates=[D("February 5", "2007-02-05"), D("Wednesday", "2007-01-24"), D("this year's second half", "2007")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
