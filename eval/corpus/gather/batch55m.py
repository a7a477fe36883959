#!/usr/bin/env python3
"""Batch 55m (session 54, gatherer 55m): two US federal texts on bid-rigging and price-fixing cases brought by the
Justice Department's Antitrust Division, each naming a company and its executive with his post -- the Office of Public
Affairs release of Tuesday 29 August 2023 on Clarkston-based F. Allied Construction Company Inc. ('(Allied)') and 'its
president, Andrew Foster', pleading guilty to two conspiracies to rig bids for asphalt paving services contracts in
Michigan (Deputy Assistant Attorney General Manish Kumar and Special Agent in Charge Andrea M. Kropf of the Department
of Transportation Office of the Inspector General (DOT-OIG) quoted); the Office of Public Affairs release of Monday 20
June 2011, as the FBI's Omaha field office pages carry it, on Tri-State Ready Mix Inc. of Rock Valley, Iowa, pleading
guilty to fixing ready-mix concrete prices with GCC Alliance Concrete Inc., 'through its president, Chad Van Zee', who
reached agreements 'with Steven VandeBrake of GCC Alliance Concrete' -- (US federal government works, 17 U.S.C. 105),
a round of session 54 in the DOJ cartel-case lane after 55c, 54zv, 54zo, 54za, 54t, 54n, 54h and 54d; both matters
new to the corpus (every name and address checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather56/CLAIMS.txt and the session's pools /tmp/gather56*/pool):
  - U.S. Department of Justice, Office of Public Affairs press release (Tuesday, 29 August 2023; justice.gov
    opa/pr/asphalt-paving-company-and-president-plead-guilty-bid-rigging): F. Allied Construction Company Inc., Andrew
    Foster, Manish Kumar, Andrea M. Kropf;
  - U.S. Department of Justice, Office of Public Affairs press release (Monday, 20 June 2011), on fbi.gov
    (omaha/press-releases/2011/iowa-ready-mix-concrete-company-pleads-guilty-to-participating-in-price-fixing-
    conspiracy): Tri-State Ready Mix Inc., Chad Van Zee, GCC Alliance Concrete Inc., Steven VandeBrake.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,980 and 1,994
characters of text, in /tmp/gather56m/src by /tmp/gather56m/mk_src.py, with the sentences of three other pages that
date the 2023 release: the justice.gov copy has no date line; the fbi.gov copy has its own). Page chrome ('Skip to
main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs'; on the fbi.gov copy the
breadcrumb, 'Info', the FBI archive notice, the 'U.S. Department of Justice June 20, 2011' date line and the Office of
Public Affairs telephone line) and the 2023 release's subheading are left out; each release's headline is `title`;
the dateline 'WASHINGTON\u2014' is kept as written, as 55c and 54za kept theirs; the paragraphs are the store's
blank-line blocks, each one row; each text cut at the last full sentence before the store's excerpt breaks off; no
word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55m.py [POOL_DIR] [--dry]   (default /tmp/gather56m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56/CLAIMS.txt and "
         "the session's pools /tmp/gather56*/pool (claimed as 55m before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56m/pool"
OPA = ("US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page "
       "store")
R = []

# ---- F. Allied Construction Company Inc.'s president Andrew Foster, Michigan asphalt paving, 29 August 2023 ---------
U1 = "https://www.justice.gov/opa/pr/asphalt-paving-company-and-president-plead-guilty-bid-rigging"
T1 = "Asphalt Paving Company and President Plead Guilty to Bid Rigging"
R.append(federal(
 "us-doj-opa-f-allied-construction-president-foster-michigan-asphalt-paving-bid-rigging-plea-2023", U1,
 "2023-08-29", T1,
 "A Michigan company and its president pleaded guilty today for their roles in two separate conspiracies to rig bids "
 "for asphalt paving services contracts in Michigan.\n\n"
 "According to court documents filed in the U.S. District Court in Detroit, Clarkston-based F. Allied Construction "
 "Company Inc. (Allied) and its president, Andrew Foster, conspired with two asphalt paving companies and their "
 "employees to rig bids in each other\u2019s favor. Allied and Foster participated in the two conspiracies from June "
 "2013 through June 2019, and from July 2017 through May 2021, respectively. The co-conspirators coordinated each "
 "other\u2019s bid prices so that the agreed-upon losing company would submit intentionally non-competitive bids. "
 "These bids gave customers the false impression of competition when, in fact, the co-conspirators already had "
 "decided among themselves who would win the contracts.\n\n"
 "\u201cThese guilty pleas demonstrate our commitment to protecting Americans from schemes that undermine competition "
 "in the transportation infrastructure sector,\u201d said Deputy Assistant Attorney General Manish Kumar of the "
 "Justice Department\u2019s Antitrust Division. \u201cAlong with our law enforcement partners, the division will "
 "continue to seek justice when corporations and their leaders deprive customers of fair and open competition.\u201d"
 "\n\n"
 "\u201cThe additional judicial actions taken to thwart this bid rigging scheme demonstrate our commitment to working "
 "with our law enforcement and prosecutorial partners to investigate anticompetitive practices in the transportation "
 "industry,\u201d said Special Agent in Charge Andrea M. Kropf of the Department of Transportation Office of the "
 "Inspector General (DOT-OIG), Midwestern Region.",
 "construction", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2023-08-29, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Office of Public Affairs page of the release of Tuesday 29 August 2023 (justice.gov opa/pr/asphalt-paving-"
 "company-and-president-plead-guilty-bid-rigging). Left out: 'Skip to main content', 'Press Release', the headline "
 "(kept as `title`), 'For Immediate Release', 'Office of Public Affairs', the subheading 'Second and Third Guilty "
 "Pleas in Ongoing Investigation of Collusion in Michigan-Area Asphalt Industry'. The store's copy holds **no date "
 "line** and no dateline: `published` 2023-08-29 from the Clarkston News ('A plea hearing for Foster was scheduled "
 "for yesterday, Aug. 29', saved) with the text's 'pleaded guilty today', the DOT-OIG's suspension notice ('In August "
 "2023, Allied, Foster, and Shell pleaded guilty', oig.dot.gov library item 39633, saved) and the Division's later "
 "release on Daniel Israel ('Over a two week span in August, a company and two of its executives also pleaded "
 "guilty', justice.gov, saved) -- **doubtful** to the day: no stored page gives the release's own date; ENR's report "
 "(enr.com 57030) is undated in the store. The paragraphs are the store's blank-line blocks, each one row. Cut inside "
 "the fourth paragraph after '... (DOT-OIG), Midwestern Region.', before '\u201cThese plea agreements should send a' "
 "(the excerpt breaks off there: `truncated`; the kept quotation is closed and attributed). Kept as written: "
 "'Clarkston-based', 'F. Allied Construction Company Inc. (Allied)', 'each other\u2019s favor', 'bid rigging scheme' "
 "(no hyphen), 'Department of Transportation Office of the Inspector General (DOT-OIG), Midwestern Region', the curly "
 "quotation marks and apostrophes. One text per matter (the Division's Michigan asphalt paving investigation, E.D. "
 "Mich.): not taken -- Kevin Shell's plea of August 2023 (clarkstonnews: news), Daniel Israel's plea (justice.gov OPA, "
 "first-party, but the store's excerpt opens at 'Related Content' with no headline or date line, and his company is "
 "unnamed), the January 2024 pleas of Asphalt Specialists LLC, Bruce F. Israel, Al\u2019s Asphalt Paving Company Inc. "
 "and Edward D. Swanson (reliable-news, constructionbriefing, atomicdigest: copies and news), David A. Coppola's 2024 "
 "plea (legalnews, crweworld, regtechtimes: copies and news), Asphalt Specialists' $6.5 million sentence (due.com, "
 "smallbiztrends, machineryasia, equipmentworld: news). Found with 'Skip to main content Press Release Four "
 "Additional Defendants Plead Guilty to Bid Rigging in Michigan Asphalt Industry Office of Public Affairs' (rank 5) "
 "and 'F. Allied Construction Company Andrew Foster president pleaded guilty August 2023 Clarkston asphalt' (rank 1). "
 + CHECK + "'F. Allied', 'Andrew Foster', 'Asphalt Specialists', 'Al\u2019s Asphalt', \"Al's Asphalt\", 'Coppola', "
 "'Kevin Shell', 'Manish Kumar', 'Kropf', 'Cleevely', 'asphalt-paving-company-and-president': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Swanson' only on other people (Hynix, Daniels Trading files).",
 True))

# ---- Tri-State Ready Mix Inc.'s president Chad Van Zee, Iowa ready-mix concrete, 20 June 2011 ------------------------
U2 = ("https://www.fbi.gov/omaha/press-releases/2011/iowa-ready-mix-concrete-company-pleads-guilty-to-participating-"
      "in-price-fixing-conspiracy")
T2 = "Iowa Ready-Mix Concrete Company Pleads Guilty to Participating in Price-Fixing Conspiracy"
R.append(federal(
 "us-doj-opa-tri-state-ready-mix-president-van-zee-iowa-ready-mix-concrete-price-fixing-plea-2011", U2,
 "2011-06-20", T2,
 "WASHINGTON\u2014An Iowa ready-mix concrete company pleaded guilty to participating in a price-fixing conspiracy for "
 "the sales of ready-mix concrete, the Department of Justice announced today.\n\n"
 "According to a one-count felony charge filed on June 10, 2011, in U.S. District Court in Sioux City, Iowa, "
 "Tri-State Ready Mix Inc., a producer of ready-mix concrete headquartered in Rock Valley, Iowa, participated in a "
 "conspiracy with GCC Alliance Concrete Inc. and its predecessor entity to fix prices for ready-mix concrete sold in "
 "the northern district of Iowa. The department said that the conspiracy took place beginning at least as early as "
 "January 2006 and continuing until as late as August 2009.\n\n"
 "Ready-mix concrete is a product comprised of cement, aggregate (sand and gravel), water and other additives. The "
 "concrete generally is produced in a concrete plant and is transported by concrete-mixer trucks to work sites, where "
 "it is used in various types of construction projects, including buildings and roads.\n\n"
 "According to court documents, Tri-State Ready Mix participated in the conspiracy through its president, Chad Van "
 "Zee, who engaged in discussions and reached agreements with Steven VandeBrake of GCC Alliance Concrete and its "
 "predecessor entity regarding the conspirators\u2019 prices for ready-mix concrete sold in Iowa. Tri-State Ready "
 "Mix then accepted payment for those sales at collusive and noncompetitive prices, the department said.",
 "construction", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2011-06-20, US federal "
 "government work (public domain), as the FBI's Omaha field office pages carry it; text from the search tool's page "
 "store at " + U2,
 "US Justice Department press release (Office of Public Affairs) on fbi.gov from the search tool page store",
 "The Office of Public Affairs release of Monday 20 June 2011 as the FBI's Omaha field office page carries it (fbi.gov "
 "omaha/press-releases/2011/iowa-ready-mix-concrete-company-pleads-guilty-to-participating-in-price-fixing-"
 "conspiracy; a US federal page, the release's own words). Left out: the breadcrumb 'Home Omaha Press Releases 2011 "
 "...', 'Info', the notice 'This is archived material from the Federal Bureau of Investigation (FBI) website. ...', "
 "the headline (kept as `title`; it also opens the breadcrumb), the line 'U.S. Department of Justice June 20, 2011' "
 "(`published` is taken from it), the line '\u2022 Office of Public Affairs (202) 514-2007/TDD (202) 514-1888' "
 "(contact boilerplate). The paragraphs are the store's blank-line blocks, each one row. Cut after '... at collusive "
 "and noncompetitive prices, the department said.', before 'Tri-State Ready Mix is charged with violating the "
 "Sherman Act, which carri' (the excerpt breaks off there: `truncated`). Kept as written: the dateline "
 "'WASHINGTON\u2014' (an em dash, no spaces), 'U.S. District Court in Sioux City, Iowa' (no 'the'), 'the northern "
 "district of Iowa' (lower case), 'Tri-State Ready Mix Inc.' beside 'Tri-State Ready Mix', 'GCC Alliance Concrete "
 "Inc.' beside 'GCC Alliance Concrete', 'Ready-mix concrete is a product comprised of', 'conspirators\u2019 prices'. "
 "One text per matter (the Division's investigation of ready-mix concrete in Iowa, N.D. Iowa): not taken -- Steven "
 "VandeBrake's 2010 plea (criminal-justice-online-courses blog copy), Great Lakes Concrete Inc.'s plea of August 2011 "
 "(newyorkparalegalblog copy, khl: another conspiracy of the same investigation, third-party copies), VS Holding "
 "(khl: news), GCC Alliance's own 2011 release (named on an earlier round's not-used line; not seen in this round). "
 "Found with 'Indiana Ready Mixed Concrete Producer And President Agree To Plead Guilty To Price-fixing Charge Hughey "
 "Carmel Concrete Products' (rank 8; the Indianapolis matter asked for did not come back first-party). " + CHECK +
 "'Tri-State Ready', 'Van Zee', 'Great Lakes Concrete', 'Kent Robert Stewart', 'Rock Valley', 'VS Holding', 'Sioux "
 "City', 'iowa-ready-mix-concrete': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'VandeBrake': 0; 'GCC "
 "Alliance' and 'ready-mix concrete' only in GATHERING.md, on not-used lines of earlier rounds (no text taken).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
