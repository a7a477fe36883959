#!/usr/bin/env python3
"""Batch 40e gold annotations (the texts of batch40e.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-japanese-banks-profit-ufj-loss-nissan-steel-shortage-suzuki-escudo-recall-2004 -> test,
voa-sony-playstation-3-launch-totsu-sangyo-noguchi-jaxa-nasa-jet-2006 -> train,
voa-ufj-okihara-mtfg-miki-mitsubishi-motors-okazaki-restructuring-2004 -> dev. Relative dates resolve against each
story's `published` (from its address): 2004-05-28 (a Friday), 2006-05-12 (a Friday), 2004-11-26 (a Friday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d and 39j): 'president' -> president,
'chairman and chief executive officer' -> chairman and ceo (as batch 38r), a company's 'manager' -> executive; 'Another
company in the X conglomerate' -> parentOrganization(company, X) (as batch 38r's 'part of the Yomiuri conglomerate';
doubtful); a distributor of a maker's products -> partner (a distribution deal, as batch 38v's KDDI-Sony; doubtful);
'plan to team up with' between two named bodies -> partner (as batch 38o's 'will team up'; doubtful); a games console
and a car model -> Service with its maker as provider (as batches 38t, 38v and 39j); a space agency -> Organization;
"Japan's" fiscal years and half-years -> skipped, a fiscal year's closing day ('the fiscal year ending March 31') ->
that day (as batch 38v); 'from the same month last year' -> 'last year' (as batch 38p); a season -> the year. No outage
is told in any of the three (a carmaker stopping work at its own plants for a steel shortage is no service lost).
usage: batch40e_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather41e/pool /tmp/gather41e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- UFJ's new president, MTFG's president, Mitsubishi Motors' restructuring (published 2004-05-28) ----------------
MTFG, MM = "Mitsubishi Tokyo Financial Group", "Mitsubishi Motors"
A["voa-ufj-okihara-mtfg-miki-mitsubishi-motors-okazaki-restructuring-2004"] = dict(
 # 'Japan' / "Japan's" (four times), 'Australia', 'Tokyo', 'Kyoto' -> Location ('Japanese' adjectives and 'The
 # Japanese government' unnamed: nothing); "The country's biggest bank, Mizuho", 'Resona' -> Company; 'UFJ Bank' /
 # 'UFJ' (twice: 'competitors UFJ and Resona', 'a rebirth of UFJ') -> one Company, alias 'UFJ' (the text runs the bank
 # and its group together, as batch 38q's 'U.F.J.'; doubtful); 'Takamune Okihara' / 'Mr. Okihara' -> Person, alias
 # 'Okihara'; 'the Mitsubishi Tokyo Financial Group' -> Company; 'Shigemitsu Miki' / 'Mr. Miki' -> Person, alias
 # 'Miki'; 'the Mitsubishi conglomerate' -> Company 'Mitsubishi' (the group, as batch 38r's 'the Yomiuri
 # conglomerate'); 'Mitsubishi Motors' -> Company ('the struggling automaker', 'the company': no aliases); 'Yoichiro
 # Okazaki' -> Person (his 'Mr. Okazaki' is in the cut sentence: no alias)
 entities=[E("Company", "Mizuho"), E("Company", "UFJ Bank", "UFJ"), E("Company", "Resona"),
           E("Person", "Takamune Okihara", "Okihara"), E("Company", MTFG), E("Person", "Shigemitsu Miki", "Miki"),
           E("Company", "Mitsubishi"), E("Company", MM), E("Person", "Yoichiro Okazaki")]
          + locs("Japan", "Australia", "Tokyo", "Kyoto"),
 # 'Takamune Okihara is the new president at UFJ Bank' -> president; 'The president of the Mitsubishi Tokyo Financial
 # Group, Shigemitsu Miki' -> president; 'The chairman and chief executive officer of the struggling automaker, Yoichiro
 # Okazaki' (the automaker: Mitsubishi Motors) -> chairman and ceo
 roles=[R("Takamune Okihara", "president", "UFJ Bank"), R("Shigemitsu Miki", "president", MTFG),
        R("Yoichiro Okazaki", "chairman", MM), R("Yoichiro Okazaki", "ceo", MM)],
 # 'Another company in the Mitsubishi conglomerate has unveiled ...' followed by 'Mitsubishi Motors says ...' ->
 # parentOrganization(Mitsubishi Motors, Mitsubishi); 'Another' after the Mitsubishi Tokyo Financial Group's president
 # -> parentOrganization(Mitsubishi Tokyo Financial Group, Mitsubishi) (both as batch 38r's 'part of the X
 # conglomerate'; doubtful: a Japanese keiretsu is a loose group, and the second rests on 'Another'). Mizuho, UFJ and
 # Resona as 'competitors': no relation
 relations=[L(MM, "parentOrganization", "Mitsubishi"), L(MTFG, "parentOrganization", "Mitsubishi")],
 outages=[],
 # 'for the fourth straight month in April' -> 'April' 2004-04; 'from the same month a year ago' -> 'a year ago'
 # 2003-04 (the month compared, April a year before; doubtful: a reader may give 2003); 'in the last quarter of 2003'
 # -> 2003-Q4; 'a net profit for 2003' -> '2003' (the bank's year as the text names it); 'this year will be the last
 # chance' -> 'this year' 2004. Left out: 'this week' (a week: skip, GUIDELINES.md), 'decade-long' (a span), 'the
 # fourth straight month' (a count)
 dates=[D("April", "2004-04"), D("a year ago", "2003-04"), D("the last quarter of 2003", "2003-Q4"),
        D("2003", "2003"), D("this year", "2004")])

# ---- PlayStation 3 launch, Totsu Sangyo's manager, Toyota's record profit, JAXA and NASA (published 2006-05-12) -----
SONY, PS3, TOY, JAXA = ("Sony Corporation", "PlayStation 3", "Toyota Motor Corporation",
                        "Japanese Aerospace Exploration Agency")
A["voa-sony-playstation-3-launch-totsu-sangyo-noguchi-jaxa-nasa-jet-2006"] = dict(
 # 'Sony Corporation' / "Sony Corporation's" / 'Sony officials' / 'Sony products' -> Company, alias 'Sony'; 'its
 # PlayStation 3 video game box' / "next-generation PlayStation" / 'The new PlayStation' / 'PS3' (four times, 'the
 # PS3' included) -> Service 'PlayStation 3', aliases 'PlayStation' (the text's short form for the new console;
 # doubtful) and 'PS3'; "Microsoft's competing machine, the Xbox 360" -> Service 'Xbox 360'; 'Microsoft' (twice,
 # "Microsoft's") -> Company ("Microsoft's game": the same console, no entity of its own); 'Takaaki Noguchi' -> Person;
 # "Japan's Totsu Sangyo Company" -> Company 'Totsu Sangyo Company'; 'Toyota Motors' (the teaser) / 'Toyota Motor
 # Corporation' / 'Toyota' -> one Company, aliases 'Toyota Motors', 'Toyota'; 'General Motors' (three times) ->
 # Company; 'The Japanese Aerospace Exploration Agency' -> Organization; "their United States counterpart, NASA" ->
 # Organization 'NASA'; 'Japan' / "Japan's", 'North America', 'Europe', 'United States' (in 'their United States
 # counterpart') -> Location. Left out: 'several Japanese firms' (unnamed), 'many analysts' (unnamed)
 entities=[E("Company", SONY, "Sony"), E("Service", PS3, "PlayStation", "PS3"), E("Company", "Microsoft"),
           E("Service", "Xbox 360"), E("Person", "Takaaki Noguchi"), E("Company", "Totsu Sangyo Company"),
           E("Company", TOY, "Toyota Motors", "Toyota"), E("Company", "General Motors"), E("Organization", JAXA),
           E("Organization", "NASA")]
          + locs("Japan", "North America", "Europe", "United States"),
 # 'Takaaki Noguchi, manager of Japan's Totsu Sangyo Company' -> executive (a 'manager', GUIDELINES.md part 2)
 roles=[R("Takaaki Noguchi", "executive", "Totsu Sangyo Company")],
 # 'Sony Corporation will release its PlayStation 3' -> provider(PlayStation 3, Sony Corporation); "Microsoft's
 # competing machine, the Xbox 360" -> provider(Xbox 360, Microsoft); "Totsu Sangyo Company, which distributes Sony
 # products" -> partner(Totsu Sangyo Company, Sony Corporation) (a distributor of the maker's goods: a supply relation,
 # as batch 38v's KDDI marketing Sony's phone; doubtful: no contract is named); 'The Japanese Aerospace Exploration
 # Agency and several Japanese firms plan to team up with their United States counterpart, NASA, to build a passenger
 # jet' -> partner(Japanese Aerospace Exploration Agency, NASA) (as batch 38o's 'will team up'; doubtful: a plan).
 # Toyota 'on course to catch General Motors': rivals, nothing
 relations=[L(PS3, "provider", SONY), L("Xbox 360", "provider", "Microsoft"),
            L("Totsu Sangyo Company", "partner", SONY), L(JAXA, "partner", "NASA")],
 outages=[],
 # 'in November' -> 'November' 2006-11; 'on November 11 in Japan' -> 2006-11-11; 'November 17' -> 2006-11-17; 'a
 # record profit for 2005' -> '2005'; 'in 2006' -> '2006'; 'over the previous year' -> 'the previous year' 2005 (the
 # year before 2006); 'the fiscal year ending March 31' -> 'March 31' 2006-03-31 (the closing day, as batch 38v);
 # 'General Motors lost $10.6 billion last year' -> 'last year' 2005; 'due to start this summer' -> 'this summer' 2006
 # (a season -> the year); 'by 2020' -> '2020'. Left out: 'more than half a century' (a span), 'projections for the
 # year' (unclear: the year 2006 in context, but 'the year' names no year; skipped), 'today' (in the quotation,
 # 'on the market today': now, not a day)
 dates=[D("November", "2006-11"), D("November 11", "2006-11-11"), D("November 17", "2006-11-17"),
        D("2005", "2005"), D("2006", "2006"), D("the previous year", "2005"), D("March 31", "2006-03-31"),
        D("last year", "2005"), D("this summer", "2006"), D("2020", "2020")])

# ---- Bank groups' half-year results, UFJ's loss, Nissan's stoppages, Suzuki's Escudo recall (published 2004-11-26) ---
UFJ = "UFJ Holdings"
A["voa-japanese-banks-profit-ufj-loss-nissan-steel-shortage-suzuki-escudo-recall-2004"] = dict(
 # 'Japan' / "Japan's" (five times), 'China' -> Location; 'Mitsubishi Tokyo', 'Mizuho', 'Sumitomo Mitsui' -> Company
 # (short names as held); 'a fourth bank, UFJ' / 'UFJ Holdings' -> one Company 'UFJ Holdings', alias 'UFJ' (as batch
 # 38q's U.F.J. Holdings); 'Ryosuke Tamakoshi' -> Person; 'The Finance Ministry' -> Organization; "Japan's
 # second-largest automaker Nissan" (three times) -> Company; 'Toyota', 'Honda', 'Mazda' -> Company; 'Suzuki Motor'
 # -> Company; 'its Escudo sport utility vehicle' -> Service 'Escudo' (a car model). Left out: 'a government
 # deadline' (unnamed), 'Analysts' (unnamed)
 entities=[E("Company", "Mitsubishi Tokyo"), E("Company", "Mizuho"), E("Company", "Sumitomo Mitsui"),
           E("Company", UFJ, "UFJ"), E("Person", "Ryosuke Tamakoshi"), E("Organization", "Finance Ministry"),
           E("Company", "Nissan"), E("Company", "Toyota"), E("Company", "Honda"), E("Company", "Mazda"),
           E("Company", "Suzuki Motor"), E("Service", "Escudo")]
          + locs("Japan", "China"),
 # 'UFJ Holdings President Ryosuke Tamakoshi' -> president (the same post as in batch 38q's train text)
 roles=[R("Ryosuke Tamakoshi", "president", UFJ)],
 # 'Suzuki Motor ... is recalling its Escudo sport utility vehicle' -> provider(Escudo, Suzuki Motor). The four bank
 # groups, Nissan and its rivals: no relation told
 relations=[L("Escudo", "provider", "Suzuki Motor")],
 # Nissan's five-day stoppage at three of its plants for a steel shortage: the maker's own production, no service
 # users lost (GUIDELINES.md part 2: not an outage). The recall: a product defect, no outage
 outages=[],
 # 'by March 2005' -> 2005-03; 'by the end of March' -> 'the end of March' 2005-03 (the March ending this fiscal year;
 # the end of a month -> the month); 'compared to the same period last year' and 'from the same month last year' ->
 # 'last year' 2003 (one item, as batch 38p); 'in October' (twice) -> 'October' 2004-10; 'in December' -> 'December'
 # 2004-12; the parenthesis '(Nov. 29-Nov. 30 and Dec 6-Dec. 8)' -> 'Nov. 29' 2004-11-29, 'Nov. 30' 2004-11-30, 'Dec 6'
 # 2004-12-06, 'Dec. 8' 2004-12-08. Left out: 'the first half of the fiscal year', 'the period April-through-September'
 # and 'the end of this fiscal year' (Japan's fiscal year, not a calendar span: skipped, GUIDELINES.md), 'next week' (a
 # week: skip), 'five days' (a duration)
 dates=[D("March 2005", "2005-03"), D("the end of March", "2005-03"), D("last year", "2003"),
        D("October", "2004-10"), D("December", "2004-12"), D("Nov. 29", "2004-11-29"), D("Nov. 30", "2004-11-30"),
        D("Dec 6", "2004-12-06"), D("Dec. 8", "2004-12-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
