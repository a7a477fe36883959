#!/usr/bin/env python3
"""Batch 69f gold annotations (the texts of batch69f.py; session 63, round notes /tmp/gather69f/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68ad; batch10_annotate.write_parts), so with three
texts: wp-datapoint test, wp-mcgraw-electric-company train, wp-rochester-telephone dev. All are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); a month and year ('July 1968', 'October 1969') -> the
month; a year ('in 1900', 'In 1995') -> the year, one date per text and value; a season or part of a year ('the summer
of 1900', 'the beginning of 2002') -> the year, its own item beside a bare year of the same value; centuries and
decades ('the 20th century', 'the mid-1960s') and relative phrases ('that year', 'the second year') -> nothing. No text
tells an outage or a near-miss of one (a Chapter 11 filing is a business failure, chips 'replacing every 30 minutes'
a product defect), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68ad): one person named alone as founding a company ->
`founder` ('founded by Max McGraw in 1900', 'In 1907 McGraw founded ...'), current true; two people named together
('Founded in July 1968 by Phil Ray and Gus Roche') -> each `cofounder`; one named person organizing a company 'in
partnership with his father and four others' (the others not named) -> `cofounder` (as 'A founded Acme with B';
doubtful); 'taking the position of President' -> president, current true (no end told; doubtful); 'President John F.
Kennedy' -> president of the United States, current false (a past president, as batches before gave him); engineers
'working for' a company -> no role (a trade, not a post); an early 'founder of and investor in several Rochester
industries' -> no role (no company named); 'it was acquired in 1999 by Global Crossing' -> acquired and
parentOrganization (not said to be merged away); 'a unit of', "China Netcom's subsidiary", "Bell's regional
divisions, like New York Telephone" -> parentOrganization; a person buying a company ('McGraw bought the Lehmer
Company') -> no `acquired` (GOLD_FORMAT: Company s bought Company o) and, the company merged into McGraw Electric, no
parent link (doubtful); companies merged into a new company with no buyer told ('merged with Thomas A. Edison, Inc. to
form McGraw-Edison', 'merged the supply and manufacturing companies into ...') -> nothing (GUIDELINES, Relations); an
operation or assets sold ('sold its wholesale operation to Westinghouse ...', 'its assets being sold to ... Asia
Netcom', 'It sold off Frontier's local business') -> nothing; chips sourced from a maker ('sourcing chips from both TI
and Intel') -> partner (supply, GUIDELINES, Relations); 'part of a computing contract team for NASA' -> partner of the
contractor with NASA (doubtful); a named product or service with its maker or deliverer -> Service with provider (the
Toastmaster, the Datapoint 3300, Touch Tone and Caller ID; the last two doubtful); a company's later name ('Rochester
Tel renamed itself Frontier'), its first name ('originally known as Computer Terminal Corporation'), short forms and
a nickname ('Ma Bell') -> aliases; named sites and a street ('the Stockyards', 'the Peavey Grand Opera House', 'Fifth
Street') -> Location (as batch 68ad's address; doubtful for the Stockyards, a customer).
usage: batch69f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- electrical equipment, US: McGraw Electric Company --------------------------------------------------------------
MC = "McGraw Electric Company"
MM = "Max McGraw"
A["wp-mcgraw-electric-company"] = dict(
 # the company -> Company 'McGraw Electric Company', alias 'McGraw Electric'; Max McGraw (alias 'McGraw') -> Person;
 # 'the Toastmaster pop-up toaster' -> Service 'Toastmaster' (a product); Thomas A. Edison, Inc., McGraw-Edison (the
 # company the merger formed, its own entity), the Interstate Supply Company, the Interstate Electric Manufacturing
 # Company, the Interstate Supply and Manufacturing Company, the Lehmer Company and Westinghouse Electric and
 # Manufacturing Company -> Company; the US and Sioux City -> Location; 'the Stockyards', 'the Peavey Grand Opera
 # House' and 'Fifth Street' -> Location (named sites and a street; doubtful: the Stockyards a customer a reader might
 # type Company, Fifth Street a reader might leave out). No entity: 'his father and four others' (not named);
 # 'magnetos, telephones and power switchboards' (kinds of goods)
 entities=[E("Company", MC, "McGraw Electric"), E("Location", "US"), E("Person", MM, "McGraw"),
           E("Service", "Toastmaster"), E("Company", "Thomas A. Edison, Inc."), E("Company", "McGraw-Edison"),
           E("Location", "Stockyards"), E("Location", "Peavey Grand Opera House"), E("Location", "Sioux City"),
           E("Location", "Fifth Street"), E("Company", "Interstate Supply Company"),
           E("Company", "Interstate Electric Manufacturing Company"),
           E("Company", "Interstate Supply and Manufacturing Company"), E("Company", "Lehmer Company"),
           E("Company", "Westinghouse Electric and Manufacturing Company")],
 # 'founded by Max McGraw in 1900' -> founder at McGraw Electric Company; 'McGraw organized the Interstate Supply
 # Company in partnership with his father and four others' -> cofounder (doubtful: 'organized', the partners unnamed);
 # 'In 1907 McGraw founded the Interstate Electric Manufacturing Company' -> founder; 'taking the position of President'
 # (of the McGraw Electric Company the merged businesses went into) -> president, current true (no end told; doubtful:
 # the company merged away in 1957). Near-miss, no role: 'entered business as an electrician' (a trade)
 roles=[R(MM, "founder", MC), R(MM, "cofounder", "Interstate Supply Company"),
        R(MM, "founder", "Interstate Electric Manufacturing Company"), R(MM, "president", MC)],
 # 'The best known product may have been the Toastmaster pop-up toaster' -> provider(Toastmaster, McGraw Electric
 # Company). Near-misses, no relation: 'In 1957 McGraw Electric merged with Thomas A. Edison, Inc. to form
 # McGraw-Edison' (a merger, no buyer told); 'In 1910 he merged the supply and manufacturing companies into the
 # Interstate Supply and Manufacturing Company' (the same); 'McGraw bought the Lehmer Company' (a person the buyer) and
 # 'He merged this company and the Interstate Supply and Manufacturing Company into the McGraw Electric Company'
 # (merged away; doubtful: a reader might give acquired(McGraw Electric Company, Lehmer Company)); 'sold its wholesale
 # operation to Westinghouse Electric and Manufacturing Company' (an operation, not a named company; doubtful);
 # 'profitable contracts from the Stockyards and the Peavey Grand Opera House' (sites, GUIDELINES, Types)
 relations=[L("Toastmaster", "provider", MC)],
 outages=[],
 # 'in 1900' -> 1900; 'In 1957' -> 1957; 'In the summer of 1900' -> 1900 (its own item); 'In 1902', 'In 1903', 'In
 # 1907', 'In 1910', 'In 1912', 'In 1926' -> the years. No date: 'in the second year', 'that year' (relative)
 dates=[D("1900", "1900"), D("1957", "1957"), D("the summer of 1900", "1900"), D("1902", "1902"),
        D("1903", "1903"), D("1907", "1907"), D("1910", "1910"), D("1912", "1912"), D("1926", "1926")])

# ---- telecom, US: Rochester Telephone -------------------------------------------------------------------------------
RTC = "Rochester Telephone Company"
A["wp-rochester-telephone"] = dict(
 # the company -> Company 'Rochester Telephone Company', aliases 'Rochester Tel', 'RT' and 'Frontier' ('Rochester Tel
 # renamed itself Frontier', the company under its later name); 'RTC of Rochester, Indiana' -> Company 'RTC' (another
 # company, named to be told apart; doubtful) and Location 'Rochester, Indiana' (the town, its fullest form); Rochester
 # and New York ('upstate New York') -> Location; Albrecht Vogt -> Person; AT&T, aliases 'Ma Bell' (its nickname) and
 # 'Bell' ("Bell's regional divisions", the Bell System; doubtful) -> Company; Eastman Kodak, Xerox, New York
 # Telephone, Global Crossing, China Netcom, Asia Netcom and Citizens Communications -> Company; Bermuda ('a
 # Bermuda-based ... enterprise') -> Location; 'Touch Tone and Caller ID services' -> Service each (named telephone
 # services; doubtful: a reader might take them for generic features). No entity: 'the 20th century'; 'the "Internet
 # bubble"' (an event); 'Chapter 11' (a law)
 entities=[E("Company", RTC, "Rochester Tel", "RT", "Frontier"), E("Company", "RTC"),
           E("Location", "Rochester, Indiana"), E("Location", "Rochester"), E("Location", "New York"),
           E("Person", "Albrecht Vogt"), E("Company", "AT&T", "Ma Bell", "Bell"), E("Company", "Eastman Kodak"),
           E("Company", "Xerox"), E("Service", "Touch Tone"), E("Service", "Caller ID"),
           E("Company", "New York Telephone"), E("Company", "Global Crossing"), E("Location", "Bermuda"),
           E("Company", "China Netcom"), E("Company", "Asia Netcom"), E("Company", "Citizens Communications")],
 # No role: 'Albrecht Vogt, an early founder of and investor in several Rochester industries' (founder of industries
 # not named; his 'vision' benefited Rochester Telephone, no post at it; doubtful)
 roles=[],
 # 'it was acquired in 1999 by Global Crossing' -> acquired(Global Crossing, Rochester Telephone Company) and
 # parentOrganization(Rochester Telephone Company, Global Crossing); 'Frontier remains a unit of Citizens
 # Communications' -> parentOrganization(Rochester Telephone Company, Citizens Communications) (Frontier the company's
 # later name; relations carry no time); "China Netcom's subsidiary Asia Netcom" -> parentOrganization(Asia Netcom,
 # China Netcom); "Bell's regional divisions, like New York Telephone" -> parentOrganization(New York Telephone, AT&T);
 # 'RT ... delivering, for instance, Touch Tone and Caller ID services' -> provider(Touch Tone / Caller ID, Rochester
 # Telephone Company) (doubtful). Near-misses, no relation: 'It sold off Frontier's local business' (a business sold,
 # no buyer named); 'its assets being sold to China Netcom's subsidiary Asia Netcom' (assets, GUIDELINES, Relations);
 # 'remained independent from AT&T', 'RT often led ... AT&T' (no tie); '(headquarters of Eastman Kodak and Xerox)' (a
 # city's companies, no tie to RT)
 relations=[L("Global Crossing", "acquired", RTC), L(RTC, "parentOrganization", "Global Crossing"),
            L(RTC, "parentOrganization", "Citizens Communications"), L("Asia Netcom", "parentOrganization", "China Netcom"),
            L("New York Telephone", "parentOrganization", "AT&T"), L("Touch Tone", "provider", RTC),
            L("Caller ID", "provider", RTC)],
 outages=[],
 # 'divestiture in 1984' -> 1984; 'In 1995' -> 1995; 'in 1999' -> 1999; 'at the beginning of 2002' -> 2002. No date:
 # 'for most of the 20th century' (a century)
 dates=[D("1984", "1984"), D("1995", "1995"), D("1999", "1999"), D("the beginning of 2002", "2002")])

# ---- computers, US: Datapoint ---------------------------------------------------------------------------------------
DPC = "Datapoint Corporation"
ROCHE = "Austin O. \"Gus\" Roche"
A["wp-datapoint"] = dict(
 # the company -> Company 'Datapoint Corporation', alias 'Computer Terminal Corporation' (its first name); San Antonio,
 # Texas, the United States, Florida and New York City -> Location; Phil Ray (alias 'Ray'), Gus Roche (name 'Austin O.
 # "Gus" Roche', the fullest form; aliases 'Gus Roche', 'Roche') and John F. Kennedy -> Person; General Dynamics
 # Dynatronic Division -> Company (a company's division named whole; 'General Dynamics' only inside the name, no
 # entity of its own); NASA and the University of Texas -> Organization; Texas Instruments (alias 'TI') and Intel ->
 # Company; 'three prototype Datapoint 3300' -> Service 'Datapoint 3300', alias '3300' ('the TI chips within the
 # 3300'). No entity: 'Teletype machines', 'Teletype terminals' (a trade name used for a kind of machine; doubtful);
 # 'an Initial Public Offering'; 'a motorcycle helmet manufacturer' (not named)
 entities=[E("Company", DPC, "Computer Terminal Corporation"), E("Location", "San Antonio"), E("Location", "Texas"),
           E("Location", "United States"), E("Person", "Phil Ray", "Ray"), E("Person", ROCHE, "Gus Roche", "Roche"),
           E("Company", "General Dynamics Dynatronic Division"), E("Location", "Florida"), E("Organization", "NASA"),
           E("Person", "John F. Kennedy"), E("Organization", "University of Texas"),
           E("Company", "Texas Instruments", "TI"), E("Location", "New York City"), E("Service", "Datapoint 3300", "3300"),
           E("Company", "Intel")],
 # 'Founded in July 1968 by Phil Ray and Gus Roche' and 'the pair incorporated Computer Terminal Corporation' -> each
 # cofounder at Datapoint Corporation, current true; 'President John F. Kennedy' -> president of the United States,
 # current false (a past president). Near-misses, no role: 'engineers ... working for General Dynamics Dynatronic
 # Division' (a trade); 'one of his tutors from the University of Texas' (not named); 'an industrial designer' (not
 # named)
 roles=[R("Phil Ray", "cofounder", DPC), R(ROCHE, "cofounder", DPC),
        R("John F. Kennedy", "president", "United States", False)],
 # 'the company had developed three prototype Datapoint 3300' -> provider(Datapoint 3300, Datapoint Corporation);
 # 'they began sourcing chips from both TI and Intel' (and 'Based on a newly developed Texas Instruments chip') ->
 # partner(Datapoint Corporation, Texas Instruments) and partner(Datapoint Corporation, Intel) (suppliers);
 # 'working for General Dynamics Dynatronic Division ..., as part of a computing contract team for NASA' ->
 # partner(General Dynamics Dynatronic Division, NASA) (a contract; doubtful). Near-misses, no relation: 'outsource
 # production short term to a series of local manufacturers' (none named); 'San Antonio, Texas based backers' (not
 # named)
 relations=[L("Datapoint 3300", "provider", DPC), L(DPC, "partner", "Texas Instruments"), L(DPC, "partner", "Intel"),
            L("General Dynamics Dynatronic Division", "partner", "NASA")],
 outages=[],
 # 'in July 1968' (twice) -> 1968-07, one item; 'In October 1969' -> 1969-10. No date: 'the mid-1960s' (a decade);
 # 'that year's computer show' (relative); 'every 30 minutes', 'a number of years' (durations)
 dates=[D("July 1968", "1968-07"), D("October 1969", "1969-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
