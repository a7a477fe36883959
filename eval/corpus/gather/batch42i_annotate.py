#!/usr/bin/env python3
"""Batch 42i gold annotations (the texts of batch42i.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-zesa-load-shedding-20-hours-wheat-farmers-rafemoyo-2007 -> test,
voa-zimbabwe-blackout-zesa-system-malfunction-water-electricity-2008 -> train. Relative dates resolve against each
story's `published` (from its address): 2007-05-09 (a Wednesday), 2008-02-05 (a Tuesday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f, 41l, 41r, 42c
and 42f; the outage conventions of batches 17c, 18a, 19b and 27c): a state power utility -> Company (as the corpus's
Eskom, batches 27c and 42f), and so a state water authority running city water systems (doubtful); 'VOA' -> Company
(as batch 38's VOA items); a state-run newspaper -> Company (GUIDELINES: news organisations); a political party ->
Organization (batch 30e's MDC); 'ZESA Chief Executive Officer X' -> ceo; a reporter -> Person, no role (batches 25a,
31g, 36g, 42f); an opposition MP -> no role (legislators), his party portfolio ('secretary for mines, environment, and
tourism in the MDC faction') -> other (doubtful); 'the MDC faction of Morgan Tsvangirai' -> no role (as batch 30e's
'opposition leader Morgan Tsvangirai (MDC)'); a utility's load-shedding cuts -> a planned shutoff of a utility service,
an outage (GUIDELINES; as batch 18's LUMA 'selective outage'), dated by month where the start is not told; a national
blackout the utility blamed on a malfunction -> one outage with the utility as provider; town-by-town shortages
surveyed as the state of service on the day -> no further events (doubtful); 'the weekend' -> no date item
(GUIDELINES skips 'this weekend').
usage: batch42i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43i/pool /tmp/gather43i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, O, locs
import batch10_annotate as b10

ZESA = "Zimbabwe Electricity Supply Authority"

A = {}

# ---- ZESA widens load-shedding to 20 hours a day (published 2007-05-09, a Wednesday) --------------------------------
A["voa-zesa-load-shedding-20-hours-wheat-farmers-rafemoyo-2007"] = dict(
 # 'The Zimbabwe Electricity Supply Authority' / 'ZESA' (twice, with 'ZESA’s'; 'The state utility' generic, no alias)
 # -> Company (a state utility, as Eskom); 'the state-run Herald newspaper' -> Company 'Herald' (a newspaper; the text
 # gives no fuller name); "VOA's Studio 7 for Zimbabwe" -> 'VOA' Company (the programme 'Studio 7' not an entity:
 # GUIDELINES, programmes); 'the MDC faction' -> Organization 'MDC'; 'Ben Rafemoyo', 'Joel Gabuza', 'Morgan
 # Tsvangirai', 'Patience Rusere' (the reporter) -> Person; 'Zimbabwe' (in 'Studio 7 for Zimbabwe') -> Location.
 # Left out: 'winter wheat farmers', 'Opposition' (not named), 'parliament' (no named body), 'Zimbabweans' (title only)
 entities=[E("Company", ZESA, "ZESA"), E("Company", "Herald"), E("Company", "VOA"), E("Organization", "MDC"),
           E("Person", "Ben Rafemoyo"), E("Person", "Joel Gabuza"), E("Person", "Morgan Tsvangirai"),
           E("Person", "Patience Rusere")]
          + locs("Zimbabwe"),
 # 'ZESA Chief Executive Officer Ben Rafemoyo' -> ceo of ZESA; 'Opposition member of parliament Joel Gabuza, secretary
 # for mines, environment, and tourism in the MDC faction' -> other of MDC (a party portfolio, not a vocabulary title;
 # the MP seat takes no role: doubtful, a reader may give none); Tsvangirai (the faction named after him, no title)
 # and Rusere ('reporter') -> no role
 roles=[R("Ben Rafemoyo", "ceo", ZESA), R("Joel Gabuza", "other", "MDC")],
 # No relation: 'state-run' names no owner for the Herald or ZESA; the faction is not a separate entity
 relations=[],
 # The outage: 'announced Wednesday that load-shedding power cuts will be expanded to as much as 20 hours a day for the
 # next three months' -> ZESA's planned shutoffs (load shedding already under way, widened; GUIDELINES counts planned
 # shutoffs of a utility service; doubtful: a reader may treat the announced widening as a near-miss, as batch 42f's
 # 'would begin rationing'), date 2007-05 (the month of the announcement; the widened cuts' first day not told),
 # start, end and duration null ('as much as 20 hours a day' is a daily ceiling, 'three months' a planned span),
 # affected [] (households and farmers not named), location 'Zimbabwe' ('the national power supply'), cause the
 # stated purpose of the widening, as written (the utility's 'broken generators', fuel and foreign-exchange problems
 # are told as its troubles in general, not as this cut's cause: doubtful)
 outages=[O(ZESA, "2007-05", [], loc="Zimbabwe",
            cause="so that winter wheat farmers will have power enough to irrigate their fields")],
 # 'Wednesday' -> 2007-05-09. Left out: 'the next three months', '20 hours a day' (durations)
 dates=[D("Wednesday", "2007-05-09")])

# ---- Water and power erratic after the weekend blackout (published 2008-02-05, a Tuesday) --------------------------
A["voa-zimbabwe-blackout-zesa-system-malfunction-water-electricity-2008"] = dict(
 # 'the Zimbabwe Electricity Supply Authority' (once; no 'ZESA' in this text) -> Company; 'the Zimbabwe National Water
 # Authority' / 'ZINWA' -> Company (a state water authority that 'has taken over many city water systems', typed as
 # the power utility is; doubtful: Organization defensible); 'VOA' ('An informal survey by VOA') -> Company;
 # 'Nicholas Zulu' / 'Zulu' and 'Patience Rusere' (the reporter) -> Person; places: 'Zimbabwe', 'Harare',
 # 'Chitungwiza' (twice), 'Bulawayo' (twice), 'Mutare', 'Gweru' (twice), 'Midlands' (a province), 'Mkoba' (a
 # suburb), 'Masvingo' -> Location. Left out: 'the municipality' (Masvingo's, not named), 'Sources', 'residents'
 entities=[E("Company", ZESA), E("Company", "Zimbabwe National Water Authority", "ZINWA"), E("Company", "VOA"),
           E("Person", "Nicholas Zulu", "Zulu"), E("Person", "Patience Rusere")]
          + locs("Zimbabwe", "Harare", "Chitungwiza", "Bulawayo", "Mutare", "Gweru", "Midlands", "Mkoba", "Masvingo"),
 # No role: a resident and a reporter
 roles=[],
 # No relation: ZINWA's takeover of 'city water systems' is of municipal systems, not of a named company
 relations=[],
 # The outage: 'a major power blackout over the weekend which the Zimbabwe Electricity Supply Authority blamed on a
 # system malfunction', 'the national blackout on the weekend' -> provider ZESA (whose system failed, by its own
 # account), date 2008-02 (Saturday 2 or Sunday 3 February; the day not told), start, end and duration null,
 # affected [], location 'Zimbabwe' ('national'), cause 'a system malfunction' (as written). Not further events
 # (doubtful): Harare's lack of power and water 'on Tuesday', Chitungwiza's 'no water or power for nine days' (from
 # about 27 January), Bulawayo's daily cuts 'for four to 12 hours' and its four days without water, Gweru's four
 # days without water, Masvingo's erratic power — a survey of the state of service after the blackout, town by town,
 # with no provider named for any of them (ZINWA is named only as the body that does NOT run Masvingo's water);
 # a reader may tell Chitungwiza's nine days or the water stoppages apart as outages with provider null.
 # Mended by the lead in session 43 after the blind second annotation (second-annotation-43) told them apart:
 # GUIDELINES.md counts each outage the text tells apart, with provider null where none is named (as train's
 # park-service reports split incidents by place), so Harare ('on Tuesday'), Chitungwiza (nine days back from
 # published), Bulawayo and Gweru (four days back) are outages with provider null; Bulawayo's daily power cuts
 # are counted, not told one by one, and stay out.
 outages=[O(ZESA, "2008-02", [], loc="Zimbabwe", cause="a system malfunction"),
          O(None, "2008-02-05", [], loc="Harare"), O(None, "2008-01-27", [], loc="Chitungwiza"),
          O(None, "2008-02-01", [], loc="Bulawayo"), O(None, "2008-02-01", [], loc="Gweru")],
 # 'Tuesday' -> 2008-02-05. Left out: 'over the weekend', 'on the weekend' (GUIDELINES skips 'this weekend'), 'the
 # past four days', 'the past two days', 'nine days', 'four days' (durations), 'the past year' (not a calendar value)
 dates=[D("Tuesday", "2008-02-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
