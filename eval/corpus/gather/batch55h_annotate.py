#!/usr/bin/env python3
"""Gold annotations (the texts of batch55h.py: four CFTC enforcement press releases -- the settled order against
'Ecoval Dairy Trade, Inc. (Ecoval), of Wayne, Pa.' for attempted manipulation of Non Fat Dry Milk futures 'on the
Chicago Mercantile Exchange's Globex electronic market trading platform' (6075-11, 19 July 2011); the settled swap
dealer order against 'ED&F Man Capital Markets, Ltd. (ED&F Man), a London-based provisionally registered swap dealer',
with 'CFTC Acting Director of Enforcement Vincent McGonagle' quoted (8501-22, 15 March 2022); the consent order against
'Edge Financial Technologies, LLC, an Illinois firm that provided software development and computer programming
services for traders', entered by 'the U.S. District Court for the Northern District of Illinois', with 'the Division
of Enforcement's Spoofing Task Force' and 'Division of Enforcement Director James McDonald' (8243-20, 15 September
2020); the settled position limits order against 'Sukarne SA de CV, a Mexico-based meat processor', with 'the CFTC's
Livestock Markets Task Force', a 'Division of Market Oversight staff member' and five 'Division of Enforcement staff'
named (8248-20, 18 September 2020)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Ecoval -> test, ED&F Man -> train, Edge -> dev, Sukarne -> train.
Dates resolve against `published` (each release's date line: 'July 19, 2011', 'March 15, 2022', 'September 15, 2020',
'September 18, 2020').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a): the regulator -> Organization under the name the text writes ('U.S. Commodity Futures Trading Commission'
in Ecoval, 'Commodity Futures Trading Commission' in the other three), 'CFTC' as alias; bracketed short forms ->
aliases ('Ecoval', 'CME', 'ED&F Man'), and a firm's short name used alone ('Edge', 'Sukarne') -> alias; 'City, State'
-> one Location ('Wayne, Pa.', 54zs's 'Chicago, Ill.'); an 'X-based' or 'an Illinois firm' place -> Location under the
place's name as written ('London', 'Mexico', 'Illinois'; 55a's 'Los Angeles, California-based'); an exchange run as a
business -> Company ('Chicago Mercantile Exchange', alias 'CME'); its trading platform named with it ("the Chicago
Mercantile Exchange's Globex electronic market trading platform") -> Service with provider (54zs's Globex); a court
-> Organization under the text's name; a named CFTC division, office or task force -> Organization with
parentOrganization to its parent as the text ties it ("the CFTC's Livestock Markets Task Force", "the Division of
Enforcement's Spoofing Task Force", "CFTC's Division of Market Oversight"; 51g, 51zk); 'Division of Enforcement staff
responsible for this matter are ...' and 'Division of Market Oversight staff member X' -> other at the Division (50d,
54zl, 55a); 'said Division of Enforcement Director X', the Division named as a body in the text -> director at the
Division (51zk's McDonald); 'said CFTC Acting Director of Enforcement X', no Division written as a body -> director at
the CFTC, current (53m's Lowe; 51v, 51zf, 55a); an adjectival 'U.S.' outside a name -> Location 'U.S.' (49k, 55a);
registration categories (swap dealer, SDR), laws (the Commodity Exchange Act, '7 U.S.C. ...'), contracts ('Non Fat Dry
Milk (NFDM) cash-settled futures contracts', 'the E-mini S&P futures contract', 'live cattle futures contract'),
orders, unnamed traders ('Trader A'), customers, counterparties and an unnamed affiliate -> nothing; a contract's
delivery month ('June 2020', 'December 2007', 'July 2008') -> a date (53e's 'September 2004', doubtful there too);
'the relevant period', 'a period of two years', a citation's '(2006)' -> no date.
usage: batch55h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
CME = "Chicago Mercantile Exchange"
DOE = "Division of Enforcement"
DMO = "Division of Market Oversight"
ECOVAL = "Ecoval Dairy Trade, Inc."
EDFM = "ED&F Man Capital Markets, Ltd."
EDGE = "Edge Financial Technologies, LLC"
COURT = "U.S. District Court for the Northern District of Illinois"
STF = "Spoofing Task Force"
LMTF = "Livestock Markets Task Force"
SUKARNE = "Sukarne SA de CV"
STAFF = ["Douglas Snodgrass", "Linda Chalet", "Kelly Beck", "Scott Williamson", "Robert Howell"]
A = {}

# ---- Ecoval Dairy Trade, Inc., CFTC 6075-11, published 2011-07-19 (a Tuesday) ------------------------------------------
A["us-cftc-ecoval-dairy-trade-wayne-pa-attempted-manipulation-non-fat-dry-milk-futures-cme-globex-2011"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order', 'CFTC finds' in the deck sentence:
 # alias 'CFTC'); Ecoval Dairy Trade, Inc. ('(Ecoval)' and 'Ecoval' throughout, "Ecoval's strategy": alias 'Ecoval';
 # Company); Wayne, Pa. ('of Wayne, Pa.': one Location, the 'City, State' way with the abbreviation as written); the
 # Chicago Mercantile Exchange ("the Chicago Mercantile Exchange's Globex ...", 'the Chicago Mercantile Exchange
 # (CME)': alias 'CME'; Company, an exchange run as a business); Globex ("the Chicago Mercantile Exchange's Globex
 # electronic market trading platform", 'the electronic market trading platform, Globex': Service, 54zs's way). Not
 # annotated: 'Non Fat Dry Milk (NFDM) cash-settled futures contracts', 'NFDM futures contract(s)' (contracts, no
 # product users use); 'the Commodity Exchange Act', '7 U.S.C. \u00a7 9, 13(b) and 13(a)(2) (2006)' (a law and its
 # citation -- the 'U.S.' of 'U.S.C.' is part of a code's name, no Location); 'any registered entity', 'any contract
 # market' (categories); 'one email' (unnamed, no sender named -- **near-miss**: the quoted email has no author, so no
 # person and no role at Ecoval); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", ECOVAL, "Ecoval"),
           E("Location", "Wayne, Pa."),
           E("Company", CME, "CME"),
           E("Service", "Globex")],
 # No role: no person is named in the kept text. **Near-misses**: the author of the quoted email (unnamed); Ecoval's
 # officers (none named); the CFTC's officials (none named in the kept part)
 roles=[],
 # "the Chicago Mercantile Exchange's Globex electronic market trading platform" -> provider(Globex, Chicago
 # Mercantile Exchange) (54zs's Gelber file: the exchange's own platform, its possessive written) -- **doubtful** only
 # in that the tie stands in the deck sentence, kept as the text's first paragraph (see batch55h.py's notes).
 # **Near-misses**: Ecoval trading 'on the Chicago Mercantile Exchange (CME)' and on Globex (a market participant on
 # an exchange: no partner or customer contract stated, 50g, 53e); Ecoval's owner or parent (none written)
 relations=[L("Globex", "provider", CME)],
 outages=[],
 # 'today' ('today filed') -> 2011-07-19 (`published`); 'September 21, 2007' ('from September 21, 2007 through
 # October 17, 2007') -> 2007-09-21; 'October 17, 2007' -> 2007-10-17; 'December 2007' ('the December 2007 through
 # July 2008 monthly NFDM futures contracts') -> 2007-12 and 'July 2008' -> 2008-07 (contract months -- **doubtful**,
 # kept as 53e kept 'September 2004': a calendar month a reader resolves, though part of the contracts' naming);
 # '2008' ('a better sales price for 2008', in the quoted email) -> 2008. Skipped: '(the relevant period)' (a label);
 # '(2006)' (the edition year of a code citation, not a time in the story); the date line (cut)
 dates=[D("today", "2011-07-19"), D("September 21, 2007", "2007-09-21"), D("October 17, 2007", "2007-10-17"),
        D("December 2007", "2007-12"), D("July 2008", "2008-07"), D("2008", "2008")])

# ---- ED&F Man Capital Markets, Ltd., CFTC 8501-22, published 2022-03-15 (a Tuesday) ------------------------------------
A["us-cftc-ed-f-man-capital-markets-london-swap-dealer-swap-data-reporting-mid-market-marks-mcgonagle-2022"] = dict(
 # The Commodity Futures Trading Commission (the text's own form, no 'U.S.'; 'CFTC regulations', 'The CFTC will not
 # hesitate', 'CFTC Acting Director': alias 'CFTC'); ED&F Man Capital Markets, Ltd. ('(ED&F Man)' and 'ED&F Man'
 # throughout: alias 'ED&F Man'; Company); London ('a London-based provisionally registered swap dealer': Location,
 # the 'X-based' way); Vincent McGonagle ('said CFTC Acting Director of Enforcement Vincent McGonagle': Person);
 # U.S. ('its U.S. swaps counterparties': Location, the adjectival 'U.S.' -- **doubtful**: an adjective a reader may
 # pass over). Not annotated: 'a swaps data repository (SDR)', 'an SDR', 'SDRs' (a registration category, none named
 # -- **near-miss**: no repository is named, so no Service or provider); 'swap dealers', 'Swap dealer registrants'
 # (categories); 'the Commodity Exchange Act' (a law); 'swaps counterparties', 'proprietary traders' (unnamed); 'an
 # affiliate' (unnamed -- **near-miss**, see relations); 'metals and FX swaps' (contracts); the order (a paper);
 # amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", EDFM, "ED&F Man"),
           E("Location", "London"),
           E("Person", "Vincent McGonagle"),
           E("Location", "U.S.")],
 # 'said CFTC Acting Director of Enforcement Vincent McGonagle' -> director at the Commodity Futures Trading
 # Commission, current (53m's 'Acting Director of Enforcement Gretchen Lowe' -> director at the CFTC; an acting post
 # is still held, so current) -- **doubtful**: a reader may put the role at a Division of Enforcement, which this text
 # names only inside the title, not as a body (no Division entity, 55a's Wedbush call). **Near-misses**: the
 # 'proprietary traders, trading on behalf of an affiliate' (unnamed: no role); ED&F Man's officers (none named)
 roles=[R("Vincent McGonagle", "director", CFTC, True)],
 # No relation. **Near-misses**: 'proprietary traders, trading on behalf of an affiliate' -- an affiliate of ED&F Man
 # that the kept text does not name, so no parentOrganization or sibling tie (outside knowledge of the ED&F Man group
 # is not in the text); ED&F Man's reporting 'to an SDR' (unnamed repository: no provider or partner); its 'U.S. swaps
 # counterparties' (unnamed customers: no partner)
 relations=[],
 outages=[],
 # 'today' ('today simultaneously filed') -> 2022-03-15 (`published`); 'February 2014' (three times, 'between February
 # 2014 and July 2021', 'from February 2014 through January 2018', 'from February 2014 to April 2021': one item, the
 # same text and value) -> 2014-02; 'July 2021' -> 2021-07; 'January 2018' -> 2018-01; 'April 2021' -> 2021-04.
 # Skipped: the date line (cut); '$3.25 Million', '$3,250,000' (amounts)
 dates=[D("today", "2022-03-15"), D("February 2014", "2014-02"), D("July 2021", "2021-07"),
        D("January 2018", "2018-01"), D("April 2021", "2021-04")])

# ---- Edge Financial Technologies, LLC, CFTC 8243-20, published 2020-09-15 (a Tuesday) ----------------------------------
A["us-cftc-edge-financial-technologies-illinois-software-firm-aiding-abetting-spoofing-consent-order-mcdonald-2020"] = dict(
 # The Commodity Futures Trading Commission ('the CFTC will respond', 'CFTC-regulated', 'CFTC Press Release': alias
 # 'CFTC'); the U.S. District Court for the Northern District of Illinois (Organization, a court, the text's full
 # form; 'The court's permanent injunction' is generic); Edge Financial Technologies, LLC ('Edge aided', 'Edge
 # enabled', 'prohibits Edge': alias 'Edge'; Company); Illinois ('an Illinois firm': Location, 55a's 'X-based' way
 # for a state named as the firm's home -- **doubtful**: an adjective a reader may pass over; the same name inside
 # the court's name is not a second mention); the Division of Enforcement ("the Division of Enforcement's Spoofing
 # Task Force", 'Division of Enforcement Director': Organization, named as a body); the Spoofing Task Force
 # (Organization, the Division's named unit, 51g's 'Corruption Task Force', 51zk's 'Bank Secrecy Act Task Force');
 # James McDonald (Person). Not annotated: 'Trader A' (a placeholder, no name -- **near-miss**: no person, no role, no
 # customer tie); 'the E-mini S&P futures contract', 'E-mini S&P futures contracts' (an exchange contract, 50g's
 # way; no exchange named in the kept text); 'a custom software application' (no name -- **near-miss**: no Service,
 # though Edge made it); 'CFTC Press Release No. 7689-18' (a release number); 'other market participants', 'traders',
 # 'companies' (generic); the consent order and permanent injunction (papers); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", COURT),
           E("Company", EDGE, "Edge"),
           E("Location", "Illinois"),
           E("Organization", DOE),
           E("Organization", STF),
           E("Person", "James McDonald")],
 # 'said Division of Enforcement Director James McDonald' -> director at the Division of Enforcement, current (51zk's
 # call on the same speaker in the same words, the Division written as a body in the text -- **doubtful**, as there:
 # the lane puts 'Director of Enforcement X' at the CFTC where no Division is written; a reader may do so here).
 # **Near-misses**: 'Trader A' (no name); Edge's owners or programmers (none named)
 roles=[R("James McDonald", "director", DOE, True)],
 # "the Division of Enforcement's Spoofing Task Force" -> parentOrganization(Spoofing Task Force, Division of
 # Enforcement) (51g, 51zk); the Division as the CFTC's -> parentOrganization(Division of Enforcement, Commodity Futures
 # Trading Commission) -- **doubtful**: the text never writes 'the CFTC's Division' (a CFTC release on its own
 # Division, 51g's and 51zk's way; a reader may leave the tie out). **Near-misses**: Edge 'provided software
 # development and computer programming services for traders' and programmed 'a custom software application' for
 # Trader A (a service to an unnamed trader, no named second end: no partner, and no named Service: no provider); the
 # court's order against Edge (a judgment, not a tie of the vocabulary); Edge's owner or parent (none written)
 relations=[L(STF, "parentOrganization", DOE), L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today announced') -> 2020-09-15 (`published`); '2018' ('a 2018 enforcement action') -> 2018; 'January
 # 30, 2013' ('from at least January 30, 2013, through October 30, 2013') -> 2013-01-30; 'October 30, 2013' ->
 # 2013-10-30. Skipped: 'for a period of two years' (a span with no start written); the date line (cut); '7689-18'
 # (a release number, though it ends in the year's digits)
 dates=[D("today", "2020-09-15"), D("2018", "2018"), D("January 30, 2013", "2013-01-30"),
        D("October 30, 2013", "2013-10-30")])

# ---- Sukarne SA de CV, CFTC 8248-20, published 2020-09-18 (a Friday) ----------------------------------------------------
A["us-cftc-sukarne-mexico-meat-processor-live-cattle-futures-speculative-position-limits-cme-2020"] = dict(
 # The Commodity Futures Trading Commission ("the CFTC's Livestock Markets Task Force", "The CFTC's investigation",
 # 'the CFTC recognized', "CFTC's Division of Market Oversight": alias 'CFTC'); Sukarne SA de CV ('Sukarne' throughout:
 # alias 'Sukarne'; Company); Mexico ('a Mexico-based meat processor': Location, the 'X-based' way -- **doubtful**: a
 # reader may pass over the adjective; the title's 'Mexican' is no mention in the text); the Livestock Markets Task
 # Force (Organization, the CFTC's named task force, 51g's way); the Chicago Mercantile Exchange ('the Chicago
 # Mercantile Exchange (CME)', 'CME' five times: alias 'CME'; Company, an exchange run as a business); the Division of
 # Market Oversight ("CFTC's Division of Market Oversight staff member David Amato": Organization); David Amato
 # (Person); the Division of Enforcement ('The Division of Enforcement staff responsible for this matter':
 # Organization); the five staff members (Persons, each named once). Not annotated: 'a Mexico-based meat processor'
 # as a description; 'live cattle futures', 'the ... June 2020 live cattle futures contract' (a contract); 'a net short
 # position of 500 contracts', 'the spot month speculative position limit of 300 contracts' (quantities); 'the
 # exchange's position limits rules' (rules); 'a related inquiry', 'a disciplinary action' (proceedings); the order (a
 # paper); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", SUKARNE, "Sukarne"),
           E("Location", "Mexico"),
           E("Organization", LMTF),
           E("Company", CME, "CME"),
           E("Organization", DMO),
           E("Person", "David Amato"),
           E("Organization", DOE)]
          + [E("Person", p) for p in STAFF],
 # "CFTC's Division of Market Oversight staff member David Amato also assisted" -> other at the Division of Market
 # Oversight, current ('staff member', the manual's staff -> other; 55a's Margaret Sweet); 'The Division of
 # Enforcement staff responsible for this matter are ...' -> other at the Division of Enforcement, current, for each
 # of the five (50d, 54zl, 55a) -- **doubtful**: a credit line with no title; a reader may give no role or put it at
 # the CFTC. **Near-misses**: Sukarne's officers and traders (none named); CME's staff (none named)
 roles=[R("David Amato", "other", DMO, True)] + [R(p, "other", DOE, True) for p in STAFF],
 # "the CFTC's Livestock Markets Task Force" -> parentOrganization(Livestock Markets Task Force, Commodity Futures
 # Trading Commission) (the possessive, 51g's task force way); "CFTC's Division of Market Oversight" ->
 # parentOrganization(Division of Market Oversight, Commodity Futures Trading Commission); 'The Division of Enforcement
 # staff' -> parentOrganization(Division of Enforcement, Commodity Futures Trading Commission) -- **doubtful**: this
 # Division is not written as the CFTC's (51zk's way; a reader may leave the tie out). **Near-misses**: 'a related
 # inquiry by CME', CME's 'disciplinary action against Sukarne' and its '$25,000 sanction' (an exchange disciplining a
 # market participant: no partner); 'The CFTC thanks CME for its assistance' (cooperation between a regulator and an
 # exchange, no partnership or contract in the text's words: no partner); Sukarne's position in a CME contract (a
 # market participant on an exchange, 50g); Sukarne's owner or parent (none written)
 relations=[L(LMTF, "parentOrganization", CFTC), L(DMO, "parentOrganization", CFTC),
            L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued', 'which today also announced': one item, the same text and value) -> 2020-09-18
 # (`published`); 'June 23, 2020' ('on June 23, 2020') -> 2020-06-23; 'June 2020' ('the Chicago Mercantile Exchange
 # (CME) June 2020 live cattle futures contract') -> 2020-06 (a contract month -- **doubtful**, kept as 53e kept
 # 'September 2004'). Skipped: 'the spot month' (no calendar value of its own); the date line (cut); '$35,000',
 # '$25,000', '$60,000' (amounts)
 dates=[D("today", "2020-09-18"), D("June 23, 2020", "2020-06-23"), D("June 2020", "2020-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
