#!/usr/bin/env python3
"""Batch 51zk gold annotations (the texts of batch51zk.py: three CFTC enforcement press releases -- the order against
'HSBC Bank USA, N.A. (HSBC), a provisionally registered swap dealer' for manipulative trading in swaps with bond
issuers, spoofing and recordkeeping failures, with 'Director of Enforcement Ian McGinley' quoted (8702-23, 12 May
2023); the order against 'Global Asset Advisors LLC d/b/a Daniels Trading (GAA), a Chicago-based Introducing Broker
(IB), and its principal and registered Associated Person (AP), Glenn A. Swanson' (7792-18, 17 September 2018); the
order against 'A&A Trading, Inc., a registered introducing broker located in Chicago, Illinois' for filing no
suspicious activity report on the unauthorized trading 'Kooima & Kaemingk Commodities Inc. (K&K)' told it of, brought
with 'the Division of Enforcement's Bank Secrecy Act Task Force', with 'Division of Enforcement Director James
McDonald' quoted and 'the Department of the Treasury's Financial Crime Enforcement Network (FinCEN)' named (8268-20, 30
September 2020)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the A&A Trading file to test, the Global Asset Advisors file to train, the HSBC file to dev.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf; looked up in the corpus's files by their gold only where other matters):
regulators -> Organization, the fullest name the text gives ('Commodity Futures Trading Commission' in all three),
'CFTC' and 'Commission' as aliases where the text uses them alone for the agency (49h, 50g, 50j, 51a, 51g, 51v, 51zf);
'Director of Enforcement X' in a CFTC release, the Division not named as a body -> director at the CFTC (49h, 50d,
51a, 51v, 51zf); "the Division of Enforcement's <X> Task Force" -> two Organizations with parentOrganization(task
force, Division of Enforcement) and parentOrganization(Division of Enforcement, CFTC) (51g's Vitol file, 51v); a
department's named bureau ("the Department of the Treasury's Financial Crime Enforcement Network") ->
parentOrganization(bureau, department) (51g's 'the Department of Justice's Fraud Section'); 'a principal' of a
firm -> executive (23b, 40m, 51a, 51o, 51zf); 'Firm (Short)' -> the short form as alias (the lane's); a d/b/a name ->
alias of the firm (44s, 45zk); 'a Chicago-based' firm -> Location 'Chicago', no relation (51o); 'located in City,
State' -> one Location 'City, State' (51o's 'Chicago, Illinois', 51v's 'Akron, Iowa'); unnamed clients, FCMs,
customers and traders -> nothing; registration categories (swap dealer, introducing broker, associated person,
commodity pool operator, commodity trading adviser, futures commission merchant), laws (the Commodity Exchange Act;
the Bank Secrecy Act inside a task force's name), report types (SARs), orders and press releases -> nothing; a date
repeated with the same text (ignoring case) and value -> one item (the manual).
usage: batch51zk_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zk/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
HBUS = "HSBC Bank USA, N.A."
GAA = "Global Asset Advisors LLC"
AAT = "A&A Trading, Inc."
DOE = "Division of Enforcement"
BSA = "Bank Secrecy Act Task Force"
FIN = "Financial Crime Enforcement Network"
KK = "Kooima & Kaemingk Commodities Inc."
TREAS = "Department of the Treasury"
A = {}

# ---- HSBC Bank USA, N.A., CFTC 8702-23, published 2023-05-12 (a Friday) --------------------------------------------------
A["us-cftc-hsbc-bank-usa-swap-dealer-bond-issuer-swaps-spoofing-mobile-recordkeeping-director-mcginley-2023"] = dict(
 # The Commodity Futures Trading Commission ('The Commission has zero tolerance', 'the CFTC will continue': aliases
 # 'Commission' and 'CFTC'); HSBC Bank USA, N.A. ('(HSBC)' and 'HSBC' throughout: alias 'HSBC'; Company -- the short
 # form the release defines for this one bank, not the group); Ian McGinley ('said Director of Enforcement Ian
 # McGinley': Person). Not annotated: 'a provisionally registered swap dealer', 'registered swap dealers',
 # 'Registrants' (registration categories); 'the Commodity Exchange Act's (CEA)', 'the CEA' (a law); 'bond issuers',
 # 'swap counterparties', 'all market participants' (unnamed); 'Director of Enforcement' (a title: the Division is
 # not named as a body here); 'the order', 'Today's order' (papers); '$45 million' (an amount)
 entities=[E("Organization", CFTC, "Commission", "CFTC"),
           E("Company", HBUS, "HSBC"),
           E("Person", "Ian McGinley")],
 # 'said Director of Enforcement Ian McGinley' (in a CFTC release, of 'The Commission has zero tolerance') ->
 # director at the CFTC, current (51a's, 51v's, 51zf's way; the CFTC is the release's speaker, not written beside
 # the title). Near-miss: 'traders at HSBC' (past the cut and unnamed)
 roles=[R("Ian McGinley", "director", CFTC, True)],
 # No relation: the text names one firm and no parent, owner or unit. Near-misses: 'HSBC' as the bank's short name
 # (outside knowledge makes HSBC Bank USA, N.A. a subsidiary of HSBC Holdings plc, which the text does not name);
 # the swaps HSBC entered into with bond issuers (unnamed counterparties, no named partner); the CFTC's 'registered
 # swap dealers' (a registration, not a tie)
 relations=[],
 outages=[],
 # 'today' ('today issued') and 'Today' ("Today's order", in the quotation, said on the release's day) -> 2023-05-12
 # (`published`; the same text ignoring case with the same value: one item); 'March 2012' ('from approximately March
 # 2012 to July 2020') -> 2012-03; 'July 2020' -> 2020-07. Skipped: the date line (cut); 'at various times during
 # approximately an eight-year period' (a span, no calendar value of its own); '$45 Million' (title only, an amount)
 dates=[D("today", "2023-05-12"), D("March 2012", "2012-03"), D("July 2020", "2020-07")])

# ---- Global Asset Advisors LLC d/b/a Daniels Trading and Glenn A. Swanson, CFTC 7792-18, published 2018-09-17 (a Monday) -
A["us-cftc-global-asset-advisors-daniels-trading-chicago-principal-glenn-swanson-post-execution-allocation-2018"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'The CFTC Order', 'CFTC Regulations': alias 'CFTC'; the text
 # never writes 'Commission' alone); Global Asset Advisors LLC ('d/b/a Daniels Trading (GAA)': aliases 'Daniels
 # Trading', its trade name, and 'GAA'; Company -- **doubtful**: a reader may type 'Daniels Trading' a Service (a
 # brand) with a provider relation, or a Company of its own; the lane's and the FCC lane's way is an alias of the
 # firm doing business under it); Chicago ('a Chicago-based Introducing Broker': Location); Glenn A. Swanson
 # ('Swanson' throughout: alias 'Swanson'; Person). Not annotated: 'Introducing Broker (IB)', 'Associated Person
 # (AP)', 'a commodity pool operator and commodity trading adviser (CTA)', 'the Futures Commission Merchant (FCM)'
 # (registration categories; the client and the FCM are unnamed); 'the Commodity Exchange Act' (a law); 'the Order',
 # 'The CFTC Order' (papers); 'the CTA's associates', 'employees', 'customer or pool accounts' (unnamed); '$300,000'
 # (an amount)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", GAA, "Daniels Trading", "GAA"),
           E("Location", "Chicago"),
           E("Person", "Glenn A. Swanson", "Swanson")],
 # 'its principal and registered Associated Person (AP), Glenn A. Swanson' (its = GAA's) -> executive at Global Asset
 # Advisors LLC, current (the lane's 'a principal of the firm' -> executive: 51a, 51o, 51zf; the post written in the
 # present) -- **doubtful**: 'principal' beside 'registered Associated Person' may be read as a registration category
 # and given no role (51zf's Henderson). Near-misses: 'Associated Person' (a registration category, no title); 'other
 # GAA supervisory personnel' (past the cut, unnamed)
 roles=[R("Glenn A. Swanson", "executive", GAA, True)],
 # No relation. Near-misses: 'a client registered as a commodity pool operator and commodity trading adviser (CTA)'
 # -- GAA's client, but unnamed (no partner without two named organisations); the FCM that notified GAA (unnamed;
 # outside knowledge of the clearing tie is not in the text); 'd/b/a Daniels Trading' (a trade name of the same firm,
 # no unit); 'Chicago-based' (a seat, no relation type)
 relations=[],
 outages=[],
 # 'January 2013' ('between at least January 2013 and February 2014 (Relevant Period)') -> 2013-01; 'February 2014'
 # -> 2014-02. Skipped: the date line (cut; the text has no 'today'); '4:00 p.m. Central time' (a time of day with no
 # day); 'within 30 to 60 minutes of the trade', 'hours after execution' (durations); '(Relevant Period)' (a label)
 dates=[D("January 2013", "2013-01"), D("February 2014", "2014-02")])

# ---- A&A Trading, Inc., CFTC 8268-20, published 2020-09-30 (a Wednesday) ----------------------------------------------------
A["us-cftc-a-and-a-trading-chicago-introducing-broker-no-suspicious-activity-report-kooima-kaemingk-fincen-2020"] = dict(
 # The Commodity Futures Trading Commission ('The CFTC will continue': alias 'CFTC'; never 'Commission' alone); A&A
 # Trading, Inc. ('A&A Trading' throughout: alias; Company); Chicago, Illinois ('located in Chicago, Illinois': one
 # Location, the lane's 'City, State' way; 'Chicago' alone is only in the title, so no alias); the Division of
 # Enforcement ("the Division of Enforcement's Bank Secrecy Act Task Force", 'Division of Enforcement Director':
 # Organization, named as a body); the Bank Secrecy Act Task Force (Organization, a named unit of the Division, 51g's
 # 'Corruption Task Force'); the Financial Crime Enforcement Network ('(FinCEN)', 'filed with FinCEN': alias 'FinCEN';
 # Organization, the release's singular 'Crime' kept as the name); James McDonald (Person); Kooima & Kaemingk
 # Commodities Inc. ('(K&K)' throughout: alias 'K&K'; Company); Nathan Harris ("Harris' unauthorized trading": alias
 # 'Harris'; Person); the Department of the Treasury (Organization). Not annotated: 'suspicious activity report
 # (SAR)', 'SARs' (a report type); 'introducing brokers', 'certain intermediaries' (categories); 'our regulatory
 # partners', 'at least one customer', 'another customer', 'its employees' (unnamed); the Bank Secrecy Act (a law,
 # only inside the task force's name); 'the order' (a paper); '$400,000', '$95,329' (amounts)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", AAT, "A&A Trading"),
           E("Location", "Chicago, Illinois"),
           E("Organization", DOE),
           E("Organization", BSA),
           E("Organization", FIN, "FinCEN"),
           E("Person", "James McDonald"),
           E("Company", KK, "K&K"),
           E("Person", "Nathan Harris", "Harris"),
           E("Organization", TREAS)],
 # 'said Division of Enforcement Director James McDonald' -> director at the Division of Enforcement, current (the
 # body written beside the title and annotated here) -- **doubtful**: the lane's 'Director of Enforcement X' goes to
 # the CFTC (51a, 51v, 51zf), where the Division is not written before the title; a reader may put it there.
 # Near-misses: 'Nathan Harris, formerly of K&K' (a past tie to K&K with no title: no role; 51v's file gives him no
 # role at his former employer either); 'its employees' (unnamed)
 roles=[R("James McDonald", "director", DOE, True)],
 # "the Division of Enforcement's Bank Secrecy Act Task Force" -> parentOrganization(Bank Secrecy Act Task Force,
 # Division of Enforcement) (51g); the Division as the CFTC's -> parentOrganization(Division of Enforcement, CFTC) --
 # **doubtful**: the text never writes 'the CFTC's Division' (a CFTC release speaking of its own Division; 51g's and
 # 51v's way, a reader may leave the tie out); "the Department of the Treasury's Financial Crime Enforcement Network
 # (FinCEN)" -> parentOrganization(Financial Crime Enforcement Network, Department of the Treasury). Near-misses: 'A&A
 # Trading assisted Kooima & Kaemingk Commodities Inc. (K&K) in connection with its handling of customer accounts'
 # -- **doubtful**: a service given by one named firm to another, but the text says 'assisted', no partnership,
 # supplier, customer or contract in its words, so no partner (a reader may give partner(A&A Trading, K&K)); Nathan
 # Harris 'formerly of K&K' (a person, no organisation tie); the SARs 'filed with FinCEN' (a filing, not a tie)
 relations=[L(BSA, "parentOrganization", DOE),
            L(DOE, "parentOrganization", CFTC),
            L(FIN, "parentOrganization", TREAS)],
 outages=[],
 # 'today' ('today issued') -> 2020-09-30 (`published`); 'May 5, 2014' ('On May 5, 2014, K&K informed A&A Trading')
 # -> 2014-05-05. Skipped: the date line (cut); 'within 30 days' (a deadline, no calendar value written); 'at the
 # earliest stages' (no date)
 dates=[D("today", "2020-09-30"), D("May 5, 2014", "2014-05-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
