#!/usr/bin/env python3
"""Batch 50g gold annotations (the texts of batch50g.py: two CFTC enforcement press releases -- the order against
'Bunge Global Markets, Inc. (Bunge) of White Plains, N.Y.' over soybean futures orders entered in the pre-opening
session of 'Globex, the CME Group, Inc.'s (CME) electronic trading platform' (6007-11, 22 March 2011); the order
against 'Goldman, Sachs & Co. (Goldman), a registered futures commission merchant (FCM) based in New York, N.Y.' for
failing to supervise 'an associated person and former Goldman trader, Matthew Marshall Taylor', who traded on 'the
Chicago Mercantile Exchange's (CME) Globex platform' (6450-12, 7 December 2012)), written from the texts alone; newskg
was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Bunge file to test, the Goldman file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d; looked up in the corpus's files by their gold only where other matters): regulators -> Organization, the
fullest name the text gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' as alias, and 'Commission' where the
text uses it alone for the CFTC (49h); 'City, State' as one Location (50d's 'New York, N.Y.'; here also 'White Plains,
N.Y.'); an exchange run as a business -> Company (the manual's stock exchanges; 49g's NYMEX, 49h's Chicago Mercantile
Exchange, 50d's Chicago Board of Trade and CME Group, Inc.); an electronic trading platform named as the exchange's
('Globex, the CME Group, Inc.'s (CME) electronic trading platform', "the Chicago Mercantile Exchange's (CME) Globex
platform") -> Service with provider to the exchange company (the manual's platforms users use; 49h's CME Cheese Spot
Call market -> Service with provider to the CME); futures contracts ('soybean futures contracts', 'the e-mini S&P 500
futures contract') -> nothing (49g's and 49h's exchange contracts); stock indices inside a contract's name (S&P 500)
-> nothing (the manual); a broker or trader named as a firm's employee -> other at the firm (the SEC Sihpol file's
'The broker' -> other at Bank of America); laws and regulations (the Commodity Exchange Act, 'Commission Regulation
166.3') -> nothing.
usage: batch50g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
BGM = "Bunge Global Markets, Inc."
CBOT = "Chicago Board of Trade"
CMEG = "CME Group, Inc."
GS = "Goldman, Sachs & Co."
CME = "Chicago Mercantile Exchange"
TAYLOR = "Matthew Marshall Taylor"
A = {}

# ---- Bunge Global Markets order, CFTC press release 6007-11, published 2011-03-22 (a Tuesday) ---------------------------
A["us-cftc-bunge-global-markets-soybean-futures-pre-opening-orders-globex-cme-group-2011"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order', 'the CFTC order finds': alias 'CFTC');
 # Bunge Global Markets, Inc. ('(Bunge)', 'Bunge had no intention', "Bunge's proprietary traders", 'The Bunge
 # traders': alias 'Bunge'); White Plains, N.Y. ('(Bunge) of White Plains, N.Y.': one Location, the lane's 'City,
 # State' way); Globex ('on Globex' twice, "Globex's pre-opening session": Service, 'the CME Group, Inc.'s (CME)
 # electronic trading platform' -- a platform traders use); the Chicago Board of Trade (named once, in 'Chicago Board
 # of Trade soybean futures contracts': Company, the exchange whose contracts they are -- **doubtful**: the manual
 # leaves out a company named only inside a product's name, and a reader may read 'Chicago Board of Trade soybean
 # futures contracts' as one product name and give no entity); CME Group, Inc. ("the CME Group, Inc.'s (CME)": alias
 # 'CME'). Not annotated: 'soybean futures contracts' and 'soybean futures' (exchange contracts, no Service --
 # near-miss, as 49g, 49h); 'Indicative Opening Price' (sub-heading only, cut); 'two of Bunge's proprietary traders
 # (and employees)' (unnamed -- near-miss); 'the Commodity Exchange Act' (a law); 'U.S.' inside the CFTC's own name;
 # 'the order' (a document)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", BGM, "Bunge"),
           E("Location", "White Plains, N.Y."),
           E("Service", "Globex"),
           E("Company", CBOT),
           E("Company", CMEG, "CME")],
 # No person is named: no role. Near-miss: 'two of Bunge's proprietary traders (and employees)' (unnamed, so no Person
 # and no role)
 roles=[],
 # 'Globex, the CME Group, Inc.'s (CME) electronic trading platform' -> provider(Globex, CME Group, Inc.). Near-misses:
 # the Chicago Board of Trade and CME Group, Inc. (no tie stated in this text; 50d's 'which is part of CME Group, Inc.'
 # is another text -- a reader who knows it may add parentOrganization(CBOT, CME Group, Inc.), not from this text);
 # Bunge trading on Globex (a user of a platform, no partner or customer contract stated); Bunge Global Markets'
 # parent (none named -- the release names no Bunge group company); the CFTC's order (enforcement, no relation type)
 relations=[L("Globex", "provider", CMEG)],
 outages=[],
 # 'today' ('today filed and simultaneously settled') -> 2011-03-22 (`published`); 'March 2009' ('in March 2009, two
 # of Bunge's proprietary traders') -> 2009-03. Skipped: "the day's trading session" (no calendar value); 'March 22,
 # 2011' (the date line, cut)
 dates=[D("today", "2011-03-22"), D("March 2009", "2009-03")])

# ---- Goldman, Sachs & Co. order, CFTC press release 6450-12, published 2012-12-07 (a Friday) ----------------------------
A["us-cftc-goldman-sachs-supervision-failures-former-trader-taylor-e-mini-globex-2012"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC charges', 'The CFTC Order', "the CFTC's Order", 'a
 # CFTC regulation': alias 'CFTC'; 'a Commission registrant' and 'Commission Regulation 166.3': alias 'Commission', as
 # 49h -- **doubtful**: both uses sit inside set phrases, and a reader may leave 'Commission' out); Goldman, Sachs &
 # Co. ('(Goldman)', then 'Goldman' throughout, 'former Goldman trader': alias 'Goldman'; the text's own spelling with
 # the comma); New York, N.Y. ('based in New York, N.Y.': one Location, as 50d's); Matthew Marshall Taylor (named
 # once; 'Taylor' only past the cut); the Chicago Mercantile Exchange ("the Chicago Mercantile Exchange's (CME)":
 # alias 'CME'; Company, an exchange run as a business, as 49h's); Globex ("Globex platform": Service, the exchange's
 # trading platform, as in the Bunge file). Not annotated: 'the e-mini S&P 500 futures contract' (an exchange
 # contract, no Service -- near-miss; S&P 500 a stock index, not an entity by the manual); 'futures commission
 # merchant (FCM)' (a registration category, generic); 'its front office systems' (unnamed systems); 'Commission
 # Regulation 166.3' (a regulation); 'U.S.' inside the CFTC's own name; 'the CFTC's Order' (a document)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", GS, "Goldman"),
           E("Location", "New York, N.Y."),
           E("Person", TAYLOR),
           E("Company", CME, "CME"),
           E("Service", "Globex")],
 # 'an associated person and former Goldman trader, Matthew Marshall Taylor' -> other at Goldman, Sachs & Co., current
 # false ('former'; a trader, no title in the vocabulary -- the SEC Sihpol file's broker -> other) -- **doubtful**: a
 # reader may give no role (a trader's job, not a post; the corpus's Columbia file gives 'formerly a Columbia
 # portfolio manager' none), and 'associated person' is a CFTC registration status, not a title
 roles=[R(TAYLOR, "other", GS, False)],
 # "the Chicago Mercantile Exchange's (CME) Globex platform" -> provider(Globex, Chicago Mercantile Exchange)
 # (**doubtful**: the Bunge release names CME Group, Inc. as Globex's owner; this text names the exchange, and the
 # gold follows each text). Near-misses: Taylor's trading on Globex (a user, no relation type); Goldman as 'a
 # Commission registrant' (registration with a regulator, no relation type); the CFTC's order (enforcement)
 relations=[L("Globex", "provider", CME)],
 outages=[],
 # 'today' ('today announced') -> 2012-12-07 (`published`); 'late 2007' -> 2007 (the manual: 'late 2006' -> the year);
 # 'During November and December 2007': 'November' -> 2007-11 (the year read across the pair, as the corpus's 'July and
 # August 2011' files give 'July') and 'December 2007' -> 2007-12; 'in mid-November and mid-December 2007':
 # 'mid-November' -> 2007-11 and 'mid-December 2007' -> 2007-12 (the month, as the corpus's 'mid-December' item).
 # Skipped: 'for several months' (twice), 'on seven days' (no calendar value); 'December 7, 2012' (the date line, cut)
 dates=[D("today", "2012-12-07"), D("late 2007", "2007"), D("November", "2007-11"), D("December 2007", "2007-12"),
        D("mid-November", "2007-11"), D("mid-December 2007", "2007-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
