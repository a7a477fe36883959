#!/usr/bin/env python3
"""Batch 51ze gold annotations (the texts of batch51ze.py: an SEC press release of 15 April 2003 (2003-48) -- the
Commission 'has unanimously selected William J. McDonough as its nominee to be the new Chairperson of the five-member
Public Company Accounting Oversight Board (PCAOB)'; he 'is currently the President of the Federal Reserve Bank of New
York', 'the vice chairman and a permanent member of the Federal Open Market Committee', and 'had spent 22 years at First
Chicago Corp. and its bank, First National Bank of Chicago'; an SEC press release of 2 December 2005 (2005-171) -- the
Commission 'had appointed Bill Gradison acting Chairperson for the Public Company Accounting Oversight Board', with 'SEC
Chairman Christopher Cox' quoted, and Gradison, 'a founding member of the board, has served as the Chairman of the Board
of Directors of the Federal Home Loan Bank of Cincinnati'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za;
looked up in 51u's Goelzer file ('appointed ... as Acting Chairman for the Public Company Accounting Oversight Board' ->
chairman at the PCAOB, current; 'a founding and current member of the PCAOB Board' -> director, 'founding' no founder;
'has served as General Counsel of the SEC' -> current false, **doubtful**; 'The PCAOB, which is subject to oversight by
the Commission' -> no relation, near-miss), 51za's Spatt file ('SEC Chairman' -> chairman; 'X at the Y' units),
26f's and the LCH.Clearnet file's Federal Reserve bodies (Organizations), and GUIDELINES ('a role they are announced to
take is current=true'; vice chairman -> executive; a board member who chairs it -> director and chairman when both posts
are named; "X and its bank, Y" -> parentOrganization; laws are no entities and the corpus leaves an Act's year
undated), by their gold only where other matters).
usage: batch51ze_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52ze/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
PCAOB = "Public Company Accounting Oversight Board"
FRBNY = "Federal Reserve Bank of New York"
FOMC = "Federal Open Market Committee"
FED = "Federal Reserve"
FCC = "First Chicago Corp."
FNBC = "First National Bank of Chicago"
FHLB = "Federal Home Loan Bank of Cincinnati"
A = {}

# ---- William J. McDonough selected as PCAOB Chairperson, SEC press release 2003-48, published 2003-04-15 (a Tuesday) --
A["us-sec-william-mcdonough-pcaob-chairperson-nominee-new-york-fed-first-chicago-2003"] = dict(
 # The Securities and Exchange Commission ('The Commission', 'the Commission' thrice: alias 'Commission'; 'SEC' not in
 # the kept text -- the cut 'See Also' line had it); William J. McDonough ('Mr. McDonough' five times, 'Mr.
 # McDonough's': alias 'McDonough'); the Public Company Accounting Oversight Board ('(PCAOB)', 'the PCAOB': alias
 # 'PCAOB'); the Federal Reserve Bank of New York (twice); the Federal Open Market Committee (Organizations: a reserve
 # bank and the Fed's committee, the LCH.Clearnet file's way with the New York bank); the Federal Reserve ('Prior to
 # joining the Federal Reserve', 'the Federal Reserve Chairman': Organization, the system itself, named on its own);
 # First Chicago Corp. (Company, the name with its 'Corp.' as written) and First National Bank of Chicago (Company).
 # Not annotated: the Sarbanes-Oxley Act of 2002 and 'The Act' (a law: GUIDELINES), 'the Federal Reserve Chairman' and
 # 'the Secretary of the Treasury' (unnamed persons; the Treasury named only inside a title -- near-miss), 'issuers',
 # 'accountants', 'investors' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "William J. McDonough", "McDonough"),
           E("Organization", PCAOB, "PCAOB"),
           E("Organization", FRBNY),
           E("Organization", FOMC),
           E("Organization", FED),
           E("Company", FCC),
           E("Company", FNBC)],
 # 'selected William J. McDonough as its nominee to be the new Chairperson of the ... Public Company Accounting Oversight
 # Board' -> chairman at the PCAOB, current true (GUIDELINES: a role a person is announced to take is current=true;
 # 51u's acting chairman the same way -- **doubtful**: he is a nominee, 'before Mr. McDonough's formal appointment'
 # and a background investigation still to come; a reader may give no role until he is appointed). 'is currently the
 # President of the Federal Reserve Bank of New York' -> president there, current true (he 'will take steps to
 # relinquish' the post: not yet left -- GUIDELINES 'will step down' -> true). 'he serves as the vice chairman and a
 # permanent member of the Federal Open Market Committee' -> executive (GUIDELINES: vice chairman -> executive) and
 # director (51u's 'member of the PCAOB Board' -> director; GUIDELINES names both posts where a member also chairs --
 # **doubtful**: the committee is no company board and 'permanent member' is a seat held by virtue of the bank's
 # presidency; a reader may give executive only), both current true. Near-misses: 'had spent 22 years at First Chicago
 # Corp. and its bank' (no title written: no role); 'the Federal Reserve Chairman' and 'the Secretary of the Treasury'
 # (unnamed); 'Chairperson of the Public Company Accounting Oversight Board' in the qualifications sentence (the same
 # post)
 roles=[R("William J. McDonough", "chairman", PCAOB, True),
        R("William J. McDonough", "president", FRBNY, True),
        R("William J. McDonough", "executive", FOMC, True),
        R("William J. McDonough", "director", FOMC, True)],
 # 'First Chicago Corp. and its bank, First National Bank of Chicago' -> parentOrganization(First National Bank of
 # Chicago, First Chicago Corp.) (GUIDELINES: 'X's Y' -> parentOrganization; the possessive 'its bank' ties the bank
 # to the holding company). 'currently the President of the Federal Reserve Bank of New York ... Prior to joining the
 # Federal Reserve' -> parentOrganization(Federal Reserve Bank of New York, Federal Reserve) (**doubtful**: the text
 # never writes that the bank is part of the system; 'joining the Federal Reserve' names his move to the New York bank,
 # so a careful reader takes the bank as a unit of the system; a reader strictly may not). Near-misses: the Federal Open
 # Market Committee and the Federal Reserve (the committee's place in the system is not written: no relation); the
 # PCAOB and the Commission ('established pursuant to the Sarbanes-Oxley Act', the Commission selects its chair: no
 # ownership, 51u's oversight near-miss); McDonough's career across the bodies (no relation between them)
 relations=[L(FNBC, "parentOrganization", FCC),
            L(FRBNY, "parentOrganization", FED)],
 outages=[],
 # 'today' ('today announced') -> 2003-04-15 (the dateline, cut: `published`); 'since 1993' -> '1993'; 'March 4,
 # 2003' -> 2003-03-04. Skipped: '2002' in 'the Sarbanes-Oxley Act of 2002' (a law's year, 51u's way -- near-miss),
 # '22 years' (a span with no bounds written); the cut 'Last modified: 4/15/2003' (not in the text)
 dates=[D("today", "2003-04-15"), D("1993", "1993"), D("March 4, 2003", "2003-03-04")])

# ---- Bill Gradison named acting PCAOB Chairperson, SEC press release 2005-171, published 2005-12-02 (a Friday) ---------
A["us-sec-bill-gradison-acting-chairperson-pcaob-federal-home-loan-bank-cincinnati-2005"] = dict(
 # The Securities and Exchange Commission ('SEC Chairman', 'the SEC': alias 'SEC'; 'the Commission', "the
 # Commission's": alias 'Commission'); Bill Gradison ('Gradison' opening the last paragraph: alias); the Public Company
 # Accounting Oversight Board ('The PCAOB', 'the PCAOB' four times: alias 'PCAOB'; 'the board' in lower case generic,
 # no alias); Christopher Cox ('Chairman Cox said': alias 'Cox'); the Federal Home Loan Bank of Cincinnati (Company: a
 # bank, a member-owned business -- **doubtful** only as to the type: a reader may hold a federally chartered
 # home-loan bank an Organization). Not annotated: the Sarbanes-Oxley Act of 2002 (a law), 'accounting firms', 'public
 # companies', 'my fellow Commissioners' (unnamed), 'the PCAOB staff', 'an investment broker' (generic)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Bill Gradison", "Gradison"),
           E("Organization", PCAOB, "PCAOB"),
           E("Person", "Christopher Cox", "Cox"),
           E("Company", FHLB)],
 # 'appointed Bill Gradison acting Chairperson for the Public Company Accounting Oversight Board' -> chairman at the
 # PCAOB, current true (51u's and 49d's 'Acting Chairman' -> chairman); 'As a founding member of the PCAOB' and 'a
 # founding member of the board' -> director at the PCAOB, current true (51u's 'member of the PCAOB Board' ->
 # director; GUIDELINES: a board member who chairs it gets both posts when both are named; the text does not write
 # 'current' as 51u's did, but he chairs the board from today -- read as a sitting member; 'founding' is no founder of
 # the body -- near-miss). 'has served as the Chairman of the Board of Directors of the Federal Home Loan Bank of
 # Cincinnati' -> chairman at the Federal Home Loan Bank of Cincinnati, current false (51u's 'has served as General
 # Counsel of the SEC' -> false -- **doubtful**: 'has served as' says no 'former' in words and may cover a post still
 # held; a reader may set it true). 'SEC Chairman Christopher Cox' -> chairman at the SEC, current. Near-misses: 'an
 # investment broker, and a corporate director' (no firm named: no role); 'the next Chairman of the PCAOB' (unnamed);
 # 'my fellow Commissioners' (unnamed)
 roles=[R("Bill Gradison", "chairman", PCAOB, True),
        R("Bill Gradison", "director", PCAOB, True),
        R("Bill Gradison", "chairman", FHLB, False),
        R("Christopher Cox", "chairman", SEC, True)],
 # No relation: 'The PCAOB, which is subject to oversight by the Commission' (oversight, not ownership -- 51u's
 # near-miss on the same sentence, **doubtful**: a reader may tie the board to the SEC); the Federal Home Loan Bank of
 # Cincinnati is named alone (no parent, no unit); Gradison's career across the bodies (no relation between them)
 relations=[],
 outages=[],
 # 'today' ('today announced', 'announced today' in Cox's quotation: one item) -> 2005-12-02 (the dateline, cut:
 # `published`). Skipped: '2002' in 'the Sarbanes-Oxley Act of 2002' (a law's year -- near-miss), 'this interim
 # period', 'years to come' (no bounds written)
 dates=[D("today", "2005-12-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
