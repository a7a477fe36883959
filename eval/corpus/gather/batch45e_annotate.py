#!/usr/bin/env python3
"""Batch 45e gold annotations (the text of batch45e.py: U.S. Senator Chris Murphy's press release on the Connecticut
Congressional delegation's letter to the Connecticut Public Utilities Regulatory Authority backing its investigation
into Eversource's and United Illuminating's preparedness for Tropical Storm Isaias, over 600,000 people still without
electricity; August 2020 by its content, undated as held), written from the text alone; newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). `published` is null, so only absolute time expressions are listed and no outage gets a date.
Conventions (the corpus's congressional releases, e.g. the Cruz CenterPoint letter of batch 17a's lane): the utility
whose customers lost power -> Company and the outage's provider; a state regulator -> Organization; senators and
representatives -> Person with no role (legislators); the dateline as written -> Location; storms are events, not
entities; a letter and an investigation are not entities.
usage: batch45e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Connecticut delegation's letter to PURA on Eversource and UI after Isaias (murphy.senate.gov; published null) --
A["us-senate-murphy-ct-delegation-letter-pura-eversource-isaias-outages-2020"] = dict(
 # People (each named once, in full; no surname alone): the senators Chris Murphy and Richard Blumenthal, the
 # representatives John Larson, Rosa DeLauro, Joe Courtney, Jim Himes and Jahana Hayes. Organization: Connecticut
 # Public Utilities Regulatory Authority ('PURA' three times; 'Public Utilities Regulatory Authority' in the last
 # quotation, without 'Connecticut' -- the same body, an alias). Companies: Eversource (five times), United
 # Illuminating ('UI' twice; an electric utility, a business). Locations: the dateline 'HARTFORD' (as written, as the
 # Cruz letter's 'WASHINGTON, D.C.'), Connecticut ('Conn.' in '(D-Conn.)', twice; alias). Not annotated: 'the
 # Connecticut Congressional delegation' (a group of legislators, not a body; doubtful: Organization), 'U.S.
 # Senators', 'U.S. Representatives', the districts 'CD-1' ... 'CD-5' (district labels, not places named as such;
 # doubtful: Location), Tropic/Tropical Storm Isaias, Hurricane Irene, Superstorm Sandy, 'the October 2011 snowstorm'
 # and 'the 2011 Nor'easter' (storms: events), 'Connecticut utilities' (generic)
 entities=[E("Person", "Chris Murphy"), E("Person", "Richard Blumenthal"), E("Person", "John Larson"),
           E("Person", "Rosa DeLauro"), E("Person", "Joe Courtney"), E("Person", "Jim Himes"),
           E("Person", "Jahana Hayes"),
           E("Organization", "Connecticut Public Utilities Regulatory Authority", "PURA",
             "Public Utilities Regulatory Authority"),
           E("Company", "Eversource"), E("Company", "United Illuminating", "UI"),
           E("Location", "Connecticut", "Conn.")]
          + locs("HARTFORD"),
 # no roles: senators and representatives are legislators (GUIDELINES.md: no role); PURA's officers are not named
 roles=[],
 # no relation: Eversource and United Illuminating are named side by side as Connecticut's utilities (no tie stated);
 # PURA regulates them (a regulator, no relation -- as the corpus's other regulator texts)
 relations=[],
 # one outage: 'over 600,000 people in Connecticut continue to go without electricity due to damages caused by Tropic
 # Storm Isaias', and 'Eversource underestimated the worst case scenario by over half, initially leaving over 700,000
 # people without power' -> provider Eversource (the text ties the loss of power to Eversource alone). Date null
 # (`published` null; 'on Thursday' is the letter's day and unresolvable; doubtful: 2020-08 with the lead's leave);
 # no start, end or duration (none told); affected [] (people, no named service or body); location Connecticut;
 # cause 'Tropic Storm Isaias' (the text's own spelling, the first naming of the cause; doubtful: 'damages caused by
 # Tropic Storm Isaias'). **Doubtful**: United Illuminating as a second provider -- the text names UI only as a
 # subject of PURA's preparedness inquiry and among 'Connecticut utilities' whose 'delayed response' the delegation
 # deplores; no loss of power is laid to UI, so no outage (a reader may add one with provider United Illuminating,
 # or give the one outage provider null with both companies as suspects). **Near-misses**: 'the same delayed
 # response by Connecticut utilities ... during the October 2011 snowstorm, Hurricane Irene, and Superstorm Sandy'
 # (past storms named, their outages not told, no provider named: no events); the rate hikes after the 2011
 # Nor'easter (no service lost)
 outages=[O("Eversource", None, [], loc="Connecticut", cause="Tropic Storm Isaias")],
 # published null: only absolute expressions -- 'October 2011' (in 'the October 2011 snowstorm' and 'the October
 # 2011 Nor'easter': one item) -> 2011-10; '2011' (in 'the 2011 Nor’easter', another surface text) -> 2011.
 # Skipped: 'on Thursday', 'this year', 'This hurricane season' (relative, no `published`)
 dates=[D("October 2011", "2011-10"), D("2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
