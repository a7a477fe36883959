#!/usr/bin/env python3
"""Batch 41c (session 42, gatherer 41c): company deals told in US federal public-domain texts (17 U.S.C. 105) of
the Justice Department's Antitrust Division, the DOJ merger lane of batches 16e, 21c, 22b, 40zi and 40zk taken up
again (telecom, networking, test equipment and an electric utility):
  - the Antitrust Division's Federal Register notice on AT&T Inc.'s proposed acquisition of Dobson Communications
    Corporation and the divestitures of Dobson's wireless businesses in Kentucky and Oklahoma, AT&T's minority
    interests in Texas and Missouri and Dobson's interest in Cellular One Properties, LLC (72 FR 65060, 19 November
    2007, as federal.elaws.us reproduces it);
  - the Division's notice on Exelon Corporation's proposed acquisition of Public Service Enterprise Group
    Incorporated (PSEG) and the divestiture of six generating stations in Pennsylvania and New Jersey (71 FR 49477,
    23 August 2006, as regulations.vlex.com reproduces the GPO Access text);
  - the Division's notice on Hewlett Packard Enterprise Company's proposed acquisition of Juniper Networks, Inc., the
    divestiture of the HPE Instant On business and the licence of Juniper's Mist AI Ops source code (90 FR 30685, 10
    July 2025, as frnow.com reproduces it);
  - the Division's notice on Keysight Technologies' proposed acquisition of Spirent Communications plc and the
    divestiture of three Spirent business lines to Viavi Solutions, Inc. (90 FR 24870, 12 June 2025, GPO's own text
    on govinfo.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). Host headings, the Federal Register's page and
issue headers, 'DEPARTMENT OF JUSTICE Antitrust Division' and the notices' titles (kept as `title`) are left out; the
printed column's line breaks joined; each text is cut at the last full sentence or paragraph before its excerpt
breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch41c.py [POOL_DIR] [--dry]   (default /tmp/gather42c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42c/pool"
FRE = "US Justice Department Antitrust Division Federal Register notice as federal.elaws.us reproduces it (page store)"
FRV = ("US Justice Department Antitrust Division Federal Register notice as regulations.vlex.com reproduces the GPO "
       "Access text (page store)")
FRN = "US Justice Department Antitrust Division Federal Register notice as frnow.com reproduces it (page store)"
FRG = "US Justice Department Antitrust Division Federal Register notice, GPO text on govinfo.gov (page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(the session-41 and session-42 scripts included) and the session-42 pools /tmp/gather42*/pool: ")


def att(title, fr, date, host, url):
    return ("U.S. Department of Justice, Antitrust Division, Federal Register notice '" + title + "' (" + fr + "), "
            + date + ", US federal government work (public domain); text as " + host + ", from the search tool's "
            "page store at " + url)


R = []

# ---- AT&T / Dobson, Federal Register notice, 19 November 2007 -------------------------------------------------------
U1 = "http://federal.elaws.us/fr/11/19/2007/07-5719"
T1 = "United States v. AT&T Inc. and Dobson Communications Corporation; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-att-dobson-proposed-final-judgment-2007", U1, "2007-11-19", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. \u00a7 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. AT&T Inc. and Dobson Communications "
 "Corporation, Civil Action No. 1:07-cv-01952. On October 30, 2001, the United States filed a Complaint alleging "
 "that the proposed acquisition by AT&T Inc. (\u201cAT&T\u201d) of Dobson Communications Corporation "
 "(\u201cDobson\u201d) would violate Section 7 of the Clayton Act, 15 U.S.C. 18, by substantially lessening "
 "competition in the provision of mobile wireless telecommunications services in seven (7) markets. The proposed "
 "Final Judgment, filed at the same time as the Complaint, requires the divestiture of: (1) Dobson's mobile "
 "wireless telecommunications services businesses in certain markets in Kentucky and Oklahoma; (2) AT&T's minority "
 "interests in entities operating mobile wireless telecommunications services businesses in certain markets in "
 "Texas and Missouri; and (3) all of Dobson's right, title and interest in Cellular One Properties, LLC, in order "
 "for AT&T to proceed with its $2.8 billion aquisition of Dobson. The Competitive Impact Statement filed by the "
 "United States describes the Complaint, the proposed Final Judgment, the industry, and the remedies available to "
 "private litigants who may have been injured by the alleged violation.",
 "telecommunications", "deal,regulatory",
 att(T1, "72 FR 65060, FR Doc. 07-5719", "2007-11-19", "federal.elaws.us reproduces the notice", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 19 November 2007 (72 FR 65060-65076, FR Doc. "
 "07-5719; kept as `published`) as federal.elaws.us reproduces its text, checked word for word against the GPO "
 "Access text of the same notice in the govdocs1 collection (corpora.tika.apache.org/base/docs/govdocs1/203/"
 "203157.html, whose excerpt runs to 'who may have'; the two differ only in typography: GPO's 'Sec.' for the "
 "section sign and its ``AT&T'' quotes). Left out: the host's heading line ('07-5719. ' and the notice's title, "
 "kept as `title`), its marker 'Start Preamble', the leading indentation. Cut after the first paragraph, before "
 "'Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, Antitrust Division, Antitrust Documents Group, ...', where the excerpt stops "
 "mid-word ('and at the Of'; `truncated`). Kept as printed in both copies: 'On October 30, 2001' (the complaint "
 "was filed on 30 October 2007, as the Division's Competitive Impact Statement and the court's opinion say: a "
 "misprint of the notice, not corrected), 'aquisition', the section sign, the curly double quotation marks around "
 "defined names and the straight apostrophes. 217 words. One text per event: the Division's press release of 30 "
 "October 2007 (Thomas Barnett quoted) was not found on justice.gov in the page store (rcrwireless, the Mercury "
 "News, fiercewireless, jurist and lexology quote or summarise it: news, not taken); the Competitive Impact "
 "Statement, the Response to Public Comments and the motion for entry of the Final Judgment (usdoj.gov case pages "
 "in the UNT web archive), the court's opinion (vlex) and the justia copy (its page opens with other agencies' "
 "notices) left out. Found with 'United States v. AT&T Inc. and Dobson Communications Corporation proposed final "
 "judgment competitive impact statement Cellular One' (rank 4; the govdocs1 copy rank 1). "
 + CHECK + "'Dobson' only as a British MP in a 1980s Hansard answer (batch 14b: another matter); 'Cellular One': "
 "0 everywhere ('Barnett', not in the kept text, only in the Division's Verizon/Alltel text, test, batch 16e, "
 "and other matters).", True))

# ---- Exelon / PSEG, Federal Register notice, 23 August 2006 ---------------------------------------------------------
U2 = "https://regulations.vlex.com/vid/competitive-impact-exelon-enterprise-22930196"
T2 = ("United States of America v. Exelon Corporation and Public Service Enterprise Group Incorporated; Proposed "
      "Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-exelon-pseg-proposed-final-judgment-2006", U2, "2006-08-23", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States of America v. Exelon "
 "Corporation and Public Service Enterprise Group Incorporated, Civil Action No. 1:06CV01138. On June 22, 2006, the "
 "United States filed a Complaint alleging that the proposed acquisition by Exelon Corporation (``Exelon'') of "
 "Public Service Enterprise Group Incorporated (``PSEG'') would violate Section 7 of the Clayton Act, 15 U.S.C. 18. "
 "The Complaint alleges that the acquisition would reduce competition substantially for wholesale electricity in "
 "the Mid-Atlantic United States. Specifically, the Complaint alleges that Exelon's acquisition of PSEG's electric "
 "generation assets would enhance Exelon's ability and incentive to raise wholesale electricity prices, resulting "
 "in increased retail electricity prices for millions of residential, commercial, and industrial customers. The "
 "proposed Final Judgment requires Exelon and PSEG to divest six electric generation plants. The plants to be "
 "divested are Cromby Generating Station and Eddystone Generating Station in Pennsylvania and Hudson Generating "
 "Station, Linden Generating Station, Mercer Generating Station, and Sewaren Generating Station in New Jersey.",
 "electricity/utilities", "deal,regulatory",
 att(T2, "71 FR 49477, FR Doc. 06-7043", "2006-08-23",
     "regulations.vlex.com reproduces the Federal Register Online (GPO Access) text", U2),
 FRV,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 23 August 2006 (71 FR 49477-49490, FR Doc. "
 "06-7043; kept as `published`) as regulations.vlex.com reproduces the GPO Access text ('From the Federal Register "
 "Online via GPO Access [wais.access.gpo.gov]'), the same words as the printed page on regulations.justia.com as "
 "far as that excerpt runs ('... would violate Section 7 o'). Left out: the host's heading ('Competitive impact "
 "statements and proposed consent judgments: Exelon Corp. and Public Service Enterprise Group Inc..,'), the GPO "
 "header lines ('[Federal Register: August 23, 2006 (Volume 71, Number 163)]', '[Notices]', '[Page 49477-49490]', "
 "the GPO Access line, '[DOCID:fr23au06-110]'), 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's "
 "title (kept as `title`). Cut after the first paragraph, before 'Copies of the Complaint, proposed Final "
 "Judgment, Hold Separate ...', where the excerpt stops (`truncated`). Kept as the GPO text prints it: the "
 "doubled backquotes and apostrophes around defined names (``Exelon'', ``PSEG''), 'Mid-Atlantic'. 199 words. One "
 "text per event: the Division's press release of 22 June 2006 was not found in the page store; the Competitive "
 "Impact Statement and the Explanation of Procedures (usdoj.gov case pages in the UNT web archive, fdocuments), the "
 "proposed Final Judgment (scribd), the justia copy (its page opens with another notice) and the American "
 "Antitrust Institute's note left out. Found with 'United States v. Exelon Corporation and Constellation Energy "
 "Group proposed final judgment competitive impact statement Federal Register' (rank 2) and 'Competitive impact "
 "statements and proposed consent judgments Exelon Corp. Public Service Enterprise Group vlex' (rank 1). "
 + CHECK + "'Exelon', 'Public Service Enterprise', 'PSEG', 'Eddystone', 'Sewaren', 'Cromby': 0 everywhere.", True))

# ---- HPE / Juniper, Federal Register notice, 10 July 2025 -----------------------------------------------------------
U3 = "https://frnow.com/Browse/Document/usa/na/fr/2025/7/10/2025-12887"
T3 = "United States v. Hewlett Packard Enterprise Co., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-hpe-juniper-proposed-final-judgment-2025", U3, "2025-07-10", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the Northern District of California in United States of America v. Hewlett Packard Enterprise "
 "Co. and Juniper Networks, Inc., Civil Action No. 5:25-CV-00951-PCP (N.D. Cal.). On January 30, 2025, the United "
 "States filed a Complaint alleging that Hewlett Packard Enterprise Company's (\"HPE\") proposed acquisition of "
 "Juniper Networks, Inc.(\"Juniper\") would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final "
 "Judgment, filed on June 27, 2025, requires HPE to divest the HPE Instant On campus and branch business and "
 "license the source code for Juniper's Mist AI Ops software.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the Northern District of California. Copies of these materials may be obtained from "
 "the Antitrust Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "networking/IT", "deal,regulatory",
 att(T3, "90 FR 30685, FR Doc. 2025-12887", "2025-07-10", "frnow.com reproduces the notice", U3),
 FRN,
 "The Antitrust Division's notice in the Federal Register of Thursday, 10 July 2025 (90 FR 30685-30701, FR Doc. "
 "2025-12887, 'Filed 7-9-25'; kept as `published`) as frnow.com reproduces its text (a Federal Register viewer that "
 "links the official PDF; no GPO or justia copy of this notice was found in the page store to check it against; "
 "its wording follows the Division's notices word for word where they share a form, e.g. batch 40zk's). Left out: "
 "the host's heading line ('90 FR 130 pgs. 30685-30701 - ' and the title), its 'Type', 'Volume', 'Number', "
 "'Pages' and page-list lines, 'FR document', 'Agency: Justice Department', 'Sub Agency: Antitrust Division', "
 "'Official PDF Version: PDF Version', '[top]', 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's "
 "title (kept as `title`). Cut after the first sentence of the public-comment paragraph, before 'Such comments, "
 "including the na', where the excerpt stops mid-word (`truncated`). Kept as written: the straight double "
 "quotation marks around defined names, the missing space in 'Juniper Networks, Inc.(\"Juniper\")', 'website', "
 "'http://www.justice.gov/atr'. 205 words. One text per event: the Division's releases of 30 January 2025 (the "
 "lawsuit, Acting Assistant Attorney General Omeed Assefi quoted) and of 28 June 2025 (the settlement) were not "
 "found on justice.gov in the page store (techtarget, bloomberglaw, thefederalnewswire, einnews, daily8 and AP via "
 "lincolndailynews quote or summarise them: news, not taken); the later Tunney Act dispute (states' intervention, "
 "Roger Alford's speech) is another event. Found with 'Justice Department Hewlett Packard Enterprise Juniper "
 "Networks settlement divest Instant On press release' (rank 4) and 'govinfo Federal Register United States v. "
 "Hewlett Packard Enterprise Co. Juniper Networks Proposed Final Judgment Competitive Impact Statement' (rank 1). "
 + CHECK + "'Juniper' only as Juniper Networks in Stephen Elop's Wikipedia biography (dev, batch 32a: his past "
 "post, another matter); 'Hewlett Packard Enterprise' only in the HP/Autonomy and Palm Wikipedia texts (batch 20a: "
 "other matters); 'Instant On' only in another batch's annotation notes (35n, another matter); 'Mist AI': 0.",
 True))

# ---- Keysight / Spirent, Federal Register notice, 12 June 2025 ------------------------------------------------------
U4 = "https://www.govinfo.gov/content/pkg/FR-2025-06-12/html/2025-10536.htm"
T4 = "United States v. Keysight Technologies Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-keysight-spirent-proposed-final-judgment-2025", U4, "2025-06-12", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Keysight Technologies, Inc., et al., "
 "Civil Action No. 1:25-cv-01734-CJN. On June 2, 2025 the United States filed a Complaint alleging that Keysight's "
 "proposed acquisition of Spirent Communications plc would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The "
 "proposed Final Judgment, filed at the same time as the Complaint, requires Keysight and Spirent to: divest to "
 "Viavi Solutions, Inc. property and assets related to or used in connection with three of Spirent's "
 "communications testing and measurement business lines (high-speed ethernet, network security and channel "
 "emulation); provide to Viavi the opportunity to employ relevant personnel of the businesses being divested; and "
 "obtain various transitional services from Keysight and Spirent to support the divested businesses for limited "
 "periods.",
 "telecommunications/test equipment", "deal,regulatory",
 att(T4, "90 FR 24870, FR Doc. 2025-10536", "2025-06-12",
     "the Government Publishing Office prints it on govinfo.gov (Federal Register Online)", U4),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Thursday, 12 June 2025 (90 FR 24870-24950, Part II, "
 "FR Doc. 2025-10536; kept as `published`), the Government Publishing Office's own text on govinfo.gov (the "
 "frnow.com copy has the same words as far as its excerpt runs). Left out: the GPO header lines ('[Federal Register "
 "Volume 90, Number 112 (Thursday, June 12, 2025)]', '[Notices]', '[Pages 24870-24950]', 'From the Federal "
 "Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 2025-10536]'), the Part II "
 "cover ('[[Page 24869]]', 'Vol. 90', 'Thursday,', 'No. 112', 'June 12, 2025', 'Part II', 'Department of Justice', "
 "'Antitrust Division', the title with '; Notice'), the running header and '[[Page 24870]]', the rules, "
 "'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's title (kept as `title`). The text file's line "
 "breaks joined with single spaces, and the word broken at a line end after its own hyphen ('high-' / 'speed') "
 "joined as 'high-speed' (frnow prints 'high-speed'); leading indentation dropped. Cut after the first paragraph, "
 "before 'Copies of the Comp...', where the excerpt stops (`truncated`). Kept as written: 'On June 2, 2025 the "
 "United States' without a comma, the straight apostrophes, the colon after 'to'. 163 words. One text per event: "
 "the Division's release of 2 June 2025 (Assistant Attorney General Abigail Slater quoted) was found only as a "
 "reprint on securengin.fifthestate.nz ('Source: United States Attorneys General', a feed that may have changed "
 "words: not taken) and in news (Reuters via financetom, iclg, bloomberglaw, jdsupra, tipranks); those copies name "
 "Viavi as the buyer too. Found with 'Justice Department requires Keysight to divest Spirent business proceed "
 "with merger' (rank 4) and 'The Proposed Settlement Requires a Substantial Divestiture Package That Will "
 "Preserve Competition for Specialized Communications Test and Measurement Equipment' (rank 4, the excerpt that "
 "runs to 'Copies of the Comp'). "
 + CHECK + "'Keysight' only in the FTC's Synopsys/Ansys final-order text (test: the FTC's divestiture to Keysight, "
 "another matter and another agency); 'Spirent', 'Viavi': 0 everywhere.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
