#!/usr/bin/env python3
"""Batch 37j gold annotations (the texts of batch37j.py: two FCC public notices on the FCC's OWN electronic systems --
the planned interruption of its filing systems, web site, databases and telephone service over 5-7 April 2002, and
the planned IT upgrade of September 2015 that kept most of its systems unavailable two days beyond the first
extension), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published` (each
notice's release date).
Conventions: the Federal Communications Commission -> Organization with the aliases 'FCC' and 'Commission' (as most
FCC texts of the corpus); its named systems and its named web page -> Service with provider the Commission (as the
Federal Student Aid notices give their systems to FSA); clock times -> their own date items with the day's value
(as the court CM/ECF notices of batches 34b/35b). Both texts are near-misses: a planned pause of service announced
ahead by a body that is no utility (GUIDELINES, Outages), so no outage item.
usage: batch37j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather38j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
FCC = "Federal Communications Commission"
# ---- near-miss: planned maintenance interruption, April 2002 ------------------------------------------------------
A["us-fcc-electronic-filing-systems-interrupted-maintenance-notice-2002"] = dict(
 # the Federal Communications Commission (also 'FCC' twice, 'the Commission's' twice) -> Organization; the named
 # page '"FCC Electronic Filing & Public Access Systems"' at www.fcc.gov/e-file/ -> Service (a named part of the
 # FCC's web site that users check; doubtful: a page title rather than a service); Ruth A. Dancey, William F. Caton
 # -> Person. Not annotated: 'the electronic filing systems', 'the entire FCC web site', 'electronic databases',
 # 'telephone service', 'Electronic mail' (generic); 'the Commission's electronic comment filing system' (lower
 # case, a common-noun phrase here though it names ECFS; doubtful: Service 'electronic comment filing system');
 # 'the Secretary' (the office, unnamed); no place named in the kept text ('the Commission's headquarters location')
 entities=[E("Organization", FCC, "FCC", "Commission"),
           E("Service", "FCC Electronic Filing & Public Access Systems"),
           E("Person", "Ruth A. Dancey"), E("Person", "William F. Caton")],
 # 'Ruth A. Dancey, Special Assistant to the Secretary' -> other at the FCC (a staff post under the Commission's
 # Secretary); 'William F. Caton, Acting Secretary' -> other at the FCC (the Secretary is the Commission's officer
 # for filings, not its head; doubtful: executive). The org is the Commission: the Office of the Secretary is not
 # named as a body in the text
 roles=[R("Ruth A. Dancey", "other", FCC), R("William F. Caton", "other", FCC)],
 # the page is the FCC's ('the "FCC Electronic Filing & Public Access Systems" page at www.fcc.gov/e-file/')
 relations=[L("FCC Electronic Filing & Public Access Systems", "provider", FCC)],
 # no outage item: the FCC announces ahead that its electronic filing systems, web site, databases and telephone
 # service 'will be temporarily interrupted while preventative maintenance is performed' from 9:00 p.m. on Friday
 # 5 April to 1:00 p.m. on Sunday 7 April 2002 -- a planned pause of service by a body that is no utility: a
 # near-miss (GUIDELINES, Outages; as batch 35b's court CM/ECF upgrade orders). Doubtful: one planned outage
 # (provider FCC, date 2002-04-05, start 2002-04-05T21:00, end 2002-04-07T13:00, duration 40 h, cause 'preventative
 # maintenance')
 outages=[],
 # published 2002-03-29 (Friday): '9:00 p.m.' (twice, both the evening of 5 April) -> 2002-04-05T21:00; 'Friday,
 # April 5' -> 2002-04-05; '1:00 p.m.' (three times, all on 7 April) -> 2002-04-07T13:00; 'Sunday, April 7, 2002'
 # -> 2002-04-07; 'April 7' (twice) -> 2002-04-07; 'April 5' -> 2002-04-05; 'April 7, 2002' -> 2002-04-07.
 # Skipped: 'during this time' (no value of its own)
 dates=[D("9:00 p.m.", "2002-04-05T21:00"), D("Friday, April 5", "2002-04-05"), D("1:00 p.m.", "2002-04-07T13:00"),
        D("Sunday, April 7, 2002", "2002-04-07"), D("April 7", "2002-04-07"), D("April 5", "2002-04-05"),
        D("April 7, 2002", "2002-04-07")])
# ---- near-miss: planned IT upgrade running long, September 2015 ----------------------------------------------------
A["us-fcc-non-ecfs-filing-deadlines-extended-it-upgrade-notice-2015"] = dict(
 # the Federal Communications Commission (also 'FCC' in the quoted titles of the earlier notices, 'Commission' in
 # 'most Commission systems' and 'the Commission's' twice) -> Organization; Electronic Comment Filing System (alias
 # 'ECFS', also inside 'non-ECFS') and Electronic Document Management System (alias 'EDOCS') -> Service. Not
 # annotated: 'Public Notice' (a document kind), 'DA 15-940' (a document number), 'most Commission systems and
 # databases', 'online systems' (generic)
 entities=[E("Organization", FCC, "FCC", "Commission"),
           E("Service", "Electronic Comment Filing System", "ECFS"),
           E("Service", "Electronic Document Management System", "EDOCS")],
 roles=[],
 # both systems are the Commission's ('the Commission's ... systems'; ECFS and EDOCS named among them)
 relations=[L("Electronic Comment Filing System", "provider", FCC),
            L("Electronic Document Management System", "provider", FCC)],
 # no outage item: the systems are down for 'the planned upgrades' the FCC announced on 20 August 2015 and began on
 # 2 September; the notice extends deadlines because most systems stay 'unavailable until 8 a.m. on Thursday
 # September 10, 2015' -- a planned pause by a body that is no utility (GUIDELINES: near-miss). **Doubtful**: the
 # upgrade ran past the window the first notice planned for (deadlines 'further' extended by two days), which a
 # reader could take for an outage: provider FCC, date 2015-09-02, end null (only expected), affected [] (ECFS and
 # EDOCS are back; the rest unnamed), cause 'Information Technology improvements'
 outages=[],
 # published 2015-09-08 (Tuesday): 'Wednesday, September 2, 2015' -> 2015-09-02; 'today' -> 2015-09-08; '8 a.m.'
 # (twice, both 10 September) -> 2015-09-10T08:00; 'Thursday September 10, 2015' -> 2015-09-10; 'Thursday,
 # September 10' (in the quoted title) -> 2015-09-10; 'September 8' (in '"September 8 Public Notice"') ->
 # 2015-09-08; 'Friday, September 11, 2015' -> 2015-09-11; 'August 20, 2015' (twice) -> 2015-08-20; 'September 2'
 # -> 2015-09-02; 'September 8, 2015' -> 2015-09-08; 'Wednesday, September 9, 2015' -> 2015-09-09; 'Early
 # September' (in the quoted title of the August notice) -> 2015-09; 'August 20' (in '"August 20 Public Notice"') ->
 # 2015-08-20. Skipped: 'the Labor Day weekend' (a weekend: GUIDELINES skip 'this weekend'; doubtful: 2015-09-05),
 # 'this week' (skip), 'two days' (a length)
 dates=[D("Wednesday, September 2, 2015", "2015-09-02"), D("today", "2015-09-08"), D("8 a.m.", "2015-09-10T08:00"),
        D("Thursday September 10, 2015", "2015-09-10"), D("Thursday, September 10", "2015-09-10"),
        D("September 8", "2015-09-08"), D("Friday, September 11, 2015", "2015-09-11"),
        D("August 20, 2015", "2015-08-20"), D("September 2", "2015-09-02"), D("September 8, 2015", "2015-09-08"),
        D("Wednesday, September 9, 2015", "2015-09-09"), D("Early September", "2015-09"),
        D("August 20", "2015-08-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
