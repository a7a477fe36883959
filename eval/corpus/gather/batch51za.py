#!/usr/bin/env python3
"""Batch 51za (session 52, gatherer 51za): an SEC press release of 2007 and an SEC News Digest item of 2009 -- the
announcement that Chester Spatt, Chief Economist and Director of the SEC's Office of Economic Analysis (OEA), will leave
the agency at the end of July to rejoin Carnegie Mellon University, where he serves as Mellon Bank Professor of Finance
and Director of the Center for Financial Markets at the Tepper School of Business, with SEC Chairman Christopher Cox
quoted (press release of 19 July 2007, as Deloitte's DART library reproduces it); the Commission's bar of Martin A.
Armstrong of New Jersey, a former associated person with Princeton Economics International Ltd., a former unregistered
investment adviser, after his 2006 conviction and the 2008 permanent injunction entered by the United States District
Court for the Southern District of New York (SEC News Digest, Issue 2009-179, 17 September 2009, Enforcement
Proceedings) -- US federal government works (17 U.S.C. 105), a session-52 round in the federal SEC lane (after batches
40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h and 51u), on new matters. From 51u's leads: the 2009 and 2010
digest pages asked with 'SEC News Digest 2009/2010 COMMISSION ANNOUNCEMENTS' and heading words came back, as before,
mostly as trading suspensions, meeting notices, rule items and digests already taken or on earlier 'not used' lists;
the Investor Advisory Committee's later meetings and the PCAOB's next chairman gave no digest (only press and
Federal Register pages); the Spatt release came back for a query on the Chief Economist's office, the Armstrong item as
the second item of a digest page (dig091709) whose first item is a room-change notice. Every name, release number and
address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52
pools:
  - SEC press release of 19 July 2007, 'Chief Economist Chester Spatt to Leave SEC': the Securities and Exchange
    Commission, Chester Spatt, the Office of Economic Analysis (OEA), Carnegie Mellon University, the Center for
    Financial Markets, the Tepper School of Business, Christopher Cox (as Deloitte's DART library reproduces it,
    dart.deloitte.com 'USDART/ov-resource/adaa30c3-...');
  - the SEC News Digest, Issue 2009-179 (17 September 2009), the first item of its Enforcement Proceedings section
    ('Commission Bars Martin A. Armstrong Following Conviction and Entry of Permanent Injunction'): the Commission,
    Martin A. Armstrong, New Jersey, Princeton Economics International Ltd., the United States District Court for the
    Southern District of New York (sec.gov's 'news/digest/2009/dig091709.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). The release's heading (kept as `title`) and its
dateline 'Washington, D.C., July 19, 2007 - ' (kept as `published`) are left out; from the digest page, the page lines
('U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange
Commission', 'SEC News Digest'), the issue number, the date line, the first item (a room-change notice under
'COMMISSION ANNOUNCEMENTS'), the section line 'ENFORCEMENT PROCEEDINGS', the item's closing cross-reference '(Rel.
IA-2926; File No. 3-13121)' (48g's way with '(Press Rel. 2008-132)') and the later items are left out (the item's
heading kept as `title`, the date as `published`); no word added or changed; paragraphs joined by a blank line; the
release cut at the last full sentence before the store's excerpt breaks off, the digest item taken whole. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch51za.py [POOL_DIR] [--dry]   (default /tmp/gather52za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN
from batch49a import COPY_ORIGIN   # the origin line of an SEC press release copied on a third-party site

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
DIGEST_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
                "Exchange Commission', 'SEC News Digest'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52za/pool"
R = []

# ---- Chester Spatt to leave, SEC press release of 19 July 2007 (Deloitte DART copy) ---------------------------------
U1 = "https://dart.deloitte.com/USDART/ov-resource/adaa30c3-3f34-11e6-95db-43dd9f90ba36.html"
T1 = "Chief Economist Chester Spatt to Leave SEC"
R.append(federal(
 "us-sec-chief-economist-chester-spatt-to-leave-carnegie-mellon-tepper-2007", U1, "2007-07-19", T1,
 "The Securities and Exchange Commission announced today that Chester Spatt, Chief Economist and Director of the "
 "Office of Economic Analysis (OEA), will leave the agency to return to academia at the end of July.\n\n"
 "Dr. Spatt will rejoin Carnegie Mellon University, where he serves as Mellon Bank Professor of Finance and Director "
 "of the Center for Financial Markets at the Tepper School of Business. His research and teaching there will focus "
 "upon economic issues related to securities regulation as well as asset allocation and taxes.\n\n"
 "During his three years at the Commission, Dr. Spatt led the staff's economic analysis of key issues including "
 "implementation of options expensing through models and markets, mutual fund market timing and late trading, option "
 "grant and exercise backdating, executive compensation, Regulation SHO, shareholder voting, credit rating agencies "
 "and NRSROs, foreign private issuer deregistration and the economics of penalties and sanctions. In addition, he "
 "focused on fostering stronger ties between the Commission and the academic community, encouraging greater "
 "participation from academic experts in the rulemaking process.\n\n"
 "SEC Chairman Christopher Cox said, \"After completing his initial term with the Commission on leave from Carnegie "
 "Mellon during 2006, Chester graciously agreed to extend his service to the SEC and the nation's investors for "
 "another year. His exceptional background, expertise and judgment concerning the economic underpinnings of our "
 "securities markets have been invaluable resources to the Commission. He has been a strong leader of a very "
 "talented staff, and all of us at the Commission are deeply indebted to him for his personal and professional "
 "contributions to the nation's markets and investors.\"\n\n"
 "Dr. Spatt said, \"I appreciate the opportunity to have led OEA and its talented and dedicated staff for the past "
 "three years.",
 "securities regulation", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release '" + T1 + "', Washington, D.C., July 19, 2007, US federal "
 "government work (public domain); text as reproduced at " + U1 + " (dart.deloitte.com), from the search tool's page "
 "store",
 COPY_ORIGIN,
 "An SEC press release (a US federal work, public domain) as Deloitte's DART library reproduces it (49a's Cartwright "
 "and 51c's Cook releases and 18e's statement from the same library; the host adds no text to the kept paragraphs); "
 "no sec.gov copy came back. Left out: the heading (kept as `title`) and the dateline 'Washington, D.C., July 19, "
 "2007 - ' that opens the first paragraph (kept as `published`); the copy shows no 'FOR IMMEDIATE RELEASE' line and "
 "no release number, so none is given here. Cut in the fifth paragraph after Spatt's first quoted sentence ('... for "
 "the past three years.'), before 'Economics plays such a crucial role in', where the store's excerpt breaks off "
 "(`truncated`); the quotation is left open as the cut leaves it (49a's Cartwright and 51c's Rudd items the same "
 "way). Kept as written: 'Dr. Spatt' throughout, 'Chester' alone in Cox's quotation, 'Carnegie Mellon' beside "
 "'Carnegie Mellon University', 'Mellon Bank Professor of Finance' (a named chair), 'OEA' without an article in "
 "Spatt's quotation, 'focus upon', 'NRSROs', the straight quotation marks and apostrophes, no serial comma in "
 "'expertise and judgment'. 285 words. One text per matter: the Daily Princetonian's report of his 2004 appointment "
 "(another step, not a federal work), the Tartan, CMU Today, Questia and national-economists.org pieces (not federal "
 "works) are not taken. Found with 'SEC News Digest 2009 COMMISSION ANNOUNCEMENTS Chief Economist Office of Economic "
 "Analysis named professor university' (rank 1), again with 'Chief Economist Chester Spatt to Leave SEC Carnegie "
 "Mellon' (rank 1). "
 + CHECK + "'Spatt', 'Carnegie Mellon', 'Tepper', 'Center for Financial Markets', 'adaa30c3': 0 in the corpus files, "
 "GATHERING.md, the gather scripts, /work/notes/gather52 and the pools; 'Office of Economic Analysis' only in 48g's "
 "Mayhew file and its scripts (another matter: a deputy's promotion in 2008); 'Chester' only as a place or other "
 "people's names; 'Christopher Cox' in corpus files of other matters (the chairman convention).",
 True))

# ---- Martin A. Armstrong barred, SEC News Digest 2009-179, 17 September 2009 (sec.gov) ------------------------------
U2 = "https://sec.gov/news/digest/2009/dig091709.htm"
T2 = "Commission Bars Martin A. Armstrong Following Conviction and Entry of Permanent Injunction"
R.append(federal(
 "us-sec-martin-armstrong-princeton-economics-international-investment-adviser-bar-2009", U2, "2009-09-17", T2,
 "The Commission barred Martin A. Armstrong of New Jersey, a former associated person with Princeton Economics "
 "International Ltd., a former unregistered investment adviser, from association with an investment adviser following "
 "his 2006 conviction of one count of conspiracy to commit securities, mail, and commodities fraud and the 2008 entry "
 "of a permanent injunction against him by the United States District Court for the Southern District of New York. "
 "The Commission found that Armstrong had been convicted of conspiracy to commit fraud and enjoined for antifraud "
 "violations in connection with promissory note investments and that the public interest required that Armstrong be "
 "barred. In imposing the bar, the Commission found that Armstrong's conduct was egregious, as shown by his sentence "
 "on the conspiracy count which included sixty months' imprisonment and $80 million in restitution, and targeted "
 "sixty investors over seven years.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2009-179, September 17, 2009, Enforcement "
 "Proceedings, '" + T2 + "' (Rel. IA-2926; File No. 3-13121), US federal government work (public domain); text from "
 "the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2009/dig091709.htm' address): first-party text, 51u's digest items the same way. Left out: the page "
 "lines " + DIGEST_LINES + ", 'Issue 2009-179', the date line 'September 17, 2009' (kept as `published`), the "
 "section line 'COMMISSION ANNOUNCEMENTS' and its only item ('Change in the Meeting: Room Change', a notice moving "
 "the Open Meeting of Sept. 17, 2009 to the Auditorium, Room L-002, with the Office of the Secretary's telephone "
 "line), the section line 'ENFORCEMENT PROCEEDINGS'; the item's heading kept as `title`; the item's closing "
 "cross-reference '(Rel. IA-2926; File No. 3-13121)' (a pointer to the order, not the item's prose; 48g's '(Press "
 "Rel. 2008-132)' the same way; kept in the attribution); the digest's later items ('INVESTMENT COMPANY ACT "
 "RELEASES', 'Grail Advisors LLC and Grail Advisors ETF Trust', where the store's excerpt breaks off). The item is "
 "taken whole: it ends before the excerpt does (`truncated` false: nothing of the item is lost; 48g's Mayhew item "
 "the same way). Kept as written: one paragraph, 'Martin A. Armstrong of New Jersey', 'a former associated person "
 "with', 'Princeton Economics International Ltd.' with its point, the serial comma in 'securities, mail, and "
 "commodities fraud', 'United States District Court for the Southern District of New York' spelt out, 'sixty "
 "months'' and 'sixty investors' in words, '$80 million', the straight apostrophes. 140 words. One text per matter: "
 "the order itself (Release IA-2926) and any earlier paper of the Armstrong case (not in the store's answers) are "
 "not taken. Found with 'SEC News Digest 2009 COMMISSION ANNOUNCEMENTS SEC Names' (rank 6), again with 'SEC News "
 "Digest 2009 COMMISSION ANNOUNCEMENTS Chairman Schapiro today named Deputy Director' (rank 8). "
 + CHECK + "'dig091709', '2009-179', 'Martin A. Armstrong', 'Princeton Economics', 'IA-2926', '3-13121', 'Grail "
 "Advisors': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes/gather52 and the pools; "
 "'Armstrong' alone only in files on other people (a Wikinews snowfall item, Ausgrid's Wikipedia article, 37q's and "
 "25a's scripts, an infobox's key person in GATHERING.md, Pirelli Armstrong in a not-used list); 'Southern District "
 "of New York' in corpus files of other matters (the court convention).",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
