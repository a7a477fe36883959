#!/usr/bin/env python3
"""Batch 11: outages and service disruptions at operators (banks, air traffic control, mobile networks, airport
power supply) from openly licensed parliamentary and government texts: UK Parliament (Hansard debates and committee
material, Open Parliament Licence v3.0), UK government statements (Open Government Licence v3.0, as reproduced by
wired-gov.net) and a Congressional Research Service Insight (public domain).
Every text is the search tool's page-store excerpt (first ~2,000 characters of the page), found with the `search`
tool (corpus `pages`); the queries are in GATHERING.md ("Batch 11"). Edits: page headers, speaker/metadata lines,
OCR masthead lines and a trailing cut-off sentence are left out; hard line wraps of two pages (CRS via HeinOnline,
a committee press release via parliamenttoday.com) are joined into paragraphs (whitespace only); no word is added
or changed. Each record's `notes` says what was left out.
usage: batch11.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all  # noqa: E402

POOL = sys.argv[1] if len(sys.argv) > 1 else "/work/corpus-work/pool"
OPL = "Open Parliament Licence v3.0"
OGL = "Open Government Licence v3.0"
PD = "public domain (US federal government work)"


def opl(what, url):
    return f"{what}. Contains Parliamentary information licensed under the Open Parliament Licence v3.0; text as at {url}"


def ogl(dept, title, date, url):
    return (f"{dept}, '{title}' ({date}), Crown copyright, contains public sector information licensed under the Open "
            f"Government Licence v3.0; text as reproduced at {url}")


def unwrap(s):
    """Join hard-wrapped lines inside paragraphs (paragraphs are separated by blank lines)."""
    return "\n\n".join(" ".join(l.strip() for l in p.splitlines() if l.strip()) for p in s.strip().split("\n\n"))


U_NATS1 = "https://www.wired-gov.net/wg/news.nsf/articles/statement+following+publication+of+nats+report+into+last+weeks+air+traffic+control+technical+failure+07092023121000?open"
U_NATS2 = "https://www.wired-gov.net/wg/news.nsf/articles/statement+following+transport+secretarys+latest+meeting+with+aviation+industry+on+air+traffic+control+disruption+04092023112000?open"
U_CRS = "http://heinonline.org/HOL/LandingPage?handle=hein.crs/govekgt0001&div=1&src=home"
U_O2 = "https://hansard.parliament.uk/Lords/2018-12-11/debates/E2C90898-113A-400C-9D9D-C131331927DB/details"
U_LNATS = "https://www.parallelparliament.co.uk/mp/lord-young-of-cookham/debate/Lords/2023-09-05/debates/C3506A6B-12B9-45C6-8575-B22EC1988FD8/NationalAirTrafficServicesOperationalFailure"
U_LHR = "https://parallelparliament.co.uk/debate/2025-03-24/commons/commons-chamber/disruption-at-heathrow"
U_BANKS = "https://www.parliamenttoday.com/members/viewnews.html?id=162031"
U_TSB = "https://committees.parliament.uk/oralevidence/7906/html/"

RECS = [
 dict(id="crs-faa-notam-system-troubled-2023", source=U_CRS, licence=PD,
      attribution="Congressional Research Service, 'Federal Aviation Administration's (FAA's) Troubled NOTAM System Has Been on Congress's Radar for Years', CRS Insight, January 17, 2023 (text as in HeinOnline's CRS collection, " + U_CRS + ")",
      published="2023-01-17", title="Federal Aviation Administration's (FAA's) Troubled NOTAM System Has Been on Congress's Radar for Years",
      sector="aviation / government IT", region="US", topics=["outage", "regulatory"], truncated=True,
      origin="Congressional Research Service via heinonline.org (search tool page store)",
      notes="HeinOnline landing-page text of the CRS Insight: landing-page header and the OCR'd masthead ('Congressional Research Service'), title and date lines left out (title and date kept in `title`/`published`); hard line wraps joined; cut at the last full sentence.",
      text=unwrap("""In the early morning of January 11, 2023, the Federal Aviation Administration's (FAA's) Notice to Air
Missions (NOTAM) system failed. The messages or NOTAMs disseminated by the system frequently are
referred to as Notices to Airmen. They convey critical flight safety information to pilots and aircraft
dispatchers. NOTAMs consist of information about the current conditions and hazards associated with
airports, airspace, navigational aids, and air traffic services. They include safety-critical details, such as
possible airport construction activity, and associated hazards, such as temporary cranes or other aerial
obstructions, possible runway closures, and outages of facilities and equipment used for inflight
navigation, communications, and aircraft tracking. The NOTAM system also conveys information about
temporary flight restrictions, including airspace restrictions imposed for national security reasons. This
information is pooled from a variety of sources, including FAA's flight data center, and airports and other
aviation facilities throughout the country.

