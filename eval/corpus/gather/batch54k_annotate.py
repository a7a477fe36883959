#!/usr/bin/env python3
"""Gold for batch 54k (session 55, gatherer 54k): three FCC texts on radio licence assignments (the Commission's
Memorandum Opinion and Order FCC 02-62 released 19 March 2002 finding grantable the assignment of WMLF(AM), WVRK(FM),
WPNX(AM), WGSY(FM), WAGH(FM) and WBFA(FM) from Cumulus Licensing Corp. to Clear Channel Broadcasting Licenses, Inc., a
docslib.org copy; the Commission's news release of 19 March 2002 on designating for hearing the assignment of
WUMX(FM), Charlottesville, from Air Virginia, Inc. to Clear Channel Radio Licenses, Inc.; the Audio Division's letter
DA 12-871 of 4 June 2012 dismissing the application for the involuntary assignment of WEGA(AM), Vega Baja, Puerto
Rico, from A Radio Company, Inc. to Carmelo Santiago Roman), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n-54c of the lane; GUIDELINES section 2): an assignment found grantable but not told as
consummated, and an application pending before the Commission (one sent to hearing included) -> acquired(assignee,
the station) only (52k's KMJI, 51zd's KAYD-FM hearing designation, 53za's WINU); an assignor or a station's stated
licensee -> parentOrganization(station, licensee) ('from X to Y', 'the licensee, A Radio'; 51r-54c); a dismissed
application to assign a licence to a person -> no relation (GUIDELINES: a blocked deal and a person as buyer: none);
owners who are Persons ('100 per cent owner of') -> no relation (51zg, 52d, 52k); radio stations -> Company (35l, 43v,
49m, 51e-54c); short names in parentheses and quotation marks ('(\u201cClear Channel\u201d)', '(\u201cA Radio\u201d)',
'(FCC)') -> aliases; defined generic terms ('the \u201cCumulus Stations\u201d', '\u201cClear Channel Application\u201d',
'the \u201cApplication\u201d', 'the \u201cStation\u201d', 'the \u201cPetition\u201d') -> not annotated; in the
Commission's order, 'By the Commission' -> Organization 'Commission' and Commissioners -> Person with role other,
'Chairman Powell' -> chairman (52k; GUIDELINES: commissioners -> other); in the news release the Commission named in
full -> Organization 'Federal Communications Commission' with alias 'FCC' (45c); in the Audio Division's letter 'for
Commission consent' (the FCC not named) -> not annotated (53zd, 54c); place names -> Location, each once however
often named; laws and rules ('Section 309(e) of the Communications Act'), rulemaking documents ('Local Radio Ownership
NPRM', 'FCC 01-329', 'the Notice of Proposed Rulemaking in MM Docket No. 01-317'), orders ('a Hearing Designation
Order'), the interim policy, files, dockets and facility numbers -> no entity and no date; the date line, release
line and 'In re:' line kept in the text annotated as text; the `title` not annotated beyond what the text repeats.
usage: batch54k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WMLF, WVRK, WPNX, WGSY, WAGH, WBFA: Cumulus Licensing Corp. -> Clear Channel Broadcasting Licenses, FCC 02-62 ----
CM = "Commission"
CCBL = "Clear Channel Broadcasting Licenses, Inc."
CUM = "Cumulus Licensing Corp."
ST = ["WMLF(AM)", "WVRK(FM)", "WPNX(AM)", "WGSY(FM)", "WAGH(FM)", "WBFA(FM)"]
A["us-fcc-cumulus-licensing-clear-channel-broadcasting-licenses-wmlf-wvrk-columbus-phenix-city-assignments-order-2002"] = dict(
 # Organization: the Commission ('By the Commission'; 'we' the Commission speaking: a pronoun). Persons: 'Chairman
 # Powell' -> 'Powell', 'Commissioners Abernathy and Martin' -> 'Abernathy', 'Martin', 'Commissioner Copps' ->
 # 'Copps' (surnames only, as 52k's 'Copps'). Companies: Clear Channel Broadcasting Licenses, Inc. ('(\u201cClear
 # Channel\u201d)' -> alias 'Clear Channel'; here it shortens the licensee's own name, no parent named in the kept
 # text, unlike 52k's KMJI); Cumulus Licensing Corp. ('(\u201cCumulus\u201d)' -> alias); the six stations WMLF(AM),
 # WVRK(FM), WPNX(AM), WGSY(FM), WAGH(FM), WBFA(FM). Locations: Columbus, Georgia, Phenix City, Alabama, Ft. Mitchell,
 # Smiths (as written; 'Alabama' named three times, one entity). Not annotated: 'the \u201cCumulus Stations\u201d'
 # and '\u201cClear Channel Application\u201d' (defined terms; the first holds the name 'Cumulus' only as the
 # defined term's word, **doubtful**: a reader may mark it as a further mention of Cumulus, which changes no item);
 # 'MM Docket No. 01-317', 'Local Radio Ownership NPRM' (a rulemaking document), 'the interim policy'. The caption's
 # Solar Broadcasting Company, Inc., WSTH-FM, WDAK(AM), Alexander City are in `title` only (not annotated).
 entities=[E("Organization", CM), E("Person", "Powell"), E("Person", "Abernathy"), E("Person", "Martin"),
           E("Person", "Copps"), E("Company", CCBL, "Clear Channel"), E("Company", CUM, "Cumulus")]
          + [E("Company", s) for s in ST]
          + [E("Location", n) for n in ("Columbus", "Georgia", "Phenix City", "Alabama", "Ft. Mitchell", "Smiths")],
 # 'Chairman Powell' -> chairman at the Commission; 'Commissioners Abernathy and Martin', 'Commissioner Copps' ->
 # other at the Commission (GUIDELINES), all current (the day of the order).
 roles=[R("Powell", "chairman", CM), R("Abernathy", "other", CM), R("Martin", "other", CM), R("Copps", "other", CM)],
 # - acquired(Clear Channel Broadcasting Licenses, Inc., S) for the six stations: 'applications of Clear Channel
 #   Broadcasting Licenses, Inc. ... to acquire the licenses of stations WMLF(AM) and WVRK(FM) ... and WBFA(FM) ...
 #   from Cumulus Licensing Corp.', 'we find that grant of these applications is consistent with the public
 #   interest' (found grantable, consummation not told -> acquired only, 52k's KMJI call; **doubtful**: a reader may
 #   add parentOrganization(S, Clear Channel) on the grant).
 # - parentOrganization(S, Cumulus Licensing Corp.) for the six stations: the assignor of the licences (the lane's
 #   assignor call; **doubtful**: a reader may give the licence holder no ownership link).
 # Near-misses: Cumulus's own applications to acquire WSTH-FM and WDAK(AM) from Solar Broadcasting (caption and the
 #   cut sentence only, dismissed at Cumulus's request: none, and not in the text); the dissent and separate
 #   statements (no relation); no partner between the parties (a sale).
 relations=[L(CCBL, "acquired", s) for s in ST] + [L(s, "parentOrganization", CUM) for s in ST],
 outages=[],
 # 'February 21, 2002' (adoption) and 'March 19, 2002' (release, = `published`), both in the date line. Not dates:
 # '01-317' in the docket number.
 dates=[D("February 21, 2002", "2002-02-21"), D("March 19, 2002", "2002-03-19")])

# ---- WUMX(FM), Charlottesville: Air Virginia -> Clear Channel Radio Licenses, designated for hearing, news release --
FC = "Federal Communications Commission"
WUMX = "WUMX(FM)"
AV = "Air Virginia, Inc."
CCRL = "Clear Channel Radio Licenses, Inc."
A["us-fcc-air-virginia-clear-channel-radio-licenses-wumx-fm-charlottesville-hearing-designation-news-release-2002"] = dict(
 # Organization: Federal Communications Commission ('(FCC)' -> alias 'FCC', six times). Companies: the station
 # WUMX(FM); Air Virginia, Inc. (the assignor); Clear Channel Radio Licenses, Inc. (the assignee). Locations:
 # Washington, DC (the dateline, one entity as 45c's 'Washington, D.C.'), Charlottesville (twice: 'WUMX(FM),
 # Charlottesville, Virginia', 'the Charlottesville radio market'), Virginia. Not annotated: 'Section 309(e) of the
 # Communications Act' (a law), 'a Hearing Designation Order' (an order), 'the Local Radio Ownership NPRM, FCC 01-329'
 # (a rulemaking document), 'the interim policy', 'effective competitors' (unnamed).
 entities=[E("Organization", FC, "FCC"), E("Company", WUMX), E("Company", AV), E("Company", CCRL),
           E("Location", "Washington, DC"), E("Location", "Charlottesville"), E("Location", "Virginia")],
 roles=[],
 # - acquired(Clear Channel Radio Licenses, Inc., WUMX(FM)): 'the application to assign radio station WUMX(FM) ...
 #   from Air Virginia, Inc. to Clear Channel Radio Licenses, Inc.', 'the proposed transaction' (an agreed assignment
 #   awaiting the Commission's consent -> acquired only, 51zd's KAYD-FM hearing-designation call; **doubtful**: the
 #   FCC 'was unable to find that the application served the public interest' and sends it to hearing, so a reader
 #   may hold the deal as blocked, GUIDELINES -> none; it is not refused in the text, only set for hearing).
 # - parentOrganization(WUMX(FM), Air Virginia, Inc.): the assignor of the licence ('from Air Virginia, Inc.'; the
 #   lane's assignor call; **doubtful** as above).
 # Near-misses: 'reducing the number of effective competitors in the Charlottesville radio market from three to two'
 #   (unnamed competitors); no partner between the parties (a sale).
 relations=[L(CCRL, "acquired", WUMX), L(WUMX, "parentOrganization", AV)],
 outages=[],
 # 'March 19, 2002' (the release's date, = `published`); 'Today' (the day of the release) -> 2002-03-19; '1969' in
 # 'since 1969' -> 1969 (the year of the last such case); 'November 8, 2001' (the interim policy's adoption). Not
 # dates: '01-329' in 'FCC 01-329', '309(e)'.
 dates=[D("March 19, 2002", "2002-03-19"), D("Today", "2002-03-19"), D("1969", "1969"),
        D("November 8, 2001", "2001-11-08")])

# ---- WEGA(AM), Vega Baja: A Radio Company, Inc. -> Carmelo Santiago Roman, involuntary assignment dismissed, DA 12-871 -
WEGA = "WEGA(AM)"
AR = "A Radio Company, Inc."
VM = "VI/MAN Broadcasting System Corp."
RO = "Carmelo Santiago Roman"
A["us-fcc-a-radio-company-wega-am-vega-baja-involuntary-assignment-roman-dismissed-letter-2012"] = dict(
 # Companies: the station WEGA(AM) ('In re:' line and body; 'the \u201cStation\u201d' a defined generic term, no
 # alias); A Radio Company, Inc. ('(\u201cA Radio\u201d)', 'filed by A Radio', 'the licensee, A Radio' -> alias 'A
 # Radio'); VI/MAN Broadcasting System Corp. ('(\u201cVI/MAN\u201d)' -> alias). Person: Carmelo Santiago Roman
 # ('(\u201cRoman\u201d)' -> alias 'Roman'). Locations: Vega Baja, Puerto Rico (the 'In re:' line, the body, and 'a
 # Puerto Rico court-ordered judgment': one entity). Not annotated: 'Commission consent' (the FCC, not named in the
 # kept text; 54c), the Application, the Petition, the judgment (no names).
 entities=[E("Company", WEGA), E("Company", AR, "A Radio"), E("Company", VM, "VI/MAN"), E("Person", RO, "Roman"),
           E("Location", "Vega Baja"), E("Location", "Puerto Rico")],
 # 'Carmelo Santiago Roman (\u201cRoman\u201d), President and 100 per cent owner of VI/MAN Broadcasting System Corp.'
 # -> president at VI/MAN, current.
 roles=[R(RO, "president", VM)],
 # - parentOrganization(WEGA(AM), A Radio Company, Inc.): 'the involuntary assignment of the license of Station
 #   WEGA(AM) ... from A Radio Company, Inc.' and 'the licensee, A Radio' (the stated licensee).
 # Near-misses: the involuntary assignment of the licence to Roman (a person as assignee, and the application is
 #   dismissed as patently defective: no acquired); Roman as '100 per cent owner of' VI/MAN (an owner who is a Person:
 #   no relation, 52k's call; his title gives the role); A Radio's petition to deny (the licensee objecting to its
 #   own involuntary assignment: no relation); the Puerto Rico court's judgment against A Radio (no court named in
 #   the kept text).
 relations=[L(WEGA, "parentOrganization", AR)],
 outages=[],
 # 'June 4, 2012' (the 'Released:' line, = `published`); 'February 9, 2012' (the Petition's filing). Not dates:
 # '20120106' inside the file number, '69853' the facility number.
 dates=[D("June 4, 2012", "2012-06-04"), D("February 9, 2012", "2012-02-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
