#!/usr/bin/env python3
"""Batch 51zr gold annotations (the texts of batch51zr.py: the SEC's Litigation Release No. 16692 of 7 September 2000 on
the settled injunction and penalty against Robert H. Sutton, at the time a plant controller for a unit of Material
Sciences Corporation; the SEC's Litigation Release No. 15508 of 25 September 1997 on its fraud action against
Ferrofluidics Corporation, its former chief executive officer and chairman Ronald Moskowitz, three others, the trustee
Bruce S. Moody and The 1991 RPM Irrevocable Trust), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (both from their release lines).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zh, 51zp; looked up in the gold of the corpus's SEC files
on other matters and GATHERING.md -- 41j's and 42e's 'controller' -> executive, 42v's 'a Delaware corporation' ->
Delaware a Location, the Doral file's 'NYSE-listed' -> the exchange a Company (GUIDELINES: stock exchanges that are
businesses), 41p's judicial districts not Locations, the corpus's named district courts as Organization, 51zp's
'chairman of its board' -> chairman only, 51zp's Telxon 'the quarter ended <day>' -> the day, the lane's 'Securities
Exchange Act of 1934' -> no date (0 of the corpus's 17 SEC files with it list '1934') and fiscal years skipped):
the SEC -> Organization 'Securities and Exchange Commission' with the alias 'Commission'; a company's defined short
form ('MSC', 'Ferrofluidics', 'RPM Trust') and a surname or shorter name standing alone ('Sutton', 'Moskowitz', 'Jan
Kirk', 'Stephen Morin', 'Bruce Moody') -> aliases, possessive-free; 'the company' -> no alias (generic); laws, rules and
forms ('Exchange Act', 'Rule 10b-5', 'Forms 10-Q') -> no entity (GUIDELINES: laws); unnamed units, auditors and
investors -> no entity; each post its own role, current false where the text says 'former' or 'at the time'; 'largest
shareholder' -> no role (not a post; the corpus's 'largest shareholder' lines); 'today' -> `published`; bare years ->
the year; a date repeated with the same text and value -> one item.
usage: batch51zr_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zr/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MSC = "Material Sciences Corporation"
FER = "Ferrofluidics Corporation"
RPM = "The 1991 RPM Irrevocable Trust"
A = {}

# ---- Material Sciences / Sutton, LR 16692, published 2000-09-07 (a Thursday) ---------------------------------------
A["us-sec-material-sciences-unit-plant-controller-sutton-false-entries-injunction-penalty-2000"] = dict(
 # The Securities and Exchange Commission ("the Commission's securities fraud action": alias 'Commission'); the United
 # States District Court for the Northern District of Illinois (a named court: Organization; 'Illinois' inside it is
 # the state listed below); Robert H. Sutton ('Sutton', "Sutton's": alias 'Sutton'); Material Sciences Corporation
 # ('("MSC")', "MSC's": alias 'MSC'; 'the company' -> no alias); Delaware ('a Delaware corporation': its state of
 # incorporation, Location, as 42v's Maxwell); Elk Grove Village and Illinois ('based in Elk Grove Village, Illinois':
 # two Locations, 51zh's 'X, Y'). Not annotated: 'a unit of Material Sciences Corporation' (unnamed -- near-miss: the
 # SEC's order 34-41930, not taken, names it), 'the Securities Exchange Act of 1934' / 'Exchange Act', 'Rule 10b-5',
 # 'Rule 13b2-1', 'Forms 10-Q' (laws, rules, forms), 'The Complaint' (a document)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Northern District of Illinois"),
           E("Person", "Robert H. Sutton", "Sutton"),
           E("Company", MSC, "MSC"),
           E("Location", "Delaware"),
           E("Location", "Elk Grove Village"),
           E("Location", "Illinois")],
 # 'Sutton, at the time a plant controller for a unit of Material Sciences Corporation' -> executive ('controller' ->
 # executive, 41j, 42e; GUIDELINES' 'manager' -> executive) at Material Sciences Corporation, false ('at the time': a
 # post he held then, a 'then' in other words). **Doubtful**: the post is at an unnamed unit of the company, so the org
 # is the parent, the only named one (a reader may give no role, the unit not being named; or keep current true, the
 # release not saying he left); and a plant controller is below the senior posts 'executive' usually stands for
 roles=[R("Robert H. Sutton", "executive", MSC, False)],
 # None. Near-miss: 'a unit of Material Sciences Corporation' (a parentOrganization with no named unit)
 relations=[],
 outages=[],
 # 'today' -> 2000-09-07 (the release line's day, cut: `published`); 'May 18, 2000' -> 2000-05-18 (the injunction);
 # 'February 29, 1996' -> 1996-02-29 ('the fiscal year ended February 29, 1996': the day as written, as 51zp's Telxon
 # 'quarter ended'). Not dates: 'fiscal years 1996 and 1997' (fiscal years, the lane's rule -- **doubtful**: a reader
 # may list 1996 and 1997), '1934' inside the Act's name (a law's name), the cut caption's 'September 27, 1999'
 dates=[D("today", "2000-09-07"), D("May 18, 2000", "2000-05-18"), D("February 29, 1996", "1996-02-29")])

# ---- Ferrofluidics / Moskowitz et al., LR 15508, published 1997-09-25 (a Thursday) ---------------------------------
A["us-sec-ferrofluidics-former-ceo-chairman-moskowitz-inflated-revenues-rpm-trust-trustee-1997"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", 'with the Commission': alias 'Commission'); the
 # United States District Court for the Southern District of New York (Organization); Ferrofluidics Corporation
 # ('("Ferrofluidics")', "Ferrofluidics'", 'the Ferrofluidics shares': alias 'Ferrofluidics'; 'the company' -> no
 # alias); Ronald Moskowitz ('Moskowitz', "Moskowitz's": alias 'Moskowitz'); Jan R. Kirk ('Jan Kirk'); Stephen P. Morin
 # ('Stephen Morin'); Jerome Allen; Bruce S. Moody ('Bruce Moody'); The 1991 RPM Irrevocable Trust ('(the "RPM
 # Trust")', 'the RPM Trust': alias 'RPM Trust'; the name with its capital 'The' as written, as the corpus's 'The
 # Goldman Sachs Group, Inc.' -- **doubtful**: a reader may drop 'The'; typed Company, as the corpus's holding trusts
 # (Axia NGNetworks Trust, Prime West Energy Trust) -- **doubtful**: a private trust holding shares, a reader may call
 # it Organization); NASDAQ ('a NASDAQ-listed company': the exchange, Company, as the Doral file's 'NYSE-listed' ->
 # NYSE -- **doubtful**: named only inside an adjective). Not annotated: "Ferrofluidics' auditors" (unnamed --
 # near-miss), 'the investing public', 'defendants' (the class)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Company", FER, "Ferrofluidics"),
           E("Person", "Ronald Moskowitz", "Moskowitz"),
           E("Person", "Jan R. Kirk", "Jan Kirk"),
           E("Person", "Stephen P. Morin", "Stephen Morin"),
           E("Person", "Jerome Allen"),
           E("Person", "Bruce S. Moody", "Bruce Moody"),
           E("Company", RPM, "RPM Trust"),
           E("Company", "NASDAQ")],
 # 'Ronald Moskowitz, Ferrofluidics' former chief executive officer, chairman of the board of directors and largest
 # shareholder' -> ceo and chairman at Ferrofluidics Corporation, both false ('former' governs the list); 'chairman of
 # the board of directors' -> chairman only (51zp's 'chairman of its board'; GUIDELINES: the chair named alone);
 # 'largest shareholder' -> no role (not a post -- near-miss). 'defendant Bruce Moody, the trustee of defendant RPM
 # Trust' -> other at The 1991 RPM Irrevocable Trust, true (a post at a named entity, outside the title list -> other;
 # **doubtful**: 43t's voting-trust trustees were given no role where the trust was not an entity; a reader may give
 # none here). Kirk, Morin and Allen: no post in the kept text ('participated in the scheme') -> no role (near-miss: the
 # SEC's order 33-7429, not taken, calls Kirk Ferrofluidics' former Chief Financial Officer)
 roles=[R("Ronald Moskowitz", "ceo", FER, False),
        R("Ronald Moskowitz", "chairman", FER, False),
        R("Bruce S. Moody", "other", RPM, True)],
 # None. Near-misses: 'Ferrofluidics, a NASDAQ-listed company' (a listing, no predicate); 'the Ferrofluidics shares
 # held by the RPM Trust' and Moskowitz's 'beneficial interest' in them (a shareholding, no parentOrganization -- the
 # trust holds shares of the company, it does not own it as a unit); Moskowitz's 'largest shareholder' (a person)
 relations=[],
 outages=[],
 # 'September 25, 1997' -> 1997-09-25 (the filing, the release's own day); 'July 1991' -> 1991-07 and 'April 1993' ->
 # 1993-04 ('from as early as July 1991 through April 1993': two items); '1992' -> 1992 ('a 1992 sham private
 # placement'). Not dates: '1991' inside 'The 1991 RPM Irrevocable Trust' (part of a name -- near-miss), 'the time of
 # the fraudulent conduct' (a span given above)
 dates=[D("September 25, 1997", "1997-09-25"), D("July 1991", "1991-07"), D("April 1993", "1993-04"),
        D("1992", "1992")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
