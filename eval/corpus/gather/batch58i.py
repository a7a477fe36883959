#!/usr/bin/env python3
"""Batch 58i (session 55, gatherer 58i): one US federal release telling a system outage, a new matter in the federal
SEC/CFTC lane (after 58b, 57y, 57n, 57l, 57d and the rounds they name):
  - cftc.gov 'PressRoom/PressReleases/8662-23' (CFTC press release 8662-23, February 16, 2023): 'CFTC Announces
    Postponement of Commitments of Traders Report' -- the staff of four CFTC divisions on reporting delays due to 'the
    cyber-related incident at ION Cleared Derivatives (a subsidiary of ION Markets), a third-party service provider of
    cleared derivatives order management, order execution, trading, and trade processing', with the weekly Commitments
    of Traders (CoT) report postponed and its catch-up timetable.
A US federal government work (17 U.S.C. 105). See /work/notes/gather59/58i.md. The SEC side of the lane was dry this
round: the exchange-systems cases (Direct Edge's EDGX outage of April 2011, PR 2011-208; NYSE's July 2015 shutdown,
PR 2018-31; Knight Capital, PR 2013-222) came back only as news, law-firm and document-host copies, and the
subsidiary/officer litigation-release queries only as digests and opinions; the CFTC's own pages on the ION incident
answered a query naming it (queries and ranks in /tmp/gather59i/src/queries.txt). Every name, number and address was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather59 (CLAIMS.txt) and the
session-55 pools /tmp/gather59*/pool.
The text is the search tool's page-store excerpt (corpus `pages`; 1,469 characters as returned, saved in
/tmp/gather59i/src by /tmp/gather59i/mk_src.py). Left out: 'Release Number 8662-23' (the release-number line), the date
line 'February 16, 2023' (kept as `published`) and the dateline 'Washington, D.C. \u2014 ' (an em dash between spaces);
the headline kept as `title`. Nothing cut at the end: the excerpt ends with the statement's closing quotation mark
(`truncated` false; **doubtful** whether the page had more below, such as a closing mark or related links). No word
added or changed; the store's paragraphs kept, joined by a blank line. Each kept paragraph and the title checked by
script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran on the text (newskg
was not run on it).
usage: batch58i.py [POOL_DIR] [--dry]   (default /tmp/gather59i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather59 and the session-55 pools /tmp/gather59*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather59/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59i/pool"
SRC = "/tmp/gather59i/src"
R = []

# ---- ION Cleared Derivatives / ION Markets, CFTC press release 8662-23, February 16, 2023 ------------------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/8662-23"
T1 = "CFTC Announces Postponement of Commitments of Traders Report"
P1 = [
 "Staff of the Commodity Futures Trading Commission Divisions of Clearing and Risk, Market Participants, Data, and "
 "Market Oversight today released the following statement to update the public on reporting delays due to the "
 "cyber-related incident at ION Cleared Derivatives (a subsidiary of ION Markets), a third-party service provider of "
 "cleared derivatives order management, order execution, trading, and trade processing:",
 "\u201cFollowing the ION cyber-related incident, reporting firms are continuing to experience some issues submitting "
 "timely and accurate data to the CFTC. As a result, the weekly Commitments of Traders (CoT) report that normally would "
 "have been published on Friday, February 17, will be postponed.",
 "\u201cCFTC staff intends to resume publishing the CoT report as early as Friday, February 24, 2023. Staff will begin "
 "with the CoT report that was originally scheduled to be published on Friday, February 3, 2023. Thereafter, staff "
 "intends to sequentially issue the missed CoT reports in an expedited manner, subject to reporting firms submitting "
 "accurate and complete data.  Staff anticipates that, pending the timely, accurate and complete submission of "
 "backlogged data by reporting firms to the CFTC, these missed CoT reports will be published by mid-March.  After that, "
 "CoT report publication will resume its usual weekly schedule.\u201d"]
R.append((["cftc-8662-23.txt"], T1, P1, federal(
 "us-cftc-ion-cleared-derivatives-subsidiary-ion-markets-cyber-incident-commitments-of-traders-postponed-2023",
 U1, "2023-02-16", T1, "\n\n".join(P1),
 "derivatives clearing software/commodities regulation",
 "regulatory,outage,cyber incident,third-party service provider,derivatives clearing,trade reporting",
 "U.S. Commodity Futures Trading Commission, press release 8662-23, '" + T1 + "', February 16, 2023, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 "CFTC press release on cftc.gov (search tool page store)",
 "A CFTC press release (a US federal work, public domain) on the agency's own site (cftc.gov 'PressRoom/PressReleases/"
 "8662-23'), not a copy by a third party (theindustryspread, thetradenews, miambf, securitiex and chang.biz, which "
 "quote the CFTC's statements on the same incident, left alone). Left out: 'Release Number 8662-23', the date line "
 "'February 16, 2023' (kept as `published`) and the dateline 'Washington, D.C. \u2014 ' before 'Staff of the "
 "Commodity Futures Trading Commission'; the headline is `title`, as written. Nothing cut after the last paragraph: "
 "the excerpt (1,469 characters, under the store's 2,000) ends with the statement's closing quotation mark, so "
 "`truncated` is false (**doubtful**: the page may have had a closing mark or links below that the store did not keep). "
 "Kept as written: the opening curly quotation marks of the two quoted paragraphs and the single closing one at the "
 "end (the way a quotation running over paragraphs is marked), the two spaces after 'complete data.' and after "
 "'mid-March.', 'cyber-related', 'CoT'. 200 words (whitespace-split), three paragraphs. Found at rank 6 under 'CFTC "
 "statement ION Markets cybersecurity incident ransomware ION Cleared Derivatives futures commission merchants trade "
 "reporting February 2023' (rank 1 the staff's first statement on the incident, cftc.gov 'PressRoom/SpeechesTestimony/"
 "cftcstatement020223', February 2, 2023). One text per matter: the CFTC's statements of February 2 and 10, 2023 and "
 "this release are on one incident, and this release was preferred for its calendar dates (the February 2 statement "
 "has only 'This week', which the guidelines skip). " + CHECK + "'ION Cleared', 'ION Markets', '8662-23', "
 "'cftcstatement020223', 'CoT report', 'LockBit': 0 in the corpus files, scripts and pools ('ION' as a word only in "
 "the FCC's ION Media Networks files, another company; 'Commitments of Traders' only in a GATHERING.md note on a "
 "query that returned the reports' tables).",
 False)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        flat = raw.replace("\u00a0", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
