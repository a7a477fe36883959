#!/usr/bin/env python3
"""Batch 20a part 2 gold annotations (the 2 texts of batch20a2.py), written from each text alone before newskg was
run on either. Split rule fixed before annotation: the part's own 2 ids sorted, then dealt along test, train, dev,
train (as batch 19d part 2). Decisions as batch20a_annotate.py.
usage: batch20a2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10
IDS = sorted(["wp-alstom-company-history", "wp-kioxia-toshiba-memory-spin-off"])
A = {}
AL = "Alstom SA"
BOUGHT = ["Constructions Électriques de France", "Chantiers de l'Atlantique", "Linke-Hofmann-Busch", "Sasib Railways"]
A["wp-alstom-company-history"] = dict(
 entities=[E("Company", AL, "Alsthom", "GEC Alsthom", "Alstom"),
           E("Company", "Société Alsacienne de Constructions Mécaniques"),
           E("Company", "Compagnie Française Thomson-Houston")] + [E("Company", n) for n in BOUGHT] +
          [E("Company", "ACEC"), E("Company", "General Electric Company"), E("Company", "Paris Stock Exchange"),
           E("Company", "Areva"), E("Organization", "European Union")],
 # '(Als)' and '(thom)' explain the name's syllables: not aliases; 'the French government' names no body
 roles=[],
 # 'Significant acquisitions later included the Constructions Électriques de France (1932), shipbuilder Chantiers de
 # l'Atlantique (1976)' and 'acquiring ... Linke-Hofmann-Busch and ... Sasib Railways' -> acquired + parentOrganization;
 # 'parts of ACEC' (assets), the mergers that formed Alsthom and GEC Alsthom (no buyer) and the divisions disposed of
 # to Areva (unnamed divisions) -> nothing
 relations=[L(AL, "acquired", n) for n in BOUGHT] + [L(n, "parentOrganization", AL) for n in BOUGHT],
 outages=[],
 # 'late-1980s' and 'the 1990s' are decades: not listed
 dates=[D("1928", "1928"), D("1932", "1932"), D("1976", "1976"), D("1989", "1989"), D("1998", "1998"),
        D("2003", "2003")])
KX = "Kioxia Holdings Corporation"
A["wp-kioxia-toshiba-memory-spin-off"] = dict(
 entities=[E("Company", KX, "Kioxia", "KIOXIA", "Toshiba Memory Corporation"), E("Location", "Tokyo"),
           E("Location", "Japan"), E("Company", "Toshiba Corporation", "Toshiba"), E("Company", "Bain Capital"),
           E("Person", "Fujio Masuoka", "Masuoka"), E("Company", "OCZ Storage Solutions", "OCZ"),
           E("Company", "Westinghouse"), E("Location", "Vogtle Electric Generating Plant")],
 # 'an engineer at Kioxia predecessor Toshiba' names no title of the vocabulary: no role; flash memory, NOR flash and
 # NAND flash are technologies: not entities; power plants -> Location (batch 18a)
 roles=[],
 # 'majority owned by Bain Capital which holds a 56% stake' -> parentOrganization (Toshiba's 41% is a minority stake;
 # its past ownership is stated: 'former parent company Toshiba', 'spun off from the Toshiba Corporation' ->
 # parentOrganization, as relations carry no time); 'the Westinghouse subsidiary of former parent company Toshiba' ->
 # parentOrganization; 'Toshiba Corporation completed its acquisition of OCZ Storage Solutions ... making it a brand of
 # Toshiba' -> acquired + parentOrganization
 relations=[L(KX, "parentOrganization", "Bain Capital"), L(KX, "parentOrganization", "Toshiba Corporation"),
            L("Westinghouse", "parentOrganization", "Toshiba Corporation"),
            L("Toshiba Corporation", "acquired", "OCZ Storage Solutions"),
            L("OCZ Storage Solutions", "parentOrganization", "Toshiba Corporation")],
 outages=[],
 # 'the early 1980s' is a decade: not listed; 'the second quarter of 2021' -> 2021-Q2
 dates=[D("June 2018", "2018-06"), D("October 2019", "2019-10"), D("the second quarter of 2021", "2021-Q2"),
        D("1980", "1980"), D("1984", "1984"), D("January 2014", "2014-01"), D("June 1, 2018", "2018-06-01"),
        D("2016", "2016")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
