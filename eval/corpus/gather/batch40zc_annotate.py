#!/usr/bin/env python3
"""Batch 40zc gold annotations (the texts of batch40zc.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All five are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'in the 1990s', 'in the 1980s' and 'in the 2000s and 2010s' (decades) follow
that rule and are left out. No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40w, 40x, 40zb): a company
'acquired', 'bought', 'purchased' by another, or a controlling stake purchased ('The acquisition') -> acquired +
parentOrganization(target, buyer); 'a majority-owned subsidiary of', 'a subsidiary of', 'became part of' ->
parentOrganization (past ownership kept); a merger where the text does not say who buys whom -> nothing; two people
named together as founders ('founded by A and B', 'co-founder A' beside 'the two co-founders') -> cofounder each, one
named alone -> founder; a first large order from a named shop -> partner (a customer; doubtful, no partner word),
direction as written (as batch 40zb's Fresh Fields); a brand of the company's own name -> no Service of its own (as
batches 40x and 40zb); named products (a chocolate bar, a product line, a drug) -> Service, provider the company that
makes them; a school -> Organization; a street address -> nothing; former names, the name in another word order and
the Japanese name with its romanisation -> aliases (as batch 36j's JCB); adjectives ('American', 'British', 'U.S.',
'Japanese') -> a Location only where the name is written out (as batches 40o, 40t, 40v, 40x and 40zb).
usage: batch40zc_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- personal care, US: Burt's Bees -------------------------------------------------------------------------------
BB = "Burt's Bees"
A["wp-burts-bees"] = dict(
 # the company -> Company; Clorox, Zona ('a New York City boutique') -> Company; Roxanne Quimby ('Quimby'), Burt Shavitz
 # -> Person; the Dover-Foxcroft Junior High School (its craft fair) -> Organization (a school; Dover-Foxcroft named only
 # inside the school's name -> no Location of its own); Maine, New York City -> Location; the slogan 'Earth-friendly,
 # Natural Personal Care Company', the candles, lip balms and other generic products -> nothing
 entities=[E("Company", BB), E("Location", "Maine"), E("Company", "Clorox"), E("Person", "Roxanne Quimby", "Quimby"),
           E("Person", "Burt Shavitz"), E("Organization", "Dover-Foxcroft Junior High School"),
           E("Location", "New York City"), E("Company", "Zona")],
 # 'co-founder Roxanne Quimby' and 'the two co-founders' (Quimby and Burt Shavitz, whose beeswax she used) ->
 # cofounder each (current true; Shavitz's post implied by 'the two co-founders', doubtful)
 roles=[R("Roxanne Quimby", "cofounder", BB), R("Burt Shavitz", "cofounder", BB)],
 # 'Burt's Bees was acquired by Clorox' -> acquired + parentOrganization; 'a New York City boutique, Zona, ordered
 # hundreds of their beeswax candles' -> partner(Burt's Bees, Zona) (a customer's order; doubtful, no partner word)
 relations=[L("Clorox", "acquired", BB), L(BB, "parentOrganization", "Clorox"), L(BB, "partner", "Zona")],
 outages=[],
 dates=[D("1984", "1984"), D("2007", "2007"), D("1989", "1989")])

# ---- fashion, UK: Jack Wills --------------------------------------------------------------------------------------
JW, FG = "Jack Wills Retail Limited", "Frasers Group"
A["wp-jack-wills"] = dict(
 # the company -> Company 'Jack Wills Retail Limited', alias its trading name 'Jack Wills' (the brand of that name
 # gets no Service of its own); Frasers Group, alias its former name 'Sports Direct' ('(then Sports Direct)') ->
 # Company; Peter Williams ('Williams'), Robert Shaw -> Person; Salcombe, Devon, the UK, Ireland, the US, the Middle
 # East, Asia -> Location; '22 Fore Street' (a street address) -> nothing; 'British' -> nothing
 entities=[E("Company", JW, "Jack Wills"), E("Person", "Peter Williams", "Williams"), E("Person", "Robert Shaw"),
           E("Location", "Salcombe"), E("Location", "Devon"), E("Location", "UK"), E("Location", "Ireland"),
           E("Location", "US"), E("Location", "Middle East"), E("Location", "Asia"),
           E("Company", FG, "Sports Direct")],
 # 'founded by Peter Williams and Robert Shaw', 'Peter Williams and Robert Shaw founded the brand' -> cofounder each
 # (current true: no 'former' said)
 roles=[R("Peter Williams", "cofounder", JW), R("Robert Shaw", "cofounder", JW)],
 # 'the brand and its intellectual property were acquired by Frasers Group (then Sports Direct)' -> acquired +
 # parentOrganization (doubtful: bought out of administration as brand and intellectual property, close to an asset
 # purchase; the text goes on with Jack Wills trading and 'concessions in Frasers Group stores', and a reader would
 # take Frasers Group as its owner; a reader might give nothing); 'wholesale partners' (unnamed) -> nothing
 relations=[L(FG, "acquired", JW), L(JW, "parentOrganization", FG)],
 outages=[],
 dates=[D("1999", "1999"), D("August 2019", "2019-08"), D("2020", "2020"), D("2025", "2025")])

# ---- pharmaceuticals, Japan: Sumitomo Dainippon Pharma ------------------------------------------------------------
SDP, DP = "Sumitomo Dainippon Pharma Co., Ltd.", "Dainippon Pharmaceuticals"
SPH, SCH, OS = "Sumitomo Pharmaceuticals", "Sumitomo Chemical", "Osaka Seiyaku"
A["wp-sumitomo-dainippon-pharma"] = dict(
 # the company -> Company, aliases its Japanese name, the romanisation and 'Dainippon Sumitomo Pharma' (the name the
 # merger created, in the other word order); the predecessor 'Dainippon Pharmaceuticals' ('Dainippon Seiyaku',
 # 'Dainippon') -> Company of its own (a predecessor, as the text tells it apart); Osaka Seiyaku ('Osaka
 # Pharmaceutical'), Sumitomo Pharmaceuticals ('Sumitomo' in 'Dainippon and Sumitomo merged'), Sumitomo Chemical ->
 # Company; Tekijuku ('the first private medical school in Japan') -> Organization; Nagayo Sensai, Ogata Kōan, Shibata
 # Shokei, Nagai Nagayoshi ('Nagai') -> Person; ephedrine ('an anti-asthma drug') -> Service (a drug); Japan, Chuo-ku,
 # Osaka, Tokyo, Germany -> Location; 'the government' and 'the Japanese Pharmacopoeia' -> nothing
 entities=[E("Company", SDP, "\u5927\u65e5\u672c\u4f4f\u53cb\u88fd\u85ac\u682a\u5f0f\u4f1a\u793e",
             "Dainippon Sumitomo Seiyaku Kabushiki-Gaisha", "Dainippon Sumitomo Pharma"),
           E("Location", "Japan"), E("Location", "Chuo-ku"), E("Location", "Osaka"),
           E("Company", DP, "Dainippon Seiyaku", "Dainippon"), E("Person", "Nagayo Sensai"),
           E("Organization", "Tekijuku"), E("Person", "Ogata K\u014dan"), E("Location", "Tokyo"),
           E("Person", "Shibata Shokei"), E("Person", "Nagai Nagayoshi", "Nagai"), E("Location", "Germany"),
           E("Service", "ephedrine"), E("Company", OS, "Osaka Pharmaceutical"), E("Company", SPH, "Sumitomo"),
           E("Company", SCH)],
 # 'established in 1885 by Nagayo Sensai' -> founder of Dainippon Pharmaceuticals; 'Tekijuku - the first private
 # medical school in Japan established by Ogata Kōan' -> founder at Tekijuku (an Organization); Shibata Shokei and
 # Nagai Nagayoshi, who 'provided' technical expertise, and 'Nagai left the company' -> no role (no post named;
 # doubtful, a reader might give other)
 roles=[R("Nagayo Sensai", "founder", DP), R("Ogata K\u014dan", "founder", "Tekijuku")],
 # 'in 1898 it was acquired by Osaka Seiyaku' -> acquired + parentOrganization(Dainippon Pharmaceuticals, Osaka
 # Seiyaku); 'Sumitomo Pharmaceuticals, incorporated in 1984 as a subsidiary of Sumitomo Chemical' ->
 # parentOrganization; 'The main products were ... Among them was ephedrine' -> provider(ephedrine, Dainippon
 # Pharmaceuticals) (doubtful: 'invented by Nagai', a substance rather than a brand); 'Dainippon and Sumitomo merged
 # ... to create Dainippon Sumitomo Pharma' -> nothing (a merger, who bought whom not said); the predecessors ('The
 # original', 'Another origin of the company') -> no relation to the company
 relations=[L(OS, "acquired", DP), L(DP, "parentOrganization", OS), L(SPH, "parentOrganization", SCH),
            L("ephedrine", "provider", DP)],
 outages=[],
 dates=[D("1885", "1885"), D("1893", "1893"), D("1898", "1898"), D("1984", "1984"), D("2006", "2006"),
        D("October 1, 2005", "2005-10-01")])

# ---- personal care, US: Tom's of Maine ----------------------------------------------------------------------------
TM, CP = "Tom's of Maine", "Colgate-Palmolive"
A["wp-toms-of-maine"] = dict(
 # the company -> Company (the 'Tom's of Maine brand' gets no Service of its own); Colgate-Palmolive ('the
 # multinational conglomerate') -> Company; Tom Chappell ('Tom' in 'Tom and Kate Chappell'), Kate Chappell -> Person
 # ('née Cheney' and 'the Chappells' -> no alias); Maine, the United States ('the US'), Kennebunk, Canada -> Location;
 # 'U.S.' (an adjective) -> nothing
 entities=[E("Company", TM), E("Company", CP), E("Person", "Tom Chappell", "Tom"), E("Person", "Kate Chappell"),
           E("Location", "Maine"), E("Location", "United States", "US"), E("Location", "Kennebunk"),
           E("Location", "Canada")],
 # 'founded in 1970 by Tom Chappell and Kate Chappell' -> cofounder each (current true)
 roles=[R("Tom Chappell", "cofounder", TM), R("Kate Chappell", "cofounder", TM)],
 # 'a majority-owned subsidiary of Colgate-Palmolive since 2006', 'a controlling 84% stake in Tom's of Maine was
 # purchased by Colgate-Palmolive', 'The acquisition' -> acquired + parentOrganization; 'factories elsewhere in the US
 # and Canada via contract' (unnamed) -> nothing
 relations=[L(CP, "acquired", TM), L(TM, "parentOrganization", CP)],
 outages=[],
 dates=[D("2006", "2006"), D("1970", "1970")])

# ---- food and drink, UK: Green & Black's --------------------------------------------------------------------------
GB, CAD, MDZ = "Green & Black's", "Cadbury plc", "Mondel\u0113z International"
A["wp-green-and-blacks"] = dict(
 # the company -> Company; 'Cadbury Schweppes (latterly Cadbury plc)' -> one Company 'Cadbury plc', aliases 'Cadbury
 # Schweppes' and 'Cadbury' (the same firm under its later name); 'Mondelēz International (formerly known as Kraft
 # Foods)' -> one Company, alias 'Kraft Foods'; Craig Sams, Josephine Fairley -> Person; the Maya Gold chocolate bar and
 # the Velvet Edition ('its first product line') -> Service; Canada, Poland, Italy, Belize, Punta Gorda, the UK ('the
 # UK's first Fairtrade mark'), Australia -> Location ('Green & Black's Australia chocolate announced': read as the
 # company in Australia, no unit of its own; doubtful, a reader might keep an Australian unit apart); the Worldaware
 # Business Award (an award), Fairtrade and its mark, 'Maya farmers' -> nothing
 entities=[E("Company", GB), E("Company", CAD, "Cadbury Schweppes", "Cadbury"), E("Company", MDZ, "Kraft Foods"),
           E("Location", "Canada"), E("Location", "Poland"), E("Location", "Italy"), E("Person", "Craig Sams"),
           E("Person", "Josephine Fairley"), E("Location", "Belize"), E("Service", "Maya Gold"), E("Location", "UK"),
           E("Location", "Punta Gorda"), E("Location", "Australia"), E("Service", "Velvet Edition")],
 # 'founded in 1991 by the couple Craig Sams and Josephine Fairley' -> cofounder each ('organic food pioneer and
 # journalist respectively' -> no role)
 roles=[R("Craig Sams", "cofounder", GB), R("Josephine Fairley", "cofounder", GB)],
 # 'bought by Cadbury in 2005', 'Cadbury Schweppes ... bought Green & Black's' -> acquired + parentOrganization;
 # 'later became part of Mondelēz International' -> parentOrganization (how, not told: no acquired; Cadbury's own
 # place in Mondelēz not told -> nothing between them); 'the Maya Gold chocolate bar' and 'the company launched its
 # first product line, the Velvet Edition' -> provider Green & Black's; the cocoa bought 'from Maya farmers in Belize'
 # -> nothing (no named organisation)
 relations=[L(CAD, "acquired", GB), L(GB, "parentOrganization", CAD), L(GB, "parentOrganization", MDZ),
            L("Maya Gold", "provider", GB), L("Velvet Edition", "provider", GB)],
 outages=[],
 # 'by the end of 2010' -> 2010 (GUIDELINES: 'the end of last year' -> the year)
 dates=[D("1991", "1991"), D("2005", "2005"), D("1994", "1994"), D("May 2005", "2005-05"),
        D("the end of 2010", "2010"), D("2011", "2011"), D("August 2017", "2017-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
