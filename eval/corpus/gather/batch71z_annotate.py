#!/usr/bin/env python3
"""Batch 71z gold annotations (session 65; the texts of batch71z.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-71u; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'in the 1940s' (a decade),
'Later that year', 'at the time' and 'for the next 52 years' left out. No text tells an outage, so every `outages`
list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71u): founders (GUIDELINES part 2, Roles, 'Founders'):
'formed a company with Albert Francis Lenertz named Traders Pty Ltd' -> cofounder, each ('A founded Acme with B');
'The company was started in a garage ... by four friends Champaklal Choksey, Chimanlal Choksi, Suryakant Dani and
Arvind Vakil' -> cofounder, each (named together); 'who founded Cipla' -> founder (one person named alone); 'former
founder professor along with Zakir Husain of the Jamia Milia Islamia' -> cofounder, each, current false (the text's
'former'; doubtful: a founding professorship read as a founding, and 'former' read as ended); 'Yusuf Hamied ... is
now Chairman of Cipla' -> chairman, current true (the revision's 'now'); 'headed the company after him' -> no
further role (the post is named as chairman; doubtful); 'was run by his son, Bert II, then grandson, Bert III' -> no
role ('run by' names no post, as batch 71e); 'ownership passed to Bert III's wife Val' -> no role (an owner is no
post). Relations (GUIDELINES part 2, Relations): 'was sold to McCormick Foods Australia' -> acquired and
parentOrganization; 'McCormick Foods Australia, a subsidiary of ... McCormick & Company' -> parentOrganization;
'Aeroplane Jelly is a jelly brand ... created by Bert Appleroth. Appleroth's backyard business, Traders Pty Ltd' and
'formed a company ... named Traders Pty Ltd ... named the brand Aeroplane Jelly' -> provider(Aeroplane Jelly, Traders
Pty Ltd) (doubtful: the text does not say in words that Traders makes it; no provider to McCormick, whose ownership
of the brand was in the cut infobox); 'took over Sri Lanka's second largest paint company, Delmege Forsyth & Co.' ->
acquired and parentOrganization; 'acquired a 60% stake in ... SCIB Chemicals' and 'acquired a 50.1% stake in ...
Berger International Singapore' -> acquired and parentOrganization (a majority stake read as a purchase of control,
as batches 32j, 32k, 60h and 70-series rounds read one; doubtful); 'through a joint venture with the Al Hassan
Group' and 'by incorporating a joint venture with Confidence Group' -> partner(Asian Paints Ltd, X) (GUIDELINES: a
joint venture); 'its first overseas subsidiary in 1978 in Fiji' -> nothing (unnamed); 'left only foreign companies
and Shalimar Paints in the market' -> nothing (a rival). Types: Aeroplane Jelly, Vegemite (brands) -> Service; Tiger
Moth (an aircraft model) -> Service; Holden ('a national icon, like Holden and Vegemite') -> Company (the car maker
named as an icon; doubtful: the brand); Traders Pty Ltd, McCormick Foods Australia, McCormick & Company, Shalimar
Paints, Delmege Forsyth & Co., Al Hassan Group, SCIB Chemicals, Berger International Singapore, Confidence Group,
Cipla -> Company; the National Film and Sound Archive (a national body) -> Organization; Allahabad University, the
Humboldt University of Berlin, the Jamia Milia Islamia (universities) -> Organization; 'Chemical, Industrial and
Pharmaceutical Laboratories' -> an alias of Cipla ('CIPLA' the same form as 'Cipla' ignoring case, not listed);
'Adolphus Herbert Frederick Norman Appleroth, known as Bert Appleroth' -> one Person with aliases 'Bert Appleroth' and
'Appleroth'; 'Bert II', 'Bert III', 'Val' (first names, a son, a grandson and his wife) -> Person (doubtful, as
batch 71u's 'John'); 'Hamied' -> an alias of Khwaja Abdul Hamied; 'Yusuf' -> an alias of Yusuf Hamied; 'Mahatma
Gandhi' -> an alias of M.K. Gandhi; 'Cambridge' ('his chemistry notebooks from Cambridge') -> Location (doubtful: the
university meant); regions (Southeast Asia, West Asia, the Caribbean) -> Location. No entity: 'Sounds of Australia
registry' (a programme), 'World War II', 'the Quit India Movement' (events), 'the Nazis' (a movement, no named body),
'SGX' (only inside 'SGX-listed'), 'Singapore' (only inside a company's name), 'Egyptian', 'Indian', 'Lithuanian
Jewish' (demonyms), 'Strawberry' (a flavour).
usage: batch71z_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- food, Australia: Aeroplane Jelly (piglix.com) -----------------------------------------------------------------
AJ, BA, TR, MFA, MC = ("Aeroplane Jelly", "Adolphus Herbert Frederick Norman Appleroth", "Traders Pty Ltd",
                       "McCormick Foods Australia", "McCormick & Company")
A["wp-aeroplane-jelly"] = dict(
 # Aeroplane Jelly, Tiger Moth, Vegemite -> Service; Appleroth (aliases 'Bert Appleroth', 'Appleroth'), Albert
 # Francis Lenertz, Bert II, Bert III, Val -> Person; Traders Pty Ltd, McCormick Foods Australia, McCormick & Company,
 # Holden -> Company; National Film and Sound Archive -> Organization; Australia, United States, Sydney -> Location.
 # No entity: 'Sounds of Australia registry', 'Australian', 'Strawberry'
 entities=[E("Service", AJ), E("Location", "Australia"), E("Person", BA, "Bert Appleroth", "Appleroth"),
           E("Company", TR), E("Company", MFA), E("Location", "United States"), E("Company", MC),
           E("Organization", "National Film and Sound Archive"), E("Location", "Sydney"),
           E("Person", "Albert Francis Lenertz"), E("Service", "Tiger Moth"), E("Company", "Holden"),
           E("Service", "Vegemite"), E("Person", "Bert II"), E("Person", "Bert III"), E("Person", "Val")],
 # 'formed a company with Albert Francis Lenertz named Traders Pty Ltd' -> cofounder, each. No role: 'run by' (no
 # post), Val's ownership
 roles=[R(BA, "cofounder", TR), R("Albert Francis Lenertz", "cofounder", TR)],
 # 'was sold to McCormick Foods Australia' -> acquired + parentOrganization; 'a subsidiary of ... McCormick &
 # Company' -> parentOrganization; Aeroplane Jelly -> provider to Traders Pty Ltd (doubtful)
 relations=[L(MFA, "acquired", TR), L(TR, "parentOrganization", MFA), L(MFA, "parentOrganization", MC),
            L(AJ, "provider", TR)],
 outages=[],
 # '1995', '2008', '1917', '1927', '1934', '1985'; left out: 'the 1940s' (a decade), 'at the time'
 dates=[D("1995", "1995"), D("2008", "2008"), D("1917", "1917"), D("1927", "1927"), D("1934", "1934"),
        D("1985", "1985")])

# ---- paints, India: Asian Paints (profilbaru.com) ------------------------------------------------------------------
AP = "Asian Paints Ltd"
FOUNDERS = ("Champaklal Choksey", "Chimanlal Choksi", "Suryakant Dani", "Arvind Vakil")
BOUGHT = ("Delmege Forsyth & Co.", "SCIB Chemicals", "Berger International Singapore")
A["wp-asian-paints"] = dict(
 # Asian Paints Ltd (alias 'Asian Paints'), Shalimar Paints, Delmege Forsyth & Co., Al Hassan Group, SCIB Chemicals,
 # Berger International Singapore, Confidence Group -> Company; the four friends -> Person; Mumbai, India, Gaiwadi,
 # Girgaon, Fiji, Nepal, Sri Lanka, Oman, Southeast Asia, West Asia, Caribbean, China, Malta, Bangladesh -> Location.
 # No entity: 'World War II', 'the Quit India Movement', 'SGX', 'Egyptian', 'Indian'
 entities=[E("Company", AP, "Asian Paints"), E("Location", "Mumbai"), E("Location", "India"),
           E("Location", "Gaiwadi"), E("Location", "Girgaon")] + [E("Person", p) for p in FOUNDERS] +
          [E("Company", "Shalimar Paints"), E("Location", "Fiji"), E("Location", "Nepal"), E("Location", "Sri Lanka"),
           E("Company", "Delmege Forsyth & Co."), E("Location", "Oman"), E("Company", "Al Hassan Group"),
           E("Company", "SCIB Chemicals"), E("Company", "Berger International Singapore"),
           E("Location", "Southeast Asia"), E("Location", "West Asia"), E("Location", "Caribbean"),
           E("Location", "China"), E("Location", "Malta"), E("Location", "Bangladesh"),
           E("Company", "Confidence Group")],
 # 'started ... by four friends A, B, C and D' -> cofounder, each
 roles=[R(p, "cofounder", AP) for p in FOUNDERS],
 # 'took over ... Delmege Forsyth & Co.', 'acquired a 60% stake in ... SCIB Chemicals', 'acquired a 50.1% stake in
 # ... Berger International Singapore' -> acquired + parentOrganization (majority stakes doubtful); the two joint
 # ventures -> partner
 relations=[x for t in BOUGHT for x in (L(AP, "acquired", t), L(t, "parentOrganization", AP))] +
           [L(AP, "partner", "Al Hassan Group"), L(AP, "partner", "Confidence Group")],
 outages=[],
 # 'February 1942', '1942', '1952', '1967', '1978', '1983', '1999', '2000', '2002'; left out: 'Later that year'
 dates=[D("February 1942", "1942-02"), D("1942", "1942"), D("1952", "1952"), D("1967", "1967"), D("1978", "1978"),
        D("1983", "1983"), D("1999", "1999"), D("2000", "2000"), D("2002", "2002")])

# ---- pharmaceuticals, India: Khwaja Abdul Hamied (en.wikipedia.org, oldid 707695263) -------------------------------
KH, YH, CI, JM = "Khwaja Abdul Hamied", "Yusuf Hamied", "Cipla", "Jamia Milia Islamia"
A["wp-khwaja-abdul-hamied"] = dict(
 # Khwaja Abdul Hamied (alias 'Hamied'), Khwaja Abdul Ali, Masood Jahan Begum, Yusuf Hamied (alias 'Yusuf'), M.K.
 # Gandhi (alias 'Mahatma Gandhi'), Zakir Husain -> Person; Cipla (alias 'Chemical, Industrial and Pharmaceutical
 # Laboratories') -> Company; Allahabad University, Humboldt University of Berlin, Jamia Milia Islamia ->
 # Organization; Aligarh, India, Uttar Pradesh, Allahabad, Berlin, Germany, Delhi, England, Cambridge -> Location.
 # No entity: 'the Nazis', 'Indian', 'Lithuanian Jewish'
 entities=[E("Person", KH, "Hamied"), E("Location", "Aligarh"), E("Person", "Khwaja Abdul Ali"),
           E("Person", "Masood Jahan Begum"), E("Company", CI, "Chemical, Industrial and Pharmaceutical Laboratories"),
           E("Location", "India"), E("Person", YH, "Yusuf"), E("Location", "Uttar Pradesh"),
           E("Organization", "Allahabad University"), E("Location", "Allahabad"),
           E("Organization", "Humboldt University of Berlin"), E("Location", "Berlin"), E("Location", "Germany"),
           E("Person", "M.K. Gandhi", "Mahatma Gandhi"), E("Person", "Zakir Husain"), E("Organization", JM),
           E("Location", "Delhi"), E("Location", "England"), E("Location", "Cambridge")],
 # 'who founded Cipla' -> founder; 'former founder professor along with Zakir Husain of the Jamia Milia Islamia' ->
 # cofounder, each, current false (doubtful); 'is now Chairman of Cipla' -> chairman, current
 roles=[R(KH, "founder", CI), R(KH, "cofounder", JM, False), R("Zakir Husain", "cofounder", JM, False),
        R(YH, "chairman", CI)],
 relations=[],
 outages=[],
 # '31 October 1898', '1935', '1924', '1937'; left out: 'for the next 52 years'
 dates=[D("31 October 1898", "1898-10-31"), D("1935", "1935"), D("1924", "1924"), D("1937", "1937")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
