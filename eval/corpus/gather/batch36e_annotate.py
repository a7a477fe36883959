#!/usr/bin/env python3
"""Batch 36e gold annotations for the five toscaData Wikinews texts of batch36e.py, each annotated by reading its
text alone (no extractor was run on any of them). Split rule fixed before the first annotation: the ids sorted and
dealt along test, train, dev, train, as every sub-batch since 8b.
usage: batch36e_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-dell-drop-itanium-based-servers-2005
wn-flickr-launches-video-sharing-service-2008
wn-seattles-oldest-newspaper-become-online-only-2009
wn-yell-threatens-shut-down-yellowikis-2006
wn-youtube-remove-100-000-videos-2007""".split())
A = {}

A["wn-dell-drop-itanium-based-servers-2005"] = dict(
 entities=[E("Company", "Intel"), E("Company", "Dell"), E("Service", "Intel Itanium", "Itanium"),
           E("Service", "IA-32", "x86"), E("Service", "Intel Xeon"), E("Company", "IBM"),
           E("Service", "IBM Power"), E("Company", "Fujitsu"), E("Company", "HP"), E("Company", "Hitachi"),
           E("Company", "NEC"), E("Company", "SGI"), E("Company", "Unisys"), E("Service", "AMD64"),
           E("Company", "AMD"), E("Service", "EM64T")],
 # "Losing Dell as an Itanium customer" (Intel's spokesperson) and 'Dell is the largest seller of computers with
 # Intel processors' → partner Dell → Intel (a customer/supplier tie told by the supplier; relations carry no time
 # although the Itanium part of it ends). The other server makers that 'still offer Itanium-based servers' → no
 # partner (no tie with Intel stated; a doubtful point). Processors as products computer makers buy → Service:
 # 'Intel Itanium' (alias 'Itanium'; Intel is also named alone, so it is its own entity), 'Intel Xeon', 'IBM Power'
 # ('IBM Power CPUs'), 'AMD64' ('competing AMD64 chips', AMD named alone in "AMD's leadership") → providers Intel,
 # Intel, IBM, AMD; 'EM64T' ('Intel ... designing chips with a compatible EM64T technology') → provider Intel
 # (a doubtful point: a technology rather than a product). 'an IA-32 (colloquially "x86") chip' → Service IA-32
 # with 'x86' as alias, no provider (its maker not said; a doubtful point: an instruction set, not a product).
 # 'Hitachi NEC' (no comma in the text) → two Companies, Hitachi and NEC (the list names makers one by one; a
 # doubtful point). The spokesperson is unnamed → no role. "Dell's website" → no entity (unnamed). No outage:
 # a product dropped from a catalogue. Dates against the published day (Friday 16 September 2005): 'Thursday' →
 # 2005-09-15, 'last year' → 2004, 'the previous year' (the year before last year) → 2003, 'In February' →
 # 2005-02 (the same year; IBM's phase-out already told as past); 'the early 1990s' left out (a decade's part).
 roles=[],
 relations=[L("Dell", "partner", "Intel"),
            L("Intel Itanium", "provider", "Intel"), L("Intel Xeon", "provider", "Intel"),
            L("IBM Power", "provider", "IBM"), L("AMD64", "provider", "AMD"), L("EM64T", "provider", "Intel")],
 outages=[],
 dates=[D("Thursday", "2005-09-15"), D("last year", "2004"), D("the previous year", "2003"),
        D("February", "2005-02")])

A["wn-flickr-launches-video-sharing-service-2008"] = dict(
 entities=[E("Service", "Flickr"), E("Company", "Yahoo!"), E("Person", "Heather Champ"),
           E("Person", "George Hadjigeorgiou", "Hadjigeorgiou")],
 # 'Flickr, the online photo sharing service owned by American internet company Yahoo!' → provider Flickr →
 # Yahoo! (a service owned by a company; no parentOrganization, Flickr being typed a Service). The new
 # 'video-sharing service' and the 'Pro' accounts are unnamed features → no entity; 'the Flickr forums' → no
 # entity (part of Flickr). Roles: 'Flickr Community Manager Heather Champ' → executive at Flickr (a manager; org
 # the service her title names, as one earlier file gives a founder at a service; a doubtful point: at Yahoo!);
 # 'Yahoo! spokesperson George Hadjigeorgiou' ('Mr. Hadjigeorgiou' later) → spokesperson at Yahoo!. 'American'
 # → no Location (an adjective). No outage. Dates against the published day (9 April 2008): 'today' →
 # 2008-04-09; 'After 4 months of waiting' left out (a span, its start not named).
 roles=[R("Heather Champ", "executive", "Flickr"), R("George Hadjigeorgiou", "spokesperson", "Yahoo!")],
 relations=[L("Flickr", "provider", "Yahoo!")],
 outages=[],
 dates=[D("today", "2008-04-09")])

