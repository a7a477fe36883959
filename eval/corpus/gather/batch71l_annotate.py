#!/usr/bin/env python3
"""Gold for batch 71l (session 65; gatherer lane 71l; round notes /tmp/gather71l/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt): three company histories from English Wikipedia — James Ward Packard (who with his
brother William founded the Packard Electric Company in 1890 and created the Packard Motor Car Company, the electric
company acquired by General Motors in 1932), the Lima Locomotive Works (of Lima, Ohio, earlier the Lima Machine Works,
builder of Ephraim Shay's Shay locomotive) and Christian Frederick Martin, Sr. (the luthier whose New York City shop of
1833 was the forerunner of C. F. Martin & Company). Annotated from each text alone, by eval/corpus/GUIDELINES.md; newskg
(or any extractor) was not run on any text. Split (sorted ids dealt test, train, dev; b10.write_parts): test
wp-christian-frederick-martin; train wp-james-ward-packard; dev wp-lima-locomotive-works. No text tells an outage or a
near-miss of one (renamings, a merger, an acquisition, a spin-off, a licence, a guild dispute and moves are no outage,
GUIDELINES, Outages). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71b): former names, short names,
acronyms and surnames alone -> aliases of the one entity ('Ohio Automobile Company', 'Delphi Packard Electric Systems',
'GM', 'Packard', 'LLW', 'Lima Machine Works', 'Lima', 'Shay', 'Christian Friedrich Martin I.', 'Martin', 'CF Martin');
one surface form for two things -> the thing named most (batches 32d, 70y, 70ae, 70ak and 71b: 'Packard' the man, not
the car 'the last Packard'; 'Lima' the company, not the city, the city kept as written 'Lima, Ohio', as batch 71b's
'Washington, DC'; 'Shay' the locomotive, not Ephraim Shay); a company renamed ('incorporated as ... and was renamed',
'renaming it') -> one entity under the name the text gives it first as its own, the later or fuller one; a company
'acquired' by a named company -> acquired and parentOrganization (GUIDELINES, Relations), past ownership still recorded
('spun off and became independent'); a 'merged with' where the text does not say who buys whom -> nothing (GUIDELINES,
Relations); people the text names together as founding or creating a company ('founded', 'created', 'formed a
partnership ... called') -> cofounder each (GUIDELINES, Roles: Founders), current true (no end told); one person whose
own shop was the company's 'forerunner' -> founder (doubtful); 'current CEO' -> ceo, current true; an agent of a
federal bureau -> other (GUIDELINES, Roles: commissioners, staff attorneys -> other; doubtful); a partnership, contract
or licence with a person -> no partner (partner joins two organisations); locomotives, a locomotive model and a tank ->
Service (GUIDELINES, Types: vehicles), provider the company where the text says it produced them; railroads -> Company;
guilds, a university, a federal bureau and a hospital -> Organization; a street address and a city district ->
Location ('39 King Street' as an earlier batch's); full dates, months with years and years -> their values; decades
('the 1870s', 'the 1950s'), 'World War II' and relative phrases ('the following year', 'Two years later', 'today') ->
no date (published null: only absolute expressions).
usage: batch71l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- musical instruments, US: Christian Frederick Martin --------------------------------------------------------------
CFM = "Christian Frederick Martin, Sr."
CFC = "C. F. Martin & Company"
A["wp-christian-frederick-martin"] = dict(
 # the luthier -> Person 'Christian Frederick Martin, Sr.' (the fullest form), aliases 'Christian Friedrich Martin I.'
 # (his German name, as written with the ordinal's full stop), 'Martin' (six times, each the man) and 'CF Martin' ("CF
 # Martin's great-great-great grandson"); CF Martin IV, Johann Stauffer, Ottilie Lucia Kühler and Karl Kühler -> Person;
 # C. F. Martin & Company -> Company; the Cabinet Makers Guild and the Violin Makers Guild -> Organization (guilds, as
 # unions); Markneukirchen, Germany, Vienna, Austria, United States, New York City, 196 Hudson Street (a street address,
 # as an earlier batch's '39 King Street'; doubtful: batches 40zc and others left addresses out), Lower West Side (a city
 # district), Nazareth and Pennsylvania -> Location. No entity: 'German' (a language), 'cabinet makers', 'a retail music
 # store', 'the guitar shop' (generic)
 entities=[E("Person", CFM, "Christian Friedrich Martin I.", "Martin", "CF Martin"), E("Location", "Markneukirchen"),
           E("Location", "Germany"), E("Person", "Johann Stauffer"), E("Location", "Vienna"), E("Location", "Austria"),
           E("Organization", "Cabinet Makers Guild"), E("Organization", "Violin Makers Guild"),
           E("Location", "United States"), E("Location", "New York City"), E("Location", "196 Hudson Street"),
           E("Location", "Lower West Side"), E("Company", CFC), E("Person", "CF Martin IV"),
           E("Person", "Ottilie Lucia Kühler"), E("Person", "Karl Kühler"), E("Location", "Nazareth"),
           E("Location", "Pennsylvania")],
 # 'he set up shop ... This shop was the forerunner of C. F. Martin & Company' -> founder (one person named alone; his
 # own shop the company's forerunner, the company bearing his name; doubtful: batch 71b gave an 'ancestor' company no
 # relation, but here no other company stands between the shop and the firm), current true (no end told); 'whose current
 # CEO is ... CF Martin IV as of 2007' -> ceo, current true. No role: 'an apprentice of the guitar maker Johann
 # Stauffer' (no organisation), 'the Cabinet Makers Guild, of which Martin was a member' (membership, no post),
 # 'well-known guitarmaker Karl Kühler' (no organisation)
 roles=[R(CFM, "founder", CFC), R("CF Martin IV", "ceo", CFC)],
 # Near-misses, no relation: 'a dispute between the Cabinet Makers Guild ... and the Violin Makers Guild' (a dispute);
 # 'still family-owned' (no named owner)
 relations=[],
 outages=[],
 # 'January 31, 1796', 'February 16, 1873' -> the days; 'in 1833', 'as of 2007', 'in 1838' -> the years. No date:
 # 'today', 'still' (relative; published null)
 dates=[D("January 31, 1796", "1796-01-31"), D("February 16, 1873", "1873-02-16"), D("1833", "1833"),
        D("2007", "2007"), D("1838", "1838")])

# ---- automobiles, US: James Ward Packard ----------------------------------------------------------------------------------
JWP = "James Ward Packard"
PMC = "Packard Motor Car Company"
PEC = "Packard Electric Company"
PW = "Packard & Weiss"
A["wp-james-ward-packard"] = dict(
 # the industrialist -> Person 'James Ward Packard', alias 'Packard' ('Packard studied', 'Packard and his brother
 # William', 'Packard fell ill'; the same surface form is the car in 'the last Packard was made' -> the thing named most,
 # the man, no Service 'Packard'; doubtful); his brother -> Person 'William' (named only so); Mary Elizabeth Doud, Warren
 # Packard, Alaska, Carlotta, Cornelia (his sisters, named only so), George L. Weiss and Elizabeth Gillmer -> Person; the
 # Packard Motor Car Company (alias 'Ohio Automobile Company': 'the company incorporated as the Ohio Automobile Company
 # and was renamed the Packard Motor Car Company in 1902', one company renamed; 'the company' after 'The first Packard
 # automobile' read as the car maker; doubtful: a reader might take it for Packard & Weiss) and the Packard Electric
 # Company (alias 'Delphi Packard Electric Systems': 'renaming it ... in 1995') -> Company; Packard & Weiss (a named
 # partnership, a business) -> Company; the Winton Motor Carriage Company, the Studebaker Corporation and General Motors
 # (alias 'GM') -> Company; FBI, Lehigh University and the Cleveland Clinic Hospital (a hospital, as an earlier batch's
 # hospital) -> Organization; Warren, Ohio, Bethlehem, Pennsylvania and Detroit -> Location. No entity: 'American' (an
 # adjective), 'the Packard brothers' (the two men), 'incandescent carbon arc lamps', 'automotive electrical systems'
 # (generic products), 'the first Packard automobile' (the car, no model named)
 entities=[E("Person", JWP, "Packard"), E("Person", "William"), E("Company", PMC, "Ohio Automobile Company"),
           E("Company", PEC, "Delphi Packard Electric Systems"), E("Location", "Warren"), E("Location", "Ohio"),
           E("Person", "Mary Elizabeth Doud"), E("Person", "Warren Packard"), E("Person", "Alaska"),
           E("Person", "Carlotta"), E("Person", "Cornelia"), E("Organization", "FBI"),
           E("Organization", "Lehigh University"), E("Location", "Bethlehem"), E("Location", "Pennsylvania"),
           E("Company", "Winton Motor Carriage Company"), E("Person", "George L. Weiss"), E("Company", PW),
           E("Location", "Detroit"), E("Company", "Studebaker Corporation"), E("Company", "General Motors", "GM"),
           E("Organization", "Cleveland Clinic Hospital"), E("Person", "Elizabeth Gillmer")],
 # 'alongside his elder brother William, created the Packard Motor Car Company and Packard Electric Company' and
 # 'Packard and his brother William founded the Packard Electric Company in 1890' -> cofounder each, at both companies
 # (two people named together as creating or founding; GUIDELINES, Roles: Founders); 'the brothers formed a partnership
 # with ... George L. Weiss called Packard & Weiss' -> cofounder each of the three at Packard & Weiss (forming a named
 # partnership read as founding it; doubtful); 'Alaska later gained fame as the first female FBI agent' -> other at FBI
 # (a bureau's agent, as staff attorneys -> other; current true, no 'former' written; doubtful: a reader might give no
 # role). No role: 'Winton Motor Carriage Company investor George L. Weiss' (an investor, no post; doubtful), 'studied
 # ... at Lehigh University' (a student)
 roles=[R(JWP, "cofounder", PMC), R("William", "cofounder", PMC), R(JWP, "cofounder", PEC),
        R("William", "cofounder", PEC), R(JWP, "cofounder", PW), R("William", "cofounder", PW),
        R("George L. Weiss", "cofounder", PW), R("Alaska", "other", "FBI")],
 # 'General Motors acquired the company in 1932, renaming it Delphi Packard Electric Systems' ('the company' the Packard
 # Electric Company of the sentence before) -> acquired(General Motors, Packard Electric Company) and
 # parentOrganization(Packard Electric Company, General Motors) (a completed purchase; 'spun off and became independent
 # of GM in 1999' ends it, past ownership still recorded). Near-misses, no relation: 'The company eventually merged with
 # the Studebaker Corporation in 1954' (a merger, who buys whom not said; GUIDELINES, Relations); 'formed a partnership
 # with ... George L. Weiss' (a partnership with a person, no organisation); 'through which they manufactured' (no
 # product named)
 relations=[L("General Motors", "acquired", PEC), L(PEC, "parentOrganization", "General Motors")],
 outages=[],
 # 'November 5, 1863' (twice), 'March 20, 1928' (twice) -> the days, each listed once; 'From 1880 to 1884', 'in 1890',
 # 'In 1893', 'in 1899', 'In 1900', 'in 1902', 'in 1903', 'in 1954', 'in 1958', 'in 1932', 'in 1995', 'in 1999', 'in
 # 1925' -> the years. No date: 'the following year' (relative to 1925, not to `published`; as batch 71b's 'in the
 # same year'), 'final 16 months', 'at the age of 64'
 dates=[D("November 5, 1863", "1863-11-05"), D("March 20, 1928", "1928-03-20"), D("1880", "1880"), D("1884", "1884"),
        D("1890", "1890"), D("1893", "1893"), D("1899", "1899"), D("1900", "1900"), D("1902", "1902"),
        D("1903", "1903"), D("1954", "1954"), D("1958", "1958"), D("1932", "1932"), D("1995", "1995"),
        D("1999", "1999"), D("1925", "1925")])

# ---- railway equipment, US: Lima Locomotive Works --------------------------------------------------------------------------
LLW = "Lima Locomotive Works"
A["wp-lima-locomotive-works"] = dict(
 # the firm -> Company 'Lima Locomotive Works', aliases 'LLW', 'Lima Machine Works' (the history's name of the same firm
 # before locomotives were its main product: 'the Lima Machine Works, which expanded and began to ship Shay locomotives';
 # doubtful: the text tells no renaming and a reader might keep it apart, with no relation) and 'Lima' ('Lima rebuilt
 # Ephraim Shay's original design', 'the Lima plant'; the same surface form is the city in 'Lima, Ohio' -> the thing named
 # most, the company; the city kept as written, 'Lima, Ohio', one Location as batch 71b's 'Washington, DC'; doubtful);
 # the Erie Railroad, the Baltimore & Ohio and the Nickel Plate Road (railroads, businesses) -> Company; Ephraim Shay,
 # William E. Woodard and James Alley -> Person; the Shay locomotive (name 'Shay locomotive', 'The first Shay
 # locomotive'; alias 'Shay': 'the Shay geared logging steam locomotive', 'The Shay was geared down'; the same surface form
 # is the man in 'Shay licensed the right' -> the thing named most, the locomotive; Ephraim Shay without alias;
 # doubtful), Lima demonstrator A-1 (a prototype locomotive) and the M4 Sherman (a tank) -> Service (vehicles; GUIDELINES,
 # Types). No entity: 'American' (an adjective), 'Super Power' (a design concept), '2-8-4 Berkshire' (a wheel
 # arrangement's type), 'Cincinnati-Toledo main line' (a line; doubtful), 'World War II' (an event), 'the lumber
 # industry', 'lumbermen' (generic)
 entities=[E("Company", LLW, "LLW", "Lima Machine Works", "Lima"), E("Location", "Lima, Ohio"),
           E("Company", "Erie Railroad"), E("Company", "Baltimore & Ohio"), E("Company", "Nickel Plate Road"),
           E("Service", "Shay locomotive", "Shay"), E("Person", "Ephraim Shay"), E("Person", "William E. Woodard"),
           E("Service", "Lima demonstrator A-1"), E("Service", "M4 Sherman"), E("Person", "James Alley")],
 # No role: 'developed by Ephraim Shay', 'Shay licensed the right to build his locomotive' (a designer and licensor, no
 # post), 'William E. Woodard's "Super Power" ... concept' (a designer), 'James Alley contracted' (a customer, no
 # organisation named as his)
 roles=[],
 # 'The company produced the Shay geared logging steam locomotive' -> provider(Shay locomotive, Lima Locomotive Works);
 # 'the prototype 2-8-4 Berkshire, Lima demonstrator A-1' (the company's own demonstrator, after 'The company produced')
 # -> provider(Lima demonstrator A-1, Lima Locomotive Works). Near-misses, no relation: 'the Lima plant produced the M4A1
 # version of the M4 Sherman tank' (a version built in wartime, the tank no product of the company's own; doubtful: a
 # reader might give provider); 'James Alley contracted the Lima Machine Works', 'Shay licensed the right ... to the Lima
 # Machine Works' (a person, no organisation, on the other side); 'located between the Erie Railroad main line ...'
 # (places)
 relations=[L("Shay locomotive", "provider", LLW), L("Lima demonstrator A-1", "provider", LLW)],
 outages=[],
 # 'In 1878' -> 1878; 'In April 1880' -> 1880-04; 'in 1880' -> 1880 (another text, another value). No date: 'the 1870s',
 # 'the 1950s' (decades), 'World War II' (an event), 'Two years later', 'during the next ten years' (relative)
 dates=[D("1878", "1878"), D("April 1880", "1880-04"), D("1880", "1880")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
