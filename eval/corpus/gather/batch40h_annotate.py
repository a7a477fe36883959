#!/usr/bin/env python3
"""Batch 40h gold annotations (the text of batch40h.py: the U.S. Attorney's Office for the Southern District of
California's release of 6 November 2018 on Austin Thompson's guilty plea for the denial-of-service attacks of December
2013 to January 2014 that took online gaming servers offline, among them then San Diego-based Sony Online
Entertainment), written from the text alone; newskg was not run on it. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 39s and 40d for DOJ releases): the company whose servers were taken down -> Company and the
outage's provider; federal agencies -> Organization; defendants, prosecutors and agents -> Person; a special agent in
charge -> executive at the agency; no role for a US Attorney whose office is not named as a body in the kept text;
charges, plea agreements, accounts and handles are not entities.
usage: batch40h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Thompson's plea, USAO Southern District of California, published 2018-11-06 (a Tuesday) -----------------------
A["us-doj-usao-sdca-thompson-pleads-guilty-derptrolling-dos-attacks-2018"] = dict(
 # People: Austin Thompson ('Thompson' alone three times, twice as 'Thompson's'), Adam Braverman (U.S. Attorney),
 # John Brown (FBI special agent in charge). Organization: the FBI (only 'FBI'). Company: Sony Online Entertainment
 # (an online gaming company, 'then San Diego-based'). Service: Twitter (the platform of 'the Twitter account
 # @DerpTrolling'; its company is not named, so no provider relation). Locations: San Diego (the dateline 'SAN
 # DIEGO' an alias; also inside 'San Diego-based'), Utah. Not annotated: '@DerpTrolling' (an account handle, not a
 # service or body), 'online gaming companies and servers' and 'game servers' (unnamed), the plea agreement
 entities=[E("Person", "Austin Thompson", "Thompson"), E("Person", "Adam Braverman"), E("Person", "John Brown"),
           E("Organization", "FBI"),
           E("Company", "Sony Online Entertainment"),
           E("Service", "Twitter"),
           E("Location", "San Diego", "SAN DIEGO")]
          + locs("Utah"),
 # John Brown, 'FBI Special Agent in Charge' -> executive at the FBI (39s's and 40d's reading; doubtful: head). No
 # role for Braverman ('U.S. Attorney': the office line is cut, no office named as a body in the kept text -- 39s's
 # convention; doubtful: head of a US Attorney's Office entity)
 roles=[R("John Brown", "executive", "FBI")],
 relations=[],
 # one outage: 'between December 2013 and January 2014, Thompson's attacks, which flooded his victims' servers
 # with enough internet traffic to take them offline, were directed mainly at online gaming companies and servers,
 # including then San Diego-based Sony Online Entertainment'; 'The attacks took down game servers and related
 # computers around the world, often for hours at a time.' Provider Sony Online Entertainment (the one victim the
 # text names). Date 2013-12 (the attacks' first month; no day stated); no start, end or duration ('often for hours
 # at a time' is no figure for one outage); location null ('San Diego-based' places the company, not the outage;
 # 'around the world' is no place); affected [] (no named service or body hit); cause 'denial-of-service attacks'.
 # **Doubtful**: the text tells a series of attacks on several victims, Sony Online Entertainment's servers among
 # the targets, without telling one outage apart (a reader may count it a near-miss, as outages counted and not
 # told one by one are no events); kept, as the text says the attacks took the victims' servers offline and names
 # this victim
 outages=[O("Sony Online Entertainment", "2013-12", [], cause="denial-of-service attacks")],
 # published 2018-11-06: 'today' -> 2018-11-06; '2013' and '2014' (in 'between 2013 and 2014') -> 2013, 2014;
 # 'December 2013' -> 2013-12; 'January 2014' -> 2014-01. Skipped: 'annually', 'for hours at a time'
 dates=[D("today", "2018-11-06"), D("2013", "2013"), D("2014", "2014"), D("December 2013", "2013-12"),
        D("January 2014", "2014-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
