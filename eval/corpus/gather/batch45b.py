#!/usr/bin/env python3
"""Batch 45b (session 46, gatherer 45b): two defence-electronics matters told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a round of session 46 in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c,
41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a, 44c, 44e, 44f, 44i,
44j, 44m, 44n, 44q and 44t, taking up batch 44t's lead (more defence-electronics notices of 1997-1999), first-party
text only, before the year 2000:
  - the Antitrust Division's notice on United States v. Raytheon Company and Texas Instruments Inc., 'the proposed
    acquisition by Raytheon Company of the Defense Systems and Electronics Unit of Texas Instruments Inc.' with the
    unit's MMICs business to be sold, the section chief named (Federal Register, 62 FR 39540, FR Doc. 97-19315, 23
    July 1997, the GPO text on govinfo.gov);
  - the Division's notice on United States v. Raytheon Company, General Motors Corporation, and HE Holdings, Inc.,
    'the proposed acquisition by Raytheon Company of Hughes Aircraft Company, a wholly owned subsidiary of HE Holdings,
    Inc. and an indirect subsidiary of General Motors Corporation', with Raytheon TI Systems' and Hughes' businesses
    to be sold and the RTIS/Lockheed Martin joint venture named (Federal Register, 62 FR 60267, FR Doc. 97-29474, 7
    November 1997, as federal.elaws.us reproduces the GPO text, checked against govinfo.gov's).
Texts are the search tool's page-store excerpts (corpus `pages`). The host heading line, the GPO header lines, rules,
'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the headings (kept as `title`) are left out; line wraps joined with
a space (no wrap falls after a printed hyphen in the kept text); each text is cut at the last full sentence before
its excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch45b.py [POOL_DIR] [--dry]   (default /tmp/gather46b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, FRG, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46b/pool"
# a check note of this batch's own: the session-42 to -45 pools that earlier notes named are no longer under /tmp, so
# the note names what was there at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch44v.py and batch44v_annotate.py the latest) and every /tmp/gather4*/pool present (the session-42 to -45 "
         "pools are gone; at the last check the session-46 pools /tmp/gather46a/pool and /tmp/gather46c/pool, SEC and "
         "FCC texts on other matters, with none of the names below): ")
R = []

# ---- Raytheon / Texas Instruments' Defense Systems and Electronics Unit, Federal Register notice, 23 July 1997 -----
U1 = "https://www.govinfo.gov/content/pkg/FR-1997-07-23/html/97-19315.htm"
U1C = "http://www.justice.gov/atr/cases/f5100/5121.htm"
U1P = "https://www.govinfo.gov/content/pkg/FR-1997-10-09/html/97-26828.htm"
T1 = "United States v. Raytheon Company and Texas Instruments Inc.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-raytheon-texas-instruments-defense-systems-electronics-proposed-final-judgment-1997", U1,
 "1997-07-23", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Order, Hold Separate and Partition Plan Stipulation and Order and "
 "Competitive Impact Statement have been filed with the United States District Court in the District of Columbia, "
 "Civil No. 1:97CV01515.\n\n"
 "On July 2, 1997, the United States filed a Complaint alleging that the proposed acquisition by Raytheon Company of "
 "the Defense Systems and Electronics Unit of Texas Instruments Inc. (``DS&E'') would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. Sec. 18. The complaint further alleges that the acquisition by Raytheon of DS&E would lead "
 "to a monopoly in X-band high power amplifier monolithic microwave integrated circuits (``MMICs''). The proposed "
 "Final Judgment, filed the same time as the Complaint, requires Raytheon to divest the MMICs business of DS&E.\n\n"
 "Public comment is invited within the statutory 60-day comment period. Such comments and responses thereto will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to J. Robert Kramer, "
 "Chief, Litigation II Section, Antitrust Division, United States Department of Justice, 1401 H Street, N.W., Suite "
 "3000, Washington, D.C. 20530 (telephone: 202/307-0924).",
 "aerospace/defence", "deal,regulatory,ownership",
 att(T1, "62 FR 39540, FR Doc. 97-19315", "1997-07-23", "the GPO publishes it on govinfo.gov", U1),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 23 July 1997 (62 FR 39540-39549, FR Doc. "
 "97-19315; kept as `published`; issue, pages and weekday from the GPO header lines), the GPO text on govinfo.gov "
 "(batches 44e and 44q used govinfo.gov's GPO text the same way); the page came back twice, the same words each "
 "time, and no federal.elaws.us copy came back. Left out: the GPO header lines ('[Federal Register Volume 62, Number "
 "141 (Wednesday, July 23, 1997)]', '[Notices]', '[Pages 39540-39549]', 'From the Federal Register Online via the "
 "Government Publishing Office [www.gpo.gov]', '[FR Doc No: 97-19315]'), the rules, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the notice's heading (kept as `title`, its line wrap joined). The GPO text's line wraps "
 "joined with a space (no word broken at a wrap; 'X-band' and '60-day' have their hyphens inside a line); the "
 "paragraph breaks where the GPO text indents. Cut after the third paragraph's third sentence ('... (telephone: "
 "202/307-0924).'), before 'Copies of the Complaint, Stipulation and Order, Hold Separate and Partition Plan "
 "Stipulation and Order, Proposed Final Judgment, and Competitive I', where the excerpt breaks off (`truncated`: the "
 "inspection paragraph, the Competitive Impact Statement and the Final Judgment are not in the kept text). Kept as "
 "printed: 'in the District of Columbia' ('in', not 'for'), the missing serial comma in '... Stipulation and Order "
 "and Competitive Impact Statement', 'Sec. 18', the GPO's doubled backticks and apostrophes in \"(``DS&E'')\" and "
 "\"(``MMICs'')\", 'The complaint' in lower case beside 'a Complaint', 'filed the same time as', 'N.W.', "
 "'202/307-0924'. 197 words. One text per event: the Final Judgment entered 5 November 1997 (" + U1C + ", a court "
 "paper) and the Division's notice of public comments and response (" + U1P + ", 62 FR 52773, 9 October 1997: a "
 "comment letter and the Division's answer, later in the same matter) not taken. Found with 'federal.elaws.us "
 "Antitrust Division proposed final judgment 1997 proposed acquisition defense electronics Corporation Complaint "
 "Section 7 Clayton Act' (rank 2) and 'Raytheon Texas Instruments Defense Systems and Electronics proposed final "
 "judgment MMICs 1997' (rank 1). "
 + CHECK + "'97-19315', '97CV01515', 'Defense Systems and Electronics', 'DS&E', 'MMIC': 0 in the corpus files' texts, "
 "GATHERING.md and the scripts; 'Raytheon' only in train wp-forcepoint-websense and train wp-femsa-2006, batches "
 "35t's and 40o's scripts and GATHERING.md's sections on Forcepoint, UTC/Raytheon (2020) and RTX (2024) (other "
 "matters, by their names); 'Texas Instruments' only in dev wp-morris-chang, test wp-lisa-su, test voa-asean-eu-"
 "trade-talks-texas-instruments-clsa-water-fund-2007 and batches 27a's, 32k's and 38z's scripts (other subjects, by "
 "their names); 'J. Robert Kramer' and 'Litigation II' in three DOJ files of other matters (train us-doj-federal-"
 "register-premdor-masonite-proposed-final-judgment-2001, dev us-doj-usa-waste-united-waste-systems-pittsburgh-"
 "landfill-settlement-1997, test us-doj-federal-register-amcor-alcan-packaging-medical-flexibles-proposed-final-"
 "judgment-2010, by their names: the section chief recurs, the matter does not); no dev or test file's text read.",
 True))

# ---- Raytheon / Hughes Aircraft, Federal Register notice, 7 November 1997 -----------------------------------------
U2 = "http://federal.elaws.us/fr/11/7/1997/97-29474"
U2G = "https://www.govinfo.gov/content/pkg/FR-1997-11-07/html/97-29474.htm"
U2R = ("https://webarchive.library.unt.edu/eot2008/20081105075651/http:/www.usdoj.gov/atr/public/press_releases/1997/"
       "1256.htm")
U2S = "https://www.scribd.com/document/306579/US-Department-of-Justice-Official-Release-00925-415at"
T2 = ("United States v. Raytheon Company, General Motors Corporation, and HE Holdings, Inc.; Proposed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-raytheon-hughes-aircraft-he-holdings-general-motors-proposed-final-judgment-1997", U2,
 "1997-11-07", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Order, Hold Separate and Partition Plan Stipulation and Order, and "
 "Competitive Impact Statement have been filed with the United States District Court in the District of Columbia, "
 "Civil No. 1:97CV02397.\n\n"
 "On October 16, 1997, the United States filed a Complaint alleging that the proposed acquisition by Raytheon "
 "Company of Hughes Aircraft Company, a wholly owned subsidiary of HE Holdings, Inc. and an indirect subsidiary of "
 "General Motors Corporation, would violate Section 7 of the Clayton Act, 15 U.S.C. Sec. 18. The proposed Final "
 "Judgment, filed contemporaneously with the Complaint, requires Raytheon to: (1) Divest the second generation and "
 "third generation focal plane array business of Raytheon TI Systems (``RTIS'') and the second generation ground "
 "electro-optical business of Hughes Aircraft Company's Sensors and Communications Segment; (2) establish a firewall "
 "that prevents the flow of information concerning the Follow-on-to-TOW (``FOTT'') missile program between the "
 "RTIS/Lockheed Martin Corp. joint venture FOTT team and the Hughes FOTT team, and between each FOTT team and any "
 "other employee of Raytheon; and (3) provide incentives to the RTIS/Lockheed Martin FOTT team to pursue its bid to "
 "ensure competition between Raytheon and Hughes in bids for the FOTT missile.",
 "aerospace/defence", "deal,regulatory,ownership",
 att(T2, "62 FR 60267, FR Doc. 97-29474", "1997-11-07", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 7 November 1997 (62 FR 60267-60278, FR Doc. "
 "97-29474; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a, 44e, 44i, 44m, 44q and 44t used federal.elaws.us the same way); the page "
 "came back twice, indented with the host's heading line (breaking off at 'program between the') and plain (running "
 "on to 'Public comment is invited within the'), the same words. govinfo.gov's GPO text of the same page (" + U2G +
 ") gives the same words, line for line, and breaks off after '... in bids for the FOTT missile.'. Left out: the "
 "host's heading line, the GPO header lines ('[Federal Register Volume 62, Number 216 (Friday, November 7, 1997)]', "
 "'[Notices]', '[Pages 60267-60278]', 'From the Federal Register Online via the Government Publishing Office "
 "[www.gpo.gov]', '[FR Doc No: 97-29474]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's heading (kept as `title`, its line wraps joined). The GPO text's line wraps joined with a space (no word "
 "broken at a wrap; 'electro-optical' and 'Follow-on-to-TOW' have their hyphens inside a line); the paragraph break "
 "where the indented copy indents. Cut after the second paragraph ('... in bids for the FOTT missile.'), before "
 "'Public comment is invited within the', where the plain copy's excerpt breaks off (`truncated`: the comment "
 "paragraph with the section chief's name, the Competitive Impact Statement and the Final Judgment are not in the "
 "kept text). Kept as printed: 'in the District of Columbia', 'Sec. 18', the GPO's doubled backticks and apostrophes "
 "in \"(``RTIS'')\" and \"(``FOTT'')\", the capital 'D' in '(1) Divest' beside '(2) establish' and '(3) provide', "
 "'RTIS/Lockheed Martin Corp.' and 'RTIS/Lockheed Martin' with their slashes. 214 words. One text per event: the "
 "Department's release of 16 October 1997, 'JUSTICE DEPARTMENT REQUIRES DIVESTITURES AS CONDITION OF RAYTHEON'S "
 "ACQUISITION OF HUGHES AIRCRAFT' (" + U2R + ", the UNT Libraries' End of Term 2008 archive of usdoj.gov: its "
 "excerpt names no official; a longer release with Joel I. Klein quoted came back only as a scribd upload, " + U2S +
 ", not the Department's page), and the Complaint, Competitive Impact Statement and Final Judgment (justice.gov: "
 "court papers) not taken; the notice names the subsidiary chain and the joint venture in full, so it is the text "
 "taken. Found with 'Raytheon Texas Instruments Defense Systems and Electronics proposed final judgment MMICs 1997' "
 "(rank 5) and 'United States v. Raytheon Company, General Motors Corporation, and HE Holdings, Inc. proposed "
 "acquisition Hughes Aircraft Company focal plane array' (ranks 1, 2 and 5). "
 + CHECK + "'Hughes Aircraft', 'HE Holdings', '97-29474', '97CV02397', 'Raytheon TI', 'Follow-on-to-TOW', 'focal "
 "plane', 'Sensors and Communications' and the words 'RTIS' and 'FOTT': 0 in the corpus files' texts, GATHERING.md "
 "and the scripts; 'Raytheon' only in the files and sections on other matters named for the notice above; 'General "
 "Motors Corporation' only in train wn-penske-auto-selected-buy-general-motors-2009, dev wn-general-motors-"
 "automobile-sales-plunge-45-2009 and test wn-gm-posts-first-annual-loss-since-2006 (2009 Wikinews stories on other "
 "matters, by their names); 'Lockheed Martin Corp' in four corpus files on other matters by their names (among them "
 "dev us-doj-federal-register-lehman-brothers-l-3-communications-alliedsignal-sonar-proposed-final-judgment-1998, "
 "batch 44t's L-3 notice, another matter) and batches 17d's, 19b's and 44t's scripts; no dev or test file's text "
 "read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
