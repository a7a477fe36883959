#!/usr/bin/env python3
"""Gold annotations for batch 60e (session 56, gatherer 60e): the two SEC texts batch60e.py writes -- the accountant
suspensions of Desarrolladora Homex S.A.B. de C.V.'s former CFO, former Controller and former operations manager,
after default judgments that also reached its former CEO (AP summary 34-93136, September 27, 2021); the charges
against Surgalign Holdings, Inc., formerly RTI Surgical Holdings, Inc., its former CEO Brian Hutchison and former CFO
Robert Jordheim (Litigation Release No. 25463, August 3, 2022) -- written from the texts alone; newskg was not run
on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Homex -> test, Surgalign -> train (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its date line or release line).
Conventions (the federal SEC lane's, batches 47y, 51d, 51i, 54e, 56c, 57l, 57y, 58b, 58m, 58q, 59b, 59g and 60b;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as 'Securities and Exchange Commission'
with the aliases 'SEC' and 'Commission' where the text names it in full and also so; a court named in full ('the
U.S. District Court for the Southern District of California') -> Organization under that name, with no Location for
the state inside it (56c, 55zb); a court given only by its town ('federal district court in Washington, DC') -> no
Organization, the place a Location ('Washington, DC' as one Location, the corpus's way with the address); 'X-based'
-> the place a Location; a surname alone or a shorter name -> alias, names inside a case caption included (the
caption's 'Gerardo de Nicolas' and 'SEC v. de Nicolas' name the same man); a company's former name ('formerly RTI
Surgical Holdings, Inc.') -> alias, not a second entity (GUIDELINES: former names); "X's former Chief Financial
Officer" / 'former CFO' -> cfo, 'former CEO' -> ceo, 'former Controller' -> executive (the corpus's controller ->
executive, batch 57y's ESI file), 'former manager in the company's operations department' -> executive (GUIDELINES:
"manager"), all current false (GUIDELINES: former); an unnamed department -> no Organization; a regulator's or a
court's action against a company or a person -> no relation; laws, accounting standards (GAAP), rules, docket and
file numbers, amounts -> nothing; 'from 2014 through 2019' -> both years; 'today' -> published.
usage: batch60e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather61e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
HMX = "Desarrolladora Homex S.A.B. de C.V."
GDN = "Gerardo de Nicol\u00e1s Guti\u00e9rrez"
SDCA = "U.S. District Court for the Southern District of California"
SRG = "Surgalign Holdings, Inc."
A = {}

# ---- Desarrolladora Homex S.A.B. de C.V. / Moctezuma, Lafarga, Corrales, AP summary 34-93136, published 2021-09-27 ---
# (a Monday)
A["us-sec-homex-former-cfo-moctezuma-controller-lafarga-operations-manager-corrales-accountant-suspensions-2021"] = dict(
 # The Securities and Exchange Commission (once in full at the start and again inside the case caption; "The SEC's
 # orders" and the caption's short form 'SEC v. de Nicol\u00e1s': alias 'SEC'; 'before the Commission': alias
 # 'Commission'); Mexico ('Mexico-based homebuilding company': the 'X-based' form -> Location); Desarrolladora Homex
 # S.A.B. de C.V. (once in full; "Homex's former Chief Financial Officer", "Homex's former CEO": alias 'Homex');
 # Carlos Moctezuma ('Moctezuma' four times: alias); Ram\u00f3n Lafarga ('Lafarga' twice: alias); Noe Corrales
 # ('Corrales' twice: alias); the U.S. District Court for the Southern District of California (named in full ->
 # Organization; 'California' inside its name -> no Location, 56c's way; '(S.D. Cal.)' is the docket's abbreviation,
 # not a name the text uses for the court: no alias); Gerardo de Nicol\u00e1s Guti\u00e9rrez (named in full once, as
 # Homex's former CEO; the caption 'Securities and Exchange Commission v. Gerardo de Nicol\u00e1s, et al.' and its short
 # form 'SEC v. de Nicol\u00e1s' name him too: aliases 'Gerardo de Nicol\u00e1s' and 'de Nicol\u00e1s' -- **doubtful**:
 # both forms stand only inside case names; kept as surface forms of the same man, as the lane keeps a caption's
 # party names). Not annotated: 'three former senior officers', 'the company' (generic); the Securities Act of 1933,
 # the Securities Exchange Act of 1934, 'the Exchange Act' and the Rules (laws and rules); 'Civil Action Number
 # 17-cv-02086', 'an Order of Default Judgment', 'The judgments' (court papers)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Location", "Mexico"),
           E("Company", HMX, "Homex"),
           E("Person", "Carlos Moctezuma", "Moctezuma"),
           E("Person", "Ram\u00f3n Lafarga", "Lafarga"),
           E("Person", "Noe Corrales", "Corrales"),
           E("Organization", SDCA),
           E("Person", GDN, "Gerardo de Nicol\u00e1s", "de Nicol\u00e1s")],
 # "Homex's former Chief Financial Officer, Carlos Moctezuma" -> cfo at Homex, false; 'former Controller, Ram\u00f3n
 # Lafarga' (the same "Homex's" governs the list) -> executive at Homex, false (controller -> executive, the corpus's
 # way); 'former manager in the company's operations department, Noe Corrales' -> executive at Homex, false
 # (GUIDELINES: "manager" -> executive; the department is unnamed, so the role goes to the company); "Homex's former
 # CEO, Gerardo de Nicol\u00e1s Guti\u00e9rrez" -> ceo at Homex, false. **Near-misses**: 'three former senior officers'
 # (the same three posts, told generically: no further role); 'practicing before the Commission as accountants' (a
 # profession before a regulator, not a post at the SEC: no role); the court's unnamed judge
 roles=[R("Carlos Moctezuma", "cfo", HMX, False),
        R("Ram\u00f3n Lafarga", "executive", HMX, False),
        R("Noe Corrales", "executive", HMX, False),
        R(GDN, "ceo", HMX, False)],
 # None. **Near-misses**: the SEC's proceedings and the court's judgments against Homex's officers (a regulator and a
 # court acting on people: no relation type); 'Mexico-based' (a seat, a Location: no relation); the
 # administrative-proceeding file numbers of the left-out lines
 relations=[],
 outages=[],
 # 'today' ('The Securities and Exchange Commission today instituted') -> 2021-09-27 (`published`, the left-out
 # date line and dateline's day); 'On June 29, 2021' -> 2021-06-29. Not dates: 'of 1933' and 'of 1934' inside the
 # laws' names; 'temporarily' (no span given); 'previously' (vague); '17-cv-02086' (a docket number, though it holds
 # the year 2017); the left-out 'Sept. 27, 2021' and 'September 27, 2021 - '
 dates=[D("today", "2021-09-27"), D("June 29, 2021", "2021-06-29")])

# ---- Surgalign Holdings, Inc. (RTI Surgical) / Hutchison, Jordheim, LR 25463, published 2022-08-03 (a Wednesday) -----
A["us-sec-surgalign-rti-surgical-former-ceo-hutchison-former-cfo-jordheim-revenue-pull-forwards-2022"] = dict(
 # The Securities and Exchange Commission (once in full; 'As alleged by the SEC', 'The SEC further alleged', "The
 # SEC's complaint": alias 'SEC'; the text never writes 'the Commission'); Surgalign Holdings, Inc. ('Surgalign
 # Holdings, Inc., formerly RTI Surgical Holdings, Inc.': the former name -> alias 'RTI Surgical Holdings, Inc.',
 # GUIDELINES; 'RTI' throughout, "RTI's reliance", "RTI's former CEO", "RTI's violations": alias 'RTI'; the name
 # 'Surgalign' alone stands only in the title: no alias); Brian Hutchison ('Hutchison' three times: alias); Robert
 # Jordheim ('Jordheim' once: alias); Washington, DC ('filed in federal district court in Washington, DC': the court
 # given by its town -> no court Organization, the place a Location, one name as the corpus writes the address). Not
 # annotated: 'generally accepted accounting principles (GAAP)' (an accounting standard, not an organisation); the
 # Securities Act of 1933, the Securities Exchange Act of 1934, 'Exchange Act', 'Securities Act', 'Sarbanes-Oxley
 # Act' and the Rules (laws and rules); 'investors', 'customer relationships', 'the company' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", SRG, "RTI Surgical Holdings, Inc.", "RTI"),
           E("Person", "Brian Hutchison", "Hutchison"),
           E("Person", "Robert Jordheim", "Jordheim"),
           E("Location", "Washington, DC")],
 # "RTI's former CEO, Hutchison" -> ceo at Surgalign Holdings, Inc. (the company under its present name, RTI being an
 # alias), false; "former CFO, Jordheim" (in the same list, RTI's) -> cfo at Surgalign Holdings, Inc., false.
 # **Near-misses**: 'former executives Brian Hutchison and Robert Jordheim' (the same two posts told generically: no
 # 'executive' role beside ceo and cfo); the title's 'Former Senior Executives' (title, not text)
 roles=[R("Brian Hutchison", "ceo", SRG, False),
        R("Robert Jordheim", "cfo", SRG, False)],
 # None. **Near-misses**: 'formerly RTI Surgical Holdings, Inc.' (a renaming of one company: an alias, no
 # acquired or parentOrganization); the unnamed customers whose orders were shipped early (no named partner); the
 # SEC's charges against the company and its former officers (a regulator's action: nothing)
 relations=[],
 outages=[],
 # 'today' ('The Securities and Exchange Commission today charged') -> 2022-08-03 (`published`, the left-out release
 # line's day); 'In June 2020' -> 'June 2020' 2020-06; 'from 2014 through 2019' -> '2014' 2014 and '2019' 2019 (both
 # years, the corpus's way with a span). Not dates: 'of 1933' and 'of 1934' inside the laws' names; 'future' and
 # 'ahead of schedule' (vague); the left-out lines' 'August 3, 2022' and 'Aug. 3, 2022'
 dates=[D("today", "2022-08-03"), D("June 2020", "2020-06"), D("2014", "2014"), D("2019", "2019")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
