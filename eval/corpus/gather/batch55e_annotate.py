#!/usr/bin/env python3
"""Batch 55e gold annotations (the texts of batch55e.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). Both are Wikipedia texts with `published` null: only absolute
dates (GUIDELINES.md, Dates); 'Since then' and 'over the next 10 years' -> nothing. No text tells an outage (or a
near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 30a, 32k, 36j-40zg, 54zu): 'owned by' and 'a subsidiary of' ->
parentOrganization, ownership that ended kept (relations carry no time); a completed purchase -> acquired and
parentOrganization(target, buyer), an announced one later 'completed' the same; 'acquired a majority shareholding' ->
acquired and parentOrganization (a bought majority read as control, as batch 32k's Somisa and later rounds); minority
or unstated shares ('belonged to 40% of', 'belonged mainly to', 'junior partners') -> nothing; a fusion or merger that
does not say who buys whom -> nothing; a person who 'founded' a company named alone -> founder (current, as the corpus
keeps founders); a backer who 'provided funds' -> nothing; stock exchanges -> Company (GUIDELINES part 1: exchanges
run as businesses), a stock index (FTSE 250 Index) -> no entity; a state railway run as a business -> Company (as
the corpus types Deutsche Bahn and Amtrak); former names and the text's other spellings -> aliases; nationality
adjectives ('Swiss', 'American', 'Danish', 'Japanese', 'European', 'Asian') and unnamed groups ('Swiss energy
suppliers') -> nothing; generic services ('mobile, TV and landline phone and internet services', 'low latency market
data and trading infrastructure services', 'UMTS licenses') -> no Service entity.
usage: batch55e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- telecom, Switzerland: Sunrise Communications AG ----------------------------------------------------------------
SR = "Sunrise Communications AG"
TDC = "TDC A/S"
LG = "Liberty Global"
CVC = "CVC Capital Partners"
A["wp-sunrise-communications"] = dict(
 # the operator -> Company 'Sunrise Communications AG', alias 'Sunrise'; the older company of the 2001 fusion is
 # written 'sunrise' (lower case) and 'Sunrise then belonged mainly to ...' speaks of it: one entity (names compare
 # without case, and the text gives the older company no other name; doubtful: a reader might keep a second,
 # predecessor entity that the name cannot tell apart); Liberty Global, Swisscom, diAx, SBC Communications, Federal
 # RWE AG (as written), BT Group, Migros, the Swiss Federal Railways (a state railway run as a business) -> Company;
 # CVC Capital Partners (alias 'CVC') -> Company; 'TDC A/S' (alias 'Tele Danmark', the older name the text gives in
 # 'the Danish Tele Danmark (TDC A/S)') -> Company, named by the form written twice; the SIX Swiss Exchange (alias
 # 'Swiss Stock Exchange': 'Since then, Sunrise stocks are publicly traded at the Swiss Stock Exchange' follows the
 # IPO on it; doubtful, a reader might keep the generic phrase apart) -> Company; Zurich, Switzerland, Glattpark
 # Opfikon (the district as written; the street address 'Thurgauerstrasse 101b' -> nothing) -> Location; 'Swiss
 # energy suppliers' (unnamed), 'UMTS licenses' (a technology's licences) and the services listed generically ->
 # nothing
 entities=[E("Company", SR, "Sunrise"), E("Location", "Zurich"), E("Company", LG), E("Location", "Switzerland"),
           E("Company", "Swisscom"), E("Location", "Glattpark Opfikon"), E("Company", TDC, "Tele Danmark"),
           E("Company", CVC, "CVC"), E("Company", "SIX Swiss Exchange", "Swiss Stock Exchange"),
           E("Company", "diAx"), E("Company", "SBC Communications"), E("Company", "Federal RWE AG"),
           E("Company", "BT Group"), E("Company", "Migros"), E("Company", "Swiss Federal Railways")],
 # no person is named in the text (the infobox's Andre Krause, CEO, and Thomas D. Meyer, chairman, are cut) -> no role
 roles=[],
 # 'owned by Liberty Global' + 'Liberty Global announced that it will be acquiring Sunrise ... The transaction was
 # completed on November 11, 2020' -> acquired(Liberty Global, Sunrise) and parentOrganization(Sunrise, Liberty
 # Global); 'Formerly a subsidiary of TDC A/S' -> parentOrganization(Sunrise, TDC A/S) (past, kept); 'had been owned
 # by CVC Capital Partners until 2015' -> parentOrganization(Sunrise, CVC Capital Partners) (past, kept; the IPO of
 # February 2015 ended it). Near-misses, no relation: 'Sunrise then belonged mainly to the BT Group and the Danish
 # Tele Danmark (TDC A/S)' -> nothing more for BT Group (two main owners, shares not told; a reader might record
 # parentOrganization(Sunrise, BT Group)); 'with Migros and the Swiss Federal Railways as junior partners' -> nothing
 # (minority co-owners; 'partners' here names shareholders, not a partnership between companies, so no partner
 # relation); diAx 'belonged to 40% of the American SBC Communications ... and 10% of ... Federal RWE AG' -> nothing
 # (minority shares); 'the fusion between diAx and sunrise' and 'the merger of diAx and sunrise' -> nothing (who buys
 # whom not told; a reader might record Sunrise acquiring diAx); 'CVC realised an IPO on the SIX Swiss Exchange' ->
 # nothing (a listing, not a partnership)
 relations=[L(LG, "acquired", SR), L(SR, "parentOrganization", LG), L(SR, "parentOrganization", TDC),
            L(SR, "parentOrganization", CVC)],
 outages=[],
 # 'until 2015' -> '2015'; 'Since then' -> nothing
 dates=[D("February 2019", "2019-02"), D("2015", "2015"), D("February 2015", "2015-02"), D("August 2020", "2020-08"),
        D("November 11, 2020", "2020-11-11"), D("2001", "2001"), D("1997", "1997"), D("December 1998", "1998-12"),
        D("2000", "2000")])

# ---- telecom, United Kingdom: Colt Technology Services --------------------------------------------------------------
CT = "Colt Technology Services"
FI = "Fidelity Investments"
A["wp-colt-technology-services"] = dict(
 # the company -> Company 'Colt Technology Services', aliases 'Colt', its former names 'COLT Telecom Group S.A.',
 # 'City Of London Telecommunications' (the later 'City of London Telecommunications' the same name but for case,
 # one alias) and 'COLT Telecom'; Fidelity Investments (alias 'Fidelity') -> Company; Jim Hynes -> Person; the London
 # Stock Exchange, British Telecom, Cable and Wireless, MarketPrizm, KVH -> Company; London, United Kingdom, Europe ->
 # Location; the 'FTSE 250 Index' (a stock index) -> no entity; 'Open Offer' (a share issue) -> nothing; MarketPrizm's
 # 'low latency market data and trading infrastructure services' and KVH's 'Telecom service' (generic) -> no Service
 entities=[E("Company", CT, "COLT Telecom Group S.A.", "Colt", "City Of London Telecommunications", "COLT Telecom"),
           E("Location", "London"), E("Location", "United Kingdom"), E("Company", "London Stock Exchange"),
           E("Company", FI, "Fidelity"), E("Person", "Jim Hynes"), E("Company", "British Telecom"),
           E("Company", "Cable and Wireless"), E("Location", "Europe"), E("Company", "MarketPrizm"),
           E("Company", "KVH")],
 # 'Colt was founded in 1992 by Jim Hynes' -> founder (current, as the corpus keeps founders); 'with funds provided by
 # Fidelity Investments' -> no role and no relation for Fidelity (near-miss: a reader might make Fidelity a
 # cofounder or owner from 1992; the text says only that it provided funds, and 'helped the Company to raise' in 2001)
 roles=[R("Jim Hynes", "founder", CT)],
 # 'until it was acquired by Fidelity Investments in August 2015', 'In August 2015 the company was acquired by
 # Fidelity Investments' -> acquired(Fidelity Investments, Colt) and parentOrganization(Colt, Fidelity Investments);
 # 'Colt acquired a majority shareholding in MarketPrizm' -> acquired(Colt, MarketPrizm) and
 # parentOrganization(MarketPrizm, Colt) (a bought majority read as control; doubtful, a reader might give a share
 # purchase nothing); 'Colt acquired KVH, a Japanese Telecom service provider' -> acquired(Colt, KVH) and
 # parentOrganization(KVH, Colt); 'awarded a licence to compete with British Telecom and Cable and Wireless' ->
 # nothing (competitors); 'listed on the London Stock Exchange' -> nothing (a listing)
 relations=[L(FI, "acquired", CT), L(CT, "parentOrganization", FI), L(CT, "acquired", "MarketPrizm"),
            L("MarketPrizm", "parentOrganization", CT), L(CT, "acquired", "KVH"), L("KVH", "parentOrganization", CT)],
 outages=[],
 # 'over the next 10 years' -> nothing (no fixed end told)
 dates=[D("August 2015", "2015-08"), D("1992", "1992"), D("1993", "1993"), D("1996", "1996"), D("2001", "2001"),
        D("2005", "2005"), D("2007", "2007"), D("April 2009", "2009-04"), D("2010", "2010"),
        D("May 2011", "2011-05"), D("12 November 2014", "2014-11-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
