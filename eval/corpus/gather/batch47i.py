#!/usr/bin/env python3
"""Batch 47i (session 48, gatherer 47i): two beer deals the Justice Department's Antitrust Division let go ahead on
divestitures settled with the suit -- InBev N.V./S.A.'s acquisition of Anheuser-Busch Companies Inc. (its subsidiary
Labatt USA to be sold, Buffalo, Rochester and Syracuse, 2008) and Anheuser-Busch Companies, LLC's proposed acquisition
of the remaining shares of Craft Brew Alliance, Inc. (AB Companies a wholly-owned subsidiary of Anheuser-Busch InBev
SA/NV; Kona Brewery, LLC to be sold, PV Brewing Partners, LLC approved as the acquirer, Hawaii, 2020) -- told in US
federal public-domain texts of the Department (17 U.S.C. 105), a round of session 48 after batches 47b and 47f in the
DOJ lane (batches 46b, 46e, 46i, 46k before them), first-party text only:
  - the Division's press release of Friday, 14 November 2008, 'JUSTICE DEPARTMENT REQUIRES DIVESTITURE IN INBEV'S
    ACQUISITION OF ANHEUSER-BUSCH' (usdoj.gov atr/public/press_releases/2008/239430.htm as the UNT Libraries' End of
    Term 2008 web archive holds it);
  - the Division's notice 'United States v. Anheuser-Busch InBev SA/NV, et al.; Proposed Final Judgment and
    Competitive Impact Statement' (85 FR 68918, FR Doc. 2020-24056, 30 October 2020, as federal.elaws.us reproduces
    it).
Texts are the search tool's page-store excerpts (corpus `pages`). The release's format note, letterhead lines (its
date line kept as `published`) and sub-headline are left out, its two headline lines joined with a space as `title`;
its paragraphs kept as the excerpt gives them, set off by a blank line. The notice's host heading line (kept as
`title` without its document number), the bullet, 'Start Preamble' and the printed-page marker inside the first
paragraph are left out; its paragraphs set off by a blank line, the host's leading spaces dropped. Each text is cut
at the last full sentence before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47i.py [POOL_DIR] [--dry]   (default /tmp/gather48i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch41c import FRE, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48i/pool"
# a check note of this batch's own (as 47b's and 47f's), naming the session-48 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch47f.py the latest of this lane), the notes under /work/notes (gather46, gather47, gather48) and every "
         "/tmp/gather48*/pool present (at the last check 48a's and 48e's SEC texts, 48b's and 48f's DOJ texts, 48c's "
         "and 48g's FCC notices, 48h's SEC texts and an empty 48d, none naming these matters): ")
R = []

# ---- InBev / Anheuser-Busch, Antitrust Division release, 14 November 2008 ------------------------------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090509144121/http:/www.usdoj.gov/atr/public/press_releases/2008/"
      "239430.htm")
T1 = "JUSTICE DEPARTMENT REQUIRES DIVESTITURE IN INBEV'S ACQUISITION OF ANHEUSER-BUSCH"
R.append(federal(
 "us-doj-inbev-anheuser-busch-divest-labatt-usa-2008", U1, "2008-11-14", T1,
 "WASHINGTON \u2014 The Department of Justice announced today that it will require InBev N.V./S.A. to divest "
 "subsidiary Labatt USA, along with a license to brew, market, promote and sell Labatt brand beer for consumption in "
 "the United States, in order to proceed with InBev's $52 billion acquisition of Anheuser-Busch Companies Inc. The "
 "Department said that the transaction, as originally proposed, would likely have led to higher prices for beer in "
 "the Buffalo, Rochester and Syracuse, N.Y., metropolitan areas.\n\n"
 "The Department's Antitrust Division filed a civil antitrust lawsuit today in U.S. District Court in Washington, "
 "D.C., to block the proposed transaction. At the same time, the Department filed a proposed settlement that, if "
 "approved by the court, would resolve the lawsuit and the Department's competitive concerns.\n\n"
 "According to the complaint, Anheuser-Busch's Budweiser brands, including Budweiser and Bud Light, and InBev's "
 "Labatt brands, including Labatt Blue and Labatt Blue Light, are the two biggest selling beer brand families in "
 "Buffalo, Rochester and Syracuse. The original transaction would have eliminated competition between Labatt USA and "
 "Anheuser-Busch and resulted in higher prices to beer drinkers in those metropolitan areas.",
 "beverages/brewing", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 2008-11-14, US federal government work "
 "(public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Friday, 14 November 2008 (the date line 'FRIDAY, NOVEMBER 14, 2008', kept "
 "as `published`), usdoj.gov atr/public/press_releases/2008/239430.htm as the UNT Libraries' End of Term 2008 web "
 "archive holds it (origin string `ARC`, as batches 41h, 43q, 45s, 45w, 45zt, 45zw, 46b, 46e, 46i, 46k and 47b). Left "
 "out: the formats note ('This document is available in three formats: ...'), the letterhead lines ('U.S. "
 "Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line, 'WWW.USDOJ.GOV', 'AT', '(202) "
 "514-2007', 'TDD (202) 514-1888'), the headline's two lines ('JUSTICE DEPARTMENT REQUIRES DIVESTITURE IN' / "
 "\"INBEV'S ACQUISITION OF ANHEUSER-BUSCH\", joined with a space as `title`, in capitals as printed) and the "
 "sub-headline 'Divestiture Preserves Competition for Beer in Upstate New York'. The excerpt's three paragraphs, one "
 "a line, set off by a blank line. Cut after the third paragraph ('... in those metropolitan areas.'), before 'Under "
 "the terms of the proposed settlement, InBev must sell Labatt USA and grant a license to the acquirer to brew and "
 "sell Labatt brand', where the excerpt breaks off (`truncated`: the settlement's terms, the quotation of Deputy "
 "Assistant Attorney General Deborah A. Garza that news reports carry, and the rest of the release are not in the "
 "kept text). Kept as written: the dateline 'WASHINGTON \u2014' with its em dash, 'InBev N.V./S.A.', "
 "'Anheuser-Busch Companies Inc.' without a comma, '$52 billion', 'N.Y.', 'biggest selling' without a hyphen, the "
 "straight apostrophes. 185 words (whitespace-split). One text per event: the Division's Federal Register notice of 25 November 2008 "
 "('United States v. Inbev NV/SA; Proposed Final Judgment and Competitive Impact Statement', 73 FR 71682, FR Doc. "
 "E8-27970: federalregister.com's copy, justia's printed page opening on another agency's notice), its notice of the "
 "response to comments (E9-5018, federal.elaws.us), the response and the court's memorandum order on justice.gov "
 "(court papers) and news (CTV, just-drinks, abc30, CBS News, the San Diego Union-Tribune, lexology) left out. Found "
 "with 'Federal Register Volume 73 Number 228 November 25, 2008 Notices United States v. Inbev NV/SA Proposed Final "
 "Judgment FR Doc E8-27970' (rank 3), batch 40zk's lead ('the Division's Federal Register notice or release of "
 "November 2008 would fit the lane'). "
 + CHECK + "'239430', 'Inbev NV/SA', 'InBev NV/SA', '08-cv-01965', 'E8-27970', 'Budweiser', 'Bud Light', 'Labatt "
 "Blue': 0 everywhere; 'Anheuser-Busch Companies' only in GATHERING.md (40zk's lead); 'Labatt' in other matters (by "
 "their names: dev Wikinews on Labatt USA's headquarters move to Buffalo, 2007 -- **doubtful**: the same subsidiary a "
 "year before, another event; train Molson's 2005 craft-beer purchase, the Division's AB InBev / SABMiller 2016 "
 "notice; a dev FCC text); 'InBev' in the Division's AB InBev / SABMiller (train) and AB InBev / Grupo Modelo (test) "
 "notices and Wikinews texts (other matters); 'Garza' (not in the kept text) in other Division texts; no dev or test "
 "file's text read.",
 True))

# ---- Anheuser-Busch / Craft Brew Alliance, Federal Register notice, 30 October 2020 ----------------------------------
U2 = "http://federal.elaws.us/fr/10/30/2020/2020-24056"
T2 = "United States v. Anheuser-Busch InBev SA/NV, et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-anheuser-busch-craft-brew-alliance-proposed-final-judgment-2020", U2, "2020-10-30", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the Eastern District of Missouri, in United States v. Anheuser-Busch InBev SA/NV, et al., Civil "
 "Action No. 4:20-cv-01282-SRC. On September 18, 2020, the United States filed a Complaint alleging that the proposed "
 "acquisition by Anheuser-Busch Companies, LLC (\u201cAB Companies\u201d), a minority shareholder in Craft Brew "
 "Alliance, Inc. (\u201cCBA\u201d), of the remaining shares of CBA would violate Section 7 of the Clayton Act, 15 "
 "U.S.C. 18. AB Companies is a wholly-owned subsidiary of Anheuser-Busch InBev SA/NV (\u201cABI\u201d). The proposed "
 "Final Judgment, filed at the same time as the Complaint, requires ABI, AB Companies, and CBA to divest Kona "
 "Brewery, LLC, which houses CBA's entire Kona brand business in the State of Hawaii, among other related tangible "
 "and intangible assets, and to license to the acquirer the Kona brand in Hawaii. The United States has approved PV "
 "Brewing Partners, LLC, as the acquirer.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the Eastern District of Missouri. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "beverages/brewing", "deal,regulatory",
 att(T2, "85 FR 68918, FR Doc. 2020-24056", "2020-10-30", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 30 October 2020 (85 FR 68918-68932, FR Doc. "
 "2020-24056; kept as `published`; issue, pages and weekday from justia's copy of the printed page) as "
 "federal.elaws.us reproduces it (origin string `FRE`, as batches 40zk, 41c, 42w). Left out: the host's heading line "
 "('2020-24056.' and the notice's title, kept as `title`), the bullet, 'Start Preamble', the page marker 'Start "
 "Printed Page 68919' inside the first paragraph ('a' / 'minority shareholder': the marker dropped, the space before "
 "it kept, nothing joined) and the host's leading spaces (whitespace only). The three paragraphs set off by a blank "
 "line. Cut after the third paragraph's first sentence ('Public comment is invited within 60 days of the date of "
 "this notice.'), before 'Such comments, including the name of the submitter, and responses thereto, will be posted "
 "on the Antitrust Division's website, filed with the Court, and, under c', where the excerpt breaks off "
 "(`truncated`: the comment address, the section chief's name, the Competitive Impact Statement and the Final "
 "Judgment are not in the kept text). Kept as written: the curly quotation marks around the defined names, the "
 "straight apostrophes (\"CBA's\", \"Antitrust Division's\"), the comma after 'Eastern District of Missouri' before "
 "'in United States v.', 'wholly-owned', 'PV Brewing Partners, LLC, as the acquirer', the web address. 255 words (whitespace-split). "
 "One text per event: the Division's release of 18 September 2020 (Assistant Attorney General Makan Delrahim "
 "quoted) came back only as copies and news (yumanewsnow, the Brewers Association, Wolters Kluwer's Antitrust Law "
 "Daily, the Motley Fool, Law360), not the Department's page, and is left out, as are the notice's justia copy "
 "(its printed page opens with another notice), a Hawaii newspaper's legal notice of the same text (hawaiisclassifieds) "
 "and the Competitive Impact Statement (docslib: a court paper). Found with 'Justice Department requires "
 "divestitures beer brewing acquisition Antitrust Division' (rank 2). "
 + CHECK + "'Craft Brew', 'Kona Brew', 'PV Brewing', '2020-24056', '68918', '4:20-cv-01282': 0 everywhere; 'Kona' "
 "only in other matters (by their names: a Hawaii earthquake report, Wikipedia texts, batches 26c, 31a, 36b); "
 "'Anheuser-Busch InBev SA/NV' in the Division's AB InBev / SABMiller 2016 (train) and AB InBev / Grupo Modelo "
 "2013 (test) notices, other matters; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
