#!/usr/bin/env python3
"""Batch 34a gold annotations (the 6 texts of batch34a.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Every text is a parliamentary record whose
sitting day is `published`, and relative expressions are resolved against that day (GUIDELINES.md, Dates).
usage: batch34a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather35a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-telegraph-public-intelligence-west-of-england-1870"] = dict(
 # the West of England -> Location; 'the Department' (the Postmaster-General's, never named), 'the Press', 'both
 # Houses' and the Queen's Speech (an event, not an entity) -> not annotated
 entities=[E("Location", "West of England")],
 roles=[],
 relations=[],
 # one outage told apart: 'on Monday night an accident occurred which had the effect of cutting off entirely
 # communication for a time with the whole of the West of England' -> provider null (the telegraphs belong to 'the
 # Department', which the text does not name), 1870-02-07 (Monday before `published` Thursday 10 February 1870),
 # location West of England, cause 'accident', no times ('for a time'). Not items: the Tuesday failure of the press
 # intelligence ('seriously delayed on Tuesday evening': a delay from heavy traffic, the Queen's Speech and
 # inexperienced staff; doubtful: the question says it 'failed ... in every part of the Country') and 'many of the
 # wires were seriously out of order' from the weather (counted, not told one by one)
 outages=[O(None, "1870-02-07", [], loc="West of England", cause="accident")],
 # `published` Thursday 10 February 1870: 'Tuesday' -> 1870-02-08, 'Tuesday evening' -> 1870-02-08 (another text, its
 # own item), 'Monday night' -> 1870-02-07, 'yesterday' -> 1870-02-09, 'to-day' -> 1870-02-10
 dates=[D("Tuesday", "1870-02-08"), D("Tuesday evening", "1870-02-08"), D("Monday night", "1870-02-07"),
        D("yesterday", "1870-02-09"), D("to-day", "1870-02-10")])

A["hansard-commons-telegraphic-communication-weather-failure-1870"] = dict(
 # Manchester, London, Dublin and Scotland (the ends of the circuits named) -> Location; 'the Department', 'the
 # telegraph companies' (plural, none named) and 'the south-eastern district' (cut) -> not annotated
 entities=[E("Location", "Manchester"), E("Location", "London"), E("Location", "Dublin"), E("Location", "Scotland")],
 roles=[],
 relations=[],
 # one outage: 'The state of the weather has affected the wires to such an extent that a very large number of them
 # have been rendered almost entirely useless', with 'very serious delays ... throughout the country' 'during
 # yesterday and the day before' -> provider null (the Department, unnamed), 1870-02-15 (the day before yesterday,
 # `published` Thursday 17 February 1870), cause 'weather', location null ('throughout the country', 'all over the
 # country': no place named; the Manchester-London, London-Dublin and London-Scotland circuits are examples of the
 # wires hit, not the outage's place), affected [] (no named service). Doubtful: the service ran with delays, a
 # partial loss of wires rather than a stop; read as one weather outage of the telegraph wires, as the corpus reads
 # storm damage to wires
 outages=[O(None, "1870-02-15", [], cause="weather")],
 # 'yesterday' -> 1870-02-16, 'the day before' -> 1870-02-15, '1866' -> 1866; 'the last few days', 'the past few
 # days' skipped
 dates=[D("yesterday", "1870-02-16"), D("the day before", "1870-02-15"), D("1866", "1866")])

A["hansard-commons-emergency-electricity-supplies-london-hospital-1962"] = dict(
 # London -> Location; the London Hospital (a teaching hospital, as an institution that 'was unable to treat its
 # patients'; Organization as the corpus's Wexford General Hospital in an outage text; doubtful: Location, as named
 # sites are) -> Organization; 'Building Bulletin No. 1' (a publication), 'hospital authorities' -> not annotated
 entities=[E("Location", "London"), E("Organization", "London Hospital")],
 roles=[],
 relations=[],
 # one outage: 'on 26th March there was a forty-minute power failure in London when it was discovered that the
 # London Hospital ... had no emergency power supplies at all', 'unable to treat its patients because of a breakdown in
 # the power supply' -> provider null (no board named), 1962-03-26, duration 0.67 (forty minutes), location London,
 # affected the London Hospital, cause null; the Minister is 'not aware of that particular incident' (not denied)
 outages=[O(None, "1962-03-26", ["London Hospital"], dur=0.67, loc="London")],
 # `published` Monday 14 May 1962: '26th March' -> 1962-03-26; 'at the moment', 'the future' skipped
 dates=[D("26th March", "1962-03-26")])

A["oireachtas-dail-telephone-service-phoenix-park-races-breakdown-1966"] = dict(
 # Phoenix Park racecourse (a named site; 'Phoenix Park' in 'Phoenix Park races' and 'the Phoenix Park telephone'
 # as alias; doubtful) -> Location; the firm '(name supplied)', 'the subscriber in question', 'the automatic
 # exchange' (unnamed) and the post 'Minister for Posts and Telegraphs' -> not annotated
 entities=[E("Location", "Phoenix Park racecourse", "Phoenix Park")],
 roles=[],
 relations=[],
 # one outage: 'the telephone to a firm (name supplied) at Phoenix Park races broke down on Saturday, 19th March, at
 # 12.30 p.m.', found 'held in an engaged condition', 'jamming of the line' until released at the automatic exchange
 # -> provider null (the Minister's Department, not named), 1966-03-19, start 1966-03-19T12:30 (the question's time;
 # the answer says only 'On the Saturday afternoon'), no end, location Phoenix Park racecourse, cause 'line held in an
 # engaged condition' (a caller's receiver not replaced being only 'the most likely explanation'), affected [] (a
 # rented line, no named service). Doubtful: one subscriber's jammed line could be read as no service outage; the
 # allegation that telephones 'go out of order on race days' is general (no item)
 outages=[O(None, "1966-03-19", [], start="1966-03-19T12:30", loc="Phoenix Park racecourse",
            cause="line held in an engaged condition")],
 # `published` Tuesday 29 March 1966: 'Saturday, 19th March' -> 1966-03-19, 'Friday, 18th March' -> 1966-03-18,
 # 'Saturday afternoon' -> 1966-03-19 (another text, its own item); 'the day before the meeting' (= 18 March, the
 # same day already listed; skipped as a phrase whose value rests on the meeting's day), 'race days' skipped
 dates=[D("Saturday, 19th March", "1966-03-19"), D("Friday, 18th March", "1966-03-18"),
        D("Saturday afternoon", "1966-03-19")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-commons-999-calls-popesgrove-exchange-1960"] = dict(
 # 999 (the emergency call service, as batch 32c typed it) -> Service; the Popesgrove Exchange (a named telephone
 # exchange, as the corpus's Cork Telephone Exchange) -> Location; 'the fire brigade' (unnamed) and the post
 # 'Postmaster-General' -> not annotated
 entities=[E("Service", "999"), E("Location", "Popesgrove Exchange")],
 roles=[],
 # no company named as 999's provider -> no relation
 relations=[],
 # near-miss: a caller near a burning house 'could not get a 999 call through but twice got the "engaged" signal';
 # the answer: 'a glut of 999 calls all relating to the same incident' at the Popesgrove Exchange, 'The first
 # half-dozen callers got through, and there was no delay whatever in the summoning of the fire brigade' -> the
 # emergency circuits were full, no fault and no loss of service told -> no outage (doubtful: the caller who got the
 # engaged signal twice lost the service for a moment)
 outages=[],
 # 'a recent incident', 'at any one time', 'an early date' -> no calendar value
 dates=[])

A["oireachtas-dail-non-delivery-of-telegram-tuam-1975"] = dict(
 # Tote Investors Limited (the firm the telegram was for, named in the supplementary) -> Company ('the firm', 'the firm
 # in question', '(name supplied)' are no aliases); County Dublin and Tuam -> Location; 'Tuam post office', 'the local
 # sub-post office', 'the race course concerned' (unnamed) and 'the Department' -> not annotated
 entities=[E("Company", "Tote Investors Limited"), E("Location", "County Dublin"), E("Location", "Tuam")],
 roles=[],
 # the firm 'do quite an amount of their business by way of the telegram and telephone services of the Department'
 # (a customer of an unnamed department; no named service) -> no relation
 relations=[],
 # near-miss: the telegram reached the local sub-post office at 12.34 p.m. on 4 December 1974 but 'the postmaster was
 # unable to secure a casual messenger to deliver the telegram promptly' and it 'arrived too late' -> a delivery
 # failure for want of staff; no line, exchange or system failed -> no outage (GUIDELINES Outages)
 outages=[],
 # '4th December, 1974' (twice, once after 'the'; listed once) -> 1974-12-04, 'January, 1971' -> 1971-01; the clock
 # times ('11.43 a.m.', '2.30 p.m.', '12.34 p.m.') and 'the weekly Saturday half-day' skipped
 dates=[D("4th December, 1974", "1974-12-04"), D("January, 1971", "1971-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
