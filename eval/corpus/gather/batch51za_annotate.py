#!/usr/bin/env python3
"""Batch 51za gold annotations (the texts of batch51za.py: an SEC press release of 19 July 2007 -- 'Chester Spatt,
Chief Economist and Director of the Office of Economic Analysis (OEA), will leave the agency to return to academia at
the end of July' and 'will rejoin Carnegie Mellon University, where he serves as Mellon Bank Professor of Finance and
Director of the Center for Financial Markets at the Tepper School of Business', with 'SEC Chairman Christopher Cox'
quoted; an SEC News Digest item of 17 September 2009 (Issue 2009-179) -- the Commission's bar of 'Martin A. Armstrong of
New Jersey, a former associated person with Princeton Economics International Ltd., a former unregistered investment
adviser', after a 2006 conviction and a 2008 injunction 'by the United States District Court for the Southern District
of New York'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (the release's dateline, the digest's date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u; looked up
in 48g's Mayhew file ('SEC Chief Economist' -> executive at the SEC; 'the agency's Office of Economic Analysis' ->
parentOrganization to the SEC; 'the Terry College of Business at the University of Georgia' -> parentOrganization;
faculty posts -> no role; the SEC named only as 'Commission' -> name 'Commission' (the Gordon file)), 48i's Franklin
file ('Director of the SEC's San Francisco Regional Office' -> director at the office), 51u's Goelzer file (an SEC office
tied by a sentence of SEC posts, **doubtful**), 50g's Taylor file ('an associated person and former Goldman trader' ->
other, current false), 51c's Cook file (a director announced to leave -> current true), and GUIDELINES ('will step
down' -> current true; courts -> Organization; judges and academics -> no role; a company named only inside a title is
not annotated), by their gold only where other matters).
usage: batch51za_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
OEA = "Office of Economic Analysis"
CMU = "Carnegie Mellon University"
CFM = "Center for Financial Markets"
TEP = "Tepper School of Business"
PEI = "Princeton Economics International Ltd."
SDNY = "United States District Court for the Southern District of New York"
A = {}

# ---- Chester Spatt to leave, SEC press release, published 2007-07-19 (a Thursday) ----------------------------------
A["us-sec-chief-economist-chester-spatt-to-leave-carnegie-mellon-tepper-2007"] = dict(
 # The Securities and Exchange Commission ('the SEC' in Cox's quotation and 'SEC Chairman': alias 'SEC'; 'the
 # Commission' five times: alias 'Commission'; 'the agency' generic, no alias); Chester Spatt ('Dr. Spatt' four times:
 # alias 'Spatt'; 'Chester' alone in Cox's quotation: alias 'Chester', 48g's 'Stewart' way); the Office of Economic
 # Analysis ('(OEA)', 'led OEA': alias 'OEA'); Carnegie Mellon University ('Carnegie Mellon' in Cox's quotation:
 # alias); the Center for Financial Markets and the Tepper School of Business (Organizations: a university's research
 # centre and business school, named on their own, 48g's Terry College way); Christopher Cox. Not annotated: 'Mellon
 # Bank' (named only inside the chair's title 'Mellon Bank Professor of Finance' -- GUIDELINES: a company named only
 # inside another name is not its own entity; near-miss), 'Regulation SHO' (a rule), 'NRSROs' and 'credit rating
 # agencies' (generic), 'the academic community', 'the nation's investors' (generic)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", "Chester Spatt", "Spatt", "Chester"),
           E("Organization", OEA, "OEA"),
           E("Organization", CMU, "Carnegie Mellon"),
           E("Organization", CFM),
           E("Organization", TEP),
           E("Person", "Christopher Cox")],
 # 'Chester Spatt, Chief Economist and Director of the Office of Economic Analysis (OEA), will leave the agency ...
 # at the end of July' -> executive at the SEC (48g: 'SEC Chief Economist' -> executive; **doubtful**: a reader may
 # give head, or fold the chief economist's post into the directorship) and director at the Office of Economic
 # Analysis (48i's 'Director of the SEC's San Francisco Regional Office' -> director), both current true (GUIDELINES:
 # 'will step down' -> true; the release is dated 19 July and he leaves at the month's end -- 51c's Cook 'plans to
 # leave' the same way). 'where he serves as Mellon Bank Professor of Finance and Director of the Center for Financial
 # Markets at the Tepper School of Business' -> director at the Center for Financial Markets, current true ('serves'
 # in the present; **doubtful**: he has been on leave from the university, 'initial term ... on leave from Carnegie
 # Mellon', and a reader may hold the post as resumed only at the month's end); the professorship -> no role (a
 # faculty post; 48g's Mayhew and 32o's professors got none -- near-miss). 'SEC Chairman Christopher Cox' -> chairman
 # at the SEC, current. Near-misses: 'a strong leader of a very talented staff' and 'to have led OEA' (the same
 # directorship, no new post); 'his initial term with the Commission' (a term of service, not a title)
 roles=[R("Chester Spatt", "executive", SEC, True),
        R("Chester Spatt", "director", OEA, True),
        R("Chester Spatt", "director", CFM, True),
        R("Christopher Cox", "chairman", SEC, True)],
 # 'Chief Economist and Director of the Office of Economic Analysis (OEA), will leave the agency' and 'to have led OEA'
 # for 'his three years at the Commission' -> parentOrganization(Office of Economic Analysis, SEC) (48g's 'the
 # agency's Office of Economic Analysis' gave it in words; **doubtful**: here no possessive ties the office to the
 # SEC -- the directorship is the post he leaves 'the agency' from, as 51u's Office of the General Counsel sat in a
 # sentence of SEC posts); 'the Center for Financial Markets at the Tepper School of Business' ->
 # parentOrganization(Center for Financial Markets, Tepper School of Business) (48g's 'X at the Y' way);
 # 'Carnegie Mellon University, where he serves as ... at the Tepper School of Business' -> parentOrganization(Tepper
 # School of Business, Carnegie Mellon University) (**doubtful**: 'where' places the school at the university without
 # naming it the university's school; a reader sure of the school's owner gives it, one reading strictly may not).
 # Near-misses: Mellon Bank (not annotated: no tie to the chair's university); the SEC and Carnegie Mellon (his career,
 # no relation between the bodies)
 relations=[L(OEA, "parentOrganization", SEC),
            L(CFM, "parentOrganization", TEP),
            L(TEP, "parentOrganization", CMU)],
 outages=[],
 # 'today' ('announced today') -> 2007-07-19 (the dateline, cut: `published`); 'the end of July' -> 2007-07
 # (GUIDELINES: 'the end of the month' -> the month); '2006' ('during 2006') -> 2006. Skipped: 'his three years',
 # 'the past three years', 'another year' (spans with no bounds written), 'initial term' (no dates)
 dates=[D("today", "2007-07-19"), D("the end of July", "2007-07"), D("2006", "2006")])

# ---- Martin A. Armstrong barred, SEC News Digest 2009-179, published 2009-09-17 (a Thursday) ------------------------
A["us-sec-martin-armstrong-princeton-economics-international-investment-adviser-bar-2009"] = dict(
 # The SEC written only as 'The Commission' / 'the Commission' (thrice; the full name never in the text -> name
 # 'Commission', 48g's Gordon way; **doubtful** only as to the name: a reader may write 'Securities and Exchange
 # Commission'); Martin A. Armstrong ('Armstrong' thrice, "Armstrong's": alias 'Armstrong'); New Jersey (Location);
 # Princeton Economics International Ltd. ('a former unregistered investment adviser': Company, the name with its
 # 'Ltd.' as written; 'Princeton' no Location of its own -- near-miss); the United States District Court for the
 # Southern District of New York (a court: Organization). Not annotated: 'an investment adviser' (generic), 'the
 # public interest', 'sixty investors' (unnamed), 'promissory note investments' (no product named)
 entities=[E("Organization", "Commission"),
           E("Person", "Martin A. Armstrong", "Armstrong"),
           E("Location", "New Jersey"),
           E("Company", PEI),
           E("Organization", SDNY)],
 # 'a former associated person with Princeton Economics International Ltd.' -> other at Princeton Economics
 # International Ltd., current false ('former'; 50g's 'an associated person and former Goldman trader' -> other,
 # false -- **doubtful**: 'associated person' is a registration status, not a title; a reader may give no role).
 # Near-misses: 'of New Jersey' (a residence, no role); 'from association with an investment adviser' (the bar, no
 # post); the court's judgment and the conviction (no person at the court named); Armstrong's post inside the firm
 # never stated (no executive or founder role)
 roles=[R("Martin A. Armstrong", "other", PEI, False)],
 # No relation: Princeton Economics International Ltd. is named alone (no parent, no unit); the Commission and the
 # court (a bar order after a court's injunction: no partner). Near-miss: 'a former unregistered investment adviser'
 # (a status of the firm, no relation)
 relations=[],
 outages=[],
 # 'his 2006 conviction' -> '2006'; 'the 2008 entry of a permanent injunction' -> '2008'. Skipped: 'sixty months'',
 # 'over seven years' (spans with no bounds written); the date line 'September 17, 2009' (cut: `published`) and the
 # cut room-change item's 'Sept. 17, 2009' (not in the text)
 dates=[D("2006", "2006"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
