#!/usr/bin/env python3
"""Batch 68y (session 62, gatherer lane 68y): three FTC merger texts of 2000 and 2011 naming proposed and consummated
acquirers and their targets, brands and their owners, a parent company, hospitals a health system operates, the
Director of the FTC's Bureau of Competition and four FTC Commissioners, new matters in the federal FTC lane (after 67a,
67g, 67l, 67r, 67v, 67ad, 68a, 68g, 68m, 68v and the rounds they name), found by asking the FTC's merger pages by the
leads of 68v's, 68m's and 68g's sections (acquirer + target + product; see the round notes /tmp/gather68y/NOTES.md):
  - ftc.gov 'news-events/press-releases/2000/06/ftc-will-ask-court-block-swedish-matchs-proposed-acquisition' (FTC
    press release of June 2000, the day of the Commission's vote, June 22, 2000, taken as its day; its headline and
    date line are not in the stored text) -- the FTC's plan to ask a court to block Swedish Match AB's proposed
    acquisition of brands and other assets of National Tobacco Company, L.P. (loose leaf chewing tobacco), with
    Richard G. Parker, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/2011/01/promedica.shtm' (FTC press release of January 6, 2011; headline and date line not in the
    stored text) -- the FTC's administrative complaint against ProMedica Health System, Inc.'s consummated acquisition
    of St. Luke's Hospital in Lucas County, Ohio;
  - ftc.gov 'news-events/news/press-releases/2011/04/ftc-dismisses-complaint-labcorp' (FTC press release of April
    2011, day unknown; headline and date line not in the stored text) -- the FTC's order dismissing its complaint in
    Laboratory Corporation of America's acquisition of Westcliff Medical Laboratories, Inc., with the statements of
    Commissioners Jon Leibowitz, William Kovacic, Edith Ramirez and Julie Brill.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather68y/NOTES.md. Queries and ranks in
/tmp/gather68y/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`), as saved in /tmp/gather68y/src by
/tmp/gather68y/mk_src.py (straight quotation marks and apostrophes in the Swedish Match text, curly apostrophes in the
ProMedica text, curly quotation marks and apostrophes in the LabCorp text).
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three
(no headline in the stored texts). Swedish Match -- cut before the paragraph the excerpt breaks off ('A preliminary
injunction would prevent the merger from going forward pending') (`truncated`). ProMedica -- cut inside the fifth
paragraph at a sentence end, after '... 2) inpatient obstetrical services.', before the sentence the excerpt breaks
off ('Specifically, the FTC alleges that the acquisition reduces the number of general acute-care hospital competitors
in Lucas County from four to three, leav') (`truncated`). LabCorp -- cut after the second paragraph, before the
release's boilerplate ('Docket Number 9345 is available from the FTC's website ...', '# # #', 'Contact Information',
'Office of Public Affairs'). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept
paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read as one
space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch68y.py [POOL_DIR] [--dry]   (default /tmp/gather68y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68y/pool"
SRC = "/tmp/gather68y/src"
R = []

# ---- Swedish Match AB / National Tobacco Company, L.P., FTC press release, June 22, 2000 ------------------------------
U1 = "https://www.ftc.gov/news-events/press-releases/2000/06/ftc-will-ask-court-block-swedish-matchs-proposed-acquisition"
P1 = [
 "The Federal Trade Commission today announced it will ask a federal district court to issue a preliminary injunction "
 "to prevent Swedish Match AB's proposed $165 million acquisition of brands and other assets of National Tobacco "
 "Company, L.P. The FTC alleges that the proposed acquisition would violate federal antitrust laws by lessening "
 "competition in the loose leaf chewing tobacco market and increase Swedish Match's market share to about 60 percent "
 "of sales, and leaving a market in which two companies would control more than 90 percent of sales. Swedish Match, "
 "which sells under the \"Red Man\" and other brands, and National Tobacco, which sells under the \"Beech Nut\" and "
 "other brands, are today the first and third largest sellers in the U.S. loose leaf chewing tobacco market.",
 "\"The proposed acquisition of National Tobacco's chewing tobacco brands by Swedish Match violates the antitrust laws. "
 "An anticompetitive price increase would simply transfer money from consumers to the pockets of this tobacco company. "
 "It is important that firms not be able to exploit their customers by eliminating competition through merger or "
 "acquisition,\" said Richard G. Parker, Director of the FTC's Bureau of Competition.",
 "Swedish Match is headquartered in Stockholm, Sweden; its U.S. subsidiary is based in Richmond, Virginia. National "
 "Tobacco is one of two wholly-owned subsidiaries of North Atlantic Trading Company, Inc., which is headquartered in "
 "New York City. Thomas Helms Jr., ultimately controls National Tobacco, through North Atlantic Trading Co.",
 "According to the FTC, the proposed transaction would reduce the number of major competitors in the U.S. loose leaf "
 "market to two and create a new company with a 60 percent market share. The acquisition would allow Swedish Match to "
 "increase prices unilaterally, and would increase the likelihood of coordination among the firms remaining in the "
 "market."]
R.append((["ftc-2000-06-swedish-match-national-tobacco.txt"], None, P1, federal(
 "us-ftc-swedish-match-national-tobacco-preliminary-injunction-chewing-tobacco-2000",
 U1, "2000-06-22", None, "\n\n".join(P1),
 "tobacco/competition regulation", "deal,regulatory,merger control,preliminary injunction,chewing tobacco",
 "U.S. Federal Trade Commission, press release of June 2000 (the day of the Commission's vote, June 22, 2000) on its "
 "plan to ask a federal court to block Swedish Match AB's proposed acquisition of assets of National Tobacco Company, "
 "L.P. (its headline and date line are not in the stored text), US federal government work (public domain); text from "
 "the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2000/06/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The "
 "stored text holds no headline and no date line: `title` None; `published` 2000-06-22 -- the address gives June 2000, "
 "and ftc.gov's own Order Dismissing Complaint in the store (rank 4 of query 8: 'On June 22, 2000, the Commission "
 "authorized the commencement of an action under Section 13(b) ... to seek a preliminary injunction') and lexplug's "
 "case brief (rank 5 of query 5: 'On June 22, 2000, the FTC, by a 5-0 vote, authorized its staff to seek a temporary "
 "restraining order or preliminary injunction') give the day of the vote the release announces 'today' "
 "(**doubtful**: the release may have gone out a day later; no source in the store dates the release itself). Cut "
 "before the paragraph the store's excerpt breaks off ('A preliminary injunction would prevent the merger from going "
 "forward pending') (`truncated`). Kept as written: the straight apostrophes and quotation marks, '\"Red Man\"', "
 "'\"Beech Nut\"' (without the hyphen), 'wholly-owned', 'Thomas Helms Jr.,' with its comma. 294 words "
 "(whitespace-split), four paragraphs. Found at rank 6 under 'FTC Swedish Match National Tobacco loose leaf chewing "
 "tobacco preliminary injunction' (query 3), rank 7 of query 5 and rank 3 of query 8; ftc.gov's December 2000 release "
 "on the court's ruling (opa/2000/12/swedish2.htm), the case page (File No. 0010120, Docket No. 9296), the Part 3 "
 "complaint and the Order Dismissing Complaint are the same matter; vlex, findacase, quimbee and lexplug copies or "
 "briefs of the court's opinion, law.com, swedishmatch.com and cision (Swedish Match's own releases) were third party. "
 "One text per matter: the June 2000 release is taken. " + CHECK +
 "'Swedish Match', 'National Tobacco', 'North Atlantic Trading', 'Thomas Helms', '0010120', 'Docket No. 9296': 0 in the "
 "corpus files, the scripts and the pools ('Swedish Match', 'National Tobacco' only in 68v's lead line in "
 "GATHERING.md); 'Beech Nut' / 'Beech-Nut' in FTC files and scripts on the Heinz / Milnot / Beech-Nut baby food matter "
 "(another company and matter); 'Red Man' only as parts of other words; 'Richard G. Parker' in FTC files on other "
 "matters (the same official).",
 True)))

# ---- ProMedica Health System, Inc. / St. Luke's Hospital, FTC press release, January 6, 2011 -------------------------
U2 = "http://www.ftc.gov/opa/2011/01/promedica.shtm"
P2 = [
 "Continuing its efforts to protect healthcare consumers, the Federal Trade Commission today challenged ProMedica "
 "Health System, Inc.\u2019s consummated acquisition of rival St. Luke\u2019s Hospital in Lucas County, Ohio. The "
 "FTC\u2019s administrative complaint alleges that the deal will reduce competition and allow ProMedica to raise prices "
 "for general acute-care and inpatient obstetrical services, significantly harming patients and local employers and "
 "employees.",
 "The FTC staff will file a separate complaint in federal district court tomorrow seeking an order requiring ProMedica "
 "to preserve St. Luke\u2019s as a separate, independent competitor during the FTC\u2019s administrative proceeding and "
 "any subsequent appeals. The action in federal district court will be brought jointly with the Attorney General of "
 "the State of Ohio.",
 "ProMedica is a not-for-profit healthcare system headquartered in Toledo, Ohio. Excluding St. Luke\u2019s, ProMedica "
 "operates three general acute-care hospitals in Lucas County: 1) The Toledo Hospital; 2) Flower Hospital; and 3) Bay "
 "Park Community Hospital. It also provides healthcare services throughout northwestern and west-central Ohio and "
 "southeastern Michigan. ProMedica had 2009 revenues totaling about $1.6 billion.",
 "On August 31, 2010, ProMedica acquired control of St. Luke\u2019s, a formerly independent, not-for-profit general "
 "acute-care hospital in Maumee, Ohio. At the time of the acquisition, St. Luke\u2019s was widely recognized as a "
 "high-quality, low-cost hospital; it generated revenues of approximately $156 million in 2009.",
 "The FTC\u2019s complaint alleges that ProMedica\u2019s acquisition of St. Luke\u2019s threatens to substantially harm "
 "competition in two relevant service markets in Lucas County, Ohio: 1) general acute-care inpatient hospital "
 "services, and 2) inpatient obstetrical services."]
R.append((["ftc-2011-01-promedica-st-lukes.txt"], None, P2, federal(
 "us-ftc-promedica-st-lukes-hospital-administrative-complaint-lucas-county-2011",
 U2, "2011-01-06", None, "\n\n".join(P2),
 "healthcare/competition regulation", "deal,regulatory,merger control,consummated merger,hospitals",
 "U.S. Federal Trade Commission, press release of January 6, 2011 on its administrative complaint challenging "
 "ProMedica Health System, Inc.'s consummated acquisition of St. Luke's Hospital (its headline and date line are not in "
 "the stored text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2011/01/promedica.shtm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None; `published` 2011-01-06 -- the address gives January 2011, the release "
 "says the staff 'will file a separate complaint in federal district court tomorrow', and the district court complaint "
 "in the store (vdocument.in, rank 2 of query 6: 'Case: 3:11-cv-00047-DAK Doc #: 1 Filed: 01/07/11') was filed on "
 "January 7, 2011 (third party copy of a court filing, used only for the day). 'today' therefore resolves to "
 "2011-01-06 and 'tomorrow' to 2011-01-07. Cut inside the fifth paragraph at a sentence end, after '... 2) inpatient "
 "obstetrical services.', before the sentence the store's excerpt breaks off ('Specifically, the FTC alleges that the "
 "acquisition reduces the number of general acute-care hospital competitors in Lucas County from four to three, leav') "
 "(`truncated`). Kept as written: the curly apostrophes ('St. Luke\u2019s', 'FTC\u2019s'), the numbered lists '1) "
 "... 2) ... 3)', 'not-for-profit', 'acute-care'. 251 words (whitespace-split), five paragraphs. Found at rank 3 under "
 "'FTC ProMedica Health System St. Luke's Hospital Toledo acquisition complaint' (query 6); rank 1 was ftc.gov's "
 "listing of the March 2012 Opinion release, ranks 4 and 7 marketswired's copies of the 2016 divestiture comment "
 "release and the March 2012 Opinion release (third party; the same matter), beckershospitalreview and nbc24 reports, "
 "a 2020 docketalarm complaint of St. Luke's against ProMedica (third party). One text per matter: the January 2011 "
 "release is taken. " + CHECK +
 "'ProMedica', \"St. Luke's Hospital\" (straight and curly), 'Flower Hospital', 'Bay Park Community', 'Toledo "
 "Hospital', 'Lucas County', 'Maumee', '101 0167': 0 in the corpus files, the scripts and the pools ('ProMedica' only in "
 "68v's lead lines in GATHERING.md).",
 True)))

# ---- Laboratory Corporation of America / Westcliff Medical Laboratories, Inc., FTC press release, April 2011 ---------
U3 = "https://www.ftc.gov/news-events/news/press-releases/2011/04/ftc-dismisses-complaint-labcorp"
P3 = [
 "By a vote of 5-0, the Federal Trade Commission has issued an order dismissing its complaint in Laboratory "
 "Corporation of America\u2019s acquisition of Westcliff Medical Laboratories, Inc., and closing the Commission\u2019s "
 "investigation of the matter. A statement by Commissioners Jon Leibowitz, William Kovacic, and Edith Ramirez "
 "concluded, \u201cWhile we continue to have reason to believe that LabCorp\u2019s acquisition of Westcliff will result "
 "in anticompetitive effects, we are convinced that further adjudication of this case will not serve the public "
 "interest.\u201d",
 "A separate concurring statement by Commissioner Julie Brill stated, \u201cI concur in the Commission\u2019s decision to "
 "dismiss administrative proceedings against LabCorp. In my view, the Commission should have continued with its "
 "appeal of the district court\u2019s decision denying a preliminary injunction in related federal courtlitigation. "
 "With the appeal now withdrawn, however, I reluctantly agree that given the particular facts and circumstances of "
 "this matter, the costs of continuing with administrative litigation outweigh the potential benefits of doing "
 "so.\u201d"]
R.append((["ftc-2011-04-labcorp-westcliff-dismissal.txt"], None, P3, federal(
 "us-ftc-labcorp-westcliff-complaint-dismissed-commissioners-statements-2011",
 U3, None, None, "\n\n".join(P3),
 "healthcare/competition regulation", "deal,regulatory,merger control,consummated merger,clinical laboratories",
 "U.S. Federal Trade Commission, press release of April 2011 on its order dismissing its complaint in Laboratory "
 "Corporation of America's acquisition of Westcliff Medical Laboratories, Inc. (its headline and day are not in the "
 "stored text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2011/04/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None, `published` None (the address gives April "
 "2011; no page in the store gives the day: thepharmaletter's March 28, 2011 report is on the withdrawn appeal, an "
 "earlier step). The kept text holds no time expression with a calendar value. Cut after the second paragraph, before "
 "the release's boilerplate ('Docket Number 9345 is available from the FTC\u2019s website and from the FTC\u2019s "
 "Consumer Response Center, Room 130, 600 Pennsylvania Avenue, N.W., Washington, DC 20580. Call toll-free: "
 "1-877-FTC-HELP.', '# # #', 'Contact Information', 'Office of Public Affairs'), (`truncated`: the "
 "release's end is cut). Kept as written: 'courtlitigation' (the page's missing space), the curly quotation marks "
 "and apostrophes, '5-0'. 158 words (whitespace-split), two paragraphs. Found at rank 2 under 'FTC LabCorp Westcliff "
 "Medical Laboratories acquisition complaint' (query 1), rank 7 of query 4 and rank 1 of query 7; ftc.gov's case page "
 "(File No. 101 0152, Docket No. 9345) is the same matter; wsj (paywalled), fdanews, thepharmaletter, lexology, "
 "darkintelligencegroup, bloomberg, skadden, antitrustlawyerblog, theregreview, casetext and dokumen.tips were third "
 "party; ftc.gov's December 2010 complaint release did not come back. One text per matter: the April 2011 release is "
 "taken. " + CHECK +
 "'Westcliff', 'LabCorp', 'Laboratory Corporation of America', '101 0152', 'Docket No. 9345', 'Julie Brill': 0 in the "
 "corpus files, the scripts and the pools ('LabCorp', 'Westcliff' only in 68v's lead lines in GATHERING.md); "
 "'Leibowitz' in corpus files on other matters (the same Commissioner elsewhere); 'Edith Ramirez', 'Kovacic' in earlier "
 "rounds' notes only as other matters' officials.",
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
