#!/usr/bin/env python3
"""Batch 48g (session 49, gatherer 48g): three items of the SEC News Digest of 2008 -- the promotion of an SEC economist
to Deputy Chief Economist in the agency's Office of Economic Analysis, quoted by the SEC's Chief Economist; the
Commission's review of an NASD disciplinary action against the chief executive and the president of a former NASD
member firm, Lloyd Scott and Valenti, Ltd.; the SEC's seminar in Jamaica on pyramid and Ponzi schemes with the CFTC,
the IMF and Caribbean co-sponsors, with the SEC's international-affairs and enforcement directors quoted -- each
the SEC's own digest page (US federal government works, 17 U.S.C. 105), the third round of session 49 in the federal
SEC lane (after batches 40zm ... 47y, 48a and 48d), on new matters (48d's leads: the Oil for Food releases of Akzo
Nobel, Fiat and Ingersoll-Rand were asked for by company, release number and digest date, and no sec.gov page came
back -- only fcpablog, foley, cfo.com, secactions, fcpa.stanford/aoshearman/shearman, lexology and World Bank STAR
copies, left out; SEC News Digest items on sec.gov and the UNT End of Term 2008 archive taken instead; every name,
release number and digest address was checked first against the corpus files, GATHERING.md, the gather scripts and
the session-49 pools) -- first-party SEC text, the sec.gov pages as the search tool's page store holds them (one as
the UNT Libraries' End of Term 2008 web archive holds the sec.gov page):
  - the SEC News Digest, Issue 2008-129 (3 July 2008), its first item ('Stewart Mayhew Named Deputy Chief
    Economist'; the digest's note of Press Rel. 2008-132): Stewart Mayhew, James Overdahl, 'SEC Chief Economist', the
    Office of Economic Analysis (sec.gov's 'news/digest/2008/dig070308.htm' as the UNT End of Term 2008 archive holds
    it);
  - the SEC News Digest, Issue 2008-72 (14 April 2008), its first enforcement item ('Commission Sustains in Part and
    Sets Aside in Part NASD Disciplinary Action Against Dennis Todd Lloyd Gordon and Sterling Scott Lee'): Gordon,
    'the chief executive officer of former NASD member firm Lloyd Scott and Valenti, Ltd.', Lee, 'LSVL's president',
    Michael Guss (sec.gov's 'news/digest/2008/dig041408.htm');
  - the SEC News Digest, Issue 2008-213 (3 November 2008), its first item ('SEC Conducts Regional Securities Market
    Enforcement Program to Address Pyramid Schemes'): the seminar in Jamaica, the CFTC, the IMF, the Financial
    Services Commission of Jamaica, USAID, the Caribbean Regional Technical Assistance Centre, Ethiopis Tafara and
    Linda Chatman Thomsen (sec.gov's 'news/digest/2008/dig110308.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC News Digest'), the
issue number, the date line, the section lines ('COMMISSION ANNOUNCEMENTS', 'ENFORCEMENT PROCEEDINGS'), the other
items of each digest and the trailing '(Press Rel. 2008-132)' cross-reference are left out (the item's heading kept
as `title`, the digest's date as `published`); no word added or changed; paragraphs joined by a blank line; the
Mayhew item is whole, the other two cut at the last full sentence before the store's excerpt breaks off (Thomsen's
opening quotation mark left unclosed, no mark added: 15c's and 27b's way). Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch48g.py [POOL_DIR] [--dry]   (default /tmp/gather49g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC   # the origin line of an sec.gov page as a federal web archive holds it

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-49 pools /tmp/gather49*/pool (48a's three, 48b's three, 48c's one, 48d's four and "
         "48e's two when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49g/pool"
DIGEST_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
                "Exchange Commission', 'SEC News Digest'")
R = []

# ---- Stewart Mayhew, SEC News Digest 2008-129, 3 July 2008 (sec.gov via the UNT End of Term archive) ------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20080916011831/http://sec.gov/news/digest/2008/dig070308.htm"
T1 = "Stewart Mayhew Named Deputy Chief Economist"
R.append(federal(
 "us-sec-stewart-mayhew-named-deputy-chief-economist-office-of-economic-analysis-2008", U1, "2008-07-03", T1,
 "The Securities and Exchange Commission announced today that Dr. Stewart Mayhew has been promoted to Deputy Chief "
 "Economist in the agency's Office of Economic Analysis.\n\n"
 "Dr. Mayhew joined the SEC staff in 2002 as a Visiting Academic Scholar, and since 2004 has served as an Assistant "
 "Chief Economist, leading a group that provides economic analysis and support for the SEC's Division of Investment "
 "Management, Division of Trading and Markets, and Office of Compliance Inspections and Examinations. His promotion "
 "to Deputy Chief Economist is effective immediately.\n\n"
 "\"I look forward to working with Stewart in his new role,\" said SEC Chief Economist Dr. James Overdahl. "
 "\"Stewart's background and skills make him perfectly suited to help ensure that Commission's rulemaking, "
 "policymaking, market oversight, and enforcement functions fully integrate rigorous economic analysis.\"\n\n"
 "Dr. Mayhew earned a Ph.D. in finance from the University of California, Berkeley in 1996. Prior to joining the SEC "
 "staff, he served on the faculty of the Terry College of Business at the University of Georgia and the Krannert "
 "School of Management at Purdue University. Dr. Mayhew has published numerous academic articles in such "
 "publications as the Journal of Finance, the Journal of Financial and Quantitative Analysis, and the Journal of "
 "Futures Markets.",
 "securities regulation", "regulatory,leadership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-129, July 3, 2008, Commission Announcements, "
 "'Stewart Mayhew Named Deputy Chief Economist' (Press Rel. 2008-132), US federal government work (public domain); "
 "text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page "
 "store at " + U1,
 SEC_ARC,
 "An SEC News Digest item (a US federal work, public domain) on sec.gov (news/digest/2008/dig070308.htm) as the End "
 "of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (48d's "
 "Flowserve digest item the same way), no third-party copy. Left out: the page lines " + DIGEST_LINES + ", 'Issue "
 "2008-129', the date line 'July 3, 2008' (kept as `published`), the section line 'COMMISSION ANNOUNCEMENTS'; the "
 "item's heading kept as `title`; the item's closing cross-reference '(Press Rel. 2008-132)' (a pointer to the press "
 "release, not the item's prose; as 48d left out caption and release lines) and the digest's later items ('SEC "
 "Publishes Regulatory Actions to Streamline SRO Rule Filing Process', where the store's excerpt breaks off). The "
 "digest's first item is taken whole: it ends before the excerpt does (`truncated` false: nothing of the item is "
 "lost). Kept as written: 'Dr.' before the names, 'that Commission's rulemaking' (no 'the'), 'Ph.D.', the straight "
 "quotation marks and apostrophes, 'University of California, Berkeley in 1996' without a comma after 'Berkeley'. "
 "202 words. One text per matter: the SEC's press release 2008-132 (the same announcement; not in the store's "
 "answers) is the same matter and not taken. Found with 'SEC News Digest 2007 COMMISSION ANNOUNCEMENTS appointed "
 "Regional Office Director' (rank 2) and 'SEC News Digest Issue 2008 ENFORCEMENT PROCEEDINGS ...' (the same page). "
 + CHECK + "'Mayhew', 'Overdahl', 'Terry College', 'Krannert', 'Office of Economic Analysis', 'dig070308', "
 "'2008-132': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'Chief Economist' in six corpus "
 "files by file name (bank and consumer-body economists in Hansard, VOA and Wikinews texts: other matters).",
 False))

# ---- Gordon and Lee (Lloyd Scott and Valenti, Ltd.), SEC News Digest 2008-72, 14 April 2008 (sec.gov) -----------------
U2 = "http://www.sec.gov/news/digest/2008/dig041408.htm"
T2 = ("Commission Sustains in Part and Sets Aside in Part NASD Disciplinary Action Against Dennis Todd Lloyd Gordon and "
      "Sterling Scott Lee")
R.append(federal(
 "us-sec-nasd-disciplinary-action-gordon-lee-lloyd-scott-valenti-sustained-in-part-2008", U2, "2008-04-14", T2,
 "The Commission has sustained in part and set aside in part NASD disciplinary action against Dennis Todd Lloyd "
 "Gordon, the chief executive officer of former NASD member firm Lloyd Scott and Valenti, Ltd. (\"LSVL\" or the "
 "\"Firm\"), and Sterling Scott Lee, LSVL's president. The Commission found that Gordon and Lee permitted Michael "
 "Guss, an unregistered individual, to function as a principal of the Firm and failed to maintain the accuracy of the "
 "Firm's membership application, in violation of certain NASD rules and By-Laws. The Commission also found that "
 "Gordon and Lee caused the Firm to charge excessive markups in thirty-one retail sales, in violation of NASD rules, "
 "although the Commission set aside NASD's finding that the markups were fraudulent.",
 "brokerage/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-72, April 14, 2008, Enforcement Proceedings, "
 "'" + T2 + "', US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig041408.htm' address): first-party text, no third-party copy. Left out: the page lines "
 + DIGEST_LINES + ", 'Issue 2008-72', the date line 'April 14, 2008' (kept as `published`), the section lines "
 "'COMMISSION ANNOUNCEMENTS' and 'ENFORCEMENT PROCEEDINGS', and the digest's first item, 'Chairman Cox to Testify' "
 "(Christopher Cox's testimony before the House Appropriations Subcommittee on Financial Services and General "
 "Government on 16 April 2008: another matter, one item per text); the enforcement item's heading kept as `title`. "
 "Cut after the item's third sentence ('... the markups were fraudulent.'), before 'In addition, the Commission "
 "sustained an NASD finding that Lee violated Section 10(b) ...', whose sentence runs on to 'the Commission found "
 "that Lee was responsible for ensuring that the Firm'' where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the defined names '(\"LSVL\" or the \"Firm\")' with their straight quotation marks, 'Firm' capitalised, "
 "'By-Laws', 'thirty-one' in words, 'NASD' never spelt out. 119 words. One text per matter: the Commission's opinion "
 "itself (an Exchange Act release; not in the store's answers) is not taken. Found with 'SEC News Digest Issue "
 "ENFORCEMENT PROCEEDINGS SEC Sues former CFO accounting fraud Lit. Rel.' (rank 4). "
 + CHECK + "'Lloyd Scott', 'Valenti', 'LSVL', 'Dennis Todd', 'Sterling Scott Lee', 'dig041408': 0 in the corpus "
 "files, GATHERING.md, the gather scripts and the pools; 'Guss' once in GATHERING.md inside 'Degussa' (another "
 "word).",
 True))

# ---- SEC's Jamaica seminar on pyramid schemes, SEC News Digest 2008-213, 3 November 2008 (sec.gov) --------------------
U3 = "http://www.sec.gov/news/digest/2008/dig110308.htm"
T3 = "SEC Conducts Regional Securities Market Enforcement Program to Address Pyramid Schemes"
R.append(federal(
 "us-sec-jamaica-pyramid-ponzi-schemes-enforcement-seminar-cftc-imf-2008", U3, "2008-11-03", T3,
 "The Securities and Exchange Commission announced today that it conducted an Understanding and Combating "
 "Unregulated Investment Schemes seminar in Jamaica from October 29 to 31. The three-day program included intensive "
 "training on methods for investigating and prosecuting pyramid and Ponzi-type investment schemes.\n\n"
 "The regional program featured 65 delegates from 20 countries throughout Latin America and the Caribbean. The "
 "program was conducted primarily by SEC, Commodity Futures Trading Commission (CFTC), and International Monetary "
 "Fund (IMF) staff, and was hosted and co-sponsored by the IMF, Financial Services Commission of Jamaica, U.S. Agency "
 "for International Development, and the Caribbean Regional Technical Assistance Centre.\n\n"
 "Ethiopis Tafara, Director of SEC's Office of International Affairs, said, \"Pyramid schemes have been with us "
 "since at least 1920 when Charles Ponzi first swindled nearly 17,000 investors out of millions before his scheme's "
 "inevitable collapse. Pyramid schemes spread like viruses in financial markets, and continue to plague our markets "
 "today. The SEC is pleased to share its experience and techniques in investigating and prosecuting these pernicious "
 "frauds with our partners in the Caribbean and Latin America.\"\n\n"
 "Linda Chatman Thomsen, Director of the SEC's Division of Enforcement said, \"Securities authorities must remain "
 "constantly vigilant for pyramid and Ponzi schemes and stamp them out as quickly as possible before they run their "
 "course. Since the beginning of 2008, the SEC has worked on over 24 Ponzi-type cases that raised over $1 billion "
 "from over 15,000 defrauded investors.",
 "securities regulation", "regulatory,legal",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-213, November 3, 2008, Commission "
 "Announcements, '" + T3 + "', US federal government work (public domain); text from the search tool's page store "
 "at " + U3,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig110308.htm' address): first-party text, no third-party copy. Left out: the page lines "
 + DIGEST_LINES + ", 'Issue 2008-213', the date line 'November 3, 2008' (kept as `published`), the section line "
 "'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`. Only the digest's first item is taken. Cut after "
 "the fourth paragraph's second sentence ('... from over 15,000 defrauded investors.'), before 'The SEC appreciates "
 "the opportunity to collaborate with our international colleagues, particular', where the store's excerpt breaks "
 "off (`truncated`): Thomsen's opening quotation mark is left unclosed (no mark added, 15c's and 27b's way). Kept "
 "as written: 'Director of SEC's Office' (no 'the'), 'Division of Enforcement said,' (no comma before 'said'), "
 "'conducted primarily by SEC, ...' (no 'the'), 'Centre' in the British spelling, 'program' in the American, the "
 "straight quotation marks and apostrophes, '$1 billion'. 236 words. One text per matter: the SEC's press release on "
 "the seminar (not in the store's answers) is not taken. Found with 'SEC News Digest Issue 2008 ENFORCEMENT "
 "PROCEEDINGS former chief executive officer complaint alleges' (rank 5). "
 + CHECK + "'Financial Services Commission of Jamaica', 'Unregulated Investment Schemes', 'Caribbean Regional "
 "Technical', 'Ethiopis', 'dig110308': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; "
 "'Tafara' in two corpus files by file name (VOA stories on Harare's water, another person); 'Thomsen' and "
 "'Division of Enforcement' in other SEC files (the corpus's director convention, other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
