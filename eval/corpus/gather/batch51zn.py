#!/usr/bin/env python3
"""Batch 51zn (session 52, gatherer 51zn): an SEC litigation release of 2007 and an SEC press release of 2005 on
companies with their subsidiaries and divisions and on former officers -- the Commission's settled civil action against
The Dow Chemical Company over an estimated $200,000 in improper payments to Indian officials by a fifth-tier foreign
subsidiary of Dow, DE-Nocil Crop Protection Ltd. of Mumbai, among them payments to an official of India's Central
Insecticides Board (Litigation Release No. 20000, 13 February 2007, 'SEC Files Settled Enforcement Action Against The
Dow Chemical Company for Foreign Corrupt Practices Act Violations'); the Commission's fraud action against former
Citigroup executives Thomas W. Jones, the former chief executive officer of the asset management division, and Lewis
Daidone over Citigroup's creation of an affiliated transfer agent to serve its Smith Barney family of mutual funds,
after Citigroup's $208 million settlement in May 2005 (press release 2005-113, 8 August 2005) -- US federal government
works (17 U.S.C. 105), a session-52 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j,
49a, 49d, 51c, 51h, 51u, 51za, 51ze and 51zj), on new matters. From 51zj's leads: the National Archives' 2004 copies of
sec.gov's plain-text digests and the sec.gov 'digMMDDYY.txt' digests of 2003 answered queries worded as digest headings
('SEC NEWS DIGEST COMMISSION ANNOUNCEMENTS ...', '... ENFORCEMENT PROCEEDINGS ... subsidiary') only with pages already
used or with first items that name no officer or parent (fee-rate advisories, meeting notices, the Robert Sears default
order); the Advisory Committee on Smaller Public Companies' member announcement gave no federal copy (its by-laws page,
meeting records on docslib and vdocuments, the 2006 final report on pdf hosts, complianceweek); no DART copy was asked
for this round. The lane's preference for enforcement items that name a subsidiary or parent was met with the
sec.gov releases, asked by matter. Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - SEC Litigation Release No. 20000 (13 February 2007; Accounting and Auditing Enforcement Release No. 2554; SEC v.
    The Dow Chemical Company, Civil Action No. 07CV00336 (D.D.C.)): the Securities and Exchange Commission, the United
    States District Court for the District of Columbia, The Dow Chemical Company, DE-Nocil Crop Protection Ltd.,
    Mumbai, India, the Central Insecticides Board (sec.gov's 'litigation/litreleases/2007/lr20000.htm');
  - SEC press release 2005-113 (8 August 2005), 'SEC CHARGES THOMAS W. JONES AND LEWIS E. DAIDONE WITH FRAUD RELATING
    TO CREATION OF AFFILIATED TRANSFER AGENT TO SERVE CITIGROUP MUTUAL FUNDS': the Securities and Exchange Commission,
    the United States District Court for the Southern District of New York, Citigroup, Thomas W. Jones, Lewis Daidone
    (sec.gov's 'news/press/2005-113.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). From the litigation release: the page's header lines
('U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20000 / February 13, 2007' -- its date kept as
`published` --, 'Accounting and Auditing Enforcement Release No. 2554 / February 13, 2007', the caption 'Securities and
Exchange Commission v. The Dow Chemical Company, Civil Action No. 07CV00336 (D.D.C.)', all kept in the attribution) and
the heading (kept as `title`) are left out; cut after the second paragraph, before the sentence the excerpt breaks off
in. From the press release: the page lines, the editor's note of 2007 on the case's dismissal, the heading (kept as
`title`, in capitals as written), 'FOR IMMEDIATE RELEASE', the release number '2005-113' (kept in the attribution), the
sub-heading 'Action follows Commission recovery of $208 million for investors in May, 2005' and the dateline
'Washington, DC, August 8, 2005 - ' (kept as `published`) are left out; cut after the third paragraph, before the
sentence the excerpt breaks off in. No word added or changed; paragraphs joined by a blank line. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch51zn.py [POOL_DIR] [--dry]   (default /tmp/gather52zn/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
PAGE_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
              "Exchange Commission'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zn/pool"
R = []

# ---- The Dow Chemical Company / DE-Nocil, SEC Litigation Release No. 20000, 13 February 2007 (sec.gov) ----------------
U1 = "http://sec.gov/litigation/litreleases/2007/lr20000.htm"
T1 = "SEC Files Settled Enforcement Action Against The Dow Chemical Company for Foreign Corrupt Practices Act Violations"
R.append(federal(
 "us-sec-dow-chemical-fifth-tier-subsidiary-de-nocil-india-improper-payments-fcpa-2007", U1, "2007-02-13", T1,
 "The Securities and Exchange Commission today filed a settled civil action in the United States District Court for "
 "the District of Columbia alleging that The Dow Chemical Company (Dow) violated the books and records and internal "
 "controls provisions of the Foreign Corrupt Practices Act (FCPA) [Sections 13(b)(2)(A) and 13(b)(2)(B) of the "
 "Securities Exchange Act of 1934 (Exchange Act)], in connection with an estimated $200,000 in improper payments made "
 "by a fifth-tier foreign subsidiary of Dow to Indian government officials from 1996 through 2001. Without admitting "
 "or denying the allegations in the Commission's complaint, Dow consented to pay a $325,000 civil penalty.\n\n"
 "The complaint alleges that the Dow subsidiary, DE-Nocil Crop Protection Ltd. (\"DE-Nocil\"), headquartered in "
 "Mumbai, India, manufactured and marketed pesticides and other products primarily for use in the Indian agriculture "
 "industry. According to the complaint, beginning in 1996, DE-Nocil made approximately $39,700 in improper payments to "
 "an official in India's Central Insecticides Board to expedite the registration of three DE-Nocil products. Most of "
 "these payments were made through agreements with contractors which added fictitious charges on its bills, or issued "
 "false invoices, to DE-Nocil. The contractors then disbursed these extra funds, at DE-Nocil's direction, to the CIB "
 "official. The complaint also alleges that from 1996 and to 2001, DE-Nocil made $87,400 in improper payments to state "
 "officials in order to distribute and sell its products.",
 "chemicals/securities regulation", "legal,regulatory,subsidiaries",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20000 / February 13, 2007, Accounting and Auditing "
 "Enforcement Release No. 2554 / February 13, 2007, Securities and Exchange Commission v. The Dow Chemical Company, "
 "Civil Action No. 07CV00336 (D.D.C.), '" + T1 + "', US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2007/lr20000.htm' address): first-party text, no third-party copy (51d's LR 18919 the same "
 "way). Left out: the header lines 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20000 / February "
 "13, 2007' (its date kept as `published`), 'Accounting and Auditing Enforcement Release No. 2554 / February 13, 2007' "
 "and the caption 'Securities and Exchange Commission v. The Dow Chemical Company, Civil Action No. 07CV00336 "
 "(D.D.C.)' (all kept in the attribution), and the heading (kept as `title`). Cut after the second paragraph ('... in "
 "order to distribute and sell its products.'), before 'The complaint alleges that, in addition to these payments, "
 "DE-Nocil also made improp', where the store's excerpt breaks off (`truncated`; the cut paragraph's further payment "
 "sums are not in the text). Kept as written: 'The Dow Chemical Company (Dow)' with 'The' capitalised, the bracketed "
 "statute sections, '$200,000', 'fifth-tier', 'Indian government officials', 'DE-Nocil Crop Protection Ltd. "
 "(\"DE-Nocil\")' with its straight quotation marks, 'CIB' with no spelled-out pairing in the text ('India's Central "
 "Insecticides Board' one sentence before), 'from 1996 and to 2001' as written, 'its bills' after 'contractors', the "
 "straight apostrophes. 226 words. One text per matter: the Commission's administrative order of the same day (In the "
 "Matter of The Dow Chemical Company, File No. 3-12567, a cease-and-desist order on the same payments) did not come "
 "back and would be the same matter; the fcpa.shearman, World Bank STAR, lawprofessors blog, bhopal.net (Dow Jones "
 "Newswires, Indian Express), indiaenvironmentportal and downtoearth pages on the case (not federal works, or reports "
 "of the release) are not taken. Found with 'SEC Dow Chemical DE-Nocil Crop Protection improper payments India "
 "officials 2007 civil penalty' (no sec.gov page), then with 'Securities and Exchange Commission filed settled action "
 "against The Dow Chemical Company fifth-tier foreign subsidiary DE-Nocil Mumbai litigation release' (rank 3). "
 + CHECK + "'DE-Nocil', 'Nocil', 'Central Insecticides', 'lr20000', '07CV00336', 'Litigation Release No. 20000': 0 in "
 "the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'Dow Chemical Company' in one test "
 "file (the DOJ's 2017 Dow / DuPont divestitures, another matter) and GATHERING.md's lines on it (47w) and on Dow's "
 "2008 purchase of Rohm and Haas and Dow Corning (other matters); '2554' only inside other numbers; 'Mumbai' and "
 "'United States District Court for the District of Columbia' in files of other matters.",
 True))

# ---- Thomas W. Jones and Lewis Daidone, Citigroup transfer agent, SEC press release 2005-113, 8 August 2005 (sec.gov) --
U2 = "http://www.sec.gov/news/press/2005-113.htm"
T2 = ("SEC CHARGES THOMAS W. JONES AND LEWIS E. DAIDONE WITH FRAUD RELATING TO CREATION OF AFFILIATED TRANSFER AGENT TO "
      "SERVE CITIGROUP MUTUAL FUNDS")
R.append(federal(
 "us-sec-former-citigroup-executives-jones-daidone-affiliated-transfer-agent-smith-barney-funds-2005", U2, "2005-08-08",
 T2,
 "The Securities and Exchange Commission today filed an enforcement action in the United States District Court for "
 "the Southern District of New York charging former Citigroup executives Thomas W. Jones and Lewis Daidone with fraud "
 "relating to Citigroup's creation of an affiliated transfer agent to serve its Smith Barney family of mutual funds "
 "at steeply discounted rates. Rather than passing the substantial fee discount on to the mutual funds, Citigroup took "
 "most of the benefit of the discount for itself, reaping tens of millions of dollars in profit at the expense of "
 "mutual fund shareholders.\n\n"
 "The actions against the individuals follows the Commission's settlement with the company in May in which Citigroup "
 "agreed to pay $208 million that will distributed to victims of the fraud.\n\n"
 "In its complaint filed today, the Commission alleges that Jones and Daidone were two of the officers principally "
 "responsible for the fraud. The complaint alleges that Jones, the former chief executive officer of the asset "
 "management division, directed an effort to negotiate a deal that would permit Citigroup to reap much of the profit "
 "that the funds' third party transfer agent had been making. Jones approved the final structure of the deal fully "
 "aware that the affiliated transfer agent was projected to make tens of millions of dollars in profit each year for "
 "doing minimal work.",
 "asset management/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release 2005-113, '" + T2 + "', Washington, DC, August 8, 2005, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2005-113.htm' address): first-party text (51ze's sec.gov releases the same way). Left out: the page "
 "lines " + PAGE_LINES + ", the editor's note that opens the page ('NOTE: On February 26, 2007, the United States "
 "District Court for the Southern District of New York granted motions for summary judgment filed by defendants Jones "
 "and Daidone, dismissing the case with prejudice.': added to the page after the release was issued, not the "
 "release's prose -- so the text tells the charges as of 8 August 2005 only), the heading (kept as `title`, in "
 "capitals as written, with 'LEWIS E. DAIDONE' where the text has 'Lewis Daidone'), 'FOR IMMEDIATE RELEASE', the "
 "release number '2005-113' (kept in the attribution), the sub-heading 'Action follows Commission recovery of $208 "
 "million for investors in May, 2005' (a deck line; the second paragraph tells the same settlement) and the dateline "
 "'Washington, DC, August 8, 2005 - ' that opens the first paragraph (kept as `published`). Cut after the third "
 "paragraph ('... for doing minimal work.'), before 'The complaint furt', where the store's excerpt breaks off "
 "(`truncated`; Daidone's posts, named in the cut part of the release, are not in the text). Kept as written: 'follows' "
 "after 'The actions' and 'that will distributed' (the release's own slips, unchanged), 'in May' with no year, 'third "
 "party' with no hyphen, 'the asset management division' in lower case and unnamed, 'Smith Barney family of mutual "
 "funds', 'the company' for Citigroup, the straight apostrophes. 221 words. One text per matter: lawfuel's copy of the "
 "same release (a reprint), the cfo.com, nbcnews (AP), acainsight, financial-planning, mfwire and Reuters stories on "
 "the case and its dismissal (not federal works), and the Commission's May 2005 order against Citigroup Global Markets "
 "Inc. and Smith Barney Fund Management LLC (the company's settlement, a step of the same transfer-agent matter; not "
 "in the store's answers) are not taken. Found with 'Smith Barney Fund Management Citigroup Global Markets transfer "
 "agent $208 million settlement Thomas Jones Lewis Daidone SEC 2005' (rank 1). "
 + CHECK + "'Daidone', 'Thomas W. Jones', '2005-113', 'transfer agent', 'Citigroup Asset Management': 0 in the corpus "
 "files, GATHERING.md, the gather scripts, /work/notes and the pools; 'Smith Barney' only in 50d's and 51v's notes and "
 "GATHERING.md lines on Morgan Stanley Smith Barney (a CFTC matter of 2012); 'Citigroup' in files of other matters "
 "(sponsorship, markets, bank deals; 52a's TFS-ICAP pool file); 'United States District Court for the Southern "
 "District of New York' in files of other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
