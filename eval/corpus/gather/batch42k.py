#!/usr/bin/env python3
"""Batch 42k (session 43, gatherer 42k): company deals with subsidiaries and a licence told in US federal
public-domain texts of the Justice Department (17 U.S.C. 105), a round of session 43 after batches 42b and 42h in the
DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b and 42h, first-party text only: the Antitrust
Division's Federal Register notices on
  - Parker-Hannifin Corporation's consummated acquisition of CLARCOR Inc.'s aviation fuel filtration business
    assets and the divestiture of the Facet filtration business (83 FR 4270, 30 January 2018, as regulations.vlex.com
    reproduces the GPO text);
  - Martin Marietta Materials, Inc.'s proposed acquisition of Panadero Corp. and Panadero Aggregates Holdings, LLC,
    including subsidiary Bluegrass Materials Company, LLC, and the divestiture of two quarries in Georgia and
    Maryland (83 FR 19822, 4 May 2018, the GPO text on govinfo.gov);
  - S&P Global Inc.'s proposed merger with IHS Markit Ltd., the divestiture of three price reporting agency
    businesses and the waiver of IHS Markit's Data License with GasBuddy LLC (87 FR 239, 4 January 2022, the GPO text
    on govinfo.gov);
  - Verso Paper Corp.'s proposed acquisition of NewPage Holdings Inc. and the divestiture of NewPage's coated paper
    mills in Biron, Wisconsin, and Rumford, Maine (80 FR 1957, 14 January 2015, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' headings and issue lines, the GPO
headers, page markers and rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notices' titles (kept as
`title`) are left out; the GPO text's line breaks joined; each text is cut at the last full sentence before its
excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch42k.py [POOL_DIR] [--dry]   (default /tmp/gather43k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRV, FRE, FRG, att
from batch42b import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43k/pool"
R = []

# ---- Parker-Hannifin / CLARCOR, Federal Register notice, 30 January 2018 --------------------------------------------
U1 = "https://regulations.vlex.com/vid/united-states-v-parker-701769865"
U1J = "https://regulations.justia.com/regulations/fedreg/2018/01/30/2018-01741.html"
U1Z = ("https://zlibrary.cc/dl/1-department-of-justice-antitrust-division-united-states-v-parker-hannifin-corporation-"
       "and")
T1 = "United States v. Parker-Hannifin Corporation and CLARCOR Inc.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-parker-hannifin-clarcor-proposed-final-judgment-2018", U1, "2018-01-30", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Delaware in United States v. Parker-Hannifin Corporation and CLARCOR Inc., "
 "Civil Action No. 1:17-cv-01354. On September 26, 2017, the United States filed a Complaint alleging that "
 "Parker-Hannifin Corporation's (``Parker-Hannifin'') acquisition of CLARCOR Inc.'s (``CLARCOR'') aviation fuel "
 "filtration business assets violated Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment "
 "requires Parker-Hannifin to divest the Facet filtration business, which includes the aviation fuel filtration "
 "assets that it acquired from CLARCOR Inc. on February 28, 2017.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Delaware. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.",
 "industrial manufacturing", "deal,regulatory",
 att(T1, "83 FR 4270, FR Doc. 2018-01741", "2018-01-30", "regulations.vlex.com reproduces the GPO text", U1),
 FRV,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 30 January 2018 (83 FR 4270-4284, FR Doc. "
 "2018-01741; kept as `published`) as regulations.vlex.com reproduces the GPO text ('From the Federal Register "
 "Online via the Government Publishing Office'), checked word for word against the Division's pre-publication copy "
 "(zlibrary.cc, " + U1Z + ", and documents.pub: the same words, with the section signs and curly quotation marks of "
 "the Division's own document); regulations.justia.com's copy of the printed page (" + U1J + ") starts on the ITC "
 "notice before it and came back only that far. Left out: the host's heading (kept as `title`), the issue lines "
 "('Federal Register, Volume 83 Issue 20 (Tuesday, January 30, 2018)', 'Federal Register Volume 83, Number 20 "
 "(Tuesday, January 30, 2018)', 'Notices', 'Pages 4270-4284', 'From the Federal Register Online via the Government "
 "Publishing Office www.gpo.gov', 'FR Doc No: 2018-01741'), the rule lines, 'DEPARTMENT OF JUSTICE', 'Antitrust "
 "Division' and the notice's title. The GPO text's line break inside the defined name (``Parker-' / 'Hannifin'') "
 "joined without a space, the hyphen being the name's own ('Parker-Hannifin' everywhere else and in the "
 "pre-publication copy). Cut after the second paragraph ('... set by Department of Justice regulations.'), before "
 "'Public comment is invited within 60 days of t', where the vlex excerpt stops mid-word (`truncated`: the public "
 "comment paragraph, the section chief's name and the Competitive Impact Statement are not in the kept text). Kept "
 "as written: the GPO text's doubled backquotes and apostrophes around the defined names (``Parker-Hannifin'', "
 "``CLARCOR''; as batch 41c's Exelon notice), the straight apostrophes, the hyphen in '16(b)-(h)', 'United States v.' "
 "without 'of America' in the case name. One text per event: the Department's press release of 26 September 2017 "
 "did not come back (legalnewsline.com's news story quoting it, law360 and antitrustalert.com left out). Found with "
 "'United States v. Parker-Hannifin Corporation CLARCOR proposed final judgment competitive impact statement "
 "Federal Register' (rank 3; ranks 1, 2, 4 and 5 the other copies), batch 42h's lead. "
 + CHECK + "'Parker-Hannifin', 'Parker Hannifin', 'CLARCOR', '2018-01741': 0 in the corpus, the scripts and the "
 "pools (GATHERING.md names them only as batch 42h's lead; '4270' only there); 'Facet' only inside other words "
 "(FaceTime, facets) in four corpus files of other matters (batches 28d, 32i).", True))

# ---- Martin Marietta / Bluegrass, Federal Register notice, 4 May 2018 -----------------------------------------------
U2 = "https://www.govinfo.gov/content/pkg/FR-2018-05-04/html/2018-09458.htm"
U2P = "http://www.gpo.gov/fdsys/pkg/FR-2018-05-04/html/2018-09458.htm"
U2V = "https://regulations.vlex.com/vid/united-states-v-martin-715879129"
T2 = "United States v. Martin Marietta Materials, Inc. et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-martin-marietta-bluegrass-proposed-final-judgment-2018", U2, "2018-05-04", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Martin Marietta Materials, Inc. et "
 "al., Civil Action No. 1:18-cv-00973. On April 25, 2018, the United States filed a Complaint alleging that Martin "
 "Marietta Materials, Inc.'s proposed acquisition of Panadero Corp. and Panadero Aggregates Holdings, LLC, "
 "including subsidiary Bluegrass Materials Company, LLC, would violate Section 7 of the Clayton Act, 15 U.S.C. 18. "
 "The proposed Final Judgment, filed at the same time as the Complaint, requires that Defendants divest the lease "
 "to Martin Marietta's Forsyth Quarry, located in Suwanee, Georgia, and Bluegrass's Beaver Creek quarry, located in "
 "Hagerstown, Maryland, and related assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "construction materials", "deal,regulatory,ownership",
 att(T2, "83 FR 19822, FR Doc. 2018-09458", "2018-05-04",
     "the Government Publishing Office prints it on govinfo.gov (Federal Register Online)", U2),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Friday, 4 May 2018 (83 FR 19822-19836, FR Doc. "
 "2018-09458; kept as `published`), the Government Publishing Office's own text on govinfo.gov; the same text on "
 "gpo.gov's older fdsys address (" + U2P + ") and regulations.vlex.com's copy (" + U2V + ") give the same words as "
 "far as their excerpts run; regulations.justia.com's copy of the printed page starts on the ITC notice before it. "
 "Left out: the GPO header lines ('[Federal Register Volume 83, Number 87 (Friday, May 4, 2018)]', '[Notices]', "
 "'[Pages 19822-19836]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', "
 "'[FR Doc No: 2018-09458]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division', the notice's title (kept as "
 "`title`) and the page marker '[[Page 19823]]' inside the first paragraph ('located' / 'in Hagerstown'). The text "
 "file's line breaks joined with single spaces (no word split across lines); leading indentation dropped, the "
 "indented paragraphs separated by blank lines. Cut after 'Public comment is invited within 60 days of the date of "
 "this notice.', before 'Such comments, including the name of the submitter, and resp', where the govinfo excerpt "
 "stops mid-word (`truncated`: the section chief's name and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: 'Martin Marietta Materials, Inc. et al.' without a comma before 'et al.', 'Forsyth "
 "Quarry' with a capital Q beside 'Beaver Creek quarry', the straight apostrophes, the hyphen in '16(b)-(h)'. One "
 "text per event: the Department's press release of 25 April 2018 did not come back; the Division's 1997 and 2014 "
 "notices on Martin Marietta's acquisitions of American Aggregates and Texas Industries (federal.elaws.us, justia) "
 "are other matters, not taken. Found with 'United States v. Martin Marietta Materials Bluegrass Materials proposed "
 "final judgment Federal Register' (rank 8; ranks 1 and 3 the other copies). "
 + CHECK + "'Martin Marietta', 'Bluegrass', 'Panadero', 'Forsyth Quarry', 'Beaver Creek', 'Suwanee', '2018-09458', "
 "'19822': 0 in the corpus, the scripts and the pools (GATHERING.md names Martin Marietta/Bluegrass only as batch "
 "42h's lead); 'Hagerstown' only in another matter (dev us-federal-reserve-h2-delegated-actions-subsidiary-banks-2008, "
 "batch 18e2).", True))

# ---- S&P Global / IHS Markit, Federal Register notice, 4 January 2022 -----------------------------------------------
U3 = "https://www.govinfo.gov/content/pkg/FR-2022-01-04/html/2021-28484.htm"
U3J = "https://regulations.justia.com/regulations/fedreg/2022/01/04/2021-28484.html"
T3 = "United States v. S&P Global Inc., et al.: Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-sp-global-ihs-markit-proposed-final-judgment-2022", U3, "2022-01-04", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Order and Stipulation, and Competitive Impact Statement have been filed with the United "
 "States District Court for the District of Columbia in United States of America v. S&P Global Inc., et al., Civil "
 "Action No. 1:21-cv-03003. On November 12, 2021, the United States filed a Complaint alleging that (1) S&P's "
 "proposed merger with IHS Markit Ltd. would violate Section 7 of the Clayton Act, 15 U.S.C. 18; and (2) the "
 "exclusivity and non-compete provisions of IHS Markit's Data License with GasBuddy LLC violate Section 1 of the "
 "Sherman Act, 15 U.S.C. 1. The proposed Final Judgment, filed at the same time as the Complaint: (1) Requires S&P "
 "and IHS Markit to divest three price reporting agency businesses, Oil Price Information Services (OPIS), Coals, "
 "Metals, and Mining (CMM), and PetrochemWire (PCW); (2) requires S&P and IHS Markit to waive the exclusivity and "
 "non-compete provisions of IHS Markit's Data License with GasBuddy; and (3) prohibits S&P, IHS Markit, and OPIS "
 "LLC from entering into, enforcing, renewing, or extending the term of any similar exclusive or non-compete "
 "provisions.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at https://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia.",
 "financial information services", "deal,regulatory",
 att(T3, "87 FR 239, FR Doc. 2021-28484", "2022-01-04",
     "the Government Publishing Office prints it on govinfo.gov (Federal Register Online)", U3),
 FRG,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 4 January 2022 (87 FR 239-253, FR Doc. "
 "2021-28484; kept as `published`), the Government Publishing Office's own text on govinfo.gov; "
 "regulations.justia.com's copy of the printed page (" + U3J + ") starts on the ITC notice before it and came back "
 "only that far. Left out: the GPO header lines ('[Federal Register Volume 87, Number 2 (Tuesday, January 4, "
 "2022)]', '[Notices]', '[Pages 239-253]', 'From the Federal Register Online via the Government Publishing Office "
 "[www.gpo.gov]', '[FR Doc No: 2021-28484]'), the rules, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the "
 "notice's title (kept as `title`, with its colon). The text file's line breaks joined with single spaces (no word "
 "split across lines: 'non-compete' is hyphenated within its lines); leading indentation dropped, the indented "
 "paragraphs separated by blank lines. Cut after the second paragraph's first sentence ('... for the District of "
 "Columbia.'), before 'Copies of thes', where the excerpt stops mid-word (`truncated`: the copying-fee sentence, "
 "the public comment paragraph, the section chief's name and the Competitive Impact Statement are not in the kept "
 "text). Kept as written: the list marks '(1)', '(2)', '(3)' and the capital 'Requires' after the colon, "
 "'Oil Price Information Services (OPIS)' beside 'OPIS LLC', 'https://www.justice.gov/atr', the straight "
 "apostrophes. One text per event: the Department's press release of 12 November 2021 came back only as "
 "thedailyripple.org's reprint and concurrences.com's paywalled copy (not the Department's own page: not taken); "
 "news (law360, Reuters via lincolndailynews.com) and the hold-separate order on fdocuments.net left out. Found with "
 "'United States v. S&P Global Inc. IHS Markit Ltd. proposed final judgment competitive impact statement OPIS "
 "divest' (rank 2; ranks 1 and 3 justia's copy). "
 + CHECK + "'IHS Markit', 'IHS', 'GasBuddy', 'OPIS', 'PetrochemWire', '2021-28484': 0 in the corpus, the scripts and "
 "the pools (GATHERING.md names S&P Global/IHS Markit only as batch 42h's lead); 'S&P Global' only in another "
 "matter (dev wp-pacnet; batch 38n's notes on PacNet's sources).", True))

# ---- Verso Paper / NewPage, Federal Register notice, 14 January 2015 ------------------------------------------------
U4 = "http://federal.elaws.us/fr/1/14/2015/2015-00466"
U4J = "https://regulations.justia.com/regulations/fedreg/2015/01/14/2015-00466.html"
T4 = "United States v. Verso Paper Corp. and NewPage Holdings Inc. Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-verso-paper-newpage-proposed-final-judgment-2015", U4, "2015-01-14", T4,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed "
 "with the United States District Court for the District of Columbia in United States of America v. Verso Paper "
 "Corp. and NewPage Holdings Inc., Civil No. 1:14-cv-2216. On December 31, 2014, the United States filed a "
 "Complaint alleging that Verso's proposed acquisition of NewPage would violate Section 7 of the Clayton Act, 15 "
 "U.S.C. \u00a7 18. The proposed Final Judgment, filed the same time as the Complaint, requires Verso to divest "
 "NewPage's coated paper mills in Biron, Wisconsin, and Rumford, Maine, including tangible and intangible assets "
 "necessary to operate the facilities.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Department of Justice, Antitrust Division's internet Web "
 "site, filed with the Court and, under certain circumstances, published in the Federal Register.",
 "paper manufacturing", "deal,regulatory",
 att(T4, "80 FR 1957, FR Doc. 2015-00466", "2015-01-14", "federal.elaws.us reproduces the notice", U4),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 14 January 2015 (80 FR 1957-1969, FR Doc. "
 "2015-00466; kept as `published`) as federal.elaws.us reproduces its text, checked against "
 "regulations.justia.com's copy of the printed page (" + U4J + ", which starts on this notice: the same words, "
 "with the print's line-end breaks '1:14cv-2216' and 'https:// www.usdoj.gov/atr', the en dash in '16(b)\u2013(h)' "
 "and curly apostrophes) and the Division's pre-publication copy inside a Catalyst Paper Form 6-K on docslib.org (the "
 "same words, with 'http://www.usdoj.gov/atr' as here). Left out: the host's heading line ('2015-00466.' and the "
 "notice's title, kept as `title`), 'Start Preamble', 'Start Printed Page 1957'. Cut after the third paragraph "
 "('... published in the Federal Register.'), before 'Comments should be directed to Peter J. Mucchetti, Chief, "
 "Litigation I Section, Antitrust Division, Department of Justic', where the excerpt stops mid-word (`truncated`: "
 "the section chief's name and post and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: '15 U.S.C. 16(b)-(h)' without and '15 U.S.C. \u00a7 18' with the section sign, 'filed the same time' "
 "without 'at', 'proposed Final Judgment and Competitive Impact Statement' without the serial comma in the second "
 "paragraph, 'NW.', 'Web site', the straight apostrophes. One text per event: the Department's press release of 31 "
 "December 2014 did not come back; the Division's later notice of 29 May 2015 (80 FR 30726, Public Comments and "
 "Response on Proposed Final Judgment; thefederalregister.org, justia) is a later paper on the same matter, not "
 "taken (batch 42h's note). Found with 'United States v. Verso Paper Corp. NewPage Holdings proposed final judgment "
 "competitive impact statement Federal Register' (rank 8; ranks 1, 2 and 4 the other copies). "
 + CHECK + "'Verso Paper', 'NewPage', 'Biron', 'Rumford', '2015-00466': 0 in the corpus, the scripts and the pools "
 "(GATHERING.md names Verso/NewPage only in batch 42h's notes); 'Verso' only inside other names (Everson, "
 "Halverson) in two corpus files of other matters (train wn-u-presidential-candidate-mark-everson-challenges-2015, "
 "dev wp-mesaba-airlines; grep -o printed the matching words only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
