#!/usr/bin/env python3
"""Batch 40m gold annotations for the four toscaData Wikinews 'Business Brief' texts of batch40m.py (a games
publisher's deal with an in-game advertising broker and the advertisers and game makers signed on; a staffing
company's chairman and CEO and a consultancy principal on a worker shortage; a World Bank lead economist on the
economic cost of bird flu; a UK task force's report on EU regulation and the EU Commission's president), written by
reading each text alone; no extractor was run on any of them.
Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle). None of the four tells a
service lost, and none is a near-miss of one: no outage is annotated in this batch.
usage: batch40m_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-business-brief-december-20-2005-2005
wn-business-brief-december-16-2005-2005
wn-business-brief-december-14-2005-2005
wn-business-briefs-december-5-2005-2005""".split())
A = {}

MN = "Massive Network"
SIGNED = ["Nokia", "Vivendi", "Paramount", "Panasonic", "Warner Bros", "Universal Music", "Honda", "Sony", "Ubisoft",
          "Atari"]
A["wn-business-brief-december-20-2005-2005"] = dict(
 entities=[E("Company", "THQ"), E("Company", MN), E("Company", "Coca-Cola"), E("Company", "Pepsi")]
          + [E("Company", n) for n in SIGNED],
 # 'THQ' (a games publisher; 'Game makers Sony, Ubisoft, and Atari ... as well' places it among them) and 'the
 # advertising company Massive Network' ('a broker that places advertising into online games') → Company. Coca-Cola
 # and Pepsi (in 'walk past Coca-Cola machine's one week and Pepsi the next', an example of a changing ad) → Company
 # (the advertisers' names; a doubtful point: drink brands in a made-up scene, a reader may leave them out). The
 # advertisers Nokia, Vivendi, Paramount, Panasonic, Warner Bros, Universal Music, Honda and the game makers Sony,
 # Ubisoft, Atari → Company. 'online games' → nothing (no named game).
 # Roles: none (no person named).
 # Relations: 'THQ has signed a deal with the advertising company Massive Network' → partner THQ → Massive Network;
 # 'Nokia, Vivendi, Paramount, Panasonic, Warner Bros, Universal Music and Honda have already signed on' (as
 # advertisers, in the paragraph on Massive Network's ads) and 'Game makers Sony, Ubisoft, and Atari have signed on
 # as well' → partner each → Massive Network (customer contracts with the broker; a doubtful point: the broker is not
 # named in the two sentences, it is the only party they can sign with). Coca-Cola and Pepsi → no relation (an
 # example, not a deal).
 # Outages: none (an advertising deal); no near-miss.
 # Dates (published Tuesday 20 December 2005): none resolvable ('one week', 'the next', 'over time').
 roles=[],
 relations=[L("THQ", "partner", MN)] + [L(n, "partner", MN) for n in SIGNED],
 outages=[],
 dates=[])

