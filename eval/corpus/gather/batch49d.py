#!/usr/bin/env python3
"""Batch 49d (session 50, gatherer 49d): two federal texts of 2008 on the SEC -- the Commission's unanimous vote to
propose requiring companies to file financial information as 'interactive data', with SEC Chairman Christopher Cox and
John White, Director of the SEC's Division of Corporation Finance, quoted (SEC press release 2008-85, 14 May 2008); the
mutual cooperation agreement (a memorandum of understanding) that CFTC Acting Chairman Walter L. Lukken and SEC
Chairman Christopher Cox signed for their agencies (CFTC press release 5468-08, 11 March 2008) -- US federal government
works (17 U.S.C. 105), the second round of session 50 in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d,
48g, 48i, 48j and 49a), on new matters. From 49a's leads: the post-election departure releases of John White, Alexander
Cohen and Conrad W. Hewitt are not in the page store (asked five ways; only the Journal of Accountancy, cfo.com and
thecorporatecounsel pieces came back, not federal works); dig111908 (summary prospectus) came back only as a lexology
note naming the address; the 2009 CDS clearing exemptions (ICE US Trust, CME/Citadel, Eurex, ICE Clear Europe) only
as Federal Register orders whose introductions repeat the LCH item's MOU sentences and name no firm in the body; the
lead dig051408 (the interactive data proposal) is taken here as its press release, 2008-85. Every name, release
number and address was checked first against the corpus files, GATHERING.md, the gather scripts and the session-50
pools:
  - SEC press release 2008-85 (14 May 2008), 'SEC Proposes New Way for Investors to Get Financial Information on
    Companies': the Securities and Exchange Commission, Christopher Cox, John White, the Division of Corporation
    Finance (sec.gov's 'news/press/2008/2008-85.htm');
  - CFTC press release 5468-08 (11 March 2008), 'CFTC, SEC Sign Agreement to Enhance Coordination, Facilitate Review of
    New Derivative Products': the Commodity Futures Trading Commission, Walter L. Lukken, the Securities and Exchange
    Commission, Christopher Cox (cftc.gov's 'PressRoom/PressReleases/pr5468-08').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), the SEC page's video
lines, the CFTC page's release-number lines, 'For Release:' line and sub-heading, and both datelines are left out (each
heading kept as `title`, the date as `published`); no word added or changed; paragraphs joined by a blank line; each
text cut at the last full sentence before the store's excerpt breaks off. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch49d.py [POOL_DIR] [--dry]   (default /tmp/gather50d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-50 pools /tmp/gather50*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50d/pool"
R = []

# ---- Interactive data proposal, SEC press release 2008-85, 14 May 2008 (sec.gov) --------------------------------------
U1 = "https://www.sec.gov/news/press/2008/2008-85.htm"
T1 = "SEC Proposes New Way for Investors to Get Financial Information on Companies"
R.append(federal(
 "us-sec-interactive-data-proposal-financial-information-cox-john-white-2008", U1, "2008-05-14", T1,
 "The Securities and Exchange Commission today voted unanimously to formally propose using new technology to get "
 "important information to investors faster, more reliably, and at a lower cost.\n\n"
 "At the center of the SEC proposal is \"interactive data\" \u2014 computer \"tags\" similar in function to bar codes "
 "used to identify groceries and shipped packages. The interactive data tags uniquely identify individual items in a "
 "company's financial statement so they can be easily searched on the Internet, downloaded into spreadsheets, "
 "reorganized in databases, and put to any number of other comparative and analytical uses by investors, analysts, "
 "and journalists.\n\n"
 "The proposed rule would require all U.S. companies to provide financial information using interactive data "
 "beginning next year for the largest companies, and within three years for all public companies.\n\n"
 "\"This is all about bringing investors better, faster, more meaningful information about the companies they own,\" "
 "said SEC Chairman Christopher Cox. \"It would transform financial disclosure from a 1930s form-based system to a "
 "truly 21st century model that taps the power of technology for the benefit of investors.\"\n\n"
 "John White, Director of the SEC's Division of Corporation Finance, said, \"These steps will represent real progress, "
 "both for SEC filers and investors. All of the technology is coming together to make electronic filing a true "
 "analytical tool. The staff has gathered valuable experience during the almost three years that public companies "
 "have been submitting interactive data in our voluntary filer program. This helps give us a strong foundation for "
 "moving forward.\"",
 "securities regulation/financial reporting", "regulatory,executives",
 "U.S. Securities and Exchange Commission, press release 2008-85 '" + T1 + "', Washington, D.C., May 14, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2008/2008-85.htm' address): first-party text. Left out: the page lines 'U.S. Securities & Exchange "
 "Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', the heading (kept as "
 "`title`), the video lines 'Chairman Cox Discusses Interactive Data' (twice), 'Windows Media Player (26 MB)', "
 "'QuickTime (28 MB)', the dateline 'Washington, D.C., May 14, 2008 \u2014' (kept as `published`). Cut after John "
 "White's quotation ('... a strong foundation for moving forward.\"'), before the next paragraph, of which the store "
 "keeps only its first word 'Conrad' (`truncated`; the third official quoted, by 49a's lead Chief Accountant Conrad "
 "W. Hewitt, is lost with it). Kept as written: the straight quotation marks, the spaced em dash, '21st century' "
 "without a hyphen, 'the Internet' capitalised. 248 words. One text per matter: the proposing release in the Federal "
 "Register (Release No. 33-8924, 73 FR 32794, on justia and cryptome) and the news and blog rewrites "
 "(investmentexecutive, techlawjournal) are not taken; the SEC News Digest item of the same day (dig051408, a lead "
 "in GATHERING.md) was not in the store's answers. Found with 'SEC proposes interactive data financial reporting "
 "XBRL Cox John White Conrad Hewitt May 2008' (rank 2). "
 + CHECK + "'interactive data', 'XBRL' (twice in GATHERING.md, other matters), '2008-85', 'dig051408' (three "
 "times in GATHERING.md: a not-yet-taken lead, this matter), 'John White', 'voluntary filer', 'bar codes': 0 in the "
 "corpus files, the gather scripts and the pools; 'Corporation Finance' in one corpus file (Koss, another matter); "
 "'Christopher Cox' in corpus files of other matters (the chairman convention).",
 True))

# ---- CFTC-SEC mutual cooperation agreement, CFTC press release 5468-08, 11 March 2008 (cftc.gov) ---------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/pr5468-08"
T2 = "CFTC, SEC Sign Agreement to Enhance Coordination, Facilitate Review of New Derivative Products"
R.append(federal(
 "us-cftc-sec-mutual-cooperation-agreement-lukken-cox-new-derivative-products-2008", U2, "2008-03-11", T2,
 "Commodity Futures Trading Commission Acting Chairman Walter L. Lukken and Securities and Exchange Commission Chairman "
 "Christopher Cox today signed a ground-breaking mutual cooperation agreement to establish a closer working "
 "relationship between their agencies. The agencies also announced their immediate plans to consider two new "
 "derivative products under the agreement.\n\n"
 "The agreement establishes a permanent regulatory liaison between the agencies, provides for enhanced information "
 "sharing, and sets forth several key principles guiding their consideration of novel financial products that may "
 "reflect elements of both securities and commodity futures or options.\n\n"
 "\u201cAs innovation blurs financial sector lines, this agreement will create regulatory synergies between the "
 "agencies for the benefit of the public,\u201d said CFTC Acting Chairman Lukken. \u201cWhile recognizing our distinct "
 "missions, the MOU establishes a solid framework for increased cooperation and communication between the CFTC and "
 "SEC. The agreement also contains specific principles to guide future consideration of novel products, with the goal "
 "of reviewing product filings expeditiously, providing legal certainty for participants, encouraging market "
 "neutrality and choice, and enhancing innovation and competitive growth. This is smart government, and we look "
 "forward to this new era of enhanced cooperation with the SEC.\u201d\n\n"
 "\u201cThis agreement represents a valuable coordination of the roles of the SEC and the CFTC in our capital "
 "markets,\u201d said SEC Chairman Cox.",
 "securities regulation/derivatives regulation", "regulatory,partnership",
 "U.S. Commodity Futures Trading Commission, press release 5468-08 '" + T2 + "', Washington, DC, March 11, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it: first-party text, on the "
 "agreement the CFTC signed with the SEC (the federal SEC lane's matter; the SEC's own release 2008-40 was not in the "
 "store's answers, only its MOU's address quoted in a lexology note). Left out: the lines 'Release Number 5468-08', "
 "'Release: 5468-08', 'For Release: March 11, 2008' (kept as `published`), the sub-heading 'Agencies Also Announce "
 "First Fruits of Collaboration: Joint Action on Gold Products', the dateline 'Washington, DC\u2013'; the heading kept "
 "as `title`. Cut in the fourth paragraph after Cox's first quoted sentence and its attribution ('... said SEC "
 "Chairman Cox.'), before '\u201cYears ago, when the dividing lines between our agencies\u2019 regulated products "
 "were bright, the high level of coordination we are establishing today was not a priority for the U.S. governme', "
 "where the store's excerpt breaks off (`truncated`; the gold products the sub-heading names are lost with it). Kept "
 "as written: the curly quotation marks, 'ground-breaking', 'MOU' never spelt out, 'the CFTC and SEC' without a "
 "second article. 214 words. One text per matter: the lexology note on the same agreement, the CFTC's Federal "
 "Register notice on ST gold futures (E8-5203) and the June 2008 reports on the first product approvals under the "
 "agreement (investmentnews, etfexpress, a law-professor blog) are not taken. Found with 'SEC CFTC sign memorandum of "
 "understanding March 2008 streetTracks Gold Trust Shares novel derivative products press release' (rank 4). "
 + CHECK + "'Lukken', 'cftc.gov', '5468-08', 'regulatory liaison', 'novel derivative', 'streetTracks', 'SPDR Gold': "
 "0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'Commodity Futures Trading Commission' and "
 "'Christopher Cox' in corpus files of other matters (49a's LCH item names the later three-party MOU of November "
 "2008, another agreement).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
