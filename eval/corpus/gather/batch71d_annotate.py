#!/usr/bin/env python3
"""Batch 71d gold annotations (session 65; the texts of batch71d.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-70ah; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the early 1990s' (a decade's
part, twice), 'Five years later' and 'In the same year' (relative), 'today' and 'now' left out. No text tells an
outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70ah): founders (GUIDELINES part 2, Roles,
'Founders'): 'Suntory was started by Torii Shinjiro' -> founder; 'established in 1892 by a group of British
businessmen' (no one named) -> no role; 'whose founding chairman was social worker, Tribhovandas Patel' -> chairman,
current false (told as past, as batch 68x read 'founding chairman'; doubtful), no founder role (the text does not say
he founded it; doubtful); 'the Wadia Group headed by Nusli Wadia' -> head (as earlier batches read 'headed by'),
current true. No role: 'Nalin Chandra Gupta, an attorney' (no post at an organisation), 'C.H. Holmes ... was taken on
as a partner' (a partner in the firm, no title; doubtful). Relations (GUIDELINES part 2, Relations): 'currently part of
the Wadia Group' -> parentOrganization(Britannia Industries Limited, Wadia Group); 'its takeover by the Wadia Group'
(completed) -> acquired(Wadia Group, Britannia Industries Limited) (the parentOrganization it implies already listed);
'the enterprise was acquired by the Gupta brothers' (people) -> nothing; 'Suntory has collaborated extensively with
Melbourne biotechnology firm Florigene ... in the development' -> partner(Suntory, Florigene); products the text says
the company sells or produces ('began selling ... Akadama Port Wine', 'the famous whiskey it produces' of 'Suntory
Whiskey Sirofuda', 'Musashino Beer Factory began its production of the Suntory Beer') -> Service, provider Suntory;
'licensee of Pepsi products' -> Service 'Pepsi' with no provider (its maker is not named; doubtful) and no partner
(a licence of a brand, no second organisation named); 'created Amul (Anand Milk Union Limited)' (a union's success
creating another) and 'Gujarat Co-operative Milk Marketing Federation Ltd., which now overlooks Amul' -> nothing
(neither ownership nor a unit stated; doubtful: 'overlooks' read as oversees, not owns). Types: a company's former and
trading names ('V.S. Brothers', 'The Britannia Biscuit Company Limited' / 'BBCo'; 'Torii Shoten', 'Kotobukiya') ->
aliases of the company under its fullest or present name ('Britannia Industries Limited', 'Suntory'); an acronym in
the text ('KDCMPUL') -> an alias; cooperative unions and a marketing federation that sell milk -> Company (as batches
read cooperatives that are businesses); 'Amul (Anand Milk Union Limited)' -> Company 'Anand Milk Union Limited' with
alias 'Amul' (doubtful: also a brand); a distillery and a beer factory -> Location (named facilities); 'Osaka' (the
city) and 'Osaka prefecture' -> two Locations; 'Kheda district' -> Location under that name. No entity: 'the Gupta
brothers' (a family named by its surname; doubtful), 'Template:Nihongo' (the copy's unrendered template), 'Anand
Pattern' (a model's name), 'Bombay Milk Scheme' (a government programme), 'White Revolution of India', 'World War II'
(events), 'Hawaii' and 'Tris Whiskey' inside a campaign's slogan (doubtful), 'Indian', 'Japanese', 'British',
'English' (demonyms), generic phrases ('a group of British businessmen', 'the first whiskey distillery in the country').
usage: batch71d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- food products, India: Britannia Industries (en.wikipedia.org) --------------------------------------------------
BI, WG = "Britannia Industries Limited", "Wadia Group"
A["wp-britannia-industries"] = dict(
 # the company -> Company 'Britannia Industries Limited' (aliases 'V.S. Brothers', 'Britannia Biscuit Company Limited',
 # 'BBCo': its earlier trading name and former name); Wadia Group -> Company; Nusli Wadia, Nalin Chandra Gupta, C.H.
 # Holmes -> Person; India, Kolkata -> Location. No entity: 'the Gupta brothers' (doubtful), 'British', 'English'
 entities=[E("Company", BI, "V.S. Brothers", "Britannia Biscuit Company Limited", "BBCo"), E("Location", "India"),
           E("Company", WG), E("Person", "Nusli Wadia"), E("Location", "Kolkata"),
           E("Person", "Nalin Chandra Gupta"), E("Person", "C.H. Holmes")],
 # 'the Wadia Group headed by Nusli Wadia' -> head, current true. No role: Nalin Chandra Gupta (an attorney),
 # C.H. Holmes (taken on as a partner; doubtful)
 roles=[R("Nusli Wadia", "head", WG)],
 # 'currently part of the Wadia Group' -> parentOrganization; 'its takeover by the Wadia Group' -> acquired
 relations=[L(BI, "parentOrganization", WG), L(WG, "acquired", BI)],
 outages=[],
 # '1892', '1918'; left out: 'the early 1990s' (a decade's part)
 dates=[D("1892", "1892"), D("1918", "1918")])

# ---- dairy, India: Kaira District Co-operative Milk Producers' Union (liquisearch.com) -------------------------------
KD = "Kaira District Co-operative Milk Producers' Union Limited"
A["wp-kaira-district-co-operative-milk-producers-union"] = dict(
 # the union -> Company (alias 'KDCMPUL'); Anand Milk Union Limited (alias 'Amul'), Gujarat Co-operative Milk Marketing
 # Federation Ltd. -> Company; Tribhovandas Patel -> Person; Gujarat, Kheda district, India -> Location. No entity:
 # 'Anand Pattern', 'Bombay Milk Scheme', 'White Revolution of India'
 entities=[E("Company", KD, "KDCMPUL"), E("Location", "Gujarat"), E("Location", "Kheda district"),
           E("Person", "Tribhovandas Patel"), E("Company", "Anand Milk Union Limited", "Amul"),
           E("Company", "Gujarat Co-operative Milk Marketing Federation Ltd."), E("Location", "India")],
 # 'whose founding chairman was social worker, Tribhovandas Patel' -> chairman, current false (doubtful)
 roles=[R("Tribhovandas Patel", "chairman", KD, False)],
 # near-misses, no relation: 'created Amul' (a creation by the union's success), 'which now overlooks Amul' (doubtful)
 relations=[],
 outages=[],
 # '1946', 'June 1948', '1970', '1973'; left out: 'today'
 dates=[D("1946", "1946"), D("June 1948", "1948-06"), D("1970", "1970"), D("1973", "1973")])

# ---- drinks, Japan: Suntory (netipedia.com) -------------------------------------------------------------------------
SU = "Suntory"
A["wp-suntory"] = dict(
 # the company -> Company 'Suntory' (aliases 'Torii Shoten', 'Kotobukiya'); Florigene (aliases 'Calgene Pacific Ltd',
 # 'Calgene Pacific') -> Company; Torii Shinjiro -> Person; Akadama Port Wine, Suntory Whiskey Sirofuda (alias 'White
 # Label'), Suntory Beer, Pepsi -> Service; Dojimahama, Kita-ku, Osaka, Osaka prefecture, Japan, Yamazaki Distillery,
 # Musashino Beer Factory, Melbourne -> Location. No entity: 'Template:Nihongo', 'World War II', the campaign's slogan
 entities=[E("Company", SU, "Torii Shoten", "Kotobukiya"), E("Location", "Dojimahama"), E("Location", "Kita-ku"),
           E("Location", "Osaka"), E("Location", "Osaka prefecture"), E("Person", "Torii Shinjiro"),
           E("Service", "Akadama Port Wine"), E("Location", "Yamazaki Distillery"),
           E("Service", "Suntory Whiskey Sirofuda", "White Label"), E("Location", "Japan"),
           E("Location", "Musashino Beer Factory"), E("Service", "Suntory Beer"), E("Service", "Pepsi"),
           E("Location", "Melbourne"), E("Company", "Florigene", "Calgene Pacific Ltd", "Calgene Pacific")],
 # 'Suntory was started by Torii Shinjiro' -> founder, current true
 roles=[R("Torii Shinjiro", "founder", SU)],
 # the products sold or produced -> provider; 'collaborated extensively with ... Florigene' -> partner. No relation:
 # Pepsi (its maker not named; doubtful)
 relations=[L("Akadama Port Wine", "provider", SU), L("Suntory Whiskey Sirofuda", "provider", SU),
            L("Suntory Beer", "provider", SU), L(SU, "partner", "Florigene")],
 outages=[],
 # '1899', 'February 1, 1899', '1907', '1921', 'December 1924', '1961', '1963', '1997', '1991'; left out: 'Five years
 # later', 'In the same year' (relative), 'the early 1990s' (a decade's part)
 dates=[D("1899", "1899"), D("February 1, 1899", "1899-02-01"), D("1907", "1907"), D("1921", "1921"),
        D("December 1924", "1924-12"), D("1961", "1961"), D("1963", "1963"), D("1997", "1997"), D("1991", "1991")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
