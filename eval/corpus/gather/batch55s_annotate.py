#!/usr/bin/env python3
"""Batch 55s gold annotations (the texts of batch55s.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). Both are Wikipedia texts with `published` null: only absolute
dates (GUIDELINES.md, Dates); 'the 1860s' and 'the early 1980s' (decades, as batches 55f and 55i left them out), 'the
second half of the 19th century' and 'much of the 20th century' (spans with no calendar value) and 'since 1942' (kept
as the year '1942', written out) are the calls on time. No text tells an outage (or a near-miss of one), so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40v, 40za-40zg, 54zu, 55e, 55f, 55n): a
company 'acquired', 'bought', 'purchased' -> acquired + parentOrganization(target, buyer) (ownership that ended kept:
relations carry no time); a company 'entered into a reverse takeover of' another -> acquired + parentOrganization in
the direction written (as batch 40o's Tucows and 40t's Daisy Group reverse takeovers; doubtful, see the item); a
business bought 'from' a named group -> parentOrganization(business, seller) as well (past ownership stated); a stake
of 70% sold to a buyer -> acquired + parentOrganization(business, buyer) (a bought majority read as control, as batch
55e's MarketPrizm; doubtful); an unnamed 'construction arm', a motorhome and an investment in a school -> nothing
(assets, an unnamed unit, no stake or partnership stated); a company 'known for their work for' a named university ->
partner (a stated supplier/customer relation; doubtful); 'founded by A and B' -> cofounder each, 'founded ... by A'
-> founder, current true (founders stay founders); 'stepped down as group chief executive and became ... new
executive chairman' -> ceo current false and chairman current true (GUIDELINES, Roles: executive chairman ->
chairman); 'Chief financial officer X was promoted to chief executive' -> cfo current false (the post left on
promotion; doubtful) and ceo current true; a stock exchange -> Company, the FTSE 250 Index (a stock index) -> no
entity; universities and a school academy -> Organization; a square and a district of a city -> Location (as batch
55n's Leg Street); adjectives ('British') -> no entity, a country's name in a possessive ("Malaysia's") -> Location;
a company's divisions named by their fields ('Construction & Infrastructure, Fit Out, ...') -> no entity (generic
names).
usage: batch55s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- construction, UK: Morgan Sindall Group -------------------------------------------------------------------------
MS = "Morgan Sindall Group plc"
WS = "William Sindall plc"
HF = "Hinkins & Frewin"
LP = "Lovell Partnerships"
A["wp-morgan-sindall"] = dict(
 # the construction group -> Company 'Morgan Sindall Group plc', aliases 'Morgan Sindall Group' ('Morgan Sindall Group
 # purchased') and 'Morgan Sindall' ('Morgan Sindall bought'); the London Stock Exchange -> Company; Overbury ('a fit
 # out contractor'), William Sindall plc (alias 'William Sindall'), Hinkins & Frewin ('a company established in 1847'),
 # Lovell Partnerships, the Lovell Group and AMEC -> Company; John Morgan and Jack Lovell -> Person; the University of
 # Cambridge and the University of Oxford -> Organization; London, Golden Square (a square in Soho; doubtful: a reader
 # might leave a square out), Soho, Oxford, Cambridge, Banbury, Rugby, Fareham -> Location; the FTSE 250 Index (a stock
 # index), the six divisions named by their fields ('Construction & Infrastructure, Fit Out, Property Services,
 # Partnership Housing, Urban Regeneration and Investments': generic names, not named units), 'the construction arm of
 # AMEC' and 'a private housebuilding division' (unnamed), William Sindall's unnamed founder -> nothing
 entities=[E("Company", MS, "Morgan Sindall Group", "Morgan Sindall"), E("Location", "London"),
           E("Company", "London Stock Exchange"), E("Person", "John Morgan"), E("Person", "Jack Lovell"),
           E("Location", "Golden Square"), E("Location", "Soho"), E("Company", "Overbury"),
           E("Company", WS, "William Sindall"), E("Organization", "University of Cambridge"), E("Company", HF),
           E("Organization", "University of Oxford"), E("Location", "Oxford"), E("Location", "Cambridge"),
           E("Location", "Banbury"), E("Location", "Rugby"), E("Location", "Fareham"), E("Company", LP),
           E("Company", "Lovell Group"), E("Company", "AMEC")],
 # 'The company was founded by John Morgan and Jack Lovell with 1,000 pounds from joint savings in 1977' -> cofounder
 # each, current true (founders stay founders; John Morgan's post of chief executive is only in the cut infobox, so no
 # ceo role). Near-misses: 'William Sindall ... was named for its founder' -> no role (the founder is not named in the
 # text: the name is the company's; a reader might make a Person 'William Sindall' with founder at William Sindall
 # plc); 'Jack Lovell' beside 'Lovell Partnerships' and 'Lovell Group' -> no role (the text ties him to neither)
 roles=[R("John Morgan", "cofounder", MS), R("Jack Lovell", "cofounder", MS)],
 # 'Overbury ... was acquired by the company in 1985' -> acquired + parentOrganization; 'it entered into a reverse
 # takeover of William Sindall plc' -> acquired + parentOrganization in the direction written (doubtful: in a reverse
 # takeover the listed company is the legal buyer, and the group's name joins both names; the text says neither that
 # William Sindall plc bought the company nor that it was merged away, and batches 40o and 40t read their reverse
 # takeovers the same way); 'In 1988, William Sindall had acquired Hinkins & Frewin' -> acquired + parentOrganization;
 # 'Hinkins & Frewin ... known for their work for the University of Oxford' -> partner(Hinkins & Frewin, University of
 # Oxford) (the company's client named; doubtful: a reader might read a reputation, not a relation, and give nothing);
 # 'Morgan Sindall bought Lovell Partnerships for 15m pounds from the financially stretched Lovell Group' -> acquired +
 # parentOrganization(Lovell Partnerships, Morgan Sindall Group plc) and parentOrganization(Lovell Partnerships, Lovell
 # Group) (the seller owned it before: past ownership stated, kept). Near-misses: 'William Sindall was ... named for
 # its founder, who was known for his work for the University of Cambridge' -> no partner (the founder's work, a
 # person's, not the company's); 'Morgan Sindall Group purchased the construction arm of AMEC' -> nothing (an unnamed
 # unit; a reader might record acquired(Morgan Sindall Group plc, AMEC), which the text does not say: AMEC kept the
 # rest of its business); 'It reports through six divisions of ...' -> no parentOrganization (generic division
 # names); 'listed on the London Stock Exchange' and 'a constituent of the FTSE 250 Index' -> nothing
 relations=[L(MS, "acquired", "Overbury"), L("Overbury", "parentOrganization", MS),
            L(MS, "acquired", WS), L(WS, "parentOrganization", MS),
            L(WS, "acquired", HF), L(HF, "parentOrganization", WS),
            L(HF, "partner", "University of Oxford"),
            L(MS, "acquired", LP), L(LP, "parentOrganization", MS), L(LP, "parentOrganization", "Lovell Group")],
 outages=[],
 # 'since 1942' -> the year '1942' (as written); 'the 1860s' (a decade) -> left out
 dates=[D("1977", "1977"), D("1942", "1942"), D("1985", "1985"), D("1994", "1994"), D("1988", "1988"),
        D("1847", "1847"), D("1998", "1998"), D("June 2007", "2007-06")])

# ---- construction, UK: Willmott Dixon -------------------------------------------------------------------------------
WD = "Willmott Dixon"
RW = "Rick Willmott"
GD = "Graham Dundas"
A["wp-willmott-dixon"] = dict(
 # the contractor -> Company 'Willmott Dixon'; Winnebago Industries (the motorhome's maker), Be Living ('its London-
 # based residential development business'), EcoWorld International and EcoWorld London (the company the sale created)
 # -> Company; John Willmott, Rick Willmott and Graham Dundas -> Person ('the Willmott family' is no alias of either
 # Willmott); the 4Life Academy (a school) -> Organization; Perry Barr, Birmingham, London ('London-based'), Malaysia
 # ("Malaysia's EcoWorld International") -> Location; 'British' (an adjective), the motorhome, 'regional locations',
 # the 'business streams' -> nothing
 entities=[E("Company", WD), E("Person", "John Willmott"), E("Company", "Winnebago Industries"), E("Person", RW),
           E("Organization", "4Life Academy"), E("Location", "Perry Barr"), E("Location", "Birmingham"),
           E("Person", GD), E("Location", "London"), E("Company", "Be Living"), E("Location", "Malaysia"),
           E("Company", "EcoWorld International"), E("Company", "EcoWorld London")],
 # 'The company was founded in 1852, by John Willmott' -> founder (named alone), current true; 'In January 2024, Rick
 # Willmott stepped down as group chief executive and became Willmott Dixon's new executive chairman' -> ceo current
 # false ('stepped down') and chairman current true ('executive chairman' -> chairman); 'Chief financial officer Graham
 # Dundas was promoted to chief executive' -> cfo current false (the post he left on promotion; doubtful: the text does
 # not say 'former', a reader might keep it true) and ceo current true. Near-misses: 'In 2001, Rick Willmott became the
 # fifth generation of the Willmott family to lead the business' -> no further role (no title named; the post he left
 # is the ceo role above; a reader might add head or ceo current true for 2001); 'the Willmott family' -> no role
 roles=[R("John Willmott", "founder", WD), R(RW, "ceo", WD, False), R(RW, "chairman", WD),
        R(GD, "cfo", WD, False), R(GD, "ceo", WD)],
 # 'its London-based residential development business Be Living' -> parentOrganization(Be Living, Willmott Dixon)
 # (ownership before the sale; kept); 'it sold a 70% stake in ... Be Living to Malaysia's EcoWorld International' ->
 # acquired(EcoWorld International, Be Living) + parentOrganization(Be Living, EcoWorld International) (a 70% stake
 # read as control, as batch 55e's bought majority; doubtful: a reader might give nothing for a stake, as for the
 # minority stakes of batches 55f and 55n). Near-misses: 'creating EcoWorld London' -> no relation (the text does not
 # say whether EcoWorld London is Be Living renamed, a joint company of the two, or a subsidiary of EcoWorld
 # International; a reader might make it an alias of Be Living or record parentOrganization(EcoWorld London, EcoWorld
 # International)); 'the company bought a motorhome, made by Winnebago Industries' -> nothing (a vehicle bought, an
 # asset; no named product for a provider relation); 'Willmott Dixon invested 1 million pounds in the 4Life Academy'
 # -> nothing (an investment in a school, no stake or partnership stated; a reader might record partner)
 relations=[L("Be Living", "parentOrganization", WD), L("EcoWorld International", "acquired", "Be Living"),
            L("Be Living", "parentOrganization", "EcoWorld International")],
 outages=[],
 # 'by 1980' -> the year; 'the second half of the 19th century', 'much of the 20th century' and 'the early 1980s'
 # (spans and a part of a decade) -> left out
 dates=[D("1852", "1852"), D("1980", "1980"), D("2001", "2001"), D("March 2013", "2013-03"),
        D("January 2024", "2024-01"), D("2017", "2017")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
