#!/usr/bin/env python3
"""Batch 16e part 2: regulated companies' executives before committees — an energy group's and a prepayment supplier's
chief executives on forced prepayment-meter installations under the regulator's licence conditions (and the group's
ownership of British Gas), a telecoms operator's chief executive and regulation director on the regulator's
telecoms review, broadband companies' chief executives and a telecoms group's strategy director before the Public
Accounts Committee, a committee report on the postal operator's chief executive and its regulator, and the telecoms
regulator's commissioner on an operator's compliance failures and the consultants it hired — from the UK Parliament
(committees.parliament.uk and publications.parliament.uk; Open Parliament Licence v3.0) and the Houses of the
Oireachtas (kildarestreet.com; CC BY 4.0). Written after part 1 (batch16e.py) was annotated and committed, so part
1's splits stay as dealt; this part has its own split cycle. Every text is published in 2000 or later and is the
search tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here, cut at the last
full sentence kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch16e2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
ORIGINS = {"OIR": "Houses of the Oireachtas via kildarestreet.com (page store)",
           "OPL": "UK Parliament, committees.parliament.uk oral evidence (page store)"}
O_PUB = "UK Parliament, publications.parliament.uk (page store)"
UNCORR = ("the uncorrected transcript's title page (the 'UNCORRECTED TRANSCRIPT ...' and 'House of COMMONS' lines, the "
          "inquiry and date lines, the witnesses' names in capitals, 'Evidence heard in Public Questions ...') and its "
          "four-point 'USE OF THE TRANSCRIPT' notice left out")


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
R.append(rec("uk-parliament-beis-justice-committees-prepayment-meters-centrica-utilita-oshea-2023",
 "https://committees.parliament.uk/oralevidence/12824/html",
 "2023-03-14", "Oral evidence: Prepayment meters: warrants and forced installation, HC 1209",
 "House of Commons Business, Energy and Industrial Strategy Committee and Justice Committee, oral evidence",
 "Business, Energy and Industrial Strategy Committee\n\n"
 "Justice Committee\n\n"
 "Oral evidence: Prepayment meters: warrants and forced installation, HC 1209\n\n"
 "Tuesday 14 March 2023\n\n"
 "Ordered by the House of Commons to be published on 14 March 2023.\n\n"
 "Members present:\n\n"
 "Business, Energy and Industrial Strategy Committee: Darren Jones (Chair); Bim Afolami; Alan Brown; Mark Jenkinson; Ian Lavery; and Mark Pawsey.\n\n"
 "Justice Committee: Sir Robert Neill (Chair); Janet Daby; Maria Eagle; Karl Turner.\n\n"
 "Questions 130-190\n\n"
 "Witnesses\n\n"
 "III: Chris O’Shea, Chief Executive, Centrica, and Bill Bullen, founder and Chief Executive, Utilita.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Chris O’Shea and Bill Bullen.\n\n"
 "Q130 Chair (Darren Jones): We now welcome Chris O’Shea, the chief executive of Centrica, which owns British Gas; and Bill Bullen, the chief executive of Utilita. Mr O’Shea first: as I understand it, the licence conditions that Ofgem place on you state that you can only forcibly install a prepayment meter if it is “safe and reasonably practicable in all the circumstances” to do so, and guidance from the regulator says that suppliers “should assess each individual case on its merit.” Do you acknowledge that?\n\n"
 "Chris O'Shea: Yes.\n\n"
 "Q131 Chair (Darren Jones): The same guidance goes on to say that the warrant must not be used “where such action would be severely traumatic” to a customer “due to an existing vulnerability which relates to their mental capacity and/or psychological state and would be made significantly worse by the experience.” Do you acknowledge that?\n\n"
 "Chris O'Shea: Yes.",
 "energy", "non-US", "regulatory,leadership",
 "committees.parliament.uk chrome ('Watch the meeting') left out; runs of spaces after 'Q130' and 'Q131' made one space (whitespace only); the record's straight apostrophe in the speaker lines ('Chris O'Shea') beside the curly one elsewhere kept; cut before Q132, whose sentence is cut off in the excerpt ('... would automatically discon'). `published` is the sitting's day.",
 "OPL"))
R.append(rec("uk-parliament-trade-industry-committee-ofcom-telecoms-review-energis-pluthero-2005",
 "https://publications.parliament.uk/pa/cm200405/cmselect/cmtrdind/uc407-ii/uc40702.htm",
 "2005-03-08", "Ofcom's Strategic Review of Telecommunications (uncorrected transcript of oral evidence, HC 407-ii)",
 "House of Commons Trade and Industry Committee, uncorrected transcript of oral evidence",
 "Oral Evidence\n\n"
 "Taken before the Trade and Industry Committee\n\n"
 "on Tuesday 8 March 2005\n\n"
 "Members present\n\n"
 "Mr Martin O'Neill, in the Chair\n\n"
 "Linda Perham\n\n"
 "Sir Robert Smith\n\n"
 "Memorandum submitted by Energis Communications Ltd\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Mr John Pluthero, Chief Executive Officer and Mr Andy May, Director, Regulatory and Public Affairs, Energis Communications Ltd, examined.\n\n"
 "Q84 Chairman: Good morning Mr Pluthero. Perhaps you could introduce your colleague and yourself and we will get started.\n\n"
 "Mr Pluthero: Good morning and thank you for having us today. My name is John Pluthero; I am Chief Executive of Energis. To my right is Andy May, the Director of Regulation at Energis.",
 "telecoms", "non-US", "leadership,regulatory",
 UNCORR + " (so the later panel's Ben Verwaayen, Anne Heal and Peter McCarthy-Ward, named there only in capitals and without a company, are not in the text); a rule line ('________________') left out; cut before the cut-off 'Q85 Chairman: From what we can see you have changed your'. `published` is the sitting's day.",
 "OPL", origin=O_PUB))
R.append(rec("uk-parliament-public-accounts-committee-rural-broadband-talktalk-bt-witnesses-2013",
 "http://www.publications.parliament.uk/pa/cm201314/cmselect/cmpubacc/uc474-i/uc47401.htm",
 "2013-07-17", "The Rural Broadband Programme (uncorrected transcript of oral evidence, HC 474-i)",
 "House of Commons Public Accounts Committee, uncorrected transcript of oral evidence",
 "Oral Evidence\n\n"
 "Taken before the Public Accounts Committee\n\n"
 "on Wednesday 17 July 2013\n\n"
 "Members present:\n\n"
 "Margaret Hodge (Chair)\n\n"
 "Mr Richard Bacon\n\n"
 "Stephen Barclay\n\n"
 "Guto Bebb\n\n"
 "Chris Heaton-Harris\n\n"
 "Meg Hillier\n\n"
 "Fiona Mactaggart\n\n"
 "Nick Smith\n\n"
 "Ian Swales\n\n"
 "Justin Tomlinson\n\n"
 "Amyas Morse, Comptroller and Auditor General, David Corner, Director, National Audit Office, Ashley McDougall, Audit Manager, National Audit Office and Marius Gallaher, Alternate Treasury Officer of Accounts, were in attendance.\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Malcolm Corbett, Chief Executive Officer, Independent Networks Co-operative Association, Dido Harding, Chief Executive Officer, TalkTalk, Nicholas James, Chief Executive Officer, UK Broadband, and Sean Williams, Group Director of Strategy, Policy and Portfolio, BT Group, gave evidence.\n\n"
 "Q1 Chair: Welcome. Thank you so much for coming. Are you comfortable? It is very hot, but it is a little cooler here than it is in some of our offices.\n\n"
 "This stage in our proceedings is really to garner from you-it is probably less true of Sean Williams than it is of the three of you sitting to his right-what issues we need to address when we question Sean Williams and then the accounting officers later on.",
 "telecoms", "non-US", "leadership,regulatory",
 UNCORR + "; the record's hyphens for dashes ('from you-it', 'right-what') kept; cut before the cut-off 'This is your opportunity ... what you find fr'. `published` is the sitting's day.",
 "OPL", origin=O_PUB))
R.append(rec("uk-parliament-beis-committee-report-royal-mail-simon-thompson-ofcom-2023",
 "https://publications.parliament.uk/pa/cm5803/cmselect/cmbeis/1045/report.html",
 "2023-03-17", "Royal Mail (Seventh Report of Session 2022–23)", "House of Commons Business, Energy and Industrial Strategy Committee report",
 "This is a House of Commons Committee report, with recommendations to government. The Government has two months to respond.\n\n"
 "Seventh Report of Session 2022–23\n\n"
 "Author: Business, Energy and Industrial Strategy Committee\n\n"
 "Related inquiry: Royal Mail and the Post Office\n\n"
 "Date Published: 17 March 2023\n\n"
 "1 Introduction\n\n"
 "1. This report is about Royal Mail. It flows from two oral evidence sessions held with its senior management team, and it sets out our conclusions in two areas: the use of data from Postal Digital Assistants (PDAs) for performance management, and Royal Mail’s commitment to delivering the Universal Service Obligation (USO), which includes a requirement for Royal Mail—as the provider of the statutory universal postal service—to deliver letters six days of the week.\n\n"
 "2. The first of those two evidence sessions was held on 17 January 2023. Its purpose was to examine Royal Mail’s performance against its targets, its financial position, and its request to the Government for an amendment to the USO. As the provider of the USO, Royal Mail is accountable to the postal services regulator, Ofcom, and, as the Minister responsible for postal services, the Parliamentary Under Secretary of State at the Department for Business and Trade. The Committee has oversight of the Department for Business and Trade, and the Committee has undertaken this work on that basis. It is important to note that the Committee does not have the power to instruct Royal Mail how to run its business but instead has the power to ask questions of, and make recommendations to, the Parliamentary Under Secretary of State.\n\n"
 "3. In the weeks which followed that evidence session, the Chair and Committee received more than 1,000 emails. The vast majority were from postal workers, casting doubt on some of the statements made by the Chief Executive Officer of Royal Mail (Mr Simon Thompson) during the session.",
 "postal services", "non-US", "regulatory,leadership",
 "publications.parliament.uk chrome (the heading 'Royal Mail', kept in the title, 'Download and Share', 'Contents') left out; cut before the cut-off 'We are grateful to those who contacted us for pro'. `published` is the report's publication day, as the page gives it.",
 "OPL", origin=O_PUB))
R.append(rec("oireachtas-committee-broadband-comreg-godfrey-eir-stiles-report-compliance-2018",
 "https://www.kildarestreet.com/committees/?gid=2018-10-11a.1661",
 "2018-10-11", "Broadband Service Provision: Discussion (Resumed)",
 "Joint Oireachtas Committee on Communications, Climate Action and Environment (as kildarestreet.com names it), one contribution",
 "Mr. Jeremy Godfrey:\n\n"
 "I will talk first about the Stiles report about Eir's regulatory governance model. Regulatory governance is important because if Eir does not have a good way of managing its compliance it will not know whether it is complying, and neither will ComReg or the industry. If the industry does not know, its confidence to invest can be affected. There has been ongoing discussion between ComReg and Eir for many years. In 2013, Eir started a wholesale compliance programme intended to address some of those issues. ComReg stated it would review the programme after it had been running for a while and, based on ComReg's evaluation of how well it was doing, it would decide whether more needed to be done.\n\n"
 "The Stiles report was one of the reports produced as a result of that programme and Eircom was encouraged to publish it in the interests of transparency. That report disclosed a number of failings, as well as some good things. Eir had made progress on operational issues like order processing, particularly in respect of its mature products. The report disclosed some breaches, some of which ComReg had already identified and about which we were taking compliance action. It probably speaks for itself that ComReg has taken five compliance cases and has sought penalties from the courts amounting to €10 million.\n\n"
 "There is a sixth case where ComReg has formed an opinion of non-compliance but has not yet taken it to court. That speaks to the seriousness with which ComReg sees the breaches.\n\n"
 "ComReg commissioned Cartesian and KPMG to review how well the governance model was working following the Stiles report. Those reviews found good things and serious flaws, particularly around strategic decision making and incentives and some information technology issues.",
 "telecoms", "non-US", "regulatory",
 "kildarestreet chrome (site, date, committee and heading lines, the heading kept as title; the time line) left out; the witness's speaker line kept; single line breaks of the newer kildarestreet page doubled (whitespace only); cut before the cut-off 'ComReg consulte'. `published` is the sitting's day. A different sitting from the committee's 18 September 2018 sitting with Eir's chief executive (in the corpus).",
 "OIR"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
