#!/usr/bin/env python3
"""Batch 37p gold annotations (the text of batch37p.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): test the Iranian fuel text, train the St. Paul text, dev
none. `published` is null (a Wikipedia page carries no date): only absolute dates are listed (GUIDELINES.md, Dates);
a month with no year ('in July') and days with no year of their own ('from July 25 to July 27') are left out.
Conventions: the provider of an outage is the body whose service stopped when the text names it (the City of St.
Paul, whose systems were shut down), else null (the Iranian fuel-card system, whose operator the text does not
name); `affected` lists only named services or bodies the text says were hit (none in either text: 'internal
networks, online payment portals, and public Wi-Fi', 'government-issued cards used for buying subsidized fuel' are
not names). A mayor named with his post gets no role (the corpus gives mayors none); a governor gets `governor` with
the state as org, a president `president` with the country (GUIDELINES.md, Roles). 'Iranian' is an adjective: no
Location of its own.
usage: batch37p_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38p/pool /tmp/gather38p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
A["wp-2021-iranian-fuel-cyberattack"] = dict(
 # 'Iran' ("Iran's 4300 gas stations"), 'the United States' and 'Israel' (accused by Jalali) -> Location; 'the
 # Supreme Council of Cyberspace', 'the Ministry of Petroleum' and 'Iranian civil defense' (the body Jalali heads,
 # written lower-case; doubtful as a name, kept because the role needs it) -> Organization; 'the hacking group INDRA'
 # -> Organization (as the corpus types Sandworm); 'security researchers at Check Point' -> Company; 'the National
 # Internet (National Information Network)' -> Service, the name in brackets the fuller one; 'Iranian President
 # Ebrahim Raisi', 'Gholamreza Jalali' and 'Khamenei' (named in the billboards' message) -> Person; 'the Internet',
 # 'state TV', 'the Ayatollah's office' and 'Islamic law' are no names
 entities=[E("Organization", "Supreme Council of Cyberspace"), E("Person", "Ebrahim Raisi"),
           E("Service", "National Information Network", "National Internet"), E("Person", "Gholamreza Jalali"),
           E("Organization", "Iranian civil defense"), E("Organization", "Ministry of Petroleum"),
           E("Company", "Check Point"), E("Organization", "INDRA"), E("Person", "Khamenei")]
          + locs("Iran", "United States", "Israel"),
 # 'Iranian President Ebrahim Raisi' -> president of Iran (current: the text calls him president, no 'former');
 # 'Gholamreza Jalali, the head of Iranian civil defense' -> head. Khamenei: no post stated ('the Ayatollah's office'
 # is not said to be his): no role
 roles=[R("Ebrahim Raisi", "president", "Iran"), R("Gholamreza Jalali", "head", "Iranian civil defense")],
 # the National Information Network is not said to be run by anyone named; Check Point's researchers attributing the
 # rail attack to INDRA is no partnership: nothing
 relations=[],
 # one outage: 'The attack took place on 26 October 2021' ... 'Iran's 4300 gas stations were unable to process
 # payments' on the 'government-issued cards used for buying subsidized fuel' ('people had to buy gas without their
 # ration card'). Provider null: the text does not say whose system the fuel-card system is (the Ministry of
 # Petroleum 'blamed a technical error', which implies but does not state that it runs it; doubtful); affected []
 # (the cards and the 'Iranian fuel system' are unnamed); location Iran; no clock time, end or duration; cause the
 # cyberattack ('later revealed to be a cyberattack'). The July rail attack and the 2020 rail attack are told
 # only as attacks with messages displayed, no service said lost: no outage (near-misses). The hacked billboards
 # showed messages, no service lost
 outages=[O(None, "2021-10-26", [], loc="Iran", cause="cyberattack")],
 # 'The Iranian fuel 2021 cyberstrike' -> 2021; '26 October 2021'; 'a 2020 rail attack' -> 2020; 'in July' (no year,
 # published null) left out
 dates=[D("2021", "2021"), D("26 October 2021", "2021-10-26"), D("2020", "2020")])

A["wp-2025-st-paul-cyberattack"] = dict(
 # 'Saint Paul, Minnesota, United States' -> Location 'Saint Paul' (alias 'St. Paul', the form in 'The 2025 St. Paul
 # cyberattack' and 'Mayor of St. Paul'), 'Minnesota', 'United States'; 'the City of St. Paul' (the city government
 # whose systems were shut down) -> Organization, told apart from the place; 'the Minnesota National Guard' (alias
 # 'National Guard', "the state's National Guard") and 'the Federal Bureau of Investigation' -> Organization; '911
 # dispatch' -> Service '911' (as the corpus types 911); 'City Hall' (St. Paul's, a named building) -> Location
 # (doubtful, as batch 37l's 'Terminal 2'); 'Melvin Carter' and 'Tim Walz' -> Person
 entities=[E("Location", "Saint Paul", "St. Paul"), E("Organization", "City of St. Paul"),
           E("Organization", "Minnesota National Guard", "National Guard"), E("Service", "911"),
           E("Person", "Melvin Carter"), E("Organization", "Federal Bureau of Investigation"), E("Person", "Tim Walz")]
          + locs("Minnesota", "United States", "City Hall"),
 # 'Governor of Minnesota Tim Walz' -> governor of Minnesota; 'Mayor of St. Paul Melvin Carter' -> no role (the
 # corpus gives mayors none; doubtful: 'head' of the City of St. Paul is the other reading)
 roles=[R("Tim Walz", "governor", "Minnesota")],
 # the Guard's activation and the FBI's help are no partnership or ownership; the Minnesota National Guard is not
 # said to be part of another named body: nothing
 relations=[],
 # one outage: the attack 'which began on July 25, 2025, disrupted core city systems, including internal networks,
 # online payment portals, and public Wi-Fi', and the full shutdown of 'all information systems' (July 27) / 'A full
 # shutdown of systems' (July 28) that hit 'Wi-Fi at City Hall and public libraries' and 'online payment tools': one
 # incident of one body's systems, told day by day, not two outages. Provider the City of St. Paul; date 2025-07-25
 # (the day it began); no clock time, end or duration stated; affected [] (the city's payment portals, Wi-Fi and
 # internal applications are unnamed; 911 dispatch 'still completely operational' is NOT affected); location
 # 'Saint Paul, Minnesota' as the text writes it; cause the cyberattack ('a criminal cyberattack')
 outages=[O("City of St. Paul", "2025-07-25", [], loc="Saint Paul, Minnesota", cause="cyberattack")],
 # 'The 2025 St. Paul cyberattack' -> 2025; 'July 25, 2025', 'July 29, 2025' (also in 'On early July 29, 2025' and
 # 'By late July 29, 2025', listed once), 'July 27, 2025', 'July 28, 2025'; 'from July 25 to July 27' (no year of
 # their own, published null) and 'the weekend' left out
 dates=[D("2025", "2025"), D("July 25, 2025", "2025-07-25"), D("July 29, 2025", "2025-07-29"),
        D("July 27, 2025", "2025-07-27"), D("July 28, 2025", "2025-07-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
