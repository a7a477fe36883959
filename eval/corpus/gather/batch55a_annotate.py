#!/usr/bin/env python3
"""Gold annotations (the texts of batch55a.py: three CFTC enforcement press releases -- the settled supervision order
against 'Alaron Trading Corporation (Alaron), of Chicago, IL, a registered futures commission merchant' over accounts
run by an unregistered commodity trading advisor and an introducing broker (5488-08, 21 April 2008); the settled
supervision order against 'Vision Financial Markets LLC (Vision), a CFTC-registered Futures Commission Merchant (FCM)
headquartered in Stamford, Connecticut' over a customer's feeder cattle positions 'traded on the CME' and 'a faulty
back-office software program', with seven 'CFTC Division of Enforcement staff members' and 'Margaret Sweet of the CFTC
Office of Data Technology' named (6706-13, 24 September 2013); the settled recordkeeping and supervision order against
'Wedbush Securities Inc., a Los Angeles, California-based registered futures commission merchant', with 'Director of
Enforcement Ian McGinley' quoted (8763-23, 8 August 2023)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Alaron -> test, Vision -> train, Wedbush -> dev.
Dates resolve against `published` (each release's date line: 'For Release: April 21, 2008', 'September 24, 2013',
'August 08, 2023').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs): the regulator -> Organization under the name the text writes ('U.S. Commodity Futures Trading Commission' in
Alaron and Vision, 'Commodity Futures Trading Commission' in Wedbush), 'CFTC' as alias; bracketed short forms ->
aliases ('Alaron', 'Vision'), and a firm's short name used alone ('Wedbush') -> alias; 'City, State' -> one Location
(50g's 'White Plains, N.Y.', 54zs's 'Chicago, Ill.'); an exchange run as a business, here written only as 'the CME' ->
Company under that form (51v's Harris file); 'CFTC Division of Enforcement staff members responsible for this case
are ...' -> Division of Enforcement as Organization with parentOrganization to the CFTC and each named staff member
other at the Division (50d's Citigroup file, 54zl); a named CFTC office ('the CFTC Office of Data Technology') the same
way; 'said Director of Enforcement X' in a CFTC release -> director at the CFTC, current (51v, 51zf, 54zf); an
adjectival 'U.S.' outside the CFTC's own name -> Location 'U.S.' (49k's 'the U.S. economy'); registration categories
(futures commission merchant, FCM, CTA, IB, APs), laws (the Commodity Exchange Act), regulations ('the CFTC's
Regulation 166.3'), orders, unnamed customers, employees, advisers and brokers, a software program with no name,
futures contracts ('feeder cattle futures') -> nothing; 'the present', 'During the relevant time period', 'six months
after ...' -> no date (GATHERING.md: skipped).
usage: batch55a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
DOE = "Division of Enforcement"
ODT = "Office of Data Technology"
ALARON = "Alaron Trading Corporation"
VISION = "Vision Financial Markets LLC"
WEDBUSH = "Wedbush Securities Inc."
STAFF = ["Michael R. Berlowitz", "Mark Picard", "Trevor Kokal", "David Acevedo", "Lenel Hickson, Jr.",
         "Stephen J. Obie", "Vincent McGonagle"]
A = {}

# ---- Alaron Trading Corporation, CFTC 5488-08, published 2008-04-21 (a Monday) ----------------------------------------
A["us-cftc-alaron-trading-chicago-fcm-supervision-unregistered-cta-unauthorized-ib-trading-2008"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'the CFTC order': alias 'CFTC'); Alaron Trading
 # Corporation ('(Alaron)' and 'Alaron' throughout, "Alaron's" twice: alias 'Alaron'; Company); Chicago, IL ('of
 # Chicago, IL': one Location, the 'City, State' way with the postal abbreviation as written). Not annotated: 'a
 # registered futures commission merchant' (a registration category); 'its associated persons' (APs), employees' and
 # agents'' (unnamed; 'APs' a category); 'an unregistered commodity trading advisor (CTA)', 'an unregistered CTA'
 # (unnamed -- **near-miss**: the adviser is never named in the kept text, so no entity and no partner tie to
 # Alaron); 'an introducing broker (IB)', 'an IB' (unnamed -- **near-miss**: the IB's principal, Stephen Randall
 # Moore, is named only in the sentence past the cut); 'at least 25 clients', 'customers', 'third parties' (unnamed);
 # 'the order', 'the CFTC order' (papers); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", ALARON, "Alaron"),
           E("Location", "Chicago, IL")],
 # No role: no person is named in the kept text. **Near-misses**: the unregistered CTA and the IB (unnamed, no
 # title); Alaron's employees and associated persons (unnamed); the CFTC's officials (none named)
 roles=[],
 # No relation. **Near-misses**: Alaron 'carried accounts for at least 25 clients in which an unregistered CTA managed'
 # money and let 'an IB ... trade customer accounts' (a carrying broker and unnamed counterparts: no named second
 # end, so no partner); Alaron's owner or parent (none written)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2008-04-21 (`published`); 'April 18, 2008' ('the CFTC order, entered on April 18,
 # 2008') -> 2008-04-18; 'July 2004' ('from at least July 2004 until February of 2006') -> 2004-07; 'February of
 # 2006' -> 2006-02. Skipped: 'During the relevant time period' (no calendar value of its own); the date lines (cut);
 # '$299,000' (the deck line, cut; an amount)
 dates=[D("today", "2008-04-21"), D("April 18, 2008", "2008-04-18"), D("July 2004", "2004-07"),
        D("February of 2006", "2006-02")])

# ---- Vision Financial Markets LLC, CFTC 6706-13, published 2013-09-24 (a Tuesday) -------------------------------------
A["us-cftc-vision-financial-markets-stamford-fcm-supervision-faulty-software-feeder-cattle-cme-2013"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC Order', "the CFTC's Regulation 166.3",
 # 'CFTC-registered', 'CFTC Division of Enforcement', 'the CFTC Office of Data Technology': alias 'CFTC'); Vision
 # Financial Markets LLC ('(Vision)' and 'Vision' throughout: alias 'Vision'; Company); Stamford, Connecticut
 # ('headquartered in Stamford, Connecticut': one Location); CME ('positions traded on the CME': Company, the exchange
 # by its short form only, 51v's Harris file -- **doubtful**: a reader may take it for CME Group, or for the
 # exchange's full name, which this text never writes); the Division of Enforcement ('CFTC Division of Enforcement
 # staff members': Organization, the CFTC's unit named without the prefix, 50d's way); the seven staff members
 # (Persons, each named once; 'Lenel Hickson, Jr.' with the suffix as written); the Office of Data Technology
 # ('Margaret Sweet of the CFTC Office of Data Technology': Organization, the CFTC's office, the same way); Margaret
 # Sweet (Person). Not annotated: 'a CFTC-registered Futures Commission Merchant (FCM)' (a registration category);
 # "the CFTC's Regulation 166.3" (a regulation); 'a faulty software program', 'a faulty back-office software program'
 # (no name -- **near-miss**: a reader may want a Service, but nothing names the program or its maker); 'feeder
 # cattle futures' (a contract, no name); 'a customer' (unnamed); 'The Order', 'the Order' (a paper); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", VISION, "Vision"),
           E("Location", "Stamford, Connecticut"),
           E("Company", "CME"),
           E("Organization", DOE),
           E("Organization", ODT),
           E("Person", "Margaret Sweet")]
          + [E("Person", p) for p in STAFF],
 # 'CFTC Division of Enforcement staff members responsible for this case are ...' -> other at the Division of
 # Enforcement, current, for each of the seven (50d's Citigroup file and 54zl; the manual's staff attorneys ->
 # other) -- **doubtful**: a credit line with no title, a reader may give no role or put it at the CFTC; Stephen J.
 # Obie and Vincent McGonagle held senior posts in the Division, but this text gives them no title, so other, as 50d
 # gave Obie. 'Assistance was provided by Margaret Sweet of the CFTC Office of Data Technology' -> other at the Office
 # of Data Technology, current -- **doubtful**: 'of' the office with no title at all; a reader may give no role.
 # **Near-misses**: Vision's employees and officers (none named); the CFTC's Director of Enforcement (not named)
 roles=[R(p, "other", DOE, True) for p in STAFF] + [R("Margaret Sweet", "other", ODT, True)],
 # 'CFTC Division of Enforcement' -> parentOrganization(Division of Enforcement, U.S. Commodity Futures Trading
 # Commission) (50d, 49d, 49k); 'the CFTC Office of Data Technology' -> parentOrganization(Office of Data Technology,
 # U.S. Commodity Futures Trading Commission) (the same 'CFTC X' way). **Near-misses**: the customer's positions
 # 'traded on the CME' and 'accounts held at Vision' (an unnamed customer: no relation; Vision and the CME are tied by
 # no stated contract or membership, so no partner); Vision's reliance on the software program (unnamed, no
 # provider); Vision's owner or parent (none written)
 relations=[L(DOE, "parentOrganization", UCFTC), L(ODT, "parentOrganization", UCFTC)],
 outages=[],
 # 'today' ('today issued') -> 2013-09-24 (`published`); 'May 2012' ('in May 2012') -> 2012-05. Skipped: 'six months
 # after Vision discovered ...' (the discovery date is not given: no calendar value); the date line (cut). **Near-
 # miss** for outages: the software program's 'calculation error' is a fault in a back-office tool, not a service
 # users lost (no outage)
 dates=[D("today", "2013-09-24"), D("May 2012", "2012-05")])

# ---- Wedbush Securities Inc., CFTC 8763-23, published 2023-08-08 (a Tuesday) ------------------------------------------
A["us-cftc-wedbush-securities-los-angeles-fcm-unapproved-communications-recordkeeping-supervision-2023"] = dict(
 # The Commodity Futures Trading Commission (the text's own form, no 'U.S.'; 'CFTC recordkeeping requirements', 'a
 # CFTC registrant', 'all CFTC registrants', "The CFTC's", 'The CFTC will', 'CFTC-mandated': alias 'CFTC'); Wedbush
 # Securities Inc. ('Wedbush admits', 'Wedbush employees', "Wedbush's business": alias 'Wedbush'; Company); Los
 # Angeles, California ('a Los Angeles, California-based registered futures commission merchant': one Location, the
 # 'City, State' way); Ian McGinley ('said Director of Enforcement Ian McGinley': Person); U.S. ('the U.S. derivatives
 # markets': Location, 49k's adjectival 'U.S.' -- **doubtful**: an adjective a reader may pass over). Not annotated:
 # 'a ... registered futures commission merchant' (a registration category); 'the Commodity Exchange Act' (a law);
 # 'CFTC regulations' (rules); 'unapproved channels', 'personal text messages' (no product or app named --
 # **near-miss**: unlike 51v's and 51zf's orders, this text names no WhatsApp or other Service); 'Wedbush employees,
 # including those at senior levels' (unnamed); 'the order' (a paper); the title's 'a Los Angeles Futures Commission
 # Merchant' (title only); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", WEDBUSH, "Wedbush"),
           E("Location", "Los Angeles, California"),
           E("Person", "Ian McGinley"),
           E("Location", "U.S.")],
 # 'said Director of Enforcement Ian McGinley' (in a CFTC release, of 'The CFTC will continue to pursue') ->
 # director at the Commodity Futures Trading Commission, current (51v's and 51zf's calls on the same speaker in the
 # same words -- **doubtful**, as there: a reader may put the role at a Division of Enforcement, which this text does
 # not name as a body). **Near-misses**: 'Wedbush employees, including those at senior levels' (no one named: no
 # role); Wedbush's officers (none named)
 roles=[R("Ian McGinley", "director", CFTC, True)],
 # No relation. **Near-misses**: no Division of Enforcement named as a body here (only inside McGinley's title, so no
 # parentOrganization, unlike 51v); Wedbush's owner or parent (none written); the staff's messages on 'unapproved
 # channels' (no named Service, no provider)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2023-08-08 (`published`); '2018' ('from approximately 2018 to the present') -> 2018.
 # Skipped: 'the present' (GATHERING.md: skipped); the date line 'August 08, 2023' (cut); '$6 Million' / '$6
 # million' (amounts)
 dates=[D("today", "2023-08-08"), D("2018", "2018")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
