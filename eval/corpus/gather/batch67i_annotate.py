#!/usr/bin/env python3
"""Batch 67i gold annotations (the texts of batch67i.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66i; batch10_annotate.write_parts), so with three texts: test wp-crosse-and-blackwell, train
wp-hotchkiss-et-cie, dev wp-vroom-and-dreesmann. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'the Franco-Prussian War of 1870' and 'the International Universal Exhibition of 1900' -> the
year under its own text; 'On 8 September 2007' -> the day; 'in the 20th century', 'At the turn of the twentieth
century', 'At the start of the twentieth century' -> nothing (a century is no calendar value of the format, and 'the
turn of the century' was left out by batch 66i); 'Today', 'Over the years', 'after 10 years', 'thereafter' -> nothing
(relative, and `published` is null). No text tells an outage, so every `outages` list is empty; none tells a near-miss
of one (a 'factory fire nearly killed all projects': a plant accident, no service lost by users; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66i): 'Y bought X', 'X was sold to a ... group that
included A, B, and C' -> acquired + parentOrganization(target, buyer) (completed), for a buying group each named member
(as the rule of batches 27d-34d for a consortium's named members) and partner between each two of the named members
(that rule's joint bid), direction as written; 'X was merged into and succeeded by Y' -> acquired(Y, X) only (a merger
whose direction the text gives, the target merged away: no parent; as batches 63b-64h read 'merged into'); 'Vendex
merged ... with the De Bijenkorf holding company' -> nothing (a merger with no buyer told; GUIDELINES, Relations); 'The
brand was later owned by X', 'ownership of the ... brand is divided between X ..., Y ... and Z' -> parentOrganization
(the brand and the business under one name, one entity, as batches 61a (Twinings: 'The brand is owned by X' ->
parentOrganization) and 62a (Batchelors) did; doubtful, see the item); 'a restaurant chain owned by X' ->
parentOrganization; 'The ownership of X was reorganized into Y' -> parentOrganization(X, Y) (Y made X's holding;
doubtful); a business 'purchased ... by A and B' (two persons) -> no acquired (a buyer of `acquired` is a Company) and
no role (buyers and owners carry no title, as batches 24c, 27a, 64f, 65l and 66i); divestments with no buyer named ->
nothing; 'first established by A' (one person named alone) -> founder, 'founded ... by A and B' -> cofounder each
(GUIDELINES, Roles, Founders), current true; 'A, later chairman of the company' -> chairman, current true (no leaving
told; doubtful); 'A was replaced as CEO of X by B' -> ceo, A current false and B current true; a gun, machine gun or
tank model ('the Hotchkiss revolving cannon', 'the Hotchkiss M1914 machine gun', 'the Hotchkiss H35 tank') -> Service
with provider to its maker (as batch 66c took 'the Armstrong breech-loading gun'; GUIDELINES, Types: devices and
vehicles), but a car marque spelled as the maker's own name ('Hotchkiss cars') -> no Service apart from the company; a
company's names in turn ('Thomson-CSF, now Thales Group', 'Originally trading under the Jackson brand and then West and
Wyatt', 'Vendex KBB was rebranded as Maxeda', 'Vendex in 1972 and Vendex International in 1982') -> aliases of one
entity (GUIDELINES, Types), but a company formed by a merger (Vendex KBB) -> its own entity apart from the merging
company (as batch 66i kept KBC Bank and Insurance Group apart); an army -> Organization; streets ('Weesperstraat') ->
Location; events ('the Franco-Prussian War', 'World War I', 'the International Universal Exhibition') and demonyms or
adjectives ('French', 'American', 'British', 'Dutch') -> nothing.
usage: batch67i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- food, the UK: Crosse & Blackwell (en.wikipedia.org's older 'Jump to: navigation' rendering) --------------------
CBG = "Crosse & Blackwell Group"
NES = "Nestl\u00e9"
SMU = "The J.M. Smucker Company"
A["wp-crosse-and-blackwell"] = dict(
 # the company -> Company 'Crosse & Blackwell Group' (the fullest name the text gives: 'Nestle bought the Crosse &
 # Blackwell Group'), aliases 'Crosse & Blackwell' ('is a British food production company', 'Crosse & Blackwell
 # employed', 'the Crosse & Blackwell brand': the brand and the business under one name, one entity, as batches 61a
 # and 62a), 'West and Wyatt' and 'Jackson' ('Originally trading under the Jackson brand and then West and Wyatt, the
 # company was purchased': its earlier trading names; GUIDELINES, Types; doubtful for 'Jackson', named as a brand: a
 # reader might leave it out or make it a Service); Edmund Crosse, Thomas Blackwell -> Person; Nestle (written
 # 'Nestl\u00e9'; "Nestl\u00e9's output" its possessive, no alias), Premier Foods, The J.M. Smucker Company (the
 # fullest form, 'The' kept as written, as 'The Walt Disney Company' in earlier gold), Princes Group, Tiger Brands ->
 # Company; the UK, Peterhead, Aberdeenshire, North America, Europe, South Africa -> Location. No entity: 'condiments
 # and Christmas pudding', 'canned, dried and bottled grocery products' (kinds of food, no brand), 'the largest
 # fish-canning factory in the UK' (a plant, unnamed), 'the Crosse & Blackwell operations' (the company's business, a
 # description), 'British', 'Swiss' (not in this text)
 entities=[E("Company", CBG, "Crosse & Blackwell", "West and Wyatt", "Jackson"), E("Person", "Edmund Crosse"),
           E("Person", "Thomas Blackwell"), E("Company", NES), E("Location", "UK"), E("Location", "Peterhead"),
           E("Location", "Aberdeenshire"), E("Company", "Premier Foods"), E("Company", SMU),
           E("Location", "North America"), E("Company", "Princes Group"), E("Location", "Europe"),
           E("Company", "Tiger Brands"), E("Location", "South Africa")],
 # no role: 'the company was purchased in 1830 by Edmund Crosse and Thomas Blackwell' names two buyers, no post
 # (owners carry no title; a reader might give them cofounder, as the business bears their names, but the text never
 # says they founded it or that it took their names); 'workers', 'employees and salesman' (unnamed)
 roles=[],
 # 'In 1960, Nestle bought the Crosse & Blackwell Group', 'The acquisition increased Nestle's output' ->
 # acquired(Nestle, Crosse & Blackwell Group) + parentOrganization (completed); 'The brand was later owned by Premier
 # Foods' -> parentOrganization(Crosse & Blackwell Group, Premier Foods) (an owned-by statement of the brand, which is
 # the company's name, as batch 61a's 'The brand is owned by X'; no purchase told, so no acquired; doubtful: a reader
 # might give acquired too, or nothing for a brand); 'Today ownership of the Crosse & Blackwell brand is divided
 # between The J.M. Smucker Company in North America, Princes Group in Europe and Tiger Brands in South Africa' ->
 # parentOrganization of the company to each of the three (ownership stated; relations carry no time, so all five
 # owners in turn stand; doubtful: the brand is split by region, and a reader might give the three nothing as brand
 # rights rather than owners of the company). Near-misses: 'purchased in 1830 by Edmund Crosse and Thomas Blackwell'
 # -> no acquired (persons as buyers); 'However, the company divested the Crosse & Blackwell operations in 2002' ->
 # nothing (the seller is 'the company', Nestle or Premier Foods by the reading, and no buyer is named; a reader might
 # give acquired(Premier Foods, ...) from the sentence order); 'included the largest fish-canning factory in the UK' ->
 # nothing (a plant); 'developed the name across a number of food categories' -> no Service (no brand named apart)
 relations=acq(NES, CBG) + [L(CBG, "parentOrganization", "Premier Foods"), L(CBG, "parentOrganization", SMU),
                            L(CBG, "parentOrganization", "Princes Group"),
                            L(CBG, "parentOrganization", "Tiger Brands")],
 outages=[],
 # '1706', '1830', '1960' ('In 1960'), '2002'; 'Today', 'Over the years', 'at the time of the acquisition' -> left out
 dates=[D("1706", "1706"), D("1830", "1830"), D("1960", "1960"), D("2002", "2002")])

# ---- arms and cars, France: Hotchkiss et Cie (en.wikipedia.org's '= Title =' rendering) -----------------------------
HC = "Soci\u00e9t\u00e9 Anonyme des Anciens Etablissements Hotchkiss et Compagnie"
BH = "Benjamin B. Hotchkiss"
TG = "Thales Group"
CAN = "Hotchkiss revolving cannon"
MG = "Hotchkiss machine gun"
M14 = "Hotchkiss M1914 machine gun"
H35 = "Hotchkiss H35 tank"
A["wp-hotchkiss-et-cie"] = dict(
 # the maker -> Company 'Societe Anonyme des Anciens Etablissements Hotchkiss et Compagnie' (the fullest name, the
 # text's first words), alias 'Hotchkiss' ('a British arm of Hotchkiss': the company by its short name; 'Hotchkiss
 # cars' and 'The first Hotchkiss car' the same name as a marque, read as the company's name, no Service apart;
 # doubtful: a reader might list a car Service 'Hotchkiss', which would give one surface two entities); 'American
 # gunsmith Benjamin B. Hotchkiss', Alfred Koerner -> Person; 'Thomson-CSF, now Thales Group' -> one Company 'Thales
 # Group' (its present name), alias 'Thomson-CSF' (its earlier name: 'now' renames it; GUIDELINES, Types; doubtful: a
 # reader might list Thomson-CSF and Thales Group apart); 'the Hotchkiss revolving cannon', 'the gas-operated Hotchkiss
 # machine gun', 'the Hotchkiss M1914 machine gun', 'the Hotchkiss H35 tank' -> Service each (weapon models the company
 # made, as batch 66c's gun; the machine gun and its M1914 model kept apart as two names; doubtful: a reader might fold
 # the M1914 into the machine gun); 'the French Army' -> Organization (a state's army, a government body); France,
 # Viviez, Rodez, Saint-Denis (alias 'St Denis': 'the St Denis factory'), Paris, the United Kingdom -> Location. No
 # entity: 'The cannon' (the revolving cannon again, generic), 'a 17 CV four-cylinder model', 'a six-cylinder model'
 # (no model name: '17 CV' a tax-horsepower rating), 'tank parts and other weapons', 'racing cars' (generic), 'the
 # Franco-Prussian War', 'World War I', 'the International Universal Exhibition' (events; GUIDELINES, Types), 'a
 # British arm of Hotchkiss' (unnamed), 'the French' (a people), 'French', 'American', 'British'
 entities=[E("Company", HC, "Hotchkiss"), E("Person", BH), E("Location", "France"), E("Location", "Viviez"),
           E("Location", "Rodez"), E("Location", "Saint-Denis", "St Denis"), E("Location", "Paris"),
           E("Company", TG, "Thomson-CSF"), E("Service", CAN), E("Person", "Alfred Koerner"), E("Service", MG),
           E("Organization", "French Army"), E("Service", M14), E("Service", H35), E("Location", "United Kingdom")],
 # 'automobile manufacturer first established by American gunsmith Benjamin B. Hotchkiss' -> founder (one person named
 # alone as establishing it; GUIDELINES, Roles, Founders), current true; 'Alfred Koerner, later chairman of the
 # company' -> chairman, current true (the text says he became chairman after 1874 and never that he left; doubtful:
 # 'later' places the post in a defunct company's past, and a reader might set it false). Near-misses: 'American
 # gunsmith' -> no title (an occupation); 'a privately circulated book ... by Alfred Koerner' -> no further role
 roles=[R(BH, "founder", HC), R("Alfred Koerner", "chairman", HC)],
 # 'It was merged into and succeeded by Thomson-CSF, now Thales Group' -> acquired(Thales Group, Hotchkiss) only (the
 # text gives the direction, 'merged into', and the company merged away: no parent; doubtful: GUIDELINES leave a
 # merger without a buyer out, and a reader might read 'merged into' as no purchase); 'An example of the company's
 # output was the Hotchkiss revolving cannon', 'the company introduced the gas-operated Hotchkiss machine gun',
 # 'they mass-produced the Hotchkiss M1914 machine gun', 'they developed the Hotchkiss H35 tank' -> provider(each,
 # the company) ('they': the company, the subject of the paragraph). Near-misses: 'widely used during World War I and
 # thereafter by the French Army' -> no partner (use of a weapon, no contract or supply told; a reader might give a
 # customer partner); 'an unsuccessful attempt to build Hotchkiss cars by a British arm of Hotchkiss' -> nothing (the
 # arm is unnamed: no entity to carry a parent); 'manufacturing arms used by the French in the Franco-Prussian War' ->
 # nothing (a people, no organisation); 'Information provided by the company for the International Universal
 # Exhibition' -> nothing (an event)
 relations=[L(TG, "acquired", HC), L(CAN, "provider", HC), L(MG, "provider", HC), L(M14, "provider", HC),
            L(H35, "provider", HC)],
 outages=[],
 # '1867', '1870' ('the Franco-Prussian War of 1870'), '1875', '1874' ('a ... book dated 1874'), '1900' ('the
 # International Universal Exhibition of 1900'), '1903', '1906', '1933', '1920'; 'in the 20th century', 'At the turn
 # of the twentieth century', 'At the start of the twentieth century', 'World War I', 'thereafter' -> left out
 dates=[D("1867", "1867"), D("1870", "1870"), D("1875", "1875"), D("1874", "1874"), D("1900", "1900"),
        D("1903", "1903"), D("1906", "1906"), D("1933", "1933"), D("1920", "1920")])

# ---- retail, the Netherlands: Vroom & Dreesmann (en.wikipedia.org's older 'Jump to: navigation' rendering) -----------
VD = "Vroom & Dreesmann"
VI = "Vendex International"
VK = "Vendex KBB"
A["wp-vroom-and-dreesmann"] = dict(
 # the chain -> Company 'Vroom & Dreesmann', aliases 'V&D' ('also known as V&D') and 'Vroom & Dreesman' ('Vroom &
 # Dreesman expanded rapidly': the same chain with one 'n', as written); 'V&Ds' (its stores, 'operated in V&Ds') no
 # alias of its own (a plural of the stores; 'V&D' already covers it); 'La Place' -> Company (a restaurant chain; '3
 # are branded La Place' the same chain as a store brand, one entity); 'a Postbank ATM', 'full Postbank branch' ->
 # Company 'Postbank' (a bank, named inside no product name: 'Postbank ATM' is a bank's machine, the bank named on its
 # own); Willem Vroom, Anton Dreesmann (the founder of 1887) -> Person; 'In 1988 Anton Dreesman was replaced as CEO'
 # -> Person 'Anton Dreesman', apart from the founder (spelled with one 'n', and a founder of 1887 replaced as CEO 101
 # years later cannot be one man; doubtful: the text also spells the chain 'Dreesman' once, and a reader might fold the
 # two); A.J. Verhoef -> Person; 'Vendex in 1972 and Vendex International in 1982' -> one Company 'Vendex
 # International' (the fullest name), alias 'Vendex' ('Vendex merged in 1999'); 'Vendex KBB' -> its own Company (the
 # name after the 1999 merger, not told as a renaming of Vendex: read as the merged group, as batch 66i kept a merged
 # group apart; doubtful: a reader might fold it into Vendex), alias 'Maxeda' ('Vendex KBB was rebranded as Maxeda');
 # 'warehouse De Bijenkorf' -> Company 'De Bijenkorf' (a department store; 'the De Bijenkorf holding company' uses the
 # store's name to describe its owner, no entity of its own); 'Hema, a variety store' -> Company; KKR, Alpinvest,
 # Permira -> Company; the Netherlands, Weesperstraat (a street), Amsterdam -> Location. No entity: 'a new investor
 # group' (unnamed), 'a travel agent', 'an in-store bakery', 'the V&D warehouses' (the stores), 'a new logo', 'Dutch',
 # 'the country' (the Netherlands again, generic)
 entities=[E("Company", VD, "V&D", "Vroom & Dreesman"), E("Location", "Netherlands"), E("Company", "La Place"),
           E("Company", "Postbank"), E("Person", "Willem Vroom"), E("Person", "Anton Dreesmann"),
           E("Location", "Weesperstraat"), E("Location", "Amsterdam"), E("Company", VI, "Vendex"),
           E("Person", "Anton Dreesman"), E("Person", "A.J. Verhoef"), E("Company", "De Bijenkorf"),
           E("Company", "Hema"), E("Company", VK, "Maxeda"), E("Company", "KKR"), E("Company", "Alpinvest"),
           E("Company", "Permira")],
 # 'V&D was founded in 1887 by Willem Vroom and Anton Dreesmann' -> cofounder each (two persons named together;
 # GUIDELINES, Roles, Founders), current true; 'In 1988 Anton Dreesman was replaced as CEO of V&D by A.J. Verhoef' ->
 # ceo at Vroom & Dreesmann for both: Anton Dreesman current false (replaced: he left the post), A.J. Verhoef current
 # true (no leaving told). Near-misses: no other person named
 roles=[R("Willem Vroom", "cofounder", VD), R("Anton Dreesmann", "cofounder", VD), R("Anton Dreesman", "ceo", VD, False),
        R("A.J. Verhoef", "ceo", VD)],
 # 'La Place is a restaurant chain owned by and operated in V&Ds' -> parentOrganization(La Place, Vroom & Dreesmann)
 # (owned by the chain's stores: the chain); 'The ownership of V&D was reorganized into Vendex in 1972' ->
 # parentOrganization(Vroom & Dreesmann, Vendex International) (Vendex made the holding that owns V&D; doubtful: a
 # reader might read a renaming of V&D's owner company and give nothing); 'Vendex KBB was sold to a new investor group
 # in 2004 that included KKR, Alpinvest, and Permira' -> acquired + parentOrganization(Vendex KBB, each) (a completed
 # sale to a group whose named members are the buyers, the consortium rule of batches 27d-34d) and partner(KKR,
 # Alpinvest), partner(KKR, Permira), partner(Alpinvest, Permira) (one group buying together: that rule's joint bid,
 # direction as written; doubtful: the group 'included' them, so it may hold others, and a reader might give the
 # partners nothing). Near-misses: 'Vendex merged in 1999 with the De Bijenkorf holding company' -> nothing (a merger,
 # no buyer told; a reader might give acquired(Vendex, ...)); 'the De Bijenkorf holding company, owners of warehouse
 # De Bijenkorf and Hema' -> no parentOrganization for De Bijenkorf or Hema (their owner, the holding, is not named as
 # an entity of its own; a reader might make them subsidiaries of Vendex KBB, which the text does not state); 'a
 # Postbank ATM', 'full Postbank branch' in the stores -> no partner (no contract or partnership told; a reader might
 # give partner(Vroom & Dreesmann, Postbank)); no relation between Vroom & Dreesmann and Vendex KBB or Maxeda, nor
 # between Vendex International and Vendex KBB (not stated); 'In 1987 the popular La Place restaurant chain was opened
 # in the V&D warehouses' -> nothing more than the parent above
 relations=[L("La Place", "parentOrganization", VD), L(VD, "parentOrganization", VI)] + acq("KKR", VK)
           + acq("Alpinvest", VK) + acq("Permira", VK)
           + [L("KKR", "partner", "Alpinvest"), L("KKR", "partner", "Permira"), L("Alpinvest", "partner", "Permira")],
 outages=[],
 # '2015' ('In 2015'), '1887', '1972', '1982', '1987', '1988', '1999', '2004', '2005', '8 September 2007' -> the day;
 # 'after 10 years' -> left out (relative)
 dates=[D("2015", "2015"), D("1887", "1887"), D("1972", "1972"), D("1982", "1982"), D("1987", "1987"),
        D("1988", "1988"), D("1999", "1999"), D("2004", "2004"), D("2005", "2005"),
        D("8 September 2007", "2007-09-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
