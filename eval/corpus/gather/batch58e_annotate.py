#!/usr/bin/env python3
"""Batch 58e gold annotations (the texts of batch58e.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57m, 57q, 57u and 57v;
batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1950s', 'the early 1970s', 'the early 1980s', 'the
early 1900s', 'the mid-1980s'; as batches 25b on, 57q and 57u skipped them) and 'eight years after his death'
(relative to a year of the text, not to a publication date) -> nothing; a span '(1966-2012)' -> its two years, each
one item beside the same year written alone (as batch 56f's 'from 2002 to 2014'). No text tells an outage or a
near-miss of one, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57g, 57j, 57m, 57q, 57u, 57v): 'bought', 'purchased', 'took complete control of' (a company
buyer) -> acquired + parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); 'took
over the X brand' -> provider (a brand, an asset: no acquired); 'announced the sale of X to A and B' (agreed, not said
to be complete) -> acquired only, for each named buyer; 'acquired 50% of' (no control told) and 'an original
investor in' -> nothing; 'set up X' (a company setting up a unit) -> parentOrganization; 'bottled and distributed
the Danish beer, Tuborg. The two companies ended this arrangement' -> partner (a distribution arrangement between two
named companies, as written); 'founded by A' -> founder; 'founded by the brothers A, B and C', 'set up by A and B' ->
cofounder each; 'was head of', 'headed the company' -> head; 'took over' of a person at the top of a family company
-> head (doubtful: no title written to the post); 'President of the Board of Directors' -> chairman (GUIDELINES,
Roles: the chair of a board); 'became a director' -> director; 'was the CEO ... for 32 years' -> ceo, current false;
first names written without a surname ('Emiel', 'Matthieu', 'Basile') -> Person, or alias where a full name is in
the text (as batches 57g, 57m, 57q and 57u); beers, biscuit brands, a praline and a hotel brand -> Service with their
maker or owner as provider (GUIDELINES, Types: a product users use; as batch 57u's brands); a brand that is a
business bought and sold ('Red Roof Inn', a hotel chain) -> Company (as batch 57u's Chun King); a stock exchange
('Euronext Brussels') -> Company (GUIDELINES, Types; as batch 57u's NYSE); one surface, one entity: where a company's
name is also a brand's or a person's ('Lotus' the brand, 'Leonidas' the king of Sparta, 'Duvel' the company), the
surface goes to the entity the text names most (doubtful each; said at the item); demonyms and adjectives
('Flemish', 'Belgian', 'Danish', 'Czech', 'Greek', 'American', 'French', 'North American') -> nothing.
usage: batch58e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- brewing, Belgium: Duvel Moortgat Brewery ------------------------------------------------------------------------
DM = "Duvel Moortgat Brewery"
OMM = "Brewery Ommegang"
ACH = "Brasserie d'Achouffe"
LIEF = "Liefmans Brewery"
A["wp-duvel-moortgat-brewery"] = dict(
 # the brewery -> Company 'Duvel Moortgat Brewery', aliases 'Brouwerij Duvel Moortgat' (its Dutch name, in brackets),
 # 'Duvel Moortgat', 'Duvel Moortgat NV' ('went public'), 'Moortgat' ('The brewery Moortgat was founded', 'Moortgat
 # bottled and distributed': the former name, an alias; GUIDELINES, Entities); the beer 'Duvel' ('Its strong golden
 # pale ale, Duvel', 'their flagship beer, Duvel') -> Service 'Duvel', and the surface stays the beer's (one surface,
 # one entity: 'In 2001, Duvel acquired 50%' names the company by the beer's name; doubtful; no relation hangs on that
 # sentence, see below); 'Maredsous' and 'Vedett' ('Other popular beers include') -> Service; 'Tuborg' ('the Danish
 # beer, Tuborg. The two companies ended this arrangement') -> Company (the second sentence makes it one of 'the two
 # companies'; doubtful: first written as a beer, and a reader might make it a Service); Brewery Ommegang (alias
 # 'Ommegang'), Duvel USA, Bernard ('the Czech brewery Bernard'), Brasserie d'Achouffe, Liefmans Brewery -> Company;
 # Euronext Brussels (a stock exchange) -> Company; Jan-Leonard Moortgat, Wendy Littlefield, Don Feinberg -> Person;
 # Antwerp Province, Belgium, Ghent, Antwerp ('Brabantian, Ghent and Antwerp dialect': two cities named in a dialect's
 # name; doubtful, a reader might read them as adjectives), Steenhuffel, Cooperstown, New York, United States,
 # Oudenaarde -> Location. No entity: 'Moortgats' ('the third generation of Moortgats', a family), 'Brabantian' (an
 # adjective), 'devil', 'duivel' (words), 'Duvel products' (the beer's name again), 'Ommegang and Duvel Moortgat
 # brands' (the names again)
 entities=[E("Company", DM, "Brouwerij Duvel Moortgat", "Duvel Moortgat", "Duvel Moortgat NV", "Moortgat"),
           E("Location", "Antwerp Province"), E("Location", "Belgium"), E("Service", "Duvel"), E("Location", "Ghent"),
           E("Location", "Antwerp"), E("Service", "Maredsous"), E("Service", "Vedett"),
           E("Person", "Jan-Leonard Moortgat"), E("Location", "Steenhuffel"), E("Company", "Tuborg"),
           E("Company", "Euronext Brussels"), E("Company", OMM, "Ommegang"), E("Location", "Cooperstown"),
           E("Location", "New York"),
           E("Location", "United States"), E("Person", "Wendy Littlefield"), E("Person", "Don Feinberg"),
           E("Company", "Duvel USA"), E("Company", "Bernard"), E("Company", ACH), E("Company", LIEF),
           E("Location", "Oudenaarde")],
 # 'The brewery Moortgat was founded in 1871 by Jan-Leonard Moortgat' -> founder at Duvel Moortgat Brewery, current
 # true (founders stay founders); 'Ommegang was set up by Wendy Littlefield and Don Feinberg' -> cofounder each at
 # Brewery Ommegang, current true. Near-misses: 'who had imported Duvel products since 1982' -> no role and no partner
 # (importers; no company of theirs named); 'the third generation of Moortgats took control of the brewery' -> no role
 # (no person named)
 roles=[R("Jan-Leonard Moortgat", "founder", DM), R("Wendy Littlefield", "cofounder", OMM),
        R("Don Feinberg", "cofounder", OMM)],
 # 'Its strong golden pale ale, Duvel', 'Other popular beers include Maredsous and Vedett' -> provider(each, Duvel
 # Moortgat Brewery); 'Moortgat bottled and distributed the Danish beer, Tuborg. The two companies ended this
 # arrangement' -> partner(Duvel Moortgat Brewery, Tuborg) (a bottling and distribution arrangement between two named
 # companies; ended, kept: relations carry no time; doubtful with Tuborg's type); 'In 2003 the Belgian company took
 # complete control of the brewery' (Brewery Ommegang) -> acquired + parentOrganization(Brewery Ommegang, Duvel
 # Moortgat Brewery); 'and set up Duvel USA' -> parentOrganization(Duvel USA, Duvel Moortgat Brewery) (a unit the company
 # set up; doubtful: 'subsidiary' is not written); 'Duvel Moortgat bought fellow Belgian brewery Brasserie d'Achouffe'
 # and 'they bought Liefmans Brewery' -> acquired + parentOrganization each. Near-misses: 'Duvel Moortgat was an
 # original investor in the ... Brewery Ommegang craft brewery' -> nothing of its own (an investment, no control, until
 # 2003); 'In 2001, Duvel acquired 50% of the Czech brewery Bernard' -> no acquired and no parentOrganization (a half
 # stake, no control told; a reader might give acquired, as 'acquired' is written); 'went public on Euronext Brussels'
 # -> no relation (a listing); 'set up Duvel USA to handle both Ommegang and Duvel Moortgat brands' -> no provider
 # from Duvel USA and no partner (a unit of the group distributing its own brands)
 relations=[L("Duvel", "provider", DM), L("Maredsous", "provider", DM), L("Vedett", "provider", DM),
            L(DM, "partner", "Tuborg"), L(DM, "acquired", OMM), L(OMM, "parentOrganization", DM),
            L("Duvel USA", "parentOrganization", DM), L(DM, "acquired", ACH), L(ACH, "parentOrganization", DM),
            L(DM, "acquired", LIEF), L(LIEF, "parentOrganization", DM)],
 outages=[],
 # '1871' (twice, one item), 'June 1999', '1997', '1982', '2003', '2001', '2006', 'June 2008'; 'the 1950s', 'the
 # early 1970s', 'the early 1980s' (decades) -> left out
 dates=[D("1871", "1871"), D("June 1999", "1999-06"), D("1997", "1997"), D("1982", "1982"), D("2003", "2003"),
        D("2001", "2001"), D("2006", "2006"), D("June 2008", "2008-06")])

# ---- confectionery, Belgium: Leonidas --------------------------------------------------------------------------------
LEO = "Leonidas"
LK = "Leonidas Kestekides"
BK = "Basile Kestekides"
A["wp-leonidas-chocolate-maker"] = dict(
 # the company -> Company 'Leonidas' (the surface stays the company's: 'the king of Sparta, Leonidas' names a king of
 # antiquity whose effigy is the logo; one surface, one entity; doubtful: a reader might add a Person); 'the Leonidas
 # Manon' (a praline) -> Service 'Leonidas Manon'; Leonidas Kestekides (alias 'Kestekides': 'Kestekides met a young
 # woman', the founder), Basile Kestekides (alias 'Basile'), Yanni Kesdekoglu, Maria Kesdekoglu, Vassiliki Kestekidou
 # -> Person; Belgium, US, United States (kept apart from 'US' as the text writes both; aliases of one place would
 # also do, but batch 57u's Chun King kept 'U.S.' alone; doubtful), Brussels, Ghent, Blankenberge, Sparta ('the king of
 # Sparta') -> Location. No entity: 'the 1910 World Fair', 'the 1913 World Fair' (events; GUIDELINES, Types), 'the Greek
 # delegation from the United States' (unnamed), 'pralines', 'marzipan' (generic products), 'a young woman from
 # Brussels' (unnamed), 'family members'
 entities=[E("Company", LEO), E("Location", "Belgium"), E("Person", LK, "Kestekides"), E("Location", "US"),
           E("Location", "Brussels"), E("Location", "United States"), E("Location", "Ghent"),
           E("Location", "Blankenberge"), E("Person", BK, "Basile"), E("Location", "Sparta"),
           E("Service", "Leonidas Manon"), E("Person", "Yanni Kesdekoglu"), E("Person", "Maria Kesdekoglu"),
           E("Person", "Vassiliki Kestekidou")],
 # 'The company is named after its Greek founder, Leonidas Kestekides' -> founder, current true; 'In 1935, the
 # founder's nephew Basile Kestekides took over ... Basile was head of Leonidas until 1970' -> head, current false (a
 # post that ended: 'until 1970'); 'In 1970, Yanni Kesdekoglu headed the company until 1985' -> head, current false;
 # 'In 1985, his daughter, Maria Kesdekoglu took over' -> head, current true (she took over the heading the sentence
 # before tells; no end told; doubtful: no title is written to her, a reader might give none); 'her cousin, Vassiliki
 # Kestekidou, who became President of the Board of Directors in 2003' -> chairman, current true (the chair of the
 # board). Near-misses: 'was joined in 1992 by her cousin' -> no second role (joining the management, no post named);
 # 'A confectioner in the US' -> no role (a trade, no organisation); 'a member of the Greek delegation' -> no role (an
 # unnamed body); 'his daughter', 'her cousin', 'nephew', 'uncle' -> no role (kinship)
 roles=[R(LK, "founder", LEO), R(BK, "head", LEO, False), R("Yanni Kesdekoglu", "head", LEO, False),
        R("Maria Kesdekoglu", "head", LEO), R("Vassiliki Kestekidou", "chairman", LEO)],
 # 'Basile was also responsible for the Leonidas Manon' (a praline sold under the company's name) -> provider(Leonidas
 # Manon, Leonidas). Near-misses: 'He opened tea-rooms in Brussels, Ghent and Blankenberge' -> nothing (unnamed
 # outlets); 'over 1400 retail outlets' -> no partner (no franchisee or retailer named)
 relations=[L("Leonidas Manon", "provider", LEO)],
 outages=[],
 # '1910' (twice, 'in 1910' and 'the 1910 World Fair', one item), '1913', '1935', '1970' (twice, one item), '1985'
 # (twice, one item), '1992', '2003'; 'the early 1900s' (a decade) -> left out
 dates=[D("1910", "1910"), D("1913", "1913"), D("1935", "1935"), D("1970", "1970"), D("1985", "1985"),
        D("1992", "1992"), D("2003", "2003")])

# ---- biscuits, Belgium: Lotus Bakeries -------------------------------------------------------------------------------
LB = "Lotus Bakeries"
JB = "Jan Boone"
A["wp-lotus-bakeries"] = dict(
 # the company -> Company 'Lotus Bakeries', alias 'Lotus' ('Lotus is known for', 'The company Lotus was founded', 'the
 # CEO of Lotus', 'Lotus took over'; the brand 'Lotus' in 'Brands include Lotus, ...' gets no entity of its own: one
 # surface, one entity, the company's; doubtful); the brands -> Service 'Lotus Biscoff' (alias 'Biscoff': 'to serve
 # Biscoff in-flight'), 'Dinosaurus', 'Peijnenburg', 'Annas', 'Nākd', 'TREK' ('Trek' in the last paragraph, the same
 # surface ignoring case), 'BEAR', 'Kiddylicious'; 'Delta' ('the first airline'), 'American' and 'United' ('their
 # full-service competitors, American and United': two airlines by their short names; doubtful: a reader might read
 # 'American' as an adjective) -> Company; the founder brothers 'Jan, Emiel and Henri Boone' -> Person 'Jan Boone'
 # (alias 'Jan'; 'founder Jan Boone'), Person 'Emiel' (first name only) and Person 'Henri Boone'; Karel Boone and
 # 'Matthieu' (first name only; 'his brother Matthieu') -> Person; the CEO of 2011 'Jan Boone' ('a new generation
 # took over with Jan Boone becoming the new CEO') -> the same Person 'Jan Boone' (doubtful: the text tells a second,
 # younger man of the founder's name; one surface, one entity, so the founder's and the CEO's roles both hang on 'Jan
 # Boone'); Lembeke, Kaprijke, Belgium, United States, United Kingdom, Australia, Germany, India -> Location. No
 # entity: 'speculoos', 'cookies' (generic products), "St Nicholas' Day" (a feast day, no year), 'a new generation'
 entities=[E("Company", LB, "Lotus"), E("Location", "Lembeke"), E("Location", "Kaprijke"), E("Location", "Belgium"),
           E("Service", "Lotus Biscoff", "Biscoff"), E("Location", "United States"), E("Location", "United Kingdom"),
           E("Location", "Australia"), E("Location", "Germany"), E("Location", "India"), E("Service", "Dinosaurus"),
           E("Service", "Peijnenburg"), E("Service", "Annas"), E("Service", "N\u0101kd"), E("Service", "TREK"),
           E("Service", "BEAR"), E("Service", "Kiddylicious"), E("Person", JB, "Jan"), E("Person", "Emiel"),
           E("Person", "Henri Boone"), E("Person", "Karel Boone"), E("Company", "Delta"), E("Company", "American"),
           E("Company", "United"), E("Person", "Matthieu")],
 # 'The company Lotus was founded in Lembeke in 1932 by the brothers Jan, Emiel and Henri Boone' -> cofounder each,
 # current true; 'Karel Boone ... became a director in 1966' -> director, current true (no leaving told; doubtful: his
 # presidency is dated '1966-2012', and a reader might end the directorship with it); 'was the CEO of Lotus for 32
 # years from 1974' -> ceo, current false (a post that ended: his brother took over as CEO in 2006); 'and then the
 # president of the company for 20 years (1966-2012)' -> president, current false (ended 2012); 'In 2006, his brother
 # Matthieu took over as CEO' -> ceo, current false (a new CEO from the end of 2011); 'Jan Boone becoming the new CEO
 # of the company' -> ceo, current true (see the entity note: 'Jan Boone' holds both the founder's cofounder role and
 # the grandson's CEO role). Near-misses: 'the son of founder Jan Boone' -> no founder role beside cofounder (the same
 # founding of three brothers); 'his brother' -> no role (kinship)
 roles=[R(JB, "cofounder", LB), R("Emiel", "cofounder", LB), R("Henri Boone", "cofounder", LB),
        R("Karel Boone", "director", LB), R("Karel Boone", "ceo", LB, False), R("Karel Boone", "president", LB, False),
        R("Matthieu", "ceo", LB, False), R(JB, "ceo", LB)],
 # 'Brands include Lotus Biscoff, Dinosaurus, Peijnenburg, Annas, Nākd, TREK, BEAR and Kiddylicious' -> provider(each,
 # Lotus Bakeries); 'branded as Lotus Biscoff' -> the same provider. Near-misses: 'In 2012, Lotus took over the
 # Dinosaurus brand' -> no acquired (a brand, not a company; GUIDELINES, Relations: asset purchases -> nothing; the
 # provider from the brand list stands); 'Delta became the first airline to serve Biscoff in-flight' -> no partner
 # (the text tells an airline serving a biscuit, no supply contract in so many words; a reader might give
 # partner(Delta, Lotus Bakeries), as batch 57u left Waitrose's stocking of Butlers' chocolates without one); 'their
 # full-service competitors, American and United' -> nothing (rivals of Delta; they 'mimicked' the move, no contract
 # told); 'started producing the Trek, Nākd, BEAR and Kiddylicious brands' -> no second provider (the same pairs)
 relations=[L("Lotus Biscoff", "provider", LB), L("Dinosaurus", "provider", LB), L("Peijnenburg", "provider", LB),
            L("Annas", "provider", LB), L("N\u0101kd", "provider", LB), L("TREK", "provider", LB),
            L("BEAR", "provider", LB), L("Kiddylicious", "provider", LB)],
 outages=[],
 # '1932' (twice, one item), '1966' (twice, 'in 1966' and in '(1966-2012)', one item), '1974', '2012' (in the span and
 # 'In 2012', one item), '2006', 'the end of 2011' (-> the year; GUIDELINES, Dates), 'mid-2013' (-> the year), '2015';
 # 'the mid-1980s' (a decade) and 'for 32 years', 'for 20 years' (durations) -> left out
 dates=[D("1932", "1932"), D("1966", "1966"), D("1974", "1974"), D("2012", "2012"), D("2006", "2006"),
        D("the end of 2011", "2011"), D("mid-2013", "2013"), D("2015", "2015")])

# ---- hotels, US: Red Roof Inn ----------------------------------------------------------------------------------------
RRI = "Red Roof Inn"
MS = "Morgan Stanley Real Estate Fund"
CIT = "Citigroup Global Special Situations Group"
WB = "Westbridge Hospitality Fund LP"
A["wp-red-roof-inn"] = dict(
 # the chain -> Company 'Red Roof Inn' (a business bought and sold three times, 'the company'; doubtful: 'a ... hotel
 # chain' users stay at, and a reader might make it a Service with provider links in place of acquired), alias 'Red
 # Roof' ('purchased Red Roof from the Trueman family'); the Morgan Stanley Real Estate Fund (written 'The Morgan
 # Stanley Real Estate Fund' and 'the Morgan Stanley Real Estate Fund'; the name without the article), Accor, Citigroup
 # Global Special Situations Group, Westbridge Hospitality Fund LP -> Company; 'Motel 6' ('various hotel brands
 # including Motel 6', "Accor's other North American brand, Motel 6") -> Service; Jim Trueman (alias 'Trueman':
 # 'Trueman died in 1986') -> Person; United States, Midwest, Eastern United States ('the Midwest, Southern, and
 # Eastern United States': two named regions; 'Southern' alone, an adjective left out; doubtful), Columbus, Ohio,
 # Branson, Missouri -> Location. No entity: 'the Trueman family' (a family), 'automobile racing team' (unnamed), 'the
 # North American accommodation market' (a market), 'American', 'French' (adjectives)
 entities=[E("Company", RRI, "Red Roof"), E("Location", "United States"), E("Location", "Midwest"),
           E("Location", "Eastern United States"), E("Location", "Columbus"), E("Location", "Ohio"),
           E("Person", "Jim Trueman", "Trueman"), E("Company", MS), E("Location", "Branson"),
           E("Location", "Missouri"), E("Company", "Accor"), E("Service", "Motel 6"), E("Company", CIT),
           E("Company", WB)],
 # 'Its founder was American businessman and automobile racing team owner Jim Trueman' -> founder, current true
 # (founders stay founders; his death does not end the founder role, as earlier batches kept dead founders true).
 # Near-misses: 'automobile racing team owner' -> no role (the team is unnamed); 'the hands of the Trueman family' -> no
 # role and no owner relation (a family, no entity)
 roles=[R("Jim Trueman", "founder", RRI)],
 # 'In 1994, The Morgan Stanley Real Estate Fund purchased Red Roof from the Trueman family' -> acquired +
 # parentOrganization(Red Roof Inn, Morgan Stanley Real Estate Fund); 'the company was purchased from the Morgan
 # Stanley Real Estate Fund by French hospitality management company Accor' -> acquired + parentOrganization(Red Roof
 # Inn, Accor); 'Accor, which owned various hotel brands including Motel 6' -> provider(Motel 6, Accor); 'Accor
 # announced the sale of Red Roof Inn to Citigroup Global Special Situations Group and Westbridge Hospitality Fund LP'
 # -> acquired(each buyer, Red Roof Inn) and no parentOrganization (an announced sale, agreed; the text speaks of it
 # only as planned to be complete, 'after the sale was complete'; GUIDELINES, Relations: agreed but not yet completed
 # -> acquired only; doubtful: 'As part of the sale, some locations were converted' may read as done). Near-misses:
 # 'they began to franchise the company with their first franchised location in Branson, Missouri' -> no partner (the
 # franchisee is unnamed); 'some locations were converted to ... Motel 6' -> no acquired (outlets, an asset); 'Accor
 # became the third largest chain in guestrooms worldwide' -> nothing
 relations=[L(MS, "acquired", RRI), L(RRI, "parentOrganization", MS), L("Accor", "acquired", RRI),
            L(RRI, "parentOrganization", "Accor"), L("Motel 6", "provider", "Accor"), L(CIT, "acquired", RRI),
            L(WB, "acquired", RRI)],
 outages=[],
 # '1973', '1986', '1994', '1997', '1999', 'April 2007'; 'eight years after his death' (relative to 1986, a year of
 # the text; published null) -> left out
 dates=[D("1973", "1973"), D("1986", "1986"), D("1994", "1994"), D("1997", "1997"), D("1999", "1999"),
        D("April 2007", "2007-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
