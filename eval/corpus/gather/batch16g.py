#!/usr/bin/env python3
"""Batch 16g: company relations outside banking and transport — a named public service or system and the company
that builds or runs it (the Irish postcode system Eircode and its contractor, the NHS Care Records Service and the
NHS IT programme's suppliers, the Public Services Card and its card producer, the SAORVIEW and SAORSAT television
networks and the public broadcaster, the emergency services' Airwave radio service and its supplier), contracts
between public bodies and named suppliers (the Health Service Executive and iSOFT, a hospital group and Northgate,
the Home Office's network delivery partner, the electronic monitoring contracts of Serco and G4S), a contractor and
its subsidiary, a defence alliance of two contractors with the ministry, a fibre joint venture of an electricity
company and a mobile operator, a water utility set up as a subsidiary of a gas group, and an engineering group's
takeover offer accepted by its target's shareholders — from openly licensed parliamentary records: the UK Parliament
(historic Hansard on api.parliament.uk, parallelparliament.co.uk's copies of Hansard and written answers,
publications.parliament.uk committee evidence; Open Parliament Licence v3.0) and the Houses of the Oireachtas
(oireachtas.ie and kildarestreet.com; CC BY 4.0). Every text is published in 2000 or later (the Serco written evidence
gives no date: `published` null; it follows a hearing of 20 November 2013, session 2013-14). Every text is the search
tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was
cut it ends at the last full sentence kept (`truncated`). Edits per item in `notes`: page chrome, question references
and speaker photo lines left out; no word added or changed.
usage: batch16g.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
ORIGINS = {"OIR": "Houses of the Oireachtas, oireachtas.ie (page store)",
           "OPL": "UK Parliament, historic Hansard (api.parliament.uk, page store)"}
O_KS = "Houses of the Oireachtas via kildarestreet.com (page store)"
O_PP = "UK Parliament, Hansard written answers via parallelparliament.co.uk (page store)"
O_PUB = "UK Parliament, committee written evidence (publications.parliament.uk, page store)"
OIECHROME = ("oireachtas.ie chrome ('Skip to main content', 'Normal View', the heading, kept as title, the 'Dáil "
             "Éireann Debate' and date lines, 'Questions (N)', the asker's name line, 'Question:', 'View answer', "
             "'Written answers', 'Top', 'Share') and the question reference in brackets left out")
KSWRANS = ("kildarestreet chrome (site, date, department and heading lines, the heading kept as title; the askers' and "
           "the Minister's photo/speaker lines and 'Link to this' lines, so they are not named in the text) and the "
           "question references in brackets left out")
HHCHROME = ("historic Hansard's 'HC/HL Deb ... vol ... cc...' line and the question references in brackets left out")


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- Ireland: the national postcode system and its contractor -------------------------------------------------
R.append(rec("oireachtas-dail-priority-question-eircode-postcode-contract-capita-2014",
 "https://www.kildarestreet.com/debates/?id=2014-12-11a.40",
 "2014-12-11", "Postcode Implementation", "Dáil Éireann debate, priority question (Question 5)",
 "5. To ask the Minister for Communications, Energy and Natural Resources the total amount spent to date in consultancy fees on the proposed Eircode postcode system; the anticipated estimated cost of the project; the up-to-date progress regarding the roll-out of postcodes; if their implementation will be of help to the viability and future development of the post office network; and if he will make a statement on the matter.\n\n"
 "The figures on the consultancy fees for the setting up of Eircode are exorbitant. I fear we could have a debacle similar to the Irish Water situation if this is allowed to continue in its current form. The Freight Association of Ireland has raised some problems. It said the system will be useless for its members. The chairman of the Fire and Emergency Services Association said the random nature of the system could cause confusion for first responders. This is a very serious matter.\n\n"
 "I will be repeating some information as the question is similar to others. The cost to the Exchequer of the national postcode system over the ten-year cycle of the contract is expected to be €27 million, excluding VAT, with costs covering design, database upgrades, media and postcode distribution. A contract was signed with Capita Business Support Services Ireland limited in December 2013 to develop and roll out the national postcode system over a ten-year period. Total spend to date on that contract is €3.22 million.",
 "postal services/IT services", "non-US", "deal,regulatory",
 "kildarestreet chrome (site, date, heading and time lines, the heading kept as title; the photo/speaker and 'Link to this' lines, so Tom Fleming and Joe McHugh are not named in the text) and the question reference ('[47395/14]') left out; cut before the cut-off 'Aside from the contract with Capita, consultancy costs of'. `published` is the sitting's day.",
 "OIR", origin=O_KS))
R.append(rec("oireachtas-dail-written-answer-postal-codes-eircode-capita-contract-2015",
 "https://www.kildarestreet.com/wrans/?id=2015-03-25a.534",
 "2015-03-25", "Postal Codes", "Dáil Éireann written answer (Question 197)",
 "197. To ask the Minister for Communications, Energy and Natural Resources in respect of the contract entered into with Capita for the development of a system of postcodes, if he will disclose the details specified in section 66(3) of to the Communications Regulation (Postal Services) Act 2011; and if he will make a statement on the matter.\n\n"
 "Section 66 (3) of the Communications Regulation (Postal Services) Act 2011 provides for the terms and conditions relating to the development, implementation and maintenance of the national postcode system and in particular the following:\n\n"
 "(a) The conditions subject to which the Eircodes will be made available. Organisations that plan to use Eircodes can buy a user licence whereby they pay a licence for each user in an organisation. Alternatively, they can buy a transaction licence, where they pay per transaction. The pricing structure is now available on the Eircode website\n\n"
 "(b) the conditions relating to the protection of intellectual property rights. The contract referred to in subsection (2) of the Communications Regulation (Postal Services) Act 2011, was signed with Capita Business Support Services Ireland in December 2013, to develop, implement and maintain the National Postcode System for an initial 10 year period, extendable at the discretion of the Minister for Communications by a further five years. While the contract entered into with Capita for a National Postcode System is commercially sensitive, I can confirm that the State retains ownership of the Eircodes intellectual property rights.",
 "postal services/IT services", "non-US", "deal,regulatory",
 KSWRANS + " (Michael Colreavy, Alex White; '[12280/15]'); the page's wording kept ('in section 66(3) of to the', no full stop after 'the Eircode website'); cut before the cut-off '(c) the conditions, including the making of charges, subjec'. `published` is the answer's day. Same contract as the priority question of 11 December 2014 in this batch (different texts and speakers).",
 "OIR", origin=O_KS))
# ---- UK: NHS IT programme contracts -----------------------------------------------------------------------------
R.append(rec("hansard-lords-written-answer-nhs-it-programme-contracts-bt-accenture-csc-2004",
 "https://api.parliament.uk/historic-hansard/written_answers/2004/jan/29/nhs-national-programme-for-information",
 "2004-01-29", "NHS: National Programme for Information Technology", "House of Lords written answer",
 "Lord Hayhoe\n\n"
 "asked Her Majesty's Government:\n\n"
 "What progress has been made in 2003 in implementing the National Programme for Information Technology in the National Health Service with particular reference to London; and whether any significant setbacks have arisen.\n\n"
 "Baroness Andrews\n\n"
 "The National Programme for Information Technology in the National Health Service (NPfIT) has met all its key milestones in the year 2003. Following the publication of a notice in the Official Journal of the European Community (OJEC) on 31 January 2003, a major procurement exercise has taken place. This has been primarily concerned with letting contracts for IT systems and services that will enable improvements to be made in patient choice, and in patient care and treatment.\n\n"
 "In 2003 the following contracts were awarded:\n\n"
 "• to British Telecommunication (BT) to set up and run the national NHS Care Records Service (NHS CRS) worth a total of £620 million to run until 2013\n"
 "• to Accenture as the local service provider in the north-east, worth a total of £1,099 million to run until 2013\n"
 "• to BT as the local service provider for London, worth a total of £996 million to run until 2013\n"
 "• to SchlumbergerSema to provide core services for the national electronic booking system valued at £64.5 million over five years\n"
 "• to Computer Sciences Corporation (CSC) as the local service provider, worth a total of £973 million, for the north-west and West Midlands clusters to run until 2013\n"
 "• to Accenture as the local service provider in the east, worth a total of £934 million to run until 2013.\n\n"
 "The remaining local service provider contract for the southern cluster and the National NHS Network (N3) will be awarded in the near future.\n\n"
 "The contracting process for the London cluster proceeded to schedule, and there have been no major setbacks.",
 "health IT", "non-US", "deal",
 HHCHROME + " ('HL Deb 29 January 2004 vol 656 cc58-9WA', '[HL661]'); the list's bullet marks kept with the leading spaces before them removed (whitespace only); the page's 'British Telecommunication (BT)' kept; cut before the cut-off 'NPfIT has put in place strong programme management arrangements, including the mitigation of'. `published` is the answer's day.",
 "OPL"))
# ---- UK: electronic monitoring contracts -------------------------------------------------------------------------
R.append(rec("uk-parliament-pac-written-evidence-serco-geografix-electronic-monitoring-2013",
 "https://publications.parliament.uk/pa/cm201314/cmselect/cmpubacc/777/777we02.htm",
 None, "Written evidence from Serco", "House of Commons Public Accounts Committee, written evidence",
 "Further to the hearing of 20 November we offered to respond with further information in writing. Our response, along with additional information and clarification in a number of areas, is supplied below.\n\n"
 "Q47—50—Serco Geografix Ltd\n\n"
 "Having read the exchange in the transcript and gained more information than I had at the time of the hearing, I wish to clarify my comments regarding transparency with the Ministry of Justice (MoJ) on the interaction between Serco and Serco Geografix under the Electronic Monitoring contract. The transparency to which I referred related to the basis of the ownership relationship between Serco and Serco Geografix Ltd. rather than the transparency of Serco’s financial arrangements with Geografix, into which I have now initiated further investigation, about which I am informing both the MoJ and the relevant authorities\n\n"
 "Q74—Bid costs as percentage of contract value\n\n"
 "The average bid cost incurred by Serco as a percentage of revenue falls within the same 1% to 2% range cited by other witnesses in respect of their companies in the hearing.\n\n"
 "Q138—Risk transfer (Work Programme)\n\n"
 "Further to my answer to this question, I am able to supply some additional information. First of all, under all circumstances we retain the reputational risk of delivery—if our sub-contractors do not deliver it would be Serco’s responsibility to make good on our promises. Secondly, those organisations with which we sub-contract do bear a proportionate element of financial risk based upon their delivery against their contract with us. Nonetheless, our pricing mechanism within a Payment-by-Results contract, such as the Work Programme, is structured to assist providers (particularly the SMEs and VCS organisations within the supply chain) with cashflow and management of financial risk.",
 "support services/justice", "non-US", "regulatory,deal",
 "The page's heading line ('Public Accounts CommitteeWritten evidence from Serco') left out, its second part kept as title; the question headings kept as lines of their own; the page's first paragraph ends without a full stop (kept); cut before the cut-off 'The assistance is in many cases significant: ... when customers start t'. The page gives no date (`published` null): it follows the Committee's hearing of 20 November 2013 (session 2013-14, HC 777), so '20 November' stays unresolved. The witness who signs is not named in the excerpt.",
 "OPL", origin=O_PUB))
R.append(rec("hansard-written-answers-electronic-tagging-serco-g4s-contracts-2025",
 "https://www.parallelparliament.co.uk/writtenanswers/search?order_field=datenew&search_term=G4S+and+Serco+Contracts",
 "2025-06-02", "Electronic Tagging; G4S and Serco: Contracts", "House of Commons written questions and answer (Ministry of Justice)",
 "Written Question\nElectronic Tagging\nMonday 2nd June 2025\n\n"
 "Asked by: Bell Ribeiro-Addy (Labour - Clapham and Brixton Hill)\n\n"
 "Question to the Ministry of Justice:\n\n"
 "To ask the Secretary of State for Justice, whether her planned expansion of tagging capabilities will be managed under the current tagging contract.\n\n"
 "Answered by Nicholas Dakin - Government Whip, Lord Commissioner of HM Treasury\n\n"
 "The current contracts for the delivery of the electronic monitoring service have the capacity to manage the proposed increase in demand.\n\n"
 "The Procurement of Electronic Monitoring was conducted by the previous Government in 2023. It was conducted in line with Public Contracts Regulations 2015 and the Cabinet Office Sourcing Playbook (version May 2021) where all bids were fully and appropriately evaluated, including capacity, resulting in Serco being confirmed as the winning bid for the Field and Monitoring Service contract.\n\n"
 "The Public Contracts Regulations allow suppliers to be excluded from bidding for new contracts in certain circumstances, such as certain criminal offences and previous poor performance. Serco and Allied Universal (G4S) complied with all of the requirements and standards set out in legislation and on that basis, they were entitled to bid for this contract.\n\n"
 "Written Question\nG4S and Serco: Contracts\nMonday 2nd June 2025\n\n"
 "Asked by: Bell Ribeiro-Addy (Labour - Clapham and Brixton Hill)\n\n"
 "Question to the Ministry of Justice:\n\n"
 "To ask the Secretary of State for Justice, what due diligence was undertaken before reappointing Serco and G4S for electronic monitoring services.",
 "support services/justice", "non-US", "deal,regulatory",
 "parallelparliament search-page chrome (the search box help, 'View sample alert', the alerts line) left out; the two written questions kept with their own heading, date and 'Asked by' lines; the second question's 'Answered by' line and the cut-off start of its answer ('The ') left out, so the text ends with the second question. `published` is the day both questions are listed under.",
 "OPL", origin=O_PP))
# ---- Ireland: fibre joint venture -------------------------------------------------------------------------------
R.append(rec("oireachtas-committee-broadband-service-vodafone-esb-siro-joint-venture-2018",
 "https://www.kildarestreet.com/committees/?id=2018-06-12a.184",
 "2018-06-12", "Broadband Service Provision: Discussion", "Joint Committee on Communications, Climate Action and Environment, one contribution",
 "Mr. Liam O'Brien:\n\n"
 "To go back to what Mr. Barrins said at the start, we are speaking here about long-term investments in the market. Investments in fibre infrastructure for homes are not made for a small number of years, they are made for decades. What is important in that context is the fact that in making those investments, one looks into a market where one has confidence in the market, in the regulatory regime within the market, in the prices within the market, how the market will operate and evolve. When there is uncertainty as to how a market will evolve, when there are delays in market governance and reviews and when there is a regulator with limited powers who is unable to enforce compliance on other operators, it creates a drag on investment. Others would be less likely to invest. Notwithstanding that, Vodafone has created with the ESB a joint venture partner, which is separately a member of ALTO, called SIRO. Members might be familiar with it. As such, we are putting out money where our mouth is and not just standing on the sidelines throwing stones. SIRO is investing hundreds of millions of euro to bring fibre to homes in other parts of Ireland.\n\n"
 "Senator O'Reilly asked whether others would have done the deal on the 300,000 premises and as Mr. Lupton said, it is slightly more complex than that given the nature of the deal. However, others are investing. We are also investing in fibre to the home in the Irish market through our joint venture with SIRO. Wholesale competition is part of the answer here. It is a \"Yes\" on regulating incumbents to ensure they operate in a fair and compliant way but there is also an onus on industry and on us to be part of that solution. We feel the investments we are making are part of the solution.",
 "telecoms", "non-US", "deal",
 "kildarestreet chrome (site, date, committee and heading lines, the heading kept as title; the time line) left out; the witness's 'Mr. Liam O'Brien:' line kept (his title and company are not in the excerpt); cut before the cut-off 'While we are bringing money to the table,'. `published` is the sitting's day.",
 "OIR", origin=O_KS))
# ---- UK: aircraft carrier alliance ------------------------------------------------------------------------------
R.append(rec("hansard-written-answers-aircraft-carriers-bae-systems-thales-alliance-2004",
 "https://api.parliament.uk/historic-hansard/written_answers/2004/may/05/aircraft-carriers",
 "2004-05-05", "Aircraft Carriers", "House of Commons written answers",
 "Mr. Hoyle\n\n"
 "To ask the Secretary of State for Defence if he will make a statement on the benefits of full-sized aircraft carriers.\n\n"
 "Mr. Ingram\n\n"
 "The Strategic Defence Review concluded that the current Invincible class carriers should be replaced by two larger, more versatile, aircraft carriers capable of carrying a more powerful embarked air component. The carriers would have broad utility across a range of roles, consistent with the focus of maritime forces towards rapid deployment operations and wider power projection.\n\n"
 "Size is not, however, an end in itself and the Department has not sought to fix the dimensions of these new aircraft carriers during the Assessment Phase of the CVF project. Parameters such as the ships size will instead reflect the design needed to meet the level of capability sought. It is to be expected that the design, and therefore size, of the ships will evolve as the Department seeks to balance, in conjunction with industry, overall performance, time and cost as part of normal Assessment Phase activity.\n\n"
 "Mr. Nicholas Brown\n\n"
 "To ask the Secretary of State for Defence whether the BAE Systems and Thales partnership is still his preferred prime contractor for the aircraft carrier programme; what alternatives are under consideration; when the appointment will be confirmed; and if he will make a statement.\n\n"
 "Mr. Ingram\n\n"
 "As my right hon. Friend the Secretary of State for Defence Announced on 30 January 2003, the best means of delivering the carrier programme is via an alliance approach involving BAE Systems, Thales UK and the Ministry of Defence.\n\n"
 "The alliance approach remains the best way to deliver the programme within the time and cost parameters, and we continue to engage in discussions on the alliancing strategy to determine roles and responsibilities.",
 "defence/shipbuilding", "non-US", "deal",
 HHCHROME + " ('HC Deb 05 May 2004 vol 420 cc1513-5W', '[161245]', '[166013]'); the page's wording kept ('the ships size', 'Announced'); cut before the cut-off 'Ministers are currently considering proposals on the overall CVF programme, ... when to proceed to the Demonstration'. `published` is the answers' day.",
 "OPL"))
# ---- Ireland: Public Services Card producer ---------------------------------------------------------------------
R.append(rec("oireachtas-dail-written-answer-public-services-card-biometric-card-services-2017",
 "https://www.kildarestreet.com/wrans/?id=2017-09-11a.5258",
 "2017-09-11", "Public Services Card", "Dáil Éireann written answer (Questions 1932 and 1933)",
 "1932. To ask the Minister for Employment Affairs and Social Protection the terms of the contract to supply the public services card; the changes to this contract over time; the date for renewal of this contract; her plans in this regard; the company awarded this contract; the dataset provided to produce the cards; the jurisdiction in which they operate; and if she will make a statement on the matter.\n\n"
 "1933. To ask the Minister for Employment Affairs and Social Protection the estimated cost of producing public services cards within her Department; the business case for outsourcing their production; and if she will make a statement on the matter.\n\n"
 "I propose to take Questions Nos. 1932 and 1933 together.\n\n"
 "My Department (on behalf of the public service) entered into a contract for the production, personalisation and distribution of 3 million Public Services Cards (PSC) by the end of 2017. To date, over 2.8 million cards have been issued. As the initiative is demand-led, it isn’t possible to predict precisely when three million PSCs will be issued. The Department is considering a number of options for continued production of the PSC when the current contract expires at the end of this year.\n\n"
 "The contract was awarded to Biometric Card Services (BCS), an Irish registered company based in Co. Wicklow.",
 "government services/identity cards", "non-US", "deal",
 KSWRANS + " (Róisín Shortall, Regina Doherty; '[38978/17]', '[38979/17]'); cut before the cut-off 'It was a condition of award of the contract that all data ... on-site in Irel'. `published` is the answer's day.",
 "OIR", origin=O_KS))
# ---- Ireland: water meters and the water utility's parent --------------------------------------------------------
R.append(rec("oireachtas-dail-written-answer-water-meters-irish-water-bord-gais-subsidiary-2014",
 "https://www.oireachtas.ie/en/debates/question/2014-01-30/144/",
 "2014-01-30", "Water Meters Expenditure", "Dáil Éireann written answer (Question 144)",
 "144. Deputy Michael Healy-Rae asked the Minister for the Environment, Community and Local Government the amount that contractors appointed to install water meters in homes are being paid per meter; and if he will make a statement on the matter.\n\n"
 "The Programme for Government sets out a commitment to the introduction of water charges based on usage above a free allowance. The Government considers that charging based on usage is the fairest way to charge for water and it has, therefore, decided that water meters should be installed in households connected to public water supplies. The Water Services Act 2013 provided for the establishment of Irish Water as an independent subsidiary within the Bord Gáis Éireann Group and assigned the necessary powers to allow Irish Water to undertake the metering programme.  The current water meter installation programme commenced in August 2013 and the approved budget for the programme is €539 million (excluding VAT) which includes the supply of materials and the installation work by contractors operating in eight regions.\n\n"
 "Regional main contractors were appointed by Irish Water following a public tendering process. These contractors have responsibility for appointing sub-contractors who are responsible for recruiting suitably qualified staff to carry out the work. As part of their contract, details of the panel of subcontractors formed by my Department were provided to the regional main contractors.  The contractors may employ from that list, but are under no obligation to do so. The employment of subcontractors is a matter for each regional contractor. The management of the procurement process, including the payment structure to contractors, is a matter for Irish Water.",
 "water utility", "non-US", "regulatory",
 OIECHROME + " ('[4747/14]'); the page's double spaces after two sentences kept. The whole answer (`truncated` false). `published` is the answer's day.",
 "OIR", truncated=False))
# ---- Ireland: digital television networks and the public broadcaster ------------------------------------------
R.append(rec("oireachtas-dail-written-answer-digital-television-saorview-saorsat-rte-2014",
 "https://www.oireachtas.ie/en/debates/question/2014-04-01/329/",
 "2014-04-01", "Digital Television Services", "Dáil Éireann written answer (Question 329)",
 "329. Deputy Terence Flanagan asked the Minister for Communications, Energy and Natural Resources his views regarding the development of digital television services here over the past three years; the work that needs to be carried out to provide a range of services for viewers around the country; and if he will make a statement on the matter.\n\n"
 "The Broadcasting Act 2009 requires RTÉ to provide digital coverage to the same extent as provided over the previous analogue network, i.e. 98% population coverage, and I am advised by RTÉ that this level of coverage is being provided by the SAORVIEW digital terrestrial television (DTT) network which was launched on 26 May, 2011. For the remaining 2% of the population, RTÉ launched SAORSAT in March 2012. The development and provision of SAORSAT, which is a “free to air” satellite system providing access to the RTÉ channels and TG4, was undertaken by RTÉ on its own initiative and, as in the case of the SAORVIEW DTT network, is not a matter in which I have a function. It is technically and financially impossible to provide 100% coverage using a terrestrial TV network. However, through SAORVIEW and SAORSAT, Ireland now has 100% “free to air” coverage of the RTÉ channels and TG4 for the first time in the history of the State.\n\n"
 "I am satisfied that there is a greater breadth of services available under SAORVIEW than existed under the previous analogue service and I look forward to more services being made available on SAORVIEW in the future but this is primarily a matter for RTÉ which, in accordance with the relevant legislation, is responsible for the establishment, maintenance and operation of the DTT network.",
 "media/broadcasting", "non-US", "regulatory,product",
 "oireachtas.ie page (the store's copy starts at the date line): the date line, the asker's name line and the question reference ('[15072/14]') left out; the page has no heading line, the title is this batch's description of the answer. The whole answer (`truncated` false). `published` is the answer's day.",
 "OIR", truncated=False))
# ---- UK: an engineering group's takeover -------------------------------------------------------------------------
R.append(rec("hansard-commons-statement-gkn-melrose-takeover-offer-accepted-2018",
 "https://www.parallelparliament.co.uk/debate/commons/2018-04-24/debates/182BCB15-D87C-4C4B-8489-2D9F6E3F3F23/GKN",
 "2018-04-24", "GKN", "House of Commons statement",
 "The Secretary of State for Business, Energy and Industrial Strategy (Greg Clark)\n\n"
 "With your permission, Mr Speaker, I shall make a statement about the takeover bid by Melrose Industries plc for GKN plc. On 29 March, Melrose announced that holders of 52% of GKN shares had accepted its offer, and as of last Friday, the figure had reached 88.5%.\n\n"
 "As I informed the House on 27 March, the Enterprise Act 2002 sets out three circumstances in which a takeover can be referred to the Competition and Markets Authority on public interest grounds. They are financial stability, media plurality and national security. Any such reference must take place within four months of the completion of the transaction, and must result from a quasi-judicial decision, made impartially, on the basis of an open mind and solely on the evidence presented. No grounds were advanced for a reference on the grounds of media plurality or financial stability. To inform my decision on national security, I asked for a comprehensive assessment to be made by the Ministry of Defence and other bodies concerned with our national security.",
 "engineering/aerospace", "non-US", "deal,regulatory",
 "parallelparliament chrome (the date and '(N years ago)' lines, 'Commons Chamber', 'Read Hansard Text Read Debate Ministerial Extracts', the time '14:00', the photo word 'Portrait' with the name before it, and '- Hansard - - - Excerpts') left out; the Secretary of State's speaker line kept as the first line; cut before the paragraph on the Ministry of Defence's undertakings, cut off in the excerpt ('... specifically: to ensure that the Government are informed ... to ensure that t'). `published` is the sitting's day. Not the proposed-takeover texts batch 15d found unusable (a written answer and a Westminster Hall debate): here the offer has been accepted.",
 "OPL", origin="UK Parliament, Hansard via parallelparliament.co.uk (page store)"))
# ---- UK: the emergency services' radio network ----------------------------------------------------------------
R.append(rec("hansard-written-answer-emergency-services-network-airwave-motorola-extension-2017",
 "https://www.parallelparliament.co.uk/question/106960/emergency-services-network",
 "2017-10-20", "Emergency Services Network", "House of Commons written question and answer (Home Office)",
 "Question to the Home Office:\n\n"
 "To ask the Secretary of State for the Home Department, whether she plans to exercise the provision in the Airwave emergency services contracts to extend the contracts beyond the national shut down target date of 31 December 2019; and what estimate she has made of the monthly cost of exercising that provision.\n\n"
 "The new Emergency Services Network (ESN) will provide the dedicated teams who work so hard protecting the public and saving lives with the most advanced communications system of its kind anywhere in the world. There will be no risks with public safety and there will be no gap in the emergency services’ communications provision. It will ultimately be for the emergency services themselves to confirm they are content with the new ESN service, as the existing Airwave system will continue until transition on to the ESN is completed.\n\n"
 "The Airwave network will remain operational until the emergency services have transitioned to using the new Emergency Services Network.\n\n"
 "The current agreement with Motorola can be extended equally for a fixed price per region per month. The regional extension price enables the Government to only buy additional Airwave service for those regions requiring the service for longer. In terms of funding of future ASL contract extensions falling to the police service in England and Wales, these decisions will be subject to ministerial consideration at that time as part of the annual police finance settlement.\n\n"
 "In respect of costs to police forces I can confirm that the Home Office contributes 75% of the costs of setting up and operating the core network element of ESN to reflect the policing (England and Wales) share of the joint emergency service programme. This share of Core costs is met through a reallocation within the police funding settlement.",
 "telecoms/emergency communications", "non-US", "deal",
 "parallelparliament chrome (the heading, kept as title, '(asked on 10th October 2017) - View Source', 'Answered by', the minister's name and photo word 'Portrait' — so Nick Hurd is not named in the text — and 'This question was answered on 20th October 2017') left out; cut before the cut-off 'Po'. `published` is the answer's day (20 October 2017).",
 "OPL", origin="UK Parliament, Hansard written answers via parallelparliament.co.uk (page store)"))
R.append(rec("hansard-written-answer-emergency-services-mobile-radios-kbr-motorola-ee-airwave-2015",
 "https://parallelparliament.co.uk/writtenanswers/search?search_term=Emergency+Services+Network+Scotland&order_field=datenew&document_type=writtenanswers&page=4",
 "2015-12-09", "Emergency Services: Mobile Radios", "House of Lords written question and answer (Home Office)",
 "Written Question\nEmergency Services: Mobile Radios\nWednesday 9th December 2015\n\n"
 "Asked by: Lord Soames of Fletching (Conservative - Life peer)\n\n"
 "Question to the Home Office:\n\n"
 "To ask the Secretary of State for the Home Department, what progress her Department has made on the emergency services mobile communications programme.\n\n"
 "Answered by Mike Penning\n\n"
 "The purpose of the Emergency Services Mobile Communications Programme (ESMCP) is to deliver a mobile communications network for use principally by the Emergency Services - the Emergency Services Network (ESN). The ESN will deliver integrated critical voice and broadband data services to all three emergency services (3ES) and other users throughout England, Wales and Scotland. The aim is to provide a mobile communications network capable of providing the full coverage, resilience, security and public safety functionality required by the 3ES.\n\n"
 "The procurement of the ESN is divided in 3 main procurement lots supplemented by a number of related projects. The contract for Lot 1 - Delivery Partner was awarded to Kellogg Brown and Root in August 2015 . The Home Office announced it’s intention to award contracts to Motorola - Lot 2 User Services and EE Lot 3 Mobile Services on 13th November 2015. The procurement process was halted following a legal challenge by Airwave Solutions Limited, the incumbent supplier, on 23 November 2015, the last day of the 10 day standstill period. The Home Office submitted an application to lift the automatic suspension of the procurement and had been working with Counsel preparing for a hearing in the High Court on 8th and 9th Dec.",
 "telecoms/emergency communications", "non-US", "deal,regulatory",
 "parallelparliament search-page chrome (the search box help, 'View sample alert', the alerts line) left out; the written question kept with its heading, date and 'Asked by' lines; the page's wording kept ('in August 2015 .', 'it’s intention'); cut before the paragraph cut off in the excerpt ('On Saturday 5th December, the Home Office was info'). `published` is the day the page lists the question under.",
 "OPL", origin="UK Parliament, Hansard written answers via parallelparliament.co.uk (page store)"))
# ---- Ireland: health IT contracts ---------------------------------------------------------------------------------
R.append(rec("oireachtas-dail-written-answer-hse-isoft-contract-department-of-finance-2005",
 "https://www.kildarestreet.com/wrans/?id=2005-11-22.1320.0",
 "2005-11-22", "Consultancy Contracts", "Dáil Éireann written answer (Question 269)",
 "Question 269: To ask the Tánaiste and Minister for Health and Children the role played by her Department in relation to the conclusion of a contract between the Health Service Executive and iSOFT; and if she will make a statement on the matter.\n\n"
 "Under the Health Act 2004, expenditure on ICT is included in the Vote of the Health Service Executive, Vote 40. Such expenditure must be approved by the Department of Finance. The Health Service Executive approached the Department of Finance for approval with regard to an electronic patient information system earlier this year. As the original proposal for such a system had been made some years previously to my Department for a number of health boards and the proposal in 2005 was for the whole health system, my Department sought the advice of the Attorney General to ensure that the contract conformed to EU procurement rules and would withstand any legal challenge. The Attorney General was satisfied that the proposal conformed with EU procurement rules and had a sound legal basis.\n\n"
 "This information was conveyed to the Department of Finance by my Department on Friday, 29 April and I am advised that the Department of Finance gave oral approval to the proposed contract, subject to a number of conditions. I understand that the contract was signed the following day. The Department of the Taoiseach had no substantive involvement in the process. That Department, on request, did ask the Office of the Attorney General if the provision of the legal advice awaited by the Health Service Executive could be expedited.",
 "health IT", "non-US", "deal,regulatory",
 KSWRANS + " (Enda Kenny, Mary Harney; '[35553/05]'; the page's time line); cut before the cut-off 'At the time of making that request, it was not briefed on the specifics of the advice being sought or'. `published` is the answer's day.",
 "OIR", origin=O_KS))
R.append(rec("oireachtas-seanad-order-of-business-saolta-it-contract-northgate-2014",
 "https://www.kildarestreet.com/sendebates/?gid=2014-12-03a.70",
 "2014-12-03", "Order of Business", "Seanad Éireann debate, Order of Business, one contribution",
 "I am very happy to second Senator Crown's amendment. He has expressed the issue of urgency very clearly.\n\n"
 "Creidim féin gur chóir don Aire sinsireach teacht isteach, mar tá ceist tromchúiseach eile ardaithe anois faoi bhronnadh na gconarthaí le haghaidh seirbhísí a sholáthar do na hospidéal san iarthar. I would like the Minister for Health to come to the House himself, because I also want him to address the serious concerns that have been raised in the media, and by others, about the award of contracts for the provision of information technology services to the group of hospitals in the HSE north-west region, recently rebranded Saolta. The contract to provide these services was awarded to Northgate plc, a British company, and the value of the contract has not been disclosed by the HSE, but The Irish Timeshas reported that a senior member of management with Saolta was previously a consultant with that company. It is also clear from that The Irish Timesreport that Northgate was the only company invited to bid for this contract.\n\n"
 "We have a problem here which has arisen before in relation to this hospital group and the tendering for contracts. This hospital group includes - and Senator Ó Clochartaigh raised this previously - major hospitals in Donegal, Sligo, Mayo, Roscommon and Galway. Previously there was a contract for a report on the provision of maternity services. Again, only one body or group was invited to tender for it and that organisation had an association with the then chairman of the hospital group. It was on foot of that, it appears, that this chairman resigned.\n\n"
 "In order to maintain public confidence in the management of these major hospitals, the Minister for Health must address certain key questions in the House. What was the value of the contract for IT services?",
 "health IT", "non-US", "deal",
 "kildarestreet chrome (site, date, heading and time lines, the heading kept as title; the speaker line, so Rónán Mullen is not named in the text) left out; the page's run-together words kept ('The Irish Timeshas', 'The Irish Timesreport': the newspaper's name was set in italics); the Irish-language sentence kept; cut before the cut-off 'In light of that value, did the tendering processes follow correct'. `published` is the sitting's day.",
 "OIR", origin=O_KS))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
