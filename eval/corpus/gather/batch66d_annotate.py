#!/usr/bin/env python3
"""Batch 66d gold annotations (the texts of batch66d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65r; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'late November 2006' -> the month
(GUIDELINES, Dates: 'late 2006' -> the year, so a late part of a month -> the month); 'May 1990' -> the month;
'October 9, 1909' -> the day; 'forty years old', 'now', 'until recently', 'Today' -> nothing.
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65r): a completed purchase by a company ('acquired by
E. P. Taylor's Argus Corporation', 'acquired by AGCO') and a majority stake taken ('took majority equity of the
company', as batch 65e read Howard Smith's 67%) -> acquired + parentOrganization(target, buyer); 'new owner of' ->
acquired + parentOrganization (GUIDELINES, Relations: 'now owns'; doubtful); a company that formed another ('amalgamated
them to form the Golden Hope Rubber Estate') and the seller of a company ('sold three large plantation groups - A, B,
and C - to Malaysian concerns') -> parentOrganization (ownership stated as past is still recorded), no acquired where
the buyer is unnamed; 'a trading branch of' -> parentOrganization (a unit of; doubtful); a 'merger' where the text does
not say who buys whom ('It merged with three other plantation groups to form ... Sime Darby Berhad', 'formed by the
1953 merger of ... Massey Harris of Canada and Britain's Ferguson Company') -> nothing (GUIDELINES, Relations); an offer
('offered to acquire Golden Hope') -> nothing; 'signed a memorandum with X for designing' -> partner (doubtful); 'with
financing from X' -> partner (as batch 63h's 'financed by'; doubtful); a purchase of estates -> nothing (an asset
purchase); a takeover by a person ('taken over by Conrad Black') -> nothing (as batch 65e); founders (GUIDELINES part
2, Roles, 'Founders'): one person named alone ('founded ... by Alexander Guthrie', 'founded ... by Daniel Massey') ->
founder; the named members of a syndicate that incorporated the company ('The five venture partners were ...') ->
cofounder each (doubtful); a partner in a firm ('became a partner in 1837', 'Other partners included') -> executive
(as batch 51u read 'was a partner in ... Baker & McKenzie'), current false where the text says he retired from the
firm; founders current true ('He retired in 1847' ends no founding, as batch 64h's Ferkauf); owners ("E. P. Taylor's
Argus Corporation"), a syndicate 'led by' a man, prospectors, a 'lawyer', relatives and 'the eldest son' who 'renamed
the enterprise' with no post written -> no role; former and later names of a company -> aliases of one entity (GUIDELINES,
Types: 'Golden Hope Rubber Estate' and 'GHPB', 'Guthrie and Company', 'Hollinger Gold Mine' to 'Hollinger Inc.',
'Newcastle Foundry and Machine Manufactory', 'Massey Manufacturing Co.', 'Massey Harris Ferguson'); a name used for a
company and for a person ('Guthrie', 'Massey') -> one entity each surface, the company's (doubtful where a sentence
uses it for the man: noted per text); a first name alone for a man whose full name is not written ('Duncan' of
'brothers Duncan and John McMartin', 'David' of "Alexander's brother David") -> Person with that name (as batches 63b
and 64c's 'Frank', 'Max'); named sites and a street address -> Location (GUIDELINES, Types); commodities ('rubber',
'oil palm'), an expedition ('the Wilson expedition'), generic groups ('Malaysian concerns', 'seven others PLCs', '83
subsidiaries'), demonyms and adjectives ('British', 'Malaysian', 'Canadian', 'Singaporean-Malaysian', 'American-owned')
-> nothing.
usage: batch66d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- plantations, Malaysia: Golden Hope (en.wikipedia.org's '= Title =' rendering) ----------------------------------
GHP = "Golden Hope Plantations Berhad"
HC = "Harrisons and Crosfield"
PNB = "Pemodalan Nasional Berhad"
MIM = "Malaysian Institute of Microelectronic Systems"
SYD = "Synergy Drive Sdn Berhad"
CIMB = "CIMB Investment Bank Berhad"
A["wp-golden-hope"] = dict(
 # the company -> Company 'Golden Hope Plantations Berhad' (aliases 'GHPB', 'Golden Hope', and 'Golden Hope Rubber
 # Estate', its first name: 'amalgamated them to form the Golden Hope Rubber Estate', 'The business was renamed GHPB';
 # doubtful: a reader might take the Rubber Estate for the estate itself, a site; 'an estate and plantations company',
 # 'The business', 'the company', 'The group' generic); 'Harrisons and Crosfield' ('a British tea and coffee trading
 # company'), the plantation groups 'Pataling' and 'London Asiatic' (sold beside Golden Hope as 'plantation groups'),
 # 'Pemodalan Nasional Berhad' (as written), 'Synergy Drive Sdn Berhad' ('a special purpose entity'), 'CIMB Investment
 # Bank Berhad' -> Company; 'Malaysian Institute of Microelectronic Systems' (alias 'MIMOS'; an institute of the
 # state, GUIDELINES part 1: agencies -> Organization; doubtful: a reader might give Company) -> Organization;
 # Malaysia, Carey Island, Banting, Selangor -> Location. No entity: 'Malaysian concerns' (unnamed buyers), '83
 # subsidiaries', 'seven others PLCs', 'an industrial control system' (unnamed), 'palm oil mills', 'glycerine
 # manufacture, fruit juices and real estate' (lines of business), 'British', 'Malaysian' (adjectives)
 entities=[E("Company", GHP, "GHPB", "Golden Hope", "Golden Hope Rubber Estate"), E("Location", "Malaysia"),
           E("Company", HC), E("Company", "Pataling"), E("Company", "London Asiatic"), E("Company", PNB),
           E("Location", "Carey Island"), E("Location", "Banting"), E("Location", "Selangor"),
           E("Organization", MIM, "MIMOS"), E("Company", SYD), E("Company", CIMB)],
 # no person is named in the text (the chairman is in the cut infobox): no role
 roles=[],
 # 'In 1905 Harrisons and Crosfield ... purchased several small estates ... and amalgamated them to form the Golden
 # Hope Rubber Estate' with 'In 1982 Harrisons and Crosfield sold three large plantation groups - Golden Hope,
 # Pataling, and London Asiatic - to Malaysian concerns' -> parentOrganization(Golden Hope Plantations Berhad,
 # Harrisons and Crosfield), parentOrganization(Pataling, Harrisons and Crosfield), parentOrganization(London Asiatic,
 # Harrisons and Crosfield) (a company it formed and companies it sold: ownership stated as past is still recorded);
 # 'after Pemodalan Nasional Berhad took majority equity of the company' -> acquired(Pemodalan Nasional Berhad, Golden
 # Hope Plantations Berhad) + parentOrganization (a majority taken, as batch 65e's 67% of RW Miller; doubtful: a
 # reader might give parentOrganization only); 'Golden Hope signed a memorandum with the Malaysian Institute of
 # Microelectronic Systems (MIMOS) for designing an industrial control system' -> partner(Golden Hope Plantations
 # Berhad, Malaysian Institute of Microelectronic Systems) (a signed agreement for joint work; doubtful: a memorandum
 # may be read as no contract); 'Synergy Drive Sdn Berhad, a special purpose entity with financing from CIMB Investment
 # Bank Berhad' -> partner(Synergy Drive Sdn Berhad, CIMB Investment Bank Berhad) (a lender, as batch 63h's 'financed
 # by' -> partner; doubtful). Near-misses, no relation: 'purchased several small estates in Malaysia for £50,000' -> no
 # acquired (estates: an asset purchase); 'sold ... to Malaysian concerns' -> no acquired (the buyers unnamed);
 # 'offered to acquire Golden Hope and seven others PLCs' -> no acquired(Synergy Drive Sdn Berhad, Golden Hope
 # Plantations Berhad) (an offer; the merger that followed is in the part cut); 'The group now has 83 subsidiaries' ->
 # nothing (unnamed); CIMB -> no relation to Golden Hope (it financed the bidder)
 relations=[L(GHP, "parentOrganization", HC), L("Pataling", "parentOrganization", HC),
            L("London Asiatic", "parentOrganization", HC), L(PNB, "acquired", GHP), L(GHP, "parentOrganization", PNB),
            L(GHP, "partner", MIM), L(SYD, "partner", CIMB)],
 outages=[],
 # '1905', '1982', '1990', 'May 1990' (its own item beside '1990'), '1988', 'late November 2006' (-> the month);
 # 'forty years old', 'now' -> nothing
 dates=[D("1905", "1905"), D("1982", "1982"), D("1990", "1990"), D("May 1990", "1990-05"), D("1988", "1988"),
        D("late November 2006", "2006-11")])

# ---- plantations and trading, Singapore/Malaysia: Guthrie (en.wikipedia.org's '= Title =' rendering) ---------------
GGL = "Guthrie Group Limited"
AG = "Alexander Guthrie"
JG = "James Guthrie"
TTH = "Thomas Talbot Harrington and Company"
JJG = "John James Greenshields"
A["wp-guthrie-company"] = dict(
 # the company -> Company 'Guthrie Group Limited' (aliases 'Kumpulan Guthrie Berhad', 'Guthrie': 'Guthrie was founded
 # in Singapore', 'Guthrie introduced rubber', and 'Guthrie and Company', its name from 1833; the one 'Guthrie' used for
 # the man, 'Guthrie parted company with Harrington', is left to the company's surface: one surface, one entity;
 # doubtful; 'a Singaporean-Malaysian company', 'the first British trading company', 'his company', 'the firm'
 # generic); 'Sime Darby Berhad' -> Company; 'Thomas Talbot Harrington and Company' (alias 'Harrington': 'parted company
 # with Harrington', read as the firm, the only Harrington written; doubtful: a reader might read a man) -> Company;
 # Alexander Guthrie (alias 'Alexander': "Alexander's brother David"), David Guthrie (his father, 'of Burnside'),
 # Margaret Guthrie, James Guthrie (alias 'James'), 'David' ("Alexander's brother David", the first name only, not the
 # father), Katharine Grant, Susan Scott (alias 'Susan'), John James Greenshields, Margaret Lyall Scott -> Person;
 # Singapore, Southeast Asia, Malaysia, Menmuir ('the parish of Menmuir'), Angus, Scotland, Burnside ('David Guthrie of
 # Burnside', a place; doubtful), London, Tannadice, Britain -> Location. No entity: 'rubber', 'oil palm'
 # (commodities), 'three other plantation groups' (unnamed), 'British', 'Singaporean-Malaysian' (adjectives)
 entities=[E("Company", GGL, "Kumpulan Guthrie Berhad", "Guthrie", "Guthrie and Company"),
           E("Company", "Sime Darby Berhad"), E("Location", "Singapore"), E("Person", AG, "Alexander"),
           E("Location", "Southeast Asia"), E("Location", "Malaysia"), E("Location", "Menmuir"),
           E("Location", "Angus"), E("Location", "Scotland"), E("Person", "David Guthrie"),
           E("Location", "Burnside"), E("Person", "Margaret Guthrie"), E("Company", TTH, "Harrington"),
           E("Person", JG, "James"), E("Location", "London"), E("Location", "Tannadice"), E("Person", "David"),
           E("Person", "Katharine Grant"), E("Person", "Susan Scott", "Susan"), E("Location", "Britain"),
           E("Person", JJG), E("Person", "Margaret Lyall Scott")],
 # 'Guthrie was founded in Singapore in 1821 by Alexander Guthrie' -> founder at Guthrie Group Limited (one person named
 # alone, GUIDELINES part 2, Roles, 'Founders'), current true ('He retired in 1847' ends no founding, as batch 64h);
 # 'James Guthrie ... became a partner in 1837 ... He retired from the firm in 1876' -> executive at Guthrie Group
 # Limited (a partner in the firm, as batch 51u's 'was a partner in ... Baker & McKenzie' -> executive), current false (retired);
 # 'Other partners included James' nephew by marriage, John James Greenshields' -> executive at Guthrie Group Limited,
 # current true (the text tells no end: his dates are in the part cut; doubtful: a partnership of the nineteenth
 # century). Near-misses: 'handing the firm over to his nephew James Guthrie' -> no further role for James (no post
 # named beyond partner; a reader might give head or chairman); Alexander Guthrie at Thomas Talbot Harrington and
 # Company -> no role ('to set up a trading branch of': no post named; a reader might give executive); the relatives
 # (David Guthrie, Margaret Guthrie, David, Katharine Grant, Susan Scott, Margaret Lyall Scott) -> no role
 roles=[R(AG, "founder", GGL), R(JG, "executive", GGL, False), R(JJG, "executive", GGL)],
 # 'Guthrie was founded in Singapore in 1821' with 'He went to Singapore in 1821 to set up a trading branch of Thomas
 # Talbot Harrington and Company. Guthrie parted company with Harrington in 1823' -> parentOrganization(Guthrie Group
 # Limited, Thomas Talbot Harrington and Company) (the firm began as the branch of another, ownership stated as past;
 # doubtful: the text never says in one sentence that the branch was Guthrie). Near-misses, no relation: 'It merged with
 # three other plantation groups to form ... Sime Darby Berhad' -> no acquired and no parentOrganization (a merger
 # with no buyer written, GUIDELINES, Relations; the cut infobox's 'Successor: Sime Darby' is not in the text; the
 # merger is batch 65p's Sime Darby matter, told there without names); 'Guthrie parted company with Harrington' ->
 # nothing further (a parting); 'Guthrie introduced rubber and oil palm in Malaysia' -> no provider (commodities, no
 # Service)
 relations=[L(GGL, "parentOrganization", TTH)],
 outages=[],
 # '1821' (twice, one item), '1896', '1924', '1796', '1823', '1833', '1847', '1865', '1814', '1829', '1837', '1846',
 # '1853', '1856', '1876', '1900'
 dates=[D("1821", "1821"), D("1896", "1896"), D("1924", "1924"), D("1796", "1796"), D("1823", "1823"),
        D("1833", "1833"), D("1847", "1847"), D("1865", "1865"), D("1814", "1814"), D("1829", "1829"),
        D("1837", "1837"), D("1846", "1846"), D("1853", "1853"), D("1856", "1856"), D("1876", "1876"),
        D("1900", "1900")])

# ---- gold mining, Canada: Hollinger Mines (en.wikipedia.org old revision of 4 September 2022) -----------------------
HOM = "Hollinger Mines"
BH = "Benny Hollinger"
ARG = "Argus Corporation"
NT = "Noah Timmins"
DAD = "David Alexander Dunlap"
A["wp-hollinger-mines"] = dict(
 # the company -> Company 'Hollinger Mines' (the article's subject and the name the syndicate 'incorporated as'; aliases
 # from the text's list of names and its sentences: 'Hollinger Gold Mine' ('Founded in 1910 as Hollinger Gold Mine';
 # also the first sentence's 'The Hollinger Gold Mine was discovered', the mine, left to the company's surface: one
 # surface, one entity; doubtful), 'Hollinger Consolidated Gold Mines' (the name Argus bought it under), 'Hollinger
 # Argus Limited', 'Hollinger Inc.' ('Changed to Hollinger Inc. in 1985'; doubtful: the sentence 'Argus was taken over
 # by Conrad Black in 1978, and it was subsequently known as Hollinger Inc.' may read 'it' as Argus; the list gives the
 # name to the Hollinger company); 'The main Hollinger gold mine' (lowercase, the working mine) is no entity);
 # 'Argus Corporation' (alias 'Argus') -> Company; Benny Hollinger (alias 'Hollinger': 'Hollinger had travelled',
 # 'Hollinger and Gillies', 'Hollinger sold his claim'), Alex Gillies (alias 'Gillies'), 'Bernard "Barney" P.
 # McEnaney' (as written, the nickname in straight quotes), Noah Timmins (alias 'Noah': 'brothers Noah and Henry
 # Timmins'), Henry Timmins, 'Duncan' ('brothers Duncan and John McMartin': the first name only, as batch 64c's 'Max'),
 # John McMartin, David Alexander Dunlap, E. P. Taylor, Conrad Black -> Person; 'Porcupine' ('the Porcupine region'),
 # 'Dome Mine' ('the future Dome Mine site', a named site), Timmins, Ontario, 'David Dunlap Observatory' (a named
 # facility) -> Location. No entity: 'the Wilson expedition' (an event), 'a small syndicate' (unnamed), 'the
 # gold-bearing quartz dike', 'Canadian' (an adjective)
 entities=[E("Company", HOM, "Hollinger Gold Mine", "Hollinger Consolidated Gold Mines", "Hollinger Argus Limited",
             "Hollinger Inc."),
           E("Person", BH, "Hollinger"), E("Person", "Alex Gillies", "Gillies"), E("Location", "Porcupine"),
           E("Location", "Dome Mine"), E("Person", 'Bernard "Barney" P. McEnaney'), E("Person", NT, "Noah"),
           E("Location", "Timmins"), E("Location", "Ontario"), E("Person", "Henry Timmins"), E("Person", "Duncan"),
           E("Person", "John McMartin"), E("Person", DAD), E("Location", "David Dunlap Observatory"),
           E("Person", "E. P. Taylor"), E("Company", ARG, "Argus"), E("Person", "Conrad Black")],
 # 'a small syndicate led by Noah Timmins that, in 1910, incorporated as Hollinger Mines ... The five venture partners
 # were brothers Noah and Henry Timmins, brothers Duncan and John McMartin, and lawyer David Alexander Dunlap' ->
 # cofounder at Hollinger Mines for each of the five (people named together as forming the company, GUIDELINES part 2,
 # Roles, 'Founders'; doubtful: the text says 'incorporated' and 'venture partners', not 'founded'; a reader might give
 # founder to Noah Timmins alone, who led the syndicate), current true. Near-misses: Benny Hollinger -> no role (he
 # discovered the mine and sold his claim; an older revision's 'founded by Benny Hollinger' is not this text's);
 # 'led by Noah Timmins' -> no head or executive (the syndicate's leader, no post at the company named); Alex Gillies,
 # McEnaney ('their former partner', in prospecting) -> no role; 'lawyer David Alexander Dunlap' -> no role beyond
 # cofounder (a profession); E. P. Taylor ("Canadian tycoon E. P. Taylor's Argus Corporation": an owner, no post named)
 # and Conrad Black (a buyer) -> no role
 roles=[R(NT, "cofounder", HOM), R("Henry Timmins", "cofounder", HOM), R("Duncan", "cofounder", HOM),
        R("John McMartin", "cofounder", HOM), R(DAD, "cofounder", HOM)],
 # 'Hollinger Consolidated Gold Mines was later acquired by Canadian tycoon E. P. Taylor's Argus Corporation' ->
 # acquired(Argus Corporation, Hollinger Mines) + parentOrganization(Hollinger Mines, Argus Corporation) (a completed
 # purchase; the text does not say the company was merged away, its later names 'Hollinger Argus Limited' and 'Hollinger
 # Inc.' being kept as its own). Near-misses, no relation: 'Argus was taken over by Conrad Black in 1978' -> nothing (a
 # person as buyer, as batch 65e); 'Hollinger sold his claim to a small syndicate' -> nothing (a mining claim, an asset,
 # and an unnamed buyer); 'it was subsequently known as Hollinger Inc.' -> no relation between Argus and Hollinger Inc.
 # (a name, read as the Hollinger company's from the list; doubtful)
 relations=[L(ARG, "acquired", HOM), L(HOM, "parentOrganization", ARG)],
 outages=[],
 # 'October 9, 1909', '1910' (three times, one item), '1968', '1978' (twice, one item), '1985'
 dates=[D("October 9, 1909", "1909-10-09"), D("1910", "1910"), D("1968", "1968"), D("1978", "1978"),
        D("1985", "1985")])

# ---- farm machinery, Canada: Massey Ferguson (piglix.com's copy) -----------------------------------------------------
MFL = "Massey Ferguson Limited"
DM = "Daniel Massey"
A["wp-massey-ferguson"] = dict(
 # the company -> Company 'Massey Ferguson Limited' (aliases 'Massey Ferguson'; 'Massey': 'Massey transferred its
 # headquarters', the company, and 'Massey expanded further ... he made it', read with 'he' as Hart Massey, left to
 # the company's surface: one surface, one entity; doubtful; its former names as the text gives them: 'Massey Harris
 # Ferguson' ('under the new name Massey Harris Ferguson. In 1958, the name was shortened to Massey Ferguson'),
 # 'Newcastle Foundry and Machine Manufactory' ('founded in 1847 ... as the Newcastle Foundry and Machine
 # Manufactory'), 'Massey Manufacturing Co.' ('renamed the enterprise the Massey Manufacturing Co.'); 'a major
 # manufacturer', 'The current business', 'the enterprise', 'the firm' generic; 'a brand name used by AGCO' is the
 # company's name used as a brand: no Service beside the Company, one surface, one entity); 'AGCO', 'Allis-Chalmers'
 # ('former competitor'), 'Massey Harris' ('Massey Harris of Canada', a party to the 1953 merger: its own entity,
 # though the text's founding paragraph tells the line from 1847 as Massey Ferguson's; doubtful: a reader might make it
 # another former name), 'Ferguson Company' ("Britain's Ferguson Company") -> Company; Daniel Massey (alias 'Daniel':
 # "Daniel's eldest son"), Hart Massey -> Person; Brantford, Ontario, Canada ('Canada', twice, one entity), Buffalo, New
 # York (the state), Britain ("Britain's"), Newcastle ('Newcastle, Ontario'), the United States, Toronto, '915 King
 # Street West' (the head office's address, a named site), Liberty Village -> Location. No entity: 'mechanical
 # threshers' (a kind of machine, no name), 'American-owned' (an adjective)
 entities=[E("Company", MFL, "Massey Ferguson", "Massey", "Massey Harris Ferguson",
             "Newcastle Foundry and Machine Manufactory", "Massey Manufacturing Co."),
           E("Location", "Brantford"), E("Location", "Ontario"), E("Location", "Canada"), E("Location", "Buffalo"),
           E("Location", "New York"), E("Company", "AGCO"), E("Company", "Allis-Chalmers"),
           E("Company", "Massey Harris"), E("Location", "Britain"), E("Company", "Ferguson Company"),
           E("Location", "Newcastle"), E("Person", DM, "Daniel"), E("Location", "United States"),
           E("Person", "Hart Massey"), E("Location", "Toronto"), E("Location", "915 King Street West"),
           E("Location", "Liberty Village")],
 # 'Massey Ferguson was founded in 1847 in Newcastle, Ontario by Daniel Massey as the Newcastle Foundry and Machine
 # Manufactory' -> founder at Massey Ferguson Limited (one person named alone, GUIDELINES part 2, Roles, 'Founders'),
 # current true. Near-misses: "Daniel's eldest son Hart Massey renamed the enterprise the Massey Manufacturing Co. and
 # moved it to Toronto" -> no role (he is told acting for the firm but no post is named; doubtful: a reader might give
 # head or executive); 'Massey expanded further ... he made it one of the most well known brands' -> no role (the same)
 roles=[R(DM, "founder", MFL)],
 # 'before it was acquired by AGCO' -> acquired(AGCO, Massey Ferguson Limited) + parentOrganization(Massey Ferguson
 # Limited, AGCO) (a completed purchase; 'Today Massey Ferguson is only a brand name used by AGCO' tells the same
 # ownership); 'AGCO new owner of former competitor Allis-Chalmers' -> acquired(AGCO, Allis-Chalmers) +
 # parentOrganization(Allis-Chalmers, AGCO) ('new owner of', read as GUIDELINES' 'now owns'; doubtful: a reader might
 # give parentOrganization only). Near-misses, no relation: 'formed by the 1953 merger of farm machinery manufacturers
 # Massey Harris of Canada and Britain's Ferguson Company' -> no acquired and no parentOrganization (a merger with no
 # buyer written, GUIDELINES, Relations); 'former competitor' -> no partner (competitors); 'American-owned' -> nothing
 # (no owner named in that phrase); 'assembling parts from the United States' -> no partner (no supplier named)
 relations=[L("AGCO", "acquired", MFL), L(MFL, "parentOrganization", "AGCO"), L("AGCO", "acquired", "Allis-Chalmers"),
            L("Allis-Chalmers", "parentOrganization", "AGCO")],
 outages=[],
 # '1997', '1953', '1958', '1847', '1879'; 'until recently', 'Today' -> nothing
 dates=[D("1997", "1997"), D("1953", "1953"), D("1958", "1958"), D("1847", "1847"), D("1879", "1879")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
