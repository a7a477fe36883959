#!/usr/bin/env python3
"""Batch 43e gold annotations (the texts of batch43e.py: the EDNY U.S. Attorney's Office's release on The Goldman
Sachs Group, Inc. and its Malaysian subsidiary Goldman Sachs (Malaysia) Sdn. Bhd. resolving the 1MDB foreign bribery
case, 22 October 2020; the Department's release on Baker Hughes Services International Inc., a wholly owned
subsidiary of Baker Hughes Incorporated, pleading guilty to FCPA violations, 26 April 2007; the Antitrust Division's
Federal Register notice on the proposed merger between Abitibi-Consolidated Inc. and Bowater Incorporated, 8 November
2007), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41p, 42b, 42h and 42y for the Department's corporate criminal releases, after 39s, 40d, 40h;
41c, 42w, 42z and 43c for the Division's notices; GUIDELINES section 2): 'its Malaysian subsidiary' / 'a wholly owned
subsidiary of' / 'its parent company' -> parentOrganization; "the Department of Justice's Criminal Division" -> the
Division under the Department where both are named together, else nothing (42y's U.S. Attorney's Office); 'Assistant
Attorney General X of the Criminal Division' -> head of the Criminal Division (41p's Blanco, 42h's Argentieri); a US
Attorney's Office and a court named in full -> Organization, no relation; judges -> Person, no role (41p's Ramos);
'former ... Chairman' -> chairman, not current; 'Managing Director' -> director (GUIDELINES); a bank underwriting a
named client's bond deals for fees -> partner (a customer contract between two named companies; doubtful); a
'merger between' two companies where the text does not say who buys whom -> nothing (GUIDELINES; near-miss); an
ordered divestiture -> nothing (near-miss); the judicial district ('the Eastern District of New York', 'the Southern
District of Texas') not annotated (41p, 42h; doubtful); the dateline 'WASHINGTON' -> Location (16e, 41h); 'today'
resolved against `published` (41h, 42y); 'the Company', 'the bank', 'the Department', 'the parties', laws (the FCPA,
the Clayton Act), agreements, charges and court papers not annotated.
usage: batch43e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DDC

A = {}
CD = "Criminal Division"

# ---- Goldman Sachs / GS Malaysia, USAO EDNY, published 2020-10-22 (a Thursday) -----------------------------------------
GS = "The Goldman Sachs Group, Inc."
GSM = "Goldman Sachs (Malaysia) Sdn. Bhd."
MDB = "1Malaysia Development Bhd."
A["us-doj-usao-edny-goldman-sachs-gs-malaysia-1mdb-fcpa-resolution-2020"] = dict(
 # Companies: The Goldman Sachs Group, Inc. ('Goldman Sachs', five times; 'the Company' twice and 'the bank' generic,
 # not aliases), Goldman Sachs (Malaysia) Sdn. Bhd. ('GS Malaysia', twice), 1Malaysia Development Bhd. ('1MDB'; 'Bhd.'
 # marks a company; a state fund run as a business -> Company, **doubtful**: a reader may make it an Organization).
 # Organizations: the United States Attorney's Office for the Eastern District of New York (named in full, 42y), the
 # Department of Justice, its Criminal Division and Fraud Section, the U.S. District Court for the Eastern District of
 # New York. Person: Tim Leissner. Locations: New York ('headquartered in New York, New York': city and state in the
 # same words, one entity), Malaysia, Abu Dhabi, the United States, the United Kingdom, Singapore, Brooklyn ('federal
 # court in Brooklyn'). Not annotated: 'Money Laundering and Asset Forfeiture Sections' (a plural naming two sections
 # at once; **doubtful**: a reader may make it an Organization under the Criminal Division), '(the Department)' (a
 # defined term for the offices together, generic), 'the Eastern District of New York' on its own (the judicial
 # district, 41p, 42h; **doubtful**), 'Southeast Asia' (inside Leissner's title; **doubtful**: a reader may make it a
 # Location), 'Malaysian' (an adjective), 'high-ranking government officials' and 'criminal and civil authorities'
 # (unnamed), the FCPA, the deferred prosecution agreement and the criminal informations
 entities=[E("Company", GS, "Goldman Sachs"), E("Location", "New York"),
           E("Company", GSM, "GS Malaysia")]
          + locs("Malaysia", "Abu Dhabi")
          + [E("Company", MDB, "1MDB")]
          + locs("United States", "United Kingdom", "Singapore", "Brooklyn")
          + [E("Organization", "United States Attorney\u2019s Office for the Eastern District of New York"),
             E("Organization", "Department of Justice"), E("Organization", CD), E("Organization", "Fraud Section"),
             E("Organization", "U.S. District Court for the Eastern District of New York"),
             E("Person", "Tim Leissner")],
 # 'Tim Leissner, the former Southeast Asia Chairman and a Participating Managing Director of Goldman Sachs' ->
 # chairman, not current (a regional chairmanship of the firm; **doubtful**: a reader may take 'Southeast Asia
 # Chairman' as an executive post) and director ('Managing Director' -> director, GUIDELINES), not current
 # (**doubtful**: 'former' read as governing both posts; 'a Participating Managing Director' has its own article)
 roles=[R("Tim Leissner", "chairman", GS, False), R("Tim Leissner", "director", GS, False)],
 # 'Goldman Sachs (Malaysia) Sdn. Bhd. (GS Malaysia), its Malaysian subsidiary' -> parentOrganization. "the Department
 # of Justice's Criminal Division" -> parentOrganization; 'Criminal Division, Fraud Section' -> the Fraud Section
 # under the Criminal Division (**doubtful**: a comma list; a reader may set the Section under the Department, as
 # 42g's "the U.S. Department of Justice's Fraud Section"). 'underwriting approximately $6.5 billion in three bond
 # deals for 1Malaysia Development Bhd. (1MDB), for which the bank earned hundreds of millions in fees' -> partner
 # Goldman Sachs -> 1MDB (a named client's paid underwriting; **doubtful**: the business was obtained by bribes; a
 # reader may leave it out). Not set: the U.S. Attorney's Office under the Department (the text does not say whose
 # office it is, 42y); the deferred prosecution agreement (an agreement with prosecutors, no partnership)
 relations=[L(GSM, "parentOrganization", GS), L(CD, "parentOrganization", "Department of Justice"),
            L("Fraud Section", "parentOrganization", CD), L(GS, "partner", MDB)],
 outages=[],
 # 'Earlier today' -> 'today' 2020-10-22. Not dates: '$6.5 billion', '$2.9 billion', 'one-count', 'three bond deals'
 dates=[D("today", "2020-10-22")])

# ---- Baker Hughes / BHSI, Office of Public Affairs, published 2007-04-26 (a Thursday) ---------------------------------
BHSI = "Baker Hughes Services International Inc."
BHI = "Baker Hughes Incorporated"
A["us-doj-baker-hughes-bhsi-pleads-guilty-kazakh-bribery-fcpa-2007"] = dict(
 # Companies: Baker Hughes Services International Inc. ('BHSI', four times), Baker Hughes Incorporated ('Baker
 # Hughes', four times). Organizations: the Criminal Division, the Justice Department ('the Justice Department'
 # once), the Securities and Exchange Commission. People: Alice S. Fisher, Gray H. Miller (the judge). Location: the
 # dateline 'WASHINGTON' (16e, 41h). Not annotated: 'the Southern District of Texas' (the judicial district, 41p, 42h;
 # **doubtful**: a reader may make it a Location or take 'Texas'), 'the Karachaganak project' (a project; **doubtful**:
 # a reader may make Karachaganak a Location, a named field), the FCPA, the plea and deferred prosecution agreements,
 # the SEC's complaint, 'its employees' (unnamed)
 entities=[E("Location", "WASHINGTON"),
           E("Company", BHSI, "BHSI"), E("Company", BHI, "Baker Hughes"),
           E("Person", "Alice S. Fisher"), E("Organization", CD),
           E("Person", "Gray H. Miller"),
           E("Organization", "Justice Department"),
           E("Organization", "Securities and Exchange Commission")],
 # 'Assistant Attorney General Alice S. Fisher of the Criminal Division' -> head of the Criminal Division (current;
 # 41p's Blanco). 'U.S. District Judge Gray H. Miller' -> no role (no court entity in the kept text; 41p's Ramos)
 roles=[R("Alice S. Fisher", "head", CD)],
 # 'BHSI ... a wholly owned subsidiary of Baker Hughes Incorporated' and 'its parent company Baker Hughes' ->
 # parentOrganization, one relation. Not set: the Criminal Division under the Justice Department (the kept text
 # never names them together: **doubtful**, a reader who knows may add it; 42y's rule); the deferred prosecution
 # agreement with the Justice Department and the SEC settlement (no partnership)
 relations=[L(BHSI, "parentOrganization", BHI)],
 outages=[],
 # 'today' (twice) -> 2007-04-26, one item. Not dates: 'three-year' (a span), '$11 million', '$10 million',
 # '$24 million', '$44 million'
 dates=[D("today", "2007-04-26")])

# ---- Abitibi / Bowater, Federal Register notice, published 2007-11-08 (a Thursday) ------------------------------------
ABI = "Abitibi-Consolidated Inc."
BOW = "Bowater Incorporated"
A["us-doj-federal-register-abitibi-bowater-proposed-final-judgment-2007"] = dict(
 # Companies: Abitibi-Consolidated Inc. (so defined in the second sentence; 'Abitibi-Consolidated, Inc.' in the case
 # name twice and 'Abitibi' (also "Abitibi's") aliases), Bowater Incorporated (three times). Organization: the court
 # (DDC). Locations: the United States (plaintiff and market, five times), Snowflake, Arizona (the mill's place, 43c's
 # 'Tucson, Arizona' form). The Antitrust Division and the Department are only in the cut header lines: no entity.
 # Not annotated: 'the merged firm', 'the parties' (generic), 'newsprint' (a product class), 'private litigants'
 # (unnamed), the Snowflake newsprint mill (unnamed beyond its place), the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", ABI, "Abitibi-Consolidated, Inc.", "Abitibi"), E("Company", BOW),
           E("Location", "United States")]
          + locs("Snowflake", "Arizona"),
 # No person in the kept text
 roles=[],
 # 'the proposed merger between Abitibi-Consolidated Inc. ... and Bowater Incorporated' ('the acquisition' once, but
 # the text never says who buys whom) -> nothing (GUIDELINES; **near-miss**; a reader may set acquired in one
 # direction or the other). The required divestiture of Abitibi's Snowflake mill names no buyer -> nothing
 # (**near-miss**; an owned mill is a facility, no relation)
 relations=[],
 outages=[],
 # 'October 23, 2007' (twice) -> one item. Not dates: '16(b)-(h)', '1:07CV01912', 'section 7', '15 U.S.C. 18'
 dates=[D("October 23, 2007", "2007-10-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
