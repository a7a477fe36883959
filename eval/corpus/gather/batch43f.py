#!/usr/bin/env python3
"""Batch 43f (session 44, gatherer 43f): outages told in US federal public-domain texts from the FCC, a round of
session 44 in the FCC lane of batches 7, 16a, 16h, 18e, 22b, 33b, 36t, 37j, 37z and 39g, sent to FCC texts the corpus
does not hold (enforcement cases with a named carrier, PSHSB reports and notices, status reports on storms not held).
No FCC text tying an outage to a named carrier and new to the corpus came back from the page store (see the GATHERING
section's 'not used'); the two texts taken tell outages without an operator named:
  - Commissioner Jessica Rosenworcel's statement on the Notice of Proposed Rulemaking 'Improving the Resiliency of
    Mobile Communications Networks' (FCC 13-125, 26 September 2013; apps.fcc.gov plain-text attachment
    FCC-13-125A3.txt): Hurricane Sandy's power outages and one quarter of the wireless towers failed, Colorado's
    wireless network outages after the September 2013 rain, a fiber-optic cable cut that disrupted wireless service
    in New Jersey shore towns -- three storms/incidents the corpus has no text on;
  - the FCC's DIRS 'Communications Status Report for Areas Impacted by Public Safety Power Shutoffs' of 30 October
    2019 (a docslib.org copy of the FCC's report): DIRS active for 32 California counties during the power shutoffs,
    911 calls to the Fairfax Police Department rerouted to another PSAP (the format of batch 37z's Matthew report).
Texts are the search tool's page-store excerpts (corpus `pages`). The statement's header is left out and its 'Re:'
line kept (as batches 16a2 and 39g); the report's heading is left out (kept as `title`/`published`) and its map
captions cut; paragraphs split at the documents' own breaks (whitespace only); each text cut where the excerpt breaks
off. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch43f.py [POOL_DIR] [--dry]   (default /tmp/gather44f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44f/pool"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -l over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-44 pools /tmp/gather44a-e (about 40 minutes into the round): ")
R = []
# ---- Rosenworcel's statement on FCC 13-125 (Sandy, Colorado, New Jersey) ------------------------------------------
U1 = "https://apps.fcc.gov/edocs_public/attachmatch/FCC-13-125A3.txt"
R.append(federal(
 "us-fcc-rosenworcel-statement-mobile-network-resiliency-sandy-colorado-new-jersey-2013", U1, "2013-09-26",
 "Statement of Commissioner Jessica Rosenworcel Re: Improving the Resiliency of Mobile Communications Networks",
 "Re: Improving the Resiliency of Mobile Communications Networks; Reliability and Continuity of Communications "
 "Networks, Including Broadband Technologies, PS Docket 13-239, PS Docket No. 11-60, Notice of Proposed Rulemaking, "
 "FCC 13-125 (September 26, 2013)\n\n"
 "Last year, Hurricane Sandy ripped apart the East Coast. Our cities saw floods, coastal areas saw fires, and some "
 "communities were even waylaid by snow. Power outages were widespread. Across the affected areas, one quarter of "
 "our wireless towers failed. At the moment that so many of us needed to reach out, one of our major means of "
 "communications did not work.\n\n"
 "Earlier this month, rain pounded on the parched ground in Colorado. By the time it stopped, hundreds of road miles "
 "were washed out. Entire towns resembled lakes. At one point, 1200 people were not accounted for\u2014lost to "
 "family and friends. Local officials cited wireless network outages as a significant hurdle as they sought to "
 "locate survivors.\n\n"
 "Just last week in New Jersey, a fiber-optic cable cut disrupted wireless service in towns near the shore. "
 "Homeowners without traditional landlines found themselves unable to make calls, conduct business, and reach out "
 "to neighbors.\n\n"
 "In all of these events, we are grateful that carriers sought to fix what failed and get service up and running as "
 "soon as possible. But in disasters, days, minutes, and seconds count. While we can never make networks failproof, "
 "we should take smart steps to make sure that they are resilient.\n\n"
 "The object lessons from Hurricane Sandy, Colorado, and New Jersey that I just recounted are unlikely to be the "
 "only episodes where essential communications get cut in crisis. But I think we have had enough examples to know "
 "that we need an honest conversation about network resiliency in the digital age.\n\n"
 "As more consumers migrate from traditional landline services to new wireless and IP services, they benefit from "
 "the new functionalities they can provide.",
 "telecoms", "outage",
 "US Federal Communications Commission, Statement of Commissioner Jessica Rosenworcel, 'Re: Improving the "
 "Resiliency of Mobile Communications Networks; Reliability and Continuity of Communications Networks, Including "
 "Broadband Technologies', FCC 13-125 (September 26, 2013), US federal government work (public domain); text as the "
 "FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "apps.fcc.gov EDOCS attachment (search tool page store)",
 "A commissioner's statement on the FCC's Notice of Proposed Rulemaking on the resiliency of mobile networks "
 "(FCC 13-125), as the FCC's own plain-text attachment FCC-13-125A3.txt holds it. Left out: the header 'STATEMENT OF "
 "COMMISSIONER JESSICA ROSENWORCEL' (kept in `title`, as batches 16a2 and 39g left FCC statements' headers out); the "
 "'Re:' line kept as the first paragraph (as 16a2 and 39g). The text file's single block split into paragraphs at "
 "the statement's own topic breaks (the 'Re:' line; Sandy; Colorado; New Jersey; the lessons; the migration "
 "sentence; whitespace only); the em dash kept. Cut after '...the new functionalities they can provide.', before "
 "the next sentence, which the excerpt breaks off inside ('But un...'); `truncated`. `published` 2013-09-26, the date "
 "the 'Re:' line gives the item (the NPRM's meeting date; the statement was issued with it). 312 words. One text "
 "per event: Acting Chairwoman Clyburn's statement on the same NPRM (DOC-323498A2: Sandy's 25 percent of cell sites "
 "disabled) and Chairman Genachowski's Sandy statements (1 November 2012 and 5 February 2013, fcc.gov) left out "
 "(Sandy told here). Found with 'Statement of Commissioner Jessica Rosenworcel Superstorm Sandy field hearing "
 "Hoboken wireless outages' (rank 5). " + CHECK + "'13-125', 'Resiliency of Mobile', 'parched', 'waylaid', "
 "'Superstorm', 'Hoboken': 0 in the corpus files, the scripts and the pools ('Superstorm' only in GATHERING.md's "
 "batch 42d line: 'Hurricane Sandy' / 'Superstorm Sandy' 0 in the corpus); 'Sandy' only as other matters (a "
 "Wikinews charity story, a Boeing story, LILCO's Wikipedia page, an NPS Rita report: file names only); the train "
 "statement fcc-rosenworcel-statement-fiber-cut-outages-outage-reporting-rules (2016, batch 16a2) is another text "
 "on other fiber cuts (Northeast 2016, California, Miami, Flagstaff).", True))
# ---- DIRS status report, California Public Safety Power Shutoffs, 30 October 2019 --------------------------------
U2 = ("https://docslib.org/doc/9750618/communications-status-report-for-areas-impacted-by-california-public-safety-"
      "power-shutoffs-october-30-2019")
R.append(federal(
 "us-fcc-communications-status-report-california-power-shutoffs-2019", U2, "2019-10-30",
 "Communications Status Report for Areas Impacted by Public Safety Power Shutoffs",
 "The following is a report on the status of communications services in geographic areas impacted by the power "
 "shutoffs as of October 30, 2019 at 11:30 a.m. EDT. This report incorporates network outage data submitted by "
 "communications providers to the Federal Communications Commission\u2019s Disaster Information Reporting System "
 "(DIRS). DIRS is currently activated for 32 affected counties in California. Note that the operational status of "
 "communications services during the power shutoffs may evolve rapidly, and this report represents a snapshot in "
 "time.\n\n"
 "The following counties are in the current geographic area that is part of DIRS.\n\n"
 "California: Alpine, Amador, Butte, Calaveras, Contra Costa, El Dorado, Glenn, Humboldt, Kern, Lake, Los Angeles, "
 "Marin, Napa, Nevada, Orange, Placer, Riverside, San Bernardino, San Diego, San Mateo, Santa Barbara, Santa Clara, "
 "Santa Cruz, Shasta, Sierra, Solano, Sonoma, Tehama, Tuolumne, Ventura, Yolo, and Yuba.\n\n"
 "911 Services\n\n"
 "The Public Safety and Homeland Security Bureau (PSHSB) learns the status of each Public Safety Answering Point "
 "(PSAP) through the filings of 911 Service Providers in DIRS, reporting to the FCC\u2019s Public Safety Support "
 "Center, coordination with state 911 Administrators and, if necessary, direct contact with individual PSAPs.\n\n"
 "911 calls to Fairfax Police Department, CA have been rerouted to another PSAP with location information.\n\n"
 "Wireless Services\n\n"
 "The following section describes the status of wireless communications services and restoration in the affected "
 "area, including the percentage of cell sites out of service for each county.\n\n"
 "The following tables provide cell sites out of service by county.",
 "telecoms/911", "outage",
 "US Federal Communications Commission, 'Communications Status Report for Areas Impacted by Public Safety Power "
 "Shutoffs, October 30, 2019', US federal government work (public domain); text as docslib.org's copy of the FCC's "
 "report holds it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC report (search tool page store)",
 "The FCC's daily DIRS status report for 30 October 2019 on the California Public Safety Power Shutoffs, as a "
 "docslib.org copy holds its text (docslib adds no words in the kept part). Left out: the heading with its date "
 "('Communications Status Report for Areas Impacted by Public Safety Power Shutoffs October 30, 2019'; kept as "
 "`title` and `published`) and the two map and chart captions 'As prepared by the Federal Communications "
 "Commission: October 30, 2019 11:30 a.m. EDT' (one after the county list, one after the wireless section's first "
 "sentence; as batch 37z cut the Matthew report's map caption). Paragraphs as the copy breaks them; the section "
 "headings '911 Services' and 'Wireless Services', run by the copy into their first sentences, put on their own "
 "lines (as batch 39g; whitespace only). Cut after 'The following tables provide cell sites out of service by "
 "county.', before the sentence the excerpt breaks off inside ('The information shown was provided by the "
 "signatories to ...'); the tables with the percentages follow; `truncated`. 245 words. One text per event: the "
 "corpus has PG&E's shutoffs of October 2019 in a Wikinews story (test, wn-scheduled-power-outages-northern-"
 "california-begin-2019: the power cuts beginning, by its name) and a congressman's statement on potential shutoffs "
 "(test, by its name); this report tells the communications side (911 rerouting) of the late-October shutoffs "
 "and names no power company -- doubtful as a separate event (the lead may prefer to drop it if the Wikinews story "
 "covers the same days). Found with 'FCC statement California public safety power shutoffs wireless cell sites out "
 "of service PG&E October 2019 DIRS' (rank 1). " + CHECK + "'Power Shutoff' (the Wikinews story, a BPA release, the "
 "Harder statement: test, names only; batches 17a and 35s), 'Fairfax Police': 0; 'PSPS': a BPA release (test, "
 "name only), batch 35s.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
