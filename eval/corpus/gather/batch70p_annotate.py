#!/usr/bin/env python3
"""Gold annotations for batch 70p (session 64; gatherer lane 70p; round notes /tmp/gather70p/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt): three company histories from English Wikipedia — Howard Johnson's (a hotel brand and
former restaurant chain), Tootsie Roll Industries (a Chicago confectioner) and Bulova (a New York watch maker).
Annotated from each text alone, by eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split
(sorted ids dealt test, train, dev; b10.write_parts): test wp-bulova; train wp-howard-johnsons; dev
wp-tootsie-roll-industries. No text tells an outage or a near-miss of one (trademarks owned, restaurants dwindling, a
renaming, a listing, a founder forced out, a company failed and a sale are business events, GUIDELINES, Outages:
business failures are no outage). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70i): former names, later
brand names and birth names -> aliases of the one entity (GUIDELINES, Types: 'Former names and nicknames of the same
entity are aliases': 'the J. Bulova Company', 'The Sweets Company of America', 'Howard Johnson by Wyndham', 'b. Joseph
Bulowa'); 'also known as' -> alias ('Mells Candy Corporation, also known as The Merry Mells Company'); 'It is owned
by', 'have been owned by' -> parentOrganization; 'sold to' a named buyer -> acquired and parentOrganization
(GUIDELINES, Relations: completed acquisitions); 'became part of' -> parentOrganization only (batches 64i and 65q: no
purchase told); a listing on a stock exchange -> no relation; one person named alone as starting or founding a
company -> founder (GUIDELINES, Roles: Founders; 'a single location opened by', 'he started a new company', 'founded
and incorporated ... by'), current true (no end told; a founder's death ends no founding); a product line and candies
-> Service, with provider their maker (GUIDELINES, Types: products users buy); a hotel brand that was also a company
-> Company (the text's 'the company expanded operations'); a stock exchange -> Company (GUIDELINES, part 1); cities,
states, countries and a neighbourhood -> Location; an address ('580 5th Avenue') -> no entity; eras and events
('the Depression era', 'World War II', 'Dust Bowl refugees') -> no entity; full dates and years -> their values,
'the end of 2007' -> the year (GUIDELINES, Dates: 'the end of last year' -> the year); decades ('By the 1950s', 'the
1960s and 1970s'), 'about a year later', 'in the years that followed' -> no date (published null: only absolute
expressions).
usage: batch70p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- watches, US: Bulova --------------------------------------------------------------------------------------------------
BW = "Bulova Watch Company"
CW = "Citizen Watch Co."
A["wp-bulova"] = dict(
 # the company -> Company 'Bulova Watch Company' (its name since 1923, the fullest form in the text), aliases 'Bulova'
 # ('Bulova is an American manufacturer', "Bulova's", 'imperative for Bulova') and 'J. Bulova Company' (its name of
 # 1875: a former name); the Citizen Watch Co. (alias 'Citizen': 'sold to Citizen') and the Loews Corporation ->
 # Company; Joseph Bulova (alias 'Joseph Bulowa': 'b. Joseph Bulowa', his birth name), 'Anton' and 'Barbara Bulowa'
 # ('son of Anton and Barbara Bulowa': his parents, the father named by his first name only; doubtful: a reader might
 # leave a bare first name out) -> Person; the line 'Bulova Accu•Swiss' (alias 'Bulova Accutron': 'or formerly, Bulova
 # Accutron', the line's former name; doubtful: a reader might keep the older line apart) -> Service; New York City,
 # Biel, Switzerland, Woodside, New York ('Woodside, New York, and Flushing, New York': the state) and Flushing ->
 # Location. No entity: '580 5th Avenue' (an address of a skyscraper; doubtful: a reader might make it a Location),
 # 'Bohemian', 'Polish', 'the American public' (adjectives), 'Swiss-Made' (a label)
 entities=[E("Company", BW, "Bulova", "J. Bulova Company"), E("Location", "New York City"),
           E("Service", "Bulova Accu\u2022Swiss", "Bulova Accutron"), E("Company", CW, "Citizen"),
           E("Person", "Joseph Bulova", "Joseph Bulowa"), E("Person", "Anton"), E("Person", "Barbara Bulowa"),
           E("Company", "Loews Corporation"), E("Location", "Biel"), E("Location", "Switzerland"),
           E("Location", "Woodside"), E("Location", "New York"), E("Location", "Flushing")],
 # 'Bulova was founded and incorporated as the J. Bulova Company in 1875 by Bohemian immigrant Joseph Bulova' -> founder
 # (one person named alone), current true (his death in 1936 ends no founding). No role: 'Joseph Bulova launched his
 # first plant', 'he set up an observatory' (acts, no post named)
 roles=[R("Joseph Bulova", "founder", BW)],
 # 'It is owned by the Citizen Watch Co.' and 'sold to Citizen at the end of 2007' -> acquired(Citizen Watch Co.,
 # Bulova Watch Company) + parentOrganization (a completed sale to a named buyer); 'became part of the Loews
 # Corporation in 1979' -> parentOrganization(Bulova Watch Company, Loews Corporation) (batches 64i and 65q: 'became
 # part of' -> parent only; doubtful: a reader might add acquired(Loews Corporation, ...), the later sale implying
 # Loews as seller); "Bulova's Swiss-Made line is known as Bulova Accu•Swiss" -> provider(Bulova Accu•Swiss, Bulova
 # Watch Company). Near-miss, no relation: 'their factory in Biel' (a plant, a site)
 relations=b10.acq(CW, BW) + [L(BW, "parentOrganization", "Loews Corporation"),
                               L("Bulova Accu\u2022Swiss", "provider", BW)],
 outages=[],
 # '1875', '1851' (the founder's birth year), 'November 18, 1936' (his death), '1923', '1979', 'the end of 2007' ->
 # 2007 (GUIDELINES, Dates), '1912', '1919', '1927'
 dates=[D("1875", "1875"), D("1851", "1851"), D("November 18, 1936", "1936-11-18"), D("1923", "1923"),
        D("1979", "1979"), D("the end of 2007", "2007"), D("1912", "1912"), D("1919", "1919"), D("1927", "1927")])

# ---- hotels and restaurants, US: Howard Johnson's -----------------------------------------------------------------------
HJ = "Howard Johnson's"
WY = "Wyndham Hotels and Resorts"
A["wp-howard-johnsons"] = dict(
 # the brand and its company -> Company "Howard Johnson's" ('the company expanded operations', 'company-owned ...
 # outlets': a business, though the lead calls it 'an American hotel brand'; doubtful: a reader might make the brand
 # a Service), aliases 'Howard Johnson by Wyndham' (its name now, 'still commonly referred to as Howard Johnson's')
 # and "Howard Johnson's Motor Lodges" ('hotels, then known as Howard Johnson's Motor Lodges': the hotels' former
 # name; doubtful: a reader might make the motor lodges their own Service or leave them out); Wyndham Hotels and
 # Resorts -> Company; Howard Deering Johnson -> Person; the U.S., Lake George and New York ('Lake George, New York':
 # the state) -> Location. No entity: 'the defunct restaurant chain', 'the hotel brand', 'The line of branded
 # supermarket frozen foods', 'its famous ice cream' (unnamed)
 entities=[E("Company", HJ, "Howard Johnson by Wyndham", "Howard Johnson's Motor Lodges"), E("Location", "U.S."),
           E("Company", WY), E("Person", "Howard Deering Johnson"), E("Location", "Lake George"),
           E("Location", "New York")],
 # "Howard Johnson's restaurants originally started as a single location opened by Howard Deering Johnson in 1925"
 # -> founder (one person named alone as starting it; doubtful: the text says 'opened', not 'founded'), current true
 roles=[R("Howard Deering Johnson", "founder", HJ)],
 # 'Since 2006, all hotels and company trademarks, including those of the defunct restaurant chain, have been owned
 # by Wyndham Hotels and Resorts' -> parentOrganization(Howard Johnson's, Wyndham Hotels and Resorts) (owned-by, with
 # the brand now named 'Howard Johnson by Wyndham'; doubtful: a reader might read hotels and trademarks as assets and
 # give nothing). No acquired: no purchase told ('have been owned by' since a year; no buyer's act). Near-miss, no
 # relation: 'franchised separately from the hotel brand beginning in 1986' (franchising, no named party)
 relations=[L(HJ, "parentOrganization", WY)],
 outages=[],
 # 'Since 2006', 'in 1925', 'beginning in 1986', 'closed in 2022' -> the years. No date: 'By the 1950s', 'the 1960s
 # and 1970s' (decades), 'in the decades that followed', 'in the years that followed' (spans)
 dates=[D("2006", "2006"), D("1925", "1925"), D("1986", "1986"), D("2022", "2022")])

# ---- confectionery, US: Tootsie Roll Industries --------------------------------------------------------------------------
TRI = "Tootsie Roll Industries"
MC = "Mells Candy Corporation"
A["wp-tootsie-roll-industries"] = dict(
 # the company -> Company 'Tootsie Roll Industries', aliases 'The Sweets Company of America' ('In 1917, the name of
 # the company was changed to The Sweets Company of America': a former name) and 'Stern & Saalberg' ('a small candy
 # shop ... owned by the Stern & Saalberg firm. ... the company had expanded ... the name of the company was
 # changed': the firm read as the company renamed, the article's subject under its first name; doubtful: a reader
 # might keep the firm apart as its own Company); Mells Candy Corporation (aliases 'The Merry Mells Company', 'also
 # known as', and 'Mells': 'Mells failed in 1924') and the American Stock Exchange (a stock exchange, a business:
 # GUIDELINES, part 1) -> Company; Leo Hirschfeld (alias 'Hirschfeld') and his daughter 'Clara "Tootsie" Hirschfeld'
 # (the nickname inside the name, as written) -> Person; 'Tootsie Rolls' (alias 'Tootsie Roll': 'Tootsie Roll
 # filling') and 'Tootsie Pops' (alias 'Tootsie Pop') -> Service (candies users buy: GUIDELINES, Types); Chicago,
 # Illinois, Canada, Mexico, the United States and New York City -> Location. No entity: 'Dust Bowl refugees', 'the
 # Depression era', 'World War II' (events and eras), 'Austrian Jewish', 'American soldiers' (adjectives)
 entities=[E("Company", TRI, "The Sweets Company of America", "Stern & Saalberg"), E("Location", "Chicago"),
           E("Location", "Illinois"), E("Service", "Tootsie Rolls", "Tootsie Roll"),
           E("Service", "Tootsie Pops", "Tootsie Pop"), E("Location", "Canada"), E("Location", "Mexico"),
           E("Person", "Leo Hirschfeld", "Hirschfeld"), E("Location", "United States"), E("Location", "New York City"),
           E("Person", "Clara \"Tootsie\" Hirschfeld"), E("Company", "American Stock Exchange"),
           E("Company", MC, "The Merry Mells Company", "Mells")],
 # 'he started a new company, Mells Candy Corporation' -> founder (one person named alone), current true (no end of
 # the post told; the company 'failed in 1924', after his death). No role at Tootsie Roll Industries: 'began work at
 # a small candy shop', 'The business forced Hirschfeld out' (no post named; the infobox's 'FounderLeo Hirschfeld'
 # is cut; doubtful: a reader might infer a post he was forced out of)
 roles=[R("Leo Hirschfeld", "founder", MC)],
 # 'Its best-known products include the namesake Tootsie Rolls and Tootsie Pops' -> provider for each. Near-misses,
 # no relation: 'owned by the Stern & Saalberg firm' (the shop, a site, owned by the company itself under its first
 # name); 'listed on the American Stock Exchange' (a listing, no partnership)
 relations=[L("Tootsie Rolls", "provider", TRI), L("Tootsie Pops", "provider", TRI)],
 outages=[],
 # the years; no date: 'about a year later' (relative), 'the Depression era' (an era)
 dates=[D("1896", "1896"), D("1907", "1907"), D("1917", "1917"), D("1919", "1919"), D("1922", "1922"),
        D("1924", "1924"), D("1931", "1931"), D("1935", "1935")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
