#!/usr/bin/env python3
"""Batch 67u gold annotations (the texts of batch67u.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66p; batch10_annotate.write_parts), so with three texts: wp-ideal-toy-company test,
wp-joseph-schlitz-brewing-company train, wp-playskool dev. All are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); a year inside a phrase ('a crippling 1981 strike', 'the Great Chicago Fire of
1871') -> the year; a day written without a comma before its year ('May 7 1875', 'June 10 1982') -> the day; decades
('the 1970s', "the 1950s, '60s, and '70s"; no ISO value the format takes, as batches 60c-66p), 'Two years later' and
'that same year' (relative, `published` null), 'During World War II' (an event) -> nothing. No text tells an outage,
so every `outages` list is empty; none tells a near-miss of one (a strike by workers at a plant, a shipwreck, a plant
shut down and financial difficulties are business events and an accident, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66p): one person named alone as founding or establishing a
company -> `founder` ('The company was founded by Joseph Schlitz', 'established by Lucille King'), people named
together as founding it -> each `cofounder` ('founded by Morris and Rose Michtom'; 'Fink, along with Robert
Meythaler, ... established', as the 'A founded Acme with B' case), current true, a founder's death leaving the role
current (as batches 64l and 67j); a husband named by his first name only in 'Morris and Rose Michtom' -> Person
'Morris' (as batch 64c's 'Max' and 63b's 'Frank'); 'took over management of' and 'placed in charge of operations' ->
executive (GUIDELINES, Roles: 'manager' -> executive; doubtful); 'became chief executive', 'chief executive officer',
'CEO' -> ceo; 'president', 'chairman of the board', 'vice president' -> president, chairman, vice-president; an owner
with no title ('the large brewery owned by ... August Krug') and 'an employee' -> no role (as batches 24c, 27a, 63f
and 64l); 'a subsidiary of X', 'a division of X' -> parentOrganization; 'became a brand of X' -> parentOrganization,
no acquired (as batch 62h's Parker Brothers; doubtful); 'was acquired by X', 'was purchased by X', 'X bought Y',
'which had acquired Y' -> acquired and parentOrganization (completed; ownership told as past still recorded,
GUIDELINES, Relations); purchases by persons ('Fink, along with Robert Meythaler, bought Playskool') -> no relation
(acquired takes companies); 'merged with X' with no buyer named -> nothing (GUIDELINES, Relations); 'X partnered with
A and B to establish C' -> partner(X, A), partner(X, B) as written and parentOrganization of C to each of the three
(a joint venture, as batch 64l's 'created jointly by'; doubtful); beers, dolls, toys and a puzzle sold under their
names -> Service with provider the maker or the owner the text names (GUIDELINES, Types; as batch 57g's beers); the
rights to a product's name held by a company -> provider to that company (doubtful); a company's earlier and later
names ('changed the name to the Joseph Schlitz Brewing Co.', 'the Ideal Novelty and Toy Company', 'the Playskool
Institute', 'the Playskool Manufacturing Company') -> aliases (GUIDELINES, Types); a bare surname the text uses for
the man and for his company's beer ('Schlitz') -> the Person (as batch 62h's 'Milton Bradley'; doubtful); a city
named only inside an event's name ('the Great Chicago Fire', told as 'that city') -> Location (as batches 27b and
36f; doubtful); cities, states, countries and a headland -> Location, 'America' -> Location as written; events ('the
Great Chicago Fire', 'pre-Civil War', 'World War II', 'the post–World War II baby boom'), a slogan, a ship, a plant
and adjectives ('American', 'working-class') -> nothing.
usage: batch67u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- toys, US: Ideal Toy Company -------------------------------------------------------------------------------------
IT = "Ideal Toy Company"
ACD = "American Character Doll Company"
ADC = "Alexander Doll Company"
JV = "United States-Israeli Toy and Plastic Corporation"
DOLLS = ["Betsy Wetsy", "Toni", "Saucy Walker", "Shirley Temple", "Miss Revlon", "Patti Playpal", "Tammy",
         "Thumbelina", "Tiny Thumbelina", "Crissy"]
A["wp-ideal-toy-company"] = dict(
 # the company -> Company 'Ideal Toy Company', aliases 'Ideal' ('Ideal became', 'Key Ideal employees', 'Ideal CEO')
 # and 'Ideal Novelty and Toy Company' (its first name, GUIDELINES, Types: former names are aliases); the husband ->
 # Person 'Morris' (the text writes only 'Morris and Rose Michtom'; 'Morris Michtom' is in no sentence) and the wife ->
 # Person 'Rose Michtom'; Abraham Katz, Lionel A. Weintraub (alias 'Weintraub') and Joseph C. Winkler (alias
 # 'Winkler') -> Person; the ten dolls the lead names (a doll named 'Shirley Temple' among them) and the Rubik's Cube
 # -> Service (products users buy, GUIDELINES, Types); the American Character Doll Company, the Alexander Doll Company
 # and the United States-Israeli Toy and Plastic Corporation -> Company; the United States (alias 'U.S.'), Brooklyn,
 # Canada, Australia, the United Kingdom, Brazil and Israel -> Location. No entity: 'the Teddy bear' (a kind of toy the
 # couple invented, not a product name; doubtful: a reader might make it a Service of Ideal); 'Michtom' alone ("After
 # Michtom's death", "Michtom's nephew": the surname after both spouses were named, and the text does not say which
 # of the two died in 1938; doubtful: a reader who knows the history gives it to Morris); 'World War II' and 'the
 # post–World War II baby boom era' (events); 'the new company' (a generic phrase for the joint corporation)
 entities=[E("Company", IT, "Ideal", "Ideal Novelty and Toy Company"), E("Person", "Morris"),
           E("Person", "Rose Michtom"), E("Location", "United States", "U.S.")] +
          [E("Service", d) for d in DOLLS] +
          [E("Service", "Rubik's Cube"), E("Location", "Brooklyn"), E("Person", "Abraham Katz"),
           E("Location", "Canada"), E("Location", "Australia"), E("Location", "United Kingdom"),
           E("Location", "Brazil"), E("Person", "Lionel A. Weintraub", "Weintraub"),
           E("Person", "Joseph C. Winkler", "Winkler"), E("Company", ACD), E("Company", ADC), E("Company", JV),
           E("Location", "Israel")],
 # 'founded by Morris and Rose Michtom', 'Morris and Rose Michtom founded the Ideal Novelty and Toy Company' ->
 # cofounder at Ideal Toy Company for each (two people named together, GUIDELINES, Roles, 'Founders'), current true;
 # "Michtom's nephew Abraham Katz became chief executive" and 'Ideal CEO Abraham Katz' -> ceo at Ideal (one role;
 # current true: no leaving told; doubtful, since Weintraub later rose to the same post and a reader might give Katz
 # current false); 'Abraham Katz was named president of the new company' -> president at the United States-Israeli
 # Toy and Plastic Corporation ('the new company' is the corporation just named), current true; 'Weintraub ... rose to
 # become president, chairman of the board, and chief executive officer' -> president, chairman and ceo at Ideal,
 # current true; 'Winkler joined Ideal in 1956, rising to vice president by 1971' -> vice-president at Ideal, current
 # true. Near-misses, no role: 'Key Ideal employees' (employees, no post; the posts are given by the next sentences);
 # 'Weintraub, the son-in-law of Abraham Katz' and "Michtom's nephew" (family ties, no relation type)
 roles=[R("Morris", "cofounder", IT), R("Rose Michtom", "cofounder", IT), R("Abraham Katz", "ceo", IT),
        R("Abraham Katz", "president", JV), R("Lionel A. Weintraub", "president", IT),
        R("Lionel A. Weintraub", "chairman", IT), R("Lionel A. Weintraub", "ceo", IT),
        R("Joseph C. Winkler", "vice-president", IT)],
 # 'Their most popular dolls included Betsy Wetsy, ... and Crissy' -> provider(doll, Ideal Toy Company) for each (the
 # company's own dolls); 'Their last big hit was the Rubik's Cube' -> provider(Rubik's Cube, Ideal Toy Company) (the
 # company's product as the text tells it; doubtful: the text does not say Ideal made it, and a reader might give
 # nothing); 'Ideal partnered with competitors the American Character Doll Company and the Alexander Doll Company to
 # establish the United States-Israeli Toy and Plastic Corporation' -> partner(Ideal Toy Company, American Character
 # Doll Company) and partner(Ideal Toy Company, Alexander Doll Company) (a stated partnership, direction as written),
 # and parentOrganization of the corporation to each of the three (a joint venture the three established, as batch
 # 64l's 'created jointly by'; doubtful: no share or ownership is written, and a reader might give the partners only).
 # Near-misses, no relation: partner(American Character Doll Company, Alexander Doll Company) (the sentence has Ideal
 # partnering with each; doubtful, as batch 64l gave all three pairs of a venture created 'jointly'); 'selling dolls
 # under license in Canada, Australia, the United Kingdom, and Brazil' (no licensee named: no partner); 'competitors'
 # (rivalry, no relation type)
 relations=[L(d, "provider", IT) for d in DOLLS] + [L("Rubik's Cube", "provider", IT),
           L(IT, "partner", ACD), L(IT, "partner", ADC), L(JV, "parentOrganization", IT),
           L(JV, "parentOrganization", ACD), L(JV, "parentOrganization", ADC)],
 outages=[],
 # 'in 1903', 'in 1938', 'in 1941', 'in 1956', 'by 1971', 'In 1951' -> the years. No date: "the 1950s, '60s, and
 # '70s" (decades), 'During World War II', 'the post–World War II baby boom era' (events with no date in the text)
 dates=[D("1903", "1903"), D("1938", "1938"), D("1941", "1941"), D("1956", "1956"), D("1971", "1971"),
        D("1951", "1951")])

# ---- brewing, US: Joseph Schlitz Brewing Company --------------------------------------------------------------------
JS = "Joseph Schlitz Brewing Company"
ST = "Stroh Brewery Company"
PB = "Pabst Brewing Company"
A["wp-joseph-schlitz-brewing-company"] = dict(
 # the brewer -> Company 'Joseph Schlitz Brewing Company', alias 'Joseph Schlitz Brewing Co.' (the name it took in
 # 1858 and the form of the 1982 sentence); Joseph Schlitz -> Person, alias 'Schlitz' ('Schlitz flourished', 'Schlitz
 # donated', 'Schlitz died'; the bare surname is also the beer's name once, 'The beer it produced, Schlitz', and
 # stands in 'the Schlitz name': one surface form, given to the man who carries it in three sentences; doubtful, as
 # batch 62h's 'Milton Bradley'); the beer -> Service 'Schlitz beer' ('Schlitz beer is still produced'; GUIDELINES,
 # Types: products users buy, as batch 57g's beers); August Krug (alias 'Krug', "Krug's widow") -> Person; Stroh
 # Brewery Company and Pabst Brewing Company -> Company; Milwaukee, Wisconsin, America ('came to America', 'the No. 2
 # brewery in America'), Mainz, Germany, Chicago (named only inside 'the Great Chicago Fire of 1871', then 'that city'
 # where a distribution point opened; doubtful, as batches 27b and 36f kept places inside events' names), Land's
 # End, England, Detroit and Michigan -> Location. No entity: 'the Great Chicago Fire', 'pre-Civil War' (events); the
 # slogan '"The beer that made Milwaukee famous"'; 'His ship' (no name); 'the Milwaukee plant' and 'a distribution
 # point' (unnamed facilities); 'Krug's widow' (no name)
 entities=[E("Company", JS, "Joseph Schlitz Brewing Co."), E("Location", "Milwaukee"), E("Location", "Wisconsin"),
           E("Service", "Schlitz beer"), E("Location", "America"), E("Person", "Joseph Schlitz", "Schlitz"),
           E("Location", "Mainz"), E("Location", "Germany"), E("Person", "August Krug", "Krug"),
           E("Location", "Chicago"), E("Location", "Land's End"), E("Location", "England"), E("Company", ST),
           E("Location", "Detroit"), E("Location", "Michigan"), E("Company", PB)],
 # 'The company was founded by Joseph Schlitz' -> founder at Joseph Schlitz Brewing Company (one person named alone as
 # founding it, GUIDELINES, Roles, 'Founders'), current true ('Schlitz died May 7 1875' leaves a founding role current,
 # as batches 64l and 67j); 'in 1856 he took over management of the large brewery owned by the recently deceased
 # August Krug. Two years later he ... changed the name to the Joseph Schlitz Brewing Co.' -> executive at Joseph
 # Schlitz Brewing Company (the brewery he managed is the company renamed; a manager, GUIDELINES, Roles: 'manager' ->
 # executive; doubtful: a reader might give head, or nothing beside the founder role), current true (no leaving
 # written). Near-misses, no role: August Krug as the brewery's owner (an owner carries no title, as batches 24c, 27a,
 # 63f and 64l; a reader who knows the later article, which calls Krug the founder, might give him founder, which this
 # text does not say); 'he married Krug's widow' (a family tie)
 roles=[R("Joseph Schlitz", "founder", JS), R("Joseph Schlitz", "executive", JS)],
 # 'On June 10 1982, the Joseph Schlitz Brewing Co. was acquired by Stroh Brewery Company of Detroit, Michigan' ->
 # acquired(Stroh Brewery Company, Joseph Schlitz Brewing Company) and parentOrganization (a completed purchase; the
 # target not said to be merged away); 'The beer it produced, Schlitz' -> provider(Schlitz beer, Joseph Schlitz
 # Brewing Company); 'The rights to the Schlitz name now belongs to the Pabst Brewing Company' -> provider(Schlitz
 # beer, Pabst Brewing Company) (the beer's name owned by a company, GOLD_FORMAT: a Service 'owned by' o; doubtful: the
 # text says who holds the name, not who brews the beer). Near-misses, no relation: acquired(Pabst Brewing Company,
 # Joseph Schlitz Brewing Company) or parentOrganization(Joseph Schlitz Brewing Company, Pabst Brewing Company) (the
 # rights to a name are an asset, GUIDELINES, Relations; no purchase of the company told, and how Pabst came to hold
 # them is not told); provider(Schlitz beer, Stroh Brewery Company) ('Schlitz beer is still produced' names no
 # brewer); 'he took over management of the large brewery owned by ... August Krug' (a person's post, no company
 # bought); 'Schlitz donated thousands of barrels of beer to that city' (a gift to a city, no partner)
 relations=b10.acq(ST, JS) + [L("Schlitz beer", "provider", JS), L("Schlitz beer", "provider", PB)],
 outages=[],
 # 'in 1850', 'in 1856', 'of 1871', 'May 7 1875' -> 1875-05-07, 'as late as 1976', 'a crippling 1981 strike', 'On June
 # 10 1982' -> 1982-06-10. No date: 'Two years later' (relative, `published` null; a reader can count 1858, but the
 # rule lists only absolute expressions), 'through the 1970s' (a decade), 'at the age of 20' (an age)
 dates=[D("1850", "1850"), D("1856", "1856"), D("1871", "1871"), D("May 7 1875", "1875-05-07"),
        D("1976", "1976"), D("1981", "1981"), D("June 10 1982", "1982-06-10")])

# ---- toys, US: Playskool ---------------------------------------------------------------------------------------------
PK = "Playskool"
MB = "Milton Bradley Company"
JL = "Joseph Lumber Company"
JW = "J.L. Wright Company"
A["wp-playskool"] = dict(
 # the toy maker -> Company 'Playskool' (the name the text uses throughout; 'The former Playskool manufacturing company
 # was a subsidiary' makes it a business, and the brand it became is the same name), aliases 'Playskool Institute'
 # (its name of 1928) and 'Playskool Manufacturing Company' (the name of 1940) (GUIDELINES, Types: former names are
 # aliases); the Milton Bradley Company (alias 'Milton Bradley', 'which had acquired Milton Bradley': no person of that
 # name is in the text), Hasbro, the John Schroeder Lumber Company, Thorncraft, Inc., the Joseph Lumber Company, the
 # J.L. Wright Company and Holgate Toys, Inc. -> Company; Lincoln Logs -> Service (a toy users buy, GUIDELINES, Types);
 # Lucille King (alias 'King'), Manuel Fink (alias 'Fink') and Robert Meythaler -> Person; Chicago, Illinois,
 # Milwaukee, Wisconsin, Kane and Pennsylvania -> Location. No entity: 'the aforementioned city' (Chicago, not named
 # again), 'Playskool's last remaining plant' (a facility, unnamed), 'educational toys and games', 'wooden toys'
 # (kinds of products)
 entities=[E("Company", PK, "Playskool Institute", "Playskool Manufacturing Company"),
           E("Company", MB, "Milton Bradley"), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Company", "Hasbro"), E("Person", "Lucille King", "King"), E("Company", "John Schroeder Lumber Company"),
           E("Location", "Milwaukee"), E("Location", "Wisconsin"), E("Company", "Thorncraft, Inc."),
           E("Company", JL), E("Person", "Manuel Fink", "Fink"), E("Person", "Robert Meythaler"),
           E("Company", JW), E("Service", "Lincoln Logs"), E("Company", "Holgate Toys, Inc."),
           E("Location", "Kane"), E("Location", "Pennsylvania")],
 # 'The "Playskool Institute" was established by Lucille King in 1928' -> founder at Playskool (one person named alone
 # as establishing it, GUIDELINES, Roles, 'Founders'), current true; 'In 1940, Fink, along with Robert Meythaler,
 # bought Playskool and established the "Playskool Manufacturing Company"' -> cofounder at Playskool for each (two
 # people establishing the company under the name it then took, the 'A founded Acme with B' case; doubtful: a
 # re-founding after a purchase, and a reader might give them no role, or owner-like nothing, leaving King the only
 # founder), current true; 'Playskool was purchased by the Joseph Lumber Company, where Manuel Fink was placed in
 # charge of operations' -> executive at Playskool (a manager of the business's operations, GUIDELINES, Roles:
 # 'manager' -> executive; doubtful twice: 'where' may point at the Joseph Lumber Company, and a reader might give
 # executive there, or coo), current true (no leaving told). Near-misses, no role: 'King, an employee at the company'
 # (an employee of the lumber company, no post); the purchase of 1940 by two persons (owners carry no title)
 roles=[R("Lucille King", "founder", PK), R("Manuel Fink", "cofounder", PK), R("Robert Meythaler", "cofounder", PK),
        R("Manuel Fink", "executive", PK)],
 # 'The former Playskool manufacturing company was a subsidiary of the Milton Bradley Company' -> parentOrganization
 # (Playskool, Milton Bradley Company); 'Hasbro, which had acquired Milton Bradley that same year' -> acquired(Hasbro,
 # Milton Bradley Company) and parentOrganization (completed); 'Playskool became a brand of Hasbro' ->
 # parentOrganization(Playskool, Hasbro) (no acquired: no purchase of Playskool by Hasbro written, as batch 62h's
 # 'became a brand of Hasbro'; doubtful); 'established ... as a division of the John Schroeder Lumber Company' and
 # 'became a division of Thorncraft, Inc.' -> parentOrganization (divisions, GUIDELINES, Relations; no purchase by
 # Thorncraft written: no acquired); 'Playskool was purchased by the Joseph Lumber Company' -> acquired(Joseph Lumber
 # Company, Playskool) and parentOrganization; 'Playskool bought the J.L. Wright Company' -> acquired(Playskool, J.L.
 # Wright Company) and parentOrganization; 'the J.L. Wright Company, the manufacturer of Lincoln Logs' ->
 # provider(Lincoln Logs, J.L. Wright Company). Near-misses, no relation: 'Playskool merged with Holgate Toys, Inc.'
 # (a merger with no buyer named, GUIDELINES, Relations; a reader might give acquired(Playskool, Holgate Toys, Inc.));
 # 'Fink, along with Robert Meythaler, bought Playskool' (persons as buyers: acquired takes companies);
 # provider(Lincoln Logs, Playskool) (the text names the J.L. Wright Company as maker, and does not say Playskool
 # went on making the toy); acquired(Hasbro, Playskool) (the cut infobox's and other sources' story, not this text's)
 relations=[L(PK, "parentOrganization", MB)] + b10.acq("Hasbro", MB) +
           [L(PK, "parentOrganization", "Hasbro"), L(PK, "parentOrganization", "John Schroeder Lumber Company"),
            L(PK, "parentOrganization", "Thorncraft, Inc.")] + b10.acq(JL, PK) + b10.acq(PK, JW) +
           [L("Lincoln Logs", "provider", JW)],
 outages=[],
 # 'in 1984', 'in 1928', 'In 1935', 'In 1938', 'In 1940', 'In 1943', 'In 1958' -> the years. No date: 'that same year'
 # (relative, `published` null; 1984 already listed)
 dates=[D("1984", "1984"), D("1928", "1928"), D("1935", "1935"), D("1938", "1938"), D("1940", "1940"),
        D("1943", "1943"), D("1958", "1958")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
