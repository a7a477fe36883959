#!/usr/bin/env python3
"""Batch 70d gold annotations (session 64; the texts of batch70d.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-69ah; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'from 1870 -1876' gives its two
years, a life span's dates each their day. No text tells an outage, so every `outages` list is empty; the closing of
a store is no service disruption.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-69ah): completed purchases ('English Electric purchased
the UK based Marconi Company', 'English Electric was itself purchased by General Electric Company', 'BAE Systems
purchased GEC's 51.6% share of CMC', 'ONCAP ... completed its purchase of BAE Systems Canada', 'CMC Electronics was
sold to Esterline Corporation', 'Transdigm bought Esterline') -> acquired + parentOrganization; a purchase of a
majority share ('acquired 50.6% of Canadian Marconi Company') -> acquired + parentOrganization; control that passed
with the parent's purchase ('which took control of the 50.6% share of CMC') -> parentOrganization only (no purchase of
CMC told; doubtful); a purchase 'to form' a new company ('British Aerospace completed its purchase of GEC's Canadian
Electronic Systems to form BAE Systems') -> acquired only (merged away), the unit named as the seller's ('GEC's') ->
parentOrganization to GEC; owners named without a purchase ('was held by George Weston Limited from 1947 to 2008 and
is now held by Saputo Incorporated') -> parentOrganization only; 'a branch of ... David Jones' -> parentOrganization
(doubtful: a store); a name sold to a company ('sold its rights for the Marconi name to Marconi plc'), an investment
group's members ('comprising Onex Corporation and other investors'), a site that 'would become a David Jones department
store' -> nothing; founders (GUIDELINES part 2, Roles, 'Founders'): 'founded in 1903 ... by Guglielmo Marconi' and
'founder of William Neilson Limited' (one man each) -> founder; 'established in 1863 by John Kirkcaldie and Robert
Stains' -> cofounder each (current true: a founding is not undone). Types: a company's former names ('Canadian
Wireless Telegraph Company of Canada', 'Canadian Marconi Company', 'BAE Systems Canada', 'CMC') and informal names
('Kirkcaldie's', 'Kirks') -> aliases; British Aerospace and the BAE Systems it formed -> two entities (doubtful); a
company's business units named by function ('Navigation Systems, Cockpit System Integration, Panels and Sensors') -> no
entity (doubtful); a store reopened under a name ('David Jones Wellington') -> Company (doubtful); a named building
('Waterloo House'), streets and a township -> Location; a ship ('Inconstant') and its hulk's nickname ('Plimmer's Ark')
-> no entity (GUIDELINES: ships' names); a brother named by first name ('his brother Jessie') -> Person; demonyms
('Canadian', 'Scotsman', 'Englishman', 'Australian') -> no entity; 'UK' in 'the UK based Marconi Company' -> Location.
usage: batch70d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- avionics, Canada: CMC Electronics (en.wikipedia.org) -------------------------------------------------------------
CMC = "CMC Electronics Inc."
EE = "English Electric"
GEC = "General Electric Company"
ES = "Esterline Corporation"
A["wp-cmc-electronics"] = dict(
 # the company -> Company 'CMC Electronics Inc.' (aliases 'CMC \u00c9lectronique', 'CMC Electronics', 'CMC', and its
 # former names 'Canadian Wireless Telegraph Company of Canada', 'Canadian Marconi Company', 'BAE Systems Canada');
 # Guglielmo Marconi -> Person; English Electric, 'Marconi Company' (the UK based one), 'General Electric Company'
 # ('GEC'), British Aerospace, 'Canadian Electronic Systems' (GEC's), BAE Systems, ONCAP, Onex Corporation, Marconi plc,
 # 'Esterline Corporation' ('Esterline'), Transdigm -> Company; Montreal, Quebec, Ottawa, Ontario, Sugar Grove,
 # Illinois, UK -> Location. No entity: 'Canadian', 'the Marconi name' (a name), the three business units (doubtful)
 entities=[E("Company", CMC, "CMC \u00c9lectronique", "CMC Electronics", "CMC",
             "Canadian Wireless Telegraph Company of Canada", "Canadian Marconi Company", "BAE Systems Canada"),
           E("Location", "Montreal"), E("Location", "Quebec"), E("Location", "Ottawa"), E("Location", "Ontario"),
           E("Location", "Sugar Grove"), E("Location", "Illinois"), E("Person", "Guglielmo Marconi"),
           E("Company", EE), E("Location", "UK"), E("Company", "Marconi Company"), E("Company", GEC, "GEC"),
           E("Company", "British Aerospace"), E("Company", "Canadian Electronic Systems"),
           E("Company", "BAE Systems"), E("Company", "ONCAP"), E("Company", "Onex Corporation"),
           E("Company", "Marconi plc"), E("Company", ES, "Esterline"), E("Company", "Transdigm")],
 # 'founded in 1903 as Canadian Wireless Telegraph Company of Canada by Guglielmo Marconi' -> founder (one man)
 roles=[R("Guglielmo Marconi", "founder", CMC)],
 # 'English Electric purchased the UK based Marconi Company' -> acquired + parentOrganization; 'in 1953 acquired 50.6%
 # of Canadian Marconi Company' -> acquired + parentOrganization (a majority share); 'English Electric was itself
 # purchased by General Electric Company (GEC)' -> acquired + parentOrganization; 'which took control of the 50.6%
 # share of CMC' and 'GEC's 51.6% share of CMC' -> parentOrganization(CMC, GEC) (doubtful: through English Electric);
 # 'British Aerospace completed its purchase of GEC's Canadian Electronic Systems to form BAE Systems' -> acquired
 # (merged into the new company: no parentOrganization to British Aerospace) and parentOrganization(Canadian
 # Electronic Systems, GEC); 'BAE Systems purchased GEC's 51.6% share of CMC' -> acquired + parentOrganization; 'ONCAP
 # ... completed its purchase of BAE Systems Canada' -> acquired + parentOrganization; 'CMC Electronics was sold to
 # Esterline Corporation' -> acquired + parentOrganization; 'Transdigm bought Esterline' -> acquired +
 # parentOrganization. Near-misses, no relation: 'sold its rights for the Marconi name to Marconi plc' (a name's
 # rights); 'an investment group comprising Onex Corporation and other investors' (members, not a parent; doubtful)
 relations=[L(EE, "acquired", "Marconi Company"), L("Marconi Company", "parentOrganization", EE),
            L(EE, "acquired", CMC), L(CMC, "parentOrganization", EE),
            L(GEC, "acquired", EE), L(EE, "parentOrganization", GEC), L(CMC, "parentOrganization", GEC),
            L("British Aerospace", "acquired", "Canadian Electronic Systems"),
            L("Canadian Electronic Systems", "parentOrganization", GEC),
            L("BAE Systems", "acquired", CMC), L(CMC, "parentOrganization", "BAE Systems"),
            L("ONCAP", "acquired", CMC), L(CMC, "parentOrganization", "ONCAP"),
            L(ES, "acquired", CMC), L(CMC, "parentOrganization", ES),
            L("Transdigm", "acquired", ES), L(ES, "parentOrganization", "Transdigm")],
 outages=[],
 # '1903', '1925', '1948', '1953', '1968', 'November 30, 1999', 'December 1999', 'February 2000', 'April 2001',
 # '2007', '2019'
 dates=[D("1903", "1903"), D("1925", "1925"), D("1948", "1948"), D("1953", "1953"), D("1968", "1968"),
        D("November 30, 1999", "1999-11-30"), D("December 1999", "1999-12"), D("February 2000", "2000-02"),
        D("April 2001", "2001-04"), D("2007", "2007"), D("2019", "2019")])

# ---- retail, New Zealand: Kirkcaldie & Stains (en.wikipedia.org) -----------------------------------------------------
KS = "Kirkcaldie & Stains"
A["wp-kirkcaldie-and-stains"] = dict(
 # the store's business -> Company 'Kirkcaldie & Stains' (aliases 'Kirkcaldie's', 'Kirks'); John Kirkcaldie, Robert
 # Stains -> Person; David Jones (the Australian chain) and 'David Jones Wellington' (the reopened store named as its
 # branch; doubtful: a store) -> Company; Wellington, New Zealand, Lambton Quay, Brandon Street, Cuba Street, Napier,
 # Sydney, Australia, 'Waterloo House' (a building) -> Location. No entity: 'the wrecked ship Inconstant', "Plimmer's
 # Ark" (a ship and its nickname), 'Scotsman', 'Englishman', 'Australian', 'Shareholders'
 entities=[E("Company", KS, "Kirkcaldie's", "Kirks"), E("Location", "Wellington"), E("Location", "New Zealand"),
           E("Person", "John Kirkcaldie"), E("Person", "Robert Stains"), E("Location", "Lambton Quay"),
           E("Location", "Brandon Street"), E("Location", "Cuba Street"), E("Location", "Napier"),
           E("Company", "David Jones"), E("Company", "David Jones Wellington"), E("Location", "Sydney"),
           E("Location", "Australia"), E("Location", "Waterloo House")],
 # 'established in 1863 by John Kirkcaldie and Robert Stains', 'founded in 1863 by ... John Kirkcaldie ... and ...
 # Robert Stains' -> cofounder each (GUIDELINES part 2, Founders: two named together)
 roles=[R("John Kirkcaldie", "cofounder", KS), R("Robert Stains", "cofounder", KS)],
 # "'David Jones Wellington', a branch of Australian department store chain David Jones" -> parentOrganization
 # (doubtful). Near-misses, no relation: 'the site ... would become a David Jones department store' (a site let, no
 # purchase of Kirkcaldie & Stains told); the branches on Cuba Street and in Napier (unnamed stores)
 relations=[L("David Jones Wellington", "parentOrganization", "David Jones")],
 outages=[],
 # '1863', '1868', '1870', '1876', '1897', '1917', '4 June 2015', 'January 2016', '31 July 2015', '16 January 2016',
 # '28 July 2016', '12 June 2022', '9 December 1863', '1865'
 dates=[D("1863", "1863"), D("1868", "1868"), D("1870", "1870"), D("1876", "1876"), D("1897", "1897"),
        D("1917", "1917"), D("4 June 2015", "2015-06-04"), D("January 2016", "2016-01"),
        D("31 July 2015", "2015-07-31"), D("16 January 2016", "2016-01-16"), D("28 July 2016", "2016-07-28"),
        D("12 June 2022", "2022-06-12"), D("9 December 1863", "1863-12-09"), D("1865", "1865")])

# ---- dairy and confectionery, Canada: William Neilson (an IPFS copy) -------------------------------------------------
WN = "William Neilson"
WNL = "William Neilson Limited"
A["wp-william-neilson"] = dict(
 # William Neilson ('Neilson') -> Person; the firm -> Company 'William Neilson Limited' (the person's name inside the
 # firm's name is not an alias of either); 'his brother Jessie', Mary Eva Kaiser -> Person; George Weston Limited,
 # Saputo Incorporated -> Company; Ramsay township, Lanark County, Ontario, Rochester, New York, Almonte, Canada,
 # Brockville, Toronto, North Dakota, Beachville, South America, South Africa, Japan, China, Australia, New Zealand,
 # Georgetown -> Location. No entity: 'Canadian'
 entities=[E("Person", WN, "Neilson"), E("Company", WNL), E("Location", "Ramsay township"),
           E("Location", "Lanark County"), E("Location", "Ontario"), E("Location", "Rochester"),
           E("Location", "New York"), E("Location", "Almonte"), E("Location", "Canada"), E("Location", "Brockville"),
           E("Location", "Toronto"), E("Location", "North Dakota"), E("Person", "Jessie"),
           E("Location", "Beachville"), E("Location", "South America"), E("Location", "South Africa"),
           E("Location", "Japan"), E("Location", "China"), E("Location", "Australia"), E("Location", "New Zealand"),
           E("Location", "Georgetown"), E("Company", "George Weston Limited"), E("Company", "Saputo Incorporated"),
           E("Person", "Mary Eva Kaiser")],
 # 'founder of William Neilson Limited' -> founder (one man; current true). Near-miss: 'a machinist's apprentice',
 # 'journeyman', 'a farmer' -> no role (no organisation)
 roles=[R(WN, "founder", WNL)],
 # 'was held by George Weston Limited from 1947 to 2008 and is now held by Saputo Incorporated' ->
 # parentOrganization(William Neilson Limited, each) (no purchase told: no acquired). Near-misses: 'the company opened
 # branches in ...' (unnamed), 'he purchased some cows'
 relations=[L(WNL, "parentOrganization", "George Weston Limited"), L(WNL, "parentOrganization", "Saputo Incorporated")],
 outages=[],
 # 'March 16, 1844', 'February 10, 1915', '1873', '1889', '1890', '1893', '1904', '1905', '1908', '1915', '1928',
 # '1947', '2008', 'October 6, 1875'
 dates=[D("March 16, 1844", "1844-03-16"), D("February 10, 1915", "1915-02-10"), D("1873", "1873"), D("1889", "1889"),
        D("1890", "1890"), D("1893", "1893"), D("1904", "1904"), D("1905", "1905"), D("1908", "1908"),
        D("1915", "1915"), D("1928", "1928"), D("1947", "1947"), D("2008", "2008"),
        D("October 6, 1875", "1875-10-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
