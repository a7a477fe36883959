#!/usr/bin/env python3
"""Batch 38a (session 39; helper gather39a): Houses of the Oireachtas records, a seventh round in the Oireachtas/
Hansard outage lane of batches 35a, 36a, 36k, 36q, 36v, 36w, 36y and 37a, turned from the Posts and Telegraphs
telephone years to named providers the lane had not used (a rail operator's points failure, a post office's cash
running out) and to a Seanad Commencement matter:
  - a points failure at Connolly Station that delayed the departure of a Drogheda train, Iarnrod Eireann named
    (Dail oral answers, 7 July 2004);
  - power cuts in Roscommon from Storm Amy (the weekend before 8 October 2025), Storm Floris (the August bank holiday
    weekend) and Storm Eowyn (768,000 customers), the ESB named (Seanad Commencement matter, 8 October 2025);
  - one near-miss: Lucan Post Office unable to pay all its social welfare customers in the week ending 3 September
    2011 for want of cash, An Post named (Dail written answer, 14 September 2011).
Texts are the search tool's page-store excerpts (corpus `pages`) of oireachtas.ie and of the kildarestreet.com
mirror; no word changed. All use the shared builder `write_pool.oireachtas`. newskg was not run on them.
usage: batch38a.py [POOL_DIR] [--dry]   (default /tmp/gather39a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39a/pool"
OIR = "https://www.oireachtas.ie/"
KS = "https://www.kildarestreet.com/"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names only), GATHERING.md, the gather "
           "scripts and the /tmp/gather39* pools unless said: {words}. ")

R = []
R.append(oireachtas(
 "oireachtas-dail-drogheda-train-points-failure-connolly-iarnrod-eireann-2004",
 OIR + "en/debates/question/2004-07-07/25/", "2004-07-07", "7 July 2004", "Rail Services",
 "Questions, Oral Answers",
 "Mr. O’Dowd asked the Minister for Transport further to Question No. 229 of 22 June 2004 if the examination has "
 "been completed; and if he will make a statement on the matter.\n\n"
 "Mr. O’Dowd asked the Minister for Transport further to Question No. 229 of 22 June 2004, if he will report on "
 "the progress to date on the examination; and if he will make a statement on the matter.\n\n"
 "I propose to take Questions Nos.40 and 60 together.\n\n"
 "While the performance of rolling stock within its fleet is a day-to-day matter for Iarnród Éireann, the company "
 "has informed me that the examination referred to has been completed and that certain modifications are being "
 "made to improve performance.\n\n"
 "Will these modifications include health and safety provisions? On a recent train to Drogheda, the air "
 "conditioning failed in three carriages and six people fainted and one lady had an asthma attack, as reported in "
 "the Drogheda Independent. Is it Iarnród Éireann’s judgment that this train to Drogheda was overcrowded? Many "
 "passengers believe that, owing to the failure of an earlier train, more people were forced to take this one. It "
 "was a shameful and disgraceful incident. What steps will the Minister take to insist that Iarnród Éireann looks "
 "after the health and safety of its passengers?\n\n"
 "I share the Deputy's concerns about this incident. The delayed departure of the train was caused by a points "
 "failure occurring at Connolly Station. In addition, a technical problem occurred with the air conditioning units "
 "on some of the individual carriages on the train which compounded the discomfort experienced by Iarnród "
 "Éireann's customers on that hot day.",
 "transport/rail", ["outage"],
 "Left out of the oireachtas.ie text as the page store holds it: the page's top lines ('Skip to main content', "
 "'Normal View'), the heading 'Rail Services.' (kept as title without its full stop), the lines 'Dáil Éireann "
 "Debate, Wednesday - 7 July 2004', 'Wednesday, 7 July 2004', 'Questions (24, 25)', the asker lines 'Fergus "
 "O'Dowd' and 'Question:' (twice), 'View answer' (twice) and 'Oral answers (34 contributions)', the question "
 "numbers '40' and '60' before 'Mr. O’Dowd asked' and the references '[20292/04]' and '[20291/04]'; the excerpt "
 "gives no speaker labels. Kept as written: 'Questions Nos.40' (no space), the curly apostrophes of 'O’Dowd' and "
 "'Iarnród Éireann’s judgment' beside the straight ones of 'Deputy's' and 'Éireann's customers'. The two questions, "
 "the Minister's answer, the Deputy's supplementary and the Minister's reply; cut before 'Iarnród Éireann is "
 "conducting a full examination of all of its newl...', where the excerpt breaks off (`truncated`). One outage "
 "told: a points failure at Connolly Station that delayed the departure of a train to Drogheda on a hot day "
 "(no date told; the Deputy's 'recent'); not outages: the carriages' air-conditioning failure (equipment on the "
 "train), 'the failure of an earlier train' (the passengers' belief, no failure told). Found with the search "
 "queries 'Minister Iarnród Éireann signalling system failure Connolly central traffic control November 2014 Dáil "
 "question' and 'Dáil CIÉ signalling failure trains delayed commuters DART breakdown'. "
 + CHECKED.format(words="'points failure' (only in GATHERING.md, batch 36q's note on another collision), "
                  "'fainted', 'Drogheda Independent', 2004-07-07 ('Drogheda' in batch 35m's Staleen water outage "
                  "and a 2008 freight derailment answer, other subjects; 'Connolly Station' 0)"),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-seanad-roscommon-storm-amy-floris-power-outages-esb-2025",
 KS + "sendebates/?gid=2025-10-08a.15", "2025-10-08", "8 October 2025", "Electricity Grid",
 "Commencement Matters",
 "I thank the Minister of State for coming to the Chamber this morning. This is my fifth Commencement matter for "
 "the Minister, Deputy O'Brien, and he has not entered the Chamber at all yet. I just want to put that on the "
 "record.\n\n"
 "We have just had Storm Amy and a lot of my constituents in Roscommon once again spent the weekend without power. "
 "That follows on from Storm Éowyn back in February when 768,000 customers across the country were without "
 "electricity supply because of that storm. On the August bank holiday weekend Storm Floris, on which we had a "
 "small little yellow weather warning, also left a large part of west Roscommon without power.\n\n"
 "The common denominator is the corridors we have in forestry and the need for the electricity supply (amendment) "
 "Bill 2025 to be prioritised and enacted as quickly as possible. I have a press release from 29 July 2025 with a "
 "headline stating that the Minister has secured Government approval for legislation to bolster the storm "
 "resilience of our electricity grid. I know we are only back, but it is now 8 October and a large number of "
 "people across the western part of this country are looking at the next storm in the coming weeks and wondering "
 "how long they are again going to be without power.\n\n"
 "I spent Friday morning visiting people in Ballinlough outside Roscommon who were without power. I engaged with "
 "Deputy Fitzmaurice throughout the weekend about the large number of people without power all across Roscommon. "
 "Deputy Kerrane has social media posts with pictures showing these corridors. We all know where the problem is. "
 "The ESB needs support for it. We need to enact this Bill. We must compensate forestry owners. We must deliver on "
 "this.",
 "utilities/electricity", ["outage"],
 "A Senator's speech opening a Seanad Commencement matter, as kildarestreet.com's page holds it; left out: the "
 "site's 'Seanad debates', the date line ('Wednesday, 8 October 2025', kept as `published`), the section line "
 "'Nithe i dtosach suíonna - Commencement Matters', the heading 'Electricity Grid' (kept as title), the time "
 "('2:00 am') and the speaker line ('Gareth Scahill (Fine Gael)'), so that no speaker is named by a label. Kept as "
 "written: 'Storm Éowyn back in February' (the storm of January 2025 as the Senator dates it), 'a small little "
 "yellow weather warning', 'the electricity supply (amendment) Bill 2025' (lower case). Cut before 'The 29 July "
 "press release referred to the winter 2025 grid resilience plan. One of the calls in that regard is for \"a "
 "formal storm review to identify re...', where the excerpt breaks off (`truncated`). Outages told: Roscommon "
 "without power over the weekend of Storm Amy (Ballinlough still without power on the Friday morning); west "
 "Roscommon without power from Storm Floris on the August bank holiday weekend; 768,000 customers without supply "
 "after Storm Éowyn; the ESB named as the body that 'needs support' with the forestry corridors. The Storm Amy "
 "power cuts are also in batch 19a's written answer of 14 October 2025 (ESB Networks, nationally; another text, "
 "another place) and Storm Éowyn's in several 2025 debates in the corpus: the lead may judge the overlap. Found with "
 "'Seanad adjournment matter electricity supply interruptions ESB frequent power cuts area businesses lost'. "
 + CHECKED.format(words="'Scahill', 'Ballinlough', 2025-10-08 ('Storm Amy' in batch 19a's 2025 written answer; "
                  "'Floris' only in batch 27c's Scottish Government release on Storm Floris in Scotland, SSEN's "
                  "network; 'Fitzmaurice' and 'Kerrane' not checked as subjects, named only in passing)"),
 True, house="Seanad Éireann", via="kildarestreet.com"))

R.append(oireachtas(
 "oireachtas-written-answer-lucan-post-office-cash-shortage-an-post-2011",
 KS + "wrans/?id=2011-09-14.1685.0", "2011-09-14", "14 September 2011", "Social Welfare Payments",
 "Written Answers",
 "To ask the Minister for Social Protection if her attention has been drawn to the fact that welfare claims at a "
 "location (details supplied) were left for days without their social welfare and pension payments as the post "
 "office substations in question had run out of money; if this problem is specific to this area or more wide "
 "spread across the country; and the action she will take to ensure that this situation does not occur again.\n\n"
 "My Department is committed to providing a high quality service to our customers and to ensuring that all "
 "payments are made available on their due date. We offer a range of payment options to customers including "
 "payment at a local post office or to a bank or building society account or certain credit unions that have been "
 "authorised by the banking and credit union regulators. While the Department accounts for a large volume of "
 "retail customers in individual post offices, An Post also provide agency services for other companies including "
 "front line banking services and payment of utility bills etc. The Department has been advised by An Post that "
 "due to a heavy volume of business, Lucan Post Office experienced a greater than expected demand for cash in week "
 "ending 3rd September 2011 and as a result, was unable to deal with all of its customers. The nature and cause of "
 "this is not completely clear as yet. An Post made extra cash available at Lucan on Saturday and again on Monday "
 "to deal with the higher than usual level of financial transactions. An Post has advised that some 20 social "
 "welfare customers who could not be dealt with on the Friday or Saturday were dealt with on the following "
 "Monday.",
 "postal/financial services", ["near-miss"],
 "A Dáil written answer as kildarestreet.com's page holds it; left out: the site's 'Written answers', the date line "
 "('Wednesday, 14 September 2011', kept as `published`), the department line 'Department of Social Protection', "
 "the heading 'Social Welfare Payments' (kept as title), the time ('9:00 pm'), the photo/speaker lines ('Photo of "
 "Pearse Doherty Pearse Doherty (Donegal South West, Sinn Fein)', 'Photo of Joan Burton Joan Burton (Dublin West, "
 "Labour)'), the 'Link to this: Individually | In context' lines, the label 'Question 357:' before 'To ask' and the "
 "reference '[23580/11]'; no speaker named by a label. Kept as written: 'welfare claims' (for claimants), 'post "
 "office substations', 'more wide spread', 'An Post also provide', 'in week ending'. Cut before the paragraph "
 "opening 'An Post ...', which the excerpt breaks off (`truncated`). Near-miss: a post office that ran short of "
 "cash and could not pay some 20 customers until the Monday; no system, network or supply failed. Found with 'An "
 "Post computer system failure post offices unable to pay social welfare pensions Dáil', then 'Lucan Post Office "
 "greater than expected demand for cash week ending 3rd September 2011 An Post social welfare customers'. "
 + CHECKED.format(words="'Lucan Post Office', 'demand for cash', 2011-09-14 ('Lucan' in batch 36k's 1925 Lucan "
                  "power-station item and 'An Post' in lottery, Eircode and Storm Emma post-office answers: other "
                  "subjects)"),
 True, via="kildarestreet.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
