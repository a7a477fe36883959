#!/usr/bin/env python3
"""Batch 64k gold annotations (the texts of batch64k.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63h; batch10_annotate.write_parts), so with four texts: wp-apollo-computer test, wp-philco train,
wp-scientific-data-systems dev, wp-stromberg-carlson train. All are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); a year range ('1990-1997') -> the years as items (as batches 61e and 63h);
'late 1986' -> the year and 'the end of 1987', 'the end of 1930' -> the year, each its own item beside a bare year
(GUIDELINES, Dates: 'late 2006', 'the end of last year' -> the year; one item per distinct text); decades and parts
of decades ('the 1980s', 'the 1960s', 'the early 1920s', 'the 1930s', 'the 1950s'; no ISO value the format takes, as
batches 60c-63h), 'the end of that year', 'two years before', 'until after World War II', 'for more than 20 years'
(relative or spans, `published` null) -> nothing; '1973\u201374' -> '1973' only (doubtful: '74' alone is no year a
reader can list as its own text). No text tells an outage, so every `outages` list is empty; none tells a near-miss of
one (a line 'gradually closed down', a division closed at a loss, a failed takeover and a stockholder fight are
business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-64j): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company are each `cofounder` ('founded ... by William
Poduska and others' with 'In addition to Poduska, the founders included A, B, ...'; 'founded ... by Max Palevsky and
Robert Beck ... along with eleven other computer scientists'; 'formed in 1894 as a partnership of Alfred Stromberg and
Androv Carlson'), current true; members of a 'founding engineering team', employees, 'veterans of' a company and a
person who 'worked at' a company with no post named -> no role; 'X managing manufacture and Y responsible for
marketing' -> executive (GUIDELINES, Roles: 'manager' -> executive; doubtful); 'the temporary chief executive of X'
-> ceo, current true (no leaving told; doubtful); 'was acquired by X', 'was sold to X', 'was purchased by X' -> acquired
and parentOrganization (GUIDELINES, Relations: completed acquisitions; ownership told as past still recorded, so a
company bought three times in a row has three parents, as batch 63h's WKRC); a failed takeover attempt -> nothing;
'X's largest customers were A, B, ...', 'sold many machines to X' and 'shipped with ... a compiler, developed by X'
-> partner (customers and a supplier, GUIDELINES, Relations; the customers doubtful only in number); 'X (who
supplied the Y)' -> partner (doubtful: the Y a group named in lower case); product lines, workstations, an operating
system called 'proprietary', computer models, radio and television models -> Service with provider (GUIDELINES,
Types: devices and software); a brand 'owned by' a company -> Service with provider ('the Philco International
brand'; doubtful); a company named only inside a product's name (Motorola in 'Motorola 68000', IBM in 'IBM PC
compatibles') -> no entity for it there (GUIDELINES, Types), IBM annotated where the text names it alone; later names
and an acronym's expansion of one company -> aliases (GUIDELINES, Types: former names are aliases); a nickname in
brackets ('Snow White (IBM)') -> alias (doubtful); a class of products ('IBM PC compatibles', 'a FORTRAN compiler'),
a group nickname ('the Seven Dwarves'), a standard (POSIX), an event ('the Space Race', 'World War II') and
adjectives ('American') -> nothing.
usage: batch64k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- computers, US: Apollo Computer -------------------------------------------------------------------------------
AC = "Apollo Computer Inc."
HP = "Hewlett-Packard"
FOUNDERS = ["Dave Nelson", "Mike Greata", "Charlie Spector", "Bob Antonuccio", "Gerry Stanley", "Dave Lubrano"]
ENGINEERS = ["Mike Sporer", "Bernie Stumpf", "Russ Barbour", "Paul Leach", "Andy Marcuvitz"]
CUSTOMERS = ["Mentor Graphics", "General Motors", "Ford", "Chrysler", "Chicago Research and Trading", "Boeing"]
A["wp-apollo-computer"] = dict(
 # the company -> Company 'Apollo Computer Inc.', alias 'Apollo' (also in "Apollo's"); Symbolics, Sun Microsystems
 # (alias 'Sun'), Hewlett-Packard (alias 'HP', "HP's high-performance computing portfolio"), IBM ('ahead of
 # Hewlett-Packard and IBM'), Digital Equipment Corporation and the six customers Mentor Graphics, General Motors,
 # Ford, Chrysler, Chicago Research and Trading and Boeing -> Company; William Poduska (alias 'Poduska'), the six
 # co-founders and the five members of the founding engineering team -> Person; Apollo/Domain (a workstation line),
 # the DN100 workstation, the Motorola 68000 microprocessor and Aegis (an operating system) -> Service; Chelmsford
 # and Massachusetts -> Location. No entity: 'IBM PC compatibles' (a class of machines; IBM named inside it, annotated
 # where named alone); Motorola (named only inside 'Motorola 68000', GUIDELINES, Types); 'Unix' (named only inside 'a
 # POSIX-compliant Unix alternative frontend', a kind of interface; doubtful: a reader might take Unix as a Service);
 # POSIX (a standard); 'The brand' (the Apollo name, no entity of its own)
 entities=[E("Company", AC, "Apollo"), E("Location", "Chelmsford"), E("Location", "Massachusetts"),
           E("Person", "William Poduska", "Poduska"), E("Service", "Apollo/Domain"), E("Company", "Symbolics"),
           E("Company", "Sun Microsystems", "Sun"), E("Company", HP, "HP")] +
          [E("Person", n) for n in FOUNDERS + ENGINEERS] +
          [E("Service", "DN100"), E("Service", "Motorola 68000"), E("Service", "Aegis"),
           E("Company", "Digital Equipment Corporation"), E("Company", "IBM")] +
          [E("Company", n) for n in CUSTOMERS],
 # 'founded 1980 ... by William Poduska and others' and 'In addition to Poduska, the founders included Dave Nelson,
 # Mike Greata, Charlie Spector, Bob Antonuccio, Gerry Stanley, and Dave Lubrano' -> cofounder at Apollo Computer Inc.
 # for each of the seven (named together as its founders, GUIDELINES, Roles, 'Founders'), current true. Near-misses,
 # no role: the five of 'The founding engineering team' (a team, no post; a reader might give them founder or
 # executive); the later copies' bracketed posts ('Charlie Spector (COO)' and the like) are not in this text
 roles=[R("William Poduska", "cofounder", AC)] + [R(n, "cofounder", AC) for n in FOUNDERS],
 # 'Apollo was acquired by Hewlett-Packard in 1989 for US$476 million, and gradually closed down' -> acquired and
 # parentOrganization (a completed purchase; the target closed down, not merged away; doubtful: a reader might drop
 # the parent link of a company wound down); 'Apollo Computer Inc. ... developed and produced Apollo/Domain
 # workstations' and 'the company unveiled the DN100 workstation' -> provider of each; 'Apollo workstations ran Aegis,
 # a proprietary operating system' -> provider(Aegis, Apollo Computer Inc.) (its own system, 'proprietary'; doubtful:
 # the text does not say in so many words whose it was); "Apollo's largest customers were Mentor Graphics, ..." ->
 # partner(Apollo Computer Inc., customer) for each of the six (customers, GUIDELINES, Relations; direction as
 # written). Near-misses, no relation: the DN100 'used the Motorola 68000 microprocessor' (a part of a product, no
 # company entity to supply it); Symbolics, Sun Microsystems, Digital Equipment Corporation and IBM (competitors or
 # peers in market share: no partner); 'The brand was resurrected in 2014 as part of HP's ... portfolio' (no Service
 # entity of the brand; the ownership is told by the acquisition)
 relations=b10.acq(HP, AC) + [L("Apollo/Domain", "provider", AC), L("DN100", "provider", AC),
                              L("Aegis", "provider", AC)] + [L(AC, "partner", n) for n in CUSTOMERS],
 outages=[],
 # 'founded 1980', 'started in 1980', 'From 1980 to 1987' ('1980', one item), 'in 1989', '1990-1997' ('1990', '1997'),
 # 'in 2014', 'In 1981', '1987' (in 'From 1980 to 1987') and 'At the end of 1987' ('the end of 1987', its own item,
 # GUIDELINES, Dates), 'late 1986' -> the years. No date: 'in the 1980s' (twice; a decade), 'two years before', 'the
 # end of that year' (relative, `published` null)
 dates=[D("1980", "1980"), D("1989", "1989"), D("1990", "1990"), D("1997", "1997"), D("2014", "2014"),
        D("1981", "1981"), D("1987", "1987"), D("late 1986", "1986"), D("the end of 1987", "1987")])

# ---- electronics, US: Philco -------------------------------------------------------------------------------------
PH = "Philco"
MAKERS = ["RCA", "Atwater-Kent", "Zenith Electronics", "Freshman Masterpiece", "AH Grebe"]
A["wp-philco"] = dict(
 # the company -> Company 'Philco', aliases 'Philco-Ford' (the name it was 'renamed') and 'Philadelphia Battery
 # Company' (the text's expansion of the acronym; doubtful: the name the text says the acronym stands for, not a name
 # it says the company bore); Ford, GTE, Philips, Electrolux, the radio makers RCA, Atwater-Kent, Zenith Electronics,
 # Freshman Masterpiece (named as a maker; doubtful: a reader who knows it as a set's name might skip it), FADA Radio
 # (alias 'Frank A. D'Andrea Radio', the bracketed full name) and AH Grebe -> Company; Philo Farnsworth -> Person; the
 # 'Philco International brand' -> Service 'Philco International' (a brand, GUIDELINES, Types; doubtful); the 'Baby
 # Grand' (a radio's nickname) and the Predicta series (television sets) -> Service; Philadelphia, North America and
 # the U.S. ('U.S. patent') -> Location. No entity: 'the Philco brand' (the company's own name, one entity per name);
 # 'the rectifier tube', 'storage batteries', '"socket power" battery eliminator units' (kinds of products); 'American'
 entities=[E("Company", PH, "Philco-Ford", "Philadelphia Battery Company"), E("Location", "Philadelphia"),
           E("Company", "Ford"), E("Company", "GTE"), E("Company", "Philips"), E("Location", "North America"),
           E("Service", "Philco International"), E("Company", "Electrolux")] +
          [E("Company", n) for n in MAKERS[:4]] +
          [E("Company", "FADA Radio", "Frank A. D'Andrea Radio"), E("Company", "AH Grebe"),
           E("Service", "Baby Grand"), E("Service", "Predicta"), E("Person", "Philo Farnsworth"),
           E("Location", "U.S.")],
 # No role: Philo Farnsworth 'worked at Philco from 1931 to 1933' (an employee, no post named; a reader might give
 # executive; the cut infobox's 'Key people' is not in the text)
 roles=[],
 # 'In 1961, the company was purchased by Ford', 'Ford sold the company to GTE in 1974', 'it was purchased by Philips
 # in 1981' -> acquired and parentOrganization for each buyer (completed purchases; past ownership still recorded,
 # GUIDELINES, Relations); 'the Philco International brand is owned by Electrolux' -> provider(Philco International,
 # Electrolux) (doubtful, with the brand as a Service); 'the classic cathedral-shaped wooden radio of the 1930s (aka
 # the "Baby Grand"), and the Predicta series' built by Philco -> provider of each. Near-misses, no relation: 'In North
 # America, the Philco brand is owned by Philips' (told already by Philips' purchase; no second entity for the brand);
 # 'They followed other radio makers such as RCA, ...' (competitors, no partner); Ford's sale to GTE (the seller is no
 # party of a relation of its own)
 relations=b10.acq("Ford", PH) + b10.acq("GTE", PH) + b10.acq("Philips", PH) +
           [L("Philco International", "provider", "Electrolux"), L("Baby Grand", "provider", PH),
            L("Predicta", "provider", PH)],
 outages=[],
 # 'In 1961', 'from 1966', 'in 1974', 'in 1981', 'in 1928', 'By the end of 1930' ('the end of 1930'), 'filed Jan 7,
 # 1927', 'from 1931 to 1933' -> the years and the day. No date: 'In the early 1920s', 'of the 1930s', 'of the 1950s'
 # (decades and parts of one), 'for more than 20 years' (a span)
 dates=[D("1961", "1961"), D("1966", "1966"), D("1974", "1974"), D("1981", "1981"), D("1928", "1928"),
        D("the end of 1930", "1930"), D("Jan 7, 1927", "1927-01-07"), D("1931", "1931"), D("1933", "1933")])

# ---- computers, US: Scientific Data Systems ----------------------------------------------------------------------
SDS = "Scientific Data Systems"
A["wp-scientific-data-systems"] = dict(
 # the company -> Company 'Scientific Data Systems', aliases 'SDS' and 'Xerox Data Systems' and 'XDS' ('During the
 # Xerox years the company was officially Xerox Data Systems, or XDS': its later name, GUIDELINES, Types); Packard
 # Bell, Bendix, Xerox, IBM (alias 'Snow White', the nickname the text puts before it; doubtful), NCR, Burroughs,
 # Control Data Corporation, General Electric, Honeywell, RCA, UNIVAC and Digitek -> Company; NASA -> Organization;
 # Max Palevsky and Robert Beck -> Person; the SDS 910 and SDS 920 (computer models) -> Service; the US ('the US
 # computer market') -> Location. No entity: 'the Seven Dwarves' (a nickname of a group of companies, each named);
 # 'a FORTRAN compiler' (unnamed software); 'Programmed OPeratorS (POPS)' (a feature of the machines, no product of
 # its own; doubtful); 'the Space Race' (an event); 'American'
 entities=[E("Company", SDS, "SDS", "Xerox Data Systems", "XDS"), E("Person", "Max Palevsky"),
           E("Person", "Robert Beck"), E("Company", "Packard Bell"), E("Company", "Bendix"),
           E("Organization", "NASA"), E("Company", "Xerox"), E("Location", "US"), E("Company", "IBM", "Snow White"),
           E("Company", "NCR"), E("Company", "Burroughs"), E("Company", "Control Data Corporation"),
           E("Company", "General Electric"), E("Company", "Honeywell"), E("Company", "RCA"), E("Company", "UNIVAC"),
           E("Service", "SDS 910"), E("Service", "SDS 920"), E("Company", "Digitek")],
 # 'founded in September 1961 by Max Palevsky and Robert Beck ... along with eleven other computer scientists' ->
 # cofounder at Scientific Data Systems for each (named together as its founders, GUIDELINES, Roles, 'Founders'),
 # current true. Near-misses, no role: 'veterans of Packard Bell and Bendix' (past employment, no post named); the
 # eleven unnamed computer scientists
 roles=[R("Max Palevsky", "cofounder", SDS), R("Robert Beck", "cofounder", SDS)],
 # 'The company was sold to Xerox in 1969' with 'caused Xerox to close the division' -> acquired and
 # parentOrganization (a completed sale; the company then a Xerox division); 'sold many machines to NASA' ->
 # partner(Scientific Data Systems, NASA) (a customer, GUIDELINES, Relations; NASA an Organization, which the partner
 # predicate takes); 'the SDS machines shipped with ... a FORTRAN compiler, developed by Digitek' ->
 # partner(Scientific Data Systems, Digitek) (a supplier of software shipped with its machines; doubtful: the text
 # names no contract); 'the 24-bit SDS 910 and SDS 920' (SDS's 'earliest designs') -> provider of each. Near-misses,
 # no relation: Packard Bell and Bendix (the founders' past employers, no tie of the company); IBM and the 'Seven
 # Dwarves' (the market's leaders, competitors: no partner); the oil crisis (a cause of falling sales, no party)
 relations=b10.acq("Xerox", SDS) + [L(SDS, "partner", "NASA"), L(SDS, "partner", "Digitek"),
                                    L("SDS 910", "provider", SDS), L("SDS 920", "provider", SDS)],
 outages=[],
 # 'in September 1961' -> 1961-09; 'in 1969', 'of 1973–74' ('1973'), 'in 1975' -> the years. No date: 'the 1960s'
 # (a decade), '1973–74''s '74' (doubtful, see the docstring), 'During the Xerox years' (a span, no value)
 dates=[D("September 1961", "1961-09"), D("1969", "1969"), D("1973", "1973"), D("1975", "1975")])

# ---- telecom equipment, US: Stromberg-Carlson -------------------------------------------------------------------
SC = "Stromberg-Carlson"
KS = "Kellogg Switchboard & Supply Company"
A["wp-stromberg-carlson"] = dict(
 # the company -> Company 'Stromberg-Carlson'; Western Electric, the Bell system ('who supplied the Bell system'; a
 # named group of telephone companies, lower-case 'system' as written; doubtful: a reader might take it as no
 # entity), Kellogg Switchboard & Supply Company, American Bell Telephone Company, Home Telephone Company and General
 # Dynamics -> Company; Alfred Stromberg (alias 'Stromberg'), Androv Carlson (alias 'Carlson'), Alexander Graham Bell
 # and Wallace De Wolf -> Person; Chicago, New York (the state: 'a New York state corporation', 'Rochester, New York',
 # 'operations to New York') and Rochester -> Location. No entity: 'independent telephone companies' (unnamed); 'World
 # War II' (an event); 'a firm to manufacture equipment' (the company itself, unnamed there)
 entities=[E("Company", SC), E("Person", "Alfred Stromberg", "Stromberg"), E("Person", "Androv Carlson", "Carlson"),
           E("Company", "Western Electric"), E("Company", "Bell system"), E("Company", KS),
           E("Person", "Alexander Graham Bell"), E("Location", "Chicago"),
           E("Company", "American Bell Telephone Company"), E("Person", "Wallace De Wolf"), E("Location", "New York"),
           E("Company", "Home Telephone Company"), E("Location", "Rochester"), E("Company", "General Dynamics")],
 # 'formed in 1894 as a partnership of Alfred Stromberg and Androv Carlson' (with 'each invested $500 to establish a
 # firm') -> cofounder at Stromberg-Carlson for each (named together, GUIDELINES, Roles, 'Founders'), current true;
 # 'with Carlson managing manufacture and Stromberg responsible for marketing' -> executive at Stromberg-Carlson for
 # each (a manager's post, GUIDELINES, Roles: 'manager' -> executive; doubtful: no title word, and 'originally'
 # might read as past), current true (no leaving told); 'the temporary chief executive of the Kellogg Switchboard &
 # Supply Company, Wallace De Wolf' -> ceo at Kellogg Switchboard & Supply Company, current true (doubtful: an
 # interim post of 1901, but the text tells no end). Near-misses, no role: 'Chicago employees of the American Bell
 # Telephone Company' (employees, no post); 'executives of rival telephone equipment manufacturer Western Electric'
 # (unnamed); Alexander Graham Bell (a patent holder, no post)
 roles=[R("Alfred Stromberg", "cofounder", SC), R("Androv Carlson", "cofounder", SC),
        R("Androv Carlson", "executive", SC), R("Alfred Stromberg", "executive", SC),
        R("Wallace De Wolf", "ceo", KS)],
 # 'In 1904, Stromberg-Carlson was purchased by Home Telephone Company' (with 'The new owners quickly relocated') and
 # 'In 1955, Stromberg-Carlson was purchased by General Dynamics' -> acquired and parentOrganization for each buyer
 # (completed purchases; ownership told as past still recorded); 'Western Electric (who supplied the Bell system)' ->
 # partner(Western Electric, Bell system) (a supplier, GUIDELINES, Relations; doubtful with the Bell system's entity).
 # Near-misses, no relation: 'an attempt to take over Stromberg-Carlson' by Western Electric's executives with the
 # Kellogg chief executive's help ('the takeover attempt failed': no acquired, GUIDELINES; and a person's help is no
 # partner of Kellogg and Western Electric); 'Along with Western Electric ... and the Kellogg Switchboard & Supply
 # Company, it controlled the nation's supply' (rivals sharing a market, no partner); 'Chicago employees of the
 # American Bell Telephone Company' (the founders' employer, no tie of the company); the reincorporation in New York (a
 # change of legal seat, no relation)
 relations=b10.acq("Home Telephone Company", SC) + b10.acq("General Dynamics", SC) +
           [L("Western Electric", "partner", "Bell system")],
 outages=[],
 # 'formed in 1894', 'In 1894' ('1894', one item), 'In 1901', 'in 1902', 'In 1904', 'In 1955' -> the years. No date:
 # 'until after World War II' (an event, no calendar value); '$500' (a sum)
 dates=[D("1894", "1894"), D("1901", "1901"), D("1902", "1902"), D("1904", "1904"), D("1955", "1955")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
