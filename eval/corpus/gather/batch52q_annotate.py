#!/usr/bin/env python3
"""Batch 52q gold annotations (the texts of batch52q.py: the Eastern District of New York's release of 25 June 2021 on
the deferred prosecution agreement of Amec Foster Wheeler Energy Limited, 'a subsidiary of John Wood Group plc', over
bribes to officials in Brazil; the Eastern District of New York's release of 14 October 2020 on the guilty plea of J&F
Investimentos SA over bribes to Brazilian government officials), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's FCPA releases, 41p and 43e; 51n, 51t, 51z, 52f and 52h; the corpus's EDNY FCPA gold, dev's
Goldman Sachs 1MDB; GUIDELINES section 2): 'the U.S. Attorney's Office for the Eastern District of New York' (an office
named as such) -> Organization as written (dev's Goldman Sachs 1MDB and Weatherford, train's Vitol); 'the Department
of Justice's Criminal Division, Fraud Section' -> Department of Justice, Criminal Division and Fraud Section three
Organizations with parentOrganization(Criminal Division, Department of Justice) and parentOrganization(Fraud Section,
Criminal Division) (dev's Goldman Sachs 1MDB, the same words); 'Acting Assistant Attorney General of the Justice
Department's Criminal Division' -> head at the Criminal Division (test's Telia/Coscom's Blanco, 51z's and 52h's
Caldwell); 'Acting United States Attorney for the Eastern District of New York' with no office named as an
organisation -> Person, no role, the district no entity (test's Telia/Coscom's Kim, 52h's O'Brien; **doubtful**, dev's
VimpelCom gives Bharara head at 'SDNY' where the office is an entity); 'Special Agent-in-Charge, Federal Bureau of
Investigation, Washington Field Office (FBI)' -> executive at the FBI, the field office no entity, its city a Location
(51z's Washington, 52f's Norfolk, 52h's Dallas); 'United States District Judge' -> Person, no role (dev's VimpelCom's
Ramos, HP Russia's Jensen); 'X, a subsidiary of Y' -> parentOrganization(X, Y); foreign government bodies named in full
(the Serious Fraud Office, Brazil's Ministerio Publico Federal, Advogado-Geral da Uniao, Controladoria-Geral da Uniao)
-> Organizations as written, their acronyms aliases; 'Earlier today' -> the item 'today', the day of `published` (dev's
Goldman Sachs 1MDB, the same opening; 52f's AMAC lists 'earlier today' apart only beside a bare 'today'); 'Today's'
and 'today' -> one item 'today' (the corpus's way with 'Today's'); a country as an adjective or modifier
('Brazilian government officials', 'the U.S. financial system') -> nothing, a country named as such ('a United
Kingdom-based company', 'the United Kingdom's Serious Fraud Office', 'in Brazil') -> Location; laws, charges, the information, the DPA, the plea, the
penalty and fine -> nothing; 'the Company' (a defined term) -> no alias (GOLD_FORMAT: generic noun phrases).
usage: batch52q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

AFW = "Amec Foster Wheeler Energy Limited"
WOOD = "John Wood Group plc"
EDNY = "U.S. Attorney\u2019s Office for the Eastern District of New York"
MPF = "Minist\u00e9rio P\u00fablico Federal"
AGU = "Advogado-Geral da Uni\u00e3o"
CGU = "Controladoria-Geral da Uni\u00e3o"
SEC = "U.S. Securities and Exchange Commission"
JF = "J&F Investimentos SA"
A = {}

# ---- Amec Foster Wheeler Energy Limited, USAO EDNY, published 2021-06-25 (a Friday) ----------------------------------
A["us-doj-usao-edny-amec-foster-wheeler-energy-wood-group-subsidiary-brazil-bribery-dpa-2021"] = dict(
 # Companies: Amec Foster Wheeler Energy Limited ('(\u201cAmec Foster Wheeler,\u201d or the \u201cCompany\u201d)' and
 # 'Amec Foster Wheeler' in the second paragraph: alias; 'the Company' a defined term, no alias), John Wood Group plc
 # ('(\u201cWood\u201d)', 'A subsidiary of Wood': alias). Organizations: the U.S. Attorney\u2019s Office for the Eastern
 # District of New York (named as an office), the Department of Justice, the Criminal Division, the Fraud Section ('the
 # Department of Justice\u2019s Criminal Division, Fraud Section'), the Serious Fraud Office ('the United Kingdom\u2019s
 # Serious Fraud Office'), the Minist\u00e9rio P\u00fablico Federal (MPF), the Advogado-Geral da Uni\u00e3o (AGU), the
 # Controladoria-Geral da Uni\u00e3o (CGU) (Brazilian government bodies named in full, their acronyms aliases), the U.S.
 # Securities and Exchange Commission (SEC). Locations: United Kingdom ('a United Kingdom-based global engineering
 # company', 'the United Kingdom\u2019s Serious Fraud Office': the country named, as dev's Goldman Sachs 1MDB lists its
 # countries), Brazil ('foreign officials in Brazil', 'in Brazil'), Brooklyn ('federal court in Brooklyn'). Not
 # annotated: the Eastern District of New York ('filed in the Eastern District of New York': a judicial district, no
 # court named -- near-miss, dev's Goldman Sachs 1MDB), 'a subsidiary of Wood' (unnamed -- near-miss), 'foreign
 # officials', 'a gas-to-chemicals complex' (unnamed), the FCPA (a law), 'U.S.' (inside names only)
 entities=[E("Company", AFW, "Amec Foster Wheeler"),
           E("Company", WOOD, "Wood"),
           E("Location", "United Kingdom"),
           E("Location", "Brazil"),
           E("Location", "Brooklyn"),
           E("Organization", EDNY),
           E("Organization", "Department of Justice"),
           E("Organization", "Criminal Division"),
           E("Organization", "Fraud Section"),
           E("Organization", "Serious Fraud Office"),
           E("Organization", MPF, "MPF"),
           E("Organization", AGU, "AGU"),
           E("Organization", CGU, "CGU"),
           E("Organization", SEC, "SEC")],
 # No person is named in the kept text (the officials' paragraph, Kasulis, McQuaid and D'Antuono, lies past the cut):
 # no role
 roles=[],
 # 'Amec Foster Wheeler Energy Limited ..., a subsidiary of John Wood Group plc' -> parentOrganization(Amec Foster
 # Wheeler Energy Limited, John Wood Group plc); 'the Department of Justice\u2019s Criminal Division, Fraud Section' ->
 # parentOrganization(Criminal Division, Department of Justice) and parentOrganization(Fraud Section, Criminal Division)
 # (dev's Goldman Sachs 1MDB, the same words). Near-misses: parentOrganization(U.S. Attorney\u2019s Office for the
 # Eastern District of New York, Department of Justice) -- not stated; parentOrganization(Serious Fraud Office, United
 # Kingdom) -- a Location is no organisation; 'A subsidiary of Wood' (unnamed: no relation); the $190 million contract
 # (its counterparty unnamed in the kept text: no partner); the settlements with the SFO, the MPF, the AGU, the CGU and
 # the SEC (resolutions with authorities, no partnership)
 relations=[L(AFW, "parentOrganization", WOOD),
            L("Criminal Division", "parentOrganization", "Department of Justice"),
            L("Fraud Section", "parentOrganization", "Criminal Division")],
 outages=[],
 # 'Earlier today' -> 'today' 2021-06-25 (dev's Goldman Sachs 1MDB; **doubtful**: a reader may list 'Earlier today'
 # as written). Skipped: 'three-year' (a term, no calendar value)
 dates=[D("today", "2021-06-25")])

# ---- J&F Investimentos SA, USAO EDNY, published 2020-10-14 (a Wednesday) ---------------------------------------------
A["us-doj-usao-edny-jf-investimentos-pleads-guilty-brazil-officials-bribes-256-million-fine-2020"] = dict(
 # Companies: J&F Investimentos SA ('(J&F)', 'a scheme by J&F': alias). People: Margo K. Brodie, Seth D. DuCharme
 # ('Acting United States Attorney DuCharme': alias), Brian C. Rabbitt, James A. Dawson. Organizations: the Department
 # of Justice ('the Justice Department\u2019s Criminal Division', 'the Department of Justice' in the quotation: one
 # body, the fuller form as name), the Criminal Division, the Federal Bureau of Investigation ('(FBI)': alias -- it
 # follows 'Washington Field Office' but abbreviates the Bureau). Locations: Brooklyn, Brazil ('based in Brazil'), New
 # York ('bank accounts based in New York'), Washington ('Washington Field Office': the field office's city, 52h's
 # Dallas way -- **doubtful**: a reader may leave the unit's name alone). Not annotated: the Eastern District of New
 # York (inside DuCharme's title: no entity), the Washington Field Office (a unit: no entity, 51z -- near-miss), 'our
 # Office' (unnamed in the kept text -- near-miss), 'Brazilian government officials' (an adjective), 'the U.S.
 # financial system' ('U.S.' as a modifier -- near-miss), 'the meat and agriculture businesses', 'its employees and
 # agents' (unnamed), the FCPA (a law)
 entities=[E("Location", "Brooklyn"),
           E("Company", JF, "J&F"),
           E("Location", "Brazil"),
           E("Location", "New York"),
           E("Person", "Margo K. Brodie"),
           E("Person", "Seth D. DuCharme", "DuCharme"),
           E("Person", "Brian C. Rabbitt"),
           E("Organization", "Department of Justice", "Justice Department"),
           E("Organization", "Criminal Division"),
           E("Person", "James A. Dawson"),
           E("Organization", "Federal Bureau of Investigation", "FBI"),
           E("Location", "Washington")],
 # Rabbitt, 'Acting Assistant Attorney General of the Justice Department\u2019s Criminal Division' -> head at the
 # Criminal Division (Telia/Coscom's Blanco, the same title). Dawson, 'Special Agent-in-Charge, Federal Bureau of
 # Investigation, Washington Field Office' -> executive at the Federal Bureau of Investigation (51z, 52f, 52h: an FBI
 # special agent in charge or assistant director in charge -> executive at the FBI). Near-misses: DuCharme, 'Acting
 # United States Attorney for the Eastern District of New York' -> no role (no office named as an organisation in the
 # kept text; **doubtful** as Telia/Coscom's Kim and 52h's O'Brien); Brodie, 'United States District Judge' -> no role
 # (no court named); no J&F officer is named (no company role)
 roles=[R("Brian C. Rabbitt", "head", "Criminal Division"),
        R("James A. Dawson", "executive", "Federal Bureau of Investigation")],
 # 'the Justice Department\u2019s Criminal Division' -> parentOrganization(Criminal Division, Department of Justice).
 # Near-misses: parentOrganization(Federal Bureau of Investigation, Department of Justice) -- not stated in the text;
 # 'J&F-owned' entities and the company's 'employees and agents' (none named: no relation); 'bank accounts based in
 # New York' (no bank named)
 relations=[L("Criminal Division", "parentOrganization", "Department of Justice")],
 outages=[],
 # 'Earlier today', 'Today\u2019s proceedings', 'Today\u2019s resolution' -> one item 'today' 2020-10-14 (the same
 # text and value listed once; dev's Goldman Sachs 1MDB)
 dates=[D("today", "2020-10-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
