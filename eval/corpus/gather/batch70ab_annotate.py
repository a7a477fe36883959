#!/usr/bin/env python3
"""Batch 70ab gold annotations (session 64; the texts of batch70ab.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-70v; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'from the 19th century through
to the 1970s', 'the early 1850s', 'the 1960s', 'the 1920s', 'the early 1980s', 'the 1930s' (centuries and decades) and
'for over 100 years' (a span) left out. No text tells an outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70v): 'Georges Australia Ltd bought Ball & Welch in
1970' and 'his heirs sold the company to English confectioner Cadbury' -> acquired and parentOrganization (completed
sales of the company); 'Cadbury, which in 1969 merged with Schweppes Australia to become Cadbury Schweppes Australia'
-> nothing (a merger with no buyer named, as batch 70v's Mitsukoshi and Isetan); 'Cadbury Schweppes separated from its
beverage business and became Cadbury Australia' -> the later names of the merged company as its aliases (doubtful: a
demerger's successor on another reading); 'It was extended in 1911 with the purchase of the adjoining Commercial
Travellers' Club' -> nothing (a building bought, not the club's business; doubtful); 'owns the Tokyo Yakult Swallows
baseball team' -> parentOrganization (GUIDELINES: "now owns"); products the text names as a company's ('the former
company's products including: Freddo, Old Gold, Snack, Columbines and Cherry Ripe', which 'The newly merged company
continued to manufacture'; 'its flagship product, Yakult') -> Service with provider their maker (as batch 70y's
typewriter models), the confectionery products provided by MacRobertson's and by Cadbury Schweppes Australia both
(doubtful: the later maker only on another reading); 'Carlos Kasuga ... founded Yakult Mexico' -> founder, no relation
to Yakult Honsha (none stated); an architects' firm that designed a store -> Company, no relation. Founders (GUIDELINES
part 2, Roles, 'Founders'): 'founded by Charles Ball ... and his nephew, W.H. Welch' -> cofounder each (the joint
construction); 'founded in 1880 by Sir Macpherson Robertson' and 'Carlos Kasuga ... founded Yakult Mexico' -> founder;
all current true (as batches 56b-70v). No role: 'a bacterial strain discovered by Minoru Shirota' (the text does not
say he founded the company; doubtful), 'his heirs' (unnamed). Types: the text's other names of a company ('Ball &
Welch'; 'the MacRobertson's Steam Confectionery Works') -> aliases; a surname alone ('Robertson') -> an alias of the
person; 'Sir' left out of the name; a baseball team and a club ('Tokyo Yakult Swallows', "Commercial Travellers'
Club") -> Organization; newspapers ('the Financial Times', 'The Japan Times') -> Company (GUIDELINES, Types: news
organisations); 'Yakult' -> Service throughout (the product named first; 'Since 1963, Yakult has employed women' read
as the brand's sellers; doubtful: the company on another reading); streets, suburbs, shopping centres, an airport,
ranges, towns, counties, states and countries -> Location; 'The Goldfields' (a region named generically), 'Faraday,
Drummond and University streets' (parts of names), 'Yakult ladies', 'Yakult aunties', 'Shirota-ism', demonyms
('English', 'Japanese') -> no entity.
usage: batch70ab_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, Australia: Ball & Welch (an IPFS copy) ------------------------------------------------------------------
BW, GA = "Ball & Welch Pty Ltd.", "Georges Australia Ltd"
A["wp-ball-and-welch"] = dict(
 # the store business -> Company 'Ball & Welch Pty Ltd.' (alias 'Ball & Welch'); Reed Smart & Tappin (architects),
 # Georges Australia Ltd -> Company; "Commercial Travellers' Club" -> Organization; Charles Ball, W.H. Welch ->
 # Person; Melbourne, Australia, Frome, Somerset, England, Forest Creek, Vaughan Springs, Castlemaine, Carlton,
 # Flinders Street, Flinders Lane, Dandenong Ranges, Sydney, Frankston, Camberwell, Eastland, Southland, 'Melbourne
 # International airport', Essendon -> Location. No entity: 'The Goldfields', 'Faraday, Drummond and University
 # streets', "'Ball & Welch gift store'" (a shop of the company, not a name of its own)
 entities=[E("Company", BW, "Ball & Welch"), E("Location", "Melbourne"), E("Location", "Australia"),
           E("Person", "Charles Ball"), E("Location", "Frome"), E("Location", "Somerset"), E("Location", "England"),
           E("Person", "W.H. Welch"), E("Location", "Forest Creek"), E("Location", "Vaughan Springs"),
           E("Location", "Castlemaine"), E("Location", "Carlton"), E("Location", "Flinders Street"),
           E("Company", "Reed Smart & Tappin"), E("Organization", "Commercial Travellers' Club"),
           E("Location", "Flinders Lane"), E("Location", "Dandenong Ranges"), E("Location", "Sydney"),
           E("Location", "Frankston"), E("Location", "Camberwell"), E("Location", "Eastland"),
           E("Location", "Southland"), E("Location", "Melbourne International airport"), E("Location", "Essendon"),
           E("Company", GA)],
 # 'This drapery business was founded by Charles Ball ... and his nephew, W.H. Welch' -> cofounder each (GUIDELINES:
 # 'founded by A and B'), current true
 roles=[R("Charles Ball", "cofounder", BW), R("W.H. Welch", "cofounder", BW)],
 # 'Georges Australia Ltd bought Ball & Welch in 1970' -> acquired and parentOrganization. Near-misses, no relation:
 # 'with the purchase of the adjoining Commercial Travellers' Club' (a building; doubtful), 'designed by architects
 # Reed Smart & Tappin' (a designer of a building)
 relations=[L(GA, "acquired", BW), L(BW, "parentOrganization", GA)],
 outages=[],
 # '1861', '1882', '1874', '1899', '1911', '1928', '1913', '1924', '1941', '1970', '1976'; left out: 'the 19th
 # century', 'the 1970s', 'the early 1850s', 'the 1960s'
 dates=[D("1861", "1861"), D("1882", "1882"), D("1874", "1874"), D("1899", "1899"), D("1911", "1911"),
        D("1928", "1928"), D("1913", "1913"), D("1924", "1924"), D("1941", "1941"), D("1970", "1970"),
        D("1976", "1976")])

# ---- confectionery, Australia: MacRobertson's (ipfs.io's IPFS copy) -------------------------------------------------
MR, CSA = "MacRobertson's", "Cadbury Schweppes Australia"
PRODUCTS = ["Freddo", "Old Gold", "Snack", "Columbines", "Cherry Ripe"]
A["wp-macrobertsons"] = dict(
 # the company -> Company "MacRobertson's" (alias "MacRobertson's Steam Confectionery Works"); Cadbury, Schweppes
 # Australia, Cadbury Schweppes Australia (aliases 'Cadbury Schweppes', 'Cadbury Australia'; doubtful) -> Company;
 # Macpherson Robertson ('Robertson') -> Person; the five products -> Service; Australia, Fitzroy, Ringwood, Victoria
 # -> Location. No entity: 'English', 'his heirs', 'its beverage business' (unnamed)
 entities=[E("Company", MR, "MacRobertson's Steam Confectionery Works"), E("Location", "Australia"),
           E("Person", "Macpherson Robertson", "Robertson"), E("Location", "Fitzroy"), E("Location", "Ringwood"),
           E("Location", "Victoria"), E("Company", "Cadbury"), E("Company", "Schweppes Australia"),
           E("Company", CSA, "Cadbury Schweppes", "Cadbury Australia")] + [E("Service", p) for p in PRODUCTS],
 # 'The company was founded in 1880 by Sir Macpherson Robertson' -> founder, current true
 roles=[R("Macpherson Robertson", "founder", MR)],
 # 'in 1967 his heirs sold the company to English confectioner Cadbury' -> acquired and parentOrganization; the
 # products -> provider MacRobertson's ('the former company's products') and Cadbury Schweppes Australia ('continued
 # to manufacture'; doubtful). Near-misses, no relation: 'merged with Schweppes Australia to become Cadbury Schweppes
 # Australia' (a merger, no buyer), 'continues to operate the former company's factory in Ringwood' (a site)
 relations=[L("Cadbury", "acquired", MR), L(MR, "parentOrganization", "Cadbury")]
           + [L(p, "provider", MR) for p in PRODUCTS] + [L(p, "provider", CSA) for p in PRODUCTS],
 outages=[],
 # '1880', '1945', '1967', '1969', '2002', '2009'; left out: 'for over 100 years' (a span)
 dates=[D("1880", "1880"), D("1945", "1945"), D("1967", "1967"), D("1969", "1969"), D("2002", "2002"),
        D("2009", "2009")])

# ---- food and drink, Japan: Yakult Honsha (an IPFS copy) ------------------------------------------------------------
YH = "Yakult Honsha"
A["wp-yakult-honsha"] = dict(
 # the company -> Company 'Yakult Honsha'; the drink 'Yakult' -> Service; Minoru Shirota, Carlos Kasuga -> Person;
 # Tokyo Yakult Swallows -> Organization; Financial Times, The Japan Times, Yakult Mexico -> Company; Japan, Mexico ->
 # Location. No entity: 'Yakult ladies', 'Yakult aunties' (sellers), 'Shirota-ism', 'a criminal syndicate', 'an
 # advertising company' (unnamed)
 entities=[E("Company", YH), E("Service", "Yakult"), E("Person", "Minoru Shirota"),
           E("Organization", "Tokyo Yakult Swallows"), E("Company", "Financial Times"), E("Location", "Japan"),
           E("Person", "Carlos Kasuga"), E("Location", "Mexico"), E("Company", "Yakult Mexico"),
           E("Company", "The Japan Times")],
 # 'Carlos Kasuga ... founded Yakult Mexico' -> founder, current true. No role: 'a bacterial strain discovered by
 # Minoru Shirota' (doubtful: no founding told of him)
 roles=[R("Carlos Kasuga", "founder", "Yakult Mexico")],
 # 'its flagship product, Yakult' -> provider; 'owns the Tokyo Yakult Swallows baseball team' -> parentOrganization.
 # Near-misses, no relation: Yakult Mexico (no owner stated), 'what the Financial Times called', 'The Japan Times
 # reported' (reporting)
 relations=[L("Yakult", "provider", YH), L("Tokyo Yakult Swallows", "parentOrganization", YH)],
 outages=[],
 # '1935', '1963', '1973', '2009', '1998', '2000'; left out: 'the 1920s', 'the early 1980s', 'the 1930s'
 dates=[D("1935", "1935"), D("1963", "1963"), D("1973", "1973"), D("2009", "2009"), D("1998", "1998"),
        D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
