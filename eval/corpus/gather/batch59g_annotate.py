#!/usr/bin/env python3
"""Gold annotations for batch 59g (session 56, gatherer 59g): the three SEC litigation releases batch59g.py writes -- the
complaint against Donald John Tyson, then Chairman of the Board of Directors of Tyson Foods, Inc., and Frederick Lee
Cameron over Cameron's purchase of Arctic Alaska Fisheries Corporation stock before Tyson Foods announced its
acquisition of Arctic in June 1992 (Litigation Release No. 15062, September 23, 1996, the UNT End of Term 2008 archive
copy); the fraud complaint against ICN Pharmaceuticals, Inc., its President and Chairman Milan Panic, former Executive
Vice-President Nils O. Johannesson and General Counsel David C. Watt over the FDA's 1994 rejection of ICN's ribavarin
application (Litigation Release No. 16249, August 11, 1999); the insider-trading complaint against Leonard Rosenberg,
vice-president of clinical trials at SciRex Corporation, Jack Silver of North Shore University Hospital and SG
Investment Family Limited Partnership over their January 1997 purchases of Panax Pharmaceutical Co., Ltd. securities
(Litigation Release No. 16113, April 20, 1999) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
ICN -> test, Panax -> train, Tyson -> dev (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its release line).
Conventions (the federal SEC lane's, batches 47y, 51d, 51i, 54e, 57l, 57y, 58b, 58m, 58q and 59b; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as 'Securities and Exchange Commission' with the alias
'Commission' where the text writes it alone; a court the text does not name ('federal district court in Los Angeles',
'federal court in Manhattan', 'United States District Court in Fayetteville, Arkansas') -> no Organization, its place
a Location (the corpus's 'federal court in Manhattan' -> Manhattan, 45zv's and 47w's way); 'X-based' and 'in Town,
State' -> each place a Location; a bracketed short form, a surname standing alone or a company's later name ('now
known as') -> alias (GUIDELINES: former names are aliases); 'President' -> president, 'Chairman of the Board of
Directors' -> chairman only (GUIDELINES: chairman alone where only the chair is named), 'Executive Vice-President' ->
vice-president, 'General Counsel' -> executive, 'vice-president' -> vice-president, 'Chief of the Division of X' ->
head of the Division (the SEC files' 'Chief of the ... Unit' -> head of the Unit, 18a and 41m); 'former' and 'at the
time, was' -> current false (GUIDELINES: then), a post in the present -> true; a drug the text names -> Service
(GUIDELINES, Types); an acquisition agreed ('the final plan of acquisition was executed') but not said to be completed
-> acquired only (GUIDELINES, Relations); a planned merger, and a purchase of rights -> nothing; amounts, share
counts, ages, release and docket numbers, laws -> nothing.
usage: batch59g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather60g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
TYF = "Tyson Foods, Inc."
AAF = "Arctic Alaska Fisheries Corporation"
ICN = "ICN Pharmaceuticals, Inc."
PAX = "Panax Pharmaceutical Co., Ltd."
SCX = "SciRex Corporation"
DMM = "Division of Molecular Medicine"
NSUH = "North Shore University Hospital"
A = {}

# ---- Tyson Foods, Inc. / Donald John Tyson and Frederick Lee Cameron, LR 15062, published 1996-09-23 (a Monday) -----
A["us-sec-tyson-foods-chairman-tyson-tipped-cameron-arctic-alaska-fisheries-insider-trading-1996"] = dict(
 # The Securities and Exchange Commission ('("Commission")', "The Commission's Complaint": alias 'Commission');
 # Fayetteville and Arkansas ('in United States District Court in Fayetteville, Arkansas': the court is given by its
 # town only, not by its name -- the caption's 'WD/AR (Fayetteville Division)' is left out -- so no court
 # Organization, and each place a Location; **doubtful**: 59b's and 58q's courts were named in full, and one DOJ
 # round gave 'U.S. District Court in Manhattan' an Organization); Donald John Tyson ('("Tyson")', 'Tyson signed',
 # 'Tyson "tipped"': alias 'Tyson' -- the person's bracketed short form, while the company's is 'Tyson Foods');
 # Frederick Lee Cameron ('("Cameron")': alias 'Cameron'); Arctic Alaska Fisheries Corporation ('("Arctic")',
 # 'Arctic stock', 'Arctic shareholders': alias 'Arctic'); Tyson Foods, Inc. ('("Tyson Foods")', "Tyson Foods'
 # insider trading policy": alias 'Tyson Foods'). Not annotated: 'Exchange Act' (a law's short name); 'the stock
 # markets' (generic); 'Arctic shareholders' (unnamed); 'a "tip"' (no entity)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Fayetteville"),
           E("Location", "Arkansas"),
           E("Person", "Donald John Tyson", "Tyson"),
           E("Person", "Frederick Lee Cameron", "Cameron"),
           E("Company", AAF, "Arctic"),
           E("Company", TYF, "Tyson Foods")],
 # 'Tyson, who, at the time, was Chairman of the Board of Directors and majority shareholder of Tyson Foods' ->
 # chairman at Tyson Foods, Inc., current false ('at the time, was': GUIDELINES' 'then'; the release of 1996 tells the
 # post as held in June 1992). Chairman only: the text names the chair and no separate board seat (GUIDELINES,
 # Roles). **Near-misses**: 'majority shareholder' (an owner, not a post of the title vocabulary: no role -- and no
 # relation, a Person owning shares is no parentOrganization); Cameron, 'his close friend' (no post, no employer)
 roles=[R("Donald John Tyson", "chairman", TYF, False)],
 # 'the pending acquisition of Arctic by Tyson Foods, Inc.' and 'The final plan of acquisition was executed by Arctic
 # and Tyson Foods on June 15, 1992, and Tyson Foods made the announcement of the acquisition' -> acquired(Tyson
 # Foods, Inc., Arctic), an agreed acquisition: the text says the plan was executed and announced, not that the
 # purchase closed, so no parentOrganization (GUIDELINES: agreed but not completed -> acquired only; **doubtful**: a
 # reader may take 'the final plan of acquisition was executed' as the deal done and add parentOrganization(Arctic,
 # Tyson Foods)). **Near-misses**: 'Tyson signed a confidentiality agreement with Arctic' (a person's agreement, not
 # one between two organisations: no partner); Cameron's purchase of Arctic stock (shares bought by a person: no
 # acquired)
 relations=[L(TYF, "acquired", AAF)],
 outages=[],
 # 'on September 23, 1996' -> 1996-09-23 (the filing, the same day as `published`); 'on June 15, 1992' ->
 # 1992-06-15; 'on June 16, 1992' -> 1992-06-16; 'on or before June 2, 1992' -> 'June 2, 1992' 1992-06-02. Not dates:
 # 'at the time' (a back-reference, no value of its own); '1934' in the Act's name; the cut sentence's 'June 2' and
 # 'June 16' (not in the text)
 dates=[D("September 23, 1996", "1996-09-23"), D("June 15, 1992", "1992-06-15"), D("June 16, 1992", "1992-06-16"),
        D("June 2, 1992", "1992-06-02")])

# ---- ICN Pharmaceuticals, Inc. / Panic, Johannesson, Watt, LR 16249, published 1999-08-11 (a Wednesday) --------------
A["us-sec-icn-pharmaceuticals-president-chairman-panic-ribavarin-fda-rejection-disclosure-fraud-1999"] = dict(
 # The Securities and Exchange Commission ('The Commission has charged', "The Commission's complaint": alias
 # 'Commission'); Los Angeles ('federal district court in Los Angeles': no court named, the place a Location); ICN
 # Pharmaceuticals, Inc. ('("ICN")', "ICN's President", 'ICN received' and more: alias 'ICN'); Southern California ('a
 # Southern California-based manufacturer': the 'X-based' form -> Location, a region as GOLD_FORMAT's Location
 # allows); Milan Panic, Nils O. Johannesson, David C. Watt (each written once in full, never by surname alone: no
 # alias); FDA ('the FDA had rejected', "the FDA's earlier rejection": written only as 'FDA', so that is the name --
 # the agency is never spelled out in the kept text); ribavarin ('its drug application for ribavarin', 'its ribavarin
 # application': a drug -> Service, GUIDELINES' Types; the release's spelling kept; **doubtful**: a generic drug name,
 # not a brand, and a reader may leave it out as a substance). Not annotated: 'hepatitis C' (a disease); 'a new drug'
 # (the same drug in other words); 'a press release' (a paper); 'the public' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Los Angeles"),
           E("Company", ICN, "ICN"),
           E("Location", "Southern California"),
           E("Person", "Milan Panic"),
           E("Person", "Nils O. Johannesson"),
           E("Person", "David C. Watt"),
           E("Organization", "FDA"),
           E("Service", "ribavarin")],
 # 'Milan Panic, ICN's President and Chairman of the Board of Directors' -> president and chairman at ICN, both
 # current true (no 'former'; the release of the filing day tells them in the present), chairman alone for the board
 # post (GUIDELINES: chairman only where only the chair is named). 'Nils O. Johannesson, a former Executive
 # Vice-President of Research and Development at ICN' -> vice-president, current false (GUIDELINES: executive vice
 # president -> vice-president). 'David C. Watt, ICN's General Counsel' -> executive, current true (GUIDELINES:
 # general counsel -> executive). **Near-misses**: the title's 'Other Top Officials' (the same men: no further role);
 # 'the defendants' (the same four); no one at the FDA or the Commission named
 roles=[R("Milan Panic", "president", ICN, True),
        R("Milan Panic", "chairman", ICN, True),
        R("Nils O. Johannesson", "vice-president", ICN, False),
        R("David C. Watt", "executive", ICN, True)],
 # 'its drug application for ribavarin' (ICN's application for approval of its own new drug) -> provider(ribavarin,
 # ICN Pharmaceuticals, Inc.): the company that develops and seeks to sell the drug (**doubtful**, with the Service
 # itself). **Near-misses**: ICN and the FDA (a regulator rejecting an application: no relation type); ICN 'a ...
 # manufacturer and distributor of pharmaceutical products' (no named product beyond ribavarin: nothing more)
 relations=[L("ribavarin", "provider", ICN)],
 outages=[],
 # 'today' ('filed a complaint today') -> 1999-08-11 (`published`); 'on November 28, 1994' and "the FDA's November
 # 28, 1994 rejection" (the same text and value: one item) -> 1994-11-28; 'on December 22, 1994' -> 1994-12-22; 'on
 # February 17, 1995' -> 1995-02-17. Not dates: 'prior to the issuance of that press release' (relative to an event);
 # the left-out caption's 'August 11, 1999'
 dates=[D("today", "1999-08-11"), D("November 28, 1994", "1994-11-28"), D("December 22, 1994", "1994-12-22"),
        D("February 17, 1995", "1995-02-17")])

# ---- Panax Pharmaceutical Co., Ltd. / Rosenberg, Silver and SG, LR 16113, published 1999-04-20 (a Tuesday) ----------
A["us-sec-panax-pharmaceutical-scirex-vice-president-rosenberg-silver-insider-trading-1999"] = dict(
 # The Securities and Exchange Commission (written once in full; no 'Commission' alone in the kept text: no alias);
 # Manhattan ('in federal court in Manhattan': no court named, the place a Location); Panax Pharmaceutical Co., Ltd.
 # ('("Panax")', 'Panax securities', 'Panax\u2019s acquisition': alias 'Panax'; 'a pharmaceutical company that is now
 # known as Inkine Pharmaceutical Company, Inc.': the company's later name, an alias of the same entity, GUIDELINES'
 # former-name rule, the name kept as the text's first full form); Leonard Rosenberg ('("Rosenberg")': alias
 # 'Rosenberg'); SciRex Corporation ('his employment with SciRex', 'on behalf of SciRex': alias 'SciRex'); Jack Silver
 # ('("Silver")', 'of which Silver is a partner': alias 'Silver'); the Division of Molecular Medicine ('the Chief of the
 # Division of Molecular Medicine at North Shore University Hospital': a named unit of the hospital -> Organization, as
 # the SEC files give a named Unit one to hold its chief's role; **doubtful**: a reader may fold it into the hospital);
 # North Shore University Hospital (a hospital -> Organization, not a business in the text); Great Neck and New York
 # ('in Great Neck, New York': Locations, the state named after the town); SG Investment Family Limited Partnership
 # ('("SG")': alias 'SG'; 'an investment partnership', 'a general partnership' -> Company, a business); Sangen
 # Pharmaceutical Company ('("Sangen")': alias 'Sangen'). Not annotated: '"Colon Pill"' ('a new product that aids in
 # colonoscopies ("Colon Pill")': the release's own label for an unnamed product, not a product's name -- no Service,
 # near-miss, **doubtful**: GUIDELINES make drugs and products Services, and a reader may take the quoted capitals as a
 # name); 'two biotechnology scientists' and 'the defendants' (the same people); 'pharmaceutical companies',
 # 'biomedical products' (generic); 'the Complaint' (a paper)
 entities=[E("Organization", SEC),
           E("Location", "Manhattan"),
           E("Company", PAX, "Panax", "Inkine Pharmaceutical Company, Inc."),
           E("Person", "Leonard Rosenberg", "Rosenberg"),
           E("Company", SCX, "SciRex"),
           E("Person", "Jack Silver", "Silver"),
           E("Organization", DMM),
           E("Organization", NSUH),
           E("Location", "Great Neck"),
           E("Location", "New York"),
           E("Company", "SG Investment Family Limited Partnership", "SG"),
           E("Company", "Sangen Pharmaceutical Company", "Sangen")],
 # 'Leonard Rosenberg ..., vice-president of clinical trials at SciRex Corporation' -> vice-president at SciRex
 # Corporation, current true (the present tense of the complaint's list; no 'former'). 'Jack Silver ..., the Chief of
 # the Division of Molecular Medicine at North Shore University Hospital' -> head of the Division, current true (18a's
 # and 41m's 'Chief of the ... Unit' -> head of the Unit). **Near-misses**: 'SG Investment Family Limited Partnership
 # ("SG") is a general partnership of which Silver is a partner' (a partner in a family investment partnership: an
 # owner's share, not a post of the title vocabulary -- no role; **doubtful**: a reader may give him 'other' at SG);
 # 'age 41', 'age 53' (no role, no date); 'two biotechnology scientists' (a description, no organisation)
 roles=[R("Leonard Rosenberg", "vice-president", SCX, True),
        R("Jack Silver", "head", DMM, True)],
 # 'the Division of Molecular Medicine at North Shore University Hospital' -> parentOrganization(Division, hospital)
 # (a unit 'at' its institution: GUIDELINES' 'X's Y division' reading). 'SciRex, which assisted Panax in evaluating
 # the Colon Pill' and 'Rosenberg, on behalf of SciRex, signed an agreement that ... required SciRex and Rosenberg to
 # keep confidential information concerning Panax' -> partner(SciRex Corporation, Panax): a clinical research firm
 # engaged by a drug company under an agreement, a supplier-customer relation between two named organisations,
 # direction as written (SciRex first); **doubtful**: the text says 'assisted' and names no contract between the
 # companies in so many words. **Near-misses**: "Panax\u2019s planned merger with Sangen Pharmaceutical Company" (a
 # planned merger, and the text does not say who buys whom: nothing, GUIDELINES); "Panax\u2019s acquisition of rights
 # to exploit a new product" (rights, not a company: no acquired); 'now known as Inkine Pharmaceutical Company, Inc.'
 # (a change of name, not an acquisition: an alias); SG and Silver (a person's partnership: no relation)
 relations=[L(DMM, "parentOrganization", NSUH),
            L(SCX, "partner", PAX)],
 outages=[],
 # 'on April 19, 1999' -> 1999-04-19 (the filing, the day before `published`); 'in January 1997' -> 1997-01; 'on
 # January 15, 1997' -> 1997-01-15; 'on January 21, 1997' -> 1997-01-21. Not dates: 'age 41', 'age 53' (ages); the
 # left-out release line's 'April 20, 1999'
 dates=[D("April 19, 1999", "1999-04-19"), D("January 1997", "1997-01"), D("January 15, 1997", "1997-01-15"),
        D("January 21, 1997", "1997-01-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
