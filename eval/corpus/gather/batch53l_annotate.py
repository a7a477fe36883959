#!/usr/bin/env python3
"""Gold for batch 53l (session 54, gatherer 53l): two FCC Audio Services Division letters of the mid-1990s on
requests to waive the main studio rule (the 1995 letter on Apex Associates, Inc.'s request for FM station WTDK,
Federalsburg, Maryland -- the UNT web archive's copy of the Division's HTML page -- and the letter of 26 February 1996
on Sherlock Broadcasting, Inc.'s request for FM station WBRX, Patton, Pennsylvania -- fcc.gov's own documents
collection page), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-53c of the lane; GUIDELINES section 2): the company on whose behalf a station's waiver
request is filed, named beside the station in the letter's 'In re:' line, -> parentOrganization(S, X) (the lane's
licensee call of 51e-53c; **doubtful**: the kept text never says 'licensee'); a station the text says the company
'acquired' -> acquired(X, S) and parentOrganization(S, X) (GUIDELINES: completed acquisition); a station only said to
be 'commonly owned' with another -> no owner (52z's KNWA-TV call; **doubtful**, a reader may give it the first
station's owner); radio stations, booster stations included, -> Company (35l, 43v, 49m, 51e-53c; 52p's FM translator
W244BC), named as the text writes them ('WTDK(FM)', 'WBRX(FM)', 'WAAI', 'WBXQ', 'WBRX-FM1'); 'the Commission' ->
Organization 'Commission', one surface form (51zg-53c); place names -> Location, a state's abbreviation ('MD', 'PA')
its own Location as written (51r, 51zd, 51zo, 51zq, 52u); counsel (in the cut addressee blocks) no entity; files,
rules (47 C.F.R. 73.1125), contours not annotated; the 'In re:' / caption lines kept as text are annotated as text.
usage: batch53l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WTDK(FM), Federalsburg: Apex Associates, Inc., main studio waiver request, 1995 (file dated 1995-11-22) -------
APEX = "Apex Associates, Inc."
A["us-fcc-wtdk-fm-federalsburg-apex-associates-main-studio-waiver-request-waai-hurlock-letter-1995"] = dict(
 # Companies: WTDK(FM) (the 'In re:' line, 'station WTDK(FM)', 'WTDK(FM)'s' twice, 'the WTDK(FM) studio', 'utilized
 # by WTDK(FM)'; one surface form); Apex Associates, Inc. (the 'In re:' line and the first paragraph; '("Apex")' and
 # 'Apex asserts' -> alias 'Apex'); WAAI ('commonly owned station FM station WAAI'). Organization: Commission ('that
 # the Commission waive'). Locations: Federalsburg (twice), MD (the 'In re:' line, as written), Maryland (twice),
 # Hurlock. Not annotated: 'the stations'' (WTDK(FM) and WAAI together: no alias of either); File No.
 # BMLH-950811KA; 47 C.F.R. Section / Sec. 73.1125 (a rule); 'main studio rule' (a rule); 'principal community
 # contour' (a service area, no named place).
 entities=[E("Company", "WTDK(FM)"), E("Company", APEX, "Apex"), E("Company", "WAAI"),
           E("Organization", "Commission"),
           E("Location", "Federalsburg"), E("Location", "MD"), E("Location", "Maryland"), E("Location", "Hurlock")],
 # No person with a title in the text (counsel's name lies in the cut addressee block).
 roles=[],
 # - parentOrganization(WTDK(FM), Apex Associates, Inc.): the 'In re:' line names 'WTDK(FM), Federalsburg, MD' with
 #   'Apex Associates, Inc.' under it, and the request is 'filed on behalf of Apex Associates, Inc.' 'in order to
 #   permit station WTDK(FM) ... to collocate its main studio' (the company that asks for the station's waiver holds
 #   it: the lane's licensee call; **doubtful**: 'licensee' is not written).
 # Near-misses: WAAI 'commonly owned' with WTDK(FM) -> no parentOrganization(WAAI, Apex) (52z's call; **doubtful**,
 #   a reader who takes 'commonly owned' as 'owned by WTDK(FM)'s owner' gives it); no partner between WTDK(FM) and
 #   WAAI (a shared studio asked for, no agreement stated); no acquired (no sale in the text).
 relations=[L("WTDK(FM)", "parentOrganization", APEX)],
 outages=[],
 # 'August 11, 1995' (the request's date). Not dates: '950811' inside the file number BMLH-950811KA (a number);
 # '73.1125' (a rule number). The letter's own date is not in the kept text (`published` from the page's file name).
 dates=[D("August 11, 1995", "1995-08-11")])

# ---- WBRX(FM), Patton: Sherlock Broadcasting, Inc., main studio waiver request, 1996-02-26 -------------------------
SHER = "Sherlock Broadcasting, Inc."
A["us-fcc-wbrx-fm-patton-sherlock-broadcasting-main-studio-waiver-request-wbxq-cresson-letter-1996"] = dict(
 # Companies: WBRX(FM) (the caption line, 'station WBRX(FM)' twice, 'WBRX(FM)'s' twice; one surface form; the
 # title's 'WBRX (FM)' is not in the text); Sherlock Broadcasting, Inc. (once; '("Sherlock")' and four later
 # 'Sherlock' -> alias); WBXQ ('commonly owned FM station WBXQ', 'the WBXQ studio', '(WBXQ)', 'WBXQ/WBRX-FM1');
 # WBRX-FM1 ('its booster station WBRX-FM1', 'WBXQ/WBRX-FM1'; a booster station -> Company as the lane's stations
 # and 52p's translator; **doubtful**: a reader may hold a booster a facility of WBRX(FM), no entity of its own).
 # Organization: Commission. Locations: Patton (twice), PA (the caption line, as written), Pennsylvania (twice),
 # Cresson. Not annotated: 'the booster', 'the primary (WBXQ)', 'the station', 'both stations', 'broadcast
 # stations' (generic phrases); '"70 dbu contour"'; 47 C.F.R. Sec. 73.1125; 'main studio rule'.
 entities=[E("Company", "WBRX(FM)"), E("Company", SHER, "Sherlock"), E("Company", "WBXQ"),
           E("Company", "WBRX-FM1"), E("Organization", "Commission"),
           E("Location", "Patton"), E("Location", "PA"), E("Location", "Pennsylvania"), E("Location", "Cresson")],
 # No person with a title in the text (counsel's name lies in the cut addressee block).
 roles=[],
 # - acquired(Sherlock Broadcasting, Inc., WBRX(FM)) and parentOrganization(WBRX(FM), Sherlock Broadcasting, Inc.):
 #   'station WBRX(FM), which was silent when Sherlock acquired it' (a completed acquisition: GUIDELINES, both
 #   relations), with the request filed on Sherlock's behalf for the station (the owner asks for its waiver).
 # Near-misses: WBXQ 'commonly owned' with WBRX(FM) -> no parentOrganization(WBXQ, Sherlock) (52z's call;
 #   **doubtful** as WAAI in the WTDK item; 'Sherlock argues that collocation of its main studio' is WBRX(FM)'s
 #   studio); WBRX-FM1 'its booster station' -> no parentOrganization(WBRX-FM1, WBRX(FM)) (a booster is the
 #   station's own repeater, not a unit of a company; **doubtful**); no partner for the proposed shared studio.
 relations=[L(SHER, "acquired", "WBRX(FM)"), L("WBRX(FM)", "parentOrganization", SHER)],
 outages=[],
 # 'March 3, 1995' (the request's date). The letter's date (February 26, 1996) is only in the title. Not dates:
 # '70 dbu'; '73.1125'.
 dates=[D("March 3, 1995", "1995-03-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
