#!/usr/bin/env python3
"""Batch 41d gold annotations (the 1 text of batch41d.py: the Minister's answer to a Commons written question on
easyJet's flight cancellations caused by IT failures, as parallelparliament.co.uk reproduces it), written from the text
alone; newskg was not run on it. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (batch10_annotate.write_parts). `published` is null (no date in the copy), so only absolute time
expressions would be listed (GUIDELINES.md, Dates): the text's '27 May', '1 June' and 'Tuesday 14 June' have no year,
so there are no date items and the outage has no date.
usage: batch41d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import E, O
import batch10_annotate as b10

A = {}

EZ = "easyJet"
A["hansard-written-answer-easyjet-it-failure-flight-cancellations-2022"] = dict(
 # easyJet (the answer's form, three times; 'EasyJet' in the question, another surface form of the same name) ->
 # Company; Strategic Risk Group (a named group the Minister chairs, easyJet among its members) -> Organization
 # (doubtful: a government-industry forum; a reader may leave it out). Not entities: 'the Secretary of State for
 # Transport' and 'the Secretary of State' (posts with no name), 'IT failures', 'contingency plans'.
 entities=[E("Company", EZ, "EasyJet"), E("Organization", "Strategic Risk Group")],
 # none: no person named (the minister answering and the member asking are unnamed in the copy)
 roles=[],
 # none: easyJet's part in the meeting and in the Strategic Risk Group is membership, no partnership or contract
 relations=[],
 # 'as a result of an IT failure on 27 May easyJet enacted rehearsed contingency plans ... This resulted in the
 # cancellation and delay of some flights while the issue was resolved ... an isolated incident and was quickly
 # resolved' -> provider easyJet (its own systems: 'IT failures at that company'), date null ('27 May' has no year and
 # `published` is null; doubtful: a reader who knows the answer's year would put its 27 May), no start, end or duration
 # ('quickly resolved' gives none), affected [] (the cancelled and delayed flights are easyJet's own; no service or
 # organisation named), location null, cause 'IT failure'. One item: 'IT failures' in the question and 'an IT
 # failure on 27 May' in the answer are the same event ('an isolated incident').
 outages=[O(EZ, None, [], cause="IT failure")],
 # published null: '27 May', '1 June', 'Tuesday 14 June' have no year -> skipped (GUIDELINES.md, Dates); 'weekly' is a
 # frequency.
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
