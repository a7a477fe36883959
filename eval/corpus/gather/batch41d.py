#!/usr/bin/env python3
"""Batch 41d (session 42; gatherer lane 41d): an outage with a named provider told in a UK Parliament record (Open
Parliament Licence v3.0), a round after batches 40a, 40b and 40g in the parliamentary outage lane of batches 35a, 35i,
36a, 36q, 36v, 37i, 38c, 38h, 39e, 39i, 39k, 39n, 39o and 39q, turned from power, water and rail to an airline's IT:
  - a Commons written question to the Department for Transport on the discussions held with easyJet on flight
    cancellations caused by IT failures at that company, and the Minister's answer: 'an IT failure on 27 May' after
    which easyJet enacted rehearsed contingency plans, some flights cancelled and delayed, 'an isolated incident ...
    quickly resolved' (as parallelparliament.co.uk reproduces the Hansard written answer; the copy as the page store
    keeps it shows no date, so `published` is null) -> outage, provider easyJet (new to the lane; no easyJet outage in
    the corpus).
The text is the search tool's page-store excerpt (corpus `pages`), never a whole page; cuts are listed in `notes`; no
word added or changed. The record is made by `write_pool.modern_hansard` (batch 39i's) with the fields of
write_pool.hansard; as the copy gives no sitting date, the attribution is written here with 'no date in the copy' in
place of the date (the form is otherwise batch 40b's for parallelparliament copies). Written before any extractor ran
on it (newskg was not run at all).
usage: batch41d.py [POOL_DIR] [--dry]   (default /tmp/gather42d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, modern_hansard, OPL_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42d/pool"
PP = "UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names only; no dev or test file opened), "
           "GATHERING.md, the gather scripts and the session-42 pools and sections (/tmp/gather42*: none on disk; "
           "/work/notes/gather42/41a.md, 41b.md): {words}. ")

R = []

URL = "https://www.parallelparliament.co.uk/question/13734/easyjet"
KIND = ("Commons written question (Department for Transport), Hansard written answer as reproduced by "
        "parallelparliament.co.uk")
r = modern_hansard(
 "hansard-written-answer-easyjet-it-failure-flight-cancellations-2022", URL, None, "EasyJet", KIND,
 "To ask the Secretary of State for Transport, what discussions he has had with representatives of EasyJet on "
 "flight cancellations caused by IT failures at that company.\n\n"
 "I am aware that as a result of an IT failure on 27 May easyJet enacted rehearsed contingency plans to managed "
 "unexpected events. This resulted in the cancellation and delay of some flights while the issue was resolved. Any "
 "IT failure is unfortunate but I have been reassured by easyJet that this was an isolated incident and was quickly "
 "resolved.\n\n"
 "easyJet have were involved in the meeting I and the Secretary of State chaired on 1 June, they are also involved "
 "in the Strategic Risk Group which I chaired on Tuesday 14 June and will continue to chair weekly.",
 "transport/aviation", ["outage"],
 "Text of parallelparliament.co.uk's page for written question 13734 as the search tool's page store keeps it; the "
 "question and answer are Parliament's (Hansard written questions and answers), the site's own lines are not used. "
 "Left out: the line 'Question to the Department for Transport:' (kept in the attribution's kind); the page's title "
 "'EasyJet' (the question's heading, from the address; kept as title). The excerpt shows no member's name, no "
 "minister's name and no tabled or answered date, so `published` is null (the answer names 'Tuesday 14 June' and "
 "'1 June' and the failure 'on 27 May' without a year; a reader may place them in 2022, a year whose 14 June was a "
 "Tuesday and whose late-May easyJet IT failure news reported - not used: the gold is from the text alone). Single "
 "line breaks written as blank lines (whitespace only). Not truncated (the question and the whole answer are in the "
 "excerpt). Kept as written: 'EasyJet' in the question beside 'easyJet' in the answer, 'to managed unexpected "
 "events' and 'easyJet have were involved' (slips as the copy has them), 'Strategic Risk Group'. 126 words, just over "
 "the lane's floor. Found with 'written question \"To ask the Secretary of State for Transport\" failure IT system "
 "outage airport passengers what assessment' (rank 1) and again with 'easyJet IT failure 27 May flights cancelled "
 "written question Department for Transport answer' (rank 1; ranks 2-8 news). "
 + CHECKED.format(words="'easyJet' (only in other subjects: a 2021 and a 2012 Transport Committee text, a 2005 Ryanair, "
                  "a 2009 BAA and a 2005 Baugur Wikinews story - no easyJet outage), '13734', 'Strategic Risk Group', "
                  "'rehearsed contingency'"),
 False, origin=PP)
r["attribution"] = (f"{OPL_NOTICE}. Hansard, House of Commons, {KIND}, 'EasyJet', no date in the copy; text as at "
                    f"{URL}")
R.append(r)

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
