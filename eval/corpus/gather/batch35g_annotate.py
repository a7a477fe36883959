#!/usr/bin/env python3
"""Batch 35g gold annotations (the texts of batch35g.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). The five blog posts carry their posting day (from
their addresses) as `published`, so day-and-month expressions without a year ('Wednesday 28 June') are resolved
against it; the Ofgem release has none, so only its absolute expression is listed (GUIDELINES, Dates). Clock times
tied to a stated day are listed as dates with that day (as batch 34k did).
usage: batch35g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

GOVUK = E("Service", "GOV.UK")

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["gov-uk-blog-incident-report-fastly-carrenza-outages-2017"] = dict(
 # GOV.UK (the website users visit) -> Service; Fastly (named in 'Incident 1: Fastly outage', the text's 'content
 # delivery network (CDN) provider') and Carrenza ('Incident 2: Carrenza outage', 'our hosting provider') ->
 # Company. 'our third-party suppliers', 'the supplier', 'Government publishers' -> generic, not annotated.
 entities=[GOVUK, E("Company", "Fastly"), E("Company", "Carrenza")],
 roles=[],
 # no relation: both companies supply GOV.UK, but GOV.UK is a Service whose operating body the text does not name,
 # and `partner` joins two organisations; neither company runs GOV.UK (so no `provider`) - doubtful, left out
 relations=[],
 # two outages told apart, each with its own supplier, day and times:
 # 1) 'From around 2:55pm until 3:20pm on Wednesday 28 June, GOV.UK was slow or intermittently unavailable' after
 #    'a global outage at our content delivery network (CDN) provider' -> provider Fastly (the heading names it),
 #    date 2017-06-28 (published 8 January 2018: the 28 June before it, a Wednesday in 2017), start 14:55 ('around'
 #    kept as stated), end 15:20, duration 25 minutes = 0.42 h (computed), affected GOV.UK, location null ('global'
 #    is no place), cause null (the CDN's own outage is the event; why it failed is not stated)
 # 2) 'From 8:18am to 8:55am on Thursday 3rd August, GOV.UK content was served from static mirrors', search, finders,
 #    some assets and the publishing applications unavailable, after 'planned maintenance on the supplier's external
 #    firewalls' during which the devices 'lost connectivity to the internal firewalls' -> provider Carrenza, date
 #    2017-08-03 (a Thursday in 2017), 08:18-08:55, 37 minutes = 0.62 h, affected GOV.UK (the features lost are parts
 #    of GOV.UK, not named services), cause 'firewalls lost connectivity during planned maintenance'
 outages=[O("Fastly", "2017-06-28", ["GOV.UK"], start="2017-06-28T14:55", end="2017-06-28T15:20", dur=0.42),
          O("Carrenza", "2017-08-03", ["GOV.UK"], start="2017-08-03T08:18", end="2017-08-03T08:55", dur=0.62,
            cause="firewalls lost connectivity during planned maintenance")],
 # published Monday 8 January 2018: 'Wednesday 28 June' -> 2017-06-28; '2:55pm', '3:20pm' on that day; 'Thursday 3rd
 # August' -> 2017-08-03; '8:18am', '8:55am' on that day
 dates=[D("Wednesday 28 June", "2017-06-28"), D("2:55pm", "2017-06-28T14:55"), D("3:20pm", "2017-06-28T15:20"),
        D("Thursday 3rd August", "2017-08-03"), D("8:18am", "2017-08-03T08:18"), D("8:55am", "2017-08-03T08:55")])

A["gov-uk-blog-incident-report-cdn-outage-8-june-2021"] = dict(
 # GOV.UK -> Service; the CDN is never named in the text; 'the head of technology and architecture' (a post, no
 # name), 'other non-governmental sites' (unnamed) -> not annotated
 entities=[GOVUK],
 roles=[],
 relations=[],
 # one outage: 'On Tuesday 8 June 2021 the primary content delivery network (CDN) that GOV.UK uses had an outage ...
 # For less than an hour users visiting GOV.UK were unable to access information and services' -> provider null
 # (the failing CDN's operator is not named in the text as held - doubtful: news names it), date 2021-06-08,
 # affected GOV.UK, duration null ('less than an hour' is a bound, not a stated duration), no start or end times,
 # location null ('across the world'), cause 'primary content delivery network outage' (the text's 'caused by an
 # issue with the primary CDN we use')
 outages=[O(None, "2021-06-08", ["GOV.UK"], cause="primary content delivery network outage")],
 # published Friday 11 June 2021: 'Tuesday 8 June 2021' -> 2021-06-08; '4 minutes', '15 minutes' are durations
 dates=[D("Tuesday 8 June 2021", "2021-06-08")])

A["gov-uk-blog-incident-roundup-licensing-cloud-provider-2018"] = dict(
 # GOV.UK -> Service; 'our cloud provider who hosts the licensing infrastructure' is unnamed; the licensing
 # application, 'licences on GOV.UK' and 'a temporary events notice' are parts of GOV.UK or a document type, not named
 # services -> not annotated
 entities=[GOVUK],
 roles=[],
 relations=[],
 # one outage (the only one of the post's 4 incidents in the text as cut): 'From 4:49pm to 7.34pm on 18 June 2018,
 # users were unable to apply for or download licences on GOV.UK ... and the administration tools for licences were
 # unavailable' -> provider null (the cloud provider is unnamed; its upgrade caused it - a reader may name GOV.UK's
 # unnamed operator instead: doubtful), date 2018-06-18, 16:49-19:34, duration 2.75 h (computed), affected GOV.UK,
 # location null, cause 'cloud provider's upgrade altered health checks'
 outages=[O(None, "2018-06-18", ["GOV.UK"], start="2018-06-18T16:49", end="2018-06-18T19:34", dur=2.75,
            cause="cloud provider's upgrade altered health checks")],
 # published 12 March 2019: 'May 2016' -> 2016-05; 'June' (of 'between June and July 2018') -> 2018-06; 'July 2018'
 # -> 2018-07; '18 June 2018'; '4:49pm', '7.34pm' on that day; 'half an hour', '10 minutes' are durations
 dates=[D("May 2016", "2016-05"), D("June", "2018-06"), D("July 2018", "2018-07"), D("18 June 2018", "2018-06-18"),
        D("4:49pm", "2018-06-18T16:49"), D("7.34pm", "2018-06-18T19:34")])

A["gov-uk-blog-incident-roundup-part-3-blank-pages-search-errors-2017"] = dict(
 # GOV.UK -> Service; 'the Trade Tariff app' -> Service 'Trade Tariff'; 'the Platform as a Service (PaaS)
 # statuspage channel' -> Service 'Platform as a Service' (alias PaaS; the capitalised name of the platform whose
 # status page is meant - doubtful, the words are also a generic cloud term); Fastly ('our content delivery network,
 # Fastly') -> Company; the Competition and Markets Authority (named in its case finder) -> Organization; Slimmer
 # (internal code that styles pages, not something users use) -> not annotated
 entities=[GOVUK, E("Service", "Trade Tariff"), E("Service", "Platform as a Service", "PaaS"),
           E("Company", "Fastly"), E("Organization", "Competition and Markets Authority")],
 roles=[],
 # no relation: Fastly serves GOV.UK's pages as its CDN (a supplier of a Service whose operator is unnamed; see the
 # 2017 item); the CMA's case finder is a page on GOV.UK, not a service the text says the CMA runs
 relations=[],
 # two outages told apart:
 # 1) 14 August 2017: 'Blank pages were being served to users on several URLs' after a bug in the Slimmer code, the
 #    blank pages cached by Fastly -> provider null (GOV.UK's own frontend code; its operating body is unnamed;
 #    Fastly only cached what it was given), date 2017-08-14, affected GOV.UK, no times, cause 'bug in the Slimmer
 #    code' (doubtful as an outage: some URLs only, for users within 30 minutes of the crawler's requests)
 # 2) 31 October 2017: 'Pages on GOV.UK that required search were not working from 4:20am to 10:57am' -> provider
 #    null, date 2017-10-31, 04:20-10:57, duration 6 h 37 min = 6.62 h (computed), affected GOV.UK, cause null (the
 #    cause is past the cut)
 # The 24 April 2017 'incident with the Trade Tariff app' is named only (no lost service stated) -> no outage
 outages=[O(None, "2017-08-14", ["GOV.UK"], cause="bug in the Slimmer code"),
          O(None, "2017-10-31", ["GOV.UK"], start="2017-10-31T04:20", end="2017-10-31T10:57", dur=6.62)],
 # published 26 April 2018: 'August 2017' -> 2017-08; 'February 2018' -> 2018-02; '24 April 2017'; '14 August
 # 2017'; '31 October 2017'; '4:20am', '10:57am' on 31 October 2017; '30 minutes' is a duration
 dates=[D("August 2017", "2017-08"), D("February 2018", "2018-02"), D("24 April 2017", "2017-04-24"),
        D("14 August 2017", "2017-08-14"), D("31 October 2017", "2017-10-31"), D("4:20am", "2017-10-31T04:20"),
        D("10:57am", "2017-10-31T10:57")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["gov-uk-blog-incident-report-announcements-page-search-index-2015"] = dict(
 # GOV.UK -> Service; the /announcements page is a page of GOV.UK, 'our content community' generic -> not annotated
 entities=[GOVUK],
 roles=[],
 relations=[],
 # near-miss: 'From early on 3 November to 11am on 4 November, the /announcements page on GOV.UK didn't show any new
 # government announcements' - the page stayed up with stale content while a locked search index queued the new
 # items; no service stated as lost -> no outage (doubtful: a reader may record a partial GOV.UK failure on
 # 2015-11-03, provider null, cause 'search index remained locked')
 outages=[],
 # published Tuesday 24 November 2015: '3 November' -> 2015-11-03; '11am' (on 4 November) -> 2015-11-04T11:00;
 # '4 November' -> 2015-11-04; '2 November' -> 2015-11-02; '4:06am' (on 3 November) -> 2015-11-03T04:06; 'Every
 # night', 'the next time' skipped
 dates=[D("3 November", "2015-11-03"), D("11am", "2015-11-04T11:00"), D("4 November", "2015-11-04"),
        D("2 November", "2015-11-02"), D("4:06am", "2015-11-03T04:06")])

A["ofgem-press-release-western-power-distribution-priority-services-register-redress"] = dict(
 # Western Power Distribution (alias WPD) -> Company; Ofgem (named in 'Ofgem's action', 'Ofgem launched') ->
 # Organization; Great Britain -> Location; the Priority Services Register(s) (PSR) - a register companies keep,
 # not a service users use - and 'network companies' -> not annotated
 entities=[E("Company", "Western Power Distribution", "WPD"), E("Organization", "Ofgem"),
           E("Location", "Great Britain")],
 roles=[],
 # 'the four licences it operates' names no licensee company -> no relation
 relations=[],
 # near-miss: power cuts told only in general ('during unplanned power cuts', 'particularly during power cuts'); no
 # power cut, day, place or cause told -> no outage
 outages=[],
 # published null: only the absolute '2020'
 dates=[D("2020", "2020")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
