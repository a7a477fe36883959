#!/usr/bin/env python3
"""Batch 55j gold annotations (the texts of batch55j.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-copart-hills-motors-merger-phase-1-concerns-2022 -> test,
uk-cma-dye-durham-tm-group-merger-phase-2-must-sell-2022 -> train,
uk-cma-ecolab-holchem-merger-case-page-sale-to-kilco-2020 -> dev. `published` 2022-11-29, 2022-08-03 and null (the
case page, as batch 17d's case pages).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a and 55g): a purchase the text
tells as done ('Copart’s completed purchase of Hills Motors', 'the completed acquisition by Ecolab Inc. of The
Holchem Group Limited', 'Holchem was acquired by Kilco Holdings Limited', a target the buyer 'must sell') -> `acquired`
AND parentOrganization(target, buyer); ownership the text tells as since undone (Ecolab's, Holchem having been sold on)
is still recorded (relations carry no time); 'X, a subsidiary of Y' -> parentOrganization(X, Y); the regulator an
Organization named by the fullest form the text gives ('Competition and Markets Authority' with alias 'CMA' where the
full name occurs; 'CMA' alone where it does not, as 17d's PayPal / iZettle case page); the chair of a CMA inquiry or
remedy group -> chairman at the CMA (40zo's Polito), the group's other named panel members -> other at the CMA (like
commissioners: GUIDELINES part 2, Roles); countries, regions and towns -> Location. With `published` null only
absolute dates are listed (GUIDELINES part 2, Dates). No outage in any text.
usage: batch55j_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather56j/pool /tmp/gather56j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Copart / Hills Motors, phase 1 concerns (published 2022-11-29) --------------------------------------------------
A["uk-cma-copart-hills-motors-merger-phase-1-concerns-2022"] = dict(
 # 'The Competition and Markets Authority’s (CMA)' then 'The CMA' -> Organization 'Competition and Markets Authority'
 # with alias 'CMA'; 'Copart' (also 'Copart’s') and 'Hills Motors' -> Company (no fuller name in the text); 'the UK' ->
 # Location. Left out: 'green parts' and 'salvage vehicles' (kinds of goods, not named products), 'its auction
 # platform' (unnamed: no Service), 'the insurance industry, finance companies and rental car companies' and 'rival
 # dismantling businesses' (generic), 'Phase 1' (a procedure). No person is named in the cut text (Sorcha O’Carroll's
 # quotation is past the cut)
 entities=[E("Organization", "Competition and Markets Authority", "CMA"), E("Company", "Copart"),
           E("Company", "Hills Motors")] + locs("UK"),
 roles=[],
 # acquired(Copart, Hills Motors) and parentOrganization(Hills Motors, Copart): 'Copart’s completed purchase of Hills
 # Motors', 'Since acquiring Hills Motors' (completed: both). Near-misses: 'national contracts for salvage services'
 # that Copart and Hills Motors 'competed for' (no named customer: no partner); Copart 'one of the largest suppliers of
 # cars to dismantling businesses' (unnamed customers); 'Copart could decide to ... have Hills Motors dismantle them'
 # (a possibility inside one group, not a supply contract: no partner)
 relations=[L("Copart", "acquired", "Hills Motors"), L("Hills Motors", "parentOrganization", "Copart")],
 outages=[],
 # No date in the text: 'currently' and 'previously' cannot be resolved; 'Phase 1' is a procedure
 dates=[])

# ---- Dye & Durham / TM Group, phase 2 decision, must sell (published 2022-08-03) -------------------------------------
A["uk-cma-dye-durham-tm-group-merger-phase-2-must-sell-2022"] = dict(
 # 'The CMA' throughout (the text never spells the name out) -> Organization 'CMA', no alias (as 17d's case pages);
 # 'Dye & Durham' and 'TM Group' -> Company; Locations: 'England', 'Wales' ('in England and Wales'), 'Swindon' (in
 # 'Swindon-based TM Group'), 'UK' ('clients in the UK'). Left out: 'an independent inquiry group' / 'The inquiry
 # group' (an unnamed group of CMA panel members, not an entity), 'conveyancers, solicitors, estate agents, and
 # mortgage brokers' and 'homebuyers' (generic), 'Phase 2' (a procedure). No person is named in the cut text
 entities=[E("Organization", "CMA"), E("Company", "Dye & Durham"), E("Company", "TM Group")]
          + locs("England", "Wales", "Swindon", "UK"),
 roles=[],
 # acquired(Dye & Durham, TM Group) and parentOrganization(TM Group, Dye & Durham): 'the acquisition of TM Group by
 # Dye & Durham substantially lessens competition', 'announced the £91.5 million purchase of Swindon-based TM Group in
 # July 2021', 'The firms were close rivals before the merger' and 'Dye & Durham must sell TM Group' tell a purchase
 # done and a target now owned. Doubtful: 'announced the ... purchase' alone would not say completed; a reader may
 # give acquired only. Near-misses: the ordered sale of TM Group (to no named buyer, not yet made: no relation);
 # 'reports are ordered from firms like Dye & Durham and TM Group by conveyancers, ...' (unnamed customers: no
 # partner); 'Dye & Durham, an international provider of cloud-based software and technology solutions' (no named
 # product: no Service)
 relations=[L("Dye & Durham", "acquired", "TM Group"), L("TM Group", "parentOrganization", "Dye & Durham")],
 outages=[],
 # 'July 2021', 'October 2021', 'December 2021'. Not dates: '£91.5 million' (money), 'Phase 2'
 dates=[D("July 2021", "2021-07"), D("October 2021", "2021-10"), D("December 2021", "2021-12")])

# ---- Ecolab / Holchem merger case page (published null; entries 24 April 2019 - 5 June 2020) -------------------------
A["uk-cma-ecolab-holchem-merger-case-page-sale-to-kilco-2020"] = dict(
 # 'The CMA' throughout (no full name in the text) -> Organization 'CMA', no alias (as 17d's case pages); 'Ecolab
 # Inc.' (the fullest form, as 17d's 'PayPal Holdings, Inc.') with alias 'Ecolab' (also 'Ecolab’s') -> Company; 'The
 # Holchem Group Limited' with aliases 'Holchem Group Limited' ('the Holchem Group Limited'), 'Holchem' and 'Holchem
 # Laboratories' -> one Company (the CAT entry speaks of Ecolab's duty 'to sell Holchem Laboratories', the business the
 # closure summary has sold as 'the Holchem Group Limited' / 'Holchem'; doubtful: a reader may take Holchem
 # Laboratories for a separate operating company); 'Kilco Holdings Limited' and 'the Kersia Group' -> Company 'Kersia
 # Group'; 'Competition Appeal Tribunal (CAT)', 'the CAT', 'The Tribunal' -> Organization with aliases 'CAT' and
 # 'Tribunal' (a court); the four panel members -> Person; 'the UK' -> Location. Left out: 'the Ecolab/Holchem remedy
 # group' (an unnamed CMA group, not an entity), 'a purchaser approved by the CMA' (unnamed), 'the parties', 'CMA
 # Report', 'Final Undertakings', 'Phase 2' (documents and procedures)
 entities=[E("Organization", "CMA"), E("Company", "Ecolab Inc.", "Ecolab"),
           E("Company", "The Holchem Group Limited", "Holchem Group Limited", "Holchem", "Holchem Laboratories"),
           E("Company", "Kilco Holdings Limited"), E("Company", "Kersia Group"),
           E("Organization", "Competition Appeal Tribunal", "CAT", "Tribunal"),
           E("Person", "Kirstin Baker"), E("Person", "Maria Da Cunha"), E("Person", "Robin Foster"),
           E("Person", "David Thomas")] + locs("UK"),
 # 'The CMA appointed the following panel group members to the Ecolab/Holchem remedy group. Kirstin Baker (Chair),
 # Maria Da Cunha, Robin Foster and David Thomas.' -> Kirstin Baker chairman at the CMA (the chair of a CMA group, as
 # 40zo's inquiry-group chair; chairman only, the text naming just her chair as a post); the other three 'panel group
 # members' -> other at the CMA (independent members appointed by the CMA, like commissioners). All current (the text
 # tells no end). Doubtful: a reader may give the members no role (a group membership rather than a post) or give
 # Baker 'other' as well
 roles=[R("Kirstin Baker", "chairman", "CMA"), R("Maria Da Cunha", "other", "CMA"), R("Robin Foster", "other", "CMA"),
        R("David Thomas", "other", "CMA")],
 # acquired(Ecolab Inc., The Holchem Group Limited) and parentOrganization(The Holchem Group Limited, Ecolab Inc.): 'the
 # completed acquisition by Ecolab Inc. of The Holchem Group Limited' (completed: both; the later sale does not undo
 # the record, GUIDELINES part 2: ownership told as past is still recorded). acquired(Kilco Holdings Limited, The
 # Holchem Group Limited) and parentOrganization(The Holchem Group Limited, Kilco Holdings Limited): 'on 28 May 2020
 # Holchem was acquired by Kilco Holdings Limited'. parentOrganization(Kilco Holdings Limited, Kersia Group): 'Kilco
 # Holdings Limited, a subsidiary of the Kersia Group'. Not added: parentOrganization(Holchem, Kersia Group) (indirect;
 # only direct statements are gold). Near-misses: 'to sell the Holchem Group Limited to a purchaser approved by the
 # CMA' and 'the sale of Holchem Laboratories to a purchaser approved by the CMA' (no buyer named there: no relation of
 # their own); the CAT upholding the CMA's decision (a court ruling, no company relation)
 relations=[L("Ecolab Inc.", "acquired", "The Holchem Group Limited"),
            L("The Holchem Group Limited", "parentOrganization", "Ecolab Inc."),
            L("Kilco Holdings Limited", "acquired", "The Holchem Group Limited"),
            L("The Holchem Group Limited", "parentOrganization", "Kilco Holdings Limited"),
            L("Kilco Holdings Limited", "parentOrganization", "Kersia Group")],
 outages=[],
 # `published` null -> absolute dates only: '24 April 2019', '8 October 2019', '5 June 2020', '23 December 2019'
 # (twice, one item), '28 May 2020', '21 April 2020', '9 January 2020'. Not listed: 'today' in 'the CAT today upheld'
 # (21 April 2020 by its entry's date line, but a relative expression, and `published` is null); 'now' (twice)
 dates=[D("24 April 2019", "2019-04-24"), D("8 October 2019", "2019-10-08"), D("5 June 2020", "2020-06-05"),
        D("23 December 2019", "2019-12-23"), D("28 May 2020", "2020-05-28"), D("21 April 2020", "2020-04-21"),
        D("9 January 2020", "2020-01-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
