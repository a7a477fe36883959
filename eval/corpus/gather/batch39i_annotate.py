#!/usr/bin/env python3
"""Batch 39i gold annotations (the 3 texts of batch39i.py), made from each text alone; newskg was not run on any.
Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every sub-batch
since 8b; batch10_annotate.write_parts). `published` is the day of each sitting; relative expressions are resolved
against it (GUIDELINES.md, Dates).
usage: batch39i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

A = {}
UKPN = "UK Power Networks"
NF = "North Finchley"
A["hansard-westminster-hall-power-cuts-north-finchley-uk-power-networks-2014"] = dict(
 # Main ('Mrs Main', the chair), Wallace ('my hon. Friend the Member for Wyre and Preston North (Mr Wallace)') ->
 # Person, by the surname the text gives (as batch 38h's 'Mans'); Wyre and Preston North (a constituency, as 38h's
 # Wyre), North Finchley -> Location; High road -> Location (doubtful: a street, named as the place the cuts hit);
 # UK Power Networks -> Company (the distribution network operator, as the corpus types it). Not entities:
 # 'householders', 'businesses', 'the main substation' (unnamed)
 entities=[E("Person", "Main"), E("Location", "Wyre and Preston North"), E("Person", "Wallace"),
           E("Location", "High road"), E("Location", NF), E("Company", UKPN)],
 # Wallace 'is acting in locus ministries' (standing in for the minister; no post or country named) -> no role;
 # Main chairs the sitting (a chair of the sitting, not of an organisation) -> no role
 roles=[],
 relations=[],
 # eleven power cuts, each told apart by its day in the list 'on 4 September, 16 and 18 October and 16, 18, 23 and
 # 24 December 2013; and on 6 and 7 January and 13 and 14 November 2014', each given its cause by the next paragraphs
 # (GUIDELINES: an outage the text tells apart is one; doubtful: a reader could take the list as one run of cuts).
 # Provider UK Power Networks for all (named as owner of the box whose flooding began the series and of the network
 # whose circuits, substation and cables failed; doubtful: the text never says 'UK Power Networks' network' in so many
 # words). Location North Finchley (the cuts 'in and around High road, North Finchley'). No clock times, ends or
 # durations. Causes: September -> water ingress into a box; October and 'the first two outages in December' (16 and
 # 18 December) -> redirected power overloading the old neighbouring circuits' cables; 'Just before Christmas last
 # year' (23 and 24 December) and 'January this year' (6 and 7 January) -> the main substation's low-voltage board
 # failing; 'mid-November' (13 and 14 November 2014) -> the cables' insulation failing
 outages=[O(UKPN, "2013-09-04", [], loc=NF, cause="water ingress into a UK Power Networks box")]
        + [O(UKPN, d, [], loc=NF, cause="redirected power overloading the cables")
           for d in ("2013-10-16", "2013-10-18", "2013-12-16", "2013-12-18")]
        + [O(UKPN, d, [], loc=NF, cause="low-voltage board of the main substation failed")
           for d in ("2013-12-23", "2013-12-24", "2014-01-06", "2014-01-07")]
        + [O(UKPN, d, [], loc=NF, cause="cable insulation failed") for d in ("2014-11-13", "2014-11-14")],
 # 'this afternoon' -> the sitting's day; the list's days with a month word each once ('4 September', '18 October',
 # '24 December 2013', '7 January', '14 November 2014'; the bare '16', '18', '23', '6', '13' are no expressions of
 # their own, as batch 38c left '4' in '4 and 5 November' — doubtful); 'last December' and 'December' ('the first two
 # outages in December') -> 2013-12; 'September last year' -> 2013-09; 'October' ('the October outages') -> 2013-10;
 # 'Christmas last year' -> 2013-12-25 (doubtful: a holiday named as a day); 'January this year' -> 2014-01;
 # 'mid-November' -> 2014-11. Skipped: 'During the past year' (a span), 'just a few weeks ago', 'the run-up to
 # Christmas' (GUIDELINES: no value)
 dates=[D("this afternoon", "2014-12-09"), D("4 September", "2013-09-04"), D("18 October", "2013-10-18"),
        D("24 December 2013", "2013-12-24"), D("7 January", "2014-01-07"), D("14 November 2014", "2014-11-14"),
        D("last December", "2013-12"), D("September last year", "2013-09"), D("October", "2013-10"),
        D("December", "2013-12"), D("Christmas last year", "2013-12-25"), D("January this year", "2014-01"),
        D("mid-November", "2014-11")])

AB = "Argyll and Bute"
A["hansard-commons-rural-phone-broadband-argyll-bute-bt-landlines-storm-2015"] = dict(
 # Hereford and South Herefordshire (a constituency), Argyll and Bute, Kintyre ('south Kintyre'), Newport, Wales
 # ('south Wales'; doubtful: named only inside the lower-case 'south Wales') -> Location; Jesse Norman -> Person;
 # the Backbench Business Committee, NATO -> Organization; BT -> Company. Not entities: 'telephone companies',
 # 'the engineers', MBORC (a declared status, not a body or service)
 entities=[E("Location", "Hereford and South Herefordshire"), E("Person", "Jesse Norman"),
           E("Organization", "Backbench Business Committee"), E("Location", AB), E("Location", "Kintyre"),
           E("Company", "BT"), E("Organization", "NATO"), E("Location", "Newport"), E("Location", "Wales")],
 # Jesse Norman is named as a Member (a legislator: no role, GUIDELINES)
 roles=[],
 relations=[],
 # one outage: landline service lost 'Following a storm in early December' in Argyll and Bute, 'some constituents
 # ... still waiting for their landline service to be repaired', the south Kintyre constituent's fault one case of it
 # -> provider BT (doubtful: named as the company that keeps missing repair appointments and declares MBORC, so the
 # lines are its; the member blames 'telephone companies, both landline and mobile' at large), date 2014-12 (early
 # December before the sitting of 3 February 2015; no day told), no start, end or duration (still out), affected []
 # (no named service; 'landline service' is generic), location Argyll and Bute, cause 'storm'. Not outages: the
 # mobile companies' failings (told in general, not as a loss of service apart), the intervening member's unfixed
 # 'fault' in his constituency (no service loss, place or time told; the NATO meeting is the excuse, not a cause)
 outages=[O("BT", "2014-12", [], loc=AB, cause="storm")],
 # 'early December', 'December' -> 2014-12 (the December before the sitting); '28 December' -> 2014-12-28;
 # '28 January' -> 2015-01-28 (in '14 and 28 January'; the bare '14' is no expression of its own, doubtful);
 # 'this Thursday' -> 2015-02-05 (the sitting is Tuesday 3 February 2015). Skipped: 'In the past two months' (a
 # span), 'for months, if not years' (no value)
 dates=[D("early December", "2014-12"), D("December", "2014-12"), D("28 December", "2014-12-28"),
        D("28 January", "2015-01-28"), D("this Thursday", "2015-02-05")])

TW = "Thames Water"
A["hansard-commons-water-bill-thames-water-dulwich-burst-beckenham-penge-2025"] = dict(
 # Norwich South, Beckenham and Penge, Lewisham East (constituencies), Dulwich, London ('south London', 'Six London
 # postcodes', 'south-east London'), Anerley, Crystal Palace, Penge (named on its own in 'Anerley, Crystal Palace and
 # Penge'), Bell Green, River Pool -> Location; Waterlink Way -> Location (doubtful: a named path beside the river);
 # Clive Lewis, Janet Daby -> Person; Thames Water -> Company; Sainsbury’s -> Company (the supermarket chain, named
 # by its store 'the Sainsbury’s in Bell Green', written with the text's curly apostrophe; doubtful: a reader could
 # leave a store out). Not entities: 'the Bill' (a law), 'local supermarket stocks', 'other hon. Members'
 entities=[E("Location", "Norwich South"), E("Person", "Clive Lewis"), E("Location", "Beckenham and Penge"),
           E("Company", TW), E("Location", "Dulwich"), E("Location", "London"), E("Location", "Anerley"),
           E("Location", "Crystal Palace"), E("Location", "Penge"), E("Company", "Sainsbury’s"),
           E("Location", "Bell Green"), E("Location", "Lewisham East"), E("Person", "Janet Daby"),
           E("Location", "River Pool"), E("Location", "Waterlink Way")],
 # Clive Lewis and Janet Daby are named as Members (legislators: no role, GUIDELINES)
 roles=[],
 relations=[],
 # one outage: 'the recent five-day water ordeal that my constituents were subjected to by Thames Water', after a
 # mains water pipe burst in Dulwich 'On the evening of Tuesday 11 February'; thousands of homes, hundreds of
 # businesses, 11 care homes and 29 schools losing water overnight, six London postcodes, Anerley, Crystal Palace and
 # Penge without water the next day -> provider Thames Water, date 2025-02-11 (the year from the sitting of 28 March
 # 2025), start null ('the evening' is no clock time), duration 120 ('five-day', as batch 15c gave 192 for 'for eight
 # days'; doubtful: the days are the member's constituents' ordeal), affected [] (no named service or body), location
 # 'south London' (the burst in Dulwich, the loss over six London postcodes and three named places; doubtful: a
 # reader could put Dulwich), cause 'mains water pipe burst'. Not an outage: the bottled water station closed for a
 # security incident (the response, not the supply)
 outages=[O(TW, "2025-02-11", [], dur=120, loc="south London", cause="mains water pipe burst")],
 # 'today' -> the sitting's day; 'Tuesday 11 February' -> 2025-02-11. Skipped: 'The next day', 'Later that
 # evening', 'Overnight', 'the start of the weekend', 'the Tuesday evening' (told against the burst, not against
 # `published`; doubtful: a reader could resolve 'The next day' to 2025-02-12)
 dates=[D("today", "2025-03-28"), D("Tuesday 11 February", "2025-02-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
