#!/usr/bin/env python3
"""Batch 40zi (session 41, gatherer 40zi): company deals told in US federal public-domain texts (17 U.S.C. 105) of
the Justice Department's Antitrust Division, the DOJ merger lane of batches 16e, 21c and 22b taken up again:
  - CenturyLink's acquisition of Level 3 Communications allowed on divestitures of Level 3's networks in Albuquerque,
    Boise and Tucson and dark-fiber IRUs on 30 intercity routes (Office of Public Affairs press release, justice.gov,
    3 October 2017);
  - Wabtec's proposed acquisition of Faiveley Transport S.A. and Faiveley Transport North America allowed on the
    divestiture of Faiveley's U.S. freight car brakes business (Office of Public Affairs press release, justice.gov,
    26 October 2016);
  - the Antitrust Division's Federal Register notice on Monsanto Company's proposed acquisition of Delta and Pine
    Land Company (72 FR 33336, 15 June 2007, as regulations.justia.com reproduces the printed page).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, headings (kept as `title`), sub-headings,
date lines (kept as `published`), the Federal Register's page headers and printer's margin line are left out; each
text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch40zi.py [POOL_DIR] [--dry]   (default /tmp/gather41zi/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zi/pool"
OPA = "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store"
FRC = "US Justice Department Antitrust Division Federal Register notice as regulations.justia.com reproduces it (page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(the session-41 scripts included) and the session-41 pools /tmp/gather41*/pool: ")
R = []

# ---- CenturyLink / Level 3, Office of Public Affairs, 3 October 2017 ------------------------------------------------
U1 = ("https://www.justice.gov/opa/pr/justice-department-requires-divestitures-order-centurylink-proceed-its-"
      "acquisition-level-3")
R.append(federal(
 "us-doj-centurylink-level-3-divest-networks-dark-fiber-2017", U1, "2017-10-03",
 "Justice Department Requires Divestitures in Order for CenturyLink to Proceed with Its Acquisition of Level 3 "
 "Communications",
 "The Department of Justice announced today that it will require CenturyLink, Inc. and Level 3 Communications, Inc. "
 "to divest Level 3\u2019s telecommunications networks in Albuquerque, Boise, and Tucson, and to offer long-term "
 "leases called indefeasible rights of use (IRUs) for dark fiber along 30 intercity routes in order for the "
 "companies to proceed with CenturyLink\u2019s acquisition of Level 3.  The deal is valued at approximately $34 "
 "billion.\n\n"
 "The Department\u2019s Antitrust Division filed a civil antitrust lawsuit yesterday in the U.S. District Court for "
 "the District of Columbia to block the proposed acquisition.  At the same time, the Department filed a proposed "
 "settlement that, if approved by the Court, would resolve the competitive concerns alleged.\n\n"
 "\u201cBecause of competition between CenturyLink and Level 3, consumers have benefited from lower prices and "
 "higher-quality services in local telecommunications services and in the sale of intercity dark fiber,\u201d said "
 "Assistant Attorney General Makan Delrahim of the Justice Department\u2019s Antitrust Division. \u201cThese "
 "divestitures will ensure that consumers of such services in the affected metropolitan areas and consumers of dark "
 "fiber between the city pairs in question will continue to enjoy the benefits of competition.\u201d",
 "telecommunications", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release 'Justice Department Requires Divestitures in "
 "Order for CenturyLink to Proceed with Its Acquisition of Level 3 Communications', 2017-10-03, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs' and the sub-heading 'Divestitures "
 "Will Preserve Competition for Business Telecommunications Services in Albuquerque, Boise, and Tucson, as well as "
 "for the Sale of Dark Fiber on 30 Intercity Fiber-Optic Routes'; trailing spaces after the first two paragraphs "
 "dropped. The excerpt holds no date line: `published` 3 October 2017, the day after the complaint ('filed a civil "
 "antitrust lawsuit yesterday'; the Division's Federal Register notice 2017-25373: 'On October 2, 2017, the United "
 "States filed a Complaint'), the Tuesday news copies (AFP via rfi.fr, the Denver Post) date the announcement. Cut "
 "before the paragraph 'According to the department\u2019s complaint, the combined company would have reduced "
 "competition ...', where the excerpt stops mid-word ('including routes traversing Alabama, Arizon'; `truncated`). "
 "Kept as written: the double spaces between sentences, the curly quotation marks and apostrophes, 'the "
 "Department'/'the Court' capitalised. 188 words. One text per event: the Federal Register notice (justia, vlex, "
 "gpo.gov, zlibrary copies), news (Reuters brief, AFP/rfi, Denver Post, law360, tellusventure) and the Division's "
 "2020 enforcement release on CenturyLink's breach of the Final Judgment (a later event, kept as a lead) left out. "
 "Found with 'Justice Department requires CenturyLink Level 3 divest fiber network press release' (rank 2). "
 + CHECK + "'Level 3' with 'CenturyLink' together: 0 (Level 3 alone only in other matters: the FCC's 2012 "
 "outage-reporting order in train, batch 22b; the Metcalf attack text, batch 39p; CenturyLink alone only in FCC "
 "911-outage texts); 'Delrahim' only in other Antitrust Division texts (Gray/Raycom, Liberty Latin America, the "
 "COVID-19 process changes).", True))

# ---- Wabtec / Faiveley, Office of Public Affairs, 26 October 2016 ---------------------------------------------------
U2 = ("https://www.justice.gov/opa/pr/justice-department-requires-divestiture-faiveley-transport-s-us-freight-car-"
      "brakes-business")
R.append(federal(
 "us-doj-wabtec-faiveley-divest-us-freight-car-brakes-business-2016", U2, "2016-10-26",
 "Justice Department Requires Divestiture of Faiveley Transport\u2019s U.S. Freight Car Brakes Business Before "
 "Wabtec Acquisition",
 "The Department of Justice announced today that it will require Westinghouse Air Brake Technologies Corporation "
 "(Wabtec) to divest Faiveley Transport North America\u2019s (Faiveley) entire U.S. freight car brakes business in "
 "order for Wabtec to proceed with its proposed approximately $1.8 billion acquisition of Faiveley Transport S.A. "
 "and Faiveley Transport North America.\n\n"
 "The Justice Department\u2019s Antitrust Division filed a civil antitrust lawsuit today in the U.S. District Court "
 "for the District of Columbia to block the proposed transaction.  At the same time, the department filed a "
 "proposed settlement that, if approved by the court, would resolve the department\u2019s competitive concerns.\n\n"
 "\u201cThe safe and efficient passage of goods throughout the United States freight rail network is crucial to the "
 "American economy and depends on sufficient competition for freight car brake systems and components,\u201d said "
 "Acting Assistant Attorney General Renata Hesse of the Justice Department\u2019s Antitrust Division.  \u201cThe "
 "acquisition as originally proposed would have eliminated Faiveley as one of only three major companies that "
 "supplies freight car brake components in the U.S. and eliminated Faiveley as a pipeline competitor in the "
 "development, manufacture and sale of freight car control valves \u2013 essentially freezing a century-old "
 "duopoly in that market.\u201d",
 "rail/manufacturing", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release 'Justice Department Requires Divestiture of "
 "Faiveley Transport\u2019s U.S. Freight Car Brakes Business Before Wabtec Acquisition', 2016-10-26, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Justice Department's press release on justice.gov (the 'Justice News' layout). Left out: 'Justice News', "
 "'Department of Justice', 'Office of Public Affairs', the date line 'Wednesday, October 26, 2016' (kept as "
 "`published`), the headline (kept as `title`) and the sub-heading 'Divestiture Will Preserve Competition for "
 "Railcar Freight Brake Systems and Components in the United States'; a trailing space after the first paragraph "
 "dropped. Cut before the paragraph 'The proposed settlement includes a divestiture of Faiveley\u2019s entire U.S. "
 "freight car brakes business which develops, manufactures and sells ...', where the excerpt stops mid-word inside "
 "its list ('empty load devices an'; `truncated`: the proposed buyer, Amsted Rail, named later in the release per "
 "Reuters, is not in the kept text). Kept as written: the double spaces between sentences, the curly quotation "
 "marks and apostrophes, the en dash, 'the department'/'the court' in lower case. 196 words. One text per event: "
 "news (Reuters twice, antitrustlawyerblog, metro-magazine) left out. Found with 'justice.gov Justice Department "
 "requires divestiture Wabtec GE Transportation' (rank 5). "
 + CHECK + "'Faiveley', 'Wabtec', 'Westinghouse Air Brake', 'Amsted', 'Renata Hesse': 0 everywhere.", True))

# ---- Monsanto / Delta and Pine Land, Federal Register notice, 15 June 2007 ------------------------------------------
U3 = "https://regulations.justia.com/regulations/fedreg/2007/06/15/07-2897.html"
R.append(federal(
 "us-doj-federal-register-monsanto-delta-pine-land-proposed-final-judgment-2007", U3, "2007-06-15",
 "United States v. Monsanto Co.; Proposed Final Judgment and Competitive Impact Statement",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)\u2013(h), that a "
 "Complaint, proposed Final Judgment, Hold Separate and Preservation of Assets Stipulation and Order, and "
 "Competitive Impact Statement have been filed with the United States District Court for the District of Columbia "
 "in United States v. Monsanto Co., Civ. Action No. 1:07CV00992. On May 31, 2007, the United States filed a "
 "Complaint alleging that the proposed acquisition by Monsanto Company (\u2018\u2018Monsanto\u2019\u2019) of Delta "
 "and Pine Land Company (\u2018\u2018DPL\u2019\u2019) would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The "
 "Complaint alleges that the acquisition would substantially reduce competition for the development, breeding, "
 "and sale of traited cottonseed in the MidSouth (Mississippi, Arkansas, Louisiana, Missouri, and Tennessee) and "
 "Southeast (Alabama, Georgia, Florida, South Carolina, North Carolina, and Virginia) United States. Specifically, "
 "the Complaint alleges that Monsanto\u2019s acquisition of Delta and Pine Land would enhance Monsanto\u2019s "
 "ability and incentive to raise traited cottonseed prices and eliminate Delta and Pine Land as a partner "
 "independent of Monsanto for competing trait developers.",
 "agriculture/seeds", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice 'United States v. Monsanto Co.; Proposed "
 "Final Judgment and Competitive Impact Statement' (72 FR 33336, FR Doc. 07-2897), 2007-06-15, US federal "
 "government work (public domain); text as regulations.justia.com reproduces the printed page, from the search "
 "tool's page store at " + U3,
 FRC,
 "The Antitrust Division's notice in the Federal Register of Friday, 15 June 2007 (72 FR 33336-33360, FR Doc. "
 "07-2897; kept as `published`) as regulations.justia.com reproduces the printed page's text. Left out: the host's "
 "heading line and 'Download as PDF', the page number and running header ('33336 Federal Register / Vol. 72, No. "
 "115 / Friday, June 15, 2007 / Notices'), 'DEPARTMENT OF JUSTICE Antitrust Division', the printer's margin line "
 "('rwilkins on PROD1PC63 with NOTICES2') and the notice's title (kept as `title`). The printed column's line "
 "breaks joined with single spaces (no hyphenated word was split across lines). Cut before the next sentence ('The "
 "proposed Final Judgment, lodged at the same time as the Complaint, requires the parties to divest (1) "
 "Monsanto\u2019s Stoneville Pedigreed Seed Company; ...'), where the excerpt stops mid-word ('to Syngenta A'; "
 "`truncated`: the divested Stoneville company and Syngenta are not in the kept text). Kept as written: the doubled "
 "single quotation marks of the printed page (\u2018\u2018Monsanto\u2019\u2019, \u2018\u2018DPL\u2019\u2019), the en "
 "dash in '16(b)\u2013(h)', 'MidSouth'. 175 words. One text per event: the Division's press release of 31 May 2007 "
 "was not found in the page store (batch 16's look found only the one-paragraph summary in a UNT web-archive copy "
 "of usdoj.gov's May 2007 press-release index, not used); the complaint and Competitive Impact Statement "
 "(justice.gov case pages, scribd), the later comments notice of 4 April 2008, Monsanto's own release (seedquest) "
 "and news (CNBC, farmprogress, KOMU, deltafarmpress) left out. Found with 'Justice Department requires "
 "divestiture Monsanto Delta and Pine Land cottonseed Stoneville' (rank 2). "
 + CHECK + "'Delta and Pine', 'Delta & Pine', 'Stoneville': 0 everywhere; 'Monsanto' only in the Syngenta "
 "Wikipedia text (batch 29d: another matter); GATHERING.md names Monsanto/Delta & Pine Land once, as a lead batch "
 "16 did not take.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
