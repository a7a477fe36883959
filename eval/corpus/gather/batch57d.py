#!/usr/bin/env python3
"""Batch 57d (session 55, gatherer 57d): one CFTC and one SEC enforcement press release, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs, 55a, 55h, 55r, 55w,
55z, 56e, 56k and, for the SEC, 56c, 55zb, 55v, 55l, 55b, 54zq and 56l) -- the CFTC's civil complaint in the U.S.
District Court for the Southern District of New York charging 'Deutsche Bank AG (Deutsche Bank), a global banking and
financial services company and provisionally registered Swap Dealer', whose 'swap data reporting system experienced a
Systems Outage' on April 16, 2016 'for approximately five days' (7430-16, 18 August 2016); the SEC's settled charges
against 'Parallax Health Sciences Inc.' and 'Parallax's Chief Executive Officer Paul Arena and its Chief Technology
Officer Nathaniel Bradley' over misleading COVID-19 screening-test and PPE claims (press release 2021-120, 7 July 2021)
-- US federal government works (17 U.S.C. 105). Found by asking the lane's 'Release Number ... CFTC Orders <firm> ...'
shape and, for the SEC, the company, its officers' names and the conduct (56l's lead named Parallax / Arena / Bradley,
open with 0 corpus hits); queries and ranks in /tmp/gather58d/src/queries.txt; see /work/notes/gather58/57d.md. Every
name, release number and address was checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather58 (CLAIMS.txt) and the session-55 pools:
  - CFTC release 7430-16 (18 August 2016), 'CFTC Charges Deutsche Bank AG with Multiple Swap Reporting Violations,
    Related Supervision Failures, and Violation of a Prior CFTC Order' (cftc.gov's 'PressRoom/PressReleases/pr7430-16');
  - SEC press release 2021-120 (7 July 2021), 'SEC Charges Company and Two Executives for Misleading COVID-19
    Disclosures' (sec.gov's 'newsroom/press-releases/2021-120').
Each text is the search tool's page-store excerpt (corpus `pages`; 1,988 and 1,972 characters as saved in
/tmp/gather58d/src by /tmp/gather58d/mk_src.py). Left out: 7430-16 -- 'Release Number 7430-16' and the date line
'August 18, 2016' (before the heading; the date kept as `published`), the dateline 'Washington, DC \u2013 ' (an en
dash); the heading kept as `title`; the deck line under the heading ('CFTC and Deutsche Bank file joint motion ...',
a sub-heading with no final stop: dropped, as 54zs and 55a dropped stop-less decks). Cut inside the third kept
paragraph after its first sentence ('... invalid legal entity identifiers (LEIs).'), before the sentence that breaks
off ('... used by the CFTC to evaluate systemic r'; `truncated`). 2021-120 -- the dateline line 'Washington D.C., July
7, 2021 \u2014' (the date kept as `published`); the heading kept as `title`; cut after the second paragraph ('... after
they were disseminated.'), before the quotation paragraph that breaks off ('... at precisely the moment when inve'),
whose speaker the excerpt never reaches (`truncated`). No word added or changed; the store's paragraphs kept, joined
by a blank line (2021-120's single line breaks made blank lines, whitespace only). Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch57d.py [POOL_DIR] [--dry]   (default /tmp/gather58d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather58 and the session-55 pools /tmp/gather58*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather58/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58d/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
R = []

# ---- Deutsche Bank AG, swap data reporting System Outage, CFTC complaint 7430-16 ---------------------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr7430-16"
T1 = ("CFTC Charges Deutsche Bank AG with Multiple Swap Reporting Violations, Related Supervision Failures, and "
      "Violation of a Prior CFTC Order")
R.append(federal(
 "us-cftc-deutsche-bank-ag-swap-data-reporting-system-outage-complaint-2016",
 U1, "2016-08-18", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) filed a civil Complaint in the U.S. District Court for the "
 "Southern District of New York today, charging Deutsche Bank AG (Deutsche Bank), a global banking and financial "
 "services company and provisionally registered Swap Dealer, with failing to report any swap data for multiple asset "
 "classes for five days; submitting incomplete and untimely swap data; failing to supervise its employees responsible "
 "for swap data reporting; having an inadequate Business Continuity and Disaster Recovery Plan; and violating a prior "
 "CFTC Order.\n\n"
 "As alleged in the CFTC" + Q + "s Complaint, on April 16, 2016, Deutsche Bank" + Q + "s swap data reporting system "
 "experienced a Systems Outage that prevented Deutsche Bank from reporting any swap data for multiple asset classes "
 "for approximately five days. Deutsche Bank" + Q + "s subsequent efforts to end the System Outage repeatedly "
 "exacerbated existing reporting problems and often led to the discovery or creation of new reporting problems, many "
 "of which violate a CFTC Order entered in September 2015 (see CFTC Press Release and Order 7255-15, September 30, "
 "2015).\n\n"
 "For example, the Complaint alleges that Deutsche Bank" + Q + "s swap data reported before and after the System "
 "Outage revealed persistent problems with the integrity of certain data fields, including numerous invalid legal "
 "entity identifiers (LEIs).",
 "banking/swap dealers/commodity futures regulation",
 "regulatory,enforcement,complaint,swap reporting,system outage",
 "U.S. Commodity Futures Trading Commission, release 7430-16 '" + T1 + "', Washington, DC, August 18, 2016, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, the older 'pr' form): first-party text. Left out: 'Release Number 7430-16' and the date line 'August 18, "
 "2016' (both before the heading; the date kept as `published`), the dateline 'Washington, DC \u2013 ' (an en dash); "
 "the heading kept as `title` (title case, as written); the deck line under the heading, 'CFTC and Deutsche Bank "
 "file joint motion seeking the appointment of a Monitor to ensure Deutsche Bank AG" + Q + "s compliance with its "
 "reporting responsibilities under the Commodity Exchange Act and CFTC Regulations' (a sub-heading with no final "
 "stop, dropped as 54zs and 55a dropped stop-less decks; 55h and 55r kept only decks written as full sentences). "
 "Cut inside the third kept paragraph after its first sentence ('... numerous invalid legal entity identifiers (LEIs).'), "
 "before the sentence that breaks off ('The Complaint further alleges that a number of these reporting problems "
 "persist today, affecting market data that is made available to the public, as well as data that is used by the "
 "CFTC to evaluate systemic r'; `truncated`). Kept as written: 'Deutsche Bank AG (Deutsche Bank), a global banking "
 "and financial services company and provisionally registered Swap Dealer', 'a civil Complaint', 'the U.S. District "
 "Court for the Southern District of New York', 'a Systems Outage' beside 'the System Outage' (both as stored), 'for "
 "five days' and 'for approximately five days', 'a CFTC Order entered in September 2015 (see CFTC Press Release and "
 "Order 7255-15, September 30, 2015)', 'Business Continuity and Disaster Recovery Plan' (capitalised), the curly "
 "apostrophes. The release names no Director and quotes no one in the kept part. Came back at rank 3 of query 6 (a "
 "query for the outage itself; law-firm and news copies at the other ranks). The prior order 7255-15 of September "
 "2015 (the same bank's earlier swap-reporting settlement) is named only as a reference here; it is not in the "
 "corpus either (GATHERING.md lists 'Deutsche Bank AG 7255-15' only among metadata stubs not used). " + CHECK +
 "'7430-16', 'pr7430', '7255-15' (only GATHERING.md's 55z list, as a stub not used), 'Systems Outage', 'System "
 "Outage' (only an unrelated 2003 blackout task force and court notice pages), 'swap data reporting system', "
 "'Disaster Recovery': no file on this matter; 'Deutsche Bank AG' (only GATHERING.md: the 7159-15 DB Group Services "
 "LIBOR matter and a victim-notification page, other matters); 'Deutsche Bank' in corpus files on other matters "
 "(Mannesmann, Dresdner Bank and others).",
 True))

# ---- Parallax Health Sciences Inc. / Paul Arena (CEO), Nathaniel Bradley (CTO), SEC press release 2021-120 ------------
U2 = "https://www.sec.gov/newsroom/press-releases/2021-120"
T2 = "SEC Charges Company and Two Executives for Misleading COVID-19 Disclosures"
R.append(federal(
 "us-sec-parallax-health-sciences-ceo-paul-arena-cto-nathaniel-bradley-covid-19-disclosures-2021",
 U2, "2021-07-07", T2,
 "The Securities and Exchange Commission today announced charges against Parallax Health Sciences Inc. for making "
 "misleading statements about its efforts to fight COVID-19. The SEC also charged Parallax" + Q + "s Chief Executive "
 "Officer Paul Arena and its Chief Technology Officer Nathaniel Bradley for their roles in the statements. Each party "
 "has offered to settle the charges. The SEC temporarily suspended trading in Parallax" + Q + "s common stock on "
 "April 10, 2020, due to questions about the accuracy of the company" + Q + "s statements.\n\n"
 "According to the SEC" + Q + "s complaint filed in the U.S. District Court for the Southern District of New York, "
 "Parallax issued a series of press releases in March and April 2020 falsely claiming that its purported COVID-19 "
 "screening test would be " + LQ + "available soon" + RQ + " and that it had medical and personal protective "
 "equipment (PPE) for " + LQ + "immediate sale." + RQ + " The complaint alleges that Parallax" + Q + "s insolvency "
 "prevented it from developing the screening test, and that the company" + Q + "s projections showed that even if the "
 "company had the funds, it would take more than a year to develop the test. The complaint also alleges that Parallax "
 "never had the medical equipment or PPE it offered for sale and that several factors prevented the company from "
 "acquiring the equipment, including that it did not have enough money to purchase the equipment and that it lacked "
 "the Food and Drug Administration registrations required to import and sell the equipment. Additionally, the "
 "complaint alleges that Arena drafted the misleading press releases to boost Parallax" + Q + "s declining stock "
 "price, and that the company" + Q + "s stock price increased after they were disseminated.",
 "health sciences/securities regulation", "regulatory,enforcement,settlement,disclosure,COVID-19,officers",
 "U.S. Securities and Exchange Commission, press release 2021-120 '" + T2 + "', Washington D.C., July 7, 2021, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (its 'newsroom/press-releases' "
 "address): first-party text. Left out: the dateline line 'Washington D.C., July 7, 2021 \u2014' (the date kept as "
 "`published`); the heading kept as `title` (it names no party: 'Company and Two Executives'). The store's single "
 "line breaks made blank lines between paragraphs (whitespace only). Cut after the second paragraph ('... increased "
 "after they were disseminated.'), before the quotation paragraph ('" + LQ + "We allege that Parallax misled "
 "investors ... at precisely the moment when inve'), which the excerpt breaks off before its speaker is named "
 "(`truncated`; a reader of the whole page would find a regional office's director there, outside this text). Kept as "
 "written: 'Parallax Health Sciences Inc.' (no comma before 'Inc.'), 'Parallax' alone afterwards, 'Parallax" + Q + "s "
 "Chief Executive Officer Paul Arena and its Chief Technology Officer Nathaniel Bradley' (capitalised, no 'former'), "
 "'Arena' alone once, 'the U.S. District Court for the Southern District of New York', 'in March and April 2020', "
 "'personal protective equipment (PPE)', 'the Food and Drug Administration registrations', the curly quotation marks "
 "and apostrophes. Came back at rank 1 of query 10 (56l's lead, asked by company, officers and conduct; news copies "
 "at ranks 2-8). " + CHECK + "'Parallax', 'Paul Arena', 'Nathaniel Bradley': only in GATHERING.md's 56l leads (open, "
 "0 corpus files); '2021-120': 0; 'Levenson' (the Boston Regional Office director, not in the kept text) in a corpus "
 "file on another matter.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
