#!/usr/bin/env python3
"""Batch 40k gold annotations (the text of batch40k.py: the Electricity Authority's page on its Section 18 review of
the Auckland power outage of 5 October 2014 - the Penrose substation fire), written from the text alone; newskg was
not run on it. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts). Laws ('Electricity Industry Act 2010') are not entities; a named substation is a
facility -> Location (batch 39s).
usage: batch40k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

A = {}
A["ea-nz-section-18-review-auckland-penrose-power-outage-2014"] = dict(
 # Transpower New Zealand Limited, Vector Limited -> Company; Penrose substation -> Location (a named facility, as
 # batch 39s's substations; doubtful: batch 25b left place-named substations out); Auckland -> Location; Simon
 # Bridges -> Person. 'the Authority' is never named in the text (no 'Electricity Authority') -> not annotated
 # (doubtful: a reader knows it from the source).
 entities=[E("Company", "Transpower New Zealand Limited"), E("Company", "Vector Limited"),
           E("Location", "Penrose substation"), E("Location", "Auckland"), E("Person", "Simon Bridges")],
 # 'The Hon. Simon Bridges, Minister of Energy and Resources' -> no role: GUIDELINES give ministers the country as
 # org only when the text names it on its own, and New Zealand is not named (doubtful).
 roles=[],
 # none: the substation is Transpower's ('Transpower New Zealand Limited's Penrose substation'), but no relation
 # attaches to a facility (GUIDELINES); the implementation plan 'submitted by Transpower ... and Vector' is a joint
 # submission to a regulator, not a stated partnership.
 relations=[],
 # 'a fire was identified at Transpower New Zealand Limited's Penrose substation ... a major outage to electricity
 # supplies in parts of Auckland ... caused by the electrical failure of a cable joint in a medium voltage power cable
 # owned by Vector Limited' -> provider Vector Limited (whose equipment failed; as batch 18d gave the Callide C
 # incident to the station whose failure started it; doubtful against Transpower, whose substation burned and whose
 # circuits were switched off for fire-fighting), date 2014-10-05 ('In the early hours of Sunday 5 October 2014'),
 # start null ('early hours' is no clock time), end null (restored to the final customers 'on the afternoon of
 # Tuesday, 7 October 2014': a day without a clock time), duration null, affected [] (75,339 unnamed customers),
 # location Auckland ('parts of Auckland'), cause 'fire after the electrical failure of a cable joint'. One outage
 # (the 39,000 customers the cables supplied and the further circuits switched off are one event).
 outages=[O("Vector Limited", "2014-10-05", [], loc="Auckland",
            cause="fire after the electrical failure of a cable joint")],
 # published null: only absolute expressions. 'Sunday and Monday' are relative (not listed, though the text fixes
 # them); '2010' inside the Act's name is not a date.
 dates=[D("Sunday 5 October 2014", "2014-10-05"), D("Tuesday, 7 October 2014", "2014-10-07"),
        D("1 March 2016", "2016-03-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
