#!/usr/bin/env python3
"""Batch 36x gold annotations (the texts of batch36x.py), written from each text alone; newskg was not run on
either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle; batch10_annotate.write_parts), so wp-air-niugini -> test, wp-batelco -> train. Both are Wikipedia texts
with `published` null: only absolute dates (GUIDELINES.md, Dates). Neither text tells an outage, so both `outages`
lists are empty.
Conventions (GUIDELINES.md part 2; batches 27d-36j): 'its subsidiary company X' and 'through its holding company X'
-> parentOrganization; bodies the text calls 'Government of <country> entities' -> parentOrganization to the named
government (doubtful); shareholdings of 12% to 50% and the purchase or sale of such a stake -> nothing (minority
stakes); 'partner companies acting as a spearhead for X's strategy' -> partner (doubtful); stock exchanges ->
Company; regulators, governments and social-insurance and pension bodies -> Organization; aircraft models -> Service
with no relation (the airline flies them; it neither makes nor sells them); a named airport and a named head-office
building -> Location with no relation.
usage: batch36x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
# ---- airline, Papua New Guinea: Air Niugini -----------------------------------------------------------------------------------
AN = "Air Niugini Limited"
A["wp-air-niugini"] = dict(
 # the airline -> Company ('Air Niugini' occurs in the text only inside 'Air Niugini House', so no alias is added;
 # 'The airline' and 'It' refer back); 'its subsidiary company, Link PNG' -> Company; 'Australian airline companies
 # Ansett (16%), Qantas (12%) and Trans Australia Airlines (TAA)' -> Company each, 'TAA' an alias; 'Air Niugini
 # House' (the head-office building) and 'Port Moresby International Airport' -> Location (named site, airport);
 # Papua New Guinea, Port Moresby, '7 Mile' (a suburb), Asia, Oceania and Australia -> Location; 'New Guinea' (named
 # as what the Tok Pisin word means; the island) -> Location (doubtful: a reader might leave out a name that is only
 # glossed); Tok Pisin (a language) -> nothing; 'the government' (unnamed) -> nothing; the DC-3 and the Fokker F27
 # -> Service (aircraft models; the maker Fokker named only inside the model name); 'a domestic network' and
 # 'international services' (generic) -> nothing
 entities=[E("Company", AN), E("Location", "Papua New Guinea"), E("Location", "Air Niugini House"),
           E("Location", "Port Moresby International Airport"), E("Location", "Port Moresby"),
           E("Company", "Link PNG")]
          + locs("Asia", "Oceania", "Australia", "7 Mile", "New Guinea")
          + [E("Company", "Ansett"), E("Company", "Qantas"), E("Company", "Trans Australia Airlines", "TAA"),
             E("Service", "DC-3"), E("Service", "Fokker F27")],
 # the text names no person (the chief executive and the chairman stood only in the cut infobox)
 roles=[],
 # 'its subsidiary company, Link PNG' -> parentOrganization; 'the government holding 60% of the shares' -> nothing
 # (the government is not named; a reader might add a parent 'Government of Papua New Guinea', which the text does
 # not name); Ansett 16%, Qantas 12%, TAA 12% at its founding -> nothing (minority stakes; doubtful: a reader might
 # take three founding shareholders for partners); the DC-3 and F27 'used' to establish the airline -> nothing
 relations=[L("Link PNG", "parentOrganization", AN)],
 outages=[],
 dates=[D("November 1973", "1973-11")])

# ---- telecom, Bahrain: Batelco --------------------------------------------------------------------------------------------------
BT = "Bahrain Telecommunications"
GOV = "Government of Bahrain"
A["wp-batelco"] = dict(
 # the company 'Bahrain Telecommunications - (Batelco) -' -> Company, 'Batelco' an alias (its trading name, used
 # throughout); the Bahrain Stock Exchange -> Company (the corpus's convention for stock exchanges); 'the Government
 # of Bahrain' -> Organization; 'Quasi-government institutions', 'financial and commercial organizations' and
 # 'private Bahraini and GCC investors' (generic holders; 'GCC' used as an adjective) -> nothing; Cable and Wireless
 # -> Company; 'Bahrain Mumtalakat Holding' -> Company (a holding company; doubtful: the text calls it a Government
 # of Bahrain entity, which might make it an Organization); 'General Organization for Social Insurance (GOSI)' and
 # 'The Pension Fund Commission' -> Organization ('The' read as part of the sentence, not of the name; doubtful);
 # 'the Telecommunications Regulatory Authority (TRA)' -> Organization, 'TRA' an alias; 'Batelco Middle East EC
 # (BMEC)' -> Company, 'BMEC' an alias; 'the datacomm provider Batelco Al-Jeraisy (Atheer)' -> Company, 'Atheer' an
 # alias; Bahrain, Kuwait, Jordan, Egypt and Saudi Arabia -> Location; 'fixed, Internet and data services'
 # (generic) -> nothing
 entities=[E("Company", BT, "Batelco"), E("Location", "Bahrain"), E("Company", "Bahrain Stock Exchange"),
           E("Organization", GOV), E("Company", "Cable and Wireless"), E("Company", "Bahrain Mumtalakat Holding"),
           E("Organization", "General Organization for Social Insurance", "GOSI"),
           E("Organization", "Pension Fund Commission"),
           E("Organization", "Telecommunications Regulatory Authority", "TRA"),
           E("Company", "Batelco Middle East EC", "BMEC")]
          + locs("Kuwait", "Jordan", "Egypt")
          + [E("Company", "Batelco Al-Jeraisy", "Atheer"), E("Location", "Saudi Arabia")],
 # the text names no person
 roles=[],
 # 'Batelco, through its holding company (Batelco Middle East EC (BMEC))' -> parentOrganization (BMEC read as the
 # holding company Batelco owns for its regional ventures, not as Batelco's owner; doubtful both ways); 'three
 # Government of Bahrain entities - Bahrain Mumtalakat Holding, GOSI and The Pension Fund Commission' ->
 # parentOrganization to the Government of Bahrain for each (doubtful: 'entities' of a government read as its
 # arms); 'communications partner companies acting as a spearhead for Cable and Wireless's global data
 # communications strategy' -> partner(Batelco, Cable and Wireless) (doubtful: the partner companies are unnamed,
 # and the link is to the strategy); the government and other holders' 80% and Cable and Wireless's 20% -> nothing
 # (no single named holder with control; a minority stake); the three entities' purchase of the 20% stake on
 # December 6th 2006 -> nothing (a minority stake; a reader might record acquired for each buyer); Batelco 'selling
 # its 50% share' of Batelco Al-Jeraisy -> nothing (half, not control, and sold; a reader might record a past
 # parentOrganization or a past joint-venture partner); the TRA liberalising the market -> nothing
 relations=[L("Batelco Middle East EC", "parentOrganization", BT),
            L("Bahrain Mumtalakat Holding", "parentOrganization", GOV),
            L("General Organization for Social Insurance", "parentOrganization", GOV),
            L("Pension Fund Commission", "parentOrganization", GOV),
            L(BT, "partner", "Cable and Wireless")],
 outages=[],
 dates=[D("2008", "2008"), D("1981", "1981"), D("December 6th 2006", "2006-12-06"),
        D("the last quarter of 2004", "2004-Q4")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
