#!/usr/bin/env python3
"""Batch 34l (session 35; helper gather35l): English Wikinews (CC BY 2.5) articles not used by any earlier batch,
read from the AMALGUM corpus (github.com/gucorpling/amalgum, older output folder `out/news/autogum_news_docNNN.xml`,
stored version 49e8fad, read with read_file), looked for as SERVICE OUTAGE stories.
How they were looked for: this lane was asked for Wikinews outage stories (power cuts, telephone or internet
failures, computer failures, websites down). The search tool's page store gave no en.wikinews.org article pages for
outage queries (only third-party news and list pages); the docs and code corpora gave none either. AMALGUM's
keyword-named folders were tried again by exact path with words earlier rounds had not tried (failure, disruption,
darkness, gmail, servers, phone, offline, substation, eskom, cables, connectivity, electric, lights, bandwidth,
users, customers, generators; in amalgum_extra: blackout, outage, power, internet, electricity, storm, supply,
ukraine, vodafone, venezuela; in amalgum: venezuela, vodafone, telstra, verizon, ukraine): only 'outlets' exists
(the White House's press-gaggle exclusions of February 2017, no outage). Then the unread `out/news` numbers that
batches 34c and 33c listed as left for later rounds were read whole: doc568, 614, 051, 260, 777, 687, 292, 365,
782, 484, 554, 216, 395, 468 (14), then a seeded draw over the numbers no file names (computed at 00:34 UTC from
GATHERING.md, the gather scripts, the notes, the split files and the session-35 pools: 142 free), random.Random(3412)
.sample(free, 8), its first six read (doc672, 348, 117, 472, 527, 298; 803 and 623 left unread). None of the 20
tells an outage in the strict sense; three were kept:
- doc782: protests over the closing of a Venezuelan TV station (RCTV, June 2007), in which opposition websites
  'have been down' for traffic or an alleged block by a telecom company — the one stated loss of a service found;
- doc687: US senators' bill to delay the analog-to-digital television switch-off (January 2009), a planned end of
  analog broadcasts not yet reached (a near-miss), with a broadcaster group's executive against the delay;
- doc672: a safety board blaming pilot error for a business jet crash (Gulfstream IV, 2014; report of September
  2015), with the jet's maker and the aviation regulator criticised and a newspaper owner among the dead (no outage).
Each text is the article body written out by hand from the XML: the headline and the date line (kept as
`published`) left out; image captions with their credits and section headings cut; paragraphs as the XML's <p>
elements; XML entities as their characters; link texts as they read; runs of spaces made one and spaces at a
paragraph's start or end dropped; no word added or changed (the articles' own slips kept).
usage: batch34l.py [POOL_DIR] [--dry]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import amalgum
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35l/pool"
W = "https://en.wikinews.org/wiki/"
C = "Read from AMALGUM out/news/autogum_news_{} (commit 49e8fad) with read_file. "

RCTV = """Protests continue in Venezuela over the Sunday closing of Radio Caracas Television (RCTV), the country's oldest and most popular TV station.

Hugo Chavez's reasons for not renewing the TV station's broadcasting license include RCTV's support of a coup d'état attempt in 2002. RCTV was not the only media station to support the coup but, they have been closed because many say that they are the most significant TV station of the opposition. Venevision which supported the coup at the time has recently had its license renewed for 5 more years, which many say is due for their change in their editorial stance.

Protests began with opposition marches over the weekend. Shortly after the closing of RCTV, large student demonstrations appeared throughout the capital city of Caracas. The protests have continued all week and have spread throughout the country. Most of the student protests have originated from universities which are not aligned with Chavez; he says that the students do not like the public universities that threaten and compete with the non-aligned schools.

Protesters threw rocks at police officers, who have responded with rubber bullets and tear gas. Some protesters were arrested, and many were injured. Most were students.

Spontaneous rallies by government supporters have also appeared, supporting Hugo Chavez's decision. These protests were not the same size as some of the student protests. The police and national guard have been working to make sure that these opposing groups do not clash together.

Many websites related to the opposition have been down due to either high internet traffic or, theoretically, because CanTV; a large Venezuelan Telecommunications company, will not allow access to these websites in Venezuela. There is not much evidence for the supposed intervention by CanTV and is not much more than speculation at this point. Nonetheless, many websites and blogs have reported such incidents.

