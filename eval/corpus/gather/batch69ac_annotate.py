#!/usr/bin/env python3
"""Batch 69ac gold annotations (the texts of batch69ac.py; session 63, round notes /tmp/gather69ac/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68f; batch10_annotate.write_parts), so with three
texts: wp-ealing-studios test, wp-plessey train, wp-selig-polyscope-company dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); film years in brackets ('Kind Hearts and Coronets
(1949)') -> the years, each distinct surface once; 'early in 1919' -> 1919 (as batch 68f read 'late 1916'); decades
('the 1920s and 30s', 'the 1930s'), spans' lengths ('for forty years'), events ('the second world war', 'the
post-World War II years', 'the Great Depression') and 'December of that year' (relative to a year the text names
before, `published` null, as round 69x left 'December of this year') -> nothing. No text tells an outage, so every
`outages` list is empty (near-misses, business ends only: Selig Polyscope 'Ending film production in 1918', its park
and zoo's 'decline'; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68f): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('founded in 1896 by William Selig';
'Basil Dean, who founded Associated Talking Pictures Ltd.'), one named as 'one of the founders' is `cofounder` (as
an earlier batch read 'one of the founders of the company'), current true; 'original shareholders' -> no role
(doubtful: a reader might take them for the founders); 'the Managing Director and Chairman of Plessey' -> director
and chairman (GUIDELINES, Roles: managing director -> director; a board's chair named -> chairman), current true (no
end told, as round 69f's McGraw president); 'joined on the management level' -> executive (GUIDELINES, Roles:
'manager' -> executive); a leader who 'left ... to be replaced by' another, no post named -> head, current false for
the one who left and true for the one who replaced him (as batch 68f's Zilog leaders; doubtful); a former name
('Associated Talking Pictures Ltd', 'ATP': 'Balcon discontinued the ATP name and began to issue films under the
Ealing Studios name') -> an alias of the company (GUIDELINES, Types; doubtful); completed takeovers ('the company was
taken over by the Rank Organisation') -> acquired and parentOrganization; a takeover 'by a consortium formed by GEC
and Siemens which broke up the Plessey group' -> acquired for each member (as an earlier batch read 'a consortium led
by the NJJ group ... completed the purchase') and partner between them (a joint bid, GUIDELINES, Relations), no
parentOrganization (the group broken up, as the 'merged away' exception; doubtful); past ownership ('The BBC owned
... the Studios ... from 1955 until 1995') -> parentOrganization (GUIDELINES, Relations: past ownership still
recorded); customers and clients ('An early customer of Plessey was ... British Electro Chemists'; 'a major client
was Armour and Company') -> partner (GUIDELINES, Relations: customer relation); help in shooting a film, a building
bought by a person, a site occupied, a school operating on the site, a studio that 'moved' -> nothing; films, a film
franchise, a television series, awards, stock indices and events -> no entity (GUIDELINES, Types; as batch 68f's
films); streets, a named building, districts, cities, regions and countries -> Location (as batches 64d-68f); a
stock exchange -> Company (GUIDELINES, part 1).
usage: batch69ac_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- film production, UK: Ealing Studios ------------------------------------------------------------------------
EA = "Ealing Studios"
A["wp-ealing-studios"] = dict(
 # the studio and production company -> Company 'Ealing Studios', aliases 'Associated Talking Pictures Ltd' and 'ATP'
 # (its former name: 'Balcon discontinued the ATP name and began to issue films under the Ealing Studios name', and
 # 'the company was taken over' after; doubtful: a reader might keep ATP as its own Company); the BBC, MGM, the Rank
 # Organisation and Will Barker Studios (the business that 'first occupied' the site) -> Company; the Met Film School
 # London (a school) -> Organization; Ealing Green, West London, England and the White Lodge (a named building) ->
 # Location; Will Barker, Basil Dean (alias 'Dean'), Stephen Courtauld, Reginald Baker and Michael Balcon (alias
 # 'Balcon') -> Person. No entity: the films ('Saraband for Dead Lovers' to 'Devs'), 'the revived St Trinian's
 # franchise' (films), 'Downton Abbey' (a television series: GUIDELINES, Types, TV shows), 'Stage 2' (a stage inside
 # the site), 'World War II' (an event)
 entities=[E("Company", EA, "Associated Talking Pictures Ltd", "ATP"), E("Location", "Ealing Green"),
           E("Location", "West London"), E("Location", "England"), E("Person", "Will Barker"),
           E("Location", "White Lodge"), E("Company", "BBC"), E("Organization", "Met Film School London"),
           E("Company", "Will Barker Studios"), E("Person", "Basil Dean", "Dean"), E("Person", "Stephen Courtauld"),
           E("Person", "Reginald Baker"), E("Person", "Michael Balcon", "Balcon"), E("Company", "MGM"),
           E("Company", "Rank Organisation")],
 # 'theatre producer Basil Dean, who founded Associated Talking Pictures Ltd.' -> founder at Ealing Studios (its former
 # name), current true (founders stay founders); 'He was joined on the management level by Stephen Courtauld and
 # Reginald Baker' -> executive at Ealing Studios for each, current true (no leaving told); 'When Dean left in 1938 to
 # be replaced by Michael Balcon from MGM' -> head at Ealing Studios for Dean, current false, and for Balcon, current
 # true (the post not named; doubtful: a reader might give no role). Near-misses, no role: 'theatre producer' (a
 # trade, no organisation); Balcon 'from MGM' (no post named there); Will Barker (bought a building)
 roles=[R("Basil Dean", "founder", EA), R("Stephen Courtauld", "executive", EA), R("Reginald Baker", "executive", EA),
        R("Basil Dean", "head", EA, False), R("Michael Balcon", "head", EA)],
 # 'In 1944, the company was taken over by the Rank Organisation' -> acquired(Rank Organisation, Ealing Studios) and
 # parentOrganization (GUIDELINES, Relations); 'The BBC owned and filmed at the Studios for forty years from 1955
 # until 1995' -> parentOrganization(Ealing Studios, BBC) (past ownership recorded; doubtful: what the BBC owned is
 # 'the Studios', the facility the company is named for). Near-misses, no relation: 'Will Barker bought the White
 # Lodge' (a building bought by a person); 'From 1929, it was acquired by theatre producer Basil Dean' (the site, by a
 # person); 'The site was first occupied by Will Barker Studios' (no link to the company told); 'The Met Film School
 # London operates on the site' (a tenant, no deal told)
 relations=b10.acq("Rank Organisation", EA) + [L(EA, "parentOrganization", "BBC")],
 outages=[],
 # 'in 1902' and 'from 1902' -> '1902' once; 'in 1931' and 'In 1931' -> '1931' once; the films' years in brackets
 # ('(1948)', '(1949)' twice, '(1951)', '(1955)', '(2002)', '(2004)', '(2014)' twice, '(2015)', '(2020)'); 'from 1955
 # until 1995' -> both ends; 'Since 2000'; 'From 1929'; 'in 1938'; 'In 1944'. No date: 'December of that year'
 # (relative, `published` null, as round 69x); 'for forty years' (a length); 'the post-World War II years' (an event)
 dates=[D("1902", "1902"), D("1931", "1931"), D("1948", "1948"), D("1949", "1949"), D("1951", "1951"),
        D("1955", "1955"), D("1995", "1995"), D("2000", "2000"), D("2002", "2002"), D("2004", "2004"),
        D("2014", "2014"), D("2015", "2015"), D("2020", "2020"), D("1929", "1929"), D("1938", "1938"),
        D("1944", "1944")])

# ---- electronics/telecommunications, UK: Plessey --------------------------------------------------------------------
PL = "Plessey Company plc"
A["wp-plessey"] = dict(
 # the company -> Company 'Plessey Company plc' ('The Plessey Company plc', the article dropped as batches 55e-68f did),
 # alias 'Plessey' ('The Plessey company', 'the Plessey group', 'of Plessey'); the London Stock Exchange (a stock
 # exchange run as a business, GUIDELINES part 1), GEC, Siemens and British Electro Chemists -> Company; Marylebone,
 # London ('central London'), Ilford, Cottenham Road and Vicarage Lane -> Location; Thomas Hurst Hodgson (alias 'T.H.
 # Hodgson', the same founder-shareholder), C.H. Whitaker, Raymond Parker, Plessey Parker, William Oscar Heyne (alias
 # 'Heyne') and Byron G. Clark -> Person. No entity: 'the FTSE 100 Index' (a stock index, GUIDELINES, Types); 'a
 # consortium formed by GEC and Siemens' (unnamed); 'The Clark family' (a family); 'the second world war' (an event);
 # 'British', 'German', 'an American' (adjectives)
 entities=[E("Company", PL, "Plessey"), E("Company", "London Stock Exchange"), E("Company", "GEC"),
           E("Company", "Siemens"), E("Location", "Marylebone"), E("Location", "London"),
           E("Person", "Thomas Hurst Hodgson", "T.H. Hodgson"), E("Person", "C.H. Whitaker"),
           E("Person", "Raymond Parker"), E("Person", "Plessey Parker"), E("Person", "William Oscar Heyne", "Heyne"),
           E("Location", "Cottenham Road"), E("Location", "Ilford"), E("Location", "Vicarage Lane"),
           E("Company", "British Electro Chemists"), E("Person", "Byron G. Clark")],
 # 'T.H. Hodgson, one of the founders of Plessey' -> cofounder at Plessey Company plc ('one of the founders': several
 # founders, one named here), current true; 'Heyne later became the Managing Director and Chairman of Plessey' ->
 # director and chairman at Plessey Company plc (GUIDELINES, Roles: managing director -> director; both posts named),
 # current true (no end told; 'one of the key figures ... during the 1920s and 30s' bounds his influence, not his
 # posts; doubtful). Near-misses, no role: 'The original shareholders were Thomas Hurst Hodgson, C.H. Whitaker,
 # Raymond Parker and his brother Plessey Parker' (shareholders, no post; doubtful: a reader might make all four
 # cofounders by 'one of the founders' of Hodgson); 'A talented German engineer ... was employed by the company' (a
 # trade); Byron G. Clark, 'One of that company's shareholders' and 'a business associate' (no post); 'The Clark family
 # would eventually dominate the management' (no person, no post)
 roles=[R("Thomas Hurst Hodgson", "cofounder", PL), R("William Oscar Heyne", "director", PL),
        R("William Oscar Heyne", "chairman", PL)],
 # 'in 1989 it was taken over by a consortium formed by GEC and Siemens which broke up the Plessey group' ->
 # acquired(GEC, Plessey Company plc) and acquired(Siemens, Plessey Company plc) (a completed takeover by a consortium
 # of two named companies), partner(GEC, Siemens) (the consortium they formed, a joint bid), no parentOrganization
 # (the group 'broke up', no owner of the whole told; doubtful); 'An early customer of Plessey was a galvanising company
 # called British Electro Chemists' -> partner(British Electro Chemists, Plessey Company plc) (a customer relation,
 # GUIDELINES, Relations). Near-misses, no relation: 'listed on the London Stock Exchange' (a listing); 'by acquisition
 # of companies and formed overseas companies' (none named); 'In 1925 the original company was wound up and a new one
 # formed' (the same company re-formed)
 relations=[L("GEC", "acquired", PL), L("Siemens", "acquired", PL), L("GEC", "partner", "Siemens"),
            L("British Electro Chemists", "partner", PL)],
 outages=[],
 # 'in 1917' (twice) -> '1917' once; 'in 1989'; 'early in 1919' -> 1919 ('early X' -> the year, as 'late X'); 'In
 # 1925'. No date: 'during the 1920s and 30s' (decades); 'after the second world war' (an event); 'for most of its
 # history' (a span)
 dates=[D("1917", "1917"), D("1989", "1989"), D("early in 1919", "1919"), D("1925", "1925")])

# ---- film production, US: Selig Polyscope Company -------------------------------------------------------------------
SE = "Selig Polyscope Company"
A["wp-selig-polyscope-company"] = dict(
 # the company -> Company 'Selig Polyscope Company', alias 'Selig Polyscope'; Union Metal Works and Armour and Company
 # -> Company; William Selig, Tom Mix, Harold Lloyd, Colleen Moore, Roscoe "Fatty" Arbuckle (as written, the nickname
 # in straight quotes), Thomas Edison and Andrew Schustek -> Person; Chicago, Illinois, Southern California, Edendale
 # ('the historic Edendale district of Los Angeles'), Los Angeles, East Los Angeles, Lincoln Heights, the Midwest and
 # California -> Location. No entity: 'The Tramp and the Dog' (a film, as batch 68f's films); 'a special Academy
 # Honorary Award' (an award); 'the Great Depression' (an event); 'companies controlled by Thomas Edison', 'other
 # studios' (unnamed); 'the west coast' (generic); 'American' (an adjective)
 entities=[E("Company", SE, "Selig Polyscope"), E("Person", "William Selig"), E("Location", "Chicago"),
           E("Location", "Illinois"), E("Person", "Tom Mix"), E("Person", "Harold Lloyd"), E("Person", "Colleen Moore"),
           E("Person", "Roscoe \"Fatty\" Arbuckle"), E("Location", "Southern California"), E("Location", "Edendale"),
           E("Location", "Los Angeles"), E("Location", "East Los Angeles"), E("Location", "Lincoln Heights"),
           E("Location", "Midwest"), E("Location", "California"), E("Person", "Thomas Edison"),
           E("Company", "Union Metal Works"), E("Person", "Andrew Schustek"), E("Company", "Armour and Company")],
 # 'founded in 1896 by William Selig in Chicago, Illinois' -> founder at Selig Polyscope Company (one person named
 # alone, GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: the stars ('films starring ...': actors,
 # no post); 'a Vaudeville magician', 'a minstrel show operator' (trades, no organisation named); Thomas Edison
 # ('companies controlled by': no company named, no post); Andrew Schustek (helped, no post)
 roles=[R("William Selig", "founder", SE)],
 # '(a major client was Armour and Company)' -> partner(Selig Polyscope Company, Armour and Company) (a customer of the
 # company's industrial films; doubtful: the sentence's subject is Selig himself, the company's founder). Near-misses,
 # no relation: 'with help from Union Metal Works and Andrew Schustek, he shot his first film' (help to a person, no
 # supply contract or partnership with the company told; doubtful); 'an animal and prop supplier to other studios'
 # (no studio named)
 relations=[L(SE, "partner", "Armour and Company")],
 outages=[],
 # 'in 1896' and 'In 1896' -> '1896' once; 'in 1918'; 'In 1947'. No date: 'in the 1930s' (a decade); 'during the
 # Great Depression' (an event). Near-misses of an outage: 'Ending film production in 1918' and the park and zoo that
 # 'went into decline' (business ends, GUIDELINES, Outages)
 dates=[D("1896", "1896"), D("1918", "1918"), D("1947", "1947")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
