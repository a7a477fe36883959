#!/usr/bin/env python3
"""Batch 54b gold annotations (the texts of batch54b.py: the SEC's Litigation Release No. 25694 of 17 April 2023 --
'crypto asset trading platform Bittrex, Inc. and its co-founder and former CEO William Shihara', 'Bittrex, Inc.'s
foreign affiliate, Bittrex Global GmbH', Shihara 'the company's CEO from 2014 to 2019'; and its Litigation Release No.
25676 of 24 March 2023 -- 'crypto asset entrepreneur Justin Sun and three of his wholly-owned companies, Tron
Foundation Limited, BitTorrent Foundation Ltd., and Rainberry Inc. (formerly BitTorrent)', 'Tron-affiliated Telegram
and Discord channels', 'Tron wallets'), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): Bittrex -> test,
Justin Sun -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs;
looked up in GATHERING.md and GUIDELINES) -- the Commission in full with 'SEC' as alias, and 'Commission' where 'the
Commission' stands for it (41m's ABB, 53zs); 'its co-founder and former CEO X' -> cofounder (current true: a founding
is not undone; 51zh's 'founder', True) and ceo current false ('former' stands before 'CEO' only); 'an affiliate of' ->
no relation (50a, after 43o: an affiliate is not stated to be owned or a unit); former names ('formerly') -> aliases
(53i's Wintercap); crypto tokens sold as securities (TRX, BTT, Tronix) not annotated (53zl's MNGO: an instrument, as
shares are not annotated); named messaging platforms users use -> Service (26b's Telegram and Discord), no provider
unless the text names who runs them; companies a person owns -> no relation (parentOrganization links two
organisations); a US district court named in full -> Organization, no separate Location (53zg); 'U.S. investors' ->
Location U.S. (43g, 45zp, 47m); a release's 'today' -> the release date; one date item per distinct text and value;
years inside the names of Acts ('of 1933') skipped.
usage: batch54b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BX = "Bittrex, Inc."
BXG = "Bittrex Global GmbH"
WS = "William Shihara"
SDNY = "U.S. District Court for the Southern District of New York"
A = {}

# ---- Bittrex, Inc. / William Shihara / Bittrex Global GmbH, LR 25694, published 2023-04-17 (a Monday) ----------------
A["us-sec-bittrex-cofounder-former-ceo-shihara-bittrex-global-unregistered-exchange-broker-clearing-agency-2023"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', "the SEC's complaint", 'such as the SEC': alias
 # 'SEC'; 'registering any of these activities with the Commission': alias 'Commission', as 41m's ABB and 53zs);
 # Bittrex, Inc. (Company: 'crypto asset trading platform Bittrex, Inc.' -- a business that runs a platform; no
 # separate Service, as the platform is never named apart from the firm ("Bittrex's platform", 'a platform'): near-miss,
 # **doubtful** -- a reader could add a Service 'Bittrex' with provider Bittrex, Inc., but a surface form has one
 # entity, and the text's 'Bittrex' is the firm that 'earned' revenues and 'coordinated with issuers'; 'Bittrex' and
 # "Bittrex, Inc.'s", "Bittrex's": alias); William Shihara ('Shihara' twice: alias); Bittrex Global GmbH (Company: a
 # GmbH, 'foreign affiliate' charged for failing to register as an exchange); the U.S. ('including U.S. investors':
 # Location, 43g/45zp/47m). Not annotated: 'issuers', 'issuer-applicants', 'investors', 'a regulator' (unnamed);
 # 'crypto assets', 'the crypto asset' (unnamed instruments); 'national securities exchange', 'broker', 'clearing
 # agency' (registration categories); the caption's 'William Hiroaki Shihara' and 'GmBH' (caption left out)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", BX, "Bittrex"),
           E("Person", WS, "Shihara"),
           E("Company", BXG),
           E("Location", "U.S.")],
 # 'its co-founder and former CEO William Shihara' -> cofounder at Bittrex, Inc. (current true: 'former' is read as
 # standing before 'CEO' only -- **doubtful**: a reader could carry 'former' over both nouns, but a co-founder stays
 # one, 51zh's founder True) and ceo at Bittrex, Inc., current false ('former CEO'; again 'who was the company's CEO
 # from 2014 to 2019': the same post, one item). Near-miss: the heading's 'its Former CEO' (`title` only)
 roles=[R(WS, "cofounder", BX),
        R(WS, "ceo", BX, False)],
 # No relation. "Bittrex, Inc.'s foreign affiliate, Bittrex Global GmbH" -> no parentOrganization (an affiliate is not
 # stated to be owned or a unit: 50a/43o; **doubtful** -- the likeliest reader addition is parentOrganization(Bittrex
 # Global GmbH, Bittrex, Inc.), reading 'affiliate' loosely). Near-misses: 'its operation of a single shared order book
 # along with Bittrex' (a joint operation, not written as a partnership, joint venture or contract -> no partner;
 # **doubtful**: a reader may set partner(Bittrex Global GmbH, Bittrex, Inc.)); Bittrex's coordination 'with issuers'
 # (unnamed)
 relations=[],
 outages=[],
 # 'today' -> 2023-04-17; '2014' ('Since at least 2014'; again 'from 2014 to 2019': same text and value, one item);
 # '2017' and '2022' ('From 2017 through 2022'); '2019' ('to 2019'). The left-out release line and caption dates are
 # not text
 dates=[D("today", "2023-04-17"), D("2014", "2014"), D("2017", "2017"), D("2022", "2022"), D("2019", "2019")])

# ---- Justin Sun / Tron Foundation / BitTorrent Foundation / Rainberry, LR 25676, published 2023-03-24 (a Friday) -------
A["us-sec-justin-sun-tron-foundation-bittorrent-foundation-rainberry-trx-btt-wash-trading-celebrity-touting-2023"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', "The SEC's complaint": alias 'SEC'; 'The Commission
 # al' is past the cut); Justin Sun ('Sun' three times: alias); Tron Foundation Limited, BitTorrent Foundation Ltd.
 # ('BitTorrent Foundation' later: alias) and Rainberry Inc. ('Rainberry' later; '(formerly BitTorrent)': its former
 # name, alias) -- all three Company: the text calls them 'his wholly-owned companies' and gives Limited/Ltd./Inc.
 # (unlike 53zl's Blockworks Foundation, an Organization where the text named no business form); the U.S. District
 # Court for the Southern District of New York (Organization, written 'filed in U.S. District Court for the ...'
 # without 'the', as 53zg; no New York Location, inside the court's name only); Telegram and Discord ('Tron-affiliated
 # Telegram and Discord channels': messaging platforms users use -> Service, 26b); Tron ('Tron wallets', 'Tron-affiliated':
 # the network whose wallets hold TRX -> Service, **doubtful**: the text never says 'blockchain' or 'network', and a
 # reader may read 'Tron' as short for Tron Foundation Limited or leave it out); the United States ('including in the
 # United States': Location). **Doubtful** surface: 'BitTorrent' is also the token's name ('BitTorrent (BTT)') and
 # qualifies 'BitTorrent accounts' (the file-sharing service's accounts); it is kept once, as Rainberry's former name
 # (the text's only explicit naming), and neither the token nor a BitTorrent Service is annotated (a surface form has
 # one entity; near-miss: a reader may add Service 'BitTorrent' with provider Rainberry Inc.). Not annotated: 'Tronix
 # (TRX)', 'TRX', 'BTT' (crypto asset securities: instruments, 53zl); 'celebrities', 'interested parties', 'investors'
 # (unnamed; the eight celebrities are named only in the left-out sub-heading's press release, not in the text);
 # 'social media', 'participating crypto asset trading platforms' (generic); 'bounty programs' and 'airdrops'
 # (schemes, not entities); 'Securities Act' (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Justin Sun", "Sun"),
           E("Company", "Tron Foundation Limited"),
           E("Company", "BitTorrent Foundation Ltd.", "BitTorrent Foundation"),
           E("Company", "Rainberry Inc.", "Rainberry", "BitTorrent"),
           E("Organization", SDNY),
           E("Service", "Telegram"),
           E("Service", "Discord"),
           E("Service", "Tron"),
           E("Location", "United States")],
 # No role: Sun is written only as 'crypto asset entrepreneur' and owner ('his wholly-owned companies'); no post at
 # any of the three companies is written (near-miss: a reader who knows him as Tron's founder may add founder at Tron
 # Foundation Limited -- not in the text)
 roles=[],
 # No relation. Near-misses: 'three of his wholly-owned companies' (owned by a Person: parentOrganization links two
 # organisations, so nothing; the three are sister companies, no relation between them); 'Tron-affiliated Telegram and
 # Discord channels' (channels on the platforms, affiliated with Tron: no provider -- Telegram's and Discord's makers
 # are not named); Tron and Tron Foundation Limited (who runs Tron is not written: no provider, **doubtful** -- the
 # name invites provider(Tron, Tron Foundation Limited)); BitTorrent accounts and Rainberry (see above)
 relations=[],
 outages=[],
 # 'today' -> 2023-03-24 (`published`, the litigation release's date; **doubtful**: the complaint was filed, and the
 # press release this release repeats was issued, on March 22, 2023, a date in the left-out caption only -- the corpus
 # resolves 'today' against `published`, always). Skipped: '1933' in the Act's name; 'monthly' (no calendar value)
 dates=[D("today", "2023-03-24")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
