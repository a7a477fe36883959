#!/usr/bin/env python3
"""Batch 36c gold annotations (the texts of batch36c.py: four UK Statistics Authority breach reports), written from
each text alone; newskg was not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt
along test, train, dev, train (batch10_annotate.write_parts). Each report's 'Date of breach report' is its
`published` day, so the clock times of the producer's account are resolved to the day the account ties them to;
a time stated only as a standing rule ('released to all users at 9.30am on a weekday') resolves to no calendar value
and is left out. Form answers that name a person under the label 'Head of Profession for Statistics or Lead
(Official)' give a `head` role at the producer (as 'Head of Tax at Tullow' gave `head`); 'person dealing with
report' is no title, so no role.
usage: batch36c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outage -------------------------------------------------------------------------------------------------------
A["uksa-breach-report-phe-excess-mortality-porton-servers-2021"] = dict(
 # Public Health England (alias PHE) -> Organization (a government agency); Allan Baker (person dealing with the
 # report) and Clare Griffiths (the Head of Profession answer) -> Person; Porton (where the PHE servers stand) ->
 # Location; GOV.UK ('the GOV.UK page') -> Service, as batch 35g typed it. Not annotated: 'Excess mortality in
 # English regions' (a statistical output's title), 'ICT colleagues', 'a Senior Public Health Data Manager' (no
 # name), the e-mail addresses.
 entities=[E("Organization", "Public Health England", "PHE"), E("Person", "Allan Baker"),
           E("Person", "Clare Griffiths"), E("Location", "Porton"), E("Service", "GOV.UK")],
 # Clare Griffiths answers 'Name and contact details of Head of Profession for Statistics or Lead Official' for the
 # producer organisation Public Health England -> head at PHE (doubtful: the label offers two posts); Allan Baker is
 # only the person dealing with the report -> no role
 roles=[R("Clare Griffiths", "head", "Public Health England")],
 relations=[],
 # one outage: 'This attempt did not work, however, due to a failure of the PHE servers at Porton' with 'significant
 # issues affecting services hosted at Porton' (e-mail of 13:25), 'The Porton servers were restored overnight' ->
 # provider Public Health England (its own servers), date 2021-09-16 (the form's 'Date of occurrence of breach
 # 16/09/2021'; the account's Thursday release day), start null (the failure was under way by 13:25, its start not
 # stated), end null ('restored overnight', no time), duration null, affected [] (the 'services hosted at Porton' are
 # not named; the reports are a publication, not a service; the live site is not named), location Porton, cause
 # 'server failure' (doubtful: the failing servers are the event itself; a reader may leave cause null)
 outages=[O("Public Health England", "2021-09-16", [], loc="Porton", cause="server failure")],
 # published 20 September 2021: '20 September 2021'; '16/09/2021'; '2pm' (the release time on 16 September; its
 # first use states the monthly rule, its second the day's attempt - one item) -> 2021-09-16T14:00; '13:25pm' ->
 # 2021-09-16T13:25; '8:15am' and 'Friday 17 September' -> 17 September 2021; 'the day after' (they were due for
 # release) -> 2021-09-17. 'once a month', 'the third Thursday of every month', 'overnight' -> no calendar value.
 dates=[D("20 September 2021", "2021-09-20"), D("16/09/2021", "2021-09-16"), D("2pm", "2021-09-16T14:00"),
        D("13:25pm", "2021-09-16T13:25"), D("8:15am", "2021-09-17T08:15"), D("Friday 17 September", "2021-09-17"),
        D("the day after", "2021-09-17")])

# ---- near-misses --------------------------------------------------------------------------------------------------
A["uksa-breach-report-teo-nation-brands-index-hosting-platform-delay-2021"] = dict(
 # The Executive Office (alias TEO) and Enterprise Shared Services (alias ESS, 'responsible for uploading scheduled
 # web content') -> Organization; 'Programme for Government (PfG) Analytics branch', later 'PfG Analytics' -> the
 # branch as Organization 'PfG Analytics' (the text's own short name; the long form sits around a parenthesis -
 # doubtful naming); Emma Morgan, Edel Hendry -> Person; Northern Ireland (in the output's title) -> Location. Not
 # annotated: 'Nation Brands Index' (a report), 'TEO press office', 'the Information Officer', 'IT', 'a hosting
 # platform' (unnamed).
 entities=[E("Organization", "The Executive Office", "TEO"), E("Organization", "Enterprise Shared Services", "ESS"),
           E("Organization", "PfG Analytics"), E("Person", "Emma Morgan"), E("Person", "Edel Hendry"),
           E("Location", "Northern Ireland")],
 # Edel Hendry answers 'Name and contact details of Head of Profession for Statistics or Lead' for TEO -> head at
 # The Executive Office (doubtful, as the PHE item); Emma Morgan deals with the report -> no role
 roles=[R("Edel Hendry", "head", "The Executive Office")],
 # no relation: the text never says PfG Analytics is a branch of TEO, nor whose ESS is
 relations=[],
 # near-miss: 'A hosting platform issue with scheduled content publishing caused the scheduled release to go live 3
 # minutes late (9.33am)'; the website stayed up and nothing users had was lost -> no outage (doubtful: a reader may
 # record a failure of scheduled publishing on 2021-02-25, 09:30-09:33, 0.05 h, provider null, cause 'hosting
 # platform issue with scheduled content publishing')
 outages=[],
 # published 25 February 2021: '2020' (the output's year); '25 Feb 2021'; '9.30am' (the scheduled release of 25
 # February; its first use names the standing time - one item) -> 2021-02-25T09:30; '9.33am', '9.32am' on that day.
 # '3 minutes', 'approximately 3 minutes' are durations.
 dates=[D("2020", "2020"), D("25 Feb 2021", "2021-02-25"), D("9.30am", "2021-02-25T09:30"),
        D("9.33am", "2021-02-25T09:33"), D("9.32am", "2021-02-25T09:32")])

A["uksa-breach-report-ons-labour-market-time-series-error-message-2021"] = dict(
 # Office for National Statistics (alias ONS, in 'the ONS Homepage') -> Organization; Debra Prestwood -> Person;
 # Newport (the Head of Profession's address) and UK (in the release's name 'Labour Market Overview, UK') ->
 # Location (UK doubtful: only inside a title). Not annotated: 'Government Buildings', 'Cardiff Road' (an address),
 # 'the Publishing Team', 'the ONS Homepage' (a page), 'one journalist'.
 entities=[E("Organization", "Office for National Statistics", "ONS"), E("Person", "Debra Prestwood"),
           E("Location", "Newport"), E("Location", "UK")],
 # the Head of Profession answer names a post and an address, no person; Debra Prestwood deals with the report -> no
 # role
 roles=[],
 relations=[],
 # near-miss: the time series collection 'was delayed by 13 minutes' because 'an inaccurate error message in the
 # publishing system' paused publishing, 'there was no underlying problem' -> a false alarm, no system failed, no
 # service lost -> no outage
 outages=[],
 # published 27 April 2021: '27/04/2021'; '20/04/2021'; 'April 2021' (the release's month, in its name) -> 2021-04;
 # '07:00' and '20 April 2021' -> 20 April 2021; '07:13' on that day. '9.30am on a weekday' is a standing rule ->
 # left out; '13 minutes' is a duration.
 dates=[D("27/04/2021", "2021-04-27"), D("20/04/2021", "2021-04-20"), D("April 2021", "2021-04"),
        D("07:00", "2021-04-20T07:00"), D("20 April 2021", "2021-04-20"), D("07:13", "2021-04-20T07:13")])

A["uksa-breach-report-defra-poultry-statistics-page-not-authorised-2021"] = dict(
 # Department for Environment, Food and Rural Affairs (alias Defra) -> Organization; Andrew Scaife -> Person. Not
 # annotated: 'Historical statistics notices on poultry and poultry meat production' (a publication), 'the drafting
 # officer', 'the authorising officer', 'The Head of Profession Support Team' (a team, taken as generic).
 entities=[E("Organization", "Department for Environment, Food and Rural Affairs", "Defra"),
           E("Person", "Andrew Scaife")],
 # Andrew Scaife deals with the report; the Head of Profession row has no answer -> no role
 roles=[],
 relations=[],
 # near-miss (a trap for outage extraction): 'The historical data was not available for 8 minutes' because the page
 # 'had not been authorised for publication the day before' ('due to human error'); no system failed -> no outage
 outages=[],
 # published 18 February 2021: '2020' (the notices' year); '18/02/2021'; '09:30' (on 18 February 2021); '18 February
 # 2021'; '18 February'; 'the previous day' and 'the day before' -> 17 February 2021 (the second also occurs in the
 # standing 'the day before publication' - one item); '09:36', '09:38' on 18 February. '9.30am on a weekday' is a
 # standing rule -> left out; '8 minutes' is a duration; 'the same day' is left out (no day of its own).
 dates=[D("2020", "2020"), D("18/02/2021", "2021-02-18"), D("09:30", "2021-02-18T09:30"),
        D("18 February 2021", "2021-02-18"), D("18 February", "2021-02-18"), D("the previous day", "2021-02-17"),
        D("09:36", "2021-02-18T09:36"), D("09:38", "2021-02-18T09:38"), D("the day before", "2021-02-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
