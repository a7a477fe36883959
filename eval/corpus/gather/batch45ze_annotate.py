#!/usr/bin/env python3
"""Batch 45ze gold annotations (the texts of batch45ze.py: the SEC's Litigation Release No. 18120 of 30 April 2003 on
'Candie's Inc., a corporation based in Valhalla, NY', 'Neil R. Cole, ... Candie's Chief Executive Officer, President
and Chairman of the Board', 'David Golden, ... Candie's former Chief Financial Officer' and 'Maryann Brown, ...
Candie's former manager of customer service'; the SEC's Litigation Release No. 19285 of 24 June 2005 on 'Joseph Harold
Kiser (Kiser) of Aurora, Colorado', Vari-L's former President, Chief Executive Officer, Chief Scientific Officer and
Chairman, and 'co-conspirator David Sherman (Sherman)', Vari-L's former President, Chief Financial Officer and Chief
Executive Officer), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v and 45za for SEC releases): the SEC -> Organization
('Commission' alias where written; named 'Commission' where the kept text never spells the name out, 45f's and 45r's
way); a court named in full -> Organization ('U.S. District Court in Denver' -> 'U.S. District Court', the city apart,
43c's way); 'Chief Executive Officer' -> ceo; 'Chief Financial Officer' -> cfo; 'President' -> president; 'Chairman of
the Board (of Directors)' -> chairman; 'Chief Scientific Officer' and 'manager' -> executive (GUIDELINES: chief
operating-unit officers and 'manager' -> executive; **doubtful**); 'former', 'held', 'until 2000' -> current false; a
post held now ('is Candie's Chief Executive Officer') -> current true; '<city>, <state>' -> one Location (45r's, 45v's
and 45za's form), also with postal abbreviations ('Valhalla, NY', 45k's 'Irvine, Calif.'); a stock exchange ->
Company (GUIDELINES; 45za's NYSE), a listing -> no relation; seasons -> the year (GUIDELINES); a month with a comma
before its year ('January, 1996') -> the month; ages -> no date item.
usage: batch45ze_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46ze/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CI = "Candie's Inc."
VL = "Vari-L"
A = {}

# ---- Candie's, Cole, Golden and Brown, published 2003-04-30 (a Wednesday) ------------------------------------------------
A["us-sec-candies-ceo-cole-former-cfo-golden-financial-fraud-settled-2003"] = dict(
 # The SEC: the kept text writes only 'the Commission' (the heading's 'SEC' and the page's 'SECURITIES AND EXCHANGE
 # COMMISSION' line are left out) -> Organization named 'Commission' (45f's Measurement Specialties, 45r's Tenet;
 # **doubtful**: a reader may want the full name, which the text lacks, or skip a bare common noun); the United States
 # District Court of the Southern District of New York (named in full, 'of' as written); Candie's Inc. ('Candie's'
 # throughout, also possessive "Candie's Chief Executive Officer": the name itself ends in "'s", so the bare
 # 'Candie's' is the short name, not a possessive form; 'the company' generic); Neil R. Cole ('Cole'); David Golden;
 # Maryann Brown; four places, each '<city>, <state>' as one Location: 'Valhalla, NY' (the company's base), 'New York,
 # NY' (Cole's home), 'Melville, NY' (Golden's), 'Little Falls, NJ' (Brown's) (**doubtful**: a reader splitting city
 # and state (45a, 45f) gets Valhalla, NY, Melville and so on; 'New York, NY' may be read as the city New York only).
 # Not annotated: 'other former directors and members of Candie's senior management' (not named), 'the complaint',
 # 'orders instituting cease-and-desist proceedings' (filings), "women's footwear, handbags and other accessories"
 # (goods, no named product)
 entities=[E("Organization", "Commission"),
           E("Organization", "United States District Court of the Southern District of New York"),
           E("Company", CI, "Candie's"),
           E("Person", "Neil R. Cole", "Cole"),
           E("Person", "David Golden"),
           E("Person", "Maryann Brown"),
           E("Location", "Valhalla, NY"),
           E("Location", "New York, NY"),
           E("Location", "Melville, NY"),
           E("Location", "Little Falls, NJ")],
 # 'Neil R. Cole, Candie's Chief Executive Officer' and '... and is Candie's Chief Executive Officer, President and
 # Chairman of the Board' -> ceo, president and chairman at Candie's, all current ('is'; the heading's "CANDIE'S CEO"
 # agrees; GUIDELINES: a chair named without a director post -> chairman only); 'David Golden, ... was Candie's former
 # Chief Financial Officer' -> cfo, false; 'Maryann Brown, ... was Candie's former manager of customer service' ->
 # executive, false (GUIDELINES: 'manager' -> executive; **doubtful**: a departmental post, not senior; a reader may
 # give no role). Not roles: 'other former directors and members of Candie's senior management' (no one named)
 roles=[R("Neil R. Cole", "ceo", CI), R("Neil R. Cole", "president", CI), R("Neil R. Cole", "chairman", CI),
        R("David Golden", "cfo", CI, False), R("Maryann Brown", "executive", CI, False)],
 # Nothing: 'Candie's Inc., a corporation based in Valhalla, NY' (a seat, no relation type: near-miss); the court and
 # the Commission (a filing, no relation)
 relations=[],
 outages=[],
 # 'Today' -> 2003-04-30 (the release's day; 'Today, the Commission filed'); 'from August 1997' -> 1997-08; 'until the
 # spring of 1999' -> 1999 (GUIDELINES: seasons -> the year). Skipped: the ages ('age 46', 'age 49', 'age 45')
 dates=[D("Today", "2003-04-30"), D("August 1997", "1997-08"), D("the spring of 1999", "1999")])

# ---- Vari-L, Kiser and Sherman, published 2005-06-24 (a Friday) ----------------------------------------------------------
A["us-sec-vari-l-former-ceo-chairman-kiser-indicted-sherman-2005"] = dict(
 # The Securities and Exchange Commission ('(Commission)', 'the Commission'); Joseph Harold Kiser ('(Kiser)', 'Kiser'
 # throughout, "Kiser's"); Aurora, Colorado ('Kiser ... of Aurora, Colorado': one Location, the lane's city-and-state
 # form); Denver ('a federal grand jury in Denver', 'U.S. District Court in Denver', 'formerly based in Denver');
 # the U.S. District Court ('U.S. District Court in Denver' -> 'U.S. District Court', the city apart, 43c's and 44d's
 # way; **doubtful**: a reader may take 'U.S. District Court in Denver' whole, or skip it as no court's full name);
 # David Sherman ('(Sherman)', 'Sherman', "Sherman's"); Vari-L (the company, "Vari-L's"; its full name is not in the
 # kept text); Nasdaq ("Vari-L's common stock traded on Nasdaq": the stock market, a Company per GUIDELINES' stock
 # exchanges, 45za's NYSE; **doubtful**: a reader may skip it as a market rather than its operator). Not annotated:
 # 'a federal grand jury' (no name), 'the indictment', 'reports filed with the Commission' (documents), 'cellular
 # telephones and base stations', 'signal processing components' (goods, no named product)
 entities=[E("Organization", "Securities and Exchange Commission", "Commission"),
           E("Person", "Joseph Harold Kiser", "Kiser"),
           E("Location", "Aurora, Colorado"),
           E("Location", "Denver"),
           E("Organization", "U.S. District Court"),
           E("Person", "David Sherman", "Sherman"),
           E("Company", VL),
           E("Company", "Nasdaq")],
 # 'Kiser held various executive positions at Vari-L, including President, Chief Executive Officer, and Chief
 # Scientific Officer' -> president, ceo and executive (Chief Scientific Officer: a chief officer's post outside the
 # vocabulary -> executive, GUIDELINES; **doubtful**: a reader may give cto, or leave it out) at Vari-L, all false
 # ('held', past; the title's 'Former Vari-L CEO'; the company 'now defunct'); 'From about 1985 until 2000, Kiser was
 # Vari-L's Chairman of the Board of Directors' -> chairman, false ('until 2000'); 'Sherman also held various
 # positions as Vari-L's President, Chief Financial Officer, and Chief Executive Officer' -> president, cfo and ceo at
 # Vari-L, all false ('held'; **doubtful**: the text gives no dates for Sherman's posts, read as past beside the
 # defunct company and Kiser's 'held'). Not roles: 'co-conspirator' (no post)
 roles=[R("Joseph Harold Kiser", "president", VL, False), R("Joseph Harold Kiser", "ceo", VL, False),
        R("Joseph Harold Kiser", "executive", VL, False), R("Joseph Harold Kiser", "chairman", VL, False),
        R("David Sherman", "president", VL, False), R("David Sherman", "cfo", VL, False),
        R("David Sherman", "ceo", VL, False)],
 # Nothing: 'Vari-L's common stock traded on Nasdaq' (a listing, no relation type: near-miss, as 45za's NYSE-listed
 # Doral); 'formerly based in Denver' (a seat, no relation)
 relations=[],
 outages=[],
 # 'announced today' -> 2005-06-24; 'on June 9' -> 2005-06-09 (the indictment, before the release's day, same year);
 # 'on June 23' -> 2005-06-23 (the appearance, the day before the release); 'from January, 1996' -> 1996-01; 'through
 # May, 2000' -> 2000-05; 'From about 1985' -> 1985 (**doubtful**: 'about' hedges the year; listed as written);
 # 'until 2000' -> 2000 (its own text beside 'May, 2000'). Skipped: 'for a given quarter' (no quarter named), 'six
 # criminal counts' (a count)
 dates=[D("today", "2005-06-24"), D("June 9", "2005-06-09"), D("June 23", "2005-06-23"),
        D("January, 1996", "1996-01"), D("May, 2000", "2000-05"), D("1985", "1985"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
