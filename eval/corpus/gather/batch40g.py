#!/usr/bin/env python3
"""Batch 40g (session 41; gatherer lane 40g): outages with a named provider told in UK Parliament records (Open
Parliament Licence v3.0), committee papers and Hansard, a round after batches 40a and 40b (and 39q, 39k) on their
leads:
  - Eastern Group plc's memorandum to the Commons Northern Ireland Affairs Committee (HC 227, Session 1998-99,
    227ap06, dated 12 March 1999): 3.3 million electricity customers in its region, 0.2 per cent of them without
    supply at the peak due to the Christmas storms, none off supply for more than 24 hours, the maximum wind speed at
    2100 hours on Saturday, 26 December 1998 -> outage, provider named; the fallback lead batch 40a left (about 100
    words of prose once the tables go: here kept with the sentence naming the customer base, so 154 words); a company
    of the Boxing Day 1998 storm no earlier batch took (29c NIE; 39n Northern Electric; 39o Scottish Power, Scottish
    Hydro-Electric, SEEBOARD, SWEB, ESB; 39q East Midlands Electricity; 40a Yorkshire Electricity);
  - the Commons urgent question 'South West Water: Brixham Contamination' of Monday 20 May 2024 (the Secretary of
    State's answer, as theyworkforyou.com reproduces the Hansard text): South West Water notified of cryptosporidium
    cases in the Brixham area, a boil notice for the Hillhead and Alston areas from Wednesday 15 May, bottled water
    stations, compensation raised to £215 -> a near-miss (a boil notice: supply not cut, as batch 35i judged the
    Leixlip boil water notice); South West Water is new to the corpus.
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are listed
per item in `notes`; no word added or changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch40g.py [POOL_DIR] [--dry]   (default /tmp/gather41g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all, modern_hansard
from batch39n import ORIGINS

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41g/pool"
TWFY = "UK Parliament, Hansard text as reproduced by theyworkforyou.com (page store)"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names and `grep -l` only; no dev or test "
           "file opened), GATHERING.md, the gather scripts and the /tmp/gather41* pools (41a-f, 41h-j as they "
           "stood): {words}. ")

R = []

# ---- Eastern Group plc (HC 227, 227ap06) ----------------------------------------------------------------------------
t = "Memorandum submitted by Eastern Group plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-eastern-group-storm-1999",
 "https://publications.parliament.uk/pa/cm199899/cmselect/cmniaf/227/227ap06.htm", "1999-03-12", t,
 "House of Commons, Northern Ireland Affairs Committee, Minutes of Evidence (HC 227, Session 1998-99), "
 "publications.parliament.uk",
 t + "\n\n"
 "Thank you for your letter of 8 March 1999. I am certainly pleased to assist your enquiry by providing the "
 "following information.\n\n"
 "We have 3.3 million electricity customers within our region, of which the following were without supply as a "
 "direct result of the Christmas storms (the figure in brackets is for all customers off supply and includes "
 "non-storm related faults).\n\n"
 "At the peak, 0.2 per cent of customers were without supply due to the storms and 0.3 per cent when non-storm "
 "related faults are included.\n\n"
 "As none of our customers were off supply for more than 24 hours no Guaranteed Standard, or any other form of "
 "compensation payment, was made.\n\n"
 "It may help in your comparisons with NIE, and other electricity companies, to know that the maximum wind speed "
 "we experienced during this period was 59 miles per hour at 2100 hours on Saturday, 26 December 1998.",
 "utilities/electricity", "non-US", "outage",
 "The page header 'Select Committee on Northern Ireland Affairs Minutes of Evidence' and the page footer ('previous "
 "page contents next page', the House links, '© Parliamentary copyright 1999', 'Prepared 29 July 1999') left out; "
 "the date line '12 March 1999' at the memorandum's foot kept as `published`. Cut: the table of customers without "
 "supply per day after '... non-storm related faults).' ('Friday 25 December- (3,544)', 'Saturday 26 December6,402 "
 "(9,952)' ... 'Thursday 31 December1,453 (4,239)', as the store renders it run together) - a table; the sentence "
 "'During this period our restoration of supply performance was as follows:' with its table (Duration / Number of "
 "Customers: '0-3 hours32,797 (90.5 per cent)' ... '72 hours+Nil') - a table, and the sentence is only a lead-in "
 "(as batches 39o, 39q and 40a cut such lead-ins). KEPT, although its 'the following' pointed to the cut table: "
 "'We have 3.3 million electricity customers within our region, of which the following were without supply as a "
 "direct result of the Christmas storms (the figure in brackets ...)' - it is the only sentence naming the customer "
 "base and the Christmas storms, so it is kept whole rather than cut (doubtful: a stricter cut would leave 115 words "
 "and no storm named; a reader notes the dangling reference). The heading 'Memorandum submitted by Eastern Group plc' "
 "KEPT as the first one-line paragraph and used as `title` (as batches 39n, 39o, 39q and 40a kept the companies' "
 "headings: the body names the company only as 'our'). Not truncated (the whole memorandum is in the excerpt; only "
 "the tables and the lead-in are cut). Kept as written: 'per cent', 'non-storm related faults', 'Guaranteed "
 "Standard', '2100 hours', 'NIE'. Batch 40a named this memorandum as a fallback lead ('about 100 words of prose once "
 "the tables go'); the memorandum answers the committee's inquiry into the Boxing Day 1998 storm in Northern Ireland "
 "(batch 29c's train text tells NIE's outage; batches 39n, 39o, 39q and 40a other companies'); this text tells "
 "Eastern Group's own storm losses. Found with 'Memorandum submitted by Eastern Group plc storm December 1998 "
 "customers supply' (rank 1; the same clean rendering batch 40a saw). "
 + CHECKED.format(words="'Eastern Group', '227ap06', '3.3 million electricity', '59 miles per hour' (GATHERING.md "
                  "only, as batch 40a's lead)"),
 "OPL", truncated=False))

# ---- Commons urgent question, 'South West Water: Brixham Contamination', 20 May 2024 (theyworkforyou copy) -----------
R.append(modern_hansard(
 "hansard-commons-urgent-question-south-west-water-brixham-contamination-2024",
 "https://www.theyworkforyou.com/debates/?id=2024-05-20a.637.0&s=Anthony+Mangnall", "2024-05-20",
 "South West Water: Brixham Contamination",
 "Commons urgent question (Environment, Food and Rural Affairs), Hansard text (House of Commons, 20 May 2024) as "
 "reproduced by theyworkforyou.com",
 "(Urgent Question): To ask the Secretary of State for Environment, Food and Rural Affairs to make a statement on "
 "South West Water and Brixham’s contamination.\n\n"
 "On Monday 13 May, South West Water was notified by the UK Health Security Agency of cryptosporidium cases in the "
 "Brixham area. South West Water undertook monitoring from Monday evening into Tuesday, with the results on "
 "Wednesday morning identifying crypto in the Hillhead distribution area. A boil notice was issued for customers on "
 "Wednesday 15 May to cover both the Hillhead area and the Alston area. I know that has caused considerable concern "
 "and disruption to the local community.\n\n"
 "To date, UKHSA has identified at least 46 confirmed cases of cryptosporidium but, given that symptoms may take up "
 "to 10 days to emerge, obviously that number may continue to rise. Two people have been hospitalised. Two bottled "
 "water stations were initially opened on Thursday 16 May, and in my call with the chief executive on Friday, I "
 "requested that a third be opened and the hours extended, both of which then happened effective from Saturday.\n\n"
 "I also raised concerns with the chief executive, including those shared with me by my hon. Friends the Members "
 "for Totnes (Anthony Mangnall) and for Torbay (Kevin Foster) about inadequate compensation. That was raised to £150 "
 "for residents in the Alston supply area and has now gone up to £215 for those continuing to be affected in the "
 "Alston area. A helpline has been established for businesses and I requested that it work with local MPs to "
 "streamline the process. In addition, my right hon. Friend the Minister for Food, Farming and Fisheries visited the "
 "community on Friday.",
 "utilities/water", ["near-miss"],
 "Text of theyworkforyou.com's page as the search tool's page store keeps it; the Hansard text is Parliament's, the "
 "site's own lines are not used. Left out: the heading 'South West Water: Brixham Contamination' (kept as title), "
 "the line '– in the House of Commons at on 20 May 2024.' (kept as `published`; the time is missing in the copy), "
 "'Alert me about debates like this' and the speaker lines ('Photo of Anthony Mangnall Anthony Mangnall "
 "Conservative, Totnes', 'Photo of Steve Barclay Steve Barclay The Secretary of State for Environment, Food and "
 "Rural Affairs'), so that no speaker is named by a label (the member for Totnes's urgent question and the Secretary "
 "of State's answer; the member is named in the answer's own words). Kept: the Hansard line '(Urgent Question): To "
 "ask the Secretary of State ...', the question itself. Cut after '... visited the community on Friday.', before "
 "'Some 16,000 properties were init', where the excerpt breaks off inside a word (`truncated`; that sentence left "
 "out whole). Kept as written: 'Brixham’s' with a curly apostrophe, 'crypto', 'boil notice', 'hon. Friends', "
 "'£150', '£215', 'UKHSA'. A boil notice leaves the supply running (water to be boiled before drinking), so the "
 "text is a near-miss, not an outage (as batch 35i judged the Leixlip boil water notice, 'treatment fault, supply "
 "not cut'). Found with 'hansard South West Water supply interruption Cornwall Devon customers without water boil "
 "notice Brixham debate' (rank 2; rank 1 the same page in theyworkforyou's Welsh interface, rank 6 the Lords repeat "
 "of 22 May 2024, rank 3 a parallelparliament page of the same answer - not used, one copy only); the search "
 "'South West Water Brixham Contamination urgent question 20 May 2024 Hillhead boil notice ...' brought back only "
 "news and South West Water's own pages. "
 + CHECKED.format(words="'Brixham', 'Hillhead', 'Steve Barclay', '2024-05-20a', 'Torbay', 'Totnes', 'Kevin Foster' (0 hits); "
                  "'South West Water' only in a 1984 Commons text on drought and feared rota cuts (another event); "
                  "'Mangnall' only in a 2023 Business and Trade Committee text on food and fuel prices (another "
                  "subject); 'cryptosporid' only in the Wikipedia article on the 1998 Sydney water crisis (another "
                  "event); 'Alston' only inside 'Ralston' (Ralston Purina)"),
 True, origin=TWFY))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
