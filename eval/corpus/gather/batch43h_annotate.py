#!/usr/bin/env python3
"""Batch 43h gold annotations (the texts of batch43h.py: the Department's release on the indictment of Hector Absi,
former head of sales and former Chief Operating Officer of Marrone Bio Innovations Inc., 17 February 2016; the
Antitrust Division's Federal Register notice on the proposed merger of Deutsche Boerse AG and NYSE Euronext and the
sale of the Deutsche Boerse subsidiary's interest in Direct Edge Holdings LLC, 29 December 2011; the Division's
notice on AT&T's proposed acquisition of Centennial Communications Corp.'s mobile wireless business assets, 3
November 2009), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41j, 41p, 42b, 42h and 43e for the Department's criminal releases; 40zk, 41c, 42w, 42z and 43c
for the Division's notices; GUIDELINES section 2): 'Chief Operating Officer' -> coo, 'the former head of the sales
department' -> executive, both not current ('former', 'until his resignation'); a U.S. Attorney 'for the Eastern
District of California' with no office named as a body -> Person, no role (42h's Aber), the judicial district not
annotated (41p, 42h); FBI -> Organization; a stock exchange (NASDAQ) and an exchange operator -> Company (GUIDELINES);
'X, Chief, Y Section, Antitrust Division' -> head of the Section, the Section under the Division (42z's Fones);
'Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the Division
under the Department (40zk, 42w); a 'merger of' two companies where the text does not say who buys whom -> nothing
(GUIDELINES; near-miss); an acquisition of a company's business assets -> nothing (GUIDELINES: asset purchases;
near-miss, doubtful); an ordered divestiture naming no buyer -> nothing (near-miss); 'today' resolved against
`published` (41h, 43e); laws, court papers, the Federal Register, the website, the Office of the Clerk, street
addresses and telephone numbers not annotated; the address 'Washington, DC' -> Location (21c, 40zk, 42w).
usage: batch43h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}

# ---- Marrone Bio Innovations / Hector Absi, justice.gov, published 2016-02-17 (a Wednesday) -------------------------
MBI = "Marrone Bio Innovations Inc."
A["us-doj-marrone-bio-former-coo-absi-indicted-securities-fraud-2016"] = dict(
 # Company: Marrone Bio Innovations Inc. ('MBI', eight times, also "MBI's"), NASDAQ ('the NASDAQ exchange': a stock
 # exchange -> Company, GUIDELINES, 40o, 40y). Organizations: the FBI ('FBI agents'), the Securities and Exchange
 # Commission ('SEC' its alias). People: Hector Absi ('Absi' six times), Benjamin B. Wagner. Locations: Las Vegas,
 # Nevada (his home), Sacramento, California (the grand jury's seat), Davis (MBI's seat; 'Davis, California': the
 # state the same entity as in 'Sacramento, California'). Not annotated: 'the Eastern District of California' (the
 # judicial district, 41p, 42h; **doubtful**: a reader may make it a Location or an Organization), 'a federal grand
 # jury' (unnamed), 'MBII' (a ticker symbol), GAAP (accounting principles), 'customers', 'the company' (generic), the
 # indictment, the charges and the side agreements
 entities=[E("Person", "Hector Absi", "Absi")]
          + locs("Las Vegas", "Nevada")
          + [E("Organization", "FBI")]
          + locs("Sacramento", "California")
          + [E("Person", "Benjamin B. Wagner"),
             E("Company", MBI, "MBI"), E("Location", "Davis"), E("Company", "NASDAQ"),
             E("Organization", "Securities and Exchange Commission", "SEC")],
 # 'Absi is the former head of the sales department of Marrone Bio Innovations Inc. (MBI)' -> executive, not current
 # (GUIDELINES: a department's head/'manager' -> executive; **doubtful**: a reader may leave a department head out);
 # 'Absi also served as MBI's Chief Operating Officer from January 2014 until his resignation in August 2014' -> coo,
 # not current (41j's Pelleissone). 'U.S. Attorney Benjamin B. Wagner for the Eastern District of California' -> no
 # role (no U.S. Attorney's Office named as a body in the kept text; 42h's Aber; **doubtful**)
 roles=[R("Hector Absi", "executive", MBI, False), R("Hector Absi", "coo", MBI, False)],
 # No relation: MBI's listing on NASDAQ and its filings with the SEC are no partnership; the side agreements with
 # customers name no customer
 relations=[],
 outages=[],
 # 'today' (twice) -> 2016-02-17, one item; 'February 11' -> 2016-02-11 (the grand jury's return, before the
 # unsealing); 'January 2014' -> 2014-01; 'August 2014' -> 2014-08. Not dates: '47' (an age), '16-count', 'quarterly
 # and annual' (frequencies), 'a specified time period'
 dates=[D("today", "2016-02-17"), D("February 11", "2016-02-11"), D("January 2014", "2014-01"),
        D("August 2014", "2014-08")])

# ---- Deutsche Boerse / NYSE Euronext, Federal Register notice, published 2011-12-29 (a Thursday) ---------------------
DB = "Deutsche B\u00f6rse AG"
NYX = "NYSE Euronext"
DE = "Direct Edge Holdings LLC"
NTS = "Networks & Technology Enforcement Section"
A["us-doj-federal-register-deutsche-boerse-nyse-euronext-direct-edge-proposed-final-judgment-2011"] = dict(
 # Companies: Deutsche Boerse AG (three times, once "AG's"), NYSE Euronext (twice; an exchange operator -> Company),
 # Direct Edge Holdings LLC ('Direct Edge' once, an alias; a stock exchange operator). Organizations: the court
 # (twice, once in 'the Office of the Clerk of ...'), the Department of Justice ('Department of Justice' three times;
 # 'United States Department of Justice' once, an alias), the Antitrust Division (three times), the Antitrust
 # Documents Group (40zk, 42w), the Networks & Technology Enforcement Section (the chief's section). Person: James J.
 # Tierney. Locations: the United States (plaintiff: 'United States of America v.' in the case name and 'the United
 # States filed'; one entity), Washington, DC (the addresses, twice). Not annotated: "Deutsche Boerse AG's
 # subsidiary" (unnamed), 'its affiliates' (unnamed), 'the Court' (generic), the Federal Register, the website, the
 # Office of the Clerk, the law and the court papers, the street addresses and telephone numbers
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", DB), E("Company", NYX), E("Company", DE, "Direct Edge"),
           E("Organization", DOJ, "United States Department of Justice"), E("Organization", ATR),
           E("Organization", ADG), E("Location", "Washington, DC"),
           E("Person", "James J. Tierney"), E("Organization", NTS)],
 # 'James J. Tierney, Chief, Networks & Technology Enforcement Section, Antitrust Division' -> head of the Section,
 # current (42z's Fones)
 roles=[R("James J. Tierney", "head", NTS)],
 # 'the proposed merger of Deutsche Boerse AG and NYSE Euronext' -> nothing (GUIDELINES: a merger where the text does
 # not say who buys whom; **near-miss**: a reader who knows the deal may set Deutsche Boerse acquiring NYSE
 # Euronext). "requires Deutsche Boerse AG's subsidiary to divest its interest in Direct Edge Holdings LLC" -> nothing
 # (the holder is an unnamed subsidiary; a minority interest, no parent stated; the sale names no buyer;
 # **near-miss**). The Group under the Division and the Division under the Department ('the Department of Justice,
 # Antitrust Division, Antitrust Documents Group'); the Section under the Division ('..., Networks & Technology
 # Enforcement Section, Antitrust Division')
 relations=[ADG_ATR, ATR_DOJ, L(NTS, "parentOrganization", ATR)],
 outages=[],
 # 'December 22, 2011' -> 2011-12-22. Not dates: 'within two years', 'within 60 days of the date of this notice'
 # (spans), '16(b)-(h)', '1:11-cv-02280', 'Section 7', '15 U.S.C. 18', 'Suite 1010', 'Suite 7100', '20530', the
 # telephone numbers
 dates=[D("December 22, 2011", "2011-12-22")])

# ---- AT&T / Centennial, Federal Register notice, published 2009-11-03 (a Tuesday) ------------------------------------
CEN = "Centennial Communications Corp."
TMS = "Telecommunications and Media Enforcement Section"
A["us-doj-federal-register-att-centennial-proposed-final-judgment-2009"] = dict(
 # Companies: AT&T (twice: the case name and 'the proposed acquisition by AT&T'; 'AT&T Inc.' only in the title),
 # Centennial Communications Corp. (once). Organizations: the court (twice, once in 'the Office of the Clerk of ...'),
 # the Department of Justice (four times), the Antitrust Division (three times), the Antitrust Documents Group, the
 # Telecommunications and Media Enforcement Section (the chief's section). Person: Nancy Goodman. Locations: the
 # United States (plaintiff: 'United States of America et al. v.' and 'the United States filed'), Louisiana,
 # Mississippi ('the states of Louisiana and Mississippi'), Washington, DC (the addresses, twice). Not annotated:
 # 'et al.' (the co-plaintiff unnamed in the kept text), 'mobile wireless telecommunications services businesses'
 # (a business line, unnamed), 'the Court', the Federal Register, the website, the Office of the Clerk, the law and
 # the court papers, the street addresses and telephone numbers
 entities=[E("Organization", DDC), E("Location", "United States"),
           E("Company", "AT&T"), E("Company", CEN)]
          + locs("Louisiana", "Mississippi")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG),
             E("Location", "Washington, DC"),
             E("Person", "Nancy Goodman"), E("Organization", TMS)],
 # 'Nancy Goodman, Chief, Telecommunications and Media Enforcement Section, Antitrust Division' -> head of the
 # Section, current (42z's Fones)
 roles=[R("Nancy Goodman", "head", TMS)],
 # 'the proposed acquisition by AT&T of the mobile wireless telecommunications business assets of Centennial
 # Communications Corp.' -> nothing (GUIDELINES: asset purchases -> nothing; **doubtful near-miss**: the assets are
 # Centennial's whole mobile wireless business, and a reader may set AT&T acquired Centennial (agreed), as 42w's and
 # 42z's proposed acquisitions settled on a Final Judgment). The ordered divestiture in Louisiana and Mississippi
 # names no buyer -> nothing (**near-miss**). The Group and the Section under the Division, the Division under the
 # Department, as in the Deutsche Boerse notice
 relations=[ADG_ATR, ATR_DOJ, L(TMS, "parentOrganization", ATR)],
 outages=[],
 # 'October 13, 2009' -> 2009-10-13. Not dates: 'within 60 days of the date of this notice' (a span), '16(b)-(h)',
 # '09-1932 (HHK)', 'Section 7', '15 U.S.C. 18', 'Suite 1010', 'Suite 7000', '20530', the telephone numbers
 dates=[D("October 13, 2009", "2009-10-13")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
