#!/usr/bin/env python3
"""Batch 19d gold annotations (the 11 texts of batch19d.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 11 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
Wikipedia texts have `published` null: dates list only absolute expressions (a clock time counts when the text ties
it to an absolute date); an outage whose day is written without its year in the same sentence as the year
('between April 17 and April 19, 2011, forcing Sony to deactivate ... on April 20') takes that year.
usage: batch19d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""wp-2011-playstation-network-outage
wp-ddos-attacks-on-dyn-2016
wp-2019-argentina-paraguay-uruguay-blackout
wp-2003-italy-blackout
wp-2019-java-blackout
wp-2012-india-blackouts
wp-2023-pakistan-blackout
wp-2022-rogers-communications-outage
wn-outage-leaves-tens-thousands-new-zealanders-2007
wp-2017-equifax-data-breach
wp-wikipedia-blackout-2012""".split())
A = {}
A["wp-2011-playstation-network-outage"] = dict(
 entities=[E("Company", "Sony"), E("Service", "PlayStation Network", "PSN"), E("Service", "Qriocity"),
           E("Service", "PlayStation 3"), E("Service", "PlayStation Portable"), E("Company", "The Daily Telegraph")],
 roles=[],
 # "Sony's PlayStation Network and Qriocity services" → provider each; the consoles' maker is not stated
 relations=[L("PlayStation Network", "provider", "Sony"), L("Qriocity", "provider", "Sony")],
 # Sony deactivated the servers on April 20 (the year from the same sentence) after the intrusion; 'The outage
 # lasted 24 days' → 576 hours; both services lost ('Sony's PlayStation Network and Qriocity services')
 outages=[O("Sony", "2011-04-20", ["PlayStation Network", "Qriocity"], dur=576.0, cause="external intrusion")],
 dates=[D("April 19, 2011", "2011-04-19")])
A["wp-ddos-attacks-on-dyn-2016"] = dict(
 entities=[E("Company", "Dyn"), E("Organization", "Anonymous"), E("Organization", "New World Hackers"),
           E("Location", "Europe"), E("Location", "North America"), E("Service", "Airbnb"), E("Service", "Amazon.com"),
           E("Service", "Ancestry.com"), E("Company", "The A.V. Club"), E("Company", "BBC"),
           E("Company", "The Boston Globe"), E("Service", "Box"), E("Company", "Business Insider"), E("Company", "CNN"),
           E("Company", "Comcast")],
 # the Domain Name System is a protocol and Mirai a piece of malware: not annotated; websites and platforms users
 # use → Service, news organisations and the cable company → Company
 roles=[], relations=[],
 outages=[O("Dyn", "2016-10-21", ["Airbnb", "Amazon.com", "Ancestry.com", "The A.V. Club", "BBC", "The Boston Globe",
                                  "Box", "Business Insider", "CNN", "Comcast"],
            loc="Europe and North America", cause="distributed denial-of-service attacks")],
 dates=[D("October 21, 2016", "2016-10-21")])
A["wp-2019-argentina-paraguay-uruguay-blackout"] = dict(
 entities=[E("Location", "Argentina"), E("Location", "Paraguay"), E("Location", "Uruguay"),
           E("Person", "Mauricio Macri"), E("Company", "Transener"), E("Location", "Colonia Elía"),
           E("Location", "Campana"), E("Person", "Gustavo Lopetegui"), E("Service", "Argentine Interconnection System")],
 # 'Argentine President Mauricio Macri' → president of Argentina (named on its own); 'Energy Secretary Gustavo
 # Lopetegui' names no department or country with the post: no role (as 19c's 'Transport Secretary'); the river and
 # the 'Automatic Generation Shutdown system (DAG)' are not annotated
 roles=[R("Mauricio Macri", "president", "Argentina")],
 relations=[],
 # the blackout 'caused by an operational misbehavior from Transener, a transmission lines operator': Transener's
 # failure is the cause → provider; start '7:07 a.m. (UTC-3) on June 16, 2019'
 outages=[O("Transener", "2019-06-16", [], start="2019-06-16T07:07", loc="Argentina, Uruguay and Paraguay",
            cause="operational misbehavior")],
 # 'By the following day' is relative (published null): not listed
 dates=[D("16 June 2019", "2019-06-16"), D("June 16, 2019", "2019-06-16"), D("7:07 a.m.", "2019-06-16T07:07")])
