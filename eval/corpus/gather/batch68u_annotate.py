#!/usr/bin/env python3
"""Gold annotations for batch 68u (session 62; gatherer lane 68u; round notes /tmp/gather69u/NOTES.md): three company
histories from English Wikipedia (batch68u.py) — Ballantine Brewery (P. Ballantine and Sons; brewing, US), the Bowery
Savings Bank (banking, US) and Franklin Simon & Co. (retail, US). Annotated from each text alone by GUIDELINES.md;
newskg (or any extractor) was not run on any text. `published` is null for all three (Wikipedia pages carry no date),
so only absolute time expressions are dated. No text tells an outage (a brewery closed, a bank running out of cash,
sales, a merger and a Chapter 11 bankruptcy are business events, GUIDELINES, Outages: business failures are no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68r): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('founded in 1840 ... by Peter
Ballantine', 'Peter Ballantine, the company founder'); two people named together are each `cofounder` ('founded ...
by Franklin Simon (1865-1934) and his business partner Herman A. Flurscheim'); founders stay current (a founder's
death ends no post the text names, as batches 66b-68n recorded founders); posts the text names -> their titles ('the
company's vice-president' -> vice-president; 'became president of the company' -> president; 'was the head of' ->
head; 'spokesman for' -> spokesperson), current false when the text ends the post ('until 1963'; 'From 1972 to 1992'
of a spokesman, a span told as closed), true otherwise; 'the company was taken over by' a person, 'controlled the
company', 'bought out his partner' -> no role and no relation (no post named; a person is no Company buyer, as batch
68n's Wadewitz); 'was sold to X', 'was purchased by X', 'was acquired by X', 'had been sold to X' -> acquired and
parentOrganization (GUIDELINES, Relations: completed acquisitions, the target not said to be merged away); 'sold to
Richard Ravitch and others' -> nothing (people as buyers); 'sold their New York operations to X' -> nothing (an
unnamed business's operations: GUIDELINES, Relations, asset purchases; doubtful); 'merged with' -> nothing (a merger
with no buyer told); 'as separate divisions under the newly formed X' -> parentOrganization for each division; a
beer brand the company was known for -> Service with provider (as batch 68h's beer labels); former and later names
of the same company -> aliases (GUIDELINES, Types: 'originally incorporated as the Patterson & Ballantine Brewing
Company', 'renamed P. Ballantine and Sons', 'The name was changed by 1992 to Home Savings of America', 'founded ... as
Franklin Simon Specialty Shops'); universities -> Organization; a federal deposit insurer -> Organization; streets, a
district, boroughs, counties, an island and a river -> Location (as batch 68n's streets and district); adjectives
('American') -> no entity; a family ('the Simon family'), a catalogue's title and unnamed sons and partners -> no
entity; life years in brackets ('(1791–1883)', '(1851-1936)', '(1865-1934)') -> each year its own item (as batches
67c, 67s and 68r listed them; batches 63f, 64f and 67e left them out); 'Around 1850' -> the year (as batch 60c's
'around 1950'); '1961/1962' -> nothing (two years, one expression: no one value; doubtful); spans and counts ('the
next 115 years', 'over 35 branches') -> no date.
usage: batch68u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- brewing, US: Ballantine Brewery ------------------------------------------------------------------------------
PB = "P. Ballantine and Sons"
GF = "George Griswold Frelinghuysen"
A["wp-ballantine-brewery"] = dict(
 # the brewery -> Company 'P. Ballantine and Sons' (its name from 1857 'for the next 115 years'; the text's other
 # names are no fuller in use), aliases 'Ballantine' ('Ballantine was an American brewery', 'Ballantine was the 4th
 # largest brewer'; doubtful: 'Ballantine rented an old brewing site' and 'Ballantine bought out his partner' are the
 # founder's surname, and a surface form is listed once, so the company takes it as batch 68n's Harper did) and
 # 'Patterson & Ballantine Brewing Company' ('originally incorporated as': its first name, GUIDELINES, Types);
 # 'Ballantine Ale' ('best known for Ballantine Ale, a pale ale that is one of the oldest brands of beer') -> Service
 # (a beer brand, as batch 68h's beer labels); Anheuser-Busch -> Company; Peter Ballantine, George Griswold
 # Frelinghuysen (alias 'George': 'George married Sara Linen Ballantine'), Frederick Theodore Frelinghuysen, Matilda
 # Elizabeth Griswold and Sara Linen Ballantine (alias 'Sara') -> Person; Rutgers College and Columbia University Law
 # School -> Organization (universities, GUIDELINES, Types); the United States (alias 'US'), Newark, New Jersey,
 # Scotland, the Passaic River and New York ('the New Jersey and New York bars': the state) -> Location. No entity:
 # 'American' (an adjective); 'his partner', 'His three sons', 'his eldest son', 'His second oldest son', 'The last
 # son' (unnamed); 'lager beer' (a kind of beer, no brand)
 entities=[E("Company", PB, "Ballantine", "Patterson & Ballantine Brewing Company"), E("Service", "Ballantine Ale"),
           E("Location", "United States", "US"), E("Location", "Newark"), E("Location", "New Jersey"),
           E("Person", "Peter Ballantine"), E("Location", "Scotland"), E("Location", "Passaic River"),
           E("Company", "Anheuser-Busch"), E("Person", GF, "George"),
           E("Person", "Frederick Theodore Frelinghuysen"), E("Person", "Matilda Elizabeth Griswold"),
           E("Organization", "Rutgers College"), E("Organization", "Columbia University Law School"),
           E("Location", "New York"), E("Person", "Sara Linen Ballantine", "Sara")],
 # 'The company was founded in 1840 in Newark, New Jersey, by Peter Ballantine' and 'Peter Ballantine, the company
 # founder' -> founder (one person named alone, GUIDELINES, Roles, 'Founders'), current true (his death in 1883 ends
 # no post the text names; founders stay current, as the corpus records them); 'George Griswold Frelinghuysen, the
 # company's vice-president' -> vice-president, current true (no leaving told; doubtful: he 'took over' the company
 # in 1905, and a reader might read the post as left for a higher one the text does not name). Near-misses, no role:
 # 'the company was taken over by George Griswold Frelinghuysen' (no post named); 'His second oldest son then
 # controlled the company' (unnamed); 'His three sons joined the business' (unnamed, no post)
 roles=[R("Peter Ballantine", "founder", PB), R(GF, "vice-president", PB)],
 # 'It was best known for Ballantine Ale' -> provider(Ballantine Ale, the brewery). Near-misses, no relation:
 # 'Ballantine bought out his partner' (a person's stake); 'the company was taken over by George Griswold
 # Frelinghuysen' (a person, no Company buyer); 'almost twice as large as Anheuser-Busch' (a comparison)
 relations=[L("Ballantine Ale", "provider", PB)],
 outages=[],
 # 'founded in 1840', '(1791–1883)' and 'died in 1883' ('1791', '1883', each once), 'dated back to 1805', 'Around
 # 1850' -> 1850, 'in 1857', 'in May 1972' -> 1972-05, 'By 1879', 'in 1895', 'in 1905', '(1851-1936)' ('1851',
 # '1936'), 'in 1870', 'in 1872' (twice, one item), '1876', 'on April 26, 1881' -> the day. No date: 'the next 115
 # years' (a span), 'just a few months earlier' (relative, published null)
 dates=[D("1840", "1840"), D("1791", "1791"), D("1883", "1883"), D("1805", "1805"), D("Around 1850", "1850"),
        D("1857", "1857"), D("May 1972", "1972-05"), D("1879", "1879"), D("1895", "1895"), D("1905", "1905"),
        D("1851", "1851"), D("1936", "1936"), D("1870", "1870"), D("1872", "1872"), D("1876", "1876"),
        D("April 26, 1881", "1881-04-26")])

# ---- banking, US: Bowery Savings Bank -----------------------------------------------------------------------------
BS = "Bowery Savings Bank"
HF = "H. F. Ahmanson & Co."
GP = "Greenpoint Savings Bank"
NF = "North Fork Bank"
A["wp-bowery-savings-bank"] = dict(
 # the bank -> Company 'Bowery Savings Bank' (the text's name, 'The' dropped), alias 'Home Savings of America' ('The
 # name was changed by 1992 to Home Savings of America': the bank going on under a later name, GUIDELINES, Types;
 # doubtful: the name is also its buyer's brand, and a reader might make it an entity of its own); H. F. Ahmanson & Co.
 # (alias 'Ahmanson'), Greenpoint Savings Bank (alias 'Greenpoint'), North Fork Bank (alias 'North Fork') and Capital
 # One Bank -> Company; the Federal Deposit Insurance Corporation (alias 'FDIC') -> Organization (a federal agency,
 # GUIDELINES, Types); Stanford White, Richard Ravitch and Joe DiMaggio -> Person; New York City, the New York
 # metropolitan area, the Bowery ('130 Bowery', '128-130 Bowery': a street, as batch 68n's Pearl Street), East 42nd
 # Street ('110 East 42nd Street'), Midtown Manhattan, Manhattan, Brooklyn, Queens, Nassau, Suffolk ('Nassau and
 # Suffolk counties') and Long Island -> Location. No entity: 'their New York operations' (unnamed); 'Richard Ravitch
 # and others' (the others unnamed); 'an upscale venue', 'New York City designated landmarks' (no name)
 entities=[E("Company", BS, "Home Savings of America"), E("Location", "New York City"),
           E("Location", "New York metropolitan area"), E("Company", HF, "Ahmanson"), E("Location", "Bowery"),
           E("Person", "Stanford White"), E("Location", "East 42nd Street"), E("Location", "Midtown Manhattan"),
           E("Location", "Manhattan"), E("Location", "Brooklyn"), E("Location", "Queens"), E("Location", "Nassau"),
           E("Location", "Suffolk"), E("Location", "Long Island"),
           E("Organization", "Federal Deposit Insurance Corporation", "FDIC"), E("Person", "Richard Ravitch"),
           E("Company", GP, "Greenpoint"), E("Company", NF, "North Fork"), E("Company", "Capital One Bank"),
           E("Person", "Joe DiMaggio")],
 # 'From 1972 to 1992, baseball Hall-of-Famer Joe DiMaggio was spokesman for the Bowery Savings Bank' ->
 # spokesperson (GUIDELINES, Roles: spokesman -> spokesperson), current false (a span told as closed in 1992; doubtful:
 # the text says no 'former' or 'left'). Near-misses, no role: 'designed by Stanford White' (an architect, no post);
 # 'Richard Ravitch and others' as buyers (owners, no post named)
 roles=[R("Joe DiMaggio", "spokesperson", BS, False)],
 # 'In 1992, it was sold to H. F. Ahmanson & Co. for $200 million' (twice, one relation) -> acquired + parent (a
 # completed sale); 'By 2004, Greenpoint had been sold to North Fork Bank' -> acquired + parent; 'in 2007, North
 # Fork was sold to Capital One Bank' -> acquired + parent. Near-misses, no relation: 'the Federal Deposit Insurance
 # Corporation (FDIC) arranged for the bank to be sold to Richard Ravitch and others' (people as buyers; the FDIC an
 # arranger, no owner); 'Ahmanson sold their New York operations to Greenpoint Savings Bank' (unnamed operations, an
 # asset sale; doubtful: a reader might read the renamed bank as sold and give acquired(Greenpoint Savings Bank,
 # Bowery Savings Bank) with parentOrganization)
 relations=b10.acq(HF, BS) + b10.acq(NF, GP) + b10.acq("Capital One Bank", NF),
 outages=[],
 # 'chartered in May 1834' -> 1834-05; 'opened in 1834'; 'By 1980' (twice, one item); 'In 1992', 'by 1992' and 'to
 # 1992' (one item); 'in 1895', 'in 1920', 'from 1921 to 1923' ('1921', '1923'), 'By 1982', 'in 1985', 'In 1995',
 # 'By 2004', 'in 2007', 'From 1972' -> the years. No date: 'now', 'current' (published null)
 dates=[D("May 1834", "1834-05"), D("1980", "1980"), D("1992", "1992"), D("1895", "1895"), D("1920", "1920"),
        D("1921", "1921"), D("1923", "1923"), D("1834", "1834"), D("1982", "1982"), D("1985", "1985"),
        D("1995", "1995"), D("2004", "2004"), D("2007", "2007"), D("1972", "1972")])

# ---- retail, US: Franklin Simon & Co. -----------------------------------------------------------------------------
FC = "Franklin Simon & Co."
CS = "City Stores Company"
OC = "Oppenheim Collins & Company, Inc"
SS = "City Specialty Stores"
A["wp-franklin-simon-and-co"] = dict(
 # the chain -> Company 'Franklin Simon & Co.', alias 'Franklin Simon Specialty Shops' ('founded ... as': its first
 # name, GUIDELINES, Types); 'Franklin Simon' -> Person (the founder, 'Franklin Simon (1865-1934)', 'at the death of
 # Franklin Simon'; doubtful: 'the head of Franklin Simon', 'merged with Franklin Simon' and 'the 42 Franklin Simon
 # stores' use the same words for the chain, and a surface form is listed once, so the person keeps it); Herman A.
 # Flurscheim, Leroy C. Palmer and Benjamin Goldstein -> Person; Atlas Corporation, City Stores Company (alias 'City
 # Stores'), Oppenheim Collins & Company, Inc (as written, no period; alias 'Oppenheim Collins & Co.': 'the Oppenheim
 # Collins & Co. stores') and City Specialty Stores -> Company; 'Dover Books on Costume' -> Company (named as the
 # publisher that 'reissued' a catalogue; doubtful: a publisher's series, a reader might leave it out); New York City,
 # the U.S. ('a traditional U.S. dry goods store': a place named, doubtful as a modifier, as batch 68n's Hong Kong),
 # Europe and Philadelphia -> Location. No entity: 'the Simon family' (a family); '"Franklin Simon Fashion Catalog for
 # 1923"' (a catalogue's title, a work); 'ready-to-wear apparel' (goods)
 entities=[E("Company", FC, "Franklin Simon Specialty Shops"), E("Location", "New York City"), E("Location", "U.S."),
           E("Person", "Franklin Simon"), E("Person", "Herman A. Flurscheim"), E("Person", "Leroy C. Palmer"),
           E("Person", "Benjamin Goldstein"), E("Location", "Europe"), E("Company", "Atlas Corporation"),
           E("Company", CS, "City Stores"), E("Location", "Philadelphia"),
           E("Company", OC, "Oppenheim Collins & Co."), E("Company", SS), E("Company", "Dover Books on Costume")],
 # 'The chain was founded in February 1902, as Franklin Simon Specialty Shops by Franklin Simon (1865-1934) and his
 # business partner Herman A. Flurscheim' -> cofounder each (two people named together, GUIDELINES, Roles,
 # 'Founders'), current true (Franklin Simon's death of 1934 ends no post the text names; founders stay current);
 # 'Leroy C. Palmer became president of the company in 1934' -> president, current true (no leaving told);
 # 'Benjamin Goldstein was the head of Franklin Simon until 1963' -> head at the chain, current false ('until 1963')
 roles=[R("Franklin Simon", "cofounder", FC), R("Herman A. Flurscheim", "cofounder", FC),
        R("Leroy C. Palmer", "president", FC), R("Benjamin Goldstein", "head", FC, False)],
 # 'In 1936, the chain was purchased by Atlas Corporation from the Simon family' -> acquired + parent (a completed
 # purchase; ownership since passed is still recorded, GUIDELINES, Relations); 'In 1945, Franklin Simon & Co. was
 # acquired by City Stores Company of Philadelphia' -> acquired + parent; 'the two chains continued to operate ... as
 # separate divisions under the newly formed City Specialty Stores' -> parentOrganization(each chain, City Specialty
 # Stores) ('divisions under', GUIDELINES, Relations). Near-misses, no relation: 'Oppenheim Collins & Company, Inc
 # merged with Franklin Simon' (a merger, no buyer told); 'City Stores changed the name of the Oppenheim Collins & Co.
 # stores to Franklin Simon' (a renaming of stores; doubtful: a reader might infer City Stores' ownership of Oppenheim
 # Collins and of City Specialty Stores, which the text does not state); 'City Stores filed for Chapter 11 bankruptcy'
 # and 'City Stores closed the 42 Franklin Simon stores' (business events); 'Dover Books on Costume reissued' a
 # catalogue (a publication, no Service)
 relations=b10.acq("Atlas Corporation", FC) + b10.acq(CS, FC)
           + [L(FC, "parentOrganization", SS), L(OC, "parentOrganization", SS)],
 outages=[],
 # 'closed in 1979' -> 1979; 'in February 1902' -> 1902-02; '(1865-1934)' and 'in 1934' ('1865', '1934', each once);
 # 'until 1963', 'In 1936', 'In 1945', 'In 1993' -> the years; 'in July 1979' -> 1979-07; 'Catalog for 1923' -> 1923
 # (a year named in a title; doubtful). No date: 'In 1961/1962' (two years, no one value; doubtful)
 dates=[D("1979", "1979"), D("February 1902", "1902-02"), D("1865", "1865"), D("1934", "1934"), D("1963", "1963"),
        D("1936", "1936"), D("1945", "1945"), D("July 1979", "1979-07"), D("1993", "1993"), D("1923", "1923")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
