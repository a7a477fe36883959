#!/usr/bin/env python3
"""Batch 51z gold annotations (the text of batch51z.py: the release of the U.S. Attorney's Office for the Northern
District of Oklahoma of 24 July 2014 on Bernd Kowalewski, the former president and chief executive officer of BizJet
International Sales and Support Inc., 'a U.S.-based subsidiary of Lufthansa Technik AG', pleading guilty to bribing
officials in Mexico and Panama), written from the text alone; newskg was not run on it. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (the DOJ lane's FCPA releases, 41p and 43e; 51n and 51t; dev's HP Russia and VimpelCom/Unitel files;
GUIDELINES section 2): 'Assistant Attorney General ... of the Justice Department's Criminal Division' -> head at the
Criminal Division and parentOrganization(Criminal Division, Justice Department) (dev's VimpelCom for the role, dev's
HP Russia for the relation); 'U.S. Attorney ... of the Northern District of <state>' -> Person, no role, the district
no entity (dev's HP Russia: Melinda Haag 'of the Northern District of California'); 'Assistant Director in Charge ...
of the FBI's Washington Field Office' -> executive at the FBI, 'Washington' a Location (dev's HP Russia: Andrew G.
McCabe); the dateline 'WASHINGTON' and 'Washington' -> one Location 'Washington' with the dateline's capitals an alias
(the corpus's DOJ files with a dateline and a later 'Washington'); 'the former president and chief executive officer
of Y' -> president and ceo at Y, both not current; 'Y, a U.S.-based subsidiary of Z' -> parentOrganization(Y, Z);
'X-based' -> Location X (51t); a city with its state ('Tulsa, Oklahoma') -> two Locations; laws (the FCPA), charges,
'the charges', 'contracts' -> nothing; 'today' and 'Today's' -> one item 'today' (51n, 51t).
usage: batch51z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

BJ = "BizJet International Sales and Support Inc."
LT = "Lufthansa Technik AG"
A = {}

# ---- BizJet / Bernd Kowalewski, USAO N.D. Okla., published 2014-07-24 (a Thursday) -----------------------------------
A["us-doj-usao-ndok-bizjet-former-ceo-kowalewski-lufthansa-technik-subsidiary-pleads-guilty-fcpa-2014"] = dict(
 # People: Bernd Kowalewski ('Kowalewski', 'Kowalewski's': alias), Leslie R. Caldwell ('Assistant Attorney General
 # Caldwell': alias 'Caldwell'), Danny C. Williams Sr. ('U.S. Attorney Williams': alias 'Williams'), Valerie Parlave.
 # Companies: BizJet International Sales and Support Inc. ('BizJet', and 'Bizjet' as the third paragraph spells it:
 # aliases -- **doubtful** only as to the spelling, the same company in the same sentence), Lufthansa Technik AG.
 # Organizations: the Justice Department ('the Justice Department's Criminal Division'), the Criminal Division, the FBI
 # ('the FBI's Washington Field Office'). Locations: Washington ('WASHINGTON' dateline: alias; 'the FBI's Washington
 # Field Office'), the United States ('in the United States'; 'U.S.' in 'a U.S.-based subsidiary' and 'beyond U.S.
 # borders': alias -- **doubtful**, the corpus has both ways with 'U.S.-based'; 51t's 'X-based' -> Location X), Tulsa,
 # Oklahoma, Mexico, Panama, Amsterdam. Not annotated: the Northern District of Oklahoma (a judicial district named
 # in a U.S. Attorney's title: no entity, dev's HP Russia -- near-miss), the FBI's Washington Field Office as its own
 # entity (a unit of the FBI: near-miss, HP Russia and 51t the same way), 'U.S.' in the title 'U.S. Attorney', 'the
 # third and most senior Bizjet executive' and 'his fellow executives' (the other executives are unnamed), 'foreign
 # government officials' and 'officials in Mexico and Panama' (unnamed), 'the investigators and prosecutors'
 # (generic), the Foreign Corrupt Practices Act (a law); 'Lufthansa' and 'Foreign Bribery' appear only in the title
 entities=[E("Location", "Washington", "WASHINGTON"),
           E("Person", "Bernd Kowalewski", "Kowalewski"),
           E("Company", BJ, "BizJet", "Bizjet"),
           E("Company", LT),
           E("Person", "Leslie R. Caldwell", "Caldwell"),
           E("Organization", "Justice Department"),
           E("Organization", "Criminal Division"),
           E("Person", "Danny C. Williams Sr.", "Williams"),
           E("Person", "Valerie Parlave"),
           E("Organization", "FBI"),
           E("Location", "United States", "U.S.")]
          + locs("Tulsa", "Oklahoma", "Mexico", "Panama", "Amsterdam"),
 # Kowalewski, 'The former president and chief executive officer of BizJet International Sales and Support Inc.'
 # (the opening sentence names the post and the Caldwell quotation names him: 'The former CEO of BizJet, Bernd
 # Kowalewski') -> president and ceo at BizJet, both not current (GUIDELINES: 'former' -> false). Caldwell, 'Assistant
 # Attorney General ... of the Justice Department's Criminal Division' -> head at the Criminal Division (dev's
 # VimpelCom; 43e, 51t). Parlave, 'Assistant Director in Charge ... of the FBI's Washington Field Office' -> executive
 # at the FBI (dev's HP Russia). Near-misses: Williams, 'U.S. Attorney ... of the Northern District of Oklahoma' -> no
 # role (the office is not named as an organisation in the kept text: dev's HP Russia gave Melinda Haag none;
 # **doubtful**, a reader may want 'head' at an office the text does not name); Kowalewski an 'executive' of BizJet
 # ('the third and most senior Bizjet executive': the posts already say it, no third role)
 roles=[R("Bernd Kowalewski", "president", BJ, False),
        R("Bernd Kowalewski", "ceo", BJ, False),
        R("Leslie R. Caldwell", "head", "Criminal Division"),
        R("Valerie Parlave", "executive", "FBI")],
 # 'BizJet International Sales and Support Inc., a U.S.-based subsidiary of Lufthansa Technik AG' ->
 # parentOrganization(BizJet, Lufthansa Technik AG); 'the Justice Department's Criminal Division' ->
 # parentOrganization(Criminal Division, Justice Department) (dev's HP Russia). Near-misses: the FBI's Washington Field
 # Office (a unit, not an entity: no relation); the bribes to officials in Mexico and Panama 'to get contracts for
 # aircraft services' (no named customer: no partner); Lufthansa Technik's own parent (Deutsche Lufthansa AG is not
 # named in the text; 'Lufthansa' is in the title only)
 relations=[L(BJ, "parentOrganization", LT), L("Criminal Division", "parentOrganization", "Justice Department")],
 outages=[],
 # 'today' ('pleaded guilty today', 'his appearance in court today') and 'Today's' ('Today's guilty plea') -> one
 # item 'today' 2014-07-24 (51n's and 51t's way). Skipped: none else in the text (no other time expression)
 dates=[D("today", "2014-07-24")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
