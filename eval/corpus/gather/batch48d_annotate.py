#!/usr/bin/env python3
"""Batch 48d gold annotations (the texts of batch48d.py: the SEC's Litigation Release No. 20251 of 23 August 2007 on
Textron Inc., 'a Rhode Island-based industrial equipment company', whose 'David Brown French subsidiaries' paid
kickbacks to Iraq under the U.N. Oil for Food Program and bribes in five other countries; the SEC's press release
2007-230 of 14 November 2007 on Chevron Corporation, 'based in San Ramon, Calif.', and the surcharges its third-party
sellers paid to Iraq, with Linda Chatman Thomsen, 'Director of the SEC's Division of Enforcement'; the SEC News Digest
item of 21 February 2008 on Flowserve Corporation, 'a Texas-based manufacturer of pumps, valves, seals', and 'A French
Flowserve subsidiary, Flowserve Pompes'; the SEC's Litigation Release No. 19414 of 5 October 2005 on the default
judgment against the unknown purchasers of InVision Technologies, Inc. call options), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line, dateline or the digest's date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a; looked up in 48a's three Oil for Food files and the
corpus's earlier SEC files Collins & Aikman, Global Education, Legato, Maxim, KLA-Tencor, New Century, Lantronix and
the Thomsen files, by their gold only where other matters): the SEC -> Organization, its full name with the alias
the text uses ('Commission' or 'SEC'), or 'Commission' as the name where the text never writes the full name
(Legato, Biopure, Tenet); a court named in full -> Organization, its abbreviation inside a case caption ('S.D.N.Y.')
no alias (Collins & Aikman, Primestar); "the SEC's Division of Enforcement" -> Organization with parentOrganization
to the SEC, its 'Director' -> director (the corpus's nine Thomsen files); 'X-based' -> Location X (48a's
'Jordan-based'; the corpus's 'California-based', 'Texas-based'); 'San Ramon, Calif.' -> one Location as written (the
SEC lane's 'San Jose, Calif.', 'Mountain View, Calif.'); the United Nations named only inside 'the U.N. Oil for Food
Program' -> no entity (J&J, 48a's Innospec), but named on its own ('submitted to the U.N.', 'a U.N. escrow account')
-> Organization, its name 'U.N.' as the text writes it where it never writes 'United Nations' (the corpus's 'UN'
files, the 'U.S.' convention); 'A French Flowserve subsidiary, Flowserve Pompes' -> parentOrganization (GUIDELINES:
"Y, a unit of X"); unnamed subsidiaries, agents and third parties -> nothing; 'the Iraqi government', 'Iraqi
government entities', 'the Iraqi population' -> nothing (Tyson); nationality adjectives ('French', 'Iraqi') ->
nothing; a settlement with the SEC -> no partner (Panalpina); 'from 2001 through 2003' -> '2001' and '2003'
(Maxwell, 48a); a law's year ('the Securities Exchange Act of 1934') -> no date (the corpus's 13 files with it).
usage: batch48d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DDC = "U.S. District Court for the District of Columbia"
SDNY = "U.S. District Court for the Southern District of New York"
TXT = "Textron Inc."
CHV = "Chevron Corporation"
FLS = "Flowserve Corporation"
FLP = "Flowserve Pompes"
INV = "InVision Technologies, Inc."
DOE = "Division of Enforcement"
A = {}

# ---- Textron Inc., LR 20251, published 2007-08-23 (a Thursday) --------------------------------------------------------
A["us-sec-textron-david-brown-french-subsidiaries-iraq-oil-for-food-kickbacks-fcpa-2007"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint": alias 'Commission'); Textron Inc. ('Textron',
 # "Textron's": alias); Rhode Island ('a Rhode Island-based industrial equipment company' -> Location); the U.S.
 # District Court for the District of Columbia (a court named in full -> Organization); Iraq (Location); the United
 # Nations as 'U.N.' ('a U.N. escrow account', 'The contracts submitted to the U.N.': the body named on its own, the
 # name as written; **doubtful** only as to the name: 48a wrote 'United Nations' where its texts spelt it out, here
 # they never do -- a reader may canonicalise it); the United Arab Emirates, Bangladesh, Indonesia, Egypt and India
 # (Locations: where the thirty-six contracts were secured). Not annotated: 'David Brown' in "two of Textron's David
 # Brown French subsidiaries" (a name the unnamed subsidiaries share, not a company named on its own -- near-miss;
 # the two named subsidiaries, 'David Brown Guinard Pumps S.A.S.' and 'David Brown Tran...', stood in the cut
 # sentence), 'third parties' (unnamed), 'the Iraqi population', 'French' (an adjective), 'the Program' / 'the U.N.
 # Oil for Food Program' (a programme), the 'escrow account' (not an entity)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", TXT, "Textron"),
           E("Location", "Rhode Island"),
           E("Organization", DDC),
           E("Location", "Iraq"),
           E("Organization", "U.N."),
           E("Location", "United Arab Emirates"),
           E("Location", "Bangladesh"),
           E("Location", "Indonesia"),
           E("Location", "Egypt"),
           E("Location", "India")],
 # None: no person is named
 roles=[],
 # None. Near-misses: "two of Textron's David Brown French subsidiaries" / "Textron's subsidiaries" (unnamed: no
 # parentOrganization without a named subsidiary -- **doubtful**: a reader might make 'David Brown' a Company with
 # parentOrganization to Textron; the text uses it only as a qualifier of 'French subsidiaries'); 'paid by third
 # parties to Iraqi-controlled accounts' (unnamed); 'thirty-six contracts in the United Arab Emirates, ...' (no named
 # counterparty: no partner)
 relations=[],
 outages=[],
 # 'today' (in 'today filed') -> 2007-08-23 (the release line's day, cut: `published`); 'from approximately 2001
 # through 2003' -> '2001' and '2003'; 'from 2001 to 2005' -> '2005' ('2001' again, the same text and value: once).
 # Skipped: 'August 23, 2007' (the release line, cut)
 dates=[D("today", "2007-08-23"), D("2001", "2001"), D("2003", "2003"), D("2005", "2005")])

# ---- Chevron Corporation, press release 2007-230, published 2007-11-14 (a Wednesday) ----------------------------------
A["us-sec-chevron-iraq-oil-for-food-surcharges-third-parties-30-million-settlement-fcpa-2007"] = dict(
 # The Securities and Exchange Commission ("the SEC's allegations", 'The SEC alleged', "the Commission's complaint",
 # "the Commission's fifth action", "the SEC's Division of Enforcement": aliases 'SEC' and 'Commission'); Chevron
 # Corporation ('Chevron' throughout: alias); Iraq (Location); 'San Ramon, Calif.' (one Location as written, the SEC
 # lane's way; **doubtful**: the corpus's NASA files split 'Huntington Beach' and 'Calif.' -- a reader may do so);
 # Jordan and Lebanon ('bank accounts in Jordan and Lebanon' -> Locations); Linda Chatman Thomsen; the Division of
 # Enforcement. Not annotated: the United Nations (named only inside 'the U.N. Oil for Food Program', twice:
 # J&J's and 48a's Innospec convention -- near-miss), 'third parties under contract with Chevron' (unnamed),
 # 'the Iraqi people', 'the Foreign Corrupt Practices Act (FCPA)' (a law), 'crude oil' (a commodity), the 'Oil for
 # Food escrow account' (not an entity)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", CHV, "Chevron"),
           E("Location", "Iraq"),
           E("Location", "San Ramon, Calif."),
           E("Location", "Jordan"),
           E("Location", "Lebanon"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE)],
 # 'Linda Chatman Thomsen, Director of the SEC's Division of Enforcement' -> director at the Division of
 # Enforcement, current (the corpus's Thomsen files; a reader may set head). Near-miss: Cheryl Scarboro, 'an
 # Associate Director in the Division of Enforcement' (in the cut sentence, not in the text)
 roles=[R("Linda Chatman Thomsen", "director", DOE, True)],
 # "the SEC's Division of Enforcement" -> parentOrganization(Division of Enforcement, SEC). Near-misses: 'third
 # parties under contract with Chevron' (a contract, but the parties are unnamed: no partner); 'agreed to pay $30
 # million to settle the charges' (a settlement with the regulator: Panalpina's convention, no partner);
 # 'Iraqi-controlled bank accounts in Jordan and Lebanon' (unnamed banks)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'today charged') -> 2007-11-14 (the dateline's day, cut: `published`); 'in 2001 and 2002' -> '2001'
 # and '2002' (years). Nothing else ('fifth action' is no time expression)
 dates=[D("today", "2007-11-14"), D("2001", "2001"), D("2002", "2002")])

# ---- Flowserve Corporation, SEC News Digest 2008-35, published 2008-02-21 (a Thursday) --------------------------------
A["us-sec-flowserve-french-subsidiary-flowserve-pompes-iraq-oil-for-food-kickbacks-fcpa-2008"] = dict(
 # The SEC as 'Commission' ('The Commission today filed', "The Commission's complaint", "According to the
 # Commission's complaint": the full name never written in the text -> name 'Commission', the corpus's Legato,
 # Biopure and Tenet way); Flowserve Corporation ('(Flowserve)', "Flowserve's": alias 'Flowserve'; also inside 'A
 # French Flowserve subsidiary'); the U.S. District Court for the District of Columbia (Organization); Texas ('a
 # Texas-based manufacturer' -> Location); the United Nations as 'U.N.' ('a U.N. escrow account', 'The contracts
 # submitted to the U.N.': on its own, as in the Textron text; **doubtful** only as to the name); Flowserve Pompes
 # (Company). Not annotated: Iraq (the text writes only the adjective 'Iraqi' -- 'Iraqi government entities', 'the
 # Iraqi government', 'the Iraqi population', 'an Iraqi slush fund'; 'Iraq' itself stands only in the `title`:
 # near-miss), the second, unnamed subsidiary ('two of Flowserve's subsidiaries'), 'French' (an adjective), the
 # Program (a programme; '(Program)' and '(ASSFs)' are short names of a programme and of fees), 'pumps, valves,
 # seals' (generic products)
 entities=[E("Organization", "Commission"),
           E("Company", FLS, "Flowserve"),
           E("Organization", DDC),
           E("Location", "Texas"),
           E("Organization", "U.N."),
           E("Company", FLP)],
 # None: no person is named
 roles=[],
 # 'A French Flowserve subsidiary, Flowserve Pompes' -> parentOrganization(Flowserve Pompes, Flowserve Corporation)
 # ('Flowserve' inside the appositive is the company's alias). Near-misses: 'two of Flowserve's subsidiaries' (the
 # second unnamed); 'twenty contracts ... in connection with sales of industrial equipment to Iraqi government
 # entities' (unnamed buyers: no partner); 'fifteen Program contracts' (no named counterparty)
 relations=[L(FLP, "parentOrganization", FLS)],
 outages=[],
 # 'today' (in 'today filed') -> 2008-02-21 (the digest's date line, cut: `published`); 'from 2001 through 2003' ->
 # '2001' and '2003'. Skipped: 'February 21, 2008' (the digest's date line, cut)
 dates=[D("today", "2008-02-21"), D("2001", "2001"), D("2003", "2003")])

# ---- InVision Technologies call options, LR 19414, published 2005-10-05 (a Wednesday) ---------------------------------
A["us-sec-invision-technologies-unknown-call-options-purchasers-default-judgment-insider-trading-2005"] = dict(
 # The U.S. District Court for the Southern District of New York (a court named in full -> Organization; 'the
 # District Court', 'the Court' are generic references, no aliases; 'S.D.N.Y.' in the docket parenthesis no alias,
 # as Collins & Aikman left its caption's 'S.D.N.Y.' -- **doubtful**: a reader may list it); the Securities and
 # Exchange Commission (named in full only inside the case name 'Securities and Exchange Commission v. One or More
 # Unknown Purchasers ...', as Collins & Aikman's 'SEC v. Collins & Aikman Corp.' gave aliases; "the Commission's
 # Complaint": alias 'Commission'); InVision Technologies, Inc. (in the case name and in 'call options for the
 # common stock of InVision Technologies, Inc.'; 'InVision' alone stood in the cut sentence: no alias). Not
 # annotated: 'one or more unknown purchasers' / 'the Defendant Unknown Purchasers' (unnamed defendants, no entity
 # -- near-miss), 'the Securities Exchange Act of 1934 ("Exchange Act")', 'Rule 10b-5', 'Section 21A' (laws and
 # rules), 'WHP' (a judge's initials in a docket number)
 entities=[E("Organization", SDNY),
           E("Organization", SEC, "Commission"),
           E("Company", INV)],
 # None: no person is named
 roles=[],
 # None. Near-misses: the unknown purchasers' call options 'for the common stock of InVision Technologies, Inc.'
 # (holders unnamed: no relation); the acquisition announcement the sub-heading speaks of (cut, and its buyer, GE,
 # named only in LR 18657, not taken)
 relations=[],
 outages=[],
 # 'September 27, 2005' -> 2005-09-27 (the judgment's day); 'March 16, 2004' -> 2004-03-16 (in '(S.D.N.Y. filed
 # March 16, 2004)', the complaint's filing day inside the docket parenthesis: a written date, kept -- **doubtful**
 # only as caption text; a reader may skip it). Skipped: '1934' (a law's year, the corpus's way), 'October 5, 2005'
 # (the release line, cut)
 dates=[D("September 27, 2005", "2005-09-27"), D("March 16, 2004", "2004-03-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
