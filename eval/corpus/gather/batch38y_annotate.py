#!/usr/bin/env python3
"""Batch 38y gold annotations (the texts of batch38y.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-mcdonalds-japan-price-cut-toyota-universal-studios-probe-2002 -> test,
voa-toyota-record-earnings-honda-accord-recall-shiseido-2003 -> train,
voa-toyota-record-profit-docomo-loss-mcdonalds-japan-toshiba-2001 -> dev,
voa-yamanouchi-fujisawa-drug-merger-toyota-nissan-honda-output-2004 -> train. Relative dates resolve against each
story's `published` (from its heading's date or its address): 2001-11-09, 2002-08-09, 2003-11-07, 2004-02-27 (all
Fridays).
Conventions (GUIDELINES.md part 2; the VOA lane of batches 38m/38o/38p/38q/38r/38t/38v): 'vice president of' ->
vice-president; 'Managing Director' -> director; a company's president -> president; 'an auto analyst at X' ->
analyst at X; a car model of a named maker -> Service + provider; a merger in which the text does not name the buyer
('The country's third-largest drug maker will buy a smaller rival', the two names given only as 'The merger between X
and Y') -> nothing (doubtful); unnamed units ('The Japanese operation of ... McDonald's', 'The Japanese unit of ...
Universal Studios') -> no entity, no relation; a central bank and a US safety agency -> Organization; a stock
exchange -> Company; fiscal half-years and fiscal years -> skipped; a quarter told by its months ('the three months to
June') -> the calendar quarter (doubtful).
usage: batch38y_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39y/pool /tmp/gather39y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10


A = {}

# ---- Japan: Toyota's record half-year profit, DoCoMo's loss, McDonald's Japan, Toshiba (published 2001-11-09) -------
A["voa-toyota-record-profit-docomo-loss-mcdonalds-japan-toshiba-2001"] = dict(
 # "Japan's" (three times) -> Location 'Japan' ('Japanese' adjectives); 'Japanese carmaker Toyota' / "Toyota's" /
 # 'Toyota' -> Company; 'Shinji Katayama' / 'Katayama' -> Person; 'Shinko Securities in Tokyo' -> Company + Location
 # 'Tokyo'; 'NTT DoCoMo' / 'DoCoMo' -> one Company; "McDonald's Japan" (twice) -> Company (the name as written; the
 # US parent is not named on its own); 'Yasuyuki Yagi' / 'Yagi' -> Person; 'Australia' -> Location; 'industry leader
 # Toshiba' -> Company. 'The company', 'the country's first case' generic; 'mad cow disease' a disease
 entities=[E("Location", "Japan"), E("Company", "Toyota"), E("Person", "Shinji Katayama", "Katayama"),
           E("Company", "Shinko Securities"), E("Location", "Tokyo"), E("Company", "NTT DoCoMo", "DoCoMo"),
           E("Company", "McDonald's Japan"), E("Person", "Yasuyuki Yagi", "Yagi"), E("Location", "Australia"),
           E("Company", "Toshiba")],
 # 'Shinji Katayama is an auto analyst at Shinko Securities' -> analyst at Shinko Securities (GUIDELINES.md: an
 # analyst at a named firm speaking about a market); 'Yasuyuki Yagi is vice president of McDonald's Japan' ->
 # vice-president
 roles=[R("Shinji Katayama", "analyst", "Shinko Securities"),
        R("Yasuyuki Yagi", "vice-president", "McDonald's Japan")],
 # None: Toyota, DoCoMo, McDonald's Japan and Toshiba are told apart (results, forecasts, leave); McDonald's Japan
 # 'imports its beef from Australia' (a country: no relation); DoCoMo's 'international investments' unnamed
 relations=[],
 outages=[],
 # 'In the half year to September' -> 'September' 2001-09 (the month named; the half year itself is a fiscal period,
 # not listed); 'the discovery of the country's first case two months ago' -> 'two months ago' 2001-09 (doubtful: a
 # reader may skip it as vague). Left out: 'the first half of the year' (a fiscal half: skip), 'the next year' (in the
 # analyst's quote; fiscal or calendar not told: skip), 'this fiscal year', 'full year' (fiscal: skip), 'the first
 # time' (no date)
 dates=[D("September", "2001-09"), D("two months ago", "2001-09")])

# ---- Japan: McDonald's price cut, BOJ wholesale prices, Toyota, Universal Studios' Japanese unit (published 2002-08-09)
A["voa-mcdonalds-japan-price-cut-toyota-universal-studios-probe-2002"] = dict(
 # "the U.S. fast food chain McDonald's" / "McDonald's" (three times, "McDonald's President") -> Company (the Japanese
 # operation is unnamed and told through the chain's name: one entity); 'U.S.' / 'the United States' (twice) ->
 # Location 'United States' (alias 'U.S.'); 'Yasuyuki Yagi' -> Person; 'the Bank of Japan' / 'The BOJ' ->
 # Organization (a central bank); "Japan's" -> Location 'Japan'; 'Toyota' -> Company; 'American theme-park operator
 # Universal Studios' -> Company; 'Osaka' ('The popular theme park in Osaka') -> Location. 'The Japanese operation
 # of ...' and 'The Japanese unit of ...' -> unnamed units, no entity; 'the park', 'the chain', 'The company' generic
 entities=[E("Company", "McDonald's"), E("Location", "United States", "U.S."), E("Person", "Yasuyuki Yagi"),
           E("Organization", "Bank of Japan", "BOJ"), E("Location", "Japan"), E("Company", "Toyota"),
           E("Company", "Universal Studios"), E("Location", "Osaka")],
 # "McDonald's President Yasuyuki Yagi" -> president of McDonald's (as written; doubtful: he heads the chain's
 # Japanese operation, which the text does not name, so the org is the only named McDonald's)
 roles=[R("Yasuyuki Yagi", "president", "McDonald's")],
 # None: the Japanese units of McDonald's and Universal Studios are unnamed (no second end for parentOrganization);
 # the theme park unnamed ('the park's displays'); Toyota's sales in the United States (a country)
 relations=[],
 outages=[],
 # 'Domestic wholesale prices in July' -> 'July' 2002-07; 'from the same time last year' / 'the same period last
 # year' -> 'last year' 2001 (one item); 'Police raided its offices Friday' -> 'Friday' 2002-08-09 (the day of
 # publication, a Friday); 'a net profit of $2.8 billion in the three months to June' -> 'the three months to June'
 # 2002-Q2 (the months April to June; doubtful: Toyota's fiscal first quarter, given as the calendar quarter as batch
 # 38q's 'the April through June period'). Left out: 'this fiscal year' (fiscal), 'nearly two years' (a span), 'its
 # lowest price ever' (no date)
 dates=[D("July", "2002-07"), D("last year", "2001"), D("the three months to June", "2002-Q2"),
        D("Friday", "2002-08-09")])

# ---- Japan: Toyota's record earnings, Honda's Accord recall, Shiseido (published 2003-11-07) ------------------------
A["voa-toyota-record-earnings-honda-accord-recall-shiseido-2003"] = dict(
 # "Japan's" (four times) -> Location 'Japan'; 'Toyota Motor' / 'Toyota' / "Toyota's" -> one Company; 'the Tokyo
 # Stock Exchange' -> Company (a stock exchange, GUIDELINES.md); 'mobile phone giant NTT DoCoMo' -> Company;
 # 'Managing Director Takeshi Suzuki' -> Person; "Japan's second biggest automaker, Honda" / 'Honda' -> Company; 'the
 # United States' / 'U.S.' (in 'The U.S. National Highway Traffic Safety Administration') -> Location 'United
 # States' (alias 'U.S.'); 'Canada' -> Location; 'the popular Accord sedan' -> Service 'Accord'; 'National Highway
 # Traffic Safety Administration' -> Organization (a US government agency); 'Shiseido' -> Company ("Japan's biggest
 # cosmetics maker"). 'the company', 'the automaker' generic
 entities=[E("Location", "Japan"), E("Company", "Toyota Motor", "Toyota"), E("Company", "Tokyo Stock Exchange"),
           E("Company", "NTT DoCoMo"), E("Person", "Takeshi Suzuki"), E("Company", "Honda"),
           E("Location", "United States", "U.S."), E("Location", "Canada"), E("Service", "Accord"),
           E("Organization", "National Highway Traffic Safety Administration"), E("Company", "Shiseido")],
 # 'Toyota credits cost cutting ... Managing Director Takeshi Suzuki tells reporters that he is pleased with the
 # company's performance' -> director of Toyota Motor (GUIDELINES.md: managing director -> director; the company is
 # Toyota from the paragraph it follows)
 roles=[R("Takeshi Suzuki", "director", "Toyota Motor")],
 # 'Honda says it will recall five models including the popular Accord sedan' -> provider(Accord, Honda). Toyota
 # 'surpassing' NTT DoCoMo in market value, Toyota's shares on the Tokyo Stock Exchange (a listing) -> nothing; the
 # NHTSA's count of injuries -> nothing
 relations=[L("Accord", "provider", "Honda")],
 outages=[],
 # 'compared with the same period last year' -> 'last year' 2002; 'by 2010' -> '2010'. Left out: 'this week' (skip,
 # GUIDELINES.md), 'the first six months of the year', 'the first half of the year', 'the first half of the fiscal
 # year' (fiscal halves: skip), 'a year earlier' (a comparison)
 dates=[D("last year", "2002"), D("2010", "2010")])

# ---- Japan: Yamanouchi-Fujisawa merger, carmakers' January output, trade surplus (published 2004-02-27) -------------
A["voa-yamanouchi-fujisawa-drug-merger-toyota-nissan-honda-output-2004"] = dict(
 # 'Japan' / "Japan's" (five times) -> Location; 'Yamanouchi Pharmaceutical' / "Yamanouchi's" -> Company (alias
 # 'Yamanouchi'); 'Fujisawa Pharmaceutical' -> Company; 'the United States' (three times) -> Location; "Yamanouchi's
 # President Toichi Takenaka" -> Person; 'Toyota Motor', 'Nissan Motor', 'Honda Motor' -> Company; 'Europe', 'Asia',
 # 'China' -> Location. 'The country's third-largest drug maker', 'a smaller rival', 'the merged company', 'a
 # powerhouse' -> descriptions, no alias (the text does not say which name each fits)
 entities=[E("Location", "Japan"), E("Company", "Yamanouchi Pharmaceutical", "Yamanouchi"),
           E("Company", "Fujisawa Pharmaceutical"), E("Location", "United States"), E("Person", "Toichi Takenaka"),
           E("Company", "Toyota Motor"), E("Company", "Nissan Motor"), E("Location", "Europe"),
           E("Company", "Honda Motor"), E("Location", "Asia"), E("Location", "China")],
 # "Yamanouchi's President Toichi Takenaka" -> president of Yamanouchi Pharmaceutical
 roles=[R("Toichi Takenaka", "president", "Yamanouchi Pharmaceutical")],
 # 'The country's third-largest drug maker will buy a smaller rival', 'The merger between Yamanouchi Pharmaceutical
 # and Fujisawa Pharmaceutical': an agreed deal, but the text never says which of the two is the buyer -> nothing
 # (GUIDELINES.md: a merger where the text does not say who buys whom; doubtful: a reader may take the first-named
 # Yamanouchi, whose president speaks for 'the deal', as the third-largest buyer and give acquired(Yamanouchi
 # Pharmaceutical, Fujisawa Pharmaceutical)). The carmakers: rivals' output -> nothing
 relations=[],
 outages=[],
 # 'boosted global output in January', 'It rose nearly five-fold in January' -> 'January' 2004-01 (one item). Left
 # out: 'this week' (skip), 'recently' (skip), 'compared with a year ago', 'from a year earlier' (comparisons),
 # 'ever' (no date)
 dates=[D("January", "2004-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
