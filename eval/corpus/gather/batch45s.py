#!/usr/bin/env python3
"""Batch 45s (session 46, gatherer 45s): a waste company's merger with a recycling company in southern Florida let go
ahead on keeping a waste transfer station open to rivals, and the nation's second largest trash hauler's cash tender
offer for a British rival challenged and settled with two state attorneys general, told in US federal public-domain
press releases of the Justice Department (17 U.S.C. 105) on the Antitrust Division's work, a fourth round of session
46 after batches 45b, 45g and 45l in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h,
42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m, 44n, 44q, 44t,
45b, 45g and 45l, first-party text only, before the year 2000:
  - the Department's release of 20 October 1995, 'JUSTICE DEPARTMENT AND STATE OF FLORIDA SETTLE SOLID WASTE DISPOSAL
    ACQUISITION', Anne K. Bingaman quoted with her post (justice.gov's archive of Office of Public Affairs releases,
    opa/pr/Pre_96/October95/547.txt.html);
  - the Division's release of 1 December 1994, 'JOINT ANTITRUST SUIT AND PROPOSED SETTLEMENT FILED IN TRASH HAULING
    ACQUISITION' (usdoj.gov atr/public/press_releases/1994/brownfer.txt as the UNT Libraries' End of Term 2008 web
    archive holds it), Anne K. Bingaman and the Attorneys General of Florida and Maryland named with their posts.
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead lines ('FOR IMMEDIATE RELEASE', 'AT',
the date line, telephone and TDD lines) and the headline (kept as `title`, its printed lines joined) are left out; the
1995 release's line wraps are joined with a space, its paragraph indents and the stray spaces at line ends dropped and
its paragraphs set apart by a blank line; the 1994 text is one run of words in its excerpt and is kept so. Both are cut
at the last full sentence before the excerpt breaks off. No word added or changed. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch45s.py [POOL_DIR] [--dry]   (default /tmp/gather46s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA, ARC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46s/pool"
# a check note of this batch's own (as 45b's, 45g's and 45l's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45l.py and batch45l_annotate.py the latest of this lane) and every /tmp/gather46*/pool present (at "
         "the last check /tmp/gather46a to /tmp/gather46u, 46r empty: SEC, DOJ (Raytheon 1997; AT&T/MediaOne 2000; "
         "Enterasys 2004; Alcoa/Golden 1999; Bank of Boston/BayBanks 1996; SBC/AT&T 2005; Suiza/Dean 2001; "
         "Cargill/Akzo 1997; Figgie 1997; ADM/Minnesota Corn Processors 2002), FCC (to 46t's AT&T/BT, "
         "Hughes/PanAmSat, MCI/BT) and outage texts on other matters, with none of the names below): ")
R = []

# ---- Waste Management of Florida / Reuter Recycling of Florida, Office of Public Affairs release, 20 October 1995 ----
U1 = "https://www.justice.gov/archive/opa/pr/Pre_96/October95/547.txt.html"
T1 = "JUSTICE DEPARTMENT AND STATE OF FLORIDA SETTLE SOLID WASTE DISPOSAL ACQUISITION"
R.append(federal(
 "us-doj-waste-management-florida-reuter-recycling-transfer-station-settlement-1995", U1, "1995-10-20", T1,
 "WASHINGTON, D.C. -- Waste Management Inc. of Florida and Reuter Recycling of Florida Inc. reached a settlement "
 "today with the Department of Justice and the State of Florida that will allow the two companies to merge as long "
 "as they agree to keep a waste transfer station that Waste Management will acquire as part of the deal open to "
 "other waste disposal competitors.  The Department said it believes the restructured deal could result in lower "
 "prices and higher quality waste disposal service in southern Florida.\n\n"
 "In a joint antitrust action, the Department of Justice and the State of Florida filed an antitrust suit in U.S. "
 "District Court in Washington, D.C., against Waste Management and Reuter Recycling alleging that the deal as "
 "originally proposed would lessen competition in the market for municipal solid waste disposal service in Broward "
 "and Dade Counties, by removing one of only three competitors from the market.\n\n"
 "At the same time, the Department's Antitrust Division filed a proposed settlement, that if approved by the court, "
 "would settle the suit and preserve competition in southern Florida's municipal solid waste disposal service "
 "market.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said, \"Unchecked, this "
 "transaction would have resulted in higher prices and lower quality for consumers of municipal waste disposal "
 "services.  This settlement will preserve the competition that would have been lost and protect the consumers in "
 "Dade and Broward Counties.\"",
 "environment/waste services", "deal,regulatory",
 "U.S. Department of Justice, press release '" + T1 + "', 1995-10-20, US federal government work (public domain); "
 "text of the justice.gov page (the archive of Office of Public Affairs releases, Pre_96/October95/547), from the "
 "search tool's page store at " + U1,
 OPA,
 "The Department's press release of Friday, 20 October 1995 (kept as `published`; the date from the letterhead line "
 "'FRIDAY, OCTOBER 20, 1995') on justice.gov (archive/opa/pr/Pre_96/October95/547.txt.html: the Office of Public "
 "Affairs' page for an Antitrust Division ('AT') release, a plain-text page), the Department's own page as the page "
 "store holds it (origin string `OPA`, as batches 41h, 41k, 44a, 44e and 45l). Left out: the letterhead lines ('FOR "
 "IMMEDIATE RELEASE', 'AT', 'FRIDAY, OCTOBER 20, 1995', '(202) 616-2771', 'TDD (202) 514-1888') and the headline "
 "(kept as `title`, its two printed lines joined with a space and the space at the end of the first dropped, in "
 "capitals as printed). The release's line wraps joined with a space (no word broken at a wrap); its paragraphs, "
 "printed with an indent and no blank line between them, set apart by a blank line (as the corpus's texts are), the "
 "indents and a stray space at the end of the second paragraph dropped. Cut after the fourth paragraph (the "
 "quotation, '... protect the consumers in Dade and Broward Counties.\"'), before 'The Department of Justice said "
 "the settlement assures that access to the transfer station will continue to be available to a competitor, "
 "Chambers Waste Syst', where the excerpt breaks off (`truncated`: the rest of the release, which may say more of the "
 "deal, is not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, "
 "'Waste Management Inc. of Florida' and 'Reuter Recycling of Florida Inc.' without commas, the comma in 'a proposed "
 "settlement, that if approved by the court,', the two spaces after full stops where the page has them, 'Broward "
 "and Dade Counties' beside 'Dade and Broward Counties', the straight quotation marks. 236 words. One text per event: "
 "the complaint, the proposed final judgment and the Division's Federal Register notice on the suit not looked for; "
 "news on the deal not used. Found with 'FOR IMMEDIATE RELEASE (202) 616-2771 Justice Department and State of Florida "
 "settle solid waste disposal acquisition' (rank 1), the headline from the Division's 1995 release list "
 "(justice.gov/archives/atr, 'Solid Wasted Disposal' as that list misprints it), 45l's lead. "
 + CHECK + "'Reuter Recycling', 'Waste Management Inc. of Florida', 'Chambers Waste', '547.txt', "
 "'Pre_96/October95': 0 in the corpus files' texts, GATHERING.md and the scripts; 'Broward' and 'Dade' only in "
 "train wn-massive-blackouts-hit-florida-2008 and us-fcc-communications-status-report-hurricane-matthew-2016 "
 "(outages), batches 23a and 37z (their scripts) and GATHERING.md's 'Waste Management/Allied Broward assets (2003)' "
 "(another matter, in batch 42z's not-used list); no dev or test file's text read.",
 True))

# ---- Browning-Ferris Industries / Attwoods, Division release, 1 December 1994 ----------------------------------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20090509144127/http:/www.usdoj.gov/atr/public/press_releases/1994/"
      "brownfer.txt")
U2S = "https://ru.scribd.com/document/308560/US-Department-of-Justice-Official-Release-02856-675-txt"
T2 = "JOINT ANTITRUST SUIT AND PROPOSED SETTLEMENT FILED IN TRASH HAULING ACQUISITION"
R.append(federal(
 "us-doj-browning-ferris-attwoods-dumpster-service-joint-suit-settlement-1994", U2, "1994-12-01", T2,
 "WASHINGTON, D.C. -- In a joint antitrust prosecution, the Department of Justice and the states of Florida and "
 "Maryland today sought to block a proposed merger that would have reduced competition in so-called \"dumpster\" "
 "service in Florida and the Mid-Atlantic region, the Department of Justice announced. At the same time, federal and "
 "state antitrust enforcers agreed to a proposed settlement that would eliminate the transaction's potential harm to "
 "competition. Federal and state officials challenged the proposed cash tender offer by Browning-Ferris Industries "
 "Inc., the nation's second largest trash hauling company to acquire one of its major competitors, Attwoods plc, "
 "which is headquartered in the United Kingdom. Attwoods has important trash hauling operations in Florida, "
 "Maryland, Pennsylvania and Delaware. BFI of Houston, has annual revenues of more than $3 billion and Attwoods' U.S. "
 "1993 revenues were more than $300 million. In September, BFI launched an unsolicited cash tender offer for the "
 "shares of Attwoods. Dumpster service, or small containerized waste hauling service, is provided by using metal "
 "containers of between one and 10 cubic yards that are generally picked up by a frontload truck. This service is "
 "typically used by commercial establishments such as restaurants, retail and wholesale stores and office "
 "buildings. Opposition to the proposed acquisition by BFI was announced jointly by the head of the Department's "
 "Antitrust Division, Assistant Attorney General Anne K. Bingaman, Florida Attorney General Robert A. Butterworth "
 "and Maryland Attorney General J. Joseph Curran Jr. The complaint was filed in U.S. District Court in Washington. "
 "The proposed settlement, if approved by the court, would settle the suit.",
 "environment/waste services", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1994-12-01, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's press release of Thursday, 1 December 1994 (kept as `published`; the date from the "
 "letterhead line 'THURSDAY, DECEMBER 1, 1994') on usdoj.gov (atr/public/press_releases/1994/brownfer.txt, a "
 "plain-text page) as the End of Term 2008 web archive (webarchive.library.unt.edu) holds it: the Department's own "
 "page, archived unchanged (origin string `ARC`, as batches 41h, 43c, 43q, 43s and 43v). The page store gives the "
 "page as one run of words with no line or paragraph breaks; it is kept so (one paragraph), no break put in. Left "
 "out: the letterhead words at its head ('FOR IMMEDIATE RELEASE AT THURSDAY, DECEMBER 1, 1994 (202) 616-2771 TDD "
 "(202) 514-1888') and the headline (kept as `title`, in capitals as printed). Cut after 'The proposed settlement, "
 "if approved by the court, would settle the suit.', before 'The complaint alleges that the merger would lessen "
 "competition in the market for small cont', where the excerpt breaks off (`truncated`: the markets, the settlement's "
 "terms and the rest of the release are not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. --', "
 "'the states of Florida and Maryland' in lower case, 'so-called \"dumpster\" service', 'the nation's second largest "
 "trash hauling company to acquire' with no comma after 'company', 'BFI of Houston, has' with its comma, \"Attwoods' "
 "U.S. 1993 revenues\", 'J. Joseph Curran Jr.' with no comma, 'U.S. District Court in Washington' (the city without "
 "'D.C.'). 261 words. A copy of the printed release on scribd (" + U2S + ") was used only to compare: the same "
 "words in the kept part, printed in paragraphs; it is a third party's upload and not used (its paragraph breaks not "
 "brought in). One text per event: the Competitive Impact Statement (Civil Action No. 94CV02588, seen only in a "
 "pdfcoke.com copy's excerpt, not used), the final judgment and the Federal Register notice not looked for. Found "
 "with 'FOR IMMEDIATE RELEASE (202) 616-2771 Justice Department and State of Florida settle solid waste disposal "
 "acquisition' (rank 8) and 'JOINT ANTITRUST SUIT AND PROPOSED SETTLEMENT FILED IN TRASH HAULING ACQUISITION "
 "Browning-Ferris Attwoods dumpster' (rank 1). "
 + CHECK + "'Attwoods', 'brownfer', 'Butterworth', 'Joseph Curran', 'dumpster': 0 in the corpus files' texts, "
 "GATHERING.md and the scripts; 'Browning-Ferris Industries' only in test "
 "us-doj-federal-register-allied-waste-browning-ferris-proposed-final-judgment-1999 and GATHERING.md's batches 42z, "
 "44a and 44t for Allied Waste / BFI (1999: another matter, BFI the target there); 'Mid-Atlantic' in two files on "
 "other matters (by their names); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
