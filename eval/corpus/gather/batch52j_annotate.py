#!/usr/bin/env python3
"""Batch 52j gold annotations (the texts of batch52j.py: the SEC's Litigation Release No. 14875 of 15 April 1996 on its
fraud action against The Bennett Funding Group, Inc., its chief financial officer Patrick R. Bennett, two of its
wholly-owned subsidiaries and Bennett Management and Development Corporation; the SEC's Litigation Release No. 17439 of
27 March 2002 on its fraud action against seven former senior officers of Signal Technology Corp. over improper
accounting at its Keltec division), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (both from their release lines).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zr, 52b; looked up in the gold of the corpus's SEC files
on other matters and GATHERING.md -- the SEC named 'Commission' where the text has no longer form (the corpus's SEC
files on Legato, Tenet, Candie's, Biopure, Fleming and others); 'a X, Y company' and 'headquartered in X, Y' -> two
Locations (52b's Hudson, New Hampshire; 51zr's 'based in'); a named division -> Company with parentOrganization to its
company (the corpus's Spark Digital, Andina and Outside Broadcast divisions); 'filed in federal court in the District
of ...' -> no entity (the corpus's Applix and Interspeed files); 'wholly-owned subsidiaries' -> parentOrganization;
'former CEO' -> ceo, current false; a date repeated with the same text and value -> one item): defined short forms
('BFG', 'BRC', 'BRC-II', 'BMDC') and shorter names ('Patrick Bennett', 'Signal Tech') -> aliases, possessive-free;
'the company', 'the defendants' -> no alias (generic); laws, documents and standards ('the Complaint', 'Lease
Assignments', 'Notes', 'generally accepted accounting principles (GAAP)') -> nothing; unnamed officers, investors and
auditors -> no entity.
usage: batch52j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BFG = "The Bennett Funding Group, Inc."
BRC = "Bennett Receivables Corporation"
BRC2 = "Bennett Receivables Corporation-II"
BMDC = "Bennett Management and Development Corporation"
SIG = "Signal Technology Corp."
A = {}

# ---- Bennett Funding Group, LR 14875, published 1996-04-15 (a Monday) ---------------------------------------------
A["us-sec-bennett-funding-group-cfo-patrick-bennett-subsidiaries-ponzi-lease-assignments-1996"] = dict(
 # The Commission ("The Commission's Complaint", 'The Commission alleges': the only form -> name 'Commission', as the
 # corpus's SEC files with no longer form); The Bennett Funding Group, Inc. ('("BFG")', "BFG's": alias 'BFG'; the name
 # with its 'The' as written, as 51zr's 'The 1991 RPM Irrevocable Trust'); Syracuse and New York ('headquartered in
 # Syracuse, New York': two Locations); Patrick R. Bennett ('Patrick Bennett': alias); Bennett Receivables Corporation
 # ('BRC'), Bennett Receivables Corporation-II ('BRC-II') and Bennett Management and Development Corporation ('BMDC'):
 # Companies with their defined short forms as aliases; the New York City Transit Authority ('fictitious and
 # supposedly tax-exempt New York City Transit Authority leases': a public transit authority -> Organization, named
 # though the leases said to be its did not exist -- **doubtful**: a reader may leave out a body named only as the
 # supposed lessee of fictitious leases; 'New York City' inside its name -> no Location of its own). Not annotated:
 # 'investors', 'the other defendants' (unnamed), "Ponzi" (a scheme's name), 'Lease Assignments', 'Notes' (defined
 # terms for securities), 'The Commission's Complaint' (a document)
 entities=[E("Organization", "Commission"),
           E("Company", BFG, "BFG"),
           E("Location", "Syracuse"),
           E("Location", "New York"),
           E("Person", "Patrick R. Bennett", "Patrick Bennett"),
           E("Company", BRC, "BRC"),
           E("Company", BRC2, "BRC-II"),
           E("Company", BMDC, "BMDC"),
           E("Organization", "New York City Transit Authority")],
 # 'Patrick R. Bennett, the chief financial officer of BFG' -> cfo at The Bennett Funding Group, Inc., current true
 # (the post given in the present at the charge, no 'former' -- **doubtful**: the same action's later release, not
 # taken, calls him 'formerly BFG's chief financial officer'; this text does not)
 roles=[R("Patrick R. Bennett", "cfo", BFG, True)],
 # "two of BFG's wholly- owned subsidiaries, Bennett Receivables Corporation ("BRC") and Bennett Receivables
 # Corporation-II ("BRC-II")" -> parentOrganization (BRC, BFG) and (BRC-II, BFG). Near-misses: Bennett Management and
 # Development Corporation, listed after the two subsidiaries with 'and' and not called a subsidiary (the shared name
 # suggests a tie the text does not state: no relation -- **doubtful**, a reader may read the list as three
 # subsidiaries); the 'promissory notes ("Notes") issued by BFG, BRC, or BRC-II' (securities, no predicate); the
 # fictitious New York City Transit Authority leases (no partner or customer tie: the leases did not exist)
 relations=[L(BRC, "parentOrganization", BFG),
            L(BRC2, "parentOrganization", BFG)],
 outages=[],
 # 'March 28, 1996' -> 1996-03-28 (the charge); 'since 1991' -> '1991' 1991. Not dates: the release line's 'April 15,
 # 1996' (`published`, cut) and the docket and case numbers in the cut captions
 dates=[D("March 28, 1996", "1996-03-28"), D("1991", "1991")])

# ---- Signal Technology / Keltec, LR 17439, published 2002-03-27 (a Wednesday) -------------------------------------
A["us-sec-signal-technology-seven-former-officers-keltec-division-former-ceo-peterson-accounting-fraud-2002"] = dict(
 # The Securities and Exchange Commission ('the Commission alleged': alias 'Commission'; 'SEC' is in the title only:
 # no alias); Signal Technology Corp. ('Signal Tech': alias; 'the company' -> no alias); Danvers and Massachusetts ('a
 # Danvers, Massachusetts defense contractor': two Locations); Sunnyvale and California ('formerly located in
 # Sunnyvale, California': two Locations -- the company's past site, still places the text names); Keltec ('its
 # Florida-based Keltec division', 'its Keltec division': a named division -> Company, as the corpus's named
 # divisions); Florida ('Florida-based': Location, 52b's 'X-based'); Dale Peterson. Not annotated: 'the Northern
 # District of California' ('filed in federal court in the Northern District of California': the court is unnamed in
 # the kept text and a judicial district is no place of its own, as the corpus's Applix and Interspeed files -- the
 # named court is in the cut caption only; California is annotated from Sunnyvale's line); 'seven former senior
 # officers', 'the individual defendants' (unnamed); 'auditors' (unnamed); 'generally accepted accounting principles
 # (GAAP)' (a standard, not a body)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SIG, "Signal Tech"),
           E("Location", "Danvers"),
           E("Location", "Massachusetts"),
           E("Location", "Sunnyvale"),
           E("Location", "California"),
           E("Company", "Keltec"),
           E("Location", "Florida"),
           E("Person", "Dale Peterson")],
 # "the company's former CEO, defendant Dale Peterson" -> ceo at Signal Technology Corp., current false ('former').
 # Near-misses: 'seven former senior officers of Signal Technology Corp.' and 'members of senior management at Signal
 # Tech or its Keltec division' (unnamed, and which of the two is not said: no role)
 roles=[R("Dale Peterson", "ceo", SIG, False)],
 # 'its Florida-based Keltec division' (its = Signal Tech's: 'caused Signal Tech to inflate its reported earnings ...
 # the company's improper accounting practices at its Florida-based Keltec division') -> parentOrganization (Keltec,
 # Signal Technology Corp.). Near-misses: 'a ... defense contractor' (its government customers unnamed: no partner);
 # the auditors the defendants are said to have lied to (unnamed)
 relations=[L("Keltec", "parentOrganization", SIG)],
 outages=[],
 # 'yesterday' -> 2002-03-26 (the day before the release line's 27 March 2002, `published`); 'from January 1996
 # through June 1998' -> 'January 1996' 1996-01 and 'June 1998' 1998-06. Not dates: the caption's docket 'C02-01467'
 # (cut)
 dates=[D("yesterday", "2002-03-26"), D("January 1996", "1996-01"), D("June 1998", "1998-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