DC = "Deloitte Consulting"
A["wn-business-brief-december-16-2005-2005"] = dict(
 entities=[E("Company", "General Motors"), E("Company", "Ford"), E("Company", "CNN Money"),
           E("Person", "Jeff Joerres"), E("Company", "Manpower"), E("Company", DC, "Deloitte"),
           E("Organization", "National Association of Manufacturers", "NAM"), E("Person", "Dick Kleinert")],
 # General Motors and Ford (laying off workers) → Company. 'according to a CNN Money article' → Company (a news
 # website run as a business, as GUIDELINES types news websites). 'Manpower' (its chairman and CEO on filling
 # jobs) → Company. 'Deloitte Consulting and the National Association of Manufacturers have conducted a survey' and
 # 'Dick Kleinert, a principal with Deloitte who conducted the NAM survey' → 'Deloitte' an alias of Deloitte
 # Consulting (the firm that ran the survey; a doubtful point: 'Deloitte' may be the wider Deloitte firm, not told
 # apart in the text); the National Association of Manufacturers with 'NAM' → Organization (a trade association).
 # 'baby boomers', 'labor experts', 'manufacturers' → nothing.
 # Roles: 'Jeff Joerres, chairman and CEO of Manpower' → chairman and ceo at Manpower; 'Dick Kleinert, a principal
 # with Deloitte' → executive at Deloitte Consulting (a consultancy's 'principal', as batch 23b's Magniac 'principal'
 # → executive; a doubtful point: other).
 # Relations: the survey Deloitte Consulting and the NAM conducted together → nothing (a joint survey is no stated
 # partnership, as batch 32m's joint Network Rail / Arriva Trains Wales report was not; a doubtful point: partner).
 # Outages: none (layoffs and a labour shortage); no near-miss.
 # Dates (published Friday 16 December 2005): 'in 2006' → 2006; 'by the end of next year' (in Joerres's quote) →
 # 2006 ('the end of' a year → the year). 'for a decade' → nothing.
 roles=[R("Jeff Joerres", "chairman", "Manpower"), R("Jeff Joerres", "ceo", "Manpower"),
        R("Dick Kleinert", "executive", DC)],
 relations=[],
 outages=[],
 dates=[D("2006", "2006"), D("the end of next year", "2006")])

A["wn-business-brief-december-14-2005-2005"] = dict(
 entities=[E("Person", "Milan Brahmbhatt", "Brahmbhatt"), E("Organization", "World Bank"), E("Location", "East Asia"),
           E("Location", "Pacific"), E("Location", "US")],
 # 'Milan Brahmbhatt, World Bank lead economist for East Asia and the Pacific' (then 'Brahmbhatt' throughout) →
 # Person; the World Bank → Organization (as in the corpus); East Asia, 'the Pacific' (name without the article),
 # the US ('One study for the US', 'US losses') → Location. 'according to Oxford' (a forecaster, most likely Oxford
 # Economics, not written out) → nothing (a doubtful point: the city or the university are not meant, the firm is
 # not named). SARS, Bird Flu → nothing (diseases).
 # Roles: 'World Bank lead economist' speaking on the economy → analyst at World Bank (an economist at a bank
 # speaking about the economy → analyst, GUIDELINES part 2).
 # Relations: none. Outages: none (an economic forecast); no near-miss.
 # Dates (published Wednesday 14 December 2005): 'the SARS epidemic of 2003' → 2003; 'which occurred in 1968' →
 # 1968. 'today's dollars' → nothing.
 roles=[R("Milan Brahmbhatt", "analyst", "World Bank")],
 relations=[],
 outages=[],
 dates=[D("2003", "2003"), D("1968", "1968")])

EC = "EU Commission"
A["wn-business-briefs-december-5-2005-2005"] = dict(
 entities=[E("Location", "UK"), E("Organization", "EU"), E("Person", "David Arculus"),
           E("Organization", EC, "Commission"), E("Person", "Jose Manuel Barroso")],
 # 'A UK government sponsored report' → UK Location ('UK government' names no body of its own → nothing). 'the EU'
 # → Organization (as the corpus types the EU). 'The EU Commission' and 'The Commission announced' → Organization
 # with 'Commission' as alias; 'an independent commission' (what the task force will become) → nothing (unnamed).
 # The report's title 'Routes to Better Regulation - A Guide to Alternatives to Classic Regulation' → nothing (a
 # document); 'the task force that compiled the report' → nothing (not named).
 # Roles: 'The EU Commission, under president Jose Manuel Barroso' → president at EU Commission, current true.
 # 'David Arculus, chairman of the task force that compiled the report' → no role (the task force is not named, so
 # no entity to hold the post; a doubtful point).
 # Relations: none (the task force's tie to the UK government is not a named organisation). Outages: none; no
 # near-miss.
 # Dates (published Monday 5 December 2005): 'In January' (the task force to become a commission) → 2006-01.
 roles=[R("Jose Manuel Barroso", "president", EC)],
 relations=[],
 outages=[],
 dates=[D("January", "2006-01")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
