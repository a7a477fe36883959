#!/usr/bin/env python3
"""Batch 47f (session 48, gatherer 47f): two waste-industry deals the Justice Department's Antitrust Division let go
ahead on divestitures settled with the suit -- Waste Management Inc.'s acquisition of Deffenbaugh Disposal Inc. (small
container commercial waste routes around Topeka and in northwestern Arkansas, 2015) and Star Atlantic Waste Holdings,
L.P.'s proposed acquisition of Veolia Environnement S.A.'s U.S. subsidiary Veolia ES Solid Waste, Inc. (transfer
stations, a landfill and routes in New Jersey and Georgia, 2012) -- told in US federal public-domain texts of the
Department (17 U.S.C. 105), a round of session 48 after batch 47b in the DOJ lane (batches 46b, 46e, 46i, 46k before
it), first-party text only:
  - the Office of Public Affairs press release 'Justice Department Requires Divestitures in Waste Management's
    Acquisition of Deffenbaugh Disposal' (justice.gov, 13 March 2015; Assistant Attorney General Bill Baer quoted);
  - the Division's notice 'United States v. Star Atlantic Waste Holdings, L.P., Veolia Environnement S.A. and Veolia
    ES Solid Waste, Inc. Proposed Final Judgment and Competitive Impact Statement' (77 FR 70812, FR Doc. 2012-28730,
    27 November 2012, the GPO text on gpo.gov/fdsys).
Texts are the search tool's page-store excerpts (corpus `pages`). The release's page lines ('Press Release', 'For
Immediate Release', 'Office of Public Affairs') are left out and its headline kept as `title`; its paragraphs are
kept as the excerpt gives them, set off by a blank line. The notice's GPO header lines, rules, 'DEPARTMENT OF JUSTICE'
and 'Antitrust Division' are left out, its two heading lines joined with a space as `title`; the printed column's line
wraps joined with a space, the notice's paragraphs (where the GPO text indents) set off by a blank line. Each text is
cut at the last full sentence before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47f.py [POOL_DIR] [--dry]   (default /tmp/gather48f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch40zi import OPA
from batch41c import att
from batch44t import FRP

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48f/pool"
# a check note of this batch's own (as 47b's), naming the session-48 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch47b.py the latest of this lane), the notes under /work/notes (gather46, gather47, gather48) and every "
         "/tmp/gather48*/pool present (at the last check 48a's and 48e's SEC texts, 48b's DOJ texts, 48c's FCC "
         "notices and an empty 48d, none naming these matters): ")
R = []

# ---- Waste Management / Deffenbaugh Disposal, Office of Public Affairs, 13 March 2015 -------------------------------
U1 = ("https://www.justice.gov/opa/pr/justice-department-requires-divestitures-waste-managements-acquisition-"
      "deffenbaugh-disposal")
T1 = "Justice Department Requires Divestitures in Waste Management's Acquisition of Deffenbaugh Disposal"
R.append(federal(
 "us-doj-waste-management-deffenbaugh-disposal-divest-routes-2015", U1, "2015-03-13", T1,
 "The Department of Justice announced today that it will require Waste Management Inc. (WMI) and Deffenbaugh "
 "Disposal Inc. (DDI) to divest small container commercial waste service routes, in the Topeka, Kansas, area and in "
 "two areas in Northwestern Arkansas \u2013 Van Buren/Fort Smith and Springdale \u2013 in order for WMI to proceed "
 "with its acquisition of DDI. Without these divestitures, the department said, the transaction would have likely "
 "resulted in higher rates for customers in those areas.\n\n"
 "The Antitrust Division filed a civil antitrust lawsuit today in the U.S. District Court for the District of "
 "Columbia to block the proposed acquisition. At the same time the department filed a proposed settlement that, if "
 "approved by the court, would resolve the competitive concerns alleged in the lawsuit.\n\n"
 "\u201cThis deal threatened to weaken competition in small container commercial waste service in three cities and "
 "surrounding areas,\u201d said Assistant Attorney General Bill Baer of the Antitrust Division. \u201cCompetition "
 "between Waste Management and Deffenbaugh historically has resulted in lower prices and better service. By "
 "requiring the divestiture of Deffenbaugh\u2019s small container commercial waste service routes in these cities, "
 "today\u2019s proposed settlement will ensure that businesses in Kansas and Arkansas will benefit from continuing "
 "competition among waste haulers.\u201d\n\n"
 "According to the department\u2019s complaint, WMI\u2019s acquisition of DDI would significantly reduce competition "
 "in three local small container commercial waste service markets. Small container commercial waste service is the "
 "collection of municipal solid waste from commercial businesses, such as office and apartment buildings, and "
 "retail establishments, such as stores and restaurants.",
 "environment/waste services", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2015-03-13, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov (origin string `OPA`, as batch 40zi). Left out: 'Press "
 "Release', the headline (kept as `title`), 'For Immediate Release' and 'Office of Public Affairs'. The excerpt holds "
 "no date line: `published` 13 March 2015 (a Friday), the day of the complaint ('filed a civil antitrust lawsuit "
 "today'; the Division's Federal Register notice 2015-06810, 80 FR 15810: 'On March 13, 2015, the United States "
 "filed a Complaint'), as batch 40zi dated its CenturyLink release from the notice (**doubtful**: the date is "
 "taken from another Division text, not from the page). The excerpt's four paragraphs, one a line, set off by a "
 "blank line. Cut after the fourth paragraph's second sentence ('... such as stores and restaurants.'), before "
 "'In and around Topeka and in the Van Buren/Fort Smith, WMI and DDI are curre', where the excerpt breaks off "
 "(`truncated`: the rest of the complaint's account and the settlement's terms are not in the kept text). Kept as "
 "written: the en dashes around 'Van Buren/Fort Smith and Springdale', the curly quotation marks and apostrophes, "
 "the straight apostrophe in the headline, 'Northwestern Arkansas' capitalised, 'the department'/'the court' in "
 "lower case, 'would have likely resulted'. 254 words. One text per event: the Division's Federal Register notice "
 "(80 FR 15810: thefederalregister.org, justia, vlex copies) and news (recyclingtoday) left out. Found with 'Waste "
 "Management Deffenbaugh Disposal acquisition Justice Department requires divestiture' (rank 1). "
 + CHECK + "'Deffenbaugh', '15-cv-00366', '2015-06810', '15810': 0 everywhere; 'Waste Management' in other "
 "matters only (15 files, the match case-insensitive; by their names: the Division's train texts on Waste "
 "Management / Eastern Environmental 1999, Waste Management of Florida / Reuter Recycling 1995, USA Waste / Sanifill "
 "1996 and Waste Management / Advanced Disposal 2020, dev Republic / Allied Waste 2008, and bank, turbine, SEC and "
 "VOA texts); 'Baer' in other Division texts (other matters, by their names); "
 "'Topeka', 'Van Buren', 'Springdale': 0; no dev or test file's text read.",
 True))

# ---- Star Atlantic / Veolia ES Solid Waste, Federal Register notice, 27 November 2012 ------------------------------
U2 = "http://www.gpo.gov/fdsys/pkg/FR-2012-11-27/html/2012-28730.htm"
T2 = ("United States v. Star Atlantic Waste Holdings, L.P., Veolia Environnement S.A. and Veolia ES Solid Waste, Inc. "
      "Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-star-atlantic-veolia-proposed-final-judgment-2012", U2, "2012-11-27", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Star Atlantic Waste Holdings, L.P., "
 "Veolia Environnement S.A. and Veolia ES Solid Waste, Inc., Civil Action No. 1:12-cv-01847-RWR. On November 15, "
 "2012, the United States filed a Complaint alleging that the proposed acquisition by Star Atlantic Waste Holdings, "
 "L.P. of Veolia Environnement S.A.'s U.S. subsidiary, Veolia ES Solid Waste, Inc., would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires the "
 "defendants to divest three specified transfer stations in northern New Jersey; a landfill and two transfer "
 "stations in central Georgia; and three commercial waste collection routes in the Macon, Georgia metropolitan "
 "area.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia.",
 "environment/waste services", "deal,regulatory",
 att(T2, "77 FR 70812, FR Doc. 2012-28730", "2012-11-27", "the GPO publishes it on gpo.gov/fdsys", U2),
 FRP,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 27 November 2012 (77 FR 70812-70824, FR Doc. "
 "2012-28730; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO text on its former "
 "FDsys address (origin string `FRP`, as batch 44t). Left out: the GPO header lines ('[Federal Register Volume 77, "
 "Number 228 (Tuesday, November 27, 2012)]', '[Notices]', '[Pages 70812-70824]', 'From the Federal Register Online "
 "via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2012-28730]'), the rules, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division' and the heading's two parts (the case name over two printed lines, then, after a "
 "blank line, 'Proposed Final Judgment and Competitive Impact Statement'), joined with a space as `title` "
 "(**doubtful**: no separator added between the two parts). The GPO text's line wraps joined with a space (no "
 "word broken at a wrap); the two paragraphs (the second indented in the GPO text, 'Copies of the Complaint, ...') "
 "set off by a blank line. Cut after the second paragraph's first sentence ('... the Office of the Clerk of the "
 "United States District Court for the District of Columbia.'), before 'Copies of these materials may be obtained', "
 "where the excerpt breaks off (`truncated`: the comment address, the section chief's name, the Competitive Impact "
 "Statement and the Final Judgment are not in the kept text). Kept as printed: 'Section 7', the straight "
 "apostrophes in \"Veolia Environnement S.A.'s\" and \"Department of Justice's\", 'NW.', 'Web site', the address, "
 "telephone number and web address. 215 words. One text per event: the Division's press release of 15 November "
 "2012 (Acting Assistant Attorney General Joseph Wayland quoted) came back only as a blog's copy "
 "(corporationsaccusedofcrimes.blogspot.com) and is left out, as are the notice's copies on thefederalregister.com, "
 "justia (a page opening with another agency's notice) and vlex, the Modified Final Judgment (vdocuments.us: a court "
 "paper) and news (AP via Yahoo Finance, Reuters twice, waste360, recyclingmagazin.de). Found with 'Federal "
 "Register United States v. Proposed Final Judgment waste hauling landfill acquisition divest Antitrust Division "
 "notice' (rank 4, the thefederalregister.com copy) and 'justice.gov atr press release 2012 Star Atlantic Veolia "
 "divestitures northern New Jersey central Georgia Macon' (rank 3, this copy). "
 + CHECK + "'Star Atlantic', 'Veolia', 'Highstar', 'Interstate Waste', '12-cv-01847', '2012-28730', '70812': 0 "
 "everywhere; 'Advanced Disposal' (not in the kept text; the news names it as Star Atlantic's subsidiary) only in "
 "train us-doj-federal-register-waste-management-advanced-disposal-proposed-final-judgment-2020 (batch 42b, another "
 "matter, by its name); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
