#!/usr/bin/env python3
"""Batch 45zj (session 46, gatherer 45zj): two matters of 2001 and 2005 told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a fifth round of session 46 after batches 45d, 45j, 45o and 45z in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q,
43s, 43v, 44c, 44f, 44j, 44n, 45d, 45j, 45o and 45z, 2000 and after, one Antitrust Division bank-merger release and
one U.S. Attorney's release on a corporate case naming an executive and his posts (the brief's two leads, both
absent from the corpus):
  - the Antitrust Division's release of 29 November 2001, 'JUSTICE DEPARTMENT REQUIRES WELLS FARGO AND COMPANY TO MAKE
    DIVESTITURES IN TWO STATES' (Wells Fargo and Company, Texas Financial Bancorporation, Inc., Marquette Bancshares,
    Inc.; Charles A. James quoted; usdoj.gov atr/public/press_releases/2001/9623.htm as the UNT Libraries' End of Term
    2008 web archive holds it);
  - the Eastern District of New York U.S. Attorney's Office's release of 13 April 2005, 'Former President and Ceo of
    American Tissue Corporation Convicted of Conspiring to Commit $300 Million Bank and Securities Fraud after
    Ten-week Trial' (Mehdi Gabayzadeh; justice.gov archive/usao/nye/pr/2005/2005apr13.html).
Texts are the search tool's page-store excerpts (corpus `pages`). The 2001 page's note on its three formats, the line
'U.S. Department of Justice Seal and Letterhead', the letterhead lines and the headline (kept as `title`, its two
printed lines joined with a space) are left out; the 2005 page's 'News and Press Releases', headline (kept as
`title`), 'FOR IMMEDIATE RELEASE' and date line are left out. Paragraphs are kept as the excerpts give them; each text
is cut at the last full sentence before its excerpt breaks off. No word added or changed: the 2005 release keeps its
misprints 'led to the to the bankruptcy', "American's Tissue's" and 'in1999'. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch45zj.py [POOL_DIR] [--dry]   (default /tmp/gather46zj/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC
from batch40d import ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zj/pool"
# a check note of this batch's own (as 45z's), naming the session-46 pools present at the last check
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script (batch45z.py, batch45zf.py and batch45zh.py the latest present), the session-46 notes "
         "/work/notes/gather46 (45a to 45zh) and every /tmp/gather46*/pool present (at the last check /tmp/gather46a to "
         "/tmp/gather46z and 46za to 46zh; rechecked at the end against /tmp/gather46zi/pool (SEC: Chancellor, "
         "Interspeed, Sirena Apparel), /tmp/gather46zk/pool (FCC: CTC Communications, Verizon Wireless / NextWave) and "
         "/tmp/gather46zl/pool (empty), the names 0 there too): ")
R = []

# ---- Wells Fargo / Texas Financial / Marquette, Division release, 29 November 2001 (UNT archive) --------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075539/http:/www.usdoj.gov/atr/public/press_releases/2001/"
      "9623.htm")
U1F = "https://docslib.org/doc/8363743/approval-of-proposal-of-wells-fargo"
U1N = "https://www.latimes.com/archives/la-xpm-2001-oct-06-fi-53958-story.html"
T1 = "JUSTICE DEPARTMENT REQUIRES WELLS FARGO AND COMPANY TO MAKE DIVESTITURES IN TWO STATES"
R.append(federal(
 "us-doj-wells-fargo-texas-financial-marquette-minnesota-south-dakota-branches-2001", U1, "2001-11-29", T1,
 "WASHINGTON, D.C. -- The Department of Justice today announced that Wells Fargo and Company has agreed to sell six "
 "branch offices with approximately $250 million in deposits in Minnesota and South Dakota in order to resolve "
 "antitrust concerns about its pending merger with Texas Financial Bancorporation, Inc. and its acquisition of "
 "certain bank and non-bank subsidiaries of Marquette Bancshares, Inc.\n\n"
 "Under the agreement, Wells Fargo has agreed to divest three branches in Rochester, MN with $127 million in deposits, "
 "two branches in Huron, SD with $82 million in deposits and a branch in Watertown, SD with $41 million in deposits. "
 "The divestitures will include the consumer and commercial loans associated with the divested branches. Wells Fargo "
 "has also agreed that, for a period of time, it will sell certain branches closed in Minnesota and South Dakota as a "
 "result of the merger to any commercial bank as long as the bank's offer is equivalent to, or better than, any offer "
 "from a non-bank bidder.\n\n"
 "\"These divestitures ensure that customers, including small business customers, will continue to have choices for "
 "banking services, and continue to enjoy the benefits of competition,\" said Charles A. James, Assistant Attorney "
 "General in charge of the Department's Antitrust Division.\n\n"
 "The proposed merger is subject to the final approval of the Board of Governors of the Federal Reserve System.",
 "banking", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 2001-11-29, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release of Thursday, 29 November 2001 (kept as `published`; the date from the "
 "letterhead line 'THURSDAY, NOVEMBER 29, 2001') on usdoj.gov (atr/public/press_releases/2001/9623.htm) as the End "
 "of Term 2008 web archive (webarchive.library.unt.edu) holds it: the Department's own page, archived unchanged "
 "(origin string `ARC`, as batches 41h, 43c, 43q, 43s, 43v, 45s, 45w, 45zb and 45zf). Left out: the page's note on "
 "its three formats ('This document is available in three formats: ... contact the Antitrust Documents Group.'), the "
 "line 'U.S. Department of Justice Seal and Letterhead', the letterhead lines ('FOR IMMEDIATE RELEASE', 'THURSDAY, "
 "NOVEMBER 29, 2001', 'WWW.USDOJ.GOV/ATR', 'AT', '(202) 616-2777', 'TDD (202) 514-1888') and the headline (kept as "
 "`title`, in capitals as printed, its two printed lines joined with a space). Paragraphs as the excerpt gives them. "
 "Cut after the fourth paragraph ('... the Board of Governors of the Federal Reserve System.'), before 'The "
 "Department said that it will', where the excerpt breaks off (`truncated`: the rest of the release is not in the "
 "kept text). Kept as written: the dateline 'WASHINGTON, D.C. --' with its double hyphen, 'Wells Fargo and Company' "
 "(the release's 'and', not '&'), the postal abbreviations 'Rochester, MN', 'Huron, SD', 'Watertown, SD', 'non-bank' "
 "with its hyphen, the straight quotation marks and apostrophes. 222 words (whitespace-split). One text per matter: the Federal Reserve "
 "Board's order approving the acquisition (" + U1F + ", docslib's copy of a Board order: another agency's text, "
 "court-paper length, not the Division's) and news of the deal's announcement (" + U1N + ", the Chicago Tribune: "
 "news, not open) not taken. Found with 'Wells Fargo Texas Financial Bancorporation Marquette Bancshares divestiture "
 "Justice Department 2001' (rank 1), the brief's lead (45zf's note: UNT archive 2001/9623.htm, not in the corpus). "
 + CHECK + "'Texas Financial', 'Marquette Bancshares', 'Wells Fargo and Company', 'press_releases/2001/9623', "
 "'Huron': 0 in the corpus files, the scripts and the pools ('Texas Financial', 'Marquette Bancshares' and 'Huron' "
 "only in GATHERING.md and the notes, as 45zf's lead and, for 'Huron', another lane's 'Huron Consulting'); '9623' "
 "only in one train file on another matter (a number in a VOA text) and batch42f.py; 'Watertown' only in a train "
 "outage text and batch 35b's scripts (the town, another matter); 'Charles A. James' only in train "
 "us-doj-suiza-foods-dean-foods-divest-eleven-dairy-plants-2001 and batch 45j's scripts and pool (the same official "
 "on another matter, by its name); 'Wells Fargo' in ten corpus files on other matters (by their names: Wells Fargo / "
 "First Interstate 1996, Wachovia 2008, the 2020 SEC case on Stumpf and Tolstedt, Mizuho, CFPB and lending texts; "
 "none names Texas Financial or Marquette), in gather scripts and in the 45zb pool (First Interstate).",
 True))

# ---- American Tissue / Gabayzadeh, USAO EDNY, 13 April 2005 (justice.gov archive) ----------------------------------
U2 = "https://justice.gov/archive/usao/nye/pr/2005/2005apr13.html"
U2A = "https://www.sunjournal.com/2005/04/01/sinkhole-fraud"
U2C = "http://casetext.com/case/us-v-gabayzadeh"
T2 = ("Former President and Ceo of American Tissue Corporation Convicted of Conspiring to Commit $300 Million Bank and "
      "Securities Fraud after Ten-week Trial")
R.append(federal(
 "us-doj-usao-edny-american-tissue-former-ceo-gabayzadeh-convicted-2005", U2, "2005-04-13", T2,
 "ROSLYNN R. MAUSKOPF, United States Attorney for the Eastern District of New York, RONALD WALKER, "
 "Inspector-in-Charge, New York Division, United States Postal Inspection Service, and JOHN KLOCHAN, Acting Assistant "
 "Director-in-Charge of the Federal Bureau of Investigation in New York, announced today that MEHDI GABAYZADEH, former "
 "President and CEO of the Hauppauge, New York-based American Tissue Corporation, was convicted on all eight counts of "
 "an indictment charging him with conspiring to commit a $300 million bank and securities fraud that led to the to "
 "the bankruptcy of the paper manufacturer. The defendant was also convicted today of charges of wire fraud, "
 "interstate transportation of stolen property, bankruptcy fraud, conspiracy to commit perjury and obstruction of "
 "justice -- charges that arose out of GABAYZADEH's activities after American Tissue's bankruptcy, which left 2,700 "
 "workers unemployed, and closed paper and pulp mills located throughout the United States and Mexico.\n\n"
 "GABAYZADEH, once head of the fourth-largest tissue paper and pulp manufacturing company in America, was found guilty "
 "on all charges in an eight-count indictment following a ten-week jury trial in United States District Court in "
 "Central Islip, New York. Following the guilty verdict, U.S. District Judge Joanna Seybert ordered the defendant to "
 "be immediately jailed pending sentencing, which is scheduled for July 8, 2005.\n\n"
 "GABAYZADEH was indicted in March 2003, on securities fraud, bank fraud and conspiracy arising from his efforts to "
 "inflate American's Tissue's accounts receivables and net income in an effort to defraud a group of banks that had "
 "loaned GABAYZADEH's company $145 million, as well as bondholders who in1999 purchased $165 million in American "
 "Tissue bonds.",
 "paper products/tissue", "legal,executives",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of New York, press release '" + T2 + "', "
 "2005-04-13, US federal government work (public domain); text from the search tool's page store at " + U2,
 ORIGIN,
 "The Eastern District of New York U.S. Attorney's Office's release on justice.gov's archive of the Office's "
 "releases (archive/usao/nye/pr/2005/2005apr13.html; batch 44n took the same Office's 2006 Computer Associates "
 "release from the same archive the same way, origin string `ORIGIN` of batch 40d). Left out: 'News and Press "
 "Releases', the headline (kept as `title`, with its capitals as printed: 'Ceo', 'Ten-week'), 'FOR IMMEDIATE "
 "RELEASE', the date line 'April 13, 2005' (kept as `published`). Paragraphs as the excerpt gives them. Cut after the "
 "third paragraph ('... purchased $165 million in American Tissue bonds.'), before 'In April 2004, ', where the "
 "excerpt breaks off (`truncated`: the rest of the release, with any co-defendant and any quotation of the U.S. "
 "Attorney, is not in the kept text). Kept as written: the names in capitals as the release prints them ('ROSLYNN R. "
 "MAUSKOPF', 'RONALD WALKER', 'JOHN KLOCHAN', 'MEHDI GABAYZADEH', 'GABAYZADEH'), 'Inspector-in-Charge' and "
 "'Director-in-Charge' hyphenated, the misprints 'led to the to the bankruptcy', \"American's Tissue's\" and 'in1999' "
 "(no space), 'accounts receivables', the double hyphen of 'justice -- charges', 'New York-based', the straight "
 "apostrophes. 264 words (whitespace-split). One text per matter: news of the trial (" + U2A + ", the Sun Journal's AP story: news, not "
 "open; nhbr.com: news) and the Second Circuit's summary order of 2011 (" + U2C + ", also on ecases.us, cetient and "
 "courtlistener: a court paper) not taken. Found with 'Mehdi Gabayzadeh former CEO American Tissue convicted "
 "Eastern District of New York' (rank 3), the brief's lead (45ze's note: a DOJ-lane text in the page store). "
 + CHECK + "'Gabayzadeh', 'American Tissue', 'Hauppauge', 'Klochan', 'Ronald Walker', 'Seybert', '2005apr13': 0 in "
 "the corpus files, the scripts and the pools ('Gabayzadeh', 'American Tissue' and 'Hauppauge' only in GATHERING.md "
 "and the notes, as 45ze's lead and another lane's list); 'Mauskopf' only in train "
 "us-doj-usao-edny-computer-associates-former-ceo-kumar-richards-plead-guilty-2006 and batch44n.py (the same U.S. "
 "Attorney on another matter, by its name; not in that file's kept text as 44n's note gives it).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
