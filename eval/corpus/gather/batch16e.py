#!/usr/bin/env python3
"""Batch 16e: regulatory stories that name companies, their owners and executives — US merger cases with conditions
(FTC case listings on drugmakers' acquisitions and divestitures; a Justice Department release on a wireless
acquisition), UK media-merger decisions in Parliament (a newspaper group's new minority owners, a newspaper group's
planned sale, a broadcaster takeover referred to the competition authority), an Irish newspaper-group purchase before
the media-merger regulator, the award of the Irish National Lottery licence to a consortium, and a contractor's
collapse debated in the Commons — from public-domain US federal texts and openly licensed parliamentary records:
FTC pages on ftc.gov (public domain), a Justice Department release as a blog reproduces it (public domain), the UK
Parliament (hansard.parliament.uk, theyworkforyou.com and parallelparliament.co.uk copies of Hansard; Open Parliament
Licence v3.0) and the Houses of the Oireachtas (oireachtas.ie and kildarestreet.com; CC BY 4.0). Every text is
published in 2000 or later (the FTC listings give no page date: `published` null; their cases date from 2009-2022).
Every text is the search tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here;
where an excerpt was cut it ends at the last full sentence kept (`truncated`). Edits per item in `notes`: page chrome,
case metadata lines, question references and speaker photo lines left out; no word added or changed.
usage: batch16e.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
ORIGINS = {"OIR": "Houses of the Oireachtas, oireachtas.ie (page store)",
           "OPL": "UK Parliament, Hansard (hansard.parliament.uk, page store)",
           "PD": "U.S. Federal Trade Commission, ftc.gov case listing (page store)"}
O_KS = "Houses of the Oireachtas via kildarestreet.com (page store)"
O_TWFY = "UK Parliament, Hansard via theyworkforyou.com (page store)"
O_PP = "UK Parliament, Hansard via parallelparliament.co.uk (page store)"
O_DOJ = "U.S. Department of Justice press release as reproduced by newyorkparalegalblog.com (page store)"
FTCMETA = ("ftc.gov chrome ('Skip to main content', 'Displaying N - M of K') and each case's metadata lines ('Type of "
           "Action', 'Administrative', 'Last Updated', 'FTC Matter/File Number', the file and docket numbers, 'Case "
           "Status', 'Pending') left out; case headings kept as lines of their own")
OIECHROME = ("oireachtas.ie chrome ('Skip to main content' / 'Léim ar aghaidh chuig an bpríomhábhar', 'Normal View' / "
             "'Gnáthamharc', the heading, kept as title, the 'Dáil Éireann Debate' and date lines, 'Questions (N)' / "
             "'Ceisteanna (N)', the asker's name line, 'Question:' / 'Ceist:', 'View answer' / 'Amharc ar fhreagra', "
             "'Written answers' / 'Freagraí scríofa', 'Top', 'Share') and the question reference in brackets left out")
PPCHROME = ("parallelparliament chrome (the heading, kept as title, '(Limited Text - Ministerial Extracts only)', 'Read Full "
            "debate', the date and '(N years ago)' lines, 'Written Statements', 'Read Hansard Text', 'Read Debate', "
            "'Ministerial Extracts', the 'Portrait' word of the photo and '- Hansard - - - Excerpts') left out; the "
            "minister's speaker line kept as the first line")


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


def pd(id, url, published, title, kind, text, sector, region, topics, notes, agency="U.S. Federal Trade Commission",
       origin=None, truncated=True):
    r = rec(id, url, published, title, kind, text, sector, region, topics, notes, "PD", truncated=truncated,
            origin=origin)
    on = f", {published}" if published else ""
    r["attribution"] = f"{agency}, {kind}, '{title}'{on}, {url}; public domain (US federal government work)"
    return r


R = []
# ---- US merger cases (pharma, telecoms) -------------------------------------------------------------------------
R.append(pd("ftc-merger-cases-pfizer-wyeth-hikma-ben-venue-divestitures",
 "https://ftc.gov/merger?page=40", None, "Mergers (case listing, page 41)", "case listing page",
 "Pfizer Inc., a corporation, and Wyeth, a corporation, In the Matter of\n\n"
 "The Commission challenged Pfizer Inc.’s proposed $68 billion acquisition of Wyeth and required significant divestitures to preserve competition in multiple U.S. markets for animal pharmaceuticals and vaccines. The proposed consent order remedies the anticompetitive effects the Commission believes are likely to result from the transaction in numerous markets for animal vaccines and animal pharmaceutical products. After a thorough investigation, the Commission concluded that the transaction does not raise anticompetitive concerns in any human health product markets.\n\n"
 "Bedford Laboratories/Hikma Pharmaceuticals, In the Matter of\n\n"
 "Generic drug marketer Hikma Pharmaceuticals PLC agreed to divest its rights and interests in five generic injectable pharmaceuticals to settle charges that its $5 million acquisition of the rights to various drug products and related assets from Ben Venue Laboratories, Inc. would likely be anticompetitive. According to the complaint, without a remedy, Hikma’s purchase of certain generic injectables would likely harm future competition in the U.S. markets for (1) Acyclovir sodium injection: an antiviral drug used to treat chicken pox, herpes, and other related infections, (2) Diltiazem hydrochloride injection: a calcium channel  blocker and antihypertensive used to treat hypertension, angina, and arrhythmias, (3) Famotidine injection: a treatment for ulcers and gastroesophageal reflux disease, (4) Prochlorperazine edisylate injection: an antipsychotic drug used to treat schizophrenia and nausea, and (5) Valproate sodium injection: a treatment for epilepsy, seizures, bipolar disorder, anxiety, and migraine headaches.",
 "pharma", "US", "regulatory,deal",
 FTCMETA + "; the page's double space in 'channel  blocker' kept; cut before the cut-off 'Hikma is required to divest ... to Amphastar Pharmaceuticals, Inc., a Cal'. No page date (`published` null); the FTC names itself only as 'the Commission'."))
R.append(pd("ftc-merger-cases-teva-cephalon-perrigo-paddock-divestitures",
 "https://ftc.gov/merger?page=52", None, "Mergers (case listing, page 53)", "case listing page",
 "Teva Pharmaceutical Industries Ltd., and Cephalon, Inc., In the Matter of\n\n"
 "On 10/7/2011, the FTC required Teva Pharmaceutical Industries Ltd. to sell the rights and assets related to a generic cancer pain drug and a generic muscle relaxant, as a condition of its proposed $6.8 billion acquisition of rival drug firm Cephalon, Inc. In addition, the proposed settlement requires Teva to enter into a supply agreement that will allow a competing firm to sell a generic version of Cephalon’s wakefulness drug Provigil in 2012. On 7/3/2012, the FTC issued its final order. The final amended FTC order resolving the charges requires Teva to sell the rights and assets related to a generic cancer pain drug and a generic muscle relaxant to Par Pharmaceuticals, Inc. It also requires Teva to enter into a supply agreement that will allow Par to sell a generic version of Cephalon's wakefulness drug Provigil in 2012.\n\n"
 "Perrigo Company and Paddock Laboratories, Inc., In the Matter of\n\n"
 "On 7/26/2011, the Commission required generic drug manufacturers Perrigo Company and Paddock Laboratories, Inc. to sell six generic drugs under a proposed settlement resolving charges that Perrigo’s proposed $540 million acquisition of Paddock would be anticompetitive. The proposed settlement also contains provisions to ensure future competition in the market for generic testosterone gel product. On 6/26/2012, the FTC issued a modified final order that required the companies to sell six generic drugs to Watson Pharmaceuticals, Inc.",
 "pharma", "US", "regulatory,deal",
 FTCMETA + "; the third case (AmeriGas Propane and Energy Transfer Partners' Heritage Propane) left out with its heading, its only sentence being cut off in the excerpt ('... as part'). No page date (`published` null)."))
R.append(pd("ftc-prescription-drugs-cases-ani-novitium-bristol-myers-squibb-celgene-otezla",
 "http://www.ftc.gov/industry/prescription-drugs?page=2", None, "Prescription Drugs (case listing, page 3)", "case listing page",
 "ANI/Novitium, In the Matter of\n\n"
 "The Federal Trade Commission required generic drug marketers ANI Pharmaceuticals, Inc. and Novitium Pharma LLC to divest, to Prasco LLC, ANI’s development rights to one generic drug and assets with respect to another generic drug as part of a settlement resolving charges that ANI’s $210 million acquisition of Novitium likely would be anticompetitive. According to the complaint, without a remedy, the acquisition would likely harm future competition in U.S. markets for both of these generic products. The order requires ANI and Novitium to divest ANI’s rights and assets to generic SMX-TMP oral suspension and generic dexamethasone tablets to Prasco within 10 days after the acquisition is final. On Jan. 12, 2022, the Commission announced the final consent order in this matter.\n\n"
 "Bristol-Myers Squibb Company and Celgene Corporation, In the Matter of\n\n"
 "Pharmaceutical and biologic manufacturers Bristol-Myers Squibb Company and Celgene Corporation agreed to divest Celgene’s Otezla, the most popular oral treatment in the United States for moderate-to-severe psoriasis, for $13.4 billion. The divestiture settled Federal Trade Commission charges that BMS’s proposed $74 billion acquisition of Celgene would violate federal antitrust law. Under the terms of the proposed consent order, the parties were required to divest Celgene’s worldwide Otezla business – including its regulatory approvals, intellectual property, contracts, and inventory – to Amgen, Inc. no later than 10 days after consummating the proposed acquisition. On Nov. 12, 2021, the Commission  announced that it has approved certain modifications to Bristol Meyers Squibb’s divestiture agreements.",
 "pharma", "US", "regulatory,deal",
 FTCMETA + "; the page's double space in 'the Commission  announced' and its spelling 'Bristol Meyers Squibb’s' kept; cut after the second case (the excerpt ends there). No page date (`published` null)."))
R.append(pd("ftc-competition-cases-endo-par-wright-medical-tornier",
 "https://ftc.gov/competition?mission=All&page=122&type=All", None, "Competition (case listing, page 123)", "case listing page",
 "Endo International plc, In the Matter of\n\n"
 "Pharmaceutical companies Endo International plc and Par Pharmaceuticals, Inc. agreed to divest all of Endo’s rights and assets to generic glycopyrrolate tablets and generic methimazole tablets in order to settle FTC charges that Endo’s proposed $8 billion acquisition of Par would likely be anticompetitive. New Jersey-based generic drug marketer Rising Pharmaceuticals will acquire the divested assets. Under the settlement, Endo must supply Rising with the divested products for two years, while it transfers the manufacturing technology to Rising’s chosen third-party manufacturer. Endo also must provide technical assistance, training, and other transitional services to help Rising establish manufacturing capabilities. Without the divestitures required by the proposed order, the FTC alleges that the acquisition would combine the two most significant suppliers in the market for generic glycopyrrolate tablets, which are used with other drugs to treat certain types of ulcers, and two of only four active suppliers in the market for generic methimazole tablets, which are used to treat the body’s production of excess thyroid hormone.\n\n"
 "In re Effexor XR Antitrust Litigation\n\n"
 "FTC Approves Final Order Preserving Competition in U.S. Markets for Two Types of Orthopedic Devices\n\n"
 "Wright Medical Group, Inc./Tornier N.V., In the Matter of\n\n"
 "Wright Medical Group, Inc. and Tornier N.V. agreed to sell Tornier’s U.S. rights and assets related to its total ankle replacements and total silastic toe joint replacements to resolve FTC charges that the proposed $3.3 billion merger would illegally reduce competition for these devices. According to the complaint, the merger would likely substantially lessening competition in the U.S. markets for total ankle replacements and total silastic toe joint replacements.",
 "pharma, medical devices", "US", "regulatory,deal",
 "The page's 'Displaying 2441 - 2460 of 4737' line left out; two listed titles without a description (a litigation and a press release) kept as lines, as on the page; the record's 'would likely substantially lessening' kept; cut before the cut-off 'Under the settlement, Wright and Tornier will divest the rights and assets to these devices to Integra Lifescie'. No page date (`published` null)."))
R.append(pd("doj-verizon-divest-assets-acquisition-alltel-barnett-2008",
 "https://www.newyorkparalegalblog.com/2008/10/justice-department-requires.html", "2008-10-30",
 "Justice Department Requires Divestitures in Verizon’s Acquisition of Alltel", "Department of Justice press release",
 "WASHINGTON — The Department of Justice announced today that it will require Verizon Communications Corp. (Verizon) to divest assets in 100 areas in 22 states in order to proceed with its $28 billion acquisition of Alltel Corp. The Department said that the transaction as originally proposed would have substantially lessened competition to the detriment of consumers of mobile wireless telecommunications services in those areas, and likely would result in higher prices, lower quality and reduced network investments. The divestitures cover the entire states of North Dakota and South Dakota; large portions of the states of Colorado, Georgia, Kansas, Montana, South Carolina, Utah and Wyoming; and portions of the states of Alabama, Arizona, California, Idaho, Illinois, Iowa, Minnesota, Nebraska, Nevada, New Mexico, North Carolina, Ohio and Virginia.\n\n"
 "The Department’s Antitrust Division, along with the Attorneys General of the states of Alabama, California, Iowa, Kansas, Minnesota, North Dakota and South Dakota, filed a civil lawsuit today in U.S. District Court for the District of Columbia to block the proposed acquisition of Alltel by Verizon. At the same time, the Department and state Attorneys General filed a proposed settlement that, if approved by the court, would resolve the competitive concerns in the lawsuit. Additionally, as a part of the settlement, the Department filed to modify two existing consent decrees. \"The divestitures required are necessary to protect wireless customers and are among the most extensive required by the Department in a wireless case,\" said Thomas O. Barnett, Assistant Attorney General in charge of the Department’s Antitrust Division.",
 "telecoms", "US", "regulatory,deal",
 "The release's text as the blog reproduces it (a US federal work, public domain); the blog's heading kept as title, its 'More...' link and 'Comments' line left out. `published` is the release's day, 30 October 2008 (the blog's URL gives 2008/10; the day from a law firm's note on the same release, crowell.com, 'On October 30, 2008'), so 'today' resolves to it.",
 agency="U.S. Department of Justice", origin=O_DOJ))
# ---- UK media mergers and a contractor's collapse ---------------------------------------------------------------
R.append(rec("hansard-written-statement-news-media-merger-lebedev-independent-2019",
 "https://parallelparliament.co.uk/debate/2019-06-13/commons/written-statements/news-media-merger/ministerial-extracts",
 "2019-06-13", "News Media Merger", "House of Commons written statement (Hansard text as parallelparliament.co.uk reproduces it)",
 "The Secretary of State for Digital, Culture, Media and Sport (Jeremy Wright)\n\n"
 "My Department has today written to Lebedev Holdings Limited (LHL) and Independent Digital News and Media Limited (IDNM), the owners of the Evening Standard and The Independent, to inform them that I am minded to issue an intervention notice. This relates to concerns I have that there may be public interest considerations—as set out in section 58 of the Enterprise Act 2002—that are relevant to the recent acquisition of a 30% stake by the International Media Company (IMC) in LHL and the linked transaction involving the acquisition of a 30% stake by Scalable LP in IDNM and that these concerns warrant further investigation.\n\n"
 "A “minded to” letter has therefore been issued to the parties on one public interest ground specified in section 58 of the Enterprise Act 2002:\n\n"
 "(2A) The need for (a) accurate presentation of news; and (b) free expression of opinion.\n\n"
 "It is important to note that I have not taken a final decision on intervention at this stage. In line with the statutory guidance on media mergers, the “minded to” letter invites further representations in writing from the parties and gives them until 5pm on Monday 17 June to respond. I plan to make my final decision, which needs to be made on a quasi-judicial basis, on whether to issue an intervention notice no later than the week commencing 24 June.\n\n"
 "If I decide to issue an intervention notice, the next stage would be for Ofcom to assess and report to me on the public interest concerns and for the Competition and Markets Authority (CMA) to assess and report to me on whether a relevant merger situation has been created and any impact this may have on competition.",
 "media", "non-US", "regulatory,deal",
 PPCHROME + "; cut before the cut-off 'Following these reports, I would need to decide whethe'. `published` is the statement's day.",
 "OPL", origin=O_PP))
R.append(rec("hansard-written-statement-telegraph-media-group-redbird-imi-intervention-2024",
 "https://parallelparliament.co.uk/debate/2024-01-24/commons/written-statements/telegraph-media-group-public-interest-intervention-notice",
 "2024-01-24", "Telegraph Media Group: Public Interest Intervention Notice", "House of Commons written statement (Hansard text as parallelparliament.co.uk reproduces it)",
 "The Secretary of State for Culture, Media and Sport (Lucy Frazer)\n\n"
 "My Department has today written to solicitors acting for the Barclay family and RedBird IMI, the current and proposed new owners of Telegraph Media Group, to inform them that I am “minded to” issue a new public interest intervention notice.\n\n"
 "This week, RedBird IMI has made changes to the corporate structure of the potential acquiring entities of Telegraph Media Group and this creates a new relevant merger situation. RedBird IMI asserts that no changes have been made to the identity, nature or economic interests of the ultimate shareholders.\n\n"
 "I have noted the very late stage in the process at which information about this new corporate structure has been shared and implemented. I do not consider that this is conducive to the full and proper functioning of the process. I expect the parties to ensure that all the relevant authorities have timely access to all relevant information, and in sufficient detail, in order that they, and subsequently I as Secretary of State, can make our determinations.\n\n"
 "The new public interest intervention notice that I am minded to issue relates to concerns that I continue to have that there may be public interest considerations—as set out in section 58 of the Enterprise Act 2002—that are relevant to the planned acquisition of Telegraph Media Group by RedBird IMI, and that these concerns warrant further investigation.\n\n"
 "A “minded to” letter has therefore been issued to the parties on the following public interest ground specified in section 58 of the Enterprise Act 2002:\n\n"
 "(2A) The need for—\n\n"
 "(a) accurate presentation of news; and\n\n"
 "(b) free expression of opinion;\n\n"
 "in newspapers is specified in this section.\n\n"
 "These letters, and other relevant updates, will be published on gov.uk.",
 "media", "non-US", "regulatory,deal",
 PPCHROME + "; cut before the cut-off 'The “minded to'. `published` is the statement's day.",
 "OPL", origin=O_PP))
R.append(rec("hansard-commons-statement-sky-fox-merger-bradley-cma-referral-2017",
 "https://www.theyworkforyou.com/debates/?id=2017-09-12a.652.4",
 "2017-09-12", "Sky/Fox Merger", "House of Commons ministerial statement (Hansard text as theyworkforyou.com reproduces it)",
 "Karen Bradley The Secretary of State for Digital, Culture, Media and Sport\n\n"
 "I apologise for beginning my statement by correcting you, Mr Speaker, but I am now the Secretary of State for Digital, Culture, Media and Sport. The Department has a new word in its name.\n\n"
 "I am here to give an update on the proposed merger between 21st Century Fox and Sky plc and on my decision about whether to refer the transaction for a full six-month investigation by the Competition and Markets Authority. I should first remind the House that in my quasi-judicial role I must, first, come to a decision on the basis of relevant evidence; secondly, act independently in a process that is fair and impartial; and, thirdly, take my decision as promptly as is reasonably practicable. I am committed to transparency and openness in this process and have been clear that my decisions can be influenced only by facts, not by opinions, and that they can be influenced only by the evidence, not by who shouts the loudest.\n\n"
 "I turn, first, to media plurality, and I can confirm that none of the representations received has persuaded me to change my position. Accordingly, I can confirm my intention to make a referral on the media plurality ground to the CMA. On the question of commitment to broadcasting standards, over the summer my officials reviewed the almost 43,000 representations received. A significant majority of them were campaign-inspired, arguing against the merger going ahead but generally without providing new or further evidence or commenting on Ofcom’s approach. Overall, only 30 of the 43,000 representations were substantive, raising potentially new evidence or commenting on Ofcom’s approach. Almost all were related to commitment to broadcasting standards.\n\n"
 "In the light of those representations, I asked Ofcom to provide further advice.",
 "media", "non-US", "regulatory,deal",
 "theyworkforyou chrome (the heading, kept as title, '– in the House of Commons at 12:42 pm on 12 September 2017.', 'Alert me about debates like this', 'Photo of Karen Bradley' and the time and date after the speaker's post) left out; the speaker line kept as the first line; cut before the cut-off 'M'. `published` is the sitting's day.",
 "OPL", origin=O_TWFY))
R.append(rec("hansard-commons-debate-lessons-collapse-carillion-reeves-2018",
 "https://hansard.parliament.uk/Commons/2018-07-12/debates/2D8B6F0E-B8C0-47C6-B9D0-D274EC5D72DD/Carillion",
 "2018-07-12", "Carillion", "House of Commons backbench business debate",
 "[Relevant Documents: Second Joint Report of the Business, Energy and Industrial Strategy and Work and Pensions Committees, Carillion, HC 769;\n\n"
 "Second Special Joint Report of the Business, Energy and Industrial Strategy Committee and Work and Pensions Committee, Carillion: Responses from Interested Parties to the Second Joint Report of the Business, Energy and Industrial Strategy Committee and the Work and Pensions Committee, HC 1392;\n\n"
 "Forty-first Report of the Committee of Public Accounts, Government risk assessments relating to Carillion, HC 1045;\n\n"
 "Seventh Report of the Public Administration and Constitutional Affairs Committee, After Carillion: Public sector outsourcing and contracting, HC 748;\n\n"
 "Oral evidence taken before the Liaison Committee on 7 February 2018, on Cross-government response to the collapse of Carillion, HC 770.]\n\n"
 "I beg to move,\n\n"
 "That this House has considered lessons from the collapse of Carillion.\n\n"
 "I am grateful to the Backbench Business Committee for scheduling the debate for today, which is timely. This Sunday it will be six months since Carillion entered liquidation. When it collapsed, it employed 42,000 people, more than 19,000 of them working in the United Kingdom. It held liabilities of £7 billion, including a £2 billion liability to 30,000 suppliers and subcontractors, and it held just £29 million in cash to meet those liabilities. In the past six months, nearly 2,500 Carillion workers have been made redundant and more than 1,000 have voluntarily left what remains of the business. Projects have been mothballed and suppliers have faced ruin.\n\n"
 "Since the collapse of Carillion, five Committees have looked into the issues surrounding its collapse. Along with the Work and Pensions Committee, my Committee—the Business, Energy and Industrial Strategy Committee—has considered the causes of the collapse.",
 "construction, support services", "non-US", "restructuring,regulatory",
 "hansard.parliament.uk chrome ('Skip to main content', the heading, kept as title, and 'Volume 644: debated on Thursday 12 July 2018') left out; the page gives no speaker label, so the mover (Rachel Reeves) is not named in the text; cut before the cut-off 'The debate is also timely because this morning our Committee'. `published` is the sitting's day.",
 "OPL"))
# ---- Ireland: the National Lottery licence and a newspaper-group purchase --------------------------------------
R.append(rec("oireachtas-dail-written-answer-national-lottery-licence-premier-lotteries-camelot-2013",
 "https://www.oireachtas.ie/en/debates/question/2013-11-06/69/",
 "2013-11-06", "National Lottery Licence Sale", "Dáil Éireann written answers (Questions 68, 69)",
 "68. Deputy Mary Lou McDonald asked the Minister for Public Expenditure and Reform if annual contributions for good causes will be set at 65% of gross gaming revenues; if it will be provided for in the new national lottery licence recently awarded to Premier Lotteries Ireland.\n\n"
 "69. Deputy Mary Lou McDonald asked the Minister for Public Expenditure and Reform if the recently concluded award of the new national lottery licence to Premier Lotteries Ireland secured an up-front payment of €400 million.\n\n"
 "I propose to take Questions Nos. 68 and 69 together.\n\n"
 "As I announced on 3rd October 2013, Premier Lotteries Ireland Limited, a consortium comprising Ontario Teachers’ Pension Plan (the owner of the Camelot Group), An Post and An Post pension funds, has been selected as the preferred applicant for the next National Lottery licence. Premier Lotteries Ireland Limited met the Essential Requirements provided for in the competition for the licence and submitted the highest Licence Fee proposal which is 405 million euro.\n\n"
 "The detailed work on finalizing the licence with the preferred applicant has commenced. However, the licence has not yet been signed. Under the terms of the new licence, half of the upfront payment is to be paid within ten working days of the signature of the licence. The remaining half of the upfront payment is to be paid within nine months of the signature of the licence.\n\n"
 "I can confirm that under the next licence, the annual contributions for Good Causes will be set at 65% of gross gaming revenues.",
 "gambling/lottery", "non-US", "regulatory,deal",
 OIECHROME + " ('[47232/13]', '[47233/13]'). The whole answer (`truncated` false). `published` is the answer's day; the Minister (Brendan Howlin) is not named in the text.",
 "OIR", truncated=False))
R.append(rec("oireachtas-dail-written-answer-national-lottery-licence-sale-an-post-camelot-2014",
 "https://www.oireachtas.ie/ga/debates/question/2014-12-10/72/",
 "2014-12-10", "National Lottery Licence Sale", "Dáil Éireann written answer (Question 72)",
 "72. Deputy Finian McGrath asked the Minister for Public Expenditure and Reform the reason An Post is not retaining the lotto business as it now appears that this business has been handed to a company outside Ireland; the implications for jobs; and if he will make a statement on the matter.\n\n"
 "As the Deputy will be aware, in February of this year, I granted the next licence to operate the National Lottery to Premier Lotteries Ireland delivering €405 million to the Irish citizen. As I announced in Budget 2014, half of the proceeds from the Lottery licence transaction were allocated to help fund a number of job rich projects across the country including the Wild Atlantic Way, the 1916 Commemoration and the National Sports Campus. The full list of these projects can be viewed on my Department's website at www.per.gov.ie.  The other half of the proceeds, received in a second instalment last week, will be used to help fund the construction of the new National Children's Hospital - the largest, most complex and significant capital investment project ever undertaken in healthcare in Ireland, which will also have a major job creation impact.\n\n"
 "The lottery licence was awarded following an open, transparent, competitive process. The new operator, Premier Lotteries Ireland, a joint venture between An Post and Camelot, the operator of the UK national lottery, aims to grow the business.  While a small number of staff have availed of voluntary severance arrangements, the vast majority of staff of An Post National Lottery Company have transferred to the new operator.",
 "gambling/lottery", "non-US", "regulatory,deal",
 OIECHROME + " ('[47490/14]'); the page's double spaces after two sentences kept and one trailing space removed (whitespace only); cut before the cut-off 'I am sure the Deputy will agree ... has had a positive impact'. `published` is the answer's day.",
 "OIR"))
R.append(rec("oireachtas-dail-written-answer-media-mergers-inm-celtic-media-bai-2018",
 "https://www.oireachtas.ie/ga/debates/question/2018-04-24/471/",
 "2018-04-24", "Media Mergers", "Dáil Éireann written answer (Question 471)",
 "471. Deputy Peadar Tóibín asked the Minister for Communications, Climate Action and Environment if the contents of a report were communicated to a company (details supplied) or its representatives before the report was officially published; and the communications he has had with the company and its representatives since becoming Minister.\n\n"
 "In early September 2016 INM announced that it had agreed a deal to purchase the portfolio of regional newspapers owned by the Celtic Media Group, or CMNL.\n\n"
 "This proposed acquisition was subject to a competition review by the Competition and Consumer Protection Commission, which cleared the case on 10 November 2016. Subsequently, formal notification of the proposed acquisition was received by my Department on 21 November 2016.\n\n"
 "After a period of examination by my Department, I received the Phase 1 examination report and recommendation by my officials regarding the proposed acquisition on 4 January 2017. I then accepted the advice of my officials to refer the proposed acquisition to the Broadcasting Authority of Ireland for a full, or Phase 2, media merger examination and made my formal determination in that respect on 10 January 2017. I also appointed an advisory panel to assist the Authority in its deliberations.\n\n"
 "However, the media merger notification was withdrawn by the parties on 6 June 2017 and as a result of this I was not required to make a determination in this case.\n\n"
 "The Phase 1 examination report was published, alongside the subsequent reports of the Broadcasting Authority and Advisory Panel, in July 2017.",
 "media", "non-US", "regulatory,deal",
 OIECHROME + " ('[17951/18]'); cut before the cut-off 'In advance of publication ... to highlight commercial'. `published` is the answer's day. Same purchase as the Minister's Dáil statement of 18 April 2018 in this batch (different texts; one sentence of the answer's first paragraph is close to the statement's).",
 "OIR"))
R.append(rec("oireachtas-dail-statement-minister-inm-celtic-media-acquisition-nuj-2018",
 "https://www.kildarestreet.com/debate/?id=2018-04-18a.465",
 "2018-04-18", "Statement by Minister for Communications, Climate Action and Environment", "Dáil Éireann debate, the Minister's statement",
 "In early September 2016, Independent News & Media, INM, announced that it had agreed a deal to purchase the portfolio of regional newspapers owned by the Celtic Media Group. The titles that were to be included in the deal were The Anglo-Celt, The Meath Chronicle, Forum, the Westmeath Examiner, the Westmeath Independent, The Connaught Telegraph, and the Offaly Independent. On 3 September 2016, after the public announcement by INM, the National Union of Journalists, NUJ, issued a statement calling on me, as Minister for communications, to investigate the implications of the proposed acquisition. According to Mr. Séamus Dooley of the NUJ:\n\n"
 "In approving the acquisition the minister is required to consider the issues of media diversity and plurality. This is the first time these powers can be used by the minister, in addition to the powers of the Competition and Consumer Protection Commission.\n\n"
 "In a further statement on 5 September 2016, Mr. Dooley called on me as Minister \"to set up a panel of experts to investigate the acquisition and to ask the Broadcasting Authority of Ireland to carry out a fully statutory inquiry, as provided for in guidelines\". He argued that in light of \"INM's dominant position in the national newspaper sector and the dominant role of the chief shareholder in the independent broadcasting sector there are compelling reasons for an investigation into the full implications of this proposed acquisition\".\n\n"
 "On 26 October, Deputy Brian Stanley said in this House that \"the media landscape [was] on the verge of losing more diversity owing to the possible purchase of Celtic Media Group by Independent News & Media which is controlled or owned by Mr. Denis O'Brien\".",
 "media", "non-US", "regulatory,deal",
 "kildarestreet chrome (site, date and heading lines, the heading kept as title; the time line; the Minister's photo/speaker line, so Denis Naughten is not named in the text) left out; cut before the cut-off 'He also raised media concentration concerns on foot of a European Parliament'. `published` is the sitting's day.",
 "OIR", origin=O_KS))

# ---- Ireland: energy suppliers' price rises and profits --------------------------------------------------------
KSDEB = ("kildarestreet chrome (site, date and heading lines, the heading kept as title; the time line; the speaker's "
         "photo/speaker line, so the speaker is not named in the text) left out")
R.append(rec("oireachtas-dail-leaders-questions-energy-prices-flogas-bord-gais-energia-profits-2025",
 "https://www.kildarestreet.com/debate/?id=2025-10-15a.133",
 "2025-10-15", "Ceisteanna ó Cheannairí - Leaders' Questions", "Dáil Éireann debate, Leaders' Questions, one contribution",
 "I begin by welcoming developments for peace in Gaza, as I know we all do, and hope we will see the start of a path to real peace for all in the Middle East.\n\n"
 "I think we can agree that we are all living in the real world. In the real world, it is a good thing that we are having a debate about energy prices. It is a good thing that we are debating the cost of energy. However, the \"cost of energy\" is a misnomer because the prices being inflicted by energy companies on households are reflecting practices of gross profiteering. They are far detached from real costs. Energy providers are not behaving as though their product is a public good and the true cost is being paid by hard-pressed families and households, people who are toiling through a cost-of-living crisis and who saw the budget come and go last week with, it has to be said, almost no reprieve or relief for them or their household finances. That is happening while executives at the energy companies are reaping record rewards. I remind the Taoiseach that Flogas hiked its prices by 7% after its parent company recorded operating profits of €820 million. Bord Gáis, after a year in which it made €75 million in profit, is adding €218 per year to the average bill. Pinergy added almost 10% despite its revenues having increased by nearly 40% last year. Energia is increasing its electricity prices by more than 12% after recording €154 million in profits last year. I am reading this from a script because it has to be read into the record. Pushing more households into fuel poverty is a high price to pay for what is clearly the hoarding of wealth by energy companies.",
 "energy", "non-US", "earnings",
 KSDEB + " (Ivana Bacik); cut before the cut-off third paragraph ('Yesterday and today, ... the point about the support'). `published` is the sitting's day.",
 "OIR", origin=O_KS))
R.append(rec("oireachtas-dail-motion-energy-costs-bord-gais-sse-airtricity-energia-profits-2025",
 "https://www.kildarestreet.com/debate/?id=2025-09-23a.255",
 "2025-09-23", "Energy Costs: Motion [Private Members]", "Dáil Éireann debate, private members' motion, one contribution",
 "Looking at the energy markets today, it is hard not to see the amount of profiteering and rip-off prices that are fleecing ordinary people in this country. It is not hard to figure out who is doing it. Bord Gáis Energy is increasing its rate by 13.5%, SSE Airtricity by 9.5% with a 12% surcharge, Flogas by 7%, Energia by 12.1% and Pinergy by 9.83%. The ESB made profits of €700 million last year. Energia made an operating profit of €154 million. Shareholders are receiving handsome dividends out of ordinary people's pockets. Most of these companies are owned by outside interests. These hikes will have a significant impact on the lives of millions of people. Some small businesses will go to the wall while it is certain that more and more households will fall into deeper debt and energy poverty.\n\n"
 "This issue must be tackled head on and with urgency. The solution is in the Government's hands. We have the highest electricity prices in Europe. This profit bonanza for these energy companies must be challenged and stopped. The Government has the power to increase the mandate of the energy regulator to hold these companies to account and to prevent them from exploiting and manipulating the markets. It also has the power to change the archaic metric measure used to compare one source of energy to another - known as the levellised cost of energy measurement - and replace it with a more modernised comprehensive measurement.\n\n"
 "Another thing that can be done is to tackle the planning delays in renewable energy projects, which will help reduce costs. The Government can make sure that high energy users such as high-tech data centres pay their fair share instead of being subsidised by ordinary householders.",
 "energy", "non-US", "earnings",
 KSDEB + " (Johnny Mythen); cut before the cut-off 'Fianna Fáil and Fine Gael have said ... during a cost-'. `published` is the sitting's day. Same price rises as the Leaders' Questions contribution of 15 October 2025 in this batch (different speakers and words).",
 "OIR", origin=O_KS))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
