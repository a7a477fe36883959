#!/usr/bin/env python3
"""Batch 38q gold annotations (the texts of batch38q.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-daiei-creditors-ufj-bank-bailout-wal-mart-seiyu-2004 -> test,
voa-jal-shareholder-itoyama-toyota-canada-plant-2006 -> train, voa-kanebo-bailout-nippon-oil-gasoline-car-sales-2004
-> dev, voa-ufj-mitsubishi-tokyo-merger-on-hold-sumitomo-trust-honda-2004 -> train. Relative dates resolve against
each story's `published` (from its heading or address): 2004-06-04, 2004-07-30, 2004-08-27, 2006-02-10 (Fridays).
Conventions (GUIDELINES.md part 2; the company lanes of batches 37e/37m/37u, 38m and 38o): 'President' -> president,
'managing director' -> director, 'spokesman' -> spokesperson, a named minister -> minister of the country (Location);
a shareholder, a former legislator and a reporter get no role; a bank's holding company and its trust bank 'the
U.F.J. Trust Bank' -> parentOrganization; lenders and creditors are not stated partners (nothing); a 'top shareholder'
is not said to own (nothing, as the conventions' Disney/Euro Disney call); a merger that does not say who buys whom,
bids, offers and talks -> nothing; a business 'spun off into a separate entity' left unnamed -> nothing. Government-
backed bodies (the Industrial Revitalization Corporation), ministries and an industry association -> Organization.
usage: batch38q_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39q/pool /tmp/gather39q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}
IRC = "Industrial Revitalization Corporation"

# ---- Japan: car sales, Kanebo's bailout, Nippon Oil on petrol (published 2004-06-04, a Friday) -----------------------
A["voa-kanebo-bailout-nippon-oil-gasoline-car-sales-2004"] = dict(
 # 'The Japan Automobile Dealers' Association' -> Organization (an industry association); 'Mitsubishi Motors', 'Kanebo'
 # (three times, "Kanebo's"), 'Sumitomo Mitsui Bank', 'Nippon Oil' -> Company; 'the government-backed Industrial
 # Revitalization Corporation' -> Organization (a government-backed body); 'Akiyoshi Nakajima' / 'Mr. Nakajima',
 # 'Naokazu Tsuda' / 'Mr. Tsuda' -> Person; 'Japan' / "Japan's" (four times), 'Tokyo' -> Location ('the first Gulf
 # War' an event; 'the government' unnamed: nothing)
 entities=[E("Organization", "Japan Automobile Dealers' Association"), E("Company", "Mitsubishi Motors"),
           E("Company", "Kanebo"), E("Person", "Akiyoshi Nakajima", "Nakajima"), E("Company", "Sumitomo Mitsui Bank"),
           E("Organization", IRC), E("Company", "Nippon Oil"), E("Person", "Naokazu Tsuda", "Tsuda")]
          + locs("Japan", "Tokyo"),
 # 'Kanebo President Akiyoshi Nakajima' -> president; 'Nippon Oil managing director Naokazu Tsuda' -> director
 roles=[R("Akiyoshi Nakajima", "president", "Kanebo"), R("Naokazu Tsuda", "director", "Nippon Oil")],
 # 'the company's main lender, Sumitomo Mitsui Bank, will forgive nearly $1 billion in loans': a lender, not a stated
 # partner (the conventions): nothing. 'its profitable cosmetics business, has been spun off into a separate entity
 # controlled by ... Industrial Revitalization Corporation': the entity is unnamed: nothing (doubtful: a reader might
 # want Kanebo's unit tied to the IRC; no named end exists). Investors' 'bailout package' unnamed: nothing
 relations=[],
 outages=[],
 # 'dropped in May' / 'The May numbers' -> 'May' 2004-05; 'the same month of 2003' -> '2003'. Left out: 'this week'
 # (a week: skip, GUIDELINES.md), 'the early 1990s' (vague), '117-year-old', 'the fourth straight month' (counts)
 dates=[D("May", "2004-05"), D("2003", "2003")])

# ---- Japan: the UFJ merger on hold, UFJ's president, Honda's results (published 2004-07-30, a Friday) -----------------
UFJ, MTFG, UT = "U.F.J. Holdings", "Mitsubishi Tokyo Financial Group", "U.F.J. Trust Bank"
A["voa-ufj-mitsubishi-tokyo-merger-on-hold-sumitomo-trust-honda-2004"] = dict(
 # 'Japanese bank U.F.J.' (five times 'U.F.J.') and 'U.F.J. Holdings' -> one Company (the text uses 'U.F.J.' for the
 # bank group whose president is 'U.F.J. Holdings President'), alias 'U.F.J.'; 'Mitsubishi Tokyo Financial Group' /
 # 'Mitsubishi Tokyo', 'Sumitomo Trust Bank', 'the U.F.J. Trust Bank', 'Honda' -> Company; 'Ryosuke Tamakoshi', 'Heizo
 # Takenaka' / 'Mr. Takenaka' -> Person; "Japan's Trade Ministry" -> Organization 'Trade Ministry'; "Japan's" / 'Japan'
 # -> Location ('Japanese' an adjective; 'the trust bank' a generic reference to U.F.J. Trust Bank, no alias)
 entities=[E("Company", UFJ, "U.F.J."), E("Company", MTFG, "Mitsubishi Tokyo"), E("Company", "Sumitomo Trust Bank"),
           E("Company", UT), E("Person", "Ryosuke Tamakoshi"), E("Person", "Heizo Takenaka", "Takenaka"),
           E("Organization", "Trade Ministry"), E("Company", "Honda")] + locs("Japan"),
 # 'U.F.J. Holdings President Ryosuke Tamakoshi' -> president; 'Financial Services Minister Heizo Takenaka' -> minister
 # of Japan (the country is not written beside the title, but the story is Japan's and the minister ordered U.F.J.,
 # a Japanese bank: GUIDELINES.md's ministers take the country; doubtful only in that 'Japan' is not in the phrase)
 roles=[R("Ryosuke Tamakoshi", "president", UFJ), R("Heizo Takenaka", "minister", "Japan")],
 # 'U.F.J. had agreed to sell it the U.F.J. Trust Bank' -> parentOrganization(U.F.J. Trust Bank, U.F.J. Holdings)
 # (U.F.J. owns the trust bank it agreed to sell). Sumitomo Trust Bank buying it: an agreed sale that U.F.J. now
 # disputes in court, the text saying the merger 'is out of the question without the trust bank': read as a contested,
 # not an agreed, deal: no acquired (doubtful: 'had agreed to sell' and 'legally binding' could count as agreed).
 # 'The merger between U.F.J. and Mitsubishi Tokyo Financial Group' says nothing of who buys whom: nothing
 relations=[L(UT, "parentOrganization", UFJ)],
 outages=[],
 # 'in June' -> 'June' 2004-06; 'July and August' -> 'July' 2004-07, 'August' 2004-08; 'in May' -> 'May' 2004-05;
 # 'For the April through June period' -> 'the April through June period' 2004-Q2 (a calendar quarter; Honda's fiscal
 # first quarter, but the months are named). Left out: 'from the previous month', 'from a year earlier',
 # 'year-on-year' (comparisons, as batch 38m skipped them), 'four months' (a count)
 dates=[D("June", "2004-06"), D("July", "2004-07"), D("August", "2004-08"), D("May", "2004-05"),
        D("the April through June period", "2004-Q2")])

# ---- Japan: Daiei's creditors, UFJ Bank's and Daiei's presidents, Wal-Mart (published 2004-08-27, a Friday) ---------
SMFG = "Sumitomo Mitsui Financial Group"
A["voa-daiei-creditors-ufj-bank-bailout-wal-mart-seiyu-2004"] = dict(
 # 'Daiei' (seven times, "Daiei's"), 'UFJ Bank' / 'UFJ' (the bank; 'The bank's president' is its president, and 'UFJ'
 # in the merger paragraph is the same bank as written), "America's Wal-Mart Stores" / 'Wal-Mart', 'Seiyu', 'Sumitomo
 # Mitsui Financial Group' / 'Sumitomo Mitsui', 'Mitsubishi Tokyo' -> Company; 'the government-backed Industrial
 # Revitalization Corporation' -> Organization; "Japan's Finance Ministry" -> Organization 'Finance Ministry';
 # 'Takamune Okihara' / 'Mr. Okihara', 'Kunio Takagi' / 'Mr. Takagi' -> Person; "Japan's" / 'Japan', "America's",
 # 'Asia' -> Location ('the rest of Asia' a region as written)
 entities=[E("Company", "Daiei"), E("Company", "UFJ Bank", "UFJ"), E("Person", "Takamune Okihara", "Okihara"),
           E("Organization", IRC), E("Person", "Kunio Takagi", "Takagi"), E("Company", "Wal-Mart Stores", "Wal-Mart"),
           E("Company", "Seiyu"), E("Company", SMFG, "Sumitomo Mitsui"), E("Company", "Mitsubishi Tokyo"),
           E("Organization", "Finance Ministry")] + locs("Japan", "America", "Asia"),
 # "UFJ Bank ... The bank's president, Takamune Okihara" -> president of UFJ Bank; 'Daiei President Kunio Takagi' ->
 # president of Daiei
 roles=[R("Takamune Okihara", "president", "UFJ Bank"), R("Kunio Takagi", "president", "Daiei")],
 # 'UFJ Bank has led two bailouts of the retailer' and 'its main lenders', 'its creditors': lenders, not stated
 # partners: nothing. Wal-Mart 'reportedly is considering investing in Daiei' (a rumoured intention): nothing; Wal-Mart
 # 'is already the top shareholder in ... Seiyu' (a largest shareholder, not said to own or control; the conventions'
 # Disney/Euro Disney call): nothing (doubtful). 'a merger bid from Sumitomo Mitsui Financial Group' (a bid) and 'the
 # merger with Mitsubishi Tokyo' (no buyer said): nothing
 relations=[],
 outages=[],
 # 'cut its debt in half by February' (told in August 2004, 'a year earlier than the original target') -> 'February'
 # 2005-02 (the next February); 'in July' -> 'July' 2004-07. Left out: 'in the past three years' (a span), 'from a
 # year earlier' (a comparison), 'the 13th consecutive monthly increase' (a count)
 dates=[D("February", "2005-02"), D("July", "2004-07")])

# ---- Japan: JAL's shareholder and spokesman, Toyota's Canadian plant (published 2006-02-10, a Friday) ----------------
JAL = "Japan Airlines"
A["voa-jal-shareholder-itoyama-toyota-canada-plant-2006"] = dict(
 # 'Japan Airlines' (three times, "Japan Airlines'") / 'JAL' (five times, "JAL's"), 'Toyota Motor' / 'Toyota',
 # 'General Motors', 'Ford Motor' -> Company; 'VOA' ("VOA's weekly look") -> Company (a news organisation, as batch
 # 38o); 'Eitaro Itoyama', 'Stephen Pearlman' / 'Pearlman' -> Person; 'Japan', 'Canada', 'U.S.' -> Location
 # ('Canadian' an adjective; 'U.S.' adjectival, as batch 38m)
 entities=[E("Company", JAL, "JAL"), E("Company", "Toyota Motor", "Toyota"), E("Company", "VOA"),
           E("Person", "Eitaro Itoyama"), E("Person", "Stephen Pearlman", "Pearlman"), E("Company", "General Motors"),
           E("Company", "Ford Motor")] + locs("Japan", "Canada", "U.S."),
 # 'Stephen Pearlman, a spokesman for JAL' -> spokesperson. Itoyama, 'a former parliament member and the biggest
 # individual shareholder': a legislator (no role, GUIDELINES.md) and a shareholder (no title): nothing. "JAL's
 # president" is not named: nothing
 roles=[R("Stephen Pearlman", "spokesperson", JAL)],
 # General Motors and Ford Motor are only compared with Toyota: nothing. No relation stated
 relations=[],
 outages=[],
 # 'Last year' -> 2005; 'in the three months ending December 31' -> 'the three months ending December 31' 2005-Q4
 # (a calendar quarter, October-December 2005; JAL's fiscal third quarter, but the months are plain); 'in 2008' ->
 # '2008'. Left out: 'our fiscal year 2006 plan' (a fiscal year, not the calendar year: skip, doubtful), 'for months',
 # 'in recent years' (vague)
 dates=[D("Last year", "2005"), D("the three months ending December 31", "2005-Q4"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
