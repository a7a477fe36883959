#!/usr/bin/env python3
"""Batch 61a gold annotations (the texts of batch61a.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60i; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1990s', 'the 1970s' (decades),
'the seventeenth century', 'the early part of the nineteenth century' (centuries), 'At the age of 31', 'for over 140
years' (no calendar value) -> nothing, as batches 59a-60i left theirs; 'late 2011' -> the year (GUIDELINES, Dates:
'late 2006' -> the year); 'born 1777', 'born in 1817' -> the years (absolute). No text tells an outage, so every
`outages` list is empty; none tells a near-miss of one (a brewery demolished, a plant closed and production moved: no
service lost).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-60i): a company 'acquired', 'was acquired by'
(completed) -> acquired + parentOrganization(target, buyer); 'The brand is owned by X', 'its Belfast Nambarrie plant,
a tea company' -> parentOrganization; 'formed ... from a merger of' two firms -> nothing (a merger with no buyer named;
GUIDELINES, Relations); 'part of the company was sold to', 'was bought in part by', 'sold its brewing division',
'divesting its sugar business' (parts or unnamed units, or no buyer named; asset purchases) -> nothing; a share sold
by one partner to another (people) -> nothing; named beers and ales ('Lancaster Bomber', 'Wainwright') -> Service
with provider to the company the text says brews it, an aircraft model ('the Avro Lancaster aircraft') -> Service
(GUIDELINES, Types) with no provider (its maker named only inside the product name); founders: GUIDELINES part 2
(Roles, 'Founders') as it stands this session (commit 091489b1, the decision of session 56 corrected: people the text
names together as founding an organisation, and 'A founded X with B', are each `cofounder`; one person named alone as
founding it, or 'its founder, A', is `founder`) -- 'John Bird Fuller, was joined by Henry Smith ... and ... John
Turner, thereby forming Fuller, Smith & Turner' -> cofounder three times, 'the founding of Eanam Brewery in partnership
with local businessmen Edward Duckworth and William Clayton' -> cofounder three times (Daniel Thwaites with the two),
'by founder Daniel Thwaites', 'founded by Thomas Twining', 'Henry Tate established his business', 'to found the Tate
Institute ... and the Tate Gallery' -> founder (one person each), current true; 'the owners' -> no role (batch 40zm's
precedent, as batches since); 'local businessmen', 'a cooper and shipowner' (trades), 'head brewer' with no
organisation stated for the post -> no role; a brewery named as a site ('the Fuller's Brewery site, also known as the
Griffin Brewery', 'the Romford Brewery of Ind & Smith') -> Location (GUIDELINES, Types: named sites and facilities), no
role or relation; a brewery named as a business founded in partnership and owned in shares ('Eanam Brewery') ->
Company; a gallery and an institute founded by a man -> Organization; a stock exchange run as a business -> Company;
a stock index ('the FTSE 250 Index'), a kind of tea ('Earl Grey tea', 'black tea') and a pronunciation -> nothing;
streets, houses and estates named as places ('Strand', 'Strand-on-the-Green', 'Chiswick Mall', 'Bedford House',
'Neston Park', 'Plaistow Wharf') -> Location; a surname alone standing for a family ('the Thwaites'') and a founder's
name standing for his firm ('Henry Tate in Silvertown and Abram Lyle at Plaistow Wharf') -> no alias of another entity
(a surface form stands for one entity); demonyms and adjectives ('British', 'British-headquartered', 'Pre-Raphaelite')
-> nothing.
usage: batch61a_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- brewing and pubs, UK: Fuller, Smith & Turner (en.wikipedia.org '= Title =' rendering) --------------------------
FST = "Fuller, Smith & Turner"
BD = "Bel & The Dragon"
A["wp-fuller-smith-turner"] = dict(
 # the company -> Company 'Fuller, Smith & Turner' (its one full form; no alias: "Fuller's historic Fuller's Brewery
 # site" has the company's name in the possessive, the same surface as "John Fuller's son"; doubtful: a reader might
 # alias "Fuller's"); Ind & Smith ('the Romford Brewery of Ind & Smith'), Bel & The Dragon ('which had six country inns')
 # -> Company; "Fuller's Brewery" (alias 'Griffin Brewery': "the Fuller's Brewery site, also known as the Griffin
 # Brewery"; a named site, GUIDELINES, Types; doubtful: a reader might type it a Company, the brewing business the
 # owners ran, or the brewing division sold in 2019, which the text does not name) and 'Romford Brewery' (the same
 # reading) -> Location; Douglas Thompson (alias 'Douglas': 'the owners, Douglas and Henry Thompson and Philip Wood'),
 # Henry Thompson (his fullest form, in 'Douglas and Henry Thompson'), Philip Wood, John Fuller, John Bird Fuller, Henry
 # Smith, John Turner -> Person; London, England, Chiswick, West London, Strand-on-the-Green (the registered office's
 # street), Bedford House, Chiswick Mall, Neston Park, Wiltshire, France, South East ('six country inns in the South
 # East') -> Location. No entity: 'its brewing division', 'a pub operator', 'the original brewery', 'the business', 'the
 # enterprise', 'the partnership' (unnamed or generic), 'one man', 'his brother-in-law' (no new name)
 entities=[E("Company", FST), E("Location", "London"), E("Location", "England"),
           E("Location", "Fuller's Brewery", "Griffin Brewery"), E("Location", "Chiswick"),
           E("Location", "West London"), E("Location", "Strand-on-the-Green"), E("Location", "Bedford House"),
           E("Location", "Chiswick Mall"), E("Person", "Douglas Thompson", "Douglas"), E("Person", "Henry Thompson"),
           E("Person", "Philip Wood"), E("Person", "John Fuller"), E("Location", "Neston Park"),
           E("Location", "Wiltshire"), E("Location", "France"), E("Person", "John Bird Fuller"),
           E("Person", "Henry Smith"), E("Location", "Romford Brewery"), E("Company", "Ind & Smith"),
           E("Person", "John Turner"), E("Company", BD), E("Location", "South East")],
 # 'In 1845 John Fuller's son, John Bird Fuller, was joined by Henry Smith ... and his brother-in-law, head brewer John
 # Turner, thereby forming Fuller, Smith & Turner' -> cofounder each (three people named together as forming the firm:
 # GUIDELINES part 2, Roles, 'Founders', as corrected this session), current true. Near-misses: 'the owners, Douglas and
 # Henry Thompson and Philip Wood' -> no role (owners: no title; batch 40zm's precedent); 'In 1829 he joined the
 # enterprise' (John Fuller, a partner) -> no role (a partner, no post; the partnership dissolved in 1841 and John
 # Fuller is not named a founder of the 1845 firm); 'head brewer John Turner' -> no role (the organisation of the post is
 # not stated: the Romford Brewery of Ind & Smith, where Henry Smith came from, is the likely reading; a reader might
 # give executive at Ind & Smith); 'Henry Smith from the Romford Brewery of Ind & Smith' -> no role (no post named)
 roles=[R("John Bird Fuller", "cofounder", FST), R("Henry Smith", "cofounder", FST),
        R("John Turner", "cofounder", FST)],
 # 'In June 2018, Fuller, Smith & Turner acquired Bel & The Dragon' -> acquired + parentOrganization(Bel & The Dragon,
 # Fuller, Smith & Turner) (completed). Near-misses: 'In 2019, it sold its brewing division' -> nothing (an unnamed unit,
 # the buyer not in the text; the excerpt's next sentence naming them was cut); 'the Romford Brewery of Ind & Smith' ->
 # no parentOrganization (a site, Location; a reader typing it a Company might give one); 'whose origins lie in
 # Fuller's Brewery' -> nothing (origins, no ownership relation between organisations); 'to seek a partner', 'the
 # partnership was dissolved' -> no partner (people joining a business, not two named organisations)
 relations=[L(FST, "acquired", BD), L(BD, "parentOrganization", FST)],
 outages=[],
 # '2019', '1829', '1841', '1845', 'June 2018'; 'since the seventeenth century', 'until the early part of the
 # nineteenth century' (centuries) -> nothing
 dates=[D("2019", "2019"), D("1829", "1829"), D("1841", "1841"), D("1845", "1845"), D("June 2018", "2018-06")])

# ---- sugar and food ingredients, UK: Tate & Lyle (enwikipedia.net's copy) -------------------------------------------
TL = "Tate & Lyle PLC"
HTS = "Henry Tate & Sons"
ALS = "Abram Lyle & Sons"
A["wp-tate-lyle"] = dict(
 # the company -> Company 'Tate & Lyle PLC' (its one form; 'The company', 'It' generic); London Stock Exchange (a stock
 # exchange run as a business), Henry Tate & Sons, Abram Lyle & Sons ('two rival sugar refiners') -> Company; the Tate
 # Institute, the Tate Gallery ('the gallery' generic) -> Organization (institutions founded from a fortune, no business
 # told); Henry Tate, Abram Lyle -> Person (in 'Henry Tate in Silvertown and Abram Lyle at Plaistow Wharf' the names
 # stand for the two firms, 'The two companies': no alias of the firms, a surface form standing for one entity;
 # doubtful: a reader might alias 'Henry Tate' to Henry Tate & Sons there); Liverpool, Silvertown, East London,
 # Pimlico, Central London, Greenock, Plaistow Wharf (a named wharf, a site), West Silvertown, London -> Location. No
 # entity: 'the FTSE 250 Index' (a stock index, GUIDELINES, Types), 'British-headquartered', 'Pre-Raphaelite'
 # (adjectives), 'a sugar refinery' (unnamed), 'its sugar business' (unnamed), corn, tapioca (goods)
 entities=[E("Company", TL), E("Company", "London Stock Exchange"), E("Company", HTS), E("Company", ALS),
           E("Person", "Henry Tate"), E("Location", "Liverpool"), E("Location", "Silvertown"),
           E("Location", "East London"), E("Organization", "Tate Institute"), E("Organization", "Tate Gallery"),
           E("Location", "Pimlico"), E("Location", "Central London"), E("Person", "Abram Lyle"),
           E("Location", "Greenock"), E("Location", "Plaistow Wharf"), E("Location", "West Silvertown"),
           E("Location", "London")],
 # 'Henry Tate established his business in 1859 in Liverpool' -> founder at Henry Tate & Sons ('his business', the firm
 # the sentence before names as his; doubtful: a reader might give nothing, the firm's name not in that sentence); 'He
 # used his industrial fortune to found the Tate Institute ... and the Tate Gallery' -> founder at each (one person
 # named alone), current true for the three. Near-misses: 'Abram Lyle, a cooper and shipowner, acquired an interest in a
 # sugar refinery' -> no founder at Abram Lyle & Sons (an interest in an unnamed refinery bought; the text does not say
 # he founded the firm; a reader might give founder) and no role for 'a cooper and shipowner' (trades)
 roles=[R("Henry Tate", "founder", HTS), R("Henry Tate", "founder", "Tate Institute"),
        R("Henry Tate", "founder", "Tate Gallery")],
 # Near-misses, no relation: 'formed in 1921 from a merger of two rival sugar refiners: Henry Tate & Sons and Abram Lyle
 # & Sons' -> no acquired and no parentOrganization of either firm to Tate & Lyle PLC (a merger, no buyer named;
 # GUIDELINES, Relations; a reader might give parentOrganization for each); 'eventually divesting its sugar business in
 # 2010' -> nothing (an unnamed unit, no buyer named); 'It is listed on the London Stock Exchange' -> nothing (a
 # listing, no relation type); 'The two companies had large factories nearby each other' -> no partner (rivals)
 relations=[],
 outages=[],
 # '2010', '1921', '1859', '1887', '1897', '1865'; 'from the 1970s' (a decade) -> nothing
 dates=[D("2010", "2010"), D("1921", "1921"), D("1859", "1859"), D("1887", "1887"), D("1897", "1897"),
        D("1865", "1865")])

# ---- brewing, UK: Thwaites Brewery (en.wikipedia.org '= Title =' rendering) ----------------------------------------
TB = "Thwaites Brewery"
MS = "Marston's"
EB = "Eanam Brewery"
A["wp-thwaites-brewery"] = dict(
 # the company -> Company 'Thwaites Brewery', alias 'Thwaites' ('Thwaites produces beer', 'bought in part by Thwaites',
 # "Thwaites' public houses", 'another Thwaites beer'; "the sole property of the Thwaites'" is the family, the same
 # surface, no other entity); Marston's (alias 'Marston': 'since the Marston acquisition'), Mitchell Brewery ('the
 # Mitchell Brewery in Lancaster closed down and was bought in part': a business), Eanam Brewery ('the founding of Eanam
 # Brewery in partnership with ...', the brewery whose shares the partners held; doubtful: a reader might make it the
 # Thwaites Brewery's first name, an alias, as the text has both begin in 1807 and 'The brewery became the sole property
 # of the Thwaites'', but the text never says it was renamed) -> Company; Lancaster Bomber ('an ale'), Wainwright
 # ('another Thwaites beer'), Avro Lancaster ('the Avro Lancaster aircraft': an aircraft model, GUIDELINES, Types) ->
 # Service; Daniel Thwaites (alias 'Daniel': 'Daniel married Edward's daughter Betty', 'Daniel and Betty Thwaites'),
 # Daniel Thwaites Jr, Betty Thwaites (her fullest form, in 'Daniel and Betty Thwaites'; alias 'Betty'), Edward
 # Duckworth (alias 'Edward': "Edward's daughter Betty"), William Clayton -> Person; Blackburn, Lancashire, England,
 # Mellor, Ribble Valley, Lancaster, North of England ('mainly in the North of England') -> Location. No entity: 'the
 # original brewery', 'their new craft brewery' (unnamed), 'nitrokeg beers', 'cask beers' (kinds of beer), 'public
 # houses', 'pubs' (generic), 'the company' (generic)
 entities=[E("Company", TB, "Thwaites"), E("Location", "Blackburn"), E("Location", "Lancashire"),
           E("Location", "England"), E("Person", "Daniel Thwaites", "Daniel"), E("Location", "Mellor"),
           E("Location", "Ribble Valley"), E("Company", MS, "Marston"), E("Company", "Mitchell Brewery"),
           E("Location", "Lancaster"), E("Service", "Lancaster Bomber"), E("Service", "Avro Lancaster"),
           E("Service", "Wainwright"), E("Location", "North of England"), E("Company", EB),
           E("Person", "Edward Duckworth", "Edward"), E("Person", "William Clayton"),
           E("Person", "Betty Thwaites", "Betty"), E("Person", "Daniel Thwaites Jr")],
 # 'established in 1807 ... by founder Daniel Thwaites' -> founder at Thwaites Brewery (one person named as its
 # founder); 'Daniel Thwaites ... began brewing ..., after the founding of Eanam Brewery in partnership with local
 # businessmen Edward Duckworth and William Clayton' -> cofounder each of the three at Eanam Brewery (a founding in
 # partnership, read as GUIDELINES' 'A founded X with B'; doubtful: the sentence names the founding, not its subject, and
 # a reader might give the two partners no role, or give them cofounder at Thwaites Brewery if Eanam Brewery were its
 # first name), current true (founders). Near-misses: 'local businessmen' -> no role (no post); 'Betty, who inherited her
 # father's share of the company' and 'William Clayton sold his remaining share of the company to Daniel Thwaites' -> no
 # role (shareholders, no post; Clayton's sale does not end his founding, so current stays true); 'Daniel Thwaites Jr'
 # -> no role (born, no post in the kept text)
 roles=[R("Daniel Thwaites", "founder", TB), R("Daniel Thwaites", "cofounder", EB),
        R("Edward Duckworth", "cofounder", EB), R("William Clayton", "cofounder", EB)],
 # 'Lancaster Bomber ... is now brewed by Marston's, as is Wainwright, another Thwaites beer' -> provider(Lancaster
 # Bomber / Wainwright, Marston's) and provider(Wainwright / Lancaster Bomber, Thwaites Brewery) ('another Thwaites
 # beer' calls Wainwright a Thwaites beer and, by 'another', Lancaster Bomber one too; relations carry no time, so the
 # brand's first brewer is kept beside the present one; doubtful for Lancaster Bomber: a reader might give it Marston's
 # only). Near-misses: 'part of the company was sold to Marston's in 2015', 'the Marston acquisition' -> no acquired (a
 # part of the company, not named; an asset purchase, GUIDELINES, Relations; a reader might give acquired(Marston's,
 # Thwaites Brewery)); 'the Mitchell Brewery in Lancaster closed down and was bought in part by Thwaites' -> no acquired
 # (bought in part, after it closed: assets); 'an ale named after the Avro Lancaster aircraft' -> no provider (the maker
 # named only inside the product name, GUIDELINES, Types)
 relations=[L("Lancaster Bomber", "provider", MS), L("Wainwright", "provider", MS), L("Wainwright", "provider", TB),
            L("Lancaster Bomber", "provider", TB)],
 outages=[],
 # '1807' (twice, one item), '2015', '2019', '2011', '1999', '1777' ('born 1777'), '1822', '1824', '1817'; 'in the
 # 1990s' (a decade), 'At the age of 31' -> nothing
 dates=[D("1807", "1807"), D("2015", "2015"), D("2019", "2019"), D("2011", "2011"), D("1999", "1999"),
        D("1777", "1777"), D("1822", "1822"), D("1824", "1824"), D("1817", "1817")])

# ---- tea, UK: Twinings (en.wikipedia.org, about 2023) ---------------------------------------------------------------
TW = "Twinings"
ABF = "Associated British Foods"
JP = "Jacksons of Piccadilly"
A["wp-twinings"] = dict(
 # the company -> Company 'Twinings' (a marketer of tea, 'The brand is owned by ...': the brand and the business under
 # one name, one entity, as GUIDELINES' 'the business is the Company'; 'The firm', 'The company' generic), Associated
 # British Foods, Jacksons of Piccadilly ('Competitor Jacksons of Piccadilly'), Nambarrie ('a tea company in trade for
 # over 140 years') -> Company; Thomas Twining -> Person; Andover, Hampshire, London, Strand ('the same premises on the
 # Strand', 'No. 216 Strand': a named street), Painswick, Gloucestershire, England, Britain ("Britain's first known tea
 # room"), Belfast, China, Poland -> Location. No entity: 'Earl Grey tea', 'black tea, green tea and herbal teas',
 # 'fruit-based cold infusions', 'coffee, hot chocolate and malt drinks' (kinds of drink, no brand; doubtful for 'Earl
 # Grey tea': a reader might give a Service, but the text names a blend many make, not Twinings' product), 'a royal
 # warrant', 'the world's oldest continually used company logo' (no name), 'Twinings tea varieties' (the company's name),
 # the pronunciation '/ˈtwnɪŋz/', 'British' (an adjective), 'the bergamot blend' (generic)
 entities=[E("Company", TW), E("Location", "Andover"), E("Location", "Hampshire"), E("Company", ABF),
           E("Location", "London"), E("Location", "Strand"), E("Person", "Thomas Twining"),
           E("Location", "Painswick"), E("Location", "Gloucestershire"), E("Location", "England"),
           E("Location", "Britain"), E("Company", JP), E("Location", "Belfast"), E("Company", "Nambarrie"),
           E("Location", "China"), E("Location", "Poland")],
 # 'Twinings was founded by Thomas Twining' -> founder (one person named alone), current true. Near-misses: 'who opened
 # Britain's first known tea room' -> no further role (an unnamed tea room, the firm's first shop)
 roles=[R("Thomas Twining", "founder", TW)],
 # 'The brand is owned by Associated British Foods', 'Twinings was acquired by Associated British Foods in 1964' ->
 # acquired(Associated British Foods, Twinings) + parentOrganization(Twinings, Associated British Foods); 'Competitor
 # Jacksons of Piccadilly – acquired by Twinings during the 1990s' -> acquired(Twinings, Jacksons of Piccadilly) +
 # parentOrganization(Jacksons of Piccadilly, Twinings) (completed); "its Belfast Nambarrie plant, a tea company in
 # trade for over 140 years" -> parentOrganization(Nambarrie, Twinings) ('its': Twinings' own; doubtful: the text does
 # not tell how Twinings came to own it, so no acquired; a reader might give nothing for a plant). Near-misses:
 # 'Competitor' -> no partner (rivals); 'announced their decision to close its Belfast Nambarrie plant', 'moved most of
 # its production to China and Poland' -> nothing (a closure and a move, no organisation named as buyer or partner)
 relations=[L(ABF, "acquired", TW), L(TW, "parentOrganization", ABF), L(TW, "acquired", JP),
            L(JP, "parentOrganization", TW), L("Nambarrie", "parentOrganization", TW)],
 outages=[],
 # '1706' (twice, one item), '1787', '1964', 'April 2008', 'late 2011' -> 2011; 'during the 1990s' (a decade), 'for
 # over 140 years', 'today' (no `published`) -> nothing
 dates=[D("1706", "1706"), D("1787", "1787"), D("1964", "1964"), D("April 2008", "2008-04"),
        D("late 2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
