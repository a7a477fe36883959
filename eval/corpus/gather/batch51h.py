#!/usr/bin/env python3
"""Batch 51h (session 52, gatherer 51h): two SEC announcements of 2010 and 2012 -- the memorandum of understanding on
supervisory cooperation that the U.S. Securities and Exchange Commission, Quebec's Autorite des marches financiers (AMF)
and the Ontario Securities Commission (OSC) announced, executed by SEC Chairman Mary L. Schapiro, AMF President and CEO
Jean St-Gelais and OSC Chair David Wilson and signed in Montreal after the 35th Annual Conference of the International
Organization of Securities Commissions (IOSCO) (SEC News Digest, Issue 2010-109, 14 June 2010); the naming of John J.
Cross III, Associate Tax Legislative Counsel in the Office of Tax Policy at the U.S. Treasury Department, as director of
the SEC's new Office of Municipal Securities, formerly part of the Division of Trading and Markets, with SEC Chairman
Mary Schapiro quoted (press release 2012-149, 2 August 2012) -- US federal government works (17 U.S.C. 105), a
session-52 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d and 51c), on
new matters. From 51c's leads: Deloitte's DART library gave no copy of the 2012 departures of Mark Cahn and Meredith
Cross (only Reuters, tradersmagazine and the 2012-149 page came back); the 2006-07 agreements with the FSA, BaFin and
CESR came back only as investmentexecutive, accountingtoday and nsinsurance rewrites (not federal works); sec.gov's own
pages gave the 2012-149 release (newsroom address) and the 2010 digest item. Every name, release number and address was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - the SEC News Digest, Issue 2010-109 (14 June 2010), its first item ('SEC, Quebec Autorite Des Marches Financiers
    and Ontario Securities Commission Sign Regulatory Cooperation Arrangement'): the U.S. Securities and Exchange
    Commission, the Autorite des marches financiers (AMF), the Ontario Securities Commission (OSC), Mary L. Schapiro,
    Jean St-Gelais, David Wilson, the U.S., Quebec, Ontario, Montreal, IOSCO (sec.gov's 'news/digest/2010/
    dig061410.htm');
  - SEC press release 2012-149 (2 August 2012), 'SEC Names John Cross Director of Municipal Securities Office': the
    Securities and Exchange Commission, John J. Cross III, the Office of Municipal Securities, the Division of Trading
    and Markets, the Municipal Securities Rulemaking Board, the Office of Tax Policy, the U.S. Treasury Department,
    Mary Schapiro (sec.gov's 'newsroom/press-releases/2012-2012-149htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange Commission',
'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC News Digest'; 'Press Release'), the
issue and release numbers, the 'For Immediate Release' line, the section line and the date lines are left out (each
heading kept as `title`, the date as `published`); no word added or changed; paragraphs joined by a blank line; each
text cut at the last full sentence before the store's excerpt breaks off (the digest item one sentence earlier, before
a sentence that ends in a bare web address). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51h.py [POOL_DIR] [--dry]   (default /tmp/gather52h/pool)"""
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
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52h/pool"
R = []

# ---- SEC-AMF-OSC supervisory MOU, SEC News Digest 2010-109, 14 June 2010 (sec.gov) -----------------------------------
U1 = "https://www.sec.gov/news/digest/2010/dig061410.htm"
T1 = ("SEC, Quebec Autorite Des Marches Financiers and Ontario Securities Commission Sign Regulatory Cooperation "
      "Arrangement")
R.append(federal(
 "us-sec-quebec-amf-ontario-osc-supervisory-cooperation-mou-montreal-2010", U1, "2010-06-14", T1,
 "On June 14, 2010, the U.S. Securities and Exchange Commission, Quebec Autorite des marches financiers (AMF) and "
 "Ontario Securities Commission (OSC) today announced a comprehensive arrangement to facilitate their supervision of "
 "regulated entities that operate across the U.S.-Canadian border.\n\n"
 "SEC Chairman Mary L. Schapiro, AMF President and CEO Jean St-Gelais and OSC Chair David Wilson executed a memorandum "
 "of understanding (MOU) that provides a clear mechanism for consultation, cooperation, and exchange of information "
 "among the SEC, AMF and OSC in the context of supervision. The MOU sets forth the terms and conditions for the "
 "sharing of information about regulated entities, such as broker-dealers and investment advisers, which operate in "
 "the U.S., Quebec and Ontario.\n\n"
 "The SEC, AMF and OSC have a long history of cooperation particularly in securities enforcement matters. This MOU "
 "would extend this cooperation beyond enforcement by setting forth a framework for consultation, cooperation and "
 "information-sharing related to the day-to-day supervision and oversight of regulated entities. The supervision of "
 "regulated entities is critical to encouraging compliance with the securities laws, which in turn helps to protect "
 "investors and the securities markets generally.\n\n"
 "The MOU was signed in Montreal on June 10, 2010, after the close of the 35th Annual Conference of the International "
 "Organization of Securities Commissions (IOSCO).",
 "securities regulation", "regulatory,partnership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2010-109, June 14, 2010, Commission Announcements, "
 "'" + T1 + "', US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2010/dig061410.htm' address): first-party text, 48i's digest items the same way. Left out: the page "
 "lines " + DIGEST_LINES + ", 'Issue 2010-109', the date line 'June 14, 2010' (kept as `published`), the section line "
 "'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`. Cut in the fourth paragraph after its first "
 "sentence ('... Securities Commissions (IOSCO).'), before 'It follows on the heels of the IOSCO Task Force on "
 "Supervisory Cooperation Report, which was published on 25 May 2010 and is available at: http://www.iosco.org/"
 "library/pubdocs/pdf/IOSCOPD322.pdf' (a sentence ending in a bare web address with no full stop) and the next "
 "paragraph's 'In response to the recent financial crisis, the Task Force', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Autorite des marches financiers' without accents and with lower-case 'des "
 "marches financiers' (the heading capitalises it: title only), 'Quebec' without its accent, 'On June 14, 2010' beside "
 "'today' in the same sentence, 'OSC Chair', 'U.S.-Canadian', 'information-sharing', 'day-to-day', the serial comma in "
 "'consultation, cooperation, and exchange' and none in 'consultation, cooperation and information-sharing'. 210 "
 "words. One text per matter: investmentexecutive's 2013 note on SEC-OSC staff meetings under this MOU (a later "
 "step, not a federal work) and the MOU's own text on dokumen.tips (the later multi-province version) are left out. "
 "Found with 'SEC News Digest 2010 COMMISSION ANNOUNCEMENTS exemptive relief granted order foreign' (rank 7) after "
 "'U.S. Securities & Exchange Commission SEC Seal Home Previous Page 2006 FOR IMMEDIATE RELEASE memorandum of "
 "understanding signed regulator' gave it at rank 6. "
 + CHECK + "'dig061410', '2010-109', 'St-Gelais', 'David Wilson', 'Autorite des marches': 0 in the corpus files, "
 "GATHERING.md, the gather scripts, /work/notes and the pools; 'Ontario Securities Commission' only in 52d's Livent "
 "file (pool and test; another matter); 'Quebec' and 'Montreal' in Wikipedia and Wikinews files of other matters; "
 "'IOSCO' in 48j's IOSCO task-force and U.S.-Canada mutual-recognition files and 49a's Cartwright file (other matters: "
 "the 2008 process agreement with the CSA is not this 2010 supervisory MOU); 'Schapiro' only in 51c's Cook file "
 "(another matter).",
 True))

