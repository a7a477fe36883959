#!/usr/bin/env python3
"""Batch 12b gold annotations, written from each text alone before newskg was run on any batch-12b file (newskg had
by then been run on batch 12's train and dev files only). Split rule fixed before annotation: the 13 ids sorted,
then dealt along test, train, dev, train (their own cycle, as batch 8b and 11e).
usage: batch12b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""ofcom-three-fined-emergency-call-service-failure-2017 sec-nyse-penalty-trading-halt-regulation-sci-2018
wn-facebook-acquires-instagram-us-1-billion-2012 wn-getty-taps-into-flickr-snappers-2010 wn-google-buys-doubleclick-3-1-billion-2007
wn-hp-aquire-eds-13-9b-2008 wn-intel-acquires-mobile-linux-developer-openedhand-2008 wn-kordias-annual-report-shows-increase-profit-2007
wn-microsoft-buys-online-ad-firm-aquantive-2007 wn-molson-beer-buys-into-craft-market-2005 wn-suncor-makes-bid-take-over-petro-2009
wn-us-airlines-delta-northwest-agree-merge-2008 wn-volvo-announces-all-new-car-models-2017""".split())


def bought(buyer, target):
    """A completed acquisition: acquired and parentOrganization (guidelines)."""
    return [L(buyer, "acquired", target), L(target, "parentOrganization", buyer)]


A = {}
A["ofcom-three-fined-emergency-call-service-failure-2017"] = dict(
 entities=[E("Organization", "Ofcom"), E("Company", "Three"), E("Location", "Kent"), E("Location", "Hampshire"), E("Location", "London")],
 roles=[],
 relations=[],
 outages=[O("Three", "2016-10-06", [], loc="Kent, Hampshire and London")],  # cause of the loss of service not stated
 dates=[D("16 June 2017", "2017-06-16"), D("today", "2017-06-16"), D("6 October 2016", "2016-10-06")])
A["sec-nyse-penalty-trading-halt-regulation-sci-2018"] = dict(
 entities=[E("Organization", "Securities and Exchange Commission", "SEC", "Commission"), E("Company", "New York Stock Exchange", "NYSE"),
           E("Company", "American"), E("Location", "U.S.")],
 roles=[],
 relations=[],  # 'affiliated exchanges': no ownership stated
 outages=[O("New York Stock Exchange", "2015-07-08", ["American"], dur=3.5, cause="connectivity problems")],
 dates=[D("today", "2018-03-06"), D("Aug. 24, 2015", "2015-08-24"), D("July 8, 2015", "2015-07-08")])
A["wn-facebook-acquires-instagram-us-1-billion-2012"] = dict(
 entities=[E("Company", "Facebook"), E("Company", "Instagram"), E("Organization", "Stanford University"), E("Location", "San Francisco"),
           E("Location", "California"), E("Person", "Mark Zuckerberg", "Zuckerberg"), E("Company", "Gowalla"), E("Company", "Hot Potato"),
           E("Company", "FriendFeed"), E("Person", "Kevin Systrom")],
 roles=[R("Mark Zuckerberg", "cofounder", "Facebook"), R("Kevin Systrom", "cofounder", "Instagram")],
 relations=[L("Facebook", "acquired", "Instagram")]  # agreed to purchase: acquired only
           + bought("Facebook", "Gowalla") + bought("Facebook", "Hot Potato") + bought("Facebook", "FriendFeed"),
 outages=[],
 dates=[D("Monday", "2012-04-09"), D("early 2011", "2011")])
A["wn-getty-taps-into-flickr-snappers-2010"] = dict(
 entities=[E("Company", "Flickr"), E("Company", "Getty Images"), E("Person", "Hal Bergman", "Bergman"), E("Company", "BBC News")],
 roles=[],
 relations=[L("Flickr", "partner", "Getty Images")],
 outages=[],
 dates=[D("2006", "2006")])
A["wn-google-buys-doubleclick-3-1-billion-2007"] = dict(
 entities=[E("Company", "Google"), E("Company", "DoubleClick"), E("Company", "Microsoft"), E("Company", "Time Warner"), E("Company", "Yahoo!"),
           E("Company", "YouTube"), E("Company", "Hellman & Friedman"), E("Company", "JMI Management")],
 roles=[],
 relations=[L("Google", "acquired", "DoubleClick")] + bought("Google", "YouTube")
           + [L("DoubleClick", "parentOrganization", "Hellman & Friedman")],
 outages=[],
 dates=[D("the end of 2007", "2007"), D("Six months ago", "2006-10")])
