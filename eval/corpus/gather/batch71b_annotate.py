#!/usr/bin/env python3
"""Gold for batch 71b (session 65; gatherer lane 71b; round notes /tmp/gather71b/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt): three company histories from English Wikipedia — Gibson (the guitar maker Orville
Gibson founded in Kalamazoo in 1902, bought by Chicago Musical Instruments, later owned by Norlin Corporation), the
Baldwin Locomotive Works (Matthias W. Baldwin's Philadelphia locomotive builder, out of business in 1972) and
Pierce-Arrow (George N. Pierce's Buffalo motor company, renamed The Pierce-Arrow Motor Car Company in 1908, in which
Studebaker acquired a controlling interest in 1928). Annotated from each text alone, by eval/corpus/GUIDELINES.md;
newskg (or any extractor) was not run on any text. Split (sorted ids dealt test, train, dev; b10.write_parts): test
wp-baldwin-locomotive-works; train wp-gibson-guitar-company; dev wp-pierce-arrow. No text tells an outage or a
near-miss of one (acquisitions, a renaming, a controlling interest and a business failure are business events,
GUIDELINES, Outages: business failures are no outage). Conventions (GUIDELINES.md part 2; batches 36j-40zg,
54zu-70ak): former names, short names, acronyms and surnames alone -> aliases of the one entity ('Gibson Guitar
Corporation', 'Gibson Brands Inc.', 'Gibson Mandolin-Guitar Mfg. Co. Ltd.', 'Gibson', 'CMI', 'Ecuadorian Company
Limited', 'ECL', 'KKR', 'Baldwin', 'George N. Pierce Motor Company', 'Pierce Motor', 'Pierce-Arrow', 'Pierce', 'U.S.');
one surface form for two things -> the thing named most (batches 32d, 70y, 70ae and 70ak: 'Gibson' the company, not
Orville Gibson; 'Baldwin' the company, not Matthias W. Baldwin; 'Pierce-Arrow' the company, not its cars; 'Pierce' the
man, not the car 'the Pierce'); a company renamed ('formerly', 'changed its name ... to', 'was renamed') -> one entity
under its latest name in the text; a company 'bought by' or 'acquired by' a named company -> acquired and
parentOrganization (GUIDELINES, Relations), 'owned by' a named company -> parentOrganization (past ownership still
recorded); 'acquired a controlling interest in' -> acquired and parentOrganization (as batches 26e and 31d); acquired
'by a group led by' named people or 'by a group of investors led by' a named firm -> no relation (unnamed buyers, as an
earlier batch's 'acquired by investors led by ... Antonio Lago' in GATHERING.md; doubtful for the firm); an 'ancestor'
company -> its own entity, no relation; one person named alone as founding ('founded by', 'founded the company',
'started', 'the founder') -> founder (GUIDELINES, Roles: Founders), current true (no end told); 'U.S. President' ->
president with the country as org (GUIDELINES, Roles), current true (no 'then' or 'former' written; doubtful); people
leading a buying group, a man who 'popularized' guitars -> no role; guitar models and rival car nameplates -> Service
(GUIDELINES, Types: products), provider the company where the text names the maker beside them ('the Gibson Les Paul'
and 'the Gibson Super 400' after 'Gibson ... builds'); the place in 'X-based' -> Location (GATHERING.md's count: 30
of 38 train/dev cases); the White House -> Location (batches 30e and 31e; doubtful), a museum institution ->
Organization; full years and 'November 2018' -> their values; decades ('the 1930s') and relative phrases ('well over 60
years') -> no date (published null: only absolute expressions).
usage: batch71b_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- railway equipment, US: Baldwin Locomotive Works ------------------------------------------------------------------
BLW = "Baldwin Locomotive Works"
A["wp-baldwin-locomotive-works"] = dict(
 # the company -> Company 'Baldwin Locomotive Works' (the text's 'The Baldwin Locomotive Works'), alias 'Baldwin'
 # ('Baldwin could not compete in the marketplace'; the same surface form is the man in 'Baldwin then designed and
 # constructed for his own use' -> the thing named most, the company (three mentions against two); doubtful: a reader
 # might give 'Baldwin' to Matthias W. Baldwin); E M Baldwin ('E M Baldwin of Australia who made small locomotives': a
 # maker, as written, no full stops) -> Company; Matthias W. Baldwin -> Person; the Smithsonian Institution -> Organization
 # (a museum institution, non-business); Philadelphia, Eddystone, Pennsylvania, Australia and Washington, DC (as written,
 # one place) -> Location. No entity: 'American' (an adjective), 'a machinist' (unnamed), 'various parties' (generic),
 # 'the works' (generic)
 entities=[E("Company", BLW, "Baldwin"), E("Location", "Philadelphia"), E("Location", "Eddystone"),
           E("Location", "Pennsylvania"), E("Company", "E M Baldwin"), E("Location", "Australia"),
           E("Person", "Matthias W. Baldwin"), E("Organization", "Smithsonian Institution"),
           E("Location", "Washington, DC")],
 # 'Matthias W. Baldwin, the founder' -> founder (one person named alone; GUIDELINES, Roles: Founders), current true (no
 # end told; the company's end in 1972 ends no founding). No role: 'a jeweller and whitesmith' (no organisation),
 # 'formed a partnership with a machinist' (an unnamed partner)
 roles=[R("Matthias W. Baldwin", "founder", BLW)],
 # Near-misses, no relation: 'not to be confused with E M Baldwin of Australia' (no tie told); 'on display at the
 # Smithsonian Institution' (an engine shown, no relation between organisations); 'moved to nearby Eddystone' (a place)
 relations=[],
 outages=[],
 # 'in 1956', 'in 1972', 'in 1825' -> the years. No date: 'Later', 'for well over 60 years', 'currently' (relative;
 # published null)
 dates=[D("1956", "1956"), D("1972", "1972"), D("1825", "1825")])

# ---- musical instruments, US: Gibson --------------------------------------------------------------------------------------
GIB = "Gibson, Inc."
CMI = "Chicago Musical Instruments"
NOR = "Norlin Corporation"
A["wp-gibson-guitar-company"] = dict(
 # the company -> Company 'Gibson, Inc.', aliases its former names 'Gibson Guitar Corporation', 'Gibson Brands Inc.'
 # ('formerly') and 'Gibson Mandolin-Guitar Mfg. Co. Ltd.' ('founded the company in 1902 as'), and 'Gibson' ('Gibson was
 # bought by', 'Gibson was owned by', 'Gibson sells guitars', 'Gibson was at the forefront'; the same surface form in
 # 'Gibson invented archtop guitars' may be Orville Gibson -> the thing named most, the company; doubtful); Orville
 # Gibson, Charlie Christian, Henry Juszkiewicz and David H. Berryman -> Person; Chicago Musical Instruments (alias
 # 'CMI'), Norlin Corporation (aliases 'Ecuadorian Company Limited', 'ECL': 'that changed its name in the same year to
 # Norlin Corporation', one company renamed) and Kohlberg Kravis Roberts (alias 'KKR') -> Company; the Gibson Les Paul and
 # the Gibson Super 400 (guitar models) -> Service; Kalamazoo, Michigan, Nashville, Tennessee and Panama ('Panama-based')
 # -> Location. No entity: 'American' (an adjective), 'archtop guitars', 'flattop acoustic guitars', 'hollow-body
 # electric guitars', 'mandolin-family instruments' (generic products), 'a group led by', 'a group of investors' (unnamed)
 entities=[E("Company", GIB, "Gibson Guitar Corporation", "Gibson Brands Inc.", "Gibson Mandolin-Guitar Mfg. Co. Ltd.",
             "Gibson"),
           E("Location", "Kalamazoo"), E("Location", "Michigan"), E("Location", "Nashville"), E("Location", "Tennessee"),
           E("Person", "Orville Gibson"), E("Person", "Charlie Christian"), E("Company", CMI, "CMI"),
           E("Location", "Panama"), E("Company", NOR, "Ecuadorian Company Limited", "ECL"),
           E("Person", "Henry Juszkiewicz"), E("Person", "David H. Berryman"),
           E("Company", "Kohlberg Kravis Roberts", "KKR"), E("Service", "Gibson Les Paul"),
           E("Service", "Gibson Super 400")],
 # 'Orville Gibson ... founded the company in 1902' -> founder (one person named alone), current true (no end told). No
 # role: 'a group led by Henry Juszkiewicz and David H. Berryman' (leaders of an unnamed buying group, no post at the
 # company named; doubtful: a reader might give them 'head' or 'other' at Gibson, Inc.); 'used and popularized by
 # Charlie Christian' (a player)
 roles=[R("Orville Gibson", "founder", GIB)],
 # 'In 1944, Gibson was bought by Chicago Musical Instruments (CMI)' -> acquired(CMI, Gibson, Inc.) and
 # parentOrganization(Gibson, Inc., CMI); 'CMI, which was acquired in 1969 by ... Ecuadorian Company Limited (ECL), that
 # changed its name ... to Norlin Corporation' -> acquired(Norlin Corporation, CMI) and parentOrganization(CMI, Norlin
 # Corporation); 'Gibson was owned by Norlin Corporation from 1969 to 1986' -> parentOrganization(Gibson, Inc., Norlin
 # Corporation) (past ownership still recorded); 'builds ... the Gibson Les Paul', 'the Gibson Super 400' ->
 # provider(Gibson Les Paul, Gibson, Inc.), provider(Gibson Super 400, Gibson, Inc.). Near-misses, no relation: 'acquired
 # by a group led by Henry Juszkiewicz and David H. Berryman' (people leading an unnamed group; a person no buyer);
 # 'acquired by a group of investors led by private equity firm Kohlberg Kravis Roberts (KKR)' (the buyer an unnamed
 # group; doubtful: a reader might give acquired(Kohlberg Kravis Roberts, Gibson, Inc.) and parentOrganization)
 relations=[L(CMI, "acquired", GIB), L(GIB, "parentOrganization", CMI), L(NOR, "acquired", CMI),
            L(CMI, "parentOrganization", NOR), L(GIB, "parentOrganization", NOR),
            L("Gibson Les Paul", "provider", GIB), L("Gibson Super 400", "provider", GIB)],
 outages=[],
 # 'in 1894', 'in 1902', 'In 1944', 'in 1969' (twice, with 'from 1969'), '1986' ('to 1986', 'In 1986') -> the years;
 # 'In November 2018' -> 2018-11. No date: 'By the 1930s', 'the 1930s' (a decade), 'in the same year' (relative)
 dates=[D("1894", "1894"), D("1902", "1902"), D("1944", "1944"), D("1969", "1969"), D("1986", "1986"),
        D("November 2018", "2018-11")])

# ---- automobiles, US: Pierce-Arrow ----------------------------------------------------------------------------------------
PAC = "The Pierce-Arrow Motor Car Company"
A["wp-pierce-arrow"] = dict(
 # the motor company -> Company 'The Pierce-Arrow Motor Car Company' (its latest name, as written with a capital 'The'),
 # aliases 'George N. Pierce Motor Company' and 'Pierce Motor' ('In 1908 Pierce Motor was renamed', one company renamed)
 # and 'Pierce-Arrow' ('The Pierce-Arrow was a United States based company', 'Pierce-Arrow also produced', 'a controlling
 # interest in Pierce-Arrow'; the same surface form names the cars in 'the Pierce-Arrow was born', 'two Pierce-Arrows',
 # 'The Pierce-Arrow was a status symbol' -> the thing named most, the company, no Service apart, as batch 70ak's
 # 'Admiral'; doubtful: a reader might add a Service 'Pierce-Arrow' provided by the company); the George N. Pierce
 # Company ('The ancestor of Pierce-Arrow was the George N. Pierce Company') -> Company of its own; Studebaker ('Studebaker
 # acquired', 'the two companies') -> Company; George N. Pierce (alias 'Pierce': "This proved Pierce's most successful
 # product", after 'he decided'; the same surface form is the car 'the Pierce' -> the thing named most, the man, no
 # Service 'Pierce'; doubtful) and William Howard Taft -> Person; the Stutz Bearcat, the Duesenberg and Locomobile (rival
 # luxury cars: 'rivaled only by the Stutz Bearcat, then somewhat later the Duesenberg and Locomobile') -> Service
 # (vehicles and car nameplates, GUIDELINES, Types; no maker named beside them; doubtful: a reader might make Duesenberg
 # and Locomobile Companies); United States (alias 'U.S.'), Buffalo, New York, Hollywood ('Hollywood stars') and the White
 # House (as batches 30e and 31e; doubtful) -> Location. No entity: 'American' (an adjective), 'royalty of many foreign
 # nations', 'corporate tycoons' (generic)
 entities=[E("Company", PAC, "George N. Pierce Motor Company", "Pierce Motor", "Pierce-Arrow"),
           E("Location", "United States", "U.S."), E("Company", "George N. Pierce Company"),
           E("Person", "George N. Pierce", "Pierce"), E("Location", "Buffalo"), E("Location", "New York"),
           E("Person", "William Howard Taft"), E("Location", "White House"), E("Location", "Hollywood"),
           E("Service", "Stutz Bearcat"), E("Service", "Duesenberg"), E("Service", "Locomobile"),
           E("Company", "Studebaker")],
 # 'the George N. Pierce Company, founded by George N. Pierce' -> founder of the George N. Pierce Company; 'In 1901 he
 # started the George N. Pierce Motor Company' -> founder of The Pierce-Arrow Motor Car Company ('started' a company, one
 # person named alone; doubtful: a reader might give founder only at the George N. Pierce Company), current true each (no
 # end told). 'U.S. President William Howard Taft' -> president, org United States (GUIDELINES, Roles: heads of state,
 # the country named on its own elsewhere in the text), current true (no 'then' or 'former' written; doubtful: his
 # presidency of 1909 is long past)
 roles=[R("George N. Pierce", "founder", "George N. Pierce Company"), R("George N. Pierce", "founder", PAC),
        R("William Howard Taft", "president", "United States")],
 # 'In 1928 Studebaker acquired a controlling interest in Pierce-Arrow' -> acquired(Studebaker, The Pierce-Arrow Motor
 # Car Company) and parentOrganization(The Pierce-Arrow Motor Car Company, Studebaker) (a controlling interest, as batches
 # 26e and 31d; 'continued to maintain separate engineering and production facilities' ends no ownership). Near-misses,
 # no relation: 'The ancestor of Pierce-Arrow was the George N. Pierce Company' (an ancestor, no ownership told; doubtful:
 # a reader might give parentOrganization); 'Taft ordered two Pierce-Arrows' (a purchase of cars by a person, no
 # organisation's contract); 'rivaled only by' (competitors)
 relations=[L("Studebaker", "acquired", PAC), L(PAC, "parentOrganization", "Studebaker")],
 outages=[],
 # 'from 1901 to 1938' ('1901' also in 'In 1901'), '(1846-1911)', 'In 1903', 'In 1908', 'In 1909', 'Through 1914', 'In
 # 1928' -> the years. No date: none relative
 dates=[D("1901", "1901"), D("1938", "1938"), D("1846", "1846"), D("1911", "1911"), D("1903", "1903"),
        D("1908", "1908"), D("1909", "1909"), D("1914", "1914"), D("1928", "1928")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
