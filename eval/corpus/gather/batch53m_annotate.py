#!/usr/bin/env python3
"""Gold annotations (the texts of batch53m.py: two CFTC enforcement press releases -- the order of Judge Blanche M.
Manning of the United States District Court for the Northern District of Illinois extending the asset freeze against
'Lake Shore Asset Management Limited (LAM)', with the CFTC's contempt motion against it (5353-07, 17 July 2007); the
trial order against 'Hunter Wise Commodities, LLC, Hunter Wise Services, LLC, Hunter Wise Credit, LLC, and Hunter Wise
Trading, LLC and the individuals running the companies, Fred Jager and Harold Edward Martin, Jr.', with Gretchen L.
Lowe, 'Acting Director of the CFTC's Division of Enforcement', quoted (6935-14, 22 May 2014)), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Hunter Wise -> test, Lake Shore -> train.
Dates resolve against `published` (5353-07's 'For Release: July 17, 2007'; 6935-14's date line 'May 22, 2014').
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j): the regulator ->
Organization under the name the text writes ('U.S. Commodity Futures Trading Commission' in both), 'CFTC' as alias; a
district court named in full -> Organization as written, its judge -> Person with no role; a firm's '(Short)' ->
alias; 'Director of the CFTC's Division of Enforcement' -> director at the CFTC, the Division not an entity when named
only inside the title (51a's McDonald, 53j's Mocek); owners or persons 'running' a firm with no title -> no role (the
lane's owner rule: 40zm's Grenda, 46m's Strong, 52za's owners, 53e's Murray, 53j's Tulving); a State named alone ('a
federal court in Florida') -> Location; laws (the Dodd-Frank act), orders, motions, release numbers, registration
categories (CTA, CPO), unnamed customers and staff -> nothing; a release date inside '(see CFTC ... Release NNNN-YY,
Month D, YYYY)' -> a date item (53e's 'April 6, 2004').
usage: batch53m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC_US = "U.S. Commodity Futures Trading Commission"
NDIL = "United States District Court for the Northern District of Illinois"
LAM = "Lake Shore Asset Management Limited"
HWC = "Hunter Wise Commodities, LLC"
A = {}

# ---- Lake Shore Asset Management Limited, Judge Manning (N.D. Ill.), CFTC 5353-07, published 2007-07-17 (a Tuesday) ---
A["us-cftc-lake-shore-asset-management-asset-freeze-extended-judge-manning-contempt-motion-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'the CFTC' six more times, "the CFTC's", 'CFTC staff',
 # 'CFTC News Release': alias 'CFTC'); Blanche M. Manning ('Judge Blanche M. Manning': Person); the United States
 # District Court for the Northern District of Illinois ('the court' three times, 'The court deferred': the same body,
 # a generic noun, no alias; Organization); Lake Shore Asset Management Limited ('(LAM)' and 'LAM' ten more times:
 # alias; Company -- the text calls it 'the hedge fund', a description, no alias). Not annotated: 'Swiss' (an
 # adjective in 'unspecified Swiss bank secrecy laws': no Location, as 53e's 'German'); 'commodity trading advisor
 # (CTA)' and 'commodity pool operator (CPO)' (registration categories; their short forms aliases of no entity);
 # 'restraining order', 'asset freeze order', 'contempt of court motion' (orders and motions); 'CFTC News Release
 # 5349-07', '5351-07' (release numbers); 'CFTC staff', 'customer' (generic); the title's 'Hedge Fund' (the title).
 # **Doubtful**: 'Lake Shore' (title only) is no alias -- annotate the text, not the title
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Person", "Blanche M. Manning"),
           E("Organization", NDIL),
           E("Company", LAM, "LAM")],
 # No role: Judge Manning -> no role (the lane's rule); the text names no officer of LAM (the complaint's director,
 # Laurence Rosenberg, and the managing director Philip Baker are only in news and court copies -- not in this text).
 # **Near-miss**: 'CFTC staff' (unnamed)
 roles=[],
 # No relation. **Near-misses**: LAM 'registered' as a CTA and CPO (a registration, with no named registrar); the
 # court's order 'against LAM' (no relation type)
 relations=[],
 outages=[],
 # 'today' ('announced today') -> 2007-07-17 (`published`); 'July 13, 2007' -> 2007-07-13; 'June 27, 2007' ->
 # 2007-06-27; 'June 28, 2007' (5349-07's date, inside the '(see ...)' note) -> 2007-06-28; 'July 13' ('The July 13
 # ruling': another text with the same value, its own item) -> 2007-07-13; 'July 10, 2007' -> 2007-07-10; 'July 3,
 # 2007' -> 2007-07-03; 'July 5, 2007' (5351-07's date) -> 2007-07-05; 'July 10' ('the July 10 hearing') ->
 # 2007-07-10; 'July 24, 2007' -> 2007-07-24. Skipped: 'indefinitely', 'until further order of the court' (no
 # calendar value). **Doubtful**: the two release dates inside the '(see ...)' notes (kept, as 53e kept 'April 6, 2004')
 dates=[D("today", "2007-07-17"), D("July 13, 2007", "2007-07-13"), D("June 27, 2007", "2007-06-27"),
        D("June 28, 2007", "2007-06-28"), D("July 13", "2007-07-13"), D("July 10, 2007", "2007-07-10"),
        D("July 3, 2007", "2007-07-03"), D("July 5, 2007", "2007-07-05"), D("July 10", "2007-07-10"),
        D("July 24, 2007", "2007-07-24")])

# ---- Hunter Wise Commodities, LLC, three affiliates, Jager, Martin, CFTC 6935-14, published 2014-05-22 (a Thursday) ----
A["us-cftc-hunter-wise-commodities-jager-martin-precious-metals-fraud-trial-restitution-penalty-2014"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'the CFTC' four more times, "the CFTC's" twice, 'CFTC
 # Press Release' twice: alias 'CFTC'); Florida ('a federal court in Florida': Location, the State named alone);
 # Hunter Wise Commodities, LLC ('Hunter Wise' in 'The CFTC charged Hunter Wise, Martin, Jager, and others': alias --
 # **doubtful**: the short form may stand for all four Hunter Wise companies (the title's 'Hunter Wise Companies'); it
 # is given to the firm whose name it shortens most directly, and no '(collectively, ...)' defines a group, so no
 # Company of its own as 53e's 'Tech Traders' label was); Hunter Wise Services, LLC, Hunter Wise Credit, LLC, Hunter
 # Wise Trading, LLC (Companies); Fred Jager ('Jager': alias) and Harold Edward Martin, Jr. ('Martin': alias)
 # (Persons; 'Harold E. Martin, Jr.' only in the subheading left out); Gretchen L. Lowe (Person). Not annotated: 'a
 # federal court' / 'The Court' (unnamed: no Organization -- **near-miss**: the court is the Southern District of
 # Florida's, which the kept text does not name); 'Division of Enforcement' (named only inside Lowe's title: no
 # Organization, as 51a); 'Dodd-Frank' (a law); 'Order', 'Preliminary Injunction' (orders); 'CFTC Press Release
 # 6447-12', '6522-13' (release numbers); 'customers', 'Defendants', 'others' (generic); 'four Hunter Wise related
 # companies' (a description of the four named firms)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Location", "Florida"),
           E("Company", HWC, "Hunter Wise"),
           E("Company", "Hunter Wise Services, LLC"),
           E("Company", "Hunter Wise Credit, LLC"),
           E("Company", "Hunter Wise Trading, LLC"),
           E("Person", "Fred Jager", "Jager"),
           E("Person", "Harold Edward Martin, Jr.", "Martin"),
           E("Person", "Gretchen L. Lowe")],
 # 'Gretchen L. Lowe, Acting Director of the CFTC's Division of Enforcement' -> director at the CFTC, current
 # (**doubtful**: 'Acting' -- the post is held for now, so director, current true; a reader may give head or other, as
 # 53j's Mocek). **Near-misses**: 'their owners' and 'the individuals running the companies, Fred Jager and Harold
 # Edward Martin, Jr.' (ownership and control with no title: no role, the lane's owner rule -- a reader may give
 # executive or other at Hunter Wise Commodities, LLC; court papers call them officers, the text does not)
 roles=[R("Gretchen L. Lowe", "director", CFTC_US, True)],
 # No relation. **Near-misses**: the four 'Hunter Wise related companies' (affiliates sharing a name; the text states
 # no parent, subsidiary or ownership tie among them: no parentOrganization, as 52g and 53e's member firms)
 relations=[],
 outages=[],
 # 'today' ('today announced') -> 2014-05-22 (`published`); 'May 16, 2014' -> 2014-05-16; 'December 2012' -> 2012-12;
 # 'December 5, 2012' (6447-12's date, inside the '(see ...)' note) -> 2012-12-05; 'February 22, 2013' -> 2013-02-22;
 # 'February 27, 2013' (6522-13's date) -> 2013-02-27. **Doubtful**: the two release dates inside the '(see ...)'
 # notes (kept, as 53e)
 dates=[D("today", "2014-05-22"), D("May 16, 2014", "2014-05-16"), D("December 2012", "2012-12"),
        D("December 5, 2012", "2012-12-05"), D("February 22, 2013", "2013-02-22"),
        D("February 27, 2013", "2013-02-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
