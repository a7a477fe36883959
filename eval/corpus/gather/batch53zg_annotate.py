#!/usr/bin/env python3
"""Batch 53zg gold annotations (the texts of batch53zg.py: the SEC's Litigation Release No. 26145 of 30 September
2024 -- 'settled charges against James R. Craigie, a former CEO, Chairman, and board member of Church & Dwight Co.
Inc.', 'filed in U.S. District Court for the Southern District of New York'; and its Litigation Release No. 26044 of
2 July 2024 -- 'Silvergate Capital Corporation, its former CEO Alan Lane, and former Chief Risk Officer (CRO) Kathleen
Fraher', 'Silvergate's wholly owned subsidiary, Silvergate Bank', 'its former Chief Financial Officer, Antonio
Martino', FTX, 'the bank's payments platform, the Silvergate Exchange Network'), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts): Church & Dwight/Craigie -> test, Silvergate -> train. Dates resolve against
`published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x; looked up in GATHERING.md and
GUIDELINES) -- the Commission in full with 'SEC' as alias; 'a former CEO, Chairman, and board member of X' -> ceo,
chairman and director at X, all current false (GUIDELINES: a board member who also chaired the board, both posts
named -> director and chairman; 'former' governs the whole list); 'Chief Risk Officer' -> executive (GUIDELINES:
chief officers other than CEO/CFO/CTO/COO -> executive); 'Chief Financial Officer' -> cfo; 'X's wholly owned
subsidiary, Y' -> parentOrganization(Y, X); a named payments platform users use -> Service with provider; a named
customer of a named bank -> partner, customer first (24a's convention; 26f's 'maintains an account with' -> partner, a
doubtful call); a US district court named in full -> Organization, no separate Location (batch 40zn's Goffer text);
unnamed people and bodies ('a high-ranking Church & Dwight executive', 'the board', 'investors') not annotated; a
release's 'today' -> the release date; one date item per distinct text and value.
usage: batch53zg_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zg/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CHD = "Church & Dwight Co. Inc."
SCC = "Silvergate Capital Corporation"
SB = "Silvergate Bank"
A = {}

# ---- James R. Craigie / Church & Dwight, LR 26145, published 2024-09-30 (a Monday) --------------------------------
A["us-sec-church-dwight-former-ceo-chairman-craigie-independent-director-undisclosed-friendship-proxy-2024"] = dict(
 # The Securities and Exchange Commission ("the SEC's allegations", "The SEC's complaint": alias 'SEC'); James R.
 # Craigie (then 'Craigie' throughout: alias); Church & Dwight Co. Inc. (then 'Church & Dwight', three times, twice
 # possessive: alias); the U.S. District Court for the Southern District of New York (Organization; written 'filed in
 # U.S. District Court for the ...' without 'the': the name is the court's). Not annotated: 'a high-ranking Church &
 # Dwight executive' / 'a member of Church & Dwight's executive team' / 'the executive' (unnamed), 'the executive's
 # spouse', 'his spouse' (unnamed), 'the board' / "the company's board" (Church & Dwight's board, no name of its own),
 # 'eight countries on five continents' (unnamed places); no New York Location (inside the court's name only)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "James R. Craigie", "Craigie"),
           E("Company", CHD, "Church & Dwight"),
           E("Organization", "U.S. District Court for the Southern District of New York")],
 # 'James R. Craigie, a former CEO, Chairman, and board member of Church & Dwight Co. Inc.' -> ceo, chairman and
 # director at Church & Dwight, each current false ('former' read as governing all three nouns -- **doubtful**: a
 # reader could take 'former' for 'CEO' only, but the release is about his standing 'for election as an independent
 # director' in the past and 'the company's proxy statements subsequently identified Craigie as an independent
 # director' at a time now over, and the heading calls him 'Ex-CEO'; three items, one per post, the GUIDELINES'
 # board-member-and-chair rule). 'standing for election as an independent director' and 'identified Craigie as an
 # independent director' are the same director post (one item). Near-misses: the unnamed 'high-ranking Church &
 # Dwight executive' (no person named, no role); 'a five-year officer-and-director bar' (a sanction, no post)
 roles=[R("James R. Craigie", "ceo", CHD, False),
        R("James R. Craigie", "chairman", CHD, False),
        R("James R. Craigie", "director", CHD, False)],
 # No relation: one company, one court, the SEC. Near-miss: Craigie's payments for the executive's travel (a
 # private arrangement between two people, no organisation)
 relations=[],
 outages=[],
 # 'today' (the settled charges) -> 2024-09-30; 'January 2020' -> 2020-01; 'March 2023' -> 2023-03 ('between January
 # 2020 and March 2023'). Skipped: 'five-year' (a term, not a date); '24-cv-07382' (caption, left out)
 dates=[D("today", "2024-09-30"), D("January 2020", "2020-01"), D("March 2023", "2023-03")])

# ---- Silvergate Capital / Lane, Fraher, Martino, LR 26044, published 2024-07-02 (a Tuesday) ----------------------------
A["us-sec-silvergate-capital-former-ceo-lane-cro-fraher-cfo-martino-silvergate-bank-ftx-monitoring-2024"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', "the SEC's charges": alias 'SEC'); Silvergate
 # Capital Corporation (then 'Silvergate' throughout: alias -- 'Silvergate' is read as the parent, as the text pairs
 # it with 'Silvergate Bank' by name; **doubtful** for "at Silvergate" and "Silvergate's automated transaction
 # monitoring system", which may mean the bank, but a surface form has one entity); Alan Lane (then 'Lane'); Kathleen
 # Fraher (then 'Fraher'); Antonio Martino (then 'Martino'); Silvergate Bank (Company: a bank, 'wholly owned
 # subsidiary'; 'the bank's' is generic, no alias); FTX (Company: a crypto customer with 'accounts at Silvergate' --
 # the text never says what FTX is beyond 'crypto customers', a business); the Silvergate Exchange Network (Service:
 # 'the bank's payments platform', which its customers use). Not annotated: 'CRO' (a title, not a name), 'Bank
 # Secrecy Act/Anti-Money Laundering (BSA/AML) compliance program' (a programme; the Act a law), 'investors',
 # 'crypto customers', 'its customers' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", SCC, "Silvergate"),
           E("Person", "Alan Lane", "Lane"),
           E("Person", "Kathleen Fraher", "Fraher"),
           E("Company", SB),
           E("Company", "FTX"),
           E("Person", "Antonio Martino", "Martino"),
           E("Service", "Silvergate Exchange Network")],
 # 'its former CEO Alan Lane' -> ceo at Silvergate Capital Corporation, false; 'former Chief Risk Officer (CRO)
 # Kathleen Fraher' -> executive at Silvergate Capital Corporation, false ('its' carries over the list: the CRO of
 # the company charged -- **doubtful**: a reader could place the CRO at the bank, whose compliance programme is at
 # issue; the text ties both officers to the parent by 'its'); 'its former Chief Financial Officer, Antonio Martino' ->
 # cfo at Silvergate Capital Corporation, false. Near-miss: the heading's 'Former CEO' (`title` only); the left-out
 # sub-heading's 'Former Chief Risk Officer and former CFO'
 roles=[R("Alan Lane", "ceo", SCC, False),
        R("Kathleen Fraher", "executive", SCC, False),
        R("Antonio Martino", "cfo", SCC, False)],
 # "Silvergate's wholly owned subsidiary, Silvergate Bank" -> parentOrganization(Silvergate Bank, Silvergate Capital
 # Corporation); 'the bank's payments platform, the Silvergate Exchange Network' -> provider(Silvergate Exchange
 # Network, Silvergate Bank) ('the bank' = Silvergate Bank, the only bank named); 'the monitoring of crypto
 # customers, including FTX, by ... Silvergate Bank' and 'FTX had used its accounts at Silvergate' -> partner(FTX,
 # Silvergate Bank), the customer first (**doubtful**: a customer relation told only through monitoring and
 # accounts, no contract named; and the accounts are written 'at Silvergate', which could point the partner at the
 # parent -- the bank holds accounts and does the monitoring, so the bank). Near-misses: FTX's 'collapse' and
 # 'misconduct' (events, no relation); 'its customers on the bank's payments platform' (unnamed)
 relations=[L(SB, "parentOrganization", SCC),
            L("Silvergate Exchange Network", "provider", SB),
            L("FTX", "partner", SB)],
 outages=[],
 # 'November 2022' -> 2022-11; 'January 2023' -> 2023-01 ('from November 2022 to January 2023'). No 'today' in the
 # kept text ('The Securities and Exchange Commission charged', undated); the left-out caption's 'July 1, 2024' is
 # not text
 dates=[D("November 2022", "2022-11"), D("January 2023", "2023-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
