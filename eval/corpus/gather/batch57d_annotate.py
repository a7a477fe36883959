#!/usr/bin/env python3
"""Gold annotations for batch 57d (session 55, gatherer 57d): the two federal enforcement releases batch57d.py writes
(the CFTC's complaint against 'Deutsche Bank AG (Deutsche Bank), a global banking and financial services company and
provisionally registered Swap Dealer', whose 'swap data reporting system experienced a Systems Outage' on April 16,
2016 (7430-16, 18 August 2016); the SEC's settled charges against 'Parallax Health Sciences Inc.' and its 'Chief
Executive Officer Paul Arena' and 'Chief Technology Officer Nathaniel Bradley' (press release 2021-120, 7 July 2021)),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Deutsche Bank AG -> test, Parallax Health Sciences -> train (as write_parts dealt them).
Dates resolve against `published` (each release's date: 'August 18, 2016' on the CFTC page's date line, 'July 7, 2021'
in the SEC page's dateline line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h, 55r, 55w, 55z, 56e, 56k; for the SEC 54z, 55zb, 56c and 56l): the regulator -> Organization under the
name the text writes ('U.S. Commodity Futures Trading Commission', 'Securities and Exchange Commission'), its short form
('CFTC', 'SEC') an alias; a court -> Organization under the form written ('the U.S. District Court for the Southern
District of New York', 56l's way); a federal agency named only in a noun phrase ('the Food and Drug Administration
registrations') -> Organization (the agency is named, the registrations are not an entity); bracketed and later short
forms -> aliases ('Deutsche Bank', 'Parallax', 'Arena'); "X's Chief Executive Officer Y" -> ceo at X, "its Chief
Technology Officer Z" -> cto at X, current (no 'former' written; 56l's and 55zb's way with the posts the text gives);
a firm's own IT system that the text says 'experienced a Systems Outage that prevented [it] from reporting any swap data
... for approximately five days' -> an outage of that firm (provider the firm, the start day as written, 'approximately
five days' -> 120 hours, no affected party named, no cause in the kept text) -- **doubtful**: 56e's CX and 56k's BGCD
texts gave no outage for reporting or safeguard failures because no system was said to have gone down; here the text
says one did, in those words; laws ('the Commodity Exchange Act'), rules ('CFTC Regulations'), papers ('a civil
Complaint', 'a prior CFTC Order', 'CFTC Press Release and Order 7255-15', 'press releases'), plans ('Business Continuity
and Disaster Recovery Plan'), registration categories ('provisionally registered Swap Dealer'), data fields ('legal
entity identifiers (LEIs)'), unnamed products ('its purported COVID-19 screening test', 'medical and personal protective
equipment (PPE)'), a disease ('COVID-19') and amounts -> nothing.
usage: batch57d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
SEC = "Securities and Exchange Commission"
SDNY = "U.S. District Court for the Southern District of New York"
DB = "Deutsche Bank AG"
PHS = "Parallax Health Sciences Inc."
A = {}

# ---- Deutsche Bank AG, CFTC 7430-16, published 2016-08-18 (a Thursday) ---------------------------------------------
A["us-cftc-deutsche-bank-ag-swap-data-reporting-system-outage-complaint-2016"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', "the CFTC's Complaint", 'a prior CFTC Order': alias
 # 'CFTC'; the deck's 'CFTC Regulations' is not in the kept text); the U.S. District Court
 # for the Southern District of New York (where the Complaint was filed: Organization, the form written); Deutsche Bank
 # AG ('(Deutsche Bank)', 'Deutsche Bank' throughout, "Deutsche Bank's swap data reporting system": alias 'Deutsche
 # Bank'; Company, 'a global banking and financial services company'). Not annotated: 'provisionally registered Swap
 # Dealer' (a registration category); 'its swap data reporting system' (the bank's own, unnamed system: no Service --
 # the outage's provider is the bank, below); 'Business Continuity and Disaster Recovery Plan' (a plan, capitalised but
 # no entity); 'a civil Complaint', 'a prior CFTC Order', 'a CFTC Order entered in September 2015', 'CFTC Press Release
 # and Order 7255-15' (papers and a release number); 'legal entity identifiers (LEIs)' (data fields; 'LEIs' no alias);
 # 'its employees responsible for swap data reporting' (unnamed); the heading's words (title only); amounts (none)
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Organization", SDNY),
           E("Company", DB, "Deutsche Bank")],
 # No role: no person is named in the kept text (the release quotes no Director before the excerpt breaks off).
 # **Near-misses**: 'its employees responsible for swap data reporting' (unnamed staff: no Person, no role); the
 # Monitor of the dropped deck line (unnamed, and not in the text)
 roles=[],
 # No relation. **Near-misses**: the CFTC and Deutsche Bank 'file joint motion' (the dropped deck line, not in the
 # text; and a joint court filing by a regulator and the firm it sues is no partnership); Deutsche Bank and the court
 # (a complaint filed: no relation); Deutsche Bank's group or any subsidiary (none written; the release speaks of
 # 'Deutsche Bank AG' alone); Deutsche Bank reporting swap data (to an unnamed repository: no partner or provider)
 relations=[],
 # 'on April 16, 2016, Deutsche Bank's swap data reporting system experienced a Systems Outage that prevented Deutsche
 # Bank from reporting any swap data for multiple asset classes for approximately five days' -> one outage: provider
 # Deutsche Bank AG (whose system failed), date 2016-04-16 (the day written), start/end null (no times; the end day is
 # not written -- five days on is a reckoning, not a statement), duration_hours 120 ('approximately five days', stated;
 # 'for five days' in the first paragraph is the same span), affected [] (the text names no service or organisation
 # that lost the data in its outage sentence -- **near-miss**: the CFTC as affected, because the data 'is used by the
 # CFTC', a clause that is in the cut sentence, not in the kept text), location null (none written), cause null (the
 # kept text gives none: 'transpired at least in part because' of the inadequate plan is in the cut part; corrupted
 # backup files only in law-firm and news copies). **Doubtful**: whether a firm's internal regulatory-reporting system
 # going down is an outage in GUIDELINES part 2's sense (an IT/system failure that stopped a service) -- taken, because
 # the text itself calls it a 'Systems Outage' that stopped all reporting for days, unlike 56k's BGCD 'reporting systems
 # issues' and 56e's CX safeguard failures, where nothing was said to have gone down. **Near-misses**: 'the System
 # Outage' and 'Systems Outage' (one event, written twice more, not two outages); the 'subsequent efforts to end the
 # System Outage' that 'exacerbated existing reporting problems' (reporting errors, no second stoppage told apart); the
 # 'persistent problems with the integrity of certain data fields' (data quality, no service down)
 outages=[O(DB, "2016-04-16", [], dur=120)],
 # 'today' ('filed a civil Complaint ... today') -> 2016-08-18 (`published`); 'April 16, 2016' -> 2016-04-16;
 # 'September 2015' ('a CFTC Order entered in September 2015') -> 2015-09; 'September 30, 2015' (the prior release and
 # order's date in brackets) -> 2015-09-30. Skipped: 'for five days', 'for approximately five days' (spans, no calendar
 # value); the date line (cut); '7255-15' (a release number)
 dates=[D("today", "2016-08-18"), D("April 16, 2016", "2016-04-16"), D("September 2015", "2015-09"),
        D("September 30, 2015", "2015-09-30")])

# ---- Parallax Health Sciences Inc. / Paul Arena / Nathaniel Bradley, SEC 2021-120, published 2021-07-07 (a Wednesday) --
A["us-sec-parallax-health-sciences-ceo-paul-arena-cto-nathaniel-bradley-covid-19-disclosures-2021"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', "the SEC's complaint": alias 'SEC'); Parallax Health
 # Sciences Inc. ('Parallax' throughout, "Parallax's common stock": alias 'Parallax'; Company); Paul Arena ('Arena
 # drafted the misleading press releases': alias 'Arena'); Nathaniel Bradley (Person, his full name only); the U.S.
 # District Court for the Southern District of New York (Organization, the form written, 56l's way); the Food and Drug
 # Administration ('the Food and Drug Administration registrations required to import and sell the equipment': the
 # agency is named -> Organization; the registrations are not an entity). Not annotated: 'its purported COVID-19
 # screening test' (unnamed product: no Service -- **near-miss**); 'medical and personal protective equipment (PPE)'
 # (generic goods; 'PPE' no alias); 'COVID-19' (a disease); 'a series of press releases', 'The complaint', 'the
 # company's projections' (papers); 'common stock' (a security); the heading's 'Company and Two Executives' (title
 # only; it names no party); amounts (none)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", PHS, "Parallax"),
           E("Person", "Paul Arena", "Arena"),
           E("Person", "Nathaniel Bradley"),
           E("Organization", SDNY),
           E("Organization", "Food and Drug Administration")],
 # "Parallax's Chief Executive Officer Paul Arena" -> ceo at Parallax Health Sciences Inc., current (no 'former'
 # written); 'its Chief Technology Officer Nathaniel Bradley' ('its' = Parallax's, in the same sentence) -> cto at
 # Parallax Health Sciences Inc., current. **Near-misses**: a director role at the SEC for the speaker of the cut
 # quotation (the excerpt breaks off before his name: Paul G. Levenson, Boston Regional Office, is only in news copies);
 # 'Each party has offered to settle' (no post); the heading's 'Two Executives' (the same two, title only)
 roles=[R("Paul Arena", "ceo", PHS, True),
        R("Nathaniel Bradley", "cto", PHS, True)],
 # No relation. **Near-misses**: Parallax and the Food and Drug Administration (registrations it 'lacked': no partner,
 # supplier or provider tie); Parallax and the court or the SEC (charges and a complaint: no relation); Parallax's
 # 'purported COVID-19 screening test' (unnamed: no Service, so no provider relation); the unnamed sellers of the
 # 'medical equipment or PPE' (no supplier named)
 relations=[],
 # No outage. **Near-miss**: 'The SEC temporarily suspended trading in Parallax's common stock on April 10, 2020' -- a
 # regulator's trading suspension of one stock, an order, not a service that failed (GUIDELINES part 2, Outages:
 # 'government orders closing ... a market' are no outage)
 outages=[],
 # 'today' ('today announced charges') -> 2021-07-07 (`published`); 'April 10, 2020' -> 2020-04-10; 'in March and
 # April 2020' -> 'March' 2020-03 and 'April 2020' 2020-04 (the year closes the pair: 56l's 'between January and April
 # 2018' and 55zb's month lists; 54z gave such a pair one item, its first month -- the template's way is followed).
 # Skipped: 'more than a year' (a span, no calendar value); the dateline line (cut)
 dates=[D("today", "2021-07-07"), D("April 10, 2020", "2020-04-10"), D("March", "2020-03"),
        D("April 2020", "2020-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
