#!/usr/bin/env python3
"""Gold annotations for batch 60l (session 56, gatherer 60l): the three SEC texts batch60l.py writes -- the jury
verdict against American Rice, Inc.'s former president Douglas Murphy and former vice president of operations David
Kay over bribes to Haitian customs officials (Litigation Release No. 18925, October 7, 2004); the sentences of Charter
Communications' former Chief Operating Officer, former Chief Financial Officer and a former Senior Vice President of
Operations (Litigation Release No. 19240, May 26, 2005, the UNT CyberCemetery copy); the SEC's charges against
McCann-Erickson Worldwide, its holding company Interpublic Group of Companies, Inc. and McCann's former Vice Chairman
of Finance and Operations and CFO (press release 2008-71, May 1, 2008) -- written from the texts alone; newskg was not
run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
American Rice -> test, Charter -> train, McCann -> dev (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its release line or dateline).
Conventions (the federal SEC lane's, batches 44r, 46a, 47y, 51d, 51i, 51n, 54e, 56c, 57l, 57y, 58b, 58m, 58q, 59b,
59g, 60b and 60e; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as 'Securities and
Exchange Commission' with the alias 'SEC' where the text also writes it, and as an Organization named 'Commission'
where the kept text writes only that (60b's Sepracor way); a court named in full ('the United States District Court
for the Southern District of Texas') -> Organization under that name (56c, 55zb); a court given only by its town ('the
United States District Court in St. Louis, Missouri') -> no Organization, the places Locations (59g's Fayetteville);
judges -> Person, no role (41p, 51n, 51o); 'X based' and 'Town, State' -> each place a Location, 'of Port Washington,
N.Y.' -> one Location (46a's 'New Providence, N.J.'); a surname alone -> alias; the Department of Justice ->
Organization, and its 'joint investigation' with the SEC -> no partner (45g); "X's president" -> president, 'vice
president of operations' and 'Senior Vice President of Operations' -> vice-president (GUIDELINES; the corpus's 'vice
president of operations'), 'Chief Operating Officer' -> coo, 'Chief Financial Officer' / 'CFO' -> cfo, 'Vice Chairman
of Finance and Operations' -> executive (GUIDELINES: vice chairman), all current false where the text says former or
ties the post to past dates; 'Director of the SEC's Division of Enforcement' / 'New York Regional Office' -> director
at the unit, the unit an Organization with parentOrganization the SEC (44r's and 46a's Thomsen and Schonfeld); "its
holding company, X" and "McCann, its largest subsidiary" -> parentOrganization(subsidiary, holding company); a
regulator's or a court's action -> no relation; laws, amounts, docket numbers, sentences' lengths -> nothing; fiscal
years -> skipped; 'today' -> published.
usage: batch60l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather61l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
ARI = "American Rice, Inc."
SDTX = "United States District Court for the Southern District of Texas"
CHT = "Charter Communications, Inc"
MCE = "McCann-Erickson Worldwide"
IPG = "Interpublic Group of Companies, Inc."
DOE = "Division of Enforcement"
NYRO = "New York Regional Office"
A = {}

# ---- American Rice, Inc. / Douglas Murphy and David Kay, LR 18925, published 2004-10-07 (a Thursday) ----------------
A["us-sec-american-rice-former-president-murphy-vice-president-kay-haiti-customs-bribes-verdict-2004"] = dict(
 # Houston ('a federal jury in Houston, Texas' and 'a Houston based rice company': one Location; the jury is no
 # entity) and Texas ('Houston, Texas', 'a resident of Texas' twice: one Location; its use inside the court's name adds
 # nothing); Douglas Murphy ('Murphy' four times: alias); David Kay ('Kay' four times: alias); American Rice, Inc. (once
 # in full; "American Rice's import taxes", "American Rice's president", 'an American Rice vice president', 'an
 # American Rice employee', 'the American Rice vessels', 'American Rice employees': alias 'American Rice'); the
 # Securities and Exchange Commission (twice in full, never 'SEC' or 'Commission' in the kept text: no alias -- the
 # caption's 'SEC v.' is left out); the Department of Justice (once -> Organization); the United States District Court
 # for the Southern District of Texas (named in full -> Organization); Haiti ('rice shipments to Haiti', 'American Rice
 # employees in Haiti': Location). Not annotated: the Foreign Corrupt Practices Act (a law); 'Haitian customs
 # officials' (an unnamed body, told by an adjective: no Organization; Haiti is annotated from its own mentions);
 # 'a federal jury', 'the indictments', 'the relevant vessels' (no names); 'former officers of American Rice'
 # (generic)
 entities=[E("Location", "Houston"),
           E("Location", "Texas"),
           E("Person", "Douglas Murphy", "Murphy"),
           E("Person", "David Kay", "Kay"),
           E("Company", ARI, "American Rice"),
           E("Organization", SEC),
           E("Organization", "Department of Justice"),
           E("Organization", SDTX),
           E("Location", "Haiti")],
 # "Murphy, a resident of Texas, was American Rice's president at the time of the violations" -> president at American
 # Rice, Inc., current false (the text says 'former officers of American Rice' and ties the post to the violations of
 # 1998-1999); 'Kay ... was an American Rice vice president of operations' -> vice-president at American Rice, Inc.,
 # current false (the same 'former officers'; GUIDELINES: vice president -> vice-president). **Near-misses**: 'former
 # officers of American Rice' (the same two posts told generically: no 'executive' beside them); 'reported to Murphy'
 # (a reporting line, no post); 'an American Rice employee' and 'American Rice employees in Haiti' (unnamed); the
 # left-out caption's Lawrence H. Theriot (not in the text; a consultant in the SEC's papers, no post anyway)
 roles=[R("Douglas Murphy", "president", ARI, False),
        R("David Kay", "vice-president", ARI, False)],
 # None. **Near-misses**: 'a joint investigation with the Securities and Exchange Commission' brought by the
 # Department of Justice (two government bodies investigating together: no partner, 45g); the bribes 'to Haitian
 # customs officials' (payments to an unnamed body: no relation); 'American Rice employees in Haiti' (the Haitian
 # subsidiary, Rice Corporation of Haiti, is not named in the text: no entity, no parentOrganization); the jury's
 # verdict, the indictments and the court (a court acting on people: nothing)
 relations=[],
 outages=[],
 # 'On October 6' -> 'October 6' 2004-10-06 (the day before the release of October 7, 2004, in the same year);
 # 'during 1998 and 1999' -> '1998' 1998 and '1999' 1999; 'on January 6' -> 'January 6' 2005-01-06 (the sentencing
 # day still to come: the next January 6 after `published` -- **doubtful**: a reader resolving against the year of
 # `published` alone would write 2004-01-06, a day already past); 'between January 1998 and October 1999' -> 'January
 # 1998' 1998-01 and 'October 1999' 1999-10. Not dates: 'at the time of the violations' (no value of its own); the
 # left-out release line's 'October 7, 2004'; the docket numbers H-01-914 and H-02-2908 of the left-out captions
 dates=[D("October 6", "2004-10-06"), D("1998", "1998"), D("1999", "1999"), D("January 6", "2005-01-06"),
        D("January 1998", "1998-01"), D("October 1999", "1999-10")])

# ---- Charter Communications, Inc / Barford, Kalkwarf, McCall, Smith, LR 19240, published 2005-05-26 (a Thursday) -----
A["us-sec-charter-communications-former-coo-barford-cfo-kalkwarf-senior-vp-mccall-sentenced-2005"] = dict(
 # Carol E. Jackson ('the Honorable Carol E. Jackson': the judge, a Person); St. Louis and Missouri ('of the United
 # States District Court in St. Louis, Missouri': the court given by its town -> no court Organization, 59g's
 # Fayetteville way; the town and the state each a Location); David G. Barford ('Barford': alias); Kent D. Kalkwarf
 # ('Kalkwarf': alias); David L. McCall ('McCall': alias); James H. Smith III (once; 'Smith' stands only in the cut-off
 # sentence: no alias); the Commission ('a July 2004 Commission action': written only so in the kept text -- the
 # release lines with 'SECURITIES AND EXCHANGE COMMISSION' are left out -- so an Organization named 'Commission', 60b's
 # Sepracor way; **doubtful**: the word stands as a modifier of 'action'); Charter Communications, Inc (the name as
 # written, without its final point; 'Charter' four times, "Charter's former Chief Operating Officer": alias); the
 # United States ('one of the largest cable television operators in the United States': Location). Not annotated: 'the
 # criminal case', 'one count of conspiracy to commit wire fraud' (papers and charges); 'cable television' (a business
 # line, no named Service); 'subscriber numbers', 'operating cash flow figures'
 entities=[E("Person", "Carol E. Jackson"),
           E("Location", "St. Louis"),
           E("Location", "Missouri"),
           E("Person", "David G. Barford", "Barford"),
           E("Person", "Kent D. Kalkwarf", "Kalkwarf"),
           E("Person", "David L. McCall", "McCall"),
           E("Person", "James H. Smith III"),
           E("Organization", "Commission"),
           E("Company", CHT, "Charter"),
           E("Location", "United States")],
 # "Barford, Charter's former Chief Operating Officer" -> coo at Charter Communications, Inc, false; "Kalkwarf,
 # Charter's former Chief Financial Officer" -> cfo, false; 'McCall, a former Charter Senior Vice President of
 # Operations' -> vice-president, false (GUIDELINES: senior vice president -> vice-president). **Near-misses**: James
 # H. Smith III (his post, 'a former Charter Senior Vice President of Operations', is in the sentence the excerpt
 # breaks off, not in the text: no role); Carol E. Jackson ('the Honorable ... of the United States District Court in
 # St. Louis': a judge -> no role, and no court entity to hold one); the heading's 'FORMER OFFICERS OF CHARTER' (title,
 # not text)
 roles=[R("David G. Barford", "coo", CHT, False),
        R("Kent D. Kalkwarf", "cfo", CHT, False),
        R("David L. McCall", "vice-president", CHT, False)],
 # None. **Near-misses**: 'a July 2004 Commission action against Charter' (a regulator's action: nothing); the court's
 # sentences (a court acting on people: nothing); 'one of the largest cable television operators in the United States'
 # (a ranking and a place, no relation)
 relations=[],
 outages=[],
 # 'On April 22, 2005' -> 'April 22, 2005' 2005-04-22; 'a July 2004 Commission action' -> 'July 2004' 2004-07. Not
 # dates: 'fiscal year 2001' and 'fiscal year 2000' (fiscal years, their spans not told: skipped, the corpus's way --
 # **doubtful**: Charter's fiscal year is the calendar year, but the text does not say so); 'one year and one day', '14
 # months', 'two years' (lengths of sentences, not calendar values); the left-out release line's 'May 26, 2005' and
 # the caption's docket number '4:03 CR 00434 CEJ' (its '03' a year of filing)
 dates=[D("April 22, 2005", "2005-04-22"), D("July 2004", "2004-07")])

# ---- McCann-Erickson Worldwide / Interpublic Group of Companies, Inc., press release 2008-71, published 2008-05-01
# (a Thursday) -----------------------------------------------------------------------------------------------------
A["us-sec-mccann-erickson-interpublic-former-cfo-lagreca-intercompany-accounting-fraud-2008"] = dict(
 # The Securities and Exchange Commission (once in full; "The SEC's complaint", "the SEC's charges", "the SEC's
 # Division of Enforcement", "the SEC's New York Regional Office": alias 'SEC'); McCann-Erickson Worldwide ('global
 # advertising network McCann-Erickson Worldwide': a business -> Company; 'McCann' throughout, "McCann's Vice
 # Chairman": alias 'McCann'); Interpublic Group of Companies, Inc. ('(IPG)', 'IPG and McCann': alias 'IPG'); Linda
 # Thomsen; the Division of Enforcement ("the SEC's Division of Enforcement": the SEC's unit -> Organization, 44r,
 # 46a); Mark Schonfeld; the New York Regional Office ("the SEC's New York Regional Office" -> Organization; 'New York'
 # inside its name -> no Location, 56c's way); Salvatore LaGreca ('LaGreca': alias); Port Washington, N.Y. ('of Port
 # Washington, N.Y.': one Location, 46a's 'New Providence, N.J.' form); Brian Watson (once; 'Watson' stands only in
 # the cut-off sentence: no alias); the United Kingdom ('a resident of the United Kingdom': Location). Not annotated:
 # 'hundreds of regional and local advertising agencies' (unnamed); 'its parent company', 'Its holding company', 'a
 # subsidiary', 'the parent' (IPG and McCann in other words, or generic inside a quotation: no aliases); 'two former
 # executives', "the parent's public shareholders" (generic); 'a $12 million penalty' (an amount)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", MCE, "McCann"),
           E("Company", IPG, "IPG"),
           E("Person", "Linda Thomsen"),
           E("Organization", DOE),
           E("Person", "Mark Schonfeld"),
           E("Organization", NYRO),
           E("Person", "Salvatore LaGreca", "LaGreca"),
           E("Location", "Port Washington, N.Y."),
           E("Person", "Brian Watson"),
           E("Location", "United Kingdom")],
 # "Linda Thomsen, Director of the SEC's Division of Enforcement" -> director at the Division, current true (44r's and
 # 46a's Thomsen); "Mark Schonfeld, Director of the SEC's New York Regional Office" -> director at the Office, current
 # true (46a's Schonfeld, at the Northeast Regional Office there); "LaGreca served as McCann's Vice Chairman of Finance
 # and Operations and its CFO from January 1996 to October 2002" -> executive (GUIDELINES: vice chairman -> executive)
 # and cfo at McCann-Erickson Worldwide, both current false (the posts are told as held until October 2002, and the
 # text calls the two charged 'former executives'). **Doubtful**: the two Directors as head (the lane gives director
 # for a unit's Director); LaGreca's two posts as one (the text names both, so both are kept, as the corpus keeps
 # 'chairman and chief executive' as two roles). **Near-misses**: Brian Watson (his post at McCann is in the sentence
 # the excerpt breaks off: no role); 'two former executives' (told before the names, no post of its own); "oversaw
 # McCann's accounting, financial reporting, strategic planning, mergers and acquisitions, and budgeting" (duties, not
 # a post)
 roles=[R("Linda Thomsen", "director", DOE),
        R("Mark Schonfeld", "director", NYRO),
        R("Salvatore LaGreca", "executive", MCE, False),
        R("Salvatore LaGreca", "cfo", MCE, False)],
 # 'McCann-Erickson Worldwide, its parent company', 'Its holding company, Interpublic Group of Companies, Inc. (IPG)'
 # and 'McCann, its largest subsidiary' -> parentOrganization(McCann-Erickson Worldwide, Interpublic Group of Companies,
 # Inc.); "the SEC's Division of Enforcement", "the SEC's New York Regional Office" -> parentOrganization to the SEC
 # (42g, 43a, 44l, 46a). **Near-misses**: McCann's 'hundreds of regional and local advertising agencies' (owned but
 # unnamed: no relation); 'IPG and McCann agreed to settle the SEC's charges' (a settlement with a regulator: nothing);
 # 'mergers and acquisitions' (a task LaGreca oversaw, no deal named); Thomsen's 'A subsidiary ... its parent'
 # (generic, inside a quotation)
 relations=[L(MCE, "parentOrganization", IPG),
            L(DOE, "parentOrganization", SEC),
            L(NYRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('The Securities and Exchange Commission today filed') -> 2008-05-01 (`published`, the left-out dateline's
 # day); 'from January 1996 to October 2002' -> 'January 1996' 1996-01 and 'October 2002' 2002-10. Not dates: 'year
 # after year' (no value); the left-out dateline's 'May 1, 2008' and the release number '2008-71'
 dates=[D("today", "2008-05-01"), D("January 1996", "1996-01"), D("October 2002", "2002-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
