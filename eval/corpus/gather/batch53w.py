#!/usr/bin/env python3
"""Batch 53w (session 54, gatherer 53w): two US federal texts on cartel cases announced by the Justice Department's
Antitrust Division -- the Division's release on a Philadelphia grand jury indicting Ishihara Sangyo Kaisha Ltd. (ISK
Japan) of Osaka and three of its executives (its president during the charged period, a senior managing director who
also chaired its U.S. subsidiary ISK Magnetics Inc., and a deputy general manager) for fixing the prices of magnetic
iron oxide (MIO) particles (25 July 2001); the Division's release on a Philadelphia grand jury adding a price-fixing
count on carbon products to the obstruction charges against Ian P. Norris, the former chief executive of The Morgan
Crucible Company plc (2003, day not given) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in
the DOJ cartel-case lane after 53u (and 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the
corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the
notes of /work/notes/gather54 and the session-54 pools). Both releases are older than the lane's 2004-2009 span: 53u's
leads named magnetic iron oxide, and no 2004-2009 release naming executives and their companies came back as a
justice.gov page in nineteen queries (see the section) -- first-party federal text, as the search tool's page store
holds it:
  - U.S. Department of Justice, Antitrust Division press release (no headline in the store's excerpt; 25 July 2001):
    Ishihara Sangyo Kaisha Ltd. (ISK Japan), Takashi Akizawa, Atuso Kinoshita, Yoshiaki Tsujimura, ISK Magnetics Inc.,
    the U.S. District Court in Philadelphia (justice.gov's 'atr/public/press_releases/2001/8667.htm');
  - U.S. Department of Justice, Antitrust Division press release (no headline or date in the store's excerpt; 2003 by
    its folder): The Morgan Crucible Company plc (Morgan), Ian P. Norris, the U.S. District Court in Philadelphia
    (justice.gov's 'atr/public/press_releases/2003/201373.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54w/src).
Page chrome (the Division pages' 'This document is available in two formats: ...' paragraph, 'U.S. Department of
Justice Seal and Letterhead', the date line 'WEDNESDAY, JULY 25, 2001' (used for `published`), '(202) 514-2007', 'TDD:
(202) 514-1888' / 'TDD (202) 514-1888') is left out; neither excerpt shows a headline (`title` null); no word added or
changed; the store's paragraphs joined by a blank line (the MIO list's five bullet items kept as five paragraphs, each
opening with the store's bullet and a space, the store's two-space indent dropped); each text cut at the last full
sentence before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch53w.py [POOL_DIR] [--dry]   (default /tmp/gather54w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54v when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54w/pool"
R = []

# ---- Ishihara Sangyo Kaisha Ltd. and three executives indicted (MIO), Antitrust Division, 25 July 2001 ---------------
U1 = "http://www.justice.gov/atr/public/press_releases/2001/8667.htm"
R.append(federal(
 "us-doj-atr-ishihara-sangyo-kaisha-isk-magnetics-three-executives-mio-price-fixing-indictment-2001", U1,
 "2001-07-25", None,
 "WASHINGTON, D.C. -- A federal grand jury in Philadelphia today indicted a Japanese manufacturer of magnetic iron "
 "oxide (MIO) particles and three of its executives for conspiring to fix prices and allocate customers for the sale "
 "of MIO particles in the United States and elsewhere from 1991 to 1998, announced the Department of Justice.\n\n"
 "MIO particles form a powder that is used to coat polyester film base in the manufacture of video and audio tapes. "
 "The MIO particles give the tapes their magnetic quality to pick up sound and images. Sales of MIO particles in the "
 "United States during the conspiracy period were in excess of $200 million.\n\n"
 "According to a one-count felony indictment, filed in U.S. District Court in Philadelphia, Ishihara Sangyo Kaisha "
 "Ltd. (ISK Japan), of Osaka, Japan, and three of its executives -- Takashi Akizawa, president during the charged "
 "period; Atuso Kinoshita, Senior Managing Director and also Chairman of its U.S. subsidiary, ISK Magnetics Inc. "
 "(previously located in Bethlehem, Pennsylvania); and Yoshiaki Tsujimura, Deputy General Manager -- along with "
 "co-conspirators, formed and carried out the conspiracy to fix prices and allocate customer for sale of MIO "
 "particles by:\n\n"
 "\u2022 meeting to discuss the price of MIO particles;\n\n"
 "\u2022 agreeing to charge prices at specified levels;\n\n"
 "\u2022 agreeing to allocate customers among the conspirators;\n\n"
 "\u2022 implementing agreed-upon prices; and\n\n"
 "\u2022 issuing price announcements and price quotations in accordance with agreements reached.",
 "chemicals/magnetic recording materials", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (no headline in the excerpt), 2001-07-25, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Antitrust Division) from the search tool page store",
 "The Antitrust Division's release on justice.gov's older site (atr/public/press_releases/2001/8667.htm). Left out: "
 "'This document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', the date line 'WEDNESDAY, JULY 25, 2001', '(202) 514-2007', 'TDD: (202) 514-1888'. The "
 "excerpt shows no headline (`title` null). The dateline 'WASHINGTON, D.C. --' is kept (it opens the first "
 "paragraph). The five-item list is kept as the store gives it, each item its own paragraph opening with the bullet "
 "(U+2022) and a space (the store's two leading spaces dropped). Cut after '... in accordance with agreements "
 "reached.', before '\"Today's case is another example of the Division's commitment to pursue', where the excerpt "
 "breaks off (`truncated`). `published` 2001-07-25: the page's own date line. Kept as written: the double hyphens "
 "(dateline and the parenthesis around the three executives), 'Atuso Kinoshita' (so spelled), 'allocate customer for "
 "sale' (so written), the capitals of 'Senior Managing Director', 'Chairman' and 'Deputy General Manager', the single "
 "spaces between sentences. 233 words (whitespace-split). Older than the lane's 2004-2009 span (53u's leads named the "
 "matter). One text per matter (the MIO investigation): ISK's 2003 plea and William L. Girvin's 2001 plea (carteldigest "
 "lists both) are not taken; carteldigest (a digest) left out. Found with 'Department of Justice Seal magnetic iron "
 "oxide price fixing executive plead guilty' (rank 5). " + CHECK + "'Ishihara Sangyo', 'ISK Magnetics', 'Akizawa', "
 "'Kinoshita', 'Tsujimura', 'magnetic iron', 'Girvin', '8667': 0 in the corpus files, the scripts and the pools; "
 "'magnetic iron oxide' in GATHERING.md only in 53u's leads; 'Ishihara' in one dev file and GATHERING.md only as "
 "Japan's transport minister Nobuteru Ishihara (another matter).",
 True))

# ---- Ian P. Norris, former CEO of The Morgan Crucible Company plc, superseding indictment, Antitrust Division, 2003 ---
U2 = "http://www.justice.gov/atr/public/press_releases/2003/201373.htm"
R.append(federal(
 "us-doj-atr-morgan-crucible-former-ceo-norris-carbon-products-price-fixing-superseding-indictment-2003", U2,
 None, None,
 "WASHINGTON, D.C. \u2014 A Philadelphia federal grand jury today returned a superseding indictment against the "
 "former Chief Executive Officer of The Morgan Crucible Company plc (Morgan), a United Kingdom corporation, adding the "
 "charge of price fixing on electrical and mechanical carbon products to the previous charges of obstructing the "
 "grand jury investigation of that price-fixing conspiracy, the Department of Justice announced.\n\n"
 "Ian P. Norris, former Chief Executive Officer of Morgan and a resident of the United Kingdom, was charged in U.S. "
 "District Court in Philadelphia with one count of price fixing, in addition to the obstruction counts returned on "
 "September 24, 2003.\n\n"
 "The price-fixing charge involves six types of electrical and mechanical carbon products: (1) carbon current "
 "collectors; (2) carbon brushes sold to original equipment manufacturers for automotive applications; (3) "
 "traction-transit carbon brushes; (4) industrial carbon brushes for use in battery-operated vehicles; (5) carbon "
 "brushes sold to original equipment manufacturers for use in consumer products; and (6) mechanical carbon products "
 "for use in pump and compressor industries. According to the charge, from late 1989 until at least May 2000, Norris "
 "engaged in the price-fixing conspiracy that was carried out in the United States for periods that varied by "
 "product market segment. Carbon brushes are used to transfer electrical current in direct current motors by acting "
 "as the rubbing contacts for electrical connectors in motors.",
 "industrial products/carbon products", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (no headline or date in the excerpt), 2003, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, Antitrust Division) from the search tool page store",
 "The Antitrust Division's release on justice.gov's older site (atr/public/press_releases/2003/201373.htm). Left out: "
 "'This document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888'. The excerpt shows no headline (`title` null) "
 "and no date line. The dateline 'WASHINGTON, D.C. \u2014' is kept (it opens the first paragraph). Cut inside the "
 "third paragraph after '... as the rubbing contacts for electrical connectors in motors.', before 'Direct current "
 "motors are used in a variety of products including automobiles, battery-electric', where the excerpt breaks off "
 "(`truncated`). `published` null: the release is filed under 2003 and speaks of the obstruction counts 'returned on "
 "September 24, 2003', so it came out between 25 September and 31 December 2003, but no source in the store gives its "
 "day (the 2004 second superseding indictment, filed 28 September 2004, is a later paper; the 2010 verdict release's "
 "'In 2004, a federal grand jury indicted Norris' names that one); 'today' is therefore not resolved. Kept as "
 "written: the em dash of the dateline, the capitals of 'Chief Executive Officer', the numbered list inside the "
 "paragraph, the single spaces between sentences. 224 words (whitespace-split). Older than the lane's 2004-2009 span. "
 "One text per matter (the carbon-products investigation): the 2002 pleas of Morganite Inc. and The Morgan Crucible "
 "Company plc, the 2004 second superseding indictment, the 2010 verdict (citymortgages copy) and the 2010 sentencing "
 "(justice.gov opa) are the same matter and are not taken; scribd and UNT court papers, pepperlaw and antitrustlawblog "
 "left out. Found with 'U.S. Department of Justice Seal and Letterhead former chief executive Morgan Crucible "
 "indicted price fixing carbon products Ian Norris' (rank 3). " + CHECK + "'Morgan Crucible', 'Morganite', 'carbon "
 "brushes', '201373': 0 in the corpus files, GATHERING.md, the scripts and the pools; 'Norris' in three corpus files "
 "(other people: FERC's Norris, a Hansard answer, an SEC text) and in GATHERING.md only for them.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
