#!/usr/bin/env python3
"""Batch 66m gold annotations (the texts of batch66m.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66i; batch10_annotate.write_parts), so with three texts: test wp-british-westinghouse, train wp-fisons, dev
wp-freia. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a person's life
years in brackets ('(1867\u20131920)', and the open '(1851\u2013)') -> one date each (as batch 66c listed them, after
train wp-cascade-brewery and wp-whittakers; doubtful: batches 63f-65l left life years out); 'During the 1950s' -> nothing
(a decade, as batches before); 'the same year', 'The same year', 'A few years later', 'In his first six years', 'By the
turn of the century', 'at the time', 'during World War I' -> nothing (no calendar value written); '19021906' -> nothing
(the rendering's two years run together; no expression a reader can resolve as written). No text tells an outage, so
every `outages` list is empty; none tells a near-miss of one ('went into receivership' is a business failure, 'shortages
in cocoa supply' a supply shortage: no service lost by users; GUIDELINES, Outages). Conventions (GUIDELINES.md part 2;
batches 36j-40zg, 54zu, 55e-66i): 'X was acquired by Y', 'AEI taken over by GEC', 'Freia bought all the shares in
Marabou' -> acquired + parentOrganization(target, buyer) (completed; none said to be merged away); 'Z bought a
controlling interest in X' -> acquired + parentOrganization (control bought; doubtful); 'a subsidiary of X', 'became
part of X', 'majority owned by X' -> parentOrganization; 'merged with X', 'accepted a merger with X' -> nothing
(GUIDELINES, Relations: a merger where the text does not say who buys whom); 'it bought a fertiliser business founded
by A', 'acquired the fertiliser business of X' -> nothing (a business bought from its owner, unnamed or named only as
the seller: an asset purchase, as batch 66c left 'its automobile and aircraft interests purchased by'; GUIDELINES,
Relations); 'the operation was bought by A' (a person) -> nothing (acquired wants two companies); 'X was founded by A
and B' -> cofounder each (GUIDELINES, Roles, Founders); 'A established X', 'The business was established by A' ->
founder (one person named alone); 'remained as president' -> president, current true; 'voted to remove A from his role
as chairman' -> chairman, current false; 'worked for X', 'one of their staff, A', 'businessman A' -> no role (no title
of the list); a chocolate bar named as the brand's -> Service with provider to its maker (as batches 64f and 64n with
car nameplates); earlier and later names of one company -> aliases (GUIDELINES, Types); a family ('the Throne-Holst
family') -> no entity; demonyms and adjectives ('British', 'American', 'Belgian', 'Norwegian') -> nothing.
usage: batch66m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- electrical engineering, UK: British Westinghouse (en.wikipedia.org's rendering) -------------------------------
BW = "British Westinghouse Electrical and Manufacturing Company"
WEM = "Westinghouse Electric and Manufacturing Company"
GW = "George Westinghouse"
AEI = "Associated Electrical Industries"
BTH = "British Thomson-Houston"
MCW = "Metropolitan Carriage Wagon Company"
A["wp-british-westinghouse"] = dict(
 # the company -> Company 'British Westinghouse Electrical and Manufacturing Company', alias 'British Westinghouse';
 # the American parent -> Company 'Westinghouse Electric and Manufacturing Company', aliases 'Westinghouse USA',
 # 'American Westinghouse' and 'Westinghouse' ('the parent companies, GE and Westinghouse in America': the American
 # company under three short forms; doubtful: a reader might keep 'Westinghouse' out as a surname, though the text
 # gives the person only in full, 'George Westinghouse'); 'British Thomson-Houston (BTH)' -> Company, alias 'BTH';
 # 'General Electric' -> Company, alias 'GE' ('the parent companies, GE and Westinghouse'); 'Associated Electrical
 # Industries (AEI)' -> Company, alias 'AEI'; Metropolitan-Vickers, GEC, Metropolitan Carriage Wagon Company, Vickers
 # -> Company (GEC kept apart from General Electric: two surface forms the text never ties; doubtful: a reader who
 # knows the American GE and the British GEC apart agrees, one who does not might merge them); George Westinghouse,
 # Paul Mossay -> Person; Pittsburgh, US, UK, Trafford Park, Manchester, America -> Location ('US-based', 'UK
 # investors': the countries named, not demonyms; doubtful: a reader might take both as adjectives and give nothing).
 # No entity: 'his own company' (the American company, unnamed there), 'the group', 'the board', 'the parent
 # companies', 'World War I' (an event), 'British', 'American', 'Belgian'
 entities=[E("Company", BW, "British Westinghouse"),
           E("Company", WEM, "Westinghouse USA", "American Westinghouse", "Westinghouse"),
           E("Location", "Pittsburgh"), E("Location", "US"), E("Company", "Metropolitan-Vickers"),
           E("Company", BTH, "BTH"), E("Company", AEI, "AEI"), E("Company", "GEC"), E("Person", GW),
           E("Location", "UK"), E("Location", "Trafford Park"), E("Location", "Manchester"),
           E("Company", "General Electric", "GE"), E("Location", "America"), E("Person", "Paul Mossay"),
           E("Company", MCW), E("Company", "Vickers")],
 # 'George Westinghouse established British Westinghouse in 1899' -> founder at British Westinghouse, current true
 # (one person named alone; 'with capital from his own company' names no second founder); 'executive control of the
 # company was taken away from George Westinghouse, though he remained as president' -> president at Westinghouse
 # Electric and Manufacturing Company ('the company' after 'Westinghouse USA went into receivership'), current true
 # (no leaving told; doubtful: a reader might tie the post to British Westinghouse, the article's subject); 'the board
 # voted to remove George Westinghouse from his role as chairman' -> chairman at British Westinghouse, current false
 # (the board of the company whose 'increased independence' this 'reinforced'; doubtful: a reader might read the
 # American board). Near-misses: 'The Belgian electrical engineer, Paul Mossay, worked for BTH ... started working for
 # British Westinghouse' -> no role (an engineer, no title of the list; a reader might give executive or other);
 # 'executive control ... was taken away' -> no second role (no post named)
 roles=[R(GW, "founder", BW), R(GW, "president", WEM), R(GW, "chairman", BW, False)],
 # 'was a subsidiary of the Pittsburgh, US-based Westinghouse Electric and Manufacturing Company', 'American
 # Westinghouse retained over half the shares' -> parentOrganization(British Westinghouse, Westinghouse Electric and
 # Manufacturing Company); 'would become a subsidiary of Metropolitan-Vickers in 1919' -> parentOrganization(British
 # Westinghouse, Metropolitan-Vickers); 'it became part of Associated Electrical Industries (AEI) in 1959' ('it' the
 # subject, British Westinghouse) -> parentOrganization(British Westinghouse, AEI) (doubtful: a reader might read 'it'
 # as Metropolitan-Vickers, the nearer name); 'AEI taken over by GEC in 1967' -> acquired(GEC, AEI) +
 # parentOrganization; 'BTH was majority owned by General Electric' -> parentOrganization(BTH, General Electric);
 # 'Metropolitan Carriage Wagon Company bought a controlling interest in the group in 1917' ('the group' British
 # Westinghouse) -> acquired + parentOrganization (control bought; doubtful: a reader might give parentOrganization
 # only, or nothing for a stake). Near-misses: 'after Metropolitan-Vickers merged with British Thomson-Houston in 1929'
 # -> nothing (a merger, no buyer told); 'the board accepted a merger with Vickers and the name Metropolitan-Vickers was
 # chosen' -> nothing (a merger; no parentOrganization to Vickers, and Metropolitan-Vickers kept as its own entity, no
 # alias of British Westinghouse, as the lead names it its parent); 'the rival British Thomson-Houston', 'the
 # competition between BTH and British Westinghouse' -> no partner (rivals); 'capital from his own company and a
 # smaller share from UK investors' -> nothing more (the parent already recorded; investors unnamed)
 relations=[L(BW, "parentOrganization", WEM), L(BW, "parentOrganization", "Metropolitan-Vickers"),
            L(BW, "parentOrganization", AEI)] + acq("GEC", AEI)
           + [L(BTH, "parentOrganization", "General Electric")] + acq(MCW, BW),
 outages=[],
 # '1919', '1929', '1959', '1967', '1899', '1902', '1906', '1907', '1910', '1916', '1917'; '19021906' (the two
 # years run together), 'the same year', 'The same year', 'during World War I' -> left out
 dates=[D("1919", "1919"), D("1929", "1929"), D("1959", "1959"), D("1967", "1967"), D("1899", "1899"),
        D("1902", "1902"), D("1906", "1906"), D("1907", "1907"), D("1910", "1910"), D("1916", "1916"),
        D("1917", "1917")])

# ---- chemicals and pharmaceuticals, UK: Fisons (wikimili.com's copy) -----------------------------------------------
F = "Fisons plc"
A["wp-fisons"] = dict(
 # the company -> Company 'Fisons plc', aliases 'Fisons', 'Fisons Ltd' and its earlier names 'Edward Packard and
 # Company Limited', 'Packard and James Fison (Thetford) Limited', 'Fison, Packard & Prentice, Limited' (former names
 # of one company; GUIDELINES, Types); Rhone-Poulenc, London Stock Exchange -> Company (a stock exchange run as a
 # business; GUIDELINES, part 1); 'the Prentice Brothers, Stowmarket' -> Company 'Prentice Brothers' (a firm named with
 # its town, whose fertiliser business was bought; doubtful: a reader might read 'the Prentice Brothers' as people and
 # give no entity, or a Person); Edward Packard, James Fison, Ray Sweet -> Person; Ipswich, United Kingdom, Thetford,
 # Stowmarket, Somerset Levels -> Location (a named region). No entity: 'the FTSE 100 Index' (a stock index;
 # GUIDELINES, Types), 'his son, also named Edward' (named only by a first name that is also the first word of
 # 'Edward Packard', the father's surface form; doubtful: a reader might add a Person 'Edward'), 'a fertiliser business
 # founded by James Fison' (unnamed), 'the parent company', 'The Company', 'superphosphate', 'coprolites', 'a timber
 # trackway', 'British'
 entities=[E("Company", F, "Fisons", "Fisons Ltd", "Edward Packard and Company Limited",
             "Packard and James Fison (Thetford) Limited", "Fison, Packard & Prentice, Limited"),
           E("Location", "Ipswich"), E("Location", "United Kingdom"), E("Company", "London Stock Exchange"),
           E("Company", "Rhone-Poulenc"), E("Person", "Edward Packard"), E("Person", "James Fison"),
           E("Location", "Thetford"), E("Company", "Prentice Brothers"), E("Location", "Stowmarket"),
           E("Location", "Somerset Levels"), E("Person", "Ray Sweet")],
 # 'The business was established by Edward Packard ... in 1843' -> founder at Fisons plc, current true (one person
 # named alone; 'The business' is the company later incorporated as Edward Packard and Company Limited).
 # Near-misses: 'a fertiliser business founded by James Fison of Thetford in 1808' -> no role (the business he founded
 # is unnamed; it is not Fisons plc, which bought it; a reader might give him founder of Fisons by the name); 'his son,
 # also named Edward, who was instrumental in developing the business' -> no role (no entity, no title); 'one of their
 # staff, Ray Sweet' -> no role (staff, no title of the list)
 roles=[R("Edward Packard", "founder", F)],
 # 'It was acquired by Rhone-Poulenc in 1995' -> acquired(Rhone-Poulenc, Fisons plc) + parentOrganization (completed;
 # not said to be merged away). Near-misses: 'In 1919 it bought a fertiliser business founded by James Fison' ->
 # nothing (an unnamed business; GUIDELINES, Relations want named ends); 'acquired the fertiliser business of the
 # Prentice Brothers, Stowmarket' -> nothing (a business bought from the firm, not the firm: an asset purchase;
 # doubtful: a reader might give acquired(Fisons plc, Prentice Brothers) + parentOrganization, the name taken into the
 # company's own); 'listed on the London Stock Exchange' -> no relation (a listing); 'owned parts of the Somerset
 # Levels' -> nothing (land, no company)
 relations=acq("Rhone-Poulenc", F),
 outages=[],
 # '1995', '1843', '1863', '1895', '1919', '1808', '1929' (twice, one text, one value), '1942', '1970'; 'During the
 # 1950s' -> left out
 dates=[D("1995", "1995"), D("1843", "1843"), D("1863", "1863"), D("1895", "1895"), D("1919", "1919"),
        D("1808", "1808"), D("1929", "1929"), D("1942", "1942"), D("1970", "1970")])

# ---- confectionery, Norway and Sweden: Freia (en.wikipedia.org's rendering) ----------------------------------------
JTH = "Johan Throne Holst"
OL = "Olaf Larsen"
FWHC = "Fredrik Wilhelm Hjorth Christensen"
A["wp-freia"] = dict(
 # Freia -> Company ('a Norwegian chocolate brand', but 'The company was acquired', 'incorporated Freia as a public
 # company', 'Freia bought all the shares in Marabou': the business; one surface form, one entity; doubtful: a reader
 # might type it a Service by the text's first sentence); 'Freia Melkesjokolade', 'Kvikk Lunsj' -> Service (chocolate
 # products the brand is known for; GUIDELINES, Types: products users buy); Mondelez International, Marabou ('the
 # chocolate factory Marabou', whose shares Freia bought) -> Company; Olaf Larsen (alias 'Larsen'), Fredrik Wilhelm
 # Hjorth Christensen (alias 'Christensen'), Johan Throne Holst (alias 'Holst') -> Person; Norway, Rodeløkka,
 # Grünerløkka, Oslo, Sundbyberg, Stockholm, Sweden, Upplands Väsby -> Location (a neighbourhood and a borough as named
 # places). No entity: 'Freja' ('The name Freia (or Freja) could not be used due to a conflicting trademark in Sweden':
 # a spelling of a name that was not used, no surface of the company in use; a reader might add it as an alias), 'the
 # Throne-Holst family' (a family), 'the marabou stork' (a bird), 'World War I' (an event), 'the factory', 'the
 # enterprise', 'the operation', 'Norwegian'
 entities=[E("Company", "Freia"), E("Service", "Freia Melkesjokolade"), E("Service", "Kvikk Lunsj"),
           E("Company", "Mondelez International"), E("Person", OL, "Larsen"), E("Person", FWHC, "Christensen"),
           E("Person", JTH, "Holst"), E("Location", "Norway"), E("Location", "Rodel\u00f8kka"),
           E("Location", "Gr\u00fcnerl\u00f8kka"), E("Location", "Oslo"), E("Company", "Marabou"),
           E("Location", "Sundbyberg"), E("Location", "Stockholm"), E("Location", "Sweden"),
           E("Location", "Upplands V\u00e4sby")],
 # 'Freia was founded by Olaf Larsen (1867–1920) and Fredrik Wilhelm Hjorth Christensen (1851–) in 1889' -> cofounder
 # each at Freia, current true (two people named together; GUIDELINES, Roles, Founders). Near-misses: 'the operation was
 # bought by aspiring entrepreneur and businessman Johan Throne Holst', 'incorporated Freia as a public company', 'Holst
 # built up Freia' -> no role (an owner who ran it, no title of the list; a reader might give founder or other); 'the
 # Throne-Holst family founded the chocolate factory Marabou' -> no role (a family, no person named; a reader might
 # give Holst founder of Marabou); 'Christensen arranged supplies with cocoa suppliers' -> no partner (suppliers unnamed)
 roles=[R(OL, "cofounder", "Freia"), R(FWHC, "cofounder", "Freia")],
 # 'The company was acquired by Mondelez International in 1993' -> acquired(Mondelez International, Freia) +
 # parentOrganization; 'In 1990, Freia bought all the shares in Marabou' -> acquired(Freia, Marabou) +
 # parentOrganization; 'The brand is known for Freia Melkesjokolade and Kvikk Lunsj' -> provider of each to Freia.
 # Near-misses: 'the operation was bought by ... Johan Throne Holst' -> no acquired (a person as buyer); 'the
 # Throne-Holst family founded ... Marabou' -> no parentOrganization of Marabou before 1990 (a family's firm; the text
 # ties the two companies only by the purchase of 1990 and the shared logo); 'based on the marabou stork which was part
 # of Freia's logo' -> nothing
 relations=acq("Mondelez International", "Freia") + acq("Freia", "Marabou")
           + [L("Freia Melkesjokolade", "provider", "Freia"), L("Kvikk Lunsj", "provider", "Freia")],
 outages=[],
 # '1993', '1867', '1920', '1851', '1889', '1892', '1868', '1946', '1898', '1916', '1943', '1919', '1990' (life years
 # one date each, as batch 66c); 'A few years later', 'In his first six years', 'By the turn of the century', 'at the
 # time', 'World War I' -> left out
 dates=[D("1993", "1993"), D("1867", "1867"), D("1920", "1920"), D("1851", "1851"), D("1889", "1889"),
        D("1892", "1892"), D("1868", "1868"), D("1946", "1946"), D("1898", "1898"), D("1916", "1916"),
        D("1943", "1943"), D("1919", "1919"), D("1990", "1990")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
