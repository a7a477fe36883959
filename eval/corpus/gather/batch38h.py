#!/usr/bin/env python3
"""Batch 38h (session 39; helper gather39h): outages told in UK Parliament records (historic Hansard), the lane of
batches 37i, 36q, 36v, 35a, 35i and 36a, aimed at failures with a named provider that earlier rounds had not reached:
  - three failures of the air traffic control centres' computer systems listed by date and time in a Commons
    written answer of 16 October 1996 (Prestwick's Oceanic Data Processing System on 23 August and 12 September
    1996, West Drayton's Host Computer System on 6 October 1995; the page names the National Air Traffic Service
    and the Civil Aviation Authority; the excerpt breaks off inside the fourth item);
  - serious delays to cablegrams between Manchester and India and the Far East put down to interruptions of the
    Eastern Telegraph Company's cables (sections renewed in the Red Sea) and to the cable between the United States
    and the Far East being interrupted for several weeks (Commons oral answers, 27 June 1921).
Texts are the search tool's page-store excerpts (corpus `pages`); edits per item in `notes` (the reference line,
question numbers and references, speaker labels, section markers and column numbers left out, as batches 14-37i
did; no word added or changed). Both are built with the shared `write_pool.hansard`. Written before any extractor
ran on a text of the batch (newskg was not run on them at all).
usage: batch38h.py [POOL_DIR] [--dry]   (default /tmp/gather39h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39h/pool"
SRC = ("Text of the historic Hansard page as the search tool's page store keeps it. Left out: {left}; so the text "
       "opens with the question's own words and no speaker is labelled (the practice of batches 14-37i). Title made "
       "from the page address ('{slug}'; capitals supplied, doubtful). ")
CHECKED = ("Checked before taking: {words}: no hit in train/dev/test, GATHERING.md, any gather script or the pools "
           "of /tmp/gather39* at the time. ")

R = []
R.append(hansard(
 "hansard-written-answers-air-traffic-control-failures-prestwick-west-drayton-1996",
 "written_answers/1996/oct/16/air-traffic-control", "1996-10-16", "Air Traffic Control", "written answers",
 "To ask the Secretary of State for Transport what estimate he has made of the likely number of jobs to be created "
 "as a result of the establishment of a second air traffic control centre in Scotland.\n\n"
 "The proposed construction of the new Scottish centre and the replacement of the Oceanic flight data processing "
 "system, as envisaged in the invitation to tender of autumn 1995, would result in staff levels at Prestwick being "
 "maintained at approximately their current levels.\n\n"
 "To ask the Secretary of State for Transport when he expects to make an announcement of the future privatisation "
 "of the National Air Traffic Service and on the future of the second air traffic control centre in Scotland.\n\n"
 "I refer the hon. Member to my right hon. Friend's reply of 29 November 1995,Official Report, columns 783–84, to "
 "the hon. Member for Wyre (Mr. Mans). The timetable for privatisation has not yet been decided.\n\n"
 "The future of the proposed air traffic control centre in Scotland is the subject of a review by the Civil Aviation "
 "Authority and I expect recommendations emerging from the review to be presented to Ministers later this year.\n\n"
 "To ask the Secretary of State for Transport if he will list the occasions over the last 12 months when the air "
 "traffic control centre covering the United Kingdom has failed, the length of time the system failed and the "
 "estimated number of flights affected.\n\n"
 "The air traffic control centres at West Drayton and Prestwick cover the UK flight information regions. Over the "
 "last 12 months there have been a total of five failures resulting in delays to aircraft as follows:\n\n"
 "Prestwick (Oceanic Data Processing System)\n\n"
 "23 August 1996—at 1005 with delays to aircraft peaking at over 2 hours.\n\n"
 "12 September 1996— at 1110 with 40 aircraft delayed in excess of 1 hour.\n\n"
 "West Drayton (Host Computer System)\n\n"
 "6 October 1995—at 0810—flow restrictions introduced.",
 "aviation", ["outage"],
 SRC.format(left="the section markers ('§'), the speaker labels ('Mrs. Dunwoody' three times, 'Mr. Bowis' three "
            "times), the question references ('[40695]', '[40694]', '[40689]') and the list markers ('- ') before "
            "the three dated items", slug="air-traffic-control")
 + "The page's three written questions and answers (all from one member, on the Scottish centre, privatisation and "
 "the centres' failures), as the excerpt holds them; cut after the first West Drayton item ('6 October 1995—at "
 "0810—flow restrictions introduced.'), before the excerpt breaks off inside the next item ('5 No'); so only three "
 "of the 'five failures' the answer lists are in the text (`truncated` true). Lines and paragraphs as the excerpt "
 "has them (the system headings and the items each a paragraph). Kept as written: '29 November 1995,Official "
 "Report' (no space after the comma), 'columns 783–84', 'Oceanic flight data processing system' in lower case beside "
 "'Oceanic Data Processing System', the dashes and the space after the dash in '12 September 1996— at 1110', the "
 "clock times '1005', '1110', '0810' without colons, 'National Air Traffic Service' (singular). Found with "
 "'historic-hansard written answers air traffic control radar failure Prestwick Manchester centre flights delayed "
 "system out of service', which also brought back the 1990 Prestwick power failure answer (batch 28c, train), the "
 "1986 London air traffic computer, the 2002 NATS answer (in the corpus) and the 1998 West Drayton answer (left out "
 "by batch 36v: broken by delay tables). "
 + CHECKED.format(words="1996/oct/16, 'Oceanic Data Processing', 'Host Computer System', 'Dunwoody' (only a "
                  "2008 Terminal 5 report and batch 12e, another subject), '23 August 1996', 'five failures'"),
 True))

R.append(hansard(
 "hansard-commons-cablegrams-india-far-east-eastern-telegraph-1921",
 "commons/1921/jun/27/cablegrams-india-and-far-east", "1921-06-27", "Cablegrams (India and Far East)",
 "oral answers",
 "asked the Postmaster-General whether he is aware of the excessive delay in the transmission of cablegrams between "
 "Manchester and India and the Far East; whether he is aware that the only means of telegraphing within reasonable "
 "time is by paying treble rates for urgent telegrams, while ordinary cables often take a week to arrive from India; "
 "what are the reasons for this delay; and whether he will take action in order to remove the consequent handicap "
 "to business?\n\n"
 "The serious delays that have recently occurred on the Eastern Telegraph Company's cables to India and the Far East "
 "have been due to cable interruptions, some of which have been caused by the necessity of renewing certain sections "
 "of their cables in the Red Sea, which were in bad condition. Moreover, the cable between the United States and the "
 "Far East was interrupted for several weeks, thus throwing the whole of the American traffic with the Far East on "
 "to the Eastern Company's lines. I am assured by the company that every effort is being made to reduce the delays. "
 "An improvement has been effected during the last few days; and as soon as the work in the Red Sea is "
 "completed—probably within the next fortnight—it is hoped that the present exceptional delays will cease.",
 "telecoms", ["outage"],
 SRC.format(left="the question number and speaker label ('§ 79. Lieut.-Colonel HURST'), the speaker label ('§ Mr. "
            "PEASE') and the column number printed inside the answer ('1812', between 'Eastern' and 'Telegraph')",
            slug="cablegrams-india-and-far-east")
 + "The question and its whole answer as the excerpt holds them, ending on a full sentence (`truncated` false; "
 "doubtful, the page may run on with supplementaries the excerpt does not show). Kept as written: 'ordinary cables' "
 "(for cablegrams), 'on to', the dashes round 'probably within the next fortnight', 'the Eastern Company's lines'. "
 "Found with 'historic-hansard Eastern Telegraph Company cable interrupted communication restored Postmaster-General', "
 "which also brought back the 1870 telegraph failures, 1913 London-Glasgow cable and 1881 cable-ship answers (used or "
 "left out before). "
 + CHECKED.format(words="1921/jun/27, 'cablegrams', 'Eastern Telegraph', 'Eastern Company' (only a Wikinews "
                  "Silverjet text, another subject)"),
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
