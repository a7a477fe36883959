#!/usr/bin/env python3
"""Batch 40zl gold annotations (the texts of batch40zl.py: the Commission's press releases on its in-depth
investigation into the joint control of TERCAT by TIL and Hutchison Ports, December 2025, and on the automotive
starter battery cartel fine, 15 December 2025), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Conventions (the EC lane's: batches 10, 15b, 21c, 22c, 24b, 40zj): the Commission -> Organization 'European
Commission' with 'Commission' as alias; a notified deal under review -> `acquired` only (batch 10: 'notified (agreed)
deals awaiting approval -> acquired only'), a joint acquisition of control also `partner` between the two who take it
(batch 10's INWIT call); an ownership the text states ('currently owned by', 'is part of the ... group') ->
parentOrganization; a former name ('formerly') -> alias; cartel members -> no partner; a trade association ->
Organization; named terminals (facilities) -> Location; laws and 'EU antitrust rules' are not entities.
usage: batch40zl_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41zl/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import E, L, locs
import batch10_annotate as b10

A = {}
EC = E("Organization", "European Commission", "Commission")

# ---- TERCAT / TIL / Hutchison Ports in-depth investigation, published 2025-12-11 --------------------------------------
A["ec-tercat-til-hutchison-ports-in-depth-investigation-barcelona-2025"] = dict(
 # Companies: 'Terminal Catalunya (‘TERCAT‘)', 'Terminal Investment Limited Holding (‘TIL‘)', Hutchison Ports, 'the MSC
 # Mediterranean Shipping Company Holding (‘MSC‘) group' (the defined short names as aliases). Locations: 'the
 # Barcelona Europe South Terminal ... (‘BEST‘)' (a named terminal, a facility: Location, as GUIDELINES' named sites;
 # doubtful: a reader may take it as TERCAT's service), Barcelona, Spain. Not annotated: 'the port of Barcelona' (the
 # port named by its city: Barcelona is annotated; doubtful), 'the EU Merger Regulation' (law), the unnamed 'container
 # liner shipping companies', 'the merged entity'
 entities=[EC, E("Company", "Terminal Catalunya", "TERCAT"), E("Company", "Terminal Investment Limited Holding", "TIL"),
           E("Company", "Hutchison Ports"), E("Company", "MSC Mediterranean Shipping Company Holding", "MSC"),
           E("Location", "Barcelona Europe South Terminal", "BEST")]
          + locs("Barcelona", "Spain"),
 roles=[],
 # 'TERCAT, currently owned by Hutchison Ports' -> parentOrganization; 'TIL ... is part of the MSC ... group' ->
 # parentOrganization. 'the proposed acquisition of joint control of Terminal Catalunya (‘TERCAT‘) by ... TIL and
 # Hutchison Ports', a notified deal under in-depth review -> acquired(TIL, TERCAT) only (batch 10's call for the
 # deals under in-depth investigation); Hutchison Ports already owns TERCAT: no acquired for it. Joint control taken
 # together -> partner(TIL, Hutchison Ports), batch 10's INWIT call (doubtful: the text says no partnership in words,
 # and the deal is not yet cleared; a reader may leave both the acquired and the partner out as 'proposed')
 relations=[L("Terminal Catalunya", "parentOrganization", "Hutchison Ports"),
            L("Terminal Investment Limited Holding", "parentOrganization", "MSC Mediterranean Shipping Company Holding"),
            L("Terminal Investment Limited Holding", "acquired", "Terminal Catalunya"),
            L("Terminal Investment Limited Holding", "partner", "Hutchison Ports")],
 # none: an investigation is no outage
 outages=[],
 # no time expression ('currently' unresolvable)
 dates=[])

# ---- Automotive starter battery cartel fine, published 2025-12-15 (a Monday) ------------------------------------------
A["ec-automotive-starter-battery-cartel-exide-fet-rombat-eurobat-2025"] = dict(
 # Companies: Exide, FET, Elettra ('FET (including its predecessor Elettra)': a company of its own, named), Rombat,
 # Clarios with 'JC Autobatterie' as alias ('Clarios (formerly JC Autobatterie)': a former name), Banner (a battery
 # manufacturer), Kellen ('the service provider'). Organization: EUROBAT ('the trade association': a business
 # association, no business itself; doubtful: a reader may give Company). Locations: Europe, the European Economic
 # Area (alias EEA). Not annotated: 'EU antitrust rules' ('EU' as an adjective), the unnamed 'automotive original
 # equipment manufacturers (“OEMs”)' (a generic class with its abbreviation)
 entities=[EC, E("Company", "Exide"), E("Company", "FET"), E("Company", "Elettra"), E("Company", "Rombat"),
           E("Organization", "EUROBAT"), E("Company", "Clarios", "JC Autobatterie"), E("Company", "Banner"),
           E("Company", "Kellen"), E("Location", "Europe"), E("Location", "European Economic Area", "EEA")],
 roles=[],
 # cartel members are no partners; 'FET (including its predecessor Elettra)' tells a succession, not an ownership
 # or a purchase -> nothing (doubtful: a reader may give acquired or parentOrganization); EUROBAT is the
 # manufacturers' association, no unit of them -> nothing
 relations=[],
 # none: a cartel fine is no outage
 outages=[],
 # no time expression ('for more than 12 years' is a span without an anchor)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
