#!/usr/bin/env python3
"""Gold for batch 54c (session 55, gatherer 54c): two FCC texts on commercial radio assignments (the Audio Division's
letter DA 05-1318 of 9 May 2005 denying Cross Country Communications, LLC's petition to deny and granting the
assignments of WKSN(AM) and WHUG(FM), Jamestown, New York, from Vox Allegany, LLC and of WQFX-FM, Russell,
Pennsylvania, from Southbridge Radio Corporation to Media One Group II, LLC; the Audio Division's letter DA 13-458 of
19 March 2013 denying RAAD Broadcasting Corporation's petition for reconsideration of the grant of the assignment of
WTOK-FM, San Juan, Puerto Rico, from MSG Radio, Inc. to WIAC-FM, Inc.), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53zf of the lane; GUIDELINES section 2): an assignment granted in the text but not told
as consummated -> acquired(assignee, the station) only (53za's WINU call; GUIDELINES 'awaiting approval'); an assignor
or a station's licensee -> parentOrganization(station, licensee) ('licensee of', 'from X to Y'; 51r-53zf); an
objector or petitioner (Cross, RAAD) -> no relation to the deal (53a, 53o, 53s, 53y, 53za, 53zd); a person as assignor
(Luis A. Mejia) -> no relation (53g, 53y, 53za, 53zd); radio stations -> Company (35l, 43v, 49m, 51e-53zf); short names
in parentheses and quotation marks ('(\u201c Vox\u201d)', '(\u201cMSG\u201d)', '(\u201cWFI\u201d)') -> aliases
(52p-53zf), the Word conversion's spaces inside names kept in the entity names as the text writes them ('WKSN( AM)',
'WQFX- FM'; 53o, 53s); defined generic terms ('the \u201cAssignment Applications\u201d', 'the \u201cStation\u201d',
'\u201cPetition\u201d', 'the \u201cMejia Application\u201d') -> not annotated; place names -> Location, each once
however often named, a state's abbreviation in a 'Re:' line ('NY', 'PA') its own Location as written (53o); 'the
Commission' (the FCC, not named in the kept text) -> not annotated (53zd); the date line, release line and 'Re:'/'In
re:' lines kept in the text annotated as text, the `title` not annotated beyond what the text repeats; facility and
file numbers -> no entity and no date.
usage: batch54c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WKSN(AM), WHUG(FM) Jamestown, WQFX-FM Russell: Vox Allegany / Southbridge -> Media One Group II, DA 05-1318 ------
WKSN = "WKSN( AM)"
WHUG = "WHUG( FM)"
WQFX = "WQFX- FM"
WKZA = "WKZA( FM)"
WWSE = "WWSE( FM)"
VOX = "Vox Allegany, LLC"
M1 = "Media One Group II, LLC"
SB = "Southbridge Radio Corporation"
CROSS = "Cross Country Communications, LLC"
A["us-fcc-vox-allegany-southbridge-radio-media-one-group-wksn-whug-wqfx-assignments-cross-country-petition-letter-2005"] = dict(
 # Companies: the stations WKSN( AM), WHUG( FM), WQFX- FM (the 'Re:' line and the body), WKZA( FM) (Cross's station),
 # WJTN and WWSE( FM) (Media One's two Jamestown stations; 'WJTN' written without a band suffix, taken as written);
 # Vox Allegany, LLC ('(\u201c Vox\u201d)' -> alias 'Vox'), Media One Group II, LLC ('(\u201c Media One\u201d)' ->
 # alias 'Media One'), Southbridge Radio Corporation ('(\u201c Southbridge\u201d)' -> alias), Cross Country
 # Communications, LLC ('(\u201c Cross\u201d)' -> alias 'Cross'). Locations: Jamestown (the 'Re:' line twice, the
 # body twice), NY (the 'Re:' line), New York ('Jamestown, New York', 'Lakewood, New York'), Russell, PA, Pennsylvania,
 # Lakewood. No persons in the kept text (the counsel stand in the left-out addressee block).
 entities=[E("Company", n) for n in (WKSN, WHUG, WQFX, WKZA, "WJTN", WWSE)]
          + [E("Company", VOX, "Vox"), E("Company", M1, "Media One"), E("Company", SB, "Southbridge"),
             E("Company", CROSS, "Cross")]
          + [E("Location", n) for n in ("Jamestown", "NY", "New York", "Russell", "PA", "Pennsylvania", "Lakewood")],
 roles=[],
 # - acquired(Media One Group II, LLC, S) for WKSN( AM), WHUG( FM) and WQFX- FM: 'proposing to: (1) assign the licenses
 #   of stations WKSN( AM) and WHUG( FM) ... from Vox Allegany, LLC ... to Media One Group II, LLC ...; and (2) assign
 #   the license of station WQFX- FM ... from Southbridge Radio Corporation ... to Media One', '... granting the
 #   Assignment Applications' (consent given, consummation not told -> acquired only; **doubtful**: a reader may add
 #   parentOrganization(S, Media One) on the grant, as GUIDELINES does for completed deals; 53za's WINU call kept).
 # - parentOrganization(WKSN( AM), Vox Allegany, LLC), parentOrganization(WHUG( FM), Vox Allegany, LLC),
 #   parentOrganization(WQFX- FM, Southbridge Radio Corporation): the assignors, licensees until the assignment (the
 #   lane's assignor call; past ownership is recorded).
 # - parentOrganization(WKZA( FM), Cross Country Communications, LLC): 'Cross Country Communications, LLC ...,
 #   licensee of station WKZA( FM), Lakewood, New York'.
 # - parentOrganization(WJTN, Media One Group II, LLC), parentOrganization(WWSE( FM), Media One Group II, LLC): 'Media
 #   One is currently the licensee of two stations in Jamestown, WJTN and WWSE( FM)'.
 # Near-misses: Cross's petition to deny (a competitor's objection: no relation; Cross and Media One are rivals, no
 #   partner); 'If allowed to purchase the three stations in question, Cross contends, Media One will assume a near-
 #   monopoly position' (a contention about the same deal, no further relation); footnote 1's opposition and reply
 #   (left out with the footnote).
 relations=[L(M1, "acquired", s) for s in (WKSN, WHUG, WQFX)]
           + [L(WKSN, "parentOrganization", VOX), L(WHUG, "parentOrganization", VOX),
              L(WQFX, "parentOrganization", SB), L(WKZA, "parentOrganization", CROSS),
              L("WJTN", "parentOrganization", M1), L(WWSE, "parentOrganization", M1)],
 outages=[],
 # 'May 9, 2005' (the letter's date, = `published`); 'July 6, 2004' (Cross's petition). Not dates: '20040601' inside
 # the file numbers.
 dates=[D("May 9, 2005", "2005-05-09"), D("July 6, 2004", "2004-07-06")])

# ---- WTOK-FM San Juan: MSG Radio -> WIAC-FM, Inc.; RAAD's petition for reconsideration denied, DA 13-458 (2013) ----
WTOK = "WTOK-FM"
MSG = "MSG Radio, Inc."
WFI = "WIAC-FM, Inc."
RAAD = "RAAD Broadcasting Corporation"
A["us-fcc-msg-radio-wiac-fm-inc-wtok-fm-san-juan-assignment-raad-reconsideration-denied-letter-2013"] = dict(
 # Companies: WTOK-FM (the station; 'the \u201cStation\u201d' is a defined generic term, no alias), MSG Radio, Inc.
 # ('(\u201cMSG\u201d)', 'to MSG' -> alias 'MSG'), WIAC-FM, Inc. ('(\u201cWFI\u201d)' -> alias 'WFI'; a company whose
 # name is a call sign, told apart from the station WTOK-FM it acquires), RAAD Broadcasting Corporation
 # ('(\u201cRAAD\u201d)' -> alias). Person: Luis A. Mejia ('(\u201cMejia\u201d)', 'Mejia and MSG' -> alias 'Mejia'; the
 # defined term 'the \u201cMejia Application\u201d' is a filing, no alias). Locations: San Juan, Puerto Rico (the 'In
 # re:' line and the body). Not annotated: 'the Commission' (not named in full in the kept text).
 entities=[E("Company", WTOK), E("Company", MSG, "MSG"), E("Company", WFI, "WFI"), E("Company", RAAD, "RAAD"),
           E("Person", "Luis A. Mejia", "Mejia"), E("Location", "San Juan"), E("Location", "Puerto Rico")],
 # Mejia gets no role (no title named; he is the earlier assignor of the licence, a person).
 roles=[],
 # - acquired(WIAC-FM, Inc., WTOK-FM): 'the grant of application for the assignment of WTOK-FM ... from MSG Radio,
 #   Inc. ... to WIAC-FM, Inc.' and 'we deny the Petition' (the grant stands; consummation not told -> acquired only,
 #   53za's WINU call).
 # - parentOrganization(WTOK-FM, MSG Radio, Inc.): MSG the assignor of the licence (the lane's assignor call).
 # - acquired(MSG Radio, Inc., WTOK-FM): 'Luis A. Mejia ... filed an application seeking consent to assign the
 #   Station\u2019s license to MSG', with 'an asset purchase agreement for the sale of the Station license, callsign, and
 #   other intangibles to MSG'; MSG then holds the licence it later assigns to WFI (**doubtful**: the grant of the
 #   Mejia Application is not told in the kept text, only that MSG was later the assignor; a reader may give none, or
 #   read the sale of 'license, callsign, and other intangibles' as an asset purchase, which GUIDELINES leaves out --
 #   taken, as the lane counts a station's licence assignment as acquiring the station).
 # Near-misses: RAAD's petition for reconsideration (a petitioner: no relation); Mejia as seller (a person: no
 #   relation); the two 2007 petitions to deny (petitioners unnamed); footnote 1's RAAD stations WXYX(FM), WXLX(FM),
 #   WELX(FM) and RAAD's parent role (left out with the footnote).
 relations=[L(WFI, "acquired", WTOK), L(WTOK, "parentOrganization", MSG), L(MSG, "acquired", WTOK)],
 outages=[],
 # 'March 19, 2013' (released, = `published`); 'July 18, 2012' (RAAD's petition); 'August 20, 2007' (the Mejia
 # Application); 'September 2007' (the two petitions to deny). Not dates: '20090206' inside the file number.
 dates=[D("March 19, 2013", "2013-03-19"), D("July 18, 2012", "2012-07-18"), D("August 20, 2007", "2007-08-20"),
        D("September 2007", "2007-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
