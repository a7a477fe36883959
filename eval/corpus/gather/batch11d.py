#!/usr/bin/env python3
"""Batch 11d: one US federal text (public domain): the opening of the FCC Public Safety and Homeland Security
Bureau's 'December 27, 2018 CenturyLink Network Outage Report' with the FCC's announcement sentence, as posted to the
NANOG community forum; gathered after batch 11c's annotations were committed and before newskg was run on any
batch-11 file. Same editing rules as batch11.py (a footnote marker is left out).
usage: batch11d.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch11 as b11
from batch11 import PD

U_CTL = "https://community.nanog.org/t/fcc-december-27-2018-centurylink-network-outage-report/52326"

RECS = [
 dict(id="fcc-december-2018-centurylink-network-outage-report", source=U_CTL, licence=PD,
      attribution="U.S. Federal Communications Commission, Public Safety and Homeland Security Bureau, 'December 27, 2018 CenturyLink Network Outage Report' and the FCC's announcement of it (public domain), as posted to the NANOG community forum, " + U_CTL,
      published=None, title="December 27, 2018 CenturyLink Network Outage Report", sector="telecoms", region="US",
      topics=["outage", "regulatory"], truncated=True, origin="FCC text via community.nanog.org (search tool page store)",
      notes="The forum post's heading line and the report title line (kept in `title`) left out; the footnote marker after 'delivered.' left out; the excerpt gives no release date (`published` null).",
      text="""The FCC announced the release of a report detailing the cause and impact of a nationwide CenturyLink network outage that occurred last December, along with recommendations to help prevent similar outages from occurring in the future

In the early morning of December 27, 2018, CenturyLink experienced a nationwide outage on its fiber network that lasted for almost 37 hours. This outage was caused by an equipment failure catastrophically exacerbated by a network configuration error. It affected communications service providers, business customers, and consumers who directly or indirectly relied upon CenturyLink’s transport services, which route communications traffic from various providers to locations across the country, resulting in extensive disruptions to phone service, including 911 calling. The effects included dropped calls, disconnected 911 call centers (known as “Public Safety Answering Points”), and fast-busy signals for people who called 911. As many as 22 million customers across 39 states were affected by the outage, including approximately 17 million customers across 29 states who lacked reliable access to 911. Indeed, at least 886 calls to 911 were not delivered. Fortunately, based on discussions with affected service providers and public safety officials from affected states, as well as a review of media reports, the Public Safety and Homeland Security Bureau (Bureau) is not aware of any harm to life or property resulting from the outage."""),
]

if __name__ == "__main__":
    b11.RECS = RECS
    b11.POOL = sys.argv[1] if len(sys.argv) > 1 else b11.POOL
    b11.main()
