#!/usr/bin/env python3
"""Batch 12 gold annotations, written from each text alone before newskg was run on any batch-12 file.
Split rule fixed before annotation, as for every new batch: the 16 ids sorted, then dealt along test, train, dev,
train (their own cycle).
usage: batch12_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-bt-global-services-double-us-revenues-2006 wn-canadas-astral-media-inc-aquire-standard-2007
wn-canadian-media-company-bell-globemedia-acquire-2006 wn-franco-belgian-bank-dexia-restructure-lose-2009
wn-garuda-indonesia-increases-flights-fleet-may-2009 wn-german-adidas-buys-american-reebok-2005
wn-irish-airline-aer-lingus-cut-more-2010 wn-latvian-government-takes-majority-stake-parex-2008
wn-national-express-awarded-contract-operate-services-2007 wn-nokia-launches-internet-music-store-2007
wn-royal-bank-scotland-shares-plummet-2009 wn-shell-quits-irish-fuel-retail-market-2005
wn-sony-ericsson-produce-low-cost-mobile-2007 wn-steel-industry-tata-buys-corus-2007
wn-telecom-new-zealand-sell-yellow-page-2006 wn-volkswagen-engulfed-diesel-emissions-scandal-2015""".split())
A = {}
A["wn-bt-global-services-double-us-revenues-2006"] = dict(
 entities=[E("Company", "BT Global Services"), E("Location", "USA"), E("Location", "Japan"), E("Location", "India"), E("Location", "China"),
           E("Person", "Andy Green"), E("Company", "BT"), E("Company", "IBM"), E("Company", "Accenture"), E("Company", "T-Systems"),
           E("Company", "Orange Enterprise"), E("Company", "AT&T Enterprise"), E("Location", "New York"), E("Location", "Tokyo"),
           E("Location", "Mumbai"), E("Location", "Shanghai"), E("Location", "UK"), E("Company", "ZTE"), E("Company", "BT Movio")],
 roles=[R("Andy Green", "ceo", "BT Global Services")],
 relations=[L("BT Global Services", "parentOrganization", "BT"), L("BT Movio", "parentOrganization", "BT"), L("BT", "partner", "ZTE")],
 outages=[],
 dates=[D("March 2006", "2006-03"), D("next year", "2007")])  # 'this week' skipped (guidelines)
A["wn-canadas-astral-media-inc-aquire-standard-2007"] = dict(
 entities=[E("Company", "Astral Media Inc.", "Astral Media", "Astral"), E("Company", "Standard Radio Inc.", "Standard Radio"),
           E("Location", "Canada"), E("Location", "Montreal"), E("Person", "Ian Greenberg"), E("Person", "Gary Slaight"),
           E("Location", "Quebec"), E("Location", "Atlantic Canada"), E("Service", "Sirius satellite radio Canada")],
 roles=[R("Ian Greenberg", "president", "Astral Media Inc."), R("Ian Greenberg", "ceo", "Astral Media Inc."),
        R("Gary Slaight", "president", "Standard Radio Inc."), R("Gary Slaight", "ceo", "Standard Radio Inc.")],
 relations=[L("Astral Media Inc.", "acquired", "Standard Radio Inc.")],  # agreed, to be finalised: acquired only
 outages=[],
 dates=[D("April", "2007-04")])
A["wn-canadian-media-company-bell-globemedia-acquire-2006"] = dict(
 entities=[E("Company", "CHUM Limited", "CHUM"), E("Company", "Bell Globemedia Inc.", "Bell Globemedia", "Globemedia"),
           E("Company", "CTV"), E("Company", "Citytv"), E("Company", "MuchMusic"), E("Company", "TSN"), E("Company", "Bravo!"),
           E("Person", "Allan Waters"), E("Person", "Jim Waters"), E("Person", "Ivan Fecan"), E("Location", "Canada"),
           E("Company", "CKVU-TV"), E("Location", "Vancouver"), E("Company", "CKEM-TV"), E("Location", "Edmonton"),
           E("Company", "CKAL-TV"), E("Location", "Calgary"), E("Company", "CHMI-TV"), E("Location", "Winnipeg"),
           E("Company", "A-Channel"), E("Location", "Alberta"), E("Company", "Access"), E("Company", "Baton Broadcasting", "Baton"),
           E("Company", "ATV"), E("Company", "ASN"), E("Location", "Atlantic Canada"), E("Company", "MTV Canada"), E("Company", "BCE Inc."),
           E("Organization", "Ontario Teachers Pension Plan"), E("Company", "Torstar Corp.")],
 roles=[R("Jim Waters", "chairman", "CHUM Limited"), R("Ivan Fecan", "ceo", "Bell Globemedia Inc.")],
 relations=[L("Bell Globemedia Inc.", "acquired", "CHUM Limited"),  # agreed, not completed
            L("Bell Globemedia Inc.", "parentOrganization", "BCE Inc."), L("MuchMusic", "parentOrganization", "CHUM Limited"),
            L("Citytv", "parentOrganization", "CHUM Limited"), L("A-Channel", "parentOrganization", "CHUM Limited"),
            L("MTV Canada", "parentOrganization", "CTV"),
            # added after the post-annotation check: "CHUM's ATV and ASN assets" is ownership stated as past, which
            # the guidelines record (the first pass had left it out)
            L("ATV", "parentOrganization", "CHUM Limited"), L("ASN", "parentOrganization", "CHUM Limited")],
 outages=[],
 dates=[D("late last year", "2005"), D("1997", "1997")])
