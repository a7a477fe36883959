#!/usr/bin/env python3
"""Batch 54e gold annotations (the text of batch54e.py: the SEC's Litigation Release No. 23386 of 9 October 2015 --
summary judgment 'on all of its claims against Andrew Farmer in a market manipulation case involving the securities of
Chimera Energy Corp.', the findings of 'the Honorable Keith I. Ellison of the United States District Court for the
Southern District of Texas', and 'The SEC's litigation is being led by Matthew Gulde and Nikolay Vydashenko.'),
written from the text alone; newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts): the one id -> test. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp; looked up
in GATHERING.md and GUIDELINES) -- the Commission under its full name with aliases 'SEC' and 'Commission' where the
text writes both; a district court named in full -> Organization, its judge -> Person with no role (51n ... 52n, 53m);
a district inside a court's name -> no Location (41p); a company's short forms ('Chimera Energy', 'Chimera') ->
aliases; a person tied to a company only by what he did with its stock, with no post -> no role (40zm's precedent for
owners and bosses with no title); SEC staff named as leading the litigation with no title -> Persons, no role (as the
corpus's Pareteum release, whose investigating staff have no role); a release's 'today' -> the release date; one date
item per distinct text and value.
usage: batch54e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CHI = "Chimera Energy Corp."
CRT = "United States District Court for the Southern District of Texas"
A = {}

# ---- Andrew Farmer / Chimera Energy Corp., LR 23386, published 2015-10-09 (a Friday) ----------------------------------
A["us-sec-chimera-energy-andrew-farmer-fracking-pump-and-dump-summary-judgment-southern-district-texas-2015"] = dict(
 # The Securities and Exchange Commission ('The SEC suspended trading', "The SEC's litigation": alias 'SEC'; "The
 # Commission's evidence" in the court's finding: alias 'Commission' -- the Commission is the plaintiff whose evidence
 # the judge weighed, so the bare noun is the SEC here); Andrew Farmer ('Farmer' throughout: alias); Chimera Energy
 # Corp. ('Chimera Energy stock', 'Chimera stock', 'Chimera and Farmer': aliases 'Chimera Energy' and 'Chimera';
 # Company -- a company with a stock price and 'business dealings', however 'nominal' and 'illusory' the court found
 # them); Keith I. Ellison (Person; 'the Honorable ...' a form of address, not part of the name); the United States
 # District Court for the Southern District of Texas (Organization; 'the court' and 'The Court' later refer to it but
 # are generic nouns, no alias; 'Southern District of Texas' inside the court's name: no Location, 41p); Matthew Gulde
 # and Nikolay Vydashenko (Persons). Not annotated: 'The non-hydraulic fracturing technology' (unnamed, no Service --
 # near-miss: the product the scheme touted has no name in the kept text), 'a public relations barrage' (no firm
 # named), the Securities Act of 1933 and the Securities Exchange Act of 1934 (laws, not entities), FINRA and the Swiss
 # Financial Market Supervisory Authority (in the sentence cut where the excerpt breaks off: not text)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Andrew Farmer", "Farmer"),
           E("Company", CHI, "Chimera Energy", "Chimera"),
           E("Person", "Keith I. Ellison"),
           E("Organization", CRT),
           E("Person", "Matthew Gulde"),
           E("Person", "Nikolay Vydashenko")],
 # No role. **Doubtful** / near-misses: Farmer at Chimera Energy Corp. -- he 'orchestrated an elaborate scheme',
 # 'gained control ... of millions of shares of Chimera stock' and with Chimera 'conducted a public relations barrage',
 # but the kept text gives him no post (a reader who knows the 2014 complaint, where others ran the company, would
 # still add none; a reader who takes control of the company as ownership might add founder -- not stated, left out);
 # Keith I. Ellison, 'the Honorable ... of the United States District Court' (a judge: Person, no role, the lane's
 # rule for judges); Gulde and Vydashenko, 'The SEC's litigation is being led by' (SEC staff with no title stated: no
 # role -- **doubtful**: GUIDELINES map named 'staff attorneys' to other, but the text calls them neither attorneys nor
 # anything else; as the Pareteum release's investigating staff, left without a role)
 roles=[],
 # No relation. Near-misses: the district court under no named parent (no judiciary named); the SEC and the court (a
 # plaintiff and a court: no predicate); Farmer's 'control' of Chimera stock (a person, not a company: no
 # parentOrganization or acquired); Chimera's 'illusory business dealings' (no counterparty named, no partner)
 relations=[],
 outages=[],
 # 'today' -> 2015-10-09 (the release date); 'October 7, 2015' -> 2015-10-07 (the judgment); '2012' ('in 2012', the
 # trading suspension, and again in 'In 2011 and 2012': one text and value, one item) -> 2012; '2011' ('In 2011 and
 # 2012') -> 2011. Skipped: 'at a later date' (not resolvable); the left-out release line's 'October 9, 2015' (not
 # text)
 dates=[D("today", "2015-10-09"), D("October 7, 2015", "2015-10-07"), D("2012", "2012"), D("2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
