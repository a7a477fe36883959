#!/usr/bin/env python3
"""Batch 51c gold annotations (the texts of batch51c.py: three SEC press releases -- the meeting in Lisbon of 'U.S.
Securities and Exchange Commission Chairman Christopher Cox and the Chairman's Committee of the Euronext regulators'
'in light of a potential combination between the NYSE Group, Inc. and Euronext N.V. into NYSE Euronext' (2006-165,
27 September 2006); the announcement by 'Securities and Exchange Commission Chairman Christopher Cox and Australian
Prime Minister Kevin Rudd' that 'the SEC, the Australian Securities and Investment Commission (ASIC) and the Australian
Treasury Department have begun formal discussions to develop a mutual recognition arrangement' (2008-52, 29 March
2008); the announcement that 'Robert W. Cook, Director of the SEC's Division of Trading and Markets, plans to leave the
agency', with 'SEC Chairman Mary L. Schapiro' quoted (2012-253, 5 December 2012)), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each text's dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d; looked up in 48j's
U.S.-Canada file (the SEC as 'U.S. Securities and Exchange Commission' where the text writes it so; regulators jointly
working on an arrangement -> partner, the SEC first as written), 49a's Cartwright file ('plans to' leave -> current
true; a first name used alone for the same man -> alias; the NYSE and Euronext as Companies; FINRA an Organization;
a merger whose buyer the text does not name -> nothing), 48g's Mayhew file (the Division of Trading and Markets -> an
Organization with parentOrganization to the SEC) and 49d's interactive-data file (a Division's Director -> director at
the Division), the corpus's head-of-government files ('Australian Prime Minister John Howard' -> minister at
Australia only where Australia is named on its own; GUIDELINES), by their gold only where other matters): the SEC ->
Organization with 'SEC' as alias where the text uses it; 'SEC Chairman' / 'Chairman Cox' -> chairman, surname alone
-> alias; stock exchanges and exchange groups -> Company; named sites -> Location.
usage: batch51c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
USSEC = "U.S. Securities and Exchange Commission"
ASIC = "Australian Securities and Investment Commission"
TREAS = "Australian Treasury Department"
TM = "Division of Trading and Markets"
FINRA = "Financial Industry Regulatory Authority"
CC = "Chairman's Committee of the Euronext regulators"
A = {}

# ---- Cox and the Euronext regulators in Lisbon, SEC press release 2006-165, published 2006-09-27 (a Wednesday) -------
A["us-sec-cox-euronext-regulators-lisbon-nyse-group-euronext-combination-2006"] = dict(
 # The U.S. Securities and Exchange Commission (named so once, 48j's way; 'the SEC' once: alias); Christopher Cox
 # ('Chairman Cox': alias 'Cox'); the Chairman's Committee of the Euronext regulators (a named, capitalised body of
 # regulators: Organization -- **doubtful**: a reader may take it as a generic description of the regulators' chairmen
 # and annotate nothing); Lisbon (Location); NYSE Group, Inc. ('the NYSE Group': alias); Euronext N.V. ('Euronext NV':
 # alias; 'Euronext' in 'the Euronext regulators' and 'the respective Euronext Regulators', the regulators of its
 # markets: alias -- **doubtful**, a reader may leave 'Euronext' there as an attributive word); NYSE Euronext Inc. (the
 # proposed new group, named twice: 'NYSE Euronext' alias -- a company not yet formed, annotated as the named
 # business); the United States (Location, twice); NYSE ('listed on NYSE': the exchange, a Company, 49a's way; not the
 # same as NYSE Group, Inc.); Euronext Paris (the exchange, a Company). Not annotated: 'the Ministers of Finance'
 # (unnamed, no country), 'the European side' (an adjective), 'shareholders', 'our partners in other nations'
 # (generic), 'the regulators', 'Regulators' (generic)
 entities=[E("Organization", USSEC, "SEC"),
           E("Person", "Christopher Cox", "Cox"),
           E("Organization", CC),
           E("Location", "Lisbon"),
           E("Company", "NYSE Group, Inc.", "NYSE Group"),
           E("Company", "Euronext N.V.", "Euronext NV", "Euronext"),
           E("Company", "NYSE Euronext Inc.", "NYSE Euronext"),
           E("Location", "United States"),
           E("Company", "NYSE"),
           E("Company", "Euronext Paris")],
 # 'U.S. Securities and Exchange Commission Chairman Christopher Cox', 'Chairman Cox' -> chairman at the SEC, current.
 # Near-misses: the committee's members (not named in the kept text: the rewrites name five); 'the Ministers of
 # Finance' (no person, no country)
 roles=[R("Christopher Cox", "chairman", USSEC, True)],
 # No relation. Near-misses: 'a potential combination between the NYSE Group, Inc. and Euronext N.V. into NYSE
 # Euronext' and 'the signing of a combination agreement in order to create a new group, NYSE Euronext Inc.' (a
 # combination with no buyer named, and not completed: GUIDELINES' 'A merger where the text does not say who buys
 # whom: nothing'; the holding company's future ownership of the two groups is a proposal, not a stated relation -- a
 # reader may give parentOrganization(NYSE Group, Inc., NYSE Euronext Inc.) and parentOrganization(Euronext N.V., NYSE
 # Euronext Inc.)); 'the shares of which would be listed on NYSE and on Euronext Paris' (a listing, no relation); NYSE
 # under NYSE Group and Euronext Paris under Euronext N.V. (true in the world, not stated: nothing); the meeting and
 # 'a possible framework for consultation and mutual cooperation' (discussed only: no partner between the SEC and the
 # committee, unlike 48j's agreement being worked on -- **doubtful**)
 relations=[],
 outages=[],
 # 'Tuesday' ('met in Lisbon Tuesday') -> 2006-09-26 (the Tuesday before the Wednesday dateline, cut: `published`);
 # 'June 1, 2006' -> 2006-06-01. Skipped: 'Sept. 27, 2006' (the dateline, cut)
 dates=[D("Tuesday", "2006-09-26"), D("June 1, 2006", "2006-06-01")])

# ---- Cox and Rudd on U.S.-Australia mutual recognition, SEC press release 2008-52, published 2008-03-29 (a Saturday) --
A["us-sec-cox-rudd-us-australia-mutual-recognition-talks-asic-2008"] = dict(
 # Blair House ('historic Blair House in Washington': a named site, Location); Washington (Location); the Securities
 # and Exchange Commission ('the SEC' five times: alias); Christopher Cox ('Chairman Cox': alias 'Cox'); Kevin Rudd
 # (named twice, no short form); the Australian Securities and Investment Commission (as the page spells it; '(ASIC)',
 # 'ASIC Chairman': alias 'ASIC'); the Australian Treasury Department (Organization); Wayne Swan; Tony D'Aloisio
 # (curly apostrophe as written). Not annotated: Australia (only the adjective 'Australian' -- near-miss, no Location),
 # 'the Australian authorities', 'the foreign authority', 'foreign regulatory counterparts', 'securities regulators'
 # (generic), 'the two nations' (unnamed)
 entities=[E("Location", "Blair House"),
           E("Location", "Washington"),
           E("Organization", SEC, "SEC"),
           E("Person", "Christopher Cox", "Cox"),
           E("Person", "Kevin Rudd"),
           E("Organization", ASIC, "ASIC"),
           E("Organization", TREAS),
           E("Person", "Wayne Swan"),
           E("Person", "Tony D\u2019Aloisio")],
 # 'Securities and Exchange Commission Chairman Christopher Cox', 'Chairman Cox' -> chairman at the SEC, current;
 # 'ASIC Chairman Tony D'Aloisio' -> chairman at ASIC, current. Near-misses: 'Australian Prime Minister Kevin Rudd',
 # 'Prime Minister Kevin Rudd' (a head of government: GUIDELINES give minister with the country as org only when the
 # text names the country on its own; it writes only 'Australian' -- no role, **doubtful**: a reader may add
 # Australia as a Location and give minister); 'Federal Treasurer Wayne Swan' (a minister with no country named --
 # no role; **doubtful**: a reader may give head at the Australian Treasury Department, which the text never ties to
 # him)
 roles=[R("Christopher Cox", "chairman", SEC, True),
        R("Tony D\u2019Aloisio", "chairman", ASIC, True)],
 # 'the SEC, the Australian Securities and Investment Commission (ASIC) and the Australian Treasury Department have
 # begun formal discussions to develop a mutual recognition arrangement' -> partner(SEC, ASIC) and partner(SEC,
 # Australian Treasury Department), the SEC first as written (48j's 'the SEC and the CSA are working on an agreement'
 # -> partner; the two Australian bodies sit on one side of the talks: no ASIC-Treasury pair) -- **doubtful**: formal
 # talks towards an arrangement not yet made; a reader may give nothing for talks. Near-misses: 'a limited agreement
 # with one or more foreign regulatory counterparts' (unnamed, future); 'a possible bilateral arrangement' (future);
 # Cox's praise of the three Australians' 'leadership' (no relation)
 relations=[L(SEC, "partner", ASIC), L(SEC, "partner", TREAS)],
 outages=[],
 # 'today' ('today announced') -> 2008-03-29 (the dateline, cut: `published`). Skipped: 'recently' (vague), 'March 29,
 # 2008' (the dateline, cut)
 dates=[D("today", "2008-03-29")])

# ---- Robert W. Cook to leave, SEC press release 2012-253, published 2012-12-05 (a Wednesday) -------------------------
A["us-sec-trading-and-markets-director-robert-cook-to-leave-2012"] = dict(
 # The Securities and Exchange Commission ("the SEC's Division", 'the SEC', 'SEC Chairman': alias 'SEC'; 'the agency'
 # generic); Robert W. Cook ('Mr. Cook' four times: alias 'Cook'; 'Robert' in Schapiro's quotation: alias, 49a's
 # 'Brian' way); the Division of Trading and Markets (Organization, 48g's way; 'the Division' generic); the Financial
 # Industry Regulatory Authority ('(FINRA)': alias; Organization, 49a's way); Mary L. Schapiro ('Chairman Schapiro':
 # alias 'Schapiro'). Not annotated: the Dodd-Frank Wall Street Reform and Consumer Protection Act and the Jumpstart
 # Our Business Startups Act (laws: GUIDELINES), 'the other Commissioners' (unnamed), 'securities exchanges and
 # markets, broker-dealers, clearing agencies' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Robert W. Cook", "Cook", "Robert"),
           E("Organization", TM),
           E("Organization", FINRA, "FINRA"),
           E("Person", "Mary L. Schapiro", "Schapiro")],
 # "Robert W. Cook, Director of the SEC's Division of Trading and Markets, plans to leave the agency" -> director at
 # the Division, current true ('plans to': not yet left, GUIDELINES; 49d's Division Director -> director at the
 # Division -- **doubtful**: a reader may give head, or set the role at the SEC); 'SEC Chairman Mary L. Schapiro',
 # 'Chairman Schapiro' -> chairman at the SEC, current. Near-misses: 'the other Commissioners' (unnamed); 'Mr. Cook, 47'
 # (an age, no post); his colleagues and 'the staff' (generic)
 roles=[R("Robert W. Cook", "director", TM, True),
        R("Mary L. Schapiro", "chairman", SEC, True)],
 # "the SEC's Division of Trading and Markets" -> parentOrganization(Division of Trading and Markets, SEC) (48g's
 # way). Near-misses: the Division's 'oversight of ... the Financial Industry Regulatory Authority (FINRA)' (a
 # regulator overseeing a self-regulatory body: no parentOrganization, no partner); responsibilities assigned 'under'
 # two Acts (laws)
 relations=[L(TM, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('today announced') -> 2012-12-05 (the dateline, cut: `published`); 'January 2010' ('Since joining the SEC
 # in January 2010') -> 2010-01. Skipped: 'Dec. 5, 2012' (the dateline, cut)
 dates=[D("today", "2012-12-05"), D("January 2010", "2010-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
