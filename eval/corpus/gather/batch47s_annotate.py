#!/usr/bin/env python3
"""Batch 47s gold annotations (the texts of batch47s.py: the SEC's Litigation Release No. 22698 of 8 May 2013 on
Subaye, Inc., 'a company based in China', and 'James T. Crane, its former Chief Financial Officer', sued in the U.S.
District Court for the Southern District of New York; the SEC's press release 2013-4 of 9 January 2013 on 'three
former executives at Norfolk, Va.-based Bank of the Commonwealth' -- 'Edward J. Woodard, who was CEO, president, and
chairman of the board', 'CFO Cynthia A. Sabol', 'executive vice president Stephen G. Fields' -- and 'the bank's parent
company Commonwealth Bankshares'; the SEC's press release 2012-198 of 25 September 2012 on 'Gilbert G. Lundstrom, who
was the CEO and chairman of the board at Lincoln, Neb.-based TierOne Bank', 'president and chief operating officer
James A. Laphen', 'chief credit officer Don A. Langford', the Office of Thrift Supervision and 'Lundstrom's son
Trevor A. Lundstrom'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a, 47e, 47h, 47k, 47m and 47p for SEC releases): the SEC -> Organization, the full name where the text
writes it, with its aliases ('SEC', 'Commission'); 'former' (or 'who was') -> current false, and the posts of people
the text counts among 'former executives' -> current false; 'CEO' -> ceo, 'Chief Financial Officer'/'CFO' -> cfo,
'chairman of the board' -> chairman, 'president' -> president, 'chief operating officer' -> coo, 'executive vice
president' -> vice-president (GUIDELINES), 'chief credit officer' -> executive (GUIDELINES: chief officers of a
function other than the listed ones -> executive); a court named in full -> Organization (46g); 'federal court in
<city>' -> the city a Location, no court entity (42g, 42v, 44p); '<city>, <state abbreviation>-based' -> one Location
'<city>, <abbr.>' (44p's 'San Jose, Calif.', 45f; the lane is split, a reader may cut the abbreviation off); 'based
in China', 'trades in the U.S.' -> Location (43a, 43g); 'southern California' -> California (the corpus's
Death Valley and FERC texts); nationality adjectives ('Chinese businesses') -> nothing; a parent company named as the
bank's 'parent company' -> parentOrganization(bank, parent); a regulator of a bank -> no relation (no predicate);
family ties -> no relation (no predicate); a span of years written '2010-2011' -> no item (a reader may give the
first year); 'that fiscal year' -> no item; 'today' from the release's day.
usage: batch47s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SUB = "Subaye, Inc."
SNY = "U.S. District Court for the Southern District of New York"
BOC = "Bank of the Commonwealth"
CWB = "Commonwealth Bankshares"
TIB = "TierOne Bank"
OTS = "Office of Thrift Supervision"
A = {}

# ---- Subaye and Crane, LR 22698, published 2013-05-08 (a Wednesday) -------------------------------------------------
A["us-sec-subaye-china-based-former-cfo-crane-non-existent-cloud-computing-business-2013"] = dict(
 # The Securities and Exchange Commission ('The Commission alleges', "The Commission's complaint": alias
 # 'Commission'; 'SEC' only in the title, not annotated); New York City ('in federal court in New York City' -> the
 # city a Location, no court entity, 42g, 44p); Subaye, Inc. ('Subaye' throughout: alias; 'the company' generic);
 # China ('a company based in China' -> Location, 43a); the U.S. ('whose stock trades in the U.S.'; 'a U.S. citizen'
 # the same place used as an adjective -> one Location, 43g); James T. Crane ('Crane': alias); California ('recently
 # living in southern California' -> California; **doubtful**: a reader may keep 'southern California' as the name);
 # the U.S. District Court for the Southern District of New York (a court named in full -> Organization, 46g; 'New
 # York' inside its name: no Location). Not annotated: 'Chinese businesses' (a nationality adjective), 'the company's
 # auditors', 'investors', 'real customers' (unnamed), 'cloud computing services' (no named service)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "New York City"),
           E("Company", SUB, "Subaye"),
           E("Location", "China"),
           E("Location", "U.S."),
           E("Person", "James T. Crane", "Crane"),
           E("Location", "California"),
           E("Organization", SNY)],
 # 'James T. Crane, its former Chief Financial Officer' ('its' = Subaye) -> cfo at Subaye, Inc., current false.
 # Near-misses: 'a U.S. citizen' (no post); the company's auditors (unnamed)
 roles=[R("James T. Crane", "cfo", SUB, False)],
 # None: one company. Near-misses: Subaye 'a company based in China' (a seat, no relation); 'a provider of cloud
 # computing services to Chinese businesses' (no named customer: no partner); the court and 'federal court in New
 # York City' (venues)
 relations=[],
 outages=[],
 # 'announced today' -> 'today' 2013-05-08 (the release line's day, cut); 'on May 8, 2013' -> 2013-05-08 (another
 # text, the same value: its own item); 'during 2010' and 'in 2010' -> '2010' 2010 (one item); 'for 2011' -> '2011'
 # 2011; 'by May 2011' -> 'May 2011' 2011-05. Skipped: 'during 2010-2011' (a span of years, no single value;
 # **doubtful**: a reader may give 2010 as 11062's 'From 2003-04'), 'that fiscal year' (the fiscal year's end not
 # written)
 dates=[D("today", "2013-05-08"), D("May 8, 2013", "2013-05-08"), D("2010", "2010"), D("2011", "2011"),
        D("May 2011", "2011-05")])

# ---- Bank of the Commonwealth, Woodard, Sabol and Fields, PR 2013-4, published 2013-01-09 (a Wednesday) ---------------
A["us-sec-bank-of-the-commonwealth-former-ceo-woodard-cfo-sabol-evp-fields-loan-losses-2013"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', 'SEC filings': alias 'SEC'); Norfolk, Va. ('Norfolk,
 # Va.-based' -> one Location, 44p, 45f; **doubtful**: a reader may give 'Norfolk' alone or add Virginia); Bank of
 # the Commonwealth ('the bank' generic); Edward J. Woodard ('Woodard': alias); Cynthia A. Sabol ('Sabol'); Stephen
 # G. Fields ('Fields'); Commonwealth Bankshares ("Commonwealth's public statements and SEC filings" -- the filer is
 # the parent -- and "Commonwealth's rapidly-deteriorating loan portfolio": alias 'Commonwealth' of the parent;
 # **doubtful**: the second use may be read as the bank's, the loan portfolio being the bank's; a reader may give
 # the alias to Bank of the Commonwealth or to neither). Not annotated: 'the company' (generic), 'investors', 'the
 # investing public', 'the public' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Norfolk, Va."),
           E("Company", BOC),
           E("Person", "Edward J. Woodard", "Woodard"),
           E("Person", "Cynthia A. Sabol", "Sabol"),
           E("Person", "Stephen G. Fields", "Fields"),
           E("Company", CWB, "Commonwealth")],
 # 'three former executives at Norfolk, Va.-based Bank of the Commonwealth' and 'Edward J. Woodard, who was CEO,
 # president, and chairman of the board' -> ceo, president and chairman at Bank of the Commonwealth, all current false
 # ('who was'; **doubtful**: the posts may also have been held at the parent -- the text names only the bank);
 # 'CFO Cynthia A. Sabol' -> cfo at the bank, current false (one of the 'three former executives'); 'executive vice
 # president Stephen G. Fields' -> vice-president at the bank (GUIDELINES), current false (as Sabol; **doubtful**:
 # no 'former' at their names -- a reader may set true). Near-misses: none (no other person named; Friestad's
 # quotation cut)
 roles=[R("Edward J. Woodard", "ceo", BOC, False), R("Edward J. Woodard", "president", BOC, False),
        R("Edward J. Woodard", "chairman", BOC, False),
        R("Cynthia A. Sabol", "cfo", BOC, False),
        R("Stephen G. Fields", "vice-president", BOC, False)],
 # "the bank's parent company Commonwealth Bankshares" -> parentOrganization(Bank of the Commonwealth, Commonwealth
 # Bankshares) (GUIDELINES: owned-by statements). Near-misses: the bank 'Norfolk, Va.-based' (a seat, no relation);
 # 'investors' (unnamed)
 relations=[L(BOC, "parentOrganization", CWB)],
 outages=[],
 # 'today' (in 'today charged') -> 2013-01-09 (the dateline's day, cut); 'in 2008' -> '2008' 2008. Skipped: 'the
 # height of the financial crisis', 'a time of unprecedented economic turmoil' (no calendar value written)
 dates=[D("today", "2013-01-09"), D("2008", "2008")])

# ---- TierOne Bank, Lundstrom, Laphen and Langford, PR 2012-198, published 2012-09-25 (a Tuesday) ----------------------
A["us-sec-tierone-bank-former-ceo-chairman-lundstrom-president-coo-laphen-understated-losses-2012"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', 'SEC filings', "the SEC's charges": alias 'SEC');
 # Nebraska ('bank executives in Nebraska' -> Location); Gilbert G. Lundstrom ('Lundstrom' in 'Lundstrom, Laphen, and
 # Langford', 'Lundstrom and Laphen agreed', "Lundstrom's son": alias; 'The Lundstroms' (the father and the son) not
 # an alias of either); Lincoln, Neb. ('Lincoln, Neb.-based' -> one Location, 44p; **doubtful** as Norfolk, Va. in
 # 2013-4); TierOne Bank ('TierOne' and "TierOne's": alias; 'the bank' generic); James A. Laphen ('Laphen'); Don A.
 # Langford ('Langford'); Las Vegas, Arizona, Florida (places of lending -> Locations); the Office of Thrift
 # Supervision (a regulator -> Organization, '(OTS)': alias); Trevor A. Lundstrom (named once; the surname alias goes
 # to the father, the text's 'Lundstrom' before the son is named). Not annotated: 'federal regulators', 'investors'
 # (generic), 'other high-growth geographic areas' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Nebraska"),
           E("Person", "Gilbert G. Lundstrom", "Lundstrom"),
           E("Location", "Lincoln, Neb."),
           E("Company", TIB, "TierOne"),
           E("Person", "James A. Laphen", "Laphen"),
           E("Person", "Don A. Langford", "Langford"),
           E("Location", "Las Vegas"),
           E("Location", "Arizona"),
           E("Location", "Florida"),
           E("Organization", OTS, "OTS"),
           E("Person", "Trevor A. Lundstrom")],
 # 'Gilbert G. Lundstrom, who was the CEO and chairman of the board at ... TierOne Bank' -> ceo and chairman, current
 # false ('who was'); 'president and chief operating officer James A. Laphen' -> president and coo at TierOne Bank
 # (the 'along with' ties him to the bank), current false (one of the 'three former bank executives'); 'chief credit
 # officer Don A. Langford' -> executive at TierOne Bank (GUIDELINES: another chief officer -> executive), current
 # false (as Laphen; **doubtful**: no 'former' at Laphen's and Langford's names -- a reader may set true; a reader
 # may give Langford 'other'). Not roles: Trevor A. Lundstrom (no post; 'his son' a family tie)
 roles=[R("Gilbert G. Lundstrom", "ceo", TIB, False), R("Gilbert G. Lundstrom", "chairman", TIB, False),
        R("James A. Laphen", "president", TIB, False), R("James A. Laphen", "coo", TIB, False),
        R("Don A. Langford", "executive", TIB, False)],
 # None. Near-misses: "TierOne's primary banking regulator, the Office of Thrift Supervision" (a regulator: no
 # predicate, no partner); 'Lundstrom's son Trevor A. Lundstrom' (a family tie: no predicate); 'an anticipated asset
 # sale' (no buyer named, and an asset sale: nothing); the bank 'Lincoln, Neb.-based' (a seat)
 relations=[],
 outages=[],
 # 'today' (in 'today charged') -> 2012-09-25 (the dateline's day, cut). Skipped: 'the height of the financial
 # crisis' (no calendar value written)
 dates=[D("today", "2012-09-25")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
