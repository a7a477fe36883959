#!/usr/bin/env python3
"""Batch 37c gold annotations (the texts of batch37c.py: two Inside GOV.UK incident posts and one UK Statistics
Authority breach report), written from each text alone; newskg was not run on any of them. Split rule fixed before
annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts). As in batch
35g, an outage of GOV.UK's own software has provider null (the text names no company or body whose systems failed;
GDS, which runs GOV.UK, is never named) and GOV.UK as the affected service; the blog's posting day (from its address)
is `published`, so weekdays and days without a year resolve against it. A named in-house application that
publishers use is typed Service, as batch 35g typed 'the Trade Tariff app'; unnamed components ('the publishing
API', 'the content store', 'the travel advice publisher application') are not annotated, as batch 35g left Slimmer.
usage: batch37c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather38c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages -----------------------------------------------------------------------------------------------------
A["gov-uk-blog-incident-report-publishing-api-errors-2017"] = dict(
 # GOV.UK -> Service (as batch 35g); Whitehall ('One of our largest publishing applications, Whitehall') -> Service
 # (a named application government publishers use, typed like 35g's Trade Tariff app; doubtful: a reader may leave
 # an internal publishing tool out). Not annotated: 'the publishing API' (lower case in the text, an internal
 # component; the title's 'Publishing API' is not text), 'a content store', 'our monitoring system'.
 entities=[E("Service", "GOV.UK"), E("Service", "Whitehall")],
 roles=[],
 # no relation: no company or body is named
 relations=[],
 # one outage told apart: 'On the morning of the 28 February 2017 ... a high number of pages being served with
 # error codes. The errors were due to the publishing API responding slowly, as it was overwhelmed by a large spike
 # in requests, and the responses were timing out' -> provider null (GOV.UK's own publishing platform; its operator
 # unnamed), date 2017-02-28, start/end null ('On the morning'; restarted, no time), duration null, affected GOV.UK
 # (the pages served with errors; Whitehall's frontend use of the API is stated as background, not as hit -
 # doubtful), location null, cause 'publishing API overwhelmed by a spike in requests'. The second of the '2
 # consecutive days' is past the cut: counted, not told apart -> no second outage.
 outages=[O(None, "2017-02-28", ["GOV.UK"], cause="publishing API overwhelmed by a spike in requests")],
 # published 3 July 2017: 'February' (In February, GOV.UK had 2 consecutive days of errors) -> 2017-02; '28
 # February 2017'. 'the past 2 years' -> no calendar value.
 dates=[D("February", "2017-02"), D("28 February 2017", "2017-02-28")])

A["gov-uk-blog-travel-advice-publisher-incident-usa-2017"] = dict(
 # GOV.UK -> Service; Foreign and Commonwealth Office (alias FCO) -> Organization; USA (the country the advice is
 # for) -> Location; Rails ('the Rails framework', a named software framework) -> Service (software is Service in
 # GUIDELINES; doubtful: a developer's framework, no company named). Not annotated: 'the travel advice publisher
 # application' (lower case, an internal tool), 'travel advice' (content), 'our monitoring system', 'the publisher
 # at FCO' (no name).
 entities=[E("Service", "GOV.UK"), E("Organization", "Foreign and Commonwealth Office", "FCO"),
           E("Location", "USA"), E("Service", "Rails")],
 roles=[],
 # no relation: FCO publishes travel advice on GOV.UK but is not said to run GOV.UK (provider joins a service to
 # the company that runs it); Rails's maker is not named
 relations=[],
 # one outage (doubtful: a publishing failure, not a site down): the update to travel advice for the USA 'didn't
 # appear on GOV.UK' and the subscribers' e-mail alert 'hadn't been sent', a severity 1 incident, because the
 # travel advice publisher application's update 'upgraded the Rails framework and this changed the behaviour of
 # autoloading' -> provider null (GOV.UK's own application; its operator unnamed), date 2017-03-21 ('Tuesday, 21
 # March' before 19 January 2018 -> 2017, a Tuesday), start null ('At around 4:40pm' is when the monitoring
 # alerted, not when the failure began: the application had been updated 'earlier that day'), end null (fixed by
 # hand 'as soon as we received the alert', no time), duration null, affected GOV.UK (the page and its e-mail
 # alerts; the text names no other service), location null (the USA is the advice's subject, not where the failure
 # was), cause 'Rails framework upgrade changed autoloading'. A reader may take this as a near-miss (content late,
 # no service down); kept as an outage because a system failure stopped the alert e-mails users subscribe to.
 outages=[O(None, "2017-03-21", ["GOV.UK"], cause="Rails framework upgrade changed autoloading")],
 # published 19 January 2018: '21 March 2017'; '4:40pm' (on 21 March 2017) -> 2017-03-21T16:40; 'Tuesday, 21
 # March' -> 2017-03-21; 'earlier that day' -> 2017-03-21.
 dates=[D("21 March 2017", "2017-03-21"), D("4:40pm", "2017-03-21T16:40"), D("Tuesday, 21 March", "2017-03-21"),
        D("earlier that day", "2017-03-21")])

# ---- near-miss ---------------------------------------------------------------------------------------------------
A["uksa-breach-report-mod-armed-forces-attitude-survey-metadata-delay-2021"] = dict(
 # Ministry of Defence and Directorate of Defence Communications (alias DDC) -> Organization. Not annotated: 'Armed
 # Forces Continuous Attitude(s) Survey' / AFCAS (a statistical output, as batch 36c left the outputs' titles),
 # 'Analysis Publications Team', 'the Analysis area' (teams, generic), 'the publishing member of the team'.
 entities=[E("Organization", "Ministry of Defence"),
           E("Organization", "Directorate of Defence Communications", "DDC")],
 # no person is named (the 'person dealing with report' is a team; the Head of Profession row is empty)
 roles=[],
 # no relation: the text never says the DDC is part of the Ministry of Defence (a reader may know it is)
 relations=[],
 # near-miss: the release was uploaded about 15 minutes late ('~09.45') because the team removed metadata naming
 # the producer from the table files at the point of publication; 'The AFCAS statistic was not available at the
 # announced time', but no system failed and no service was lost -> no outage
 outages=[],
 # published 20 May 2021: '20/05/2021'; '0930' and '20th May 2021' (was due to be released at 0930 on the 20th May
 # 2021) -> 2021-05-20T09:30 and 2021-05-20; '09.45' (in '~09.45', the upload that day) -> 2021-05-20T09:45.
 # '9.30am on a weekday' is a standing rule -> left out; '15 minutes' is a duration.
 dates=[D("20/05/2021", "2021-05-20"), D("0930", "2021-05-20T09:30"), D("20th May 2021", "2021-05-20"),
        D("09.45", "2021-05-20T09:45")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
