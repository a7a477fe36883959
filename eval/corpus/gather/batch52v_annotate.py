#!/usr/bin/env python3
"""Gold for batch 52v (session 53, gatherer 52v): two FCC radio-licence letters of 2008 and 2012 (the Audio Division's
letter DA 08-556 of 12 March 2008 on the application to assign noncommercial educational station WKCP(FM) (formerly
WMCU(FM)), Miami, from Trinity International Foundation, Inc. to American Public Media Group, opposed by listeners'
petition and objections; the Audio Division's letter DA 12-1979 of 7 December 2012 denying Connoisseur Media of Long
Island, LLC's informal objection and granting the assignment of WOR(AM), New York, from Buckley Broadcasting/WOR, LLC
to AMFM Radio Licenses, LLC, a subsidiary of Clear Channel Communications, Inc. -- both the FCC's own text files),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-52t of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell, and an application pending before the Commission -> acquired(assignee, the station) only
(44k, 50c-52t); the assignor of a station's licence and the holder of a licence it applies to renew ('application of
AMFM for renewal of the license for station WHTZ(FM)') -> parentOrganization(S, X) (51e's to 52t's licensee call;
**doubtful**: a reader may give the licence holder no ownership link); 'X, a subsidiary of Y' ->
parentOrganization(X, Y) (GUIDELINES); radio stations -> Company (35l, 43v, 49m, 51e-52t); licensees and buyers that
are nonprofit bodies ('Trinity International Foundation, Inc.', 'American Public Media Group') and a station trust
('Aloha Station Trust') -> Company, as 52p's Radio Training Network and 52t's Riverside (**doubtful**: GUIDELINES puts
NGOs under Organization); a station's former call sign ('(formerly WMCU(FM))') -> alias (GUIDELINES: former names are
aliases); short names in parentheses or quotation marks ('(\u201cBuckley\u201d)', '(the \u201cStation\u201d)') ->
aliases (52p's W244BC 'Station'); place names -> Location, a state's abbreviation ('FL', 'NJ') its own Location as
written (51r, 51zd, 52p, 52t; **doubtful**); 'New York, New York' (city and state written alike) -> one Location 'New
York' (**doubtful**: a reader may hold two entities of one surface form, which the gold format cannot tell apart);
'we' (the Division, unnamed in the kept text) -> no entity; objectors (listeners, a rival broadcaster) -> no relation;
files, facility IDs, rules, applications, petitions and objections not annotated; the 'In re:' lines kept as `title`
not annotated beyond what the text repeats.
usage: batch52v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WKCP(FM), Miami: Trinity International Foundation, Inc. -> American Public Media Group (DA 08-556), 2008-03-12 --
WKCP = "WKCP(FM)"
TRIN = "Trinity International Foundation, Inc."
APMG = "American Public Media Group"
A["us-fcc-trinity-international-foundation-american-public-media-group-wkcp-fm-miami-assignment-petition-to-deny-letter-2008"] = dict(
 # Companies: WKCP(FM) (the 'In re:' line and 'Station WKCP(FM)'; '(formerly WMCU(FM))' -> alias 'WMCU(FM)', a former
 # call sign; '(the \u201cStation\u201d)' and 'Station listeners' twice -> alias 'Station', the letter's defined short
 # name, as 52p's W244BC; **doubtful**: a reader may hold 'Station' a generic noun); Trinity International Foundation,
 # Inc. (the 'In re:' line and the body; '(\u201cTrinity\u201d)' -> alias; a nonprofit foundation typed Company as the
 # lane's licensees, **doubtful** as in the docstring); American Public Media Group ('(\u201cAPMG\u201d)' -> alias;
 # likewise **doubtful**). Locations: Miami (twice), FL (the 'In re:' line, as written), Florida. Not annotated:
 # 'noncommercial educational (\u201cNCE\u201d)' (a class of station), 'Application', 'Petition to Deny', 'informal
 # objections' (filings), 'Petitioners' and 'Objectors' (the unnamed listeners' defined names: no named party), 'we'
 # (the Division, unnamed in the kept text), the facility and file numbers.
 entities=[E("Company", WKCP, "WMCU(FM)", "Station"), E("Company", TRIN, "Trinity"), E("Company", APMG, "APMG"),
           E("Location", "Miami"), E("Location", "FL"), E("Location", "Florida")],
 # No person is named in the kept text (counsel in the addressee block were left out; the listeners are unnamed).
 roles=[],
 # - acquired(American Public Media Group, WKCP(FM)): 'the proposed assignment of license for ... Station WKCP(FM)
 #   ... from Trinity International Foundation, Inc. ... to American Public Media Group' (an agreed sale before the
 #   Division, the decision past the excerpt -> acquired only, as 52p's WBUI(TV); **doubtful**: a reader may hold an
 #   application under challenge, its outcome untold, as no agreed purchase).
 # - parentOrganization(WKCP(FM), Trinity International Foundation, Inc.): the assignor of the licence, named beside
 #   the station in the 'In re:' line (the lane's licensee call; **doubtful** as in the docstring).
 # Near-misses: the listeners' petition to deny and informal objections (unnamed objectors: no entity, no relation);
 #   no partner between Trinity and APMG (a sale); WMCU(FM) not a separate station (a former call sign of the same
 #   one).
 relations=[L(APMG, "acquired", WKCP), L(WKCP, "parentOrganization", TRIN)],
 outages=[],
 # 'March 12, 2008' (the release line, = `published`); 'November 2, 2007' (the petition's filing); 'October 1, 2007'
 # and 'February 15, 2008' (the objections' span, each its own date). Not dates: '20070928' inside the file number,
 # 'DA 08-556' (left out).
 dates=[D("March 12, 2008", "2008-03-12"), D("November 2, 2007", "2007-11-02"), D("October 1, 2007", "2007-10-01"),
        D("February 15, 2008", "2008-02-15")])

# ---- WOR(AM), New York: Buckley Broadcasting/WOR, LLC -> AMFM Radio Licenses, LLC (DA 12-1979), 2012-12-07 ----------
WOR = "WOR(AM)"
BUCK = "Buckley Broadcasting/WOR, LLC"
AMFM = "AMFM Radio Licenses, LLC"
CC = "Clear Channel Communications, Inc."
A["us-fcc-buckley-broadcasting-wor-amfm-radio-licenses-clear-channel-wor-am-new-york-assignment-connoisseur-objection-letter-2012"] = dict(
 # Companies: WOR(AM) (the 'In re:' line and the body); Buckley Broadcasting/WOR, LLC ('(\u201cBuckley\u201d)' ->
 # alias; the name kept whole with its slash); AMFM Radio Licenses, LLC ('(\u201cAMFM\u201d)', 'AMFM' three times more
 # -> alias; 'AMFM Applications' is the letter's defined name for two filings, not a mention of its own); Clear
 # Channel Communications, Inc. ('(\u201cClear Channel\u201d)', 'former Clear Channel stations' -> alias 'Clear
 # Channel'); WHTZ(FM) (the 'In re:' line and the body); Connoisseur Media of Long Island, LLC
 # ('(\u201cConnoisseur\u201d)' -> alias; 'Long Island' inside its name is no Location mention); Aloha Station Trust
 # ('(\u201cAST\u201d)', 'AST' -> alias; a trust holding stations for divestiture, typed Company as the lane's
 # licensees, **doubtful**: a reader may type it Organization). Locations: New York ('New York, New York' in the 'In
 # re:' line and the body: city and state written alike, one entity, **doubtful** as in the docstring), Newark (twice),
 # NJ (the 'In re:' line, as written), New Jersey. Not annotated: 'Assignment Application', 'Renewal Application',
 # 'AMFM Applications', 'Informal Objection' (filings, their defined names), 'we' (the Division, unnamed in the kept
 # text), the facility and file numbers.
 entities=[E("Company", WOR), E("Company", BUCK, "Buckley"), E("Company", AMFM, "AMFM"),
           E("Company", CC, "Clear Channel"), E("Company", "WHTZ(FM)"),
           E("Company", "Connoisseur Media of Long Island, LLC", "Connoisseur"),
           E("Company", "Aloha Station Trust", "AST"), E("Location", "New York"), E("Location", "Newark"),
           E("Location", "NJ"), E("Location", "New Jersey")],
 # No person is named in the kept text (counsel in the addressee block were left out) -> no role.
 roles=[],
 # - acquired(AMFM Radio Licenses, LLC, WOR(AM)): 'the proposed assignment of the license for station WOR(AM) ...
 #   from Buckley Broadcasting/WOR, LLC ... to AMFM Radio Licenses, LLC', 'we deny the Informal Objection and grant the
 #   Assignment Application' (granted, consummation not told -> acquired only; the buyer is the licensee subsidiary,
 #   not Clear Channel itself: no acquired(Clear Channel, WOR(AM)), **doubtful**: a reader may credit the parent).
 # - parentOrganization(WOR(AM), Buckley Broadcasting/WOR, LLC): the assignor of the licence (the lane's licensee
 #   call; **doubtful** as in the docstring).
 # - parentOrganization(AMFM Radio Licenses, LLC, Clear Channel Communications, Inc.): 'AMFM Radio Licenses, LLC
 #   (\u201cAMFM\u201d), a subsidiary of Clear Channel Communications, Inc.' (stated).
 # - parentOrganization(WHTZ(FM), AMFM Radio Licenses, LLC): 'the above-referenced application of AMFM for renewal of
 #   the license for station WHTZ(FM)' (the renewing licensee, the lane's licensee call; **doubtful**: licensee status
 #   is implied by the renewal application, not written as 'licensee of').
 # Near-misses: 'former Clear Channel stations currently held by Aloha Station Trust' (no station named; the trust's
 #   tie to Clear Channel is not stated: no relation, **doubtful**: a reader may give AST Clear Channel as parent or
 #   a past link); Connoisseur's informal objection (a rival broadcaster objecting: no relation); 'AST and AMFM each
 #   filed responsive pleadings' (separate filings: no partner); no partner between Buckley and AMFM (a sale).
 relations=[L(AMFM, "acquired", WOR), L(WOR, "parentOrganization", BUCK), L(AMFM, "parentOrganization", CC),
            L("WHTZ(FM)", "parentOrganization", AMFM)],
 outages=[],
 # 'December 7, 2012' (the release line, = `published`); 'September 19, 2012' (the objection's filing). Not dates:
 # '20120816' and '20060201' inside the file numbers, 'DA 12-1979' (left out).
 dates=[D("December 7, 2012", "2012-12-07"), D("September 19, 2012", "2012-09-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
