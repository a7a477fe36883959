#!/usr/bin/env python3
"""Gold for batch 58f (session 55, gatherer 58f: two Justice Department releases on foreign companies -- the United
States' intervention in a False Claims Act lawsuit against the Japanese company Toyo Ink Manufacturing Co. Ltd. and its
U.S. subsidiaries Toyo Ink International Corp., Toyo Ink America LLC and Toyo Ink Manufacturing America LLC over import
duties evaded on carbazole violet pigment number 23, with Stuart F. Delery of the Civil Division quoted (OPA, 24 April
2012); Dead Sea Bromine Company Ltd. of Beer Sheva, Israel, agreeing to plead guilty and pay a $7 million fine for
fixing prices of bromine products (TBBA, DECA, methyl bromide) in a case filed in U.S. District Court in Dallas
(Antitrust Division, 27 July 2000)), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against
`published` (each page's own date line).
Conventions (the DOJ lane's releases: 57r, 57e, 56i, 56o, 55q, 53w and their sources; GUIDELINES section 2): the
Justice Department an Organization -- where the text has both 'Justice Department' and 'Department of Justice', one
entity 'Department of Justice' with 'Justice Department' its alias (57r's DRS, 53t, 57e); 'the Department' /
"the Department's" alone generic, no alias (56i); '<name>, Acting Assistant Attorney General for the Civil Division of
the Department of Justice' -> head of the Civil Division, current (57r's Branda, 57e's Wayland, 55q's Delery), and
parentOrganization(Civil Division, Department of Justice) from 'of the Department of Justice'; '<parent> and its U.S.
subsidiaries: X, located in <state>; Y, ...' -> parentOrganization(each subsidiary, parent) and each state a Location
(55y's, 57e's subsidiaries); a company's shortened name used later ('Toyo Ink', 'Toyo', 'Dead Sea Bromine Co. Ltd.')
-> alias, where the text uses it of that company; 'U.S. Customs and Border Protection' ... 'U.S. Customs' -> one
Organization with the short form its alias (19b3 gave CBP its abbreviation); 'U.S. District Court in <city>' -> one
Organization 'U.S. District Court' and the city a Location (56i, 55u, 55m, 53w); 'headquartered in <city>, <country>'
-> two Locations, no relation (57r's Herndon, Virginia); 'the United States' as a place -> Location United States, and
'the U.S.' as a place its alias (56i), while 'U.S.' as a modifier ('its U.S. subsidiaries', 'U.S. businesses', 'U.S.
antitrust laws') adds nothing (53w); a nationality adjective ('Japanese company', 'An Israeli chemical company',
'American businesses') -> no Location of its own (56i); 'WASHINGTON, D.C.' in the dateline -> nothing (56i, 56d, 57r);
chemicals and product classes ('printing inks', 'carbazole violet pigment number 23 (CVP-23)', 'TBBA', 'DECA', '100
percent methyl bromide', 'bromine') -> nothing (no Service: products nobody 'uses' as an app or platform, 56i's
choline chloride); unnamed parties ('an unnamed corporate co-conspirator') -> nothing; 'today' -> against `published`.
usage: batch58f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather59f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Toyo Ink Manufacturing Co. Ltd. and its U.S. subsidiaries, published 2012-04-24 (a Tuesday) --------------------
TIM = "Toyo Ink Manufacturing Co. Ltd."
TII = "Toyo Ink International Corp."
TIA = "Toyo Ink America LLC"
TIMA = "Toyo Ink Manufacturing America LLC"
DOJ = "Department of Justice"
CIV = "Civil Division"
CBP = "U.S. Customs and Border Protection"
DOC = "Department of Commerce"
A["us-doj-opa-toyo-ink-manufacturing-us-subsidiaries-false-claims-import-duties-intervention-2012"] = dict(
 # Companies: Toyo Ink Manufacturing Co. Ltd. ('Japanese company, Toyo Ink Manufacturing Co. Ltd.'; 'Toyo Ink, which
 # has operations worldwide, is a leading provider of printing inks' and 'Toyo misrepresented', "Toyo\u2019s CVP-23
 # imports" -> aliases 'Toyo Ink' and 'Toyo': the short name the release gives the Japanese company it sued --
 # **doubtful**: a reader may take 'Toyo Ink' for the group as a whole, parent and subsidiaries, and leave it
 # without an entity), Toyo Ink International Corp., Toyo Ink America LLC, Toyo Ink Manufacturing America LLC (each
 # once). Organizations: the Department of Justice ('the Justice Department announced today' -> alias 'Justice
 # Department'; 'the Civil Division of the Department of Justice'), the Civil Division, U.S. Customs and Border
 # Protection ('which are collected by U.S. Customs' -> alias 'U.S. Customs': the same agency, named short in the next
 # sentence), the Department of Commerce. Person: Stuart F. Delery. Locations: United States ('The United States has
 # intervened', 'United States markets': the country, as plaintiff and as market -- **doubtful** for the first, a
 # party, but the second is a place), New York, Illinois, New Jersey (the subsidiaries' seats), China, India (the
 # pigment's true origins), Japan, Mexico (the declared origins and the finishing places).
 # Not annotated: 'U.S.' in 'its U.S. subsidiaries', 'U.S. businesses' and the title's 'U.S. Companies' (modifiers:
 # 53w -- **near-miss**, a reader may add 'U.S.' as an alias of United States), 'Japanese' (an adjective: Japan is
 # annotated from its own mentions), 'the Toyo Ink companies' (a collective phrase for the four companies, not a name
 # of one -- **near-miss**), 'printing inks' and 'the colorant carbazole violet pigment number 23 (CVP-23)' (product
 # classes: no Service -- **near-miss**, a reader may make CVP-23 a Service with Toyo Ink its provider), 'the False
 # Claims Lawsuit' / 'the suit' / 'the complaint' (a case, no name of its own), 'antidumping and countervailing duties'
 # (levies)
 entities=[E("Location", "United States"),
           E("Company", TIM, "Toyo Ink", "Toyo"),
           E("Company", TII),
           E("Location", "New York"),
           E("Company", TIA),
           E("Location", "Illinois"),
           E("Company", TIMA),
           E("Location", "New Jersey"),
           E("Organization", DOJ, "Justice Department"),
           E("Organization", CBP, "U.S. Customs"),
           E("Organization", DOC),
           E("Location", "China"),
           E("Location", "India"),
           E("Location", "Japan"),
           E("Location", "Mexico"),
           E("Person", "Stuart F. Delery"),
           E("Organization", CIV)],
 # 'said Stuart F. Delery, Acting Assistant Attorney General for the Civil Division of the Department of Justice' ->
 # head of the Civil Division, current (an acting head leads it: 57r's Branda, 57e's Wayland; 55q gave the same man
 # the same post a year later). Nobody at any Toyo Ink company is named (near-miss: no officer, no relator -- the
 # relator John Dickson is in the settlement's third-party copies, not in this text)
 roles=[R("Stuart F. Delery", "head", CIV)],
 # 'Toyo Ink Manufacturing Co. Ltd. and its U.S. subsidiaries: Toyo Ink International Corp., ...; Toyo Ink America
 # LLC, ...; and Toyo Ink Manufacturing America LLC' -> parentOrganization(each of the three, Toyo Ink Manufacturing
 # Co. Ltd.). 'the Civil Division of the Department of Justice' -> parentOrganization(Civil Division, Department of
 # Justice). Near-misses: U.S. Customs and Border Protection and the Department of Commerce ('The Department of
 # Commerce assesses ... duties, which are collected by U.S. Customs': two agencies sharing a task, no parent and no
 # partner stated -- CBP's own parent, the Department of Homeland Security, is not in this text); the Toyo Ink
 # companies and CBP ('documents presented to U.S. Customs and Border Protection': an importer's filings, no partner);
 # the Toyo Ink companies and the United States (parties to a lawsuit: no relation); 'Toyo Ink ... is a leading provider
 # of printing inks' (no named product: no provider relation)
 relations=[L(TII, "parentOrganization", TIM),
            L(TIA, "parentOrganization", TIM),
            L(TIMA, "parentOrganization", TIM),
            L(CIV, "parentOrganization", DOJ)],
 outages=[],
 # 'the Justice Department announced today' -> 'today' 2012-04-24 (the page's date line). 'have been subject to these
 # duties since 2004' -> '2004' 2004. Not dates: 'number 23' (a pigment number)
 dates=[D("today", "2012-04-24"), D("2004", "2004")])

# ---- Dead Sea Bromine Company Ltd., published 2000-07-27 (a Thursday) -------------------------------------------------
DSB = "Dead Sea Bromine Company Ltd."
USDC = "U.S. District Court"
A["us-doj-opa-dead-sea-bromine-israeli-chemical-company-bromine-products-price-fixing-plea-2000"] = dict(
 # Company: Dead Sea Bromine Company Ltd. ('Dead Sea Bromine Co. Ltd.' twice -> alias; 'An Israeli chemical company'
 # and 'an Israeli company' generic, no alias). Organizations: the Department of Justice ('the Department of Justice
 # announced'; 'the Department' twice generic, no alias -- 56i), the U.S. District Court ('filed today in U.S.
 # District Court in Dallas': 56i's one Organization, the city a Location). Locations: United States ('in the United
 # States'; 'in the U.S. beginning in July 1995', a place -> alias 'U.S.' -- 56i; 'U.S. antitrust laws' a modifier
 # only), Dallas (the court's city), Beer Sheva and Israel ('headquartered in Beer Sheva, Israel').
 # Not annotated: 'WASHINGTON, D.C.' (the dateline: 56i, 57r), 'Israeli' in the title and twice in the text (an
 # adjective: Israel is annotated from its own mention), 'an unnamed corporate co-conspirator' (unnamed --
 # **near-miss**: a reader who knows the case may add the U.S. bromine producer that was the co-conspirator; the text
 # names none), 'TBBA', 'DECA', '100 percent methyl bromide', 'tetrabrombisphenol-A', 'decabromodiphenyloxide',
 # 'elemental bromine' and 'flame retardant and fumigant products' (chemicals and product classes: no Service --
 # **near-miss**, a reader may make TBBA, DECA and methyl bromide Services with Dead Sea Bromine their provider, 'sold
 # by it'), 'epoxy, phenolic and polycarbonate resins', 'thermoplastics and fibers', 'consumer electronic products'
 # (generic goods)
 entities=[E("Company", DSB, "Dead Sea Bromine Co. Ltd."),
           E("Location", "United States", "U.S."),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "Dallas"),
           E("Location", "Beer Sheva"),
           E("Location", "Israel")],
 # No person is named in the kept text (the quotation that closes the excerpt breaks off before its speaker) -> no
 # role. Near-miss: the Antitrust Division ('AT' in the header line, left out of the text) and its head are not in
 # the text
 roles=[],
 # No relation: Dead Sea Bromine's parent group is not named in the text (near-miss: a reader who knows the company may
 # add its Israeli parent); Dead Sea Bromine and the unnamed co-conspirator (no name: no partner); the Department and
 # the court (no tie stated: 53w, 56i); 'headquartered in Beer Sheva, Israel' is a seat, not a relation
 relations=[],
 outages=[],
 # 'today agreed' and 'filed today' -> 'today' 2000-07-27 (the page's date line 'THURSDAY, JULY 27, 2000'); 'beginning
 # in July 1995' -> 'July 1995' 1995-07; 'until April 1998' -> 'April 1998' 1998-04. Not dates: '$7 million' (a sum),
 # '100 percent' (a purity), 'one-count' (a count), 'the first time' (no calendar value)
 dates=[D("today", "2000-07-27"), D("July 1995", "1995-07"), D("April 1998", "1998-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
