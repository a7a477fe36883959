#!/usr/bin/env python3
"""Gold annotations for batch 68v (session 62, gatherer lane 68v): three FTC merger texts -- the Initial Decision of the
FTC's Chief Administrative Law Judge that Polypore International Inc.'s consummated acquisition of Microporous L.P. was
anticompetitive (battery separators; press release of March 8, 2010); the FTC's order requiring Graco Inc. to hold
separate the liquid finishing equipment businesses it is acquiring from Illinois Tool Works Inc. and ITW Finishing LLC
(press release of March 27, 2012); the Commission's Opinion and Final Order that Otto Bock HealthCare North America,
Inc.'s consummated acquisition of Freedom Innovations was anticompetitive (microprocessor prosthetic knees; press
release of November 6, 2019) -- written from the texts alone; newskg was not run on them. Round notes
/tmp/gather69v/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Graco / ITW -> test, Otto Bock / Freedom Innovations -> train, Polypore / Microporous -> dev (as write_parts dealt
them).
`published` 2010-03-08, 2012-03-27 and 2019-11-06 (Polypore's from ftc.gov's own case page, the others from the store's
same-day reports and filings; see the pool notes), so relative expressions resolve against them (GUIDELINES, Dates):
'today' in the Polypore text -> 2010-03-08, 'February 22' (no year) -> 2010-02-22.
Conventions (the FTC merger texts' of batches 16e, 62m, 63g, 64a, 65a, 66a, 67a, 67ad, 67r, 67v, 68a, 68g and 68m, the
DOJ lane's 50b, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as
'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier
('FTC-approved', "the FTC's staff", 'FTC Chairman', 'the Commission upholds'); where a text writes only 'FTC' (Polypore)
the entity is named 'FTC' (GUIDELINES: name = the fullest form in the text); 'FTC Chairman' -> chairman at the FTC,
current true (68m's Acting Chairwoman, 42r's Chairwoman); 'Chief Administrative Law Judge' of the FTC's release ->
other at the FTC (47v's SEC administrative law judge -> other; GUIDELINES: commissioners, staff attorneys -> other);
a consummated acquisition the FTC orders undone -> acquired and parentOrganization(target, buyer) (50b's TransDigm /
SCHROTH, 'consummated ... acquisition', a divestiture ordered; GUIDELINES: completed acquisitions, ownership stated as
past still recorded); an acquisition of unnamed businesses the FTC lets close under a hold-separate order -> nothing
(no named target: GUIDELINES' asset and business purchases); 'X's <name> subsidiary', 'its <name> business unit' ->
parentOrganization (GUIDELINES: subsidiary, division, unit); an agreement between a company and a named rival ('a 2001
joint marketing agreement', 'an agreement in 2001 with a potential competitor - Hollingsworth & Vose') -> partner
(GUIDELINES: stated partnership or contract between two named organisations, direction as written); brands a business
operates under ('which operate under the Binks, DeVilbiss, Ransburg, and BGK brand names') -> Service with provider to
the owner the text names (68m's Simplicity; GUIDELINES: brands users buy are Service); rivals ('rival battery separator
manufacturer', 'its Rival, ITW', 'both top sellers') -> no partner; 'in North America' -> Location, 'North American' as
an adjective not (68m); unnamed judges, staff and buyers ('the Judge', 'the Administrative Law Judge', "the FTC's
staff", 'an FTC-approved buyer') -> not annotated; product classes, orders, opinions, complaints, laws
('Hart-Scott-Rodino Act'), amounts ('$650 million') -> not annotated.
usage: batch68v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
DMC = "D. Michael Chappell"
POL = "Polypore International Inc."
DAC = "Daramic Acquisition Corporation"
MIC = "Microporous L.P."
HV = "Hollingsworth & Vose"
GRA = "Graco Inc."
ITW = "Illinois Tool Works Inc."
ITF = "ITW Finishing LLC"
OBH = "Otto Bock HealthCare North America, Inc."
FRI = "Freedom Innovations"
JJS = "Joseph J Simons"
A = {}

# ---- Polypore International Inc. / Microporous L.P., FTC press release, March 8, 2010 --------------------------------
A["us-ftc-polypore-microporous-initial-decision-battery-separators-2010"] = dict(
 # D. Michael Chappell ('Chief Administrative Law Judge D. Michael Chappell'; 'Judge Chappell' twice: alias
 # 'Chappell'; 'the Judge' is generic); Polypore International Inc. ("Polypore International Inc.\u2019s consummated
 # acquisition"; 'Polypore' nine times: alias); Daramic Acquisition Corporation ('through its Daramic Acquisition
 # Corporation subsidiary' -> Company); Microporous L.P. ('rival battery separator manufacturer Microporous L.P.';
 # 'Microporous' three times: alias); North America ('in North America' twice -> Location; 'North American markets' an
 # adjective, not an alias); FTC ('an FTC-approved buyer', 'the FTC issued': the text never writes 'Federal Trade
 # Commission', so the entity is named 'FTC', no alias); Daramic ('its Daramic business unit' -> Company, a unit of
 # Polypore -- **doubtful**: kept apart from Daramic Acquisition Corporation, the subsidiary the deal went through; a
 # reader may take both as one entity with 'Daramic' an alias); Hollingsworth & Vose ('a potential competitor \u2013
 # Hollingsworth & Vose \u2013' -> Company). Not annotated: battery separators, flooded lead-acid batteries,
 # polyethylene battery separators (product classes); 'the Judge' (generic); 'an FTC-approved buyer' (unnamed); 'a rival
 # battery separator manufacturer' (unnamed in its sentence; read as Hollingsworth & Vose only through the 2001 date);
 # the Initial Decision, the Order, the administrative complaint, the covenant not to compete (a regulator's action,
 # an agreement's term); 'four', 'six months' (counts, a duration)
 entities=[E("Person", DMC, "Chappell"),
           E("Company", POL, "Polypore"),
           E("Company", DAC),
           E("Company", MIC, "Microporous"),
           E("Location", "North America"),
           E("Organization", "FTC"),
           E("Company", "Daramic"),
           E("Company", HV)],
 # 'Chief Administrative Law Judge D. Michael Chappell' (in the FTC's release, of the FTC's administrative case:
 # 'the FTC issued an administrative complaint', 'an FTC-approved buyer') -> other at the FTC, current true (47v's SEC
 # administrative law judge -> other; **doubtful**: the text never writes 'the FTC's' beside his title, so the org is
 # read from the release; a reader may give no role, or head for 'Chief'). **Near-misses**: no officer of Polypore,
 # Microporous or Hollingsworth & Vose is named
 roles=[R(DMC, "other", "FTC")],
 # 'through its Daramic Acquisition Corporation subsidiary' -> parentOrganization(Daramic Acquisition Corporation,
 # Polypore International Inc.); 'through its Daramic business unit' -> parentOrganization(Daramic, Polypore
 # International Inc.); "Polypore International Inc.\u2019s consummated acquisition ... of ... Microporous L.P.",
 # "Polypore\u2019s completed February 2008 acquisition of Microporous" -> acquired(Polypore International Inc.,
 # Microporous L.P.) and parentOrganization(Microporous L.P., Polypore International Inc.) (completed; the ordered
 # divestiture is not yet made: 50b's TransDigm / SCHROTH -- **doubtful**: 'the former Microporous' may read as merged
 # away, and a reader may then leave out the parentOrganization); 'a 2001 joint marketing agreement between Polypore and
 # a rival battery separator manufacturer' with 'Polypore reached an agreement in 2001 with a potential competitor
 # \u2013 Hollingsworth & Vose' -> partner(Polypore International Inc., Hollingsworth & Vose), direction as written
 # (**doubtful**: the agreement is told as an illegal market division the Judge orders amended; a reader may hold an
 # anticompetitive covenant no partnership, or not join the two sentences). **Near-misses**: the acquisition 'through
 # its Daramic Acquisition Corporation subsidiary' -> no acquired(Daramic Acquisition Corporation, Microporous L.P.)
 # (the text makes Polypore the acquirer); 'Polypore to divest Microporous to an FTC-approved buyer' (no buyer named:
 # nothing); 'Polypore competed with the former Microporous', 'rival battery separator manufacturer Microporous L.P.'
 # (rivals: no partner); the Initial Decision, the Order and the complaint (a regulator's action: nothing)
 relations=[L(DAC, "parentOrganization", POL),
            L("Daramic", "parentOrganization", POL),
            L(POL, "acquired", MIC),
            L(MIC, "parentOrganization", POL),
            L(POL, "partner", HV)],
 outages=[],
 # `published` 2010-03-08: 'today' ('In an Initial Decision announced today') -> 2010-03-08; 'February 22' ('filed
 # with the Initial Decision on February 22', no year) -> 2010-02-22 (the year of `published`; ftc.gov's case page
 # dates the Order 2/22/2010); '2001' (twice: 'a 2001 joint marketing agreement', 'an agreement in 2001': one item) ->
 # 2001; 'September 2008' -> 2008-09; 'February 2008' ('completed February 2008 acquisition') -> 2008-02. Not dates:
 # 'within six months after the divestiture provisions of the Order become final' (no calendar value)
 dates=[D("today", "2010-03-08"),
        D("February 22", "2010-02-22"),
        D("2001", "2001"),
        D("September 2008", "2008-09"),
        D("February 2008", "2008-02")])

# ---- Graco Inc. / Illinois Tool Works Inc. and ITW Finishing LLC, FTC press release, March 27, 2012 ------------------
A["us-ftc-graco-itw-hold-separate-order-liquid-finishing-equipment-2012"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC challenged', "the FTC's consideration", "the FTC's staff", 'FTC
 # staff', "the FTC's complaint": alias 'FTC'; 'not yet accepted by the Commission', 'the Commission will take': alias
 # 'Commission'); Graco Inc. (once in full in the text; 'Graco' ten times: alias); Illinois Tool Works Inc. (once in
 # full; "ITW's finishing equipment businesses", 'the ITW liquid finishing equipment businesses', 'acquires from ITW':
 # alias 'ITW' -- **doubtful**: 'ITW' may be read as ITW Finishing LLC's short form or as both companies together);
 # ITW Finishing LLC (once); Binks, DeVilbiss, Ransburg, BGK ('operate under the Binks, DeVilbiss, Ransburg, and BGK
 # brand names' -> Service each, brands of finishing equipment users buy -- **doubtful**: a reader may type them
 # Company, the businesses operating under the names). Not annotated: liquid finishing equipment, finishing equipment,
 # non-liquid finishing equipment (product classes); "the FTC's staff", 'FTC staff', 'staff' (unnamed); the order, the
 # Hold Separate Order, the proposed settlement, the complaint (a regulator's action); '$650 million' (an amount); the
 # headline (`title`: annotate the text, not the title; its names are the text's own)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", GRA, "Graco"),
           E("Company", ITW, "ITW"),
           E("Company", ITF),
           E("Service", "Binks"),
           E("Service", "DeVilbiss"),
           E("Service", "Ransburg"),
           E("Service", "BGK")],
 # No person is named in the kept text (no FTC official; Graco's chief executive Patrick J. McHale is only in the
 # store's other pages, not in this text)
 roles=[],
 # 'the worldwide ITW liquid finishing equipment businesses, which operate under the Binks, DeVilbiss, Ransburg, and
 # BGK brand names' -> provider(Binks / DeVilbiss / Ransburg / BGK, Illinois Tool Works Inc.) (the owner the sentence
 # names, 'ITW'; **doubtful**: the businesses are 'of Illinois Tool Works Inc. and ITW Finishing LLC', so a reader may
 # give ITW Finishing LLC as provider, or Graco, which is completing their purchase). **Near-misses**: 'allowing Graco to
 # complete its proposed $650 million acquisition of all of ITW's finishing equipment businesses', 'Graco can complete
 # its acquisition', 'the non-liquid finishing equipment business it acquires from ITW' -> nothing (a purchase of
 # unnamed businesses, no named target company: GUIDELINES' asset purchases -- **doubtful**: a reader may write
 # acquired(Graco Inc., ITW Finishing LLC), the LLC being named among the businesses' owners, as an agreed deal the FTC
 # lets close); ITW Finishing LLC under Illinois Tool Works Inc. (the names suggest it, the text does not say it: no
 # parentOrganization); 'its Rival, ITW' in the headline (rivals: no partner); the hold-separate order, the proposed
 # settlement 'entered into by Graco and the FTC's staff' and the complaint (a regulator's action: nothing)
 relations=[L("Binks", "provider", ITW),
            L("DeVilbiss", "provider", ITW),
            L("Ransburg", "provider", ITW),
            L("BGK", "provider", ITW)],
 outages=[],
 # `published` 2012-03-27: 'December 2011' ('The FTC challenged the deal on competition grounds in December 2011') ->
 # 2011-12. Not dates: 'During this hold separate period' (no calendar value)
 dates=[D("December 2011", "2011-12")])

# ---- Otto Bock HealthCare North America, Inc. / Freedom Innovations, FTC press release, November 6, 2019 -------------
A["us-ftc-otto-bock-freedom-innovations-final-order-prosthetic-knees-2019"] = dict(
 # The Federal Trade Commission (once in full; 'the Commission upholds', "The Commission\u2019s order", 'the current
 # Commission', 'The Commission is committed': alias 'Commission'; 'an FTC-approved buyer', 'FTC Chairman': alias
 # 'FTC'); Freedom Innovations ('the consummated acquisition of Freedom Innovations', 'the Freedom Innovations assets';
 # "Freedom\u2019s entire business" in the quoted opinion: alias 'Freedom'); Otto Bock HealthCare North America, Inc.
 # (once in full; 'requires Otto Bock to divest', '[Otto Bock]': alias 'Otto Bock'); Joseph J Simons ('FTC Chairman
 # Joseph J Simons', as written, without a period). Not annotated: prosthetic knees, microprocessor prosthetic knees,
 # MPKs, microprocessors (product classes); 'the Administrative Law Judge', '[Administrative Law Judge]' (unnamed);
 # 'amputee patients and prosthetic clinic customers', 'Prosthetists and doctors' (classes of people); the
 # Hart-Scott-Rodino Act (a law); the Opinion and Final Order (a regulator's action); 'an FTC-approved buyer' (unnamed)
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", FRI, "Freedom"),
           E("Company", OBH, "Otto Bock"),
           E("Person", JJS)],
 # 'said FTC Chairman Joseph J Simons' -> chairman at the Federal Trade Commission, current true. **Near-misses**: no
 # officer of Otto Bock or Freedom Innovations is named; the Administrative Law Judge (unnamed)
 roles=[R(JJS, "chairman", FTC)],
 # 'the consummated acquisition of Freedom Innovations by Otto Bock HealthCare North America, Inc.' -> acquired(Otto
 # Bock HealthCare North America, Inc., Freedom Innovations) and parentOrganization(Freedom Innovations, Otto Bock
 # HealthCare North America, Inc.) (completed; the ordered divestiture is not yet made: 50b's TransDigm / SCHROTH --
 # **doubtful**: the order 'requires Otto Bock to divest the Freedom Innovations assets', so a reader may hold the
 # ownership undone and write acquired only). **Near-misses**: 'both top sellers of prosthetic knees' (rivals: no
 # partner); 'divest the Freedom Innovations assets to an FTC-approved buyer' (no buyer named: nothing); the Opinion and
 # Final Order (a regulator's action: nothing)
 relations=[L(OBH, "acquired", FRI),
            L(FRI, "parentOrganization", OBH)],
 outages=[],
 # `published` 2019-11-06: the kept text holds no time expression with a calendar value ('the first time', 'the
 # current Commission', 'always' have none)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
