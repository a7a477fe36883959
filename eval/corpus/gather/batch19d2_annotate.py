#!/usr/bin/env python3
"""Batch 19d part 2 gold annotations (the 2 texts of batch19d2.py), written from each text alone before newskg was
run on them; same rules as part 1 (batch19d_annotate.py: `published` null, only absolute dates). Split: the part's own
sorted ids dealt along test, train, dev, train.
usage: batch19d2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted(["wp-2014-bangladesh-blackout", "wp-2019-venezuelan-blackouts"])
A = {}
A["wp-2014-bangladesh-blackout"] = dict(
 entities=locs("Bangladesh", "India", "Dhaka", "Chittagong", "Sylhet"),
 roles=[], relations=[],
 # no operator named; the lead dates the outage 'on the morning of November 2, 2014' and says it 'lasted for almost
 # 10 hours'; 'Around 11:30 pm on November 1' has no year in its sentence (published null): not used
 outages=[O(None, "2014-11-02", [], dur=10.0, loc="Bangladesh",
            cause="HVDC connection between India and Bangladesh failed")],
 dates=[D("November 2, 2014", "2014-11-02")])
A["wp-2019-venezuelan-blackouts"] = dict(
 entities=[E("Location", "Venezuela"), E("Company", "Corpoelec", "Corporación Eléctrica Nacional"),
           E("Person", "Nicolás Maduro", "Maduro"), E("Location", "Roraima"), E("Location", "Caracas"),
           E("Location", "Colombia")],
 # 'Nicolás Maduro's administration' names no post: no role ('Brazilian' is an adjective)
 roles=[], relations=[],
 # five outages told apart; provider: 'state-run Corpoelec (Corporación Eléctrica Nacional)', the national electricity
 # company whose supply failed (the cause is disputed in the text: lack of maintenance vs sabotage → cause null);
 # only the first has a year in its own sentence ('7 March 2019 at 4:56 pm VET'); '25 March', '29 March', 'another
 # 24 hours later' and '22 July' have no year (published null) → no date
 outages=[O("Corpoelec", "2019-03-07", [], start="2019-03-07T16:56", loc="Venezuela"),
          O("Corpoelec", None, [], loc="Venezuela"), O("Corpoelec", None, [], loc="Venezuela"),
          O("Corpoelec", None, [], loc="Venezuela"), O("Corpoelec", None, [], loc="Venezuela")],
 dates=[D("March 2019", "2019-03"), D("7 March 2019", "2019-03-07"), D("4:56 pm", "2019-03-07T16:56")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
