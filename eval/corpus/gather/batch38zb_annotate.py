#!/usr/bin/env python3
"""Batch 38zb gold annotations (the texts of batch38zb.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-koizumi-economy-asahi-itochu-tingyi-drinks-yoshinoya-beef-2004 -> test,
voa-mazda-profit-mitsubishi-motors-loss-honda-dongfeng-venture-2004 -> train,
voa-sanyo-job-cuts-nyse-thain-japanese-listings-eaccess-goldman-2005 -> dev,
voa-ufj-bank-arrests-tanigaki-yen-softbank-buys-daiei-hawks-2004 -> train. Relative dates resolve against each
story's `published` (from its heading's date or its address): 2004-01-09, 2004-11-12, 2004-12-03, 2005-09-30 (all
Fridays).
Conventions (GUIDELINES.md part 2; the VOA lane of batches 38m/38o/38p/38q/38r/38t/38v/38y): a prime minister and a
finance minister -> minister of Japan; 'Chief Executive Officer' -> ceo; a bank's chief economist speaking about
markets -> analyst; a company's president -> president; a joint venture between two named companies -> partner; a
joint purchase by two named companies -> partner (doubtful, as GUIDELINES.md's joint bid); 'has reached a deal to
buy' a named team -> acquired only (agreed, not completed) and the seller's past ownership -> parentOrganization; a
minority stake ('one-third owned by'), talks, merger plans with no buyer told and an unnamed venture -> nothing; a
sports team and a court -> Organization; a stock exchange -> Company; fiscal and half-year periods -> skipped.
usage: batch38zb_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39zb/pool /tmp/gather39zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10


A = {}

# ---- Japan: Koizumi's New Year view, Asahi and Itochu into Tingyi's drinks, the US beef ban (published 2004-01-09) --
A["voa-koizumi-economy-asahi-itochu-tingyi-drinks-yoshinoya-beef-2004"] = dict(
 # 'Japanese Prime Minister Junichiro Koizumi' / 'Junichiro Koizumi' -> Person (no lone surname in the text);
 # "Japan's" (twice) -> Location 'Japan'; "China's" -> Location; 'Asahi Breweries', 'Itochu' -> Company; "Tingyi
 # Holding's" -> Company 'Tingyi Holding'; 'Tokyo banned U.S. beef imports' -> Location 'Tokyo' (the city's name for
 # the government, kept as Location as batches 38r/38t's 'Washington', 'Tokyo'); 'U.S.' (twice) / 'the United States'
 # -> Location 'United States' (alias 'U.S.'); 'Yoshinoya' -> Company (a fast-food chain); 'Australia' -> Location;
 # "McDonald's Japan" -> Company. 'the world's most populous nation' (China) a description; 'the government',
 # 'Japanese beef restaurants', 'Other restaurants' generic
 entities=[E("Person", "Junichiro Koizumi"), E("Location", "Japan"), E("Location", "China"),
           E("Company", "Asahi Breweries"), E("Company", "Itochu"), E("Company", "Tingyi Holding"),
           E("Location", "Tokyo"), E("Location", "United States", "U.S."), E("Company", "Yoshinoya"),
           E("Location", "Australia"), E("Company", "McDonald's Japan")],
 # 'Japanese Prime Minister Junichiro Koizumi' -> minister of Japan (GUIDELINES.md: heads of government -> minister
 # with the country, named on its own in "Japan's economy")
 roles=[R("Junichiro Koizumi", "minister", "Japan")],
 # 'Asahi Breweries ... and Itochu ... say they will acquire half of Tingyi Holding's soft drink venture' -> partner
 # (Asahi Breweries, Itochu): two named companies buying together (GUIDELINES.md's joint bid; doubtful: a reader may
 # give nothing). The venture itself is unnamed (no end for acquired or parentOrganization); Tingyi Holding's
 # ownership of it -> nothing. Yoshinoya's and McDonald's Japan's beef sources (countries) -> nothing
 relations=[L("Asahi Breweries", "partner", "Itochu")],
 outages=[],
 # 'stop selling its signature dish next month' -> 'next month' 2004-02. Left out: 'starting the year' (no date
 # phrase a reader would list; 2004 if taken), "New Year's address" (an occasion), 'near-record' (no date)
 dates=[D("next month", "2004-02")])

# ---- Japan: Mazda's half-year profit, Mitsubishi Motors' loss, Honda-Dongfeng, the surplus (published 2004-11-12) ---
A["voa-mazda-profit-mitsubishi-motors-loss-honda-dongfeng-venture-2004"] = dict(
 # 'Automaker Mazda' / 'Mazda' / "Mazda's" -> Company; 'competitor Mitsubishi Motors' / 'Mitsubishi' -> one Company
 # (alias 'Mitsubishi': 'Mitsubishi is Japan's only unprofitable automaker'); "Japan's" -> Location 'Japan'; 'The
 # Hiroshima-based automaker' -> Location 'Hiroshima'; 'Ford Motor of the United States' -> Company 'Ford Motor' +
 # Location 'United States'; 'Mazda President Hisakazu Imaki' / 'Mr. Imaki' -> Person (alias 'Imaki'); 'Honda' ->
 # Company; 'China' / "China's" -> Location; 'Dongfeng Motor' -> Company; 'The finance ministry' -> Organization
 # 'finance ministry' (as written, lower case, as batch 38r). 'the carmaker', 'The company', 'The Japanese
 # automaker' generic
 entities=[E("Company", "Mazda"), E("Company", "Mitsubishi Motors", "Mitsubishi"), E("Location", "Japan"),
           E("Location", "Hiroshima"), E("Company", "Ford Motor"), E("Location", "United States"),
           E("Person", "Hisakazu Imaki", "Imaki"), E("Company", "Honda"), E("Location", "China"),
           E("Company", "Dongfeng Motor"), E("Organization", "finance ministry")],
 # 'Mazda President Hisakazu Imaki' -> president of Mazda (the same role as batch 38r's test text gives him as
 # announced in 2003; current here)
 roles=[R("Hisakazu Imaki", "president", "Mazda")],
 # 'The Japanese automaker, in a joint venture with China's Dongfeng Motor' -> partner(Honda, Dongfeng Motor) (the
 # venture unnamed). Mazda 'one-third owned by Ford Motor' -> nothing (a minority stake; batch 38r's convention; a
 # reader may give parentOrganization)
 relations=[L("Honda", "partner", "Dongfeng Motor")],
 outages=[],
 # 'its best profit picture since 1985' -> '1985'; 'the six-month period through September', 'For the month of
 # September', 'in September' -> 'September' 2004-09 (one item); 'by early 2006' -> 'early 2006' 2006. Left out:
 # 'the April through September period' (a half-year, not a quarter: skip), 'a year earlier', 'a month earlier'
 # (comparisons), 'nearly a decade' (a span), 'full-year', 'interim', 'half-year' (fiscal periods)
 dates=[D("1985", "1985"), D("September", "2004-09"), D("early 2006", "2006")])

# ---- Japan: UFJ arrests, the yen, Softbank buys Daiei's Hawks, a file-sharing conviction (published 2004-12-03) -----
A["voa-ufj-bank-arrests-tanigaki-yen-softbank-buys-daiei-hawks-2004"] = dict(
 # 'UFJ Bank' / 'UFJ' / "UFJ's" -> one Company (alias 'UFJ'; the merger paragraph's 'UFJ' is the group in fact, as
 # batch 38q's Daiei text); "Japan's" / 'Japan' -> Location; 'the Mitsubishi Tokyo Financial Group', 'Sumitomo
 # Mitsui' -> Company; 'what Tokyo will do' -> Location 'Tokyo' (the city's name for the government); 'Finance
 # Minister Sadakazu Tanigaki', 'Mamoru Yamazaki', 'Yoshihiro Inoue' -> Person; 'the investment bank Barclays
 # Capital' -> Company; 'Internet investor Softbank' -> Company; 'the struggling retailer Daiei' -> Company; 'the
 # Hawks' -> Organization (a sports team, GUIDELINES.md); 'the city of Fukuoka' -> Location; 'Internet shopping site
 # Rakuten' -> Company (the business; no Service apart from it); 'Kyoto District Court' -> Organization (a court).
 # Not entities: 'the U.S. dollar' (a currency), "Japan's professional baseball organization" (unnamed), 'a new
 # team' (unnamed), 'European finance officials', 'Prosecutors', 'the copyright law'
 entities=[E("Company", "UFJ Bank", "UFJ"), E("Location", "Japan"), E("Company", "Mitsubishi Tokyo Financial Group"),
           E("Company", "Sumitomo Mitsui"), E("Location", "Tokyo"), E("Person", "Sadakazu Tanigaki"),
           E("Person", "Mamoru Yamazaki"), E("Company", "Barclays Capital"), E("Company", "Softbank"),
           E("Company", "Daiei"), E("Organization", "Hawks"), E("Location", "Fukuoka"), E("Company", "Rakuten"),
           E("Person", "Yoshihiro Inoue"), E("Organization", "Kyoto District Court")],
 # 'Finance Minister Sadakazu Tanigaki' -> minister of Japan (the country named on its own in the text); 'Mamoru
 # Yamazaki is the chief economist in Japan for the investment bank Barclays Capital' speaking about the yen ->
 # analyst at Barclays Capital (GUIDELINES.md: economist at a bank speaking about markets). The three former UFJ
 # executives are unnamed (no role)
 roles=[R("Sadakazu Tanigaki", "minister", "Japan"), R("Mamoru Yamazaki", "analyst", "Barclays Capital")],
 # 'Softbank says it has reached a deal to buy a professional baseball team from ... Daiei' + 'taking a 98 percent
 # stake in the Hawks' -> acquired(Softbank, Hawks) (agreed, not said completed: acquired only); the team bought
 # 'from' Daiei -> parentOrganization(Hawks, Daiei) (the seller's ownership, past once sold, is still recorded;
 # doubtful: the text states it only through the sale). UFJ's 'plan to merge with' Mitsubishi Tokyo Financial Group
 # and Sumitomo Mitsui 'trying to force a merger' -> nothing (plans, no buyer told); Rakuten's permission -> nothing
 # (no team named)
 relations=[L("Softbank", "acquired", "Hawks"), L("Hawks", "parentOrganization", "Daiei")],
 outages=[],
 # 'raided UFJ twice since October' -> 'October' 2004-10; 'Last month, ... Rakuten received permission' -> 'Last
 # month' 2004-11. Left out: 'in five years' (a span), 'a year ago' (in the cut sentence)
 dates=[D("October", "2004-10"), D("Last month", "2004-11")])

# ---- Japan: Sanyo's job cuts, the NYSE seeks Japanese listings, eAccess-Goldman talks (published 2005-09-30) --------
A["voa-sanyo-job-cuts-nyse-thain-japanese-listings-eaccess-goldman-2005"] = dict(
 # "Sanyo Electric's" / 'Sanyo Electric' / 'Sanyo' / "Sanyo's" -> one Company (alias 'Sanyo'); 'Japan', 'China',
 # 'South Korea' -> Location; 'the New York Stock Exchange' -> Company (a stock exchange, GUIDELINES.md); 'Sony' ->
 # Company; 'Chief Executive Officer John Thain' -> Person; 'The Japanese broadband services company eAccess' /
 # 'EAcess' (sic) -> one Company (alias 'EAcess', the misspelt surface form); 'the U.S. investment bank Goldman
 # Sachs' / 'Goldman' -> Company (alias 'Goldman') + Location 'U.S.' (the only form of the country in the text);
 # 'NTT DoCoMo', 'KDDI', 'Vodafone' -> Company (the 'three providers' of the mobile market; no service named). Not
 # entities: 'European Stock Exchanges' (none named), 'the exchange', 'a new mobile phone venture' (unnamed)
 entities=[E("Company", "Sanyo Electric", "Sanyo"), E("Location", "Japan"), E("Location", "China"),
           E("Company", "New York Stock Exchange"), E("Company", "Sony"), E("Location", "South Korea"),
           E("Person", "John Thain"), E("Company", "eAccess", "EAcess"), E("Location", "U.S."),
           E("Company", "Goldman Sachs", "Goldman"), E("Company", "NTT DoCoMo"), E("Company", "KDDI"),
           E("Company", "Vodafone")],
 # 'The head of the New York Stock Exchange says ... Chief Executive Officer John Thain says the exchange ...' ->
 # ceo of New York Stock Exchange
 roles=[R("John Thain", "ceo", "New York Stock Exchange")],
 # None: eAccess 'is in talks with' Goldman Sachs, which 'is considering an investment' (talks, intentions ->
 # nothing); the 19 Japanese companies listed on the exchange (unnamed; a listing is no relation); DoCoMo, KDDI and
 # Vodafone control the market (no service named)
 relations=[],
 outages=[],
 # 'Sanyo will cut ... by January' -> 'January' 2006-01 (the next January); 'an annual loss this year' -> 'this
 # year' 2005 (doubtful: Sanyo's year may be its fiscal year; the text does not say so). Left out: 'last week' (skip,
 # GUIDELINES.md), 'in 12 years', 'in 15 years', 'three quarters' (spans), 'the most recent quarter' (not resolved
 # with confidence: the survey's quarter is not told)
 dates=[D("January", "2006-01"), D("this year", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
