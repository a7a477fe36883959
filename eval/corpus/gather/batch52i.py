#!/usr/bin/env python3
"""Batch 52i (session 53, gatherer 52i): one SEC litigation release on a board member's tip and a family's trading --
the Commission's settled insider trading action against four Hong Kong residents, among them David Li Kwok Po, who
served on the board of Dow Jones & Company, Inc. and is Chairman and Chief Executive Officer of the Bank of East Asia,
over trading in Dow Jones securities before News Corporation's unsolicited $60 per share offer for Dow Jones became
public on 1 May 2007 (Litigation Release No. 20447, 5 February 2008, 'SEC Settles $24 million Insider Trading Case
Against Four Hong Kong Residents Including David Li Kwok Po, a Former Board Member of Dow Jones') -- a US federal
government work (17 U.S.C. 105), a session-53 round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d,
48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za, 51ze, 51zj, 51zn and 52c), on a new matter. The page came up under a
query by matter (an insider trading lead from the secactions.com and securitiesdocket.com round-ups: officers and
directors who tipped ahead of deals); the other leads of that query gave no sec.gov page in the store (see the notes
and /work/notes/gather53/52i.md). Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-53 pools:
  - SEC Litigation Release No. 20447 (5 February 2008), Securities and Exchange Commission v. Kan King Wong, Charlotte
    Ka On Wong Leung, Michael Leung Kai Hung and David Li Kwok Po, 07 Civ. 3628 (SAS) (S.D.N.Y.): the Securities and
    Exchange Commission, Dow Jones & Company, Inc., News Corporation, the Bank of East Asia, Hong Kong, Hong Kong's
    'Legislative Counsel and Executive Committee', the United States District Court for the Southern District of New
    York, Merrill Lynch, David Li Kwok Po, Kan King Wong, Charlotte Ka On Wong Leung, Michael Leung Kai Hung (sec.gov's
    'litigation/litreleases/2008/lr20447.htm').
The text is the search tool's page-store excerpt (corpus `pages`). Left out: the page's header lines ('U.S. SECURITIES
AND EXCHANGE COMMISSION', 'Litigation Release No. 20447 / February 5, 2008' -- its date kept as `published` --, the
caption 'Securities and Exchange Commission v. Kan King Wong, Charlotte Ka On Wong Leung, Michael Leung Kai Hung and
David Li Kwok Po, 07 Civ. 3628 (SAS) (S.D.N.Y. filed May 8, 2007)', both kept in the attribution) and the heading (kept
as `title`); cut after the second paragraph's fifth sentence, before the sentence the excerpt breaks off in. No word
added or changed; paragraphs joined by a blank line. Written before any extractor ran on the text (newskg was not run
on it).
usage: batch52i.py [POOL_DIR] [--dry]   (default /tmp/gather53i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/pool (none held a file on this matter when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53i/pool"
R = []

# ---- Dow Jones / David Li Kwok Po, SEC Litigation Release No. 20447, 5 February 2008 (sec.gov) -------------------------
U1 = "https://www.sec.gov/litigation/litreleases/2008/lr20447.htm"
T1 = ("SEC Settles $24 million Insider Trading Case Against Four Hong Kong Residents Including David Li Kwok Po, a Former "
      "Board Member of Dow Jones")
CAPTION1 = ("Securities and Exchange Commission v. Kan King Wong, Charlotte Ka On Wong Leung, Michael Leung Kai Hung and "
            "David Li Kwok Po, 07 Civ. 3628 (SAS) (S.D.N.Y. filed May 8, 2007)")
R.append(federal(
 "us-sec-dow-jones-former-director-david-li-bank-of-east-asia-hong-kong-insider-trading-settlement-2008", U1,
 "2008-02-05", T1,
 "The Securities and Exchange Commission today announced settled insider trading charges against four Hong Kong "
 "residents for illegal tipping and trading in the securities of Dow Jones & Company, Inc. (\"Dow Jones\") in the "
 "weeks before the public disclosure on May 1, 2007 of an unsolicited $60 per share acquisition offer for Dow Jones "
 "(the \"Offer\") by News Corporation. The alleged tip originated with David Li Kwok Po (\"David Li\"), who served on "
 "the Dow Jones board of directors. David Li is the Chairman and Chief Executive Officer of the Bank of East Asia and a "
 "member of Hong Kong's Legislative Counsel and Executive Committee.\n\n"
 "On May 8, 2007, the Commission filed an emergency action in the United States District Court for the Southern "
 "District of New York against Kan King Wong (\"K.K. Wong\") and Charlotte Ka On Wong Leung (\"Charlotte Wong\"), "
 "alleging that the husband-wife couple traded Dow Jones securities based on inside information. Specifically, the "
 "Wongs purchased approximately $15 million worth of Dow Jones securities in their account at Merrill Lynch and, after "
 "the Offer became public, made approximately $8.1 million in trading profits. The court entered a Temporary "
 "Restraining Order freezing those assets and imposing other relief. See LR-20106 (May 8, 2007). Today the Commission "
 "filed an amended complaint alleging that Dow Jones board member David Li tipped his close friend, Michael Leung Kai "
 "Hung (\"Michael Leung\"), before the Offer's public disclosure, and Michael Leung, with the Wongs' assistance, traded "
 "Dow Jones stock in their Merrill Lynch account.",
 "securities markets/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20447 / February 5, 2008, " + CAPTION1 + ", '" + T1
 + "', US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2008/lr20447.htm' address): first-party text, no third-party copy (51zn's LR 20000 the same "
 "way). Left out: the header lines 'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No. 20447 / "
 "February 5, 2008' (its date kept as `published`), the caption '" + CAPTION1 + "' (kept in the attribution) and the "
 "heading (kept as `title`). Cut after the second paragraph's fifth sentence ('... traded Dow Jones stock in their "
 "Merrill Lynch account.'), before 'The Commis', where the store's excerpt (2,000 characters) breaks off "
 "(`truncated`). Kept as written: the straight quotation marks of the defined short names, 'Chairman and Chief "
 "Executive Officer' capitalised, 'Hong Kong's Legislative Counsel and Executive Committee' as the release spells it "
 "(not corrected to the Legislative Council and the Executive Council), 'the Bank of East Asia', 'See LR-20106 (May 8, "
 "2007).' (a cross-reference of the release itself), the exact sums. 251 words (whitespace-split). One text per "
 "matter: the Commission's press release of the same day (2008-?, reprinted by lawfuel and investmentexecutive; no "
 "sec.gov copy came back) and its May 2007 emergency action against the Wongs (LR-20106, the same matter's first step) "
 "are not taken; the news and blog stories (wbjournal, bizjournals, latimes, accountancyage, businessinsider, cfo.com, "
 "nbcnews, brecorder, lawprofessors, secactions, freeessays) are not federal works. Not the same matter as the corpus's "
 "Wikinews file on News Corporation's completed purchase of Dow Jones (wn-news-corp-acquires-dow-jones-co-2007: the "
 "deal itself; no tip, trade or SEC action in it). Found with 'sec.gov news press 2008 Dow Jones board member Hong Kong "
 "residents $24 million settlement News Corporation unsolicited buyout offer' (rank 6; the excerpt saved as "
 "/tmp/gather53i/src/lr20447.json). "
 + CHECK + "'lr20447', 'Litigation Release No. 20447', '07 Civ. 3628', 'LR-20106', 'Bank of East Asia', 'Li Kwok', "
 "'David Li', 'Leung Kai', 'Michael Leung', 'Kan King', 'Charlotte Wong': 0 in the corpus files, GATHERING.md, the "
 "gather scripts, /work/notes' text files and the pools ('20447' and '20106' only inside binary tokenizer files or "
 "other numbers under /work/notes); 'Dow Jones & Company' in one corpus file (the Wikinews acquisition story above) and "
 "one script (its batch); 'Dow Jones', 'News Corporation' and 'Merrill Lynch' in files of other matters (index stories, "
 "the 1998 PrimeStar suit, the 2003 Hughes transfer, other SEC cases).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
