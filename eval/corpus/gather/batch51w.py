#!/usr/bin/env python3
"""Batch 51w (session 52, gatherer 51w): two SEC enforcement actions of 2005 and 2007 -- TV Azteca S.A. de C.V., a
Mexican broadcaster whose American depository receipts trade on the NYSE, its parent company Azteca Holdings and three
current and former TV Azteca officers and directors (Ricardo Salinas Pliego, Pedro Padilla Longoria, Luis Echarte
Fernandez), charged with civil fraud over undisclosed related party transactions between TV Azteca's subsidiary Unefon
and Codisco, an entity secretly co-owned by Salinas; four former executives of SmartForce PLC, a software company since
merged into SkillSoft PLC (its former chief financial officer, two former vice presidents of finance and the former
controller of its subsidiary in the United States, 'SmartForce US'), settling accounting charges, with the director of
the SEC's Boston Regional Office quoted -- told in an SEC litigation release and an SEC press release (US federal
government works, 17 U.S.C. 105), a round of session 52 in the federal SEC lane beside 51d, 51i, 51m and 51p (after
48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j, 51d, 51i, 51m and 51p), on new matters (every
company, person, release number and docket checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes and the session-52 pools) -- SEC text, the sec.gov pages as the UNT Libraries' End of Term 2008 web
archive holds them, from the search tool's page store:
  - the SEC's Litigation Release No. 19022 of 4 January 2005 (Securities and Exchange Commission v. TV Azteca S.A. de
    C.V., Azteca Holdings, S.A. de C.V., Ricardo Salinas Pliego, Pedro Padilla Longoria, and Luis Echarte Fernandez,
    Civil Action No. 1:05-CV-00004 (D.D.C.)): TV Azteca, Azteca Holdings, Unefon, Codisco, NYSE, the three men
    (sec.gov's 'litigation/litreleases/lr19022.htm');
  - the SEC's press release 2007-137 of 19 July 2007, 'Former SmartForce Executives, Auditors Settle Accounting
    Violation Charges': SmartForce PLC, SmartForce US, SkillSoft PLC, Redwood, Calif., David C. Drummond, Patrick E.
    Murphy, John P. Hayes, Patrick T. Chew, David P. Bergers and the Boston Regional Office (sec.gov's
    'news/press/2007/2007-137.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). The archive page chrome ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), the release line, the
caption (with its docket number), the sub-heading line, 'FOR IMMEDIATE RELEASE', the release number and the dateline
are left out (each heading kept as `title`; the release date as `published`); no word added or changed; paragraphs
joined by a blank line as the store gives them; each text cut at the last full sentence before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51w.py [POOL_DIR] [--dry]   (default /tmp/gather52w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"   # 44d's wording
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool and gold (52a's to 52za's, when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52w/pool"
R = []

# ---- TV Azteca / Azteca Holdings / Unefon, LR 19022 of 4 January 2005 (sec.gov via the UNT web archive) -------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090507203304/http://www.sec.gov/litigation/litreleases/"
      "lr19022.htm")
T1 = ("SEC BRINGS FRAUD ACTION AGAINST TV AZTECA, A MEXICAN ISSUER, ITS PARENT, AZTECA HOLDINGS, AND THREE CURRENT AND "
      "FORMER TV AZTECA OFFICERS AND DIRECTORS, RICARDO SALINAS PLIEGO, PEDRO PADILLA LONGORIA, AND LUIS ECHARTE "
      "FERNANDEZ")
R.append(federal(
 "us-sec-tv-azteca-parent-azteca-holdings-salinas-pliego-unefon-codisco-related-party-fraud-2005", U1, "2005-01-04", T1,
 "The Securities and Exchange Commission today filed in the United States District Court for the District of "
 "Columbia civil fraud charges against TV Azteca S.A. de C.V. (TV Azteca or the company), a Mexican issuer whose "
 "American depository receipts trade on the NYSE, its parent company, Azteca Holdings, S.A., de C.V. (Azteca "
 "Holdings), and three current and former TV Azteca officers and directors, Ricardo Salinas Pliego, Pedro Padilla "
 "Longoria, and Luis Echarte Fernandez. The SEC alleges in its Complaint that the defendants engaged in an elaborate "
 "scheme to conceal Salinas's role in a series of transactions through which he personally profited by $109 million. "
 "The SEC complaint also alleges that Salinas and Padilla sold millions of dollars of TV Azteca stock while "
 "Salinas's self-dealing remained undisclosed to the market place.\n\n"
 "In its Complaint, the Commission alleged that Salinas and others caused TV Azteca or Azteca Holdings to file "
 "periodic reports that did not disclose Salinas's involvement in related party transactions between Unefon, a "
 "subsidiary of TV Azteca, and a private entity secretly co-owned by Salinas, called Codisco. In the related party "
 "transactions, Salinas purchased from a third party-at a steep discount-approximately $325 million of indebtedness "
 "owed by Unefon to the third party.",
 "television broadcasting, mobile telephony/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19022, January 4, 2005, 'SEC Brings Fraud Action "
 "against TV Azteca, a Mexican Issuer, Its Parent, Azteca Holdings, and Three Current and Former TV Azteca Officers "
 "and Directors, Ricardo Salinas Pliego, Pedro Padilla Longoria, and Luis Echarte Fernandez' (Securities and "
 "Exchange Commission v. TV Azteca S.A. de C.V., Azteca Holdings, S.A. de C.V., Ricardo Salinas Pliego, Pedro Padilla "
 "Longoria, and Luis Echarte Fernandez, Civil Action No. 1:05-CV-00004 (D.D.C.) (filed January 4, 2005)), US federal "
 "government work (public domain); text of the sec.gov page as the UNT Libraries' web archive holds it, from the "
 "search tool's page store at " + U1,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr19022.htm) as "
 "the UNT Libraries' End of Term 2008 web archive (webarchive.library.unt.edu/eot2008, capture of 7 May 2009) holds "
 "the page: the SEC's own page, archived unchanged, no third-party copy (origin SEC_ARC, 44d's, 51i's and 51p's "
 "wording). Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', "
 "'U.S. Securities and Exchange Commission', 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. "
 "19022 / January 4, 2005' (the date kept as `published`), the caption 'Securities and Exchange Commission v. TV "
 "Azteca S.A. de C.V., Azteca Holdings, S.A. de C.V., Ricardo Salinas Pliego, Pedro Padilla Longoria, and Luis "
 "Echarte Fernandez, Civil Action No. 1:05-CV-00004, (D.D.C.) (Filed January 4, 2005)' and the heading (kept as "
 "`title`, in capitals as written). Cut after the second paragraph's second sentence ('... approximately $325 "
 "million of indebtedness owed by Unefon to the third party.'), before its third ('At the time that Sa'), which the "
 "store's excerpt breaks off (`truncated`). Kept as written: 'Azteca Holdings, S.A., de C.V.' with its comma after "
 "'S.A.' (the caption has none), 'Salinas's' with its s, 'third party-at a steep discount-approximately' with "
 "hyphens for dashes, 'market place' in two words, 'Complaint' with its capital (and 'SEC complaint' without), "
 "'$109 million', '$325 million', the straight apostrophes. 202 words (split at spaces). The kept text names no "
 "post: 'three current and former TV Azteca officers and directors' (the complaint's and the press's chairman, chief "
 "executive and chief financial strategist are not in it). One text per matter: the SEC's press release of the same "
 "day, the complaint, the later settlements with Echarte (2005) and with TV Azteca, Salinas and Padilla (2006), "
 "the Holland & Hart piece on Homex (another matter), mondovisione's copy of the press release, corp-ethics (a BBC "
 "story), lawprofessors' white-collar blog and questia's article left out. Found with 'SEC litigation release "
 "subsidiary Mexico former president controller complaint 2003' (rank 7). "
 + CHECK + "'Azteca', 'Salinas' and 'Unefon' in one test file, a 2021 English Wikipedia biography of Ricardo "
 "Salinas Pliego (his posts, Elektra, Iusacell, Unefon; no word on the SEC, the fraud charges, Codisco, Padilla, "
 "Echarte or Nortel: another matter) and in batch 29a's script and GATHERING.md lines for it; 'Codisco', 'Echarte', "
 "'Padilla Longoria', 'Azteca Holdings', 'lr19022', '1:05-CV-00004': 0 in the corpus files, GATHERING.md, the "
 "scripts and the pools; '19022' only inside a GATHERING.md query list (the Ericsson FCPA release '3-19022', "
 "another matter) and inside tokenizer files under /work/notes.",
 True))

# ---- SmartForce PLC / SmartForce US / SkillSoft, press release 2007-137 of 19 July 2007 (sec.gov via UNT) ------------
U2 = "https://webarchive.library.unt.edu/eot2008/20080916035104/http://sec.gov/news/press/2007/2007-137.htm"
T2 = "Former SmartForce Executives, Auditors Settle Accounting Violation Charges"
R.append(federal(
 "us-sec-smartforce-former-cfo-drummond-vps-finance-us-subsidiary-controller-chew-revenue-overstatement-2007", U2,
 "2007-07-19", T2,
 "The Securities and Exchange Commission today brought settled enforcement actions against four former executives "
 "at SmartForce PLC, the company's former outside auditor, and its former audit engagement partner in connection "
 "with the software company's overstatement of revenue by $113.6 million and net income by $127 million during a "
 "3\u00bd-year period ending in mid-2002.\n\n"
 "SmartForce, which was based in Redwood, Calif., has since merged into SkillSoft PLC. According to the Commission, "
 "SmartForce's financial statements failed to comply with generally accepted accounting principles (GAAP) by, among "
 "other things, recognizing revenue improperly from various types of transactions in which the company engaged, "
 "including multiple-element arrangements, reciprocal transactions, and reseller agreements.\n\n"
 "The Commission instituted both administrative and civil actions against former SmartForce Chief Financial Officer "
 "David C. Drummond and two former vice presidents of finance, Patrick E. Murphy and John P. Hayes. The Commission "
 "filed an injunctive action against Patrick T. Chew, former controller of SmartForce's subsidiary in the United "
 "States (\"SmartForce US\"). The four former SmartForce executives will pay a total of $2.3 million in "
 "disgorgement, interest, and penalties.\n\n"
 "David P. Bergers, Director of the Commission's Boston Regional Office, said, \"Recognizing revenue without sound, "
 "rigorous analysis is a recipe for false financial statements. Officers must ensure the financials are accurate, "
 "and cannot hand off that fundamental responsibility to their subordinates, the auditors, or anyone else.\"",
 "e-learning software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2007-137 of July 19, 2007, 'Former SmartForce Executives, "
 "Auditors Settle Accounting Violation Charges', Washington, D.C., US federal government work (public domain); text "
 "of the sec.gov page as the UNT Libraries' web archive holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2007/2007-137.htm) as the UNT "
 "Libraries' End of Term 2008 web archive (webarchive.library.unt.edu/eot2008, capture of 16 September 2008) holds "
 "the page: the SEC's own page, archived unchanged, no third-party copy (origin SEC_ARC). Left out: the page lines "
 "'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange "
 "Commission', the heading (kept as `title`), the sub-heading line 'Executives to Pay $2.3 Million; Ernst & Young "
 "Chartered Accountants of Ireland to Pay $725,000' (so the auditor's name is not in the text), 'FOR IMMEDIATE "
 "RELEASE', the release number '2007-137' and the dateline 'Washington, D.C., July 19, 2007 - ' (the date kept as "
 "`published`). Cut after the fourth paragraph (Bergers's quotation, '... or anyone else.\"'), before 'The "
 "Commission also instituted proceedings', which the store's excerpt breaks off (`truncated`). Kept as written: "
 "'3\u00bd-year' with its one-half sign, 'mid-2002', 'Redwood, Calif.' (so written; the town is Redwood City), "
 "'Chief Financial Officer' and 'Director' with capitals, 'vice presidents of finance' and 'controller' in lower "
 "case, 'SmartForce US' in straight double quotes, 'multiple-element', '$113.6 million', '$127 million', '$2.3 "
 "million', the straight apostrophes and quotation marks. 222 words (split at spaces). One text per matter: the "
 "litigation release on the injunctive action against Chew and the administrative orders (not in the store's "
 "answers), cfo.com's, accountingtoday's and the Irish Times's stories (2004 and 2007), the Stanford class-action "
 "page and the 2003 class complaint (pdfslide) left out. Found with 'SEC litigation release SmartForce PLC former "
 "officers Ireland' (rank 1). "
 + CHECK + "'SmartForce', 'Smartforce', 'SkillSoft', 'Skillsoft', 'Drummond', 'Patrick T. Chew', 'John P. Hayes', "
 "'Patrick E. Murphy', 'O'Hogan', '2007-137', 'Ernst & Young Chartered': 0 in the corpus files, GATHERING.md, the "
 "scripts, /work/notes and the pools; 'Bergers' in three test files (SEC releases on AutoChina, Brooks Automation "
 "and Columbia Management, other matters: the same SEC official) and their GATHERING.md sections.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
