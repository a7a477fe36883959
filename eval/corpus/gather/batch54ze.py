#!/usr/bin/env python3
"""Batch 54ze (session 55, gatherer 54ze): three US federal texts on domestic cases announced by the Justice
Department's Antitrust Division in 1994 and 1995 -- the Division's release of 25 March 1994 on Seafood Inc. of
Henderson, Louisiana, charged in Lafayette with fixing the prices paid for crawfish bought from Louisiana fishermen and
crawfish farmers, and on 'Charles J. Friedman, the owner of Seafood Inc.', who pleaded guilty to obstruction of
justice (Anne K. Bingaman in indirect speech); the Division's release of 16 May 1995 on 'William H. Nehill of Orchard
Park, New York, and his firm, Exolon-ESK Company of Tonawanda, New York', indicted in Alexandria, Virginia for a false
statement in a bid to buy surplus aluminum oxide from the Department of Defense's Defense Logistics Agency; the Office
of Public Affairs' release of 1 June 1995 on TD Materials Inc., Pioneer Aluminum Inc., Tiernay Metals, 'John P.
Cassel, president of Pioneer Aluminum Inc.' and 'William A. Steinmetz, principal owner of Tiernay Metals', charged in
Los Angeles with fixing the price of small press hard alloy aluminum extrusions used in airplanes -- (US federal
government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54y (and 54s, 54m, 54g,
54a, 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the
corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the
notes of /work/notes/gather54 and /work/notes/gather55 and the session-54 and session-55 pools). International
cartels are left to other lanes. First-party federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Antitrust Division press release (25 March 1994; justice.gov atr/public/
    press_releases/1994/211799.htm; the date line 'FRIDAY, MARCH 25, 1994' in the page; no headline in the stored
    page, `title` null): Seafood Inc., Charles J. Friedman, Anne K. Bingaman, the U.S. Department of Agriculture's
    Office of Inspector General; the whole release (1,984 characters, under the store's 2,000: not truncated);
  - U.S. Department of Justice, Antitrust Division press release (16 May 1995; justice.gov atr/public/press_releases/
    1995/0220.htm; the date line 'TUESDAY, MAY 16, 1995' in the excerpt; no headline in the stored page, `title`
    null): Exolon-ESK Company, William H. Nehill, the Department of Defense, the Defense Logistics Agency;
  - U.S. Department of Justice, Office of Public Affairs release 'AT' (1 June 1995; usdoj.gov opa/pr/Pre_96/June95/
    310.txt.html as the UNT End of Term 2008 web archive keeps it; the date line 'THURSDAY, JUNE 1, 1995' in the
    excerpt; the headline 'THREE CALIFORNIA COMPANIES AND TWO EXECUTIVES CHARGED WITH PRICE / FIXING ON ALUMINUM PARTS
    USED IN CONSTRUCTING AIRPLANES' kept as `title`, its two rows joined): TD Materials Inc., Pioneer Aluminum Inc.,
    Tiernay Metals, John P. Cassel, William A. Steinmetz.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55ze/src
by /tmp/gather55ze/save_src.py -- Exolon-ESK and the extrusions release exactly 2,000 characters, the store's excerpt
length, Seafood Inc. 1,984, the whole page -- a check on the transcription; `verify()` below checks that each kept
block and the title occur once in the saved excerpt, whitespace runs compared as one space). Page chrome (the 'two
formats' paragraph, 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line -- used
for `published` --, 'AT', the phone and TDD lines) is left out. The two atr pages' paragraphs are the store's
blank-line blocks, each one row; the plain-text OPA page's line wraps are joined by one space (its paragraphs begin
with an indent; the list of defendants kept one item a line, its '--' signs as printed, the indents and trailing
spaces dropped, the double spaces after two full stops kept). Each truncated text is cut at the last full sentence
before the store's excerpt breaks off. No word added or changed. Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch54ze.py [POOL_DIR] [--dry] [--verify]   (default /tmp/gather55ze/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55ze/pool"
SRC = "/tmp/gather55ze/src"
R = []
HDR = ("'This document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. "
       "Department of Justice Seal and Letterhead', ")

# ---- Seafood Inc. charged with crawfish price fixing; its owner Charles J. Friedman pleads guilty, 25 March 1994 ----
U1 = "http://www.justice.gov/atr/public/press_releases/1994/211799.htm"
R.append(federal(
 "us-doj-atr-seafood-inc-henderson-louisiana-crawfish-price-fixing-owner-friedman-obstruction-1994", U1,
 "1994-03-25", None,
 "WASHINGTON, D.C. - A Louisiana seafood company was charged with participating in a conspiracy to fix prices paid "
 "for crawfish purchased from Louisiana fishermen and crawfish farmers, according to the Department of Justice's "
 "Antitrust Division.\n\n"
 "Seafood Inc. of Henderson, Louisiana, was charged in the conspiracy that began in 1980 and continued until 1993. "
 "The case was filed Tuesday, in U.S. District Court in Lafayette, Louisiana.\n\n"
 "In a related case, Charles J. Friedman, the owner of Seafood Inc. of Henderson, Louisiana, pled guilty on "
 "Thursday, to obstruction of justice for creating and sending a false and misleading affidavit to the Department "
 "of Justice for submission to the federal grand jury.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said the charges were the result "
 "of a federal antitrust grand jury investigation into price fixing by crawfish processors in Louisiana. The "
 "continuing investigation is being conducted by the Antitrust Division's Dallas Office with the cooperation of the "
 "U.S. Attorney for the Western District of Louisiana and the U.S. Department of Agriculture, Office of Inspector "
 "General, Investigations.\n\n"
 "The maximum penalty for a corporation convicted of a violation of the Sherman Act is the greatest of a $10 million "
 "fine, twice the gross pecuniary gain the corporation derived from the crime or twice the gross pecuniary loss "
 "caused to the victims of the crime.\n\n"
 "The maximum penalty for an individual convicted of obstruction of justice is a term of imprisonment of five years "
 "and a $250,000 fine.",
 "food/seafood processing (crawfish)", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release on Seafood Inc. and Charles J. Friedman (no headline "
 "in the stored page), 1994-03-25, US federal government work (public domain); text from the search tool's page "
 "store at " + U1,
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov (atr/public/press_releases/1994/211799.htm). Left out: " + HDR +
 "the date line 'FRIDAY, MARCH 25, 1994' (used for `published`; a Friday), '(202) 616-2771', 'TDD (202) 514-1888'. "
 "The stored page has no headline and no 'FOR IMMEDIATE RELEASE' / 'AT' lines: `title` null. The paragraphs are the "
 "store's blank-line blocks, each one row. The whole release is kept (1,984 characters in the store, under its "
 "2,000-character excerpt length, ending with the second maximum-penalty paragraph; not truncated). Kept as written: "
 "'WASHINGTON, D.C. -' (one hyphen), \"the Department of Justice's Antitrust Division\" (straight apostrophe), "
 "'was filed Tuesday, in U.S. District Court' and 'pled guilty on Thursday, to obstruction' (commas as printed), "
 "'pled', \"the Antitrust Division's Dallas Office\", 'the U.S. Department of Agriculture, Office of Inspector "
 "General, Investigations'. One text per matter (crawfish price fixing by Louisiana processors, 1980-1993, and the "
 "owner's obstruction plea, Lafayette court); no other release of it came back. Found with 'Antitrust Division FOR "
 "IMMEDIATE RELEASE 1996 seafood company president charged price fixing' (rank 1). " + CHECK + "'crawfish', "
 "'Seafood Inc', 'Charles J. Friedman', '211799', 'Henderson, Louisiana': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'Anne K. Bingaman' in DOJ records of other matters (the same official); "
 "'Lafayette' only in corpus files of other matters.",
 False))

# ---- Exolon-ESK Company and William H. Nehill indicted for a false statement, 16 May 1995 --------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/1995/0220.htm"
R.append(federal(
 "us-doj-atr-exolon-esk-tonawanda-executive-nehill-surplus-aluminum-oxide-false-statement-indictment-1995", U2,
 "1995-05-16", None,
 "WASHINGTON, D.C. -- A federal grand jury in Alexandria, Virginia, today indicted a New York firm and one of its "
 "executives for making a false statement in connection with the purchase of surplus aluminum oxide which is used "
 "to make sand paper, grinding wheels and other abrasive products from the United States Department of Defense, the "
 "Department of Justice said.\n\n"
 "William H. Nehill of Orchard Park, New York, and his firm, Exolon-ESK Company of Tonawanda, New York, were charged "
 "in a one-count indictment with submitting a false statement to the federal government in October 1994.\n\n"
 "In its bid to purchase aluminum oxide from the Department of Defense's Defense Logistics Agency, Exolon-ESK "
 "Company, through Nehill, certified that no principal of the company was under indictment for destruction of "
 "records, making false statements, and other federal crimes. However, according to the Department's Antitrust "
 "Division, Nehill was indicted by a Buffalo, New York, grand jury on February 11, 1994, for obstruction of justice "
 "for destroying records responsive to a grand jury subpoena and for making false declarations under oath. At the "
 "same time, the Antitrust Division also charged Nehill, Exolon-ESK, and others, with participating in a price "
 "fixing conspiracy involving aluminum oxide.",
 "manufacturing/abrasive grains (aluminum oxide)", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release on Exolon-ESK Company and William H. Nehill (no "
 "headline in the stored page), 1995-05-16, US federal government work (public domain); text from the search tool's "
 "page store at " + U2,
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov (atr/public/press_releases/1995/0220.htm). Left out: " + HDR +
 "the date line 'TUESDAY, MAY 16, 1995' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'. The stored "
 "page has no headline (the Office of Public Affairs copy of the same release, opa/pr/Pre_96/May95/273.txt.html, "
 "has 'WESTERN NEW YORK ABRASIVE GRAINS MANUFACTURER AND / VICE PRESIDENT INDICTED FOR FALSE STATEMENTS'; not taken "
 "as the source: its line wraps and indents, and the headline's post is not in the text): `title` null. The "
 "paragraphs are the store's blank-line blocks, each one row. Cut after the third paragraph ('... in a price fixing "
 "conspiracy involving aluminum oxide.'), before 'Anne K. Bingaman, Assistant Attorney General in charge of the "
 "Antitrust Division, said today's charge arose in connection with ... and the Defense Department's investigation "
 "into fraudulent bidding pra', where the excerpt breaks off (`truncated`; that sentence is not whole, so the "
 "Division's head is lost with it). Kept as written: 'WASHINGTON, D.C. --', 'sand paper', 'the United States "
 "Department of Defense', \"the Department of Defense's Defense Logistics Agency\", \"the Department's Antitrust "
 "Division\" (straight apostrophes), 'a Buffalo, New York, grand jury', 'Nehill, Exolon-ESK, and others'. One text "
 "per matter (the false-statement indictment arising from the aluminum oxide price-fixing prosecution in Buffalo; "
 "the 1994 price-fixing and obstruction charges, and Washington Mills' Information on justice.gov atr case-document "
 "information-655, are the same matter and not to be taken). Found with 'This document is available in two formats "
 "FOR IMMEDIATE RELEASE 1994 AT (202) 616-2771 president of company charged conspiracy Bingaman grand jury' (rank 2) "
 "and 'Exolon-ESK Company Tonawanda aluminum oxide price fixing ...' (rank 1). " + CHECK + "'Exolon', 'Nehill', "
 "'aluminum oxide', 'abrasive', 'Washington Mills', '0220.htm', '273.txt': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'Tonawanda' only for Tonawanda Coke (dev, 54r: another matter); 'Defense "
 "Logistics Agency' only in 54y's Ben's Truck Parts text (another matter).",
 True))

# ---- TD Materials, Pioneer Aluminum, Tiernay Metals and two executives charged, aluminum extrusions, 1 June 1995 ----
U3 = "https://webarchive.library.unt.edu/eot2008/20090507181828/http:/www.usdoj.gov/opa/pr/Pre_96/June95/310.txt.html"
T3 = ("THREE CALIFORNIA COMPANIES AND TWO EXECUTIVES CHARGED WITH PRICE FIXING ON ALUMINUM PARTS USED IN CONSTRUCTING "
      "AIRPLANES")
R.append(federal(
 "us-doj-atr-pioneer-aluminum-td-materials-tiernay-metals-president-cassel-aluminum-extrusions-price-fixing-1995", U3,
 "1995-06-01", T3,
 "WASHINGTON D.C. -- Government antitrust prosecutors today charged three California companies and two executives "
 "with conspiring to fix the price of some small aluminum parts that are used as structural support in airplanes.\n\n"
 "In five criminal cases, filed in U.S. District Court in Los Angeles, the Justice Department's Antitrust Division "
 "said that the conspiracy took place in 1991 when worldwide sales of these parts were approximately $150 million.  "
 "The companies involved in the conspiracy accounted for approximately 75 percent of those sales.\n\n"
 "These aluminum parts, known as small press hard alloy aluminum extrusions, are made by using a hydraulic press to "
 "push a heated aluminum-based alloy through a die.  The companies purchase aluminum extrusions from manufacturers, "
 "then store and resell those extrusions to customers such as the major airline manufacturers.\n\n"
 "Named as defendants are:\n"
 "-- TD Materials Inc., Los Angeles, California;\n"
 "-- Pioneer Aluminum Inc., Los Angeles, California;\n"
 "-- Tiernay Metals, Redondo Beach, California;\n"
 "-- John P. Cassel, president of Pioneer Aluminum Inc.; and\n"
 "-- William A. Steinmetz, principal owner of Tiernay Metals.\n\n"
 "The defendants were accused of conspiring to quote only list (book) price for the sale of small press hard alloy "
 "aluminum extrusions to customers in violation of the Sherman Act from at least January through September 1991.",
 "manufacturing/aerospace aluminum extrusions distribution", "legal,antitrust",
 "U.S. Department of Justice, press release '" + T3 + "', 1995-06-01, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, Pre_96/June95/310) as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U3,
 "US Justice Department press release (usdoj.gov Office of Public Affairs plain-text page via the UNT web archive, "
 "Antitrust Division 'AT'), from the search tool page store",
 "The Office of Public Affairs' plain-text copy of the Antitrust Division's release (usdoj.gov opa/pr/Pre_96/June95/"
 "310.txt.html, as the UNT End of Term 2008 web archive keeps it). Left out: 'FOR IMMEDIATE RELEASE', 'AT', the date "
 "line 'THURSDAY, JUNE 1, 1995' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept "
 "as `title` (its two rows 'THREE CALIFORNIA COMPANIES AND TWO EXECUTIVES CHARGED WITH PRICE' / 'FIXING ON ALUMINUM "
 "PARTS USED IN CONSTRUCTING AIRPLANES' joined by one space, their indents dropped; capitals as written). The page "
 "is fixed-width text: its line wraps are joined by one space ('in Los' / 'Angeles' -> 'in Los Angeles'), each "
 "indented line opens a paragraph (set off by a blank line), the indents and trailing spaces are dropped, and the two "
 "double spaces after full stops ('$150 million.  The', 'through a die.  The') are kept as printed. The list of "
 "defendants is kept one item a line under 'Named as defendants are:', its '--' signs as printed. Cut after the "
 "fifth block ('... from at least January through September 1991.'), before 'Anne K. Bingaman, Assistant Attorney "
 "General in charge of the Antitrust Division, said the charges resulted from a grand jury investigation in Los "
 "Angeles into suspected price fixing by companies engaged i', where the excerpt breaks off (`truncated`; that "
 "sentence is not whole, so the Division's head is lost with it). Kept as written: 'WASHINGTON D.C. --' (no comma), "
 "\"the Justice Department's Antitrust Division\", 'the major airline manufacturers', 'quote only list (book) price', "
 "'Tiernay Metals' (no 'Inc.'). No Antitrust Division page of the release came back (the TD Materials plea agreement "
 "on justice.gov atr case-document 'rule-11e1b-plea-agreement-0' is a court filing). One text per matter (price "
 "fixing of small press hard alloy aluminum extrusions, January-September 1991, Los Angeles court). Found with "
 "'Exolon-ESK Company Tonawanda aluminum oxide price fixing indicted Buffalo grand jury 1994 Nehill obstruction' "
 "(rank 7) and 'TD Materials Pioneer Aluminum Tiernay Metals price fixing aluminum extrusions Los Angeles John P. "
 "Cassel' (rank 1). " + CHECK + "'Pioneer Aluminum', 'Tiernay', 'TD Materials', 'extrusion', '310.txt': 0 in the "
 "corpus files, GATHERING.md, the scripts, the notes and the pools; 'Cassel' only inside 'Cassells' (an Irish "
 "senator, train) and batch16d's scripts; 'Steinmetz', 'Redondo Beach', 'Orchard Park': 0.",
 True))


def verify():
    """Each kept block (split at blank lines) and the title occur exactly once in the saved excerpt, whitespace runs
    compared as one space; no U+FFFD."""
    import re
    srcs = {R[0]["id"]: "seafood-inc-1994-211799.txt", R[1]["id"]: "exolon-esk-1995-0220.txt",
            R[2]["id"]: "aluminum-extrusions-1995-opa-310.txt"}
    ok = True
    for r in R:
        p = os.path.join(SRC, srcs[r["id"]])
        if not os.path.exists(p):
            print("no saved excerpt (skipped):", p); continue
        flat = re.sub(r"\s+", " ", open(p, encoding="utf-8").read())
        for para in r["text"].split("\n\n"):
            n = flat.count(re.sub(r"\s+", " ", para)); ok &= n == 1
            print(r["id"][:40], "block", repr(para[:30]), n)
        if r["title"]:
            n = flat.count(r["title"]); ok &= n == 1
            print(r["id"][:40], "title", n)
        ok &= "\ufffd" not in r["text"]
    print("ALL", ok)
    return ok


if __name__ == "__main__":
    if "--verify" in sys.argv:
        sys.exit(0 if verify() else 1)
    write_all(R, POOL, dry="--dry" in sys.argv)
