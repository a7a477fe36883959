#!/usr/bin/env python3
"""Batch 54zj gold annotations (the texts of batch54zj.py: the Office of Public Affairs' release of 29 September 1995
on a Dallas grand jury indicting Mrs. Baird's Bakeries Inc., a Fort Worth, Texas, baking company, 'and its former
president and chief executive officer, Floyd Carroll Baird', for fixing bread prices in east Texas and rigging bids on
bread contracts with governmental entities in west Texas; its release of 30 September 1997 on N.S. Meyer Inc., 'A New
York City military insignia vendor', charged in Philadelphia with fixing prices on military insignia sold to the
Army-Air Force Exchange Service), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54ze; GUIDELINES section 2): "the Department of Justice's
Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice) (53f, 53r, 53t, 54m, 54y, 54ze);
a text that names the Department only in 'a Justice Department antitrust investigation' and the Division on its own
('the Antitrust Division') -> both entities, no parentOrganization (the lane's 'not said in this text' near-miss), the
Department under the only name that text gives ('Justice Department', 54ze); 'Assistant Attorney General in charge of
the Antitrust Division' -> head at the Antitrust Division, current (51l-54ze); 'its former president and chief
executive officer, X' -> president and ceo at the company, both current=false (GUIDELINES: former -> false; two posts
named -> two roles, 53zq's 'president + ceo'); 'U.S. District Court in <city>' (no 'the') -> Organization 'U.S. District
Court' (51t-54ze); the dateline ('WASHINGTON, D.C.') -> one Location (42z, 53zh-54ze); a town and its state ('Fort Worth,
Texas') -> two Locations, the state one entity however often named (53t, 53w, 54g, 54s, 54y, 54ze); 'much of Texas',
'east Texas', 'west Texas' -> the same Location 'Texas', no entity for the lower-case compass parts (**doubtful**: a
reader may give 'east Texas' and 'west Texas' as regions of their own); 'New York City' -> one Location; 'the United
States' and 'U.S.' before a noun ('U.S. military personnel') -> one Location 'United States', alias 'U.S.' (54s); a
company's forms with and without 'Inc.' or a comma ('N.S. Meyer, Inc.', 'N.S. Meyer', "Mrs. Baird's Bakeries") ->
aliases (53zh, 53zm, 54a, 54s, 54y, 54ze); a government exchange service named twice with a capital and a lower-case
's' -> one Organization, the lower-case form an alias; a seller to a government buyer (N.S. Meyer's insignia sold to the
Army-Air Force Exchange Service; Mrs. Baird's bread contracts with unnamed 'governmental entities') -> no partner (54a,
54m, 54s, 54y, 54ze: the government as buyer or seller); unnamed co-conspirators ('others', 'co-conspirators'),
customers and 'related agencies' -> nothing; goods (bread and bread products, military insignia), charges and laws (the
Sherman Act) -> nothing; 'today' and 'yesterday' -> one item each, resolved against `published`; a year alone -> that
year; 'March of 1993' -> 1993-03.
usage: batch54zj_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zj/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ATR = "Antitrust Division"
USDC = "U.S. District Court"
A = {}

# ---- Mrs. Baird's Bakeries Inc. / Floyd Carroll Baird, published 1995-09-29 (a Friday) -------------------------------
JD = "Justice Department"
MBB = "Mrs. Baird's Bakeries Inc."
FCB = "Floyd Carroll Baird"
AKB = "Anne K. Bingaman"
A["us-doj-atr-mrs-bairds-bakeries-fort-worth-former-president-ceo-floyd-carroll-baird-bread-price-fixing-1995"] = dict(
 # Company: Mrs. Baird's Bakeries Inc. ('a Fort Worth, Texas, baking company' first; "Mrs. Baird's Bakeries Inc." once;
 # "Mrs. Baird's Bakeries" twice: alias). Organizations: Justice Department ('a Justice Department antitrust
 # investigation': the only name the text gives the Department), Antitrust Division (twice, in Bingaman's quote and
 # post). People: Floyd Carroll Baird (three times, always in full; 'Baird' alone occurs only inside the company's
 # name, so no surname alias), Anne K. Bingaman (once; 'She said' a pronoun; her surname-alone sentence is cut).
 # Locations: WASHINGTON, D.C. (the dateline), Fort Worth (the company's city), Texas ('Fort Worth, Texas', 'much of
 # Texas', 'east Texas', 'west Texas': one entity; **doubtful** for the compass regions), Dallas (the grand jury's
 # city). Not annotated: 'a federal grand jury'; 'others' (unnamed co-conspirators); 'customers', 'governmental
 # entities' (unnamed); 'the wholesale bread and bread products industry'; the Sherman Act (a law); bread (goods)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Fort Worth"),
           E("Location", "Texas"),
           E("Organization", JD),
           E("Location", "Dallas"),
           E("Company", MBB, "Mrs. Baird's Bakeries"),
           E("Person", FCB),
           E("Organization", ATR),
           E("Person", AKB)],
 # "Mrs. Baird's Bakeries Inc., and its former president and chief executive officer, Floyd Carroll Baird" ->
 # president and ceo at Mrs. Baird's Bakeries Inc., both current=false ('former' governs both posts; **doubtful** only
 # in that a reader may give one role, 'president and chief executive officer' read as one post -- the lane gives both,
 # 53zq's Evans). 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head at the
 # Antitrust Division, current. Near-miss: no role for the unnamed 'former executive' of the headline beyond Baird
 # (the same man; the title is not annotated)
 roles=[R(FCB, "president", MBB, False),
        R(FCB, "ceo", MBB, False),
        R(AKB, "head", ATR)],
 # No relation. Near-misses: the Antitrust Division under the Justice Department (not said in this text: 'a Justice
 # Department antitrust investigation' and 'the Antitrust Division' stand apart -- the lane's way; **doubtful**, a
 # careful reader knows the Division is the Department's); Mrs. Baird's 'contracts to supply bread and bread products
 # to governmental entities located in west Texas' (unnamed buyers: no partner); Floyd Carroll Baird and the company
 # that bears his family's name (no founder or owner stated: no role beyond the two posts)
 relations=[],
 outages=[],
 # 'An indictment returned yesterday' -> 'yesterday' 1995-09-28; 'made public today' -> 'today' 1995-09-29;
 # 'beginning in 1977' -> '1977'; 'through March of 1993' -> 1993-03; 'as early as 1984' -> '1984'; 'through June
 # 1992' -> 1992-06. Not listed: 'for more than 15 years' (a span, no calendar value)
 dates=[D("yesterday", "1995-09-28"), D("today", "1995-09-29"), D("1977", "1977"), D("March of 1993", "1993-03"),
        D("1984", "1984"), D("June 1992", "1992-06")])

# ---- N.S. Meyer Inc., published 1997-09-30 (a Tuesday) --------------------------------------------------------------
DOJ = "Department of Justice"
AAFES = "Army-Air Force Exchange Service"
NSM = "N.S. Meyer Inc."
JIK = "Joel I. Klein"
A["us-doj-atr-ns-meyer-new-york-military-insignia-army-air-force-exchange-service-price-fixing-1997"] = dict(
 # Company: N.S. Meyer Inc. ('A New York City military insignia vendor' first; 'N.S. Meyer Inc.', 'N.S. Meyer, Inc.'
 # and 'N.S. Meyer' once each: the other two forms aliases). Organizations: Department of Justice ('by the Department of
 # Justice', "the Department of Justice's Antitrust Division"), Army-Air Force Exchange Service (its second mention
 # 'the Army-Air Force Exchange service' with a lower-case 's': alias), U.S. District Court ('in U.S. District Court in
 # Philadelphia'), Antitrust Division (twice), Department of Defense ('military insignia sales to the Department of
 # Defense and related agencies'). Person: Joel I. Klein (once, no surname-alone form). Locations: WASHINGTON, D.C.
 # (the dateline), New York City (the vendor's city), Philadelphia (the court's city), United States ('United States
 # military personnel', 'throughout the United States and abroad'; 'U.S. military personnel': alias 'U.S.'). Not
 # annotated: 'others', 'co-conspirators' (unnamed); 'related agencies'; 'a federal grand jury'; 'military
 # facilities'; military insignia (goods)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "New York City"),
           E("Organization", DOJ),
           E("Organization", AAFES, "Army-Air Force Exchange service"),
           E("Location", "United States", "U.S."),
           E("Organization", USDC),
           E("Location", "Philadelphia"),
           E("Organization", ATR),
           E("Company", NSM, "N.S. Meyer, Inc.", "N.S. Meyer"),
           E("Person", JIK),
           E("Organization", "Department of Defense")],
 # 'Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust Division,
 # current. Near-miss: no officer of N.S. Meyer is named (the company alone is charged)
 roles=[R(JIK, "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: the Army-Air Force Exchange Service under the Department of Defense (not said: the text names the
 # Department only as a buyer of insignia 'and related agencies'; **doubtful**, a reader who knows the exchange may
 # add it); N.S. Meyer selling insignia to the Army-Air Force Exchange Service 'for resale' (a vendor to a government
 # buyer: no partner, the lane's way; **doubtful**, a reader may give partner as a supplier relation); N.S. Meyer and
 # its unnamed co-conspirators (rivals, no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'was charged today' -> 'today' 1997-09-30; 'from as early as 1992 through 1995' -> '1992', '1995'
 dates=[D("today", "1997-09-30"), D("1992", "1992"), D("1995", "1995")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