Chavez has repeatedly stated that the protests are organized by opposition forces wishing to destabilize the government much like the coup d'état attempt that took place five years earlier.

Hugo Chávez has also repeatedly threatened the TV station Globovisión, which is the only significant opposition voice on television. Chavez claims that they encouraged his assassination and also helped the effort to unseat him during the 2002 coup d'état attempt.

The closure of RCTV has been condemned in the United States and the European Union. The U.S Senate has passed a resolution expressing "profound concern of the Senate regarding the transgression and freedom of thought and expression that is being carried out in Venezuela."

U.S House Speaker Nancy Pelosi has made this statement about the incident: "President Chavez should know that efforts to suppress the media will not only ultimately fail, but are also a detriment to one of the pillars of democracy: freedom of expression." Pelosi also said in a statement Wednesday in Washington. "He should reconsider this ill-advised decision."

The press freedom advocacy group Reporters Without Borders called the closure "a serious violation of freedom of expression and a major setback to democracy and pluralism," and urged the international community to rally in defence of press freedom.

Much like the French protests last year, students are using technology to their advantage; cell phones to communicate and video from phones is being broadcast on YouTube and other video sharing websites. Videos that have been uploaded to YouTube are considered to be the most graphic, as television stations in Venezuela fear repercussion if they broadcast the footage."""

DTV = """One month from the February 17 scheduled transition from analog to digital television broadcast in the United States, members of the United States Senate have introduced a bill that would push back the transition four months later, to June 12. This is due to concerns raised about the government's subsidy program for digital TV receiver boxes, which has run out of money with over 1 million televisions in the United States still running on analog.

"In Minnesota, more than 21% of our households depend exclusively on over-the-air broadcast TV. While the digital TV transition should happen, this delay is necessary to make up for the lack of preparation on the part of the current administration. Unfortunately, after guarantees that the Bush administration would adequately prepare and protect consumers, only in the last few days have they revealed that funding has run out— just weeks before the plug is pulled on analog TV." said US Senator Amy Klobuchar, from Minnesota.

Senator Jay Rockefeller, from the state of West Virginia, also led the charge for the bill to be passed. He said in a statement to the media, "Over 2 million Americans are waiting to receive a coupon to help them offset the cost of equipment that will help them manage the transition. Millions more don't have the proper information they need." He also had a concern that “...because this transition is going to hit our most vulnerable citizens — the poor, the elderly, the disabled, and those with language barriers — the hardest." This call by Senators has also earned the support of president-elect Barack Obama, who will be inaugurated on Tuesday.

The government's subsidy program was set up to provide millions of $40 digital converter boxes to people who could not afford to buy a new television or upgrade to satellite or cable transmission. Many people complained that when they received their coupons, they were not able to use them as they had already expired. Currently, approximately 2 million Americans are on a waiting list to receive coupons for these digital converter boxes.

Although members in the Senate as well as the president-elect support this idea, many television stations do not. Nat Ostroff, part of the Sinclair Broadcast Group which owns nearly 60 television stations, says that many stations had used a large sum of money to prepare for the transition to digital broadcast and would lose funds if the delay was passed. "A delay would not be welcome for the broadcast stations themselves," he said, "The sooner we can turn one of them off, in these hard times, the happier everyone would be.\""""

