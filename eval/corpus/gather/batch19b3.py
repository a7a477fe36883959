#!/usr/bin/env python3
"""Batch 19b part 3, written after parts 1 and 2 (batch19b.py, batch19b2.py) were annotated, split and committed, so
that their splits stay as they were: two outages of US Customs and Border Protection's traveller-processing systems at
airports, each told in the agency's own statement (2 January 2017; 1 January 2018). US federal government works
(public domain); the page store holds them only as quoted whole inside news pages, and only the quoted statements
are kept (the news pages' own text is not). Edits per item in `notes`.
usage: batch19b3.py [POOL_DIR] [--dry]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18e import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
QUOTED = "US federal agency statement, quoted whole in a news page (page store; only the statement kept)"
R = []
R.append(rec("us-cbp-statement-temporary-outage-processing-systems-airports-2018",
 "https://www.nbclosangeles.com/news/national-international/Customs-System-Disruption-Major-Airports--467603913.html",
 "2018-01-01", "CBP statement on a temporary outage of its processing systems at airports", "U.S. Customs and Border Protection, statement",
 "U.S. Customs and Border Protection experienced a temporary outage with its processing systems at various airports today beginning at 7:30 pm and ending approximately 9:30 pm. All airports are currently back online.\n\n"
 "CBP took immediate action to address the technology disruption. CBP officers continued to process international travelers using alternative procedures at affected airports. Travelers at some ports of entry experienced longer than usual wait times as CBP officers processed travelers as quickly as possible while maintaining the highest levels of security.\n\n"
 "During the technology disruption, CBP had access to national security-related databases and all travelers were screened according to security standards. At this time, there is no indication the service disruption was malicious in nature.",
 "transport/border", "outage",
 "CBP's statement of Monday 1 January 2018 as quoted whole, in quotation marks, by an NBC Los Angeles page ('according to CBP statement released Monday:'); only the statement is kept, its opening and closing quotation marks left out; the page's own paragraphs (a news text, not used) left out. The statement has no heading in the copy: the title is descriptive, written for this record; `published` is the statement's day ('today'; the page says 'released Monday' and 'the first day of the new year'). Whole statement kept (`truncated` false). Licence note: the host is a copyrighted news site; the kept text is the agency's statement only. CBP's outages are new to the corpus.",
 QUOTED, truncated=False))
R.append(rec("us-cbp-statement-temporary-outage-processing-systems-ports-of-entry-2017",
 "http://abc7.com/travel/customs-computer-outage-leads-to-big-airport-delays/1683146/",
 "2017-01-02", "CBP statement on a temporary outage of its processing systems at air ports of entry", "U.S. Customs and Border Protection, statement",
 "U.S. Customs and Border Protection is experiencing a temporary outage with its processing systems at various air ports of entry and taking immediate action to address the technology disruption.\n\n"
 "CBP officers continue to process international travelers using alternative procedures until systems are back online. Travelers at some ports of entry are experiencing longer than usual wait times and CBP officers are working to process travelers as quickly as possible while maintaining the highest levels of security.",
 "transport/border", "outage",
 "CBP's written statement of Monday 2 January 2017 as quoted, in two quotations, by an ABC7 page ('the agency said in a written statement.'); only the two quoted passages are kept, their quotation marks and the page's attribution between them left out, and the comma that ended the first quotation before the attribution printed as a full stop (the one character changed); the page's own text (a news text, not used) left out. The statement has no heading in the copy: the title is descriptive, written for this record; `published` is the day the page gives ('Monday, Jan. 2, 2017'). Whether the statement went on is not known (`truncated` set). Licence note: the host is a copyrighted news site; the kept text is the agency's statement only.",
 QUOTED))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
