#!/usr/bin/env python3
"""Gold for batch 56o (session 54, gatherer 56o: three US federal releases on company cases of the Justice Department
-- TAL Industries, Inc., 'a wholly owned subsidiary of the China National Aero-Technology Import and Export
Corporation (CATIC)', pleading nolo contendere over a false export-licence application for McDonnell Douglas machine
tools (11 May 2001, bis.doc.gov's copy in the webharvest.gov archive); Allied Telesis Labs, Inc. (ATL), 'a subsidiary
of Allied Telesis Kabushi Kaisha, (ATKK)', sentenced for conspiring to trade with Iran (31 July 2008, E.D.N.C., the
justice.gov archive); the indictment of the co-owners and two nurses of Timely Home Health Services Inc. in Dallas in a
Medicare fraud scheme (22 December 2015, the Justice Department's release on fbi.gov's Dallas office pages)), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev (batch10_annotate's write_parts). All three have `published` (the date lines), so relative expressions
('today', 'yesterday') resolve against it.
Conventions (the DOJ lane's releases: 56i, 56d, 55k, 55u, 52h, 52f; GUIDELINES section 2): "X, a (wholly owned)
subsidiary of Y" -> parentOrganization(X, Y); a former name ('formerly known as') -> alias (GUIDELINES); a unit named
'at' or as the possessive of a department ('the Internal Security Section at the United States Department of
Justice', 'the United States Department of Commerce, Office of Export Enforcement', "the Justice Department's Criminal
Division") -> its own Organization with parentOrganization(unit, department) (52h, 55k); 'Assistant Attorney General X
of the Justice Department's Criminal Division' -> head at the Criminal Division (52h, 51z); 'Acting Chief of' a named
section -> head at the section (an acting head leads it; **doubtful**, 55k gave an acting deputy assistant secretary
'other'); 'United States Attorney X' / 'U.S. Attorney X of the Northern District of Texas' -> Person, no role, the
district no entity (53k, 55k, 52h); 'Special Agent in Charge X of the FBI's Dallas Field Office' -> executive at the
FBI, the field office no entity and its city a Location (52h's Rodriguez); 'Special Agent in Charge X of the Health
and Human Services-Office of Inspector General's (HHS-OIG) Dallas Region' -> executive at that office, the region no
entity (the same rule); judges -> Person, no role (56d, 53k); owners ('co-owned') -> no role (the lane's owner rule,
53r, 54f, 56d); a posted job at a named company ('an administrator', 'the director of nursing') -> executive
(GUIDELINES' "manager" -> executive; **doubtful**, no corpus precedent for either post); nurses 'working for' a company
-> no role (an employee with no post, 52-era 'former employee' near-miss); 'City, State' -> two Locations (56i, 52h's
'Grapevine, Texas'); 'United States District Court in <city>' -> Organization and the city a Location (56i, 55u);
countries named as such ('the United States', 'Iran', 'the PRC') -> Location, abridgements aliases; national
adjectives ('Chinese', 'Iranian') -> nothing; 'WASHINGTON' / 'Washington, D.C.' in a dateline -> nothing (56i, 56d,
55ze); a dateline city that the text names again ('Raleigh, North Carolina') -> the Locations it names anyway; laws,
codes and acts (the Export Administration Act, IEEPA, the United States Code) -> nothing; unnamed parties ('related
Chinese entities', 'another', 'business associates', 'a federal grand jury') -> nothing.
usage: batch56o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- TAL Industries, Inc. (CATIC), published 2001-05-11 (a Friday) ------------------------------------------------
TAL = "TAL Industries, Inc."
CATIC = "China National Aero-Technology Import and Export Corporation"
MDC = "McDonnell Douglas Corporation"
DOJ1 = "United States Department of Justice"
DOC1 = "United States Department of Commerce"
ISS = "Internal Security Section"
OEE = "Office of Export Enforcement"
A["us-doj-tal-industries-catic-subsidiary-mcdonnell-douglas-machine-tools-export-nolo-contendere-plea-2001"] = dict(
 # Companies: TAL Industries, Inc. ('TAL' four times more -> alias), China National Aero-Technology Import and Export
 # Corporation ('(CATIC)', 'CATIC' -> alias; 'a ... government owned corporation': a state-owned business is a
 # Company, GUIDELINES' state broadcasters' rule), McDonnell Douglas Corporation (once). Organizations: the Internal
 # Security Section, the United States Department of Justice, the United States Department of Commerce ('the
 # Department of Commerce' at the end -> alias), its Office of Export Enforcement. People: Kenneth L. Wainstein, John
 # Dion. Locations: the People's Republic of China ('(PRC)', 'the PRC' twice -> alias), the United States ('against
 # the United States'; 'in U.S. history' -> alias 'U.S.'; the 'United States' inside 'United States Attorney' and the
 # two departments' names is theirs).
 # Not annotated: 'Washington, D.C.' (the dateline), 'the Export Administration Act' (a law), 'machine tools'
 # (generic goods, no maker's product name -- **near-miss**: a reader may type them a Service of McDonnell Douglas),
 # 'related Chinese entities' (unnamed; 'Chinese' an adjective), 'a federal grand jury', 'a corporate entity'
 entities=[E("Person", "Kenneth L. Wainstein"),
           E("Person", "John Dion"),
           E("Organization", ISS),
           E("Organization", DOJ1),
           E("Organization", DOC1, "Department of Commerce"),
           E("Organization", OEE),
           E("Company", TAL, "TAL"),
           E("Company", CATIC, "CATIC"),
           E("Location", "People's Republic of China", "PRC"),
           E("Company", MDC),
           E("Location", "United States", "U.S.")],
 # 'John Dion, Acting Chief of the Internal Security Section at the United States Department of Justice' -> head at
 # the Internal Security Section, current (an acting chief leads the section; **doubtful**: a reader may give 'other'
 # as 55k did for an acting deputy assistant secretary, a post below the head). 'United States Attorney Kenneth L.
 # Wainstein' -> no role (no office or district named as a body: 53k, 55k). No officer of TAL, CATIC or McDonnell
 # Douglas is named ('a TAL representative' is in the cut paragraph, and unnamed): no company role
 roles=[R("John Dion", "head", ISS)],
 # 'TAL Industries, Inc., a wholly owned subsidiary of the China National Aero-Technology Import and Export
 # Corporation (CATIC)' -> parentOrganization(TAL, CATIC). 'the Internal Security Section at the United States
 # Department of Justice' -> parentOrganization(Internal Security Section, Department of Justice); 'the United States
 # Department of Commerce, Office of Export Enforcement' -> parentOrganization(Office of Export Enforcement, Department
 # of Commerce) (the comma stands for the possessive; 55k's BIS / Commerce). 'an application submitted by the
 # McDonnell Douglas Corporation and CATIC for a license to export machine tools to the PRC' -> partner(McDonnell
 # Douglas Corporation, CATIC), direction as written (a joint filing by a seller and its buyer for one export deal,
 # GUIDELINES' 'joint bid, supply/customer contract'; **doubtful**: the text does not say 'sale' or 'contract', a
 # reader may give nothing). Near-misses: CATIC and the People's Republic of China ('a ... government owned
 # corporation', 'wholly owned by the PRC': an owner that is a Location, not an organisation -- no relation type
 # fits); TAL and McDonnell Douglas (TAL certified in the application, the text gives no tie between them); the
 # civil settlement 'with the Department of Commerce' (a settlement with a regulator: no partner, 55k); TAL and
 # 'related Chinese entities' (unnamed)
 relations=[L(TAL, "parentOrganization", CATIC),
            L(ISS, "parentOrganization", DOJ1),
            L(OEE, "parentOrganization", DOC1),
            L(MDC, "partner", CATIC)],
 outages=[],
 # 'today' ('today entered a plea') -> 2001-05-11, and "Today's plea" the same text and value (listed once);
 # 'October, 1999' -> 1999-10. Not dates: '5-year period', 'the first time in U.S. history' (no calendar value)
 dates=[D("today", "2001-05-11"), D("October, 1999", "1999-10")])

# ---- Allied Telesis Labs, Inc. (ATKK), published 2008-07-31 (a Thursday) ---------------------------------------------
ATL = "Allied Telesis Labs, Inc."
ATKK = "Allied Telesis Kabushi Kaisha"
IMAP = "Multiservice Access Platforms"
A["us-usao-ednc-allied-telesis-labs-atkk-subsidiary-iran-iritco-contract-ieepa-sentencing-2008"] = dict(
 # Companies: Allied Telesis Labs, Inc. ('(ATL)', 'ATL', 'ATL's' -> alias 'ATL'; 'formerly known as Allied Telesyn
 # Network (ATN)' -> the former name and its initials are aliases, GUIDELINES), Allied Telesis Kabushi Kaisha
 # ('(ATKK)', 'ATKK' -> alias), Iranian Information Technology Company ('(IRITCO)' -> alias). Organizations: United
 # States District Court ('in United States District Court in Elizabeth City'; again inside 'United States District
 # Court Judge Terrence W. Boyle'), North Carolina State University. People: George E.B. Holding, Terrence W. Boyle.
 # Service: Multiservice Access Platforms ('high capacity Multiservice Access Platforms (iMAPs)': a product line the
 # text names with capitals and its own initials -> Service, 'iMAPs' alias; **doubtful**: 'multiservice access
 # platform' is also an industry's generic term, a reader may leave it out). Locations: Raleigh and North Carolina
 # ('Centennial Campus, Raleigh, North Carolina' and the dateline: City, State -> two), Elizabeth City, the United
 # States ('violating United States law': the country named as such; **doubtful**, a reader may read it as part of a
 # phrase for the law), the Islamic Republic of Iran ('business with Iran' -> alias 'Iran'), Centennial Campus (a named
 # site: Location, GUIDELINES), Tokyo ('based in Tokyo'), Tehran.
 # Not annotated: the International Emergency Economic Powers Act (IEEPA), the United States Code and the Code of
 # Federal Regulations (laws and codes), 'a research and development facility' (generic), 'subsidiaries and/or
 # business associates' and 'its related corporate entities' (unnamed), 'another' (an unnamed co-conspirator),
 # 'approximately 20 Iranian cities' (unnamed; 'Iranian' an adjective), 'telecommunication systems' (generic)
 entities=[E("Location", "Raleigh"),
           E("Location", "North Carolina"),
           E("Person", "George E.B. Holding"),
           E("Company", ATL, "ATL", "Allied Telesyn Network", "ATN"),
           E("Organization", "United States District Court"),
           E("Location", "Elizabeth City"),
           E("Location", "United States"),
           E("Location", "Islamic Republic of Iran", "Iran"),
           E("Person", "Terrence W. Boyle"),
           E("Organization", "North Carolina State University"),
           E("Location", "Centennial Campus"),
           E("Company", ATKK, "ATKK"),
           E("Location", "Tokyo"),
           E("Service", IMAP, "iMAPs"),
           E("Company", "Iranian Information Technology Company", "IRITCO"),
           E("Location", "Tehran")],
 # No role: 'United States Attorney George E.B. Holding' (no office named as a body: 53k, 56d), 'United States
 # District Court Judge Terrence W. Boyle' (a judge: 56d gave the same judge none). No officer of ATL or ATKK is
 # named: no company role
 roles=[],
 # 'It is a subsidiary of Allied Telesis Kabushi Kaisha, (ATKK)' -> parentOrganization(ATL, ATKK). 'ATL was
 # successfully engaged in the design of telecommunication equipment and systems including high capacity Multiservice
 # Access Platforms (iMAPs)' -> provider(Multiservice Access Platforms, ATL) (its designer; **doubtful** with the
 # Service itself). Near-misses: partner(ATL or ATKK, IRITCO) -- the text says only that ATL and its related entities
 # 'conspired to land and execute a $95,000,000 contract' with IRITCO: a contract sought, not told as signed or
 # performed (GUIDELINES: intentions and bids are nothing); ATL and North Carolina State University (ATL has offices on
 # its campus: a tenant, no partnership stated); ATKK's 'subsidiaries and/or business associates' (unnamed); ATKK
 # and Tokyo (a seat: no relation type); IRITCO and Iran (a company and a country: no relation)
 relations=[L(ATL, "parentOrganization", ATKK),
            L(IMAP, "provider", ATL)],
 outages=[],
 # 'today' ('announced today') -> 2008-07-31; 'Monday July 28, 2008' -> 2008-07-28 (one expression, as the corpus
 # lists 'Monday, September 30, 2019'). Not dates: 'two years' (a span), 'earlier' (no value)
 dates=[D("today", "2008-07-31"), D("Monday July 28, 2008", "2008-07-28")])

# ---- Timely Home Health Services Inc., published 2015-12-22 (a Tuesday) -----------------------------------------------
TIM = "Timely Home Health Services Inc."
OIG = "Health and Human Services-Office of Inspector General"
MFCU = "Medicaid Fraud Control Unit"
A["us-doj-opa-timely-home-health-services-dallas-co-owners-nurses-medicare-fraud-indictment-2015"] = dict(
 # Company: Timely Home Health Services Inc. ('(Timely)', 'Timely' twice more -> alias). Organizations: the Justice
 # Department, its Criminal Division, the Health and Human Services-Office of Inspector General ('(HHS-OIG)' ->
 # alias), the FBI, the Medicaid Fraud Control Unit ('(MFCU)' -> alias). People: Leslie R. Caldwell, John Parker,
 # CJ Porter, Thomas M. Class Sr., David Maxwell, Renee H. Toliver, and the four defendants Patience Okoroji, Usani
 # Ewah, Kingsley Nwanguma, Joy Ogwuegbu (each surname alone later -> alias). Locations: Dallas ('a home health
 # company in Dallas'; also inside 'Dallas Region' and "the FBI's Dallas Field Office": the city, 52h's way), Dallas
 # County and Collin County ('all of Dallas County, Texas', 'of Collin County, Texas'), Texas (the state after each
 # county; also inside 'the Northern District of Texas' and "the Texas Attorney General's").
 # Not annotated: 'WASHINGTON' (the dateline: 56i, 52h), the Northern District of Texas (twice: a judicial district,
 # no court named -- near-miss, 52h), the HHS-OIG 'Dallas Region' and the FBI's 'Dallas Field Office' (units of the
 # offices: no entity, 52h), 'the Texas Attorney General' (the post that holds the MFCU, no person or office named as
 # a body -- **near-miss**: a reader may add an Organization 'Texas Attorney General' and make it the MFCU's parent),
 # Medicare (only in the title; a programme), 'home health services' (generic)
 entities=[E("Location", "Dallas"),
           E("Person", "Leslie R. Caldwell"),
           E("Organization", "Justice Department"),
           E("Organization", "Criminal Division"),
           E("Person", "John Parker"),
           E("Person", "CJ Porter"),
           E("Organization", OIG, "HHS-OIG"),
           E("Person", "Thomas M. Class Sr."),
           E("Organization", "FBI"),
           E("Person", "David Maxwell"),
           E("Organization", MFCU, "MFCU"),
           E("Person", "Patience Okoroji", "Okoroji"),
           E("Person", "Usani Ewah", "Ewah"),
           E("Person", "Kingsley Nwanguma", "Nwanguma"),
           E("Location", "Dallas County"),
           E("Location", "Texas"),
           E("Person", "Joy Ogwuegbu", "Ogwuegbu"),
           E("Location", "Collin County"),
           E("Person", "Renee H. Toliver"),
           E("Company", TIM, "Timely")],
 # 'Assistant Attorney General Leslie R. Caldwell of the Justice Department's Criminal Division' -> head at the
 # Criminal Division (52h: the same person and title). 'Special Agent in Charge CJ Porter of the ... (HHS-OIG) Dallas
 # Region' -> executive at HHS-OIG; 'Special Agent in Charge Thomas M. Class Sr. of the FBI's Dallas Field Office' ->
 # executive at the FBI (52h's Rodriguez). 'Director of Law Enforcement David Maxwell of the ... Medicaid Fraud Control
 # Unit (MFCU)' -> executive at the MFCU (a senior post under the unit's head, the SACs' way; **doubtful**: 'Director'
 # could be read as head, but he directs the unit's law enforcement, not the unit). 'Okoroji and Ewah co-owned Timely
 # ... where Okoroji was also an administrator ... and Ewah was the director of nursing' -> executive at Timely for
 # each (an administrator of a home health company manages it, GUIDELINES' "manager" -> executive; a director of
 # nursing heads a department, not the board -- not 'director'; **doubtful** both), current true (the text describes
 # the posts with 'was' but no 'former', 'then' or leaving word: 55k's Continuum executive team). No role: 'U.S.
 # Attorney John Parker of the Northern District of Texas' (no office named as a body), 'U.S. Magistrate Judge Renee H.
 # Toliver' (a judge). Near-misses: 'co-owned' (owners: the lane's owner rule gives no role -- a reader may give
 # founder or executive); Nwanguma and Ogwuegbu, nurses 'working for Timely' (employees with no post: no role; a
 # reader may give 'other'); 'licensed vocational nurse' and 'registered nurse' (licences, not posts)
 roles=[R("Leslie R. Caldwell", "head", "Criminal Division"),
        R("CJ Porter", "executive", OIG),
        R("Thomas M. Class Sr.", "executive", "FBI"),
        R("David Maxwell", "executive", MFCU),
        R("Patience Okoroji", "executive", TIM),
        R("Usani Ewah", "executive", TIM)],
 # "the Justice Department's Criminal Division" -> parentOrganization(Criminal Division, Justice Department) (52h).
 # Near-misses: HHS-OIG's parent (the Department of Health and Human Services is named only inside the office's name:
 # no entity, no relation); the MFCU's parent ('the Texas Attorney General's': a post, no entity, above); the FBI and
 # the Justice Department (not stated in the text); Timely and Medicare (a programme billed, no organisation)
 relations=[L("Criminal Division", "parentOrganization", "Justice Department")],
 outages=[],
 # 'yesterday' (three times: 'unsealed yesterday', 'arrested yesterday' twice) -> 2015-12-21 (listed once); 'today'
 # ('will have her initial appearance today') -> 2015-12-22. Not dates: the ages (57, 58, 45, 39), the counts
 dates=[D("yesterday", "2015-12-21"), D("today", "2015-12-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
