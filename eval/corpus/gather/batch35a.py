#!/usr/bin/env python3
"""Batch 35a (session 36; helper gather36a): outages told in parliamentary records, the lane of batches 33a, 34a, 34g
and 34j, taken from decades and kinds of service those rounds left (a regional electricity company's notified supply
failures, a telephone switching unit, a rural telephone and telex line; near-misses from a strike at a benefits
computer centre, a suburban electric railway withdrawn after explosions and a drought):
  - eight failures of supply in the Newry and Mourne district notified by Northern Ireland Electricity plc under the
    Electricity Supply Regulations (Northern Ireland) 1991, March 1993 to April 1996, each with the customers
    affected, the duration and the cause (Commons written answers, 28 January 1997);
  - calls from the House of Commons to the Avenue, Abbey and Colindale exchanges failing on 28 January 1969 through a
    faulty switching unit routing traffic from Whitehall (Commons written answers, 3 February 1969; the Post Office);
  - a County Meath company's telephone and telex service out of order, restored on 14 October 1980, an overhead cable
    in an isolated area giving problems (Dail oral answers, 20 November 1980);
  and three near-misses: unemployment benefit payments delayed by a strike of computer staff at the DHSS computer
  centre at Livingston and by the strike at the Newcastle contributions computer (Commons written answers, 31 March
  1981; a strike, no system failure); the Glasgow suburban electric services withdrawn after transformer explosions
  in new rolling stock (Commons private notice question, 19 December 1960; a product defect); a drought with hosepipe
  bans for 9 million people and rota cuts or standpipes feared (Commons private notice question, 9 July 1984; a feared
  interruption, not reached).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off the
text ends at the last full sentence before it (`truncated`). Edits per item in `notes`: speaker labels, question
numbers and references, column numbers and page chrome left out, as batches 14-34j did; no word added or changed.
Historic Hansard records use the shared builder `write_pool.hansard`. Written before any extractor ran on a text of
the batch (newskg was not run on them at all).
usage: batch35a.py [POOL_DIR] [--dry]   (default /tmp/gather36a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard, OIR_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36a/pool"
OIR = "Oireachtas (Open Data) PSI Licence (CC BY 4.0)"
HH_CUTS = ("Taken from the historic Hansard page as the search tool's page store holds it. Left out: {left}, as "
           "batches 14-34j left such lines out, so that the text opens with the question's own words and names no "
           "member or minister by a label. The title is made from the page address ('{slug}'); the excerpt does not "
           "show the heading (doubtful: capitals supplied). ")


def dail(id, url, date, day, title, kind, text, sector, topics, notes, truncated):
    """A Dail Eireann record (Oireachtas (Open Data) PSI Licence, CC BY 4.0, as batches 15e-34a); this one is the
    Oireachtas's own older archive host, historical-debates.oireachtas.ie, as the page store holds it."""
    return {"id": id, "source": url, "licence": OIR,
            "attribution": f"Dáil Éireann debate, {kind}, '{title}', {day}, {OIR_NOTICE}; text as at {url}",
            "published": date, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics, "origin": "Houses of the Oireachtas, historical-debates.oireachtas.ie (page store)",
            "notes": notes, "truncated": truncated}


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-written-answer-power-supply-newry-mourne-nie-failures-1997",
 "written_answers/1997/jan/28/power-supply-newry-and-mourne", "1997-01-28", "Power Supply (Newry and Mourne)",
 "written answers",
 "To ask the Secretary of State for Northern Ireland if he will make a statement on each incident which resulted in "
 "a power supply failure, in the Newry and Mourne district in each of the past 10 years, indicating the length of "
 "time power was off, the estimated number of houses involved, the electoral wards affected and the nature of the "
 "fault.\n\n"
 "[holding answer 24 January 1997]: I am informed by Northern Ireland Electricity plc that the detailed information "
 "requested is not readily available. However NIE is required under regulation 35 of the Electricity Supply "
 "Regulations (Northern Ireland) 1991, which came into effect on 3 February 1992, to notify the Department of "
 "Economic Development of major failures of supply. The following failures in the Newry and Mourne district have "
 "been notified under regulation 35:\n\n"
 "Date Number of customers affected Duration Change of failure Hours Minutes 30 March 1993 5,300 2 50 Gale damage "
 "10 June 1993 4,200 1 43 Conductor fault 12 September 3,900 1 55 Overhead line fault 16 October 1993 5,300 2 05 "
 "Third party damage to conductor 6 February 1994 4,355 1 27 Gale damage 17 August 1994 25,000 0 08 Inadvertent "
 "trip during protection testing 1 June 1995 25,900 3 10 Conductor fault 9 April 1996 11,000 0 20 Fault following "
 "malicious damage\n\n"
 "I understand that NIE is currently engaged in a major long-term capital investment programme in the Newry and "
 "Mourne district with the aim of improving the security and quality of electricity supply in the area.",
 "utilities/electricity", ["outage"],
 HH_CUTS.format(left="the speaker labels ('§ Mr. Mallon', '§ Mr. Ancram') and the question reference '[11689]'",
                slug="power-supply-newry-and-mourne")
 + "Also left out: the column number '174W' and, printed after it in the middle of the question, a stray table from "
 "another answer on the same page ('Table B: Recorded crimes and clear-up rate in relation to \"taking a motor "
 "vehicle without the owner's consent or other authority\" Year Number of crimes recorded Clear up rate (per cent.) "
 "1991 4,928 40 ... 1995 4,521 27'), which splits the question's sentence in two ('indicating | the length of time "
 "power was off'); both halves of the question are kept, joined. The answer's '[holding answer 24 January 1997]:' "
 "kept, as the corpus's 2002 Gloucestershire electricity-supply written answers kept theirs. The table of failures is kept as the excerpt runs it, in one line "
 "(header words, then eight rows of date, customers, hours, minutes and cause); the sentence after it, which the "
 "excerpt runs on in the same line ('... malicious damage I understand that NIE ...'), is set as its own paragraph "
 "(whitespace only). Kept as written: the header's 'Change of failure' (for 'Cause'), the row '12 September' with no "
 "year (between June and October 1993), 'Inadvertent trip', 'Third party damage'. The whole answer (`truncated` "
 "false). Found with 'historic-hansard Northern Ireland Electricity Service power failure province blackout Belfast "
 "hours'. Batch 29c looked at this answer and left it out only under its own one-text-per-company rule (it had taken "
 "the Northern Ireland Affairs Committee's report on NIE's Boxing Day 1998 storm, another event); its eight failures "
 "of 1993-1996 are in no corpus file ('Newry and Mourne' occurs only in the notes of that 1998 storm report and in "
 "batch29c.py's comment; 'regulation 35', 1997/jan/28: 0 in train/dev/test, GATHERING.md, every gather script and "
 "this session's pools).",
 False))

