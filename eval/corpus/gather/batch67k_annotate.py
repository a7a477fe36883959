#!/usr/bin/env python3
"""Batch 67k gold annotations (the texts of batch67k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66e; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); a month or a year read only from the clause before
('that March') -> nothing, as batches 64c-67e left 'that December' and 'That year'; centuries and decades ('the
beginning of the 20th century', 'the first half of the 20th century', 'the mid-1920s') -> nothing, as batches 60c-66e
left them. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a liquidation, a
bankruptcy sale and a takeover are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66e): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('founded in London in 1839 by a
Scot, James MacQueen'); people named together as founding it are each `cofounder` ('founded ... in 1932 by Walter Beech
as president, his wife Olive Ann Beech as secretary, ...', 'Founded in 1915 by Charles Richard Fairey ... and Belgian
engineer Ernest Oscar Tips'), as is one who 'helped form' a company (the joint founding told, as batch 62l's 'helped
found'); the posts the founders took at the founding are roles too ('as president' -> president, 'as secretary' and
'as treasurer' -> other, as GATHERING.md's company 'Secretary'/'Treasurer' -> other; 'as vice president of
engineering' and 'as vice president' -> vice-president); a person elected to a board and then its chairman -> director
and chairman (GUIDELINES, Roles: both posts named); all current true (no 'former' or 'then' written); 'took over' a
named company -> acquired + parentOrganization (GUIDELINES, Relations: completed acquisition); 'had been absorbed'
(merged away) -> acquired only; assets or an unnamed 'arm' taken over, and 'a bankruptcy sale turned its assets over'
-> nothing (asset purchases, GUIDELINES, Relations); 'became a division of' -> parentOrganization (no acquired: no
purchase told); 'parent company of' -> parentOrganization; a brand of aircraft ('an American brand of civil aviation
and military aircraft') and aircraft and engine models -> Service (GUIDELINES, Types: aircraft models), with
`provider` to the company that owns or makes them ('a brand of', 'designed', 'developed'), as batch 67b's Van Camp's
brand; aircraft built 'for' or bombers built 'for' a named air force or navy -> partner(maker, force) (a supplier to a
named organisation, as batches 64f's DAF Trucks and 67d's Canadair; doubtful where the builder is the paragraph's
subject and not the sentence's); 'successor businesses' -> nothing; air stations and factories named as places ('RAF
Ringway', 'the Hayes factory') -> Location; 'British', 'American', 'Belgian', 'a Scot' (nationalities) -> nothing;
'World War II' (an event) -> no entity; a motto ('Per Mare Ubique') -> no entity; a peerage a person was given ('Baron
Kylsant') and a knighted form of his name ('Sir Richard Fairey') -> aliases of the person (doubtful for the peerage).
usage: batch67k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- shipping, UK: Royal Mail Steam Packet Company ---------------------------------------------------------------
RMSP = "Royal Mail Steam Packet Company"
A["wp-royal-mail-steam-packet-company"] = dict(
 # the line -> Company 'Royal Mail Steam Packet Company', aliases 'RMSPC' ('The RMSPC', 'for the RMSPC') and 'RMSP'
 # ("the RMSP's Court of Directors", 'RMSP grew'); the White Star Line and Hamburg Süd ('former rival Hamburg Süd')
 # -> Company; Royal Mail Lines -> Company, alias 'RML' ('RML declined to no more than the name of a service': the
 # company's short name, here the name of a service; doubtful: a reader might make 'RML' a Service of Hamburg Süd);
 # James MacQueen -> Person, alias 'MacQueen' (from 'MacQueen’s imperial visions'); F. Harcourt (a historian quoted)
 # and John Elder (from 'John Elder’s marine compound steam engine', the engine's designer; doubtful: a reader might
 # skip a name inside an engine's description) -> Person; Owen Philipps -> Person, aliases 'Philipps' ('Under
 # Philipps', 'Philipps was knighted') and 'Baron Kylsant' ('ennobled as Baron Kylsant', the peerage he took; doubtful:
 # a title, not a name, and a reader might leave it out); London, the Caribbean, South America and Britain ->
 # Location. No entity: 'Per Mare Ubique' (a motto), 'the government' (generic, as batch 60h's 'the British
 # government', so the mail contract subsidy gives no partner), 'the RMSP's Court of Directors' (the board, no name of
 # its own: the post goes to the role), 'the largest shipping group in the world' (a description), 'British' and 'a
 # Scot' (nationalities)
 entities=[E("Company", RMSP, "RMSPC", "RMSP"), E("Location", "London"), E("Person", "James MacQueen", "MacQueen"),
           E("Company", "White Star Line"), E("Company", "Royal Mail Lines", "RML"), E("Company", "Hamburg S\u00fcd"),
           E("Location", "Caribbean"), E("Location", "South America"), E("Location", "Britain"),
           E("Person", "F. Harcourt"), E("Person", "John Elder"),
           E("Person", "Owen Philipps", "Philipps", "Baron Kylsant")],
 # 'founded in London in 1839 by a Scot, James MacQueen' and 'The RMSPC, founded in 1839 by James MacQueen' ->
 # founder at RMSP (one person named alone as founding it, GUIDELINES, Roles, 'Founders'), current true; 'In January
 # 1903 Owen Philipps was elected to the RMSP's Court of Directors, and that March he was elected Chairman' ->
 # director and chairman at RMSP (a board member who also chairs that board, both posts named, GUIDELINES, Roles),
 # current true (no 'former' written; the company's collapse of 1930 is cut). Near-misses, no role: F. Harcourt (a
 # historian, no organisation); John Elder (an engine's designer, no post); 'Philipps was knighted' and 'ennobled as
 # Baron Kylsant' (honours, no post at an organisation)
 roles=[R("James MacQueen", "founder", RMSP), R("Owen Philipps", "director", RMSP),
        R("Owen Philipps", "chairman", RMSP)],
 # 'it became the largest shipping group in the world in 1927 when it took over the White Star Line' ->
 # acquired(RMSP, White Star Line) + parentOrganization(White Star Line, RMSP) (a completed takeover of a named
 # company, GUIDELINES, Relations). Near-misses, no relation: 'The company was liquidated and its assets taken over by
 # the newly formed Royal Mail Lines in 1932' (assets taken over: an asset purchase, no acquired and no parent link;
 # doubtful: a reader might give Royal Mail Lines the company); 'RML declined to no more than the name of a service
 # run by former rival Hamburg Süd' (no provider: RML is annotated as the company, and the service is not named apart
 # from it; no parent link: the text does not say Hamburg Süd owned RML; doubtful); 'former rival' (rivals, no
 # partner); 'RMSP grew by acquiring controlling interests in multiple companies' (no company named); the
 # government's mail contract subsidy (the government no entity)
 relations=[L(RMSP, "acquired", "White Star Line"), L("White Star Line", "parentOrganization", RMSP)],
 outages=[],
 # 'in 1839' (twice) and 'from 1839' (one item '1839'), 'in 1927' and 'by 1927' (one item '1927'), 'in 1932', 'in
 # 1870', 'In January 1903', 'in 1909', 'in 1923' -> the years and the month. No date: 'that March' (its year only
 # from the clause before; `published` null), 'over the years', 'a year' (in 'worth £240,000 a year'), 'the beginning
 # of the 20th century' (a century)
 dates=[D("1839", "1839"), D("1927", "1927"), D("1932", "1932"), D("1870", "1870"), D("January 1903", "1903-01"),
        D("1909", "1909"), D("1923", "1923")])

# ---- aircraft maker, US: Beechcraft / Beech Aircraft Corporation -------------------------------------------------
BAC = "Beech Aircraft Corporation"
TA = "Textron Aviation"
A["wp-beechcraft"] = dict(
 # the brand -> Service 'Beechcraft' ('an American brand of civil aviation and military aircraft', 'It remains a brand
 # of Textron Aviation', 'the first aircraft under the Beechcraft name'; GUIDELINES, Types, as batch 67b's Van Camp's;
 # doubtful: 'Beechcraft was not Beech's first company' and 'the design sequence used at Beechcraft' use the same word
 # for the company, and a reader might make Beechcraft the company and give it the other names); the company ->
 # Company 'Beech Aircraft Corporation', aliases 'Beech Aircraft Company' (its name at the founding, 'Beech Aircraft
 # Company was founded') and 'Beech' ('Beech later became a division of Raytheon', "Beech's historical cross-town
 # Wichita rival"; doubtful: "Beechcraft was not Beech's first company, as he had ..." uses 'Beech' for Walter Beech,
 # and one surface form names one entity here); Textron Aviation, Raytheon, Hawker Beechcraft, Textron, Cessna Aircraft
 # Company (alias 'Cessna', from 'an idle Cessna factory'), Travel Air (also "Travel Air's") and Curtiss-Wright ->
 # Company; Walter Beech, Olive Ann Beech, Ted A. Wells (alias 'Ted Wells', 'With designer Ted Wells'), K. K. Shaul and
 # C. G. Yankey -> Person; the United States Army Air Forces and the United States Navy -> Organization; the Beechcraft
 # Model 17 Staggerwing -> Service (an aircraft model; 'Staggerwings', the plural of its short name, left as no alias;
 # doubtful); Wichita and Kansas -> Location. No entity: 'World War II' (an event), 'American' (an adjective), 'an idle
 # Cessna factory' (an unnamed building)
 entities=[E("Service", "Beechcraft"), E("Company", TA), E("Location", "Wichita"), E("Location", "Kansas"),
           E("Company", BAC, "Beech Aircraft Company", "Beech"), E("Company", "Raytheon"),
           E("Company", "Hawker Beechcraft"), E("Company", "Textron"), E("Company", "Cessna Aircraft Company", "Cessna"),
           E("Person", "Walter Beech"), E("Person", "Olive Ann Beech"), E("Person", "Ted A. Wells", "Ted Wells"),
           E("Person", "K. K. Shaul"), E("Person", "C. G. Yankey"),
           E("Service", "Beechcraft Model 17 Staggerwing"),
           E("Organization", "United States Army Air Forces"), E("Organization", "United States Navy"),
           E("Company", "Travel Air"), E("Company", "Curtiss-Wright")],
 # 'Beech Aircraft Company was founded in Wichita, Kansas, in 1932 by Walter Beech as president, his wife Olive Ann
 # Beech as secretary, Ted A. Wells as vice president of engineering, K. K. Shaul as treasurer, and investor C. G.
 # Yankey as vice president' -> cofounder at Beech Aircraft Corporation for each of the five (people named together
 # as founding it, GUIDELINES, Roles, 'Founders'; doubtful: a reader might give only the president a founding role, or
 # none to the officers beyond their posts), and their posts: president (Walter Beech), other (Olive Ann Beech's
 # 'secretary', K. K. Shaul's 'treasurer'; GATHERING.md: a company 'Secretary'/'Treasurer' -> other), vice-president
 # (Ted A. Wells, 'vice president of engineering'; C. G. Yankey, 'vice president'), all current true (no 'former'
 # written); 'he had previously helped form Travel Air in 1924' -> cofounder at Travel Air for Walter Beech (the
 # person 'he' is, 'Beech's first company'; 'helped form' a joint founding, as batch 62l's 'helped found'), current
 # true. Near-misses, no role: 'investor C. G. Yankey' (an investor is no post: the role is his 'vice president');
 # 'designer Ted Wells' (a job, no title of the vocabulary beyond his vice presidency, already listed); the cut sentence
 # on Walter Beech as 'president of Curtiss-Wright's airplane division' (not in the text)
 roles=[R("Walter Beech", "cofounder", BAC), R("Walter Beech", "president", BAC),
        R("Olive Ann Beech", "cofounder", BAC), R("Olive Ann Beech", "other", BAC),
        R("Ted A. Wells", "cofounder", BAC), R("Ted A. Wells", "vice-president", BAC),
        R("K. K. Shaul", "cofounder", BAC), R("K. K. Shaul", "other", BAC),
        R("C. G. Yankey", "cofounder", BAC), R("C. G. Yankey", "vice-president", BAC),
        R("Walter Beech", "cofounder", "Travel Air")],
 # 'an American brand of civil aviation and military aircraft owned by Textron Aviation since 2014' and 'It remains a
 # brand of Textron Aviation' -> provider(Beechcraft, Textron Aviation); 'Originally, it was a brand of Beech Aircraft
 # Corporation' -> provider(Beechcraft, Beech Aircraft Corporation) (past ownership still recorded, GUIDELINES,
 # Relations); 'Beech later became a division of Raytheon and then Hawker Beechcraft' ->
 # parentOrganization(Beech Aircraft Corporation, Raytheon) and parentOrganization(Beech Aircraft Corporation, Hawker
 # Beechcraft) ('a division of Raytheon and then [of] Hawker Beechcraft'; doubtful: the words might also be read as
 # Beech becoming Hawker Beechcraft, a later name, and a reader might give no parent link there); 'Textron (parent
 # company of ... Cessna Aircraft Company)' -> parentOrganization(Cessna Aircraft Company, Textron); 'they developed
 # the first aircraft under the Beechcraft name, the Beechcraft Model 17 Staggerwing' -> provider(Beechcraft Model 17
 # Staggerwing, Beech Aircraft Corporation) (the maker); 'Over 750 Staggerwings were built, including 352 for the
 # United States Army Air Forces and 67 for the United States Navy' -> partner(Beech Aircraft Corporation, United
 # States Army Air Forces) and partner(Beech Aircraft Corporation, United States Navy) (a supplier to named
 # organisations, as batches 64f and 67d; doubtful: the sentence is passive and names no builder); 'the design sequence
 # ... continued at Curtiss-Wright, after Travel Air had been absorbed in 1929' -> acquired(Curtiss-Wright, Travel
 # Air) only (absorbed: merged away, GUIDELINES, Relations; the absorber read from the clause before; doubtful).
 # Near-misses, no relation: 'a bankruptcy sale turned its assets over to Textron' (assets: no acquired, no parent
 # link of Beech to Textron); Textron Aviation and Textron (the text does not link them); 'rival' (Cessna, no
 # partner); 'began operations in an idle Cessna factory' (a building, no deal told)
 relations=[L("Beechcraft", "provider", TA), L("Beechcraft", "provider", BAC),
            L(BAC, "parentOrganization", "Raytheon"), L(BAC, "parentOrganization", "Hawker Beechcraft"),
            L("Cessna Aircraft Company", "parentOrganization", "Textron"),
            L("Beechcraft Model 17 Staggerwing", "provider", BAC),
            L(BAC, "partner", "United States Army Air Forces"), L(BAC, "partner", "United States Navy"),
            L("Curtiss-Wright", "acquired", "Travel Air")],
 outages=[],
 # 'since 2014', 'in 1932', 'in November 1932', 'in 1924', 'in 1929' -> the years and the month. No date: 'during
 # World War II' (an event's span)
 dates=[D("2014", "2014"), D("1932", "1932"), D("November 1932", "1932-11"), D("1924", "1924"), D("1929", "1929")])

# ---- aircraft maker, UK: Fairey Aviation Company -----------------------------------------------------------------
FAC = "Fairey Aviation Company Limited"
A["wp-fairey-aviation-company"] = dict(
 # the maker -> Company 'Fairey Aviation Company Limited', aliases 'Fairey Aviation' ('built by the Fairey
 # Aviation'), 'Fairey Aviation Co. Ltd' ('the Fairey Aviation Co. Ltd, was awarded') and 'Fairey' ('Fairey
 # subsequently designed many aircraft types'; the same letters stand inside 'C. R. Fairey', the founder's name, and
 # the aircraft names); Westland Aircraft, FBM Babcock Marine Ltd, Spectris plc, WFEL (alias 'Williams Fairey
 # Engineering Limited', its former name, '(formerly ...)'), Short Brothers and the Curtiss company (as 'Curtiss', from
 # 'The Curtiss company'; the name also stands inside 'the Curtiss D-12 engine') -> Company; Flight (from 'Flight
 # magazine', a magazine: Company, GUIDELINES, Types) -> Company; Fairey-Reed Airscrews -> Company, alias 'Propeller
 # Division' ('The Propeller Division (Fairey-Reed Airscrews)'; doubtful: a reader might type the division a unit with
 # no company name, or leave the capitalised 'Propeller Division' out); the RAF and the Royal Commission on Awards to
 # Inventors -> Organization; Charles Richard Fairey (aliases 'Sir Richard Fairey' and 'C. R. Fairey'), Ernest Oscar
 # Tips and Sylvanus Albert Reed (alias 'Reed', "Reed's products", 'designed by Reed') -> Person; the Fairey III (from
 # 'the Fairey III family'), the Swordfish, Firefly, Gannet, Fairey Campania and Hamble Baby (from 'the Hamble Baby
 # seaplane') aircraft and the Curtiss D-12 engine -> Service (aircraft and engine models, GUIDELINES, Types); Hayes
 # (also 'the Hayes factory'), Middlesex, Heaton Chapel, RAF Ringway (an air station, as airports) and Cheshire ->
 # Location. No entity: 'World War II' (an event), 'British' and 'Belgian' (adjectives), 'The aircraft manufacturing
 # arm' (unnamed)
 entities=[E("Company", FAC, "Fairey Aviation", "Fairey Aviation Co. Ltd", "Fairey"), E("Location", "Hayes"),
           E("Location", "Middlesex"), E("Location", "Heaton Chapel"), E("Location", "RAF Ringway"),
           E("Location", "Cheshire"), E("Service", "Fairey III"), E("Service", "Swordfish"), E("Service", "Firefly"),
           E("Service", "Gannet"), E("Organization", "RAF"), E("Company", "Westland Aircraft"),
           E("Company", "FBM Babcock Marine Ltd"), E("Company", "Spectris plc"),
           E("Company", "WFEL", "Williams Fairey Engineering Limited"),
           E("Person", "Charles Richard Fairey", "Sir Richard Fairey", "C. R. Fairey"),
           E("Person", "Ernest Oscar Tips"), E("Company", "Short Brothers"), E("Service", "Fairey Campania"),
           E("Organization", "Royal Commission on Awards to Inventors"), E("Company", "Flight"),
           E("Service", "Hamble Baby"), E("Company", "Fairey-Reed Airscrews", "Propeller Division"),
           E("Person", "Sylvanus Albert Reed", "Reed"), E("Service", "Curtiss D-12"), E("Company", "Curtiss")],
 # 'Founded in 1915 by Charles Richard Fairey (later Sir Richard Fairey) and Belgian engineer Ernest Oscar Tips' ->
 # cofounder at the company for each (two people named together as founding it, GUIDELINES, Roles, 'Founders'),
 # current true. Near-misses, no role: 'on their departure from Short Brothers' (the two had worked there, no post
 # named: no role, past or current; doubtful: a reader might give them a past role at Short Brothers); 'Belgian
 # engineer' (a trade, no post); 'C. R. Fairey and the Fairey Aviation Co. Ltd, was awarded £4,000' (an award, no
 # post); Sylvanus Albert Reed (a patent holder, no post)
 roles=[R("Charles Richard Fairey", "cofounder", FAC), R("Ernest Oscar Tips", "cofounder", FAC)],
 # 'designed important military aircraft, including the Fairey III family, the Swordfish, Firefly, and Gannet' ->
 # provider(each, the company) (the maker); 'The first aircraft designed and built by the Fairey Aviation ... was the
 # Fairey Campania' -> provider(Fairey Campania, the company); 'also built bombers for the RAF' -> partner(the
 # company, RAF) (a supplier to a named organisation, as batches 64f and 67d); 'The Propeller Division (Fairey-Reed
 # Airscrews) was located at the Hayes factory' -> parentOrganization(Fairey-Reed Airscrews, the company) (a division
 # of the company the paragraph is about; doubtful: the text does not write 'its'); 'the Curtiss D-12 engine' and 'The
 # Curtiss company also manufactured propellers' -> provider(Curtiss D-12, Curtiss) (a careful reader is sure the
 # engine named after the company is its product; doubtful). Near-misses, no relation: 'The aircraft manufacturing arm
 # was taken over by Westland Aircraft in 1960' (an unnamed arm taken over: a business line bought, as batch 67d's
 # asset purchases, no acquired and no parent link; doubtful: a reader might write acquired(Westland Aircraft, Fairey
 # Aviation Company Limited)); 'the principal successor businesses to the company became FBM Babcock Marine Ltd,
 # Spectris plc, and WFEL' (successors after mergers with no buyer told: nothing); 'awarded £4,000 for work on the
 # Hamble Baby seaplane' (no maker said: no provider; doubtful); 'first built under licence or as subcontractor
 # aircraft designed by other manufacturers' (no manufacturer named); 'used designs based on the patents of Sylvanus
 # Albert Reed' and 'propellers designed by Reed' (a person, no partner); 'reported in Flight magazine' (no deal)
 relations=[L("Fairey III", "provider", FAC), L("Swordfish", "provider", FAC), L("Firefly", "provider", FAC),
            L("Gannet", "provider", FAC), L("Fairey Campania", "provider", FAC), L(FAC, "partner", "RAF"),
            L("Fairey-Reed Airscrews", "parentOrganization", FAC), L("Curtiss D-12", "provider", "Curtiss")],
 outages=[],
 # 'in 1960', 'in 1915', 'in February 1917', 'of 15 January 1925' -> the years, the month and the day. No date: 'the
 # first half of the 20th century' (a span of a century), 'the mid-1920s' (a decade), 'after World War II' (an event)
 dates=[D("1960", "1960"), D("1915", "1915"), D("February 1917", "1917-02"), D("15 January 1925", "1925-01-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
