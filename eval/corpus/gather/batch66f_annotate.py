#!/usr/bin/env python3
"""Batch 66f gold annotations (the one text of batch66f.py), written from the text alone; newskg (or any extractor)
was not run on it. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle
of batches 55i-65d; batch10_annotate.write_parts), so NASA's 'End of SeaWiFS' transcript goes to test (one text: no
train or dev file this round).
Outages (GUIDELINES.md part 2, Outages; batches 63e, 64e, 64j and 65d on NOAA's, NASA's and the USGS's satellites,
dev's Galaxy IV): a satellite whose data stop reaching its users because contact with it is lost is a system failure
of the one who runs it -> one outage, provider the operator the text names (GeoEye, 'the people that operated it'),
affected the satellite's Service; a loss never restored has no end (batch 63e's NOAA-13, contact lost, gave no end
and no cause). Satellites and their missions -> Service with provider their operator (batches 63e, 64j, 65d; dev's
Galaxy IV: the operator, not the builder). Companies -> Company (GeoEye, a business). Planets ('Earth') -> no entity.
Dates (GUIDELINES, Dates): the excerpt is undated (`published` null) -> only absolute expressions.
usage: batch66f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
SWF = "Sea Viewing Wide Field Sensor"

# ---- SeaWiFS's loss of communication, December 11, 2010 (NASA SVS transcript 'End of SeaWiFS', undated) -- test ------
A["us-nasa-svs-end-of-seawifs-geoeye-lost-communication-2010"] = dict(
 # 'SeaWiFS, which stands for Sea Viewing Wide Field Sensor' -> one Service named by its fullest form in the text,
 # alias 'SeaWiFS' (the text uses the name for the sensor, the satellite and 'the SeaWiFS mission' alike: one
 # entity); 'GeoEye' -> Company ('the people that operated it': the business that ran the spacecraft). No entity:
 # 'Earth' ('could no longer contact Earth': the planet, not a place of the Location kind -- a reader may list it),
 # 'the spacecraft' (unnamed here; OrbView-2 is not in the text), 'ocean color' (a measurement), 'Space'. No Person:
 # the speaker tag 'Gene Feldman' is left out of the text (a transcript label), and 'we' names nobody
 entities=[E("Service", SWF, "SeaWiFS"), E("Company", "GeoEye")],
 # no role: no person in the text
 roles=[],
 # provider: 'we were not going to be able to reach the spacecraft and the people that operated it, GeoEye, declared
 # it lost' -> GeoEye runs SeaWiFS (doubtful: 'it' is 'the spacecraft' that carried SeaWiFS; the text uses 'SeaWiFS'
 # for the whole of it -- 'SeaWiFS was launched', 'operating and sending data down' -- so the operator of the
 # spacecraft is the provider of the Service). Near-miss: no NASA relation (NASA is not named in the text; 'we' are
 # the speaker's team)
 relations=[L(SWF, "provider", "GeoEye")],
 # one outage: SeaWiFS 'began operating and sending data down in September of 1997 and lasted until December 11th of
 # 2010' and 'In December what happened was we lost communication with the spacecraft ... the spacecraft could no
 # longer contact Earth and send data down' -> provider GeoEye (whose spacecraft stopped: 'the people that operated
 # it'), affected SeaWiFS, date 2010-12-11 (the last day of data, the day the loss began); end null ('declared it
 # lost' in February: the service never came back; the declaration is no end of the outage); no start, duration or
 # location (a satellite in orbit); cause null (the loss of communication is the outage itself, not its cause; 'over
 # time things begin to wear out' is a general remark, no stated cause -- as batch 63e's NOAA-13, contact lost, had
 # none; a reader may write 'lost communication'). Near-misses: 'in February, it was decided that it was hopeless'
 # -> no second outage and no end; 'we could not contact the spacecraft to try to fix a problem' -> the same outage;
 # 'The mission was only supposed to last for 5 years' -> no outage (a design life)
 outages=[O("GeoEye", "2010-12-11", [SWF])],
 # published null -> absolute expressions only: 'August of 1997' -> 1997-08; 'September of 1997' -> 1997-09;
 # 'December 11th of 2010' -> 2010-12-11. Skipped: 'In December' and 'in February' (no year in the expression and no
 # publication date to anchor them), 'a 13 year data set', '13 and a half years', '5 years', 'Every 90 minutes',
 # 'every day'
 dates=[D("August of 1997", "1997-08"), D("September of 1997", "1997-09"), D("December 11th of 2010", "2010-12-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
