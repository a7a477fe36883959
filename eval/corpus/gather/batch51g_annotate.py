#!/usr/bin/env python3
"""Batch 51g gold annotations (the texts of batch51g.py: two CFTC enforcement press releases -- the order that
sanctions 'Merrill Lynch Investment Managers, LLC (MLIM) and Merrill Lynch Alternative Investments, LLC (MLAI), both of
Plainsboro, New Jersey', for commodity pool annual reports filed late with 'the National Futures Association (NFA)',
with four 'CFTC Division of Enforcement staff' named (5364-07, 31 July 2007); the order against 'Vitol Inc., an energy
and commodities trading firm in Houston, Texas', for fraud tied to foreign corruption and attempted manipulation of 'two
S&P Global Platts physical oil benchmarks', brought with 'the Division of Enforcement's Corruption Task Force', with
'Chairman Heath P. Tarbert' quoted and 'the Department of Justice's Fraud Section and the United States Attorney's
Office for the Eastern District of New York' announcing a deferred prosecution agreement (8326-20, 3 December 2020)),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Merrill Lynch file to test, the Vitol file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a; looked up in the corpus's files by their gold only where other matters): regulators and
courts -> Organization, the fullest name the text gives ('U.S. Commodity Futures Trading Commission'; 'Commodity
Futures Trading Commission' where the text has no 'U.S.', as 51a's TFS-ICAP file), 'CFTC' as alias, and 'Commission'
where the text uses it alone for the CFTC (49h, 50g, 50j, 51a); 'Division of Enforcement' -> Organization with
parentOrganization to the CFTC (49d, 49k, 50d), and its staff members -> other at the division (50d, the manual's
'staff attorneys -> other'); a named task force -> Organization (49k's and 50a's 'President's Corporate Fraud Task
Force'); the Justice Department and a named section of it -> two Organizations with parentOrganization (49g's 'Criminal
Division, Fraud Section'); a U.S. Attorney's Office named in full -> Organization (the SEC lane's Weatherford and Bear
Stearns files); 'Platts' -> Company (49h, 50a, 50d); 'U.S.' standing alone -> Location (49k's El Paso file); 'City,
State' as one Location (49g, 50d, 50g, 51a); a firm's bracketed short form and its short name as alias; 'Chairman' of
the CFTC -> chairman (49g's Lukken); a self-regulatory body that is not a business (the National Futures Association)
-> Organization; laws, rules, citations, registration categories (commodity pool operator) and agreements (the
deferred prosecution agreement) -> nothing; 'early 2020' -> the year (the manual's 'late 2006'); a date repeated with
the same text and value -> one item (the manual).
usage: batch51g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

MLIM = "Merrill Lynch Investment Managers, LLC"
MLAI = "Merrill Lynch Alternative Investments, LLC"
DOE = "Division of Enforcement"
STAFF = ["Matthew Elkan", "Kathleen Banar", "Richard Glaser", "Richard Wagner"]
CFTC2 = "Commodity Futures Trading Commission"
A = {}

# ---- Merrill Lynch Investment Managers / Alternative Investments order, CFTC 5364-07, published 2007-07-31 (a Tuesday) --
A["us-cftc-merrill-lynch-investment-managers-alternative-investments-commodity-pool-annual-reports-nfa-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order', 'a CFTC regulation', "the CFTC's goal",
 # 'CFTC Division of Enforcement', and '[CFTC Jan. 8, 1979]' inside the citation: alias 'CFTC'); Merrill Lynch
 # Investment Managers, LLC ('(MLIM)': alias) and Merrill Lynch Alternative Investments, LLC ('(MLAI)': alias) --
 # Company, each named once in full; Plainsboro, New Jersey ('both of Plainsboro, New Jersey': one Location, the
 # lane's 'City, State' way); the National Futures Association ('(NFA)': alias; Organization -- a self-regulatory
 # body, not a business: **doubtful**, a reader may type it Company as the manual's exchanges); the Division of
 # Enforcement ('CFTC Division of Enforcement staff': Organization, the CFTC's unit, 50d's way); Matthew Elkan,
 # Kathleen Banar, Richard Glaser, Richard Wagner (Person, each named once). Not annotated: 'Commodity Pool Operators
 # and Commodity Trading Advisors; Final Rules', '44 Fed. Reg. 1918', 'Rule 4.22' (a rule and its citation -- the
 # Federal Register only as a citation's abbreviation, near-miss); 'commodity pool operators (CPOs)' (a registration
 # category); 'pool participants', 'their commodity pools' (generic, unnamed); 'Merrill Lynch' (only inside the two
 # firms' names -- no Merrill Lynch parent is named on its own: near-miss)
 entities=[E("Organization", "U.S. Commodity Futures Trading Commission", "CFTC"),
           E("Company", MLIM, "MLIM"),
           E("Company", MLAI, "MLAI"),
           E("Location", "Plainsboro, New Jersey"),
           E("Organization", "National Futures Association", "NFA"),
           E("Organization", DOE)]
          + [E("Person", p) for p in STAFF],
 # 'The following CFTC Division of Enforcement staff are responsible for this case: ...' -> other at the Division of
 # Enforcement, current, for each of the four (50d's seven staff members; the manual's staff attorneys -> other) --
 # **doubtful** as there: a reader may give no role (no title is written) or hang the roles on the CFTC itself
 roles=[R(p, "other", DOE, True) for p in STAFF],
 # 'CFTC Division of Enforcement' -> parentOrganization(Division of Enforcement, CFTC) (50d's way). Near-misses: MLIM
 # and MLAI share the 'Merrill Lynch' name, a town and the order, but the text states no parent, owner or unit between
 # them, nor names the Merrill Lynch firm both belong to (outside knowledge, not in the text); filing reports 'with the
 # National Futures Association' (a duty to a self-regulatory body, no partner or provider tie); the order 'against'
 # the two firms (enforcement, no relation type)
 relations=[L(DOE, "parentOrganization", "U.S. Commodity Futures Trading Commission")],
 outages=[],
 # 'today' ('announced today') -> 2007-07-31 (`published`); 'November 3, 1999' and 'October 10, 1986' (the two
 # registration dates, 'respectively') -> 1999-11-03, 1986-10-10; '2001' ('beginning in 2001') -> 2001; '2005'
 # ('through at least 2005') -> 2005; 'Jan. 8, 1979' ('[CFTC Jan. 8, 1979]', the date of the cited final rules) ->
 # 1979-01-08 -- **doubtful**: a date inside a legal citation; a reader may leave it out. Skipped: '1918' (a page
 # number of the Federal Register, not a year), '4.22' (a rule number), the date lines (cut)
 dates=[D("today", "2007-07-31"), D("November 3, 1999", "1999-11-03"), D("October 10, 1986", "1986-10-10"),
        D("2001", "2001"), D("2005", "2005"), D("Jan. 8, 1979", "1979-01-08")])

# ---- Vitol Inc. order, CFTC press release 8326-20, published 2020-12-03 (a Thursday) ----------------------------------
A["us-cftc-vitol-houston-corruption-fraud-platts-benchmarks-attempted-manipulation-doj-fraud-section-2020"] = dict(
 # The Commodity Futures Trading Commission ('The Commodity Futures Trading Commission today issued' -- no 'U.S.' in
 # this text, so the name as written, 51a's TFS-ICAP way; "The CFTC's order", 'brought by the CFTC', 'the CFTC will
 # actively pursue': alias 'CFTC'; 'helping the Commission bring' in the Chairman's quotation: alias 'Commission');
 # Vitol Inc. ('requires Vitol to pay', "Vitol's ... conduct", 'with Vitol', 'Vitol agreed': alias 'Vitol'); Houston,
 # Texas ('a ... trading firm in Houston, Texas': one Location); the U.S. ('the U.S. and global oil markets' twice,
 # 'the U.S. derivatives': one Location, 49k's El Paso file's 'U.S.'); S&P Global Platts ('two S&P Global Platts
 # physical oil benchmarks': Company, the price-reporting business whose benchmarks Vitol tried to move, as the
 # lane's 'Platts' files -- **doubtful**: the name stands only as a modifier of the (unnamed) benchmarks, and the
 # manual leaves out a company named only inside a product's name; here no product name is written, so kept); the
 # Division of Enforcement and its Corruption Task Force ("the Division of Enforcement's Corruption Task Force": two
 # Organizations, the task force as 49k's and 50a's named task force); Heath P. Tarbert ('said Chairman Heath P.
 # Tarbert'); Neel Chopra (named in the Chairman's quotation); the Department of Justice and its Fraud Section ("the
 # Department of Justice's Fraud Section": two Organizations, 49g's way); the United States Attorney's Office for the
 # Eastern District of New York (Organization, the text's own form, curly apostrophe as written). Not annotated: 'the
 # Foreign Corrupt Practices Act' (a law); 'a Deferred Prosecution Agreement (DPA)' / 'the DPA' (an agreement, a
 # document); 'an energy and commodities trading firm' (a description); 'its counterparties', 'other market
 # participants' (generic); 'global oil markets' (no place named)
 entities=[E("Organization", CFTC2, "CFTC", "Commission"),
           E("Company", "Vitol Inc.", "Vitol"),
           E("Location", "Houston, Texas"),
           E("Location", "U.S."),
           E("Company", "S&P Global Platts"),
           E("Organization", DOE),
           E("Organization", "Corruption Task Force"),
           E("Person", "Heath P. Tarbert"),
           E("Person", "Neel Chopra"),
           E("Organization", "Department of Justice"),
           E("Organization", "Fraud Section"),
           E("Organization", "United States Attorney\u2019s Office for the Eastern District of New York")],
 # 'said Chairman Heath P. Tarbert' (in a CFTC release, of the CFTC's work) -> chairman at the CFTC, current (49g's
 # 'CFTC Acting Chairman Walt Lukken' way; here the text writes only 'Chairman', the CFTC being the release's speaker
 # -- **doubtful** only in that the org is implied, not written beside the title). Near-miss: Neel Chopra is thanked
 # 'for his leadership in helping the Commission bring this important action', but no post or title is written -- no
 # role (a reader may give other at the CFTC)
 roles=[R("Heath P. Tarbert", "chairman", CFTC2, True)],
 # "the Division of Enforcement's Corruption Task Force" -> parentOrganization(Corruption Task Force, Division of
 # Enforcement); the Division of Enforcement -> parentOrganization(Division of Enforcement, CFTC) (the CFTC's own
 # division in the CFTC's release, 50d's way -- **doubtful**: this text does not write 'CFTC Division of
 # Enforcement', a reader may leave the tie out); "the Department of Justice's Fraud Section" ->
 # parentOrganization(Fraud Section, Department of Justice) (49g). Near-misses: the United States Attorney's Office
 # for the Eastern District of New York is not said to be part of the Department of Justice (the possessive governs
 # 'Fraud Section' only; outside knowledge would add it); no parent of Vitol Inc. is named (news outside the text
 # calls it the U.S. arm of the Vitol group -- not in the kept part); the Justice offices' agreement 'with Vitol'
 # (a deferred prosecution, no partner); Vitol's attempted manipulation of Platts benchmarks (no tie of the
 # vocabulary); the CFTC's action brought 'in coordination with' its own task force (its unit, already the parent tie)
 relations=[L("Corruption Task Force", "parentOrganization", DOE),
            L(DOE, "parentOrganization", CFTC2),
            L("Fraud Section", "parentOrganization", "Department of Justice")],
 outages=[],
 # 'today' ('today issued', 'today announced') -> 2020-12-03 (`published`; one item, the same text and value);
 # '2005' ('spanned from 2005 to early 2020') -> 2005; 'early 2020' -> 2020 (the manual: 'late 2006' -> the year).
 # Skipped: the date line (cut); '$95.7 Million', '$95 million' (amounts)
 dates=[D("today", "2020-12-03"), D("2005", "2005"), D("early 2020", "2020")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
