#!/usr/bin/env python3
"""Batch 37r gold annotations for the five toscaData Wikinews texts of batch37r.py (internet and telecom regulation:
a police filtering list that takes in a critic's site, a bill unbundling a telephone monopoly's local loop, a
government's family filtering package with a trial of filtering at the providers, an advertising complaint upheld
against an internet provider, a regulator's fine on a mobile operator for missed coverage), made by reading each text
alone; no extractor was run on any of them. Split rule fixed before annotating: ids sorted, dealt along test, train,
dev, train (cycle).
Outage conventions: a site that providers block because it is on a police list is no outage (GUIDELINES: orders
closing a service), nor is a download speed cut under the plan's own terms, nor coverage that a network was required
to build and has not built.
usage: batch37r_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-finnish-internet-censorship-critic-blacklisted-2008
wn-new-zealand-local-loop-unbundled-2006
wn-australian-government-provide-internet-filters-families-2006
wn-complaint-made-against-internet-provider-ihug-2006
wn-telecom-commission-solomon-islands-issues-phone-2011""".split())
A = {}

A["wn-australian-government-provide-internet-filters-families-2006"] = dict(
 entities=[E("Person", "Helen Coonan", "Coonan"), E("Organization", "NetAlert"),
           E("Organization", "Australian Communications and Media Authority", "ACMA"), E("Location", "Tasmania"),
           E("Location", "Australia")],
 # 'Australian Minister for Communications, Information Technology and the Arts Senator Helen Coonan' → minister at
 # Australia: the country is named on its own only inside her quote ('protecting Australia families'), which is
 # read as naming it (a doubtful point: a reader may leave Australia out and with it the role). NetAlert, 'the
 # government's Internet safety and advisory agency' → Organization; 'NetAlert will be located within the
 # Australian Communications and Media Authority' → parentOrganization(NetAlert, ACMA), the government's decision
 # stated as what the package does (a doubtful point: a move announced, not yet made). 'Protecting Families
 # Online' and 'National Filter Scheme' (government programmes) → no entity; 'the federal government' → no entity.
 # No outage; no near-miss (filters offered and a filtering trial planned; nothing blocked or lost).
 # Dates (published Thursday 22 June 2006): 'Wednesday' (in 'announced on Wednesday') 2006-06-21.
 roles=[R("Helen Coonan", "minister", "Australia")],
 relations=[L("NetAlert", "parentOrganization", "Australian Communications and Media Authority")],
 outages=[],
 dates=[D("Wednesday", "2006-06-21")])

A["wn-complaint-made-against-internet-provider-ihug-2006"] = dict(
 entities=[E("Company", "iHug", "iHUG", "ihug"), E("Person", "M. McNatty", "McNatty"),
           E("Organization", "Advertising Standards Authority", "ASA")],
 # iHug, 'Internet service provider (ISP)' → Company; 'iHUG' (the customer's spelling) and 'ihug' (in the quoted
 # advert heading 'ihug broadband – what you get') → aliases (a doubtful point: 'ihug broadband' could be read as a
 # Service). The customer 'M. McNatty' → Person, no role. The ASA → Organization; its 'Complaints Board' ('the ASA
 # complaint board', 'the complaints board') is a panel of the authority named by function → no entity of its own
 # (a doubtful point: an Organization with parentOrganization to the ASA). 'the Code of Ethics' (a code) → no
 # entity; 'the manager of iHug' and 'Customer Service Managers' are unnamed → no role.
 # No outage: the download speed 'reduced ... from 100 to 64kps' is the plan's cap applied for going over the
 # allowance, not a failure; no near-miss.
 # Dates: none ('2 a.m.' and '10 a.m.' are clock hours of a tariff, not a calendar value).
 roles=[], relations=[], outages=[], dates=[])

