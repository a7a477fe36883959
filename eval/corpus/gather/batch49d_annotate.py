#!/usr/bin/env python3
"""Batch 49d gold annotations (the texts of batch49d.py: two federal texts of 2008 on the SEC -- the Commission's
unanimous vote 'to formally propose' that companies provide financial information as 'interactive data', with 'SEC
Chairman Christopher Cox' and 'John White, Director of the SEC's Division of Corporation Finance' quoted (SEC press
release 2008-85, 14 May 2008); the 'mutual cooperation agreement' that 'Commodity Futures Trading Commission Acting
Chairman Walter L. Lukken and Securities and Exchange Commission Chairman Christopher Cox' signed (CFTC press release
5468-08, 11 March 2008)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each text's dateline or release date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a; looked up in the corpus's
Division of Enforcement files ('Linda Chatman Thomsen, Director of the SEC's Division of Enforcement' -> director at
the Division, the Division an Organization with parentOrganization to the SEC: 48g's Citigroup file and a dozen
others), 49a's LCH file (the SEC and the CFTC as Organizations; partner for an agreement regulators signed), the
corpus's Taiwan blackout file ('acting Chairperson' -> chairman, current) and the corpus's SEC files for 'U.S.' used
as an adjective (43 of 53 leave it unannotated), by their gold only where other matters): the SEC -> Organization,
its fullest name with 'SEC' as alias where the text uses it; 'SEC Chairman' -> chairman; a surname used alone for the
same man -> alias.
usage: batch49d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CFTC = "Commodity Futures Trading Commission"
CORPFIN = "Division of Corporation Finance"
A = {}

# ---- Interactive data proposal, SEC press release 2008-85, published 2008-05-14 (a Wednesday) ------------------------
A["us-sec-interactive-data-proposal-financial-information-cox-john-white-2008"] = dict(
 # The Securities and Exchange Commission ('the SEC proposal', 'SEC Chairman', "the SEC's Division", 'SEC filers':
 # alias 'SEC'; 'Commission' never stands alone in the kept text); Christopher Cox (named once, no short form); John
 # White (named once); the Division of Corporation Finance (Organization, the corpus's Division of Enforcement way).
 # Not annotated: 'U.S.' in 'all U.S. companies' (an adjective; most of the corpus's SEC files leave it -- near-miss),
 # 'the Internet' (generic), 'interactive data' and its 'tags' (a data format, not a named product or platform: no
 # Service -- near-miss; XBRL, the format's name, is not in the kept text), 'our voluntary filer program' (a
 # programme, not an entity), 'the staff' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Christopher Cox"),
           E("Person", "John White"),
           E("Organization", CORPFIN)],
 # 'said SEC Chairman Christopher Cox' -> chairman at the SEC, current. "John White, Director of the SEC's Division of
 # Corporation Finance" -> director at the Division, current (the corpus's Division of Enforcement files give the
 # Division's Director 'director' at the Division -- **doubtful**: a reader may give head, the Division's leader, or
 # put the role at the SEC). Near-misses: 'the staff' of the Division (unnamed); the third official quoted in the
 # release (cut after 'Conrad': not in the text)
 roles=[R("Christopher Cox", "chairman", SEC, True),
        R("John White", "director", CORPFIN, True)],
 # "the SEC's Division of Corporation Finance" -> parentOrganization(Division of Corporation Finance, SEC) (48g's way
 # for the Division of Enforcement). Near-misses: 'all U.S. companies' and 'public companies' the rule would bind
 # (unnamed: no relation); 'SEC filers' (generic); the voluntary filer program (no named participant)
 relations=[L(CORPFIN, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('today voted') -> 2008-05-14 (the dateline, cut: `published`); 'next year' ('beginning next year for the
 # largest companies') -> 2009. Skipped: 'within three years' and 'the almost three years' (spans, no calendar value),
 # 'a 1930s form-based system' (a decade: no ISO value -- near-miss), '21st century' (an era), 'May 14, 2008' (the
 # dateline, cut)
 dates=[D("today", "2008-05-14"), D("next year", "2009")])

# ---- CFTC-SEC mutual cooperation agreement, CFTC press release 5468-08, published 2008-03-11 (a Tuesday) -------------
A["us-cftc-sec-mutual-cooperation-agreement-lukken-cox-new-derivative-products-2008"] = dict(
 # The Commodity Futures Trading Commission ('CFTC Acting Chairman', 'the CFTC': alias 'CFTC'); Walter L. Lukken
 # ('CFTC Acting Chairman Lukken': alias 'Lukken'); the Securities and Exchange Commission ('SEC Chairman Cox', 'the
 # SEC': alias 'SEC'); Christopher Cox ('SEC Chairman Cox': alias 'Cox'). Not annotated: 'the agencies', 'their
 # agencies' (generic), 'the MOU' and 'the agreement' (a document, not an entity), 'two new derivative products' and
 # 'novel financial products' (unnamed: no Service -- the gold products are named only in the cut sub-heading),
 # 'the public', 'participants' (generic)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Person", "Walter L. Lukken", "Lukken"),
           E("Organization", SEC, "SEC"),
           E("Person", "Christopher Cox", "Cox")],
 # 'Commodity Futures Trading Commission Acting Chairman Walter L. Lukken', 'CFTC Acting Chairman Lukken' -> chairman
 # at the CFTC, current (the corpus's Taiwan blackout file: 'acting Chairperson' -> chairman -- **doubtful**: a reader
 # may give head for an acting leader, or other); 'Securities and Exchange Commission Chairman Christopher Cox', 'SEC
 # Chairman Cox' -> chairman at the SEC, current
 roles=[R("Walter L. Lukken", "chairman", CFTC, True),
        R("Christopher Cox", "chairman", SEC, True)],
 # The two chairmen 'today signed a ground-breaking mutual cooperation agreement to establish a closer working
 # relationship between their agencies'; 'the MOU establishes a solid framework for increased cooperation and
 # communication between the CFTC and SEC' -> partner(CFTC, SEC), direction as written (the CFTC named first both
 # times; GOLD_FORMAT's 's and o work together', 49a's signed-MOU pairs, 48i's signed protocols -- **doubtful**: a
 # reader may take an information-sharing framework between regulators as no partnership, or write SEC -> CFTC).
 # Near-misses: 'a permanent regulatory liaison between the agencies' and 'enhanced cooperation with the SEC' (the same
 # agreement: one pair); the products the agencies will 'consider' (unnamed)
 relations=[L(CFTC, "partner", SEC)],
 outages=[],
 # 'today' ('today signed') -> 2008-03-11 (the release date, cut: `published`). Skipped: 'March 11, 2008' (the
 # release-date line, cut), 'this new era' (vague)
 dates=[D("today", "2008-03-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
