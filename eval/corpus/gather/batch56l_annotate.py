#!/usr/bin/env python3
"""Gold annotations for batch 56l (session 54, gatherer 56l): two sec.gov texts on public companies and their named
former chief executives -- Comscore, Inc. and 'its former Chief Executive Officer, Serge Matta' (the harmed-investors
page for the Comscore Fair Fund, May 17, 2023: revenue overstated through non-monetary and monetary contracts, the
orders of September 24, 2019); Theodore J. Farnsworth, 'former CEO of Helios & Matheson Analytics Inc. (HMNY)', and
'HMNY's subsidiary, MoviePass, Inc.' (Litigation Release No. 26207, January 2, 2025: a consent judgment of the U.S.
District Court for the Southern District of New York) -- written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts): the Comscore
id -> test, the Helios & Matheson id -> train. Dates: every kept date expression is absolute (no 'today'); `published`
is the page's date line (2023-05-17) and the release's date line (2025-01-02).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 55b, 55l, 55v, 55zb, 56c, and the claims/harmed-investors
pages of 53q, 54zb, 54zg, 54zk and the Computer Sciences page in train; looked up in GATHERING.md, GUIDELINES and the
corpus files) -- the SEC under the form the kept text writes: 'Commission' where only 'the Commission' is written (54zg,
54zk), 'SEC' with alias 'Commission' where both are written (the Computer Sciences claims page in train); a firm's
bracketed short form -> alias; a person's bracketed or repeated surname -> alias (55zb, the Computer Sciences page);
'former Chief Executive Officer' and 'former CEO' -> ceo current false; 'X's subsidiary, Y' -> parentOrganization(Y, X);
a federal court named in full -> Organization under that name; 'New York' inside the court's name -> no Location (56c);
a federal department named in full -> Organization; months and days of a named year -> dates, 'between January and
April 2018' -> each month of that year (55zb); the name of a statute ('the Sarbanes-Oxley Act of 2002') -> no date.
usage: batch56l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CS = "Comscore, Inc."
HMNY = "Helios & Matheson Analytics Inc."
MP = "MoviePass, Inc."
A = {}

# ---- Comscore, Inc. / Serge Matta, sec.gov harmed-investors page, published 2023-05-17 (a Wednesday) ------------------
A["us-sec-comscore-former-ceo-matta-non-monetary-revenue-overstatement-fair-fund-2019"] = dict(
 # The Commission (written only as 'the Commission' and "the Commission's"; 'SEC' stands only inside the compound
 # 'SEC-designated account' -> no alias: **doubtful** -- a reader may take 'SEC' from it). Comscore, Inc.
 # ('("Comscore")', 'Comscore' and 'Comscore's' -> alias 'Comscore'; 'the company' generic). Serge Matta ('("Matta")'
 # -> alias 'Matta', as the Computer Sciences page's bracketed surnames). The United States Department of the Treasury
 # (Organization, the form written). Not annotated: 'the Respondents' (a defined term for the two), 'the Orders', 'Fair
 # Funds', 'the Comscore Fair Fund' and 'Fair Fund' (a fund, not an organisation or Service: near-miss), 'the
 # Sarbanes-Oxley Act of 2002' (a statute), 'analysts' and 'harmed investors' (generic), the release numbers
 entities=[E("Organization", "Commission"),
           E("Company", CS, "Comscore"),
           E("Person", "Serge Matta", "Matta"),
           E("Organization", "United States Department of the Treasury")],
 # 'Comscore, Inc. ... and its former Chief Executive Officer, Serge Matta' -> ceo at Comscore, Inc., current false.
 # Near-misses: 'at the direction and oversight of Serge Matta' (no further post); no role at the Commission (no staff
 # named); the caption's 'Comscore, Inc. and Serge Matta' (title only)
 roles=[R("Serge Matta", "ceo", CS, False)],
 # No relation. Near-misses: the Fair Fund 'deposited in SEC-designated account at the United States Department of the
 # Treasury' (an account held at a department: no provider, partner or parent tie between named entities); Comscore
 # and Matta as co-respondents (an officer's role, already given); the 'non-monetary and monetary contracts' (their
 # counterparties unnamed)
 relations=[],
 outages=[],
 # 'September 24, 2019' -> 2019-09-24; 'from February 2014 through February 2016' -> 'February 2014' 2014-02 and
 # 'February 2016' 2016-02 (written twice; one item per text form); 'from April 2014' -> 2014-04; 'April 27, 2023' ->
 # 2023-04-27. Not dates: 'of 2002' in the statute's name, 'seven consecutive quarters' (no anchor), the left-out date
 # line 'May 17, 2023' and the cut 'May 10, 2023' (not in the kept text)
 dates=[D("September 24, 2019", "2019-09-24"), D("February 2014", "2014-02"), D("February 2016", "2016-02"),
        D("April 2014", "2014-04"), D("April 27, 2023", "2023-04-27")])

# ---- Helios & Matheson Analytics Inc. / MoviePass, Inc. / Theodore J. Farnsworth, Lit. Rel. 26207, published 2025-01-02
A["us-sec-helios-matheson-analytics-moviepass-former-ceo-farnsworth-consent-judgment-2025"] = dict(
 # The SEC ("the SEC's complaint"; 'HMNY Commission filings' -> alias 'Commission', as the Computer Sciences page; the
 # full name stands only in the left-out caption). The U.S. District Court for the Southern District of New York
 # (Organization, the form written). Theodore J. Farnsworth ('Farnsworth' four times more -> alias). Helios & Matheson
 # Analytics Inc. ('(HMNY)' -> alias 'HMNY'). MoviePass, Inc. ('MoviePass' alone six times more -> alias 'MoviePass';
 # Company: 'Inc.' and 'subsidiary'; **doubtful**: the text calls it 'a movie subscription service', and a reader may
 # add a Service 'MoviePass' provided by MoviePass, Inc. -- one name for one thing here, so one Company entity). Not
 # annotated: 'another defendant', 'a third defendant, a former MoviePass executive' (unnamed; Lowe and Itum stand only
 # in the left-out name line and caption -- near-miss), 'an entity that the third defendant controlled' (unnamed),
 # 'press releases', 'the press', 'the complaint' (documents and media, unnamed)
 entities=[E("Organization", "SEC", "Commission"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Person", "Theodore J. Farnsworth", "Farnsworth"),
           E("Company", HMNY, "HMNY"),
           E("Company", MP, "MoviePass")],
 # 'Theodore J. Farnsworth, former CEO of Helios & Matheson Analytics Inc. (HMNY)' -> ceo at HMNY, current false.
 # Near-misses: no role at MoviePass, Inc. for Farnsworth (he is HMNY's former CEO; MoviePass is its subsidiary -- a
 # reader may wrongly carry the post over); 'a former MoviePass executive' (unnamed: no role); the title's 'Former
 # Executive at MoviePass's Parent Company' (title only, the same person and post)
 roles=[R("Theodore J. Farnsworth", "ceo", HMNY, False)],
 # 'HMNY's subsidiary, MoviePass, Inc.' -> parentOrganization(MoviePass, Inc., Helios & Matheson Analytics Inc.).
 # Near-misses: the court and the SEC or the defendants (a judgment entered: no relation); MoviePass's subscribers
 # (unnamed customers); the 'false invoices' for 'services purportedly provided by an entity' (an unnamed, sham
 # provider: no provider relation)
 relations=[L(MP, "parentOrganization", HMNY)],
 outages=[],
 # 'December 23, 2024' -> 2024-12-23; 'between August 2017 and at least March 2019' -> 'August 2017' 2017-08 and
 # 'March 2019' 2019-03; 'between January and April 2018' -> 'January' 2018-01 and 'April 2018' 2018-04 (the year
 # closes the pair: 55zb's month lists). Not dates: '$9.95-per-month' (a price), the left-out 'January 2, 2025' and
 # 'Sept. 26, 2022' (date line and caption, not kept)
 dates=[D("December 23, 2024", "2024-12-23"), D("August 2017", "2017-08"), D("March 2019", "2019-03"),
        D("January", "2018-01"), D("April 2018", "2018-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
