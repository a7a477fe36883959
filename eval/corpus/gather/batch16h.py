#!/usr/bin/env python3
"""Batch 16h: outages and service disruptions naming the operator whose system failed, in sectors the corpus had
few of — a national mobile network's day-long outage (an FCC bureau's public notice), a justice ministry's IT
disruption after an infrastructure failure in its supplier's data centre (a Lords statement), the Crown Court's
digital case system failing for a week (a written answer), the Channel Tunnel's electrical supply failure that cancelled
trains between London, Paris and Brussels (a Lords question), a metro operator's line running under half its service
after a broken rail and a signal failure, and a train breakdown that trapped commuters (two Lords written answers)
— and two near-misses (a department's mailing-list system out of operation for weeks in total,
none told; a benefit computer link that broke for one recipient), from openly licensed public records: the US
Federal Communications Commission (docs.fcc.gov; US federal government work, public domain) and the UK Parliament
(hansard.parliament.uk, questions-statements.parliament.uk, historic Hansard on api.parliament.uk, and a
parallelparliament.co.uk copy of a Lords question as batch 15e used such copies; Open Parliament Licence v3.0). Every text is
the search tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an
excerpt was cut it ends at the last full sentence kept (`truncated`). Edits per item in `notes`: page chrome, speaker
labels, column and question references, footnote citations and date lines left out; single line breaks doubled
where noted (whitespace only); no word added or changed.
usage: batch16h.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
FCC = "https://docs.fcc.gov/public/attachments/"
HH = "https://api.parliament.uk/historic-hansard/written_answers/"

ORIGINS = {"PD": "fcc (search tool page store)",
           "OPL": "UK Parliament, Hansard on hansard.parliament.uk (page store)"}


def rec(*args, **kw):
    r = public_record(ORIGINS, *args, **kw)
    r["attribution"] = r["attribution"].replace(", 'None',", ",").replace(", None,", ",")
    return r


R = []
# ---- US federal: a mobile network's outage ---------------------------------------------------------------------
R.append(rec("fcc-bureau-seeks-information-verizon-wireless-outage-2026", FCC + "DA-26-94A1.txt",
 "2026-01-28", "Public Safety and Homeland Security Bureau Seeks Information on Effects of January 2026 Verizon Outage on Wireless Service Consumers, Public Safety Entities, and Government Entities (DA 26-94)", "public notice",
 "PUBLIC SAFTY AND HOMELAND SECURITY BUREAU SEEKS INFORMATION ON EFFECTS OF JANUARY 2026 VERIZON OUTAGE ON WIRELESS SERVICE CONSUMERS, PUBLIC SAFETY ENTITIES, AND GOVERNMENT ENTITIES\n\n"
 "PS Docket No. 26-21\n\n"
 "Comment Date: March 16, 2026\n\n"
 "On January 14, 2026, Verizon Communications (Verizon) suffered a service outage that lasted at least ten hours and affected millions of customers, many of whom were unable to make and receive calls and text messages over Verizon’s wireless network. According to media reports, many customers observed their handsets were in “SOS mode” during the outage. To enable a thorough and accurate investigation and analysis of this outage, the Public Safety and Homeland Security Bureau (Bureau) has opened a docket and invites interested parties to provide all relevant information concerning the effects of the outage, particularly on 911 calling and public safety. We seek comment from the public on the outage’s impact on individual and enterprise consumers. Were consumers of Verizon’s wireless service able to successfully make or receive calls? Were consumers of other communications service providers able to successfully complete calls to Verizon customers? Were consumers’ text messages successfully sent or received? Did Verizon customers experience a disruption of data services? For subscribers who lost access to mobile voice and data service, how long did the loss of service last?",
 "telecoms", "US", "outage",
 "The header line 'Federal Communications Commission DA 26-94 DA 26-94 Released: January 28, 2026' left out (the release date kept as `published`, the document number in the title); the notice's heading (its spelling 'SAFTY' kept), docket and comment-date lines set off by paragraph breaks (whitespace only). The two footnote citations that the text rendering runs into the paragraph ('See, e.g., Patience Haggin, Verizon Resolves Hourslong, Widespread Outage, (Jan. 14, 2026 10:56 pm), https://www.wsj.com/...' after the first sentence and 'See, e.g., Lily Hay Newman, Verizon Outage Knocks Out US Mobile Service, Including Some 911 Calls, (Jan. 14, 2026 1:54 pm), https://www.wired.com/...' after the second) left out: they cite copyrighted news articles. Cut before the cut-off 'Were consumers whose handsets were in SOS mode able to ca...'. Verizon's outage of 14 January 2026 is new to the corpus (its 911 outages of 2014 and 2024 settlements are other events).", "PD"))
# ---- UK Parliament: outages ------------------------------------------------------------------------------------
R.append(rec("hansard-lords-central-courts-it-system-supplier-data-centre-failure-2019", "https://hansard.parliament.uk/lords/2019-01-23/debates/23BABC8E-603A-43A0-A461-6CBA70A5D78A/CentralCourtsITSystem",
 "2019-01-23", "Central Courts IT System", "House of Lords statement (repeat of a Commons urgent question answer, Ministry of Justice), Hansard",
 "My Lords, with the leave of the House I shall repeat in the form of a Statement an Answer given in the other place by my honourable friend the Parliamentary Under-Secretary at the Ministry of Justice. The Statement is as follows:\n\n"
 "“I am grateful for the opportunity to update the House on the IT issues facing the Ministry of Justice over recent days. I start by apologising to those who have been affected by the intermittent disruption, which was caused by an infrastructure failure in our supplier’s data centre. While services have continued to operate and court hearings have continued, we know how frustrating this is for everyone.\n\n"
 "The issue has been that some of our staff in courts and tribunals, the Legal Aid Agency, probation and the Ministry of Justice headquarters have been unable to log on to their computers, but we have contingency plans in place to make sure that trials can go ahead as planned. The Prison Service has not been impacted and—to clarify incorrect reporting—criminals have not gone free as a result. We have been working very closely with our suppliers, Atos and Microsoft, to get all our systems working again, and yesterday had restored services to 180 court sites, including the largest sites.\n\n"
 "Today, 90% of staff have working computer systems. Work continues to restore services, and we expect the remainder of court sites to be fully operational by the time that they open tomorrow morning. We are very disappointed that our suppliers have not yet been able to resolve the network problems in full. This afternoon the Permanent Secretary, Sir Richard Heaton, will meet the chief executive of Atos and write personally to all members of the judiciary.\n\n"
 "I am very grateful to the staff who have been working tirelessly and around the clock, alongside our suppliers, to resolve these issues”.",
 "government IT/justice", "non-US", "outage",
 "hansard.parliament.uk's 'Skip to main content', the heading (kept as title) and 'Volume 795: debated on Wednesday 23 January 2019' (kept as `published`) left out; cut before the next speech, cut off at 'My Lords, last May the National Audit Office published a damn...'. The Ministry of Justice's IT disruption of January 2019 is new to the corpus (the Commons urgent question of the same day was not taken: the same statement).", "OPL"))
R.append(rec("hansard-lords-channel-tunnel-electrical-supply-failure-getlink-2026", "https://parallelparliament.co.uk/debate/2026-01-06/lords/lords-chamber/channel-tunnel-infrastructure-reliability/ministerial-extracts",
 "2026-01-06", "Channel Tunnel: Infrastructure Reliability", "House of Lords oral question (Department for Transport), Hansard text as reproduced by parallelparliament.co.uk",
 "To ask His Majesty’s Government what discussions they have had with Getlink about the reliability of the Channel Tunnel infrastructure given the recent failure of the electrical supply and the subsequent cancellation of train services between London, Paris and Brussels.\n\n"
 "My Lords, it is important that there is a full investigation into the three separate incidents which disrupted tens of thousands of passengers’ journeys on 30 and 31 December last and saw some passengers stranded throughout the night, which is clearly unacceptable. I am therefore commissioning the relevant authorities—the binational Intergovernmental Commission, the IGC, which oversees the Channel Tunnel, and the Office of Rail and Road—to review last week’s incidents and also the implementation of recommendations from previous reviews of similar incidents, to ensure that urgent lessons are learned for good.\n\n"
 "I am grateful to the Minister for that response. Am I correct in thinking that, when these occurrences happen in and around the Channel Tunnel, it seems to take twice as long to restore services on that part of the line which is the responsibility of HS1 or Getlink as it does on the other side of the channel, where the infrastructure is the responsibility of the French and Belgian railways? Does he agree with me that the latest outage ruined the new year holiday for thousands of people? Could he assure the House that the Government will do what they can to ensure that proper compensation is paid to them for having their holiday ruined? Finally, could he assure me and those of us who are interested in these matters that companies such as Eurostar and Getlink have proper resources, not only to own the infrastructure for which they are responsible but to repair it when things go wrong—something that obviously did not occur promptly on this occasion?",
 "transport/rail", "non-US", "outage",
 "parallelparliament.co.uk's 'ministerial extracts' page of the Lords question of 6 January 2026 (the date from its URL kept as `published`; the heading, from the URL, kept as title); the page gives no speaker labels, so no member is named in the text; single line breaks doubled (whitespace only). Cut before the cut-off 'I share my noble friend’s concern ... whose holidays were spoiled or at least d...'. The Channel Tunnel's electrical supply failure of 30-31 December 2025 is new to the corpus (Eurostar's breakdowns of December 2009 and the 2008 tunnel fire are other events).", "OPL",
 origin="UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"))
R.append(rec("hansard-lords-written-answer-jubilee-line-delays-broken-rail-signal-failure-2001", HH + "2001/mar/08/jubilee-line-delays",
 "2001-03-08", "Jubilee Line Delays", "House of Lords written answer (Department of the Environment, Transport and the Regions), historic Hansard",
 "Lord Laird asked Her Majesty's Government:\n\n"
 "Whether the extreme delays on the Jubilee Line on 1 March were caused by a failure to complete engineering work at Finchley Road; if not, what was the reason; and what steps are being taken to ensure that there are no further delays.\n\n"
 "Day-to-day operation of the Jubilee Line is a matter for London Underground (LUL). LUL informs me that during the morning of 1 March an unusual number of problems occurred almost simultaneously, with the cumulative result that around 45 per cent of normal service unfortunately could not be run.\n\n"
 "First, in the course of LUL's nightly out-of-service hours programme of safety checks on the system, a broken rail was discovered north of Finchley Road on the north-bound Jubilee Line track. Engineering work to repair the track was started immediately but was not complete before the start of morning services. As a result some Jubilee Line services had to be suspended and a temporary speed restriction had to be imposed, to enable the necessary safety work to be completed. This led to the cancellation of several trains.\n\n"
 "These problems were exacerbated by two other unrelated incidents: a signal failure near the site of the broken rail and a SPAD (signal passed at red) farther down the line. These incidents caused further delays, leaving many trains out of scheduled position, severely delayed or cancelled.\n\n"
 "LUL has in place official standard procedures, kept constantly under review, both for scheduled maintenance work and for following up and recovering from incidents such as these when they arise. LUL regrets that on this occasion the combination of difficulties arising together led to exceptional delays.",
 "transport/rail", "non-US", "outage",
 "Historic Hansard's 'HL Deb 08 March 2001 vol 623 cc46-7WA' line (the date kept as `published`), the question reference '[HL1046]' and the answering minister's label 'The Minister of State, Department of the Environment, Transport and the Regions (Lord Macdonald of Tradeston)' left out; the asker's name, the subject of the Lords formula 'Lord Laird asked Her Majesty's Government:', kept, its line break joined (whitespace only). The whole answer is kept (`truncated` false). The Jubilee Line disruption of 1 March 2001 is new to the corpus.", "OPL",
 truncated=False, origin="UK Parliament, historic Hansard on api.parliament.uk (page store)"))
R.append(rec("hansard-lords-written-answers-london-underground-central-line-train-breakdown-2000", HH + "2000/oct/10/london-underground",
 "2000-10-10", "London Underground", "House of Lords written answers (Department of the Environment, Transport and the Regions), historic Hansard",
 "Lord Lamont of Lerwick asked Her Majesty's Government:\n\n"
 "What representations the Minister for Transport has received from the Health and Safety Executive about London Underground; and, in the light of the incident on 4 September involving a blown fuse on the Central Line, whether he is considering that advice.\n\n"
 "The Health and Safety Executive (HSE) holds meetings with the department to keep Ministers informed of any safety issue arising on LUL.\n\n"
 "I understand that London Underground Limited (LUL) is still carrying out its investigation into the incident referred to by the noble Lord, and the investigation is likely to take about three to four months. The report will be submitted to the Health and Safety Executive's (HSE's) Railway Inspectorate, which will assess its adequacy and ensure that any necessary action is implemented by LUL. The result of HSE's assessment, will be made available to Ministers.\n\n"
 "Lord Lamont of Lerwick asked Her Majesty's Government:\n\n"
 "How many escalators were out of action on the London Underground during the latest Bank Holiday weekend.\n\n"
 "During the period Saturday 26 August to Monday 28 August, 34 escalators were out of service on London Underground out of a total of 402 currently commissioned for passenger service. Of the 34, four were out of action for replacement and 15 for planned maintenance.\n\n"
 "Lord Lamont of Lerwick asked Her Majesty's Government:\n\n"
 "Why it took two hours to rescue 2,100 commuters trapped on the Central Line of the London Underground on 4 September.\n\n"
 "This incident is currently the subject of an official investigation, a summary of the results and recommendations arising from which will be published by London Underground in due course. A factual account of the timescales of the operation follows.\n\n"
 "On 4 September, a train broke down at Liverpool Street Station.",
 "transport/rail", "non-US", "outage",
 "Historic Hansard's 'HL Deb 10 October 2000 vol 617 cc22-4WA' line (the date kept as `published`), the question references ('[HL3967]', '[HL3964]', '[HL3933]') and the answering minister's label 'Lord Macdonald of Tradeston' before each answer left out; the asker's name, the subject of the Lords formula 'Lord Lamont of Lerwick asked Her Majesty's Government:', kept, its line break joined (whitespace only). Cut before the cut-off 'Two furthe...'. The Central Line breakdown of 4 September 2000 is new to the corpus.", "OPL",
 origin="UK Parliament, historic Hansard on api.parliament.uk (page store)"))
R.append(rec("hansard-written-answer-crown-court-digital-case-system-failure-2019", "https://questions-statements.parliament.uk/written-questions/detail/2019-03-11/230667",
 "2019-03-14", "Crown Court: Digital Case System (written question 230667)", "House of Commons written question and answer (Ministry of Justice), questions-statements.parliament.uk",
 "To ask the Secretary of State for Justice, which courts were affected by the temporary failure of the Crown Court Digital Case System during the week commencing 4 March 2019.\n\n"
 "HMCTS initial investigations suggest that there were eight adjournments as a result of the slowdown of DCS: Two cases at Manchester (Crown Square), two cases at Sheffield Crown Court, three cases at Leeds Crown Court and one case at Norwich Crown Court. Six cases were relisted for hearing on 8 March 2019. The remaining two cases will be heard on 14 March 2019.",
 "government IT/justice", "non-US", "outage",
 "The page's 'Answered on 14 March 2019' line (kept as `published`), 'Answered by Ministry of Justice' and the explanation of 'Named day' questions that follows the answer left out; a paragraph break put between question and answer (whitespace only). The question's heading is not in the excerpt: the title is descriptive, with the question number from the URL. The whole answer is kept (`truncated` false).", "OPL",
 truncated=False, origin="UK Parliament written questions on questions-statements.parliament.uk (page store)"))
# ---- UK Parliament: near-misses --------------------------------------------------------------------------------
R.append(rec("hansard-written-answer-treasury-email-mailing-list-out-of-operation-2002", HH + "2002/mar/06/email-mailing-list",
 "2002-03-06", "Email Mailing List", "House of Commons written answer (HM Treasury), historic Hansard",
 "To ask the Chancellor of the Exchequer what estimate he has made of the number of days that the Treasury's email mailing list system has been operational since 1 January 2001; and if he will make a statement.\n\n"
 "The Treasury's email mailing list system was set up more than seven years ago and has historically proven very reliable. Since January 2001, the system has encountered some technical difficulties and become difficult to maintain. Over the last 14 months the service has been out of operation for approximately four to six weeks. Where possible, the Treasury Internet team have informed subscribers when the service is not available.\n\n"
 "The Treasury's Information Services team are currently evaluating alternative systems that should prove more reliable. In the meantime, Members interested in seeing lists of recent Treasury press notices can find them on the Treasury's website at http://www.treasury.gov.uk/Newsroom_and_Speeches/.",
 "government IT", "non-US", "outage",
 "Historic Hansard's 'HC Deb 06 March 2002 vol 381 cc401-2W' line (the date kept as `published`), the speaker labels ('Matthew Taylor', 'Ruth Kelly') and the question reference '[40813]' left out, so no member is named in the text; a paragraph break put between question and answer (whitespace only). The whole answer is kept (`truncated` false). Near-miss: the downtime is a total over 14 months, no outage told apart.", "OPL",
 truncated=False, origin="UK Parliament, historic Hansard on api.parliament.uk (page store)"))
R.append(rec("hansard-written-answer-pension-service-computer-link-breakdown-2003", HH + "2003/oct/23/combined-benefits-payments",
 "2003-10-23", "Combined Benefits Payments", "House of Commons written answer with an agency chief executive's letter (Department for Work and Pensions), historic Hansard",
 "To ask the Secretary of State for Work and Pensions how many people did not receive combined benefits payments owing to the breakdown of the link between Pension Service computer systems; when the link broke down; how long the link was broken; how much in benefit payments was not paid in this period owing to the problem; why the Department did not realise the breakdown had taken place until contacted by a benefit recipient; and if he will make a statement.\n\n"
 "This is a matter for Alexis Cleveland, Chief Executive of The Pension Service. She will write to the hon. Member.\n\n"
 "Letter from Alexis Cleveland to Mr. Paul Holmes, dated 17 July 2003:\n\n"
 "The Secretary of State for Work and Pensions has asked me to respond to your recent Parliamentary Question asking how many people did not receive combined benefits payments owing to the breakdown of the link between Pension Service computer systems; when the link broke down; how long the link was broken; how much in benefit payments was not paid in this period owing to the problem; why the Department did not realise the breakdown had taken place until contacted by a benefit recipient; and if he will make a statement.\n\n"
 "It would appear that the breakdown of the link between The Pension Service computer systems was restricted to a single benefit recipient and was not a national problem affecting numbers of customers. It is of course possible that other cases may have similar circumstances however, we are not aware of any other cases where this problem has occurred.\n\n"
 "The customer was receiving a combined payment of Minimum Income Guarantee (MIG) and Severe Disablement Allowance (SDA) and then submitted a claim for Retirement Pension (RP). For the RP claim to be assessed and paid, the other two payments for MIG and SDA had to be de-combined as three payments cannot be combined into a single payment for these benefits.",
 "government IT/benefits", "non-US", "outage",
 "Historic Hansard's speaker labels ('§ Paul Holmes', '§ Malcolm Wicks'), the question reference '[125932]' and the column marker '704W' left out (Paul Holmes stays named in the letter's own heading line); the page's date is taken from its URL for `published` (the excerpt has no 'HC Deb' line); paragraph breaks between the question, the answer, the letter's heading and the letter (whitespace only). Cut before the cut-off 'The customer subsequently withdrew the RP claim and an attempt was made to recombi...'. Near-miss: a link between two computer systems broke for one recipient's payment, 'not a national problem'.", "OPL",
 origin="UK Parliament, historic Hansard on api.parliament.uk (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
