#!/usr/bin/env python3
"""Batch 21a gold annotations (the 8 texts of batch21a.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 8 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch21a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
IDS = sorted("""wn-dow-chemical-buy-rohm-haas-2008
wn-td-financial-acquire-hudson-united-bancorp-2005
wn-google-acquires-adscape-2007
wn-six-apart-acquires-rojo-2006
wn-major-merger-among-american-lgbt-media-2009
wn-crowe-holmes-succeed-takeover-rabbitohs-2006
wn-nokia-issues-bl-5c-battery-warning-2007
wn-microsoft-drops-bid-yahoo-2008""".split())
A = {}
A["wn-dow-chemical-buy-rohm-haas-2008"] = dict(
 entities=[E("Location", "United States"), E("Company", "Dow Chemical", "Dow"), E("Location", "Philadelphia"),
           E("Company", "Rohm and Haas"), E("Person", "Warren Buffett"), E("Company", "Berkshire Hathaway"),
           E("Organization", "Kuwait Investment Authority")],
 # 'is to buy ... Rohm and Haas', 'agreed unanimously by the boards': an agreed purchase → acquired only (as 19c's
 # SRH/Highland Radio); the funders of the deal have no stated relation to either company; 'Warren Buffett's
 # Berkshire Hathaway' gives no title: no role
 roles=[], relations=[L("Dow Chemical", "acquired", "Rohm and Haas")], outages=[], dates=[])
A["wn-td-financial-acquire-hudson-united-bancorp-2005"] = dict(
 entities=[E("Company", "TD Financial Group", "TD Financial", "TD", "TD Bank"),
           E("Location", "U.S.", "America"),
           E("Company", "Hudson United Bancorp", "Hudson"), E("Location", "Maine"), E("Company", "TD Banknorth"),
           E("Location", "New Jersey"), E("Location", "New York"), E("Location", "Connecticut"),
           E("Location", "Pennsylvania"), E("Person", "Ed Clark")],
 # 'TD Bank CEO and president Ed Clark' speaks for the buyer ('our shared vision'): TD Bank is the group's short name
 # (alias); agreed deal → acquired; 'TD Banknorth, which is 51% owned by TD Financial' → parentOrganization (a
 # majority); Hudson 'will be folding into' TD Banknorth after the deal: a future merger, no relation
 roles=[R("Ed Clark", "ceo", "TD Financial Group"), R("Ed Clark", "president", "TD Financial Group")],
 relations=[L("TD Financial Group", "acquired", "Hudson United Bancorp"),
            L("TD Banknorth", "parentOrganization", "TD Financial Group")],
 outages=[],
 dates=[D("first quarter", "2005-Q1"), D("March 31", "2005-03-31")])
A["wn-google-acquires-adscape-2007"] = dict(
 entities=[E("Company", "Google, Inc.", "Google"), E("Company", "Adscape Media, Inc", "Adscape"),
           E("Location", "San Francisco"), E("Location", "California"), E("Location", "Mountain View")],
 # 'Adscape is now fully controlled by Google' → a completed purchase: acquired + parentOrganization; 'Adscape's
 # partners' are unnamed
 roles=[],
 relations=[L("Google, Inc.", "acquired", "Adscape Media, Inc"),
            L("Adscape Media, Inc", "parentOrganization", "Google, Inc.")],
 outages=[], dates=[D("Friday", "2007-03-16")])
A["wn-six-apart-acquires-rojo-2006"] = dict(
 entities=[E("Company", "Six Apart"), E("Service", "Movable Type"), E("Service", "TypePad"),
           E("Company", "Rojo"), E("Person", "Chris Alden"), E("Person", "Aaron Emigh"),
           E("Company", "Ask.com"), E("Service", "Bloglines"), E("Service", "NewsGator")],
 # 'have acquired the RSS reader Rojo' (done) → acquired + parentOrganization (the planned sale of a majority of
 # 'Rojo's newsreader services' is future); Rojo has a founder and CEO, so a Company; 'the owners of the blogging
 # software Movable Type and TypePad' → provider; 'Ask.com's Bloglines' → provider; NewsGator named as a feed reader
 # → Service; founders 'will join Six Apart's executive team' → executive of Six Apart (announced, current)
 roles=[R("Chris Alden", "founder", "Rojo"), R("Chris Alden", "ceo", "Rojo"), R("Aaron Emigh", "cto", "Rojo"),
        R("Chris Alden", "executive", "Six Apart"), R("Aaron Emigh", "executive", "Six Apart")],
 relations=[L("Six Apart", "acquired", "Rojo"), L("Rojo", "parentOrganization", "Six Apart"),
            L("Movable Type", "provider", "Six Apart"), L("TypePad", "provider", "Six Apart"),
            L("Bloglines", "provider", "Ask.com")],
 outages=[], dates=[D("June 2003", "2003-06"), D("October 2004", "2004-10")])
A["wn-major-merger-among-american-lgbt-media-2009"] = dict(
 entities=[E("Company", "PlanetOut Inc.", "PlanetOut"), E("Service", "PlanetOut.com"), E("Service", "Gay.com"),
           E("Company", "Here Networks LLC"), E("Service", "here!"),
           E("Company", "Regent Entertainment Media Inc."), E("Service", "The Advocate"),
           E("Company", "Here Media Inc.", "Here Media"), E("Person", "Stephen P. Jarchow"),
           E("Person", "Paul Colichman")],
 # services in the parentheses are the companies' own ('operator of cable network here!', 'properties including
 # magazines The Advocate') → provider; 'all three companies to operate separately, as of subsidiaries of Here Media'
 # → parentOrganization for the three (the structure the signed agreement sets up, as agreed deals carry
 # 'acquired'); no buyer among the three: no acquired; 'helmed by Chairman ... and CEO ...' → roles at Here Media
 roles=[R("Stephen P. Jarchow", "chairman", "Here Media Inc."), R("Paul Colichman", "ceo", "Here Media Inc.")],
 relations=[L("PlanetOut.com", "provider", "PlanetOut Inc."), L("Gay.com", "provider", "PlanetOut Inc."),
            L("here!", "provider", "Here Networks LLC"),
            L("The Advocate", "provider", "Regent Entertainment Media Inc."),
            L("PlanetOut Inc.", "parentOrganization", "Here Media Inc."),
            L("Here Networks LLC", "parentOrganization", "Here Media Inc."),
            L("Regent Entertainment Media Inc.", "parentOrganization", "Here Media Inc.")],
 outages=[], dates=[D("Thursday", "2009-01-08"), D("April", "2008-04"), D("December", "2008-12")])
A["wn-crowe-holmes-succeed-takeover-rabbitohs-2006"] = dict(
 entities=[E("Person", "Russell Crowe"), E("Person", "Peter Holmes a Court"),
           E("Organization", "South Sydney Rabbitohs", "Rabbitohs", "Souths"),
           E("Organization", "National Rugby League", "NRL"), E("Person", "George Piggins")],
 # near-miss for relations: the buyers are two men (no Company acquires); a club in a league is no subsidiary;
 # 'Former Souths player and manager' is no executive title of the schema: no role
 roles=[], relations=[], outages=[], dates=[D("last year", "2005")])
A["wn-nokia-issues-bl-5c-battery-warning-2007"] = dict(
 entities=[E("Company", "Nokia"), E("Service", "BL-5C"), E("Company", "Matsushita")],
 # near-miss for outages: a battery warning and replacement, no service lost; the batteries are Nokia's product
 # ('batteries on popular phones it sold') → provider Nokia; 'Nokia has several suppliers for BL-5C batteries' and
 # the affected ones were 'manufactured by Matsushita' → partner (a supplier relation), supplier first
 roles=[],
 relations=[L("BL-5C", "provider", "Nokia"), L("Matsushita", "partner", "Nokia")],
 outages=[],
 dates=[D("December 2005", "2005-12"), D("November 2006", "2006-11"), D("Tuesday", "2007-08-14")])
A["wn-microsoft-drops-bid-yahoo-2008"] = dict(
 entities=[E("Company", "Microsoft"), E("Company", "Yahoo!", "Yahoo"), E("Person", "Steve Ballmer", "Ballmer"),
           E("Person", "Jerry Yang"), E("Location", "Sunnyvale"), E("Location", "California"),
           E("Company", "Google")],
 # near-miss for relations: the bid is withdrawn, no acquisition; 'Microsoft chief executive officer, Steve Ballmer'
 # → ceo; 'Yahoo! chief executive officer, chairman and co-founder, Jerry Yang' → three roles
 roles=[R("Steve Ballmer", "ceo", "Microsoft"), R("Jerry Yang", "ceo", "Yahoo!"),
        R("Jerry Yang", "chairman", "Yahoo!"), R("Jerry Yang", "cofounder", "Yahoo!")],
 relations=[], outages=[], dates=[D("2007", "2007"), D("2010", "2010")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
