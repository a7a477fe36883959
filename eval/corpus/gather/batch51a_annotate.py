#!/usr/bin/env python3
"""Batch 51a gold annotations (the texts of batch51a.py: three CFTC enforcement press releases -- the complaint against
'Colorado-based defendants Arjent Capital Markets LLC (Arjent), Chicago Trading Managers LLC (CT Managers), Spencer
Montgomery, and Brian Reynolds', of whom 'Montgomery and Reynolds are owners and managers of Arjent and CT Managers'
(6207-12, 13 March 2012); the complaint against 'three affiliated companies located in Newport Beach, California,
Monex Deposit Company, Monex Credit Company, and Newport Services Corporation (collectively, Monex), and Monex's
principals Louis Carabini and Michael Carabini', with the CFTC's Director of Enforcement James McDonald and CFTC
Commissioner Sharon Bowen quoted (7609-17, 6 September 2017); the consent order against 'TFS-ICAP LLC and TFS-ICAP
Ltd., interdealer brokers located in New York and London', with 'its former CEO Ian Dibb, and its former Emerging
Markets desks head Jeremy Woolfenden' and 'CFTC Acting Director of Enforcement Vince McGonagle' quoted (8335-20, 14
December 2020)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Arjent file to test, the Monex file to train, the TFS-ICAP file to dev.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j; looked up in the corpus's files by their gold only where other matters): regulators and courts ->
Organization, the fullest name the text gives ('U.S. Commodity Futures Trading Commission'; 'Commodity Futures Trading
Commission' where the text has no 'U.S.'), 'CFTC' as alias, and 'Commission' where the text uses it alone for the CFTC
(49h, 50g, 50j); a district court named in full -> Organization with the text's own form (49g); a firm's or person's
bracketed short form, and a surname used alone, as alias; 'X-based' -> Location X (49g, 50j); 'City, State' as one
Location (49g's 'Cushing, Okla.' with alias 'Cushing', 50d's 'New York, N.Y.', 50g's 'White Plains, N.Y.'); a
collective label for several named firms ('(collectively, Monex)'; the bare 'TFS-ICAP' said of two firms) -> no
alias of any one of them (43o's 'collectively, George's', 50b's '(collectively, "SCHROTH")'), and a post held at the
collective -> one role at each firm it covers; 'manager(s)' and 'principal(s)' -> executive (GUIDELINES; 40m's
Deloitte 'principal' file); 'CEO' -> ceo; 'head' of a desk -> head (49g's 'head trader', doubtful as there);
'Director of Enforcement' and 'Acting Director of Enforcement' at the CFTC -> director at the CFTC (49h, 50d);
'Commissioner' -> other (GUIDELINES); 'affiliated companies' with no parent named -> no relation; laws
(the Commodity Exchange Act), registration categories (futures commission merchant, Commodity Pool Operator,
Commodity Trading Advisor, interdealer broker), accounts and pools -> nothing; a date repeated with the same text and
value -> one item (the manual).
usage: batch51a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
ARJ = "Arjent Capital Markets LLC"
CTM = "Chicago Trading Managers LLC"
MDC = "Monex Deposit Company"
MCC = "Monex Credit Company"
NSC = "Newport Services Corporation"
MONEX = [MDC, MCC, NSC]
TFS_LLC = "TFS-ICAP LLC"
TFS_LTD = "TFS-ICAP Ltd."
A = {}

# ---- Arjent / CT Managers complaint, CFTC press release 6207-12, published 2012-03-13 (a Tuesday) -----------------------
A["us-cftc-arjent-capital-markets-chicago-trading-managers-owners-montgomery-reynolds-commodity-pool-fraud-2012"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'registered with the CFTC', 'The CFTC civil complaint':
 # alias 'CFTC'); Colorado ('Colorado-based defendants', 'Colorado residents': one Location, the corpus's 'X-based'
 # way); Arjent Capital Markets LLC ('(Arjent)', then 'Arjent was ...', "in Arjent's name": alias 'Arjent' -- the
 # name also opens 'the Arjent Trading Account', an account, which is kept apart); Chicago Trading Managers LLC ('(CT
 # Managers)': alias); Spencer Montgomery and Brian Reynolds (surnames alone: aliases 'Montgomery', 'Reynolds');
 # Boulder, Colo. ('a Boulder, Colo.-based broker-dealer': one Location as 49g's 'Cushing, Okla.', with alias
 # 'Boulder' from 'also based in Boulder' -- **doubtful**: the 'City, State' form sits inside a compound adjective);
 # the U.S. District Court for the Southern District of New York (Organization, the text's own form); New York, N.Y.
 # ('a futures commission merchant (FCM) in New York, N.Y.': one Location, 50d's way). Not annotated: 'Chicago'
 # (only inside the firm's name -- near-miss); 'the Arjent Trading Account' (a trading account, not a company or a
 # service users use -- near-miss); 'a futures commission merchant (FCM)' / 'the FCM' (unnamed); 'Commodity Pool
 # Operator and Commodity Trading Advisor', 'broker-dealer' (registration categories); 'the three commodity pools'
 # (unnamed); 'commodity pool investors', 'participants', 'the defendants' (generic); 'U.S.' inside the names
 entities=[E("Organization", CFTC, "CFTC"),
           E("Location", "Colorado"),
           E("Company", ARJ, "Arjent"),
           E("Company", CTM, "CT Managers"),
           E("Person", "Spencer Montgomery", "Montgomery"),
           E("Person", "Brian Reynolds", "Reynolds"),
           E("Location", "Boulder, Colo.", "Boulder"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Location", "New York, N.Y.")],
 # 'Montgomery and Reynolds are owners and managers of Arjent and CT Managers' -> executive (GUIDELINES: 'manager' ->
 # executive) for each man at each firm: four roles, current (the text says 'are'). **Doubtful**: Arjent 'was' a
 # broker-dealer 'dissolved by Reynolds effective September 4, 2011', so a reader may set current false for the two
 # Arjent roles; the text still says 'are ... managers of Arjent'. Near-misses: 'owners' (ownership by a person has no
 # relation type and no title of the vocabulary; founder is not said); Reynolds dissolving Arjent (an act, no title)
 roles=[R("Spencer Montgomery", "executive", ARJ, True),
        R("Spencer Montgomery", "executive", CTM, True),
        R("Brian Reynolds", "executive", ARJ, True),
        R("Brian Reynolds", "executive", CTM, True)],
 # No relation the vocabulary has. Near-misses: Arjent and CT Managers share owners and managers and a home town, but
 # neither is said to own the other (no parentOrganization); the single account 'held at and cleared by a futures
 # commission merchant (FCM) in New York, N.Y.' (the FCM unnamed, so no partner); the two firms as co-defendants
 relations=[],
 outages=[],
 # 'today' ('today filed') -> 2012-03-13 (`published`); 'September 4, 2011' ('effective September 4, 2011') ->
 # 2011-09-04; 'March 13, 2012' ('filed March 13, 2012') -> 2012-03-13 (another text with the same value as 'today':
 # its own item); 'June 2008' ('beginning on or about June 2008') -> 2008-06; 'November 2009' ('through at least
 # November 2009') -> 2009-11; 'June 2009' ('by June 2009') -> 2009-06. Skipped: the date line (cut); 'December 2009'
 # (past the cut)
 dates=[D("today", "2012-03-13"), D("September 4, 2011", "2011-09-04"), D("March 13, 2012", "2012-03-13"),
        D("June 2008", "2008-06"), D("November 2009", "2009-11"), D("June 2009", "2009-06")])

# ---- Monex complaint, CFTC press release 7609-17, published 2017-09-06 (a Wednesday) -----------------------------------
A["us-cftc-monex-deposit-affiliates-monex-credit-newport-services-principals-carabini-precious-metals-2017"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC Complaint', "the CFTC's Director of
 # Enforcement", 'CFTC Commissioner': alias 'CFTC'; 'the history of the Commission' and 'I came to the Commission' in
 # the two quotations: alias 'Commission', as 49h, 50g and 50j -- 'a Commissioner' is a post, not the name); the U.S.
 # District Court for the Northern District of Illinois (Organization, the text's own form); Newport Beach, California
 # ('located in Newport Beach, California': one Location, the lane's 'City, State' way); Monex Deposit Company, Monex
 # Credit Company, Newport Services Corporation (Company, each named once in full); Louis Carabini and Michael Carabini
 # (Person; no surname alone, so no alias); James McDonald; Sharon Bowen. '(collectively, Monex)' and "Monex's
 # principals": no alias -- a label for all three firms (43o's 'collectively, George's'; 50b's '(collectively,
 # "SCHROTH")') -- **doubtful**: a reader may give 'Monex' to Monex Deposit Company, the firm the heading leads with.
 # Not annotated: 'the Defendants', 'retail customers' (generic); 'precious metals', 'off-exchange leveraged
 # commodity transactions' (trade terms); 'the CFTC Complaint' (a document); 'U.S.' inside the names
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Organization", "U.S. District Court for the Northern District of Illinois"),
           E("Location", "Newport Beach, California"),
           E("Company", MDC),
           E("Company", MCC),
           E("Company", NSC),
           E("Person", "Louis Carabini"),
           E("Person", "Michael Carabini"),
           E("Person", "James McDonald"),
           E("Person", "Sharon Bowen")],
 # "Monex's principals Louis Carabini and Michael Carabini", Monex being the three companies 'collectively' -> executive
 # (a principal: GUIDELINES' senior titles, 40m's Deloitte 'principal') for each man at each of the three
 # companies: six roles, current. **Doubtful**: a reader may set other (the Deloitte file's doubt), or give the two
 # roles only at Monex Deposit Company, or none (the post is held at a label, not at a named firm). "James McDonald,
 # the CFTC's Director of Enforcement" -> director at the CFTC, current (49h's and 50d's way). 'CFTC Commissioner
 # Sharon Bowen' -> other at the CFTC (GUIDELINES: commissioners -> other), current (her 'I leave with that commitment
 # unshaken' speaks of leaving but the text does not say she has left -- **doubtful**: a reader may set current false).
 # Near-miss: 'the Division of Enforcement' is not named as a body in the text (only inside McDonald's title), so no
 # Organization and no parentOrganization
 roles=[R(p, "executive", c, True) for p in ("Louis Carabini", "Michael Carabini") for c in MONEX]
       + [R("James McDonald", "director", CFTC, True),
          R("Sharon Bowen", "other", CFTC, True)],
 # No relation the vocabulary has. Near-misses: 'three affiliated companies' (affiliates: no parent, unit or owner is
 # named among them, so no parentOrganization; 'affiliated' is not a partnership either); the heading's 'Monex Deposit
 # Company, its Affiliates' (title only, and affiliates still name no parent); the CFTC's action 'against' the firms
 # and the court it was filed in (no relation type)
 relations=[],
 outages=[],
 # 'September 6, 2017' ('announced that on September 6, 2017, it filed') -> 2017-09-06; 'Today' ('Today, we announce'
 # in McDonald's quotation, said on the release's day) -> 2017-09-06 (`published`; another text with the same value:
 # its own item). Skipped: 'multi-year' (no calendar value); the date line (cut)
 dates=[D("September 6, 2017", "2017-09-06"), D("Today", "2017-09-06")])

# ---- TFS-ICAP consent order, CFTC press release 8335-20, published 2020-12-14 (a Monday) --------------------------------
A["us-cftc-tfs-icap-interdealer-brokers-former-ceo-dibb-desk-head-woolfenden-fx-options-2020"] = dict(
 # The Commodity Futures Trading Commission ('The Commodity Futures Trading Commission today announced' -- no 'U.S.' in
 # this text, so the name as written; 'the CFTC enforcement action', 'with the CFTC' (twice), 'The CFTC will act',
 # 'CFTC Acting Director': alias 'CFTC'); the U.S. District Court for the Southern District of New York
 # (Organization, the text's own form); TFS-ICAP LLC, TFS-ICAP Ltd. (Company, each named once in full); New York and
 # London ('located in New York and London': two Locations); Ian Dibb and Jeremy Woolfenden ('Defendants Dibb and
 # Woolfenden': aliases 'Dibb', 'Woolfenden'); Vince McGonagle. The bare 'TFS-ICAP' ('TFS-ICAP admits', 'The order
 # also finds that TFS-ICAP, its former CEO ...', 'TFS-ICAP broker conduct'): no alias -- said of the two firms
 # together ('requiring them to pay'), the lane's collective-label way -- **doubtful**: a reader may give it to TFS-ICAP
 # LLC, the firm named first (43g's Hertz file gave an ambiguous bare name to the first-named company). Not annotated:
 # 'the Commodity Exchange Act (CEA)' (a law); 'interdealer brokers', 'Brokers and other intermediaries' (categories);
 # 'its employees', 'clients', 'corporate managers' (generic); 'CFTC Press Release No. 7816-18' (an identifier); the
 # 'consent order' (a document); 'Emerging Markets' (a desk's name, inside the post)
 entities=[E("Organization", "Commodity Futures Trading Commission", "CFTC"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Company", TFS_LLC),
           E("Company", TFS_LTD),
           E("Location", "New York"),
           E("Location", "London"),
           E("Person", "Ian Dibb", "Dibb"),
           E("Person", "Jeremy Woolfenden", "Woolfenden"),
           E("Person", "Vince McGonagle")],
 # 'TFS-ICAP, its former CEO Ian Dibb' -> ceo, current false, at each of the two firms the label covers; 'its former
 # Emerging Markets desks head Jeremy Woolfenden' -> head (49g's 'head trader' way: the head of a desk, not of the firm
 # -- **doubtful** as there: a reader may give executive), current false, at each firm. **Doubtful** for all four: a
 # reader may hang the posts on TFS-ICAP LLC only (if the bare name is read as its alias). 'said CFTC Acting Director
 # of Enforcement Vince McGonagle' -> director at the CFTC, current (49h's 'Acting Director of Enforcement' way)
 roles=[R(p, t, c, False) for p, t in (("Ian Dibb", "ceo"), ("Jeremy Woolfenden", "head")) for c in (TFS_LLC, TFS_LTD)]
       + [R("Vince McGonagle", "director", "Commodity Futures Trading Commission", True)],
 # No relation the vocabulary has. Near-misses: TFS-ICAP LLC and TFS-ICAP Ltd. share a name, a penalty and managers,
 # but the text states no parent, unit or owner between them, nor any owner of either (news outside the text calls
 # TFS-ICAP a joint venture -- not in the text); the court's consent order (enforcement, no relation type)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2020-12-14 (`published`); 'September 28, 2018' ('filed on September 28, 2018') ->
 # 2018-09-28. Skipped: 'five years' (a span, no calendar value); '7816-18' (a release number, not a date); the date
 # line (cut)
 dates=[D("today", "2020-12-14"), D("September 28, 2018", "2018-09-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
