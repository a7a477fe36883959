#!/usr/bin/env python3
"""Batch 20b gold annotations (the 11 texts of batch20b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 11 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
Wikipedia texts have `published` null: dates list only absolute expressions; a day and month without a year give no
date. Relative days in Wikinews and Wikisource texts are resolved against `published`.
usage: batch20b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs, people
import batch10_annotate as b10
IDS = sorted("""wp-olympus-scandal-2011
wp-wirecard-scandal-2020
wp-carlos-ghosn
wikisource-news-jimbo-wales-resigns-restructuring-2006
wp-signpost-sue-gardner-plans-leave-wikimedia-2013
wn-former-satyam-ceo-raju-his-brother-2009
wn-100-days-deepwater-horizon-oil-spill-2010
wn-dubai-world-refused-permission-use-qe2-2010
wn-2-000-face-redundancy-english-steelworks-2009
wn-toll-cancel-overlander-train-service-2006
wn-british-computer-firm-tiny-axes-more-2005""".split())
WMF = "Wikimedia Foundation"
A = {}
A["wp-olympus-scandal-2011"] = dict(
 entities=[E("Company", "Olympus"), E("Location", "Japan"), E("Person", "Michael Christopher Woodford", "Woodford"),
           E("Company", "The Wall Street Journal"), E("Person", "Tsuyoshi Kikukawa"), E("Company", "FACTA")],
 # 'suddenly ousted as chief executive'; 'had been company president for six months' (he lost both): current false.
 # Kikukawa, 'the board chairman', 'again assumed the title of CEO and president': current. 'Yakuza (Japanese
 # organised crime syndicates)' names a kind of group, not one organisation: not annotated
 roles=[R("Michael Christopher Woodford", "ceo", "Olympus", False),
        R("Michael Christopher Woodford", "president", "Olympus", False),
        R("Tsuyoshi Kikukawa", "chairman", "Olympus"), R("Tsuyoshi Kikukawa", "ceo", "Olympus"),
        R("Tsuyoshi Kikukawa", "president", "Olympus")],
 relations=[],  # the acquisitions are unnamed
 outages=[],
 # '14 October' has no year in its own sentence (published null): not listed
 dates=[D("2011", "2011")])
A["wp-wirecard-scandal-2020"] = dict(
 entities=[E("Company", "Wirecard"), E("Location", "Munich"), E("Location", "Germany"), E("Company", "Wirecard Bank AG"),
           E("Company", "Financial Times"), E("Person", "Markus Braun"),
           E("Organization", "Federal Financial Supervisory Authority", "BaFin"), E("Company", "Ernst & Young"),
           E("Company", "InfoGenie AG")],
 # 'the termination and arrest of its CEO Markus Braun' → ceo, current false; the DAX is a stock index and the Neuer
 # Markt a market segment: not entities
 roles=[R("Markus Braun", "ceo", "Wirecard", False)],
 # 'The subsidiary, Wirecard Bank AG' → parentOrganization; 'Wirecard's long time auditor Ernst & Young' → a stated
 # supplier relation (partner). 'taking over the listing of InfoGenie AG' is a listing, not a purchase of the company
 relations=[L("Wirecard Bank AG", "parentOrganization", "Wirecard"), L("Wirecard", "partner", "Ernst & Young")],
 outages=[],
 dates=[D("2019", "2019"), D("25 June 2020", "2020-06-25"), D("1999", "1999"), D("2002", "2002")])
A["wp-carlos-ghosn"] = dict(
 entities=[E("Person", "Carlos Ghosn", "Ghosn"), E("Company", "Michelin North America"), E("Company", "Renault"),
           E("Company", "AvtoVAZ"), E("Company", "Nissan"), E("Company", "Mitsubishi Motors"), E("Company", "Michelin"),
           E("Location", "Europe"), E("Location", "South America"), E("Location", "Japan")],
 # 'a businessman and former automotive executive. He was the CEO of ...': every post current false; 'As chief
 # operating officer, and later chief executive officer' of Nissan (the sentence is about Nissan's recovery)
 roles=[R("Carlos Ghosn", "ceo", "Michelin North America", False), R("Carlos Ghosn", "chairman", "Renault", False),
        R("Carlos Ghosn", "ceo", "Renault", False), R("Carlos Ghosn", "chairman", "AvtoVAZ", False),
        R("Carlos Ghosn", "chairman", "Nissan", False), R("Carlos Ghosn", "ceo", "Nissan", False),
        R("Carlos Ghosn", "coo", "Nissan", False), R("Carlos Ghosn", "chairman", "Mitsubishi Motors", False)],
 # 'Nissan acquired a controlling interest in [Mitsubishi Motors]' → completed, controlling: acquired +
 # parentOrganization; 'Renault's acquisition of a major stake' in Nissan is a stake not said to control: nothing.
 # Michelin North America is Michelin's North American company (the name and his 18 years 'at the company')
 relations=[L("Nissan", "acquired", "Mitsubishi Motors"), L("Mitsubishi Motors", "parentOrganization", "Nissan"),
            L("Michelin North America", "parentOrganization", "Michelin")],
 outages=[],
 dates=[D("9 March 1954", "1954-03-09"), D("1978", "1978"), D("1999", "1999"), D("2005", "2005"), D("2016", "2016"),
        D("2018", "2018"), D("2019", "2019")])
A["wikisource-news-jimbo-wales-resigns-restructuring-2006"] = dict(
 entities=[E("Person", "Jimbo Wales", "Jimmy Wales"), E("Organization", WMF, "Foundation"), E("Location", "Frankfurt"),
           E("Service", "Wikisource"), E("Person", "Florence Nibart-Devouard", "Devouard", "Florence"),
           E("Person", "Erik Möller"), E("Person", "Tim Shell"), E("Person", "Michael E. Davis"),
           E("Person", "Brad Patrick")],
 # Wales resigned as chairman (current false) and 'remains a member of the board' (director, current); the honorary
 # 'Chairman Emeritus' is no post. Nibart-Devouard elected to his former position (chairman) and 'the first board
 # member elected' (director); Möller elected a board member in 2006 (director) and 'Executive Secretary' (other);
 # 'Vice-Chair' → executive (vice chairman); 'Treasurer' → other; 'legal counsel' → executive (general counsel);
 # 'interim Executive Director' → director
 roles=[R("Jimbo Wales", "chairman", WMF, False), R("Jimbo Wales", "director", WMF),
        R("Florence Nibart-Devouard", "chairman", WMF), R("Florence Nibart-Devouard", "director", WMF),
        R("Erik Möller", "director", WMF), R("Erik Möller", "other", WMF), R("Tim Shell", "executive", WMF),
        R("Michael E. Davis", "other", WMF), R("Brad Patrick", "executive", WMF), R("Brad Patrick", "director", WMF)],
 # 'the non-profit corporation that operates the Wikisource project' → provider (as the corpus's Wikinews/WMF texts)
 relations=[L("Wikisource", "provider", WMF)],
 outages=[],
 # published 2006-11-02: 'last month' → October 2006; 'earlier this year' → 2006; 'October 20–22' → its first day
 dates=[D("last month", "2006-10"), D("2004", "2004"), D("2006", "2006"), D("earlier this year", "2006"),
        D("October 20–22", "2006-10-20")])
A["wp-signpost-sue-gardner-plans-leave-wikimedia-2013"] = dict(
 entities=[E("Person", "Sue Gardner", "Gardner"), E("Organization", WMF, "WMF", "Foundation"), E("Company", "Forbes"),
           E("Person", "Jan-Bart de Vreede"), E("Location", "St. Petersburg"), E("Location", "Florida"),
           E("Location", "San Francisco")],
 # near-miss: Gardner 'plans to leave the position when a successor is recruited' (not yet left: current; no
 # successor named). 'board deputy chair' → executive (vice chairman); 'As a board member I' → director
 roles=[R("Sue Gardner", "director", WMF), R("Jan-Bart de Vreede", "executive", WMF),
        R("Jan-Bart de Vreede", "director", WMF)],
 relations=[],
 outages=[],
 # published 2013-03-25 (the issue date): 'Wednesday 27 March' → 2013-03-27
 dates=[D("Wednesday 27 March", "2013-03-27"), D("December 2007", "2007-12"), D("2007", "2007"), D("2012", "2012")])
SAT = "Satyam Computer Services"
A["wn-former-satyam-ceo-raju-his-brother-2009"] = dict(
 entities=[E("Person", "Byrraju Ramalinga Raju"), E("Company", SAT, "Satyam"), E("Person", "B. Rama Raju"),
           E("Location", "Andhra Pradesh"), E("Location", "Hyderabad"), E("Location", "India"),
           E("Organization", "Crime Investigation Department", "CID"), E("Person", "Vadlamani Srinivas", "Srinivas"),
           E("Person", "A. Sivanarayana"), E("Person", "D. Ramakrishna"), E("Organization", "Crime Branch", "CB-CID"),
           E("Company", "Network 18"), E("Person", "Yeduguri Samuel Rajasekhara Reddy", "Reddy"),
           E("Person", "Prem Chand Gupta", "Gupta"), E("Person", "Deepak Parekh"),
           E("Company", "Housing Development Finance Corporation"), E("Person", "Kiran Karnik"),
           E("Organization", "NASSCOM"), E("Person", "C. Achutan"), E("Organization", "Securities and Exchange Board", "SEBI")],
 # 'founder and chairman of Satyam' and 'the company's managing director' as the text states them at the arrest (no
 # former/resigned in this text): current; 'Satyam's chief financial officer' → cfo. The government's new board:
 # 'appointed a three-member independent board ... for Satyam': Parekh, Karnik, Achutan → director of Satyam.
 # 'chairman of Housing Development Finance Corporation' → chairman; 'former president of ... NASSCOM' → president,
 # false; 'former member of Securities and Exchange Board' → director, false. 'chief Minister of State of Andhra
 # Pradesh' → minister of the state; 'the Corporate Affairs Minister' names no country with the post: no role;
 # 'additional director general of police' and the magistrate: no employer entity, no role
 roles=[R("Byrraju Ramalinga Raju", "founder", SAT), R("Byrraju Ramalinga Raju", "chairman", SAT),
        R("B. Rama Raju", "director", SAT), R("Vadlamani Srinivas", "cfo", SAT),
        R("Deepak Parekh", "director", SAT), R("Kiran Karnik", "director", SAT), R("C. Achutan", "director", SAT),
        R("Deepak Parekh", "chairman", "Housing Development Finance Corporation"),
        R("Kiran Karnik", "president", "NASSCOM", False), R("C. Achutan", "director", "Securities and Exchange Board", False),
        R("Yeduguri Samuel Rajasekhara Reddy", "minister", "Andhra Pradesh")],
 # "CID's Crime Branch (the CB-CID)" → a unit of the CID
 relations=[L("Crime Branch", "parentOrganization", "Crime Investigation Department")],
 outages=[],
 # published Monday 2009-01-12: 'late Friday' / 'Friday night' → 9 January, 'Saturday (night)' → 10 January,
 # 'Sunday' → 11 January
 dates=[D("Friday", "2009-01-09"), D("January 23", "2009-01-23"), D("Saturday night", "2009-01-10"),
        D("Saturday", "2009-01-10"), D("Sunday", "2009-01-11"), D("Friday night", "2009-01-09")])
A["wn-100-days-deepwater-horizon-oil-spill-2010"] = dict(
 entities=[E("Location", "Gulf of Mexico"), E("Location", "Gulf coast"), E("Organization", "US Justice Department"),
           E("Location", "Louisiana"), E("Location", "Mississippi"), E("Location", "Alabama"),
           E("Company", "The Washington Post", "Post"), E("Company", "BP"), E("Company", "Transocean"),
           E("Company", "Halliburton"), E("Person", "Tony Hayward"), E("Person", "Bob Dudley"), E("Location", "Boise"),
           E("Location", "Idaho"), E("Organization", "US Senate")],
 # 'Tony Hayward would step down from his position as the company's chief executive' (not yet left: current);
 # 'His replacement, American Bob Dudley, will be the first non-British CEO' → ceo (announced: current). The rig's
 # name is not an entity (ships' and rigs' names)
 roles=[R("Tony Hayward", "ceo", "BP"), R("Bob Dudley", "ceo", "BP")],
 relations=[],  # 'Deepwater Horizon operator Transocean' names the rig's operator, no relation between companies
 outages=[],
 # published Saturday 2010-07-31
 dates=[D("Wednesday", "2010-07-28"), D("Tuesday", "2010-07-27"), D("Thursday", "2010-07-29"), D("May", "2010-05")])
IST = "Istithmar World"
A["wn-dubai-world-refused-permission-use-qe2-2010"] = dict(
 entities=[E("Location", "Cape Town"), E("Location", "South Africa"), E("Company", "Dubai World"),
           E("Organization", "Transnet National Ports Authority"), E("Company", "Associated Press"),
           E("Person", "Sanjay Govan"), E("Company", "Protea Hotels"), E("Company", IST), E("Company", "Cunard"),
           E("Location", "Dubai"), E("Location", "Port Rashid"), E("Company", "Nakheel"), E("Company", "Limitless"),
           E("Company", "Barneys New York"), E("Location", "United States"), E("Person", "David Jackson"),
           E("Location", "New York"), E("Location", "W Hotel Union Square")],
 # ships' names (RMS Queen Elizabeth 2 / QE2) are not entities; the hotel sold at auction is a property → Location
 # 'port manager' → executive; 'Istithmar World chief executive David Jackson resigned last week' → ceo, false
 roles=[R("Sanjay Govan", "executive", "Transnet National Ports Authority"), R("David Jackson", "ceo", IST, False)],
 # 'Dubai World's investment arm Istithmar World', 'Dubai World's main units Nakheel and Limitless' →
 # parentOrganization; 'the conglomerate also obtained Barneys New York ... Istithmar World paid US$942.3 million
 # for the company' → completed purchase by Istithmar World: acquired + parentOrganization. The liner bought from
 # Cunard and the hotel sold at auction are assets; Protea Hotels 'were thought to have won a contract': nothing
 relations=[L(IST, "parentOrganization", "Dubai World"), L("Nakheel", "parentOrganization", "Dubai World"),
            L("Limitless", "parentOrganization", "Dubai World"), L(IST, "acquired", "Barneys New York"),
            L("Barneys New York", "parentOrganization", IST)],
 outages=[],
 # published 2010-01-26: 'November 25 last year' → 2009-11-25; 'In December' → 2009-12; 'last week' skipped
 dates=[D("2007", "2007"), D("2008", "2008"), D("November 25 last year", "2009-11-25"), D("December", "2009-12")])
A["wn-2-000-face-redundancy-english-steelworks-2009"] = dict(
 entities=[E("Company", "Corus Group", "Corus"), E("Location", "Redcar"), E("Location", "England"),
           E("Location", "Teesside"), E("Company", "Teesside Cast Products"), E("Person", "Kirby Adams", "Adams"),
           E("Person", "Lord Mandelson", "Mandelson"), E("Person", "Gordon Brown"),
           E("Organization", "Redcar & Cleveland Borough Council"), E("Person", "George Dunning"),
           E("Company", "British Steel"), E("Company", "Dorman Long"), E("Location", "Sydney Harbour Bridge"),
           E("Company", "Tata Steel"), E("Company", "Jaguar Land Rover"), E("Location", "UK")],
 # "Corus' chief executive, Kirby Adams" → ceo; 'The leader of Redcar & Cleveland Borough Council' → head;
 # 'the British Prime Minister' → minister of the UK (named on its own in the text); 'Secretary of State for
 # Business, Enterprise and Regulatory Reform' names no department entity or country: no role
 roles=[R("Kirby Adams", "ceo", "Corus Group"), R("George Dunning", "head", "Redcar & Cleveland Borough Council"),
        R("Gordon Brown", "minister", "UK")],
 # "Corus' owner, Tata Steel" → parentOrganization; 'another UK operation [of Tata Steel], automobile company Jaguar
 # Land Rover' → parentOrganization as the text states it; "Corus' Teesside Cast Products" → a Corus unit. The
 # consortium is unnamed; the works' former owners owned assets, not companies named as owned
 relations=[L("Corus Group", "parentOrganization", "Tata Steel"), L("Jaguar Land Rover", "parentOrganization", "Tata Steel"),
            L("Teesside Cast Products", "parentOrganization", "Corus Group")],
 outages=[],
 # published Saturday 2009-05-09: 'on Friday' → 2009-05-08; the council leader's quoted 'Today' is not resolved
 dates=[D("Friday", "2009-05-08")])
A["wn-toll-cancel-overlander-train-service-2006"] = dict(
 entities=[E("Company", "Toll New Zealand", "Toll"), E("Service", "Overlander", "The Overlander"), E("Location", "Auckland"),
           E("Location", "Wellington"), E("Location", "New Zealand"), E("Location", "North Island"),
           E("Person", "David Jackson"),
           E("Service", "Tranz Alpine"), E("Location", "South Island"),
           E("Organization", "New Zealand Green Party", "Greens"), E("Person", "Jeanette Fitzsimons")],
 # 'David Jackson, Chief Executive of Toll New Zealand' → ceo; 'Co-leader of Greens' → head. 'the New Zealand
 # Government' is no named body (the Location is annotated); the Main Trunk line is infrastructure: not annotated, the place inside its name ('North Island') is (fixed after
 # the first look: the corpus annotates place names inside compounds)
 roles=[R("David Jackson", "ceo", "Toll New Zealand"), R("Jeanette Fitzsimons", "head", "New Zealand Green Party")],
 # Toll runs the Overlander ('running the train service at a loss') → provider; the Tranz Alpine's operator is not
 # stated
 relations=[L("Overlander", "provider", "Toll New Zealand")],
 outages=[],  # a service withdrawn for business reasons, not an outage
 dates=[D("September 30, 2006", "2006-09-30"), D("1909", "1909")])
A["wn-british-computer-firm-tiny-axes-more-2005"] = dict(
 entities=[E("Company", "Granville Technology Group", "Time Group"), E("Service", "TIME Computers"), E("Service", "Tiny"),
           E("Location", "United Kingdom")],
 # near-miss: 'all the group's directors, except its part-time chairman, have also resigned' names nobody: no role
 roles=[],
 # 'who own brands such as TIME Computers and Tiny' → the brands are Services provided by the group; 'Formerly
 # known as the Time Group' → alias
 relations=[L("TIME Computers", "provider", "Granville Technology Group"), L("Tiny", "provider", "Granville Technology Group")],
 outages=[],
 dates=[])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
