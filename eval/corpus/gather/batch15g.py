#!/usr/bin/env python3
"""Batch 15g: (1) a water company's supply outages and a power network operator's restoration practice, and (2)
parliamentary committee hearings and written answers where executives of named companies and bodies are introduced
with their titles and company relations are stated (a takeover completed by a consortium, joint owners of a rail
operator, a bidding consortium's members, a holding company's owner), from openly licensed parliamentary records: the
UK Parliament (committees.parliament.uk oral evidence, publications.parliament.uk minutes of evidence,
parallelparliament.co.uk copies of Hansard and written answers) and the Houses of the Oireachtas (oireachtas.ie and
the kildarestreet.com mirror). Every text is published in 2000 or later. Every text is the search tool's page-store
excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was cut it ends at the
last full sentence kept (`truncated`). Licences as earlier batches checked them: UK Parliament, Open Parliament
Licence v3.0 (batches 10-15f); Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0 (batches 12, 15b-15f).
Edits per item in `notes`: page chrome, speaker photo lines, question numbers and references left out; runs of spaces
in question labels ('Q1                Chair:') made one space; no word added or changed.
usage: batch15g.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
KS = "https://www.kildarestreet.com/"
PP = "https://www.parallelparliament.co.uk/"


ORIGINS = {"OIR": "Houses of the Oireachtas via kildarestreet.com (page store)",
           "OPL": "UK Parliament written questions, as listed by parallelparliament.co.uk (page store)"}


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- UK Parliament: outages (a water company's supply failures) ---------------------------------------------------
R.append(rec("hansard-commons-water-supplies-east-grinstead-south-east-water-spokesperson-2026",
 PP + "mp/sarah-dyke/debate/2026-01-12/commons/commons-chamber/water-supplies-east-grinstead",
 "2026-01-12", "Water Supplies: East Grinstead", "House of Commons urgent question (Department for Environment, Food and Rural Affairs), Hansard text as reproduced by parallelparliament.co.uk",
 "I call the Liberal Democrat spokesperson.\n\n"
 "About 16,500 residents have been impacted as a result of the latest water outage. GPs and schools have shut; vulnerable people, including those in care homes, are unable to access water; and people have been forced to queue for hours at water distribution sites. Unfortunately for customers of South East Water, this has become a trend: over the last five years, the company has ranked within the bottom three for water supply interruptions.\n\n"
 "Experts have stated that the potential for water shortages in the area has long been known, but terrible strategic planning, a failure to cut leakage and decisions to divert money towards dividends have distracted from infrastructure improvements that should have been prioritised. Does the Minister agree with the Liberal Democrats that the continued tenure of South East Water’s chief executive officer is untenable, given the scale, duration and repetition of these serious failures? Will the Government commit to a full, independent investigation into South East Water’s operational resilience, governance and crisis management?\n\n"
 "On behalf of myself and my Liberal Democrat colleagues, I offer my condolences to the Minister on the terrible and sad loss of her father.\n\n"
 "I thank the hon. Lady for her kind words.\n\n"
 "I completely share the frustration; it would be nice not to be talking about South East Water in the House. I feel I have come to know the hon. Member for Tunbridge Wells (Mike Martin) very well for the sad reason that we seem to be meeting all too frequently about problems in that area. As I have said, the Drinking Water Inspectorate will be investigating the situation in Tunbridge Wells.",
 "utilities/water", "non-US", "outage",
 "Sarah Dyke's excerpt page of the debate: the page chrome ('Water Supplies: East Grinstead Debate', 'Full Debate: Read Full Debate', 'Main Page: Sarah Dyke (...)', 'Department Debates - View all ...', '(1 day, 11 hours ago)', 'Commons Chamber') left out, so no speaker is named in the text (the copy gives no speaker labels); paragraphs as the copy breaks them; cut before the cut-off 'One thing it'. `published` is the sitting's day (Monday 12 January 2026, in the page's URL). Same debate as the Helen Whately excerpt of this batch (different speeches).",
 "OPL", origin="UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"))
R.append(rec("hansard-commons-water-supplies-east-grinstead-homes-without-water-2026",
 PP + "mp/helen-whately/debate/Commons/2026-01-12/debates/35DF814D-FE47-47BC-923A-8A34D08CD437/WaterSuppliesEastGrinstead",
 "2026-01-12", "Water Supplies: East Grinstead", "House of Commons urgent question (Department for Environment, Food and Rural Affairs), Hansard text as reproduced by parallelparliament.co.uk",
 "I thank the hon. Gentleman for his question, and yes, we have been spending a long time talking to each other. I watched the EFRA Committee with great interest, particularly when Dave Hinton rated himself eight out of 10. It is really important that the Drinking Water Inspectorate has the space to do its investigation. It is also really important that Ofwat has the space to have a look at this company. My priority here and now is trying to get people’s water back on and the system up and running, and that is where I want to focus my time, but there are questions to be asked about why we are back in this situation again.\n\n"
 "I offer the hon. Lady my condolences on the loss of her father.\n\n"
 "About 5,000 homes in my constituency were without water this weekend. That on its own is bad enough, but then we have how South East Water responded—failing to deliver water to vulnerable people; sending elderly residents on a two-hour round trip to get bottled water, sometimes only to find that there was no water left; and ignoring the pleas from livestock owners for water for horses and other animals. This is a disgrace, and not for the first time. The chief executive of South East Water has shown us he is not up to the job. I urge the hon. Lady to use all and any powers she has to move him on and to get South East Water to appoint somebody who is up to the job.\n\n"
 "I thank the hon. Lady for her question. I know she raised on the call her concern about livestock and the impact on animals. Water companies have a statutory duty to provide wholesome water—it is literally their job to provide that—and their requirements are set out in the security and emergency measures direction.",
 "utilities/water", "non-US", "outage",
 "Helen Whately's excerpt page of the same debate: page chrome as in the Sarah Dyke item left out; paragraphs as the copy breaks them; cut before the cut-off 'They have a dut'. `published` is the sitting's day (in the URL).",
 "OPL", origin="UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"))
# ---- UK Parliament: committee hearings and written answers with executives and company relations ---------------
R.append(rec("uk-parliament-beis-committee-oral-evidence-post-office-horizon-witnesses-2020",
 "https://committees.parliament.uk/oralevidence/163/html/",
 "2020-03-10", "Oral evidence: Post Office and Horizon, HC 143", "House of Commons Business, Energy and Industrial Strategy Committee oral evidence transcript (committees.parliament.uk)",
 "Business, Energy and Industrial Strategy Committee\n\n"
 "Oral evidence: Post Office and Horizon, HC 143\n\n"
 "Tuesday 10 March 2020\n\n"
 "Ordered by the House of Commons to be published on 10 March 2020.\n\n"
 "Members present: Rachel Reeves (Chair); Alan Brown; Richard Fuller, Nusrat Ghani; Paul Howell; Mark Jenkinson; Peter Kyle; Pat McFadden; Anna McMorrin; Mark Pawsey; Alexander Stafford.\n\n"
 "Questions 1 - 120\n\n"
 "I: Wendy Buffrey, Former Subpostmaster; Alan Bates, Former Subpostmaster and Founder, Justice for Subpostmasters Alliance; Tracy Felstead, Former Subpostmaster.\n\n"
 "II: Andy Furey, Assistant Secretary, Communication Workers Union; Calum Greenhow, Chief Executive Officer, National Federation of SubPostmasters; Ron Warmington, Chartered Accountant, Second Sight Forensic Accountants; Ian Henderson, Chartered Accountant, Second Sight Forensic Accountants.\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Wendy Buffrey, Alan Bates and Tracy Felstead.\n\n"
 "Q1 Chair: Thank you very much, Wendy, Tracy and Alan, for coming to give evidence to our Select Committee this morning. I recognise that, for all of you, giving evidence to us might bring back some difficult memories. We understand that, so please take as much time as you need to give your answers to us.\n\n"
 "We will move around the Committee and different members of the Committee will put questions to you, but if there is anything that you want to cover that we have not covered or you want some more explanation of what we are trying to get at, please say. This is not supposed to be a confrontational setting, although it looks a bit like it.\n\n"
 "Perhaps I could start by asking you, Wendy and Tracy, to explain what happened to you with your relationship with the Post Office in your roles. Wendy, maybe you could start by briefly telling us your story.\n\n"
 "Wendy Buffrey: I came into work one day after balancing, and it was absolutely fine.",
 "postal services/retail IT", "non-US", "leadership",
 "The transcript's opening: the crest file name 'HoC 85mm(Green).tif' and the 'Watch the meeting' link left out; the run of spaces in 'Q1                Chair:' made one space; cut before the cut-off 'I had a couple of hundred books of stamps on my c'. Title is the transcript's heading.",
 "OPL", origin="UK Parliament, committees.parliament.uk oral evidence (page store)"))
R.append(rec("uk-parliament-efra-committee-oral-evidence-thames-water-finances-kemble-2023",
 "https://committees.parliament.uk/oralevidence/13991/html/",
 "2023-12-12", "Oral evidence: Thames Water Finances, HC 402", "House of Commons Environment, Food and Rural Affairs Committee oral evidence transcript (committees.parliament.uk)",
 "Environment, Food and Rural Affairs Committee\n\n"
 "Oral evidence: Thames Water Finances, HC 402\n\n"
 "Tuesday 12 December 2023\n\n"
 "Ordered by the House of Commons to be published on 12 December 2023.\n\n"
 "Members present: Sir Robert Goodwill (Chair); Ian Byrne; Barry Gardiner; Dr Neil Hudson; Cat Smith; Derek Thomas.\n\n"
 "Questions 1 - 167\n\n"
 "Witnesses\n\n"
 "I: Alastair Cochran, Joint Interim CEO, Thames Water; Sir Adrian Montague CBE, Chair, Thames Water; and Cathryn Ross, Joint Interim CEO, Thames Water.\n\n"
 "II: David Black, CEO, Ofwat; and Iain Coucher, Chair, Ofwat.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Alastair Cochran, Sir Adrian Montague CBE and Cathryn Ross.\n\n"
 "Q1 Chair: Welcome to this special session of the Environment, Food and Rural Affairs Select Committee. We are very pleased that the senior management at Thames Water have come in to talk to us and to hopefully clarify the situation on some of the items that have been reported in the press, which seem to be at some odds with what we were led to believe the last time you arrived, but no doubt that will all become clear. The second part of this session will be with Ofwat, the regulator. Could I ask our witnesses to introduce themselves briefly, starting with Sir Adrian?\n\n"
 "Sir Adrian Montague: I am the Chair of Thames Water and of Kemble as well. I took up those positions on about 10 July.\n\n"
 "Cathryn Ross: I am one of the interim Co-Chief Executives of Thames Water.\n\n"
 "Alastair Cochran: Good afternoon. I am Co-Chief Executive and Chief Financial Officer.\n\n"
 "Q2 Chair: Yes, so it is probably a good idea to start with you. You published your annual accounts recently. When you appeared before the Committee in July, you said that you were brought in with a whole new executive team to turn around Thames Water. How is that going?\n\n"
 "Sir Adrian Montague: Sir Robert, would you mind if I just started with an apology? An apology is in order.",
 "utilities/water", "non-US", "leadership",
 "The transcript's opening: the crest file name and the 'Watch the meeting' link left out; runs of spaces after 'Q1' and 'Q2' made one space; cut before the cut-off 'As you '. The committee's July 2023 session on Thames Water (oral evidence 13495) has nearly the same witness list and was left out so as not to put two near-duplicate openings into the corpus.",
 "OPL", origin="UK Parliament, committees.parliament.uk oral evidence (page store)"))
R.append(rec("uk-parliament-efra-committee-evidence-water-white-paper-water-uk-united-utilities-2012",
 "https://publications.parliament.uk/pa/cm201213/cmselect/cmenvfru/374/120307.htm",
 "2012-03-07", "Environment, Food and Rural Affairs Committee - Minutes of Evidence HC 374", "House of Commons Environment, Food and Rural Affairs Committee minutes of oral evidence (publications.parliament.uk)",
 "Taken before the Environment, Food and Rural Affairs Committee\n\n"
 "on Wednesday 7 March 2012\n\n"
 "Members present:\n\n"
 "Miss Anne McIntosh (Chair)\n\n"
 "George Eustice\n\n"
 "Barry Gardiner\n\n"
 "Neil Parish\n\n"
 "Amber Rudd\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Pamela Taylor, Chief Executive, Water UK, Peter Simpson, Managing Director, Anglian Water, and Steve Mogford, Managing Director, United Utilities, gave evidence.\n\n"
 "Q173 Chair: Good afternoon and welcome. Thank you very much for being with us this afternoon and agreeing to participate in our inquiry on the Water White Paper. For the record, I invite you to introduce yourselves, starting with Pamela.\n\n"
 "Pamela Taylor: I am Pamela Taylor and I am Chief Executive of Water UK.\n\n"
 "Peter Simpson: I am Peter Simpson, Managing Director of Anglian Water.\n\n"
 "Steve Mogford: I am Steve Mogford, Chief Executive of United Utilities.\n\n"
 "Q174 Chair: You are all very welcome. Thank you very much for participating. To begin with, I am going to ask a couple of questions on drought, and then we will move to the White Paper, and possibly the draft Water Bill as well. Are you confident that the White Paper’s package of measures to address water scarcity will secure England’s water supply in the face of possibly severe and persistent droughts in the years ahead?\n\n"
 "Pamela Taylor: The White Paper does exactly the right thing, which is to talk about resilience and the need to tackle climate change. There is no one simple solution to deal with long-term drought; we will probably need a package of measures. Certainly, in the first half of the White Paper, the co-operation, planning and so on is going in the right direction, but we will need to continue to work very carefully with the Environment Agency and all of the players, in the countryside in particular as well as urban areas, in order to ensure that we plan.",
 "utilities/water", "non-US", "leadership",
 "The minutes' heading lines ('Environment, Food and Rural Affairs Committee - Minutes of EvidenceHC 374', 'Back to Report', 'Oral Evidence') left out (kept in title); cut before the cut-off 'One of the things we will need to look at is the abilit'. The witness list calls Steve Mogford 'Managing Director', he calls himself 'Chief Executive' (kept as the record gives both).",
 "OPL", origin="UK Parliament, publications.parliament.uk minutes of evidence (page store)"))
R.append(rec("hansard-written-answer-govia-thameslink-industry-readiness-board-2018",
 PP + "question/149992",
 "2018-06-13", "Govia Thameslink Railway", "House of Commons written question and answer (Department for Transport), as given by parallelparliament.co.uk",
 "Question to the Department for Transport:\n\n"
 "To ask the Secretary of State for Transport, pursuant to his oral contribution of 4 June 2018, Official Report, Column 51, on what date the Thameslink industry readiness board was established; who sits on that board; who funds that board; what the cost to the public purse of the operation of that board has been for the last twelve months; and if he will make a statement.\n\n"
 "The Thameslink Industry Readiness Board first met on 13 January 2017 and is independently chaired by Chris Gibb. Chris Gibb is the independent Chair and its members are directors from Network Rail, Govia Thameslink Railway, Southeastern, Stagecoach Group (Representing East Midlands Trains and Virgin Trains East Coast), Arriva Rail London, Department for Transport, Office of Rail and Road, Siemens (supplier of the new Thameslink Fleet), and an Independent Assurance Panel representative. The cost of the board is part of the £7bn Thameslink programme.",
 "rail", "non-US", "leadership,partnership",
 "The heading (kept as title), '(asked on 5th June 2018) - View Source', 'This question was answered on 13th June 2018' (kept as `published`) and the page's 'Reticulating Splines' loader text left out; the asker (Caroline Lucas) and answerer (Jo Johnson) are named only on a theyworkforyou copy of the same answer, not in this text. Whole answer kept (`truncated` false).",
 "OPL", truncated=False))
R.append(rec("hansard-written-answer-thameslink-southern-great-northern-lser-go-ahead-keolis-2022",
 PP + "question/122631",
 "2022-02-21", "Thameslink, Southern and Great Northern Rail Franchise", "House of Commons written question and answer (Department for Transport), as given by parallelparliament.co.uk",
 "Question to the Department for Transport:\n\n"
 "To ask the Secretary of State for Transport, with reference to the statement in the letter dated 2 November 2021 from the Minister of State for Transport to the Transport Select Committee that the outputs of the investigations into the failure of London & South Eastern Railway Limited to declare over £25 million of taxpayer's money will be a relevant factor in respect of decisions on the Thameslink, Southern & Great Northern contract due to expire on 1 April 2022, whether the LSER investigations will report before 1 April 2022; by what date he requires the outcomes of those investigations for them to be included as a relevant factor in respect of his decision on the TSGN contract; if he will make it his policy to bring the operation of the Thameslink, Southern & Great Northern franchise into public hands; and if he will make a statement.\n\n"
 "The Independent Committee, formed by the Chairs of London and Southeastern Railway’s joint-owning groups, Go-Ahead and Keolis, has now provided the Department with its final report. The Department is carefully considering the contents of the final report and next steps are being worked through as a priority with key decisions expected to be confirmed shortly. The Department continues to progress discussions with Govia Thameslink Railway on a new National Rail Contract to operate Thameslink, Southern & Great Northern franchise, but the outputs of the final report will help determine if it is appropriate to enter into this contract.",
 "rail", "non-US", "partnership",
 "The heading (kept as title), '(asked on 10th February 2022) - View Source', the 'Answered by / Wendy Morton Portrait / Wendy Morton' lines (so the answering minister is not in the text), 'This question was answered on 21st February 2022' (kept as `published`) and 'Reticulating Splines' left out. Whole answer kept.",
 "OPL", truncated=False))
# ---- Houses of the Oireachtas ----------------------------------------------------------------------------------
R.append(rec("oireachtas-written-answer-esb-networks-power-restoration-irish-water-2018",
 "https://www.oireachtas.ie/en/debates/question/2018-09-27/171/",
 "2018-09-27", "Electricity Transmission Network", "Dáil Éireann written answer (Minister for Communications, Climate Action and Environment)",
 "Deputy Eamon Scanlon asked the Minister for Communications, Climate Action and Environment if areas on boil water notices will be prioritised for power restoration in the event of power outages due to poor weather in view of the added cost and implications for households; and if he will make a statement on the matter.\n\n"
 "The priority for the restoration of outages caused by severe weather is an operational matter for ESB Networks, but my Department has raised this matter with the ESBN, which has  provided the following information: - Prioritised power restoration proceeds when conditions allow for this to be undertaken safely. Power restoration takes place in an organised way with the prioritisation of resources to worst affected areas and locations where there are medically vulnerable households.\n\n"
 "- ESB Networks works with a range of stakeholders to prioritise restoration of electricity in a safe and efficient manner. One of these stakeholders is Irish Water. During severe storms, ESB Networks and Irish Water maintain a direct line of communication to allow Irish Water to provide detailed information to ESB Networks about locations where power outages are impacting its operations. These can be locations where power outages are affecting water pumping, sewage treatment or other Irish Water activities, including where Boil Water notices are in place.\n\n"
 "- Where possible and safe to do so, ESB Networks prioritises the restoration of electricity to those locations identified by Irish Water.",
 "utilities/electricity", "non-US", "outage",
 "oireachtas.ie chrome ('Skip to main content', 'Normal View', 'Dáil Éireann Debate, Thursday - 27 September 2018', the date line, 'Questions (171)', the asker line 'Eamon Scanlon', 'View answer', 'Written answers'), the question number '171.' and reference '[39129/18]' left out; the record's double space in 'which has  provided' kept; cut before the cut-off sentence 'Where prioritisation is not possible, ...'. Near-miss: restoration practice, no outage told.",
 "OIR", origin="Houses of the Oireachtas, oireachtas.ie (page store)"))
R.append(rec("oireachtas-committee-eir-broadband-njj-consortium-purchase-2018",
 KS + "committees/?id=2018-09-18a.87",
 "2018-09-18", "Broadband Service Provision: Discussion (Resumed)", "Joint Oireachtas Committee on Communications, Climate Action and Environment debate",
 "Ms Carolan Lennon:\n\n"
 "I thank the committee for the invitation to attend today's meeting to discuss improvements in high-speed broadband availability across Ireland and the investment that Eir is making in its network. As the Chairman has already said, I am joined by Mr. Gary Healy who is our director of regulatory and public policy and is a member of the senior management team at Eir. Members have been provided with additional material by way of a written submission and we are happy to take questions from members on any of that material.\n\n"
 "Members will be aware that Eir is the principal provider of fixed line and mobile telecommunications services in Ireland. The company has approximately 2 million customers and operates the most extensive network in the country providing a range of advanced voice, data, broadband and ICT services to the residential, small business, enterprise and public sector markets. Open Eir is the largest wholesale operator in Ireland, providing products and services to more than 40 wholesale customers and 400,000 end users across a range of regulated and unregulated markets. Eir is also a major contributor to the Irish economy, spending over €1 billion annually.\n\n"
 "In April 2018, a consortium led by the NJJ group, which is owned by the French telecoms entrepreneur Xavier Niel, completed the purchase of Eir, which has led the company into a period of exciting development and innovation. The NJJ team has a wealth of international telecommunications experience, which is already proving to be of huge benefit to both Eir and its customers. The group has a proven track record of investment in telecoms infrastructure and enhanced customer propositions.",
 "telecoms", "non-US", "leadership,acquisition",
 "Eir's opening statement (the speaker label 'Ms Carolan Lennon:' kept as the page gives it); the site, committee and agenda lines (agenda kept as title) and the time '5:00 pm' left out; cut before the cut-off sentence 'My appointment as CEO was accompanied by the appointment of Mr. David McRedmond as Chairman and soo...'. Eir's appearance before the Public Accounts Committee of February 2019 is in dev (a different text; this one tells the NJJ purchase).",
 "OIR"))
R.append(rec("oireachtas-committee-national-broadband-plan-mccourt-global-guarantor-2019",
 KS + "committees/?gid=2019-05-22a.42",
 "2019-05-22", "National Broadband Plan: Discussion", "Joint Oireachtas Committee on Communications, Climate Action and Environment debate",
 "An event took place between the former Minister and a number of officials from the Department in the summer of 2018 or thereabouts. There was a discussion at that meeting, which was minuted, which talks about the make-up or potential change in the consortium. Frank McCourt of McCourt Global LLC was present. Subsequently, his company was relied on to act as a guarantor or to assist Granahan McCourt and David McCourt still being a qualifying bidder. The process auditor who investigated this, to the best of my recollection, never interviewed Frank McCourt and perhaps assumed that he just happened to be having lunch with his brother for the purpose of welcoming the Minister to New York. I do not know. Peter Smyth did not carry out any analysis of the presence of Frank McCourt at that meeting. I am at a loss to understand what was the purpose of Frank McCourt's attendance. One would not have to be Einstein to figure out that soon afterwards, he gave a letter of undertaking to his brother to get him to pass a certain milestone within the broadband process. That does not look great. I certainly think there is an issue.\n\n"
 "David McCourt's company, Granahan McCourt, started a process a long time ago. It changed in character and nature almost monthly. It was like \"Lanigan's Ball\", with companies going in and out. There were different points at which he relied on the financial strength or ability of another company. That allowed him to progress a stage further and then his brother said he was on his own and that he got him this far. Does Mr. Ó hÓbáin not think that this raises very serious questions about the capacity of the company to which he has decided to grant preferred bidder status?",
 "telecoms/broadband", "non-US", "partnership",
 "Timmy Dooley's contribution (photo/speaker line 'Timmy Dooley (Clare, Fianna Fail) | Oireachtas source' left out, so his name is not in the text); the site, committee and agenda lines (agenda kept as title) left out; cut before the cut-off 'We understand that the risk being ta'.",
 "OIR"))
R.append(rec("oireachtas-committee-national-broadband-plan-holding-company-tetrad-2019",
 KS + "committees/?gid=2019-05-22a.70",
 "2019-05-22", "National Broadband Plan: Discussion", "Joint Oireachtas Committee on Communications, Climate Action and Environment debate",
 "If that were followed through, all of the risk would fall back on the State. While Mr. Mulligan was speaking, I read through a reply, dated 15 May, to a parliamentary question. It states: \"The holding company will be wholly owned by Granahan McCourt Dublin (Ireland) Limited, subject to the Minister's special share\". This does not seem to suggest Tetrad Corporation has any ownership of the holding company. I am not being niggly, as this has to do with who is carrying the risk. If the only risk being carried is the initial €175 million of equity, it does not give me much confidence in going to years ten, 12, 15 and onwards. In the memo circulated by the Secretary General of the Department of Public Expenditure and Reform, Mr. Watt, which formed part of the documents that were released he made it clear that all of that money would be paid back to Granahan McCourt, Tetrad or whoever was the beneficial owner within eight years. That would be before many of the people in question had even signed up. I am trying to figure out whether there will be any purpose for Mr. McCourt or his myriad of companies to remain around after year ten, as they will already have got their money. My concern which tends to undermine the reason for following the gap funding model is the State is carrying all of the risk.",
 "telecoms/broadband", "non-US", "partnership",
 "Timmy Dooley's later contribution at the same sitting (photo/speaker line left out); site, committee and agenda lines left out; whole contribution kept (`truncated` false; 'Comments / No comments' chrome dropped).",
 "OIR", truncated=False))
R.append(rec("oireachtas-committee-national-broadband-plan-granahan-mccourt-consortium-kpmg-2019",
 KS + "committees/?gid=2019-06-05a.184",
 "2019-06-05", "National Broadband Plan: Discussion", "Joint Oireachtas Committee on Communications, Climate Action and Environment debate",
 "Is it not the case that Granahan McCourt from the start had little or no standing of its own and relied on others? In the first instance, it relied on John Laing, SSE and Enet. All of those entities withdrew from the Granahan McCourt consortium. At some point a company called McCourt Global LLC was introduced or presented some letter of undertaking to get through a certain phase of the bid process.\n\n"
 "We discovered recently, by virtue of an article in The Sunday Times by Justine McCarthy, that this entity was no longer participating and that another company, Tetrad, was effectively the piggy bank, as it were. In essence, we have Granahan McCourt Dublin (Ireland) Limited throughout the process, but it does not appear to have much standing and certainly is unable to cover for itself. Whenever I raise this with the Taoiseach or the Minister, I am informed that it complies with the procurement process and that the information memorandum that was produced. That brings me back to my question. If KPMG designed that procurement process, is it happy to stand over it when it considers the way in which the process has been jockeyed through by a company with little or no standing that has been able to substitute, somewhat like Lanigan's ball, by pulling people in and out at various stages just to get past the hurdles that were set to ensure we got a company with the reputation, capacity and capability to roll out high-speed broadband to the 542,000 homes and premises that are waiting for it, in addition to value for money?",
 "telecoms/broadband", "non-US", "partnership",
 "Timmy Dooley's question to KPMG's witnesses (photo/speaker line left out); site, committee and agenda lines left out; whole contribution kept ('Comments / No comments / Log in ...' chrome dropped).",
 "OIR", truncated=False))

R.append(rec("oireachtas-dail-social-welfare-christmas-double-payments-error-2005",
 KS + "debate/?id=2005-02-23.295.7",
 "2005-02-23", "Social Welfare Benefits.", "Dáil Éireann debate (oral questions)",
 "I propose to take Questions Nos. 69, 87, 99, 101 and 115 together.\n\n"
 "My Department issues payments each week to approximately 1.1 million customers in respect of 49 separate schemes. This requires implementing a complex set of procedures to ensure payments are produced accurately and on time. At Christmas time the process is more complex as additional procedures are required to pay double payments around that period. Arrangements are put in place to make payments in advance to ensure that customers are not inconvenienced by the closure of banks over the holiday period.\n\n"
 "Approximately 667,000 customers are in receipt of long-term benefit on schemes such as old age, lone parent and invalidity pension. Some 168,000 of these customers receive their payment entitlements by way of electronic fund transfer, EFT. This facility allows customers to receive their payment into their bank account. The EFT facility is available to customers living in Ireland or abroad. Customers living here receive their payments on a weekly basis, while those living abroad receive their payments on a four-weekly basis.\n\n"
 "During the Christmas period in 2004 my Department put arrangements in place to make a payment covering two weeks of entitlement to our weekly paid customers. This was to ensure that such customers were not adversely affected by the limited bank opening hours over the holiday period. Payments for 15, 16 and 17 December, inclusive, included the Christmas payments for 22, 23 and 24 December, respectively.\n\n"
 "On Thursday, 23 December 2004 an error occurred during the production of payments for 47,977 of my Department's weekly paid customers. An incorrect set of instructions was entered in the computer programme resulting in the issuing of a payment for two weeks to the customers in question instead of the single weekly payment intended.",
 "government services/social welfare", "non-US", "outage",
 "The Minister's reply (speaker line 'Séamus Brennan (Dublin South, Fianna Fail)' left out, so no name is in the text); site chrome, the heading (kept as title, with the record's full stop) and the time '3:00 pm' left out; cut before the cut-off 'Unfortunately, when the error was dis'. Near-miss: a computer instruction error that paid customers twice, no service lost.",
 "OIR"))
R.append(rec("oireachtas-written-answer-social-welfare-payments-euro-settlement-closure-2014",
 "https://www.oireachtas.ie/en/debates/question/2014-05-13/356/",
 "2014-05-13", "Social Welfare Benefits", "Dáil Éireann written answer (Minister for Social Protection)",
 "Deputy Willie O'Dea asked the Minister for Social Protection the reason for the delay in the payment of social welfare payments and pensions on 1 and 2 May 2014; if her Department had been made aware of the issues surrounding the single euro payments area and advised to make payments for the previous working day to ensure clients were not inconvenienced; the reason they do not follow this course of action; and if she will make a statement on the matter.\n\n"
 "The Irish Payment Services Organisation (IPSO) advised that Thursday 1 May 2014 was a bank holiday in most euro area/EU countries and, as a result, the Euro payments clearing and settlement system would be closed. This meant that all Euro electronic payments due to be processed on Thursday 1 May would not be credited to accounts until Friday 2 May. IPSO encouraged business and consumers to make payments one day earlier on Wednesday 30 April.\n\n"
 "Accordingly, the Department of Social Protection brought all social welfare payments due to be paid via electronic funds transfers to its customers which were due on Thursday 1 May forward to Wednesday 30 April. All customers due an EFT payment to an account in financial institution on Thursday 1 May received payment on Wednesday 30 of April.\n\n"
 "I want to emphasise that IPSO did not advise my department to bring forward payments due on Friday 2 May to Wednesday 30 April. IPSO did advise my department that there would be a \"slight delay\" to payments on Friday 2 May as a result of the closure of the settlement system a day earlier. IPSO also advised my department that payments would begin arriving in accounts from early morning. This department placed notices for customers and staff to this effect on its website.",
 "banking/payments", "non-US", "outage",
 "oireachtas.ie chrome ('Skip to main content', 'Normal View', 'Dáil Éireann Debate, Tuesday - 13 May 2014', the date line, 'Questions (356)', the asker line, 'Question:', 'View answer', 'Written answers'), the question number '356.' and reference '[21023/14]' left out; cut before the cut-off 'It is very disappointing that despite advices from IPSO t'. Near-miss: a payment system's planned closure for a bank holiday, no failure.",
 "OIR", origin="Houses of the Oireachtas, oireachtas.ie (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
