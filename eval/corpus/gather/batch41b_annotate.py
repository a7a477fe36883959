#!/usr/bin/env python3
"""Batch 41b gold annotations (the text of batch41b.py: the SEC's Litigation Release No. 26035 of 25 June 2024 on
John Brda and Georgios Palikaras, former CEOs of Meta Materials Inc., and the merger of Torchlight Energy Resources
Inc. and Metamaterials Inc. that formed Meta Materials), written from the text alone; newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 18b, 40zm and 40zn for SEC releases): the SEC -> Organization ('SEC' alias); courts ->
Organization (GUIDELINES); 'former CEOs of X' -> ceo at X, current false; 'Brda's Torchlight ...' with no post named
-> no role (doubtful); a merger that 'formed' a new company with no buyer named -> no relation (GUIDELINES: a
'merger' where the text does not say who buys whom: nothing).
usage: batch41b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R
import batch10_annotate as b10

A = {}

# ---- Meta Materials, former CEOs Brda and Palikaras, published 2024-06-25 -----------------------------------------
A["us-sec-meta-materials-former-ceos-brda-palikaras-manipulation-2024"] = dict(
 # The SEC (written out once, 'SEC' twice: 'The SEC's complaint', 'The SEC further alleges'); John Brda
 # ('Brda' alone, also 'Brda's'); Georgios Palikaras ('Palikaras' alone, also 'Palikaras''); Meta Materials Inc.
 # ('Meta Materials' alias); Torchlight Energy Resources Inc. and Metamaterials Inc. (the two merged companies, named
 # once each); the U.S. District Court for the Southern District of New York (a court -> Organization, named as
 # written; as batch 40zn's Goffer text, no separate Location for New York). Not annotated: 'the company' (generic),
 # 'ATM' (an offering type), 'social media' (no platform named)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "John Brda", "Brda"),
           E("Person", "Georgios Palikaras", "Palikaras"), E("Company", "Meta Materials Inc.", "Meta Materials"),
           E("Company", "Torchlight Energy Resources Inc."), E("Company", "Metamaterials Inc."),
           E("Organization", "U.S. District Court for the Southern District of New York")],
 # 'John Brda and Georgios Palikaras, former CEOs of Meta Materials Inc.' -> ceo, current false, for each.
 # 'Brda's Torchlight Energy Resources Inc.' / 'Palikaras' Metamaterials Inc.': no post named -> no role (doubtful:
 # a reader may take each as that company's head)
 roles=[R("John Brda", "ceo", "Meta Materials Inc.", False), R("Georgios Palikaras", "ceo", "Meta Materials Inc.", False)],
 # 'the merger of Brda's Torchlight Energy Resources Inc. and Palikaras' Metamaterials Inc. that formed Meta
 # Materials': a merger with no buyer named -> nothing (GUIDELINES); the merged companies are not said to be units of
 # Meta Materials -> no parentOrganization (doubtful)
 relations=[],
 outages=[],
 # 'today' -> 2024-06-25 (published); 'June 2021'. Skipped: 'immediately prior to the merger', 'immediately before
 # the merger', 'two days', 'the first day of the ATM offering' (no calendar value written)
 dates=[D("today", "2024-06-25"), D("June 2021", "2021-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
