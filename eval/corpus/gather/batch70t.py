#!/usr/bin/env python3
"""Batch 70t (session 64, gatherer lane 70t): three FTC merger texts of 1995, 1997 and 2004 naming the acquiring
companies, their targets, an acquirer's subsidiary, a licensee, the court asked to block a deal, the Food and Drug
Administration and the FTC's Bureau of Competition with its Directors, new matters in the federal FTC lane (after 68a,
68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t, 69z, 69ae, 70a, 70h and 70n), taken from the leads of 70n and 70h (Itron /
Schlumberger Electricity, 2004; the 0-hit name Cordis) and 70a (Mediq / UHS) (see the round notes
/tmp/gather70t/NOTES.md):
  - ftc.gov 'news-events/press-releases/2004/06/ftc-consent-order-requires-relief-itron-incs-255-million' (FTC press
    release of June 2004, day not in the stored text) -- the FTC's conditional approval of Itron, Inc.'s $255 million
    acquisition of Schlumberger Electricity, Inc., Itron to license its mobile RF AMR technology to Hunt Technologies,
    Inc.; Susan Creighton, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/press-releases/1997/08/announced-actions-august-22-1997' (FTC press release of August 22,
    1997) -- the FTC asking a federal district court to block MEDIQ Incorporated's $100 million acquisition of
    Universal Hospital Services (UHS), movable medical equipment rental firms of Pennsauken, New Jersey and
    Bloomington, Minnesota;
  - ftc.gov 'opa/1995/12/jj.htm' (FTC press release of December 1995, day not in the stored text) -- Johnson &
    Johnson's agreement to divest a neurological shunt business to settle FTC charges over its $1.8 billion
    acquisition of Cordis Corporation; its subsidiary Johnson & Johnson Professional, Inc.; William J Baer, Director of
    the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather70t/NOTES.md. Queries and ranks in
/tmp/gather70t/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the MEDIQ text's curly apostrophes, the Itron and
Johnson & Johnson texts' straight quotation marks and apostrophes), as saved in /tmp/gather70t/src by
/tmp/gather70t/mk_src.py. Left out: the page line 'Skip to main content' and the blank lines under it (MEDIQ, Johnson &
Johnson; one of the latter's holds a single space); the Itron page's subheading 'Itron Required to Grant License for
its Mobile RF AMR System to Hunt Technologies', its line 'For Release' and its heading 'Parties to the Proposed
Transaction:'. `title`: the Itron page's headline as displayed ('... Schlumberger Electricity, Inc', no final stop);
None for the other two (no headline in the stored texts). `published` 1997-08-22 for MEDIQ (the address's 'announced
actions august 22 1997' with the release's 'today'); None for Itron (the address gives June 2004; the FR analysis
04-13082 of June 10, 2004 in the store names no release day) and Johnson & Johnson (the address gives December 1995;
the FR analysis 95-31558 of January 2, 1996 names no release day). Itron / Schlumberger -- cut inside the fourth
paragraph before its second sentence ('Its mobile RF AMR system is based on ... comprised of electronic'), which the
store's excerpt breaks off (`truncated` True); the fourth paragraph's blank line inside its first sentence ('mobile RF
AMR' / 'systems to electric utilities') read as a space. MEDIQ / UHS -- cut after the fifth paragraph, before the
'NOTE:' paragraph, which the excerpt breaks off ('The complaint is not a finding or ruling'; `truncated` True).
Johnson & Johnson / Cordis -- cut after the fourth paragraph, before the fifth ('The proposed consent agreement ...
within 12 months o'), which the excerpt breaks off (`truncated` True). No word added or changed; the store's
paragraphs kept, joined by a blank line.
Each kept paragraph (and the Itron headline) checked by script to be a verbatim substring (once) of the saved excerpt,
runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch70t.py [POOL_DIR] [--dry]   (default /tmp/gather70t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather70/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70t/pool"
SRC = "/tmp/gather70t/src"
R = []

# ---- Itron, Inc. / Schlumberger Electricity, Inc. (license to Hunt Technologies), FTC press release, June 2004 -------
U1 = "https://www.ftc.gov/news-events/press-releases/2004/06/ftc-consent-order-requires-relief-itron-incs-255-million"
T1 = ("FTC Consent Order Requires Relief in Itron, Inc.'s $255 Million Acquisition of Schlumberger Electricity, Inc")
P1 = [
 "Preserving competition in the U.S. market for mobile radio frequency (RF) automatic meter reading (AMR) "
 "technologies for electric utilities, the Federal Trade Commission today conditionally approved Itron, Inc.'s "
 "(Itron) $255 million acquisition of Schlumberger Electricity, Inc. (Schlumberger), which the companies announced in "
 "July 2003. Under the proposed consent order, Itron is required to grant a royalty-free, perpetual, and irrevocable "
 "license to Hunt Technologies, Inc. (Hunt) for Itron's mobile RF AMR technology, allowing Hunt to become a viable "
 "and significant competitor in the manufacture and sale of mobile RF AMR systems.",
 "Mobile RF AMR systems allow utility companies and others to gather electric consumption data automatically and "
 "remotely from electricity meters. The technology for the systems consists of two principal components, an endpoint "
 "- electronic circuitry integrated into an electric meter that records and broadcasts use data - and a mobile "
 "receiving device that can be either hand-held or transported in a vehicle to gather the data signal.",
 "\"Absent the relief provided by the proposed consent order, Itron would effectively obtain a 99 percent share of "
 "the U.S. market for mobile RF AMR manufacture and sales,\" said Susan Creighton, Director of the FTC's Bureau of "
 "Competition. \"The required divestiture to Hunt will preserve competition in this important, highly concentrated "
 "market and will ensure that the current levels of service and innovation are maintained.\"",
 "Itron, headquartered in Spokane, Washington, is the leading supplier of mobile RF AMR systems to electric utilities "
 "in the United States."]
R.append((["ftc-2004-06-itron-schlumberger-electricity.txt"], T1, P1, federal(
 "us-ftc-itron-schlumberger-electricity-consent-order-hunt-technologies-license-2004",
 U1, None, T1, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,licensing,meter reading",
 "U.S. Federal Trade Commission, press release of June 2004 (day not in the stored text), 'FTC Consent Order Requires "
 "Relief in Itron, Inc.'s $255 Million Acquisition of Schlumberger Electricity, Inc', US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. `title` "
 "the headline as the store displays it (no final stop after 'Inc'). Left out: the subheading 'Itron Required to "
 "Grant License for its Mobile RF AMR System to Hunt Technologies', the line 'For Release' and the heading 'Parties "
 "to the Proposed Transaction:'. `published` None -- the address gives June 2004; the FR analysis 04-13082 in the "
 "store (Thursday, June 10, 2004, File No. 031-0201, comments until July 2, 2004; rank 3 of query 1, rank 1 of query "
 "10, rank 2 of query 11) names no release day, and the ftc.gov case page and legal-library listing (ranks 1 and 6 of "
 "query 1) give none either; a Spokane newspaper's story in the store (not used: news text) says the approval came "
 "on a 'Thursday'. So 'today' is not resolved; 'July 2003' is kept as an absolute date. Cut inside the fourth "
 "paragraph before its second sentence ('Its mobile RF AMR system is based on encoder-receiver-transmitter (ERT) "
 "technology and is comprised of electronic'), which the store's excerpt breaks off (`truncated` True); the excerpt's "
 "blank line inside the fourth paragraph's first sentence (after 'mobile RF AMR') read as one space. Kept as written: "
 "'Itron, Inc.'s (Itron)', 'Schlumberger Electricity, Inc. (Schlumberger)', 'Hunt Technologies, Inc. (Hunt)', the "
 "single hyphens used as dashes ('an endpoint - electronic circuitry ... use data -') and the straight quotation marks "
 "and apostrophes. 243 words (whitespace-split), four paragraphs. Found at rank 2 under 'FTC Itron Schlumberger "
 "Electricity consent order divest' (query 1); the other answers were ftc.gov's case page, the FR analysis, two "
 "Spokane newspaper stories (news text: not used), ftc.gov's legal-library listing and a 2017 Compass Lexecon note on "
 "Itron / Silver Spring Networks (another matter). One text per matter (File No. 031-0201). " + CHECK + "'Schlumberger "
 "Electricity', 'Itron' (as a word), 'Hunt Technologies', '031-0201': only in GATHERING.md (lead lines of rounds 70h "
 "and 70n); 'Schlumberger' alone in corpus files on the oilfield-services group (other matters); 'Susan Creighton', "
 "'Spokane' in corpus files on other matters.",
 True)))

# ---- MEDIQ Incorporated / Universal Hospital Services (suit to block), FTC press release, August 22, 1997 ------------
U2 = "https://www.ftc.gov/news-events/press-releases/1997/08/announced-actions-august-22-1997"
P2 = [
 "The Federal Trade Commission today asked a federal district court to block a merger of the nation\u2019s two "
 "largest movable medical equipment rental firms charging that the merger violates federal antitrust laws. MEDIQ "
 "Incorporated and Universal Hospital Services (UHS) rent durable, movable medical equipment such as respiratory, "
 "infusion and monitoring devices, primarily to hospitals. The FTC alleges that MEDIQ\u2019s $100 million acquisition "
 "of UHS may substantially lessen competition and tend to create a monopoly in the market for the rental of durable, "
 "movable medical equipment to hospitals on an as-needed basis.",
 "The FTC is seeking a temporary restraining order to block the transaction. If successful, the Commission also will "
 "seek to extend the temporary restraining order into a preliminary injunction, which would ensure that the two firms "
 "remain separate pending the outcome of an administrative trial on the merits of the case. If the court grants the "
 "FTC\u2019s initial motion for a temporary restraining order, the Commission will have 20 days in which to issue an "
 "administrative complaint that will start the administrative trial process.",
 "On July 29, the FTC voted to file the complaint alleging that the merger would result in higher rental prices for "
 "durable, movable medical equipment.",
 "MEDIQ, based in Pennsauken, New Jersey, is the largest durable, movable medical equipment rental firm in the "
 "country, with 85 rental facilities nationwide and inventory of more than 130,000 pieces of equipment. Bloomington, "
 "Minnesota-based UHS has 46 rental facilities and more than 40,000 pieces of equipment.",
 "The Commission vote to file the complaint was 5-0. It was filed in the U.S. District Court for the District of "
 "Columbia, today."]
R.append((["ftc-1997-08-mediq-universal-hospital-services.txt"], None, P2, federal(
 "us-ftc-mediq-universal-hospital-services-suit-to-block-medical-equipment-rental-1997",
 U2, "1997-08-22", None, "\n\n".join(P2),
 "health/competition regulation", "deal,regulatory,merger control,litigation,medical equipment rental",
 "U.S. Federal Trade Commission, press release of August 22, 1997 on its suit to block MEDIQ Incorporated's "
 "acquisition of Universal Hospital Services (its headline and date line are not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` 1997-08-22 -- the address names the FTC's 'announced actions' of August 22, 1997 "
 "and the release says the FTC 'today asked a federal district court' and the complaint 'was filed ... today' "
 "(**doubtful**: the day comes from the address alone; the district court complaint in the store, Civil Action No. "
 "97-1916 on docstoc.com, shows no filing day in its excerpt). 'today' -> 1997-08-22, 'On July 29' -> 1997-07-29. Cut "
 "after the fifth paragraph, before the 'NOTE:' paragraph, which the store's excerpt breaks off ('The complaint is not "
 "a finding or ruling'; `truncated` True). Kept as written: 'MEDIQ Incorporated' and 'MEDIQ' in capitals, 'Universal "
 "Hospital Services (UHS)', 'Minnesota-based', the curly apostrophes. 269 words (whitespace-split), five paragraphs. "
 "Found at rank 2 under 'FTC Mediq Universal Hospital Services preliminary injunction abandoned acquisition' (query "
 "8); the other answers were the district court complaint (docstoc.com copy: the same matter), ftc.gov's hospitals "
 "listing, a court of appeals ruling of 1991, law-firm and news items on other hospital mergers. One text per matter "
 "(Civil Action No. 97-1916). " + CHECK + "'Mediq' and 'Universal Hospital Services' only in GATHERING.md (lead lines "
 "of rounds 70a and 70n; rbyhdq.net's listing noted by 70a); 'UHS' in corpus files on Universal Health Services and "
 "the University of Houston System (other names); 'Pennsauken', 'movable medical equipment': 0; 'Bloomington' in "
 "corpus files on other matters.",
 True)))

# ---- Johnson & Johnson / Cordis Corporation (neurological shunts), FTC press release, December 1995 -----------------
U3 = "http://www.ftc.gov/opa/1995/12/jj.htm"
P3 = [
 "Johnson & Johnson has agreed to divest a business that develops, among other products, the cranial shunts used in "
 "the treatment of hydrocephalus -- a potentially fatal condition affecting infants and children -- to settle Federal "
 "Trade Commission charges that its $1.8 billion acquisition of Cordis Corporation would violate federal antitrust "
 "laws and may harm competition, raise prices and reduce innovation in the market for neurological shunts.",
 "Johnson & Johnson, a New Brunswick, New Jersey-based company, is the world's largest manufacturer of health care "
 "products for consumer, pharmaceutical and professional markets. Its wholly owned subsidiary, Johnson & Johnson "
 "Professional, Inc., is a neurology and orthopedic products business that markets neurological shunts. Cordis, "
 "which competes with Johnson & Johnson in the manufacture and sale of neurological shunts, is based in Miami Lakes, "
 "Florida.",
 "\"Mergers that affect competition in the health care field deserve special attention,\" said William J Baer, "
 "Director of the FTC's Bureau of Competition. \"Our investigation found that the combination of Johnson & Johnson "
 "and Cordis threatened to drive up prices and discourage innovation for these products.\"",
 "According to the FTC complaint detailing the charges, the Johnson & Johnson acquisition of Cordis would reduce "
 "competition in the market for neurological shunts, the medical devices used to treat hydrocephalus, by giving just "
 "two firms control of 85 percent of the market. Entry by a new firm in a timely manner would be unlikely because of "
 "difficulties in developing competitive neurological shunt designs, establishing manufacturing facilities, "
 "organizing a sales and service network and obtaining Food and Drug Administration approval."]
R.append((["ftc-1995-12-johnson-johnson-cordis.txt"], None, P3, federal(
 "us-ftc-johnson-johnson-cordis-consent-agreement-neurological-shunts-1995",
 U3, None, None, "\n\n".join(P3),
 "health/competition regulation", "deal,regulatory,merger control,divestiture,medical devices",
 "U.S. Federal Trade Commission, press release of December 1995 on Johnson & Johnson's agreement to divest a "
 "neurological shunt business to settle charges over its acquisition of Cordis Corporation (its headline and day are "
 "not in the stored text), US federal government work (public domain); text from the search tool's page store at "
 + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1995/12/jj.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank lines under it (one holding a single "
 "space). The stored text holds no headline and no date line: `title` None; `published` None -- the address gives "
 "December 1995; the FR analysis 95-31558 in the store (Tuesday, January 2, 1996, File No. 961-0014, comments until "
 "March 4, 1996; elaws copies, ranks 1 and 2 of query 9) names no release day. The kept text holds no absolute time "
 "expression: no dates. Cut after the fourth paragraph, before the fifth ('The proposed consent agreement ... would "
 "require that Johnson & Johnson divest the Cordis Neuroscience Business to a Commission-approved buyer, within 12 "
 "months o'), which the store's excerpt breaks off (`truncated` True). Kept as written: 'William J Baer' (no stop "
 "after the initial), 'Johnson & Johnson Professional, Inc.', 'New Jersey-based', the double hyphens and the straight "
 "quotation marks and apostrophes. 258 words (whitespace-split), four paragraphs. Found at rank 3 under 'FTC Johnson "
 "& Johnson Cordis consent order acquisition divest' (query 9); the other answers were the FR analysis (twice), "
 "ftc.gov's 2005 Johnson & Johnson / Guidant case page, release and FR analyses (another matter: 'Guidant' in corpus "
 "files). One text per matter (File No. 961-0014). " + CHECK + "'Cordis' only in GATHERING.md (lead lines of rounds "
 "70h and 70n); 'Cordis Neuroscience', 'Johnson & Johnson Professional', 'Miami Lakes', 'neurological shunt', "
 "'hydrocephalus', '961-0014': 0; 'Johnson & Johnson', 'William J. Baer', 'New Brunswick' in corpus files on other "
 "matters.",
 True)))


def verify():
    """Each kept paragraph (and the title, where one is kept) occurs verbatim (once) in the saved excerpt, runs of white
    space (line breaks, blank lines, blank lines holding a space) read as one space (the saved file's two header lines,
    its address and the queries that found it, are not part of the excerpt)."""
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
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
