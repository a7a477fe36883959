#!/usr/bin/env python3
"""Batch 45p gold annotations (the texts of batch45p.py: the SEC's Litigation Release No. 20036 of 12 March 2007 on
'four former senior executives of Nortel Networks Corporation' -- Frank A. Dunn ('Chief Financial Officer and Chief
Executive Officer'), Douglas C. Beatty ('Controller and Chief Financial Officer'), Michael J. Gollogly ('Controller'),
MaryAnne E. Pahapill ('Assistant Controller and Vice President of Corporate Reporting'); the SEC's Litigation Release
No. 22007 of 21 June 2011 on Paul R. Allen, 'the former chief-executive officer at Taylor, Bean and Whitaker Mortgage
Corp. (TBW)', and 'TBW's former chairman, Lee B. Farkas', with 'Colonial Bank's parent company -- The Colonial
BancGroup, Inc.'; the SEC's Litigation Release No. 16910 of 28 February 2001 on Walter A. Forbes and E. Kirk Shelton,
'the top two former officers of CUC International Inc.', 'CUC merged with HFS Incorporated on December 17, 1997, to
form Cendant Corporation', SEC Director of Enforcement Richard H. Walker quoted), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f and 45k for SEC releases): the SEC -> Organization ('SEC', 'Commission' aliases
where written); 'Chief Executive Officer', 'chief-executive officer' -> ceo; 'Chief Financial Officer' -> cfo;
'chairman' -> chairman; 'Controller' -> executive (45a's Steimle, 45k's Kenneally); 'Assistant Controller' ->
executive (doubtful); 'Vice President of Corporate Reporting' -> vice-president; 'former officers of' a company ->
executive, current false (45a's Bounsall and Delaney, 44d, 44h); posts held by 'former senior executives' 'during
that time' -> current false; "SEC Director of Enforcement" -> director at the SEC (44d's and 44l's Cutler); a court
named in full -> Organization (41b, 45a, 45k; its district no Location); 'the U.S. Treasury' -> Organization, its
'Troubled Asset Relief Program (TARP)' a programme (GUIDELINES: no entity); "X's parent company -- Y" ->
parentOrganization(X, Y); 'X merged with Y to form Z' -> nothing (GUIDELINES: a merger where the text does not say who
buys whom); an equity investment announced and never funded -> nothing (GUIDELINES: intentions, abandoned deals);
'Canadian' as a modifier -> no Location (44r); 'Wall Street' as the market's expectations -> nothing (44d); 'late
2000' -> the year (GUIDELINES; 43q, 44d); a span '1995-1997' -> its two years (44l's '1997-2000'); 'the 1980s' -> no
date (a decade, 16d, 20a).
usage: batch45p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
NN = "Nortel Networks Corporation"
TBW = "Taylor, Bean and Whitaker Mortgage Corp."
CB = "Colonial Bank"
CBG = "The Colonial BancGroup, Inc."
CUC = "CUC International Inc."
CD = "Cendant Corporation"
A = {}

# ---- Nortel Networks, Dunn, Beatty, Gollogly and Pahapill, published 2007-03-12 (a Monday) -----------------------------
A["us-sec-nortel-networks-four-former-executives-ceo-cfo-controllers-fraud-2007"] = dict(
 # The SEC ('The Securities and Exchange Commission', "the Commission's complaint" twice); the U.S. District Court for
 # the Southern District of New York (named in full: Organization; 'New York' only inside its name, no Location);
 # Nortel Networks Corporation ('Nortel', "Nortel's"); Frank A. Dunn ('Dunn'), Douglas C. Beatty ('Beatty'), Michael
 # J. Gollogly ('Gollogly'), MaryAnne E. Pahapill ('Pahapill'). Not annotated: 'a Canadian manufacturer' ('Canadian'
 # a modifier, 44r; near-miss), 'Wall Street expectations' (the market's analysts, 44d; near-miss), 'these
 # individuals', 'top corporate executives' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Company", NN, "Nortel"),
           E("Person", "Frank A. Dunn", "Dunn"),
           E("Person", "Douglas C. Beatty", "Beatty"),
           E("Person", "Michael J. Gollogly", "Gollogly"),
           E("Person", "MaryAnne E. Pahapill", "Pahapill")],
 # 'four former senior executives of Nortel Networks Corporation' ... 'During that time, Dunn served as Chief
 # Financial Officer and Chief Executive Officer; Beatty as Controller and Chief Financial Officer; Gollogly as
 # Controller; and Pahapill as Assistant Controller and Vice President of Corporate Reporting' -> Dunn cfo and ceo;
 # Beatty executive (Controller) and cfo; Gollogly executive (Controller); Pahapill executive (Assistant Controller)
 # and vice-president; all current false ('former senior executives', posts held 'between September 2000 and January
 # 2004'). Doubtful: 'Assistant Controller' -> executive (a reader may read other, or give Pahapill the vice-president
 # post only); two posts named for one person -> two roles (45k's Morrice, ceo and cofounder)
 roles=[R("Frank A. Dunn", "cfo", NN, False), R("Frank A. Dunn", "ceo", NN, False),
        R("Douglas C. Beatty", "executive", NN, False), R("Douglas C. Beatty", "cfo", NN, False),
        R("Michael J. Gollogly", "executive", NN, False),
        R("MaryAnne E. Pahapill", "executive", NN, False), R("MaryAnne E. Pahapill", "vice-president", NN, False)],
 relations=[],
 outages=[],
 # 'today' -> 2007-03-12; 'September 2000' -> 2000-09; 'January 2004' -> 2004-01; 'late 2000' -> 2000 (GUIDELINES;
 # doubtful: a reader may give 2000-Q4 or skip it); 'January 2001' -> 2001-01; 'July 2002' -> 2002-07; 'June 2003' ->
 # 2003-06
 dates=[D("today", "2007-03-12"), D("September 2000", "2000-09"), D("January 2004", "2004-01"),
        D("late 2000", "2000"), D("January 2001", "2001-01"), D("July 2002", "2002-07"), D("June 2003", "2003-06")])

# ---- Taylor, Bean and Whitaker, Allen and Farkas, published 2011-06-21 (a Tuesday) -------------------------------------
A["us-sec-taylor-bean-whitaker-former-ceo-allen-former-chairman-farkas-tarp-2011"] = dict(
 # The SEC ('the Securities and Exchange Commission (SEC)', "the SEC's complaint" twice); Taylor, Bean and Whitaker
 # Mortgage Corp. ('(TBW)', 'TBW', "TBW's"); Paul R. Allen ('Allen'); Lee B. Farkas ('Farkas'); the U.S. Treasury
 # (Organization, "the U.S. Treasury's Troubled Asset Relief Program"); the U.S. District Court for the Eastern
 # District of Virginia (Organization; no Location); Colonial Bank ("Colonial Bank's"); The Colonial BancGroup, Inc.
 # ('BancGroup'; the name with its 'The' as printed, as 'The Walt Disney Company' in the corpus; doubtful: a reader
 # may drop 'The'). Not annotated: 'Troubled Asset Relief Program (TARP)', 'TARP funds' (a programme, GUIDELINES;
 # near-miss), 'a foreign-held investment bank' (not named; near-miss), 'the nation' (not named), 'the investing
 # public' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", TBW, "TBW"),
           E("Person", "Paul R. Allen", "Allen"),
           E("Person", "Lee B. Farkas", "Farkas"),
           E("Organization", "U.S. Treasury"),
           E("Organization", "U.S. District Court for the Eastern District of Virginia"),
           E("Company", CB),
           E("Company", CBG, "BancGroup")],
 # 'Paul R. Allen, the former chief-executive officer at Taylor, Bean and Whitaker Mortgage Corp. (TBW)' -> ceo
 # (false); "TBW's former chairman, Lee B. Farkas" -> chairman (false)
 roles=[R("Paul R. Allen", "ceo", TBW, False), R("Lee B. Farkas", "chairman", TBW, False)],
 # "Colonial Bank's parent company -- The Colonial BancGroup, Inc." -> parentOrganization(Colonial Bank, BancGroup).
 # Not relations (near-misses): "TBW's equity investment in Colonial Bank" and 'the necessary financing for
 # BancGroup' (a bogus investment never funded, 'Farkas never secured financing': an intention, GUIDELINES);
 # Colonial Bank and the U.S. Treasury (TARP funds applied for, no contract)
 relations=[L(CB, "parentOrganization", CBG)],
 outages=[],
 # 'On June 17, 2011' -> 2011-06-17 (the text 'June 17, 2011'); 'since 1983' -> 1983. Not dates: 'the remaining two
 # hours of trading' (a span of that unnamed day), 'later' (not resolvable)
 dates=[D("June 17, 2011", "2011-06-17"), D("1983", "1983")])

# ---- CUC International and Cendant, Forbes and Shelton, published 2001-02-28 (a Wednesday) ----------------------------
A["us-sec-cuc-international-cendant-former-officers-forbes-shelton-fraud-2001"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'The Commission', "the Commission's investigation", 'SEC
 # Director of Enforcement'); the U.S. District Court for the District of New Jersey (Organization; 'New Jersey' only
 # inside its name, no Location); Walter A. Forbes ('Forbes'), E. Kirk Shelton ('Shelton'); CUC International Inc.
 # ('("CUC")', 'CUC'); HFS Incorporated; Cendant Corporation ('("Cendant")', 'Cendant'); Richard H. Walker. Not
 # annotated: 'a public company', 'investors' (generic)
 entities=[E("Organization", SEC, "Commission", "SEC"),
           E("Organization", "U.S. District Court for the District of New Jersey"),
           E("Person", "Walter A. Forbes", "Forbes"),
           E("Person", "E. Kirk Shelton", "Shelton"),
           E("Company", CUC, "CUC"),
           E("Company", "HFS Incorporated"),
           E("Company", CD, "Cendant"),
           E("Person", "Richard H. Walker")],
 # 'Walter A. Forbes and E. Kirk Shelton, the top two former officers of CUC International Inc.' -> executive
 # (officers, no post named: 45a's Bounsall and Delaney), current false. Doubtful: the heading calls them 'FORMER TOP
 # OFFICERS OF CUC INTERNATIONAL INC., AND CENDANT CORP.', but the text names CUC only (the title is not annotated;
 # no role at Cendant; a reader may add one); 'SEC Director of Enforcement Richard H. Walker' -> director at the SEC
 # (current; 44d's and 44l's Cutler; a reader may set head)
 roles=[R("Walter A. Forbes", "executive", CUC, False), R("E. Kirk Shelton", "executive", CUC, False),
        R("Richard H. Walker", "director", SEC)],
 # 'CUC merged with HFS Incorporated on December 17, 1997, to form Cendant Corporation' -> nothing (GUIDELINES: a
 # merger where the text does not say who buys whom; no parentOrganization either, the two are merged into the new
 # company). Doubtful near-miss: a reader may link CUC or HFS to Cendant
 relations=[],
 outages=[],
 # 'today' -> 2001-02-28; 'For the period 1995-1997' -> '1995', '1997' (44l's '1997-2000'; '1997' also inside the
 # day below, one item by its text); 'December 17, 1997' -> 1997-12-17; 'April 1998' -> 1998-04. Not dates: 'the
 # 1980s' (a decade, 16d, 20a)
 dates=[D("today", "2001-02-28"), D("1995", "1995"), D("1997", "1997"), D("December 17, 1997", "1997-12-17"),
        D("April 1998", "1998-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
