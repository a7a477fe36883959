#!/usr/bin/env python3
"""Batch 42g gold annotations (the texts of batch42g.py: the SEC's press release 2011-42 of 10 February 2011 on Tyson
Foods Inc. and its Mexican subsidiary Tyson de Mexico, Robert Khuzami, Director of the SEC's Division of Enforcement,
quoted; the SEC's Litigation Release No. 21922 of 8 April 2011 on Johnson and Johnson ('J&J') and its subsidiaries'
bribes in Greece, Poland and Romania; the SEC's press release 2010-214 of 4 November 2010 on Panalpina, Inc. and six
other oil services companies, the U.S. Department of Justice's Fraud Section, Robert Khuzami quoted), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a and 42e for SEC releases): the SEC ->
Organization ('SEC' alias); 'Director of the SEC's Division of Enforcement' -> director of the Division (18a's
'co-director of the SEC's Division of Enforcement'; 40zm's and 41j's Directors of regional offices); 'the SEC's
Division of Enforcement' -> parentOrganization of the SEC (GUIDELINES: "X's Y" counts; 40zm, 41j and 41m set one for
the SEC's offices and FCPA Unit, 41q for 'the SEC Enforcement Division's'; 18a and 40zm left the Division itself
without one: doubtful); a subsidiary named after the text calls it the parent's subsidiary -> parentOrganization of
the parent (41m, 41q); unnamed subsidiaries, companies, customers -> nothing; the Department of Justice and its units
-> Organization (41e, 42a, 42e); nationality adjectives ('Mexican government veterinarians', 'European countries')
-> no Location of their own (41n, 41q, 42a, 42e); laws and programmes ('Foreign Corrupt Practices Act', 'FCPA',
'United Nations Oil for Food Program') -> no entity, and a body named only inside a programme's name is not annotated
(as a company named only inside a product name, GUIDELINES); fiscal years -> no date item (GATHERING.md).
usage: batch42g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Tyson Foods and Tyson de Mexico, published 2011-02-10 (a Thursday) ---------------------------------------------
A["us-sec-tyson-foods-tyson-de-mexico-veterinarians-fcpa-2011"] = dict(
 # The SEC (written out once; 'The SEC alleges', 'the SEC's charges', 'the SEC's Division', 'the SEC's complaint');
 # Tyson Foods Inc. ('Tyson Foods' twice more; 'Tyson' alone in Khuzami's quotation 'Tyson and its subsidiary');
 # Tyson de Mexico (five times); the Department of Justice; Robert Khuzami; the Division of Enforcement; Mexico
 # ('facilities in Mexico', 'Mexico's federal government'); the District of Columbia (the court's district -> a
 # Location, as 'federal court in the District of Columbia' names no court by name); the Mexican Department of
 # Agriculture (a government body, named). Not annotated: 'Mexico's federal government' (a possessive phrase, Mexico
 # annotated on its own; doubtful: 41m named 'South African government' as an Organization), 'two Mexican government
 # veterinarians' (unnamed), 'its counsel', the inspection program, the FCPA (a law)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Tyson Foods Inc.", "Tyson Foods", "Tyson"),
           E("Company", "Tyson de Mexico"),
           E("Organization", "Department of Justice"),
           E("Person", "Robert Khuzami"),
           E("Organization", "Division of Enforcement"),
           E("Location", "Mexico"),
           E("Location", "District of Columbia"),
           E("Organization", "Mexican Department of Agriculture")],
 # 'said Robert Khuzami, Director of the SEC's Division of Enforcement' -> director of the Division, current (18a;
 # doubtful: head, as he leads it)
 roles=[R("Robert Khuzami", "director", "Division of Enforcement")],
 # 'its Mexican subsidiary's chicken products' + 'Tyson de Mexico ... the subsidiary's illicit payments' + 'Tyson and
 # its subsidiary' -> Tyson de Mexico parentOrganization Tyson Foods Inc. (the text never writes 'Tyson de Mexico, its
 # subsidiary' in one phrase; a careful reader is sure of it); 'the SEC's Division of Enforcement' -> parentOrganization
 # (doubtful, see the conventions)
 relations=[L("Tyson de Mexico", "parentOrganization", "Tyson Foods Inc."),
            L("Division of Enforcement", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # 'today' (twice, = published). Left out: 'fiscal years 2004 to 2006' (fiscal years, GATHERING.md), 'two years after'
 # (no anchor)
 dates=[D("today", "2011-02-10")])

# ---- Johnson and Johnson, published 2011-04-08 (a Friday) -------------------------------------------------------------
A["us-sec-johnson-and-johnson-subsidiaries-greece-poland-romania-fcpa-2011"] = dict(
 # The SEC (written out once; 'SEC charges', 'The SEC alleges', 'the SEC's charges', 'The SEC's complaint'); Johnson
 # and Johnson ('J&J' throughout, also in 'J&J's', 'J&J surgical implants', 'J&J subsidiaries'); New Brunswick and NJ
 # (the company's seat, 'the New Brunswick, NJ-based ... company'; NJ a state, written as its abbreviation); Greece,
 # Poland, Romania, Iraq, the Isle of Man (places); the U.S. Department of Justice; the United Kingdom Serious Fraud
 # Office (named as written; 'United Kingdom' inside its name is no separate mention). Not annotated: the United
 # Nations (named only inside 'the United Nations Oil for Food Program', a programme), 'several European countries'
 # (an adjective), 'J&J's subsidiaries' and 'off-shore companies' (unnamed), public doctors and hospital
 # administrators (unnamed), the FCPA (a law)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Johnson and Johnson", "J&J"),
           E("Location", "New Brunswick"), E("Location", "NJ"),
           E("Location", "Iraq"), E("Location", "Greece"), E("Location", "Poland"), E("Location", "Romania"),
           E("Organization", "U.S. Department of Justice"),
           E("Organization", "United Kingdom Serious Fraud Office"),
           E("Location", "Isle of Man")],
 # No person is named in the kept text ('A J&J executive' is cut with the excerpt's broken sentence)
 roles=[],
 # 'J&J's subsidiaries' are unnamed -> no relation; J&J's contracts under the Program name no counterparty
 relations=[],
 outages=[],
 # 'today' (= published); 'since at least 1998' -> '1998'
 dates=[D("today", "2011-04-08"), D("1998", "1998")])

# ---- Panalpina and six oil services companies, published 2010-11-04 (a Thursday) --------------------------------------
A["us-sec-panalpina-oil-services-customs-bribery-sweep-2010"] = dict(
 # The SEC (written out once; 'The SEC alleges', 'The SEC's cases', 'the SEC's Division'); Panalpina, Inc. (once;
 # 'global freight forwarding company' a description); the U.S. Department of Justice and its Fraud Section ('the
 # U.S. Department of Justice's Fraud Section': both named, the Section as a unit); Robert Khuzami; the Division of
 # Enforcement. Not annotated: 'six other companies in the oil services industry' and 'public companies and third
 # parties' (unnamed), 'more than 10 countries' (unnamed), the FCPA (a law)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Panalpina, Inc."),
           E("Organization", "U.S. Department of Justice"),
           E("Organization", "Fraud Section"),
           E("Person", "Robert Khuzami"),
           E("Organization", "Division of Enforcement")],
 # 'said Robert Khuzami, Director of the SEC's Division of Enforcement' -> director of the Division, current (18a)
 roles=[R("Robert Khuzami", "director", "Division of Enforcement")],
 # 'the U.S. Department of Justice's Fraud Section' -> parentOrganization (GUIDELINES: "X's Y" counts; 41q's 'the SEC
 # Enforcement Division's FCPA Unit'); 'the SEC's Division of Enforcement' -> parentOrganization (doubtful, see the
 # conventions). 'The SEC's cases were coordinated with the U.S. Department of Justice's Fraud Section' -> no partner
 # (two government bodies coordinating cases, no contract or partnership stated)
 relations=[L("Fraud Section", "parentOrganization", "U.S. Department of Justice"),
            L("Division of Enforcement", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # 'today' (= published). Left out: 'every day' (no value)
 dates=[D("today", "2010-11-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
