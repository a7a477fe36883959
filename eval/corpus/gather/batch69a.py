#!/usr/bin/env python3
"""Batch 69a (session 63, gatherer lane 69a): three FTC merger texts of 2011 and 2017 naming proposed acquirers and
their targets, a target's owner (the seller), a hospital authority, two abandoned-merger parties, courts and state
offices, the Director and an Acting Director of the FTC's Bureau of Competition and the FTC's Acting Chairman, new
matters in the federal FTC lane (after 67a, 67g, 67l, 67r, 67v, 67ad, 68a, 68g, 68m, 68v, 68y and the rounds they name),
found by asking the FTC's merger pages by the leads of 68y's, 68v's and 68m's sections (acquirer + target + product;
see the round notes /tmp/gather69a/NOTES.md):
  - ftc.gov 'news-events/press-releases/2017/06/ftc-state-attorney-general-challenge-physician-group-acquisition' (FTC
    press release of June 22, 2017; headline and date line not in the stored text) -- the FTC's federal court action,
    with the Office of the Attorney General of North Dakota, to block Sanford Health's proposed acquisition of Mid
    Dakota Clinic (Bismarck-Mandan physician services), with Tad Lipsky, Acting Director of the FTC's Bureau of
    Competition;
  - ftc.gov 'news-events/news/press-releases/2017/03/after-two-chicago-area-hospital-systems-abandon-proposed-merger-
    ftc-dismisses-case-administrative' (FTC press release of March 22, 2017; headline and date line not in the stored
    text) -- the FTC's dismissal of its administrative case after Advocate Health Care Network and NorthShore
    University HealthSystem abandoned their proposed merger, with the statement of FTC Acting Chairman Maureen K.
    Ohlhausen;
  - ftc.gov 'news-events/press-releases/2011/04/ftc-and-georgia-attorney-general-challenge-phoebe-putney-health' (FTC
    press release of April 20, 2011; headline and date line not in the stored text) -- the FTC's challenge to Phoebe
    Putney Health System, Inc.'s proposed acquisition of Palmyra Park Hospital, Inc. from HCA through the Hospital
    Authority of Albany-Dougherty County, with Richard Feinstein, Director of the Commission's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69a/NOTES.md. Queries and ranks in
/tmp/gather69a/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`), as saved in /tmp/gather69a/src by
/tmp/gather69a/mk_src.py (curly quotation marks and apostrophes in all three; an en dash in the Advocate text).
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three
(no headline in the stored texts). Sanford -- cut before the paragraph the excerpt breaks off ('The possibility of
future entry or expansion of services and facilities by other healthcare provi') (`truncated`). Advocate -- cut before
the paragraph the excerpt breaks off ('The U.S. District Court for the Northern District of Illinois initially denied
the request ... pending a proceeding in admin') (`truncated`). Phoebe Putney -- cut before the fifth paragraph, which
opens with the run-in heading 'The FTC\u2019s Complaint.' and which the excerpt breaks off ('... six-county area. For
all') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept paragraph
checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch69a.py [POOL_DIR] [--dry]   (default /tmp/gather69a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69a/pool"
SRC = "/tmp/gather69a/src"
R = []

# ---- Sanford Health / Mid Dakota Clinic, FTC press release, June 22, 2017 ---------------------------------------------
U1 = "https://www.ftc.gov/news-events/press-releases/2017/06/ftc-state-attorney-general-challenge-physician-group-acquisition"
P1 = [
 "The Federal Trade Commission has authorized a federal court action to block Sanford Health\u2019s proposed acquisition "
 "of Mid Dakota Clinic, alleging that the deal would violate antitrust law by significantly reducing competition for "
 "adult primary care physician services, pediatric services, obstetrics and gynecology services, and general surgery "
 "physician services in the greater Bismarck and Mandan metropolitan area.",
 "The FTC, jointly with the Office of the Attorney General of North Dakota, has filed a complaint in federal district "
 "court seeking a temporary restraining order and preliminary injunction to stop the deal and to maintain the status "
 "quo pending an administrative trial on the merits of the case.",
 "According to the complaint, Sanford and Mid Dakota are each other\u2019s closest rivals in the four-county "
 "Bismarck-Mandan region of North Dakota, an area with a population of 125,000.",
 "According to Tad Lipsky, Acting Director of the FTC\u2019s Bureau of Competition, \u201cThis merger is likely to reduce "
 "significantly the competitive options available to medical insurance providers, which in turn will lead to "
 "deteriorating terms for provision of medical care, including higher prices and lower quality. The parties currently "
 "compete to join commercial insurers\u2019 provider networks, stimulating each other to improve their technology, "
 "expand services, recruit high-quality physicians and provide patients with convenient and accessible physician and "
 "surgical services. The transaction would eliminate that competitive pressure.\u201d",
 "The transaction would create a group of physicians with at least 75 to 85 percent share in the provision of adult "
 "primary care physician services, pediatric services, and obstetrics and gynecology services. It would be the only "
 "physician group offering general surgery physician services in the affected area, according to the complaint."]
R.append((["ftc-2017-06-sanford-mid-dakota.txt"], None, P1, federal(
 "us-ftc-sanford-health-mid-dakota-clinic-physician-group-challenge-bismarck-2017",
 U1, "2017-06-22", None, "\n\n".join(P1),
 "healthcare/competition regulation", "deal,regulatory,merger control,preliminary injunction,physician services",
 "U.S. Federal Trade Commission, press release of June 22, 2017 on its federal court action, with the Office of the "
 "Attorney General of North Dakota, to block Sanford Health's proposed acquisition of Mid Dakota Clinic (its headline "
 "and date line are not in the stored text), US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2017/06/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None; `published` 2017-06-22 -- the address gives June "
 "2017, and two third-party pages in the store give the day: bna.com (rank 8 of query 4: 'Federal Trade Commission et "
 "al v. Sanford Health et al, D.N.D., No. 1:17-cv-00133, filed 6/22/17', 'The FTC June 22 sued') and generalcapex "
 "(rank 8 of query 9: 'The agencies announced Thursday, June 22'); the day of the court complaint and the "
 "announcement, taken as the release's (**doubtful** only in that no stored page dates the release itself). The "
 "kept text holds no time expression with a calendar value. Cut before the paragraph the store's excerpt breaks off "
 "('The possibility of future entry or expansion of services and facilities by other healthcare provi') "
 "(`truncated`). Kept as written: the curly apostrophes and quotation marks, 'Bismarck-Mandan', '75 to 85 percent'. "
 "272 words (whitespace-split), five paragraphs. Found at rank 3 under 'FTC Sanford Health Mid Dakota Clinic "
 "Bismarck acquisition' (query 4) and rank 1 of query 9; kvrr, bismarcktribune, kdlt, healthleadersmedia (two "
 "reports), rtacpa, topix, bna, generalcapex and the North Dakota Attorney General's June 23, 2017 release "
 "(attorneygeneral.nd.gov, a state work, not federal) were third party or another government's text on the same "
 "matter. One text per matter: the June 2017 release is taken. " + CHECK +
 "'Sanford Health', 'Mid Dakota', 'Mid-Dakota', 'Tad Lipsky', 'Office of the Attorney General of North Dakota': 0 in "
 "the corpus files, the scripts and the pools ('Sanford Health', 'Mid Dakota' only in 68v's and 68y's lead lines in "
 "GATHERING.md); 'Sanford' alone in two corpus files and two scripts on other matters (another name); 'Lipsky' alone in "
 "a test Wikipedia file and 60j's scripts (another person); 'Bismarck', 'Mandan' in corpus files as places of other "
 "matters.",
 True)))

# ---- Advocate Health Care Network / NorthShore University HealthSystem, FTC press release, March 22, 2017 ------------
U2 = ("https://www.ftc.gov/news-events/news/press-releases/2017/03/after-two-chicago-area-hospital-systems-abandon-"
      "proposed-merger-ftc-dismisses-case-administrative")
P2 = [
 "Following the decision earlier this month by Advocate Health Care Network and NorthShore University HealthSystem to "
 "abandon their proposed merger, the Federal Trade Commission has dismissed its case challenging the transaction "
 "before the Commission\u2019s administrative trial process.",
 "FTC Acting Chairman Maureen K. Ohlhausen issued the following statement:",
 "\u201cHistorically, the Advocate and NorthShore hospital systems competed vigorously to be included in health "
 "insurance companies\u2019 hospital networks. Having reason to believe their merger would increase costs, and harm "
 "quality and innovation for patients and their families in the northern suburbs of Chicago, the Commission sued in "
 "federal district court and in the FTC\u2019s administrative process. The Seventh Circuit and ultimately the district "
 "court agreed, validating the FTC\u2019s analyses and methodologies. With the two hospital systems remaining separate, "
 "consumers will continue to reap the benefits of this competition, which include lower prices and higher quality "
 "service.\u201d",
 "The companies\u2019 decision to terminate the transaction came after a March 7, 2017 ruling by the U.S. District Court "
 "for the Northern District of Illinois granting the FTC\u2019s and State of Illinois\u2019s request for a preliminary "
 "injunction.",
 "In December 2015, the Commission challenged the proposed merger, alleging that the merged entity would have "
 "operated a majority of the hospitals in the area, and controlled more than 50 percent of the general acute care "
 "inpatient hospital services. The likely result would have been significant harm to consumers \u2013 with rising "
 "healthcare costs and diminished incentives to upgrade services and improve quality, according to the complaint."]
R.append((["ftc-2017-03-advocate-northshore-dismissal.txt"], None, P2, federal(
 "us-ftc-advocate-northshore-abandoned-merger-case-dismissed-ohlhausen-2017",
 U2, "2017-03-22", None, "\n\n".join(P2),
 "healthcare/competition regulation", "deal,regulatory,merger control,abandoned merger,hospitals",
 "U.S. Federal Trade Commission, press release of March 22, 2017 on its dismissal of its administrative case after "
 "Advocate Health Care Network and NorthShore University HealthSystem abandoned their proposed merger (its headline "
 "and date line are not in the stored text), US federal government work (public domain); text from the search tool's "
 "page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2017/03/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None; `published` 2017-03-22 -- the address gives "
 "March 2017, and legalnewsline (rank 3 of query 12: 'The Federal Trade Commission (FTC) announced March 22 that it "
 "has dismissed its case challenging Advocate Health Care Network\u2019s proposed merger') gives the day "
 "(**doubtful** only in that one third-party page gives it). 'earlier this month' therefore resolves to 2017-03. Cut "
 "before the paragraph the store's excerpt breaks off ('The U.S. District Court for the Northern District of Illinois "
 "initially denied the request for a preliminary injunction, ... pending a proceeding in admin') (`truncated`). Kept "
 "as written: the curly apostrophes and quotation marks, the en dash ('consumers \u2013 with'), 'March 7, 2017 ruling' "
 "without a comma after the year. 247 words (whitespace-split), five paragraphs. Found at rank 5 under 'FTC Advocate "
 "Health Care Network NorthShore University HealthSystem merger complaint' (query 10) and rank 1 of query 12; mondaq "
 "(two notes), lexology, topix, v.vibdoc (a copy of the December 2015 Part 3 complaint, File No. 141 0231, Docket No. "
 "9369), healthcapital, chicagobusiness, legalnewsline, bna and bondbuyer were third party; ftc.gov's December 2015 "
 "complaint release did not come back. One text per matter: the March 2017 release is taken. " + CHECK +
 "'NorthShore', 'Advocate Health', 'Ohlhausen', '141 0231', 'Docket No. 9369': 0 in the corpus files, the scripts and "
 "the pools ('Advocate Health', 'NorthShore' only in 68v's and 68y's lead lines in GATHERING.md); 'Advocate' alone in "
 "many files as the common word; 'North Shore University' in a train SEC file and 59g's scripts (North Shore "
 "University Hospital, another body); 'Seventh Circuit' in a test SEC file and 51u's scripts, 'Northern District of "
 "Illinois' in many files (the same courts on other matters).",
 True)))

# ---- Phoebe Putney Health System, Inc. / Palmyra Park Hospital, Inc., FTC press release, April 20, 2011 --------------
U3 = "https://www.ftc.gov/news-events/press-releases/2011/04/ftc-and-georgia-attorney-general-challenge-phoebe-putney-health"
P3 = [
 "By a 5-0 vote, the Federal Trade Commission challenged Phoebe Putney Health System, Inc.\u2019s (Phoebe\u2019s) proposed "
 "acquisition of rival Palmyra Park Hospital, Inc. (Palmyra) from HCA, in Albany, Georgia. The FTC\u2019s administrative "
 "complaint alleges that the deal will reduce competition significantly and allow the combined Phoebe/Palmyra to raise "
 "prices for general acute-care hospital services charged to commercial health plans, substantially harming patients "
 "and local employers and employees.",
 "The FTC also alleges that Phoebe has structured the deal in a way that uses the Hospital Authority of "
 "Albany-Dougherty County (the Authority) in an attempt to shield the anticompetitive acquisition from federal "
 "antitrust scrutiny under the \u201cstate action\u201d doctrine.",
 "The FTC\u2019s staff, together with the Attorney General of the State of Georgia, is filing a separate complaint in "
 "federal district court in Albany, Georgia, seeking an order to halt any transaction involving Phoebe, the Authority, "
 "or Palmyra, under which Phoebe would acquire control of Palmyra\u2019s operations, until the conclusion of the FTC\u2019s "
 "administrative proceeding and any subsequent appeals.",
 "\u201cWe have challenged this transaction for one very simple reason,\u201d said Richard Feinstein, Director of the "
 "Commission\u2019s Bureau of Competition. \u201cBy eliminating vigorous competition between Phoebe and Palmyra, this "
 "merger to monopoly will cause consumers and employers in the Albany region to pay dramatically higher rates for "
 "vital health care services, and will likely reduce the quality and choice of services available in the community as "
 "well.\u201d"]
R.append((["ftc-2011-04-phoebe-putney-palmyra.txt"], None, P3, federal(
 "us-ftc-phoebe-putney-palmyra-park-hospital-hca-challenge-albany-2011",
 U3, "2011-04-20", None, "\n\n".join(P3),
 "healthcare/competition regulation", "deal,regulatory,merger control,preliminary injunction,hospitals,state action",
 "U.S. Federal Trade Commission, press release of April 20, 2011 on its challenge to Phoebe Putney Health System, "
 "Inc.'s proposed acquisition of Palmyra Park Hospital, Inc. from HCA (its headline and date line are not in the "
 "stored text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2011/04/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None; `published` 2011-04-20 -- the address gives April "
 "2011, ftc.gov's own case page (File No. 111 0067; rank 3 of query 16 and rank 8 of query 17: 'On 4/20/2011, the "
 "FTC challenged Phoebe Putney Health System, Inc.\u2019s (Phoebe\u2019s) proposed acquisition') gives the day, and the "
 "Georgia Attorney General's release of April 20, 2011 (law.georgia.gov, rank 5 of query 17) and a wfxl report "
 "quoting the FTC's 'today challenged' agree. The kept text holds no time expression with a calendar value. Cut "
 "before the fifth paragraph, which opens with the run-in heading 'The FTC\u2019s Complaint.' and which the store's "
 "excerpt breaks off ('... in Albany and the surrounding six-county area. For all') (`truncated`). Kept as written: "
 "the curly apostrophes and quotation marks, the parenthesised short names '(Phoebe\u2019s)', '(Palmyra)', '(the "
 "Authority)', 'Phoebe/Palmyra', '5-0'. 233 words (whitespace-split), four paragraphs. Found at rank 3 under 'Phoebe "
 "Putney Palmyra merger to monopoly Hospital Authority state action FTC press release administrative complaint "
 "Albany' (query 17); ftc.gov's case page and its listing (ftc.gov/mission/competition?page=142, rank 4 of query 15) "
 "are the same matter; ftcwatch, law360, mlexwatch, naag, constantinecannon, fiercehealthcare (two), modernhealthcare, "
 "georgiahealthnews (three), law.georgia.gov (a state work) and wfxl were third party or another government's text. "
 "One text per matter: the April 2011 release is taken. " + CHECK +
 "'Phoebe Putney', 'Palmyra', 'Albany-Dougherty', 'Hospital Authority', 'HCA Inc', '111 0067': 0 in the corpus "
 "files, the scripts and the pools ('Phoebe Putney', 'Palmyra' only in 66o's 'Looked at and not used' line in GATHERING.md: 'listings and commentary only', before this release came back); "
 "'Richard Feinstein' in two dev FTC files and 64m's and 67v's scripts on other matters (the same official).",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space read as one space (the saved
    file's two header lines, its address and the queries and ranks that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    elif "--dry" not in sys.argv:
        sys.exit("no saved excerpts in " + SRC)
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
