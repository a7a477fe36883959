#!/usr/bin/env python3
"""Batch 53u gold annotations (the texts of batch53u.py: the Office of Public Affairs' archived release of 1 March 2006
on four Korean executives of Hynix Semiconductor Inc. agreeing to plead guilty and serve jail time for fixing DRAM
prices, each named with his post; the Antitrust Division's release of 13 October 2009 on Arctic Glacier International
Inc. agreeing to plead guilty to allocating packaged-ice customers, with three of its former vice presidents), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53t; GUIDELINES section 2): 'U.S. District Court in <city>' ->
Organization 'U.S. District Court' (51t, 52f, 53t); the Antitrust Division -> parentOrganization Department of Justice
where both are named (42h, 42w; here "the Department's DRAM investigation" beside "the Antitrust Division's ongoing
investigation", **doubtful**: the text does not put the Division under the Department in words); 'Attorney General' ->
head of the Department of Justice (GUIDELINES: an agency's secretary leading it -> head; **doubtful**: the text names
the post without its department); 'General Manager' and 'Senior Manager' -> executive (GUIDELINES: 'manager' ->
executive); a functional 'Director, Global Strategic Account Sales' -> director (53t's 'sales and marketing director',
**doubtful**: executive would also do); a post at an unnamed subsidiary ("for Hynix's German subsidiary") -> the role
set at the named parent (GATHERING.md's 'the head of Sony's U.S. operations' -> Sony; **doubtful**); 'former senior
vice president' / 'former vice president' -> vice-president, current false (GUIDELINES); posts listed without 'former'
beside 'while they worked for' -> current true (**doubtful**); datelines ('WASHINGTON', 'WASHINGTON, D.C.') ->
Location (53k, 53r, 53t; 'WASHINGTON, D.C.' as one place); a city and its state -> two Locations; 'the Detroit
metropolitan area' -> Location 'Detroit' (dev's 'the Minneapolis/St.Paul metropolitan area' -> the cities) and
'southeastern Michigan' -> 'Michigan'; 'Korean', 'German', 'American' (modifiers) -> no entity; 'Hynix' (short form)
and 'Arctic Glacier' (short form) -> aliases; 'the Department' / "the Department's" (generic after the full name),
'the company', 'the court' -> no alias; product classes (DRAM, packaged ice), charges, fines and pleas -> nothing;
jail terms ('8 months') -> skipped (durations); 'today' and "today's" -> one item 'today'.
usage: batch53u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
HYNIX = "Hynix Semiconductor Inc."
AGI = "Arctic Glacier International Inc."
A = {}

# ---- Hynix, OPA archive, published 2006-03-01 (a Wednesday) -----------------------------------------------------------
A["us-doj-opa-hynix-semiconductor-four-korean-executives-dram-price-fixing-plea-jail-2006"] = dict(
 # Companies: Hynix Semiconductor Inc. ('Korean memory maker Hynix Semiconductor Inc.'; "Hynix's" four times: alias
 # 'Hynix'). Organizations: Department of Justice ("the Department's DRAM investigation" generic after it: no alias),
 # Antitrust Division. People: D.S. Kim, C.K. Chung, K.C. Suh, C.Y. Choi (none named again by surname: no aliases),
 # Alberto R. Gonzales. Locations: WASHINGTON, D.C. (the dateline, one place as 42z), United States ('in the United
 # States' twice, 'the jurisdiction of the United States'), Europe ('its subsidiaries in the United States and
 # Europe'). Not annotated: 'Korean' (twice), 'German', 'American businesses and consumers' (modifiers: no Korea or
 # Germany entity -- near-miss, **doubtful**: a reader may add Korea as the executives' country), DRAM / 'dynamic
 # random access memory' (a product class), 'a major manufacturer of a common computer component' (Hynix, generic),
 # Hynix's unnamed subsidiaries (near-miss, below)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "United States"),
           E("Organization", DOJ),
           E("Company", HYNIX, "Hynix"),
           E("Location", "Europe"),
           E("Person", "D.S. Kim"),
           E("Person", "C.K. Chung"),
           E("Person", "K.C. Suh"),
           E("Person", "C.Y. Choi"),
           E("Person", "Alberto R. Gonzales"),
           E("Organization", ATR)],
 # "D.S. Kim, Hynix's General Manager, Worldwide Sales & Marketing" -> executive (GUIDELINES: 'manager'). "C.K. Chung,
 # Hynix's Director, Global Strategic Account Sales" -> director (**doubtful**: a functional director, as 53t's
 # 'sales and marketing director'; executive would also do). "K.C. Suh, Hynix's Senior Manager, Memory Product
 # Marketing" -> executive. "C.Y. Choi, General Manager, Marketing and Sales Support, for Hynix's German subsidiary"
 # -> executive at Hynix Semiconductor Inc. (the subsidiary is unnamed: the post set at the named parent, as
 # GATHERING.md's Stringer/Sony; **doubtful**: a reader may leave Choi without a role). All four current true: the
 # posts are listed without 'former' (**doubtful**: 'participated in the conspiracy while they worked for' Hynix may be
 # read as past employment). 'said Attorney General Alberto R. Gonzales' -> head of the Department of Justice (the
 # Attorney General leads the Department; **doubtful**: the text names no department with the post -- a reader may
 # give no role, or minister of the United States), current
 roles=[R("D.S. Kim", "executive", HYNIX),
        R("C.K. Chung", "director", HYNIX),
        R("K.C. Suh", "executive", HYNIX),
        R("C.Y. Choi", "executive", HYNIX),
        R("Alberto R. Gonzales", "head", DOJ)],
 # The Antitrust Division under the Department (42h, 42w: both named; **doubtful**, the text never says "the
 # Department's Antitrust Division"). Near-misses: 'Hynix Semiconductor Inc. or its subsidiaries in the United States
 # and Europe' and "Hynix's German subsidiary" (unnamed subsidiaries: no entity, no relation); the 'four companies' of
 # the DRAM investigation (unnamed); the co-conspirators (unnamed)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # "Including today's charge" -> 'today' 2006-03-01. Skipped: the jail terms ('8 months', '7 months', '6 months', '5
 # months': durations), 'ongoing'
 dates=[D("today", "2006-03-01")])

# ---- Arctic Glacier International Inc., Antitrust Division, published 2009-10-13 (a Tuesday) --------------------------
A["us-doj-atr-arctic-glacier-international-three-former-vice-presidents-packaged-ice-customer-allocation-2009"] = dict(
 # Companies: Arctic Glacier International Inc. ('A packaged-ice company, headquartered in St. Paul, Minn.' first, then
 # named; 'Arctic Glacier' and "Arctic Glacier's": alias). Organizations: Department of Justice ("the Department's
 # ongoing investigation" twice in the release, generic: no alias), U.S. District Court ('in the U.S. District Court in
 # Cincinnati' three times; 51t's rule; 'the court' generic). People: Frank Larson, Keith Corbin, Gary Cooley.
 # Locations: WASHINGTON (dateline), St. Paul, Minn. (two Locations, as 53t's 'Ft. Lauderdale, Fla.'), Cincinnati,
 # Detroit ('the Detroit metropolitan area' -> the city, as dev's 'Minneapolis/St.Paul metropolitan area'; **doubtful**
 # name: a reader may write 'Detroit metropolitan area'), Michigan ('southeastern Michigan'). Not annotated:
 # 'Minneapolis' (in the headline only -- near-miss), packaged ice (a product class), 'the company' (generic), the
 # charges and plea agreements
 entities=[E("Location", "WASHINGTON"),
           E("Location", "St. Paul"),
           E("Location", "Minn."),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "Cincinnati"),
           E("Company", AGI, "Arctic Glacier"),
           E("Location", "Detroit"),
           E("Location", "Michigan"),
           E("Person", "Frank Larson"),
           E("Person", "Keith Corbin"),
           E("Person", "Gary Cooley")],
 # "Frank Larson, Arctic Glacier's former senior vice president of operations" -> vice-president (GUIDELINES: senior
 # vice president), current false ('former'). "Keith Corbin, the company's former vice president of sales and
 # marketing" and "Gary Cooley, the company's former vice president of sales and marketing" -> vice-president at
 # Arctic Glacier International Inc. ('the company' = Arctic Glacier, the only company named), current false. Near-miss:
 # 'three of the company's former executives' (the same three, counted)
 roles=[R("Frank Larson", "vice-president", AGI, False),
        R("Keith Corbin", "vice-president", AGI, False),
        R("Gary Cooley", "vice-president", AGI, False)],
 # No relation: Arctic Glacier's parent (Arctic Glacier Income Fund, in press reports) is not in the kept text
 # (near-miss); the co-conspirator ('the conspiracy', unnamed); no Antitrust Division named in the kept text
 relations=[],
 outages=[],
 # 'announced today', 'unsealed today' -> 'today' 2009-10-13; 'Sept. 10, 2009' (three times) -> 2009-09-10; 'Jan. 1,
 # 2001' -> 2001-01-01; 'July 17, 2007' (three times) -> 2007-07-17; 'March 1, 2005' -> 2005-03-01; 'June 1, 2006' ->
 # 2006-06-01. Skipped: 'ongoing'
 dates=[D("today", "2009-10-13"), D("Sept. 10, 2009", "2009-09-10"), D("Jan. 1, 2001", "2001-01-01"),
        D("July 17, 2007", "2007-07-17"), D("March 1, 2005", "2005-03-01"), D("June 1, 2006", "2006-06-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