JET = """The US federal National Transportation Safety Board (NTSB) yesterday concluded a "series of errors" by flight crew caused a business jet crash near Boston, Massachusetts last year. Seven were killed when the Gulfstream IV overran a runway.

The NTSB found the pilots failed to conduct preflight checks, mistakenly took off with flight control systems locked in position, and then failed to abort takeoff until too late. Manufacturer Gulfstream was criticised for an inadequate safety system; the US Federal Aviation Administration (FAA) was accused of failing to properly check the system before certifying the aircraft.

On the evening of May 31 the passengers and crew were returning from Hanscom Field to Atlanta International Airport. Pilot Bauke "Mike" de Vries and co-pilot James McDowell each had thousands of hours' experience, and had flown together for years. They skipped over preflight checks; the NTSB found this was routine for the pair.

The plane set off with the gust lock engaged. This system, which is intended to be disconnected before engine startup, locks various flight control surfaces in position on the ground. Unable to takeoff, it overshot the runway, crashing through airport equipment and a fence, before landing in a watery ravine and bursting into flames. Nobody survived.

De Vries says several times "lock is on" on the voice recording, adding "I can't stop it" moments before the crash. Gulfstream had installed a mechanism to prevent the throttle fully moving when gust lock was engaged, to give pilots a clear early warning something was amiss.

The NTSB found the throttle could still be pushed far enough to reach takeoff speed. The FAA had certified the system based on technical drawings. The NTSB said the FAA process was "inadequate" because there were no "engineering certification tests or analysis[...] to verify that the system had met its regulatory requirements." Gulfstream say they are working with the FAA to rectify the issue.

The NTSB says it took ten seconds from noticing the problem before the crew began braking and another four seconds to power down the engines. The NTSB believes doing both within eleven seconds would have brought the flight to a halt on the runway.

The lock was applied upon landing six hours earlier. The flight was carrying four passengers, including entrepreneur and philanthropist Lewis Katz, back from a fundraiser. The seventh fatality was a flight attendant. Katz had co-engineered an $88 million takeover deal for the Philadelphia Inquirer four days earlier.

The Katz family later sold his stake in the paper to a business partner. Katz had hoped to boost the paper's reputation.

"Complacency does not have a place in the cockpit of any aircraft", NTSB Vice Chairman Bella Dinh-Zarr said. The probe found skipped checks on 98% of the prior 175 flights the pilots undertook together. "If you're acting that way, you are just fooling yourself," said NTSB member Robert Sumwalt, who has 32 years of commercial flight experience."""

ITEMS = [
 ("autogum_news_doc782", "Venezuelan protests continue over closure of RCTV",
  W + "Venezuelan_protests_continue_over_closure_of_RCTV", "2007-06-01", "media/telecom", "non-US", "outage",
  RCTV,
  C.format("doc782.xml") + "AMALGUM dateCreated 2007-06-01, the date line 'Friday, June 1, 2007' kept as "
  "`published`. The three section headings ('The protests', \"Chavez's statements\", 'Reactions') cut; runs of two "
  "spaces made one (five places) and spaces at paragraphs' ends dropped; the italics of Pelosi's quotations dropped "
  "with their words kept; the article's own wording kept ('coup but, they', 'CanTV;', 'U.S Senate', 'U.S House', "
  "'Chavez' beside 'Chávez'). A TV station closed by the government's licence decision (no outage by GUIDELINES), "
  "opposition websites down for traffic or an alleged telecom block (annotated as an outage with no provider), a "
  "second broadcaster threatened, the US Senate, a House speaker, a press freedom group, a video site."),
 ("autogum_news_doc687", "US Senators push for DTV delay", W + "US_Senators_push_for_DTV_delay", "2009-01-19",
  "media/broadcasting", "US", "near-miss", DTV,
  C.format("doc687.xml") + "AMALGUM dateCreated 2009-01-17, the date line 'Monday, January 19, 2009' kept as "
  "`published`. One image caption ('An old analog television, scheduled to stop working after the Feb. 17 digital "
  "transition.Image: Hana Kirana.') cut; a run of spaces at the end of the last paragraph and spaces at "
  "paragraphs' ends dropped; the article's own wording and quotation marks kept ('run out— just', '.\" said', the "
  "typographic opening quote before '...because'). A bill to delay the US switch-off of analog television "
  "broadcasts (a planned end of a service, not reached: a near-miss), two senators, a president-elect, a "
  "broadcaster group's man against the delay."),
 ("autogum_news_doc672", "Investigators blame pilot error for deadly jet crash near Boston",
  W + "Investigators_blame_pilot_error_for_deadly_jet_crash_near_Boston", "2015-09-10", "aviation", "US",
  "near-miss", JET,
  C.format("doc672.xml") + "AMALGUM dateCreated 2015-09-10, the date line 'Thursday, September 10, 2015' kept as "
  "`published`. The pull quote with its attribution ('I can't stop it' / '—Pilot de Vries, seconds from impact'; "
  "the words stay in their paragraph) and one image caption ('A US Government Gulstream IV, from file.Image: US "
  "National Oceanic and Atmospheric Administration.') cut; the link text '$' written as it reads ('$88 million'); "
  "the article's own wording kept ('Unable to takeoff', 'Gulfstream say', 'analysis[...]'). A safety board's "
  "finding on a business jet crash, its maker and the aviation regulator criticised, a newspaper owner among the "
  "dead, a board vice chairman and a board member; a physical accident, no outage (a near-miss for this lane)."),
]


def main():
    return [amalgum.record(*x) for x in ITEMS]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
