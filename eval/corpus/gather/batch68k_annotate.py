#!/usr/bin/env python3
"""Batch 68k gold annotations (the texts of batch68k.py; session 62, round notes /tmp/gather69k/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68e; batch10_annotate.write_parts), so with three
texts: test, train, dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
relative ones ('The following year', 'By that time', 'in November of that year', 'today') -> nothing, a day and month
without a year ('on November 8') -> nothing, and decades ('in the 1920s', 'the 1930s', 'the late 1940s') -> nothing, as
batches 60c-68e left them; 'before 1880' -> '1880' (the year named, as earlier batches read 'Before 1985' and
'before 1960'). No text tells an outage, so every `outages` list is empty; no near-miss of one told (car-making 'run down, and
stopped completely in 1936', 'Production at the Crossley factories finally stopped in 1958' and an airline 'absorbed
into' another are business matters; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68e): one person named alone as founding a company ->
`founder` ('Gerald "Gerry" Freeman founded Transair Ltd'), the text's own 'co-founded' -> `cofounder` for the subject
and the person named 'with' him ('Bobby Hupp co-founded Hupp Motor Car Company, with Charles Hastings'; GUIDELINES,
Roles, 'Founders'), current true; 'president' -> president, 'vice president and general manager' -> vice-president and
executive, two roles (GUIDELINES, Roles: 'manager' -> executive; as earlier batches read the pair), 'chief engineer'
and 'assistant general manager' -> executive, all current true (no leaving told); investors, a pilot, a designer, a
brother who 'joined the company' and people 'formerly of' a company with no post named -> no role; 'a division of',
'the vehicle manufacturing arm of' -> parentOrganization (past ownership still recorded: 'from 1910 became a
stand-alone company'); 'became part of the Airwork group' -> parentOrganization without acquired (no purchase told, as
batch 68f read 'became a subsidiary of'); a majority of a company's shares bought ('bought 34,283 (68.5%) of the
50,000 issued shares of ... Avro') -> acquired and parentOrganization (a completed purchase of control, as batch 67w
read 'a controlling stake'); 'agreed to a takeover by AEC' -> acquired only (GUIDELINES, Relations: agreed, completion
not told in the text; doubtful); 'absorbed into British United Airways (BUA), as a result of the Airwork - Hunting-Clan
merger' -> nothing (a merger with no buyer told, the absorbed company merged away, as batch 68e read 'incorporated into
British Airways when ... merged'; doubtful); a charter contract between two named companies -> partner (GUIDELINES,
Relations: supply/customer contract); a named automobile, its named model, a named aircraft model and a named engine ->
Service (GUIDELINES, Types), provider where the text names the maker on its own ('an automobile built ... by the Hupp
Motor Car Company'; 'began the licensed manufacture of the Otto internal combustion engine'); a maker named only inside
a model's name ('Avro Ansons', 'Douglas DC-3 Dakota') -> no entity of its own from that name and no provider link (an
airline that flew a model is not its provider); airports and a hotel -> Location (GUIDELINES, Types: airports, named
sites); armed forces -> Organization; events ('World War I', 'World War II', 'post-World War II', the Society of Motor
Manufacturers' Exhibition, 'the 1909 Detroit automobile show') -> no entity; 'English', 'British' (adjectives) ->
nothing.
usage: batch68k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- manufacturing, UK: Crossley Motors ----------------------------------------------------------------------------
CM = "Crossley Motors"
CB = "Crossley Brothers"
A["wp-crossley-motors"] = dict(
 # the maker -> Company 'Crossley Motors', aliases 'Crossley Motors Ltd' ('first registered on 11 April 1906') and
 # 'Crossley' ('the Crossley factories'); Crossley Brothers (the engine builders, its parent; 'The firm', 'the parent
 # company' generic), AEC, Daimler ('who had been with Daimler') and Avro ('the nearby firm of Avro') -> Company; the
 # Otto internal combustion engine (a named engine made under licence; GUIDELINES, Types: devices; doubtful: a reader
 # might read it as an engine type and skip it) -> Service; James S. Critchley -> Person; British Armed Forces ->
 # Organization; Manchester, England and Crystal Palace (the exhibition's site, GUIDELINES, Types: named sites) ->
 # Location. No entity: 'English' (an adjective), 'World War I', 'World War II' (events), "the Society of Motor
 # Manufacturers' Exhibition" (an event; the society named only inside the event's name), 'textile machinery', 'rubber
 # processing plant', 'cars', 'buses' (generic products)
 entities=[E("Company", CM, "Crossley Motors Ltd", "Crossley"), E("Location", "Manchester"),
           E("Location", "England"), E("Company", CB), E("Service", "Otto internal combustion engine"),
           E("Organization", "British Armed Forces"), E("Company", "AEC"), E("Person", "James S. Critchley"),
           E("Company", "Daimler"), E("Location", "Crystal Palace"), E("Company", "Avro")],
 # No role: 'to a design by James S. Critchley, who had been with Daimler' (a designer, once with a company, no post
 # named); 'The directors' (no one named)
 roles=[],
 # 'The company was established as a division of engine builders Crossley Brothers' and 'the vehicle manufacturing arm
 # of Crossley Brothers' -> parentOrganization(Crossley Motors, Crossley Brothers) (past ownership still recorded:
 # 'from 1910 became a stand-alone company'); 'Crossley Brothers ... began the licensed manufacture of the Otto
 # internal combustion engine' -> provider(Otto internal combustion engine, Crossley Brothers) (the maker the text
 # names; doubtful: made under a licence whose owner is not named); 'agreed to a takeover by AEC' -> acquired(AEC,
 # Crossley Motors) only (an agreed takeover, GUIDELINES, Relations; doubtful: the infobox's 'Acquired and closed down'
 # is cut, and a reader might add the parent link from the production that 'finally stopped in 1958');
 # 'Crossley Motors bought 34,283 (68.5%) of the 50,000 issued shares of the nearby firm of Avro' -> acquired(Crossley
 # Motors, Avro) and parentOrganization(Avro, Crossley Motors) (a majority bought: a completed purchase of control).
 # Near-misses, no relation: 'major suppliers of vehicles to British Armed Forces' (a supplier to an organisation, no
 # contract told; doubtful: a reader might give partner); Critchley 'had been with Daimler' (a person's past)
 relations=[L(CM, "parentOrganization", CB), L("Otto internal combustion engine", "provider", CB),
            L("AEC", "acquired", CM), L(CM, "acquired", "Avro"), L("Avro", "parentOrganization", CM)],
 outages=[],
 # 'from 1904 until 1938', 'from 1926 until 1958' (1958 again later: one item), 'from 1914 to 1945' (1945 again: one
 # item), 'before 1880', 'in 1903' (twice: one item), 'from 1910' and 'in 1910' (one text, one value: one item), 'in
 # 1936' -> the years; 'on 11 April 1906' -> the day; 'in February 1904' -> the month; 'In 1920' -> the year. No date:
 # 'in the 1920s', 'in the 1930s', 'in the late 1940s' (decades), 'in their first year' (relative)
 dates=[D("1904", "1904"), D("1938", "1938"), D("1926", "1926"), D("1958", "1958"), D("1914", "1914"),
        D("1945", "1945"), D("1880", "1880"), D("1903", "1903"), D("1910", "1910"), D("1936", "1936"),
        D("11 April 1906", "1906-04-11"), D("February 1904", "1904-02"), D("1920", "1920")])

# ---- airlines, UK: Transair --------------------------------------------------------------------------------------
TA = "Transair Limited"
A["wp-transair-uk"] = dict(
 # the airline -> Company 'Transair Limited', aliases 'Transair' and 'Transair Ltd' ('founded Transair Ltd'); Airwork
 # ('the Airwork group', 'the Airwork - Hunting-Clan merger'), Hunting-Clan (a party to the merger, named as written),
 # British United Airways (alias 'BUA') and Horizon Holidays -> Company; the Royal Air Force -> Organization; Gerald
 # "Gerry" Freeman (the name as written, nickname inside; never 'Freeman' alone in the text) and Vladimir Raitz ->
 # Person; 'Avro Ansons' -> Service 'Avro Anson' (an aircraft model, the plural the same model; Avro named only inside
 # the name -> no entity); 'Douglas DC-3 Dakota' -> Service (Douglas named only inside the name); Croydon Airport,
 # Gatwick Airport (GUIDELINES, Types: airports), London, Britain and the Mediterranean -> Location. No entity:
 # 'post-World War II' (an event), 'British' (an adjective), 'inclusive tour (IT) charter flights', 'an air taxi
 # operator' (generic), 'the airline' (generic)
 entities=[E("Company", TA, "Transair", "Transair Ltd"), E("Location", "Croydon Airport"), E("Company", "Airwork"),
           E("Location", "Gatwick Airport"), E("Company", "British United Airways", "BUA"),
           E("Company", "Hunting-Clan"), E("Organization", "Royal Air Force"),
           E("Person", "Gerald \"Gerry\" Freeman"), E("Location", "London"), E("Location", "Britain"),
           E("Service", "Avro Anson"), E("Location", "Mediterranean"), E("Person", "Vladimir Raitz"),
           E("Company", "Horizon Holidays"), E("Service", "Douglas DC-3 Dakota")],
 # 'In 1947, former Royal Air Force pilot Gerald "Gerry" Freeman founded Transair Ltd' -> founder at Transair Limited
 # (one person named alone as founding it, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'former
 # Royal Air Force pilot' (a pilot, no title; past); "Vladimir Raitz's Horizon Holidays" (an owner's possessive, no
 # post named; doubtful: a reader might give founder or head)
 roles=[R("Gerald \"Gerry\" Freeman", "founder", TA)],
 # 'By 1957, Transair became part of the Airwork group' -> parentOrganization(Transair Limited, Airwork) (part of a
 # group; no purchase told -> no acquired; doubtful: a reader might add acquired); 'the signing of its first IT
 # charter contract with Vladimir Raitz's Horizon Holidays' -> partner(Transair Limited, Horizon Holidays) (a charter
 # contract between two named companies, GUIDELINES, Relations). Near-misses, no relation: 'In 1960, Transair was
 # absorbed into British United Airways (BUA), as a result of the Airwork - Hunting-Clan merger' (a merger with no buyer
 # told, the absorbed company merged away; doubtful: a reader might give parentOrganization(Transair Limited, British
 # United Airways)); the merger itself (no buyer told); the Avro Ansons and DC-3 Dakotas flown (an operator is no
 # provider)
 relations=[L(TA, "parentOrganization", "Airwork"), L(TA, "partner", "Horizon Holidays")],
 outages=[],
 # 'in 1947' and 'In 1947' (one text, one value: one item), 'In 1953' (twice: one item), 'By 1957', 'In 1960', 'By
 # 1952' -> the years. No date: 'The following year', 'By that time' (relative, `published` null), 'pre-war'
 dates=[D("1947", "1947"), D("1953", "1953"), D("1957", "1957"), D("1960", "1960"), D("1952", "1952")])

# ---- manufacturing, US: Hupmobile ----------------------------------------------------------------------------------
HC = "Hupp Motor Car Company"
BH = "Bobby Hupp"
CH = "Charles Hastings"
A["wp-hupmobile"] = dict(
 # the maker -> Company 'Hupp Motor Car Company', alias 'Hupp Motors'; the automobile -> Service 'Hupmobile'
 # (GUIDELINES, Types: car nameplates), its first model 'Hupp 20' -> Service; Bobby Hupp (aliases 'Hupp': 'Hupp's
 # car', 'Hupp was vice president'; 'Bobby': "Bobby's brother"), Charles Hastings (alias 'Hastings'), J. Walter Drake
 # (alias 'Drake': 'Drake was elected president', read as the first-named Drake; doubtful: the text names two Drakes,
 # a reader might leave the president unassigned), Joseph Drake, John Baker, Edwin Denby, Emil Nelson and Louis Gorham
 # Hupp -> Person; Oldsmobile, Packard and the Michigan Central Railroad -> Company; Detroit, Grand Rapids and the
 # Tuller Hotel (a named site, GUIDELINES, Types) -> Location. No entity: 'the 1909 Detroit automobile show' (an
 # event; 'Detroit' annotated on its own), 'investors', 'the prototype' (generic)
 entities=[E("Service", "Hupmobile"), E("Company", HC, "Hupp Motors"), E("Location", "Detroit"),
           E("Location", "Tuller Hotel"), E("Service", "Hupp 20"), E("Person", BH, "Hupp", "Bobby"),
           E("Person", CH, "Hastings"), E("Company", "Oldsmobile"), E("Person", "J. Walter Drake", "Drake"),
           E("Person", "Joseph Drake"), E("Person", "John Baker"), E("Person", "Edwin Denby"),
           E("Person", "Emil Nelson"), E("Company", "Packard"), E("Person", "Louis Gorham Hupp"),
           E("Company", "Michigan Central Railroad"), E("Location", "Grand Rapids")],
 # 'Bobby Hupp co-founded Hupp Motor Car Company, with Charles Hastings' -> cofounder for each (the text's own
 # 'co-founded', 'A founded Acme with B', GUIDELINES, Roles, 'Founders'); 'Drake was elected president' -> president
 # (J. Walter Drake, doubtful, above); 'Hupp was vice president and general manager' -> vice-president and executive
 # (two roles; 'general manager' -> executive, GUIDELINES, Roles: 'manager'); 'Emil Nelson ... joined the company as
 # chief engineer' -> executive; 'Hastings was named assistant general manager' -> executive; all at Hupp Motor Car
 # Company, current true (no leaving told). Near-misses, no role: 'investors J. Walter Drake, Joseph Drake, John Baker,
 # and Edwin Denby' (investors, no post); 'formerly of Oldsmobile' (Hastings) and 'formerly of Oldsmobile and Packard'
 # (Nelson) (past ties, no post named); Louis Gorham Hupp 'left his job with the Michigan Central Railroad ... and
 # joined the company' (a job, no post named)
 roles=[R(BH, "cofounder", HC), R(CH, "cofounder", HC), R("J. Walter Drake", "president", HC),
        R(BH, "vice-president", HC), R(BH, "executive", HC), R("Emil Nelson", "executive", HC),
        R(CH, "executive", HC)],
 # 'Hupmobile was an automobile built ... by the Hupp Motor Car Company of Detroit' -> provider(Hupmobile, Hupp Motor
 # Car Company); 'The first Hupmobile model, the Hupp 20' and 'Hupp Motors obtained ... to begin manufacturing the Hupp
 # 20' -> provider(Hupp 20, Hupp Motor Car Company). Near-misses, no relation: the cofounders' and brother's earlier
 # companies (people's pasts, no tie between companies told); cash deposits at the show (customers' deposits, no named
 # party)
 relations=[L("Hupmobile", "provider", HC), L("Hupp 20", "provider", HC)],
 outages=[],
 # 'from 1909 through 1939' (1909 again in 'the 1909 Detroit automobile show', 'In 1909', 'the 1909 automobile show':
 # one item), 'in 1908' -> the years; 'In late 1909' -> the year, its own item (another text, GUIDELINES, Dates). No
 # date: 'on November 8', 'in November of that year' (a day and month without a year, and a month of a year named
 # only by 'that year': `published` null), 'today' (in '$711,389 today')
 dates=[D("1909", "1909"), D("1939", "1939"), D("1908", "1908"), D("late 1909", "1909")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
