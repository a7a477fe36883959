#!/usr/bin/env python3
"""Batch 48e gold annotations (the texts of batch48e.py: the Memorandum Opinion and Order DA 14-1065 of 25 July 2014
on the applications of Frontier Communications Corporation and AT&T Inc. for the assignment or transfer of control of
The Southern New England Telephone Company and SNET America, Inc.; the Memorandum Opinion and Order DA 14-1543 of 24
October 2014 on the applications for the transfer of control of tw telecom inc. to Level 3 Communications, Inc.),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-48c of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c-48c), one link per company
transferred (44b, 46c, 46f, 47x, 48c); a company named as another's 'wholly owned subsidiary' -> parentOrganization
(company, parent); a short name in parentheses -> alias, as written (43t, 47u); name = the fullest form in the text,
the other forms aliases (GUIDELINES section 1); the caption's forms of the same names differing only in a leading
'the'/'The' not listed; a Bureau -> Organization, no parentOrganization to the Commission (45h, 45m, 46l, 46o);
'Chief'/'Acting Chief' with no person named -> no role (46o); collective defined terms ('Applicants', 'TWT
Subsidiaries') and laws ('Communications Act of 1934', 'Cable Landing License Act'), sections and dockets not
annotated; licences and authorizations -> nothing of their own (46f, 46h).
usage: batch48e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
WCB = "Wireline Competition Bureau"
IB = "International Bureau"
WTB = "Wireless Telecommunications Bureau"

# ---- The Southern New England Telephone Company, SNET America, Inc. (AT&T) -> Frontier, DA 14-1065, 2014-07-25 -------
FR = "Frontier Communications Corporation"
ATT = "AT&T Inc."
SN = "The Southern New England Telephone Company"
SA = "SNET America, Inc."
A["us-fcc-frontier-att-southern-new-england-telephone-snet-america-transfer-of-control-order-2014"] = dict(
 # Companies: Frontier Communications Corporation (the caption's form, the fullest; the body's 'Frontier
 # Communications Corp.' and '(Frontier)' -> aliases); AT&T Inc. ('(AT&T', 'AT&T’s' -> alias 'AT&T'); The Southern
 # New England Telephone Company ('(SNET)' -> alias; the caption's 'the Southern New England Telephone Company' the
 # same name with a lower-case article, not listed); SNET America, Inc. ('(SNET America)' -> alias). Organizations:
 # the by-line's Wireline Competition Bureau, International Bureau and Wireless Telecommunications Bureau (as 46o).
 # 'Acting Chief', 'Chief' (no person named) -> no role. No Location in the kept text ('Southern New England' only
 # inside a company's name; 'Connecticut' in the cut sentence), no Person, no Service; 'Commission' not in the kept
 # text (the letterhead is cut). Not annotated: 'Applicants', 'Act' (labels), 'Communications Act of 1934' (a law's
 # name, not a date), sections 214 and 310(d), 'licenses and authorizations'.
 entities=[E("Company", FR, "Frontier Communications Corp.", "Frontier"), E("Company", ATT, "AT&T"),
           E("Company", SN, "SNET"), E("Company", SA, "SNET America"),
           E("Organization", WCB), E("Organization", IB), E("Organization", WTB)],
 roles=[],
 # - parentOrganization(SNET, AT&T), parentOrganization(SNET America, AT&T): 'AT&T’s wholly owned subsidiaries, The
 #   Southern New England Telephone Company (SNET) and SNET America, Inc. (SNET America)' (stated).
 # - acquired(Frontier, SNET), acquired(Frontier, SNET America): the applications, filed by Frontier with AT&T, are
 #   'for the Assignment or Transfer of Control of the Southern New England Telephone Company and SNET America, Inc.',
 #   and the body asks 'to assign and transfer to Frontier licenses and authorizations held by' the two (applied for;
 #   the grant lies past the cut -> acquired only, one link per company, 48c's rule). **Doubtful**: no kept sentence
 #   says in so many words that control of the two passes to Frontier -- the caption names no transferee, and the
 #   body's 'to Frontier' governs the licences ('Assignment or Transfer of Control' leaves open which); a reader may
 #   take the caption's transfer of control, filed by the buyer and the parent, as Frontier's purchase (kept), or read
 #   only licence transfers (46f/46h: nothing).
 # Near-misses: Frontier and AT&T as co-applicants (not partners); no acquired from AT&T (the seller); no relation
 #   between SNET and SNET America (sisters under AT&T; nothing stated between them); the transfer of 'approximately
 #   900,000 local access lines ... in Connecticut from AT&T' (in the cut sentence).
 relations=[L(SN, "parentOrganization", ATT), L(SA, "parentOrganization", ATT),
            L(FR, "acquired", SN), L(FR, "acquired", SA)],
 outages=[],
 # 'July 25, 2014' twice (adopted and released): one item (GUIDELINES, Dates; 46o); '1934' inside the Act's name no date
 dates=[D("July 25, 2014", "2014-07-25")])

# ---- tw telecom inc. -> Level 3 Communications, Inc., DA 14-1543, published 2014-10-24 ------------------------------
L3 = "Level 3 Communications, Inc."
TW = "tw telecom inc."
A["us-fcc-tw-telecom-level-3-communications-transfer-of-control-order-2014"] = dict(
 # Companies: Level 3 Communications, Inc. ('(together with its subsidiaries, Level 3)', 'with Level 3', 'to Level 3'
 # -> alias 'Level 3'); tw telecom inc. (written in lower case, as the company writes it; '(TWT Parent ...)' and
 # 'TWT Parent’s' -> alias 'TWT Parent'; 'TWT', defined as 'TWT Subsidiaries, together, with TWT Parent' -> alias
 # too, as 'Level 3' is defined 'together with its subsidiaries' and kept as Level 3's alias; **doubtful**: 'TWT' is a
 # group label, and a reader may leave it out as 48c left 'Applicants'). Organizations: the by-line's Wireline
 # Competition Bureau and International Bureau. 'Chief' twice (no person named) -> no role. Not annotated: 'TWT
 # Subsidiaries' (unnamed subsidiaries under a collective label), 'Applicants', 'Act' (labels), 'Communications Act
 # of 1934' and 'Cable Landing License Act' (laws), 'licenses and authorizations'; 'Commission' only in the cut
 # sentence. No Location, no Person, no Service.
 entities=[E("Company", L3, "Level 3"), E("Company", TW, "TWT Parent", "TWT"),
           E("Organization", WCB), E("Organization", IB)],
 roles=[],
 # - acquired(Level 3, tw telecom): the caption, 'Applications Filed for the Transfer of Control of tw telecom inc. to
 #   Level 3 Communications, Inc.', with paragraph 1's 'transfers of control of licenses and authorizations held by
 #   TWT Parent’s subsidiaries ... to Level 3' (applied for; the consent lies past the cut -> acquired only).
 # Near-misses: Level 3 and tw telecom as co-applicants (not partners); 'TWT Parent’s subsidiaries' (none named: no
 #   parentOrganization); 'its subsidiaries' of Level 3 (none named); 'the transfer applications', 'the proposed
 #   transaction' (the same deal, no further link).
 relations=[L(L3, "acquired", TW)],
 outages=[],
 # 'October 24, 2014' twice (adopted and released): one item; '1934' inside the Act's name no date
 dates=[D("October 24, 2014", "2014-10-24")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
