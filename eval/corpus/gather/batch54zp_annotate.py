#!/usr/bin/env python3
"""Gold for batch 54zp (session 55, gatherer 54zp): one FCC text on a television deal of 2001 (the Mass Media Bureau's
letter decision DA 01-1250 of 21 May 2001 on the applications to transfer control of 13 licenses held by wholly owned
subsidiaries of USA Broadcasting, Inc. to Univision Communications, Inc., with Urban Broadcasting Corporation's
petition to deny; a docslib.org copy), written from the text alone; newskg was not run on it. The split follows the
fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against
`published` (none relative here).
Conventions (batches 15f, 43n-54zi of the lane; GUIDELINES section 2): a transfer of control of licenses held by
'various wholly owned subsidiaries of X' to Y, the subsidiaries unnamed -> no acquired and no parentOrganization (X is
the transferor, not the target; the licensees are not named: 54zi's call gives acquired(transferee, each licensee
named) only where the text names them); 'X, the permittee of station S' -> parentOrganization(S, X) (the lane's
licensee call applied to a permit holder, as 54q's WMUI(FM) and the KHBC(TV) files; **doubtful** there and here);
'X has a ... contractual relationship with Y' -> partner(X, Y) (GUIDELINES: a contract relation between two named
organisations; direction as written); 'a nonvoting stock interest' -> no parentOrganization (no control; the lane's
non-voting stock near-misses); radio and TV stations -> Company (35l, 43v, 49m, 51e-54zi); short names in parentheses
-> aliases; the Commission named only as 'the Commission' -> Organization 'Commission' (54zd, 54zi); 'Chief Executive
Officer ... of X' -> ceo at X; a person named only as a cited decision's caption ('Roy M. Speer, 11 FCC Rcd 18393
(1996)') -> Person, no role (case names annotated as the lane's and the DOJ lanes' calls; **doubtful**); 'City, State'
-> two Locations, 'New York, New York' one Location 'New York' (42k, 43l and later); the cited decision's year
'(1996)' -> a date (the lane's '(1996)' call); rule sections, file numbers and counts -> no entity and no date; the
date line kept in the text annotated as text; the `title` not annotated beyond what the text repeats.
usage: batch54zp_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zp/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- USA Broadcasting subsidiaries -> Univision Communications, DA 01-1250 (Urban Broadcasting's petition) ----
USAB = "USA Broadcasting, Inc."
UNI = "Univision Communications, Inc."
URB = "Urban Broadcasting Corporation"
WTMW = "WTMW(TV)"
A["us-fcc-usa-broadcasting-univision-communications-urban-broadcasting-wtmw-transfer-of-control-letter-2001"] = dict(
 # Organization: the Commission ('the Commission addressed' -> 'Commission', the word only; the letter's writer, the
 # Mass Media Bureau, is not named in the kept text: 'we will consider'). Companies: USA Broadcasting, Inc. ('(USA
 # Broadcasting)' and 'USA Broadcasting has' -> alias); Univision Communications, Inc. ('(Univision)', 'Univision
 # challenges', 'Univision requests' -> alias); Urban Broadcasting Corporation ('(Urban)', "Urban's standing",
 # "Urban's arguments" -> alias 'Urban'); WTMW(TV) (the station: Company, the lane's call). Persons: Theodore M. White
 # (the petitioner's CEO); Roy M. Speer (named only as the caption of the cited 1996 Commission decision; **doubtful**:
 # a reader may hold a case citation no mention of the person; '(Speer III)' is the decision's short name, not an
 # alias of the person -> left out). Locations: Arlington, Virginia ('WTMW(TV), Arlington, Virginia': two); New York
 # ('the New York, New York DMA': one Location, city and state alike spelt -- the lane's call). Not annotated: '13
 # licenses', 'various wholly owned subsidiaries' (unnamed), 'Note 5 of the television duopoly rule', '47 C.F.R.
 # \u00a773.3587', '\u00a773.3555(b)', '11 FCC Rcd 18393', 'DMA'.
 entities=[E("Organization", "Commission"), E("Company", USAB, "USA Broadcasting"), E("Company", UNI, "Univision"),
           E("Company", URB, "Urban"), E("Company", WTMW), E("Person", "Theodore M. White"),
           E("Person", "Roy M. Speer"), E("Location", "Arlington"), E("Location", "Virginia"),
           E("Location", "New York")],
 # 'Theodore M. White, Chief Executive Officer and sole voting shareholder of Urban Broadcasting Corporation' -> ceo
 # at Urban Broadcasting Corporation (current: the post as he filed; 'sole voting shareholder' -> no role title).
 roles=[R("Theodore M. White", "ceo", URB)],
 # - parentOrganization(WTMW(TV), Urban Broadcasting Corporation): 'Urban Broadcasting Corporation (Urban), the
 #   permittee of WTMW(TV)' (the lane's licensee/permittee call; **doubtful**: a permit holder of a station, and a
 #   reader may not give a station an owner at all).
 # - partner(USA Broadcasting, Inc., Urban Broadcasting Corporation): 'USA Broadcasting has a nonvoting stock interest
 #   in and contractual relationship with Urban' (a contract relation between two named organisations, direction as
 #   written; **doubtful**: the contract is not said to be a supply, customer or partnership deal -- a reader may
 #   leave it out).
 # Near-misses: acquired(Univision Communications, Inc., USA Broadcasting, Inc.) -- the transfer is of control of 13
 #   licenses held by USA Broadcasting's unnamed wholly owned subsidiaries, USA Broadcasting the transferor, not the
 #   company bought (**doubtful**: a reader may give acquired(Univision, USA Broadcasting) for the deal as a whole);
 #   parentOrganization(Urban, USA Broadcasting) -- 'a nonvoting stock interest' (no control); the Commission (named
 #   only as the body that addressed Speer III); the footnotes' WHSL(TV), KTVJ(TV), KPST-TV and Urban's assignment of
 #   WTMW(TV) to a Univision subsidiary (cut with the footnotes).
 relations=[L(WTMW, "parentOrganization", URB), L(USAB, "partner", URB)],
 outages=[],
 # 'May 21, 2001' (the date line, = `published`), 'March 2, 2001' (the petition's filing), '1996' (the cited
 # decision's year, '(1996)').
 dates=[D("May 21, 2001", "2001-05-21"), D("March 2, 2001", "2001-03-02"), D("1996", "1996")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
