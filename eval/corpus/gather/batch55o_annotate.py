#!/usr/bin/env python3
"""Batch 55o gold annotations (the texts of batch55o.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-bottomline-experian-payments-gateway-merger-case-page-2020 -> test,
uk-cma-fnz-gbst-merger-case-page-remittal-divestiture-2022 -> train,
uk-cma-spreadex-sporting-index-merger-remittal-monopoly-must-sell-2025 -> dev. `published` null, null (the case pages,
as batch 17d's and 55j's case pages) and 2025-09-19.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g and 55j): a purchase the text
tells as done ('the completed acquisition of GBST Holdings Limited by FNZ (Australia) Bidco Pty Ltd', 'the completed
acquisition by Bottomline Technologies (de), Inc of ...', a target the buyer is to 'sell') -> `acquired` AND
parentOrganization(target, buyer); ownership the text tells as since undone (GBST divested) is still recorded
(relations carry no time); a named business bought from its owner ("Experian Limited’s Experian Payments Gateway
business") -> a Company with parentOrganization to its former owner as well (21b2's 'IBM's PC Division'; "X's Y
division" counts); the regulator an Organization by the fullest form the text gives ('Competition and Markets
Authority' with alias 'CMA' where spelled out, 'CMA' alone where not, as 17d's and 55j's case pages); the chair of a
CMA inquiry, remedy or independent panel -> chairman at the CMA (40zo, 55j), the group's other named members -> other
at the CMA (55j); the Competition Appeal Tribunal an Organization (a court); countries -> Location. With `published`
null only absolute dates are listed; a day and month whose year the same timetable row states ('9 August to 23 August
2019') is listed on its own, as 17d's '11 September'. No outage in any text.
usage: batch55o_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather56o/pool /tmp/gather56o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Bottomline / Experian Payments Gateway case page (published null; entries 22 May 2019 - 18 February 2020) -------
BT = "Bottomline Technologies (de), Inc"
EPG = "Experian Payments Gateway"
A["uk-cma-bottomline-experian-payments-gateway-merger-case-page-2020"] = dict(
 # 'The CMA' throughout (no full name in the text) -> Organization 'CMA', no alias (as 17d's and 55j's case pages);
 # 'Bottomline Technologies (de), Inc' (the only form; three times) -> Company; 'Experian Limited' (in 'Experian
 # Limited’s') -> Company; 'Experian Payments Gateway' (in "Experian Limited’s Experian Payments Gateway business and
 # related assets") -> Company (a named business bought as a going concern, as 21b2's 'PC Division'; doubtful: a
 # reader may take it for a payments-software product, a Service, or for an asset purchase and leave it out); the
 # four group members -> Person. No Location: 'the United Kingdom' is in the entry past the cut. Left out: 'the
 # Inquiry Group' (an unnamed CMA group, not an entity), 'related assets', 'Phase 1' / 'Phase 2', 'Issues statement',
 # 'Terms of reference', 'Initial enforcement order' (procedures and documents)
 entities=[E("Organization", "CMA"), E("Company", BT), E("Company", "Experian Limited"), E("Company", EPG),
           E("Person", "Kirstin Baker"), E("Person", "Robin Cohen"), E("Person", "Paul Hughes"),
           E("Person", "Karthik Subramanya")],
 # '25 October 2019: The CMA has appointed the Inquiry Group. Kirstin Baker (Group Chair), Robin Cohen, Paul Hughes
 # and Karthik Subramanya' -> Kirstin Baker chairman at the CMA (the chair of a CMA group, as 55j's Ecolab remedy
 # group; chairman only, the text naming just her chair as a post); the other three -> other at the CMA (independent
 # members appointed by the CMA, like commissioners). All current (the text tells no end). Doubtful: a reader may give
 # the members no role, or Baker 'other' as well
 roles=[R("Kirstin Baker", "chairman", "CMA"), R("Robin Cohen", "other", "CMA"), R("Paul Hughes", "other", "CMA"),
        R("Karthik Subramanya", "other", "CMA")],
 # acquired(Bottomline, Experian Payments Gateway) and parentOrganization(Experian Payments Gateway, Bottomline): 'the
 # completed acquisition by Bottomline Technologies (de), Inc of Experian Limited’s Experian Payments Gateway business'
 # (completed: both). parentOrganization(Experian Payments Gateway, Experian Limited): "Experian Limited’s Experian
 # Payments Gateway business" (the seller's named business; past ownership still recorded). Doubtful: 'business and
 # related assets' may read as an asset purchase (GUIDELINES: nothing); kept because a named business, not plants or
 # outlets, changed hands. Near-misses: the provisional finding of no competition concerns and the referral for an
 # in-depth investigation (regulatory steps, no company relation); the heading's 'Bottomline Technologies (de), Inc /
 # Experian Limited' (the case name, title only)
 relations=[L(BT, "acquired", EPG), L(EPG, "parentOrganization", BT), L(EPG, "parentOrganization", "Experian Limited")],
 outages=[],
 # `published` null -> absolute dates only: '21 October 2019' (three times, one item), '5 April 2020', '18 February
 # 2020', '14 November 2019', '25 October 2019', '8 November 2019', '7 October 2019', '9 August' (the span's start,
 # the row stating the year: as 17d's '11 September'), '23 August 2019', '9 August 2019', '22 May 2019'. Not dates:
 # 'Phase 1' / 'Phase 2', 'Statutory deadline' (a label)
 dates=[D("21 October 2019", "2019-10-21"), D("5 April 2020", "2020-04-05"), D("18 February 2020", "2020-02-18"),
        D("14 November 2019", "2019-11-14"), D("25 October 2019", "2019-10-25"), D("8 November 2019", "2019-11-08"),
        D("7 October 2019", "2019-10-07"), D("9 August", "2019-08-09"), D("23 August 2019", "2019-08-23"),
        D("9 August 2019", "2019-08-09"), D("22 May 2019", "2019-05-22")])

# ---- FNZ / GBST case page (published null; entries 21 January 2021 - 18 January 2022) -------------------------------
FNZ = "FNZ (Australia) Bidco Pty Ltd"
GB = "GBST Holdings Limited"
A["uk-cma-fnz-gbst-merger-case-page-remittal-divestiture-2022"] = dict(
 # 'The CMA' throughout (no full name in the text) -> Organization 'CMA', no alias; 'FNZ (Australia) Bidco Pty Ltd'
 # (the fullest form) with alias 'FNZ' ('the completed acquisition by FNZ of GBST', the same acquisition) -> one
 # Company (doubtful: 'FNZ' may be read as the FNZ group, of which the Bidco is the buying vehicle; the text names no
 # group apart from it, so one entity, as 55j's 'Ecolab Inc.' / 'Ecolab'); 'GBST Holdings Limited' with alias 'GBST'
 # -> Company; the four remedy group members -> Person; 'the UK' -> Location. Left out: 'the FNZ/GBST remedy group'
 # (an unnamed CMA group, not an entity; its 'FNZ' and 'GBST' run together as a case name), 'Retail Platform
 # Solutions' (a market, not a named product), 'Remittal Inquiry', 'Provisional Report', 'final undertakings' (procedures
 # and documents). The Competition Appeal Tribunal is past the cut (not in the text)
 entities=[E("Organization", "CMA"), E("Company", FNZ, "FNZ"), E("Company", GB, "GBST"),
           E("Person", "Martin Coleman"), E("Person", "Colleen Keck"), E("Person", "John Thanassoulis"),
           E("Person", "Jeremy Newman")] + locs("UK"),
 # '21 September 2021: The CMA appointed the following panel group members to the FNZ/GBST remedy group. Martin
 # Coleman (Chair), Colleen Keck, John Thanassoulis, and Jeremy Newman' -> Martin Coleman chairman at the CMA; the
 # other three -> other at the CMA (as 55j's Ecolab / Holchem remedy group). All current (no end told). Doubtful as in
 # 55j: a reader may give the members no role, or Coleman 'other' as well
 roles=[R("Martin Coleman", "chairman", "CMA"), R("Colleen Keck", "other", "CMA"), R("John Thanassoulis", "other", "CMA"),
        R("Jeremy Newman", "other", "CMA")],
 # acquired(FNZ (Australia) Bidco Pty Ltd, GBST Holdings Limited) and parentOrganization(GBST Holdings Limited, FNZ
 # (Australia) Bidco Pty Ltd): 'the completed acquisition of GBST Holdings Limited by FNZ (Australia) Bidco Pty Ltd'
 # (completed: both; the divestiture since does not undo the record, GUIDELINES part 2). Near-misses: 'The
 # divestiture of GBST was approved by the CMA and completed on 22 December 2021' (no buyer named: no relation of its
 # own); 'the FNZ/GBST remedy group' (no company relation)
 relations=[L(FNZ, "acquired", GB), L(GB, "parentOrganization", FNZ)],
 outages=[],
 # `published` null -> absolute dates only: '21 January 2021', '18 January 2022', '22 December 2021', '21 September
 # 2021', '25 August 2021', '2 August 2021', '5pm on 17 August 2021' (one item with its time, as 16e's '5pm on Monday
 # 17 June'), '4 June 2021', '15 April 2021', '29 January 2021', '12 February 2021'. Not dates: 'now' (relative,
 # `published` null), 'Date of remittal' (a label)
 dates=[D("21 January 2021", "2021-01-21"), D("18 January 2022", "2022-01-18"), D("22 December 2021", "2021-12-22"),
        D("21 September 2021", "2021-09-21"), D("25 August 2021", "2021-08-25"), D("2 August 2021", "2021-08-02"),
        D("5pm on 17 August 2021", "2021-08-17T17:00"), D("4 June 2021", "2021-06-04"),
        D("15 April 2021", "2021-04-15"), D("29 January 2021", "2021-01-29"), D("12 February 2021", "2021-02-12")])

# ---- Spreadex / Sporting Index, remittal final report (published 2025-09-19) ----------------------------------------
A["uk-cma-spreadex-sporting-index-merger-remittal-monopoly-must-sell-2025"] = dict(
 # 'Independent CMA panel' (first), 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA'
 # (also inside 'CMA-approved'); 'Spreadex' (also "Spreadex's") and 'Sporting Index' -> Company (no fuller name in
 # the text); 'the Competition Appeal Tribunal (CAT)', 'the CAT' -> Organization with alias 'CAT' (a court);
 # 'Richard Feasey' -> Person; 'the UK' (also "the UK's" and 'the UK licensed ... market') -> Location. Left out: 'the
 # independent panel' / 'The panel' (an unnamed CMA group, not an entity), 'a suitable CMA-approved buyer' (unnamed),
 # 'specialist betting providers' and 'consumers' (generic), 'Phase 2' (a procedure)
 entities=[E("Organization", "Competition and Markets Authority", "CMA"), E("Company", "Spreadex"),
           E("Company", "Sporting Index"), E("Organization", "Competition Appeal Tribunal", "CAT"),
           E("Person", "Richard Feasey")] + locs("UK"),
 # 'Richard Feasey, the chair of the independent panel reviewing the merger' -> chairman at the CMA (the panel is the
 # CMA's: 'Independent CMA panel found ...'; as 40zo's and 55j's inquiry and remedy group chairs). Current. Doubtful:
 # a reader may leave the org open ('independent panel') or map 'chair' of a panel to 'other'
 roles=[R("Richard Feasey", "chairman", "Competition and Markets Authority")],
 # acquired(Spreadex, Sporting Index) and parentOrganization(Sporting Index, Spreadex): "Spreadex's purchase of
 # Sporting Index", 'the deal created a monopoly', 'removing Spreadex's only competitor' and the remedy that Spreadex
 # 'sell Sporting Index' tell a purchase done and a business now owned (completed: both). Near-misses: the sale of
 # Sporting Index 'to a suitable CMA-approved buyer' (no buyer named, not yet made: no relation); Spreadex's appeal
 # to the Competition Appeal Tribunal and the CAT's referral back to the CMA (legal steps, no company relation);
 # 'undertakings to sell Sporting Index' (an offer, not a deal)
 relations=[L("Spreadex", "acquired", "Sporting Index"), L("Sporting Index", "parentOrganization", "Spreadex")],
 outages=[],
 # 'November 2024' -> 2024-11; 'March 2025' -> 2025-03. Not dates: 'now' (the release's own time, not a calendar
 # expression listed by the corpus), 'subsequently', '2 to 1' (a count), 'Phase 2'
 dates=[D("November 2024", "2024-11"), D("March 2025", "2025-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
