#!/usr/bin/env python3
"""Batch 52f gold annotations (the texts of batch52f.py: the release of the U.S. Attorney's Office for the Central
District of California of 22 June 2007 on the arrest of Leo Winston Smith, a former executive of 'Santa Ana,
Calif.-based Pacific Consolidated Industries LP (PCI)', over bribes to a United Kingdom Ministry of Defence official;
the Office of Public Affairs' release of 24 September 2008 on the arrest of Shu Quan-Sheng, 'the President, Secretary
and Treasurer of AMAC International', on export and foreign-bribery charges), written from the texts alone; newskg was
not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's FCPA releases, 41p and 43e; 51n, 51t and 51z; the corpus's DOJ gold on FBI officials and
courts; GUIDELINES section 2): 'Acting Assistant Attorney General of the Criminal Division' -> head at the Criminal
Division (acting is current; the corpus's two acting AAGs); 'U.S. Attorney for the Eastern District of <state>' ->
Person, no role, the district no entity (dev's HP Russia, 51z); 'Special Agent in Charge' / 'Executive Assistant
Director' of an FBI unit -> executive at the FBI, the unit no entity (51t, 51z), a unit's city ('FBI Norfolk Division')
a Location (51z's Washington); the dateline 'WASHINGTON' -> Location as written (51t); a court named in full or as
'United States District Court' -> Organization (51t); judges -> none here; 'X, Calif.-based' / 'Newport News, Va.' ->
the city and the state abbreviation each a Location as written (the corpus has 'Calif.' both ways: doubtful);
'executive vice president' -> vice-president (GUIDELINES); 'director of sales and marketing' -> director (the corpus's
one file with 'director of sales'; doubtful); a nationality-like 'United States citizen' / 'U.S. citizen' -> nothing
(51t's nationality adjectives; doubtful); a country named only inside an organisation's name ('United Kingdom Ministry
of Defence') -> no Location (51t); laws (the FCPA, the Arms Export Control Act), charges, the indictment, the
complaint -> nothing; 'today' repeated -> one item (51n, 51t); 'earlier today' and 'this afternoon' -> items of their
own (the corpus's way with 'this afternoon' and 'earlier today').
usage: batch52f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

PCI = "Pacific Consolidated Industries LP"
MOD = "United Kingdom Ministry of Defence"
AMAC = "AMAC International"
EDVA = "U.S. District Court for the Eastern District of Virginia"
A = {}

# ---- Pacific Consolidated Industries / Leo Winston Smith, USAO C.D. Cal., published 2007-06-22 (a Friday) -------------
A["us-doj-usao-cdca-pacific-consolidated-industries-former-executive-smith-arrested-uk-mod-bribery-fcpa-2007"] = dict(
 # People: Leo Winston Smith ('Smith', four times: alias). Companies: Pacific Consolidated Industries LP ('PCI' twice and
 # 'Pacific Consolidated Industries' in the third paragraph: aliases). Organizations: the United Kingdom Ministry of
 # Defence ('the U.K. Ministry of Defence official': alias), the U.K. Royal Air Force, the United States District Court
 # ('in United States District Court in Santa Ana': the court as written, 51t's 'U.S. District Court in Miami' way).
 # Locations: Santa Ana ('Santa Ana, Calif.-based', 'in Santa Ana' twice), Calif. (**doubtful**: a state abbreviation
 # after its city, the corpus both ways), Newport Beach. Not annotated: the United Kingdom as a Location (only inside
 # the ministry's name, and 'U.K.' only inside 'U.K. Ministry of Defence' and 'U.K. Royal Air Force': near-miss), the
 # United States ('a United States citizen': a nationality, **doubtful**; 'United States' inside the court's name),
 # 'a federal grand jury' (generic), 'defense departments throughout the world' (unnamed), the Ministry of Defence
 # official (unnamed), the FCPA (a law), the products ('air separation units (ASUs)', 'nitrogen concentration trolleys
 # (NCTs)': product kinds, not named products: no Service -- near-miss)
 entities=[E("Location", "Santa Ana"), E("Location", "Calif."),
           E("Company", PCI, "PCI", "Pacific Consolidated Industries"),
           E("Organization", MOD, "U.K. Ministry of Defence"),
           E("Organization", "U.K. Royal Air Force"),
           E("Person", "Leo Winston Smith", "Smith"),
           E("Location", "Newport Beach"),
           E("Organization", "United States District Court")],
 # Smith, 'A former executive of ... Pacific Consolidated Industries LP (PCI)' who 'was the executive vice president and
 # director of sales and marketing at PCI' -> vice-president (GUIDELINES: executive vice president -> vice-president)
 # and director (**doubtful**: a sales-and-marketing director, not a board seat; the corpus's one precedent gives
 # director) at PCI, both not current ('former', 'was'). Near-misses: 'A former executive' (the two posts already say
 # it: no third 'executive' role); the unnamed UK-MOD official (no person)
 roles=[R("Leo Winston Smith", "vice-president", PCI, False),
        R("Leo Winston Smith", "director", PCI, False)],
 # Near-misses: partner(PCI, U.K. Royal Air Force) -- **doubtful**, left out: the text gives contracts 'with the U.K.
 # Royal Air Force' only as the aim of the alleged bribery ('in order to obtain lucrative contracts') and 'equipment
 # contracts for Pacific Consolidated Industries worth more than $11 million' only as what the indictment alleges
 # (51z left out a customer relation reached through bribes; a reader may take the contracts as stated customer
 # contracts); parentOrganization(U.K. Royal Air Force, United Kingdom Ministry of Defence) -- not stated in the text
 relations=[],
 outages=[],
 # 'June 18' -> 2007-06-18 and 'April 25' -> 2007-04-25 (the year of `published`, both before it); 'this afternoon' and
 # 'today' -> 2007-06-22. Skipped: none else (no other time expression)
 dates=[D("June 18", "2007-06-18"), D("this afternoon", "2007-06-22"), D("April 25", "2007-04-25"),
        D("today", "2007-06-22")])

# ---- Shu Quan-Sheng / AMAC International, OPA, published 2008-09-24 (a Wednesday) --------------------------------------
A["us-doj-amac-international-president-shu-quan-sheng-arrested-china-export-bribery-fcpa-2008"] = dict(
 # People: Shu Quan-Sheng ('Shu', six times, and '("Shu")': alias), Chuck Rosenberg, Patrick Rowan, Matthew Friedrich,
 # Arthur M. Cummings, II (the name with its comma and generational suffix as written), Alex J. Turner. Companies: AMAC
 # International ('("AMAC")': alias). Organizations: the Criminal Division, the FBI ('FBI National Security Branch',
 # 'FBI Norfolk Division', 'FBI agents'), the U.S. District Court for the Eastern District of Virginia (named in full;
 # 'Norfolk Division' a part of it: no entity). Locations: WASHINGTON (dateline), Newport News ('Newport News, Va.',
 # twice more), Va. (**doubtful**, as Calif. above), the People's Republic of China ('(PRC)' and 'China' twice, 'a
 # native of China' and 'Beijing, China': aliases -- the same country), Beijing, Norfolk ('FBI Norfolk Division' and
 # the court's 'Norfolk Division': the city, 51z's Washington way). Not annotated: the Eastern District of Virginia in
 # Rosenberg's title (no entity, dev's HP Russia), 'National Security' in Rowan's title (the division is not named as
 # an organisation -- near-miss), the FBI National Security Branch and Norfolk Division (units of the FBI: no entity,
 # 51z's field office -- near-miss), 'U.S.' ('naturalized U.S. citizen': a nationality, **doubtful**; in 'U.S.
 # Attorney' and the court's name), 'Chinese government officials' and 'a foreign government official' (unnamed),
 # 'AMAC International also has an office in Beijing' (an office, no entity), the laws (Arms Export Control Act, FCPA)
 entities=[E("Location", "WASHINGTON"),
           E("Location", "Newport News"), E("Location", "Va."),
           E("Location", "People\u2019s Republic of China", "PRC", "China"),
           E("Person", "Chuck Rosenberg"),
           E("Person", "Patrick Rowan"),
           E("Person", "Matthew Friedrich"),
           E("Organization", "Criminal Division"),
           E("Person", "Arthur M. Cummings, II"),
           E("Organization", "FBI"),
           E("Person", "Alex J. Turner"),
           E("Location", "Norfolk"),
           E("Person", "Shu Quan-Sheng", "Shu"),
           E("Company", AMAC, "AMAC"),
           E("Location", "Beijing"),
           E("Organization", EDVA)],
 # Shu, 'the President, Secretary and Treasurer of AMAC International' -> president at AMAC International, current
 # ('Shu is'); Secretary and Treasurer given no role of their own (**doubtful**: corporate officer titles outside the
 # vocabulary; the corpus gives treasurers 'other' or nothing -- near-miss). Friedrich, 'Acting Assistant Attorney
 # General of the Criminal Division' -> head at the Criminal Division. Cummings, 'Executive Assistant Director, FBI
 # National Security Branch', and Turner, 'Special Agent in Charge, FBI Norfolk Division' -> executive at the FBI (the
 # corpus's FBI SACs and HP Russia's ADIC). Near-misses: Rosenberg, 'U.S. Attorney for the Eastern District of
 # Virginia' -> no role (the office is not named as an organisation; **doubtful** as 51z's Williams); Rowan, 'Acting
 # Assistant Attorney General for National Security' -> no role (his division is not named in the text; **doubtful**)
 roles=[R("Shu Quan-Sheng", "president", AMAC),
        R("Matthew Friedrich", "head", "Criminal Division"),
        R("Arthur M. Cummings, II", "executive", "FBI"),
        R("Alex J. Turner", "executive", "FBI")],
 # No relation: the Criminal Division's parent (the Department of Justice is in the page chrome only, left out);
 # 'AMAC International also has an office in Beijing' (an office, not a unit with a name); the FBI's units (no
 # entities). Near-miss: the unnamed French company Shu represented is not in the kept text (no partner)
 relations=[],
 outages=[],
 # 'today' ('was arrested today', 'announced today') -> 2008-09-24; 'earlier today' -> 2008-09-24 (its own item).
 # Skipped: '10 years', 'five years' (sentence lengths, not time expressions resolving to a calendar value); '68' (age)
 dates=[D("today", "2008-09-24"), D("earlier today", "2008-09-24")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
