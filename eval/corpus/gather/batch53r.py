#!/usr/bin/env python3
"""Batch 53r (session 54, gatherer 53r): two US federal texts on corporate cases announced by the Justice Department --
the Middle District of Georgia U.S. Attorney's Office's release on the sentencing of two former officials of and one
broker for the Peanut Corporation of America (PCA) over salmonella-positive peanut products, with Stewart Parnell 'the
former owner and president of PCA' given 336 months (21 September 2015); the Office of Public Affairs' release on Taro
Pharmaceuticals U.S.A., Inc. charged with two generic-drug price-fixing conspiracies and entering a deferred
prosecution agreement with a $205,653,218 criminal penalty (23 July 2020) -- (US federal government works, 17 U.S.C.
105), a round of session 54 in the DOJ corporate-case lane after 53k (and 53f, 52q, 52h, 52f, 51z, 51t, 51n), on
corporate matters new to the corpus (every name, number and address checked first against the corpus files,
GATHERING.md, the gather scripts, the notes of /work/notes and the session-54 pools) -- first-party federal text, as the
search tool's page store holds it:
  - U.S. Attorney's Office, Middle District of Georgia, 'Former Peanut Company President Receives Largest Criminal
    Sentence In Food Safety Case; Two Others Also Sentenced For Their Roles In Salmonella-Tainted Peanut Product
    Outbreak' (21 September 2015): Peanut Corporation of America (PCA), Stewart Parnell, Michael Parnell, P.P. Sales,
    Mary Wilkerson, Senior U.S. District Court Judge W. Louis Sands (justice.gov's 'usao-mdga/pr/former-peanut-company-
    president-receives-largest-criminal-sentence-food-safety-case-two');
  - Office of Public Affairs, 'Sixth Pharmaceutical Company Charged In Ongoing Criminal Antitrust Investigation' (23
    July 2020): Taro Pharmaceuticals U.S.A., Inc. (Taro U.S.A.), the U.S. District Court for the Eastern District of
    Pennsylvania, the Antitrust Division, Assistant Attorney General Makan Delrahim (justice.gov's 'opa/pr/sixth-
    pharmaceutical-company-charged-ongoing-criminal-antitrust-investigation').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54r/src).
Page chrome ('Skip to main content', 'Press Release', 'For Immediate Release', the office line), the subheading of the
Taro release and the headlines (kept as `title`, as written) are left out; no word added or changed; the store's
paragraphs joined by a blank line (trailing spaces at a paragraph's end dropped, the double spaces between sentences
kept); each text cut at the last full sentence or paragraph before the store's excerpt breaks off. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch53r.py [POOL_DIR] [--dry]   (default /tmp/gather54r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-54 pools /tmp/gather54*/pool (54a-54n when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54r/pool"
R = []

# ---- Peanut Corporation of America, USAO Middle District of Georgia, 21 September 2015 ------------------------------
U1 = ("https://www.justice.gov/usao-mdga/pr/former-peanut-company-president-receives-largest-criminal-sentence-food-"
      "safety-case-two")
T1 = ("Former Peanut Company President Receives Largest Criminal Sentence In Food Safety Case; Two Others Also Sentenced "
      "For Their Roles In Salmonella-Tainted Peanut Product Outbreak")
R.append(federal(
 "us-doj-usao-mdga-peanut-corporation-of-america-former-president-parnell-salmonella-sentences-2015", U1,
 "2015-09-21", T1,
 "WASHINGTON \u2013 Two former officials of and one broker for the Peanut Corporation of America (PCA) were sentenced "
 "to prison today in Albany, Georgia, for their roles in a conspiracy to defraud their customers by shipping "
 "salmonella-positive peanut products before the results of microbiological testing were received and falsifying "
 "microbiological test results, the Department of Justice announced today.\n\n"
 "Stewart Parnell, 61, of Lynchburg, Virginia, the former owner and president of PCA, was sentenced by Senior U.S. "
 "District Court Judge W. Louis Sands of the Middle District of Georgia to serve 336 months in prison to be followed by "
 "three years of supervised release.  Michael Parnell, 56, of Midlothian, Virginia, who worked at P.P. Sales and was a "
 "food broker who worked on behalf of PCA, and is Stewart Parnell\u2019s brother, was sentenced to serve 240 months in "
 "prison to be followed by three years of supervised release.  Mary Wilkerson, 41, of Edison, Georgia, who held "
 "various positions at PCA\u2019s Blakely, Georgia, plant including receptionist, office manager and quality assurance "
 "manager, was sentenced to serve 60 months in prison to be followed by two years of supervised release.  Judge Sands "
 "will issue a restitution order at a later date.\n\n"
 "The Parnell brothers were convicted by a federal jury on Sept. 19, 2014, of multiple counts of conspiracy, mail and "
 "wire fraud and the sale of misbranded food.  Stewart Parnell was also convicted of the introduction of adulterated "
 "food into interstate commerce.  Stewart Parnell and Mary Wilkerson were also convicted of obstruction of justice.",
 "food processing/food safety", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Middle District of Georgia, press release '" + T1 + "', "
 "2015-09-21, US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Middle District of Georgia) from the "
 "search tool page store",
 "The Middle District of Georgia's release on justice.gov's current site (usao-mdga/pr/<slug>). Left out: 'Skip to "
 "main content', 'Press Release', the headline (kept as `title`, in the release's title case), 'For Immediate "
 "Release', 'U.S. Attorney's Office, Middle District of Georgia'. The dateline 'WASHINGTON \u2013' is kept (it opens "
 "the release's first paragraph). Cut after '... were also convicted of obstruction of justice.', before 'Stewart "
 "Parnell was found guilty of all but one of the 68 felony counts with which he was charged on Feb.', where the "
 "excerpt breaks off mid-date (`truncated`). `published` 2015-09-21: the excerpt has no date line; Reuters ('ALBANY, "
 "Ga., Sept 21 ... was sentenced to 28 years in prison on Monday', dated 2015-09-21; 21 September 2015 a Monday) and "
 "pietragallo.com ('On Monday, two former officials ...', 23 September 2015) date the sentencing the release calls "
 "'today'. Kept as written: the en dash of the dateline, 'Stewart Parnell\u2019s' and 'PCA\u2019s' (curly "
 "apostrophes), 'Sept. 19, 2014', 'Senior U.S. District Court Judge', 'P.P. Sales', the double spaces between "
 "sentences. 252 words. One text per matter: walb.com, Reuters (three), thefern.org, pietragallo.com and fox9 left out. "
 "Found with 'Peanut Corporation of America former owner Stewart Parnell sentenced salmonella U.S. Attorney Middle "
 "District of Georgia' (rank 1). " + CHECK + "'Parnell', 'Peanut Corp', 'Blakely', 'P.P. Sales', 'Wilkerson', "
 "'W. Louis Sands', 'usao-mdga', the slug: 0 in the corpus files, the scripts, the notes and the pools; 'Peanut "
 "Corporation' once in GATHERING.md (53k's untried lead).",
 True))

# ---- Taro Pharmaceuticals U.S.A., Inc., Office of Public Affairs, 23 July 2020 --------------------------------------
U2 = "https://www.justice.gov/opa/pr/sixth-pharmaceutical-company-charged-ongoing-criminal-antitrust-investigation"
T2 = "Sixth Pharmaceutical Company Charged In Ongoing Criminal Antitrust Investigation"
R.append(federal(
 "us-doj-opa-taro-pharmaceuticals-usa-generic-drug-price-fixing-dpa-criminal-penalty-2020", U2,
 "2020-07-23", T2,
 "Taro Pharmaceuticals U.S.A., Inc. (Taro U.S.A.) has been charged for conspiring to fix prices, allocate customers, "
 "and rig bids for generic drugs, the Department of Justice announced today.\n\n"
 "A two-count felony charge was filed today in the U.S. District Court for the Eastern District of Pennsylvania in "
 "Philadelphia, charging Taro U.S.A. with participating in two criminal antitrust conspiracies, each with a competing "
 "manufacturer of generic drugs and various executives.\n\n"
 "The Antitrust Division also announced a deferred prosecution agreement (DPA) resolving the charges against Taro "
 "U.S.A., under which the company agreed to pay a $205,653,218 criminal penalty and admitted that its sales affected by "
 "the charged conspiracies exceeded $500 million.  Under the DPA, Taro U.S.A. has agreed to cooperate fully with the "
 "Antitrust Division\u2019s ongoing criminal investigation.  As part of the agreement, the parties will file a joint "
 "motion, which is subject to approval by the Court, to defer for the term of the DPA any prosecution and trial of the "
 "charges filed against the defendant.\n\n"
 "\u201cTaro Pharmaceuticals U.S.A.\u2019s unlawful conspiracies to raise the prices of critical drugs robbed consumers "
 "at pharmacy counters across America,\u201d said Assistant Attorney General Makan Delrahim of the Department of "
 "Justice\u2019s Antitrust Division.  \u201cToday\u2019s resolution marks another important step toward ensuring that "
 "competitively priced generic drugs are available to the millions of American consumers who rely on them.\u201d",
 "pharmaceuticals/generic drugs", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2020-07-23, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release on justice.gov's current site (opa/pr/<slug>). Left out: 'Skip to main "
 "content', 'Press Release', the headline (kept as `title`, as written), 'For Immediate Release', 'Office of Public "
 "Affairs', the subheading 'Fifth Company to Admit It Fixed Prices of Generic Drugs'. Cut after Delrahim's quotation "
 "paragraph, before '\u201cDuring these difficult times, ...\u201d said Acting Special Agent in Charge Steven Stuller, "
 "U.S. Postal Service Of', where the excerpt breaks off (`truncated`; the count paragraphs naming Sandoz Inc. and "
 "former Taro U.S.A. Vice President of Sales and Marketing Ara Aprahamian, known from press copies, lie past the "
 "excerpt and are not in the text). Trailing spaces the store gives the first, second and fourth paragraphs dropped. "
 "`published` 2020-07-23: the excerpt has no date line; justice.gov's case page 'U.S. v. Taro Pharmaceuticals U.S.A., "
 "Inc.' in the store lists 'Information (July 23, 2020)' and 'Deferred Prosecution Agreement (July 23, 2020)', and "
 "Law360 ('July 23, 2020 ... the U.S. Department of Justice said Thursday') dates the announcement. Kept as written: "
 "'(Taro U.S.A.)', '$205,653,218', 'the Court' (capital C), the curly quotation marks and apostrophes ('Antitrust "
 "Division\u2019s', 'Taro Pharmaceuticals U.S.A.\u2019s', 'Justice\u2019s', 'Today\u2019s'), the double spaces between "
 "sentences. 222 words. One text per matter: law360, seekingalpha, complianceweek, theglobeandmail, pymnts, "
 "globalcompetitionreview, lite.poandpo.com's copy and two spun copies (meganderr, arcadeandretro) left out; the 2021 "
 "False Claims Act settlement of Taro, Sandoz and Apotex (law360, lawstreetmedia, endpts) is a related civil matter, not "
 "to be taken with this one. Found with 'Taro Pharmaceuticals U.S.A. Inc. charged price fixing U.S. Attorney McSwain "
 "Eastern District of Pennsylvania press release Skip to main content' (rank 3; rank 1 the Antitrust Division's case "
 "page, a list of documents). " + CHECK + "'Taro Pharmaceuticals', 'Taro U.S.A', 'Aprahamian', 'Stuller', "
 "'205,653,218', the slug: 0 in the corpus files, the scripts, the notes and the pools ('Taro ' elsewhere only as a "
 "Japanese given name); 'Taro Pharmaceuticals' once in GATHERING.md (53k's untried lead); 'Sandoz' twice in "
 "GATHERING.md (Novartis history and FCPA leads, other matters); 'Delrahim' in nine corpus files (Antitrust Division "
 "merger releases, other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
