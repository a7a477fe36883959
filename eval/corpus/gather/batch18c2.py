#!/usr/bin/env python3
"""Batch 18c part 2: an Australian telecoms outage told by the communications regulator — Telstra's failure to carry
some 1,433 Triple Zero calls on 4 May 2018 after a fire in an inter-state cable pit, compounded by network software
failures (ACMA article of 22 October 2018; CC BY 4.0, ACMA 'the fine print' page, as batches 10 and 13). The text is
the search tool's page-store excerpt (corpus `pages`), embedded here and cut at the last full sentence kept
(`truncated`). Written after part 1 (batch18c.py) was annotated, split and first scored, so that part 1's splits stay
untouched (as batches 16a, 17c and 17e). Edits in `notes`; no word added or changed.
usage: batch18c2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18c import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = [rec("acma-triple-zero-investigation-telstra-breach-2018",
 "https://www.acma.gov.au/articles/2018-10/triple-zero-investigation-finds-telstra-breach",
 "2018-10-22", "Triple Zero investigation finds Telstra breach", "ACMA article",
 "Telstra will improve delivery of the Triple Zero emergency call service following an Australian Communications and Media Authority (ACMA) investigation.\n\n"
 "The ACMA’s investigation into events of 4 May 2018 found that Telstra contravened a rule that requires telecommunications providers to ensure that calls made to Triple Zero using their networks are carried to the operator of the emergency call service. Telstra failed to ensure that some 1,433 calls were carried to the operator as a result of problems triggered by a fire in an inter-state cable pit, which were compounded by network software failures.\n\n"
 "‘Triple Zero is the lifeline for Australians in life-threatening or emergency situations. Community confidence in the emergency call service must be maintained,’ said ACMA Chair Nerida O’Loughlin.\n\n"
 "The ACMA has accepted a court enforceable undertaking by Telstra in response to the breach findings. In the undertaking, Telstra has committed to improving the redundancy and diversity of its network, developing new communication protocols to be used in the event of another disruption and benchmarking its systems against international best practice.\n\n"
 "‘The actions Telstra has already taken, and is undertaking, will help strengthen the emergency call service and minimise the risk of another disruption to this critical service,’ Ms O’Loughlin said.\n\n"
 "As a result of this incident, the ACMA is also reviewing the rules governing the emergency call service to make sure that they are as robust as possible in the context of today’s technologies, and that they impose clear, consistent and appropriate obligations.\n\n"
 "‘Given the critical nature of the Triple Zero service, the ACMA takes matters about access to the service very seriously,’ said Ms O’Loughlin. ‘The review will help ensure that the rules for the emergency call service remain current and effective’.",
 "telecoms/emergency calls", "non-US", "outage,regulatory",
 "The ACMA article's body; the page chrome ('Skip to main content'), the heading (kept as title) and the date line '22 October 2018' (kept as `published`) left out. Cut before the paragraph the excerpt cuts off ('The ACMA’s '). Telstra's Triple Zero failure of 4 May 2018 is new to the corpus ('1,433', '4 May 2018': 0 in every split; the corpus's other Telstra Triple Zero texts are of 1 March 2024 and 5-6 July 2024).",
 "ACMA", "Australian Communications and Media Authority article on acma.gov.au (page store)")]

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
