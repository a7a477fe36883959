#!/usr/bin/env python3
"""Batch 42l gold annotations (the texts of batch42l.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-murakami-fund-yoshiaki-murakami-arrested-insider-trading-2006 -> test,
voa-samsung-lee-kun-hee-resigns-indictment-tax-evasion-2008 -> train. Relative dates resolve against each story's
`published`: 2006-06-05 (a Monday, from the address), 2008-04-22 (a Tuesday; the day of the announcement, the page's
own date not held: doubtful).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f, 41l, 41r, 42c,
42f and 42i): an investment fund run as a business -> Company (as batch 38t's 'Murakami Investment Fund'); a
conglomerate named as 'the Samsung group' -> one Company under the text's fullest form; 'VOA' -> Company (as batch
38's VOA items); a ministry -> Organization; 'the head of X' -> head; 'would step down immediately as head' and
'executives stepping down' -> announced, not yet left: current true (GUIDELINES: 'will step down'); 'announced his
resignation', 'outgoing Chairman' -> chairman, current false (GUIDELINES: resigned); 'Vice Chairman' -> executive;
'former Trade Ministry official' -> other, current false; 'X founder Y' -> founder; 'Financial Services Minister' ->
minister with the country as org (batch 42c's 'Unification Minister', 42f's 'minister for Public Enterprises'); a
correspondent -> Person, no role (batches 25a, 31g, 36g, 42f); share purchases, a takeover bid, an indictment and a
stock market's closure on news of a scandal -> no relation and no outage (GUIDELINES: bids; markets' closures);
'last week' -> no date item (no calendar value; the corpus's train files hold none).
usage: batch42l_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43l/pool /tmp/gather43l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, locs
import batch10_annotate as b10

A = {}

# ---- The Murakami Fund's head admits insider trading and is arrested (published 2006-06-05, a Monday) --------------
A["voa-murakami-fund-yoshiaki-murakami-arrested-insider-trading-2006"] = dict(
 # 'Japan's Murakami Fund', 'the $3.5 billion Murakami Fund' -> Company (an investment fund, as batch 38t's Murakami
 # Investment Fund; no fuller name here); 'Yoshiaki Murakami' / 'Murakami' -> Person (the fund's name holds his
 # surname; the bare 'Murakami' always means the man here); 'Livedoor' ('the Livedoor scandal', 'Internet firm
 # Livedoor', 'Livedoor founder') -> Company; 'Nippon Broadcasting' -> Company; 'Takafumi Horie' / 'Horie' -> Person;
 # 'Trade Ministry' (in 'former Trade Ministry official') -> Organization; 'Kaoru Yosano' / 'Yosano' -> Person;
 # 'Japan' (four times), 'Tokyo' ('the Tokyo stock market') -> Location. Left out: 'the Tokyo stock market' as a
 # Company (not named as an exchange), 'Japanese markets', 'the securities business', 'television networks'
 entities=[E("Company", "Murakami Fund"), E("Company", "Livedoor"), E("Company", "Nippon Broadcasting"),
           E("Organization", "Trade Ministry"),
           E("Person", "Yoshiaki Murakami", "Murakami"), E("Person", "Takafumi Horie", "Horie"),
           E("Person", "Kaoru Yosano", "Yosano")]
          + locs("Japan", "Tokyo"),
 # 'The head of Japan's Murakami Fund', 'would step down immediately as head of the $3.5 billion Murakami Fund' ->
 # head, current true (announced on the day, not told as done; GUIDELINES 'will step down'; doubtful: a reader may
 # take 'immediately' as done, current false); 'The 46-year-old former Trade Ministry official' -> other of Trade
 # Ministry, current false; 'Livedoor founder Takafumi Horie' -> founder of Livedoor (founding stays true, as batch
 # 42f's Kim); 'Japan's Financial Services Minister Kaoru Yosano' -> minister of Japan
 roles=[R("Yoshiaki Murakami", "head", "Murakami Fund"), R("Yoshiaki Murakami", "other", "Trade Ministry", False),
        R("Takafumi Horie", "founder", "Livedoor"), R("Kaoru Yosano", "minister", "Japan")],
 # No relation: Murakami 'bought shares in Nippon Broadcasting' (a share purchase, no stake told) and Livedoor 'was
 # going to make a takeover bid' (a bid: nothing, GUIDELINES)
 relations=[],
 # No outage: 'News of the scandal caused the Tokyo stock market to close for the first time ever' tells a market's
 # closure on news, with no system failure told (GUIDELINES: not closures of a market; a near-miss, doubtful: the
 # closure of 18 January 2006 is told elsewhere as the exchange's systems swamped by orders, and test
 # wn-heavy-selling-leads-shortened-session-tokyo-2006 holds that event; here it gets no event)
 outages=[],
 # 'Monday' -> 2006-06-05; 'earlier this year' -> 2006 (the corpus's 'this year' items take the year); 'last year'
 # -> 2005; 'January' ('was arrested in January', before June of the same year) -> 2006-01. Left out: 'Hours later',
 # 'not long ago', 'the first time ever', '46-year-old'
 dates=[D("Monday", "2006-06-05"), D("earlier this year", "2006"), D("last year", "2005"), D("January", "2006-01")])

# ---- Samsung's chairman resigns after his indictment (published 2008-04-22, a Tuesday) -----------------------------
A["voa-samsung-lee-kun-hee-resigns-indictment-tax-evasion-2008"] = dict(
 # 'South Korea's Samsung group', 'the Samsung group' (three times), 'Samsung' (alone and in titles), 'the Samsung
 # conglomerate' -> one Company, name the fullest form 'Samsung group' (lower-case g as written), alias 'Samsung';
 # 'VOA' ('VOA's Kurt Achin') -> Company; 'Lee Kun-hee' / 'Lee' -> Person; 'Lee Hak-soo' -> Person (the bare 'Lee'
 # is always the chairman here: 'Chairman Lee', 'Lee's own name'); 'Kurt Achin' -> Person; 'South Korea', 'Seoul'
 # -> Location. Left out: 'the group's strategic planning office' (a unit not named), 'South Korean prosecutors',
 # 'his son' (not named), 'South Koreans'
 entities=[E("Company", "Samsung group", "Samsung"), E("Company", "VOA"),
           E("Person", "Lee Kun-hee", "Lee"), E("Person", "Lee Hak-soo"), E("Person", "Kurt Achin")]
          + locs("South Korea", "Seoul"),
 # 'Samsung Chairman Lee Kun-hee ... announced his resignation', 'has decided to step down from the Samsung group
 # chairmanship', 'outgoing Chairman Lee' -> chairman of Samsung group, current false (GUIDELINES: resigned; doubtful:
 # 'says he is quitting' and 'outgoing' may read as not yet left); 'Samsung Vice Chairman Lee Hak-soo, one of four
 # other executives stepping down' -> executive (GUIDELINES: vice chairman), current true (stepping down told as under
 # way, not done; doubtful, the other reading current false); Achin ('VOA's Kurt Achin reports from Seoul') -> no role
 roles=[R("Lee Kun-hee", "chairman", "Samsung group", False), R("Lee Hak-soo", "executive", "Samsung group")],
 # No relation: 'transferring control of the Samsung group to his son' names no entity; the disguised accounts, the
 # back taxes and the $4.5 billion are no relation
 relations=[],
 outages=[],
 # 'Tuesday' (twice, one item) -> 2008-04-22. Left out: 'last week' (twice; a week, no calendar value in the corpus's
 # practice), '20 years' (a span), 'the three-month corruption investigation' (a span)
 dates=[D("Tuesday", "2008-04-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
