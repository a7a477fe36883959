#!/usr/bin/env python3
"""Batch 32c (session 33; helper gather33c): outages, a sixth round of the lane of batches 27c, 29c, 30c, 31c and 31f
— the Christmas Eve 1997 power cuts in Wales, with MANWEB as the supplier (a Commons ten minute rule motion of 4
February 1998 as TheyWorkForYou reproduces it), the January 2009 data loss of a social bookmarking site (Gnolia,
formerly Ma.gnolia; en.wikipedia.org as the page store holds it), the Post Office's Orkney-Shetland and
Orkney-mainland cable breakdowns of 21 November 1913 and 8 February 1914 (a Commons oral answer of 25 February 1914),
the collapse of the Independent Television Authority's Emley Moor mast that took Yorkshire Television's and BBC 2's
transmissions off the air (a Commons written answer of 27 March 1969; undated in the text) — and two near-misses (a
Dáil exchange of 29 November 2000 on an electricity red alert, the Tarbert station going down and interruptible
customers being switched off, told in general; the Dáil answer of 30 April 1964 on 999 calls not received during a
Cork fire on the night of 23 April 1964, with no loss of service established).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed. Written before any
extractor ran on a text of the batch (newskg was not run on them by this helper at all).
usage: batch32c.py [POOL_DIR] [--dry]   (default /tmp/gather33c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE, OIR_NOTICE
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33c/pool"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
TWFY = "https://www.theyworkforyou.com/debates/?id=1998-02-04a.1062.0"
R.append({"id": "hansard-commons-electricity-maintenance-of-supplies-manweb-wales-1998", "source": TWFY,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, motion for leave to bring in a bill (ten minute rule), "
                f"'Electricity (Maintenance of Supplies)', 4 February 1998 (as reproduced by TheyWorkForYou); text as "
                f"at {TWFY}",
 "published": "1998-02-04", "title": "Electricity (Maintenance of Supplies)",
 "text":
 "I beg to move,\n\n"
 "That leave be given to bring in a Bill to require electricity supply companies to compensate customers whose "
 "supply is interrupted and not restored within specified time periods. The House will already be well aware of the "
 "considerable problems experienced in northern and central Wales and elsewhere with regard to the breakdown of "
 "electricity supply during the Christmas period. I was fortunate to secure an Adjournment debate on the issue on 21 "
 "January, during which other hon. Members from Wales and elsewhere added their experiences of similar problems. I do "
 "not intend to repeat the detail of that debate, but it may be helpful to highlight some of the main themes.\n\n"
 "First, I remind the House that thousands of households in Wales lost their electricity supply over Christmas, "
 "hundreds were off for more than three days, dozens were off for as long as five days, and, in some instances, the "
 "loss was for as long as eight days. Although we criticise the performance of the supplier company, MANWEB, we "
 "recognise the strenuous efforts of its workers, who laboured in difficult weather to restore power. Likewise, "
 "although we criticise the company for having an inadequate facility to respond to telephone inquiries from those "
 "who lost their power supplies, we pay tribute to the staff who sacrificed their Christmas holidays to try to help "
 "out in the offices.\n\n"
 "The supply failures occurred on 24 December following a \"severe weather watch\" issued by the Meterological "
 "Office on 20 December warning of the dangers, particularly on Christmas eve. In areas where cables had been put "
 "underground or investment made in upgrading the supply lines, supplies were maintained, but thousands of homes "
 "lost supplies.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, Hansard as reproduced by TheyWorkForYou (page store)",
 "notes": "TheyWorkForYou's page as the page store holds it: the heading 'Electricity (Maintenance of Supplies)' "
          "(kept as title), the line '\u2013 in the House of Commons at 4:13 pm on 4 February 1998.' (kept as "
          "`published`), 'Alert me about debates like this' and the speaker line ('Photo of Mr Dafydd Wigley Mr "
          "Dafydd Wigley Leader and Party President, Plaid Cymru 4:13, 4 February 1998') left out, as batch 31f left "
          "out TheyWorkForYou's speaker lines, so no member is named in the text. Cut after '... thousands of homes "
          "lost supplies.', before 'Half the losses were because of tre', where the excerpt breaks off (`truncated`). "
          "Kept as written: 'Meterological Office', 'Christmas eve', the straight double quotes of the excerpt. "
          "MANWEB, Wigley, 'Maintenance of Supplies', 24 December 1997, 'severe weather watch': 0 in train/dev/test "
          "(by count), GATHERING.md (MANWEB only in batch 28c's name check, no MANWEB event used) and every gather "
          "script. The same Christmas Eve 1997 storm is named in passing in batch 29c's Northern Ireland committee "
          "report (train), as an undated second outage of Northern Ireland Electricity: another supplier, another "
          "place (doubtful only as the same storm; this text tells Wales and MANWEB).",
 "truncated": True})

R.append(wp("wp-gnolia", "Gnolia", "https://en.wikipedia.org/wiki/Gnolia",
 "Gnolia, named Ma.gnolia until 2009, was a social bookmarking web site with an emphasis on design, social features, "
 "and open standards. In January 2009, Gnolia lost members' bookmarks in a widely reported data loss incident. It "
 "relaunched as a smaller service several months later and was ultimately shut down at the end of 2010.\n\n"
 "Users could rate bookmarks and mark bookmarks as private. Unlike its main competitor Delicious, Ma.gnolia stored "
 "snapshots of bookmarked web pages. One feature that distinguished it from other similar web sites was the group "
 "feature, which allowed several users to share a common collection of bookmarks, managed by a selected number of "
 "group managers.\n\n"
 "The design of the web site allowed for integration of the service into other applications via both a REST API and "
 "an API similar to the Delicious API.\n\n"
 "Ma.gnolia supported open standards and was often among early adopters of these standards. The bookmarking service "
 "provided support for several Microformats: In July and August 2006, among other information, support for MicroID "
 "and XFN was announced on the Ma.gnolia blog. The announcements were well received by the community around online "
 "reputation management services.\n\n"
 "In December 2007, Ma.gnolia collaborated with Engagd to let users build attention profiles from their bookmarks. "
 "In March 2008, Ma.gnolia changed its join and sign-in pages to require users to sign up with a verified identity "
 "using OpenID. In August 2008, Ma.gnolia, among others, signed the OAuth 1.0 license.\n\n"
 "In August 2008, founder Larry Halff announced a ground-up rewrite of the service called M2. Parts of the new "
 "version were going to be provided under an open source license.",
 "internet/web service", ["outage"],
 "en.wikipedia.org as the page store holds it (a current rendering with '= title =' and '==section==' marks): the "
 "title line, the infobox lines ('Magnolia', 'Screenshot', 'Url: http://gnolia.com', 'Type', 'Registration', "
 "'Owner: Gnolia Systems', 'Launch Date: 2006', 'Current Status: Defunct') and the headings '==Open standards==' and "
 "'==M2 project==' cut (so the owner company is not in the text); cut after '... under an open source license.', "
 "before 'It was planned that custom installations of Ma.gnolia can ', where the excerpt breaks off (`truncated`; "
 "the article's section on the data loss lies beyond the excerpt). The page store's older en.wikipedia.org copy "
 "(with citation markers) left out, one text per page. Content of 2024 or later (the current rendering): CC BY-SA "
 "4.0. Gnolia, Ma.gnolia, Halff, Engagd: 0 in train/dev/test (by count), GATHERING.md and every gather script; "
 "Delicious names no corpus outage.", "US"))

HH = "https://api.parliament.uk/historic-hansard/"
ORK = HH + "commons/1914/feb/25/orkney-and-shetland-cable"
R.append({"id": "hansard-commons-orkney-shetland-cable-breakdowns-1914", "source": ORK,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, oral answers, 'Orkney and Shetland Cable', 25 February "
                f"1914; text as at {ORK}",
 "published": "1914-02-25", "title": "Orkney and Shetland Cable",
 "text":
 "asked the Postmaster-General when the breakdown of the cable between Orkney and Shetland occurred and between "
 "Orkney and the mainland; and if, in view of the inconvenience and loss which has been caused the two counties by "
 "the delay to the ordinary methods of communication, he will take into consideration the advisability of obtaining "
 "a second repair ship?\n\n"
 "The breakdown of the cable between Orkney and Shetland occurred on the 21st of November, and that between Orkney "
 "and the mainland on the 8th instant. Of the two Post Office cable ships the \"Alert\" is suitable only for channel "
 "work. The larger ship, the \"Monarch,\" has been engaged throughout the winter on urgent work on cables to "
 "Ireland. It was hoped to release her for dispatch to the Orkneys yesterday, but she has unfortunately met with an "
 "accident and must be docked. I am assured that the only private cable ship available is the \"Telconia,\" and I "
 "have arranged for her to be chartered for dispatch to the Orkneys at the earliest possible moment.\n\n"
 "Can the right hon. Gentleman say why there has been so long a delay in carrying out the repair of the cable "
 "between Orkney and Shetland?\n\n"
 "We had to repair the cables with Ireland. The weather was extremely stormy, and the work, I understand, has to be "
 "carried on from day to day. We have arranged for the \"Monarch\" to go and repair the cable to Orkney.",
 "sector": "telecommunications/telegraph", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, historic Hansard (page store)",
 "notes": "The historic Hansard page as the page store holds it: the reference line 'HC Deb 25 February 1914 vol 58 "
          "cc1771-2' and the speaker lines ('80. Mr. CATHCART WASON', 'Mr. HOBHOUSE', twice each) left out, as "
          "batches 14, 28c, 29c and 31f did, so no member or minister is named in the text. The whole item kept "
          "(`truncated` false). Kept as written: '\"Monarch,\"', 'the 8th instant', 'the Orkneys'. Orkney, "
          "Cathcart Wason, Telconia, the address: 0 in train/dev/test (by count), GATHERING.md and every gather "
          "script; Shetland names only batch 16c2's 2022 power outage (another event, another century).",
 "truncated": False})

EMLEY = HH + "written_answers/1969/mar/27/ita-mast-emley-moor-collapse"
R.append({"id": "hansard-written-answer-ita-mast-emley-moor-collapse-1969", "source": EMLEY,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, written answers, 'I.T.A. Mast, Emley Moor (Collapse)', "
                f"27 March 1969; text as at {EMLEY}",
 "published": "1969-03-27", "title": "I.T.A. Mast, Emley Moor (Collapse)",
 "text":
 "asked the Postmaster-General if he will make a statement on the long- and short-term effects of the collapse of "
 "the Independent Television Authority mast at Emley Moor including the effects on present and future transmission "
 "of colour television.\n\n"
 "The I.T.A. mast at Emley Moor served the main station used to transmit independent television in V.H.F. and on "
 "the 405-line definition standard in the area covered by the Authority's contract with Yorkshire Television. The "
 "population living within the transmission area is, according to the Authority, about 6 million. B.B.C. 2 was also "
 "transmitted, in U.H.F. and on the 625-line definition standard, from the mast. This transmission, together with "
 "those from two other stations dependent on it was, the B.B.C. states, available to some 5 million people. "
 "Emergency measures taken by both broadcasting authorities have restored service to about half the population in "
 "each case.\n\n"
 "Plans are in hand to erect a further temporary mast 680 ft. high on adjacent land. This mast will be in service "
 "the I.T.A. tells me within a few months' time if all goes well. It will be equipped to carry the V.H.F. 405-line "
 "service of independent television; the U.H.F. 625-line versions of B.B.C. 1 and independent television; and "
 "B.B.C. 2. The 405-line version of independent television and B.B.C. 2 will then be available to a substantially "
 "greater number of people than under the present emergency arrangements. On this timetable the 625-line versions "
 "of B.B.C. 1 and independent television, due to start early next year at latest, should not be delayed. However, "
 "their population coverage at the start will have to be reduced. The I.T.A. does not expect the final replacement "
 "of the collapsed mast to take less than 18 months.",
 "sector": "media/broadcasting", "region": "non-US", "topics": ["outage"],
 "origin": "UK Parliament, historic Hansard (page store)",
 "notes": "The historic Hansard page as the page store holds it: the reference line 'HC Deb 27 March 1969 vol 780 "
          "cc343-4W', the speaker lines 'Mr. Bryan' and 'Mr. Stonehouse' and the page's closing navigation line "
          "'Forward to' left out (no member or minister named in the text); the title is built from the page address "
          "('ita-mast-emley-moor-collapse'), the page's own heading not being in the excerpt (doubtful: its "
          "punctuation supplied). The whole answer kept (`truncated` false). Kept as written: 'I.T.A.', 'B.B.C. 2', "
          "'V.H.F.', 'U.H.F.', '680 ft.', 'dependent on it was, the B.B.C. states,'. The text does not date the "
          "collapse. Emley Moor, 'Independent Television Authority', 'I.T.A.': 0 in train/dev/test (by count), "
          "GATHERING.md and every gather script; Yorkshire Television names batch 31j's ITV plc text (dev, the "
          "broadcaster's takeovers; another topic, no mast or outage).",
 "truncated": False})

# ---- near-miss --------------------------------------------------------------------------------------------------
OIR = "https://www.oireachtas.ie/ga/debates/debate/dail/2000-11-29/17/"
R.append({"id": "oireachtas-dail-electricity-generation-tarbert-red-alert-2000", "source": OIR,
 "licence": "Oireachtas (Open Data) PSI Licence (CC BY 4.0)",
 "attribution": f"Dáil Éireann debate, other questions, 'Electricity Generation', 29 November 2000, {OIR_NOTICE}; "
                f"text as at {OIR}",
 "published": "2000-11-29", "title": "Electricity Generation",
 "text":
 "27 Mr. Stagg asked the Minister for Public Enterprise if the ESB has advised her, or officials in her Department, "
 "of any difficulties within the past month with electricity supply in view of the existing electricity generating "
 "capacity; and if she will make a statement on the matter. [27653/00]\n\n"
 "I refer the Deputy to my reply to Priority Question No. 22, which I gave earlier.\n\n"
 "Is the Minister aware that a red alert occurred last week; that the Tarbert station, with 500 megawatts, went down "
 "last Tuesday; that Poolbeg, with 270 megawatts, is being overhauled and that it is over the deadline for being "
 "back in commission; that companies that have special contracts with the ESB for electricity supply are being "
 "switched off now to prevent blackout; that the imported generators are all already in full use; that no new "
 "station will come onstream until 2002; and that we remain dependent on the interconnector with Northern Ireland?"
 "\n\n"
 "I am aware of the red alert and Poolbeg. I read out the background note on Poolbeg. It was most unfortunate what "
 "happened there. The major problem there occurred with welding in the boiler tubes. The outside contractor has "
 "accepted full responsibility for the problem. The ESB aims to have that unit operational again by the end of "
 "December or early January. Deputy Stagg will be glad to know, because he was involved in the IVO in Edenderry "
 "\u2013 and I am delighted Deputy Dukes accepted the invitation to come along to it \u2013 that that has come "
 "onstream into the grid exactly six months ahead of schedule, which was a remarkable achievement. It will provide "
 "122 megawatts to the grid.\n\n"
 "If a person tells me something, I usually take him at his word. The chairman of the ESB gave me a categoric "
 "assurance that there would not be a shortfall this winter.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["near-miss"],
 "origin": "Houses of the Oireachtas, oireachtas.ie (page store)",
 "notes": "The oireachtas.ie page (its Irish-interface address, English record) as the page store holds it: the "
          "interface lines 'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', the 'Dáil Éireann díospóireacht "
          "- Wednesday, 29 Nov 2000' and 'Vol. 527 No. 1' lines, the heading 'Other Questions. - Electricity "
          "Generation.' (kept as title without its prefix) and the name and 'Ceist:' lines ('Emmet Stagg') left "
          "out; the question's own number '27' kept where it stands inline. Cut after '... would not be a shortfall "
          "this winter.', before 'Customers are be', where the excerpt breaks off (`truncated`). Kept as written: the "
          "en dashes, 'onstream', 'categoric'. Near-miss: a generating station going down and interruptible "
          "'special contracts' customers 'being switched off now', told in general and undated, with no loss of "
          "supply to customers told as one event. Tarbert, Poolbeg, Edenderry, 'red alert' with the ESB, "
          "27653/00: 0 in train/dev/test (by count), GATHERING.md (a 'red alert' only in batch 30's Luzon news, "
          "not used) and every gather script; the ESB's other items (1966 pickets, Storm Éowyn 2025, 2012 planned "
          "interruptions) are other events.",
 "truncated": True})

DAIL64 = "https://www.oireachtas.ie/en/debates/debate/dail/1964-04-30/29/"
R.append({"id": "oireachtas-dail-cork-emergency-telephone-call-system-999-1964", "source": DAIL64,
 "licence": "Oireachtas (Open Data) PSI Licence (CC BY 4.0)",
 "attribution": f"Dáil Éireann debate, oral answers, 'Cork Emergency Telephone Call System', 30 April 1964, "
                f"{OIR_NOTICE}; text as at {DAIL64}",
 "published": "1964-04-30", "title": "Cork Emergency Telephone Call System",
 "text":
 "asked the Minister for Posts and Telegraphs whether his attention has been drawn to reports that on the occasion "
 "of a recent fire at Drawbridge Street, Cork in which a woman lost her life members of the public and Gardaí who "
 "dialled the number for such emergencies, viz., 999 got no reply; if he has investigated the matter; and if he will "
 "make a statement.\n\n"
 "asked the Minister for Posts and Telegraphs if he will make a statement on the failure of the 999 telephone "
 "emergency call system to operate on the occasion of a fire in Drawbridge Street, Cork, on the night of 23rd April, "
 "in which a citizen lost her life.\n\n"
 "With your permission, A Cheann Comhairle, I propose to take Questions Nos. 24 and 25 together.\n\n"
 "The emergency calls in question were not received at the exchange. From the information available to the "
 "Department, it would appear that they were attempted at and shortly before 12.20 a.m. Calls on the 999 system had "
 "been received at 9.21 p.m., 10.08 p.m., 11.30 p.m. and 11.36 p.m., and further calls were received at 12.34 a.m. "
 "and 12.36 a.m. It is, therefore, established that the system was functioning normally both shortly before and "
 "shortly after the time of the unsuccessful attempts.\n\n"
 "At 2.0 a.m. it was found that a mechanical fault had developed on part of the apparatus. The fault was cleared "
 "immediately.\n\n"
 "There is no way of knowing whether the mechanical defect existed at 12.20 a.m. If it did, it would not by itself "
 "have prevented emergency signals being received and answered. If the defect did not exist, the system could "
 "still have been rendered temporarily ineffective by callers dialling 999 and then leaving the receivers off the "
 "rests, thus producing an engaged condition on the emergency circuits.",
 "sector": "telecommunications/telephone", "region": "non-US", "topics": ["near-miss"],
 "origin": "Houses of the Oireachtas, oireachtas.ie (page store)",
 "notes": "The oireachtas.ie page as the page store holds it: 'Skip to main content', 'Normal View', the 'Dáil "
          "Éireann debate - Thursday, 30 Apr 1964' and 'Vol. 209 No. 6' lines, the heading 'Ceisteanna—Questions. "
          "Oral Answers. - Cork Emergency Telephone Call System.' (kept as title without its prefix) and the bare "
          "question-number lines '24.' and '25.' left out, as batch 31f did (no Deputy or Minister named in the "
          "excerpt). Cut after '... an engaged condition on the emergency circuits.', before 'It is unfortunately the "
          "case that the 999 system is seriously abused by memb', where the excerpt breaks off (`truncated`). Kept "
          "as written: 'viz., 999', '2.0 a.m.', 'off the rests'. Near-miss: emergency calls that were not received "
          "during a fire, with the system 'functioning normally both shortly before and shortly after' and a "
          "mechanical fault found and cleared at 2.0 a.m. that may not have existed at the time: no loss of "
          "service established (as batch 29c's and 31f's left-out 1935 Wimpole Street call). Looked at and left "
          "out in an earlier batch under that session's 'before 2000' rule (GATHERING.md, the 1964 Cork 999 "
          "question), never used. Drawbridge Street, 'Cork Emergency Telephone', 1964-04-30: 0 in train/dev/test "
          "(by count) and every gather script.",
 "truncated": True})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
