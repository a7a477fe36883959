#!/usr/bin/env python3
"""Batch 51t gold annotations (the texts of batch51t.py: the Office of Public Affairs' release of 19 May 2011 on Jorge
Granados, 'the former chief executive officer of Miami-based telecommunications company Latin Node Inc. (LatiNode)',
pleading guilty to bribing officials in Honduras; U.S. Immigration and Customs Enforcement's news release of 27
December 2010 on Alcatel-Lucent S.A. and its three subsidiaries, each named with its former name, agreeing to pay a
$92 million penalty), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's FCPA releases, 41p and 43e; 51n; the SEC lane's 48a and 48d; the corpus's DOJ gold on
FBI and HSI officials; GUIDELINES section 2): 'Assistant Attorney General ... of the Criminal Division' -> head at
the Criminal Division (43e's Alice S. Fisher); 'Special Agent in Charge ... of the FBI's ... Field Office' -> executive
at the FBI (the corpus's five FBI SACs and dev's HP Russia ADIC), the field office's city a Location (HP Russia's
'Washington'); 'ICE Director' -> head at ICE; 'X's (ICE) Homeland Security Investigations (HSI)' ->
parentOrganization(HSI, ICE) (41p's VimpelCom and the Telia text); 'the former chief executive officer of Y' -> ceo at
Y, not current; 'three of its subsidiaries ... Y, formerly known as Z' -> parentOrganization(Y, parent), Z an alias
of Y (GUIDELINES: former names are aliases); judges -> Person, no role (41p, 43e, 51n); 'U.S. District Court in
<city>' -> Organization 'U.S. District Court' (the corpus's thirty-odd files with that phrase); a court named in full ->
Organization; the dateline ('WASHINGTON', 'MIAMI') -> Location as written (16e, 41h, 43e, 51n); 'X-based' ->
Location X; a merger that does not say who buys whom -> nothing (GUIDELINES); a country named only inside a company's
name ('Alcatel-Lucent France S.A.', 'Alcatel de Costa Rica S.A.') -> no Location; nationality adjectives ('Honduran')
-> nothing; laws (the FCPA), charges, agreements, the 'criminal information' -> nothing; 'today' and 'Today's' -> one
item 'today' (51n).
usage: batch51t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

LN = "Latin Node Inc."
ICE = "U.S. Immigration and Customs Enforcement"
HSI = "Homeland Security Investigations"
ALU = "Alcatel-Lucent S.A."
ALF = "Alcatel-Lucent France S.A."
ALT = "Alcatel-Lucent Trade International A.G."
ALC = "Alcatel Centroamerica S.A."
SDFL = "U.S. District Court for the Southern District of Florida"
A = {}

# ---- Latin Node / Jorge Granados, OPA, published 2011-05-19 (a Thursday) -----------------------------------------------
A["us-doj-latin-node-former-ceo-granados-pleads-guilty-honduras-bribery-fcpa-2011"] = dict(
 # People: Jorge Granados ('Granados': alias), Lanny A. Breuer (twice, the same form), Joan A. Lenard (the judge), John
 # V. Gillies, John Morton. Company: Latin Node Inc. ('(LatiNode)', 'LatiNode': alias). Organizations: the Criminal
 # Division (named alone, as 43e's text: the Justice Department is not named in the kept text), the U.S. District
 # Court ('U.S. District Court in Miami': the corpus's rule -- **doubtful**, a reader may leave a court without a
 # district out), the FBI ('the FBI's', 'the FBI'), U.S. Immigration and Customs Enforcement ('(ICE)': alias).
 # Locations: WASHINGTON (dateline), Miami ('Miami-based', 'in Miami', 'the FBI's Miami Field Office'), Honduras, the
 # United States ('in the United States' twice). Not annotated: 'Honduran' (adjective: 'the Honduran officials',
 # 'Honduran officials'), 'U.S.' only in titles and names ('U.S. District Judge', 'U.S. Telecommunications Company' in
 # the title only), 'the FBI's Miami Field Office' as its own entity (a unit of the FBI: near-miss -- HP Russia's
 # 'Washington Field Office' the same way), 'four former senior executives of LatiNode' (unnamed), 'CEOs and other
 # corporate executives' (generic), 'our law enforcement partners' (unnamed), the Foreign Corrupt Practices Act (a law)
 entities=[E("Location", "WASHINGTON"),
           E("Person", "Jorge Granados", "Granados"),
           E("Company", LN, "LatiNode"),
           E("Person", "Lanny A. Breuer"),
           E("Organization", "Criminal Division"),
           E("Person", "Joan A. Lenard"),
           E("Organization", "U.S. District Court"),
           E("Organization", "FBI"),
           E("Person", "John V. Gillies"),
           E("Organization", ICE, "ICE"),
           E("Person", "John Morton")]
          + locs("Miami", "Honduras", "United States"),
 # Granados, 'the former chief executive officer of ... Latin Node Inc.' -> ceo, not current. Breuer, 'Assistant
 # Attorney General ... of the Criminal Division' -> head at the Criminal Division (43e; **doubtful** only as to the
 # title: an Assistant Attorney General leads the Division, 'head' as 43e gave it). Gillies, 'Special Agent in Charge
 # ... of the FBI's Miami Field Office' -> executive at the FBI (the corpus's SACs). Morton, 'U.S. Immigration and
 # Customs Enforcement (ICE) Director' -> head at ICE (GUIDELINES: an agency's director leading it). Near-misses: Lenard,
 # 'U.S. District Judge' -> no role (41p, 43e, 51n); 'four former senior executives of LatiNode' (unnamed)
 roles=[R("Jorge Granados", "ceo", LN, False),
        R("Lanny A. Breuer", "head", "Criminal Division"),
        R("John V. Gillies", "executive", "FBI"),
        R("John Morton", "head", ICE)],
 # None. Near-misses: the Criminal Division's parent (the Justice Department is not named in the kept text: no
 # relation, where 43e and HP Russia had both names); the bribes to 'government officials in Honduras' (no partner);
 # 'our law enforcement partners' (unnamed); Latin Node's parent (eLandia International, named in other sources, is not
 # in this text)
 relations=[],
 outages=[],
 # 'today' ('pleaded guilty today', 'Jorge Granados today admitted') and 'Today's' ('Today's plea') -> one item 'today'
 # 2011-05-19 (51n's way with 'today's'). Skipped: 'To date' (no calendar value), '54' (an age)
 dates=[D("today", "2011-05-19")])

# ---- Alcatel-Lucent S.A. and three subsidiaries, ICE, published 2010-12-27 (a Monday) --------------------------------
A["us-ice-alcatel-lucent-three-subsidiaries-alcatel-cit-standard-centroamerica-fcpa-92-million-2010"] = dict(
 # Companies: Alcatel-Lucent S.A. ('Alcatel-Lucent' throughout: alias), its three subsidiaries with their former names
 # as aliases (Alcatel-Lucent France S.A. / Alcatel CIT S.A.; Alcatel-Lucent Trade International A.G. / Alcatel
 # Standard A.G.; Alcatel Centroamerica S.A. / Alcatel de Costa Rica S.A.), Alcatel S.A. (its own entity:
 # **doubtful** -- the text says only that the investigation was 'into the worldwide sales practices of Alcatel S.A.
 # prior to its 2006 merger with Lucent Technologies Inc.'; a reader who takes Alcatel S.A. for Alcatel-Lucent S.A.'s
 # former name makes it an alias, but unlike the subsidiaries' former names the text does not say 'formerly known
 # as'), Lucent Technologies Inc. Organizations: U.S. Immigration and Customs Enforcement ('(ICE)': alias), Homeland
 # Security Investigations ('(HSI)': alias), the FBI, the Department of Justice ('(DOJ)', 'DOJ': alias), the U.S.
 # District Court for the Southern District of Florida. Location: MIAMI (the dateline). Not annotated: Costa Rica,
 # France and Florida (only inside names: no Location -- near-miss), 'the company' (generic), 'an independent
 # compliance monitor' (unnamed), the FCPA (a law), the criminal information and the deferred prosecution agreement
 # (documents)
 entities=[E("Location", "MIAMI"),
           E("Company", ALU, "Alcatel-Lucent"),
           E("Organization", ICE, "ICE"),
           E("Organization", HSI, "HSI"),
           E("Organization", "FBI"),
           E("Company", "Alcatel S.A."),
           E("Company", "Lucent Technologies Inc."),
           E("Organization", "Department of Justice", "DOJ"),
           E("Organization", SDFL),
           E("Company", ALF, "Alcatel CIT S.A."),
           E("Company", ALT, "Alcatel Standard A.G."),
           E("Company", ALC, "Alcatel de Costa Rica S.A.")],
 # None: the text names no person
 roles=[],
 # 'Alcatel-Lucent S.A. and three of its subsidiaries' + 'The three subsidiaries -- Alcatel-Lucent France S.A., ...;
 # Alcatel-Lucent Trade International A.G., ...; and Alcatel Centroamerica S.A., ...' -> parentOrganization of each to
 # Alcatel-Lucent S.A.; 'U.S. Immigration and Customs Enforcement's (ICE) Homeland Security Investigations (HSI)' ->
 # parentOrganization(HSI, ICE) (41p's VimpelCom, the Telia text). Near-misses: Alcatel S.A.'s '2006 merger with
 # Lucent Technologies Inc.' (a merger that does not say who buys whom: no acquired, no parentOrganization --
 # **doubtful** only if a reader merges Alcatel S.A. into Alcatel-Lucent S.A., which leaves the relation out too);
 # DOJ and Alcatel-Lucent's deferred prosecution agreement (a settlement, no partner); the FBI beside ICE (a joint
 # investigation by two agencies: no partner, as the corpus's DOJ releases)
 relations=[L(ALF, "parentOrganization", ALU), L(ALT, "parentOrganization", ALU), L(ALC, "parentOrganization", ALU),
            L(HSI, "parentOrganization", ICE)],
 outages=[],
 # 'Dec. 27' -> 2010-12-27 (the release's own day); '2006' (in 'its 2006 merger'). Skipped: 'a term of three years',
 # 'a three-year period', 'yearly' (spans, no calendar value)
 dates=[D("Dec. 27", "2010-12-27"), D("2006", "2006")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