# ---- John J. Cross III named director of the Office of Municipal Securities, SEC press release 2012-149 (sec.gov) ----
U2 = "https://www.sec.gov/newsroom/press-releases/2012-2012-149htm"
T2 = "SEC Names John Cross Director of Municipal Securities Office"
R.append(federal(
 "us-sec-john-cross-director-office-of-municipal-securities-treasury-tax-policy-2012", U2, "2012-08-02", T2,
 "The Securities and Exchange Commission today announced that municipal securities expert John J. Cross III has been "
 "named the director of the agency\u2019s new Office of Municipal Securities.\n\n"
 "The office was previously part of the Division of Trading and Markets until the Dodd-Frank Wall Street Reform and "
 "Consumer Protection Act called for the creation of a stand-alone office that reports directly to the Chairman and "
 "administers Commission rules regarding advisors, issuers, broker-dealer practices, and investors in the municipal "
 "securities market. The office also will coordinate with the Municipal Securities Rulemaking Board.\n\n"
 "Mr. Cross has a broad range of experience with municipal finance transactions in nearly every state, including "
 "experience with some of largest and most complex municipal financings ever undertaken. Mr. Cross has been a leader "
 "in the public policy area affecting municipal finance.\n\n"
 "For the past several years, Mr. Cross has been serving as the Associate Tax Legislative Counsel in the Office of Tax "
 "Policy at the U.S. Treasury Department, where he has had significant responsibility for legislative, regulatory and "
 "budgetary tax matters affecting municipal bonds. Mr. Cross led the agency\u2019s implementation of the municipal "
 "bond provisions of the 2009 Recovery Act, which included public guidance on Build America Bonds and other targeted "
 "municipal bond programs. He also played a significant role in the Treasury Department\u2019s efforts to address "
 "municipal bond market challenges in the 2008 financial crisis.\n\n"
 "\u201cJohn\u2019s experience makes him perfectly suited to head this office,\u201d said SEC Chairman Mary Schapiro. "
 "\u201cHe has a full appreciation for the importance of municipal securities and the expectations of investors in "
 "those markets.\u201d",
 "securities regulation", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release 2012-149 '" + T2 + "', Washington, D.C., Aug. 2, 2012, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (its newsroom address "
 "'newsroom/press-releases/2012-2012-149htm', as the store writes it): first-party text, no third-party copy. Left "
 "out: the page line 'Press Release', the heading (kept as `title`), the lines 'For Immediate Release' and "
 "'2012-149', the dateline 'Washington, D.C., Aug. 2, 2012 \u2014' (kept as `published`). Cut after the fifth "
 "paragraph (Schapiro's two quoted sentences, closed), before 'Mr. Cross said, \u201cI am excited to be able to join "
 "an agency that has prod', where the store's excerpt breaks off (`truncated`). Kept as written: the curly quotation "
 "marks and apostrophes, 'some of largest' (no 'the'), 'advisors', 'stand-alone', 'the Chairman' capitalised, "
 "'Associate Tax Legislative Counsel' capitalised, 'U.S. Treasury Department' beside 'the Treasury Department', "
 "'Mr. Cross' throughout and 'John' alone in the quotation. 263 words. One text per matter: financialish's rewrite "
 "(Aug. 3, 2012; not a federal work) is left out; his 2014 departure (Reuters, lincolndailynews, ftfnews: not federal "
 "works; another step) and financial-planning's author page are not taken. Found with 'Meredith Cross Director "
 "Division of Corporation Finance to leave SEC 2012 FOR IMMEDIATE RELEASE' (rank 1). "
 + CHECK + "'2012-149', 'John J. Cross', 'John Cross', 'Municipal Securities', 'Office of Tax Policy', 'Build America': "
 "0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'Trading and Markets' only in "
 "48g's Mayhew file and 51c's Cook file (other matters); 'Schapiro' only in 51c's Cook file (another matter); "
 "'Treasury Department' in corpus files of other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
