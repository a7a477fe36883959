#!/usr/bin/env python3
"""Gold annotations for batch 57y (session 55, gatherer 57y): the three sec.gov texts batch57y.py writes -- Motorcar
Parts and Accessories, Inc. and its former CFO Peter Bromberg, charged by the Commission and the United States
Attorney's Office for the Central District of California (Litigation Release No. 17736, September 19, 2002); Electro
Scientific Industries, Inc. (ESI), James T. Dooley (its Chief Financial Officer and Chief Operating Officer and then
Chief Executive Officer), its former Corporate Controller James E. Lorenz, III and its former General Counsel John E.
Isselmann, Jr. (Litigation Release No. 18896, 2004; `published` null); Spectrum Information Technologies, Inc. and its
former president and chief executive officer Peter T. Caserta, former chief financial officer Salvatore Marino and former
chairman Dana C. Verrill (Litigation Release No. 17115, September 5, 2001) -- written from the texts alone; newskg was
not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Electro Scientific Industries -> test, Motorcar -> train, Spectrum -> dev (as write_parts dealt them).
Dates resolve against `published` (the release lines: September 19, 2002; September 5, 2001); ESI's release came with
no date line (`published` null), so only its absolute expressions are listed (GUIDELINES).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zh, 54z, 55zb, 56c, 56l, 57d and 57l; looked up in
GATHERING.md and the gold of the corpus's SEC files on other matters): the SEC as 'Securities and Exchange Commission'
with the alias 'Commission' where the full name stands; a named federal court or U.S. Attorney's Office named in full ->
Organization under the form written; 'the Justice Department' -> Organization, with no parentOrganization from the U.S.
Attorney's Office to it (not stated as parent and part: the corpus's Gambro file); 'X of Town, State' -> each a Location
(51zh, 57l); bracketed short forms, a firm's short name and a surname standing alone or after 'Mr.' -> aliases (the
corpus's 'Mr. Kim' -> 'Kim'); 'former' -> current false, posts a person 'served as' in a release about his past conduct
-> false (**doubtful**); 'CFO', 'chief financial officer' -> cfo; 'Chief Operating Officer' -> coo; 'Chief Executive
Officer', 'chief executive officer' -> ceo; 'president' -> president; 'chairman of the board of directors' -> chairman;
'Corporate Controller' and 'General Counsel' -> executive (GUIDELINES; the corpus's controller -> executive);
'an agreement with AT&T' -> partner (**doubtful**); fiscal years -> no date, a calendar day ending a fiscal period
('March 31, 1997', 'the quarter ended August 31, 2002') -> the day (45zi, 45zm, 51zp); a season of a year ('the fall of
2002') -> the year (GUIDELINES); release and docket numbers, amounts, percentages, ages and laws -> nothing.
usage: batch57y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MPA = "Motorcar Parts and Accessories, Inc."
ESI = "Electro Scientific Industries, Inc."
SIT = "Spectrum Information Technologies, Inc."
A = {}

# ---- Motorcar Parts and Accessories, Inc. / Peter Bromberg, LR 17736, published 2002-09-19 (a Thursday) --------------
A["us-sec-motorcar-parts-accessories-former-cfo-bromberg-earnings-overstatement-guilty-plea-2002"] = dict(
 # The Securities and Exchange Commission ("the Commission's action", "The Commission's complaint", 'with the
 # Commission': alias 'Commission'); the United States Attorney's Office for the Central District of California (named
 # in full: Organization under the form written; 'California' inside its name, no Location of its own); Los Angeles
 # ('charges in Los Angeles': Location); Peter Bromberg ('that Bromberg engaged', 'Motorcar and Bromberg': alias
 # 'Bromberg'); Motorcar Parts and Accessories, Inc. ('against Motorcar', "Motorcar's books": alias 'Motorcar'; the
 # caption's '&' spelling is in the left-out caption and the title only, not the text; 'the company' generic); the
 # Justice Department ("the Justice Department's criminal charges": Organization). Not annotated: 'the investing
 # public' (generic); 'Form 10-K', 'annual reports', 'a registration statement' (papers); 'an offering' (unnamed);
 # 'civil and criminal charges' (proceedings); amounts and percentages
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States Attorney's Office for the Central District of California"),
           E("Location", "Los Angeles"),
           E("Person", "Peter Bromberg", "Bromberg"),
           E("Company", MPA, "Motorcar"),
           E("Organization", "Justice Department")],
 # 'Peter Bromberg, the former CFO of Motorcar Parts and Accessories, Inc.' -> cfo at Motorcar Parts and Accessories,
 # Inc., false. **Near-misses**: the heading's 'ITS FORMER CFO' (title only, the same post); no post of anyone at the
 # Commission, the U.S. Attorney's Office or the Justice Department named in the kept text (no staff, no role)
 roles=[R("Peter Bromberg", "cfo", MPA, False)],
 # No relation. **Near-misses**: the United States Attorney's Office and the Justice Department (the text writes 'the
 # Justice Department's criminal charges' beside the office's charges, but never says the office is part of the
 # department: no parentOrganization, as the corpus's Gambro file); Motorcar and the Commission or the office (a
 # settlement and charges: no relation type); 'an offering that raised $19.8 million' (no underwriter or buyer named:
 # no partner)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2002-09-19 (`published`); 'the fiscal years ended March 31, 1997 and 1998' ->
 # 'March 31, 1997' 1997-03-31 (a calendar day ending a fiscal year: the day); 'in October 1997' -> 'October 1997'
 # 1997-10. Not dates: 'fiscal year 1997', 'fiscal year 1998', 'its false 1997 financial statements' (fiscal years,
 # which end on March 31 here: no calendar year); the elliptical '1998' in 'March 31, 1997 and 1998' (it stands for
 # March 31, 1998, but the same surface '1998' also names fiscal year 1998 in the text -- **doubtful**: left out rather
 # than give one surface two readings); the caption's and release line's 'September 19, 2002' (left out)
 dates=[D("today", "2002-09-19"), D("March 31, 1997", "1997-03-31"), D("October 1997", "1997-10")])

# ---- Electro Scientific Industries, Inc. / Dooley, Lorenz, Isselmann, LR 18896 (2004), published null -----------------
A["us-sec-electro-scientific-industries-former-cfo-coo-ceo-dooley-controller-lorenz-general-counsel-isselmann-2004"] = dict(
 # The Securities and Exchange Commission ("the Commission's complaint", 'the Commission also charged': alias
 # 'Commission'); James T. Dooley ('Mr. Dooley' twice: alias 'Dooley', the corpus's 'Mr. Kim' -> 'Kim'); Electro
 # Scientific Industries, Inc. ('(ESI)', "ESI's": alias 'ESI'; 'the company' generic); James E. Lorenz, III ('Mr.
 # Lorenz': alias 'Lorenz'); Portland and Oregon ("Portland, Oregon's largest public companies" and 'of Portland,
 # Oregon': each a Location, written twice, one entity each); John E. Isselmann, Jr. ('Mr. Isselmann': alias
 # 'Isselmann'); Cape Coral and Florida ('of Cape Coral, Florida': two Locations). Not annotated: "ESI's Audit
 # Committee, Board of Directors, and independent auditors" (the firm's own bodies and unnamed auditors: no entity --
 # near-miss: a reader may make 'Audit Committee' or 'Board of Directors' an Organization; they are generic parts of
 # ESI, not named bodies); 'electronics and other high-technology manufacturers' (unnamed customers); 'the complaint',
 # 'a separate action', 'an order' (papers); the ages '50' and '41'; amounts
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "James T. Dooley", "Dooley"),
           E("Company", ESI, "ESI"),
           E("Person", "James E. Lorenz, III", "Lorenz"),
           E("Location", "Portland"),
           E("Location", "Oregon"),
           E("Person", "John E. Isselmann, Jr.", "Isselmann"),
           E("Location", "Cape Coral"),
           E("Location", "Florida")],
 # 'James T. Dooley, who served as Chief Financial Officer and Chief Operating Officer and then Chief Executive Officer
 # of Electro Scientific Industries, Inc. (ESI)' -> cfo, coo and ceo at ESI, each false ('served as', past tense, in a
 # release about conduct of 2002-2003 that names his colleagues 'former'; the cfo and coo posts he left for the ceo post
 # by the text's own 'and then' -- **doubtful** for ceo: the text does not say in so many words that he left it, but
 # 'served' places it in the past). "James E. Lorenz, III, the company's former Corporate Controller" -> executive at
 # ESI, false (controller -> executive, the corpus's way). "John E. Isselmann, Jr., ESI's former General Counsel" ->
 # executive at ESI, false (GUIDELINES: general counsel -> executive). **Near-misses**: the heading's 'Former General
 # Counsel of ESI' (title only, the same post); Isselmann's duties to 'ESI's Audit Committee, Board of Directors' (no
 # seat on either: no director role)
 roles=[R("James T. Dooley", "cfo", ESI, False),
        R("James T. Dooley", "coo", ESI, False),
        R("James T. Dooley", "ceo", ESI, False),
        R("James E. Lorenz, III", "executive", ESI, False),
        R("John E. Isselmann, Jr.", "executive", ESI, False)],
 # No relation. **Near-misses**: ESI 'makes manufacturing equipment for electronics and other high-technology
 # manufacturers' (no customer named: no partner, no Service); ESI and its 'independent auditors' (unnamed); the
 # company's seat ('one of Portland, Oregon's largest public companies': a place, no relation type)
 relations=[],
 outages=[],
 # `published` null: only absolute expressions (GUIDELINES). 'quarter ended August 31, 2002' (twice: one item) ->
 # 'August 31, 2002' 2002-08-31; 'the quarter ended November 30, 2002' -> 'November 30, 2002' 2002-11-30 (calendar days
 # ending fiscal quarters: the day); 'in 2003' -> '2003' 2003; 'beginning in at least the fall of 2002' -> 'the fall of
 # 2002' 2002 (a season -> the year). Not dates: 'both quarters' (fiscal quarters, no calendar value of their own);
 # 'September 12, 2002' (after the cut); the ages
 dates=[D("August 31, 2002", "2002-08-31"), D("November 30, 2002", "2002-11-30"), D("2003", "2003"),
        D("the fall of 2002", "2002")])

# ---- Spectrum Information Technologies, Inc. / Caserta, Marino, Verrill, LR 17115, published 2001-09-05 (a Wednesday) --
A["us-sec-spectrum-information-technologies-former-ceo-caserta-cfo-marino-chairman-verrill-settlement-2001"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", 'filings with the Commission': alias
 # 'Commission'); Spectrum Information Technologies, Inc. ("Spectrum's financial results", 'Spectrum made false
 # statements', 'Spectrum stock': alias 'Spectrum'); Peter T. Caserta ('Caserta and Marino', 'Caserta falsely stated':
 # alias 'Caserta'); Salvatore Marino (alias 'Marino'); Dana C. Verrill (no surname alone in the kept text -- 'Caserta
 # and Verrill' is in the cut sentence -- so no alias); the U.S. District Court for the Eastern District of New York (a
 # named court: Organization under the form written; 'New York' inside its name, no Location); AT&T ('an agreement with
 # AT&T': Company). Not annotated: 'three former officials' (generic); 'the press' (unnamed outlets); 'certain licensing
 # agreements' (no counterparty named); 'investors' (generic); 'a previously-filed civil injunctive action', 'offers of
 # settlement', 'the complaint' (proceedings and papers)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SIT, "Spectrum"),
           E("Person", "Peter T. Caserta", "Caserta"),
           E("Person", "Salvatore Marino", "Marino"),
           E("Person", "Dana C. Verrill"),
           E("Organization", "U.S. District Court for the Eastern District of New York"),
           E("Company", "AT&T")],
 # 'three former officials of Spectrum Information Technologies, Inc., Peter T. Caserta (former president and chief
 # executive officer)' -> president and ceo at Spectrum Information Technologies, Inc., both false; 'Salvatore Marino
 # (former chief financial officer)' -> cfo, false; 'Dana C. Verrill (former chairman of the board of directors)' ->
 # chairman, false (GUIDELINES: a board's chair named as such -> chairman only). **Near-misses**: no director role for
 # Verrill beside chairman (only the chair is named, GUIDELINES); 'officials' (generic, no further post); no one at
 # AT&T named
 roles=[R("Peter T. Caserta", "president", SIT, False),
        R("Peter T. Caserta", "ceo", SIT, False),
        R("Salvatore Marino", "cfo", SIT, False),
        R("Dana C. Verrill", "chairman", SIT, False)],
 # 'Caserta falsely stated to the press that an agreement with AT&T was worth "hundreds of millions of dollars."' ->
 # partner(Spectrum Information Technologies, Inc., AT&T) -- **doubtful**: the falsehood the complaint alleges is the
 # agreement's worth, not its existence, and the sentence beside it speaks of Spectrum's 'licensing agreements'; the
 # direction as the text reads (Spectrum's agreement with AT&T). **Near-misses**: 'certain licensing agreements' and
 # 'licensing fees' (counterparties unnamed: no further partner); Spectrum and the court or the Commission (a
 # proceeding: no relation)
 relations=[L(SIT, "partner", "AT&T")],
 outages=[],
 # 'today' ('announced today') -> 2001-09-05 (`published`); 'filed ... on December 3, 1997' -> 'December 3, 1997'
 # 1997-12-03. Not dates: 'its first two consecutive profitable quarters' (no calendar value); the release line's and
 # the caption's dates (left out)
 dates=[D("today", "2001-09-05"), D("December 3, 1997", "1997-12-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
