#!/usr/bin/env python3
"""Batch 66l gold annotations (the texts of batch66l.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66e; batch10_annotate.write_parts), so with three texts: wp-blue-funnel-line test, wp-inman-line train,
wp-wien-air-alaska dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
'from the 1860s' and '19th-century' -> nothing (a decade and a century, as batches 60c-65q left them); year spans
('1924 to 1926', 'from 1935 to 1937', '[1940 to 1969]') -> each year, as batch 65q's 'from 1949 to 1988'; a person's
life years in brackets ('(1825–81)', with a two-digit second year) -> nothing (as batches 33d and 34d; doubtful:
batches 62a and 63h took founders' years). No text tells an outage, so every `outages` list is empty; none tells a
near-miss of one (a fatal crash is a physical event; a subsidiary sold, a company bought, absorbed or formed by a
merger are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66e): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('Alfred Holt founded the business'),
two named together each `cofounder` ('started in June 1927 by Noel and Ralph Wien'; 'Inman persuaded his partners to
form ...', the partners John Grubb Richardson and his brothers, read as 'A founded Acme with B'; doubtful), current
true; 'X became CEO of Y' -> ceo, current true (no 'former' or 'then'; doubtful beside the bracketed '[1940 to
1969]'); 'The main operating subsidiary was X' and 'A Dutch subsidiary, X' -> parentOrganization; 'X was sold ... to
Y', 'Y acquired X', 'Y bought the company' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target kept; ownership stated as past still recorded); 'X was later absorbed into Y' and 'it was
absorbed ... into Y' -> acquired(Y, X) only (the target merged away, as batch 65q's 'merged into'; doubtful: an
absorption tells no purchase); 'formed from X and Y' -> nothing (a merger with no buyer told); an aircraft bought for a
company and carried by a railway -> nothing (assets and carriage); aircraft models -> Service ('Hisso Standard J1',
'Fokker F.III'), a maker named only inside a phrase ('a diesel-powered Bellanca Bush plane', not a model's name) no
entity; ships' names ('City of Glasgow', 'City of Paris', 'City of New York', 'Nestor', 'Ulysses'), an award ('Blue
Riband'), wars ('the First and Second World Wars') and an airline code label ('(IATA: WC)') -> no entity (GUIDELINES,
Types); former names and trading names -> aliases ('trading as Blue Funnel Line'; the Inman Line's formal and other
names; doubtful for 'Wien Airlines' as Wien Air Alaska's); one surface form for two entities -> the main use's alias
(GUIDELINES.md's record from batch 59: 'Inman' four times the line, once William Inman -> the line's alias); a
government agency ('USGS') -> Organization; a railway ('Alaska Railroad') -> Company; a named site ('Park Strip') ->
Location (GUIDELINES, Types: named sites and facilities); an unnamed office ('the Nome Office'), unnamed missions
('Alaskan Catholic missions'), an unnamed line of sailing packets and adjectives ('Dutch', 'Chinese', 'European',
'British', 'US-owned') -> no entity ('UK' is annotated: it stands alone in "the UK's" as well as in 'a UK shipping
company').
usage: batch66l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- shipping, UK: Blue Funnel Line -------------------------------------------------------------------------------
AH = "Alfred Holt and Company"
OSS = "Ocean Steam Ship Company"
EI = "East India Ocean Steam Ship Company"
A["wp-blue-funnel-line"] = dict(
 # the company -> Company 'Alfred Holt and Company' (its legal name, the fullest form), aliases 'Blue Funnel Line'
 # ('trading as', GUIDELINES, Types: a trading name of the same company) and 'Blue Funnel' ('Ships of the Blue Funnel
 # fleet'); the Ocean Steam Ship Company (alias 'Ocean SS Co', 'the Ocean SS Co cargo ships'), the Nederlandsche
 # Stoomvaart Maatschappij Oceaan, the East India Ocean Steam Ship Company, Norddeutscher Lloyd and the China Mutual
 # Steam Navigation Company -> Company; Alfred Holt -> Person (the same words also open the company's name, another
 # entity); the UK ('a UK shipping company', "the UK's larger shipowning ... companies"), Singapore, Shanghai, Hong
 # Kong, Liverpool and Europe -> Location. No entity: 'the First and Second World Wars' (events), 'Nestor' and
 # 'Ulysses' (ships' names), 'Dutch', 'Chinese', 'European' (adjectives), 'the oldest Chinese community in Europe' (a
 # community, unnamed), 'classical Greek legend' (a subject)
 entities=[E("Company", AH, "Blue Funnel Line", "Blue Funnel"), E("Location", "UK"), E("Person", "Alfred Holt"),
           E("Company", OSS, "Ocean SS Co"), E("Company", "Nederlandsche Stoomvaart Maatschappij Oceaan"),
           E("Company", EI), E("Location", "Singapore"), E("Company", "Norddeutscher Lloyd"),
           E("Company", "China Mutual Steam Navigation Company"), E("Location", "Shanghai"),
           E("Location", "Hong Kong"), E("Location", "Liverpool"), E("Location", "Europe")],
 # 'Alfred Holt founded the business on 16 January 1866' -> founder at Alfred Holt and Company (one person named
 # alone as founding it, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: the cut infobox's 'Key
 # people | Victoria Drummond (Engineer)' (not in the text); 'some Chinese seamen' (unnamed)
 roles=[R("Alfred Holt", "founder", AH)],
 # 'The main operating subsidiary was the Ocean Steam Ship Company' -> parentOrganization(Ocean Steam Ship Company,
 # Alfred Holt and Company); 'A Dutch subsidiary, the Nederlandsche Stoomvaart Maatschappij Oceaan' ->
 # parentOrganization to Alfred Holt and Company; '..., was founded in 1891, as was the East India Ocean Steam Ship
 # Company, operated from Singapore. This latter was sold in 1899 to Norddeutscher Lloyd.' -> parentOrganization(East
 # India Ocean Steam Ship Company, Alfred Holt and Company) (founded beside the Dutch subsidiary and sold by the
 # company: its past ownership recorded, GUIDELINES, Relations; doubtful: 'as was' may tell only the founding year)
 # and acquired(Norddeutscher Lloyd, East India Ocean Steam Ship Company) with parentOrganization (a completed sale,
 # the target kept); 'The company acquired the competing China Mutual Steam Navigation Company in 1902, keeping it as
 # a subsidiary company' -> acquired(Alfred Holt and Company, China Mutual Steam Navigation Company) and
 # parentOrganization. Near-misses, no relation: 'operating it as part of Blue Funnel Line' (the same company under
 # its trading name: no second parent link); the cut infobox's 'Type | Subsidiary of the Ocean Steam Ship Company'
 # and 'Parent | Ocean Steam Ship Company' (the reverse of the text's 'main operating subsidiary'; not in the text);
 # 'The company's ships connected the major ports of Shanghai and Hong Kong to Liverpool' (routes, no organisation)
 relations=[L(OSS, "parentOrganization", AH), L("Nederlandsche Stoomvaart Maatschappij Oceaan", "parentOrganization",
            AH), L(EI, "parentOrganization", AH)] +
           b10.acq("Norddeutscher Lloyd", EI) + b10.acq(AH, "China Mutual Steam Navigation Company"),
 outages=[],
 # 'in 1866', '16 January 1866', 'in 1891', 'in 1899', 'in 1902', '7 December 1912', '5 July 1913' -> the years and
 # days. No date: 'for 122 years' (a span), 'from the 1860s' (a decade)
 dates=[D("1866", "1866"), D("16 January 1866", "1866-01-16"), D("1891", "1891"), D("1899", "1899"),
        D("1902", "1902"), D("7 December 1912", "1912-12-07"), D("5 July 1913", "1913-07-05")])

# ---- shipping, UK: Inman Line -------------------------------------------------------------------------------------
IL = "Inman Line"
INC = "International Navigation Company"
A["wp-inman-line"] = dict(
 # the line -> Company 'Inman Line', aliases 'Liverpool, Philadelphia and New York Steamship Company' (its formal
 # name), 'Liverpool and Philadelphia Steamship Company' (its first name: 'variously known as', and the company
 # 'Inman persuaded his partners to form'), 'Inman Steamship Company, Limited', 'Inman and International Steamship
 # Company' (GUIDELINES, Types: former names are aliases) and 'Inman' ('Inman led the drive', 'In 1852, Inman
 # established', "Inman's City of Paris", 'By 1870, Inman landed'; the surface also stands once for the man, 'In 1850,
 # Inman persuaded his partners', and goes to the line as its main use); the White Star Line, Cunard Line, American
 # Line and the International Navigation Company -> Company; John Grubb Richardson and William Inman -> Person; the
 # North Atlantic and New York -> Location. No entity: 'City of Glasgow', 'City of Paris', 'City of New York' (ships'
 # names), 'Blue Riband' (an award), 'British', 'US-owned' (adjectives), 'a line of sailing packets' (unnamed),
 # 'The new owners' (the International Navigation Company again)
 entities=[E("Company", IL, "Liverpool, Philadelphia and New York Steamship Company",
             "Liverpool and Philadelphia Steamship Company", "Inman Steamship Company, Limited",
             "Inman and International Steamship Company", "Inman"),
           E("Location", "North Atlantic"), E("Company", "White Star Line"), E("Company", "Cunard Line"),
           E("Company", "American Line"), E("Location", "New York"), E("Company", INC),
           E("Person", "John Grubb Richardson"), E("Person", "William Inman")],
 # 'a line of sailing packets owned by John Grubb Richardson and his brothers along with their young business
 # partner, William Inman ... In 1850, Inman persuaded his partners to form the Liverpool and Philadelphia Steamship
 # Company' -> cofounder at the Inman Line for William Inman and John Grubb Richardson (the partners forming the
 # company together, 'A founded Acme with B', GUIDELINES, Roles, 'Founders'; doubtful: the text says Inman persuaded
 # his partners to form it, and a reader might give Inman alone `founder` or Richardson nothing), current true.
 # Near-misses, no role: 'their young business partner' (a partner in an unnamed line of sailing packets, not a post
 # at a named organisation); 'his brothers' (unnamed); the line of sailing packets 'owned by' Richardson (an owner, no
 # title)
 roles=[R("William Inman", "cofounder", IL), R("John Grubb Richardson", "cofounder", IL)],
 # 'In 1886, the US-owned International Navigation Company bought the company' -> acquired(International Navigation
 # Company, Inman Line) and parentOrganization (a completed purchase; its ownership recorded though the line was later
 # absorbed elsewhere, GUIDELINES, Relations: past ownership still recorded); 'Founded in 1850, it was absorbed in
 # 1893 into American Line' -> acquired(American Line, Inman Line) only (the target merged away, as batch 65q's
 # 'merged into'; doubtful: an absorption tells no purchase, and a reader might give nothing). Near-misses, no
 # relation: 'one of the three largest ... along with the White Star Line and Cunard Line' (rivals compared);
 # 'Inman and International Steamship Company' (a name, no relation to the International Navigation Company drawn from
 # it; doubtful); 'US-owned' (no owner named beyond the buyer); 'buy an advanced new ship' (an asset)
 relations=b10.acq(INC, IL) + [L("American Line", "acquired", IL)],
 outages=[],
 # 'Founded in 1850', 'of 1850', 'In 1850' (one item), 'in 1893', 'In 1852', 'of 1866', 'By 1870', 'In 1886' -> the
 # years. No date: '19th-century' (a century), '(1825–81)' (life years, see the docstring)
 dates=[D("1850", "1850"), D("1893", "1893"), D("1852", "1852"), D("1866", "1866"), D("1870", "1870"),
        D("1886", "1886")])

# ---- airlines, US: Wien Air Alaska --------------------------------------------------------------------------------
WA = "Wien Air Alaska"
FAC = "Fairbanks Airplane Company"
A["wp-wien-air-alaska"] = dict(
 # the airline -> Company 'Wien Air Alaska', alias 'Wien Airlines' ('Sig Wien became CEO of Wien Airlines'; taken for
 # the article's airline under another of its names; doubtful: the text does not say whose name it was, and a reader
 # might give it to Wien Alaska Airways or keep it apart); Northern Consolidated Airlines (alias 'NCA'), Wien Alaska
 # Airways (the airline it was formed from, an entity of its own), the Fairbanks Airplane Company and the Alaska
 # Railroad (a railway, GUIDELINES, Types) -> Company; the USGS (a government agency) -> Organization; Noel Wien
 # (aliases 'Noel' and 'Wien', 'In 1925, Wien purchased'), Ralph Wien (alias 'Ralph'), Sigurd Wien (aliases 'Sig
 # Wien', 'Sig'), Philip Dolen (as 'Fr. Philip Dolen'), William Walsh (as 'Fr. William Walsh'), Bennett Rodebaugh
 # and Marvin Mangus -> Person; the aircraft models Hisso Standard J1 and Fokker F.III (from 'Fokker F.III monoplane'
 # and 'Fokker F.III Monoplane') -> Service (GUIDELINES, Types: aircraft models); the United States, Alaska,
 # Anchorage, Park Strip (a named site, "Alaska's \"Park Strip\""), Fairbanks, Amsterdam, Seward, Oakland, California,
 # Nome and the North Slope -> Location. No entity: '(IATA: WC)' (a code label; IATA named only inside it), 'a
 # diesel-powered Bellanca Bush plane' (no model's name; the maker named only inside it; doubtful), 'the Nome Office'
 # (an office, unnamed), 'Alaskan Catholic missions' (unnamed), 'an open-cockpit biplane' (a kind)
 entities=[E("Company", WA, "Wien Airlines"), E("Location", "United States"),
           E("Company", "Northern Consolidated Airlines", "NCA"), E("Company", "Wien Alaska Airways"),
           E("Location", "Alaska"), E("Person", "Noel Wien", "Noel", "Wien"), E("Service", "Hisso Standard J1"),
           E("Location", "Anchorage"), E("Location", "Park Strip"), E("Location", "Fairbanks"),
           E("Service", "Fokker F.III"), E("Location", "Amsterdam"), E("Company", FAC), E("Location", "Seward"),
           E("Company", "Alaska Railroad"), E("Person", "Ralph Wien", "Ralph"), E("Person", "Philip Dolen"),
           E("Person", "William Walsh"), E("Location", "Oakland"), E("Location", "California"),
           E("Location", "Nome"), E("Person", "Bennett Rodebaugh"), E("Person", "Sigurd Wien", "Sig Wien", "Sig"),
           E("Location", "North Slope"), E("Organization", "USGS"), E("Person", "Marvin Mangus")],
 # 'The airline was started in June 1927 by Noel and Ralph Wien' -> cofounder at Wien Air Alaska for each (two people
 # named together as founding it, GUIDELINES, Roles, 'Founders'; 'started' read as founded; 'The airline' is the
 # article's airline, whose roots the sentence traces; doubtful: a reader might put the founding at Wien Alaska
 # Airways), current true; 'Sig Wien became CEO of Wien Airlines' -> ceo at Wien Air Alaska (through its alias),
 # current true (no 'former' or 'then'; doubtful: the bracketed '[1940 to 1969]' may date the post). Near-misses, no
 # role: 'Fr. Philip Dolen, Superior general of Alaskan Catholic missions' (a title at unnamed missions, no annotated
 # organisation); 'Fr. William Walsh, a diocesan priest' (no organisation named); 'geologist Marvin Mangus' (a
 # profession; the text does not say he worked for the USGS); 'Noel Wien retired from management activities' (no
 # title named: no past role); 'Sig managed the Nome Office' (a task at an unnamed office, not a post named; doubtful:
 # GUIDELINES maps 'manager' to executive, and a reader might give Sig executive at the airline); 'to work as a
 # mechanic', 'a mechanic from 1935 to 1937', 'a bush pilot' (jobs, not posts); "Bennett Rodebaugh's Fairbanks
 # Airplane Company" (an owner's possessive, no title; doubtful: a reader might give founder)
 roles=[R("Noel Wien", "cofounder", WA), R("Ralph Wien", "cofounder", WA), R("Sigurd Wien", "ceo", WA)],
 # "Bennett Rodebaugh's Fairbanks Airplane Company, which was later absorbed into Wien Alaska Airways" ->
 # acquired(Wien Alaska Airways, Fairbanks Airplane Company) only (the target merged away; doubtful: an absorption
 # tells no purchase). Near-misses, no relation: 'formed from Northern Consolidated Airlines (NCA) and Wien Alaska
 # Airways' (a merger with no buyer told, GUIDELINES, Relations; no parent link either way); 'Wien purchased a Fokker
 # F.III monoplane ... for the Fairbanks Airplane Company' (an aircraft bought for a company, an asset, and no
 # organisation on Wien's side); 'shipped in pieces via the Alaska Railroad' (a carriage; no contract told);
 # 'flew contracts for USGS geologic exploration activities' (a pilot's contracts; the text names no company as the
 # contractor; doubtful: a reader might give partner(Wien Air Alaska, USGS)); 'their ... flights out of Fairbanks with
 # ... Fairbanks Airplane Company' (flying with a company: no relation to the airline)
 relations=[L("Wien Alaska Airways", "acquired", FAC)],
 outages=[],
 # '6 July 1924', 'In 1925', 'in 1921', 'in 1924' and '1924 to 1926' ('1924' one item, '1926'), 'October 12, 1930',
 # 'June 1927', 'from 1935 to 1937' and 'Starting in 1937' ('1935', '1937' one item), '[1940 to 1969]' ('1940',
 # '1969') -> the days, months and years
 dates=[D("6 July 1924", "1924-07-06"), D("1925", "1925"), D("1921", "1921"), D("1924", "1924"),
        D("October 12, 1930", "1930-10-12"), D("June 1927", "1927-06"), D("1926", "1926"), D("1935", "1935"),
        D("1937", "1937"), D("1940", "1940"), D("1969", "1969")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
