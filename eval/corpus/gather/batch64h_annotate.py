#!/usr/bin/env python3
"""Batch 64h gold annotations (the texts of batch64h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-64c; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'late 1998' -> the year (GUIDELINES, Dates:
'late 2006' -> the year); 'By the 1980s' (a decade, no ISO value the format takes, as batches 60c-64c left parts of
decades), 'that December' (a month whose year is plain only from the clause before) and 'on August 27' (a day and
month, its year plain only from the paragraph before, as batches 62d and 64c left 'on 23 September' and 'on 6
April'), 'Soon', 'at the time' -> nothing. No text tells an outage, so every `outages` list is empty; none tells a
near-miss of one (mergers, a bankruptcy and closure, a liquidation of stores, a leveraged buyout, financial trouble and
moves of headquarters are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-64c): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people the text names together as founding a company are each `cofounder` ('founded by Carl and
Dorothy Bennett', the first named by his first name only, as batch 64c's 'Max' of 'Max and Morris Feldberg' and batch
63b's 'Frank'; 'founded by eight men ... James S. Wadsworth ..., J. P. Beekman ..., and George Palmer and James M.
Ganson'; 'Founded by ... Eugene Ferkauf and his friend, Joe Zwillenberg'), and 'founder' written of one person of
several ("E.J. Korvette's founder, Eugene Ferkauf") stays `founder` (doubtful: the same text names him with a
cofounder); founders current true (a retirement does not undo a founding); 'President X left, making Y the
president' -> president, current false for X and true for Y; 'X was elected president', 'Y was named cashier' ->
president and other (a cashier, as batch 63i's), current true (no leaving told; doubtful for an 1850 post); 'served
as directors of X' -> director, current false (a past post told in the simple past, as the corpus's 'served as the
company's founding president'); a military rank ('General') and links or financial interests with no post -> no
role; 'It was acquired by X' and 'sold Y to X' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions; the target kept, renamed or sold on); 'X ... merged into Y' -> acquired(Y, X) only (the target merged
away; batch 40v's 'merged into Northwest' and batch 63h's TWA; doubtful); a "merger" with no buyer told ('Following a
merger with Southern Airways', 'ADG would merge with May Department Stores') -> nothing; 'May sold the chain' after
that merger -> parentOrganization to the seller (its ownership told by the sale; doubtful); stores that 'had been part
of' a chain and an unnamed buyer's leveraged buyout -> nothing (outlets, GUIDELINES, Relations; no buyer named);
former and later names of one company -> aliases (GUIDELINES, Types: 'Founded as Wisconsin Central Airlines', 'North
Central became Republic Airlines' (doubtful: the name of the merged carrier), 'founded as Marine Bank', 'changed its
name to HSBC Bank USA', 'also known as Korvette's'); a store's private clothing label -> Service, with provider to the
store chain (doubtful); aircraft models -> Service, from their plurals ('Cessna UC-78 Bobcats', as batch 64c's
'Fairchild F-24s'), their makers named only inside them no entity; one aircraft's registration ('NC14262'), a logo
('"Herman the duck"'), a make with no model ('a Waco biplane'), statutes and 'Chapter 11', a war, a family ('The
Bennetts'), unnamed divisions and stores -> no entity; a newspaper named in an editors' source note ('New York Times
Business Day') -> Company (GUIDELINES, Types: newspapers; doubtful); competitors and later rivals ('like Walmart and
Target', 'preceded ... Walmart ... Costco') -> no relation; cities, states, regions ('New England', 'the East Coast',
'the Great Lakes'), a metropolitan area ('Minneapolis–St. Paul') and a street address ('79 Main Street') -> Location;
'American', 'midwestern', 'northeastern', 'mid-Manhattan' (Manhattan kept: a named place inside a compound, as batch
63h's 'New Orleans-raised'; doubtful) as written.
usage: batch64h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, US: North Central Airlines --------------------------------------------------------------------------
NCA = "North Central Airlines"
FWD = "Four Wheel Drive Auto Company"
A["wp-north-central-airlines"] = dict(
 # the airline -> Company 'North Central Airlines', aliases 'North Central' (also in "North Central's"), 'Wisconsin
 # Central Airlines' (the name it was 'Founded as'), 'Wisconsin Central' ("Wisconsin Central's first Lockheed Electra")
 # and 'Republic Airlines' ('North Central became Republic Airlines'; GUIDELINES, Types: a later name, as batch 63h's
 # 'evolved ... to become Allegheny Airlines'; doubtful: Republic Airlines was the carrier of a merger with Southern
 # Airways, and a reader might list it as a company of its own); Southern Airways, Northwest Airlines and the Four
 # Wheel Drive Auto Company (alias 'FWD') -> Company; Francis Higgins and Hal Carr (alias 'Carr') -> Person; the aircraft
 # models Lockheed Electra 10A (aliases 'Electra 10A', from 'Electra 10As', and 'Electras'), Cessna UC-78 Bobcat (from
 # 'Cessna UC-78 Bobcats') and Douglas DC-3 (from 'Douglas DC-3s') -> Service (GUIDELINES, Types: aircraft models;
 # Lockheed, Cessna and Douglas named only inside them get no entity); the United States ('the midwestern United
 # States'), Clintonville, Wisconsin, Madison, Minneapolis–St. Paul (a metropolitan area), Minneapolis and Minnesota ->
 # Location. No entity: '"Herman the duck"' (a logo), 'NC14262' (one aircraft's registration, as ships' names), 'a
 # Waco biplane' (a make with a generic noun, no model named; doubtful: a reader might take Waco as a company), 'a
 # flight department', 'six Wisconsin cities', '19 airports' (unnamed)
 entities=[E("Company", NCA, "North Central", "Wisconsin Central Airlines", "Wisconsin Central", "Republic Airlines"),
           E("Location", "United States"), E("Location", "Clintonville"), E("Location", "Wisconsin"),
           E("Location", "Madison"), E("Service", "Lockheed Electra 10A", "Electra 10A", "Electras"),
           E("Location", "Minneapolis\u2013St. Paul"), E("Company", "Southern Airways"),
           E("Company", "Northwest Airlines"), E("Company", FWD, "FWD"), E("Service", "Cessna UC-78 Bobcat"),
           E("Service", "Douglas DC-3"), E("Location", "Minneapolis"), E("Location", "Minnesota"),
           E("Person", "Francis Higgins"), E("Person", "Hal Carr", "Carr")],
 # 'Soon the airline ran into financial trouble when President Francis Higgins left' -> president at North Central
 # Airlines, current false (he left); 'making Hal Carr the president' -> president, current true (no leaving told).
 # Near-misses, no role: 'company executives' of FWD (unnamed); the cut infobox's 'Hal Carr (Vice President)' (not in
 # the text); no founder (the text names no person as founding the airline: 'company executives decided to start an
 # airline')
 roles=[R("Francis Higgins", "president", NCA, False), R("Hal Carr", "president", NCA)],
 # 'North Central became Republic Airlines, which merged into Northwest Airlines in 1986' -> acquired(Northwest
 # Airlines, North Central Airlines) only (the airline, under its later name, merged into another: the target merged
 # away, no parent; batch 40v's 'merged into Northwest'; doubtful: a reader might read 'merged into' as a merger with no
 # buyer and give nothing). Near-misses, no relation: 'Following a merger with Southern Airways in 1979' (a merger with
 # no buyer told, GUIDELINES, Relations; a reader might add acquired(North Central Airlines, Southern Airways)); FWD
 # and the airline (FWD's flight department and its 'company executives decided to start an airline', but the text
 # does not say FWD owned the airline; doubtful: a reader might give parentOrganization(North Central Airlines, Four
 # Wheel Drive Auto Company)); 'traded a company truck for a Waco biplane' and 'to buy two Cessna UC-78 Bobcats'
 # (aircraft bought: assets, and the planes flown are no service the airline makes, so no provider)
 relations=[L("Northwest Airlines", "acquired", NCA)],
 outages=[],
 # 'in 1944' (twice, one item), 'in 1947', 'in 1948', 'in 1952' ('In 1952' beside it, one item, case ignored), 'in
 # 1979', 'in 1986', 'In 1939', 'in 1946', 'on 25 February 1948' -> the years and the day. No date: 'that December'
 # (its year plain only from the clause before, as batch 64c's 'on 6 April'); 'Soon', 'soon after' (relative)
 dates=[D("1944", "1944"), D("1947", "1947"), D("1948", "1948"), D("1952", "1952"), D("1979", "1979"),
        D("1986", "1986"), D("1939", "1939"), D("1946", "1946"), D("25 February 1948", "1948-02-25")])

# ---- retail, US: Caldor -------------------------------------------------------------------------------------------
CAL = "Caldor"
ADG = "Associated Dry Goods Corporation"
MAY = "May Department Stores"
A["wp-caldor"] = dict(
 # the chain -> Company 'Caldor'; Walmart, Target, the J.M. Fields chain, Associated Dry Goods Corporation (alias
 # 'ADG') and May Department Stores (alias 'May', 'May sold the chain') -> Company (store chains, as the corpus's
 # retailers); the New York Times ('(from May 23, 1984 New York Times Business Day)', the editors' source note; a
 # newspaper, GUIDELINES, Types; doubtful: a reader might skip a citation left in the text) -> Company; 'Carl and
 # Dorothy Bennett' -> Person 'Carl' (the first name only, as batch 64c's 'Max'; the cut infobox's 'Carl Bennett' is
 # not in the text) and Person 'Dorothy Bennett', alias 'Dorothy' ("the couple's first names: Carl and Dorothy", the
 # names as words, kept as her surface form; doubtful); the private clothing label Marc Robbins -> Service (a brand
 # shoppers buy, GUIDELINES part 1; doubtful: a label named for two children, who get no entity); the United States
 # ('the northeastern United States'), New England, Port Chester, New York (the state; alias 'NY', 'Port Chester, NY'),
 # Norwalk, Connecticut, the East Coast, Virginia and New Hampshire -> Location. No entity: 'The Bennetts' (a
 # family), 'Chapter 11' (a law's chapter, GUIDELINES, Types), 'a five and dime' (a kind of store), 'Business Day' (a
 # newspaper's section), 'their two children' (unnamed)
 entities=[E("Company", CAL), E("Location", "United States"), E("Location", "New England"), E("Person", "Carl"),
           E("Person", "Dorothy Bennett", "Dorothy"), E("Location", "Port Chester"), E("Location", "New York", "NY"),
           E("Location", "Norwalk"), E("Location", "Connecticut"), E("Company", "Walmart"), E("Company", "Target"),
           E("Company", "New York Times"), E("Service", "Marc Robbins"), E("Location", "East Coast"),
           E("Location", "Virginia"), E("Location", "New Hampshire"), E("Company", "J.M. Fields"),
           E("Company", ADG, "ADG"), E("Company", MAY, "May")],
 # 'The discount retailer was founded by Carl and Dorothy Bennett in 1951' -> cofounder at Caldor for each (two people
 # named together as founding it, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'The first store
 # was opened by Carl and Dorothy Bennett' (the same founding, no second title); the Bennetts as sellers in 1981 (owners,
 # no post)
 roles=[R("Carl", "cofounder", CAL), R("Dorothy Bennett", "cofounder", CAL)],
 # 'The Bennetts sold Caldor to Associated Dry Goods Corporation (ADG) in 1981' -> acquired(ADG, Caldor) and
 # parentOrganization(Caldor, ADG) (a completed purchase, the chain kept); 'ADG would merge with May Department Stores
 # in 1986. May sold the chain in November 1990' -> parentOrganization(Caldor, May Department Stores) (May owned the
 # chain it sold: past ownership still recorded, GUIDELINES, Relations; doubtful: told only by the sale); 'The Bennetts
 # also developed a private clothing label, Marc Robbins' -> provider(Marc Robbins, Caldor) (the store chain's own
 # label; doubtful: the text says the founders developed it, not that Caldor sold it). Near-misses, no relation: ADG's
 # merger with May (a merger with no buyer told; a reader might add acquired(May Department Stores, ADG)); 'May sold
 # the chain ... in a leveraged buyout' (no buyer named); 'Many Caldor stores had been part of the J.M. Fields chain'
 # (stores, outlets: no acquired and no parent of Caldor under J.M. Fields); Walmart and Target (competitors: no
 # partner); the New York Times (a source, no tie)
 relations=b10.acq(ADG, CAL) + [L(CAL, "parentOrganization", MAY), L("Marc Robbins", "provider", CAL)],
 outages=[],
 # 'from 1951 until 1999', 'in 1951' (one item each: '1951', '1999'), 'in 1995', 'May 23, 1984', 'In late 1998'
 # (-> the year, GUIDELINES, Dates), 'in 1981', 'in 1986', 'in November 1990' -> the years, the day and the month. No
 # date: 'By the 1980s' (a decade)
 dates=[D("1951", "1951"), D("1999", "1999"), D("1995", "1995"), D("May 23, 1984", "1984-05-23"),
        D("late 1998", "1998"), D("1981", "1981"), D("1986", "1986"), D("November 1990", "1990-11")])

# ---- banking, US: Marine Midland Bank -----------------------------------------------------------------------------
MMB = "Marine Midland Bank"
AH = "Attica and Hornell Railroad"
FOUNDERS = ("James S. Wadsworth", "J. P. Beekman", "John Arnot", "John Magee", "Constant Cook", "William R. Gwinn",
            "George Palmer", "James M. Ganson")
A["wp-marine-midland-bank"] = dict(
 # the bank -> Company 'Marine Midland Bank', aliases 'Marine Midland', 'Marine Bank' (the name it was 'founded as'),
 # 'HSBC Bank USA' (the name it 'changed ... to', GUIDELINES, Types) and 'Marine' ('Marine was the prominent bank');
 # HSBC, the Attica and Hornell Railroad and the Buffalo and State Line Railroad -> Company; the eight founders ->
 # Person, with 'Wadsworth' ('General James S. Wadsworth', the rank not part of the name), 'Palmer' and 'Ganson' as
 # aliases; Buffalo (also "Buffalo's lakefronts"), New York (the state: 'the state of New York', 'from across New
 # York', 'Kinderhook, New York'), Geneseo, Kinderhook, Elmira, Bath, Medina, the Great Lakes and 79 Main Street (an
 # address) -> Location. No entity: 'eight men' (unnamed as a group), 'the grain and milling industry' (an industry),
 # 'The new institution' (a description)
 entities=[E("Company", MMB, "Marine Midland", "Marine Bank", "HSBC Bank USA", "Marine"), E("Location", "Buffalo"),
           E("Location", "New York"), E("Company", "HSBC"), E("Person", "James S. Wadsworth", "Wadsworth"),
           E("Location", "Geneseo"), E("Person", "J. P. Beekman"), E("Location", "Kinderhook"),
           E("Person", "John Arnot"), E("Location", "Elmira"), E("Person", "John Magee"), E("Person", "Constant Cook"),
           E("Location", "Bath"), E("Person", "William R. Gwinn"), E("Location", "Medina"),
           E("Person", "George Palmer", "Palmer"), E("Person", "James M. Ganson", "Ganson"), E("Company", AH),
           E("Company", "Buffalo and State Line Railroad"), E("Location", "Great Lakes"),
           E("Location", "79 Main Street")],
 # 'It was founded by eight men from across New York—General James S. Wadsworth ..., J. P. Beekman ..., John Arnot
 # ..., John Magee and Constant Cook ..., William R. Gwinn ..., and George Palmer and James M. Ganson' -> cofounder at
 # Marine Midland Bank for each of the eight (people named together as founding it, GUIDELINES, Roles, 'Founders'),
 # current true; 'Palmer was elected president' -> president, current true (no leaving told; doubtful: a post of 1850
 # in a history, which a reader might mark past); 'Ganson was named cashier' -> other (a cashier, as batch 63i's
 # 'first cashier and secretary'), current true (the same doubt); 'The two had financial interests in and served as
 # directors of the Attica and Hornell Railroad' -> director at the Attica and Hornell Railroad for Palmer and for
 # Wadsworth, current false (told in the simple past, as 'served as the company's founding president' was read;
 # doubtful: nothing says the posts ended). Near-misses, no role: 'General' (a military rank, no organisation named);
 # 'Palmer had links also with the Buffalo and State Line Railroad' (links, no post); the cut infobox's 'Malcom
 # Burnett, President and CEO' (not in the text)
 roles=[R(p, "cofounder", MMB) for p in FOUNDERS] +
       [R("George Palmer", "president", MMB), R("James M. Ganson", "other", MMB),
        R("George Palmer", "director", AH, False), R("James S. Wadsworth", "director", AH, False)],
 # 'It was acquired by HSBC in 1980, and changed its name to HSBC Bank USA in 1999' -> acquired(HSBC, Marine Midland
 # Bank) and parentOrganization(Marine Midland Bank, HSBC) (a completed purchase, the bank kept and renamed).
 # Near-misses, no relation: 'financial interests in' the Attica and Hornell Railroad (people's holdings: no acquired,
 # no parent, which join organisations); 'intended to finance the new shipping trade' (no named party); the cut
 # infobox's '51% 1980 and 100% 1987' (not in the text)
 relations=b10.acq("HSBC", MMB),
 outages=[],
 # 'in 1980', 'in 1999', 'on July 10, 1850' -> the years and the day. No date: 'on August 27' (a day and month whose
 # year, 1850, is plain only from the paragraph before, as batch 64c's 'on 6 April'); 'the first day' (relative)
 dates=[D("1980", "1980"), D("1999", "1999"), D("July 10, 1850", "1850-07-10")])

# ---- retail, US: E. J. Korvette -----------------------------------------------------------------------------------
EJK = "E. J. Korvette"
A["wp-e-j-korvette"] = dict(
 # the chain -> Company 'E. J. Korvette', aliases 'Korvette\u2019s' ('also known as', a curly apostrophe), 'E.J.
 # Korvette' ("E.J. Korvette's founder", possessive-free) and "Korvette's" ("Korvette's instituted", 'the profits of
 # Korvette's': the store's name with its apostrophe, a straight one; doubtful: a reader might read a possessive);
 # Walmart and Costco -> Company; Eugene Ferkauf (alias 'Ferkauf') and Joe Zwillenberg -> Person; New York City and
 # Manhattan ('mid-Manhattan', a named place inside a compound, as batch 63h's 'New Orleans-raised'; doubtful) ->
 # Location. No entity: 'World War II' (an event), 'anti-discounting statutes' (laws, GUIDELINES, Types),
 # 'consumers' cooperatives' (unnamed), 'The record and audio division' (an unnamed unit), 'American' (an adjective)
 entities=[E("Company", EJK, "Korvette\u2019s", "E.J. Korvette", "Korvette's"), E("Location", "New York City"),
           E("Person", "Eugene Ferkauf", "Ferkauf"), E("Person", "Joe Zwillenberg"), E("Company", "Walmart"),
           E("Company", "Costco"), E("Location", "Manhattan")],
 # 'Founded by World War II veteran Eugene Ferkauf and his friend, Joe Zwillenberg' -> cofounder at E. J. Korvette for
 # Joe Zwillenberg (two people named together as founding it, GUIDELINES, Roles, 'Founders'); "E.J. Korvette's
 # founder, Eugene Ferkauf" -> founder for Ferkauf (GUIDELINES: "founder" written of one person of several ("its
 # founder, A") stays `founder`; doubtful: the joint founding alone would make him cofounder, and a reader might give
 # both the same title); both current true ('Ferkauf retired in 1968' ends no founding; doubtful: a reader might mark
 # his role past). Near-misses, no role: 'World War II veteran' (a soldier's service, no post at an organisation);
 # 'his friend' (no post)
 roles=[R("Eugene Ferkauf", "founder", EJK), R("Joe Zwillenberg", "cofounder", EJK)],
 # No relation. Near-misses: 'preceded later discount stores, like Walmart, and warehouse clubs such as Costco' (later
 # chains of the same kind: no partner, no acquired); 'It displaced earlier five and dime retailers' (unnamed);
 # 'The record and audio division' (a unit with no name: no parentOrganization)
 relations=[],
 outages=[],
 # 'in 1948', 'its 1980 bankruptcy', 'in 1968' -> the years. No date: 'at the time' (relative); '400-square-foot',
 # '37 m2', '$2,500' (measures, a sum)
 dates=[D("1948", "1948"), D("1980", "1980"), D("1968", "1968")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
