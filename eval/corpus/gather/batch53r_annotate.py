#!/usr/bin/env python3
"""Batch 53r gold annotations (the texts of batch53r.py: the Middle District of Georgia's release of 21 September 2015 on
the sentencing of two former officials of and one broker for the Peanut Corporation of America; the Office of Public
Affairs' release of 23 July 2020 on Taro Pharmaceuticals U.S.A., Inc. charged with two generic-drug price-fixing
conspiracies and its deferred prosecution agreement), written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53k; GUIDELINES section 2): 'Assistant Attorney General ... of
the Department of Justice's Antitrust Division' -> head at the Antitrust Division (53f's Argentieri, the corpus's
Antitrust Division releases' Delrahim, the same words) and parentOrganization(Antitrust Division, Department of Justice)
(53f, dev's Goldman Sachs 1MDB); a court named in full ('the U.S. District Court for the Eastern District of
Pennsylvania') -> Organization, 'the Court' (capitalised, the same court) -> no alias (**doubtful**); a judge -> Person,
no role (53m's Manning); 'the Middle District of Georgia' (a judicial district, no court named as a body) -> nothing
(53f's Southern District of Florida, 53k's District of Vermont); 'the former owner and president of PCA' -> president at
the company, current false, 'owner' no title of the vocabulary (the lane's owner rule); 'held various positions at PCA's
... plant including receptionist, office manager and quality assurance manager' with 'Two former officials of' the
company -> executive at the company, current false (GUIDELINES: "manager" -> executive; **doubtful**); a person who
'worked at' a firm with no title -> no role; the dateline's city ('WASHINGTON') -> Location (53k's SYRACUSE); a city and
its state -> two Locations, the state one entity however often named; '(PCA)', '(Taro U.S.A.)' -> aliases; a possessive
form of the full name ('Taro Pharmaceuticals U.S.A.'s') -> alias without the possessive; 'across America' -> Location
'America' (**doubtful**), 'American consumers', 'U.S. District Court' as modifiers -> nothing; salmonella, generic
drugs, charges, counts, the DPA, the penalty -> nothing; 'the company', 'the defendant', 'the parties' (generic) -> no
alias; 'today' and 'Today's' -> one item 'today' (GUIDELINES: the same text ignoring case and the same value listed once).
usage: batch53r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

PCA = "Peanut Corporation of America"
TARO = "Taro Pharmaceuticals U.S.A., Inc."
DOJ = "Department of Justice"
ATR = "Antitrust Division"
A = {}

# ---- Peanut Corporation of America, USAO MDGA, published 2015-09-21 (a Monday) ---------------------------------------
A["us-doj-usao-mdga-peanut-corporation-of-america-former-president-parnell-salmonella-sentences-2015"] = dict(
 # Companies: Peanut Corporation of America ('(PCA)' and 'PCA' three times, 'PCA\u2019s': alias 'PCA'), P.P. Sales
 # ('worked at P.P. Sales': a business, a food broker's firm by the context -- **doubtful** type: the text calls it
 # nothing; a reader may leave it out as a bare name). Organizations: Department of Justice ('the Department of Justice
 # announced today'). People: Stewart Parnell (the bare 'Parnell' only in 'The Parnell brothers': no alias), Michael
 # Parnell, Mary Wilkerson, W. Louis Sands ('Judge Sands': alias 'Sands'). Locations: WASHINGTON (the dateline), Albany,
 # Georgia ('Albany, Georgia', 'Edison, Georgia', 'Blakely, Georgia': one state), Lynchburg, Virginia ('Lynchburg,
 # Virginia', 'Midlothian, Virginia': one state), Midlothian, Edison, Blakely. Not annotated: 'the Middle District of
 # Georgia' (a district; 'Senior U.S. District Court Judge ... of the Middle District of Georgia' names no court as a
 # body -- near-miss), 'PCA's Blakely, Georgia, plant' (an unnamed site), 'a federal jury', salmonella, 'their customers'
 entities=[E("Location", "WASHINGTON"),
           E("Company", PCA, "PCA"),
           E("Location", "Albany"),
           E("Location", "Georgia"),
           E("Organization", DOJ),
           E("Person", "Stewart Parnell"),
           E("Location", "Lynchburg"),
           E("Location", "Virginia"),
           E("Person", "W. Louis Sands", "Sands"),
           E("Person", "Michael Parnell"),
           E("Location", "Midlothian"),
           E("Company", "P.P. Sales"),
           E("Person", "Mary Wilkerson"),
           E("Location", "Edison"),
           E("Location", "Blakely")],
 # Stewart Parnell, 'the former owner and president of PCA' -> president at PCA, current false ('former' governs both
 # nouns; owner is no vocabulary title). Mary Wilkerson, 'who held various positions at PCA's Blakely, Georgia, plant
 # including receptionist, office manager and quality assurance manager', one of the 'Two former officials of ... PCA'
 # -> executive at PCA, current false (**doubtful**: 'manager' -> executive by GUIDELINES, but these are plant-level
 # posts, and receptionist is none; a reader may give no role or other). Near-misses: Michael Parnell, 'who worked at
 # P.P. Sales and was a food broker who worked on behalf of PCA' (no title at either: no role); W. Louis Sands, 'Senior
 # U.S. District Court Judge' (a judge, no court named as a body: no role)
 roles=[R("Stewart Parnell", "president", PCA, False),
        R("Mary Wilkerson", "executive", PCA, False)],
 # No relation. Near-miss (**doubtful**): partner(P.P. Sales, PCA) -- the text says Michael Parnell worked at P.P. Sales
 # and brokered food on behalf of PCA, not that P.P. Sales was PCA's broker; a reader may draw the supplier tie. The
 # 'one broker for the Peanut Corporation of America' is the person, not the firm
 relations=[],
 outages=[],
 # 'sentenced to prison today', 'announced today' -> 'today' 2015-09-21; 'on Sept. 19, 2014' -> 2014-09-19. Skipped: 'at
 # a later date', the prison terms (336 months, three years: durations)
 dates=[D("today", "2015-09-21"), D("Sept. 19, 2014", "2014-09-19")])

# ---- Taro Pharmaceuticals U.S.A., Inc., OPA, published 2020-07-23 (a Thursday) ---------------------------------------
A["us-doj-opa-taro-pharmaceuticals-usa-generic-drug-price-fixing-dpa-criminal-penalty-2020"] = dict(
 # Companies: Taro Pharmaceuticals U.S.A., Inc. ('(Taro U.S.A.)' and 'Taro U.S.A.' four times; 'Taro Pharmaceuticals
 # U.S.A.\u2019s' -> alias 'Taro Pharmaceuticals U.S.A.'). Organizations: Department of Justice ('the Department of
 # Justice announced today', 'the Department of Justice\u2019s Antitrust Division'), the U.S. District Court for the
 # Eastern District of Pennsylvania (a court named in full; 'the Court' -- **doubtful**: the same court by context, left
 # as no alias, a capitalised common noun), Antitrust Division ('The Antitrust Division', 'the Antitrust Division\u2019s',
 # 'Justice\u2019s Antitrust Division'). People: Makan Delrahim. Locations: Philadelphia, America ('pharmacy counters
 # across America' -- **doubtful**: a noun naming the country, against 53k's modifier 'U.S. pharmacies' -> nothing;
 # 'American consumers' is the modifier here -> nothing). Not annotated: 'a competing manufacturer of generic drugs' and
 # 'various executives' (unnamed: near-miss, the counts naming Sandoz Inc. and Ara Aprahamian lie past the cut), the
 # DPA, the penalty, 'the defendant', 'the parties'
 entities=[E("Company", TARO, "Taro U.S.A.", "Taro Pharmaceuticals U.S.A."),
           E("Organization", DOJ),
           E("Organization", "U.S. District Court for the Eastern District of Pennsylvania"),
           E("Location", "Philadelphia"),
           E("Organization", ATR),
           E("Location", "America"),
           E("Person", "Makan Delrahim")],
 # Delrahim, 'Assistant Attorney General ... of the Department of Justice's Antitrust Division' -> head at the Antitrust
 # Division (the lane's way: the assistant attorney general leads the division)
 roles=[R("Makan Delrahim", "head", ATR)],
 # 'the Department of Justice's Antitrust Division' -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: no parent of Taro U.S.A. is named in the kept text (Taro Pharmaceutical Industries is not in it); the
 # conspiracies 'each with a competing manufacturer' name no counterparty (no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today', 'filed today', 'Today\u2019s resolution' -> one item 'today' 2020-07-23 (the same text ignoring
 # case, the same value)
 dates=[D("today", "2020-07-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
