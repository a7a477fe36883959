#!/usr/bin/env python3
"""Batch 54zn (session 55, gatherer 54zn): two US federal texts on domestic cases announced by the Justice
Department's Antitrust Division in September 1995 -- the Office of Public Affairs' release of 25 September 1995 on
Fulton-Denver Company, 'a Denver manufacturer and distributor of polypropylene bags', charged in Denver with conspiring
to defraud the United States by submitting false certificates of product origin on bids for U.S. Department of
Agriculture bag contracts (bags to ship grain to needy countries; June 1992 through September 1993; Anne K. Bingaman
in indirect speech; the Division's Philadelphia Field Office with the USDA's Office of Inspector General); the Office
of Public Affairs' release of 28 September 1995 on Municipal Government Investment Associates Inc., 'a San Francisco
brokerage firm', charged in San Francisco with securities fraud and wire fraud for fictitious noncompetitive bids in
the restructuring of a Tampa, Florida, municipal bond escrow account ('the first prosecution of its kind') -- (US
federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54zj (and 54ze, 54y,
54s, 54m, 54g, 54a, 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters
new to the corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather
scripts, the notes of /work/notes/gather54 and /work/notes/gather55 and the session-54 and session-55 pools).
Neither text names an officer of the charged company (the brief's preference could not be met in this round: every
1994-1997 release found that names one is already held). International cartels are left to other lanes. First-party
federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Office of Public Affairs release 'AT' (25 September 1995; usdoj.gov opa/pr/Pre_96/
    September95/499.txt.html as the UNT End of Term 2008 web archive keeps it; the date line 'MONDAY, SEPTEMBER 25,
    1995' in the excerpt; the headline 'DENVER POLYPROPYLENE BAG COMPANY CHARGED WITH DEFRAUDING THE / GOVERNMENT IN
    SUPPLYING BAGS TO SHIP GRAIN TO NEEDY COUNTRIES' kept as `title`, its two rows joined): Fulton-Denver Company, the
    U.S. Department of Agriculture, Anne K. Bingaman;
  - U.S. Department of Justice, Office of Public Affairs release 'AT' (28 September 1995; justice.gov archive/opa/pr/
    Pre_96/September95/509.txt.html; the date line 'THURSDAY, SEPTEMBER 28, 1995' in the excerpt; the headline
    'CALIFORNIA SECURITIES BROKER CHARGED WITH SECURITIES AND WIRE / FRAUD FOR COLLUSIVE BIDDING ON MUNICIPAL BOND
    RESTRUCTURING' kept as `title`, its two rows joined): Municipal Government Investment Associates Inc.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55zn/src
by /tmp/gather55zn/save_src.py -- both exactly 2,000 characters, the store's excerpt length -- a check on the
transcription; `verify()` below checks that each kept block and the title occur once in the saved excerpt, whitespace
runs compared as one space). Page chrome ('FOR IMMEDIATE RELEASE', 'AT', the date line -- used for `published` --, the
phone and TDD lines) is left out. Both pages are fixed-width text: line wraps are joined by one space, each indented
line opens a paragraph (set off by a blank line), indents and trailing spaces are dropped, and a double space after a
full stop inside a paragraph is kept as printed. Each text is cut at the last full sentence before the store's excerpt
breaks off (both `truncated`: the Fulton-Denver excerpt ends in the page's own spaces at the 2,000th character, what
follows unseen). No word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zn.py [POOL_DIR] [--dry] [--verify]   (default /tmp/gather55zn/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zn/pool"
SRC = "/tmp/gather55zn/src"
R = []
LAYOUT = ("The page is fixed-width text: its line wraps are joined by one space, each indented line opens a paragraph "
          "(set off by a blank line), the indents and trailing spaces are dropped")

# ---- Fulton-Denver Company charged with false certificates of origin on USDA polypropylene bag bids, 25 Sept 1995 --
U1 = ("https://webarchive.library.unt.edu/eot2008/20081103232730/http:/www.usdoj.gov/opa/pr/Pre_96/September95/"
      "499.txt.html")
T1 = ("DENVER POLYPROPYLENE BAG COMPANY CHARGED WITH DEFRAUDING THE GOVERNMENT IN SUPPLYING BAGS TO SHIP GRAIN TO "
      "NEEDY COUNTRIES")
R.append(federal(
 "us-doj-atr-fulton-denver-polypropylene-bags-usda-grain-shipments-false-certificates-of-origin-1995", U1,
 "1995-09-25", T1,
 "WASHINGTON, D.C. -- Federal antitrust prosecutors charged a Denver manufacturer and distributor of polypropylene "
 "bags today with conspiring to defraud the United States by misleading the U.S. Department of Agriculture while "
 "bidding on contracts to supply bags to ship grain to needy countries.\n\n"
 "In a one-count felony charge filed in the U.S. District Court in Denver, the Department of Justice's Antitrust "
 "Division charged Fulton-Denver Company with conspiring to submit false certificates of product origin on bids for "
 "USDA polypropylene bag contracts.  The certificates stated that the polypropylene bags supplied to the USDA were of "
 "domestic origin, when, in fact, the bags were manufactured outside the United States.  USDA had required that all "
 "polypropylene bags be manufactured in the United States.  These polypropylene bags are made of a plastic woven "
 "material which are porous enough to let air through but tight enough to prevent the grain from escaping.\n\n"
 "On at least five USDA contract bids from June 1992 through September 1993, Fulton-Denver supplied about 800,000 "
 "polypropylene bags manufactured outside the United States.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said the charge resulted from a "
 "continuing federal grand jury investigation of bid rigging and related violations in polypropylene bag contracts "
 "let by the USDA.  The case was filed by the Antitrust Division's Philadelphia Field Office with the assistance of "
 "the USDA's Office of Inspector General.\n\n"
 "The maximum penalty for a corporation upon conviction of a violation of 18 U.S.C. 371 is a fine of $500,000.",
 "packaging/polypropylene bags (government food-aid contracts)", "legal,antitrust",
 "U.S. Department of Justice, press release '" + T1 + "', 1995-09-25, US federal government work (public domain); "
 "text of the usdoj.gov page (Office of Public Affairs, Pre_96/September95/499) as the UNT Libraries' End of Term 2008 "
 "web archive holds it, from the search tool's page store at " + U1,
 "US Justice Department press release (usdoj.gov Office of Public Affairs plain-text page via the UNT web archive, "
 "Antitrust Division 'AT'), from the search tool page store",
 "The Office of Public Affairs' plain-text copy of the Antitrust Division's release (usdoj.gov opa/pr/Pre_96/"
 "September95/499.txt.html, as the UNT End of Term 2008 web archive keeps it; justice.gov archive/atr press_releases/"
 "1995/212028.htm is the Division's web copy of the same release). Left out: 'FOR IMMEDIATE RELEASE', 'AT', the date "
 "line 'MONDAY, SEPTEMBER 25, 1995' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept "
 "as `title` (its two rows 'DENVER POLYPROPYLENE BAG COMPANY CHARGED WITH DEFRAUDING THE' / 'GOVERNMENT IN SUPPLYING "
 "BAGS TO SHIP GRAIN TO NEEDY COUNTRIES' joined by one space, their indents dropped; capitals as written). " + LAYOUT +
 " ('U.S. District' / 'Court' -> 'U.S. District Court'), and the double spaces after 'contracts.', 'United States.' "
 "(twice) and 'USDA.' are kept as printed. All five blocks kept: the excerpt ends after '... is a fine of $500,000.' "
 "in the page's own trailing spaces at its 2,000th character, so what follows (the page's closing marks, if any "
 "more) is unseen (`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'the U.S. Department of Agriculture', "
 "'USDA' (six times, with and without 'the'), 'the U.S. District Court in Denver', 'Fulton-Denver Company' and "
 "'Fulton-Denver', '18 U.S.C. 371'. Found with 'opa/pr/Pre_96/September95 FOR IMMEDIATE RELEASE AT 1995 president "
 "indicted company Antitrust Division' (rank 8) and "
 "'polypropylene bag USDA contracts false certificates of origin president charged Antitrust Division Philadelphia' "
 "(rank 1 the atr copy, rank 3 this page; no later release naming an officer came back). " + CHECK +
 "'Fulton-Denver', 'polypropylene', 'grain to needy', 'September95/499', '212028': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools ('Fulton' alone only in other matters: Fulton County, Fulton "
 "Financial); 'Anne K. Bingaman' in DOJ records of other matters (the same official).",
 True))

# ---- Municipal Government Investment Associates Inc. charged with securities and wire fraud, 28 September 1995 -----
U2 = "http://www.justice.gov/archive/opa/pr/Pre_96/September95/509.txt.html"
T2 = ("CALIFORNIA SECURITIES BROKER CHARGED WITH SECURITIES AND WIRE FRAUD FOR COLLUSIVE BIDDING ON MUNICIPAL BOND "
      "RESTRUCTURING")
R.append(federal(
 "us-doj-atr-municipal-government-investment-associates-san-francisco-tampa-bond-escrow-collusive-bids-securities-"
 "fraud-1995", U2, "1995-09-28", T2,
 "WASHINGTON, D.C. -- In the first prosecution of its kind, the Justice Department's Antitrust Division today brought "
 "criminal securities fraud charges against a California securities brokerage firm for using fictitious "
 "noncompetitive bids and other misrepresentations during the restructuring of a Tampa, Florida, municipal bond "
 "escrow account.\n\n"
 "The criminal securities fraud charge, along with a wire fraud charge, were filed in U.S. District Court in San "
 "Francisco against Municipal Government Investment Associates Inc., a San Francisco brokerage firm.\n\n"
 "In a two-count criminal case, the government accused the firm of submitting false and collusive bids and bid "
 "certification letters during the city's sale of forward supply contracts.  A forward supply contract is a "
 "specialized securities investment in which the purchaser buys the right to invest the proceeds of U.S. Treasury "
 "notes as they mature in the city's escrow accounts.\n\n"
 "When a city or other governmental entity refinances debt, such as tax-exempt bonds issued to build water treatment "
 "plants or jails, it is required to create an escrow account which contains U.S. Treasury securities purchased with "
 "the proceeds raised by issuing new, lower interest rate municipal bonds.  The escrow account is used to continue to "
 "pay off the principal and interest on the original bonds as those payments become due.",
 "finance/municipal bond brokerage", "legal,antitrust,finance",
 "U.S. Department of Justice, press release '" + T2 + "', 1995-09-28, US federal government work (public domain); "
 "text of the Office of Public Affairs page (Pre_96/September95/509) as justice.gov's archive holds it, from the "
 "search tool's page store at " + U2,
 "US Justice Department press release (justice.gov archive of the Office of Public Affairs plain-text pages, Antitrust "
 "Division 'AT'), from the search tool page store",
 "The Office of Public Affairs' plain-text copy of the Antitrust Division's release (justice.gov archive/opa/pr/"
 "Pre_96/September95/509.txt.html). Left out: 'FOR IMMEDIATE RELEASE', 'AT', the date line 'THURSDAY, SEPTEMBER 28, "
 "1995' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept as `title` (its two rows "
 "'CALIFORNIA SECURITIES BROKER CHARGED WITH SECURITIES AND WIRE' / 'FRAUD FOR COLLUSIVE BIDDING ON MUNICIPAL BOND "
 "RESTRUCTURING' joined by one space, their indents dropped; capitals as written). " + LAYOUT + " ('San' / "
 "'Francisco' -> 'San Francisco', 'U.S.' / 'Treasury notes' -> 'U.S. Treasury notes'), and the double spaces after "
 "'forward supply contracts.' and 'municipal bonds.' are kept as printed. Cut after the fourth block ('... as those "
 "payments become due.'), before 'In this case, Municipal Government Investment Associates, Inc. assisted Tampa in "
 "restructuring more than $138 million in municipal bonds between September 1992 and April 1994 and allegedly "
 "misrepresented to city representatives that the bidding for the forward supply contracts', where the excerpt breaks "
 "off (`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'the Justice Department's Antitrust Division', 'a Tampa, "
 "Florida, municipal bond escrow account', 'The criminal securities fraud charge, along with a wire fraud charge, "
 "were filed' (verb as printed), 'U.S. Treasury notes', 'U.S. Treasury securities'. Found with 'FOR IMMEDIATE RELEASE "
 "AT TUESDAY, AUGUST 1995 (202) 616-2771 TDD (202) 514-1888 COMPANY AND PRESIDENT CHARGED Bingaman' (rank 5) and a "
 "name query ('Municipal Government Investment Associates forward supply contracts Tampa escrow collusive bids "
 "president pleaded guilty', rank 1; no later release on the firm or an officer came back, only the 2010-2012 "
 "municipal investment-agreement cases of other firms). " + CHECK + "'Municipal Government Investment', 'forward "
 "supply', 'yield burning', 'September95/509': 0 in the corpus files, GATHERING.md, the scripts, the notes and the "
 "pools ('escrow account' only in other matters).",
 True))


def verify():
    """Each kept block (split at blank lines) and the title occur exactly once in the saved excerpt, whitespace runs
    compared as one space; no U+FFFD."""
    import re
    srcs = {R[0]["id"]: "fulton-denver-1995-opa-499.txt", R[1]["id"]: "mgia-1995-opa-509.txt"}
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
