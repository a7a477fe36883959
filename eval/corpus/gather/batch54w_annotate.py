#!/usr/bin/env python3
"""Gold for batch 54w (session 55, gatherer 54w): three FCC texts on radio licence assignments and transfers of 2000
and 2002 (the Commission's Federal Register notice of 10 October 2002 summarising its Hearing Designation Order on
the assignment of WAAM(AM), Ann Arbor, Michigan, from Whitehall Enterprises, Inc. to Clear Channel Broadcasting
Licenses, Inc., the GPO's frwebgate text; Commissioner Gloria Tristani's press statement of 2 June 2000 on the Mass
Media Bureau's grant of the transfer of WBNQ(FM), WBWN(FM) and WJBC(AM), Bloomington, Illinois, from Bloomington
Broadcast Holdings, Inc. to Citadel Communications Corp., a docslib.org copy; her press statement of 31 March 2000
on the Bureau's grant of the transfer of WRWC(FM), Rockford, Illinois, to RadioWorks, Inc., the FCC's ASCII file),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-54q of the lane; GUIDELINES section 2): an application pending before the Commission
(one sent to hearing included) and a transfer granted by the staff but not told as consummated -> acquired(buyer,
the station) only (51zd's KAYD-FM, 54k's WUMX and 54q's KLFX hearing designations; 52k's and 54q's grants); an
assignor or transferor -> parentOrganization(station, seller) ('from X', 51r-54q); radio stations -> Company (35l,
43v, 49m, 51e-54q); short names in parentheses and quotation marks -> aliases (the GPO's ``...'' marks as written);
in the Federal Register notice the Commission named in full with 'the FCC' and 'The Commission' -> Organization
'Federal Communications Commission' with aliases 'FCC' and 'Commission' (54q's KLFX); in the statements 'the
Commission' -> Organization 'Commission' (51j, 54q's orders) and 'Commissioner Gloria Tristani' -> Person with role
other at the Commission when the text names the Commission (GUIDELINES: commissioners -> other), no role when it
does not; 'Mass Media Bureau' ('The Mass Media Bureau has granted', 'the Bureau') -> Organization with alias
'Bureau', no parentOrganization to the Commission (51j: the text does not say 'of the Commission'); Arbitron named
in a market label -> Company (52zc, 53a; **doubtful**); place names -> Location, each once however often named;
laws and sections ('47 U.S.C. 309(e)', 'Section 310(d) of the Communications Act'), orders ('Hearing Designation
Order'), dockets, market shares and percentages -> no entity and no date; the release lines kept in the text
annotated as text; the `title` not annotated beyond what the text repeats.
usage: batch54w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
MMB = "Mass Media Bureau"

# ---- WAAM(AM), Ann Arbor: Whitehall Enterprises -> Clear Channel Broadcasting Licenses, hearing designation, FR ----
FC = "Federal Communications Commission"
CCBL = "Clear Channel Broadcasting Licenses, Inc."
WH = "Whitehall Enterprises, Inc."
A["us-fcc-federal-register-whitehall-enterprises-clear-channel-broadcasting-licenses-waam-ann-arbor-hearing-"
  "designation-2002"] = dict(
 # Organization: Federal Communications Commission ('the FCC', 'The Commission', 'the Commission', 'the Federal
 # Communications Commission's' -> the name with aliases 'FCC', 'Commission', as 54q's KLFX). Companies: the station
 # WAAM(AM); Whitehall Enterprises, Inc. ('(``Whitehall'')' -> alias 'Whitehall'); Clear Channel Broadcasting
 # Licenses, Inc. ('(``Clear Channel'')' -> alias 'Clear Channel'; here it shortens the licensee's own name, no
 # parent named). Locations: Ann Arbor, Michigan. Not annotated: '47 U.S.C. 309(e)' (a law), 'Hearing Designation
 # Order' (an order), 'MB Docket No. 02-284'.
 entities=[E("Organization", FC, "FCC", "Commission"), E("Company", "WAAM(AM)"), E("Company", WH, "Whitehall"),
           E("Company", CCBL, "Clear Channel"), E("Location", "Ann Arbor"), E("Location", "Michigan")],
 roles=[],
 # - acquired(Clear Channel Broadcasting Licenses, Inc., WAAM(AM)): 'the application to assign the license of radio
 #   station WAAM(AM) ... from Whitehall Enterprises, Inc. ... to Clear Channel Broadcasting Licenses, Inc.' (an
 #   agreed assignment awaiting the Commission's consent, set for hearing -> acquired only, the call of 51zd's
 #   KAYD-FM, 54k's WUMX and 54q's KLFX; **doubtful**: 'The Commission cannot find ... that grant of this
 #   application is consistent with the public interest', so a reader may hold the deal as blocked, GUIDELINES ->
 #   none; it is not refused in the text, only set for hearing).
 # - parentOrganization(WAAM(AM), Whitehall Enterprises, Inc.): the assignor ('from Whitehall Enterprises, Inc.'; the
 #   lane's call, **doubtful**: a reader may give the licence holder no ownership link).
 # Near-misses: the hearing itself (no party named besides the applicants); no partner between the parties (a sale);
 #   the Enforcement Bureau's Investigations and Hearing Division and its chief (address and contact fields, cut).
 relations=[L(CCBL, "acquired", "WAAM(AM)"), L("WAAM(AM)", "parentOrganization", WH)],
 outages=[],
 # 'September 16, 2002' (the order's adoption), 'September 18, 2002' (its release). Not dates: '02-284' in the
 # docket number, '309(e)'. `published` (2002-10-10) is not named in the text.
 dates=[D("September 16, 2002", "2002-09-16"), D("September 18, 2002", "2002-09-18")])

# ---- WBNQ(FM), WBWN(FM), WJBC(AM), Bloomington: Bloomington Broadcast Holdings -> Citadel, Tristani statement ----
GT = "Gloria Tristani"
BBH = "Bloomington Broadcast Holdings, Inc."
CIT = "Citadel Communications Corp."
ST3 = ("WBNQ(FM)", "WBWN(FM)", "WJBC(AM)")
A["us-fcc-commissioner-tristani-statement-bloomington-broadcast-holdings-citadel-communications-wbnq-wbwn-wjbc-"
  "transfer-2000"] = dict(
 # Person: Gloria Tristani ('Press Statement of Commissioner Gloria Tristani'; the speaker, 'I'). Organizations: the
 # Mass Media Bureau ('The Mass Media Bureau', 'The Bureau\u2019s', 'the Bureau' -> alias 'Bureau'); the Commission
 # ('there is no basis on which the Commission could deny': the FCC, named only so -> 'Commission', as the lane's
 # orders). Companies: the stations WBNQ(FM), WBWN(FM), WJBC(AM); Bloomington Broadcast Holdings, Inc. (the
 # transferor, named once in parentheses); Citadel Communications Corp. (the transferee); Arbitron ('the Bloomington
 # Arbitron market': the ratings company whose market definition the statement uses -> Company, 52zc's and 53a's
 # call; **doubtful**: a reader may take 'Bloomington Arbitron market' as one label and annotate no company).
 # Locations: Bloomington, Illinois ('Bloomington, Illinois', 'in Bloomington', 'the Bloomington Arbitron market':
 # one entity each). Not annotated: 'Section 310(d) of the Communications Act' (a law), 'one entity', 'another',
 # 'the listening public', the percentages.
 entities=[E("Person", GT), E("Organization", MMB, "Bureau"), E("Organization", "Commission"),
           E("Company", ST3[0]), E("Company", ST3[1]), E("Company", ST3[2]), E("Company", BBH), E("Company", CIT),
           E("Company", "Arbitron"), E("Location", "Bloomington"), E("Location", "Illinois")],
 # 'Commissioner Gloria Tristani' -> other at the Commission (GUIDELINES: commissioners -> other; the text names
 # 'the Commission'), current (the day of the statement).
 roles=[R(GT, "other", "Commission")],
 # - acquired(Citadel Communications Corp., WBNQ(FM)), (..., WBWN(FM)), (..., WJBC(AM)): 'The Mass Media Bureau has
 #   granted a license transfer of WBNQ(FM), WBWN(FM) and WJBC(AM)', 'the transfer of an existing station
 #   combination from one entity (Bloomington Broadcast Holdings, Inc.) to another (Citadel Communications Corp.)'
 #   (granted, consummation not told -> acquired only, 52k's and 54q's call for grants; **doubtful**: the station
 #   names and the parties stand in different sentences, joined by 'this case' and 'such a transfer'; a reader may
 #   add parentOrganization(station, Citadel) on the grant).
 # - parentOrganization(WBNQ(FM), ...), (WBWN(FM), ...), (WJBC(AM), Bloomington Broadcast Holdings, Inc.): the
 #   transferor of the 'existing station combination' (the lane's seller call, **doubtful** as in the orders).
 # Near-misses: the Mass Media Bureau and the Commission (no 'of the Commission' in the text: no parentOrganization,
 #   51j); 'permit one entity to control ... 90.5% of the market revenue' (market share, no relation); Arbitron (its
 #   market named, no contract told: no relation).
 relations=[L(CIT, "acquired", s) for s in ST3] + [L(s, "parentOrganization", BBH) for s in ST3],
 outages=[],
 # 'June 2, 2000' (the release line, = `published`). Not dates: '310(d)', '90.5%', 'over 90%'.
 dates=[D("June 2, 2000", "2000-06-02")])

# ---- WRWC(FM), Rockford: -> RadioWorks, Tristani statement ----
GTC = "GLORIA TRISTANI"
A["us-fcc-commissioner-tristani-statement-radioworks-wrwc-fm-rockford-transfer-2000"] = dict(
 # Person: 'PRESS STATEMENT OF COMMISSIONER GLORIA TRISTANI' -> 'GLORIA TRISTANI' (the one surface form, capitals as
 # written). Organization: the Mass Media Bureau (once; 'the Bureau' is in the cut sentence). Companies: the station
 # WRWC(FM); RadioWorks ('RadioWorks'' market share', possessive-free; the title's 'RadioWorks, Inc.' is not in the
 # text); Cumulus ('a duopoly with Cumulus (45.1% market share)': the other radio owner of the market -> Company).
 # Locations: Rockford, Illinois. Salter Broadcasting, the seller, is named only in the `title` (not annotated).
 entities=[E("Person", GTC), E("Organization", MMB), E("Company", "WRWC(FM)"), E("Company", "RadioWorks"),
           E("Company", "Cumulus"), E("Location", "Rockford"), E("Location", "Illinois")],
 # No role: 'COMMISSIONER GLORIA TRISTANI' names no Commission in the kept text (the letterhead with 'Federal
 # Communications Commission' is cut) and the org must be an annotated entity; **doubtful**: a reader may want
 # other at the FCC, which the text does not name.
 roles=[],
 # - acquired(RadioWorks, WRWC(FM)): 'The Mass Media Bureau has granted a license transfer of WRWC(FM)', 'With this
 #   transfer, RadioWorks' market share jumps from 35.2% to 49.8%' (the buyer told by the share it gains; granted,
 #   consummation not told -> acquired only; **doubtful**: the text never says 'to RadioWorks' in so many words,
 #   the title does).
 # Near-misses: 'creating a duopoly with Cumulus' (two competitors holding the market: no partner, no relation);
 #   no seller in the text (no parentOrganization for WRWC(FM)); the percentages.
 relations=[L("RadioWorks", "acquired", "WRWC(FM)")],
 outages=[],
 # 'March 31, 2000' (the release line, = `published`). Not dates: '94.9%', '35.2%', '49.8%', '45.1%'.
 dates=[D("March 31, 2000", "2000-03-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