A["wn-hp-aquire-eds-13-9b-2008"] = dict(
 entities=[E("Company", "Hewlett-Packard", "HP"), E("Company", "Electronic Data Systems", "EDS"), E("Company", "The Wall Street Journal"),
           E("Person", "Ron Rittenmeyer"), E("Person", "Mark Hurd", "Hurd"), E("Company", "Mercury"), E("Company", "Opsware"),
           E("Company", "Peregrine"), E("Company", "IBM"), E("Company", "Briefing.com"), E("Company", "American Technology Research"),
           E("Person", "Shaw Wu"), E("Company", "Dell"), E("Company", "Sun Microsystems"), E("Company", "Xerox")],
 roles=[R("Ron Rittenmeyer", "ceo", "Electronic Data Systems"), R("Mark Hurd", "ceo", "Hewlett-Packard"),
        R("Shaw Wu", "analyst", "American Technology Research")],
 relations=[L("Hewlett-Packard", "acquired", "Electronic Data Systems")]  # will acquire: acquired only
           + bought("Hewlett-Packard", "Mercury") + bought("Hewlett-Packard", "Opsware") + bought("Hewlett-Packard", "Peregrine")
           + [L("Dell", "partner", "Electronic Data Systems"), L("Sun Microsystems", "partner", "Electronic Data Systems"),
              L("Xerox", "partner", "Electronic Data Systems")],
 outages=[],
 dates=[D("today", "2008-05-13"), D("October 2007", "2007-10"), D("2005", "2005"), D("2006", "2006"), D("yesterday", "2008-05-12"),
        D("last year", "2007")])
A["wn-intel-acquires-mobile-linux-developer-openedhand-2008"] = dict(
 entities=[E("Location", "United Kingdom"), E("Company", "OpenedHand Ltd", "OpenedHand"), E("Company", "Intel Corporation", "Intel"),
           E("Organization", "Intel Open Source Technology Center"), E("Service", "Moblin Software Platform", "Moblin"),
           E("Service", "Intel Atom"), E("Service", "Clutter"), E("Service", "Matchbox"), E("Person", "Rob Bamforth"),
           E("Company", "Quocirca"), E("Company", "Nokia"), E("Company", "Trolltech"), E("Organization", "One Laptop Per Child"),
           E("Company", "iRex"), E("Company", "Openmoko"), E("Company", "ST Microelectronics"), E("Company", "Access Co."),
           E("Company", "Vernier")],
 roles=[R("Rob Bamforth", "analyst", "Quocirca")],
 relations=bought("Intel Corporation", "OpenedHand Ltd") + bought("Nokia", "Trolltech")
           + [L("Intel Open Source Technology Center", "parentOrganization", "Intel Corporation"),
              L("Moblin Software Platform", "provider", "Intel Corporation"), L("Intel Atom", "provider", "Intel Corporation")]
           + [L("OpenedHand Ltd", "partner", c) for c in ("One Laptop Per Child", "iRex", "Openmoko", "ST Microelectronics",
                                                          "Access Co.", "Vernier", "Nokia")],  # customers
 outages=[],
 dates=[D("earlier this year", "2008")])
A["wn-kordias-annual-report-shows-increase-profit-2007"] = dict(
 entities=[E("Location", "New Zealand"), E("Company", "Kordia Group Limited", "Kordia", "Broadcast Communications Ltd", "BCL"),
           E("Person", "Wayne Brown"), E("Company", "Orcon Internet Limited", "Orcon"), E("Person", "Geoff Hunt", "Hunt"),
           E("Service", "Freeview"), E("Service", "Parliament TV"), E("Company", "Sky Network Television"), E("Person", "Merv Brooks")],
 roles=[R("Wayne Brown", "chairman", "Kordia Group Limited"), R("Geoff Hunt", "ceo", "Kordia Group Limited"),
        R("Merv Brooks", "executive", "Kordia Group Limited")],  # manager of its Transmission Control Centre
 relations=bought("Kordia Group Limited", "Orcon Internet Limited"),
 outages=[],
 dates=[D("June 30, 2007", "2007-06-30"), D("November 2006", "2006-11"), D("2006", "2006"), D("this year", "2007"),
        D("2 July, 2007", "2007-07-02"), D("next year", "2008"), D("July", "2007-07")])
