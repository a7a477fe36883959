#!/usr/bin/env python3
"""Batch 37j (session 38, second round, helper gather38j): outages told in US federal public-domain texts other than
National Park Service releases, the federal lane of batches 36b/36i/36r/36u (and 36t), turned to the Federal
Communications Commission's notices on its OWN systems rather than on carriers' networks. Two texts, both near-misses:
  - the FCC public notice of 29 March 2002 announcing that its electronic filing systems, web site, databases and
    telephone service would be interrupted from the evening of Friday 5 April to Sunday 7 April 2002 for preventative
    maintenance at its headquarters (a planned pause announced ahead by a body that is no utility);
  - the FCC public notice DA 15-999 of 8 September 2015 extending non-ECFS filing deadlines again because most of its
    systems stayed unavailable during its planned IT upgrade begun on 2 September 2015 (ECFS and EDOCS back; the
    rest expected at 8 a.m. on 10 September).
Texts are the search tool's page-store excerpts (corpus `pages`): transition.fcc.gov's converted HTML page (2002) and
docs.fcc.gov's plain-text attachment (2015). Letterheads, document numbers and headlines are left out (the headline
kept as `title`, the release date as `published`); hard line wraps joined (whitespace only); no word added or
changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch37j.py [POOL_DIR] [--dry]   (default /tmp/gather38j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38j/pool"
CHECK = ("Checked before annotation, by its names, numbers and dates, against train/dev (by file), test (by file "
         "name only, no test file opened), GATHERING.md, every gather script and the session-38 pools "
         "(/tmp/gather38a-h at 07:25 UTC, 38h empty, 38i not present) and gather scripts batch37a-i: ")
R = []
# ---- near-miss 1: planned interruption of the FCC's own systems, 2002 -------------------------------------------
U1 = "https://transition.fcc.gov/Bureaus/Miscellaneous/Public_Notices/2002/pnmc0202.html"
R.append(federal(
 "us-fcc-electronic-filing-systems-interrupted-maintenance-notice-2002", U1, "2002-03-29",
 "FCC ELECTRONIC FILINGS TO BE INTERRUPTED",
 "Starting at 9:00 p.m. Eastern Standard Time (EST) on Friday, April 5, through 1:00 p.m. Eastern Daylight Time "
 "(EDT) on Sunday, April 7, 2002, access to the electronic filing systems of the Federal Communications Commission "
 "will be temporarily interrupted while preventative maintenance is performed at the Commission's headquarters "
 "location. Attached is a list of the electronic filing systems that will be affected. In addition, access to the "
 "entire FCC web site, electronic databases and other information, and telephone service will be interrupted during "
 "this time. Electronic mail sent to the FCC during this time will be queued for delivery when the system is "
 "restored on April 7. Accordingly, all documents filed electronically should be filed before 9:00 p.m. EST on "
 "April 5 and after 1:00 p.m. EDT on April 7, 2002. Requests for extensions of time for operational problems "
 "associated with the Commission's electronic comment filing system should be filed in paper with the Secretary. "
 "See 47 C.F.R \u00a7 0.231 (i). Requests for extensions in other services are governed by rules for those "
 "individual services, and should also be filed with the Secretary. Please check the \"FCC Electronic Filing & "
 "Public Access Systems\" page at www.fcc.gov/e-file/ after 1:00 p.m. EDT on April 7 to confirm their status. "
 "Please direct all questions and comments to Ruth A. Dancey, Special Assistant to the Secretary, or William F. "
 "Caton, Acting Secretary, at (202) 418-0300.",
 "government/regulator IT", "near-miss,planned-outage",
 "US Federal Communications Commission, public notice 'FCC Electronic Filings to be Interrupted', 29 March 2002, "
 "US federal government work (public domain); text as transition.fcc.gov's converted HTML page holds it, from the "
 "search tool's page store at " + U1,
 "transition.fcc.gov (search tool page store)",
 "Left out: the image placeholder, 'PUBLIC NOTICE', the letterhead (address, news media and TTY numbers), the date "
 "line (kept as `published`) and the headline (kept as `title`); the converter's table pipes dropped. Hard line "
 "wraps joined (whitespace only); the page's one block kept as one paragraph. The 'attached' list of systems is not "
 "in the page store's text (the excerpt ends with the notice's last sentence), so the text is whole as the store "
 "holds it, less the attachment (`truncated` set for the missing list). 'See 47 C.F.R \u00a7 0.231 (i).' kept as "
 "written (no full stop after 'R'). 231 words. Found with 'Federal Register notice system outage extension of "
 "deadline filers unable to submit electronic filing system was unavailable' (rank 2) and 'FCC public notice "
 "electronic comment filing system ECFS outage power failure Commission headquarters filings deemed timely next "
 "business day' (rank 2). " + CHECK + "'pnmc0202', 'Dancey', 'Caton', 'FILINGS TO BE INTERRUPTED', 'preventative "
 "maintenance': 0 in GATHERING.md, the scripts, the pools and train/dev; test: 0 by file name.", True))
# ---- near-miss 2: the FCC's planned IT upgrade running two days long, 2015 ----------------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-15-999A1.txt"
R.append(federal(
 "us-fcc-non-ecfs-filing-deadlines-extended-it-upgrade-notice-2015", U2, "2015-09-08",
 "NON-ECFS FILING DEADLINES FURTHER EXTENDED DUE TO UNAVAILABILITY OF CERTAIN FCC SYSTEMS DURING IT UPGRADE PERIOD",
 "The Federal Communications Commission is close to completion of its large-scale back-end Information Technology "
 "improvements, which began on Wednesday, September 2, 2015, and continued through the Labor Day weekend and into "
 "this week. As discussed in a Public Notice issued earlier today, while the Electronic Comment Filing System (ECFS) "
 "and the Electronic Document Management System (EDOCS) are now available, most Commission systems and databases "
 "are likely to remain unavailable until 8 a.m. on Thursday September 10, 2015. \u201cFCC IT Upgrades Are Nearly "
 "Complete; ECFS Now Available; All Other Systems Should Be Available 8 a.m. Thursday, September 10\u201d "
 "(\u201cSeptember 8 Public Notice\u201d). As a consequence, in this Public Notice we further extend certain "
 "non-ECFS filing deadlines by two days, until Friday, September 11, 2015, as discussed below. This additional time "
 "will ensure that parties are not penalized for the technical inability to make required filings during the time "
 "that the Commission's online systems are not available, and allows additional time to help ensure that the "
 "Commission's systems will be able to accommodate the larger-than-usual volume of filings that are anticipated "
 "once all systems come back online. In an August 20, 2015, Public Notice, most filing deadlines that would have "
 "fallen on September 2 through September 8, 2015, were extended to Wednesday, September 9, 2015, in anticipation "
 "of the planned upgrades. \u201cCertain FCC Databases Will be Unavailable and Filing Deadlines will be Extended in "
 "Early September to Accommodate a Significant FCC IT Upgrade,\u201d DA 15-940, released August 20, 2015 "
 "(\u201cAugust 20 Public Notice\u201d).",
 "government/regulator IT", "near-miss,planned-outage",
 "US Federal Communications Commission, public notice DA 15-999 'Non-ECFS Filing Deadlines Further Extended Due to "
 "Unavailability of Certain FCC Systems During IT Upgrade Period', 8 September 2015, US federal government work "
 "(public domain); text as docs.fcc.gov's plain-text attachment holds it, from the search tool's page store at "
 + U2,
 "docs.fcc.gov (search tool page store)",
 "Left out: 'PUBLIC NOTICE', the letterhead (address, news media and TTY numbers), 'DA 15-999', the release line "
 "(kept as `published`) and the headline (kept as `title`). The page store's text runs the notice's lines together; "
 "kept as one paragraph (no break invented). The two quoted titles of earlier notices, with their footnote-like "
 "references, kept as written. Cut after '(\u201cAugust 20 Public Notice\u201d).', where the excerpt ends, before "
 "the extended deadlines the notice goes on to list ('as discussed below'; `truncated`). 251 words. Found with "
 "'FCC public notice electronic comment filing system ECFS outage power failure Commission headquarters filings "
 "deemed timely next business day' (rank 1) and 'FCC public notice unexpected outage Universal Licensing System "
 "CORES unavailable filing deadlines extended due to system outage' (rank 7). " + CHECK + "'DA 15-999', "
 "'DA 15-940', 'EDOCS', 'IT upgrade', 'Electronic Document Management': 0 in GATHERING.md, the scripts, the pools "
 "and train/dev; test: 0 by file name.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
