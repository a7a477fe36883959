#!/usr/bin/env python3
"""Batch 51u (session 52, gatherer 51u): two SEC News Digest items of 2009 -- the formation of an Investor Advisory
Committee announced by Securities and Exchange Commission Chairman Mary Schapiro, with SEC Commissioner Luis A. Aguilar
its primary sponsor, co-chaired by Richard (Mac) Hisey, President of AARP Financial Incorporated and AARP Funds, and
Hye-Won Choi, Senior Vice President and Head of Corporate Governance for TIAA-CREF, with Fred Josephs, President of the
North American Securities Administrators Association, an ex officio participant (SEC News Digest, Issue 2009-105, 3
June 2009); the appointment of Daniel L. Goelzer, a founding member of the PCAOB Board and a former General Counsel of
the SEC and Baker & McKenzie partner, as Acting Chairman of the Public Company Accounting Oversight Board, with SEC
Chairman Mary Schapiro thanking Chairman Mark Olson (SEC News Digest, Issue 2009-142, 27 July 2009) -- US federal
government works (17 U.S.C. 105), a session-52 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d,
48g, 48i, 48j, 49a, 49d, 51c and 51h), on new matters. From 51h's lead: sec.gov's 'news/digest/2009/' pages are in the
store; asked with 'SEC News Digest 2009 COMMISSION ANNOUNCEMENTS' and a topic, most first items came back as trading
suspensions, rule proposals or meeting notices; these two are the first items that name officials with their posts at
other bodies. Every name, issue number and address was checked first against the corpus files, GATHERING.md, the
gather scripts, /work/notes and the session-52 pools:
  - the SEC News Digest, Issue 2009-105 (3 June 2009), its first item ('SEC Announces Creation of Investor Advisory
    Committee'): the Securities and Exchange Commission, Mary Schapiro, the Investor Advisory Committee, Luis A.
    Aguilar, Richard (Mac) Hisey, AARP Financial Incorporated, AARP Funds, Hye-Won Choi, TIAA-CREF, Fred Josephs, the
    North American Securities Administrators Association, the State of Colorado (sec.gov's 'news/digest/2009/
    dig060309.htm');
  - the SEC News Digest, Issue 2009-142 (27 July 2009), its first item ('SEC Names Daniel L. Goelzer Acting Chairman of
    the PCAOB'): the Securities and Exchange Commission, Daniel L. Goelzer, the Public Company Accounting Oversight
    Board, Mary Schapiro, Mark Olson, the Office of the General Counsel, Baker & McKenzie, Washington, D.C., Thomas E.
    Fairchild, the U.S. Court of Appeals for the Seventh Circuit, Milwaukee, Deloitte & Touche (sec.gov's
    'news/digest/2009/dig072709.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange Commission',
'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC News Digest'), the issue number, the
date line and the section line 'COMMISSION ANNOUNCEMENTS' are left out (each item's heading kept as `title`, the date
as `published`); the committee item's numbered list kept as three paragraphs without their markers ('1.', '2.', '3.';
41s's and 44r's bullets the same way); no word added or changed; paragraphs joined by a blank line; each text cut at
the last full sentence before the store's excerpt breaks off (the committee item one line earlier, before the colon line
that opens the list of other members). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51u.py [POOL_DIR] [--dry]   (default /tmp/gather52u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
DIGEST_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
                "Exchange Commission', 'SEC News Digest'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52u/pool"
R = []

# ---- Investor Advisory Committee formed, SEC News Digest 2009-105, 3 June 2009 (sec.gov) ----------------------------
U1 = "https://www.sec.gov/news/digest/2009/dig060309.htm"
T1 = "SEC Announces Creation of Investor Advisory Committee"
R.append(federal(
 "us-sec-investor-advisory-committee-aarp-financial-hisey-tiaa-cref-choi-2009", U1, "2009-06-03", T1,
 "Securities and Exchange Commission Chairman Mary Schapiro today announced the formation of an Investor Advisory "
 "Committee to give investors a greater voice in the Commission's work. SEC Commissioner Luis A. Aguilar will serve as "
 "the Commission's primary sponsor of the Committee.\n\n"
 "\"Through this well-respected and diverse group, we are reaching out to investors in a new and significant way,\" "
 "said Chairman Schapiro. \"I look forward to hearing their views on new products, trading strategies, fee "
 "structures, and the effectiveness of disclosure, among other issues.\"\n\n"
 "Commissioner Aguilar added, \"Investors need a greater voice at the Commission. The Commission's traditional role as "
 "the investor's advocate, as well as our deliberations, will be enhanced by the range of views the Advisory Committee "
 "will provide.\"\n\n"
 "The Investor Advisory Committee's charter provides for a broad scope of interest, including:\n\n"
 "Advising the Commission on matters of concern to investors in the securities markets;\n\n"
 "Providing the Commission with investors' perspectives on current, non-enforcement, regulatory issues; and\n\n"
 "Serving as a source of information and recommendations to the Commission regarding the Commission's regulatory "
 "programs from the point of view of investors.\n\n"
 "The Advisory Committee will be co-chaired by Richard (Mac) Hisey, President of AARP Financial Incorporated and AARP "
 "Funds, and Hye-Won Choi, Senior Vice President and Head of Corporate Governance for TIAA-CREF. Fred Josephs, "
 "President of the North American Securities Administrators Association and Securities Administrator for the State of "
 "Colorado, will be an ex officio participant.",
 "securities regulation", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2009-105, June 3, 2009, Commission Announcements, "
 "'" + T1 + "', US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2009/dig060309.htm' address): first-party text, 48i's and 51h's digest items the same way. Left out: "
 "the page lines " + DIGEST_LINES + ", 'Issue 2009-105', the date line 'June 3, 2009' (kept as `published`), the "
 "section line 'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`; the markers '1.', '2.' and '3.' of the "
 "charter's three items (each item kept as its own paragraph, its closing ';', '; and' or '.' as written). Cut after "
 "the sixth paragraph ('... will be an ex officio participant.'), before 'The Advisory Committee's other members will "
 "include:' and its bulleted list, whose first item breaks off at 'Mark Anson, President and Executive Dir' where the "
 "store's excerpt ends (`truncated`): a colon line with no member after it is no full sentence. Kept as written: "
 "'Richard (Mac) Hisey' with the nickname in brackets, 'AARP Financial Incorporated' spelt out, 'Hye-Won Choi', "
 "'TIAA-CREF', 'well-respected', 'non-enforcement', the straight quotation marks, 'investor's advocate' singular, the "
 "serial comma in 'fee structures, and the effectiveness of disclosure'. 237 words "
 "(whitespace-split). One text per matter: the SEC's "
 "own press release of the same day (2009-126, not in the store's answers) and later digest items on the committee's "
 "meetings were not seen. Found with 'SEC News Digest 2009 COMMISSION ANNOUNCEMENTS memorandum of understanding "
 "signed' (rank 7), again with '... wholly-owned subsidiary parent company order' (rank 7). "
 + CHECK + "'dig060309', '2009-105', 'Investor Advisory Committee', 'Hisey', 'Hye-Won', 'Fred Josephs', 'Mark Anson', "
 "'AARP': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes/gather52 and the pools ('AARP' only "
 "inside newskg program files under /work/notes, not texts); 'TIAA' only in 49g's Optiver file and wp-naspers (other "
 "matters); 'Aguilar' once in GATHERING.md (44r's list of not-used pages, another matter); 'Schapiro' in 51c's Cook "
 "file and 51h's two files, corpus and pool (other matters).",
 True))

# ---- Daniel L. Goelzer named Acting Chairman of the PCAOB, SEC News Digest 2009-142, 27 July 2009 (sec.gov) ---------
U2 = "https://www.sec.gov/news/digest/2009/dig072709.htm"
T2 = "SEC Names Daniel L. Goelzer Acting Chairman of the PCAOB"
R.append(federal(
 "us-sec-daniel-goelzer-acting-chairman-pcaob-mark-olson-2009", U2, "2009-07-27", T2,
 "The Securities and Exchange Commission today announced it has appointed Daniel L. Goelzer as Acting Chairman for the "
 "Public Company Accounting Oversight Board effective August 1, 2009.\n\n"
 "The PCAOB, which is subject to oversight by the Commission, was created by the Sarbanes-Oxley Act of 2002 and is "
 "responsible for supervising accounting firms that audit public companies. Mr. Goelzer is a founding and current "
 "member of the PCAOB Board, where he has served for the past six years.\n\n"
 "\"Daniel Goelzer has demonstrated the leadership, ability and experience necessary to oversee the continued progress "
 "of this important organization,\" said SEC Chairman Mary Schapiro. \"During this interim period, I look forward to "
 "working with him, his colleagues, and the PCAOB staff as they continue to fulfill their mission of protecting "
 "investors.\"\n\n"
 "\"I would also like to thank Chairman Mark Olson for his service these past three years,\" Chairman Schapiro added. "
 "\"During his tenure at the PCAOB, Chairman Olson has helped to significantly improve the quality of audits for the "
 "protection of investors.\"\n\n"
 "Mr. Goelzer has served as General Counsel of the SEC and has held the offices of Executive Assistant to the SEC "
 "Chairman and Associate General Counsel in the Office of the General Counsel.\n\n"
 "Mr. Goelzer was a partner in the Washington, D.C. office of the law firm of Baker & McKenzie, where he practiced in "
 "securities and corporate law and specialized in matters involving the SEC. He served as a law clerk to Judge Thomas "
 "E. Fairchild of the U.S. Court of Appeals for the Seventh Circuit. Earlier in his career, he worked as an auditor in "
 "the Milwaukee office of Deloitte & Touche.",
 "securities regulation", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2009-142, July 27, 2009, Commission Announcements, "
 "'" + T2 + "', US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2009/dig072709.htm' address): first-party text, as 48i's and 51h's digest items. Left out: the page "
 "lines " + DIGEST_LINES + ", 'Issue 2009-142', the date line 'July 27, 2009' (kept as `published`), the section "
 "line 'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`. Cut after the sixth paragraph ('... the "
 "Milwaukee office of Deloitte & Touche.'), before 'Mr. Goelzer is a native of Milwaukee and received a B.B.A. in "
 "Accounting from the Unive', where the store's excerpt breaks off (`truncated`). Kept as written: 'Acting Chairman "
 "for the Public Company Accounting Oversight Board' ('for', the heading's 'of'), 'the PCAOB Board', 'Mr. Goelzer' "
 "beside 'Daniel Goelzer' in the quotation, 'Chairman Mark Olson' and 'Chairman Olson', 'Washington, D.C. office' with "
 "no comma after 'D.C.', 'Baker & McKenzie' and 'Deloitte & Touche' with ampersands, the straight quotation marks, "
 "'to significantly improve'. 273 words (whitespace-split). "
 "One text per matter: the SEC's press release of the same day and later news "
 "of the PCAOB's chairmanship were not taken. Found with 'SEC News Digest 2009 COMMISSION ANNOUNCEMENTS Chairman "
 "Schapiro today named Director of the Division' (rank 8). "
 + CHECK + "'dig072709', '2009-142', 'Goelzer', 'Mark Olson', 'Baker & McKenzie', 'Public Company Accounting "
 "Oversight Board': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'PCAOB' only "
 "in "
 "49a's LCH.Clearnet exemptions file (another matter); 'Fairchild' only in files on Fairchild Semiconductor and "
 "others (other matters); 'Schapiro' in 51c's Cook file and 51h's two files, corpus and pool (other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
