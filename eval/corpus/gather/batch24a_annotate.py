#!/usr/bin/env python3
"""Batch 24a gold annotations (the 13 texts of batch24a.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch24a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch10_annotate import acq

IDS = sorted("""wn-yahoo-snaps-up-flickr-2005
wn-amd-joins-forces-ati-2006
wn-uk-tube-company-metronet-goes-into-2007
wn-bucharest-metro-operator-purchase-more-modern-2005
wn-time-warner-sprint-close-mobile-pact-2004
wn-halliburtons-kbr-awarded-half-billion-dollar-2005
wn-enron-founder-ken-lay-dies-aspen-2006
wn-former-worldcom-ceo-ebbers-sentenced-25-2005
wn-delta-air-lines-cut-up-9-2005
wn-yahoo-announces-closure-briefcase-2009
wn-canadian-airline-jetsgo-ceases-operations-17-2005
wn-california-it-company-create-100-new-2005
wn-yahoo-chooses-dublin-location-new-european-2005""".split())
A = {}
A["wn-yahoo-snaps-up-flickr-2005"] = dict(
 entities=[E("Company", "Yahoo!"), E("Company", "Ludicorp Research and Development Ltd."), E("Service", "Flickr"),
           E("Person", "Caterina Fake", "Fake"), E("Company", "Silicon.Com"), E("Person", "Joanna Stevens", "Stevens"),
           E("Location", "Sunnyvale"), E("Location", "California"), E("Company", "Google"), E("Company", "AOL")],
 # 'Yahoo! has purchased Ludicorp ..., the private corporation which owns the photo sharing site Flickr' → a completed
 # purchase (acquired + parentOrganization) and the site's owner (provider); 'Flickr's vice president of marketing
 # and community' → vice-president at Flickr (the text uses the site's name for its business too); 'Yahoo!
 # spokeswoman' → spokesperson; Google and AOL only rumoured suitors → nothing; 'later this year' → the year
 roles=[R("Caterina Fake", "vice-president", "Flickr"), R("Joanna Stevens", "spokesperson", "Yahoo!")],
 relations=acq("Yahoo!", "Ludicorp Research and Development Ltd.")
           + [L("Flickr", "provider", "Ludicorp Research and Development Ltd.")],
 outages=[],
 dates=[D("Sunday", "2005-03-20"), D("later this year", "2005")])
A["wn-amd-joins-forces-ati-2006"] = dict(
 entities=[E("Company", "ATI"), E("Company", "AMD")],
 # 'ATI will be bought by the Californian AMD' → agreed, not completed: acquired only; 'Canadian', 'Californian' are
 # adjectives (no Location named)
 roles=[],
 relations=acq("AMD", "ATI", done=False),
 outages=[],
 dates=[])
A["wn-uk-tube-company-metronet-goes-into-2007"] = dict(
 entities=[E("Company", "Metronet"), E("Company", "Metronet BCV"), E("Company", "Metronet SSL"), E("Company", "Atkins"),
           E("Company", "Balfour Beatty"), E("Company", "Bombardier"), E("Company", "EDF Energy"),
           E("Company", "Thames Water"), E("Organization", "Transport for London")],
 # 'the Boards of both Metronet BCV ... and Metronet SSL' on Metronet's notice → Metronet's two companies
 # (parentOrganization); 'Metronet's shareholders, the companies Atkins, Balfour Beatty, Bombardier, EDF Energy and
 # Thames Water ... their original equity stake' → owners (parentOrganization, as joint ventures' owners in 20a);
 # 'tube services will not be affected' → no outage (near-miss); the lines are not named whole ('Bakerloo, Central
 # and Victoria lines'), so no Service; 'the Mayor' and 'the arbiter' are unnamed
 roles=[],
 relations=[L("Metronet BCV", "parentOrganization", "Metronet"), L("Metronet SSL", "parentOrganization", "Metronet")]
           + [L("Metronet", "parentOrganization", o) for o in ("Atkins", "Balfour Beatty", "Bombardier", "EDF Energy",
                                                                  "Thames Water")],
 outages=[],
 dates=[])
A["wn-bucharest-metro-operator-purchase-more-modern-2005"] = dict(
 entities=[E("Company", "Metrorex"), E("Service", "Bucharest Metro", "Metro"), E("Location", "Romania"),
           E("Location", "Bucharest"), E("Company", "Bombardier", "Bombadier"), E("Location", "Germany"),
           E("Location", "Sweden"), E("Location", "Craiova"), E("Location", "Europe"),
           E("Person", "Marius Lapadat", "Lapadat"), E("Organization", "European Investment Bank")],
 # 'Metrorex, the operator of the Bucharest Metro' → provider; the train contract and the 2003 signalling order with
 # Bombardier → partner (Metrorex first, as written; 'Bombadier' is the text's misspelling, an alias); 'the general
 # director of Metrorex' → director (as managing director); the programme 'funded equally by Metrorex and the
 # European Investment Bank' is co-funding, no stated partnership → nothing; 'Line 2' is no named service
 roles=[R("Marius Lapadat", "director", "Metrorex")],
 relations=[L("Bucharest Metro", "provider", "Metrorex"), L("Metrorex", "partner", "Bombardier")],
 outages=[],
 dates=[D("1999", "1999"), D("2002", "2002"), D("January 18, 2005", "2005-01-18"), D("2006", "2006"),
        D("early 2003", "2003")])
A["wn-time-warner-sprint-close-mobile-pact-2004"] = dict(
 entities=[E("Company", "Time Warner Cable", "Time Warner"), E("Company", "Sprint Corp."),
           E("Company", "The Wall Street Journal", "Journal"), E("Location", "Kansas City"), E("Company", "Verizon"),
           E("Company", "SBC"), E("Company", "BellSouth"), E("Company", "Cingular"), E("Location", "United States")],
 # 'close to a deal with Sprint' and 'If such a deal is struck' → talks, no deal: nothing; 'Time Warner' in the text
 # is the cable company (alias); 'TimeWarner brand' is a brand, no entity; which of the three controls which mobile
 # network is not stated → nothing
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2004-12-29"), D("the end of March", "2005-03"), D("2004", "2004"), D("Friday", "2004-12-31"),
        D("mid-December", "2004-12")])
A["wn-halliburtons-kbr-awarded-half-billion-dollar-2005"] = dict(
 entities=[E("Company", "Halliburton Co.", "Halliburton"), E("Company", "Kellogg, Brown and Root", "KBR"),
           E("Organization", "U.S. Navy"), E("Location", "U.S."), E("Location", "Iraq"),
           E("Person", "Donald Rumsfeld"), E("Person", "Bunnatine Greenhouse"),
           E("Organization", "U.S. Army Corps of Engineers"), E("Organization", "Pentagon")],
 # "Halliburton Co.'s subsidiary Kellogg, Brown and Root (KBR)" → parentOrganization; 'awarded a half billion dollar
 # repair contract for U.S. Navy facilities' → a contract between KBR and the Navy (partner, KBR first); 'Secretary
 # of Defense' → minister of the U.S. (as ministers elsewhere); 'was Chief Contracting Officer ... since 1997' and
 # demoted last month → executive, not current; Hurricane Katrina is an event (no entity)
 roles=[R("Donald Rumsfeld", "minister", "U.S."),
        R("Bunnatine Greenhouse", "executive", "U.S. Army Corps of Engineers", False)],
 relations=[L("Kellogg, Brown and Root", "parentOrganization", "Halliburton Co."),
            L("Kellogg, Brown and Root", "partner", "U.S. Navy")],
 outages=[],
 dates=[D("July 2005", "2005-07"), D("2003", "2003"), D("last month", "2005-08"), D("1997", "1997"),
        D("2004", "2004")])
A["wn-enron-founder-ken-lay-dies-aspen-2006"] = dict(
 entities=[E("Person", "Kenneth L. Lay", "Lay"), E("Company", "Enron")],
 # 'the Enron ex-chief executive and ex-chair' → ceo and chairman, both past; the text (not the title) never calls
 # him founder; 'early Wednesday morning' in a Wednesday text → the same day
 roles=[R("Kenneth L. Lay", "ceo", "Enron", False), R("Kenneth L. Lay", "chairman", "Enron", False)],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2006-07-05"), D("May 25, 2006", "2006-05-25"), D("October 23", "2006-10-23"),
        D("2001", "2001")])
A["wn-former-worldcom-ceo-ebbers-sentenced-25-2005"] = dict(
 entities=[E("Person", "Bernard Ebbers", "Ebbers", "Mr. Ebbers"), E("Company", "WorldCom"), E("Company", "MCI"),
           E("Location", "Manhattan"), E("Person", "Barbara S. Jones", "Jones"), E("Company", "Verizon")],
 # 'founder and former CEO of ... WorldCom' → founder (current, as founders elsewhere) and ceo (past); WorldCom
 # 'emerged from bankruptcy ... under the name MCI, which was one of the many companies WorldCom had acquired' → MCI
 # kept as its own company (the acquired company whose name WorldCom took: doubtful, see GATHERING.md), WorldCom's
 # completed purchase of it (acquired + parentOrganization); 'Verizon agreed to acquire the company' (the company now
 # named MCI) → acquired only; the judge has no company role
 roles=[R("Bernard Ebbers", "founder", "WorldCom"), R("Bernard Ebbers", "ceo", "WorldCom", False)],
 relations=acq("WorldCom", "MCI") + acq("Verizon", "MCI", done=False),
 outages=[],
 dates=[D("July 2002", "2002-07"), D("last month", "2005-06"), D("October 12", "2005-10-12"), D("March", "2005-03"),
        D("last year", "2004"), D("May", "2005-05")])
A["wn-delta-air-lines-cut-up-9-2005"] = dict(
 entities=[E("Location", "Atlanta"), E("Company", "Delta Air Lines", "Delta"), E("Person", "Gerald Grinstein"),
           E("Location", "US"), E("Company", "Northwest Airlines"), E("Company", "United Airlines"),
           E("Company", "US Airways")],
 # 'CEO Gerald Grinstein', 'Delta CEO Gerald Grinstein' → ceo; bankruptcy filings are no relation and no outage;
 # 'last Wednesday' in a Saturday text → the most recent Wednesday (as earlier batches resolve 'last <weekday>');
 # 'since 2001' → 2001; 'the end of 2007' → the year
 roles=[R("Gerald Grinstein", "ceo", "Delta Air Lines")],
 relations=[],
 outages=[],
 dates=[D("the end of 2007", "2007"), D("2001", "2001"), D("last Wednesday", "2005-09-21")])
A["wn-yahoo-announces-closure-briefcase-2009"] = dict(
 entities=[E("Company", "Yahoo!", "Yahoo"), E("Service", "Briefcase"), E("Company", "Google"), E("Service", "GDrive"),
           E("Company", "Microsoft"), E("Service", "Live Mesh"), E("Service", "Yahoo! Mail"), E("Service", "Flickr")],
 # a service 'to be shut down on March 30' by its own operator, announced ahead, no failure → no outage (near-miss,
 # as planned pauses by non-utilities); "Yahoo!'s Briefcase", 'Google has plans for a GDrive service', "Microsoft's
 # Live Mesh", 'Yahoo! Mail', 'the Yahoo!-owned ... site Flickr' → provider; 'Microsoft's deal to buy the company
 # fell through' → nothing; 'ten years' is a span (no date)
 roles=[],
 relations=[L("Briefcase", "provider", "Yahoo!"), L("GDrive", "provider", "Google"),
            L("Live Mesh", "provider", "Microsoft"), L("Yahoo! Mail", "provider", "Yahoo!"),
            L("Flickr", "provider", "Yahoo!")],
 outages=[],
 dates=[D("March 30", "2009-03-30"), D("May 2008", "2008-05")])
A["wn-canadian-airline-jetsgo-ceases-operations-17-2005"] = dict(
 entities=[E("Company", "Jetsgo"), E("Location", "Canada"), E("Company", "Air Canada")],
 # an airline that 'ceased all operations' and grounded its flights over oil prices and a safety investigation → a
 # business failure, no system failure: no outage (near-miss, as One-Two-Go's grounding in 22a); 'Canada's
 # transport department' is not named; 'in December' in a March 2005 text → 2004-12
 roles=[],
 relations=[],
 outages=[],
 dates=[D("December", "2004-12")])
A["wn-california-it-company-create-100-new-2005"] = dict(
 entities=[E("Location", "California"), E("Company", "QLogic Corporation", "QLogic"), E("Location", "Europe"),
           E("Location", "Middle East"), E("Location", "Africa"), E("Location", "County Dublin"),
           E("Location", "Ireland"), E("Location", "Blanchardstown"), E("Company", "Dell"), E("Company", "Cisco"),
           E("Company", "HP"), E("Person", "H. K. Desai"), E("Location", "Dublin"), E("Company", "Amazon.com"),
           E("Company", "eBay"), E("Company", "Bell Labs"), E("Company", "Yahoo")],
 # 'The CEO of QLogic, Mr. H. K. Desai' → ceo; 'components that are used ... by companies such as Dell, Cisco, and HP'
 # → customers of a supplier (partner, QLogic first); the multinationals in Ireland → nothing
 roles=[R("H. K. Desai", "ceo", "QLogic Corporation")],
 relations=[L("QLogic Corporation", "partner", c) for c in ("Dell", "Cisco", "HP")],
 outages=[],
 dates=[D("2002", "2002")])
A["wn-yahoo-chooses-dublin-location-new-european-2005"] = dict(
 entities=[E("Company", "Yahoo!", "Yahoo"), E("Location", "Dublin"), E("Location", "Ireland"), E("Company", "Dell"),
           E("Location", "Scotland"), E("Organization", "IDA Ireland"), E("Person", "Micheál Martin"),
           E("Person", "John Marcom"), E("Company", "Google"), E("Company", "Bell Labs"), E("Company", "eBay"),
           E("Company", "Microsoft"), E("Company", "Amazon"), E("Company", "Oracle"), E("Location", "US")],
 # "Yahoo's Senior Vice President International" → vice-president; 'the Irish Minister for Enterprise, Trade and
 # Employment' → minister of Ireland; IDA Ireland's incentives to Dell are an offer (no relation); 'Earlier in the
 # month' → the month of `published`; 'the US computer maker' names the country (Location 'US' added after the
 # first look: the first annotation had left it out, a slip)
 roles=[R("John Marcom", "vice-president", "Yahoo!"), R("Micheál Martin", "minister", "Ireland")],
 relations=[],
 outages=[],
 dates=[D("today", "2005-02-15"), D("Earlier in the month", "2005-02")])

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
