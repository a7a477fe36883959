#!/usr/bin/env python3
"""Pick 8 of the 32 train and dev files of batch 40's fifth to eleventh rounds (seed 41042) for a second blind
annotation, and write stripped copies (no gold fields) to /tmp/agree41b-tmp/. Run from the repository root. The plan
was fixed before the draw, which was made in session 41 after the eleventh round was in the corpus and before any
annotation of this sample: 6 from the Wikipedia company-history lanes (40t-40zb), 2 from the Wikinews and Welsh
Government lanes (40p, 40q, 40r). These rounds came after second-annotation-41's draw; eval/corpus/test is never
listed."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from second_sample import draw, report, strip

LISTED = """
40q dev/wn-nsw-government-walks-away-from-cross-2006
40p dev/wn-sprint-realnetworks-provide-cell-phone-internet-2005
40u dev/wp-globalive
40za dev/wp-loganair
40y dev/wp-manx-telecom
40x dev/wp-massive-entertainment
40v dev/wp-mesaba-airlines
40t dev/wp-mindspring
40zb dev/wp-rocco-forte-hotels
40w dev/wp-sinar-mas-group
40z dev/wp-tripod-web-hosting
40r train/welsh-government-written-statement-port-of-holyhead-reopening-stena
40q train/wn-new-zealand-company-planning-monorail-wellington-2006
40p train/wn-romanian-oil-company-claims-iran-has-2006
40p train/wn-u-magazine-tv-guide-drop-local-2005
40q train/wn-us-navy-chooses-us-europe-us101-2005
40za train/wp-david-potter-psion
40t train/wp-demon-internet
40u train/wp-geir-ivarsoy-opera-software
40x train/wp-gray-matter-studios
40y train/wp-jamaica-public-service
40v train/wp-johnston-press
40zb train/wp-malmaison-hotel-chain
40z train/wp-melbourne-it
40u train/wp-microsoft-development-center-norway-fast
40w train/wp-nationwide-airlines-south-africa
40t train/wp-pipex
40zb train/wp-sunovion
40y train/wp-tranz-rail
40za train/wp-treyarch
40x train/wp-ubisoft-blue-byte
40v train/wp-yorkshire-bank
"""
source_batch = {"eval/corpus/" + f + ".json": b for b, f in (line.split() for line in LISTED.strip().splitlines())}
files = sorted(source_batch)
WIKINEWS_WELSH = {"40p", "40q", "40r"}


def lane(f):
    return "wikinews" if source_batch[f] in WIKINEWS_WELSH else "wikipedia"


plan = [("wikipedia", 6), ("wikinews", 2)]
groups, pick = draw(files, lane, plan, 41042)
report(groups, pick, lambda f: source_batch[f], sorted(set(source_batch.values())))
strip([f for _, f in pick], "/tmp/agree41b-tmp")
