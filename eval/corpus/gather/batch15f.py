#!/usr/bin/env python3
"""Batch 15f: company relations (completed and agreed acquisitions, subsidiaries and majority owners, joint ventures,
partnerships, supply and operating contracts, a network and its operator) from openly licensed public records: the UK
Parliament (historic Hansard on api.parliament.uk; Open Parliament Licence v3.0), the Houses of the Oireachtas
(oireachtas.ie and the kildarestreet.com mirror; Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0) and the
US Federal Communications Commission (orders and public notices: works of the US federal government, public domain;
docs.fcc.gov and an ininet.org copy of one order). Every text is the search tool's page-store excerpt (corpus `pages`,
first ~2,000 characters of a page), embedded here; where an excerpt was cut it ends at the last full sentence kept
(`truncated`). Edits per item in `notes`: page chrome, column and volume lines, question numbers and references,
paragraph numbers and footnote markers or inline footnote text left out; no word added or changed.
usage: batch15f.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
HH = "https://api.parliament.uk/historic-hansard/"


ORIGINS = {"OIR": "Houses of the Oireachtas, oireachtas.ie (page store)",
           "PD": "U.S. Federal Communications Commission, docs.fcc.gov (page store)",
           "OPL": "UK Parliament, historic Hansard on api.parliament.uk (page store)"}


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- Houses of the Oireachtas --------------------------------------------------------------------------------
R.append(rec("oireachtas-written-answer-arramara-teo-acadian-seaplants-2014", "https://www.oireachtas.ie/en/debates/question/2014-04-10/113/",
 "2014-04-10", "Departmental Agencies", "Dáil Éireann written answer (Minister for Arts, Heritage and the Gaeltacht)",
 "Deputy Dara Calleary asked the Minister for Arts, Heritage and the Gaeltacht the current ownership position of Aramara Teo.; if it is the Government's intention to sell the company or any of its shares in the company; if such a sale will be advertised; and if he will make a statement on the matter.\n\n"
 "Deputy Dara Calleary asked the Minister for Arts, Heritage and the Gaeltacht the position regarding the relationship between Aramara Teo. and Acadian Seaplants Canada; and if he will make a statement on the matter.\n\n"
 "I propose to take Questions Nos. 112 and 113 together.\n\n"
 "I also wish to refer the Deputy to my reply to Question No. 336 of 8 April 2014 regarding this matter. Arramara Teo. is currently a wholly owned subsidiary company of Údarás na Gaeltachta. The sale of Údarás na Gaeltachta's shares in Arramara Teo. to Acadian Seaplants was approved by the board of Údarás on 1 March 2013, subject to Ministerial approval being obtained and legal details being agreed. Ministerial approval for the sale was granted on 29 July 2013. I understand that the decision by Údarás na Gaeltachta to sell its shares was made following an exhaustive open process which commenced in 2010 to secure a buyer for the shares.\n\n"
 "Based on the information received from Údarás na Gaeltachta, I am satisfied that the best value that can be obtained for Arramara Teo. is being achieved through this course of action and that the purchaser, Acadian Seaplants, has the expertise to develop Arramara Teo. and secure its long-term future for the benefit of its stakeholders.",
 "seaweed processing/state agency", "non-US", "deal,regulatory",
 "Read on oireachtas.ie: 'Skip to main content', 'Normal View', the heading (kept as title), the date lines, 'Questions (112, 113)', the asker lines 'Dara Calleary', the 'Question:' labels, the question numbers '112.' and '113.', the references '[17136/14]' and '[17137/14]', 'View answer' and 'Written answers' left out; the questions' spelling 'Aramara' kept as the record gives it; the Minister is not named in the excerpt; cut before the cut-off 'It is envisaged that the sale of Údarás na Gaeltachta's shares will benefit the State through a cash consideration to Údarás na Gaeltachta, through a si...'.", "OIR"))
R.append(rec("oireachtas-written-answer-greencore-special-share-irish-sugar-2001", "http://www.oireachtas.ie/ga/debates/debate/dail/2001-11-29/31/",
 "2001-11-29", "Written Answers. - Government Shareholding.", "Dáil Éireann written answer (Minister for Agriculture, Food and Rural Development)",
 "Mr. Aylward asked the Minister for Agriculture, Food and Rural Development the special conditions which attach to the Government's share in a company (details supplied); if the issue of a regulator will be examined; and if he will make a statement on the matter.\n\n"
 "As Minister, I hold a single special share in Greencore plc. That share has the same monetary value as any other share in the company but has conditions attached which prevent the company from engaging in a number of activities without the prior written consent of the Minister. In summary, the special share prevents the disposal of the controlling interest in Irish Sugar plc., or the sugar assets including the Irish sugar quota, and prevents a single shareholder or group of shareholders acting together from gaining control of Greencore plc.\n\n"
 "The question of appointing a regulator has been raised. However, I regard this as a mechanism to deal with the issue in the longer term rather than as a solution to the current impasse.",
 "food/sugar", "non-US", "regulatory",
 "Read on oireachtas.ie (Irish-language interface): 'Léim ar aghaidh chuig an bpríomhábhar', the date, volume and heading lines (heading kept as title), the asker line 'Liam Aylward', the question number '9' and the reference '[30060/01]' left out; the whole answer kept.", "OIR", truncated=False))
R.append(rec("oireachtas-committee-bord-na-mona-chairperson-designate-esb-joint-venture-2017", "https://www.kildarestreet.com/committees/?id=2017-11-28a.157",
 "2017-11-28", "Bord na Móna: Chairperson Designate", "Joint Oireachtas Committee on Communications, Climate Action and Environment debate",
 "I thank Mr. Meagher for attending. I have a couple of specific questions on particular ventures. My understanding is that Bord na Móna is considering the purchase of a company in Georgia in the US with a view to buying virgin forest there for importation to Ireland for burning in biomass power generation, co-firing with peat. Where does that project stand, what is the timeline, what is the requirement for ministerial approval and so on?\n\n"
 "I understand that there was an announcement in April of a joint venture between the ESB and Bord na Móna regarding the introduction of four large solar farms. Where does that venture stand?\n\n"
 "Mr. Meagher referred to divisions. In terms of the production and export of peat moss for horticultural purposes, how many tonnes are we collecting and exporting?\n\n"
 "As a former finance director of a large multinational, has Mr. Meagher a view on what the price of carbon should be in terms of board assessments of investment decisions, including long-term capital investments? Would he advise a shadow price on carbon that would apply to Bord na Móna's investment decisions or planning? As chairman designate of a company that is \"naturally driven\", what is the price on carbon in Mr. Meagher's opinion?",
 "energy/peat and electricity", "non-US", "deal,leadership",
 "Eamon Ryan's question (the speaker line 'Eamon Ryan (Dublin Bay South, Green Party)' and 'Link to this: Individually | In context | Oireachtas source' left out, so his name is not in the text); the committee, date, agenda and time lines (agenda kept as title) and site chrome left out; the whole contribution as the excerpt gives it (the excerpt ends with it).", "OIR", truncated=False,
 origin="Houses of the Oireachtas via kildarestreet.com (page store)"))
R.append(rec("oireachtas-dail-bord-na-mona-restructuring-esb-contract-1989", "https://www.oireachtas.ie/ga/debates/debate/dail/1989-11-07/14/",
 "1989-11-07", "Ceisteanna—Questions. Oral Answers. - Bord na Móna.", "Dáil Éireann debate (oral questions to the Minister for Energy)",
 "asked the Minister for Energy the present plans to restructure Bord na Móna; and if he will make a statement on the matter.\n\n"
 "asked the Minister for Energy whether he has reviewed Government policy in relation to Bord na Móna following consideration of a consultant's report; and if he will make a statement on the matter.\n\n"
 "I propose to take Questions Nos. 42 and 58 together.\n\n"
 "The recommendations of the consultancy report commissioned by Government into the operations of Bord na Móna have been the subject of considerable discussions with the company. The implementation of specific measures, however, such as the recent decision to divide the company into separate solid fuel, milled peat and horticultural divisions is a matter for the commercial judgment of the board itself.\n\n"
 "The recent board decisions, which included the restructuring of the company, are in line with the consultant's findings and with Government policy which continues to be that Bord na Móna should operate in a commercial fashion and should structure themselves so as to increase their competitiveness in the marketplace.\n\n"
 "Arising out of the Minister's reply does he feel that the present dependence on the ESB contract for almost three-quarters of the board's output is a commercial basis for operation? Has he proposals, beyond those in the very poor Bill presented to this House for further development of Bord na Móna into activities other than the electricity contract?\n\n"
 "The electricity contract is something which is under review. The Bill, as the Deputy is aware, is merely an enabling Bill to give legislative authority to Bord na Móna to undertake other commercial activities, to free them from the constraints under which they have to operate under present legislation.",
 "energy/peat and electricity", "non-US", "deal,restructuring",
 "Read on oireachtas.ie (Irish-language interface): 'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', the date, volume and heading lines (heading kept as title) and the question numbers '42.' and '58.' left out; the record gives no names in the excerpt (the askers' and Minister's names are page links not stored); cut before the cut-off 'I do not think it would be fair to be too cri...'.", "OIR"))
# ---- UK Parliament -------------------------------------------------------------------------------------------
R.append(rec("hansard-commons-singapore-base-contract-sir-john-jackson-1928", HH + "commons/1928/nov/21/singapore-base-contract",
 "1928-11-21", "Singapore Base (Contract)", "House of Commons oral question (Admiralty), Hansard",
 "Mr. MACLEAN asked the First Lord of the Admiralty whether he is aware that a private company, Sir John Jackson (Singapore), Limited, has been formed to take over the contract between the Admiralty and Sir John Jackson, Limited; whether he can state if such contract can be transferred without the sanction of his Department; whether such sanction was asked for and obtained; and, if so, what reasons, if any, were submitted to justify the transfer of the contract?\n\n"
 "Mr. BRIDGEMAN Yes, Sir, and I am afraid the hon. Member has entirely misconceived the object of this step, which has been taken at the wish of the Admiralty in order that the firm's arrangements for carrying out this very large contract may be kept quite separate from their arrangements in regard to other undertakings which they have in hand. The formation of the subsidiary company does not relieve the parent company of their obligations for the due fulfilment of the contract.\n\n"
 "Mr. MACLEAN Is the right hon. Gentleman prepared to put the whole conditions of the contract with Sir John Jackson, Limited, on the Table of the House, so that hon. Members will be able to realise for themselves the powers which have been given to this company and the various obligations which have been entered into by the Government?\n\n"
 "Mr. BRIDGEMAN I do not think that would be in accordance with practice.\n\n"
 "Mr. MACLEAN Is it the case that the Government can allow a firm with whom they have contracted for particular work on behalf of the Government to form a separate company to carry on the contract without this House knowing anything about it?\n\n"
 "Mr. BRIDGEMAN: My first answer covers all the points.",
 "construction/naval base", "non-US", "deal",
 "The question number '§ 11.' and the '§' paragraph marks left out; the page runs each speaker's name into the first word ('Mr. MACLEANasked', 'Mr. BRIDGEMANYes'): a space put between them (whitespace only); Hansard's 'Mr. BRIDGEMAN:' with its colon kept; cut after the Minister's third answer, before the supplementary questions of Mr. Mardy Jones and Mr. Taylor and the Speaker's interruption.", "OPL"))
R.append(rec("hansard-written-answer-sir-henry-lunn-transport-holding-company-1969", HH + "written_answers/1969/mar/14/sir-henry-lunn-limited-financial",
 "1969-03-14", "Sir Henry Lunn Limited (Financial Arrangements)", "House of Commons written answer (Ministry of Transport), Hansard",
 "Mr. Milne\n\n"
 "asked the Minister of Transport in view of the publication of details of the acquisition of controlling interest in Sir Henry Lunn Limited, whether he will now reconsider his decision not to publish in the OFFICIAL REPORT details of these financial arrangements.\n\n"
 "Mr. Marsh\n\n"
 "The Transport Holding Company has not published details of the financial arrangements under which it has acquired a controlling interest in Sir Henry Lunn Ltd. In these circumstances I have nothing to add to the Answer I save to my hon. Friend on 12th February.—[Vol. 777. c. 345.]",
 "travel/state holding company", "non-US", "deal",
 "The 'HC Deb 14 March 1969 vol 779 c382W' line left out; the record's 'the Answer I save' (for 'gave') and its volume reference kept; the whole item. The title is the page's heading, written out.", "OPL", truncated=False))
R.append(rec("hansard-commons-telecommunications-partnership-ventures-1982", HH + "commons/1982/mar/22/telecommunications",
 "1982-03-22", "Telecommunications", "House of Commons oral question (Department of Industry), Hansard",
 "Mr. Peter Lloyd asked the Secretary of State for Industry what information he has on partnership ventures recently undertaken in the telecommunications industry.\n\n"
 "Mr. Kenneth Baker I welcome partnership initiatives taken in response to the new opportunities afforded by our policy of telecommunications liberalisation, for example, Project Mercury. I particularly welcome partnerships between the public and private sectors, of which a good recent example is United Satellites Limited, which involves British Aerospace, GEC-Marconi and British Telecom.\n\n"
 "Mr. Lloyd Does my hon. Friend agree that British Telecom could become an even more commercially minded and effective leader in joint ventures with the private sector if it were open to private investors? In answer to a question from the hon. Member for Thornaby (Mr. Wrigglesworth) it was said that this was a long-term plan. Can my hon. Friend make it a very much quicker one?\n\n"
 "Mr. Baker We are examining the possible ways of financing BT's substantial investment programme, which is due to rise to about £3 billion per annum in 1984–85, which will be the largest investment programme in the country. We are not ruling out partnership between public and private sector funds.\n\n"
 "Mr. Michael Marshall Does my hon. Friend agree that in examining partnerships in the telecommunications industry it is important to take into account the partnership between British Aerospace and GEC-Marconi on the defence satellite in supplementing this country's space activities? In that regard, are not he and his hon. Friend the Under-Secretary of State for Defence Procurement, who I see sitting on the Front Bench, playing a blinder?\n\n"
 "Mr. Baker Yes. The co-operation between our two largest space companies, GEC-Marconi and British Aerospace, for the defence satellite, is very good. I have already said that there is a strong space industry in Britain.",
 "telecoms/aerospace", "non-US", "deal",
 "The question number '§ 20.' and the '§' marks left out; a space put between each speaker's name and the first word the page runs into it ('Mr. Peter Lloydasked'; whitespace only); the column number '682' inside 'telecommunications 682 industry' left out; cut before the cut-off 'British Aerospace is building about nine satellites, including the large satellite L-Sat,'.", "OPL"))
R.append(rec("hansard-commons-ford-motor-company-dagenham-shares-1960", HH + "commons/1960/nov/21/ford-motor-company-dagenham-1",
 "1960-11-21", "Ford Motor Company, Dagenham", "House of Commons ministerial statement (Treasury), Hansard",
 "The Chancellor of the Exchequer (Mr. Selwyn Lloyd)\n\n"
 "I will, with permission, make a statement about Fords.\n\n"
 "I have had to decide whether Treasury consent should be given, under Section 9 of the Exchange Control Act, 1947, for the transfer to a non-resident purchaser, the Ford Motor Company of the United States of America, of such ordinary shares of the Ford Motor Company of the United Kingdom as the United States company does not already own. The Ford Motor Company of the United States of America already owns 54.6 per cent. of the ordinary capital of the United Kingdom company. Of the remaining 45.4 per cent., about 6 per cent. is owned outside the United Kingdom, and about 39 per cent. owned in the United Kingdom. That corrects the figures which I have previously given.\n\n"
 "In taking my decision, I have had to have regard to a number of considerations. The House knows that the offer is to be one of 145s. 6d. for each £1 share. It is for the shareholders concerned to decide whether or not to accept this price. I make no judgment on it except to say that I am satisfied, after discussion with the Chairman of the United Kingdom company, that it is not outside the reasonable range of negotiation between a willing buyer and a willing seller. Therefore, I have decided that I would not be justified in withholding consent to the transaction because of the price offered.\n\n"
 "A more general consideration is whether there is any appreciable risk that if this minority shareholding passes into the ownership of the American company our economy will suffer or the position of those employed by or otherwise dependent upon the United Kingdom company will be adversely affected. The House will have seen the statements issued by the Ford Motor Company of America about the objectives which they have in mind in seeking to acquire complete ownership of the share of the United Kingdom company.",
 "automotive", "mixed", "deal,regulatory",
 "The 'HC Deb 21 November 1960 vol 630 cc768-73' line left out; cut before the cut-off 'I have discussed the position with representatives of both th...'. Near-miss for an acquisition (an offer for the minority shares, not yet accepted); the majority ownership is stated.", "OPL"))
R.append(rec("hansard-commons-short-brothers-bombardier-sale-completed-1989", HH + "commons/1989/nov/02/short-brothers",
 "1989-11-02", "Short Brothers", "House of Commons oral questions (Northern Ireland Office), Hansard",
 "Mr. Cran\n\n"
 "To ask the Secretary of State for Northern Ireland whether the transaction for the acquisition of Short Brothers plc by Bombardier of Canada has been completed; and if he will make a statement.\n\n"
 "Mr. Colvin\n\n"
 "To ask the Secretary of State for Northern Ireland what plans he has to meet the chairman of Bombardier; and if he will make a statement.\n\n"
 "The Parliamentary Under-Secretary of State for Northern Ireland (Mr. Richard Needham)\n\n"
 "My right hon. Friend the Secretary of State met M. Laurent Beaudoin, the chairman of Bombardier, on 4 October 1989 when he visited Short's to mark the completion of the sale of Short's to Bombardier. There are no plans for a further meeting with the chairman in the near future.\n\n"
 "Mr. Cran\n\n"
 "My hon. Friend will be aware that before privatisation of Short's the Government placed high priority on the company's long-term future. What steps are being taken to ensure that priority is upheld? To what extent is Bombardier investing in Short's? If that information is regarded as commercially sensitive, why is that so?\n\n"
 "Mr. Needham\n\n"
 "I do not think that it is regarded as particularly sensitive. The total sum that the Government put into the Short's-Bombardier takeover was £750 million, and Bombardier put forward an additional £30 million. Bombardier, together with Short's, now represents perhaps the best hope for the aerospace industry in Northern Ireland and in Europe in the 1990s. Bombardier has brought a considerable amount of work to Short's with its new regional jet and will continue to bring more work to Northern Ireland. We have obtained guarantees from Bombardier that it will stay in Northern Ireland and that work will continue there. This marriage must be the possible news for Short's and it must give immense confidence to the people of Belfast to see Short's on such a sound and potentially prosperous footing.",
 "aerospace", "non-US", "deal,leadership",
 "The 'HC Deb 02 November 1989 vol 159 cc453-4' line and the question numbers '2.' and '12.' left out; the record's 'the possible news' kept; cut before the cut-off 'Will my hon. Friend acknowledge that Short Brothers has been unde...'.", "OPL"))
R.append(rec("hansard-written-answer-shorts-bombardier-undertakings-1998", HH + "written-answers/1998/mar/23/shorts",
 "1998-03-23", "Shorts", "House of Commons written answers (Northern Ireland Office), Hansard",
 "Mr. Donaldson\n\n"
 "To ask the Secretary of State for Northern Ireland what assessment she has made of the implications for Short's share of the Bombardier Aerospace Group's research, development and design work of the commitments made by Bombardier at the time of privatisation.\n\n"
 "Mr. Ingram\n\n"
 "Bombardier has fulfilled the undertakings provided in relation to Shorts when it acquired the business in October 1989. From the reports I have received from both Bombardier and Shorts on the future plans for the business I have no reason to doubt their assurances that Shorts will remain an integrated design and manufacturing operation within Bombardier Aerospace.\n\n"
 "Mr. Donaldson\n\n"
 "To ask the Secretary of State for Northern Ireland if she will provide a breakdown of the amount of public funds given to Shorts since privatisation, including a breakdown of the privatisation package into (i) projected losses, (ii) launch aid, (iii) additional capital expenditure and (iv) training.\n\n"
 "Mr. Ingram\n\n"
 "The cost to Government of the financial terms of the sale of Shorts to Bombardier in October 1989 was £780 million less £30 million paid by Bombardier for the share capital of Shorts. The £780 million included £665 million for the restructuring of the company's balance sheet which included projected losses on existing contracts and £115 million for future Government support including £79 million grant towards capital expenditure, £18 million for training and other costs and £18 million towards the non-recurring costs of developing components for the Regional Jet. No launch aid was provided at this stage. The grant aid has been fully paid and the conditions applied to it have been met.",
 "aerospace", "non-US", "deal",
 "The 'HC Deb 23 March 1998 vol 309 cc25-6W' line and the references '[35534]' and '[35537]' left out; cut before the grant table ('In addition to the privatisation package, Shorts has received the following grant assistance ...' and its rows). The same acquisition as the 2 November 1989 questions of this batch (a different text, nine years later).", "OPL"))
R.append(rec("hansard-commons-golden-shares-jaguar-ford-1989", HH + "commons/1989/dec/06/golden-shares",
 "1989-12-06", "Golden Shares", "House of Commons oral question (Department of Trade and Industry), Hansard",
 "Mr. Rooker\n\n"
 "To ask the Secretary of State for Trade and Industry if he will list the golden shares for which he has responsibility and state his policy towards the use of these shares.\n\n"
 "Mr. Ridley\n\n"
 "I hold special shares in British Telecom, Cable and Wireless, British Aerospace, Rolls-Royce, British Steel, and Jaguar. Decisions on using the rights attached to each of these shares depend on the particular circumstances of each company.\n\n"
 "Mr. Rooker\n\n"
 "Can the Secretary of State tell the House whether he will dispose of any of those golden shares in the same way as he is to dispose of the golden share in Jaguar, thereby giving the company away to Ford? [Interruption.] Of course it was given away. Was that done in order to stop Ford complaining about being shut out of the secret negotiations with British Aerospace over the Rover group? He cannot object to Ford having Rover because he has given it Jaguar.\n\n"
 "Mr. Ridley\n\n"
 "The hon. Gentleman should realise that there are two sorts of special share. There are those which are timeless, run for an indefinite period and seek to protect national security interests of one sort or another. The other is time limited. Of the companies that I mentioned, the two which have time-limited special shares are British Steel and Jaguar. The point of those special shares is to protect an industry which is trying to convalesce from the mauling it has had as a publicly owned industry for a few years until it can stand up on its feet and compete in the market. That condition of recovery for Jaguar was abundantly met when I decided to waive the gold share.",
 "automotive/privatised companies", "mixed", "deal,regulatory",
 "The 'HC Deb 06 December 1989 vol 163 cc305-7' line and the question number '8.' left out; Hansard's 'waive the gold share' kept; cut before the Minister's next paragraph, whose last sentence the excerpt cuts off ('The price of £1.6 billion, which Ford paid for Jaguar, cannot be described a...'), so the text keeps only the Member's 'he has given it Jaguar'.", "OPL"))
R.append(rec("hansard-commons-rover-group-bmw-acquisition-statement-1994", HH + "commons/1994/jan/31/rover-group",
 "1994-01-31", "Rover Group", "House of Commons ministerial statement (Department of Trade and Industry), Hansard",
 "The Minister for Industry (Mr. Tim Sainsbury)\n\n"
 "With permission, Madam Speaker, I should like to make a statement about BMW's acquisition of Rover.\n\n"
 "This morning, British Aerospace announced its decision to accept an offer from BMW to acquire its wholly-owned subsidiary, Rover Group Holdings Ltd.\n\n"
 "BAe bought the Government's shareholding in Rover Group in July 1988. In accordance with assurances given at the time of the sale, BAe has helped to transform Rover into one of Europe's most efficient vehicle manufacturers. Many factors have contributed to this—notably the management of Sir Graham Day, Mr. George Simpson and Mr. John Towers; the receptiveness of the Rover work force and of Rover's suppliers to changing demands; and the close involvement and valued support of Honda. BAe has played a major part, and has put in very substantial capital investment, averaging £200 million a year.\n\n"
 "BAe wants to concentrate on its role as a world player in the defence and aerospace sector, and has been giving consideration to the future of its shareholding in Rover. Late on 26 January, BAe received a formal bid from BMW to acquire Rover Group Holdings Ltd. It was for BAe to take the commercial decision about how to respond to that bid. In particular, it had to have regard to the interests of its shareholders, whose approval at an extraordinary general meeting is still a condition of the deal. But BAe immediately informed us of the bid and, in the absence of my right hon. Friend the President of the Board of Trade on an overseas visit, I met the chief executives of both BAe and BMW to discuss their plans.\n\n"
 "The reality is that BAe owns two cash-hungry businesses—Rover, and its defence and aerospace activities. BAe could not invest as much as it wanted in both businesses. The sale to BMW will therefore allow BAe to pursue plans for the turbo-prop and regional jet businesses in Prestwick and Manchester.",
 "automotive/aerospace", "non-US", "deal",
 "The 'HC Deb 31 January 1994 vol 236 cc619-32 3.30 pm' line left out; cut before the cut-off 'This is good news for the Uni...'. The Lords repeat of the same statement (historic-hansard/lords/1994/jan/31/rover-acquisition-by-bmw) was not taken: the same words.", "OPL"))
# ---- US Federal Communications Commission -----------------------------------------------------------------------
R.append(rec("fcc-verizon-wireless-xo-holdings-nextlink-order-2017", "https://ininet.org/before-the-federal-communications-commission-v11.html",
 "2017-11-29", "Application of Cellco Partnership d/b/a Verizon Wireless and XO Holdings For Consent to Transfer Control of Local Multipoint Distribution Service and 39 GHS Licenses", "Wireless Telecommunications Bureau memorandum opinion and order DA 17-1154 (text as reproduced by ininet.org)",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: November 29, 2017 Released: November 29, 2017\n\n"
 "By the Chief, Wireless Telecommunications Bureau:\n\n"
 "INTRODUCTION\n\n"
 "In this Memorandum Opinion and Order, we consider the application of Cellco Partnership d/b/a Verizon Wireless (Verizon Wireless, and together with XO Holdings, the Applicants) and XO Holdings for Commission consent to the transfer of control of Local Multipoint Distribution Service (LMDS), 39 GHz, 3650-3700 MHz, and common carrier fixed point-to-point microwave licenses held by XO Holdings’ subsidiary, Nextlink Wireless, LLC (Nextlink). Verizon Wireless currently leases from Nextlink spectrum associated with Nextlink’s LMDS licenses and 39 GHz licenses. Verizon Wireless and XO Holdings state that Verizon Wireless has exercised its option, under a separate agreement entered into at the same time as the leasing arrangement, to purchase from XO Holdings all of its interests in Nextlink. After carefully evaluating the likely competitive effects of the proposed transfer of control, we find that the likelihood of any competitive harms at this point in time is low. Verizon Wireless’s post-transaction spectrum holdings across the LMDS (28 GHz) and 39 GHz bands do not raise any particular competitive concerns in light of the current state of the marketplace.",
 "telecoms/wireless spectrum", "US", "deal,regulatory",
 "ininet.org's page chrome ('Download 80.96 Kb.', 'Date27.02.2018', 'Size', '#41568'), the 'Federal Communications Commission DA 17-1154 / Before the Federal Communications Commission / Washington, D.C. 20554' lines, the caption (kept as title, with the order's 'GHS'), the run of ')' caption brackets, 'ULS File No. 0007765708', the list numbers '1.' and the footnote marker '1' after 'leasing arrangement.' left out; cut before the cut-off 'Further, we find that some public interest benefits are likely to be realized, such as the expeditious use of this spectrum for the potential introduction of innovative 5G services to the benefit of Ame...'. An FCC order: a US federal work, public domain, whatever page reproduces it.", "PD",
 origin="U.S. Federal Communications Commission order as reproduced by ininet.org (page store)"))
R.append(rec("fcc-axia-ngnetworks-transfer-of-control-reconsideration-2016", "https://docs.fcc.gov/public/attachments/DA-16-1293A1.txt",
 "2016-11-17", "Application Filed for the Transfer of Control of Axia NGNetworks USA, Inc. to Axia NGNetworks Trust", "Wireline Competition Bureau order on reconsideration DA 16-1293",
 "ORDER ON RECONSIDERATION\n\n"
 "Adopted: November 17, 2016 Released: November 17, 2016\n\n"
 "By the Chief, Wireline Competition Bureau\n\n"
 "I. INTRODUCTION\n\n"
 "In this Order on Reconsideration, we address a Petition for Reconsideration filed on August 24, 2016 by the Massachusetts Technology Park Corporation d/b/a Massachusetts Technology Collaborative (MTC). In the Petition, MTC requests that the Wireline Competition Bureau (Bureau) reconsider its July 29, 2016 decision approving the transfer of control of Axia NGNetworks USA, Inc. (Axia U.S.) to Axia NGNetworks Trust (Trust). For the reasons stated below, we dismiss the Petition on procedural grounds and, in the alternative, deny it on the merits.\n\n"
 "II. BACKGROUND\n\n"
 "Under the name of MassBroadband 123 Network, Axia U.S. serves as the operator for MTC’s middle-mile broadband network in Western Massachusetts, which includes about 2,200 kilometers of fiber backhaul infrastructure connecting more than 120 communities.",
 "telecoms/broadband", "US", "deal,regulatory",
 "The plain-text rendering's header ('Federal Communications Commission DA 16-1293 Before the Federal Communications Commission Washington, D.C. 20554'), the caption (kept as title), its ')' brackets and 'WC Docket No. 16-206', the paragraph numbers '1.' and '2.' and the footnote markers '1', '2', '3' left out; cut before the sentence that the footnote text breaks off ('On June 22, 2016, Axia NetMedia Corporation (Axia Canada), Axia U.S., and the Trust ... would then assume complete control of' followed by footnote 1).", "PD"))
R.append(rec("fcc-cablesouth-media3-itc-broadband-transfer-of-control-2022", "https://docs.fcc.gov/public/attachments/DA-22-388A1.txt",
 "2022-04-08", "Domestic Section 214 Application Granted for the Transfer of Control of CableSouth Media III, LLC to ITC Broadband Holdings, LLC", "Wireline Competition Bureau public notice DA 22-388",
 "DA 22-388 Released: April 8, 2022\n\n"
 "DOMESTIC SECTION 214 APPLICATION GRANTED FOR THE TRANSFER OF CONTROL OF CABLESOUTH MEDIA III, LLC TO ITC BROADBAND HOLDINGS, LLC\n\n"
 "WC Docket No. 22-11\n\n"
 "By this Public Notice, the Wireline Competition Bureau (Bureau) grants an application filed by Hunt Land Holdings, LLC (Hunt Land Holdings), CableSouth Media III, LLC d/b/a Media3 (CableSouth), and ITC Broadband Holdings, LLC (ITC Holdings) (collectively, Applicants), pursuant to section 214 of the Communications Act of 1934, as amended, and sections 63.03-04 of the Commission’s rules, requesting consent to consummate a transaction in which ITC Holdings will indirectly acquire a 35% ownership interest in, and control of, CableSouth.",
 "telecoms/cable and broadband", "US", "deal,regulatory",
 "Only the notice's first sentence kept: the plain-text rendering runs the footnotes into the body straight after it ('See 47 U.S.C. § 214; 47 CFR §§ 63.03-04; Application of Hunt Land Holdings, LLC ...', the supplements' filing letters and counsel's names), so the rest of the excerpt was left out rather than guessed apart; the text is short (one sentence and the header lines).", "PD"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