R.append(hansard(
 "hansard-written-answer-greater-london-telephone-switching-unit-fault-1969",
 "written-answers/1969/feb/03/greater-london-area", "1969-02-03", "Greater London Area", "written answers",
 "asked the Postmaster-General what steps he is taking to improve the telephone service in the Greater London area, "
 "in view of the fact that in order to get three separate numbers on the Avenue, Abbey and Colindale exchanges "
 "between 11.30 a.m. and 1 p.m. on 28th January the hon. Member for Harrow, West, had to dial 10 times on different "
 "telephones in the House of Commons to get the three numbers to ring.\n\n"
 "The Post Office is taking all the new telephone exchange equipment that the contractors can supply for the home "
 "market. Some £20 million worth of this is being installed annually in the Greater London area both to expand the "
 "system and to replace some of the older, more fault-prone, exchanges. A portion of this new equipment is of the "
 "latest electronic type which is inherently much more reliable than the existing equipment. We are also installing "
 "improved automatic testing equipment in all exchanges to identify faulty apparatus before it affects the service. "
 "The failures from the House of Commons on 28th January were due to a faulty switching unit used to route traffic "
 "from Whitehall to the exchanges mentioned. This fault was found during routine test, but could have been found and "
 "repaired earlier had the call failures been reported.",
 "telecoms/telephone", ["outage"],
 HH_CUTS.format(left="the speaker markers ('§ Mr. John Page', '§ Mr. Stonehouse')", slug="greater-london-area")
 + "Also left out: the column number '49W' printed inside the answer ('Some £20 49W million worth'), as batch 31f "
 "left '1262' out of the 1906 Central Exchange answer. The page's one question and answer, whole (`truncated` false). "
 "Kept as written: 'Postmaster-General', 'Harrow, West,', '11.30 a.m. and 1 p.m.', 'fault-prone,'. Found with "
 "'historic-hansard written answers British Telecom informs me exchange fault customers lost service hours restored "
 "cause'. 'Colindale', 'switching unit', 1969/feb/03, 'Harrow, West': 0 in train/dev/test, GATHERING.md, every gather "
 "script and this session's pools.",
 False))

