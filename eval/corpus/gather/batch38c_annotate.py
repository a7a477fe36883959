#!/usr/bin/env python3
"""Batch 38c gold annotations (the texts of batch38c.py: a Lords written answer on Thames Water's Shalford works
after Storm Ciaran and a Commons urgent question on Storm Goretti), written from each text alone; newskg was not run
on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts). As in batch 15c's Hansard items, a minister named in the text gets no role (batches
12-15b); the Lords formula's 'His Majesty's Government' is an Organization (batch 16h); a treatment works is a named
facility, so a Location (GUIDELINES: named sites and facilities); storms are events, not entities.
usage: batch38c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather39c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
A["hansard-lords-written-answer-thames-water-shalford-storm-ciaran-2023"] = dict(
 # Thames Water -> Company; His Majesty's Government, Defra, the Drinking Water Inspectorate, Ofwat -> Organization;
 # Surrey, Guildford, England (only as 'England's' - the possessive is not part of the name) and the Shalford Water
 # Treatment Works (a named facility) -> Location; Rebecca Pow, Cathryn Ross -> Person. Not annotated: Storm Ciaran
 # (an event), the Plan for Water, the Water Resource Management Plans and the Price Review period (plans and a
 # regulatory period), 'regional water resources groups' (generic).
 entities=[E("Organization", "His Majesty's Government"), E("Location", "Surrey"), E("Company", "Thames Water"),
           E("Location", "Shalford Water Treatment Works"), E("Location", "Guildford"), E("Organization", "Defra"),
           E("Person", "Rebecca Pow"), E("Person", "Cathryn Ross"),
           E("Organization", "Drinking Water Inspectorate"), E("Organization", "Ofwat"), E("Location", "England")],
 # 'Cathryn Ross, joint CEO Thames Water' -> ceo (joint chief executive), current. 'Defra's Environment Minister,
 # Rebecca Pow' -> no role (a minister: no role, as batch 15c's Testwood answer left her).
 roles=[R("Cathryn Ross", "ceo", "Thames Water")],
 # none: Thames Water's report to the Drinking Water Inspectorate and Ofwat's funding are regulation, not a stated
 # partnership or ownership
 relations=[],
 # 'During 4 and 5 November, the effects of Storm Ciaran caused Thames Water's Shalford Water Treatment Works in
 # Guildford to shut down. Approximately 20,000 properties in Guildford had their water supply disrupted. Most
 # properties were back on supply on 8 November' -> provider Thames Water (whose works failed), date 2023-11-04
 # (the first day named; November before the answer of 21 November 2023), start/end null (no clock time; 'back on
 # supply on 8 November' is a day for most properties, full restoration undated), duration null (not computable to
 # the hour), affected [] (no named service; the properties are unnamed customers), location Guildford (the works'
 # town and the properties'; Surrey is the question's wider area), cause 'Storm Ciaran shut down the treatment
 # works'.
 outages=[O("Thames Water", "2023-11-04", [], loc="Guildford", cause="Storm Ciar\u00e1n shut down the treatment works")],
 # published 21 November 2023: '5 November' (inside '4 and 5 November'; the '4' alone is no expression - doubtful)
 # 2023-11-05, '8 November' 2023-11-08, '9 November' 2023-11-09, 'Tuesday Nov 14' 2023-11-14 (a Tuesday), 'April
 # 2023' 2023-04, 'Earlier this year' 2023. '(2020-2025)' is a span, 'the next 25 years' unresolvable: left out.
 dates=[D("5 November", "2023-11-05"), D("8 November", "2023-11-08"), D("9 November", "2023-11-09"),
        D("Tuesday Nov 14", "2023-11-14"), D("April 2023", "2023-04"), D("Earlier this year", "2023")])

A["hansard-commons-urgent-question-storm-goretti-power-2026"] = dict(
 # Met Office, Cabinet Office -> Organization; Cornwall, south-east England, UK, St Ives, Isles of Scilly -> Location.
 # Not annotated: the Chancellor of the Duchy of Lancaster (a post), 'the Government' (generic), 'the south-west'
 # (a lower-case compass region - doubtful, a reader may take it as a Location), 'local authorities', 'the
 # industry' (generic), Storm Goretti (an event). No person is named in the text (speaker labels left out).
 entities=[E("Location", "Cornwall"), E("Organization", "Met Office"), E("Location", "south-east England"),
           E("Location", "UK"), E("Location", "St Ives"), E("Organization", "Cabinet Office"),
           E("Location", "Isles of Scilly")],
 roles=[],
 relations=[],
 # one outage: 'More than 250,000 customers lost power during the storm. This morning, 193 customers remained
 # without power in the south-west as a result of Storm Goretti' -> provider null (no network operator named; 'the
 # industry' is generic), date 2026-01 (the storm of 'Last week' before Tuesday 13 January 2026: the week of 5-11
 # January, so the month is sure, the day is not), start/end null, duration null, affected [], location null (the
 # 250,000 are not placed; only the remaining 193 are 'in the south-west' - doubtful, a reader may put the
 # south-west or Cornwall), cause 'Storm Goretti'. The 'impacts on transport, power and telecoms' are named only in
 # general: no telecoms outage told apart (GUIDELINES: counted or general outages are not events).
 outages=[O(None, "2026-01", [], cause="Storm Goretti")],
 # published 13 January 2026: 'This morning' and 'later this afternoon' -> 2026-01-13. 'Last week' skipped
 # (GUIDELINES); '30 years' is a span.
 dates=[D("This morning", "2026-01-13"), D("later this afternoon", "2026-01-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
