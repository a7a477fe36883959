#!/usr/bin/env python3
"""Batch 38v gold annotations (the texts of batch38v.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-fujitsu-sony-losses-gm-suzuki-chevrolet-cruze-2001 -> test,
voa-japan-banks-record-profits-mufg-toyota-kddi-walkman-2006 -> train,
voa-keidanren-okuda-sony-bravia-samsung-sony-bank-2005 -> dev,
voa-konica-minolta-merger-fast-retailing-honda-fit-2003 -> train,
voa-nissan-diesel-volvo-stake-docomo-guam-purchase-2006 -> test. Relative dates resolve against each story's
`published` (from its heading's date or its address): 2001-10-26, 2003-01-10, 2005-09-16, 2006-03-24, 2006-05-26
(all Fridays).
Conventions (GUIDELINES.md part 2; the VOA lane of batches 38m/38o/38p/38q/38r/38t): 'executive vice president' and
'Executive Deputy President' (doubtful) -> vice-president; 'chairman of' -> chairman; 'The head of' -> head; a
company's president -> president; 'In cooperation with X, it has developed' and 'a joint venture with' -> partner
(direction as written); 'is to market Sony Corporation's ... phone' -> partner (a distribution deal, doubtful); a
purchase agreed but awaiting approval ('it is paying $71.8 million for ...', 'The deal must be approved') -> acquired
only; minority stakes bought or sold (13 percent, 19 percent, 2.2 percent) -> nothing; a merger with no buyer told
('will merge', 'a Konica-controlled entity') -> nothing; 'X's online banking unit' -> parentOrganization; a brand or
car model of a named maker -> Service + provider; a business federation -> Organization; fiscal years -> skipped.
usage: batch38v_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39v/pool /tmp/gather39v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10


A = {}

# ---- Japan: Fujitsu and Sony losses, GM-Suzuki's Chevrolet Cruze (published 2001-10-26, a Friday) -----------------
A["voa-fujitsu-sony-losses-gm-suzuki-chevrolet-cruze-2001"] = dict(
 # 'Japanese electronics firm Fujitsu' (four times), 'Sony' (three times), 'General Motors of the United States' /
 # "GM's" / 'General Motors', 'Suzuki Motors' -> Company; 'a compact car called the Chevrolet Cruze' / 'the Cruze car'
 # -> Service 'Chevrolet Cruze' (alias 'Cruze'); 'Takashi Takaya', 'Jack Smith' -> Person; 'Japan' (five times), 'the
 # United States' (three times), 'Tokyo' ('a plant west of Tokyo') -> Location ('Japanese' an adjective). 'The
 # company', 'The two companies' generic; 'World War Two' an event, not a date
 entities=[E("Location", "Japan"), E("Company", "Fujitsu"), E("Person", "Takashi Takaya"),
           E("Location", "United States"), E("Company", "Sony"), E("Company", "General Motors", "GM"),
           E("Company", "Suzuki Motors"), E("Service", "Chevrolet Cruze", "Cruze"), E("Location", "Tokyo"),
           E("Person", "Jack Smith")],
 # 'Takashi Takaya is executive vice president of Fujitsu' -> vice-president (GUIDELINES.md: executive vice president
 # -> vice-president); 'Jack Smith, chairman of General Motors' -> chairman
 roles=[R("Takashi Takaya", "vice-president", "Fujitsu"), R("Jack Smith", "chairman", "General Motors")],
 # 'General Motors ... is building cars in Japan. In cooperation with Suzuki Motors, it has developed a compact car
 # called the Chevrolet Cruze', 'The two companies are hoping to sell' -> partner(General Motors, Suzuki Motors);
 # the Chevrolet Cruze, GM's car (Chevrolet a GM brand; 'GM ... is building cars', the car 'it has developed') ->
 # provider(Chevrolet Cruze, General Motors) (doubtful: the car is co-developed; Suzuki builds it? the text does not
 # say whose plant)
 relations=[L("General Motors", "partner", "Suzuki Motors"), L("Chevrolet Cruze", "provider", "General Motors")],
 outages=[],
 # 'since August' -> 'August' 2001-08; 'in the same period last year' -> 'last year' 2000. Left out: 'the first six
 # months of the year ending in September', 'the first half of the year', 'the second half of the fiscal year', 'the
 # next business year' (fiscal periods: skip), 'the coming holiday shopping season' (a season not fixed to a year by
 # the text: skip), 'within one year' (a span)
 dates=[D("August", "2001-08"), D("last year", "2000")])

# ---- Japan: Konica-Minolta, Fast Retailing's December sales, Honda's Fit (published 2003-01-10, a Friday) ----------
A["voa-konica-minolta-merger-fast-retailing-honda-fit-2003"] = dict(
 # 'Konica' (four times, 'Konica-controlled'), 'Minolta', 'Sony', 'Canon', 'Ricoh', 'Fast Retailing', "Honda's" /
 # 'Honda', "Toyota's" (twice), "Nissan's" -> Company; 'Konica President Fumio Iwai' -> Person; "Honda's Fit compact
 # car" / 'Fit cars', "Toyota's Corolla" / 'the Corolla', "Nissan's March" -> Service; 'Japan' (twice) -> Location
 # ('Japanese' adjectives). 'a popular Japanese casual clothing retailer' (the teaser's Fast Retailing) -> no alias
 entities=[E("Company", "Konica"), E("Company", "Minolta"), E("Company", "Sony"), E("Company", "Canon"),
           E("Company", "Ricoh"), E("Person", "Fumio Iwai"), E("Company", "Fast Retailing"), E("Company", "Honda"),
           E("Service", "Fit"), E("Company", "Toyota"), E("Service", "Corolla"), E("Location", "Japan"),
           E("Company", "Nissan"), E("Service", "March")],
 # 'Konica President Fumio Iwai' -> president of Konica
 roles=[R("Fumio Iwai", "president", "Konica")],
 # "Honda's Fit compact car", 'Honda sold more than 250,000 Fit cars' -> provider(Fit, Honda); "Toyota's Corolla" ->
 # provider(Corolla, Toyota); "Nissan's March" -> provider(March, Nissan). 'Konica and Minolta ... will merge later
 # this year', 'The merger is likely to create a Konica-controlled entity': a merger in which the text does not say
 # who buys whom -> nothing (GUIDELINES.md; doubtful: 'Konica-controlled' may be read as Konica taking Minolta, or the
 # pair as partners, as batch 38p's Toshiba-Matsushita business merger); Sony, Canon, Ricoh rivals -> nothing
 relations=[L("Fit", "provider", "Honda"), L("Corolla", "provider", "Toyota"), L("March", "provider", "Nissan")],
 outages=[],
 # 'later this year' -> 2003; 'its sales in December' -> 'December' 2002-12 (the last December before publication);
 # 'in Japan last year' (twice) -> 'last year' 2002; 'in 2001' -> '2001'. Left out: 'a year earlier' (a comparison),
 # 'for 34 years', 'the 15th double digit drop in a row' (spans and counts)
 dates=[D("later this year", "2003"), D("December", "2002-12"), D("last year", "2002"), D("2001", "2001")])

# ---- Japan: Keidanren's Okuda, Sony's Bravia, Sony-Samsung, J.P. Morgan Chase's Sony Bank stake (published 2005-09-16)
A["voa-keidanren-okuda-sony-bravia-samsung-sony-bank-2005"] = dict(
 # 'Keidanren, Japan's leading business federation' -> Organization (a business federation, as batch 38q's dealers'
 # association); 'Hiroshi Okuda' / 'Mr. Okuda' -> Person; 'automaker Toyota', 'Sony' (five times, "Sony's"), "South
 # Korea's Samsung Electronics", 'American investment bank J.P. Morgan Chase' (twice), 'Sony Bank' (twice), 'Sony
 # Financial Holdings' -> Company; 'Sony Executive Deputy President Katsumi Ihara' / 'Mr. Ihara' -> Person; 'the new
 # Bravia line', 'the Wega brand' -> Service; 'Tokyo', 'China' (three times, "China's"), "Japan's" / 'Japan', 'South
 # Korea' -> Location ('Japanese', 'Chinese', 'American' adjectives). "Sony's four-year-old online banking unit" is
 # Sony Bank (the next sentence names it) -> no alias (a description)
 entities=[E("Location", "Tokyo"), E("Location", "China"), E("Organization", "Keidanren"), E("Location", "Japan"),
           E("Person", "Hiroshi Okuda", "Okuda"), E("Company", "Toyota"), E("Company", "Sony"),
           E("Person", "Katsumi Ihara", "Ihara"), E("Service", "Bravia"), E("Service", "Wega"),
           E("Location", "South Korea"), E("Company", "Samsung Electronics"), E("Company", "J.P. Morgan Chase"),
           E("Company", "Sony Bank"), E("Company", "Sony Financial Holdings")],
 # 'the head of Keidanren, ... Hiroshi Okuda' -> head of Keidanren; 'Mr. Okuda, who also is chairman of automaker
 # Toyota' -> chairman of Toyota; 'Sony Executive Deputy President Katsumi Ihara' -> vice-president of Sony (a
 # deputy to the president, read as GUIDELINES.md's 'executive vice president'; doubtful: executive)
 roles=[R("Hiroshi Okuda", "head", "Keidanren"), R("Hiroshi Okuda", "chairman", "Toyota"),
        R("Katsumi Ihara", "vice-president", "Sony")],
 # 'the new Bravia line replaces the Wega brand' (Sony's television lines) -> provider(Bravia, Sony) and
 # provider(Wega, Sony); 'Sony is producing the flat panels through a $2 billion joint venture with South Korea's
 # Samsung Electronics' -> partner(Sony, Samsung Electronics) (the venture unnamed: no parent); "Sony's four-year-old
 # online banking unit ... Sony Bank" -> parentOrganization(Sony Bank, Sony). J.P. Morgan Chase 'has sold its 2.2
 # percent stake in Sony Bank to Sony Financial Holdings': a minority stake -> nothing; Sony Financial Holdings'
 # place in the Sony group is not stated -> nothing (doubtful)
 relations=[L("Bravia", "provider", "Sony"), L("Wega", "provider", "Sony"),
            L("Sony", "partner", "Samsung Electronics"), L("Sony Bank", "parentOrganization", "Sony")],
 outages=[],
 # None resolvable: "this week's domestic rollout" ('this week': skip), 'four-year-old' (an age)
 dates=[])

# ---- Japan: Nissan's Nissan Diesel stake to Volvo, DoCoMo's Guam purchase (published 2006-03-24, a Friday) ---------
A["voa-nissan-diesel-volvo-stake-docomo-guam-purchase-2006"] = dict(
 # "Japan's Nissan Motor Company" / 'Nissan Motor Company' / 'Nissan' / "Nissan's" / 'Nissan Motors' (in Ghosn's
 # quote) -> one Company; 'truck maker Nissan Diesel' (four times); "Sweden's Volvo" / 'the Volvo Auto Group of
 # Sweden' / 'Volvo' -> one Company 'Volvo Auto Group'; "Japan's NTT DoCoMo" / 'NTT DoCoMo' / 'DoCoMo'; 'Guam Cellular
 # & Paging Incorporated', 'Guam Wireless Telephone Company' -> Company; 'Carlos Ghosn' -> Person; 'its i-mode mobile
 # Internet technology' -> Service 'i-mode'; "Japan's" / 'Japan', 'Sweden', 'China', 'Southeast Asia', 'Guam' /
 # 'the island of Guam', 'the United States' (twice), 'the Philippines' -> Location. 'the United States government'
 # -> the country's government, kept under the Location (no Organization named)
 entities=[E("Location", "Japan"), E("Company", "Nissan Motor Company", "Nissan", "Nissan Motors"),
           E("Company", "Nissan Diesel"), E("Location", "Sweden"), E("Company", "Volvo Auto Group", "Volvo"),
           E("Company", "NTT DoCoMo", "DoCoMo"), E("Location", "Guam"), E("Person", "Carlos Ghosn"),
           E("Location", "China"), E("Location", "Southeast Asia"),
           E("Company", "Guam Cellular & Paging Incorporated"), E("Company", "Guam Wireless Telephone Company"),
           E("Location", "United States"), E("Location", "Philippines"), E("Service", "i-mode")],
 # "Nissan's president, Carlos Ghosn" -> president of Nissan Motor Company
 roles=[R("Carlos Ghosn", "president", "Nissan Motor Company")],
 # 'NTT DoCoMo ... plans to expand ... by purchasing two mobile companies in Guam. The company says it is paying
 # $71.8 million for Guam Cellular & Paging Incorporated and Guam Wireless Telephone Company', 'The deal must be
 # approved by the United States government' -> an agreed purchase awaiting approval -> acquired(NTT DoCoMo, each)
 # only (GUIDELINES.md: agreed, not completed; doubtful: the teaser's 'plans to buy' may be read as intention).
 # 'its i-mode mobile Internet technology' -> provider(i-mode, NTT DoCoMo). Nissan's 'most of its 19 percent stake in
 # Nissan Diesel' sold to Volvo, Volvo's '13 percent' and its option: minority stakes -> nothing. 'NTT DoCoMo plans to
 # merge the two companies': a plan -> nothing
 relations=[L("NTT DoCoMo", "acquired", "Guam Cellular & Paging Incorporated"),
            L("NTT DoCoMo", "acquired", "Guam Wireless Telephone Company"), L("i-mode", "provider", "NTT DoCoMo")],
 outages=[],
 # None resolvable: 'within the next four years', 'in the past 10 years' (spans)
 dates=[])

# ---- Japan: banks' record profits, MUFG's Kuroyanagi, Toyota's plan, KDDI's Walkman phone (published 2006-05-26) ----
A["voa-japan-banks-record-profits-mufg-toyota-kddi-walkman-2006"] = dict(
 # "Japan's" / 'Japan' -> Location; 'Toyota Motor Corporation' (twice) / 'Toyota' (twice) -> one Company; 'Mitsubishi
 # U.F.J. Financial Group' -> Company; 'Nobuo Kuroyanagi' -> Person; 'General Motors' / 'G.M.' -> one Company;
 # 'K.D.D.I.', 'Sony Corporation' ("Sony Corporation's") -> Company; "Sony Corporation's Walkman-brand mobile phone"
 # -> Service 'Walkman' (the brand as written in 'Walkman-brand'); 'the United States', 'Canada', 'Thailand', 'France'
 # ('northern France') -> Location ('Japanese' an adjective)
 entities=[E("Location", "Japan"), E("Company", "Toyota Motor Corporation", "Toyota"),
           E("Company", "Mitsubishi U.F.J. Financial Group"), E("Person", "Nobuo Kuroyanagi"),
           E("Company", "General Motors", "G.M."), E("Location", "United States"), E("Location", "Canada"),
           E("Location", "Thailand"), E("Location", "France"), E("Company", "K.D.D.I."),
           E("Company", "Sony Corporation"), E("Service", "Walkman")],
 # 'The head of Mitsubishi U.F.J. Financial Group, Nobuo Kuroyanagi' -> head
 roles=[R("Nobuo Kuroyanagi", "head", "Mitsubishi U.F.J. Financial Group")],
 # "Sony Corporation's Walkman-brand mobile phone" -> provider(Walkman, Sony Corporation); 'K.D.D.I. ... is to market
 # Sony Corporation's Walkman-brand mobile phone' -> partner(K.D.D.I., Sony Corporation) (a distribution deal,
 # GUIDELINES.md's supply/customer relation; doubtful: a reader may see only a product sold by a carrier). Toyota
 # and G.M. rivals -> nothing
 relations=[L("Walkman", "provider", "Sony Corporation"), L("K.D.D.I.", "partner", "Sony Corporation")],
 outages=[],
 # 'the 2005 (fiscal) year that ended on March 31' -> 'March 31' 2006-03-31; 'in 1990' -> '1990'; 'by the end of
 # 2010' -> 'the end of 2010' 2010 (the year, GUIDELINES.md); 'by this summer' -> 'this summer' 2006 (a season -> the
 # year). Left out: '2005' (twice: the banks' fiscal year, told as '(fiscal)'; doubtful: a reader may give 2005),
 # 'in four years' (a span), 'the previous year' (a comparison), 'a year', 'per year' (rates)
 dates=[D("March 31", "2006-03-31"), D("1990", "1990"), D("the end of 2010", "2010"), D("this summer", "2006")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
