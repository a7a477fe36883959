#!/usr/bin/env python3
"""Batch 54p gold annotations (the texts of batch54p.py: the SEC's Litigation Release No. 25617 of 19 January 2023 --
'Caroline Ellison, the former CEO of Alameda Research, and Zixiao (Gary) Wang, the former Chief Technology Officer of
FTX Trading Ltd. (FTX)', 'the crypto trading platform co-founded by Samuel Bankman-Fried and Wang', 'Alameda, a crypto
hedge fund owned by Wang and Bankman-Fried and run by Ellison'; and its Litigation Release No. 25737 of 26 May 2023 --
'The Hydrogen Technology Corporation, its former CEO, Michael Ross Kane, and Tyler Ostern, the CEO of Moonwalkers
Trading Limited', 'Kane and Hydrogen hired South Africa-based Moonwalkers, a self-described "market making" firm'),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts): Ellison/Wang -> test, Hydrogen -> train. Dates resolve
against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs,
54b, 54i; looked up in GATHERING.md and GUIDELINES) -- the Commission in full with 'SEC' as alias (41m, 53zs, 54b);
'the former CEO of X' -> ceo at X, current false; 'the former Chief Technology Officer of X' -> cto, current false;
'co-founded by A and B' -> cofounder for both, current true (a founding is not undone: 51zh, 54b); 'the CEO of X' ->
ceo, current true; a nickname in parentheses kept inside the name ('Robert (Bob) Chaphe', 'Richard (Mac) Hisey' in
earlier rounds), the surname alone as alias; 'X Ltd. (FTX)' -> the short form as alias; a crypto trading platform
named only by its firm's name -> the Company alone, no separate Service (54b's Bittrex: a surface form has one
entity); crypto tokens sold as securities (FTT, Hydro) not annotated (53zl's MNGO, 54b's TRX/BTT: instruments, as
shares are not annotated); a company owned by persons -> no relation (parentOrganization links two organisations;
54b's 'his wholly-owned companies'); a firm hired by another to do work for it -> partner, hirer first (an engagement
is a customer contract); lending between two named firms -> partner (a lender-customer relation); 'X-based' ->
Location X (49g, 50j); an unnamed court ('federal district court in Manhattan') -> no Organization, the place a
Location; one date item per distinct text and value.
usage: batch54p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CE = "Caroline Ellison"
GW = "Zixiao (Gary) Wang"
SBF = "Samuel Bankman-Fried"
AR = "Alameda Research"
FTX = "FTX Trading Ltd."
HY = "The Hydrogen Technology Corporation"
MK = "Michael Ross Kane"
TO = "Tyler Ostern"
MW = "Moonwalkers Trading Limited"
A = {}

# ---- Caroline Ellison / Zixiao (Gary) Wang / FTX / Alameda Research, LR 25617, published 2023-01-19 (a Thursday) -------
A["us-sec-caroline-ellison-alameda-former-ceo-gary-wang-ftx-former-cto-ftt-manipulation-equity-investors-2023"] = dict(
 # The Securities and Exchange Commission ("the SEC's complaint": alias 'SEC'); Caroline Ellison ('Ellison' four
 # times: alias); Alameda Research (Company: 'a crypto hedge fund'; 'Alameda', "Alameda's": alias); Zixiao (Gary) Wang
 # (the text's fullest form, nickname kept in the name as earlier rounds did; 'Wang': alias; **doubtful** only in form:
 # a reader may write 'Zixiao Wang' or 'Gary Wang', the heading's form -- neither is written so in the text); FTX
 # Trading Ltd. ('(FTX)', 'FTX', "FTX's", 'FTX-issued': alias 'FTX'; Company -- the text also calls FTX 'the crypto
 # trading platform' and 'a safe crypto asset trading platform': **doubtful**, a reader may add a Service 'FTX' with
 # provider FTX Trading Ltd., but the text's 'FTX' is the firm that made loans and had equity investors, and a surface
 # form has one entity, as 54b's Bittrex); Samuel Bankman-Fried ('Bankman-Fried' five times: alias). Not annotated:
 # 'FTT' ('an FTX-issued exchange crypto security token': an instrument, 53zl/54b; near-miss: a reader may make it a
 # Service with provider FTX Trading Ltd.); 'equity investors', 'investors', 'customers' (unnamed); 'the open market'
 # (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", CE, "Ellison"),
           E("Company", AR, "Alameda"),
           E("Person", GW, "Wang"),
           E("Company", FTX, "FTX"),
           E("Person", SBF, "Bankman-Fried")],
 # 'Caroline Ellison, the former CEO of Alameda Research' -> ceo, current false ('run by Ellison' later: the same
 # post, past, one item); 'Zixiao (Gary) Wang, the former Chief Technology Officer of FTX Trading Ltd.' -> cto,
 # current false; 'FTX, the crypto trading platform co-founded by Samuel Bankman-Fried and Wang' -> cofounder at FTX
 # Trading Ltd. for both, current true (51zh/54b: a founding is not undone; **doubtful** in that the text says the
 # platform was co-founded, and the platform and the firm are one entity here). Near-misses: Bankman-Fried's other
 # posts (none written: 'at the direction of Bankman-Fried' gives no title); 'owned by Wang and Bankman-Fried' (owners,
 # not a title)
 roles=[R(CE, "ceo", AR, False),
        R(GW, "cto", FTX, False),
        R(SBF, "cofounder", FTX),
        R(GW, "cofounder", FTX)],
 # partner(Alameda Research, FTX Trading Ltd.): 'undisclosed loans by FTX of its customers' assets to Alameda' (a
 # lending relation between the two firms, told as fact) and 'Alameda was just another customer' (Bankman-Fried's
 # representation, which the SEC calls misleading only as to 'no special privileges'); customer first, as 53zg's
 # partner(FTX, Silvergate Bank); **doubtful**: a reader may leave it out, reading the loans as a diversion of funds
 # rather than a business relation. No parentOrganization: 'a crypto hedge fund owned by Wang and Bankman-Fried'
 # (owned by persons; near-miss, **doubtful**: a reader may think the common owners make Alameda part of the FTX
 # group, which the text does not say)
 relations=[L(AR, "partner", FTX)],
 outages=[],
 # '2019' and '2022' ('between 2019 and 2022'); 'May 2019' -> 2019-05 ('from at least May 2019'); 'November 2022' ->
 # 2022-11. No 'today' in the kept text; the left-out release line and caption dates are not text
 dates=[D("2019", "2019"), D("2022", "2022"), D("May 2019", "2019-05"), D("November 2022", "2022-11")])

# ---- The Hydrogen Technology Corporation / Kane / Ostern / Moonwalkers, LR 25737, published 2023-05-26 (a Friday) -----
A["us-sec-hydrogen-technology-former-ceo-kane-moonwalkers-ceo-ostern-hydro-token-manipulation-judgments-2023"] = dict(
 # The Securities and Exchange Commission ("the SEC's case", "the SEC's complaint": alias 'SEC'); The Hydrogen
 # Technology Corporation (Company: 'a New York-based financial technology company'; 'Hydrogen', "Hydrogen's": alias;
 # the name kept with its 'The' as the text writes it); Michael Ross Kane ('Kane': alias); Tyler Ostern ('Ostern':
 # alias); Moonwalkers Trading Limited (Company: 'a self-described "market making" firm'; 'Moonwalkers',
 # "Moonwalkers's": alias); Manhattan ('federal district court in Manhattan': the court is unnamed, so no
 # Organization; the place a Location); New York ('a New York-based financial technology company' -> Location, the
 # corpus's 'X-based' way); South Africa ('South Africa-based Moonwalkers' -> Location). Not annotated: 'Hydro' ('crypto
 # asset securities called "Hydro"', 'its Hydro token': an instrument, 53zl/54b; near-miss, **doubtful**: a reader may
 # make Hydro a Service with provider The Hydrogen Technology Corporation -- 'created its Hydro token'); 'Moonwalkers's
 # customized trading software' (unnamed); 'federal district court' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", HY, "Hydrogen"),
           E("Person", MK, "Kane"),
           E("Person", TO, "Ostern"),
           E("Company", MW, "Moonwalkers"),
           E("Location", "Manhattan"),
           E("Location", "New York"),
           E("Location", "South Africa")],
 # 'The Hydrogen Technology Corporation, its former CEO, Michael Ross Kane' -> ceo at The Hydrogen Technology
 # Corporation, current false; 'Tyler Ostern, the CEO of Moonwalkers Trading Limited' -> ceo, current true (no
 # 'former'). Near-miss: the heading's 'Its Former CEO' (`title` only, the same post)
 roles=[R(MK, "ceo", HY, False),
        R(TO, "ceo", MW)],
 # partner(The Hydrogen Technology Corporation, Moonwalkers Trading Limited): 'Kane and Hydrogen hired South
 # Africa-based Moonwalkers, a self-described "market making" firm, in October 2018' (an engagement: a customer
 # contract; hirer first, as written). Near-misses: no parent of either firm written; Hydro and Hydrogen (token not
 # annotated, so no provider)
 relations=[L(HY, "partner", MW)],
 outages=[],
 # 'September 2022' -> 2022-09 (the complaint's filing); 'January 2018' -> 2018-01 ('starting in January 2018');
 # 'October 2018' -> 2018-10. No 'today' in the kept text; the left-out release line and caption dates are not text
 dates=[D("September 2022", "2022-09"), D("January 2018", "2018-01"), D("October 2018", "2018-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
