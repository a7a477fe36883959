#!/usr/bin/env python3
"""Batch 54zj (session 55, gatherer 54zj): two US federal texts on domestic cases announced by the Justice
Department's Antitrust Division in 1995 and 1997 -- the Office of Public Affairs' release of 29 September 1995 on a
Dallas grand jury indicting Mrs. Baird's Bakeries Inc., a Fort Worth, Texas, baking company, 'and its former president
and chief executive officer, Floyd Carroll Baird', for fixing the prices of bread and bread products in east Texas
(1977 to March 1993) and for price fixing and bid rigging on bread contracts with governmental entities in west Texas
(1984 to June 1992), the first charges of the Texas wholesale bread investigation (Anne K. Bingaman quoted); the Office
of Public Affairs' release of 30 September 1997 on N.S. Meyer Inc., 'A New York City military insignia vendor', charged
in Philadelphia with fixing prices, from 1992 through 1995, on military insignia sold to the Army-Air Force Exchange
Service (Joel I. Klein in indirect speech) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in
the DOJ cartel-case lane after 54ze (and 54y, 54s, 54m, 54g, 54a, 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f,
52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name, number and address checked first against the
corpus files, GATHERING.md, the gather scripts, the notes of /work/notes/gather54 and /work/notes/gather55 and the
session-54 and session-55 pools). International cartels are left to other lanes. First-party federal text, as the
search tool's page store holds it:
  - U.S. Department of Justice, Office of Public Affairs release 'AT' (29 September 1995; usdoj.gov opa/pr/Pre_96/
    September95/512.txt.html as the UNT End of Term 2008 web archive keeps it; the date line 'FRIDAY, SEPTEMBER 29,
    1995' in the excerpt; the headline 'JUSTICE DEPARTMENT CHARGES FORT WORTH, TEXAS, BAKERY / AND FORMER EXECUTIVE
    WITH PRICE FIXING' kept as `title`, its two rows joined): Mrs. Baird's Bakeries Inc., Floyd Carroll Baird, Anne K.
    Bingaman;
  - U.S. Department of Justice, Office of Public Affairs release 'AT' (30 September 1997; usdoj.gov opa/pr/1997/
    September97/409at.htm as the UNT End of Term 2008 web archive keeps it; the date line 'TUESDAY, SEPTEMBER 30, 1997'
    in the excerpt; the headline 'NEW YORK CITY MILITARY INSIGNIA COMPANY CHARGED / WITH PRICE FIXING' kept as
    `title`, its two rows joined): N.S. Meyer Inc., the Army-Air Force Exchange Service, Joel I. Klein.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55zj/src
by /tmp/gather55zj/save_src.py -- both exactly 2,000 characters, the store's excerpt length -- a check on the
transcription; `verify()` below checks that each kept block and the title occur once in the saved excerpt, whitespace
runs compared as one space). Page chrome ('Department of Justice Seal', 'FOR IMMEDIATE RELEASE', 'AT', the date line
-- used for `published` --, the phone and TDD lines) is left out. Both pages are fixed-width text: line wraps are joined
by one space, each indented line opens a paragraph (set off by a blank line), indents and trailing spaces are dropped,
and a double space after a full stop inside a paragraph is kept as printed. Each text is cut at the last full sentence
before the store's excerpt breaks off (both `truncated`). No word added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch54zj.py [POOL_DIR] [--dry] [--verify]   (default /tmp/gather55zj/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zj/pool"
SRC = "/tmp/gather55zj/src"
R = []
LAYOUT = ("The page is fixed-width text: its line wraps are joined by one space, each indented line opens a paragraph "
          "(set off by a blank line), the indents and trailing spaces are dropped")

# ---- Mrs. Baird's Bakeries Inc. and its former president and CEO indicted for bread price fixing, 29 September 1995 --
U1 = ("https://webarchive.library.unt.edu/eot2008/20090305001259/http:/www.usdoj.gov/opa/pr/Pre_96/September95/"
      "512.txt.html")
T1 = "JUSTICE DEPARTMENT CHARGES FORT WORTH, TEXAS, BAKERY AND FORMER EXECUTIVE WITH PRICE FIXING"
R.append(federal(
 "us-doj-atr-mrs-bairds-bakeries-fort-worth-former-president-ceo-floyd-carroll-baird-bread-price-fixing-1995", U1,
 "1995-09-29", T1,
 "WASHINGTON, D.C. -- Criminal price fixing charges were filed against a Fort Worth, Texas, baking company, the first "
 "such charges resulting from a Justice Department antitrust investigation into alleged price fixing and bid rigging "
 "in the wholesale bread and bread products industry.\n\n"
 "An indictment returned yesterday by a federal grand jury in Dallas and made public today, charged Mrs. Baird's "
 "Bakeries Inc., and its former president and chief executive officer, Floyd Carroll Baird, for conspiring for more "
 "than 15 years to raise and maintain the prices of bread and bread products sold in much of Texas.\n\n"
 "\"The Antitrust Division is committed to prosecuting criminal price fixing, especially when it involves a staple "
 "like bread,\" said Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division.  She said the "
 "investigation involving the pricing of bread and bread products is continuing.\n\n"
 "The indictment charged that beginning in 1977 and continuing through March of 1993, Floyd Carroll Baird and Mrs. "
 "Baird's Bakeries conspired with others in violation of the Sherman Act, to raise, fix and maintain prices of bread "
 "and bread products sold to customers in east Texas.\n\n"
 "The indictment also charged that, beginning as early as 1984 and continuing through June 1992, Floyd Carroll Baird "
 "and Mrs. Baird's Bakeries were involved in a price fixing conspiracy and a bid rigging conspiracy for contracts to "
 "supply bread and bread products to governmental entities located in west Texas.",
 "food/wholesale bakery (bread)", "legal,antitrust",
 "U.S. Department of Justice, press release '" + T1 + "', 1995-09-29, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, Pre_96/September95/512) as the UNT Libraries' End of Term 2008 "
 "web archive holds it, from the search tool's page store at " + U1,
 "US Justice Department press release (usdoj.gov Office of Public Affairs plain-text page via the UNT web archive, "
 "Antitrust Division 'AT'), from the search tool page store",
 "The Office of Public Affairs' plain-text copy of the Antitrust Division's release (usdoj.gov opa/pr/Pre_96/"
 "September95/512.txt.html, as the UNT End of Term 2008 web archive keeps it). Left out: 'FOR IMMEDIATE RELEASE', "
 "'AT', the date line 'FRIDAY, SEPTEMBER 29, 1995' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; "
 "the headline kept as `title` (its two rows 'JUSTICE DEPARTMENT CHARGES FORT WORTH, TEXAS, BAKERY' / 'AND FORMER "
 "EXECUTIVE WITH PRICE FIXING' joined by one space, their indents dropped; capitals as written). " + LAYOUT + " ('Mrs.' "
 "/ \"Baird's Bakeries\" -> \"Mrs. Baird's Bakeries\"), and the double space after 'the Antitrust Division.' before "
 "'She said' is kept as printed. Cut after the fifth block ('... to governmental entities located in west Texas.'), "
 "before 'Bingaman said the indictment resulted from a grand jury investigation in Dallas into suspected price fixing "
 "and bid rigging in the wholesale bread and brea', where the excerpt breaks off (`truncated`). Kept as written: "
 "'WASHINGTON, D.C. --', 'a Justice Department antitrust investigation', 'made public today, charged' (comma as "
 "printed), 'March of 1993', 'east Texas', 'west Texas' (lower case). One text per matter (the Texas wholesale bread "
 "and bread products investigation: the Office of Public Affairs' release of the day before, Pre_96/September95/"
 "510.txt.html, on Charles W. Johnson, 'a former president of Campbell Taggart Baking Companies Inc.'s Dallas bakery', "
 "charged with false declarations to the same Dallas grand jury, is the same matter and not taken; the indictment on "
 "scribd is a court filing). Found with 'FOR IMMEDIATE RELEASE AT (202) 616-2771 TDD (202) 514-1888 bakery bread "
 "company president charged price fixing Bingaman' (rank 2; Johnson's release rank 1). " + CHECK + "\"Baird's\", "
 "'Floyd Carroll', 'Campbell Taggart', 'Manor Baking', 'wholesale bread', 'September95/512': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'Baird' alone only for Anna M. Baird of Black Box (46d, another "
 "matter); 'Anne K. Bingaman' in DOJ records of other matters (the same official).",
 True))

# ---- N.S. Meyer Inc. charged with fixing prices on military insignia sold to AAFES, 30 September 1997 ---------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20081104014218/http:/www.usdoj.gov/opa/pr/1997/September97/"
      "409at.htm.html")
T2 = "NEW YORK CITY MILITARY INSIGNIA COMPANY CHARGED WITH PRICE FIXING"
R.append(federal(
 "us-doj-atr-ns-meyer-new-york-military-insignia-army-air-force-exchange-service-price-fixing-1997", U2,
 "1997-09-30", T2,
 "WASHINGTON, D.C. -- A New York City military insignia vendor was charged today by the Department of Justice with "
 "conspiring to fix prices on sales of military insignia to the Army-Air Force Exchange Service for resale to United "
 "States military personnel.\n\n"
 "In a one-count felony charge filed in U.S. District Court in Philadelphia, the Department of Justice's Antitrust "
 "Division charged N.S. Meyer Inc. with conspiring to fix prices from as early as 1992 through 1995, on military "
 "insignia sold to the Army-Air Force Exchange service for resale to U.S. military personnel at military facilities "
 "throughout the United States and abroad.\n\n"
 "Military insignia are accessories attached to a soldier's uniform to designate branch of service, unit and rank, "
 "and also to identify the wearer's years of service, campaigns served, training completed and meritorious and heroic "
 "conduct performed.\n\n"
 "According to the charge, N.S. Meyer, Inc. conspired with others to suppress and eliminate competition for military "
 "insignia contracts. N.S. Meyer carried out the conspiracy by discussing with co-conspirators the prospective prices "
 "on insignia contracts, agreeing among themselves to raise and exchange prospective prices for the contracts, and "
 "submitting fixed prices.\n\n"
 "Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division, said the charge resulted from a "
 "federal grand jury investigation of price fixing and related violations on military insignia sales to the "
 "Department of Defense and related agencies.",
 "defense supply/military insignia", "legal,antitrust",
 "U.S. Department of Justice, press release '" + T2 + "', 1997-09-30, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, 1997/September97/409at) as the UNT Libraries' End of Term 2008 "
 "web archive holds it, from the search tool's page store at " + U2,
 "US Justice Department press release (usdoj.gov Office of Public Affairs page via the UNT web archive, Antitrust "
 "Division 'AT'), from the search tool page store",
 "The Office of Public Affairs' copy of the Antitrust Division's release (usdoj.gov opa/pr/1997/September97/409at.htm, "
 "as the UNT End of Term 2008 web archive keeps it). Left out: 'Department of Justice Seal', 'FOR IMMEDIATE RELEASE', "
 "'AT', the date line 'TUESDAY, SEPTEMBER 30, 1997' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; "
 "the headline kept as `title` (its two rows 'NEW YORK CITY MILITARY INSIGNIA COMPANY CHARGED' / 'WITH PRICE FIXING' "
 "joined by one space, their indents dropped; capitals as written). " + LAYOUT + " ('raise and ' / 'exchange' -> "
 "'raise and exchange'; the page already sets its paragraphs off by blank lines). Cut after the fifth block ('... to "
 "the Department of Defense and related agencies.'), before 'The case was filed by the Antitrust Division's "
 "Philadelphia Field Office with the assistance of the Federal Bureau of Inv', where the excerpt breaks off "
 "(`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'the Army-Air Force Exchange Service' and, in the second "
 "block, 'the Army-Air Force Exchange service' (lower-case 's'), 'N.S. Meyer Inc.', 'N.S. Meyer, Inc.' (with a comma) "
 "and 'N.S. Meyer', 'United States military personnel' and 'U.S. military personnel'. One text per matter (the "
 "Philadelphia grand jury's military insignia investigation: the 1995 release on D.M.E. Industries Inc. of Astoria and "
 "Action Embroidery Corporation of Ontario, California, opa Pre_96/September95/503.txt.html, the 1996 release on Ira "
 "Green Inc. (scribd copy, 'Official Release 00833-333-at') and the D.M.E. Information on justice.gov atr cases "
 "f0900/0955 are the same matter and not taken; none of them names an officer either). Found with 'FOR IMMEDIATE "
 "RELEASE AT 1997 (202) 616-2771 TDD (202) 514-1888 FORMER VICE PRESIDENT INDICTED FOR PRICE FIXING company subsidiary "
 "Klein' (rank 2) and 'military insignia price fixing Army-Air Force Exchange Service president charged Antitrust "
 "Division Philadelphia 1998' (rank 1). " + CHECK + "'N.S. Meyer', 'insignia', 'Army-Air Force', 'Army Air Force', "
 "'Ira Green', 'D.M.E.', 'Action Embroidery', '409at': 0 in the corpus files, GATHERING.md, the scripts, the notes and "
 "the pools; 'Joel I. Klein' in DOJ records of other matters (the same official).",
 True))


def verify():
    """Each kept block (split at blank lines) and the title occur exactly once in the saved excerpt, whitespace runs
    compared as one space; no U+FFFD."""
    import re
    srcs = {R[0]["id"]: "mrs-bairds-1995-opa-512.txt", R[1]["id"]: "ns-meyer-1997-opa-409at.txt"}
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
