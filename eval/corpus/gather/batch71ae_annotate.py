#!/usr/bin/env python3
"""Gold annotations for batch 71ae (session 65, gatherer lane 71ae): three US federal merger texts -- the Justice
Department's Federal Register notice of the proposed Final Judgment in United States of America v. Harsco Corporation,
Pandrol Jackson Limited, and Pandrol Jackson Inc. (published 1999-11-26); the FTC's proposed consent order requiring
Dainippon Ink and Chemicals, Incorporated to divest Sun Chemical Corporation's perylene business to Ciba Specialty
Chemicals before Sun Chemical buys Bayer Corporation's high-performance pigment business (press release of January
2003, day unknown; Joe Simons, Director of the FTC's Bureau of Competition); the FTC's proposed consent order on Quaker
Chemical Corp's proposed acquisition of Houghton International Inc., product lines to go to a subsidiary of Total S.A.
(press release of July 2019, day unknown) -- written from the texts alone; newskg was not run on them. Round notes
/tmp/gather71ae/NOTES.md; claims in /work/notes/gather71/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Harsco / Pandrol Jackson -> test, Dainippon / Sun Chemical -> train, Quaker Chemical / Houghton -> dev.
`published` 1999-11-26 for Harsco (the FR issue), None for the two FTC texts (see the pool notes), so only absolute
expressions are listed for them ('today' in the Dainippon text left unresolved): 'October 14, 1999' and 'November 8,
1999' (Harsco); none in the Dainippon and Quaker texts.
Conventions (the FTC / DOJ merger texts' of batches 16e, 44c, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 68y, 69h,
69m, 69n, 69t, 69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af, 71a, 71h, 71n and 71w): the FTC as 'Federal Trade Commission'
with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ("The FTC's complaint", 'The
Commission vote', 'Commission-approved buyer'), not from inside a law's name; 'X, Director of the FTC's Bureau of
Competition' -> director at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC; the
plaintiff 'United States of America' of a case name -> Location (44c's 'United States v.'), 'the United States' an
alias; the court named in full -> Organization; an acquisition proposed and settled by a consent order or a proposed
Final Judgment that lets it go ahead -> agreed: acquired only (GUIDELINES: agreed but not completed; 44c, 71h); the
purchase of assets or of an unnamed business ('certain assets of', "Bayer Corporation's ... high-performance pigment
business", "Sun Chemical's perylene business", 'product lines and related assets') -> nothing (GUIDELINES: asset
purchases); 'its U.S. subsidiary X' -> parentOrganization; '(collectively X)' or a short name for two firms together
-> no alias of either (43o, 50b, 51a); 'U.S.' as a modifier -> Location; towns and countries named in 'based in Town,
Country' -> a Location each; orders, complaints, judgments, laws, the Federal Register, amounts, market ranks and
product classes -> not annotated.
usage: batch71ae_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather71ae/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
DDC = "United States District Court for the District of Columbia"
USA = "United States of America"
HAR = "Harsco Corporation"
PJL = "Pandrol Jackson Limited"
PJI = "Pandrol Jackson Inc."
DIC = "Dainippon Ink and Chemicals, Incorporated"
SUN = "Sun Chemical Corporation"
BAY = "Bayer Corporation"
CSI = "Ciba Specialty Chemicals Inc."
CSC = "Ciba Specialty Chemicals Corporation"
JOE = "Joe Simons"
QCC = "Quaker Chemical Corp"
HII = "Houghton International Inc."
TOT = "Total S.A."
A = {}

# ---- Harsco Corporation / Pandrol Jackson (rail grinding), DOJ Federal Register notice, November 26, 1999 -----------
A["us-doj-federal-register-harsco-pandrol-jackson-proposed-final-judgment-rail-grinding-1999"] = dict(
 # The United States District Court for the District of Columbia (Organization; 'District of Columbia' only inside
 # the court's name, no Location); the United States of America (the plaintiff in the case name -> Location, as 44c's
 # 'United States v.'; 'filed by the United States': alias 'United States'); Harsco Corporation ('by Harsco',
 # 'requires Harsco', 'by Harsco.': alias 'Harsco'); Pandrol Jackson Limited and Pandrol Jackson Inc. (each written in
 # full twice); North America. "(``Pandrol'')" and 'acquired from Pandrol' name the two Pandrol Jackson companies
 # together: no alias of either (43o, 50b, 51a; **doubtful**: a reader may give 'Pandrol' to Pandrol Jackson Limited).
 # Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws), the Complaint, the Hold
 # Separate Stipulation and Order, the proposed Final Judgment and the Competitive Impact Statement (court papers),
 # 'Civil No. 99-02706', switch and crossing and transit grinding equipment and services (product classes)
 entities=[E("Organization", DDC),
           E("Location", USA, "United States"),
           E("Company", HAR, "Harsco"),
           E("Company", PJL),
           E("Company", PJI),
           E("Location", "North America")],
 # No person is named in the kept text (the notice's signature is cut). **Near-misses**: none
 roles=[],
 # 'the proposed acquisition of certain assets of Pandrol Jackson Limited and Pandrol Jackson Inc. (``Pandrol'') by
 # Harsco' and 'divest all assets acquired from Pandrol' -> a purchase of assets, not of either company: nothing
 # (GUIDELINES: asset purchases; **doubtful**: a reader may write acquired(Harsco Corporation, Pandrol Jackson
 # Limited) and acquired(Harsco Corporation, Pandrol Jackson Inc.) from the case's joint naming). The two Pandrol
 # Jackson companies: no ownership between them stated (**near-miss**: a reader may set Inc. under Limited by the
 # shared name). The United States as plaintiff against the defendants: no relation type
 relations=[],
 outages=[],
 # `published` 1999-11-26 (the FR issue): 'October 14, 1999' -> 1999-10-14 (the filing); 'November 8, 1999' ->
 # 1999-11-08 (written across a line end in the FR text; one space in the kept text). Not dates: '16(b) through (h)',
 # 'Section 7', '15 U.S.C. Section 18', '99-02706', '(1)', '(2)'
 dates=[D("October 14, 1999", "1999-10-14"),
        D("November 8, 1999", "1999-11-08")])

# ---- Dainippon Ink and Chemicals / Sun Chemical / Bayer (perylene pigments), FTC press release, January 2003 --------
A["us-ftc-dainippon-sun-chemical-bayer-pigments-proposed-consent-perylene-ciba-2003"] = dict(
 # The Federal Trade Commission (once in full; 'with the FTC', "the FTC's Bureau": alias 'FTC'; 'another
 # Commission-approved buyer', 'the Commission has appropriately required': alias 'Commission'); Japan ("Japan's
 # Dainippon", 'Tokyo, Japan'); Dainippon Ink and Chemicals, Incorporated ('(Dainippon)', 'Dainippon' alone: alias);
 # the U.S. ('its U.S. subsidiary': Location 'U.S.'); Sun Chemical Corporation ('(Sun Chemical)', "Sun Chemical's",
 # 'Sun Chemical' alone: alias); Bayer Corporation ("Bayer Corporation's (Bayer)": alias 'Bayer'); Ciba Specialty
 # Chemicals Inc. and Ciba Specialty Chemicals Corporation (each once in full; '(collectively Ciba)' and 'to Ciba' name
 # both together: no alias of either -- 43o, 50b, 51a; **doubtful**: a reader may give 'Ciba' to one of them); Joe
 # Simons; the Bureau of Competition; Tokyo. Not annotated: the high-performance pigment business and the perylene
 # business (unnamed businesses), perylenes and organic pigments (product classes), the proposed consent order, 'three
 # significant participants to two', 'the third-largest supplier'
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Location", "Japan"),
           E("Company", DIC, "Dainippon"),
           E("Location", "U.S."),
           E("Company", SUN, "Sun Chemical"),
           E("Company", BAY, "Bayer"),
           E("Company", CSI),
           E("Company", CSC),
           E("Person", JOE),
           E("Organization", BOC),
           E("Location", "Tokyo")],
 # 'said Joe Simons, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Dainippon, Sun Chemical, Bayer or Ciba is named
 roles=[R(JOE, "director", BOC)],
 # "Japan's Dainippon Ink and Chemicals, Incorporated (Dainippon) ... its U.S. subsidiary Sun Chemical Corporation" and
 # 'Primarily through Sun Chemical, Dainippon manufactures' -> parentOrganization(Sun Chemical Corporation, Dainippon
 # Ink and Chemicals, Incorporated); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition,
 # Federal Trade Commission). **Near-misses**: "the proposed acquisition by its U.S. subsidiary Sun Chemical
 # Corporation (Sun Chemical) of Bayer Corporation's (Bayer) high-performance pigment business" -> a business bought,
 # not Bayer Corporation itself: nothing (GUIDELINES: asset purchases; **doubtful**: a reader may write
 # acquired(Sun Chemical Corporation, Bayer Corporation)); "divest Sun Chemical's perylene business to Ciba Specialty
 # Chemicals Inc. and Ciba Specialty Chemicals Corporation" -> an unnamed business to be sold: nothing; the two Ciba
 # companies: no ownership between them stated
 relations=[L(SUN, "parentOrganization", DIC),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: 'today' left unresolved; no absolute date in the kept text. Not dates: 'three ... to two'
 dates=[])

# ---- Quaker Chemical Corp / Houghton International Inc. (rolling oils), FTC press release, July 2019 ----------------
A["us-ftc-quaker-chemical-houghton-international-proposed-consent-total-rolling-oils-2019"] = dict(
 # Quaker Chemical Corp ("Quaker\u2019s", 'Quaker' alone: alias); Houghton International Inc. ("Houghton\u2019s",
 # 'Houghton' alone: alias); Total S.A. ('to Total': alias 'Total'); the Federal Trade Commission (once in full; "The
 # FTC\u2019s complaint", 'The FTC will publish': alias 'FTC'; 'allows the Commission', 'The Commission vote': alias
 # 'Commission'); North America ('in North America'; 'the North American market' the same place). Not annotated: 'a
 # subsidiary of French multinational corporation Total S.A.' (the subsidiary unnamed; 'French' an adjective, no
 # country named), 'Chemical companies' (a description), AHRO, SCRO, TPRO, pickle oil, steel cleaners, hydraulic fluids
 # (product classes), the complaint, the consent agreement and order, the Federal Register (a publication, as 44c),
 # '$1.4 billion', '5-0'
 entities=[E("Company", QCC, "Quaker"),
           E("Company", HII, "Houghton"),
           E("Company", TOT, "Total"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Location", "North America")],
 # No person is named. **Near-misses**: none
 roles=[],
 # "Quaker\u2019s proposed $1.4 billion acquisition of Houghton", settled by a proposed consent order under which
 # 'Quaker must divest Houghton\u2019s North American AHRO and SCRO product lines' -> an agreed acquisition going ahead
 # under the order, not yet completed: acquired(Quaker Chemical Corp, Houghton International Inc.) only (GUIDELINES:
 # agreed but not completed; 44c, 71h; **doubtful**: a reader may read 'proposed' as not yet agreed and write
 # nothing). **Near-misses**: 'divest certain products and related assets to a subsidiary of ... Total S.A.' and
 # 'divest ... product lines and related assets to Total' -> assets to be sold: nothing (GUIDELINES: asset purchases);
 # the unnamed subsidiary of Total S.A. -> no entity, no relation; 'Quaker and Houghton are the only two commercial
 # suppliers' (rivals: nothing)
 relations=[L(QCC, "acquired", HII)],
 outages=[],
 # `published` None; no date in the kept text. Not dates: '$1.4 billion', '5-0'
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
