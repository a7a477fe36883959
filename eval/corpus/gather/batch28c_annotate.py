#!/usr/bin/env python3
"""Batch 28c gold annotations (the 5 texts of batch28c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Texts with `published` null: only absolute
dates (GUIDELINES.md, Dates).
usage: batch28c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-library-of-congress-blog-fends-off-ddos-attack-2016"] = dict(
 # the Library of Congress, a federal agency -> Organization ('the Library' throughout, capitalised: alias 'Library',
 # as the corpus's 'Commission' for the FCC); Congress.gov and the BARD service -> Service; the U.S. Copyright Office
 # and the National Library Service for the Blind and Physically Handicapped -> Organization; 'Library IT
 # professionals', 'contract partners', 'other agencies' -> generic, not annotated
 entities=[E("Person", "Bernard A. Barton Jr."), E("Organization", "Library of Congress", "Library"),
           E("Service", "Congress.gov"), E("Organization", "U.S. Copyright Office"), E("Service", "BARD"),
           E("Organization", "National Library Service for the Blind and Physically Handicapped")],
 # 'chief information officer of the Library of Congress' -> executive (as the corpus's TSB chief information officer)
 roles=[R("Bernard A. Barton Jr.", "executive", "Library of Congress")],
 # 'Library services and websites, including Congress.gov' -> Congress.gov provider the Library; 'the BARD service from
 # the National Library Service ...' -> provider that service; the Copyright Office's and the National Library
 # Service's place inside the Library is not stated -> no parentOrganization (doubtful: 'Library services ...,
 # including ... the U.S. Copyright Office' reads as if it were part of the Library)
 relations=[L("Congress.gov", "provider", "Library of Congress"),
            L("BARD", "provider", "National Library Service for the Blind and Physically Handicapped")],
 # one outage: the DDoS attack of Sunday 17 July 2016 disrupted the Library's services and websites -> provider the
 # Library (whose systems were attacked); affected the named services and the Copyright Office; 'Sunday morning' is no
 # clock time -> start null; no end day or duration stated ('this week')
 outages=[O("Library of Congress", "2016-07-17", ["Congress.gov", "U.S. Copyright Office", "BARD"],
            cause="distributed denial of service (DDoS) attack")],
 # against `published` 2016-07-20 (a Wednesday; doubtful, see batch28c.py): 'Sunday morning' and 'July 17' -> 17 July
 # 2016; 'this week', 'for now' -> skipped
 dates=[D("Sunday morning", "2016-07-17"), D("July 17", "2016-07-17")])

A["wp-september-2013-new-haven-line-power-outage"] = dict(
 # Metro-North Railroad and Con Edison -> Company; the New Haven Line, the railroad's line and train service ->
 # Service (doubtful: a rail line could be read as a facility, Location); 'Mount Vernon, New York' and 'Harrison, New
 # York' -> the two towns and New York (as the corpus's 'City, State' places)
 entities=[E("Company", "Metro-North Railroad"), E("Service", "New Haven Line"), E("Company", "Con Edison"),
           E("Location", "Mount Vernon"), E("Location", "New York"), E("Location", "Harrison")],
 roles=[],
 # 'Metro-North Railroad's New Haven Line' -> provider; 'a ... feeder cable from Con Edison that provided electricity
 # to ... the New Haven Line' -> no partner (a supply relation between the two companies is implied, not stated as
 # a contract; doubtful)
 relations=[L("New Haven Line", "provider", "Metro-North Railroad")],
 # one outage: Con Edison's feeder cable failed on 25 September 2013 and halted electric train service on the line
 # -> provider Con Edison (whose equipment failed; doubtful: the railroad's service is what stopped); 'for twelve
 # days' -> 288 hours; place between the two towns; cause the feeder cable's failure
 outages=[O("Con Edison", "2013-09-25", ["New Haven Line", "Metro-North Railroad"], dur=288.0,
            loc="between Mount Vernon and Harrison, New York", cause="main feeder cable failed")],
 # `published` null: absolute expressions only; the event name's 'September 2013' -> the month (as batch 27c's
 # event-name years); 'in 2013' -> the year
 dates=[D("September 2013", "2013-09"), D("2013", "2013"), D("September 25, 2013", "2013-09-25")])

A["us-house-science-committee-letter-national-weather-service-outage"] = dict(
 # the House committee -> Organization ('the Committee' in the letter: alias 'Committee'); the National Weather
 # Service -> Organization (alias NWS); 'Texas' in the members' '(R-Texas)', '(D-Texas)' -> Location (doubtful: batch
 # 17c's Markey release left its '(D-Mass.)' abbreviations out); 'Americans' -> not annotated
 entities=[E("Organization", "U.S. House Science, Space, and Technology Committee", "Committee"),
           E("Person", "Lamar Smith"), E("Person", "Eddie Bernice Johnson"), E("Location", "Texas"),
           E("Organization", "National Weather Service", "NWS"), E("Person", "Louis Uccellini")],
 # 'Director Louis Uccellini' of the NWS -> head (an agency's director leading it); the committee's chairman and
 # ranking member are legislators -> no role (batch 17c)
 roles=[R("Louis Uccellini", "head", "National Weather Service")],
 relations=[],
 # one outage: the NWS 'suffered a power outage' and 'stopped disseminating forecasts, warnings, ... for hours' ->
 # provider the NWS; `published` null, 'On Monday' unresolved -> date null; 'for hours' -> no duration; the
 # disseminated products are not named services -> affected []
 outages=[O("National Weather Service", None, [], cause="power outage")],
 # `published` null: 'today', 'On Monday', 'daily' -> nothing
 dates=[])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-lords-rural-payments-agency-basic-payment-scheme-2015"] = dict(
 # the agency is named in the text only as 'the RPA' (its full name is in the title only) -> Organization 'RPA';
 # England -> Location; the basic payment scheme, the common agricultural policy, the SPS computer system -> a
 # programme, a policy, a system named generically -> not annotated; the speaking minister is unnamed -> no role
 entities=[E("Organization", "RPA"), E("Location", "England")],
 roles=[],
 relations=[],
 # 'performance issues with the online interface', paper-based forms offered instead -> no outage (no service said
 # down, no start told; a near-miss, as batch 19b's planned pause)
 outages=[],
 # against `published` 2015-03-24: 'since February' -> February 2015; 'in April' -> April 2015; 'To date', 'the
 # first year' -> skipped
 dates=[D("February", "2015-02"), D("April", "2015-04")])

A["fcc-pai-statement-oig-report-comment-system-2018"] = dict(
 # the FCC (aliases FCC, 'the Commission' -> 'Commission', as the corpus's FCC files); the Office of Inspector General
 # (also 'the Office of the Inspector General'; 'The Inspector General’s office' is a possessive phrase, not added);
 # the Electronic Comment Filing System (ECFS) -> Service; Congress -> Organization; the dateline 'WASHINGTON' ->
 # Location (as the corpus's datelines); 'the prior Administration', 'the American people' -> not annotated
 entities=[E("Location", "WASHINGTON"), E("Organization", "Federal Communications Commission", "FCC", "Commission"),
           E("Person", "Ajit Pai"),
           E("Organization", "Office of Inspector General", "Office of the Inspector General"),
           E("Service", "Electronic Comment Filing System", "ECFS"), E("Organization", "Congress")],
 # 'Federal Communications Commission Chairman Ajit Pai' -> chairman; the former CIO is unnamed -> no role
 roles=[R("Ajit Pai", "chairman", "Federal Communications Commission")],
 # 'the FCC’s Electronic Comment Filing System' -> provider; the Inspector General's office is not said to be the
 # FCC's -> no parentOrganization
 relations=[L("Electronic Comment Filing System", "provider", "Federal Communications Commission")],
 # 'the incident involving the FCC’s ECFS that took place on May 7-8, 2017' -> no service said lost -> no outage
 # (near-miss)
 outages=[],
 # 'May 7-8, 2017' -> its first day (as the corpus's 'January 18–19, 2012'); 'For several months' -> skipped
 dates=[D("August 6, 2018", "2018-08-06"), D("May 7-8, 2017", "2017-05-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