R.append(dail(
 "oireachtas-dail-telephone-telex-service-county-meath-overhead-cable-1980",
 "http://historical-debates.oireachtas.ie/D/0324/D.0324.198011200024.html", "1980-11-20", "20 November 1980",
 "Telephone Service", "oral answers",
 "asked the Minister for Posts and Telegraphs the number of new telephones installed in each of the three months "
 "ended 31 March, 30 June and 30 September 1979 and 31 March, 30 June and 30 September 1980.\n\n"
 "The following is the information requested: Quarter ended 31 March 1979, 9,848; Quarter ended 30 June 1979, "
 "3,508; Quarter ended 30 September 1979, 9,300; Quarter ended 31 March 1980, 13,340; Quarter ended 30 June 1980, "
 "15,266; Quarter ended 30 September 1980, 16,135.\n\n"
 "This makes a total for the first three-quarters of 1979 of 22,656, and for the three-quarters ending 30 September "
 "1980 of 44,741.\n\n"
 "Congratulations.\n\n"
 "How many of them are working?\n\n"
 "All of them. I am surprised the question was asked.\n\n"
 "asked the Minister for Posts and Telegraphs when it is expected that proper telephone and telex services will be "
 "provided for a company (details supplied) in County Meath, where the jobs of the employees are in danger because "
 "of the lack of a working communications service.\n\n"
 "Service has been restored.\n\n"
 "May I ask the Minister the date of his information that the service had been restored?\n\n"
 "14 October.\n\n"
 "According to my information the service broke down again last week and consequently employment there is in "
 "jeopardy.\n\n"
 "I am not aware that the service has broken down but if it has the Department are aware of it. As I have said, the "
 "Department have particular problems in that isolated area because of the overhead cable which has been giving "
 "problems. It is proposed to instal an underground polythene cable. Of course the problem cannot be solved "
 "overnight. We know of its existence and we are looking after it.",
 "telecoms/telephone", ["outage"],
 "Taken from the Oireachtas's older debates archive (historical-debates.oireachtas.ie, Dáil Éireann - Volume 324 - 20 "
 "November, 1980) as the search tool's page store holds it; the same official record as oireachtas.ie, under the "
 "Oireachtas (Open Data) PSI Licence (doubtful: the first text of this corpus from that host). Left out: the "
 "volume line, the heading ('Ceisteanna—Questions. Oral Answers. - Telephone Service.', kept as title without its "
 "prefix), the question numbers with the Deputies' names ('20. Mr. Corish', '21. Mr. Deasy'), the speaker labels "
 "('Mr. Reynolds:' five times, 'Mr. Flynn:', 'Mr. Donnellan:', 'Mr. Deasy:' twice) and the column numbers '[974]' "
 "and '[975]', as batches 31f-34a left question numbers and speaker lines out, so that the text names no Deputy or "
 "Minister. The page's two items kept whole and in order (new telephones installed, 20; the County Meath company, "
 "21); the excerpt ends with the second answer ('... we are looking after it.'), the page's last words in the store "
 "(`truncated` true: the page may go on). Kept as written: 'three-quarters', 'instal', 'the Department are', "
 "'(details supplied)'. Found with 'Dáil written answers exchange isolated subscribers without telephone service "
 "fault occurred on restored following day Department of Posts and Telegraphs'. 1980-11-20, 'D.0324', 'telex "
 "services', 'polythene cable', 'County Meath' with telex: 0 in train/dev/test, GATHERING.md, every gather script "
 "and this session's pools.",
 True))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-written-answer-civil-servants-dispute-dhss-computer-strike-1981",
 "written_answers/1981/mar/31/civil-servants-dispute", "1981-03-31", "Civil Servants (Dispute)", "written answers",
 "asked the Secretary of State for Employment whether the recent industrial action by civil servants has resulted "
 "in any delay of payment of unemployment benefits.\n\n"
 "I very much regret that some of the industrial action has led to delays in the payment of benefit to unemployed "
 "people. Following the one-day strike on Monday 9 March, about 10,000 payments were delayed by one day. A further "
 "160,000 payments for unemployed people were delayed by up to four days following a strike on Friday 13 March by "
 "computer personnel in the Department of Health and Social Security's computer centre at Livingston, Scotland, "
 "which processes unemployment benefit claims for unemployed people in Scotland and the North of England.\n\n"
 "Difficulties are now being caused to the efficient operation of the unemployment benefit service by the strike at "
 "the DHSS Newcastle contributions computer which began on 9 March and is still continuing. The effect of this "
 "strike is that staff in unemployment benefit offices must process all new claims and make payments manually "
 "rather than through the computer. I am grateful to benefit office staff for their efforts to cope with this extra "
 "work and to make payments in time, but the longer the strike at Newcastle continues the larger will be the extra "
 "work involved for staff in my Department's local offices and the greater the risk of further delays to payment "
 "of unemployment benefit.",
 "government IT/benefits", ["outage"],
 HH_CUTS.format(left="the speaker markers with the question number ('§ 50. Mr. John Carlisle', '§ Mr. Waddington')",
                slug="civil-servants-dispute")
 + "Also left out: the column number '54W' printed inside the answer ('the payment of benefit54W to unemployed'). "
 "The page store also holds the same answer on hansard.millbanksystems.com (the older host of historic Hansard, "
 "without the column number); the api.parliament.uk copy is the one cited. Title: the brackets are supplied "
 "(doubtful: 'Civil Servants Dispute'). The whole answer (`truncated` false). Kept as written: 'one-day', "
 "'Department of Health and Social Security's', 'DHSS Newcastle contributions computer'. Near-miss: the computer "
 "centre at Livingston and the Newcastle computer stopped serving claims because their staff struck (GUIDELINES "
 "Outages: strikes are not outages); no system failed. Found with 'historic-hansard computer breakdown at the centre, "
 "payments delayed, the computer was out of action for days 1970s'. 1981/mar/31, 'civil-servants-dispute', 'Newcastle "
 "contributions computer': 0 in train/dev/test, GATHERING.md, every gather script and this session's pools; "
 "'Livingston' occurs only in batch 14's 1986 girocheques answer (a fault at the same computer centre five years on, "
 "another event) and in batch 16f (another Livingstone).",
 False))

