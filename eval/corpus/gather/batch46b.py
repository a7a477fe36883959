#!/usr/bin/env python3
"""Batch 46b (session 47, gatherer 46b): an airline's planned purchase of a controlling stake in a rival airline that
the Justice Department sued to block (Northwest Airlines and Continental Airlines, 1998), and a deal for can-making
equipment between the two largest makers of frozen-juice cans that the parties dropped after the Department raised
concerns (Sonoco Products Company and Pasco Beverages Company, 2003), told in US federal public-domain press releases of
the Justice Department's Antitrust Division (17 U.S.C. 105), each with the Division's head quoted with the post, a
round of session 47 after batches 45zw and 45zy in the DOJ lane (45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zj, 45zn,
45zq, 45zt, 45zw and 45zy last session), first-party text only:
  - the Division's release of Friday, 23 October 1998, "JUSTICE DEPARTMENT FILES SUIT TO BLOCK NORTHWEST AIRLINES'
    TAKEOVER OF CONTINENTAL AIRLINES" (usdoj.gov atr/public/press_releases/1998/2024.htm as the UNT Libraries' End of
    Term 2008 web archive holds it), Joel I. Klein quoted with his post;
  - the Division's release of Wednesday, 29 October 2003, on Sonoco and Pasco abandoning their equipment deal
    (justice.gov atr/public/press_releases/2003/201419.htm; the stored page has no headline, its one heading, the
    sub-headline "Decision to Abandon Deal Eliminates Justice Department's Competitive Concerns", kept as `title`; the
    headline 'Frozen Juice Can Manufacturers Agree to Abandon Proposed Equipment Sale' is known from the Division's
    2003 release list and a news site's copy), R. Hewitt Pate quoted with his post.
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' format notes, seal and letterhead lines
are left out; the 1998 headline (its two printed lines joined) kept as `title` and its sub-headline left out; paragraphs
kept as the excerpts give them (one line each, a blank line between). Each text is cut at the last full sentence before
the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46b.py [POOL_DIR] [--dry]   (default /tmp/gather47b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch42z import ATRPR

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47b/pool"
# a check note of this batch's own (as 45zw's and 45zy's), naming the session-47 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zw.py and batch45zy.py the latest of this lane), the session-46 and session-47 notes "
         "(/work/notes/gather46, /work/notes/gather47) and every /tmp/gather47*/pool present (at the last check 47a, SEC "
         "texts on KLA-Tencor and Monster Worldwide, with none of the names below): ")
LEFT = ("Left out: the page's note on its two formats ('This document is available in two formats: ... contact the "
        "Antitrust Documents Group.'), the line 'U.S. Department of Justice Seal and Letterhead', the letterhead lines "
        "(")
R = []

# ---- Northwest Airlines / Continental Airlines, Division release, 23 October 1998 -----------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075347/http:/www.usdoj.gov/atr/public/press_releases/1998/"
      "2024.htm")
T1 = "JUSTICE DEPARTMENT FILES SUIT TO BLOCK NORTHWEST AIRLINES' TAKEOVER OF CONTINENTAL AIRLINES"
R.append(federal(
 "us-doj-northwest-airlines-continental-controlling-stake-suit-1998", U1, "1998-10-23", T1,
 "WASHINGTON, D.C. -- The Department of Justice filed a civil antitrust suit today to block Northwest Airlines from "
 "buying a controlling stake in Continental Airlines. Northwest and Continental are the fourth and fifth largest U.S. "
 "airlines, respectively, and compete to provide air transportation services on thousands of routes across the "
 "country.\n\n"
 "The Department said the proposed acquisition would allow Northwest to acquire voting control over Continental, as "
 "well as share in Continental's profits, diminishing substantially both Northwest and Continental's incentives to "
 "compete against each other.\n\n"
 "\"Affordable, quality air transportation is critical to consumers both in their personal lives and in their "
 "businesses,\" said Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division. \"This acquisition "
 "would lead to higher ticket prices and worse service for the over four million passengers traveling on the routes "
 "dominated by the two airlines.\"\n\n"
 "In its complaint, filed in U.S. District Court in Detroit, the Department said Northwest and Continental are each "
 "other's most significant competitors -- if not only competitors -- for nonstop airline service between the cities "
 "where they operate their hubs. Northwest operates hubs at Detroit, Memphis, and Minneapolis. Continental operates "
 "hubs at Cleveland, Houston and Newark.",
 "airlines", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 1998-10-23, US federal government work "
 "(public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Friday, 23 October 1998 (kept as `published`; the date from the "
 "letterhead line 'FRIDAY, OCTOBER 23, 1998') on usdoj.gov (atr/public/press_releases/1998/2024.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds it (origin string `ARC`, as batches 41h, 43c, 43q, 45s, "
 "45w, 45zt and 45zw). " + LEFT + "'FOR IMMEDIATE RELEASE', 'FRIDAY, OCTOBER 23, 1998', 'WWW.USDOJ.GOV', 'AT', "
 "'(202) 616-2771', 'TDD (202) 514-1888'), the sub-headline 'Higher Prices and Loss of Competition for Millions of "
 "Passengers Alleged' and the headline (kept as `title`, its two printed lines joined with a space after "
 "\"AIRLINES'\", in capitals as printed). Paragraphs as the excerpt gives them, one line each with a blank line "
 "between. Cut after the fourth paragraph's third sentence ('Continental operates hubs at Cleveland, Houston and "
 "Newark.'), before 'The two airlines also have a d', where the excerpt breaks off (`truncated`: the rest of the "
 "complaint's account is not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double "
 "hyphen, the double hyphens of '-- if not only competitors --', \"both Northwest and Continental's incentives\" "
 "(one possessive), 'Detroit, Memphis, and Minneapolis' (serial comma) beside 'Cleveland, Houston and Newark' (none), "
 "'traveling', 'fourth and fifth largest' unhyphenated, the straight quotation marks and apostrophes. 197 words. One "
 "text per event: the complaint, the amended complaint, the statement of facts and the pretrial order in United "
 "States v. Northwest Airlines Corp. and Continental Airlines, Inc., Civil Action No. 98-74611 (E.D. Mich.; "
 "justice.gov cases f6100/6160, f6800/6843 and 6880, docslib's copy of 2158): court papers, not taken; news on the "
 "suit (CBS News, Los Angeles Times, Flight International) not used. Found with 'Justice Department sues Northwest "
 "Airlines Continental controlling stock interest Klein 1998' (rank 1). "
 + CHECK + "'2024.htm', '98-74611', 'controlling stake in Continental': 0 in the corpus files, GATHERING.md, the "
 "scripts and the notes; 'Northwest Airlines' and 'Continental Airlines' in files on other matters (by their names: "
 "the 2008 Delta / Northwest merger, a GAO testimony on the 2010 United / Continental merger, the 2010 Southwest / "
 "AirTran purchase, a Concorde crash trial, a Mesaba Airlines history, a 2005 Delta text) and in GATHERING.md only "
 "in those files' notes, other lanes' lists and 45zw's leads ('Northwest Airlines / Continental (1998 suit over a "
 "controlling stock stake)', unchecked there); 'Joel I. Klein' in files on other matters; no dev or test file's "
 "text read.",
 True))

# ---- Sonoco Products / Pasco Beverages, Division release, 29 October 2003 -------------------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/2003/201419.htm"
U2N = ("https://thefederalnewswire.com/stories/611167642-frozen-juice-can-manufacturers-agree-to-abandon-proposed-"
       "equipment-sale")
T2 = "Decision to Abandon Deal Eliminates Justice Department's Competitive Concerns"
H2 = "Frozen Juice Can Manufacturers Agree to Abandon Proposed Equipment Sale"
R.append(federal(
 "us-doj-sonoco-pasco-frozen-juice-can-equipment-deal-abandoned-2003", U2, "2003-10-29", T2,
 "WASHINGTON, D.C. \u2014 The nation's two largest frozen-juice can manufacturers \u2014 Sonoco Products Company and "
 "Pasco Beverages Company \u2014 agreed to abandon their proposed can-making equipment deal after the Department of "
 "Justice expressed concerns that the deal could have been anticompetitive, the Department announced today. The "
 "Department's Antitrust Division said that Pasco's proposed sale would have given Sonoco control of virtually all of "
 "the equipment used to make the spiral-wound composite cans used to package frozen juice concentrate in the United "
 "States.\n\n"
 "At the same time, the Department said that it has closed its investigation of the proposed transaction. The "
 "Department said that the parties' decision to abandon the proposed acquisition eliminated its competitive "
 "concerns.\n\n"
 "R. Hewitt Pate, Assistant Attorney General in charge of the Antitrust Division said, \"The decision of Sonoco and "
 "Pasco to abandon the equipment sale will preserve competition for packaging for this important consumer "
 "product.\"\n\n"
 "Sonoco and Pasco together produce more than 90 percent of the 750 million composite cans sold each year. Sonoco, "
 "with annual sales of over $2.8 billion, is based in Hartsville, South Carolina, and manufactures a variety of "
 "industrial- and consumer-packaging products. Sonoco's major composite-can plants are in Orlando, Florida, Norwalk, "
 "California, Yakima, Washington, and Chicago.",
 "packaging", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + H2 + "' (the headline as the Division's 2003 "
 "release list gives it; the stored page's only heading is the sub-headline '" + T2 + "'), 2003-10-29, US federal "
 "government work (public domain); text of the justice.gov page (the Division's releases, 2003/201419), from the "
 "search tool's page store at " + U2,
 ATRPR,
 "The Antitrust Division's press release of Wednesday, 29 October 2003 (kept as `published`; the date from the "
 "letterhead line 'OCTOBER 29, 2003'), the Department's own page on justice.gov (atr/public/press_releases/2003/"
 "201419.htm; origin string `ATRPR`, as batches 42z, 45g, 45zb, 45zf and 45zw). " + LEFT + "'OCTOBER 29, 2003', "
 "'(202) 514-2007', 'TDD (202) 514-1888'; the stored page has no 'FOR IMMEDIATE RELEASE' line and no headline). The "
 "page's one heading, the sub-headline '" + T2 + "', kept as `title` (**doubtful**, as 45zw's Pearson release: the "
 "headline '" + H2 + "' is known from the Division's 2003 release list, which 45zy named, and from a news site's "
 "copy of the release (" + U2N + ", rank 3; it drops the apostrophes, 'The nations two largest', and runs the "
 "letterhead into the text), but is not on the stored page). Paragraphs as the excerpt gives them, one line each "
 "with a blank line between. Cut after the fourth paragraph ('... Yakima, Washington, and Chicago.'), before 'Pasco, "
 "located in Dade City, Florida, is the nation's leading producer of private-label, frozen-juice concentrate ', "
 "where the excerpt breaks off mid-sentence (`truncated`: Pasco's plant and its plan to sell the equipment to another "
 "buyer, which the news site's copy gives, are not in the kept text). Kept as written: the dateline 'WASHINGTON, "
 "D.C. \u2014' and the two dashes around the companies' names (em dashes, U+2014, spaced, as the excerpt gives them), "
 "'frozen-juice can manufacturers' (one hyphen), 'in charge of the Antitrust Division said,' with no comma after "
 "'Division', "
 "'industrial- and consumer-packaging products' (the suspended hyphen), 'Orlando, Florida, Norwalk, California, "
 "Yakima, Washington, and Chicago', 'more than 90 percent', the straight quotation marks and apostrophes. 204 words. "
 "One text per event: a blog post quoting the release (ruleofreason.blogspot.com, rank 2) and the news site's copy "
 "not used; no court papers (no suit was filed). Found with the headline as the query (rank 1), after 45zy's leads "
 "named it. " + CHECK + "'Sonoco', 'Pasco', '201419', 'frozen-juice', 'composite can', 'Hartsville', 'Dade City': 0 "
 "in the corpus files, the scripts and the pools; 'frozen juice' only in 45zy's leads (GATHERING.md and "
 "/work/notes/gather46/45zy.md: the headline, unchecked there); 'Hewitt Pate' in files on other matters (Cingular / "
 "AT&T Wireless, First Data / Concord, Univision / Hispanic Broadcasting, GE / Instrumentarium); no dev or test "
 "file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