A["wn-finnish-internet-censorship-critic-blacklisted-2008"] = dict(
 entities=[E("Person", "Matti Nikki", "Nikki"), E("Service", "lapsiporno.info"),
           E("Location", "Finland"), E("Company", "Elisa"), E("Company", "Tekniikka & Talous"),
           E("Person", "Lars Henriksson"), E("Organization", "National Bureau of Investigation", "NBI"),
           E("Company", "Google"), E("Location", "United States"), E("Organization", "European Union"),
           E("Person", "Leena Romppainen"), E("Organization", "Electronic Frontier Finland"),
           E("Service", "The Pirate Bay")],
 # The blocked site 'lapsiporno.info' → Service (a website users read); its English gloss '("childporn.info")' is a
 # translation of the name, not a surface form of a real site → not an alias (a doubtful point). Elisa, 'Finland's
 # second largest Internet service provider' → Company. Tekniikka & Talous, a magazine → Company (news outlets are
 # Company). 'Commissioner Lars Henriksson of Finland's National Bureau of Investigation' → other at the NBI (a
 # police commissioner who does not lead the bureau; GUIDELINES: commissioners → other). 'a Google search' →
 # Google as Company (the corpus's usual reading; a doubtful point: a Service). Leena Romppainen 'of Electronic
 # Frontier Finland' → no title given → no role. 'The Pirate Bay' (a torrent tracker) → Service, no provider named.
 # 'The Finnish police' and 'the local authorities' → no entity (unnamed bodies). Matti Nikki (a 'hacker') → no role.
 # Near-miss, no outage: Elisa blocking the site because the police put it on the national blacklist (a block by
 # order, GUIDELINES: government orders are no outage).
 # Dates (published Tuesday 12 February 2008): 'today' 2008-02-12; 'Wednesday' (in 'On Wednesday, NBI confirmed')
 # 2008-02-13, the day after the block was noticed 'today' (a doubtful point: a past-tense weekday read against a
 # Tuesday date could be taken as 6 February, which the story's order rules out). 'over the last three years' and
 # 'as of late' left out.
 roles=[R("Lars Henriksson", "other", "National Bureau of Investigation")],
 relations=[], outages=[],
 dates=[D("today", "2008-02-12"), D("Wednesday", "2008-02-13")])

A["wn-new-zealand-local-loop-unbundled-2006"] = dict(
 entities=[E("Location", "New Zealand"), E("Company", "Telecom"), E("Organization", "ACT party"),
           E("Organization", "Commerce Commission"), E("Person", "David Cunliffe", "Cunliffe")],
 # Telecom, 'New Zealand's telecommunications monopoly company' → Company. The ACT party (a political party) →
 # Organization. The Commerce Commission → Organization. 'minister of communications Cunliffe' / 'The Honourable
 # David Cunliffe, minister of communications' → minister at New Zealand ('Hon Cunliffe' gives no new alias beyond
 # 'Cunliffe'). 'The New Zealand government', 'parliament' and 'The Telecommunications Commissioner' (an office, no
 # person named) → no entity; the Telecommunications Amendment Bill (a law) → no entity; 'naked DSL' and the three
 # divisions 'retail, business and network' are unnamed products and units → no entity, no relation.
 # No outage; no near-miss.
 # Dates (published Wednesday 13 December 2006): 'earlier this year' 2006. 'the last sitting day of the year' (no
 # day the text fixes) and 'six months after' left out.
 roles=[R("David Cunliffe", "minister", "New Zealand")],
 relations=[], outages=[],
 dates=[D("earlier this year", "2006")])

A["wn-telecom-commission-solomon-islands-issues-phone-2011"] = dict(
 entities=[E("Organization", "Telecommunications Commission of the Solomon Islands", "TCSI"),
           E("Location", "Papua New Guinea", "PNG"), E("Company", "bemobile"),
           E("Location", "Solomon Islands", "Solomons"), E("Organization", "National Statistics Office"),
           E("Person", "Nicholas Williams", "Williams")],
 # The regulator → Organization ('the Commission' in the last paragraph is a generic reference, not an alias).
 # bemobile, 'a Papua New Guinea (PNG) mobile phone provider' and 'the second mobile network service provider in
 # the Solomon Islands' → Company, no parent named. 'the Solomons' → alias of Solomon Islands; 'the Islands' →
 # generic, left out. 'the Telecommunications Commissioner, Nicholas Williams' / 'Commissioner Williams' → head at
 # the TCSI (a commissioner leading the regulator; a doubtful point: 'other', as GUIDELINES maps commissioners who
 # do not lead the body).
 # No outage: coverage a licence required and a network did not build is no service lost; no near-miss.
 # Dates (published Thursday 3 March 2011): 'September 2010'; 'February 1st 2011' and '1 February 2011' (two
 # surface forms, one day); 'the latter part of 2010' → 2010; 'September' (in 'its September deadline', a deadline
 # still to come) → 2011-09 (a doubtful point: a reader may leave it out as unstated).
 roles=[R("Nicholas Williams", "head", "Telecommunications Commission of the Solomon Islands")],
 relations=[], outages=[],
 dates=[D("September 2010", "2010-09"), D("February 1st 2011", "2011-02-01"), D("1 February 2011", "2011-02-01"),
        D("September", "2011-09"), D("the latter part of 2010", "2010")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
