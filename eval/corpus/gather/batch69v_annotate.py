#!/usr/bin/env python3
"""Gold annotations for batch 69v (session 63; gatherer lane 69v; round notes /tmp/gather69v/NOTES.md): three company
histories from English Wikipedia (batch69v.py) — Henry Holt and Company (book publishing, US), Remington Rand (office
machines and computers, US) and the Manhattan Company (banking, US). Annotated from each text alone by GUIDELINES.md;
newskg (or any extractor) was not run on any text. `published` is null for all three (Wikipedia pages carry no date),
so only absolute time expressions are dated. No text tells an outage (mergers, sales and a water company's poor
supply over years are no service disruption told of a day, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): two people named together as founding a company are each `cofounder` ('founded in 1866 by
Henry Holt and Frederick Leypoldt'), one person named alone is `founder` ('led by founder James Rand, Jr.', 'Aaron
Burr founded the company'), all current true (no leaving told of the founding; Rand's leading 'until 1958' gives no
separate post: 'led by' names no title); authors published by a firm -> Person with no role; 'X acquired Y', 'Y was
acquired by X' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions; 'acquired by Sperry
Corporation in 1955 to form a company then known as Sperry Rand' read as the buyer going on under a new name, the
target not said to be merged away, doubtful); 'operates under X' -> parentOrganization; 'X merged with Y ... to
become/form Z' and 'formed by the merger of A, B and C' with no buyer told -> nothing (GUIDELINES, Relations: a merger
where the text does not say who buys whom; doubtful for Holt, where a quoted newspaper calls it 'the surviving
concern'); 'predecessor institutions that eventually formed' -> nothing; a magazine a firm publishes -> Company,
parentOrganization (as batch 68h's Scribner's Magazine); imprints a publisher publishes under -> Service with provider
(as batch 68h's Touchstone Books); products a maker makes (a computer line, a pistol it was 'one manufacturer of',
typewriters and a model 'produced by' a maker) -> Service with provider; a design bought from an inventor -> nothing
(an asset); a possessive owner with no founding word ("Alexander Hamilton's Bank of New York") -> no role; a newspaper
reporting -> Company with no relation; later names of the same company -> aliases (GUIDELINES, Types: 'to become
Holt, Rinehart and Winston', 'will be known as Holt, Rinehart, Winston, Inc.', 'then known as Sperry Rand (later
shortened to Sperry)'); a named building and an aqueduct -> Location (GUIDELINES, Types: named sites and facilities),
a street address -> no entity; a named armed force -> Organization with no relation ('used by', no contract told);
wars and epidemics -> no entity; a century ('the early nineteenth century') and a day and month without a year ('March
1', a year only from context) -> no date.
usage: batch69v_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- book publishing, US: Henry Holt and Company -------------------------------------------------------------------
HH = "Henry Holt and Company"
IMPRINTS = ("Metropolitan Books", "Times Books", "Owl Books", "Picador", "Holt Paperbacks")
A["wp-henry-holt-and-company"] = dict(
 # the publisher -> Company 'Henry Holt and Company', aliases 'Holt' ('Holt published the magazine', 'Holt merged
 # with', 'Holt stockholders'), 'Holt, Rinehart and Winston' ('in 1960 to become Holt, Rinehart and Winston': the
 # company going on under a later name; doubtful: a reader might make the merged company its own entity) and 'Holt,
 # Rinehart, Winston, Inc.' (the quotation's 'will be known as'); the quotation's 'Henry Holt is the surviving concern'
 # means the company, but the surface form 'Henry Holt' is the founder's ('founded in 1866 by Henry Holt'), so it stays
 # with the Person (one surface form, one entity); Macmillan Publishers, Rinehart & Company, the John C. Winston
 # Company, Field & Stream (a magazine, GUIDELINES, Types: magazines are Company) and The Wall Street Journal (a
 # newspaper) -> Company; the five imprints -> Service (as batch 68h's Touchstone Books); Henry Holt, Frederick
 # Leypoldt and the eleven authors -> Person; New York City (alias 'New York': 'Rinehart & Company of New York', the
 # city; doubtful: a reader might read the state), United States (alias 'U.S.': 'In the U.S.') and Philadelphia ->
 # Location. No entity: 'American' (an adjective); 'Holt stockholders' (unnamed)
 entities=[E("Company", HH, "Holt", "Holt, Rinehart and Winston", "Holt, Rinehart, Winston, Inc."),
           E("Location", "New York City", "New York"), E("Location", "United States", "U.S."),
           E("Person", "Henry Holt"), E("Person", "Frederick Leypoldt"), E("Company", "Macmillan Publishers")]
          + [E("Service", n) for n in IMPRINTS]
          + [E("Person", n) for n in ("Erich Fromm", "Paul Auster", "Hilary Mantel", "Robert Frost", "Hermann Hesse",
                                       "Norman Mailer", "Herta M\u00fcller", "Thomas Pynchon", "Robert Louis Stevenson",
                                       "Ivan Turgenev", "Noam Chomsky")]
          + [E("Company", "Field & Stream"), E("Company", "Rinehart & Company"), E("Company", "John C. Winston Company"),
             E("Location", "Philadelphia"), E("Company", "The Wall Street Journal")],
 # 'it was founded in 1866 by Henry Holt and Frederick Leypoldt' -> cofounder each (two people named together,
 # GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: the authors ('has published works by renowned
 # authors ...': published, no post)
 roles=[R("Henry Holt", "cofounder", HH), R("Frederick Leypoldt", "cofounder", HH)],
 # 'In the U.S., it operates under Macmillan Publishers' -> parentOrganization(the company, Macmillan Publishers)
 # (doubtful: 'operates under' might be read as a trade name, but the text gives no other owner); 'The company
 # publishes under several imprints, including ...' and 'It also publishes under the name of Holt Paperbacks' ->
 # provider(each imprint, the company); 'From 1951 to 1985, Holt published the magazine Field & Stream' ->
 # parentOrganization(Field & Stream, the company) (as batch 68h's Scribner's Magazine; ownership told as past is
 # still recorded, GUIDELINES, Relations). Near-misses, no relation: 'Holt merged with Rinehart & Company ... and the
 # John C. Winston Company ... to become Holt, Rinehart and Winston' (a merger where the text does not say who buys
 # whom; doubtful: the quotation's 'Henry Holt is the surviving concern' points to Holt as the one going on, and a
 # reader might give acquired(the company, each)); 'The Wall Street Journal reported' (a newspaper reporting)
 relations=[L(HH, "parentOrganization", "Macmillan Publishers")] + [L(n, "provider", HH) for n in IMPRINTS]
           + [L("Field & Stream", "parentOrganization", HH)],
 outages=[],
 # 'in 1866', 'From 1951 to 1985', 'in 1960' -> the years. No date: 'March 1' (a day and month without a year;
 # `published` null; the year 1960 only from context, doubtful)
 dates=[D("1866", "1866"), D("1951", "1951"), D("1985", "1985"), D("1960", "1960")])

# ---- office machines and computers, US: Remington Rand -------------------------------------------------------------
RR = "Remington Rand"
SP = "Sperry Corporation"
RA = "Remington Arms"
A["wp-remington-rand"] = dict(
 # the maker -> Company 'Remington Rand' ('they acquired' a pronoun; no other surface form); Remington Arms, the
 # Remington Typewriter Company, Rand Kardex Company, Powers Accounting Machine Company, the Eckert-Mauchly Computer
 # Corporation, Engineering Research Associates (alias 'ERA'), Sperry Corporation (aliases 'Sperry Rand' and
 # 'Sperry': 'to form a company then known as Sperry Rand (later shortened to Sperry)', 'Sperry merged in 1986'; the
 # buyer going on under new names; doubtful: a reader might make Sperry Rand a new company, child of the merger),
 # Burroughs and Unisys -> Company; UNIVAC ('the UNIVAC line of mainframe computers'), the M1911A1 ('the M1911A1 .45
 # caliber semi-automatic pistol', 'more M1911A1 pistols'), ENIAC, the Remington Typewriters and the Remington No.1
 # ('the first model released') -> Service (products, GUIDELINES, Types; 'univac' in lower case, the word as a
 # generic synonym, is not listed); James Rand, Jr. and Christopher Sholes -> Person; the United States Armed Forces
 # -> Organization; the Remington Rand Building (a named building, GUIDELINES, Types: named sites -> Location), New
 # York City, North Tonawanda, New York (the state: 'North Tonawanda, New York') and the United States -> Location.
 # No entity: '315 Park Avenue South' (a street address); 'World War II' (an event); 'QWERTY keyboard layout' (a
 # layout, no product or company); 'American' (an adjective); 'the makers of the ENIAC' (unnamed)
 entities=[E("Company", RR), E("Service", "UNIVAC"), E("Company", RA), E("Location", "Remington Rand Building"),
           E("Location", "New York City"), E("Company", "Remington Typewriter Company"),
           E("Company", "Rand Kardex Company"), E("Company", "Powers Accounting Machine Company"),
           E("Person", "James Rand, Jr."), E("Location", "North Tonawanda"), E("Location", "New York"),
           E("Service", "M1911A1"), E("Organization", "United States Armed Forces"),
           E("Company", "Eckert-Mauchly Computer Corporation"), E("Service", "ENIAC"),
           E("Company", "Engineering Research Associates", "ERA"), E("Location", "United States"),
           E("Company", SP, "Sperry Rand", "Sperry"), E("Company", "Burroughs"), E("Company", "Unisys"),
           E("Service", "Remington Typewriters"), E("Person", "Christopher Sholes"), E("Service", "Remington No.1")],
 # 'From its inception until 1958, it was led by founder James Rand, Jr.' -> founder (one person named alone,
 # GUIDELINES, Roles, 'Founders'), current true (the founding is not undone; doubtful: his leading ended in 1958, and a
 # reader might add a head or ceo role, current false, which the text's 'led by' does not title). Near-misses, no
 # role: Christopher Sholes ('Remington Arms had bought the design from Christopher Sholes': a seller of a design);
 # 'the makers of the ENIAC' (unnamed founders of Eckert-Mauchly)
 roles=[R("James Rand, Jr.", "founder", RR)],
 # 'In 1950, Remington Rand acquired the Eckert-Mauchly Computer Corporation' and 'in 1952, they acquired Engineering
 # Research Associates (ERA)' -> acquired + parentOrganization each; 'Remington Rand was acquired by Sperry
 # Corporation in 1955 to form a company then known as Sperry Rand' -> acquired + parentOrganization (doubtful: 'to
 # form a company' might be read as a merger away); 'the manufacturer of the UNIVAC line of mainframe computers' ->
 # provider(UNIVAC, Remington Rand); 'Remington Rand was one manufacturer of the M1911A1' -> provider(M1911A1,
 # Remington Rand) (one maker of several, doubtful); 'Initially produced by Remington Arms, the Remington Typewriters'
 # -> provider(Remington Typewriters, Remington Arms); 'The Remington No.1 was the first model released' ->
 # provider(Remington No.1, Remington Arms) (the first model of the typewriters it produced; doubtful). Near-misses,
 # no relation: 'formed by the merger of the Remington Typewriter Company, Rand Kardex Company, and Powers Accounting
 # Machine Company' (a merger, no buyer told: nothing; a reader might give parents for Remington Rand); 'Sperry merged
 # in 1986 with Burroughs to form Unisys' (the same); 'with antecedents in Remington Arms' (no ownership told); the
 # pistol 'used by the United States Armed Forces' (no contract told); 'Remington Arms had bought the design from
 # Christopher Sholes' (a design, an asset)
 relations=b10.acq(RR, "Eckert-Mauchly Computer Corporation") + b10.acq(RR, "Engineering Research Associates")
           + b10.acq(SP, RR)
           + [L("UNIVAC", "provider", RR), L("M1911A1", "provider", RR), L("Remington Typewriters", "provider", RA),
              L("Remington No.1", "provider", RA)],
 outages=[],
 # '(1927\u20131955)' and 'in 1927', 'in 1955' -> 1927, 1955 (one item each); 'completed in 1911', 'until 1958', 'From
 # 1942 to 1945', 'In 1950', 'in 1952', 'in 1986' -> the years. No date: 'the early nineteenth century' (a century);
 # 'For a time', 'At that time' (no calendar value); 'World War II' (an event's span)
 dates=[D("1927", "1927"), D("1955", "1955"), D("1911", "1911"), D("1958", "1958"), D("1942", "1942"),
        D("1945", "1945"), D("1950", "1950"), D("1952", "1952"), D("1986", "1986")])

# ---- banking, US: the Manhattan Company ----------------------------------------------------------------------------
MC = "Manhattan Company"
A["wp-manhattan-company"] = dict(
 # the bank -> Company 'Manhattan Company' (no other surface form: 'the Company' in the committee's quoted words is
 # generic); Chase National Bank, the Chase Manhattan Bank, JPMorgan Chase & Co., the Bank of New York and the First
 # Bank of the United States -> Company (banks; the First Bank a federally chartered bank run as a business, doubtful:
 # a reader might type it Organization); Alexander Hamilton (alias 'Hamilton') and Aaron Burr -> Person; New York ('a
 # New York bank', 'the banking industry in New York', 'the New York branch'), Lower Manhattan and the Croton
 # Aqueduct (a named facility, GUIDELINES, Types) -> Location. No entity: 'the state' (unnamed); 'the New York branch of
 # the First Bank' (an unnamed branch); yellow fever and cholera epidemics (events)
 entities=[E("Company", MC), E("Location", "New York"), E("Company", "Chase National Bank"),
           E("Company", "Chase Manhattan Bank"), E("Company", "JPMorgan Chase & Co."), E("Location", "Lower Manhattan"),
           E("Person", "Alexander Hamilton", "Hamilton"), E("Company", "Bank of New York"),
           E("Company", "First Bank of the United States"), E("Person", "Aaron Burr"), E("Location", "Croton Aqueduct")],
 # 'Aaron Burr founded the company' -> founder (one person named alone, GUIDELINES, Roles, 'Founders'), current true.
 # Near-misses, no role: "Alexander Hamilton's Bank of New York" (a possessive, no founding or post told; doubtful: a
 # reader who knows Hamilton founded it might give founder); 'the opposition of Hamilton' (no post)
 roles=[R("Aaron Burr", "founder", MC)],
 # No relation. Near-misses: 'The company merged with Chase National Bank in 1955 to form the Chase Manhattan Bank'
 # (a merger where the text does not say who buys whom: nothing, GUIDELINES, Relations; a reader might give
 # parentOrganization of both to the Chase Manhattan Bank); 'the oldest of the predecessor institutions that
 # eventually formed the current JPMorgan Chase & Co.' (a lineage, no ownership told); the banking industry
 # 'monopolized by' two banks (market power, no relation between named parties); the water supply (no named Service)
 relations=[],
 outages=[],
 # 'September 1, 1799' -> 1799-09-01; 'in 1955' -> 1955; 'formed in 1799' -> 1799; 'between 1837 and 1842' -> 1837,
 # 1842; 'On April 17, 1799' -> 1799-04-17. No date: 'At that time' (no calendar value)
 dates=[D("September 1, 1799", "1799-09-01"), D("1955", "1955"), D("1799", "1799"), D("1837", "1837"),
        D("1842", "1842"), D("April 17, 1799", "1799-04-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
