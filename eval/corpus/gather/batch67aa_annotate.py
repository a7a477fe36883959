#!/usr/bin/env python3
"""Batch 67aa gold annotations (the texts of batch67aa.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66b; batch10_annotate.write_parts), so with three texts: wp-filenes test,
wp-niagara-mohawk-power-corporation train, wp-shoneys dev. All are Wikipedia texts with `published` null: only absolute
dates (GUIDELINES.md, Dates); a year range ('From 1950 to 2002') -> the years as items (as batches 61e-66b); a month
with its year ('by September 2006') -> the month; 'As of 2016' -> the year; relative spans anchored on another date of
the text ('Two years later', 'Thirty years later'), 'today', 'the later half of the twentieth century' (a part of a
century) -> nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a chain
renamed and sold, a utility bought and its power stations sold, stores converted to another nameplate are business
events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66b): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('Founder Alex Schoenbaum', 'it was
founded by William Filene in 1881', 'He is the founder and chairman of Royal Hospitality'), current true (no leaving
told, as batch 66b's founder); 'with X as chairman and chief executive officer' -> chairman and ceo, current true (the
text's 'current corporate entity'); former names and later designations of one company -> aliases (GUIDELINES, Types:
'originally William Filene & Sons Co.'; 'In 1929, 59 former companies were incorporated into the Niagara Hudson Power
Corporation' then 'The company adopted the name Niagara Mohawk Power Corporation in 1950'; 'The Niagara Mohawk Power
Corporation designation was retired, using variations of NationalGridUS (such as National Grid Buffalo)'; 'Federated
itself was renamed Macy's, Inc.'; Shoney's first restaurant name, 'the first Parkette Drive-In ... Two years later the
name was changed to Shoney's', doubtful); 'X was acquired by Y', 'Y acquired X through Z', 'X was sold to Y' (a company)
-> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions, the target not said to be merged
away; the buyer of 'Davoudpour acquired Shoney's in 2006 through Royal Hospitality Corp.' read as the company named,
doubtful); 'through its subsidiary X', 'an original member of the holding company X', 'the Federated-owned ... Macy's
nameplate', 'X assumed control of Y' -> parentOrganization (owned-by and control statements; 'assumed control' read
as control, no purchase told, doubtful); 'X spun off Y into a separate company' -> parentOrganization(Y, X) (past
ownership kept, as batch 20a's 'spun off from the Toshiba Corporation' and the batches after it); a licensee of a
named chain and its 'affiliation', and 'in partnership with' named companies -> partner (GUIDELINES, Relations:
licensing deals and stated partnerships; direction as written); power stations and a plant bought, sold or co-owned
(assets, GUIDELINES, Relations: asset purchases -> nothing; and named sites take no relation, GUIDELINES, Types) ->
nothing; a nameplate replacing another chain's ('the Filene's nameplate replaced the Hartford-based G. Fox & Co.') ->
nothing (doubtful); a rival ('was rivaled by') and a 'successor' -> nothing; power stations, a region's name, states
and cities -> Location (GUIDELINES, Types: named sites and facilities, a power station among them); a statue's name
and nickname, a pronunciation, an architectural style and adjectives ('American', 'Boston-based') -> nothing.
usage: batch67aa_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- restaurants, US: Shoney's -------------------------------------------------------------------------------------
SN = "Shoney's North America Corp."
BB = "Big Boy Restaurants"
RH = "Royal Hospitality Corp."
A["wp-shoneys"] = dict(
 # the company -> Company "Shoney's North America Corp." (the fullest name: 'The current corporate entity is ...'),
 # aliases "Shoney's" (six times, with a straight apostrophe), 'Shoney’s' (the first word, with a typographic
 # one: the same name as written, listed so that both surface forms are found) and 'Parkette Drive-In' (the name of
 # the first restaurant and of the business until 'Two years later the name was changed to Shoney's': a former name,
 # GUIDELINES, Types; doubtful: a reader might take 'the first Parkette Drive-In' for one restaurant, a site, and give
 # it no entity or a Location); Big Boy Restaurants (alias 'Big Boy', in 'its Big Boy territory' and 'the Big Boy
 # affiliation') and Royal Hospitality Corp. (alias 'Royal Hospitality') -> Company; Alex Schoenbaum and David
 # Davoudpour (alias 'Davoudpour') -> Person; Nashville, Tennessee, United States, the South, the Midwest, the Lower
 # Mid-Atlantic ('Lower Mid-Atlantic states': a region, the name as written with 'Lower'; doubtful: a reader might take
 # 'Mid-Atlantic' alone), Atlanta, Maryland, Florida, Missouri, Texas, Ohio, Charleston and West Virginia -> Location
 # (GUIDELINES, Types: regions, states and cities). No entity: 'the east', 'the west' (directions); 'his father’s
 # bowling alley' (unnamed); 'around 150 company-owned and franchised Shoney's restaurants in 17 states' (counts)
 entities=[E("Company", SN, "Shoney's", "Shoney\u2019s", "Parkette Drive-In"), E("Location", "Nashville"),
           E("Location", "Tennessee"), E("Location", "United States"), E("Location", "South"),
           E("Location", "Midwest"), E("Location", "Lower Mid-Atlantic"), E("Person", "Alex Schoenbaum"),
           E("Company", BB, "Big Boy"), E("Person", "David Davoudpour", "Davoudpour"), E("Company", RH,
           "Royal Hospitality"), E("Location", "Atlanta"), E("Location", "Maryland"), E("Location", "Florida"),
           E("Location", "Missouri"), E("Location", "Texas"), E("Location", "Ohio"), E("Location", "Charleston"),
           E("Location", "West Virginia")],
 # 'Founder Alex Schoenbaum opened the first Parkette Drive-In' -> founder at Shoney's North America Corp. (the
 # company under its names, as batch 66b gave Kelvinator's founder the company of its later name), current true;
 # 'Shoney's North America Corp., with David Davoudpour as chairman and chief executive officer' -> chairman and ceo,
 # current true; 'He is the founder and chairman of Royal Hospitality' -> founder and chairman at Royal Hospitality
 # Corp., current true ('is'). Near-misses, no role: 'became a licensee of Big Boy Restaurants' (a licensee, no post
 # at Big Boy: a reader might give Schoenbaum a role there); 'Davoudpour acquired Shoney's' (an owner: the posts are
 # told in the sentence before, no second role from the purchase)
 roles=[R("Alex Schoenbaum", "founder", SN), R("David Davoudpour", "chairman", SN), R("David Davoudpour", "ceo", SN),
        R("David Davoudpour", "founder", RH), R("David Davoudpour", "chairman", RH)],
 # 'Davoudpour acquired Shoney's in 2006 through Royal Hospitality Corp.' -> acquired(Royal Hospitality Corp.,
 # Shoney's North America Corp.) + parentOrganization (a completed purchase made through the company named; doubtful:
 # the subject is a person, and a reader might give no relation, as batch 66b did for Howard Hughes' purchase where no
 # company was named as the vehicle); 'became a licensee of Big Boy Restaurants in 1952' with '... Shoney's dropped the
 # Big Boy affiliation' -> partner(Shoney's North America Corp., Big Boy Restaurants) (a licensing deal, GUIDELINES,
 # Relations; the licensee named is the founder, but the affiliation is the company's; past, relations carry no time;
 # doubtful). Near-misses, no relation: 'aggressive subfranchising followed' (no subfranchisee named); 'having
 # outgrown its Big Boy territory' (the licence's area, no second relation); 'company-owned and franchised Shoney's
 # restaurants' (unnamed franchisees)
 relations=b10.acq(RH, SN) + [L(SN, "partner", BB)],
 outages=[],
 # 'in 1947' and 'In 1947' (one item), 'in 1952', 'in 2006', 'As of 2016' -> the years. No date: 'Two years later',
 # 'Thirty years later' (relative to another date of the text; `published` null: no absolute expression, though a
 # reader could count 1954 and about 1984)
 dates=[D("1947", "1947"), D("1952", "1952"), D("2006", "2006"), D("2016", "2016")])

# ---- electric and gas utilities, US: Niagara Mohawk Power Corporation ---------------------------------------------
NM = "Niagara Mohawk Power Corporation"
NG = "National Grid plc"
CN = "Canadian Niagara Power"
A["wp-niagara-mohawk-power-corporation"] = dict(
 # the company -> Company 'Niagara Mohawk Power Corporation', aliases 'Niagara Mohawk' ('erected by Niagara Mohawk'),
 # 'Niagara Hudson Power Corporation' and 'Niagara Hudson' (its name from 1929 until 'The company adopted the name
 # Niagara Mohawk Power Corporation in 1950': a former name, GUIDELINES, Types; doubtful: '59 former companies were
 # incorporated into' it might be read as a new company formed by a merger, but the text tells one company renamed),
 # 'NationalGridUS' and 'National Grid Buffalo' (the designations used for it once its own 'was retired': later names
 # of the same business; doubtful: a reader might take 'NationalGridUS' for National Grid's American arm, a company of
 # its own, or give neither an entity); National Grid plc, Canadian Niagara Power, Fortis Inc., Constellation Energy
 # (alias 'Constellation', in "Constellation's successor"), Exelon and Électricité de France -> Company; New York
 # State (alias 'New York', in 'western New York'; 'the state' a common noun), Syracuse (twice), the Capital District,
 # Buffalo, Niagara Falls (twice, for two cities: the New York one and 'Niagara Falls, Ontario'; one entity for the
 # one name, doubtful), Ontario, the Rankine Generating Station and the Nine Mile Point Nuclear Generating Station ->
 # Location (GUIDELINES, Types: a power station is a named site). No entity: 'Spirit of Light' and 'Iron Mike' (a
 # statue's name and nickname); 'Art Deco-style' (a style); '59 former companies' (unnamed); 'annual reports';
 # 'antitrust action' (no body named)
 entities=[E("Company", NM, "Niagara Mohawk", "Niagara Hudson Power Corporation", "Niagara Hudson", "NationalGridUS",
             "National Grid Buffalo"),
           E("Location", "New York State", "New York"), E("Company", NG), E("Location", "Syracuse"),
           E("Location", "Capital District"), E("Location", "Buffalo"), E("Location", "Niagara Falls"),
           E("Location", "Rankine Generating Station"), E("Location", "Ontario"), E("Company", CN),
           E("Company", "Fortis Inc."), E("Location", "Nine Mile Point Nuclear Generating Station"),
           E("Company", "Constellation Energy", "Constellation"), E("Company", "Exelon"),
           E("Company", "\u00c9lectricit\u00e9 de France")],
 # No role: the text names no person.
 roles=[],
 # 'which was acquired in 2000 by National Grid plc' -> acquired(National Grid plc, Niagara Mohawk Power Corporation)
 # + parentOrganization (a completed purchase; the company's designation retired, but 'its official designation on
 # annual reports is still Niagara Mohawk Power Corporation': not merged away); 'through its subsidiary Canadian
 # Niagara Power' -> parentOrganization(Canadian Niagara Power, Niagara Mohawk Power Corporation) (past, 'From 1950 to
 # 2002': relations carry no time); 'The station and Canadian Niagara Power were sold to Fortis Inc. in 2002' ->
 # acquired(Fortis Inc., Canadian Niagara Power) + parentOrganization (a company sold: a completed purchase).
 # Near-misses, no relation: 'it owned the Rankine Generating Station' and 'The station ... were sold to Fortis Inc.'
 # (a power station, an asset and a named site: a reader might give parentOrganization to a Location); 'The Nine Mile
 # Point Nuclear Generating Station was erected by Niagara Mohawk', 'The plant was sold to Constellation Energy in
 # 2001' (a plant sold, an asset: no acquired, GUIDELINES, Relations); "Constellation's successor, Exelon" (a
 # succession told with no purchase or merger: a reader might give acquired(Exelon, Constellation Energy), which the
 # text does not say); 'Exelon, along with Électricité de France, co-own the plant today' (joint ownership of an
 # asset, not a joint venture named: no partner; doubtful); 'the main electric and natural gas provider' (no named
 # Service, so no provider); 'using variations of NationalGridUS' (aliases, no relation)
 relations=b10.acq(NG, NM) + [L(CN, "parentOrganization", NM)] + b10.acq("Fortis Inc.", CN),
 outages=[],
 # 'in 2000', 'In 1929', 'In 1932', 'in 1950' with 'From 1950 to 2002' -> '1950' (one item) and '2002' (with 'in
 # 2002', one item), 'in 1969', 'in 1988', 'in 2001' -> the years. No date: 'today' (relative, `published` null);
 # '59' (a count)
 dates=[D("2000", "2000"), D("1929", "1929"), D("1932", "1932"), D("1950", "1950"), D("2002", "2002"),
        D("1969", "1969"), D("1988", "1988"), D("2001", "2001")])

# ---- department stores, US: Filene's ------------------------------------------------------------------------------
FI = "Filene's"
FB = "Filene's Basement"
FD = "Federated Department Stores"
MY = "The May Department Stores Company"
MEMBERS = ["Abraham & Straus", "Lazarus", "Shillito's"]
A["wp-filenes"] = dict(
 # the company -> Company "Filene's", alias 'William Filene & Sons Co.' ('originally': its first name, GUIDELINES,
 # Types); William Filene -> Person; Filene's Basement ('its off-price sister store', later 'a separate company'),
 # Abraham & Straus, Lazarus, Shillito's, Federated Department Stores (aliases 'Federated', four times, and "Macy's,
 # Inc." from 'Federated itself was renamed Macy's, Inc., in 2007': a later name, GUIDELINES, Types), Jordan Marsh,
 # The May Department Stores Company (alias 'May', 'May itself was ultimately acquired'), G. Fox & Co., Steiger's,
 # Kaufmann's and Macy's ('the Federated-owned, Cincinnati-based Macy's nameplate': a store chain, as Filene's own
 # 'nameplate' and 'brand' are; doubtful: a reader might give it a Service, or fold it into "Macy's, Inc.") ->
 # Company; Boston (twice, also in 'Boston-based'), Massachusetts, New England, New York, Hartford (in
 # 'Hartford-based'), Pittsburgh (in 'Pittsburgh-based') and Cincinnati (in 'Cincinnati-based') -> Location. No
 # entity: '/fˈlnz/' (a pronunciation as the copy renders it); 'the original full-line store' and 'shopping
 # malls' (unnamed); 'the holding company' (a common noun for Federated)
 entities=[E("Company", FI, "William Filene & Sons Co."), E("Person", "William Filene"), E("Location", "Boston"),
           E("Location", "Massachusetts"), E("Company", FB)] + [E("Company", m) for m in MEMBERS] +
          [E("Company", FD, "Federated", "Macy's, Inc."), E("Location", "New England"), E("Location", "New York"),
           E("Company", "Jordan Marsh"), E("Company", MY, "May"), E("Location", "Hartford"),
           E("Company", "G. Fox & Co."), E("Company", "Steiger's"), E("Location", "Pittsburgh"),
           E("Company", "Kaufmann's"), E("Location", "Cincinnati"), E("Company", "Macy's")],
 # 'it was founded by William Filene in 1881' -> founder at Filene's (one person named alone, GUIDELINES, Roles,
 # 'Founders'), current true (no leaving told). No other person is named
 roles=[R("William Filene", "founder", FI)],
 # "Filene's, in partnership with Abraham & Straus, Lazarus, and Shillito's, was an original member of the holding
 # company Federated Department Stores upon its establishment in 1929" -> parentOrganization of each of the four to
 # Federated Department Stores (members of a holding company: owned by it; past, relations carry no time) and
 # partner(Filene's, each of the three) ('in partnership with', stated, direction as written; doubtful: the
 # partnership is the founding of the holding company, and a reader might give no partner); "Federated sold Filene's
 # to The May Department Stores Company ... in 1988" -> acquired(The May Department Stores Company, Filene's) +
 # parentOrganization (a completed sale of a company); "and spun off Filene's Basement into a separate company" ->
 # parentOrganization(Filene's Basement, Federated Department Stores) (past ownership kept, as batch 20a's spin-off;
 # doubtful); "the store assumed control of the Pittsburgh-based department store chain Kaufmann's in 2002" ->
 # parentOrganization(Kaufmann's, Filene's) (control, no purchase told: both were May's; doubtful: a reader might read
 # 'assumed control' as 'took over' and add acquired); 'May itself was ultimately acquired by Federated in 2005' ->
 # acquired(Federated Department Stores, The May Department Stores Company) + parentOrganization (not said to be
 # merged away); "the Federated-owned, Cincinnati-based Macy's nameplate" -> parentOrganization(Macy's, Federated
 # Department Stores). Near-misses, no relation: "its off-price sister store Filene's Basement" (a sister store, no
 # owner stated beyond the spin-off: a reader might give parentOrganization(Filene's Basement, Filene's));
 # "the Filene's nameplate replaced the Hartford-based G. Fox & Co. in 1992 and Steiger's in 1994" (stores renamed
 # within one owner, no purchase told: a reader might give acquired(Filene's, G. Fox & Co.) and Steiger's); 'was
 # rivaled by fellow Boston-based department store Jordan Marsh' (a rival, no relation); "the Filene's brand was
 # retired and most stores were converted into ... Macy's" (a conversion, no purchase between the two chains);
 # "Federated itself was renamed Macy's, Inc." (an alias, no relation)
 relations=[L(m, "parentOrganization", FD) for m in [FI] + MEMBERS] + [L(FI, "partner", m) for m in MEMBERS] +
           b10.acq(MY, FI) + [L(FB, "parentOrganization", FD), L("Kaufmann's", "parentOrganization", FI)] +
           b10.acq(FD, MY) + [L("Macy's", "parentOrganization", FD)],
 outages=[],
 # 'in 1881', 'in 1908', 'in 1929', 'in 1988', 'in 1992', 'in 1994', 'in 2002', 'in 2005', 'in 2007' -> the years;
 # 'by September 2006' -> 2006-09. No date: 'the later half of the twentieth century' (a part of a century, no ISO
 # value)
 dates=[D("1881", "1881"), D("1908", "1908"), D("1929", "1929"), D("1988", "1988"), D("1992", "1992"),
        D("1994", "1994"), D("2002", "2002"), D("2005", "2005"), D("September 2006", "2006-09"), D("2007", "2007")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
