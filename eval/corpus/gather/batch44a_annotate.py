#!/usr/bin/env python3
"""Batch 44a gold annotations (the texts of batch44a.py: the Antitrust Division's Federal Register notices on the
proposed acquisition of Alumax, Inc. by Aluminum Company of America, 1 July 1998, of EZ Communications by American
Radio Systems Corporation, 3 April 1997, and of International Aviation Palm Beach, Inc. by Signature Flight Support
Corporation, 14 February 1997; the Department's release on its petition to find Interstate Bakeries Corporation in
civil contempt, 13 April 1999), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s and 43v for
the Division's texts; GUIDELINES section 2): 'X agreed to acquire Y' / 'the proposed acquisition of Y by X' / 'X
would acquire Y', challenged and settled on a proposed Final Judgment -> agreed: `acquired` only (42w-43v); 'Y was
purchased by X, which became the sole stockholder of Y' -> completed: `acquired` and Y under X; a merger that does
not say who buys whom -> nothing; a label licensed to a named company -> partner (GUIDELINES: licensing deal), the
label a Service with its owner as provider (43s's Red Jacket); "the Department's Antitrust Division" after 'The
Department of Justice' -> the Division under the Department (43q); 'Joel I. Klein, Assistant Attorney General in
charge of the Antitrust Division' -> head of the Division (41h, 43q); the dateline 'WASHINGTON, D.C.', the only form
in the text, named as printed (43q, 43s, 43v); 'today' resolved against `published`; the United States as plaintiff
or place -> Location, without the case name's form as an alias (43q, 43v); courts -> Organization, a court 'in' a
city named without the city, the city its own Location (41h); airports -> Location (GUIDELINES); 'the Court', 'the
Department', 'Plaintiff', 'defendants', laws and court papers not annotated.
usage: batch44a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}

# ---- Alcoa / Alumax, Federal Register notice, published 1998-07-01 (a Wednesday) --------------------------------------
ALC = "Aluminum Company of America"
ALX = "Alumax, Inc."
A["us-doj-federal-register-alcoa-alumax-proposed-final-judgment-1998"] = dict(
 # Companies: Aluminum Company of America (the transaction; 'Alcoa', the defined name, three times and "Alcoa's", an
 # alias; 'Aluminum of America' in the case name 'United States v. Aluminum of America, et. al.', the same company
 # without 'Company', an alias (**doubtful**: a reader may leave the case name's damaged form out)), Alumax, Inc.
 # ('Alumax', the defined name, three times, an alias). Organization: the District of Columbia court. Location: the
 # United States (plaintiff: 'the United States filed'; 'United States v.' in the case name is the same entity).
 # Not annotated: 'aluminum cast plate' / 'cast plate' (a product class, no product name), 'three producers'
 # (unnamed), 'the world', 'the Court', the laws and court papers
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", ALC, "Aluminum of America", "Alcoa"), E("Company", ALX, "Alumax")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction in which Aluminum Company of America (``Alcoa'') would acquire Alumax, Inc. (``Alumax'')',
 # challenged and settled on a proposed Final Judgment -> agreed: acquired only (42w-43v; **doubtful** as there:
 # 'seeking to enjoin' and 'would have combined' tell a deal not yet closed)
 relations=[L(ALC, "acquired", ALX)],
 outages=[],
 # 'June 15, 1998' -> 1998-06-15. Not dates: 'the statutory 60-day public comment period' (a span), '16(b)-(h)',
 # '1:98CV01497', 'Section 7', '90%'
 dates=[D("June 15, 1998", "1998-06-15")])

# ---- American Radio Systems / EZ Communications, Federal Register notice, published 1997-04-03 (a Thursday) ------------
ARS = "American Radio Systems Corporation"
EZC = "EZ Communications, Inc."
A["us-doj-federal-register-american-radio-systems-ez-communications-proposed-final-judgment-1997"] = dict(
 # Companies: American Radio Systems Corporation (the transaction; 'American Radio Systems' in the case name, and
 # 'ARS', the defined name, four times, aliases), EZ Communications, Inc. (the case name; 'EZ Communications' in the
 # transaction, and 'EZ', the defined name, twice, aliases). Organization: the District of Columbia court. Locations:
 # the United States ('throughout the United States'; 'United States v.' in the case name is the plaintiff, the same
 # entity), Sacramento ('the Sacramento, California area', 'in Sacramento'), California (the state). Not annotated:
 # 'numerous radio stations', 'eight radio stations', 'six of the 12 stations' (unnamed), 'Class B broadcast
 # facilities' (a licence class), 'the radio advertising market', 'Plaintiff', 'the Court', laws and court papers
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", ARS, "American Radio Systems", "ARS"), E("Company", EZC, "EZ Communications", "EZ"),
           E("Location", "Sacramento"), E("Location", "California")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition of EZ Communications (``EZ'') by American Radio Systems Corporation (``ARS'')', settled
 # on a proposed Final Judgment -> agreed: acquired only (42w-43v; **doubtful** as there: 'after the transaction'
 # tells a deal not yet closed). 'ARS would own eight radio stations in the Sacramento, California area' -> unnamed
 # stations -> nothing (**near-miss**)
 relations=[L(ARS, "acquired", EZC)],
 outages=[],
 # 'February 27, 1997' -> 1997-02-27. Not dates: 'the statutory 60-day public comment period' (a span),
 # '16(b)-(h)', '97 CV 405', 'Section 7', 'Sec. 18'
 dates=[D("February 27, 1997", "1997-02-27")])

# ---- Signature Flight Support / International Aviation Palm Beach, Federal Register notice, published 1997-02-14 -------
SFS = "Signature Flight Support Corporation"
IAP = "International Aviation Palm Beach, Inc."
A["us-doj-federal-register-signature-flight-support-international-aviation-proposed-final-judgment-1997"] = dict(
 # Companies: Signature Flight Support Corporation (the case name and the transaction; 'Signature', the defined name,
 # twice and "Signature's", an alias), International Aviation Palm Beach, Inc. ('International Aviation', the defined
 # name, twice, an alias). Organization: the District of Columbia court. Locations: the United States (plaintiff: 'the
 # United States filed'; 'United States v.' in the case name is the same entity), Palm Beach International Airport
 # ('PBI', the defined name, twice, an alias; GUIDELINES: airports are Locations), West Palm Beach, Florida. Not
 # annotated: 'fixed base operators' / 'FBOs' (a class of business), 'three fixed base operators' (the third
 # unnamed), 'general aviation customers', 'businesses and individuals with private planes', 'the Court', the laws and
 # court papers
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", SFS, "Signature"), E("Company", IAP, "International Aviation"),
           E("Location", "Palm Beach International Airport", "PBI"), E("Location", "West Palm Beach"),
           E("Location", "Florida")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction in which Signature Flight Support Corporation (``Signature'') agreed to acquire International
 # Aviation Palm Beach, Inc. (``International Aviation'')', challenged and settled on a proposed Final Judgment ->
 # agreed: acquired only (42w-43v; 43q's Vail/Ralston; **doubtful** as there: 'would have created a duopoly' tells a
 # deal not yet closed). 'two of three fixed base operators ... located at Palm Beach International Airport' ->
 # nothing (airports take no relation, GUIDELINES)
 relations=[L(SFS, "acquired", IAP)],
 outages=[],
 # 'February 3, 1997' -> 1997-02-03. Not dates: 'the statutory 60-day public comment period' (a span),
 # '16(b)-(h)', '97-0248'
 dates=[D("February 3, 1997", "1997-02-03")])

# ---- Interstate Bakeries civil contempt petition, Office of Public Affairs release, published 1999-04-13 (a Tuesday) ----
IBC = "Interstate Bakeries Corporation"
FSB = "Four-S Baking Company"
BBU = "Bimbo Bakeries USA Inc."
A["us-doj-interstate-bakeries-civil-contempt-webers-four-s-bimbo-bakeries-1999"] = dict(
 # Companies: Interstate Bakeries Corporation ('IBC', its bracketed short name, seven times and "IBC's", an alias),
 # Continental Baking Company (twice), Four-S Baking Company ('Four-S' four times, an alias), Bimbo Bakeries USA Inc.
 # ('its new owner' generic). Service: Webers ('its Webers label', 'Webers brand bread', 'the Webers label', 'Webers
 # bread': a bread brand users buy, GUIDELINES; 43s's Red Jacket). Organizations: the Department of Justice ('The
 # Department' and "the Department's" generic), the United States District Court ('the United States District Court
 # in Chicago, Illinois' -> the court named without its city, 41h; 'the Court' / 'the court' generic), the Antitrust
 # Division ('the Antitrust Division', "The Department's Antitrust Division"). Person: Joel I. Klein ('Klein', an
 # alias). Locations: 'WASHINGTON, D.C.' (the dateline, the only form, as 43q-43v), Chicago, Illinois, Southern
 # California ('the Southern California area'). Not annotated: 'white pan bread' (a product class), 'other
 # defendants', 'the public', the Final Judgment and consent decrees (court papers)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ),
           E("Organization", "United States District Court"), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Company", IBC, "IBC"), E("Person", "Joel I. Klein", "Klein"), E("Organization", ATR),
           E("Company", "Continental Baking Company"), E("Service", "Webers"), E("Company", FSB, "Four-S"),
           E("Location", "Southern California"), E("Company", BBU)],
 # 'Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust Division,
 # current (41h, 42h, 43c, 43q)
 roles=[R("Joel I. Klein", "head", ATR)],
 # "The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department (43q).
 # 'On March 29, 1999, Four-S was purchased by Bimbo Bakeries USA Inc., which became the sole stockholder of Four-S'
 # -> completed: acquired and Four-S under Bimbo Bakeries USA (GUIDELINES). 'IBC licensed its Webers label to Four-S
 # Baking Company for production and sale of Webers brand bread' -> partner IBC -> Four-S (a licensing deal, direction
 # as written) and Webers provider IBC ('its Webers label'; **doubtful**: Four-S bakes and sells the bread under the
 # licence, and a reader may set Four-S as the provider, or both). 'to block the merger of IBC and Continental Baking
 # Company' -> a merger that does not say who buys whom, and a suit to block it -> nothing (**near-miss**; the text
 # does not say the deal closed, though the Final Judgment implies a settlement). 'the assets that were ordered
 # divested' -> nothing (assets)
 relations=[ATR_DOJ, L(BBU, "acquired", FSB), L(FSB, "parentOrganization", BBU),
            L(IBC, "partner", FSB), L("Webers", "provider", IBC)],
 outages=[],
 # 'today' -> 1999-04-13; '1996' ('a 1996 Judgment of the Court') -> 1996; 'July 20, 1995' -> 1995-07-20; 'January 9,
 # 1996' -> 1996-01-09; 'March 29, 1999' -> 1999-03-29. Not dates: 'At the time' (unresolved on its own)
 dates=[D("today", "1999-04-13"), D("1996", "1996"), D("July 20, 1995", "1995-07-20"),
        D("January 9, 1996", "1996-01-09"), D("March 29, 1999", "1999-03-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
