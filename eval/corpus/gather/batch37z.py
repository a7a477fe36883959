#!/usr/bin/env python3
"""Batch 37z (session 38, sixth round, helper gather38z): 911 and telecom network outages told in US federal
public-domain texts, the federal lane of batches 36b/36i/36r/36u/37j. The brief's lead (the FCC's own notices of
13 and 21 June 2023 on the ULS/TCNS/E-106/ASR outage) is held in the page store only in law-firm and trade copies, and
the FCC enforcement orders and consent decrees on 911 outages that the store returns are all in the corpus already,
so this round takes the Public Safety and Homeland Security Bureau's Disaster Information Reporting System (DIRS)
texts on three hurricanes the corpus has no text on -- two daily status reports, the format batch 36's Hurricane Ian
report used, and one near-miss:
  - Hurricane Idalia, the report of 2 September 2023 (docs.fcc.gov plain-text attachment): no PSAP affected in the
    thirteen Florida counties still in DIRS, 4.1% of Florida's cell sites out of service;
  - Hurricane Matthew, the report of 8 October 2016 (a docslib.org copy of the FCC's PDF): no PSAP down that has not
    had calls rerouted, the Bulloch County, Georgia PSAP rerouted to an adjacent PSAP;
  - Hurricane Florence, public notice DA 18-968 of 19 September 2018 (docs.fcc.gov plain-text attachment): DIRS
    deactivated at FEMA's request for the storm's counties in Georgia, South Carolina and Virginia (a near-miss: a
    reporting system stood down, no service lost told).
Texts are the search tool's page-store excerpts (corpus `pages`). The report heading with its date is left out (kept
as `title` and `published`); map and chart captions are left out; the text files' single blocks split into paragraphs
at the reports' own section breaks (whitespace only); each text cut where the prose gives way to a table or where the
excerpt ends. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch37z.py [POOL_DIR] [--dry]   (default /tmp/gather38z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38z/pool"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -l over train, dev and "
         "test: names of matching files only, no test file's text read), GATHERING.md, every gather script and the "
         "session-38 pools /tmp/gather38a-y (about 09:02 UTC): ")
R = []
# ---- Hurricane Idalia, DIRS status report of 2 September 2023 -----------------------------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DOC-396613A1.txt"
R.append(federal(
 "us-fcc-communications-status-report-hurricane-idalia-2023", U1, "2023-09-02",
 "Communications Status Report for Areas Impacted by Hurricane Idalia",
 "The following is a report on the status of communications services in geographic areas impacted by Hurricane "
 "Idalia as of September 2, 2023, at 12:00 p.m. (EDT). This report incorporates network outage data submitted by "
 "communications providers to the Federal Communications Commission (FCC) Disaster Information Reporting System "
 "(DIRS). Note that the operational status of communications services during an event may evolve rapidly, and "
 "this report represents a snapshot in time. The following counties in Florida are in the current geographic area "
 "that is part of DIRS (the \u201cdisaster area\u201d) for today\u2019s report.\n\n"
 "FLORIDA: Alachua, Baker, Bradford, Columbia, Dixie, Gilchrist, Hamilton, Jefferson, Lafayette, Levy, Madison, "
 "Suwannee, and Union.\n\n"
 "911 Services\n\n"
 "The Public Safety and Homeland Security Bureau (PSHSB) learns the status of each Public Safety Answering Point "
 "(PSAP) through the filings of 911 Service Providers in DIRS, reporting to the FCC\u2019s Public Safety Support "
 "Center, coordination with state 911 Administrators, and, if necessary, direct contact with individual PSAPs.\n\n"
 "Florida: There are no PSAPs reported as being affected in the disaster area. The following chart shows trends in "
 "the number of PSAPs affected:\n\n"
 "Wireless Services\n\n"
 "The current status of wireless communications services is shown by the following chart and map. The following "
 "tables provide cell sites out of service by state and county. The information shown was provided by "
 "communications carriers providing services in Florida. 4.1% of cell sites in Florida are out of service. The "
 "number of total cell sites out may differ from the sum of numbers of cell sites out by cause. This is due to "
 "sites being out due to multiple causes or because providers are still assessing the causes of some sites being "
 "out of service.",
 "telecoms/911", "outage",
 "US Federal Communications Commission, 'Communications Status Report for Areas Impacted by Hurricane Idalia, "
 "September 2, 2023', US federal government work (public domain); text as docs.fcc.gov's plain-text attachment "
 "holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov (search tool page store)",
 "The FCC's daily DIRS status report for 2 September 2023 (docs.fcc.gov text version). Left out: the heading with its "
 "date (kept as `title` and `published`) and the map caption 'Affected Counties' after the county list. The text "
 "file's single block split into paragraphs at the report's own section breaks (whitespace only); the section "
 "headings '911 Services' and 'Wireless Services' kept as their own lines. The sentences that point to a chart, a "
 "map and tables the text file does not hold are kept as written. Cut after '...some sites being out of service.', "
 "before the first table ('Florida State Affected Counties Cell Sites Served Cell Sites Out Percent Out ...'), whose "
 "cells the text file runs together (`truncated`; the report's cable and wireline and broadcast sections follow it). "
 "279 words. One text per event: the reports of 30 August and other days, the TV Technology and "
 "Wireless Estimator articles on them left out. Found with 'Communications Status Report for Areas Impacted by "
 "Hurricane Florence Idalia Sally Zeta docs.fcc.gov cable and wireline subscribers out of service' (rank 1). "
 + CHECK + "'Idalia': 0 in GATHERING.md except two lists of status reports looked at and not used in earlier "
 "rounds; 0 in the corpus files, the scripts and the pools.", True))
# ---- Hurricane Matthew, DIRS status report of 8 October 2016 ------------------------------------------------------
U2 = "https://docslib.org/doc/5302065/communications-status-report-for-areas-impacted-by-hurricane-matthew"
R.append(federal(
 "us-fcc-communications-status-report-hurricane-matthew-2016", U2, "2016-10-08",
 "Communications Status Report for Areas Impacted by Hurricane Matthew",
 "The following is a report on the status of communications services in geographic areas impacted by Hurricane "
 "Matthew as of October 8, 2016 at 11:00 a.m. EST. This report incorporates network outage data submitted by "
 "communications providers to the Federal Communications Commission\u2019s Disaster Information Reporting System "
 "(DIRS). The operational status of communications services during a disaster may evolve rapidly, and this report "
 "represents a snapshot in time. The following 39 counties are in the geographic area impacted by Hurricane "
 "Matthew (the \u201cdisaster area\u201d):\n\n"
 "Florida: Brevard, Broward, Clay, Collier, Duval, Flagler, Glades, Hendry, Highlands, Indian River, Lake, Marion, "
 "Martin, Miami-Dade, Monroe, Nassau, Okeechobee, Orange, Osceola, Palm Beach, Polk, Putnam, Saint Johns, Saint "
 "Lucie, Seminole, Volusia\n\n"
 "Georgia: Bryan, Camden, Chatham, Glynn, Liberty, McIntosh\n\n"
 "South Carolina: Beaufort, Berkeley, Charleston, Colleton, Dorchester, Georgetown, Jasper\n\n"
 "911 Services\n\n"
 "The Public Safety and Homeland Security Bureau (PSHSB) learns the status of each Public Safety Answering Point "
 "(PSAP) through the filings of 911 Service Providers in the Disaster Information Reporting System (DIRS), through "
 "reporting done to the FCC\u2019s Public Safety Support Center (PSSC), coordination with state 911 Administrators "
 "and, if necessary, individual PSAPs. There are no PSAPs down that have not had calls rerouted. The Bulloch "
 "County, Georgia PSAP has been rerouted to an adjacent PSAP (no call loss reported).",
 "telecoms/911", "outage",
 "US Federal Communications Commission, 'Communications Status Report for Areas Impacted by Hurricane Matthew, "
 "October 8, 2016', US federal government work (public domain); text as docslib.org's copy of the FCC's PDF holds "
 "it, from the search tool's page store at " + U2,
 "docslib.org copy of an FCC report (search tool page store)",
 "The FCC's daily DIRS status report for 8 October 2016, as a docslib.org copy of the PDF (16 pages) holds its "
 "text. Left out: docslib's page title, page count and file-size line, the heading with its date (kept as `title` "
 "and `published`), and 'The following map shows the counties in the disaster area: As prepared by the Federal "
 "Communications Commission: October 8, 2016 11:00 a.m.' (the map's lead-in and its caption) between the county "
 "lists and '911 Services'. The copy's single block split into paragraphs at the report's own breaks (one per "
 "state's county list, the section heading '911 Services' on its own line; whitespace only). Cut after '(no call "
 "loss reported).', before the next sentence, which the excerpt breaks off inside ('Four PSAPs in FL that had "
 "previously been re- routed (...) are back in place and opera'); `truncated`. 'EST' kept as written (the report's "
 "own, though the date falls in daylight time). 212 words. One text per event: the report of 11 October 2016 "
 "(another docslib copy), the FCC's DIRS expansion notice DA 16-1162 of 9 October and an NPSTC blog summary left "
 "out. Found with 'Communications Status Report Hurricane Matthew October 11, 2016 911 Services PSAPs cell sites "
 "out of service' (rank 2). " + CHECK + "'Hurricane Matthew', 'Bulloch', 'DA 16-1162': 0 in GATHERING.md, the "
 "corpus files, the scripts and the pools.", True))

# ---- near-miss: Hurricane Florence, DIRS partially deactivated, public notice DA 18-968 of 19 September 2018 --------
U3 = "https://docs.fcc.gov/public/attachments/DA-18-968A1.txt"
R.append(federal(
 "us-fcc-pshsb-dirs-partial-deactivation-hurricane-florence-2018", U3, "2018-09-19",
 "PUBLIC SAFETY & HOMELAND SECURITY BUREAU ANNOUNCES PARTIAL DEACTIVATION OF THE DISASTER INFORMATION REPORTING "
 "SYSTEM FOR HURRICANE FLORENCE",
 "At the request of the Federal Emergency Management Agency, the Federal Communications Commission (FCC) has "
 "deactivated its Disaster Information Reporting System (DIRS) for the following areas affected by Hurricane "
 "Florence:\n\n"
 "GEORGIA: Appling, Bacon, Bryan, Bulloch, Burke, Candler, Chatham, Effingham, Emanuel, Evans, Jeff Davis, "
 "Jefferson, Jenkins, Liberty, Long, Mcintosh, Montgomery, Screven, Tattnall, Toombs, Treutlen, Wayne\n\n"
 "SOUTH CAROLINA: Allendale, Bamberg, Barnwell, Beaufort, Berkeley, Calhoun, Charleston, Chesterfield, Clarendon, "
 "Colleton, Darlington, Dillon, Dorchester, Florence, Georgetown, Hampton, Horry, Jasper, Kershaw, Lee, Marion, "
 "Marlboro, Orangeburg, Richland, Sumter, Williamsburg\n\n"
 "VIRGINIA: Chesapeake City, Suffolk City, Virginia Beach City\n\n"
 "Communications providers do not need to provide any additional reporting in DIRS for these areas with respect "
 "to Hurricane Florence. The FCC will, however, continue to monitor the status of communications services and "
 "work with providers and government partners in these areas as needed to support remaining restoration efforts. "
 "DIRS remains activated in the following areas:\n\n"
 "NORTH CAROLINA: Anson, Beaufort, Bertie, Bladen, Brunswick, Camden, Carteret, Chatham, Chowan, Columbus, Craven, "
 "Cumberland, Currituck, Dare, Duplin, Edgecombe, Franklin, Gates, Greene, Halifax, Harnett, Hertford, Hoke, Hyde, "
 "Johnston, Jones, Lee, Lenoir, Martin, Moore, Nash, New Hanover",
 "telecoms/911", "near-miss",
 "US Federal Communications Commission, Public Safety and Homeland Security Bureau, public notice DA 18-968 "
 "'Public Safety & Homeland Security Bureau Announces Partial Deactivation of the Disaster Information Reporting "
 "System for Hurricane Florence', 19 September 2018, US federal government work (public domain); text as "
 "docs.fcc.gov's plain-text attachment holds it, from the search tool's page store at " + U3,
 "docs.fcc.gov (search tool page store)",
 "Left out: 'DA 18-968', the release line (kept as `published`), the headline (kept as `title`) and its two "
 "sub-headings ('DIRS deactivated for all counties in Georgia, South Carolina and Virginia', 'DIRS remains active "
 "in North Carolina'), and the text of footnote 1 ('DIRS is a voluntary, web-based system that communications "
 "providers, including wireless, wireline, broadcast, cable and Voice over Internet Protocol providers, can use to "
 "report communications infrastructure status and situational awareness information during times of crisis.'), "
 "which the text file runs into the first sentence after '(DIRS)'. The text file's single block split into "
 "paragraphs at the notice's own breaks (one per state's county list; whitespace only); 'Mcintosh' kept as written. "
 "Cut inside the North Carolina county list of the last paragraph, after 'New Hanover' (its comma dropped), "
 "where the excerpt breaks off ('New Hanover, No'); the rest of that list and of the notice are not in the kept "
 "text (`truncated`). Kept to the cut, not before it, so the text reaches 150 words and keeps the notice's "
 "contrast between the areas stood down and the state still reporting. 181 words. "
 "A near-miss: a reporting system stood down at FEMA's request as restoration goes on; no service lost is told. "
 "One text per event: the FCC's Florence status reports and the NPSTC and Trade Law Daily pieces on them left out. "
 "Found with 'Communications Status Report for Areas Impacted by Hurricane Florence September 2018 911 Services "
 "PSAPs rerouted' (rank 3). " + CHECK + "'Hurricane Florence', 'DA 18-968', 'deactivation of the Disaster': 0 in "
 "GATHERING.md, the corpus files, the scripts and the pools ('Florence' in GATHERING.md only as other places and "
 "people).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
