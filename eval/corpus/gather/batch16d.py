#!/usr/bin/env python3
"""Batch 16d: company leadership, company relations and regulation in sectors the corpus had few of — shipping
(a ferry operator and its Dubai parent before two committees; port companies), retail (the four big UK
supermarkets; Tesco's Irish business), media (the Irish public broadcaster's board and leadership team in three
sittings), insurance (insurers' chief executives in two Oireachtas sittings eighteen years apart), pharma and health
(a drugmaker's decision to close a research site; generic drug makers and a distributor), energy (an electricity
company's chairman and chief executive; the grid operator and the regulator; a written answer on a completed
takeover and its subsidiary), food (a beef processor and a dairy group's joint programme) and telecoms (a mobile
merger owned by a Hong Kong group, in two Commons debates) — from openly licensed parliamentary records: the UK
Parliament (hansard.parliament.uk, committees.parliament.uk oral evidence, publications.parliament.uk minutes of
evidence, the Parliament's open-data search prototype) and the Houses of the Oireachtas (oireachtas.ie and the
kildarestreet.com mirror). Every text is published in 2000 or later. Every text is the search tool's page-store
excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was cut it ends at the
last full sentence kept (`truncated`). Licences as earlier batches checked them: UK Parliament, Open Parliament
Licence v3.0 (batches 10-16b); Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0 (batches 12, 15b-16b).
Edits per item in `notes`: page chrome, speaker photo lines, question numbers, committee privilege notices and
reminders to members left out; table cells of a members list put on lines of their own (whitespace only); no word
added or changed.
usage: batch16d.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
KS = "https://www.kildarestreet.com/"

ORIGINS = {"OIR": "Houses of the Oireachtas via kildarestreet.com (page store)",
           "OPL": "UK Parliament, Hansard (hansard.parliament.uk, page store)"}
O_PUB = "UK Parliament, publications.parliament.uk minutes of evidence (page store)"
O_COM = "UK Parliament, committees.parliament.uk oral evidence (page store)"
O_PS = "UK Parliament open data (Hansard contribution) via the Parliament's parliamentary-search prototype (page store)"
O_OIE = "Houses of the Oireachtas, oireachtas.ie (page store)"
PRIV = "the chair's privilege notice left out"
REMIND = "the standard reminder to members on naming people outside the Houses left out"
KSCHROME = "kildarestreet chrome (site, date, committee and heading lines, the heading kept as title; the time line; the chair's photo/speaker and 'Link to this' lines)"
OIECHROME = "oireachtas.ie chrome ('Skip to main content' / 'Léim ar aghaidh chuig an bpríomhábhar', 'Normal View' / 'Gnáthamharc', the committee and date line, the heading, kept as title)"


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- shipping and ports -------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-transport-beis-committees-p-and-o-ferries-dp-world-hebblethwaite-2022",
 "https://committees.parliament.uk/oralevidence/9989/html/",
 "2022-03-24", "Oral evidence: P&O Ferries, HC 1231", "House of Commons Transport Committee and Business, Energy and Industrial Strategy Committee, oral evidence",
 "Transport Committee & Business, Energy and Industrial Strategy Committee\n\n"
 "Oral evidence: P&O Ferries, HC 1231\n\n"
 "Thursday 24 March 2022\n\n"
 "Ordered by the House of Commons to be published on 24 March 2022.\n\n"
 "Members present:\n\n"
 "Transport Committee: Huw Merriman (Chair); Mr Ben Bradshaw; Simon Jupp; Chris Loder; Grahame Morris; Gavin Newlands.\n\n"
 "Business, Energy and Industrial Strategy Committee: Darren Jones (Chair); Alan Brown; Ms Nusrat Ghani; Paul Howell; Andy McDonald.\n\n"
 "Questions 96194\n\n"
 "IV: Jesper Kristensen, Chief Operating Officer, DP World; and Peter Hebblethwaite, Chief Executive Officer, P&O Ferries.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Jesper Kristensen and Peter Hebblethwaite.\n\n"
 "Q96 Chair: We now move on to our fourth panel, where we welcome on the screen Jesper Kristensen, chief commercial operations officer for maritime services at DP World, and in the room we welcome Peter Hebblethwaite, chief executive of P&O Ferries.\n\n"
 "Mr Hebblethwaite, when I read your biography, it seemed pretty light on your experience as a chief executive officer. Are you in this mess because you don’t know what you’re doing, or are you just a shameless criminal?\n\n"
 "Peter Hebblethwaite: Thank you for giving me the opportunity to come and answer questions. Before I answer that question, can I start with an apology? An apology to the seafarers affected on Thursday last week, an apology to their families, and an apology to the 2,200 of our employees who have had to face very difficult questions over the last week or so. You may see this as a late apology, and I just want to reassure you that the reason you are hearing this for the first time today is because I have spent the last week in the business talking to our people one to one and in person.\n\n"
 "Q97 Chair: Why did you not talk to them in advance, in a consultation, Mr Hebblethwaite? Why apologise after you have sacked them all?",
 "shipping", "non-US", "leadership",
 "committees.parliament.uk chrome (the crest file name 'HoC 85mm(Green).tif', 'Watch the meeting') left out; the record's 'Questions 96194' (the range's dash lost) kept; blank lines around the witness line made single blank lines and the run of spaces after 'Q96' and 'Q97' made one space (whitespace only); cut before the cut-off 'Peter Hebblethwaite: Th'. `published` is the sitting's day. Same witness as the 2024 Business and Trade Committee sitting of this batch (different sitting, different words).",
 "OPL", origin=O_COM))
R.append(rec("uk-parliament-business-trade-committee-p-and-o-ferries-hebblethwaite-workers-rights-2024",
 "https://committees.parliament.uk/oralevidence/14760/html/",
 "2024-05-07", "Oral evidence: Labour markets reform: Workers’ rights and protections, HC 703", "House of Commons Business and Trade Committee, oral evidence",
 "Business and Trade Committee\n"
 "Oral evidence: Labour markets reform: Workers’ rights and protections, HC 703\n"
 "Tuesday 7 May 2024\n"
 "Ordered by the House of Commons to be published on 7 May 2024.\n"
 "Members present: Liam Byrne (Chair); Ian Lavery; Andy McDonald; Charlotte Nichols.\n"
 "Questions 1 - 76\n"
 "Witnesses\n"
 "I: Peter Hebblethwaite, Chief Executive Officer, P&O Ferries.\n"
 "Witness: Peter Hebblethwaite.\n"
 "Q1 Chair: Welcome to today’s session of the Select Committee on Business and Trade. Today we are looking at labour rights. Thank you so much for joining us, Mr Hebblethwaite. Perhaps I could kick off by asking, are you basically a modern-day pirate?\n"
 "Peter Hebblethwaite: We recognise that we made a very difficult decision two years ago, one that was legal but—we also have to acknowledge—one that I wish we had never, ever had to make in the first place. But we also have to acknowledge that, without that difficult decision, P&O would not be here today and we would not have been able to preserve the 2,000 jobs that we have been able to preserve, take out the 135,000 tonnes of CO2 emissions that we have taken out of our carbon footprint, open up new routes and continue to serve the most important trade route between the UK and the continent.\n"
 "Q2 Chair: As you know, though, the French Maritime Minister, Hervé Berville, has described the company’s behaviour as “dangerous” and “immoral”. Are you dangerous or immoral, or both?\n"
 "Peter Hebblethwaite: I am very pleased to be able to inform the Committee that, in point of fact, our safety record has improved by 66%. We continue to operate an increasingly safe fleet of ships.\n"
 "Q3 Chair: You seem to be robbing your staff blind, however, so I would like to get into some of the details about the pay, if you don’t mind.",
 "shipping", "non-US", "leadership",
 "The page store's copy has single line breaks and no chrome; kept as given; cut before the cut-off 'In March 2022, you told Parliament ... a basic rate of'. `published` is the sitting's day. Same witness as the 2022 joint sitting of this batch (different sitting).",
 "OPL", origin=O_COM))
R.append(rec("oireachtas-committee-ports-brexit-dublin-port-shannon-foynes-port-of-cork-2020",
 "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_transport_and_communications_networks/2020-12-02/3/",
 "2020-12-02", "Challenges for Ports arising from Brexit: Discussion", "Joint Committee on Transport and Communications Networks debate",
 "On behalf of the committee, I would like to welcome Mr. Eamonn O'Reilly, chief executive of the Dublin Port Company and Mr. Michael Sheary, company secretary and chief financial officer of the Dublin Port Company. I also welcome Mr. Glenn Carr, general manager of Rosslare Europort, Mr. Barry Kenny, corporate communications manager of Iarnród Éireann and Mr. Pat Keating, chief executive of Shannon Foynes Port Company. Witnesses representing the Port of Cork are attending virtually. From this quarter I welcome Mr. Eoin McGettigan, CEO, Mr. Conor Mowlds, chief commercial officer, and Mr. Donal Crowley, company secretary and chief financial officer.",
 "ports/shipping", "non-US", "leadership",
 "The page store's excerpt starts at the heading (kept as title); " + PRIV + ", with " + REMIND + " and the remote-attendance notice (cut off in the excerpt), so the text is the welcome alone. `published` is the sitting's day (in the URL). Another item of the same day's committee (the Vodafone section, kildarestreet gid 2020-12-02a.670) is in the corpus: a different debate item and text.",
 "OIR", origin=O_OIE))
# ---- retail -------------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-business-trade-committee-food-fuel-price-inflation-supermarkets-2023",
 "https://committees.parliament.uk/oralevidence/13392/html/",
 "2023-06-27", "Oral evidence: Food and fuel price inflation: will prices come down this year?, HC 1595", "House of Commons Business and Trade Committee, oral evidence",
 "Business and Trade Committee\n"
 "Oral evidence: Food and fuel price inflation: will prices come down this year?, HC 1595\n"
 "Tuesday 27 June 2023\n"
 "Ordered by the House of Commons to be published on 27 June 2023.\n"
 "Members present: Darren Jones (Chair); Jonathan Gullis; Antony Higginbotham; Jane Hunt; Ian Lavery; Anthony Mangnall; Andy McDonald; Mark Pawsey.\n"
 "Environment, Food and Rural Affairs Committee members also present: Sir Robert Goodwill; Ian Byrne.\n"
 "Questions 1 - 89\n"
 "Witnesses\n"
 "I: Rhian Bartlett, Food Commercial Director, Sainsbury’s; Kris Comerford, Chief Commercial Officer, Asda; Gordon Gafa, Commercial Director, Tesco; David Potts, Chief Executive Officer, Morrisons.\n"
 "Witnesses: Rhian Bartlett, Kris Comerford, Gordon Gafa and David Potts.\n"
 "Q1 Chair: Welcome to this morning’s session of the Business and Trade Committee for our one-off hearing on food and fuel price inflation. We are very grateful that four of the supermarkets have come to give evidence to us this morning.\n"
 "We have Gordon Gafa, who is the commercial director at Tesco; Kris Comerford, who is the chief commercial officer at Asda; Rhian Bartlett, who is the food commercial director at Sainsbury’s; and David Potts, who is the CEO of Morrisons. Good morning to all four of you.\n"
 "Today we are going to want to ask questions on two issues. First, we are going to ask about long-term structural issues that might exist to evidence higher prices for food and fuel, and we want you to help us to understand what those might be and how they might be changing. Secondly, we want to understand the short-term measures your companies are taking to help your customers at this particularly difficult time with the cost of living crisis.\n"
 "Before we get into questions, I should just say that we are delighted to welcome Sir Robert Goodwill, who is the Chair of the EFRA Select Committee, and Ian Byrne, who is a member of that Committee, both of whom are joining us today.",
 "retail", "non-US", "leadership",
 "The page store holds two copies of the page; the one with apostrophes ('Sainsbury’s', 'morning’s') and single line breaks is used, without chrome; cut before the cut-off 'Presumably all your companies recognise that we are still in t'. `published` is the sitting's day.",
 "OPL", origin=O_COM))
R.append(rec("oireachtas-committee-groceries-sector-tesco-keohane-2013",
 KS + "committees/?gid=2013-03-26a.83",
 "2013-03-26", "Groceries Sector: Discussion with Musgrave Group and Tesco", "Joint Oireachtas Committee on Agriculture, Food and the Marine (as kildarestreet.com names it)",
 "We will now hear from representatives from Tesco. I welcome Mr. Tony Keohane, chief executive, Mr. Dermot Breen and Ms Anne Cleary. The background to the meeting is the proposed code of conduct in the grocery goods sector, pricing and impact on primary and secondary suppliers, support for local produce and labelling.\n\n"
 "I understand Mr Keohane will make the opening statement.",
 "retail", "non-US", "leadership",
 KSCHROME + " left out, so the chair (Andrew Doyle) is not named in the text; " + PRIV + " (the second paragraph but its last sentence, kept as its own paragraph), and the 'Comments' footer. `published` is the sitting's day. The Musgrave Group part of the sitting is not in the excerpt.",
 "OIR"))
# ---- media --------------------------------------------------------------------------------------------------------
R.append(rec("oireachtas-committee-public-service-broadcasting-funding-rte-forbes-2019",
 KS + "committees/?id=2019-12-10a.176",
 "2019-12-10", "Future Funding of Public Service Broadcasting: Discussion", "Joint Oireachtas Committee on Communications, Climate Action and Environment (as kildarestreet.com names it)",
 "I welcome from RTÉ, Ms Dee Forbes, director general, Ms Breda O'Keeffe, chief financial officer, Mr. Rory Coveney, director of strategy, and Ms Eimear Cusack, director of human resources; and from the Department of Communications, Climate Action and Environment, Ms Patricia Cronin, assistant secretary general, and Ms Triona Quill, principal officer.",
 "media", "non-US", "leadership",
 KSCHROME + " left out, so the chair (Hildegarde Naughton) is not named in the text; " + PRIV + ", " + REMIND + " and the reminder on mobile phones (cut off), so the text is the welcome alone (51 words). `published` is the sitting's day.",
 "OIR"))
R.append(rec("oireachtas-committee-rte-expert-advisory-reports-bakhurst-leadership-team-2024",
 KS + "committees/?gid=2024-07-02a.983",
 "2024-07-02", "Expert Advisory Committee Reports into RTÉ: Raidió Teilifís Éireann", "Joint Committee on Tourism, Culture, Arts, Sport And Media (as kildarestreet.com names it)",
 "Colleagues and guests are all welcome here this evening. It is a late shift. We call this the graveyard shift in Leinster House, but I am sure attendees do not mind being here with us this hour of the evening. We have received apologies from Deputy Christopher O'Sullivan and Senators Shane Cassells and Fintan Warfield. Deputy Rose Conway-Walsh is substituting for Deputy Chris Andrews - she is very welcome - and Senator Timmy Dooley is substituting for Senator Cassells.\n"
 "The committee is meeting tonight with representatives of RTÉ to discuss the reports of the expert advisory committee commissioned by the Minister, Deputy Catherine Martin, on governance and culture in RTÉ, contract fees, human resources and other matters in RTÉ; the recommendations made therein; and RTÉ’s implementation plans for the recommendations made. We have many new things to talk about as well.\n"
 "I warmly welcome RTÉ’s interim leadership team. With us this evening are Kevin Bakhurst, director general; Adrian Lynch, director of audiences, channels and marketing and deputy director general; Mr. Mike Fives, group financial controller; Mr. Richard Waghorn, director of operations and technology; Ms Vivienne Flood, head of public affairs, who is no stranger to this room either; Ms Niamh O’Connor, deputy director of content; Mr. Gavin Deans, director of commercial; Ms Deirdre McCarthy, director of news and current affairs; Ms Eimear Cusack, director of human resources; and Mr. Daniel Coady, director of legal affairs.",
 "media", "non-US", "leadership",
 KSCHROME + " left out, so the chair (Niamh Smyth) is not named in the text; the copy's single line breaks kept; cut before the cut-off 'The committee welcomes all the witnesses ... made on the foot of'. `published` is the sitting's day. Three texts of this batch are RTÉ sittings (2019, 2024, 2025; different sittings and words).",
 "OIR"))
R.append(rec("oireachtas-committee-rte-policy-governance-orourke-bakhurst-2025",
 KS + "committees/?id=2025-05-28a.257",
 "2025-05-28", "Policy, Governance, Expenditure and Administration at RTÉ: Discussion", "Joint Oireachtas Committee on Arts, Media, Communications, Culture and Sport (as kildarestreet.com names it)",
 "I have received no apologies. I expect a full turnout from the committee.\n\n"
 "Today we are engaging on matters relating to policy, governance, expenditure and administration at RTÉ. The meeting has been convened with the chair to the board of RTÉ, the RTÉ director general and his leadership team and relevant officials from the Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media to discuss matters relating to policy, governance, expenditure and administration at RTÉ.\n\n"
 "For today's session, the committee has given notice it wishes to seek clarification from today’s witnesses on relevant matters including, but not exclusive to, the following: impairments in the writedown of sums relating to enterprise, resource, planning, ERP project; PRSI classification and related currency and legacy employment issues; RTÉ redundancy schemes; and RTÉ’s ongoing plans for transformation.\n\n"
 "I warmly welcome the following witnesses from RTÉ: Mr. Terence O'Rourke, board chairperson; Mr. Kevin Bakhurst, director general; Mr. Adrian Lynch, deputy director general and director of audience channels and marketing; Mr. Daniel Coady, director of legal affairs; Ms Deirdre McCarthy, director of news and current affairs; Ms Eimear Cusack, director of human resources; Mr. Gavin Deans, director of commercial; Ms Mari Hurley, chief financial officer; Ms Patricia Monahan, director of audio; Mr. Richard Waghorn, chief technology officer and director of operations; and Mr. Steve Carson, director of video.",
 "media", "non-US", "leadership",
 KSCHROME + " (the page's time line reads '2:00 am') left out, so the chair (Alan Kelly) is not named in the text; cut before the cut-off 'From the Department ..., I welcome the Secretary General, Mr. Feargal'. `published` is the sitting's day.",
 "OIR"))
# ---- insurance ----------------------------------------------------------------------------------------------------
R.append(rec("oireachtas-committee-insurance-companies-rsa-fbd-aig-thompson-2021",
 "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_finance_public_expenditure_and_reform_and_taoiseach/2021-12-15/2/",
 "2021-12-15", "Insurance Issues: Engagement with Insurance Companies", "Joint Committee on Finance, Public Expenditure and Reform, and Taoiseach debate",
 "The minutes of the joint committee meeting on 1 December 2021 were agreed by the committee in private session. Today's meeting is our engagement with insurance companies. I welcome members and guests to the committee. We are joined today by Mr. Kevin Thompson, CEO of the RSA Group; Mr. Trevor Lowry, chief underwriting officer, RSA Group; we also have Mr. Tomás O'Midheach, CEO, FBD Insurance; and Mr. Aidan Connaughton, general manager, AIG Ireland.\n\n"
 "The format of the meeting is that Mr. Thompson, Mr. O'Midheach and Mr. Connaughton will make some brief opening statements and members will then raise the various questions they are interested in.\n\n"
 "I now invite Mr. Thompson to make his opening remarks.\n\n"
 "Mr. Kevin Thompson\n\n"
 "I thank the Chair and members of the committee for the opportunity to attend today. I am joined by my colleague, Trevor Lowry, chief underwriting officer. I would like to start by providing a brief overview of RSA and 123.ie. As RSA has been selling insurance in Ireland since 1721, we have been marking our 300th anniversary this year. We are a multichannel insurer selling insurance directly, through brokers, and through affinity partners. Our gross written premium was approximately €370 million in 2019. We employ almost 600 people across our offices in Dublin, Belfast and Galway.",
 "insurance", "non-US", "leadership",
 OIECHROME + " left out; the chair's note on privilege (the third paragraph but its last sentence, kept as its own paragraph) left out; the witness's speaker line 'Mr. Kevin Thompson' kept; cut before the cut-off 'This year we became part of Intact Financial Corporation, ... in North A' (so the owner is not in the text). `published` is the sitting's day.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-reform-insurance-market-axa-fbd-chief-executives-2003",
 "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_enterprise_and_small_business/2003-07-03/2/",
 "2003-07-03", "Reform of the Irish Insurance Market: Presentation", "Joint Committee on Enterprise and Small Business debate",
 "I welcome back Mr. Myles O'Reilly of O'Reilly Consultants to the discussion on reform of the insurance market. We also have representatives from two insurance companies, AXA and FBD, who will make presentations. AXA has already submitted a written presentation and we have just received the FBD submission.\n\n"
 "As members are aware, we received 50 written submissions following our invitations to certain bodies to give us their views on this issue. This was facilitated by the notice printed in the national newspapers on the first Sunday in March inviting organisations and members of the public to make written submissions. Copies of the documentation received have been circulated to members.\n\n"
 "This is the third committee meeting for the hearings of oral submissions for those who had made written submissions.\n\n"
 "From the AXA insurance company I welcome Mr. John O'Neill, chief executive, and Mr. Pat Healy, executive director of finance and planning. They are most welcome. From FBD Insurance I welcome Mr. Philip Fitzsimons, chief executive, Mr. Adrian Taheny, development manager, and Mr. Martin Moran, underwriting manager.",
 "insurance", "non-US", "leadership",
 OIECHROME + " and the volume line 'Vol. 1 No. 18' left out; " + REMIND + ", with the reminders on declarations and conflicts of interest (the rest of the third paragraph); cut before the cut-off 'I invite FBD Insurance ... will have the opportunity t'. `published` is the sitting's day.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-insurance-sector-allianz-axa-fbd-2019",
 "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_finance_public_expenditure_and_reform_and_taoiseach/2019-07-04/3/member-speech/Paul-Murphy.D.2014-10-10/",
 "2019-07-04", "Insurance Sector: Discussion", "Joint Committee on Finance, Public Expenditure and Reform, and Taoiseach debate",
 "We are joined this morning for our consideration of the insurance industry by representatives from Allianz, Axa and FBD. They are Mr. Seán McGrath and Ms Marie Corry from Allianz; Mr. Philip Bradley from Axa; and Ms Fiona Muldoon, Ms Kate Tobin and Mr. Jackie McMahon from FBD. I welcome the witnesses and we thank them for taking up the invitation to come before us. We are doing considerable work on insurance with the Minister and other committee involved.\n\n"
 "I call Mr. McGrath.\n\n"
 "Mr. Seán McGrath\n\n"
 "I thank the committee for the opportunity to discuss important matters relating to the insurance market in Ireland. On behalf of Allianz, I very much welcome the time and effort that the committee is putting into this, as it is an important topic for businesses, consumers and the economy as a whole.",
 "insurance", "non-US", "leadership",
 OIECHROME + " left out; " + PRIV + " (second paragraph) and " + REMIND + " (third paragraph); the witness's speaker line 'Mr. Seán McGrath' kept; cut before the cut-off 'I confirm for the committee ... if the cost of claims in'. The witnesses are named without titles (a text with people at companies but no roles). `published` is the sitting's day.",
 "OIR", origin=O_OIE))
# ---- pharma and health ------------------------------------------------------------------------------------------
R.append(rec("oireachtas-committee-cost-prescription-drugs-healthwave-clonmel-healthcare-2015",
 KS + "committees/?gid=2015-03-05a.610",
 "2015-03-05", "Cost of Prescription Drugs: Discussion", "Joint Oireachtas Committee on Health and Children (as kildarestreet.com names it)",
 "This is our second session on the cost of prescription drugs in Ireland. I welcome Mr. Shane O'Sullivan, chief executive of Healthwave; Mr. Martin Gallagher, chair, and Mr. Michael Cullen, vice chair, of the Association of Pharmaceutical Manufacturers in Ireland; Mr. Jim Hannon, CEO of Clonmel Healthcare; and Professor Colum Dunne, foundation chair and director of research of the graduate entry medical school at the University of Limerick. They are all welcome and I thank them for being here. We appreciate them taking the time to be with us.\n"
 "I invite Mr. O'Sullivan to make his opening remarks.",
 "pharma/health", "non-US", "leadership",
 KSCHROME + " left out, so the chair (Jerry Buttimer) is not named in the text; " + PRIV + " and " + REMIND + "; the copy's single line breaks kept; the 'No comments' footer left out. `published` is the sitting's day.",
 "OIR"))
R.append(rec("uk-parliament-science-technology-committee-pfizer-sandwich-closure-witnesses-2011",
 "https://publications.parliament.uk/pa/cm201012/cmselect/cmsctech/805/11022801.htm",
 "2011-02-28", "Pfizer's decision to close its research and development facility at Sandwich", "House of Commons Science and Technology Committee, minutes of evidence (contents page)",
 "Science and Technology  Committee - Minutes of Evidence\n"
 "Pfizer's decision to close its research and development facility at Sandwich\n\n"
 "Oral Evidence\n\n"
 "Taken before the Science and Technology Committee\n\n"
 "on Monday 28 February 2011\n\n"
 "Members present:\n\n"
 "Andrew Miller (Chair)\n"
 "Gavin Barwell\nPamela Nash\n"
 "Stephen McPartland\nGraham Stringer\n"
 "Stephen Mosley\nRoger Williams\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Dr Richard Barker, Director General, Association of the British Pharmaceutical Industry, and Dr David M Hollinshead, Royal Society of Chemistry, Science Policy Director, AstraZeneca, gave evidence.\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Dr Olivier Brandicourt, President and General Manager of Pfizer's Primary Care Business Unit, and co-chair of the company's Portfolio Strategy and Investment Committee, Dr Rod MacKenzie, Senior Vice President and Head of Worldwide Research for PharmaTherapeutics Research and Development, Dr Ruth McKernan, Senior Vice President and Site Head, Sandwich, and Chief Scientific Officer for Pfizer Regenerative Medicine, and Richard Blackburn, Managing Director, Pfizer UK, gave evidence.",
 "pharma", "mixed", "leadership,restructuring",
 "The minutes' contents page, whole: chrome ('Here you can browse the Minutes of Evidence which were ordered by the House of Commons to be printed 28 February 2011.', the two 'Question Numbers' link lines, 'contents next page', '© Parliamentary copyright 2011', 'Prepared 19 May 2011') left out; the members table's cells, run together in the page ('Gavin BarwellPamela Nash'), put on lines of their own (whitespace only); the double space in the first line kept. `published` is the sitting's day.",
 "OPL", truncated=False, origin=O_PUB))
# ---- energy -------------------------------------------------------------------------------------------------------
R.append(rec("hansard-written-answer-british-energy-edf-takeover-plutonium-beg-2009",
 "https://hansard.parliament.uk/Commons/2009-02-04/debates/09020517000103/BritishEnergyEDFEnergy",
 "2009-02-04", "British Energy: EDF Energy", "House of Commons written answer (Secretary of State for Energy and Climate Change)",
 "To ask the Secretary of State for Energy and Climate Change pursuant to the Written Ministerial Statement of 19 January 2009, Official Report, column 19WS, on EDF takeover, whether the £4.42 billion dedicated to the Nuclear Liabilities Fund paid on 19 January by Electricité de France EDF may be used for decontamination of radioactively polluted land on British energy sites; and whether title to the plutonium owned by British Energy has been transferred to EDF as part of the takeover.\n\n"
 "[holding answer 26 January 2009]: The assets of the Nuclear Liabilities Fund (NLF) will be used to meet certain decommissioning costs and uncontracted liabilities attaching to existing nuclear power plants operated by British Energy. To the extent that any radioactively polluted land is identified during the decommissioning process, decontamination would be paid for by the NLF if it qualified for payment under the terms of the restructuring agreements. Otherwise it would fall to the account of British Energy.\n\n"
 "Title to the plutonium owned by British Energy remains with British Energy Generation Limited (BEG). Title will not transfer to EDF as part of the takeover. However, as a result of the takeover the shares in BEG are now controlled, indirectly, by EDF.",
 "energy", "non-US", "deal",
 "hansard.parliament.uk chrome (the heading, kept as title, and 'Volume 487: debated on Wednesday 4 February 2009') and the question reference '(250729)' left out; the page gives no member or minister names; whole item. `published` is the answer's day.",
 "OPL", truncated=False))
R.append(rec("oireachtas-committee-energy-costs-esb-chairman-chief-executive-mcmanus-2006",
 "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_communications_marine_and_natural_resources/2006-10-04/2/member-speech/Liz-McManus.D.1992-12-14/",
 "2006-10-04", "Energy Costs Presentations.", "Joint Committee on Communications, Marine and Natural Resources debate",
 "Today we will discuss the decision by the Commission for Energy Regulation, CER, to grant an increase in price to the ESB and Bord Gáis. We will also discuss the issue with the Irish Business and Employers Confederation, IBEC, the Consumers Association of Ireland and the CER. I welcome Mr. Tadhg O'Donoghue, chairman of the ESB and Mr. Padraig McManus, chief executive of the ESB.\n\n"
 "Before Mr. McManus begins, I thank him for forwarding his short presentation to the committee. I ask him to provide a summary of the reasons the increase in price was deemed so necessary and then I will call on members to pose questions.\n\n"
 "The presentation illustrates that pre-liberalisation, energy prices were set by the Government and could therefore be controlled. As a result, in the period from 1986 to 1 January 2002 there were no price increases. However, without seriously jeopardising the financial position of the ESB, there were insufficient funds for any major network investment. That is why we are seriously playing catch-up at present. While returns were too low to justify new generation entry to the market, generation and security of supply was not a problem in the 1990s because we had just completed the Moneypoint plant and general circumstances were much more benign.",
 "energy", "non-US", "leadership,regulatory",
 OIECHROME + " left out; the chair's privilege and naming notice (third paragraph) left out; the page gives no speaker line before the witness's presentation (fourth paragraph), kept as given; cut before the cut-off 'In the post-liberalisation era, given its posi'. `published` is the sitting's day.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-energy-supply-security-eirgrid-cru-foley-2022",
 "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_environment_and_climate_action/2022-08-30/2/?highlight%5B0%5D=plans",
 "2022-08-30", "Energy Supply and Security: Discussion", "Joint Committee on Environment and Climate Action debate",
 "I welcome members back after the summer break. At the outset, the purpose of the meeting today is to discuss energy security, including supply and demand, electricity generation capacity, plans to best manage supply and demand and, of course, to protect vulnerable users in the coming months.\n\n"
 "On behalf of this committee I welcome the Minister for Environment, Climate and Communications, Deputy Eamon Ryan, and his officials, Mr. Matt Collins assistant secretary; Mr. Noel Regan, principal officer; Mr. Paul McAufield, assistant principal; and Mr. Robert Deegan, principal officer. From the Commission for Regulation of Utilities, CRU, we have Ms Aoife MacEvilly, who is the chair; Mr. Jim Gannon, commissioner; Mr. John Melvin, director of security of supply and wholesale; and Dr. Paul McGowan, commissioner. They are all very welcome. I also welcome our representatives from EirGrid, Mr. Mark Foley, chief executive, Dr. Liam Ryan and Mr. Rodney Doyle, chief operations officer. They are also all very welcome today.",
 "energy", "non-US", "leadership,regulatory",
 OIECHROME + " left out; " + PRIV + " (third paragraph, cut off in the excerpt). `published` is the sitting's day.",
 "OIR", origin=O_OIE))
# ---- food ---------------------------------------------------------------------------------------------------------
R.append(rec("oireachtas-committee-beef-sector-kepak-glanbia-initiative-2019",
 KS + "committees/?id=2019-05-14a.49",
 "2019-05-14", "Future of the Beef Sector: Discussion (Resumed)", "Joint Oireachtas Committee on Agriculture, Food and the Marine (as kildarestreet.com names it)",
 "We are continuing our discussion on the future of the beef industry. At our meeting before the Easter recess we learned about the Kepak-Glanbia initiative, the programme that was launched towards the middle of April. The joint committee considered that the initiative might have a contribution to make in the overall discussion we were having on the future of the beef industry. With that in mind, we decided to invite representatives of Kepak and Glanbia to come before the committee to discuss the initiative. I thank them for taking up the invitation we extended to them. From Glanbia Ireland I welcome Mr. Martin Ryan, head of the beef division, and Mr. Pat O'Keeffe. From Kepak I welcome Mr. Mick O'Dowd, agri-development manager, and Mr Jonathan Forbes. As they will be aware, the committee is undertaking this initiative of discussing the future of the beef industry. The issue is very topical throughout the country and we consider that the committee has a part to play in the discussion.",
 "food", "non-US", "leadership,partnership",
 KSCHROME + " left out, so the chair (Pat Deering) is not named in the text; " + PRIV + " (second paragraph) and " + REMIND + " (cut off). `published` is the sitting's day.",
 "OIR"))
# ---- telecoms -----------------------------------------------------------------------------------------------------
R.append(rec("hansard-commons-three-vodafone-potential-merger-ck-hutchison-debate-2023",
 "https://hansard.parliament.uk/Commons/2023-12-14/debates/49799BEC-25D0-4F7A-B6FF-C50AA5C28746/ThreeAndVodafonePotentialMerger",
 "2023-12-14", "Three and Vodafone: Potential Merger", "House of Commons backbench business debate",
 "[Relevant documents: Oral evidence taken before the Business and Trade Sub-Committee on National Security and Investment on 12 December 2023, on the NSI Act 2021: Annual Report 2022-2023, HC 365; and Oral evidence taken before the Business and Trade Committee on 17 October 2023, on the Three-Vodafone merger: implications for competition, HC 1869.]\n\n"
 "I beg to move,\n\n"
 "That this House has considered the potential merger of Three and Vodafone.\n\n"
 "I am grateful to the Backbench Business Committee for making time for this debate on what will be one of the largest mergers we see in this country this year. The merger has profound implications for the security, the costs and the quality of that everyday essential in the lives of our constituents: their mobile phone.\n\n"
 "The debate is not simply about a merger; it is on three significant questions about the way in which our economy is now run. First—this is at the heart of the debate and a big question—is our investment security regime fit for purpose in a world where the threats are continuing to multiply? Secondly, are we are prepared to see the good, honest force of competition continue to wither? Thirdly, in a country where business investment continues to disappoint, will the deal help or not?\n\n"
 "The facts are pretty straightforward. Three, which is owned by CK Hutchison, and Vodafone have announced a deal to merge. It is a £15 billion deal, which will create the largest operator in the market—bigger than EE or O2. Crucially, it will reduce the number of mobile network operators from four to three, and the merged entity will be enormous. If the merger goes through, it will control half the UK’s mobile spectrum.",
 "telecoms", "non-US", "deal",
 "hansard.parliament.uk chrome ('Skip to main content', the heading, kept as title, and 'Volume 742: debated on Thursday 14 December 2023') left out; the page gives no speaker label, so the mover (Liam Byrne) is not named in the text; the record's 'are we are prepared' kept; cut before the cut-off 'The Competition and Markets Authority is looking ... to ensure th'. `published` is the sitting's day.",
 "OPL"))
R.append(rec("hansard-westminster-hall-proposed-merger-three-uk-vodafone-nick-read-2023",
 "https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FCommons%2F2023-09-19%2F23091942000033",
 "2023-09-19", "Proposed Merger of Three UK and Vodafone", "House of Commons Westminster Hall debate, one contribution, Hansard text as served by the UK Parliament's open-data search prototype",
 "It is a real pleasure to serve under your chairship this afternoon, Sir George. I thank my hon. Friend the Member for Stockport (Navendu Mishra) for securing this important and timely debate.\n\n"
 "The merger of Three UK and Vodafone will create, in the words of Unite the union,\n\n"
 "“a telecoms cartel with devastating effects on mobile phone users.”\n\n"
 "It is a bad deal for workers, a bad deal for consumers and a bad deal all round. The jobs of 1,600 people hang in the balance, and that is in addition to the brutal 11,000 job cuts globally that Vodafone has recently announced.\n\n"
 "Previous telecoms mergers have resulted in workforce reductions of between 7.5% and 12%. While corporations line their pockets, UK workers will be left without the means to support themselves. But don’t take it from me—the former chief executive officer of Vodafone UK, Nick Read, has stated explicitly:\n\n"
 "“We feel the UK needs to consolidate to give [us] industrial scale so we can improve returns.”\n\n"
 "This dangerous deal will not provide a better service, cheaper costs, more jobs or better terms and conditions for workers. The move is being made solely to line the pockets of these major corporations and their shareholders, and is just another example of the corporate greed we have seen over the last couple of years.\n\n"
 "Over 2.2 million UK households are struggling with the cost of mobile services. Three and Vodafone have already rolled out above-inflation price hikes of up to 14% on monthly plans, and research by the chief competition economist at the European Commission shows that prices could increase by an eye-watering 50% following the Three-Vodafone merger. That could mean a £300 hike to UK customers’ phone and broadband bills. Given the looming recession, financial pressures from the cost of living crisis and spiralling inflation in the Tories’ mismanaged economy, this could not come at a worse time.",
 "telecoms", "non-US", "deal,leadership",
 "The prototype's chrome ('UK Parliament / Open data', the debate heading, kept as title) left out; the page gives no speaker label, so the member is not named in the text; a page break inside 'broadband ... bills' made one space (whitespace only); cut before the cut-off 'Vodafone already'. `published` is the sitting's day (in the object URL). The opening speech of the same debate (Navendu Mishra's) was not taken.",
 "OPL", origin=O_PS))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
