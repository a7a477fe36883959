#!/usr/bin/env python3
"""Batch 51zf gold annotations (the texts of batch51zf.py: two CFTC enforcement press releases -- the order against
'HSBC Bank USA, N.A., a provisionally registered swap dealer, HSBC Securities (USA) Inc., a futures commission
merchant, and HSBC Bank plc, a provisionally registered swap dealer (collectively HSBC Affiliates)' for keeping no
records of staff messages sent 'via personal text and WhatsApp', with 'Director of Enforcement Ian McGinley' quoted
(8701-23, 12 May 2023); the order against 'Prime Agricultural Investors, Inc. (Prime), an introducing broker based in
Wisconsin, and Chad Henderson, a Principal and Associated Person of Prime' for moving profitable trades from
customers' accounts to his own (8614-22, 20 October 2022)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the HSBC file to test, the Prime Agricultural Investors file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v; looked up in the corpus's files by their gold only where other matters):
regulators -> Organization, the fullest name the text gives ('Commodity Futures Trading Commission' in both), 'CFTC'
and 'Commission' as aliases where the text uses them alone for the agency (49h, 50g, 50j, 51a, 51g, 51v); 'Director
of Enforcement X' in a CFTC release -> director at the CFTC (49h, 50d, 51a, 51v), the Division of Enforcement named
only inside the title -> no entity (51a's Monex file); '(collectively X)' for several firms -> no alias and
'affiliates' -> no relation (51a's Monex file, 51v's Bank of Nova Scotia file); 'a principal' of a firm -> executive
(23b, 40m, 51a, 51o); 'Firm (Short)' -> the short form as alias (the lane's); a state an introducing broker is 'based
in' -> Location, no relation (51o's 'Chicago-based'); an app users use -> Service (GUIDELINES, 51v's WhatsApp);
registration categories (swap dealer, futures commission merchant, introducing broker, associated person, CFTC
registrant), laws (the Commodity Exchange Act), orders and press releases -> nothing; a date repeated with the same
text and value -> one item (the manual).
usage: batch51zf_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zf/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
HBUS = "HSBC Bank USA, N.A."
HSI = "HSBC Securities (USA) Inc."
HBEU = "HSBC Bank plc"
PRIME = "Prime Agricultural Investors, Inc."
A = {}

# ---- HSBC Bank USA, N.A. / HSBC Securities (USA) Inc. / HSBC Bank plc, CFTC 8701-23, published 2023-05-12 (a Friday) --
A["us-cftc-hsbc-bank-usa-hsbc-securities-hsbc-bank-plc-affiliates-unapproved-communications-recordkeeping-2023"] = dict(
 # The Commodity Futures Trading Commission ('CFTC recordkeeping requirements', 'CFTC registrants', "the Commission's
 # oversight", "the Commission's ability", 'the Commission remains focused': aliases 'CFTC' and 'Commission'); HSBC
 # Bank USA, N.A. (Company, named once, the name with its 'N.A.'); HSBC Securities (USA) Inc. (Company, named once,
 # with its bracket); HSBC Bank plc (Company, named once); Ian McGinley ('said Director of Enforcement Ian McGinley':
 # Person); WhatsApp ('messages sent via personal text and WhatsApp': Service, an app users use). Not annotated:
 # 'HSBC Affiliates' / 'The HSBC Affiliates' (a label for the three firms together, '(collectively HSBC Affiliates)':
 # no alias of any -- 51v's 'BNS Affiliates' way; **doubtful**: a reader may give it to HSBC Bank USA, N.A., the firm
 # named first, or take 'HSBC' in it as the group); 'a provisionally registered swap dealer' (twice), 'a futures
 # commission merchant' (registration categories); 'Director of Enforcement' (a title: the Division is not named as a
 # body here, unlike 51v's text); 'personal text' (a kind of message); 'their employees, including those at senior
 # levels' (unnamed); 'the order', 'this action and previous actions' (papers, matters)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", HBUS),
           E("Company", HSI),
           E("Company", HBEU),
           E("Person", "Ian McGinley"),
           E("Service", "WhatsApp")],
 # 'said Director of Enforcement Ian McGinley' (in a CFTC release, of "the Commission's oversight") -> director at
 # the CFTC, current (51a's, 51v's way; the CFTC is the release's speaker, not written beside the title). Near-miss:
 # 'their employees, including those at senior levels' (no one named, no role)
 roles=[R("Ian McGinley", "director", CFTC, True)],
 # No relation. Near-misses: 'HSBC Bank USA, N.A. ..., HSBC Securities (USA) Inc. ..., and HSBC Bank plc ...
 # (collectively HSBC Affiliates)' -- the three are called affiliates, but none is said to own, control or be a unit
 # of another, and no parent is named (outside knowledge makes all three subsidiaries of HSBC Holdings plc, which the
 # text does not name; the shared 'HSBC' in the names states no tie), so no parentOrganization (51v's Bank of Nova
 # Scotia file); 'affiliates' is not a partnership either (51a's Monex file); WhatsApp has no provider named in the
 # text; the staff's use of WhatsApp (no tie of the vocabulary between the firms and the app's maker)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2023-05-12 (`published`). Skipped: the date line (cut); 'for a period of years'
 # (unresolvable); '$30 Million' (title only, an amount)
 dates=[D("today", "2023-05-12")])

# ---- Prime Agricultural Investors, Inc. and Chad Henderson, CFTC 8614-22, published 2022-10-20 (a Thursday) -----------
A["us-cftc-prime-agricultural-investors-wisconsin-principal-chad-henderson-improper-trade-allocation-2022"] = dict(
 # The Commodity Futures Trading Commission ('CFTC regulations': alias 'CFTC'; the text never writes 'Commission'
 # alone); Prime Agricultural Investors, Inc. ('(Prime)' and 'Prime' throughout: alias 'Prime'; Company); Wisconsin
 # ('an introducing broker based in Wisconsin': Location); Chad Henderson ('Henderson' throughout: alias 'Henderson';
 # Person). Not annotated: 'the Commodity Exchange Act (CEA)', 'the CEA' (a law); 'an introducing broker', 'Associated
 # Person' (registration categories); 'his customers', 'the individual broker', 'someone' (unnamed); 'the order'
 # (a paper); '$100,000', '$300,000', '$463,459.65' (amounts)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", PRIME, "Prime"),
           E("Location", "Wisconsin"),
           E("Person", "Chad Henderson", "Henderson")],
 # 'Chad Henderson, a Principal and Associated Person of Prime' and 'in his capacity as an Associated Person and
 # Principal of Prime' -> executive at Prime Agricultural Investors, Inc., current (the text writes the post in the
 # present; the lane's 'a principal of the firm' -> executive, 51a's Monex principals, 51o's Futures International)
 # -- **doubtful**: 'Principal' with its capital may be read as a CFTC registration category beside 'Associated
 # Person' (which is left out), so a reader may give no role; the permanent bar from trading customer funds does not
 # end the post in the text's words (current kept true). Near-misses: 'Associated Person' (a registration category,
 # no title, 51v's Nathan Harris file); 'the individual broker' (unnamed)
 roles=[R("Chad Henderson", "executive", PRIME, True)],
 # No relation: no parent, owner or unit of any named body is stated. Near-misses: Prime 'based in Wisconsin' (a
 # seat, no relation type); Henderson as a principal of Prime (a role, not an ownership the text states: 'principal'
 # names no share); the transfers between Henderson's and his customers' accounts (unnamed accounts and customers)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2022-10-20 (`published`); 'January 2018' ('from January 2018 to September 2019') ->
 # 2018-01; 'September 2019' -> 2019-09. Skipped: the date line (cut); 'during the relevant period' (the span already
 # given; no expression of its own)
 dates=[D("today", "2022-10-20"), D("January 2018", "2018-01"), D("September 2019", "2019-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
