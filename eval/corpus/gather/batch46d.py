#!/usr/bin/env python3
"""Batch 46d (session 47, gatherer 46d): a chip maker's former chief executive, its chairman and chief technology
officer, its former chief financial officer and its general counsel charged with a five-year stock option backdating
scheme; a technical services provider, its former chief executive and its former chief financial officer settling
backdating charges; a physician services provider, since renamed, settling backdating charges -- told in a US
Securities and Exchange Commission press release of 2008 and two SEC litigation releases of 2009 (US federal government
works, 17 U.S.C. 105), the second round of session 47 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m,
41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v,
45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv and 46a; 43i and 43k found nothing), on new matters -- first-party SEC text,
the sec.gov pages as the search tool's page store holds them:
  - the SEC's press release 2008-87 (14 May 2008, 'SEC Charges Four Current and Former Broadcom Officers for
    Backdating Options'): 'Irvine, Calif.-based Broadcom Corporation', its former chief executive officer Henry T.
    Nicholas, chairman and chief technology officer Henry Samueli, former chief financial officer William J. Ruehle
    and general counsel David Dull, Linda Chatman Thomsen quoted (sec.gov's old 'news/press/YYYY/YYYY-NN.htm' address,
    without 'www.');
  - the SEC's Litigation Release No. 21323 (4 December 2009): 'Black Box Corporation ("Black Box"), a Lawrence, PA
    technical services provider', its former Chief Executive Officer Frederick C. Young and its former Chief Financial
    Officer Anna M. Baird (sec.gov's old 'litigation/litreleases/YYYY/lrNNNNN.htm' address);
  - the SEC's Litigation Release No. 20927 (5 March 2009, 'Pediatrix Medical Group Settles Charges of Stock Option
    Backdating'): 'Pediatrix Medical Group, Inc. (now known as Mednax Services, Inc.)' (the same address form).
All three were 46a's leads (Broadcom's 2008 case, Black Box's 2009 case, Pediatrix), found with one query each of the
form that worked for 46a (the company, its executives' names and posts, 'Litigation Release'): rank 6, rank 4 and
rank 1. Witness Systems and Integrated Silicon Solution (two queries) gave no SEC page (class-action pages, the
companies' own filings, news).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, caption and dateline
lines are left out (a heading kept as `title`, the date as `published`); no word added or changed; paragraphs joined
by a blank line; each text cut at the last full sentence before the store's excerpt breaks off. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch46d.py [POOL_DIR] [--dry]   (default /tmp/gather47d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch46a import CHECK   # batch45a's check note with the session-47 pools /tmp/gather47*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47d/pool"
R = []

# ---- Broadcom and four officers, press release 2008-87, 14 May 2008 (sec.gov) -------------------------------------------
U1 = "http://sec.gov/news/press/2008/2008-87.htm"
T1 = "SEC Charges Four Current and Former Broadcom Officers for Backdating Options"
R.append(federal(
 "us-sec-broadcom-former-ceo-nicholas-chairman-samueli-former-cfo-ruehle-general-counsel-dull-backdating-2008", U1,
 "2008-05-14", T1,
 "The Securities and Exchange Commission today charged two current and two former top officers of Irvine, "
 "Calif.-based Broadcom Corporation for their alleged participation in a five-year systematic scheme to secretly "
 "backdate stock options granted to virtually all Broadcom officers and employees.\n\n"
 "The SEC\u2019s complaint, filed in federal district court for the Central District of California, alleges that "
 "Broadcom\u2019s former chief executive officer Henry T. Nicholas, chairman and chief technology officer Henry "
 "Samueli, former chief financial officer William J. Ruehle, and general counsel David Dull perpetrated a scheme from "
 "1998 to 2003 to fraudulently backdate stock option grants, failing to record billions of dollars of compensation "
 "expenses and falsifying documents to further the fraud. As a result of the scheme, Broadcom restated its financial "
 "results in January 2007 and reported more than $2 billion in additional compensation expenses.\n\n"
 "\u201cAs alleged in the complaint, the executives at Broadcom perpetrated a massive, five-year scheme that involved "
 "fraudulent backdating of dozens of option grants, falsifying corporate records, intentionally false accounting, and "
 "lying to shareholders,\u201d said Linda Chatman Thomsen, Director of the SEC\u2019s Division of Enforcement. "
 "\u201cThis egregious misconduct resulted in the largest accounting restatement to date arising from stock option "
 "backdating and warrants the significant sanctions sought from these individuals.\u201d",
 "semiconductors/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2008-87 '" + T1 + "', Washington, D.C., May 14, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-NN.htm' address, 'http' and without 'www.'): first-party text, no third-party copy. Left out: "
 "the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
 "Exchange Commission', the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2008-87', the dateline "
 "'Washington, D.C., May 14, 2008 \u2014 ' opening the first paragraph (kept as `published`, as batches 41q, 42e, 42g, "
 "44p and 46a cut their releases' datelines); cut after the third paragraph (Thomsen's two quoted sentences), before "
 "the fourth ('Rosalind R. Tyson, Acting Regional Director of the SEC\u2019s Los Angeles Regional Office, added, "
 "\u201cThe defendants caused Broadcom to deprive its shareholders and the market of accurate information regarding "
 "executive compensation and the company\u2019s accounting for stoc'), where the store's excerpt breaks off "
 "(`truncated`; Tyson's quotation is unfinished, so she is not in the text). Kept as written: the curly apostrophes "
 "('SEC\u2019s', 'Broadcom\u2019s') and curly double quotation marks, 'Irvine, Calif.-based', the lower-case posts "
 "('former chief executive officer', 'chairman and chief technology officer', 'general counsel'), 'five-year' "
 "twice. 206 words. One text per matter: news and blogs on the same charges (cfo.com, lawprofessors, which copies the "
 "release's first paragraphs) and on the December 2009 dismissals (accountingtoday, cnbc, simmtester, lightreading, "
 "jurist) left out; the SEC's litigation release on the same complaint not looked for (one text per matter). Found "
 "with 'Litigation Release Broadcom former chief financial officer William Ruehle Henry Nicholas backdating' (rank "
 "6; ranks 1-5 news). "
 + CHECK + "'Broadcom': one train file (us-presidential-order-prohibits-broadcom-takeover-qualcomm-2018: the 2018 "
 "order on Qualcomm, another matter) and batch19b (the same file); 'Samueli': only GATHERING.md's list of executives "
 "with no usable Wikipedia page (another text, not used); 'Ruehle': one train file on Noble Corporation (its text "
 "names James Ruehlen, another man) and batch42v (the same); 'Henry T. Nicholas', 'David Dull', '2008-87': 0 in the corpus files, the gather scripts, the session-47 notes and pools (46a.md only "
 "among its leads); 'Central District of California': nine corpus files on other matters (the district "
 "only); 'Irvine': two files on other companies (New Century Financial, a Wikipedia page); 'Linda Chatman "
 "Thomsen': eight files on other matters (Marvell, Maxim, Brooks, Doral, Zurich, Collins & Aikman, ProQuest, Gen "
 "Re; file names only).",
 True))

# ---- Black Box, Frederick C. Young and Anna M. Baird, Litigation Release No. 21323, 4 December 2009 (sec.gov) ---------
U2 = "http://www.sec.gov/litigation/litreleases/2009/lr21323.htm"
T2 = ("SEC FILES LAWSUIT AGAINST BLACK BOX CORPORATION, FORMER CEO AND FORMER CFO FOR STOCK-OPTIONS BACKDATING "
      "VIOLATIONS")
R.append(federal(
 "us-sec-black-box-former-ceo-young-former-cfo-baird-option-backdating-settled-2009", U2, "2009-12-04", T2,
 "The Securities and Exchange Commission announced that, on December 4, 2009, it filed a civil action in the United "
 "States District Court for the Western District of Pennsylvania against Black Box Corporation (\"Black Box\"), a "
 "Lawrence, PA technical services provider, its former Chief Executive Officer Frederick C. Young, 53, of Silver "
 "Point, Tennessee, and its former Chief Financial Officer Anna M. Baird, 52, of Bridgeville, PA, alleging violations "
 "related to stock-options backdating. Without admitting or denying the Commission's allegations, all three "
 "defendants agreed to settle the matter.\n\n"
 "The Commission's complaint alleges that, in July and August 2007, as a result of a previously announced review of "
 "its stock options practices, Black Box filed quarterly and annual reports restating its net income for fiscal years "
 "1994 through 2006 (the \"Restatements\") by identifying approximately $70.9 million of unrecorded expenses it had "
 "incurred as a result of mispriced stock option grants. Black Box was required to, but did not, record an expense "
 "for options issued at below-market prices (\"in the money\" options). More than one-half of the unrecorded "
 "expenses reported in the Restatements, approximately $38.1 million, stem from backdated options awarded at Young's "
 "direction.\n\n"
 "The complaint alleges that, as Chief Executive Officer, Young had authority for the granting of stock options at "
 "Black Box.",
 "technical services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21323, December 4, 2009; Accounting and Auditing "
 "Enforcement Release No. 3073 (Securities and Exchange Commission v. Black Box Corporation, Frederick C. Young, and "
 "Anna M. Baird, Case No. 09-CV-1591 (W.D. Pa.)), US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the line 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21323 / December 4, 2009' (kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 3073 / December 4, 2009', the caption 'Securities and Exchange "
 "Commission v. Black Box Corporation, Frederick C. Young, and Anna M. Baird, Case No. 09-CV-1591 (W.D. Pa.)', the "
 "heading (kept as `title`, as written, in capitals); cut after the third paragraph's first sentence ('... Young had "
 "authority for the granting of stock options at Black Box.'), before 'On six occasions, from 1998 through 2001, "
 "Young intentionally backdated stock option grants totaling millions of shares, to hundreds of recipients, "
 "including Black Box's officers, ', where the store's excerpt breaks off (`truncated`). Kept as written: the "
 "straight quotation marks ('(\"Black Box\")', '(the \"Restatements\")', '(\"in the money\" options)') and "
 "apostrophes, 'Lawrence, PA' and 'Bridgeville, PA' with the postal abbreviation, 'Silver Point, Tennessee' in full, "
 "'Chief Executive Officer' and 'Chief Financial Officer' with capitals, 'stock-options backdating', 'one-half'. 211 "
 "words. One text per matter: the lawprofessors blog (a copy of the release's first paragraphs), the SEC's complaint "
 "on vdocuments, the derivative settlement on getfilings, news (cfo.com, triblive) and a spam copy (5premium.ru) left "
 "out. Found with 'Litigation Release Black Box Corporation former chief executive officer Fred Young backdating "
 "options' (rank 4; rank 3 the blog copy). "
 + CHECK + "'Black Box': three train files on flight recorders (plane crashes, 2009 and 2018) and batches 28e and 29e "
 "(the same), another sense; 'Frederick C. Young', 'Anna M. Baird', 'Silver Point', 'Bridgeville', 'Lawrence, PA', "
 "'21323', '09-CV-1591', 'Western District of Pennsylvania': 0 in the corpus files, the gather scripts, the "
 "session-47 notes and pools (46a.md only among its leads); 'Baird' in GATHERING.md only inside 'bairdmaritime.com' "
 "(another text; file names only).",
 True))

# ---- Pediatrix Medical Group, Litigation Release No. 20927, 5 March 2009 (sec.gov) --------------------------------------
U3 = "http://sec.gov/litigation/litreleases/2009/lr20927.htm"
T3 = "Pediatrix Medical Group Settles Charges of Stock Option Backdating"
R.append(federal(
 "us-sec-pediatrix-medical-group-mednax-services-option-backdating-settles-2009", U3, "2009-03-05", T3,
 "The Securities and Exchange Commission today charged Pediatrix Medical Group, Inc. (now known as Mednax Services, "
 "Inc.) with backdating stock options grants to executives and employees and with reporting false financial "
 "information to shareholders. Pediatrix Medical Group, Inc. (\"Pediatrix\"), is a physician services provider "
 "headquartered in Sunrise, Florida. The Commission's complaint alleges that from approximately 1997 through 2000, "
 "Pediatrix, by the actions of a now-deceased former senior financial officer, granted options at below-market "
 "prices (\"in-the-money\" options). Pediatrix has agreed to settle the Commission's charges without admitting or "
 "denying the allegations.\n\n"
 "The Commission's complaint, filed in federal court in Miami, alleges that on numerous occasions, Pediatrix used "
 "hindsight to select favorable exercise prices for employee and officer stock option grants without accurately "
 "reporting the financial impact of the grants to investors. According to well-established accounting standards, "
 "Pediatrix was required to record an expense for in-the-money options. Pediatrix allegedly avoided those expenses "
 "by retrospectively picking dates on which Pediatrix's stock was trading at lower prices and dating and pricing "
 "grants of stock options as if they had been granted on those earlier dates.\n\n"
 "According to the Commission's complaint, Pediatrix's intentional backdating of stock option grants resulted in "
 "material misstatements and omissions in certain of the Forms 10-Q, 10-K, registration statements, and proxy "
 "statements that the company filed with the Commission.",
 "physician services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20927, March 5, 2009; Accounting and Auditing "
 "Release No. 2943 (Securities and Exchange Commission v. Pediatrix Medical Group, Inc., Case No. "
 "09-80366-CIV-RYSKAMP (S.D. Fla.)), US federal government work (public domain); text from the search tool's page "
 "store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, without 'www.'): first-party text, no third-party copy. Left "
 "out: the page's name line 'Pediatrix Medical Group, Inc.', the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', "
 "'Litigation Release No. 20927 / March 5, 2009' (kept as `published`), 'Accounting and Auditing Release No. 2943 / "
 "March 5, 2009', the caption 'Securities and Exchange Commission v. Pediatrix Medical Group, Inc., Case No. "
 "09-80366-CIV-RYSKAMP (S.D. Fla.)', the heading (kept as `title`); the store gives each paragraph as one line, "
 "joined here by a blank line as the lane's other texts; cut after the third paragraph's first sentence ('... that "
 "the company filed with the Commission.'), before 'More specifically, the complaint alleges that Pediatrix fai', "
 "where the store's excerpt breaks off (`truncated`). Kept as written: 'backdating stock options grants' (the plural "
 "'options'), '(now known as Mednax Services, Inc.)', the comma in 'Pediatrix Medical Group, Inc. (\"Pediatrix\"), "
 "is', the straight quotation marks and apostrophes, 'now-deceased', 'well-established', 'Forms 10-Q, 10-K'. 218 "
 "words. One text per matter: the company's own filings on EDGAR and its copies (an 8-K of 2007 and its exhibit, "
 "woonsocketcall, custercountychief) and news (fiercehealthcare, amednews, cfo.com: the 2006-2007 internal review "
 "naming a former officer the release does not name) left out. Found with 'Litigation Release Pediatrix Medical Group "
 "stock option backdating SEC' (rank 1). "
 + CHECK + "'Pediatrix', 'Mednax', 'Sunrise, Florida', '20927', '09-80366': 0 in the corpus files, the gather "
 "scripts, the session-47 notes and pools (46a.md only among its leads; file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
