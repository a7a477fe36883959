#!/usr/bin/env python3
"""Batch 68b gold annotations (the texts of batch68b.py; session 62, gatherer lane 68b, round notes
/tmp/gather69b/NOTES.md), written from each text alone; newskg (or any extractor) was not run on any. Split rule fixed
before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of batches 55i-67aa;
batch10_annotate.write_parts), so with three texts: wp-bonwit-teller test, wp-hechinger train, wp-schraffts dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a month with its year
('December 1987', 'July of 1997') -> the month; a full date ('June 11, 1999') -> the day; decades ('In the 1990s',
'the early 1990s', 'the 1950s and 1960s') -> nothing, as the batches before; relative expressions anchored on another
date of the text ('Two years later', 'two years later', 'In September', 'That September', 'the following year') ->
nothing (`published` null). No text tells an outage, so every `outages` list is empty; none tells a near-miss of one
(a store sold, a chain sold, merged, bankrupt and liquidated, a candy company bought and sold are business events,
GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67aa): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('a department store in New York City
founded by Paul Bonwit', "Schrafft's was founded as a candy company by William F. Schrafft"), current true (no leaving
told, as batches 66b and 67aa); a founder left unnamed ('a single hardware store established by his father') -> no
role; 'in partnership with' a named person -> no role for him (no title, as an earlier batch's 'a partner in the 1856
firm', doubtful); a consultant -> no role (the corpus' way, as 'controlling shareholder' and 'consultant' -> no role);
a 'financier' and a 'pop artist' with no organisation -> no role; 'X sold the firm to Y', 'X sold the company to Y',
'X acquired Y', 'X was acquired by Y' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target not said to be merged away); 'Y acquired the candy operations ... from Z' -> acquired and
parentOrganization for the buyer and parentOrganization for the seller's past ownership (as batch 30a's and the Wedel
text's sellers, doubtful); 'formerly owned by X', 'owned by X' -> parentOrganization (ownership, past kept); 'X was
merged with Y' and 'X merged with Y' with no buyer told -> nothing (GUIDELINES, Relations: a merger where the text does
not say who buys whom); a brand name bought -> nothing (an asset); a sponsorship of a telecast and a commercial
commissioned from an artist -> nothing; store formats ('concept stores called ...') -> Service with provider (as
earlier batches' store brands, doubtful); streets, avenues and a square -> Location (as earlier batches' streets,
GUIDELINES, Types: named sites); rivals and peers ('rivals Home Depot and Lowe's', 'a group of department stores ...
including ...') -> Companies with no relation; a nickname ("mistakenly called Hechinger's") and a later name ('now
known as Bonwit Teller', 'incorporated ... as Bonwit Teller & Company') -> aliases (GUIDELINES, Types); a film and its
telecast, a family, a bankruptcy chapter, an event ('the stock market crash of 1929') -> no entity.
usage: batch68b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- department stores, US: Bonwit Teller --------------------------------------------------------------------------
BT = "Bonwit Teller & Company"
A["wp-bonwit-teller"] = dict(
 # the company -> Company 'Bonwit Teller & Company' (the fullest name: 'The firm was incorporated in 1907 as Bonwit
 # Teller & Company'), alias 'Bonwit Teller' (the lead's name and 'now known as Bonwit Teller'); Peck & Peck, Saks
 # Fifth Avenue, B. Altman and Company (the peers), A.T. Stewart & Company ('the former A.T. Stewart & Company
 # building': the company the building was known by; doubtful: a reader might take it for part of a building's name
 # and give no entity) and Atlas Corporation -> Company; Paul Bonwit (alias 'Bonwit', in 'Bonwit opened a store' and
 # 'Bonwit agreed to let': the person, not the store), Edmund D. Teller, Floyd Odlum (alias 'Odlum', in "Odlum's
 # wife") and Hortense ("Odlum's wife Hortense": a named person, the first name alone; doubtful: a reader might leave
 # a bare first name out) -> Person; New York City (twice), Sixth Avenue (twice), Eighteenth Street, Twenty-third
 # Street, Fifth Avenue (three times, apart from 'Saks Fifth Avenue'), Thirty-eighth Street and Fifty-sixth Street ->
 # Location (a city; streets and avenues, as earlier batches' streets; doubtful: a reader might annotate only the
 # city). No entity: 'the Cleanup template' (cut); 'the stock market crash of 1929' (an event); 'the carriage trade'
 # (a clientele); the quoted announcement's words (no name)
 entities=[E("Company", BT, "Bonwit Teller"), E("Location", "New York City"), E("Person", "Paul Bonwit", "Bonwit"),
           E("Location", "Sixth Avenue"), E("Location", "Eighteenth Street"), E("Person", "Edmund D. Teller"),
           E("Location", "Twenty-third Street"), E("Location", "Fifth Avenue"), E("Location", "Thirty-eighth Street"),
           E("Company", "Peck & Peck"), E("Company", "Saks Fifth Avenue"), E("Company", "B. Altman and Company"),
           E("Company", "A.T. Stewart & Company"), E("Location", "Fifty-sixth Street"),
           E("Person", "Floyd Odlum", "Odlum"), E("Person", "Hortense"), E("Company", "Atlas Corporation")],
 # 'a department store in New York City founded by Paul Bonwit' -> founder at Bonwit Teller & Company (one person
 # named alone), current true (no leaving told; he sells the firm at the end, which ends his ownership, not a post
 # the text names). Near-misses, no role: 'now in partnership with Edmund D. Teller' (a partner in the firm, no title:
 # a reader might give Teller `other` or `cofounder`, doubtful); 'noted financier Floyd Odlum' (no organisation: his
 # post at Atlas Corporation is not told); 'Hortense serve as a consultant to the company' (a consultant, not an
 # officer; the sentence naming her president is cut)
 roles=[R("Paul Bonwit", "founder", BT)],
 # 'he sold the firm to Atlas Corporation' -> acquired(Atlas Corporation, Bonwit Teller & Company) + parentOrganization
 # (a completed sale of the company; 'he' is Bonwit, the seller). Near-misses, no relation: 'It was one of a group of
 # department stores ... including Peck & Peck, Saks Fifth Avenue and B. Altman and Company' (peers); 'the former
 # A.T. Stewart & Company building' (a building taken over, an asset and an address: no acquired); Odlum 'acquiring
 # and turning around solid firms' (no firm named)
 relations=b10.acq("Atlas Corporation", BT),
 outages=[],
 # 'in 1895', 'in 1907', 'in 1911', 'In 1930', 'In 1931', 'of 1929', 'in 1932' -> the years. No date: 'Two years
 # later', 'two years later' (relative, `published` null, though a reader could count 1897 and 1934)
 dates=[D("1895", "1895"), D("1907", "1907"), D("1911", "1911"), D("1930", "1930"), D("1931", "1931"),
        D("1929", "1929"), D("1932", "1932")])

# ---- home improvement retail, US: Hechinger ------------------------------------------------------------------------
HE = "Hechinger Co."
HQ = "HQ Home Quarters Warehouse"
LG = "Leonard Green & Partners"
HD = "Home Decor Products"
A["wp-hechinger"] = dict(
 # the company -> Company 'Hechinger Co.' (the fullest name: 'Hechinger Co. filed for Chapter 11'; also 'the Hechinger
 # Co. divisions'), aliases 'Hechinger' and "Hechinger's" ('mistakenly called Hechinger's by many customers': a
 # nickname, GUIDELINES, Types; also the possessive "Hechinger's assets"); HQ Home Quarters Warehouse (alias 'HQ',
 # 'both HQ and the Hechinger Co. divisions'), Home Depot, Lowe's, Leonard Green & Partners, Builders Square, Kmart
 # and Home Decor Products -> Company; 'Better Spaces' and 'Wye River Hardware & Home' ('new, smaller concept stores
 # called ...': store formats, Service, as earlier batches' store brands; doubtful: a reader might give them no
 # entity or a Company); John Hechinger, Sr. -> Person; Landover, Maryland, Washington, D.C., Virginia Beach,
 # Virginia, Los Angeles, San Antonio and Texas -> Location. No entity: 'The Hechinger family' (a family); 'Chapter
 # 11' (a chapter of the bankruptcy code); 'the do it yourself industry'; 'his father' (unnamed)
 entities=[E("Company", HE, "Hechinger", "Hechinger's"), E("Location", "Landover"), E("Location", "Maryland"),
           E("Location", "Washington, D.C."), E("Company", HD), E("Person", "John Hechinger, Sr."),
           E("Location", "Virginia Beach"), E("Location", "Virginia"), E("Company", HQ, "HQ"),
           E("Company", "Home Depot"), E("Company", "Lowe's"), E("Location", "Los Angeles"), E("Company", LG),
           E("Service", "Better Spaces"), E("Service", "Wye River Hardware & Home"), E("Location", "San Antonio"),
           E("Location", "Texas"), E("Company", "Builders Square"), E("Company", "Kmart")],
 # No role: 'John Hechinger, Sr. helped pioneer the do it yourself industry' (no post named: a reader might give him
 # a role at the company, doubtful); 'a single hardware store established by his father in 1911' (the founder is not
 # named); 'the management' (unnamed)
 roles=[],
 # 'it acquired Virginia Beach, Virginia-based HQ Home Quarters Warehouse in December 1987' -> acquired(Hechinger Co.,
 # HQ Home Quarters Warehouse) + parentOrganization (a completed purchase; HQ then one of 'both HQ and the Hechinger
 # Co. divisions'); 'The Hechinger family sold the company to Los Angeles investors Leonard Green & Partners' ->
 # acquired(Leonard Green & Partners, Hechinger Co.) + parentOrganization (a completed sale; the seller a family, no
 # entity); 'Builders Square, formerly owned by Kmart' -> parentOrganization(Builders Square, Kmart) (past ownership
 # kept); 'is currently an online retailer owned by Home Decor Products' -> parentOrganization(Hechinger Co., Home
 # Decor Products) (owned-by; doubtful: the online retailer opened under the bought brand name might be read as a new
 # business, but the text calls Hechinger itself 'an online retailer owned by Home Decor Products'); 'concept stores
 # called Better Spaces and Wye River Hardware & Home' launched by 'the management' -> provider(each, Hechinger Co.)
 # (doubtful, with the Service typing). Near-misses, no relation: 'Hechinger was merged with ... Builders Square'
 # (a merger, no buyer told: a reader might give acquired(Leonard Green & Partners, Builders Square) or a parent,
 # which the text does not say); 'Home Decor Products, bought the Hechinger brand name' (a brand bought, an asset: no
 # acquired; the ownership is recorded from the lead's 'owned by'); 'rivals Home Depot and Lowe's' (rivals)
 relations=b10.acq(HE, HQ) + b10.acq(LG, HE) + [L("Builders Square", "parentOrganization", "Kmart"),
           L(HE, "parentOrganization", HD), L("Better Spaces", "provider", HE),
           L("Wye River Hardware & Home", "provider", HE)],
 outages=[],
 # 'in 1911', 'In 2004' -> the years; 'in December 1987' -> 1987-12; 'in July of 1997' -> 1997-07 (the text as
 # written, 'July of 1997'); 'on June 11, 1999' -> 1999-06-11. No date: 'In the 1990s', 'the early 1990s' (decades);
 # 'In September', 'That September', 'the following year' (relative to another date of the text, `published` null,
 # though a reader could resolve 1997-09, 1999-09 and 2005)
 dates=[D("1911", "1911"), D("December 1987", "1987-12"), D("July of 1997", "1997-07"),
        D("June 11, 1999", "1999-06-11"), D("2004", "2004")])

# ---- confectionery and restaurants, US: Schrafft's ------------------------------------------------------------------
SC = "The Schrafft Candy Company"
FS = "Frank G. Shattuck Company"
GW = "Gulf and Western Industries"
A["wp-schraffts"] = dict(
 # the company -> Company 'The Schrafft Candy Company', alias "Schrafft's" (eight times: the company, its sign, its
 # restaurants' chain; one entity for the name); Frank G. Shattuck Company, CBS (a broadcaster, GUIDELINES, Types),
 # 'PET milk' (the name as written, a company that 'merged with' another; doubtful: a reader might take it for a
 # product and give a Service, or write the company's name otherwise), Gulf and Western Industries and Helme Products
 # -> Company; William F. Schrafft and Andy Warhol -> Person; Sullivan Square (a square, a named site), Charlestown,
 # Massachusetts, the United States, Boston (three times), New York (alias 'NY', in 'Syracuse, NY': the state's
 # abbreviation beside the city or state of 'restaurants in New York', one entity for the name; doubtful), New
 # England, Florida, Manhattan, Brooklyn and Syracuse -> Location. No entity: 'The Wizard of Oz' (a film, its telecast:
 # as TV shows, GUIDELINES, Types); 'the eastern seaboard' (a common description); 'civil war soldiers' (an event's
 # soldiers, lower case); 'jelly beans' (a product, unnamed brand)
 entities=[E("Company", SC, "Schrafft's"), E("Location", "Sullivan Square"), E("Location", "Charlestown"),
           E("Location", "Massachusetts"), E("Location", "United States"), E("Location", "Boston"),
           E("Location", "New York", "NY"), E("Location", "New England"), E("Location", "Florida"),
           E("Person", "William F. Schrafft"), E("Location", "Manhattan"), E("Location", "Brooklyn"),
           E("Location", "Syracuse"), E("Company", FS), E("Company", "CBS"), E("Company", "PET milk"),
           E("Company", GW), E("Company", "Helme Products"), E("Person", "Andy Warhol")],
 # "Schrafft's was founded as a candy company by William F. Schrafft in Boston, in 1861" -> founder at The Schrafft
 # Candy Company (one person named alone), current true (no leaving told). Near-miss, no role: 'pop artist Andy
 # Warhol' (no organisation)
 roles=[R("William F. Schrafft", "founder", SC)],
 # "In 1929, Schrafft's was acquired by the Frank G. Shattuck Company" -> acquired(Frank G. Shattuck Company, The
 # Schrafft Candy Company) + parentOrganization; 'Gulf and Western Industries acquired the candy operations in 1974
 # from Helme Products' -> acquired(Gulf and Western Industries, The Schrafft Candy Company) + parentOrganization (the
 # candy operations read as the candy company itself, 'The Schrafft Candy Company was a candy, chocolate and cake
 # company'; doubtful: a reader might take 'the candy operations' for a part of the business, unnamed, and give no
 # relation) and parentOrganization(The Schrafft Candy Company, Helme Products) (the seller's past ownership, as the
 # batches' sellers; doubtful: the text never says how Helme Products came to own it). Near-misses, no relation: 'PET
 # milk merged with the Frank G. Shattuck Company in 1967' (a merger, no buyer told: a reader might give acquired(PET
 # milk, Frank G. Shattuck Company)); "Schrafft's sponsored the 1959 CBS telecast" (a sponsorship, as batch 20a's:
 # no partner); "Schrafft's commissioned a 60-second television commercial from pop artist Andy Warhol" (a person,
 # no relation)
 relations=b10.acq(FS, SC) + b10.acq(GW, SC) + [L(SC, "parentOrganization", "Helme Products")],
 outages=[],
 # 'In 1861' and 'in 1861' (one item), 'in 1928', 'by 1915', 'In 1929', 'in 1923', 'in 1934', 'in 1968' and 'In
 # 1968' (one item), 'the 1959 CBS telecast', 'in 1956', 'in 1967', 'in 1974' -> the years. No date: 'the 1950s and
 # 1960s' (decades)
 dates=[D("1861", "1861"), D("1928", "1928"), D("1915", "1915"), D("1929", "1929"), D("1923", "1923"),
        D("1934", "1934"), D("1968", "1968"), D("1959", "1959"), D("1956", "1956"), D("1967", "1967"),
        D("1974", "1974")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
