#!/usr/bin/env python3
"""Batch 26f gold annotations (the 7 texts of batch26f.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
usage: batch26f_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-transnet-ransomware-attack"] = dict(
 # Transnet, a company ('the company') -> Company; the container terminals named by their ports -> Location each, 'The
 # Durban port' an alias of Port of Durban; the ISS, a research institute -> Organization; Bloomberg News ('The
 # Bloomberg article') -> Company, a news business; Crowdstrike Holdings Inc., 'the cybersecurity firm' -> Company;
 # the Department of Public Enterprises -> Organization; 'South African' is only an adjective -> no Location
 entities=[E("Company", "Transnet"), E("Location", "Port of Durban", "Durban port"), E("Location", "Ngqura"),
           E("Location", "Port Elizabeth"), E("Location", "Cape Town"),
           E("Organization", "Institute for Security Studies", "ISS"), E("Company", "Bloomberg News", "Bloomberg"),
           E("Company", "Crowdstrike Holdings Inc."), E("Location", "Russia"), E("Location", "Eastern Europe"),
           E("Organization", "Department of Public Enterprises"), E("Person", "Jacob Zuma")],
 # 'former South African President Jacob Zuma': the country only as an adjective -> no role (as batch 26b's 'British')
 roles=[],
 relations=[],
 # one outage: the ransomware attack made Transnet declare force majeure at its container terminals -> provider
 # Transnet, 22 July 2021; the terminals are places, not services -> affected [], location the four ports named;
 # no time, end or duration stated (the timeline with '26 July' was cut)
 outages=[O("Transnet", "2021-07-22", [], loc="Port of Durban, Ngqura, Port Elizabeth and Cape Town",
            cause="ransomware attack")],
 # 'the 2021 South African unrest' -> the year (as batch 26b's event-name years)
 dates=[D("22 July 2021", "2021-07-22"), D("2021", "2021")])

A["wp-2023-kyivstar-cyberattack"] = dict(
 # Kyivstar ('The company') and VEON -> Company; 'Amsterdam-based' names the city -> Location (as the corpus's
 # 'X-based' cities); Kyiv and Sumy regions -> Location; Sandworm and Solntsepek, hacker groups -> Organization; the
 # GRU, an intelligence agency -> Organization; 'Ukraine's Security Service (SBU)' -> Organization 'Security Service'
 # with the alias SBU (the fullest form the text gives); the Russo-Ukrainian War is an event -> not annotated
 entities=[E("Company", "Kyivstar"), E("Location", "Ukraine"), E("Company", "VEON"), E("Location", "Amsterdam"),
           E("Location", "Kyiv"), E("Location", "Sumy"), E("Organization", "Sandworm"), E("Location", "Russia"),
           E("Organization", "GRU"), E("Organization", "Solntsepek"), E("Organization", "Security Service", "SBU")],
 roles=[],
 # 'The company is a subsidiary of VEON'
 relations=[L("Kyivstar", "parentOrganization", "VEON")],
 # one outage: the cyberattack disrupted Kyivstar's mobile and internet services nationwide -> provider Kyivstar,
 # December 12, 2023, location Ukraine; the services and the air raid warning systems are unnamed -> affected []
 outages=[O("Kyivstar", "2023-12-12", [], loc="Ukraine", cause="cyberattack")],
 dates=[D("December 12, 2023", "2023-12-12")])

A["wp-viasat-hack"] = dict(
 # Viasat ('American communications company') -> Company; its KA-SAT network, the satellite internet service its
 # customers used -> Service 'KA-SAT' with provider Viasat; Enercon, owner of wind turbines -> Company; SentinelOne
 # (its 'researchers') -> Company; the NSA, the FBI, the EU -> Organization; Starlink -> Service (no maker named);
 # AcidRain and VPNFilter are malware, not products users use -> not annotated; 'Russian military' an adjective
 entities=[E("Company", "Viasat"), E("Service", "KA-SAT"), E("Location", "Russia"), E("Location", "Ukraine"),
           E("Location", "Europe"), E("Company", "Enercon"), E("Location", "Central Europe"),
           E("Organization", "National Security Agency"), E("Company", "SentinelOne"),
           E("Person", "Juan Andres Guerrero-Saade"), E("Person", "Max van Amerongen"), E("Organization", "FBI"),
           E("Organization", "European Union"), E("Service", "Starlink")],
 # 'SentinelOne researchers Juan Andres Guerrero-Saade and Max van Amerongen' -> a title at a named firm that the
 # vocabulary has no word for -> other (doubtful: could be read as no role, or analyst)
 roles=[R("Juan Andres Guerrero-Saade", "other", "SentinelOne"), R("Max van Amerongen", "other", "SentinelOne")],
 relations=[L("KA-SAT", "provider", "Viasat")],
 # one outage: Viasat's modems bricked on 24 February 2022, customers in Europe without internet -> provider Viasat,
 # affected its KA-SAT service and Enercon, whose turbines' remote control was lost (doubtful: an organisation hit
 # through its use of the network); 'for a month' is not an exact duration -> null; location Europe
 outages=[O("Viasat", "2022-02-24", ["KA-SAT", "Enercon"], loc="Europe", cause="cyberattack")],
 dates=[D("24 February, 2022", "2022-02-24"), D("March 2022", "2022-03"), D("31 March, 2022", "2022-03-31"),
        D("2018", "2018"), D("10 May, 2022", "2022-05-10")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["wp-2017-ukraine-ransomware-attacks"] = dict(
 # countries -> Location; ESET (it 'estimated') -> Company; the Associated Press, a news agency -> Company; 'the
 # Ukrainian government' is a generic phrase with an adjective -> not annotated (doubtful); Petya is malware
 entities=[E("Location", "Ukraine"), E("Location", "France"), E("Location", "Germany"), E("Location", "Italy"),
           E("Location", "Poland"), E("Location", "Russia"), E("Location", "United Kingdom"),
           E("Location", "United States"), E("Location", "Australia"), E("Company", "ESET"),
           E("Company", "Associated Press")],
 roles=[],
 relations=[],
 # a series of attacks on banks, ministries, newspapers and electricity firms not named and not told one by one ->
 # no outage (Decisions: outages counted but not told apart are not events; no operator named)
 outages=[],
 dates=[D("27 June 2017", "2017-06-27"), D("28 June 2017", "2017-06-28"), D("30 June 2017", "2017-06-30")])

A["wp-2007-cyberattacks-on-estonia"] = dict(
 # the Estonian Reform Party -> Organization; the Kremlin, named as an actor -> Organization; Kanal 2, a TV channel
 # run as a business -> Company; NATO, the European Commission -> Organization; 'Estonian parliament' (lower case),
 # 'Estonia's Embassy in Moscow' and 'Russian government agencies' are descriptions -> not annotated (doubtful for the
 # parliament); the Bronze Soldier of Tallinn is a grave marker and Titan Rain an earlier operation -> not annotated
 entities=[E("Location", "Estonia"), E("Location", "Russia"), E("Location", "Tallinn"),
           E("Organization", "Estonian Reform Party"), E("Person", "Urmas Paet"), E("Organization", "Kremlin"),
           E("Person", "Jaak Aaviksoo", "Aaviksoo"), E("Company", "Kanal 2"), E("Location", "Moscow"),
           E("Organization", "NATO"), E("Organization", "European Commission")],
 # 'Estonian Foreign Minister Urmas Paet' and 'Estonia's defense minister' who is Jaak Aaviksoo in the next sentence
 # -> minister of Estonia (the country named on its own), both current as written
 roles=[R("Urmas Paet", "minister", "Estonia"), R("Jaak Aaviksoo", "minister", "Estonia")],
 relations=[],
 # websites of organisations (mostly not named) swamped by a series of attacks not told one by one; the Reform Party's
 # website defaced, not said to be down -> no outage (Decisions)
 outages=[],
 dates=[D("27 April 2007", "2007-04-27"), D("6 September 2007", "2007-09-06")])

A["wp-2015-talktalk-data-breach"] = dict(
 # TalkTalk ('British telecommunications provider') -> Company; the Home Affairs Select Committee -> Organization
 # (its Chair not named -> no role); Daniel Kelley, a hacker -> Person with no role
 entities=[E("Company", "TalkTalk"), E("Organization", "Home Affairs Select Committee"), E("Person", "Daniel Kelley")],
 roles=[],
 relations=[],
 # a data breach: details accessed and stolen, no service said lost -> no outage (as batch 26b's Optus breach)
 outages=[],
 # published null: 'later that year' (relative), '24 October' and '6 November' (no year) skipped
 dates=[D("October 2015", "2015-10"), D("September 2016", "2016-09"), D("2019", "2019"),
        D("November 2018", "2018-11")])

SWIFT = "Society for Worldwide Interbank Financial Telecommunication"
A["wp-bangladesh-bank-robbery"] = dict(
 # Bangladesh Bank, 'the central bank of Bangladesh' -> Organization (a state body); the Federal Reserve Bank of New
 # York -> Organization; SWIFT, the interbank network's cooperative -> Company with alias SWIFT (doubtful: the 'SWIFT
 # network' could be read as a Service); the Sonali Bank -> Company; the event's name 'Bangladesh Bank robbery' and
 # 'Bangladesh Bank cyber heist' are names of the theft, not aliases
 entities=[E("Organization", "Bangladesh Bank"), E("Organization", "Federal Reserve Bank of New York"),
           E("Company", SWIFT, "SWIFT"), E("Location", "Bangladesh"), E("Location", "Philippines"),
           E("Location", "Sri Lanka"), E("Company", "Sonali Bank")],
 roles=[],
 # 'Bangladesh Bank ... maintains an account with the Federal Reserve Bank of New York' -> a customer relation ->
 # partner (Decisions: supply/customer contract; doubtful: a central bank's reserve account)
 relations=[L("Bangladesh Bank", "partner", "Federal Reserve Bank of New York")],
 # money stolen by fraudulent instructions, no service said lost -> no outage
 outages=[],
 # 'The 2016 cyber-attack' -> the year
 dates=[D("February 2016", "2016-02"), D("2018", "2018"), D("September 2020", "2020-09"), D("2016", "2016"),
        D("2013", "2013")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
