#!/usr/bin/env python3
"""Batch 20c gold annotations (the 6 texts of batch20c.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 6 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
Wikipedia texts have `published` null: dates list only absolute expressions (a clock time counts when the text ties
it to an absolute date in the same sentence); an outage whose day is not written with its year gets the coarsest
value the text supports, or no date.
usage: batch20c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10
IDS = sorted("""wp-2009-sidekick-data-loss
wp-sql-slammer-worm
wp-2014-sony-pictures-hack
wp-august-2013-nasdaq-flash-freeze
wp-2010-flash-crash
wp-2021-microsoft-exchange-server-data-breach""".split())
A = {}
A["wp-2009-sidekick-data-loss"] = dict(
 entities=[E("Location", "United States"), E("Company", "Microsoft"),
           E("Service", "Danger Hiptop", "Sidekick", "T-Mobile Sidekick"), E("Company", "T-Mobile"),
           E("Company", "Danger, Inc.", "Danger"), E("Company", "Mobile Communications Business", "MCB"),
           E("Company", "Entertainment and Devices Division"), E("Service", "Project Pink"),
           E("Company", "Financial Times")],
 # the phone is a product users use → Service ('the Danger Hiptop, also known as the "Sidekick"'; 'T-Mobile
 # Sidekick phone users'); the MCB 'of the Entertainment and Devices Division at Microsoft' → units (Company)
 roles=[],
 # 'Danger, Inc., a company that was bought by Microsoft' (completed) → acquired + parentOrganization; 'The Sidekick
 # smartphones were originally produced by Danger, Inc.' → provider; 'a future Microsoft mobile phone platform known
 # as Project Pink' → provider
 relations=[L("Microsoft", "acquired", "Danger, Inc."), L("Danger, Inc.", "parentOrganization", "Microsoft"),
            L("Mobile Communications Business", "parentOrganization", "Entertainment and Devices Division"),
            L("Entertainment and Devices Division", "parentOrganization", "Microsoft"),
            L("Danger Hiptop", "provider", "Danger, Inc."), L("Project Pink", "provider", "Microsoft")],
 # 'The computer servers holding the data were run by Microsoft' / 'Microsoft took over the running of the data
 # servers' → provider Microsoft; 'In late September 2009 ... users started noticing data service outages', 'The
 # outages lasted approximately two weeks' → 336 h; users 'in the United States'; 'a server failure'
 outages=[O("Microsoft", "2009-09", ["Danger Hiptop"], dur=336.0, loc="United States", cause="server failure")],
 dates=[D("2009", "2009"), D("February 2007", "2007-02"), D("late September 2009", "2009-09"),
        D("10 October, 2009", "2009-10-10")])
A["wp-sql-slammer-worm"] = dict(
 entities=[E("Service", "Microsoft SQL Server 2000"), E("Service", "Microsoft Desktop Engine 2000"),
           E("Company", "Microsoft"), E("Company", "Bank of America"), E("Service", "911")],
 # the worm (W32.SQLExp.Worm) is malware, not annotated (as 19d's Mirai)
 roles=[],
 # Microsoft is named on its own and released the patch for its database software → provider of both products
 relations=[L("Microsoft SQL Server 2000", "provider", "Microsoft"),
            L("Microsoft Desktop Engine 2000", "provider", "Microsoft")],
 # two outages told apart: Bank of America's cash machines ('Many of its ATM's would not work for consumers') after
 # the worm's release 'In January 2003'; the 'global internet slowdown' of 'January 25, 2003' (no operator named;
 # the 911 calls and flights are told without a date or operator: not listed as affected)
 outages=[O("Bank of America", "2003-01", [], cause="computer worm"),
          O(None, "2003-01-25", [], cause="computer worm")],
 dates=[D("early 2003", "2003"), D("June 2002", "2002-06"), D("January 2003", "2003-01"),
        D("January 25, 2003", "2003-01-25"), D("2003", "2003")])
A["wp-2014-sony-pictures-hack"] = dict(
 entities=[E("Organization", "Guardians of Peace"), E("Company", "Sony Pictures Entertainment", "SPE", "Sony"),
           E("Person", "Seth Rogen", "Rogen"), E("Person", "Evan Goldberg"), E("Person", "James Franco"),
           E("Location", "North Korea"), E("Person", "Kim Jong Un"), E("Organization", "CIA"),
           E("Location", "United States", "U.S.")],
 # films (The Interview) and the malware (Shamoon) are not annotated; 'North Korean leader Kim Jong Un' names no
 # title of the vocabulary (not president or minister): no role
 roles=[],
 relations=[],
 # 'The perpetrators then employed a variant of the Shamoon wiper malware to erase Sony's computer infrastructure'
 # → the studio's systems lost (provider SPE); the day is not stated ('then', after the leak of November 24, 2014;
 # 'the breach was discovered in November 2014') → '2014-11'; the cancelled premiere is a business decision, not an
 # outage
 outages=[O("Sony Pictures Entertainment", "2014-11", [], cause="wiper malware")],
 dates=[D("November 24, 2014", "2014-11-24"), D("November 2014", "2014-11")])
A["wp-august-2013-nasdaq-flash-freeze"] = dict(
 entities=[E("Company", "NASDAQ OMX"), E("Service", "Securities Information Processor", "SIP"),
           E("Company", "New York Stock Exchange Arca")],
 # the Nasdaq composite is an index (not an entity); 'the Nasdaq exchange' whose shares closed down is the listed
 # exchange company, left unannotated as a generic phrase
 roles=[],
 relations=[],
 # 'Trading on the exchange stopped at 12:14pm and resumed at 3:25pm' → 3 h 11 min = 3.18 h; no date is stated for
 # the halt (the clock times are not tied to a date: start/end null); 'NASDAQ OMX credited the freeze to an
 # overloading of the Securities Information Processor' → provider NASDAQ OMX
 outages=[O("NASDAQ OMX", None, ["Securities Information Processor"], dur=3.18,
            cause="overloading of the Securities Information Processor")],
 dates=[D("May 6, 2010", "2010-05-06")])
A["wp-2010-flash-crash"] = dict(
 entities=[E("Location", "United States"), E("Organization", "CFTC")],
 # stock indices (S&P 500, Dow Jones Industrial Average, Nasdaq Composite) are not entities
 roles=[], relations=[],
 outages=[],  # near-miss: a market crash; no system or service is said to have failed
 # '2:32 p.m. EDT' is tied to May 6, 2010 in the same sentence; 'the crash of 2:45' is a name, not a time
 dates=[D("May 6, 2010", "2010-05-06"), D("2:32 p.m.", "2010-05-06T14:32"), D("2014", "2014"),
        D("2010", "2010"), D("August 24, 2015", "2015-08-24")])
A["wp-2021-microsoft-exchange-server-data-breach"] = dict(
 entities=[E("Service", "Microsoft Exchange Servers"), E("Location", "United States"), E("Location", "United Kingdom"),
           E("Organization", "European Banking Authority"), E("Organization", "Norwegian Parliament"),
           E("Location", "Chile"), E("Organization", "Commission for the Financial Market", "CMF")],
 # Microsoft is named only inside the product name: not annotated on its own
 roles=[], relations=[],
 outages=[],  # near-miss: servers compromised and data exposed; no service is said to have been lost
 dates=[D("January 2021", "2021-01"), D("March 2021", "2021-03")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