A["wn-franco-belgian-bank-dexia-restructure-lose-2009"] = dict(
 entities=[E("Company", "Dexia"), E("Location", "Australia"), E("Location", "Europe"), E("Location", "Mexico"), E("Location", "Scandinavia"),
           E("Location", "United Kingdom"), E("Location", "United States", "U.S."), E("Location", "Belgium"), E("Location", "France"),
           E("Company", "Financial Security Assurance"), E("Company", "Assured Guaranty"), E("Company", "Dexia Banka Slovensko"),
           E("Location", "Slovakia"), E("Company", "Lehman Brothers"), E("Location", "Luxembourg"), E("Person", "Jean-Luc Dehaene")],
 roles=[R("Jean-Luc Dehaene", "chairman", "Dexia"), R("Jean-Luc Dehaene", "minister", "Belgium", False)],
 relations=[L("Financial Security Assurance", "parentOrganization", "Dexia"), L("Assured Guaranty", "acquired", "Financial Security Assurance"),
            L("Dexia Banka Slovensko", "parentOrganization", "Dexia")],
 outages=[],
 dates=[D("this year", "2009"), D("last year", "2008")])
A["wn-garuda-indonesia-increases-flights-fleet-may-2009"] = dict(
 entities=[E("Company", "Garuda Indonesia", "Garuda"), E("Location", "Jakarta"), E("Location", "Kuala Lumpur"),
           E("Company", "Linus Airways", "Linus"), E("Company", "Airbus"), E("Company", "Boeing"), E("Service", "A330-200"),
           E("Location", "Seoul"), E("Location", "Shanghai"), E("Service", "B737-800 Next Generation"), E("Person", "Risnandi"),
           E("Company", "Citilink"), E("Person", "Herry Bakti S. Gumay"), E("Company", "Bisnis Indonesia"), E("Person", "Indra"),
           E("Person", "Emirsyah Satar"), E("Company", "Riau Airlines"), E("Company", "Kartika Airlines"), E("Location", "Batam"),
           E("Person", "Eddy Purwanto"), E("Company", "Bank Mandiri"), E("Company", "Rothschild")],
 roles=[R("Risnandi", "vice-president", "Garuda Indonesia"), R("Indra", "president", "Linus Airways"),
        R("Emirsyah Satar", "ceo", "Garuda Indonesia"), R("Eddy Purwanto", "cfo", "Garuda Indonesia")],
 # Herry Bakti S. Gumay: Director General of Civil aviation, no organisation named as an entity: no role
 relations=[L("A330-200", "provider", "Airbus"), L("B737-800 Next Generation", "provider", "Boeing"),
            L("Citilink", "parentOrganization", "Garuda Indonesia"), L("Garuda Indonesia", "partner", "Rothschild"),
            L("Garuda Indonesia", "partner", "Bank Mandiri")],  # bid for Linus only considered: nothing
 outages=[],
  # "school breaks like June and July": habitual months, not listed
 dates=[D("July", "2009-07"), D("2010", "2010"), D("the year's end", "2009"), D("April 27", "2009-04-27"),
        D("2015", "2015")])
