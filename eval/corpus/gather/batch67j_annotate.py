#!/usr/bin/env python3
"""Batch 67j gold annotations (the texts of batch67j.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66n; batch10_annotate.write_parts), so with three texts (wp-boans, wp-steinbergs,
wp-wearnes-air-service): test, train, dev. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'today', 'Over time', 'For several decades', 'the late 1980s' (a decade), 'within four
months', 'the first day of trading' and 'In the same year' (its year is told beside it) -> nothing; 'mid-1895' and
'late 1929' -> the year (as 'late 2006' is the year, GUIDELINES, Dates), each its own item beside the bare year;
'7 November 1895' -> the day.
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one (a store that 'ceased
operations' and a chain that 'went bankrupt' are business failures, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-67d): 'owned and operated several other well known
businesses. Miracle Mart ..., Pik-Nik ... and Cardinal' and 'subsidiary automotive companies were established ...,
starting with Malayan Motors' -> parentOrganization; a venture a company set up under another name ('entered the real
estate market under the name Ivanhoe Investments', 'one of Steinberg's most profitable ventures') -> parentOrganization;
'now owned by' -> acquired + parentOrganization (GUIDELINES, Relations: '"now owns"' is a completed acquisition);
competitors ('a major competitor for chains like Provigo and Metro') -> nothing; land bought from a company -> nothing
(assets); founders (GUIDELINES part 2, Roles, 'Founders'): one person named alone ('founded ... by ... Ida Steinberg')
-> founder; two named together ('founded by Harry Boan and his brother Benjamin', 'Harry and another brother, Ernest,
had previously established', 'initiated by ... Charles Frederick Foster Wearne and Theodore James Benjamin Wearne.
Their establishment, C.F.F. Wearne & Company') -> cofounder each; 'led by' of a business -> head; 'handed control of the
Boans store to his son' -> head for the son; ownership of a person ('assumed sole ownership') and leading one's
brothers ('Her five sons, led by Sam Steinberg') -> no role (no post); a company's former and later names ('evolving
into Wearne Brothers Limited', 'named it "Boan Bros."' ... 'the name was changed to Boans Ltd', 'later renamed "M"
store', 'still exists today under the name Ivanhoe Cambridge') and the text's other spellings ('alternatively referred
to as Wearne's Air Services or Wearnes Air Services') -> aliases of one entity; a person named by first name only
('his brother Benjamin', 'another brother, Ernest', 'daughter Mitzi') -> Person with that name, as batches 64c and 66j
read 'Max' and 'Morris'; a person's first name alone after the full name ('Harry', 'Charles Wearne') -> alias; car
brands named in the plural ('Oldsmobiles, Rolls-Royces and Fords') -> Service in the singular (GUIDELINES, Types:
vehicles and car nameplates; the corpus names aircraft types written in the plural in the singular), an aircraft type
('an Avro Avian plane') -> Service, its maker named only inside it (GUIDELINES, Types); a public pension fund manager
('La Caisse de dépôt et placement du Québec') -> Organization (as the corpus types the Canada Pension Plan and Ontario
Teachers' Pension Plan); an airport, a railway station, streets, a boulevard and a square -> Location (named sites);
demonyms and adjectives ('Malayan', 'Australian', 'Jewish-Hungarian', 'French speakers', 'English-French') and
generic phrases ('the company', 'the airline', 'the store', 'the chain', 'the business', 'the brothers') -> nothing.
usage: batch67j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, Australia: Boans (the-uncensored-wiki.com's Kiwix copy of May 2015) ---------------------------------
BO = "Boans Ltd"
BB = "Boan Bros. Ltd."
A["wp-boans"] = dict(
 # the store -> Company 'Boans Ltd' (the fullest name: 'the name was changed to Boans Ltd'), aliases 'Boans' (the
 # lead's subject; 'the Boans store') and 'Boan Bros.' (the name the brothers gave the Perth emporium: 'named it "Boan
 # Bros."', the same business later renamed; doubtful: the string is the start of the Broken Hill drapery's name, but
 # the text gives it to the Perth store without 'Ltd.'); 'Boan Bros. Ltd.' (the drapery Harry and Ernest established in
 # Broken Hill: another business, its own entity) and 'W.B. Woods & Co' (the seller of the land) -> Company; 'Harry
 # Boan' (alias 'Harry'), 'Benjamin' ('his brother Benjamin', the first name only), 'Ernest' ('another brother,
 # Ernest'), 'Frank Boan' -> Person; Perth, Western Australia, Broken Hill ('in that town'), New South Wales
 # ('western New South Wales'), Wellington Street, the Perth railway station, Murray Street, Forrest Place, England ->
 # Location. No entity: the image captions' Boans Building and Grand Central Shaftesbury Hotel (cut with the
 # captions); 'V.7-8' (a lot number, no name); 'a potato swamp', 'a single-storey emporium', 'a line of iron shops'
 # (generic); 'Wellington and Murray Streets' -> no further alias 'Wellington' (a shared plural street word: the two
 # streets are the entities already annotated; doubtful)
 entities=[E("Company", BO, "Boans", "Boan Bros."), E("Location", "Perth"), E("Location", "Western Australia"),
           E("Person", "Harry Boan", "Harry"), E("Person", "Benjamin"), E("Location", "Broken Hill"),
           E("Location", "New South Wales"), E("Person", "Ernest"), E("Company", BB),
           E("Location", "Wellington Street"), E("Location", "Perth railway station"), E("Company", "W.B. Woods & Co"),
           E("Location", "Murray Street"), E("Location", "Forrest Place"), E("Person", "Frank Boan"),
           E("Location", "England")],
 # 'The store was founded by Harry Boan and his brother Benjamin' -> cofounder each at Boans Ltd (two named together);
 # 'Harry and another brother, Ernest, had previously established a successful drapery known as "Boan Bros. Ltd."' ->
 # cofounder each at Boan Bros. Ltd. (two named together as establishing it); 'In late 1929 Harry Boan handed control
 # of the Boans store to his son Frank Boan' -> head at Boans Ltd for Frank Boan, current (control of the business
 # handed to him: its head; no leaving told; doubtful: 'control' names no post). Near-misses: 'Harry assumed sole
 # ownership' -> no role (an owner is no title in GOLD_FORMAT's list; a reader might give Harry Boan head or
 # chairman); no head role, current false, for Harry Boan (he handed over control, but the text never gives him a
 # post beside his founding); 'Benjamin died' -> his cofounder role stays current (the corpus keeps a founder's role
 # current; a founding is not undone); 'his son Frank Boan' -> no family relation (persons, no relation type)
 roles=[R("Harry Boan", "cofounder", BO), R("Benjamin", "cofounder", BO), R("Harry Boan", "cofounder", BB),
        R("Ernest", "cofounder", BB), R("Frank Boan", "head", BO)],
 # Near-misses, no relation: 'The properties ... were purchased from W.B. Woods & Co' -> no acquired (land: an asset,
 # GUIDELINES, Relations; a reader might give acquired(Boans Ltd, W.B. Woods & Co)); no parentOrganization and no
 # acquired between Boan Bros. Ltd. and Boans Ltd (the brothers' earlier drapery in another town; the text ties the
 # two only through the founders and the name; a reader might make the Perth store a branch of it); 'The business
 # was restructured to become a limited company in 1912' -> nothing (a change of legal form, one entity)
 relations=[],
 outages=[],
 # '1895' (three times, one item), '1986', 'mid-1895' (-> 1895, its own text), '7 November 1895', '1901', '1912',
 # 'late 1929' (-> 1929), '1913'; 'when Harry was 34' (an age), 'within four months', 'the first day of trading',
 # 'In the same year', 'Over time' -> nothing
 dates=[D("1895", "1895"), D("1986", "1986"), D("mid-1895", "1895"), D("7 November 1895", "1895-11-07"),
        D("1901", "1901"), D("1912", "1912"), D("late 1929", "1929"), D("1913", "1913")])

# ---- retail, Canada: Steinberg's (wikipedia2007.classicistranieri.com's static copy of 2007) -----------------------
SS = "Steinberg's Supermarkets"
IV = "Ivanhoe Investments"
CDP = "La Caisse de dépôt et placement du Québec"
MM = "Miracle Mart"
A["wp-steinbergs"] = dict(
 # the chain -> Company "Steinberg's Supermarkets", alias "Steinberg's" (the name as the text uses it throughout:
 # "Steinberg's eventually entered", "one of Steinberg's most profitable ventures", "the Steinberg's grocery chain");
 # 'Ivanhoe Investments' (aliases 'Ivanhoe' and 'Ivanhoe Cambridge': 'still exists today under the name Ivanhoe
 # Cambridge', the same business under a later name), 'Miracle Mart' (alias 'M': 'later renamed "M" store', 'The "M"
 # department stores'; doubtful: a one-letter name, kept as the text's later name of the chain), 'Pik-Nik' (a chain of
 # snack-bars), 'Cardinal' ('a mail-order gift catalogue': one of the 'well known businesses' Steinberg's owned and
 # operated), 'Provigo', 'Metro' (supermarket chains) -> Company; 'La Caisse de dépôt et placement du Québec' (a
 # public pension fund manager) -> Organization; Ida Steinberg, Sam Steinberg, Mitzi ('daughter Mitzi', the first name
 # only) -> Person; Montreal ('the island of Montreal' the same city), Quebec (the province: 'the province of
 # Quebec'), Canada, Saint Lawrence Boulevard, Ontario, Ottawa ('the Ottawa area'), New Brunswick -> Location. No
 # entity: 'Steinberg' inside the quoted French saying '"Je fais mon Steinberg" ("I'm doing my Steinberg")' (a saying
 # quoted, not a name of the company in the text's own words; doubtful: a reader might add 'Steinberg' as an alias);
 # 'Quebec culture' (adjectival, the province already annotated)
 entities=[E("Company", SS, "Steinberg's"), E("Location", "Montreal"), E("Location", "Quebec"), E("Location", "Canada"),
           E("Person", "Ida Steinberg"), E("Person", "Sam Steinberg"), E("Location", "Saint Lawrence Boulevard"),
           E("Location", "Ontario"), E("Location", "Ottawa"), E("Location", "New Brunswick"),
           E("Company", IV, "Ivanhoe", "Ivanhoe Cambridge"), E("Organization", CDP), E("Company", MM, "M"),
           E("Person", "Mitzi"), E("Company", "Pik-Nik"), E("Company", "Cardinal"), E("Company", "Provigo"),
           E("Company", "Metro")],
 # "Steinberg's Supermarkets began as a grocery store founded in 1913 ... by Jewish-Hungarian immigrant, Ida Steinberg"
 # -> founder at Steinberg's Supermarkets (one person named alone); 'Miracle Mart a discount department store chain
 # (led by daughter Mitzi ...)' -> head at Miracle Mart, current (no leaving told, as batches 65i-66j kept historical
 # posts current; doubtful: 'led by' names no post). Near-misses: 'Her five sons, led by Sam Steinberg, grew the
 # company' -> no role for Sam Steinberg (he led his brothers; no post at the company is named; a reader might give
 # him president or head of Steinberg's); 'Sam Steinberg was one of the first employers to implement mandatory
 # bilingualism ... for all his personnel' -> no role either ('employer' is no title; doubtful: it implies he ran the
 # company); 'Her five sons' -> no cofounder role (they grew the company; its founding is Ida Steinberg's)
 roles=[R("Ida Steinberg", "founder", SS), R("Mitzi", "head", MM)],
 # "Steinberg's eventually entered the real estate market under the name Ivanhoe Investments and owned several
 # shopping centers. Ivanhoe turned out to be one of Steinberg's most profitable ventures" -> parentOrganization(Ivanhoe
 # Investments, Steinberg's Supermarkets) (the chain's own venture under that name); 'still exists today under the name
 # Ivanhoe Cambridge now owned by La Caisse de dépôt et placement du Québec' -> acquired(La Caisse ..., Ivanhoe
 # Investments) + parentOrganization(Ivanhoe Investments, La Caisse ...) ('now owned by' read as GUIDELINES' '"now
 # owns"', a completed acquisition; ownership stated as changed is still recorded on both sides; doubtful: the text
 # names no purchase, only the present owner); "Steinberg's also owned and operated several other well known
 # businesses. Miracle Mart ... Pik-Nik ... and Cardinal" -> parentOrganization of each to Steinberg's Supermarkets.
 # Near-misses, no relation: 'a major competitor for chains like Provigo and Metro' -> nothing (competitors; a reader
 # might give partner); 'owned several shopping centers' -> nothing (unnamed assets); 'The "M" department stores
 # ceased operations shortly after the Steinberg's grocery chain went bankrupt' -> nothing (business failures)
 relations=[L(IV, "parentOrganization", SS), L(CDP, "acquired", IV), L(IV, "parentOrganization", CDP),
            L(MM, "parentOrganization", SS), L("Pik-Nik", "parentOrganization", SS),
            L("Cardinal", "parentOrganization", SS)],
 outages=[],
 # '1913'; 'today', 'For several decades', 'the late 1980s' (a decade, no year) -> nothing
 dates=[D("1913", "1913")])

# ---- aviation and motor trade, Singapore: Wearne's Air Service (en.wikipedia.org's '= Title =' rendering) ---------
WAS = "Wearne's Air Service"
CFF = "C.F.F. Wearne & Company"
A["wp-wearnes-air-service"] = dict(
 # the airline -> Company "Wearne's Air Service", aliases 'WAS', "Wearne's Air Services" and 'Wearnes Air Services'
 # ('alternatively referred to as'); 'C.F.F. Wearne & Company' (alias 'Wearne Brothers Limited', its name 'by
 # 1912') and 'Malayan Motors' -> Company; 'Charles Frederick Foster Wearne' (alias 'Charles Wearne', the 1929 and
 # closing sentences) and 'Theodore James Benjamin Wearne' -> Person; 'Oldsmobile', 'Rolls-Royce', 'Ford' ('renowned automobile brands including
 # Oldsmobiles, Rolls-Royces and Fords', named in the singular) and 'Avro Avian' ('an Avro Avian plane') -> Service
 # (car brands and an aircraft type; doubtful: Rolls-Royce and Ford are also companies' names, but the text names the
 # brands of cars sold; Avro named only inside the type's name: no entity of its own); Kallang Airport, Singapore,
 # Southeast Asia, Malaya -> Location. No entity: 'Malayan' (adjective), 'Australian siblings' (demonym), 'the
 # region' (generic); no alias 'Wearne' from "Wearne's various agencies" (the surname alone, which may mean the
 # company or the brothers' family business as a whole; doubtful: a reader might add it to C.F.F. Wearne & Company)
 entities=[E("Company", WAS, "WAS", "Wearne's Air Services", "Wearnes Air Services"), E("Location", "Kallang Airport"),
           E("Location", "Singapore"), E("Person", "Charles Frederick Foster Wearne", "Charles Wearne"),
           E("Person", "Theodore James Benjamin Wearne"), E("Company", CFF, "Wearne Brothers Limited"),
           E("Service", "Oldsmobile"), E("Service", "Rolls-Royce"), E("Service", "Ford"),
           E("Location", "Southeast Asia"), E("Company", "Malayan Motors"), E("Location", "Malaya"),
           E("Service", "Avro Avian")],
 # "The inception of Wearne's Air Service dates back to 1906, initiated by Australian siblings Charles Frederick
 # Foster Wearne and Theodore James Benjamin Wearne. Their establishment, C.F.F. Wearne & Company" -> cofounder each at
 # C.F.F. Wearne & Company ('Their establishment': the two named together as establishing it) and at Wearne's Air
 # Service (its inception 'initiated by' the two: the text makes them its founders, though the airline itself was
 # 'established in 1937'; doubtful: a reader might keep the founding to the 1906 company only). Near-misses: 'when
 # Charles Wearne envisioned providing air services in Malaya' -> no further role (a plan, no post); the infobox's
 # 'Key People: Charles Wearne (Director), Theodore Wearne (Director)' -> no director roles (cut with the infobox:
 # not in the text)
 roles=[R("Charles Frederick Foster Wearne", "cofounder", CFF), R("Theodore James Benjamin Wearne", "cofounder", CFF),
        R("Charles Frederick Foster Wearne", "cofounder", WAS), R("Theodore James Benjamin Wearne", "cofounder", WAS)],
 # 'subsidiary automotive companies were established to manage Wearne's various agencies, starting with Malayan
 # Motors' -> parentOrganization(Malayan Motors, C.F.F. Wearne & Company) (the first of the company's subsidiaries).
 # Near-misses, no relation: no parentOrganization(Wearne's Air Service, C.F.F. Wearne & Company) (the text traces the
 # airline's inception to the brothers' company but never says the company owned it; the infobox's parent, 'Messrs.
 # Wearne's Air Service Limited', was cut; a reader might give it); 'Specialising in renowned automobile brands
 # including Oldsmobiles, Rolls-Royces and Fords' -> no provider and no partner (the brands' makers are not named; a
 # dealer's agencies, no contract with a named company); 'an Avro Avian plane to be assembled by the mechanics at
 # Malayan Motors' -> no provider (Avro not named on its own) and no partner
 relations=[L("Malayan Motors", "parentOrganization", CFF)],
 outages=[],
 # '1937', '1906', '1912', '1929'
 dates=[D("1937", "1937"), D("1906", "1906"), D("1912", "1912"), D("1929", "1929")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
