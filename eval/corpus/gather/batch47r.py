#!/usr/bin/env python3
"""Batch 47r (session 48, gatherer 47r): three company deals the Justice Department's Antitrust Division let go ahead
on divestitures settled with the suit -- ASSA ABLOY AB's proposed acquisition of Spectrum Brands Holdings, Inc.'s
Hardware and Home Improvement division (ASSA ABLOY's EMTEK and Schaub door hardware businesses and its Yale and August
smart lock businesses in the United States and Canada to be sold to Fortune Brands Innovations, Inc., 2023), Novelis
Inc.'s proposed acquisition of Aleris Corporation's North American aluminum automotive body sheet business (Aleris's
Lewisport, Kentucky plant and Madison Heights, Michigan service centre to be sold, 2020) and UnitedHealth Group
Incorporated's proposed acquisition of Amedisys, Inc. (home health, hospice and palliative care branches to be sold to
BrightSpring Health Services, Inc. and The Pennant Group, Inc., 2025) -- told in US federal public-domain texts of the
Department (17 U.S.C. 105), a round of session 48 after batches 47b, 47f, 47i, 47l and 47n in the DOJ lane (batches
46b, 46e, 46i, 46k before them), first-party text only:
  - the Office of Public Affairs press release 'Justice Department Reaches Settlement in Suit to Block ASSA ABLOY's
    Proposed Acquisition of Spectrum Brands' Hardware and Home Improvement Division' (justice.gov, 5 May 2023);
  - the Division's notice 'United States v. Novelis Inc., et al., No. 1:10-cv-02033 (CAB); Proposed Final Judgment
    and Competitive Impact Statement' (85 FR 31212, FR Doc. 2020-11073, 22 May 2020, the GPO text on govinfo.gov);
  - the Division's notice 'United States, et al. v. UnitedHealth Group Incorporated, et al.; Proposed Final Judgment
    and Competitive Impact Statement' (90 FR 39268, FR Doc. 2025-15486, 14 August 2025, the GPO text on govinfo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The release's page lines ('Skip to main content',
'Press Release', 'For Immediate Release', 'Office of Public Affairs') and its sub-headline are left out, its headline
kept as `title`; its paragraphs kept as the excerpt gives them, set off by a blank line, a trailing space dropped. The
notices' GPO header lines, rules, part cover, running head, 'DEPARTMENT OF JUSTICE' and 'Antitrust Division' are left
out and each heading kept as `title` (its wrapped lines joined with a space); the GPO line wraps joined with a space
(no word is split at a line end in the kept text); paragraphs set off by a blank line. Each text is cut at the last
full sentence before the excerpt breaks off. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47r.py [POOL_DIR] [--dry]   (default /tmp/gather48r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch40zi import OPA
from batch41c import FRG, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48r/pool"
# a check note of this batch's own (as 47b's, 47f's, 47i's, 47l's and 47n's), naming the session-48 pools present at
# the last check; the working tree of /work/main was on branch s48-seco (without session 48's rounds) while this batch
# ran, so the corpus, GATHERING.md and the gather scripts were also searched on branch main (git grep)
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of the working tree, and git grep -il over branch main's train, dev and test: names of matching files "
         "only, no dev or test file's text read), GATHERING.md (branch main's, its 'not used' lists included), every "
         "gather script (branch main's, batch47n.py the latest of this lane), the notes under /work/notes (gather46, "
         "gather47, gather48) and every /tmp/gather48*/pool present (at the last check 48a's, 48e's, 48h's, 48k's, "
         "48m's and 48p's SEC texts, 48b's, 48f's, 48i's, 48l's and 48n's DOJ texts, 48c's, 48g's, 48j's, 48o's and "
         "48q's FCC texts and an empty 48d, none naming this matter): ")
R = []

# ---- ASSA ABLOY / Spectrum Brands' HHI division / Fortune Brands, Office of Public Affairs, 5 May 2023 -------------
U1 = "https://justice.gov/opa/pr/justice-department-reaches-settlement-suit-block-assa-abloy-s-proposed-acquisition-spectrum"
T1 = ("Justice Department Reaches Settlement in Suit to Block ASSA ABLOY\u2019s Proposed Acquisition of Spectrum Brands\u2019 "
      "Hardware and Home Improvement Division")
R.append(federal(
 "us-doj-assa-abloy-spectrum-brands-hardware-home-improvement-divest-fortune-brands-2023", U1, "2023-05-05", T1,
 "The Department of Justice announced today that it has reached a settlement in its litigation regarding ASSA ABLOY "
 "AB\u2019s (ASSA ABLOY) proposed $4.3 billion acquisition of Spectrum Brand Holding Inc.\u2019s Hardware and Home "
 "Improvement division. The proposed settlement requires ASSA ABLOY to divest assets as a condition of finalizing "
 "ASSA ABLOY\u2019s transaction with Spectrum Brands Holdings, Inc.\n\n"
 "Under the terms of the proposed settlement, which is subject to court approval, ASSA ABLOY must divest assets to "
 "Fortune Brands Innovations, Inc. that are designed to allow Fortune to compete in the markets for premium "
 "mechanical door hardware and smart locks used in residential and multifamily buildings. These assets include ASSA "
 "ABLOY\u2019s EMTEK and Schaub premium mechanical door hardware businesses, its Yale and August residential smart "
 "lock businesses in the United States and Canada, and other assets for multifamily smart lock applications in the "
 "United States and Canada. Additional terms of the settlement include: expanding Fortune\u2019s intellectual property "
 "and commercialization rights in smart locks, inclusion of additional residential mechanical lock assets, the "
 "appointment of a monitoring trustee, a penalty provision for delayed transfer of a manufacturing facility, and the "
 "ability, under certain circumstances, for the Department to seek additional relief later if the divestiture fails "
 "to maintain the intensity of competition that existed before the merger for smart locks used for residential and "
 "multifamily buildings.\n\n"
 "ASSA ABLOY AB is a publicly traded Swedish stock company headquartered in Stockholm, Sweden.",
 "building products/door hardware", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2023-05-05, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release on justice.gov (origin string `OPA`, as batches 40zi, 47f, 47n). Left out: "
 "'Skip to main content', 'Press Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public "
 "Affairs' and the sub-headline 'Proposed Settlement Requires Expanded Divestiture' (a heading; **doubtful**, as 47n: "
 "a reader may keep it as the text's first line). The excerpt holds no date line: `published` 5 May 2023 (a Friday), "
 "from the Reuters report of the parties' statements dated that day ('said on Friday they have reached a settlement', "
 "marketscreener.com's copy) and thedailyripple.org's reprint of the release's opening ('Published on Friday, 05 May "
 "2023'); the Division's Federal Register notice of the settlement followed on 15 May 2023 (88 FR 31007, FR Doc. "
 "2023-10343) (**doubtful**, as 40zi, 47f and 47n: the date is taken from other texts, not from the page). The "
 "excerpt's first three paragraphs kept, set off by a blank line; the space after the first paragraph's last "
 "sentence dropped (whitespace only). Cut after the third paragraph's first sentence ('... headquartered in "
 "Stockholm, Sweden.'), before 'It sells its residential door hardware products in the United States under t', "
 "where the excerpt breaks off (`truncated`: the rest of the company descriptions, any quotation of the Assistant "
 "Attorney General and the suit's account are not in the kept text). Kept as written: the curly apostrophes, 'ASSA "
 "ABLOY' in capitals, the release's two spellings of the seller ('Spectrum Brand Holding Inc.\u2019s' in the first "
 "sentence, 'Spectrum Brands Holdings, Inc.' in the second), 'Hardware and Home Improvement division' with a lower-"
 "case 'division' (the headline capitalises it), 'EMTEK' in capitals, 'the Department' with a capital, 'include: "
 "expanding', '$4.3 billion'. 237 words (whitespace-split). One text per event: the Division's Federal Register "
 "notice of the settlement (88 FR 31007; only justia's printed page came back, opening on an ITC notice), law-firm "
 "notes (Baker McKenzie) and news (Reuters, copyrighted; findecta's copy of it) left out. Found with 'Justice "
 "Department Assa Abloy Spectrum Brands divestiture Fortune Brands settlement' (rank 2, below findecta's copy of the "
 "Reuters report). "
 + CHECK + "'Assa Abloy', 'Spectrum Brand', 'Fortune Brands Innovations', 'Schaub', 'Yale and August', 'Kanter', "
 "'2023-10343': 0 in the corpus files; 'Assa Abloy' and 'Spectrum Brands' only in 47n's lead line (GATHERING.md, "
 "/work/notes/gather48/47n.md); 'Fortune Brands' in other matters only (a test Wikipedia text on Allied Domecq, by "
 "its name, and the batch 29d scripts and notes on it); 'EMTEK' only as another company (GATHERING.md's note on an "
 "Indonesian media group, 'Emtek'); no dev or test file's text read.",
 True))

# ---- Novelis / Aleris, Federal Register notice, 22 May 2020 ----------------------------------------------------------
U2 = "https://www.govinfo.gov/content/pkg/FR-2020-05-22/html/2020-11073.htm"
U2E = "http://federal.elaws.us/fr/5/22/2020/2020-11073"
T2 = ("United States v. Novelis Inc., et al., No. 1:10-cv-02033 (CAB); Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-novelis-aleris-proposed-final-judgment-2020", U2, "2020-05-22", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the Northern District of Ohio in United States of America v. Novelis Inc., et al., Civil Action "
 "No. 1:19-cv-02033 (CAB). On September 4, 2019, the United States filed a Complaint alleging that Novelis Inc.'s "
 "proposed acquisition of Aleris Corporation's North American aluminum automotive body sheet (``ABS'') business would "
 "violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed on May 12, 2020, requires "
 "Novelis Inc. to divest Aleris Corporation's North American aluminum ABS operations in their entirety. The "
 "divestiture includes two facilities: One production facility in Lewisport, Kentucky, and one technical service "
 "center located in Madison Heights, Michigan; and all other tangible and intangible assets related to or used in "
 "connection with the Lewisport, Kentucky facility.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the Northern District of Ohio. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.",
 "aluminum/metals", "deal,regulatory",
 att(T2, "85 FR 31212, FR Doc. 2020-11073", "2020-05-22", "the GPO's Federal Register Online holds it on govinfo.gov",
     U2),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Friday, 22 May 2020 (Volume 85, Number 100, pages "
 "31212-31227, FR Doc No: 2020-11073; kept as `published`), the GPO text on govinfo.gov (origin string `FRG`, as "
 "batches 41c, 43j, 43l, 43o, 46e, 47n). Left out: the GPO header lines ('[Federal Register Volume 85, Number 100 "
 "(Friday, May 22, 2020)]', '[Notices]', '[Pages 31212-31227]', 'From the Federal Register Online via the Government "
 "Publishing Office [www.gpo.gov]', '[FR Doc No: 2020-11073]'), the rules of '=' and '-', 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its two wrapped lines joined with a space). The "
 "GPO line wraps joined with a space (no line of the kept text ends in a hyphen); the two paragraphs as printed, set "
 "off by a blank line (the page store's govinfo excerpt squeezes out the GPO's indentation; the break after "
 "'... Lewisport, Kentucky facility.' is read from its short line and from the elaws copy, which sets the two "
 "paragraphs apart). Cut after the second paragraph ('... set by Department of Justice regulations.'), before "
 "'Publ', where the excerpt breaks off (`truncated`: the comment period, the section chief, the Final Judgment and "
 "the Competitive Impact Statement are not in the kept text). Kept as written: the heading's case number 'No. "
 "1:10-cv-02033 (CAB)' against the text's 'Civil Action No. 1:19-cv-02033 (CAB)' (the heading's slip, as printed), "
 "the GPO's doubled backquotes and apostrophes around 'ABS' (``ABS''), the straight apostrophes ('Novelis Inc.'s', "
 "'Aleris Corporation's', \"Antitrust Division's\"), '15 U.S.C. 16(b)-(h)', 'two facilities: One production "
 "facility' (capital 'One'), 'Lewisport, Kentucky facility' (no comma after the state), the website address. 222 "
 "words (whitespace-split). The federal.elaws.us copy (" + U2E + ", rank 3 of the query below; the same GPO text "
 "with the host's heading line and 'Start Preamble') and vlex's copy (rank 1, its own header) not taken; the "
 "govinfo.gov text taken (rank 4), as 47n. One text per event: the Department's release of 12 May 2020 ('Justice "
 "Department Requires Divestiture Following Historic Arbitration Win') came back only as imperialvalleynews.com's "
 "reprint, not justice.gov's page (news copies of releases are not taken in this lane, 47n's Danfoss note); its "
 "releases on the arbitration (stl.news, pymnts, anycrime reprints), the Reuters, Law360, IndustryWeek and "
 "Business Today reports and Novelis's own statements (prnewswire, industrialheating) left out. Found with 'United "
 "States v. Novelis Inc. and Aleris Corporation Proposed Final Judgment and Competitive Impact Statement' (rank 4), "
 "after 'Justice Department requires divestiture Novelis acquisition of Aleris aluminum automotive body sheet' "
 "brought the release's reprint (rank 4). "
 + CHECK + "'Aleris', 'Novelis Inc', '2020-11073', '19-cv-02033', 'Lewisport', 'Madison Heights': 0 in the corpus "
 "files; 'Aleris' only in lead lines (GATHERING.md's batch 42h leads and 47n's; /work/notes/gather48/47n.md); "
 "'Novelis' in other matters only (a dev and two test Wikipedia texts, by their names: Morris Chang, CD Projekt, "
 "Hindalco Industries, none naming Aleris; the batch 25b scripts on the Hindalco text); no dev or test file's text "
 "read.",
 True))

# ---- UnitedHealth / Amedisys, Federal Register notice, 14 August 2025 -------------------------------------------------
U3 = "https://www.govinfo.gov/content/pkg/FR-2025-08-14/html/2025-15486.htm"
U3N = "https://frnow.com/Browse/Document/usa/na/fr/2025/8/14/2025-15486"
T3 = ("United States, et al. v. UnitedHealth Group Incorporated, et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-unitedhealth-amedisys-proposed-final-judgment-2025", U3, "2025-08-14", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Maryland in United States of America et al. v. UnitedHealth Group Incorporated, "
 "et al., Civil Action No. 1:24-cv-03267. On November 12, 2024, the United States filed a Complaint alleging that "
 "UnitedHealth Group Incorporated's proposed acquisition of Amedisys, Inc. would violate Section 7 of the Clayton "
 "Act, 15 U.S.C. 18, and that Amedisys, Inc. violated Section 7A of the Clayton Act, 15 U.S.C. 18a. The proposed "
 "Final Judgment requires UnitedHealth Group Incorporated and Amedisys, Inc. to divest certain home health, hospice, "
 "and palliative care branches and agencies to BrightSpring Health Services, Inc. and The Pennant Group, Inc., and/or "
 "to another acquirer acceptable to the United States. It additionally requires Amedisys to pay a $1.1 million civil "
 "penalty for violation of the HSR Act and to conduct antitrust compliance training for certain Amedisys employees.",
 "home health care", "deal,regulatory",
 att(T3, "90 FR 39268, FR Doc. 2025-15486", "2025-08-14", "the GPO's Federal Register Online holds it on govinfo.gov",
     U3),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Thursday, 14 August 2025 (Volume 90, Number 155, Part "
 "II, pages 39268-39298, FR Doc No: 2025-15486; kept as `published`), the GPO text on govinfo.gov (origin string "
 "`FRG`, as batches 41c, 43j, 43l, 43o, 46e, 47n). Left out: the GPO header lines ('[Federal Register Volume 90, "
 "Number 155 (Thursday, August 14, 2025)]', '[Notices]', '[Pages 39268-39298]', 'From the Federal Register Online via "
 "the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2025-15486]'), the Part II cover ('[[Page 39267]]', "
 "'Vol. 90', 'Thursday,', 'No. 155', 'August 14, 2025', 'Part II', 'Department of Justice', 'Antitrust Division' and "
 "the heading with '; Notice'), the running head 'Federal Register / Vol. 90, No. 155 / Thursday, August 14, 2025 / "
 "Notices', the page marker '[[Page 39268]]', the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's heading (kept as `title`, its two wrapped lines joined with a space). The GPO line wraps joined with a "
 "space (no line of the kept text ends in a hyphen; 'and/or' is written whole). One paragraph, as printed. The page "
 "store gave the same page twice: once with the GPO's indentation and blank lines, breaking off at '... antitrust "
 "compliance training for ' (rank 1), once with them squeezed out, running on to 'Copies of the Complaint, propose' "
 "(rank 4); the words are the same, the longer excerpt decides the cut. Cut after the first paragraph ('... training "
 "for certain Amedisys employees.'), before 'Copies of the Complaint, propose', where the longer excerpt breaks off "
 "(`truncated`: the comment period, the section chief, the Final Judgment and the Competitive Impact Statement are "
 "not in the kept text). Kept as written: 'United States of America et al. v.' (no comma before 'et al.'), "
 "\"UnitedHealth Group Incorporated's\" with a straight apostrophe, 'Amedisys, Inc.' and the bare 'Amedisys', 'The "
 "Pennant Group, Inc.' with its capital 'The', 'and/or', 'the HSR Act' (never written out), '15 U.S.C. 16(b)-(h)', "
 "'15 U.S.C. 18a'. 170 words (whitespace-split). frnow.com's copy (" + U3N + ", rank 2; the same text under its own "
 "header) not taken. One text per event: the Department's releases of 7 August 2025 (proposed settlement) and of the "
 "court's entry of the Final Judgment came back only as reprints (nationaldossier.com, archyde, financialregnews, "
 "pymnts), not justice.gov's pages; the Illinois Attorney General's release (riverbender.com's copy), LeadingAge, "
 "Axinn and Home Health Care News left out. Found with 'Justice Department UnitedHealth Amedisys settlement divest "
 "home health hospice agencies' (ranks 1 and 4). "
 + CHECK + "'Amedisys', 'BrightSpring', 'Pennant Group', '2025-15486', '24-cv-03267': 0 in the corpus files; "
 "'Amedisys' only in 47n's lead line (GATHERING.md, /work/notes/gather48/47n.md); 'Pennant' in a test text on a "
 "cable (by its name, Cantat-3); 'UnitedHealth Group Incorporated' in other matters only (by file names: the "
 "Division's train notices on UnitedHealth / Sierra Health Services 2008 and UnitedHealth / PacifiCare 2006 and a "
 "CRS report on the Change Healthcare cyberattack; 47n's UnitedHealth Group Inc. as the buyer of Tufts Health "
 "Freedom Plan, another matter); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
