#!/usr/bin/env python3
"""Batch 37o gold annotations (the texts of batch37o.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle; batch10_annotate.write_parts), so wp-air-botswana -> test, wp-ferromex -> train,
wp-gol-linhas-aereas -> dev, wp-grupo-aeroportuario-del-pacifico -> train, wp-kazakhstan-temir-zholy -> test. All
five are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates; decades such as 'the
1970s' left out; each year of a range such as '(1966–1969)' its own item, as earlier Wikipedia gold files list
them). None tells an outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 27d-36z): a majority owner ('owns 74%', 'the majority owner') ->
parentOrganization; a minority holder (26%) -> nothing; a completed purchase of a company -> acquired and
parentOrganization(target, buyer); 'X, the parent company of Y', 'Y, a subsidiary of X' and 'served as the holding
company for Y' -> parentOrganization(Y, X); 'via a local subsidiary' -> parentOrganization; flight services
contracted to another airline and an aircraft on lease from it -> partner (a supply contract); a rejected merger
and competitors -> nothing; a brand a company owns -> Service with provider; airports, seas and railway lines ->
Location; stock exchanges -> Company; stock indices -> nothing; aircraft models -> Service with no relation (makers
named only inside model names, not annotated).
usage: batch37o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, svc
import batch10_annotate as b10

A = {}
# ---- airline, Botswana: Air Botswana ----------------------------------------------------------------------------------------
AB = "Air Botswana Corporation"
PA = "Protea Airways"
ASB = "Air Services Botswana"
A["wp-air-botswana"] = dict(
 # the airline -> Company 'Air Botswana Corporation', with 'Air Botswana' and 'Air Botswana (Pty.) Limited' (the
 # company founded in 1972, the corporation's earlier form: a former name, so an alias, not an entity of its own;
 # doubtful: a reader might keep the 1972 company apart); Botswana National Airways and Botswana Airways
 # Corporation (the two failed airlines it succeeded), Air Botswana Holdings, Protea Airways ('South African' an
 # adjective, not part of the name) and Air Services Botswana -> Company; Botswana, Gaborone, Sir Seretse Khama
 # International Airport, and the route's Manzini, Johannesburg, Harare, Francistown, Maun and Selebi-Phikwe ->
 # Location (the first five named inside 'Gaborone-Manzini-Johannesburg-Harare-Gaborone', each its own place);
 # the Fokker F-27 Friendship, HS 748, Douglas DC-3 and Vickers Viscount 754 -> Service (aircraft models; Fokker,
 # Douglas and Vickers named only inside model names); 'the corporation's management and board' -> nothing
 entities=[E("Company", AB, "Air Botswana", "Air Botswana (Pty.) Limited"), E("Location", "Botswana"),
           E("Location", "Gaborone"), E("Location", "Sir Seretse Khama International Airport"),
           E("Company", "Botswana National Airways"), E("Company", "Botswana Airways Corporation"),
           E("Company", "Air Botswana Holdings"), E("Company", PA), E("Company", ASB),
           E("Service", "Fokker F-27 Friendship")]
          + locs("Manzini", "Johannesburg", "Harare", "Francistown", "Maun", "Selebi-Phikwe")
          + svc("HS 748", "Douglas DC-3", "Vickers Viscount 754"),
 # the text names no person
 roles=[],
 # 'Air Botswana Holdings ... served as the holding company for Air Botswana' -> parentOrganization; 'contracted to
 # South African Protea Airways, via a local subsidiary, Air Services Botswana' -> parentOrganization(Air Services
 # Botswana, Protea Airways) and partner(Air Botswana, Air Services Botswana) (flight services contracted out: a
 # supply contract; the subsidiary the party that flew them); the Viscount 'on lease from Protea Airways' ->
 # partner(Air Botswana, Protea Airways) (doubtful: a reader might record only one of the two partner pairs);
 # 'state-owned' (no state body named) -> nothing; succeeding the two failed airlines -> nothing
 relations=[L(AB, "parentOrganization", "Air Botswana Holdings"), L(ASB, "parentOrganization", PA),
            L(AB, "partner", ASB), L(AB, "partner", PA)],
 outages=[],
 # 'Throughout the 1970s' and 'By the late 1970s' (decades) -> left out
 dates=[D("2 July 1972", "1972-07-02"), D("1966", "1966"), D("1969", "1969"), D("1970", "1970"),
        D("1971", "1971"), D("1 August 1972", "1972-08-01")])

# ---- rail freight, Mexico: Ferromex -------------------------------------------------------------------------------------------
FX = "Ferrocarril Mexicano"
GM = "Grupo México"
ITF = "Infraestructura y Transportes Ferroviarios"
A["wp-ferromex"] = dict(
 # the railway -> Company 'Ferrocarril Mexicano' (the name 'Ferromex' abbreviates; 'Ferromex' the alias used
 # throughout; the reporting mark 'FXE' and the gloss 'Mexican Railway' not aliases); Ferrosur, Grupo México, Union
 # Pacific Corporation, Infraestructura y Transportes Ferroviarios and Grupo Transportación Ferroviaria Mexicana
 # ('TFM') -> Company; the Mexican Federal Competition Commission ('CFC') -> Organization; Ernesto Zedillo Ponce de
 # León -> Person; Mexico, the United States, the Pacific Ocean and the Gulf of Mexico -> Location; 'North American
 # Class I railroads' (a class) -> nothing
 entities=[E("Company", FX, "Ferromex"), E("Location", "Mexico"), E("Company", "Ferrosur"),
           E("Person", "Ernesto Zedillo Ponce de León"), E("Location", "United States"),
           E("Location", "Pacific Ocean"), E("Location", "Gulf of Mexico"), E("Company", GM),
           E("Company", "Union Pacific Corporation"), E("Company", ITF),
           E("Organization", "Mexican Federal Competition Commission", "CFC"),
           E("Company", "Grupo Transportación Ferroviaria Mexicana", "TFM")],
 # 'Mexican President Ernesto Zedillo Ponce de León' -> president of Mexico, current (doubtful: he is named as
 # president at the 1998 privatisation and the text says neither 'then' nor 'former'; a reader who knows his term
 # ended would mark it false)
 roles=[R("Ernesto Zedillo Ponce de León", "president", "Mexico")],
 # 'Grupo México owns 74%' and 'the majority owner of Ferromex' -> parentOrganization; Union Pacific's 26% ->
 # nothing (minority stake; doubtful: a reader might record a partner or a second parent); Grupo México 'purchased
 # Infraestructura y Transportes Ferroviarios' -> acquired and parentOrganization (a completed purchase); 'the
 # parent company of Ferrosur' -> parentOrganization(Ferrosur, ITF) (the text does not say Ferrosur was merged
 # away); the rejected 2002 merger and 'Ferromex competitor' TFM -> nothing
 relations=[L(FX, "parentOrganization", GM), L(GM, "acquired", ITF), L(ITF, "parentOrganization", GM),
            L("Ferrosur", "parentOrganization", ITF)],
 outages=[],
 dates=[D("February 19, 1998", "1998-02-19"), D("November 2005", "2005-11"), D("2002", "2002")])

# ---- airline, Brazil: Gol -----------------------------------------------------------------------------------------------------
GOL = "Gol Linhas Aéreas Inteligentes S.A"
LT = "LATAM Airlines Group"
A["wp-gol-linhas-aereas"] = dict(
 # the airline -> Company 'Gol Linhas Aéreas Inteligentes S.A' (as written, no final full stop), with 'Gol', the
 # English 'Gol Intelligent Airlines S.A.' and 'VRG Linhas Aéreas S/A' ('also known as') as aliases (the tickers
 # GOLL3, GOLL4 and GOL not aliases); BM&F Bovespa and the NYSE -> Company (stock exchanges); TAM Airlines ('TAM')
 # -> Company; LATAM Airlines Group, with 'Latam Airlines' an alias (the group TAM Airlines belongs to, spelt two
 # ways; doubtful: a reader might keep 'Latam Airlines' apart); Azul and Avianca Holdings S.A. -> Company; 'the
 # brand Varig' -> Service (a brand Gol owns; the extinct 'old' Varig airline, the same word, not annotated apart:
 # doubtful, a reader might add a Company 'Varig'); the National Civil Aviation Agency of Brazil ('ANAC') ->
 # Organization; Comandante Lineu Gomes Square (a named site), São Paulo, Brazil, Belo Horizonte, Porto Alegre and
 # the eight airports -> Location (Rio de Janeiro, Brasília and Punta Cana named only inside airport names, so not
 # annotated apart)
 entities=[E("Company", GOL, "Gol", "Gol Intelligent Airlines S.A.", "VRG Linhas Aéreas S/A"),
           E("Company", "BM&F Bovespa"), E("Company", "NYSE"), E("Location", "Comandante Lineu Gomes Square"),
           E("Location", "São Paulo"), E("Location", "Brazil"), E("Company", "TAM Airlines", "TAM"),
           E("Company", LT, "Latam Airlines"), E("Company", "Azul"), E("Company", "Avianca Holdings S.A."),
           E("Service", "Varig"), E("Organization", "National Civil Aviation Agency of Brazil", "ANAC")]
          + locs("São Paulo–Congonhas Airport", "Rio de Janeiro-Galeão International Airport",
                 "Brasília International Airport", "Tancredo Neves International Airport", "Belo Horizonte",
                 "Rio de Janeiro-Santos Dumont Airport", "São Paulo-Guarulhos International Airport",
                 "Salgado Filho International Airport", "Porto Alegre", "Punta Cana International Airport"),
 # the text names no person
 roles=[],
 # 'TAM Airlines, a subsidiary of Latam Airlines' -> parentOrganization; 'It also owns the brand Varig' ->
 # provider(Varig, Gol) (doubtful: a reader might record Gol acquiring Varig, which the text does not tell); the
 # competitors (LATAM Airlines Group, Azul, Avianca Holdings S.A.) -> nothing; the listings -> nothing
 relations=[L("TAM Airlines", "parentOrganization", LT), L("Varig", "provider", GOL)],
 outages=[],
 # 'between January and December 2014' -> 'December 2014' (2014-12) and 'January' (2014-01, its year given by the
 # same phrase, so absolute; doubtful: a reader might list the span as one item or skip the bare month)
 dates=[D("2006", "2006"), D("1927", "1927"), D("January", "2014-01"), D("December 2014", "2014-12")])

# ---- airports, Mexico and Jamaica: Grupo Aeroportuario del Pacífico ---------------------------------------------------------
GAP = "Grupo Aeroportuario del Pacífico"
A["wp-grupo-aeroportuario-del-pacifico"] = dict(
 # the airport operator -> Company, 'GAP' and the English gloss 'Pacific Airports Group' aliases (doubtful: the
 # gloss is a translation in quotes; a reader might leave it out); Guadalajara, Mexico, Jamaica, Tijuana, León, Los
 # Cabos, Puerto Vallarta and Montego Bay -> Location (places, not the airports named as such); the Mexican Stock
 # Exchange and the NYSE -> Company (stock exchanges); 'the IPC, the main benchmark index' -> nothing (a stock
 # index); Aeropuertos y Servicios Auxiliares ('ASA'), 'a federal corporation' that ran every airport ->
 # Organization (doubtful: a state corporation, so a reader might type it Company)
 entities=[E("Company", GAP, "GAP", "Pacific Airports Group"), E("Location", "Guadalajara"),
           E("Location", "Mexico"), E("Location", "Jamaica")]
          + locs("Tijuana", "León", "Los Cabos", "Puerto Vallarta", "Montego Bay")
          + [E("Company", "Mexican Stock Exchange"), E("Company", "NYSE"),
             E("Organization", "Aeropuertos y Servicios Auxiliares", "ASA")],
 # the text names no person
 roles=[],
 # the listings -> nothing; ASA's earlier responsibility for all airports -> nothing (a predecessor, not an owner;
 # doubtful: a reader might record ASA as GAP's parent, which the excerpt does not say)
 relations=[],
 outages=[],
 # 'Prior to 1998' -> its year
 dates=[D("2006", "2006"), D("1998", "1998")])

# ---- rail, Kazakhstan: Kazakhstan Temir Zholy -------------------------------------------------------------------------------
KTZ = "National Company Kazakhstan Temir Zholy"
A["wp-kazakhstan-temir-zholy"] = dict(
 # the railway company -> Company 'National Company Kazakhstan Temir Zholy' (the fullest form), with 'Kazakhstan
 # Temir Zholy', 'KTZ', the Kazakh 'Qazaqstan Temir Joly' and 'QTJ' (KTZ's own names, so aliases); Kazakhstan,
 # Nur-Sultan, the Soviet Union ('the former Soviet Union'), China, Dostyk, Khorgas and Altynkol (written
 # 'Khorgas/Altynkol', two places) -> Location; the Trans-Aral Railway, the Trans-Caspian railway and the
 # Turkestan-Siberia Railway -> Location (railway lines, read as named facilities; doubtful: a reader might leave
 # them out or type them Service); 'the government', 'Related stock companies', 'Private companies' -> nothing
 # (unnamed)
 entities=[E("Company", KTZ, "Kazakhstan Temir Zholy", "KTZ", "Qazaqstan Temir Joly", "QTJ"),
           E("Location", "Kazakhstan"), E("Location", "Nur-Sultan"), E("Location", "Soviet Union"),
           E("Location", "China")]
          + locs("Dostyk", "Khorgas", "Altynkol", "Trans-Aral Railway", "Trans-Caspian railway",
                 "Turkestan-Siberia Railway"),
 # the text names no person
 roles=[],
 # 'Founded by the government' (no body named) -> nothing; the old lines 'incorporated into the KTZ' (lines, not
 # companies) -> nothing
 relations=[],
 outages=[],
 # 'track (2005)' -> its year
 dates=[D("2002", "2002"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