A["wn-german-adidas-buys-american-reebok-2005"] = dict(
 entities=[E("Company", "Adidas"), E("Company", "Reebok"), E("Location", "US"), E("Company", "Nike"), E("Person", "Herbert Hainer"),
           E("Service", "Taylormade"), E("Service", "Rockport"), E("Service", "Greg Norman Collection"), E("Service", "Maxfli"),
           E("Service", "CCM"), E("Service", "Jofa"), E("Service", "Koho")],
 roles=[R("Herbert Hainer", "ceo", "Adidas")],
 relations=[L("Adidas", "acquired", "Reebok")],  # deal struck, still to be agreed by Reebok shareholders: acquired only
 outages=[],
 dates=[D("Earlier this years", "2005")])
A["wn-irish-airline-aer-lingus-cut-more-2010"] = dict(
 entities=[E("Company", "Aer Lingus"), E("Location", "Ireland"), E("Person", "Christoph Mueller"), E("Organization", "IMPACT"),
           E("Company", "Bloomberg")],
 roles=[R("Christoph Mueller", "ceo", "Aer Lingus")],
 relations=[],
 outages=[],
 dates=[D("today", "2010-03-11"), D("last year", "2009"), D("tomorrow", "2010-03-12")])
A["wn-latvian-government-takes-majority-stake-parex-2008"] = dict(
 entities=[E("Location", "Latvia"), E("Company", "Parex Bank", "Parex"), E("Company", "Latvijas Hipotēku Banka", "Mortgage and Land Bank"),
           E("Company", "Reuters"), E("Person", "Liga Purina"), E("Person", "Valērijs Kargins"), E("Person", "Viktors Krasovickis"),
           E("Location", "Sweden"), E("Location", "Estonia"), E("Location", "Germany")],
 roles=[R("Liga Purina", "director", "Parex Bank"), R("Valērijs Kargins", "chairman", "Parex Bank")],
 relations=[],  # a state takeover (the government is no entity); control 'is to be passed' to the mortgage bank: nothing
 outages=[],
 dates=[D("Yesterday", "2008-11-10"), D("Saturday", "2008-11-08")])
A["wn-national-express-awarded-contract-operate-services-2007"] = dict(
 entities=[E("Company", "NXEC Trains Ltd"), E("Company", "National Express Group"), E("Location", "East Coast Main Line"),
           E("Location", "London"), E("Location", "England"), E("Location", "Scotland"), E("Service", "National Express East Coast"),
           E("Company", "Great North Eastern Railway", "GNER"), E("Organization", "Department for Transport"),
           E("Company", "Sea Containers Ltd"), E("Company", "Arriva"), E("Company", "FirstGroup"), E("Company", "Stagecoach"),
           E("Company", "Virgin"), E("Person", "Richard Bowker"), E("Location", "UK")],
 roles=[R("Richard Bowker", "ceo", "National Express Group")],
 relations=[L("NXEC Trains Ltd", "parentOrganization", "National Express Group"), L("National Express East Coast", "provider", "NXEC Trains Ltd"),
            L("Great North Eastern Railway", "parentOrganization", "Sea Containers Ltd"), L("Stagecoach", "partner", "Virgin"),
            L("Stagecoach", "partner", "Great North Eastern Railway"), L("Virgin", "partner", "Great North Eastern Railway")],
 outages=[],
 dates=[D("December 9, 2007", "2007-12-09"), D("2015", "2015")])
A["wn-nokia-launches-internet-music-store-2007"] = dict(
 entities=[E("Company", "Nokia Inc.", "Nokia"), E("Location", "Finland"), E("Service", "Apple iTunes store"),
           E("Person", "Olli-Pekka Kallasvuo"), E("Service", "Nokia Music Store"), E("Service", "N81"), E("Service", "N95")],
 roles=[R("Olli-Pekka Kallasvuo", "ceo", "Nokia Inc.")],
 relations=[L("Nokia Music Store", "provider", "Nokia Inc."), L("N81", "provider", "Nokia Inc."), L("N95", "provider", "Nokia Inc.")],
 outages=[],
 dates=[])
A["wn-royal-bank-scotland-shares-plummet-2009"] = dict(
 entities=[E("Company", "The Royal Bank of Scotland", "RBS"), E("Location", "UK"), E("Location", "London"), E("Location", "New York"),
           E("Person", "Stephen Hester"), E("Company", "The Times")],
 roles=[R("Stephen Hester", "ceo", "The Royal Bank of Scotland")],
 relations=[],
 outages=[],
 dates=[D("2008", "2008"), D("today", "2009-01-19"), D("16:05 UTC", "2009-01-19T16:05"), D("February 2007", "2007-02"),
        D("two years ago", "2007")])  # added after the post-annotation check: the corpus resolves "two years ago" to the year
