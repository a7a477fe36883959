#!/usr/bin/env python3
"""Batch 45zf gold annotations (the texts of batch45zf.py: the Antitrust Division's releases on NationsBank
Corporation's proposed merger with BankAmerica Corporation, 17 New Mexico branch offices to be sold, Joel I. Klein
quoted, 14 August 1998; and on the merger of Banc One Corporation with First Chicago NBD Corporation, 39 branch offices
in Indiana to be sold after an investigation run jointly with the Indiana Attorney General's Office, Klein quoted, 8
September 1998), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s, 45w and 45zb for the Division's texts; GUIDELINES section 2): a 'proposed
merger' of two named companies, or 'the merger of X with Y', with no buyer stated -> nothing (GUIDELINES; 43h, 44a,
44e, 45g, 45l, 45s, 45w, 45zb's BankAmerica / Security Pacific), even where one party is the one said to divest the
other's branches (**doubtful**, as 45zb); branches to be sold to unnamed buyers -> nothing (GUIDELINES: asset
purchases); "The Department of Justice's Antitrust Division", "the Department's Antitrust Division", or the Division
and the Department both named -> the Division under the Department (40zk, 43q); 'Assistant Attorney General in charge
of the (Department's) Antitrust Division' -> head of the Division, current (41h, 44a, 44i, 45zb); a state attorney
general's office -> Organization, named as written without 'the' (44m, 45g, 45zb); an investigation run jointly with
it -> no relation (45g, 45zb); the dateline 'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m,
45g, 45w, 45zb); a state in '<State>-based' -> Location (43a, 44h, 44n); towns, cities and counties named in the text
-> Locations, named as written (45zb's 'Dickenson County'; here the county names printed without 'County'); market
areas named by their town ('15 in Albuquerque' among 'New Mexico markets') -> the town a Location; 'today' resolved
against `published`.
usage: batch45zf_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zf/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
JIK = "Joel I. Klein"

# ---- NationsBank / BankAmerica, Division release, published 1998-08-14 (a Friday) -----------------------------------
NB = "NationsBank Corporation"
BA = "BankAmerica Corporation"
A["us-doj-nationsbank-bankamerica-new-mexico-17-branches-1998"] = dict(
 # Companies: NationsBank Corporation (once; 'NationsBank' three times more: an alias), BankAmerica Corporation (once;
 # 'BankAmerica' once more, in 'BankAmerica branch offices': an alias). Organizations: the Department of Justice ('The
 # Department of Justice'; "the Department's" generic), the Antitrust Division ('the Antitrust Division', once).
 # Person: Joel I. Klein (once, no other form). Locations: the dateline 'WASHINGTON, D.C.' (the city's only form,
 # named as written), New Mexico (three times), Albuquerque, Clovis and McKinley ('the following New Mexico markets:
 # 15 in Albuquerque, one in Clovis, and one in McKinley': each market named by its place, a Location; **doubtful**:
 # 'McKinley' is printed bare -- a reader may not know whether a town or a county is meant, and may leave it out).
 # Not annotated: 'the banks', '17 branch offices', 'BankAmerica branch offices' (unnamed branches), 'small
 # businesses and other consumers', 'other financial institutions', 'a competitively suitable buyer' (generic, no
 # name)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", NB, "NationsBank"),
           E("Company", BA, "BankAmerica"), E("Location", "New Mexico"), E("Person", JIK), E("Organization", ATR)]
          + locs("Albuquerque", "Clovis", "McKinley"),
 # 'Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust Division,
 # current (41h, 44a, 45zb)
 roles=[R(JIK, "head", ATR)],
 # The Department of Justice and 'the Antitrust Division' both named -> the Division under the Department (40zk; the
 # text has no "Department's Antitrust Division", the Division's post named beside the Department's agreement).
 # 'clearing its proposed merger with BankAmerica Corporation', 'the merger', 'this merger' -> a merger that does not
 # say who buys whom -> nothing (**near-miss**, GUIDELINES; **doubtful**: 'NationsBank has agreed to divest
 # BankAmerica branch offices' and 'the 17 branches ... that NationsBank will divest' say NationsBank will control
 # BankAmerica's branches, and a reader may record acquired(NationsBank Corporation, BankAmerica Corporation), agreed
 # -- the text never says NationsBank buys BankAmerica; held to nothing as 45zb's BankAmerica / Security Pacific).
 # '17 branch offices ... will be sold to a competitively suitable buyer' -> assets, no buyer named -> nothing
 # (**near-miss**). 'would not take steps to preclude other financial institutions from leasing or purchasing any
 # bank branches' -> no named party, nothing
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1998-08-14. Not dates: '$491.6 million' (an amount), '17', '15', 'one' (counts)
 dates=[D("today", "1998-08-14")])

# ---- Banc One / First Chicago NBD, Division release, published 1998-09-08 (a Tuesday) --------------------------------
BO = "Banc One Corporation"
FC = "First Chicago NBD Corporation"
IAG = "Indiana Attorney General's Office"
A["us-doj-banc-one-first-chicago-nbd-indiana-39-branches-1998"] = dict(
 # Companies: Banc One Corporation (once; 'Banc One' twice more: an alias), First Chicago NBD Corporation (once;
 # 'First Chicago NBD' once more, in 'First Chicago NBD branches': an alias). Organizations: the Department of Justice
 # ("The Department of Justice's Antitrust Division"; "the Department's" in Klein's post), the Antitrust Division
 # (four times, "the Department's Antitrust Division" too), the Indiana Attorney General's Office (once; named as
 # written without 'the', 44m, 45g, 45zb). Person: Joel I. Klein (once). Locations: the dateline 'WASHINGTON, D.C.'
 # (the only form), Indiana ('39 branch offices in Indiana', 'operations in Indiana', 'the following Indiana
 # counties'; also inside the office's name), Ohio ('Ohio-based Banc One': 43a, 44h), and the ten Indiana counties
 # Monroe, Harrison, Marion, Johnson, Hamilton, Morgan, Tippecanoe, Lawrence, Jasper and Carroll ('the following
 # Indiana counties--Monroe, ...': each a Location, named as printed without 'County'; **doubtful**: a reader may
 # write 'Monroe County' etc., a form not in the text, or leave the list out). Not annotated: 'the banks', '39 branch
 # offices', 'First Chicago NBD branches' (unnamed branches), 'certain middle market commercial loan operations'
 # (unnamed assets), 'one or more competitively suitable buyers', 'small and medium-sized business consumers'
 # (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR),
           E("Company", BO, "Banc One"), E("Company", FC, "First Chicago NBD"), E("Location", "Indiana"),
           E("Organization", IAG), E("Location", "Ohio"), E("Person", JIK)]
          + locs("Monroe", "Harrison", "Marion", "Johnson", "Hamilton", "Morgan", "Tippecanoe", "Lawrence", "Jasper",
                 "Carroll"),
 # 'Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current
 roles=[R(JIK, "head", ATR)],
 # "The Department of Justice's Antitrust Division" -> the Division under the Department (43q). 'cleared the $29
 # billion merger of Banc One Corporation with First Chicago NBD Corporation', 'the merger' -> a merger that does not
 # say who buys whom -> nothing (**near-miss**, GUIDELINES; **doubtful**: 'Banc One has agreed to divest First
 # Chicago NBD branches' and 'the 39 branches ... that Banc One will divest' point to Banc One as the buyer, and 'the
 # merger of X with Y' names Banc One first; a reader may record acquired(Banc One Corporation, First Chicago NBD
 # Corporation), agreed). 'divest 39 branch offices', 'offered to sell certain middle market commercial loan
 # operations' -> assets, no buyer named -> nothing (**near-miss**). 'The Antitrust Division's investigation was
 # conducted jointly with the Indiana Attorney General's Office' -> two government bodies acting together: no partner
 # (**near-miss**, 45g, 45zb). 'Ohio-based Banc One' -> a seat: no relation (Locations take none)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1998-09-08. Not dates: '$29 billion', '$1.47 billion' (amounts), '39' (a count)
 dates=[D("today", "1998-09-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
