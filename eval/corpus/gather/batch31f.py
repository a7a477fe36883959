#!/usr/bin/env python3
"""Batch 31f (session 32, round 2; helper gather32f): outages, a fifth round of the lane of batches 27c, 29c, 30c and
31c, from UK Parliament and Houses of the Oireachtas records — the Westminster Electric Supply Company's lights failing
in the House of Commons through a melted main fuse (Monday 8 May 1893; a Commons oral answer of 11 May 1893), the Post
Office's telegraph wires cut by the storms of November and December 1901 (a Commons oral answer of 21 January 1902),
telephones put out of order by the storms and floods of late 1954 (a Commons oral answer of 22 December 1954 as
TheyWorkForYou reproduces it), the ESB's shedding of electricity loads in the Dublin area on 9 May 1966 when its
generating stations were picketed (a Dáil oral answer of 24 May 1966), two cable faults that cut County Laois
exchanges off from Portlaoise on 23 and 24 November 1972 (Dáil written answers of 14 December 1972) — and a near-miss
(the District Railway's repeated breakdowns and stoppages during its electrification, counted, not told apart; a
Commons oral answer of 20 March 1906).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; page chrome, column references,
question numbers and speaker lines left out (as batches 14, 28c and 29c); where an excerpt breaks off, the text is cut
at the last full sentence before it (`truncated`). Edits per item in `notes`; no word added or changed. Written before
newskg ran on any text of the batch (and newskg was not run on them by this helper at all).
usage: batch31f.py [POOL_DIR] [--dry]   (default /tmp/gather32f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE, OIR_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32f/pool"

HH = "https://api.parliament.uk/historic-hansard/"
OIR = "https://www.oireachtas.ie/en/debates/debate/dail/"
SPEAKERS = ("The Hansard reference line, the column reference and the speaker lines (with constituencies and "
            "question numbers) left out, as batches 14, 28c and 29c did, so no member or minister is named in the "
            "text. ")
OIR_CHROME = ("The oireachtas.ie page lines 'Skip to main content', 'Normal View', the 'Dáil Éireann debate - ...' "
              "and 'Vol. ... No. ...' lines and the heading (kept as title) left out, and the bare question-number "
              "lines ('{nums}') left out with them (the record names no Deputy or Minister in the excerpt). ")


def hh(id, path, published, title, kind, text, sector, topics, notes, truncated=True):
    """A historic Hansard item (Open Parliament Licence v3.0): notice, House and kind, title, date, address."""
    u = HH + path
    return {"id": id, "source": u, "licence": "Open Parliament Licence v3.0",
            "attribution": f"{OPL_NOTICE}. Hansard, {kind}, '{title}', {published}; text as at {u}",
            "published": published, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics.split(","), "origin": "UK Parliament, historic Hansard (page store)", "notes": notes,
            "truncated": truncated}


def dail(id, path, published, title, kind, text, sector, topics, notes, truncated=True):
    """A Dáil Éireann record on oireachtas.ie (Oireachtas (Open Data) PSI Licence, CC BY 4.0, as batches 15e-19a)."""
    u = OIR + path
    return {"id": id, "source": u, "licence": "Oireachtas (Open Data) PSI Licence (CC BY 4.0)",
            "attribution": f"Dáil Éireann debate, {kind}, '{title}', {published}, {OIR_NOTICE}; text as at {u}",
            "published": published, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics.split(","), "origin": "Houses of the Oireachtas, oireachtas.ie (page store)",
            "notes": notes, "truncated": truncated}


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hh("hansard-commons-electric-light-house-westminster-electric-supply-company-1893",
 "commons/1893/may/11/the-electric-light-at-the-house-of", "1893-05-11",
 "The Electric Light At The House Of Commons", "House of Commons, oral answers",
 "I beg to ask the First Commissioner of Works what was the cause of the temporary failure of the electric light on "
 "Monday night last; and whether the failure was the result of any defect of the apparatus within the precincts of "
 "the House, or whether it was due to any default on the part of the company which supplies the light?\n\n"
 "The temporary failure of the electric light in some parts of the House on Monday last occurred in the case only "
 "of those lights supplied by the Westminster Electric Supply Company, and not in those connected with engines in "
 "the House. The failure was due to the melting by the electric current of one of the main safety fuses at the "
 "junction of the company's main cables with a main in the building. The current does not appear to have been "
 "abnormally strong. The fuse, therefore, which was originally supplied by the company must either have been "
 "originally too weak, or have been weakened by use. It is now proposed to replace it by one with a greater fusing "
 "margin.",
 "utilities/electricity", "outage",
 SPEAKERS + "The page store's excerpt: 'HC Deb 11 May 1893 vol 12 cc636-7' and 'SIR MARK STEWART (Kirkcudbright)' "
 "left out (the answering minister is not named in the excerpt); the title is the page address's words, the "
 "page's own heading not being in the excerpt (doubtful: 'House Of Commons' supplied from the address's "
 "'house-of' and the question's subject). Whole item kept (`truncated` false). Westminster Electric, 1893, "
 "the address: 0 in train/dev/test (by count), GATHERING.md and every gather script; batch 29c's 1927 answer on the "
 "House's lighting is another failure (another supply company, 34 years later).",
 truncated=False))

R.append(hh("hansard-commons-telegraph-breakdowns-storms-1902",
 "commons/1902/jan/21/telegraph-breakdowns", "1902-01-21", "Telegraph Breakdowns", "House of Commons, oral answers",
 "I beg to ask the Secretary to the Treasury, as representing the Postmaster General, if he will state "
 "approximately the cost that the Telegraph and Telephone Department of the Post Office has been put to in "
 "repairing the damage done to the overhead wires by the storms which took place in November and December last, "
 "and the the length of delay which has occurred in the transmission of telegraphic messages between London and "
 "Glasgow, London and Liverpool, London and Newcastle-on-Tyne, London and Cardiff, Newcastle-on-Tyne and Cardiff, "
 "Newcastle-on-Tyne and Glasgow, and vice versa, caused by the said storms.\n\n"
 "The following Question also stood on the Paper on the same subject.\n\n"
 "To ask the Secretary to the Treasury, as representing the Postmaster General, if he will state how many days and "
 "hours the telegraphic service between London and the principal commercial centres of the Country were "
 "interrupted during the storms of November and December; what is the estimated loss of revenue from each day's "
 "interruption; what has been the cost of repairing the wires and renewing the telegraphic service; and what "
 "measures are being taken to prevent a recurrence of similar interruptions in future.\n\n"
 "The November storm caused no total interruption between London and any commercial centre in the country, except "
 "intermittently during the night of the 13th, with places in Scotland. On six days in the month, however, the "
 "delay on the Glasgow circuits amounted to one hour and upwards; and this was also the case on four days in the "
 "month on the Newcastle circuits, on two days on the Liverpool circuits, and on one day on the Cardiff circuits. "
 "In December, the wires to Glasgow, Liverpool, and Newcastle, were totally interrupted for the greater part of "
 "four days. Cardiff was not entirely cut off.",
 "telecommunications/telegraph", "outage",
 SPEAKERS + "The page store's excerpt: 'HC Deb 21 January 1902 vol 101 cc466-8', '* MR. RENWICK "
 "(Newcastle-on-Tyne)', 'SIR JOHN LENG' and 'MR. AUSTEN CHAMBERLAIN' left out; the record's own line 'The following "
 "Question also stood on the Paper on the same subject.' kept. Cut after 'Cardiff was not entirely cut off.', "
 "before 'On the direct wires between Newcastle and Cardiff, the interruptions in November were fr', where the "
 "excerpt breaks off (`truncated`). Kept as written: 'the the length', 'Country'. 'Telegraph Breakdowns', the "
 "address, 'Telegraph and Telephone Department', 'Newcastle-on-Tyne' with Cardiff: 0 in train/dev/test (by "
 "count), GATHERING.md and every gather script; the corpus's Post Office telephone items (1906, 1905, 1968, 1953) "
 "are other events."))

TWFY = "https://www.theyworkforyou.com/debates/?id=1954-12-22a.2745.2"
R.append({"id": "hansard-commons-telephones-storm-damage-1954", "source": TWFY,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, oral answers to questions (Telephone Service), 'Storm "
                f"Damage', 22 December 1954 (as reproduced by TheyWorkForYou); text as at {TWFY}",
 "published": "1954-12-22", "title": "Storm Damage",
 "text":
 "asked the Assistant Postmaster-General how many telephones were put out of commission in the recent storms and "
 "floods; and how many of these have been repaired to the nearest available date.\n\n"
 "Rather more than 70,000 telephones were put out of order in the recent storms and floods, over 60,000 of them "
 "being in Wales and the South-West of England, and nearly 200 small exchanges were temporarily isolated. All "
 "recorded faults arising from storm damage have now been cleared. I should like to take this opportunity of "
 "thanking the engineering staff who have worked so hard to complete this great task.\n\n"
 "Everyone in the House will wish to be associated with that tribute which the Minister has paid to the engineers. "
 "Since his answers to this and the last Question show that the Post Office engineers are giving him unstinted and "
 "loyal service, will he not now generously reconsider the claim which they are making for a revaluation of their "
 "highly-skilled engineering work in the Post Office?\n\n"
 "The hon. Member has asked an entirely different question. We have become accustomed to unstinted service from "
 "the Post Office engineers over many, many years.",
 "sector": "telecommunications/telephone", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, Hansard via theyworkforyou.com (page store)",
 "notes": "TheyWorkForYou's page as the page store holds it: the heading 'Storm Damage' (kept as title), the line "
          "'Oral Answers to Questions — Telephone Service – in the House of Commons at 12:00 am on 22 December "
          "1954.' (date kept as `published`), 'Alert me about debates like this' and the four speaker lines ('Photo "
          "of Dr Horace King Dr Horace King , Southampton, Test ...', 'Photo of Mr David Gammans Mr David Gammans , "
          "Hornsey', twice each) left out, as batches 14, 28c and 29c left speaker lines out, so the text starts "
          "with the question's words 'asked the Assistant Postmaster-General ...'. Whole item kept (`truncated` "
          "false). '70,000 telephones', 'Storm Damage', 'small exchanges', Gammans, Horace King, 1954-12-22: 0 in "
          "train/dev/test (by count), GATHERING.md and every gather script; the corpus's other storm outages (1987, "
          "1990, 1998, 2013 ...) are other events.",
 "truncated": False})

R.append(dail("oireachtas-dail-esb-power-shut-down-pickets-1966", "1966-05-24/3/", "1966-05-24",
 "ESB Power Shut-Down", "Ceisteanna—Questions. Oral Answers",
 "asked the Minister for Transport and Power the cause of the total shut-down of power by the ESB on 9th May 1966 in "
 "view of the fact that the turbines and generators were operating normally; and if he will make a statement on the "
 "matter.\n\n"
 "asked the Minister for Transport and Power if he is aware of the considerable public disquiet at the extensive "
 "shedding of electricity loads in the Dublin area on Monday 9th May, 1966, having regard to the considerable "
 "potential in the grid at the time; if he will hold a public inquiry into the matter to determine whether the "
 "discontinuance of electricity supplies in several areas was in fact technically necessary; and if he will make a "
 "statement on the matter.\n\n"
 "I propose, with your permission, a Cheann Comhairle, to take Questions Nos. 2 and 3 together.\n\n"
 "The cause of the shedding of electricity loads in many areas on the morning of 9th May was due to the placing of "
 "pickets simultaneously on all generating stations that morning. The Board's other manual employees refused to "
 "pass the pickets and the manual staff who were already on duty demanded as a condition of making the plant safe "
 "that it be completely shut down by midday. The position was made worse by the poor response to the Board's prior "
 "appeal for load reduction. It was, therefore, not possible for the ESB to maintain supplies to all areas.\n\n"
 "The ESB is a responsible public body appointed under statute of the Oireachtas and I deprecate the unwarranted "
 "and scandalous reflection on the Board which the Deputies' questions imply.",
 "utilities/electricity", "outage",
 OIR_CHROME.format(nums="2.', '3.") + "The page store holds the page with search highlights in its address "
 "('?highlight...'); the address is recorded without them. Heading as the page gives it: 'Ceisteanna—Questions. "
 "Oral Answers. - ESB Power Shut-Down.' Cut after '... which the Deputies' questions imply.', before the "
 "supplementary 'Is the Minister aware that several competent electrical engineers have disagreed ...', whose "
 "sentence the excerpt breaks off ('and no ques', `truncated`). 'ESB Power Shut', '9th May', 'picket' (outage "
 "sense), 1966-05-24: 0 in train/dev/test (by count), GATHERING.md and every gather script; the corpus's ESB "
 "texts (Storm Éowyn 2025, a 2006 committee, a 2005 news item) are other events. The page store also holds the "
 "Minister's later answer on the same day's failure (Dáil, 7 December 1966, 'Electricity Supply Failure'): not "
 "used, one text per event."))

R.append(dail("oireachtas-dail-written-answers-laois-telephone-cable-faults-1972", "1972-12-14/141/", "1972-12-14",
 "Telephone Service", "Written Answers",
 "asked the Minister for Posts and Telegraphs the reason for the delay in providing telephone service for applicants "
 "in the village of Gneeveguilla, County Kerry; and when service will be provided.\n\n"
 "The two applicants in the village of Gneeveguilla have accepted terms which were quoted recently and service will "
 "be provided as soon as possible. My Department was not in a position to attend to the applications earlier "
 "because of the volume of other urgent engineering work on hands.\n\n"
 "asked the Minister for Posts and Telegraphs the reason for the long delay in dealing with an application for a "
 "telephone from a firearms dealer and business man in County Cork (name supplied).\n\n"
 "The reason is pressure of other urgent engineering work in the area.\n\n"
 "asked the Minister for Posts and Telegraphs if he is aware that 250 telephone subscribers in County Laois were "
 "without service recently and if he will state the reason for this and ensure that such occurrences are not "
 "frequent.\n\n"
 "Service between Portlaoise and a number of exchanges in County Laois was interrupted by a cable fault between "
 "Mountmellick and Portlaoise on 23rd November last and between Abbeyleix and Portlaoise on 24th November last. "
 "Local calling between subscribers at the exchanges concerned was not affected. Repairs in each case were "
 "completed on the day the faults occurred.\n\n"
 "Occasional faults in underground cables are unavoidable. The precise cause or causes of the two faults in "
 "question have not yet been definitely determined.",
 "telecommunications/telephone", "outage",
 OIR_CHROME.format(nums="131.', '132.', '133.") + "Heading as the page gives it: 'Written Answers. - Telephone "
 "Service.' The excerpt's first three written answers kept (131-133: Gneeveguilla, a Cork applicant, County "
 "Laois), so the text reaches the corpus's 150-word floor; cut before '134. asked the Minister for Posts and "
 "Telegraphs when a decision was originally taken to convert Summerhill ...', whose sentence the excerpt breaks off "
 "(`truncated`). Kept as written: 'on hands', 'business man'. Mountmellick, Portlaoise, Abbeyleix, Gneeveguilla, "
 "1972-12-14: 0 in train/dev/test (by count), GATHERING.md and every gather script; the two train files naming "
 "Laois are on other topics (the SBCI, enet broadband)."))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(hh("hansard-commons-district-railway-breakdowns-1906",
 "commons/1906/mar/20/accidents-on-the-district-railway", "1906-03-20", "Accidents On The District Railway",
 "House of Commons, oral answers",
 "I beg to ask the President of the Board of Trade whether his attention has been directed to the public "
 "inconvenience caused by repeated breakdowns and stoppages on the District Railway; whether he can say what these "
 "occurrences arise from; and whether he will use his influence with the company to secure the provision of plant "
 "and rolling stock which will insure the proper running of the trains.\n\n"
 "Yes, Sir, I am aware that the public have suffered inconvenience from the circumstances to which the noble Lord "
 "draws attention, and I have communicated with the Railway Company, who have expressed their great regret for "
 "these delays, and the consequent disturbance of the train service. They state that it has been a task of very "
 "great difficulty to substitute electric for steam traction on the whole of the District Railway, and on other "
 "allied and connected lines; to increase the frequency and speed of the train services; to put into service an "
 "entire new equipment of rolling stock, and at the same time to introduce a complete system of automatic "
 "signalling, without interrupting the train service for a single day. It is added that the difficulties are being "
 "steadily overcome, and that the number of delays has now been greatly reduced. The company explains that the "
 "stoppages and delays have been mainly caused by a number of small (remediable) defects, in the mechanical and "
 "electrical equipments, and by the necessity of training, by experience, in new work a large number of men in "
 "various grades. They are making every effort to remedy the defects, and hope that the train services will soon "
 "be worked with no more than the normal percentage of failures, which must occur on every railway on which a train "
 "mileage of such density is run.",
 "transport/rail", "near-miss",
 SPEAKERS + "The page store's excerpt: 'HC Deb 20 March 1906 vol 154 cc218-9', 'LORD CASTLEREAGH (Maidstone)' and "
 "'THE PRESIDENT OF THE BOARD OF TRADE (Mr. LLOYD-GEORGE,) Carnarvon Boroughs' left out. Whole item kept "
 "(`truncated` false). Kept as written: 'insure'. District Railway, Castlereagh, the address: 0 in "
 "train/dev/test (by count), GATHERING.md and every gather script; the corpus's London Underground texts (1970, "
 "1992-93) are other events. Near-miss: 'repeated breakdowns and stoppages', counted, not told apart, undated.",
 truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
