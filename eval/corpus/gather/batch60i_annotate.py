#!/usr/bin/env python3
"""Batch 60i gold annotations (the texts of batch60i.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60h; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'in October of that year' (a month
whose year is told only by the sentence before), 'two months later', 'at the time', 'During this time', 'Shortly after
its formation' (relative to a date of the text, not to a publication date) -> nothing, as batches 59a-60h left
theirs; 'the mid-1990s', 'the 1830s', 'the 1840s' (decades) -> nothing; 'early 1997' -> the year (GUIDELINES, Dates:
'late 2006' -> the year). No text tells an outage, so every `outages` list is empty; none tells a near-miss of one
(a factory demolished and production moved, a demutualisation: no service lost).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-60h): a company 'acquired', 'sold to', 'was acquired by'
(completed) -> acquired + parentOrganization(target, buyer); 'was retained by X' (kept in X's ownership), 'a division
of', "X's parent company Y" -> parentOrganization; 'the business transferred to X' after a demutualisation -> acquired +
parentOrganization (the whole business taken over; doubtful); 'agreed to merge with', 'formed by the merger of', 'the
divisions merged' -> nothing (a merger with no buyer named; GUIDELINES, Relations); a bidding war, a rescue whose
buyer is not told, 'the Tizer brand was purchased', 'purchased the Taut sports drink range', 'acquired Findlays Mineral
Water which is sourced in ...' (a brand or product line bought: an asset purchase) -> nothing, the brand a Service with
provider to its new owner; a licence ('the UK licensee, (from Heinz), of ... brand, Amoy Food') -> partner(licensee,
licensor) (GUIDELINES: licensing deal); named brands and products (HP, Daddies, Irn-Bru, Tizer, J2O, Pepsi) -> Service
with provider to the company the text says makes or markets it; founders: the binding decision written into GUIDELINES
part 2 (Roles, 'Founders') this session -- people the text names together as founding ('Edward Eastwood and his
nephew Edwin Samson Moore established', 'founded by brothers James and William Burchell', 'They and Jonathan Hayne
started the Society') are each `founder`, one person named alone as founding is `founder`, `cofounder` only for the
text's own 'co-founder'/'co-founded' or 'A founded X with B' (none here); 'managing director' -> director, 'chief
executive' -> ceo, 'the Chairmanship of X between 1921 and 1938' -> chairman, current false (the span's end told),
'manager of both companies' -> executive (GUIDELINES: "manager" -> executive); a company's former names ('Midland
Vinegar Company', 'West of Scotland Life Insurance') -> aliases of one entity (GUIDELINES, Types); a product's former
names ('Low Calorie Irn-Bru', 'Diet Irn-Bru') -> aliases of the product under its last name; a first name alone for
one of two brothers named together ('James and William Burchell') -> the first name as that person's name (as batches
60a and 60h); regulators (the Office of Fair Trading, the Competition Commission) -> Organization; a newspaper (the
Wall Street Journal) and a stock exchange run as a business (the London Stock Exchange) -> Company (GUIDELINES, Types);
named sites ('the Midlands Road site', '39 King Street') -> Location; demonyms and adjectives ('Chinese', 'Scottish',
'European', 'English', 'post-war') and the currency marker 'US' in 'US $4.5 billion' -> nothing.
usage: batch60i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- soft drinks, UK: A.G. Barr (liquisearch.com's copy of the 'History' section) -----------------------------------
AG = "A. G. Barr"
IB = "Irn-Bru"
IBS = "Irn-Bru sugar free"
A["wp-ag-barr"] = dict(
 # the company -> Company 'A. G. Barr' (its only full form in the section, with a space as written; alias 'Barr':
 # "Barr's first ever non-family chief executive"; 'The company', 'the Company' generic); Strathmore Mineral Water
 # ('Forfar based Strathmore Mineral Water': a business with a seat), Britvic, London Stock Exchange (a stock exchange
 # run as a business) -> Company; Irn-Bru, Tizer ('the Tizer brand'), Findlays Mineral Water ('which is sourced in the
 # Lammermuir Hills': the water, a product; doubtful: a reader might give Company, the firm that bottled it), Irn-Bru 32
 # ('The Irn-Bru 32 energy drink variant'), Taut ('the Taut sports drink range'), J2O, Tango, Robinsons, Pepsi -> Service;
 # one diet drink under its names in turn -> Service 'Irn-Bru sugar free' (its last name), aliases 'Low Calorie
 # Irn-Bru' and 'Diet Irn-Bru' ('this changed its name in 1991 to Diet Irn-Bru, and then in 2010 to Irn-Bru sugar
 # free'); Robert Barr, Robert Fulton Barr, Andrew Grieg Barr ('Grieg' as written), Roger White -> Person; Falkirk,
 # Glasgow, Lammermuir Hills, Forfar, UK ('the UK market'), Europe ("Europe's largest soft drinks companies") ->
 # Location. No entity: 'the original company', 'the Glasgow branch', 'The Falkirk and Glasgow divisions' (unnamed
 # parts of the business), 'one of Europe's largest soft drinks companies' (the planned merged company, unnamed)
 entities=[E("Company", AG, "Barr"), E("Person", "Robert Barr"), E("Location", "Falkirk"),
           E("Person", "Robert Fulton Barr"), E("Location", "Glasgow"), E("Person", "Andrew Grieg Barr"),
           E("Service", IB), E("Company", "London Stock Exchange"), E("Service", "Tizer"),
           E("Service", IBS, "Low Calorie Irn-Bru", "Diet Irn-Bru"), E("Service", "Findlays Mineral Water"),
           E("Location", "Lammermuir Hills"), E("Person", "Roger White"), E("Location", "Forfar"),
           E("Company", "Strathmore Mineral Water"), E("Service", "Irn-Bru 32"), E("Service", "Taut"),
           E("Company", "Britvic"), E("Service", "J2O"), E("Service", "Tango"), E("Service", "Robinsons"),
           E("Service", "Pepsi"), E("Location", "UK"), E("Location", "Europe")],
 # 'The company was founded in 1875 by Robert Barr' -> founder at A. G. Barr (one person named alone), current true;
 # 'In 2002 Roger White joined A. G. Barr as managing director' -> director, current true (GUIDELINES: managing
 # director -> director; nothing says he left the post; doubtful: a reader might read 'and in 2004 became ... chief
 # executive' as a move that ended it, current false); 'and in 2004 became Barr's first ever non-family chief
 # executive' -> ceo, current true. Near-misses: 'his son, Robert Fulton Barr, set up a division of the original
 # company in Glasgow' and 'Andrew Grieg Barr, a brother of the founder of that branch' -> no founder role for Robert
 # Fulton Barr (the branch is unnamed and part of A. G. Barr, no organisation entity to found; a reader might give
 # founder or cofounder at A. G. Barr); 'the Glasgow branch passed to Andrew Grieg Barr' -> no role (no post named; a
 # reader might give owner or head); the lead's company name and its chairmen are not on liquisearch's page
 roles=[R("Robert Barr", "founder", AG), R("Roger White", "director", AG), R("Roger White", "ceo", AG)],
 # Irn-Bru, Irn-Bru sugar free, Irn-Bru 32 -> provider A. G. Barr (its drinks, launched and renamed by it as the
 # section tells); 'the Tizer brand was purchased', 'the company acquired Findlays Mineral Water', 'the company
 # purchased the Taut sports drink range' -> provider(Tizer / Findlays Mineral Water / Taut, A. G. Barr) and no
 # acquired (a brand or product bought: an asset purchase, GUIDELINES, Relations; doubtful for Findlays: the text's
 # verb is 'acquired', a reader might give acquired + parentOrganization with a Company); 'The Company acquired Forfar
 # based Strathmore Mineral Water in May 2006' -> acquired(A. G. Barr, Strathmore Mineral Water) +
 # parentOrganization(Strathmore Mineral Water, A. G. Barr) (a completed purchase of a business); 'Britvic, which
 # produces drinks like J2O, Tango and Robinsons' -> provider(J2O / Tango / Robinsons, Britvic); 'as well as holding the
 # authority to produce Pepsi for the UK market' -> provider(Pepsi, Britvic) (the maker for that market; doubtful: the
 # brand's owner is not named, a reader might leave it out). Near-misses: 'On 14 November 2012 the Company agreed to
 # merge with Britvic' -> no acquired and no partner (a merger with no buyer named; GUIDELINES, Relations); 'The
 # Falkirk and Glasgow divisions merged in 1959' -> nothing (unnamed parts); 'first listed on the London Stock Exchange'
 # -> no relation (a listing, no partnership)
 relations=[L(IB, "provider", AG), L("Tizer", "provider", AG), L(IBS, "provider", AG),
            L("Findlays Mineral Water", "provider", AG), L(AG, "acquired", "Strathmore Mineral Water"),
            L("Strathmore Mineral Water", "parentOrganization", AG), L("Irn-Bru 32", "provider", AG),
            L("Taut", "provider", AG), L("J2O", "provider", "Britvic"), L("Tango", "provider", "Britvic"),
            L("Robinsons", "provider", "Britvic"), L("Pepsi", "provider", "Britvic")],
 outages=[],
 # every year and date as written; 'The year 1980' -> '1980'; '2006' (Irn-Bru 32) beside 'May 2006' -> both, another
 # text; 'Then' -> nothing
 dates=[D("1875", "1875"), D("1887", "1887"), D("1892", "1892"), D("1901", "1901"), D("1959", "1959"),
        D("1965", "1965"), D("1972", "1972"), D("1980", "1980"), D("1991", "1991"), D("2010", "2010"),
        D("2001", "2001"), D("2002", "2002"), D("2004", "2004"), D("May 2006", "2006-05"), D("2006", "2006"),
        D("2008", "2008"), D("14 November 2012", "2012-11-14")])

# ---- food, UK: HP Foods (the Kiwix copy of August 2017) -------------------------------------------------------------
HPF = "HP Foods Limited"
LPW = "Lea & Perrins Worcestershire sauce"
GD = "Groupe Danone SA"
IG = "Imperial Group"
A["wp-hp-foods"] = dict(
 # the company -> Company 'HP Foods Limited', aliases 'HP Foods Ltd' and its former names 'Midlands Vinegar Company'
 # and 'Midland Vinegar Company' (the text's two spellings of one name: 'Formerly the Midlands Vinegar Company',
 # 'established the Midland Vinegar Company at Aston') and 'Smedley HP Foods Limited' (GUIDELINES, Types: former names
 # are aliases); Heinz, Imperial Foods, Imperial Group (alias 'Imperial': "Imperial's parent company Hanson plc", the
 # group, whose division Imperial Foods was; doubtful: a reader might read it as Imperial Foods), Hanson plc, Groupe
 # Danone SA (alias 'Danone') -> Company; the Office of Fair Trading, the Competition Commission (regulators) ->
 # Organization; HP ('the producer of HP, Lea & Perrins and Daddies sauce brands', 'HP and Daddies sauce brands'),
 # Daddies, the Worcestershire sauce -> Service 'Lea & Perrins Worcestershire sauce' (its fullest form, 'Bottling of Lea
 # & Perrins Worcestershire sauce'), alias 'Lea & Perrins' (the brand in the list of brands; doubtful: a reader might
 # give a Company 'Lea & Perrins', the firm that made it, which the text does not name as a firm), Amoy Food ('Chinese
 # food and condiment brand, Amoy Food') -> Service; Edward Eastwood, Edwin Samson Moore -> Person; Birmingham,
 # England, UK ('the UK licensee', "the UK's Office of Fair Trading"), Aston, Netherlands, Worcester -> Location; 'the
 # Midlands Road site' -> Location 'Midlands Road' (a named site, GUIDELINES, Types; doubtful: a reader might give
 # nothing for a street name). No entity: 'Chinese' (an adjective), 'the iconic Aston, Birmingham factory', 'the Aston
 # factory' (unnamed works, the place annotated), 'this new company', 'the business' (generic)
 entities=[E("Company", HPF, "HP Foods Ltd", "Midlands Vinegar Company", "Midland Vinegar Company",
             "Smedley HP Foods Limited"), E("Location", "Birmingham"), E("Location", "England"),
           E("Service", "HP"), E("Service", LPW, "Lea & Perrins"), E("Service", "Daddies"), E("Location", "UK"),
           E("Company", "Heinz"), E("Service", "Amoy Food"), E("Company", "Imperial Foods"),
           E("Company", IG, "Imperial"), E("Person", "Edward Eastwood"), E("Person", "Edwin Samson Moore"),
           E("Location", "Aston"), E("Company", "Hanson plc"), E("Company", GD, "Danone"),
           E("Organization", "Office of Fair Trading"), E("Organization", "Competition Commission"),
           E("Location", "Netherlands"), E("Location", "Worcester"), E("Location", "Midlands Road")],
 # 'Edward Eastwood and his nephew Edwin Samson Moore established the Midland Vinegar Company at Aston, Birmingham in
 # 1875' -> founder each at HP Foods Limited (two people named together as founding it: each `founder`, the binding
 # decision of GUIDELINES part 2, Roles, 'Founders'; the Midland Vinegar Company is HP Foods under its former name),
 # current true. Near-misses: the cut infobox's 'Founder Edwin Samson Moore' alone -> nothing more (not in the text);
 # 'his nephew' -> no role (kinship)
 roles=[R("Edward Eastwood", "founder", HPF), R("Edwin Samson Moore", "founder", HPF)],
 # 'the producer of HP, Lea & Perrins and Daddies sauce brands' -> provider(HP / Lea & Perrins Worcestershire sauce /
 # Daddies, HP Foods Limited); 'It was also the UK licensee, (from Heinz), of Chinese food and condiment brand, Amoy
 # Food' -> partner(HP Foods Limited, Heinz) (a licensing deal, GUIDELINES, Relations; the licensee first, as written)
 # and provider(Amoy Food, Heinz) (the brand's owner that licenses it; doubtful: a reader might give the licensee HP
 # Foods as the maker for the UK); 'it was acquired by Imperial Foods, a division of Imperial Group' -> acquired(Imperial
 # Foods, HP Foods Limited) + parentOrganization(HP Foods Limited, Imperial Foods) and parentOrganization(Imperial
 # Foods, Imperial Group); "HP Foods Ltd was retained by Imperial's parent company Hanson plc even after the demerger of
 # the Imperial Group" -> parentOrganization(Imperial Group, Hanson plc) ('parent company') and parentOrganization(HP
 # Foods Limited, Hanson plc) ('retained by': kept in Hanson's ownership; doubtful: a reader might give nothing for
 # 'retained'); 'It was sold to Groupe Danone SA in 1988' -> acquired(Groupe Danone SA, HP Foods Limited) +
 # parentOrganization(HP Foods Limited, Groupe Danone SA); 'It was sold by Danone to Heinz in June 2005 ... the
 # Competition Commission approved the takeover and Heinz started integrating this new company' -> acquired(Heinz, HP
 # Foods Limited) + parentOrganization(HP Foods Limited, Heinz) (completed: approved and integrated). Relations carry no
 # time, so each earlier owner is kept (GUIDELINES, Relations). Near-misses: 'the takeover was referred by the UK's
 # Office of Fair Trading to the Competition Commission', 'the Competition Commission approved the takeover' -> no
 # relation (regulators reviewing a deal; no relation type); 'the demerger of the Imperial Group' -> nothing (no new
 # company named); the production moved to the Netherlands and the bottling to Worcester -> nothing (places, no named
 # plant or operator)
 relations=[L("HP", "provider", HPF), L(LPW, "provider", HPF), L("Daddies", "provider", HPF),
            L(HPF, "partner", "Heinz"), L("Amoy Food", "provider", "Heinz"), L("Imperial Foods", "acquired", HPF),
            L(HPF, "parentOrganization", "Imperial Foods"), L("Imperial Foods", "parentOrganization", IG),
            L(IG, "parentOrganization", "Hanson plc"), L(HPF, "parentOrganization", "Hanson plc"),
            L(GD, "acquired", HPF), L(HPF, "parentOrganization", GD), L("Heinz", "acquired", HPF),
            L(HPF, "parentOrganization", "Heinz")],
 outages=[],
 # '1875', '1988', 'June 2005', '2007', '2005' (the bottling moved, another text than 'June 2005'); 'in October of that
 # year' -> left out (its year only in the sentence before, as batch 60h left 'eight years later'; doubtful: a reader
 # might give 2005-10); 'During this time' -> nothing
 dates=[D("1875", "1875"), D("1988", "1988"), D("June 2005", "2005-06"), D("2007", "2007"), D("2005", "2005")])

# ---- life insurance, UK: National Mutual Life Assurance Society (wikimili.com's copy) -------------------------------
NM = "National Mutual Life Assurance Society"
NL = "National Life Assurance Society"
ML = "Mutual Life Assurance Society"
A["wp-national-mutual-life"] = dict(
 # National Mutual Life Assurance Society (alias 'National Mutual': 'The National Mutual was demutualised'), National
 # Life Assurance Society (aliases 'National Life' and 'National': 'As with the National, the Mutual Life had also
 # expanded'), Mutual Life Assurance Society (alias 'Mutual Life'; 'the Society' generic), GE Capital, Whittingham Life
 # Assurance -> Company (life offices run as businesses, mutual or not; as batches 40zg and 56h typed theirs); John
 # Maynard Keynes, 'James' ('brothers James and William Burchell': his only form, the first name as the Person's name,
 # as batch 60h's 'Henry'; doubtful: a reader might write 'James Burchell', which the text does not), William
 # Burchell, Jonathan Hayne -> Person; Manchester, Hamburg, Asia, Mauritius, '39 King Street' (the office's site, a
 # named address; doubtful: a reader might give nothing) -> Location. No entity: 'the directors', 'the chairman' (no
 # name), 'the merged entity' (the National Mutual again, generic), 'English' (an adjective), 'number 38' (no street
 # written with it), 'the post-war "cult of the equity"' (a phrase)
 entities=[E("Company", NM, "National Mutual"), E("Company", NL, "National Life", "National"),
           E("Company", ML, "Mutual Life"), E("Person", "John Maynard Keynes"), E("Company", "GE Capital"),
           E("Location", "Manchester"), E("Location", "Hamburg"), E("Location", "Asia"), E("Location", "Mauritius"),
           E("Company", "Whittingham Life Assurance"), E("Person", "James"), E("Person", "William Burchell"),
           E("Person", "Jonathan Hayne"), E("Location", "39 King Street")],
 # 'the Chairmanship of John Maynard Keynes between 1921 and 1938' -> chairman at National Mutual Life Assurance
 # Society, current false (a span whose end the text gives); 'The Mutual Life Assurance Society was founded by
 # brothers James and William Burchell' -> founder each (named together as founding it: the binding decision of
 # GUIDELINES part 2, Roles, 'Founders'; before it a reader might have given cofounder); 'They and Jonathan Hayne
 # started the Society by guaranteeing the first £20,000 of losses' -> founder for Jonathan Hayne too ('started the
 # Society', named with the brothers; doubtful: a reader might read him as a guarantor only, no role), current true for
 # the three. Near-misses: 'the chairman claimed' (1835) -> no role (no name; not Keynes, who chaired the merged
 # society from 1921); 'the directors decided' -> nothing (unnamed)
 roles=[R("John Maynard Keynes", "chairman", NM, False), R("James", "founder", ML),
        R("William Burchell", "founder", ML), R("Jonathan Hayne", "founder", ML)],
 # 'The National Mutual was demutualised in 2001 and the business transferred to GE Capital' -> acquired(GE Capital,
 # National Mutual Life Assurance Society) + parentOrganization(National Mutual ..., GE Capital) (the whole business
 # taken over at the demutualisation; doubtful: 'transferred' names no price or purchase, a reader might give nothing).
 # Near-misses: 'formed in 1896 by the merger of the National Life Assurance Society and the Mutual Life Assurance
 # Society' -> no acquired and no parentOrganization of either society to the National Mutual (a merger, no buyer
 # named; the two merged away); 'The overseas operations had come through the rescue of Whittingham Life Assurance in
 # 1894' -> no acquired (a rescue whose form is not told, and only the 'overseas operations' came to National Life; a
 # reader might give acquired(National Life Assurance Society, Whittingham Life Assurance)); 'the Mutual Life bought
 # the lease of 39 King Street' -> nothing (a lease, a property; no relation to a place); 'appointed its first agent in
 # Manchester' -> nothing (an unnamed agent)
 relations=[L("GE Capital", "acquired", NM), L(NM, "parentOrganization", "GE Capital")],
 outages=[],
 # '1896', '1921', '1938', '2001', 'December 1830', '1847', '1894', '1968', '1835', '1848', '1859', '1960'; 'the
 # 1830s', 'the 1840s' (decades), 'Shortly after its formation', 'By the time of the merger' -> nothing
 dates=[D("1896", "1896"), D("1921", "1921"), D("1938", "1938"), D("2001", "2001"), D("December 1830", "1830-12"),
        D("1847", "1847"), D("1894", "1894"), D("1968", "1968"), D("1835", "1835"), D("1848", "1848"),
        D("1859", "1859"), D("1960", "1960")])

# ---- life insurance, UK: Scottish Amicable (wikimili.com's copy) ----------------------------------------------------
SA = "Scottish Amicable Life Assurance Society"
WSF = "West of Scotland Fire Insurance Company"
PA = "Prudential Assurance"
A["wp-scottish-amicable"] = dict(
 # the society -> Company 'Scottish Amicable Life Assurance Society', aliases 'Scottish Amicable' ('commonly known as')
 # and 'West of Scotland Life Insurance' (its first name: 'The life company, West of Scotland Life Insurance, was
 # founded in 1826 ... adopting the new name of the Scottish Amicable Life Assurance Society'; GUIDELINES, Types:
 # former names are aliases); West of Scotland Fire Insurance Company ('the fire company'), Abbey National, AMP Limited,
 # Prudential Assurance, The Equitable Life Assurance Society (its name as written, with 'The'), Wall Street Journal (a
 # newspaper run as a business; GUIDELINES, Types) -> Company; James Duncan (alias 'Duncan') -> Person; Glasgow ('based
 # in Glasgow', 'a Glasgow accountant'), UK -> Location. No entity: 'Scottish', 'European' (adjectives), 'US' in 'US
 # $4.5 billion' (a currency marker), 'a life office', 'the life company', 'the fire company' (generic; the companies
 # named), "Duncan's friends and local merchants" (unnamed), 'Mergermania Has Hit European Companies' (a headline)
 entities=[E("Company", SA, "Scottish Amicable", "West of Scotland Life Insurance"), E("Location", "Glasgow"),
           E("Location", "UK"), E("Company", "Abbey National"), E("Company", "AMP Limited"), E("Company", PA),
           E("Company", "Wall Street Journal"), E("Person", "James Duncan", "Duncan"), E("Company", WSF),
           E("Company", "The Equitable Life Assurance Society")],
 # 'In 1823, James Duncan, a Glasgow accountant, founded the West of Scotland Fire Insurance Company' -> founder (one
 # person named alone); 'The life company, West of Scotland Life Insurance, was founded in 1826. with Duncan manager of
 # both companies' -> executive at West of Scotland Fire Insurance Company and at Scottish Amicable Life Assurance
 # Society (GUIDELINES: "manager" -> executive; his post at the life company under its first name), current true (the
 # kept text does not say he left; his resignation of 1839 is in the sentence cut). Near-misses: 'Duncan proposed the
 # formation of a life office' -> no founder at the life company (a proposal; the text says the company 'was founded',
 # no founder named; a reader might give founder); 'a Glasgow accountant' -> no role (a trade, no organisation)
 roles=[R("James Duncan", "founder", WSF), R("James Duncan", "executive", WSF), R("James Duncan", "executive", SA)],
 # 'Scottish Amicable was acquired by Prudential Assurance, in a deal worth £2.8 billion' -> acquired(Prudential
 # Assurance, Scottish Amicable ...) + parentOrganization(Scottish Amicable ..., Prudential Assurance) (completed).
 # Near-misses: 'a bidding war, which also involved Abbey National and AMP Limited' -> nothing (bids, GUIDELINES,
 # Relations); 'a life office to operate in tandem with the fire company' -> no partner (a plan for how two offices under
 # one manager would work, no partnership or contract stated; a reader might give partner); 'modelling itself on The
 # Equitable Life Assurance Society' -> nothing (an example followed); 'the Wall Street Journal said' -> nothing (a
 # newspaper's comment)
 relations=[L(PA, "acquired", SA), L(SA, "parentOrganization", PA)],
 outages=[],
 # '1826' (twice, one item), 'early 1997' -> 1997 (as GUIDELINES' 'late 2006'), '1823', '1832', '1849'; 'the
 # mid-1990s' (a part of a decade), 'two months later', 'at the time' -> nothing
 dates=[D("1826", "1826"), D("early 1997", "1997"), D("1823", "1823"), D("1832", "1832"), D("1849", "1849")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
