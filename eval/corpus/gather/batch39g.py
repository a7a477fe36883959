#!/usr/bin/env python3
"""Batch 39g (session 40, gatherer 39g): outages told in US federal public-domain texts from the FCC, round 14 of the
federal lane of batches 32b/33b/34b/34k/35b/35j/35s/36b/36i/36r/36t/36u/37b/37j/37z/38b/39c, taking the Hurricane
Lee and Hurricane Maria leads batch 39c left -- two storms the corpus had no text on:
  - Hurricane Lee, the FCC's Disaster Information Reporting System (DIRS) status report of 17 September 2023
    (docs.fcc.gov plain-text attachment DOC-396953A1.txt): no PSAP affected in Maine or Massachusetts, 0.7% of the
    cell sites in the affected area out of service (the format of batch 37z's Idalia and Matthew reports);
  - Hurricane Maria, Chairman Ajit Pai's statement 'FCC Response to Hurricanes Harvey, Irma, and Maria' (a
    docsbay.net copy of the FCC statement): Puerto Rico 'where there is no power and where 91% of cell sites remain
    out of service'; Open Mobile and Claro (the Puerto Rico Telephone Company) named as carriers the FCC spoke to.
No FCC text that ties an outage to a named carrier was found for these storms (or for Hurricane Michael: the PSHSB's
May 2019 report on the Panhandle's wireless outages is held in the page store only as a vdocuments.mx copy whose
excerpt ends inside the table of contents); see the GATHERING section's 'not used'.
Texts are the search tool's page-store excerpts (corpus `pages`). The report heading with its date is left out (kept
as `title`/`published`); the statement's header 'STATEMENT OF CHAIRMAN AJIT PAI' is left out and its 'Re:' line kept
(as batch 16a2's FCC statements); paragraphs split at the documents' own breaks (whitespace only); each text cut where
the prose gives way to a table or where the excerpt breaks off. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch39g.py [POOL_DIR] [--dry]   (default /tmp/gather40g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40g/pool"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -l over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-40 pools /tmp/gather40b-f (about 12:00 UTC): ")
R = []
# ---- Hurricane Lee, DIRS status report of 17 September 2023 -------------------------------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DOC-396953A1.txt"
R.append(federal(
 "us-fcc-communications-status-report-hurricane-lee-2023", U1, "2023-09-17",
 "Communications Status Report for Areas Impacted by Hurricane Lee",
 "The following is a report on the status of communications services in geographic areas impacted by Hurricane Lee "
 "as of September 17, 2023, at 12:00 p.m. EDT. This report incorporates network outage data submitted by "
 "communications providers to the Federal Communications Commission (FCC) Disaster Information Reporting System "
 "(DIRS). Note that the operational status of communications services during an event may evolve rapidly, and this "
 "report represents a snapshot in time. The following counties are in the current geographic area that is part of "
 "DIRS (the \u201cdisaster area\u201d) for today\u2019s report. The area of interest for this activation includes "
 "the following counties in Maine and Massachusetts.\n\n"
 "Maine: Cumberland, Hancock, Knox, Lincoln, Sagadahoc, Waldo, Washington, and York.\n\n"
 "Massachusetts: Barnstable and Nantucket.\n\n"
 "911 Services\n\n"
 "The Public Safety and Homeland Security Bureau (PSHSB) learns the status of each Public Safety Answering Point "
 "(PSAP) through the filings of 911 Service Providers in DIRS, reporting to the FCC\u2019s Public Safety Support "
 "Center, coordination with state 911 Administrators, and, if necessary, direct contact with individual PSAPs.\n\n"
 "Maine: No PSAPs are reported as being affected in the Maine.\n\n"
 "Massachusetts: No PSAPs are reported as being affected in Massachusetts.\n\n"
 "Wireless Services\n\n"
 "The current status of wireless communications services by county is shown by the following chart and map. The "
 "following table provides cell sites out of service by county. 0.7% of the cell sites in the affected area are out "
 "of service. The information shown was provided by communications carriers providing services in Maine and "
 "Massachusetts. The number of total cell sites out may differ from the sum of numbers of cell sites out by cause. "
 "This is due to sites being out due to multiple causes or because providers are still assessing the causes of some "
 "sites being out of service.",
 "telecoms/911", "outage",
 "US Federal Communications Commission, 'Communications Status Report for Areas Impacted by Hurricane Lee, "
 "September 17, 2023', US federal government work (public domain); text as docs.fcc.gov's plain-text attachment "
 "holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov (search tool page store)",
 "The FCC's daily DIRS status report for 17 September 2023 (docs.fcc.gov text version). Left out: the heading with "
 "its date ('Communications Status Report for Areas Impacted by Hurricane Lee September 17, 2023'; kept as `title` "
 "and `published`). The text file's single block split into paragraphs at the report's own breaks (one per state's "
 "county list and per state's PSAP line; the section headings '911 Services' and 'Wireless Services' on their own "
 "lines; whitespace only). The sentences pointing to a chart, a map and a table the text file does not hold are "
 "kept as written, and so is 'in the Maine'. Cut after '...some sites being out of service.', before the first "
 "table ('Maine: St...', where the excerpt also ends); `truncated` (the report's cable and wireline and broadcast "
 "sections follow the tables). 293 words. One text per event; the only Lee text the store returned. Found with "
 "'Communications Status Report for Areas Impacted by Hurricane Lee September 2023 cell sites out of service Maine' "
 "(rank 1; batch 39c's lead). " + CHECK + "'Hurricane Lee', 'Sagadahoc', 'Nantucket': 0 in the corpus files, the "
 "scripts and the pools; in GATHERING.md only batch 39c's lead line.", True))
# ---- Hurricane Maria: Chairman Pai's statement on the FCC's response to Harvey, Irma and Maria --------------------
U2 = "https://docsbay.net/Thank-You-Bureau-Chief-Fowlkes-and-Division-Chief-Anderson"
R.append(federal(
 "us-fcc-pai-statement-hurricanes-harvey-irma-maria-puerto-rico-no-power-cell-sites", U2, None,
 "Statement of Chairman Ajit Pai Re: FCC Response to Hurricanes Harvey, Irma, and Maria",
 "Re: FCC Response to Hurricanes Harvey, Irma, and Maria\n\n"
 "Thank you, Bureau Chief Fowlkes and Division Chief Anderson.\n\n"
 "From unprecedented flooding in Texas to the catastrophic destruction in the Florida Keys, Puerto Rico, and the U.S. "
 "Virgin Islands, this hurricane season has devastated communities and the communications networks that serve them. "
 "Access to reliable communications services during times of emergency is critical to enabling Americans in danger "
 "to request help and our heroic first responders to do their jobs. It can also give friends and family peace of "
 "mind that their loved ones are safe.\n\n"
 "This month, I visited Texas and, along with Commissioner Clyburn, Florida to see firsthand the destruction there. "
 "I was struck by the breadth and the severity of the damage\u2014homes underwater, infrastructure blown down, "
 "fellow Americans in dire straits. I was also amazed by the resiliency, will, and determination of those who were "
 "helping to pick up the pieces, extending a hand to neighbors and starting the monumental work of rebuilding.\n\n"
 "In the meantime, the FCC continues to work closely with the Department of Homeland Security, Federal Emergency "
 "Management Agency (FEMA), and state and local partners to restore communications networks in all affected areas, "
 "especially in Puerto Rico\u2014where there is no power and where 91% of cell sites remain out of service.\n\n"
 "Over the weekend, I spoke with most of the CEOs or representatives of the largest national carriers serving "
 "Puerto Rico, as well as Open Mobile, a provider of wireless services in Puerto Rico, and Claro (or the Puerto Rico "
 "Telephone Company). In those conversations, I made clear that the FCC stands ready to do whatever we can to assist "
 "these companies in restoring communications throughout the island.",
 "telecoms", "outage",
 "US Federal Communications Commission, Statement of Chairman Ajit Pai, 'Re: FCC Response to Hurricanes Harvey, "
 "Irma, and Maria', US federal government work (public domain); text as docsbay.net's copy of the FCC statement "
 "holds it, from the search tool's page store at " + U2,
 "docsbay.net copy of an FCC statement (search tool page store)",
 "The FCC chairman's statement on the Public Safety and Homeland Security Bureau's presentation of the FCC's response "
 "to Hurricanes Harvey, Irma and Maria, as a docsbay.net copy holds it (docsbay adds no words in the kept part; the "
 "page's own title is the statement's first line). Left out: the header 'STATEMENT OF / CHAIRMAN AJIT PAI' (as batch "
 "16a2 and batch 8 left the FCC statements' headers out; kept in `title`); the 'Re:' line kept as the text's first "
 "paragraph (as batch 16a2). One paragraph per line of the copy (whitespace only); the em dashes kept. Cut after "
 "'...restoring communications throughout the island.', before the next sentence, which the excerpt breaks off "
 "inside ('We\u2019ve gotten some results already; for example, we helped ensure that much-needed generators and "
 "critical equipment made their way to Open Mobile, the Puerto Rico Telephone Company, and ...'); `truncated`. "
 "`published` null: the copy states no date (trade press dates the Bureau's presentation to the FCC's open meeting "
 "of Tuesday 26 September 2017, not taken; the id therefore carries no year, as batch 16a2's undated statements). "
 "283 words. One text per event (Maria's communications outages): the FCC's release of 7 November 2017 on Pai's "
 "Puerto Rico visit (DOC-347634A1, docs.fcc.gov: a tower 'precariously operational', 'the lack of power', no outage "
 "told) and Rosenworcel's statement on the same presentation left out. Found with 'Chairman Pai statement Hurricane "
 "Maria catastrophic impact on Puerto Rico's communications networks 95% wireless cell sites out of service' "
 "(rank 4) and 'FCC news release Hurricane Irma communications outages Florida Chairman Pai statement cell sites "
 "out Florida Keys' (rank 1). " + CHECK + "'Hurricane Maria', 'Open Mobile', 'Puerto Rico Telephone', 'Fowlkes': 0 "
 "in the corpus files, the scripts and the pools; 'Maria' only as people; 'Claro' only batch 36d's Uruguayan "
 "rival of Antel; Harvey (batch 18e's Pai update of 28 August 2017) and Irma (batch 34g's DOE power text) are in "
 "the corpus, but this text's outages are Puerto Rico's.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
