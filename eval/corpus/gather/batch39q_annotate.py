#!/usr/bin/env python3
"""Batch 39q gold annotations (the texts of batch39q.py: the Commons Trade and Industry Committee's report on the
October 2002 storms naming EDF Energy's subsidiary EPN (24seven), PowerGen UK plc's memorandum for East Midlands
Electricity to the Northern Ireland Affairs Committee, and Central Networks' memorandum to the Environment, Food and
Rural Affairs Committee on the July 2007 floods), written from each text alone; newskg was not run on any. Split rule
fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts).
A storm or a flood is an event, not an entity; acts, command structures and compensation standards are not entities.
usage: batch39q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O
import batch10_annotate as b10

A = {}

A["uk-parliament-trade-industry-committee-report-october-2002-storms-epn-24seven"] = dict(
 # EDF Energy -> Company; EPN (alias 24seven: 'EPN (24seven)', the same company's trading name) -> Company; the
 # Department of Trade and Industry (alias DTI) -> Organization; British Power International (alias BPI, 'energy
 # consultants') -> Company; Brian Wilson -> Person; England, Wales, East Anglia, South West England, West Wales ->
 # Location. Not annotated: the storms (an event), 'the Minister of State' (a post).
 entities=[E("Location", "England"), E("Location", "Wales"), E("Location", "East Anglia"),
           E("Location", "South West England"), E("Location", "West Wales"),
           E("Organization", "Department of Trade and Industry", "DTI"), E("Company", "EDF Energy"),
           E("Company", "EPN", "24seven"), E("Person", "Brian Wilson"),
           E("Company", "British Power International", "BPI")],
 # 'the then Minister of State for Energy, Brian Wilson MP': no country named on its own (England and Wales are the
 # storm's area, not the government's state) -> no role, as batch 38a where no country was named (doubtful: a reader
 # may give minister, current false, at the Department of Trade and Industry, which the text does not tie to him)
 roles=[],
 # "EDF Energy's subsidiary company EPN (24seven)" -> parentOrganization
 relations=[L("EPN", "parentOrganization", "EDF Energy")],
 # two outages told apart (doubtful: a reader may keep only one):
 # 1) 'storms ... hit much of England and Wales, causing widespread damage to the electricity distribution network.
 #    Up to two million customers were affected by loss of electricity supply' -> provider null (no company named
 #    for the whole), date 2002-10-27, no times ('within 18 hours' a bound), location null (England and Wales, three
 #    regions 'particularly disrupted' - several places, as batch 39o's ESB item), cause the storms' network damage;
 # 2) 'Supplies were not fully restored in the worst affected area, that served by EDF Energy's subsidiary company
 #    EPN (24seven), until Tuesday 5 November, 10 days later' -> provider EPN, date 2002-10-27 (the storm day; the
 #    text ties EPN's area to the storms' loss of supply), end null ('Tuesday 5 November' has no year and `published`
 #    is null - GUIDELINES' day-without-year rule; doubtful: a reader who reasons from 27 October 2002 puts
 #    2002-11-05), duration null ('10 days later' is when the last supplies came back, not one customer's span;
 #    doubtful), affected [], location null (the area is not named; East Anglia is not tied to EPN in the text),
 #    cause the storms.
 outages=[O(None, "2002-10-27", [], cause="storms with winds gusting up to 100 mph: damage to the distribution network"),
          O("EPN", "2002-10-27", [], cause="storms of 27 October 2002")],
 # published null: absolute expressions only - 'Sunday 27 October 2002', '1 November 2002', '19 December 2002';
 # skipped: '1 November' and 'Tuesday 5 November' (no year), '18 hours', '10 days later' (spans)
 dates=[D("Sunday 27 October 2002", "2002-10-27"), D("1 November 2002", "2002-11-01"),
        D("19 December 2002", "2002-12-19")])

A["uk-parliament-ni-affairs-committee-memorandum-east-midlands-electricity-storm-1999"] = dict(
 # PowerGen UK plc (alias PowerGen: 'the PowerGen group', the group the plc heads - one entity, as batch 39o's
 # 'Scottish and Southern Energy Group'; doubtful) -> Company; East Midlands Electricity, Northern Ireland
 # Electricity (named only in comparison) -> Company. No place named ('East Midlands Electricity's area'); no person
 # ('the Clerk' a post).
 entities=[E("Company", "PowerGen UK plc", "PowerGen"), E("Company", "East Midlands Electricity"),
           E("Company", "Northern Ireland Electricity")],
 roles=[],
 # 'East Midlands Electricity is now part of the PowerGen group' / 'has been part of the PowerGen group since June
 # 1998' -> parentOrganization (no purchase told: no acquired)
 relations=[L("East Midlands Electricity", "parentOrganization", "PowerGen UK plc")],
 # 'loss of supply to electricity customers attributed to adverse weather conditions in East Midlands Electricity's
 # area over the last Christmas and New Year holiday period', 'not as seriously affected by the storm conditions',
 # 'customers without supply as a result of storm damage', 'storm related loss of supply' -> provider East Midlands
 # Electricity, date 1998-12 (the last Christmas before published 19 March 1999; the day is only in the cut table -
 # doubtful, a reader may leave the date null or put 1998-12-26 from the committee's Boxing Day inquiry), no times,
 # affected [], location null (the area not named), cause storm damage. Northern Ireland Electricity's storm is named
 # only in comparison (batch 29c's event) - no item.
 outages=[O("East Midlands Electricity", "1998-12", [], cause="storm damage: adverse weather conditions")],
 # published 1999-03-19: '8 March' -> 1999-03-08; '8 March 1999'; 'June 1998'; '1998' ('customer base in 1998').
 # Skipped: 'the last Christmas and New Year holiday period' (a period spanning two years; doubtful)
 dates=[D("8 March", "1999-03-08"), D("8 March 1999", "1999-03-08"), D("June 1998", "1998-06"),
        D("1998", "1998")])

A["uk-parliament-efra-committee-memorandum-central-networks-floods-2007"] = dict(
 # Central Networks -> Company; Energy Networks Association -> Organization (an industry association, as the
 # corpus's trade bodies); Department for Business, Enterprise & Regulatory Reform (alias BERR) -> Organization;
 # Gloucestershire, Gloucester, Central England, UK -> Location; Castle Meads sub-station -> Location (a named
 # facility, as power stations and substations are). Not annotated: 'Hesco Bastion flood protection' (a barrier
 # product named only inside the phrase; its maker not named on its own - doubtful), the Civil Contingencies Act (a
 # law), the Gold and Silver Commands (command structures; doubtful), the Select Committee (the addressee, unnamed).
 entities=[E("Company", "Central Networks"), E("Location", "Gloucestershire"),
           E("Location", "Castle Meads sub-station"), E("Organization", "Energy Networks Association"),
           E("Organization", "Department for Business, Enterprise & Regulatory Reform", "BERR"),
           E("Location", "Gloucester"), E("Location", "Central England"), E("Location", "UK")],
 roles=[],
 # the Energy Networks Association's review 'at the request of' BERR: no stated partnership -> none
 relations=[],
 # 'The flooding in July 2007 ... we experienced localised disruption to electricity supplies in Gloucestershire ...
 # Central Networks engineers made operational decisions to disconnect customers from our network to ensure safety
 # and to avoid damage to our equipment' -> provider Central Networks, date 2007-07, no times or duration ('avoided a
 # prolonged loss of supply' gives none), affected [], location Gloucestershire, cause the flooding (the controlled
 # disconnection its form). Castle Meads is named only for the protection installed since (doubtful: a reader who
 # knows the floods puts the outage there; the text does not say the sub-station failed or was switched off).
 outages=[O("Central Networks", "2007-07", [], loc="Gloucestershire",
            cause="flooding: customers disconnected to ensure safety and avoid damage to equipment")],
 # published null: 'July 2007' -> 2007-07; 'July' ('Since the flooding in July') skipped (no year)
 dates=[D("July 2007", "2007-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
