#!/usr/bin/env python3
"""Gold annotations for batch 58m (session 55, gatherer 58m): the three sec.gov litigation releases batch58m.py writes
-- the suit against Sport-Haley, Inc., its chairman and former chief executive officer R.G. Tomlinson and its former
controller Steve S. Auger (Litigation Release No. 18371, September 29, 2003); the settled action against Byron Lerner,
Chairman and Chief Executive Officer of Teltran International Group, Ltd., over its acquisition of Channelnet Limited
(Litigation Release No. 17481, 2002, no date line stored); the settled FCPA charges against Si Chan Wooh, former
Executive Vice President of Schnitzer Steel Industries, Inc. (Litigation Release No. 20174, June 29, 2007) -- written
from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Schnitzer -> test, Sport-Haley -> train, Teltran -> dev (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its release line); with `published` null (Teltran),
absolute expressions only (GUIDELINES, Dates; 47y's Gerber and 51d's Peregrine files).
Conventions (the federal SEC lane's, batches 47y, 51d, 51zh, 57l, 57y and 58b; looked up in GATHERING.md, GUIDELINES.md
and the gather scripts): the SEC as 'Securities and Exchange Commission' with the alias 'Commission'; where the text
never names it in full, 'Commission' itself as the Organization's name (the corpus's FCC files with 'the Commission's
rules' alone); a federal court named in full -> Organization under the form written, a state inside its name no
Location of its own (57y, 58b); 'X of Town, State', 'Town, State-based' -> the town and the state each a Location
(51zh, 57l, 57y); a surname standing alone -> alias; 'chairman' -> chairman, 'chief executive officer' -> ceo,
'controller' -> executive (57y's 'Corporate Controller'), 'Executive Vice President' -> vice-president (GUIDELINES,
Roles); 'former' -> current false, 'the current chairman' and a post with no 'former' -> true; a stock exchange that
is a business -> Company (GUIDELINES; the corpus's one 'American Stock Exchange'); a completed acquisition ('entered
into a contract to acquire ... the transaction closed') -> acquired AND parentOrganization(target, buyer) (GUIDELINES,
Relations); fiscal years -> no date, a calendar day ending a fiscal period -> the day (45zi, 45zm, 57y, 58b); amounts,
release and docket numbers, laws, accounting standards and forms -> nothing.
usage: batch58m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather59m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SH = "Sport-Haley, Inc."
TEL = "Teltran International Group, Ltd."
CNET = "Channelnet Limited"
SSI = "Schnitzer Steel Industries, Inc."
A = {}

# ---- Sport-Haley, Inc. / R.G. Tomlinson, Steve S. Auger, LR 18371, published 2003-09-29 (a Monday) -----------------
A["us-sec-sport-haley-chairman-former-ceo-tomlinson-former-controller-auger-inventory-fraud-2003"] = dict(
 # The Securities and Exchange Commission ('("Commission")', 'The Commission asserts': alias 'Commission'); the United
 # States District Court for the District of Colorado (a named court: Organization under the form written; its
 # 'Colorado' no Location of its own); Sport-Haley, Inc. ('("Sport-Haley")' and five more: alias 'Sport-Haley');
 # Denver and Colorado ('located in Denver, Colorado'; 'Morrison, Colorado' the same state: one item); R.G. Tomlinson
 # ('Tomlinson and Auger': alias 'Tomlinson' -- the title's 'Robert G. Tomlinson' is not in the text, so the text's
 # fullest form 'R.G. Tomlinson' is the name: **doubtful**, a reader using the title may give the longer name);
 # Scottsdale and Arizona ('of Scottsdale, Arizona'); Steve S. Auger (alias 'Auger'); Morrison ('of Morrison,
 # Colorado'). Not annotated: 'the Haley-Registered Trademark label' (the page's rendering of the Haley® label: a brand
 # of clothing, not a service users use, and no clean surface -- near-miss); 'golf apparel and outerwear', 'headwear
 # equipment' (goods); 'the Complaint' (a paper); 'the company' (generic); 'federal securities laws' (laws)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Colorado"),
           E("Company", SH, "Sport-Haley"),
           E("Location", "Denver"),
           E("Location", "Colorado"),
           E("Person", "R.G. Tomlinson", "Tomlinson"),
           E("Location", "Scottsdale"),
           E("Location", "Arizona"),
           E("Person", "Steve S. Auger", "Auger"),
           E("Location", "Morrison")],
 # 'R.G. Tomlinson ..., the current chairman and former chief executive officer' (of Sport-Haley: 'its chairman of the
 # board' in the first paragraph) -> chairman at Sport-Haley, Inc., current true ('current'), and ceo, current false
 # ('former'); 'Steve S. Auger ..., the former controller of Sport-Haley' ('former controller' in the first paragraph)
 # -> executive, current false (57y's 'Corporate Controller' -> executive). **Near-misses**: no director beside
 # chairman ('chairman of the board' names only the chair: GUIDELINES); no one at the Commission or the court named
 roles=[R("R.G. Tomlinson", "chairman", SH, True),
        R("R.G. Tomlinson", "ceo", SH, False),
        R("Steve S. Auger", "executive", SH, False)],
 # No relation. **Near-misses**: Sport-Haley 'contracts for the manufacture of golf apparel' (its makers unnamed: no
 # partner); Sport-Haley and the Commission or the court (a proceeding: no relation type)
 relations=[],
 outages=[],
 # 'On Friday, September 26, 2003' -> 'Friday, September 26, 2003' 2003-09-26 (the filing day, three days before
 # `published`; the corpus's 'Thursday, May 26, 2005' form, weekday and day one item); 'at June 30, 1999' -> 1999-06-30
 # (a calendar day, the end of Sport-Haley's fiscal year 1999). Not dates: 'its quarterly and annual 1998, 1999, and 2000
 # financial statements', 'its 1998 and 1999 fiscal years', 'its 2000 fiscal year' (fiscal years, not calendar years:
 # 57y's convention -- **doubtful**, a reader may give the years); 'per month' (a rate); the release line's and the
 # caption's dates (left out)
 dates=[D("Friday, September 26, 2003", "2003-09-26"), D("June 30, 1999", "1999-06-30")])

# ---- Teltran International Group, Ltd. / Byron Lerner, LR 17481, published null (2002 by its number) ---------------
A["us-sec-teltran-international-chairman-ceo-lerner-channelnet-acquisition-revenue-overstatement-2002"] = dict(
 # The Commission ('The Commission announced', "The Commission's complaint" three times: the text never writes the
 # full name, so 'Commission' is the Organization's name -- the corpus's FCC files' 'the Commission's rules' way;
 # **doubtful**: a reader may take it for a generic noun and leave it out); Byron Lerner ('Lerner caused', 'Lerner
 # obtained': alias 'Lerner'); Teltran International Group, Ltd. ('("Teltran")' and ten more: alias 'Teltran');
 # Channelnet Limited ('effective control of Channelnet': alias 'Channelnet'); the United Kingdom ('a company located
 # in the United Kingdom': Location); the American Stock Exchange (a listing venue run as a business: Company, the
 # corpus's one earlier item). Not annotated: 'analyst reports' (their firms unnamed); 'its Internet website' (no
 # name: no Service); 'generally accepted accounting principles' (a standard); 'Forms 10-Q', 'Form 10-K' (papers)
 entities=[E("Organization", "Commission"),
           E("Person", "Byron Lerner", "Lerner"),
           E("Company", TEL, "Teltran"),
           E("Company", CNET, "Channelnet"),
           E("Location", "United Kingdom"),
           E("Company", "American Stock Exchange")],
 # 'Byron Lerner, Chairman and Chief Executive Officer of Teltran International Group, Ltd.' -> chairman and ceo at
 # Teltran, both current (no 'former' in the text). **Near-misses**: no role at Channelnet (none named there); the
 # analysts (unnamed)
 roles=[R("Byron Lerner", "chairman", TEL, True),
        R("Byron Lerner", "ceo", TEL, True)],
 # 'Teltran entered into a contract to acquire Channelnet Limited ... the transaction closed on August 16, 1999' -> a
 # completed acquisition: acquired(Teltran, Channelnet) and parentOrganization(Channelnet, Teltran) (GUIDELINES,
 # Relations: both for a completed deal; the text says nothing of Channelnet being merged away). **Near-misses**:
 # Teltran 'obtaining a listing on the American Stock Exchange' (a hoped-for listing, not a partnership: nothing);
 # Teltran and the analysts whose reports it republished (unnamed: no partner)
 relations=[L(TEL, "acquired", CNET),
            L(CNET, "parentOrganization", TEL)],
 outages=[],
 # `published` null -> absolute expressions only. 'December 31, 1999' (the fiscal year's end and the 10-K's date: one
 # item) -> 1999-12-31; 'during 1999', 'for 1999', 'During 1999' -> '1999' 1999 (calendar 1999: Teltran's fiscal year
 # is the calendar year, 'fiscal year ended December 31, 1999'); 'July 15, 1999' -> 1999-07-15; 'August 16, 1999' ->
 # 1999-08-16; 'June 1, 1999' -> 1999-06-01; 'September 30, 1999' -> 1999-09-30; 'June 30' ('its June 30 and September
 # 30, 1999 Forms 10-Q': the year given once for both days) -> 1999-06-30 (**doubtful**: an elliptical date, resolved
 # from the text itself, not from `published`; 57y left out an elliptical '1998' only because the same surface also
 # named a fiscal year). Not dates: 'today' (relative, `published` null); 'for the year' (the same 1999, a relative
 # phrase); 'the relevant time period' (no value); '2002' (only in the id, from the release number)
 dates=[D("December 31, 1999", "1999-12-31"), D("1999", "1999"), D("July 15, 1999", "1999-07-15"),
        D("August 16, 1999", "1999-08-16"), D("June 1, 1999", "1999-06-01"), D("June 30", "1999-06-30"),
        D("September 30, 1999", "1999-09-30")])

# ---- Schnitzer Steel Industries, Inc. / Si Chan Wooh, LR 20174, published 2007-06-29 (a Friday) -------------------
A["us-sec-schnitzer-steel-former-executive-vice-president-wooh-china-steel-mill-bribes-fcpa-2007"] = dict(
 # The Securities and Exchange Commission ('According to the Commission': alias 'Commission'); Portland and Oregon
 # ('Portland, Oregon-based', 'in Portland, Oregon': each a Location); Schnitzer Steel Industries, Inc. ('from
 # Schnitzer', "Schnitzer's violations": alias 'Schnitzer'); Si Chan Wooh ('Wooh paid': alias 'Wooh'); Tacoma and
 # Washington ('of Tacoma, Washington': the state); China and South Korea (Locations). Not annotated: 'federal
 # district court in Portland, Oregon' (an unnamed court: no Organization); 'a Schnitzer subsidiary' (unnamed: no
 # entity -- near-miss); 'government-owned steel mills' and 'privately owned steel mills' (unnamed); the Foreign
 # Corrupt Practices Act ('("FCPA")') and the Securities Exchange Act of 1934 (laws); the title's 'Portland' (the title
 # is not annotated apart from the text)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Portland"),
           E("Location", "Oregon"),
           E("Company", SSI, "Schnitzer"),
           E("Person", "Si Chan Wooh", "Wooh"),
           E("Location", "Tacoma"),
           E("Location", "Washington"),
           E("Location", "China"),
           E("Location", "South Korea")],
 # 'a former executive of Portland, Oregon-based Schnitzer Steel Industries, Inc. ... Si Chan Wooh ..., the former
 # Executive Vice President and head of a Schnitzer subsidiary' -> vice-president at Schnitzer Steel Industries, Inc.,
 # current false (GUIDELINES: executive vice president -> vice-president; 'former'). **Doubtful**: the sentence could
 # be read as Executive Vice President of the subsidiary; the release's 'a former executive of ... Schnitzer Steel
 # Industries, Inc.' puts him at the parent, and the subsidiary has no name to carry a role. **Near-misses**: 'head of
 # a Schnitzer subsidiary' (an unnamed org: no head role); no second role 'executive' beside vice-president (one post)
 roles=[R("Si Chan Wooh", "vice-president", SSI, False)],
 # No relation. **Near-misses**: 'a Schnitzer subsidiary' (unnamed: no parentOrganization); the steel mills' managers
 # induced 'to purchase scrap metal from Schnitzer' and 'sales to customers' (buyers unnamed: no partner)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2007-06-29 (`published`); 'from at least 1999 through 2004' -> '1999' 1999 and '2004'
 # 2004. Not dates: 'the same period' (a back-reference); 'of 1934' inside the Act's name (a law's name); the caption's
 # 'June 29, 2007' (left out with the caption); 'In October 2006' (in the cut paragraph only)
 dates=[D("today", "2007-06-29"), D("1999", "1999"), D("2004", "2004")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
