#!/usr/bin/env python3
"""Batch 18d part 2 gold annotations (the 3 texts of batch18d2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the part's 3 ids sorted, then dealt along test, train, dev, train
(the batch's own cycle, restarted for the part as batches 16a, 17c, 17e and 18c did).
usage: batch18d2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""aemo-statement-callide-c-power-station-2021
aemo-heatwave-conditions-victoria-transmission-outage
accc-asahi-cub-divestments-not-opposed""".split())
A = {}
A["aemo-statement-callide-c-power-station-2021"] = dict(
 entities=[E("Organization", "AEMO"), E("Location", "Queensland"), E("Location", "Callide C Power Station"),
           E("Location", "Central Queensland"), E("Location", "Gladstone"), E("Location", "Stanwell"),
           E("Location", "Yarwun"), E("Location", "MacKay"), E("Location", "New South Wales")],
 # a power station → Location (a facility, as airports); Gladstone, Stanwell, Yarwun, MacKay name the places of the
 # other stations' units
 roles=[], relations=[],
 # 'At approximately 1:45pm, there was an issue at the Callide C Power Station ... that took several of its
 # generation units out of service'; '2,300 MW of customer demand in Queensland and 40 MW in New South Wales was also
 # interrupted' → one outage, provider the station whose failure started it (its operator is not named); the forecast
 # LOR3 and possible load shedding of the 6pm update are not a second outage
 outages=[O("Callide C Power Station", "2021-05-25", [], start="2021-05-25T13:45", loc="Queensland")],
 dates=[D("6pm", "2021-05-25T18:00"), D("25 May 2021", "2021-05-25"), D("5pm", "2021-05-25T17:00"),
        D("4pm", "2021-05-25T16:00"), D("1:45pm", "2021-05-25T13:45")])
A["aemo-heatwave-conditions-victoria-transmission-outage"] = dict(
 entities=[E("Organization", "AEMO"), E("Location", "Victoria"), E("Location", "South Australia"),
           E("Service", "Heywood Interconnector"), E("Location", "Portland aluminium smelter"),
           E("Company", "AusNet Services")],
 # the named interconnector → Service (networks are Service, as part 1's SWIS); the smelter → Location (a facility)
 roles=[], relations=[],
 # 'an outage on the Moorabool to Mortlake and Moorabool to Tarrone transmission lines' separated Victoria and South
 # Australia 'at the Heywood Interconnector' and interrupted 'supply to the Portland aluminium smelter'; 'AEMO is working
 # with AusNet Services to investigate the cause of the transmission line outage' → provider AusNet Services (the
 # lines' operator, implied); `published` null → no date; cause under investigation
 outages=[O("AusNet Services", None, ["Heywood Interconnector", "Portland aluminium smelter"], loc="Victoria")],
 dates=[])  # `published` null: 'today', '3pm', '9pm', 'this afternoon' unresolved
A["accc-asahi-cub-divestments-not-opposed"] = dict(
 entities=[E("Company", "Asahi Group Holdings Ltd", "Asahi"), E("Company", "Carlton & United Breweries", "CUB"),
           E("Service", "Strongbow"), E("Service", "Bonamy’s"), E("Service", "Little Green"),
           E("Service", "Stella Artois"), E("Service", "Beck’s"), E("Organization", "ACCC")],
 roles=[],
 # a proposed acquisition not opposed (with divestments) → acquired only; 'Asahi has undertaken to divest two of its
 # beer brands and three of its cider brands. The brands to be sold are ...' → the brands are Asahi's (provider)
 relations=[L("Asahi Group Holdings Ltd", "acquired", "Carlton & United Breweries"),
            L("Strongbow", "provider", "Asahi Group Holdings Ltd"), L("Bonamy’s", "provider", "Asahi Group Holdings Ltd"),
            L("Little Green", "provider", "Asahi Group Holdings Ltd"),
            L("Stella Artois", "provider", "Asahi Group Holdings Ltd"),
            L("Beck’s", "provider", "Asahi Group Holdings Ltd")],
 outages=[], dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
