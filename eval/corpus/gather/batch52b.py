#!/usr/bin/env python3
"""Batch 52b (session 53, gatherer 52b): two SEC litigation releases of 1997 and 2004 naming listed companies, their
officers and the companies around them -- Robert Howard and Robert E. Verrando, the chairman and the president of
Presstek, Inc. (a Hudson, New Hampshire-based maker of printing press technology), sued and fined over misleading
statements on the company's sales and prospects, among them copies of the Cabot Market Letter the company spread;
MERL Holdings Inc.com, a New Jersey-based company found in civil contempt of an antifraud injunction over three press
releases, one announcing a software licensing agreement with Heritage Capital Credit Corporation, a wholly-owned
subsidiary of MERL Financial Group, Inc. -- told in SEC litigation releases (US federal government works, 17 U.S.C.
105), a round of session 53 in the federal SEC lane after 51zr (and 48a ... 51zp), on new matters (51zr's leads asked
first: Digital Lightwave, Golden Bear Golf / Paragon Construction, Pepsi-Cola Puerto Rico Bottling, Cinar, Physician
Computer Network, Zomax, Health Management, Happiness Express, Model Imperial -- no litigation release of theirs in the
store; the two taken turned up on name queries; every company, person, release number and docket of the two checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-53 pools) -- SEC text
from the search tool's page store:
  - the SEC's Litigation Release No. 15599 of 22 December 1997 (Securities and Exchange Commission v. Robert Howard
    and Robert E. Verrando, U.S. District Court for the Southern District of New York, 97 Civ. 9378 (SWK)): Presstek,
    Inc., Howard, Verrando, Hudson, New Hampshire, the Cabot Market Letter, the Southern District of New York court
    (sec.gov's plain-text 'litigation/litreleases/lr15599.txt');
  - the SEC's Litigation Release No. 18716 of 18 May 2004 (Securities and Exchange Commission v. Ed Johnson and Merl
    Holdings, Inc.Com, Civil Action No. 02-5490 (D.N.J.)(GEB)): MERL Holdings Inc.com, Heritage Capital Credit
    Corporation, MERL Financial Group, Inc., Judge Garrett E. Brown, Jr., the District of New Jersey court, New Jersey
    (sec.gov's 'litigation/litreleases/lr18716.htm' as the UNT Libraries' End of Term 2008 web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('U.S. Securities and Exchange
Commission', 'Washington, D.C.', 'SEC Seal', 'Home | Previous Page'), the release lines and the captions (with their
docket numbers) are left out (the Presstek release has no heading, so its caption's party names are the `title`, as
51zb, 51zh, 51zp and 51zr; the MERL release's capitals heading is its `title`; the release date as `published`); no word
added or changed; paragraphs joined by a blank line as the store gives them (the plain-text Presstek release comes as
one run of text); each text cut at the last full sentence before the store's 2,000-character excerpt breaks off. Each
kept text and title checked by script to be a verbatim substring of its saved excerpt (/tmp/gather53b/src).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52b.py [POOL_DIR] [--dry]   (default /tmp/gather53b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes (its .md files) and the session-53 pools /tmp/gather53*/pool and gold (53a's, 53c's, "
         "53d's and 53f's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53b/pool"
R = []

# ---- Presstek / Howard and Verrando, LR 15599 of 22 December 1997 (sec.gov plain text) ------------------------------
U1 = "https://www.sec.gov/litigation/litreleases/lr15599.txt"
R.append(federal(
 "us-sec-presstek-chairman-howard-president-verrando-misleading-statements-cabot-letter-penalties-1997", U1,
 "1997-12-22",
 "SECURITIES AND EXCHANGE COMMISSION v. ROBERT HOWARD AND ROBERT E. VERRANDO",
 "The Securities and Exchange Commission today filed a Complaint in the U.S. District Court for the Southern District "
 "of New York against Robert Howard and Robert E. Verrando, the Chairman and President, respectively, of Presstek, "
 "Inc., a Hudson, New Hampshire-based manufacturer of printing press technology and related products. Without "
 "admitting or denying the allegations in the Complaint, Howard, 74, and Verrando, 66, consented to the entry of final "
 "judgments of permanent injunction against them that also require them to pay a total of $2.9 million in civil "
 "penalties. In a related matter the Commission issued a Cease-and-Desist order against Presstek by consent. The "
 "Complaint alleges that between 1994 and 1996, Howard and Verrando caused Presstek to disseminate, through its own "
 "statements and its distribution of certain third-party statements, materially misleading information concerning its "
 "sales and business prospects. The Complaint alleges that Presstek s stock price has been extremely volatile, and "
 "that most of the false and misleading statements were made during a period in which its price increased from $45 in "
 "November 1995 to $200 a share in May 1996. They also occurred amid a public tug-of-war between investors with long "
 "and short positions in Presstek stock. Specifically, the Complaint alleges the following: In 1994 and 1995, Howard "
 "directed Presstek to distribute several thousand copies of several editions of the Cabot Market Letter ( Cabot "
 "Letter ), a financial newsletter that aggressively touted Presstek and which contained excessive earnings projections "
 "for the company.",
 "printing technology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15599 and Accounting and Auditing Enforcement "
 "Release No. 997, December 22, 1997 (Securities and Exchange Commission v. Robert Howard and Robert E. Verrando, U.S. "
 "District Court for the Southern District of New York, 97 Civ. 9378 (SWK)), US federal government work (public "
 "domain); text of the sec.gov plain-text release from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr15599.txt', the plain-text release): first-party text, no third-party copy (origin "
 "SEC_ORIGIN, 41b's wording). The store gives the file as one run of text (its line breaks gone), so the kept text is "
 "one paragraph. Left out: 'U.S. Securities and Exchange Commission Washington, D.C.', 'Litigation Release No. 15599 / "
 "December 22, 1997' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 997 / December "
 "22, 1997' and the caption 'SECURITIES AND EXCHANGE COMMISSION v. ROBERT HOWARD AND ROBERT E. VERRANDO, U.S. District "
 "Court for the Southern District of New York (97 Civ. 9378 (SWK) (December 22, 1997)'; the release has no heading, so "
 "the caption's party names are the `title`, in capitals as written (doubtful: descriptive, as 51zb's, 51zh's, 51zp's "
 "and 51zr's). Cut after '... excessive earnings projections for the company.', before 'Howard knew, or was reckless "
 "in not kn', which the store's excerpt breaks off (`truncated`). Kept as written: 'the Chairman and President, "
 "respectively, of' with capitals, 'a Hudson, New Hampshire-based manufacturer', 'Howard, 74, and Verrando, 66,', "
 "'In a related matter the Commission' with no comma, 'Presstek s stock price' (the store's copy has a space where the "
 "apostrophe was: not mended), '( Cabot Letter )' with its inner spaces and no quotes (likewise), 'Specifically, the "
 "Complaint alleges the following: In 1994' (the list run into the text), '$2.9 million', '$45', '$200'. 243 words "
 "(split at whitespace). One text per matter: the SEC's cease-and-desist order against Presstek, Inc. of the same day "
 "(34-39472, sec.gov 'litigation/admin/3439472.htm': same matter) left out. Found with 'SEC litigation release "
 "Presstek Inc. Robert Howard chairman 1997 complaint' (rank 1; the order rank 2). "
 + CHECK + "'Presstek', 'Verrando', 'Cabot Market', '15599', 'lr15599', '97 Civ. 9378': 0 in the corpus files, "
 "GATHERING.md, the scripts, /work/notes and the pools; 'Robert Howard' not checked alone (a common name).",
 True))

# ---- MERL Holdings / contempt, LR 18716 of 18 May 2004 (sec.gov via the UNT web archive) -----------------------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20090507204504/http://www.sec.gov/litigation/litreleases/"
      "lr18716.htm")
R.append(federal(
 "us-sec-merl-holdings-civil-contempt-press-releases-heritage-capital-credit-subsidiary-2004", U2, "2004-05-18",
 "MERL HOLDINGS INC.COM FOUND IN CIVIL CONTEMPT FOR VIOLATION OF A PRIOR ANTIFRAUD INJUNCTION",
 "On April 16, 2004, the Honorable Garrett E. Brown, Jr. of the U.S. District Court for the District of New Jersey "
 "entered a consent order (\"Order\") regarding the SEC's application to hold New Jersey-based MERL Holdings Inc.com "
 "(\"MERL\") in civil contempt (\"Contempt Motion\"). The Contempt Motion alleged that MERL violated the final judgment "
 "of permanent injunction (\"Final Judgment\"), entered by the Court against MERL on April 3, 2003, which permanently "
 "enjoined MERL from violating the anti-fraud provisions of the federal securities laws. The SEC alleged that MERL "
 "violated the Final Judgment by issuing three materially false and misleading press releases.\n\n"
 "MERL, without admitting or denying the allegations against it, consented to the entry of the Order, which found that "
 "three of MERL's press releases contained materially false and misleading statements and omissions. The first press "
 "release, issued by MERL on August 1, 2003, announced that MERL had entered into a software licensing agreement with "
 "Heritage Capital Credit Corporation. According to the Contempt Motion, the August 1 press release omitted to state "
 "that Heritage was a wholly-owned subsidiary of MERL Financial Group, Inc. which, in turn, was controlled by the same "
 "individuals who held a controlling interest in MERL. The second press release, issued by MERL on September 5, 2003, "
 "announced that MERL had received a $50 million financing proposal from a private equity fund.",
 "software and financial services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18716 and Accounting and Auditing Enforcement "
 "Release No. 2017, May 18, 2004 (Securities and Exchange Commission v. Ed Johnson and Merl Holdings, Inc.Com, Civil "
 "Action No. 02-5490 (D.N.J.)(GEB)), US federal government work (public domain); text of the sec.gov page as the UNT "
 "Libraries' web archive holds it, from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain): the sec.gov page ('litigation/litreleases/"
 "lr18716.htm') as the UNT Libraries' End of Term 2008 web archive (webarchive.library.unt.edu/eot2008, capture of 7 "
 "May 2009) holds it -- the SEC's own text, unchanged by the archive (origin SEC_ORIGIN, as 51zb's Peritus and 51p's "
 "Chiquita copies from the same archive). Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC "
 "Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'U.S. SECURITIES AND EXCHANGE COMMISSION', "
 "'Litigation Release No. 18716 / May 18, 2004' (the date kept as `published`), 'Accounting and Auditing Enforcement "
 "Release No. 2017 / May 18, 2004' and the caption 'Securities and Exchange Commission v. Ed Johnson and Merl "
 "Holdings, Inc.Com, Civil Action No. 02-5490 (D.N.J.)(GEB)(filed November 18, 2002).' (Ed Johnson is named only "
 "there: he is not in the kept text). The capitals heading 'MERL HOLDINGS INC.COM FOUND IN CIVIL CONTEMPT FOR "
 "VIOLATION OF A PRIOR ANTIFRAUD INJUNCTION' is the `title`, as written. Cut after the second paragraph's '... a $50 "
 "million financing proposal from a private equity fund.', before 'In fact, according to the Contempt Motion, the pr', "
 "which the store's excerpt breaks off (`truncated`). Kept as written: 'the Honorable Garrett E. Brown, Jr. of', "
 "'New Jersey-based MERL Holdings Inc.com' (the name's lower-case '.com'), the defined terms '(\"Order\")', "
 "'(\"MERL\")', '(\"Contempt Motion\")', '(\"Final Judgment\")' in straight double quotes, 'anti-fraud', "
 "'wholly-owned', 'MERL Financial Group, Inc. which,' with no comma before 'which', '$50 million', the straight "
 "apostrophes. 224 words (split at whitespace). Two paragraphs. Found with 'SEC litigation release First Merchants "
 "Acceptance Corporation former officers 1998' (rank 7: a neighbour in the store's answer, not the matter asked for). "
 + CHECK + "'MERL Holdings', 'Merl Holdings', 'MERL Financial', 'Heritage Capital Credit', 'Garrett E. Brown', "
 "'18716', 'lr18716', '02-5490': 0 in the corpus files, GATHERING.md, the scripts, /work/notes and the pools ('MERL' "
 "alone matches only other words as a substring: 'formerly', 'Merle').",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
