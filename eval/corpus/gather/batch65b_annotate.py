#!/usr/bin/env python3
"""Batch 65b gold annotations (the texts of batch65b.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-64n; batch10_annotate.write_parts), so with three texts: wp-magnavox test, wp-prime-computer
train, wp-wang-laboratories dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); a year range ('1954\u20131963', 'from 1972 until 1992') -> the years as items (as batches 61e, 63h and 64k);
decades and parts of decades ('the 1980s', 'the late 1920s', 'the 1940s', 'the 1960s', 'late 1970's', 'the 1970s and
1980s', 'the late eighties'; no ISO value the format takes, as batches 60c-64k) and 'Six decades later' (relative,
`published` null) -> nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one
(a bankruptcy, customers moving to cheaper systems and export controls are business and trade matters, GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-64n): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('founded in 1951, by An Wang
and G. Y. Chu'; 'Jensen and Pridham founded the Commercial Wireless and Development Company'; 'started by 7
founders' with the seven listed), current true; one person named alone as starting a company is `founder` ('Poduska
left in 1980 to start Apollo Computer'); a company 'directed by' a person with no post named -> no role (as batches
32i and 55i read 'was led by'); posts in brackets after a founder's name ('Robert Baron (President)', 'Sidney
Halligan (VP Sales)') -> the post by GUIDELINES' vocabulary: 'President' -> president, 'VP ...' -> vice-president,
'Director of Marketing' and 'Director of Human Resources' (heads of functions, no board seat) -> executive (as batch
28a read 'director of marketing'; doubtful: batch 16f's Epic Games text read 'Director of Marketing' as director);
posts told with no end -> current true, a post of a person who 'left' -> current false; a predecessor company renamed
('changed the company name to Magnavox') and later names ('changed its name to Wang Global', 'becoming Getronics North
America') -> aliases of one Company (GUIDELINES, Types: former names are aliases); 'was acquired by X', 'was sold to
X' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions; ownership told as past still
recorded, so a company sold three times in a row has three parents, as batch 64k's Philco); 'it is a subsidiary of X'
-> parentOrganization alone (no purchase told in the kept text); products 'made by X under license from trademark
owner Y' -> partner(X, Y) (a licensing deal, GUIDELINES, Relations; direction as written); an operating system, a
game console and computer models -> Service (GUIDELINES, Types: software and devices), with provider where the text
makes the maker plain; a company named only inside a product's name (Honeywell in 'Honeywell 316', DEC in 'DEC Vax
11/780') -> no entity for it (GUIDELINES, Types); programming languages ('Fortran', 'PL/P', 'Modula-2', 'SP/L'), a
ranking ('the Fortune 500', as stock indices), a period's nickname ('the Massachusetts Miracle'), a motto, a patent
number and adjectives ('American', 'Dutch') -> nothing.
usage: batch65b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- computers, US: Wang Laboratories ------------------------------------------------------------------------------
WL = "Wang Laboratories"
A["wp-wang-laboratories"] = dict(
 # the company -> Company 'Wang Laboratories', aliases 'Wang Global' ('the company eventually changed its name to
 # Wang Global') and 'Getronics North America' ('becoming Getronics North America', its name under Getronics;
 # doubtful: a reader might take it for a new unit of Getronics); Getronics, KPN and CompuCom -> Company; An Wang and
 # G. Y. Chu -> Person; Cambridge, Massachusetts, Tewksbury, Lowell and The Netherlands ('Getronics of The
 # Netherlands', the capital as written) -> Location. No entity: 'the Massachusetts Miracle' (a period's nickname);
 # typesetters, calculators, word processors, computers, copiers and laser printers (kinds of products, unnamed)
 entities=[E("Company", WL, "Wang Global", "Getronics North America"), E("Person", "An Wang"),
           E("Person", "G. Y. Chu"), E("Location", "Cambridge"), E("Location", "Massachusetts"),
           E("Location", "Tewksbury"), E("Location", "Lowell"), E("Company", "Getronics"),
           E("Location", "The Netherlands"), E("Company", "KPN"), E("Company", "CompuCom")],
 # 'a computer company founded in 1951, by An Wang and G. Y. Chu' -> cofounder at Wang Laboratories for each (named
 # together, GUIDELINES, Roles, 'Founders'), current true (An Wang's death in 1990 ends no founding). Near-misses, no
 # role: 'The company was directed by An Wang ... until his death in 1990' and 'Under his direction' (he ran it, but
 # no post is named: a reader might give ceo or chairman, current false; the infobox's 'An Wang (founder)' is cut);
 # 'an "indispensable leader"' (praise, no post)
 roles=[R("An Wang", "cofounder", WL), R("G. Y. Chu", "cofounder", WL)],
 # 'Wang Global was acquired by Getronics of The Netherlands in 1999', 'then was sold to KPN in 2007 and CompuCom in
 # 2008' -> acquired and parentOrganization for each buyer (completed sales of the one company, renamed on the way;
 # ownership told as past still recorded, GUIDELINES, Relations). Near-misses, no relation: the bankruptcy of 1992
 # and 'After emerging from bankruptcy' (no party); 'Getronics of The Netherlands' (a company's seat, no relation
 # between a company and a Location); 'after which it no longer existed as a distinct brand or division' (the end of
 # the name, not a merger into a named company: the parent links stay)
 relations=b10.acq("Getronics", WL) + b10.acq("KPN", WL) + b10.acq("CompuCom", WL),
 outages=[],
 # 'founded in 1951' -> 1951; '(1954–1963)', '(1963–1976)', '(1976–1997)' -> '1954', '1963', '1976', '1997' (one item
 # each, '1963' and '1976' twice in the text); 'until his death in 1990'; 'in August 1992' -> 1992-08; 'in 1999', 'in
 # 2007', 'in 2008' -> the years. No date: 'the 1980s' (a decade)
 dates=[D("1951", "1951"), D("1954", "1954"), D("1963", "1963"), D("1976", "1976"), D("1997", "1997"),
        D("1990", "1990"), D("August 1992", "1992-08"), D("1999", "1999"), D("2007", "2007"), D("2008", "2008")])

# ---- electronics, US: Magnavox -------------------------------------------------------------------------------------
MV = "Magnavox"
A["wp-magnavox"] = dict(
 # the company -> Company 'Magnavox', alias 'Commercial Wireless and Development Company' ('The predecessor to
 # Magnavox' that 'Jensen and Pridham founded ... and changed the company name to Magnavox in 1917': the same company
 # under its first name, GUIDELINES, Types; doubtful: a reader might keep a 'predecessor' apart); Philips, Funai and
 # the Jensen Radio Manufacturing Company -> Company; Edwin Pridham (alias 'Pridham') and Peter L. Jensen (alias
 # 'Jensen') -> Person; the Odyssey (a game console) -> Service; the United States, Napa, California, San Francisco,
 # Oakland, Chicago and Fort Wayne -> Location. No entity: 'MAGNAVOX' (the stylized name, the same words as the
 # company's name: no alias of its own); 'the term "Commercial Wireless"' (a phrase, not the company); 'United States
 # Patent number 1,105,924' (a patent; 'United States' annotated from the lead); 'the moving-coil loudspeaker',
 # 'plasma displays' (kinds of products); 'the military' (unnamed); 'Latin', 'American', 'Dutch'
 entities=[E("Company", MV, "Commercial Wireless and Development Company"), E("Location", "United States"),
           E("Company", "Philips"), E("Person", "Edwin Pridham", "Pridham"), E("Person", "Peter L. Jensen", "Jensen"),
           E("Location", "Napa"), E("Location", "California"), E("Service", "Odyssey"), E("Company", "Funai"),
           E("Location", "San Francisco"), E("Location", "Oakland"),
           E("Company", "Jensen Radio Manufacturing Company"), E("Location", "Chicago"), E("Location", "Fort Wayne")],
 # 'The predecessor to Magnavox was founded in 1911 by Edwin Pridham and Peter L. Jensen' and 'Jensen and Pridham
 # founded the Commercial Wireless and Development Company in 1911 ... changed the company name to Magnavox' ->
 # cofounder at Magnavox for each (named together, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no
 # role: 'Jensen moved on to the Jensen Radio Manufacturing Company' (no post and no founding told: a reader might
 # make him its founder; and his leaving ends no founder's role); 'Pridham stayed on with Magnavox' (no post);
 # 'co-inventors of the moving-coil loudspeaker' (inventors, no post)
 roles=[R("Edwin Pridham", "cofounder", MV), R("Peter L. Jensen", "cofounder", MV)],
 # 'Since 1974 it is a subsidiary of Dutch electronics corporation Philips' -> parentOrganization(Magnavox, Philips)
 # (GUIDELINES, Relations: subsidiary statements; no `acquired`: the kept text tells no purchase, the sentence of the
 # 1974 acquisition being cut; doubtful: a reader might add acquired from 'Since 1974'); 'Magnavox produced the
 # Odyssey' and 'In 1972 Magnavox introduced the Odyssey' -> provider(Odyssey, Magnavox); 'a line of products now made
 # by Funai under license from trademark owner Philips' -> partner(Funai, Philips) (a licensing deal, GUIDELINES,
 # Relations; direction as written). Near-misses, no relation: 'Magnavox is the brand name worn by a line of products
 # now made by Funai' (Funai makes the brand's goods; no Service entity for the brand, the company's own name, and no
 # parent link of Magnavox to Funai); Jensen's move to the Jensen Radio Manufacturing Company (a person's move, no tie
 # of the two companies)
 relations=[L(MV, "parentOrganization", "Philips"), L("Odyssey", "provider", MV), L("Funai", "partner", "Philips")],
 outages=[],
 # 'Since 1974', 'in 1911' (twice, one item), 'in 1916', 'in 1917', 'In 1972' -> the years. No date: 'Six decades
 # later' (relative, `published` null), 'the late 1920s', 'the 1940s', 'the 1960s' (decades and parts of one);
 # '1,105,924' (a patent number)
 dates=[D("1974", "1974"), D("1911", "1911"), D("1916", "1916"), D("1917", "1917"), D("1972", "1972")])

# ---- computers, US: Prime Computer ---------------------------------------------------------------------------------
PC = "Prime Computer"
FOUNDERS = ["Robert Baron", "Sidney Halligan", "James Campbell", "Joseph Cashen", "Robert Burkeweitz",
            "William Poduska", "John Carter"]
A["wp-prime-computer"] = dict(
 # the company -> Company 'Prime Computer', alias 'Prime' ('Prime was failing'; also in 'a Prime minicomputer'-like
 # 'a single Prime computer'); the seven founders -> Person (William Poduska with alias 'Poduska'); Apollo Computer ->
 # Company; MIT, COCOM ('COCOM export controls', the export-control committee) and the US Government -> Organization;
 # PRIMOS and Multics (operating systems; Multics also a 'project at MIT'; doubtful as a Service), the Prime 400,
 # the Prime 750, the DEC Vax 11/780 and the Honeywell 316 (computer models) -> Service; Natick and Massachusetts ->
 # Location. No entity: Honeywell and DEC (named only inside the models' names, GUIDELINES, Types); '516' (a model
 # number without its maker's name, no name of its own); 'Fortran', 'PL/P', 'Modula-2', 'SP/L' (programming
 # languages, as batch 31i read them); 'the Fortune 500' (a ranking, as stock indices); 'Software First' (a motto);
 # 'US' inside 'the US Government' (no Location of its own there)
 entities=[E("Company", PC, "Prime"), E("Location", "Natick"), E("Location", "Massachusetts"),
           E("Service", "Multics"), E("Organization", "MIT")] +
          [E("Person", n, "Poduska") if n == "William Poduska" else E("Person", n) for n in FOUNDERS] +
          [E("Company", "Apollo Computer"), E("Service", "PRIMOS"), E("Service", "Honeywell 316"),
           E("Service", "Prime 400"), E("Service", "Prime 750"), E("Service", "DEC Vax 11/780"),
           E("Organization", "COCOM"), E("Organization", "US Government")],
 # 'The company was started by 7 founders' with the seven names listed under it -> cofounder at Prime Computer for
 # each (named together as its founders, GUIDELINES, Roles, 'Founders'), current true; each bracketed post -> a role
 # at Prime Computer: 'President' -> president; 'VP Sales', 'VP Hardware Engineering', 'VP Manufacturing', 'VP
 # Software Engineering' -> vice-president; 'Director of Marketing', 'Director of Human Resources' -> executive
 # (heads of functions, as batch 28a; doubtful, see the docstring); current true (no leaving told; doubtful: posts
 # at the founding of a company that closed in 1992), but Poduska's vice-president post current false ('Poduska left
 # in 1980'); 'Poduska left in 1980 to start Apollo Computer' -> founder at Apollo Computer (one person named alone
 # as starting it, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'some of whom worked on the
 # Multics project at MIT' (unnamed founders, no post); no post at Apollo Computer beyond its founding
 roles=[R(n, "cofounder", PC) for n in FOUNDERS] +
       [R("Robert Baron", "president", PC), R("Sidney Halligan", "vice-president", PC),
        R("James Campbell", "executive", PC), R("Joseph Cashen", "vice-president", PC),
        R("Robert Burkeweitz", "vice-president", PC), R("William Poduska", "vice-president", PC, False),
        R("John Carter", "executive", PC), R("William Poduska", "founder", "Apollo Computer")],
 # "The company' operating system, PRIMOS" -> provider(PRIMOS, Prime Computer); 'The Prime 400 was a successful
 # minicomputer' and 'the Prime 750 (1979)' among 'The original products' of the company's line -> provider of each
 # (the maker's name in the model's name and the text's account of its products). Near-misses, no relation: 'PRIMOS,
 # is a derivative of Multics' (software descended from another, no company tie); 'clones of the Honeywell 316 and 516
 # minicomputers' (copies of a rival's models: no partner, and no Honeywell entity); 'a competitor to the DEC Vax
 # 11/780' (competition, no relation); 'the Multics project at MIT' (no provider: MIT is no Company, and the text
 # does not say MIT made Multics); COCOM export controls (a rule that did not apply, no tie); Poduska's leaving to
 # start Apollo Computer (a person's move, no relation of the two companies)
 relations=[L("PRIMOS", "provider", PC), L("Prime 400", "provider", PC), L("Prime 750", "provider", PC)],
 outages=[],
 # 'from 1972 until 1992' -> '1972', '1992'; 'left in 1980'; 'the Prime 750 (1979)'; 'peaking in 1988' -> the years.
 # No date: "(late 1970's)", 'the 1970s and 1980s', 'the late eighties' (decades and parts of one); 'By the end' (no
 # value); '11/780' (a model number)
 dates=[D("1972", "1972"), D("1992", "1992"), D("1980", "1980"), D("1979", "1979"), D("1988", "1988")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
