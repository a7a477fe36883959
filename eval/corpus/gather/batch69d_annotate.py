#!/usr/bin/env python3
"""Batch 69d gold annotations (the two texts of batch69d.py, session 63; round notes /tmp/gather69d/NOTES.md),
written from the texts alone; newskg (or any extractor) was not run on them. Split rule fixed before annotation: the
batch's sorted ids dealt along test, train, dev (the cycle of batches 55i-68; batch10_annotate.write_parts), so the
Trinity PUD Weaverville Substation outage (wapa.gov, 2023) goes to test and the October blizzard and tornadoes on
WAPA's Upper Great Plains system (ww2.wapa.gov) to train.
Outages (GUIDELINES.md part 2, Outages; batches 35b, 35j and 68s on WAPA's own pages): a power failure that cut
service to customers is an outage; its provider is the body whose system failed when the text ties the customers'
loss to it ('cutting the flow of electricity to several of Western's customers' after Western's conductor dropped;
'the county's Weaverville Substation had tripped, cutting power to 94 percent of its customers', the customers whom
Trinity PUD asked help 'to restore power to'); each outage the text tells apart is one (the blizzards in South Dakota
and the tornadoes in Iowa, two events that 'pushed the electrical system to the point of failure'); counted aid
requests of unnamed utilities are not events. Conventions of batches 35b/35j/68s kept: WAPA ('WAPA', or 'Western',
the short name its older pages use) -> Organization; WAPA's regions ('Upper Great Plains' with 'UGP', 'Sierra Nevada'
with 'SN') -> Location; a public utility district -> Organization (as train's Lewis County Public Utility District);
a named substation -> Location (a named facility, GUIDELINES Types); lines named by their end points -> no entity;
states, counties and towns -> Location; a manager or supervisor -> executive at WAPA. Dates (GUIDELINES, Dates): both
pages have `published` null and no year beside their days and months ('Oct. 4'; 'late February', 'Feb. 28', 'May'),
so no date is listed and the outages carry none (as batch 68s's 2015 and 2023 pages).
usage: batch69d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}

# ---- Trinity PUD's Weaverville Substation tripped under snow, Feb. 28 (2023) (wapa.gov, undated) -- test ------------
PUD = "Trinity Public Utilities District"
A["us-wapa-trinity-pud-weaverville-substation-snow-outage-2023"] = dict(
 # 'WAPA' (the only form; the full name is in no kept line) -> Organization; 'the Trinity Public Utilities District'
 # with 'Trinity PUD' -> Organization (a public utility district, as train's Lewis County PUD); 'WAPA's Sierra Nevada
 # crews' with 'SN's North Area' -> Location 'Sierra Nevada' alias 'SN' (WAPA's region, as batches 35b/35j/68s);
 # 'northern California' -> Location 'California'; Trinity County -> Location; 'the county's Weaverville Substation'
 # -> Location (a named facility); 'the University of California, Berkeley' -> Organization; its 'Central Sierra Snow
 # Lab' -> Location (a research site, GUIDELINES Types: a research centre is a Location; doubtful: a reader may make
 # it an Organization with parentOrganization the university); Neil Cutright with 'Cutright' -> Person. Not
 # annotated: 'WAPA's 60-kilovolt feed from Trinity to Weaverville' (a line named by its end points: 'Trinity' and
 # 'Weaverville' there name the line's ends, no entity), 'Mother Nature', 'public utility districts' (unnamed), 'North
 # Area' (a part of the region in a job title)
 entities=[E("Organization", "WAPA"), E("Location", "Sierra Nevada", "SN"), E("Location", "California"),
           E("Location", "Trinity County"), E("Organization", "University of California, Berkeley"),
           E("Location", "Central Sierra Snow Lab"), E("Person", "Neil Cutright", "Cutright"),
           E("Organization", PUD, "Trinity PUD"), E("Location", "Weaverville Substation")],
 # 'SN's North Area Field Maintenance Manager Neil Cutright' -> executive ('manager') at WAPA (SN being WAPA's
 # region, a Location)
 roles=[R("Neil Cutright", "executive", "WAPA")],
 # 'We have an agreement for mutual aid where we're able to support at a moment's notice' (Cutright, of WAPA and
 # Trinity PUD: 'We have a pretty good relationship with Trinity PUD ... they call us') -> partner WAPA -> Trinity
 # PUD (a stated agreement between two named bodies, direction as the speaker writes it; doubtful: batch 35j's
 # Typhoon Yutu text gave WAPA's mutual aid no relation, its helped utility being unnamed)
 relations=[L("WAPA", "partner", PUD)],
 # one outage: 'With two feet of snow already on the ground, and more falling, the county's Weaverville Substation
 # had tripped, cutting power to 94 percent of its customers' ... 'Trinity PUD asked for immediate assistance to
 # help restore power to 7,300 customers' -> provider Trinity Public Utilities District (the customers' utility;
 # 'the county's' substation, its customers the PUD's, doubtful: the text does not say who owns the substation),
 # date null ('On Feb. 28' is the day of the call, with published null and no year: no date), start, end, duration
 # null ('instantly electrifying the vast majority of the county' gives no time), affected [] (customers, no body
 # named), place Trinity County, cause 'snow'. Near-misses: 'three mutual aid requests' of 'hard-hit public utility
 # districts with damage to their transmission lines caused by the mounting snowfalls' (counted, unnamed, no loss told
 # one by one); 'several power poles broken from the storm' and 'the snow drifts caused a second issue' (damage)
 outages=[O(PUD, None, [], loc="Trinity County", cause="snow")],
 # published null: 'late February', 'Feb. 28', 'May' have no year; 'the 2022-2023 winter season' spans two years
 # (no single calendar value; doubtful: a reader may list it) -> none listed
 dates=[])

# ---- blizzards in South Dakota and tornadoes in Iowa, Oct. 4 (ww2.wapa.gov, no year shown) -- train -----------------
A["us-wapa-ugp-blizzard-tornadoes-lines-trip-customers-cut"] = dict(
 # 'Western' (the only form) -> Organization; 'Western's Upper Great Plains region' with 'UGP' ('UGP maintenance
 # crews', 'UGP Maintenance Supervisor') -> Location 'Upper Great Plains' alias 'UGP' (WAPA's region, as batches 35b
 # and 68s); South Dakota, Iowa -> Location; David Hinders -> Person. Not annotated: 'the region's transmission
 # system', 'several of Western's customers' (unnamed); the caption's Sioux City-to-Denison line and the cut
 # sentence's National Weather Service are not in the text
 entities=[E("Organization", "Western"), E("Location", "Upper Great Plains", "UGP"), E("Location", "South Dakota"),
           E("Location", "Iowa"), E("Person", "David Hinders")],
 # 'UGP Maintenance Supervisor David Hinders' -> executive at Western (a supervisor as batch 68s's maintenance
 # manager; UGP is the region, a Location, so the org is the agency; doubtful: org by context)
 roles=[R("David Hinders", "executive", "Western")],
 relations=[],
 # two outages, the text telling the two storms apart: 'blizzards in South Dakota and tornadoes in Iowa pushed the
 # electrical system to the point of failure' and crews set out to 'restore customers' power in record time';
 # (1) South Dakota: snow and ice on the conductor 'dropped the conductor to the snow-covered ground, causing the
 # circuit to trip offline and cutting the flow of electricity to several of Western's customers' -> provider
 # Western, date null ('Oct. 4' with published null and no year), start null ('the afternoon of Oct. 4', no clock
 # time), place South Dakota, cause 'blizzards'; (2) Iowa: 'tornadoes in Iowa' on the same system -> provider Western,
 # date null, place Iowa, cause 'tornadoes' (doubtful: the text tells the customers' loss in detail only for South
 # Dakota; a reader may give one outage, or the Iowa event none). No end or duration ('in record time' no figure);
 # affected [] (customers unnamed). Near-miss: 'we knew we could possibly experience a subsequent line failure' (a
 # feared failure, none told)
 outages=[O("Western", None, [], loc="South Dakota", cause="blizzards"),
          O("Western", None, [], loc="Iowa", cause="tornadoes")],
 # published null: 'Oct. 4', 'the afternoon of Oct. 4' have no year -> none listed
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
