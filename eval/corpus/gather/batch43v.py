#!/usr/bin/env python3
"""Batch 43v (session 44, gatherer 43v): two radio matters told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a tenth round of session 44 after batches 43q and 43s in the DOJ lane of batches 16e,
21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q and 43s,
first-party text only, radio broadcasting, 1997-1998:
  - the Antitrust Division's release on the suit to block Chancellor Media Corp.'s acquisition of SFX Broadcasting
    Inc.'s four Long Island radio stations, 'Chancellor's WALK-FM and SFX's WBLI-FM and WBAB-FM' (usdoj.gov, 6
    November 1997, as the UNT Libraries' End of Term 2008 web archive holds it);
  - the Division's notice on 'the proposed acquisition of SFX Broadcasting, Inc. (``SFX'') by Capstar Broadcasting
    Partners, Inc. (``Capstar'')' (Federal Register, 63 FR 18214, FR Doc. 98-9800, 14 April 1998, the GPO text on
    govinfo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The release's format note, letterhead, date and
telephone lines, headline (kept as `title`) and subheadline, and the notice's GPO header lines, rules, 'DEPARTMENT OF
JUSTICE', 'Antitrust Division' and heading (kept as `title`) are left out; the GPO text's line wraps joined with a
space; each text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch43v.py [POOL_DIR] [--dry]   (default /tmp/gather44v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRG, att
from batch41h import ARC
from batch43s import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44v/pool"
# batch 43s's check note, with batch 43s's pool named too
CHECK = CHECK.replace("43o's and 43q's pools", "43o's, 43q's and 43s's pools").replace(
    "/tmp/gather44o/pool and /tmp/gather44q/pool included", "/tmp/gather44o/pool, /tmp/gather44q/pool and "
    "/tmp/gather44s/pool included")
assert "gather44s" in CHECK
R = []

# ---- Chancellor Media / SFX Broadcasting's Long Island stations, Division release, 6 November 1997 --------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090507215927/http:/www.usdoj.gov/atr/public/press_releases/1997/"
      "1276.htm")
U1A = "https://www.justice.gov/archive/atr/public/press_releases/1998/1620.htm"
U1S = "https://fr.scribd.com/document/306549/US-Department-of-Justice-Official-Release-00895-466at-htm"
T1 = ("JUSTICE DEPARTMENT SUES TO BLOCK CHANCELLOR MEDIA CORP.'S ACQUISITION OF SFX BROADCASTING'S LONG ISLAND RADIO "
      "STATIONS")
R.append(federal(
 "us-doj-chancellor-media-sfx-broadcasting-long-island-radio-stations-1997", U1, "1997-11-06", T1,
 "WASHINGTON, D.C. \u2014 The Department of Justice today sued to block Chancellor Media Corp.'s acquisition of SFX "
 "Broadcasting Inc.'s four Long Island, New York radio stations because it would result in local businesses paying "
 "higher radio advertising prices, which would ultimately be passed on to consumers.\n\n"
 "This is the first time the Department's Antitrust Division has had to go to court to challenge a radio merger. In "
 "five previous deals the Department reached settlements that resolved competitive concerns. Three additional deals "
 "were restructured or abandoned without going to court.\n\n"
 "The Department's Antitrust Division said that the merger-- worth about $54 million--would create a dominant Long "
 "Island radio group with more than 65 percent of the market.\n\n"
 "On Long Island, Chancellor and SFX are the two largest radio groups with Chancellor owning two stations and SFX "
 "four. In particular, Chancellor's WALK-FM and SFX's WBLI-FM and WBAB-FM have been each others' primary competitors "
 "in the sale of local radio advertising in Suffolk County. This merger would end the competitive battle between the "
 "two companies, the Department said.",
 "media/radio", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1997-11-06, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/1997/1276.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(batches 41h, 43c, 43q and 43s took Division releases the same way). Left out: the page's format note ('This "
 "document is available in two formats: ... contact the Antitrust Documents Group.'), the letterhead lines ('U.S. "
 "Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'THURSDAY, NOVEMBER 6, 1997' "
 "(kept as `published`), 'AT', '(202) 616-2771', 'TDD (202) 514-1888'), the headline (kept as `title`, in capitals "
 "as printed) and the subheadline ('First Radio Merger Court Challenge'). Cut after the fourth paragraph ('... the "
 "Department said.'), before the quotation '\"Allowing Chancellor to buy a dominant position ...\" said Joel I. "
 "Klein, Assistant Attorney General in cha', where the excerpt stops mid-word (`truncated`: the quotation's "
 "speaker's title, the rest of the release and the complaint's account are not in the kept text). A copy of the "
 "printed release on scribd (" + U1S + ") was used only to compare: the same words in the kept part, with '--' for "
 "the dateline's dash and damaged words; it is a third party's upload and not used. Kept as written: the dateline "
 "'WASHINGTON, D.C. \u2014' with its em dash, 'Chancellor Media Corp.' and 'SFX Broadcasting Inc.' without commas, "
 "'the merger-- worth about $54 million--would' with its spacing, \"each others'\", the straight apostrophes. 175 "
 "words. One text per event: the Division's release of 1998 on Chancellor's agreement to abandon the deal (" + U1A +
 ": the same matter, its end step; no date line in the excerpt), the Final Judgment (justice.gov atr/cases "
 "f3700/3711.htm: a court paper) and the 1998 notice on the settlement (63 FR 17446, FR Doc. 98-9373, govinfo) not "
 "taken; news (latimes, adage, a Boston radio list) is not a federal text. Found with 'Justice Department Sues to "
 "Block Chancellor Media acquisition SFX Broadcasting Long Island radio stations' (rank 3), after the Division's "
 "1997 release list (justice.gov archives) named the matter. "
 + CHECK + "'Chancellor Media', 'SFX Broadcasting', 'SFX', 'WALK-FM', 'WBLI', 'WBAB', '97-6497': 0 in the corpus "
 "files' texts, GATHERING.md, the scripts and the pools; no dev or test file's text read.",
 True))

# ---- Capstar / SFX Broadcasting, Federal Register notice, 14 April 1998 ------------------------------------------------
U2 = "https://www.govinfo.gov/content/pkg/FR-1998-04-14/html/98-9800.htm"
T2 = ("United States of America v. Hicks, Muse, Tate & Furst Incorporated and Capstar Broadcasting Partners, Inc. and "
      "SFX Broadcasting, Inc.; Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-capstar-sfx-broadcasting-hicks-muse-proposed-final-judgment-1998", U2, "1998-04-14", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Order, and Competitive Impact Statement have been filed with the United "
 "States District Court for the Eastern District of New York in United States v. Hicks, Muse, Tate & Furst "
 "Incorporated and Capstar Broadcasting Partners, Inc. and SFX Broadcasting, Inc. Civil Action No. 98-2422. The "
 "proposed Final Judgment is subject to approval by the Court after the expiration of the statutory 60-day public "
 "comment period and compliance with the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h).\n\n"
 "Plaintiff filed a civil antitrust Complaint on March 31, 1998, alleging that the proposed acquisition of SFX "
 "Broadcasting, Inc. (``SFX'') by Capstar Broadcasting Partners, Inc. (``Capstar'') would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. 18. The Complaint alleges that Capstar or its related entity Chancellor Media Corporation, "
 "(``Chancellor''), and SFX own and operate numerous radio stations throughout the United States, and the proposed "
 "transaction would give defendants or Chancellor a significant share of the radio advertising market in "
 "Greenville, SC, Houston, TX, Jackson, MS, Pittsburgh, PA and Suffolk County, NY.",
 "media/radio", "deal,regulatory",
 att(T2, "63 FR 18214, FR Doc. 98-9800", "1998-04-14", "the GPO text on govinfo.gov", U2),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 14 April 1998 (63 FR 18214-18225, FR Doc. "
 "98-9800; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO text on govinfo.gov "
 "(batches 41c and 43q used govinfo's GPO text the same way). The page came back twice (with blank lines; bare "
 "lines, the longer, taken): the same words. Left out: the GPO header lines ('[Federal Register Volume 63, Number 71 "
 "(Tuesday, April 14, 1998)]', '[Notices]', '[Pages 18214-18225]', 'From the Federal Register Online via the "
 "Government Publishing Office [www.gpo.gov]', '[FR Doc No: 98-9800]'), the rules, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its line wraps joined). The GPO text's line wraps "
 "joined with a space (no word broken at a wrap). Cut after the second paragraph's second sentence ('... Pittsburgh, "
 "PA and Suffolk County, NY.'), before 'As a result, the combination of these radio stations would lessen "
 "competition substantially in the sale of radio advertising time in the Green', where the excerpt stops mid-word "
 "(`truncated`: the ordered divestitures, the section chief's name, the signature and the Competitive Impact "
 "Statement are not in the kept text). Kept as written: 'United States v.' in the text beside 'United States of "
 "America v.' in the heading, 'SFX Broadcasting, Inc. Civil Action No. 98-2422' without a comma, 'Chancellor Media "
 "Corporation, (``Chancellor''),' with its commas, the state abbreviations 'SC', 'TX', 'MS', 'PA', 'NY', the GPO "
 "text's doubled backquotes and apostrophes. 191 words. A different deal from the first text's (Capstar's purchase "
 "of SFX itself, announced after Chancellor's bid for four of SFX's stations; the notice names Chancellor only as "
 "Capstar's 'related entity'). The Capstar / Triathlon Broadcasting notices of 1999 (64 FR 28512, 64 FR 31612, "
 "govinfo) and the Citadel / Triathlon / Capstar Final Judgment (justice.gov) are other matters, not taken. Found "
 "with 'United States v. Hicks, Muse, Tate & Furst Capstar Broadcasting Partners SFX Broadcasting proposed final "
 "judgment 98-9800' (ranks 1 and 3), after the Chancellor search returned it (rank 8). "
 + CHECK + "'Capstar', 'Hicks, Muse', 'Hicks Muse', 'SFX', 'Chancellor Media', '98-9800', '98-2422': 0 in the corpus "
 "files' texts, GATHERING.md, the scripts and the pools; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
