#!/usr/bin/env python3
"""Batch 59i gold annotations (the text of batch59i.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): the one id goes to test. The text has `published` null:
only absolute dates are listed (GUIDELINES.md, Dates); a clock time is listed only where its own phrase carries a full
date (batch 36f's convention), so '12:55 A.M.', '3:40 A.M.' and '4:46 AM' are left out, and the outage has no start
(the text gives 'Just after midnight', no clock time). 'the 20th century' is no calendar value of the ISO forms: left
out.
Outage: the one fire the text tells; provider the company whose switching center burned (GUIDELINES.md, Outages:
whose systems failed). Streets and the borough are Locations (as batch 39r's Nashville streets); the switching
center itself is not named (no Location entity for it). 'Bell operating company' is a class of companies, not a
name: no entity.
usage: batch59i_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather60i/pool /tmp/gather60i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

NYT = "New York Telephone Company"

A = {}
A["wp-1975-new-york-telephone-exchange-fire"] = dict(
 # 'the New York Telephone Company switching center' -> Company; 'New York Telephone' inside the event's name 'The
 # New York Telephone Exchange fire' is the name of the event, not a surface form of the company on its own: no
 # alias (doubtful). 'the Bell System Network' (capitalised, a named telephone network users connect to) -> Service
 # (GUIDELINES.md Types: networks are Service; doubtful, a reader may take it as a generic phrase). 'the Fire
 # Department of New York' -> Organization (a city body); 'the fire department' later is a generic phrase, no alias.
 # 'Second Avenue', 'Thirteenth Street' (streets of the address '204 Second Avenue (at Thirteenth Street ...)') and
 # 'lower Manhattan' -> Manhattan (Location). Nothing: 'Bell operating company' (a class), 'a local exchange (central
 # office)', 'the main distribution frame', 'twelve exchanges and five toll switching machines' (equipment),
 # 'the telephone system' (generic)
 entities=[E("Company", NYT), E("Service", "Bell System Network"), E("Organization", "Fire Department of New York")]
          + locs("Second Avenue", "Thirteenth Street", "Manhattan"),
 # no person is named
 roles=[],
 # Near-misses, no relation: 'any single Bell operating company' implies New York Telephone was one of the Bell
 # System's operating companies, but no parent company is named in the text -> no parentOrganization; 'the Bell
 # System Network' is not said to be run by the New York Telephone Company (the company connected its customers to
 # it) -> no provider relation (doubtful)
 relations=[],
 outages=[
  # 'occurred on February 27, 1975 at the New York Telephone Company switching center ... The fire disrupted service
  # for 175,000 customers ... cutting off nearly all connection to the Bell System Network. As a result, calls to the
  # Fire Department of New York failed' -> provider the company; date 1975-02-27; start null ('Just after midnight',
  # no clock time; 12:55 A.M. is when a call got through to the fire department, not when service was lost); end
  # null (no end date given); duration 552 h = 23 days ('recovery efforts (completed in just 23 days)', as batch
  # 26b's Auckland text computed a multi-day outage; doubtful: the recovery's length is read as the outage's);
  # affected: the Bell System Network (connection cut) and the Fire Department of New York (calls to it failed);
  # location 'lower Manhattan' as written; cause the short circuit that started the fire
  O(NYT, "1975-02-27", ["Bell System Network", "Fire Department of New York"], dur=552.0, loc="lower Manhattan",
    cause="fire started by a short circuit on the first floor of the switching center")],
 # 'February 27, 1975' (twice, one item). Left out: '12:55 A.M.', '3:40 A.M.', '4:46 AM' (clock times with no full
 # date in their own phrase; '4:46 AM' may fall on a later day), 'Just after midnight', 'the 20th century',
 # 'in just 23 days' (a length)
 dates=[D("February 27, 1975", "1975-02-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
