#!/usr/bin/env python3
"""Batch 51h gold annotations (the texts of batch51h.py: two SEC announcements -- the memorandum of understanding that
'the U.S. Securities and Exchange Commission, Quebec Autorite des marches financiers (AMF) and Ontario Securities
Commission (OSC)' announced, which 'SEC Chairman Mary L. Schapiro, AMF President and CEO Jean St-Gelais and OSC Chair
David Wilson executed' and which 'was signed in Montreal on June 10, 2010' (SEC News Digest, Issue 2010-109, 14 June
2010); the naming of 'municipal securities expert John J. Cross III' as 'the director of the agency's new Office of
Municipal Securities', an office 'previously part of the Division of Trading and Markets', Cross having served 'as the
Associate Tax Legislative Counsel in the Office of Tax Policy at the U.S. Treasury Department', with 'SEC Chairman Mary
Schapiro' quoted (press release 2012-149, 2 August 2012)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (the digest's date line; the release's dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c; looked up in 48i's
IFRS-protocols file ('the UK Financial Services Authority' -> Organization 'Financial Services Authority' with the
country a Location; 'U.S.' alone -> Location 'U.S.'; protocols signed between regulators -> partner, the SEC first),
48j's Booth file (an SEC office named on its own -> Organization with parentOrganization to the SEC; the office's
'Director' -> director), 51c's Cook and U.S.-Australia files ('SEC Chairman' -> chairman; 'Robert' alone in a quotation
-> alias; the SEC as 'U.S. Securities and Exchange Commission' where the text writes it so), GATHERING.md's 'President
and CEO' -> president + ceo, 'Chair' -> chairman, 'staff attorneys' -> other (GUIDELINES), the corpus's habit of
keeping a year inside an event's name and skipping a law's year, by their gold only where other matters).
usage: batch51h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
USSEC = "U.S. Securities and Exchange Commission"
AMF = "Autorite des marches financiers"
OSC = "Ontario Securities Commission"
IOSCO = "International Organization of Securities Commissions"
OMS = "Office of Municipal Securities"
TM = "Division of Trading and Markets"
MSRB = "Municipal Securities Rulemaking Board"
OTP = "Office of Tax Policy"
UST = "U.S. Treasury Department"
A = {}

# ---- SEC-AMF-OSC supervisory MOU, SEC News Digest 2010-109, published 2010-06-14 (a Monday) ---------------------------
A["us-sec-quebec-amf-ontario-osc-supervisory-cooperation-mou-montreal-2010"] = dict(
 # The U.S. Securities and Exchange Commission (named so once, 51c's way; 'the SEC', 'SEC Chairman', 'The SEC':
 # alias 'SEC'); the Autorite des marches financiers ('Quebec Autorite des marches financiers (AMF)': the province's
 # name dropped from the entity and Quebec annotated from its own mention, 48i's 'UK Financial Services Authority' ->
 # 'Financial Services Authority' -- **doubtful**: a reader may name it 'Quebec Autorite des marches financiers';
 # 'AMF' four times: alias; spelt without accents as the page writes it); the Ontario Securities Commission ('(OSC)',
 # 'OSC' four times: alias; 'Ontario' is part of its name); Mary L. Schapiro; Jean St-Gelais; David Wilson; the U.S.
 # ('operate in the U.S., Quebec and Ontario', and 'U.S.' in 'U.S.-Canadian': Location 'U.S.', 48i's way); Quebec and
 # Ontario (Locations, named on their own in that list); Montreal (Location); the International Organization of
 # Securities Commissions ('(IOSCO)': alias). Not annotated: 'Canadian' (an adjective; Canada is not named -- near-
 # miss), 'the 35th Annual Conference' (an event), 'regulated entities', 'broker-dealers and investment advisers'
 # (generic), 'the MOU' (an agreement, not an entity)
 entities=[E("Organization", USSEC, "SEC"),
           E("Organization", AMF, "AMF"),
           E("Organization", OSC, "OSC"),
           E("Person", "Mary L. Schapiro"),
           E("Person", "Jean St-Gelais"),
           E("Person", "David Wilson"),
           E("Location", "U.S."),
           E("Location", "Quebec"),
           E("Location", "Ontario"),
           E("Location", "Montreal"),
           E("Organization", IOSCO, "IOSCO")],
 # 'SEC Chairman Mary L. Schapiro' -> chairman at the SEC, current; 'AMF President and CEO Jean St-Gelais' ->
 # president and ceo at the AMF, current (GATHERING.md: 'President and CEO' -> two roles); 'OSC Chair David Wilson'
 # -> chairman at the OSC, current ('Chair' -> chairman). Near-miss: no one is named for IOSCO
 roles=[R("Mary L. Schapiro", "chairman", USSEC, True),
        R("Jean St-Gelais", "president", AMF, True),
        R("Jean St-Gelais", "ceo", AMF, True),
        R("David Wilson", "chairman", OSC, True)],
 # 'the U.S. Securities and Exchange Commission, Quebec Autorite des marches financiers (AMF) and Ontario Securities
 # Commission (OSC) today announced a comprehensive arrangement', the MOU they executed 'for consultation,
 # cooperation, and exchange of information among the SEC, AMF and OSC', and 'The SEC, AMF and OSC have a long history
 # of cooperation' -> partner(SEC, AMF), partner(SEC, OSC) and partner(AMF, OSC), in the order the text names them
 # (48i's signed protocols -> partner). The AMF-OSC pair is **doubtful**: 51c gave no pair between the two Australian
 # bodies on one side of the talks; here the text writes the exchange as 'among' all three and their cooperation as
 # the three's, so every pair is given -- a reader may give only the two pairs with the SEC. Near-misses: the MOU
 # 'signed in Montreal ... after the close of the 35th Annual Conference of the International Organization of
 # Securities Commissions (IOSCO)' (the three regulators' membership of IOSCO is not stated: no parentOrganization,
 # no partner); 'regulated entities ... which operate in the U.S., Quebec and Ontario' (unnamed)
 relations=[L(USSEC, "partner", AMF), L(USSEC, "partner", OSC), L(AMF, "partner", OSC)],
 outages=[],
 # 'June 14, 2010' -> 2010-06-14 and 'today' -> 2010-06-14 (the digest's date line, cut: `published`; two texts with
 # the same value, two items, GUIDELINES); 'June 10, 2010' -> 2010-06-10. Skipped: 'the 35th Annual Conference' (no
 # date written), 'June 14, 2010' of the date line (cut)
 dates=[D("June 14, 2010", "2010-06-14"), D("today", "2010-06-14"), D("June 10, 2010", "2010-06-10")])

# ---- John J. Cross III, Office of Municipal Securities, SEC press release 2012-149, published 2012-08-02 (a Thursday) -
A["us-sec-john-cross-director-office-of-municipal-securities-treasury-tax-policy-2012"] = dict(
 # The Securities and Exchange Commission ('SEC Chairman': alias 'SEC'; 'Commission rules': alias 'Commission', the
 # capitalised short name, 48i's way; 'the agency' generic); John J. Cross III ('Mr. Cross' six times: alias 'Cross';
 # 'John' in Schapiro's quotation: alias, 51c's 'Robert' way); the Office of Municipal Securities ('the office',
 # 'this office' generic); the Division of Trading and Markets; the Municipal Securities Rulemaking Board; the Office
 # of Tax Policy; the U.S. Treasury Department ("the Treasury Department's": alias 'Treasury Department'); Mary
 # Schapiro (named once). Not annotated: the Dodd-Frank Wall Street Reform and Consumer Protection Act and 'the 2009
 # Recovery Act' (laws: GUIDELINES), 'Build America Bonds' (a programme: GUIDELINES' 'programmes' -- near-miss), 'the
 # Chairman' (a title, no one named), 'advisors, issuers' (generic), 'nearly every state' (unnamed)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "John J. Cross III", "Cross", "John"),
           E("Organization", OMS),
           E("Organization", TM),
           E("Organization", MSRB),
           E("Organization", OTP),
           E("Organization", UST, "Treasury Department"),
           E("Person", "Mary Schapiro")],
 # 'John J. Cross III has been named the director of the agency's new Office of Municipal Securities' -> director at
 # the Office of Municipal Securities, current true (a post announced to be taken, GUIDELINES; 48j's office Director
 # -> director); 'Mr. Cross has been serving as the Associate Tax Legislative Counsel in the Office of Tax Policy at the
 # U.S. Treasury Department' -> other at the Office of Tax Policy, current true (the text does not say he has left it
 # -- **doubtful** twice: the title, a counsel's post below the office's head, is read as GUIDELINES' 'staff
 # attorneys' -> other, where a reader may give executive; and a reader may set current false since he moves to the
 # SEC); 'SEC Chairman Mary Schapiro' -> chairman at the SEC, current. Near-misses: 'Mr. Cross has been a leader in
 # the public policy area' (no organisation); 'Mr. Cross led the agency's implementation' (a task, not a post);
 # 'the Chairman' to whom the office reports (unnamed)
 roles=[R("John J. Cross III", "director", OMS, True),
        R("John J. Cross III", "other", OTP, True),
        R("Mary Schapiro", "chairman", SEC, True)],
 # "the agency's new Office of Municipal Securities" -> parentOrganization(Office of Municipal Securities, SEC) (48j's
 # way); 'The office was previously part of the Division of Trading and Markets' -> parentOrganization(Office of
 # Municipal Securities, Division of Trading and Markets) (GUIDELINES: ownership the text states as past is still
 # recorded; relations carry no time -- **doubtful**: a unit moved out of a division, and a reader may leave the
 # past tie out); 'the Office of Tax Policy at the U.S. Treasury Department' -> parentOrganization(Office of Tax
 # Policy, U.S. Treasury Department). Near-misses: the Division of Trading and Markets under the SEC (true, and 51c
 # gives it from "the SEC's Division"; this text never ties the Division to the SEC in words -- **doubtful**: a reader
 # may infer it from the office's move inside the agency); 'The office also will coordinate with the Municipal
 # Securities Rulemaking Board' (future coordination a law asks for, no agreement: no partner -- **doubtful**);
 # Cross's move from the Treasury to the SEC (a person's career: no relation between the bodies)
 relations=[L(OMS, "parentOrganization", SEC), L(OMS, "parentOrganization", TM),
            L(OTP, "parentOrganization", UST)],
 outages=[],
 # 'today' ('today announced') -> 2012-08-02 (the dateline, cut: `published`); '2008' ('the 2008 financial crisis':
 # a year inside an event's name, kept as the corpus keeps '2014 FIFA World Cup') -> 2008. Skipped: '2009' in 'the
 # 2009 Recovery Act' (a law's year, as the corpus leaves Acts' years -- near-miss), 'For the past several years' (a
 # span), 'Aug. 2, 2012' (the dateline, cut)
 dates=[D("today", "2012-08-02"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
