#!/usr/bin/env python3
"""Batch 21b part 2 gold annotations (the 3 texts of batch21b2.py), written from each text alone before newskg was
run on any of them; the split is this part's own cycle (test, train, dev, train) over its 3 sorted ids, as batch 19d
part 2 did. Wikipedia texts have `published` null: only absolute dates.
usage: batch21b2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
IDS = sorted("""wp-bob-chapek
wp-sprint-nextel
wp-lenovo""".split())
A = {}
WDC = "Walt Disney Company"
A["wp-bob-chapek"] = dict(
 entities=[E("Person", "Robert Alan Chapek", "Chapek"), E("Company", WDC, "The Walt Disney Company", "Disney"),
           E("Company", "Masimo"), E("Company", "Buena Vista Home Entertainment", "Home Entertainment"),
           E("Company", "Parks & Resorts"), E("Person", "Bob Iger"), E("Company", "H. J. Heinz Company"),
           E("Company", "J. Walter Thompson")],
 # 'the Home Entertainment division' and 'the company's Buena Vista Home Entertainment division' are the same unit
 # (alias); 'Chairman of Parks & Resorts' names a Disney unit → Company
 # former posts: CEO 'from 2020 to 2022' ('dismissed'); Masimo's board 'resigning from the board in 2025';
 # 'Chairman of Parks & Resorts' and 'marketing director' of the home-entertainment division (before he became CEO;
 # marketing director → director, as 20b's 'director of Neste's biofuel sector'); Bob Iger, who succeeded him → ceo
 # (current: the text does not say he left)
 roles=[R("Robert Alan Chapek", "ceo", WDC, False), R("Robert Alan Chapek", "director", "Masimo", False),
        R("Robert Alan Chapek", "chairman", "Parks & Resorts", False),
        R("Robert Alan Chapek", "director", "Buena Vista Home Entertainment", False),
        R("Bob Iger", "ceo", WDC)],
 relations=[L("Buena Vista Home Entertainment", "parentOrganization", WDC),
            L("Parks & Resorts", "parentOrganization", WDC)],
 outages=[],
 dates=[D("1959", "1959"), D("2020", "2020"), D("2022", "2022"), D("2024", "2024"), D("2025", "2025"),
        D("November 20, 2022", "2022-11-20"), D("1993", "1993"), D("January 2024", "2024-01")])
SN = "Sprint Nextel Corporation"
A["wp-sprint-nextel"] = dict(
 # the company's former names are aliases (GUIDELINES Types): 'formerly known as Sprint Corporation', 'founded ...
 # under the Brown Telephone Company name', 'Brown changed its name to United Utilities', 'That company changed its
 # name to United Telecommunications'; 'Brown' there is the company, not Cleyson Brown
 entities=[E("Company", SN, "Sprint Corporation", "Sprint", "Brown Telephone Company", "Brown", "United Utilities",
             "United Telecommunications"),
           E("Company", "NYSE"), E("Location", "Reston"), E("Location", "Virginia"),
           E("Location", "United States", "U.S."), E("Service", "Sprint PCS"), E("Service", "Nextel"),
           E("Company", "Cingular"), E("Company", "Verizon Wireless"), E("Company", "NEXTEL Communications"),
           E("Location", "Overland Park"), E("Location", "Kansas"), E("Person", "Cleyson Brown"),
           E("Location", "Abilene"), E("Company", "Bell System"),
           E("Company", "Southern Pacific Communications Company", "SPCC"), E("Company", "Southern Pacific Railroad")],
 # the Execunet II decision is a court decision (not an entity)
 roles=[R("Cleyson Brown", "founder", SN)],
 # 'created from the $35 billion purchase of NEXTEL Communications by Sprint' (completed; 'billed as a merger of
 # equals' names the buyer all the same) → acquired + parentOrganization; 'under the Sprint PCS and Nextel brands'
 # → provider; 'SPCC, a unit of the Southern Pacific Railroad' → parentOrganization
 relations=[L(SN, "acquired", "NEXTEL Communications"), L("NEXTEL Communications", "parentOrganization", SN),
            L("Sprint PCS", "provider", SN), L("Nextel", "provider", SN),
            L("Southern Pacific Communications Company", "parentOrganization", "Southern Pacific Railroad")],
 outages=[],
 # 'the mid 20th century' is not a calendar value of the vocabulary; 'late in 1978' → the year
 dates=[D("1899", "1899"), D("1972", "1972"), D("late in 1978", "1978")])
LN = "Lenovo Group Limited"
A["wp-lenovo"] = dict(
 entities=[E("Company", LN, "Lenovo", "Legend", "Legend Group Ltd", "New Technology Developer Incorporated"),
           E("Company", "SEHK"), E("Location", "Asia-Pacific"), E("Company", "QDI"), E("Service", "FM365.com"),
           E("Location", "Raleigh"), E("Location", "North Carolina"), E("Location", "USA"), E("Company", "IBM"),
           E("Location", "Beijing"), E("Location", "China"), E("Location", "Hong Kong"),
           E("Company", "Legend Holdings Limited", "Legend Holdings"), E("Company", "Texas Pacific Group"),
           E("Company", "General Atlantic LLC"), E("Company", "Newbridge Capital LLC"),
           E("Organization", "Chinese Academy of Sciences"), E("Person", "Liu Chuanzhi"),
           E("Company", "Digital China Holdings Limited", "Digital China"), E("Company", "PC Division")],
 # '(from Legend)' and 'Originally known as Legend Group Ltd and New Technology Developer Incorporated' are former
 # names (aliases); 'IBM's former ThinkPad group' is left as a generic phrase; 'the Communist Chinese government'
 # is not annotated (as 20b's 'the Indian government')
 roles=[R("Liu Chuanzhi", "founder", LN)],
 # 'its QDI unit'; 'its FM365.com portal'; 'Lenovo purchased IBM's PC Division' (a business unit bought, completed)
 # → acquired + parentOrganization, and the division was IBM's (past ownership recorded); the Chinese Academy of
 # Sciences 'owns 65% of Legend Holdings' (majority) → parentOrganization; Legend Holdings' 42.4% and IBM's 7.9% of
 # Lenovo (no majority) and the separation from Digital China → nothing
 relations=[L("QDI", "parentOrganization", LN), L("FM365.com", "provider", LN),
            L(LN, "acquired", "PC Division"), L("PC Division", "parentOrganization", LN),
            L("PC Division", "parentOrganization", "IBM"),
            L("Legend Holdings Limited", "parentOrganization", "Chinese Academy of Sciences")],
 outages=[],
 dates=[D("2006", "2006"), D("May 31, 2007", "2007-05-31"), D("1984", "1984"), D("1988", "1988"),
        D("2005", "2005")])
if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
