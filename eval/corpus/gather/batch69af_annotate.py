#!/usr/bin/env python3
"""Gold annotations for batch 69af (session 63; gatherer lane 69af; round notes /tmp/gather69af/NOTES.md): three
company histories from English Wikipedia — the Bank for Savings in the City of New-York (a New York savings bank), the
Boston & Maine (a New England railroad) and Canada Dry (a ginger ale maker). Annotated from each text alone, by
eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split (sorted ids dealt test, train,
dev; b10.write_parts): test wp-bank-for-savings-in-the-city-of-new-york; train wp-boston-and-maine-corporation; dev
wp-canada-dry. No text tells an outage or a near-miss of one (a bankruptcy, a merger, passenger service given up,
purchases and sales are business events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-69ad): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founders are each `cofounder` ('Among its founders and first
directors were Thomas Eddy, ... and Brockholst Livingston'), one person named alone is `founder` ('Robert McLaughlin,
founder of McLaughlin Carriage and McLaughlin Motor Car', 'the Bank of America founded by Amadeo Giannini'); 'first
directors' -> director and 'served as the bank's first president' -> president, current true (no end told, as rounds
69ab and 69g); a founder's death told ('After McLaughlin's death') -> current false (as batch 69p); 'X acquired Y', 'Y
was purchased by X', 'X bought Y', 'Y was sold to X', 'costs of acquiring Y' -> acquired and parentOrganization
(GUIDELINES, Relations: completed acquisitions); 'Y is now part of X', 'Y is owned by X', "X's Y unit", 'bought Y
from X' (the seller) and 'spun-off from X' -> parentOrganization (owned-by and unit statements; past ownership still
recorded); a merger where the text does not say who buys whom -> nothing, the later name -> alias ('its name was
subsequently changed to Goldome'); 'came under the control of' a person -> no relation and no role (a person is no
organisation; no post named); an owner named by a possessive ("Timothy Mellon's Guilford Transportation Industries")
-> no role (no post named); subsidies from an authority -> nothing (no contract stated; doubtful); a named product
('Canada Dry Pale Ginger Ale') -> Service with provider; an event ('Prohibition'), an office ('the Governor General of
Canada', 'the Royal Household'), a slogan ('A BANK FOR THE POOR') and unnamed businesses ('its soft drink business',
'other major New England railroads') -> no entity; cities, states, provinces, countries and regions -> Location; a
public transport authority -> Organization; decades ('the 1930s'), centuries, spans in brackets ('(1819 - 1982)', as
batch 69ad's life years), relative years counted from another year ('three years later') and 'Today' -> no date;
'around 1910' and 'around 1960' -> the year (an approximate year a reader resolves; doubtful).
usage: batch69af_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- banking, US: The Bank for Savings in the City of New-York ------------------------------------------------------
BS = "Bank for Savings in the City of New-York"
WB = "William Bayard Jr."
BOA = "Bank of America"
FOUNDERS = ["Thomas Eddy", WB, "DeWitt Clinton", "Archibald Gracie", "Cadwallader D. Colden", "John Pintard",
            "Matthew Clarkson", "Peter Augustus Jay", "Brockholst Livingston"]
A["wp-bank-for-savings-in-the-city-of-new-york"] = dict(
 # the bank -> Company 'Bank for Savings in the City of New-York' (the name without the article 'The', which the text
 # capitalises at each sentence start), alias 'Goldome' ('its name was subsequently changed to Goldome': a later name,
 # GUIDELINES, Types; doubtful: the name came after the merger, and a reader might make Goldome the merged bank, a new
 # entity); the Buffalo Savings Bank and the Bank of America -> Company; the nine founders (Thomas Eddy alias 'Eddy',
 # William Bayard Jr. alias 'Bayard') and Amadeo Giannini -> Person; New York City and Europe -> Location. No entity:
 # '"A BANK FOR THE POOR,"' (a slogan the bank was advertised under); 'similar institutions in Europe' (unnamed)
 entities=[E("Company", BS, "Goldome"), E("Location", "New York City"), E("Location", "Europe"),
           E("Person", "Thomas Eddy", "Eddy"), E("Person", WB, "Bayard")]
          + [E("Person", p) for p in FOUNDERS[2:]]
          + [E("Company", BOA), E("Person", "Amadeo Giannini"), E("Company", "Buffalo Savings Bank")],
 # 'Among its founders and first directors were Thomas Eddy, William Bayard Jr., ... and Brockholst Livingston' ->
 # cofounder and director for each of the nine (named together as founders, GUIDELINES, Roles, 'Founders'; 'first
 # directors' -> director, current true: no end told, as round 69ab's first directors; doubtful: the bank 'is no
 # longer extant today', and a reader might mark every role past); 'Although many credit Eddy with founding the
 # institution' (the same founding, no further role); 'Bayard, who was also a director of the Bank of America' ->
 # director at Bank of America, current true; 'the Bank of America founded by Amadeo Giannini' -> founder (one person
 # named alone); "served as the bank's first president" -> president at the Bank for Savings, current true (no end
 # told, as round 69g's 'first president'; doubtful: 'served', past tense)
 roles=[R(p, "cofounder", BS) for p in FOUNDERS] + [R(p, "director", BS) for p in FOUNDERS]
       + [R(WB, "director", BOA), R("Amadeo Giannini", "founder", BOA), R(WB, "president", BS)],
 # 'It later merged with the Buffalo Savings Bank in 1982 and its name was subsequently changed to Goldome' -> nothing
 # (a merger where the text does not say who buys whom, GUIDELINES, Relations; the bank's later name an alias).
 # Near-misses, no relation: Bayard's seat at the Bank of America (a person's post, no link between the banks)
 relations=[],
 outages=[],
 # 'March 16, 1819' -> 1819-03-16, 'in 1982' -> 1982. No date: '(1819 - 1982)' (a span in brackets, as batch 69ad's
 # life years; its years given by the two items); 'today' ('no longer extant today', published null)
 dates=[D("March 16, 1819", "1819-03-16"), D("1982", "1982")])

# ---- railroads, US: Boston & Maine -----------------------------------------------------------------------------------
BM = "Boston & Maine"
GT = "Guilford Transportation Industries"
FR = "Fitchburg railroad"
A["wp-boston-and-maine-corporation"] = dict(
 # the railroad -> Company 'Boston & Maine' (the lead's name; the copy's title 'Boston & Maine Corporation' is not in
 # the text), alias 'B&M'; Guilford Transportation Industries (alias 'Guildford Transportation Industries', the lead's
 # spelling of the same owner) and the Fitchburg railroad (the name as written, lower-case 'railroad'; a railroad
 # company bought) -> Company; the Massachusetts Bay Transportation Authority (a public authority) -> Organization;
 # J. P. Morgan and Timothy Mellon -> Person; the U.S ('the U.S for a century', as written), New England, Boston,
 # Massachusetts, Portland, Maine and New York ('eastern New York', the state) -> Location. No entity: 'other major New
 # England railroads' (unnamed); 'anti-trust forces' (unnamed); 'The automobile'; 'Boston commuter service' and 'long
 # distance passenger service' (common descriptions, no name)
 entities=[E("Company", BM, "B&M"), E("Location", "New England"), E("Location", "U.S"),
           E("Company", GT, "Guildford Transportation Industries"), E("Location", "Boston"),
           E("Location", "Massachusetts"), E("Location", "Portland"), E("Location", "Maine"),
           E("Location", "New York"), E("Person", "J. P. Morgan"), E("Company", FR),
           E("Organization", "Massachusetts Bay Transportation Authority"), E("Person", "Timothy Mellon")],
 # no role: 'It came under the control of J. P. Morgan around 1910' (control, no post named); "Timothy Mellon's Guilford
 # Transportation Industries" (an owner by possessive, no post named; doubtful: a reader might give founder or other)
 roles=[],
 # 'It is now part of the Guildford Transportation Industries network' and 'the purchase and reorganization of the B&M
 # by Timothy Mellon's Guilford Transportation Industries in 1983' -> acquired(Guilford Transportation Industries,
 # Boston & Maine) + parentOrganization; 'costs of acquiring the Fitchburg railroad' -> acquired(Boston & Maine,
 # Fitchburg railroad) + parentOrganization (a completed purchase, told by its costs; doubtful: the acquiring is told
 # only as a cost). Near-misses, no relation: 'came under the control of J. P. Morgan' (a person); 'subsidies from the
 # Massachusetts Bay Transportation Authority' (funding, no contract or partnership stated; doubtful: a reader might
 # give partner); 'By 1883, B&M had gained control of other major New England railroads' (unnamed)
 relations=b10.acq(GT, BM) + b10.acq(BM, FR),
 outages=[],
 # 'in 1835', 'By 1883', 'in 1919', 'in 1970', 'in 1983' -> the years; 'around 1910' and 'around 1960' -> the year
 # (approximate; doubtful). No date: 'for a century' (a span); 'the late 19th and early 20th centuries'; 'the 1930s'
 # (a decade); 'now' (published null)
 dates=[D("1835", "1835"), D("1883", "1883"), D("1910", "1910"), D("1919", "1919"), D("1960", "1960"),
        D("1970", "1970"), D("1983", "1983")])

# ---- soft drinks: Canada Dry -----------------------------------------------------------------------------------------
CD = "Canada Dry"
JM = "John J. McLaughlin"
RM = "Robert McLaughlin"
NS = "Norton Simon Inc."
DP = "Dr Pepper"
DM = "Del Monte Foods"
CS = "Cadbury Schweppes"
DS = "Dr Pepper Snapple Group"
A["wp-canada-dry"] = dict(
 # the company -> Company 'Canada Dry' (the business, 'the company', bought and sold), alias 'Canada Dry Ginger Ale,
 # Inc.' ('formed Canada Dry Ginger Ale, Inc., a public company': the business's incorporated name; doubtful: a reader
 # might make the public company a new entity); 'Canada Dry Pale Ginger Ale' (the named drink) -> Service; John J.
 # McLaughlin (alias 'McLaughlin', the surname alone four times, always John), Robert McLaughlin and Norton Simon
 # (alias 'Simon', "Simon's other holdings") -> Person; McLaughlin Carriage, McLaughlin Motor Car, 'P. D. Saylor and
 # Associates' (the buyers' firm, the name without the revision's garbled 'Sam.' before it; doubtful), the McCall
 # Corporation, Hunt Foods, Norton Simon Inc., Dr Pepper, Forstmann Little & Company, R. J. Reynolds, Del Monte Foods,
 # RJR Nabisco (a name of its own, no link stated to R. J. Reynolds), Cadbury Schweppes and Dr Pepper Snapple Group ->
 # Company; Enniskillen, Ontario, Toronto, Canada ('a map of Canada'), New York and Manhattan -> Location. No entity:
 # 'the Royal Household of the Governor General of Canada' (an office's household, no business; its 'Canada' the
 # country's name, annotated once as Canada); 'Prohibition' (an era); 'the McLaughlin family' (a family); 'its soft
 # drink business' (unnamed)
 entities=[E("Person", JM, "McLaughlin"), E("Location", "Enniskillen"), E("Location", "Ontario"),
           E("Location", "Toronto"), E("Person", RM), E("Company", "McLaughlin Carriage"),
           E("Company", "McLaughlin Motor Car"), E("Service", "Canada Dry Pale Ginger Ale"), E("Location", "Canada"),
           E("Location", "New York"), E("Location", "Manhattan"), E("Company", "P. D. Saylor and Associates"),
           E("Company", CD, "Canada Dry Ginger Ale, Inc."), E("Person", "Norton Simon", "Simon"),
           E("Company", "McCall Corporation"), E("Company", "Hunt Foods"), E("Company", NS), E("Company", DP),
           E("Company", "Forstmann Little & Company"), E("Company", "R. J. Reynolds"), E("Company", DM),
           E("Company", "RJR Nabisco"), E("Company", CS), E("Company", DS)],
 # 'Robert McLaughlin, founder of McLaughlin Carriage and McLaughlin Motor Car' -> founder at each (one person named
 # alone), current true (no end told); 'John J. McLaughlin ... opened a carbonated water plant in Toronto' with 'After
 # McLaughlin's death, the company was run briefly by ...' -> founder at Canada Dry, current false (the business's
 # beginning told of one person; his death told, as batch 69p; doubtful: 'opened a plant' and 'created' are not
 # 'founded', and a reader might give no role). No role: Norton Simon ('took an interest in the company': no post)
 roles=[R(RM, "founder", "McLaughlin Carriage"), R(RM, "founder", "McLaughlin Motor Car"), R(JM, "founder", CD, False)],
 # 'In 1904, McLaughlin created "Canada Dry Pale Ginger Ale"' -> provider(Canada Dry Pale Ginger Ale, Canada Dry);
 # 'P. D. Saylor and Associates who bought the business from the McLaughlin family in 1923' -> acquired + parent;
 # 'it merged with Simon's other holdings ... to form Norton Simon Inc.' with 'Dr Pepper bought Canada Dry from Norton
 # Simon in 1982' -> parentOrganization(Canada Dry, Norton Simon Inc.) (the seller's ownership, as batch 69p's seller;
 # no acquired: a merger with no buyer named; the McCall Corporation and Hunt Foods, merged away -> nothing;
 # doubtful); 'Dr Pepper bought Canada Dry' -> acquired + parent; 'Dr Pepper was acquired by Forstmann Little &
 # Company' -> acquired + parent; "Canada Dry was sold to R. J. Reynolds' Del Monte Foods unit" -> acquired(Del Monte
 # Foods, Canada Dry) + parent, and parentOrganization(Del Monte Foods, R. J. Reynolds) ("X's Y unit"); 'Canada Dry
 # is owned by Dr Pepper Snapple Group' -> parentOrganization; 'which was spun-off from Cadbury Schweppes in 2008' ->
 # parentOrganization(Dr Pepper Snapple Group, Cadbury Schweppes) (a past parent, recorded; doubtful). Near-misses,
 # no relation: 'RJR Nabisco sold its soft drink business to Cadbury Schweppes in 1986' (the business unnamed; a
 # reader might give acquired(Cadbury Schweppes, Canada Dry), doubtful); R. J. Reynolds and RJR Nabisco (no link
 # stated)
 relations=[L("Canada Dry Pale Ginger Ale", "provider", CD)] + b10.acq("P. D. Saylor and Associates", CD)
           + [L(CD, "parentOrganization", NS)] + b10.acq(DP, CD) + b10.acq("Forstmann Little & Company", DP)
           + b10.acq(DM, CD) + [L(DM, "parentOrganization", "R. J. Reynolds"), L(CD, "parentOrganization", DS),
           L(DS, "parentOrganization", CS)],
 outages=[],
 # 'In 1890', 'In 1904', 'in 1919', 'in 1923', 'in 1964', 'in 1982', 'In 1984', 'in 1986', 'in 2008' -> the years.
 # No date: 'three years later' (counted from 1904, not from `published`; published null); 'the 1930s', 'the 1950s'
 # (decades); 'Today' (published null)
 dates=[D("1890", "1890"), D("1904", "1904"), D("1919", "1919"), D("1923", "1923"), D("1964", "1964"),
        D("1982", "1982"), D("1984", "1984"), D("1986", "1986"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
