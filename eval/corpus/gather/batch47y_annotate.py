#!/usr/bin/env python3
"""Batch 47y gold annotations (the texts of batch47y.py: the SEC's Litigation Release No. 18915 of 30 September 2004
on 'the former President of the Asia Pacific office of Redwood City, California-based Clarent Corporation', "Clarent's
former President of Asia Pacific operations Matthew M. Chiang, 35, of Taipei, Taiwan"; the SEC's Litigation Release
No. 18742 (2004 by its number, undated in the store) on Frederick David Jones, 'the Group Managing Director of
Gerber's Spandex PLC ("Spandex") subsidiary', and Mark Godden, 'the vice-president of marketing with Spandex', charged
with insider trading in Gerber Scientific, Inc. ('Gerber') before its purchase of the assets of Graphic-Cal,
'Australia's largest sign making materials supplier'; the SEC's Litigation Release No. 19850 of 28 September 2006 on
Steven V. Cotton, 'the former chief financial officer and chief operating officer of Lantronix, Inc., an Irvine,
Calif. technology company'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line); with `published` null (Gerber),
only absolute expressions are listed and 'today' is left out (GUIDELINES).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a, 47e, 47h, 47k, 47m, 47p, 47s and 47v for SEC releases): the SEC -> Organization, its full name with
alias 'Commission'; a court named in full ('the United States District Court for the Southern District of New
York') -> Organization; 'U.S. District Court in Los Angeles' -> Organization 'U.S. District Court' with the city a
Location (the corpus's Sunbeam, SinoTech, Global Education, Vari-L files); 'former' and 'was the <post>' -> current
false (47s's TierOne 'who was'); a unit's president ('President of the Asia Pacific office of ... Clarent
Corporation') -> president at the company (47a's 'President of North America Operations of United Agri Products';
doubtful); 'Group Managing Director' -> director (GUIDELINES: managing director -> director); 'vice-president' ->
vice-president; 'chief financial officer' -> cfo, 'chief operating officer' -> coo; "Gerber's Spandex PLC
subsidiary" -> parentOrganization (GUIDELINES); an asset purchase ('decided to acquire the assets of Graphic-Cal')
-> nothing (GUIDELINES: asset purchases -> nothing); 'City, State' and 'City, Country' -> two Locations, each place
once, an abbreviation ('Calif.') an alias of the state written in full; '<place>-based' -> the place a Location (43a,
47s, 47v); residence ('of Taipei, Taiwan', 'of Huntington Beach, California') -> Location (41m, 47a); a quarter of a
calendar year -> YYYY-Qn, 'the first two quarters of 2001' -> the year (the corpus's Dana and ProQuest files);
fiscal years and fiscal quarters ('fiscal 2002 and 2001 years', 'the fourth quarter of fiscal year 2000') -> no date
(GATHERING.md's fiscal rule); 'today' from the release's day; laws, rules and court papers -> nothing.
usage: batch47y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CLA = "Clarent Corporation"
GSI = "Gerber Scientific, Inc."
SPX = "Spandex PLC"
LTX = "Lantronix, Inc."
A = {}

# ---- Clarent Corporation, LR 18915, published 2004-09-30 (a Thursday) ---------------------------------------------------
A["us-sec-clarent-former-asia-pacific-president-chiang-revenue-fraud-2004"] = dict(
 # The Securities and Exchange Commission ('The Commission sued', 'The Commission further alleges': alias
 # 'Commission'); Redwood City and California ('Redwood City, California-based Clarent Corporation' -> two Locations);
 # Clarent Corporation ('Clarent' throughout: alias); Matthew M. Chiang ('Chiang': alias); Taipei and Taiwan ('of
 # Taipei, Taiwan', his residence -> two Locations). Not annotated: 'the Asia Pacific office' / 'Asia Pacific
 # operations' (**doubtful**: an office of Clarent written in lower case and unnamed beyond its region -- a reader
 # may make 'Asia Pacific office' an Organization with parentOrganization to Clarent; the corpus gives units an
 # entity where the text writes a proper name, as the SEC's 'New York Regional Office'); 'another Clarent executive'
 # (unnamed), 'a Taiwanese technology firm', 'a company associated with Chiang's family', 'the Chiang-related
 # entity' (unnamed companies), 'Internet telephone products', 'Clarent hardware and software' (generic products),
 # 'the complaint', 'the public', 'investors' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Redwood City"),
           E("Location", "California"),
           E("Company", CLA, "Clarent"),
           E("Person", "Matthew M. Chiang", "Chiang"),
           E("Location", "Taipei"),
           E("Location", "Taiwan")],
 # 'the former President of the Asia Pacific office of Redwood City, California-based Clarent Corporation' and
 # "Clarent's former President of Asia Pacific operations Matthew M. Chiang" -> president at Clarent Corporation,
 # current false ('former'; **doubtful**: the post heads a regional office, not the company -- 47a's unit-president
 # rule puts it at the company, as the corpus's 'president of worldwide field operations at Adobe Systems'; a reader
 # may give executive, or give the post to an 'Asia Pacific office' entity). Near-miss: 'another Clarent executive'
 # (unnamed: no role)
 roles=[R("Matthew M. Chiang", "president", CLA, False)],
 # None. Near-misses: the orders 'for Clarent hardware and software' placed by 'a Taiwanese technology firm' (a
 # customer relation, but the buyer is unnamed); 'a company associated with Chiang's family' and 'the Chiang-related
 # entity' (unnamed; the $35 million released 'from Clarent's Asia Pacific office' to it is a payment, not a partner
 # or owner relation); 'a now-bankrupt provider of Internet telephone products' (no Service named)
 relations=[],
 outages=[],
 # 'for the fourth quarter of 2000' -> 'the fourth quarter of 2000' 2000-Q4 (a calendar quarter: the text writes no
 # 'fiscal'); 'for the first two quarters of 2001' -> 'the first two quarters of 2001' 2001 (two quarters -> the year,
 # as the corpus's 'the first two quarters of 2005'); 'in December 2000' -> 'December 2000' 2000-12; 'in June 2001' ->
 # 'June 2001' 2001-06. Skipped: 'September 30, 2004' (the release line, cut: `published`); the ages ('35')
 dates=[D("the fourth quarter of 2000", "2000-Q4"), D("the first two quarters of 2001", "2001"),
        D("December 2000", "2000-12"), D("June 2001", "2001-06")])

# ---- Gerber Scientific, Inc. / Spandex PLC, LR 18742, published null (2004 by its number) -----------------------------
A["us-sec-gerber-scientific-spandex-group-managing-director-jones-vice-president-godden-insider-trading-2004"] = dict(
 # The Securities and Exchange Commission ('the Commission' throughout: alias); the United States District Court for
 # the Southern District of New York (a court named in full -> Organization); Frederick David Jones ('("Jones")':
 # alias); Mark Godden ('("Godden")': alias); Gerber Scientific, Inc. ('("Gerber")': alias); Spandex PLC
 # ('("Spandex")': alias); Graphic-Cal ('Australia's largest sign making materials supplier' -> Company); Australia
 # (Location). Not annotated: 'its subsidiaries' / 'a Gerber subsidiary' (unnamed), 'Gerber stock' (a security, not
 # an entity), 'the Complaint' (a court paper), 'sign making materials' (generic products)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Frederick David Jones", "Jones"),
           E("Person", "Mark Godden", "Godden"),
           E("Company", GSI, "Gerber"),
           E("Company", SPX, "Spandex"),
           E("Company", "Graphic-Cal"),
           E("Location", "Australia")],
 # 'Jones, age 57, was the Group Managing Director of Gerber's Spandex PLC ("Spandex") subsidiary' -> director at
 # Spandex PLC (GUIDELINES: managing director -> director), current false ('was': the complaint's 1999-2000 posts;
 # **doubtful**: the text does not write 'former' -- a reader may keep current true); 'Godden, age 47, was the
 # vice-president of marketing with Spandex' -> vice-president at Spandex PLC, current false (same reading, same
 # doubt). Near-misses: no post at Gerber itself is named for either man (the role goes to the subsidiary the text
 # names, not to its parent)
 roles=[R("Frederick David Jones", "director", SPX, False),
        R("Mark Godden", "vice-president", SPX, False)],
 # "Gerber's Spandex PLC ("Spandex") subsidiary" -> parentOrganization(Spandex PLC, Gerber Scientific, Inc.).
 # Near-misses: 'Gerber had decided to acquire the assets of Graphic-Cal' and 'the Graphic-Cal acquisition' (an asset
 # purchase -> nothing, GUIDELINES; **doubtful**: the text later calls it 'the acquisition' and 'the Graphic-Cal
 # acquisition' and says it was announced on September 13, 1999 -- a reader may give acquired(Gerber, Graphic-Cal));
 # 'Gerber and its subsidiaries', 'a Gerber subsidiary' (unnamed subsidiaries: no relation)
 relations=[L(SPX, "parentOrganization", GSI)],
 outages=[],
 # `published` null -> absolute expressions only: 'in early June 1999' -> 'early June 1999' 1999-06 (the corpus's
 # 'early May 2013' -> the month); 'on June 11, 1999' -> 1999-06-11; 'on September 13, 1999' -> 1999-09-13; 'shortly
 # before March 15, 2000' and 'on March 15, 2000' -> 'March 15, 2000' 2000-03-15 (one item: same text, same value);
 # 'On April 26, 2000' and 'prior to the April 26, 2000 announcement' -> 'April 26, 2000' 2000-04-26 (one item).
 # Skipped: 'today' (in 'announced today': the release's day is not in the stored page -- **doubtful** only in that a
 # reader who knows LR 18742's date would resolve it); 'the fourth quarter of fiscal year 2000' (a fiscal quarter:
 # GATHERING.md's fiscal rule); 'that day' and 'the prior day's closing price' (the day of April 26, 2000 and the day
 # before it: anaphora, no new calendar expression); the ages
 dates=[D("early June 1999", "1999-06"), D("June 11, 1999", "1999-06-11"), D("September 13, 1999", "1999-09-13"),
        D("March 15, 2000", "2000-03-15"), D("April 26, 2000", "2000-04-26")])

# ---- Lantronix, Inc., LR 19850, published 2006-09-28 (a Thursday) -------------------------------------------------------
A["us-sec-lantronix-former-cfo-coo-cotton-channel-stuffing-2006"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint": alias 'Commission'); Steven V. Cotton
 # ('Cotton': alias); Lantronix, Inc. ('Lantronix' throughout: alias); Irvine ('an Irvine, Calif. technology
 # company' -> Location); California ('Calif.' in the company's seat, 'California' written in full twice: one
 # Location, 'Calif.' an alias); the U.S. District Court ('filed in U.S. District Court in Los Angeles' ->
 # Organization 'U.S. District Court', the corpus's way with 'U.S. District Court in <city>'); Los Angeles and
 # Huntington Beach (Locations: the court's city, Cotton's residence). Not annotated: 'distributors', 'a third
 # party', 'one of its distributors' (unnamed), 'Lantronix product' (generic), 'the investing public' (generic), 'an
 # order' (a court paper), 'the federal securities laws' (laws)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Steven V. Cotton", "Cotton"),
           E("Company", LTX, "Lantronix"),
           E("Location", "Irvine"),
           E("Location", "California", "Calif."),
           E("Organization", "U.S. District Court"),
           E("Location", "Los Angeles"),
           E("Location", "Huntington Beach")],
 # 'Steven V. Cotton, the former chief financial officer and chief operating officer of Lantronix, Inc.' -> cfo and
 # coo at Lantronix, Inc., both current false ('former' governs both posts joined by 'and'). Near-misses: none other
 # (no other person named)
 roles=[R("Steven V. Cotton", "cfo", LTX, False),
        R("Steven V. Cotton", "coo", LTX, False)],
 # None. Near-misses: 'Cotton caused Lantronix to loan funds to a third party to purchase Lantronix product from one
 # of its distributors' (a loan and a distributor relation, but neither party named); 'sending excessive product to
 # distributors' (unnamed customers); 'Lantronix agreed to the issuance of an order that it cease and desist' (a
 # regulator's order: no partner)
 relations=[],
 outages=[],
 # 'today' (in 'today filed') -> 2006-09-28 (the release line's day, cut: `published`). Skipped: 'in its fiscal 2002
 # and 2001 years' (fiscal years: GATHERING.md's fiscal rule -- **doubtful** only as to form: a reader may give '2002'
 # and '2001' as years; the text writes 'fiscal'); 'age 43'
 dates=[D("today", "2006-09-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
