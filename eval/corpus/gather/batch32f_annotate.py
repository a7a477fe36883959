#!/usr/bin/env python3
"""Batch 32f gold annotations (the 6 texts of batch32f.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). The three Wikipedia texts and the OIG letter
have `published` null: only absolute time expressions are listed there (GUIDELINES.md, Dates).
usage: batch32f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather33f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-2024-baltic-sea-submarine-cable-disruptions"] = dict(
 # the two cables (networks users' traffic runs on) -> Service, as the corpus's WACS/ACE/SAT-3 and batch 31c's
 # Galaxy IV; Alcatel (the builder), Arelion, Cinia Oy and Telia Lithuania -> Company; NATO (an alliance of states)
 # -> Organization; the sea, the countries, the region 'Central Europe', the island Gotland and its coast village
 # Katthammarsvik, Sventoji and the island Oland -> Location; 'European government officials', 'NATO member
 # nations' (generic) -> no further entity
 entities=[E("Service", "BCS East-West Interlink"), E("Service", "C-Lion1"), E("Location", "Baltic Sea"),
           E("Organization", "NATO"), E("Company", "Alcatel"), E("Company", "Arelion"),
           E("Location", "Sventoji"), E("Location", "Lithuania"), E("Location", "Katthammarsvik"),
           E("Location", "Gotland"), E("Location", "Finland"), E("Location", "Germany"),
           E("Company", "Cinia Oy"), E("Location", "Central Europe"), E("Company", "Telia Lithuania"),
           E("Location", "Sweden"), E("Location", "\u00d6land")],
 roles=[],
 # 'owned by Arelion' -> provider; 'owned and operated by ... Cinia Oy' -> provider; 'built in 1997 by Alcatel'
 # (the builder of the cable, not its owner or operator) -> no relation
 relations=[L("BCS East-West Interlink", "provider", "Arelion"), L("C-Lion1", "provider", "Cinia Oy")],
 # two outages told apart, 'As a result, both of their telecom services were disrupted': the BCS East-West
 # Interlink 'had been "cut" on Sunday morning at around 10 a.m. local time' (Telia Lithuania's announcement of
 # Monday, 18 November 2024 -> Sunday 17 November 2024; start 10:00, 'around'), provider its owner Arelion; C-Lion1
 # cut 'At around the same time' -> the same day, no start time (doubtful: the phrase could be read against the
 # announcement), provider Cinia Oy; both located in the Baltic Sea ('in the same region of the Baltic Sea'; the
 # C-Lion1 fault 'discovered off the coast of ... Oland', kept at the sea, doubtful); cause 'cable cut' (the cutting
 # is what disrupted the services; its own cause, sabotage alleged, is not established in the text); no end
 outages=[O("Arelion", "2024-11-17", ["BCS East-West Interlink"], start="2024-11-17T10:00", loc="Baltic Sea",
            cause="cable cut"),
          O("Cinia Oy", "2024-11-17", ["C-Lion1"], loc="Baltic Sea", cause="cable cut")],
 # `published` null: absolute expressions only ('Sunday morning', '10 a.m.' and 'At around the same time' are
 # relative to the text's own date and are not listed; the outages still take the day a reader derives)
 dates=[D("1997", "1997"), D("May 2016", "2016-05"), D("Monday, 18 November 2024", "2024-11-18")])

A["wp-shefa-2"] = dict(
 # SHEFA-2, its predecessor SHEFA-1 and the cables CANTAT-3 and FARICE-1 -> Service (networks, as above); the
 # islands, landing places, county, countries, 'Europe' and the Moray Firth -> Location; 'SHEtland-FAroes' (the
 # route the name comes from, not another name of the cable) -> no alias; no operator is named in the text
 entities=[E("Service", "SHEFA-2"), E("Location", "Faroe Islands"), E("Location", "Scotland"),
           E("Location", "Orkney"), E("Location", "Shetland"), E("Service", "SHEFA-1"),
           E("Location", "T\u00f3rshavn"), E("Location", "Maywick"), E("Location", "Sandwick"),
           E("Location", "Ayre of Cara"), E("Location", "Manse Bay"), E("Location", "Banff"),
           E("Location", "Aberdeenshire"), E("Service", "CANTAT-3"), E("Location", "Canada"),
           E("Location", "Europe"), E("Location", "Iceland"), E("Service", "FARICE-1"),
           E("Location", "Moray Firth")],
 roles=[],
 relations=[],
 # two cuts told apart, each disrupting service: 'In the spring of 2013, the cable was cut at the south of Orkney.
 # This led to major broadband disruptions throughout Shetland' -> 2013 (a season -> the year), location Shetland
 # (the area that lost service); 'In the summer of 2013, the cable was cut for the second time where it crosses the
 # Moray Firth ..., causing more disruption to Internet connections' -> 2013, location Moray Firth (the place the
 # text gives; the area hit is not named; doubtful); provider null (no operator named); affected SHEFA-2; cause
 # 'cable cut' ('It is believed that fishing vessels are to blame' for both: a belief, not kept in the phrase;
 # doubtful); the traffic 'redirected onto ... microwave links and the FARICE-1 cable' -> not affected
 outages=[O(None, "2013", ["SHEFA-2"], loc="Shetland", cause="cable cut"),
          O(None, "2013", ["SHEFA-2"], loc="Moray Firth", cause="cable cut")],
 # `published` null: absolute only; '2006' (in 'the technology of 2006') its own item beside 'June 2006'
 dates=[D("June 2006", "2006-06"), D("March 2008", "2008-03"), D("1971", "1971"), D("1994", "1994"),
        D("2006", "2006"), D("the spring of 2013", "2013"), D("the summer of 2013", "2013")])

A["us-dot-oig-faa-telecommunications-infrastructure-outage-2009"] = dict(
 # the FAA (a federal agency) and the two House bodies -> Organization; the FAA Telecommunications Infrastructure
 # ('FTI'), a telecommunications network -> Service; 'the National Airspace System' (the airspace and its air
 # traffic systems as a whole, not one service) -> not annotated (doubtful); 'the contractor', 'an independent
 # review panel', 'the Chairmen' and 'the FAA Administrator' (unnamed) -> not annotated; Oberstar and Costello are
 # in the title only
 entities=[E("Organization", "FAA"), E("Service", "FAA Telecommunications Infrastructure", "FTI"),
           E("Organization", "House Committee on Transportation and Infrastructure"),
           E("Organization", "Subcommittee on Aviation")],
 roles=[],
 # FTI: 'privately owned and operated' (the text's 'FTI and other privately owned and operated systems'), its
 # owner-operator the unnamed contractor -> no provider relation to the FAA (doubtful); the subcommittee is not said
 # to be the committee's -> no parentOrganization (doubtful)
 relations=[],
 # one outage: 'an FAA Telecommunications Infrastructure (FTI) outage that occurred on November 19, 2009, delaying
 # thousands of travelers and grounding hundreds of flights nationwide' -> provider FAA (the network is the FAA's,
 # named for it; doubtful: the text calls it privately owned and operated, by a contractor it does not name),
 # affected FTI, date 2009-11-19; 'delayed service restoration for 5 hours' -> duration 5 (doubtful: the time to
 # restore service read as the outage's length); cause 'network configuration and procedural errors' (by the
 # contractor); 'nationwide' names no place -> location null
 outages=[O("FAA", "2009-11-19", ["FAA Telecommunications Infrastructure"], dur=5,
            cause="network configuration and procedural errors")],
 # `published` null: absolute only
 dates=[D("June 17, 2010", "2010-06-17"), D("November 19, 2009", "2009-11-19"), D("November 2009", "2009-11")])

A["hansard-commons-gas-supply-west-midlands-1966"] = dict(
 # Peyton ('Mr. Peyton', the asking member) -> Person, no role (legislator); the West Midlands Gas Board (alias
 # 'Board', its capitalised short form, as batch 31f's ESB 'Board') -> Company (a nationalised gas board, as the
 # corpus's North Thames, South Eastern, South Western and Southern Gas Boards); the region, the plant towns Tipton
 # and Coleshill, Birmingham, Stoke, the Potteries ('the Potteries', as written without the article, as batch 32c's
 # 'Orkneys'), Coventry and Longbridge -> Location; 'the Minister of Power' (a post, its holder's line cut) and 'the
 # Boards' (plural, generic) -> not annotated
 entities=[E("Person", "Peyton"), E("Location", "West Midlands"), E("Company", "West Midlands Gas Board", "Board"),
           E("Location", "Tipton"), E("Location", "Coleshill"), E("Location", "Birmingham"),
           E("Location", "Stoke"), E("Location", "Potteries"), E("Location", "Coventry"),
           E("Location", "Longbridge")],
 roles=[],
 relations=[],
 # one outage: 'Because of a series of breakdowns at the West Midlands Gas Board's plants at Tipton and Coleshill
 # the Board was forced to impose severe restrictions on the use of gas by industry on Thursday, 20th January.
 # Practically the whole of industry in the area ... was without gas' -> provider the West Midlands Gas Board,
 # 1966-01-20 (Thursday before Tuesday 25 January 1966), location West Midlands, cause the plant breakdowns; supply
 # restored only in part ('restored to about 270 firms' on Monday 24 January, 'a partial resumption ... yesterday',
 # Coventry and Longbridge 'still not possible') -> no end, no duration; affected: industry (generic) -> none named.
 # Doubtful: restrictions imposed by the supplier could be read as a planned curtailment, but the text gives them
 # as forced by technical failures and tells users without gas (a loss of supply, as batch 31f's ESB load shedding)
 outages=[O("West Midlands Gas Board", "1966-01-20", [], loc="West Midlands",
            cause="breakdowns at the Board's plants at Tipton and Coleshill")],
 # published Tuesday 25 January 1966: 'Thursday, 20th January' and 'last Thursday, 20th January' (two texts, one
 # value) -> 1966-01-20; 'the following day' (after 20 January) and '21st January' -> 1966-01-21; 'Monday, 24th
 # January' and 'yesterday' -> 1966-01-24; 'this winter' skipped (a winter across 1965 and 1966, as batch 32c),
 # 'recent' skipped
 dates=[D("Thursday, 20th January", "1966-01-20"), D("Monday, 24th January", "1966-01-24"),
        D("last Thursday, 20th January", "1966-01-20"), D("the following day", "1966-01-21"),
        D("21st January", "1966-01-21"), D("yesterday", "1966-01-24")])

A["oireachtas-dail-cork-telephone-subscribers-exchange-wrecked-1922"] = dict(
 # Cork City (alias 'Cork'), 'the South of Ireland' (a capitalised region, as batch 31c's 'Northern New Mexico';
 # doubtful), Dublin -> Location; the Cork Telephone Exchange (a named facility) -> Location (GUIDELINES Types:
 # named sites and facilities); 'Creed high-speed telegraph apparatus' (a maker's name standing only inside an
 # apparatus's description) -> not annotated (doubtful); 'the Postmaster-General' (a post), 'the Deputy' and 'the
 # business community' -> not annotated
 entities=[E("Location", "Cork City", "Cork"), E("Location", "South of Ireland"), E("Location", "Dublin"),
           E("Location", "Cork Telephone Exchange")],
 roles=[],
 relations=[],
 # one outage: 'The Cork Telephone Exchange was wrecked on the 8th August last' with subscribers 'suffering the
 # inconvenience of telephonic disconnection' and their lines still being reconnected ('about 500 lines have been
 # connected', the work hoped to be completed 'towards the end of the month') -> 1922-08-08 (the last 8 August before
 # published 29 November 1922), location Cork City, cause 'exchange wrecked', no end; provider null (the text names
 # no telephone administration; the Postmaster-General is a post; doubtful, as batch 31f's unnamed Laois
 # department). The Cork-Dublin telegraph 'greatly interrupted' 'For the past few months' by repeated malicious
 # line-cutting -> ongoing interruptions, not told one by one -> no outage (GUIDELINES Outages: counted, not told
 # apart; doubtful)
 outages=[O(None, "1922-08-08", [], loc="Cork City", cause="exchange wrecked")],
 # published Wednesday 29 November 1922: 'the 8th August last' -> 1922-08-08; 'the end of the month' -> 1922-11;
 # 'in recent years', 'Up to the present', 'in a few months', 'For the past few months' skipped
 dates=[D("the 8th August last", "1922-08-08"), D("the end of the month", "1922-11")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["wp-2024-estlink-2-incident"] = dict(
 # Estlink 2 (a named power interconnector) -> Service, as batch 25b's Basslink; Elisa, Peninsular Maritime India
 # ('the company Peninsular Maritime India') and Fingrid -> Company; the countries, the sea, the gulf and the ports
 # Ust-Luga, Aliaga and Port Said -> Location; 'Eagle S' (a ship's name, GUIDELINES Types), 'the Russian shadow
 # fleet' and the crew -> not annotated; 'Finnish authorities' (unnamed) -> not annotated
 entities=[E("Service", "Estlink 2"), E("Location", "Estonia"), E("Location", "Finland"),
           E("Location", "Baltic Sea"), E("Company", "Elisa"), E("Company", "Peninsular Maritime India"),
           E("Location", "Ust-Luga"), E("Location", "Alia\u011fa"), E("Location", "Turkey"),
           E("Location", "Port Said"), E("Location", "Egypt"), E("Location", "Gulf of Finland"),
           E("Company", "Fingrid")],
 roles=[],
 # Fingrid 'reported a power outage on the cable' (it is not said to own or run Estlink 2) -> no provider; Elisa's
 # two cables are unnamed -> no relation; the tanker's manager is a ship's, not an organisation's -> none
 relations=[],
 # near-miss: 'the Estlink 2 submarine power cable had an unplanned failure, reducing the Estonia-Finland
 # cross-border capacity from 1,016 to 358 MW' (capacity reduced; no consumer said to lose supply) and 'Two cables
 # belonging to ... Elisa had been completely severed until Elisa finished their repairs on 6 January 2025' (no
 # service loss to users told) -> no outage, as batch 25b's Basslink 'inoperable' with no supply lost. Doubtful: the
 # cable's failure ('Fingrid reported a power outage on the cable') or Elisa's severed cables could be read as
 # outages with provider null / Elisa, date 2024-12-25
 outages=[],
 # `published` null: absolute only -> '25 December 2024' (twice, listed once), '12:26 EET' (on that dated day) ->
 # 2024-12-25T12:26, '6 January 2025', 'September 2024'; '25 December' and its '10:26 GMT' (no year written),
 # 'October' (no year), 'the evening of the same day' and 'On early morning' (relative) skipped
 dates=[D("25 December 2024", "2024-12-25"), D("12:26 EET", "2024-12-25T12:26"), D("6 January 2025", "2025-01-06"),
        D("September 2024", "2024-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
