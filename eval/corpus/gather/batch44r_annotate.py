#!/usr/bin/env python3
"""Batch 44r gold annotations (the texts of batch44r.py: the SEC's Litigation Release No. 21039 of 15 May 2009 on
Gary A. Ray, 'the former vice president of human resources at KB Home, Inc.'; the SEC's press release 2007-184 of 17
September 2007 on 'the former Senior Vice President and Chief Marketing Officer of the Penn Traffic Company, Leslie H.
Knox, and a former Penn Traffic Vice President, Linda J. Jones', David Rosenfeld, Associate Director of the SEC's New
York Regional Office, quoted; the SEC's Litigation Release No. 20506 of 24 March 2008 on Biovail Corporation, its
former chairman and chief executive officer Eugene Melnyk, former chief financial officer Brian Crombie, current
controller John Miszuk and current chief financial officer Kenneth G. Howling; the SEC's press release 2007-135 of 12
July 2007 on Michael F. Shanahan, Sr., 'the former Chief Executive Officer and Chairman of the Board of Engineered
Support Systems, Inc.', and Michael F. Shanahan, Jr., 'a former member of Engineered Support's Compensation Committee
of its Board of Directors', Linda Thomsen, Director of the Commission's Division of Enforcement, and Merri Jo Gillette,
Director of the Commission's Chicago Regional Office, quoted), written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l and 44p for SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC', 'Commission'
aliases); 'chief executive officer', 'CEO' -> ceo; 'chief financial officer', 'CFO' -> cfo; 'chairman', 'Chairman of
the Board' -> chairman; 'vice president', 'Senior Vice President' -> vice-president (GUIDELINES); 'Chief Marketing
Officer', 'controller' -> executive (44d's U.S. Foodservice, 42e's controller); 'a former member of ... Board of
Directors' -> director, current false (a board member); 'former' -> current false, 'current' -> current true;
"Director of the Commission's Division of Enforcement" and "Director of the Commission's Chicago Regional Office" ->
director at the unit (43a, 44l, 44p), "Associate Director of the SEC's New York Regional Office" -> other at the
Office (44h's Conte, 15a), each unit parentOrganization the SEC (40zm, 41m, 42g, 43a, 44l, 44p), the city inside
the Office's name no Location (41m); a court named in full -> Organization (41b, 42a, 42j, 42v, 44p); 'the U.S.
Attorney for the Northern District of New York, Glenn T. Suddaby' -> Suddaby a Person, no role and no office entity
(no office named as a body: 39s's and 40h's U.S. Attorneys), 'the Northern District of New York' alone -> nothing (a
judicial district, 41p's doubtful Southern District); '<city>-based' -> the city a Location (41j's 'Irving,
Texas-based', 44p's 'Santa Clara, California-based'); 'Canadian' as a modifier -> nothing; laws' years ('the
Sarbanes-Oxley Act of 2002') -> no date item (44l); a board committee ('Compensation Committee') -> nothing.
usage: batch44r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
KB = "KB Home, Inc."
PT = "Penn Traffic Company"
BV = "Biovail Corporation"
ES = "Engineered Support Systems, Inc."
DOE = "Division of Enforcement"
NYO = "New York Regional Office"
CHO = "Chicago Regional Office"
A = {}

# ---- KB Home and Gary A. Ray, published 2009-05-15 (a Friday) -------------------------------------------------------
A["us-sec-kb-home-backdating-former-hr-vice-president-ray-2009"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The SEC's complaint", 'the SEC' twice, "the Commission's
 # charges"); the United States District Court for the Central District of California (named in full); Gary A. Ray
 # ('Ray' throughout); KB Home, Inc. ('KB Home' throughout, "KB Home's"); 'a Los Angeles-based homebuilder' -> Los
 # Angeles (41j). Not annotated: 'the Sarbanes-Oxley Act of 2002' (a law), 'the company'
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Organization", "United States District Court for the Central District of California"),
           E("Person", "Gary A. Ray", "Ray"),
           E("Company", KB, "KB Home"),
           E("Location", "Los Angeles")],
 # 'Gary A. Ray, the former vice president of human resources at KB Home, Inc.' -> vice-president, current false
 roles=[R("Gary A. Ray", "vice-president", KB, False)],
 relations=[],
 outages=[],
 # 'yesteday' (the release's misspelling of 'yesterday', kept as written) -> 2009-05-14 (the day before the release
 # of Friday 15 May 2009; doubtful: a reader may skip the misspelt word); 'in 2006' -> '2006'. Skipped: 'the
 # Sarbanes-Oxley Act of 2002' (a law's name, 44l)
 dates=[D("yesteday", "2009-05-14"), D("2006", "2006")])

# ---- Penn Traffic, Knox and Jones, published 2007-09-17 (a Monday) ------------------------------------------------------
A["us-sec-penn-traffic-former-svp-chief-marketing-officer-knox-vice-president-jones-2007"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The Commission's complaint", "the SEC's New York Regional
 # Office", 'The Commission continues'); 'a Syracuse-based retail and wholesale food company' -> Syracuse; the United
 # States District Court for the Northern District of New York (named in full); the Penn Traffic Company ('Penn
 # Traffic', "Penn Traffic's"); Leslie H. Knox ('Knox'); Linda J. Jones ('Jones'); Glenn T. Suddaby; David Rosenfeld;
 # the New York Regional Office (the SEC's unit). Not annotated: 'the Northern District of New York' alone (a judicial
 # district in the U.S. Attorney's title and the grand jury's place; doubtful, 41p), 'a federal grand jury', 'a
 # public company'
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Location", "Syracuse"),
           E("Organization", "United States District Court for the Northern District of New York"),
           E("Company", PT, "Penn Traffic"),
           E("Person", "Leslie H. Knox", "Knox"),
           E("Person", "Linda J. Jones", "Jones"),
           E("Person", "Glenn T. Suddaby"),
           E("Person", "David Rosenfeld"),
           E("Organization", NYO)],
 # 'the former Senior Vice President and Chief Marketing Officer of the Penn Traffic Company, Leslie H. Knox' ->
 # vice-president and executive (Chief Marketing Officer), current false; 'a former Penn Traffic Vice President,
 # Linda J. Jones' -> vice-president, current false; "David Rosenfeld, Associate Director of the SEC's New York
 # Regional Office" -> other at the Office (an associate director's post, 44h's Conte; doubtful: a reader may set
 # director); 'The U.S. Attorney for the Northern District of New York, Glenn T. Suddaby' -> no role (no office
 # named as a body; doubtful: a reader may take a head role with an office entity)
 roles=[R("Leslie H. Knox", "vice-president", PT, False), R("Leslie H. Knox", "executive", PT, False),
        R("Linda J. Jones", "vice-president", PT, False),
        R("David Rosenfeld", "other", NYO)],
 # "the SEC's New York Regional Office" -> parentOrganization (40zm, 41m, 44p)
 relations=[L(NYO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (twice) -> 2007-09-17
 dates=[D("today", "2007-09-17")])

# ---- Biovail, Melnyk, Crombie, Miszuk and Howling, published 2008-03-24 (a Monday) -----------------------------------
A["us-sec-biovail-former-chairman-ceo-melnyk-former-cfo-crombie-fraud-2008"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The Commission's complaint", "the Commission's charges", 'SEC
 # charges'); Biovail Corporation ('Biovail' throughout, "Biovail's"); Eugene Melnyk ('Melnyk' in the excerpt's cut
 # part only: no alias kept); Brian Crombie; John Miszuk; Kenneth G. Howling (each once, in full). Not annotated:
 # 'Canadian pharmaceutical company' ('Canadian' a modifier: no Location), 'analysts and investors', 'the company'
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", BV, "Biovail"),
           E("Person", "Eugene Melnyk"),
           E("Person", "Brian Crombie"),
           E("Person", "John Miszuk"),
           E("Person", "Kenneth G. Howling")],
 # 'former chairman and chief executive officer Eugene Melnyk' -> chairman and ceo (current false); 'former chief
 # financial officer Brian Crombie' -> cfo (false); 'current controller John Miszuk' -> executive (42e's controller,
 # current true); 'current chief financial officer Kenneth G. Howling' -> cfo (current true); all at Biovail (the
 # list of 'Four current or former Biovail senior executives')
 roles=[R("Eugene Melnyk", "chairman", BV, False), R("Eugene Melnyk", "ceo", BV, False),
        R("Brian Crombie", "cfo", BV, False),
        R("John Miszuk", "executive", BV),
        R("Kenneth G. Howling", "cfo", BV)],
 relations=[],
 outages=[],
 # 'today' -> 2008-03-24; 'in October 2003' -> 2003-10; 'its third quarter 2003 earnings guidance' -> 2003-Q3
 # (44d's 'the third quarter of 2002'; doubtful: the text does not say whether Biovail's quarters are calendar ones)
 dates=[D("today", "2008-03-24"), D("October 2003", "2003-10"), D("third quarter 2003", "2003-Q3")])

# ---- Engineered Support Systems and the Shanahans, published 2007-07-12 (a Thursday) -----------------------------------
A["us-sec-engineered-support-systems-backdating-former-ceo-chairman-shanahan-2007"] = dict(
 # The SEC ('The Securities and Exchange Commission', "the Commission's Division", 'the Commission will', "the
 # Commission's Chicago Regional Office"; 'SEC' not in the text); Engineered Support Systems, Inc. ('Engineered
 # Support' throughout, "Engineered Support's"); Michael F. Shanahan, Sr. ('(Shanahan)', 'Shanahan'); Michael F.
 # Shanahan, Jr. ('(Shanahan Jr.)', 'Shanahan Jr.'); Linda Thomsen; Merri Jo Gillette; the Division of Enforcement and
 # the Chicago Regional Office (the SEC's units). Not annotated: 'Compensation Committee' and 'Board of Directors' (a
 # board and its committee, no body of their own), 'his son' (no relation in the contract)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Michael F. Shanahan, Sr.", "Shanahan"),
           E("Company", ES, "Engineered Support"),
           E("Person", "Michael F. Shanahan, Jr.", "Shanahan Jr."),
           E("Person", "Linda Thomsen"),
           E("Organization", DOE),
           E("Person", "Merri Jo Gillette"),
           E("Organization", CHO)],
 # 'the former Chief Executive Officer and Chairman of the Board of Engineered Support Systems, Inc.' -> ceo and
 # chairman, current false; "a former member of Engineered Support's Compensation Committee of its Board of
 # Directors" -> director, current false (a board member; GUIDELINES); "Linda Thomsen, Director of the Commission's
 # Division of Enforcement" -> director at the Division; "Merri Jo Gillette, Director of the Commission's Chicago
 # Regional Office" -> director at the Office (current)
 roles=[R("Michael F. Shanahan, Sr.", "ceo", ES, False), R("Michael F. Shanahan, Sr.", "chairman", ES, False),
        R("Michael F. Shanahan, Jr.", "director", ES, False),
        R("Linda Thomsen", "director", DOE), R("Merri Jo Gillette", "director", CHO)],
 # "the Commission's Division of Enforcement", "the Commission's Chicago Regional Office" -> parentOrganization
 relations=[L(DOE, "parentOrganization", SEC), L(CHO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (also 'Our actions today' in Thomsen's quotation: one item) -> 2007-07-12; 'from 1997 through 2002' ->
 # '1997', '2002'
 dates=[D("today", "2007-07-12"), D("1997", "1997"), D("2002", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
