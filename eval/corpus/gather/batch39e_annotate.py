#!/usr/bin/env python3
"""Batch 39e gold annotations (the 2 texts of batch39e.py), made from each text alone; newskg was not run on either.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every sub-batch
since 8b; batch10_annotate.write_parts). `published` is the day of each sitting; relative expressions are resolved
against it (GUIDELINES.md, Dates).
usage: batch39e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import E, O, R
import batch10_annotate as b10

A = {}
A["hansard-lords-water-supply-northern-ireland-cold-weather-2011"] = dict(
 # Her Majesty’s Government -> Organization (the Lords formula, as the corpus types it; written here with the curly
 # apostrophe of the text). Northern Ireland, Scotland -> Location. Water UK -> Organization (the water companies'
 # trade body, as the 2018 thaw statement types it). Not entities: the Secretary of State for Northern Ireland, the
 # Secretary of State for the Environment, the First Minister of Scotland, 'the devolved Ministers' (posts; no
 # person named), 'the Northern Ireland authorities' (generic), 'the Government’s' (generic; not made an alias),
 # 'the good Lord' (a figure of speech), 'the noble Lord' (no name). No water undertaking is named in the text
 entities=[E("Organization", "Her Majesty’s Government"), E("Location", "Northern Ireland"),
           E("Organization", "Water UK"), E("Location", "Scotland")],
 roles=[],
 relations=[],
 # one outage: 'recent difficulties with water supplies' in Northern Ireland 'during the period of extreme cold
 # weather', 'customers in Northern Ireland who had suffered disruption', water pumped into the pipes leaking out ->
 # a loss of water supply to customers. Provider null (the undertaking that supplies the water is not named; the
 # question names only 'the Northern Ireland authorities'). Date 2010-12 (doubtful: the text says only 'recent' on
 # 9 February 2011; the First Minister of Scotland's offer of assistance, 'a sort of Christmas gift', puts the
 # difficulties at Christmas 2010; a reader could leave the date null). No start, end or duration told; affected []
 # (no named service or body); location Northern Ireland; cause 'extreme cold weather' (doubtful: the text gives
 # the cold as the time of the difficulties and the leaks as the problem in getting water where it is needed). Not
 # outages: the heavy volume of calls (call centres working), the bottled water from Scotland (the response)
 outages=[O(None, "2010-12", [], loc="Northern Ireland", cause="extreme cold weather")],
 # no time expression with a value ('recent', 'the period of extreme cold weather', 'a sort of Christmas gift' and
 # 'daily' have none)
 dates=[])

A["oireachtas-seanad-cavan-monaghan-broadband-outages-storm-eowyn-eir-2025"] = dict(
 # ESB, Eir -> Company (as the corpus types both). Cavan, Monaghan (each named on its own in 'Cavan and Monaghan',
 # twice), Dublin, Ireland ('rural Ireland') -> Location. Pisa -> Location (doubtful: named only in the figure
 # 'little leaning towers of Pisa'; kept because a city is named). Darragh O'Brien, Alan Dillon -> Person. Storm
 # Éowyn is an event, not an entity; 'the Government', 'broadband providers', 'a provider service crew' are generic
 entities=[E("Company", "ESB"), E("Location", "Cavan"), E("Location", "Monaghan"), E("Company", "Eir"),
           E("Location", "Pisa"), E("Location", "Dublin"), E("Location", "Ireland"),
           E("Person", "Darragh O'Brien"), E("Person", "Alan Dillon")],
 # 'the Minister for communications, Deputy Darragh O'Brien' and 'the Minister of State, Deputy Alan Dillon' ->
 # minister of Ireland, current (doubtful: the country is named only in 'rural Ireland', though it is the state whose
 # ministers they are; a reader following batch 38a, where no country was named, would give no role)
 roles=[R("Darragh O'Brien", "minister", "Ireland"), R("Alan Dillon", "minister", "Ireland")],
 relations=[],
 # two outages from Storm Éowyn, told apart by service: (1) broadband, landlines and network coverage 'still
 # without a connection' across Cavan and Monaghan five weeks on, 'Eir lines holding up falling trees' -> provider
 # Eir (doubtful: named only as the owner of the damaged lines; the Senator otherwise blames 'broadband providers'
 # in general; a reader could leave it null); (2) the power that 'ESB crews worked tirelessly to restore' -> provider
 # ESB (doubtful: the loss of power is implied by its restoration, not told in its own words; place not said).
 # Date 2025-01 for both: 'five weeks from Storm Éowyn' before Tuesday 25 February 2025 puts the storm in the second
 # half of January (the text gives no day); no start, end or duration (the broadband outage is still going on);
 # affected [] (no named service); cause 'Storm Éowyn'
 outages=[O("Eir", "2025-01", [], loc="Cavan and Monaghan", cause="Storm Éowyn"),
          O("ESB", "2025-01", [], cause="Storm Éowyn")],
 # no time expression with a value ('five weeks from Storm Éowyn' is a span; 'recently', 'in days' have none)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
