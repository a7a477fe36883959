#!/usr/bin/env python3
"""Batch 5: two FCC documents (public domain, US federal government works) copied from the search tool's
stored copies of docs.fcc.gov (only the first ~2,000 characters are stored, so both are excerpts)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write
RECS = [
 {"id": "fcc-pshsb-inquiry-911-outage-washington-2014", "source": "https://docs.fcc.gov/public/attachments/DA-14-676A1.txt",
  "published": "2014-05-16", "title": "Public Safety and Homeland Security Bureau announces inquiry into circumstances of major 911 outage centered in Washington State on April 9-10, 2014",
  "sector": "telecoms", "region": "US", "topics": ["outage", "regulatory"],
  "text": "On April 9-10, 2014, an extensive 911 outage occurred, centered in Washington state, but also affecting large areas of Oregon and portions of California, Pennsylvania, Minnesota, Florida, North Carolina and South Carolina. Press reports and preliminary data submitted to the Federal Communications Commission's Network Outage Reporting System (NORS) indicate that in Washington alone, over 4,500 911 calls to public safety answering points (\"PSAPs\" or 911 call centers) did not get through during a six-hour period beginning just before midnight on April 9, 2014.\n\nGiven the large area impacted by this outage, the interdependent communications infrastructure spread across multiple states and providers, and the critical importance of dependable and resilient 911 service throughout the United States, the Public Safety and Homeland Security Bureau (Bureau) is examining the causes, effects, and implications of this outage. To ensure that the Commission receives all relevant information to permit a thorough and accurate analysis, the Bureau has opened a public docket and invites interested parties to provide information concerning the causes, effects, and implications of the outage. Parties obligated pursuant to Part 4 of the Commission's rules to submit outage information to NORS are not required to submit information to the public docket."},
 {"id": "fcc-rosenworcel-statement-911-reliability-outages-2021", "source": "https://docs.fcc.gov/public/attachments/DOC-371837A2.txt",
  "published": "2021-04-22", "title": "Statement of Acting Chairwoman Jessica Rosenworcel on Improving 911 Reliability (FCC 21-45)",
  "sector": "telecoms", "region": "US", "topics": ["outage", "regulatory"],
  "text": "In April of 2014 we had a major 911 failure in the United States. More than 6,000 emergency calls went unanswered because of a multistate system outage that affected more than 11 million people across seven states—Washington, North Carolina, South Carolina, Minnesota, California, Florida, and Pennsylvania. In a report investigating what caused the outage, the Federal Communications Commission had chilling words. It concluded: \"[This] could have been prevented. But it was not.\" Those are words you never want to see twice in a report about public safety.\n\nBut here's the most striking part. According to the report, the outage was caused by a software coding error that the FCC found could have been fixed almost as soon as the outage began. But because the problems were not identified quickly, the outage went on and on . . . for six hours.\n\nThis month marks the seventh anniversary of this 911 failure that spanned seven states. In the intervening years, 911 outages have become far too common. A nationwide outage of more than 12 hours last summer resulted in more than 23,000 calls to 911 not reaching emergency call centers. Last fall, 911 services went down again in 14 states, some for as long as an hour and a half. To make matters worse, these kinds of outages have outsized consequences during the public health crisis caused by COVID-19.\n\nSeven years is too long. So today we continue FCC efforts to update public safety protocols for the COVID-19 era by improving our ability to learn about 911 outages, identify their causes, and hold parties accountable."},
]
def main(dry=False):
    out = []
    for r in RECS:
        r = dict(r, licence="public domain (US federal government work)",
                 attribution=f"U.S. Federal Communications Commission, '{r['title']}', {r['published']}, {r['source']}",
                 origin="fcc (search tool page store)", truncated=True,
                 notes="Only the first ~2,000 characters of the document are stored; text is that excerpt (page header, docket lines and footnote markers removed).")
        out.append(r)
        if not dry: write(r)
    return out
if __name__ == "__main__":
    for r in main("--dry" in sys.argv): print(r["id"], len(r["text"].split()))
