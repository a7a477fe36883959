#!/usr/bin/env python3
"""Batch 43s (session 44, gatherer 43s): three matters told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a ninth round of session 44 after batches 43c, 43e, 43h, 43j, 43l, 43m, 43o and 43q in
the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j,
43l, 43m, 43o and 43q, first-party text only, legal publishing, mainframe software and gasoline pumps, 1996-2000:
  - the Antitrust Division's notice on the transaction in which The Thomson Corporation agreed to acquire West
    Publishing Company (Federal Register, 61 FR 35250, FR Doc. 96-16891, 5 July 1996, as federal.elaws.us reproduces
    the GPO text);
  - the Division's notice on the proposed acquisition by Computer Associates International, Inc. of PLATINUM
    Technology International, Inc. (Federal Register, 64 FR 32538, FR Doc. 99-15419, 17 June 1999, as
    federal.elaws.us reproduces the GPO text);
  - the Division's release on the Department's intention to block the proposed joint venture between Franklin
    Electric Co. Inc. and United Dominion Industries Inc., 'Franklin Electric's subsidiary FE Petro' and 'United
    Dominion's subsidiary, The Marley Company' (usdoj.gov, 30 May 2000, as the UNT Libraries' End of Term 2008 web
    archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, rules, 'DEPARTMENT OF
JUSTICE', 'Antitrust Division' and the notices' headings (kept as `title`), the release's format note, letterhead,
date and telephone lines, headline (kept as `title`) and subheadline are left out; the GPO text's line wraps joined
with a space (a wrap after a hyphen joined without one); each text is cut at the last full sentence before its
excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch43s.py [POOL_DIR] [--dry]   (default /tmp/gather44s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import ARC
from batch43m import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44s/pool"
# batch 43m's check note (the session-42, -43 and -44 pools and scripts), with batches 43m's, 43o's and 43q's pools
# named too
CHECK = CHECK.replace("(batches 43c's, 43e's, 43h's, 43j's and 43l's pools /tmp/gather44c/pool, /tmp/gather44e/pool, "
                      "/tmp/gather44h/pool, /tmp/gather44j/pool and /tmp/gather44l/pool included): ",
                      "(batches 43c's, 43e's, 43h's, 43j's, 43l's, 43m's, 43o's and 43q's pools /tmp/gather44c/pool, "
                      "/tmp/gather44e/pool, /tmp/gather44h/pool, /tmp/gather44j/pool, /tmp/gather44l/pool, "
                      "/tmp/gather44m/pool, /tmp/gather44o/pool and /tmp/gather44q/pool included, and every other "
                      "/tmp/gather44*/pool present): ")
assert "gather44q" in CHECK
R = []

# ---- Thomson / West Publishing, Federal Register notice, 5 July 1996 ---------------------------------------------------
U1 = "http://federal.elaws.us/fr/7/5/1996/96-16891"
U1R = "http://federal.elaws.us/fr/10/11/1996/96-25030"
U1C = "http://www.cptech.org/ip/health/cl/uscl/usdoj-961011-west.html"
T1 = ("United States of America vs. The Thomson Corporation and West Publishing Company; Proposed Final Judgment and "
      "Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-thomson-west-publishing-proposed-final-judgment-1996", U1, "1996-07-05", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States vs. The Thomson Corporation and West Publishing "
 "Company, Civ. Action No. 96-1415. The proposed Final Judgment is subject to approval by the Court after the "
 "expiration of the statutory 60-day public comment period and compliance with the Antitrust Procedures and "
 "Penalties Act, 15 U.S.C. 16(b)-(h).\n\n"
 "On June 19, 1996, the United States filed a Complaint seeking to enjoin a transaction in which The Thomson "
 "Corporation (``Thomson'') agreed to acquire West Publishing Company (``West''). Thomson and West are two of the "
 "country's largest publishers of law books and legal research materials. Thomson and West publish numerous "
 "competing legal publications, including the only two annotated United States Codes and the only two enhanced U.S. "
 "Supreme Court reporters. The Complaint alleged that the proposed acquisition would substantially lessen "
 "competition in the market for legal publications in violation of section 7 of the Clayton Act, 15 U.S.C. 18, and "
 "Section 1 of the Sherman Antitrust Act, 15 U.S.C. 1.\n\n"
 "The proposed Final Judgment orders defendants to divest 51 legal publications to one or more purchasers who have "
 "the ability effectively to compete in the market for legal publications.",
 "media/publishing", "deal,regulatory",
 att(T1, "61 FR 35250, FR Doc. 96-16891", "1996-07-05", "federal.elaws.us reproduces the GPO text", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 5 July 1996 (61 FR 35250-35265, FR Doc. "
 "96-16891; kept as `published`; issue, pages and weekday from the GPO header lines the host reproduces), as "
 "federal.elaws.us reproduces the GPO text (batches 43h, 43m, 43o and 43q took notices from federal.elaws.us the "
 "same way). The second paragraph checked against the Division's later notice on the same suit (Public Comments and "
 "Plaintiff's Response, 61 FR 53386, FR Doc. 96-25030, 11 October 1996, " + U1R + ", and the GPO Access text as "
 "cptech.org reproduces it, " + U1C + "), which repeats it: the same words, except 'Compliant' for 'Complaint' in "
 "its first sentence and 'Section 7' for 'section 7' there. Left out: the GPO header lines ('[Federal Register "
 "Volume 61, Number 130 (Friday, July 5, 1996)]', '[Notices]', '[Pages 35250-35265]', 'From the Federal Register "
 "Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 96-16891]'), the rules, 'DEPARTMENT OF "
 "JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wraps joined). The GPO text's "
 "line wraps joined with a space (no word broken at a wrap). Cut after the third paragraph's first sentence ('... in "
 "the market for legal publications.'), before 'To in', where the excerpt stops mid-word (`truncated`: the rest of "
 "the ordered divestiture, the section chief's name, the signature and the Competitive Impact Statement are not in "
 "the kept text). Kept as written: 'vs.' in the case name (the heading and the text), 'Civ. Action No. 96-1415', "
 "\"the country's\", 'section 7' in lower case beside 'Section 1', 'the ability effectively to compete', the GPO "
 "text's doubled backquotes and apostrophes around the defined names. 226 words. One text per event: the October "
 "1996 notice with the public comments (a later notice on the same suit), the court's opinion of 23 December 1996 "
 "(949 F. Supp. 907; casetext, justia, cetient, midpage), the Competitive Impact Statement and Final Judgment "
 "(scribd, pdfslide) and HyperLaw's filings and docket (hyperlaw.com: a party's papers) not taken; no Division "
 "release came back. Found with 'United States v. The Thomson Corporation and West Publishing Company proposed final "
 "judgment' (rank 4; batch 43q's lead Thomson/West). "
 + CHECK + "'West Publishing', 'Thomson Corp', '96-1415', '96-16891', '35250': 0 in the corpus files' texts, the "
 "scripts and the pools ('West Publishing' only in GATHERING.md, batch 43q's names checked and leads); 'Thomson Corp' "
 "only in test wn-thomson-corporation-reuters-agree-merge-2007 (by its name: the 2007 Thomson/Reuters deal, another "
 "matter) and GATHERING.md; no dev or test file's text read.",
 True))

# ---- Computer Associates / PLATINUM Technology, Federal Register notice, 17 June 1999 --------------------------------
U2 = "http://federal.elaws.us/fr/6/17/1999/99-15419"
U2G = "https://www.govinfo.gov/content/pkg/FR-1999-06-17/html/99-15419.htm"
U2L = ("http://print.casetext.com/federal-register/united-states-v-computer-associates-international-inc-proposed-"
       "final-judgment-and-competitive-impact-statement-1")
T2 = "United States v. Computer Associates International, Inc.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-computer-associates-platinum-technology-proposed-final-judgment-1999", U2, "1999-06-17",
 T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Amended Final Judgment, Hold Separate Stipulation and Order and Competitive Impact Statement have been "
 "filed with the United States District Court for the District of Columbia in United States of America v. Computer "
 "Associates, International, Inc. and PLATINUM Technology International, Inc., Civil Action No. 1:99CV01318. On May "
 "25, 1999, the United States filed a Complaint and on June 8, 1999, the United States filed amendments to the "
 "Complaint. The Complaint, as amended, alleges that the proposed acquisition by Computer Associates International, "
 "Inc. (CA) of PLATINUM Technology International, Inc. (Platinum) would violate Section 7 of the Clayton Act, 15 "
 "U.S.C. 18, in the markets for the following systems management software products used on IBM and IBM-compatible "
 "mainframe computers with the MVS (now renamed OS/390) or VSE operating systems: (1) MVS (OS/390) job scheduling "
 "and rerun software; (2) VSE job scheduling and rerun software; (3) MVS (OS/390) tape management software; (4) VSE "
 "automated operations software; (5) MVS (OS/390) change management software; (6) MVS (OS/390) job accounting and "
 "chargeback software and (7) VSE job accounting and chargeback software.",
 "tech/software", "deal,regulatory",
 att(T2, "64 FR 32538, FR Doc. 99-15419", "1999-06-17", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 17 June 1999 (64 FR 32538-32551, FR Doc. "
 "99-15419; kept as `published`; issue, pages and weekday from the GPO header lines the host reproduces), as "
 "federal.elaws.us reproduces the GPO text (batches 43h, 43m, 43o and 43q took notices from federal.elaws.us the "
 "same way). The host's page came back twice (indented with its heading line; bare GPO lines, the longer, taken): "
 "the same words. Checked word for word against the GPO text on govinfo (" + U2G + ") as far as its excerpt runs "
 "('... the software products that Platinum sells in'): the same words and line wraps. Left out: the GPO header "
 "lines ('[Federal Register Volume 64, Number 116 (Thursday, June 17, 1999)]', '[Notices]', '[Pages 32538-32551]', "
 "'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 99-15419]'), "
 "the rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wrap "
 "joined). The GPO text's line wraps joined with a space, except 'IBM-' at the end of a line and 'compatible' at the "
 "start of the next, joined as 'IBM-compatible' (the hyphen is the compound's own, as govinfo's copy prints it at "
 "the same wrap). Cut after the paragraph's fourth sentence ('... (7) VSE job accounting and chargeback software.'), "
 "before 'The proposed Amended Final Judgment, filed at the same time as the amendments to the Complaint, requires "
 "the appointment of a trustee to divest to a purchaser approved by the United States the software products that "
 "Platinum sells in each of these markets, along wit', where the excerpt stops mid-word (`truncated`: the ordered "
 "divestiture, the section chief's name, the signature and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: 'Computer Associates, International, Inc.' with its comma in the case name beside "
 "'Computer Associates International, Inc.' in the heading and the allegation, 'PLATINUM' in capitals, 'Civil Action "
 "No. 1:99CV01318', '(CA)' and '(Platinum)' as printed without quotation marks, 'chargeback software and (7)' "
 "without a semicolon. 193 words. One text per event: the Division's 2002 notice on the later suit over the same "
 "deal (67 FR 41472, 18 June 2002, casetext, " + U2L + ": the parties' conduct before they 'consummated their "
 "merger', a Hart-Scott-Rodino and Sherman Act case, a later event) not taken; the memoranda and Final Judgments "
 "(the UNT archive's usdoj.gov pages f2400/2467.htm and f11000/11083.htm, scribd) are court papers; no Division "
 "release came back. Found with 'United States v. Computer Associates International and Platinum Technology "
 "proposed final judgment' (ranks 1, 2 and 5; batch 43q's lead Computer Associates/Platinum). "
 + CHECK + "'Computer Associates', 'Platinum Technology', 'PLATINUM Technology', '99CV01318', '99-15419', 'OS/390': "
 "0 in the corpus files' texts, the scripts and the pools ('Computer Associates' and 'Platinum Technology' only in "
 "GATHERING.md, batch 43q's names checked and leads); 'Platinum' alone in train wp-patrice-motsepe, train "
 "voa-south-africa-mines-eskom-power-cuts-erwin-rationing-2008, train wp-vale-canada, dev wp-jcb-credit-card-company, "
 "test cma-case-page-cd-r-morrisons-completed-acquisition-undertakings-2022 and batches 17d's, 27a's and 36j's "
 "scripts (other matters by their names: the metal, a card tier, other companies); no dev or test file's text "
 "read.",
 True))

# ---- Franklin Electric / United Dominion Industries, Division release, 30 May 2000 ------------------------------------
U3 = ("https://webarchive.library.unt.edu/eot2008/20081105075519/http:/www.usdoj.gov/atr/public/press_releases/2000/"
      "4853.htm")
U3F = ("https://webarchive.library.unt.edu/eot2008/20081105075519/http:/www.usdoj.gov/atr/public/press_releases/2000/"
       "4865.htm")
T3 = ("DEPARTMENT OF JUSTICE ANNOUNCES ITS INTENTION TO BLOCK PROPOSED JOINT VENTURE BETWEEN FRANKLIN ELECTRIC AND "
      "UNITED DOMINION INDUSTRIES")
R.append(federal(
 "us-doj-franklin-electric-united-dominion-fe-petro-marley-joint-venture-2000", U3, "2000-05-30", T3,
 "WASHINGTON, D.C. - The Department of Justice today announced its intention to file a civil antitrust lawsuit to "
 "block a proposed joint venture between Franklin Electric Co. Inc. and United Dominion Industries Inc. because the "
 "transaction would eliminate competition in the production and sale of submersible turbine pumps (STPs) used in "
 "gasoline service stations in the United States.\n\n"
 "STPs are pumping mechanisms used at gasoline service stations to transfer gasoline from underground storage tanks "
 "to above-ground island dispensers. Submersible turbine pumps are used at over 90 percent of the gasoline service "
 "stations in the U.S.\n\n"
 "The joint venture would combine the assets of Franklin Electric's subsidiary FE Petro and the petroleum related "
 "assets of United Dominion's subsidiary, The Marley Company. The companies compete vigorously with each other, and "
 "are the only two firms that produce and sell STPs in the U.S. Marley, which has approximately a 60 percent market "
 "share, sells STPs under the brand name \"Red Jacket.\" FE Petro, which has approximately a 40 percent market "
 "share, sells STPs under the \"FE Petro\" brand name. The joint venture would be 75 percent owned by Franklin "
 "Electric and 25 percent owned by Marley, eliminating the head-to-head competition that currently exists between "
 "the two companies.",
 "manufacturing/pumps", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 2000-05-30, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U3,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/2000/4853.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(batches 41h, 43c and 43q took Division releases the same way). Left out: the page's format note ('This document "
 "is available in two formats: ... contact the Antitrust Documents Group.'), the letterhead lines ('U.S. Department "
 "of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'TUESDAY, MAY 30, 2000' (kept as "
 "`published`), 'WWW.USDOJ.GOV/ATR', 'AT', '(202) 514-2007', 'TDD: (202) 514-1888'), the headline (kept as "
 "`title`, its three printed lines joined with a space, in capitals as printed) and the subheadline ('Joint Venture "
 "Would Eliminate Competition in Submersible Turbine Pumps'). Cut after the third paragraph ('... between the two "
 "companies.'), before '\"This proposed joi', where the excerpt stops mid-word (`truncated`: the quotation that "
 "follows, its speaker and the rest of the release are not in the kept text). Kept as written: the dateline "
 "'WASHINGTON, D.C. -' with one hyphen, 'Franklin Electric Co. Inc.' and 'United Dominion Industries Inc.' without "
 "commas, 'petroleum related' without a hyphen, 'the brand name \"Red Jacket.\"' with the full stop inside the "
 "quotation marks, the straight quotation marks and apostrophes. 204 words. No other copy of the release came back. "
 "One text per event: the Division's release of the next day on the suit filed in Madison, Wisconsin (" + U3F + ", "
 "Joel I. Klein quoted; the same matter, its second step) not taken, the first telling the subsidiaries; the "
 "Temporary Restraining Order, the memorandum in support (justice.gov atr/cases f4800/4892.htm, the UNT archive's "
 "f4800/4883.htm) and the court's opinion of 30 August 2000 (130 F. Supp. 2d 1025; justia, vlex, pdfslide, scribd: "
 "'the new company, Petroleum Submersibles, LLC', United Dominion Industries, Limited the parent of United Dominion "
 "Industries, Inc.) are court papers; news (latimes, 1 June 2000) is not a federal text. Found with 'United States v. "
 "Franklin Electric Co. United Dominion Industries proposed final judgment submersible motors' (rank 8; batch 43q's "
 "lead Franklin Electric) and 'Department of Justice announces its intention to block proposed joint venture "
 "between Franklin Electric and United Dominion Industries FE Petro Marley Red Jacket' (rank 1). "
 + CHECK + "'Franklin Electric', 'United Dominion', 'FE Petro', 'Marley', 'Red Jacket', 'submersible turbine', "
 "'00-C-0334': 0 in the corpus files' texts, the scripts and the pools ('Franklin Electric' only in GATHERING.md, "
 "batch 43q's names checked and leads); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
