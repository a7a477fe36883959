#!/usr/bin/env python3
"""Batch 42w (session 43, gatherer 42w): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a round of session 43 after batches 42b, 42h and 42k in the DOJ lane of batches 16e, 21c,
22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h and 42k, first-party text only: the Antitrust Division's Federal
Register notices on
  - Vulcan Materials Company's proposed acquisition of Florida Rock Industries, Inc. and the divestiture of quarries
    in Georgia, Tennessee and Virginia (72 FR 68180, 4 December 2007, as federal.elaws.us reproduces it);
  - Martin Marietta Materials' proposed acquisition of the aggregate business assets of Texas Industries, Inc. and
    the divestiture of the North Troy quarry and two rail yards (79 FR 38949, 9 July 2014, as federal.elaws.us
    reproduces it);
  - Flakeboard America Limited, Celulosa Arauco y Constitucion, S.A., Inversiones Angelini y Compania, Limitada and
    SierraPine, settling a complaint that they coordinated the closure of SierraPine's Springfield, Oregon mill
    before the HSR waiting period ended (79 FR 70555, 26 November 2014, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading lines, 'Start Preamble' and the
printed-page markers are left out, the notices' titles kept as `title`; each text is cut at the last full sentence
before its excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch42w.py [POOL_DIR] [--dry]   (default /tmp/gather43w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch42b import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43w/pool"
R = []
HOST = "federal.elaws.us reproduces the notice"

# ---- Vulcan / Florida Rock, Federal Register notice, 4 December 2007 -------------------------------------------------
U1 = "http://federal.elaws.us/fr/citation/07-5902"
U1J = "https://regulations.justia.com/regulations/fedreg/2007/12/04/07-5902.html"
U1R = "http://www.thefederalregister.com/rss/agency/Antitrust_Division/2007-12-04"
T1 = "United States v. Vulcan Materials Co., et al. Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-vulcan-materials-florida-rock-proposed-final-judgment-2007", U1, "2007-12-04", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment and Competitive Impact Statement have been filed with the United States District Court "
 "for the District of Columbia in United States v. Vulcan Materials Co., et al., Civil Action No. 1:07-cv-2044. On "
 "November 13, 2007, the United States filed a Complaint to obtain equitable and other relief against defendants "
 "Vulcan Materials Company (\u201cVulcan\u201d) and Florida Rock Industries, Inc. (\u201cFlorida Rock\u201d) to "
 "prevent Vulcan's proposed acquisition of Florida Rock. The Complaint alleges that Vulcan's acquisition of Florida "
 "Rock would substantially lessen competition in the production, distribution, and sale of coarse aggregate in and "
 "around Atlanta, Georgia; Columbus, Georgia; Chattanooga, Tennessee; and South Hampton Roads, Virginia, in "
 "violation of Section 7 of the Clayton Act, as amended, 15 U.S.C. 18. The proposed Final Judgment, filed on "
 "November 13, 2007, requires defendants to divest Florida Rock aggregate quarries in Northwest, West, and Southwest "
 "Atlanta, Georgia; Columbus, Georgia; Chattanooga, Tennessee; and Richmond, Virginia. In addition, defendants must "
 "divest a Florida Rock distribution yard located in Chesapeake, Virginia that receives coarse aggregate by barge "
 "from Florida Rock's Richmond quarry; a Vulcan aggregate quarry in South Atlanta, Georgia; and a Vulcan quarry "
 "under development in Southeast Atlanta, Georgia.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "at the Department of Justice, Antitrust Division, Antitrust Documents Group, 325 7th Street, NW., Room 215, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the District "
 "of Columbia, Washington, DC.",
 "construction materials", "deal,regulatory",
 att(T1, "72 FR 68180, FR Doc. 07-5902", "2007-12-04", HOST, U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 4 December 2007 (72 FR 68180-68193, FR Doc. "
 "07-5902; kept as `published`) as federal.elaws.us reproduces its text, checked against regulations.justia.com's "
 "copy of the printed page (" + U1J + ", which starts on a National Park Service notice before it: the same words "
 "as far as it runs, with the print's en dash in '16(b)\u2013(h)' and '1:07\u2013cv\u20132044' and curly "
 "apostrophes) and thefederalregister.com's RSS item of the day (" + U1R + ": the same words in the GPO text's "
 "doubled backquotes, '16(b)(h)' and '1:07cv2044', cut off inside the first paragraph). The host's heading ('07-5902. "
 "United States', the title cut short) is left out and the notice's title as the GPO text and justia print it is "
 "kept as `title` ('Vulcan Materials Co., et al.' with no semicolon before 'Proposed'); 'Start Preamble' left out. "
 "Cut after the second paragraph's first sentence ('... for the District of Columbia, Washington, DC.'), before "
 "'Copies o', where the excerpt stops mid-word (`truncated`: the copying-fee sentence, the public comment paragraph, "
 "the section chief's name and the Competitive Impact Statement are not in the kept text). Kept as written: the "
 "curly quotation marks around the defined names and the straight apostrophes, the hyphen in '16(b)-(h)', "
 "'http://www.usdoj.gov/atr,,' with its doubled comma, 'NW.', 'Web site', 'Chesapeake, Virginia that' without a "
 "comma. One text per event: the Department's press release did not come back (the companies' "
 "own release of 15 November 2007 on sec.gov is not the Department's text); the final judgment of 28 April 2008 on "
 "the UNT web archive is a later court paper, not taken; the Division's 1999 notice on Florida Rock's acquisition "
 "of Harper Bros. (federal.elaws.us) is another matter. Found with 'United States v. Vulcan Materials Company and "
 "Florida Rock Industries, Inc.; Proposed Final Judgment and Competitive Impact Statement' (rank 5; ranks 1, 2 and "
 "7 the other copies), batch 42h's lead. "
 + CHECK + "'Florida Rock', '07-5902', '68180', '1:07-cv-2044', 'South Hampton Roads': 0 in the corpus files' "
 "texts, the scripts and the pools ('Florida Rock' only in batch 42h's notes on its Vulcan/Aggregates USA text, "
 "train us-doj-federal-register-vulcan-materials-aggregates-usa-proposed-final-judgment-2018, and in GATHERING.md "
 "as 42h's and 42k's lead); 'Vulcan' in that other matter of 2018 and as 'Vulcan Post' (a news site; dev "
 "wp-sim-wong-hoo, grep -o printed the matching words only); 'Chattanooga' and 'Chesapeake' only in other matters "
 "(dev wp-cricket-wireless; dev us-fcc-pshsb-dirs-partial-deactivation-hurricane-florence-2018).", True))

# ---- Martin Marietta / Texas Industries, Federal Register notice, 9 July 2014 ----------------------------------------
U2 = "http://federal.elaws.us/fr/7/9/2014/2014-15959"
U2J = "https://regulations.justia.com/regulations/fedreg/2014/07/09/2014-15959.html"
T2 = ("United States, et al. v. Martin Marietta Materials, Inc., and Texas Industries, Inc.; Proposed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-martin-marietta-texas-industries-proposed-final-judgment-2014", U2, "2014-07-09", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America, et al. v. Martin Marietta Materials, "
 "Inc., and Texas Industries, Inc., Civil Action No. 1:14-cv-01079. On June 26, 2014, the United States and the "
 "State of Texas filed a Complaint alleging that the proposed acquisition by Martin Marietta Materials of the "
 "aggregate business assets of Texas Industries, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The "
 "proposed Final Judgment, filed the same time as the Complaint, requires the defendants to divest the North Troy "
 "quarry in Mill Creek, Oklahoma; one rail yard in Dallas, Texas; and one rail yard in Frisco, Texas. All of these "
 "assets serve parts of the Dallas, Texas area.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "construction materials", "deal,regulatory",
 att(T2, "79 FR 38949, FR Doc. 2014-15959", "2014-07-09", HOST, U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 9 July 2014 (79 FR 38949-38960, FR Doc. "
 "2014-15959; kept as `published`) as federal.elaws.us reproduces its text; regulations.justia.com's copy of the "
 "printed page (" + U2J + ") starts mid-way (the comment paragraph's end and the complaint's parties) and came back "
 "only that far. Left out: the host's heading line ('2014-15959.' and the notice's title, kept as `title`), 'Start "
 "Preamble'. Cut after the third paragraph's first sentence ('Public comment is invited within 60 days of the date "
 "of this notice.'), before 'Such comments, including the name of the submitter, and responses thereto, will be "
 "posted on the U.S. Department of Justice, Antitrust Division's internet Web site, filed with the Court and, under "
 "certain circums', where the excerpt stops mid-word (`truncated`: the rest of the comment paragraph, the section "
 "chief's name and the Competitive Impact Statement are not in the kept text). Kept as written: 'Stipulation and "
 "Competitive Impact Statement' and 'proposed Final Judgment and Competitive Impact Statement' without the serial "
 "comma, 'filed the same time' without 'at', 'Martin Marietta Materials' without 'Inc.' in the second sentence, "
 "'NW.', 'Web site', the straight apostrophes, the hyphen in '16(b)-(h)'. One text per event: the Department's "
 "press release did not come back; naag.org's case page is a summary by another body, not taken. "
 "Found with 'United States v. Martin Marietta Materials, Inc. and Texas Industries, Inc.; Proposed Final Judgment "
 "and Competitive Impact Statement' (rank 4; ranks 2 and 5 justia's copy), batch 42k's lead. "
 + CHECK + "'Texas Industries', 'North Troy', 'Mill Creek', '2014-15959', '1:14-cv-01079': 0 in the corpus files' "
 "texts, the scripts and the pools ('Texas Industries' and '38949' only in batch 42k's notes and GATHERING.md, as "
 "its lead); 'Martin Marietta' only in another matter (test "
 "us-doj-federal-register-martin-marietta-bluegrass-proposed-final-judgment-2018, batch 42k, the 2018 Bluegrass "
 "deal); 'Frisco' only in other matters (two test files of batches 36b and 39c: Frisco on Hatteras Island, NPS "
 "reports).", True))

# ---- Flakeboard / SierraPine, Federal Register notice, 26 November 2014 ----------------------------------------------
U3 = "http://federal.elaws.us/fr/citation/2014-27985"
U3V = "https://regulations.vlex.com/vid/united-states-v-flakeboard-545450666"
U3C = ("http://print.casetext.com/federal-register/united-states-v-flakeboard-america-limited-celulosa-arauco-y-"
       "constitucion-sa-inversiones-angelini-y-compania-limitada-and-sierrapine-proposed-final-judgment-and-"
       "competitive-impact-statement")
U3P = "https://pdfslide.us/documents/1-department-of-justice-antitrust-division-inversiones-angelini-y-compaa.html"
T3 = ("United States V. Flakeboard America Limited, Celulosa Arauco Y Constituci\u00f3n, S.A., Inversiones Angelini Y "
      "Compa\u00f1\u00eda, Limitada, and Sierrapine; Proposed Final Judgment and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-flakeboard-sierrapine-proposed-final-judgment-2014", U3, "2014-11-26", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the U.S. District "
 "Court for the Northern District of California in United States of America v. Flakeboard America Limited, "
 "Celulosa Arauco y Constituci\u00f3n, S.A., Inversiones Angelini y Compa\u00f1\u00eda, Limitada and SierraPine, "
 "Civil Action No. 3:14-cv-04949. On November 7, 2014, the United States filed a Complaint alleging that "
 "Flakeboard, Arauco, and SierraPine coordinated to close SierraPine's Springfield, Oregon particleboard mill and "
 "move the mill's customers to Flakeboard before receiving federal antitrust approval under Section 7A of the "
 "Clayton Act, 15 U.S.C. 18a, also commonly known as the Hart-Scott-Rodino Antitrust Improvements Act of 1976 "
 "(\u201cSection 7A\u201d or \u201cHSR Act\u201d). The Complaint alleges that this coordination constituted a per "
 "se unlawful agreement between competitors to reduce output and allocate customers in violation of Section 1 of "
 "the Sherman Act, 15 U.S.C. 1, and a premature transfer of beneficial ownership to Flakeboard in violation of the "
 "HSR Act.\n\n"
 "The United States and the defendants have reached a proposed settlement that eliminates the need for a trial in "
 "this case. The proposed Final Judgment, filed the same time as the Complaint, remedies the Sherman Act violation "
 "by enjoining the defendants from reaching similar anticompetitive agreements with competitors and requiring "
 "Flakeboard to disgorge $1.15 million, the approximate amount of profits that Flakeboard illegally obtained from "
 "the closure of the Springfield mill.",
 "wood products manufacturing", "deal,regulatory",
 att(T3, "79 FR 70555, FR Doc. 2014-27985", "2014-11-26", HOST, U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 26 November 2014 (79 FR 70555-70566, FR Doc. "
 "2014-27985; kept as `published`) as federal.elaws.us reproduces its text, checked against casetext's copy "
 "(" + U3C + ": the same words), regulations.vlex.com's copy of the GPO text (" + U3V + ": the same words as far as "
 "it runs, with the GPO's 'Constitucioacuten' and 'Compantildeiacutea' for the accented letters and doubled "
 "backquotes) and the Division's pre-publication copy on pdfslide.us (" + U3P + ": the same words, with '\u00a716(b) "
 "\u2013 (h)' and curly apostrophes); regulations.justia.com's copy of the printed page starts on an ENRD notice "
 "before it. Left out: the host's heading line ('2014-27985.' and the notice's title, kept as `title` with the "
 "host's capitals 'V.', 'Y' and 'Sierrapine'), 'Start Preamble', and the page marker 'Start Printed Page 70556' "
 "inside the first paragraph's last sentence ('in violation of' / 'Section 1', joined with a space). Cut after the "
 "second paragraph's second sentence ('... from the closure of the Springfield mill.'), before 'To resolve the HSR "
 "Act violation, the proposed Final Judgment requires the comp', where the excerpt stops mid-word (`truncated`: the "
 "civil penalties, the comment paragraph and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: 'Celulosa Arauco y Constituci\u00f3n, S.A.' and 'Inversiones Angelini y Compa\u00f1\u00eda, Limitada' "
 "with their accents and lower-case 'y', no comma before 'and SierraPine' in the case name, 'U.S. District Court', "
 "the curly quotation marks around the defined names and the straight apostrophes, 'filed the same time' without "
 "'at'. One text per event: the Department's press release did not come back (lexology.com's and "
 "bipc.com's law-firm summaries are not the Department's text, not used). Found with 'United States v. Flakeboard "
 "America Limited SierraPine Proposed Final Judgment Competitive Impact Statement' (rank 6; ranks 2, 3 and 4 the "
 "other copies), on the way from a query for Saint-Gobain (justia's copy, rank 7). "
 + CHECK + "'Flakeboard', 'SierraPine', 'Arauco', 'Celulosa', 'Angelini', 'Inversiones', 'particleboard', "
 "'2014-27985', '70555', '3:14-cv-04949': 0 in the corpus, GATHERING.md, the scripts and the pools.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
