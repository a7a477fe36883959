#!/usr/bin/env python3
"""Batch 40r gold annotations (the two Welsh Government written statements of batch40r.py: the Port of Holyhead's
reopening after Storm Darragh's damage to its ferry berths, and the snow disruption of Welsh transport in March
2018), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batch 16c2's and 32m's for gov.wales statements): governments -> Organization; a port and the towns
-> Location (GUIDELINES: named sites and facilities); ferry operators -> Company; a minister gets minister @ Wales
only where the text names Wales on its own (batch 16c2's Vaughan Gething); storms are events, not entities.
usage: batch40r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R
import batch10_annotate as b10

A = {}

# ---- Port of Holyhead reopened, published 2025-01-16 (inferred; a Thursday) -------------------------------------
A["welsh-government-written-statement-port-of-holyhead-reopening-stena"] = dict(
 # The port (a named facility) -> Location; 'Holyhead' in 'the dedicated staff in Holyhead, Fishguard, Milford
 # Haven' is the town -> its own Location (doubtful: a reader may take it as the port's short form). Governments:
 # the Welsh Government, the Irish Government and the UK Government, each named as the body whose ministers and
 # officials acted ('Welsh Government Ministers', 'UK Government Ministers and Departments') -> Organization
 # (doubtful: named only as modifiers). Stena and Irish Ferries -> Company. Not entities: Storm Darragh (an event),
 # 'the First Minister', 'the Taoiseach' (unnamed posts), 'terminal 3' and 'terminal 5' (berths, not named sites
 # in their own right; doubtful), 'the port operators', 'the ferry companies', 'the freight industry', 'the
 # multi-stakeholder taskforce'.
 entities=[E("Person", "Ken Skates"), E("Location", "North Wales"), E("Location", "Port of Holyhead"),
           E("Location", "Holyhead"), E("Location", "Fishguard"), E("Location", "Milford Haven"),
           E("Organization", "Welsh Government"), E("Organization", "Irish Government"),
           E("Organization", "UK Government"), E("Company", "Stena"), E("Company", "Irish Ferries")],
 # Ken Skates's 'Cabinet Secretary for Transport and North Wales': no country named on its own (Wales only inside
 # 'North Wales' and 'Welsh Government'), so no role (as batch 16c2's Conwy statement gave him none)
 roles=[],
 relations=[],  # the sailings are no named service; Stena's commitment to reopen is no stated partnership
 # One outage (doubtful as a type: a port's ferry berths damaged by a storm, the route's sailings lost until the
 # berths reopened - read as a transport service lost to users, as batch 32m's signalling failure stopping trains;
 # a reader may hold storm damage to a port's structure for a physical accident, GUIDELINES 'NOT'). Provider Stena
 # (it reopens terminal 5 and its own sailings resume; the text does not say Stena owns or runs the port -
 # doubtful); affected Irish Ferries (its sailings resumed with Stena's); location the Port of Holyhead; cause the
 # storm damage to the ferry berths; date null (the damage and the closure are not dated in the text); no end
 # (the reopening 'today' has no clock time; the end field takes a wall-clock time).
 outages=[O("Stena", None, ["Irish Ferries"], loc="Port of Holyhead",
            cause="damage from Storm Darragh to terminal 3 and terminal 5 ferry berths")],
 # 'today' (twice, one item) -> 2025-01-16; 'last Friday' -> 2025-01-10. Skipped: 'last week', 'the peak festive
 # period' (a season of two years), 'real-time'.
 dates=[D("today", "2025-01-16"), D("last Friday", "2025-01-10")])

# ---- Disruption to public transport and road networks, published 2018-03-05 (a Monday) --------------------------
A["welsh-government-written-statement-disruption-public-transport-road-networks-snow-2018"] = dict(
 # Ken Skates; Wales (named on its own: 'across Wales', 'the railway in Wales'); the UK ('other parts of the UK').
 # Not entities: 'Welsh transport', 'the transport sector', 'local authorities', 'members', the road network.
 entities=[E("Person", "Ken Skates"), E("Location", "Wales"), E("Location", "UK")],
 # 'Cabinet Secretary for Economy and Transport' of the Welsh administration, Wales named on its own -> minister @
 # Wales (as batch 16c2's Vaughan Gething)
 roles=[R("Ken Skates", "minister", "Wales")],
 relations=[],
 # One outage: the railway in Wales, 'significant disruption to services from Thursday onwards' caused by heavy snow
 # and low temperatures -> provider null (no rail operator or infrastructure manager named in the excerpt),
 # date 2018-03-01, location Wales, cause as the text gives it (doubtful: weather disruption with services reduced
 # rather than told as stopped; the lane has read a service's loss to weather as an outage when the text says it
 # was lost). Not outages: the roads shut (no service), the buses 'now operating normally, with some localised
 # exceptions' (no loss told), the damage to the long-distance trains' wheels (an 'issue' named, no service lost
 # told within the excerpt; a near-miss reading).
 outages=[O(None, "2018-03-01", [], loc="Wales",
            cause="heavy snow and a prolonged period of low temperatures")],
 # 'Thursday last week' and 'Thursday' (from Thursday onwards) -> 2018-03-01 (two texts, one value each); 'Sunday'
 # (by Sunday) -> 2018-03-04. Skipped: 'over the weekend', 'these last few days', 'Last week', '18 hours' (a span).
 dates=[D("Thursday last week", "2018-03-01"), D("Sunday", "2018-03-04"), D("Thursday", "2018-03-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
