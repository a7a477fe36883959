#!/usr/bin/env python3
"""Gold annotations for batch 57n (session 55, gatherer 57n): the two CFTC enforcement releases batch57n.py writes (the
settled order against 'Fenchurch Capital Management, Inc. (Fenchurch) of Chicago, Illinois' for cornering the
cheapest-to-deliver note of a June 1993 treasury note futures contract 'which traded on the Chicago Board of Trade
(CBT)', with 'The CFTC's Director of Enforcement, Geoffrey Aronow' quoted (3922-96, 10 July 1996); the administrative
complaint against 'Global Minerals and Metals Corporation (Global) of New York City', "Global's president and chief
executive officer R. David Campbell" and "Global's chief copper trader Carl Alm", naming three Merrill Lynch firms as
aiders and abettors of the late-1995 copper manipulation done 'together with Sumitomo Corporation of Japan' (4265-99, 20
May 1999)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Fenchurch -> test, Global Minerals and Metals -> train (as write_parts dealt them).
Dates resolve against `published` (each release's 'For Release:' line: 'July 10, 1996', 'May 20, 1999').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h, 55r, 55w, 55z, 56e, 56k, 57d; the pre-2000 archive texts of 52g): the regulator -> Organization under the
name the text writes ('Commodity Futures Trading Commission'), 'CFTC' its alias; the Securities and Exchange Commission
-> Organization, 'SEC' alias; an exchange run as a business -> Company under the name written ('Chicago Board of Trade',
its bracketed 'CBT' an alias; 51o's and 56k's exchanges); bracketed short forms and surnames used alone -> aliases
('Fenchurch', 'Global', 'Campbell', 'Alm'); a firm's place written 'of City, State' / 'of City, Country' -> one Location
('Chicago, Illinois', 'Massapequa, New York', 'London, England': 52g's 'Chicago, Illinois', 55a's 'City, State'), 'of
New York City' -> Location 'New York City', 'Sumitomo Corporation of Japan' -> the Company 'Sumitomo Corporation' and
the Location 'Japan' (the lane's 'X of Place' way: the place is not part of the name); an adjectival 'U.S.' outside the
CFTC's own name ('the U.S. government securities ... markets', 'a U.S. treasury note futures contract', 'the U.S.
Commodity Exchange Act') -> Location 'U.S.' (49k's and 55a's way; **doubtful**, as there); "The CFTC's Director of
Enforcement, Geoffrey Aronow" with no Division written as a body -> director at the CFTC, current (53m, 55a, 56e, 56k);
"Global's president and chief executive officer R. David Campbell" -> president and ceo at Global, current (52g gave
both posts of 'Chief Executive Officer and President'; no 'former' here); "Global's chief copper trader Carl Alm" -> head
at Global, current (49g's 'head trader' -> head; **doubtful** as there: a chief trader heads a desk, not the firm); a
collective label for several named firms ('(collectively referred to as Merrill Lynch)') -> no alias of any one of them
(51a's '(collectively, Monex)', 50b's SCHROTH); laws ('the Commodity Exchange Act (CEA)', 'sections 6(c), 6(d) and
9(a)'), papers ('an order instituting an administrative proceeding', 'a one-count administrative complaint', 'its offer
of settlement'), registration categories ('commodity trading advisor', 'commodity pool operator'), instruments ('a U.S.
treasury note futures contract', 'the cheapest-to-deliver note', 'copper futures contracts'), unnamed pools ('two
commodity pools') and amounts -> nothing. No outage in either text.
usage: batch57n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
FEN = "Fenchurch Capital Management, Inc."
CBT = "Chicago Board of Trade"
SEC = "Securities and Exchange Commission"
GMM = "Global Minerals and Metals Corporation"
MLCO = "Merrill Lynch & Co. Inc."
MLI = "Merrill Lynch International Inc."
MLBD = "Merrill Lynch Pierce Fenner and Smith (Brokers & Dealers) Limited"
A = {}

# ---- Fenchurch Capital Management, Inc., CFTC 3922-96, published 1996-07-10 (a Wednesday) --------------------------
A["us-cftc-fenchurch-capital-management-chicago-june-1993-treasury-note-futures-corner-director-aronow-1996"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'registered with the CFTC', "the CFTC's findings", "the CFTC's
 # order", "The CFTC's Director": alias 'CFTC'); Fenchurch Capital Management, Inc. ('(Fenchurch)', 'Fenchurch'
 # throughout, "Fenchurch's payment": alias 'Fenchurch'; Company, a commodity trading advisor and pool operator, a
 # business); Chicago, Illinois ('of Chicago, Illinois': one Location; the title's 'of Chicago' is title only); the
 # U.S. (adjectival, three times: Location 'U.S.', **doubtful** -- a reader may pass over an adjective inside a market's,
 # an instrument's and a law's description); the Chicago Board of Trade ('(CBT)', 'The CBT is also settling': alias
 # 'CBT'; Company, an exchange run as a business in 1996 as now -- 51o's 'Chicago Board of Trade' Company); the
 # Securities and Exchange Commission ('(SEC)', 'with the SEC': alias 'SEC'); Geoffrey Aronow ('Director of
 # Enforcement, Geoffrey Aronow, commented'; no surname alone in the kept text -- 'Aronow also commented' is in the cut
 # paragraph: no alias). Not annotated: 'a U.S. treasury note futures contract', 'the cheapest-to-deliver note' and
 # 'the futures contract' (instruments); 'the U.S. government securities cash and futures markets', 'the markets'
 # (markets, generic); 'two commodity pools' (unnamed: no Company, no parentOrganization or provider tie);
 # 'commodity trading advisor', 'commodity pool operator' (registration categories); 'the U.S. Commodity Exchange Act
 # (CEA)' (a law; 'CEA' no entity); 'an order instituting an administrative proceeding', 'its offer of settlement',
 # 'related charges', 'a related action' (papers and proceedings); 'shorts' (unnamed traders); amounts ('$600,000')
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", FEN, "Fenchurch"),
           E("Location", "Chicago, Illinois"),
           E("Location", "U.S."),
           E("Company", CBT, "CBT"),
           E("Organization", SEC, "SEC"),
           E("Person", "Geoffrey Aronow")],
 # "The CFTC's Director of Enforcement, Geoffrey Aronow" -> director at the Commodity Futures Trading Commission,
 # current (the lane's call for a Director of Enforcement when no Division is written as a body: 53m, 55a, 56e, 56k).
 # **Near-misses**: a director role at a 'Division of Enforcement' entity (none written as a body: 'Director of
 # Enforcement' is his post's name); Fenchurch's president (named only in news copies of the Board of Trade's
 # settlement, not in this text: no Person, no role)
 roles=[R("Geoffrey Aronow", "director", CFTC, True)],
 # No relation. **Near-misses**: Fenchurch and its 'two commodity pools' (unnamed: no parentOrganization, no provider);
 # Fenchurch and the Chicago Board of Trade (the contract 'traded on' the exchange; Fenchurch traded there: a market
 # it used, no stated customer or partner tie); the CFTC, the SEC and the CBT settling 'related' actions (parallel
 # proceedings, no partnership between the regulators; the Federal Reserve's cooperation is in the cut paragraph)
 relations=[],
 # No outage (a market corner, no service or system failed).
 outages=[],
 # 'today' ('announced today') -> 1996-07-10 (`published`); 'June 1993' ('in June 1993') -> 1993-06. Skipped: the
 # release and date lines (cut); 'after trading on the futures contract had expired' (no calendar value)
 dates=[D("today", "1996-07-10"), D("June 1993", "1993-06")])

# ---- Global Minerals and Metals Corporation / Campbell / Alm / Merrill Lynch, CFTC 4265-99, published 1999-05-20 -----
A["us-cftc-global-minerals-and-metals-president-ceo-campbell-chief-copper-trader-alm-merrill-lynch-copper-manipulation-complaint-1999"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'The CFTC complaint', "The CFTC's complaint": alias 'CFTC');
 # Global Minerals and Metals Corporation ('(Global)', "Global's president", 'Global, Campbell, and Alm': alias
 # 'Global'; Company); New York City (written three times: one Location); R. David Campbell ('Campbell' twice: alias);
 # Carl Alm ('Alm' twice: alias); Massapequa, New York ('of Massapequa, New York': one Location, the 'City, State'
 # way); Merrill Lynch & Co. Inc., Merrill Lynch International Inc., Merrill Lynch Pierce Fenner and Smith (Brokers &
 # Dealers) Limited (three Companies, each named once in the body, the names as the body writes them); London, England
 # ('of London, England': one Location, 52g's and 55a's 'City, State' way read for a city and its country); Sumitomo
 # Corporation ('Sumitomo Corporation of Japan': Company; 'of Japan' its place, as 'of New York City' is Global's) and
 # Japan (Location). Not annotated: '(collectively referred to as Merrill Lynch)' -- a label for the three firms
 # together, no alias of any one of them (51a's '(collectively, Monex)'; **near-miss**: 'Merrill Lynch' as an alias of
 # Merrill Lynch & Co. Inc., or as a fourth entity); 'the respondents', 'they' (generic); 'a one-count administrative
 # complaint', 'The CFTC complaint' (papers); 'the copper market', 'the worldwide copper market', 'copper futures
 # contracts' (markets and instruments); 'the Commodity Exchange Act (CEA)' and 'sections 6(c), 6(d) and 9(a)' (a law
 # and its sections); the heading's words (title only; its 'Merrill Lynch & Co., Inc.' with a comma is title only)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", GMM, "Global"),
           E("Location", "New York City"),
           E("Person", "R. David Campbell", "Campbell"),
           E("Person", "Carl Alm", "Alm"),
           E("Location", "Massapequa, New York"),
           E("Company", MLCO),
           E("Company", MLI),
           E("Company", MLBD),
           E("Location", "London, England"),
           E("Company", "Sumitomo Corporation"),
           E("Location", "Japan")],
 # "Global's president and chief executive officer R. David Campbell" -> president and ceo at Global Minerals and
 # Metals Corporation, both current (52g's two posts for 'Chief Executive Officer and President'; a complaint of 1999
 # names the posts without 'former'). "Global's chief copper trader Carl Alm" -> head at Global Minerals and Metals
 # Corporation, current (49g's 'head trader of Optiver' -> head; **doubtful**: a reader may give other, the 50g and 54zv
 # way for a trader named as a firm's employee, or no role). **Near-misses**: Yasuo Hamanaka, 'Sumitomo's former chief
 # copper trader' (in the cut sentence only: no Person, no role); officers of the Merrill Lynch firms (none named)
 roles=[R("R. David Campbell", "president", GMM, True),
        R("R. David Campbell", "ceo", GMM, True),
        R("Carl Alm", "head", GMM, True)],
 # No relation. **Near-misses**: Merrill Lynch International Inc. and Merrill Lynch Pierce Fenner and Smith (Brokers &
 # Dealers) Limited as subsidiaries of Merrill Lynch & Co. Inc. (likely, and the shared name and the collective label
 # invite it, but the text never says whose the firms are: no parentOrganization -- 56k's Mitsubishi Corporation RtM
 # Japan call; **doubtful**); Global 'together with Sumitomo Corporation of Japan' (an alleged joint manipulation, a
 # conspiracy the complaint charges, not a stated partnership, supply or customer contract: no partner -- **doubtful**:
 # a reader may read 'together with' as working together); the Merrill Lynch firms 'aided and abetted' Global (an
 # alleged violation, no partner)
 relations=[],
 # No outage (a market manipulation, no service or system failed).
 outages=[],
 # 'today' ('announced today') -> 1999-05-20 (`published`); 'late 1995' ('in late 1995') -> 1995 (the manual: 'late
 # 2006' -> the year); 'between October and December 1995' -> 'October' 1995-10 and 'December 1995' 1995-12 (the year
 # closes the pair: 57d's 'March and April 2020', 56l's 'between January and April 2018'). Skipped: the release and
 # date lines (cut); the title's '1995' (title only)
 dates=[D("today", "1999-05-20"), D("late 1995", "1995"), D("October", "1995-10"), D("December 1995", "1995-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
