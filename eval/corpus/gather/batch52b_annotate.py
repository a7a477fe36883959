#!/usr/bin/env python3
"""Batch 52b gold annotations (the texts of batch52b.py: the SEC's Litigation Release No. 15599 of 22 December 1997 on
its settled action against Robert Howard and Robert E. Verrando, the chairman and the president of Presstek, Inc.; the
SEC's Litigation Release No. 18716 of 18 May 2004 on the consent order holding MERL Holdings Inc.com in civil contempt
over three press releases, one on a software licensing agreement with Heritage Capital Credit Corporation, a
wholly-owned subsidiary of MERL Financial Group, Inc.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (both from their release lines).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zp, 51zr; looked up in the gold of the corpus's SEC files
on other matters and GATHERING.md -- judges -> Person with no role (41p, 43e, 44d); the corpus's named district courts
as Organization; the SEC named 'SEC' where the text has no longer form (the corpus's ten files with the name 'SEC');
'X-based' -> the place a Location (51zr's 'based in'); news organisations and newsletters run as businesses ->
Company (GUIDELINES: news organisations are Company); a licensing deal between two named companies -> partner
(GUIDELINES); 'a wholly-owned subsidiary of' -> parentOrganization; 'between 1994 and 1996' -> two items; a date
repeated with the same text and value -> one item): the SEC -> Organization with the alias 'Commission' where the text
uses it; defined short forms ('MERL') and shorter names ('Howard', 'Verrando', 'Presstek', 'Cabot Letter', 'Heritage')
-> aliases, possessive-free; 'the company', 'the Court' -> no alias (generic); laws, orders and motions ('Order',
'Contempt Motion', 'Final Judgment', 'the Complaint') -> nothing; unnamed funds, investors and individuals -> no
entity; each post its own role, current true where the text gives it in the present with no 'former' or 'then'.
usage: batch52b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
PRE = "Presstek, Inc."
MERL = "MERL Holdings Inc.com"
HER = "Heritage Capital Credit Corporation"
MFG = "MERL Financial Group, Inc."
A = {}

# ---- Presstek / Howard and Verrando, LR 15599, published 1997-12-22 (a Monday) -------------------------------------
A["us-sec-presstek-chairman-howard-president-verrando-misleading-statements-cabot-letter-penalties-1997"] = dict(
 # The Securities and Exchange Commission ('the Commission issued': alias 'Commission'); the U.S. District Court for
 # the Southern District of New York (a named court: Organization, the name as written with 'U.S.'); Robert Howard
 # ('Howard': alias); Robert E. Verrando ('Verrando': alias); Presstek, Inc. ('Presstek', 'Presstek s stock price',
 # 'Presstek stock': alias 'Presstek'; the store's 'Presstek s' is the possessive with its apostrophe lost, no alias of
 # its own; 'the company' -> no alias); Hudson and New Hampshire ('a Hudson, New Hampshire-based manufacturer': two
 # Locations, 51zh's 'X, Y' and 51zr's 'based in'); the Cabot Market Letter ('( Cabot Letter )': alias 'Cabot
 # Letter'; 'a financial newsletter' run as a business -> Company, as GUIDELINES' news organisations -- **doubtful**:
 # a reader may call a newsletter a Service, a publication people read, or leave it out as a title). Not annotated:
 # 'certain third-party statements', 'investors with long and short positions' (unnamed), 'the Complaint', the
 # 'Cease-and-Desist order' (documents)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Person", "Robert Howard", "Howard"),
           E("Person", "Robert E. Verrando", "Verrando"),
           E("Company", PRE, "Presstek"),
           E("Location", "Hudson"),
           E("Location", "New Hampshire"),
           E("Company", "Cabot Market Letter", "Cabot Letter")],
 # 'Robert Howard and Robert E. Verrando, the Chairman and President, respectively, of Presstek, Inc.' -> Howard
 # chairman and Verrando president at Presstek, Inc., both current true (the posts given in the present on the day of
 # filing, no 'former' -- **doubtful**: a reader may set them false, the release being about conduct of 1994-1996; the
 # release does not say they left). 'Howard, 74, and Verrando, 66' -> ages, nothing
 roles=[R("Robert Howard", "chairman", PRE, True),
        R("Robert E. Verrando", "president", PRE, True)],
 # None. Near-misses: Presstek's distributing copies of the Cabot Market Letter, 'a financial newsletter that
 # aggressively touted Presstek' (no partner, supplier or customer tie stated -- the company spread a third party's
 # text); 'the Commission issued a Cease-and-Desist order against Presstek' (enforcement, no predicate)
 relations=[],
 outages=[],
 # 'today' -> 1997-12-22 (the release line's day, cut: `published`); 'between 1994 and 1996' -> '1994' 1994 and '1996'
 # 1996; 'November 1995' -> 1995-11; 'May 1996' -> 1996-05; 'In 1994 and 1995' -> '1994' again (same text and value:
 # one item) and '1995' 1995. Not dates: the ages '74' and '66'
 dates=[D("today", "1997-12-22"), D("1994", "1994"), D("1996", "1996"), D("November 1995", "1995-11"),
        D("May 1996", "1996-05"), D("1995", "1995")])

# ---- MERL Holdings / contempt, LR 18716, published 2004-05-18 (a Tuesday) ------------------------------------------
A["us-sec-merl-holdings-civil-contempt-press-releases-heritage-capital-credit-subsidiary-2004"] = dict(
 # Garrett E. Brown, Jr. ('the Honorable ... of the U.S. District Court': a judge -> Person, no role; the name with its
 # ', Jr.' as written); the U.S. District Court for the District of New Jersey (Organization); the SEC ("the SEC's
 # application", 'The SEC alleged': name 'SEC', the text having no longer form -- 'the Court' is the district court,
 # generic, no alias); New Jersey ('New Jersey-based MERL Holdings Inc.com': Location; also inside the court's name);
 # MERL Holdings Inc.com ('("MERL")', "MERL's": alias 'MERL'; the name with its lower-case '.com' as written -- the cut
 # caption spells it 'Merl Holdings, Inc.Com'); Heritage Capital Credit Corporation ('Heritage': alias); MERL
 # Financial Group, Inc. (Company). Not annotated: 'a private equity fund' and 'the same individuals who held a
 # controlling interest in MERL' (unnamed); 'Order', 'Contempt Motion', 'Final Judgment' (documents); Ed Johnson (in
 # the cut caption only)
 entities=[E("Person", "Garrett E. Brown, Jr."),
           E("Organization", "U.S. District Court for the District of New Jersey"),
           E("Organization", "SEC"),
           E("Location", "New Jersey"),
           E("Company", MERL, "MERL"),
           E("Company", HER, "Heritage"),
           E("Company", MFG)],
 # None: the judge has no role (lane rule); no officer of MERL is named in the kept text
 roles=[],
 # 'Heritage was a wholly-owned subsidiary of MERL Financial Group, Inc.' -> parentOrganization (Heritage Capital
 # Credit Corporation, MERL Financial Group, Inc.; 'was' in reported speech of 2003 -- relations carry no time).
 # 'MERL had entered into a software licensing agreement with Heritage Capital Credit Corporation' -> partner (MERL
 # Holdings Inc.com, Heritage Capital Credit Corporation), direction as written (GUIDELINES: licensing deals) --
 # **doubtful**: the agreement is told as what a press release announced, and the order found that release
 # misleading (for hiding that the two were related, not for inventing the deal); a reader may give no partner.
 # Near-misses: MERL Financial Group 'controlled by the same individuals who held a controlling interest in MERL'
 # (sister companies under common control: no parentOrganization either way); the '$50 million financing proposal
 # from a private equity fund' (unnamed, and only a proposal)
 relations=[L(HER, "parentOrganization", MFG),
            L(MERL, "partner", HER)],
 outages=[],
 # 'April 16, 2004' -> 2004-04-16 (the consent order); 'April 3, 2003' -> 2003-04-03 (the final judgment); 'August 1,
 # 2003' -> 2003-08-01 and 'August 1' ('the August 1 press release': another text, same value -> its own item,
 # GUIDELINES' 'Friday morning' beside 'Friday'); 'September 5, 2003' -> 2003-09-05. Not dates: the cut caption's
 # 'November 18, 2002' and the release line's 'May 18, 2004' (`published`)
 dates=[D("April 16, 2004", "2004-04-16"), D("April 3, 2003", "2003-04-03"), D("August 1, 2003", "2003-08-01"),
        D("August 1", "2003-08-01"), D("September 5, 2003", "2003-09-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
