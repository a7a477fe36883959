#!/usr/bin/env python3
"""Batch 57b gold annotations (the texts of batch57b.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j and 56p; batch10_annotate.write_parts), so with four texts:
test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
'the late 1800s', 'the early 1980s' and 'the late 1980s' (parts of a century or a decade, as batches 55f, 55i, 55s and
56f left them out), 'Ten years later', 'Later that month', 'earlier that year', 'for the next 12 years', 'currently' and
'During this period' (relative or unanchored) -> nothing; 'from 2002-2008' -> its two years. No text tells an outage,
so every `outages` list is empty, and none tells a near-miss of one (closed restaurants, an administration and debts
are business failures; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56j, 56p): a company 'sold to', 'bought', 'acquired by', 'purchased' -> acquired + parentOrganization(target, buyer)
(ownership that ended kept: relations carry no time); 'it was announced that X would be purchasing the company' ->
acquired only (an agreed deal the text does not tell as completed; doubtful); a person who buys a company ('purchased by
Nick Baile and Dennis Ing', 'bought by Simon Baile', 'Ranjit Singh Boparan had acquired the company') -> no relation
(acquired takes a Company as buyer) and no role (an owner is no title); 'currently a subsidiary of', 'a trade arm',
'who also owned the Nicolas chain' -> parentOrganization; 'most notable for operating Nando's' -> provider (a
restaurant brand as Service, as batches 55zb, 56f and 56p); biscuit bars a maker is 'known for' -> Service with
provider (products users buy, GUIDELINES Types); 'started ... by A, B, and C' -> cofounder each, 'founded by A' and
'established ... by A' -> founder, current true; 'remained as chairman' and later 'had stepped down ... and is no
longer involved with the company' -> chairman current false (the founder stays founder); 'Liam replacing Daryl Foster
as CEO' -> ceo true for the one and ceo false for the other; 'managing director' -> director (GUIDELINES, Roles), 'the
marketing director at that time' -> director, current false ('at that time' read as 'then'); senior hires with their
posts in brackets: 'CCO' -> executive (chief commercial officers are executive in the corpus), 'Ops Director' ->
director (as batch 56f's 'Commercial director'), 'Chief Council' -> executive (read as chief counsel, general counsel
-> executive; doubtful), 'Head of Marketing' -> head (as batch 15b's 'head of marketing'), 'Data Scientist' -> other
(a post at the company named among senior hires; doubtful); a chef who 'oversaw the menu development', an illustrator
who 'continued working for' a company, an 'entrepreneur' -> no role (no post at a named organisation); a daughter and
a son-in-law who gave a company its name -> Person, no role; a place name used as a modifier ('London-based', 'New
Zealand-born') -> Location (as batch 56p's 'Singapore-based'), demonyms and adjectives ('New Zealanders', 'Kiwi',
'South African', 'French', 'Italian', 'British') -> nothing; 'the West End of London' -> Location 'West End' beside
'London'; a street of the first bakery ('17 Whitaker Street', 'Whitaker Street') -> Location (a named site; doubtful);
a society that unveils plaques -> Organization; a standard, an accreditation, a plaque, a family, a fictional character,
a TV show and a book ('ISO 9002', 'Investors in People accreditation', 'a White Rose plaque', 'the Fox family', 'Patsy
Stone', 'Absolutely Fabulous', 'Fear and Loathing in Las Vegas') -> no entity; 'the Nicolas chain' -> Company 'Nicolas'
(a chain of shops, a business); 'United Kingdom' and 'UK' in one text -> one Location with an alias.
usage: batch57b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- transport, UK: Addison Lee -------------------------------------------------------------------------------------
AL = "Addison Lee"
A["wp-addison-lee"] = dict(
 # the company -> Company 'Addison Lee'; the Carlyle Group ('a private equity firm') -> Company 'Carlyle Group'; John
 # Griffin, Daryl Foster, the five senior hires -> Person; 'son Liam' -> Person 'Liam' (the text gives no surname; as
 # batch 56f's 'Janet'); London ('London-based') -> Location. No entity: 'a private coach company' (unnamed), 'ISO
 # 9002' (a standard), 'the Investors in People accreditation' (an accreditation, as awards are no entity), 'driver
 # PDAs', 'GPS tracking', 'text messaging', 'IT' (generic technology)
 entities=[E("Company", AL), E("Location", "London"), E("Person", "John Griffin"), E("Company", "Carlyle Group"),
           E("Person", "Liam"), E("Person", "Daryl Foster"), E("Person", "Peter Boucher"),
           E("Person", "Catherine Faiers"), E("Person", "Gary Cust"), E("Person", "Nick Kotsis"),
           E("Person", "Nick Constantinou")],
 # 'The company was founded by John Griffin' and 'founder John Griffin' -> founder, current true (a founder stays a
 # founder after he leaves); 'John Griffin initially remained as chairman' and 'had stepped down earlier that year and
 # is no longer involved with the company' -> chairman, current false; 'son Liam replacing Daryl Foster as CEO' -> ceo
 # current true for Liam and ceo current false for Daryl Foster (replaced); the senior hires of 2014, all current true
 # (nothing says they left): 'Peter Boucher (CCO)' -> executive; 'Catherine Faiers (Ops Director)' -> director
 # (doubtful: a reader might give coo or executive for an operations post); 'Gary Cust (Chief Council)' -> executive
 # (read as chief counsel; doubtful: the word as spelt is no legal title, and a reader might give nothing); 'Nick Kotsis
 # (Data Scientist)' -> other (doubtful: a specialist post, named among 'senior hires'; a reader might give nothing);
 # 'Nick Constantinou (Head of Marketing)' -> head. Near-misses: no chairman or ceo for Liam beyond ceo; no role for
 # John Griffin at the Carlyle Group; 'The Carlyle Group intend to grow the firm' -> no role (no person)
 roles=[R("John Griffin", "founder", AL), R("John Griffin", "chairman", AL, False), R("Liam", "ceo", AL),
        R("Daryl Foster", "ceo", AL, False), R("Peter Boucher", "executive", AL),
        R("Catherine Faiers", "director", AL), R("Gary Cust", "executive", AL), R("Nick Kotsis", "other", AL),
        R("Nick Constantinou", "head", AL)],
 # 'In April 2013 it was announced that the Carlyle Group ... would be purchasing the company for an undisclosed sum'
 # -> acquired(Carlyle Group, Addison Lee) only (an agreed deal as announced; GUIDELINES, Relations: agreed but not told
 # as completed -> acquired only; doubtful: 'John Griffin initially remained as chairman' and 'The Carlyle Group intend
 # to grow the firm' suggest the purchase went through, and a reader might add parentOrganization(Addison Lee, Carlyle
 # Group)). Near-misses: 'Addison Lee also operates a private coach company' -> no parentOrganization (unnamed);
 # 'achieved ... the Investors in People accreditation' -> no partner (an accreditation, no entity)
 relations=[L("Carlyle Group", "acquired", AL)],
 outages=[],
 # 'earlier that year' (2014 by the text, but relative) -> left out; 'During 2014' -> '2014'
 dates=[D("1975", "1975"), D("April 2013", "2013-04"), D("2014", "2014"), D("October 2014", "2014-10")])

# ---- food manufacturing, UK: Fox's Biscuits -------------------------------------------------------------------------
FB = "Fox's Biscuits"
NF = "Northern Foods"
A["wp-foxs-biscuits"] = dict(
 # the company -> Company "Fox's Biscuits" (the name it took in 1960; 'Fox's Biscuits Limited' is in the cut infobox
 # only); Ferrero ('Italian multinational food company Ferrero'), Northern Foods, 2 Sisters Food Group, Elkes Biscuits
 # (alias 'Elkes') -> Company; the Yorkshire Society -> Organization (a society, no business); Michael Spedding, his
 # daughter Hannah (no surname given: 'Hannah') and Fred Ellis Fox -> Person; the biscuit bars Rocky, Classic, Echo,
 # Crunch Creams and Party Rings -> Service (products users buy, GUIDELINES Types; doubtful for 'Classic' and 'Echo',
 # common words a reader might not take for names); Batley, West Yorkshire, Wesham, Lancashire, Europe, North America,
 # Asia, England ('the north of England'), Uttoxeter -> Location; Whitaker Street ('17 Whitaker Street', the site of
 # the first bakery) -> Location (a named site; doubtful: a reader might leave a street address out). No entity: 'the
 # Fox family' (a family, no person named), 'a White Rose plaque' (a plaque, as awards are no entity), 'the malted milk
 # biscuit' (a kind of biscuit, no brand), 'a number of supermarkets' (unnamed), 'British', 'Italian' (adjectives)
 entities=[E("Company", FB), E("Location", "Batley"), E("Location", "West Yorkshire"), E("Company", "Ferrero"),
           E("Location", "Wesham"), E("Location", "Lancashire"), E("Location", "Europe"),
           E("Location", "North America"), E("Location", "Asia"), E("Service", "Rocky"), E("Service", "Classic"),
           E("Service", "Echo"), E("Service", "Crunch Creams"), E("Service", "Party Rings"),
           E("Location", "Whitaker Street"), E("Person", "Michael Spedding"), E("Location", "England"),
           E("Person", "Hannah"), E("Person", "Fred Ellis Fox"), E("Company", NF),
           E("Company", "2 Sisters Food Group"), E("Organization", "Yorkshire Society"), E("Location", "Uttoxeter"),
           E("Company", "Elkes Biscuits", "Elkes")],
 # 'The company was founded in 1853 ... by Michael Spedding' -> founder, current true. Near-misses: 'founded by the Fox
 # family' -> no founder role (no person of the family named as founder; a reader might give Fred Ellis Fox
 # cofounder); 'His daughter Hannah provided the name for the company when she married Fred Ellis Fox' -> no role for
 # either (no post at the company); 'who worked from his small bakehouse' -> no further role
 roles=[R("Michael Spedding", "founder", FB)],
 # 'currently a subsidiary of Italian multinational food company Ferrero' -> parentOrganization; 'It was purchased by
 # Northern Foods in 1977' -> acquired + parentOrganization; 'which itself was acquired by 2 Sisters Food Group in 2011'
 # -> acquired(2 Sisters Food Group, Northern Foods) + parentOrganization(Northern Foods, 2 Sisters Food Group); 'known
 # for ... biscuit bars such as Rocky, Classic, Echo, Crunch Creams, and Party Rings' -> provider for each. Near-misses:
 # no acquired(Ferrero, Fox's Biscuits) (the text says 'subsidiary', not how Ferrero came to own it); no
 # parentOrganization(Fox's Biscuits, 2 Sisters Food Group) (a chain through Northern Foods, not a stated holding; a
 # reader might add it); 'The Uttoxeter site was operated as Elkes Biscuits before merging in 2003. Elkes Biscuits,
 # previously Fox's Biscuits, ...' -> nothing (a merger with no buyer and no partner named, and 'previously Fox's
 # Biscuits' of a site; a reader might give parentOrganization(Elkes Biscuits, Fox's Biscuits)); 'makes own brand
 # biscuit products for a number of supermarkets' -> no partner (unnamed); 'the Yorkshire Society unveiled a White Rose
 # plaque at the site' -> no relation (a society's honour, no partnership)
 relations=[L(FB, "parentOrganization", "Ferrero"), L(NF, "acquired", FB), L(FB, "parentOrganization", NF),
            L("2 Sisters Food Group", "acquired", NF), L(NF, "parentOrganization", "2 Sisters Food Group"),
            L("Rocky", "provider", FB), L("Classic", "provider", FB), L("Echo", "provider", FB),
            L("Crunch Creams", "provider", FB), L("Party Rings", "provider", FB)],
 outages=[],
 # '1853' (twice, one value) -> one item; 'in the late 1800s' -> left out
 dates=[D("1853", "1853"), D("1927", "1927"), D("1960", "1960"), D("1977", "1977"), D("2011", "2011"),
        D("September 2013", "2013-09"), D("2003", "2003")])

# ---- restaurants, UK: Gourmet Burger Kitchen ------------------------------------------------------------------------
GBK = "Gourmet Burger Kitchen"
CH = "Clapham House Group PLC"
A["wp-gourmet-burger-kitchen"] = dict(
 # the chain -> Company 'Gourmet Burger Kitchen', alias 'GBK'; Clapham House Group PLC, Capricorn Ventures, Famous
 # Brands ('the South African firm Famous Brands') -> Company; Nando's ('most notable for operating Nando's') ->
 # Service (a restaurant brand, as batches 55zb, 56f and 56p; doubtful: a reader might make it a Company); Adam Wills,
 # Greg Driscoll, Brandon Allen, Peter Gordon, Ranjit Singh Boparan -> Person; the United Kingdom (alias 'UK'),
 # Ireland, London, New Zealand ('a New Zealand-born ... chef'), Battersea ('the Battersea restaurant'), Dubai,
 # Greece, Oman -> Location. No entity: 'Kiwi', 'New Zealanders', 'South African' (adjectives and demonyms), 'the
 # original owners' and 'the owners' (the founders, unnamed there), 'Franchises' (unnamed franchisees), 'administration'
 entities=[E("Company", GBK, "GBK"), E("Location", "United Kingdom", "UK"), E("Location", "Ireland"),
           E("Location", "London"), E("Person", "Adam Wills"), E("Person", "Greg Driscoll"),
           E("Person", "Brandon Allen"), E("Person", "Peter Gordon"), E("Location", "New Zealand"),
           E("Location", "Battersea"), E("Company", CH), E("Company", "Capricorn Ventures"), E("Service", "Nando's"),
           E("Location", "Dubai"), E("Location", "Greece"), E("Location", "Oman"), E("Company", "Famous Brands"),
           E("Person", "Ranjit Singh Boparan")],
 # 'The company was started in London by New Zealanders Adam Wills, Greg Driscoll, and Brandon Allen' -> cofounder
 # each, current true (founders stay founders; 'the owners sold the business' in 2005). Near-misses: 'Chef Peter
 # Gordon, a New Zealand-born, London-based chef, oversaw the menu development' -> no role (a chef's trade with no post
 # at GBK; a reader might give cofounder, other or head; the infobox's 'Key People: Peter Gordon' is cut); 'Ranjit
 # Singh Boparan had acquired the company' -> no role (an owner is no title)
 roles=[R("Adam Wills", "cofounder", GBK), R("Greg Driscoll", "cofounder", GBK), R("Brandon Allen", "cofounder", GBK)],
 # 'In 2005, the owners sold the business to Clapham House Group PLC' -> acquired + parentOrganization; 'In 2010 the
 # restaurant chain was sold to Capricorn Ventures' -> acquired + parentOrganization; 'Capricorn Ventures, most notable
 # for operating Nando's' -> provider(Nando's, Capricorn Ventures); 'In September 2016, the South African firm Famous
 # Brands bought the company' -> acquired + parentOrganization. Near-misses: 'Ranjit Singh Boparan had acquired the
 # company from administration' -> no acquired and no parentOrganization (the buyer named is a person; the Boparan
 # Restaurant Group of the cut infobox is not in the text; a reader might add acquired with the person as buyer);
 # 'Clapham House Group PLC who added a total of 53 restaurants' -> nothing; 'Franchises operate in Ireland, Dubai,
 # Greece and Oman' -> no partner (no franchisee named)
 relations=[L(CH, "acquired", GBK), L(GBK, "parentOrganization", CH),
            L("Capricorn Ventures", "acquired", GBK), L(GBK, "parentOrganization", "Capricorn Ventures"),
            L("Nando's", "provider", "Capricorn Ventures"),
            L("Famous Brands", "acquired", GBK), L(GBK, "parentOrganization", "Famous Brands")],
 outages=[],
 # '2001' (twice, one value) -> one item; 'Later that month' (relative) -> left out
 dates=[D("2001", "2001"), D("2005", "2005"), D("2010", "2010"), D("September 2016", "2016-09"),
        D("August 2018", "2018-08"), D("October 2018", "2018-10"), D("October 2020", "2020-10")])

# ---- retail, UK: Oddbins --------------------------------------------------------------------------------------------
OD = "Oddbins"
CG = "Castel Group"
A["wp-oddbins"] = dict(
 # the chain -> Company 'Oddbins'; its trade arm Oddbins Wholesale, Seagram ('a distribution company based in the
 # United States'), the Castel Group ('French Castel Group') and the Nicolas chain -> Company (a chain of shops is a
 # business; doubtful for 'Nicolas': a reader might leave 'the Nicolas chain' out or make it a Service); Ahmed Pochee,
 # Ayo Akintola, Nick Baile, Dennis Ing, Ralph Steadman (alias 'Steadman'), Gordon Kerr, Simon Baile -> Person; the
 # United Kingdom (alias 'UK'), London, Scotland, the West End ('the West End of London'), the United States,
 # Knightsbridge -> Location. No entity: 'Patsy Stone' (a fictional character), 'Absolutely Fabulous' (a TV show),
 # 'Fear and Loathing in Las Vegas' (a book; GUIDELINES, Types), 'the Seagram brands' (no brand named), 'French'
 # (adjective), 'restaurants, pubs, bars and other businesses' (unnamed customers)
 entities=[E("Company", OD), E("Location", "United Kingdom", "UK"), E("Person", "Ahmed Pochee"),
           E("Location", "London"), E("Location", "Scotland"), E("Person", "Ayo Akintola"),
           E("Company", "Oddbins Wholesale"), E("Location", "West End"), E("Person", "Nick Baile"),
           E("Person", "Dennis Ing"), E("Person", "Ralph Steadman", "Steadman"), E("Person", "Gordon Kerr"),
           E("Company", "Seagram"), E("Location", "United States"), E("Location", "Knightsbridge"),
           E("Company", CG), E("Company", "Nicolas"), E("Person", "Simon Baile")],
 # 'established in 1963 by Ahmed Pochee' -> founder, current true; 'under the leadership of managing director Ayo
 # Akintola' -> director (managing director -> director), current true (the text's present tense, though the cut
 # infobox says the chain closed in November 2023); 'Gordon Kerr, the marketing director at that time' -> director,
 # current false ('at that time' read as 'then'; doubtful: a reader might leave current true). Near-misses:
 # 'Illustrator Ralph Steadman ... continued working for Oddbins for the next 12 years' -> no role (a commissioned
 # artist with no post; a reader might give other); 'entrepreneur Ahmed Pochee' -> no role beyond founder; 'purchased
 # by Nick Baile and Dennis Ing', 'bought by Simon Baile, son of Nick Baile' -> no role (owners, no title)
 roles=[R("Ahmed Pochee", "founder", OD), R("Ayo Akintola", "director", OD), R("Gordon Kerr", "director", OD, False)],
 # 'It also operates a trade arm, Oddbins Wholesale' -> parentOrganization; 'Oddbins was acquired by Seagram' ->
 # acquired + parentOrganization; 'French Castel Group ... purchased the company' -> acquired + parentOrganization;
 # 'Castel Group, who also owned the Nicolas chain from 2002-2008' -> parentOrganization(Nicolas, Castel Group)
 # (ownership told as past, kept; doubtful with the entity). Near-misses: 'the company was purchased by Nick Baile and
 # Dennis Ing' and 'It was then bought by Simon Baile' -> no acquired (the buyers are people; a reader might add it);
 # 'with incentive to strongly promote the Seagram brands' -> nothing (no brand named); 'supplies restaurants, pubs,
 # bars and other businesses' -> no partner (unnamed customers); 'Steadman continued working for Oddbins' -> no partner
 # (a person)
 relations=[L("Oddbins Wholesale", "parentOrganization", OD),
            L("Seagram", "acquired", OD), L(OD, "parentOrganization", "Seagram"),
            L(CG, "acquired", OD), L(OD, "parentOrganization", CG),
            L("Nicolas", "parentOrganization", CG)],
 outages=[],
 # '1963' (twice, one value) -> one item; 'from 2002-2008' -> '2002' and '2008'; 'the early 1980s', 'the late 1980s'
 # (parts of a decade), 'Ten years later' (relative to 1963 in the text, but relative) -> left out
 dates=[D("1963", "1963"), D("2002", "2002"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
