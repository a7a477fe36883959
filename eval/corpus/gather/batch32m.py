#!/usr/bin/env python3
"""Batch 32m (session 33, round 3; helper gather33m): outages, an eighth round of the lane of batches 27c, 29c, 30c,
31c, 31f, 32c and 32f. The page store's Wikipedia and parliamentary outage items are nearly all used; this round took
three UK Commons items from the historic Hansard that no earlier batch had used, one of them a reserve batch 32f
named ('left for a later round'), a Welsh Government written statement (Open Government Licence v3.0) and a US Inspector General's summary (public
domain) found on an Oversight.gov listing page, a place the lane had not used:
  - the West Midlands Gas Board's cutting off of gas to industrial firms on 16 November 1965 after a breakdown at
    Coleshill gas works, with the electricity boards' disconnections of the same week (a private notice question of
    17 November 1965);
  - the snowstorm of Saturday 11 January 1913 that broke 1,200 subscribers' telephone circuits in Nottingham City
    (an oral answer of 3 February 1913);
  - the power failure of the signalling at Cardiff Central signal box on 22 March 2011 that stopped all train services
    into Cardiff (Network Rail's equipment; the Deputy First Minister's written statement of 31 March 2011);
  - the 22-hour power outage at the VA's Hines Information Technology Center of 4 May 2023, an employee having
    activated a circuit breaker (the VA Office of Inspector General's summary of its evaluation);
  and one near-miss: the London-Paris telephone delays of early 1928, four of seven submarine cables interrupted in
  fog, the service slowed but not lost (an oral answer of 1 March 1928).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; the reference lines and speaker
lines are left out as batches 14-32f did, and a text is cut at the last full sentence before its excerpt breaks off
(`truncated`). Edits per item in `notes`; no word added or changed. Written before any extractor ran on a text of the
batch (newskg was not run on them at all).
usage: batch32m.py [POOL_DIR] [--dry]   (default /tmp/gather33m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33m/pool"
HH = "https://api.parliament.uk/historic-hansard/"
ORIGIN = "UK Parliament, historic Hansard (page store)"


def hh(id, path, published, title, kind, text, sector, topics, notes, truncated):
    url = HH + path
    return {"id": id, "source": url, "licence": "Open Parliament Licence v3.0",
            "attribution": f"{OPL_NOTICE}. Hansard, House of Commons, {kind}, '{title}', {published}; text as at {url}",
            "published": published, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics, "origin": ORIGIN, "notes": notes, "truncated": truncated}


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hh(
 "hansard-commons-gas-and-electricity-supplies-west-midlands-1965", "commons/1965/nov/17/gas-and-electricity-supplies",
 "1965-11-17", "Gas and Electricity Supplies", "private notice question",
 "(by Private Notice) asked the Minister of Power whether he is aware of the effects that the gas and electricity "
 "power cuts have now had on industrial firms and what action he is taking to remedy the situation.\n\n"
 "A number of firms in the area of the West Midlands Gas Board were asked yesterday to stop taking gas as a necessary "
 "measure in the interests of public safety. The Board is restoring normal supplies today, and all industry in the "
 "West Midlands should have full supplies for the night shift. The electricity boards were obliged in the late "
 "afternoons on Monday and Tuesday to disconnect some consumers in certain areas for short periods. Both the "
 "electricity and gas industries are making every possible effort to bring in the additional capacity which is "
 "currently being installed or overhauled and will thus be better able to deal with a repetition of severe weather "
 "and high demand later in the winter.\n\n"
 "While thanking the Minister for the hope that he holds out at the end of the present crisis, may I ask him whether "
 "he is aware that gas supplies were cut off from the great Midlands motor car manufacturers without any previous "
 "warning in the middle of yesterday, thereby causing many thousands of men to be put off? Will he tell the House "
 "what was the cause of this and what steps he is taking to ensure that this situation is not repeated?\n\n"
 "The cause was a major breakdown at Coleshill gas works and the late commissioning of new plant at Tipton, which "
 "meant that the West Midlands Gas Board was unable to cope with an increased demand of 40 per cent. It is not the "
 "case that firms were not warned; they were warned. Only when there was no response to that warning was it "
 "necessary to cut certain supplies.\n\n"
 "Could not the Electricity Generating Board import electrical current from Germany?",
 "utilities/gas", ["outage"],
 "The historic Hansard page as the page store holds it: the reference line 'HC Deb 17 November 1965 vol 720 "
 "cc1146-9' and the speaker lines 'Mr. Grieve' (twice), 'The Minister of Power (Mr. Frederick Lee)', 'Mr. Lee' and "
 "'Mr. Gresham Cooke' left out, as batches 14-32f cut speaker lines, so the text opens with the question's own "
 "'(by Private Notice) asked ...' (no member or minister named in the text); each speech a paragraph. The title is "
 "built from the page address ('gas-and-electricity-supplies'), the page heading not being in the excerpt "
 "(doubtful: its capitals supplied). Cut after 'Could not the Electricity Generating Board import electrical "
 "current from Germany?', before 'The German factories close at four o'clock in the aftern', where the excerpt "
 "breaks off (`truncated`). Kept as written: '40 per cent', 'put off', 'the great Midlands motor car "
 "manufacturers'. Found with 'historic-hansard Coleshill gas plant breakdown November 1965 West Midlands supplies "
 "cut'; batch 32f (round 2 of this session) named this answer in its 'not used' list as the November 1965 Coleshill "
 "breakdown, 'left for a later round' (its own text is the January 1966 breakdown of the same board, another event "
 "two months later). 1965/nov/17, 'gas-and-electricity-supplies', 'Gresham Cooke', 'motor car manufacturers', "
 "'Electricity Generating Board import': 0 in train/dev/test (by count), GATHERING.md and every gather script; "
 "'Grieve' names one test file by count (a Wikinews obituary, another subject); Coleshill, Tipton and the West "
 "Midlands Gas Board name only batch 32f's 1966 text (round 2; another breakdown); the North Thames Gas Board's "
 "pressure reduction of 15 November 1965 (the same cold spell, another board) was left out by batch 31f.",
 True))

R.append(hh(
 "hansard-commons-nottingham-telephone-snowstorm-1913", "commons/1913/feb/03/telephone-service",
 "1913-02-03", "Telephone Service", "oral answer",
 "asked how many telephone wires were broken during the snowstorm in Nottingham on Saturday, 11th January; how many "
 "were still unrepaired on Saturday, 18th January; how many were still unrepaired on Saturday, 25th January; and "
 "how many men were employed on the repairs?\n\n"
 "On Saturday the 11th January 1,200 subscribers' circuits in Nottingham City and more than 500 circuits in "
 "connection with neighbouring exchanges were broken, while main lines also suffered severe damage; and on Monday, "
 "the 13th January, many wires already strained during the snowstorm were broken by the frost which followed. The "
 "work of repairing the damage was begun on Sunday morning, when poles were removed from roads, roofs and other "
 "dangerous positions. Main lines, fire wires, public service wires and doctors' circuits were the next to receive "
 "attention, but a thick fog on Monday delayed the work. In Nottingham City 500 subscribers' circuits were still "
 "unrepaired on the 18th January and 170 on the 25th January, by which date nearly all the circuits connected with "
 "neighbouring exchanges had been put right. Altogether 130 men were engaged on the work of restoration in "
 "Nottingham and the neighbourhood, of whom the number employed in Nottingham City varied from thirty-eight on "
 "Sunday, the 13th January, to seventy-six on Saturday, the 25th January.\n\n"
 "May I ask the right hon. Gentleman if he is aware that on the occasion of the last great storm sufficient labour "
 "was got in and the repairs to the telephone under private management promptly and satisfactorily executed?\n\n"
 "No, Sir.\n\n"
 "Will the right hon. Gentleman kindly satisfy himself of that, and would he say whether any consideration other "
 "than that of the speedy repair of the telephones influences him in dealing with this matter?\n\n"
 "No other consideration is taken into account.",
 "telecoms/telephone", ["outage"],
 "The historic Hansard page as the page store holds it: the reference line 'HC Deb 03 February 1913 vol 47 "
 "cc1788-90', the question-number and speaker line '58. Sir J. D. REES' and the speaker lines 'Mr. HERBERT SAMUEL' "
 "(three times) and 'Sir J. D. REES' (twice) left out, as batches 14-32f did, so the text opens with the question's "
 "own 'asked how many ...' (no member or Postmaster-General named in the text); each speech a paragraph. The title "
 "is built from the page address ('telephone-service'), the page heading not being in the excerpt. Cut after 'No "
 "other consideration is taken into account.', before 'The hon. Member must remember t', where the excerpt breaks "
 "off (`truncated`). Kept as written: 'On Saturday the 11th January' (no comma), 'Sunday, the 13th January' beside "
 "'Monday, the 13th January' (the text's own two weekdays for one date), 'thirty-eight', 'doctors' circuits'. Found "
 "with 'historic-hansard written answer breakdown telephone trunk service interrupted hours cable damaged date "
 "restored'. 1913/feb/03, 'Nottingham City', 'snowstorm in Nottingham', 'subscribers' circuits in Nottingham': 0 "
 "in train/dev/test (by count), GATHERING.md, every gather script and the session-33 notes and pools; Nottingham "
 "occurs only in batch 14b's 1981 blizzard statement ('north Nottinghamshire', another event); batch 31f left out "
 "the East of Scotland gale of January 1913 (another storm and place).",
 True))

WG = "https://www.gov.wales/written-statement-major-power-failure-south-wales-rail-network-22-march-2011"
WG_TITLE = "Written Statement: Major Power Failure South Wales Rail Network 22 March 2011"
R.append({"id": "welsh-government-written-statement-cardiff-signalling-power-failure-2011", "source": WG,
 "licence": "Open Government Licence v3.0",
 "attribution": f"Welsh Government, written statement, '{WG_TITLE}' (31 March 2011), Crown copyright, contains public "
                f"sector information licensed under the Open Government Licence v3.0; text as at {WG}",
 "published": "2011-03-31", "title": WG_TITLE,
 "text":
 "Ieuan Wyn Jones, Deputy First Minister and Minister for the Economy and Transport\n\n"
 "On 23 March I answered an urgent question in the Chamber about the power failure at Cardiff Central Station signal "
 "box on 22 March that affected all train services into Cardiff.\n\n"
 "I stated at the time, and it is important to re-emphasise, that this type of power failure in these circumstances "
 "is unusual. I also said that the issues relating to the failure are within the remit of Network Rail. The Welsh "
 "Assembly Government has no devolved responsibility for Network Rail.\n\n"
 "Nevertheless, I would not want to see commuters unable to go about their business, and clearly there was major "
 "disruption to the network in the Cardiff area on Tuesday 22 March.\n\n"
 "Network Rail and Arriva Trains Wales will be producing a full, formal report into the incident. This will be "
 "available shortly.\n\n"
 "In the meantime, I agreed to provide further information to Assembly Members. The following additional information "
 "has been received from Network Rail:\n\n"
 "The first report that the signalling system had failed was received from Cardiff Central Signal Box at 07:07. "
 "Subsequently, Heath Junction and Barry signal boxes confirmed that they too had lost power.\n\n"
 "An initial review suggested the cause may have been a significant power surge. However, further investigations "
 "involving Western Power personnel were able to discount this and by early afternoon it became apparent that the "
 "root cause was the failure of a cable connecting the \u2018stand-by\u2019 generator to the signalling system at "
 "Cardiff.\n\n"
 "Subsequent investigations showed that the fault resulted in the termination points in the cable over-heating. As a "
 "consequence of this, the amount of current drawn increased which blew a fuse and caused the cessation of the mains "
 "power supply to the signalling equipment.",
 "sector": "transport/rail", "region": "non-US", "topics": ["outage"],
 "origin": "Welsh Government written statement on gov.wales (page store)",
 "notes": "The gov.wales page as the page store holds it: the lines 'Skip to main content', 'First published:' / '31 "
          "March 2011' (kept as `published`), 'Last updated:' and 'This was published under the 2007 to 2011 "
          "administration of the Welsh Government' left out, as batch 16c2 did with the same site; the minister's "
          "byline kept as the first line. The title is built from the page address ('written-statement-major-power-"
          "failure-south-wales-rail-network-22-march-2011'), the page heading not being in the excerpt (doubtful: its "
          "capitals supplied, no word added). Cut after '... the mains power supply to the signalling equipment.', "
          "before 'As it should, the', where the excerpt breaks off (`truncated`). Kept as written: 're-emphasise', "
          "'Cardiff Central Station signal box' beside 'Cardiff Central Signal Box', the curly quotes of "
          "'\u2018stand-by\u2019', 'over-heating', 'Welsh Assembly Government'. Found with 'historic-hansard written "
          "answer railway signalling power failure trains halted hours cause' (the page store returned it first). "
          "Cardiff Central, 'signal box', Heath Junction, Arriva Trains Wales, Ieuan Wyn Jones, 'major-power-failure': "
          "0 in train/dev/test (by count), GATHERING.md, every gather script and the session-33 notes and pools; "
          "batch 16c2 used other Welsh Government written statements (the NHS Wales data centres, 2018; two water "
          "bursts), other events.",
 "truncated": True})

OVS = ("https://www.oversight.gov/reports/federal?f%5B0%5D=location_the_top_level_administrative_subdivision_%3AOH"
       "&page=353")
R.append({"id": "va-oig-hines-information-technology-center-power-outage-2023", "source": OVS,
 "licence": "public domain (US federal government work)",
 "attribution": f"U.S. Department of Veterans Affairs, Office of Inspector General, summary of its evaluation of the "
                f"power outage at the Hines Information Technology Center of 4 May 2023, as listed on Oversight.gov "
                f"(Council of the Inspectors General on Integrity and Efficiency; report title and date not in the "
                f"excerpt), US federal government work (public domain); text as at {OVS}",
 "published": None, "title": None,
 "text":
 "The OIG evaluated a power outage that occurred at the Hines Information Technology Center on May 4, 2023. The "
 "outage lasted approximately 22 hours and adversely affected more than 10,000 VA employees nationwide, preventing "
 "them from accessing critical VA data and systems such as compensation, pension, and education benefits "
 "applications.\n\n"
 "The OIG found the Hines center\u2019s physical access controls were generally adequate but did not have an "
 "effective physical control to prevent the activation of a circuit breaker that caused an inadvertent outage at the "
 "data center. Also, contrary to design standards that require redundant power distribution paths, the Hines center "
 "circuit breaker functions as a master power switch between the uninterruptible power supplies and the information "
 "technology equipment. Consequently, when an authorized employee activated the circuit breaker on May 4, 2023, "
 "electricity stopped flowing to the data center equipment and critical applications the center hosts. The OIG did "
 "not find evidence the employee intended to disrupt power, nor did it make a determination as to whether the "
 "incident was accidental.\n\n"
 "The Hines center also did not have a detailed contingency plan to guide staff in the recovery of facility "
 "information systems following a power outage. When the power outage occurred, engineering staff did not "
 "coordinate with the Office of Information and Technology and did not correctly prioritize restoration of network "
 "devices, prolonging the system downtime.\n\n"
 "Such power outages could delay veterans and their families in receiving benefits processed by staff using the "
 "affected VA data and applications. Therefore, the OIG recommended the Office of Information and Technology provide "
 "redundant electrical distribution paths, cover and add warnings to circuit breakers at Hines and other core data "
 "centers, and develop and test a detailed contingency plan to reduce system downtime in the event of a power "
 "outage.",
 "sector": "government IT/data centre", "region": "US", "topics": ["outage"],
 "origin": "Oversight.gov federal reports listing (page store)",
 "notes": "An Oversight.gov listing page (the Council of the Inspectors General on Integrity and Efficiency's federal "
          "reports search, filtered to Ohio, page 353) as the page store holds it; the excerpt holds the VA OIG "
          "report's summary whole, followed by the listing's table header ('Report Date | Agency Reviewed / "
          "Investigat...'), which is left out; the report's title, number and date are not in the excerpt "
          "(`title` and `published` null; the VA and the OIG's parent department are inferred from the text's "
          "'VA' only). The listing runs the summary's paragraphs together with no space ('applications.The OIG', "
          "'accidental.The Hines', 'downtime.Such'); a paragraph break put at each of the three joins (whitespace "
          "only; doubtful: the joins are the listing's, the breaks supplied). The whole summary kept (`truncated` "
          "false). Kept as written: 'Hines center\u2019s' (curly apostrophe), 'compensation, pension, and education "
          "benefits applications', 'prioritize'. Found with 'Office of Inspector General report system outage hours "
          "unavailable users root cause agency data center failure' and 'VA OIG Hines Information Technology Center "
          "power outage May 4, 2023 circuit breaker report' (the same summary also on a second listing page, "
          "cut off there). Hines (as a word), 'Hines Information Technology', '22 hours', oversight.gov: 0 in "
          "train/dev/test (by count), GATHERING.md, every gather script and the session-33 notes and pools.",
 "truncated": False})

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(hh(
 "hansard-commons-london-paris-telephone-service-1928", "commons/1928/mar/01/london-paris-telephone-service",
 "1928-03-01", "London-Paris Telephone Service", "oral answer",
 "asked the Postmaster-General whether he is aware of the considerable delays now taking place on the London-Paris "
 "telephone; where the fault lies; and whether he will undertake to look into the matter without delay?\n\n"
 "The delay on the London-Paris telephone service has been due to the simultaneous interruption during foggy "
 "weather of four out of the seven submarine cables through which the circuits pass. It is not possible to prevent "
 "cables being cut by ships' anchors or damaged by other causes during exceptional weather conditions, especially in "
 "the crowded and shallow waters of the Straits of Dover, but I can assure my hon. Friend that repairs are being "
 "effected as quickly as possible.\n\n"
 "Is it not a fact that this service has been very poor for some considerable time, and that it was worse during "
 "the recent storm?\n\n"
 "I think of late the service has been a good deal better than it was before. As my hon. Friend is aware, we hope to "
 "bring a new and much larger cable into service as soon as possible.",
 "telecoms/submarine cables", ["near-miss"],
 "The historic Hansard page as the page store holds it (the '§' format, speaker names run into the words): the "
 "question number, the '§' markers and the speaker names ('57. Sir H. BRITTAINasked', 'The POSTMASTER-GENERAL (Sir "
 "William Mitchell-Thomson)The delay', 'Sir H. BRITTAINIs', 'Sir W. MITCHELL-THOMSONI think') left out, as batch "
 "28c did with this format, so the text opens with the question's own 'asked the Postmaster-General ...'; each "
 "speech a paragraph. Cut after '... into service as soon as possible.', before the third question 'Does the "
 "Postmaster-General not realise ...', whose words the source breaks with a column number ('the ser- 603 vice'), "
 "and its answer (`truncated`; the excerpt itself ends with that answer). Kept as written: 'London-Paris', 'ships' "
 "anchors', 'the Straits of Dover', 'of late'. Near-miss: four of seven cables interrupted and the service delayed, "
 "no loss of the service told (as batch 31f judged the 1913 London-Glasgow cable, 'at no time wholly interrupted', and "
 "batch 32f the Estlink 2 failure). Found with 'historic-hansard written answer breakdown telephone trunk service interrupted hours "
 "cable damaged date restored'. 1928/mar/01, 'London-Paris telephone', 'Straits of Dover', 'Brittain', "
 "'Mitchell-Thomson': 0 in train/dev/test (by count), GATHERING.md and every gather script, except "
 "'London-Paris' (only in batch 16h's note on cancelled train services) and 'Brittain' (a speaker line, left out "
 "here, in batch 29c's 1927 Houses of Parliament lighting answer, train; another event).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
