#!/usr/bin/env python3
"""Batch 51n gold annotations (the texts of batch51n.py: the SDNY U.S. Attorney's Office's release of 30 September
2015 on Andres Truppel, 'former chief financial officer for Siemens Argentina', employed by Siemens
Aktiengeselleschaft ('Siemens AG'), pleading guilty to the Argentine identity card bribery scheme; the Office of
Public Affairs' release 06-621 of September 2006 (day unknown: `published` null) on Jim Bob Brown, a former executive
of Willbros International Inc., the subsidiary through which Houston-based Willbros Group Inc. conducts international
operations, pleading guilty to bribes in Nigeria and Ecuador), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`; with `published` null only absolute expressions are listed.
Conventions (the DOJ lane's FCPA releases, 41p and 43e; the SEC lane's 48a and 48d; GATHERING.md's US Attorneys'
rules of 39s, 40d, 40h; GUIDELINES section 2): 'through a subsidiary known as Y' -> parentOrganization(Y, X) (the
lane's "X, through its subsidiary Y"); 'former chief financial officer for Y' -> cfo at Y, not current; 'a former
executive of a subsidiary', 'another ... WII executive' -> executive at the subsidiary, not current; a US Attorney
-> no role where no office is named as a body (41p's Telia and Kubient texts; **doubtful**); judges -> Person, no role
(41p; the corpus's nine files with a US judge and a district court entity give the judge no role); a court named in
full -> Organization; 'the Department of Justice' -> Organization; 'X-based' -> Location X; a state oil company named
('Nigerian National Petroleum Corporation (the Nigerian government-owned oil company)') -> Company (48a's Kimadia);
bribes and payments to officials -> no partner; 'the Argentine government', 'the governments of Nigeria and
Ecuador' -> nothing beyond the country where it is named (48a/48d's 'the Iraqi government'); nationality adjectives
('Argentine', 'Argentinian', 'German', 'Nigerian') -> nothing; laws (the FCPA), charges, the 'Indictment' -> nothing;
unnamed joint ventures, consultants, co-conspirators and companies -> nothing; capitalised name forms ('ANDRES
TRUPPEL', 'TRUPPEL') -> aliases (41p's Kubient text); 'today' and 'today's' -> one item 'today'.
usage: batch51n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

SAG = "Siemens Aktiengeselleschaft"
SAR = "Siemens Argentina"
WGI = "Willbros Group Inc."
WII = "Willbros International Inc."
SDTX = "U.S. District Court for the Southern District of Texas"
A = {}

# ---- Siemens Argentina / Andres Truppel, USAO SDNY, published 2015-09-30 (a Wednesday) -------------------------------
A["us-doj-usao-sdny-siemens-argentina-former-cfo-truppel-pleads-guilty-argentine-bribery-2015"] = dict(
 # People: Andres Truppel ('ANDRES TRUPPEL' twice, 'TRUPPEL', 'Truppel' in the quotation: aliases; 'Andres Truppel'
 # the name, as it is written in ordinary case), Preet Bharara ('Manhattan U.S. Attorney Preet Bharara': the same
 # form, no alias), Denise L. Cote (the judge). Companies: Siemens Aktiengeselleschaft (the name as spelt, 'Siemens
 # AG' its bracketed short name; 'Siemens' in 'a $1 billion contract between Siemens and the Argentine government' and
 # 'the massive Siemens bribery conspiracy' -> also an alias: **doubtful** -- a reader may read the bare 'Siemens' as
 # the group at large or as Siemens Argentina, or leave it out; Siemens AG is the only Siemens company the text names
 # apart from Siemens Argentina), Siemens Argentina. Locations: Argentina and Germany ('a citizen of Argentina and
 # Germany'), Manhattan ('Manhattan federal court', 'Manhattan U.S. Attorney'), New York ('a bank account in New
 # York'), United States ('in the United States'). Not annotated: 'the Southern District of New York' (a judicial
 # district in Bharara's title: 41p's **doubtful** call, kept), 'U.S.' only as an adjective ('U.S. District Judge',
 # 'U.S. anti-bribery and fraud laws', 'Manhattan U.S. Attorney' -- near-miss; 48a made a standalone 'the U.S.' a
 # Location, not an adjectival one), 'Manhattan federal court' (no court named), 'the Argentine government' / 'the
 # Argentinian government' (adjectives: no entity beyond Argentina), 'government officials', 'co-conspirators' and
 # 'a bank account' (unnamed), the Foreign Corrupt Practices Act (a law), 'the Indictment' (a court paper)
 entities=[E("Person", "Andres Truppel", "ANDRES TRUPPEL", "TRUPPEL", "Truppel"),
           E("Person", "Preet Bharara"),
           E("Person", "Denise L. Cote"),
           E("Company", SAG, "Siemens AG", "Siemens"),
           E("Company", SAR)]
          + locs("Argentina", "Germany", "Manhattan", "New York", "United States"),
 # Truppel, 'former chief financial officer for Siemens Argentina' -> cfo at Siemens Argentina, not current.
 # Near-misses: 'employed by Siemens Aktiengeselleschaft ("Siemens AG") from 1977 until 2004' (employment without a
 # post: no role -- **doubtful**: a reader may add 'other' at Siemens AG, not current); Bharara, 'the United States
 # Attorney for the Southern District of New York' and 'Manhattan U.S. Attorney' -> no role (no office named as a
 # body: 41p's Telia and Kubient calls; **doubtful**: 41p's VimpelCom text gave head where 'SDNY' stood as a body);
 # Cote, 'U.S. District Judge' -> no role (no court entity)
 roles=[R("Andres Truppel", "cfo", SAR, False)],
 # parentOrganization(Siemens Argentina, Siemens Aktiengeselleschaft): **doubtful** -- the sentence that says 'Siemens
 # Argentina, a subsidi[ary ...]' is cut; the kept text ties the two only by the name, by the 'contract between
 # Siemens and the Argentine government' that Siemens Argentina's CFO bribed for, and by Truppel being 'employed by
 # Siemens AG' while he was that CFO. A careful reader takes 'Siemens Argentina' for the Siemens group's Argentine
 # company; a stricter reader may leave the relation out. Near-misses: the $1 billion contract 'between Siemens and
 # the Argentine government' (a state, not a named organisation: no partner); the bribes (no partner)
 relations=[L(SAR, "parentOrganization", SAG)],
 outages=[],
 # 'today' ('pled guilty today') and 'today's' ('today's plea hearing') -> one item 'today' 2015-09-30; '1977' and
 # '2004' (in 'from 1977 until 2004'). Skipped: 'over a decade' (a span, no calendar value)
 dates=[D("today", "2015-09-30"), D("1977", "1977"), D("2004", "2004")])

# ---- Willbros Group / Willbros International / Jim Bob Brown, OPA 06-621, published null (September 2006) ------------
A["us-doj-willbros-international-former-executive-jim-bob-brown-pleads-guilty-nigeria-ecuador-fcpa-2006"] = dict(
 # People: Jim Bob Brown ('Brown' twice: alias), Sim Lake (the judge). Companies: Willbros Group Inc. ('Willbros'
 # throughout, as in 'Willbros, a publicly traded company', 'payment by Willbros': alias), Willbros International Inc.
 # ('(WII)', 'WII executive', "WII's": alias 'WII'), Nigerian National Petroleum Corporation (a state oil company,
 # typed Company as 48a's Kimadia: **doubtful** -- a reader may type it Organization). Organizations: the Department
 # of Justice, the U.S. District Court for the Southern District of Texas ('The court' later: generic, no alias).
 # Locations: Houston ('Houston-based', 'the federal courthouse in Houston'), Nigeria ('Nigeria-based' too), South
 # America (a region), Ecuador. Not annotated: 'a joint venture effectively controlled by that company', 'a former
 # senior Willbros executive officer', 'a U.S. national acting as a purported "consultant"', 'a major German
 # engineering, and construction company' and its 'Nigeria-based employees' (all unnamed -- near-misses: the
 # German company is unnamed), 'the Nigerian revenue agencies and courts' (in the cut sentence), 'WII's Nigerian
 # operations' (a unit, unnamed), 'the governments of Nigeria and Ecuador' (no entity beyond the countries), 'U.S.'
 # only as an adjective ('a U.S. national'), the FCPA (a law). The dateline 'WASHINGTON' -> Location as written
 # (16e, 41h, 43e's Baker Hughes text of the same page series)
 entities=[E("Location", "WASHINGTON"),
           E("Person", "Jim Bob Brown", "Brown"),
           E("Person", "Sim Lake"),
           E("Company", WGI, "Willbros"),
           E("Company", WII, "WII"),
           E("Company", "Nigerian National Petroleum Corporation"),
           E("Organization", "Department of Justice"),
           E("Organization", SDTX)]
          + locs("Houston", "Nigeria", "South America", "Ecuador"),
 # Brown, 'a former executive of a subsidiary of Houston-based Willbros Group Inc.' -- the subsidiary named in the
 # third paragraph as WII, and 'he and another Nigeria-based WII executive' says he was a WII executive -> executive
 # at Willbros International Inc., not current (**doubtful** only as to the org: a reader may put the role at the
 # parent, whose name the opening sentence writes). Near-misses: 'a former senior Willbros executive officer'
 # (unnamed); 'other mid and senior-level WII executives' (unnamed); Sim Lake, 'Judge ... of the U.S. District Court
 # for the Southern District of Texas' -> no role (the corpus's nine files with a US judge beside a district court
 # entity give the judge none; **doubtful**: 'other' at the court would be a reading)
 roles=[R("Jim Bob Brown", "executive", WII, False)],
 # 'Willbros ... conducts international operations through a subsidiary known as Willbros International Inc. (WII)'
 # -> parentOrganization(WII, Willbros Group Inc.). Near-misses: the corrupt payments to officials of Nigerian
 # National Petroleum Corporation (bribes: no partner); 'a joint venture effectively controlled by that company'
 # (unnamed: no parentOrganization to NNPC); 'a purported "consultant" to Willbros' (unnamed)
 relations=[L(WII, "parentOrganization", WGI)],
 outages=[],
 # `published` null: only absolute expressions. 'November 30, 2006' -> 2006-11-30 (the sentencing date set);
 # 'February 2005' -> 2005-02; '1996' -> 1996 and 'early 2005' -> 2005 (in 'from at least 1996 to early 2005';
 # GUIDELINES: 'late 2006' -> the year). Skipped: 'today', 'this afternoon' (relative, no `published`); '45' (an age)
 dates=[D("November 30, 2006", "2006-11-30"), D("February 2005", "2005-02"), D("1996", "1996"),
        D("early 2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
