#!/usr/bin/env python3
"""Gold annotations for batch 68n (session 62; gatherer lane 68n; round notes /tmp/gather69n/NOTES.md): three company
histories from English Wikipedia (batch68n.py) — Harper (publisher) (book publishing, US), the Hoover Company (home
appliances, US) and Western Publishing (publishing and printing, US). Annotated from each text alone by GUIDELINES.md;
newskg (or any extractor) was not run on any text. `published` is null for all three (Wikipedia pages carry no date),
so only absolute time expressions are dated. No text tells an outage (mergers, sales, a split, a bankruptcy auction and
renamings are business events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as founding a company are each `cofounder` ('Founded in New York in
1817 by James Harper and his brother John'), current true (no leaving told, as batches 66b-68h); brothers who 'joined
them' -> no role (no post named); a person who 'worked at' a company, or 'a printer at' one -> no role (a job, no post,
as batches 60f-68h); a person's purchase of a company ('Wadewitz took the opportunity in 1907 to purchase the
company') -> nothing (a person is no Company buyer, as batch 68h's leveraged buyout); 'X was purchased ... by Y', 'was
acquired by Y', 'sold ... to Y', 'acquired jointly by Y and Z' -> acquired and parentOrganization (GUIDELINES,
Relations: completed acquisitions, the target not said to be merged away; a joint purchase gives each buyer both);
"X's new owners Y" -> acquired(Y, X) and parentOrganization (GUIDELINES, Relations: 'now owns' is a completed
acquisition; doubtful); 'sold by Y' -> parentOrganization(the thing sold, Y) (a seller's past ownership, GUIDELINES,
Relations: ownership stated as past is still recorded; as batch 68b's seller); 'was once part of Y', 'the flagship
imprint of Y' -> parentOrganization; 'after its merger with X', 'combined with X ... to form Y', 'split from X' ->
nothing (a merger with no buyer told, a split; GUIDELINES, Relations); 'owner of the catalog of X' -> nothing (an
asset); magazines a firm publishes -> Company with parentOrganization (GUIDELINES, Types: magazines are Company; as
batch 68h's Scribner's Magazine); an imprint or book line and the companies that publish it ('best known for publishing
the Little Golden Books', 'remains as an imprint of', 'are published by') -> Service with provider (as batch 68h's
Touchstone Books); brands ('the Hoover brand name', 'the Hoover Europe brand, part of the portfolio owned by') ->
Service with provider (as batch 68h's beer labels and Jeep); former and later names of the same company -> aliases
(GUIDELINES, Types: 'operated as J. & J. Harper until 1833, when it changed its name to Harper & Brothers', 'known as
Harper & Row', 'also known as Western Printing and Lithographing Company', 'Western Publishing became Golden Books
Family Entertainment in 1996'); streets, a square, a district and a bridge -> Location (as batch 68b's streets and
GUIDELINES' named sites); adjectives ('American', 'German', 'Chinese', 'European') -> no entity; decades and centuries
('the 1850s', 'the mid-1820s', 'the 20th century') and 'Today' -> no date.
usage: batch68n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- book publishing, US: Harper (publisher) -----------------------------------------------------------------------
HB = "Harper & Brothers"
HC = "HarperCollins"
HM = "Harper's New Monthly Magazine"
A["wp-harper-publisher"] = dict(
 # the publishing house -> Company 'Harper & Brothers' (its name of 1833-1962 and the name the history sections use;
 # the text's other names are no fuller), aliases 'Harper' ('Harper is an American publishing house', 'Harper began
 # publishing', 'the Harper name'; doubtful: the surname of 'James Harper' and 'Fletcher Harper' is the same word),
 # 'J. & J. Harper' ('the company operated as J. & J. Harper until 1833': its first name) and 'Harper & Row' ('From
 # 1962 to 1990, the company was known as Harper & Row after its merger with Row, Peterson & Company': the company
 # going on under a later name, as batch 68h's 'The Scribner Book Companies'; doubtful: a reader might make the merged
 # company its own entity) (GUIDELINES, Types: former names are aliases); HarperCollins, Row, Peterson & Company, News
 # Corporation and William Collins, Sons -> Company; "Harper's New Monthly Magazine" (alias "Harper's Magazine": 'Harper
 # began publishing Harper's Magazine ... beginning in the 1850s' and 'Harper & Brothers began publishing Harper's New
 # Monthly Magazine ... in 1850' told as one start; doubtful: the text never says the names are one magazine's) and
 # "Harper's Weekly" -> Company (magazines, GUIDELINES, Types); James Harper, John ('his brother John': the fullest form
 # the text gives), Joseph Wesley (alias 'Joseph': 'the inclusion of Joseph and Fletcher Harper') and Fletcher Harper
 # (alias 'Fletcher') -> Person; New York City (alias 'New York': 'Founded in New York in 1817' and 'in New York City in
 # 1817' tell one founding), the United Kingdom, Pearl Street ('331 Pearl Street'), Franklin Square, Lower Manhattan,
 # Manhattan ('the present-day Manhattan approach') and the Brooklyn Bridge -> Location. No entity: 'American' (an
 # adjective); 'other periodicals' (unnamed)
 entities=[E("Company", HB, "Harper", "J. & J. Harper", "Harper & Row"), E("Company", HC),
           E("Location", "New York City", "New York"), E("Person", "James Harper"), E("Person", "John"),
           E("Person", "Joseph Wesley", "Joseph"), E("Person", "Fletcher Harper", "Fletcher"),
           E("Company", HM, "Harper's Magazine"), E("Company", "Harper's Weekly"),
           E("Company", "Row, Peterson & Company"), E("Company", "News Corporation"),
           E("Company", "William Collins, Sons"), E("Location", "United Kingdom"), E("Location", "Pearl Street"),
           E("Location", "Franklin Square"), E("Location", "Lower Manhattan"), E("Location", "Manhattan"),
           E("Location", "Brooklyn Bridge")],
 # 'Founded in New York in 1817 by James Harper and his brother John' (and 'James Harper and his brother John ...
 # started their book publishing business, J. & J. Harper') -> cofounder each (two people named together, GUIDELINES,
 # Roles, 'Founders'), current true (no leaving told). Near-misses, no role: 'Their two brothers, Joseph Wesley and
 # Fletcher, joined them in the mid-1820s' and 'reflecting the inclusion of Joseph and Fletcher Harper' (partners who
 # joined, no post named; a reader might give them a role in the renamed firm); 'printers by training' (a trade)
 roles=[R("James Harper", "cofounder", HB), R("John", "cofounder", HB)],
 # 'Harper is ... the flagship imprint of global publisher, HarperCollins' -> parentOrganization(the house,
 # HarperCollins) (an imprint of a publisher, as batch 68h's 'a division of Simon & Schuster'; doubtful: a reader might
 # type today's imprint a Service with provider HarperCollins); 'Harper & Row was purchased in 1987 by News
 # Corporation' -> acquired + parentOrganization (a completed purchase; the later combination to form HarperCollins is
 # no merging away of the house, which goes on as its imprint); "Harper began publishing Harper's Magazine, Harper's
 # Weekly" and "Harper & Brothers began publishing Harper's New Monthly Magazine" -> parentOrganization(each magazine,
 # the house) (as batch 68h's Scribner's Magazine). Near-misses, no relation: 'after its merger with Row, Peterson &
 # Company' (a merger, no buyer told); 'combined with William Collins, Sons, its United Kingdom counterpart, in 1990 to
 # form HarperCollins' (a combination, no buyer told; a reader might give parentOrganization(William Collins, Sons,
 # HarperCollins)); 'its United Kingdom counterpart' (a peer, no partner relation)
 relations=[L(HB, "parentOrganization", HC)] + b10.acq("News Corporation", HB)
           + [L(HM, "parentOrganization", HB), L("Harper's Weekly", "parentOrganization", HB)],
 outages=[],
 # 'in 1817' (twice, one item), 'until 1833' and 'in 1833' (one item), 'From 1962 to 1990' and 'in 1990' ('1962',
 # '1990'), 'in 1987', 'since 2007', 'in 1850' -> the years. No date: 'the 1850s', 'the mid-1820s' (decades);
 # 'present-day' (no calendar value)
 dates=[D("1817", "1817"), D("1833", "1833"), D("1962", "1962"), D("1990", "1990"), D("1987", "1987"),
        D("2007", "2007"), D("1850", "1850")])

# ---- home appliances, US: The Hoover Company -----------------------------------------------------------------------
TH = "The Hoover Company"
HN = "Hoover North America"
HI = "Hoover International"
WH = "Whirlpool Corporation"
TT = "Techtronic Industries"
A["wp-the-hoover-company"] = dict(
 # the company -> Company 'The Hoover Company' (no other name of the company as a whole in the text); 'Hoover' ('the
 # Hoover brand name', 'Hoover was a prominent domestic appliance brand in Europe') -> Service (a brand, GUIDELINES,
 # Types: products users buy; as batch 68h's Jeep brand; doubtful: a reader might make 'Hoover' the company's alias);
 # 'the Hoover Europe brand' -> Service 'Hoover Europe' (the European brand, told apart from the company's brand as part
 # of Haier's portfolio; doubtful: a reader might fold it into 'Hoover'); Hoover North America and Hoover International
 # (the two businesses that split in 1993; no tie to The Hoover Company told in words, so no relation; doubtful: a
 # reader might make them its units), Maytag, Whirlpool Corporation, Techtronic Industries ('Hong Kong multinational
 # manufacturing company'), Candy and Haier ('the Chinese multinational home appliance company Haier') -> Company; James
 # Murray Spangler -> Person; Ohio, the United States, the United Kingdom, Ireland, Europe, Hong Kong ('Hong Kong
 # multinational manufacturing company': a place named, doubtful as a modifier) and North Canton -> Location. No
 # entity: 'Chinese', 'European' (adjectives); 'the electric vacuum cleaner industry', 'white goods and floorcare
 # sectors' (industries); 'The first upright vacuum cleaner' (an invention, no name)
 entities=[E("Company", TH), E("Location", "Ohio"), E("Location", "United States"), E("Location", "United Kingdom"),
           E("Service", "Hoover"), E("Location", "Ireland"), E("Company", HN), E("Company", "Maytag"),
           E("Company", WH), E("Location", "Hong Kong"), E("Company", TT), E("Company", HI), E("Company", "Candy"),
           E("Company", "Haier"), E("Location", "Europe"), E("Service", "Hoover Europe"),
           E("Location", "North Canton"), E("Person", "James Murray Spangler")],
 # no role: 'department store janitor and occasional inventor James Murray Spangler' (a job and an invention, no post
 # at a named organisation); the company's founder is only in the cut infobox
 roles=[],
 # 'Hoover North America was once part of Maytag' -> parentOrganization(Hoover North America, Maytag) (a past unit,
 # recorded: GUIDELINES, Relations, ownership stated as past); "Maytag's new owners Whirlpool Corporation" ->
 # acquired(Whirlpool Corporation, Maytag) + parentOrganization ('new owners': a completed change of ownership;
 # doubtful: the text names no purchase in words); 'was sold by Maytag's new owners Whirlpool Corporation in 2007' ->
 # parentOrganization(Hoover North America, Whirlpool Corporation) (the seller's past ownership, as batch 68b's seller;
 # doubtful); '... to Hong Kong multinational manufacturing company Techtronic Industries for $107 million' ->
 # acquired(Techtronic Industries, Hoover North America) + parentOrganization; 'was acquired by Candy in 1995' ->
 # acquired(Candy, Hoover International) + parentOrganization; 'which was acquired by Haier in 2018' -> acquired(Haier,
 # Candy) + parentOrganization ('which' Candy); 'the Hoover brand name' of the company -> provider(Hoover, The Hoover
 # Company); 'the Hoover Europe brand, part of the portfolio owned by ... Haier' -> provider(Hoover Europe, Haier).
 # Near-misses, no relation: 'Hoover International had already split from Hoover North America in 1993' (a split, no
 # owner told); 'established a major base in the United Kingdom' (a site)
 relations=[L(HN, "parentOrganization", "Maytag")] + b10.acq(WH, "Maytag") + [L(HN, "parentOrganization", WH)]
           + b10.acq(TT, HN) + b10.acq("Candy", HI) + b10.acq("Haier", "Candy")
           + [L("Hoover", "provider", TH), L("Hoover Europe", "provider", "Haier")],
 outages=[],
 # 'in 1908', 'in 2007', 'in 1993', 'in 1995', 'in 2018' -> the years; 'June 1908' -> 1908-06 (its own text). No
 # date: 'during most of the 20th century' (a century); 'Today' (published null)
 dates=[D("1908", "1908"), D("2007", "2007"), D("1993", "1993"), D("1995", "1995"), D("2018", "2018"),
        D("June 1908", "1908-06")])

# ---- publishing and printing, US: Western Publishing ---------------------------------------------------------------
WE = "Western Publishing"
LG = "Little Golden Books"
SM = "St. Martin's Press"
EW = "Edward Henry Wadewitz"
A["wp-western-publishing"] = dict(
 # the company -> Company 'Western Publishing' (the article's and the text's own name for it), aliases 'Western
 # Printing and Lithographing Company' ('also known as': GUIDELINES, Types, other names are aliases) and 'Golden Books
 # Family Entertainment' ('Western Publishing became Golden Books Family Entertainment in 1996': the company going on
 # under a later name, as batch 68h's 'Kaiser Jeep became "Jeep Corporation,"'; doubtful: 'Its Golden Books Family
 # Entertainment division' names the name first as a division's, and a reader might make the division its own entity
 # with parentOrganization to the company and the 2001 buyers' relations on it); Classic Media, United Productions of
 # America (alias 'UPA'), Random House, Penguin Random House, St. Martin's Press, the West Side Printing Company and the
 # Racine Journal Company -> Company; 'the Little Golden Books' (a book line and 'an imprint'), 'Golden Guides' and
 # 'Golden Field Guides' -> Service (as batch 68h's Touchstone Books imprint); Edward Henry Wadewitz (alias 'Wadewitz'),
 # 'his brother Albert' (Person 'Albert', the fullest form the text gives) and Roy A. Spencer -> Person; Racine,
 # Wisconsin, New York City, Los Angeles and California -> Location. No entity: 'American', 'German' (adjectives);
 # 'children's books and family-related entertainment products' (unnamed); 'the owner of that company' (unnamed)
 entities=[E("Company", WE, "Western Printing and Lithographing Company", "Golden Books Family Entertainment"),
           E("Location", "Racine"), E("Location", "Wisconsin"), E("Service", LG), E("Location", "New York City"),
           E("Location", "Los Angeles"), E("Location", "California"), E("Company", "Classic Media"),
           E("Company", "United Productions of America", "UPA"), E("Company", "Random House"),
           E("Company", "Penguin Random House"), E("Service", "Golden Guides"), E("Service", "Golden Field Guides"),
           E("Company", SM), E("Person", EW, "Wadewitz"), E("Company", "West Side Printing Company"),
           E("Person", "Albert"), E("Person", "Roy A. Spencer"), E("Company", "Racine Journal Company")],
 # no role: 'Edward Henry Wadewitz ... worked at the West Side Printing Company' (a job, no post named) and 'Wadewitz
 # took the opportunity in 1907 to purchase the company' (an owner by purchase, no post named; doubtful: a reader who
 # ties the 1907 purchase to the company 'founded in 1907 in Racine' might make him its founder, which the kept text
 # does not say); 'Roy A. Spencer, a printer at the Racine Journal Company' (a trade, no senior post); 'his brother
 # Albert' (a funder, no post)
 roles=[],
 # 'best known for publishing the Little Golden Books' -> provider(Little Golden Books, Western Publishing); 'Golden
 # Books Family Entertainment was eventually acquired jointly by Classic Media ... and book publisher Random House in a
 # bankruptcy auction in 2001' -> acquired(Classic Media, the company) and acquired(Random House, the company), each
 # with parentOrganization (a completed joint purchase; the company under its later name); 'Little Golden Books
 # remains as an imprint of Penguin Random House' -> provider(Little Golden Books, Penguin Random House); 'Golden
 # Guides and Golden Field Guides are published by St. Martin's Press' -> provider(each, St. Martin's Press).
 # Near-misses, no relation: 'Classic Media, owner of the catalog of United Productions of America (UPA)' (a catalog,
 # an asset: no parent for UPA); 'Wadewitz took the opportunity in 1907 to purchase the company' (a person's purchase
 # of the West Side Printing Company: no Company buyer); 'Its Golden Books Family Entertainment division' (the later
 # name is an alias here: no self-relation); 'a printer at the Racine Journal Company' (an employee)
 relations=[L(LG, "provider", WE)] + b10.acq("Classic Media", WE) + b10.acq("Random House", WE)
           + [L(LG, "provider", "Penguin Random House"), L("Golden Guides", "provider", SM),
              L("Golden Field Guides", "provider", SM)],
 outages=[],
 # 'founded in 1907' and 'in 1907 to purchase' (one item), 'in 1996', 'in 2001' -> the years. No date: '30-year-old'
 # (an age); 'eventually' (no calendar value)
 dates=[D("1907", "1907"), D("1996", "1996"), D("2001", "2001")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
