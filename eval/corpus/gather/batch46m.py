#!/usr/bin/env python3
"""Batch 46m (session 47, gatherer 46m): three mutual fund advisers and the men at their head, charged or settling
over undisclosed market timing in their funds in 2003-2004 -- an adviser's founder and majority owner who timed his own
firm's funds, with the firm, two affiliated entities and two other executives; an adviser with its chief executive
officer and its president and chief equity officer; an adviser with its president and chief executive officer, a
board member of the firm and its fund complex -- told in two US Securities and Exchange Commission press releases of
2004 and an SEC litigation release of 2003 (US federal government works, 17 U.S.C. 105), the fifth round of session 47
in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d,
43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d,
46g and 46j; 43i and 43k found nothing), on new matters -- first-party SEC text, the sec.gov page itself or the page as
a federal web archive holds it, as the search tool's page store holds them:
  - the SEC's press release 2004-69 (20 May 2004, 'Strong Capital Management and Founder Richard Strong Agree to Pay
    $140 Million to Settle Fraud Charges Concerning Undisclosed Mutual Fund Trading'): Strong Capital Management, Inc.
    (SCM), 'its founder and majority owner, Richard S. Strong', Stephen M. Cutler, 'Director of the SEC's Division of
    Enforcement', and Robert J. Burson, 'Senior Associate Regional Director of the SEC's Midwest Regional Office',
    quoted (sec.gov's old 'news/press/YYYY-N.htm' address, no 'www.');
  - the SEC's press release 2004-14 (5 February 2004, 'Massachusetts Financial Services Co. Will Pay $225 Million and
    Make Significant Governance and Compliance Reforms To Settle SEC Fraud Charges Concerning Mutual Fund Market
    Timing'): Massachusetts Financial Services Co. (MFS), 'its chief executive officer John W. Ballen, and its
    president and chief equity officer Kevin R. Parke' (the US National Archives' web harvest, webharvest.gov, 2004);
  - the SEC's Litigation Release No. 18482 (2 December 2003; no heading on the page): Invesco Funds Group, Inc. (IFG),
    'headquartered in Denver', and Raymond R. Cunningham, its president since May 2001, chief executive officer since
    January 2003 and a member of its board of directors (the UNT Libraries' End of Term 2008 web archive).
46j's leads: Galleon/New Castle (two more queries, by the first release's own sentence and by the case caption:
neither Litigation Release No. 21255 nor press release 2009-221 in the store -- only news, essays, justia filings,
a USAO complaint on derechos.org, secactions, and again No. 21397: spent); State Street's No. 21408 left (a
relation-poor text, no executive). Texts are the search tool's page-store excerpts (corpus `pages`). Page lines,
release-number, caption, heading, sub-heading and dateline lines are left out (a heading kept as `title`, the date as
`published`); no word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence
before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46m.py [POOL_DIR] [--dry]   (default /tmp/gather47m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch46a import CHECK   # batch45a's check note with the session-47 pools /tmp/gather47*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC  # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47m/pool"
R = []

# ---- Strong Capital Management and Richard S. Strong, press release 2004-69, 20 May 2004 (sec.gov) ------------------------
U1 = "https://sec.gov/news/press/2004-69.htm"
T1 = ("Strong Capital Management and Founder Richard Strong Agree to Pay $140 Million to Settle Fraud Charges Concerning "
      "Undisclosed Mutual Fund Trading")
R.append(federal(
 "us-sec-strong-capital-management-founder-richard-strong-market-timing-settlement-2004", U1, "2004-05-20", T1,
 "The Securities and Exchange Commission announced today a settled enforcement action against Strong Capital "
 "Management, Inc. (SCM), its founder and majority owner, Richard S. Strong, two affiliated entities and two other SCM "
 "executives, for allowing and, in the case of Strong, engaging in undisclosed frequent trading in Strong mutual funds "
 "in violation of their fiduciary duties to the Strong funds and their investors. The settled order requires the "
 "payment of more that $140 million in monetary remedies, and imposes regulated industry bars and other relief\n\n"
 "Stephen M. Cutler, Director of the SEC's Division of Enforcement, said, \"Strong Capital Management and its founder, "
 "Richard Strong, betrayed the mutual fund investors they were duty-bound to protect. In Richard Strong's case, his "
 "personal trades were a betrayal of the highest order, warranting the stiffest possible civil sanctions.\"\n\n"
 "Robert J. Burson, Senior Associate Regional Director of the SEC's Midwest Regional Office, added, \"This is the "
 "second time that Strong and SCM have been the subject of an SEC enforcement action for placing their interests "
 "before the interests of mutual fund investors. That fact, together with the gravity of the breach of trust "
 "reflected in the Commission's findings, shows that the severe sanctions imposed in this case are warranted.\"",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2004-69 '" + T1 + "', Washington, D.C., May 20, 2004, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY-N.htm' address, no 'www.'): first-party text, no third-party copy. Left out: the heading (kept as "
 "`title`), the lines 'FOR IMMEDIATE RELEASE' and '2004-69', the sub-heading 'Richard Strong and Two Executives "
 "Permanently Barred from Mutual Fund Industry' (cut, as 46a and 46j cut theirs), the dateline 'Washington, D.C., May "
 "20, 2004 -- ' opening the first paragraph (kept as `published`, as 46j's Schwab release); cut after the third "
 "paragraph (Burson's quotation), before the line 'The Commission's Order finds, among other things:' and its first "
 "bullet ('SCM entered into an express agreement with hedge fund manager Edward Stern ... approximately 135 round "
 "trip'), where the store's excerpt breaks off (`truncated`; the lead-in line left with its broken list). Kept as "
 "written: 'more that $140 million' (the release's slip for 'than'), the first paragraph's last sentence ending "
 "'other relief' with no full stop (as the page has it; nothing added), 'its founder and majority owner', 'Strong "
 "mutual funds' beside 'the Strong funds', 'duty-bound', 'Senior Associate Regional Director', the straight "
 "apostrophes and double quotation marks. 204 words. One text per matter: the SEC's order (sec.gov "
 "litigation/admin/34-49741.htm as the End of Term 2008 archive holds it, a filing), the SEC's fair fund pages "
 "(strongcapital.htm, two archived copies), the Wisconsin DFI's own release (a state text), mondovisione (the New York "
 "Attorney General's release), thinkadvisor and plansponsor left out. Found with 'SEC Litigation Release Strong "
 "Capital Management Richard S. Strong chairman market timing mutual funds settlement 2004' (rank 2; rank 1 "
 "mondovisione). "
 + CHECK + "'Strong Capital', 'Richard S. Strong', 'Richard Strong', 'Edward Stern', 'Robert J. Burson', "
 "'Midwest Regional Office', 'Menomonee', \"D'Amato\", '2004-69', '34-49741', 'market timing': 0 in the corpus files, "
 "the gather scripts and the session-47 pools ('strong capital' only inside 'strong capitalization' in one train "
 "Wikipedia file); 'Canary': one dev file on another matter (its name shows Qzone) and batch 29b; 'Burson': one train "
 "Wikinews file on a PR firm (Burson-Marsteller) and batch 38e; 'Stephen M. Cutler': two corpus files on other "
 "matters (Xerox's 2003 fraud, HealthSouth) and batches 44d, 44l (file names only).",
 True))

# ---- Massachusetts Financial Services, Ballen and Parke, press release 2004-14, 5 February 2004 (webharvest.gov, 2004) ---
U2 = "https://webharvest.gov/peth04/20041112082233/http://sec.gov/news/press/2004-14.htm"
T2 = ("Massachusetts Financial Services Co. Will Pay $225 Million and Make Significant Governance and Compliance Reforms "
      "To Settle SEC Fraud Charges Concerning Mutual Fund Market Timing")
R.append(federal(
 "us-sec-massachusetts-financial-services-ceo-ballen-president-parke-market-timing-2004", U2, "2004-02-05", T2,
 "The Securities and Exchange Commission today announced a settled enforcement action against Massachusetts Financial "
 "Services Co. (MFS), its chief executive officer John W. Ballen, and its president and chief equity officer Kevin R. "
 "Parke, for violating federal securities laws by allowing widespread market timing trading in certain MFS mutual "
 "funds in contravention of those funds' public disclosures.\n\n"
 "The Commission censured MFS and ordered it to pay $225 million, consisting of $175 million in disgorgement and $50 "
 "million in penalties. The Commission's Order further requires MFS to undertake certain compliance and mutual fund "
 "governance reforms designed to enhance the independence of mutual fund boards of trustees and strengthen oversight "
 "of MFS's compliance with the federal securities laws.\n\n"
 "For their roles in the misconduct, the Commission prohibited MFS CEO Ballen and president Parke from serving as an "
 "officer or director of any investment adviser and from serving as an employee, officer, or trustee of any "
 "registered investment company for three years. In addition, the Commission's order places certain restrictions on "
 "the duties Ballen and Parke can perform during that period.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2004-14 '" + T2 + "', Washington, D.C., Feb. 5, 2004, US "
 "federal government work (public domain); text of the sec.gov page as the US National Archives' web harvest "
 "(webharvest.gov, 2004) holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2004-14.htm) as the National "
 "Archives and Records Administration's web harvest of federal sites (webharvest.gov, the 2004 harvest 'peth04', as "
 "44d's U.S. Foodservice release) holds the page: the SEC's own page, archived unchanged, no third-party copy. Left "
 "out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities "
 "and Exchange Commission', the heading (kept as `title`), the sub-headings \"MFS's Two Top Executives Prohibited From "
 "Serving as Officers or Directors of Any Investment Adviser for Three Years\" and 'Entire Amount Paid To Be Returned "
 "to Investors Harmed by Market Timing', the lines 'FOR IMMEDIATE RELEASE' and '2004-14', the dateline 'Washington, "
 "D.C., Feb. 5, 2004 \u2014 ' (kept as `published`); cut after the third paragraph's second sentence, before its "
 "third ('The Commission also suspended Ballen and Parke from association with any investment adviser ... and "
 "disgorge over $50,000 in ill-gotten g'), where the store's excerpt breaks off inside a word (`truncated`). Kept as "
 "written: the lower-case posts ('its chief executive officer', 'its president and chief equity officer', 'president "
 "Parke') beside 'MFS CEO Ballen', \"the Commission's Order\" beside \"the Commission's order\", \"funds' public "
 "disclosures\", \"MFS's\", the straight apostrophes. 178 words. One text per matter: news (latimes (two), "
 "financial-planning (three), yourlawyer (USA Today)) and NYU's SEED database entry left out. Found with 'SEC "
 "Massachusetts Financial Services John W. Ballen chief executive officer Kevin R. Parke president market timing "
 "settlement 2004 press release' (rank 5; ranks 1-4 news). "
 + CHECK + "'Massachusetts Financial Services', 'Ballen', 'Kevin R. Parke', '2004-14', 'market timing': 0 in the "
 "corpus files, the gather scripts and the session-47 pools; 'MFS' as a word: one dev file on another matter (its "
 "name shows an army ammunition contract; GATHERING.md's 'MFS 2000', a Hungarian maker, batch 26d); 'Parke' as a "
 "string only inside other words (e.g. 'parked'); 'Sun Life' (not in the text): one dev file on another matter "
 "(file names only).",
 True))

# ---- Invesco Funds Group and Raymond R. Cunningham, Litigation Release No. 18482, 2 December 2003 (UNT EOT 2008) ------
U3 = ("https://webarchive.library.unt.edu/eot2008/20080922032611/http://sec.gov/litigation/litreleases/lr18482.htm")
R.append(federal(
 "us-sec-invesco-funds-group-president-ceo-cunningham-market-timing-suit-2003", U3, "2003-12-02", None,
 "Today, the Securities and Exchange Commission filed suit in the United States District Court for the District of "
 "Colorado against Invesco Funds Group, Inc., and Raymond R. Cunningham. Invesco Funds Group, Inc. (\"IFG\"), "
 "headquartered in Denver, is an investment adviser registered with the Commission and manages the Invesco complex of "
 "mutual funds. Cunningham has been the president of IFG since May 2001 and the chief executive officer since January "
 "2003. He has also been a member of the board of directors of IFG and the Invesco fund complex since May 2001.\n\n"
 "The Commission alleged that from at least July 2001 until October 2003, the defendants fraudulently accepted "
 "investments by market timers in Invesco mutual funds to enhance the management fees earned by IFG. The complaint "
 "alleges that market timing is the practice of frequent short term buying and selling of mutual funds shares, and "
 "that IFG entered into specific arrangements with particular investors under which these investors were allowed to "
 "market-time Invesco funds. The complaint further alleges that the defendants accepted these investments knowing "
 "that doing so would be detrimental to long-term shareholders in the mutual funds. In addition, the complaint "
 "alleges that accepting these investments was fraudulent because it was contrary to disclosures made in the "
 "prospectuses for the mutual funds. These disclosures stated that exchanges between funds by investors would be "
 "limited to four yearly and that changes in this policy would only be allowed if it was in the best interests of "
 "the funds.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18482, December 2, 2003 (SEC v. Invesco Funds "
 "Group, Inc., and Raymond R. Cunningham, Civil Action No. 03-N-2421 (District of Colorado)), US federal government "
 "work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the "
 "search tool's page store at " + U3,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr18482.htm) as the "
 "End of Term 2008 web archive (webarchive.library.unt.edu) holds the page (as 44d's Rite Aid release): the SEC's own "
 "page, archived unchanged, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', "
 "'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', 'Litigation Release No. 18482 / December 2, 2003' (kept as `published`), the caption 'SEC v. Invesco "
 "Funds Group, Inc., and Raymond R. Cunningham Civil Action No. 03-N-2421 (District of Colorado)'; the page has no "
 "heading of its own in the stored excerpt (`title` null, as 46j's Reserve release); cut after the second paragraph, "
 "before the third ('The complaint further alleges that the defendants had a fiduciary duty to act at all times in "
 "the best interests of '), where the store's excerpt breaks off (`truncated`). Kept as written: 'Invesco Funds Group, "
 "Inc., and' with its comma, the straight double quotation marks of '(\"IFG\")', 'the Invesco complex of mutual funds' "
 "beside 'the Invesco fund complex', 'short term' unhyphenated beside 'long-term', 'mutual funds shares', "
 "'market-time', 'four yearly'. 247 words. One text per matter: the SEC's complaint (sec.gov "
 "litigation/complaints/comp18482.htm, a filing), its 2004 order against Cunningham (litigation/admin/34-50507.htm, a "
 "filing), mondovisione's copy of the SEC's press release of the same day (a third-party copy, unchecked), the latimes "
 "(Invesco 'a unit of London-based Amvescap'; not in this text), money.cnn and an ICI memo left out. Found with 'SEC "
 "charges Invesco Funds Group Raymond R. Cunningham president chief executive officer market timing complaint "
 "December 2003' (rank 1). "
 + CHECK + "'Invesco Funds Group', 'IFG', 'Raymond R. Cunningham', '18482', '03-N-2421', 'Amvescap', "
 "'market timing': 0 in the corpus files, the gather scripts and the session-47 pools; 'District of Colorado': one "
 "test file on another matter (its name shows Vail Resorts and Ralston Resorts) and batch 43q; 'Invesco': one "
 "train Wikinews file on the 2009 markets (a strategist quoted, another matter); 'Cunningham': one dev and one test "
 "file whose names show other matters (a 1935 Channel Islands telephone debate, a Hurricane Irene morning report); "
 "'Denver': other texts (a place) (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
