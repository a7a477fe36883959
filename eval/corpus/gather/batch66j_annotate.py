#!/usr/bin/env python3
"""Batch 66j gold annotations (the texts of batch66j.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66d; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the late 1990s', 'the first few years',
'At that time', 'the early industrialization of Japan', the world wars and 'the Great Recession' -> nothing; 'June
1933', 'May 1933' -> the month; '2008' in 'the 2008 financial crisis' -> the year (an absolute year, as an earlier
round listed it).
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66d): a completed purchase ('was sold to ...
Retailability', 'would purchase Edcon', a 'buyout by' a private equity firm) -> acquired + parentOrganization(target,
buyer), the text never saying a target was merged away; 'Formerly owned by', 'As part of', 'exploration arm', 'became
part of', 'remains part of the ... keiretsu' -> parentOrganization (ownership stated as past is still recorded; 'part
of the X conglomerate' as an earlier round read the Mitsubishi group); a merger with no buyer ('following the merger of
Osaka Shosen Kaisha (OSK) ... and Mitsui Steamship Co., Ltd.') and a split ('it would form into two separate
companies') -> nothing (GUIDELINES, Relations); purchases of mines -> nothing (assets); founders (GUIDELINES part 2,
Roles, 'Founders'): 'the creation of mining engineer A.S. (Bob) Hersov, stockbroker Simeon (Slip) G. Menell and Norbert
S. Erleigh' and 'founded ... by brothers Morris and Eli Ross' -> cofounder each (named together); a senior manager ->
executive (GUIDELINES, Roles: 'manager'); 'appointed to head' -> head; occupations with no organisation ('mining
engineer', 'stockbroker') -> no role; a person's nickname in brackets kept in the name as written ('A.S. (Bob)
Hersov', as the corpus keeps 'William Grove (Bill) Skelly'); the first of two brothers named by his first name only
('brothers Morris and Eli Ross' -> 'Morris', as batch 64c read 'Max and Morris Feldberg'); a company's former and
later names and its romanized and Japanese names -> aliases of one entity; a family ('the Hersov and Menell
families') -> no entity; mines, farms, a mall, a street, a head office building and a named set of leases -> Location
(GUIDELINES, Types: named sites); a place inside 'X-based' ('Durban-based', 'London-based') -> Location (as the corpus
reads 'London-based'); demonyms and adjectives ('South African', 'Japanese') -> nothing; generic phrases ('the
company', 'the chain', 'the zaibatsu', 'the stock exchange', 'the owner', 'the former') -> nothing.
usage: batch66j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- mining and finance, South Africa: Anglovaal (a.osmarks.net's Kiwix copy of 2020) -----------------------------
AG = "Anglovaal Group"
MW = "Middle Witwatersrand (Western Areas) Limited"
ARM = "African Rainbow Minerals Limited"
A["wp-anglovaal"] = dict(
 # the group -> Company 'Anglovaal Group' (the lead's subject), aliases 'Anglo-Transvaal Consolidated Investment
 # Company Limited' ('formed in 1933 as'), 'Anglovaal Limited' ('it became'; 'it was renamed') and 'Anglovaal'
 # ("Anglovaal's exploration arm", 'Anglovaal accounted for'); 'Anglovaal Industrial Holdings' (alias 'AVI'),
 # 'Anglovaal Minerals' (alias 'Avmin'), 'African Rainbow Minerals Limited', 'Middle Witwatersrand (Western Areas)
 # Limited', 'Johannesburg Stock Exchange' (a stock exchange: Company, GUIDELINES part 1) -> Company; A.S. (Bob)
 # Hersov, Simeon (Slip) G. Menell, Norbert S. Erleigh -> Person (the names as written, the nicknames in brackets
 # kept); South Africa, Johannesburg, Potchefstroom ('the Potchefstroom area'), Orange Free State, Merriespruit,
 # Harmony and Virginia (farms named, then mines: 'the farms Merriespruit, Harmony and Virginia', 'the Virginia
 # farm') -> Location; Vogel Deep Mine, Vogelstruis Estates, Bantjes Consolidated Mines (old mines bought: 'such as
 # ...'; 'the' not in the name) and Rand Leases ('These mines and new leases ... came to be called Rand Leases') ->
 # Location (named mines and a named set of them; doubtful: the last two read like company names, but the text
 # presents all four as mines). No entity: 'the Hersov and Menell families' (families; 'Hersov' and 'Menell' there are
 # not aliases of the founders), 'the First World War', 'the Second World War' (events), 'the state government'
 # (unnamed), 'the stock exchange' (generic, after its name)
 entities=[E("Company", AG, "Anglo-Transvaal Consolidated Investment Company Limited", "Anglovaal Limited",
             "Anglovaal"),
           E("Company", "Anglovaal Industrial Holdings", "AVI"), E("Company", "Anglovaal Minerals", "Avmin"),
           E("Company", ARM), E("Location", "Johannesburg"), E("Location", "South Africa"),
           E("Person", "A.S. (Bob) Hersov"), E("Person", "Simeon (Slip) G. Menell"), E("Person", "Norbert S. Erleigh"),
           E("Location", "Vogel Deep Mine"), E("Location", "Vogelstruis Estates"),
           E("Location", "Bantjes Consolidated Mines"), E("Location", "Rand Leases"), E("Company", MW),
           E("Location", "Potchefstroom"), E("Location", "Orange Free State"), E("Location", "Merriespruit"),
           E("Location", "Harmony"), E("Location", "Virginia"), E("Company", "Johannesburg Stock Exchange")],
 # 'It was the creation of mining engineer A.S. (Bob) Hersov, stockbroker Simeon (Slip) G. Menell and Norbert S.
 # Erleigh' -> cofounder each at Anglovaal Group (three named together as creating the company: GUIDELINES part 2,
 # Roles, 'Founders'; doubtful only in the verb: 'the creation of' read as 'founded by'). Near-misses: 'mining
 # engineer', 'stockbroker' -> no role (occupations, no organisation named); 'majority owned ... by the Hersov and
 # Menell families' -> no owner role (families, no person)
 roles=[R("A.S. (Bob) Hersov", "cofounder", AG), R("Simeon (Slip) G. Menell", "cofounder", AG),
        R("Norbert S. Erleigh", "cofounder", AG)],
 # "Anglovaal's exploration arm, Middle Witwatersrand (Western Areas) Limited" -> parentOrganization(Middle
 # Witwatersrand, Anglovaal Group) (an arm: a unit of the group); 'By 2003, Anglovaal Minerals became part of African
 # Rainbow Minerals Limited' -> parentOrganization(Anglovaal Minerals, African Rainbow Minerals Limited) ('became part
 # of' -> parentOrganization only, no acquired: the text names no purchase, as the corpus reads the phrase).
 # Near-misses, no relation: 'it would form into two separate companies, Anglovaal Industrial Holdings (AVI) and
 # Anglovaal Minerals (Avmin)' -> no parentOrganization of either to Anglovaal Group (a split into two companies, not
 # subsidiaries kept; a reader might give both); 'They would purchase old mines ... such as Vogel Deep Mine,
 # Vogelstruis Estates and the Bantjes Consolidated Mines' -> no acquired (mines: assets, GUIDELINES, Relations;
 # doubtful with Bantjes Consolidated Mines, whose name reads like a company's); 'one of six large companies that
 # controlled 85.7% of the stock exchange' -> nothing (a market share, not ownership of the exchange)
 relations=[L(MW, "parentOrganization", AG), L("Anglovaal Minerals", "parentOrganization", ARM)],
 outages=[],
 # '1933', '1981', '2001', '2003', 'June 1933', 'May 1933', '1949', '1955', '1956', '1992'; 'the late 1990s' ->
 # nothing
 dates=[D("1933", "1933"), D("1981", "1981"), D("2001", "2001"), D("2003", "2003"), D("June 1933", "1933-06"),
        D("May 1933", "1933-05"), D("1949", "1949"), D("1955", "1955"), D("1956", "1956"), D("1992", "1992")])

# ---- retail, South Africa: Edgars (hubbry.com's copy) --------------------------------------------------------------
ED = "Edgars"
SAB = "South African Breweries"
BC = "Bain Capital Private Equity LP"
A["wp-edgars-department-store"] = dict(
 # the chain -> Company 'Edgars' ('Edgars store' inside 'his first Edgars store'; 'the chain', 'the company'
 # generic); 'Edcon', 'Retailability', 'Swan & Edgar' (the London store the chain was named after), 'South African
 # Breweries', 'Bain Capital Private Equity LP' -> Company; 'Morris' (the first brother, by his first name only: 'by
 # brothers Morris and Eli Ross') and 'Eli Ross' -> Person; Southern Africa, Johannesburg, South Africa, Namibia,
 # Zambia, Botswana, eSwatini, Lesotho, Ghana, Durban ('Durban-based'), London ('London-based'), 'Joubert Street',
 # Cape Town, Edgardale ('its new head office called Edgardale': a named building), Crown Mines ('a distribution
 # centre at Crown Mines': a place), 'U.S.' ('U.S. private equity firm'), Nairobi, Kenya, 'Fourways Mall' (a named
 # mall) -> Location. No entity: 'the Great Recession', 'the 2008 financial crisis' (events), 'a new 50,000 square
 # meter shopping centre' (unnamed)
 entities=[E("Company", ED), E("Location", "Southern Africa"), E("Location", "Johannesburg"),
           E("Location", "South Africa"), E("Location", "Namibia"), E("Location", "Zambia"), E("Location", "Botswana"),
           E("Location", "eSwatini"), E("Location", "Lesotho"), E("Location", "Ghana"), E("Company", "Edcon"),
           E("Location", "Durban"), E("Company", "Retailability"), E("Person", "Morris"), E("Person", "Eli Ross"),
           E("Location", "London"), E("Company", "Swan & Edgar"), E("Location", "Joubert Street"),
           E("Location", "Cape Town"), E("Location", "Edgardale"), E("Location", "Crown Mines"), E("Company", SAB),
           E("Location", "U.S."), E("Company", BC), E("Location", "Nairobi"), E("Location", "Kenya"),
           E("Location", "Fourways Mall")],
 # 'Edgars was founded in Johannesburg, South Africa in 1929, by brothers Morris and Eli Ross' -> cofounder each at
 # Edgars (two named together: GUIDELINES part 2, Roles, 'Founders'). Near-miss: 'Eli Ross opened his first Edgars
 # store in Joubert Street' -> no further role (an act, no post)
 roles=[R("Morris", "cofounder", ED), R("Eli Ross", "cofounder", ED)],
 # 'Formerly owned by Edcon' (and 'As part of Edcon') -> parentOrganization(Edgars, Edcon) (ownership stated as past
 # is still recorded); 'the company was sold to Durban-based private fashion company Retailability in 2020' ->
 # acquired(Retailability, Edgars) + parentOrganization(Edgars, Retailability); 'South African Breweries would
 # purchase Edcon in 1982' -> acquired(South African Breweries, Edcon) + parentOrganization(Edcon, South African
 # Breweries) ('would purchase' in a history's past: a completed purchase); 'As part of Edcon, Edgars was included in
 # an ill-fated buyout by U.S. private equity firm Bain Capital Private Equity LP in 2007, which burdened the owner
 # with debt' -> acquired(Bain Capital Private Equity LP, Edcon) + parentOrganization(Edcon, Bain Capital Private
 # Equity LP) (a buyout is a completed purchase; its target read as Edcon, 'the owner' it burdened, of which Edgars
 # was part; doubtful: the sentence's subject is Edgars). Near-misses, no relation: no acquired(Bain Capital Private
 # Equity LP, Edgars) and no parentOrganization(Edgars, Bain Capital Private Equity LP) (Edgars was bought as part of
 # its owner; its parent stays Edcon; a reader might give them); 'named after London-based department store Swan &
 # Edgar' -> nothing (a name's origin, no tie); 'when the former went into liquidation' -> nothing (a failure, no
 # outage and no relation)
 relations=[L(ED, "parentOrganization", "Edcon"), L("Retailability", "acquired", ED),
            L(ED, "parentOrganization", "Retailability"), L(SAB, "acquired", "Edcon"),
            L("Edcon", "parentOrganization", SAB), L(BC, "acquired", "Edcon"), L("Edcon", "parentOrganization", BC)],
 outages=[],
 # '1929', '2020', '1937', '1979', '1982', '2007', '2008' ('the 2008 financial crisis'), '2014', '2018'
 dates=[D("1929", "1929"), D("2020", "2020"), D("1937", "1937"), D("1979", "1979"), D("1982", "1982"),
        D("2007", "2007"), D("2008", "2008"), D("2014", "2014"), D("2018", "2018")])

# ---- shipping, Japan: Mitsui O.S.K. Lines (the-uncensored-wiki.com's Kiwix copy of 2017) --------------------------
MOL = "Mitsui O.S.K. Lines, Ltd."
OSK = "Osaka Shosen Kaisha"
MS = "Mitsui Steamship Co., Ltd."
A["wp-mitsui-osk-lines"] = dict(
 # the company -> Company 'Mitsui O.S.K. Lines, Ltd.', aliases 'MOL', 'Mitsui O.S.K. Lines' ('MOL (Mitsui O.S.K.
 # Lines) was founded') and 'Kabushiki-gaisha Shōsen Mitsui' (its romanized Japanese name); 'Osaka Shosen Kaisha'
 # (aliases 'OSK', '大阪商船株式会社' and 'Osaka Shōsen Kabushiki-gaisha'), 'Mitsui Steamship Co., Ltd.' (alias 'Mitsui
 # Line': 'formerly Mitsui Line', a former name), 'Mitsui zaibatsu' and 'Sumitomo zaibatsu' (family-owned
 # conglomerates, the text's glosses), 'Mitsui keiretsu' ('group of aligned companies'; its own entity beside the
 # zaibatsu the company is 'now independent of'; doubtful: a reader might merge the two Mitsui groups), 'Japan Post'
 # ('the newly privatized Japan Post': a business) -> Company; Masaharu Ikuta, Hirose Saihei (family name first, as
 # written) -> Person; Toranomon, Minato, Tokyo, Japan, Osaka ('Osaka financial circles') -> Location. No entity: 'the
 # Law Concerning the Reconstruction and Reorganization of the Shipping Industry' (a law, GUIDELINES, Types), 'the
 # zaibatsu' (generic, after its name), '55 ship owners' (unnamed)
 entities=[E("Company", MOL, "MOL", "Mitsui O.S.K. Lines", "Kabushiki-gaisha Shōsen Mitsui"),
           E("Location", "Toranomon"), E("Location", "Minato"), E("Location", "Tokyo"), E("Location", "Japan"),
           E("Company", "Mitsui zaibatsu"), E("Company", "Mitsui keiretsu"), E("Person", "Masaharu Ikuta"),
           E("Company", "Japan Post"), E("Company", OSK, "OSK", "大阪商船株式会社", "Osaka Shōsen Kabushiki-gaisha"),
           E("Company", MS, "Mitsui Line"), E("Person", "Hirose Saihei"), E("Company", "Sumitomo zaibatsu"),
           E("Location", "Osaka")],
 # 'Many heads of this company ... One of the latest is Masaharu Ikuta, who has been appointed to head the newly
 # privatized Japan Post' -> head at Japan Post, current ('has been appointed to head'), and head at Mitsui O.S.K.
 # Lines, Ltd., current false ('One of the latest' heads of the company, gone to head Japan Post; doubtful: the text
 # does not say he left, and 'head' is the text's own word where the post itself is unnamed); 'Hirose Saihei, senior
 # manager of the Sumitomo zaibatsu' -> executive at Sumitomo zaibatsu ('manager' -> executive, GUIDELINES, Roles),
 # current (no leaving told, as batch 65i kept a historical president current). Near-misses: 'The chief
 # representative of these ship owners was Hirose Saihei' -> no role at Osaka Shosen Kaisha and no founder (he
 # represented the owners who combined their operations; a reader might give founder or head at OSK); 'OSK was
 # founded in 1884, when 55 ship owners ... combined their operations' -> no founder (unnamed); 'a prominent figure in
 # Osaka financial circles' -> no role
 roles=[R("Masaharu Ikuta", "head", "Japan Post"), R("Masaharu Ikuta", "head", MOL, False),
        R("Hirose Saihei", "executive", "Sumitomo zaibatsu")],
 # 'Founded as a key part of the Mitsui zaibatsu ..., the company is now independent of the zaibatsu' ->
 # parentOrganization(MOL, Mitsui zaibatsu) (ownership stated as past is still recorded); 'but remains part of the
 # Mitsui keiretsu (group of aligned companies)' -> parentOrganization(MOL, Mitsui keiretsu) (as the corpus reads
 # 'part of the X conglomerate'; doubtful: a keiretsu is a loose group of aligned companies, not an owner).
 # Near-misses, no relation: 'following the merger of Osaka Shosen Kaisha (OSK) ... and Mitsui Steamship Co., Ltd.'
 # -> no acquired and no parentOrganization among the three (a merger naming no buyer, GUIDELINES, Relations; a reader
 # might make MOL the parent or the buyer of both); no tie of Osaka Shosen Kaisha to the Sumitomo zaibatsu (only its
 # representative's post there is told); no tie of MOL to Japan Post (only the person's move)
 relations=[L(MOL, "parentOrganization", "Mitsui zaibatsu"), L(MOL, "parentOrganization", "Mitsui keiretsu")],
 outages=[],
 # '1964', '1884'; 'At that time', 'In the first few years', 'the early industrialization of Japan' -> nothing
 dates=[D("1964", "1964"), D("1884", "1884")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
