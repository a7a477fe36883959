#!/usr/bin/env python3
"""Batch 43q (session 44, gatherer 43q): three matters told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), an eighth round of session 44 after batches 43c, 43e, 43h, 43j, 43l, 43m and 43o in the
DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l,
43m and 43o, first-party text only, oil-field services and ski resorts, 1996-1998:
  - the Department's release on the modification of the 1994 consent decree on Dresser Industries Inc.'s acquisition
    of Baroid Corporation that would allow Smith International Inc. of Houston to purchase Anchor Drilling Fluids of
    Norway, 'Smith is the majority owner of M-I' (usdoj.gov, Antitrust Division release of 5 June 1996, as
    justice.gov's archive of the Division's 1996 releases holds it);
  - the Division's notice on the transaction in which Vail Resorts, Inc. agreed to acquire Ralston Resorts, Inc., with
    Ralston Foods, Inc. a defendant and the State of Colorado co-plaintiff (Federal Register, 62 FR 5037, FR Doc.
    97-2522, 3 February 1997, as federal.elaws.us reproduces the GPO text);
  - the Division's release on the settlement allowing Halliburton Company and Dresser Industries Inc. to merge after
    Halliburton agreed to sell its logging-while-drilling business, Assistant Attorney General Joel I. Klein quoted
    (usdoj.gov, 29 September 1998, as the UNT Libraries' End of Term 2008 web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). The releases' format note, letterhead, date and
telephone lines and headlines (kept as `title`), the GPO header lines, rules, 'DEPARTMENT OF JUSTICE', 'Antitrust
Division' and the notice's heading (kept as `title`) are left out; the GPO text's line wraps joined with a space; each
text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch43q.py [POOL_DIR] [--dry]   (default /tmp/gather44q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import ARC
from batch43m import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44q/pool"
# batch 43m's check note (the session-42, -43 and -44 pools and scripts), with batches 43m's and 43o's pools named too
CHECK = CHECK.replace("(batches 43c's, 43e's, 43h's, 43j's and 43l's pools /tmp/gather44c/pool, /tmp/gather44e/pool, "
                      "/tmp/gather44h/pool, /tmp/gather44j/pool and /tmp/gather44l/pool included): ",
                      "(batches 43c's, 43e's, 43h's, 43j's, 43l's, 43m's and 43o's pools /tmp/gather44c/pool, "
                      "/tmp/gather44e/pool, /tmp/gather44h/pool, /tmp/gather44j/pool, /tmp/gather44l/pool, "
                      "/tmp/gather44m/pool and /tmp/gather44o/pool included): ")
assert "gather44o" in CHECK
ATRA = ("US Justice Department Antitrust Division press release (justice.gov's archive of the Division's releases) "
        "from the search tool page store")
R = []

# ---- Smith International / Anchor Drilling Fluids, Baroid decree modification, release of 5 June 1996 ---------------
U1 = "https://www.justice.gov/archive/atr/public/press_releases/1996/0675.htm"
U1O = "http://www.justice.gov/opa/pr/1996/Jun96/255.at.htm"
U1F = "http://federal.elaws.us/fr/6/25/1996/96-16141"
U1B = "http://federal.elaws.us/fr/1/18/1994/94-1038"
T1 = "DIVESTITURE RESOLVES JUSTICE DEPARTMENT OBJECTIONS TO OIL INDUSTRY MERGER"
R.append(federal(
 "us-doj-smith-international-anchor-drilling-fluids-baroid-decree-modification-1996", U1, "1996-06-05", T1,
 "WASHINGTON, D.C. \u2014 The Department of Justice announced today that it has agreed to modifications of a 1994 "
 "consent decree that would allow Smith International Inc. of Houston to purchase Anchor Drilling Fluids of Norway, "
 "provided Smith sells off Anchor's U.S. drilling fluids business.\n\n"
 "Drilling fluids, a combination of chemical compounds, are pumped through drill pipes to cool and lubricate the "
 "cutting tools on the pipe, remove cuttings from the drill hole, and control downhole pressure to prevent an "
 "explosion of the drill site.\n\n"
 "Smith is the majority owner of M-I, a major drilling fluids business. M-I is the largest drilling fluids company "
 "in the United States and the world and one of three companies that dominate the business. Anchor Drilling Fluids "
 "is the fourth largest producer and distributor of drilling fluids in the United States. Total U.S. drilling "
 "fluids sales exceed $500 million annually.\n\n"
 "The divestiture agreement, filed today in U.S. District Court in Washington, D.C., is part of a joint motion with "
 "Smith to modify a consent decree entered in April of 1994, that allowed Dresser Industries Inc. of Dallas to "
 "acquire the Houston-based Baroid Corporation.\n\n"
 "The 1994 decree settled a suit, filed by the Department in late 1993 against Dresser Industries and the Baroid "
 "Corporation, that alleged their proposed merger would likely lessen competition in the manufacture and sale of "
 "two oil field service products, including drilling fluids. The decree ordered Dresser to divest either its "
 "ownership interest in M-I Drilling Fluids or Baroid Drilling Fluids.",
 "energy/oil services", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1996-06-05, US federal government "
 "work (public domain); text of the usdoj.gov page as justice.gov's archive of the Division's 1996 releases holds "
 "it, from the search tool's page store at " + U1,
 ATRA,
 "The Antitrust Division's press release of Wednesday, 5 June 1996 (kept as `published`; the date line 'WEDNESDAY, "
 "JUNE 5, 1996' and the headline from the Office of Public Affairs' plain-text copy of the same release, " + U1O +
 ", whose excerpt stops earlier), as justice.gov's archive of the Division's 1996 releases holds it (the "
 "Department's own page; batches 41h and 43c took Division releases from archived usdoj.gov pages the same way). "
 "Checked word for word against the Office of Public Affairs' copy as far as its excerpt runs ('... or Baroid Dr'): "
 "the same words (that copy prints the dateline 'WASHINGTON, D.C. --', two spaces after full stops and hard line "
 "wraps). Left out: the page's format note ('This document is available in two formats: ... contact the Antitrust "
 "Documents Group.'), the letterhead lines ('U.S. Department of Justice Seal and Letterhead', '(202) 616-2771', 'TDD "
 "(202) 514-1888'); the archive's page gives no headline or date line in the excerpt (the headline kept as `title` "
 "from the OPA copy, its two printed lines joined with a space, in capitals as printed). Cut after the fifth "
 "paragraph's second sentence ('... or Baroid Drilling Fluids.'), before 'To comply with the decree, Dress', where "
 "the excerpt stops mid-word (`truncated`: what Dresser sold and to whom, the modification's terms and the rest of "
 "the release are not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. \u2014' with the em dash, "
 "the straight apostrophe in \"Anchor's\", 'M-I' beside 'M-I Drilling Fluids', 'the Baroid Corporation' with the "
 "article, 'a consent decree entered in April of 1994, that allowed' with its comma, 'oil field service products', "
 "'fourth largest' without a hyphen. 249 words. One text per event: the Division's Federal Register notice of the "
 "proposed modification (61 FR 32858, FR Doc. 96-16141, 25 June 1996, " + U1F + ": the same modification, Smith's "
 "joint motion, 'Dresser sold its partnership interest in M-I to Smith') not taken; the 1994 notice on the original "
 "suit (59 FR, FR Doc. 94-1038, 18 January 1994, " + U1B + ": 'the merger of Dresser Industries, Inc. (``Dresser'') "
 "and Baroid Corporation (``Baroid'')', a merger naming no buyer, with Baroid Drilling Fluids, Inc. and DB Stratabit "
 "(USA) Inc. as defendants) not taken either, as the same decree's matter, this release telling who acquired whom; "
 "the 2000 notice on Diamond Products International's modification (65 FR 21027, casetext) and the court papers "
 "(justice.gov atr/cases f4900/4938.htm, f6600/6627.htm, the UNT archive's f4400/4461.htm, scribd's Final "
 "Judgment) not used; Smith International's 8-K filings (incjournal.com: M-I's purchase of Anchor Drilling Fluids "
 "A.S. from Transocean A.S., 11 June 1996) and news (latimes 1993, ogj.com) are not federal texts. Found with 'To "
 "comply with the decree, Dresser sold its interest in M-I to Smith; Smith sells off Anchor's U.S. drilling fluids "
 "business Anne K. Bingaman' (rank 1; first seen at rank 3 of 'Baroid Drilling Fluids wholly owned subsidiary of "
 "Baroid; Dresser 64 percent partnership interest M-I Drilling Fluids Company ...'; batch 43o's lead Baroid / "
 "Dresser). "
 + CHECK + "'Dresser', 'Baroid', 'Anchor Drilling', 'M-I Drilling', 'Stratabit', '93-2621', 'Diamond Products': 0 in "
 "the corpus files' texts, the scripts and the pools ('Dresser', 'Baroid' and 'Stratabit' only in GATHERING.md, "
 "batch 43o's not-used list and leads; 'Smith International' only in GATHERING.md, batch 43o's not-used list and "
 "names checked); 'M-I' only inside other words or other names (train and test files of other matters by their "
 "names, batches 35l and 36d); no dev or test file's text read.",
 True))

# ---- Vail Resorts / Ralston Resorts, Federal Register notice, 3 February 1997 -----------------------------------------
U2 = "http://federal.elaws.us/fr/2/3/1997/97-2522"
U2R = "http://federal.elaws.us/fr/7/22/1997/97-19164"
U2G = "https://www.govinfo.gov/content/pkg/FR-1997-07-22/html/97-19164.htm"
U2C = "https://webarchive.library.unt.edu/eot2008/20081106043956/http://www.usdoj.gov/atr/cases/f1000/1014.htm"
T2 = ("Proposed Final Judgment and Competitive Impact Statement; United States of America and the State of Colorado v. "
      "Vail Resorts, Inc., Ralston Resorts, Inc., and Ralston Foods, Inc.")
R.append(federal(
 "us-doj-federal-register-vail-resorts-ralston-resorts-proposed-final-judgment-1997", U2, "1997-02-03", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Colorado in United States and The State of Colorado versus Vail Resorts, Inc., "
 "Ralston Resorts, Inc., and Ralston Foods, Inc., Civ. Action No. 97-B-10. The proposed Final Judgment is subject "
 "to approval by the Court after the expiration of the statutory 60-day public comment period and compliance with "
 "the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h).\n\n"
 "On January 3, 1997, the United States and the State of Colorado filed a Complaint seeking to enjoin a transaction "
 "in which Vail Resorts, Inc. (``Vail'') agreed to acquire Ralston Resorts, Inc. (``Ralston''). Vail and Ralston "
 "are the two largest owner/operators of ski resorts in Colorado, and this transaction would have combined five ski "
 "resorts in Colorado. The Complaint alleged that the proposed acquisition would substantially lessen competition "
 "in providing skiing to Front Range Colorado skiers in violation of section 7 of the Clayton Act, 15 U.S.C. 18.",
 "leisure/ski resorts", "deal,regulatory",
 att(T2, "62 FR 5037, FR Doc. 97-2522", "1997-02-03", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 3 February 1997 (62 FR 5037-5046, FR Doc. "
 "97-2522; kept as `published`; issue, pages and weekday from the GPO header lines the host reproduces), as "
 "federal.elaws.us reproduces the GPO text (batches 43h, 43m and 43o took notices from federal.elaws.us the same "
 "way). The host's page came back twice, once with its heading line and indented lines, once as the bare GPO lines "
 "(the longer excerpt, taken): the same words as far as the shorter runs ('... would substantially lessen "
 "competition '). The second paragraph checked word for word against the Division's later notice on the same suit "
 "(Public Comments and Plaintiff's Response, 62 FR 39258, FR Doc. 97-19164, 22 July 1997, the GPO text on govinfo, "
 + U2G + ", and on federal.elaws.us, " + U2R + "), which repeats it: the same words, except 'Section 7' and '15 "
 "U.S.C. Sec. 18' there. Left out: the GPO header lines ('[Federal Register Volume 62, Number 22 (Monday, February "
 "3, 1997)]', '[Notices]', '[Pages 5037-5046]', 'From the Federal Register Online via the Government Publishing "
 "Office [www.gpo.gov]', '[FR Doc No: 97-2522]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's heading (kept as `title`, its line wraps joined). The GPO text's line wraps joined with a space (no word "
 "broken at a wrap). Cut after the second paragraph ('... the Clayton Act, 15 U.S.C. 18.'), before 'The proposed "
 "Final Judgment orders defendants to sell all of Ralston's rights, titles, and interests in the Arapahoe Basin "
 "resort in Summit County, Colorado to a purchaser who has the capability to compete effectively in the provision of "
 "skiing to Front ', where the excerpt stops mid-sentence (`truncated`: the ordered sale, the section chief's name, "
 "the signature and the Competitive Impact Statement are not in the kept text). Kept as written: 'United States and "
 "The State of Colorado versus' in the text beside 'United States of America and the State of Colorado v.' in the "
 "heading, 'Civ. Action No. 97-B-10', 'owner/operators', 'Front Range Colorado skiers', 'section 7' in lower case, "
 "the GPO text's doubled backquotes and apostrophes around the defined names. 183 words. One text per event: the "
 "Competitive Impact Statement (the UNT archive's usdoj.gov page, " + U2C + "; pdfcoke's copy), the Stipulation and "
 "Order and the Final Judgment (justice.gov) are court papers; the July 1997 notice with the public comments and the "
 "Division's response is a later notice on the same suit; no Division release came back; not taken. Found with "
 "'United States v. Vail Resorts, Inc., Ralston Resorts, Inc. and Ralston Foods, Inc. proposed final judgment "
 "competitive impact statement' (ranks 1 and 3). "
 + CHECK + "'Vail Resorts', 'Ralston Resorts', 'Ralston Foods', 'Arapahoe', 'Front Range', 'Summit County', "
 "'97-2522', '97-B-10': 0 in the corpus files' texts, GATHERING.md, the scripts and the pools; 'Ralston' only in test "
 "ftc-horizontal-cases-nestle-ralston-purina-procter-gamble-gillette-penn-national-argosy (by its name: Ralston "
 "Purina, another company), a Hansard test file by its name ('Alston' inside other words) and batches 16i's and "
 "40g's scripts (Ralston Purina); 'Vail' only in test us-doj-usao-id-vail-sentenced-hells-canyon-brownlee-dam-"
 "shootings-2024 and batch 40d's scripts (a person named Vail); no dev or test file's text read.",
 True))

# ---- Halliburton / Dresser Industries, Antitrust Division press release, 29 September 1998 --------------------------
U3 = ("https://webarchive.library.unt.edu/eot2008/20081105075347/http:/www.usdoj.gov/atr/public/press_releases/1998/"
      "1963.htm")
U3F = "http://www.cptech.org/ip/health/cl/uscl/usdoj-981102-halliburton.html"
U3R = "http://federal.elaws.us/fr/2/12/1999/99-2715"
T3 = ("HALLIBURTON CO. AGREES TO SELL PART OF ITS WORLDWIDE OIL FIELD SERVICES BUSINESS AND ITS DRILLING FLUIDS "
      "BUSINESS IN ORDER TO PROCEED WITH DRESSER INDUSTRIES MERGER")
R.append(federal(
 "us-doj-halliburton-dresser-industries-merger-lwd-divestiture-1998", U3, "1998-09-29", T3,
 "WASHINGTON, D.C. -- The Department of Justice reached a settlement today allowing Halliburton Company and Dresser "
 "Industries Inc. to merge, after Halliburton agreed to sell off a key part of its worldwide oilfield service "
 "business--logging-while-drilling (LWD)--to resolve the Department's competitive concerns.\n\n"
 "LWD services provide information to oil and gas companies about the formations through which the companies are "
 "drilling, whether there is oil in the formation, and the ease with which oil can be extracted. They are "
 "particularly useful during offshore drilling projects. Total worldwide revenues for LWD services in 1997 exceeded "
 "$500 million. Halliburton had revenues in 1997 of over $8 billion. Dresser had approximately $7.5 billion in "
 "revenues in 1997. Both companies are headquartered in Dallas.\n\n"
 "Without the divestiture, the merger likely would have resulted in increased prices and decreased quality for LWD "
 "services, as well as decreased competition in the development and improvement of LWD tools.\n\n"
 "\"Customers rely on competition among the oilfield service companies to ensure high quality LWD services at the "
 "lowest prices, as well as to ensure that innovation for new and improved LWD tools continues,\" said Joel I. "
 "Klein, Assistant Attorney General of the Department's Antitrust Division.",
 "energy/oil services", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 1998-09-29, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U3,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/1998/1963.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(batches 41h and 43c took Division releases the same way). Left out: the page's format note ('This document is "
 "available in two formats: ... contact the Antitrust Documents Group.'), the letterhead lines ('U.S. Department of "
 "Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'TUESDAY, SEPTEMBER 29, 1998' (kept as "
 "`published`), 'WWW.USDOJ.GOV', 'AT', '(202) 616-2771', 'TDD (202) 514-1888') and the headline (kept as `title`, "
 "its three printed lines joined with a space, in capitals as printed). Cut after the fourth paragraph's first "
 "sentence (Klein's first quoted sentence with its attribution, '... of the Department's Antitrust Division.'), "
 "before '\"The divestiture will maintain that competition, increasing the abilit', where the excerpt stops "
 "mid-word (`truncated`: the rest of Klein's quotation and of the release are not in the kept text). Kept as "
 "written: the dateline 'WASHINGTON, D.C. --' with two hyphens, 'business--logging-while-drilling (LWD)--to' with "
 "the doubled hyphens set against the words, 'Dresser Industries Inc.' without a comma, 'oilfield' beside 'oil "
 "field' in the headline, the straight quotation marks and apostrophes. 194 words. No other copy of the release came "
 "back (news: latimes' and naturalgasintel's stories, not used). One text per event: the Division's Federal "
 "Register notice on the proposed Final Judgment (63 FR 58770, 2 November 1998, DOCID fr02no98-103, the GPO Access "
 "text as cptech.org reproduces it, " + U3F + ": 'a transaction in which Halliburton Company (``Halliburton'') would "
 "merge with Dresser Industries, Inc. (``Dresser'')', batch 43o's lead; no other copy of it came back to check it "
 "against, and it names no Division official in its excerpt) and the later notice with the public comment and the "
 "Division's response (64 FR 7208, FR Doc. 99-2715, 12 February 1999, " + U3R + " and cptech.org) not taken; the "
 "Complaint, Competitive Impact Statement and motion for entry of the Final Judgment (justice.gov atr/cases "
 "f1900/1964.htm, f2000/2018.htm, f2200/2252.htm, scribd) are court papers; Halliburton's and Dresser's SEC filings "
 "(incjournal.com, ir.halliburton.com) are the companies' texts. Found with 'Halliburton agrees to sell part of its "
 "worldwide oil field services business and its drilling fluids business in order to proceed with Dresser "
 "Industries merger Joel I. Klein' (rank 1; first seen at rank 7 of 'United States v. Halliburton Company and "
 "Dresser Industries, Inc. Proposed Final Judgment Competitive Impact Statement'). "
 + CHECK + "'Dresser', 'logging-while-drilling', 'Joel I. Klein', 'Joel Klein', '98-CV-2340', '58770': 0 in the "
 "corpus files' texts, the scripts and the pools ('Dresser' only in GATHERING.md, batch 43o's not-used list and "
 "leads); 'Halliburton' in train wn-100-days-deepwater-horizon-oil-spill-2010, train "
 "wn-halliburtons-kbr-awarded-half-billion-dollar-2005, train wn-internal-emails-expose-boeing-air-force-2004, test "
 "us-doj-baker-hughes-bhsi-pleads-guilty-kazakh-bribery-fcpa-2007 and batches 20b's, 24a's and 43e's scripts and "
 "43e's pool (other matters by their names: the 2010 oil spill, KBR's contracts, a Boeing tanker story, Baker "
 "Hughes' FCPA plea); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
