#!/usr/bin/env python3
"""Batch 49m gold annotations (the texts of batch49m.py: the Enforcement Bureau's consent decree with Xcel Energy Inc.
(DA 01-730, 2001) on the licences of Western Gas Supply Company, merged into Public Service Company of Colorado in
1993; the Enforcement Bureau's order DA 16-3 of 7 January 2016 adopting a consent decree with Radio License Holding
CBC, LLC and its parent Cumulus Radio Corporation over sponsorship disclosure at WOKQ(FM), Dover, New Hampshire),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). `published` is null for the Xcel decree (absolute
dates only) and 2016-01-07 for the 2016 order (its release date).
Conventions (batches 15f, 43n-49j of the lane; 33b for the Enforcement Bureau's texts; GUIDELINES section 2): 'A
merged into B ... and ceased to exist' -> acquired(B, A) only (the corpus's 'merged into' reading: batches 31j, 37q,
40v, 40x -- a target merged away gets no parent link; GUIDELINES: 'unless the text says the target was merged
away'); 'X's parent, Y' -> parentOrganization(X, Y); 'the Enforcement Bureau (Bureau) of the Federal Communications
Commission (Commission)' and 'the Enforcement Bureau of the Federal Communications Commission' ->
parentOrganization(Enforcement Bureau, Federal Communications Commission) (49c, 49f, 49j); a short name in
parentheses or quotes -> alias, as written; 'Commission' alone for the FCC -> alias (48l, 49c, 49f); a radio station
named by its call sign -> Company (batches 35l, 43v: stations as companies under their owners); a company's
'regulated operating companies' unnamed -> nothing; laws, sections, licences, authorizations, file and account
numbers not annotated; dates as GUIDELINES (with `published` null only absolute ones).
usage: batch49m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
EB = "Enforcement Bureau"
FCC = "Federal Communications Commission"

# ---- Xcel Energy Inc., consent decree (DA 01-730), published null ----------------------------------------------------
XE = "Xcel Energy Inc."
WGS = "Western Gas Supply Company"
PSCO = "Public Service Company of Colorado"
A["us-fcc-xcel-energy-western-gas-supply-public-service-colorado-unauthorized-transfer-of-control-consent-decree-2001"] = dict(
 # Organizations: the Enforcement Bureau ('("Bureau")' -> alias 'Bureau'); the Federal Communications Commission
 # ('prior Commission consent', 'The Commission granted' -> alias 'Commission'). Companies: Xcel Energy Inc. (written
 # in full twice; 'Xcel' -> alias); Western Gas Supply Company ('(``WGS'')' -> alias 'WGS', again in 'WGS held');
 # Public Service Company of Colorado ('(``PSCO'')' -> alias 'PSCO'). Location: Minneapolis (from
 # 'Minneapolis-based', the company's base -- **doubtful**: a reader may
 # skip a place inside an adjective; kept, as the corpus gives 'X-based' cities a Location: 'Amsterdam-based', 'Barcelona-based'). 'Colorado' only inside 'Public
 # Service Company of Colorado' -> no Location; '12 Western and Midwestern states' (unnamed) -> nothing. No Person,
 # no role. Not annotated: 'Section 310(d) of the Communications Act of 1934' (a law), the 'three private
 # operational fixed microwave authorizations' (licences), '$7 billion', the customer counts.
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "Commission"),
           E("Company", XE, "Xcel"), E("Company", WGS, "WGS"), E("Company", PSCO, "PSCO"),
           E("Location", "Minneapolis")],
 roles=[],
 # - acquired(Public Service Company of Colorado, Western Gas Supply Company): 'On January 1, 1993, Western Gas Supply
 #   Company (``WGS'') merged into Public Service Company of Colorado (``PSCO''), and ceased to exist' -- the absorbing
 #   company named and the absorbed one merged away: acquired only, no parent link (GUIDELINES' 'unless the text says
 #   the target was merged away'; the corpus's 'merged into' calls, 40v's Republic/Northwest, 40x's Gray
 #   Matter/Treyarch). **Doubtful**: the text says 'merged into', not bought; a reader may read it as a merger with no
 #   buyer (nothing) or as a group reorganization (WGS may have been PSCO's own subsidiary: the text does not say so).
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'the Enforcement Bureau of the Federal
 #   Communications Commission' (49c's, 49f's, 49j's call).
 # Near-misses: Xcel's 'regulated operating companies' (unnamed; the text never says PSCO is one of them, so no
 #   parentOrganization(PSCO, Xcel Energy Inc.) -- **doubtful**: a reader who knows the group may add it); 'the
 #   parties did not file an application for consent to the assignment of the three authorizations' (licences, not a
 #   company deal); 'The Commission granted the application' (a licence grant, no relation).
 relations=[L(PSCO, "acquired", WGS), L(EB, "parentOrganization", FCC)],
 outages=[],
 # `published` null -> absolute dates only: 'January 1, 1993' (the merger) -> 1993-01-01; 'July 14, 2000' (the late
 # application) -> 2000-07-14; 'August 23, 2000' (the grant) -> 2000-08-23
 dates=[D("January 1, 1993", "1993-01-01"), D("July 14, 2000", "2000-07-14"), D("August 23, 2000", "2000-08-23")])

# ---- Radio License Holding CBC, LLC / Cumulus Radio Corporation, order DA 16-3, published 2016-01-07 ---------------
RL = "Radio License Holding CBC, LLC"
CRC = "Cumulus Radio Corporation"
WOKQ = "WOKQ(FM)"
A["us-fcc-cumulus-radio-license-holding-cbc-wokq-sponsorship-identification-consent-decree-order-2016"] = dict(
 # Organizations: the Enforcement Bureau ('(Bureau)' -> alias 'Bureau'); the Federal Communications Commission
 # ('(Commission)' -> alias, again in 'the Commission's sponsorship identification laws' twice). Companies: Radio
 # License Holding CBC, LLC ('(Radio License)' -> alias 'Radio License', again in 'Radio License's parent'); Cumulus
 # Radio Corporation ('(CRC)' -> alias 'CRC'); WOKQ(FM), the radio station ('radio station WOKQ(FM), Dover, New
 # Hampshire (Station)': a station as a Company, 35l and 43v; its defined short name 'Station' -> alias --
 # **doubtful**: 'Station' is also a common noun; kept as the text's defined name for this one station, as 'Bureau'
 # is kept). Locations: Dover ('WOKQ(FM), Dover, New Hampshire'), New Hampshire. No Person, no role. Not annotated:
 # 'a Consent Decree', 'sponsorship identification laws' (laws), 'announcements', 'paid programming material'.
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC, "Commission"),
           E("Company", RL, "Radio License"), E("Company", CRC, "CRC"), E("Company", WOKQ, "Station"),
           E("Location", "Dover"), E("Location", "New Hampshire")],
 roles=[],
 # - parentOrganization(Radio License Holding CBC, LLC, Cumulus Radio Corporation): 'Radio License Holding CBC, LLC
 #   (Radio License), and Radio License's parent, Cumulus Radio Corporation (CRC)' (stated).
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'The Enforcement Bureau (Bureau) of
 #   the Federal Communications Commission (Commission)' (an 'of the' with the short names between; 49c's call).
 # Near-misses: the station's owner -- the body says only that Radio License and CRC 'broadcast announcements on radio
 #   station WOKQ(FM)'; that Radio License was its licensee stands in the caption ('Former Licensee of Station
 #   WOKQ(FM)'), cut and kept in `title` only: no parentOrganization(WOKQ(FM), Radio License Holding CBC, LLC)
 #   (**doubtful**: a reader may take broadcasting on the station as running it and add the link); Cumulus Media,
 #   Inc., the group parent, is not named in the kept text (nothing assumed); the sponsors of the announcements are
 #   not named in the kept text.
 relations=[L(RL, "parentOrganization", CRC), L(EB, "parentOrganization", FCC)],
 outages=[],
 # no time expression in the kept text (the adoption and release date stands in the cut caption: `published` only)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
