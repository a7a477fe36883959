#!/usr/bin/env python3
"""Batch 40zg gold annotations (the texts of batch40zg.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'between July and September of that year' (months without a year in their own
words), 'at that time', 'Previously' and the year inside the name of an Act ('the Friends' Provident Institution Act
1915') are left out. No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zd): a company
'acquired' or 'be acquired by' another -> acquired + parentOrganization(target, buyer), a later sale kept as past
ownership; 'accepted a takeover bid' (agreed, completion not told) -> acquired only; 'a subsidiary of' -> parentOrganization;
two people named together as founders -> cofounder each, one named alone -> founder; a 'first President' or 'first
chairman' -> president / chairman, current true as the text says no 'former' (as batch 26e's POSCO); a society's
'Secretary' -> other; a customer -> partner (as batches 40zb's Fresh Fields and 40zc's Zona); software, feeds,
protocols, trading systems and a savings product -> Service with the company the text ties them to; former names ->
aliases; stock exchanges -> Company (GUIDELINES part 1); a stock index and an Act -> nothing; a hotel -> Location (a
named site); adjectives ('U.S.', 'pan-European', 'Quaker') -> no entity.
usage: batch40zg_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- finance (stock exchanges), US: BATS Global Markets -------------------------------------------------------------
BATS = "BATS Global Markets"
CBOE = "Cboe Global Markets"
NYSE = "New York Stock Exchange"
A["wp-bats-global-markets"] = dict(
 # the exchange operator -> Company, alias 'BATS' (the acronym; 'Better Alternative Trading System' is the meaning of
 # its name, no alias); Cboe Global Markets, Archipelago Holdings, the New York Stock Exchange (alias 'NYSE'),
 # Instinet, NASDAQ -> Company (stock exchanges are businesses); Dave Cummings (alias 'Cummings') -> Person; Lenexa,
 # Kansas, London, New York, Chicago, Singapore -> Location; 'U.S.' (an adjective), 'pan-European' -> nothing; 'the
 # BATS service' -> no Service of its own (the exchange itself)
 entities=[E("Company", BATS, "BATS"), E("Location", "Lenexa"), E("Location", "Kansas"), E("Location", "London"),
           E("Location", "New York"), E("Location", "Chicago"), E("Location", "Singapore"), E("Company", CBOE),
           E("Person", "Dave Cummings", "Cummings"), E("Company", "Archipelago Holdings"),
           E("Company", NYSE, "NYSE"), E("Company", "Instinet"), E("Company", "NASDAQ")],
 # 'The company was founded in June 2005 by Dave Cummings, a computer programmer' -> founder (current, as the corpus
 # keeps founders); the infobox's president and CEO and chairman are cut -> nothing
 roles=[R("Dave Cummings", "founder", BATS)],
 # 'BATS was acquired by Cboe Global Markets in 2017' -> acquired + parentOrganization; 'observing Archipelago Holdings
 # be acquired by the New York Stock Exchange and Instinet be acquired by NASDAQ' -> acquired + parentOrganization each
 # (told as done; doubtful: the text places both 'within a week of each other in 2005', when the deals were agreed;
 # a reader might record acquired only); 'the consolidation of the New York Stock Exchange and NASDAQ' -> nothing
 relations=[L(CBOE, "acquired", BATS), L(BATS, "parentOrganization", CBOE),
            L(NYSE, "acquired", "Archipelago Holdings"), L("Archipelago Holdings", "parentOrganization", NYSE),
            L("NASDAQ", "acquired", "Instinet"), L("Instinet", "parentOrganization", "NASDAQ")],
 outages=[],
 dates=[D("June 2005", "2005-06"), D("2008", "2008"), D("October 2008", "2008-10"), D("February 2016", "2016-02"),
        D("2017", "2017"), D("2005", "2005")])

# ---- finance (stock exchanges), US: Island ECN ----------------------------------------------------------------------
IS = "Island ECN"
DT = "Datek Securities"
A["wp-island-ecn"] = dict(
 # the network -> Company, alias 'Island' (an electronic communication network run as a business; a reader might type
 # it Service as well - one entity kept); Datek Securities (aliases 'Datek' and 'TD Ameritrade': '(now TD
 # Ameritrade)' read as its later name, as batch 40zc's Frasers Group / Sports Direct; doubtful: a reader might keep
 # TD Ameritrade apart), Nasdaq, Instinet, Automated Trading Desk -> Company; Jeff Citron (alias 'Citron'), Joshua
 # Levine ('Levine') -> Person; Watcher (a software program), Jump Trades (a system), the Small Order Execution System
 # (alias 'SOES'), ITCH (an electronic feed), OUCH (a protocol), SelectNet (a system) -> Service; United States, South
 # Carolina -> Location
 entities=[E("Company", IS, "Island"), E("Location", "United States"), E("Company", DT, "Datek", "TD Ameritrade"),
           E("Person", "Jeff Citron", "Citron"), E("Person", "Joshua Levine", "Levine"), E("Service", "Watcher"),
           E("Company", "Nasdaq"), E("Service", "Small Order Execution System", "SOES"), E("Service", "Jump Trades"),
           E("Company", "Instinet"), E("Service", "ITCH"), E("Service", "OUCH"), E("Location", "South Carolina"),
           E("Company", "Automated Trading Desk"), E("Service", "SelectNet")],
 # 'Founded in 1996 by Datek Securities veterans Jeff Citron and Joshua Levine' -> cofounder each; 'Datek Securities
 # veterans', 'worked together at Datek Securities' -> no role (no post named); 'president Ed Nicoll' is beyond the cut
 roles=[R("Jeff Citron", "cofounder", IS), R("Joshua Levine", "cofounder", IS)],
 # 'While at Datek, they worked together to develop a software program called Watcher' -> provider(Watcher, Datek
 # Securities) (doubtful: made by the two men while employed there); Jump Trades, 'augmented' Watcher -> provider to
 # Datek Securities too (doubtful); 'Island published an electronic feed called "ITCH"' and 'used a protocol called
 # "OUCH" to place orders' -> provider(ITCH / OUCH, Island ECN); "Nasdaq's SelectNet system" -> provider(SelectNet,
 # Nasdaq); the Small Order Execution System -> no provider ('trading Nasdaq stocks through' it does not say whose it
 # is; doubtful: a reader may know it is Nasdaq's); 'One of its first customers was ... Automated Trading Desk' ->
 # partner(Island ECN, Automated Trading Desk) (a customer); 'the existing Instinet system', 'after Instinet' (rivals)
 # -> nothing
 relations=[L("Watcher", "provider", DT), L("Jump Trades", "provider", DT), L("ITCH", "provider", IS),
            L("OUCH", "provider", IS), L("SelectNet", "provider", "Nasdaq"),
            L(IS, "partner", "Automated Trading Desk")],
 outages=[],
 # 'late 1996' -> 1996, its own item beside '1996'; 'By 1998' -> '1998'
 dates=[D("1996", "1996"), D("1997", "1997"), D("1995", "1995"), D("February 9, 1996", "1996-02-09"),
        D("late 1996", "1996"), D("1998", "1998")])

# ---- finance (building societies), UK: Cheltenham & Gloucester ------------------------------------------------------
CG = "Cheltenham & Gloucester plc"
LBG = "Lloyds Banking Group"
A["wp-cheltenham-and-gloucester"] = dict(
 # the provider -> Company named by its fullest form 'Cheltenham & Gloucester plc', aliases 'C&G', 'Cheltenham &
 # Gloucester' and its former names ('the Cheltenham and Gloucester Building Society', 'the Cheltenham and
 # Gloucestershire Permanent Mutual Benefit Building and Investment Association' to which it 'can trace its roots', and
 # the shortened 'Cheltenham and Gloucestershire Benefit Building Society'; doubtful: a reader might keep the
 # association of 1850 apart as a predecessor); Lloyds Banking Group, Lloyds TSB, TSB Bank plc (aliases 'TSB Bank',
 # 'TSB' from 'the TSB brand'), Lloyds Bank -> Company; James Downing (alias 'Downing') -> Person; 'C&G Fixed Rate Cash
 # ISAs' (a savings product) -> Service; United Kingdom, Barnwood, Gloucester, Gloucestershire, England, Wales,
 # Cheltenham -> Location; the Belle Vue Hotel (a named site) -> Location
 entities=[E("Company", CG, "C&G", "Cheltenham & Gloucester", "Cheltenham and Gloucester Building Society",
             "Cheltenham and Gloucestershire Permanent Mutual Benefit Building and Investment Association",
             "Cheltenham and Gloucestershire Benefit Building Society"),
           E("Location", "United Kingdom"), E("Company", LBG), E("Location", "Barnwood"), E("Location", "Gloucester"),
           E("Location", "Gloucestershire"), E("Location", "England"), E("Company", "Lloyds TSB"),
           E("Company", "TSB Bank plc", "TSB Bank", "TSB"), E("Location", "Wales"), E("Company", "Lloyds Bank"),
           E("Service", "C&G Fixed Rate Cash ISAs"), E("Location", "Belle Vue Hotel"), E("Location", "Cheltenham"),
           E("Person", "James Downing", "Downing")],
 # 'The first President of the society was James Downing' -> president of the company (the society its former self;
 # current true as the text says no 'former', as batch 26e's POSCO; doubtful: a post of 1850)
 roles=[R("James Downing", "president", CG)],
 # 'a subsidiary of Lloyds Banking Group' -> parentOrganization; 'a divestment of a significant portion of the Lloyds
 # TSB business by Lloyds Banking Group' -> parentOrganization(Lloyds TSB, Lloyds Banking Group) (doubtful: a reader
 # might read Lloyds TSB as a brand only); the branches 'transferred to the newly established TSB Bank plc' as part of
 # the divestment -> nothing (a transfer of branches, an asset move; TSB's owner not told); 'transferred to Lloyds
 # Bank' (mortgage administration) -> nothing; 'the last remaining C&G Fixed Rate Cash ISAs' -> provider to C&G
 relations=[L(CG, "parentOrganization", LBG), L("Lloyds TSB", "parentOrganization", LBG),
            L("C&G Fixed Rate Cash ISAs", "provider", CG)],
 outages=[],
 dates=[D("9 September 2013", "2013-09-09"), D("2009", "2009"), D("September 2013", "2013-09"),
        D("April 2017", "2017-04"), D("2017", "2017"), D("7 August 1850", "1850-08-07")])

# ---- finance (insurance), UK: Friends Provident ---------------------------------------------------------------------
FP = "Friends' Provident Insurance"
A["wp-friends-provident"] = dict(
 # the insurer -> Company (the text calls it 'a banking institution'), aliases 'FPI', 'Friends Provident' and
 # 'Friends' ('Friends accepted a takeover bid'); Century Insurance (alias 'Century'), Resolution Limited -> Company;
 # the Society of Friends (alias 'Quakers'; a religious body) -> Organization ('the Society' left as a generic
 # reference; 'Quaker' an adjective); Samuel Tuke (alias 'Tuke'), Joseph Rowntree, Benjamin Ecroyd -> Person; Bradford,
 # Yorkshire, York -> Location; the Friends' Provident Institution Act 1915 (a law), the FT100 Index (a stock index),
 # Market Street, Darley Street and 'the old county court building' (addresses) -> nothing
 entities=[E("Company", FP, "FPI", "Friends Provident", "Friends"), E("Organization", "Society of Friends", "Quakers"),
           E("Location", "Bradford"), E("Location", "Yorkshire"), E("Company", "Century Insurance", "Century"),
           E("Company", "Resolution Limited"), E("Person", "Samuel Tuke", "Tuke"), E("Person", "Joseph Rowntree"),
           E("Location", "York"), E("Person", "Benjamin Ecroyd")],
 # 'Samuel Tuke and Joseph Rowntree first mooted the ideal of a friendly society ... Tuke ... took the lead' -> cofounder
 # each (doubtful: the text says they proposed it, and that 45 Quakers and 20 directors launched it; a reader might
 # give no founder role); 'was the insurer's first chairman' -> chairman (current true as the text says no 'former',
 # as batch 26e's POSCO; doubtful); 'a prominent leader in the Society' -> no role (no post named; a reader might give
 # other at the Society of Friends); 'a city councillor in York' -> no role (an elected member, as legislators);
 # 'Benjamin Ecroyd the Secretary' -> other at the insurer; 'a conveyancer in Bradford' -> no role
 roles=[R("Samuel Tuke", "cofounder", FP), R("Joseph Rowntree", "cofounder", FP), R("Samuel Tuke", "chairman", FP),
        R("Benjamin Ecroyd", "other", FP)],
 # 'its life fund acquired Century Insurance in 1918' -> acquired + parentOrganization (the sale of 1975 kept as past
 # ownership); 'Friends accepted a takeover bid from Resolution Limited in 2009' -> acquired(Resolution Limited,
 # FPI) only (agreed; completion not told); 'demutualised and listed' -> nothing
 relations=[L(FP, "acquired", "Century Insurance"), L("Century Insurance", "parentOrganization", FP),
            L("Resolution Limited", "acquired", FP)],
 outages=[],
 # 'In the year 2000' -> '2000'
 dates=[D("1832", "1832"), D("1918", "1918"), D("1975", "1975"), D("2000", "2000"), D("2009", "2009"),
        D("1829", "1829"), D("1862", "1862")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
