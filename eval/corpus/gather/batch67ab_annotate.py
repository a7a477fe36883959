#!/usr/bin/env python3
"""Batch 67ab gold annotations (the texts of batch67ab.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-67w; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); relative ones ('three years later') -> nothing; decades
('the 1970s', 'the late 1830s') -> nothing, as batches 60c-67w left them. No text tells an outage, so every `outages`
list is empty; none tells a near-miss of one (an airline that ceased operations, a factory closed, a bus line ended and
a shipping line that ceased trading are business ends, GUIDELINES, Outages: 'business failures').
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67w): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company -> `founder` ('established in 1914 by Sydney Guy');
two people named together -> each `cofounder` ('founded by the brothers Thomas and James Harrison'), current true;
'manager' -> executive (GUIDELINES, Roles), so 'had been the Works Manager of nearby Sunbeam' -> executive, current
false ('had been'), and 'with Thomas and James Harrison as the managers' -> executive, current true (doubtful); a
partner in a firm ('was made a partner') -> executive, current true (as batch 66d and batch 51u read it; doubtful:
batch 65n gave no role); pilots, designers, owners with no post and kin -> no role (batch 57o's 'a fighter
pilot' and batch 65m's pilot; batch 66d's "E. P. Taylor's Argus Corporation"); 'was acquired by X', 'they bought X',
'were bought out by X' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions); 'A and
B were both merged into C' -> acquired(C, A) and acquired(C, B) only (the targets merged away, as batches 40v, 63b,
64h and 65q read 'merged into'; doubtful); 'founded by the ... merger of A, B and C', 'by merging with X' and 'after the
merger of A and B' -> nothing (GUIDELINES, Relations: 'A "merger" where the text does not say who buys whom:
nothing'); 'became part of X' and 'X, a Y unit' -> parentOrganization (batch 64i's 'became part of'; no acquired where
no purchase is told); abandoned sales ('plans to sell the airline ... fell through') and rights transferred -> nothing
(GUIDELINES, Relations: abandoned deals, asset purchases); an engine supplier named ('with an engine from X') ->
partner (a supply relation, GUIDELINES, Relations; doubtful); named aircraft engines a company made -> Service with
provider to the maker (GUIDELINES, Types: devices and aircraft models; doubtful); companies named only inside product
descriptions ('Tylor truck engines', 'Maudslay gearboxes', 'badged Guy buses') -> no entity and no alias (GUIDELINES,
Types: a company named only inside a product name); former names -> aliases (GUIDELINES, Types); a brother named by
his first name only ('the brothers Thomas and James Harrison') -> Person under that first name (as batches 63b, 64c and
66e: 'Frank', 'Max', 'Émile'); airports -> Location (GUIDELINES, Types); 'British', 'French' (adjectives) -> nothing;
'World War I' and 'the war' (events) -> no entity; 'U.S.' in 'a U.S. commercial airline' -> Location (the country's
name, not an adjective form; doubtful).
usage: batch67ab_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airlines, US: Frontier Airlines (1950-1986) -----------------------------------------------------------------
FA = "Frontier Airlines"
PE = "People Express"
CO = "Continental Airlines"
A["wp-frontier-airlines"] = dict(
 # the airline -> Company 'Frontier Airlines', alias 'Frontier' ('Frontier further expanded', 'Frontier ceased
 # operations'); Monarch Airlines, Challenger Airlines and Arizona Airways (the three merged in 1950), Continental
 # Airlines, United Airlines (rivals), Central Airlines, People Express and Texas Air (from "Frank Lorenzo's Texas Air
 # group" and 'a Texas Air unit'; the name as written, without 'group') -> Company; Saul Bass, Emily Howell Warner and
 # Frank Lorenzo -> Person; the Great Plains, the Western United States, Stapleton International Airport (an airport,
 # GUIDELINES, Types), Denver, Colorado and the U.S. (from 'a U.S. commercial airline'; doubtful, above) -> Location.
 # No entity of its own: 'Another airline, also titled Frontier Airlines' of 1994 (another company under the same
 # name; one entity per name, and the text tells nothing of it but its founding; doubtful: a reader might list it
 # apart, or read the mentions as two); 'its employees' and 'previous executives of this airline' (unnamed)
 entities=[E("Company", FA, "Frontier"), E("Company", "Monarch Airlines"), E("Company", "Challenger Airlines"),
           E("Company", "Arizona Airways"), E("Location", "Great Plains"), E("Location", "Western United States"),
           E("Person", "Saul Bass"), E("Location", "Stapleton International Airport"), E("Location", "Denver"),
           E("Location", "Colorado"), E("Company", CO), E("Company", "United Airlines"),
           E("Company", "Central Airlines"), E("Person", "Emily Howell Warner"), E("Location", "U.S."),
           E("Person", "Frank Lorenzo"), E("Company", "Texas Air"), E("Company", PE)],
 # No role. Near-misses: 'Its logo was created in 1981 by Saul Bass' (a designer's work, no post); 'they hired Emily
 # Howell Warner', 'the first female airline pilot', "She was awarded her captain's wings" (a pilot's calling and
 # rank, no title of the list, as batch 65m's pilot); "Frank Lorenzo's Texas Air group" (an owner or leader with
 # no post named, as batch 66d's "E. P. Taylor's Argus Corporation"); 'founded by previous executives of this airline'
 # (unnamed people); the cut infobox's key people Ray Wilson, Bud Maytag and Al Feldman (not in the text)
 roles=[],
 # 'In 1985 it was acquired by People Express' -> acquired(People Express, Frontier Airlines) and
 # parentOrganization(Frontier Airlines, People Express) (a completed purchase; the target kept until it ceased
 # operations: the text merges it into Continental, not into People Express; 'but the merger pushed both companies
 # into bankruptcy' names the same deal); 'People Express and Frontier Airlines were both merged into Continental
 # Airlines' -> acquired(Continental Airlines, People Express) and acquired(Continental Airlines, Frontier Airlines)
 # only (the targets merged away, no parent; doubtful: 'merged into' tells no purchase, and a reader might give
 # nothing); 'Continental Airlines, a Texas Air unit' -> parentOrganization(Continental Airlines, Texas Air).
 # Near-misses, no relation: 'founded by the June 1950 merger of Monarch Airlines, Challenger Airlines, and Arizona
 # Airways' (a merger with no buyer: no acquired, and no parent link of the three to Frontier; doubtful: a reader might
 # read the three as Frontier's predecessors, aliases or units); 'by merging with Central Airlines in 1967' (a merger
 # with no buyer told; doubtful: 'Frontier further expanded its network by merging' reads as Frontier taking Central
 # over, and a reader might give acquired); 'plans to sell the airline to its employees, then to Frank Lorenzo's Texas
 # Air group fell through' (an abandoned sale, GUIDELINES, Relations); 'where it competed with Continental Airlines and
 # United Airlines' (rivals); 'Its logo was created in 1981 by Saul Bass' (a person's commission, no organisation)
 relations=[L(PE, "acquired", FA), L(FA, "parentOrganization", PE), L(CO, "acquired", PE), L(CO, "acquired", FA),
            L(CO, "parentOrganization", "Texas Air")],
 outages=[],
 # 'the June 1950 merger' -> 1950-06; 'in 1981', 'in 1967', 'in 1973', 'In 1985', 'in 1994' -> the years; 'on August
 # 24, 1986' -> the day; 'in 1986' -> the year (the same year, another expression). No date: 'three years later'
 # (relative, `published` null), 'the 1970s' (a decade)
 dates=[D("June 1950", "1950-06"), D("1981", "1981"), D("1967", "1967"), D("1973", "1973"), D("1985", "1985"),
        D("August 24, 1986", "1986-08-24"), D("1986", "1986"), D("1994", "1994")])

# ---- manufacturing, UK: Guy Motors ---------------------------------------------------------------------------------
GUY = "Guy Motors"
JAG = "Jaguar"
BMH = "British Motor Holdings"
A["wp-guy-motors"] = dict(
 # the maker -> Company 'Guy Motors' (no alias: 'Guy' stands only in 'badged Guy buses', a product phrase, and in
 # 'Sydney Guy'); Sunbeam (Guy's works manager's and RH Rose's employer), ABC (from 'the ABC designed Wasp and
 # Dragonfly aircraft engines', named on its own as their designer; doubtful: a reader might take 'ABC designed' for
 # part of the engines' description and skip it), Coventry Climax, the Star Motor Company, Jaguar, British Motor
 # Holdings (from 'the British Motor Holdings'), British Leyland Motor Corporation and Leyland Motor Corporation ->
 # Company; Sydney Guy and RH Rose (as written, no points) -> Person; Wasp and Dragonfly (named aircraft engines Guy
 # made) -> Service (doubtful, above); Fallings Park, Wolverhampton and Britain (from "Britain's first production V-8")
 # -> Location. No entity: Tylor and Maudslay (named only inside 'Tylor truck engines' and 'Maudslay gearboxes'; doubtful:
 # a reader might list them as companies), 'the 2465 cc four cylinder 16.9 hp' and 'the 1954 cc 13/36' (power ratings
 # as the text writes them, not model names it gives; doubtful: '13/36' was the model's designation, and a reader
 # might take it for a car nameplate, a Service), 'a 30cwt lorry', 'V-8', 'depth charge fuzes' (generic products),
 # 'World War I' and 'the war' (events), 'British' (an adjective)
 entities=[E("Company", GUY), E("Location", "Fallings Park"), E("Location", "Wolverhampton"),
           E("Person", "Sydney Guy"), E("Company", "Sunbeam"), E("Company", "ABC"), E("Service", "Wasp"),
           E("Service", "Dragonfly"), E("Person", "RH Rose"), E("Location", "Britain"),
           E("Company", "Coventry Climax"), E("Company", "Star Motor Company"), E("Company", JAG),
           E("Company", BMH), E("Company", "British Leyland Motor Corporation"),
           E("Company", "Leyland Motor Corporation")],
 # 'They were established in 1914 by Sydney Guy' -> founder at Guy Motors (one person named alone, GUIDELINES, Roles,
 # 'Founders'), current true; 'who had been the Works Manager of nearby Sunbeam' -> executive at Sunbeam ('manager' ->
 # executive), current false ('had been'). Near-misses, no role: 'a design by RH Rose, also from Sunbeam' (a designer
 # who came from Sunbeam, no post named at either company)
 roles=[R("Sydney Guy", "founder", GUY), R("Sydney Guy", "executive", "Sunbeam", False)],
 # 'they bought the Star Motor Company in 1928' -> acquired(Guy Motors, Star Motor Company) and
 # parentOrganization(Star Motor Company, Guy Motors) (a completed purchase; the target kept until 'was closed in
 # 1932'); 'They were bought out by Jaguar in 1961' -> acquired(Jaguar, Guy Motors) and parentOrganization(Guy Motors,
 # Jaguar); 'In 1966 Jaguar became part of the British Motor Holdings' -> parentOrganization(Jaguar, British Motor
 # Holdings) (no purchase told: no acquired); 'In 1968, Guy Motors became part of British Leyland Motor Corporation'
 # -> parentOrganization(Guy Motors, British Leyland Motor Corporation); 'they made the ABC designed Wasp and Dragonfly
 # aircraft engines' -> provider(Wasp, Guy Motors) and provider(Dragonfly, Guy Motors) (the maker the text names;
 # doubtful: ABC designed them, and a reader might give the provider link to ABC, or to both); 'A cheaper model ... with
 # an engine from Coventry Climax' -> partner(Guy Motors, Coventry Climax) (an engine supplier named, GUIDELINES,
 # Relations: 'supply/customer contract'; doubtful: no contract is told in words). Near-misses, no relation: 'after the
 # merger of British Motor Holdings and Leyland Motor Corporation' (a merger with no buyer told: no acquired, and no
 # parent link of either to British Leyland Motor Corporation, though a reader might infer both); 'a design by RH
 # Rose, also from Sunbeam' (a person, no organisation's link); 'Tylor truck engines and Maudslay gearboxes' (no entity)
 relations=[L("Star Motor Company", "parentOrganization", GUY), L(GUY, "acquired", "Star Motor Company"),
            L(JAG, "acquired", GUY), L(GUY, "parentOrganization", JAG), L(JAG, "parentOrganization", BMH),
            L(GUY, "parentOrganization", "British Leyland Motor Corporation"), L("Wasp", "provider", GUY),
            L("Dragonfly", "provider", GUY), L(GUY, "partner", "Coventry Climax")],
 outages=[],
 # 'in 1914', 'in 1922', 'in 1924', 'in 1928', 'in 1932', 'in 1961', 'in 1964', 'In 1966', 'In 1968', 'in 1982' -> the
 # years. No date: 'During World War I', 'After the war' (events, no year written)
 dates=[D("1914", "1914"), D("1922", "1922"), D("1924", "1924"), D("1928", "1928"), D("1932", "1932"),
        D("1961", "1961"), D("1964", "1964"), D("1966", "1966"), D("1968", "1968"), D("1982", "1982")])

# ---- shipping, UK: Harrison Line -----------------------------------------------------------------------------------
HL = "Harrison Line"
CSC = "Charente Steam-ship Company"
SBS = "Samuel Brown and Son"
A["wp-harrison-line"] = dict(
 # the line -> Company 'Harrison Line', alias 'T&J Harrison' ('officially T&J Harrison'); the Charente Steam-ship
 # Company and P&O Nedlloyd -> Company; the shipping agent 'Samuel Brown and Son' -> Company, alias 'George Brown and
 # Harrison' ('the name of the firm was changed to George Brown and Harrison': a later name of the same firm,
 # GUIDELINES, Types); Thomas (the first name only, 'the brothers Thomas and James Harrison', 'Thomas in 1830', 'Thomas
 # was made a partner', as batch 66e's 'Émile'), James Harrison (alias 'James': 'James in 1838'), Samuel Brown (alias
 # 'Samuel': "George was Samuel’s son"; 'Closely involved with Samuel Brown' read as the man, the firm's namesake;
 # doubtful: a reader might read it as the firm's short name, an alias of Samuel Brown and Son), George (the first name
 # only, Samuel's son) and Richard Williamson -> Person; Liverpool (also 'the Liverpool firm'), England, Charente (the
 # brandy region, twice), Cockerham, Lancashire and France -> Location. No entity: 'French' (an adjective), 'the
 # family farm', 'the two sides' (unnamed), the ships (none named in the text)
 entities=[E("Company", HL, "T&J Harrison"), E("Person", "Thomas"), E("Person", "James Harrison", "James"),
           E("Location", "Liverpool"), E("Location", "England"), E("Location", "Charente"), E("Company", CSC),
           E("Company", "P&O Nedlloyd"), E("Location", "Cockerham"), E("Location", "Lancashire"),
           E("Company", SBS, "George Brown and Harrison"), E("Person", "George"),
           E("Person", "Samuel Brown", "Samuel"), E("Person", "Richard Williamson"), E("Location", "France")],
 # 'founded by the brothers Thomas and James Harrison in Liverpool, England in 1853' -> cofounder at Harrison Line for
 # each (two people named together as founding it, GUIDELINES, Roles, 'Founders'), current true; 'The ships were
 # grouped under the Charente Steam-ship Company in 1871 with Thomas and James Harrison as the managers' -> executive
 # at the Charente Steam-ship Company for each ('manager' -> executive), current true (no 'former' or 'then' written;
 # doubtful: 'the managers' may mean the brothers' firm managing the ships for the owning company, and a reader might
 # give no role); 'Thomas was made a partner in 1839' and 'James Harrison was made a partner in 1849' -> executive at
 # Samuel Brown and Son (the firm they were apprenticed to, renamed George Brown and Harrison; a partner in a firm,
 # as batch 66d; doubtful: batch 65n gave no role to 'became a partner'), current true (no leaving told in the kept
 # text). Near-misses, no role: 'Both were apprenticed to the shipping agent Samuel Brown and Son' (apprentices, no
 # title); 'George was Samuel’s son' (kin, no post); 'Richard Williamson, trading out of France' (a trader, no post)
 roles=[R("Thomas", "cofounder", HL), R("James Harrison", "cofounder", HL),
        R("Thomas", "executive", CSC), R("James Harrison", "executive", CSC),
        R("Thomas", "executive", SBS), R("James Harrison", "executive", SBS)],
 # No relation. Near-misses: 'The ships were grouped under the Charente Steam-ship Company ... with Thomas and James
 # Harrison as the managers' (the text links the ships and the brothers to the company, not the line: no parent link;
 # doubtful: a reader might make the Charente Steam-ship Company the Harrison Line's unit); 'with all remaining rights
 # and privileges transferred to P&O Nedlloyd' (rights, assets: no acquired, no parent; the cut infobox's 'Taken over
 # by P&O Nedlloyd' is not in the text; doubtful: a reader might read a takeover); 'Closely involved with Samuel Brown,
 # and integral to the development of the Liverpool firm, was Richard Williamson' (a person's involvement, no
 # organisation's partnership); 'owned under varying co-partnership arrangements between the two sides' (the sides
 # unnamed: no partner)
 relations=[],
 outages=[],
 # 'in 1853', 'in 1871', 'in 1830', 'in 1838', 'in 1839', 'in 1849' -> the years; 'in October 2000' -> the month. No
 # date: 'the late 1830s' (part of a decade)
 dates=[D("1853", "1853"), D("1871", "1871"), D("October 2000", "2000-10"), D("1830", "1830"), D("1838", "1838"),
        D("1839", "1839"), D("1849", "1849")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
