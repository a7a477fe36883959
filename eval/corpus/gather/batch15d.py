#!/usr/bin/env python3
"""Batch 15d: texts from sources outside the US on LEADERSHIP and COMPANY RELATIONS — parliamentary committee
hearings where chief executives, chairs and directors of named companies, banks, state companies, agencies and
industry bodies are introduced with their titles (Irish Oireachtas committees; a House of Commons committee on the
Kraft takeover of Cadbury), and parliamentary statements and answers on company sales and takeovers (the sale of
Siteserv by IBRC to Millington; Bank of Ireland's disposal of the ICS platform to Dilosk). Every text is the search
tool's page-store excerpt (corpus `pages`, first ~2,000 characters of the page), embedded here; where an excerpt was
cut it ends at the last full sentence kept (`truncated`).
Licences (checked, as earlier batches recorded them): Oireachtas debates, written answers and committee records,
Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0 (batch 12); UK Parliament pages (publications.parliament.uk
committee report and oral evidence), Open Parliament Licence v3.0 (batches 10-15b). Edits per item in `notes`: page
chrome, photo and speaker headers, times, question numbers and references, footnote markers and privilege or
housekeeping boilerplate left out; no word added or changed.
usage: batch15d.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
KS = "https://www.kildarestreet.com/"
OI = "https://www.oireachtas.ie/"


ORIGINS = {"OIR": lambda url: ("Houses of the Oireachtas, oireachtas.ie (page store)" if url.startswith(OI)
                           else "Houses of the Oireachtas via kildarestreet.com (page store)"),
           "OPL": "UK Parliament, publications.parliament.uk (page store)"}


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


KS_CHROME = ("Site chrome ('Oireachtas Joint and Select Committees', the date, committee and time lines, kept in "
             "title/attribution) and the chair's photo/speaker header left out")
R = []
# ---- committee hearings: executives introduced with their titles ---------------------------------------------
R.append(rec("oireachtas-committee-enet-broadband-public-accounts-2019", KS + "committees/?gid=2019-02-14a.1307", "2019-02-14",
 "Committee of Public Accounts: broadband providers (Enet)", "Oireachtas Committee of Public Accounts (as kildarestreet.com and oireachtas.ie give the sitting)",
 "He probably knows a little bit more than the rest of us. We decided that we needed to inform ourselves, and we are pleased to have so many people appearing before us today. We thank them all for coming. All of the information we are using and gathering will be distilled in due course. When we speak to the Department about the national broadband plan and other issues we will be far better informed than we were at 9 o'clock this morning. That is the purpose of this meeting, and we thank the witnesses in advance for providing information.\n\n"
 "I want to stress that we are not here to examine the financial statements of the witnesses. They are here to help us. We are not here to interrogate them. If the witnesses are asked a question about the Department that they feel is more appropriate for the Department to answer they can tell us. Please do not hold back on that issue.\n\n"
 "I welcome Mr. Peter McCarthy, chief executive officer of Enet. He is accompanied by Mr. David Eyre, chief commercial officer, and Ms Claire Murphy, general counsel. I remind everyone in the room to put their mobile phones on to airplane mode or to switch them off; merely putting them onto silent mode can still interfere with the recording system.",
 "telecoms", "non-US", "leadership,regulatory",
 KS_CHROME + " ('Seán Fleming (Laois, Fianna Fail) | Oireachtas source'); the page gives no item heading, so the title is descriptive (the committee's broadband-providers session, as oireachtas.ie lists it for that day); cut before the privilege notice ('I advise witnesses to the fact that ...').", "OIR"))
R.append(rec("oireachtas-committee-eir-public-accounts-2019", OI + "ga/debates/debate/committee_of_public_accounts/2019-02-14/7/", "2019-02-14",
 "Eir", "Oireachtas Committee of Public Accounts debate",
 "I welcome Ms Carolan Lennon, chief executive officer of Eir. She is accompanied by Mr. Edward Storey, director of strategy and corporate communications. I remind everybody to put mobile phones onto airplane mode, as merely having them on silent can interfere with the recording system. I thank the witnesses for their attendance. I want the public to know the witnesses are not obliged to be here and we are grateful for their presence. They are here to inform and educate us about the telecommunications and broadband issue. The Department attended some time ago. We do not have any technical expertise and felt that talking to industry would help us in our understanding in order that we are better informed when we have the Department back in. The witnesses are not under examination like a Department and are here to assist us. If any question is directed at them which they feel is one for the Department, they should say that and not answer for the Department. We will deal with the Department.\n\n"
 "I call Ms Lennon to make her opening statement.\n\n"
 "Ms Carolan Lennon\n\n"
 "I thank the committee for the invitation.",
 "telecoms", "non-US", "leadership,regulatory",
 "Read on oireachtas.ie itself (Irish-language page chrome, English text): the chrome and the heading (kept as title) left out; the privilege notice paragraph ('I advise witnesses that by virtue of section 17(2)(l) ...') left out; the speaker line 'Ms Carolan Lennon' kept as the record gives it; cut at the last full sentence of her statement in the excerpt. Another Eir hearing (2020, with Lennon) is in the corpus; different sitting and text.", "OIR",
 origin="Houses of the Oireachtas, oireachtas.ie (page store)"))
R.append(rec("oireachtas-committee-aib-economy-banking-sector-2011", OI + "en/debates/debate/joint_committee_on_finance_public_expenditure_and_reform/2011-09-14/2", "2011-09-14",
 "The Economy and the Banking Sector: Discussion (Resumed)", "Joint Committee on Finance, Public Expenditure and Reform debate",
 "We will continue our overview of the issues facing the Irish economy and the banks. I welcome Mr. David Hodgkinson, the chairman of AIB. Mr. Hodgkinson is accompanied by Mr. Bernard Byrne, director of personal and business banking, Mr. Jim O'Keeffe, head of mortgages, Mr. John Webb, head of propositions in business banking and Mr. Alan Kelly, director of corporate affairs and marketing. Mr. Hodgkinson will make his opening remarks and then we will have a question and answer session from members.\n\n"
 "Mr. David Hodgkinson\n\n"
 "I thank the committee for the invitation to appear before it today. I am the executive chairman of AIB, having been appointed to the role by the Government in October 2010. I have spent my career in banking, specifically with HSBC, holding a range of senior management positions in the Middle East, the Far East and Europe.",
 "banking", "non-US", "leadership,regulatory",
 "Page chrome and the heading (kept as title) left out; the privilege notice paragraph ('By virtue of section 17(2)(l) ...') left out; the speaker line 'Mr. David Hodgkinson' kept as the record gives it; cut before the cut-off sentence 'My last role ...'.", "OIR"))
R.append(rec("oireachtas-committee-aib-group-presentation-2004", OI + "en/debates/debate/joint_committee_on_finance_and_the_public_service/2004-10-19/3/", "2004-10-19",
 "AIB Group: Presentation.", "Joint Committee on Finance and the Public Service debate",
 "The next item on our agenda is a discussion of issues arising from recent events at AIB. On behalf of the committee, I welcome Mr. Dermot Gleeson, chairman of AIB Group, and Mr. Michael Buckley, the group's chief executive. For some time the committee has been considering a series of revelations at AIB that tend to indicate the rights and legitimate interests of the bank's customers have been subordinated to the short-term profit margins of the bank.\n\n"
 "The committee appreciates that the Irish Financial Services Regulatory Authority, IFSRA, the bank and others have a particular role in dealing with specific issues that have arisen. It is not our role or intention to involve ourselves in these matters. However, the committee has a specific role in overseeing the way in which IFSRA fulfils its remit and a general role in monitoring the policies of the Department of Finance with regard to oversight of the banking sector. As part of this role, it is proper for it to consider the adequacy of the oversight in regulatory structures established by legislation and develop views as to whether these structures should be altered in any way.\n\n"
 "As public representatives, members of the committee are concerned the correct balance is struck between the entitlements of the bank's customers and the expectations of shareholders. Central to ensuring there is this balance is the attitude of individual banks to customers, as evidenced by the prevailing culture, ethics and practices within an organisation.\n\n"
 "Mr. Gleeson and Mr. Buckley are not obliged to attend this meeting. They are doing so voluntarily. While the timing of the meeting has been the subject of correspondence, we appreciate their presence and acknowledge the constraints on them regarding certain topics. This is referred to in the letter I circulated to committee members.",
 "banking", "non-US", "leadership,regulatory",
 "Page chrome and the heading (kept as title) left out; cut before the cut-off sentence 'I propose that f...'.", "OIR"))
R.append(rec("oireachtas-committee-defective-concrete-blocks-insurers-banks-2024", "http://Www.Kildarestreet.com/committees/?gid=2024-05-01a.436", "2024-05-01",
 "Defective Concrete Blocks: Discussion", "Joint Oireachtas Committee on Finance, Public Expenditure and Reform, and Taoiseach (as kildarestreet.com names it)",
 "In this session the committee will engage with Insurance Ireland, BPFI and Engineers Ireland. On behalf of the committee I welcome from Insurance Ireland Ms Moyagh Murdock, CEO; Mr. Michael Horan, manager of regulation and policy development; and Ms Ruth NicGinneá, advocacy and public affairs manager. From BPFI I welcome Mr. Brian Hayes, chief executive, and Ms Michelle Bryne, head of consumer banking. From Engineers Ireland I welcome Mr. Damien Owens, chartered engineer and director general; Mr. John Garrett, chartered engineer; and Mr. Cian O’Dowd, head of public affairs.",
 "insurance/banking", "non-US", "leadership,regulatory",
 KS_CHROME + " ('Bernard Durkan (Kildare North, Fine Gael) | Oireachtas source'); the URL kept as the page store spells it; cut before the privilege notice ('The evidence of witnesses physically present ...'). Short: the rest of the excerpt is that notice.", "OIR"))
R.append(rec("oireachtas-committee-enterprise-ireland-financial-statements-2023", KS + "committees/?id=2023-03-23a.7", "2023-03-23",
 "2021 Financial Statements of Enterprise Ireland: Discussion", "Oireachtas Public Accounts Committee (as kildarestreet.com names it)",
 "The Comptroller and Auditor General, Mr. Seamus McCarthy, is a permanent witness to the committee, and he is accompanied this morning by Mr. Peter Kingsley, deputy director of Audit at the Office of the Comptroller and Auditor General. They are very welcome.\n\n"
 "This morning, we are going to engage with officials from Enterprise Ireland to examine the financial statements 2021 for Enterprise Ireland. We are joined by the following officials from Enterprise Ireland: Mr. Leo Clancy, the new CEO; Ms Gillian Brennan, divisional manager of business operations; Mr. Kevin Sherry, executive director of investment services and local markets; Dr. Carol Gibbons, divisional manager for regions and local enterprise; and Mr. Richard Murphy, department manager for the local enterprise office centre of excellence. We are also joined by Ms Karen Hynes, principal officer in the Department of Enterprise, Trade and Employment. The witnesses are very welcome.",
 "government agency/enterprise", "non-US", "leadership,regulatory",
 KS_CHROME + " ('Brian Stanley (Laois-Offaly, Sinn Fein)', 'Link to this: Individually | In context | Oireachtas source'); the chair's first three paragraphs (welcome and apologies, Covid-19 and remote-attendance notices; the same notices open the SBCI sitting of this batch: 8-word overlap 0.118 with them, 0.04 without) left out, so the text starts at 'The Comptroller and Auditor General, ...'; cut before the cut-off paragraph 'I remind all those in attendance ...'.", "OIR"))
R.append(rec("oireachtas-committee-ida-ireland-growth-markets-2015", KS + "committees/?gid=2015-05-06a.1540", "2015-05-06",
 "Developing Growth Markets: IDA Ireland", "Joint Oireachtas Committee on Foreign Affairs and Trade (as kildarestreet.com names it)",
 "I welcome our visitors from IDA Ireland: Ms Eileen Sharpe, head of growth markets and IT, Mr. John Conlon, executive vice president and head of Asia Pacific operations, and Mr. Shane Nolan, head of growth markets. They are attending to discuss activities in developing business and investment in growth markets. Our specific interest is the Association of Southeast Asian Nations, ASEAN, area, on which the committee intends to do a report after the summer. I welcome our guests.\n\n"
 "The format of today's meeting will involve opening statements from our visitors, after which we will take questions from members of the joint committee. I apologise for the low turnout. The commemorations at Arbour Hill are on this morning and we have lost many members to it. I hope they will turn up before the meeting is over.\n\n"
 "I remind members, witnesses and those in the Public Gallery to ensure all mobile telephones are switched off as they interfere with the recording equipment.",
 "government agency/investment", "non-US", "leadership",
 KS_CHROME + " ('Olivia Mitchell (Dublin South, Fine Gael) | Oireachtas source'); cut before the privilege notice ('In advance of the IDA's presentations, I remind members ...').", "OIR"))
R.append(rec("oireachtas-committee-mobile-coverage-broadband-operators-2014", KS + "committees/?gid=2014-11-12a.563", "2014-11-12",
 "Mobile Telephone Coverage and High Speed Broadband Availability: Discussion (Resumed)", "Joint Oireachtas Committee on Transport and Communications (as kildarestreet.com names it)",
 "We are now in public session. I welcome everyone to the meeting, the aim of which is discuss with representatives of the Telecommunications and Internet Federation, TIF, and the Irish Cellular Industry Association, ICIA, and with services providers the issues of poor broadband and mobile telephone coverage. Members will recall that we met officials from the Department of Communications, Energy and Natural Resources and ComReg to discuss this matter on 8 October. On behalf of the committee, I welcome Mr. Torlach Denihan, director, TIF-ICIA; Dr. Gary Healy, vice-chair, TIF-ICIA; Mr. Mark Hughes, from 3 and O2; Ms Mairead Cullen from Vodafone Ireland; Mr. Pat Galvin from Eircom; and Mr. Ger Woods from UPC Ireland.",
 "telecoms", "non-US", "leadership,regulatory",
 KS_CHROME + " ('John O'Mahony (Mayo, Fine Gael) | Oireachtas source'); the source's 'the aim of which is discuss' kept; cut before the privilege notice ('I draw attention to the fact that ...'). Short: the rest of the excerpt is that notice.", "OIR"))
R.append(rec("oireachtas-committee-esb-chairperson-designate-2015", KS + "committees/?gid=2015-11-18a.1110", "2015-11-18",
 "ESB: Chairperson Designate", "Joint Oireachtas Committee on Transport and Communications (as kildarestreet.com names it)",
 "The purpose of this part of this meeting is to engage with the chairperson designate of the ESB, Ms Ellvena Graham, to discuss the approach she proposes to take if and when appointed to the role of chairman and her views on the challenges currently facing that body. By now, we are all very well aware of the Government decision in May 2011 that put new arrangements in place for the appointment of persons to State boards and bodies. Reference to this arrangement is made in the guidelines of the Department of Public Expenditure and Reform on appointments to State boards of November 2014. The committee welcomes the opportunity to meet the chairperson designate in public session to hear her views. We trust that this provides greater transparency in the process of appointment to our State boards and bodies. On behalf of the committee, I welcome Ms Graham.",
 "energy/electricity", "non-US", "leadership",
 KS_CHROME + " ('John O'Mahony (Mayo, Fine Gael) | Oireachtas source'); cut before the privilege notice ('By virtue of section 17(2)(l) ...'). Short: the rest of the excerpt is that notice.", "OIR"))
R.append(rec("oireachtas-committee-bus-eireann-chairman-designate-2014", KS + "committees/?gid=2014-07-09a.876", "2014-07-09",
 "Bus Éireann: Chairman Designate", "Joint Oireachtas Committee on Transport and Communications (as kildarestreet.com names it)",
 "The purpose of the meeting is to engage with the chairpersons designate of Bus Éireann, Iarnród Éireann and CIE in order to discuss the approaches that will be taken when they are appointed to their roles and the challenges facing the companies. We will meet, first, Mr. Aidan Murphy, chairperson designate of Bus Éireann, whom I welcome on behalf of the committee.",
 "transport/buses", "non-US", "leadership",
 KS_CHROME + " ('John O'Mahony (Mayo, Fine Gael) | Oireachtas source'); cut before the privilege notice ('By virtue of section 17(2)(l) ...'). Short: the rest of the excerpt is that notice. The chair's three sentences on the Government's May 2011 arrangements for State board appointments (the same wording as the ESB chairperson-designate text of this batch: 8-word overlap 0.078 with them) left out between 'the challenges facing the companies.' and 'We will meet, first, ...'.", "OIR"))
R.append(rec("oireachtas-committee-strategic-banking-corporation-sbci-2021", KS + "committees/?gid=2021-03-09a.7", "2021-03-09",
 "Strategic Banking Corporation of Ireland: Financial Statements 2019", "Oireachtas Public Accounts Committee (as kildarestreet.com names it)",
 "I welcome everyone to this online meeting. Due to the current situation regarding Covid-19, only the clerk, support staff and I are in the committee room. Members of the committee are attending remotely from within the precincts of Leinster House. This is due to the constitutional requirement that, in order to participate in public meetings, Members must be physically present within the confines of the place where the Parliament has chosen to sit, namely, Leinster House or the Convention Centre Dublin. I ask that committee members confirm their locations before contributing to ensure they are adhering to this constitutional requirement.\n\n"
 "Before we begin our public engagement, we considered the minutes of our meetings of 18, 23 and 25 February and 2 March at our private meeting last week. Standing Order 107(3) requires that the minutes are agreed in public session. Are the minutes agreed? Agreed. As usual, the minutes will be published on the committee’s webpage.\n\n"
 "Today we are engaging with officials from the Strategic Banking Corporation of Ireland, SBCI, to examine its financial statements for 2019. We are joined remotely from within the precincts of Leinster House by the following officials from SBCI: Mr. Ian Black, interim CEO, Ms Suzanne Sweeney, head of lending, and Mr. Ray Mangan, head of risk, finance and operations. I welcome them to the meeting and thank them and their staff for the briefing material they have prepared for the committee.",
 "banking/state finance", "non-US", "leadership,regulatory",
 KS_CHROME + " ('Brian Stanley (Laois-Offaly, Sinn Fein) | Oireachtas source'); the first paragraph's last sentence ('The Comptroller and Auditor General, Mr. Seamus McCarthy, is a permanent witness to the committee and is attending remotely.', the wording that opens the Enterprise Ireland sitting of this batch: 8-word overlap 0.065 with it) left out; cut before the cut-off paragraph 'When we begin to engage, ...'.", "OIR"))
R.append(rec("oireachtas-committee-cost-of-business-insurance-reform-2018", KS + "committees/?gid=2018-04-18a.591", "2018-04-18",
 "Cost of Doing Business in Ireland: Discussion (Resumed)", "Joint Oireachtas Committee on Jobs, Enterprise and Innovation (as kildarestreet.com names it)",
 "I remind members, visitors and those in the Public Gallery to please ensure their mobile phones are switched off or are in flight mode for the duration of the meeting as they interfere with the broadcasting equipment, even when on silent mode.\n\n"
 "We have some new members on our committee. I would like to welcome Deputy Billy Kelleher. Deputy Lisa Chambers was also added to our committee as of yesterday and she might join us later. I thank Deputies Niall Collins and Stephen Donnelly who were very strong contributors to this committee and were of great help in all the work we have been doing. We appreciate all they have done for us.For the information of our guests, with committees resuming, unfortunately there has been a slight clash of committees today and some members are tied in having two committees meeting today at the same time.\n\n"
 "No. 7 on our agenda is a discussion on the cost of doing business. I welcome the following members of the Alliance for Insurance Reform; Mr. Eoin McCambridge, managing director of McCambridge's of Galway, Ms Stephanie Reid, owner of Monkey Business play centre, Mr. Ivan Cooper, director of public policy at the The Wheel, and Mr. Peter Boland, director of the Alliance for Insurance Reform. I welcome all our guests to our discussion on the cost of doing business.",
 "insurance/small business", "non-US", "leadership,regulatory",
 KS_CHROME + " ('Aidan Davitt (Fianna Fail) | Oireachtas source'); the source's 'us.For' (no space) and 'the The Wheel' kept; cut before the privilege notice ('In accordance with procedure, I am required to read the following: ...').", "OIR"))
R.append(rec("oireachtas-committee-cross-border-roads-council-chief-executives-2016", KS + "committees/?id=2016-12-01a.571", "2016-12-01",
 "Cross-Border Road Infrastructure: Discussion", "Joint Oireachtas Committee on the Implementation of the Good Friday Agreement (as kildarestreet.com names it)",
 "I take great pleasure in welcoming the witnesses to our first session today. I welcome Councillor P.J. O'Hanlon, cathaoirleach of Monaghan County Council; Councillor Mary Garrity, chair of Fermanagh and Omagh District Council; Mr. Seamus Neely, chief executive of Donegal County Council; Mr. John Kelpie, chief executive of Derry City and Strabane District Council; Mr. Eamonn O'Sullivan, chief executive of Monaghan County Council, and Mr. Brendan Hegarty, chief executive of Fermanagh and Omagh District Council.\n\n"
 "I invite the witnesses to give their opening statements. There will then be an opportunity for a question and answer session.",
 "local government/roads", "non-US", "leadership",
 KS_CHROME + " and the speaker label 'Vice Chairman:' left out; cut before the housekeeping and privilege notices ('There are a number of housekeeping rules. ...'). Short.", "OIR"))
R.append(rec("oireachtas-committee-ervia-chairperson-designate-2016", KS + "committees/?id=2016-09-21a.940", "2016-09-21",
 "Ervia: Chairperson Designate", "Joint Oireachtas Committee on Housing, Planning and Local Government (as kildarestreet.com names it)",
 "On behalf of the committee, I welcome Mr. Tony Keohane who last July was announced as chairman designate of Ervia. In line with normal procedures, the committee has an opportunity to engage with him on his appointment. I invite him to make his opening statement.\n\n"
 "Mr. Tony Keohane:\n\n"
 "I thank the joint committee for giving me the opportunity to address it. I was appointed to the board of Ervia and nominated as chairman designate in July. I have a number of non-executive roles. I am a former chairman of Tesco Ireland and was its chief executive office from February 2006 until July 2013. I served as chairman of the board of Repak for three years and have been a board member of Trinity College Dublin and Bord Bia for over a year.",
 "utilities/water and gas", "non-US", "leadership",
 "Site chrome ('Oireachtas Joint and Select Committees', the date, committee, heading and time lines, kept in title/attribution) and the speaker label 'Chairman:' left out; the chair's two privilege-notice paragraphs before the welcome left out; the speaker label 'Mr. Tony Keohane:' kept as the transcript gives it; the source's 'chief executive office' kept; cut before the cut-off sentence 'I am on the board of Inner City ...'.", "OIR"))
R.append(rec("oireachtas-committee-uisce-eireann-bord-gais-networks-2012", KS + "committees/?gid=2012-11-06a.196", "2012-11-06",
 "Establishment of Uisce Éireann: Discussion with Bord Gáis Networks", "Joint Oireachtas Committee on Environment, Culture and the Gaeltacht (as kildarestreet.com names it)",
 "We will discuss the establishment and future governance of Uisce Éireann with representatives from Bord Gáis Networks. Is that agreed? Agreed. I welcome Mr. John Mullins, chief executive officer, Mr. Michael O'Sullivan, group finance director, Mr. Ger Cowhig, programme manager, Irish Water programme, and Mr. Paul O'Donoghue, Irish Water programme, on behalf of Bord Gáis Networks. Thank you for your attendance, gentlemen.\n\n"
 "The launch of Uisce Éireann is a big step in terms of Irish public administration.",
 "utilities/water and gas", "non-US", "leadership,regulatory",
 KS_CHROME + " ('Michael McCarthy (Cork South West, Labour) | Oireachtas source'); the privilege notice (from 'I draw your attention to the fact that ...' to the end of the next paragraph) left out; cut before the cut-off sentence 'I congratulate Bord Gáis Éireann on having ...'. Short.", "OIR"))
R.append(rec("uk-parliament-bis-wp-committees-bhs-advisers-retail-acquisitions-2016", "https://webtest.parliament.uk/external/committees/commons-select/business-innovation-and-skills/news/2016/the-sale-and-acquisition-of-bhs-joint-evidence3-16-17", "2016-05-24",
 "Advisers to Retail Acquisitions Limited questioned on BHS purchase", "House of Commons Business, Innovation and Skills Committee news item (parliament.uk, as stored from its webtest.parliament.uk host)",
 "The Business, Innovation and Skills Committee and Work and Pensions Committee hold a joint evidence session for their separate inquiries into BHS. The Committees hear from advisers to Retail Acquisitions Limited and BHS Pension Fund Trustees.\n"
 "Witnesses\n"
 "Wednesday 25 May 2016, Wilson Room, Portcullis House\n"
 "At 9am\n"
 "Panel 1: BHS Current Pension Fund Trustees\n"
 "- Chris Martin (Chair)\n"
 "- Mike Lymath\n"
 "- Phil Kitchen\n"
 "- Jason Hyde\n"
 "Panel 2: BHS Pension Fund former Trustees\n"
 "- Margaret Downes (former Chair)\n"
 "- Siobhan Forey\n"
 "- Richard de Dombal\n"
 "Panel 3: Advisers to Retail Acquisitions Ltd\n"
 "- Stephen Hermer, Partner, Olswang\n"
 "- Mark Byers, Partner, Grant Thornton\n"
 "- Andrew Frangos, Chief Executive, Cornhill Capital\n"
 "Questions raised by Pension Regulator's interaction with BHS\n"
 "The Pension Regulator's \"worrying\" timeline of their interaction with BHS, published late yesterday, raises a number of questions for the trustees tomorrow morning, as well as other key players - including more for TPR themselves.\n"
 "- Why did the Regulator seemingly have no contact with BHS between expressing concerns about the 2012 valuation in March 2011 and being told it would be late in June 2013?\n"
 "- Why was so little progress made on scrutinising that valuation - and its 23 year recovery plan - between its receipt in September 2013 and the Regulator hearing about Project Thor in June 2014?\n"
 "- The Regulator repeatedly asked the trustees to request further information on Project Thor from Arcadia and their advisers Deloitte between July and September 2014. Why was this not forthcoming?\n"
 "- Why was the Regulator not at the table for meetings on Thor and, with the exception of the meeting on 4 March 2015, the sale?",
 "retail/pensions", "non-US", "deal,leadership,regulatory",
 "The heading (kept as title) and date line (kept as published) and the three link lines ('Watch Parliament TV: BHS', 'Inquiry: ...', committee names) left out; the witness list and the question bullets kept as the page lays them out; cut before the cut-off bullet 'What happened at the meeting b...'. The page-store copy comes from parliament.uk's webtest host (the committee's news item; Open Parliament Licence v3.0 as for every parliament.uk page).", "OPL",
 origin="UK Parliament, parliament.uk committee news (page store)"))
# ---- UK Parliament: the Kraft takeover of Cadbury ---------------------------------------------------------------
R.append(rec("uk-parliament-bis-committee-kraft-takeover-cadbury-report-2010", "https://publications.parliament.uk/pa/cm200910/cmselect/cmbis/234/23404.htm", "2010-04-06",
 "Mergers, acquisitions and takeovers: the takeover of Cadbury by Kraft — 1 Introduction", "House of Commons Business, Innovation and Skills Committee, Ninth Report of Session 2009–10 (HC 234)",
 "1. Normally, our programme of work is focused on scrutinising Government policy. Occasionally we need to widen that focus in order to respond to unforeseen events. The takeover of Cadbury by Kraft, and the manner in which it was conducted, provoked a strong public reaction and has proved to be an event which is likely to shape public policy in the future. We therefore believed that it was important for us to consider the matter. The purpose of this Report is to present the evidence that Kraft gave to us on its plans for Cadbury and comment briefly on a number of proposals which have been put forward to reform the regulation of takeovers as a result of Kraft's acquisition of Cadbury.\n\n"
 "2. On 12 January, before the takeover was completed, we took oral evidence from Professor Christopher Bones, Henley Business School; Jack Dromey, Deputy General Secretary and Jennie Formby National Officer, Food and Drinks Sector from Unite the Union; and Ian Lucas MP, Parliamentary Under-Secretary of State, Department for Business, Innovation and Skills. At the time both Cadbury and Kraft were prevented by the City Code on Takeovers and Mergers from discussing the details of their respective positions in public and therefore did not give evidence.\n\n"
 "3. Despite strong resistance to the bid, Cadbury's board capitulated a few days after we held our January evidence session. On 19 January Cadbury recommended Kraft's offer to its shareholders. Kraft received formal acceptance of its offer on 2 February and concluded the takeover.\n\n"
 "4. At the start of its bid for Cadbury, Kraft announced its intention to keep open Cadbury's factory at Somerdale, which Cadbury had previously earmarked for closure. On 9 February, after the takeover had been completed, Kraft announced that it was no longer able to deliver on that intention.",
 "food/confectionery", "mixed", "deal,leadership,regulatory",
 "The page heading (kept in title) and the chapter heading '1 Introduction' left out; the footnote markers '[1]' and '[2]' left out; cut before the cut-off sentence 'This reversal provoked a p...'. `published` is the report's publication date (6 April 2010, as its cover gives it).", "OPL"))
R.append(rec("uk-parliament-bis-committee-cadbury-takeover-unite-evidence-2010", "https://publications.parliament.uk/pa/cm200910/cmselect/cmbis/234/10011203.htm", "2010-01-12",
 "Mergers, acquisitions and takeovers: the takeover of Cadbury by Kraft — Examination of Witnesses (Questions 37-68), Unite the Union", "House of Commons Business, Innovation and Skills Committee, oral evidence of 12 January 2010 (HC 234)",
 "Q37  Chairman: Thank you for coming in for this important evidence session. Most members of the Committee know very well who you are but for the record could you introduce yourselves?\n\n"
 "  Mr Dromey: I am Jack Dromey, Deputy General Secretary of Unite.\n\n"
 "  Ms Formby: I am Jennie Formby, National Officer for the Food and Drink Sector.\n\n"
 "  Mr Hoyle: I am a member of Unite.\n\n"
 "  Chairman: A number of members of the Committee are also members of Unite: Mr Wright, Ian Stewart and Roger Berry.\n\n"
 "  Q38  Lembit Öpik: You have heard what passed in the previous session. What are your main concerns about the proposed takeover of Cadbury?\n\n"
 "  Mr Dromey: May I make two brief preliminary points?\n\n"
 "  Q39  Chairman: I understand that you would like to make an opening statement. I am sorry; my memory is playing tricks.\n\n"
 "  Mr Dromey: As was said earlier, we have a microcosm and macrocosm. First, Cadbury is a world-class British success story. It is efficient and effective and has proven products; it is part of our national heritage and it has an admirable tradition of philanthropy. It is now being put at risk by decisions being made in a boardroom in Illinois by a company whose debt has gone from £6 billion in 2006 to £18 billion in 2008. It is now taking on a facility for an additional £5.5 billion in order to achieve the takeover of Cadbury. Our fear is based upon the history of Kraft. Cadbury will be an irresistible target for cost-cutting and asset stripping to free up capital to reduce debt. The history of Kraft in this country is a sorry one, including the promises made to our union over Terry's which, sadly, is now history. Second, this morning I listened to a very interesting interview with Roger Kerr, the Chairman of Cadbury.",
 "food/confectionery", "mixed", "deal,leadership,regulatory",
 "The page heading (kept in title), the 'Examination of Witnesses (Questions 37-68)', 'UNITE THE UNION' and '12 JANUARY 2010' lines (kept in title and published) left out; question numbers and speaker labels kept as the record gives them; cut before the cut-off sentence 'He spoke about shareholder ca...'. Same inquiry as the committee's report introduction in this batch (a different text: oral evidence of 12 January 2010).", "OPL"))
# ---- parliamentary statements and answers on company sales -----------------------------------------------------
R.append(rec("oireachtas-dail-priority-question-siteserv-millington-acquisition-2015", KS + "debates/?id=2015-05-13a.15", "2015-05-13",
 "Competition Authority Investigations", "Dáil Éireann debate, Ceisteanna - Questions - Priority Questions",
 "To ask the Minister for Jobs, Enterprise and Innovation when he was notified by the Competition Authority of the proposed acquisition of Siteserv by Millington Limited; and if details of the sale were made available to him.\n\n"
 "Many citizens have great difficulty when they see the return to the national stage of Anglo Irish Bank in the form of IBRC, the power of the golden circle in society and the influence of massive conglomerates in the State. This question is about when the Minister was notified by the Competition Authority of the proposed acquisition of Siteserv by Millington Limited and whether the details of the sale were made available to him.\n\n"
 "After the acquisition was agreed to by the parties involved, the Competition Authority received notification on 16 March 2012. Following this, notification of the proposed transaction was sent to me, as Minister for Jobs, Enterprise and Innovation, in accordance with section 23(1)(a) of the Competition Act 2002, on 20 March 2012 as the Competition Authority considered it to be a media merger within the meaning of the Act. The merger notification form I received contained information that followed the format specified for such transactions by the Competition Authority at the time. As to be expected, reference was made to the share sale agreement between Siteserv plc and Millington Limited.",
 "business services/media", "non-US", "deal,regulatory",
 "Site chrome ('Dáil debates', date, heading lines, time '9:30 am'), the three speaker headers (photo, 'Peadar Tóibín (Meath West, Sinn Fein)', 'Richard Bruton (Dublin North Central, Fine Gael)', 'Link to this: ... Oireachtas source'), the question number '2.' and reference '[18470/15]' left out; cut before the cut-off sentence 'The only function of the Competition Authority, ...'.", "OIR"))
R.append(rec("oireachtas-dail-leaders-questions-siteserv-sale-2015", KS + "debate/?id=2015-04-23a.173", "2015-04-23",
 "Leaders' Questions", "Dáil Éireann debate",
 "As the Tánaiste knows, over the past number of days the sale of Siteserv by IBRC to Millington, an Isle of Man company owned by Denis O'Brien, has been the subject of much controversy. At the time of the sale, it was in debt of up to €150 million. It installed Sky boxes, fixed traffic lights and had contracts with the ESB and Bord Gáis Energy. After the sale, it went on to win a large contract to install water meters. We know from documents revealed to Deputy Catherine Murphy and The Sunday Timesthat the civil servants in the Department of Finance had very serious concerns about the sale and transaction. They were concerned that the decision to allow the sale process to be run by Siteserv's advisers was an issue for them. They were concerned about the decision to exclude trade buyers from the process, the limit of the exclusivity period when there were other bids outstanding and the payment of €5 million to the shareholders of a company that was essentially bust.\n\n"
 "We know that Anchorage, a multimillion euro company, submitted a higher bid of €52 million which for some reason was not accepted. Another large company, Altrad, publicly complained at the time that it had been shut out of the bidding process and felt the company was worth about €60 million. The civil servants went on to say that they were extremely concerned about the number of large transactions that had been poorly executed by the bank and its management. The civil servants said this was damaging the credibility of the State and the bank and asked the Minister if he would conduct an independent review or ask the chairman of the board to do so. For some reason the Minister did not pursue that recommendation.",
 "business services/banking", "non-US", "deal,regulatory",
 "Site chrome ('Dáil debates', date, 'Leaders' Questions' kept as title, time '12:00 pm') and the speaker header (photo, 'Micheál Martin (Cork South Central, Fianna Fail) | Oireachtas source') left out; the source's 'The Sunday Timesthat' (no space) kept; cut before the sentence 'He met the chairman of the board ...', whose next sentence is cut off. Same sale as the priority question and the motion of this batch (different texts and speakers).", "OIR"))
R.append(rec("oireachtas-dail-motion-sale-of-siteserv-2015", KS + "debate/?id=2015-05-06a.503", "2015-05-06",
 "Sale of Siteserv: Motion [Private Members]", "Dáil Éireann debate",
 "I move:\n\n"
 "To delete all words after \"Dáil Éireann\" and substitute the following:\n\n"
 "\"notes that:— following an independent review of the strategic options for the business and the level of debt in the company, the Irish Bank Resolution Corporation, IBRC, credit committee, in June 2011, approved for Siteserv to commence an orderly process to sell itself;\n\n"
 "— IBRC was a creditor of Siteserv and had an interest in the maximisation of proceeds from the sale of the company to maximise the recovery on the company's debts to IBRC;\n\n"
 "— the sale process was run by Siteserv along with their advisers, KPMG Corporate Finance and Davy Corporate Finance. IBRC appointed Walter Hobbs as its observer to the sale process. The Department of Finance was not involved in the sale process or any of the decisions taken during the sale process;\n\n"
 "— on 15 March 2012, the IBRC board met and approved the sale of Siteserv to Millington;\n\n"
 "— on 16 March 2012, given that Siteserv was a member of the enterprise securities market, the proposed disposal of the Siteserv business to Millington was announced to the Irish Stock Exchange;\n\n"
 "— Department of Finance officials were not made aware of the details of the Siteserv transaction during their monthly meetings with IBRC management in advance of the decision of the board to approve the sale;\n\n"
 "— following the introduction of the revised relationship framework, in April 2012, the board of IBRC commenced forwarding board packs and minutes of board meetings. The April 2012 pack contained the minutes of the meetings held on 20 March, 21 March, 28 March and 13 April 2012. However, there were no minutes included in the April pack of the meeting of 15 March 2012, which the Department of Finance subsequently learned, had occurred and had approved the sale of Siteserv;",
 "business services/banking", "non-US", "deal,regulatory",
 "Site chrome ('Dáil debates', date, heading kept as title, time '7:40 pm') and the speaker header (photo, 'Tom Hayes (Tipperary South, Fine Gael) | Oireachtas source') left out; the amendment's bullet list kept as the record lays it out; cut before the cut-off item '— the firs...'.", "OIR"))
R.append(rec("oireachtas-written-answer-bank-of-ireland-ics-dilosk-2014", OI + "en/debates/question/2014-07-08/189/", "2014-07-08",
 "Bank Restructuring", "Dáil Éireann written answer (Minister for Finance)",
 "Deputy Stephen S. Donnelly asked the Minister for Finance further to the announcement by Bank of Ireland, a bank in which he controls 14% of the shares, that it has disposed of €250 million of par value mortgages presently controlled by the ICS Building Society, if there has been a waiver by the European Commission to the requirement set out in its restructuring decision for that bank; and if he will make a statement on the matter.\n\n"
 "In accordance with its revised Restructuring Plan of July 2013, which allowed it to retain New Ireland, Bank of Ireland agreed to certain substitution measures including that relating to ICS. The specific ICS substitution measure required Bank of Ireland to sell the ICS distribution platform together with, at the option of the acquirer: Up to €1bn of mortgages; and Up to €1bn of matching deposits.\n\n"
 "In accordance with the revised Restructuring Plan, Bank of Ireland had until 30th June 2014 to execute this transaction. As the Deputy is aware, Bank of Ireland made an announcement to the stock exchange on 26th June in this regard. The substance of this announcement was that Bank of Ireland had agreed to sell the ICS distribution platform together with a portfolio of €250m gross performing mortgage assets to Dilosk Limited. The full announcement can be found at: http://www.bankofireland.com/fs/doc/wysiwyg/eu-restructuring-plan-update-26-june-2014.pdf. The EU Commission had not granted a waiver to the Bank of Ireland in relation to its ICS commitment and the transaction announced on 26th June is in line with this commitment.",
 "banking", "non-US", "deal,regulatory",
 "Read on oireachtas.ie itself: the chrome ('Skip to main content', 'Normal View', 'Top', 'Share'), the heading (kept as title), date lines, 'Questions (189)', the asker line 'Stephen Donnelly', 'Question:', 'View answer', 'Written answers', the question number '189.' and reference '[29475/14]' left out; the whole item kept.", "OIR", truncated=False,
 origin="Houses of the Oireachtas, oireachtas.ie (page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
