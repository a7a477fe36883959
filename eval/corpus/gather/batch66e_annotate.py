#!/usr/bin/env python3
"""Batch 66e gold annotations (the texts of batch66e.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-65q; batch10_annotate.write_parts), so with two texts: test, train. Both are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); a year that dates a vessel ('the innovative vessel
Oceanic of 1870') -> the year (an absolute expression; doubtful: a reader might skip it as part of a ship's
description); decades and centuries ('the late 19th century', 'the 1910s and 1930s', 'the 20th century') -> nothing,
as batches 60c-65q left them. No text tells an outage, so every `outages` list is empty; none tells a near-miss of
one (a shipwreck, mergers and a liner retired from service are physical and business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-65q): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as founding a company are each `cofounder` ('founded ... by John
Pilkington and Henry Wilson', 'Established in 1855 by the brothers Emile and Issac Pereire'), current true; 'its
presidents Jules Charles-Roux and John Dal Piaz' -> president, current true (no 'former' or 'then' written, as batch
65h's railway presidents); 'X merged with Y' and 'merged ... to form Z' with no buyer told -> nothing (GUIDELINES,
Relations: 'A "merger" where the text does not say who buys whom: nothing'); 'is now part of' -> parentOrganization
(batch 64i's 'became part of'; no acquired where no purchase is told); ships' names -> no entity (GUIDELINES, Types:
'ships' names'), a class of ships ('the Olympic class ocean liners') and a customer-care term ('White Star Service')
-> no entity; former names and names a company 'operated as' -> aliases (GUIDELINES, Types), unless the same words
also name another company in the text (CGT's first name 'Compagnie Generale Maritime', reused for the company formed
in 1977: one entity for the later company, no alias of CGT; doubtful); a brother named by his first name only ('the
brothers Emile and Issac Pereire') -> Person under that first name (as batches 63b and 64c: 'Frank', 'Max');
'the French government' -> no entity (generic, as batch 60h's 'the British government'), so the mail contract gives no
partner; seas, coasts and routes named as regions ('the North Atlantic route', 'the Pacific coast') -> Location
(doubtful); 'British', 'French' (adjectives) -> nothing; 'the Second World War' (an event) -> no entity.
usage: batch66e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- shipping, UK: White Star Line / Oceanic Steam Navigation Company ---------------------------------------------
WSL = "Oceanic Steam Navigation Company"
CUN = "Cunard Line"
A["wp-white-star-line"] = dict(
 # the line -> Company 'Oceanic Steam Navigation Company' (the fullest form, its first words), aliases 'White Star
 # Line of Boston Packers' ('or ...', as written), 'White Star Line' ('more commonly known as just White Star Line',
 # 'the White Star Line', 'The first company bearing the name White Star Line', 'The original White Star Line') and
 # 'White Star' ('White Star merged', 'White Star broke away'; the same letters also stand inside 'Cunard-White Star
 # Line' and 'White Star Service'). One entity for the company of 1845 and the line the lead calls 'Founded in 1845'
 # (the text tells the first company's founding as the line's own and never names the later company apart; doubtful:
 # 'The first company bearing the name' hints at a second company, and a reader might list two). Cunard Line ->
 # Company, aliases 'Cunard-White Star Line' ('Cunard Line, which operated as Cunard-White Star Line until 1950': a
 # name the text says Cunard Line operated under; doubtful: a reader might make the merged company its own entity) and
 # 'Cunard' ('modern Cunard ships'); Carnival Corporation & plc, the Black Ball Line (from 'The Black Ball Line'), the
 # Eagle Line (from 'The Eagle Line') and the Liverpool, Melbourne and Oriental Steam Navigation Company Limited (the
 # conglomerate) -> Company; John Pilkington and Henry Wilson -> Person; Britain, Australia, Liverpool, England, the UK
 # (in 'the UK–Australia trade'), Lambay Island, Ireland and New York City -> Location. No entity: the ships Oceanic,
 # RMS Titanic, RMS Tayleur (alias 'Tayleur'), Blue Jacket, White Star (a ship's name here), Red Jacket, Ellen, Ben
 # Nevis, Emma, Mermaid, Iowa and Royal Standard (GUIDELINES, Types: ships' names), 'the Olympic class ocean liners' (a
 # class of ships), 'White Star Service' (a term for a level of customer care; doubtful: a reader might take it for a
 # Service), 'British' (an adjective), Melbourne (only inside the conglomerate's name)
 entities=[E("Company", WSL, "White Star Line of Boston Packers", "White Star Line", "White Star"),
           E("Location", "Britain"), E("Location", "Australia"),
           E("Company", CUN, "Cunard-White Star Line", "Cunard"), E("Company", "Carnival Corporation & plc"),
           E("Location", "Liverpool"), E("Location", "England"), E("Person", "John Pilkington"),
           E("Person", "Henry Wilson"), E("Location", "UK"), E("Location", "Lambay Island"), E("Location", "Ireland"),
           E("Company", "Black Ball Line"), E("Company", "Eagle Line"),
           E("Company", "Liverpool, Melbourne and Oriental Steam Navigation Company Limited"),
           E("Location", "New York City")],
 # 'The first company bearing the name White Star Line was founded in Liverpool, England, by John Pilkington and Henry
 # Wilson in 1845' -> cofounder at the line for each (two people named together as founding it, GUIDELINES, Roles,
 # 'Founders'), current true. Near-misses, no role: nobody else is named; the cut infobox's parent 'Ismay, Imrie and
 # Co.' (not in the text)
 roles=[R("John Pilkington", "cofounder", WSL), R("Henry Wilson", "cofounder", WSL)],
 # 'Cunard Line ... is now part of Carnival Corporation & plc' -> parentOrganization(Cunard Line, Carnival Corporation
 # & plc) (no acquired: no purchase told). Near-misses, no relation: 'White Star merged with its chief rival, Cunard
 # Line' (a merger with no buyer told: no acquired either way, GUIDELINES, Relations; doubtful: a reader might read
 # 'Cunard Line, which operated as Cunard-White Star Line' as Cunard taking the line over); 'The original White Star
 # Line merged with two other small lines, The Black Ball Line and The Eagle Line, to form a conglomerate' (a merger
 # with no buyer: no acquired, and no parent link of the three lines to the conglomerate; doubtful: 'to form a
 # conglomerate' might be read as the three becoming its units) and 'White Star broke away' (nothing); 'Cunard Line
 # then operated as a separate entity' (no relation); the chartered and acquired ships (assets; no owner named)
 relations=[L(CUN, "parentOrganization", "Carnival Corporation & plc")],
 outages=[],
 # 'in 1845' and 'Founded in 1845' (one item), 'of 1870' (doubtful, above), 'In 1934', 'until 1950', 'until 2005',
 # 'In 1863' -> the years. No date: 'for years' (a span)
 dates=[D("1845", "1845"), D("1870", "1870"), D("1934", "1934"), D("1950", "1950"), D("2005", "2005"),
        D("1863", "1863")])

# ---- shipping, France: Compagnie Generale Transatlantique -------------------------------------------------------
CGT = "Compagnie G\u00e9n\u00e9rale Transatlantique"
CGM = "Compagnie G\u00e9n\u00e9rale Maritime"
A["wp-compagnie-generale-transatlantique"] = dict(
 # the line -> Company 'Compagnie Générale Transatlantique', aliases 'CGT', 'Transat' ('commonly named "Transat"',
 # inside quotes) and 'French Line' ('known overseas as the French Line'); its first name 'Compagnie Générale
 # Maritime' is no alias (the same words name the company formed in 1977, annotated as its own Company 'Compagnie
 # Générale Maritime': 'to form the Compagnie Générale Maritime', 'the company Compagnie Générale Maritime merged';
 # doubtful: a reader might give the alias to CGT and leave the later company out, or list both); the Compagnie des
 # Messageries Maritimes and CMA CGM (from 'the CMA CGM') -> Company; Émile (the first name only, 'the brothers Émile
 # and Issac Péreire', as batch 64c's 'Max'), Issac Péreire, Jules Charles-Roux and John Dal Piaz -> Person; North
 # America, the North Atlantic (from 'the North Atlantic route'), Central America and the Pacific coast -> Location
 # (the last two regions as the text names them; doubtful for 'the North Atlantic route' and 'the Pacific coast').
 # No entity: 'the French government' (generic, batch 60h), the ships SS Washington, SS Paris, SS Île de France, SS
 # Normandie and SS France (GUIDELINES, Types: ships' names), 'the Second World War' (an event), 'French' (an adjective)
 entities=[E("Company", CGT, "CGT", "Transat", "French Line"), E("Person", "\u00c9mile"),
           E("Person", "Issac P\u00e9reire"), E("Company", CGM), E("Location", "North America"),
           E("Person", "Jules Charles-Roux"), E("Person", "John Dal Piaz"),
           E("Company", "Compagnie des Messageries Maritimes"), E("Company", "CMA CGM"),
           E("Location", "North Atlantic"), E("Location", "Central America"), E("Location", "Pacific coast")],
 # 'Established in 1855 by the brothers Émile and Issac Péreire' -> cofounder at CGT for each (two people named
 # together as founding it, GUIDELINES, Roles, 'Founders'; 'Established' read as founded, as batch 65q), current true;
 # 'under the direction of its presidents Jules Charles-Roux and John Dal Piaz' -> president at CGT for each, current
 # true (no 'former' or 'then' written; doubtful: a reader might mark posts of the 1910s-1930s past). Near-misses, no
 # role: the cut infobox's key people Henri Cangardel, Jean Marie and Edmond Lanier (not in the text)
 roles=[R("\u00c9mile", "cofounder", CGT), R("Issac P\u00e9reire", "cofounder", CGT),
        R("Jules Charles-Roux", "president", CGT), R("John Dal Piaz", "president", CGT)],
 # No relation. Near-misses: 'In 1977, the company merged with the Compagnie des Messageries Maritimes to form the
 # Compagnie Générale Maritime' (a merger with no buyer told: no acquired, and no parent link of either line to the
 # company formed, GUIDELINES, Relations); 'in 1996, the company Compagnie Générale Maritime merged to form the CMA
 # CGM' (the same; the partner of the merger not named); 'the company was entrusted by the French government to
 # transport mails to North America' (a state's mail contract, the government no entity: no partner); 'suffered major
 # competition from air transport' (no named party)
 relations=[],
 outages=[],
 # 'in 1855', 'In 1861', '15 June 1864', 'in 1962', 'in 1974', 'In 1977', 'in 1996' -> the days and years. No date:
 # 'the late 19th century', 'the 1910s and 1930s' (centuries and decades)
 dates=[D("1855", "1855"), D("1861", "1861"), D("15 June 1864", "1864-06-15"), D("1962", "1962"),
        D("1974", "1974"), D("1977", "1977"), D("1996", "1996")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