Without access to these data, pilots, who are responsible for obtaining and analyzing all data relevant to a
planned flight, were unable to make informed safety decisions during the outage. With the system
unavailable for several hours, FAA imposed a ground stop halting most morning airline flights. The
NOTAM system was restored gradually over several hours, as the database of recently submitted notices
had to be reconstituted, and extensive flight delays continued throughout the day.

NOTAMs are disseminated in a variety of ways. They are directly accessible through the NOTAM
website.""")),
 dict(id="gov-uk-statement-nats-preliminary-report-atc-failure-2023", source=U_NATS1, licence=OGL,
      attribution=ogl("Department for Transport", "Statement following publication of NATS report into last week's air traffic control technical failure", "6 September 2023", U_NATS1),
      published="2023-09-07", title="Statement following publication of NATS report into last week's air traffic control technical failure",
      sector="aviation / air traffic control", region="non-US", topics=["outage", "regulatory"], truncated=False,
      origin="gov.uk press statement via wired-gov.net (search tool page store)",
      notes="The whole statement as stored; `published` is the wired-gov.net posting day in the page address (07092023), which the text's 'yesterday' refers to.",
      text="""Meeting between NATS, the CAA and the aviation industry will allow NATS to present their findings and consider initial feedback from airlines (06 September 2023).

Responding to the NATS preliminary report into the air traffic control technical failure on Monday 28 August 2023, Transport Secretary Mark Harper yesterday said:

I welcome NATS’ preliminary report outlining the facts of last week’s air traffic control technical failure – particularly the confirmation that there were no safety issues as a result. I also welcome the announcement from the Civil Aviation Authority (CAA) of an independent review to dig deeper into this event and understand whether there are any further steps to be taken to improve the resilience of the air traffic control system. Thousands of passengers faced disruption as a result of the failure, with over 1500 flights cancelled and hundreds more delayed. I once again want to echo NATS’s apology to those who were caught up in it, with a technical fix now identified to ensure that such an incident does not recur. I will chair a further meeting between NATS, the CAA and the aviation industry tomorrow (7 September 2023) to allow NATS to present its findings and consider initial feedback from airlines."""),
 dict(id="gov-uk-statement-transport-secretary-meeting-atc-disruption-2023", source=U_NATS2, licence=OGL,
      attribution=ogl("Department for Transport", "Statement following Transport Secretary’s latest meeting with aviation industry on air traffic control disruption", "4 September 2023", U_NATS2),
      published="2023-09-04", title="Statement following Transport Secretary’s latest meeting with aviation industry on air traffic control disruption",
      sector="aviation / air traffic control", region="non-US", topics=["outage", "regulatory"], truncated=True,
      origin="gov.uk press statement via wired-gov.net (search tool page store)",
      notes="First ~2,000 characters: the page's date line, department line and the heading (kept in `title`) left out; cut at the last full sentence.",
      text="""Transport Secretary met with aviation industry ahead of next week's NATS report into air traffic control failure.
The Transport Secretary Mark Harper recently (1 September 2023) chaired another meeting regarding last Monday’s air traffic control failure with NATS, the Civil Aviation Authority (CAA), airlines, airports, trade bodies and Border Force.
He thanked the sector for their work to get operations back to normal and fly affected passengers to their destinations following the incident.
He noted the failure came during one of the busiest weeks of the year for aviation and that airlines have taken every step possible to increase capacity where possible, including adding extra flights and putting on larger aircraft.
Speaking after the meeting, Transport Secretary Mark Harper recently said:
Airlines have reported that most customers affected by Monday’s air traffic control failure have reached their destinations and I’m grateful for the steps taken by the industry to help make this happen. The government continues to support those efforts in any way we can.
On Monday, the Civil Aviation Authority will receive NATS’ initial report into the incident, which the Aviation Minister and I will study with interest. Any next steps will be set out after the initial findings are published later in the week.
All parties are working hard to understand the incident and make sure passengers don’t face this kind of disruption again, and I will be supporting them in this effort.
NATS is currently undertaking a preliminary investigation into the technical failure."""),
 dict(id="hansard-commons-statement-disruption-at-heathrow-2025", source=U_LHR, licence=OPL,
      attribution=opl("Hansard, House of Commons, 'Disruption at Heathrow', ministerial statement by the Secretary of State for Transport, Monday 24 March 2025 (as reproduced by Parallel Parliament)", U_LHR),
      published="2025-03-24", title="Disruption at Heathrow", sector="aviation / energy", region="non-US", topics=["outage", "regulatory"],
      truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="First ~2,000 characters: the mirror's date/chamber lines, time stamp and speaker line ('The Secretary of State for Transport (Heidi Alexander)') left out; cut at the last full sentence.",
      text="""With permission, Mr Speaker, I wish to make a statement regarding the power outage, caused by a substation fire, that impacted on Heathrow airport operations on Friday 21 March.

