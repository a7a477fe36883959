#!/usr/bin/env python3
"""Gold annotations for batch 69a (session 63, gatherer lane 69a): three FTC merger texts -- the FTC's federal court
action to block Sanford Health's proposed acquisition of Mid Dakota Clinic (press release of June 22, 2017); the FTC's
dismissal of its administrative case after Advocate Health Care Network and NorthShore University HealthSystem abandoned
their proposed merger (press release of March 22, 2017); the FTC's challenge to Phoebe Putney Health System, Inc.'s
proposed acquisition of Palmyra Park Hospital, Inc. from HCA (press release of April 20, 2011) -- written from the texts
alone; newskg was not run on them. Round notes /tmp/gather69a/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Advocate / NorthShore -> test, Phoebe Putney / Palmyra -> train, Sanford / Mid Dakota -> dev.
Relative expressions resolve against `published` (GUIDELINES, Dates): 'earlier this month' in the Advocate text ->
2017-03.
Conventions (the FTC merger texts' of batches 16e, 49d, 62g, 63g, 67r, 67ad, 68a, 68g, 68m, 68v and 68y; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier; "Director of the FTC's (the Commission's) Bureau of
Competition" and "Acting Director ..." -> director at the Bureau, current true (62g's and 67r's call), the Bureau an
Organization with parentOrganization the FTC; 'FTC Acting Chairman' -> chairman at the FTC, current true (49d's 'CFTC
Acting Chairman' -> chairman); a proposed acquisition the FTC sues to block, and a merger the parties abandoned ->
nothing (GUIDELINES: blocked or abandoned deals; 68m's Conso / McCall, 68y's Swedish Match / National Tobacco); a target
bought 'from' a named seller -> parentOrganization(target, seller) (the seller's present ownership); health systems,
hospitals and a physician clinic -> Company (68y's ProMedica / St. Luke's); a hospital authority and a state attorney
general's office named as bodies -> Organization; named courts -> Organization (the corpus's 'U.S. District Court for
...'); 'State of X' written as a party -> Location 'State of X' (68y's 'State of Ohio'), with 'X' as its alias where the
text writes X alone; places named alone -> Location; unnamed courts, staff and office holders ('federal district court',
'the Attorney General of the State of Georgia') -> not annotated; amounts, shares, counts and votes -> not dates.
usage: batch69a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
SAN = "Sanford Health"
MDC = "Mid Dakota Clinic"
TL = "Tad Lipsky"
AHC = "Advocate Health Care Network"
NSU = "NorthShore University HealthSystem"
MKO = "Maureen K. Ohlhausen"
NDI = "U.S. District Court for the Northern District of Illinois"
PPH = "Phoebe Putney Health System, Inc."
PAL = "Palmyra Park Hospital, Inc."
HAA = "Hospital Authority of Albany-Dougherty County"
RF = "Richard Feinstein"
A = {}

# ---- Sanford Health / Mid Dakota Clinic, FTC press release, June 22, 2017 ---------------------------------------------
A["us-ftc-sanford-health-mid-dakota-clinic-physician-group-challenge-bismarck-2017"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC, jointly with', "the FTC\u2019s Bureau": alias 'FTC';
 # 'Commission' is not written alone); Sanford Health ("Sanford Health\u2019s proposed acquisition"; 'Sanford and Mid
 # Dakota': alias 'Sanford'); Mid Dakota Clinic ('Mid Dakota': alias) -- both typed Company, a health system and a
 # physician clinic that buy and are bought (68y's ProMedica / St. Luke's; **doubtful**: a reader may type them
 # Organization); Bismarck, Mandan ('the greater Bismarck and Mandan metropolitan area', and 'the four-county
 # Bismarck-Mandan region': the same two places -> Locations, no alias for the hyphened pair); North Dakota ('region of
 # North Dakota'; inside the office's name too -> Location); the Office of the Attorney General of North Dakota (a named
 # state body -> Organization); Tad Lipsky (Person); the Bureau of Competition (Organization). Not annotated: 'federal
 # district court' (unnamed); the services (adult primary care physician services and the rest: service classes);
 # commercial insurers, medical insurance providers (classes); '125,000', '75 to 85 percent', 'four-county' (counts and
 # shares)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", SAN, "Sanford"),
           E("Company", MDC, "Mid Dakota"),
           E("Location", "Bismarck"),
           E("Location", "Mandan"),
           E("Organization", "Office of the Attorney General of North Dakota"),
           E("Location", "North Dakota"),
           E("Person", TL),
           E("Organization", BOC)],
 # 'According to Tad Lipsky, Acting Director of the FTC\u2019s Bureau of Competition' -> director at the Bureau of
 # Competition, current true (62g's and 67r's 'Acting Director' call: an acting head holds the post now --
 # **doubtful** only in that a reader may read 'Acting' as 'head' or 'other'). **Near-misses**: no officer of Sanford
 # or Mid Dakota is named; the Attorney General of North Dakota is not named (no person)
 roles=[R(TL, "director", BOC)],
 # "the FTC\u2019s Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: "Sanford Health\u2019s proposed acquisition of Mid Dakota Clinic", which the FTC 'has authorized a
 # federal court action to block' -> nothing (GUIDELINES: a blocked deal does not count; 68y's Swedish Match; **doubtful**:
 # a reader may write acquired(Sanford Health, Mid Dakota Clinic) as agreed); 'The FTC, jointly with the Office of the
 # Attorney General of North Dakota, has filed a complaint' (co-plaintiffs, regulators: no partner); 'each other\u2019s
 # closest rivals' (rivals: no partner)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2017-06-22: the kept text holds no time expression with a calendar value ('currently', 'future' have
 # none)
 dates=[])

# ---- Advocate Health Care Network / NorthShore University HealthSystem, FTC press release, March 22, 2017 ------------
A["us-ftc-advocate-northshore-abandoned-merger-case-dismissed-ohlhausen-2017"] = dict(
 # Advocate Health Care Network ('the Advocate and NorthShore hospital systems': alias 'Advocate'); NorthShore
 # University HealthSystem ('NorthShore': alias) -- both typed Company, hospital systems (68y's ProMedica;
 # **doubtful**: not-for-profit systems a reader may type Organization); the Federal Trade Commission (once in full;
 # 'FTC Acting Chairman', "the FTC\u2019s administrative process", "the FTC\u2019s analyses", "the FTC\u2019s and State of
 # Illinois\u2019s request": alias 'FTC'; "the Commission\u2019s administrative trial process", 'the Commission sued', 'the
 # Commission challenged': alias 'Commission'); Maureen K. Ohlhausen (Person); Chicago ('the northern suburbs of
 # Chicago' -> Location); the Seventh Circuit (a named court -> Organization, as written); the U.S. District Court for
 # the Northern District of Illinois (twice, the second in the cut paragraph -> Organization; the corpus's form for named
 # district courts); the State of Illinois ("State of Illinois\u2019s request": a co-plaintiff written as 'State of
 # Illinois' -> Location 'State of Illinois', the corpus's form; 'Illinois' alone is written only inside the court's
 # name: no alias). Not annotated: 'federal district court', 'the district court' (unnamed: the district court in 'The
 # Seventh Circuit and ultimately the district court agreed' is the named one, but the surface form is generic); health
 # insurance companies (a class); '50 percent', 'a majority' (shares)
 entities=[E("Company", AHC, "Advocate"),
           E("Company", NSU, "NorthShore"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Person", MKO),
           E("Location", "Chicago"),
           E("Organization", "Seventh Circuit"),
           E("Organization", NDI),
           E("Location", "State of Illinois")],
 # 'FTC Acting Chairman Maureen K. Ohlhausen issued the following statement' -> chairman at the Federal Trade
 # Commission, current true (49d's 'CFTC Acting Chairman Walter L. Lukken' -> chairman; **doubtful**: a reader may give
 # 'head' for an acting agency chair). **Near-misses**: no officer of Advocate or NorthShore is named
 roles=[R(MKO, "chairman", FTC)],
 # **Near-misses**: 'the decision ... by Advocate Health Care Network and NorthShore University HealthSystem to abandon
 # their proposed merger', "The companies\u2019 decision to terminate the transaction" -> nothing (GUIDELINES: abandoned
 # deals; and the text never says who would buy whom); 'competed vigorously' (rivals: no partner); the FTC's and the
 # State of Illinois's joint request (co-plaintiffs: no partner); the courts' rulings (a court's actions: nothing)
 relations=[],
 outages=[],
 # `published` 2017-03-22: 'earlier this month' ('Following the decision earlier this month') -> 2017-03 (the corpus's
 # 'earlier this month' -> the month); 'March 7, 2017' ('a March 7, 2017 ruling') -> 2017-03-07; 'December 2015' ('In
 # December 2015, the Commission challenged') -> 2015-12. Not dates: 'Historically' (no calendar value)
 dates=[D("earlier this month", "2017-03"),
        D("March 7, 2017", "2017-03-07"),
        D("December 2015", "2015-12")])

# ---- Phoebe Putney Health System, Inc. / Palmyra Park Hospital, Inc., FTC press release, April 20, 2011 --------------
A["us-ftc-phoebe-putney-palmyra-park-hospital-hca-challenge-albany-2011"] = dict(
 # The Federal Trade Commission (once in full; "The FTC\u2019s administrative complaint", 'The FTC also alleges': alias
 # 'FTC'; "the Commission\u2019s Bureau of Competition": alias 'Commission'); Phoebe Putney Health System, Inc. ("Phoebe
 # Putney Health System, Inc.\u2019s (Phoebe\u2019s)", 'Phoebe' five times alone: alias 'Phoebe'); Palmyra Park Hospital,
 # Inc. ('(Palmyra)', 'Palmyra' alone: alias) -- both Company, a health system and a hospital company bought and sold
 # (68y's ProMedica / St. Luke's); HCA ('from HCA': the seller, a hospital company -> Company, as written); Albany
 # ('in Albany, Georgia' twice, 'the Albany region' -> Location); the State of Georgia ('the Attorney General of the
 # State of Georgia' -> Location 'State of Georgia', with 'Georgia' alone in 'Albany, Georgia' as its alias, 68y's
 # 'State of Ohio' call); the Hospital Authority of Albany-Dougherty County ('(the Authority)', 'the Authority': alias
 # 'Authority'; a public hospital authority -> Organization); Richard Feinstein (Person); the Bureau of Competition
 # (Organization). Not annotated: 'the Attorney General of the State of Georgia' (unnamed office holder, 68y);
 # 'federal district court' (unnamed); 'Phoebe/Palmyra' (the combined firm, unnamed: no entity); 'Albany-Dougherty
 # County' (inside the authority's name only); general acute-care hospital services (a service class); '5-0' (a vote)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", PPH, "Phoebe"),
           E("Company", PAL, "Palmyra"),
           E("Company", "HCA"),
           E("Location", "Albany"),
           E("Location", "State of Georgia", "Georgia"),
           E("Organization", HAA, "Authority"),
           E("Person", RF),
           E("Organization", BOC)],
 # '"...," said Richard Feinstein, Director of the Commission\u2019s Bureau of Competition' -> director at the Bureau of
 # Competition, current true (68y's Parker, 68m). **Near-misses**: no officer of Phoebe, Palmyra, HCA or the Authority
 # is named
 roles=[R(RF, "director", BOC)],
 # "the Commission\u2019s Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission);
 # 'proposed acquisition of rival Palmyra Park Hospital, Inc. (Palmyra) from HCA' -> parentOrganization(Palmyra Park
 # Hospital, Inc., HCA) (the seller owns the hospital now; **doubtful**: a reader may take 'from HCA' as no ownership
 # statement and write nothing). **Near-misses**: Phoebe's proposed acquisition of Palmyra, which the FTC challenges
 # and asks a court to halt -> nothing (GUIDELINES: a blocked deal; 68y's Swedish Match; **doubtful**: a reader may
 # write acquired(Phoebe Putney Health System, Inc., Palmyra Park Hospital, Inc.) as agreed); 'uses the Hospital
 # Authority ... to shield the ... acquisition' (the Authority as the deal's vehicle: no relation); 'rival' (no partner);
 # 'The FTC\u2019s staff, together with the Attorney General of the State of Georgia' (co-plaintiffs: no partner)
 relations=[L(BOC, "parentOrganization", FTC),
            L(PAL, "parentOrganization", "HCA")],
 outages=[],
 # `published` 2011-04-20: the kept text holds no time expression with a calendar value ('5-0' is a vote)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
