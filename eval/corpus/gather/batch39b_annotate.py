#!/usr/bin/env python3
"""Batch 39b gold annotations (the text of batch39b.py: a VOA story on social media sites hard to reach in Chad in
2016, its heading not in the stored text), written from the text alone; newskg (or any extractor) was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): the single id goes to test. `published` is null (no date line in the stored text), so
'In February' resolves to no date.
Conventions: a service withheld by a government's order is no outage (batch 37h: the court-ordered YouTube block and
China's block of Wikipedia are near-misses; GUIDELINES.md, Outages); news organisations are Company ('VOA', batches
38o-38q); a head of state with the country named in the text -> president of that Location.
usage: batch39b_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40b/pool /tmp/gather40b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import E, R, locs
import batch10_annotate as b10


A = {}

A["voa-chad-social-media-blocked-deby-2016"] = dict(
 # 'social media sites in Chad', 'Chad's recent elections', 'one Internet user in Chad' -> Location; 'longtime
 # President Idriss Deby' -> Person (the text never shortens the name); 'Zouhoura Ibrahim' (the girl whose case is
 # told) -> Person; 'told VOA', 'VOA tried to contact' -> 'VOA' Company (a news organisation, corpus practice of
 # batches 38o-38q). Not annotated: 'social media' and 'these networks' (no named service), 'the Chadian government',
 # 'the administration', 'the minister of communication' (unnamed office holder), 'Internet users', 'critics',
 # 'protesters', 'government officials' (generic)
 entities=locs("Chad") + [E("Person", "Idriss Deby"), E("Person", "Zouhoura Ibrahim"), E("Company", "VOA")],
 # 'the administration of longtime President Idriss Deby' with Chad named in the same sentence ('Chad's recent
 # elections') -> president of Chad, current. 'the minister of communication' is unnamed: no role
 roles=[R("Idriss Deby", "president", "Chad")],
 # no company relation is told
 relations=[],
 # Near-miss, no outage: 'it has been difficult to connect to social media sites in Chad' for 'more than three
 # months', users circumventing 'the restrictions', critics calling it 'a government crackdown' and 'a deliberate
 # attempt by the administration ... to restrict the sharing of information'; 'Social media access was interrupted,
 # according to reports' after the February case. A service withheld by the government's (alleged) order, not a
 # failure (batch 37h's YouTube and Wikipedia blocks). Doubtful: a reader might record an outage with provider null,
 # location Chad, date null (no year-bound date is told), cause 'government restrictions' -- as batch 34h took a
 # government-ordered shutdown of all internet access; here only social media sites are hard to reach, and no
 # operator is named
 outages=[],
 # 'In February' -> no date (published null: a month without a year resolves to nothing, GUIDELINES.md Outages/Dates);
 # 'For more than three months' is a duration; '18-year-old' an age
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
