#!/usr/bin/env python3
"""Batch 62a gold annotations (the texts of batch62a.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-61a; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the mid-90's' (a part of a decade), 'at the age of
12', 'aged 53', '22 at the time', 'a five-year sentence', 'a five-year non-compete agreement' (no calendar value) ->
nothing, as batches 59a-61a left theirs; 'early 2008' -> the year (GUIDELINES, Dates: seasons and 'late 2006' -> the
year); 'Until 2011' -> the year; a person's years in brackets ('(1776–1834)', '(1891–1966)', '(1778–1852)') -> each
year (absolute, as batch 61a's 'born 1777'). No text tells an outage, so every `outages` list is empty; none tells a
near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-61a): '61% of the company was sold to' a named company
-> acquired + parentOrganization(target, buyer) (a majority stake read as a purchase, as the lane's earlier rounds
read one); a company's later name written 'X, now Y' -> alias (GUIDELINES, Types: former names are aliases); games
-> Service (GUIDELINES, Types); a game series 'co-created' by a studio and owned by another ("its co-creation of Epic
Games' ... Unreal series") -> provider to both, and 'began co-development with' -> partner, the studio first as
written (batches 58c, 58g: a co-developer named as such is provider too; co-development a partner relation); a game
'published by' a publisher but made by a person, not a company -> no provider and no partner (the lane's rule gives
partner(developer, publisher) and the developer as provider; here there is no developer company); a computer model
('an Apple IIe computer') -> Service with no provider (the maker named only inside the product name); brands and
product ranges a company 'makes' ('Cup-a-Soup', "Pasta 'n' Sauce", 'Super Rice', 'Super Noodles') -> Service with the
company as provider; a brand's name 'applied to' another company's range -> nothing (no owner stated; the infobox that
names the owner was cut); founders: GUIDELINES part 2 (Roles, 'Founders', commit 091489b1): 'founded ... by A' and 'A
formed X' -> founder, 'founded ... by A with his nephews B and C' -> cofounder each of the three (the text's 'A founded
X with B'); 'President X' -> president; 'took over leadership of the company' of a family company -> head (as batch
58e read 'took over' of a person at the top of a family company; doubtful: no title is written), current true (the
text never says she left the post); 'a retired ... Officer' of a named company -> other, current false (retired);
'the major partner in', 'business partner', 'two partners' (shares and partnerships of people) -> no role (the lane's
owner rule, batch 40zm's precedent); a historian, a farmworker (no organisation) -> no role; a claim the text says
research overturned ('the conventional history ... held that the brewery ... had been founded by Peter Degraves') ->
no role; a ship's name ('his ship Hope') -> nothing (GUIDELINES, Types); an award ('an OBE') -> nothing; a first name
written with no surname of its own ('Henry' in 'his nephews Henry and Charles Degraves', 'Ellen' in 'Ellen, née
Hudson') -> Person under that surface (the entity name must be a surface of the text), a maiden name ('née Hudson') ->
no alias; a surname alone -> alias of the one person it stands for in the text ('Schmalz' for James Schmalz, 'Degraves'
for Peter Degraves, 'Macintosh' for Hugh Macintosh, 'Gasking' for Ella Hudson Gasking); demonyms and adjectives
('Canadian', 'Chinese', 'Irish') -> nothing.
usage: batch62a_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- dried foods, UK: Batchelors (en.wikipedia.org '= Title =' rendering) -------------------------------------------
BF = "Batchelors Foods"
EG = "Ella Hudson Gasking"
A["wp-batchelors"] = dict(
 # the company -> Company 'Batchelors Foods' (its fullest form, 'formed Batchelors Foods in 1895'), aliases 'Batchelors'
 # ('Batchelors is a popular brand', 'The Batchelors company', 'the Batchelors name', 'with Batchelors eventually
 # becoming a household name': the brand and the business under one name, one entity, as batch 61a's Twinings) and
 # "Batchelor's Foods" ('the family business of Batchelor's Foods'); 'The company', 'the family business', 'the brand'
 # generic; Premier Foods ("Premier Foods' condensed soup range") -> Company; Cup-a-Soup ('its convenience Cup-a-Soup
 # range'), Pasta 'n' Sauce, Super Rice, Super Noodles ('The company now makes ... like ...'), Campbell's ('previously
 # sold as Campbell's. The Campbell's brand returned to the UK'), McDonnells ('soup was called "McDonnells" in Ireland',
 # the Irish version's name) -> Service; William Batchelor (alias 'William': 'William discovered a way'), Ellen ('Ellen,
 # née Hudson', his mother; no surname written for her), James Batchelor, Ella Hudson Gasking (aliases 'Ella' ('His
 # daughter Ella'), 'Ella Gasking', 'E. H. Gasking' ('Mrs E. H. Gasking', the honorific left out), 'Gasking' ('In 1943
 # Gasking was awarded')) -> Person; Sheffield, England, UK ('the UK market leader'), Habrough, Lincolnshire,
 # Bridlington, Wadsley Bridge, Britain ('the largest canning plant in Britain'), Ireland -> Location. No entity:
 # 'processed peas', 'canned vegetables', 'dried soup', 'instant soup', 'noodle products' (kinds of food), 'a new
 # factory', 'the largest canning plant' (unnamed), 'an OBE' (an award), 'the grocery industry', 'the war effort'
 # (generic), 'Irish' (an adjective), 'Hudson' in 'née Hudson' (a maiden name: no alias, and 'Hudson' is also inside
 # Ella Hudson Gasking's name)
 entities=[E("Company", BF, "Batchelors", "Batchelor's Foods"), E("Location", "Sheffield"), E("Location", "England"),
           E("Person", "William Batchelor", "William"), E("Service", "Cup-a-Soup"),
           E("Service", "Pasta 'n' Sauce"), E("Service", "Super Rice"), E("Service", "Super Noodles"),
           E("Location", "UK"), E("Company", "Premier Foods"), E("Service", "Campbell's"),
           E("Location", "Habrough"), E("Location", "Lincolnshire"), E("Person", "Ellen"),
           E("Person", "James Batchelor"), E("Location", "Bridlington"),
           E("Person", EG, "Ella", "Ella Gasking", "E. H. Gasking", "Gasking"), E("Location", "Wadsley Bridge"),
           E("Location", "Britain"), E("Service", "McDonnells"), E("Location", "Ireland")],
 # 'The Batchelors company was founded in 1895 in Sheffield, England by William Batchelor', 'formed Batchelors Foods in
 # 1895' -> founder (one person named alone), current true; 'His daughter Ella ... took over leadership of the company'
 # and 'took over the family business of Batchelor's Foods' -> head at Batchelors Foods (the person at the top of a
 # family company, batch 58e's reading; doubtful: no title is written, and batches 57o and 57s gave 'took over the
 # business' no role, but 'leadership' names the post here), current true (the text gives her years, 1891-1966, but
 # never says she left the post; doubtful: a reader might set current false from her death). Near-misses: 'James
 # Batchelor, a farmworker who later had his own farm' -> no role (a trade; an unnamed farm); 'William discovered a way
 # to can vegetables' -> nothing
 roles=[R("William Batchelor", "founder", BF), R(EG, "head", BF)],
 # 'The company now makes pasta and rice dishes like Pasta 'n' Sauce and Super Rice along with instant soup, in
 # particular Cup-a-Soup and noodle products such as Super Noodles', 'it started selling its convenience Cup-a-Soup
 # range' -> provider(each, Batchelors Foods); 'an Irish version of the brand was launched. But soup was called
 # "McDonnells" in Ireland' -> provider(McDonnells, Batchelors Foods) (the brand's own Irish version under another
 # name; doubtful: the text does not say who sold it, a reader might give nothing). Near-misses, no relation: 'the
 # Batchelors name has also been applied to Premier Foods' condensed soup range' -> no parentOrganization(Batchelors
 # Foods, Premier Foods) (the text says Premier Foods uses the name, not that it owns the company or the brand; the
 # infobox's 'Currentowner: Premier Foods' was cut with the infobox; a reader might give parentOrganization from
 # 'also'); 'previously sold as Campbell's', 'The Campbell's brand returned to the UK in 2011, after a five-year
 # non-compete agreement expired' -> no provider for Campbell's (its maker is not named; the range is Premier Foods'
 # now, who sold it before is not told) and no partner (a non-compete agreement with no named parties)
 relations=[L("Cup-a-Soup", "provider", BF), L("Pasta 'n' Sauce", "provider", BF), L("Super Rice", "provider", BF),
            L("Super Noodles", "provider", BF), L("McDonnells", "provider", BF)],
 outages=[],
 # '1895' (twice, one item), '1949', '1972', 'early 2008' -> 2008, '2011', '1860', 'August 1913', '1891', '1966'
 # (from '(1891–1966)'), '1937', '1943', '1935'; 'aged 53', '22 at the time', 'a five-year non-compete agreement' ->
 # nothing
 dates=[D("1895", "1895"), D("1949", "1949"), D("1972", "1972"), D("early 2008", "2008"), D("2011", "2011"),
        D("1860", "1860"), D("August 1913", "1913-08"), D("1891", "1891"), D("1966", "1966"), D("1937", "1937"),
        D("1943", "1943"), D("1935", "1935")])

# ---- brewing, Australia: Cascade Brewery (wikimili.com's copy, 2025) -------------------------------------------------
CB = "Cascade Brewery"
HM = "Hugh Macintosh"
PD = "Peter Degraves"
EIC = "East India Company"
A["wp-cascade-brewery"] = dict(
 # the brewery -> Company 'Cascade Brewery', alias 'Cascade Mills and Brewery' ('the major partner in the Cascade Mills
 # and Brewery': the business of which the brewery is the part the text is about; doubtful: a reader might make it a
 # Company of its own, the partnership's mills and brewery together, or give nothing); 'the brewery', 'the site' generic;
 # Macintosh and Degraves Sawmills ('a partnership called ...': a named business), East India Company -> Company; Hugh
 # Macintosh (alias 'Macintosh': "Macintosh's death", 'Macintosh was'; 'Major Hugh Macintosh' holds the same full form
 # after a military rank), Henry ('his nephews Henry and Charles Degraves': no surname written beside 'Henry', so the
 # entity's name is the surface 'Henry'; doubtful: a reader might write 'Henry Degraves', which is not in the text),
 # Charles Degraves, Peter Degraves (alias 'Degraves': 'Degraves had falsified the history', the one Degraves the
 # sentence is about), Greg Jefferys -> Person; South Hobart, Tasmania, Australia, Cascade ('The Cascade estate', 'the
 # other enterprises at Cascade': the estate's place name), Hobart Rivulet (a stream), Hobart ('in Hobart prison'; the
 # prison unnamed), England -> Location. No entity: 'Hope' ('his ship Hope': a ship's name, GUIDELINES, Types), 'a
 # function centre', 'a retail outlet', 'guided tours' (unnamed), 'beer', 'non-alcoholic products' (kinds of goods),
 # 'his Masters thesis' (no title), 'Major' (a military rank)
 entities=[E("Company", CB, "Cascade Mills and Brewery"), E("Location", "South Hobart"), E("Location", "Tasmania"),
           E("Location", "Australia"), E("Location", "Cascade"), E("Company", "Macintosh and Degraves Sawmills"),
           E("Location", "Hobart Rivulet"), E("Person", HM, "Macintosh"), E("Person", "Henry"),
           E("Person", "Charles Degraves"), E("Person", PD, "Degraves"), E("Location", "Hobart"),
           E("Person", "Greg Jefferys"), E("Company", EIC), E("Location", "England")],
 # 'the brewery was founded beside the Hobart Rivulet in 1832 by Hugh Macintosh (1776–1834) with his nephews Henry and
 # Charles Degraves' -> cofounder each of the three at Cascade Brewery (the text's 'A founded X with B'; GUIDELINES,
 # Roles, 'Founders'), current true (founders); 'Macintosh was a retired East India Company Officer' -> other at East
 # India Company, current false ('retired'; an officer of the company's service, no title of the vocabulary fits;
 # doubtful: a reader might give executive, or no role for a military officer). Near-misses: 'the conventional
 # history of Cascade Brewery held that the brewery ... had been founded by Peter Degraves' -> no founder for Peter
 # Degraves (a claim the text says research showed false: 'Degraves had falsified the history of the brewery'; a
 # reader might give founder); 'the major partner in the Cascade Mills and Brewery had actually been Major Hugh
 # Macintosh' -> no further role (a partner's share, the owner rule; his cofounder role already stands); 'his
 # business partner Peter Degraves' -> no role (a partner of a person); 'run by a partnership called Macintosh and
 # Degraves Sawmills' -> no role for Macintosh or Peter Degraves at it (the names are in the firm's name only, the text
 # never says who the partners were; a reader might give cofounder to both); 'historian Greg Jefferys' -> no role (no
 # organisation; 'his Masters thesis', no university named)
 roles=[R(HM, "cofounder", CB), R("Henry", "cofounder", CB), R("Charles Degraves", "cofounder", CB),
        R(HM, "other", EIC, False)],
 # Near-misses, no relation: 'The Cascade estate was originally a saw milling operation, run by a partnership called
 # Macintosh and Degraves Sawmills' -> no parentOrganization and no acquired between the sawmills and Cascade Brewery
 # (a site's earlier use; the text does not say one firm became or owned the other; a reader might alias the two or
 # give a parent); 'a retired East India Company Officer' -> no relation between the East India Company and either
 # firm (a person's former post)
 relations=[],
 outages=[],
 # '1824' (twice, one item), '1825', '1832', '1776', '1834' ('(1776–1834)', 'death in 1834': one text, one value, one
 # item), 'Until 2011' -> 2011 (the text '2011'), '1778', '1852'; 'a five-year sentence' -> nothing
 dates=[D("1824", "1824"), D("1825", "1825"), D("1832", "1832"), D("1776", "1776"), D("1834", "1834"),
        D("2011", "2011"), D("1778", "1778"), D("1852", "1852")])

# ---- video games, Canada: Digital Extremes (en.wikipedia.org 'Jump to' rendering, about 2015-2016) ------------------
DX = "Digital Extremes"
EPIC = "Epic Games"
MD = "Multi Dynamic"
JS = "James Schmalz"
A["wp-digital-extremes"] = dict(
 # the studio -> Company 'Digital Extremes' ('the company' generic); Epic Games, Multi Dynamic (alias 'Leyou': 'Multi
 # Dynamic, now Leyou', its later name, GUIDELINES, Types), Epic MegaGames ('then shareware publisher, Epic MegaGames';
 # doubtful: a reader who knows Epic Games' history might alias it to Epic Games, but the text never says the two are
 # one company, so it stays its own entity) -> Company; University of Waterloo -> Organization; Unreal ('Epic Games'
 # highly successful Unreal series of games', "Epic Games' Unreal franchise"), Ultima ('an Ultima clone'), Sorcery ('an
 # Ultima clone called Sorcery'), Epic Pinball (games), Apple IIe ('an Apple IIe computer': a computer model; Apple
 # named only inside the product name, GUIDELINES, Types) -> Service; James Schmalz (alias 'Schmalz': 'Schmalz chose
 # the latter', 'Schmalz officially founded Digital Extremes', the founder each time), Michael Schmalz -> Person; London,
 # Ontario -> Location. No entity: 'Canadian', 'Chinese' (adjectives), 'a full-time paid engineering position', 'the
 # rising technology movement', 'realistic 3D graphics' (generic), '$73 million', '61%', '39%' (amounts), 'two partners'
 # (unnamed)
 entities=[E("Company", DX), E("Person", JS, "Schmalz"), E("Company", EPIC), E("Service", "Unreal"),
           E("Location", "London"), E("Location", "Ontario"), E("Company", MD, "Leyou"),
           E("Person", "Michael Schmalz"), E("Service", "Ultima"), E("Service", "Sorcery"),
           E("Service", "Apple IIe"), E("Organization", "University of Waterloo"), E("Service", "Epic Pinball"),
           E("Company", "Epic MegaGames")],
 # 'founded in 1993 by James Schmalz', 'Founder James Schmalz', 'Schmalz officially founded Digital Extremes in 1993'
 # -> founder (one person named alone), current true; 'President Michael Schmalz and two partners retained 39% of
 # Digital Extremes, and will continue to manage it' -> president at Digital Extremes (the title before the name at the
 # company the sentence names), current true ('will continue to manage it'). Near-misses: 'two partners' -> no role
 # (unnamed); 'his University years at University of Waterloo' -> no role (a student); 'self-employed game developer'
 # -> no role (no organisation)
 roles=[R(JS, "founder", DX), R("Michael Schmalz", "president", DX)],
 # 'In 2014, 61% of the company was sold to Chinese holding company Multi Dynamic, now Leyou, for $73 million' ->
 # acquired(Multi Dynamic, Digital Extremes) + parentOrganization(Digital Extremes, Multi Dynamic) (a majority stake
 # sold, completed, read as a purchase as the lane reads one; doubtful: a reader might give nothing for a stake, as
 # the lane leaves minority stakes out); "best known for its co-creation of Epic Games' highly successful Unreal series
 # of games" -> provider(Unreal, Epic Games) ("Epic Games' Unreal series": its own) and provider(Unreal, Digital
 # Extremes) (a co-creator named as such, batches 58c, 58g; doubtful: a reader might give Epic Games only); 'the company
 # began co-development with Epic Games on what would become Epic Games' Unreal franchise' -> partner(Digital Extremes,
 # Epic Games) (a stated co-development, the studio first as written). Near-misses, no relation: 'created Epic
 # Pinball, published by then shareware publisher, Epic MegaGames' -> no provider (the publisher is not the maker, and
 # the maker is a person, James Schmalz, not a company) and no partner (no developer company: Digital Extremes was
 # founded after, 'Bolstered from the success of Epic Pinball'; a reader might give partner(Digital Extremes, Epic
 # MegaGames) or provider(Epic Pinball, Epic MegaGames)); 'creating an Ultima clone called Sorcery on an Apple IIe
 # computer' -> no provider for Sorcery (made by a person), Ultima or Apple IIe (makers not named on their own);
 # 'President Michael Schmalz and two partners retained 39%' -> nothing (people's shares)
 relations=[L(MD, "acquired", DX), L(DX, "parentOrganization", MD), L("Unreal", "provider", EPIC),
            L("Unreal", "provider", DX), L(DX, "partner", EPIC)],
 outages=[],
 # '1993' (twice, one item), '2014'; 'the mid-90's' (part of a decade), 'at the age of 12' -> nothing
 dates=[D("1993", "1993"), D("2014", "2014")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
