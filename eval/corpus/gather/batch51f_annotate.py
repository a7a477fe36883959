#!/usr/bin/env python3
"""Batch 51f gold annotations (the texts of batch51f.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
gov-uk-beis-aveva-ascot-schneider-electric-nsi-act-no-further-action-2022 -> test,
gov-uk-beis-impcross-gardner-aerospace-merger-intervention-notice-2019 -> train,
gov-uk-mod-saab-nlaw-anti-tank-weapons-order-belfast-2022 -> dev. `published` 2022-12-07, null, 2022-12-07 (with
`published` null only absolute dates are listed).
Conventions (GUIDELINES.md part 2; the gov.uk texts of batches 18b, 21c and 24b): government bodies, units of them,
the CMA, Parliament and the army -> Organization; a minister named with his title and the country named on its own
-> minister at that Location (batch 18b's Fujitsu statement); an unnamed minister ('the Business Secretary', 'the
Secretary of State for ...') -> no entity, no role. Laws and the years in their names ('National Security and
Investment Act 2021', 'Enterprise Act 2002') are neither entities nor dates. A weapon system bought as a product ->
Service (as batch 32g's 'Trident D5 missile'; doubtful). No outage in any text.
usage: batch51f_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather52f/pool /tmp/gather52f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Aveva / Ascot / Schneider Electric, no further action (published 2022-12-07) ------------------------------------
A["gov-uk-beis-aveva-ascot-schneider-electric-nsi-act-no-further-action-2022"] = dict(
 # 'Ascot Acquisition Holdings Limited', 'Schneider Electric SE', 'Aveva Group Plc' -> Company; 'the Investment
 # Security Unit' -> Organization (a government unit). Left out: 'The government' (generic), 'the Business
 # Secretary' (unnamed minister), 'National Security and Investment Act 2021' / 'the Act' (a law)
 entities=[E("Company", "Ascot Acquisition Holdings Limited"), E("Company", "Schneider Electric SE"),
           E("Company", "Aveva Group Plc"), E("Organization", "Investment Security Unit")],
 roles=[],
 # 'Ascot Acquisition Holdings Limited (an indirect subsidiary of Schneider Electric SE)' -> parentOrganization
 # (an indirect subsidiary still has Schneider Electric SE as its parent organisation). 'The acquisition by Ascot ...
 # of Aveva Group Plc was notified' and cleared with no further action -> acquired only (a deal made and awaiting
 # approval, not said to be completed; doubtful: the text never says 'agreed' - a reader may see only a notified
 # plan and give no relation). No parentOrganization(Aveva, Ascot): completion not told
 relations=[L("Ascot Acquisition Holdings Limited", "parentOrganization", "Schneider Electric SE"),
            L("Ascot Acquisition Holdings Limited", "acquired", "Aveva Group Plc")],
 outages=[],
 # 'October 2022' -> 2022-10. Not a date: '2021' inside the law's name
 dates=[D("October 2022", "2022-10")])

# ---- Impcross / Gardner Aerospace, intervention notice (published null; December 2019) -----------------------------
A["gov-uk-beis-impcross-gardner-aerospace-merger-intervention-notice-2019"] = dict(
 # 'Impcross Ltd', 'Gardner Aerospace Holdings Ltd' -> Company; 'The Competition and Markets Authority (CMA)' ->
 # Organization, alias 'CMA'; 'Parliament' ('laid before Parliament') -> Organization (as batches 26b and others).
 # Left out: 'the Secretary of State for Business, Energy and Industrial Strategy' / 'the Secretary of State' /
 # 'she', 'the Secretary of State for Defence', 'the Lord Speaker', 'the Clerks of both Houses' (posts with no
 # person named; no role), 'The government' (generic), 'Enterprise Act 2002' (a law), 'the parties' (generic)
 entities=[E("Company", "Impcross Ltd"), E("Company", "Gardner Aerospace Holdings Ltd"),
           E("Organization", "Competition and Markets Authority", "CMA"), E("Organization", "Parliament")],
 roles=[],
 # Near-miss, no relation: 'the proposed merger of Impcross Ltd and Gardner Aerospace Holdings Ltd' names no buyer
 # (GUIDELINES: a merger where the text does not say who buys whom -> nothing), and the Order 'prevents the
 # completion of the transaction' (a proposed, stopped deal). The parties are not partners
 relations=[],
 outages=[],
 # `published` null: absolute dates only. '5 December 2019' -> 2019-12-05; '2 March 2020' (in 'midnight on 2 March
 # 2020') -> 2020-03-02. Not dates: '2002' inside the law's name (twice), 'paragraph 2(2) of schedule 7'
 dates=[D("5 December 2019", "2019-12-05"), D("2 March 2020", "2020-03-02")])

# ---- MOD: NLAW order from Saab (published 2022-12-07) ------------------------------------------------------------------
A["gov-uk-mod-saab-nlaw-anti-tank-weapons-order-belfast-2022"] = dict(
 # 'Saab' and 'Thales' (in 'Thales’ facility') -> Company; 'the British Army' -> Organization; 'Ben Wallace' ->
 # Person; 'Next Generation Light Anti-Tank Weapon (NLAW)' -> Service (a product bought and used), aliases 'NLAW'
 # (also the surface of 'NLAWs'); Northern Ireland, Belfast, UK, Ukraine, Russia (in 'Russia’s') -> Location.
 # Left out: 'Swedish' (an adjective; Sweden is not named), 'Thales’ facility in Belfast' (unnamed site), 'a single
 # soldier' / 'main battle tank' (generic)
 entities=[E("Person", "Ben Wallace"), E("Organization", "British Army"), E("Company", "Saab"), E("Company", "Thales"),
           E("Service", "Next Generation Light Anti-Tank Weapon", "NLAW")]
          + locs("Northern Ireland", "Belfast", "UK", "Ukraine", "Russia"),
 # 'Defence Secretary Ben Wallace' -> minister at UK (the UK named on its own in 'The UK has provided ...')
 roles=[R("Ben Wallace", "minister", "UK")],
 # 'a £223 million deal has been agreed with Swedish manufacturer Saab for ... (NLAW) systems' -> provider(NLAW,
 # Saab): the manufacturer the systems are bought from (doubtful: the weapon as a Service). No partner: the deal's
 # other side (the Ministry of Defence) is not named in the text (only in ukpol's dropped 'issued by' line), and
 # the British Army receives the weapons without being told as a party. Near-miss: NLAW systems 'assembled at
 # Thales’ facility in Belfast' - Thales works on Saab's product, but no contract between the two is stated (no
 # partner; doubtful)
 relations=[L("Next Generation Light Anti-Tank Weapon", "provider", "Saab")],
 outages=[],
 # 'today' (in 'announced today') and '7 December' (in '(7 December)') -> 2022-12-07 (two surface texts, two items)
 dates=[D("today", "2022-12-07"), D("7 December", "2022-12-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
