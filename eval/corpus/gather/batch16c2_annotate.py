#!/usr/bin/env python3
"""Batch 16c part 2 gold annotations (the 4 texts of batch16c2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 4 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as batch 16a's part 2).
usage: batch16c2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""scottish-government-update-shetland-power-outage-ssen-2022
welsh-government-written-statement-nhs-wales-data-centre-outage-2018
welsh-government-written-statement-water-supply-interruption-bretton-flintshire
welsh-government-written-statement-water-supply-interruption-conwy""".split())
A = {}
DCWW = "Dŵr Cymru Welsh Water"

A["welsh-government-written-statement-nhs-wales-data-centre-outage-2018"] = dict(
 entities=[E("Person", "Vaughan Gething"), E("Organization", "NHS Wales Informatics Service", "NWIS"),
           E("Organization", "NHS Wales"), E("Location", "Wales")],
 # a minister of the Welsh administration; the text names Wales on its own ('the people of Wales')
 roles=[R("Vaughan Gething", "minister", "Wales")],
 relations=[],  # NWIS runs the data centres 'on behalf of NHS Wales': no unit/owner statement
 # the two data centres NWIS operates went down 'on the morning of the 24 January' (no clock time); 'By 16:15 the same
 # day all systems were operational' -> end; business as usual by 20:00; cause as the investigation found it
 outages=[O("NHS Wales Informatics Service", "2018-01-24", ["NHS Wales"], end="2018-01-24T16:15",
            cause="routine firewall change")],
 dates=[D("24 January", "2018-01-24"), D("16:15", "2018-01-24T16:15"), D("the same day", "2018-01-24"),
        D("20:00", "2018-01-24T20:00")])
A["welsh-government-written-statement-water-supply-interruption-conwy"] = dict(
 entities=[E("Person", "Huw Irranca-Davies"), E("Person", "Ken Skates"), E("Location", "North Wales"),
           E("Company", DCWW, "DCWW"), E("Organization", "Welsh Government"), E("Location", "Bryn Cowlyd Water Treatment Works"),
           E("Location", "Dolgarrog"), E("Location", "Conwy"), E("Organization", "North Wales Strategic Coordination Group"),
           E("Organization", "North Wales Fire and Rescue Service"), E("Location", "Afon Ddu"),
           E("Organization", "Conwy Council")],
 roles=[],  # ministers with no country named on its own (as batch 16a); 'the Chief Executive of DCWW' is not named
 relations=[],
 # the water company's mains burst cut supplies to up to 40,000 properties; `published` is null, so 'Wednesday 15
 # January' has no year: date null, no date items (as batch 16a's AWS answer)
 outages=[O(DCWW, None, [], loc="Bryn Cowlyd Water Treatment Works", cause="mains water pipe burst")],
 dates=[])
A["welsh-government-written-statement-water-supply-interruption-bretton-flintshire"] = dict(
 entities=[E("Person", "Huw Irranca-Davies"), E("Company", DCWW), E("Organization", "Welsh Government"),
           E("Location", "Bretton Water Treatment Works"), E("Location", "Flintshire"),
           E("Organization", "North Wales Local Resilience Forum")],
 roles=[], relations=[],
 outages=[O(DCWW, None, [], loc="Flintshire", cause="burst water main")],  # `published` null: 'Wednesday, 13 August' has no year
 dates=[])
A["scottish-government-update-shetland-power-outage-ssen-2022"] = dict(
 entities=[E("Organization", "Scottish Government"), E("Person", "Keith Brown"), E("Location", "Shetland"),
           E("Location", "Bixter Community Hall", "Bixter Hall"),
           E("Company", "Scottish and Southern Electricity Networks", "SSEN"), E("Organization", "Police Scotland"),
           E("Organization", "Scottish Government Resilience Room", "SGoRR"), E("Organization", "Shetland Islands Council")],
 roles=[],  # 'Minister for resilience' / 'Justice Secretary': no country named on its own (Scotland only inside names)
 relations=[],
 # the network operator restoring power to the remaining 2,400 properties off supply; no start day in the text
 outages=[O("Scottish and Southern Electricity Networks", None, [], loc="Shetland")],
 dates=[D("yesterday", "2022-12-15"), D("today", "2022-12-16"), D("tomorrow", "2022-12-17")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
