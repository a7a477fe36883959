#!/usr/bin/env python3
"""Batch 38j gold annotations for the three toscaData Wikinews texts of batch38j.py (a bank's website crashed under
a run on its branches, telephone lines into a capital not functioning under emergency rule, a broadcaster's satellite
signal jammed by a government), made by reading each text alone; no extractor was run on any of them. Split rule
fixed before annotating: ids sorted, dealt along test, train, dev (cycle).
Outage conventions: a website that 'crashed under the demand' is a service users lost (provider the company whose
site it is); lines 'not functioning' whose cause the text leaves open (deliberate or high traffic) are annotated as
an outage with provider and cause null, as batch 34l did for Venezuela's opposition websites (doubtful); stations
taken off the air under emergency rule and a broadcast jammed by a government are no outage (GUIDELINES: government
orders closing a broadcaster; deliberate interference by a state, no failure of the operator's systems told), so
near-misses.
usage: batch38j_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-musharraf-declares-emergency-rule-pakistan-2007
wn-news-services-web-companies-increase-farsi-2009
wn-uk-bank-gets-emergency-support-2007""".split())
A = {}

A["wn-musharraf-declares-emergency-rule-pakistan-2007"] = dict(
 entities=[E("Person", "Pervez Musharraf", "Musharraf"), E("Location", "Pakistan"),
           E("Organization", "Supreme Court of Pakistan", "Supreme Court"), E("Person", "Benazir Bhutto"),
           E("Location", "Dubai"), E("Company", "Dawn News"), E("Location", "United States"),
           E("Location", "United Kingdom")],
 # 'Former Prime Minister Benazir Bhutto, who recently returned home' → minister at Pakistan, current false (home is
 # Pakistan by the story; GUIDELINES: heads of government → minister with the country). Musharraf's post is never
 # named in the cut text ('last month's election, which he won' implies it) → no role (a doubtful point: president
 # at Pakistan). Dawn News, 'a private television station' → Company (a broadcaster). 'the United Kingdom's foreign
 # secretary' is unnamed → no role; 'state television', 'the Constitution' → no entity.
 # Outage (doubtful): 'land and cell lines into the capital are not functioning, but it is not clear if this is
 # deliberate or is due to high traffic or some other concern' → provider null (no operator named), date the day
 # published (present tense; a doubtful point: the text names no day), affected [] (no service named), location
 # Pakistan (the capital is not named), cause null (three causes left open). The stations that 'have gone off the
 # air' under the emergency are a near-miss, not an outage (GUIDELINES: a government order closing a broadcaster).
 # Dates (published Saturday 3 November 2007): 'last month' (in 'last month's election') → 2007-10.
 roles=[R("Benazir Bhutto", "minister", "Pakistan", False)],
 relations=[],
 outages=[O(None, "2007-11-03", [], loc="Pakistan")],
 dates=[D("last month", "2007-10")])

A["wn-news-services-web-companies-increase-farsi-2009"] = dict(
 entities=[E("Company", "Google"), E("Service", "Google Translate", "Translate"), E("Company", "Facebook"),
           E("Company", "BBC"), E("Service", "BBC Persian Television"), E("Person", "Franz-Josef Och"),
           E("Location", "Iran"), E("Service", "YouTube"), E("Organization", "British Foreign Office"),
           E("Service", "Hot Bird 6"), E("Service", "Eutelsat W2M"), E("Company", "Nilesat")],
 # Relations: provider(Google Translate, Google) ('its Google Translate service'); provider(BBC Persian Television,
 # BBC) ('its Farsi news channel, BBC Persian Television'; the channel typed Service, a doubtful point: the corpus
 # types BBC World Service a Company). 'funded by the British Foreign Office' → no relation (funding is none of the
 # four kinds). Facebook's Farsi site is unnamed → no Service. Franz-Josef Och is quoted with no post or employer
 # stated → no role (a doubtful point: a reader may infer Google). Satellites typed Service (as the corpus types
 # Galaxy IV and Astra 1A); Eutelsat is named only inside 'Eutelsat W2M' → no separate entity; Nilesat ('broadcasting
 # from Nilesat') → Company, as the corpus types it (a doubtful point: here it may mean the satellite). YouTube, named
 # in Och's quote, → Service with no provider (its owner is not named). 'the Iranian government', 'the British
 # Government' → no entity (generic, as batch 37h left 'the Chinese government').
 # No outage: the BBC's broadcasts on Hot Bird 6 'aggressively jammed' by the Iranian government is deliberate
 # interference by a state, no failure of the BBC's or the satellite's systems, and the text does not say viewers
 # lost the channel → a near-miss (doubtful: a reader may record an outage, provider BBC, affected BBC Persian
 # Television, cause signal jamming, date 2009-06 or null).
 # Dates (published Friday 19 June 2009): none ('the recent presidential election' gives no calendar value).
 roles=[],
 relations=[L("Google Translate", "provider", "Google"), L("BBC Persian Television", "provider", "BBC")],
 outages=[], dates=[])

A["wn-uk-bank-gets-emergency-support-2007"] = dict(
 entities=[E("Company", "Northern Rock"), E("Organization", "Bank of England"), E("Location", "Newcastle"),
           E("Location", "UK"), E("Organization", "Financial Services Authority"), E("Person", "Alistair Darling"),
           E("Company", "Radio 4"), E("Person", "Adam Applegarth", "Applegarth"), E("Company", "Paragon"),
           E("Company", "Cedar Holdings")],
 # Roles: 'Northern Rock chief executive Adam Applegarth' → ceo at Northern Rock; 'Chancellor of the Exchequer
 # Alistair Darling' → minister at UK (the country named on its own in 'the UK's largest mortgage lenders').
 # 'Radio 4' (in 'Radio 4's Today programme') → Company, a broadcaster, as batch 37v typed 'BBC radio 4' (a doubtful
 # point: Service); the Today programme → no entity. 'U.S.' in 'the U.S. subprime mortgage market' and 'American'
 # are modifiers → no Location (as batch 37h left 'U.S.' inside 'U.S. dollar'). 'the Government', 'the central
 # bank' (the Bank of England, a generic phrase) → no alias. The FTSE 100 → no entity (an index). Relations: none
 # (the Bank of England's emergency loans are central-bank support, not a partner contract of the kinds).
 # Outage: 'It is reported that the company website also crashed under the demand' → provider Northern Rock, the
 # website unnamed so affected [], cause 'demand' (customers' demand during the run), date 2007-09 (the text does
 # not fix the day: the loans came 'yesterday', 13 September, the queues and the crash are told without a day; a
 # doubtful point: 2007-09-14, the day published), times, duration and location null.
 # Dates (published Friday 14 September 2007): 'yesterday' → 2007-09-13; 'Friday' → 2007-09-14; 'this year' →
 # 2007; '1973'.
 roles=[R("Adam Applegarth", "ceo", "Northern Rock"), R("Alistair Darling", "minister", "UK")],
 relations=[],
 outages=[O("Northern Rock", "2007-09", [], cause="demand")],
 dates=[D("yesterday", "2007-09-13"), D("Friday", "2007-09-14"), D("this year", "2007"), D("1973", "1973")])


if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
