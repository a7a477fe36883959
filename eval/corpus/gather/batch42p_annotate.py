#!/usr/bin/env python3
"""Batch 42p gold annotations (the texts of batch42p.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part, as write_splits deals them): voa-bulawayo-suburbs-no-water-magwegwe-blackout-zesa-2009 -> test,
voa-harare-eastern-suburbs-no-water-letombo-zinwa-mudzuri-2006 -> train,
voa-harare-water-shortages-zinwa-morton-jaffray-breakdowns-2007 -> dev,
voa-telkom-cuts-telone-calls-rerouted-canada-molokele-2005 -> train,
voa-telone-netone-econet-phone-networks-falter-power-outages-2007 -> test. Relative dates resolve against each
story's `published` (from its address): 2005-09-05 (a Monday), 2006-10-11 (a Wednesday), 2007-08-09 (a Thursday),
2007-10-23 (a Tuesday), 2009-08-03 (a Monday).
Conventions (GUIDELINES.md part 2; batch 42i's calls as mended by the lead after the second annotation, its annotate
script's comment on the town outages: each outage the text tells apart is one, provider null where none is named,
dated back from `published` where the text gives a span; counted-but-not-told outages are not events): a state
utility or water authority -> Company (as batch 42i's ZESA and ZINWA; doubtful); a state telecoms operator ->
Company; 'VOA' -> Company; a news website -> Company (GUIDELINES: news websites run as businesses); a city council ->
Organization; a political party -> Organization; reservoirs, dams and a water treatment works -> Location (named
sites and facilities); a reporter -> Person, no role; mayors and former mayors -> no role (GUIDELINES; batch 38's
and 36's mayors); legislators -> no role; a party post ('organizing secretary') -> other (as batch 42i's Gabuza);
'founding president' -> president and founder (as the corpus's 'founding Chairman'); a minister -> minister of the
country named in the text (doubtful where the country is named only in 'Studio 7 for Zimbabwe'); a supplier's
cut-off of an operator's network access for unpaid dues -> an outage with the supplier as provider and the operator
affected (as a utility's shutoff; doubtful); a utility's power blackout at a water pumping station and the water
stoppage it caused -> two outages (as batch 42i's blackout and town water stoppages); 'N weeks ago', 'the past two
weeks' -> no date item (as the corpus's 'two weeks ago'); 'last year' -> the year.
usage: batch42p_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43p/pool /tmp/gather43p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, O, locs
import batch10_annotate as b10
from batch42i_annotate import ZESA

ZINWA = "Zimbabwe National Water Authority"
MDC = "Movement for Democratic Change"

A = {}

# ---- Telkom severs TelOne's access (published 2005-09-05, a Monday) ---------------------------------------------------
A["voa-telkom-cuts-telone-calls-rerouted-canada-molokele-2005"] = dict(
 # 'Telone' (four times, with 'Telone’s'; 'the state-controlled Zimbabwean company' generic) -> Company (spelled so
 # throughout: the name as written); 'South African TelKom’s', 'Telkom' (twice), 'Telekom’s' -> Company 'Telkom'
 # (the spelling used most), aliases 'TelKom', 'Telekom' (the text's other spellings of the same company); "VOA’s
 # Studio 7 for Zimbabwe" -> 'VOA' Company (the programme not an entity); 'the Web site NewZimbabwe.com' -> Company (a
 # news website run as a business, GUIDELINES; doubtful: Service defensible); 'David Mutomba' (who filed the report),
 # 'Praxedes Jeremiah' (the reporter), 'Daniel Molokele' / 'Molokele' -> Person; 'Zimbabwe', 'South Africa' (also in
 # 'South Africa-based'), 'Canada', 'Harare', 'Pretoria' -> Location (Harare and Pretoria stand for the governments
 # but are named places). Left out: 'Zimbabwean émigrés', 'émigré-support groups' (not named)
 entities=[E("Company", "Telone"), E("Company", "Telkom", "TelKom", "Telekom"), E("Company", "VOA"),
           E("Company", "NewZimbabwe.com"), E("Person", "David Mutomba"), E("Person", "Praxedes Jeremiah"),
           E("Person", "Daniel Molokele", "Molokele")]
          + locs("Zimbabwe", "South Africa", "Canada", "Harare", "Pretoria"),
 # No role: Molokele is a 'South Africa-based lawyer' (no firm named) who 'writes a column' for NewZimbabwe.com (a
 # contributor, no title: doubtful, other defensible); Mutomba and Jeremiah are VOA's reporters
 roles=[],
 # 'an agreement for cross-border collaboration' between Telkom and Telone (the cash flows of which 'went deeply into
 # the red'), with Telone given 'access to its domestic network' -> partner Telkom -> Telone (a supply agreement
 # between two named companies, direction as written; relations carry no time, so the severed tie is still recorded;
 # doubtful: the agreement's parties are implied, not named in that sentence)
 relations=[L("Telkom", "partner", "Telone")],
 # The outage: Telkom's 'decision to sever Telone’s access to its domestic network, cutting off many Zimbabwean
 # émigrés from family and friends and obliging Telone to route calls to South Africa by way of Canada' -> provider
 # Telkom (whose network access was cut off, by its own decision, as a utility's shutoff for unpaid dues; doubtful:
 # a reader may name Telone, whose callers lost the direct route, or read a commercial cut-off as no outage), affected
 # ['Telone'], date 2005-09 (the month of the report; the day of the cut-off is not told), start, end and duration
 # null, location null (the cut link runs between Zimbabwe and South Africa; no one place is stated), cause the
 # stated reason, as written
 outages=[O("Telkom", "2005-09", ["Telone"],
            cause="cash flows from an agreement for cross-border collaboration went deeply into the red")],
 # No date expression ('current tensions' is not a calendar value)
 dates=[])

# ---- Eastern Harare four weeks without water (published 2006-10-11, a Wednesday) -------------------------------------
A["voa-harare-eastern-suburbs-no-water-letombo-zinwa-mudzuri-2006"] = dict(
 # 'the Zimbabwe Water Authority' (so written, without 'National'), 'the national water authority' (generic), 'ZINWA'
 # -> Company 'Zimbabwe Water Authority', alias 'ZINWA' (one body: the text's name as written; doubtful: the same body
 # as batch 42i's 'Zimbabwe National Water Authority', whose name this text does not give); 'Harare City Council' ->
 # Organization (a city council); 'the Movement for Democratic Change faction of MDC' -> Organization 'Movement for
 # Democratic Change', alias 'MDC'; 'Elias Mudzuri', 'Morgan Tsvangirai', 'Jonga Kandemiiri' (the reporter) ->
 # Person; 'VOA' -> Company; 'Harare' (four times), 'the Letombo Reservoir', 'the proposed Kunzvi Dam' (a named site,
 # planned), 'Zimbabwe' (in 'Studio 7 for Zimbabwe') -> Location. Left out: 'the government' (not named), 'eastern
 # neighborhoods' (not named)
 entities=[E("Company", "Zimbabwe Water Authority", "ZINWA"), E("Organization", "Harare City Council"),
           E("Organization", MDC, "MDC"), E("Company", "VOA"), E("Person", "Elias Mudzuri"),
           E("Person", "Morgan Tsvangirai"), E("Person", "Jonga Kandemiiri")]
          + locs("Harare", "Letombo Reservoir", "Kunzvi Dam", "Zimbabwe"),
 # 'now organizing secretary for the Movement for Democratic Change faction' -> Mudzuri other of MDC (a party post,
 # as batch 42i's Gabuza; current); 'Former Harare Mayor' -> no role (mayors); 'MDC founding president Morgan
 # Tsvangirai' -> president and founder of MDC (as the corpus's 'founding Chairman' -> chairman and founder; current
 # as written, the faction his); Kandemiiri ('reporter') -> no role
 roles=[R("Elias Mudzuri", "other", MDC), R("Morgan Tsvangirai", "president", MDC),
        R("Morgan Tsvangirai", "founder", MDC)],
 # No relation: 'the Movement for Democratic Change faction of MDC' is a faction, not a separate named entity; the
 # authority's 'assumption of responsibility from Harare' (the city's water system) is not of a named company
 relations=[],
 # The outage: 'eastern neighborhoods have had no water for four weeks due to lower pressure at the Letombo
 # Reservoir' -> provider the water authority (ZINWA: the body that took over Harare's water supply, blamed in the
 # heading and by critics; doubtful: the text does not say whose reservoir or pumps failed, and the city council is
 # named beside it, so null is defensible), date 2006-09-13 (four weeks back from published), start, end and duration
 # null (ongoing at the report), affected [], location 'Harare', cause 'lower pressure at the Letombo Reservoir' (as
 # written). Not events: 'burst water pipes go unrepaired for days' (counted, not told one by one), the authority's
 # failure to provide treatment chemicals (a shortfall, no stoppage told)
 outages=[O("Zimbabwe Water Authority", "2006-09-13", [], loc="Harare",
            cause="lower pressure at the Letombo Reservoir")],
 # No resolvable date: 'four weeks', 'for days' (durations), 'long ago' (unresolvable)
 dates=[])

# ---- Harare water shortages, the Morton Jaffray breakdowns (published 2007-08-09, a Thursday) ------------------------
A["voa-harare-water-shortages-zinwa-morton-jaffray-breakdowns-2007"] = dict(
 # 'the Zimbabwe Electricity Supply Authority' (once; no 'ZESA' here) and 'the Zimbabwe National Water Authority' /
 # 'ZINWA' (twice; 'the parastatal enterprise' generic) -> Company (as batch 42i); 'the Morton Jaffray Water
 # Treatment Works' / 'the Morton Jaffray plant' -> Location (a named facility), alias 'Morton Jaffray plant'; 'the
 # Institute of Water and Sanitation Development' -> Organization (an institute; no business told); 'Nicholas
 # Mukarakate', 'Munacho Mutezo', 'Ngoni Mudege', 'Carole Gombakomba' (the reporter) -> Person; 'VOA' -> Company;
 # 'Harare', 'Zimbabwe' (in 'Studio 7 for Zimbabwe') -> Location. Left out: 'state television' (not named), 'the
 # government', 'Zimbabwean capital' (an adjective; Harare annotated)
 entities=[E("Company", ZESA), E("Company", ZINWA, "ZINWA"),
           E("Location", "Morton Jaffray Water Treatment Works", "Morton Jaffray plant"),
           E("Organization", "Institute of Water and Sanitation Development"), E("Company", "VOA"),
           E("Person", "Nicholas Mukarakate"), E("Person", "Munacho Mutezo"), E("Person", "Ngoni Mudege"),
           E("Person", "Carole Gombakomba")]
          + locs("Harare", "Zimbabwe"),
 # 'a spokesman for the parastatal enterprise, Nicholas Mukarakate' -> spokesperson of ZINWA; 'Water Resources
 # Minister Munacho Mutezo' -> minister of Zimbabwe (the country is named only in 'Studio 7 for Zimbabwe': doubtful,
 # a reader may give none); 'Executive Director Ngoni Mudege of the Institute ...' -> director (GUIDELINES:
 # executive director -> director); Gombakomba -> no role
 roles=[R("Nicholas Mukarakate", "spokesperson", ZINWA), R("Munacho Mutezo", "minister", "Zimbabwe"),
        R("Ngoni Mudege", "director", "Institute of Water and Sanitation Development")],
 # No relation ('parastatal' names no owner)
 relations=[],
 # The outage: Harare's water cut ('households going for up to five days without running water', 'the disruption of
 # water supplies') -> provider ZINWA (the authority that supplies the city, whose spokesman answers for it), date
 # 2007-08 (the month of the report; 'up to five days' is the longest wait, not a start), start, end and duration
 # null, affected [], location 'Harare', cause 'machinery breakdowns at the Morton Jaffray plant' (as the spokesman
 # put it). Not events: 'Frequent power cuts by the Zimbabwe Electricity Supply Authority' (counted, not told one by
 # one, as batch 42i's Bulawayo daily cuts); the plant's low capacity (a shortfall, not a stoppage)
 outages=[O(ZINWA, "2007-08", [], loc="Harare", cause="machinery breakdowns at the Morton Jaffray plant")],
 # 'by Saturday' -> 'Saturday' 2007-08-11 (the Saturday after Thursday 9 August). Left out: 'at present' (the
 # published day, not a stated date), 'five days' (a duration)
 dates=[D("Saturday", "2007-08-11")])

# ---- NetOne and TelOne phone services falter (published 2007-10-23, a Tuesday) ----------------------------------------
A["voa-telone-netone-econet-phone-networks-falter-power-outages-2007"] = dict(
 # 'NetOne' (twice; 'the state-controlled NetOne mobile network'), 'TelOne' (six times), 'Econet' (twice; 'The
 # privately owned Econet') -> Company (the operators; the networks are named by the operators' names only, so no
 # separate Service); 'VOA' -> Company; 'Murisi Zwizwai', 'Carole Gombakomba' (the reporter) -> Person; 'Bulawayo',
 # 'Harare', 'Zimbabwe' (in 'Studio 7 for Zimbabwe') -> Location. Left out: 'the house committee on communications'
 # (not a proper name as written, lower case), 'Experts', 'state providers'
 entities=[E("Company", "NetOne"), E("Company", "TelOne"), E("Company", "Econet"), E("Company", "VOA"),
           E("Person", "Murisi Zwizwai"), E("Person", "Carole Gombakomba")]
          + locs("Bulawayo", "Harare", "Zimbabwe"),
 # No role: Zwizwai is an 'Opposition parliamentarian' and 'a member of the house committee on communications'
 # (legislators: no role); Gombakomba a reporter
 roles=[],
 # 'far fewer than NetOne, or parent TelOne' -> NetOne parentOrganization TelOne
 relations=[L("NetOne", "parentOrganization", "TelOne")],
 # The outages the text tells apart (each doubtful in its own way):
 # - NetOne's mobile network: 'increasingly difficult to reach subscribers on the state-controlled NetOne mobile
 #   network' -> provider NetOne, date 2007-10 (the month of the report; the failing began at no stated time), cause
 #   null (TelOne's statement on power outages is about its own 'current problems'; a reader may carry it over);
 # - TelOne's fixed-line phones: 'or to get through to TelOne fixed-line phones', 'current problems are due to
 #   continuous electric power outages' -> provider TelOne, date 2007-10, cause 'continuous electric power outages'
 #   (as written; the cable vandalism, 'another factor', left out of the short cause);
 # - the link between the two networks: 'Three weeks ago, TelOne and Econet jointly informed the public that a
 #   connector linking their networks was down' -> provider TelOne, affected ['Econet'] (the connector is shared and
 #   announced jointly: doubtful, the roles may be read the other way round), date 2007-10 (about 2 October: three
 #   weeks back from published, the day of the notice, not of the failure), cause null;
 # - fixed lines out of service 'in some cases since last year' in Bulawayo and Harare -> provider TelOne (its lines
 #   and technicians), date 2006, location null (two cities told together: doubtful, a reader may split them as
 #   batch 42i's towns), cause null ('computer network problems' hinder the repairs; they are not told as the cause).
 # Not events: Econet's 'problems too, though far fewer' (counted, not told), 'continuous electric power outages'
 # (counted, no provider named), 'the vandalism of telephone cables' (a cause told in general)
 outages=[O("NetOne", "2007-10", []),
          O("TelOne", "2007-10", [], cause="continuous electric power outages"),
          O("TelOne", "2007-10", ["Econet"]),
          O("TelOne", "2006", [])],
 # 'last year' -> 2006. Left out: 'Three weeks ago' (as the corpus's 'two weeks ago'), 'recently'
 dates=[D("last year", "2006")])

# ---- Bulawayo suburbs without water after a blackout (published 2009-08-03, a Monday) ---------------------------------
A["voa-bulawayo-suburbs-no-water-magwegwe-blackout-zesa-2009"] = dict(
 # 'the Zimbabwe Electricity Supply Authority or ZESA' -> Company, alias 'ZESA'; 'VOA' -> Company; 'Patrick Thaba
 # Moyo', 'Sithandekile Mhlanga' (the reporter) -> Person; 'Bulawayo' (twice), 'Zimbabwe' (also in 'Zimbabwe's'),
 # 'the Magwegwe Water Reservoir' (a named site; 'the reservoir' generic) and the suburbs 'Emakhandeni', 'Magwegwe',
 # 'Lobengula', 'Phelandaba', 'Entumbane' -> Location. Left out: 'the local authority' (Bulawayo's council, not
 # named), 'South African rand' and 'US cents' (currencies)
 entities=[E("Company", ZESA, "ZESA"), E("Company", "VOA"), E("Person", "Patrick Thaba Moyo"),
           E("Person", "Sithandekile Mhlanga")]
          + locs("Bulawayo", "Zimbabwe", "Magwegwe Water Reservoir", "Emakhandeni", "Magwegwe", "Lobengula",
                 "Phelandaba", "Entumbane"),
 # No role: 'Bulawayo Mayor' (mayors get none; a city is a Location); Mhlanga a reporter
 roles=[],
 relations=[],
 # Two outages (as batch 42i's weekend blackout and the towns' water stoppages, told apart):
 # - the power cut: 'an electric power blackout around the Magwegwe Water Reservoir' -> provider ZESA (the power
 #   utility the council works with 'to restore power to the reservoir'; doubtful: the text does not say ZESA's
 #   system failed, only that ZESA restores the power), date 2009-07-20 (two weeks back from published, when the water
 #   stopped), location 'Magwegwe Water Reservoir', cause null;
 # - the water stoppage: 'Residents of several high-density suburbs of Bulawayo ... have been without running water
 #   for the past two weeks' -> provider null (the local authority runs the pumping station but is not named),
 #   affected [], date 2009-07-20, location 'Bulawayo' (the suburbs named are Bulawayo's), cause 'an electric power
 #   blackout around the Magwegwe Water Reservoir' (as written).
 # Not an event: the cholera epidemic ('contaminated water supplies')
 outages=[O(ZESA, "2009-07-20", [], loc="Magwegwe Water Reservoir"),
          O(None, "2009-07-20", [], loc="Bulawayo",
            cause="an electric power blackout around the Magwegwe Water Reservoir")],
 # No resolvable date: 'the past two weeks' (a span back from the report, as the corpus's 'two weeks ago'),
 # 'recently'
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
