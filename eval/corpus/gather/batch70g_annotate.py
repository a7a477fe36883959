#!/usr/bin/env python3
"""Batch 70g gold annotations (the one text of batch70g.py, session 64; round notes /tmp/gather70g/NOTES.md), written
from the text alone; newskg (or any extractor) was not run on it. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-69; batch10_annotate.write_parts), so the one text,
the flood that halted the Bureau of Reclamation's Elephant Butte power plant (usbr.gov, August 22, 2005), goes to test.
Outages (GUIDELINES.md part 2, Outages; 'systems down, failures that stopped a service'): a power plant whose system
'automatically shut down' and whose owner was 'forced ... to stop generating power', 'off the grid for about two
weeks', is taken as one outage of its owner, the Bureau of Reclamation, with the Western Area Power Administration,
which markets the plant's power and was told it would be off the grid, as the body hit (doubtful: the text tells no
customer's loss of power, and batch 68s gave WAPA's lines out of service with no customer loss no outage; a reader may
give this text none, the flood a near-miss). Conventions of batches 35b/35j/68s/69d kept: federal agencies ->
Organization under the fullest form in the text ('Bureau of Reclamation' with 'Reclamation'; 'Western Area Power
Administration'); towns, states and reservoirs -> Location; a facility manager -> executive at the agency (GUIDELINES
Roles: 'manager' -> executive). Dates (GUIDELINES, Dates): `published` 2005-08-22 (the release day, a Monday), so
'Sunday night' is 2005-08-21 and 'Monday' / 'Monday afternoon' 2005-08-22; 'the 1940s' (a decade) is no calendar
value.
usage: batch70g_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}

# ---- flooding halts the Elephant Butte plant, Sunday night 21 August 2005 (usbr.gov, 2005-08-22) -- test ------------
USBR = "Bureau of Reclamation"
WAPA = "Western Area Power Administration"
A["us-usbr-elephant-butte-plant-flooding-halts-power-2005"] = dict(
 # 'the Bureau of Reclamation' with 'Reclamation' ('Reclamation employees', 'Reclamation's Elephant Butte office')
 # -> Organization; 'the Western Area Power Administration' (the only form) -> Organization; the dateline's
 # 'ELEPHANT BUTTE, N.M.' -> Location 'Elephant Butte' (the town; its only standalone mention is the capitalised
 # dateline, the form 'Elephant Butte' standing in 'Reclamation's Elephant Butte office'; doubtful: a reader may write
 # the name as the dateline does, or take no entity for the office's place name) and Location 'N.M.' (New Mexico, the
 # only form); 'the Elephant Butte Reservoir' -> Location; Galan Hanson with 'Hanson' -> Person. Not annotated: 'its
 # plant downstream from the dam', 'the power plant', 'the dam' (unnamed facilities), 'Reclamation's Elephant Butte
 # office' (an unnamed unit, lower-case 'office'), 'Culverts', 'the canyon'
 entities=[E("Location", "Elephant Butte"), E("Location", "N.M."), E("Location", "Elephant Butte Reservoir"),
           E("Organization", USBR, "Reclamation"), E("Person", "Galan Hanson", "Hanson"),
           E("Organization", WAPA)],
 # 'Galan Hanson, Facility Manager at Reclamation's Elephant Butte office' -> executive ('manager') at the Bureau of
 # Reclamation (the office a local unit of the agency, no entity)
 roles=[R("Galan Hanson", "executive", USBR)],
 # 'The small plant generates about 29,000 kilowatts of power that is marketed by the Western Area Power
 # Administration' -> partner Bureau of Reclamation -> Western Area Power Administration (a supply relation between two
 # named bodies: the plant's owner supplies the power the marketer sells; direction as the text runs, plant then
 # marketer; doubtful: two federal agencies under a statutory arrangement, and a reader may give no relation)
 relations=[L(USBR, "partner", WAPA)],
 # one outage: 'A rainstorm ... Sunday night near the Elephant Butte Reservoir has forced the Bureau of Reclamation to
 # stop generating power at its plant', 'The system automatically shut down as water gushed under the door', 'We
 # can't get back on the grid with the power plant' -> provider Bureau of Reclamation, date 2005-08-21 ('Sunday
 # night' before the Monday release), start null (no clock time; 'just after midnight' is when employees arrived),
 # end null, duration null ('would be off the grid for about two weeks' is an expected span, not a stated or computable
 # one), affected Western Area Power Administration (which markets the plant's power and 'were notified Monday that
 # the plant would be off the grid'; doubtful: a reader may leave affected empty), place Elephant Butte (the dateline's
 # town; the plant below the reservoir's dam), cause 'flooding' (the water 'flooded the parking area near the power
 # plant' and 'soaked the electric system'). Near-miss: 'Two generators are being used to provide power to the plant'
 # (the plant's own supply kept, no loss told)
 outages=[O(USBR, "2005-08-21", [WAPA], loc="Elephant Butte", cause="flooding")],
 # published 2005-08-22 (a Monday): 'Sunday night' -> 2005-08-21; 'Monday' (twice) -> 2005-08-22, listed once;
 # 'Monday afternoon' -> 2005-08-22 (another text, its own item); 'the 1940s' a decade, 'about two weeks' a span,
 # 'just after midnight' no day of its own -> none
 dates=[D("Sunday night", "2005-08-21"), D("Monday", "2005-08-22"), D("Monday afternoon", "2005-08-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
