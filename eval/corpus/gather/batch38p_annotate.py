#!/usr/bin/env python3
"""Batch 38p gold annotations (the texts of batch38p.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-hitachi-mitsubishi-electric-chip-businesses-honda-sony-robot-2002 -> test,
voa-honda-new-president-fukui-sony-idei-mazda-booth-2003 -> train,
voa-nec-matsushita-kddi-japan-telecom-internet-consortium-2002 -> dev,
voa-sony-cfo-yuhara-quarterly-earnings-toyota-cho-2003 -> train,
voa-ufj-teranishi-bad-loans-toshiba-matsushita-tv-tubes-2002 -> test. Relative dates resolve against each story's
`published` (from its heading or address): 2002-03-22, 2002-04-26, 2002-09-27, 2003-04-25, 2003-07-25 (all Fridays).
Conventions (GUIDELINES.md part 2; the company lanes of batches 37e/37m/37u, 38m and 38o): two named companies
integrating or merging their businesses into an unnamed joint operation ('integrate their semiconductor businesses',
'merge their television tube manufacturing businesses', 'The alliance') -> partner between the two, in the order
written (as 38o's Hitachi-IBM); a consortium of named companies 'joining forces' -> partner between each pair of its
members as written (as 38o's Cosmobic owners); a possible venture ('may pool their resources') -> nothing; 'President'
-> president, 'Chief Financial Officer' -> cfo, 'senior managing director' -> director, 'Senior Vice President' ->
vice-president, 'The head of' an association -> head, a labor minister or state minister -> minister of the country
(Location); a named successor 'appointing ... as its new president' -> president (current, announced; as 38m's Ward
'to head'), the one he 'will replace' -> president (current: not yet left). News organisations are Company ('VOA',
'Nihon Keizai'); reporters get no role. Fiscal years ('fiscal year 2003', 'fiscal 2004') are left out (their calendar
span is not told).
usage: batch38p_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39p/pool /tmp/gather39p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Japan: Hitachi and Mitsubishi Electric's chip integration, Honda, Sony's robot (published 2002-03-22) -----------
ME = "Mitsubishi Electric"
A["voa-hitachi-mitsubishi-electric-chip-businesses-honda-sony-robot-2002"] = dict(
 # "VOA's Amy Bickers" -> 'VOA' Company (a news organisation) and 'Amy Bickers' Person (a reporter: no role);
 # 'Hitachi' / "Hitachi's" (three times), 'Mitsubishi Electric' / 'Mitsubishi' ('Hitachi and Mitsubishi, along with
 # three other electronic giants': the same company), 'Intel', 'Toshiba' (only ranked), 'Nihon Keizai' (a business
 # newspaper), 'Honda' (twice), 'Sony' (twice) -> Company; 'Etsuhiko Shoyama' -> Person; 'Tokyo' (twice), 'the United
 # States', 'Asia', 'China', 'Japan' -> Location ('Japanese' an adjective; 'the government' unnamed: nothing; 'SDR-4X'
 # a robot, a product, not a service: nothing)
 entities=[E("Company", "VOA"), E("Person", "Amy Bickers"), E("Company", "Hitachi"), E("Company", ME, "Mitsubishi"),
           E("Person", "Etsuhiko Shoyama"), E("Company", "Intel"), E("Company", "Toshiba"),
           E("Company", "Nihon Keizai"), E("Company", "Honda"), E("Company", "Sony")]
          + locs("Tokyo", "United States", "Asia", "China", "Japan"),
 # "Hitachi's President Etsuhiko Shoyama" -> president of Hitachi
 roles=[R("Etsuhiko Shoyama", "president", "Hitachi")],
 # 'Hitachi and Mitsubishi Electric ... have announced they will integrate their semiconductor businesses early next
 # year' ('the tie-up', 'combine their chip operations'; the lead calls it 'a joint venture', unnamed) -> partner,
 # Hitachi first as written. 'Hitachi and Mitsubishi, along with three other electronic giants, said they may pool
 # their resources to form a joint microchip development center': a possibility with three unnamed makers: nothing
 # more. Intel and Toshiba only ranked; Nihon Keizai only reports on Honda: nothing
 relations=[L("Hitachi", "partner", ME)],
 outages=[],
 # 'early next year' -> 2003 (the integration); 'for 2003' -> '2003' (the same value, another text); 'later this
 # year' -> 2002. Left out: 'the next two years', 'the current business year' (a fiscal year, its span not told),
 # 'the earlier days' (vague)
 dates=[D("early next year", "2003"), D("2003", "2003"), D("later this year", "2002")])

# ---- Japan: jobless rate, Takenaka; NEC, Matsushita Electric, KDDI and Japan Telecom's consortium (2002-04-26) --------
MAT, JT, NS = "Matsushita Electric", "Japan Telecom", "NEC Solutions"
A["voa-nec-matsushita-kddi-japan-telecom-internet-consortium-2002"] = dict(
 # 'Heizo Takenaka', 'Kenji Yoshiyama' -> Person; 'NEC', 'Matsushita Electric', 'KDDI', 'Japan Telecom' (twice) ->
 # Company; 'NEC Solutions' (only in Yoshiyama's title) -> Company; "Japan's" / 'Japan' (four times) -> Location
 # ('Japanese' an adjective; 'The Japanese government' not named as a body; 'World War Two' an event: nothing)
 entities=[E("Person", "Heizo Takenaka"), E("Company", "NEC"), E("Company", MAT), E("Company", "KDDI"),
           E("Company", JT), E("Company", NS), E("Person", "Kenji Yoshiyama")] + locs("Japan"),
 # 'State Minister for Economic and Fiscal Policy Heizo Takenaka' -> minister of Japan (GUIDELINES.md: ministers take
 # the country); 'NEC Solutions Senior Vice President Kenji Yoshiyama' -> vice-president of NEC Solutions
 roles=[R("Heizo Takenaka", "minister", "Japan"), R("Kenji Yoshiyama", "vice-president", NS)],
 # 'NEC and Matsushita Electric are joining forces with telecommunications giants KDDI and Japan Telecom. Their
 # consortium ...' ('the four companies will jointly develop content', 'One alliance partner, Japan Telecom') ->
 # partner between each pair of the four, in the order written (the consortium is unnamed: no parentOrganization).
 # NEC Solutions: no parentOrganization to NEC (the text does not say it is NEC's unit; doubtful, a careful reader
 # may be sure). Japan Telecom's 'units' unnamed: nothing
 relations=[L("NEC", "partner", MAT), L("NEC", "partner", "KDDI"), L("NEC", "partner", JT),
            L(MAT, "partner", "KDDI"), L(MAT, "partner", JT), L("KDDI", "partner", JT)],
 outages=[],
 # 'the jobless rate for March' -> 'March' 2002-03; 'last December' -> 2001-12. Left out: 'this week' (a week),
 # 'World War Two' (an event)
 dates=[D("March", "2002-03"), D("last December", "2001-12")])

# ---- Japan: jobless rate, the bankers' head and UFJ Bank, Toshiba and Matsushita's TV tubes (published 2002-09-27) ----
JBA = "Japanese Bankers Association"
A["voa-ufj-teranishi-bad-loans-toshiba-matsushita-tv-tubes-2002"] = dict(
 # 'the Japanese Bankers Association' -> Organization; 'Masashi Teranishi' -> Person; 'UFJ Bank', 'Toshiba',
 # 'Matsushita Electric' -> Company; "Japan's" (twice), 'South Korea', 'Taiwan' -> Location ('Japanese' an adjective;
 # 'the government's financial watchdog' unnamed: nothing)
 entities=[E("Organization", JBA), E("Person", "Masashi Teranishi"), E("Company", "UFJ Bank"), E("Company", "Toshiba"),
           E("Company", MAT)] + locs("Japan", "South Korea", "Taiwan"),
 # 'The head of the Japanese Bankers Association said ... Masashi Teranishi, who is also president of UFJ Bank' ->
 # head of the association (the 'also' ties the name to the head; GUIDELINES.md: a body's leader -> head) and
 # president of UFJ Bank
 roles=[R("Masashi Teranishi", "head", JBA), R("Masashi Teranishi", "president", "UFJ Bank")],
 # 'pushed electronics giants Toshiba and Matsushita Electric to merge their television tube manufacturing
 # businesses. The alliance will form ...' (the lead: 'unveil a joint venture', unnamed) -> partner, Toshiba first
 # as written; 'already have a number of other joint ventures' (unnamed): the same pair, nothing more
 relations=[L("Toshiba", "partner", MAT)],
 outages=[],
 # "Japan's August unemployment rate" -> 'August' 2002-08; 'a record high of 5.5 percent touched in December' ->
 # 'December' 2001-12 (the last December before the story). Left out: 'the fourth straight month', 'the 17th monthly
 # increase' (counts)
 dates=[D("August", "2002-08"), D("December", "2001-12")])

# ---- Japan: jobless rate, Sony's president, Honda's new president, Mazda's president (published 2003-04-25) ----------
HON = "Honda Motors"
A["voa-honda-new-president-fukui-sony-idei-mazda-booth-2003"] = dict(
 # 'Chikara Sakaguchi', 'Nobuyuki Idei' / 'Mr. Idei', 'Takeo Fukui', 'Hiroyuki Yoshino', 'Lewis Booth' -> Person;
 # 'Sony' / "Sony's" (four times), 'Honda Motors' / "Honda's" (twice), 'Mazda' (three times) -> Company; "Japan's"
 # (twice), 'Tokyo', 'U.S.' (adjectival, as batch 38m), 'North America', 'Hiroshima' ('Hiroshima-based') -> Location
 entities=[E("Person", "Chikara Sakaguchi"), E("Company", "Sony"), E("Person", "Nobuyuki Idei", "Idei"),
           E("Company", HON, "Honda"), E("Person", "Takeo Fukui"), E("Person", "Hiroyuki Yoshino"),
           E("Company", "Mazda"), E("Person", "Lewis Booth")]
          + locs("Japan", "Tokyo", "U.S.", "North America", "Hiroshima"),
 # 'Labor Minister Chikara Sakaguchi' -> minister of Japan (the country named in the story's first words); 'Sony
 # President Nobuyuki Idei' -> president of Sony (as written); 'appointing senior managing director Takeo Fukui as its
 # new president' -> director of Honda Motors (his post now) and president (announced, current as 38m's Ward); 'He
 # will replace Hiroyuki Yoshino in June' -> Yoshino president of Honda Motors, current (not yet left; the post is
 # told through 'replace' as new president: doubtful); 'Mazda President Lewis Booth' -> president of Mazda
 roles=[R("Chikara Sakaguchi", "minister", "Japan"), R("Nobuyuki Idei", "president", "Sony"),
        R("Takeo Fukui", "director", HON), R("Takeo Fukui", "president", HON), R("Hiroyuki Yoshino", "president", HON),
        R("Lewis Booth", "president", "Mazda")],
 # 'One of Honda's competitors, ... Mazda': rivals, nothing. No relation told
 relations=[],
 outages=[],
 # 'the jobless rate for March' -> 'March' 2003-03; "February's 5.2 percent" -> 'February' 2003-02; 'the record high
 # hit in January' -> 'January' 2003-01; 'Sony on Thursday announced' -> 2003-04-24; "Sony's stock on Friday" and
 # 'Mazda, on Friday, announced' -> 'Friday' 2003-04-25 (one item); 'in June' -> 2003-06; 'this year' -> 2003. Left out:
 # 'fiscal year 2003', 'fiscal 2004' (fiscal years, span not told), '20th century', '21st century', 'a decade',
 # 'the year before' (vague or relative to a fiscal year)
 dates=[D("March", "2003-03"), D("February", "2003-02"), D("January", "2003-01"), D("Thursday", "2003-04-24"),
        D("Friday", "2003-04-25"), D("June", "2003-06"), D("this year", "2003")])

# ---- Japan: Sony's quarter and CFO, Toyota's target and president, the trade surplus (published 2003-07-25) ----------
A["voa-sony-cfo-yuhara-quarterly-earnings-toyota-cho-2003"] = dict(
 # 'Sony' / "Sony's" (four times), 'Toyota' / "Toyota's" -> Company; 'Takao Yuhara', 'Fujio Cho' -> Person; "Japan's"
 # (three times), 'the United States' (twice), 'Europe', 'Asia' (twice) -> Location
 entities=[E("Company", "Sony"), E("Person", "Takao Yuhara"), E("Company", "Toyota"), E("Person", "Fujio Cho")]
          + locs("Japan", "United States", "Europe", "Asia"),
 # "Sony's Chief Financial Officer, Takao Yuhara" -> cfo of Sony; "Toyota's President Fujio Cho" -> president of Toyota
 roles=[R("Takao Yuhara", "cfo", "Sony"), R("Fujio Cho", "president", "Toyota")],
 relations=[],
 outages=[],
 # 'the April to June quarter' -> 2003-Q2; 'in June' (twice) -> 'June' 2003-06; 'from last year', 'from the same month
 # last year' -> 'last year' 2002 (one item: the same text and value). Left out: 'a year earlier', 'the previous three
 # months', 'the rest of the year', 'the first half of the year', 'six months', 'a year and a half' (comparisons,
 # spans or durations)
 dates=[D("the April to June quarter", "2003-Q2"), D("June", "2003-06"), D("last year", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
