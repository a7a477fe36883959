#!/usr/bin/env python3
"""Batch 30c gold annotations (the 3 texts of batch30c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Both texts have `published` null: only absolute
dates (GUIDELINES.md, Dates).
usage: batch30c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outage -----------------------------------------------------------------------------------------------------
A["wp-2011-southwest-blackout"] = dict(
 # places -> Location ('western Arizona' -> Arizona, 'northern Baja California' -> Baja California, 'southern Orange
 # County' -> Orange County); the investor-owned utilities SDG&E, Sempra Energy, APS, SCE (named only by its
 # initials) and Mexico's state utility CFE -> Company (as the corpus's state utilities); the Imperial Irrigation
 # District (a public district), LADWP (named only by its initials) and the Western Area Power Administration (a
 # federal agency; 'Lower Colorado' its region, part of the name as written) -> Organization (doubtful: utilities are
 # typed Company elsewhere); the Southwest Power Link, a named transmission line -> Service (as batch 25b's Basslink);
 # the San Onofre Nuclear Generating Station ('SONGS') and the North Gila Substation -> Location (named sites)
 entities=[E("Location", "Southern California"), E("Location", "Arizona"), E("Location", "Baja California"),
           E("Location", "Sonora"), E("Location", "California"),
           E("Company", "San Diego Gas & Electric", "SDG&E"), E("Service", "Southwest Power Link"),
           E("Location", "Imperial Valley"), E("Company", "SCE"), E("Organization", "LADWP"),
           E("Location", "San Onofre Nuclear Generating Station", "SONGS"),
           E("Organization", "Imperial Irrigation District", "IID"), E("Company", "Sempra Energy"),
           E("Location", "San Diego County"), E("Location", "Orange County"), E("Location", "Riverside County"),
           E("Company", "Comisión Federal de Electricidad"), E("Location", "Mexico"),
           E("Company", "Arizona Public Service", "APS"), E("Organization", "Western Area Power Administration"),
           E("Location", "North Gila Substation")],
 roles=[],
 # 'San Diego Gas & Electric, a subsidiary of Sempra Energy' -> parentOrganization; the Southwest Power Link's
 # operator is not stated ('SDG&E's system is connected to Arizona by' it) -> no provider (doubtful)
 relations=[L("San Diego Gas & Electric", "parentOrganization", "Sempra Energy")],
 # one outage: the blackout of 8 September 2011 from about 3:38 pm PDT, 'the result of 23 distinct events that
 # occurred on 5 separate power grids' -> provider null (no one operator's system is said to have failed; the APS
 # substation's 3:27 pm power loss is told, not named as the cause; doubtful), affected the five utilities the text
 # lists ('Five utilities were affected'), location the first area named; no end, no duration
 outages=[O(None, "2011-09-08",
            ["San Diego Gas & Electric", "Imperial Irrigation District", "Comisión Federal de Electricidad",
             "Arizona Public Service", "Western Area Power Administration"],
            start="2011-09-08T15:38", loc="Southern California",
            cause="23 distinct events on 5 separate power grids")],
 # `published` null: absolute expressions only; the event names' year ('The 2011 Southwest blackout', 'the Great
 # Blackout of 2011') listed once; clock times on the dated day kept ('3:38 pm PDT', '3:27 pm PDT')
 dates=[D("2011", "2011"), D("Thursday, September 8, 2011", "2011-09-08"), D("3:38 pm PDT", "2011-09-08T15:38"),
        D("3:27 pm PDT", "2011-09-08T15:27")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["wp-anthem-medical-data-breach"] = dict(
 # Anthem Inc. (with 'Anthem, Inc.' and 'Anthem') -> Company; 'multiple brands Anthem, Inc. uses to market its
 # healthcare plans' -> the seven brands are Service (products users buy; Amerigroup and Caremore as brands here, as
 # the text presents them); Healthlink ('says it was also a victim') -> Company; Bloomberg News and The New York Times
 # -> Company (news organisations); China -> Location; Michael Daniel and Barack Obama -> Person
 entities=[E("Company", "Anthem Inc.", "Anthem, Inc.", "Anthem"),
           E("Service", "Anthem Blue Cross"), E("Service", "Anthem Blue Cross and Blue Shield"),
           E("Service", "Blue Cross and Blue Shield of Georgia"), E("Service", "Empire Blue Cross and Blue Shield"),
           E("Service", "Amerigroup"), E("Service", "Caremore"), E("Service", "UniCare"),
           E("Company", "Healthlink"), E("Company", "Bloomberg News"), E("Location", "China"),
           E("Person", "Michael Daniel"), E("Person", "Barack Obama"), E("Company", "The New York Times")],
 # 'chief adviser on cybersecurity for President Barack Obama' -> no organisation named -> no role; 'President Barack
 # Obama' -> no country named -> no role (GUIDELINES Roles)
 roles=[],
 # the brands Anthem uses to market its plans -> provider Anthem Inc.
 relations=[L(s, "provider", "Anthem Inc.") for s in
            ["Anthem Blue Cross", "Anthem Blue Cross and Blue Shield", "Blue Cross and Blue Shield of Georgia",
             "Empire Blue Cross and Blue Shield", "Amerigroup", "Caremore", "UniCare"]],
 # records stolen from its servers, no service said lost -> no outage (near-miss, as batch 26b's Optus breach)
 outages=[],
 # `published` null: absolute only; 'the month before' skipped
 dates=[D("February 4, 2015", "2015-02-04"), D("February 24, 2015", "2015-02-24"), D("2017", "2017")])

A["wp-power-outages-in-malaysia"] = dict(
 # places -> Location ('Melaka' and 'Malacca', one state, one entity with an alias, as batch 25b's Baluchistan);
 # 'southern/northern Peninsular Malaysia' -> Peninsular Malaysia; the Sultan Ismail Power Station -> Location (a
 # named site); Tenaga Nasional ('utility giant') -> Company; 'the government', 'five independent power producers' ->
 # generic, not annotated
 entities=[E("Location", "Malaysia"), E("Location", "Peninsular Malaysia"), E("Location", "Kuala Lumpur"),
           E("Location", "Selangor"), E("Location", "Putrajaya"), E("Location", "Johor"),
           E("Location", "Melaka", "Malacca"), E("Location", "Negeri Sembilan"),
           E("Location", "Sultan Ismail Power Station"), E("Location", "Paka"), E("Location", "Terengganu"),
           E("Company", "Tenaga Nasional"), E("Location", "Perak"), E("Location", "Penang"), E("Location", "Kedah"),
           E("Location", "Perlis"), E("Location", "Serendah")],
 roles=[],
 relations=[],
 # four outages told apart by the list's sections:
 # 1992 -> 29 September, lightning on a transmission facility, no operator named;
 # 1996 -> 3 August from 17:17 ('began at 17:17'), 'Supply was back to normal by 11pm' -> end 23:00, 5.72 hours
 #   computed; provider Tenaga Nasional (the text names it only as the 'utility giant' whose stock fell after the
 #   blackout; the careful reader's conclusion, doubtful), cause the tripped line near the Sultan Ismail Power Station;
 # 2003 -> 'September 4' takes its year from the section heading '2003 blackout' (doubtful, as batch 28c's '20
 #   October' took 1992 from its answer), 10.00 am to 3.00 pm local, 5 hours as stated, no operator named;
 # 2005 -> the year only, a fault of the main transmission line near Serendah, no operator named
 outages=[O(None, "1992-09-29", [], loc="Malaysia", cause="lightning striking a transmission facility"),
          O("Tenaga Nasional", "1996-08-03", [], start="1996-08-03T17:17", end="1996-08-03T23:00", dur=5.72,
            loc="Peninsular Malaysia",
            cause="transmission line near Sultan Ismail Power Station tripped"),
          O(None, "2003-09-04", [], start="2003-09-04T10:00", end="2003-09-04T15:00", dur=5,
            loc="southern Peninsular Malaysia", cause="power failure"),
          O(None, "2005", [], loc="northern Peninsular Malaysia",
            cause="fault of the main cable transmission line grid near Serendah")],
 # `published` null: absolute expressions and times on days the text dates; the section headings' years listed
 # once each ('1992', '1996', '2003', '2005'); UTC times as written (as batch 26b); 'the past four years', 'the
 # weekend' skipped
 dates=[D("1992", "1992"), D("29 September 1992", "1992-09-29"), D("1996", "1996"), D("17:17", "1996-08-03T17:17"),
        D("3 August 1996", "1996-08-03"), D("5:17pm", "1996-08-03T17:17"), D("11pm", "1996-08-03T23:00"),
        D("2003", "2003"), D("10.00 am", "2003-09-04T10:00"), D("02:00 UTC", "2003-09-04T02:00"),
        D("3.00 pm", "2003-09-04T15:00"), D("07:00 UTC", "2003-09-04T07:00"), D("September 4", "2003-09-04"),
        D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
