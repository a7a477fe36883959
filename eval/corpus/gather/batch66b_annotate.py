#!/usr/bin/env python3
"""Batch 66b gold annotations (the texts of batch66b.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-65r; batch10_annotate.write_parts), so with three texts: wp-hughes-airwest test, wp-kelvinator train,
wp-monogram-pictures dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
a year range ('from 1970 to 1980', 'between 1931 and 1953') -> the years as items (as batches 61e-65r); a day or a
month with its year -> the day or the month ('On July 3, 1925', 'In February 1916', 'On April 17, 1968', 'in April
1970'), and the bare year of the same text, where it also stands alone elsewhere, one item of its own ('1916',
'1968', '1970'); decades and parts of decades ('the early 1930s'), 'Depression-era', 'the golden age of Hollywood',
'During its first few years' and 'at the time' (no ISO value, or relative with `published` null) -> nothing. No text
tells an outage, so every `outages` list is empty; none tells a near-miss of one (a company renamed, a trademark owned
by another company and an airline bought and merged away are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-65r): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('founded in 1914 ... by engineer
Nathaniel B. Wales'), current true; people who heard the founder's idea or backed him with money -> no role (no post
at the company, no founding told of them); 'then secretary of X' at a company -> executive (a company officer, as
batch 18's 'secretary and manager corporate services'; doubtful), current false ('then'); 'X was president, with ...
Y as vice president' -> president and vice-president, current true (no leaving told, as batch 65b's founders' posts);
an owner with no post ('owned by Nick Bez', "W. Ray Johnston's Rayart Pictures", "TWA's former owner Howard Hughes",
"Howard Hughes' Summa Corporation") -> no role (no title in the format's list); former and later names of one company
-> aliases (GUIDELINES, Types: 'marketed under the name "Electro-Automatic Refrigerating Company."' then 'the name of
the company was changed to "Kelvinator Company"'; 'Johnston renamed his company Raytone, then Continental Pictures,
then Syndicate Pictures, and finally Monogram Pictures'; 'completed a transition to the name Allied Artists Pictures
Corporation'; 'Its original name in 1968 was Air West', 'Renamed Hughes Air West'); 'X bought Y', 'X acquired Y', 'Y
was purchased by X' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions, the target not
said to be merged away; 'bought ... in a tri-party merger' read as a purchase, doubtful); 'X ... was merged into Y'
-> acquired(Y, X) only (the target merged away, as batches 40v, 64h, 65h and 65q read it); 'now a brand name owned by
X' said of the company itself -> parentOrganization (as batch 64d's Zellers), but 'The Monogram trademark is now owned
by X' (a trademark, an asset) -> nothing (doubtful); 'backed by' with no stake or ownership told -> nothing (as batch
40y's 'backed by'; doubtful); a company 'buying' another's goods -> partner (customer of a supplier, GUIDELINES,
Relations; direction as written); a product line ('"Leonard Cleanable" ice cabinet') and aircraft models -> Service
(GUIDELINES, Types), aircraft from their plurals ('Boeing 727-100s' -> 'Boeing 727-100', as batches 64c and 64h),
their makers named only inside them no entity, and an operator's fleet or an airline's order with an unnamed maker ->
no relation; films ('Overland Bound'), a slogan ('Top Banana in the West'), a call sign ('"Hughes Air,"'), a nickname
of a group of studios ('Poverty Row'), an address ('4376 W Sunset Blvd'), a temperature scale, a ranking ('MGM was #1
-- and Monogram was #10') and adjectives ('American', 'British') -> nothing; named sites, an airport and regions ->
Location (GUIDELINES, Types).
usage: batch66b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- household appliances, US: Kelvinator -------------------------------------------------------------------------
KV = "Kelvinator"
GR = "Grand Rapids Refrigerator Company"
BU = "Buick Automobile company"
A["wp-kelvinator"] = dict(
 # the company -> Company 'Kelvinator', aliases 'Kelvinator Company' (its name from February 1916) and
 # 'Electro-Automatic Refrigerating Company' (the name it was first to be 'marketed under' before 'the name of the
 # company was changed': its first name, GUIDELINES, Types; doubtful: a reader might take it for a trade name only);
 # the Grand Rapids Refrigerator Company -> Company, alias 'Leonard' (also in "Leonard's boxes": the maker of the
 # 'Leonard Cleanable' cabinet whose boxes Kelvinator bought, then 'the company acquired Leonard, which had been
 # founded in 1881'; doubtful: a reader might keep 'Leonard' apart as its own company, as the text never says the two
 # names are one); Electrolux, Nizer Corporation and the Buick Automobile company (the name as written, with a
 # lower-case 'company'; doubtful: 'Buick' alone might be taken as the name) -> Company; Nathaniel B. Wales (alias
 # 'Wales'), Edmund Copeland, Arnold Goss and William Thomson (alias 'Lord Kelvin'; '1st Baron Kelvin' is his title,
 # no alias of its own) -> Person; the 'Leonard Cleanable' ice cabinet -> Service (a product line, GUIDELINES, Types);
 # Detroit, Michigan, the United States (alias 'U.S.', in 'the U.S. market') and Grand Rapids ('the Grand Rapids
 # factory') -> Location. No entity: 'the Kelvin temperature scale' and 'absolute zero' (a scale and a concept); the
 # company's name as a product ('Kelvinator was among some two dozen home refrigerators': the same name, no Service
 # of its own, as batch 65b's Magnavox brand); 'the American market', 'British physicist' (adjectives);
 # 'ice-boxes', 'domestic refrigerators', 'household mechanical refrigerators' (kinds of goods, unnamed)
 entities=[E("Company", KV, "Kelvinator Company", "Electro-Automatic Refrigerating Company"),
           E("Company", "Electrolux"), E("Person", "William Thomson", "Lord Kelvin"), E("Location", "Detroit"),
           E("Location", "Michigan"), E("Location", "United States", "U.S."),
           E("Person", "Nathaniel B. Wales", "Wales"), E("Person", "Edmund Copeland"), E("Person", "Arnold Goss"),
           E("Company", BU), E("Company", GR, "Leonard"), E("Service", "Leonard Cleanable"),
           E("Company", "Nizer Corporation"), E("Location", "Grand Rapids")],
 # 'Kelvinator was founded in 1914 ... by engineer Nathaniel B. Wales' -> founder at Kelvinator (one person named
 # alone as founding it, GUIDELINES, Roles, 'Founders'), current true; 'Arnold Goss, then secretary of the Buick
 # Automobile company' -> executive at the Buick Automobile company (a company's secretary, an officer's post; doubtful:
 # GUIDELINES maps 'secretary' of an agency to head or other, and a reader might give other), current false ('then').
 # Near-misses, no role: 'introduced his idea ... to Edmund Copeland and Arnold Goss' and 'secured financial backing
 # from Arnold Goss' (listeners and a backer, not said to found Kelvinator or hold a post there: a reader who knows
 # other accounts might make them cofounders); 'engineer', 'a young inventor' (descriptions, no post); William
 # Thomson, 'British physicist' (the company's namesake, no tie to it)
 roles=[R("Nathaniel B. Wales", "founder", KV), R("Arnold Goss", "executive", BU, False)],
 # 'Kelvinator was a home appliance manufacturer that is now a brand name owned by Electrolux' -> parentOrganization
 # (Kelvinator, Electrolux) (owned-by said of the company itself, as batch 64d's 'a brand name owned by'; no acquired:
 # no purchase told; doubtful: a reader might give the brand a Service of its own); 'On July 3, 1925, Kelvinator
 # bought Nizer Corporation in a tri-party merger valued at $20,000,000' -> acquired + parentOrganization (a completed
 # purchase; doubtful: 'merger', but the buyer is named and the target is not said to be merged away); 'In 1926, the
 # company acquired Leonard' -> acquired + parentOrganization(Grand Rapids Refrigerator Company, Kelvinator) (through
 # the alias); 'Kelvinator began buying Leonard's boxes for its electric refrigerated models' -> partner(Kelvinator,
 # Grand Rapids Refrigerator Company) (a customer of a supplier, GUIDELINES, Relations; direction as written); 'the
 # Grand Rapids Refrigerator Company introduced a porcelain lined "Leonard Cleanable" ice cabinet' -> provider(Leonard
 # Cleanable, Grand Rapids Refrigerator Company). Near-misses, no relation: Goss's financial backing of Wales (a
 # person's money, no company tie between Buick and Kelvinator: a reader might give partner); 'the Grand Rapids
 # factory' (a plant, no entity but its place); 'held 80 percent of the American market' (a share, no relation)
 relations=[L(KV, "parentOrganization", "Electrolux")] + b10.acq(KV, "Nizer Corporation") + b10.acq(KV, GR) +
           [L(KV, "partner", GR), L("Leonard Cleanable", "provider", GR)],
 outages=[],
 # 'founded in 1914', 'In February 1916' -> 1916-02, 'in 1916' -> 1916 (its own item: the bare year stands alone in
 # the next sentence), 'In 1918', 'By 1923', 'On July 3, 1925' -> 1925-07-03, 'In 1926', 'in 1881', 'in 1928' -> the
 # years. No date: '$20,000,000' (a sum), '80 percent'
 dates=[D("1914", "1914"), D("February 1916", "1916-02"), D("1916", "1916"), D("1918", "1918"), D("1923", "1923"),
        D("July 3, 1925", "1925-07-03"), D("1926", "1926"), D("1881", "1881"), D("1928", "1928")])

# ---- film, US: Monogram Pictures ---------------------------------------------------------------------------------
MP = "Monogram Pictures Corporation"
A["wp-monogram-pictures"] = dict(
 # the company -> Company 'Monogram Pictures Corporation', aliases 'Monogram Pictures', 'Monogram' (also in
 # "Monogram's" and 'The Monogram trademark'), its later name 'Allied Artists Pictures Corporation' with 'Allied
 # Artists' ('home to both Monogram and Allied Artists': the studio under both names; doubtful: the sentence sets them
 # side by side as if two), and its earlier names 'Rayart Pictures' with 'Rayart' ("Monogram's antecedent was W. Ray
 # Johnston's Rayart Pictures" and 'Johnston renamed his company Raytone, then Continental Pictures, then Syndicate
 # Pictures, and finally Monogram Pictures': one company renamed four times, GUIDELINES, Types; doubtful: an
 # 'antecedent' might be read as a predecessor company, as batch 65b read Magnavox's 'predecessor' as its first name),
 # 'Raytone', 'Continental Pictures' and 'Syndicate Pictures'; Allied Artists International and MGM -> Company; W. Ray
 # Johnston (alias 'Johnston', also in 'vice president.Johnston'), Trem Carr, Leo Maloney and Allene Ray -> Person;
 # Hollywood, the Church of Scientology Media Center (a named site, GUIDELINES, Types) and America ("America's
 # screens") -> Location. No entity: 'Overland Bound' (a film, read as GUIDELINES, Types reads TV shows, as batch 65o
 # read 'Macbeth'); 'Poverty Row' (a nickname of a group of studios); 'the golden age of Hollywood' (a period); '4376 W
 # Sunset Blvd' (an address; doubtful: a reader might take 'Sunset Blvd' as a Location); the Church of Scientology
 # (named only inside the site's name); 'the larger companies', 'major-studio productions', 'the Depression-era
 # exhibitors' (unnamed); 'American'
 entities=[E("Company", MP, "Monogram Pictures", "Monogram", "Allied Artists Pictures Corporation", "Allied Artists",
             "Rayart Pictures", "Rayart", "Raytone", "Continental Pictures", "Syndicate Pictures"),
           E("Location", "Hollywood"), E("Company", "MGM"), E("Company", "Allied Artists International"),
           E("Location", "Church of Scientology Media Center"), E("Person", "W. Ray Johnston", "Johnston"),
           E("Person", "Leo Maloney"), E("Person", "Allene Ray"), E("Person", "Trem Carr"), E("Location", "America")],
 # 'Johnston was president, with his Rayart colleague Trem Carr as vice president' -> president (W. Ray Johnston) and
 # vice-president (Trem Carr) at Monogram Pictures Corporation (the company 'finally' named Monogram Pictures, whose
 # posts the sentence tells), current true (no leaving told, as batch 65b's founders' posts; doubtful: posts of a
 # studio that ended in 1953). Near-misses, no role: "W. Ray Johnston's Rayart Pictures" and 'renamed his company'
 # (an owner, no post: a reader might give founder, which the cut infobox of later copies says but this text does not);
 # 'his Rayart colleague' (a colleague, no post beyond the vice presidency); 'Under Johnston, Monogram offered' (the
 # president's rule, no second post); Leo Maloney and Allene Ray ('silent stars' of a film Rayart released, no post)
 roles=[R("W. Ray Johnston", "president", MP), R("Trem Carr", "vice-president", MP)],
 # No relation. Near-misses: 'The Monogram trademark is now owned by Allied Artists International' (a trademark, an
 # asset, GUIDELINES, Relations: asset purchases -> nothing; doubtful: a reader might give parentOrganization(Monogram
 # Pictures Corporation, Allied Artists International), as batch 64d read 'a brand name owned by' said of a company
 # itself); 'completed a transition to the name Allied Artists Pictures Corporation' (a renaming, an alias, not a
 # purchase); 'MGM was #1 -- and Monogram was #10' (a ranking of rivals, no partner); 'with Rayart releasing the first
 # feature-length talking western Overland Bound' (a film, no Service, so no provider); 'home to both Monogram and
 # Allied Artists ... as part of the Church of Scientology Media Center' (a building's later use, no relation to a
 # Location)
 relations=[],
 outages=[],
 # 'between 1931 and 1953' -> '1931', '1953'; 'In 1929' -> the year. No date: 'the early 1930s' (a part of a decade),
 # 'at the time', 'During its first few years' (relative, `published` null), 'the golden age of Hollywood' and
 # 'Depression-era' (periods with no value), '#1', '#10', '11' (ranks and a count)
 dates=[D("1931", "1931"), D("1953", "1953"), D("1929", "1929")])

# ---- airlines, US: Hughes Airwest --------------------------------------------------------------------------------
HA = "Hughes Air Corporation"
RA = "Republic Airlines"
NW = "Northwest Airlines"
PLANES = ["Boeing 727-100", "Douglas DC-9", "Fairchild F-27", "Piper Navajo", "McDonnell Douglas DC-9-30"]
A["wp-hughes-airwest"] = dict(
 # the company -> Company 'Hughes Air Corporation', aliases 'Hughes Airwest' (its business name, 'doing business
 # as'), 'Air West' ('Its original name in 1968 was Air West', also in 'the Air West fleet') and 'Hughes Air West'
 # ('Renamed Hughes Air West'); Summa Corporation, Republic Airlines, Northwest Airlines, Delta Air Lines, Bonanza Air
 # Lines and TWA -> Company; Howard Hughes (also in "Howard Hughes'") and Nick Bez -> Person; the five aircraft models
 # -> Service (GUIDELINES, Types: aircraft models; from their plurals, 'Boeing 727-100s' -> 'Boeing 727-100', as batches
 # 64c and 64h), Boeing, Douglas, Fairchild, Piper and McDonnell Douglas named only inside them -> no entity; the
 # Western United States (alias 'western U.S.', twice; 'the western United States' is the name in lower case, no alias
 # of its own; doubtful: a reader might annotate 'U.S.' as the country), Mexico, Canada, San Francisco International
 # Airport (alias 'SFO'; GUIDELINES, Types: airports are Location), San Mateo County and California -> Location. No
 # entity: 'Top Banana in the West' (a slogan); '"Hughes Air,"' (a call sign, the words of the company's name cut
 # short; a reader might add it as an alias); 'three earlier local service carriers' (unnamed: the rendering drops
 # their list); 'US$90 million' (a sum)
 entities=[E("Company", HA, "Hughes Airwest", "Air West", "Hughes Air West"),
           E("Location", "Western United States", "western U.S."), E("Person", "Howard Hughes"),
           E("Company", "Summa Corporation"), E("Person", "Nick Bez"), E("Location", "Mexico"),
           E("Location", "Canada"), E("Location", "San Francisco International Airport", "SFO"),
           E("Location", "San Mateo County"), E("Location", "California"), E("Company", RA), E("Company", NW),
           E("Company", "Delta Air Lines")] + [E("Service", p) for p in PLANES] +
          [E("Company", "Bonanza Air Lines"), E("Company", "TWA")],
 # No role. Near-misses: 'the air carrier was owned by Nick Bez' (an owner, no post in the format's list: a reader
 # might give chairman or founder, which the text does not say); "TWA's former owner Howard Hughes" and "Howard
 # Hughes' Summa Corporation" (an owner of each, no post: a reader might give Hughes a past role at TWA)
 roles=[],
 # 'Hughes Airwest was purchased by Republic Airlines in 1980' -> acquired(Republic Airlines, Hughes Air Corporation)
 # + parentOrganization (a completed purchase; the kept text does not say the airline was merged away, the infobox's
 # 'Ceased operations' line being cut; doubtful: a reader who knows the carrier ended in 1980 might give acquired
 # only); 'which in turn was merged into Northwest Airlines in 1986' ('which' = Republic Airlines) -> acquired
 # (Northwest Airlines, Republic Airlines) only (merged away, batches 40v, 64h, 65q); 'Northwest Airlines was then
 # merged into Delta Air Lines in 2010' -> acquired(Delta Air Lines, Northwest Airlines) only. Near-misses, no
 # relation: 'It was backed by Howard Hughes' Summa Corporation' (backing with no stake or ownership told, as batch
 # 40y's 'backed by'; doubtful: a reader might give parentOrganization(Hughes Air Corporation, Summa Corporation));
 # 'Howard Hughes sought the airline in 1968, and the US$90 million deal was finalized in April 1970' (a completed
 # purchase by a person: no company buyer, so no acquired; a reader might give it to Summa Corporation, which the text
 # does not say bought it); 'three earlier local service carriers ... merged to form Air West' (a merger with none
 # named, GUIDELINES, Relations); 'a McDonnell Douglas DC-9-30, which had been ordered by Bonanza Air Lines' (an order
 # with its maker named only inside the model: no partner; Bonanza's tie to Air West not told beyond the order, so no
 # relation between the two airlines); the fleet's aircraft (an operator's assets: no provider, their makers not
 # annotated); 'its headquarters were on the grounds of San Francisco International Airport' (a seat, no relation)
 relations=b10.acq(RA, HA) + [L(NW, "acquired", RA), L("Delta Air Lines", "acquired", NW)],
 outages=[],
 # 'from 1970 to 1980' -> '1970', '1980' ('in 1980' one item with it); 'in 1968' (twice, one item); 'in 1986'; 'in
 # 2010'; 'On April 17, 1968' -> 1968-04-17; 'in April 1970' -> 1970-04. No date: 'US$90 million' (a sum)
 dates=[D("1970", "1970"), D("1980", "1980"), D("1968", "1968"), D("1986", "1986"), D("2010", "2010"),
        D("April 17, 1968", "1968-04-17"), D("April 1970", "1970-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
