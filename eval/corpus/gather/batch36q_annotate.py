#!/usr/bin/env python3
"""Batch 36q gold annotations (the 3 texts of batch36q.py), made from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts). `published` is the day of each written answer; relative
expressions are resolved against it (GUIDELINES.md, Dates); the texts give no clock times.
usage: batch36q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-written-answers-east-coast-main-line-electrification-failures-1991"] = dict(
 # BR (the railway that runs the line and reported the failure; only the initials appear) -> Company, as the corpus
 # types British Rail; the Health and Safety Executive -> Organization ('railway inspectorate' is its unnamed
 # part, lower case -> not annotated); the east coast main line (a named route, written in lower case) -> Location,
 # as the corpus's one 'East Coast Main Line' is typed (doubtful: the Jubilee Line file types a line as Service);
 # Portobello, Stevenage, Hitchin -> Location. The Secretary of State for Transport is a post -> not annotated
 entities=[E("Location", "east coast main line"), E("Company", "BR"), E("Location", "Portobello"),
           E("Organization", "Health and Safety Executive"), E("Location", "Stevenage"), E("Location", "Hitchin")],
 roles=[],
 # BR runs the line, but the line is typed a place, not a Service -> no provider relation
 relations=[],
 # two failures of the line's electrification equipment (the traction supply): (1) 'one failure ... at Portobello
 # on 29 August, when a return conductor on the overhead line equipment ... expanded in the heat, causing a short
 # circuit' -> provider BR (its equipment; it reported the failure), date 1991-08-29, location Portobello, cause the
 # expanded return conductor's short circuit; (2) 'another failure on 18 November, between Stevenage and Hitchin':
 # a part of the OLE broke, the wire was struck by a diesel train, half a mile pulled down, 'The current was
 # automatically cut off' -> provider BR (doubtful: this one is told from the HSE's inspectorate, not as BR's
 # report; the equipment is still the line's), date 1991-11-18, location 'Stevenage and Hitchin', cause the broken
 # OLE struck by a diesel train. affected [] for both (the line is typed a place; no service or body is named as
 # hit; doubtful: the text never says trains stopped, only that the equipment failed and the current was cut off);
 # start/end/duration not told. The opening of public services on 8 July 1991 is not an event of failure
 outages=[O("BR", "1991-08-29", [], loc="Portobello", cause="return conductor expanded in the heat, short circuit"),
          O("BR", "1991-11-18", [], loc="Stevenage and Hitchin",
            cause="overhead line equipment broke and was struck by a diesel train")],
 # `published` Wednesday 27 November 1991: '8 July 1991' absolute; '29 August' -> 1991-08-29 and '18 November' ->
 # 1991-11-18 (both before the answer, in 1991)
 dates=[D("8 July 1991", "1991-07-08"), D("29 August", "1991-08-29"), D("18 November", "1991-11-18")])

A["hansard-written-answers-aberdeen-storms-telephone-exchanges-1960"] = dict(
 # the City of Aberdeen ('Aberdeen' in 'Aberdeen and district', 'my Department's office in Aberdeen') -> Location,
 # 'Aberdeen' as alias (the 'Aberdeen telephone area' is a telephone district named after it, kept as the outage's
 # location rather than as an entity); Scotland and Aberdeenshire -> Location. The Secretary of State for Scotland
 # is a post, 'my Department' is unnamed, 'local authorities' generic -> not annotated; the text names no company
 # or organisation (the telephone exchanges' operator is not named)
 entities=[E("Location", "City of Aberdeen", "Aberdeen"), E("Location", "Scotland"), E("Location", "Aberdeenshire")],
 roles=[],
 relations=[],
 # one outage: 'In the Aberdeen telephone area thirty-two telephone exchanges were isolated and thousands of faults
 # on lines were reported; all exchanges are now back in service' -> provider null (no operator named; doubtful:
 # the Post Office ran the exchanges but the text does not say so), date 1960-01 (the storms of 'the week beginning
 # 17th January', the blizzard of the 19th; the day the exchanges went is not told, so the month), location
 # 'Aberdeen telephone area', cause 'storms' (the heavy storms of wind, snow and rain, the blizzard), affected []
 # (exchanges and lines, no named service), start/end null ('now back in service' gives no day). Not items: the
 # towns 'temporarily cut off' (roads, no service), the 'widespread dislocation of communications' (general; taken
 # as the roads and the exchanges told after it), the 'considerable disruption of public services' in the city
 # (no service named, no failure told)
 outages=[O(None, "1960-01", [], loc="Aberdeen telephone area", cause="storms")],
 # `published` Monday 1 February 1960: '17th January' -> 1960-01-17, '19th January' -> 1960-01-19, '21st January'
 # -> 1960-01-21; 'recent', 'now' skipped
 dates=[D("17th January", "1960-01-17"), D("19th January", "1960-01-19"), D("21st January", "1960-01-21")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["hansard-written-answers-pensions-post-office-card-accounts-delay-2004"] = dict(
 # Post Office card accounts (the account product pensions are paid into) -> Service; the Post Office appears only
 # inside the product's name -> not annotated on its own (GUIDELINES, Types). State Pensions are a benefit, 'the
 # Department' is unnamed, the Secretary of State for Work and Pensions a post -> not annotated
 entities=[E("Service", "Post Office card accounts")],
 roles=[],
 # no company is named on its own -> no provider relation
 relations=[],
 # near-miss: 'a recent issue that resulted in a slight delay in paying some State Pensions into Post Office card
 # accounts' (the question's 'computer problems'; the answer names no system, no failure and no day, and the number
 # affected is not known) -> payments late, no service told as down -> no outage (doubtful: a reader could take the
 # question's 'not been paid ... because of computer problems' as a payment outage with provider null)
 outages=[],
 # `published` Monday 12 January 2004: 'the Christmas and new year period 2003–04' is a holiday period across two
 # years (skipped; doubtful), '24 December' -> 2003-12-24 and '31 December' -> 2003-12-31 (the last banking
 # days before the holidays of that period, already past on 12 January 2004)
 dates=[D("24 December", "2003-12-24"), D("31 December", "2003-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
