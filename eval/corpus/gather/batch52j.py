#!/usr/bin/env python3
"""Batch 52j (session 53, gatherer 52j): two SEC litigation releases of 1996 and 2002 naming companies, their officers
and the units around them -- The Bennett Funding Group, Inc., a finance company headquartered in Syracuse, New York,
its chief financial officer Patrick R. Bennett, two of its wholly-owned subsidiaries (Bennett Receivables Corporation
and Bennett Receivables Corporation-II) and Bennett Management and Development Corporation, charged with fraudulently
offering and selling more than $570 million of securities in a Ponzi scheme that included fictitious New York City
Transit Authority leases; seven former senior officers of Signal Technology Corp., a Danvers, Massachusetts defense
contractor formerly located in Sunnyvale, California, sued for inflating its earnings through improper accounting at
its Florida-based Keltec division, with its former CEO Dale Peterson quoted from the complaint -- told in SEC
litigation releases (US federal government works, 17 U.S.C. 105), a round of session 53 in the federal SEC lane
beside 52b (after 51zr and 48a ... 51zp), on new matters (52b's leads asked first: Styling Technology (only the SEC's
complaint comp18485 again), First Merchants Acceptance (only the S.E.C. v. Kahn and U.S. v. Van Eyl opinions), Pinnacle
Micro, Cityscape, Bollinger Industries, Kimmins, SmarTalk (only the complaint comp18002 against Glen Andrew Folck),
Oxford Health (only the complaint comp17631), FPA Medical -- no litigation release of theirs in the store; the two
taken answered name queries; every company, person, release number and docket of the two checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes and the session-53 pools) -- SEC text from the search
tool's page store:
  - the SEC's Litigation Release No. 14875 of 15 April 1996 (Securities and Exchange Commission v. The Bennett Funding
    Group, Inc., Patrick R. Bennett, Bennett Management and Development Corporation, Bennett Receivables Corporation
    and Bennett Receivables Corporation-II, 96 Civ. 2237 (S.D.N.Y.)(JES)): The Bennett Funding Group, Inc., Patrick R.
    Bennett, Bennett Receivables Corporation, Bennett Receivables Corporation-II, Bennett Management and Development
    Corporation, the New York City Transit Authority, Syracuse, New York (sec.gov's plain-text
    'litigation/litreleases/lr14875.txt' as the UNT Libraries' End of Term 2008 web archive holds it);
  - the SEC's Litigation Release No. 17439 of 27 March 2002 (Securities and Exchange Commission v. Dale Peterson et
    al., United States District Court for the Northern District of California C.A. No. C02-01467): Signal Technology
    Corp., its Keltec division, Dale Peterson, Danvers, Massachusetts, Sunnyvale, California, Florida (sec.gov's
    'litigation/litreleases/lr17439.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('U.S. Securities & Exchange Commission',
'SEC Seal', 'Home | Previous Page', the plain-text page marker), the release lines and the captions (with their docket
numbers) are left out (the Bennett release has no heading, so its caption's party names are the `title`, as 51zb,
51zh, 51zp, 51zr and 52b; the Signal Technology release's heading is its `title`; the release date as `published`); no
word added or changed; paragraphs joined by a blank line as the store gives them (the plain-text Bennett release comes
as one run of text); each text cut at the last full sentence before the store's 2,000-character excerpt breaks off.
Each kept text and title checked by script to be a verbatim substring of its saved excerpt (/tmp/gather53j/src).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52j.py [POOL_DIR] [--dry]   (default /tmp/gather53j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ORIGIN = "US SEC litigation release on sec.gov (search tool page store)"                       # 41b's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes (its .md files) and the session-53 pools /tmp/gather53*/pool and gold (53a's, 53b's, "
         "53c's, 53d's and 53f's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53j/pool"
R = []

# ---- Bennett Funding Group, LR 14875 of 15 April 1996 (sec.gov plain text via the UNT web archive) ------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090507200159/http://www.sec.gov/litigation/litreleases/"
      "lr14875.txt")
R.append(federal(
 "us-sec-bennett-funding-group-cfo-patrick-bennett-subsidiaries-ponzi-lease-assignments-1996", U1, "1996-04-15",
 "SECURITIES AND EXCHANGE COMMISSION v. THE BENNETT FUNDING GROUP, INC., PATRICK R. BENNETT, BENNETT MANAGEMENT AND "
 "DEVELOPMENT CORPORATION, BENNETT RECEIVABLES CORPORATION AND BENNETT RECEIVABLES CORPORATION-II",
 "On March 28, 1996, The Bennett Funding Group, Inc., (\"BFG\"), a finance company headquartered in Syracuse, New "
 "York, Patrick R. Bennett, the chief financial officer of BFG, two of BFG's wholly- owned subsidiaries, Bennett "
 "Receivables Corporation (\"BRC\") and Bennett Receivables Corporation-II (\"BRC-II\"), and Bennett Management and "
 "Development Corporation (\"BMDC\"), were charged with fraudulently offering and selling more than $570 million of "
 "securities. The Commission's Complaint alleges that since 1991, the defendants have been engaged in a massive "
 "ongoing \"Ponzi\" scheme, employing misstatments and omissions of material fact. The securities were supposed "
 "assignments of equipment leases (\"Lease Assignments\"), as well as promissory notes (\"Notes\") issued by BFG, BRC, "
 "or BRC-II. The Commission alleges that Patrick Bennett and the other defendants defrauded investors by selling tens "
 "of millions of dollars of Lease Assignments for office equipment leases that simply did not exist, including the "
 "assignment of over $55 million of fictitious and supposedly tax-exempt New York City Transit Authority leases. The "
 "Commission further alleges that in cases where the defendants did have an underlying lease, the defendants "
 "sometimes fraudulently purported to sell to investors leases they had already sold to other investors.",
 "equipment leasing and finance/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 14875 and Accounting and Auditing Enforcement "
 "Release No. 772, April 15, 1996 (Securities and Exchange Commission v. The Bennett Funding Group, Inc., Patrick R. "
 "Bennett, Bennett Management and Development Corporation, Bennett Receivables Corporation and Bennett Receivables "
 "Corporation-II, 96 Civ. 2237 (S.D.N.Y.)(JES)), US federal government work (public domain); text of the sec.gov "
 "plain-text release as the UNT Libraries' web archive holds it, from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain): the sec.gov plain-text release "
 "('litigation/litreleases/lr14875.txt') as the UNT Libraries' End of Term 2008 web archive (webarchive.library.unt.edu"
 "/eot2008, capture of 7 May 2009) holds it -- the SEC's own text, unchanged by the archive (origin SEC_ORIGIN, as "
 "51zb's Peritus, 51p's Chiquita and 52b's MERL copies from the same archive). The store gives the file as one run of "
 "text (its line breaks gone), so the kept text is one paragraph. Left out: the page marker '=====...START OF PAGE "
 "1======', 'SECURITIES AND EXCHANGE COMMISSION', 'Litgation Release No. 14875 / April 15, 1996' (so spelt; the date "
 "kept as `published`), 'Accounting and Auditing Enforcement Release No. 772 / April 15, 1996', the caption 'SECURITIES "
 "AND EXCHANGE COMMISSION v. THE BENNETT FUNDING GROUP, INC., PATRICK R. BENNETT, BENNETT MANAGEMENT AND DEVELOPMENT "
 "CORPORATION, BENNETT RECEIVABLES CORPORATION AND BENNETT RECEIVABLES CORPORATION-II, 96 Civ. 2237 (S.D.N.Y.)(JES)' "
 "and the bankruptcy caption 'IN RE: THE BENNETT FUNDING GROUP, INC., BENNETT RECEIVABLES CORPORATION, BENNETT "
 "RECEIVABLES CORPORATION II, AND BENNETT MANAGEMENT AND DEVELOPMENT CORP., CASE NOS. 96-61376, 61377, 61378, 61379 "
 "(Bankr. N.D.N.Y.)'; the release has no heading, so the first caption's party names (without the docket) are the "
 "`title`, in capitals as written (doubtful: descriptive, as 51zb's, 51zh's, 51zp's, 51zr's and 52b's). Cut after "
 "'... leases they had already sold to other investors.', before 'The Co', which the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'The Bennett Funding Group, Inc., (\"BFG\"),' with its comma before the parenthesis, "
 "'wholly- owned' (a line-end hyphen with the space the store left: not mended), 'misstatments' (so spelt: not "
 "mended), the defined terms in straight double quotes, '\"Ponzi\"', '$570 million', '$55 million', 'tax-exempt'. 190 "
 "words (split at whitespace). One text per matter: the SEC's Litigation Release No. 14991 of 26 July 1996 on Patrick "
 "Bennett's consent to a preliminary injunction in the same action (sec.gov 'litigation/litreleases/lr14991.txt', "
 "rank 2 of the same query) left out. Found with 'Litigation Release Bennett Funding Group Patrick Bennett Commission "
 "complaint' (rank 1). "
 + CHECK + "'Bennett Funding', 'Bennett Receivables', 'Patrick R. Bennett', 'Patrick Bennett', 'New York City Transit "
 "Authority', '14875', 'lr14875', '96 Civ. 2237': 0 in the corpus files, GATHERING.md, the scripts, /work/notes and the "
 "pools (52b's notes name 'Bennett Funding' only as a lead; '14991' matches only a toscaData id 'ID149910').",
 True))

# ---- Signal Technology / Keltec, LR 17439 of 27 March 2002 (sec.gov) ------------------------------------------------
U2 = "https://www.sec.gov/litigation/litreleases/lr17439.htm"
R.append(federal(
 "us-sec-signal-technology-seven-former-officers-keltec-division-former-ceo-peterson-accounting-fraud-2002", U2,
 "2002-03-27",
 "SEC Sues Former Top Officers of Defense Contractor Signal Technology Corp. for Accounting Fraud",
 "The Securities and Exchange Commission yesterday filed a civil fraud action against seven former senior officers of "
 "Signal Technology Corp., a Danvers, Massachusetts defense contractor formerly located in Sunnyvale, California. In "
 "the suit, filed in federal court in the Northern District of California, the Commission alleged that defendants "
 "caused Signal Tech to inflate its reported earnings by over $9 million from January 1996 through June 1998. "
 "According to the Complaint, each of the individual defendants personally directed or participated in the company's "
 "improper accounting practices at its Florida-based Keltec division, when it failed to record known losses on major "
 "contracts, prematurely recognized revenue, and failed to write off worthless inventory. The Commission alleged that "
 "the defendants' conduct violated the antifraud, periodic reporting, record keeping, internal controls and lying to "
 "auditors provisions of the federal securities laws.\n\n"
 "All of the individual defendants were members of senior management at Signal Tech or its Keltec division. The "
 "Complaint alleges that defendants flouted accounting principles to improve the company's bottom line and "
 "repeatedly failed to follow generally accepted accounting principles (GAAP). The Complaint alleges that the "
 "company's disregard for proper accounting came from the top, with the company's former CEO, defendant Dale "
 "Peterson, remarking that he was \"sick of people thinking GAAP was important.",
 "defense electronics/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17439 and Accounting and Auditing Enforcement "
 "Release No. 1535, March 27, 2002 (Securities and Exchange Commission v. Dale Peterson et al., United States District "
 "Court for the Northern District of California C.A. No. C02-01467), US federal government work (public domain); text "
 "of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr17439.htm'): first-party text, no third-party copy (origin SEC_ORIGIN, 41b's wording). "
 "Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. "
 "Securities and Exchange Commission', 'Litigation Release No. 17439 / March 27, 2002' (the date kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 1535 / March 27, 2002' and the caption 'Securities and Exchange "
 "Commission v. Dale Peterson et al. (United States District Court for the Northern District of California C.A. No. "
 "C02-01467)' (the court is named only there). The heading 'SEC Sues Former Top Officers of Defense Contractor Signal "
 "Technology Corp. for Accounting Fraud' is the `title`, as written. Cut after the second paragraph's '... remarking "
 "that he was \"sick of people thinking GAAP was important.', before 'As a result of its accounting fraud, the "
 "Complaint all', which the store's excerpt breaks off (`truncated`); the opening quote before 'sick' has no closing "
 "quote in the store's copy (kept as written, not mended: the last kept sentence ends with its full stop). Kept as "
 "written: 'a Danvers, Massachusetts defense contractor' (no comma after the state), 'Signal Tech', 'its Florida-based "
 "Keltec division', 'the defendants' conduct', 'record keeping', 'generally accepted accounting principles (GAAP)', "
 "'former CEO, defendant Dale Peterson,', '$9 million', the straight apostrophes and quote. 210 words (split at "
 "whitespace). Two paragraphs. One text per matter: the SEC's cease-and-desist order against Signal Technology "
 "Corporation of the same day (34-45655, sec.gov 'litigation/admin/34-45655.htm': same matter) left out. Found with "
 "'SEC litigation release Signal Technology Corporation former officers accounting fraud' (rank 1; the order ranks 2 "
 "and 3). "
 + CHECK + "'Signal Technology', 'Signal Tech', 'Keltec', 'Dale Peterson', 'Danvers', '17439', 'lr17439', "
 "'C02-01467': 0 in the corpus files, GATHERING.md, the scripts, /work/notes and the pools (52b's notes name 'Signal "
 "Technology' only as a lead).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
