#!/usr/bin/env python3
"""Batch 53t (session 54, gatherer 53t): two US federal texts on corporate cases announced by the Justice Department --
the Office of Public Affairs' archived release on eight executives of marine hose makers and one consultant's firm
arrested in Houston and San Francisco and charged with rigging bids, fixing prices and allocating markets for United
States sales of marine hose, each named with his post and company (Dunlop Oil & Marine Ltd., Trelleborg Industrie S.A.
and its Industrial Hose Business Unit, Parker ITR slr, Manuli Rubber Industries SpA, Bridgestone Corporation, PW
Consulting (Oil & Marine) Ltd.) (2 May 2007); the Antitrust Division's release on Joseph B. Eisenberg, 'a former
executive of Crompton Corporation' and 'Crompton's Executive Vice President for Performance Chemicals and Elastomers',
agreeing to plead guilty to fixing rubber-chemicals prices (15 September 2004) -- (US federal government works, 17
U.S.C. 105), a round of session 54 in the DOJ corporate-case lane after 53r (and 53k, 53f, 52q, 52h, 52f, 51z, 51t,
51n), on corporate matters new to the corpus (every name, number and address checked first against the corpus files,
GATHERING.md, the gather scripts, the notes of /work/notes and the session-54 pools) -- first-party federal text, as the
search tool's page store holds it:
  - U.S. Department of Justice (Office of Public Affairs' archive), 'Eight Executives Arrested on Charges of Conspiring
    to Rig Bids, Fix Prices, and Allocate Markets for Sales of Marine Hose' (2 May 2007): Peter Whittle, PW Consulting
    (Oil & Marine) Ltd., Bryan Allison and David Brammar of Dunlop Oil & Marine Ltd., Jacques Cognard and Christian
    Caleca of Trelleborg Industrie S.A., Vanni Scodeggio of Parker ITR slr, Francesco Scaglia of Manuli Rubber
    Industries SpA, Misao Hioki of Bridgestone Corporation, the Defense Criminal Investigative Service (justice.gov's
    'archive/opa/pr/2007/May/07_at_322.html');
  - U.S. Department of Justice, Antitrust Division press release (no headline in the excerpt) on Joseph B. Eisenberg
    of Crompton Corporation (15 September 2004): Crompton Corporation, R. Hewitt Pate, the Antitrust Division
    (justice.gov's 'atr/public/press_releases/2004/205419.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54t/src).
Page chrome (the archive's 'Department of Justice Seal Department of Justice', the Division's 'This document is
available in three formats ...' note and 'U.S. Department of Justice Seal and Letterhead', the '(202) 514-2007' and
'TDD (202) 514-1888' lines) and the marine hose headline (kept as `title`, its three printed lines joined with a space)
are left out; no word added or changed; the store's paragraphs joined by a blank line; each text cut at the last full
paragraph before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch53t.py [POOL_DIR] [--dry]   (default /tmp/gather54t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-54 pools /tmp/gather54*/pool (54a-54s when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54t/pool"
R = []

# ---- marine hose: eight executives arrested, Office of Public Affairs (archive), 2 May 2007 --------------------------
U1 = "https://www.justice.gov/archive/opa/pr/2007/May/07_at_322.html"
T1 = ("Eight Executives Arrested on Charges of Conspiring to Rig Bids, Fix Prices, and Allocate Markets for Sales of "
      "Marine Hose")
R.append(federal(
 "us-doj-opa-marine-hose-eight-executives-arrested-dunlop-trelleborg-parker-itr-manuli-bridgestone-2007", U1,
 "2007-05-02", T1,
 "WASHINGTON \u2014 Eight executives from the United Kingdom (U.K.), France, Italy, and Japan were arrested today in "
 "Houston and San Francisco and charged for their role in a conspiracy to rig bids, fix prices, and allocate markets for "
 "United States sales of marine hose used to transport oil, the Department of Justice announced today.\n\n"
 "A criminal complaint was unsealed today in U.S. District Court in Miami, against four executives: Peter Whittle, owner "
 "of the U.K.-based consulting firm PW Consulting (Oil & Marine) Ltd.; Bryan Allison, managing director, and David "
 "Brammar, sales and marketing director, both of the U.K. company Dunlop Oil & Marine Ltd.; and Jacques Cognard, the oil "
 "and marine manager of Trelleborg Industrie S.A. in France.\n\n"
 "A separate criminal complaint was filed late last night in U.S. District Court in Ft. Lauderdale, Fla. against four "
 "executives: Christian Caleca, the president of the Industrial Hose Business Unit of Trelleborg Industrie S.A. in "
 "France; Vanni Scodeggio, a business unit manager at Parker ITR slr in Italy; Francesco Scaglia, a product manager at "
 "Manuli Rubber Industries SpA in Italy; and Misao Hioki, an executive involved in the sale of marine hose for "
 "Bridgestone Corporation in Japan. According to the criminal complaints, the charged executives participated in the "
 "conspiracy at various times during the period from at least 1999 to the present.\n\n"
 "Simultaneous with today\u2019s arrests, agents of the Defense Criminal Investigative Service (DCIS) of the Department "
 "of Defense\u2019s Office of Inspector General executed search warrants at locations across the U.S. While those "
 "searches were being conducted, competition authorities abroad, the Office of Fair Trading in the U.K. and the "
 "European Commission, executed search warrants in Europe.",
 "industrial manufacturing/marine hose", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2007-05-02, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov archive, Office of Public Affairs) from the search tool page store",
 "The release on justice.gov's archive of the Office of Public Affairs (archive/opa/pr/2007/May/07_at_322.html; '_at_' "
 "marks an Antitrust Division release). Left out: 'Department of Justice Seal Department of Justice', '(202) 514-2007', "
 "'TDD (202) 514-1888', the headline (kept as `title`, its three printed lines joined with a space, as written). The "
 "dateline 'WASHINGTON \u2014' is kept (it opens the first paragraph). Cut after '... executed search warrants in "
 "Europe.', before '\u201cTo', where the excerpt breaks off (`truncated`). `published` 2007-05-02: the excerpt has no "
 "date line; the Division's later release on the indictment of Francesco Scaglia and Val M. Northcutt (webwire's copy: "
 "'Scaglia and seven other individuals were arrested in Houston and San Francisco on May 2, 2007') dates the arrests "
 "the release calls 'today'. Kept as written: the em dash of the dateline, 'Parker ITR slr' (lower case, as printed), "
 "'Ft. Lauderdale, Fla.', 'today\u2019s' and 'Defense\u2019s' (curly apostrophes), the single spaces between "
 "sentences. 275 words (whitespace-split). One text per matter: akingump, theengineer, antitrustadvisors, ogj, lexology (two), "
 "antitrustlawyerblog, marinelink and webwire (later stages of the same investigation: the December 2007 Dunlop pleas, "
 "the Scaglia/Northcutt indictment, the 2008 Dunlop and Manuli pleas, Parker ITR's 2010 plea, Bridgestone's 2011 plea) "
 "left out. Found with 'marine hose conspiracy Parker ITR Trelleborg Industrie Dunlop Oil & Marine Manuli executives "
 "plead guilty Antitrust Division' (rank 8). " + CHECK + "'marine hose', 'Whittle', 'PW Consulting', 'Brammar', "
 "'Cognard', 'Caleca', 'Scodeggio', 'Parker ITR', 'Manuli', 'Trelleborg', 'Dunlop Oil', '07_at_322': 0 in the corpus "
 "files, the scripts, the notes and the pools; 'Scaglia' once in a dev file (another person) and one script (other "
 "matters); 'marine hose' and 'Hioki' in GATHERING.md only in 52f's and 52h's not-used lines (Bridgestone's 2011 plea "
 "and Hioki's 2008 plea, no first-party page then: other stages, not taken).",
 True))

# ---- Crompton Corporation / Joseph B. Eisenberg, Antitrust Division, 15 September 2004 -------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/2004/205419.htm"
R.append(federal(
 "us-doj-atr-crompton-former-executive-vice-president-eisenberg-rubber-chemicals-plea-2004", U2,
 "2004-09-15", None,
 "WASHINGTON, D.C. \u2014 Joseph B. Eisenberg, a former executive of Crompton Corporation, a U.S. manufacturer of rubber "
 "chemicals based in Middlebury, Connecticut, has agreed to plead guilty to participating in an international "
 "conspiracy to fix prices in the rubber chemicals market, the Department of Justice announced today.\n\n"
 "In a felony case filed in U.S. District Court in San Francisco, Eisenberg was charged with fixing the prices of "
 "certain rubber chemicals sold in the United States and elsewhere from 1995 until 2000. Eisenberg was Crompton's "
 "Executive Vice President for Performance Chemicals and Elastomers during the majority of the time he participated in "
 "the conspiracy. Under the plea agreement, which must be approved by the court, Eisenberg has agreed to assist the "
 "government in its ongoing rubber chemicals investigation.\n\n"
 "Rubber chemicals are a group of additives used to improve the elasticity, strength, and durability of rubber "
 "products, such as tires, outdoor furniture, hoses, belts, and footwear. Approximately $1 billion of rubber chemicals "
 "are sold annually in the United States.\n\n"
 "\"The wide range of products that contain rubber chemicals illustrates the magnitude of harm a price-fixing scheme in "
 "this industry has on American businesses and consumers,\" said R. Hewitt Pate, Assistant Attorney General in charge "
 "of the Department's Antitrust Division. \"Corporate executives who engage in price fixing will not escape "
 "prosecution.\"",
 "chemicals/rubber chemicals", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release on Joseph B. Eisenberg of Crompton Corporation, "
 "2004-09-15, US federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, Antitrust Division) from the search tool page store",
 "The Antitrust Division's release on justice.gov's older site (atr/public/press_releases/2004/205419.htm). Left out: "
 "'This document is available in three formats: ... please contact the Antitrust Documents Group.', 'U.S. Department "
 "of Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888'. The excerpt holds no headline: `title` null "
 "(as 42g's). The dateline 'WASHINGTON, D.C. \u2014' is kept (it opens the first paragraph). Cut after Pate's quotation "
 "paragraph, before 'The former Crompton executive was charged with carrying out the conspiracy with his "
 "co-conspirators by:' and its bullet list, which the excerpt breaks off in ('\u2022 Participating in meetings and') "
 "(`truncated`). `published` 2004-09-15: the excerpt has no date line; Rubber & Plastics News ('WASHINGTON (Sept. "
 "15)\u2014Former Crompton Corp./Uniroyal Chemical executive Joseph B. Eisenberg has agreed to plead guilty ...', its "
 "address dated 20040915) dates the announcement the release calls 'today'. Kept as written: the em dash of the "
 "dateline, the straight quotation marks and apostrophes ('Crompton's', 'Department's'), 'Executive Vice President' "
 "(capitals), the single spaces between sentences. 218 words (whitespace-split). One text per matter: rubbernews (two: Eisenberg's and "
 "James J. Conway's pleas), cen.acs (two), lubesngreases and Crompton's own release on sec.gov (the company's March 2004 "
 "plea, a related matter) left out. Found with 'Crompton Corporation Flexsys rubber chemicals price-fixing plead "
 "guilty executive Department of Justice announced today' (rank 7). " + CHECK + "'Crompton', 'Uniroyal', "
 "'rubber chemicals', 'Middlebury', '205419': 0 in the corpus files, GATHERING.md, the scripts, the notes and the "
 "pools; 'Eisenberg' in one test file and one script (other people); 'R. Hewitt Pate' in six corpus files (Antitrust "
 "Division merger releases, other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
