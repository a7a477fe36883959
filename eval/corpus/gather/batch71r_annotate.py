#!/usr/bin/env python3
"""Gold for batch 71r (session 65; gatherer lane 71r; round notes /tmp/gather71r/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt): three company histories from English Wikipedia — Adolph Rickenbacher (founder of the
Rickenbacker guitar company, whose manufacturing company made metal bodies for the National String Instrument
Corporation and who with George Beauchamp and Paul Barth founded the Ro-Pat-In Company, renamed the Electro String
Instrument Corporation), Francis Edgar Stanley (co-founder with his twin brother Freelan Oscar Stanley of the Stanley
Motor Carriage Company and of the Stanley Dry Plate Company, sold to George Eastman of Eastman-Kodak) and the Franklin
Automobile Company of Syracuse, New York (controlled by Herbert H. Franklin, founder of the H. H. Franklin
Manufacturing Company, of which it was the auto manufacturing division). Annotated from each text alone, by
eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any text. Split (sorted ids dealt test, train, dev;
b10.write_parts): test wp-adolph-rickenbacher; train wp-francis-edgar-stanley; dev wp-franklin-automobile. No text
tells an outage or a near-miss of one (renamings, foundings, sales, a financial collapse and a retirement are no
outage, GUIDELINES, Outages). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71l): birth names, anglicised
names, misspellings, nicknames, initials, former names and surnames alone -> aliases of the one entity ('Adolf
Rickenbacher', 'Adolph Rickenbacker', 'Rickenbacher', 'Rickenbacker', 'Electro String Instrument Corporation', 'F. E.
Stanley', 'F. E.', 'Freelan Oscar Stanslee', 'Free', 'F. O.', 'University of Maine at Farmington', 'Herbert H
Franklin', 'Herbert Franklin', 'Franklin'); one surface form for two things -> the thing named most (batches 32d, 70y,
70ae, 70ak, 71b and 71l: 'Franklin' the company, twice, not the man, once); a company renamed ('was renamed', 'now
known as') -> one entity under the name the text gives it first; a company name only as written, with the text's own
bracket ('Rickenbacher (later Rickenbacker) Manufacturing Company', the only form the text gives it); people the text
names together as founding a company ('the three founded', 'co-founder, along with his twin brother', 'they ... set
up') -> cofounder each (GUIDELINES, Roles: Founders), current true (no end told); one person named alone as its founder
-> founder; 'CEO', 'As president' -> ceo, president, current false where the text tells a retirement; a business 'sold
... to' a named person 'of' a named company -> acquired and parentOrganization with the company as buyer (doubtful); a
company sold to a person with no company named -> nothing (relations join organisations); a 'division' ->
parentOrganization; a company making parts for another -> partner (a supply relation between two named organisations,
direction as written); a named guitar and a named car -> Service, provider the company the text says built or produced
it; a school -> Organization; towns, states, a region and a country -> Location, a city and its state each its own
('Lewiston, Maine' -> Lewiston, Maine; as batch 71l's 'Warren, Ohio'); full dates and years -> their values; decades
('the 1920s', 'the 1890s'), 'World War I', 'the Great Depression' and relative phrases ('Several years later', 'Within a
few years', 'at the age of ten') -> no date (published null: only absolute expressions).
usage: batch71r_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- musical instruments, US: Adolph Rickenbacher ---------------------------------------------------------------------
AR = "Adolph Rickenbacher"
RGC = "Rickenbacker guitar company"
RMC = "Rickenbacher (later Rickenbacker) Manufacturing Company"
RPI = "Ro-Pat-In Company"
A["wp-adolph-rickenbacher"] = dict(
 # the founder -> Person 'Adolph Rickenbacher' (the name the text gives him first), aliases 'Adolf Rickenbacher' (his
 # birth name), 'Adolph Rickenbacker' (the anglicised name), 'Rickenbacher' ('Rickenbacher met George Beauchamp') and
 # 'Rickenbacker' ('Rickenbacker, never completely convinced'; the same word names the guitar company and his cousin
 # only inside longer names); Eddie Rickenbacker, George Beauchamp, Paul Barth and F.C. Hall -> Person; the Rickenbacker
 # guitar company (the text's own words for the firm he founded, kept as written with its lower-case 'guitar company';
 # doubtful: a reader might take 'Rickenbacker' alone as the name, but that surface form is the man's; the text does not
 # say which of his companies it is) -> Company; 'Rickenbacher (later Rickenbacker) Manufacturing Company' (the only form
 # the text gives, its bracket kept; doubtful) -> Company; National String Instrument Corporation -> Company; the
 # Ro-Pat-In Company (alias 'Electro String Instrument Corporation': 'In 1934 the company was renamed') -> Company;
 # Frying Pan (the guitars' name: 'about 2,700 Frying Pan guitars') -> Service (a product); Switzerland, Los Angeles and
 # Southern California -> Location. No entity: 'Flying Ace' (an honour), 'World War I' (an event), 'anti-German'
 # (an adjective), 'the lap steel guitar' (a kind of instrument), 'Rickenbacher/Electro String' (in the cut link line)
 entities=[E("Person", AR, "Adolf Rickenbacher", "Adolph Rickenbacker", "Rickenbacher", "Rickenbacker"),
           E("Company", RGC), E("Location", "Switzerland"), E("Location", "Los Angeles"),
           E("Person", "Eddie Rickenbacker"), E("Company", RMC), E("Company", "National String Instrument Corporation"),
           E("Person", "George Beauchamp"), E("Person", "Paul Barth"),
           E("Company", RPI, "Electro String Instrument Corporation"), E("Service", "Frying Pan"),
           E("Person", "F.C. Hall"), E("Location", "Southern California")],
 # 'was the founder of the Rickenbacker guitar company' -> founder (one person named alone); 'Rickenbacher met George
 # Beauchamp and Paul Barth, and in 1931 the three founded the Ro-Pat-In Company' -> cofounder each of the three; all
 # current true (no end told: 'continued manufacturing until 1953 when he sold his company' does not say which company
 # nor that he left a post by name; doubtful). No role: 'His Rickenbacher (later Rickenbacker) Manufacturing Company'
 # (an owner, no post written; doubtful: a reader might give founder), 'his cousin, the Flying Ace Eddie Rickenbacker'
 # (no organisation), 'F.C. Hall, a forerunner of the Southern California electric guitar boom' (a buyer, no post)
 roles=[R(AR, "founder", RGC), R(AR, "cofounder", RPI), R("George Beauchamp", "cofounder", RPI),
        R("Paul Barth", "cofounder", RPI)],
 # 'His Rickenbacher (later Rickenbacker) Manufacturing Company made metal bodies for National String Instrument
 # Corporation' -> partner(maker, National String Instrument Corporation) (a supplier relation between two named
 # organisations; GUIDELINES, Relations: partner; direction as written); 'about 2,700 Frying Pan guitars had been
 # produced' by the company renamed in the sentence before -> provider(Frying Pan, Ro-Pat-In Company) (doubtful: the
 # passive names no maker; 'they produced' the sentence before). Near-misses, no relation: 'he sold his company to F.C.
 # Hall' (a person buyer, no organisation named as buying; which company not said)
 relations=[L(RMC, "partner", "National String Instrument Corporation"), L("Frying Pan", "provider", RPI)],
 outages=[],
 # '(1886 – 1976)' -> the years 1886 and 1976; 'in 1928', 'in 1931', 'In 1932', 'In 1934', 'in 1939', 'until 1953' ->
 # the years. No date: 'the 1920s' (a decade), 'post World War I' (an event)
 dates=[D("1886", "1886"), D("1976", "1976"), D("1928", "1928"), D("1931", "1931"), D("1932", "1932"),
        D("1934", "1934"), D("1939", "1939"), D("1953", "1953")])

# ---- automobiles and photography, US: Francis Edgar Stanley ----------------------------------------------------------
FES = "Francis Edgar Stanley"
FOS = "Freelan Oscar Stanley"
SMC = "Stanley Motor Carriage Company"
SDP = "Stanley Dry Plate Company"
A["wp-francis-edgar-stanley"] = dict(
 # the businessman -> Person 'Francis Edgar Stanley', aliases 'F. E. Stanley' and 'F. E.' (his initials, thrice); his
 # twin -> Person 'Freelan Oscar Stanley', aliases 'Freelan Oscar Stanslee' (the revision's misspelling of the same
 # man: 'He and his twin brother, Freelan Oscar Stanslee'), 'Free' and 'F. O.' ('otherwise known as Free, or more often
 # F. O.'); Liberty Stanley, George Eastman and Chansonetta Stanley Emmons -> Person; the Stanley Motor Carriage Company,
 # the Stanley Dry Plate Company and Eastman-Kodak -> Company; the Stanley Steamer (a car) -> Service (GUIDELINES,
 # Types: vehicles); Western State Normal School (alias 'University of Maine at Farmington': 'now known as', one school
 # renamed) -> Organization; Lewiston, Maine, New England, Watertown, Massachusetts, Rochester and New York -> Location
 # (a city and its state each its own). No entity: 'American' (an adjective), 'the studio', 'the dry plate business'
 # (the Stanley Dry Plate Company, named before), 'the first photographic airbrush' (an invention, no name), 'the Stanley
 # twins' (the two men)
 entities=[E("Person", FES, "F. E. Stanley", "F. E."), E("Person", FOS, "Freelan Oscar Stanslee", "Free", "F. O."),
           E("Company", SMC), E("Service", "Stanley Steamer"), E("Person", "Liberty Stanley"),
           E("Organization", "Western State Normal School", "University of Maine at Farmington"),
           E("Location", "Lewiston"), E("Location", "Maine"), E("Location", "New England"), E("Company", SDP),
           E("Location", "Watertown"), E("Location", "Massachusetts"), E("Location", "Rochester"),
           E("Location", "New York"), E("Person", "George Eastman"), E("Company", "Eastman-Kodak"),
           E("Person", "Chansonetta Stanley Emmons")],
 # 'was the co-founder, along with his twin brother Freelan Oscar Stanley, of the Stanley Motor Carriage Company' ->
 # cofounder each (the text's own 'co-founder'); 'They patented a machine ... and set up the Stanley Dry Plate Company'
 # ('they' the twins of the sentences before) -> cofounder each (two people named together as setting up a company;
 # doubtful: 'set up' read as founding); current true (no end told: 'sold the dry plate business' ends their
 # ownership, not a post by name; doubtful). No role: 'George Eastman of Eastman-Kodak' (no post written; doubtful: a
 # reader might know him as its founder), 'F. O. initially became a teacher' (no organisation), 'He attended Western
 # State Normal School' (a student)
 roles=[R(FES, "cofounder", SMC), R(FOS, "cofounder", SMC), R(FES, "cofounder", SDP), R(FOS, "cofounder", SDP)],
 # 'the Stanley Motor Carriage Company which built the Stanley Steamer' -> provider(Stanley Steamer, Stanley Motor
 # Carriage Company); 'sold the dry plate business to George Eastman of Eastman-Kodak for $500,000' -> acquired
 # (Eastman-Kodak, Stanley Dry Plate Company) and parentOrganization(Stanley Dry Plate Company, Eastman-Kodak) (a
 # completed sale, the buyer the man named with his company; doubtful: the text names the man as buyer). Near-misses,
 # no relation: 'the company was later moved to Rochester, New York' (a move), 'his twin brother eventually joined him
 # in the business' (a studio with no name)
 relations=[L("Stanley Steamer", "provider", SMC), L("Eastman-Kodak", "acquired", SDP),
            L(SDP, "parentOrganization", "Eastman-Kodak")],
 outages=[],
 # 'June 1, 1849', 'July 31, 1918' -> the days; 'in 1874' -> the year. No date: 'at the age of ten', 'Within a few
 # years', 'During that time', 'Several years later', 'at the time' (relative), 'By the 1890s' (a decade)
 dates=[D("June 1, 1849", "1849-06-01"), D("July 31, 1918", "1918-07-31"), D("1874", "1874")])

# ---- automobiles, US: Franklin (automobile) ---------------------------------------------------------------------------
FAC = "Franklin Automobile Company"
HHF = "Herbert H. Franklin"
HFM = "H. H. Franklin Manufacturing Company"
A["wp-franklin-automobile"] = dict(
 # the marketer -> Company 'Franklin Automobile Company', alias 'Franklin' ('Franklin bought its vehicles', 'Franklin was
 # a luxury brand'; the same surface form is the man in 'Franklin assumed control of the company' -> the thing named
 # most, the company; doubtful); the industrialist -> Person 'Herbert H. Franklin' (the fullest form), aliases 'Herbert H
 # Franklin' (as written, no full stop) and 'Herbert Franklin' ("CEO Herbert Franklin's"); the H. H. Franklin
 # Manufacturing Company -> Company; John Wilkinson -> Person; Syracuse, New York and the United States -> Location. No
 # entity: 'The Franklin companies' (the two, named before), 'the Franklin automobile' (the car, no model named; as batch
 # 71l's 'the first Packard automobile'), 'the Great Depression' (an event), 'air-cooled engine' (generic)
 entities=[E("Company", FAC, "Franklin"), E("Location", "Syracuse"), E("Location", "New York"),
           E("Location", "United States"), E("Person", HHF, "Herbert H Franklin", "Herbert Franklin"),
           E("Company", HFM), E("Person", "John Wilkinson")],
 # 'Herbert H. Franklin founded H. H. Franklin Manufacturing Company in 1893' -> founder, current true (no end told of
 # a founding); 'Aside from his consequent retirement CEO Herbert Franklin's lifestyle' -> ceo at the Franklin Automobile
 # Company (the article's company, 'The Franklin companies suffered financial collapse' the sentence before; doubtful: a
 # reader might put it at the manufacturing company), current false (a retirement); 'Franklin assumed control of the
 # company, and named the auto manufacturing division ... As president, he managed the company finances' -> president at
 # the H. H. Franklin Manufacturing Company ('the company' whose division he named; doubtful: the lead's 'Controlled by
 # Herbert H Franklin' might make it the automobile company), current false (the retirement after the collapse of 'The
 # Franklin companies'). No role: 'Controlled by Herbert H Franklin' (an owner, no post), 'teamed up with engineer John
 # Wilkinson' (no organisation of his named in the kept text; 'Wilkinson was named chief engineer' is in the cut
 # broken sentence)
 roles=[R(HHF, "founder", HFM), R(HHF, "ceo", FAC, False), R(HHF, "president", HFM, False)],
 # 'named the auto manufacturing division Franklin Automobile Company' -> parentOrganization(Franklin Automobile
 # Company, H. H. Franklin Manufacturing Company) (a division; GUIDELINES: "X's Y division"). Near-misses, no relation:
 # 'Franklin bought its vehicles from their manufacturer, H. H. Franklin Manufacturing Company' (a supply within one
 # group, given as parent, no partner beside it; doubtful: a reader might add partner), 'fell victim to the Great
 # Depression' (a business failure)
 relations=[L(FAC, "parentOrganization", HFM)],
 outages=[],
 # 'between 1906 and 1934' -> the years 1906 and 1934; 'in April 1934' -> 1934-04 (another text); 'in 1893', 'in 1901',
 # 'In 1902' -> the years. No date: 'in the early years', 'of the day', 'more than 30 years' (relative or spans)
 dates=[D("1906", "1906"), D("1934", "1934"), D("April 1934", "1934-04"), D("1893", "1893"), D("1901", "1901"),
        D("1902", "1902")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