R.append(hansard(
 "hansard-commons-glasgow-suburban-electric-services-withdrawn-1960",
 "commons/1960/dec/19/glasgow-suburban-electric-services", "1960-12-19", "Glasgow Suburban Electric Services",
 "private notice question",
 "(by Private Notice) asked the Minister of Transport whether, following the explosion and fire which has led to "
 "the withdrawal from service of Scottish electrified lines, he will initiate an immediate investigation into new "
 "electric rolling stock in other Regions as a safeguard against similar occurrences.\n\n"
 "An inquiry is being undertaken into the explosions which have led to the withdrawal of the Glasgow suburban "
 "electric services. This inquiry will be opened at Glasgow on 22nd December by the Chief Inspecting Officer of "
 "Railways, whose report will be published. I am informed that the particular type of equipment involved in these "
 "particular incidents is not used elsewhere on British Railways. To reassure the travelling public, however, "
 "certain precautionary measures are being taken on other electrified services. The lessons learnt from the "
 "inquiry will be applied in Scotland and in other Regions as necessary. I am discussing with the Commission "
 "whether a wider investigation is needed.\n\n"
 "That is acceptable as far as it goes, but as British Railways are frequently and often unjustly blamed for "
 "everything that goes wrong with its services, will the Minister state categorically that they can be in no way "
 "held responsible for the faults which have occurred in the transformers, which were delivered to British Railways "
 "by private firms?\n\n"
 "Secondly, as during the period when these lines were electrified they carried about 400,000 passengers a week, "
 "compared with an average of 170,000 previously, will the right hon. Gentleman give an assurance that this "
 "regrettable setback will not be used as an excuse for holding up any of the electrification schemes in the "
 "modernisation plan?\n\n"
 "The answer to the first part of the right hon. Gentleman's question is that I do not think it would be right to "
 "pre-judge the issue of an independent investigation.",
 "transport/rail", ["outage"],
 HH_CUTS.format(left="the reference line ('HC Deb 19 December 1960 vol 632 cc889-91') and the speaker lines ('Mr. "
                "Strauss' twice, 'The Minister of Transport (Mr. Ernest Marples)', 'Mr. Marples')",
                slug="glasgow-suburban-electric-services")
 + "Cut after '... the issue of an independent investigation.', before 'I advise h', where the excerpt breaks off "
 "mid-word (`truncated`). Kept as written: '(by Private Notice)' at the head of the question, 'Regions' with a "
 "capital, 'British Railways are ... its services', 'pre-judge', 'modernisation'. Near-miss: the Glasgow suburban "
 "electric services were withdrawn after explosions and a fire in the transformers of the new electric trains "
 "(GUIDELINES Outages: product defects and physical accidents are not outages; doubtful, since riders lost the "
 "electric service: a reader could take it as a rail service outage of British Railways, undated). Found with "
 "'historic-hansard Southern Region electric trains power failure signal box fire services disrupted commuters "
 "Minister of Transport statement'. 1960/dec/19, 'Glasgow suburban', 'Blue Train': 0 in train/dev/test, "
 "GATHERING.md, every gather script and this session's pools.",
 True))

