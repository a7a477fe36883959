#!/usr/bin/env python3
"""Batch 19a, part 2 (written after part 1 was annotated, split and committed): two Dáil answers on Irish state
companies' relations — the ESB's agreed purchase of Northern Ireland Electricity (2010) and Shannon Group's two
wholly-owned subsidiaries (2014). Oireachtas (Open Data) PSI Licence (CC BY 4.0); texts are the search tool's page-store
excerpts (corpus `pages`), embedded here, cut at the last full sentence kept (`truncated`); edits per item in `notes`.
usage: batch19a2.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch19a import KS, oir

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
R.append(oir("oireachtas-dail-esb-acquisition-northern-ireland-electricity-2010",
 "https://www.kildarestreet.com/debates/?id=2010-11-30.99.0", "2010-11-30", "Company Takeovers",
 "Dáil Éireann, oral answer (Question 12)",
 "To ask the Minister for Communications; Energy and Natural Resources the reason he approved the purchase of Northern Ireland Electricity by the ESB and if he is satisfied with the price paid in view of the large debts of NIE; and if he will make a statement on the matter.\n\n"
 "With the agreement of the Government, ESB received my consent, and the consent of the Minister for Finance, to the acquisition of Northern Ireland Electricity, NIE, in July last. These consents were given after consideration by my Department and the Department of Finance of detailed legal and financial advice in relation to the proposal and its implications for the ESB Group, including financial gearings, borrowing levels and investment programmes.\n\n"
 "Under the terms of the transaction, ESB will pay £1,034 million, or €1,248 million, for the NIE Group, subject to certain adjustments when the transaction is complete. NIE is a regulated utility and its revenue is derived principally through charges for transmission and for use of its distribution system. NIE's regulated asset base at 31 March 2010 was £1,007 million, or €1,215 million. ESB will also assume obligations of NIE, including those under a £175 million Eurobond, which is the only debt to be taken on by ESB in this transaction. NIE made a profit after tax of some £60.6 million in its last financial year.",
 "energy/electricity", "deal",
 "The Minister's answer of 30 November 2010 (National Reform Programme, Company Takeovers); " + KS + " (Leo Varadkar, Eamon Ryan), the time stamp '3:00 am' left out; the prefix 'Question 12:' and reference '[45064/10]' left out; the record's 'Communications; Energy' kept. Cut before the cut-off sentence 'Together with the Minister for Finance ... targets set by both adm...'. The ESB's purchase of Northern Ireland Electricity is new to the corpus (no text names NIE or Viridian)."))
R.append(oir("oireachtas-dail-shannon-group-subsidiaries-kerry-technology-park-2014",
 "https://www.kildarestreet.com/debate/?id=2014-10-08a.565", "2014-10-08", "State Airports",
 "Dáil Éireann, Topical Issue Debate (Minister's reply)",
 "I thank Deputy Spring for raising this matter and I know he has championed the need for development and employment in his county and constituency. I appreciate the importance of this issue and know why the Deputy has raised it today. The Deputy has given some background information on the bodies involved and, for the benefit of the House and the record, I want to make some points on Shannon Group and its role in Kerry Technology Park.\n\n"
 "The facility is owned and managed by Shannon Commercial Enterprises, which was formerly Shannon Development. Shannon Commercial Enterprises is a subsidiary of the newly formed Shannon Group which was established as a commercial State company. Therefore, the management of Kerry Technology Park is a matter for Shannon Group and Shannon Commercial Enterprises and I have no role in the detailed running of the business or its operational decisions.\n\n"
 "Following the recent enactment of the State Airports (Shannon Group) Act 2014, Shannon Airport was separated from the Dublin Airport Authority, DAA, and a new State-owned commercial entity, Shannon Group plc, was established. It incorporated two main wholly-owned subsidiaries: Shannon Airport Authority and a restructured Shannon Development, which was renamed Shannon Commercial Enterprises under the Act.\n\n"
 "The Deputy will recall from debates in this House that the rationale for establishing the Shannon Group on this basis was to support a new future for Shannon and the mid-west region, as envisaged by the Shannon aviation business development task force, which reported in November 2012.\n\n"
 "An independent Shannon Airport, coupled with a restructured Shannon Development, has the potential to develop and grow passenger traffic and the route network.",
 "aviation and property/state company", "deal",
 "The Minister of State's reply of 8 October 2014 (Paschal Donohoe; his speaker line left out, so his name is not in the text); " + KS + " ('Topical Issue Debate', 'State Airports' kept as title), the time stamp '1:45 pm' left out. Cut before the cut-off sentence 'A major consideration in this decision was the serious decline in passenger t...'. Shannon Group and its subsidiaries are new to the corpus (no text names them)."))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
