#!/usr/bin/env python3
"""Gold annotations (the texts of batch55r.py: three CFTC enforcement press releases -- the settled order against
'Christopher Louis Pia of North Castle, N.Y., while employed as portfolio manager for Moore Capital Management, LLC
(Moore Capital)', for attempting to manipulate palladium and platinum futures settlement prices on 'the New York
Mercantile Exchange (NYMEX)', with 'Moore Capital is a predecessor of Moore Capital Management, LP' (6079-11, 25 July
2011); the settled secured-funds order against 'Macquarie Futures USA LLC (Macquarie), a New York-based registered
Futures Commission Merchant (FCM)', after ICE Clear Europe's conversion of swaps and options to futures and options
'listed for trading on ICE Futures U.S. Energy Division and ICE Futures Europe' (6679-13, 3 September 2013); the court's
order by 'the Honorable Sara L. Ellis of the U.S. District Court for the Northern District of Illinois' against
'Defendant Yumin Li' and 'co-Defendant Kering Capital Ltd. (Kering), a British Virgin Islands (BVI) company formed by
Li's mother', for money passes on 'the CME Group Inc.'s electronic trading platform' (7498-16, 14 December 2016)),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts): Pia ->
test, Macquarie -> train, Li / Kering -> dev.
Dates resolve against `published` (each release's date line: 'July 25, 2011', 'September 3, 2013', 'December 14, 2016').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl,
54zs, 55a, 55h): the regulator -> Organization under the name the text writes ('U.S. Commodity Futures Trading
Commission' in all three), 'CFTC' as alias; bracketed short forms -> aliases ('Moore Capital', 'NYMEX', 'Macquarie',
'Kering', 'BVI'), a person's surname used alone -> alias ('Pia', 'Li'); 'City, State' -> one Location ('North Castle,
N.Y.'; 55h's 'Wayne, Pa.'); an 'X-based' place -> Location under the place's name as written ('New York'; 55h's
'London', 'Mexico'); a company's home country written as 'a British Virgin Islands (BVI) company' -> Location with its
bracketed alias; an exchange or clearing house run as a business -> Company (the New York Mercantile Exchange, ICE Clear
Europe, ICE Futures U.S. Energy Division, ICE Futures Europe, CME Group Inc.); a court -> Organization under the text's
full form, 'The Court' generic (no alias, 55h); the judge -> Person with no role (54e's 'the Honorable Keith I. Ellison',
51n ... 53m); 'while employed as portfolio manager for X' -> executive at X (GUIDELINES part 2: '"manager" -> executive'),
not current (see Pia); a predecessor the text names -> its own Company with no relation (27e's Haley / Gree Electric);
an adjectival 'U.S.' outside a name -> Location 'U.S.' (49k, 55a, 55h); regulations ('CFTC Regulation 30.7'), laws (the
Commodity Exchange Act), contracts (palladium and platinum futures contracts, OTC swaps and options), registration
categories ('Futures Commission Merchant (FCM)'), labels ('(ICE conversion)', '(relevant period)'), unnamed employers,
relatives, investors, firms and platforms -> nothing; 'five years', 'the same period', 'the last ten seconds' -> no
date; a release number ('7193-15') -> no date, but the date written after it ('July 6, 2015') -> a date.
usage: batch55r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

UCFTC = "U.S. Commodity Futures Trading Commission"
PIA = "Christopher Louis Pia"
MCM_LLC = "Moore Capital Management, LLC"
MCM_LP = "Moore Capital Management, LP"
NYMEX = "New York Mercantile Exchange"
MACQ = "Macquarie Futures USA LLC"
ICECE = "ICE Clear Europe"
ICEUS = "ICE Futures U.S. Energy Division"
ICEEU = "ICE Futures Europe"
COURT = "U.S. District Court for the Northern District of Illinois"
KERING = "Kering Capital Ltd."
A = {}

# ---- Christopher Louis Pia / Moore Capital Management, LLC, CFTC 6079-11, published 2011-07-25 (a Monday) -------------
A["us-cftc-christopher-pia-portfolio-manager-moore-capital-management-palladium-platinum-nymex-attempted-manipulation-2011"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC order' in the deck and body, 'CFTC-regulated': alias
 # 'CFTC'); Christopher Louis Pia ('Pia' throughout, the deck's 'on Pia' included: alias 'Pia'; Person); North Castle,
 # N.Y. ('of North Castle, N.Y.': one Location, the 'City, State' way with the abbreviation as written -- his home, no
 # role or relation attaches); Moore Capital Management, LLC ('(Moore Capital)', 'Moore Capital is a predecessor ...',
 # 'at Moore Capital frequently': alias 'Moore Capital'; Company); Moore Capital Management, LP (Company, its own
 # entity: the text calls the LLC its predecessor -- **doubtful**: a reader may take the LP as the same firm under a
 # later legal form and list it as an alias of the LLC; 27e kept a named predecessor apart with no relation, and the
 # text does not say the firm was renamed or converted); the New York Mercantile Exchange ('(NYMEX)': alias 'NYMEX';
 # Company, an exchange run as a business). Not annotated: 'palladium and platinum futures contracts', 'CFTC-regulated
 # products' (contracts and a category); 'banging the close' (a trading practice); 'current investors', 'current and
 # future employees, principals, and officers', 'existing and prospective clients' (unnamed people -- **near-miss**:
 # the 'officers' are Pia's own business's, unnamed, no role); '(relevant period)' (a label); the heading's 'Hedge
 # Fund' and 'Former' (title only, not text); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Person", PIA, "Pia"),
           E("Location", "North Castle, N.Y."),
           E("Company", MCM_LLC, "Moore Capital"),
           E("Company", MCM_LP),
           E("Company", NYMEX, "NYMEX")],
 # 'while employed as portfolio manager for Moore Capital Management, LLC (Moore Capital)' -> executive at Moore Capital
 # Management, LLC, current false -- **doubtful** twice: (1) the title: GUIDELINES part 2 maps '"manager"' to
 # executive and the text states a post held at a named firm ('employed as ... for'), so executive; 46g and 47e gave
 # no role to 'portfolio managers' of named funds, where the post was a function over products rather than employment
 # at a firm (a reader following them gives no role); (2) current: 'while employed as' tells the post as the time of
 # the conduct (2007-2008), and the text names the LLC only as 'a predecessor' of the LP, so the post is not held now
 # (the heading's 'Former', not in the text, agrees). **Near-misses**: a role at Moore Capital Management, LP (the text
 # never says Pia worked for the LP); Pia at NYMEX (he traded there: no post); the Division of Enforcement Director
 # David Meister (cut with the quotation's broken paragraph: not in the text, no entity or role)
 roles=[R(PIA, "executive", MCM_LLC, False)],
 # No relation. **Near-misses**: 'Moore Capital is a predecessor of Moore Capital Management, LP' -> no
 # parentOrganization (a predecessor is neither a unit nor an owner) and no acquired (no purchase written: 27e's
 # Haley); Moore Capital's trading 'on the New York Mercantile Exchange (NYMEX)' (a market participant on an
 # exchange, no partner, 50g, 55h); the LP's or LLC's owner (none written)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2011-07-25 (`published`); 'November 2007' ('from at least November 2007 until May
 # 2008') -> 2007-11; 'May 2008' -> 2008-05. Skipped: '(relevant period)' (a label); 'the last ten seconds of the
 # closing period' (no calendar value); the date line (cut); '$1 million' (an amount)
 dates=[D("today", "2011-07-25"), D("November 2007", "2007-11"), D("May 2008", "2008-05")])

# ---- Macquarie Futures USA LLC, CFTC 6679-13, published 2013-09-03 (a Tuesday) ------------------------------------------
A["us-cftc-macquarie-futures-usa-new-york-fcm-secured-funds-deficiency-ice-clear-europe-conversion-2013"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC Regulation 30.7', 'The CFTC Order': alias 'CFTC');
 # Macquarie Futures USA LLC ('(Macquarie)' and 'Macquarie' throughout, "Macquarie's secured funds": alias
 # 'Macquarie'; Company); New York ('a New York-based registered Futures Commission Merchant': Location, the 'X-based'
 # way); ICE Clear Europe (three times; Company, a clearing house run as a business, the exchange way of GUIDELINES
 # part 2); ICE Futures U.S. Energy Division (Company, as written -- **doubtful**: the name reads as a division of an
 # 'ICE Futures U.S.' the text never names alone, so no second entity and no parentOrganization; a reader may type it
 # Organization or cut it to 'ICE Futures U.S.'); ICE Futures Europe (Company, an exchange); U.S. ('to U.S.
 # exchange-listed futures and options': Location, the adjectival 'U.S.' -- **doubtful**, as 55h's ED&F Man). Not
 # annotated: 'a ... registered Futures Commission Merchant (FCM)' (a registration category, 'FCM' no alias of a
 # name); 'CFTC Regulation 30.7' (a rule); 'OTC swaps and options', 'exchange-listed futures and options' (contracts);
 # '(ICE conversion)', 'this conversion', 'the ICE conversion' (a label for an event -- **near-miss**: its 'ICE' is no
 # mention of an Intercontinental Exchange entity the text never names); 'all concerned firms' (unnamed); secured and
 # segregated accounts and funds (account types); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Company", MACQ, "Macquarie"),
           E("Location", "New York"),
           E("Company", ICECE),
           E("Company", ICEUS),
           E("Company", ICEEU),
           E("Location", "U.S.")],
 # No role: no person is named in the kept text. **Near-misses**: Macquarie's officers and staff (none named); the
 # CFTC's officials (none named in the kept part)
 roles=[],
 # No relation. **Near-misses**: ICE Clear Europe converting swaps and options 'to be listed for trading on ICE
 # Futures U.S. Energy Division and ICE Futures Europe' (a clearing house and the exchanges where the contracts list:
 # no partnership, supply or ownership written, so no partner or parentOrganization; the shared 'ICE' prefix states no
 # tie, and the group that owns them is not in the text); 'Assets held by ICE Clear Europe', 'instructions and support
 # provided by ICE Clear Europe' to 'all concerned firms, including Macquarie' (a clearing house's notice to its
 # firms: no customer or partner contract in the text's words); Macquarie's parent (none written: outside knowledge
 # of the Macquarie group is not in the text)
 relations=[],
 outages=[],
 # 'today' ('today issued') -> 2013-09-03 (`published`); 'October 15, 2012' (twice: 'on October 15, 2012, ICE Clear
 # Europe converted', 'on October 15, 2012, Macquarie transferred'; one item, the same text and value) -> 2012-10-15;
 # 'October 15' ('later on October 15', no year: the same day as the sentence before, 2012 -- another text with the
 # same value, its own item by GUIDELINES part 2). Skipped: the date line (cut); '$150,000', '$45 million' (amounts)
 dates=[D("today", "2013-09-03"), D("October 15, 2012", "2012-10-15"), D("October 15", "2012-10-15")])

# ---- Yumin Li and Kering Capital Ltd., CFTC 7498-16, published 2016-12-14 (a Wednesday) -------------------------------
A["us-cftc-yumin-li-kering-capital-bvi-money-passes-cme-group-court-order-restitution-penalty-ellis-2016"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'a CFTC Complaint', 'CFTC Complaint and Release No.':
 # alias 'CFTC'); Sara L. Ellis ('the Honorable Sara L. Ellis of the U.S. District Court ...': Person); the U.S.
 # District Court for the Northern District of Illinois (Organization, a court, the text's full form; 'The Court',
 # "The Court's Order" generic: no alias, 55h); Yumin Li ('Defendant Yumin Li', 'Li' throughout, "Li's former
 # employer", "Li's mother": alias 'Li'; Person); Kering Capital Ltd. ('co-Defendant Kering Capital Ltd. (Kering)',
 # 'Kering' throughout, "Kering's trading account": alias 'Kering'; Company); the British Virgin Islands ('a British
 # Virgin Islands (BVI) company': alias 'BVI'; Location, the company's home as written); CME Group Inc. ("the CME Group
 # Inc.'s electronic trading platform": Company, an exchange operator run as a business). Not annotated: 'Illinois'
 # inside the court's name (part of a name, no mention of its own, 55h's Edge; the heading's 'Federal Court in
 # Illinois' is title only); "Li's former employer", 'the employer' (unnamed -- **near-miss**); "Li's mother"
 # (unnamed -- **near-miss**); 'Defendants' (a label); 'an Opinion and Order (Order)', 'a CFTC Complaint' (papers);
 # 'the Commodity Exchange Act' (a law); 'the commodity futures markets' (generic); 'money passes', 'fictitious sales',
 # 'non-competitive transactions' (practices); 'Release No. 7193-15' (a release number); amounts
 entities=[E("Organization", UCFTC, "CFTC"),
           E("Person", "Sara L. Ellis"),
           E("Organization", COURT),
           E("Person", "Yumin Li", "Li"),
           E("Company", KERING, "Kering"),
           E("Location", "British Virgin Islands", "BVI"),
           E("Company", "CME Group Inc.")],
 # No role. 'the Honorable Sara L. Ellis of the U.S. District Court for the Northern District of Illinois' -> a Person
 # with no role (the lane's judge way, 51n ... 54e: 'Honorable' is a form of address, and no 'judge' title is written;
 # a reader may give her 'other' at the court). **Near-misses**: Yumin Li at her 'former employer' (unnamed: no org,
 # no role); Li at Kering (she controlled trading in Kering's accounts and gave it 'trading advice and direction', but
 # no post is written: no role; the Court's bar on Kering 'relying upon Li' is no title); Li's mother 'formed' Kering
 # (unnamed: no founder role); Li at CME Group Inc. (she traded on its platform: no post)
 roles=[],
 # No relation. **Near-misses**: "the CME Group Inc.'s electronic trading platform" -- the platform is not named (no
 # Service, so no provider; 55h's and 54zs's Globex is not written here); Kering 'formed by Li's mother' (a person,
 # unnamed: no parentOrganization); Li's money passes from 'her former employer's trading account to Kering's trading
 # account' (a fraud, the employer unnamed: no partner or customer tie); the court's order against Li and Kering (a
 # judgment, not a tie of the vocabulary)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2016-12-14 (`published`); 'December 9, 2016' ('on December 9, 2016, the Honorable
 # Sara L. Ellis ... issued') -> 2016-12-09; 'July 1, 2015' ('a CFTC Complaint filed on July 1, 2015') -> 2015-07-01;
 # 'July 6, 2015' ('(see CFTC Complaint and Release No. 7193-15, July 6, 2015)', the earlier release's date as written)
 # -> 2015-07-06. Skipped: 'for five years', 'for the same period' (spans with no start written); '7193-15' (a release
 # number, though it ends in the year's digits, 55h); the date line (cut); '$300,000', '$900,000' (amounts)
 dates=[D("today", "2016-12-14"), D("December 9, 2016", "2016-12-09"), D("July 1, 2015", "2015-07-01"),
        D("July 6, 2015", "2015-07-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
