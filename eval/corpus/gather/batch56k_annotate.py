#!/usr/bin/env python3
"""Gold annotations (the texts of batch56k.py: three CFTC enforcement press releases -- the settled order against 'BGC
Derivative Markets, L.P. (BGCD), a swap execution facility (SEF)', for swap reporting failures and SEF Core Principle
violations, whose 'Chief Compliance Officer and Chief Executive Officer must certify' its reconciliation process, with
'CFTC Acting Director of Enforcement Gretchen Lowe' quoted (8604-22, 30 September 2022); the settled order against
'Mitsubishi Corporation RtM Japan Ltd. (RtM Japan)' for spoofing platinum and palladium futures 'on the New York
Mercantile Exchange' through a trader in "RtM Japan's Tokyo office", with 'CFTC Director of Enforcement James McDonald'
quoted (8075-19, 7 November 2019); the settled order against 'Asset Risk Management, LLC (ARM), a registered Commodity
Trading Advisor headquartered in Houston, Texas', for operating an unregistered swap execution facility, with 'Acting
Director of Enforcement Gretchen Lowe' quoted and 'The Division of Enforcement' named in her words (8596-22, 26
September 2022)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts): Asset
Risk Management -> test, BGC Derivative Markets -> train, Mitsubishi Corporation RtM Japan -> dev (as write_parts
dealt them).
Dates resolve against `published` (each release's date line: 'September 30, 2022', 'November 7, 2019', 'September 26,
2022').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h, 55r, 55w, 55z, 56e): the regulator -> Organization under the name the text writes ('U.S. Commodity
Futures Trading Commission' in 8075-19, 'Commodity Futures Trading Commission' in the other two), 'CFTC' as alias (used
alone for the name written once: 55z's and 56e's way); an unbracketed 'the Commission' -> no alias (56e's CX call; only
a bracketed 'Commission' is an alias, 55w); bracketed short forms -> aliases ('BGCD', 'RtM Japan', 'ARM'); the operator
of a swap execution facility, a trading company and a commodity trading advisor -> Company (55z's and 56e's SEFs); an
exchange run as a business -> Company under the name written ('New York Mercantile Exchange', no short form here; 55z's
NYMEX, 54zf's COMEX); "X's Tokyo office" -> the city a Location (54za's 'Tokyo-based'), 'headquartered in City, State'
-> one Location ('Houston, Texas', 56e's 'New York, N.Y.'); 'CFTC Acting Director of Enforcement X' / 'CFTC Director of
Enforcement X', no Division written as a body -> director at the CFTC (53m's and 56e's Lowe, 55a's, 55w's and 56e's
McDonald); 'Acting Director of Enforcement X' in a quotation of hers that names 'The Division of Enforcement' as a body
-> the Division an Organization, director at the Division, parentOrganization(Division of Enforcement, CFTC) (55z's
McGinley call in 8990-24, 55h's and 51zk's Division calls; both **doubtful** as there); a parent company named only
inside the charged company's name ('Mitsubishi Corporation' in 'Mitsubishi Corporation RtM Japan Ltd.') -> no entity
and no parentOrganization (GUIDELINES part 2's 'named only inside a product name' rule, read for a company's name: the
text never names Mitsubishi Corporation on its own or says whose the company is); unnamed officers ("BGCD's Chief
Compliance Officer and Chief Executive Officer") -> no Person and no role; laws (the Commodity Exchange Act (CEA)),
rules ('SEF Core Principles', 'CFTC regulations'), registration categories ('swap execution facility (SEF)', 'swap data
repository (SDR)', 'Commodity Trading Advisor'), instruments ('platinum and palladium futures', 'swap transactions'),
agreements ('an ISDA agreement'), papers ('The order'), labels ('the spoof order', 'the genuine order', 'the relevant
period'), unnamed traders, desks, platforms, websites, clients and counterparties -> nothing; amounts -> nothing.
usage: batch56k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
CFTC = "Commodity Futures Trading Commission"
DOE = "Division of Enforcement"
BGCD = "BGC Derivative Markets, L.P."
RTM = "Mitsubishi Corporation RtM Japan Ltd."
NYMEX = "New York Mercantile Exchange"
ARM = "Asset Risk Management, LLC"
A = {}

# ---- BGC Derivative Markets, L.P., CFTC 8604-22, published 2022-09-30 (a Friday) -------------------------------------
A["us-cftc-bgc-derivative-markets-bgcd-sef-swap-reporting-core-principles-ceo-cco-certify-2022"] = dict(
 # The Commodity Futures Trading Commission (written without 'U.S.'; 'to the CFTC', 'CFTC regulations', 'necessary for
 # the CFTC', 'CFTC Acting Director': alias 'CFTC', used alone for the name written once); BGC Derivative Markets, L.P.
 # ('(BGCD)', 'BGCD' throughout, "BGCD's Chief Compliance Officer": alias 'BGCD'; Company, the operator of a swap
 # execution facility -- 55z's way for the same company in its 2024 text, one name for the business and its facility;
 # 'the SEF' a generic noun, 'SEF' no alias); Gretchen Lowe ('said CFTC Acting Director of Enforcement Gretchen Lowe':
 # Person). Not annotated: 'a swap execution facility (SEF)' (a registration category); 'a swap data repository
 # (SDR)' (unnamed: no Organization or Company; 'SDR' no alias); 'the public'; 'SEF Core Principles', 'CFTC
 # regulations' (rules); 'the Commodity Exchange Act (CEA)' (a law; 'CEA' no alias of an entity); 'its swaps reporting
 # program', 'a reconciliation process', 'compliance program' (programmes); 'its public website' (BGCD's website, but
 # unnamed: no Service -- **near-miss**, below); "BGCD's Chief Compliance Officer and Chief Executive Officer" (posts
 # with no person named -- **near-miss**, below); '11 separate reporting systems issues' (unnamed systems); 'The order',
 # 'a written report' (papers); the heading's words (title only; it names no party); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", BGCD, "BGCD"),
           E("Person", "Gretchen Lowe")],
 # 'said CFTC Acting Director of Enforcement Gretchen Lowe' -> director at the Commodity Futures Trading Commission,
 # current ('Acting' -> director, 49h; no Division written as a body in this text: 53m's and 56e's call on Lowe, 55h's
 # on McGonagle in the same words). **Near-misses**: "BGCD's Chief Compliance Officer and Chief Executive Officer must
 # certify" -- a ceo and an executive post at BGCD, but no person is named, so no Person and no role (55z's 'their
 # respective chief compliance officer and chief executive officer', the same call); a second director role for Lowe
 # at a Division of Enforcement (named only inside her title)
 roles=[R("Gretchen Lowe", "director", CFTC, True)],
 # No relation. **Near-misses**: BGCD's parent or group (no BGC Group, BGC Partners or Cantor Fitzgerald is written in
 # this text -- Commissioner Goldsmith Romero's separate statement on the same order calls it 'an affiliate of Cantor
 # Fitzgerald, L.P.', but that is another page, outside this text); BGCD and 'its public website' (no named Service:
 # no provider); BGCD reporting to 'a swap data repository (SDR)' (an unnamed repository: no partner or provider);
 # BGCD and the CFTC ('submit a written report to the CFTC': regulatory reporting, no tie)
 relations=[],
 # No outage. **Near-miss**: '11 separate reporting systems issues' through which BGCD failed to report swaps 'to the
 # CFTC and/or to the public on its public website' -- reporting failures of a firm's own data, with no service said
 # to have gone down for its users (GUIDELINES part 2, Outages: a failure must stop a service users rely on; 56e's CX
 # system safeguards call)
 outages=[],
 # 'today' ('today issued an order') and 'Today' ("Today's enforcement action", in Lowe's words, said on the release's
 # day) -> 2022-09-30 (`published`; the same text ignoring case with the same value: one item, 54zf's way); 'January
 # 2017' ('from January 2017 to March 2022') -> 2017-01; 'March 2022' -> 2022-03. Skipped: 'in one year' (a deadline
 # span from an order date the text does not give as such); the date line (cut); '$1.9 million' and the heading's
 # '$1.9 Million' (amounts)
 dates=[D("today", "2022-09-30"), D("January 2017", "2017-01"), D("March 2022", "2022-03")])

# ---- Mitsubishi Corporation RtM Japan Ltd., CFTC 8075-19, published 2019-11-07 (a Thursday) ------------------------------
A["us-cftc-mitsubishi-corporation-rtm-japan-tokyo-nymex-platinum-palladium-spoofing-2019"] = dict(
 # The U.S. Commodity Futures Trading Commission (no bracketed short form; 'CFTC Director of Enforcement': alias
 # 'CFTC', the short form used alone for the name written once; 'the Commission will aggressively pursue' unbracketed
 # in McDonald's words -> no alias, 56e's call); Mitsubishi Corporation RtM Japan Ltd. ('(RtM Japan)', 'RtM Japan'
 # throughout, "RtM Japan's Tokyo office": alias 'RtM Japan'; Company, a proprietary trader of futures); the New York
 # Mercantile Exchange (an exchange run as a business: Company, 55z's NYMEX -- no short form written here); Tokyo
 # ("RtM Japan's Tokyo office": Location, the city, 54za's 'Tokyo-based' way); James McDonald ('said CFTC Director of
 # Enforcement James McDonald': Person). Not annotated: 'Mitsubishi Corporation' (named only inside the charged
 # company's name, never on its own -- **near-miss**, below); 'a trading platform' (unnamed: no Service); 'an
 # inexperienced trader', 'a trader', 'The trader' (unnamed, 'his/her'); 'a precious metals trading desk' (an unnamed
 # desk); 'platinum and palladium futures', 'futures contracts' (instruments); 'the spoof order', 'the genuine order'
 # (labels the text defines); 'participants', 'their employees' (generic); 'The order' (a paper); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", RTM, "RtM Japan"),
           E("Company", NYMEX),
           E("Location", "Tokyo"),
           E("Person", "James McDonald")],
 # 'said CFTC Director of Enforcement James McDonald' -> director at the U.S. Commodity Futures Trading Commission,
 # current (no Division written as a body: 55a's, 55w's and 56e's call on the same words). **Near-misses**: the
 # trader's 'business development duties at RtM Japan' (a post at the company, but the trader is unnamed: no Person,
 # no role); RtM Japan's officers (none named)
 roles=[R("James McDonald", "director", UCFTC, True)],
 # No relation. **Near-misses**: parentOrganization(RtM Japan, Mitsubishi Corporation) -- the name suggests a
 # Mitsubishi Corporation company, and news copies call it 'the precious metals arm of Japanese conglomerate Mitsubishi
 # Corp.', but this text never names Mitsubishi Corporation apart from the charged company's own name and says nothing
 # of ownership (outside knowledge only; GUIDELINES part 2's 'named only inside a product name' rule read for a
 # company name, 56e's tpSEF call on the 'tp' in its name) -- **doubtful**: a reader may take the name as the tie;
 # RtM Japan 'spoofing contracts on the New York Mercantile Exchange' (a market participant on an exchange: no
 # partner, customer or provider tie, 50g's and 54zf's call); RtM Japan and its Tokyo office (a place, no relation
 # type for it)
 relations=[],
 outages=[],
 # 'today' ('today issued an order') and 'Today' ("Today's enforcement action", in McDonald's words) -> 2019-11-07
 # (`published`; one item, 54zf's way); 'April 5, 2018' ('on or about April 5, 2018') -> 2018-04-05; 'April 13, 2018'
 # ('through on or about April 13, 2018') -> 2018-04-13 ('on or about' hedges the day, the day as written, 55z's way
 # with 'approximately'). Skipped: 'several months prior to this time period' (no calendar value a careful reader can
 # fix); the date line (cut); '$500,000' (an amount)
 dates=[D("today", "2019-11-07"), D("April 5, 2018", "2018-04-05"), D("April 13, 2018", "2018-04-13")])

# ---- Asset Risk Management, LLC, CFTC 8596-22, published 2022-09-26 (a Monday) ----------------------------------------
A["us-cftc-asset-risk-management-houston-cta-unregistered-swap-execution-facility-2022"] = dict(
 # The Commodity Futures Trading Commission (written without 'U.S.'; 'CFTC regulations', "the CFTC's ability": alias
 # 'CFTC', used alone for the name written once); Asset Risk Management, LLC ('(ARM)', 'ARM' throughout: alias 'ARM';
 # Company, a commodity trading advisor run as a business); Houston, Texas ('headquartered in Houston, Texas': one
 # Location, the 'City, State' way, 56e's 'New York, N.Y.'); Gretchen Lowe ('said Acting Director of Enforcement
 # Gretchen Lowe': Person); the Division of Enforcement ('The Division of Enforcement will continue to bring actions',
 # in Lowe's own words: Organization, named as a body, 55z's 8990-24 call). Not annotated: 'a registered Commodity
 # Trading Advisor', 'a swap execution facility (SEF)', 'an unregistered SEF', 'unregistered swap execution
 # facilities' (registration categories; 'SEF' no alias; ARM's unregistered SEF is unnamed: no Service --
 # **near-miss**, below); 'the Commodity Exchange Act (CEA)', 'the CEA' (a law; 'CEA' no alias); 'CFTC regulations'
 # (rules); 'a trading system or platform' (unnamed: no Service); 'phone, instant messaging, and email' (generic means);
 # 'natural gas, natural gas liquids, or crude oil' (commodities); 'an ISDA agreement' (an agreement named by an
 # association's initials only, no organisation named on its own: no entity -- **near-miss**); 'clients',
 # 'counterparties', 'multiple participants', 'firms' (unnamed or generic); 'The order' (a paper); 'the relevant
 # period' (a label); the heading's words (title only; 'Texas Commodity Trading Advisor' names no party); amounts
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", ARM, "ARM"),
           E("Location", "Houston, Texas"),
           E("Person", "Gretchen Lowe"),
           E("Organization", DOE)],
 # 'said Acting Director of Enforcement Gretchen Lowe', in a quotation of hers that names 'The Division of
 # Enforcement' as a body -> director at the Division of Enforcement, current ('Acting' -> director, 49h; 55z's call on
 # McGinley in 8990-24, where the Division is named in the Director's words -- **doubtful**, as there: 53m and 56e put
 # the same title on the CFTC where no Division was written; here one is, so the role goes to it, one post, not
 # doubled). **Near-misses**: ARM's officers and principals (none named); a second director role for Lowe at the CFTC
 roles=[R("Gretchen Lowe", "director", DOE, True)],
 # 'The Division of Enforcement will continue ...', said by the CFTC's Acting Director of Enforcement in a CFTC release
 # -> parentOrganization(Division of Enforcement, Commodity Futures Trading Commission) -- **doubtful**: the Division
 # is not written as the CFTC's (55z's and 55h's way; a reader may leave the tie out). **Near-misses**: ARM and its
 # 'clients' and 'counterparties' (unnamed: no partner or customer tie); ARM's unregistered SEF (unnamed: no Service,
 # no provider); ARM 'registered' as a Commodity Trading Advisor (a registration, not ownership or partnership); the
 # clients' 'ISDA agreement' with counterparties (unnamed parties, and ISDA itself not named as a body)
 relations=[L(DOE, "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('today issued an order') -> 2022-09-26 (`published`); 'September 2017' ('from approximately September
 # 2017') -> 2017-09 (the month as written; 'approximately' hedges the start, 56e's CX way). Skipped: 'During the
 # relevant period' (a label, no calendar value of its own); the date line (cut); '$200,000' (an amount)
 dates=[D("today", "2022-09-26"), D("September 2017", "2017-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
