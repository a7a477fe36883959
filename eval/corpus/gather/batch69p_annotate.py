#!/usr/bin/env python3
"""Gold annotations for batch 69p (session 63; gatherer lane 69p; round notes /tmp/gather69p/NOTES.md): three company
histories from English Wikipedia (batch69p.py) — Sealtest Dairy (dairy, US), Tastykake (baking, US) and Drake's Cakes
(baking, US). Annotated from each text alone by GUIDELINES.md; newskg (or any extractor) was not run on any text.
`published` is null for all three (Wikipedia pages carry no date), so only absolute time expressions are dated. No text
tells an outage (purchases, sales, a property sale, a franchise and a licence are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69j): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as founding a company are each `cofounder` ('Established in 1914 by
Philip J. Baur and Herbert T. Morris'), current true with no leaving told; one person named alone is `founder`
('founded by Newman E. Drake'; 'founded and operated by Vernon F. Hovey', current false: 'After his death'); 'X was a
vice president for the business, but he sold his interest and retired in 1907' -> vice-president, current false
(GUIDELINES, Roles: retired -> false); brothers 'working with him', sons who 'worked in the business', a man who
'joined' a company as 'a salesman' and 'a career in bakery management' -> no role (no post named, as batches
60f-69j); 'was acquired ... by Y', 'were bought up by Y', 'is now owned by Y' -> acquired and parentOrganization
(GUIDELINES, Relations: completed acquisitions, 'now owns'); 'acquired from X' -> parentOrganization(the thing, X) (a
seller's past ownership, as batch 68n's seller); 'Formerly a division of X', 'a subsidiary of X', 'a Y brand' (of
the subject) -> parentOrganization; a property sale, a bakery sold with no name, an operation 'purchased from' a
dairy with no buyer told and a licence with no licensor named -> nothing (asset purchases; GUIDELINES, Relations);
products a company 'makes' or 'manufactures' -> Service with provider; a brand that the text also tells as a division
that produced goods, ran plants and was founded as a company -> Company (Sealtest Dairy, doubtful), and a company the
text calls 'a brand' and 'The company' -> Company (Drake's, doubtful); former names -> aliases (GUIDELINES, Types:
'began as The N.E. Drake Baking Company', 'formerly the Philadelphia Naval Shipyard'); a navy yard, streets, avenues,
a neighbourhood and regions -> Location; adjectives ('American', 'midwestern', 'northeastern') -> no entity; decades
('the late 1940s') -> no date; 'now', 'currently', 'At some point' -> no date.
usage: batch69p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- dairy, US: Sealtest Dairy ---------------------------------------------------------------------------------------
SD = "Sealtest Dairy"
ND = "National Dairy Products Corporation"
GH = "Good Humor-Breyers"
A["wp-sealtest-dairy"] = dict(
 # the subject -> Company 'Sealtest Dairy', aliases 'Sealtest' ('Sealtest had milk and ice cream plants', 'the Sealtest
 # brand') and 'Sealtest Dairy Company' ('was founded and operated by Vernon F. Hovey') (the text tells it as a brand,
 # as 'a division ... it produced milk' and as a founded company; doubtful: a reader might make the brand a Service and
 # the Sealtest Dairy Company its own Company); Good Humor-Breyers, National Dairy Products Corporation (alias 'National
 # Dairy Co.': the short name of the same firm; doubtful), Kraft Foods (alias 'Kraft': 'acquired from Kraft'; doubtful:
 # the text calls National Dairy the 'precursor to Kraft Foods', and a reader might fold all three names into one
 # firm), Agropur, Luick Dairy (alias 'Luick'), Breyers ('along with Breyers': a brand acquired as the subject was;
 # doubtful: a reader might type it Service), Unilever, Milkco, Inc. and Ingles -> Company; 'Quality Chekd' -> Service
 # (a dairy brand, no maker told); Vernon F. Hovey and Martin Luther King Jr. -> Person; Delaware, Canada, the United
 # States, Chicago, Milwaukee, Cleveland, La Crosse, Wisconsin, Huntington, Indiana, Rockford, Illinois, Philadelphia,
 # Pittsburgh, Baltimore, New York City, Nashville, New York ('the state of New York'), Asheville and North Carolina ->
 # Location. No entity: 'I've Been to the Mountaintop' (a speech, an event); 'Mid-South' (an adjective of operations;
 # doubtful); 'his two sons' (unnamed); 'various companies in Canada', 'local milk bottlers' (unnamed)
 entities=[E("Company", SD, "Sealtest", "Sealtest Dairy Company"), E("Company", GH),
           E("Company", ND, "National Dairy Co."), E("Company", "Kraft Foods", "Kraft"), E("Location", "Delaware"),
           E("Location", "Canada"), E("Company", "Agropur"), E("Location", "United States"), E("Location", "Chicago"),
           E("Location", "Milwaukee"), E("Location", "Cleveland"), E("Location", "La Crosse"),
           E("Location", "Wisconsin"), E("Location", "Huntington"), E("Location", "Indiana"),
           E("Location", "Rockford"), E("Location", "Illinois"), E("Location", "Philadelphia"),
           E("Location", "Pittsburgh"), E("Location", "Baltimore"), E("Location", "New York City"),
           E("Location", "Nashville"), E("Company", "Luick Dairy", "Luick"), E("Service", "Quality Chekd"),
           E("Person", "Vernon F. Hovey"), E("Location", "New York"), E("Person", "Martin Luther King Jr."),
           E("Company", "Breyers"), E("Company", "Unilever"), E("Company", "Milkco, Inc."),
           E("Location", "Asheville"), E("Location", "North Carolina"), E("Company", "Ingles")],
 # 'Sealtest Dairy Company was founded and operated by Vernon F. Hovey. After his death ...' -> founder (one person
 # named alone), current false (his death told; doubtful: no leaving word). No role: 'They ran the business' (his sons,
 # unnamed); Martin Luther King Jr. (a speaker, no post)
 roles=[R("Vernon F. Hovey", "founder", SD, False)],
 # 'a Good Humor-Breyers brand' -> parentOrganization(Sealtest Dairy, Good Humor-Breyers) (doubtful: a reader might give
 # Service + provider); 'Formerly a division of National Dairy Products Corporation' -> parentOrganization (past,
 # recorded); 'Luick ... were bought up by National Dairy Co.' -> acquired + parentOrganization; 'acquired from Kraft
 # (along with Breyers) in 1993 by Unilever' -> acquired(Unilever, Sealtest Dairy) and acquired(Unilever, Breyers), each
 # with parentOrganization, and parentOrganization(each, Kraft Foods) (the seller's past ownership); 'Milkco, Inc. ...
 # a subsidiary of Ingles' -> parentOrganization. Near-misses, no relation: 'precursor to Kraft Foods' (an earlier form,
 # no ownership); 'used by various companies in Canada under license (now held by Agropur)' (a licence, the licensor not
 # named; doubtful: a reader might give partner(Agropur, Sealtest Dairy)); 'The Milwaukee operation was purchased from
 # ... Luick Dairy' (an operation, the buyer not named); 'local milk bottlers bought the rights to the Sealtest name'
 # (unnamed buyers); 'produced and packaged by Milkco, Inc.' (contract production of the brand's milk; doubtful: a
 # reader might give partner); 'much like the 'Quality Chekd' dairy brand' (a comparison)
 relations=[L(SD, "parentOrganization", GH), L(SD, "parentOrganization", ND)] + b10.acq(ND, "Luick Dairy")
           + b10.acq("Unilever", SD) + b10.acq("Unilever", "Breyers")
           + [L(SD, "parentOrganization", "Kraft Foods"), L("Breyers", "parentOrganization", "Kraft Foods"),
              L("Milkco, Inc.", "parentOrganization", "Ingles")],
 outages=[],
 # 'in 1993' -> the year. No date: 'in the late 1940s or after' (a decade); 'later', 'originally', 'currently'
 dates=[D("1993", "1993")])

# ---- baking, US: Tastykake ------------------------------------------------------------------------------------------
TB = "Tasty Baking Company"
PY = "Philadelphia Navy Yard"
A["wp-tastykake"] = dict(
 # 'Tastykake' -> Service (a line of snack foods, the products users buy); the Tasty Baking Company (alias 'Tasty
 # Baking'), John Padgett Associates, Metro Development Company and the Ward Baking Company (alias 'Ward') -> Company;
 # Philip J. Baur (alias 'Baur') and Herbert T. Morris (alias 'Morris') -> Person; the Philadelphia Navy Yard (alias
 # 'Philadelphia Naval Shipyard': 'formerly', the same site's old name; a site, GUIDELINES, Types), Philadelphia,
 # Pennsylvania, the East Coast, Florida, the United States, Hunting Park Avenue, Fox Street, Germantown, Sedgley Avenue
 # and Pittsburgh -> Location. No entity: 'the Philadelphia metropolitan area' (the city's area; Philadelphia is
 # annotated; doubtful); 'Morris's wife' (unnamed); 'A Boston student' (cut); 'Varieties' (no names in the text)
 entities=[E("Service", "Tastykake"), E("Company", TB, "Tasty Baking"),
           E("Location", PY, "Philadelphia Naval Shipyard"), E("Location", "Philadelphia"),
           E("Location", "Pennsylvania"), E("Person", "Philip J. Baur", "Baur"),
           E("Person", "Herbert T. Morris", "Morris"), E("Location", "East Coast"), E("Location", "Florida"),
           E("Location", "United States"), E("Company", "John Padgett Associates"),
           E("Company", "Metro Development Company"), E("Location", "Hunting Park Avenue"), E("Location", "Fox Street"),
           E("Location", "Germantown"), E("Location", "Sedgley Avenue"), E("Location", "Pittsburgh"),
           E("Company", "Ward Baking Company", "Ward")],
 # 'Established in 1914 by Philip J. Baur and Herbert T. Morris' and 'Philip J. Baur and Herbert T. Morris founded the
 # company' -> cofounder each (two people named together), current true (no leaving told). No role: 'the partners'
 # (partners of the founding, no post beyond it)
 roles=[R("Philip J. Baur", "cofounder", TB), R("Herbert T. Morris", "cofounder", TB)],
 # 'Tastykake is a line of snack foods manufactured by the Tasty Baking Company' -> provider(Tastykake, Tasty Baking
 # Company). Near-misses, no relation: 'a purchase-and-sale agreement with John Padgett Associates and its guarantor,
 # Metro Development Company, for the sale of its Philadelphia bakery property' (a property sale, an asset; 'its
 # guarantor' a surety, no partnership told; doubtful: a reader might give partner(John Padgett Associates, Metro
 # Development Company)); 'opened a bakery in the Pittsburgh area, selling it to the Ward Baking Company in 1913' (an
 # unnamed bakery sold by two people: no Company target)
 relations=[L("Tastykake", "provider", TB)],
 outages=[],
 # 'in 1914', 'In April 2010', 'in 1913', 'In November 1913' -> their values (each its own text). No date: 'now'
 dates=[D("1914", "1914"), D("April 2010", "2010-04"), D("1913", "1913"), D("November 1913", "1913-11")])

# ---- baking, US: Drake's Cakes --------------------------------------------------------------------------------------
DR = "Drake's"
ND2 = "Newman E. Drake"
A["wp-drakes-cakes"] = dict(
 # the subject -> Company "Drake's" (the text's own name: 'Drake's is a brand ... The company was founded ... as The
 # N.E. Drake Baking Company, but it is now owned by McKee Foods'), alias 'The N.E. Drake Baking Company' (its first
 # name, 'Drake's brand began as'; GUIDELINES, Types: former names are aliases; doubtful: a reader might make the brand
 # a Service and The N.E. Drake Baking Company its maker); McKee Foods, the National Biscuit Company and Vanderveer and
 # Holmes Biscuit Company -> Company; the Orthodox Union -> Organization (a certifying body); Devil Dogs, Funny Bones,
 # Coffee Cakes, Ring Dings and Yodels -> Service (products); Newman E. Drake (aliases 'Newman Drake', 'Newman'), Judson
 # and Charles (the fullest forms the text gives) -> Person; Harlem, New York City (alias 'New York': 'in Harlem, New
 # York'; doubtful: the state might be meant), the Northeastern U.S., the Mid-Atlantic, the Southeastern U.S., West
 # 135th Street ('36-38 West 135th Street') and Brooklyn -> Location. No entity: 'American' (an adjective); 'all four of
 # Newman's sons' (unnamed); 'this cracker business' (the named company, no new entity)
 entities=[E("Company", DR, "The N.E. Drake Baking Company"), E("Person", ND2, "Newman Drake", "Newman"),
           E("Location", "Harlem"), E("Location", "New York City", "New York"), E("Company", "McKee Foods"),
           E("Service", "Devil Dogs"), E("Service", "Funny Bones"), E("Service", "Coffee Cakes"),
           E("Service", "Ring Dings"), E("Service", "Yodels"), E("Location", "Northeastern U.S."),
           E("Location", "Mid-Atlantic"), E("Location", "Southeastern U.S."), E("Organization", "Orthodox Union"),
           E("Location", "West 135th Street"), E("Person", "Judson"), E("Person", "Charles"), E("Location", "Brooklyn"),
           E("Company", "National Biscuit Company"), E("Company", "Vanderveer and Holmes Biscuit Company")],
 # 'The company was founded by Newman E. Drake in 1896' and 'founded by Newman E. Drake' -> founder (one person named
 # alone), current true (no leaving told); 'Charles was a vice president for the Brooklyn business, but he sold his
 # interest and retired in 1907' -> vice-president of Drake's, current false (retired; doubtful: 'the Brooklyn business'
 # is 'the later business in Brooklyn', which a reader might take for another firm). No role: 'Judson was working with
 # him at the founding' (no post; not a founder in the text's words); 'a long and well-regarded career in bakery
 # management' at the National Biscuit Company (no post named; doubtful: 'management' might read as executive); 'he
 # joined Vanderveer and Holmes Biscuit Company ... a salesman' (a job, no senior post)
 roles=[R(ND2, "founder", DR), R("Charles", "vice-president", DR, False)],
 # 'it is now owned by McKee Foods' -> acquired + parentOrganization (GUIDELINES, Relations: 'now owns' is a completed
 # acquisition); 'The company makes snack cake products, such as Devil Dogs, Funny Bones, Coffee Cakes, Ring Dings, and
 # Yodels' -> provider(each, Drake's). Near-misses, no relation: 'made under the Orthodox Union kosher certification
 # guidelines' (a certification, no partnership); 'Judson left the business in 1898 for the National Biscuit Company' (a
 # person's move)
 relations=b10.acq("McKee Foods", DR)
           + [L(p, "provider", DR) for p in ("Devil Dogs", "Funny Bones", "Coffee Cakes", "Ring Dings", "Yodels")],
 outages=[],
 # 'in 1896' and 'November 14, 1896' (its own text), 'in 2016', 'in 1898', 'in 1907', 'In 1888', 'by 1894' -> their
 # values. No date: 'now', 'At some point', 'traditionally'
 dates=[D("1896", "1896"), D("2016", "2016"), D("November 14, 1896", "1896-11-14"), D("1898", "1898"),
        D("1907", "1907"), D("1888", "1888"), D("1894", "1894")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
