#!/usr/bin/env python3
"""Batch 16f: executives named with their titles at named companies in sectors the corpus had few of — pharma (two
drugmakers' UK managers and the industry bodies' heads before the Health Committee), games (a games publisher's and a
games maker's managers before the DCMS Committee; a games company founder and the publishers' trade body), technology
(social media companies' policy heads named for a joint committee and before an Oireachtas committee; the Irish
development agency's interim chief executive and the technology trade body), media (a satellite broadcaster's chief
operating officer and directors; the commercial public service broadcasters' directors and a broadcaster's chief
executive), retail (a pharmacy group's divisional chief executive, a department store group's managers and a
retailer's head of public affairs), food (the food, meat and dairy industry bodies' directors and chairman) and
energy (energy suppliers' chief executives, managing director and co-founder before two Commons committees) — from
openly licensed parliamentary records: the UK Parliament (committees.parliament.uk oral evidence and news,
publications.parliament.uk minutes of evidence and uncorrected transcripts, hansard.parliament.uk) and the Houses of
the Oireachtas (the kildarestreet.com mirror). Every text is published in 2000 or later. Every text is the search
tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was
cut it ends at the last full sentence kept (`truncated`). Licences as earlier batches checked them: UK Parliament,
Open Parliament Licence v3.0 (batches 10-16e); Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0 (batches
12, 15b-16e). Edits per item in `notes`: page chrome, cover-page blocks, question-number links, speaker photo lines,
committee privilege notices left out; table cells put on lines of their own (whitespace only); no word added or
changed.
usage: batch16f.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

ORIGINS = {"OIR": "Houses of the Oireachtas via kildarestreet.com (page store)",
           "OPL": "UK Parliament, Hansard (hansard.parliament.uk, page store)"}
O_PUB = "UK Parliament, publications.parliament.uk minutes of evidence (page store)"
O_UC = "UK Parliament, publications.parliament.uk uncorrected transcript of oral evidence (page store)"
O_COM = "UK Parliament, committees.parliament.uk oral evidence (page store)"
O_NEWS = "UK Parliament, committees.parliament.uk committee news (page store)"
O_TWFY = "UK Parliament, Hansard via theyworkforyou.com (page store)"
O_PS = "UK Parliament open data (Hansard contribution) via the Parliament's parliamentary-search prototype (page store)"
PRIV = "the chair's privilege notice left out"
KSCHROME = "kildarestreet chrome (site, date, committee and heading lines, the heading kept as title; the time line; the chair's photo/speaker and 'Link to this' lines)"
COMCHROME = "committees.parliament.uk chrome (the crest file name 'HoC 85mm(Green).tif', 'Watch the meeting') left out"
UCFRONT = "the transcript's cover block (title, witnesses' names in capitals, 'Evidence heard in Public Questions ...') and its four 'USE OF THE TRANSCRIPT' paragraphs left out, so the text starts at 'Oral Evidence'"


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- pharma ---------------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-health-committee-pharmaceutical-industry-glaxosmithkline-astrazeneca-witnesses-2005",
 "https://publications.parliament.uk/pa/cm200405/cmselect/cmhealth/42/5011301.htm",
 "2005-01-13", "Health - Minutes of Evidence (The Influence of the Pharmaceutical Industry)", "House of Commons Health Committee, minutes of evidence (contents page)",
 "Members present:\n\n"
 "Mr David Hinchliffe, in the Chair\n"
 "John Austin\nSiobhain McDonagh\nMr Keith Bradley\nDr Doug Naysmith\nMr Simon Burns\nDr Richard Taylor\nMr Jon Owen Jones\n\n"
 "Memorandum by GlaxoSmithKline (PI 51)\n\n"
 "Memorandum by AstraZeneca (PI 33)\n\n"
 "Supplementary memorandum by AstraZeneca (PI 33A)\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Mr Eddie Gray, Senior Vice President and General Manager, and Dr Stuart Dollow, Vice President, Medical Division, GlaxoSmithKline, Mr Chris Brinsmead, Marketing Co-President, and Dr John Patterson, Executive Director, Development, AstraZeneca, were examined.\n\n"
 "Memorandum by The Association of the British Pharmaceutical Industry (PI 35)\n\n"
 "Memorandum by the Bioindustry Association (PI 147)\n\n"
 "Memorandum by the British Generic Manufacturers Association (PI 148)\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Dr Richard Barker, Director General, and Mr Vincent Lawton, President, Association of the British Pharmaceutical Industry, Dr David Chiswell, Chairman, BioIndustry Association, and Mr Simon Clark, Chairman, British Generic Manufacturers Association, were examined.",
 "pharma", "non-US", "leadership",
 "The page store's excerpt starts at 'Members present:'; the members table's cells, run together in the page ('John AustinSiobhain McDonagh'), put on lines of their own (whitespace only); the 'Question Number' links ('659 - 679' ...) left out. The whole excerpt kept. `published` is the sitting's day, 13 January 2005, which the text does not state: it is on the first transcript page of the same sitting (5011306.htm, not taken). The title is the page's committee heading with the inquiry's name as the Health Committee report HC 42-I gives it.",
 "OPL", truncated=False, origin=O_PUB))
# ---- games ----------------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-dcms-committee-immersive-addictive-technologies-electronic-arts-epic-games-2019",
 "https://committees.parliament.uk/oralevidence/9442/html",
 "2019-06-19", "Oral evidence: Immersive and addictive technologies, HC 1846", "House of Commons Digital, Culture, Media and Sport Committee, oral evidence",
 "Digital, Culture, Media and Sport Committee\n\n"
 "Oral evidence: Immersive and addictive technologies, HC 1846\n\n"
 "Wednesday 19 June 2019\n\n"
 "Ordered by the House of Commons to be published on 19 June 2019.\n\n"
 "Members present: Damian Collins (Chair); Clive Efford; Julie Elliott; Paul Farrelly; Simon Hart; Ian C. Lucas; Brendan O'Hara; Jo Stevens; Giles Watling.\n\n"
 "Questions 1015-1256\n\n"
 "Witnesses\n\n"
 "I: Shaun Campbell, UK Country Manager, Electronic Arts; Kerry Hopkins, Vice President, Legal and Government Affairs, EA; Canon Pence, General Counsel, Epic Games; and Matthew Weissinger, Director of Marketing, Epic Games.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Shaun Campbell, Kerry Hopkins, Canon Pence and Matthew Weissinger.\n\n"
 "Q1015 Chair: Good afternoon. Welcome to this evidence session for our inquiry into addictive and immersive technologies. We are grateful to the representatives from Epic Games and Electronic Arts for joining us, particularly those who have travelled from the United States to be here this afternoon. We are grateful for your time and for your commitment to the evidence session.\n\n"
 "I will start by directing some questions at Epic Games regarding Fortnite, a game you make that is a global phenomenon. I am sure you are familiar with the remarks that Prince Harry made about Fortnite—it is pretty unprecedented for a member of the royal family to talk about a commercial organisation, particularly in a critical way. He believes that the game should not be played. He even said: “It's created to addict, an addiction to keep you in front of a computer for as long as possible. It’s so irresponsible.” What response would you give to Prince Harry on the concerns he has expressed about Fortnite?\n\n"
 "Canon Pence: We were quite taken aback by that at Epic.",
 "games", "mixed", "leadership",
 COMCHROME + "; blank lines around the witness line made single blank lines and the run of spaces after 'Q1015' made one space (whitespace only); the record's mixed apostrophes ('It's', 'It’s') kept; cut before the cut-off 'We were rather surprised ... our design philosophy and our multi-decade approach to'. `published` is the sitting's day.",
 "OPL", origin=O_COM))
R.append(rec("uk-parliament-cms-committee-creative-industries-games-eidos-livingstone-elspa-2006",
 "https://publications.parliament.uk/pa/cm200607/cmselect/cmcumeds/509/6101708.htm",
 "2006-10-17", "Select Committee on Culture, Media and Sport Minutes of Evidence: Examination of Witnesses (Questions 479 - 497)", "House of Commons Culture, Media and Sport Committee, minutes of evidence",
 "Select Committee on Culture, Media and Sport Minutes of Evidence\n\n"
 "Examination of Witnesses (Questions 479 - 497)\n\n"
 "TUESDAY 17 OCTOBER 2006\n\n"
 "MR IAN LIVINGSTONE OBE AND MR PAUL JACKSON\n\n"
 "Q479 Chairman: We now turn to a specific sector of the creative industries being the electronic games industry, which is of growing importance to the UK. Can I welcome Ian Livingstone of Eidos Interactive UK, who seems to have been responsible for many of the best-known games. I do not think you were actually responsible for Lara Croft?\n\n"
 "Mr Livingstone: I have been a father perhaps; I found her!\n\n"
 "Q480 Chairman: And also I think was the founder of the Games Workshop where my children seem to spend an inordinate amount of money.\n\n"
 "Mr Livingstone: That was in 1975, yes.\n\n"
 "Q481 Chairman: And also Paul Jackson, the Director General of the Entertainment & Leisure Software Publishers Association, which I think is the umbrella group for the industry?\n\n"
 "Mr Jackson: That is right, the trade body.\n\n"
 "Chairman: Adam Price?\n\n"
 "Q482 Adam Price: The UK games industry has a formidable reputation, both in terms of its market share and also the quality of its output but the Committee was in Korea and I think Mr Livingstone you have returned from China recently—\n\n"
 "Mr Livingstone: That is right and I have been to Korea as well.",
 "games", "non-US", "leadership",
 "The page store's excerpt in the page's second layout (the first breaks lines inside names); runs of spaces after question labels ('Q479  Chairman') made one space (whitespace only); cut after Mr Livingstone's answer, before the cut-off 'Q483 Adam Price: ... particularly'. `published` is the sitting's day.",
 "OPL", origin=O_PUB))
# ---- technology -----------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-online-safety-bill-joint-committee-facebook-twitter-google-tiktok-witnesses-2021",
 "https://committees.parliament.uk/committee/534/draft-online-safety-bill-joint-committee/news/158230/facebook-twitter-google-and-tiktok-to-give-evidence-on-the-draft-online-safety-bill/",
 "2021-10-25", "Facebook, Twitter, Google and TikTok to give evidence on the draft Online Safety Bill", "Joint Committee on the Draft Online Safety Bill, committee news",
 "Facebook, Twitter, Google and TikTok to give evidence on the draft Online Safety Bill\n"
 "25 October 2021\n"
 "Senior representatives from big tech companies including Facebook, Twitter, Google, YouTube and TikTok will give evidence to MPs and Peers on the Joint Committee on the draft Online Safety Bill at a session on Thursday 28 October from 3pm.\n"
 "Witnesses\n"
 "Thursday 29 October\n"
 "At 3.00 pm:\n"
 "- Antigone Davis, Global Head of Safety, Facebook\n"
 "- Rebecca Stimson, UK Director of Public Policy, Facebook\n"
 "At 4.30pm:\n"
 "- Leslie Miller, Vice President, Government Affairs and Public Policy, YouTube\n"
 "- Markham C. Erickson, Vice President, Government Affairs and Public Policy, Google\n"
 "At 6.00pm:\n"
 "- Nick Pickles, Senior Director, Global Public Policy Strategy, Development and Partnerships, Twitter\n"
 "- Dr Theo Bertram, Director of Government Relations, Europe, TikTok\n"
 "Purpose of the session\n"
 "The tech companies will be asked about their current approaches to online safety and how they may be affected by the draft legislation.\n"
 "This session comes on the heels of evidence from Facebook whistleblower Frances Haugen this Monday 25 October from 2.30pm.\n"
 "Nobel Prize winning journalist Maria Ressa, CEO of Rappler, will give evidence on Wednesday 27 October from 9:00 am.\n"
 "Chair's comments\n"
 "Chair of the Joint Committee, Damian Collins MP, said:\n"
 "“The Online Safety Bill will establish a new era of regulation for tech platforms which will make them accountable to an independent body for what they host, and the active role their recommendation systems play in promoting it to other users.\n"
 "“We want to make online products like search and social media safer and ensure that tech companies have effective systems in place to mitigate the spread of harmful and illegal content. We look forward to questioning Google, Facebook, Twitter and TikTok on how they intend to comply with the requirements of the Online Safety Bill.\"",
 "tech", "mixed", "leadership",
 "The page's 'Further information' block (a press officer's name, telephone number and e-mail) left out at the end; the rest as the page store gives it, including the page's own slip 'Thursday 29 October' under 'Witnesses' (the session day is given as Thursday 28 October above it) and its closing straight quotation mark. `published` is the news item's date.",
 "OPL", truncated=False, origin=O_NEWS))
R.append(rec("oireachtas-committee-electoral-reform-bill-facebook-ireland-twitter-public-policy-2021",
 "https://www.kildarestreet.com/committees/?gid=2021-03-30a.1139",
 "2021-03-30", "General Scheme of Electoral Reform Bill 2020: Discussion (Resumed)", "Joint Committee on Housing, Planning and Local Government debate",
 "It is great to be able to see people face to face in the committee. We have been used to seeing each other on screens for a long time, so it is great to have the opportunity to meet face to face in public.\n\n"
 "Today, we are continuing our pre-legislative scrutiny of the general scheme of the Electoral Reform Bill 2020. After this meeting we will suspend for 15 minutes for our private meeting on correspondence. Apologies for his absence have been received from Deputy Duffy.\n\n"
 "We are joined remotely by the witnesses, Mr. Dualta Ó Broin, head of public policy in Facebook Ireland Limited, and Mr. Ronan Costello, senior manager of public policy in Twitter. Their opening statements have been circulated to members. I will invite our witnesses to make their opening statements and then members will be invited to ask questions. Members' questions and answers will be limited to five minutes.",
 "tech", "non-US", "leadership",
 KSCHROME + "; " + PRIV + " with the remote-attendance notice (cut off in the excerpt), so the chair (Steven Matthews) is not in the text. `published` is the sitting's day.",
 "OIR"))
R.append(rec("oireachtas-committee-challenges-technology-sector-ida-interim-ceo-technology-ireland-2022",
 "https://www.kildarestreet.com/committees/?id=2022-11-23a.267",
 "2022-11-23", "Challenges Facing the Technology Sector: Discussion", "Joint Committee on Enterprise, Trade and Employment debate",
 "All those present in the committee room are asked to exercise personal responsibility to protect themselves and others from the risk of contracting Covid-19. Members who are participating remotely are required, as they are well aware, to participate from within the Leinster House complex only. We have not received any apologies.\n\n"
 "Today, we are going to discuss the challenges facing the technology sector. Ireland is one of the leading tech capitals of the world, a home to several dynamic Irish tech companies and the location of Europe, Middle East and Africa headquarters for many of the world's leading companies in the tech industry. The tech sector employs thousands of people and contributes to significantly to the Irish economy. In recent weeks, volatility and instability in the sector have been widely reported with substantial job losses being announced in many large employers in the tech sector. I am pleased we have the opportunity to consider these matters further with representatives from the Industrial Development Authority, IDA, and Technology Ireland. From the IDA, I welcome Ms Mary Buckley, interim CEO; Mr. Donal Travers, divisional manager technology, content consumer and business services; and Mr. Tommy Fanning, department manager strategic policy. From Technology Ireland, I welcome Ms Una Fitzpatrick, director; and from IBEC, Mr. Erik O’Donovan, head of digital policy.",
 "tech", "non-US", "leadership",
 KSCHROME + " (kildarestreet files the sitting under the committee's earlier name, Jobs, Enterprise and Innovation; the kind line uses the name oireachtas.ie gives); " + PRIV + " (cut off in the excerpt), so the chair (Maurice Quinlivan) is not in the text; the record's 'contributes to significantly to' kept. `published` is the sitting's day.",
 "OIR"))
# ---- media ----------------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-cms-committee-bbc-charter-renewal-bskyb-freudenstein-witnesses-2004",
 "https://publications.parliament.uk/pa/cm200304/cmselect/cmcumeds/uc598-iv/uc59802.htm",
 "2004-06-29", "BBC Charter Renewal (uncorrected transcript of oral evidence, HC 598-iv)", "House of Commons Culture, Media and Sport Committee, uncorrected transcript of oral evidence",
 "Oral Evidence\n\n"
 "Taken before the Culture, Media and Sport Committee\n\n"
 "on Tuesday 29 June 2004\n\n"
 "Members present\n\n"
 "Sir Gerald Kaufman, in the Chair\n\n"
 "Chris Bryant\n\nMr Frank Doran\n\nMichael Fabricant\n\nAlan Keen\n\nRosemary McKenna\n\nJohn Thurso\n\nDerek Wyatt\n\n"
 "Witnesses: Mr Richard Freudenstein, Chief Operating Officer, Mr Mike Darcey, Director of Strategy, Mr Mike Rhodes, Head of Regulatory Affairs and Mr Ray Gallagher, Director of Public Affairs, BSkyB, examined\n\n"
 "Chairman: Good Morning, gentleman. It is very nice indeed to see you, as always. We are going to launch straight into the questioning. John Thurso.",
 "media", "non-US", "leadership",
 UCFRONT + "; the rule '________________' before the witness line left out; cut before the cut-off first question 'Q178 John Thurso: Can I begin ... Fr'. The record's 'Good Morning, gentleman' kept. `published` is the sitting's day.",
 "OPL", origin=O_UC))
R.append(rec("uk-parliament-cms-committee-draft-media-bill-itv-channel-4-paramount-directors-2023",
 "https://committees.parliament.uk/oralevidence/13236/html/",
 "2023-06-06", "Oral evidence: Pre-legislative scrutiny of the Draft Media Bill, HC 1287", "House of Commons Culture, Media and Sport Committee, oral evidence",
 "Culture, Media and Sport Committee\n\n"
 "Oral evidence: Pre-legislative scrutiny of the Draft Media Bill, HC 1287\n\n"
 "Tuesday 6 June 2023\n\n"
 "Ordered by the House of Commons to be published on 6 June 2023.\n\n"
 "Members present: Dame Caroline Dinenage (Chair); Kevin Brennan; Clive Efford; Julie Elliott; Damian Green; Dr Rupa Huq; Simon Jupp; John Nicolson; Jane Stevenson; Giles Watling.\n\n"
 "Questions 1 to 77\n\n"
 "Witnesses\n\n"
 "I: Magnus Brooke, Group Director of Strategy, Policy and Regulation, ITV; Khalid Hayat, Director of Strategy and Consumer Insight, Channel 4; and Mitchell Simmons, Vice President, Public Policy and Government Affairs EMEA at Paramount.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Magnus Brooke, Khalid Hayat and Mitchell Simmons.\n\n"
 "Chair: Welcome to the first evidence session of the Culture, Media and Sport Committee’s pre-legislative scrutiny of the Government’s draft Media Bill. We are joined today by the commercial public service broadcasters. We have Magnus Brooke, the group director of strategy, policy and regulation at ITV; Khalid Hayat, the director of strategy at Channel 4; and Mitchell Simmons, the vice president of public policy and government affairs at Paramount, which includes Channel 5.\n\n"
 "It might be helpful for the panel and those watching our proceedings to be clear that today’s session is not about the widely reported issues at “This Morning” and ITV, and the broader implications for public service broadcasting. We will be hearing next week from Dame Carolyn McCall, ITV’s CEO, specifically to discuss those matters, and we will be raising them with other broadcasters in due course as well. Today we very much want to focus on the draft Media Bill and the significant implications that it has for the industry.\n\n"
 "Before we begin questioning, can I ask Members if they have any interests to declare, please?\n\n"
 "Simon Jupp: I am a former employee of ITV.\n\n"
 "John Nicolson: I am a former news presenter at ITV.",
 "media", "non-US", "leadership",
 COMCHROME + "; blank lines around the witness line made single blank lines and trailing spaces after 'please?' removed (whitespace only); cut before the cut-off 'Damian G'. `published` is the sitting's day.",
 "OPL", origin=O_COM))
# ---- retail ---------------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-bis-committee-uk-retail-sector-alliance-boots-john-lewis-marks-spencer-2013",
 "https://publications.parliament.uk/pa/cm201314/cmselect/cmbis/uc168-iii/uc16801.htm",
 "2013-07-02", "UK Retail sector (uncorrected transcript of oral evidence, HC 168-iii)", "House of Commons Business, Innovation and Skills Committee, uncorrected transcript of oral evidence",
 "Oral Evidence\n\n"
 "Taken before the Business, Innovation and Skills Committee\n\n"
 "on Tuesday 2 July 2013\n\n"
 "Members present:\n\n"
 "Mr Adrian Bailey (Chair)\n\nMr Brian Binley\n\nPaul Blomfield\n\nMike Crockart\n\nCaroline Dinenage\n\nRebecca Harris\n\nAnn McKechin\n\nMr Robin Walker\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Alex Gourlay, Chief Executive, Health and Beauty Division, Alliance Boots, Tony Wheeler, Head of Branch, Peter Jones, John Lewis, Mark Lewis, Online Director, John Lewis, and Tony Ginty, Head of Public Affairs, Marks & Spencer, gave evidence.\n\n"
 "Q183 Chair: Welcome to our session today, and thank you for agreeing to give evidence.",
 "retail", "non-US", "leadership",
 UCFRONT.replace("four 'USE OF THE TRANSCRIPT' paragraphs", "three notes on the use of the transcript") + "; cut before the cut-off chair's declaration of interest ('Before we start the questioning, ... I spent 18 years-may I say, a ve'). `published` is the sitting's day.",
 "OPL", origin=O_UC))
# ---- food -----------------------------------------------------------------------------------------------------------
R.append(rec("oireachtas-committee-food-harvest-2020-fdii-meat-industry-ireland-dairy-directors-2012",
 "https://www.kildarestreet.com/committees/?gid=2012-10-09a.481",
 "2012-10-09", "Review of Food Harvest 2020 Strategy: Discussion", "Joint Committee on Agriculture, Food and the Marine debate",
 "I welcome Mr. Paul Kelly, director, and Mr. Shane Dempsey, head of consumer foods, from Food and Drink Industry Ireland, FDII; Mr. Ciaran Fitzgerald, chairman, and Mr. Cormac Healy, director, from Meat Industry Ireland; and Mr. Michael Barry, director, from the Irish Dairy Industries Association. I thank them for coming before the joint committee to discuss Food Harvest 2020. I propose to call each in turn to make his presentation and ask members to put questions after each presentation.",
 "food", "non-US", "leadership",
 KSCHROME + ", so the chair (Andrew Doyle) is not in the text; " + PRIV + " with the reminder to members on naming people; the 'Comments' / 'No comments' footer left out. The whole welcome kept (the page store's excerpt ends with the notices).",
 "OIR", truncated=False))
# ---- energy ---------------------------------------------------------------------------------------------------------
R.append(rec("uk-parliament-energy-security-net-zero-committee-winter-centrica-eon-octopus-edf-2023",
 "https://committees.parliament.uk/oralevidence/13606/html/",
 "2023-09-06", "Oral evidence: Preparing for the winter, HC 1720", "House of Commons Energy Security and Net Zero Committee, oral evidence",
 "Energy Security and Net Zero Committee\n"
 "Oral evidence: Preparing for the winter, HC 1720\n"
 "Wednesday 6 September 2023\n"
 "Ordered by the House of Commons to be published on 6 September 2023.\n"
 "Members present: Angus Brendan MacNeil (Chair); Vicky Ford; Barry Gardiner; Mark Garnier; Mark Jenkinson; Lloyd Russell-Moyle; Alexander Stafford.\n"
 "Questions 1-175\n"
 "Witnesses\n"
 "I: Adam Scorer, Chief Executive, National Energy Action; Gillian Cooper, Head of Energy, Citizens Advice; Simon Francis, Co-ordinator, End Fuel Poverty Coalition; Roni Marsh, Money and Cost of Living Team Manager, South West London Law Centres; and Matthew Cole, Head, Fuel Bank Foundation.\n"
 "II: Chris O'Shea, Chief Executive, Centrica, British Gas; Philippe Commaret, Managing Director, Customers, EDF; Simon Oscroft, Co-founder, So Energy; Chris Norbury, Chief Executive E.ON; and Rachel Fletcher, Group Director of Policy and Regulation, Octopus Energy.\n"
 "Written evidence from witnesses:\n"
 "- Centrica\n"
 "- EDF\n"
 "- E.ON\n"
 "Examination of witnesses\n"
 "Witnesses: Adam Scorer, Gillian Cooper, Simon Francis, Roni Marsh and Matthew Cole.\n"
 "Q1 Chair: Good morning, and thank you all for coming today. I will ask each of the panellists to introduce themselves—name, rank and serial number—starting on my left with Matthew.\n"
 "Matthew Cole: Hi everybody. I am Matthew Cole, CEO of the Fuel Bank Foundation, a charity that acts like a food bank, but for electricity and gas.\n"
 "Gillian Cooper: I am Gillian Cooper. I am head of energy policy at Citizens Advice, which is the statutory consumer advocate for energy consumers.\n"
 "Simon Francis: I am Simon Francis. I am co-ordinator of the End Fuel Poverty Coalition, which represents over 70 organisations ranging from small charities and community groups to larger organisations, trade unions and other campaigners.\n"
 "Roni Marsh: I am Roni Marsh. I am from South West London Law Centres. I am in charge of the money and cost of living team; 10 of us advise the public.\n"
 "Chair: We always like people in charge of the money.",
 "energy", "non-US", "leadership",
 "The page store gives this page without the crest line and with single line breaks; kept as given. The whole excerpt kept up to the chair's last full line (the excerpt ends there). `published` is the sitting's day. The second panel's Centrica chief executive also appears in a 2023 BEIS and Justice Committees text of batch 16e (dev; different sitting).",
 "OPL", truncated=False, origin=O_COM))
R.append(rec("hansard-public-bill-committee-tariff-cap-bill-octopus-good-energy-bulb-ofgem-witnesses-2018",
 "https://hansard.parliament.uk/Commons/2018-03-13/debates/b74f2d8c-34f4-4159-b6d5-99308f983172/DomesticGasAndElectricity(TariffCap)Bill(FirstSitting)",
 "2018-03-13", "Domestic Gas and Electricity (Tariff Cap) Bill (First sitting)", "House of Commons Public Bill Committee debate",
 "Greg Jackson, CEO, Octopus Energy\n\n"
 "Juliet Davenport, CEO, Good Energy\n\n"
 "Hayden Wood, Co-founder, Bulb\n\n"
 "Dermot Nolan, Chief Executive, Ofgem\n\n"
 "Rob Salter-Church, Acting Senior Partner, Consumers and Competition, Ofgem\n\n"
 "Rich Hall, Chief Economist for Energy, Citizens Advice\n\n"
 "Pete Moorey, Director of Advocacy and Public Affairs, Which?\n\n"
 "Peter Smith, Director of Policy and Research, National Energy Action\n\n"
 "Public Bill Committee\n\n"
 "Tuesday 13 March 2018\n\n"
 "[Siobhain McDonagh in the Chair]\n\n"
 "Domestic Gas and Electricity (Tariff Cap) Bill\n\n"
 "Before we begin, I am afraid I have a list of dos and don’ts; I hope that we are not going to continue in this vein. Please switch electronic devices to silent. Tea and coffee are not allowed during sittings.",
 "energy", "non-US", "leadership",
 "hansard.parliament.uk chrome ('Skip to main content', the heading, kept as title, 'Debated on Tuesday 13 March 2018') left out; the committee's membership list (chairs, members with constituencies and parties in 'Surname, Forename' form, '† attended the Committee') and the clerks' line left out, so the text starts at the witness list; cut before the cut-off 'Today we will first consider the programme motion ...'. `published` is the sitting's day.",
 "OPL"))

# ---- technology and telecoms (added after the first twelve) ---------------------------------------------------------
R.append(rec("uk-parliament-public-accounts-committee-tax-google-brittin-ernst-young-2013",
 "https://publications.parliament.uk/pa/cm201314/cmselect/cmpubacc/112/130516.htm",
 "2013-05-16", "Public Accounts - Minutes of Evidence, HC 112 (Tax avoidance – Google)", "House of Commons Committee of Public Accounts, minutes of evidence",
 "Oral Evidence\n\n"
 "Taken before the Committee of Public Accounts\n\n"
 "on Thursday 16 May 2013\n\n"
 "Members present:\n\n"
 "Margaret Hodge (Chair)\n\nMr Richard Bacon\n\nStephen Barclay\n\nGuto Bebb\n\nJackie Doyle-Price\n\nChris Heaton-Harris\n\nMeg Hillier\n\nFiona Mactaggart\n\nAustin Mitchell\n\nNick Smith\n\nIan Swales\n\nJustin Tomlinson\n\n"
 "Amyas Morse, Comptroller and Auditor General, National Audit Office, Gabrielle Cohen, Assistant Auditor General, National Audit Office, Paul Keane, Director, National Audit Office, and Marius Gallaher, Alternate Treasury Officer of Accounts, HM Treasury, were in attendance.\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: John Dixon, Head of Tax, Ernst & Young, and Matt Brittin, Vice-President for Sales and Operations, Northern and Central Europe, Google, gave evidence.\n\n"
 "Q1 Chair: Welcome. Thank you for coming this morning. I find this room rather difficult-I prefer the House of Commons-so I would be grateful, because of the acoustics, if you could speak up. The shorter your answers, the quicker we can get through this session.\n\n"
 "Mr Brittin, I want to start by reminding you that it is a very serious offence to mislead a parliamentary Select Committee. I want to quote \"Erskine May\" to you: \"A person prevaricating or giving false evidence can be considered to be in contempt of the House.\" That has very serious repercussions. I just wanted to remind you of that.\n\n"
 "Since you last gave evidence to us in November, we have had a detailed investigation by Reuters and I have been approached by a stream of whistleblowers, some of whom we have met. The information that we have gleaned from that shows clear discrepancies, I am afraid, between the evidence you gave and the reality of what actually happens in Google on the ground. This is an opportunity this morning for you to explain yourself.\n\n"
 "Can I start by setting a context? Am I right that Google started in the UK around 2000 or 2002?\n\n"
 "Matt Brittin: Yes.",
 "tech", "mixed", "leadership",
 "publications.parliament.uk chrome ('Public Accounts - Minutes of EvidenceHC 112', 'Back to Report') and the rule '________________' left out; the record's hyphens for dashes ('difficult-I prefer the House of Commons-so') kept; cut before the cut-off 'Q2 C'. `published` is the sitting's day. The title adds the inquiry's subject as the committee's report on the session names it.",
 "OPL", origin=O_PUB))
R.append(rec("hansard-public-bill-committee-telecommunications-security-bill-three-o2-vodafone-witnesses-2021",
 "https://www.theyworkforyou.com/pbc/2019-21/Telecommunications_%28Security%29_Bill/01-0_2021-01-14a.5.2",
 "2021-01-14", "Telecommunications (Security) Bill (Public Bill Committee, first panel of witnesses)", "House of Commons Public Bill Committee debate (Hansard text as theyworkforyou.com reproduces it)",
 "All our witnesses today will be giving evidence by video link. Before calling the first panel of witnesses, I should first like to remind all hon. Members that questions should be limited to matters within the scope of the Bill and that we must stick to the timings in the programme order that the Committee has just agreed. For this first panel, we have until 12.30 pm. Secondly, may I ask whether any hon. Members on the Committee wish to declare now any relevant interests in connection with this Bill?\n"
 "I now call the first panel of witnesses: Patrick Binchy, technical services director at Three, Derek McManus, chief operating officer at O2 and Andrea Donà, UK head of networks at Vodafone. Would the witnesses please be kind enough to introduce themselves for the record?\n"
 "Patrick Binchy:\n"
 "Good morning. I am Patrick Binchy, and I work for Three, as you said, as the technical services director. I do not know what happened previously, but we lost some degree of ability to hear what you were saying. I think it was Chi Onwurah who was talking, but we could not hear what she was saying, and then it went completely silent for about two minutes.\n"
 "Patrick, I think that was because we were in private session, deciding how we were going to conduct our affairs. You were not cut off out of any rudeness; it was simply that we were going through some procedural matters. May I ask Derek McManus to introduce himself, please?\n"
 "Thank you. Andrea Donà?\n"
 "Andrea Donà:\n"
 "Good morning, everyone. I am Andrea Donà; I head up networks for Vodafone UK. I would like to thank you all for inviting us today; I appreciate the opportunity to give evidence to the Committee.",
 "telecoms", "non-US", "leadership",
 "theyworkforyou chrome (the heading line 'Telecommunications (Security) Bill – in a Public Bill Committee at 11:34 am on 14 January 2021.') left out; the page store's copy gives no speaker label for the chair's lines, so the chair is not named in the text (and Derek McManus's introduction is missing from the copy, as the page store gives it); cut before the cut-off 'Q May I ask our witnesses ...' exchange. `published` is the sitting's day. The same Bill committee was looked at in batch 12 for an outage and not used (no outage); this is its first witness panel, taken for the executives' titles.",
 "OPL", origin=O_TWFY))
R.append(rec("hansard-lords-contribution-bt-privatisation-jefferson-vodafone-gent-retiring-chairman-2013",
 "https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2013-07-18%2F13071884000016",
 "2013-07-18", "House of Lords debate, 18 July 2013 (one contribution)", "House of Lords debate, one contribution, Hansard text as served by the UK Parliament's open-data search prototype",
 "My Lords, I am extremely grateful to those who have contributed to this very important debate. As I listened to the noble Lord, Lord O’Neill, voicing his warnings about this, my mind went back to when I instituted the privatisation of British Telecom in 1982. The chairman of BT was Sir George Jefferson, who sadly died earlier this year. He was constantly in and out of my office, very much supporting the privatisation. However, when I had to say very firmly that BT was not going to be allowed to take a majority position in any of the new mobile telephone networks that were coming up, Sir George was extremely angry. He felt that it was a very unfair restriction on BT. I said to him that he had a virtual monopoly of land telephony and perhaps he ought to concentrate on that, and that in the mean time the new mobile telephone industry should develop without BT having a monopoly position in it.\n\n"
 "Years later, when I attended a farewell reception for Sir Christopher Gent, the retiring chairman of Vodafone, which by then was worth some £82 billion, somebody asked him, “To what do you attribute the huge success not only of the mobile telephone network but of your company in particular?”. He said, “That is very easy. It was one thing: the decision of the Secretary of State at the time that BT would not be allowed to compete”. I went up to him afterwards and said, “I don’t know if you are aware that it was me who took that decision”. He said, “Oh, that’s very interesting”. I said, “Where’s my dividend?”. Of course, no such dividend was forthcoming.",
 "telecoms", "non-US", "leadership",
 "The prototype gives the contribution without speaker label or debate heading (so the peer speaking is not named in the text, and the title is a description); a line break inside 'the noble Lord, Lord O’Neill' made one space (whitespace only); cut before the cut-off 'I do not think I need lectures ... about the importance of—'. `published` is the sitting's day (in the object URL).",
 "OPL", origin=O_PS))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
