#!/usr/bin/env python3
"""Batch 37x gold annotations (the texts of batch37x.py), written from each text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part). Both texts have `published` null: only absolute dates are
listed (GUIDELINES.md, Dates). Read strictly, as batch 36f did, a day and month with no year of its own ('9 October',
'On 10 October') and relative phrases ('The day before', 'at noon that day', 'the next day') are left out of `dates`;
an event name's year ('The 2021 Lebanon blackout') is listed as that year. An outage's start may still be read from
the text where its day and hour are both plain ('started on 9 October 2021' ... 'shut down nationwide at noon that
day'); a duration stated as such ('after 24 hours of the blackout') fills duration_hours and leaves end null, as
batch 36f's Vietnam text did.
Conventions: provider is the company the text ties to the failed plants or grid ('the state electricity company of
Lebanon, Électricité du Liban, running out of fuel reserves for its power plants'); a company named only as the
target of protests, with no word that it runs the stations or the grid, is not made provider (provider null).
Power stations are Location (GUIDELINES.md, Types); the army, the central bank and the ministry are Organization.
usage: batch37x_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38x/pool /tmp/gather38x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

EDL = "\u00c9lectricit\u00e9 du Liban"

A = {}
A["wp-2021-lebanon-blackout"] = dict(
 # Lebanon, Halba, Tripoli (places) and the 'Zahrani Power Station' and 'Deir Ammar Power Station' (named
 # facilities) -> Location; 'Banque du Liban, Lebanon's central bank' -> Organization ('Lebanon's central bank' is
 # an appositive description, not an alias); 'the Lebanese Energy Ministry' and 'the Lebanese army' -> Organization
 # (the corpus types a country's army as Organization: 'Italian Army', 'Soviet army'); 'Électricité du Liban, the
 # state-owned power company' -> Company; 'the Lebanese liquidity crisis' is an event and 'the Lebanese pound' a
 # currency: nothing
 entities=locs("Lebanon", "Zahrani Power Station", "Deir Ammar Power Station", "Halba", "Tripoli")
          + [E("Organization", "Banque du Liban"), E("Organization", "Lebanese Energy Ministry"),
             E("Organization", "Lebanese army"), E("Company", EDL)],
 # no person is named
 roles=[],
 # the central bank releasing money to the ministry is a payment, not ownership or partnership: nothing
 relations=[],
 # one outage: 'a power outage in Lebanon that started on 9 October 2021 ... the power grid was shut down
 # nationwide'; start: 'the grid was shut down nationwide at noon that day' (that day = 9 October, the year from the
 # first sentence); 'power was restored that day, after 24 hours of the blackout' -> duration 24 h, end left null
 # (as batch 36f's Vietnam: a duration, no stated end clock time); provider null: the two stations and the grid are
 # not said to be anyone's, and Électricité du Liban appears only as the target of protests (doubtful: it is 'the
 # state-owned power company'); affected empty (no named service; 'people and businesses' generic); location
 # Lebanon; cause the two power stations running out of diesel fuel
 outages=[O(None, "2021-10-09", [], start="2021-10-09T12:00", dur=24.0, loc="Lebanon",
            cause="two power stations (Zahrani, Deir Ammar) shut down after running out of diesel fuel")],
 # the event name's '2021' and '9 October 2021'; '9 October', 'The day before', 'at noon that day', 'On 10 October',
 # 'that day' have no year of their own (published null): left out, read strictly (doubtful)
 dates=[D("2021", "2021"), D("9 October 2021", "2021-10-09")])

A["wp-2024-lebanon-blackout"] = dict(
 # Lebanon, Iraq -> Location; 'Zahrani' and 'Deir Ammar' (named as 'the Zahrani and the Deir Ammar power stations':
 # the surface names the text gives each facility) -> Location; 'the state electricity company of Lebanon,
 # Électricité du Liban' -> Company; 'the Lebanese army' -> Organization; 'Lebanese water corporations' (unnamed)
 # and 'the Lebanese government' (a generic phrase, as 'the government') -> nothing
 entities=locs("Lebanon", "Zahrani", "Deir Ammar", "Iraq")
          + [E("Company", EDL), E("Organization", "Lebanese army")],
 roles=[],
 # no ownership, supply or partnership is stated ('fuel imports from states such as Iraq' is trade with a state)
 relations=[],
 # two outages told apart:
 # (1) the 2024 blackout: 'a total nationwide power outage across Lebanon that began on 17 August 2024 due to ...
 #     Électricité du Liban, running out of fuel reserves for its power plants' -> provider Électricité du Liban;
 #     start and end null (the infobox's '12:00 p.m.' and 'End of August 2024' are cut); affected empty (wastewater
 #     systems, ports, airports and prisons are generic, none named); location Lebanon
 # (2) the October 2021 blackout retold in the background: 'a power blackout throughout Lebanon in October 2021
 #     after Lebanon's two largest power stations ... were shut down due to fuel shortages'; 'Power was restored
 #     the next day' (no day stated: end null, no duration in hours); provider null (the stations are not said to be
 #     Électricité du Liban's in this text); date '2021-10'
 outages=[O(EDL, "2024-08-17", [], loc="Lebanon",
            cause="Électricité du Liban ran out of fuel reserves for its power plants"),
          O(None, "2021-10", [], loc="Lebanon",
            cause="Zahrani and Deir Ammar power stations shut down due to fuel shortages")],
 # the event name's '2024', '17 August 2024', '1975' and '1990' ('between 1975 and 1990'), 'October 2021';
 # 'the next day' cannot be resolved to a day: left out
 dates=[D("2024", "2024"), D("17 August 2024", "2024-08-17"), D("1975", "1975"), D("1990", "1990"),
        D("October 2021", "2021-10")])

IDS = sorted(A)

# The lead's change (session 38): the 2024 article retells the 2021 blackout in its background, so the two texts go
# to one split (test) instead of test and train: each is written as a part of its own, and a part's first id is
# dealt to test.
PARTS = [([k], {k: A[k]}) for k in IDS]

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, *PARTS)
