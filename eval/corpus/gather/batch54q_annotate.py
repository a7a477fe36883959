#!/usr/bin/env python3
"""Gold for batch 54q (session 55, gatherer 54q): three FCC texts on 2002 radio licence assignments under the interim
local-radio ownership policy (the Commission's Memorandum Opinion and Order FCC 02-55 released 19 March 2002 finding
grantable the assignment of KCGY(FM) and KOWB(AM), Laramie, Wyoming, from Gowdy FM 95, Inc. and Gowdy Family LP to
Clear Channel Broadcasting Licenses, Inc., a docslib.org copy; the Commission's Memorandum Opinion and Order FCC 02-52
of the same day finding grantable the assignment of WCHR(AM) and WNJO(FM), Trenton, New Jersey, from Great Scott
Broadcasting to Nassau Broadcasting II, L.L.C., a docslib.org copy; the Commission's Federal Register notice of 21
August 2002 summarising its Hearing Designation Order on the assignment of KLFX(FM), Nolanville, Texas, from Sheldon
Broadcasting, Ltd. to Clear Channel Broadcasting Licenses, Inc., as federal.elaws.us reproduces it), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-54k of the lane; GUIDELINES section 2): an assignment found grantable but not told as
consummated, and an application pending before the Commission (one sent to hearing included) -> acquired(assignee,
the station) only (52k's KMJI, 54k's FCC 02-62; 51zd's KAYD-FM and 54k's WUMX hearing designations); an assignor ->
parentOrganization(station, assignor) ('from X', 51r-54k); 'a wholly owned subsidiary of' -> parentOrganization
(subsidiary, parent) (52k's KMJI); the licence subsidiary, not its parent, as the buyer (52k); sellers 'related
entities with common principals' -> no relation (common owners unnamed, no parent named); radio stations -> Company
(35l, 43v, 49m, 51e-54k); short names in parentheses and quotation marks -> aliases; in the Commission's orders, 'By
the Commission' -> Organization 'Commission' and Commissioners -> Person with role other, 'Chairman Powell' ->
chairman (52k, 54k; GUIDELINES: commissioners -> other); in the Federal Register notice the Commission named in full
with 'the FCC' and 'The Commission' -> Organization 'Federal Communications Commission' with aliases 'FCC' and
'Commission'; place names -> Location, each once however often named; laws and rules ('47 U.S.C. 309(e)'), rulemaking
documents ('Local Radio Ownership NPRM', 'the Notice of Proposed Rulemaking in MM Docket No. 01-317'), orders ('Hearing
Designation Order'), the interim policy, files and dockets -> no entity and no date; the adoption and release line
kept in the text annotated as text; the `title` not annotated beyond what the text repeats.
usage: batch54q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"
CCBL = "Clear Channel Broadcasting Licenses, Inc."

# ---- KCGY(FM), KOWB(AM), Laramie: Gowdy FM 95 / Gowdy Family LP -> Clear Channel Broadcasting Licenses, FCC 02-55 ----
CCC = "Clear Channel Communications, Inc."
G95 = "Gowdy FM 95, Inc."
GFL = "Gowdy Family LP"
A["us-fcc-gowdy-fm-95-gowdy-family-clear-channel-broadcasting-licenses-kcgy-kowb-laramie-assignments-order-2002"] = dict(
 # Organization: the Commission ('By the Commission'; 'we' the Commission speaking). Persons: 'Chairman Powell' ->
 # 'Powell', 'Commissioners Abernathy, Copps and Martin' -> 'Abernathy', 'Copps', 'Martin' (surnames only, as 52k,
 # 54k). Companies: Clear Channel Broadcasting Licenses, Inc. (the assignee licensee); Clear Channel Communications,
 # Inc. ('(\u201cClear Channel\u201d)' follows the parent's name -> alias of the parent, 52k's KMJI call;
 # **doubtful**: a reader may give the short name to the licensee, the subject of 'applications of'); KCGY(FM),
 # KOWB(AM) (stations); Gowdy FM 95, Inc., Gowdy Family LP (the assignors, 'The sellers'). Locations: Laramie,
 # Wyoming (each named twice in the text, one entity each). Not annotated: 'MM Docket No. 01-317', 'Local Radio
 # Ownership NPRM' (a rulemaking document), 'the interim policy', the file numbers.
 entities=[E("Organization", CM), E("Person", "Powell"), E("Person", "Abernathy"), E("Person", "Copps"),
           E("Person", "Martin"), E("Company", CCBL), E("Company", CCC, "Clear Channel"), E("Company", "KCGY(FM)"),
           E("Company", "KOWB(AM)"), E("Company", G95), E("Company", GFL), E("Location", "Laramie"),
           E("Location", "Wyoming")],
 # 'Chairman Powell' -> chairman at the Commission; 'Commissioners Abernathy, Copps and Martin' -> other at the
 # Commission (GUIDELINES), all current (the day of the order).
 roles=[R("Powell", "chairman", CM), R("Abernathy", "other", CM), R("Copps", "other", CM), R("Martin", "other", CM)],
 # - parentOrganization(Clear Channel Broadcasting Licenses, Inc., Clear Channel Communications, Inc.): 'a wholly
 #   owned subsidiary of'.
 # - acquired(Clear Channel Broadcasting Licenses, Inc., KCGY(FM)) and (..., KOWB(AM)): 'applications of Clear
 #   Channel Broadcasting Licenses, Inc. ... to acquire the license of station KCGY(FM) ... and the license of station
 #   KOWB(AM)', 'we find that grant of these applications is consistent with the public interest' (found grantable,
 #   consummation not told -> acquired only, 52k's and 54k's call; **doubtful**: a reader may add
 #   parentOrganization(station, the licensee) on the grant, or give acquired to the parent Clear Channel).
 # - parentOrganization(KCGY(FM), Gowdy FM 95, Inc.), parentOrganization(KOWB(AM), Gowdy Family LP): the assignors,
 #   'from Gowdy FM 95, Inc.', 'from Gowdy Family LP' (the lane's assignor call; **doubtful**: a reader may give the
 #   licence holder no ownership link).
 # Near-misses: 'The sellers are related entities with common principals' (common owners, unnamed: no relation
 #   between the two Gowdy companies; a reader may want partner or a parent, the text names neither); the
 #   Commissioners' separate statements (no relation); 'These applications were uncontested' (no petitioner).
 relations=[L(CCBL, "parentOrganization", CCC), L(CCBL, "acquired", "KCGY(FM)"), L(CCBL, "acquired", "KOWB(AM)"),
            L("KCGY(FM)", "parentOrganization", G95), L("KOWB(AM)", "parentOrganization", GFL)],
 outages=[],
 # 'February 14, 2002' (adoption) and 'March 19, 2002' (release, = `published`), both in the date line. Not dates:
 # '20000915ABK' in the file number, '01-317' in the docket number, 'FM 95' in a company name.
 dates=[D("February 14, 2002", "2002-02-14"), D("March 19, 2002", "2002-03-19")])

# ---- WCHR(AM), WNJO(FM), Trenton: Great Scott Broadcasting -> Nassau Broadcasting II, FCC 02-52 ----
NAS = "Nassau Broadcasting II, L.L.C."
GS = "Great Scott Broadcasting"
A["us-fcc-great-scott-broadcasting-nassau-broadcasting-ii-wchr-wnjo-trenton-assignments-order-2002"] = dict(
 # Organization: the Commission. Persons: 'Chairman Powell' -> 'Powell', 'Commissioners Abernathy and Martin' ->
 # 'Abernathy', 'Martin', 'Commissioner Copps' -> 'Copps'. Companies: Nassau Broadcasting II, L.L.C.
 # ('(\u201cNassau\u201d)' -> alias 'Nassau'); Great Scott Broadcasting ('(\u201cGreat Scott\u201d)' -> alias);
 # the stations WCHR(AM), WNJO(FM). Locations: Trenton, New Jersey. Not annotated: 'MM Docket No. 01-317', 'Local
 # Radio Ownership NPRM', 'the interim policy'.
 entities=[E("Organization", CM), E("Person", "Powell"), E("Person", "Abernathy"), E("Person", "Martin"),
           E("Person", "Copps"), E("Company", NAS, "Nassau"), E("Company", GS, "Great Scott"),
           E("Company", "WCHR(AM)"), E("Company", "WNJO(FM)"), E("Location", "Trenton"), E("Location", "New Jersey")],
 # 'Chairman Powell' -> chairman; 'Commissioners Abernathy and Martin', 'Commissioner Copps' (dissenting) -> other;
 # all at the Commission, current.
 roles=[R("Powell", "chairman", CM), R("Abernathy", "other", CM), R("Martin", "other", CM), R("Copps", "other", CM)],
 # - acquired(Nassau Broadcasting II, L.L.C., WCHR(AM)) and (..., WNJO(FM)): 'applications of Nassau Broadcasting II,
 #   L.L.C. (\u201cNassau\u201d) to acquire the licenses of stations WCHR(AM) and WNJO(FM) ... from Great Scott
 #   Broadcasting', found grantable (acquired only, consummation not told; **doubtful** as in FCC 02-55).
 # - parentOrganization(WCHR(AM), Great Scott Broadcasting), parentOrganization(WNJO(FM), Great Scott Broadcasting):
 #   the assignor ('from Great Scott Broadcasting'; the lane's call, **doubtful** as above).
 # Near-misses: Copps's dissent and the separate statements (no relation); footnote 1's earlier assignee Nassau
 #   Broadcasting Partners, L.P., 'an affiliate of Nassau' (a footnote, not in the kept text).
 relations=[L(NAS, "acquired", "WCHR(AM)"), L(NAS, "acquired", "WNJO(FM)"),
            L("WCHR(AM)", "parentOrganization", GS), L("WNJO(FM)", "parentOrganization", GS)],
 outages=[],
 # 'February 14, 2002' (adoption), 'March 19, 2002' (release, = `published`). Not dates: '01-317'.
 dates=[D("February 14, 2002", "2002-02-14"), D("March 19, 2002", "2002-03-19")])

# ---- KLFX(FM), Nolanville: Sheldon Broadcasting -> Clear Channel Broadcasting Licenses, hearing designation, FR ----
FC = "Federal Communications Commission"
SH = "Sheldon Broadcasting, Ltd."
A["us-fcc-federal-register-sheldon-broadcasting-clear-channel-broadcasting-licenses-klfx-fm-nolanville-hearing-"
  "designation-2002"] = dict(
 # Organization: Federal Communications Commission ('the FCC', 'The Commission', 'the Commission', 'the Federal
 # Communications Commission's' -> name with aliases 'FCC', 'Commission'). Companies: the station KLFX(FM); Sheldon
 # Broadcasting, Ltd. ('(\u201cSheldon\u201d' -> alias 'Sheldon', the closing parenthesis missing in the text);
 # Clear Channel Broadcasting Licenses, Inc. ('(\u201cClear Channel\u201d)' -> alias 'Clear Channel'; here it
 # shortens the licensee's own name, no parent named). Locations: Nolanville, Texas. Not annotated: '47 U.S.C.
 # 309(e)' (a law), 'Hearing Designation Order' (an order), 'MM Docket No. 02-137'.
 entities=[E("Organization", FC, "FCC", "Commission"), E("Company", "KLFX(FM)"), E("Company", SH, "Sheldon"),
           E("Company", CCBL, "Clear Channel"), E("Location", "Nolanville"), E("Location", "Texas")],
 roles=[],
 # - acquired(Clear Channel Broadcasting Licenses, Inc., KLFX(FM)): 'the application to assign the license of radio
 #   station KLFX(FM) ... from Sheldon Broadcasting, Ltd. ... to Clear Channel Broadcasting Licenses, Inc.' (an
 #   agreed assignment awaiting the Commission's consent, set for hearing -> acquired only, 51zd's KAYD-FM and 54k's
 #   WUMX call; **doubtful**: 'The Commission cannot find ... that grant of this application is consistent with the
 #   public interest', so a reader may hold the deal as blocked, GUIDELINES -> none; it is not refused in the text,
 #   only set for hearing).
 # - parentOrganization(KLFX(FM), Sheldon Broadcasting, Ltd.): the assignor ('from Sheldon Broadcasting, Ltd.'; the
 #   lane's call, **doubtful** as above).
 # Near-misses: the hearing itself (no party named besides the applicants); no partner between the parties (a sale).
 relations=[L(CCBL, "acquired", "KLFX(FM)"), L("KLFX(FM)", "parentOrganization", SH)],
 outages=[],
 # 'June 5, 2002' (the order's adoption), 'July 10, 2002' (its release). Not dates: '02-137' in the docket number,
 # '309(e)'. `published` (2002-08-21) is not named in the text.
 dates=[D("June 5, 2002", "2002-06-05"), D("July 10, 2002", "2002-07-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
