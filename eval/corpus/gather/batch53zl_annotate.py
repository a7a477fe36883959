#!/usr/bin/env python3
"""Batch 53zl gold annotations (the texts of batch53zl.py: the SEC's Litigation Release No. 26335 of 26 June 2025 --
'the U.S. District Court for the Central District of California granted the SEC partial summary judgment against
American Patriot Brands, Inc. ("APB"), a cannabis cultivation and distribution company; CEO Robert Y. Lee; COO Brian F.
Pallas; alleged former executive J. Bernard Rice; and APB subsidiaries Urban Pharms, LLC, DJ&S Property #1, LLC, and TSL
Distribution, LLC'; and its press release of 27 September 2024 -- 'settled charges against Mango DAO and Blockworks
Foundation', 'against Blockworks Foundation and Mango Labs LLC', 'on the Mango Markets platform'), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts): American Patriot Brands -> test, Mango -> train. Dates resolve against
`published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj; looked up in
GATHERING.md and GUIDELINES) -- the Commission under the fullest form the text gives ('SEC' alone in LR 26335, as
batch 42e's 'SEC'; 'Securities and Exchange Commission' with alias 'SEC' in the press release); courts named in full ->
Organization (GUIDELINES: courts are Organization; the lane's 'U.S. District Court for the ...'), a judicial district
inside a court's name no Location (41p); 'X subsidiaries A, B, and C' -> parentOrganization(A, X) for each (GUIDELINES:
subsidiary statements); 'CEO Robert Y. Lee', 'COO Brian F. Pallas' in a list after the company -> ceo and coo at it,
current true; 'alleged former executive' -> executive, current false (**doubtful**); defined short names in parentheses
('("APB")') -> aliases, a collective label ('(collectively, the "Defendants")') no alias (50b); a named trading platform
users trade on -> Service, no provider unless the text says who runs it; crypto tokens (a security or asset sold) not an
entity (as shares); nationality adjectives ('a Panamanian entity') no Location; 'the U.S.' -> Location; a release's
'today' -> the release date; one date item per distinct text and value.
usage: batch53zl_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zl/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
APB = "American Patriot Brands, Inc."
CDCA = "U.S. District Court for the Central District of California"
DPR = "U.S. District Court for the District of Puerto Rico"
UP = "Urban Pharms, LLC"
DJS = "DJ&S Property #1, LLC"
TSL = "TSL Distribution, LLC"
BF = "Blockworks Foundation"
ML = "Mango Labs LLC"
A = {}

# ---- American Patriot Brands, LR 26335, published 2025-06-26 (a Thursday) -------------------------------------------
A["us-sec-american-patriot-brands-ceo-lee-coo-pallas-subsidiaries-urban-pharms-cannabis-offering-fraud-judgment-2025"] = dict(
 # The U.S. District Court for the Central District of California (Organization; 'subsequently transferred to the
 # Central District of California' names the same court by its district: alias 'Central District of California',
 # **doubtful** -- a reader could take it for a place, but the complaint is transferred to a court, and 41p gives a
 # judicial district no Location); the SEC (written only 'SEC' in the kept text -- the full name stood in the
 # left-out caption: name 'SEC', as 42e); American Patriot Brands, Inc. ('("APB")', then 'APB' and "APB's": alias);
 # Robert Y. Lee, Brian F. Pallas, J. Bernard Rice (each named once, no surname alone: no alias); Urban Pharms, LLC,
 # DJ&S Property #1, LLC and TSL Distribution, LLC (Companies; 'APB subsidiaries'); the U.S. District Court for the
 # District of Puerto Rico (Organization). Not annotated: '(collectively, the "Defendants")' and 'these Defendants' (a
 # collective label for seven parties: no alias of any, 50b), 'a cannabis cultivation and distribution company' and
 # 'the company' (generic), 'more than 100 investors' (unnamed), 'a prominent individual as part of APB's executive
 # team' (unnamed person -- near-miss), 'Puerto Rico' and 'California' only inside the courts' names (41p: no
 # Location); the left-out page line's 'Brian L. Pallas' (the text writes 'Brian F. Pallas': the text's form is kept)
 entities=[E("Organization", CDCA, "Central District of California"),
           E("Organization", "SEC"),
           E("Company", APB, "APB"),
           E("Person", "Robert Y. Lee"),
           E("Person", "Brian F. Pallas"),
           E("Person", "J. Bernard Rice"),
           E("Company", UP),
           E("Company", DJS),
           E("Company", TSL),
           E("Organization", DPR)],
 # 'American Patriot Brands, Inc. ("APB"), a cannabis cultivation and distribution company; CEO Robert Y. Lee; COO
 # Brian F. Pallas; alleged former executive J. Bernard Rice' -> ceo (Lee) and coo (Pallas) at APB, current true (the
 # titles stand in APB's list of defendants, with no other company named before them; the heading's 'Cannabis Company,
 # CEO' agrees for Lee); Rice -> executive at APB, current false (**doubtful**: 'alleged former executive' -- the
 # release does not vouch for the post, only that it was alleged, and 'former' gives false; the reader is still told
 # that he is alleged to have held a senior post at APB; a stricter reading gives no role). Near-misses: 'a prominent
 # individual as part of APB's executive team' (unnamed); 'officer and director' nowhere in the kept text
 roles=[R("Robert Y. Lee", "ceo", APB, True),
        R("Brian F. Pallas", "coo", APB, True),
        R("J. Bernard Rice", "executive", APB, False)],
 # 'APB subsidiaries Urban Pharms, LLC, DJ&S Property #1, LLC, and TSL Distribution, LLC' -> parentOrganization of each
 # to APB (GUIDELINES: subsidiary statements). Near-misses: the transfer of the case between the two courts (no
 # relation between courts); the investors' funds 'siphoned off' (no named recipient); the SEC and the court (a
 # litigant and a court: no partner)
 relations=[L(UP, "parentOrganization", APB),
            L(DJS, "parentOrganization", APB),
            L(TSL, "parentOrganization", APB)],
 outages=[],
 # 'June 16, 2025' -> 2025-06-16. Skipped: 'previously', 'subsequently' (no date); the left-out caption's 'Mar. 16,
 # 2023' and release line's 'June 26, 2025' (not text)
 dates=[D("June 16, 2025", "2025-06-16")])

# ---- Mango DAO / Blockworks Foundation / Mango Labs LLC, SEC press release, published 2024-09-27 (a Friday) -----------
A["us-sec-mango-dao-blockworks-foundation-mango-labs-mango-markets-mngo-tokens-unregistered-offers-broker-settled-2024"] = dict(
 # The Securities and Exchange Commission ('The SEC also', "The SEC's complaint", "the SEC's registration provisions":
 # alias 'SEC'); Mango DAO (Organization: 'a purportedly decentralized autonomous organization' -- **doubtful** type: it
 # raised money by selling tokens like a business, but the text presents it as an organisation of token holders, and no
 # company form is named; 'DAO' in 'or DAO' is the generic abbreviation, no alias); Blockworks Foundation
 # (Organization: a foundation, 'a Panamanian entity'; **doubtful** type, as it operated 'as an unregistered broker'
 # -- a reader could take Company; the name and 'entity' give no business form); Mango Labs LLC (Company; 'Mango Labs'
 # afterwards: alias); Mango Markets (Service: 'the Mango Markets platform' users trade on; 'users of Mango Markets');
 # the U.S. ('including in the U.S.': Location). Not annotated: 'MNGO' / 'MNGO tokens' / 'the so-called governance
 # tokens' (a crypto asset sold as a security -- an instrument, not a product users run, as shares are not annotated;
 # near-miss, **doubtful**: a reader could list it as a Service); 'Panamanian' (an adjective: no Location, near-miss);
 # 'hundreds of investors worldwide', 'customers' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Organization", "Mango DAO"),
           E("Organization", BF),
           E("Company", ML, "Mango Labs"),
           E("Service", "Mango Markets"),
           E("Location", "U.S.")],
 # No role: no person is named in the kept text (the quoted official is cut off with the excerpt)
 roles=[],
 # No relation. Near-misses: who runs Mango Markets -- the heading's 'Entities Operating Crypto Asset Trading Platform
 # Mango Markets' (`title` only; GUIDELINES: annotate the text) and the text's 'governance tokens of the Mango Markets
 # platform' sold by Mango DAO and Blockworks Foundation, and Blockworks Foundation and Mango Labs 'helping to
 # facilitate securities transactions on the Mango Markets platform' (brokering on a platform is not running it; and
 # provider needs a Company, while the DAO and the foundation are Organizations here) -> no provider (the likeliest
 # reader addition: provider(Mango Markets, Mango Labs LLC), which the text does not state); the three charged together
 # (co-defendants, no stated partnership or ownership)
 relations=[],
 outages=[],
 # 'today' (the settled charges) -> 2024-09-27; 'August 2021' ('starting in August 2021', 'since at least August
 # 2021': one item) -> 2021-08. Skipped: the left-out distribution line's '09/27/2024' (not text)
 dates=[D("today", "2024-09-27"), D("August 2021", "2021-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
