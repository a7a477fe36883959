#!/usr/bin/env python3
"""Gold annotations for batch 58q (session 55, gatherer 58q): the four SEC litigation releases batch58q.py writes -- the
fraud charges against Craig N. Cohen, former chief financial officer of TALX Corporation of St. Louis (Litigation
Release No. 19121, March 4, 2005); the settled insider-trading action against Jerry C. Moyes, chairman and chief
executive officer of Swift Transportation Co., Inc. (Litigation Release No. 19389, September 22, 2005, the UNT
CyberCemetery copy); the consent judgment against Robert J. Strauss, former vice president and portfolio manager of
State Mutual Insurance Company of Rome, Georgia (Litigation Release No. 16378, December 2, 1999); the summary judgment
against Sidney W. Sers, former President and Chief Executive Officer of Trinity Gas Corporation (Litigation Release No.
16386, December 10, 1999) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
State Mutual -> test, Swift -> train, TALX -> dev, Trinity Gas -> train (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its release line).
Conventions (the federal SEC lane's, batches 47y, 51d, 51i, 51zh, 54e, 57l, 57y, 58b and 58m; looked up in GATHERING.md,
GUIDELINES.md and the gather scripts): the SEC as 'Securities and Exchange Commission' with the alias 'Commission'
where the text writes it; where the text never names it in full, 'Commission' itself as the Organization's name
(58m's Teltran file); a federal court named in full -> Organization under the form written, a state inside its name
no Location of its own (57y, 58b, 58m); a judge ('the Honorable ...') -> Person with no role (54e, 52-rounds' CFTC
files); 'X of Town, State' and 'Town-based' -> each place a Location (51zh, 57l, 57y, 58m); a State named as 'State of
X' -> Location under that form with the bare name as alias (43l, 42w); 'U.S.' as an adjective -> no Location (47u);
a surname standing alone or a bracketed short form -> alias; 'chairman' -> chairman, 'chief executive officer' ->
ceo, 'chief financial officer' -> cfo, 'President' -> president, 'vice president' -> vice-president (GUIDELINES,
Roles); 'portfolio manager' -> no role (46g's, 46n's and 47's 'portfolio managers': a function, not a post);
'former' -> current false, a post with no 'former' in a release about its holder -> true; fiscal years -> no date
(57y, 58m); an elliptical day whose year the text gives beside it ('May 21' after 'May 20, 2004') -> that year (58m's
Teltran 'June 30'); amounts, percentages, release and docket numbers, laws and forms -> nothing.
usage: batch58q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather59q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
TALX = "TALX Corporation"
SWIFT = "Swift Transportation Co., Inc."
SMIC = "State Mutual Insurance Company"
TGC = "Trinity Gas Corporation"
A = {}

# ---- TALX Corporation / Craig N. Cohen, LR 19121, published 2005-03-04 (a Friday) ------------------------------------
A["us-sec-talx-former-cfo-cohen-fiscal-2001-accounting-fraud-secondary-offering-2005"] = dict(
 # The Securities and Exchange Commission ('the Commission alleges', 'The Commission further alleges': alias
 # 'Commission'); the U.S. District Court for the Eastern District of Missouri (a named court: Organization under the
 # form written; 'Missouri' inside its name, no Location of its own); Craig N. Cohen ('Cohen violated', 'Cohen caused',
 # 'Cohen sold': alias 'Cohen'); TALX Corporation ('TALX placed', "TALX's auditors" and more: alias 'TALX'); St. Louis
 # ('a St. Louis-based provider': Location, the 'Town-based' form as 58m's 'Portland, Oregon-based'). Not annotated:
 # 'employment and income verification and other human resources services' (kinds of service, none named: no
 # Service -- near-miss); 'a secondary offering of common stock' (unnamed underwriters); 'a license agreement' (its
 # other party unnamed); "TALX's auditors" (unnamed firm); 'the market' (generic); 'the complaint' (a paper); 'the
 # federal securities laws' (laws); '$2.1 million', '65%' (amounts)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "U.S. District Court for the Eastern District of Missouri"),
           E("Person", "Craig N. Cohen", "Cohen"),
           E("Company", TALX, "TALX"),
           E("Location", "St. Louis")],
 # 'Craig N. Cohen, the former chief financial officer of TALX Corporation' -> cfo at TALX Corporation, current false.
 # **Near-misses**: the title's 'Former TALX Corporation Executive' (the title only, and the same man: no second role
 # 'executive'); 'expensing executive bonuses' (unnamed executives); no one at the Commission or the court named
 roles=[R("Craig N. Cohen", "cfo", TALX, False)],
 # No relation. **Near-misses**: TALX 'a ... provider of employment and income verification and other human resources
 # services' (no Service named, so no provider); 'a license agreement' (the licensor unnamed: no partner); TALX and
 # its auditors (unnamed: no partner); TALX and the Commission or the court (a proceeding: no relation type)
 relations=[],
 outages=[],
 # 'Today' ('Today, the Securities and Exchange Commission filed') -> 2005-03-04 (`published`); 'completed on August 3,
 # 2001' and 'on August 3, 2001' (the same text and value: one item) -> 2001-08-03. Not dates: 'fiscal 2001' and
 # 'its false fiscal 2001 results' (a fiscal year, not a calendar year: 57y's and 58m's convention); 'its 2001
 # financial targets' and 'its 2001 pre-tax income' (the same fiscal year in other words); "TALX's 2001 stock price"
 # (a calendar year in all likelihood -- the price 'leading up to' the August 2001 offering -- but the same surface
 # '2001' names the fiscal year three times beside it: left out rather than give one surface two readings, 57y's
 # Motorcar way -- **doubtful**); 'the wrong period' (no value)
 dates=[D("Today", "2005-03-04"), D("August 3, 2001", "2001-08-03")])

# ---- Swift Transportation Co., Inc. / Jerry C. Moyes, LR 19389, published 2005-09-22 (a Thursday) --------------------
A["us-sec-swift-transportation-chairman-ceo-moyes-insider-trading-settlement-2005"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", "The Commission's action": alias
 # 'Commission'); Jerry C. Moyes ('Moyes agreed', "Moyes' unrealized profit" -- the possessive's bare apostrophe not
 # part of the alias: 'Moyes'); Swift Transportation Co., Inc. ('the stock of Swift', "Swift's board" and more: alias
 # 'Swift'); the United States District Court for the District of Arizona (a named court: Organization; 'Arizona'
 # inside its name, no Location). Not annotated: 'U.S.' in 'the largest U.S. trucking companies' (an adjective: no
 # Location, 47u's way -- near-miss; **doubtful**, some SEC files of the corpus give 'U.S.' a Location); "Swift's
 # board", 'the board' (the company's own body: no entity); 'the company' (generic); 'stock repurchase plan', 'stock
 # buyback plan' (programmes, unnamed); 'Form 4s' (in the cut paragraph only); amounts, share counts, '20%'
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Jerry C. Moyes", "Moyes"),
           E("Company", SWIFT, "Swift"),
           E("Organization", "United States District Court for the District of Arizona")],
 # 'Jerry C. Moyes, chairman and chief executive officer of Swift Transportation Co., Inc.' -> chairman and ceo at
 # Swift, both current true (no 'former', and the title's 'SWIFT TRANSPORTATION'S CHAIRMAN AND CEO' in the present;
 # what became of his posts later is not in the text). **Near-misses**: "Swift's CFO presented ... estimates" (the
 # post named, the person not: no role without a Person); 'Moyes attended a May 20, 2004 board meeting' (attending
 # a meeting as chairman, no separate director post named -- GUIDELINES: chairman only where only the chair is named)
 roles=[R("Jerry C. Moyes", "chairman", SWIFT, True),
        R("Jerry C. Moyes", "ceo", SWIFT, True)],
 # No relation. **Near-misses**: Moyes's purchases of Swift shares (a person buying stock, not an acquisition of a
 # company: no acquired); Swift and the Commission or the court (a proceeding: no relation type)
 relations=[],
 outages=[],
 # 'yesterday' ('yesterday filed') -> 2005-09-21 (the day before `published`); "Swift's May 24, 2004 public
 # announcement" -> 'May 24, 2004' 2004-05-24; 'a May 20, 2004 board meeting' -> 'May 20, 2004' 2004-05-20; 'second
 # quarter 2004 earnings estimates' -> 'second quarter 2004' 2004-Q2 (**doubtful**: the text does not say that
 # Swift's fiscal quarters are calendar quarters; a second quarter projected in late May and a board meeting of May 20
 # fit the calendar one); 'During the May 20 meeting' -> 'May 20' 2004-05-20, 'on May 21' -> 'May 21' 2004-05-21, 'on
 # May 24' -> 'May 24' 2004-05-24 (other surface texts with the same values as the dated ones: items of their own,
 # GUIDELINES; the year 2004 from the text's own 'May 20, 2004' and 'May 24, 2004', not from `published`, which would
 # give 2005 -- **doubtful**, 58m's Teltran 'June 30' way). Not dates: 'second quarter earnings' (paragraph two: the
 # same quarter, but the bare 'second quarter' would resolve against `published` to 2005-Q2, which is wrong -- left
 # out, **doubtful**); 'the two trading days before', 'the day after the announcement' (relative to an event, not to
 # `published`: no item)
 dates=[D("yesterday", "2005-09-21"), D("May 24, 2004", "2004-05-24"), D("May 20, 2004", "2004-05-20"),
        D("second quarter 2004", "2004-Q2"), D("May 20", "2004-05-20"), D("May 21", "2004-05-21"),
        D("May 24", "2004-05-24")])

# ---- State Mutual Insurance Company / Robert J. Strauss, LR 16378, published 1999-12-02 (a Thursday) ----------------
A["us-sec-state-mutual-insurance-former-vice-president-strauss-misappropriation-consent-judgment-1999"] = dict(
 # The Commission ('The Commission announced', "The Commission's complaint": the text never writes the full name --
 # the caption that does is left out, the title is not annotated apart from the text -- so 'Commission' is the
 # Organization's name, 58m's Teltran way; **doubtful**: a reader may leave a bare 'Commission' out as generic);
 # Richard W. Story ('the Honorable Richard W. Story': a judge -> Person, no role; his court is named only in the
 # left-out caption); Robert J. Strauss ('(Strauss)', "Strauss's scheme": alias 'Strauss'); State Mutual Insurance
 # Company ('(State Mutual)', "State Mutual's books": alias 'State Mutual'); Rome ('of Rome, Georgia': Location); the
 # State of Georgia ('reports to State of Georgia regulatory authorities': Location under the fuller form, with
 # 'Georgia' of 'Rome, Georgia' -- the same state -- as alias, 43l's and 42w's 'State of X' way). Not annotated: 'State
 # of Georgia regulatory authorities' as an Organization (unnamed authorities: near-miss -- the State is named, its
 # regulator is not); 'any publicly held company' (generic); "State Mutual's internal and independent auditors"
 # (unnamed); the Securities Act of 1933 and the Securities Exchange Act of 1934, 'Rule 10b-5' (laws); 'Litigation
 # Release No. 16360' (a paper)
 entities=[E("Organization", "Commission"),
           E("Person", "Richard W. Story"),
           E("Person", "Robert J. Strauss", "Strauss"),
           E("Company", SMIC, "State Mutual"),
           E("Location", "Rome"),
           E("Location", "State of Georgia", "Georgia")],
 # 'Robert J. Strauss (Strauss), a former vice president and portfolio manager of State Mutual Insurance Company' ->
 # vice-president at State Mutual Insurance Company, current false ('former'). **Near-misses**: 'portfolio manager'
 # (a function, not a post of the title vocabulary: no role, 46g's and 46n's way -- **doubtful**, GUIDELINES'
 # '"manager" -> executive' may be read to cover it); 'barred from serving as an officer or director of any publicly
 # held company' (a bar, not a post: no role); Richard W. Story (a judge: no role)
 roles=[R("Robert J. Strauss", "vice-president", SMIC, False)],
 # No relation. **Near-misses**: State Mutual and its auditors (unnamed: no partner); State Mutual and the Georgia
 # regulators it reports to (unnamed, and a supervisor is no partner); the kickbacks Strauss received 'for the
 # unauthorized securities transactions' (counterparties unnamed)
 relations=[],
 outages=[],
 # 'on November 24, 1999' -> 1999-11-24; 'from April 1995 through August 1997' -> 'April 1995' 1995-04 and 'August
 # 1997' 1997-08. Not dates: '1933' and '1934' inside the Acts' names (laws' names); the release line's and the
 # caption's 'December 2, 1999' and '99' (left out)
 dates=[D("November 24, 1999", "1999-11-24"), D("April 1995", "1995-04"), D("August 1997", "1997-08")])

# ---- Trinity Gas Corporation / Sidney W. Sers, LR 16386, published 1999-12-10 (a Friday) -----------------------------
A["us-sec-trinity-gas-former-president-ceo-sers-colombian-concession-summary-judgment-1999"] = dict(
 # The Securities and Exchange Commission (written once, in full; no 'Commission' alone in the kept text: no alias);
 # Terry Means ('the Honorable Terry Means, United States District Judge for the Northern District of Texas, Ft. Worth
 # Division': a judge -> Person, no role); Sidney W. Sers ('Sers was also ordered', "Sers' funds": alias 'Sers');
 # Trinity Gas Corporation ('the reorganized Trinity', 'Trinity stock', "Trinity's purported ownership": alias
 # 'Trinity'). Not annotated: 'the Northern District of Texas, Ft. Worth Division' inside the judge's title (a court
 # district and its division, not a place named as such: no Location for Texas or Fort Worth, as a state inside a
 # court's name gets none -- near-miss, **doubtful**: a reader may give 'Texas' and 'Ft. Worth' each a Location);
 # 'the Court', 'The Judgment' (generic: the court is never named in the kept text, so no Organization); 'Colombian'
 # in 'a Colombian oil and gas concession' (an adjective; Colombia is not named: no Location -- near-miss); 'the
 # over-the-counter market' (no named market); 'its shareholders', 'the public' (generic); the Securities Act of 1933,
 # the Securities Exchange Act of 1934, 'rule 10b-5' (laws); amounts and share counts
 entities=[E("Organization", SEC),
           E("Person", "Terry Means"),
           E("Person", "Sidney W. Sers", "Sers"),
           E("Company", TGC, "Trinity")],
 # 'Sidney W. Sers, the former President and Chief Executive Officer of Trinity Gas Corporation' -> president and ceo
 # at Trinity Gas Corporation, both current false ('former'). **Near-misses**: Terry Means's 'United States District
 # Judge' (a judge: no role, and his court is not an annotated entity); the title's party names (the title is not
 # annotated apart from the text)
 roles=[R("Sidney W. Sers", "president", TGC, False),
        R("Sidney W. Sers", "ceo", TGC, False)],
 # No relation. **Near-misses**: "Trinity's purported ownership ... of a Colombian oil and gas concession" (a
 # concession, not a company, and the ownership was false: nothing); 'the reorganized Trinity' (the same company after
 # its bankruptcy, not a new one: no acquired or parentOrganization); Sers's sales of Trinity shares (a person selling
 # stock: no relation)
 relations=[],
 outages=[],
 # 'on November 23, 1999' -> 1999-11-23; 'between May 1996 and November 1997' -> 'May 1996' 1996-05 and 'November
 # 1997' 1997-11. Not dates: '1933' and '1934' inside the Acts' names; 'the period that Sers was publicly
 # disseminating' (a back-reference); 'January 7,' (in the cut paragraph only, without its year)
 dates=[D("November 23, 1999", "1999-11-23"), D("May 1996", "1996-05"), D("November 1997", "1997-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
