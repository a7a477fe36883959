#!/usr/bin/env python3
"""Gold annotations for batch 71n (session 65, gatherer lane 71n): two US FTC merger texts -- the FTC's proposed
settlement requiring Carpenter Technology Corporation, to complete its proposed acquisition of Latrobe Specialty
Metals, Inc., to divest the assets for two aerospace alloys to Eramet S.A. (press release of February 2012, day
unknown); the FTC's proposed consent agreement on Valspar Corporation's acquisition of Lilly Industries, Inc., Valspar's
mirror coatings business to go to Spraylat Corporation (press release of December 2000, day unknown; Richard G. Parker,
Director of the FTC's Bureau of Competition) -- written from the texts alone; newskg was not run on them. Round notes
/tmp/gather71n/NOTES.md; claims in /work/notes/gather71/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Carpenter / Latrobe -> test, Valspar / Lilly -> train (two texts: no dev text this round).
`published` None for both (see the pool notes), so only absolute expressions are listed ('today' left unresolved):
'June 23, 2000' (Valspar).
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69m, 69n, 69t,
69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af, 71a and 71h): the FTC as 'Federal Trade Commission' with the aliases 'FTC'
and 'Commission' where the text writes them alone or as a modifier ("the FTC's efforts", "according to the FTC", "the
FTC's Bureau of Competition", 'the Commission may appoint'), not from inside a law's name ('the FTC Act', 'the Federal
Trade Commission Act', 68a); 'X, Director of the FTC's Bureau of Competition' -> director at the Bureau, current true,
the Bureau an Organization with parentOrganization the FTC; an acquisition the FTC lets proceed under a consent order or
settlement, not said to have closed -> acquired only (16e's rule; 70a, 70h, 70n, 70t, 71a, 71h); a divestiture of a
business or of assets to a named buyer -> nothing (GUIDELINES: asset purchases); contract manufacturing, licences and
technical assistance for a buyer -> nothing (no partnership or supply relation type); countries named or written as a
modifier ('the U.S. markets') -> Location; orders, settlements, complaints, laws (the Clayton Act, the FTC Act),
amounts, market shares and product classes (MP159, Aerospace MP35N, mirror solutions, mirror backing paint) -> not
annotated.
usage: batch71n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather71n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
RGP = "Richard G. Parker"
CAR = "Carpenter Technology Corporation"
LAT = "Latrobe Specialty Metals, Inc."
ERA = "Eramet S.A."
VAL = "Valspar Corporation"
LIL = "Lilly Industries, Inc."
SPR = "Spraylat Corporation"
A = {}

# ---- Carpenter Technology Corporation / Latrobe Specialty Metals, Inc. (aerospace alloys), FTC, February 2012 --------
A["us-ftc-carpenter-technology-latrobe-specialty-metals-proposed-settlement-aerospace-alloys-eramet-2012"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's efforts", "The FTC's complaint", 'according to the FTC':
 # alias 'FTC'; 'the FTC Act' a law's name); Carpenter Technology Corporation ('Carpenter' alone, "Carpenter's":
 # alias); Latrobe Specialty Metals, Inc. ('Latrobe' alone: alias); Eramet S.A. ('Eramet' alone: alias); 'U.S.' ('the
 # U.S. markets', twice; the text never writes 'United States': the entity named 'U.S.', a Location). Not annotated:
 # MP159 and Aerospace MP35N (alloys: products), the proposed settlement and complaint, the Clayton Act and the FTC Act
 # (laws), the aerospace industry (a class), 'current Latrobe employees' (unnamed)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CAR, "Carpenter"),
           E("Company", LAT, "Latrobe"),
           E("Location", "U.S."),
           E("Company", ERA, "Eramet")],
 # No person is named (the stored text holds no quotation): no role
 roles=[],
 # "a proposed settlement resolving charges that Carpenter's proposed $410 million acquisition of Latrobe Specialty
 # Metals, Inc. would harm competition ... in order to complete the deal, Carpenter divest assets" ->
 # acquired(Carpenter Technology Corporation, Latrobe Specialty Metals, Inc.): an acquisition the FTC lets proceed
 # under a settlement, not said to have closed -> acquired only (16e's rule; **doubtful**: 'proposed acquisition' in
 # the first sentence; the settlement's condition 'in order to complete the deal' is read as an agreed deal allowed to
 # proceed, as 71h's INA / FAG). **Near-misses**: 'divest assets necessary for manufacturing the two alloys ... to
 # another metals manufacturer, Eramet S.A.' (assets: nothing); 'Carpenter must provide Eramet with the product
 # licenses ...' and 'contract-manufacture both alloys for Eramet' (a licence and a supply duty: no relation type);
 # 'Carpenter and Latrobe are the only companies that make these highly specialized alloys' (rivals: nothing)
 relations=[L(CAR, "acquired", LAT)],
 outages=[],
 # `published` None and no time expression in the kept text. Not dates: '$410 million', 'multi-billion dollar'
 dates=[])

# ---- Valspar Corporation / Lilly Industries, Inc. (mirror coatings), FTC press release, December 2000 ----------------
A["us-ftc-valspar-lilly-industries-consent-agreement-mirror-coatings-spraylat-2000"] = dict(
 # The Federal Trade Commission (once in full; 'the Commission may appoint a trustee': alias 'Commission'; "the FTC's
 # Bureau of Competition", "The FTC's complaint": alias 'FTC'; 'the Federal Trade Commission Act' a law's name);
 # Valspar Corporation ('(\"Valspar\")', 'Valspar' alone: alias); Lilly Industries, Inc. ('(\"Lilly\")', 'Lilly' alone:
 # alias); the United States; Spraylat Corporation; Richard G. Parker; the Bureau of Competition. Not annotated:
 # Valspar's mirror coatings business (a business, unnamed as a company), the trustee (unnamed), the consent agreement
 # and complaint, the Clayton Act and the FTC Act (laws), mirror solutions, mirror backing paint and silver, tin and
 # copper solutions (product classes), mirror manufacturers (a class)
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", VAL, "Valspar"),
           E("Company", LIL, "Lilly"),
           E("Location", "United States"),
           E("Company", SPR),
           E("Person", RGP),
           E("Organization", BOC)],
 # 'said Richard G. Parker, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Valspar, Lilly or Spraylat is named
 roles=[R(RGP, "director", BOC)],
 # "a proposed consent agreement designed to remedy the anticompetitive effects resulting from Valspar Corporation's
 # ... acquisition of Lilly Industries, Inc." with 'Through an asset purchase agreement dated June 23, 2000, Valspar
 # agreed to acquire Lilly for approximately $762 million' -> acquired(Valspar Corporation, Lilly Industries, Inc.):
 # an agreed acquisition the FTC lets proceed under a consent agreement, not said to have closed ('if consummated') ->
 # acquired only (16e's rule); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission). **Near-misses**: 'divest its mirror coatings business to Spraylat Corporation' (a business, an
 # asset sale: nothing); 'they are frequent competitors' (rivals: nothing)
 relations=[L(VAL, "acquired", LIL),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: 'today' left unresolved; 'June 23, 2000' -> 2000-06-23 (absolute). Not dates: '10 days' (a
 # duration), '$762 million'
 dates=[D("June 23, 2000", "2000-06-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