A["wn-shell-quits-irish-fuel-retail-market-2005"] = dict(
 entities=[E("Company", "Shell"), E("Location", "Ireland"), E("Company", "Topaz"), E("Location", "Corrib Gas field"),
           E("Location", "County Mayo"), E("Company", "Tesco"), E("Company", "Ion Equity"), E("Company", "Irish Independent"),
           E("Person", "Danny Murray"), E("Company", "Emo Oil")],
 roles=[R("Danny Murray", "director", "Emo Oil", False), R("Danny Murray", "head", "Topaz")],
 relations=[],  # retail and distribution operations sold: an asset purchase, nothing
 outages=[],
 dates=[D("last year", "2004")])
A["wn-sony-ericsson-produce-low-cost-mobile-2007"] = dict(
 entities=[E("Company", "Sony Ericsson"), E("Location", "India"), E("Location", "Singapore"), E("Location", "Taiwan"),
           E("Company", "Flextronics"), E("Company", "Foxconn"), E("Service", "Cybershot"), E("Service", "Walkman"),
           E("Person", "Miles Flint"), E("Location", "Chennai"), E("Company", "Samsung")],
 roles=[R("Miles Flint", "president", "Sony Ericsson")],
 relations=[L("Sony Ericsson", "partner", "Flextronics"), L("Sony Ericsson", "partner", "Foxconn")],
 outages=[],
 dates=[D("Wednesday", "2007-01-31"), D("the fourth quarter", "2006-Q4")])
A["wn-steel-industry-tata-buys-corus-2007"] = dict(
 entities=[E("Company", "Tata Steel"), E("Company", "Tata Group", "Tata group"), E("Company", "Corus Group", "Corus"),
           E("Person", "Ratan Tata"), E("Location", "India"), E("Person", "Benjamin Steinbruch"),
           E("Company", "Companhia Siderurgica Nacional", "CSN"), E("Organization", "Takeover Panel"), E("Location", "U.K."),
           E("Company", "British Steel"), E("Company", "Hoogovens")],
 roles=[R("Ratan Tata", "chairman", "Tata Group"), R("Benjamin Steinbruch", "ceo", "Companhia Siderurgica Nacional")],
 relations=[L("Tata Steel", "parentOrganization", "Tata Group"), L("Tata Steel", "acquired", "Corus Group"),
            L("Corus Group", "parentOrganization", "Tata Steel")],  # 'buys', 'Tata paid investors': completed
 outages=[],
 dates=[D("Last year", "2006")])
A["wn-telecom-new-zealand-sell-yellow-page-2006"] = dict(
 entities=[E("Company", "Telecom New Zealand", "Telecom"), E("Company", "Yellow Page Group", "Yellow Pages Group"),
           E("Service", "Yellow Pages"), E("Service", "White Pages"), E("Service", "New Zealand Retirement Guide"),
           E("Service", "New Zealand Tourism Online"), E("Person", "Mark Bogoievski"), E("Person", "Theresa Gattung", "Gattung"),
           E("Person", "Paul Budde")],
 roles=[R("Mark Bogoievski", "cfo", "Telecom New Zealand"), R("Theresa Gattung", "ceo", "Telecom New Zealand")],
 relations=[L("Yellow Page Group", "parentOrganization", "Telecom New Zealand"), L("Yellow Pages", "provider", "Yellow Page Group"),
            L("White Pages", "provider", "Yellow Page Group"), L("New Zealand Retirement Guide", "provider", "Yellow Page Group"),
            L("New Zealand Tourism Online", "provider", "Yellow Page Group")],  # sale only intended: nothing
 outages=[],
 dates=[])  # 'the end of this financial year' (fiscal) skipped
A["wn-volkswagen-engulfed-diesel-emissions-scandal-2015"] = dict(
 entities=[E("Company", "Volkswagen", "VW"), E("Person", "Martin Winterkorn"), E("Organization", "International Council on Clean Transportation"),
           E("Organization", "United States Environmental Protection Agency"), E("Organization", "West Virginia University"),
           E("Service", "Audi"), E("Location", "US")],
 roles=[R("Martin Winterkorn", "ceo", "Volkswagen")],
 relations=[],
 outages=[],
 dates=[D("Sunday", "2015-09-20")])  # 'Over the weekend' skipped

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
