#!/usr/bin/env python3
"""Batch 50h gold annotations (the text of batch50h.py: the Antitrust Division's Federal Register notice on the
settlement of its civil-penalty suit against Legends Hospitality Parent Holdings, LLC over the control it took of ASM
Global, Inc. before the premerger waiting period of its proposed acquisition ended, 15 August 2024), written from the
text alone; newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41c, 42w, 43j, 43m, 43o, 47z, 48b, 48k, 49b, 49e, 50b and 50e for the Division's notices;
GUIDELINES section 2): a deal the text calls a 'proposed acquisition' -> agreed, not said to be completed: `acquired`
only, no parentOrganization (the earlier rounds' 'proposed acquisition' reading; **doubtful** here, as the text also
says the waiting period ended on May 29, 2024 and tells control taken before it, yet never says the deal closed);
control taken before closing ('assumed unlawful control of') -> no relation of its own (no ownership the text states);
the defendant's short forms used in the text ('Legends', 'Legends Hospitality') -> aliases of the full name in the case
name; the United States as plaintiff -> Location, without the case name's 'United States of America' as an alias
(43h, 43j, 47z, 48b, 49b, 49e, 49l, 50b, 50e); a court named in full -> Organization, its abbreviation in the
docket parenthesis ('(S.D.N.Y.)') no alias (the earlier rounds' reading of caption abbreviations; **doubtful**); laws
(the Antitrust Procedures and Penalties Act, the Clayton Act, the Hart-Scott-Rodino Antitrust Improvements Act of 1976
and its short forms 'section 7A' and 'HSR Act'), court papers, case numbers and sums of money not annotated; 'the
Complaint', 'the Court', 'the United States inspection and interview rights' are generic or not names of their own.
usage: batch50h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
US = E("Location", "United States")

# ---- Legends Hospitality / ASM Global, Federal Register notice, published 2024-08-15 (a Thursday) -----------------
SDNY = "United States District Court for the Southern District of New York"
LEG = "Legends Hospitality Parent Holdings, LLC"
ASM = "ASM Global, Inc."
A["us-doj-federal-register-legends-hospitality-asm-global-hsr-gun-jumping-civil-penalty-proposed-final-judgment-2024"] \
 = dict(
 # Organization: the United States District Court for the Southern District of New York (once, in full; 'S.D.N.Y.' in
 # the docket parenthesis left as part of the case number, no alias -- **doubtful**: a reader may list it as an
 # alias). Companies: Legends Hospitality Parent Holdings, LLC (the case name) with its short forms 'Legends' (four
 # times: 'Legends violated', 'Legends assumed', 'Legends was', 'requires Legends to appoint'; 'its' refers to it) and 'Legends Hospitality' ('requires Legends Hospitality to pay'), neither defined in the text but both plainly
 # the defendant (the case has one defendant); ASM Global, Inc. (twice, in full: no alias). Location: the United
 # States (plaintiff: 'United States of America v.' in the case name, 'the United States filed', 'to provide the
 # United States inspection and interview rights'). No person in the kept text (the comment contact falls in the part
 # cut off), and the Antitrust Division is not named in it (its 'website' sentence is cut off). Not annotated: the
 # Antitrust Procedures and Penalties Act, the Clayton Act ('section 7A of the Clayton Act'), the Hart-Scott-Rodino
 # Antitrust Improvements Act of 1976 and its short forms 'section 7A' and 'HSR Act' in their curly quotes (laws),
 # the proposed Final Judgment, the Stipulation, the Competitive Impact Statement and the Complaint (court papers),
 # 'Civil Action No. 1:24-cv-05927-JPC (S.D.N.Y.)', '$3.5 million', 'an antitrust compliance officer' (a post to be
 # filled, no person), 'a whistleblower protection policy'
 entities=[E("Organization", SDNY), US, E("Company", LEG, "Legends", "Legends Hospitality"), E("Company", ASM)],
 # No named person in the kept text
 roles=[],
 # 'Legends violated section 7A ... in connection with its proposed acquisition of ASM Global, Inc.' -> agreed, not
 # said to be completed: acquired(Legends Hospitality Parent Holdings, LLC, ASM Global, Inc.) only, no
 # parentOrganization (**doubtful**: the waiting period 'ended on May 29, 2024', months before the notice, and a
 # reader who takes the deal for closed may add parentOrganization(ASM Global, Inc., Legends ...); the text never says
 # it closed). 'Legends assumed unlawful control of ASM Global, Inc. prior to the expiration of the mandatory waiting
 # period' -> no parentOrganization from control taken before closing (**near-miss**: an unlawful interim control, not
 # ownership). ASM Global's owners (the sellers) are not named in the text (no 'from' clause): nothing
 # (**near-miss**)
 relations=[L(LEG, "acquired", ASM)],
 outages=[],
 # 'August 5, 2024' -> 2024-08-05 (the Complaint filed; a Monday); 'December 7, 2023' -> 2023-12-07 (the start of the
 # violation alleged; a Thursday); 'May 29, 2024' -> 2024-05-29 (the waiting period's end; a Wednesday). Not dates:
 # 'of 1976' (part of the law's name), '16(b)-(h)', '15 U.S.C. 18a', '1:24-cv-05927-JPC' (law and case references),
 # 'each day' (no calendar value)
 dates=[D("August 5, 2024", "2024-08-05"), D("December 7, 2023", "2023-12-07"), D("May 29, 2024", "2024-05-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