A["wp-2003-italy-blackout"] = dict(
 entities=[E("Location", "Italian Peninsula"), E("Location", "Switzerland"), E("Location", "Geneva"),
           E("Location", "Mettlen"), E("Location", "Lavorgo"), E("Location", "Italy"), E("Location", "France"),
           E("Company", "GRTN"), E("Organization", "UCTE")],
 # 'Mettlen-Lavorgo powerline' names two places (annotated, as names inside compounds are); 'Lukmanier' names the
 # line: not annotated; 'the Swiss control room operator' is unnamed
 roles=[], relations=[],
 # 'the Italian transmission operator GRTN ... lost control of the grid' → provider; the blackout 'for 12 hours';
 # the lines flashed over and Italy was disconnected 'At 3:20'
 outages=[O("GRTN", "2003-09-28", [], start="2003-09-28T03:20", dur=12.0, loc="Italy",
            cause="powerline arced to a tree")],
 dates=[D("28 September 2003", "2003-09-28"), D("2003", "2003"), D("3:00 a.m.", "2003-09-28T03:00"),
        D("3:20", "2003-09-28T03:20"), D("April 2004", "2004-04")])
A["wp-2019-java-blackout"] = dict(
 entities=[E("Location", "Java"), E("Location", "Greater Jakarta"), E("Location", "Jakarta"), E("Location", "Banten"),
           E("Location", "West Java"), E("Location", "Special Region of Yogyakarta"), E("Location", "Central Java"),
           E("Location", "East Java")] + locs("Bandung", "Bekasi", "Cianjur", "Cimahi", "Cirebon", "Garut", "Karawang",
           "Purwakarta", "Majalaya", "Sumedang", "Tasikmalaya", "Depok", "Gunung Putri", "Sukabumi", "Bogor", "Cilegon",
           "Ungaran", "Pemalang") +
          [E("Company", "Perusahaan Listrik Negara", "PLN", "The State Electricity Company"),
           E("Location", "Suralaya Power Plant"), E("Location", "Cilegon Power Plant")],
 # power plants → Location, as the corpus types plants (batch 18a); 'Cilegon' the city and 'Cilegon Power Plant'
 # are separate entities
 roles=[], relations=[],
 # PLN's grid failed; 'August 4, 2019 11:50 (UTC+7) to August 5, 2019 at 22:00' → 34h10m
 outages=[O("Perusahaan Listrik Negara", "2019-08-04", [], start="2019-08-04T11:50", end="2019-08-05T22:00",
            dur=34.17, loc="Java", cause="lightning strike disabled a transmission line")],
 dates=[D("August 4, 2019", "2019-08-04"), D("11:50", "2019-08-04T11:50"), D("August 5, 2019", "2019-08-05"),
        D("22:00", "2019-08-05T22:00")])
A["wp-2012-india-blackouts"] = dict(
 entities=[E("Location", "India"), E("Location", "Northern India"), E("Location", "Northeast India"),
           E("Location", "United States"), E("Location", "China")],
 # 'Northern, Eastern, and Northeast India': the written-out 'Northeast India' and 'Northern India' (elsewhere) are
 # annotated, 'Eastern' alone is not
 roles=[], relations=[],
 # three outages told apart, no operator named: 30 July 2012 ('lasted about 13.5 hrs'), the next day's, and 'the
 # January 2001 blackout in Northern India' (the grid 'had previously collapsed as recently as 2001')
 outages=[O(None, "2012-07-30", [], dur=13.5, loc="India"), O(None, "2012-07-31", [], loc="India"),
          O(None, "2001-01", [], loc="Northern India")],
 # '30 and 31 July 2012' → the written-out '31 July 2012'; '31 July' and '30 July' alone have no year (published null)
 dates=[D("31 July 2012", "2012-07-31"), D("30 July 2012", "2012-07-30"), D("January 2001", "2001-01"),
        D("May 2025", "2025-05"), D("1 August 2012", "2012-08-01"), D("2001", "2001")])
A["wp-2023-pakistan-blackout"] = dict(
 entities=[E("Location", "Pakistan"), E("Organization", "Energy Ministry"), E("Service", "Twitter"),
           E("Person", "Khurram Dastgir Khan")] + locs("Jamshoro", "Dadu", "Islamabad", "Karachi", "Lahore", "Peshawar",
                                                      "Quetta"),
 # 'The Power minister Khurram Dastgir Khan' → minister of Pakistan (named on its own in the text)
 roles=[R("Khurram Dastgir Khan", "minister", "Pakistan")],
 relations=[],
 # the national grid's operator is not named: provider null; 'went down at 7:34am ... on Monday morning' on the day
 # of the blackout (23 January 2023); '12-13 hours' is a range: no duration
 outages=[O(None, "2023-01-23", [], start="2023-01-23T07:34", loc="Pakistan", cause="voltage fluctuation")],
 # 'Monday morning' and '7:34am' hang on a relative day (published null): only the absolute date listed
 dates=[D("23 January 2023", "2023-01-23")])