A["wn-seattles-oldest-newspaper-become-online-only-2009"] = dict(
 entities=[E("Company", "The Seattle Post-Intelligencer", "P-I"), E("Location", "Seattle"),
           E("Company", "Seattle Times"), E("Person", "Michelle Nicolosi"), E("Company", "The Hearst Corporation"),
           E("Location", "United States"), E("Location", "Denver"), E("Company", "Rocky Mountain News"),
           E("Company", "Tucson Citizen"), E("Location", "Arizona")],
 # 'The Hearst Corporation, the owner of the P-I' → parentOrganization The Seattle Post-Intelligencer → The
 # Hearst Corporation (it 'was not able to find a buyer', so still the owner). Newspapers → Company, as the corpus
 # types news organisations; the paper's name taken with its article as the text writes it at the start ('The
 # Seattle Post-Intelligencer (P-I)'), 'P-I' an alias; 'the Seattle Times' → 'Seattle Times' (the article
 # lower-case, not part of the name; a doubtful point beside the P-I's capital 'The'). Role: 'Michelle Nicolosi,
 # who is to be the executive producer of the online paper' → executive at The Seattle Post-Intelligencer,
 # current (a post she is to take; a doubtful point: 'executive producer' is an editorial post, no vocabulary
 # title fits). 'We'll partner for some content', 'content partners' → no partner (none named). No outage: a
 # print edition ended and two papers shut, the website kept (near-miss; business closures are no outage).
 # Dates against the published day (Tuesday 17 March 2009): 'today' → 2009-03-17, 'January' ('put up for sale
 # back in January') → 2009-01, 'earlier this year' → 2009, 'Saturday' (the Tucson Citizen's final edition, to
 # come) → 2009-03-21; '146-year-old' and 'recently' left out.
 roles=[R("Michelle Nicolosi", "executive", "The Seattle Post-Intelligencer")],
 relations=[L("The Seattle Post-Intelligencer", "parentOrganization", "The Hearst Corporation")],
 outages=[],
 dates=[D("today", "2009-03-17"), D("January", "2009-01"), D("earlier this year", "2009"),
        D("Saturday", "2009-03-21")])

A["wn-yell-threatens-shut-down-yellowikis-2006"] = dict(
 entities=[E("Company", "Yell"), E("Service", "Yellowikis"), E("Person", "Paul Youlten", "Paul"),
           E("Person", "Rosa Blaus", "Rosa", "Blaus"), E("Location", "Frankfurt"), E("Company", "Google"),
           E("Service", "skype"), E("Service", "Wikipedia"), E("Company", "The Independent")],
 # 'Yellowikis co-founders Paul Youlten and his 15 year-old daughter Rosa Blaus' → cofounder at Yellowikis each
 # (org the wiki directory, a Service, as one earlier file gives a founder at a service; a doubtful point: the
 # text also gives it a loss and T-shirts, like a business). 'Paul and Rosa' → first names as aliases. "'I found
 # you on Google'" → Google a Company, as the corpus types search engines named by their companies; 'skype IDs'
 # → Service 'skype' as written (lower-case; a doubtful point); Wikipedia → Service, no provider (none named);
 # 'The Independent newspaper' → Company. 'the Wikimania conference in Frankfurt' → Frankfurt only (an event is no
 # entity). No relation: Yell's demand that 'the domain names' be transferred is a legal claim, not a deal. No
 # outage: Yell 'threatened to shut down Yellowikis', a demand to close a website that is still running
 # (near-miss). Dates against the published day (5 July 2006): 'today' → 2006-07-05, '2005' (Yell's 2005
 # takings) → 2005; 'month-on-month' left out.
 roles=[R("Paul Youlten", "cofounder", "Yellowikis"), R("Rosa Blaus", "cofounder", "Yellowikis")],
 relations=[],
 outages=[],
 dates=[D("today", "2006-07-05"), D("2005", "2005")])

A["wn-youtube-remove-100-000-videos-2007"] = dict(
 entities=[E("Company", "YouTube"), E("Company", "Viacom Inc.", "Viacom"), E("Company", "MTV"),
           E("Company", "Black Entertainment Television", "BET"), E("Company", "Nickelodeon"), E("Company", "Google"),
           E("Company", "CBS")],
 # 'Viacom owns popular American companies such as MTV, Black Entertainment Television (BET) and Nickelodeon' →
 # parentOrganization each → Viacom Inc. (the text's own word 'companies' → Company). YouTube → Company here
 # (it is told to remove clips, has a spokesperson, fails to reach a revenue agreement and makes deals: the
 # business; a doubtful point: the corpus mostly types YouTube a Service). 'Companies such as CBS have reached
 # deals with YouTube over using their content' → partner CBS → YouTube (a content deal). Viacom and YouTube
 # 'failed to reach an agreement' → no partner. 'YouTube and Google retain all of the revenue' → no relation
 # between them (the text never says Google owns YouTube; a doubtful point: a reader of 2007 news would know).
 # 'a YouTube spokesperson' unnamed → no role. 'American' → no Location. No outage: clips to be removed on a
 # rights holder's demand. Dates against the published day (2 February 2007): 'Yesterday' → 2007-02-01;
 # 'everyday' left out.
 roles=[],
 relations=[L("MTV", "parentOrganization", "Viacom Inc."), L("Black Entertainment Television", "parentOrganization", "Viacom Inc."),
            L("Nickelodeon", "parentOrganization", "Viacom Inc."), L("CBS", "partner", "YouTube")],
 outages=[],
 dates=[D("Yesterday", "2007-02-01")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
