#!/usr/bin/env python3
"""Batch 50e (session 51, gatherer 50e): two civil-penalty settlements the Justice Department's Antitrust Division
reached over acquisitions closed without observing the premerger notification and waiting period rules -- Duke Energy
Corporation's acquisition of the Osprey Energy Center from Calpine Corporation (2017) and Canon Inc.'s acquisition of
Toshiba Medical Systems Corporation from Toshiba Corporation (2019) -- told in US federal public-domain texts of the
Department (17 U.S.C. 105), a batch-50 round in the DOJ lane (50b, 49b, 49e, 49i and 49l before it; 48b, 48f, 48k;
47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States of America v. Duke Energy Corporation; Proposed Final Judgment and Competitive
    Impact Statement' (82 FR 8845, FR Doc. 2017-02026, 31 January 2017, as federal.elaws.us reproduces it);
  - the Division's notice 'United States v. Canon Inc. and Toshiba Corporation; Proposed Final Judgment and
    Competitive Impact Statement' (84 FR 30234, FR Doc. 2019-13534, 26 June 2019, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading line (the FR document number and
the notice's heading, the heading kept as `title`), its 'Start Preamble', 'Start Printed Page' and 'Start Signature'
markers and the paragraphs' leading indentation are left out, the paragraphs set off by a blank line (the host prints
no line wraps inside a paragraph). Each text is cut at the last full sentence before the excerpt breaks off. No word
or character added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch50e.py [POOL_DIR] [--dry]   (default /tmp/gather51e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att, FRE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51e/pool"
# a check note of this batch's own (as 47b's to 50b's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch50b.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather5*/pool present (at the last check 51a's and 51d's "
         "CFTC matters, 51b's Division notices on TransDigm and Continental, 51c's FCC transfer notices, 51f's empty "
         "folder and the session-50 pools; none naming this matter): ")
R = []

# ---- Duke Energy / Osprey Energy Center (Calpine), Federal Register notice, 31 January 2017 --------------------------
U1 = "http://federal.elaws.us/fr/1/31/2017/2017-02026"
U1T = "https://thefederalregister.org/82-FR/8845"
U1J = "http://regulations.justia.com/regulations/fedreg/2017/01/31/2017-02026.html"
T1 = ("United States of America v. Duke Energy Corporation; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-duke-energy-osprey-energy-center-calpine-hsr-civil-penalty-proposed-final-judgment-2017",
 U1, "2017-01-31", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Duke Energy Corporation, Civil Action "
 "No. 1:17-cv-00116. On January 18, 2017, the United States filed a Complaint alleging that Duke Energy Corporation "
 "violated Section 7A of the Clayton Act, 15 U.S.C. 18a, by acquiring the Osprey Energy Center from Calpine "
 "Corporation before filing the required notification form and observing the required waiting period. The proposed "
 "Final Judgment, filed at the same time as the Complaint, requires Duke Energy Corporation to pay a civil penalty of "
 "$600,000.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's Web site at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's Web site, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register. Comments should be directed to Caroline E. Laise, "
 "Assistant Chief, Transportation, Energy & Agriculture Section, Antitrust Division, Department of Justice, 450 Fifth "
 "Street NW., Suite 8000, Washington, DC 20530 (telephone: (202) 353-9797).",
 "energy/electricity generation", "deal,regulatory",
 att(T1, "82 FR 8845, FR Doc. 2017-02026", "2017-01-31", "federal.elaws.us reproduces it", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 31 January 2017 (Volume 82, Number 19, pages "
 "8845-8852, FR Doc. 2017-02026; kept as `published`; issue, pages and weekday from thefederalregister.org's and "
 "justia's GPO header lines), as federal.elaws.us reproduces it (origin string `FRE`, as batch 41c). Left out: the "
 "host's heading line ('2017-02026. ' and the notice's heading, the heading kept as `title`), its 'Start Preamble' "
 "marker, the page marker 'Start Printed Page 8846' that the host sets straight after the first paragraph's last "
 "sentence ('... a civil penalty of $600,000.Start Printed Page 8846', no space), its 'Start Signature' marker and the "
 "leading indentation; the three paragraphs set off by blank lines (the host prints no wraps inside a paragraph). Cut "
 "after the third paragraph ('... Washington, DC 20530 (telephone: (202) 353-9797).'), before the host's 'Start "
 "Signature' and 'Patricia A. Brink, Director of C', where the excerpt breaks off in the signature (`truncated`: the "
 "signature, the Complaint, the proposed Final Judgment and the Competitive Impact Statement are not in the kept "
 "text). Kept as printed: 'Civil Action No. 1:17-cv-00116', 'Section 7A of the Clayton Act, 15 U.S.C. 18a' (no "
 "section sign), the straight apostrophes (\"Antitrust Division's\"), 'Web site' in two words, 'Transportation, "
 "Energy & Agriculture Section' with its ampersand, '450 Fifth Street NW.' with its full stop, the telephone number "
 "in parentheses inside parentheses ('(telephone: (202) 353-9797)'). thefederalregister.org's GPO text (" + U1T +
 ", rank 5; line wraps, '1:17-cv-' broken at the line end, the page marker '[[Page 8846]]') agrees word for word as "
 "far as its excerpt runs ('... Copies of these '); justia's printed page (" + U1J + ", ranks 1 and 3) opens inside "
 "other notices of that issue. 265 words (whitespace-split). One text per event: news of the settlement "
 "(nsenergybusiness.com, rank 4; powermag.com, rank 7: they give the plant's price, its site in Auburndale, Florida, "
 "the seller as Calpine Construction Finance Co. and words of Duke Energy Florida's president) not taken (not "
 "first-party; the notice names the parties as the Division does). Found with 'United States v. Duke Energy "
 "Corporation Osprey Energy Center Calpine proposed final judgment competitive impact statement' (rank 2). "
 + CHECK + "'Osprey', '2017-02026', '82 FR 8845', '17-cv-00116', 'Laise': 0 everywhere; 'Duke Energy' only in "
 "train wp-moore-county-substation-attack and dev us-doj-usao-ut-mcrae-pleads-guilty-garkane-buckskin-substation-2019 "
 "(grid attacks, other matters), batches 39p, 40d, 45zh and 50a's scripts and lines and 51a's CFTC pool (Duke "
 "Energy's trading arm, another matter); 'Calpine' only in train us-doj-federal-register-deutsche-boerse-nyse-"
 "euronext-direct-edge-proposed-final-judgment-2011, train wp-tidjane-thiam, dev wn-calpine-declares-bankruptcy-cites-"
 "natural-gas-2005 and test us-cftc-aquila-xcel-energy-entergy-koch-oneok-calpine-subsidiaries-six-energy-trading-"
 "firms-false-reporting-2004 (other matters, by their names); file names only, no dev or test file's text read.",
 True))

# ---- Canon / Toshiba Medical Systems (Toshiba), Federal Register notice, 26 June 2019 ---------------------------------
U2 = "http://federal.elaws.us/fr/6/26/2019/2019-13534"
U2T = "https://thefederalregister.org/2019-06-26/2019-13534"
U2J = "https://regulations.justia.com/regulations/fedreg/2019/06/26/2019-13534.html"
U2D = "https://docslib.org/doc/3445011/canon-inc-and-toshiba-corporation"
T2 = ("United States v. Canon Inc. and Toshiba Corporation; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-canon-toshiba-medical-systems-hsr-civil-penalty-proposed-final-judgment-2019", U2,
 "2019-06-26", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. Canon Inc. and Toshiba Corporation, Civil Action "
 "No. 1:19-cv-01680. On June 10, 2019, the United States filed a Complaint alleging that Canon Inc. and Toshiba "
 "Corporation violated the premerger notification and waiting period requirements of the Hart-Scott-Rodino Antitrust "
 "Improvements Act of 1976, 15 U.S.C. 18a, in connection with Canon Inc.'s acquisition of Toshiba Medical Systems "
 "Corporation from Toshiba Corporation. The proposed Final Judgment, filed at the same time as the Complaint, requires "
 "the companies each to pay a civil penalty of $2.5 million and to implement HSR compliance programs and comply with "
 "inspection and reporting requirements, among other obligations imposed under the consent order.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register.",
 "medical devices/medical systems", "deal,regulatory",
 att(T2, "84 FR 30234, FR Doc. 2019-13534", "2019-06-26", "federal.elaws.us reproduces it", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 26 June 2019 (Volume 84, Number 123, pages "
 "30234-30243, FR Doc. 2019-13534; kept as `published`; issue, pages and weekday from thefederalregister.org's and "
 "justia's GPO header lines), as federal.elaws.us reproduces it (origin string `FRE`, as batch 41c). Left out: the "
 "host's heading line ('2019-13534. ' and the notice's heading, the heading kept as `title`), its 'Start Preamble' "
 "marker and the leading indentation; the three paragraphs set off by blank lines (the host prints no wraps inside a "
 "paragraph). Cut after the third paragraph's second sentence ('... published in the Federal Register.'), before "
 "'Comments should be directed to Kenneth A. Libby, Special Attorney, United States, c/o Federal Trade Commission, "
 "600 Pennsy', where the excerpt breaks off inside that sentence (`truncated`: its end, the signature, the Complaint, "
 "the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as printed: "
 "'United States v. Canon Inc. and Toshiba Corporation' (the case name without 'of America'), 'Civil Action No. "
 "1:19-cv-01680', \"Canon Inc.'s\" with its straight apostrophe, 'HSR' unexplained in the text, 'website' in one "
 "word. thefederalregister.org's GPO text (" + U2T + ", rank 2; line wraps, '1:19-cv-' broken at the line end) agrees "
 "word for word as far as its excerpt runs ('... upon request and payment of'); justia's printed page (" + U2J +
 ", ranks 1 and 8) opens inside the Amcor / Bemis notice before it. 257 words (whitespace-split). One text per event: "
 "the Competitive Impact Statement on docslib.org (" + U2D + ", rank 4; a court paper, with the price and the "
 "closing date of 17 March 2016), dpa-AFX / RTT News items on finanznachrichten.de (ranks 3 and 5; not first-party) "
 "and Kyodo's 2016 story on the deal's completion (rank 7; another event) not taken. Found with 'United States v. "
 "Canon Inc. and Toshiba Corporation Proposed Final Judgment and Competitive Impact Statement Toshiba Medical Systems "
 "Corporation' (rank 6), after docslib's Complaint came back for 'On the United States filed a Complaint alleging "
 "that Inc.'s 2015 acquisition of Inc. from Corporation violated Section 7 of the Clayton Act' (rank 7). "
 + CHECK + "'Toshiba Medical', 'TMSC', 'Canon Inc', '2019-13534', '84 FR 30234', '19-cv-01680', 'Libby': 0 "
 "everywhere; 'Toshiba Corporation' only in train wp-kioxia-toshiba-memory-spin-off (Toshiba's memory unit, another "
 "matter) and batches 20a2 and 32n's scripts; 'Canon' in five corpus files on other matters (a Konica Minolta "
 "merger, Canon's chief executive, games, Canongate Books, Dell; by their names); file names only, no dev or test "
 "file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
