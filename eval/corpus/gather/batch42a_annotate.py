#!/usr/bin/env python3
"""Batch 42a gold annotations (the text of batch42a.py: the SEC's administrative-proceeding summary of 13 September
2019 on Sridhar Thiruvengadam, the former chief operating officer of Cognizant Technology Solutions Corporation,
settling FCPA charges over a bribe demanded by a senior government official of the Indian state of Tamil Nadu for
Cognizant's campus in Chennai, India), written from the text alone; newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n and 41q for SEC releases): the SEC -> Organization
('SEC' alias); 'the former chief operating officer of X' -> coo at X, current false (GUIDELINES: COO -> coo; former ->
false); the DOJ -> Organization, named as the text names it ('DOJ' is its only form here; 41h, 41k and 41p write
'Department of Justice' where the text does); a court -> Organization (GUIDELINES; 41e's 'U.S. District Court for the
Southern District of New York'); 'the Indian state of Tamil Nadu' -> Tamil Nadu a Location; 'Chennai, India' -> both
Locations; a nationality adjective ('an Indian government official') -> no Location of its own (41n, 41q); laws
('Foreign Corrupt Practices Act', 'FCPA', 'Exchange Act') -> no entity.
usage: batch42a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R
import batch10_annotate as b10

A = {}

# ---- Sridhar Thiruvengadam and Cognizant, published 2019-09-13 (a Friday) ----------------------------------------------
A["us-sec-cognizant-former-coo-thiruvengadam-fcpa-2019"] = dict(
 # The SEC (written out once; 'the SEC's order', 'The SEC order', 'the SEC's civil claims', 'The SEC and DOJ');
 # Sridhar Thiruvengadam ('Thiruvengadam' alone throughout); Cognizant Technology Solutions Corporation ('Cognizant'
 # alone and in 'Cognizant's' throughout); Tamil Nadu ('the Indian state of Tamil Nadu': a state -> Location);
 # Chennai and India ('Cognizant's ... campus in Chennai, India'); the DOJ ('The SEC and DOJ that same month filed');
 # the United States District Court for the District of New Jersey (a court -> Organization). Not annotated:
 # 'Foreign Corrupt Practices Act', 'FCPA', 'Exchange Act' (laws), 'the construction firm responsible for building
 # Cognizant's ... campus' (unnamed), the senior government official, 'four Cognizant executives', 'two additional
 # Cognizant executives', 'its independent auditor' (unnamed), 'Indian' (an adjective; India is named on its own)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Person", "Sridhar Thiruvengadam", "Thiruvengadam"),
           E("Company", "Cognizant Technology Solutions Corporation", "Cognizant"),
           E("Location", "Tamil Nadu"), E("Location", "Chennai"), E("Location", "India"),
           E("Organization", "DOJ"),
           E("Organization", "United States District Court for the District of New Jersey")],
 # 'Sridhar Thiruvengadam, the former chief operating officer of Cognizant Technology Solutions Corporation' -> coo,
 # not current ('former'). 'four Cognizant executives, including Thiruvengadam' adds no other post (a reader may add
 # executive at Cognizant, current false; not set: 'executive' here describes the four at the time, and his own post
 # is stated exactly). The unnamed officials and executives get no role
 roles=[R("Sridhar Thiruvengadam", "coo", "Cognizant Technology Solutions Corporation", False)],
 # No ownership, deal or partnership between named organisations is told (the construction firm is unnamed; the
 # campus is Cognizant's own). The DOJ and the SEC filing actions in the court -> nothing
 relations=[],
 outages=[],
 # 'September 13, 2019' (the date opening the text, = published); 'today' (= published); 'February 2019' -> 2019-02;
 # 'that same month' ('In February 2019, ... The SEC and DOJ that same month filed') -> 2019-02 (a relative
 # expression resolved by the text's own anchor, not by `published`; doubtful: a reader may leave it out)
 dates=[D("September 13, 2019", "2019-09-13"), D("today", "2019-09-13"), D("February 2019", "2019-02"),
        D("that same month", "2019-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
