#!/usr/bin/env python3
"""Batch 42r gold annotations (the texts of batch42r.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part, as write_splits deals them): voa-harare-water-crisis-purification-chemicals-morton-jaffray-zesa-2008 ->
test, voa-kuwadzana-substation-fire-zesa-glenview-water-protest-2006 -> train. Relative dates resolve against each
story's `published` (from its address): 2006-09-29 (a Friday), 2008-01-18 (a Friday).
Conventions (GUIDELINES.md part 2; batch 42i's calls as mended by the lead after the second annotation and batch
42p's: each outage the text tells apart is one, provider null where none is named, dated back from `published` where
the text gives a span; counted-but-not-told outages are not events): a state power utility -> Company (as batch 42i's
and 42p's ZESA); a state-run newspaper -> Company (as batch 42i's); a chemical producer -> Company; 'VOA' -> Company;
a political party -> Organization; a city's appointed commission and a residents' association -> Organization; a
sub-station and a water works -> Location (named facilities, as 42p's reservoirs and treatment works); suburbs and
districts -> Location; a reporter or correspondent -> Person, no role; a minister -> minister of Zimbabwe (doubtful
where the country is named only in 'Studio 7 for Zimbabwe', as 42p's Mutezo); 'President Robert Mugabe' -> president
of Zimbabwe (the same doubt); 'Chairwoman' -> chairman; a party's provincial spokesman -> spokesperson of the party;
'engineering manager' -> executive (GUIDELINES: "manager" -> executive); an association 'officer' -> other
(doubtful); a suburb's power cut that a sub-station fire prolongs -> one outage (the fire told as prolonging it, not
as a second cut); a water works' lost power, restored, told beside a city's water stoppage -> two outages, the power
cut given to the named power utility (as batch 42p's Magwegwe blackout; doubtful); a suburb's 'longstanding water
shortages' -> no event (a state of service, no stoppage told: doubtful); 'the past two weeks', 'the fifth straight
day' -> no date item (as the corpus's 'two weeks ago').
usage: batch42r_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43r/pool /tmp/gather43r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, O, locs
import batch10_annotate as b10
from batch42i_annotate import ZESA

A = {}

# ---- Glenview's water protest; Kuwadzana's sub-station fire (published 2006-09-29, a Friday) ---------------------------
A["voa-kuwadzana-substation-fire-zesa-glenview-water-protest-2006"] = dict(
 # 'Zimbabwe Electricity Supply Authority' (once), 'Zesa' (so cased), 'the state utility' (generic) -> Company, alias
 # 'Zesa'; 'ZANU-PF' ('the ruling party' generic) -> Organization; 'Harare Commission' ('Makwavaraa's commission'
 # generic) -> Organization (the commission running the city; doubtful: a government body, Location 'Harare'
 # annotated apart); 'VOA' -> Company; 'Ignatius Chombo' / 'Chombo', 'Sekesai Makwavarara' / 'Makwavarara' (with the
 # text's misspellings 'Makwavara' and 'Makwavaraa' as aliases, as 42p's 'TelKom' and 'Telekom'), 'William Nhara',
 # 'Robert Mugabe' / 'Mugabe' (also in 'the Mugabe government'), 'Blessing Zulu' (the reporter), 'Costa Machingauta',
 # 'Peter Nyandiya' / 'Nyandiya' -> Person; 'Harare', 'Glenview', 'Budiriro', 'Dzivarasekwa', 'Kuwadzana', 'the
 # Kuwadzana sub-station' (a named facility; 'electrical sub-station', 'the facility' generic), 'Zimbabwe' (in 'Studio
 # 7 for Zimbabwe') -> Location. Left out: 'a local council office', 'Harare province' (Harare annotated), 'Harare
 # elections' (an event), 'Analysts'
 entities=[E("Company", ZESA, "Zesa"), E("Organization", "ZANU-PF"), E("Organization", "Harare Commission"),
           E("Company", "VOA"), E("Person", "Ignatius Chombo", "Chombo"),
           E("Person", "Sekesai Makwavarara", "Makwavarara", "Makwavara", "Makwavaraa"),
           E("Person", "William Nhara"), E("Person", "Robert Mugabe", "Mugabe"), E("Person", "Blessing Zulu"),
           E("Person", "Costa Machingauta"), E("Person", "Peter Nyandiya", "Nyandiya")]
          + locs("Harare", "Glenview", "Budiriro", "Dzivarasekwa", "Kuwadzana", "Kuwadzana sub-station", "Zimbabwe"),
 # 'Local Government Minister Ignatius Chombo' -> minister of Zimbabwe (the country named only in 'Studio 7 for
 # Zimbabwe': doubtful, as 42p's Mutezo); 'Harare Commission Chairwoman Sekesai Makwavarara' -> chairman of the
 # Harare Commission; 'William Nhara, ZANU-PF spokesman for Harare province' -> spokesperson of ZANU-PF (his 'a
 # communications aide to President Robert Mugabe' no title at an organisation: no second role); 'President Robert
 # Mugabe' -> president of Zimbabwe (the same doubt as Chombo's); 'Zesa engineering manager Peter Nyandiya' ->
 # executive of ZESA (GUIDELINES: "manager" -> executive); Zulu (reporter), Machingauta (a resident) -> no role
 roles=[R("Ignatius Chombo", "minister", "Zimbabwe"), R("Sekesai Makwavarara", "chairman", "Harare Commission"),
        R("William Nhara", "spokesperson", "ZANU-PF"), R("Robert Mugabe", "president", "Zimbabwe"),
        R("Peter Nyandiya", "executive", ZESA)],
 # No relation (no two named companies or organisations tied by the text)
 relations=[],
 # The outage: 'Kuwadzana residents without electricity for the past two weeks seemed likely to remain in the dark
 # even longer after electrical sub-station feeding the high density Harare suburb caught fire ... as Zimbabwe
 # Electricity Supply Authority employees were making repairs to it' -> provider ZESA (the utility whose sub-station
 # feeds the suburb and whose employees were repairing it; its manager answers for it), date 2006-09-15 (two weeks
 # back from published), start, end and duration null (ongoing at the report), affected [] ('an estimated 100
 # households', not named), location 'Kuwadzana', cause null (the two weeks' cut is given no cause; the fire is told
 # as prolonging it: a reader may give the fire, or split the fire's damage off as a second outage). Not events:
 # Glenview's 'longstanding watershortages' (a state of service, no stoppage told, no provider named: doubtful, a
 # reader may add one outage with provider null), the protests in Budiriro and Dzivarasekwa
 outages=[O(ZESA, "2006-09-15", [], loc="Kuwadzana")],
 # 'Friday' (twice: 'turned out Friday', "Friday's protest") -> 2006-09-29 (published, a Friday; listed once). Left
 # out: 'the past two weeks' (a span back from the report, as the corpus's 'two weeks ago')
 dates=[D("Friday", "2006-09-29")])

# ---- Harare's water crisis, the Morton Jaffray plant short of power and chemicals (published 2008-01-18, a Friday) ------
A["voa-harare-water-crisis-purification-chemicals-morton-jaffray-zesa-2008"] = dict(
 # 'the Zimbabwe Electricity Supply Authority' (once) -> Company; 'Zimphos, a local chemical producer' -> Company;
 # 'The state-controlled Herald newspaper' / 'The Herald' -> Company 'Herald' (a state-run newspaper, as batch 42i's;
 # 'the newspaper' generic); 'Combined Harare Residents Association' -> Organization; 'VOA' -> Company; 'Munacho
 # Mutezo', 'Thomas Chiripasi' (the correspondent), 'Joseph Rose' -> Person; 'the Morton Jaffray Water Works' / 'the
 # Morton Jaffray plant' -> Location (a named facility, as batch 42p's 'Morton Jaffray Water Treatment Works'), alias
 # 'Morton Jaffray plant'; 'Harare', 'Zimbabwe' (in "Zimbabwe's capital"), and the districts 'Mabvuku', 'Tafara',
 # 'Highlands', 'Borrowdale', 'Hatcliffe', 'Chisipite', 'Ruwa', 'Epworth' -> Location. Left out: 'the center', 'the
 # central business district' (not named), 'sources', 'staff'
 entities=[E("Company", ZESA), E("Company", "Zimphos"), E("Company", "Herald"),
           E("Organization", "Combined Harare Residents Association"), E("Company", "VOA"),
           E("Person", "Munacho Mutezo"), E("Person", "Thomas Chiripasi"), E("Person", "Joseph Rose"),
           E("Location", "Morton Jaffray Water Works", "Morton Jaffray plant")]
          + locs("Harare", "Zimbabwe", "Mabvuku", "Tafara", "Highlands", "Borrowdale", "Hatcliffe", "Chisipite",
                 "Ruwa", "Epworth"),
 # 'Water Minister Munacho Mutezo' -> minister of Zimbabwe (the country named on its own: "Zimbabwe's capital");
 # 'Combined Harare Residents Association officer Joseph Rose' -> other (an association post; doubtful: 'officer'
 # may be read as a staff member with no title); Chiripasi ('Correspondent') -> no role
 roles=[R("Munacho Mutezo", "minister", "Zimbabwe"),
        R("Joseph Rose", "other", "Combined Harare Residents Association")],
 # No relation: ZESA and Zimphos are 'key suppliers' in the crisis, but the customer they supply (the plant's
 # operator) is not named; the plant is a Location (no relation attaches to it)
 relations=[],
 # Two outages the text tells apart:
 # - Harare's water stoppage: 'Critical shortages of water in many parts of Harare ... continued on Friday for the
 #   fifth straight day', districts 'without water' -> provider null (the operator of the Morton Jaffray plant is not
 #   named: a reader who knows ZINWA ran it then cannot take it from this text), date 2008-01-14 (the fifth straight
 #   day on Friday 18 January: Monday), start, end and duration null (ongoing in many districts at the report),
 #   affected [], location 'Harare', cause 'chemical shortages' (as the plant's staff put it);
 # - the plant's lost power: 'the restoration of electric power for 24 straight hours to the Morton Jaffray Water Works
 #   ... allowed the plant to resume pumping' -> provider ZESA (the power utility the minister thanked for its
 #   'support in the crisis'; doubtful: the text tells the power's restoration, not its cut, and does not say ZESA's
 #   supply failed — a reader may keep only the water outage), date 2008-01 (the cut's day is not told), affected [],
 #   location 'Morton Jaffray Water Works', cause null.
 # Not events: 'the water supply had long been deteriorating' (a state of service)
 outages=[O(None, "2008-01-14", [], loc="Harare", cause="chemical shortages"),
          O(ZESA, "2008-01", [], loc="Morton Jaffray Water Works")],
 # 'Friday' (three times: 'on Friday', 'reported Friday', 'on Friday visited') -> 2008-01-18 (published; listed once);
 # 'Thursday' (twice: 'visited the plant Thursday', 'status reports Thursday') -> 2008-01-17 (listed once). Left out:
 # 'the fifth straight day', '24 straight hours' (durations)
 dates=[D("Friday", "2008-01-18"), D("Thursday", "2008-01-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
