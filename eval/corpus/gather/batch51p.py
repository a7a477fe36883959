#!/usr/bin/env python3
"""Batch 51p (session 52, gatherer 51p): two SEC enforcement actions of 2001 and 2005 -- Chiquita Brands
International, Inc. settling books-and-records and internal-controls charges over a payment to customs officials by
its Colombian subsidiary, Banadex, at its Turbo, Colombia port facility; five former officers of Fleming Companies,
Inc., a now-bankrupt grocery wholesaler of Lewsville (as written), Texas (its former chief accounting officer and
senior vice president of finance and operations; two former vice presidents of its wholesale procurement arm; the
former president of its Fleming Retail Group and a vice president of that group), charged with securities fraud --
told in two SEC litigation releases (US federal government works, 17 U.S.C. 105), a round of session 52 in the
federal SEC lane beside 51d, 51i and 51m (after 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j,
51d, 51i and 51m), on new matters (every company, person, release number and docket checked first against the corpus
files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools) -- SEC text, the sec.gov pages as the
search tool's page store holds them:
  - the SEC's Litigation Release No. 17169 of 3 October 2001, 'Sec Settles Case against Chiquita Brands
    International, Inc.' (SEC v. Chiquita Brands International, Inc., Civ. Action No. 1:01CV02079 (D.D.C.)):
    Chiquita Brands International, Inc., Banadex, Colombia, Turbo (sec.gov's 'litigation/litreleases/lr17169.htm' as
    the UNT Libraries' web archive holds it, 51m's lead);
  - the SEC's Litigation Release No. 19380 of 15 September 2005 (SEC v. Mark David Shapiro, Philip D. Murphy, Thomas
    Gerald Dahlen, Jr., Albert M. Abbood, and James H. Thatcher, Civil Action No. 4:05-CV-0364 (E.D. Tex., Sherman
    Division)): Fleming Companies, Inc., Fleming Retail Group, Lewsville, Texas, Mark David Shapiro, Phil Murphy,
    Thomas Gerald Dahlen, Jr., Albert M. Abbood, James H. Thatcher (sec.gov's 'litigation/litreleases/lr19380.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). The page chrome, the release lines ('Litigation
Release No. ... / date'), the Accounting and Auditing Enforcement Release numbers, the captions (cases with their
docket numbers) and the row of asterisks are left out (a heading kept as `title`; the Fleming release has none:
`title` null; the release date as `published`); no word added or changed; paragraphs joined by a blank line as the
store gives them (the Fleming list's lines as the store breaks them: a single line break after 'are:', its items set
off by the store's space-only lines, read as blank lines); each text cut at the last full sentence before the
store's excerpt breaks off, or before a sentence that the break leaves unfinished. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch51p.py [POOL_DIR] [--dry]   (default /tmp/gather52p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"   # 44d's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool and gold (52a's to 52u's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52p/pool"
R = []

# ---- Chiquita Brands International, Inc. / Banadex, LR 17169 of 3 October 2001 (sec.gov via the UNT web archive) -----
U1 = ("https://webarchive.library.unt.edu/web/20090507205810/http://www.sec.gov/litigation/litreleases/"
      "lr17169.htm")
T1 = "Sec Settles Case against Chiquita Brands International, Inc."
R.append(federal(
 "us-sec-chiquita-brands-colombian-subsidiary-banadex-customs-payment-books-records-2001", U1, "2001-10-03", T1,
 "The Securities and Exchange Commission today issued a settled cease-and-desist order against Chiquita Brands "
 "International, Inc. in which the Commission finds that Chiquita violated the books and records \u2014 Section "
 "13(b)(2)(A) \u2014 and internal accounting controls \u2014 Section 13(b)(2)(B) \u2014 provisions of the Securities "
 "Exchange Act of 1934 in connection with a payment to foreign customs officials by a wholly-owned foreign "
 "subsidiary of Chiquita. Without admitting or denying the Commission's findings, Chiquita consented to the entry of "
 "an order that requires Chiquita to cease and desist from violating those provisions. The Commission also filed a "
 "settled complaint in federal court seeking entry of a consent order requiring Chiquita to pay a $100,000 civil "
 "penalty. Chiquita settled the action without admitting or denying the Commission's allegations.\n\n"
 "The order finds that Chiquita violated the books and records and internal controls provisions as a result of the "
 "conduct of its Colombian subsidiary, Banadex. According to the order, without the knowledge or consent of any "
 "Chiquita employees outside Colombia and in contravention of Chiquita's policies, employees of Banadex authorized "
 "the payment of the equivalent of $30,000 to local customs officials to secure renewal of a license at Banadex's "
 "Turbo, Colombia port facility. The subsidiary's books and records incorrectly identified the two installment "
 "payments, which were made in 1996 and 1997.",
 "bananas, fresh produce/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17169, October 3, 2001, 'Sec Settles Case against "
 "Chiquita Brands International, Inc.' (SEC v. Chiquita Brands International, Inc., Civ. Action No. 1:01CV02079 "
 "(D.D.C.) (filed October 3, 2001)), US federal government work (public domain); text of the sec.gov page as the "
 "UNT Libraries' web archive holds it, from the search tool's page store at " + U1,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr17169.htm) as "
 "the UNT Libraries' web archive (webarchive.library.unt.edu, capture of 7 May 2009) holds the page: the SEC's own "
 "page, archived unchanged, no third-party copy (origin SEC_ARC, 44d's and 51i's wording). Left out: the page lines "
 "'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange "
 "Commission' (twice), 'Washington, D.C.', 'Litigation Release No. 17169 / October 3, 2001' (the date kept as "
 "`published`), 'Accounting and Auditing Enforcement Release No. 1464', the caption 'SEC v. Chiquita Brands "
 "International, Inc., Civ. Action No. 1:01CV02079 (D.D.C.)(filed October 3, 2001)' and the heading (kept as "
 "`title`, as written: 'Sec' so capitalised, 'against' in lower case). Cut after the second paragraph's third "
 "sentence ('... which were made in 1996 and 1997.'), before its fourth ('In 1997, Chiquita's internal audit staff "
 "discovered the payment during an audit review and, after an'), which the store's excerpt leaves unfinished "
 "(`truncated`). Kept as written: the em dashes (\u2014) around the two section numbers, the straight apostrophes, "
 "'wholly-owned', 'books and records' without hyphens, 'installment', '$100,000', '$30,000'. 216 words (split at spaces, the dashes counted). The kept "
 "text names no officer (the SEC's complaint and order speak of Banadex's chief administrative officer, unnamed). "
 "One text per matter: the SEC's cease-and-desist order (sec.gov 'enforcement-litigation/administrative-"
 "proceedings/34-44902'), the complaint (scribd), the World Bank StAR summary left out; Chiquita's 2013 suit "
 "against the SEC over the release of its Colombian records (Bloomberg, business-humanrights.org, colombiareports, "
 "the D.C. Circuit's 2015 opinion on findacase) and the 2007 guilty plea over payments to the AUC are other "
 "matters, not taken. Found with 'SEC litigation release Chiquita Brands International Banadex Colombia 2001' "
 "(rank 1). "
 + CHECK + "'Chiquita' (one corpus file: a 2023 House letter to the CMS Administrator Chiquita Brooks-LaSure, a "
 "person, another matter; GATHERING.md's Fresh Express (Chiquita) / Dole 2024 lines, another matter), 'Banadex', "
 "'Bananos', 'Turbo, Colombia', 'lr17169', '17169', '1:01CV02079', '44902', 'No. 1464': 0 in the corpus files, the "
 "scripts and the pools; 'Banadex', 'Turbo, Colombia', 'lr17169', '17169' and '44902' only in 51m's section and "
 "note (its lead, not taken there; '17169' also inside tokenizer files under /work/notes).",
 True))

# ---- Fleming Companies, Inc., LR 19380 of 15 September 2005 (sec.gov) -------------------------------------------------
U2 = "http://www.sec.gov/litigation/litreleases/lr19380.htm"
R.append(federal(
 "us-sec-fleming-companies-former-cao-shapiro-vps-murphy-abbood-retail-group-president-dahlen-fraud-2005", U2,
 "2005-09-15", None,
 "On September 15, 2005, the Commission charged five former officers of now-bankrupt grocery wholesaler Fleming "
 "Companies, Inc. of Lewsville, Texas, with securities fraud and other violations arising from material earnings "
 "overstatements during late 2001 and the first half of 2002. According to the complaint, the defendants, among "
 "other things, obtained false and misleading side letters from certain Fleming vendors to support improper "
 "accounting entries that inflated Fleming's earnings. These transactions were the subject of settled enforcement "
 "actions the Commission brought against Fleming and several of its vendors and vendor employees on September 14, "
 "2004. See In the Matter of Fleming Companies, Inc., Lit. Rel. No. 18884 (September 14, 2004).\n\n"
 "The individuals named in the Commission's suit are:\n"
 "Mark David Shapiro, Fleming's former chief accounting officer and senior vice president of finance and "
 "operations during the critical periods.\n\n"
 "Phil Murphy, Fleming's former vice president in charge of Fleming's wholesale procurement department, which was "
 "responsible for approximately 80% of Fleming's revenues.\n\n"
 "Thomas Gerald Dahlen, Jr., the former president of Fleming Retail Group, which comprised about 20% of Fleming's "
 "revenues.\n\n"
 "Albert M. Abbood, a former vice president in Fleming's wholesale procurement group who reported to Murphy.\n\n"
 "James H. Thatcher, a vice president of the Fleming Retail Group who reported to Dahlen.",
 "grocery wholesale/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19380, September 15, 2005 (Securities and Exchange "
 "Commission v. Mark David Shapiro, Philip D. Murphy, Thomas Gerald Dahlen, Jr., Albert M. Abbood, and James H. "
 "Thatcher, Civil Action No. 4:05-CV-0364, Eastern District of Texas (Sherman Division)), US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "('litigation/litreleases/lr19380.htm'): first-party text, no third-party copy. Left out: 'Litigation Release No. "
 "19380 / September 15, 2005' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 2314 "
 "/ September 15, 2005', the caption 'Securities and Exchange Commission v. Mark David Shapiro, Philip D. Murphy, "
 "Thomas Gerald Dahlen, Jr., Albert M. Abbood, and James H. Thatcher, Civil Action No. 4:05-CV-0364/Eastern District "
 "of Texas (Sherman Division)' and the row of asterisks under it; the page has no heading (`title` null). The list "
 "kept as the store breaks it: 'The individuals named in the Commission's suit are:' then the first item after a "
 "single line break, each later item after a line holding one space (read as a blank line: paragraphs). Cut after "
 "the list's fifth item ('James H. Thatcher, a vice president of the Fleming Retail Group who reported to "
 "Dahlen.'), before the next paragraph ('The Commission alleges that defendants obtained misleading letters from "
 "Fleming vendors that were used to improperly accelerate'), which the store's excerpt leaves unfinished "
 "(`truncated`). Kept as written: 'Lewsville' (so spelt; the town is Lewisville, as the 2004 release has it), "
 "'Phil Murphy' in the list (the cut caption's 'Philip D. Murphy'), 'Fleming Retail Group' once without and once "
 "with 'the', 'now-bankrupt', 'Lit. Rel. No. 18884', '80%' and '20%', the straight apostrophes, lower-case posts. "
 "208 words (split at spaces). One text per matter: Fleming's own settlement of 14 September 2004 (Lit. Rel. No. 18884; lawfuel's copy "
 "of the SEC's press release) is the same fraud, left out; the Stanford class-action pages, the class complaint "
 "(docslib), a 2002 GlobeNewswire notice and the 1996-1999 noteholders' suit (documents.pub) left out. Found with "
 "'SEC litigation release Fleming Companies former officers' (rank 2). "
 + CHECK + "'Fleming Companies', 'Fleming Retail', 'Shapiro', 'Dahlen', 'Abbood', 'Phil Murphy', 'Lewsville', "
 "'19380', '18884', '05-CV-0364', 'No. 2314': 0 in the corpus files, GATHERING.md, the scripts and the pools "
 "('Fleming Companies' only in 51m's list of leads; '19380' and '18884' only inside tokenizer files under "
 "/work/notes); 'Thatcher' in one test file (Critical Path's former president, another man and matter) and 45v's "
 "section; 'Fleming' in three corpus files (other people: a Glaxo spokesman and Irish politicians).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
