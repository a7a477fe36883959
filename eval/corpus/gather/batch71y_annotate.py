#!/usr/bin/env python3
"""Gold for batch 71y (session 65; gatherer lane 71y; round notes /tmp/gather71y/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt): three company histories from English Wikipedia — George Mallory Hendee (co-founder of
the Indian Motocycle Manufacturing Company, maker of Silver King bicycles, whose Hendee & Nelson Manufacturing Company
went bankrupt and who incorporated the Hendee Manufacturing Company, its line of bicycles called Indian, his meeting
with Carl Oscar Hedstrom), the Pope Manufacturing Company (founded by Albert Augustus Pope in Boston, incorporated in
Connecticut, its bicycles first made at the Weed Sewing Machine Company factory, its Columbia brand, its shareholders
Albert, Charles and Edward Pope) and Gretsch of Brooklyn, New York (founded by Friedrich Gretsch, its operations moved
by his son Fred Gretsch Sr., its collaboration with Chet Atkins and its Gretsch 6120 and Country Gentleman guitars).
Annotated from each text alone, by eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split
(sorted ids dealt test, train, dev; b10.write_parts): test wp-george-m-hendee; train wp-gretsch; dev
wp-pope-manufacturing-company. No text tells an outage or a near-miss of one (a bankruptcy, foundings, incorporations,
moves, a death and the end of production lines are no outage, GUIDELINES, Outages). Conventions (GUIDELINES.md part 2;
batches 36j-40zg, 54zu-71r): shorter forms, first names and surnames alone and state abbreviations -> aliases of the one
entity ('George M. Hendee', 'Hendee', 'Hedstr\u00f6m', 'Pope Manufacturing', 'Pope', 'Albert Pope', 'Albert', 'Charles',
'Edward', 'Mass', 'CT', 'Atkins'); one surface form for two things -> the thing named most (batches 32d, 70y, 70ae,
70ak, 71b, 71l and 71r: 'Pope' alone the company, twice; the men are always named with a first name); the text's own
'co-founder' -> cofounder (GUIDELINES, Roles: Founders), current true (no end of a founding told); one person named
alone as founding or incorporating a company -> founder (doubtful for 'incorporating'); shareholders, a son who 'moved
operations' and a guitarist who collaborated -> no role (no post written); a named line of bicycles, a brand and named
guitar models -> Service, provider the company the text says built, made or produced them; a company's bicycles made
at another company's factory, a purchase of a bankrupt company's inventory at auction and a collaboration with a person
-> no relation (no partnership or contract written between two organisations; an asset purchase; a person is no
organisation); towns, states, a region, countries, a venue and street addresses -> Location (the addresses as batch
71l's '196 Hudson Street'; doubtful: batches 40zc and others left addresses out), a city and its state each its own
('Springfield, Massachusetts' -> Springfield, Massachusetts); an event's name ('United States National Amateur High
Wheel Championship') and a directory ('the 1876 Boston City Directory') -> no entity; full dates, months and years ->
their values; decades ('the 1950s'), ages ('at age 16', '27-year-old') and spans without a year ('Through the years')
-> no date (published null: only absolute expressions).
usage: batch71y_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- bicycles and motorcycles, US: George M. Hendee ------------------------------------------------------------------
GMH = "George Mallory Hendee"
IMC = "Indian Motocycle Manufacturing Company"
HNM = "Hendee & Nelson Manufacturing Company"
HMC = "Hendee Manufacturing Company"
A["wp-george-m-hendee"] = dict(
 # the racer and maker -> Person 'George Mallory Hendee' (the fullest form), aliases 'George M. Hendee' and 'Hendee'
 # (surname alone, many times); Carl Oscar Hedstr\u00f6m -> Person, alias 'Hedstr\u00f6m'; the Indian Motocycle
 # Manufacturing Company, the Hendee & Nelson Manufacturing Company and the Hendee Manufacturing Company -> Company (three
 # names; the text does not say that any two are one company, so no alias joins them); Silver King, Silver Queen (named
 # bicycles) and Indian ('The company's new line of bicycles was called Indian') -> Service (GUIDELINES, Types:
 # vehicles; the word 'Indian' inside the motocycle company's name is that company's); America ("America's first
 # national cycling champion"), Springfield, Massachusetts, New England, New York -> Location; Madison Square Garden (a
 # named venue) -> Location (GUIDELINES, Types: named sites); 41-43 Taylor Street, 478 Main Street and Worthington
 # Street (street addresses, as batch 71l's '196 Hudson Street'; doubtful) -> Location. No entity: 'American' (an
 # adjective), 'the United States National Amateur High Wheel Championship' (an event; 'United States' only inside its
 # name), 'the manufacturing company' (generic), 'the motorized pacing bicycle' (no name)
 entities=[E("Person", GMH, "George M. Hendee", "Hendee"), E("Company", IMC), E("Location", "America"),
           E("Service", "Silver King"), E("Location", "41-43 Taylor Street"), E("Location", "Springfield"),
           E("Location", "Massachusetts"), E("Company", HNM), E("Location", "478 Main Street"),
           E("Service", "Silver Queen"), E("Location", "Worthington Street"), E("Company", HMC),
           E("Service", "Indian"), E("Location", "New England"), E("Location", "Madison Square Garden"),
           E("Location", "New York"), E("Person", "Carl Oscar Hedstr\u00f6m", "Hedstr\u00f6m")],
 # 'the co-founder of the Indian Motocycle Manufacturing Company' -> cofounder (the text's own word; no co-founder named
 # beside him), current true ('Once he retired from racing and the manufacturing company' ends his work there, not the
 # fact of founding; doubtful); 'Hendee ... set up shop on Worthington Street in 1898, incorporating the Hendee
 # Manufacturing Company' -> founder (one person named alone as incorporating it; doubtful: incorporation read as
 # founding), current true. No role: the Hendee & Nelson Manufacturing Company (no person's post written; 'Nelson' only
 # inside its name), 'Carl Oscar Hedstr\u00f6m' (a builder, no organisation of his named in the kept text)
 roles=[R(GMH, "cofounder", IMC), R(GMH, "founder", HMC)],
 # 'the Hendee & Nelson Manufacturing Company ... was building safety bicycles under the names Silver King for men and
 # Silver Queen for women' -> provider(Silver King, Hendee & Nelson Manufacturing Company) and provider(Silver Queen,
 # the same) (doubtful for Silver King: 'Hendee ... began making Silver King bicycles' the year before, a man's making);
 # 'incorporating the Hendee Manufacturing Company ... The company's new line of bicycles was called Indian' ->
 # provider(Indian, Hendee Manufacturing Company). Near-misses, no relation: 'The company went bankrupt; and Hendee
 # purchased the entire inventory at auction' (an asset purchase by a person), 'Hendee became acquainted with Carl Oscar
 # Hedstr\u00f6m' (two people; the partnership agreement only in the cut broken sentence)
 relations=[L("Silver King", "provider", HNM), L("Silver Queen", "provider", HNM), L("Indian", "provider", HMC)],
 outages=[],
 # 'October 2, 1866', 'June 13, 1943' -> the days; 'in 1886', 'until 1892' and 'In 1892' (one text, one value), 'in
 # 1895', 'In 1896', 'in 1898' -> the years; 'January 1900' -> 1900-01. No date: 'at age 16' (an age)
 dates=[D("October 2, 1866", "1866-10-02"), D("June 13, 1943", "1943-06-13"), D("1886", "1886"), D("1892", "1892"),
        D("1895", "1895"), D("1896", "1896"), D("1898", "1898"), D("January 1900", "1900-01")])

# ---- bicycles, motorcycles and automobiles, US: Pope Manufacturing Company -------------------------------------------
PMC = "Pope Manufacturing Company"
AAP = "Albert Augustus Pope"
A["wp-pope-manufacturing-company"] = dict(
 # the maker -> Company 'Pope Manufacturing Company', aliases 'Pope Manufacturing' ('Though Pope Manufacturing had
 # filed') and 'Pope' ('Pope manufactured bicycles', 'Pope gradually consolidated'; the men are named each time with a
 # first name, so 'Pope' alone is the company; doubtful: a reader might take 'Pope manufactured' as the man); the
 # founder -> Person 'Albert Augustus Pope', aliases 'Albert Pope' and 'Albert' ('Albert and Edward Pope'); his father
 # -> Person 'Charles Pope', alias 'Charles' ('his father Charles'); his cousin -> Person 'Edward Pope', alias 'Edward'
 # ('his cousin Edward'); the Weed Sewing Machine Company -> Company; Columbia ('the Columbia brand', a bicycle brand)
 # -> Service; Boston, Massachusetts (alias 'Mass': 'the Westfield Mass plant'), Connecticut (alias 'CT': 'Hartford
 # CT'), Hartford, Westfield -> Location; 54 High Street and 87 Summer Street (street addresses, as batch 71l's '196
 # Hudson Street'; doubtful) -> Location. No entity: 'the 1876 Boston City Directory' (a directory, a publication named
 # by description), 'the Westfield Mass plant' (a plant named by its town; the town an entity), 'the main offices'
 entities=[E("Company", PMC, "Pope Manufacturing", "Pope"), E("Person", AAP, "Albert Pope", "Albert"),
           E("Location", "Boston"), E("Location", "Massachusetts", "Mass"), E("Location", "Connecticut", "CT"),
           E("Location", "Hartford"), E("Company", "Weed Sewing Machine Company"), E("Location", "Westfield"),
           E("Service", "Columbia"), E("Location", "54 High Street"), E("Person", "Charles Pope", "Charles"),
           E("Person", "Edward Pope", "Edward"), E("Location", "87 Summer Street")],
 # 'Pope Manufacturing Company was founded by Albert Augustus Pope' -> founder (one person named alone), current true.
 # No role: 'naming Albert Pope, Charles Pope, and Edward Pope as shareholders' (owners, no post; GUIDELINES, Roles: a
 # title stated), 'Albert and Edward Pope operated a factory ... as early as 1874' (no organisation named; doubtful: a
 # reader might read 'operated' as cofounders of an earlier business)
 roles=[R(AAP, "founder", PMC)],
 # 'Bicycles continued to be made available under the Columbia brand' -> provider(Columbia, Pope Manufacturing Company)
 # (the passive names no maker, but the sentence closes the paragraph of the company's own products; doubtful).
 # Near-misses, no relation: 'Manufacturing of bicycles began in 1878 in Hartford, Connecticut, at the Weed Sewing
 # Machine Company factory' (a place of making; no contract or supply between the two companies written; doubtful: a
 # reader might add partner), 'consolidated manufacturing to the Westfield Mass plant' (a move)
 relations=[L("Columbia", "provider", PMC)],
 outages=[],
 # 'around 1876', 'the 1876 Boston City Directory' -> 1876 (one text, one value); 'in 1877' -> 1877; 'In March 1877' ->
 # 1877-03; 'in 1878'; 'From 1905 to 1913' -> 1905 and 1913; 'in 1915', 'in 1918'; 'as early as 1874' -> 1874. No
 # date: 'At the time of incorporation' (relative)
 dates=[D("1876", "1876"), D("1877", "1877"), D("1878", "1878"), D("1905", "1905"), D("1913", "1913"),
        D("1915", "1915"), D("1918", "1918"), D("March 1877", "1877-03"), D("1874", "1874")])

# ---- musical instruments, US: Gretsch ---------------------------------------------------------------------------------
GR = "Gretsch"
A["wp-gretsch"] = dict(
 # the maker -> Company 'Gretsch' (no other form; 'Gretsch instruments' the company's goods); Friedrich Gretsch and his
 # son Fred Gretsch Sr. -> Person (two men; 'Gretsch' alone is the company throughout); Chet Atkins (alias 'Atkins':
 # "with Atkins' endorsement", 'prompted Atkins') and Ray Butts -> Person; the Gretsch 6120 ('the Gretsch 6120
 # hollowbody guitar') and the Country Gentleman (a guitar model) -> Service (GUIDELINES, Types: devices; named models);
 # Brooklyn, New York and the United States -> Location. No entity: 'American', 'German' (adjectives), 'a larger
 # facility' (no name), '"humbucking" pickup', 'single coil pickups' (kinds of part)
 entities=[E("Company", GR), E("Location", "Brooklyn"), E("Location", "New York"), E("Person", "Friedrich Gretsch"),
           E("Location", "United States"), E("Person", "Fred Gretsch Sr."), E("Person", "Chet Atkins", "Atkins"),
           E("Service", "Gretsch 6120"), E("Service", "Country Gentleman"), E("Person", "Ray Butts")],
 # 'The company was founded in 1883 in Brooklyn, New York by Friedrich Gretsch' -> founder (one person named alone),
 # current true (his death in 1895 ends his life, not the fact of founding; as batches 71l and 71r kept founders
 # current). No role: 'his son, Fred Gretsch Sr. moved operations to a larger facility' (no post written; doubtful: a
 # reader might give head), 'guitarist Chet Atkins' (a musician, no organisation), 'American inventor and engineer Ray
 # Butts' (no organisation)
 roles=[R("Friedrich Gretsch", "founder", GR)],
 # 'Gretsch began a collaboration with guitarist Chet Atkins to manufacture a line of electric guitars ..., resulting in
 # the Gretsch 6120 hollowbody guitar and other later models such as the Country Gentleman' -> provider(Gretsch 6120,
 # Gretsch) and provider(Country Gentleman, Gretsch). Near-misses, no relation: the collaboration with Chet Atkins and
 # Atkins' with Ray Butts (people, not organisations; GUIDELINES, Relations: partner between two named organisations)
 relations=[L("Gretsch 6120", "provider", GR), L("Country Gentleman", "provider", GR)],
 outages=[],
 # 'in 1883', 'in 1895', 'In 1916', 'In 1954', 'before 1957' -> the years. No date: 'by the 1950s' (a decade),
 # '27-year-old' (an age), 'Through the years', 'currently' (unresolvable with published null)
 dates=[D("1883", "1883"), D("1895", "1895"), D("1916", "1916"), D("1954", "1954"), D("1957", "1957")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
