#!/usr/bin/env python3
"""Batch 35p gold annotations (the texts of batch35p.py: a South African woman heading a business lobby after the finance, managing and
chief-executive posts of an empowerment forum, a Filipino president and CEO of a conglomerate who ran its food maker,
an Indonesian woman who co-founded a group of companies that contracted with the state electricity company; one
part), written from each text alone; newskg (or any extractor) was not run on them.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts, one part), so wp-busi-mavuso -> test, wp-lance-gokongwei -> train,
wp-siti-hartati-murdaya -> dev (a Nigerian text annotated first was dropped by the lead for an unconfirmed licence,
which moved these three along the deal). Wikipedia texts have `published` null: only absolute
dates (GUIDELINES.md, Dates); decades ('the 1970s and 1980s', 'the late 1990s', 'the early 1970s'), spans and dates
told relative to another date of the text ('A year later', 'A few years later') left out; 'By 2008' -> the year;
'early 2015' -> the year; a repeated date with the same text is one item.
Conventions as batches 27a-35h (GUIDELINES.md part 2): 'is the chief executive officer of', 'is the founder and
chairman of', 'currently serving as the president and CEO' -> current true; 'was the chief executive officer ... between
2016 and 2017' -> current false; a post the text shows the person left for a later one at the same or another body
(chief financial officer then managing director; chief operating officer then chief executive; general manager of a
unit then chief executive) -> current false (doubtful each time; the text says no 'former'); founders and co-founders,
'established', 'a founding member of' -> founder / cofounder, current (the lane's convention, also for a founder the
text calls 'the late'); 'managing director' -> director, 'general manager' -> executive (GUIDELINES); an intern or a
management trainee, and posts at unnamed companies ('her father's sawmill company') -> no role; a head of state named
with no country ('authoritarian president Suharto', 'the administration of General Muhammadu Buhari') -> no role.
usage: batch35p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- South Africa ----------------------------------------------------------------------------------------------------
BM = "Busisiwe Mavuso"
BLSA = "Business Leadership South Africa"
BMF = "Black Management Forum"
A["wp-busi-mavuso"] = dict(
 # 'Mavuso' -> alias ('Busi Mavuso' is only in the cut title and infobox); Business Leadership South Africa ('BLSA')
 # and the Black Management Forum (a business lobby and a professional forum, not businesses) -> Organization
 # (doubtful: 'the Forum' left out as an alias, a short form close to a generic noun); Allied Bank -> Company; Bonang
 # Mohale ('Mohale') -> Person; Lofentse Girls School, the University of South Africa, the Association of Chartered
 # Certified Accountants -> Organization; Soweto, White City, Jabavu, Orlando East -> Location; 'various consulting,
 # telecommunications, and healthcare companies', 'South African companies' (unnamed) -> nothing
 entities=[E("Person", BM, "Mavuso"), E("Organization", BLSA, "BLSA"), E("Organization", BMF),
           E("Location", "Soweto"), E("Location", "White City"), E("Location", "Jabavu"),
           E("Organization", "Lofentse Girls School"), E("Location", "Orlando East"),
           E("Organization", "University of South Africa"),
           E("Organization", "Association of Chartered Certified Accountants"), E("Company", "Allied Bank"),
           E("Person", "Bonang Mohale", "Mohale")],
 # 'the chief executive officer of Business Leadership South Africa' -> ceo, current; 'she was the chief executive
 # officer of the Black Management Forum between 2016 and 2017' -> ceo, not current; 'In 2009, she became the chief
 # financial officer of the Black Management Forum; ... rising to become managing director' -> cfo and director, not
 # current (she spent eight years there and moved to BLSA; the cfo post doubtful: 'rising' implies she left it);
 # 'In November 2017, she was appointed as the chief operating officer of Business Leadership South Africa' -> coo,
 # not current (doubtful: the lead says she became its chief executive in July 2019); 'Bonang Mohale, who had
 # recently been appointed as BLSA CEO' -> ceo, not current (doubtful: the sentence telling that she succeeded him is
 # cut, but the lead makes her the chief executive now); 'an internship at Allied Bank' -> no role; 'a member of the
 # Association of Chartered Certified Accountants' (a membership) -> no role
 roles=[R(BM, "ceo", BLSA), R(BM, "ceo", BMF, False), R(BM, "cfo", BMF, False), R(BM, "director", BMF, False),
        R(BM, "coo", BLSA, False), R("Bonang Mohale", "ceo", BLSA, False)],
 relations=[],
 outages=[],
 # published null; 'born 1977 or 1978' -> one item per year (doubtful: the text leaves the year open between the
 # two); 'between 2016 and 2017' and 'in 2016' -> '2016' and '2017' (one item each); 'at the age of 16', 'several
 # years later', 'eight years' -> nothing
 dates=[D("1977", "1977"), D("1978", "1978"), D("July 2019", "2019-07"), D("2016", "2016"), D("2017", "2017"),
        D("2012", "2012"), D("1994", "1994"), D("2018", "2018"), D("1995", "1995"), D("2009", "2009"),
        D("November 2017", "2017-11")])

# ---- Philippines -----------------------------------------------------------------------------------------------------
LG = "Lance Yu Gokongwei"
JG = "JG Summit Holdings, Inc."
URC = "Universal Robina Corp."
JNJ = "Jack \u2019n Jill"
A["wp-lance-gokongwei"] = dict(
 # 'Gokongwei' and 'Lance Gokongwei' -> aliases; JG Summit Holdings ('JG Summit Holdings, Inc.', 'JG Summit Holdings
 # Inc.', 'the conglomerate company') -> Company; 'the late John Gokongwei Jr.', 'His father, John Jr.' -> one Person;
 # his mother 'Elizabeth' (named alone) -> Person; Robinsons Department Store -> Company; Universal Robina ('Universal
 # Robina Corp.', 'Universal Robina') -> Company; Jack 'n Jill ('Jack 'n Jill snacks') and C2 ('a ready-to-drink tea')
 # -> Service (products); Xavier School, the University of Pennsylvania -> Organization; Manila, Singapore, the
 # Philippines -> Location; 'the family business', 'foreign cola companies' (unnamed), 'Filipino' -> nothing
 entities=[E("Person", LG, "Gokongwei", "Lance Gokongwei"), E("Company", JG, "JG Summit Holdings Inc."),
           E("Person", "John Gokongwei Jr.", "John Jr."), E("Location", "Manila"), E("Person", "Elizabeth"),
           E("Company", "Robinsons Department Store"), E("Organization", "Xavier School"), E("Location", "Singapore"),
           E("Organization", "University of Pennsylvania"), E("Company", URC, "Universal Robina"),
           E("Service", JNJ), E("Service", "C2"), E("Location", "Philippines")],
 # 'currently serving as the president and CEO of ... JG Summit Holdings, Inc. since 2018' -> president and ceo,
 # current; 'became general manager of Universal Robina's branded food business' -> executive at Universal Robina (a
 # unit's head; GUIDELINES: 'manager' -> executive), not current (doubtful: no 'former'; he became the company's chief
 # executive in 2013); 'In 2013, Gokongwei became chief executive of Universal Robina' -> ceo, current (no end told);
 # 'His father, John Jr., established JG Summit Holdings Inc.' -> founder, current (the convention; 'the late');
 # 'his mother, Elizabeth, was a founding member of Robinsons Department Store' -> cofounder, current (the
 # convention); 'a management trainee at Universal Robina Corp.' -> no role
 roles=[R(LG, "president", JG), R(LG, "ceo", JG), R(LG, "executive", URC, False), R(LG, "ceo", URC),
        R("John Gokongwei Jr.", "founder", JG), R("Elizabeth", "cofounder", "Robinsons Department Store")],
 # 'In 2004, the company introduced C2' (the company: Universal Robina) -> provider; 'a management trainee at
 # Universal Robina Corp. He sold Jack 'n Jill snacks' -> provider (doubtful: the maker is implied, not said);
 # Universal Robina within JG Summit -> nothing (not said in the kept text; 'the family business' only)
 relations=[L("C2", "provider", URC), L(JNJ, "provider", URC)],
 outages=[],
 # published null; 'the late 1990s' (a decade's end) and 'his first two years', 'his last two years' -> nothing
 dates=[D("23 November 1966", "1966-11-23"), D("2018", "2018"), D("1988", "1988"), D("2004", "2004"),
        D("2013", "2013")])

# ---- Indonesia -------------------------------------------------------------------------------------------------------
SH = "Siti Hartati Tjakra Murdaya"
CCM = "Cipta Cakra Murdaya"
MP = "Murdaya Widyawimarta Poo"
A["wp-siti-hartati-murdaya"] = dict(
 # 'Chow Li Ing' and 'Hartati' -> aliases; the Cipta Cakra Murdaya group ('Cipta Cakra Murdaya (CCM) group of
 # companies', 'CCM', 'PT CCM', 'The company') -> one Company; her husband 'Murdaya Widyawimarta Poo (also known as
 # Poo Tjie Goan)' -> Person with the other name as alias; Tjakra Bhudi, Suharto -> Person; PLN ('state electricity
 # company PLN') -> Company (a state-owned business); Trisakti University, Stanford University, the National
 # University of Singapore -> Organization; the Jakarta International Expo Center -> Location (a named facility,
 # GUIDELINES); Tanah Abang, Central Jakarta, California, the US, San Francisco, New York, Jakarta -> Location;
 # 'her oil palm plantation companies', 'her father's sawmill company' (unnamed), 'Indonesian', 'Buddhist' -> nothing
 entities=[E("Person", SH, "Chow Li Ing", "Hartati"), E("Company", CCM, "CCM", "PT CCM"),
           E("Location", "Jakarta International Expo Center"), E("Location", "Tanah Abang"),
           E("Location", "Central Jakarta"), E("Person", "Tjakra Bhudi"), E("Organization", "Trisakti University"),
           E("Person", MP, "Poo Tjie Goan"), E("Organization", "Stanford University"), E("Location", "California"),
           E("Organization", "National University of Singapore"), E("Location", "US"),
           E("Location", "San Francisco"), E("Location", "New York"), E("Location", "Jakarta"),
           E("Person", "Suharto"), E("Company", "PLN")],
 # 'She co-founded the Cipta Cakra Murdaya (CCM) group of companies' and 'Hartati and her husband founded PT CCM' ->
 # cofounder for both, current (the convention); 'worked in her father's sawmill company as general manager' (no
 # company named) -> no role; 'a former journalist' (no body named) -> no role; 'authoritarian president Suharto'
 # (no country named in the text) -> no role
 roles=[R(SH, "cofounder", CCM), R(MP, "cofounder", CCM)],
 # 'founded PT CCM, which focused on the electricity and construction sectors ... the couple made their fortunes
 # through lucrative procurement contracts for state electricity company PLN' -> partner (a supplier contract;
 # doubtful: the text names the couple, not the company, as holding the contracts)
 relations=[L(CCM, "partner", "PLN")],
 outages=[],
 # published null; 'the early 1970s' (a decade), 'A year later' (relative to 1972, not to a publication date),
 # 'the 25-year-old', '32 months' -> nothing
 dates=[D("29 August 1946", "1946-08-29"), D("2013", "2013"), D("1971", "1971"), D("1972", "1972"),
        D("1984", "1984"), D("1985", "1985")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
