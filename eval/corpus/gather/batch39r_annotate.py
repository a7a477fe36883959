#!/usr/bin/env python3
"""Batch 39r gold annotations (the texts of batch39r.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): wp-2020-nashville-bombing -> test,
wp-merrimack-valley-gas-explosions -> train, wp-october-2022-german-railway-attack -> dev. All three texts have
`published` null: only absolute dates are listed (GUIDELINES.md, Dates); clock times ('6:30 am', '1:22 am') and a day
and month without a year ('On 13 October') are left out.
Outages: AT&T's days-long communication service outages (Nashville) and Deutsche Bahn's GSM-R failure (about three
hours); none in the Merrimack Valley text (explosions and fires, a physical accident; no loss of gas service told).
usage: batch39r_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40r/pool /tmp/gather40r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}
A["wp-2020-nashville-bombing"] = dict(
 # the bomber with his surname as alias; AT&T (its network facility); the FBI with its abbreviation; 'a Thor Motor
 # Coach Chateau RV' -> Service (a vehicle nameplate; the maker is named only inside the product name, so no
 # Company and no provider relation); Petula Clark (the singer of 'Downtown'; the song is a work, not an entity);
 # places: Nashville, Tennessee, United States and the streets (as batch 35l's streets): Second Avenue North
 # ('166 Second Avenue North' is its address), Church Street, Commerce Street
 entities=[E("Person", "Anthony Quinn Warner", "Warner"),
           E("Company", "AT&T"),
           E("Organization", "Federal Bureau of Investigation", "FBI"),
           E("Service", "Thor Motor Coach Chateau"),
           E("Person", "Petula Clark")]
          + locs("Nashville", "Tennessee", "United States", "Second Avenue North", "Church Street",
                 "Commerce Street"),
 # 'a Nashville resident' is no post; no role
 roles=[],
 relations=[],
 outages=[
  # 'The incident took place at 166 Second Avenue North ... at 6:30 am, adjacent to an AT&T network facility,
  # resulting in days-long communication service outages.' -> provider AT&T (whose facility the bomb damaged;
  # doubtful: the text says 'adjacent to an AT&T network facility' and does not name the outages' operator in so many
  # words, a careful reader is sure); date 2020-12-25 (the bombing's day; the outages followed it); start null (6:30
  # am is the explosion; when service failed is not told); duration null ('days-long' gives no number); affected
  # empty (no service named); location Nashville (doubtful: the facility is in downtown Nashville, the outages' extent
  # is not told; a reader may leave it null)
  O("AT&T", "2020-12-25", [], loc="Nashville",
    cause="RV bomb detonated adjacent to an AT&T network facility")],
 # 'December 25, 2020' twice (one item); '1964' (the song's year); clock times left out
 dates=[D("December 25, 2020", "2020-12-25"), D("1964", "1964")])

A["wp-october-2022-german-railway-attack"] = dict(
 # Deutsche Bahn (Company: the railway operator whose GSM-R network failed); bodies: the Federal Police, the
 # 'German federal Criminal Police Office' as written (lower-case 'federal'), the Federal Prosecutor General with the
 # text's 'German general public persecutor' (sic) as alias (the same office, named twice; doubtful: a reader may
 # give the garbled form no entity); Volker Wissing (Person); places: Germany (named in 'Northern Germany' /
 # 'northern Germany'), Herne, Berlin-Karow, Lower Saxony, Bremen, Hamburg, Schleswig-Holstein, Berlin,
 # North Rhine-Westphalia (with the en-dash spelling as alias). Not entities: GSM-R (a railway radio standard, no
 # named service: as batch 31i's GSM, LTE -> nothing; doubtful), 'the Berlin-Amsterdam route' (a route; Amsterdam
 # named only inside it), 'Landespolizei' (generic: the state police of two states), 'the state security divisions
 # of the ... State Criminal Police Offices' (plural, generic), Section 88 of the German Criminal Code (a law)
 entities=[E("Company", "Deutsche Bahn"),
           E("Organization", "Federal Police"),
           E("Organization", "federal Criminal Police Office"),
           E("Organization", "Federal Prosecutor General", "German general public persecutor"),
           E("Person", "Volker Wissing")]
          + locs("Germany", "Herne", "Berlin-Karow", "Lower Saxony", "Bremen", "Hamburg", "Schleswig-Holstein",
                 "Berlin")
          + [E("Location", "North Rhine-Westphalia", "North Rhine\u2013Westphalia")],
 # 'Transport Minister Volker Wissing' -> minister of Germany (doubtful: the country is named only as 'Northern/
 # northern Germany' and in the adjective 'German'; GUIDELINES gives the role when the country is named on its own)
 roles=[R("Volker Wissing", "minister", "Germany")],
 relations=[],
 outages=[
  # 'The GSM-R outage at Deutsche Bahn on 8 October 2022 was a large-scale failure of the GSM-R railway communication
  # network in northern Germany. The disruption was caused by cuts to two fibre-optic cables ... near Herne and
  # Berlin-Karow. As a result, rail services in Lower Saxony, Bremen, Hamburg, and Schleswig-Holstein were
  # interrupted for approximately three hours.' -> one outage (the network failure and the stopped trains are one
  # event): provider Deutsche Bahn; date 2022-10-08; duration 3 ('approximately three hours', the rail services'
  # interruption; doubtful: the radio network's own outage time is not told); no start or end; affected empty (no
  # named service: GSM-R not annotated); location 'northern Germany' as written
  O("Deutsche Bahn", "2022-10-08", [], dur=3, loc="northern Germany",
    cause="cuts to two fibre-optic cables")],
 # '8 October 2022' twice (one item); 'On 13 October' twice has no year (published null) -> left out
 dates=[D("8 October 2022", "2022-10-08")])

A["wp-merrimack-valley-gas-explosions"] = dict(
 # Columbia Gas of Massachusetts with 'Columbia Gas' (the same utility, named short later) as alias; 'NTSB' as
 # written (Organization; not expanded in the text); Leonel Rondon (Person); places: Lawrence, Andover, North
 # Andover, Merrimack Valley, Massachusetts, United States
 entities=[E("Company", "Columbia Gas of Massachusetts", "Columbia Gas"),
           E("Organization", "NTSB"),
           E("Person", "Leonel Rondon")]
          + locs("Lawrence", "Andover", "North Andover", "Merrimack Valley", "Massachusetts", "United States"),
 roles=[],
 relations=[],
 # no outage: 'excessive pressure in natural gas lines owned by Columbia Gas of Massachusetts caused a series of
 # explosions and fires' is a physical accident (GUIDELINES.md, Outages: NOT physical accidents); the excerpt tells no
 # loss of gas or power service (the shut-off comes later in the article, cut by the page store). A near-miss
 # (doubtful: a reader may see a failed distribution network as an outage of Columbia Gas's service)
 outages=[],
 dates=[D("September 13, 2018", "2018-09-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
