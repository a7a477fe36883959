#!/usr/bin/env python3
"""Gold annotations for batch 59b (session 56, gatherer 59b): the two SEC litigation releases batch59b.py writes -- the
settled insider-trading action against Walter E. Johnson, then a member of DF&R Restaurants, Inc.'s board of
directors, and Rex E. Sanders (Litigation Release No. 15289, March 13, 1997, the UNT End of Term 2008 archive copy);
the settled action against Catherine R. McEnroe, Noreen O'Loughlin and Martin von Ruden over Cablevision Systems
Corporation's improper 'prepays' of 1999 to mid-2003 (Litigation Release No. 20862, January 22, 2009) -- written from
the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Cablevision -> test, DF&R -> train (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its release line).
Conventions (the federal SEC lane's, batches 47y, 51d, 51i, 54e, 57l, 57y, 58b, 58m and 58q; looked up in GATHERING.md,
GUIDELINES.md and the gather scripts): the SEC under the fullest form the text writes ('United States Securities and
Exchange Commission', as 55b's SEC file) with the alias 'Commission'; where the text never names it
in full, 'Commission' itself as the Organization's name (58m's Teltran, 58q's State Mutual); a federal court named in
full -> Organization under the form written, a state inside its name no Location of its own (57y, 58b, 58m, 58q); a
judicial district written without its court ('filed in the Northern District of Texas') -> nothing (45zv's
'filed in the Northern District of California'); the National Association of Securities Dealers -> Organization (the
corpus's NASD file: a self-regulatory body); a bracketed short form or a surname standing alone -> alias; 'a member of
X's board of directors' -> director (GUIDELINES, Roles); a post told in the past tense only -> current false (the SEC
rounds' reading, as 54zo recorded it for 'was a general manager'; 30a's 'was a member of its board of
directors' -> director, not current); fiscal quarters ->
no date (GUIDELINES, Dates); 'mid-2003' -> the year (GUIDELINES: 'late 2006' -> the year); 'today' -> `published`;
amounts, percentages, share counts, release and docket numbers, laws and accounting standards -> nothing.
usage: batch59b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather60b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DFR = "DF&R Restaurants, Inc."
CVC = "Cablevision Systems Corporation"
A = {}

# ---- DF&R Restaurants, Inc. / Johnson and Sanders, LR 15289, published 1997-03-13 (a Thursday) -----------------------
A["us-sec-df-r-restaurants-director-johnson-tipped-sanders-insider-trading-consent-judgments-1997"] = dict(
 # The Commission ('The Commission announced', "the Commission's allegations", "The Commission's Complaint"): the text
 # never writes the full name -- the release line and caption that do are left out, and the title is not annotated
 # apart from the text -- so 'Commission' is the Organization's name (58m's Teltran and 58q's State Mutual way;
 # **doubtful**: a reader may leave a bare 'Commission' out as generic); Walter E. Johnson ('(Johnson)', 'Johnson was
 # a member', 'Johnson tipped': alias 'Johnson'); Rex E. Sanders ('(Sanders)', 'Sanders sold': alias 'Sanders'); DF&R
 # Restaurants, Inc. ('(DF&R)', 'DF&R stock', "DF&R's board of directors" and more: alias 'DF&R'); the National
 # Association of Securities Dealers, Inc. (the body the Commission thanks: Organization, as the corpus's NASD file
 # types it; no short form in the text). Not annotated: 'the Northern District of Texas' ('a civil action was filed in
 # the Northern District of Texas': a judicial district written without its court -- no Organization, and not a place
 # named as such -- no Location for Texas; near-miss, **doubtful**: other rounds gave a bare district an Organization);
 # 'the Complaint', 'Final Judgments' (papers); the Securities Act of 1933, the Securities Exchange Act of 1934 and
 # 'Rule 10b-5' (laws); 'analysts', 'market expectations' (generic); "DF&R's board of directors" (the company's own
 # body: no entity); amounts, prices, '8,000 shares', '36 percent'
 entities=[E("Organization", "Commission"),
           E("Person", "Walter E. Johnson", "Johnson"),
           E("Person", "Rex E. Sanders", "Sanders"),
           E("Company", DFR, "DF&R"),
           E("Organization", "National Association of Securities Dealers, Inc.")],
 # 'Johnson was a member of DF&R's board of directors who, between November 5, 1994, and November 10, 1994, received
 # ... information' -> director at DF&R Restaurants, Inc. (GUIDELINES: a board member -> director), current false: the
 # post is told in the past tense only, of November 1994, in a release of March 1997 (the SEC rounds' reading of a
 # bare 'was'; **doubtful**: the text does not say he left the board). **Near-misses**: Rex E. Sanders (no post and
 # no employer named; how he knew Johnson is not said: no role); 'analysts' (unnamed, no organisation: no analyst
 # role); the Commission's and the NASD's staff (no one named)
 roles=[R("Walter E. Johnson", "director", DFR, False)],
 # No relation. **Near-misses**: the National Association of Securities Dealers' 'assistance in the investigation' (a
 # self-regulatory body helping the Commission's inquiry, not a partnership or a supply contract between the two: no
 # partner); Sanders's sale of DF&R shares (a person selling stock, not an acquisition: nothing)
 relations=[],
 outages=[],
 # 'on February 5, 1997' -> 1997-02-05; 'on November 11, 1994' (four times: 'trading in DF&R stock on November 11,
 # 1994', 'on or before November 11, 1994', 'on the morning of November 11, 1994', "DF&R's November 11, 1994, public
 # announcement" -- the same text and value: one item) -> 1994-11-11; 'between November 5, 1994, and November 10, 1994'
 # -> 'November 5, 1994' 1994-11-05 and 'November 10, 1994' 1994-11-10; 'on November 14, 1994' -> 1994-11-14. Not
 # dates: 'the second quarter of fiscal year 1995' (a fiscal quarter of a fiscal year the text does not tie to the
 # calendar -- GUIDELINES: fiscal quarters that are not calendar quarters -> skip; its earnings were due out in
 # November 1994, so it is no calendar 1995-Q2 -- near-miss); '1933' and '1934' inside the Acts' names (laws' names);
 # the left-out release line's 'March 13, 1997'
 dates=[D("February 5, 1997", "1997-02-05"), D("November 11, 1994", "1994-11-11"), D("November 5, 1994", "1994-11-05"),
        D("November 10, 1994", "1994-11-10"), D("November 14, 1994", "1994-11-14")])

# ---- Cablevision Systems Corporation / McEnroe, O'Loughlin, von Ruden, LR 20862, published 2009-01-22 (a Thursday) --
A["us-sec-cablevision-systems-three-former-managers-mcenroe-oloughlin-von-ruden-prepaid-expenses-2009"] = dict(
 # The United States Securities and Exchange Commission ('(Commission)', "The Commission's complaint": the fullest form
 # written, with 'Commission' as alias, as 55b's SEC file names it); Catherine R. McEnroe, Noreen
 # O'Loughlin and Martin von Ruden (Persons under the forms the text writes -- 'Martin von Ruden' without the left-out
 # caption's 'R.'; no surname stands alone in the kept text: no aliases); the United States District Court for the
 # Eastern District of New York ('in United States District Court for the Eastern District of New York': a named court,
 # Organization under the form written with 'United States' opening it; 'New York' inside its name, no Location);
 # Cablevision Systems Corporation ('(Cablevision)', 'Cablevision recognized', "Cablevision's books": alias
 # 'Cablevision'). Not annotated: 'Generally Accepted Accounting Principles' (accounting standards, as the lane's
 # earlier files leave them out -- near-miss); 'the Federal securities laws' (laws); 'employees' (unnamed); '"prepays"'
 # (a practice, not a Service -- near-miss)
 entities=[E("Organization", "United States Securities and Exchange Commission", "Commission"),
           E("Person", "Catherine R. McEnroe"),
           E("Person", "Noreen O'Loughlin"),
           E("Person", "Martin von Ruden"),
           E("Organization", "United States District Court for the Eastern District of New York"),
           E("Company", CVC, "Cablevision")],
 # No role. **Near-misses**: the title's 'Three Former Managers at Cablevision Systems Corporation' (the title is not
 # annotated apart from the text, and the kept text gives the three no post: 'improper expense recognition at
 # Cablevision' places the conduct, not their employment -- a reader working from the heading might add executive
 # (GUIDELINES' '"manager" -> executive') at Cablevision, current false, for each of the three; not gold, **doubtful**
 # only in that the heading states it plainly); 'employees prepared and submitted inaccurate invoices' (unnamed
 # employees: no role)
 roles=[],
 # No relation. **Near-misses**: Cablevision and the Commission or the court (a proceeding: no relation type);
 # 'inaccurate invoices' (their issuers unnamed: no supplier, no partner)
 relations=[],
 outages=[],
 # 'today' ('(Commission) today filed') -> 2009-01-22 (`published`); 'from at least 1999 through mid-2003' -> '1999'
 # 1999 and 'mid-2003' 2003 (the middle of a year -> the year, as GUIDELINES' 'late 2006'; the surface with its 'mid-'
 # prefix, as written). Not dates: 'those periods', 'earlier fiscal periods', 'later periods' (no value); the cut
 # sentence's '1999 through mid-2003' again and '2000 through' (beyond the cut); the left-out caption's 'Jan. 22, 2009'
 dates=[D("today", "2009-01-22"), D("1999", "1999"), D("mid-2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