R.append(hansard(
 "hansard-commons-water-supplies-drought-rota-cuts-feared-1984",
 "commons/1984/jul/09/water-supplies", "1984-07-09", "Water Supplies", "private notice question",
 "(by private notice) asked the Secretary of State for the Environment if he will make a statement on the rapidly "
 "deteriorating water supplies.\n\n"
 "Over the past three months rainfall in the United Kingdom has been substantially below average and in some parts, "
 "notably Wales and the south-west, it has been less than half the normal amount. Reservoirs in Wales, the "
 "south-west and Cumbria are low, and the 30-day forecast is for warm, dry weather in all parts of the country.\n\n"
 "Since the drought of 1976, water resources have been augmented in many places and distribution systems improved, "
 "but demand has risen—in particular, the peak summer demand.\n\n"
 "To conserve supplies in the areas of shortage water authorities have prohibited the use of hosepipes, and these "
 "bans now affect some 9 million people. The Government have also made 18 orders under the Drought Act 1976, "
 "authorising water authorities and companies to augment supplies by reducing river levels. During a meeting with "
 "the chairman of the South West water authority on 23 May I confirmed that the Government expected water "
 "authorities to take early action to safeguard supplies. This advice was repeated to all water authorities on 6 "
 "June so as to avert the need for more drastic steps later on, such as rota cuts or supplies only from "
 "standpipes.\n\n"
 "We shall as necessary make orders authorising water authorities and companies to prohibit other inessential uses "
 "of water. My Department will keep in close touch with all water authorities and companies, and I am asking those "
 "bodies to report to me on a weekly basis.\n\n"
 "I urge everyone to use water responsibly. The water authorities and companies are best able to judge what "
 "economies are needed in their areas. I stress how important it is to comply with their advice and with the terms "
 "of any statutory limitions in force from time to time.",
 "utilities/water", ["outage"],
 HH_CUTS.format(left="the reference line ('HC Deb 09 July 1984 vol 63 cc697-702 3.31 pm') and the speaker lines ('Mr. "
                "Rob Hayward (Kingswood)', 'The Minister for Housing and Construction (Mr. Ian Gow)')",
                slug="water-supplies")
 + "Cut after the Minister's statement ('... in force from time to time.'), before 'Mr. Hayward / Is', where the "
 "excerpt breaks off at the member's first supplementary (`truncated`). Kept as written: 'limitions' (the page's "
 "misprint for 'limitations'), 'south-west' in lower case, 'South West water authority' with a lower-case "
 "'water authority', 'demand has risen—in particular'. Near-miss: hosepipe bans and orders on inessential uses "
 "restrict water use without cutting anyone's supply, and the rota cuts and standpipe-only supplies are what the "
 "advice is meant to avert (a feared interruption, not reached). Found with 'historic-hansard water authority rota "
 "cuts supply turned off homes drought standpipes 1976 Minister statement'. 1984/jul/09, 'rota cuts', 'South West "
 "water authority', 'hosepipes': 0 in train/dev/test, GATHERING.md, every gather script and this session's pools "
 "(the corpus's drought-era water texts are the 1895 Barnes frost and the 1896 East London Water Company answers).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
