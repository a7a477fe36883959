#!/usr/bin/env python3
"""Batch 51y gold annotations (the texts of batch51y.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
gov-uk-dcms-trinity-mirror-northern-shell-publishing-assets-no-phase-2-reference-2018 -> test,
gov-uk-nsi-act-emirates-telecommunications-vodafone-strategic-relationship-final-order-2024 -> train. `published`
2018-06-20 and 2024-01-24.
Conventions (GUIDELINES.md part 2; the gov.uk texts of batches 18b, 21c, 24b, 51f, 51k and 51s): government bodies, the
CMA and Ofcom -> Organization; 'UK Government' -> Organization (as the gov.uk texts in train and dev have it); an unnamed
office-holder ('the Secretary of State', 'I') -> no entity, no role; a country's name, also as a modifier ('UK cyber
security') -> Location, 'UK' an alias of 'United Kingdom' where both occur; a website named in the text ('the gov.uk
website') -> Service (as the gov.uk and Hansard texts in train and dev have 'GOV.UK' / 'gov.uk'); a former name given
with 'now known as' -> an alias of the same entity; laws and the years in their names ('Enterprise Act 2002', 'National
Security and Investment Act 2021') are neither entities nor dates. An agreement that gives one company material influence
over another ('Strategic Relationship Agreement') -> partner, not acquired; a purchase of 'certain publishing assets'
-> nothing (an asset purchase, GUIDELINES part 2); a company's role as 'a strategic supplier of services' to a named
government -> partner (a supply relation). No outage in either text.
usage: batch51y_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather52y/pool /tmp/gather52y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Trinity Mirror (Reach) / Northern & Shell publishing assets, no Phase 2 reference (published 2018-06-20) ------
A["gov-uk-dcms-trinity-mirror-northern-shell-publishing-assets-no-phase-2-reference-2018"] = dict(
 # 'Trinity Mirror plc (now known as Reach Plc)' -> one Company, name 'Trinity Mirror plc' (the name the deal is told
 # under), alias 'Reach Plc' (the new name; doubtful which is the name: a reader may make 'Reach Plc' the name and
 # 'Trinity Mirror plc' the alias - either way one entity); 'Northern & Shell Media Group Limited' -> Company; 'the
 # Competition and Markets Authority (CMA)' -> Organization, alias 'CMA' (also in 'the CMA’s findings'); 'Ofcom' (also in
 # 'Ofcom’s conclusions') -> Organization; 'the United Kingdom' -> Location; 'the gov.uk website' -> Service 'gov.uk'
 # (a website, as GOV.UK / gov.uk in train and dev; no provider named). Left out: 'I' / 'the Secretary of State' (the
 # author is not named in the text), 'the House' (unnamed), 'the parties', 'interested parties', the PIIN (a notice),
 # 'Phase 2 investigation', the Enterprise Act 2002 (a law)
 entities=[E("Company", "Trinity Mirror plc", "Reach Plc"), E("Company", "Northern & Shell Media Group Limited"),
           E("Organization", "Competition and Markets Authority", "CMA"), E("Organization", "Ofcom"),
           E("Service", "gov.uk")] + locs("United Kingdom"),
 # No role: the minister is 'I' and 'the Secretary of State' only
 roles=[],
 # Near-miss, no relation: 'the acquisition by Trinity Mirror plc ... of certain publishing assets of Northern & Shell
 # Media Group Limited' is an asset purchase (GUIDELINES part 2: asset purchases -> nothing), though the statement
 # then calls it 'the merger'; no acquired and no parentOrganization between the two companies (doubtful: a reader
 # may give acquired(Trinity Mirror plc, Northern & Shell Media Group Limited) for a completed 'merger situation').
 # The CMA and Ofcom report to the Secretary of State: a statutory duty, no partner
 relations=[],
 outages=[],
 # '1 May 2018' -> 2018-05-01; 'Thursday 31 May' -> 2018-05-31 (a Thursday in 2018, the year of `published`);
 # 'today' (twice, one item) -> 2018-06-20 (`published`). Not dates: '2002' in the Act's name, 'section 56(1)'
 dates=[D("1 May 2018", "2018-05-01"), D("Thursday 31 May", "2018-05-31"), D("today", "2018-06-20")])

# ---- e& / Vodafone Group Plc, final order on the Strategic Relationship Agreement (published 2024-01-24) ------------
A["gov-uk-nsi-act-emirates-telecommunications-vodafone-strategic-relationship-final-order-2024"] = dict(
 # 'Vodafone Group Plc' (also 'Vodafone Group Plc’s') with alias 'Vodafone' ('Vodafone’s board composition', 'Vodafone
 # and its group') -> Company; 'Emirates Telecommunications Group Company PJSC' -> Company ('a public joint stock
 # company'); 'the United Arab Emirates' -> Location; 'the United Kingdom' with alias 'UK' ('UK cyber security', 'the
 # UK’s central government') -> Location; 'the UK Government' ('the UK Government’s domestic and international
 # initiatives', 'UK Government departments') -> Organization (as in train and dev; doubtful: 'the UK’s central
 # government' is the same body but generic, not an alias). Left out: 'the Secretary of State' (an office, unnamed), 'the
 # Parties', 'the Acquisition' (defined terms), 'Strategic Relationship Agreement' (an agreement), 'a National Security
 # Committee' (a committee the order requires Vodafone to set up: not yet in being, and named by its function; a
 # near-miss for an Organization under Vodafone), 'its group' (generic), the Act (a law)
 entities=[E("Company", "Vodafone Group Plc", "Vodafone"), E("Company", "Emirates Telecommunications Group Company PJSC"),
           E("Organization", "UK Government"), E("Location", "United Kingdom", "UK")] + locs("United Arab Emirates"),
 roles=[],
 # 'Emirates Telecommunications Group Company PJSC ... has entered into a Strategic Relationship Agreement that will
 # enable it materially to influence the policy of Vodafone Group Plc' -> partner(Emirates Telecommunications Group
 # Company PJSC, Vodafone Group Plc), direction as written (an agreement between the two; that Vodafone is the other
 # party is read from the sentence, the two 'Parties' and the order's requirements on 'the terms of the Strategic
 # Relationship Agreement' - the heading's 'with Vodafone Group PLC' is not in the text). No acquired: 'the
 # Acquisition' is the Act's defined term for gaining material influence (section 8(8)), not a purchase of the company
 # (near-miss). 'Vodafone Group Plc’s role in ... acting as a strategic supplier of services to many parts of the UK’s
 # central government, including services provided to UK Government departments' -> partner(Vodafone Group Plc, UK
 # Government) (a supply relation stated as Vodafone's role; doubtful: the customer is 'parts of' the government and
 # its departments, and a reader may give nothing)
 relations=[L("Emirates Telecommunications Group Company PJSC", "partner", "Vodafone Group Plc"),
            L("Vodafone Group Plc", "partner", "UK Government")],
 outages=[],
 # '24 January 2024' -> 2024-01-24 (the day the order came into force, also the page's date). Not dates: '2021' in
 # the Act's name, 'section 26', 'section 8(8)'
 dates=[D("24 January 2024", "2024-01-24")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
