#!/usr/bin/env python3
"""Gold annotations for batch 70b (session 64; gatherer lane 70b; round notes /tmp/gather70b/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt): three company histories from English Wikipedia — the Lehigh Valley Railroad (a
Pennsylvania anthracite railroad), the Maine Central Railroad Company (a Maine railroad) and Smith Corona (a
typewriter and calculator maker). Annotated from each text alone, by eval/corpus/GUIDELINES.md; newskg (or any
extractor) was not run on any text. Split (sorted ids dealt test, train, dev; b10.write_parts): test
wp-lehigh-valley-railroad; train wp-maine-central-railroad-company; dev wp-smith-corona. No text tells an outage or a
near-miss of one (a merger, the United States Railroad Administration's control of 1917, purchases and a calculator
market 'devastated' by cheaper products are business events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69af): former names, later names, reorganised names and
nicknames -> aliases of the one entity (GUIDELINES, Types: 'Former names and nicknames of the same entity are
aliases': 'incorporated ... as the Delaware, Lehigh, Schuylkill and Susquehanna Railroad Company', 'the Route of the
Black Diamond', 'In 1903 it was reorganized as the L.C. Smith & Bros. Typewriter Company', 'renamed itself the
Standard Typewriter Company', 'changed their corporate name to Smith-Corona Marchant (SCM)', 'what is now the Pan Am
Railways network'); a reporting mark in brackets ('(reporting mark LV)') -> alias (as batch 69af's 'B&M'; doubtful);
a company formed by a merger or a union of two named companies -> nothing between them (GUIDELINES, Relations: a
'merger' where the text does not say who buys whom; the Maine Central's 1862 merger, Smith Corona's 1926 union);
'X purchased Y', 'Y was purchased by X' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions; 'became part of' the buyer's network the same parent); a government body's control of railroads
('assumed control in 1917') -> no relation (no ownership told); track connections and carriers of a railroad's
freight ('connected with', 'for connections to', 'could carry it') and competitors ('Its competitors include') ->
no partner (no partnership or contract stated); an investor with 'backing and leadership' -> no role (no post
named); 'chief engineer' -> executive (a senior post, GUIDELINES, Roles: chief officers and 'manager' -> executive;
doubtful), current true (no end told); a named product model ('their Corona model') -> Service with provider;
railroads, typewriter and calculator makers -> Company; a federal railroad administration -> Organization; cities,
states, provinces, countries, regions, rivers, a lake and named canals (named sites, GUIDELINES, Types) -> Location;
full dates and years -> their values; decades ('the mid 1980s', 'the mid 1970s'), 'At the time' and 'that year'
(counted from another year, as batch 69af's 'three years later') -> no date; 'At the end of 1970' -> the year
(GUIDELINES, Dates: 'the end of last year' -> the year).
usage: batch70b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- railroads, US: Lehigh Valley Railroad ---------------------------------------------------------------------------
LV = "Lehigh Valley Railroad"
SAYRE = "Robert H. Sayre"
A["wp-lehigh-valley-railroad"] = dict(
 # the railroad -> Company 'Lehigh Valley Railroad', aliases 'LV' ('(reporting mark LV)': the railroad's mark, as
 # batch 69af's 'B&M'; doubtful: a code, a reader might leave it out), 'Delaware, Lehigh, Schuylkill and Susquehanna
 # Railroad Company' (its first name: 'incorporated ... as'), 'Route of the Black Diamond' ('It was sometimes known
 # as': a nickname, GUIDELINES, Types) and 'LVRR' ('renamed the Lehigh Valley Railroad (LVRR)'); the Central Railroad
 # of New Jersey (alias 'CNJ'), the Belvidere Delaware Railroad and the Beaver Meadow Railroad -> Company; Asa Packer
 # (alias 'Packer', "Packer's backing") and Robert H. Sayre -> Person; the United States ('the northeastern United
 # States', alias 'U.S.' in 'the U.S. state of Pennsylvania'), Pennsylvania, the Lehigh River, Mauch Chunk (alias
 # 'Jim Thorpe', 'present-day Jim Thorpe': the town's later name), the Delaware River, Easton, Philadelphia,
 # Phillipsburg, New Jersey, New York ('the New York market') and the Delaware Division Canal and the Morris Canal
 # (named waterways that coal was shipped on: sites, GUIDELINES, Types; doubtful: a reader might make a canal a
 # carrier, Company) -> Location. No entity: 'anthracite coal' (a commodity); 'the Black Diamond' (inside the
 # nickname, annotated whole); 'the route', 'the road', 'a double-decked bridge' (unnamed)
 entities=[E("Company", LV, "LV", "Delaware, Lehigh, Schuylkill and Susquehanna Railroad Company",
             "Route of the Black Diamond", "LVRR"),
           E("Location", "United States", "U.S."), E("Location", "Pennsylvania"), E("Location", "Lehigh River"),
           E("Person", "Asa Packer", "Packer"), E("Person", SAYRE), E("Location", "Mauch Chunk", "Jim Thorpe"),
           E("Location", "Delaware River"), E("Location", "Easton"), E("Location", "Philadelphia"),
           E("Location", "Delaware Division Canal"), E("Location", "Phillipsburg"), E("Location", "New Jersey"),
           E("Location", "Morris Canal"), E("Company", "Central Railroad of New Jersey", "CNJ"),
           E("Location", "New York"), E("Company", "Belvidere Delaware Railroad"),
           E("Company", "Beaver Meadow Railroad")],
 # 'With Packer's backing and leadership, his chief engineer Robert H. Sayre completed the road' -> executive at the
 # Lehigh Valley Railroad (the railroad's chief engineer, 'his' = the railroad's leader Packer's; a senior post ->
 # executive, doubtful: a reader might give other), current true (no end told). No role: Asa Packer ('invested in the
 # railroad', 'backing and leadership': an investor, no post named; doubtful: a reader might give other or president)
 roles=[R(SAYRE, "executive", LV)],
 # No relation. Near-misses: 'for connections to the CNJ and the Belvidere Delaware Railroad', 'connected at Mauch
 # Chunk with the Beaver Meadow Railroad' (track connections, no partnership or contract stated); 'the Morris Canal
 # and the Central Railroad of New Jersey (CNJ) could carry it' (a possibility, no contract)
 relations=[],
 outages=[],
 # 'April 21, 1846', 'September 20, 1847', 'January 7, 1853' -> the days; 'in 1850', 'in 1852', 'in 1855' -> the
 # years. No date: 'At the time' (the time of the renaming, no value of its own); '(74 km)', '46-mile-long' (lengths)
 dates=[D("April 21, 1846", "1846-04-21"), D("September 20, 1847", "1847-09-20"), D("January 7, 1853", "1853-01-07"),
        D("1850", "1850"), D("1852", "1852"), D("1855", "1855")])

# ---- railroads, US: Maine Central Railroad Company --------------------------------------------------------------------
MC = "Maine Central Railroad Company"
GT = "Guilford Transportation Industries"
PK = "Portland and Kennebec Railroad"
A["wp-maine-central-railroad-company"] = dict(
 # the railroad -> Company 'Maine Central Railroad Company', alias 'Maine Central' ('the Maine Central'); Guilford
 # Transportation Industries -> Company, alias 'Pan Am Railways' ('became part of what is now the Pan Am Railways
 # network': the buyer's network under its later name; doubtful: a reader might make Pan Am Railways its own company
 # and parent); the Androscoggin and Kennebec Railroad, the Penobscot and Kennebec Railroad, the Grand Trunk Railway
 # (alias 'Grand Trunk'), the Bangor and Piscataquis Railroad, the Portland and Kennebec Railroad and the Boston and
 # Maine Railroad -> Company; the United States Railroad Administration (a federal administration) -> Organization;
 # the United States (alias 'U. S.', 'a former U. S. Class I railroad'; 'the Canada–United States border'), Canada,
 # Maine, New England, South Portland, New Brunswick, Portland, Vermont, Quebec, Royal Junction, Brunswick, Augusta,
 # Lewiston, Waterville, Bangor, Rumford, Moosehead Lake, Bath, Eastport, Danville and Chicago ('its Portland-Chicago
 # mainline') -> Location. No entity: 'a Mountain Division' (a line of the railroad, no business of its own; doubtful);
 # 'the Canada–United States border' (a boundary; its two countries annotated); '"lower road"', '"back road"',
 # '"Canadian" or "Portland gauge"' (names of routes and a gauge); 'a resort hotel' (unnamed)
 entities=[E("Company", MC, "Maine Central"), E("Location", "United States", "U. S."), E("Location", "Maine"),
           E("Location", "New England"), E("Organization", "United States Railroad Administration"),
           E("Location", "South Portland"), E("Location", "Canada"), E("Location", "New Brunswick"),
           E("Location", "Portland"), E("Location", "Vermont"), E("Location", "Quebec"),
           E("Location", "Royal Junction"), E("Location", "Brunswick"), E("Location", "Augusta"),
           E("Location", "Lewiston"), E("Location", "Waterville"), E("Location", "Bangor"), E("Location", "Rumford"),
           E("Location", "Moosehead Lake"), E("Location", "Bath"), E("Location", "Eastport"),
           E("Company", GT, "Pan Am Railways"), E("Company", "Androscoggin and Kennebec Railroad"),
           E("Company", "Penobscot and Kennebec Railroad"), E("Location", "Danville"),
           E("Company", "Grand Trunk Railway", "Grand Trunk"), E("Location", "Chicago"),
           E("Company", "Bangor and Piscataquis Railroad"), E("Company", PK), E("Company", "Boston and Maine Railroad")],
 # no role: no person named
 roles=[],
 # 'The Maine Central remained independent until 1981, when it was purchased by Guilford Transportation Industries and
 # became part of what is now the Pan Am Railways network' -> acquired(Guilford Transportation Industries, Maine
 # Central Railroad Company) + parentOrganization; 'Maine Central purchased the Portland and Kennebec Railroad' ->
 # acquired(Maine Central Railroad Company, Portland and Kennebec Railroad) + parentOrganization (a completed purchase,
 # no merging away told). Near-misses, no relation: 'created in 1862 through the merger of the Androscoggin and
 # Kennebec Railroad and the Penobscot and Kennebec Railroad' (a merger forming the company, no buyer); 'the United
 # States Railroad Administration assumed control in 1917' (a government's control, no ownership told; doubtful: a
 # reader might give parentOrganization); 'connected with the Grand Trunk Railway', 'with the Bangor and Piscataquis
 # Railroad', 'connected with the Boston and Maine Railroad' (track connections, no partnership stated)
 relations=b10.acq(GT, MC) + b10.acq(MC, PK),
 outages=[],
 # 'in 1856', 'in 1862', 'By 1884', 'in 1917', 'in 1981' -> the years; 'At the end of 1970' -> 1970 (the end of a
 # year -> the year, GUIDELINES, Dates). No date: 'that year' (the same 1970, counted from the year before it);
 # 'what is now' (published null)
 dates=[D("1856", "1856"), D("1862", "1862"), D("1884", "1884"), D("1917", "1917"), D("1970", "1970"),
        D("1981", "1981")])

# ---- office machines, US: Smith Corona -------------------------------------------------------------------------------
SC = "Smith Corona"
LCS = "L.C. Smith & Bros. Typewriter Company"
CT = "Corona Typewriter Company"
MCALC = "Marchant Calculator"
A["wp-smith-corona"] = dict(
 # the company -> Company 'Smith Corona', aliases 'SCM Corporation' ('Smith Corona or the SCM Corporation'),
 # 'Smith-Corona Marchant' and 'SCM' ('they changed their corporate name to Smith-Corona Marchant (SCM)': a later
 # name); the L.C. Smith & Bros. Typewriter Company -> Company, aliases 'Smith Premier Typewriter Company' ('In 1903
 # it was reorganized as the L.C. Smith & Bros. Typewriter Company': the same company under its first name; doubtful:
 # 'The company originated in 1886 when the Smith Premier Typewriter Company created ...' lets a reader make the
 # Smith Premier company Smith Corona's first name, or its own entity) and 'L.C. Smith & Bros.'; the Corona
 # Typewriter Company -> Company, aliases 'Rose Typewriter company' (its first name, lower-case 'company' as
 # written), 'Standard Typewriter Company' and 'Standard Typewriter' ('renamed itself the Standard Typewriter
 # Company', 'Standard Typewriter was renamed again and became the Corona Typewriter Company') and 'Corona
 # Typewriter'; 'Corona' ('their Corona model': the named typewriter model) -> Service; Marchant Calculator, Brother,
 # Olivetti and IBM -> Company; the US ('a US typewriter and calculator company'), Syracuse and New York -> Location.
 # No entity: 'PC-based word processing', 'Electric typewriters', 'electric portables', 'the typewriter power
 # carriage return', 'a cartridge ribbon', 'cheap electronic pocket calculators' (kinds of products, no name)
 entities=[E("Company", SC, "SCM Corporation", "Smith-Corona Marchant", "SCM"), E("Location", "US"),
           E("Company", "Brother"), E("Company", "Olivetti"), E("Company", "IBM"),
           E("Company", LCS, "Smith Premier Typewriter Company", "L.C. Smith & Bros."), E("Location", "Syracuse"),
           E("Location", "New York"),
           E("Company", CT, "Rose Typewriter company", "Standard Typewriter Company", "Standard Typewriter",
             "Corona Typewriter"),
           E("Service", "Corona"), E("Company", MCALC)],
 # no role: no person named
 roles=[],
 # 'With the success of their Corona model' (their = the Standard Typewriter Company, renamed the Corona Typewriter
 # Company) -> provider(Corona, Corona Typewriter Company); 'Smith Corona purchased Marchant Calculator in 1958' ->
 # acquired + parentOrganization (a completed purchase; the later name 'Smith-Corona Marchant' tells no merging away).
 # Near-misses, no relation: 'Smith Corona was created when L.C. Smith & Bros. united with Corona Typewriter in 1926'
 # (a union forming the company, no buyer told; doubtful: a reader might make both parents or predecessors);
 # 'Its competitors include Brother, Olivetti and IBM' (competitors, no partnership)
 relations=[L("Corona", "provider", CT)] + b10.acq(SC, MCALC),
 outages=[],
 # 'in 1886', 'In 1903', 'in 1906', 'in 1909', 'in 1914', 'in 1926', 'in 1955', 'in 1957', 'in 1958', 'in 1960',
 # 'In 1962', 'In 1973' -> the years. No date: 'since the mid 1980s', 'in the mid 1970s' (parts of decades)
 dates=[D("1886", "1886"), D("1903", "1903"), D("1906", "1906"), D("1909", "1909"), D("1914", "1914"),
        D("1926", "1926"), D("1955", "1955"), D("1957", "1957"), D("1958", "1958"), D("1960", "1960"),
        D("1962", "1962"), D("1973", "1973")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
