#!/usr/bin/env python3
"""Batch 55u (session 54, gatherer 55u): two US federal texts on Justice Department fraud and bid-rigging cases brought
by the Antitrust Division, each naming a company (and in one its former general manager with his post), as the
University of North Texas's End of Term web archive (webarchive.library.unt.edu eot2008) holds the Department's own
pages -- the Antitrust Division release of Tuesday 28 March 2006 on John Richard Olsen, 'the former general manager of
Chemical Products Technologies LLC (CPT)', a Georgia-based chemical manufacturer, agreeing to plead guilty to filing
false federal income tax returns and to two conspiracies to commit mail fraud against CPT (kickbacks from a trucking
company, profits diverted from CPT's glyphosate business); the Office of Public Affairs release of Wednesday 8 December
2004 on Inter-Tel Technologies Inc., 'a subsidiary of Inter-Tel Incorporated', agreeing to plead guilty and pay $8.71
million for bid rigging and wire fraud in the Federal Communication Commission's E-Rate program (charged in San
Francisco; the United States Attorney's Office for the Northern District of California named) -- (US federal
government works, 17 U.S.C. 105), a round of session 54 in the DOJ lane after 55m, 55c, 54zv, 54zo, 54za, 54t, 54n, 54h
and 54d, turned to the Division's fraud cases; both matters new to the corpus (every name checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes/gather56/CLAIMS.txt and the session's pools
/tmp/gather56*/pool):
  - U.S. Department of Justice, Antitrust Division press release (Tuesday, 28 March 2006; usdoj.gov
    atr/public/press_releases/2006/215300.htm, UNT eot2008 capture of 5 Nov 2008): Chemical Products Technologies LLC,
    John Richard Olsen;
  - U.S. Department of Justice, Office of Public Affairs press release (Wednesday, 8 December 2004; justice.gov
    opa/pr/2004/December/04_at_783.htm, UNT eot2008 capture of 16 Sep 2008): Inter-Tel Technologies Inc., Inter-Tel
    Incorporated.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather56u/src,
olsen.txt and intertel.txt, with address, query and rank). Page chrome (the 'This document is available in three
formats ...' notice, 'U.S. Department of Justice Seal and Letterhead' / 'Department of Justice Seal Department of
Justice', 'FOR IMMEDIATE RELEASE', the date line, 'WWW.USDOJ.GOV', 'AT', the telephone and TDD lines) and the
Inter-Tel release's subheading are left out; each release's headline is `title` (its capitals as printed); the
dateline 'WASHINGTON, D.C.' with its dash is kept as written, as 55m and 55c kept theirs; the paragraphs are the
store's blank-line blocks, each one row; each text cut at the last full sentence before the store's excerpt breaks off
(inside a quotation in both); no word added or changed. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch55u.py [POOL_DIR] [--dry]   (default /tmp/gather56u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56/CLAIMS.txt and "
         "the session's pools /tmp/gather56*/pool (claimed as 55u before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56u/pool"
R = []

# ---- Chemical Products Technologies LLC's former general manager John Richard Olsen, 28 March 2006 ------------------
U1 = ("https://webarchive.library.unt.edu/eot2008/20081105075624/http:/www.usdoj.gov/atr/public/press_releases/2006/"
      "215300.htm")
T1 = ("FORMER GEORGIA CHEMICAL COMPANY MANAGER CHARGED WITH PARTICIPATING IN FRAUD SCHEMES AND FILING FALSE TAX "
      "RETURNS")
R.append(federal(
 "us-doj-atr-chemical-products-technologies-former-general-manager-olsen-kickback-mail-fraud-false-tax-returns-2006",
 U1, "2006-03-28", T1,
 "WASHINGTON, D.C. \u2014 The former general manager of a Georgia-based chemical manufacturer has agreed to plead "
 "guilty to filing false United States federal income tax returns and participating in two conspiracies to defraud "
 "his former employer, the Department of Justice announced today.\n\n"
 "According to the four-count felony charges filed in the United States District Court in Atlanta, John Richard "
 "Olsen (Olsen), the former general manager of Chemical Products Technologies LLC (CPT), filed two false U.S. "
 "federal income tax returns and participated in two separate conspiracies to commit mail fraud and deprive CPT of "
 "its intangible right to the honest services of its employees. While employed as the general manager of CPT, Olsen "
 "received kickback payments from the owner and operator of an independent trucking company, through a sham company "
 "owned by a co-conspirator, in exchange for ensuring that the trucking company received business from CPT. In "
 "addition to the kickback payments, Olsen diverted profits from CPT's glyphosate business and used the money for his "
 "own personal benefit. Glyphosate is a herbicide used to control grasses and weeds.",
 "chemicals", "legal,fraud",
 "U.S. Department of Justice, Antitrust Division, press release '" + T1 + "', 2006-03-28, US federal government work "
 "(public domain); text from the search tool's page store at " + U1 + " (the University of North Texas End of Term "
 "web archive's capture of the Department's page usdoj.gov/atr/public/press_releases/2006/215300.htm)",
 "US Justice Department press release (Antitrust Division, usdoj.gov) as the UNT End of Term web archive holds it, "
 "from the search tool page store",
 "The Antitrust Division's release of Tuesday 28 March 2006 (usdoj.gov atr/public/press_releases/2006/215300.htm) as "
 "the University of North Texas End of Term web archive (eot2008, capture 20081105075624) holds it: the Department's "
 "own page, not a copy by a third party. Left out: the notice 'This document is available in three formats: this "
 "web page (for browsing content), PDF (comparable to original document formatting), and WordPerfect. ...', a line "
 "holding one space, 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'TUESDAY, MARCH 28, 2006' (`published` from it), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888', "
 "the two-line headline (kept as `title`, its line break made a space). The paragraphs are the store's blank-line "
 "blocks, each one row. Cut after '... used to control grasses and weeds.', before '\"These types of fraudulent "
 "schemes deprive companies ...\" said Scott D. Hammond, Deputy Assistant Attorney General in charge of the Antitrust "
 "Division's Criminal Enforcement ' (the excerpt breaks off inside the attribution: `truncated`; Hammond is not in "
 "the text). Kept as written: the dateline 'WASHINGTON, D.C. \u2014 ' (an em dash with spaces), 'the United States "
 "District Court in Atlanta', 'John Richard Olsen (Olsen)', 'Chemical Products Technologies LLC (CPT)' (no comma "
 "before LLC), 'CPT's' (straight apostrophe), 'Glyphosate is a herbicide'. One text per matter (the Division's "
 "kickback investigation of CPT's anthraquinone and glyphosate business, N.D. Ga.): not taken -- Patrick J. Crowe "
 "III's release of 23 June 2005 (UNT atr 2005/209678: a former salesman of CPT, the same schemes; named on batch "
 "54-era not-used lines as 'a kickback case, not a cartel'), the antitrustlawblog digest of July 2005 (third party). "
 "Found with 'former salesman Chemical Products Technologies pleads guilty kickbacks anthraquinone glyphosate Patrick "
 "J. Crowe' (rank 2). " + CHECK + "'John Richard Olsen', 'Chemical Products Technologies', 'Cartersville', "
 "'anthraquinone', 'glyphosate', '215300': 0 in the corpus files, the gather scripts and the pools, and 0 in "
 "GATHERING.md except 'Chemical Products Technologies' on one not-used line (Crowe's release, not this one); 'Olsen' "
 "only on another person (Eric Olsen of LafargeHolcim).",
 True))

# ---- Inter-Tel Technologies Inc. (subsidiary of Inter-Tel Incorporated), E-Rate plea agreement, 8 December 2004 ----
U2 = "https://webarchive.library.unt.edu/eot2008/20080916005038/http:/justice.gov/opa/pr/2004/December/04_at_783.htm"
T2 = "ARIZONA-BASED CORPORATION AGREES TO PLEAD GUILTY TO CHARGES OF DEFRAUDING THE FEDERAL E-RATE PROGRAM"
R.append(federal(
 "us-doj-opa-inter-tel-technologies-inter-tel-subsidiary-e-rate-bid-rigging-wire-fraud-plea-agreement-2004",
 U2, "2004-12-08", T2,
 "WASHINGTON, D.C. - Inter-Tel Technologies Inc., a subsidiary of Inter-Tel Incorporated, has agreed to plead guilty "
 "and to pay a total of $8.71 million criminal fine, civil settlement, and restitution relating to charges of bid "
 "rigging and wire fraud in connection with the Federal Communication Commission\u2019s E-Rate program, the "
 "Department of Justice and the United States Attorney\u2019s Office for the Northern District of California "
 "announced today.\n\n"
 "The E-Rate program, created by Congress in the Telecommunications Act of 1996, provides funding for needy schools "
 "and libraries to connect to and utilize the Internet. Under the E-Rate program which is funded by monies collected "
 "from telephone users, schools apply for monies to provide cabling, Internet backbone equipment (i.e. servers, PBX, "
 "and switches), and to pay for monthly connectivity service fees.\n\n"
 "In a two-count felony charge filed under seal on December 6, 2004 and unsealed today in U.S. District Court in San "
 "Francisco, Inter-Tel was charged with one count of allocating contracts and submitting rigged bids for E-Rate "
 "projects at two different school districts in Michigan and California. Inter-Tel also was charged with one count "
 "of wire fraud and aiding and abetting by willfully entering into a scheme to defraud the E-Rate program in San "
 "Francisco by inflating bids, agreeing to submit false and fraudulent documents to hide the planned installation of "
 "ineligible items, and submitting false and fraudulent documents to defeat inquiry into the legitimacy of the "
 "funding request.",
 "telecoms", "legal,antitrust,fraud",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2004-12-08, US federal "
 "government work (public domain); text from the search tool's page store at " + U2 + " (the University of North "
 "Texas End of Term web archive's capture of the Department's page justice.gov/opa/pr/2004/December/04_at_783.htm)",
 "US Justice Department press release (Office of Public Affairs, justice.gov) as the UNT End of Term web archive "
 "holds it, from the search tool page store",
 "The Office of Public Affairs release of Wednesday 8 December 2004 (justice.gov opa/pr/2004/December/04_at_783.htm, "
 "an Antitrust Division matter: 'AT' in its header) as the University of North Texas End of Term web archive "
 "(eot2008, capture 20080916005038) holds it: the Department's own page. Left out: 'Department of Justice Seal "
 "Department of Justice', 'FOR IMMEDIATE RELEASE', the date line 'WEDNESDAY, DECEMBER 8, 2004' (`published` from "
 "it), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888', the two-line headline (kept as `title`, its "
 "line break made a space), the subheading 'Corporation Agrees To Pay $8.71 Million Fine And Restitution'. The "
 "paragraphs are the store's blank-line blocks, each one row. Cut after '... the legitimacy of the funding "
 "request.', before '\u201cThis conduct deprived the E-Rate program of fair and competitive prices, caused the "
 "program to pay for unnecessary, inappropriat' (the excerpt breaks off inside the quotation, before its speaker: "
 "`truncated`; no person is named in the text). Kept as written: the dateline 'WASHINGTON, D.C. - ' (a hyphen with "
 "spaces), 'the Federal Communication Commission\u2019s E-Rate program' (no 's' on Communication), 'United States "
 "Attorney\u2019s Office for the Northern District of California', 'Under the E-Rate program which is funded' (no "
 "comma), '(i.e. servers, PBX, and switches)', 'filed under seal on December 6, 2004 and unsealed today' (no comma), "
 "'U.S. District Court in San Francisco' (no 'the'). The headline's 'ARIZONA-BASED' is in the title only (no Arizona "
 "in the text). One text per matter (Inter-Tel's E-Rate case, N.D. Cal.): the Division's other E-Rate matters met on "
 "earlier rounds' not-used lines (Duane Maynard 2003, Howe Electric 2008, NEC-Business Network Solutions 2004, Premio "
 "2006, Gloria Harper 2011) are other companies' cases; none is in the corpus. Found with 'Department of Justice Seal "
 "Department of Justice FOR IMMEDIATE RELEASE WWW.USDOJ.GOV AT (202) 514-2007 president of company pleads guilty "
 "E-Rate bid rigging kickbacks school district' (rank 4). " + CHECK + "'Inter-Tel', 'Inter-Tel Technologies', "
 "'04_at_783': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'E-Rate' (as a word) only on "
 "GATHERING.md's not-used lines of earlier rounds (Maynard, Howe Electric, NEC-BNS, Premio, Harper: no text taken).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
