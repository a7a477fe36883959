#!/usr/bin/env python3
"""Batch 37w gold annotations (the text of batch37w.py), written from the text alone; newskg (or any extractor) was
run on none. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of every sub-batch since 8b; batch10_annotate.write_parts, one part); with one id the batch gives one test file.
`published` is null: only absolute dates are listed (GUIDELINES.md, Dates); 'A few days later' is relative to a month
and is left out, so the outage it starts has no date.
Conventions (batch 37f's and 35e's cable texts, GUIDELINES.md): a submarine cable system is a Service; when a cable is
cut and the text names no operator, the outage's provider is null and the cable is what is `affected`; the companies
that invested in or built a cable are not its provider unless the text says they run it; cuts of several cables told
in one sentence as one event are one outage with each cable affected.
usage: batch37w_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38w/pool /tmp/gather38w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
EIG = "Europe India Gateway"
A["wp-europe-india-gateway"] = dict(
 # the cable -> Service, alias 'EIG'; the two other cables of the last paragraph -> Service ('I-ME-WE',
 # 'SEA-ME-WE 4'). Builders 'Alcatel-Lucent' and 'TE Subcom (formerly known as Tyco)' -> Company, 'Tyco' an alias
 # (a former name: GUIDELINES.md); 'Ciena' (the upgrader) -> Company. The 18 investors -> Company each (telecom
 # operators and groups, the Libyan state company included: its name says Company); 'Emirates Integrated
 # Telecommunications Co. (du)' -> alias 'du'. Locations: the twelve countries and territories of the first
 # sentence; 'Britain' taken as an alias of 'U.K.' (doubtful: the text uses the two names for the cable's end in
 # the same country). 'Mauritius' stands only inside 'Mauritius Telecom': nothing of its own.
 entities=[E("Service", EIG, "EIG"), E("Service", "I-ME-WE"), E("Service", "SEA-ME-WE 4"),
           E("Company", "Alcatel-Lucent"), E("Company", "TE Subcom", "Tyco"), E("Company", "Ciena"),
           E("Company", "AT&T"), E("Company", "Bharti Airtel"), E("Company", "BT Group"),
           E("Company", "Cable & Wireless Worldwide"), E("Company", "Djibouti Telecom"),
           E("Company", "Emirates Integrated Telecommunications Co.", "du"), E("Company", "Gibtelecom"),
           E("Company", "IAM"), E("Company", "Libyan Post Telecommunications & Information Technology Company"),
           E("Company", "Mauritius Telecom"), E("Company", "Monaco Telecom"), E("Company", "MTN Group"),
           E("Company", "Omantel"), E("Company", "PT Comunica\u00e7\u00f5es, S.A."),
           E("Company", "Saudi Telecom Company"), E("Company", "Telecom Egypt"), E("Company", "Telkom SA"),
           E("Company", "Verizon Business"),
           E("Location", "U.K.", "Britain")]
          + locs("Portugal", "Gibraltar", "Monaco", "France", "Libya", "Egypt", "Saudi Arabia", "Djibouti", "Oman",
                 "United Arab Emirates", "India"),
 roles=[],
 # 'The investors in EIG was a consortium of 18 telecoms companies' is investment, not a stated operation of the
 # cable (batch 37f's reading of the Asia-America Gateway's 19 funding partners; doubtful, since a consortium's
 # investors are commonly its owners, and `provider` covers 'owned by'); 'built by both Alcatel-Lucent and TE
 # Subcom' and Ciena's upgrade name no counterparty among the entities: no relation
 relations=[],
 outages=[
  # 'In March 2013, the EIG cable was cut near Egypt.' -> provider null (no operator named), month-level date,
  # affected the cable, location Egypt, cause the cut; no end or effect told (taken as an outage as batch 37f took
  # 'the TEAMS cable was accidentally cut again' with nothing more told)
  O(None, "2013-03", [EIG], loc="Egypt", cause="cable cut near Egypt"),
  # 'A few days later the I-ME-WE and SEA-ME-WE 4 cable was also cut near Egypt, supposedly by divers.' -> one event
  # (one sentence, one cut 'also'), both cables affected; date null ('A few days later' after a month: not a
  # calendar value; doubtful, it may fall in March or April 2013); cause as the text gives it, a supposition
  O(None, None, ["I-ME-WE", "SEA-ME-WE 4"], loc="Egypt", cause="cut near Egypt, supposedly by divers")],
 # '2015', '2020' (upgrades), 'the second quarter of 2010' (-> 2010-Q2), '2011', 'February 2020', 'March 2013';
 # 'A few days later' left out
 dates=[D("2015", "2015"), D("2020", "2020"), D("second quarter of 2010", "2010-Q2"), D("2011", "2011"),
        D("February 2020", "2020-02"), D("March 2013", "2013-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
