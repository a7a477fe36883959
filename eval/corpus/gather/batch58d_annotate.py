#!/usr/bin/env python3
"""Batch 58d gold annotations (the texts of batch58d.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-jla-washstation-university-laundry-merger-must-sell-2018 -> test,
uk-cma-mcgraw-hill-cengage-merger-case-page-reference-cancelled-2020 -> train,
uk-cma-tarmac-trading-crh-alun-griffiths-merger-case-page-2018 -> dev. `published` 2018-10-11 for the JLA / Washstation
news story (the page store's date); null for both case pages (no 'Published / Last updated' line in their excerpts),
so only absolute dates are listed for them.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a,
56g, 56m, 57c, 57h and 57t): the regulator an Organization 'Competition and Markets Authority' with alias 'CMA' where
the text spells it out (41a, 55zc, 56m, 57c, 57t), named 'CMA' where the text never does (the case pages of 55o, 56a
and 57h); a purchase the text tells as done ('takeover in May 2017', 'the completed acquisition by X of Y') ->
`acquired` AND parentOrganization(target, buyer); an 'anticipated acquisition' -> `acquired` only (agreed, not
completed: GUIDELINES part 2; 57c's 'anticipated purchase', 57h's 'proposed purchase'); 'X through its subsidiary Y' ->
parentOrganization(Y, X); an order to sell a business the text names only as a part of a company ('Washstation's higher
education business') -> nothing (no named company, no buyer); a CMA 'Inquiry Chair' or a group's '(Chair)' ->
chairman at the CMA, the group's other members -> other at the CMA (55o, 55t, 56a, 57h); 'the United Kingdom' in the
case pages' stock sentence -> Location (as the PayPal / iZettle case page in train); 'Enterprise Act 2002' a law (no
entity, and its year no date: 56a); dates with `published` null only absolute ones, a span 'A to B Month Year' giving
its end date as one item (55t). No outage in any text.
usage: batch58d_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather59d/pool /tmp/gather59d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- JLA / Washstation, university laundry, phase 2 final decision (published 2018-10-11) --------------------------
CMA_N = "Competition and Markets Authority"
JLA = "JLA"
WS = "Washstation"
A["uk-cma-jla-washstation-university-laundry-merger-must-sell-2018"] = dict(
 # 'the Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' ('a CMA group', 'the CMA' three
 # times, 'The CMA thoroughly monitors'). Companies: 'JLA' (also "JLA’s"; named only so), 'Washstation' (also
 # "Washstation’s"; named only so). 'JLA / Washstation' (twice) is the merged pair named by both names, no entity
 # of its own and no alias of either. Person: 'Stuart McIntosh'. Location: 'UK' ('across the UK'). Left out:
 # 'higher education providers', 'universities, colleges and student accommodation providers', 'customers'
 # (unnamed customers), 'other firms offering laundry services', 'these smaller rivals', 'companies providing
 # laundry services in other sectors' (unnamed rivals), 'a CMA group of independent panel members' (a panel with no
 # name of its own), 'a new owner' (unnamed), 'managed laundry services' (a kind of service, no product name: no
 # Service), 'healthcare or leisure' (sectors)
 entities=[E("Organization", CMA_N, "CMA"), E("Company", JLA), E("Company", WS), E("Person", "Stuart McIntosh")]
          + locs("UK"),
 # 'Stuart McIntosh, Inquiry Chair, said:' -> chairman at the CMA (the chair of the CMA's inquiry group, the group
 # the story names as 'a CMA group of independent panel members'; 55o, 55t, 56a, 57h); current
 roles=[R("Stuart McIntosh", "chairman", CMA_N)],
 # "market leader JLA’s takeover in May 2017 of its closest competitor Washstation" -> acquired(JLA, Washstation)
 # AND parentOrganization(Washstation, JLA) (a completed takeover: 'reverse completed mergers'; the order to sell
 # part of it does not undo the ownership the text states, and relations carry no time; **doubtful**: a reader may
 # leave out parentOrganization because the CMA orders the business sold). Near-misses: "JLA must sell
 # Washstation’s higher education business to a new owner to be approved by the CMA" (an order to sell a part of a
 # company, no buyer named: no acquired, no new parent; **doubtful**: a reader may type 'Washstation's higher
 # education business' as a unit of Washstation and add parentOrganization); 'its closest competitor', 'compete
 # effectively with JLA / Washstation' (rivals: no partner); 'The 2 firms supply managed laundry services to higher
 # education providers ...' (supply to unnamed customers: no partner); 'market leader' (a ranking); the final
 # decision and the investigation (regulatory steps, no company relation)
 relations=[L(JLA, "acquired", WS), L(WS, "parentOrganization", JLA)],
 outages=[],
 # 'May 2017' (the takeover) -> 2017-05; 'today' (the group published its final decision) against `published`
 # 2018-10-11 -> 2018-10-11. Not dates: 'in the foreseeable future' (unresolvable), 'The 2 firms' (a count)
 dates=[D("May 2017", "2017-05"), D("today", "2018-10-11")])

# ---- McGraw-Hill Education / Cengage Learning Holdings merger case page (published null; entries 2020) ------------
MHE = "McGraw-Hill Education, Inc"
CEN = "Cengage Learning Holdings II, Inc"
A["uk-cma-mcgraw-hill-cengage-merger-case-page-reference-cancelled-2020"] = dict(
 # 'CMA' only (the text never spells it out) -> Organization 'CMA', no alias (as 55o's, 56a's and 57h's case pages).
 # Companies: 'McGraw-Hill Education, Inc' (five times, always so; the title's 'McGraw-Hill Education' is not in the
 # text), 'Cengage Learning Holdings II, Inc' (written 'Cengage Learning Holdings II, Inc.' with the full stop that
 # ends the sentence or abbreviation; the name given without it; the title's 'Cengage Learning Holdings' is not in the
 # text). Persons: 'Stuart McIntosh', 'Maria da Cunha', 'Robin Foster', 'Karthik Subramanya' (the inquiry group).
 # Location: 'the United Kingdom' (the phase 1 decision's stock sentence). Left out: 'the inquiry group' (a panel with
 # no name of its own), 'the parties' (generic), 'Phase 1', 'Phase 2', 'Terms of reference', 'Notices' (procedures
 # and headings)
 entities=[E("Organization", "CMA"), E("Company", MHE), E("Company", CEN),
           E("Person", "Stuart McIntosh"), E("Person", "Maria da Cunha"), E("Person", "Robin Foster"),
           E("Person", "Karthik Subramanya")]
          + locs("United Kingdom"),
 # '14 April 2020: The CMA has appointed the inquiry group. Stuart McIntosh (Chair), Maria da Cunha, Robin Foster
 # and Karthik Subramanya.' -> Stuart McIntosh chairman at the CMA; the other three other at the CMA (panel members
 # of a CMA group: 55o, 56a, 57h); all current (the text does not say the group was dissolved when the reference was
 # cancelled; **doubtful**: a reader may mark them current=false after the cancellation)
 roles=[R("Stuart McIntosh", "chairman", "CMA"), R("Maria da Cunha", "other", "CMA"),
        R("Robin Foster", "other", "CMA"), R("Karthik Subramanya", "other", "CMA")],
 # 'the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II, Inc.' -> acquired
 # only (an agreed deal under review, not said to be completed: 57c's 'anticipated purchase'; no parentOrganization).
 # **doubtful**: 'The CMA has cancelled its merger inquiry' is the text's last word on the deal, and a reference is
 # usually cancelled when a deal is dropped; the text never says the deal was abandoned, so the agreed deal is kept
 # (GUIDELINES part 2 gives nothing only for deals the text calls abandoned or blocked); a reader who reads the
 # cancellation as abandonment would give no relation. Near-misses: the referral, the phase 1 decision, the
 # cancelled reference (regulatory steps, no company relation); 'unless the parties offer acceptable undertakings'
 # (hypothetical); the two companies as rivals (not stated: nothing)
 relations=[L(MHE, "acquired", CEN)],
 outages=[],
 # `published` null -> absolute dates only: '24.3.20' (2020-03-24; the page's short form), '28.9.20' (2020-09-28),
 # '5 May 2020', '14 April 2020', '24 March 2020' (twice, one item), '10 March 2020' (twice, one item), '28 January
 # 2020' (the end of the span '14 to 28 January 2020'; its start '14' is a bare day number whose value is the next
 # row's '14 January 2020', as 55t), '14 January 2020'. Not dates: 'Enterprise Act 2002' is past the cut; 'Phase 1
 # Date Action' (the table's head); 'II' (part of a name)
 dates=[D("24.3.20", "2020-03-24"), D("28.9.20", "2020-09-28"), D("5 May 2020", "2020-05-05"),
        D("14 April 2020", "2020-04-14"), D("24 March 2020", "2020-03-24"), D("10 March 2020", "2020-03-10"),
        D("28 January 2020", "2020-01-28"), D("14 January 2020", "2020-01-14")])

# ---- Tarmac Trading (CRH) / Alun Griffiths (Contractors) merger case page (published null; entries 2018) ----------
CRH = "CRH plc"
TT = "Tarmac Trading Limited"
AG = "Alun Griffiths (Contractors) Limited"
A["uk-cma-tarmac-trading-crh-alun-griffiths-merger-case-page-2018"] = dict(
 # 'CMA' only (never spelt out) -> Organization 'CMA', no alias. Companies: 'CRH plc' (three times), 'Tarmac Trading
 # Limited' (three times; the title's 'Tarmac Trading' is not in the text), 'Alun Griffiths (Contractors) Limited'
 # (twice; the brackets are part of the registered name, kept in it; the title's 'Alun Griffiths (Contractors)' is
 # not in the text). Location: 'the United Kingdom' (the invitation's stock sentence). Left out: 'the parties'
 # (generic), 'the Enterprise Act 2002' (a law), 'an initial enforcement order' (a document), 'Phase 1' (a
 # procedure). No person: the case officer's name is in the contact block past the cut
 entities=[E("Organization", "CMA"), E("Company", CRH), E("Company", TT), E("Company", AG)]
          + locs("United Kingdom"),
 roles=[],
 # 'the completed acquisition by CRH plc through its subsidiary Tarmac Trading Limited of Alun Griffiths
 # (Contractors) Limited' (twice) -> parentOrganization(Tarmac Trading Limited, CRH plc) ('its subsidiary');
 # acquired(CRH plc, Alun Griffiths (Contractors) Limited) (the text names CRH plc as the acquirer, the subsidiary as
 # the means); parentOrganization(Alun Griffiths (Contractors) Limited, Tarmac Trading Limited) (a completed
 # acquisition made through the subsidiary: the target held by it, and through it by CRH). **doubtful**: a reader
 # may name Tarmac Trading Limited as the buyer (the case's title puts it first: 'Tarmac Trading / Alun Griffiths')
 # and give acquired(Tarmac Trading Limited, Alun Griffiths (Contractors) Limited), or give
 # parentOrganization(Alun Griffiths (Contractors) Limited, CRH plc) as the buyer's parent link instead of the
 # subsidiary's. Near-misses: the initial enforcement order served 'on CRH plc and Tarmac Trading Limited' and its
 # revocation (regulatory steps, no company relation); 'whether this transaction has resulted in ... a substantial
 # lessening of competition' (a question under review: nothing)
 relations=[L(TT, "parentOrganization", CRH), L(CRH, "acquired", AG), L(AG, "parentOrganization", TT)],
 outages=[],
 # `published` null -> absolute dates only: '5 July 2018' (the phase 1 deadline), '10 May 2018' (the span's start
 # and the invitation's entry; one item), '25 May 2018' (the span's end and 'closed 25 May 2018'; one item), '9 May
 # 2018' (twice, one item), '5 March 2018' (the order's date in the table), '6 June 2018' (the revocation), '2 March
 # 2018' (the order served, as the entry dates it; the page gives both days). Not dates: '2002' inside 'Enterprise
 # Act 2002' (a law's name, 56a); 'section 72(2)'; 'this stage', 'this current deadline' (no date given)
 dates=[D("5 July 2018", "2018-07-05"), D("10 May 2018", "2018-05-10"), D("25 May 2018", "2018-05-25"),
        D("9 May 2018", "2018-05-09"), D("5 March 2018", "2018-03-05"), D("6 June 2018", "2018-06-06"),
        D("2 March 2018", "2018-03-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
