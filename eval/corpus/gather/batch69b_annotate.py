#!/usr/bin/env python3
"""Gold annotations for batch 69b (session 63; gatherer lane 69b; round notes /tmp/gather69b/NOTES.md): three company
histories from English Wikipedia (batch69b.py) — the Bobbs-Merrill Company (book publishing, US), Sambo's
(restaurants, US) and the Pearl Brewing Company (brewing, US). Annotated from each text alone by GUIDELINES.md; newskg
(or any extractor) was not run on any text. `published` is null for all three (Wikipedia pages carry no date), so only
absolute time expressions are dated. No text tells an outage (a bankruptcy, closed locations, breweries closed and
production moved under contract are no service disruption, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68z): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as starting a company are each `cofounder` ('started in 1957 by Sam
Battistone Sr. and Newell Bohnett', with the text's 'its two founders'); one person named alone whose act the text
makes the company's beginning is `founder` ('The company began in 1850 when Samuel Merrill bought an Indianapolis
bookstore'; doubtful: no 'founded' word); founders stay current (as batches 66b-68z recorded founders); a 'long-time
director' -> director, current true (no leaving told); a son who 'continued the business' and a restaurant's 'owner'
-> no role (no post named; as batch 68z left 'wholly owned by Ingram' and a stockholder without a role; doubtful);
'X purchased Y' (a company) -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions);
'the former brewery was purchased by X' -> nothing (a property, an asset purchase, GUIDELINES, Relations); a purchase by
'an investment group' (unnamed) -> nothing; 'Pearl's parent company purchased the Pabst Brewing Company and assumed the
Pabst name' -> parentOrganization(Pearl, Pabst) (the parent took the Pabst name; doubtful) and no acquired (the buyer
unnamed under its own name); 'transferring its production to Miller Brewing on a contract basis' -> partner (a supply
contract, GUIDELINES, Relations); 'was used as a parent to the brewing company' -> parentOrganization; a beer the
company's name carries and one made at another company's facility -> Service with provider for each maker (as batch
68z's Buckhorn Beer; doubtful for the contract maker); former names -> aliases (GUIDELINES, Types: 'the business
became Merrill, Meigs, and Company, and in 1883 the name changed again to the Bowen-Merrill Company. In 1903 the name
became the Bobbs-Merrill Company'; 'also known as the Pearl Brewery or just Pearl'); the former names of a brewery
site bought by others ('originally known as both the J. B. Behloradsky Brewery (1881-1883) and the City Brewery') ->
one Company with an alias, apart from Pearl (doubtful: the text calls it the same site); authors, an artist, an actress
and an illustrator named -> Person (no role); book titles, a film, a court case, a doctrine, a war, a kids club
('Sambo's Tiger Tamers (later called the Tiger Club)', a promotion; doubtful) and protests -> no entity; districts,
cities and states -> Location; decades ('By the early 1960s') -> no date; 'late 1963' -> the year (GUIDELINES, Dates);
year ranges ('(1881-1883)', 'From 1899 through 1909') -> each year its own item.
usage: batch69b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- book publishing, US: Bobbs-Merrill Company ---------------------------------------------------------------------
BM = "Bobbs-Merrill Company"
HS = "Howard W. Sams Company"
A["wp-bobbs-merrill-company"] = dict(
 # the publisher -> Company 'Bobbs-Merrill Company', aliases 'Bobbs-Merrill', 'Merrill, Meigs, and Company' and
 # 'Bowen-Merrill Company' (its former names); The Howard W. Sams Company and MGM -> Company; Samuel Merrill, Samuel
 # Merrill, Jr., William Conrad Bobbs, the authors (Erving Goffman, Richard Halliburton, David Markson, Ayn Rand, James
 # Whitcomb Riley, Walter Dean Myers, Irma S. Rombauer, Keith Ayling, L. Frank Baum), Evelyn Copelman (alias
 # 'Copelman'), Judy Garland and W.W. Denslow -> Person; Indianapolis and Indiana ('the State of Indiana') ->
 # Location. No entity: 'Bobbs-Merrill Co. v. Straus' (a court case), 'First Sale Doctrine', 'the Civil War', the
 # book titles ('The Story of Old Leatherneck of the Flying Tigers', 'The Wonderful Wizard of Oz', 'The Wizard of Oz',
 # 'The New Wizard of Oz') and 'the 1939 Judy Garland MGM film version' (works, no products of a service)
 entities=[E("Company", BM, "Bobbs-Merrill", "Merrill, Meigs, and Company", "Bowen-Merrill Company"),
           E("Location", "Indianapolis"), E("Location", "Indiana"), E("Person", "Samuel Merrill"),
           E("Person", "Samuel Merrill, Jr."), E("Person", "William Conrad Bobbs"), E("Person", "Erving Goffman"),
           E("Person", "Richard Halliburton"), E("Person", "David Markson"), E("Person", "Ayn Rand"),
           E("Person", "James Whitcomb Riley"), E("Person", "Walter Dean Myers"), E("Person", "Irma S. Rombauer"),
           E("Person", "Keith Ayling"), E("Person", "L. Frank Baum"), E("Person", "Evelyn Copelman", "Copelman"),
           E("Person", "Judy Garland"), E("Company", "MGM"), E("Person", "W.W. Denslow"), E("Company", HS)],
 # 'The company began in 1850 when Samuel Merrill bought an Indianapolis bookstore and entered the publishing
 # business' -> founder (one person named alone; doubtful: no 'founded' word), current true; 'after long-time
 # director, William Conrad Bobbs' -> director, current true (no leaving told; doubtful). Near-misses, no role: 'his
 # son, Samuel Merrill, Jr. continued the business' (no post named; doubtful: a reader may take him as its head);
 # 'commissioned artist Evelyn Copelman' (a commission, no post); the authors (published, no post)
 roles=[R("Samuel Merrill", "founder", BM), R("William Conrad Bobbs", "director", BM)],
 # 'In 1959, The Howard W. Sams Company purchased Bobbs-Merrill' -> acquired + parent. Near-miss, no relation: 'the
 # 1939 Judy Garland MGM film version of the book' (a film, no dealing with Bobbs-Merrill)
 relations=b10.acq(HS, BM),
 outages=[],
 # 'in 1850', 'in 1855', 'in 1883', 'In 1903', 'From 1899 through 1909' (two items), '(1908)', '(1945)', 'In 1949'
 # and '1949, the year' (one item), 'the 1939 ... film', 'original 1900 illustrations', 'In 1959' -> the years
 dates=[D("1850", "1850"), D("1855", "1855"), D("1883", "1883"), D("1903", "1903"), D("1899", "1899"),
        D("1909", "1909"), D("1908", "1908"), D("1945", "1945"), D("1949", "1949"), D("1939", "1939"),
        D("1900", "1900"), D("1959", "1959")])

# ---- restaurants, US: Sambo's ---------------------------------------------------------------------------------------
SB = "Sambo's"
A["wp-sambos"] = dict(
 # the chain -> Company "Sambo's"; Sam Battistone Sr. (alias 'Battistone'), Newell Bohnett (alias 'Bohnett') and
 # Chad Stevens -> Person; "Chad's" (the Santa Barbara restaurant's new name) -> Company (a restaurant run as a
 # business; doubtful: a reader may take it as the same restaurant, no entity of its own); Santa Barbara, California,
 # the United States, Oregon, Nevada and Arizona -> Location. No entity: 'The Story of Little Black Sambo' (a book),
 # '"The Treefriend"' (a figure), "Sambo's Tiger Tamers" / 'the Tiger Club' (a kids club promoting the chain, a
 # programme; doubtful), 'Chapter 11' (a law), 'The George Floyd protests' (events; George Floyd named only inside the
 # events' name)
 entities=[E("Company", SB), E("Person", "Sam Battistone Sr.", "Battistone"), E("Person", "Newell Bohnett", "Bohnett"),
           E("Location", "Santa Barbara"), E("Location", "California"), E("Company", "Chad's"),
           E("Person", "Chad Stevens"), E("Location", "United States"), E("Location", "Oregon"),
           E("Location", "Nevada"), E("Location", "Arizona")],
 # 'started in 1957 by Sam Battistone Sr. and Newell Bohnett' and 'its two founders' -> cofounder each (two people
 # named together, GUIDELINES, Roles, 'Founders'), current true. Near-miss, no role: "renamed to Chad's after its
 # owner at the time, Chad Stevens" (an owner, no post named; doubtful)
 roles=[R("Sam Battistone Sr.", "cofounder", SB), R("Newell Bohnett", "cofounder", SB)],
 # No relation: 'were renamed after being purchased' (buyers unnamed); "renamed to Chad's" (a renaming, no ownership
 # between companies told)
 relations=[],
 outages=[],
 # 'in 1957' and 'in 1957,' (one item) -> 1957; 'in November 1981' -> 1981-11; 'until 2020' -> 2020; 'In late 1963'
 # -> 1963 (GUIDELINES, Dates: 'late 2006' -> the year). No date: 'By the early 1960s' (a decade)
 dates=[D("1957", "1957"), D("November 1981", "1981-11"), D("2020", "2020"), D("late 1963", "1963")])

# ---- brewing, US: Pearl Brewing Company -----------------------------------------------------------------------------
PB = "Pearl Brewing Company"
PA = "Pabst Brewing Company"
MB = "Miller Brewing"
SC = "San Antonio Brewing Company"
A["wp-pearl-brewing-company"] = dict(
 # the brewer -> Company 'Pearl Brewing Company', aliases 'Pearl Brewery' and 'Pearl' ('also known as the Pearl
 # Brewery or just Pearl'); the Pabst Brewing Company (alias 'Pabst': 'the Pabst name'), Miller Brewing (alias
 # 'Miller': "Miller's Fort Worth, Texas, facility"), Silver Ventures Inc, the Lone Star Brewing Company, the San
 # Antonio Brewing Company and the San Antonio Brewing Association -> Company; 'the City Brewery' (alias 'J. B.
 # Behloradsky Brewery', its other name) -> Company (a brewery 'privately held and poorly run', then bought; doubtful:
 # the text gives both as names of the Pearl site, so a reader may take them as Pearl's former names or a facility);
 # 'Pearl beer' -> Service; San Antonio, Texas, the United States, Fort Worth and Midtown ('southern Midtown', a
 # district; doubtful) -> Location. No entity: 'an investment group' (unnamed); "Pearl's parent company" (unnamed
 # under its old name)
 entities=[E("Company", PB, "Pearl Brewery", "Pearl"), E("Location", "San Antonio"), E("Location", "Texas"),
           E("Location", "United States"), E("Company", PA, "Pabst"), E("Company", MB, "Miller"),
           E("Service", "Pearl beer"), E("Location", "Fort Worth"), E("Company", "Silver Ventures Inc"),
           E("Location", "Midtown"), E("Company", "City Brewery", "J. B. Behloradsky Brewery"),
           E("Company", "Lone Star Brewing Company"), E("Company", SC), E("Company", "San Antonio Brewing Association")],
 # No person named: no role ('local people in business and several moguls' and 'the founding members' unnamed)
 roles=[],
 # "In 1985, Pearl's parent company purchased the Pabst Brewing Company and assumed the Pabst name" ->
 # parentOrganization(Pearl, Pabst) (the parent company took the Pabst name; doubtful), no acquired (the buyer not
 # named under its own name); 'the Pabst Brewing Company began transferring its production to Miller Brewing on a
 # contract basis' -> partner(Pabst, Miller Brewing), as written; 'Pearl beer is still in production at Miller's Fort
 # Worth, Texas, facility' -> provider(Pearl beer) for Pearl (its name and brewery) and Miller Brewing (the maker now;
 # doubtful); 'The name San Antonio Brewing Association was used as a parent to the brewing company' ->
 # parentOrganization(San Antonio Brewing Company, San Antonio Brewing Association). Near-misses, no relation: 'the
 # former brewery was purchased by Silver Ventures Inc' (a property, an asset purchase); 'the City Brewery was
 # purchased by an investment group' (the buyer unnamed); 'several moguls already brewing at ... the Lone Star Brewing
 # Company' (people, no company dealing); 'closed all of its own breweries' (a closing)
 relations=[L(PB, "parentOrganization", PA), L(PA, "partner", MB), L("Pearl beer", "provider", PB),
            L("Pearl beer", "provider", MB), L(SC, "parentOrganization", "San Antonio Brewing Association")],
 outages=[],
 # 'in 1883', '(1881-1883)', 'in 1883.' and '(1883-1888)' (one item 1883), 'In 1985', 'In 1999', 'in 2001', '1881'
 # and '1888' (the ranges' other ends), 'In 1886' -> the years. No date: 'for two years', 'after three years' (spans)
 dates=[D("1883", "1883"), D("1985", "1985"), D("1999", "1999"), D("2001", "2001"), D("1881", "1881"),
        D("1888", "1888"), D("1886", "1886")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
