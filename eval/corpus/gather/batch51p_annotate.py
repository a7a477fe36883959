#!/usr/bin/env python3
"""Batch 51p gold annotations (the texts of batch51p.py: the SEC's Litigation Release No. 17169 of 3 October 2001 on
its settled case against Chiquita Brands International, Inc. over a payment to customs officials by its Colombian
subsidiary, Banadex; the SEC's Litigation Release No. 19380 of 15 September 2005 on its fraud suit against five
former officers of Fleming Companies, Inc., two of them of its Fleming Retail Group), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51d, 51i, 51m; looked up in the gold of the corpus's SEC
files on other matters -- Sunbeam (44d), Tenet (45r), 51i's and 51m's pools -- and GATHERING.md): the SEC -> Organization,
its full name with the alias 'Commission' where the kept text names it in full (Chiquita); where the kept text only
writes 'the Commission' (Fleming: the page's caption, the only full name, is cut) the entity is 'Commission' (45r's
Tenet, 15f, 16e); 'federal court' (no court's name) -> no court; 'of X, Y' -> two Locations (51m's 'of Sarnia,
Ontario'), likewise 'Turbo, Colombia'; each post its own role, current false where the text says 'former'; 'chief
accounting officer' -> executive (41j, 42e: a chief officer outside the title list), 'senior vice president' and 'vice
president' -> vice-president (GUIDELINES), 'president of <a named group>' -> president at that group; a company's
short name ('Chiquita', 'Fleming') and a surname standing alone -> aliases; 'its Colombian subsidiary, Banadex' ->
parentOrganization(Banadex, Chiquita); a named group of a company ('Fleming Retail Group, which comprised about 20% of
Fleming's revenues') -> a Company under the parent (45b's named-unit rule, 51m's Health Care Group); an unnamed unit
('Fleming's wholesale procurement department') -> nothing; laws ('the Securities Exchange Act of 1934') and their
years -> nothing (48d); 'late 2001' and 'the first half of 2002' -> the year (GUIDELINES, 32d); a date repeated with the
same text and value -> one item.
usage: batch51p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CBI = "Chiquita Brands International, Inc."
FLM = "Fleming Companies, Inc."
FRG = "Fleming Retail Group"
A = {}

# ---- Chiquita Brands International, Inc. / Banadex, LR 17169, published 2001-10-03 (a Wednesday) ---------------------
A["us-sec-chiquita-brands-colombian-subsidiary-banadex-customs-payment-books-records-2001"] = dict(
 # The Securities and Exchange Commission ('the Commission finds', "the Commission's findings": alias 'Commission');
 # Chiquita Brands International, Inc. ('Chiquita' throughout, "Chiquita's policies": alias 'Chiquita'); Banadex
 # ('its Colombian subsidiary, Banadex', "Banadex's": a named company; its full name, C.I. Bananos de Exportacion
 # S.A., is not in the kept text); Colombia ('outside Colombia', 'Turbo, Colombia'); Turbo ("Banadex's Turbo,
 # Colombia port facility": a town, Location -- **doubtful**: a reader may read 'Turbo' as the facility's name (a
 # site: still Location, GUIDELINES) or leave it out). Not annotated: 'Colombian' (an adjective, no alias of
 # Colombia), 'federal court' (no court's name -- near-miss), 'the Securities Exchange Act of 1934' and its sections
 # (a law), 'foreign customs officials' / 'local customs officials' (unnamed; no customs authority named --
 # near-miss), 'a wholly-owned foreign subsidiary of Chiquita' (the same Banadex, generic), 'the order', 'the
 # complaint' (filings)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", CBI, "Chiquita"),
           E("Company", "Banadex"),
           E("Location", "Colombia"),
           E("Location", "Turbo")],
 # None: the kept text names no person ('employees of Banadex', 'Chiquita employees', 'Chiquita's internal audit
 # staff' in the cut sentence -- near-miss: the SEC's order speaks of Banadex's chief administrative officer, unnamed
 # and not this text)
 roles=[],
 # 'a wholly-owned foreign subsidiary of Chiquita' + 'its Colombian subsidiary, Banadex' ->
 # parentOrganization(Banadex, Chiquita Brands International, Inc.). Near-miss: the port facility (unnamed beyond
 # its town; no relation attaches to a site, GUIDELINES); the customs payment is no partner relation
 relations=[L("Banadex", "parentOrganization", CBI)],
 outages=[],
 # 'today' -> 2001-10-03 (the release line's day, cut: `published`); 'in 1996 and 1997' -> '1996' and '1997' (two
 # calendar years, one item each). Skipped: 'the Securities Exchange Act of 1934' (a law's year, 48d), the section
 # numbers
 dates=[D("today", "2001-10-03"), D("1996", "1996"), D("1997", "1997")])

# ---- Fleming Companies, Inc., LR 19380, published 2005-09-15 (a Thursday) --------------------------------------------
A["us-sec-fleming-companies-former-cao-shapiro-vps-murphy-abbood-retail-group-president-dahlen-fraud-2005"] = dict(
 # The Commission ('the Commission charged', "the Commission's suit": the kept text never writes the SEC's name, the
 # caption that does is cut -- entity 'Commission', 45r's way; **doubtful**: a reader may skip it as a bare common
 # noun or write the SEC's full name); Fleming Companies, Inc. ('Fleming' throughout, "Fleming's": alias 'Fleming';
 # the case name 'In the Matter of Fleming Companies, Inc.' repeats the full name); Lewsville and Texas ('of
 # Lewsville, Texas': two Locations, the town as spelt in the text -- **doubtful**: the misspelling of Lewisville is
 # kept as the name, the text's only surface); Mark David Shapiro; Phil Murphy ('reported to Murphy': alias
 # 'Murphy'; the cut caption's 'Philip D. Murphy' is not in the text); Thomas Gerald Dahlen, Jr. ('reported to
 # Dahlen': alias 'Dahlen'); Albert M. Abbood; James H. Thatcher; Fleming Retail Group ('the former president of
 # Fleming Retail Group', 'the Fleming Retail Group': a named unit -> Company, 45b's rule, as 51m's Health Care Group
 # -- **doubtful**: a reader may leave a business group out as no organisation). Not annotated: "Fleming's wholesale
 # procurement department" / "Fleming's wholesale procurement group" (an unnamed unit in lower case -- near-miss),
 # 'certain Fleming vendors', 'several of its vendors and vendor employees' (unnamed), 'the complaint' (a filing)
 entities=[E("Organization", "Commission"),
           E("Company", FLM, "Fleming"),
           E("Location", "Lewsville"),
           E("Location", "Texas"),
           E("Person", "Mark David Shapiro"),
           E("Person", "Phil Murphy", "Murphy"),
           E("Person", "Thomas Gerald Dahlen, Jr.", "Dahlen"),
           E("Person", "Albert M. Abbood"),
           E("Person", "James H. Thatcher"),
           E("Company", FRG)],
 # "Mark David Shapiro, Fleming's former chief accounting officer and senior vice president of finance and
 # operations" -> executive (chief accounting officer: 41j, 42e) and vice-president (senior vice president,
 # GUIDELINES), both false. "Phil Murphy, Fleming's former vice president in charge of Fleming's wholesale
 # procurement department" -> vice-president at Fleming, false (the department has no name: the post sits at
 # Fleming). "Thomas Gerald Dahlen, Jr., the former president of Fleming Retail Group" -> president at Fleming Retail
 # Group, false (not at Fleming itself -- near-miss: the group's head is no officer of the parent in this text).
 # "Albert M. Abbood, a former vice president in Fleming's wholesale procurement group" -> vice-president at
 # Fleming, false. "James H. Thatcher, a vice president of the Fleming Retail Group" -> vice-president at Fleming
 # Retail Group, false -- **doubtful**: his item lacks 'former'; the lead's 'five former officers of ... Fleming',
 # whom the list names, makes him former (a reader may set current true)
 roles=[R("Mark David Shapiro", "executive", FLM, False),
        R("Mark David Shapiro", "vice-president", FLM, False),
        R("Phil Murphy", "vice-president", FLM, False),
        R("Thomas Gerald Dahlen, Jr.", "president", FRG, False),
        R("Albert M. Abbood", "vice-president", FLM, False),
        R("James H. Thatcher", "vice-president", FRG, False)],
 # 'Fleming Retail Group, which comprised about 20% of Fleming's revenues' -> parentOrganization(Fleming Retail
 # Group, Fleming Companies, Inc.) (a group whose revenues are Fleming's, beside the procurement arm's 80% -- a unit
 # of Fleming; **doubtful** with the entity). Near-miss: 'certain Fleming vendors' (unnamed suppliers: no partner)
 relations=[L(FRG, "parentOrganization", FLM)],
 outages=[],
 # 'On September 15, 2005' -> 2005-09-15 (the release's own day); 'late 2001' -> 2001 (GUIDELINES: 'late 2006' ->
 # the year); 'the first half of 2002' -> 2002 (32d's way); 'September 14, 2004' -> 2004-09-14 (twice: 'on September
 # 14, 2004' and '(September 14, 2004)', one item). Skipped: 'during the critical periods' (no value)
 dates=[D("September 15, 2005", "2005-09-15"), D("late 2001", "2001"), D("the first half of 2002", "2002"),
        D("September 14, 2004", "2004-09-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
