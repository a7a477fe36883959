#!/usr/bin/env python3
"""Batch 42c (session 43; gatherer lane 42c): two Voice of America staff stories from Japan and South Korea, 2003 — an
air traffic control centre's computer failure that cancelled and delayed flights across a country, with the transport
ministry's account of its cause; a conglomerate unit's chief who took his life while on trial over secret transfers,
with the unit's ventures in North Korea and the ministers and leaders named — the VOA business lane of sessions 39-43
(GATHER-VOA39.md), a round of session 43 after batches 41f, 41l and 41r, from VOA's own news pages on voanews.com (page
store, '/a/a-13-a-2003-...'):
- the Tokyo Air Traffic Control Center's computer malfunction of Saturday 1 March 2003, more than 200 flights
  cancelled and about 1,400 delayed, the Construction and Transport Ministry blaming the simultaneous failure of the
  primary and backup computers of the flight data processing system (VOA, 2 March 2003);
- Hyundai-Asan's chief Chung Mong-hun's death leap from Hyundai's headquarters in Seoul, the $100 million transfer to
  North Korea, former President Kim Dae-jung, North Korean leader Kim Jong-Il, Unification Minister Jeong Se-hyun, the
  Diamond Mountain resort (VOA, 4 August 2003).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voanews.com, embedded
here. Neither page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from
...'); both are taken as VOA staff stories, US government works (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's,
39j's, 40e's, 40i's, 41f's, 41l's and 41r's VOA items. Records built with write_pool.voa. Edits in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch42c.py [POOL_DIR] [--dry]   (default /tmp/gather43c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43c/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline and no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet, and no 'Some information for this report came from' "
           "line; it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, "
           "41l's and 41r's VOA items; the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts, GATHERING.md and "
           "/tmp/gather43*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- Japan: the Tokyo Air Traffic Control Center's computer failure (2 March 2003) --------------------------------
R.append(rec("voa-tokyo-air-traffic-control-computer-failure-flights-2003",
 "https://www.voanews.com/a/a-13-a-2003-03-02-9-computer-66311877/542858.html", "2003-03-02",
 "Computer Glitch Continues to Disrupt Japanese Aviation",
 "For the second day in a row Sunday, air travel in Japan is being disrupted. Chaos erupted at airports across the "
 "country after a computer glitch prompted the cancellation, postponement or delays of hundreds of flights.\n\n"
 "At airports all over Japan, passengers are hearing announcements of new flight delays.\n\n"
 "More than 200 flights have been canceled since a computer malfunction Saturday morning at the Tokyo Air Traffic "
 "Control Center. About 1,400 other flights were delayed for hours.\n\n"
 "On Sunday, airlines still were struggling to move planes and crews to clear up the backlog of stranded passengers. "
 "That was creating new delays for frustrated travelers.\n\n"
 "Officials of the Construction and Transport Ministry blame the mess on the simultaneous failure of the primary and "
 "backup computers for the flight data processing system. The system gathers and processes flight information from "
 "all of the nation's airports and sends it to four control centers around Japan.\n\n"
 "The problem was fixed within a few hours, but not before causing chaos to airline schedules.\n\n"
 "Airline executives say it is the first time such serious problems have been caused by a failure in the air traffic "
 "control system, although both computers did crash five years ago.\n\n"
 "The air traffic control center, where the computer failure occurred, manages 70 percent of Japanese airspace, "
 "including some of the flight paths over water.",
 "aviation", "aviation,outage,government",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-a-2003-03-02-9-computer-66311877/542858.html'; "
 "found with \"voanews 2007 All Nippon Airways computer system failure flights cancelled\", rank 6, and again at rank "
 "1 for a query of its heading and later words; no other copy came back). Cut: the chrome ('Accessibility links', "
 "'Breaking News'), the heading (kept as title 'Computer Glitch Continues to Disrupt Japanese Aviation'; the heading "
 "as held ends ' - 2003-03-02', the date, not kept in the title, as batches 41l's and 41r's). The excerpt ends on a "
 "whole sentence ('... including some of the flight paths over water.'); whether the page went on is not known, so "
 "`truncated` true (the store's excerpts are cut at about 2,000 characters). `published` from the address "
 "('a-13-a-2003-03-02'; a Sunday, as the text's 'For the second day in a row Sunday' agrees). Kept as written: "
 "'Construction and Transport Ministry', 'the flight data processing system', 'both computers did crash five years "
 "ago'. " + NO_WIRE + ". " + CHECKED + "'542858', 'a-13-a-2003-03-02', 'Tokyo Air Traffic', 'Construction and "
 "Transport Ministry' -> no file; 'flight data processing' -> two Hansard texts on UK air traffic failures (1996, 2000) "
 "and batches 14's and 38h's scripts (other events, by file name); 'air traffic control' -> UK, US and the 2015 VOA "
 "Leesburg texts (other events, by file name). The failure of 1 March 2003 is new to the corpus as far as file names "
 "show; none of the VOA stories of batches 38m-41r (ids and addresses checked) is of 2 March 2003.",
 True))

# ---- South Korea: Hyundai-Asan's chief Chung Mong-hun (4 August 2003) ----------------------------------------------
R.append(rec("voa-hyundai-asan-chung-mong-hun-suicide-north-korea-2003",
 "https://www.voanews.com/a/a-13-a-2003-08-04-29-hyundai/393948.html", "2003-08-04",
 "Hyundai Official Leaps to His Death",
 "Officials in Seoul say a top executive of a South Korean conglomerate in charge of joint ventures with communist "
 "North Korea committed suicide on Monday. The chief of Hyundai-Asan, Mr. Chung Mong-hun, was facing corruption and "
 "embezzlement charges.\n\n"
 "Police in Seoul say the 54-year-old executive jumped from the 12th story of Hyundai's headquarters in the center of "
 "the city. They say a janitor found his body in shrubbery near a parking lot four to five hours after his death "
 "leap.\n\n"
 "Mr. Chung was a son of the founder of the Hyundai conglomerate.\n\n"
 "Investigators say Mr. Chung, in several suicide notes, asked for forgiveness for what he called his foolish act. He "
 "urged that economic ventures with North Korea continue. He also reportedly requested his ashes be scattered over a "
 "scenic North Korean resort where Hyundai runs a money-losing tourism project.\n\n"
 "Hyundai-Asan has been accused of being a vehicle for transferring a $100 million to North Korea from the "
 "government of former South Korean President Kim Dae-jung. Mr. Chun was on trial on charges of manipulating company "
 "accounting records to hide the secret transfers and embezzling more than $12 million of company money to pay "
 "bribes.\n\n"
 "The money was allegedly used to persuade North Korean leader Kim Jong-Il to attend a historic inter-Korean summit "
 "three years ago.\n\n"
 "South Korean Unification Minister Jeong Se-hyun, in a domestic radio interview, says he does not think Mr. Chung's "
 "death will affect inter-Korean projects.\n\n"
 "Besides the troubled Diamond Mountain resort, Hyundai-Asan is building in North Korea an industrial park, "
 "cross-border roads and railways. The delay of the projects, due to political tensions, has put severe financial "
 "strains on the company.\n\n"
 "The family-controlled Hyundai company, which used to be South Korea's largest conglomerate, was divided into three "
 "sub-groups after the Asian financial crisis five years ago.",
 "conglomerates", "executives,corruption,north-korea",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-a-2003-08-04-29-hyundai/393948.html'; found with "
 "\"voanews 2003 Hyundai Asan chairman Chung Mong-hun death North Korea business\", rank 7; a query of its last words "
 "brought back no other copy). Cut: the chrome ('Accessibility links', 'Breaking News'), the heading (kept as title "
 "'Hyundai Official Leaps to His Death'; the heading as held ends ' - 2003-08-04', the date, not kept in the title). "
 "The excerpt (about 2,000 characters) breaks off after the first two words of the next sentence ('Mr. Chung'), cut: "
 "`truncated` true. `published` from the address ('a-13-a-2003-08-04'; a Monday, the day of the death told as 'on "
 "Monday'). Kept as written: 'Mr. Chun was on trial' (the page's misspelling of Chung), 'transferring a $100 million', "
 "'Kim Jong-Il', 'the 12th story'. " + NO_WIRE + ". " + CHECKED + "'393948', 'a-13-a-2003-08-04', 'Mong-hun', "
 "'Hyundai-Asan', 'Jeong Se-hyun', 'Diamond Mountain', 'Kim Dae-jung', 'Kim Jong-Il' -> no corpus file (GATHERING.md "
 "names 'Hyundai Asan and Chung Mong-hun (2003)' only among batch 41l's queries that brought back no VOA page); "
 "'Hyundai' -> train voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006 (batch 38's: the 2006 probe of "
 "Hyundai's executives, another event, by file name and GATHERING.md), a merger decision, Stellantis, US car sales and "
 "Boeing texts (other subjects, by file name). The death of 4 August 2003 is new to the corpus as far as file names "
 "show; none of the VOA stories of batches 38m-41r (ids and addresses checked) is of 4 August 2003.",
 True, region="non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
