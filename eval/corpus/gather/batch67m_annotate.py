#!/usr/bin/env python3
"""Batch 67m gold annotations (the texts of batch67m.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-67h; batch10_annotate.write_parts), so with three texts: wp-associated-oil-company test, wp-general-tire
train, wp-western-auto dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
a day with its month and year -> the day ('on October 7, 1901', 'on January 1, 1902', 'in July 13, 2018' as written);
bare years -> the years; 'three years later' (relative to a year of the text, and `published` null), 'At one point',
'today' and 'modern day' -> nothing. No text tells an outage, so every `outages` list is empty; none tells a
near-miss of one (companies merged, sold and reorganized, a broadcaster forced out of business by a licensing dispute
and a brand's end are business and regulatory events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-67h): founders by the binding decision in GUIDELINES.md
part 2 (Roles, 'Founders'): two people named together as starting a company -> each `cofounder` ('Started in 1909 ...
by George Pepperdine and Don Abnor Davis'), one named alone -> `founder` ('founded in 1915 ... by William F. O'Neil',
'Pepperdine would later found Pepperdine University'), current true; 'The presidents of the companies were: A for X;
B for Y' -> president at each company, current true (no leaving told, as batches 65b and 66b read posts in a company
history); 'served as X's chairman with ... Y serving as president' -> chairman and president, current true (as
batch 66b's 'Johnston was president, with ... Carr as vice president'; doubtful: 'served' is past); an owner or seller
with no post (Howard Hughes, 'Lucille Ball and Desi Arnaz's Desilu Productions') -> no role; a person described by his
trade only ('a pipeline salesman') -> no role; 'X bought Y', 'X acquired Y', 'purchasing Y', 'Y was purchased by X',
'the acquisition of Y', 'Z sold Y to X' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions, the target not said to be merged away); 'Y was acquired in 1905' in the subject company's history, the
buyer unnamed in the sentence -> the subject company as the buyer (doubtful); a sale followed by 'the resulting merger
had led to the end of the ... brand' -> acquired only (merged away, as batches 40v, 64h, 65h, 65q and 66b read it;
doubtful); 'purchasing Y from Z' -> parentOrganization(Y, Z) too (ownership stated as past is still recorded,
GUIDELINES, Relations); 'acquired an interest in' (a stake of unstated size) -> nothing (as batch 41f's 'holds a
stake in'); 'merged with' with no buyer said -> nothing (GUIDELINES, Relations); a management buyout with no named
buyer -> nothing; 'a new division', 'the division', 'as subsidiaries', 'added ... to its stable', 'still exists today
as part of' -> parentOrganization; asset sales (a studio lot) -> nothing; radio networks and stations -> Company
(broadcasters, GUIDELINES, Types; batches 35l and 43v), a station group written with slashes ('WOR/WOR-FM/WOR-TV') ->
one entity per call sign (doubtful), one written as one name ('KHJ-AM-FM') -> one entity; a named pipeline and an oil
field -> Location (named facilities and sites, GUIDELINES, Types; as batches 26a, 63a and 63g typed named pipelines);
regions ('Pacific West Coast', 'the Orient', 'West Coast', 'San Francisco Bay Area') -> Location; a university ->
Organization; addresses ('2107 Grand Boulevard', 'Sunset and Gower'), a film library, a studio lot, a sign and
adjectives ('American', 'German') -> nothing.
usage: batch67m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- energy, US: Associated Oil Company ---------------------------------------------------------------------------
AO = "Associated Oil Company"
POT = "Pacific Oil and Transportation Company"
PRES = [("W. G. Kerckhoff", "Reed Crude Oil Company"), ("Burton E. Green", "Green-Whittier Oil Company"),
        ("Charles A. Canfield", "Canfield Oil Company"), ("M. H. Whittier", "Kern Oil Company"),
        ("John A. Bunting", "San Joaquin Oil & Development Company")]
A["wp-associated-oil-company"] = dict(
 # the company -> Company 'Associated Oil Company', aliases 'Associated Oil' ('acquired an interest in Associated
 # Oil') and 'Flying A' (in brackets after the name: the name it traded under; doubtful: a reader might type it a
 # Service, a brand of the company, or leave it); the Tidewater Oil Company, the five companies of the Kern River
 # field (Reed Crude Oil Company, Green-Whittier Oil Company, Canfield Oil Company, Kern Oil Company, San Joaquin Oil &
 # Development Company, the last with its ampersand), the Standard Oil Company, the Southern Pacific Railroad (alias
 # 'Southern Pacific', in 'the Southern Pacific needed fuel') and the Pacific Oil and Transportation Company ("The
 # Matson's Pacific Oil and Transportation Company": the company's name without the possessive) -> Company; W.S.
 # Porter and the five presidents -> Person; San Francisco, California (twice: the headquarters' state and the Kern
 # River field's), the Pacific West Coast, Hawaii, the Orient (a region, as the text names it beside Hawaii; doubtful:
 # a reader might leave a dated word for East Asia out), the Kern River Oil Field (a named site), the San Francisco Bay
 # Area, Gaviota ('a refinery at Gaviota, California') and the Coalinga-Monterey pipeline (a named facility, as named
 # pipelines were typed before; doubtful: a reader might leave it out as an asset) -> Location. No entity: 'Matson'
 # (named only as the possessive owner of the Pacific Oil and Transportation Company, with 'The' before it: the text
 # does not say whether a person or a company, so no type can be given; doubtful: a reader who knows the Matson
 # shipping line might add it as a Company with a parent link); '34 other oil companies' (unnamed); 'a refinery',
 # 'other marine facilities' and 'its railroad steam engines' (unnamed); 'American'
 entities=[E("Company", AO, "Associated Oil", "Flying A"), E("Location", "San Francisco"),
           E("Location", "California"), E("Location", "Pacific West Coast"), E("Location", "Hawaii"),
           E("Location", "Orient"), E("Company", "Tidewater Oil Company"), E("Person", "W.S. Porter"),
           E("Location", "Kern River Oil Field")] +
          [e for p, c in PRES for e in (E("Person", p), E("Company", c))] +
          [E("Company", "Standard Oil Company"), E("Company", "Southern Pacific Railroad", "Southern Pacific"),
           E("Location", "San Francisco Bay Area"), E("Company", POT), E("Location", "Coalinga-Monterey pipeline"),
           E("Location", "Gaviota")],
 # 'The presidents of the companies were: W. G. Kerckhoff for Reed Crude Oil Company; Burton E. Green for
 # Green-Whittier Oil Company; Charles A. Canfield for Canfield Oil Company; M. H. Whittier for Kern Oil Company; John
 # A. Bunting for San Joaquin Oil & Development Company' -> president at each (the post and the company paired by
 # 'for'), current true (no leaving told; doubtful: 'were' in 1900, and the companies turned their oil interests over
 # to the new company, so a reader might set current false; the text does not say they left their posts). Near-misses,
 # no role: 'a pipeline salesman by the name of W.S. Porter' (a trade, no company named for him: a reader might make
 # him founder of Associated Oil, which the text does not say; he 'convinced the presidents'); the presidents at
 # Associated Oil (they agreed to form it, no post or founding told of them there: a reader might give them
 # cofounder); Burton E. Green and M. H. Whittier beside 'Green-Whittier' (names inside a company's name, no tie told)
 roles=[R(p, "president", c) for p, c in PRES],
 # 'The Matson's Pacific Oil and Transportation Company was acquired in 1905' -> acquired(Associated Oil Company,
 # Pacific Oil and Transportation Company) + parentOrganization (a completed purchase told in the subject company's
 # history, after its shareholders' sentence: the buyer is Associated Oil; doubtful: the passive names no buyer, and a
 # reader might give nothing). Near-misses, no relation: 'merged with the Tidewater Oil Company in 1938' (a merger
 # with no buyer said, GUIDELINES, Relations: a reader might give acquired(Tidewater Oil Company, Associated Oil
 # Company)); 'The Standard Oil Company and the Southern Pacific Railroad acquired an interest in Associated Oil' (a
 # stake of unstated size, as batch 41f's 'holds a stake in': a reader might give acquired or parentOrganization to
 # either); 'jointly, the Southern Pacific needed fuel for its railroad steam engines' (a need, no supply contract
 # told: a reader might give partner); the five companies' agreement 'to turn over their oil interests to form a new
 # company' and 'agreements from 34 other oil companies' (asset transfers into the new company and unnamed companies:
 # a reader might give parentOrganization of the five to Associated Oil, which the text does not say; they turned
 # over interests, not themselves); the pipeline and the Gaviota refinery 'included' in the purchase (assets)
 relations=b10.acq(AO, POT),
 outages=[],
 # 'in 1938', 'In the year 1900', 'on October 7, 1901' -> 1901-10-07, 'on January 1, 1902' -> 1902-01-01, 'in 1905'.
 # No date: '34' (a count)
 dates=[D("1938", "1938"), D("1900", "1900"), D("October 7, 1901", "1901-10-07"), D("January 1, 1902", "1902-01-01"),
        D("1905", "1905")])

# ---- tires and broadcasting, US: General Tire ----------------------------------------------------------------------
GT = "General Tire and Rubber Company"
YN = "Yankee Network"
SS = "Shepard Stores, Inc."
WOR = ["WOR", "WOR-FM", "WOR-TV"]
A["wp-general-tire"] = dict(
 # the company -> Company 'General Tire and Rubber Company' (the lead's 'The General Tire and Rubber Company', the
 # name without the article), alias 'General Tire' (also "General Tire's"; after 1984 the subsidiary under GenCorp,
 # the same company); the Yankee Network (alias 'Yankee', in "Yankee's chairman" and 'the Yankee acquisition'), Shepard
 # Stores, Inc. (alias 'Shepard', in "Shepard's John Shepard III"; doubtful: a reader might read 'Shepard's' as the
 # family's), the Don Lee Broadcasting System, the stations KHJ-AM-FM and KFRC-AM-FM (each written as one name),
 # WOR, WOR-FM and WOR-TV (written 'WOR/WOR-FM/WOR-TV': three call signs, one entity each; doubtful: a reader might keep
 # the written group as one entity), General Teleradio, RKO Radio Pictures (alias 'RKO', in 'the RKO film library',
 # 'the RKO lot' and 'The remaining assets of RKO'), RKO General, Desilu Productions, GenCorp and Continental AG (alias
 # 'Continental', in "Continental's American operations") -> Company (radio networks and stations as broadcasters,
 # GUIDELINES, Types); William F. O'Neil (alias "William O'Neil"), Thomas F. O'Neil, John Shepard III, Howard Hughes,
 # Lucille Ball and Desi Arnaz -> Person; Akron, Ohio, Boston ("Boston's Shepard Stores"), the West Coast, Los
 # Angeles, San Francisco, New York City and Hollywood -> Location. No entity: 'Sunset and Gower' (a street corner,
 # an address); 'the RKO film library' and 'the RKO lot' (assets); 'its television stations', 'the radio stations it
 # owned' and 'Among other stations' (unnamed); 'American', 'German'
 entities=[E("Company", GT, "General Tire"), E("Location", "Akron"), E("Location", "Ohio"),
           E("Person", "William F. O'Neil", "William O'Neil"), E("Company", YN, "Yankee"), E("Location", "Boston"),
           E("Company", SS, "Shepard"), E("Person", "Thomas F. O'Neil"), E("Person", "John Shepard III"),
           E("Company", "Don Lee Broadcasting System"), E("Location", "West Coast"), E("Company", "KHJ-AM-FM"),
           E("Location", "Los Angeles"), E("Company", "KFRC-AM-FM"), E("Location", "San Francisco")] +
          [E("Company", w) for w in WOR] +
          [E("Location", "New York City"), E("Company", "General Teleradio"),
           E("Company", "RKO Radio Pictures", "RKO"), E("Person", "Howard Hughes"), E("Location", "Hollywood"),
           E("Person", "Lucille Ball"), E("Person", "Desi Arnaz"), E("Company", "Desilu Productions"),
           E("Company", "RKO General"), E("Company", "GenCorp"), E("Company", "Continental AG", "Continental")],
 # 'General Tire was founded in 1915 in Akron, Ohio by William F. O'Neil' -> founder (one person named alone, and 'the
 # founder William O'Neil' again), current true; "Thomas F. O'Neil ... served as Yankee's chairman with Shepard's John
 # Shepard III serving as president" -> chairman and president at the Yankee Network, current true (no leaving told;
 # doubtful: 'served' is past, and a reader might set both false). Near-misses, no role: "son of the founder" (a
 # family tie, no post at General Tire); John Shepard III at Shepard Stores ("Shepard's John Shepard III": the
 # company's man, no post there named; a reader might give executive); 'acquisition of RKO Radio Pictures from Howard
 # Hughes' (a seller and owner, no post: a reader might give him a past role at RKO); "Lucille Ball and Desi Arnaz's
 # Desilu Productions" (owners, no post: a reader might give them founder or president)
 roles=[R("William F. O'Neil", "founder", GT), R("Thomas F. O'Neil", "chairman", YN),
        R("John Shepard III", "president", YN)],
 # 'purchasing the Yankee Network ... from Boston's Shepard Stores, Inc.' -> acquired + parentOrganization(Yankee
 # Network, General Tire and Rubber Company) and parentOrganization(Yankee Network, Shepard Stores, Inc.) (the seller,
 # its owner before; ownership stated as past is still recorded, GUIDELINES, Relations); 'acquiring the Don Lee
 # Broadcasting System ... in 1950' -> acquired + parentOrganization; 'it added KHJ-AM-FM in Los Angeles and
 # KFRC-AM-FM in San Francisco to its stable' -> parentOrganization(station, General Tire and Rubber Company) only (the
 # stations came into its stable with the network bought; doubtful: a reader might give acquired too, or make Don Lee
 # their parent); 'In 1952, it bought WOR/WOR-FM/WOR-TV' -> acquired + parentOrganization for each station; 'merged its
 # broadcasting interests into a new division, General Teleradio' -> parentOrganization(General Teleradio, General
 # Tire and Rubber Company); 'the acquisition of RKO Radio Pictures from Howard Hughes in 1955' -> acquired +
 # parentOrganization (a person seller: no relation to him); 'the new company eventually became known as RKO General
 # ... the division was dragged down' -> parentOrganization(RKO General, General Tire and Rubber Company) (the text's
 # 'the division'; doubtful: a reader might read RKO General as General Teleradio renamed and make the two names one
 # entity); 'reorganized its holdings into the holding company GenCorp in 1984, with General Tire and RKO General as
 # subsidiaries' -> parentOrganization(General Tire and Rubber Company, GenCorp) and parentOrganization(RKO General,
 # GenCorp); 'GenCorp sold General Tire to German tire maker Continental AG in 1987' and 'still exists today as part
 # of Continental's American operations' -> acquired(Continental AG, General Tire and Rubber Company) +
 # parentOrganization. Near-misses, no relation: 'it sold the RKO lot at Sunset and Gower in Hollywood to ... Desilu
 # Productions' (an asset sale, GUIDELINES, Relations: a reader might give acquired(Desilu Productions, RKO Radio
 # Pictures)); 'The remaining assets of RKO were merged with General Teleradio' (assets merged, no buyer of a company:
 # a reader might give acquired(General Teleradio, RKO Radio Pictures)); 'using the RKO film library to program its
 # television stations' (an asset put to use, no Service); 'the longest licensing dispute' (no party named)
 relations=b10.acq(GT, YN) + [L(YN, "parentOrganization", SS)] + b10.acq(GT, "Don Lee Broadcasting System") +
           [L("KHJ-AM-FM", "parentOrganization", GT), L("KFRC-AM-FM", "parentOrganization", GT)] +
           [r for w in WOR for r in b10.acq(GT, w)] +
           [L("General Teleradio", "parentOrganization", GT)] + b10.acq(GT, "RKO Radio Pictures") +
           [L("RKO General", "parentOrganization", GT), L(GT, "parentOrganization", "GenCorp"),
            L("RKO General", "parentOrganization", "GenCorp")] + b10.acq("Continental AG", GT),
 outages=[],
 # 'in 1915', 'In 1943', 'in 1950', 'In 1952', 'in 1955', 'in 1956', 'in 1984', 'in 1987' -> the years. No date:
 # 'today' (relative, `published` null); '$25 million', '$6 million' (sums)
 dates=[D("1915", "1915"), D("1943", "1943"), D("1950", "1950"), D("1952", "1952"), D("1955", "1955"),
        D("1956", "1956"), D("1984", "1984"), D("1987", "1987")])

# ---- consumer goods retail, US: Western Auto -----------------------------------------------------------------------
WA = "Western Auto Supply Company"
A["wp-western-auto"] = dict(
 # the company -> Company 'Western Auto Supply Company', alias 'Western Auto' (also "Western Auto's", 'the Western
 # Auto brand', 'the Western Auto sign'); Beneficial Corporation, Sears and Advance Auto Parts -> Company; George
 # Pepperdine (alias 'Pepperdine', in 'Pepperdine would later found') and Don Abnor Davis -> Person; Pepperdine
 # University (a university, GUIDELINES part 1) -> Organization; the United States, Kansas City and Missouri ->
 # Location. No entity: the company's name as a brand ('the end of the Western Auto brand': the same name, no Service
 # of its own, as batch 66b's Kelvinator); '2107 Grand Boulevard' (an address); 'Western Auto's management' (unnamed
 # people); 'associate stores', 'company-owned stores' (unnamed); 'loft condominiums', 'the Western Auto sign'
 entities=[E("Company", WA, "Western Auto"), E("Location", "United States"), E("Location", "Kansas City"),
           E("Location", "Missouri"), E("Person", "George Pepperdine", "Pepperdine"), E("Person", "Don Abnor Davis"),
           E("Organization", "Pepperdine University"), E("Company", "Beneficial Corporation"), E("Company", "Sears"),
           E("Company", "Advance Auto Parts")],
 # 'Started in 1909 in Kansas City, Missouri, by George Pepperdine and Don Abnor Davis' -> cofounder for each (two
 # people named together as starting it, GUIDELINES, Roles, 'Founders'; 'Started' read as founded), current true;
 # 'Pepperdine would later found Pepperdine University' -> founder at Pepperdine University (one person named alone),
 # current true. Near-misses, no role: 'Western Auto's management led a leveraged buyout' (unnamed people, no post
 # named)
 roles=[R("George Pepperdine", "cofounder", WA), R("Don Abnor Davis", "cofounder", WA),
        R("George Pepperdine", "founder", "Pepperdine University")],
 # 'Western Auto was purchased by Beneficial Corporation in 1961' -> acquired + parentOrganization; 'leading three
 # years later to a sale to Sears' -> acquired(Sears, Western Auto Supply Company) + parentOrganization (a completed
 # sale); 'Sears sold most of the company to Advance Auto Parts in 1998, and by 2003, the resulting merger had led to
 # the end of the Western Auto brand and its product distribution network' -> acquired(Advance Auto Parts, Western
 # Auto Supply Company) only (the company merged away; doubtful: 'most of the company', and a reader might give
 # parentOrganization too, as the cut infobox's 'Type: Subsidiary' and 'Successor: Advance Auto Parts' lines half
 # suggest). Near-misses, no relation: 'Western Auto's management led a leveraged buyout in 1985' (a buyout by
 # unnamed managers, no company buyer: a reader might give Beneficial Corporation a sale); 'more than 4,000 associate
 # stores (private, franchised, "dealer" locations)' (unnamed franchisees, no partner)
 relations=b10.acq("Beneficial Corporation", WA) + b10.acq("Sears", WA) + [L("Advance Auto Parts", "acquired", WA)],
 outages=[],
 # 'in 1909', 'in 1961', 'in 1985', 'in 1998', 'by 2003', 'in July 13, 2018' -> 2018-07-13, 'in 1921'. No date:
 # 'three years later' (relative to 1985; `published` null, so not listed, though a reader can reckon 1988);
 # 'At one point', 'modern day' (no value); '1,200', '4,000' (counts)
 dates=[D("1909", "1909"), D("1961", "1961"), D("1985", "1985"), D("1998", "1998"), D("2003", "2003"),
        D("July 13, 2018", "2018-07-13"), D("1921", "1921")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
