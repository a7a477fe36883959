#!/usr/bin/env python3
"""Gold annotations for batch 67v (session 61, gatherer 67v): the three FTC medical-device texts batch67v.py writes --
the U.S. Department of Justice's complaint, on the FTC's behalf, seeking civil penalties from Boston Scientific
Corporation for violating the 1995 order over its acquisitions of Cardiovascular Imaging Systems, Inc. and SCIMED Life
Systems, Inc. (press release of October 2000, day unknown); the FTC's lawsuit to block Thoratec Corporation's proposed
acquisition of HeartWare International, Inc. (press release of July 30, 2009); the FTC's case summary of Abbott
Laboratories' acquisition of St. Jude Medical, Inc., two businesses divested to Terumo Corporation and a notice duty
over Abbott's partner Advanced Cardiac Therapeutics (case page, undated) -- written from the texts alone; newskg was
not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Abbott / St. Jude -> test, Boston Scientific -> train, Thoratec / HeartWare -> dev (as write_parts dealt them).
Boston Scientific and Abbott / St. Jude have `published` None (no day in the stored texts or the store), so only
absolute time expressions are dates (GUIDELINES, Dates): Boston Scientific's '1995'; Abbott / St. Jude has none.
Thoratec has `published` 2009-07-30 and no time expression in its kept text.
Conventions (the FTC merger texts' of batches 16e, 62b-62m, 63a, 63g, 64a, 64g, 64m, 65a, 65g, 65r, 66a, 66g, 66o,
67a, 67g, 67l and 67r, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the
FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them, and as 'FTC'
alone where the text never spells the name out (the Abbott summary: 62b's call); "the FTC's Bureau of Competition
Director X" and "FTC Bureau of Competition Director X" -> director at the Bureau, current true, the Bureau an
Organization with parentOrganization the FTC; 'the U.S. Department of Justice (DOJ)' -> Organization with the alias;
an acquisition the text tells as done under an FTC order ('its acquisitions of ... ', 'the anticompetitive effects of
its acquisitions', the FTC's objections withdrawn) -> acquired and parentOrganization (GUIDELINES: completed); an
acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule); an acquisition the FTC sues to
block -> nothing (GUIDELINES: blocked deals); divestitures of businesses' rights and assets to a named buyer ->
nothing (GUIDELINES: asset purchases); 'formed a partnership to develop' -> partner; product classes (IVUS catheters,
consoles, LVADs, vascular closure devices, steerable sheaths, ablation catheters) -> not annotated (no named product);
'the United States' with 'U.S.' as a modifier -> Location 'United States' with the alias 'U.S.'; a city given as a
seat ('Tokyo-based') -> Location, no relation; courts not named ('federal district court') -> not annotated; orders,
complaints, consent agreements, penalties, amounts and counts -> not annotated.
usage: batch67v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
BSC = "Boston Scientific Corporation"
CVIS = "Cardiovascular Imaging Systems, Inc."
SCIMED = "SCIMED Life Systems, Inc."
DOJ = "U.S. Department of Justice"
THOR = "Thoratec Corporation"
HW = "HeartWare International, Inc."
ABT = "Abbott Laboratories"
STJ = "St. Jude Medical, Inc."
TER = "Terumo Corporation"
ACT = "Advanced Cardiac Therapeutics"
A = {}

# ---- Boston Scientific Corporation, FTC press release, October 2000 (`published` None) --------------------------------
A["us-ftc-boston-scientific-doj-civil-penalty-complaint-1995-order-cvis-scimed-2000"] = dict(
 # The Federal Trade Commission (once in full, 'a 1995 Federal Trade Commission consent order'; 'the FTC's order',
 # 'the FTC's Bureau', 'the FTC brought suit', 'The FTC withdrew': alias 'FTC'; 'on behalf of the Commission',
 # 'Commission orders', 'with the Commission': alias 'Commission'); the U.S. Department of Justice ('(DOJ)': alias
 # 'DOJ'); Boston Scientific Corporation (once in full; 'BSC' throughout, 'Boston Scientific violated': aliases);
 # Cardiovascular Imaging Systems, Inc. ('(CVIS)': alias) and SCIMED Life Systems, Inc. ('(SCIMED)': alias) -> Companies;
 # the United States ('in the United States'; 'the entire U.S. catheter market': alias 'U.S.' -- the 'U.S.' of the
 # Department's name is part of that name); the Bureau of Competition (the FTC's unit -> Organization); Richard Parker
 # (once); Endosonics ('a company called Endosonics' -> Company). Not annotated: 'intravascular ultrasound (IVUS)
 # catheters', 'consoles', 'balloon angioplasty', 'coronary stent' (product classes and procedures, no named product --
 # **near-miss**: a reader may make 'IVUS' a Service); the consent order, the complaint, the consent agreement (documents);
 # 'the marketplace' (no place named)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Organization", DOJ, "DOJ"),
           E("Company", BSC, "BSC", "Boston Scientific"),
           E("Company", CVIS, "CVIS"),
           E("Company", SCIMED, "SCIMED"),
           E("Location", "United States", "U.S."),
           E("Organization", BOC),
           E("Person", "Richard Parker"),
           E("Company", "Endosonics")],
 # "the FTC's Bureau of Competition Director Richard Parker" -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of BSC, CVIS, SCIMED or Endosonics is named (no company role); 'doctors' (no names)
 roles=[R("Richard Parker", "director", BOC)],
 # 'its acquisitions of Cardiovascular Imaging Systems, Inc. (CVIS) and SCIMED Life Systems, Inc. (SCIMED)', the 1995
 # order 'entered to remedy the anticompetitive effects of its acquisitions', 'The FTC withdrew its objections to the
 # deals after BSC entered into a consent agreement' -> acquired(BSC, CVIS) and acquired(BSC, SCIMED), each with
 # parentOrganization(target, BSC) (completed: the order remedies effects the acquisitions had, and BSC now holds 'a
 # virtual monopoly' -- **doubtful**: the text never writes 'completed' or 'bought', and a reader may give acquired only,
 # or nothing for 'In 1995, when BSC sought to acquire CVIS and SCIMED, the FTC brought suit to block the deals');
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'the FTC brought suit to block the deals' (a challenge later withdrawn: not a blocked deal, the deals
 # went ahead); 'CVIS was BSC's competitor', 'CVIS, BSC, and ... Endosonics were the only catheter manufacturers'
 # (rivals: no partner); 'the U.S. Department of Justice (DOJ) has filed a complaint against Boston Scientific
 # Corporation (BSC), on behalf of the Commission' (one government body suing for another: no partner tie -- **doubtful**
 # for a reader who reads 'on behalf of' as an agency relation; and no parentOrganization between the DOJ and the FTC);
 # the civil penalties, the complaint and the consent order (a regulator's action: nothing)
 relations=[L(BSC, "acquired", CVIS),
            L(CVIS, "parentOrganization", BSC),
            L(BSC, "acquired", SCIMED),
            L(SCIMED, "parentOrganization", BSC),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'a 1995 Federal Trade Commission consent order', 'In 1995, when BSC sought to acquire' -> '1995' 1995 (one item: the
 # same text and value). Not dates: 'At the time of the order', 'soon' (no calendar value); the release's own October
 # 2000 (from the address, not the text)
 dates=[D("1995", "1995")])

# ---- Abbott Laboratories / St. Jude Medical, Inc., FTC case page, File No. 161 0126 (`published` None) -------------
A["us-ftc-abbott-st-jude-medical-consent-order-terumo-divestiture-case-summary"] = dict(
 # Abbott Laboratories (once in full; 'Abbott' alone, "Abbott's steerable sheath business": alias); St. Jude Medical,
 # Inc. (once in full; 'St. Jude' alone, "St. Jude's vascular closure device business": alias); the FTC ('FTC charges',
 # "The FTC's complaint", 'notify the FTC': the text never spells out the name -> Organization 'FTC', 62b's call);
 # the United States ('in the United States'; 'the U.S. markets': alias 'U.S.'); Tokyo ('Tokyo-based' -> Location);
 # Terumo Corporation (once in full; 'assist Terumo': alias); Advanced Cardiac Therapeutics ('known as ACT': alias
 # 'ACT'). Not annotated: 'vascular closure devices', '"steerable" sheaths', 'lesion-assessing ablation catheters'
 # (product classes, no named product -- **near-miss**: a reader may make them Services of St. Jude and Abbott); 'one
 # other company' (unnamed); the complaint, the consent order (documents); the title's caption (annotated only through
 # the text, where both companies stand again)
 entities=[E("Company", ABT, "Abbott"),
           E("Company", STJ, "St. Jude"),
           E("Organization", "FTC"),
           E("Location", "United States", "U.S."),
           E("Location", "Tokyo"),
           E("Company", TER, "Terumo"),
           E("Company", ACT, "ACT")],
 # No person is named in the summary (no role). **Near-miss**: no officer of Abbott, St. Jude, Terumo or ACT and no FTC
 # official is named
 roles=[],
 # 'its proposed $25 billion acquisition of St. Jude Medical, Inc.', which Abbott 'agreed to divest two medical device
 # businesses' to let through, and 'After the acquisition of St. Jude' -> acquired(Abbott Laboratories, St. Jude
 # Medical, Inc.) only (proposed, let through on conditions: batch 16e's rule; the summary does not say it closed, so
 # no parentOrganization -- **doubtful**: a reader who knows the deal closed in January 2017 may add it, but the text
 # does not say so); 'Abbott and ACT have formed a partnership to develop these catheters' -> partner(Abbott
 # Laboratories, Advanced Cardiac Therapeutics), direction as written. **Near-misses**: 'divest to Tokyo-based medical
 # device maker Terumo Corporation all rights and assets related to St. Jude's vascular closure device business and
 # Abbott's steerable sheath business' (businesses' rights and assets to a named buyer: an asset purchase, nothing --
 # **doubtful**: a reader may give acquired(Terumo, ...) or partner for 'assist Terumo with establishing its
 # manufacturing capabilities', an order's duty, not a stated contract); 'if it intends to acquire lesion-assessing
 # ablation catheter assets from Advanced Cardiac Therapeutics' and 'if Abbott acquired ... assets from ACT' (a
 # hypothetical asset purchase: nothing); 'only St. Jude and one other company provide ... catheters' (rivals: no
 # partner); 'Tokyo-based' (a seat: no relation type); the consent order and the complaint (a regulator's action:
 # nothing)
 relations=[L(ABT, "acquired", STJ),
            L(ABT, "partner", ACT)],
 outages=[],
 # No dates: `published` None, and the summary has no time expression ('Currently' has no calendar value)
 dates=[])

# ---- Thoratec Corporation / HeartWare International, Inc., FTC press release, July 30, 2009 ---------------------------
A["us-ftc-thoratec-heartware-challenge-lvad-acquisition-2009"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's administrative complaint", 'FTC Bureau of Competition':
 # alias 'FTC'; 'The Commission will seek', "the Commission's action": alias 'Commission'); Thoratec Corporation (once
 # in full, as "Thoratec Corporation's"; 'Thoratec' alone three times: alias); HeartWare International, Inc. (once in
 # full; 'acquiring HeartWare': alias); the United States ('in the United States'; 'the U.S. market': alias 'U.S.');
 # Richard Feinstein (once); the Bureau of Competition (the FTC's unit -> Organization). Not annotated: 'left
 # ventricular devices (LVADs)', 'the LVAD' (a device class, no named product -- **near-miss**: a reader may make
 # 'LVAD' a Service; the kept part names no model, and Thoratec's HeartMate models fall in the cut part of the
 # release); 'federal district court' (no court named); 'American consumers' (no entity); the administrative complaint
 # and trial (documents, proceedings)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", THOR, "Thoratec"),
           E("Company", HW, "HeartWare"),
           E("Location", "United States", "U.S."),
           E("Person", "Richard Feinstein"),
           E("Organization", BOC)],
 # "FTC Bureau of Competition Director Richard Feinstein" -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of Thoratec or HeartWare is named (no company role)
 roles=[R("Richard Feinstein", "director", BOC)],
 # "FTC Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**:
 # "Thoratec Corporation's proposed $282 million acquisition of rival medical device maker HeartWare International,
 # Inc." and 'Thoratec seeks to maintain its monopoly by acquiring HeartWare' (a proposed deal the FTC sues to block:
 # GUIDELINES' blocked deals -> no acquired, though the text does not yet say it was abandoned -- **doubtful**: a reader
 # may give acquired for a deal agreed and not yet stopped, as for an agreed deal awaiting approval; the FTC's own July
 # 31 statement, not in this text, tells the abandonment); 'rival medical device maker' (rivals: no partner); the
 # lawsuit, the preliminary injunction and the complaint (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # No dates: the kept text has no time expression ('currently' has no calendar value; 'pending completion of the
 # administrative trial' names no time)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
