#!/usr/bin/env python3
"""Batch 36q (session 37; helper gather37q, third round of batch 36): outages told in UK Parliament written answers,
the lane of batches 35a, 35i and 36a, aimed at failures whose provider the record names, in years and kinds the lane
had not used (railway traction supply, storm-cut telephone exchanges, a pension payment channel):
  - two failures of the newly electrified east coast main line's overhead equipment, reported by BR: a short circuit
    at Portobello on 29 August 1991 and half a mile of wire pulled down between Stevenage and Hitchin on 18 November
    1991 (Commons written answers, 27 November 1991);
  - thirty-two telephone exchanges of the Aberdeen telephone area isolated by the January 1960 storms in the north
    east of Scotland, all back in service by the answer (Commons written answers, 1 February 1960; no operator named);
  and one near-miss: 'a slight delay' in paying some State Pensions into Post Office card accounts put down to a
  recent computer issue, with the arrangements for holiday payments (Commons written answers, 12 January 2004).
Texts are the search tool's page-store excerpts (corpus `pages`); edits per item in `notes` (reference lines,
speaker labels, question references and a column number left out, as batches 14-36a did; no word added or changed).
All three are built with the shared `write_pool.hansard`. Written before any extractor ran on a text of the batch
(newskg was not run on them at all).
usage: batch36q.py [POOL_DIR] [--dry]   (default /tmp/gather37q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37q/pool"
SRC = ("Taken from the historic Hansard page as the search tool's page store holds it. Left out: {left}, so that the "
       "text opens with the question's own words and names no member or minister by a label (the practice of batches "
       "14-36a). Title from the page address ('{slug}'; capitals supplied, doubtful). ")
CHECKED = ("Checked before taking: {words}: 0 hits in train/dev/test, GATHERING.md, every gather script and the pools "
           "of /tmp/gather37* at the time. ")

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-written-answers-east-coast-main-line-electrification-failures-1991",
 "written_answers/1991/nov/27/east-coast-line-electrification", "1991-11-27", "East Coast Line Electrification",
 "written answers",
 "To ask the Secretary of State for Transport if he will list the faults that have occurred with the system since "
 "the introduction of the east coast main line electrification, the reason for each fault and the safety "
 "implications.\n\n"
 "Public services on the whole of the newly electrified east coast main line commenced on 8 July 1991. Since then, "
 "BR has formally reported one failure of the electrification equipment. This occurred at Portobello on 29 August, "
 "when a return conductor on the overhead line equipment—OLE—expanded in the heat, causing a short circuit. There "
 "was no danger to the public or to railway staff.\n\n"
 "There was another failure on 18 November, between Stevenage and Hitchin. I understand from the Health and Safety "
 "Executive's railway inspectorate that a part of the OLE broke, and the wire carrying the traction current was "
 "struck by a diesel train. Half a mile of the OLE was pulled down. The current was automatically cut off and "
 "again, there was no danger.",
 "transport/rail", ["outage"],
 SRC.format(left="the reference line ('HC Deb 27 November 1991 vol 199 c505W'), the speaker labels ('Mr. Redmond', "
            "'Mr. Freeman') and the page's closing 'Forward to'", slug="east-coast-line-electrification")
 + "The whole answer is kept (`truncated` false). Kept as written: 'east coast main line' in lower case, the dashes "
 "round 'OLE', 'commenced'. Found with 'historic-hansard written answers power failure signalling Southern Region "
 "trains halted electricity supply railway', which also brought back the 1993 London Underground power failures "
 "(batch 28c) and two 1906 railway answers (no outage). "
 + CHECKED.format(words="'east-coast-line-electrification', 1991/nov/27, 'Portobello', 'Stevenage', 'overhead line "
                  "equipment' ('Hitchin' only in a 2024 telecoms resilience answer, another subject)"),
 False))

R.append(hansard(
 "hansard-written-answers-aberdeen-storms-telephone-exchanges-1960",
 "written_answers/1960/feb/01/aberdeen-storms", "1960-02-01", "Aberdeen Storms", "written answers",
 "asked the Secretary of State for Scotland if he will now make a detailed statement on the loss of life and "
 "personal injury and also of loss and injury to livestock and of other material damage in Aberdeen and district "
 "caused by the recent heavy storms of wind, snow and rain there.\n\n"
 "I regret that as a result of the storms in the north eastern counties of Scotland in the week beginning 17th "
 "January, including a particularly severe blizzard on 19th January, six people died, and I should like to take "
 "this opportunity of expressing my deep sympathy with their relatives. Only a few cases of personal injury have "
 "been reported, including two caused by exposure and eight in a railway accident.\n\n"
 "The storm caused widespread dislocation of communications and some towns in Aberdeenshire were temporarily cut "
 "off. But main roads were quickly reopened by the unremitting work of local authorities and their staffs, despite "
 "the fact that clearance operations were hampered by abandoned vehicles; after a rapid thaw had set in from 21st "
 "January normal conditions were soon restored. In the Aberdeen telephone area thirty-two telephone exchanges were "
 "isolated and thousands of faults on lines were reported; all exchanges are now back in service.\n\n"
 "Material damage fortunately appears to have been slight. No reports from farmers of losses of livestock have "
 "been received by my Department's office in Aberdeen, although a few isolated cases of loss are known to have "
 "occurred. No cases of damage by flooding to agricultural land have been reported. Some slight damage occurred to "
 "fishing vessels in harbour. In the City of Aberdeen itself, although there was considerable disruption of public "
 "services, there was no serious damage.",
 "telecoms", ["outage"],
 SRC.format(left="the speaker markers ('§ Mr. Hector Hughes', '§ Mr. Maclay')", slug="aberdeen-storms")
 + "Also left out: the column number '100W' printed inside the third paragraph ('some towns 100W in Aberdeenshire'), "
 "as batch 36a left '194' out. The excerpt is the question and its whole answer, ending on a full sentence; whether "
 "the page runs on is not shown (`truncated` false; doubtful). Kept as written: 'north eastern' unhyphenated, "
 "'thirty-two', 'unremitting'. Found with 'severe weather Scotland 1955 Lords interruption of telephone services and "
 "electricity supplies Hydro-Electric Board restored', which also brought back the Lords answer of 23 February 1955 "
 "on the northern counties (left alone: the excerpt breaks off before it tells the interruptions, and no provider "
 "is named in it). "
 + CHECKED.format(words="1960/feb/01, 'aberdeen-storms', 'thirty-two telephone exchanges', 'Aberdeen telephone area'"),
 False))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-written-answers-pensions-post-office-card-accounts-delay-2004",
 "written_answers/2004/jan/12/pensions-payment", "2004-01-12", "Pensions Payment", "written answers",
 "To ask the Secretary of State for Work and Pensions in how many cases retirement pensions have not been paid into "
 "Post Office card accounts on their due date because of computer problems; and if he will make it his policy to "
 "put in place emergency payments in such cases.\n\n"
 "We are aware of a recent issue that resulted in a slight delay in paying some State Pensions into Post Office "
 "card accounts. The actual number of payments that were affected is not known.\n\n"
 "There are existing emergency payment procedures to cover the situation where payment is not made at the due "
 "time.\n\n"
 "To ask the Secretary of State for Work and Pensions what arrangements were made for early payment of pensions "
 "over the Christmas and new year period 2003–04 for holders of Post Office card accounts; and if he will make a "
 "statement.\n\n"
 "The Department arranges that where customers are due payments on a public holiday, that payments are advanced "
 "so that they can get the money before the public holiday.\n\n"
 "Payment to Post Office card accounts are paid in the same way as payments direct to any bank account. The "
 "arrangements put money into the account on the last banking day before each of the bank holidays namely the 24 "
 "December and 31 December.",
 "government/IT", ["outage", "near-miss"],
 SRC.format(left="the reference line ('HC Deb 12 January 2004 vol 416 cc560-1W'), the speaker labels ('Mr. Webb' "
            "twice, 'Mr. Pond' twice) and the question references '[147068]' and '[146762]'", slug="pensions-payment")
 + "The page's two questions with their answers, ending on a full sentence (`truncated` false; doubtful, the page "
 "may run on). Kept as written: 'Payment to Post Office card accounts are paid' (number as printed), '2003–04' with "
 "its dash, 'the 24 December'. Near-miss: 'a slight delay in paying some State Pensions' after 'a recent issue' "
 "(the question's 'computer problems'; the answer names no system and no failure, no day, and says the number "
 "affected is not known) -> payments late, no service told as down (as batch 36a's 1996 benefit computer errors). "
 "Found with 'historic-hansard Post Office computer failure counters pensions girocheques paid late centre "
 "breakdown', which also brought back the 1984 Newcastle pensions computer strike answer (batch 14's pool) and "
 "news pages on the 2004-2012 Post Office card account crashes (no open licence). "
 + CHECKED.format(words="2004/jan/12, 'pensions-payment', 'card accounts' (one unrelated Wikinews bank text)"),
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