A["wn-microsoft-buys-online-ad-firm-aquantive-2007"] = dict(
 entities=[E("Company", "Microsoft"), E("Company", "Aquantive"), E("Company", "Google"), E("Company", "Yahoo!", "Yahoo"),
           E("Person", "Kevin Johnson"), E("Company", "DoubleClick"), E("Company", "Right Media Exchange"), E("Location", "Seattle")],
 roles=[R("Kevin Johnson", "head", "Microsoft")],  # head of its platforms and services division
 relations=[L("Microsoft", "acquired", "Aquantive")]  # to be completed by early 2008: acquired only
           + bought("Google", "DoubleClick") + bought("Yahoo!", "Right Media Exchange"),
 outages=[],
 dates=[D("today", "2007-05-18"), D("early 2008", "2008")])
A["wn-molson-beer-buys-into-craft-market-2005"] = dict(
 entities=[E("Company", "Molson Canada", "Molson"), E("Company", "Creemore Springs Brewery Ltd.", "Creemore Springs"),
           E("Location", "Creemore"), E("Location", "Ontario"), E("Service", "Creemore Springs lager"), E("Person", "Bill Wilder"),
           E("Company", "CBC"), E("Company", "Labatt"), E("Company", "Molson Coors Brewing Co."), E("Company", "Coors"), E("Location", "U.S.")],
 roles=[R("Bill Wilder", "chairman", "Creemore Springs Brewery Ltd.")],
 relations=bought("Molson Canada", "Creemore Springs Brewery Ltd.")
           + [L("Creemore Springs lager", "provider", "Creemore Springs Brewery Ltd.")],
 outages=[],
 dates=[D("February", "2005-02")])
A["wn-suncor-makes-bid-take-over-petro-2009"] = dict(
 entities=[E("Location", "Canada"), E("Company", "Suncor Energy", "Suncor"), E("Company", "Petro-Canada"),
           E("Person", "Ron Brenneman", "Brenneman"), E("Person", "Rick George")],
 roles=[R("Ron Brenneman", "ceo", "Petro-Canada"), R("Rick George", "ceo", "Suncor Energy")],
 relations=[L("Suncor Energy", "acquired", "Petro-Canada")],  # agreed merger, Suncor taking over: acquired only
 outages=[],
 dates=[])
A["wn-us-airlines-delta-northwest-agree-merge-2008"] = dict(
 entities=[E("Location", "United States", "U.S."), E("Company", "Delta Air Lines", "Delta"), E("Company", "Northwest Airlines", "Northwest"),
           E("Company", "New York Stock Exhange"), E("Person", "Richard Anderson"), E("Organization", "United States Department of Justice"),
           E("Person", "Gina Talanoma"), E("Person", "Robert Mann"), E("Company", "Reuters")],
 roles=[R("Richard Anderson", "ceo", "Delta Air Lines"), R("Gina Talanoma", "spokesperson", "United States Department of Justice")],
 relations=[L("Delta Air Lines", "acquired", "Northwest Airlines")],  # agreed, needs approval: acquired only
 outages=[],
 dates=[D("today", "2008-04-15"), D("Monday", "2008-04-14")])
A["wn-volvo-announces-all-new-car-models-2017"] = dict(
 entities=[E("Company", "Volvo Cars", "Volvo"), E("Person", "Håkan Samuelsson", "Samuelsson"), E("Service", "Polestar"),
           E("Company", "Audi"), E("Company", "Mercedes-Benz"), E("Company", "Geely"), E("Location", "China"),
           E("Organization", "Ministry of Industry and Information Technology")],
 roles=[R("Håkan Samuelsson", "ceo", "Volvo Cars")],
 relations=[L("Volvo Cars", "parentOrganization", "Geely"), L("Polestar", "provider", "Volvo Cars")],
 outages=[],
 dates=[D("Wednesday", "2017-07-05"), D("2019", "2019"), D("May", "2017-05"), D("2021", "2021"), D("2025", "2025")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
