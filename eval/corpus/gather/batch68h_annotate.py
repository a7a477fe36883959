#!/usr/bin/env python3
"""Gold annotations for batch 68h (session 62; gatherer lane 68h; round notes /tmp/gather69h/NOTES.md): three company
histories from English Wikipedia (batch68h.py) — Charles Scribner's Sons (book publishing, US), the G. Heileman
Brewing Company (brewing, US) and Kaiser Jeep (automobiles, US). Annotated from each text alone by GUIDELINES.md;
newskg (or any extractor) was not run on any text. `published` is null for all three (Wikipedia pages carry no date),
so only absolute time expressions are dated. No text tells an outage (mergers, a leveraged buyout, sales and a
brand's end are business events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68b): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as founding a company are each `cofounder` ('founded in 1846 by
Charles Scribner I and Isaac D. Baker'), the text's own 'co-founder' is `cofounder` ('its co-founder, brewer Gottlieb
Heileman', the other founder unnamed), one person named alone is `founder` ('Founded by John North Willys,
Willys-Overland ...'), all current true (no leaving told, as batches 66b-68b); 'Key brewery CEOs ... were' -> ceo,
current false (a post told in the past of a company that ended; doubtful for Mueller, no leaving told); 'he lost
control of the firm' -> current false; 'The president of Scribner as of 2017 is' -> president, current true; a
'publisher' of an imprint -> executive (GUIDELINES, Roles: a generic senior title; as earlier batches' publishers),
'who also held the position of publisher from 1994 to 2012' current false, 'the current publisher' current true;
authors published by a firm -> Person with no role; 'X bought Y', 'Y was acquired by X', 'X negotiated ... to
purchase the company. The deal was finalized' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target not said to be merged away); 'it merged into Macmillan' -> acquired(Macmillan, the company)
only (a merger whose direction the text gives, as batch 63b's 'merged into', doubtful); 'merged with' and 'the
1953 merger of X ... with Y' with no buyer told -> nothing (GUIDELINES, Relations); a person's leveraged buyout ('lost
control of the firm to Alan Bond') -> nothing (a person is no Company buyer); 'X is a division of Y', 'a wholly owned
subsidiary of Y', 'retained by Y' -> parentOrganization; a magazine a firm publishes -> Company, parentOrganization
(as batch 60f's 'the gaming magazine Pyramid' a company publishes); an imprint a publishing group includes -> Service with
provider (as batch 40ze's imprints); beer labels and brands -> Service with provider the brewer that made
them and the one the text says brews them now (doubtful); a brand bought with names and intellectual properties ->
nothing (assets); an unnamed division ('the reference division') -> no entity and no relation; rivals and peers
('after Ford') -> Company with no relation; later names and short names of the same company -> aliases (GUIDELINES,
Types: 'became The Scribner Book Companies', 'under the title Scribner Publishing Group', 'initially still under the
name Willys Motors', 'became "Jeep Corporation,"'); awards, wars, armed forces and a family -> no entity; decades
('the 1930s', 'the 1970s and early 1980s') and relative spans ('two years later') -> no date.
usage: batch68h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- book publishing, US: Charles Scribner's Sons ------------------------------------------------------------------
CS = "Charles Scribner's Sons"
SS = "Simon & Schuster"
A["wp-charles-scribners-sons"] = dict(
 # the publisher -> Company "Charles Scribner's Sons", aliases "Scribner's" and 'Scribner' ('or simply Scribner's or
 # Scribner'; also "merged into Scribner's", 'The president of Scribner'), 'The Scribner Book Companies' ('the company
 # merged with Atheneum and became The Scribner Book Companies': the company going on under a later name; doubtful: a
 # reader might make the merged company its own entity), 'Scribner Publishing Group' ('Scribner is a division of Simon
 # & Schuster under the title Scribner Publishing Group') and 'Baker & Scribner' ('founded ... as "Baker & Scribner."':
 # its founding name) (GUIDELINES, Types: former names are aliases); Scribner's Magazine (a magazine, GUIDELINES,
 # Types: magazines are Company), Atheneum, Macmillan, Simon & Schuster and Gale -> Company; Touchstone Books ('the
 # Touchstone Books imprint') -> Service (an imprint, as earlier batches' imprints); the twelve authors, Susan Moldow,
 # Nan Graham, Charles Scribner I and Isaac D. Baker -> Person; New York City -> Location. No entity: 'Pulitzer
 # Prizes', 'National Book Awards' (awards, GUIDELINES, Types); 'American' (an adjective); 'the trade book and
 # reference book operations', 'the reference division', 'the Macmillan and Atheneum adult lists', "the Scribner's
 # children list" (unnamed parts)
 entities=[E("Company", CS, "Scribner's", "Scribner", "The Scribner Book Companies", "Scribner Publishing Group",
             "Baker & Scribner"),
           E("Location", "New York City"), E("Person", "Henry James"), E("Person", "Ernest Hemingway"),
           E("Person", "F. Scott Fitzgerald"), E("Person", "Kurt Vonnegut"), E("Person", "Marjorie Kinnan Rawlings"),
           E("Person", "Stephen King"), E("Person", "Robert A. Heinlein"), E("Person", "Thomas Wolfe"),
           E("Person", "George Santayana"), E("Person", "John Clellon Holmes"), E("Person", "Don DeLillo"),
           E("Person", "Edith Wharton"), E("Company", "Scribner's Magazine"), E("Company", "Atheneum"),
           E("Company", "Macmillan"), E("Company", SS), E("Company", "Gale"), E("Service", "Touchstone Books"),
           E("Person", "Susan Moldow"), E("Person", "Nan Graham"), E("Person", "Charles Scribner I"),
           E("Person", "Isaac D. Baker")],
 # 'The firm was founded in 1846 by Charles Scribner I and Isaac D. Baker' -> cofounder each (two people named
 # together, GUIDELINES, Roles, 'Founders'), current true; 'The president of Scribner as of 2017 is Susan Moldow' ->
 # president, current true (the text's present; doubtful: 'as of 2017' dates it); '(who also held the position of
 # publisher from 1994 to 2012)' -> executive, current false (a post ended in 2012); 'the current publisher is Nan
 # Graham' -> executive, current true. Near-misses, no role: the authors ('known for publishing American authors
 # including ...': published by the firm, no post)
 roles=[R("Charles Scribner I", "cofounder", CS), R("Isaac D. Baker", "cofounder", CS),
        R("Susan Moldow", "president", CS), R("Susan Moldow", "executive", CS, False),
        R("Nan Graham", "executive", CS)],
 # "The firm published Scribner's Magazine for many years" -> parentOrganization(Scribner's Magazine, the company) (a
 # magazine the firm publishes, as earlier batches); 'In turn it merged into Macmillan in 1984' -> acquired(Macmillan,
 # the company) only (a merger whose direction the text gives, as batch 63b's 'merged into'; no parent, the text
 # telling it merged in; doubtful: GUIDELINES leave a merger without a buyer out, and batch 60g gave 'merged into'
 # nothing); 'Simon & Schuster bought Macmillan in 1994' -> acquired + parentOrganization; 'The former imprint, now
 # simply "Scribner", was retained by Simon & Schuster' and 'Scribner is a division of Simon & Schuster' ->
 # parentOrganization(the company, Simon & Schuster); 'Scribner Publishing Group which also includes the Touchstone
 # Books imprint' -> provider(Touchstone Books, the company) (doubtful: a reader might give the imprint to Simon &
 # Schuster). Near-misses, no relation: 'the company merged with Atheneum' (a merger, no buyer told); 'the reference
 # division has been owned by Gale since 1999' (an unnamed division: no entity for it; a reader might give
 # parentOrganization(the company, Gale), which the text does not say of the whole company); the lists merged into
 # Scribner's and Atheneum (editorial lists)
 relations=[L("Scribner's Magazine", "parentOrganization", CS), L("Macmillan", "acquired", CS)]
           + b10.acq(SS, "Macmillan") + [L(CS, "parentOrganization", SS), L("Touchstone Books", "provider", CS)],
 outages=[],
 # 'In 1978', 'in 1984', 'in 1994' (twice: 'bought Macmillan in 1994' and 'from 1994 to 2012', one item), 'since 1999',
 # 'As of 2012' and 'to 2012' (one item), 'as of 2017', 'in 1846' -> the years. No date: 'for many years', 'More
 # recently', 'By this point' (no calendar value)
 dates=[D("1978", "1978"), D("1984", "1984"), D("1994", "1994"), D("1999", "1999"), D("2012", "2012"),
        D("2017", "2017"), D("1846", "1846")])

# ---- brewing, US: G. Heileman Brewing Company ----------------------------------------------------------------------
GH = "G. Heileman Brewing Company"
ST = "Stroh Brewery Company"
PB = "Pabst Brewing Company"
OS = "Heileman's Old Style Beer"
A["wp-g-heileman-brewing-company"] = dict(
 # the brewer -> Company 'G. Heileman Brewing Company', aliases 'G. Heileman' ('the acquisition of G. Heileman', 'under
 # the G. Heileman name') and 'Heileman' ('Heileman acquired 13 breweries', "Heileman's existence as an independent
 # brewer", 'Heileman brands'; doubtful: "Heileman's son-in-law" means Gottlieb Heileman, the person, and 'the Heileman
 # family' is the company's family of brewery names; one surface form, given to the company); Stroh Brewery Company
 # (aliases "Stroh's", 'acquired by Stroh's', and 'Stroh', 'when Stroh was split'), Hicks, Muse ('The private equity
 # firm Hicks, Muse'), Pabst Brewing Company (alias 'Pabst'), Miller Brewing Company and Tooheys ('the Tooheys name and
 # beer interests in Australia': a brewer's name, typed Company; doubtful: a reader might take it for a brand, Service,
 # or give no entity) -> Company; "Heileman's Old Style Beer" (alias 'Old Style') and 'Special Export' ('well-known
 # Heileman brands') -> Service (beer labels, as earlier batches' brands); Gottlieb Heileman, Emil T. Mueller (alias
 # 'Mueller'), Russell Cleary (alias 'Cleary') and Alan Bond (alias 'Bond', also "Bond's financial empire") ->
 # Person; La Crosse, Wisconsin, United States and Australia -> Location. No entity: 'the Heileman family' (the
 # brands gathered); 'old-line brewery names' (unnamed); 'his predecessors' (unnamed)
 entities=[E("Company", GH, "G. Heileman", "Heileman"), E("Location", "La Crosse"), E("Location", "Wisconsin"),
           E("Location", "United States"), E("Company", ST, "Stroh's", "Stroh"), E("Person", "Gottlieb Heileman"),
           E("Person", "Emil T. Mueller", "Mueller"), E("Person", "Russell Cleary", "Cleary"),
           E("Service", OS, "Old Style"), E("Person", "Alan Bond", "Bond"), E("Location", "Australia"),
           E("Company", "Tooheys"), E("Company", "Hicks, Muse"), E("Company", PB, "Pabst"),
           E("Company", "Miller Brewing Company"), E("Service", "Special Export")],
 # 'its co-founder, brewer Gottlieb Heileman' -> cofounder (the text's own word, GUIDELINES, Roles, 'Founders'),
 # current true (no leaving told); 'Key brewery CEOs in the life of Heileman's were Heileman's son-in-law and
 # successor, Emil T. Mueller, and Russell Cleary' -> ceo each, current false (posts told in the past of a firm that
 # 'operated from 1858 to 1996'; Cleary 'lost control of the firm' in 1987; doubtful for Mueller: no leaving told, a
 # reader might keep current true as batches keep founders). Near-misses, no role: 'successor' (Mueller's, no other
 # title); Alan Bond ('lost control of the firm to Alan Bond ... in a leveraged buyout': an owner, no post; 'who
 # already controlled the Tooheys name': control, no post)
 roles=[R("Gottlieb Heileman", "cofounder", GH), R("Emil T. Mueller", "ceo", GH, False),
        R("Russell Cleary", "ceo", GH, False)],
 # 'It was ultimately acquired by Stroh's' and 'sold the company to competitor Stroh Brewery Company' ->
 # acquired(Stroh Brewery Company, the company) + parentOrganization (a completed sale; 'its independent existence
 # ceased' read as the end of its independence, not a merger away); 'The private equity firm Hicks, Muse bought G.
 # Heileman in 1994' -> acquired(Hicks, Muse, the company) + parentOrganization; 'Mueller introduced ... Heileman's Old
 # Style Beer' and 'Heileman brands, including Old Style and Special Export' -> provider(each, the company); 'Pabst
 # oversees the brewing of several well-known Heileman brands, including Old Style and Special Export' ->
 # provider(each, Pabst Brewing Company) (the brewer now; doubtful: a reader might give the brands only to one of the
 # two). Near-misses, no relation: 'in 1987 he lost control of the firm to Alan Bond ... in a leveraged buyout' and 'he
 # financed the acquisition of G. Heileman' (a person's buyout: no Company buyer; a reader might give a relation to
 # Bond's companies, which the text does not name); "G. Heileman's brewery names and intellectual properties became
 # part of the Pabst Brewing Company, the current owner" (names and intellectual property, assets: no acquired and no
 # parent; doubtful: a reader might read 'the current owner' as the company's owner); 'when Stroh was split between
 # Pabst and the Miller Brewing Company' (a split of assets: no acquired); 'Heileman acquired 13 breweries' (unnamed);
 # 'controlled the Tooheys name' (a person's control)
 relations=b10.acq(ST, GH) + b10.acq("Hicks, Muse", GH)
           + [L(OS, "provider", GH), L("Special Export", "provider", GH), L(OS, "provider", PB),
              L("Special Export", "provider", PB)],
 outages=[],
 # 'from 1858 to 1996', 'From 1872', 'in 1902', 'between 1959 and 1980', 'in 1987', 'in 1994' -> the years. No date:
 # 'the 1970s and early 1980s' (decades); 'two years later' (relative to 1994, `published` null, though a reader could
 # count 1996)
 dates=[D("1858", "1858"), D("1996", "1996"), D("1872", "1872"), D("1902", "1902"), D("1959", "1959"),
        D("1980", "1980"), D("1987", "1987"), D("1994", "1994")])

# ---- automobiles, US: Kaiser Jeep ----------------------------------------------------------------------------------
KJ = "Kaiser Jeep Corporation"
WO = "Willys-Overland Company"
AMC = "American Motors Corporation"
A["wp-kaiser-jeep"] = dict(
 # the company -> Company 'Kaiser Jeep Corporation' (the fullest name: 'under the name of Kaiser Jeep Corporation'),
 # aliases 'Kaiser Jeep', 'Willys Motors' ('Kaiser (initially still under the name 'Willys Motors')': its first name),
 # 'Jeep Corporation' ('Kaiser Jeep became "Jeep Corporation,"': its later name) and 'Kaiser' ('In 1955, Kaiser phased
 # out ...', 'Kaiser (initially still under the name ...)': the merged company; doubtful: 'For Kaiser, ... the
 # crown jewels in the merger' means Kaiser Motors, the party to the merger, and 'all Kaiser and Willys passenger car
 # lines' names car lines; one surface form, given to the company three of its four uses mean) (GUIDELINES, Types:
 # former names are aliases); Kaiser Motors, Willys-Overland Company (aliases 'Willys-Overland' and 'Willys': 'Willys
 # survived during the war', 'the Willys name'), Ford and American Motors Corporation (alias 'AMC') -> Company; Jeep
 # ('the Jeep brand and its models', 'Jeep-branded vehicles', 'Jeep products') -> Service (a vehicle brand, GUIDELINES,
 # Types: vehicles and car nameplates); John North Willys -> Person; Willow Run, Michigan, Toledo, Ohio and the U.S.
 # ("the U.S.'s second-largest car-maker", 'the U.S. World War II jeeps') -> Location. No entity: 'World War II' (an
 # event); 'the American and Allied armed forces' (no body named); 'jeeps' (lower case, the vehicles)
 entities=[E("Company", KJ, "Kaiser Jeep", "Willys Motors", "Jeep Corporation", "Kaiser"),
           E("Company", "Kaiser Motors"), E("Location", "Willow Run"), E("Location", "Michigan"),
           E("Location", "Toledo"), E("Location", "Ohio"), E("Company", WO, "Willys-Overland", "Willys"),
           E("Location", "U.S."), E("Company", "Ford"), E("Service", "Jeep"), E("Company", AMC, "AMC"),
           E("Person", "John North Willys")],
 # 'Founded by John North Willys, Willys-Overland ...' -> founder at Willys-Overland Company (one person named alone),
 # current true (no leaving told)
 roles=[R("John North Willys", "founder", WO)],
 # 'American Motors Corporation (AMC) negotiated with Kaiser Jeep to purchase the company. The deal was finalized in
 # 1970, and Kaiser Jeep became "Jeep Corporation," a wholly owned subsidiary of AMC' -> acquired(American Motors
 # Corporation, Kaiser Jeep Corporation) + parentOrganization (a completed purchase; the subsidiary statement agrees);
 # 'Willys focused almost exclusively on selling Jeep-branded vehicles' -> provider(Jeep, Willys-Overland Company);
 # 'Kaiser ... became entirely focused on Jeep products' -> provider(Jeep, Kaiser Jeep Corporation) (doubtful: a
 # reader might give the brand to one maker only). Near-misses, no relation: 'the 1953 merger of Kaiser Motors ...
 # with the Toledo, Ohio-based Willys-Overland Company' and 'the crown jewels in the merger with Willys-Overland' (a
 # merger where the text does not say who buys whom: nothing, GUIDELINES, Relations; a reader might give
 # acquired(Kaiser Motors, Willys-Overland Company) or parents for the new company); 'the primary contract to build
 # the U.S. World War II jeeps' (no named customer body); 'after Ford' (a rival)
 relations=b10.acq(AMC, KJ) + [L("Jeep", "provider", WO), L("Jeep", "provider", KJ)],
 outages=[],
 # 'the 1953 merger', 'From 1945', 'In 1955', 'In 1963', 'in 1970' -> the years. No date: 'during the 1930s' (a
 # decade); 'before World War II', 'during the war' (an event's span)
 dates=[D("1953", "1953"), D("1945", "1945"), D("1955", "1955"), D("1963", "1963"), D("1970", "1970")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
