#!/usr/bin/env python3
"""Batch 31c gold annotations (the 4 texts of batch31c.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Three texts have `published` null (the two
Wikipedia texts and the undated letter): only absolute dates there (GUIDELINES.md, Dates).
usage: batch31c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather32c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-galaxy-iv"] = dict(
 # the satellite, its model and the two satellites named for its orbital slot -> Service (a network users' traffic
 # runs on, as batch 25b's Basslink and batch 30c's Southwest Power Link); the builder ('(HSC)') and the operator
 # ('PanAmSat Corporation', 'PanAmSat') -> Company; Reuters, CBS and NPR -> Company (news organisations, GUIDELINES
 # Types); the United States -> Location; 'C band', 'Ku band', 'Pagers' -> generic, not annotated
 entities=[E("Service", "Galaxy IV"), E("Service", "HS-601"),
           E("Company", "Hughes Space and Communications Company", "HSC"),
           E("Company", "PanAmSat Corporation", "PanAmSat"), E("Location", "United States"),
           E("Company", "Reuters"), E("Company", "CBS"), E("Company", "NPR"),
           E("Service", "Galaxy 4R"), E("Service", "Galaxy VI")],
 roles=[],
 # 'operated by PanAmSat Corporation' -> provider; 'a model HS-601 satellite built by Hughes Space and
 # Communications Company' -> the model's maker as its provider (doubtful: the text says the builder built this
 # satellite, the reader infers the model is the builder's); Galaxy 4R and Galaxy VI: operator not stated -> none
 relations=[L("Galaxy IV", "provider", "PanAmSat Corporation"),
            L("HS-601", "provider", "Hughes Space and Communications Company")],
 # one outage: control lost on 19 May 1998 when the primary control processor failed; 'very disruptive to
 # telecommunications in the United States', pager 'service was not restored for days' -> no end, no duration;
 # affected the three named organisations the text says were hit (Reuters 'also affected', CBS and NPR had to use
 # alternate means); 'declared a loss on May 20, 1998' is no end of the outage
 outages=[O("PanAmSat Corporation", "1998-05-19", ["Reuters", "CBS", "NPR"], loc="United States",
            cause="primary control processor failed")],
 # `published` null: absolute expressions only
 dates=[D("June 24, 1993", "1993-06-24"), D("May 19, 1998", "1998-05-19"), D("May 20, 1998", "1998-05-20")])

A["hansard-lords-energy-electricity-supplies-2008"] = dict(
 # National Grid ('the National Grid', 'National Grid': the same surface form inside both) -> Company; the two power
 # stations -> Location (named sites, GUIDELINES Types; 'Long Gannet' as written); 'the Government', 'the Planning
 # Bill' (a bill), 'the noble Baroness' (unnamed) -> not annotated
 entities=[E("Company", "National Grid"), E("Location", "Sizewell B"), E("Location", "Long Gannet")],
 roles=[],
 relations=[],
 # one outage: supplies to about half a million customers cut off on 27 May 2008 (published 23 June 2008) by the
 # system's 'automatic response designed to cut demand' -> provider National Grid (the grid whose system responded,
 # which issued the warning and investigates; doubtful: the text does not say whose equipment cut the supplies),
 # cause the two stations' near-simultaneous unscheduled outages; 'Most were restored within an hour' -> no end and
 # no duration (most, not all; as batch 26b's 'over eight hours'); no place stated
 outages=[O("National Grid", "2008-05-27", [],
            cause="near-simultaneous unscheduled outages at Sizewell B and Long Gannet power plants")],
 # '27 May' against published 2008-06-23; 'currently' skipped
 dates=[D("27 May", "2008-05-27"), D("1997", "1997")])

A["us-house-lujan-letter-fema-natural-gas-outage-new-mexico-2011"] = dict(
 # the addressees named by surname only ('Administrators Russell and Olivarez'; the agency is named only in the
 # page heading, cut) -> Person, no role (no organisation in the text); 'President Obama' -> Person, no role (no
 # country named); 'Governor Martinez' -> Person, governor of New Mexico (the state named in 'the New Mexico
 # Congressional Delegation' and the letter's 'the state'; doubtful, see GUIDELINES Roles 'named on its own');
 # 'Northern New Mexico' -> Location (a capitalised region, beside the state 'New Mexico'); the nine counties
 # ('the counties of Taos, ...') and the four pueblos -> Location; 'the Mescalero Apache Tribe' (a tribal
 # government) -> Organization; 'the New Mexico Congressional Delegation' (members, not a body) and 'Major Disaster
 # for Public Assistance' (a declaration) -> not annotated (doubtful)
 entities=[E("Person", "Russell"), E("Person", "Olivarez"), E("Location", "Northern New Mexico"),
           E("Location", "New Mexico"), E("Person", "Obama"),
           E("Location", "Taos"), E("Location", "Bernalillo"), E("Location", "Dona Ana"),
           E("Location", "Rio Arriba"), E("Location", "Socorro"), E("Location", "Otero"),
           E("Location", "Sandoval"), E("Location", "Sierra"), E("Location", "Lincoln"),
           E("Location", "Taos Pueblo"), E("Location", "Santa Clara Pueblo"), E("Location", "Santa Ana Pueblo"),
           E("Location", "San Felipe Pueblo"), E("Organization", "Mescalero Apache Tribe"),
           E("Person", "Martinez")],
 roles=[R("Martinez", "governor", "New Mexico")],
 relations=[],
 # one outage: 'a disruption in the state's natural gas infrastructure led to 28,000 homes, businesses and public
 # buildings losing their gas supply' -> provider null (no operator named), date null ('early February' has no year
 # and `published` is null), location the region the letter speaks of, cause the extreme winter weather; the heat
 # lost in buildings is the same outage's effect, not a second one
 outages=[O(None, None, [], loc="Northern New Mexico", cause="extreme winter weather")],
 # `published` null: absolute only; 'early February' (no year) and 'the preceding day' (relative) skipped
 dates=[D("February 24, 2011", "2011-02-24")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["wp-howard-street-tunnel-fire"] = dict(
 # the tunnel and the street -> Location (a named facility and a street, GUIDELINES Types); 'CSX Transportation'
 # and 'CSX' -> one Company; 'US', 'East Coast', Baltimore, Maryland -> Location; 'Howard and Lombard Streets' ->
 # 'Lombard Street' not annotated (its name stands only split; check.py needs every name as a surface form, as
 # batch 29c's South-East Scotland board); 'the Baltimore Freight Rail Crash' (another name of the event) -> not
 # annotated
 entities=[E("Location", "Howard Street Tunnel"), E("Location", "Howard Street"), E("Location", "Baltimore"),
           E("Location", "Maryland"), E("Company", "CSX Transportation", "CSX"), E("Location", "US"),
           E("Location", "East Coast")],
 roles=[],
 relations=[],
 # near-miss: a derailment and chemical fire (a physical accident, GUIDELINES Outages 'NOT: physical accidents')
 # that 'slowed Internet service in the US for a few hours' (degraded, no operator named, no service said lost) and
 # 'disrupted East Coast rail service' (the accident's own effect) -> no outage (doubtful: the slowed Internet
 # service could be read as a network outage with provider null)
 outages=[],
 # `published` null: absolute date and the clock times of that day ('Around 6:15' after the 4 p.m. smoke -> 18:15;
 # doubtful, no p.m. written)
 dates=[D("July 18, 2001", "2001-07-18"), D("3 p.m.", "2001-07-18T15:00"), D("3:08 p.m.", "2001-07-18T15:08"),
        D("3:26", "2001-07-18T15:26"), D("4 p.m.", "2001-07-18T16:00"), D("6:15", "2001-07-18T18:15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