A["wp-2022-rogers-communications-outage"] = dict(
 entities=[E("Company", "Rogers Communications", "Rogers"), E("Service", "Rogers Wireless"), E("Service", "Fido"),
           E("Service", "Cityfone"), E("Service", "Chatr"), E("Company", "TekSavvy"), E("Service", "Interac"),
           E("Company", "OLG"), E("Organization", "Canadian Radio-television and Telecommunications Commission")],
 # 'subsidiary brands Rogers Wireless, Fido, Cityfone, and Chatr' → brands (Service) provided by Rogers; 'internet
 # service providers with wholesale access to the Rogers network, such as TekSavvy' → a stated customer relation
 # (partner, TekSavvy → Rogers as written); Interac is a payment network users use (Service); OLG a lottery business
 roles=[],
 relations=[L("Rogers Wireless", "provider", "Rogers Communications"), L("Fido", "provider", "Rogers Communications"),
            L("Cityfone", "provider", "Rogers Communications"), L("Chatr", "provider", "Rogers Communications"),
            L("TekSavvy", "partner", "Rogers Communications")],
 # two outages: 8 July 2022 (brands, TekSavvy, Interac, OLG hit; 'Canadian' is an adjective: no location) and
 # 'another major national outage a year prior in April 2021'
 outages=[O("Rogers Communications", "2022-07-08", ["Rogers Wireless", "Fido", "Cityfone", "Chatr", "TekSavvy",
                                                     "Interac", "OLG"]),
          O("Rogers Communications", "2021-04", [])],
 dates=[D("July 8, 2022", "2022-07-08"), D("April 2021", "2021-04"), D("July 2024", "2024-07")])
ISPS = ["ihug", "TelstraClear", "Slingshot", "Callplus", "Quicksilver", "MaxNet", "Woosh", "World Exchange", "ICONZ"]
A["wn-outage-leaves-tens-thousands-new-zealanders-2007"] = dict(
 entities=[E("Location", "New Zealand"), E("Company", "Telecom"), E("Company", "Vodafone")] +
          [E("Company", n) for n in ISPS] +
          [E("Company", "Xtra"), E("Location", "Auckland"), E("Person", "Sarah Berry"),
           E("Person", "Gabriel Pollard", "Pollard"), E("Service", "Gmail"), E("Service", "Wikinews")],
 # 'Spokesperson, Sarah Berry has said that Telecom will ...' → Telecom's spokesperson; 'Wikinews reporter' is no
 # title of the vocabulary at a company: no role
 roles=[R("Sarah Berry", "spokesperson", "Telecom")],
 # 'Vodafone's ihug' → parentOrganization; 'other ISP's who purchase their services off Telecom' names nine ISPs
 # (customer relation → partner, ISP → Telecom as written); 'and, of course, Xtra' is listed among the affected ISPs
 # but not said to buy from Telecom: no relation
 relations=[L("ihug", "parentOrganization", "Vodafone")] + [L(n, "partner", "Telecom") for n in ISPS],
 # two outages told apart: the crash 'at around 4.00 a.m. (NZST) until around 11.00 a.m.' (7 h; the ISPs named
 # affected), and 'Another network outage ... from 11.20 a.m. to 11.40 a.m.'; both on the day of publication
 outages=[O("Telecom", "2007-04-18", ISPS + ["Xtra"], start="2007-04-18T04:00", end="2007-04-18T11:00", dur=7.0,
            loc="New Zealand", cause="planned upgrade"),
          O("Telecom", "2007-04-18", [], start="2007-04-18T11:20", end="2007-04-18T11:40", dur=0.33,
            loc="New Zealand")],
 dates=[D("4.00 a.m.", "2007-04-18T04:00"), D("11.00 a.m.", "2007-04-18T11:00"), D("11.20 a.m.", "2007-04-18T11:20"),
        D("11.40 a.m.", "2007-04-18T11:40")])
A["wp-2017-equifax-data-breach"] = dict(
 entities=[E("Company", "Equifax"), E("Organization", "United States Federal Trade Commission"),
           E("Location", "United States", "U.S."), E("Organization", "People's Liberation Army"), E("Location", "China"),
           E("Organization", "Chinese Communist Party")],
 # 'the United States government' is no named body (the Location is annotated)
 roles=[], relations=[],
 outages=[],  # near-miss: a data breach, no service lost
 # 'Between May and July 2017' → 'July 2017'; 'May' and 'end of July' alone are not listed (published null)
 dates=[D("July 2017", "2017-07"), D("September 2017", "2017-09"), D("February 2020", "2020-02")])
A["wp-wikipedia-blackout-2012"] = dict(
 entities=[E("Service", "English Wikipedia")],
 # the Stop Online Piracy Act and PROTECT IP Act are laws: not entities
 roles=[], relations=[],
 outages=[],  # near-miss: a deliberate 24-hour protest blackout decided by the site, not a failure
 dates=[D("January 18–19, 2012", "2012-01-18")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
