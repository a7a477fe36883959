#!/usr/bin/env python3
"""Batch 59f gold annotations (the texts of batch59f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-59a; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); 'Today', 'today', 'in the following year' (relative
to a year of the sentence before, not to a publication date), decades ('the 1980s') and centuries ('the 18th
century') -> nothing (as batch 59a left its decades and relative phrases). No text tells an outage, so every
`outages` list is empty; one tells a near-miss of one (Arnotts' original building 'completely destroyed in a fire' on
4 May 1894, a physical destruction; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-59a): a company 'acquired by', 'bought by' (completed)
-> acquired + parentOrganization(target, buyer) (ownership that ended kept: relations carry no time; a buyer bought in
turn is not a target merged away unless the text says so); 'X is owned by Y', 'Y also owns X' -> parentOrganization(X,
Y) alone (ownership told, no purchase); 'a further subsidiary company, X' -> parentOrganization(X, the company); 'a
sister company' -> nothing (a sister is not owned by the company; doubtful, said at the item); a person who buys a
company or a firm ('acquired ... by convicted fraudster Clarence Hatry', 'he also acquired the T. Werner Laurie Ltd.
publishing firm') -> no relation and no role (acquired needs a Company as buyer; owners hold no post; as batch 59a);
'founded ... by A and B' -> cofounder each, kept current after the founder died or left (as batch 40ze: a founder stays
the founder); 'founded ... by A', 'a ... company established by A' -> founder; 'became partners in the business' ->
other at the business (as batch 40ze's 'partners in ... Aldabra'; doubtful); 'initially worked as production director
of X' -> executive at X (a senior functional post, as batch 58p's 'design director'), current false ('initially',
then a move told); 'took shares in the company' -> no role (a shareholder); monarchs named as granting royal warrants
-> Person, no role (as the corpus's 'Queen Elizabeth II (no role)'); a first name alone for one of two people who share
a surname ('Andrew and Patrick Reid', 'Walter and Eva Neurath') -> the first name is that person's name where the text
gives no fuller form (as batches 57j and 58e's 'Ralph' and 'Emiel'), else an alias of the full name; a lone surname
('Cannock', 'White', "Hatchard's portrait") -> alias; a company's former name ('renamed as Arnott's') -> alias; a
state investment fund -> Company (as the corpus's Public Investment Fund and Temasek Holdings; doubtful); named
buildings and sites (the Egyptian Hall, the GPO, St. Pancras railway station) and streets -> Location; demonyms and
adjectives ('English', 'Thai', 'Scottish', 'Viennese', 'English-language') -> nothing.
usage: batch59f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- publishing, UK: Thames & Hudson (en.m.wikipedia.org's rendering) -------------------------------------------------
TH = "Thames & Hudson"
WN = "Walter Neurath"
A["wp-thames-hudson"] = dict(
 # the publisher -> Company 'Thames & Hudson', alias 'T&H' ('sometimes T&H for brevity'); Interart ('a further
 # subsidiary company') and 'Éditions Thames & Hudson' ('a sister company'; its own name, not a form of the
 # publisher's) -> Company; Adprint ('a London book-packaging company') -> Company; Walter Neurath (alias 'Walter': 'by
 # Walter and Eva Neurath', the first name alone before the shared surname, as batch 58e's 'Jan'), Eva Neurath (the
 # full form occurs in 'Walter and Eva Neurath'), Wolfgang Foges -> Person; London, New York City (alias 'New York':
 # 'the rivers flowing through London and New York', the city of the Hudson; doubtful: a reader might make the state
 # or keep them apart), Melbourne, Singapore, Hong Kong, Paris, Vienna -> Location. No entity: 'a sister company in
 # New York City' and 'subsidiaries in Melbourne, Singapore and Hong Kong' (unnamed), 'the group' (the publisher
 # again, generic), 'the Old World and the New' (no place named), 'a ‘museum without walls’' (a motto), 'an art
 # gallery' (unnamed), 'Viennese', 'English-language' (adjectives)
 entities=[E("Company", TH, "T&H"), E("Location", "London"), E("Location", "New York City", "New York"),
           E("Location", "Melbourne"), E("Location", "Singapore"), E("Location", "Hong Kong"), E("Location", "Paris"),
           E("Company", "Interart"), E("Company", "\u00c9ditions Thames & Hudson"), E("Person", WN, "Walter"),
           E("Person", "Eva Neurath"), E("Location", "Vienna"), E("Company", "Adprint"), E("Person", "Wolfgang Foges")],
 # 'Thames & Hudson was founded in 1949 by Walter and Eva Neurath' -> cofounder each at Thames & Hudson, current true;
 # 'he initially worked as production director of Adprint' -> executive at Adprint (a senior functional post, as
 # batch 58p's 'design director' -> executive; doubtful: a reader might give director from the word), current false
 # ('initially', the text then telling the publisher he founded in 1949); 'a London book-packaging company established
 # by fellow Viennese émigré Wolfgang Foges' -> founder at Adprint, current true. Near-misses: 'ran an art gallery and
 # published illustrated books there' -> no role (no organisation named); 'family-owned company' -> no role (no owner
 # named)
 roles=[R(WN, "cofounder", TH), R("Eva Neurath", "cofounder", TH), R(WN, "executive", "Adprint", False),
        R("Wolfgang Foges", "founder", "Adprint")],
 # 'In Paris, it has a further subsidiary company, Interart' -> parentOrganization(Interart, Thames & Hudson).
 # Near-misses: 'and a sister company, Éditions Thames & Hudson' -> no parentOrganization (a sister company shares an
 # owner with the publisher, it is not the publisher's own; doubtful: a reader might give parentOrganization to
 # Thames & Hudson from the shared name, or partner, which the text does not write); 'a sister company in New York
 # City', 'subsidiaries in Melbourne, Singapore and Hong Kong' -> nothing (unnamed); Adprint and Thames & Hudson ->
 # nothing (one man's two posts, no tie between the firms told)
 relations=[L("Interart", "parentOrganization", TH)],
 outages=[],
 # '1949', '1903', '1938'; 'Today' (twice; `published` null) -> left out
 dates=[D("1949", "1949"), D("1903", "1903"), D("1938", "1938")])

# ---- bookselling, UK: Hatchards (wikimili.com's copy) -----------------------------------------------------------------
HA = "Hatchards"
WC = "William Collins, Sons"
WS = "Waterstones"
A["wp-hatchards"] = dict(
 # the bookshop -> Company 'Hatchards' ('It', 'the shop', 'the ailing business', 'the flagship store' generic);
 # Fortnum & Mason ('the two stores'), T. Werner Laurie Ltd. ('publishing firm'), William Collins, Sons (the firm's
 # name with its comma, as written), Pentos, Waterstones, Hodges Figgis ('the oldest bookshop in Ireland') ->
 # Company; John Hatchard (alias 'Hatchard': "Hatchard's portrait", the founder's portrait on the shop's staircase),
 # King Charles III, Queen Elizabeth II, Prince Philip (the names as written, with the titles that are part of the
 # forms used, as batch 32d's 'Queen Elizabeth II'), Simon Vandenbergh, Clarence Hatry -> Person; United Kingdom
 # (alias 'UK': 'opening branches across the UK'), Piccadilly, London, St. Pancras railway station, the Egyptian Hall
 # (a named building, 'for the Egyptian Hall to be built'), Ireland -> Location. No entity: 'English' (an adjective),
 # 'three royal warrants' (grants, no body named), '173 Piccadilly', 'No.189–190', '187' (street numbers), 'the
 # staircase of the shop', 'prison' (unnamed)
 entities=[E("Company", HA), E("Location", "United Kingdom", "UK"), E("Location", "Piccadilly"),
           E("Person", "John Hatchard", "Hatchard"), E("Company", "Fortnum & Mason"),
           E("Location", "St. Pancras railway station"), E("Person", "King Charles III"),
           E("Person", "Queen Elizabeth II"), E("Person", "Prince Philip"), E("Location", "London"),
           E("Location", "Egyptian Hall"), E("Person", "Simon Vandenbergh"), E("Person", "Clarence Hatry"),
           E("Company", "T. Werner Laurie Ltd."), E("Company", WC), E("Company", "Pentos"), E("Company", WS),
           E("Company", "Hodges Figgis"), E("Location", "Ireland")],
 # 'founded on Piccadilly in 1797 by John Hatchard', 'Hatchards was founded at 173 Piccadilly, London, by John
 # Hatchard in 1797' -> founder at Hatchards, current true. Near-misses: 'acquired for £6,000 by convicted fraudster
 # Clarence Hatry ... He turned the ailing business around' -> no role (an owner who ran the business, no post
 # named; a reader might give head); 'Simon Vandenbergh, a bookseller of the 18th century' -> no role (no
 # organisation named); 'royal warrants granted by King Charles III, Queen Elizabeth II, and Prince Philip' -> no role
 # (grantors of warrants, as the corpus's 'Queen Elizabeth II (no role)'; a reader might give head or other at the
 # United Kingdom, which the text does not tie them to)
 roles=[R("John Hatchard", "founder", HA)],
 # 'Hatchards was acquired by William Collins, Sons in 1956' -> acquired + parentOrganization(Hatchards, William
 # Collins, Sons); 'It was bought by Pentos in 1990' -> acquired + parentOrganization(Hatchards, Pentos) (the earlier
 # owner's tie kept: relations carry no time); 'Pentos was later acquired by Waterstones' -> acquired +
 # parentOrganization(Pentos, Waterstones) (the text does not say Pentos was merged away); 'Waterstones also owns
 # Hodges Figgis' -> parentOrganization(Hodges Figgis, Waterstones) (ownership told, no purchase: no acquired); the
 # same sentence's 'also', after 'Pentos was later acquired by Waterstones who rebranded all but the flagship store'
 # -> parentOrganization(Hatchards, Waterstones) (doubtful: the owner through Pentos, told by 'also owns' and the
 # rebranding of Hatchards' branches; the infobox's 'Parent Waterstones' is cut; a reader might leave it out as not
 # written; no acquired(Waterstones, Hatchards): Waterstones bought Pentos, not Hatchards). Near-misses: 'acquired ...
 # by convicted fraudster Clarence Hatry' -> no acquired (a person buyer); 'in 1946 he also acquired the T. Werner
 # Laurie Ltd. publishing firm' -> no acquired ('he' is Hatry, a person; a reader might give acquired(Hatchards, T.
 # Werner Laurie Ltd.) reading the business as the buyer); 'next to Fortnum & Mason', 'the two stores are also
 # neighbours' -> no partner (neighbours, no dealing told); 'bought from Simon Vandenbergh' -> nothing (a person
 # selling stock)
 relations=[L(WC, "acquired", HA), L(HA, "parentOrganization", WC), L("Pentos", "acquired", HA),
            L(HA, "parentOrganization", "Pentos"), L(WS, "acquired", "Pentos"), L("Pentos", "parentOrganization", WS),
            L("Hodges Figgis", "parentOrganization", WS), L(HA, "parentOrganization", WS)],
 outages=[],
 # '1797', '1801', '2014' ('as of 2014'), '1810', '1820', '1939', '1946', '1956', '1990', '1768'; 'the 18th century',
 # 'the 1980s', 'today' -> left out
 dates=[D("1797", "1797"), D("1801", "1801"), D("2014", "2014"), D("1810", "1810"), D("1820", "1820"),
        D("1939", "1939"), D("1946", "1946"), D("1956", "1956"), D("1990", "1990"), D("1768", "1768")])

# ---- retail, Ireland: Arnotts (wikimili.com's copy of 'Arnotts (Ireland)') ------------------------------------------
AR = "Arnotts"
SE = "Selfridges"
PIF = "Public Investment Fund"
A["wp-arnotts"] = dict(
 # the store's business -> Company 'Arnotts', alias "Arnott's" ('the business was renamed as Arnott's': the business
 # of 1843, the text's 'origins' of Arnotts, under the name given in 1865; the apostrophe dropped since; a former
 # spelling of the name, GUIDELINES, Types); Brown Thomas ('the Brown Thomas chain of department stores'), Selfridges
 # ('UK-based Selfridges'), Central Group ('Thai Conglomerate Central Group'), Public Investment Fund (alias 'PIF';
 # Saudi Arabia's state fund -> Company, as the corpus's earlier text on the same fund and Temasek Holdings; doubtful:
 # a reader might give Organization) -> Company; George Cannock (alias 'Cannock'), Andrew White (alias 'White'),
 # 'Andrew' (Andrew Reid, 'two bankers, Andrew and Patrick Reid': his first name is his only form in the text, as
 # batch 57j's 'Ralph'), Patrick Reid, John Arnott -> Person; Ireland, Henry Street ('14 Henry Street', 'the
 # pedestrianised Henry Street'), Dublin, UK, Saudi Arabia, the GPO (a named building, 'the block behind the GPO'),
 # O'Connell Street, Abbey Street -> Location. No entity: 'Thai', 'Scottish' (adjectives), 'a business' (the same
 # business), 'The original building' (unnamed)
 entities=[E("Company", AR, "Arnott's"), E("Location", "Ireland"), E("Location", "Henry Street"), E("Location", "Dublin"),
           E("Company", "Brown Thomas"), E("Location", "UK"), E("Company", SE), E("Company", "Central Group"),
           E("Location", "Saudi Arabia"), E("Company", PIF, "PIF"), E("Person", "George Cannock", "Cannock"),
           E("Person", "Andrew White", "White"), E("Person", "Andrew"), E("Person", "Patrick Reid"),
           E("Person", "John Arnott"), E("Location", "GPO"), E("Location", "O'Connell Street"),
           E("Location", "Abbey Street")],
 # 'Arnotts has its origins in a business founded in 1843 at 14 Henry Street, by George Cannock and Andrew White' ->
 # cofounder each at Arnotts (the business renamed in 1865 is the same business; doubtful: 'has its origins in' might
 # be read as a forerunner, but the text tells the one business renamed, so the founders of it found Arnotts), current
 # true for both ('White died', 'Cannock departed the business': a founder stays the founder, as batch 40ze); 'two
 # bankers, Andrew and Patrick Reid, became partners in the business' -> other at Arnotts each (as batch 40ze's
 # 'partners in ... Aldabra'; doubtful: a reader might give no role, partners as owners), current true (nothing ends
 # it). Near-misses: 'the Scottish entrepreneur John Arnott took shares in the company' -> no role (a shareholder;
 # the business later took his name, but no post is told; the cut infobox calls him founder); 'two bankers' -> no role
 # (no bank named)
 roles=[R("George Cannock", "cofounder", AR), R("Andrew White", "cofounder", AR), R("Andrew", "other", AR),
        R("Patrick Reid", "other", AR)],
 # 'Together with the Brown Thomas chain of department stores, it is owned by UK-based Selfridges' ->
 # parentOrganization(Arnotts, Selfridges) and parentOrganization(Brown Thomas, Selfridges) ('Together with' puts the
 # chain under the same owner); 'Selfridges, which in turn is owned by Thai Conglomerate Central Group and Saudi
 # Arabia's Public Investment Fund (PIF)' -> parentOrganization(Selfridges, Central Group) and
 # parentOrganization(Selfridges, Public Investment Fund) (two joint owners, one relation each). Near-misses: no
 # acquired for any of these (ownership told, no purchase, as batch 59a's and GUIDELINES' 'now owns' needs a
 # completed deal told; the purchase of 2015 is in the cut part); Arnotts and Brown Thomas -> no partner (sisters
 # under one owner); Central Group and the Public Investment Fund -> no partner (joint owners; no partnership
 # written); 'became partners in the business', 'took shares in the company' -> nothing (persons)
 relations=[L(AR, "parentOrganization", SE), L("Brown Thomas", "parentOrganization", SE),
            L(SE, "parentOrganization", "Central Group"), L(SE, "parentOrganization", PIF)],
 # near-miss: 'The original building was completely destroyed in a fire on 4 May 1894' -> no outage (a physical
 # destruction of a building, no service told lost; GUIDELINES, Outages)
 outages=[],
 # '1843', '1845', '1848', '1865', '4 May 1894', '18 April 1895'; 'in the following year' (relative to 1894, not to a
 # publication date; `published` null) -> left out
 dates=[D("1843", "1843"), D("1845", "1845"), D("1848", "1848"), D("1865", "1865"), D("4 May 1894", "1894-05-04"),
        D("18 April 1895", "1895-04-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
