#!/usr/bin/env python3
"""Batch 58f (session 55, gatherer 58f): two US federal releases of the Justice Department on foreign companies, each
on a matter new to the corpus -- the Office of Public Affairs release of 24 April 2012 that the United States has
intervened in a False Claims Act lawsuit against the Japanese company Toyo Ink Manufacturing Co. Ltd. 'and its U.S.
subsidiaries' Toyo Ink International Corp. (New York), Toyo Ink America LLC (Illinois) and Toyo Ink Manufacturing
America LLC (New Jersey), alleged to have misrepresented the country of origin of imported carbazole violet pigment
number 23 (CVP-23) to U.S. Customs and Border Protection to avoid antidumping and countervailing duties (a
customs-duty fraud case against a parent and its subsidiaries: Stuart F. Delery, Acting Assistant Attorney General
for the Civil Division, quoted); the Antitrust Division's release of 27 July 2000 (the Office of Public Affairs'
archive, 'AT') that Dead Sea Bromine Company Ltd., an Israeli chemical company headquartered in Beer Sheva, agreed to
plead guilty and pay a $7 million criminal fine for fixing prices and allocating customers for bromine products
(TBBA, DECA, methyl bromide), the first Israeli company charged under U.S. antitrust law (a cartel plea by a foreign
company) -- both on justice.gov (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ
company-case lane after 57r, 57i, 57e, 56o, 56i, 56d, 55ze, 55y, 55u, 55q, 55m, 55k, 55d and 55c:
  - U.S. Department of Justice, Office of Public Affairs, 'U.S. Intervenes in False Claims Lawsuit Alleging Knowing
    Failure to Pay Import Duties by Japanese and U.S. Companies' (Tuesday, 24 April 2012), justice.gov
    opa/pr/us-intervenes-false-claims-lawsuit-alleging-knowing-failure-pay-import-duties-japanese-and-us;
  - U.S. Department of Justice (Antitrust Division, 'AT'), 'ISRAELI CHEMICAL COMPANY AGREES TO PLEAD GUILTY TO PRICE
    FIXING AND CUSTOMER ALLOCATION CHARGES' (Thursday, 27 July 2000), justice.gov archive/opa/pr/2000/July/433at.htm.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather59f/src by /tmp/gather59f/mk_src.py; `verify()` checks that each kept paragraph and each title
occur in the saved excerpt, whitespace runs compared as one space, 57r's). Page chrome and header lines are left out
(Toyo Ink: 'Justice News', 'Department of Justice', 'Office of Public Affairs', the date line 'Tuesday, April 24,
2012' and the sub-heading 'Allegedly Attempted to Avoid Paying Antidumping Duties by Misrepresenting Countries of
Origin'; Dead Sea Bromine: 'Department of Justice Seal', 'FOR IMMEDIATE RELEASE AT', the date line 'THURSDAY, JULY
27, 2000 (202) 514-2007' and the contact line 'WWW.USDOJ.GOV TDD (202) 514-1888'); the two headlines are kept as
`title` (the 2000 headline's two lines joined by one space, its capitals kept); the dateline 'WASHINGTON, D.C. -- ' is
kept as written; the paragraphs are the store's blank-line blocks, joined by a blank line; each text cut at the end of
the last full sentence before the store's excerpt breaks off (Toyo Ink inside its fourth paragraph after '... for the
Civil Division of the Department of Justice.', before '\u201cAs we have done today, the Department of Justice will
take action aga'; Dead Sea Bromine after its fourth paragraph, before '"Today's case demonstrates the Department's
continuing resolve to thwart illegal activities that harm American businesses and consumers, regardless of the
location'); no word added or changed. `published`: each page's own date line.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch58f.py [POOL_DIR] [--dry]   (default /tmp/gather59f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather59f/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rilF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather59 and the "
         "session's pools /tmp/gather59*/pool (claimed as 58f before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59f/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Toyo Ink Manufacturing Co. Ltd. and its U.S. subsidiaries, DOJ Office of Public Affairs, 24 April 2012 ---------
U1 = ("https://www.justice.gov/opa/pr/us-intervenes-false-claims-lawsuit-alleging-knowing-failure-pay-import-duties-"
      "japanese-and-us")
T1 = ("U.S. Intervenes in False Claims Lawsuit Alleging Knowing Failure to Pay Import Duties by Japanese and U.S. "
      "Companies")
P1 = [
 "The United States has intervened in a lawsuit against Japanese company, Toyo Ink Manufacturing Co. Ltd. and its "
 "U.S. subsidiaries: Toyo Ink International Corp., located in New York; Toyo Ink America LLC, located in Illinois; "
 "and Toyo Ink Manufacturing America LLC, located in New Jersey, the Justice Department announced today. Toyo Ink, "
 "which has operations worldwide, is a leading provider of printing inks.",
 "The suit alleges that the Toyo Ink companies knowingly misrepresented the country of origin on documents presented "
 "to U.S. Customs and Border Protection to avoid paying antidumping and countervailing duties on imports of the "
 "colorant carbazole violet pigment number 23 (CVP-23). The Department of Commerce assesses antidumping and "
 "countervailing duties, which are collected by U.S. Customs, to protect U.S. businesses by offsetting unfair foreign "
 "pricing and government subsidies. Imports of CVP-23 from China and India have been subject to these duties since "
 "2004.",
 "The suit alleges that Toyo misrepresented Japan and Mexico as the countries of origin for its CVP-23 imports to "
 "avoid these duties. Although Toyo\u2019s CVP-23 imports from China and India underwent a finishing process in Japan "
 "and Mexico, the complaint alleges that this process was insufficient to change the country of origin.",
 "\u201cCompanies taking advantage of United States markets must comply with the law, including the payment of import "
 "duties levied to protect domestic manufacturers and producers from unfair competition abroad,\u201d said Stuart F. "
 "Delery, Acting Assistant Attorney General for the Civil Division of the Department of Justice."]
ID1 = "us-doj-opa-toyo-ink-manufacturing-us-subsidiaries-false-claims-import-duties-intervention-2012"
KEPT[ID1] = ("toyo-ink-opa-2012.txt", T1, P1)
R.append(federal(
 ID1, U1, "2012-04-24", T1, "\n\n".join(P1),
 "chemicals/printing inks", "legal,customs fraud,False Claims Act,antidumping duties,import duties,subsidiaries,Japan",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2012-04-24, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "DOJ Office of Public Affairs press release (justice.gov), from the search tool page store",
 "The Office of Public Affairs release on the United States' intervention in the False Claims Act suit against Toyo "
 "Ink (justice.gov opa/pr/..., the 'Justice News' page layout): the Department's own page, not a copy by a third "
 "party (the brandtsrandomgovernmentpressreleases blogspot copy and the corporatecrimereporter, falseclaimscounsel, "
 "pagepate and customstradeattorneys pages on the December 2012 settlement left alone). `published` 2012-04-24 from "
 "the page's own date line 'Tuesday, April 24, 2012' (a Tuesday: checked), which is left out of the text with "
 "'Justice News', 'Department of Justice' and 'Office of Public Affairs'. The headline is `title`, as written; the "
 "sub-heading 'Allegedly Attempted to Avoid Paying Antidumping Duties by Misrepresenting Countries of Origin' is left "
 "out. Cut inside the fourth paragraph after its first sentence ('... for the Civil Division of the Department of "
 "Justice.'), before '\u201cAs we have done today, the Department of Justice will take action aga' (the excerpt "
 "breaks off): `truncated`. The store's triple line breaks between the first three paragraphs are read as paragraph "
 "breaks (one blank line). Kept as written: 'against Japanese company, Toyo Ink' (the comma, no article), the "
 "semicolon list of the three subsidiaries with their states, 'Toyo\u2019s' (curly apostrophe), the curly quotation "
 "marks. The release gives no dateline. One text per matter (United States ex rel. Dickson v. Toyo Ink, the CVP-23 "
 "import-duty case): the Civil Division's release of 17 December 2012 on the $45 million settlement by Toyo Ink SC "
 "Holdings Co. Ltd. and its affiliates is the same matter (seen only in third-party copies, not taken). Found with "
 "query 20 ('U.S. Attorney's Office press release company wholly owned subsidiary of Japanese parent agrees to pay "
 "False Claims Act customs duties', rank 4). " + CHECK + "'Toyo Ink', 'Toyocolor', 'carbazole', 'CVP-23', "
 "'us-intervenes-false-claims': 0; 'Stuart F. Delery' in 55q's TesTech / CESO text (test) and its scripts (another "
 "matter).",
 True))

# ---- Dead Sea Bromine Company Ltd., DOJ (Antitrust Division, OPA archive), 27 July 2000 -----------------------------
U2 = "https://www.justice.gov/archive/opa/pr/2000/July/433at.htm"
T2 = "ISRAELI CHEMICAL COMPANY AGREES TO PLEAD GUILTY TO PRICE FIXING AND CUSTOMER ALLOCATION CHARGES"
P2 = [
 "WASHINGTON, D.C. -- An Israeli chemical company, Dead Sea Bromine Company Ltd., today agreed to plead guilty and "
 "pay a $7 million criminal fine for participating in a price fixing conspiracy to suppress and eliminate competition "
 "in connection with the sale of certain flame retardant and fumigant products in the United States, the Department "
 "of Justice announced. This marks the first time the Department has charged an Israeli company with violating U.S. "
 "antitrust laws.",
 "In a one-count criminal case filed today in U.S. District Court in Dallas, the Department charged Dead Sea Bromine "
 "Co. Ltd. with conspiring to allocate customers and fix, increase, and maintain the price for certain bromine "
 "products -- TBBA, DECA and 100 percent methyl bromide -- sold by it and an unnamed corporate co-conspirator in the "
 "U.S. beginning in July 1995 and continuing until April 1998.",
 "TBBA is an acronym for tetrabrombisphenol-A, a flame retardant used in the manufacture of epoxy, phenolic and "
 "polycarbonate resins. DECA is an acronym for decabromodiphenyloxide, a flame retardant used in the manufacture of "
 "thermoplastics and fibers. These chemicals are used primarily in consumer electronic products to reduce the risk of "
 "fire.",
 "One hundred percent methyl bromide is a colorless, odorless gas used in its pure form for commercial and industrial "
 "space fumigation. This gas is primarily used to rid commercial and industrial buildings of vermin. Each of these "
 "products is manufactured with bromine. Dead Sea Bromine Co. Ltd., headquartered in Beer Sheva, Israel, is the "
 "world's largest producer of elemental bromine."]
ID2 = "us-doj-opa-dead-sea-bromine-israeli-chemical-company-bromine-products-price-fixing-plea-2000"
KEPT[ID2] = ("dead-sea-bromine-opa-2000.txt", T2, P2)
R.append(federal(
 ID2, U2, "2000-07-27", T2, "\n\n".join(P2),
 "chemicals", "legal,antitrust,price fixing,customer allocation,cartel,bromine,flame retardants,Israel",
 "U.S. Department of Justice (Antitrust Division), press release '" + T2 + "', 2000-07-27, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 "DOJ press release (Antitrust Division, Office of Public Affairs archive, justice.gov), from the search tool page "
 "store",
 "The Justice Department's release on Dead Sea Bromine Company Ltd.'s plea agreement (justice.gov archive/opa/pr/2000/"
 "July/433at.htm, an Antitrust Division release, 'AT', in the Office of Public Affairs archive): the Department's "
 "own page, not a copy by a third party (none came back). `published` 2000-07-27 from the page's own date line "
 "'THURSDAY, JULY 27, 2000' (a Thursday: checked), which is left out of the text with 'Department of Justice Seal', "
 "'FOR IMMEDIATE RELEASE AT', the telephone numbers '(202) 514-2007' and 'TDD (202) 514-1888' and 'WWW.USDOJ.GOV'. "
 "The headline, printed on two lines ('ISRAELI CHEMICAL COMPANY AGREES TO PLEAD GUILTY TO PRICE FIXING' / 'AND "
 "CUSTOMER ALLOCATION CHARGES'), is `title`, the lines joined by one space, its capitals kept. Cut after the fourth "
 "paragraph ('... the world's largest producer of elemental bromine.'), before '\"Today's case demonstrates the "
 "Department's continuing resolve to thwart illegal activities that harm American businesses and consumers, "
 "regardless of the location' (the excerpt breaks off inside that quotation, before its speaker is named): "
 "`truncated`. Kept as written: the dateline 'WASHINGTON, D.C. -- ' (two hyphens), the double hyphens around 'TBBA, "
 "DECA and 100 percent methyl bromide', 'Dead Sea Bromine Company Ltd.' beside 'Dead Sea Bromine Co. Ltd.', 'in the "
 "U.S. beginning in July 1995' (no comma), 'world's' (straight apostrophe). One text per matter (United States v. "
 "Dead Sea Bromine Co. Ltd., N.D. Tex., 2000, the bromine products conspiracy; its unnamed corporate co-conspirator "
 "is not named here). Found with query 7 ('bromine price fixing Dead Sea Bromine plead guilty criminal fine', rank "
 "1). " + CHECK + "'Dead Sea', 'bromine', 'Beer Sheva', 'methyl bromide', 'TBBA', '433at', 'Great Lakes Chemical': "
 "0; 'Israel Chemicals' (Dead Sea Bromine's group, not in the text) only in 18b's Cleveland Potash text (train) and "
 "its scripts (another matter).",
 True))


def _norm(s):
    return " ".join(s.split())


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text), whitespace runs compared
    as one space; returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in ([title] if title else []) + paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
