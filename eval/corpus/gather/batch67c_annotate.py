#!/usr/bin/env python3
"""Batch 67c gold annotations (the texts of batch67c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66m; batch10_annotate.write_parts), so with three texts: test wp-cloetta, train wp-douwe-egberts, dev
wp-hambros-bank. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a person's
life years in brackets ('(1836\u20131897)') -> one date each (as batches 66c and 66m listed them; doubtful: batches
63f-65l left life years out); 'late 2008' -> the year (GUIDELINES, Dates: 'late 2006' -> the year); 'During the 1850s',
'by the mid-1960s' -> nothing (decades, as batches before); 'a year later' (after 1968) -> nothing (a relative
expression, and `published` is null); 'During World War II', 'After the Second World War' -> nothing (events). No text
tells an outage, so every `outages` list is empty; none tells a near-miss of one ('The 1930 depression affected the
bank's international business' is an economic downturn: no service lost by users; GUIDELINES, Outages). Conventions
(GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66m): 'was taken over by X', 'X purchased Y', 'took over Y',
'acquiring ... companies, such as Y', 'X bought Y' -> acquired + parentOrganization(target, buyer) (completed; none
said to be merged away); 'The bank was sold in 1998, and today survives only in the name of the private banking
division of X' -> acquired(X, the bank) only (the buyer read from the name's survival in X's division; the bank said
to survive only as a name, i.e. absorbed, so no parentOrganization; doubtful); 'owned by X' -> parentOrganization;
'owned by X and a number of ... banks', 'two major owners, A and B' -> nothing (shared ownership, shares not told, as
batch 56's Sunrise text left 'belonged mainly to the BT Group and the Danish Tele Danmark'); 'After merging with X',
'X and Y would merge into one company' -> nothing (GUIDELINES, Relations: a merger where the text does not say who
buys whom); a brand sold ('sold White Ox to Imperial Tobacco') -> no acquired (an asset purchase) but provider to the
seller and to the buyer (relations carry no time; doubtful); 'collaborated with X to produce the Y coffee maker' ->
partner + provider of Y to both makers (doubtful); 'A and his two brothers B and C founded X' -> cofounder each
(GUIDELINES, Roles, Founders); 'X was founded by A', 'A established a grocery shop called X' -> founder (one person
named alone); 'was also the head of X' in the past tense -> head, current false (batch 28a's reading of 'She was the
CEO', as batches 57x and 59 read theirs); 'raised finance for', 'was responsible for arranging ... loan stock issues',
'established a Swedish subsidiary' -> no role (no title of the list); earlier and later names of one company ->
aliases (GUIDELINES, Types), and a nickname the text gives ('known as the 'diamond bank'') -> alias (doubtful); one
surface form for two entities -> the main use's entity (GATHERING.md, batch 29's 'Edison'; so 'Douwe Egberts', the
company throughout, is not also the founder's son); named streets and addresses -> Location (as the corpus's '167
Vivian Street'); a government named with its country ('British Government', 'the Norwegian exiled government') ->
Organization (as the corpus's 'UK Government', 'Swedish government'); demonyms and adjectives ('British', 'Danish',
'Dutch', 'Swedish', 'Finnish', 'Anglo-Scandinavian') -> nothing.
usage: batch67c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- banking, UK: Hambros Bank (wikipedia.org's 'From Wikipedia' rendering) ----------------------------------------
HB = "Hambros Bank"
SG = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"
CH = "Sir Charles Hambro"
A["wp-hambros-bank"] = dict(
 # the bank -> Company 'Hambros Bank', aliases 'Hambros' (the text's short name), 'C. J. Hambro & Son' (its founding
 # name; 'the name was changed to Hambros Bank' after 1921: one company) and 'diamond bank' ('Hambros became also
 # known as the 'diamond bank'': a nickname the text gives; GUIDELINES, Types; doubtful: a reader might take it as a
 # description and leave it out); 'The Hambros bank' is the name in lower case (no alias apart); Soci\u00e9t\u00e9
 # G\u00e9n\u00e9rale ('the French group'), British Bank of Northern Commerce, Enskilda Banken -> Company; Carl Joachim
 # Hambro, Sir Charles Hambro -> Person (the fullest form with 'Sir', as the corpus's 'Sir Terry Leahy'); 'British
 # Government', 'the Norwegian exiled government' -> Organization (governments named with their country, as the
 # corpus's 'UK Government' and 'Swedish government'; doubtful: 'British Government loan stock issues' uses the name as
 # a modifier, and a reader might leave the exiled government out as unnamed); Special Operations Executive ->
 # Organization (a wartime government body); London, '41 Bishopsgate' (an address, as the corpus's '167 Vivian
 # Street'), Scandinavia, Jersey, Guernsey -> Location. No entity: 'the private banking division of the French group'
 # (unnamed), 'a number of Scandinavian savings banks' (unnamed), 'the Scandinavian kingdoms' (unnamed states),
 # 'the Euromarket' (a market, no organisation), 'The 1930 depression', 'World War II', 'the Second World War'
 # (events), 'the diamond industry', 'Anglo-Scandinavian', 'British', 'Danish', 'French'
 entities=[E("Company", HB, "Hambros", "C. J. Hambro & Son", "diamond bank"), E("Location", "London"),
           E("Company", SG), E("Person", "Carl Joachim Hambro"), E("Organization", "British Government"),
           E("Company", "British Bank of Northern Commerce"), E("Company", "Enskilda Banken"),
           E("Location", "41 Bishopsgate"), E("Location", "Scandinavia"), E("Person", CH),
           E("Organization", "Norwegian exiled government"), E("Organization", "Special Operations Executive"),
           E("Location", "Jersey"), E("Location", "Guernsey")],
 # 'Hambros was founded by the Danish merchant and banker Carl Joachim Hambro in London in 1839' -> founder at Hambros
 # Bank, current true (one person named alone); 'Sir Charles Hambro ... was also the head of the Special Operations
 # Executive' -> head at Special Operations Executive, current false ('was', the past tense of a wartime post; batch
 # 28a's reading; doubtful: the text says no 'former' or 'left', and a reader might give current true).
 # Near-misses: 'Sir Charles Hambro raised finance for the Norwegian exiled government' -> no role at Hambros Bank (the
 # text gives him no post at the bank; a reader who knows the family might give chairman or director) and no partner
 # (a person's act); 'During the 1850s he was responsible for arranging various British Government loan stock issues'
 # -> no role (no title) and no partner(Hambros Bank, British Government) (business done for a client, no partnership
 # or contract stated; a reader might give partner); 'the sole banker to the Scandinavian kingdoms' -> nothing
 # (unnamed); 'Chips Keswick (Chairman)' stood only in the cut infobox
 roles=[R("Carl Joachim Hambro", "founder", HB), R(CH, "head", "Special Operations Executive", False)],
 # 'The bank was sold in 1998, and today survives only in the name of the private banking division of the French group
 # Soci\u00e9t\u00e9 G\u00e9n\u00e9rale' -> acquired(Soci\u00e9t\u00e9 G\u00e9n\u00e9rale, Hambros Bank) (the buyer
 # read from the name's survival in its division: doubtful, the sentence names no buyer; no parentOrganization, the
 # bank said to survive 'only in the name', i.e. absorbed). Near-misses: 'After merging with the British Bank of
 # Northern Commerce ... the name was changed to Hambros Bank' -> nothing (a merger, no buyer told; no alias either: the
 # British Bank of Northern Commerce is a second bank, not a former name); '(owned by Enskilda Banken and a number of
 # Scandinavian savings banks)' -> no parentOrganization(British Bank of Northern Commerce, Enskilda Banken) (shared
 # ownership, Enskilda's share not told, as batch 56's 'belonged mainly to the BT Group and the Danish Tele Danmark';
 # doubtful: a reader might take 'owned by' as enough); 'new offices were opened in Jersey and Guernsey' -> nothing
 # (offices, no company)
 relations=[L(SG, "acquired", HB)],
 outages=[],
 # '1998', '1839', '1921', '1926', '1988', '1930' ('The 1930 depression'), '1967'; 'During the 1850s', 'by the
 # mid-1960s' (decades), 'During World War II', 'After the Second World War' -> left out
 dates=[D("1998", "1998"), D("1839", "1839"), D("1921", "1921"), D("1926", "1926"), D("1988", "1988"),
        D("1930", "1930"), D("1967", "1967")])

# ---- coffee and tobacco, Netherlands: Douwe Egberts (en.wikipedia.org's rendering) ---------------------------------
DE = "Douwe Egberts"
CF = "Consolidated Foods Corporation"
IT = "Imperial Tobacco"
A["wp-douwe-egberts"] = dict(
 # Douwe Egberts -> Company ('a Dutch brand', but 'The company transferred', 'Douwe Egberts was taken over', 'Douwe
 # Egberts purchased Van Nelle': the business; one surface form, one entity, as batch 66m's Freia; doubtful: a reader
 # might type it a Service by the first sentence), aliases 'De Witte Os' and 'The White Ox' (the grocery shop Egbert
 # Douwes established, which 'later started dealing specifically in coffee, tea, and tobacco' and 'adopted its current
 # name': the company's first name and the text's English gloss of it; doubtful: a reader might take the shop for a
 # site) and 'Douwe Egbert' ("Douwe Egbert's former tobacco brand", the text's slip, possessive-free); JDE Peet's,
 # Imperial Tobacco, Douwe Egberts Koninklijke, Kanis & Gunnink, Horniman's Tea, Van Nelle, Philips -> Company;
 # Consolidated Foods Corporation -> Company, alias 'Sara Lee Corporation' ('later the Sara Lee Corporation': its later
 # name); White Ox ('former tobacco brand'), Drum ('Drum rolling tobacco'), Senseo ('the Senseo coffee maker') ->
 # Service (products users buy; GUIDELINES, Types); Egbert Douwes -> Person; Australia, Belgium, Hungary, Netherlands,
 # New Zealand, South Africa, United Kingdom (alias 'UK', 'the UK tea distributor'), Joure, France, Spain, Denmark,
 # Europe -> Location. No entity: 'his eldest son Douwe Egberts' (the same surface form as the company, which the text
 # uses eight times: the main use's entity, GATHERING.md batch 29's 'Edison'; doubtful: a reader might add a Person),
 # '"D.E."' (the logo's initialism, no name used for the company in running text; a reader might add it as an alias),
 # 'the original De Witte Os grocery store' (the shop as a place: the same surface as the company's alias), 'Dutch'
 entities=[E("Company", DE, "De Witte Os", "The White Ox", "Douwe Egbert"), E("Company", "JDE Peet's"),
           E("Location", "Australia"), E("Location", "Belgium"), E("Location", "Hungary"),
           E("Location", "Netherlands"), E("Location", "New Zealand"), E("Location", "South Africa"),
           E("Location", "United Kingdom", "UK"), E("Location", "Joure"), E("Person", "Egbert Douwes"),
           E("Service", "White Ox"), E("Company", IT), E("Location", "France"), E("Location", "Spain"),
           E("Location", "Denmark"), E("Company", "Douwe Egberts Koninklijke"), E("Company", "Kanis & Gunnink"),
           E("Location", "Europe"), E("Company", "Horniman's Tea"), E("Company", CF, "Sara Lee Corporation"),
           E("Company", "Van Nelle"), E("Service", "Drum"), E("Company", "Philips"), E("Service", "Senseo")],
 # 'Egbert Douwes established a grocery shop called "De Witte Os" ... The company later started dealing specifically in
 # coffee, tea, and tobacco' -> founder at Douwe Egberts, current true (one person named alone; the shop is the
 # company's start; doubtful: a reader might give no role, the text saying 'established a grocery shop', not the
 # company). Near-misses: 'The company transferred to his eldest son Douwe Egberts in 1780' -> no entity, no role (an
 # owner by inheritance, no title of the list)
 roles=[R("Egbert Douwes", "founder", DE)],
 # 'It is owned by JDE Peet's' -> parentOrganization(Douwe Egberts, JDE Peet's); 'Douwe Egberts was taken over by
 # Consolidated Foods Corporation' -> acquired + parentOrganization; 'a year later took over the Dutch coffee
 # manufacturer Kanis & Gunnink' ('It', the company, the subject) -> acquired(Douwe Egberts, Kanis & Gunnink) +
 # parentOrganization (doubtful: a reader might give the buyer as the new holding company named just before);
 # 'acquiring other tea, coffee and tobacco companies, such as the UK tea distributor Horniman's Tea' -> acquired +
 # parentOrganization; 'Douwe Egberts purchased Van Nelle, its main Dutch competitor' -> acquired + parentOrganization;
 # 'It sold its tobacco interests, including Van Nelle and Drum rolling tobacco, to Imperial Tobacco' ->
 # acquired(Imperial Tobacco, Van Nelle) + parentOrganization (the company bought in 1989, sold on; doubtful: a reader
 # might read 'Van Nelle' there as a tobacco brand and give provider, or see the sale of 'interests' as an asset
 # purchase and give nothing); "Douwe Egbert's former tobacco brand White Ox", 'sold White Ox to Imperial Tobacco' ->
 # provider(White Ox, Douwe Egberts) and provider(White Ox, Imperial Tobacco) (the brand's maker before and after the
 # sale; a brand bought is an asset, no acquired); 'its tobacco interests, including ... Drum rolling tobacco, to
 # Imperial Tobacco' -> provider(Drum, Douwe Egberts) and provider(Drum, Imperial Tobacco) (the same reading);
 # 'collaborated with Philips to produce the Senseo coffee maker' -> partner(Douwe Egberts, Philips) (a stated
 # collaboration; direction as written) and provider(Senseo, Douwe Egberts), provider(Senseo, Philips) (both said to
 # produce it; doubtful: a reader might give the maker of the machine, Philips, only). Near-misses: 'It founded a new
 # holding company, Douwe Egberts Koninklijke' -> nothing (the text does not say which company the holding company
 # holds; a reader might give parentOrganization(Douwe Egberts, Douwe Egberts Koninklijke), or the reverse for a
 # company founded by another); 'Van Nelle, its main Dutch competitor' -> no partner (rivals); 'White Ox was named for
 # the original De Witte Os grocery store' -> nothing more
 relations=[L(DE, "parentOrganization", "JDE Peet's")] + acq(CF, DE) + acq(DE, "Kanis & Gunnink")
           + acq(DE, "Horniman's Tea") + acq(DE, "Van Nelle") + acq(IT, "Van Nelle")
           + [L("White Ox", "provider", DE), L("White Ox", "provider", IT), L("Drum", "provider", DE),
              L("Drum", "provider", IT), L(DE, "partner", "Philips"), L("Senseo", "provider", DE),
              L("Senseo", "provider", "Philips")],
 outages=[],
 # '1752', '1780', '1925', '1998' (twice, one text, one value), '1948', '1968', '1978', '1989', '2001'; 'a year
 # later' (after 1968; relative, `published` null) -> left out
 dates=[D("1752", "1752"), D("1780", "1780"), D("1925", "1925"), D("1998", "1998"), D("1948", "1948"),
        D("1968", "1968"), D("1978", "1978"), D("1989", "1989"), D("2001", "2001")])

# ---- confectionery, Sweden: Cloetta (en.m.wikipedia.org's rendering) -----------------------------------------------
CT = "Cloetta"
CC, NC, BC = "Christoph Clo\u00ebtta", "Nutin Clo\u00ebtta", "Bernard Clo\u00ebtta"
A["wp-cloetta"] = dict(
 # Cloetta -> Company, alias 'Br\u00f8drene Clo\u00ebttas steam chocolate factory' (the Danish chocolate maker the
 # brothers founded in 1862, where the article's history of Cloetta begins: the company's first name, as written with
 # its English 'steam chocolate factory'; doubtful: a reader might keep it a company of its own, or cut the alias to
 # 'Br\u00f8drene Clo\u00ebttas'); Cloetta Fazer, Malfors Promotor ('the Svenfelt-Trotzig family company'), Karl Fazer
 # ('the Finnish family-owned Karl Fazer': a company, though the name is a person's), Stockholm Stock Exchange (a stock
 # exchange run as a business; GUIDELINES, part 1; 'the Stockholm stock exchange' the same name in lower case), Leaf,
 # Candyking -> Company; Christoph Clo\u00ebtta, Nutin Clo\u00ebtta, Bernard Clo\u00ebtta -> Person (each named in
 # full once; no surname alone); Sweden, Finland, Norway, Denmark, Netherlands, Germany, United Kingdom (alias 'UK'),
 # Solna, Malm\u00f6, Oslo, Levice, Slovakia, Ljungsbro, 'the Nordic countries' -> Location (a named region, as the
 # corpus's Scandinavia; doubtful: a reader might take it as generic). No entity: 'a Swedish subsidiary', 'one
 # subsidiary' (unnamed), 'the Svenfelt-Trotzig family' (a family), 'Danish', 'Swedish', 'Finnish'
 entities=[E("Company", CT, "Br\u00f8drene Clo\u00ebttas steam chocolate factory"), E("Location", "Sweden"),
           E("Location", "Finland"), E("Location", "Norway"), E("Location", "Denmark"),
           E("Location", "Netherlands"), E("Location", "Germany"), E("Location", "United Kingdom", "UK"),
           E("Location", "Solna"), E("Person", CC), E("Person", NC), E("Person", BC),
           E("Location", "Malm\u00f6"), E("Location", "Oslo"), E("Company", "Cloetta Fazer"),
           E("Company", "Malfors Promotor"), E("Company", "Karl Fazer"), E("Company", "Stockholm Stock Exchange"),
           E("Company", "Leaf"), E("Location", "Levice"), E("Location", "Slovakia"), E("Location", "Ljungsbro"),
           E("Company", "Candyking"), E("Location", "Nordic countries")],
 # 'Christoph Clo\u00ebtta (1836\u20131897) and his two brothers Nutin Clo\u00ebtta and Bernard Clo\u00ebtta founded
 # Danish chocolate manufacturer Br\u00f8drene Clo\u00ebttas steam chocolate factory' -> cofounder each at Cloetta,
 # current true (three people named together; GUIDELINES, Roles, Founders). Near-misses: 'Nutin Clo\u00ebtta
 # established a Swedish subsidiary in Malm\u00f6' -> no second role (an unnamed subsidiary; a reader might give
 # founder); the infobox's 'Henri de Sauvage-Nolting (President and CEO), Mikael Norman (Chairman)' is cut, so no
 # executive is in the text
 roles=[R(CC, "cofounder", CT), R(NC, "cofounder", CT), R(BC, "cofounder", CT)],
 # 'In 2016, Cloetta finalized a deal to acquire pick & mix supplier Candyking', 'In 2017, Cloetta bought the bulk
 # candy company Candyking' -> acquired(Cloetta, Candyking) + parentOrganization (one purchase told twice; completed);
 # 'it was announced in June 2008 that Cloetta Fazer would be split up. Cloetta became an independent company again' ->
 # parentOrganization(Cloetta, Cloetta Fazer) (Cloetta a part of Cloetta Fazer until the split; doubtful: the text
 # does not say 'part of', and a reader might read Cloetta Fazer as Cloetta's earlier name and give an alias).
 # Near-misses: "Cloetta Fazer's two major owners, the Svenfelt-Trotzig family company Malfors Promotor and the Finnish
 # family-owned Karl Fazer" -> no parentOrganization (two owners, shares not told, as batch 56's Sunrise text; a reader
 # might give both); 'it was announced that Cloetta and Leaf would merge into one company' -> nothing (an announced
 # merger, no buyer told); 'listed on the Stockholm Stock Exchange' -> no relation (a listing); 'legal disputes
 # between' the owners -> nothing; 'pick & mix supplier Candyking' -> no partner (no customer named)
 relations=acq(CT, "Candyking") + [L(CT, "parentOrganization", "Cloetta Fazer")],
 outages=[],
 # '1862', '1836', '1897' (life years, one date each), '1873', '1896', 'June 2008', 'late 2008' (-> the year),
 # '8 December 2008', 'December 2011', '2016', '2017'
 dates=[D("1862", "1862"), D("1836", "1836"), D("1897", "1897"), D("1873", "1873"), D("1896", "1896"),
        D("June 2008", "2008-06"), D("late 2008", "2008"), D("8 December 2008", "2008-12-08"),
        D("December 2011", "2011-12"), D("2016", "2016"), D("2017", "2017")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