I begin by acknowledging the disruption to everyone affected by this incident. Many homes, schools and businesses temporarily lost power, some families have had to evacuate their homes, and many thousands have had their travel plans impacted. I thank the firefighters and emergency responders who worked in difficult conditions to put the fire out, as well as Heathrow, the National Grid and all the other public services involved for working so hard to get power back on and people back travelling again. This was an unprecedented event, and we must learn any and all lessons we can to ensure that it does not recur.

Let me begin by setting out what we currently know about the cause of the incident. A large fire broke out at North Hyde substation at 11.30 pm on Thursday 20 March, and was brought under control the following day. Due to the impacts, Heathrow airport announced at 4.30 am on Friday that it would close until midnight that day. Power was restored to domestic customers in a matter of hours, after the operator of the local distribution network, Scottish and Southern Electricity Networks, redistributed power through other parts of the network.

By comparison, Heathrow is one of the country’s biggest consumers of electricity and requires as much power as a small city. What we know is that there was an unprecedented outage, and that it was not the result of a single point of failure on the electricity transmission or distribution system."""),
 dict(id="hansard-lords-mobile-networks-resilience-o2-2018", source=U_O2, licence=OPL,
      attribution=opl("Hansard, House of Lords, 'Mobile Networks: Resilience', volume 794, debated on Tuesday 11 December 2018", U_O2),
      published="2018-12-11", title="Mobile Networks: Resilience", sector="telecoms", region="non-US", topics=["outage", "regulatory"],
      truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the Hansard page: 'Skip to main content', the heading, volume/date line and 'Asked by' line left out (the stored page has no speakers' names); cut at the last full sentence.",
      text="""To ask Her Majesty’s Government what steps they will take to improve the resilience of United Kingdom mobile networks following the outage of O2’s services.

My Lords, I ought to declare a very small interest as a customer of O2 and, therefore, someone who is in line for a reimbursement of two days-worth of my monthly subscription.

There is a regular dialogue on interests of concern to both industry and Government. DCMS works closely with the telecoms sector on resilience issues via the Electronic Communications Resilience and Response Group, which leads on resilience activity and emergency response. The industry has a good track record of enhancing resilience, and we will be working closely with O2 and the wider sector to understand the causes of this incident and what lessons can be learned.

My Lords, I thank my noble friend for that encouraging Answer. He will be aware that O2 is not the only recent example of lack of systems resilience. Work undertaken by the Government in preparation for a possible hard Brexit has revealed that a very large proportion of British business is driving extremely close to the edge of chaos in terms of how little it would take to seriously disrupt their businesses and our lives. Will he encourage his colleagues to encourage businesses, once Brexit is past us, to maintain the provisions they are now making against possible difficulties, in the cause of our running a more resilient society than we apparently have been doing?

I assure my noble friend that my department, which is responsible for telecoms, will continue to work with the Electronic Communications Resilience and Response Group. By coincidence, there is a meeting of that group next week, from which we will find out exactly what happened with the O2 outage and the emergency response, which worked well."""),
 dict(id="hansard-lords-nats-operational-failure-2023", source=U_LNATS, licence=OPL,
      attribution=opl("Hansard, House of Lords, 'National Air Traffic Services: Operational Failure', Tuesday 5 September 2023 (as reproduced by Parallel Parliament)", U_LNATS),
      published="2023-09-05", title="National Air Traffic Services: Operational Failure", sector="aviation / air traffic control", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="First ~2,000 characters: the mirror's header, department and date lines, 'Asked by' and speaker/portrait lines left out; the excerpt ends after the second speech (a complete question).",
      text="""To ask His Majesty’s Government what assessment they have made of the case for making National Air Traffic Services liable to pay compensation to customers for operational failure.

My Lords, the Government deeply regret the recent NATS operational failure and its impact on airlines and their customers. The incident is being investigated and lessons will be learned. NATS has an outstanding aviation safety record and is regulated against service targets set by the Civil Aviation Authority. There are incentives for NATS linked to its performance; failure to reach target levels may incur penalties and reduce the charges paid by airlines.

