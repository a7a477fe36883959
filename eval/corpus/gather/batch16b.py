#!/usr/bin/env python3
"""Batch 16b: company leadership and company relations outside the US and outside tech — committee hearings where
chief executives, chairs, chairs designate and directors of banks, airlines, airports and state transport and
energy companies give evidence, and ministers' statements on agreed and completed sales (a carmaker's European
arm, a steelmaker bought from the official receiver, a nationalised bank sold to a challenger bank, an energy
supplier sold by its state parent), a steelmaker's group and its companies, a bank merger before it was agreed —
from openly licensed parliamentary records: the UK Parliament (hansard.parliament.uk, publications.parliament.uk
minutes and transcripts of evidence, committees.parliament.uk oral evidence, parallelparliament.co.uk copies of
Hansard) and the Houses of the Oireachtas (oireachtas.ie and the kildarestreet.com mirror). Every text is published
in 2000 or later. Every text is the search tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a
page), embedded here; where an excerpt was cut it ends at the last full sentence kept (`truncated`). Licences as
earlier batches checked them: UK Parliament, Open Parliament Licence v3.0 (batches 10-15g); Oireachtas (Open Data)
PSI Licence, which applies CC BY 4.0 (batches 12, 15b-15g).
Edits per item in `notes`: page chrome, speaker photo lines, question numbers and references, transcripts' 'USE OF
THE TRANSCRIPT' notices, committee privilege notices left out; a run of spaces after a question label made one
space; no word added or changed.
usage: batch16b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
KS = "https://www.kildarestreet.com/"
PP = "https://parallelparliament.co.uk/"

ORIGINS = {"OIR": "Houses of the Oireachtas via kildarestreet.com (page store)",
           "OPL": "UK Parliament, Hansard (hansard.parliament.uk, page store)"}
O_PP = "UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"
O_PUB = "UK Parliament, publications.parliament.uk transcript or minutes of evidence (page store)"
O_COM = "UK Parliament, committees.parliament.uk oral evidence (page store)"
O_OIE = "Houses of the Oireachtas, oireachtas.ie (page store)"
PRIV = "the chair's privilege notice paragraph left out"


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- UK Parliament: sales and ownership -------------------------------------------------------------------------
R.append(rec("hansard-commons-opel-vauxhall-sale-to-psa-group-urgent-question-2017",
 "https://hansard.parliament.uk/Commons/2017-03-06/debates/BA036B62-6D0B-4858-A8A9-5CC7613D3B39/OpelVauxhallSaleToPSAGroup",
 "2017-03-06", "Opel/Vauxhall: Sale to PSA Group", "House of Commons urgent question (Secretary of State for Business, Energy and Industrial Strategy)",
 "(Urgent Question): To ask the Secretary of State for Business, Energy and Industrial Strategy if he will make a statement on the sale of Opel/Vauxhall to PSA Group.\n\n"
 "This morning the boards of General Motors and PSA Group announced plans for PSA to acquire GM’s Vauxhall/Opel operations. The proposed deal is expected to be completed by the end of this year.\n\n"
 "The Prime Minister and I have been engaged in discussions with both GM and PSA, and with the French and German Governments, to ensure that the terms of the agreement can give confidence to Vauxhall’s UK workforce now and for the future. Vauxhall is an iconic, important and successful British car manufacturer. Vauxhall cars have been made in Britain for 113 years, and we are determined that that should continue to be the case for many years to come.\n\n"
 "The car plants at Ellesmere Port and Luton have a proud record of being among the most efficient in Europe, with workforces that are skilled, committed and flexible. Both PSA and GM have confirmed to the Prime Minister and me a number of important commitments, including that the company will honour its agreements with the Vauxhall workforce; that Vauxhall pensioners will be in at least as good a position as they are today; that the treatment of the UK division will be equal to that of other countries in the Vauxhall/Opel group; that the identity of Vauxhall will continue to be distinct and prominent; that the strategy of the new company will be one of building on existing strengths and commitments, not on plant closures, taking opportunities to increase sales around the world; and that the company will work with me and the rest of the automotive sector to ensure that it can participate in a substantial programme of research and investment for innovation in areas such as electric vehicles and battery technology, which is part of our industrial strategy.",
 "automotive", "mixed", "deal",
 "hansard.parliament.uk chrome ('Skip to main content', the heading, kept as title, and 'Volume 622: debated on Monday 6 March 2017') left out; the page gives no speaker labels, so no speaker is named in the text; cut before the cut-off 'This morning I had a further conversatio'. `published` is the sitting's day. The Lords repeat of the same statement (same words) was not taken; the Lords exchange of this batch is another text.",
 "OPL"))
R.append(rec("hansard-lords-opel-vauxhall-sale-psa-group-tavares-ellesmere-port-2017",
 PP + "lord/lord-bishop-of-chester2/debate/2017-03-06/lords/lords-chamber/opel-vauxhall-sale-to-psa-group",
 "2017-03-06", "Opel-Vauxhall: Sale to PSA Group", "House of Lords, repeat of an answer to an urgent question, Hansard text as reproduced by parallelparliament.co.uk",
 "It is worth making the point that this transaction between General Motors and PSA is as a result not of Brexit but of a longer-term strategy on the part of GM, and, of course, GM is becoming a shareholder in PSA. This is not a Brexit-related issue. The noble Lord is laughing but this transaction has not come about because of Brexit.\n"
 "The noble Lord says that the Government are pursuing a hard Brexit. We must get the terminology right. The Government are not pursuing a hard Brexit. The Prime Minister has made it absolutely clear that we are trying to negotiate a free trade agreement with the European Union that is as friction free as possible. That is the Government’s objective. Carlos Tavares, the chief executive of PSA, has said that there are opportunities whether it is a soft Brexit or a hard Brexit.\n"
 "The noble Lord’s point about the supply chain is important. Given that it is so integrated across Europe, if there are tariffs or non-tariff barriers and more inspections, conformities and the like, that will disrupt the supply chain. That is why we are keen to negotiate a relationship that is as friction free as possible.\n"
 "My Lords, the Ellesmere Port plant is in my diocese and its closure at any time would be a disaster for that area on the banks of the Mersey. I recognise that that is not in immediate prospect, but can the Minister say more about the strategy to make the long-term loss-making Vauxhall-Opel group more profitable? If GM could not do it, how does Peugeot Citroën plan to do it?",
 "automotive", "mixed", "deal,leadership",
 "The Lord Bishop of Chester's excerpt page of the debate: chrome ('Opel-Vauxhall: Sale to PSA Group Debate', 'Full Debate: Read Full Debate', 'Lord Bishop of Chester', 'Main Page: ...', 'Department Debates - View all ...', '(7 years, 9 months ago)', 'Lords Chamber', run into the first word on the page) left out; the copy gives no speaker labels and breaks paragraphs with single newlines, kept; cut before the cut-off reply 'The right reverend Prelate makes ... for the past 1'. `published` is the sitting's day (in the URL). Same sitting as the Commons urgent question of this batch, whose statement the Lords heard repeated; this is the later exchange (different words).",
 "OPL", origin=O_PP))
R.append(rec("hansard-written-statement-british-steel-completion-of-sale-jingye-2020",
 PP + "mp/alok-sharma/debate/Commons/2020-03-10/debates/20031077000004/BritishSteelCompletionOfSale",
 "2020-03-10", "British Steel: Completion of Sale", "House of Commons written statement (Secretary of State for Business, Energy and Industrial Strategy), Hansard text as reproduced by parallelparliament.co.uk",
 "On Monday 9 March, Jingye Group, a Chinese steelmaker, formally completed its purchase of British Steel Limited from the official receiver, securing more than 3,200 highly skilled jobs in the UK.\n\n"
 "Jingye has acquired British Steel’s steelworks at Scunthorpe, Skinningrove and on Teesside, as well as subsidiary businesses TSP Engineering and FN Steel in the Netherlands.\n\n"
 "On 22 May last year British Steel entered compulsory liquidation. The court appointed official receiver took control of the company and together with special manager, EY, was responsible for running an independent sales process.\n\n"
 "Upon entering liquidation an indemnity was provided by Government which enabled British Steel to continue to trade, and staff to continue to be employed. During this time the Government worked closely with the official receiver, special managers and all interested parties to support the sales process.\n\n"
 "Securing a positive outcome for British Steel would not have been possible without the considerable efforts and commitment of Jingye, the official receiver, special managers, employees and trade unions.\n\n"
 "The British Steel Support Group, set up by the right hon. Member for Tunbridge Wells (Greg Clark) and maintained by the right hon. Member for South Northamptonshire (Andrea Leadsom) also played an important role in supporting the sales process. The group comprised of Members from across the House of Commons, local political leaders, local enterprise partnerships, trade union representatives, British Steel management, and representatives from Make UK and the Federation of Small Businesses.",
 "steel", "mixed", "deal",
 "Alok Sharma's excerpt page: chrome ('Alok Sharma Excerpts', the date line, '(4 years, 1 month ago)', 'Written Statements', 'Read Full debate Read Hansard Text Read Debate Ministerial Extracts', 'Alok Sharma Portrait The Secretary of State for Business, Energy and Industrial Strategy (Alok Sharma)', '- Hansard - -') left out, so the Secretary of State is not named in the text; heading kept as title; cut before the cut-off 'The sale protects ... steelmaking operat'. `published` is the statement's day (Tuesday 10 March 2020, in the page and URL).",
 "OPL", origin=O_PP))
R.append(rec("hansard-commons-northern-rock-sale-virgin-money-statement-2011",
 "https://www.parallelparliament.co.uk/debate/2011-11-21/commons/commons-chamber/northern-rock/ministerial-extracts",
 "2011-11-21", "Northern Rock", "House of Commons oral statement (Financial Secretary to the Treasury), ministerial extracts as reproduced by parallelparliament.co.uk",
 "With permission, Mr Speaker, I would like to make a statement about Northern Rock. As the House will be aware, on 15 June this year the Chancellor of the Exchequer announced that Northern Rock had been put up for sale. Last week, he announced that he had agreed the sale of Northern Rock plc to Virgin Money. I am grateful for the chance to update Parliament on those events.\n\n"
 "As hon. Members will be aware, the collapse of Northern Rock four years ago foreshadowed a crisis that was to engulf the global financial system. The queues of people outside branches of Northern Rock—the first run on a British bank in more than a century—remain to this day a lasting image of the crisis. It was a sorry result of the inadequate regulation and irresponsible banking that the previous Government presided over, and it was a crisis that led to a range of Government interventions in the financial sector. The sale of Northern Rock to Virgin Money is an important step towards normalising the Government’s role in the financial sector and getting the Government out of the business of running the banks.\n\n"
 "The deal with Virgin Money is expected to be completed on 1 January 2012, pending European Commission merger clearance and Financial Services Authority approval. Let me reassure the House that the sale route represents the best value for money for the taxpayer. United Kingdom Financial Investments and its independent advisers looked exhaustively at all potential exits, including stand-alone remutualisation, combination with an existing mutual and initial public offering, but ultimately advised that a sale would generate the best value for money for the taxpayer.",
 "banking", "non-US", "deal",
 "parallelparliament's ministerial-extracts page: chrome ('(Limited Text - Ministerial Extracts only)', 'Read Full debate', the date line, '(12 years, 5 months ago)', 'Commons Chamber', 'Read Hansard Text', 'Mark Hoban Portrait The Financial Secretary to the Treasury (Mr Mark Hoban)', '- Hansard - - - Excerpts') left out, so the minister is not named in the text; cut before the cut-off 'Furthermore, under the terms of the state aid agreement enter'. `published` is the sitting's day (Monday 21 November 2011).",
 "OPL", origin=O_PP))
R.append(rec("hansard-written-statement-sale-of-northern-rock-plc-virgin-money-completed-2012",
 "https://parallelparliament.co.uk/debate/2012-02-28/commons/written-statements/sale-of-northern-rock-plc-to-virgin-money",
 "2012-02-28", "Sale of Northern Rock plc to Virgin Money", "House of Commons written statement (Financial Secretary to the Treasury), Hansard text as reproduced by parallelparliament.co.uk",
 "On 17 November 2011, the Chancellor announced the sale of Northern Rock plc to Virgin Money. The transaction completed on 1 January 2012, following approval from the Financial Services Authority and receipt of European Commission merger clearance.\n\n"
 "Today, UK Financial Investments Ltd (UKFI) has published a document setting out the background to and rationale for the decision to return Northern Rock plc to the private sector through its sale to Virgin Money.\n\n"
 "The publication includes information regarding UKFI’s assessment of the Virgin Money bid against a full range of options to return Northern Rock plc to the private sector, including remutualisation. UKFI and Northern Rock plc received independent corporate finance advice from Deutsche Bank. Other information includes background on the sale process and the timing of the sale.\n\n"
 "The publication also includes an assessment of the expected overall taxpayer returns from the Government’s intervention in the former Northern Rock which amounts to a positive net cash return. The Government provided £37 billion of funding into the two companies that comprise the former Northern Rock and the return of cash from these companies to Government (excluding tax proceeds) is expected to total between £46 billion and £48 billion.\n\n"
 "Copies of this publication have been deposited in the Libraries of both Houses.\n\n"
 "The former Northern Rock was split into two entities on 1 January 2010: Northern Rock plc, a mortgage and savings bank; and Northern Rock (Asset Management) plc, the remaining closed mortgage book.",
 "banking", "non-US", "deal",
 "Chrome ('Tuesday 28th February 2012', '(12 years, 9 months ago)', 'Written Statements', 'Read Hansard Text Read Debate Ministerial Extracts', 'Mark Hoban Portrait The Financial Secretary to the Treasury (Mr Mark Hoban)', '- Hansard - - - Excerpts') left out, so the minister is not named in the text; the footnote marker '1' after 'two companies' and before the footnote left out, the footnote kept as the last paragraph. Whole statement (not truncated). `published` is the statement's day.",
 "OPL", truncated=False, origin=O_PP))
R.append(rec("hansard-commons-speciality-steel-uk-insolvency-liberty-steel-group-2025",
 "https://parallelparliament.co.uk/debate/2025-09-02/commons/commons-chamber/speciality-steel-uk-insolvency/ministerial-extracts",
 "2025-09-02", "Speciality Steel UK: Insolvency", "House of Commons oral statement (Minister for Industry), ministerial extracts as reproduced by parallelparliament.co.uk",
 "I would like to make a statement regarding the insolvency of Speciality Steel UK Ltd, which is part of the Liberty Steel Group. Hon. Members will have seen that the High Court granted a compulsory winding-up order against Liberty Speciality Steels on 21 August, and the company has now entered liquidation.\n"
 "First and foremost, let me say this: the Government stand with the affected steelworkers in Rotherham, in Sheffield and in Wednesbury. We stand with their families and the communities, who will undoubtedly be worried at this difficult time. I would like to reassure them and all those employed by Liberty Speciality Steels that we are standing by with our rapid response teams to give immediate support on the ground if required, that we are working with the trade unions and the South Yorkshire Mayor, and that we are working with the councils and hon. Members from affected constituencies to offer all the help we can.\n"
 "I also want to stress that there will be no immediate changes to the current operation of the business, including to employees’ jobs. Following the appointment of special managers, the company’s sites have been secured and employee payroll processed within 24 hours. Other Liberty Steel companies outside Speciality Steel, such as Liberty Dalzell and Liberty Hartlepool, are not affected by this action.\n"
 "Following the company’s liquidation, the official receiver has been appointed as liquidator by the court. Hon. Members will know that the official receiver operates independently of Government, with a statutory duty to act in the best interests of creditors.\n"
 "Yesterday, I laid a departmental minute notifying the House of the contingent liabilities associated with this intervention. I regret that, due to the liquidation taking place during recess, we have not been able to follow the usual notice period of 14 parliamentary sitting days. However, a copy of the departmental minute will be placed in the Libraries of both Houses.",
 "steel", "non-US", "restructuring",
 "The ministerial-extracts page as stored (no chrome in the excerpt; no speaker named in the text); paragraphs as the copy breaks them (single newlines); cut before the cut-off 'In addition, the Government hav'. `published` is the sitting's day (Tuesday 2 September 2025, in the URL).",
 "OPL", origin=O_PP))
R.append(rec("hansard-lords-banking-lloyds-tsb-and-hbos-merger-consumers-2008",
 "https://hansard.parliament.uk/Lords/2008-10-08/debates/08100878000007/BankingLloydsTSBAndHBOS",
 "2008-10-08", "Banking: Lloyds TSB and HBOS", "House of Lords oral question",
 "My Lords, I beg leave to ask the Question standing in my name on the Order Paper. In doing so, I declare an interest as an adviser to a banking group.\n\n"
 "The Question was as follows:\n\n"
 "To ask Her Majesty’ Government what steps they will take to protect consumers in the event of a merger between Lloyds TSB and HBOS.\n\n"
 "My Lords, decisions on mergers are generally taken by the competition authorities based on whether there is a substantial lessening of competition. This generally provides the most effective method of protecting consumers. In this particular case, and in the light of the extraordinary stress in world financial markets, the Secretary of State considered that there was urgent need for additional action. He therefore laid an order in the House on 7 October that will enable him to take the final decisions in this case and allow him to consider effects relating to the stability of the UK financial system alongside any competition issues.\n\n"
 "My Lords, I thank my noble friend for that reply. Obviously, in these times of trouble in the banking community, stability should come first. However, does he agree that the proposed merged group will have a very dominant position in the British banking scene, holding as it will more than 30 per cent of the current accounts in the UK? What measures do the Government feel they should introduce for the longer term to protect consumers’ interests?\n\n"
 "My Lords, I am grateful to my noble friend for her opening remarks. On consumer protection, as well as the other emergency measures we have taken in the past few days, the Government are about to introduce the Banking Bill, which will reconstitute the regulation of the banking system. The interests of consumers and taxpayers will form an important part of that Bill.",
 "banking", "non-US", "deal,regulatory",
 "hansard.parliament.uk chrome ('Skip to main content', the heading, kept as title, 'Volume 704: debated on Wednesday 8 October 2008') left out; the page gives no speaker labels; the record's 'Her Majesty’ Government' kept; cut before the cut-off 'As the House will recognise, ... in the not'. Near-miss: a proposed merger that does not say who buys whom (no relation).",
 "OPL"))
# ---- UK Parliament: committee evidence (banks) --------------------------------------------------------------------
R.append(rec("uk-parliament-treasury-committee-independent-commission-banking-rbs-hsbc-2011",
 "http://www.publications.parliament.uk/pa/cm201012/cmselect/cmtreasy/uc1069-ii/uc106901.htm",
 "2011-06-08", "Independent Commission on Banking", "House of Commons Treasury Committee, uncorrected transcript of oral evidence (HC 1069-ii)",
 "Oral Evidence\n\n"
 "Taken before the Treasury Committee\n\n"
 "on Wednesday 8 June 2011\n\n"
 "Members present:\n\n"
 "Mr Andrew Tyrie (Chair)\n\nMichael Fallon\n\nMark Garnier\n\nStewart Hosie\n\nAndrea Leadsom\n\nMr Andy Love\n\nJohn Mann\n\nMr George Mudie\n\nJesse Norman\n\nMr David Ruffley\n\nJohn Thurso\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Mr Stephen Hester, Chief Executive, Royal Bank of Scotland, and Mr Douglas Flint, Group Chairman, HSBC, gave evidence.\n\n"
 "Q149 Chair: Thank you very much, both of you, for coming in this afternoon. We have a pretty detailed outline proposal from the Commission to examine.",
 "banking", "non-US", "leadership,regulatory",
 "Transcript page: its cover lines ('UNCORRECTED TRANSCRIPT OF ORAL EVIDENCE', 'To be published as HC 1069-ii', 'house of commons', 'oral EVIDENCE', 'TAKEN BEFORE THE', 'Treasury Committee', the inquiry title, kept as title, the date, the cover's witness line and 'Evidence heard in Public Questions 149-333'), the four-paragraph 'USE OF THE TRANSCRIPT' notice and the '________________' rule left out; cut before the cut-off 'It is rather more detailed ... what they have come f'. `published` is the sitting's day.",
 "OPL", origin=O_PUB))
R.append(rec("uk-parliament-pac-banking-support-asset-protection-rbs-lloyds-2011",
 "https://publications.parliament.uk/pa/cm201011/cmselect/cmpubacc/c785-ii/c78501.htm",
 "2011-03-16", "Banking support and Asset Protection", "House of Commons Public Accounts Committee, corrected transcript of oral evidence (HC 785-ii)",
 "Oral Evidence\n\n"
 "Taken before the Public Accounts Committee\n\n"
 "on Wednesday 16 March 2011\n\n"
 "Members present:\n\n"
 "Margaret Hodge (Chair)\n\nMr Richard Bacon\n\nStephen Barclay\n\nStella Creasy\n\nJackie DoylePrice\n\nChris HeatonHarris\n\nJoseph Johnson\n\nMrs Anne McGuire\n\nAustin Mitchell\n\nNick Smith\n\nIan Swales\n\nJames Wharton\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Nathan Bostock, Head of Restructuring & Risk, RBS, Eric Daniels, Former Group Chief Executive, Lloyds Banking Group, Stephen Hester, Chief Executive, RBS, and Tim Tookey, Group Finance Director, Lloyds Banking Group, gave evidence.\n\n"
 "Q105 Chair: Welcome to you all, thank you for coming, and thank you particularly to Eric Daniels for making probably a last appearance -\n\n"
 "Eric Daniels: One hopes.",
 "banking", "non-US", "leadership,regulatory",
 "Transcript page: 'Session 2010-11', 'Publications on the internet', the cover lines ('CORRECTED TRANSCRIPT OF ORAL EVIDENCE', 'To be published as HC 785 - i i', 'House of COMMONS', 'Oral EVIDENCE', 'TAKEN BEFORE the', 'Public Accounts Committee', the inquiry title, kept as title, the date, the cover's witness line, 'Evidence heard in Public Questions 105 - 217'), the two-paragraph 'USE OF THE TRANSCRIPT' notice and the '________________' rule left out; the page's lost hyphens kept ('Jackie DoylePrice', 'Chris HeatonHarris'); cut after 'One hopes.', before the chair's reply whose words the page breaks apart ('-y ou hope, be for e a ...'). `published` is the sitting's day.",
 "OPL", origin=O_PUB))
R.append(rec("uk-parliament-treasury-committee-competition-choice-banking-lloyds-2010",
 "https://www.publications.parliament.uk/pa/cm201011/cmselect/cmtreasy/uc612-iv/uc61201.htm",
 "2010-12-07", "Competition and Choice in Banking", "House of Commons Treasury Committee, uncorrected transcript of oral evidence (HC 612-iv)",
 "Oral Evidence\n\n"
 "Taken before the Treasury Committee\n\n"
 "on Tuesday 7 December 2010\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Eric Daniels, Group Chief Executive, Helen Weir, Group Executive Director, and Patrick Foley, Chief Economist, Lloyds Banking Group, gave evidence.\n\n"
 "Q148 Chair: Order, order. Welcome to this hearing of the Treasury Select Committee. We have quite a number of questions to get through and I am hoping my colleagues will help by asking brief questions and certainly brief, direct answers would also be valuable.",
 "banking", "non-US", "leadership",
 "Transcript page: 'Session 2010-11', 'Publications on the internet', the cover lines (HC 612-iv, the inquiry title, kept as title, the date, the cover's three witness panels, 'Evidence heard in Public Questions 148 - 433'), the four-paragraph 'USE OF THE TRANSCRIPT' notice, the 'Members present' list (nearly the same members as the June 2011 Treasury Committee transcript of this batch: left out so that the two texts share no list) and the '________________' rule left out; cut before the cut-off 'I would like to ask initially a question to Helen Weir. You told the comm'. `published` is the sitting's day.",
 "OPL", origin=O_PUB))
# ---- UK Parliament: committee evidence (airlines and airports) ----------------------------------------------------
R.append(rec("uk-parliament-transport-committee-caa-evidence-ryanair-british-airways-virgin-2006",
 "https://publications.parliament.uk/pa/cm200506/cmselect/cmtran/809/6011815.htm",
 "2006-01-18", "Select Committee on Transport Minutes of Evidence", "House of Commons Transport Committee, minutes of evidence (HC 809, the Civil Aviation Authority inquiry)",
 "Examination of Witnesses (Questions 296-299)\n\n"
 "18 JANUARY 2006\n\n"
 "Q296 Chairman: Good afternoon, gentlemen. Can I ask you to introduce yourselves for the record, starting on my left, your right.\n\n"
 "Mr Wilshire: I am Roger Wilshire. I am the Secretary General of the British Air Transport Association representing UK registered airlines.\n\n"
 "Mr Cahn: I am Andrew Cahn, Director of Government and Industry Affairs at British Airways.\n\n"
 "Mr O'Leary: Michael O'Leary, Chief Executive of Ryanair.\n\n"
 "Mr Churchill-Coleman: Richard Churchill-Coleman, Group Legal Counsel for TUI UK.\n\n"
 "Mr Humphreys: Barry Humphreys, Director of External Affairs and Route Development, Virgin Atlantic Airways.\n\n"
 "Q297 Chairman: Does anyone have anything brief to say before we begin questions?\n\n"
 "Mr Wilshire: On behalf of UK registered airlines on the panel this afternoon, I would like to thank you for inviting us. In a highly regulated and international business, we believe the CAA is a very professional and very well-respected aviation regulator, and relationships between the UK airlines and the regulator are generally quite good. However, the CAA does face a number of external challenges and we believe needs to change to adapt to these circumstances, therefore we welcome this inquiry and the opportunity this afternoon to give further evidence to you.\n\n"
 "Q298 Chairman: Thank you. We are always delighted to be welcomed by somebody. Mr Cahn, British Airways says that the CAA was effectively a collection of four separate regulators. Can you give us some examples where you believe the present structure has affected the CAA's customers negatively?\n\n"
 "Mr Cahn: I do not think the structure has necessarily affected the customers negatively except that you have four regulatory areas all under one group. I think it is open to question whether this is the ideal structure.",
 "airlines", "non-US", "leadership,regulatory",
 "The page's heading line 'Select Committee on Transport Minutes of Evidence' kept as title; leading spaces before question labels removed (whitespace only); cut before the cut-off 'All we would suggest is that the time is right for looking aga'. `published` is the sitting's day (18 January 2006, in the text). The page store holds the same page twice (one copy with the witnesses' names as a cover block); the copy without the cover was used.",
 "OPL", origin=O_PUB))
R.append(rec("uk-parliament-transport-committee-aviation-strategy-easyjet-virgin-atlantic-bata-2012",
 "https://publications.parliament.uk/pa/cm201213/cmselect/cmtran/uc765-i/uc76501.htm",
 "2012-11-21", "Aviation Strategy", "House of Commons Transport Committee, uncorrected transcript of oral evidence (HC 765-i)",
 "Oral Evidence\n\n"
 "Taken before the Transport Committee\n\n"
 "on Wednesday 21 November 2012\n\n"
 "Members present:\n\n"
 "Mrs Louise Ellman (Chair)\n\nSteve Baker\n\nJulie Hilling\n\nKwasi Kwarteng\n\nMr John Leech\n\nKarl McCartney\n\nIain Stewart\n\n"
 "Examination of Witnesses\n\n"
 "Witnesses: Sian Foster, General Manager, Government and External Relations, Virgin Atlantic Airways, Paul Simmons, UK Director, easyJet, and Simon Buck, Chief Executive, British Air Transport Association, gave evidence.\n\n"
 "Q1 Chair: Good afternoon and welcome to the Transport Select Committee. Could we have, please, your names and organisations to help with our records?\n\n"
 "Paul Simmons: My name is Paul Simmons. I am UK Director for easyJet.\n\n"
 "Sian Foster: I am Sian Foster, General Manager of Government Affairs at Virgin Atlantic.\n\n"
 "Simon Buck: Good afternoon. I am Simon Buck, Chief Executive of the British Air Transport Association.",
 "airlines", "non-US", "leadership",
 "Transcript page: cover lines ('To be published as HC 765-i', 'House of COMMONS', 'Transport Committee', the inquiry title, kept as title, the cover date 'MONday 19 November 2012', the three witness panels, 'Evidence heard in Public Questions 1 - 132') and the four-paragraph notice on the use of the transcript left out; cut before the cut-off 'Q2 Chair: There have been discussions about'. The cover's date (Monday 19 November 2012) and the body's ('on Wednesday 21 November 2012') differ; `published` follows the body's sitting date, which is the one in the text.",
 "OPL", origin=O_PUB))
R.append(rec("uk-parliament-transport-committee-aviation-recovery-heathrow-gatwick-easyjet-2021",
 "https://committees.parliament.uk/oralevidence/2776/html/",
 "2021-09-21", "Oral evidence: Airlines and airports: supporting recovery of the UK aviation sector, HC 683", "House of Commons Transport Committee, oral evidence",
 "Transport Committee\n\n"
 "Oral evidence: Airlines and airports: supporting recovery of the UK aviation sector, HC 683\n\n"
 "Tuesday 21 September 2021\n\n"
 "Ordered by the House of Commons to be published on 21 September 2021.\n\n"
 "Members present: Huw Merriman (Chair); Mr Ben Bradshaw; Ruth Cadbury; Simon Jupp; Karl McCartney; Grahame Morris; Gavin Newlands; Greg Smith.\n\n"
 "Questions 1 - 56\n\n"
 "I: Colm Lacy, Acting Chief Commercial Officer, British Airways; John Holland-Kaye, Chief Executive Officer, Heathrow Airport; Sophie Dekkers, Chief Commercial Officer, easyJet; and Stewart Wingate, Chief Executive Officer, Gatwick Airport Ltd.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Colm Lacy, John Holland-Kaye, Sophie Dekkers and Stewart Wingate.\n\n"
 "Q1 Chair: This is the Transport Select Committees opening evidence session for our new inquiry, which at the moment is called International Travel: the traffic light system and consumers. This is the first session in our airports and airlines inquiry as we look at international travel and its recovery. We have one session with four panellists, and I will ask them to introduce themselves and the organisations they are from. Lets start with Sophie Dekkers.\n\n"
 "Sophie Dekkers: Good afternoon. I am chief commercial officer for easyJet.\n\n"
 "Chair: Good afternoon, Sophie. Next we will go to Colm, who has just joined us.\n\n"
 "Colm Lacy: Hello. I am acting chief commercial officer of British Airways.\n\n"
 "Chair: Good afternoon, Colm. Next lets go to the airports, and we will start with my nearest one, which is Gatwick.\n\n"
 "Stewart Wingate: I am the chief executive of Gatwick Airport.\n\n"
 "Chair: Last but by no means least, John.\n\n"
 "John Holland-Kaye: Hello, I am the chief executive at Heathrow Airport.\n\n"
 "Q2 Chair: Good afternoon, John. Thank you so much for giving us your time and your evidence this afternoon.",
 "airlines/airports", "non-US", "leadership",
 "committees.parliament.uk chrome (the crest file name 'HoC 85mm(Green).tif', 'Watch the meeting') left out; the run of spaces after 'Q1' made one space; the record's 'Committees' and 'Lets' (apostrophes lost) kept; trailing spaces after 'Transport Committee' and the title line removed (whitespace only); cut before the cut-off 'We are very keen to hear from you as to the impact of the pandemic and also'. `published` is the sitting's day.",
 "OPL", origin=O_COM))
# ---- Oireachtas: committee hearings (banks, airports, state transport companies) ----------------------------------
R.append(rec("oireachtas-committee-permanent-tsb-mortgage-rates-masding-2012",
 "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_finance_public_expenditure_and_reform/2012-07-18/2/?highlight%5B0%5D=customer&highlight%5B1%5D=customers&highlight%5B2%5D=customers&highlight%5B3%5D=customer",
 "2012-07-18", "Mortgage Interest Rates, Bank Restructuring and Related Financial Issues: Discussion with Permanent TSB", "Joint Committee on Finance, Public Expenditure and Reform debate",
 "This meeting is to deal with Permanent TSB's mortgage interest rates, the restructuring plan submitted to the European Commission and general related financial issues. I welcome Mr. Jeremy Masding, chief executive officer of Permanent TSB, Mr. Niall O'Grady, general manager of marketing, and Mr. Ian Dilley, head of treasury finance and management reporting. Mr. Masding will make some opening remarks, which will be followed by questions and answers.\n\n"
 "I remind members, witnesses and those in the Visitors Gallery that all mobile telephones must be switched off. This meeting is being broadcast by UPC on channel 801 and if a mobile telephone is switched on, it will inevitably interfere with the broadcast, sometimes to the extent that it will be seriously disrupted such that those watching will not be able to follow, hear the questions asked or the answers given.",
 "banking", "non-US", "leadership",
 "oireachtas.ie chrome in its Irish-language interface ('Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', the committee and date line with 'díospóireacht -', the heading, kept as title) left out; the chair's opening has no speaker label in the page; the chair's privilege notice (third paragraph, cut off in the excerpt) left out. `published` is the sitting's day.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-banking-sector-bank-of-ireland-boucher-2016",
 "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_finance_public_expenditure_and_reform_and_taoiseach/2016-11-17/2/?highlight%5B0%5D=farrell",
 "2016-11-17", "Banking Sector in Ireland: Bank of Ireland", "Joint Committee on Finance, Public Expenditure and Reform, and Taoiseach debate",
 "I welcome from Bank of Ireland Mr. Richie Boucher, chief executive officer, his colleagues Mr. Liam McLoughlin, chief executive of the retail Ireland division, and Mr. Pat Farrell, head of group communications and government relations.\n\n"
 "In advance of the meeting we collated questions from members of the committee and submitted these to Bank of Ireland. I thank Mr. Boucher and his staff for responding in writing to these. Those responses and other questions will form the basis of our meeting.\n\n"
 "Before asking Mr. Boucher for his opening statement, I acknowledge the delegation from Taiwan, including the Minister's representative here in Ireland. They are very welcome to Ireland and I hope that Members of the Oireachtas will make their stay both enjoyable and productive. I thank them for visiting this morning's committee meeting.\n\n"
 "I ask Mr. Boucher to make his opening remarks.\n\n"
 "Mr. Richie Boucher\n\n"
 "As the Chairman has introduced my colleagues, I will not take up time doing so. A copy of the presentation has been circulated in advance to members of the committee.",
 "banking", "non-US", "leadership",
 "oireachtas.ie chrome in its Irish-language interface ('Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', the committee and date line, the heading, kept as title) left out; " + PRIV + " (third paragraph); the witness's speaker line 'Mr. Richie Boucher' kept as the page gives it; cut before the cut-off 'In the time allo'. `published` is the sitting's day.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-daa-chairperson-designate-geoghegan-2021",
 KS + "committees/?gid=2021-10-20a.784",
 "2021-10-20", "Chairperson Designate of the DAA: Discussion", "Joint Oireachtas Committee on Transport, Tourism and Sport (as kildarestreet.com names it)",
 "No apologies have been received. Today is an engagement with the chairperson-designate of the DAA and a discussion of his strategic priorities for the role, as well as his views on the challenges facing the organisation. On behalf of the committee I welcome the chairperson designate, Mr. Basil Geoghegan, and the chief communications officer of the DAA, Mr. Kevin Cullinane. They are both very welcome.",
 "airports", "non-US", "leadership",
 "kildarestreet site chrome (date, committee and heading lines, kept in title/attribution) and the chair's photo/speaker line (Kieran O'Donnell) left out; the chair's privilege and remote-attendance notices and the rest of the excerpt (cut off mid-sentence) left out, so the text is the welcome alone (65 words).",
 "OIR"))
R.append(rec("oireachtas-committee-cie-group-governance-chairpersons-2011",
 "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_the_environment_transport_culture_and_the_gaeltacht/2011-07-12/3/",
 "2011-07-12", "Governance Issues: Discussion with CIE Group", "Joint Committee on the Environment, Transport, Culture and the Gaeltacht debate",
 "The purpose of today's meeting is to meet with the newly-appointed chairpersons of CIE, Dublin Bus, Bus Éireann and Iarnród Éireann, to discuss the approach they will take as chairpersons and their views on the challenges facing their companies. This follows the recent Government decision to put new arrangements in place for the appointment of persons to State boards and bodies. The joint committee welcomes the opportunity to meet with the chairpersons in public session to hear their views, and we hope this will provide greater transparency in the process of appointments to State boards and bodies.\n\n"
 "On behalf of the joint committee, I would like to welcome: Ms Vivienne Jupp, chairperson of CIE; Mr. Kevin Bonner, chairperson of Dublin Bus; Mr. Paul Mallee, chairperson of Bus Éireann; and Mr. Phil Gaffney, chairperson of Iarnród Éireann. Also present is Mr. John Murphy, Assistant Secretary General with the Department of Transport, Tourism and Sport who will first outline to the committee the rationale for the new governance structure in the CIE group. We will then hear a presentation from each of the chairpersons, followed by questions from members of the committee.\n\n"
 "To commence, I will ask Mr. Murphy to proceed with his presentation.\n\n"
 "Mr. John Murphy\n\n"
 "Thank you very much, Chairman. At the outset I want to apologise for my voice as I have a bit of a problem with it at the moment.\n\n"
 "The appointment of chairpersons is the first step towards a new governance model for the CIE group.",
 "transport/state companies", "non-US", "leadership",
 "oireachtas.ie chrome in its Irish-language interface ('Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', the committee and date line, the heading, kept as title) left out; the chair's one-sentence reminder to members on naming people outside the House left out (the standard notice); the witness's speaker line 'Mr. John Murphy' kept; cut before the cut-off 'By way of'. `published` is the sitting's day.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-irish-rail-bus-eireann-dublin-bus-chairpersons-designate-2017",
 "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_transport_tourism_and_sport/2017-10-25/3/?highlight%5B0%5D=rail&highlight%5B1%5D=rail&highlight%5B2%5D=climate&highlight%5B3%5D=rail&highlight%5B4%5D=rail&highlight%5B5%5D=rail",
 "2017-10-25", "Irish Rail, Bus Éireann and Dublin Bus: Chairpersons Designate", "Joint Committee on Transport, Tourism and Sport debate",
 "This meeting is an engagement with the chairpersons designate of three of the country's largest public transport providers. I welcome Mr. Frank Allen, chairperson designate of Irish Rail, Mr. Ultan Courtney, chairperson designate of Dublin Bus and Mr. Aidan Murphy, chairperson designate of Bus Éireann. They are all very welcome.\n\n"
 "If the members of the committee are agreeable, we will take all three presentations together and follow them with questions to the chairpersons designate. I propose to take the presentations in the following order: Mr. Frank Allen, Mr. Ultan Courtney and Mr. Aidan Murphy. I call Mr. Frank Allen, chairperson designate of Iarnród Éireann, to make his opening statement.\n\n"
 "Mr. Frank Allen\n\n"
 "I thank the Chairman and the committee for the invitation.",
 "transport/state companies", "non-US", "leadership",
 "oireachtas.ie chrome ('Skip to main content', 'Normal View', the committee and date line, the heading, kept as title) left out; " + PRIV + " (second paragraph); the witness's speaker line 'Mr. Frank Allen' kept; cut before the cut-off 'I am pleased to be her'. Same sitting as the Robert Troy contribution of this batch (different text). Aidan Murphy was chairman designate of Bus Éireann in a 2014 sitting already in the corpus; this is his 2017 reappointment hearing.",
 "OIR", origin=O_OIE))
R.append(rec("oireachtas-committee-cie-three-subsidiaries-dublin-bus-chairperson-2017",
 KS + "committees/?gid=2017-10-25a.1227",
 "2017-10-25", "Irish Rail, Bus Éireann and Dublin Bus: Chairpersons Designate", "Joint Oireachtas Committee on Transport, Tourism and Sport (as kildarestreet.com names it)",
 "I welcome our three guests. I apologise for having kept them waiting when we were in private session. All the witnesses come to their respective positions with different qualifications and experience, some more so than others in so far as transport is concerned, and each is chair of the body he represents in very turbulent times, both currently and in the past. I read an article written by a current Minister at a time when he was not a Minister. He said:\n\n"
 "On December 5, Minister Brendan Howlin announced that he was cutting the state subsidy to CIE ...\n\n"
 "Not a bad idea as CIE has in recent years been exposed as a swamp of waste and skulduggery.\n\n"
 "Quangos like CIE and its three subsidiaries - Dublin Bus, Bus Eireann and Iarnrod Eireann - are in dire need of efficiencies. There is plenty of fat hidden in the darker corners of these bloated bodies.\n\n"
 "That is the current Minister for Transport, Tourism and Sport describing each of the witnesses' respective bodies. Has that \"plenty of fat hidden in the darker corners of these ... bodies\" been identified and eradicated, and are the witnesses sure that each of their bodies is operating to the greatest efficiencies possible? In that context, are there any vacancies on any of their respective boards? Do they feel there are particular competencies which may be missing from their respective boards?\n\n"
 "Regarding Dublin Bus, correct me if I am wrong, but it appears that while Mr. Courtney has vast experience in different areas, his experience in the transport sector is quite limited. How long has he been a board member of Dublin Bus? He might come back to me with a response to that. Specifically, when did he take up the position of chairperson?",
 "transport/state companies", "non-US", "leadership,partnership",
 "Robert Troy's question to the chairpersons designate (photo/speaker line left out, so he is not named in the text); site, date, committee, heading and time lines left out (heading kept as title); the quoted article's words kept as the record gives them ('Bus Eireann', 'Iarnrod Eireann' without accents); cut before the cut-off 'Last y'. Same sitting as the oireachtas.ie opening of this batch (different text).",
 "OIR"))
R.append(rec("oireachtas-dail-bord-gais-energy-sale-completed-ervia-2014",
 KS + "debates/?id=2014-07-17a.57",
 "2014-07-17", "Sale of Bord Gáis Energy (Dáil priority question, descriptive title)", "Dáil Éireann debate (priority question to the Minister for Communications, Energy and Natural Resources)",
 "To ask the Minister for Communications, Energy and Natural Resources to set out the final revenues raised by the sale of Bord Gáis Energy; the way the resources generated by the sale will be used by Government; the spend on consultants and other expertise during and on completion of the sale; and if he will make a statement on the matter.\n\n"
 "Will the Minister for Communications, Energy and Natural Resources set out the final revenues raised by the sale of Bord Gáis Energy, the way the resources generated by the sale will be used by Government, the spend on consultants and other expertise during and on completion of the sale, and make a statement on the matter?\n\n"
 "On 30 June last, the sale of Bord Gáis Energy was completed. In line with the share purchase agreement entered into by Ervia, formally Bord Gáis Éireann, the total enterprise value, inclusive of debt, for the sale is €1.1 billion, including a small element of contingent consideration.\n\n"
 "On 7 July, a special dividend of €150 million was received from Ervia representing the first instalment of proceeds from the sale of Bord Gáis Energy. Further special dividends will accrue from that sale. Under EUROSTAT rules, there are limits to the amount of such dividends that can benefit the general Government balance in any one year. Potential future dividends to be achieved in the coming years will be subject to two criteria.",
 "energy", "non-US", "deal",
 "kildarestreet chrome ('Dáil debates', the date, the time '10:05 am', the photo/speaker and 'Link to this' lines of Michael Moynihan and Alex White, so neither is named in the text), the question number '6.' and reference '[31426/14]' left out; the record's 'formally Bord Gáis Éireann' kept; the excerpt has no heading, so the title is descriptive; cut before the cut-off 'The restructuring of the company ... w'. The buyer is not named in the excerpt.",
 "OIR"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
