#!/usr/bin/env python3
"""Batch 51c (session 52, gatherer 51c): three SEC press releases of 2006, 2008 and 2012 -- the meeting in Lisbon of
SEC Chairman Christopher Cox and the Chairman's Committee of the Euronext regulators in light of the proposed
combination of NYSE Group, Inc. and Euronext N.V. into NYSE Euronext (press release 2006-165, 27 September 2006); the
announcement by Chairman Cox and Australian Prime Minister Kevin Rudd, at Blair House in Washington, that the SEC, the
Australian Securities and Investment Commission (ASIC) and the Australian Treasury Department had begun formal
discussions on a mutual recognition arrangement, with Federal Treasurer Wayne Swan and ASIC Chairman Tony D'Aloisio
named (press release 2008-52, 29 March 2008); the announcement that Robert W. Cook, Director of the SEC's Division of
Trading and Markets, plans to leave the agency, with SEC Chairman Mary L. Schapiro quoted (press release 2012-253,
5 December 2012) -- US federal government works (17 U.S.C. 105), the session-52 round in the federal SEC lane (after
batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a and 49d), on new matters. From 49d's leads: the SEC-Fed MOU of July
2008 came back again only as lexology, goodwinlaw and Reuters pieces (not federal works); the UNT End of Term 2008
archive gave the Australia release (the counterpart of 48j's U.S.-Canada schedule, another matter); Deloitte's DART
library (49a's Cartwright copy) gave the Cook release. Every name, release number and address was checked first
against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - SEC press release 2006-165 (27 September 2006), 'SEC Chairman, Euronext Regulators Meet to Discuss Cooperation in
    the Event of the NYSE Euronext Combination': the U.S. Securities and Exchange Commission, Christopher Cox, the
    Chairman's Committee of the Euronext regulators, Lisbon, NYSE Group, Inc., Euronext N.V., NYSE Euronext Inc., the
    United States, NYSE, Euronext Paris (sec.gov's 'news/press/2006/2006-165.htm');
  - SEC press release 2008-52 (29 March 2008), 'SEC Chairman Cox, Prime Minister Rudd Meet Amid U.S.-Australia Mutual
    Recognition Talks': Blair House, Washington, the Securities and Exchange Commission, Christopher Cox, Kevin Rudd,
    ASIC, the Australian Treasury Department, Wayne Swan, Tony D'Aloisio (sec.gov's 'news/press/2008/2008-52.htm' as
    the UNT End of Term 2008 archive holds it);
  - SEC press release 2012-253 (5 December 2012), 'Trading and Markets Director Robert Cook to Leave SEC': the
    Securities and Exchange Commission, Robert W. Cook, the Division of Trading and Markets, the Financial Industry
    Regulatory Authority (FINRA), Mary L. Schapiro (as Deloitte's DART library reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), the 'FOR IMMEDIATE
RELEASE' lines, the release numbers and the datelines are left out (each heading kept as `title`, the date as
`published`); no word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence
before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51c.py [POOL_DIR] [--dry]   (default /tmp/gather52c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC   # the origin line of an sec.gov page as a federal web archive holds it
from batch49a import COPY_ORIGIN   # the origin line of an SEC press release copied on a third-party site

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
PAGE_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
              "Exchange Commission'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52c/pool"
R = []

# ---- Cox and the Euronext regulators in Lisbon, SEC press release 2006-165, 27 September 2006 (sec.gov) --------------
U1 = "http://www.sec.gov/news/press/2006/2006-165.htm"
T1 = "SEC Chairman, Euronext Regulators Meet to Discuss Cooperation in the Event of the NYSE Euronext Combination"
R.append(federal(
 "us-sec-cox-euronext-regulators-lisbon-nyse-group-euronext-combination-2006", U1, "2006-09-27", T1,
 "U.S. Securities and Exchange Commission Chairman Christopher Cox and the Chairman's Committee of the Euronext "
 "regulators met in Lisbon Tuesday in light of a potential combination between the NYSE Group, Inc. and Euronext N.V. "
 "into NYSE Euronext. They discussed the development of a possible framework for consultation and mutual cooperation "
 "in the interest of meeting their respective regulatory mandates in the areas of investor protection, orderly "
 "functioning and integrity of the markets. The regulators also affirmed that joint ownership or affiliation of "
 "markets alone would not lead to regulation from one jurisdiction becoming applicable in the other and stated their "
 "shared belief in the importance of local regulation of local markets.\n\n"
 "\"The United States is committed to close cooperation and collaboration with our partners in other nations as "
 "securities markets and financial services expand globally,\" Chairman Cox said. \"These meetings have gone far in "
 "focusing our joint efforts to promote healthy and increasingly efficient capital markets for the benefit of "
 "investors.\"\n\n"
 "On June 1, 2006, the NYSE Group and Euronext NV announced the signing of a combination agreement in order to create "
 "a new group, NYSE Euronext Inc. The holding company is proposed to be incorporated in the United States, the shares "
 "of which would be listed on NYSE and on Euronext Paris. The proposed combination is subject to prior authorizations "
 "by the respective Euronext Regulators and, in some cases, the Ministers of Finance, on the European side and by the "
 "SEC in the United States.\n\n"
 "Regulators are not taking a position on the proposed combination.",
 "securities regulation/stock exchanges", "regulatory,mergers",
 "U.S. Securities and Exchange Commission, press release 2006-165 '" + T1 + "', Washington, D.C., Sept. 27, 2006, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2006/2006-165.htm' address): first-party text. Left out: the page lines " + PAGE_LINES + ", the heading "
 "(kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2006-165', the dateline 'Washington, D.C., Sept. 27, 2006 "
 "- ' (kept as `published`). Cut in the fourth paragraph after its first sentence ('Regulators are not taking a "
 "position on the proposed combination.'), before 'They recognize that shareholders will ultimately decide on whether "
 "the', where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks and "
 "apostrophe (\"Chairman's Committee\"), 'Euronext N.V.' beside 'Euronext NV', 'the NYSE Group, Inc.' with its "
 "article, 'Euronext regulators' beside 'Euronext Regulators', 'NYSE Euronext' beside 'NYSE Euronext Inc.', 'listed "
 "on NYSE' without an article. 256 words. One text per matter: the rewrites on investmentexecutive and finextra (they "
 "name the committee's five members, not in the kept text) and the later SEC-Euronext regulators MOU on the combined "
 "group (globalcustodian's note, a later matter not taken) are left out. Found with 'SEC and UK Financial Services "
 "Authority sign memorandum of understanding oversight of cross-border exchange groups NYSE Euronext Cox press "
 "release' (rank 3). "
 + CHECK + "'2006-165', 'NYSE Group', 'Euronext N.V', \"Chairman's Committee\", 'Lisbon' (two corpus files, other "
 "matters: a Deutsche Boerse/LSE Wikinews item and a Wikipedia item), 'Euronext Paris' (three test Wikipedia files "
 "-- Kering, Sanofi, Stellantis -- and GATHERING.md, other matters): no file on this matter; 'NYSE Group' once in GATHERING.md (a 2005 Wikinews brief on the NYSE-Archipelago "
 "merger, not used: another matter); 'Euronext NV' in one train file (the 2005 LSE bid, another matter); 'Christopher "
 "Cox' in corpus files of other matters (the chairman convention).",
 True))

# ---- Cox and Rudd on U.S.-Australia mutual recognition, SEC press release 2008-52, 29 March 2008 (sec.gov via UNT) ----
U2 = "https://webarchive.library.unt.edu/eot2008/20080916010701/http://sec.gov/news/press/2008/2008-52.htm"
T2 = "SEC Chairman Cox, Prime Minister Rudd Meet Amid U.S.-Australia Mutual Recognition Talks"
R.append(federal(
 "us-sec-cox-rudd-us-australia-mutual-recognition-talks-asic-2008", U2, "2008-03-29", T2,
 "In a meeting at historic Blair House in Washington, Securities and Exchange Commission Chairman Christopher Cox and "
 "Australian Prime Minister Kevin Rudd today announced that the SEC, the Australian Securities and Investment "
 "Commission (ASIC) and the Australian Treasury Department have begun formal discussions to develop a mutual "
 "recognition arrangement for the two nations\u2019 securities markets. The discussions are intended to enhance "
 "cross-border law enforcement cooperation, facilitate regulatory coordination, and increase investor access to "
 "well-regulated capital markets.\n\n"
 "The SEC recently announced that it would explore a limited agreement with one or more foreign regulatory "
 "counterparts that could provide the basis for the development of a more general approach to mutual recognition "
 "through rulemaking. Any mutual recognition agreement would be based upon a comparability assessment by the SEC and "
 "by the foreign authority of one another\u2019s regulatory structures. The discussions between the SEC and the "
 "Australian authorities represent the first step toward a possible bilateral arrangement and will cover potential "
 "recognition to allow securities exchanges and market participants to operate in each other\u2019s markets.\n\n"
 "\u201cI appreciate the leadership of Prime Minister Kevin Rudd, Federal Treasurer Wayne Swan, and ASIC Chairman Tony "
 "D\u2019Aloisio in promoting high-quality securities regulation, investor protection, and transparent markets on a "
 "global basis,\u201d said Chairman Cox. \u201cAs technology continues to reduce barriers to cross-border investing, "
 "securities regulators need to work together to keep our standards high.",
 "securities regulation", "regulatory,partnership",
 "U.S. Securities and Exchange Commission, press release 2008-52 '" + T2 + "', Washington, D.C., March 29, 2008, US "
 "federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2008/2008-52.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (48j's U.S.-"
 "Canada item the same way), no third-party copy. Left out: the page lines " + PAGE_LINES + ", the heading (kept as "
 "`title`), the lines 'FOR IMMEDIATE RELEASE' and '2008-52', the dateline 'Washington, D.C., March 29, 2008 \u2014' "
 "(kept as `published`; the page's date, a Saturday, as written). Cut in the third paragraph after Cox's second "
 "quoted sentence ('... to keep our standards high.'), before 'By beginning to build a sturdy basis for cooperation "
 "among securities regulators who share', where the store's excerpt breaks off (`truncated`); the quotation is left "
 "open as the cut leaves it (49a's Cartwright item the same way). Kept as written: the curly quotation marks and "
 "apostrophes ('D\u2019Aloisio', 'nations\u2019'), 'Australian Securities and Investment Commission' (singular "
 "'Investment', as the page writes it), 'historic Blair House', 'well-regulated', the serial commas. 227 words. One "
 "text per matter: investmentexecutive's rewrite of this release and the August 2008 signing of the arrangement "
 "(mondaq, tradersmagazine, secactions pieces, not federal works; the SEC's own release on the signing not in the "
 "store's answers -- a later step of the same matter, so not a lead) are left out. Found with 'SEC Australia mutual "
 "recognition arrangement signed Australian Securities and Investments Commission 2008 press release' (rank 1). "
 + CHECK + "'2008-52', 'Rudd' (a UK parliament item's Amber Rudd only), 'Kevin Rudd', 'Wayne Swan', 'Aloisio', "
 "'Blair House', 'Australian Treasury', 'Nick Sherry': 0 in the corpus files, GATHERING.md, the gather scripts and the "
 "pools; 'mutual recognition' only in 48j's U.S.-Canada file and its notes (another matter); 'Australian Securities "
 "and Invest' only in ASIC's own media releases (ASX outages, enforcement updates) and a VOA item (other matters); "
 "'Christopher Cox' in corpus files of other matters (the chairman convention).",
 True))

# ---- Robert W. Cook to leave, SEC press release 2012-253, 5 December 2012 (Deloitte DART copy) -----------------------
U3 = "https://dart.deloitte.com/USDART/tree/vsid/240528"
T3 = "Trading and Markets Director Robert Cook to Leave SEC"
R.append(federal(
 "us-sec-trading-and-markets-director-robert-cook-to-leave-2012", U3, "2012-12-05", T3,
 "The Securities and Exchange Commission today announced that Robert W. Cook, Director of the SEC\u2019s Division of "
 "Trading and Markets, plans to leave the agency.\n\n"
 "Since joining the SEC in January 2010, Mr. Cook has led the Division\u2019s broad regulatory policy program that "
 "includes oversight of securities exchanges and markets, broker-dealers, clearing agencies, and the Financial "
 "Industry Regulatory Authority (FINRA). Mr. Cook has overseen the implementation of significant rulemaking and other "
 "responsibilities assigned to the Division under the Dodd-Frank Wall Street Reform and Consumer Protection Act and "
 "the Jumpstart Our Business Startups Act.\n\n"
 "\u201cRobert provided extraordinary counsel and worked tirelessly as we put in place measures that have helped to "
 "bolster our markets,\u201d said SEC Chairman Mary L. Schapiro. \u201cWith his deep experience across a range of "
 "issues, he has helped us lay the groundwork for an entirely new and comprehensive regulatory regime for "
 "derivatives.\u201d\n\n"
 "Mr. Cook said, \u201cI am honored to have worked with my colleagues in the Division of Trading and Markets and others "
 "throughout the agency on so many different initiatives to improve our markets and protect investors. It has been a "
 "period of unprecedented productivity for the Division, and I am proud of the staff\u2019s hard work and many "
 "accomplishments. I would like to thank Chairman Schapiro and the other Commissioners for the opportunity to serve "
 "them and the agency. It is an experience for which I will always be grateful.\u201d\n\n"
 "Mr. Cook, 47, oversaw several significant market structure initiatives including the adoption of enhanced risk "
 "controls for traders with access to the securities markets, large trader registration and reporting rules, and "
 "consolidated audit trail rules.",
 "securities regulation", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release 2012-253 '" + T3 + "', Washington, D.C., Dec. 5, 2012, US "
 "federal government work (public domain); text as reproduced at " + U3 + " (dart.deloitte.com), from the search "
 "tool's page store",
 COPY_ORIGIN,
 "An SEC press release (a US federal work, public domain) as Deloitte's DART library reproduces it (49a's Cartwright "
 "release and 18e's statement from the same library; the host adds no text to the kept paragraphs); no sec.gov copy "
 "came back. Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2012-253', the dateline "
 "'Washington, D.C., Dec. 5, 2012 \u2014' (kept as `published`). Cut in the fifth paragraph after its first sentence "
 "('... and consolidated audit trail rules.'), before 'He also directed the staff\u2019s ongoing review of equity "
 "market structure and its analysis of the \u201cFl', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the curly quotation marks and apostrophes, 'Mr. Cook' throughout, 'Robert' alone in Schapiro's quotation, "
 "'broker-dealers', 'program', 'the other Commissioners' capitalised. 270 words. One text per matter: the Reuters "
 "report on the same day's departures (Cook and General Counsel Mark Cahn) and the tradersmagazine rewrite (not "
 "federal works), and the tradersmagazine/thetradenews reports of his 2010 appointment (another step, not federal) are "
 "left out. Found with 'U.S. Securities and Exchange Commission FOR IMMEDIATE RELEASE Chairman Cox announced today "
 "the appointment of as Director of the Division' (rank 5). "
 + CHECK + "'Robert W. Cook', '2012-253', 'vsid/240528', 'Schapiro', 'Jumpstart': 0 in the corpus files, GATHERING.md, "
 "the gather scripts and the pools; 'Robert Cook' only a hotel founder in one train Wikipedia file and batch 40zb's "
 "script (another person); 'Trading and Markets' only in 48g's Mayhew file and scripts (another matter); FINRA in "
 "corpus files of other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
