#!/usr/bin/env python3
"""Batch 36v (session 37; helper gather37v, fourth round of batch 36; four texts): outages told in UK Parliament records
(historic Hansard), the lane of batches 35a, 35i, 36a and 36q, aimed at failures whose body the record names:
  - two failures of the SL100 switch of the Government telecommunications network (GTN), which the Central Computer
    and Telecommunications Agency answers for: some 4 1/2 hours stopped after the storm of 16 October 1987 cut the
    mains supply and the standby supplies failed, and most of Thursday 11 February 1988 from corrupted software
    (Commons written answers, 29 February 1988; the record batch 33g kept in reserve);
  two near-misses from the Post Office's telegraph service in Dublin: the Dublin Stock Exchange line to London
  'interrupted from time to time' (thirteen breakdowns in February 1913, counted, not told one by one, traffic put on
  other lines within minutes; Commons oral answers, 18 March 1913) and the night delivery of telegrams in Dublin
  suspended under martial law because messengers would not cross the streets (Commons oral answers, 1 March 1920;
  a withdrawal of a delivery round for safety, no system failed); and one near-miss of the national emergency of
  early 1972, 'interruptions to electricity supplies' causing 'some delays' to postal and telephone services with
  'no really serious disruptions of service', as the Post Office told the Minister (Commons oral answers, 1 March
  1972).
Texts are the search tool's page-store excerpts (corpus `pages`); edits per item in `notes` (reference lines,
question numbers and speaker labels left out, as batches 14-36q did; no word added or changed). All four are built
with the shared `write_pool.hansard`. Written before any extractor ran on a text of the batch (newskg was not run on
them at all).
usage: batch36v.py [POOL_DIR] [--dry]   (default /tmp/gather37v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37v/pool"
SRC = ("Text of the historic Hansard page as the search tool's page store keeps it. Left out: {left}; the text thus "
       "begins with the question itself and labels no speaker (as in batches 14-36q). Title made from the page "
       "address ('{slug}'; capitals supplied, doubtful). ")
CHECKED = ("Before taking it: {words}: no hit in train/dev/test, every gather script or the pools of /tmp/gather37* "
           "at the time{gm}. ")

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-written-answers-government-telecommunications-network-switch-failures-1988",
 "written_answers/1988/feb/29/government-telecommunications-network", "1988-02-29",
 "Government Telecommunications Network", "written answers",
 "To ask the Chancellor of the Exchequer when the new switch SL100 for the interface between Government "
 "telecommunications network numbers was installed; when the switch failed; and what action is being taken by the "
 "Central Computer and Telecommunications Agency as a result of this failure.\n\n"
 "The SL100 switch on the Government telecommunications network was brought into operation on Monday 27 July 1987. "
 "Major problems have occurred on two occasions since then. The first was due to the severe storm on 16 October "
 "1987. As a result of the interruption to the mains power supply throughout Greater London, and the failure of the "
 "emergency standby power supplies, the switch ceased to function for some 4½ hours until the mains power supply "
 "had been restored. The Central Computer and Telecommunications Agency subsequently worked closely with the "
 "Property Services Agency to determine and implement improvements to the emergency standby power supplies.\n\n"
 "The second problem occurred on the morning of Thursday 11 February 1988 and continued for most of that day. This "
 "seriously affected the majority of telephone calls passing through London on the Government telecommunications "
 "network. The CCTA worked closely with the company maintaining the switch to ensure that full service was restored "
 "as rapidly as possible, but some random intermittent difficulties on the GTN have persisted since then. The fault "
 "was due to corruption of software within the switch and urgent detailed investigations are continuing to "
 "determine the cause of this and to clear up the remaining difficulties.",
 "telecoms/government IT", ["outage"],
 SRC.format(left="the reference line ('HC Deb 29 February 1988 vol 128 c445W') and the speaker labels ('Mr. Terry "
            "Davies', 'Mr. Brooke')", slug="government-telecommunications-network")
 + "The question and its whole answer, ending on a full sentence (`truncated` false; doubtful, the page may hold "
 "no more). Kept as written: 'Government telecommunications network' with a lower-case 't' and 'n', 'SL100' without "
 "a hyphen, '4½'. Found with 'historic-hansard written answers computer system failure went down agency offices "
 "unable days restored'. Batch 33g met this record and kept it in reserve (outside that lane's 1990-2025 years); no "
 "batch has used it. "
 + CHECKED.format(words="'SL100', 'government-telecommunications-network', 1988/feb/29, 'Central Computer and "
                  "Telecommunications'", gm=" (GATHERING.md: only batch 33g's 'kept in reserve' note)"),
 False))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-telegraph-service-dublin-stock-exchange-interruptions-1913",
 "commons/1913/mar/18/telegraph-service-dublin", "1913-03-18", "Telegraph Service, Dublin", "oral answers",
 "asked whether the Postmaster-General's attention has been drawn to the resolution of the Dublin Chamber of "
 "Commerce, and adopted at the annual meeting of the Association of Chambers of Commerce of the United Kingdom, "
 "complaining of the frequent interruptions of the telegraphic service to Dublin viâ Holyhead; and whether he is "
 "prepared to adopt the suggestion that underground wires should be laid to obviate the frequent delays in the "
 "transmission of messages?\n\n"
 "As informed my hon. Friend in an answer to a question on the 12th February, there are eleven cables now crossing "
 "the Irish Channel from four different points on the coasts of Wales or Scotland, and, as the lines connected with "
 "these cables are never interrupted simultaneously, the slight additional protection afforded by an underground "
 "line on one route would be out of proportion to the heavy cost involved in its provision.\n\n"
 "Is the right hon. Gentleman aware that since 1st January there have been many complete breakdowns in the "
 "transmission of telegraphic messages between Dublin stock Exchange and London, and that thirteen occurred during "
 "last February?\n\n"
 "The direct line between Dublin stock Exchange and London has been interrupted from time to time, but generally "
 "within a few minutes other lines of communication have been utilised. All telegraph lines are more or less liable "
 "to interruption from time to time.\n\n"
 "Is it not the fact that there is congestion on the other lines, and that messages ordinarily sent by Anglesey are "
 "sent over other lines in the North of Ireland.\n\n"
 "I do not think there is any congestion. There have been interruptions of the Dublin stock Exchange line, but "
 "there have been always other means of communication available. These interruptions are not due to storms; they "
 "are electric.",
 "telecoms", ["outage", "near-miss"],
 SRC.format(left="the reference line ('HC Deb 18 March 1913 vol 50 cc845-6'), the question number and speaker "
            "labels ('53. Mr. BRADY', 'Mr. HERBERT SAMUEL', 'Mr. BRADY' twice, 'Mr. HERBERT SAMUEL' twice)",
            slug="telegraph-service-dublin")
 + "The question, the answer and two supplementaries with their replies, ending on a full sentence (`truncated` "
 "false; doubtful). Kept as written: 'viâ' with its circumflex, 'Dublin stock Exchange' with a lower-case 's', "
 "'As informed my hon. Friend', the question mark missing after '... North of Ireland.'. Near-miss: the Stock "
 "Exchange line's 'many complete breakdowns', 'thirteen' in February, are counted, not told one by one, and the "
 "reply says traffic went over other lines within minutes (GUIDELINES: counted outages are not events). Found with "
 "'Postmaster-General Limerick London telegraphic communication interrupted three days 23rd storms wires "
 "underground North-West Coast Belfast press telegrams'. An earlier round (GATHERING.md, the 'not used' list "
 "beside the 1913 London-Glasgow cable) met this answer and left it out as a near-miss its brief did not ask "
 "for; this lane's brief asks for near-misses. Left alone: the 28 February 1910 Limerick-London interruption "
 "(the excerpt holds only the questions, not the answer). "
 + CHECKED.format(words="'telegraph-service-dublin', 1913/mar/18, 'Holyhead'", gm=" (GATHERING.md: only that "
                  "'left out' note)"),
 False))

R.append(hansard(
 "hansard-commons-delivery-of-telegrams-dublin-martial-law-1920",
 "commons/1920/mar/01/delivery-of-telegrams-dublin", "1920-03-01", "Delivery of Telegrams, Dublin", "oral answers",
 "asked whether the Dublin Post Office, as a consequence of the martial law Proclamation, has ceased to perform its "
 "functions in that city between the hours of 11.30 p.m. and 5 a.m.; whether it is a fact that no telegrams are "
 "delivered between these hours: and whether, in view of the fact that this public Department is unable to perform "
 "its due services to the people, causing serious inconvenience and loss, he will state what steps he proposes to "
 "take to remedy this state of affairs?\n\n"
 "In view of the risks involved in passing through the streets of Dublin, the night messenger staff object to "
 "undertaking the delivery of telegrams between midnight and 5 a.m., and in the circumstances I do not think it "
 "would be reasonable to require them to do so. There is, therefore, no alternative but to suspend the ordinary "
 "messenger service and to deliver telegrams by telephone where possible. Every effort is being made to expedite "
 "delivery by this means.\n\n"
 "Is the right hon. Gentleman not aware that the Dublin newspapers are seriously inconvenienced and have made "
 "protests on this question, and can he not do anything to alleviate that condition of things?\n\n"
 "I have no doubt they are inconvenienced, but I do not see that I can do anything to relieve the situation.\n\n"
 "Could the right hon Gentleman not deliver the telegram by tank?",
 "postal/telecoms", ["outage", "near-miss"],
 SRC.format(left="the reference line ('HC Deb 01 March 1920 vol 126 cc38-9'), the question number and speaker "
            "labels ('89. Captain REDMOND', 'Mr. ILLINGWORTH' twice, 'Captain REDMOND' twice)",
            slug="delivery-of-telegrams-dublin")
 + "The question, the answer and the supplementaries as the excerpt holds them, ending on the member's last question "
 "with no reply shown (`truncated` false; doubtful, the page may give a reply). Kept as written: 'martial law "
 "Proclamation', the colon before 'and whether', 'right hon Gentleman' without a full stop. Near-miss: the night "
 "messenger round is suspended because the staff will not cross the streets under martial law, and telegrams go "
 "out by telephone instead; the telegraph works, nothing failed (a withdrawal of a delivery round, as GUIDELINES "
 "leaves strikes and government orders outside outages). Found with 'historic-hansard 1916 telegraphic "
 "communication Dublin reopened Postmaster-General question telegrams Ireland delay non-delivery', which also "
 "brought back the 11 May 1916 answer on Dublin's telegraph reopened after the Rising (left alone: the excerpt "
 "begins inside the answer, with no question) and the 9 August 1916 late Dublin mails (a late delivery). "
 + CHECKED.format(words="'delivery-of-telegrams-dublin', 1920/mar/01, 'night messenger'", gm=" or GATHERING.md"),
 False))

R.append(hansard(
 "hansard-commons-national-emergency-post-office-services-1972",
 "commons/1972/mar/01/national-emergency", "1972-03-01", "National Emergency", "oral answers",
 "asked the Minister of Posts and Telecommunications what effect the national emergency has had on the postal and "
 "telephone services.\n\n"
 "The Post Office tells me that interruptions to electricity supplies have caused some delays to both postal and "
 "telephone services; but there have been no really serious disruptions of service.\n\n"
 "Does the right hon. Gentleman recognise that we on this side of the House, at least, appreciate very much the "
 "efficiency with which the Post Office carried out its duties in the face of considerable difficulties? Would the "
 "Minister say whether there has been any costing of the exercise and whether it has cost the Post Office money and, "
 "if so, how it is proposed to recoup it?\n\n"
 "No significant increased costs have been incurred as a result of the dispute. I am sure that the Post Office will "
 "be grateful for what the hon. Gentleman has said.\n\n"
 "Has my right hon. Friend's attention been drawn to front page stories in today's Daily Mirror and Daily Express in "
 "which shocking increases in charges for telephones are forecast? Would he say whether those stories are true and, "
 "if so, whether they have any relationship to the national emergency?\n\n"
 "I hope, with permission, to answer a Written Question on this subject at the end of Question Time.",
 "postal/telecoms", ["outage", "near-miss"],
 SRC.format(left="the question number and speaker markers ('§ 23. Mr. William Hamilton', '§ Mr. Chataway' three "
            "times, '§ Mr. Hamilton', '§ Mr. Gorst')", slug="national-emergency")
 + "The question, the answer and two supplementaries with their replies, ending on a full sentence (`truncated` "
 "false; doubtful, the page may run on). Kept as written: 'front page' unhyphenated, 'Written Question' and "
 "'Question Time' with capitals. Near-miss: in the national emergency of early 1972 (the text calls it 'the "
 "dispute' and names no industry) 'interruptions to electricity supplies have caused some delays to both postal "
 "and telephone services; but there have been no really serious disruptions of service' -> services delayed, not "
 "lost; the electricity interruptions themselves are told in general, with no supplier, place or day (not an "
 "event told apart). Found with 'historic-hansard written answers Post Office telephone exchange out of action "
 "fire flood subscribers lines restored date 1970s', which also brought back the 1954 storm damage, 1950 April "
 "snowstorm, 1968 Chobham and 1946 Salford answers (all used or left out before). "
 + CHECKED.format(words="1972/mar/01, 'national-emergency', 'Chataway', 'no really serious disruptions'",
                  gm=" or GATHERING.md"),
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