My Lords, last week 2,000 flights were cancelled because of NATS’s inability to process flight plans, and a quarter of a million passengers were grounded. When airlines are responsible for delays, they must pay compensation to the passenger and pay for alternative flights, accommodation and food. When NATS is responsible for delays, no compensation is payable at all—and, worse, the airlines have to pick up the bill for alternative flights, food and accommodation, which, in this case, was £100 million. Both NATS and the airlines are commercial companies—NATS had a profit of £150 million last year—so is not the differential compensation between NATS, on the one hand, and airlines, on the other, wholly indefensible?"""),
 dict(id="uk-parliament-treasury-committee-letters-banks-it-failures-2025", source=U_BANKS, licence=OPL,
      attribution=opl("UK Parliament, Treasury Committee news release on letters to nine banks and building societies about IT failures after the Barclays outage (as reproduced by Parliament Today)", U_BANKS),
      published=None, title="Treasury Committee writes to banks about IT failures", sector="banking", region="non-US", topics=["outage", "regulatory"],
      truncated=True, origin="UK Parliament committee news via parliamenttoday.com (search tool page store)",
      notes="The mirror gives no date in the excerpt (`published` null; the title is ours, descriptive). Hard line wraps joined into paragraphs. The last paragraph, a quotation whose speaker's name is missing in the mirror ('Dame MP'), and the cut-off quotation after it are left out.",
      text="""The Treasury Committee has written to CEOs at nine banks and building societies to request information on the scale and impact of IT failures which have affected their businesses over the last two years.

The letters follow the recent outage at Barclays which led to some customers being unable to access certain services for up to three days from Friday 31 January - the HMRC self-assessment deadline and a common time for wages to be paid into personal accounts.

The Bank of England has previously outlined their view that, while one-off outages at a single firm are not necessarily a risk to the UK's financial stability, IT failures which affect a systemically important firm or multiple organisations at the same time could be.

MPs are asking firms for the number of instances and amount of time in hours each current account provider has suffered IT failures which prevented customers using their services.

The Committee is also seeking to collect data on the number of customers who have been affected and how much each firm has paid out in compensation to those affected. The reason for each outage has also been requested.

In the letter to Barclays, the Committee asks more detailed questions about the outage which began on Friday 31 January. These include how customer service teams responded to distressed consumers and what action the Board took to rectify the issue.

Bosses at Allied Irish Bank, Bank of Ireland, Barclays, Danske, HSBC, Lloyds Banking Group, Nationwide Building Society, NatWest Group and Santander have been asked to respond by Wednesday 26 February."""),
 dict(id="uk-parliament-treasury-committee-oral-evidence-tsb-2018", source=U_TSB, licence=OPL,
      attribution=opl("House of Commons Treasury Committee, Oral evidence: Service Disruption at TSB, HC 1009, Wednesday 2 May 2018", U_TSB),
      published="2018-05-02", title="Oral evidence: Service Disruption at TSB, HC 1009", sector="banking", region="non-US",
      topics=["outage", "leadership", "regulatory"], truncated=True, origin="committees.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the transcript: the image file name, committee name, heading, date, 'Ordered ... to be published', 'Watch the meeting', 'Questions 1 - 156', 'Examination of Witnesses' and the repeated 'Witnesses:' line left out; the 'Witnesses' list kept as one line ('Witnesses: ...' without the 'I:' numbering); cut at the last full sentence.",
      text="""Members present: Nicky Morgan (Chair); Rushanara Ali; Mr Simon Clarke; Charlie Elphicke; Stewart Hosie; John Mann.

Witnesses: Paul Pester, Chief Executive, TSB; Richard Meddings, Chairman, TSB; Miguel Montes, Chief Operating Officer, Sabadell Group.

Q1 Chair: Good afternoon. Thank you for being here this afternoon. We have a series of questions for you about recent events with TSB’s IT. People are watching online, so, in order to start the session, could I ask you all to introduce yourselves, please?

Richard Meddings: My name is Richard Meddings. I am the chairman of TSB.

Paul Pester: My name is Paul Pester and I am CEO of TSB Bank.

Miguel Montes: My name is Miguel Montes. I am the chief operating officer in Banco Sabadell and I am serving as a non-executive director on the TSB board

Q2 Chair: Thank you all for being here. TSB’s chief information officer, Carlos Abarca, said in December 2017 that after the IT migration TSB will be “a digital business that just happens to be a bank”. Digital banking is still down for many of your customers. Even those that log in are finding they cannot make paymentsAt the moment, TSB is neither a digital business nor a bank. It is a broken bank, is it not, Mr Pester?

Paul Pester: Let me start by apologising to our customers. Clearly, we have caused some serious disruption to our customers over the last 10 days, and for that we are truly sorry. You will be aware that the source of these issues was a migration that we did over the weekend of 21 April and 22 April."""),
]


def main():
    write_all(RECS, POOL)


if __name__ == "__main__":
    main()
