#!/usr/bin/env python3
"""Gold annotations (the texts of batch52n.py: three CFTC enforcement press releases -- the revised restraining order
against Fred Monte, Jeanne H. Monte and Comp Tech Ltd., Inc. of Boca Raton, Florida, 'Fred Monte and Jeanne Monte are
the president and the secretary, respectively, of Comp Tech', U.S. District Judge Kenneth L. Ryskamp (4336-99, 12
November 1999, as the Weekly Advisory No. 48-99 reprints it); the administrative complaint against 'Darryl M. Osler of
Delray Beach, Florida, a former branch manager of the Delray Beach Florida office of Ceres Trading Group, Inc.'
(4366-00, 22 February 2000); the complaint against 'Excellent USA, Inc., a registered non-clearing futures commission
merchant (FCM), and its managing director, John F. Gallwas', and the settled order against 'LFG, L.L.C.' (4553-01, 20
August 2001)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Ceres/Osler file to test, the Comp Tech file to train, the Excellent USA file to dev.
Dates resolve against `published` (each release's own date line; for 4336-99 the release's 'For Release: November 12,
1999', not the Weekly Advisory's November 19).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk, 51zl, 51zs, 52a, 52g; looked up in the corpus's files by their gold
only where other matters): the regulator -> Organization, the fullest name the text gives ('Commodity Futures Trading
Commission': none of the three writes 'U.S.'), 'CFTC' as alias; a federal district court -> Organization as written,
its judge -> Person with no role (51n, 51o, 51zs, 52a, 52g); 'president' -> president; a corporate 'secretary' -> other
(40zg's Koss file); 'managing director' -> director (GUIDELINES.md); 'branch manager' / 'co-manager' of a firm's office
-> executive ('manager'), current=false when 'former'; 'Firm, Inc.' written once beside a short form -> the full name
with the short form as alias; a surname alone -> alias; 'City, State' -> one Location; a state written on its own
('a Florida corporation') -> its own Location; registration categories (futures commission merchant, FCM, introducing
broker, associated persons, APs), laws and rules (the Commodity Exchange Act, CFTC regulations), complaints, orders,
case captions and numbers, release numbers, unnamed customers, clients and 'two Japanese firms' -> nothing; a date
repeated with the same text and value -> one item (the manual).
Text note: the store gives U+FFFD replacement characters inside two of the texts ('Case No.\ufffd99-8750-CIV-RYSKAMP';
'Ceres\ufffd Delray Beach office', twice); the gold's names do not include them ('Ceres' is matched before the mark).
usage: batch52n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "Commodity Futures Trading Commission"
COMP = "Comp Tech Ltd., Inc."
CERES = "Ceres Trading Group, Inc."
EXC = "Excellent USA, Inc."
A = {}

# ---- Ceres Trading Group, former branch manager Darryl M. Osler, CFTC 4366-00, published 2000-02-22 (a Tuesday) ----------
A["us-cftc-ceres-trading-group-former-branch-manager-darryl-osler-delray-beach-commodity-options-fraud-complaint-2000"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'The CFTC complaint', 'CFTC regulations': alias 'CFTC'); Darryl
 # M. Osler ('Osler' throughout: alias); Delray Beach, Florida ('of Delray Beach, Florida': one Location; 'Delray Beach'
 # in 'the Delray Beach Florida office' and 'Ceres\ufffd Delray Beach office' as alias -- **doubtful**: there the city
 # names the firm's office (a reader may leave the office phrases out, or split 'Delray Beach' and 'Florida'); Ceres
 # Trading Group, Inc. ('of Ceres Trading Group, Inc.', 'APs of Ceres', "Ceres\ufffd Delray Beach office" twice: alias
 # 'Ceres'; Company). Not annotated: 'the Delray Beach Florida office' (an office, not an organisation of its own --
 # **near-miss**: a reader may make the branch an Organization with parentOrganization Ceres); 'associated persons
 # (APs)' (a registration category, unnamed brokers); 'customers' (unnamed); the Commodity Exchange Act, 'CFTC
 # regulations 32.9 and 33.10', 'regulation 166.3' (laws and rules); 'a two-count anti-fraud administrative complaint'
 # (a paper); the title (not annotated)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Person", "Darryl M. Osler", "Osler"),
           E("Location", "Delray Beach, Florida", "Delray Beach"),
           E("Company", CERES, "Ceres")],
 # 'a former branch manager of the Delray Beach Florida office of Ceres Trading Group, Inc.' -> executive at Ceres,
 # current=false ('former'; the manual maps 'manager' to executive). 'Osler, a co-manager of Ceres\ufffd Delray Beach
 # Florida office' 'between January 1996 and May 1999' is the same post told again: one role, not two --
 # **doubtful**: a branch manager is a middle post; a reader may give no role (an office's manager is not a firm's
 # officer), or 'other'
 roles=[R("Darryl M. Osler", "executive", CERES, False)],
 # No relation: one firm only. Near-miss: the Delray Beach office as a unit of Ceres (not an annotated entity)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2000-02-22 (`published`); 'February 18, 2000' ('filed on February 18, 2000') ->
 # 2000-02-18; 'January 1996' ('between January 1996 and May 1999') -> 1996-01; 'May 1999' -> 1999-05. Nothing
 # skipped in the kept text
 dates=[D("today", "2000-02-22"), D("February 18, 2000", "2000-02-18"), D("January 1996", "1996-01"),
        D("May 1999", "1999-05")])

# ---- Comp Tech Ltd., Inc., president Fred Monte, secretary Jeanne H. Monte, CFTC 4336-99, published 1999-11-12 (a Friday) -
A["us-cftc-comp-tech-president-fred-monte-secretary-jeanne-monte-boca-raton-forex-trading-system-restraining-order-1999"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'CFTC v. ...', 'the CFTC filed', 'CFTC staff': alias 'CFTC');
 # the U.S. District Court for the Southern District of Florida (Organization; 'the court' generic); Fred Monte
 # (Person; no short form -- 'Monte' alone is never written); Jeanne H. Monte ('Jeanne Monte' in the third sentence:
 # alias); Comp Tech Ltd., Inc. ('Comp Tech' in 'of Comp Tech, a Florida corporation': alias; Company); Boca Raton,
 # Florida ('all of Boca Raton, Florida': one Location); Florida ('a Florida corporation': its own Location --
 # **doubtful**: the state of incorporation used as a modifier; a reader may leave it out, and the court's name and
 # 'Boca Raton, Florida' hold it too); Kenneth L. Ryskamp ('U.S. District Judge Kenneth L. Ryskamp': Person, no role;
 # the capitals 'RYSKAMP' inside the case number are no alias). Not annotated: the case caption 'CFTC v. Fred Monte,
 # Jeanne H. Monte, and Comp Tech Ltd., Inc.' and 'Case No.\ufffd99-8750-CIV-RYSKAMP' (a caption and a docket number:
 # their names are the same entities, listed once); 'a revised restraining order' (a court paper); 'defendants'
 # (generic); the trading system of the title (unnamed, and only in the title)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", "U.S. District Court for the Southern District of Florida"),
           E("Person", "Fred Monte"),
           E("Person", "Jeanne H. Monte", "Jeanne Monte"),
           E("Company", COMP, "Comp Tech"),
           E("Location", "Boca Raton, Florida"),
           E("Location", "Florida"),
           E("Person", "Kenneth L. Ryskamp")],
 # 'Fred Monte and Jeanne Monte are the president and the secretary, respectively, of Comp Tech' -> Fred Monte
 # president at Comp Tech Ltd., Inc.; Jeanne H. Monte other at Comp Tech Ltd., Inc. (a corporate secretary: 'other',
 # 40zg's Koss file -- **doubtful**: a reader may give a corporate secretary 'executive', or no role); both current
 # ('are'). Judge Ryskamp -> no role (the lane's rule for judges)
 roles=[R("Fred Monte", "president", COMP), R("Jeanne H. Monte", "other", COMP)],
 # No relation: one firm only
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 1999-11-12 (`published`, the release's own date; **doubtful**: the page is the
 # Weekly Advisory of November 19, 1999, which reprints the release with its date line; 'today' is the release's day);
 # 'October 29, 1999' -> 1999-10-29; 'September 29, 1999' ('which the CFTC filed on September 29, 1999') -> 1999-09-29;
 # 'October 1, 1999' -> 1999-10-01. Skipped: '99' inside the case number (an identifier)
 dates=[D("today", "1999-11-12"), D("October 29, 1999", "1999-10-29"), D("September 29, 1999", "1999-09-29"),
        D("October 1, 1999", "1999-10-01")])

# ---- Excellent USA, Inc., managing director John F. Gallwas, LFG, L.L.C., CFTC 4553-01, published 2001-08-20 (a Monday) --
A["us-cftc-excellent-usa-managing-director-gallwas-lfg-failure-to-supervise-japanese-omnibus-accounts-2001"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'the CFTC charges': alias 'CFTC'); Excellent USA, Inc.
 # ('Excellent USA' throughout, "Excellent USA's": alias; Company); John F. Gallwas ('Gallwas' throughout: alias);
 # Chicago, Illinois ('both of Chicago, Illinois': one Location); LFG, L.L.C. ('a complaint against LFG, L.L.C., a
 # registered FCM': Company; written once, no short form in the kept text -- 'LFG' alone stands only in the cut
 # sub-heading). Not annotated: 'two Japanese firms', 'the Japanese firms' (unnamed; 'Japanese' an adjective, no
 # Location), 'customers' (unnamed); 'futures commission merchant (FCM)', 'non-clearing' (registration categories;
 # 'FCM' a category short form, not a name); 'a two-count complaint', 'an order filing, and simultaneously settling, a
 # complaint' (papers); 'omnibus accounts', 'spread orders', 'wash sales' (trading terms); the title (not annotated)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", EXC, "Excellent USA"),
           E("Person", "John F. Gallwas", "Gallwas"),
           E("Location", "Chicago, Illinois"),
           E("Company", "LFG, L.L.C.")],
 # 'Excellent USA, Inc., ..., and its managing director, John F. Gallwas' -> director at Excellent USA, Inc. (the
 # manual: managing director -> director), current (the text tells no one left)
 roles=[R("John F. Gallwas", "director", EXC)],
 # No relation. **Near-misses**: the two Japanese firms as Excellent USA's 'clients' (a customer tie, but the firms
 # are unnamed, so no entity to tie); LFG and Excellent USA (both FCMs charged over the same Japanese firms' omnibus
 # accounts; the text states no dealing between them -- no partner)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2001-08-20 (`published`); 'March 1994' ('between March 1994 and January 1998') ->
 # 1994-03; 'January 1998' -> 1998-01. Skipped: 'each futures month' (no calendar value)
 dates=[D("today", "2001-08-20"), D("March 1994", "1994-03"), D("January 1998", "1998-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
