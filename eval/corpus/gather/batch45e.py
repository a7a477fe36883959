#!/usr/bin/env python3
"""Batch 45e (session 46, gatherer 45e): outages with a NAMED provider told in US federal public-domain texts
(17 U.S.C. 105), a round of session 46 in the federal outage lane (batches 17a, 17c, 39s, 40d; the congressional
press releases of batch 17a), sent to outages the corpus did not hold after the VOA and FCC routes came back empty --
a US Senator's press release on the Connecticut Congressional delegation's letter to the state's Public Utilities
Regulatory Authority:
  - over 600,000 people in Connecticut still without electricity after Tropical Storm Isaias, Eversource having
    underestimated the worst case 'by over half, initially leaving over 700,000 people without power'; the
    delegation backing PURA's investigation into Eversource and United Illuminating (murphy.senate.gov, August 2020
    by its content; the page as held carries no date).
Text is the search tool's page-store excerpt (corpus `pages`). The excerpt holds no heading, date line or site
chrome (title null); cut where the excerpt breaks off inside a sentence. No word added or changed. Written before
any extractor ran on the text (newskg was not run on it).
usage: batch45e.py [POOL_DIR] [--dry]   (default /tmp/gather46e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46e/pool"
ORIGIN = "US Senator's press release (senate.gov) from the search tool page store"
CHECK = ("Checked before annotation, by its names, places and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script and the session-46 pools /tmp/gather46*/pool: ")
R = []

# ---- Eversource / Isaias, the Connecticut delegation's letter to PURA (murphy.senate.gov, August 2020) --------------
U1 = ("https://murphy.senate.gov/newsroom/press-releases/ct-lawmakers-praise-pura-for-timely-investigation-into-"
      "eversources-lack-of-preparedness-amid-power-outages-across-ct-following-tropical-storm-isaias")
R.append(federal(
 "us-senate-murphy-ct-delegation-letter-pura-eversource-isaias-outages-2020", U1, None, None,
 "HARTFORD\u2014As over 600,000 people in Connecticut continue to go without electricity due to damages caused by "
 "Tropic Storm Isaias, U.S. Senators Chris Murphy (D-Conn.) and Richard Blumenthal (D-Conn.), along with U.S. "
 "Representatives John Larson (CD-1), Rosa DeLauro (CD-3), Joe Courtney (CD-2), Jim Himes (CD-4) and Jahana Hayes "
 "(CD-5), on Thursday wrote a letter to Connecticut Public Utilities Regulatory Authority (PURA) in support of their "
 "recently launched investigation into the preparedness of Eversource and United Illuminating (UI) ahead of the "
 "storm. In the letter, the Connecticut Congressional delegation noted reports that Eversource underestimated the "
 "worst case scenario by over half, initially leaving over 700,000 people without power. In addition, the "
 "delegation requested that PURA examine whether additional rate hikes after the 2011 Nor\u2019easter were invested "
 "properly, noting Connecticut\u2019s already high electricity rates.\n\n"
 "\u201cAs residents across the state reel from the effects of Tropical Storm Isaias, we write in support of your "
 "timely decision to open a comprehensive investigation into the preparation and planning by Eversource and United "
 "Illuminating (UI). We are exasperated and frustrated with facing the same delayed response by Connecticut "
 "utilities this year as we have endured during the October 2011 snowstorm, Hurricane Irene, and Superstorm "
 "Sandy,\u201d said the delegation.\n\n"
 "The delegation continued: \u201cThis hurricane season will undoubtedly bring more storms to our cities and towns, "
 "so now more than ever, Connecticut residents have a right to know whether these companies are meeting the "
 "standards set by PURA for thoroughly preparing, and quickly responding to, a significant weather event.\u201d\n\n"
 "\u201cAdditionally, we urge you to examine whether the additional rate increases for resilience and hardening the "
 "Public Utilities Regulatory Authority approved in the wake of the October 2011 Nor'easter were spent in the most "
 "effective manner.",
 "energy/utilities", "outage,regulation",
 "Office of U.S. Senator Chris Murphy, press release on the Connecticut Congressional delegation's letter to the "
 "Connecticut Public Utilities Regulatory Authority about Eversource and United Illuminating after Tropical Storm "
 "Isaias (its heading and date are not in the stored text; August 2020 by its content), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 ORIGIN,
 "A press release of U.S. Senator Chris Murphy's office on senate.gov (a work of a Member of Congress's staff in "
 "their official duties: a US federal work, public domain, as batch 17a's and the corpus's other congressional "
 "releases, e.g. the Cruz CenterPoint letter). `published` null: the stored excerpt opens at the dateline 'HARTFORD' "
 "and carries no date, and the address holds none (by its content the letter is of Thursday 6 August 2020 -- the "
 "storm struck on 4 August 2020 per the delegation's other release, and Rep. Larson's page dates 519,000 Eversource "
 "customers out 'As of 1:45 P.M. Thursday, August 6th' -- but nothing in this text fixes it, so 'on Thursday' stays "
 "unresolved; doubtful: the lead may set 2020-08-06). `title` null: no heading in the stored text (the address slug "
 "reads 'ct lawmakers praise pura for timely investigation into eversources lack of preparedness amid power outages "
 "across ct following tropical storm isaias'; not used as a title since its casing and punctuation are not known). "
 "Cut after '... in the most effective manner.', before 'Connecticut already ', where the excerpt breaks off "
 "(`truncated`; the quotation's closing mark is lost with the rest). Kept as written: 'Tropic Storm Isaias' (the "
 "release's own slip, beside 'Tropical Storm Isaias' in the quotation), the em dash of 'HARTFORD\u2014As', 'Nor\u2019easter' "
 "(curly) beside 'Nor'easter' (straight), 'Connecticut\u2019s', the curly double quotes. 286 words. One text per event: "
 "the delegation's letter to President Trump of the same week (murphy.senate.gov, 'On August 4, 2020, Tropical "
 "Storm Isaias tore through our state, leaving nearly a quarter of our state's population without power'; names no "
 "utility's failure: 'Our two utilities are projecting ...') and Rep. John Larson's undated resources page "
 "(larson.house.gov, '519,000 Eversource customers without service') left out; a doingitlocal.com copy of Senator "
 "Blumenthal's statement after meeting Eversource's CEO James Judge (a third-party copy, about 150 words), Rep. Jim "
 "Himes's PURA testimony (doingitlocal.com copy), Connecticut legislators' pages (housedems.ct.gov, "
 "senatedems.ct.gov, ctsenaterepublicans.com, cthousegop.com: state texts under no licence the corpus uses) and news "
 "(courant.com, nbcconnecticut.com, theday.com, wtnh.com, wfsb.com, fox61.com) not used. Found with "
 "'Congressman statement Eversource power restoration Isaias unacceptable house.gov Himes Courtney DeLauro Hayes' "
 "(rank 8) and 'Murphy Blumenthal Larson DeLauro Courtney Himes Hayes letter PURA Eversource United Illuminating "
 "preparedness Tropic Storm Isaias' (rank 1). "
 + CHECK + "'Eversource', 'United Illuminating', 'Public Utilities Regulatory Authority', 'Jahana Hayes', 'Rosa "
 "DeLauro', 'Joe Courtney', 'Jim Himes', 'John Larson', 'Chris Murphy', 'Nor'easter', 'murphy.senate.gov': 0 in "
 "corpus files, scripts and pools ('Eversource' twice in GATHERING.md, both in 'not found'/lead lines: batch 37q's "
 "Wikipedia utility round, batch 42d's federal round); 'Isaias' only in train wp-long-island-lighting-company (its gold's one outage is Hurricane Gloria, 1985; "
 "Isaias in batch 37q's not-used line); 'PURA' only inside another word of a test Wikipedia text and batch 34m's "
 "scripts; 'Hurricane Irene' only a test NPS Morning Report on Cape Hatteras (2011; another event, named here only "
 "as a past storm); 'Superstorm Sandy' only GATHERING.md and batch43f.py.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
