#!/usr/bin/env python3
"""Batch 39p gold annotations (the texts of batch39p.py), written from the texts alone; newskg was run on neither.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): wp-metcalf-sniper-attack -> test,
wp-moore-county-substation-attack -> train. Both texts have `published` null: only absolute dates are listed
(GUIDELINES.md, Dates); clock times with no date of their own ('12:58 a.m.', 'around 7 p.m.') are left out.
Outages: one per text, each with its operator named - Duke Energy's substations (up to 40,000 customers without
power) and Level 3 Communications (some customers lost service when cables in its vault were cut). Not outages: the
Metcalf substation itself ('little impact on the station's electrical power supply') and the cut AT&T cables (no
service loss told in the text).
usage: batch39p_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40p/pool /tmp/gather40p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}
A["wp-metcalf-sniper-attack"] = dict(
 # companies: PG&E's full name only ('PG&E' is in the cut infobox and the cut 1:37 item, not in the text), AT&T
 # (the cables' operator), Level 3 Communications ('an Internet service provider'); the sheriff's office as written
 # (lower-case 'office'); the substation is a named facility -> Location ('Metcalf transmission substation' differs
 # from the name only in case; 'Metcalf substation' an alias); Coyote, California, San Jose; 'U.S. Route 101' -> Location
 # as the train text's 'Interstate 80' (doubtful: batch 35s's section left numbered highways out)
 entities=[E("Company", "Pacific Gas and Electric Company"),
           E("Company", "AT&T"),
           E("Company", "Level 3 Communications"),
           E("Organization", "Santa Clara County Sheriff's office"),
           E("Location", "Metcalf Transmission Substation", "Metcalf substation")]
          + locs("Coyote", "California", "San Jose", "U.S. Route 101"),
 roles=[],
 # 'fiber-optic telecommunications cables operated by AT&T' are cables, not a Service users use: no provider relation
 relations=[],
 outages=[
  # '1:07 a.m. - Some customers of Level 3 Communications, an Internet service provider, lost service. Cables in its
  # vault near the Metcalf substation were also cut.' -> provider Level 3 Communications; date 2013-04-16 (the
  # timeline of the attack 'On the morning of April 16, 2013'; doubtful: the item has no date of its own); start
  # 01:07 that day; no end or duration; affected empty (unnamed customers); location null (the vault is 'near the
  # Metcalf substation', the customers' whereabouts not stated; doubtful: a reader may put Coyote or San Jose)
  O("Level 3 Communications", "2013-04-16", [], start="2013-04-16T01:07",
    cause="cables in its vault near the Metcalf substation cut")],
 # 'April 16, 2013' twice (the lead and 'On the morning of April 16, 2013'): one item; the clock times are left out
 dates=[D("April 16, 2013", "2013-04-16")])

A["wp-moore-county-substation-attack"] = dict(
 # the FBI with its abbreviation; Duke Energy (a Duke Energy power substation); Ronnie Fields, 'Moore County Sheriff';
 # places: Moore County, North Carolina, United States, Coyote, California, Arkansas, Utah, Washington, Oregon,
 # Carthage; 'Metcalf Energy Center' -> Location (a named facility, as power stations are); 'West End' is only in the
 # cut sentence
 entities=[E("Organization", "Federal Bureau of Investigation", "FBI"),
           E("Company", "Duke Energy"),
           E("Person", "Ronnie Fields"),
           E("Location", "Metcalf Energy Center")]
          + locs("Moore County", "North Carolina", "United States", "Coyote", "California", "Arkansas", "Utah",
                 "Washington", "Oregon", "Carthage"),
 # 'Moore County Sheriff Ronnie Fields' -> other at Moore County (the county as a Location, as batch 35s's 'Mariposa
 # County sheriff' -> other at Mariposa County; doubtful: head of an office the text does not name)
 roles=[R("Ronnie Fields", "other", "Moore County")],
 relations=[],
 outages=[
  # 'On December 3, 2022, a shooting attack was carried out on two electrical distribution substations located in
  # Moore County ... Damage from the attack left up to 40,000 residential and business customers without electrical
  # power' + 'a Duke Energy power substation was severely damaged by gunfire in Carthage at around 7 p.m.' ->
  # provider Duke Energy (whose substations failed; doubtful: only the Carthage substation is said to be Duke
  # Energy's in the text); date 2022-12-03; start null (7 p.m. is when the Carthage substation was shot; when the
  # power went out is in the cut sentence); duration null ('up to four days could be required' is an estimate);
  # location Moore County; affected empty (unnamed customers)
  O("Duke Energy", "2022-12-03", [], loc="Moore County",
    cause="shooting attack on two electrical distribution substations")],
 # 'December 3, 2022'; '2013' (twice: Coyote and Arkansas, one item); '2016'; 'Less than two weeks prior' and 'up to
 # four days' are spans or relative to the attack, not to `published` (null): left out
 dates=[D("December 3, 2022", "2022-12-03"), D("2013", "2013"), D("2016", "2016")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
