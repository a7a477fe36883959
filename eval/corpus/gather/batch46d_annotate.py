#!/usr/bin/env python3
"""Batch 46d gold annotations (the texts of batch46d.py: the SEC's press release 2008-87 of 14 May 2008 on 'Irvine,
Calif.-based Broadcom Corporation', its former chief executive officer Henry T. Nicholas, chairman and chief
technology officer Henry Samueli, former chief financial officer William J. Ruehle and general counsel David Dull,
Linda Chatman Thomsen, 'Director of the SEC's Division of Enforcement', quoted; the SEC's Litigation Release No. 21323
of 4 December 2009 on Black Box Corporation, 'a Lawrence, PA technical services provider', its former Chief Executive
Officer Frederick C. Young and its former Chief Financial Officer Anna M. Baird; the SEC's Litigation Release No.
20927 of 5 March 2009 on 'Pediatrix Medical Group, Inc. (now known as Mednax Services, Inc.)'), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv and 46a for SEC
releases; 44p's Marvell and Maxim and 46a's KLA-Tencor backdating releases the nearest): the SEC -> Organization (the
fullest form the text writes; 'SEC' and 'Commission' aliases where written); 'chief executive officer' -> ceo; 'chief
financial officer' -> cfo; 'chairman' -> chairman; 'chief technology officer' -> cto; 'general counsel' -> executive
(GUIDELINES; 45f, 45zv, 46a); 'former' -> current false; a post named with no 'former' -> current true (45zv; here
the text says 'two current and two former top officers'); "Director of the SEC's Division of Enforcement" -> director
at the Division, the Division parentOrganization the SEC (43a, 44l, 44p, 46a); a court named in full -> Organization
(45a, 45f, 45v, 45zv); a district named without its court ('federal district court for the Central District of
California') -> nothing (44h, 45zv: a near-miss); 'federal court in <city>' -> the city a Location, no court entity
(45f's Detroit, 46a's San Jose); '<city>, <state>' and '<city>, <state>-based' -> one Location (44p's 'Irving,
Texas-based', 45zv, 46a), the state written in full or abbreviated as the text writes it; a company's later name ('now
known as') -> an alias (44h's 'formerly known as', GUIDELINES: former names are aliases); 'today' -> the release's day;
'from <year> to <year>', 'from approximately <year> through <year>' -> each year its own item (46a); a month named
without its year in '<month> and <month> <year>' -> that year's month (45f's 'between February and April 2006');
fiscal years -> no date item (42g, 44p, 46a).
usage: batch46d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BRCM = "Broadcom Corporation"
BB = "Black Box Corporation"
PDX = "Pediatrix Medical Group, Inc."
DOE = "Division of Enforcement"
A = {}

# ---- Broadcom and four officers, published 2008-05-14 (a Wednesday) ----------------------------------------------------
A["us-sec-broadcom-former-ceo-nicholas-chairman-samueli-former-cfo-ruehle-general-counsel-dull-backdating-2008"] = dict(
 # The Securities and Exchange Commission ("The SEC's complaint", "the SEC's Division of Enforcement": alias 'SEC';
 # 'Commission' never alone); Irvine, Calif. ('Irvine, Calif.-based Broadcom Corporation' -> one Location, 44p's
 # 'Irving, Texas-based'; **doubtful**: a reader splitting city and state gets Irvine and California); Broadcom
 # Corporation ('Broadcom officers', "Broadcom's", 'Broadcom restated', 'the executives at Broadcom': alias
 # 'Broadcom'); Henry T. Nicholas, Henry Samueli, William J. Ruehle, David Dull (each once, no surname alone in the
 # kept text); Linda Chatman Thomsen; the Division of Enforcement (the Commission's unit -> Organization). Not
 # annotated: 'federal district court for the Central District of California' (a district named without its court:
 # 44h, 45zv; near-miss: a reader may give the court or California a Location), 'the executives at Broadcom',
 # 'Broadcom officers and employees', 'shareholders', 'these individuals' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Irvine, Calif."),
           E("Company", BRCM, "Broadcom"),
           E("Person", "Henry T. Nicholas"),
           E("Person", "Henry Samueli"),
           E("Person", "William J. Ruehle"),
           E("Person", "David Dull"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE)],
 # "Broadcom's former chief executive officer Henry T. Nicholas" -> ceo at Broadcom Corporation, current false;
 # 'chairman and chief technology officer Henry Samueli' -> chairman and cto at Broadcom Corporation, current true
 # (the posts named with no 'former', and 'two current and two former top officers' counts him among the current;
 # **doubtful**: 'chairman' with no board named -> chairman at the company, the GUIDELINES' reading of a company's
 # chairman); 'former chief financial officer William J. Ruehle' -> cfo, false; 'general counsel David Dull' ->
 # executive (GUIDELINES), current true (the same count; **doubtful** as Samueli's: a reader who takes "Broadcom's" to
 # govern only Nicholas's post still gets Broadcom from 'officers of ... Broadcom Corporation'); "Linda Chatman
 # Thomsen, Director of the SEC's Division of Enforcement" -> director at the Division, current true (44p's Thomsen;
 # **doubtful**: a reader may give head). Near-misses: 'two current and two former top officers' (the count, no post
 # of its own); Rosalind R. Tyson, 'Acting Regional Director of the SEC's Los Angeles Regional Office' (past the cut,
 # not in the text)
 roles=[R("Henry T. Nicholas", "ceo", BRCM, False), R("Henry Samueli", "chairman", BRCM),
        R("Henry Samueli", "cto", BRCM), R("William J. Ruehle", "cfo", BRCM, False),
        R("David Dull", "executive", BRCM), R("Linda Chatman Thomsen", "director", DOE)],
 # "the SEC's Division of Enforcement" -> parentOrganization (40zm, 42g, 43a, 44l, 44p, 46a). Nothing else: 'Irvine,
 # Calif.-based' places the company (no relation type)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2008-05-14 (the release's day); 'from 1998 to 2003' -> '1998' and '2003'; 'January 2007' -> 2007-01.
 # Skipped: 'five-year' (twice; a length, no calendar value), 'to date' (no value of its own), '$2 billion' (an amount)
 dates=[D("today", "2008-05-14"), D("1998", "1998"), D("2003", "2003"), D("January 2007", "2007-01")])

# ---- Black Box, Frederick C. Young and Anna M. Baird, published 2009-12-04 (a Friday) ----------------------------------
A["us-sec-black-box-former-ceo-young-former-cfo-baird-option-backdating-settled-2009"] = dict(
 # The Securities and Exchange Commission ("the Commission's allegations", "The Commission's complaint": alias
 # 'Commission'; 'SEC' only in the title, not the text); the United States District Court for the Western District of
 # Pennsylvania (a court named in full -> Organization, 45a, 45f, 45v, 45zv); Black Box Corporation ('("Black Box")',
 # 'Black Box filed', "Black Box's" past the cut: alias 'Black Box'; a business, no Service); 'a Lawrence, PA technical
 # services provider' -> 'Lawrence, PA' one Location; Frederick C. Young ('Young' twice, "Young's"); 'of Silver Point,
 # Tennessee' -> one Location; Anna M. Baird (once); 'of Bridgeville, PA' -> one Location. **Doubtful**: the three
 # '<city>, <state>' places as one Location each (45zv, 46a; a reader splitting them gets Lawrence, Silver Point,
 # Bridgeville, Tennessee and PA/Pennsylvania); 'Lawrence, PA' from a company's description ('a Lawrence, PA technical
 # services provider': the seat, no relation type). Not annotated: 'all three defendants', 'the Restatements' (a
 # defined term for the filings, no entity)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Western District of Pennsylvania"),
           E("Company", BB, "Black Box"),
           E("Location", "Lawrence, PA"),
           E("Person", "Frederick C. Young", "Young"),
           E("Location", "Silver Point, Tennessee"),
           E("Person", "Anna M. Baird"),
           E("Location", "Bridgeville, PA")],
 # 'Black Box Corporation ... its former Chief Executive Officer Frederick C. Young' -> ceo at Black Box Corporation,
 # current false ('as Chief Executive Officer, Young had authority' is the same post, in the past: one role); 'its
 # former Chief Financial Officer Anna M. Baird' -> cfo, false. Near-misses: 'Young, 53', 'Baird, 52' (ages, no post);
 # 'all three defendants' (a count)
 roles=[R("Frederick C. Young", "ceo", BB, False), R("Anna M. Baird", "cfo", BB, False)],
 # Nothing: one company, no unit or deal; the court and the SEC are unrelated organisations (a suit, no relation type)
 relations=[],
 outages=[],
 # 'December 4, 2009' -> 2009-12-04 (the day the action was filed, the release's day; the text writes no 'today');
 # 'in July and August 2007' -> 'July' 2007-07 (**doubtful**: the month borrows the year written after 'August', as
 # 45f's 'February'; a reader may skip it) and 'August 2007' 2007-08. Skipped: 'fiscal years 1994 through 2006'
 # (fiscal years -> no date item: 42g, 44p, 46a; near-miss: a reader may give '1994' and '2006'), '$70.9 million',
 # '$38.1 million' (amounts), 'one-half'
 dates=[D("December 4, 2009", "2009-12-04"), D("July", "2007-07"), D("August 2007", "2007-08")])

# ---- Pediatrix Medical Group, published 2009-03-05 (a Thursday) ---------------------------------------------------------
A["us-sec-pediatrix-medical-group-mednax-services-option-backdating-settles-2009"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", "the Commission's charges", 'filed with the
 # Commission': alias 'Commission'; 'SEC' nowhere in the text); Pediatrix Medical Group, Inc. ('(now known as Mednax
 # Services, Inc.)': the company's later name -> an alias, as 44h's 'formerly known as' (GUIDELINES: former names and
 # other names of the same entity are aliases); '("Pediatrix")', "Pediatrix's": alias 'Pediatrix'; 'the company'
 # generic). **Doubtful**: the name kept as the form the text uses throughout, the later name an alias (a reader may
 # make 'Mednax Services, Inc.' the name, or a second Company; no relation type for a renaming); 'headquartered in
 # Sunrise, Florida' -> one Location (the lane's city-and-state form; **doubtful** as 46a's); 'filed in federal court
 # in Miami' -> Miami a Location, no court entity (45f's Detroit, 46a's San Jose). Not annotated: 'a now-deceased
 # former senior financial officer' (no one named), 'executives and employees', 'shareholders', 'investors' (generic);
 # 'Forms 10-Q, 10-K' (forms, no entity)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", PDX, "Mednax Services, Inc.", "Pediatrix"),
           E("Location", "Sunrise, Florida"),
           E("Location", "Miami")],
 # None: no person is named. Near-miss: 'a now-deceased former senior financial officer' (a post with no person named,
 # and 'senior financial officer' outside the title vocabulary)
 roles=[],
 # Nothing: one company; 'a physician services provider headquartered in Sunrise, Florida' places it (no relation
 # type); the renaming is an alias, not a relation
 relations=[],
 outages=[],
 # 'today' -> 2009-03-05 (the release's day); 'from approximately 1997 through 2000' -> '1997' and '2000' (the years as
 # written; 'approximately' leaves the years themselves). Skipped: 'on numerous occasions', 'those earlier dates'
 # (no value of their own)
 dates=[D("today", "2009-03-05"), D("1997", "1997"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
