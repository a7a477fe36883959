#!/usr/bin/env python3
"""Batch 48j gold annotations (the texts of batch48j.py: three SEC News Digest items of 2008 -- the SEC's announcement
that 'Chief Information Officer R. Corey Booth completed his SEC service on June 30 and will join the Boston
Consulting Group in New York as a leader of its financial services practice', Booth having 'also served as Director of
the SEC's Office of Information Technology' and come from McKinsey and Company (Issue 2008-127, 1 July 2008); the
launch of three task forces by the 'International Organization of Securities Commissions (IOSCO) Technical Committee'
to support G-20 aims, at a meeting convened by 'SEC Chairman Christopher Cox', 'who is Chairman of IOSCO's Technical
Committee' (Issue 2008-228, 25 November 2008); the schedule announced by the chairmen of four Canadian securities
regulators and of the 'U.S. Securities and Exchange Commission (SEC)' for a process agreement on U.S.-Canada mutual
recognition, on which 'the SEC and the Canadian Securities Administrators (CSA) are working' (Issue 2008-104, 29 May
2008)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each digest's own date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i; looked up in 48i's IFRS-protocols and
Citi files, 48g's Mayhew file, the corpus's Library of Congress and FCC chief information officers (GATHERING.md: 'a
chief information officer -> executive'), Wikipedia's Careem file ('management consultants at McKinsey & Company': no
role) and GATHERING.md's 'consultant' -> no role, the corpus's two G-20 files ('G-20' -> Organization), its six files
naming the 'U.S. Securities and Exchange Commission', by their gold only where other matters): the SEC -> Organization,
its fullest name in the text with the aliases the text uses ('SEC'; the IOSCO text writes only 'SEC' -> name 'SEC', as
five corpus files); SEC offices and a body's committee named on their own ("the SEC's Office of Information
Technology", "IOSCO's Technical Committee") -> Organizations with parentOrganization to the body; an office's
'Director' -> director; 'Chief Information Officer' / 'CIO' -> executive; 'SEC Chairman' and 'Chairman of IOSCO's
Technical Committee' -> chairman; 'completed his SEC service' -> the SEC posts current false; a post the person 'will
join' -> current true (GUIDELINES: a role announced to be taken); 'a consultant with' a firm -> no role; 'Canadian',
'global' -> no Location; 'U.S.' beside 'the United States' -> one Location 'United States' with alias 'U.S.';
regulators jointly 'working on an agreement' -> partner, the SEC first as written (48i's model protocol 'developed
between the Commission and CESR'); 'mid-June 2008' -> 2008-06 (48i's 'mid-February 2008').
usage: batch48j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
USSEC = "U.S. Securities and Exchange Commission"
OIT = "Office of Information Technology"
BCG = "Boston Consulting Group"
MCK = "McKinsey and Company"
IOSCO = "International Organization of Securities Commissions"
TC = "Technical Committee"
CSA = "Canadian Securities Administrators"
A = {}

# ---- R. Corey Booth, SEC News Digest 2008-127, published 2008-07-01 (a Tuesday) ----------------------------------------
A["us-sec-chief-information-officer-corey-booth-completes-service-boston-consulting-group-2008"] = dict(
 # The Securities and Exchange Commission ('his SEC service', "the SEC's", 'the SEC' thrice: alias 'SEC'; 'the
 # agency' twice generic, no alias); R. Corey Booth ('Mr. Booth' twice: alias 'Booth'; the title's 'Corey Booth' not
 # in the text); the Boston Consulting Group (Company; 'its financial services practice' an unnamed unit); New York
 # (Location: 'the Boston Consulting Group in New York', the office's city); the Office of Information Technology;
 # McKinsey and Company ('global consulting firm McKinsey and Company': Company, the name as the text spells it).
 # Not annotated: 'CIO' (a title, not an entity), 'information technology-related functions' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "R. Corey Booth", "Booth"),
           E("Company", BCG),
           E("Location", "New York"),
           E("Organization", OIT),
           E("Company", MCK)],
 # 'Chief Information Officer R. Corey Booth completed his SEC service on June 30' and 'As CIO at the SEC' ->
 # executive at the SEC (GATHERING.md: a chief information officer -> executive), current false (he has left the
 # post: 'completed his SEC service'); 'who also served as Director of the SEC's Office of Information Technology' ->
 # director at the Office of Information Technology, current false ('served', and he has left the SEC); 'will join
 # the Boston Consulting Group in New York as a leader of its financial services practice' -> executive at the Boston
 # Consulting Group, current true (GUIDELINES: 'a role they are announced to take is current=true'; 'a leader of'
 # a practice -> the generic senior title -- **doubtful**: 'a leader' is one of several and names no post, and a
 # reader may give no role, or head). Near-miss: 'several years as a consultant with global consulting firm McKinsey
 # and Company' (a consultant -> no role, GATHERING.md's and the Careem file's way; a reader may give other, false)
 roles=[R("R. Corey Booth", "executive", SEC, False),
        R("R. Corey Booth", "director", OIT, False),
        R("R. Corey Booth", "executive", BCG, True)],
 # "the SEC's Office of Information Technology" -> parentOrganization(Office of Information Technology, SEC).
 # Near-misses: Booth's moves from McKinsey to the SEC and from the SEC to the Boston Consulting Group (a person's
 # career: no relation between the organisations); 'its financial services practice' (an unnamed unit of the Boston
 # Consulting Group: no entity, no parentOrganization); 'the Boston Consulting Group in New York' (a place, no
 # relation predicate)
 relations=[L(OIT, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'today announced') -> 2008-07-01 (the digest's date line, cut: `published`); 'June 30' -> 2008-06-30
 # (the day before publication, no year written: the last June 30 before 1 July 2008); 'January 2004' -> 2004-01.
 # Skipped: 'several years' (a span, unresolvable), 'July 1, 2008' (the date line, cut)
 dates=[D("today", "2008-07-01"), D("June 30", "2008-06-30"), D("January 2004", "2004-01")])

# ---- IOSCO Technical Committee task forces, SEC News Digest 2008-228, published 2008-11-25 (a Tuesday) ---------------
A["us-sec-iosco-technical-committee-task-forces-short-selling-cox-statement-2008"] = dict(
 # The International Organization of Securities Commissions ('(IOSCO)', 'IOSCO' thrice, "IOSCO's" twice: alias
 # 'IOSCO'); its Technical Committee ('the International Organization of Securities Commissions (IOSCO) Technical
 # Committee', "IOSCO's Technical Committee" twice, 'the Technical Committee' twice, 'The Technical Committee Task
 # Forces': Organization 'Technical Committee', the committee's own name with its parent as a relation, as "the SEC's
 # Division of Enforcement" -> 'Division of Enforcement' -- **doubtful**: a reader may name it 'IOSCO Technical
 # Committee' or fold it into IOSCO); the G-20 ('G-20 aims': Organization 'G-20', the corpus's G-20 file); the SEC
 # ('SEC Chairman Christopher Cox': the text writes only 'SEC' -> name 'SEC', the five corpus files' way); Christopher
 # Cox ('Chairman Cox': alias 'Cox'). Not annotated: 'three task forces', 'The three task forces', 'Technical
 # Committee Task Forces', 'the Task Force' (unnamed groups; the list entry's 'Short Selling' is its topic, not a
 # name -- near-miss), 'over one hundred securities regulators worldwide' (unnamed), 'hedge funds' (generic)
 entities=[E("Organization", IOSCO, "IOSCO"),
           E("Organization", TC),
           E("Organization", "G-20"),
           E("Organization", "SEC"),
           E("Person", "Christopher Cox", "Cox")],
 # 'SEC Chairman Christopher Cox' -> chairman at the SEC, current; 'Chairman Cox, who is Chairman of IOSCO's Technical
 # Committee' -> chairman at the Technical Committee, current (the same person chairing two bodies, both named).
 # Near-miss: the chairs of the three task forces (not named in the text as cut)
 roles=[R("Christopher Cox", "chairman", "SEC", True),
        R("Christopher Cox", "chairman", TC, True)],
 # 'the International Organization of Securities Commissions (IOSCO) Technical Committee', "IOSCO's Technical
 # Committee" -> parentOrganization(Technical Committee, IOSCO) (a committee of the body, as an SEC division of the
 # SEC). Near-misses: the SEC's membership of IOSCO (not stated: IOSCO is 'representative of over one hundred
 # securities regulators worldwide', none named -- no parentOrganization, no partner); the task forces launched 'to
 # support G-20 aims' (support of another body's aims: no partner); the meeting 'convened by SEC Chairman Christopher
 # Cox' (his act as the committee's chairman: no SEC-IOSCO relation)
 relations=[L(TC, "parentOrganization", IOSCO)],
 outages=[],
 # 'November 24' (in 'On November 24') -> 2008-11-24 (the day before the digest's date, no year written). Skipped:
 # 'the current financial crisis', 'the continuing market turmoil', 'the current turmoil' (unresolvable periods),
 # 'November 25, 2008' (the date line, cut)
 dates=[D("November 24", "2008-11-24")])

# ---- U.S.-Canada mutual recognition schedule, SEC News Digest 2008-104, published 2008-05-29 (a Thursday) -------------
A["us-sec-us-canada-mutual-recognition-process-agreement-schedule-csa-2008"] = dict(
 # The U.S. Securities and Exchange Commission ('the Chairman of the U.S. Securities and Exchange Commission (SEC)':
 # the fullest name in the text, as six corpus files name it; 'SEC' four times: alias; 'under SEC oversight'); the
 # International Organization of Securities Commissions ('(IOSCO)': alias); Canada (Location, four times); the
 # United States ('the United States' twice; 'U.S.' in 'U.S.-Canada', 'U.S. securities markets', 'U.S. financial
 # service firms' and inside the SEC's name: alias 'U.S.' -- the corpus's habit for adjectival 'U.S.', one Location
 # with 'the United States'); the Canadian Securities Administrators ('(CSA)', 'the CSA': alias). Not annotated:
 # 'four Canadian securities regulators' and '13 separate provincial and territorial securities regulators'
 # (unnamed), 'Canadian securities exchanges', 'Canadian financial service providers', 'U.S. securities markets',
 # 'U.S. financial service firms' (generic), 'Canadian' (an adjective: Canada is annotated from its own mentions),
 # 'the annual conference' of IOSCO (an event, unnamed)
 entities=[E("Organization", USSEC, "SEC"),
           E("Organization", IOSCO, "IOSCO"),
           E("Location", "Canada"),
           E("Location", "United States", "U.S."),
           E("Organization", CSA, "CSA")],
 # None: 'The Chairmen of four Canadian securities regulators' and 'the Chairman of the U.S. Securities and Exchange
 # Commission (SEC)' are not named (near-miss: a reader who knows the SEC's chairman in May 2008 may add him; the
 # text does not name him, and the quotation that follows is cut before its speaker)
 roles=[],
 # 'the SEC and the Canadian Securities Administrators (CSA) are working on an agreement setting forth the process to
 # be followed in discussing mutual recognition arrangements' -> partner(U.S. Securities and Exchange Commission,
 # Canadian Securities Administrators), the SEC first as written (two named regulators working together on a joint
 # agreement: GOLD_FORMAT's 's and o work together', 48i's partner(SEC, CESR) from a model protocol developed between
 # them -- **doubtful**: the agreement is not yet concluded ('would be concluded in mid-June 2008') and GUIDELINES
 # give nothing for talks; a reader may give no relation). Near-misses: 'substantive discussions between the CSA and
 # the SEC' and 'a potential U.S.-Canada mutual recognition arrangement' (future and potential: nothing); the
 # meetings 'coinciding with the annual conference of' IOSCO (no SEC-IOSCO or CSA-IOSCO relation stated); the CSA
 # and the '13 separate provincial and territorial securities regulators' (the text does not say the CSA is made of
 # them, and they are unnamed: no parentOrganization)
 relations=[L(USSEC, "partner", CSA)],
 outages=[],
 # 'today' ('announced today', 'the schedule announced today': the same text and value, one item) -> 2008-05-29 (the
 # digest's date line, cut: `published`); 'mid-June 2008' -> 2008-06 (a part of a month -> the month, 48i's
 # 'mid-February 2008'). Skipped: 'over many months' (cut), 'May 29, 2008' (the date line, cut)
 dates=[D("today", "2008-05-29"), D("mid-June 2008", "2008-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
