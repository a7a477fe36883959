#!/usr/bin/env python3
"""Gold for batch 54za (session 55, gatherer 54za: two Justice Department releases on international cartels -- a Boston
federal grand jury indicting three Japanese fax paper executives, 'Kurushima, an executive with Mitsubishi Paper
Mills', 'Kurachi, an executive with Kanzaki Paper Manufacturing Co. Ltd.' and 'Koichi Tano, an executive with Kanzaki
Paper Manufacturing Co. Ltd.', for fixing thermal fax paper prices (sales to Rittenhouse Inc. of Park Ridge,
Illinois; a meeting at the Tarrytown offices of Kanzaki Specialty Papers Inc.) (24 April 1996); 'Tokyo-based Fujikura
Ltd.' agreeing to plead guilty in Detroit and pay a $20 million fine for fixing prices of automotive wire harnesses,
with Acting Assistant Attorney General Sharis A. Pozen quoted (23 April 2012)), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54t; GUIDELINES section 2): the Department of Justice an
Organization ('the Department's investigation', "the department's ongoing investigation" -> nothing; 54t); 'U.S.
District Court for the Eastern District of Michigan' -> that full name as one Organization, no separate Location
(54t's District of Columbia court); 'Detroit' after it ('... Michigan in Detroit') -> a Location; the datelines
'WASHINGTON, D.C.' and 'WASHINGTON' -> one Location each as printed (42z, 53zh-54t); 'A Boston federal grand jury' ->
Boston a Location, the grand jury nothing; '<Place>-based' ('Tokyo-based') -> the place a Location (54h, 54t);
'located in <city>, <state>' -> city and state, each a Location (54t's 'based in'); 'Japanese' (a modifier) -> no
entity, Japan annotated from 'met in Japan'; 'an executive with X' -> executive at X (54t's 'an X executive'); a
surname alone -> alias; a company's short form ('Rittenhouse', 'Fujikura', "Fujikura's" without its possessive) ->
alias; 'Acting Assistant Attorney General ... in charge of the Department of Justice's Antitrust Division' -> head of
the Antitrust Division, current, and parentOrganization(Antitrust Division, Department of Justice) (51l, 51x, 54n;
test us-doj-cumulus-media-citadel-broadcasting-divest-radio-stations-2011 has Pozen so); 'The division' (generic) ->
nothing; 'U.S.' -> alias of United States; products (thermal fax paper, automotive wire harnesses), fines, laws ->
nothing; cartel members and unnamed customers -> no partner (54d-54t); 'today' -> one item; 'from July 1991 until at
least February 1992', 'from at least as early as January 2006 until at least February 2010' -> the two months each.
usage: batch54za_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
US = "United States"
A = {}

# ---- thermal fax paper indictments, published 1996-04-24 (a Wednesday) ---------------------------------------------
KSK = "Kanzaki Paper Manufacturing Co. Ltd."
KSP = "Kanzaki Specialty Papers Inc."
MPM = "Mitsubishi Paper Mills"
RIT = "Rittenhouse Inc."
YK = "Yoshihiro Kurachi"
NK = "Noburu Kurushima"
KT = "Koichi Tano"
A["us-doj-atr-kanzaki-paper-mitsubishi-paper-mills-executives-kurachi-kurushima-tano-fax-paper-indictments-1996"] = dict(
 # Companies: Rittenhouse Inc. ('a major customer, Rittenhouse Inc.'; 'Rittenhouse' three times -> alias), Mitsubishi
 # Paper Mills (as printed, no legal suffix), Kanzaki Paper Manufacturing Co. Ltd. (twice, always in full), Kanzaki
 # Specialty Papers Inc. ('the offices of Kanzaki Specialty Papers Inc., located in Tarrytown, New York'). Organization:
 # Department of Justice ("the Department of Justice's ongoing antitrust investigation"; "The Department's
 # investigation" -> nothing). Persons: Yoshihiro Kurachi ('Kurachi'), Noburu Kurushima ('Kurushima'), Koichi Tano
 # ('Tano'). Locations: WASHINGTON, D.C. (dateline), Boston ('A Boston federal grand jury'), Japan ('met in Japan'),
 # Park Ridge and Illinois ('located in Park Ridge, Illinois'), Tarrytown and New York ('located in Tarrytown, New
 # York'; the state, as 54t's 'Toledo, Ohio'), North America ('fax paper sold in North America': a region).
 # Not annotated: 'three Japanese fax paper executives', 'small businesses and home fax machine owners',
 # 'co-conspirators' (unnamed or generic), the grand jury, 'Japanese' (modifier), thermal fax paper (a product)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Boston"),
           E("Organization", DOJ),
           E("Person", YK, "Kurachi"),
           E("Person", NK, "Kurushima"),
           E("Company", RIT, "Rittenhouse"),
           E("Company", MPM),
           E("Company", KSK),
           E("Location", "Japan"),
           E("Location", "Park Ridge"),
           E("Location", "Illinois"),
           E("Person", KT, "Tano"),
           E("Company", KSP),
           E("Location", "Tarrytown"),
           E("Location", "New York"),
           E("Location", "North America")],
 # 'Kurushima, an executive with Mitsubishi Paper Mills' -> executive at Mitsubishi Paper Mills; 'Kurachi, an
 # executive with Kanzaki Paper Manufacturing Co. Ltd.' and 'Koichi Tano, an executive with Kanzaki Paper
 # Manufacturing Co. Ltd.' -> executive at that company; all current (they are charged; no word of leaving; the
 # conduct is of 1991-1992, **doubtful**: a reader may doubt that the posts still held in 1996, but the text gives
 # them in the present). Near-misses: Anne K. Bingaman (head at the Antitrust Division) -- her name falls at the cut,
 # so neither she nor the Division is in the text; Tano at Kanzaki Specialty Papers Inc. (he met co-conspirators at
 # its offices: a place of meeting, no post)
 roles=[R(NK, "executive", MPM), R(YK, "executive", KSK), R(KT, "executive", KSK)],
 # None. Near-misses (**doubtful**): Kanzaki Specialty Papers Inc. as a subsidiary of Kanzaki Paper Manufacturing
 # Co. Ltd. (the shared name and a Kanzaki executive meeting at its offices invite it, but the text states no tie;
 # the indictment, a court paper not in the text, calls it 'a wholly-owned subsidiary'); Rittenhouse Inc. as the
 # customer of Mitsubishi Paper Mills or Kanzaki ('a major customer', the seller not named: the two executives agreed
 # 'not to discount the price of fax paper sold to Rittenhouse' -- no stated supply relation between two named
 # organisations); the three executives' companies as co-conspirators (no partner, 54d-54t)
 relations=[],
 outages=[],
 # 'returned ... today' -> 'today' 1996-04-24; 'in 1991' (twice) -> one item '1991'; 'from July 1991 until at least
 # February 1992' -> 'July 1991' 1991-07 and 'February 1992' 1992-02. Not dates: 'a year' ('$120 million a year', a
 # rate)
 dates=[D("today", "1996-04-24"), D("1991", "1991"), D("July 1991", "1991-07"), D("February 1992", "1992-02")])

# ---- Fujikura Ltd., automotive wire harnesses, published 2012-04-23 (a Monday) ---------------------------------------
FUJ = "Fujikura Ltd."
SAP = "Sharis A. Pozen"
A["us-doj-atr-fujikura-tokyo-automotive-wire-harnesses-price-fixing-plea-detroit-2012"] = dict(
 # Company: Fujikura Ltd. ('Fujikura' four times, once as "Fujikura's" -> alias 'Fujikura'). Organizations:
 # Department of Justice ('the Department of Justice announced', "the Department of Justice's Antitrust Division";
 # "the department's ongoing investigation" -> nothing), U.S. District Court for the Eastern District of Michigan,
 # Antitrust Division ('The Antitrust Division will remain vigilant', 'in charge of the Department of Justice's
 # Antitrust Division'; 'The division has focused' -> generic, nothing). Person: Sharis A. Pozen. Locations: WASHINGTON
 # (dateline), Tokyo ('Tokyo-based'), Detroit, United States ('in the United States'; 'U.S. cars' -> alias 'U.S.').
 # Not annotated: 'an automaker' (unnamed), 'every American consumer', 'consumers', 'our law enforcement partners'
 # (generic), Michigan on its own (inside the court's name), automotive wire harnesses (a product)
 entities=[E("Location", "WASHINGTON"),
           E("Location", "Tokyo"),
           E("Company", FUJ, "Fujikura"),
           E("Location", US, "U.S."),
           E("Organization", DOJ),
           E("Organization", "U.S. District Court for the Eastern District of Michigan"),
           E("Location", "Detroit"),
           E("Organization", ATR),
           E("Person", SAP)],
 # 'Acting Assistant Attorney General Sharis A. Pozen in charge of the Department of Justice's Antitrust Division' ->
 # head of the Antitrust Division, current ('Acting' kept as head: 51l, 51x; the corpus's other Pozen record so).
 # Near-misses: no Fujikura officer is named ('companies and executives engaged in illegal price fixing
 # conspiracies' is generic)
 roles=[R(SAP, "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: Fujikura and 'an automaker' (a customer, unnamed: no partner); Fujikura and its co-conspirators
 # (unnamed); a Fujikura subsidiary (none named in the text)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today', 'filed today' -> one item 'today' 2012-04-23; 'from at least as early as January 2006 until at
 # least February 2010' -> 'January 2006' 2006-01 and 'February 2010' 2010-02. Not dates: 'everyday' (an adjective)
 dates=[D("today", "2012-04-23"), D("January 2006", "2006-01"), D("February 2010", "2010-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
