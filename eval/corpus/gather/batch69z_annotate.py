#!/usr/bin/env python3
"""Gold annotations for batch 69z (session 63, gatherer lane 69z): the three FTC merger-order texts batch69z.py writes
-- the FTC's grant in part of Charter Medical Corporation's petition to modify its 1995 consent order over its
acquisition of National Medical Enterprises (NME) psychiatric facilities (announced actions of February 2, 1996); the
FTC's proposed settlement over Medtronic, Inc.'s proposed acquisition of Physio-Control International Corporation's AED
business, with Medtronic's interest in SurVivaLink Corporation (press release of October 1998, day unknown); the FTC's
ending of Roche Holding Ltd.'s prior-approval obligations under its 1990 Genentech ('Genetech, Inc.') and 1994 Syntex /
Syva orders (press release of January 1996, day unknown) -- written from the texts alone; newskg was not run on them.
Round notes /tmp/gather69z/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Charter Medical -> test, Medtronic / Physio-Control -> train, Roche / Syntex -> dev (as write_parts dealt them).
Charter Medical has `published` 1996-02-02 (from the page's address: 'today' resolves to it, '1995' is absolute);
Medtronic and Roche have `published` None (no day in the stored texts or in the store), so only absolute time
expressions are dates (GUIDELINES, Dates): Medtronic has none ('today' not resolved), Roche '1990' and '1994'.
Conventions (the FTC lane's, as 68a's, 67ad's, 66a's, 65a's, 63g's, 16i's and 16e's; looked up in GATHERING.md,
GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission'
where the text writes them alone or as a modifier ('FTC charges', "the FTC's new prior-approval policy", 'FTC
approval', 'Commission vote', 'Commission action'); an agreed or proposed acquisition the FTC lets through on
conditions -> acquired only (16e's rule; Medtronic -> Physio-Control); a completed acquisition told as past ('Roche's
1990 acquisition of a controlling interest of Genetech', 'its 1994 acquisition of Syntex') -> acquired AND
parentOrganization (GUIDELINES: completed acquisitions); 'X and its subsidiary Y', 'X ... with a subsidiary, Y' ->
parentOrganization(Y, X); an acquisition an FTC order 'settled antitrust charges regarding' whose completion the text
does not tell (Charter -> NME) -> acquired only; an ownership interest of untold size ('an ownership interest in
SurVivaLink', 'a passive investor') -> nothing (43q's rule; 16i's Xceligent call); rivals ('a direct competitor', 'three
significant competitors') -> nothing; an FTC staff contact named with no post ('the FTC staff contact is Dan Ducore')
-> Person, no role; countries, states and cities named ('Macon, Georgia', 'Nutley, New Jersey', ...) and 'U.S.' as a
modifier -> Location, 'Swiss' (an adjective) not; product classes, orders, petitions, policies, docket numbers, laws,
votes, phone numbers and durations -> not annotated.
usage: batch69z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
CMC = "Charter Medical Corporation"
NME = "National Medical Enterprises"
MDT = "Medtronic, Inc."
PCI = "Physio-Control International Corporation"
SVL = "SurVivaLink Corporation"
ROC = "Roche Holding Ltd."
GEN = "Genetech, Inc."
A = {}

# ---- Charter Medical Corporation / NME, FTC announced actions, February 2, 1996 ------------------------------------------
A["us-ftc-charter-medical-nme-order-modified-psychiatric-facilities-1996"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC staff contact', 'The FTC has granted', 'FTC approval', 'notify
 # the FTC': alias 'FTC'; 'the Commission has responded', 'Commission action', 'Commission vote': alias 'Commission');
 # Dan Ducore ('the FTC staff contact is Dan Ducore' -> Person); Charter Medical Corporation (alias 'Charter'); Macon,
 # Georgia ('Charter Medical Corporation, of Macon, Georgia'; 'Georgia' again in 'Smyrna and Stockbridge, Georgia': one
 # entity); National Medical Enterprises ('(NME)': alias); Memphis, Tennessee; Richmond, Virginia; Smyrna; Stockbridge;
 # Orlando, Florida (the places of the facilities -> Location each). Not annotated: 'the psychiatric facilities' (unnamed
 # facilities; no facility is named); 'an entity that does or will operate another such facility' (unnamed); the consent
 # order, the petition, the prior-approval requirement (a regulator's action); 'Docket No. C-3558', 'Commission vote
 # 5-0', the phone number
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Person", "Dan Ducore"),
           E("Company", CMC, "Charter"),
           E("Location", "Macon"),
           E("Location", "Georgia"),
           E("Company", NME, "NME"),
           E("Location", "Memphis"),
           E("Location", "Tennessee"),
           E("Location", "Richmond"),
           E("Location", "Virginia"),
           E("Location", "Smyrna"),
           E("Location", "Stockbridge"),
           E("Location", "Orlando"),
           E("Location", "Florida")],
 # 'the FTC staff contact is Dan Ducore' -> no role (**doubtful**: a staff contact with no post named; 68g and 65a left
 # FTC staff contacts without a role; a reader may give 'other' at the FTC). **Near-misses**: no officer of Charter or
 # NME is named
 roles=[],
 # 'The order settled antitrust charges regarding Charter's acquisition of NME' -> acquired(Charter Medical
 # Corporation, National Medical Enterprises) only (**doubtful**: the text calls it an acquisition of NME, yet says NME
 # 'currently' owns facilities and that Charter 'was prevented from acquiring' some -- the deal was for facilities, an
 # asset purchase a reader may leave out; completion of a purchase of NME itself is not told, so no parentOrganization).
 # **Near-misses**: the psychiatric facilities 'currently owned by National Medical Enterprises' (unnamed facilities:
 # no parentOrganization); 'the facilities Charter was prevented from acquiring' (a blocked purchase: nothing); the
 # divestitures the modified order governs (hypothetical, unnamed); the 1995 consent order and its modification (a
 # regulator's action: nothing)
 relations=[L(CMC, "acquired", NME)],
 outages=[],
 # `published` 1996-02-02: 'today' -> 1996-02-02; 'a 1995 consent order' -> '1995' 1995. Not dates: 'currently' (no
 # calendar value)
 dates=[D("today", "1996-02-02"),
        D("1995", "1995")])

# ---- Medtronic, Inc. / Physio-Control International Corporation, FTC press release, October 1998 (`published` None) --
A["us-ftc-medtronic-physio-control-aed-survivalink-proposed-settlement-1998"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC alleged': alias 'FTC'; 'the agency' is generic); Medtronic, Inc.
 # ("Medtronic, Inc.'s proposed acquisition"; 'Medtronic' alone: alias); Physio-Control International Corporation
 # (alias 'Physio-Control'); SurVivaLink Corporation (alias 'SurVivaLink'); Hewlett-Packard and Heartstream ('(2)
 # Hewlett-Packard/Heartstream', one competitor written as two names -> two Companies, **doubtful**: a reader may take
 # the pair as one name or leave Heartstream out); U.S. ('The U.S. market for AEDs', 'the U.S. market' -> Location, the
 # FTC lane's modifier); the U.S. Food and Drug Administration (Organization, named in full as written). Not annotated:
 # 'automated external defibrillator', 'AED(s)' (a product class, no brand); 'medical devices' (a class); the proposed
 # settlement (a regulator's action)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", MDT, "Medtronic"),
           E("Company", PCI, "Physio-Control"),
           E("Company", SVL, "SurVivaLink"),
           E("Location", "U.S."),
           E("Company", "Hewlett-Packard"),
           E("Company", "Heartstream"),
           E("Organization", "U.S. Food and Drug Administration")],
 # No person is named in the kept text (no FTC official, no officer of Medtronic, Physio-Control or SurVivaLink)
 roles=[],
 # "Medtronic, Inc.'s proposed acquisition of Physio-Control International Corporation's automated external
 # defibrillator ("AED") business" with 'its acquisition of Physio-Control' and the proposed settlement that resolves
 # the concerns -> acquired(Medtronic, Inc., Physio-Control International Corporation) (an agreed acquisition the FTC
 # lets through on conditions: 16e's rule, as 68a's MacDermid and Roche; not completed, so no parentOrganization --
 # **doubtful**: the first sentence names the AED business, an asset a reader may hold no company acquisition; the
 # second names Physio-Control itself). **Near-misses**: 'an ownership interest in SurVivaLink Corporation', 'the
 # ability to influence and exert some control', 'Medtronic's agreements with SurVivaLink' and 'a passive investor in
 # SurVivaLink' (a stake of untold size and unnamed agreements: no parentOrganization, no partner -- **doubtful**: a
 # reader may give partner for the agreements); 'a direct competitor of Physio-Control' and the 'three significant
 # competitors' (rivals: nothing); 'Hewlett-Packard/Heartstream' (the slash does not say which owns which: nothing);
 # the FDA's approvals (a regulator's action: nothing)
 relations=[L(MDT, "acquired", PCI)],
 outages=[],
 # `published` None (the release's day is not known): 'today' is not resolved, and the kept text holds no absolute time
 # expression -> no dates. Not dates: 'currently' (no calendar value)
 dates=[])

# ---- Roche Holding Ltd. (Genentech 1990, Syntex / Syva 1994), FTC press release, January 1996 (`published` None) -------
A["us-ftc-roche-ends-prior-approval-syntex-syva-genentech-orders-1996"] = dict(
 # The Federal Trade Commission (once in full; 'FTC charges', "the FTC's new prior-approval policy", 'petitioned the
 # FTC': alias 'FTC'; 'The Commission replaced', 'the Commission no longer': alias 'Commission'); Roche Holding Ltd.
 # (also 'Roche Holding, Ltd.' and 'Roche': aliases; 'The company' generic); Genetech, Inc. (so spelt; Company);
 # Syntex and Syva (Companies, named as written); Hoffmann La-Roche (Company, 'a subsidiary'); Nutley and New Jersey
 # (Location each). Not annotated: 'Swiss' (an adjective); 'drug abuse testing (DAT) products', 'DAT', Vitamin C, Human
 # Growth Factor, CD4-based therapeutics (product classes, no brand); the consent orders ('the 1990 pharmaceuticals
 # order', 'the 1994 DAT order'), the petitions and the prior-approval policy (a regulator's action). The headline
 # (`title`) names only the FTC and Roche Holding Ltd., both in the text
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", ROC, "Roche Holding, Ltd.", "Roche"),
           E("Company", GEN),
           E("Company", "Syntex"),
           E("Company", "Syva"),
           E("Company", "Hoffmann La-Roche"),
           E("Location", "Nutley"),
           E("Location", "New Jersey")],
 # No person is named in the kept text (no FTC official, no officer of Roche)
 roles=[],
 # "Roche's 1990 acquisition of a controlling interest of Genetech, Inc." -> acquired(Roche Holding Ltd., Genetech,
 # Inc.) and parentOrganization(Genetech, Inc., Roche Holding Ltd.) (a completed acquisition of control -- **doubtful**:
 # 'a controlling interest' is not the whole company; a reader may give acquired only); 'its 1994 acquisition of
 # Syntex, and its subsidiary, Syva' -> acquired(Roche Holding Ltd., Syntex) and parentOrganization(Syntex, Roche
 # Holding Ltd.) (completed), parentOrganization(Syva, Syntex) ('its subsidiary', Syntex's -- **doubtful**: a reader
 # may read 'its' as Roche's, or give acquired(Roche, Syva) too); 'Roche Holding, Ltd. is a Swiss Corporation with a
 # subsidiary, Hoffmann La-Roche' -> parentOrganization(Hoffmann La-Roche, Roche Holding Ltd.). **Near-misses**:
 # 'a competitor in the market for the pharmaceutical products', 'a competitor with Roche in the market for DAT
 # products' (rivals before the deals: nothing); Hoffmann La-Roche 'located in Nutley, New Jersey' (a seat: no relation
 # type); the orders set aside or modified (a regulator's action: nothing)
 relations=[L(ROC, "acquired", GEN),
            L(GEN, "parentOrganization", ROC),
            L(ROC, "acquired", "Syntex"),
            L("Syntex", "parentOrganization", ROC),
            L("Syva", "parentOrganization", "Syntex"),
            L("Hoffmann La-Roche", "parentOrganization", ROC)],
 outages=[],
 # `published` None (the release's day is not known): '1990' (three times: 'Roche's 1990 acquisition', 'the 1990
 # pharmaceuticals order', 'both the 1990 and 1994 orders') -> 1990 once; '1994' (three times) -> 1994 once. Not dates:
 # 'new', 'no longer' (no calendar value)
 dates=[D("1990", "1990"),
        D("1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
