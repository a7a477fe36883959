#!/usr/bin/env python3
"""Gold annotations for batch 69j (session 63; gatherer lane 69j; round notes /tmp/gather69j/NOTES.md): three company
histories from English Wikipedia (batch69j.py) — the Atlantic Mutual Insurance Company (insurance, US), S. H. Kress &
Co. (retail, US) and the New England Confectionery Company (Necco; confectionery, US). Annotated from each text alone
by GUIDELINES.md; newskg (or any extractor) was not run on any text. `published` is null for all three (Wikipedia
pages carry no date), so only absolute time expressions are dated. No text tells an outage (lunch counters refusing
service in a civil rights protest, closed stores, a liquidation, a chain going out of business and a merger are
business and civil rights events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69b): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('established by Samuel Henry
Kress', 'founded by confectioner Daniel Fobes'); two people named together are each `cofounder` ('founded by brothers
Oliver R. and Silas Edwin Chase', the first brother under his only form in the text, as batches 60i and 64c named 'brothers
James and William Burchell' and 'brothers Max and Morris Feldberg'); founders stay current (a death ends no post the
text names); posts the text names -> their titles ('Its first chairman was' -> chairman, current true as batch 40zg's
'was the insurer's first chairman'; 'Atlantic Mutual President' -> president; 'served as president from 1895 to 1897,
when he was succeeded by' -> president, current false; the successor -> president, current true); 'X acquired Y' ->
acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions); 'has been owned by X' since a month
-> acquired and parentOrganization (GUIDELINES, Relations: 'now owns'; doubtful); 'It is part of X, which includes
Y' -> parentOrganization for each; 'The remaining ... stores were sold to X' -> nothing (stores, an asset purchase,
GUIDELINES, Relations; doubtful); a merger and companies that 'joined forces' -> nothing (no buyer told); a record
label's trademark and candy brands the company makes -> Service with provider (as batch 68u's Ballantine Ale);
former names of the same company -> aliases ('founded in 1838 as the Atlantic Insurance Company'); an acronym ->
alias ('Necco (or NECCO)'); a court and a historical society -> Organization; streets, a building's site, regions,
states, cities and a waterfront district -> Location (as batch 68u's streets and district); adjectives ('American',
'Union shipping'), families ('the Jones family'), a work's title ('Vessel Disasters'), a court case's name ('Adickes
v. S.H. Kress Co.'), a generic street ('"Main Street"') and a war -> no entity; decades ('the 1850s', 'the 1920s and
1930s'), a century ('the 20th century') and relative years ('45 years later', 'one year later', published null) -> no
date; 'fall 2010' -> the year (GUIDELINES, Dates: seasons).
usage: batch69j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- insurance, US: Atlantic Mutual Insurance Company ---------------------------------------------------------------
AM = "Atlantic Mutual Insurance Company"
AC = "Atlantic Mutual Companies"
A["wp-atlantic-mutual-insurance-company"] = dict(
 # the insurer -> Company 'Atlantic Mutual Insurance Company', aliases 'Atlantic Mutual' ('Atlantic Mutual was the
 # largest marine and general insurance firm') and 'Atlantic Insurance Company' ('founded in 1838 as': its first name,
 # GUIDELINES, Types); the Atlantic Mutual Companies (a group that 'includes' companies) and Centennial Insurance
 # Company -> Company; Walter Restored Jones, John Divine Jones, William H. H. Moore and Anton A. Raven -> Person; the
 # New York Historical Society -> Organization (a society, no business); Broadway ('140 Broadway': a street, as batch
 # 68u's Bowery), the World Trade Center (a named site, GUIDELINES, Types), New York City, North America, New York
 # ('New York state': the state, named by its name; doubtful: the entity's name is the state's name, the text's words
 # 'New York state') and the North Atlantic -> Location. No entity: 'The Jones family' (a family); 'Vessel Disasters'
 # (a clipping collection called 'a work', no service users use; doubtful); 'Union shipping' (a modifier); 'the Civil
 # War' (an event)
 entities=[E("Company", AM, "Atlantic Mutual", "Atlantic Insurance Company"), E("Company", AC),
           E("Company", "Centennial Insurance Company"), E("Location", "Broadway"), E("Location", "World Trade Center"),
           E("Person", "Walter Restored Jones"), E("Location", "New York City"), E("Location", "North America"),
           E("Location", "New York"), E("Location", "North Atlantic"), E("Person", "John Divine Jones"),
           E("Organization", "New York Historical Society"), E("Person", "William H. H. Moore"),
           E("Person", "Anton A. Raven")],
 # 'Its first chairman was Walter Restored Jones' -> chairman, current true (no leaving told, as batch 40zg's 'the
 # insurer's first chairman'; doubtful: 'first' of a post held in the 1840s, a reader might set it false); 'Atlantic
 # Mutual President John Divine Jones' (in 1874) -> president, current true (no end told; doubtful, as the first
 # chairman); 'William H. H. Moore served as president from 1895 to 1897, when he was succeeded by Anton A. Raven' ->
 # president for Moore, current false (a closed span and a successor), and president for Raven, current true (the
 # sentence on his retirement is cut off the text). Near-miss, no role: 'The Jones family ran the company' (a family)
 roles=[R("Walter Restored Jones", "chairman", AM), R("John Divine Jones", "president", AM),
        R("William H. H. Moore", "president", AM, False), R("Anton A. Raven", "president", AM)],
 # 'It is part of the Atlantic Mutual Companies, which includes Centennial Insurance Company' -> parentOrganization of
 # the insurer and of Centennial under the group ('part of', 'includes'). Near-misses, no relation: 'it became a mutual
 # company' (a change of form); 'the primary insurer of most Union shipping' (no named customer); 'provided the money
 # which established ... the New York Historical Society' (a president's gift, no organisation's tie)
 relations=[L(AM, "parentOrganization", AC), L("Centennial Insurance Company", "parentOrganization", AC)],
 outages=[],
 # 'founded in 1838', 'on April 11, 1842' -> the day, 'In 1852', 'In 1874', 'from 1895 to 1897' ('1895', '1897') ->
 # the years. No date: 'By the 1850s', 'During the 1850s' (a decade), 'for decades'
 dates=[D("1838", "1838"), D("April 11, 1842", "1842-04-11"), D("1852", "1852"), D("1874", "1874"),
        D("1895", "1895"), D("1897", "1897")])

# ---- retail, US: S. H. Kress & Co. ----------------------------------------------------------------------------------
KC = "S. H. Kress & Co."
GN = "Genesco, Inc."
A["wp-s-h-kress-and-co"] = dict(
 # the chain -> Company 'S. H. Kress & Co.', alias 'Kress' ('made Kress a target', 'Genesco, Inc. acquired Kress';
 # doubtful: 'Kress opened his first ... store' and 'Kress sold a house label ... He died in 1955' are the founder's
 # surname, and a surface form is listed once, so the company takes it as batch 68u's Ballantine did); Samuel Henry
 # Kress -> Person; 'the Romeo trademark' ('a house label of phonograph records') -> Service 'Romeo' (a label users
 # buy, as batch 68u's beer brand); Woolworth's, Rexall ('other national chains'), Genesco, Inc. (alias 'Genesco') and
 # McCrory Stores -> Company; the U.S. Supreme Court -> Organization (a court, GUIDELINES, Types); the United States,
 # Nanticoke, Pennsylvania, Nashville, Tennessee, Greensboro, North Carolina, the South ('the first civil rights
 # demonstrations in the South': a region; doubtful), Mississippi and Baton Rouge -> Location. No entity: '"Main
 # Street"' (a generic street in quotes); 'African Americans' (a people); 'Adickes v. S.H. Kress Co.' (a court case's
 # name; its 'S.H. Kress Co.' not listed as an alias, doubtful); 'S. H. Kress & Co. 5-10-25 Cent Stores' (the chain's
 # stores, the company's name already annotated)
 entities=[E("Company", KC, "Kress"), E("Location", "United States"), E("Person", "Samuel Henry Kress"),
           E("Location", "Nanticoke"), E("Location", "Pennsylvania"), E("Service", "Romeo"),
           E("Company", "Woolworth's"), E("Company", "Rexall"), E("Location", "Nashville"), E("Location", "Tennessee"),
           E("Location", "Greensboro"), E("Location", "North Carolina"), E("Location", "South"),
           E("Organization", "U.S. Supreme Court"), E("Location", "Mississippi"), E("Location", "Baton Rouge"),
           E("Company", GN, "Genesco"), E("Company", "McCrory Stores")],
 # 'a chain of "five and dime" retail department stores ..., established by Samuel Henry Kress' -> founder (one person
 # named alone, GUIDELINES, Roles, 'Founders'), current true (his death in 1955 ends no post the text names)
 roles=[R("Samuel Henry Kress", "founder", KC)],
 # 'In 1964 Genesco, Inc. acquired Kress' -> acquired + parent (a completed acquisition; ownership since ended is still
 # recorded, GUIDELINES, Relations); 'Kress sold a house label of phonograph records under the Romeo trademark' ->
 # provider(Romeo, the chain). Near-misses, no relation: 'The remaining Kress stores were sold to McCrory Stores on
 # January 1, 1981' (stores, an asset purchase, GUIDELINES, Relations; doubtful: a reader might give acquired and
 # parentOrganization, as the stores 'continued to operate under the Kress name'); 'along with Woolworth's, Rexall
 # and other national chains' (fellow targets, no tie); 'Genesco began liquidating Kress' (a winding-up)
 relations=b10.acq(GN, KC) + [L("Romeo", "provider", KC)],
 outages=[],
 # 'from 1896 to 1981' and 'established in 1896' ('1896', '1981', each once), 'in 1887', 'in 1955', 'the 1960 lunch
 # counter sit-ins' -> 1960, 'In 1964', 'in 1980', 'on January 1, 1981' -> the day, 'in 2001'. No date: 'the first
 # half of the 20th century' (a century), 'the 1920s and 1930s' (decades), '45 years later' (relative to an event's
 # year the text does not give)
 dates=[D("1896", "1896"), D("1981", "1981"), D("1887", "1887"), D("1955", "1955"), D("1960", "1960"),
        D("1964", "1964"), D("1980", "1980"), D("January 1, 1981", "1981-01-01"), D("2001", "2001")])

# ---- confectionery, US: New England Confectionery Company -----------------------------------------------------------
NC = "New England Confectionery Company"
CC = "Chase and Company"
A["wp-new-england-confectionery-company"] = dict(
 # the company -> Company 'New England Confectionery Company', aliases 'Necco' and 'NECCO' ('Necco (or NECCO) ... is
 # the acronym for'); American Capital, Chase and Company, Ball and Fobes and Bird, Wright and Company -> Company;
 # Necco Wafers (alias 'Necco Wafer': 'its one trillionth Necco Wafer candy'), Sweethearts Conversation Hearts, the
 # Clark Bar and Haviland Thin Mints -> Service (candy brands the company makes, as batch 68u's beer brand; Haviland
 # named only inside the product's name, GUIDELINES, Types); 'Oliver R.' -> Person (his only form in 'brothers Oliver
 # R. and Silas Edwin Chase', the first brother under the form the text gives him, as batch 60i's 'brothers James
 # and William Burchell'; doubtful), Silas Edwin Chase and Daniel Fobes -> Person; the Greater Boston area ('Greater
 # Boston'), the United States, Boston, Massachusetts and the Fort Point–South Boston Waterfront (a district, as batch
 # 68u's Midtown Manhattan) -> Location. No entity: 'the Chase brothers' (the two already annotated); 'the original
 # Necco family' (the three companies); 'American' (an adjective); 'sugar wafers' (goods, no brand)
 entities=[E("Company", NC, "Necco", "NECCO"), E("Location", "Greater Boston"), E("Company", "American Capital"),
           E("Location", "United States"), E("Service", "Necco Wafers", "Necco Wafer"),
           E("Service", "Sweethearts Conversation Hearts"), E("Service", "Clark Bar"),
           E("Service", "Haviland Thin Mints"), E("Company", CC), E("Person", "Oliver R."),
           E("Person", "Silas Edwin Chase"), E("Company", "Ball and Fobes"), E("Person", "Daniel Fobes"),
           E("Company", "Bird, Wright and Company"), E("Location", "Boston"), E("Location", "Massachusetts"),
           E("Location", "Fort Point\u2013South Boston Waterfront")],
 # 'Chase and Company, a company founded by brothers Oliver R. and Silas Edwin Chase in 1847' -> cofounder each (two
 # people named together, GUIDELINES, Roles, 'Founders'); 'Ball and Fobes, founded by confectioner Daniel Fobes in
 # 1848' -> founder (one person named alone); all current true (founders stay current). Necco itself: no founder
 # named ('created in 1901, by the merger of several small confectionery companies')
 roles=[R("Oliver R.", "cofounder", CC), R("Silas Edwin Chase", "cofounder", CC),
        R("Daniel Fobes", "founder", "Ball and Fobes")],
 # 'since December 2007, Necco has been owned by American Capital' -> acquired + parent (ownership from a named month:
 # a completed purchase, GUIDELINES, Relations, 'now owns'; doubtful: no 'bought' word, a reader might give
 # parentOrganization only); 'best known for its namesake candy, Necco Wafers, its seasonal Sweethearts Conversation
 # Hearts, and brands such as the Clark Bar and Haviland Thin Mints' -> provider for each of the four. Near-misses, no
 # relation: 'created in 1901, by the merger of several small confectionery companies' and the three companies that
 # 'joined forces with Chase and Company in 1901 to become the three members of the original Necco family' (a merger,
 # no buyer told, GUIDELINES, Relations; doubtful: a reader might make the three Necco's units); 'Necco dates its
 # origins to Chase and Company' (a predecessor, no ownership)
 relations=b10.acq("American Capital", NC)
           + [L(s, "provider", NC) for s in ("Necco Wafers", "Sweethearts Conversation Hearts", "Clark Bar",
                                             "Haviland Thin Mints")],
 outages=[],
 # 'created in 1901' and 'in 1901' ('1901', once), 'since December 2007' -> 2007-12, 'In fall 2010' -> 2010 (a season
 # -> the year, GUIDELINES, Dates; the text 'fall 2010'), 'in 1847', 'in 1848', 'in 1856' -> the years. No date: 'one
 # year later' (relative, published null)
 dates=[D("1901", "1901"), D("December 2007", "2007-12"), D("fall 2010", "2010"), D("1847", "1847"),
        D("1848", "1848"), D("1856", "1856")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
