#!/usr/bin/env python3
"""Batch 16a: outages and service disruptions (a cloud provider's and a hyperscaler's outages that hit government
services, a bank's internet-banking failures and a central bank's systems collapse, a prosecution service's case
management system outages told one by one, a parliamentary network's interruptions) and near-misses (records deleted
from a police database, slow ticket top-ups, incident records kept, no disruption to online services, fallback
provisions, power-cut resilience, counted partial outages), from openly licensed parliamentary records: the UK
Parliament (hansard.parliament.uk, historic Hansard on api.parliament.uk, parallelparliament.co.uk and
theyworkforyou.com copies of Hansard text) and the Houses of the Oireachtas (the kildarestreet.com mirror). Every text
is the search tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an
excerpt was cut it ends at the last full sentence kept (`truncated`). Licences as earlier batches checked them: UK
Parliament, Open Parliament Licence v3.0 (batches 10-15g); Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0
(batches 12, 15b-15g). Edits per item in `notes`: page chrome, portrait/photo lines, column and volume lines, question
references left out; no word added or changed.
usage: batch16a.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
PP = "https://parallelparliament.co.uk/"
HH = "https://api.parliament.uk/historic-hansard/"

ORIGINS = {"OIR": "Houses of the Oireachtas via kildarestreet.com (page store)",
           "OPL": "UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"}


def rec(*args, **kw):
    return public_record(ORIGINS, *args, **kw)


R = []
# ---- UK Parliament: outages ------------------------------------------------------------------------------------
R.append(rec("hansard-written-answers-microsoft-azure-aws-outages-government-services-2025", PP + "mp/ben-spencer/dept/DSIT/writtenanswers",
 None, "Written answers (DSIT): Microsoft Azure and Amazon Web Services outages", "House of Commons written answers (Department for Science, Innovation and Technology), Hansard text as reproduced by parallelparliament.co.uk",
 "Asked by: Ben Spencer (Conservative - Runnymede and Weybridge)\n\n"
 "Question to the Department for Science, Innovation & Technology:\n\n"
 "To ask the Secretary of State for Science, Innovation and Technology, whether (a) Government services and (b) critical national infrastructure faced disruption as a result of the Microsoft Azure outage on Wednesday 29 October 2025; and what estimate her Department has made of the cost to the economy of that service outage.\n\n"
 "Answered by Ian Murray - Minister of State (Department for Science, Innovation and Technology)\n\n"
 "The Department for Science, Innovation and Technology (DSIT) is leading Government’s response to the Microsoft Azure outage that took place on Wednesday 29 October 2025. We understand that all Azure services were restored on Wednesday evening, and DSIT is in contact with Microsoft to understand how such events can be mitigated in the future.\n\n"
 "DSIT has identified disruption to online Government services across several departments, which were restored within hours of the incident.\n\n"
 "We are not aware of any major disruption arising from this event affecting Critical National Infrastructure but will continue to work with relevant operators to understand the full impact.\n\n"
 "The outage affected a wide range of organisations across all sectors and it will take some time to fully understand the scale of the economic impact.\n\n"
 "Asked by: Ben Spencer (Conservative - Runnymede and Weybridge)\n\n"
 "Question to the Department for Science, Innovation & Technology:\n\n"
 "To ask the Secretary of State for Science, Innovation and Technology, what government services faced disruption as a result of the Amazon Web Services outage on Monday 20 October; and what assessment her Department plans to make of the cost to the economy of that service outage.",
 "tech/cloud", "mixed", "outage",
 "The first two written answers on parallelparliament's list of Ben Spencer's DSIT written answers; single line breaks of the page store doubled (whitespace only, as the corpus's other parallelparliament written answers); the second answer's 'Answered by' line and its cut-off first sentence ('Many government departments use AWS services, and we are aware that the Home Office, DVLA, DWP and HMRC all experienced impac...') left out. `published` null: the excerpt gives no question or answer date ('Monday 20 October' therefore has no year). The AWS outage of 20 October 2025 is also the subject of a Lords question in dev (hansard-lords-amazon-web-services-outage-2025); this is a different text, and the Azure outage of 29 October 2025 is new to the corpus.", "OPL"))
R.append(rec("hansard-lords-banks-internet-banking-hsbc-systems-failures-2016", PP + "mp/lord-ashton-of-hyde/debate/Lords/2016-02-01/debates/1602019000474/BanksInternetBanking",
 "2016-02-01", "Banks: Internet Banking", "House of Lords oral question (HM Treasury), Hansard text as reproduced by parallelparliament.co.uk",
 "To ask Her Majesty’s Government what assessment they have made of the number of failures of retail banks’ software systems to provide internet banking to customers.\n\n"
 "My Lords, it is the responsibility of firms to ensure the resilience of their IT systems. However, the financial authorities take the resilience of the sector seriously, which is why the Financial Conduct Authority and the Prudential Regulation Authority recently completed a technology resilience review of the largest UK retail deposit-taking firms. The review’s outcomes have not been published, but the authorities are developing work plans to ensure that further improvements are made to IT systems, and customers protected.\n\n"
 "Two years ago, the FCA said:\n\n"
 "“We want to make sure that the banks have resilient IT systems in place that are able to cope with consumer demand, so customers aren’t left financially stranded or disadvantaged”.\n\n"
 "It has not happened. HSBC alone had three systems failures in January, the latest last Friday, the most critical day of the month. Even the Bank of England systems collapsed at the end of 2014. Can the Minister say that the banks are devoting sufficient time and resource to long-term solutions and not just looking for an even more short-term patch? What assurance can he give that the FCA is really on top of all this?\n\n"
 "My Lords, it is true that there have been incidents, but none as serious as the one that occasioned the “Dear Chairman” review in 2012. Since then, they have not been as serious as that. I assure the noble Lord that the FCA and the PRA are taking this very seriously. They have initiated a second “Dear Chairman” exercise, which has sought to assess the improvements made since the first exercise and the extent to which good resilience practices are embedded with those firms.",
 "banking/finance", "non-US", "outage",
 "parallelparliament's page header lines ('Lord Ashton of Hyde', 'Main Page: Lord Ashton of Hyde (Non-affiliated - Excepted Hereditary)') left out, so no speaker is named in the text (the record's speaker labels are not in the excerpt); single line breaks doubled (whitespace only); cut before the cut-off 'The regulators are aware that firms are spending considerable amounts on their IT syst...'. `published` is the sitting's day (Monday 1 February 2016, from the page address).", "OPL"))
R.append(rec("hansard-written-answer-cps-case-management-system-outages-2023", PP + "question/200239/crown-prosecution-service-ict",
 "2023-10-17", "Crown Prosecution Service: ICT", "House of Commons written answer (Attorney General), Hansard text as reproduced by parallelparliament.co.uk",
 "Question to the Attorney General:\n\n"
 "To ask the Attorney General, if she will publish a list of the (a) dates when the case management system experienced its ten longest outages, (b) the number of hours the case management system could not be used on each date and (c) whether each outage was (i) planned or (ii) unplanned between 1 April and 30 September 2023.\n\n"
 "Planned outages are normally scheduled outside the CPS core working hours (Mon-Fri 7am to 7pm and Saturday 8am – 1pm) to minimise impact.\n\n"
 "The table below sets out:\n\n"
 "a) Days and dates when the case management system (CMS) experienced its ten longest outages;\n\n"
 "b) The number of hours the case management system could not be used on each date; and\n\n"
 "c) whether each outage was planned or unplanned.\n\n"
 "Outage Start\n\nOutage End\n\nDuration (Hrs/Mins)\n\nPlanned / Unplanned\n\n"
 "Sunday 23/04/2023 08:00\n\n23/04/2023 13:00\n\n05:00\n\nPlanned\n\n"
 "Tuesday 25/04/2023 19:15\n\n25/04/2023 23:30\n\n04:15\n\nPlanned\n\n"
 "Thursday 11/05/2023 19:00\n\n11/05/2023 20:00\n\n01:00\n\nUnplanned\n\n"
 "Wednesday 07/06/2023 19:15\n\n07/06/2023 20:45\n\n01:30\n\nPlanned\n\n"
 "Tuesday 27/06/2023 17:30\n\n27/06/2023 21:30\n\n04:00\n\nPlanned\n\n"
 "Tuesday 11/07/2023 19:15\n\n12/07/2023 00:15\n\n05:00\n\nPlanned\n\n"
 "Friday 04/08/2023 17:36\n\n04/08/2023 20:28\n\n02:52\n\nUnplanned\n\n"
 "Sunday 06/08/2023 08:00\n\n06/08/2023 13:30\n\n05:30\n\nPlanned\n\n"
 "Wednesday 16/08/2023 13:00\n\n16/08/2023 15:11\n\n02:11\n\nUnplanned\n\n"
 "Saturday 19/08/2023 14:00\n\n20/08/2023 19:00\n\n29:00\n\nPlanned",
 "government IT/justice", "non-US", "outage",
 "The heading (kept as title), '(asked on 19th September 2023) - View Source', the answerer lines ('Answered by', 'Michael Tomlinson Portrait', 'Michael Tomlinson', 'Minister of State (Minister for Illegal Migration)', 'This question was answered on 17th October 2023') and the site's trailing 'Reticulating Splines' left out; the answer's table kept cell by cell as the page store gives it (one cell a paragraph). `published` is the answer's date (17 October 2023, from the left-out answer line). The whole answer is kept (`truncated` false).", "OPL", truncated=False))
R.append(rec("hansard-written-answer-parliamentary-network-unplanned-interruptions-2001", HH + "written_answers/2001/jul/24/pdvn-unplanned-interruptions",
 "2001-07-24", "PDVN: Unplanned Interruptions", "House of Lords written answers (Chairman of Committees), historic Hansard",
 "Lord Elton\n\n"
 "asked the Chairman of Committees:\n\n"
 "On how many occasions in the 12 months to 30 June it was impossible for users of the Parliamentary Data and Video Network to establish remote access to the system.\n\n"
 "The Chairman of Committees\n\n"
 "The Parliamentary Communications Directorate (PCD) is responsible for the Parliamentary Data and Video Network (PDVN). PCD usually only record the details of network failures during normal working hours. In the year prior to 30 June 2001, the PDVN was recorded as being generally unavailable as a result of unplanned interruptions four times during normal working hours. One unplanned interruption was noted during a weekend.\n\n"
 "There were also five planned interruptions at weekends.\n\n"
 "PCD does not record problems experienced by individual users in accessing the network as an overall service interruption provided that the network is still accessible to other users.\n\n"
 "Lord Elton\n\n"
 "asked the Chairman of Committees:\n\n"
 "During the 12 months to 30 June what was the total number of hours during which it was impossible for users of the Parliamentary Data and Video Network to establish remote access to the system.\n\n"
 "The Chairman of Committees\n\n"
 "The unplanned interruptions for the year to 30 June 2001 resulted in a loss of eight hours during working days and 17 hours over one weekend. PCD does not record the hours of unavailability due to planned interruptions at weekends.",
 "government IT/parliament", "non-US", "outage",
 "The 'HL Deb 24 July 2001 vol 626 cc238-40WA' line, the question references '[HL565]' and '[HL566]' and the trailing 'Forward to' link left out; the record's speaker labels kept ('Lord Elton', 'The Chairman of Committees'). The whole item is kept (`truncated` false).", "OPL",
 truncated=False, origin="UK Parliament, historic Hansard on api.parliament.uk (page store)"))
# ---- UK Parliament: near-misses --------------------------------------------------------------------------------
R.append(rec("hansard-lords-police-national-computer-deleted-records-system-error-2021", PP + "lord/lord-rosser/debate/2021-01-19/lords/lords-chamber/police-national-computer",
 "2021-01-19", "Police National Computer (Statement)", "House of Lords debate on a Commons statement (Home Office), Hansard text as reproduced by parallelparliament.co.uk",
 "Lord Rosser (Lab) [V]\n\n"
 "I thank the noble Baroness the Minister for being here—unlike the Home Secretary yesterday in the Commons—as the senior government Minister in the Lords covering the Home Office, to be accountable to this House for the worrying events detailed in the Statement.\n\n"
 "The Statement says that it is estimated that up to some 400,000 offence, arrest and person records have, due to human error, inadvertently been deleted from the police national computer. There will be an internal investigation. Something described as human error can hide a multitude of failures covering, for example, inadequate training or supervision, previous warnings of the likelihood of an incident occurring being ignored, people working under pressure, out-of-date or unreliable equipment and lack of provision of readily available safeguards to override the consequences of human error—all factors for which responsibility should ultimately lie at the highest level within the department. Yet the Commons Minister yesterday stated:\n\n"
 "“Sadly, human error introduced into the code has led to this particular situation”.\n\n"
 "The Government appear to have already determined the outcome of the internal investigation. I therefore ask the noble Baroness, who speaks for the Government: why is this investigation not going to be independent and, secondly, will the full report of the investigation be placed before Parliament? Can the Government also say whether Statements would have even been made to Parliament if reports of this serious loss of data had not appeared in the media?\n\n"
 "The police national computer and the police national database are due to be replaced by the national law enforcement data programme.",
 "government IT/policing", "non-US", "outage",
 "Page chrome ('Police National Computer Debate', 'Full Debate: Read Full Debate', 'Department: Home Office', the date line, '(3 years, 10 months ago)', 'Lords Chamber', 'Read Full debate Read Hansard Text Read Debate Ministerial Extracts') and the portrait line left out; the speaker label kept as Hansard gives it ('Lord Rosser (Lab) [V]', without parallelparliament's '- Hansard - -'); cut before the cut-off 'However, the assessment by...'. Near-miss: records deleted by a code error; no service is said to have been lost.", "OPL"))
R.append(rec("hansard-written-answer-universal-credit-it-system-downtime-records-2017", "https://www.theyworkforyou.com/wrans/?id=2017-03-28.69485.h&s=speaker%3A10545",
 "2017-04-05", "Universal Credit: ICT (written answer)", "House of Commons written answer (Department for Work and Pensions), Hansard text as reproduced by theyworkforyou.com",
 "To ask the Secretary of State for Work and Pensions, what records his Department keeps of when the universal credit IT system is not functioning.\n\n"
 "The Department keeps records of all incidents where the UC IT system is not available for use, either by DWP staff or by customers where the services are delivered digitally. These records are held electronically in other systems specifically used to record and manage such incidents and provide information that allows the Department to track performance and continuously improve the quality of service it delivers.",
 "government IT/benefits", "non-US", "outage",
 "The page's header line ('Department for Work and Pensions written question – answered on 5th April 2017.') and theyworkforyou's voting and 'Would you like to ask a question like this yourself?' lines left out; the asker and answerer are not named in the excerpt. `published` is the answer's date from the left-out header. The title is ours. The whole answer is kept (`truncated` false). Near-miss: records of incidents kept, no outage told.", "OPL",
 truncated=False, origin="UK Parliament, Hansard text as reproduced by theyworkforyou.com (page store)"))
R.append(rec("hansard-written-answer-dvla-online-services-no-disruption-coronavirus-2020", "https://www.theyworkforyou.com/wrans/?id=2020-07-22.78722.h&p=25281",
 "2020-09-07", "Driver and Vehicle Licensing Agency: Coronavirus", "House of Commons written answer (Department for Transport), Hansard text as reproduced by theyworkforyou.com",
 "To ask the Secretary of State for Transport, what discussions he has had with the DVLA on the (a) disruption caused to their services and (b) steps being taken to resume services following the covid-19 outbreak.\n\n"
 "The Driver and Vehicle Licensing Agency (DVLA) has remained open throughout the pandemic and its online services have operated as normal. There has been no disruption to online services and there are no delays for applications made online.\n\n"
 "Paper applications must by their nature be dealt with onsite and the DVLA has reconfigured its office space to accommodate more operational staff within the two metre social distancing requirements in Wales.\n\n"
 "The DVLA has also accelerated the development of new online services to further reduce paper applications and has launched a publicity campaign to further encourage the use of online services. Ministers are regularly briefed on the latest position as it relates to the DVLA’s services.",
 "government services/transport", "non-US", "outage",
 "The heading (kept as title), the 'Department for Transport written question – answered at on 7 September 2020.' line, 'Alert me about debates like this', the photo/speaker lines ('Photo of John Nicolson John Nicolson Shadow SNP Spokesperson (Digital, Culture, Media and Sport)', 'Photo of Rachel Maclean Rachel Maclean Parliamentary Under-Secretary (Department for Transport)', so neither name is in the text) and theyworkforyou's voting lines left out. The whole answer is kept (`truncated` false). Near-miss: 'no disruption to online services'.", "OPL",
 truncated=False, origin="UK Parliament, Hansard text as reproduced by theyworkforyou.com (page store)"))
R.append(rec("hansard-written-answer-evisa-online-status-services-technical-issues", PP + "question/71650",
 None, "UK Visas and Immigration: eVisas (written answer)", "House of Commons written answer (Home Office), Hansard text as reproduced by parallelparliament.co.uk",
 "Question to the Home Office:\n\n"
 "To ask the Secretary of State for the Home Department, whether she has made an assessment of the potential merits of reviewing the UK Visas and Immigration account terms and conditions in relation to liability for losses arising from inability to access an eVisa.\n\n"
 "We are committed to ensuring that the transition to eVisas is as smooth as possible for all status holders. The Home Office has a robust support model in place to facilitate this transition.\n\n"
 "There is no plan to change the UKVI Account Terms & Conditions. We already operate a process of ex gratia payments where the Home Office is found to be at fault, and this will not change with the introduction of eVisas. Our online immigration status services are designed to be highly resilient, with rigorous testing and concurrent services in place to ensure efficiency. We consistently monitor our online services to resolve any issues as quickly as possible. Where technical issues do arise, there are fallback provisions in place to enable status to be confirmed through alternative means such as the Home Office’s dedicated UK Visas and Immigration Resolution Centre which can assist users who are experiencing technical issues and where necessary, enable a person’s status to be verified through alternative means.",
 "government services/immigration", "non-US", "outage",
 "Single line breaks doubled (whitespace only); cut before the answer's next part ('On sharecode reliability, ... in the following circumstances:'), whose list the page store lost. `published` null: the excerpt gives no date (the id therefore carries no year). The title is ours. Near-miss: resilience and fallback provisions, no outage told.", "OPL"))
R.append(rec("hansard-written-answer-telecommunications-power-failures-resilience-2024", PP + "mp/alistair-strathern/dept/DSIT/writtenanswers",
 "2024-11-18", "Telecommunications: Power Failures", "House of Commons written answer (Department for Science, Innovation and Technology), Hansard text as reproduced by parallelparliament.co.uk",
 "Asked by: Alistair Strathern (Labour - Hitchin)\n\n"
 "Question to the Department for Science, Innovation & Technology:\n\n"
 "To ask the Secretary of State for Science, Innovation and Technology, what assessment his Department has made of the adequacy of telecommunications systems resilience during power cuts.\n\n"
 "Answered by Chris Bryant - Minister of State (Department for Culture, Media and Sport)\n\n"
 "Government recognises the importance of the issue of power resilience for the sector. Whilst most power cuts are brief, we recognise the impact that they can have on the telephone network. We are working closely with the regulator, communications providers and the power sector to improve resilience and minimise disruption to the public and businesses as much as possible.\n\n"
 "Communications providers have statutory responsibilities to take all appropriate and proportionate steps to minimise disruption to services and must ensure at least one form of communication is available for contacting emergency services for a minimum of one hour during a power outage. On 6 September 2024, Ofcom published detailed resilience guidelines specifying the measures that providers are expected to meet throughout their networks, including resilience to power cuts, and set out the analysis they are completing to consider whether additional resilience is required for mobile services.",
 "telecoms", "non-US", "outage",
 "The first written answer on parallelparliament's list of Alistair Strathern's DSIT written answers: the site's search help and alert lines, 'Written Question' and the heading and date lines (kept as title and `published`, Monday 18 November 2024) left out; cut before the page's next item (a second question with the same heading). Near-miss: power-cut resilience in general, no outage told.", "OPL"))
R.append(rec("hansard-written-answer-parliament-ict-partial-outages-2009", "https://hansard.parliament.uk/Commons/2009-06-26/debates/09062662000041/ParliamentICT",
 "2009-06-26", "Parliament: ICT", "House of Commons written answer (House of Commons Commission), Hansard",
 "To ask the hon. Member for North Devon, representing the House of Commons Commission what progress the Commission has made in its review of the performance of parliamentary IT systems; and how many times House of Commons IT systems have been shut down in the last 12 months.\n\n"
 "The recommendations made in the Administration Committee’s report on Information and Communication Technology Services for Members (HC 498) are mostly completed. This has resulted in improvements being made to services and a clarification of the services offered.\n\n"
 "PICT’s major three year programme of infrastructure renewal began in April 2008 and remains on track. Renewal of the core services of e-mail and MS Office are due for completion by autumn 2009.\n\n"
 "The parliamentary IT systems have experienced partial outages on 10 occasions in the last 12 months, two of which were for upgrades to security patches.",
 "government IT/parliament", "non-US", "outage",
 "hansard.parliament.uk's 'Skip to main content' and 'Volume 494: debated on Friday 26 June 2009' lines (that date kept as `published`) and the question reference '(281773)' left out; the heading kept as title. The whole answer is kept (`truncated` false). Near-miss: partial outages counted ('on 10 occasions'), none told one by one.", "OPL",
 truncated=False, origin="UK Parliament, Hansard on hansard.parliament.uk (page store)"))
# ---- Houses of the Oireachtas: near-miss -----------------------------------------------------------------------
R.append(rec("oireachtas-dail-integrated-ticketing-online-top-up-system-problems-2012", "https://www.kildarestreet.com/debate/?id=2012-02-16.448.4",
 "2012-02-16", "Integrated ticketing (Dáil debate)", "Dáil Éireann debate",
 "My understanding is there has been a considerable number of complaints. The Minister of State will be aware of various media reports, both in print and on radio. As I understand it, many of the comments have mentioned an archaic and slow system. Many of the complaints relate to the online top-up system and fare issues. In spite of promises of an integrated system passengers are annoyed they cannot top up at railway stations as Iarnród Éireann does not provide a top-up facility. Although the cards can be topped up at the Luas ticket machines railway passengers must find a vendor in the proximity of train stations. That is not acceptable. In addition, a slow system does not allow online credit to be uploaded automatically and it can take in the region of 48 hours for credit to be ready for collection. This means some commuters must plan two days in advance. That is not adequate.\n\n"
 "My concern is there seems to have been a desire on the part of the Government to launch the product notwithstanding the delays that were there - much of them rightly to ensure many of the issues that arise now would have been tweaked and resolved. There was a desire, of both Department and Government, to rush to the market to achieve certain milestones within a set number of days in power. As a result damage has been done to the viability of the project and this has annoyed a good number of commuters.\n\n"
 "I look forward to the Minister of State giving an assurance to the House that the NTA, which I take it he identifies as the body responsible, will deal with this. Many of the photographs at the launch of the card did not include the chief executive of the NTA, but the Minister of State, and rightly so - we should take and accept political responsibility.",
 "transport/ticketing", "non-US", "outage",
 "Timmy Dooley's contribution (photo/speaker line 'Photo of Timmy Dooley Timmy Dooley (Clare, Fianna Fail)' left out, so his name is not in the text); the 'Dáil debates', date and time lines and the site's 'Comments / No comments / Log in or join to post a public comment.' lines left out. The title is ours from the subject (the card is not named in the excerpt). The whole contribution is kept (`truncated` false). Near-miss: a slow top-up system and complaints, no failure told.", "OIR",
 truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
