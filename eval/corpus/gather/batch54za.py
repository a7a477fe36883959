#!/usr/bin/env python3
"""Batch 54za (session 55, gatherer 54za): two US federal texts on international cartels prosecuted by the Justice
Department's Antitrust Division, each naming foreign companies and, where the text states them, executives and the
Division's officer -- the Antitrust Division's release of 24 April 1996 on a Boston federal grand jury indicting three
Japanese fax paper executives ('Kurushima, an executive with Mitsubishi Paper Mills, and Kurachi, an executive with
Kanzaki Paper Manufacturing Co. Ltd.', charged with fixing the price of thermal fax paper sold to 'a major customer,
Rittenhouse Inc.' of Park Ridge, Illinois; 'Koichi Tano, an executive with Kanzaki Paper Manufacturing Co. Ltd.',
charged separately for meeting co-conspirators 'at the offices of Kanzaki Specialty Papers Inc., located in Tarrytown,
New York'); the Division's release of 23 April 2012 on 'Tokyo-based Fujikura Ltd.' agreeing to plead guilty in Detroit
and pay a $20 million fine for fixing prices of automotive wire harnesses from January 2006 to February 2010 (Acting
Assistant Attorney General Sharis A. Pozen quoted) -- (US federal government works, 17 U.S.C. 105), a round of session
55 in the DOJ cartel-case lane after 54t, 54n, 54h and 54d (and 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f,
52q, 52h, 52f, 51z, 51t, 51n), on 54t's fax paper lead (the brief opened the matter to this lane) and the brief's
2008-2012 auto parts lead; both matters new to the corpus (every name, number and address checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes/gather55 and the session-55 pools):
  - U.S. Department of Justice, Antitrust Division press release (Wednesday, 24 April 1996; justice.gov
    archive/atr/public/press_releases/1996/228135.htm; the Office of Public Affairs copy, archive/opa/pr/1996/April96/
    188.at.htm, gives the date line): Yoshihiro Kurachi, Noburu Kurushima, Koichi Tano, Kanzaki Paper Manufacturing
    Co. Ltd., Mitsubishi Paper Mills, Kanzaki Specialty Papers Inc., Rittenhouse Inc.;
  - U.S. Department of Justice, Antitrust Division press release (Monday, 23 April 2012; justice.gov
    atr/public/press_releases/2012/282538.htm): Fujikura Ltd., Sharis A. Pozen.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,998 and 1,981
characters, in /tmp/gather55za/src by /tmp/gather55za/mk_src.py, with the head of the 1996 OPA copy for its date
line). Page chrome (the PDF/Acrobat notice, 'U.S. Department of Justice Seal and Letterhead', the date line, the
telephone lines) is left out; neither store copy holds the release's headline (1996: `title` null; 2012: the
subheading is `title`, as 54n's Odfjell record); the paragraphs are the store's blank-line blocks, each one row; each
text cut at the last full sentence before the store's excerpt breaks off; no word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch54za.py [POOL_DIR] [--dry]   (default /tmp/gather55za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rliF over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (55a-55x when first checked; rechecked "
         "before writing against every pool then present: no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55za/pool"
ATR = ("US Justice Department press release (justice.gov, Antitrust Division press releases) from the search tool "
       "page store")
R = []

# ---- thermal fax paper: three Japanese executives indicted in Boston, 24 April 1996 ----------------------------------
U1 = "https://www.justice.gov/archive/atr/public/press_releases/1996/228135.htm"
R.append(federal(
 "us-doj-atr-kanzaki-paper-mitsubishi-paper-mills-executives-kurachi-kurushima-tano-fax-paper-indictments-1996", U1,
 "1996-04-24", None,
 "WASHINGTON, D.C. \u2014 A Boston federal grand jury returned two separate indictments today charging three Japanese "
 "fax paper executives with price fixing in connection with the Department of Justice's ongoing antitrust "
 "investigation into the $120 million a year thermal fax paper market.\n\n"
 "The Department's investigation has already resulted in several individual and corporate guilty pleas, with fines "
 "totaling more than $10 million.\n\n"
 "Thermal fax paper is used primarily by small businesses and home fax machine owners who depend on low prices for "
 "their office products.\n\n"
 "Yoshihiro Kurachi and Noburu Kurushima were charged in a one-count felony indictment with conspiring to fix the "
 "price of thermal fax paper sold to a major customer, Rittenhouse Inc.\n\n"
 "According to the charges, Kurushima, an executive with Mitsubishi Paper Mills, and Kurachi, an executive with "
 "Kanzaki Paper Manufacturing Co. Ltd., met in Japan in 1991 and agreed not to discount the price of fax paper sold "
 "to Rittenhouse. As a result, Rittenhouse purchased fax paper at higher prices. Rittenhouse, located in Park Ridge, "
 "Illinois, purchased approximately $10 million of fax paper in 1991.\n\n"
 "In a separate indictment, Koichi Tano, an executive with Kanzaki Paper Manufacturing Co. Ltd., was charged with "
 "participating in a price fixing agreement from July 1991 until at least February 1992.\n\n"
 "According to the charges, Tano met with co-conspirators at the offices of Kanzaki Specialty Papers Inc., located "
 "in Tarrytown, New York, and agreed to increase the prices of fax paper sold in North America.",
 "paper/manufacturing", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release on the fax paper indictments, 1996-04-24, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 ATR,
 "The Antitrust Division's copy of the Department's 'AT' release of Wednesday 24 April 1996 (justice.gov "
 "archive/atr/public/press_releases/1996/228135.htm). Left out: the format notice ('This document is available in "
 "two formats: ... Antitrust Documents Group.'), 'U.S. Department of Justice Seal and Letterhead', '(202) 616-2771', "
 "'TDD (202) 514-1888'. The store's copy holds no headline and no date line: `title` null; `published` from the "
 "Office of Public Affairs copy of the same release (justice.gov archive/opa/pr/1996/April96/188.at.htm, 'FOR "
 "IMMEDIATE RELEASE AT / WEDNESDAY, APRIL 24, 1996', the same first sentence), confirmed by the indictment of "
 "Kurushima and Kurachi ('Filed: 4/24/96', the UNT copy of usdoj.gov atr/cases/f0600/0643.htm) and the Honshu Paper "
 "release of Friday 26 April 1996 ('Earlier this week, a Boston grand jury returned two separate indictments ...'). "
 "The OPA copy is not the source: its excerpt keeps the printed line wraps and lacks the last word of several "
 "paragraphs ('for their office' without 'products.'). The paragraphs are the store's blank-line blocks, each one "
 "row. Cut after '... fax paper sold in North America.', before 'Anne K. Bingaman, Assistant Attorney General in' "
 "(the excerpt breaks off there: `truncated`; so neither Bingaman nor the Antitrust Division is in the kept text). "
 "Kept as written: 'WASHINGTON, D.C. \u2014' (an em dash between spaces), 'Noburu', 'Kanzaki Paper Manufacturing Co. "
 "Ltd.' (twice), '$120 million a year', 'price fixing' (no hyphen), the straight apostrophes. One text per matter "
 "(the thermal fax paper investigation, 1990-1992 conspiracies, Boston): the other releases of the same "
 "investigation not taken -- Kanzaki Specialty Papers Inc., Mitsubishi Corporation, Mitsubishi International Corp. "
 "and Kazuhiko Watanabe (14 July 1994: the Attorney General's remarks, atr 1994/211892.htm; Roanoke Times/AP), "
 "Mitsubishi Paper Mills and New Oji Paper (26 September 1995: scribd copy; Roanoke Times/AP), Appleton Papers, Jujo "
 "Paper / Nippon Paper Industries, Jerry A. Wallace and Hirinori Ichida (13 December 1995: UNT copy of "
 "opa/pr/Pre_96/December95/627.txt.html, lines missing; scribd), Honshu Paper Co. (26 April 1996: "
 "opa/pr/1996/April96/193.at.htm), Cartel Digest's summary. Found with 'thermal fax paper price fixing Kanzaki Paper "
 "Manufacturing plead guilty Antitrust Division' (rank 1). " + CHECK + "'Kanzaki', 'Kurachi', 'Kurushima', "
 "'Honshu', 'Mitsubishi Paper', 'Rittenhouse', 'Tarrytown', 'fax paper', '228135' only in GATHERING's and the "
 "54t/54g/54a notes' not-used and lead lines for this very matter (54g: 'Kanzaki / Mitsubishi Paper Mills / Honshu / "
 "New Oji (fax paper, 1994-1996: an international cartel, 54h's lane)'; 54t: left 'for the lead to decide'; this "
 "round's brief opened it to this lane), in no corpus file; 'Koichi Tano', 'Park Ridge', '188.at': 0.",
 True))

# ---- Fujikura Ltd., automotive wire harnesses, 23 April 2012 ---------------------------------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/2012/282538.htm"
T2 = "Company Agrees to Pay $20 Million Criminal Fine"
R.append(federal(
 "us-doj-atr-fujikura-tokyo-automotive-wire-harnesses-price-fixing-plea-detroit-2012", U2,
 "2012-04-23", T2,
 "WASHINGTON \u2014 Tokyo-based Fujikura Ltd. has agreed to plead guilty and to pay a $20 million criminal fine for its "
 "role in a conspiracy to fix prices of automotive wire harnesses and related products installed in U.S. cars, the "
 "Department of Justice announced today.\n\n"
 "According to a one-count felony charge filed today in the U.S. District Court for the Eastern District of Michigan "
 "in Detroit, Fujikura engaged in a conspiracy to rig bids for and to fix, stabilize and maintain the prices of "
 "automotive wire harnesses and related products sold to an automaker in the United States and elsewhere. According "
 "to the charge, Fujikura\u2019s involvement in the conspiracy lasted from at least as early as January 2006 until at "
 "least February 2010. According to the plea agreement, which is subject to court approval, Fujikura has agreed to "
 "pay a criminal fine and to cooperate with the department\u2019s ongoing investigation.\n\n"
 "\u201cThe Antitrust Division will remain vigilant in its efforts to detect and prosecute anticompetitive conduct in "
 "this important industry, which affects virtually every American consumer,\u201d said Acting Assistant Attorney "
 "General Sharis A. Pozen in charge of the Department of Justice\u2019s Antitrust Division. \u201cThe division has "
 "focused its enforcement efforts in industries essential to consumers\u2019 everyday lives, and we, along with our law "
 "enforcement partners, have been successful in bringing to justice companies and executives engaged in illegal "
 "price fixing conspiracies.\u201d",
 "autos/auto parts", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release on Fujikura Ltd.'s plea ('" + T2 + "'), "
 "2012-04-23, US federal government work (public domain); text from the search tool's page store at " + U2,
 ATR,
 "The Antitrust Division's page of the release of Monday 23 April 2012 (justice.gov "
 "atr/public/press_releases/2012/282538.htm). Left out: the format notice ('This document is available in three "
 "formats: ... Antitrust Documents Group.'), 'U.S. Department of Justice Seal and Letterhead', the date line 'MONDAY, "
 "APRIL 23, 2012' (used for `published`), '(202) 514-2007', 'TTY (866) 544-5309'. The store's copy holds no headline; "
 "the subheading 'Company Agrees to Pay $20 Million Criminal Fine' kept as `title` (**doubtful**; 54n's Odfjell "
 "record did so; null would also do). The paragraphs are the store's blank-line blocks, each one row. Cut after "
 "'... engaged in illegal price fixing conspiracies.\u201d', before 'To date, including Fujikura, eig' (the excerpt "
 "breaks off there: `truncated`). Kept as written: 'WASHINGTON \u2014' (an em dash between spaces), 'Fujikura\u2019s', "
 "'department\u2019s', 'Justice\u2019s', 'consumers\u2019' (curly apostrophes), the curly quotation marks, 'said "
 "Acting Assistant Attorney General Sharis A. Pozen in charge of ...' (word order as printed). One text per matter "
 "(the auto parts investigation's wire harness conspiracy, Detroit): the other releases of the investigation not "
 "taken -- Furukawa Electric Co. Ltd. and Junichi Funo, Hirotsugu Nagata, Tetsuya Ukai (29 September 2011: the OPA "
 "release only as an OCR'd court exhibit on docketalarm, garbled; Reuters, Crain's Detroit, just-auto, "
 "plasticstoday), Yazaki Corp., Denso Corp. and four Yazaki executives (30 January 2012: Crain's, kentucky.com, "
 "autoblog, a garbled copy on churchofbeliefscience.org -- no first-party page came back in two queries), G.S. "
 "Electech Inc. (2012: justice.gov opa page without a date line; autoinformed; its executive Shingo Okuda 2013-2014), "
 "the Fujikura executives Fukudome and Nagashima (19 September 2013: enewspf copy), Denso's Suzuki and Watanabe "
 "(2013: Reuters, Crain's), rubbernews' and Crain's reports of this plea. Found with 'Fujikura Ltd agrees to plead "
 "guilty automotive wire harnesses fine Justice Department 2012' (rank 1). " + CHECK + "'Fujikura', 'wire harness', "
 "'282538': 0; 'Furukawa', 'Yazaki', 'Denso' only in GATHERING's and 54d's not-used lines (news and blog copies) and "
 "one unrelated corpus file (Yazaki as a Boeing 787 supplier); 'Pozen' in one corpus file on another matter (test "
 "us-doj-cumulus-media-citadel-broadcasting-divest-radio-stations-2011: the same official); 'Eastern District of "
 "Michigan' only in other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
