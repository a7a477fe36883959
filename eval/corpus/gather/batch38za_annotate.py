#!/usr/bin/env python3
"""Batch 38za gold annotations (the texts of batch38za.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-business-leaders-kobayashi-doyukai-imai-nippon-steel-bank-aid-2002 -> test,
voa-nec-nishizaki-ana-ohashi-new-year-speeches-toyota-2002 -> train,
voa-snow-brand-food-fraud-president-yoshida-apology-2002 -> dev,
voa-square-enix-merger-unemployment-sakaguchi-retail-sales-2002 -> train. Relative dates resolve against each
story's `published` (from its heading's date or its address): 2002-01-04 (a Friday), 2002-01-07 (a Monday),
2002-01-24 (a Thursday), 2002-11-29 (a Friday).
Conventions (GUIDELINES.md part 2; the VOA lane of batches 38m/38o/38p/38q/38r/38t/38v/38y): a company's or a
federation's chairman -> chairman; 'who heads the association ... known as Doyukai' -> head; a company's president ->
president; 'Labor Minister' -> minister of Japan; a government spokesman with no named government body -> no role;
business federations -> Organization; a newspaper -> Company; a merger in which the text does not name the buyer
('Square and Enix agreed to merge') -> nothing; a company and the group it belongs to, told apart by the text ('Snow
Brand Food' beside 'the group, which is the country's largest maker of dairy products' / 'Snow Brand') -> two
entities and parentOrganization (doubtful).
usage: batch38za_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39za/pool /tmp/gather39za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10


A = {}

# ---- Japan: New Year speeches at NEC and All Nippon Airways, Toyota's export plan (published 2002-01-04) ------------
A["voa-nec-nishizaki-ana-ohashi-new-year-speeches-toyota-2002"] = dict(
 # 'electronics firm NEC' / 'The NEC group' -> Company 'NEC'; 'Koji Nishizaki' / 'Mr. Nishizaki' -> Person (alias
 # 'Nishizaki'; spelled so here); "Japan's" (four times) -> Location 'Japan'; 'the United States' (three times) /
 # 'U.S.' ('U.S. sales') -> Location 'United States' (alias 'U.S.'); 'All Nippon Airways' -> Company; 'Yoji Ohashi'
 # / 'Mr. Ohashi' -> Person (alias 'Ohashi'); "Japan's financial daily, the Nihon Keizai Shimbun" -> Company (a
 # newspaper, GUIDELINES.md); 'the country's top automaker, Toyota' -> Company. 'the alliance of two domestic
 # competitors' unnamed; 'the airline', 'the company' generic; 'Japanese companies' an adjective
 entities=[E("Location", "Japan"), E("Company", "NEC"), E("Person", "Koji Nishizaki", "Nishizaki"),
           E("Location", "United States", "U.S."), E("Company", "All Nippon Airways"),
           E("Person", "Yoji Ohashi", "Ohashi"), E("Company", "Nihon Keizai Shimbun"), E("Company", "Toyota")],
 # 'The president of electronics firm NEC, Koji Nishizaki' -> president of NEC; 'The president of Japan's second
 # largest airline group, All Nippon Airways, Yoji Ohashi' -> president of All Nippon Airways
 roles=[R("Koji Nishizaki", "president", "NEC"), R("Yoji Ohashi", "president", "All Nippon Airways")],
 # None: the two competitors' alliance is unnamed; the Nihon Keizai Shimbun reports on Toyota (a source, no
 # relation); Toyota's exports to the United States (a country)
 relations=[],
 outages=[],
 # 'Friday' (twice) -> 2002-01-04 (the day of publication, a Friday); 'hoping 2002 proves to be' -> '2002'; 'the
 # technology slowdown last year' -> 'last year' 2001; 'the September 11th terrorist attacks' -> 'September 11th'
 # 2001-09-11; 'with U.S. sales rising 7.5 percent in 2001' -> '2001'; 'This year' / 'a recovery this year' -> 'this
 # year' 2002 (one item, case ignored). Left out: 'the first business day of the year', 'a better year', 'its best
 # year ever' (no calendar value beyond the year already listed)
 dates=[D("Friday", "2002-01-04"), D("This year", "2002"), D("2002", "2002"), D("last year", "2001"),
        D("September 11th", "2001-09-11"), D("2001", "2001")])

# ---- Japan: business federations back public money for the banks (published 2002-01-07) ----------------------------
A["voa-business-leaders-kobayashi-doyukai-imai-nippon-steel-bank-aid-2002"] = dict(
 # "Japan's" (six times) / 'Japan' -> Location; 'Fuji Xerox' -> Company; 'Yutaro Kobayashi' / 'Mr. Kobayashi' ->
 # Person (alias 'Kobayashi'; spelled so here); 'the association of corporate executives known as Doyukai' ->
 # Organization 'Doyukai' (a business association); 'U.S.' (in 'the U.S. dollar') -> Location 'U.S.' (doubtful: a
 # currency's country; the only form in the text); 'the Federation of Economic Organizations' -> Organization;
 # 'Takashi Imai' / 'Mr. Imai' -> Person (alias 'Imai'); 'Nippon Steel' -> Company. "Japan's four most powerful
 # business organizations" (the other two unnamed), 'the government', 'the banks' generic
 entities=[E("Location", "Japan"), E("Company", "Fuji Xerox"), E("Person", "Yutaro Kobayashi", "Kobayashi"),
           E("Organization", "Doyukai"), E("Location", "U.S."),
           E("Organization", "Federation of Economic Organizations"), E("Person", "Takashi Imai", "Imai"),
           E("Company", "Nippon Steel")],
 # 'The chairman of Fuji Xerox, Yutaro Kobayashi, who heads the association of corporate executives known as
 # Doyukai' -> chairman of Fuji Xerox, head of Doyukai; 'The chairman of the Federation of Economic Organizations,
 # Takashi Imai' -> chairman of the Federation of Economic Organizations; 'Mr. Imai, who also is chairman of Nippon
 # Steel' -> chairman of Nippon Steel
 roles=[R("Yutaro Kobayashi", "chairman", "Fuji Xerox"), R("Yutaro Kobayashi", "head", "Doyukai"),
        R("Takashi Imai", "chairman", "Federation of Economic Organizations"),
        R("Takashi Imai", "chairman", "Nippon Steel")],
 # None: the leaders head the federations (roles, not company relations); no deal between named organisations
 relations=[],
 outages=[],
 # 'Japan's top four economic generals ... Monday held a joint news conference' -> 'Monday' 2002-01-07 (the day of
 # publication, a Monday). Left out: 'the past attempts' (no date)
 dates=[D("Monday", "2002-01-07")])

# ---- Japan: Snow Brand Food admits fraud (published 2002-01-24) ------------------------------------------------------
A["voa-snow-brand-food-fraud-president-yoshida-apology-2002"] = dict(
 # "Japan's" (twice) / 'Japan' -> Location; "Japan's Snow Brand food company" / 'Snow Brand Food' ('Snow Brand Food
 # President') -> Company 'Snow Brand Food' (the company that admitted the fraud; the text's own capitalised form);
 # 'the group, which is the country's largest maker of dairy products' / 'Snow Brand' ('an additional blow to Snow
 # Brand. The dairy-product company ...', 'Snow Brand milk products') -> Company 'Snow Brand' (the dairy group);
 # 'Shozo Yoshida' -> Person; 'Yasuo Fukuda' -> Person. "Snow Brand was hoping to collect payments" and "Snow
 # Brand's actions" refer to the food company's fraud but are written 'Snow Brand': kept under the name 'Snow Brand'
 # (one surface form cannot be an alias of both; doubtful). 'The group', 'his company', 'The government' generic
 entities=[E("Location", "Japan"), E("Company", "Snow Brand Food"), E("Company", "Snow Brand"),
           E("Person", "Shozo Yoshida"), E("Person", "Yasuo Fukuda")],
 # 'Snow Brand Food President Shozo Yoshida' -> president of Snow Brand Food. 'Japanese government spokesman Yasuo
 # Fukuda' -> no role (the government is not a named entity; a spokesperson role with the country as org is not the
 # corpus's use of Location orgs, which is kept to heads of state and ministers; doubtful)
 roles=[R("Shozo Yoshida", "president", "Snow Brand Food")],
 # 'Japan's Snow Brand food company ... The scandal may prove to be a critical blow to the group, which is the
 # country's largest maker of dairy products' -> parentOrganization(Snow Brand Food, Snow Brand) (doubtful: the
 # food company's place in the group is implied by 'the group' and the shared name, not stated as ownership)
 relations=[L("Snow Brand Food", "parentOrganization", "Snow Brand")],
 outages=[],
 # 'searched the headquarters ... Thursday' -> 'Thursday' 2002-01-24 (the day of publication, a Thursday); 'bowed
 # deeply Wednesday' -> 'Wednesday' 2002-01-23; 'mad cow disease was discovered in Japan last year' -> 'last year'
 # 2001; 'nearly two years ago' -> 2000 (doubtful: 'nearly' two years before January 2002; a reader may skip it as
 # vague). Left out: 'this week' (skip, GUIDELINES.md), 'on record' (no date)
 dates=[D("Thursday", "2002-01-24"), D("Wednesday", "2002-01-23"), D("last year", "2001"),
        D("nearly two years ago", "2000")])

# ---- Japan: jobless rate, output, retail sales, Square and Enix to merge (published 2002-11-29) ---------------------
A["voa-square-enix-merger-unemployment-sakaguchi-retail-sales-2002"] = dict(
 # 'Japan' / "Japan's" (five times) -> Location; 'Labor Minister Chikara Sakaguchi' -> Person; 'Square', 'Enix' ->
 # Company (each); 'rival Microsoft' -> Company. 'the country's two largest video game makers', 'The game
 # companies' -> descriptions of the pair, no alias
 entities=[E("Location", "Japan"), E("Person", "Chikara Sakaguchi"), E("Company", "Square"), E("Company", "Enix"),
           E("Company", "Microsoft")],
 # 'Labor Minister Chikara Sakaguchi' -> minister of Japan (as batch 38p's text on the same post)
 roles=[R("Chikara Sakaguchi", "minister", "Japan")],
 # 'Square and Enix agreed to merge next April in a deal worth nearly $730 million': the text does not say who
 # buys whom -> nothing (GUIDELINES.md); Microsoft a rival -> nothing
 relations=[],
 outages=[],
 # "unemployment rate for October", 'dropped in October', 'Retail sales fell 2.8 percent in October' -> 'October'
 # 2002-10 (one item); 'the record high set in December 2001' -> 'December 2001' 2001-12; 'agreed to merge next
 # April' -> 'next April' 2003-04; 'will contract in the fourth quarter of the year' -> 'the fourth quarter of the
 # year' 2002-Q4. Left out: 'the previous month', 'a month earlier' (comparisons), 'the 19th straight month' (a span)
 dates=[D("October", "2002-10"), D("December 2001", "2001-12"), D("next April", "2003-04"),
        D("the fourth quarter of the year", "2002-Q4")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
