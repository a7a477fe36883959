#!/usr/bin/env python3
"""Batch 51v gold annotations (the texts of batch51v.py: two CFTC enforcement press releases -- the order against
'The Bank of Nova Scotia, a provisionally registered swap dealer and Scotia Capital USA Inc., a futures commission
merchant, (collectively BNS Affiliates)' for keeping no records of staff messages sent 'via personal text and
WhatsApp', with 'Director of Enforcement Ian McGinley' quoted (8699-23, 11 May 2023); the order against 'Nathan
Harris, a CFTC registrant, of Akron, Iowa' for fraud, unauthorized trading and a breach of 'CME's live cattle
spot-month limit', with 'CFTC Chairman Heath P. Tarbert' quoted (8002-19, 9 September 2019)), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Bank of Nova Scotia file to test, the Nathan Harris file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o; looked up in the corpus's files by their gold only where other matters):
regulators -> Organization, the fullest name the text gives ('Commodity Futures Trading Commission' in 8699-23, 'U.S.
Commodity Futures Trading Commission' in 8002-19, each text's own form as 51g's Vitol file), 'CFTC' and 'Commission'
as aliases where the text uses them alone for the agency (49h, 50g, 50j, 51a, 51g); 'the Division of Enforcement'
named as a body -> Organization with parentOrganization(Division of Enforcement, CFTC) (50d, 51g); '(the CFTC's)
Director of Enforcement X' -> director at the CFTC (49h, 50d, 51a); 'Chairman X' of the CFTC -> chairman at the CFTC
(49g, 51g); '(collectively X)' for several firms -> no alias and 'affiliates' -> no relation (51a's Monex file);
exchanges that are businesses -> Company (50d's CBOT, 51o's CBOT); 'City, State' as one Location (51a, 51o); a country
named in a possessive ("America's farmers") -> Location (the corpus's 'America'); an app users use -> Service
(GUIDELINES); registration categories (swap dealer, futures commission merchant, Introducing Broker, associated
person, CFTC registrant), orders and press releases -> nothing; a date repeated with the same text and value -> one
item (the manual).
usage: batch51v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
CFTC2 = "U.S. Commodity Futures Trading Commission"
DOE = "Division of Enforcement"
BNS = "The Bank of Nova Scotia"
SCU = "Scotia Capital USA Inc."
A = {}

# ---- The Bank of Nova Scotia / Scotia Capital USA Inc., CFTC 8699-23, published 2023-05-11 (a Thursday) -------------
A["us-cftc-bank-of-nova-scotia-scotia-capital-usa-affiliates-unapproved-communications-recordkeeping-2023"] = dict(
 # The Commodity Futures Trading Commission (the text's own form, no 'U.S.'; 'CFTC recordkeeping requirements', 'CFTC
 # registrants', "the Commission's recordkeeping", "the Commission's commitment": aliases 'CFTC' and 'Commission');
 # The Bank of Nova Scotia (Company, named once; the name as written with its capital 'The' mid-sentence --
 # **doubtful**: a reader may drop 'The'); Scotia Capital USA Inc. (Company, named once); Ian McGinley ('said Director
 # of Enforcement Ian McGinley': Person); the Division of Enforcement ("ensuring the Division of Enforcement can
 # effectively investigate": Organization, named as a body in the quotation -- unlike 51a's Monex text, where it stood
 # only inside a title); WhatsApp ('messages sent via personal text and WhatsApp': Service, an app users use). Not
 # annotated: 'BNS Affiliates' / 'The BNS Affiliates' (a label for the two firms together, '(collectively BNS
 # Affiliates)': no alias of either -- 51a's '(collectively, Monex)' way; **doubtful**: a reader may give 'BNS
 # Affiliates' to The Bank of Nova Scotia, the firm named first); 'a provisionally registered swap dealer', 'a futures
 # commission merchant' (registration categories); 'personal text' (a kind of message, no product named); 'their
 # employees, including those at senior levels' (unnamed); 'the order' (a paper)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", BNS),
           E("Company", SCU),
           E("Person", "Ian McGinley"),
           E("Organization", DOE),
           E("Service", "WhatsApp")],
 # 'said Director of Enforcement Ian McGinley' (in a CFTC release, of the CFTC's work) -> director at the CFTC,
 # current (51a's 'the CFTC's Director of Enforcement' -> director at the CFTC; here the CFTC is the release's speaker,
 # not written beside the title -- **doubtful**: a reader may put the role at the Division of Enforcement, which this
 # text names as a body). Near-miss: 'their employees, including those at senior levels' (no one named, no role)
 roles=[R("Ian McGinley", "director", CFTC, True)],
 # "the Commission's commitment to ensuring the Division of Enforcement can ..." -> parentOrganization(Division of
 # Enforcement, CFTC) (the CFTC's own division in the CFTC's release, 50d's and 51g's way -- **doubtful**, as in 51g:
 # the text does not write 'CFTC Division of Enforcement'; a reader may leave the tie out). Near-misses: 'The Bank of
 # Nova Scotia ... and Scotia Capital USA Inc. ... (collectively BNS Affiliates)' -- the two are called affiliates,
 # but neither is said to own, control or be a unit of the other (outside knowledge makes Scotia Capital USA Inc. the
 # bank's US broker-dealer subsidiary; its name alone does not state it), so no parentOrganization; 'affiliates' is
 # not a partnership either (51a's Monex file); WhatsApp has no provider named in the text (no relation); the staff's
 # use of WhatsApp (no tie of the vocabulary between the firms and the app's maker)
 relations=[L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued') -> 2023-05-11 (`published`). Skipped: the date line (cut); 'for a period of years'
 # (unresolvable); '$15 Million' (title only, an amount)
 dates=[D("today", "2023-05-11")])

# ---- Nathan Harris, live cattle order, CFTC 8002-19, published 2019-09-09 (a Monday) ---------------------------------
A["us-cftc-nathan-harris-akron-iowa-live-cattle-unauthorized-trading-chairman-tarbert-2019"] = dict(
 # The U.S. Commodity Futures Trading Commission ('a CFTC registrant', 'the CFTC', "the CFTC's unwavering commitment",
 # 'The Commission will continue': aliases 'CFTC' and 'Commission'); Nathan Harris ('Harris' throughout, "Harris's":
 # alias 'Harris'); Akron, Iowa ('of Akron, Iowa': one Location, the lane's 'City, State' way; 'Iowa' written only in
 # it); Heath P. Tarbert ('CFTC Chairman Heath P. Tarbert stated': Person); America ("America's farmers and ranchers":
 # Location, the corpus's 'America'); CME ("CME's live cattle spot-month limit": Company, an exchange run as a business
 # -- **doubtful**: the text writes only the short form, which a reader may take as CME Group, the exchange's owner,
 # or leave as the exchange's rule-book name; kept as written). Not annotated: 'Americans' (a demonym); 'a CFTC
 # registrant', 'an associated person', 'a registered Introducing Broker' (registration categories); 'his former
 # employer', 'its principals' (unnamed); 'certain customers', "one customer's account" (unnamed); 'the order', 'a
 # previous order (Press Release 7803-18)' (papers); 'live cattle futures contracts' (a contract, no product name)
 entities=[E("Organization", CFTC2, "CFTC", "Commission"),
           E("Person", "Nathan Harris", "Harris"),
           E("Location", "Akron, Iowa"),
           E("Person", "Heath P. Tarbert"),
           E("Location", "America"),
           E("Company", "CME")],
 # 'CFTC Chairman Heath P. Tarbert' -> chairman at the CFTC, current (49g's 'CFTC Acting Chairman Walt Lukken', 51g's
 # 'Chairman Heath P. Tarbert'; here 'CFTC' is written beside the title). Near-misses: Harris 'registered as an
 # associated person of his former employer, which was a registered Introducing Broker' -- a post at a firm the text
 # does not name (no role: the org must be an annotated entity; a reader given the name would write other or
 # executive, current false); 'a CFTC registrant' (a registration with the agency, not a post at it); the former
 # employer's 'principals' (unnamed)
 roles=[R("Heath P. Tarbert", "chairman", CFTC2, True)],
 # No relation: no parent, owner or unit of any named body is stated. Near-misses: Harris's trading that 'exceeded
 # CME's live cattle spot-month limit' (trading on an exchange, no partner, supplier or customer tie of the
 # vocabulary); his unnamed former employer and its principals (no named org); the CFTC's orders against Harris and
 # the former employer (enforcement, no relation type)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2019-09-09 (`published`); 'January 2012' ('between January 2012 and August 2014') ->
 # 2012-01; 'August 2014' -> 2014-08. Skipped: the date line (cut); '7803-18' (a release number: its '-18' is a year
 # suffix of a number, not a time expression); '$1,250,000', '$10.3 million' (amounts)
 dates=[D("today", "2019-09-09"), D("January 2012", "2012-01"), D("August 2014", "2014-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
