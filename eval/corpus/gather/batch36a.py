#!/usr/bin/env python3
"""Batch 36a (session 37; helper gather37a): outages told in parliamentary records, the lane of batches 35a, 35i, 35m
and 35r, taken to kinds, places and decades those rounds did not reach (the supply to the Houses of Parliament in
the 1930s, rural telephone lines in a wartime winter, Irish operator calls to Britain in 1980) and to two near-misses
(congested island trunk calls; benefit errors of a department's computers):
  - the lighting of the Houses of Parliament failing through a breakdown at the supply sub-station, with no
    alternative source of supply and candles laid in (Commons oral answers, 15 July 1935);
  - telephone subscribers' lines put out of order by the snowstorms of early 1940, heaviest in the south-western
    region, where under 4 per cent of lines were out at the worst (Commons oral answers, 7 February 1940; the Post
    Office's wires);
  - calls to parts of Britain that need a Dublin operator failing after the British Post Office re-routed them through
    new exchanges in Manchester and Bristol with too few circuits (Dail private notice question, 6 May 1980);
  and two near-misses: evening delays of about two hours on the trunk calls between England and the Channel Islands,
  put down to seasonal traffic on one cable, a radio-telephone channel on trial (Commons oral answers, 15 July 1935;
  congestion, no service lost); computer errors that under-paid some 10,200 and then 11,500 benefit claims, found by
  a trawl (Commons oral answers, 23 July 1996; errors, no system down).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off the
text ends at the last full sentence before it (`truncated`). Edits per item in `notes`: reference lines, speaker
labels, question numbers and references and column numbers left out, as batches 14-35r did; no word added or
changed. Historic Hansard records use the shared builder `write_pool.hansard`, the Dail record `write_pool.oireachtas`.
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch36a.py [POOL_DIR] [--dry]   (default /tmp/gather37a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37a/pool"
OIR_PAGE = "https://www.oireachtas.ie/en/debates/debate/dail/"
LEFT = ("Taken from the historic Hansard page as the search tool's page store holds it. Left out: {left}, so that "
        "the text opens with the question's own words and names no member or minister by a label (the practice of "
        "batches 14-35r). Title from the page address ('{slug}'; capitals supplied, doubtful). ")
CHECKED = ("Checked before taking: {words}: 0 hits in train/dev/test, GATHERING.md, every gather script and the pools "
           "of /tmp/gather37[a-e] at the time. ")


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-houses-of-parliament-light-failure-1935",
 "commons/1935/jul/15/houses-of-parliament-light-failure", "1935-07-15", "Houses of Parliament (Light Failure)",
 "oral answers",
 "asked the First Commissioner of Works whether there is an alternative supply of electric current for lighting the "
 "Houses of Parliament; and whether he has taken any steps to prevent another failure in the lighting system?\n\n"
 "The recent failure of the lighting was due to a breakdown at the supply sub-station. While there are alternative "
 "cables which can be used if the circuit usually used is broken, there is at present no alternative source of "
 "supply. The latter would, I am informed, involve very heavy expenditure, but I am communicating further with the "
 "Electricity Commissioners on the point. Meanwhile arrangements are being made to secure an adequate supply of "
 "candles in case of another breakdown.\n\n"
 "Is the right hon. Gentleman aware that there is another form of lighting that never fails?\n\n"
 "If the hon. Member refers to gas, he must remember that to put gas into this House in lieu of electric light would "
 "be a most elaborate and costly undertaking.\n\n"
 "Is the right hon. Gentleman aware that much of the electric lighting equipment of the House is obsolete and out of "
 "date?\n\n"
 "I do not think I could say that authoritatively. A good deal has been done in recent years to bring it more up to "
 "date. As I pointed out, there was no breakdown of the system in the House or in the connections between the House "
 "and the supply, but a breakdown at the source of the supply. If the \"juice\" is cut off, you do not get any "
 "light.\n\n"
 "Are we to understand that there is one centralised source of supply for this House and an area of London, and "
 "does the right hon. Gentleman consider it satisfactory, in view of the possibility of an emergency arising, that "
 "it should be so centralised?\n\n"
 "That is rather the suggestion I made in my original answer. We are entirely dependent at present on one source of "
 "supply.",
 "utilities/electricity", ["outage"],
 LEFT.format(left="the question number and speaker markers ('§ 24. Sir M. McKENZIE WOOD', '§ The FIRST COMMISSIONER "
             "of WORKS (Mr. Ormsby-Gore)', '§ Mr. THORNE', '§ Mr. ORMSBY-GORE' three times, '§ Mr. WEST', "
             "'§ Captain HAROLD BALFOUR')", slug="houses-of-parliament-light-failure")
 + "Cut after '... on one source of supply.', before 'I understood that the idea', where the excerpt breaks off "
 "(`truncated`). Kept as written: 'sub-station', the quoted \"juice\", 'in lieu of'. Found with 'historic-hansard "
 "power failure Palace of Westminster lights failed division bells annunciators electricity failure House', which "
 "also brought back the corpus's 1893 (batch 31f), 1927 (batch 29c) and 1983-84 (batch 33a) failures of the same "
 "building's supply: other events, decades apart; this is the fourth such event and the only one of 1935. "
 + CHECKED.format(words="'light-failure', 1935/jul/15, 'Electricity Commissioners', 'candles', 'Ormsby'"),
 True))

R.append(hansard(
 "hansard-commons-telephone-service-storm-damage-1940",
 "commons/1940/feb/07/telephone-service-storm-damage", "1940-02-07", "Telephone Service (Storm Damage)",
 "oral answers",
 "asked the Postmaster-General whether he is aware that whenever there is a heavy fall of wet snow, a gale of wind or "
 "a silver thaw, most of the telephone lines in Southern and Western England are brought down, especially those on "
 "exposed upland country or under trees in vale country; and whether, as it would be more economical, in view of the "
 "fact that there are now excellent trench-digging machines on the market, he will consider putting the majority of "
 "these wires under ground?\n\n"
 "I am sorry that during the recent snowstorms a considerable number of telephone subscribers' lines were put out of "
 "order; but I cannot accept the suggestion that most of the telephone lines in Southern and Western England are "
 "brought down whenever there is a snowstorm or gale. The recent snowstorms were exceptionally heavy in the "
 "south-western region, but even at the worst period the proportion of telephone subscribers' lines out of order in "
 "that region was less than 4 per cent. It is the policy of my Department to provide telephone service by "
 "underground wires in preference to overhead, wherever this would be reasonably economical; and over 14,500,000 "
 "miles or more than 90 per cent. of all Post Office telephone wires are already underground.\n\n"
 "Would it be possible to utilise the services of unemployed men rather than take soldiers off their training, as "
 "has been done?\n\n"
 "I was not aware of that being done, but if my Noble Friend will give me particulars I will go into the question. "
 "We do regard this matter as important, and in the year 1938–39 we spent over £9,000,000 on underground "
 "construction work.",
 "telecoms", ["outage"],
 LEFT.format(left="the question number and speaker markers ('§ 18. Lord Apsley', '§ Major Tryon' twice, '§ Lord "
             "Apsley')", slug="telephone-service-storm-damage")
 + "Also left out: the column number '194' printed inside the last answer ('if my Noble Friend will 194 give me "
 "particulars'), as batch 35a left '49W' out. The excerpt is the page's one question with its supplementary and ends "
 "on a full sentence; whether the page runs on is not shown (`truncated` false; doubtful). Kept as written: 'silver "
 "thaw', 'under ground' (two words in the question, 'underground' in the answer), 'per cent.', '1938–39' with its "
 "dash. Found with 'historic-hansard gale snow telephone lines down subscribers without service restored Assistant "
 "Postmaster-General number of lines faults', which also brought back the 1950 April snowstorm answer (left out by "
 "batch 31f as under 150 words), the 1954 storm damage (in the corpus), the 1913 Nottingham snowstorm (in the corpus), "
 "the 1902 telegraph storms (batch 31f) and two other answers on the same winter: a written answer of 4 March 1940 "
 "on telegraph poles (same snowstorms, so left alone, one text per event) and a 1939 written answer on underground "
 "cables (no event told). "
 + CHECKED.format(words="1940/feb/07, 1940/mar/04, 'Apsley', 'silver thaw', 'Southern and Western England', "
                  "'trench-digging'"),
 False))

R.append(oireachtas(
 "oireachtas-dail-telephone-communications-with-britain-1980", OIR_PAGE + "1980-05-06/17/", "1980-05-06",
 "6 May 1980", "Telephone Communications with Britain", "Private Notice Questions",
 "asked the Minister for Posts and Telegraphs if in view of the deterioration in telephone communications with "
 "Britain and the consequent disruption and serious loss caused to Irish business and the inconvenience to the "
 "general public, he will, as a matter of urgency, take the necessary measures to rectify this problem and if he "
 "will make a statement on the matter.\n\n"
 "I should like, first of all, to express my regret to the public for the inconvenience resulting from inability to "
 "make telephone calls to certain parts of Britain requiring the assistance of an operator in Dublin.\n\n"
 "I should explain that there has been a shortage of circuits from this country to Britain for some time. The "
 "capacity to provide all the extra circuits needed will be available following the opening of a new trunk exchange "
 "in Dublin and the provision of a new microwave link to Britain later this year.\n\n"
 "Changes were made recently by the British Post Office in the routing through their network of calls made by "
 "telephone operating staff in this country to numbers of destinations in Britain. As a result of these "
 "rearrangements, a substantial proportion of manually-operated telephone calls to Britain are now routed through "
 "new exchanges in Manchester and Bristol and circuits available on these routes are inadequate to carry traffic.\n\n"
 "The total number of circuits available to Britain at present is being redistributed to provide more of them on the "
 "Manchester and Bristol routes. Some of these will be available today and more tomorrow. The bulk of the work "
 "involved in allocating more circuits to these routes has to be done by the British Post Office. The British Post "
 "Office have been pressed to carry out the work involved as a matter of top priority, and I am assured that it is "
 "being treated by them on this basis.",
 "telecoms", ["outage"],
 "The oireachtas.ie page as the page store holds it ('Dáil Éireann debate - Tuesday, 6 May 1980, Vol. 320 No. 5'). "
 "Left out: the page's opening lines ('Skip to main content', 'Normal View', the debate, date and volume lines) and "
 "the heading 'Private Notice Questions. - Telephone Communications with Britain.' (kept, less its kind, as title); "
 "the excerpt shows no speaker labels, so neither the Deputy nor the Minister is named in the text. The question and "
 "the Minister's reply, from the start; cut after '... being treated by them on this basis.', before 'They are also "
 "examining urgent', where the excerpt breaks off (`truncated`). Kept as written: 'manually-operated', 'numbers of "
 "destinations', 'The British Post Office have been pressed'. Found with 'Dáil telephone exchange fire calls "
 "disrupted Telecom Éireann subscribers service restored' (the same search brought back Eircom's November 1999 "
 "systems failure, batch 15e's text, and the 1968-1983 single-subscriber telephone answers the lane has left "
 "before). "
 + CHECKED.format(words="1980-05-06, 'Telephone Communications with Britain', 'British Post Office', 'Bristol "
                  "routes', 'trunk exchange'"),
 True, via="oireachtas.ie"))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-telephone-service-channel-islands-delays-1935",
 "commons/1935/jul/15/telephone-service", "1935-07-15", "Telephone Service", "oral answers",
 "asked the Postmaster-General (1) whether there has been any appreciable increase of night telephone calls from "
 "England to the Channel Islands since the reduction in charges took place;\n\n"
 "(2) whether he is aware that at the present time there is a delay of approximately two hours during the evening "
 "periods in obtaining from the Channel Islands a telephone subscriber in England; whether he can state how many "
 "lines there are from England to the Channel Islands; and whether he proposes to increase the number of lines?\n\n"
 "Since the reduction of trunk telephone charges, night calls between Great Britain and the Channel Islands have "
 "increased by more than 100 per cent. Traffic on the route in question is seasonal in character; and at times, when "
 "the traffic is particularly heavy, abnormal delays are unfortunately inevitable. My hon. Friend may rest assured, "
 "however, that all possible steps are being taken to reduce these delays to a minimum. To supplement the existing "
 "cable, arrangements have recently been made to provide a second circuit by means of an experimental "
 "radio-telephone channel which has met with fair success and is being developed with the object of giving full "
 "service throughout the day. Arrangements are also being made to provide an additional circuit between the islands "
 "of Guernsey and Jersey.\n\n"
 "May I ask my right hon. and gallant Friend whether the new experimental line will be in working order for next "
 "year's holiday season?\n\n"
 "I cannot name a date. It is in the experimental stage, and we hope it will be successful.",
 "telecoms", ["outage", "near-miss"],
 LEFT.format(left="the reference line ('HC Deb 15 July 1935 vol 304 cc739-40'), the question numbers and speaker "
             "labels ('19 and 20. Mr. GLOSSOP', 'The POSTMASTER-GENERAL (Major Tryon)', 'Mr. GLOSSOP', 'Major "
             "TRYON')", slug="telephone-service")
 + "The page holds several questions under one heading; the text is the first item (questions 19 and 20 with the "
 "answer and one supplementary), cut before the next item ('22. Captain CUNNINGHAM - REID / asked the "
 "Postmaster-General whether he is aware that telephone toll calls after 7 p.m. ...', on London toll calls, another "
 "subject) (`truncated`). The question's two numbered parts kept as the excerpt sets them, as two paragraphs. "
 "Near-miss: evening delays of about two hours on calls between England and the Channel Islands, put down to heavy "
 "seasonal traffic on the one cable ('abnormal delays are unfortunately inevitable'): congestion, calls delayed but "
 "not lost, no failure told, no day given (as batch 35i's delayed Melbourne press cables and batch 34j's delayed "
 "Liverpool telegrams). Found with 'historic-hansard Channel Islands Scilly Isles telephone cable fault islands cut "
 "off communications restored written answer'; the other hits were the 1914 Fair Isle and Orkney cable (batch 32c's "
 "event), the 1928 Lerwick cables (batch 34j), the 1896 Guernsey wires (in the corpus), the 1895 Sark cable request "
 "and the 1897 Guernsey exchange (no event). The same day's Houses of Parliament light failure answer is this "
 "batch's own item (another subject). "
 + CHECKED.format(words="1935/jul/15 (but for this batch's own item), 'radio-telephone', 'Glossop'")
 + "'Channel Islands': 0 in train/dev/test and the gather scripts; in GATHERING.md only batch 32m's note on the "
 "1877, 1979 and 2016 cable breaks (other events, no open licence). ",
 True))

R.append(hansard(
 "hansard-commons-social-security-computer-errors-1996",
 "commons/1996/jul/23/computer-errors", "1996-07-23", "Computer Errors", "oral answers",
 "To ask the Secretary of State for Social Security what measures his Department takes to monitor the impact of "
 "computer errors on claimants' benefits.\n\n"
 "All new computer systems, and changes to existing systems, are thoroughly tested before they are put into "
 "operation, and they are monitored once they are in operation. All errors are investigated and corrected, and "
 "their impact on operations is analysed. Errors affecting benefit payments are corrected as soon as possible and "
 "steps are taken to identify all customers affected by them.\n\n"
 "Is the Minister aware of the lengthy correspondence that I have had with his Department concerning my "
 "constituent, Mr. Peter Sutton, whose benefit was affected by computer errors, to his detriment? In particular, has "
 "the Minister had an opportunity to look at the letter of 16 May, sent from the private office of his colleague, "
 "the Under-Secretary of State, saying that some 10,200 claimants' benefits had been affected as a direct "
 "consequence of computer error? As many of these people are old-age pensioners or on extremely low incomes, this "
 "is a serious situation. What steps is the Minister taking to ensure that any hardship affecting them is addressed "
 "as a matter of urgency?\n\n"
 "I am aware of the correspondence that the hon. Gentleman has had with my Department. It is important to put this "
 "matter into context: some 250 million transactions are produced by computer in the benefits system every year, "
 "and 94 per cent. of all benefits are paid right—and right first time. If errors are identified, we do a trawl to "
 "find out who else might have been affected. The hon. Gentleman might like to know that the trawl of cases similar "
 "to that of his constituent was completed last week. The preliminary figures identify some 11,500 cases that have "
 "been affected by this type of error.",
 "government/IT", ["outage", "near-miss"],
 LEFT.format(left="the reference line ('HC Deb 23 July 1996 vol 282 cc128-9'), the question number and speaker "
             "labels ('2. Mr. Hinchliffe', 'The Minister for Social Security and Disabled People (Mr. Alistair "
             "Burt)', 'Mr. Hinchliffe', 'Mr. Burt') and the question reference '[36957]'", slug="computer-errors")
 + "Cut after '... affected by this type of error.', before 'Benefits wi', where the excerpt breaks off mid-word "
 "(`truncated`). Kept as written: 'right—and right first time', 'old-age pensioners', 'per cent.'. Near-miss: "
 "errors in the benefits computer systems that affected some 10,200 (then 11,500) claimants' benefits, found by a "
 "trawl and corrected; no system was down and no service stopped (a software error that mis-pays is not a service "
 "lost; cf. batch 35a's 2004 Christmas double payments, left out as 'an error, not an outage'). The Department is "
 "named only as 'his Department' / 'my Department' (not annotated). Found with 'historic-hansard written answer "
 "computer failure benefit office Jobcentre unemployment benefit computer out of action claimants paid late Benefits "
 "Agency'; the same search brought back the 1981 Newcastle computer strike answers (batch 35a's subject), the 1986 "
 "Livingston girocheques (batch 14) and a written answer of 12 November 1996 on the same errors (Peter Sutton's "
 "case; the same subject, so left alone). "
 + "Checked before taking: 'computer-errors', 1996/jul/23, 'Peter Sutton', '11,500': 0 hits in train/dev/test, "
 "GATHERING.md, every gather script and the pools of /tmp/gather37[a-e] at the time; 'Hinchliffe' only in a 2005 "
 "Health Committee file (another subject). ",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
