#!/usr/bin/env python3
"""Batch 68s gold annotations (the three texts of batch68s.py, session 62; round notes /tmp/gather69s/NOTES.md),
written from the texts alone; newskg (or any extractor) was not run on them. Split rule fixed before annotation: the
batch's sorted ids dealt along test, train, dev (the cycle of batches 55i-67; batch10_annotate.write_parts), so the
April 2010 ice storm (blog.wapa.gov) goes to test, the Christmas 2023 North Dakota ice storm to train and the June
2015 South Dakota storms to dev.
Outages (GUIDELINES.md part 2, Outages; batches 35b and 35j on WAPA's own pages, and BPA's texts in train): a power
failure that cut service to customers is an outage; its provider is the body whose system failed when the text ties
the customers' loss to it ('customers out of power due to damage on the Western system'; 'restoring the grid and
returning power to consumers' after Western's lines came down), else null (the 20,000 North Dakotans whose utilities
the text does not name, as batch 35j's Salt River microburst); a transmission line out of service with no customer
loss told of it is no outage (batch 35b's BPA Eagle Creek text: 'only one line out of service', outages []).
Conventions of batches 35b/35j kept: WAPA ('Western Area Power Administration', 'WAPA', or 'Western', the short name
its older pages use) -> Organization; WAPA's regions ('Upper Great Plains', 'UGP', 'Rocky Mountain') -> Location, as
batch 35b took 'the Upper Great Plains region' and 35j 'Desert Southwest'; transmission lines named by their end
points and highways -> no entity; states and towns -> Location; a manager -> executive at WAPA; the excerpts' credit
lines and bylines are not in the texts. Dates (GUIDELINES, Dates): the 2010 post's `published` 2010-05-24 (the blog's
day archive) resolves its 'April 2', 'April', 'May', 'May 21'; the 2023 and 2015 pages have `published` null and no
year in their kept text, so no date is listed and their outages carry none (as batch 35j's WAPA pages).
usage: batch68s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}

# ---- the April Fools' Day ice storm, April 2, 2010 (blog.wapa.gov, May 24, 2010) -- test -----------------------------
A["us-wapa-april-fools-ice-storm-mandan-lines-restored-2010"] = dict(
 # 'Western' (the only form; the agency's full name is in no kept line) -> Organization; 'North Dakota' with 'N.D.'
 # ('Mandan, N.D.'), Mandan, South Dakota ('North and South Dakota'), Montana, Colorado, Wyoming -> Location; 'North
 # Dakota Maintenance Manager Tom Price' -> Person with alias 'Tom' ('said Tom'). Not annotated: 'the steel 230 kV
 # line west of Mandan' and 'one of our Bismarck lines' (lines; 'Bismarck' here only names a line, doubtful: a reader
 # may list it as a Location), 'local utilities', 'several of its customers', 'consumers' (unnamed)
 entities=[E("Organization", "Western"), E("Location", "North Dakota", "N.D."), E("Location", "Mandan"),
           E("Location", "South Dakota"), E("Location", "Montana"), E("Location", "Colorado"),
           E("Location", "Wyoming"), E("Person", "Tom Price", "Tom")],
 # 'North Dakota Maintenance Manager Tom Price' -> executive ('manager') at Western (the post's own blog, 'our
 # crews', 'our Bismarck lines'; doubtful: org by context, as batch 35j's Mike Simonton)
 roles=[R("Tom Price", "executive", "Western")],
 # none: 'Western and several of its customers sent crews' names no customer
 relations=[],
 # one outage: the ice storm of 'April 2' 'brought several power lines to the ground' ... 'Western lost 56 wood
 # structures and 66 steel structures on two different lines' ... crews set out 'restoring the grid and returning
 # power to consumers in the area' and 'Within 18 days ... restored power southwest of Mandan, N.D.' -> provider
 # Western, date 2010-04-02, start null (no hour), end null (the consumers' return is 'within 18 days', no day;
 # doubtful: 2010-05-21, the day 'Western energized the last of the damaged lines', which ends the repairs, not the
 # power loss), duration null ('Within 18 days' a bound, not a figure), affected [] (consumers, no body named),
 # place North Dakota ('the North Dakota country side'; doubtful: Mandan, 'southwest of' which power was restored),
 # cause 'ice storm'. Near-misses: 'Additionally, local utilities lost lines as well' (no service loss told of them,
 # no utility named); 'Western crews juggled their commitments to work and schedule outages in their usual service
 # territories' (planned work outages, counted, none told; no customer loss); 'the more than 100 structures were
 # set' (repairs)
 outages=[O("Western", "2010-04-02", [], loc="North Dakota", cause="ice storm")],
 # published 2010-05-24: 'April 2' -> 2010-04-02; 'April' and 'May' ('Throughout April and May') -> 2010-04,
 # 2010-05; 'May 21' -> 2010-05-21. Skipped: 'Within 18 days', 'more than a month and a half' (spans)
 dates=[D("April 2", "2010-04-02"), D("April", "2010-04"), D("May", "2010-05"), D("May 21", "2010-05-21")])

# ---- the North Dakota ice storm from Dec. 25 (2023) (wapa.gov, undated) -- train ------------------------------------
WAPA = "Western Area Power Administration"
A["us-wapa-north-dakota-ice-storm-transmission-lines-out-2023"] = dict(
 # 'the Western Area Power Administration' with 'WAPA' -> Organization; 'North Dakota' with 'N.D.' ('In N.D.'),
 # Bismarck, Grand Forks, Jamestown ('the Jamestown area', 'the Jamestown gas station') -> Location; 'WAPA's Upper
 # Great Plains region' -> Location 'Upper Great Plains' (WAPA's region, as batch 35b); Marc Kress -> Person. Not
 # annotated: 'the Interstate 94 corridor' (a highway), the Carpenter-Watertown, Fort Thompson-Oahe No. 1 and No. 2,
 # Hebron-Mandan, Fargo-Moorhead, Valley City-Elliot, Edgeley-Forman and Edgeley-Brown County lines (lines named by
 # their end points), 'the state's governor' (unnamed), 'local partners', 'a co-op lineman' (unnamed), 'Americans'
 entities=[E("Organization", WAPA, "WAPA"), E("Location", "North Dakota", "N.D."), E("Location", "Bismarck"),
           E("Location", "Grand Forks"), E("Location", "Upper Great Plains"), E("Person", "Marc Kress"),
           E("Location", "Jamestown")],
 # 'Acting regional manager and Director of Transmission and Construction for WAPA's Upper Great Plains region, Marc
 # Kress' -> executive at WAPA ('manager' -> executive; the region is a Location, so the org is the agency; doubtful:
 # 'director' for 'Director of Transmission and Construction', a department head's title, not a board seat)
 roles=[R("Marc Kress", "executive", WAPA)],
 relations=[],
 # one outage: 'a severe ice storm that slammed North Dakota and disrupted power for thousands' ... 'In N.D., 20,000
 # residents were without power as the ice storm wreaked havoc on local homes and businesses' -> provider null (the
 # residents' utilities are not named, and the text does not tie their loss to WAPA's lines; doubtful: WAPA), date
 # null ('Beginning Dec. 25' with published null and no year in the text: no date, GUIDELINES), no times or
 # duration, affected [] (residents, no body named), place North Dakota, cause 'ice storm'. Near-miss: 'WAPA crews
 # had to contend with several major power transmission lines out of service' and 'Other lines tripped included'
 # (WAPA's lines down, with no customer loss told of them: no outage of WAPA's own, as batch 35b's BPA Eagle Creek
 # text; doubtful: a reader may give WAPA an outage for the lines)
 outages=[O(None, None, [], loc="North Dakota", cause="ice storm")],
 # published null: 'Dec. 25', 'Dec. 28', 'last week', 'the Christmas holiday', 'the day before' have no year or
 # anchor -> none listed
 dates=[])

# ---- the South Dakota storms of June 19 (2015) (wapa.gov News features 2015, undated) -- dev -------------------------
A["us-wapa-south-dakota-storms-six-lines-out-of-service-2015"] = dict(
 # 'Western' (the only form) -> Organization; South Dakota, North Dakota, Montana, Wall ('near Wall'), Brush,
 # Colorado, Gering, Nebraska -> Location; 'UGP crews' and 'Rocky Mountain crews' -> Location 'UGP' and 'Rocky
 # Mountain' (WAPA's regions, as batches 35b/35j; doubtful: the text does not expand 'UGP', and a reader may take
 # both as units of Western, Organization with parentOrganization Western, or as no entity). Not annotated: 'the
 # Western system', 'Western structures', 'six Western lines' (Western's plant), 'the local cooperatives' (unnamed),
 # 'H-frame' (a structure type)
 entities=[E("Organization", "Western"), E("Location", "South Dakota"), E("Location", "North Dakota"),
           E("Location", "Montana"), E("Location", "Wall"), E("Location", "UGP"), E("Location", "Rocky Mountain"),
           E("Location", "Brush"), E("Location", "Colorado"), E("Location", "Gering"), E("Location", "Nebraska")],
 # no role: no person in the text (Lisa Meiman only in the left-out byline)
 roles=[],
 relations=[],
 # one outage: 'severe thunderstorms ... rolled across South Dakota, damaging and destroying more than 120 Western
 # structures' ... 'six Western lines were out of service following the storm' ... 'both wholesale and retail
 # customers out of power due to damage on the Western system' -> provider Western, date null ('On the night of June
 # 19' with published null and no year: no date), start and end null ('End-use customers were energized within a
 # few hours, powered by the local cooperatives' gives no time), duration null ('within a few hours' no figure),
 # affected [] (customers, none named), place South Dakota, cause 'severe thunderstorms'. Near-misses: 'relieved the
 # load from local cooperatives near Wall, June 23' and 'all other power was able to be re-routed on redundant
 # paths' (repairs and rerouting, no further loss); the three waves of repairs 'Through July 1'
 outages=[O("Western", None, [], loc="South Dakota", cause="severe thunderstorms")],
 # published null: 'June 19', 'June 23', 'July 1', 'the next morning' have no year -> none listed
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
