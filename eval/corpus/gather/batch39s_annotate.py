#!/usr/bin/env python3
"""Batch 39s gold annotations (the texts of batch39s.py: two US Attorney's Office press releases on attacks on the
power grid -- Jason Woodring's guilty plea for the 2013 Central Arkansas attacks, 10 March 2015, and Matthew
Greenwood's guilty plea for the Christmas Day 2022 Pierce County substation attacks, 28 April 2023), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the federal lane's, and these for DOJ releases, new to the corpus): the utilities that own or operate
the damaged equipment -> Company and the outage's provider; federal agencies and courts -> Organization (as the
corpus's DOJ and FTC texts: 'U.S. District Court ...'); named substations are facilities -> Location (GUIDELINES:
named sites and facilities); defendants, prosecutors, agents and judges -> Person; a US Attorney, a judge or an
agent gets a role only where the text names the body he serves and the post maps onto the vocabulary (field-office
special agents in charge -> executive at the agency; no role for a US Attorney whose office is not named as a body,
nor for a judge); charges, counts and the plea agreement are not entities.
usage: batch39s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Woodring's plea, USAO Eastern District of Arkansas, published 2015-03-10 (a Tuesday) ---------------------------
A["us-doj-usao-are-woodring-pleads-guilty-arkansas-power-grid-attacks-2015"] = dict(
 # People: the US Attorney, the two agents in charge, the defendant ('Woodring' alone four times). Organizations: the
 # FBI; the ATF (written out with its abbreviation). Company: First Electric Cooperative (an electric cooperative, a
 # business; its representatives give the damages of the Jacksonville incident). Locations: the dateline 'LITTLE
 # ROCK' and 'Little Rock' inside the two field offices' names (one city: name 'Little Rock', the dateline's capitals
 # as an alias), 'Eastern District of Arkansas' (a federal judicial district, taken as a region; doubtful: a reader
 # may take it as naming the US Attorney's Office, an Organization, or leave it out), Arkansas, Central Arkansas,
 # Jacksonville, Cabot, Scott (each 'X, Arkansas' split as batch 39r split 'Nashville, Tennessee'), and the United
 # States (the party to the plea agreement: the country). Not annotated: the two 'Little Rock Field Office' units
 # (two offices of one name, the FBI's and the ATF's: left out as units, doubtful), the unnamed EHV switching station
 # ('the Scott power station'), 'a federal grand jury', the charges ('Destruction of an Energy Facility', 'Using Fire
 # to Commit a Felony')
 entities=[E("Person", "Christopher R. Thyer"), E("Person", "David T. Resch"), E("Person", "Grover Crossland"),
           E("Person", "Jason Woodring", "Woodring"),
           E("Organization", "Federal Bureau of Investigation"),
           E("Organization", "Bureau of Alcohol, Tobacco, Firearms, and Explosives", "ATF"),
           E("Company", "First Electric Cooperative")]
          + [E("Location", "Little Rock", "LITTLE ROCK")]
          + locs("Eastern District of Arkansas", "Arkansas", "Central Arkansas", "Jacksonville", "Cabot", "Scott",
                 "United States"),
 # Resch, 'Special Agent in Charge of the Little Rock Field Office of the Federal Bureau of Investigation' -> executive
 # at the FBI (head of one field office, not of the bureau; doubtful: head); Crossland, 'Resident Special Agent in
 # Charge of the ATF - Little Rock Field Office' -> executive at the ATF (same reading). Thyer, 'United States
 # Attorney for the Eastern District of Arkansas': no role (his office is not named as a body in the kept text;
 # doubtful: head of a US Attorney's Office entity, or other)
 roles=[R("David T. Resch", "executive", "Federal Bureau of Investigation"),
        R("Grover Crossland", "executive", "Bureau of Alcohol, Tobacco, Firearms, and Explosives")],
 relations=[],
 # one outage: 'cutting down two power poles, which led to the temporary loss of power to approximately 9,000 people
 # in Jacksonville, Arkansas. According to First Electric Cooperative representatives, damages from this incident
 # exceeded $48,000.' Provider First Electric Cooperative (its representatives count the damage to the poles, so a
 # careful reader takes the poles and the supply as its; doubtful: the text does not say in so many words whose
 # customers lost power). Date 2013: the attacks ran 'between August and October of 2013' and this one is not dated
 # apart (doubtful: 2013-10, as the last of the three listed). Affected [] (people, no named service or body);
 # location Jacksonville; no start, end or duration ('temporary'); cause 'two power poles cut down'. Not outages: the
 # 500,000-volt line downed onto the railroad near Cabot and the switching station burnt at Scott (damage told in
 # dollars, no loss of supply told in this text)
 outages=[O("First Electric Cooperative", "2013", [], loc="Jacksonville", cause="two power poles cut down")],
 # published 2015-03-10: 'today' (twice; one item) -> 2015-03-10; 'August' ('between August and October of 2013')
 # -> 2013-08; 'October of 2013' -> 2013-10; 'November 6, 2013' -> 2013-11-06. Skipped: 'since that time', 'age 38'
 dates=[D("today", "2015-03-10"), D("August", "2013-08"), D("October of 2013", "2013-10"),
        D("November 6, 2013", "2013-11-06")])

# ---- Greenwood's plea, USAO Western District of Washington, published 2023-04-28 (a Friday) --------------------------
A["us-doj-usao-wdwa-greenwood-pleads-guilty-pierce-county-substation-attacks-2023"] = dict(
 # People: Nick Brown (U.S. Attorney), Matthew Greenwood ('Greenwood' alone eight times), Jeremy Crahan ('Crahan'
 # once alone), David G. Estudillo (Chief U.S. District Judge). Organization: 'U.S. District Court' ('in Tacoma'; the
 # court, as the corpus's DOJ text types its district courts). Companies: Puget Sound Energy, Tacoma Power (a
 # city-owned utility run as a business; Company as the outage provider, doubtful: Organization). Locations: Puyallup,
 # Washington, Tacoma, Spanaway, Graham, and the four named substations as facilities: Hemlock Substation, Elk Plain
 # substation, Graham substation, Kapowsin Substation (the text's capitalisation; doubtful: a reader may leave the
 # substations out). Not annotated: ATMs, 'the guidelines range', the charge names
 entities=[E("Person", "Nick Brown"), E("Person", "Matthew Greenwood", "Greenwood"),
           E("Person", "Jeremy Crahan", "Crahan"), E("Person", "David G. Estudillo"),
           E("Organization", "U.S. District Court"),
           E("Company", "Puget Sound Energy"), E("Company", "Tacoma Power")]
          + locs("Puyallup", "Washington", "Tacoma", "Spanaway", "Graham", "Hemlock Substation",
                 "Elk Plain substation", "Graham substation", "Kapowsin Substation"),
 # no role: 'U.S. Attorney Nick Brown' (no office or district named in the kept text) and 'Chief U.S. District Judge
 # David G. Estudillo' (a judge; no title in the vocabulary fits, doubtful: other at U.S. District Court)
 roles=[],
 relations=[],
 # four outages, one per substation, all on 'December 25, 2022', each with the utility the text says owns or operates
 # the substation: Hemlock (Puget Sound Energy, Puyallup: 'cutting power for 8,000 customers'); Elk Plain (Tacoma
 # Power, Spanaway: 'cause an outage'); Graham (Tacoma Power, Graham: 'This outage, combined with the Elk Plain
 # substation outage, caused more than 7,500 customers to lose power' -- the two told apart, two items; doubtful: one
 # Tacoma Power item); Kapowsin (Puget Sound Energy, Graham: 'causing sparks, flame, and a power outage'). Location
 # the town the text places each substation in (doubtful: the substation's name). No start, end or duration stated;
 # affected [] (customers, no named service or body). Causes short phrases from the text. Not outages: the plan to
 # fell trees (never carried out)
 outages=[O("Puget Sound Energy", "2022-12-25", [], loc="Puyallup", cause="switch manipulated, damaging equipment"),
          O("Tacoma Power", "2022-12-25", [], loc="Spanaway", cause="breakers manipulated to damage equipment"),
          O("Tacoma Power", "2022-12-25", [], loc="Graham", cause="switch manipulated to damage equipment"),
          O("Puget Sound Energy", "2022-12-25", [], loc="Graham", cause="tampering with a switch")],
 # published 2023-04-28: 'today' -> 2023-04-28; 'July 21, 2023' (the sentencing date) -> 2023-07-21; 'December 25,
 # 2022' -> 2022-12-25. Skipped: 'twenty years', '40', '32-year-old'
 dates=[D("today", "2023-04-28"), D("July 21, 2023", "2023-07-21"), D("December 25, 2022", "2022-12-25")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
