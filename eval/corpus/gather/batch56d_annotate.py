#!/usr/bin/env python3
"""Gold for batch 56d (session 54, gatherer 56d: two federal releases on managers and executives named by their posts
at named companies -- the guilty plea of Michael Eugene Hillyer, 'a Project Manager for Balfour Beatty Construction,
Inc., an international construction company hired by the North Carolina Department of Transportation' (U.S.
Attorney's Office, Eastern District of North Carolina, 5 October 2004, the justice.gov archive); the verdict against
McWane Inc. and its employees James Delk, Michael Devine and Charles "Barry" Robison over the operation of McWane Cast
Iron Pipe Company in Birmingham, Ala. (the EPA's release of 13 June 2005 for a joint EPA / Justice Department
announcement, archive.epa.gov)), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (the DOJ lane's releases, 41p, 44n, 55u-55ze; GUIDELINES section 2): '<name> was a Project Manager for
<company>' -> executive at the company (GUIDELINES: '"manager" -> executive'), current true (the contract: false only
for former / then / ex- or a stated departure; **doubtful** here); 'a former vice president and general manager at
X' -> vice-president and executive at X, both current false (two posts named: two roles, as the corpus's 'vice
president and general manager' items); 'a former plant manager at X' -> executive, current false (55ze); 'the vice
president for <function> at X' -> vice-president, current true; an agency's 'Acting Assistant Administrator' ->
other (an assistant administrator does not lead the agency: the corpus's associate and assistant officials -> other);
a firm 'hired by' a body to do work -> partner, hirer first (an engagement is a customer contract: 53-era and 54
rounds); names printed in capitals ('MICHAEL EUGENE HILLYER') -> the name as printed, the surname alone an alias (41p,
44n); 'City, State' -> two Locations, a state's abridgement an alias when the full name is also in the text on its
own ('Alabama's' and 'Ala.') and its own Location when not ('S. C.', 'N. C.': 'North Carolina' is only inside the
Department's name); 'the U. S.' as a place -> Location (44n's 'the United States', written as printed); creeks and
sounds -> Location (rivers, batch 23b; 55ze's Delaware River); 'a Delaware corporation' -> Location Delaware (a state
of incorporation named); a United States Attorney with no office of his named as a body, and judges -> Person, no role
(55ze, 55u, 41p); laws ('the Clean Water Act', 'the Rivers and Harbors Act of 1899': no date from a law's name),
'the United States Sentencing Guidelines', unnamed courts, grand juries and plants -> nothing; datelines'
places ('Washington, D.C.') -> nothing (55ze, 55y), a date printed in a dateline ('06/13/05') -> a date item (the
corpus's '12/28/92' items); a weekday with its date ('Tuesday, October 5, 2004') -> one item.
usage: batch56d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Balfour Beatty Construction, Inc. / Michael Eugene Hillyer, plea, published 2004-10-05 (Tuesday) ---------------
BBC = "Balfour Beatty Construction, Inc."
MH = "MICHAEL EUGENE HILLYER"
NCDOT = "North Carolina Department of Transportation"
A["us-usao-ednc-balfour-beatty-construction-project-manager-hillyer-croatan-sound-dredging-plea-2004"] = dict(
 # Company: Balfour Beatty Construction, Inc. (once; 'an international construction company' describes it -- no
 # alias). Organizations: the U. S. Army Corps of Engineers, the North Carolina Department of Transportation (each
 # once, in full). Persons: Frank D. Whitney (United States Attorney), MICHAEL EUGENE HILLYER (in capitals as
 # printed; 'HILLYER' four times more -> alias), Terrence W. Boyle (Chief U. S. District Judge). Locations: Raleigh
 # ('in federal court in Raleigh'; also the dateline), Wilmington (the grand jury's seat), the Croatan Sound (a
 # sound: water, as rivers), 'the U. S.' ('a navigable water of the U. S.': the country as a place; the form as
 # printed), Mt. Pleasant and S. C. ('Mt. Pleasant, S. C.': City, State -> two), Manns Harbor, Manteo and N. C.
 # ('from Manns Harbor to Manteo, N. C.'; 'North Carolina' occurs only inside the Department's name, so 'N. C.' is
 # its own Location).
 # Not annotated: 'the U. S. Attorney's Office' (**doubtful**: an office named only as the other party to the plea
 # agreement, with no district; 44n annotated one that 'announced', 39s-42h had none -- a reader may add it), 'the
 # Clean Water Act', 'the Rivers and Harbors Act of 1899', 'the Rivers and Harbors Act' (laws), 'the United States
 # Sentencing Guidelines' (rules; 'United States' inside a name and a title only), 'federal court', 'a federal grand
 # jury', 'other individuals', 'his co-conspirators', 'inspectors' (unnamed), 'a bridge' (the Virginia Dare Memorial
 # Bridge is named only in the title), 'a tug boat' (unnamed), 'Raleigh - ' as a dateline (Raleigh is annotated for
 # its other mention)
 entities=[E("Location", "Raleigh"),
           E("Person", "Frank D. Whitney"),
           E("Person", MH, "HILLYER"),
           E("Person", "Terrence W. Boyle"),
           E("Location", "Wilmington"),
           E("Location", "Croatan Sound"),
           E("Location", "U. S."),
           E("Organization", "U. S. Army Corps of Engineers"),
           E("Location", "Mt. Pleasant"),
           E("Location", "S. C."),
           E("Company", BBC),
           E("Organization", NCDOT),
           E("Location", "Manns Harbor"),
           E("Location", "Manteo"),
           E("Location", "N. C.")],
 # 'HILLYER, 65, of Mt. Pleasant, S. C., was a Project Manager for Balfour Beatty Construction, Inc.' -> executive
 # at the company (GUIDELINES' 'manager' -> executive; the headline's 'PROJECT MANAGER' the same), current true:
 # **doubtful** -- the past tense tells the time of the charged conduct (October 2002 is not in the kept text) and
 # the text says neither 'former' nor that he left; a reader may set current false. Near-misses: 'United States
 # Attorney Frank D. Whitney' -> no role (no office of his named as a body: 55ze's Christie, 55u; the unannotated
 # 'U. S. Attorney's Office' above); 'Chief U. S. District Judge Terrence W. Boyle' -> no role (no court entity);
 # 'his co-conspirators' (unnamed: no role or relation)
 roles=[R(MH, "executive", BBC)],
 # 'Balfour Beatty Construction, Inc., an international construction company hired by the North Carolina Department
 # of Transportation to construct a bridge' -> partner(North Carolina Department of Transportation, Balfour Beatty
 # Construction, Inc.) (a firm hired by a body to do work: a customer contract, hirer first). Near-misses: a parent
 # of Balfour Beatty Construction (none in the text: third-party pages call it a subsidiary of Balfour Beatty, PLC,
 # but this release does not); the U. S. Army Corps of Engineers and the company or the Department (a permit that was
 # never issued: no relation); the Department and the Corps (both public bodies, no relation stated)
 relations=[L(NCDOT, "partner", BBC)],
 outages=[],
 # 'on Tuesday, October 5, 2004' -> 'Tuesday, October 5, 2004' 2004-10-05 (one item: a weekday with its date, as
 # the corpus's 'Thursday, May 26, 2005'); 'on May 26, 2004' -> 2004-05-26. Not dates: 'of 1899' (inside a law's
 # name), 'four years', 'one year' (sentence terms), '65' (an age), 'at night'
 dates=[D("Tuesday, October 5, 2004", "2004-10-05"), D("May 26, 2004", "2004-05-26")])

# ---- McWane Inc. / McWane Cast Iron Pipe Company / Delk, Devine, Robison, verdict, published 2005-06-13 (Monday) ------
MCW = "McWane Inc."
MCIP = "McWane Cast Iron Pipe Company"
JD_ = "James Delk"
MD = "Michael Devine"
CR = "Charles \"Barry\" Robison"
A["us-epa-mcwane-cast-iron-pipe-birmingham-executives-delk-devine-robison-found-guilty-clean-water-act-2005"] = dict(
 # Companies: McWane Inc. ('McWane Inc.,' three times more; 'McWane' four times on its own, once in 'a McWane
 # facility' -> alias), McWane Cast Iron Pipe Company (three times, once with 'the'). Organization: the EPA ('the
 # EPA', "EPA's": the full name is not in the kept text). Persons: James Delk ('Delk' four times -> alias), Michael
 # Devine ('Devine' twice -> alias), Charles "Barry" Robison (the name with the nickname in quotation marks as
 # printed; 'Robison' twice -> alias), Thomas V. Skinner. Locations: Birmingham (three times, twice in 'Birmingham,
 # Ala.'), Alabama ("Alabama's environment"; 'Ala.' twice after Birmingham -> alias), Avondale Creek (a creek:
 # water, as rivers), Delaware ('a Delaware corporation': the state of incorporation), New York, New Jersey.
 # Not annotated: 'Washington, D.C.' (the dateline), 'a federal grand jury', 'the jury', 'the company' (generic),
 # 'storm drains', 'iron foundries at various locations', 'a McWane facility' (unnamed), 'the Clean Water Act' (a
 # law), 'the defendants', 'companies and their senior executives' (generic), 'the country' (generic)
 entities=[E("Company", MCW, "McWane"),
           E("Person", JD_, "Delk"),
           E("Person", MD, "Devine"),
           E("Person", CR, "Robison"),
           E("Company", MCIP),
           E("Location", "Birmingham"),
           E("Location", "Alabama", "Ala."),
           E("Location", "Avondale Creek"),
           E("Organization", "EPA"),
           E("Location", "Delaware"),
           E("Location", "New York"),
           E("Location", "New Jersey"),
           E("Person", "Thomas V. Skinner")],
 # 'Delk, 37, is a former vice president and general manager at the McWane Cast Iron Pipe Company' -> vice-president
 # and executive at McWane Cast Iron Pipe Company, both current false ('former' governs both posts). 'Robison, 65,
 # of Birmingham, Ala., is the vice president for Environmental Affairs at McWane' -> vice-president at McWane Inc.
 # ('McWane' is the parent's short form throughout), current true. 'Michael Devine, 44, is a former plant manager at
 # McWane Cast Iron Pipe Company' -> executive (a plant manager: 55ze's Prisque), current false. "EPA's Acting
 # Assistant Administrator Thomas V. Skinner" -> other at the EPA, current true (not the agency's head: an assistant
 # administrator; 'Acting' does not change the post). Near-misses: 'McWane Inc., and its employees James Delk,
 # Michael Devine, and Charles "Barry" Robison' (employees: no title, so no role at McWane Inc. for Delk or Devine);
 # 'now works at a McWane facility in New York' / 'now works for McWane in New Jersey' (current employment without a
 # post: no role); 'senior executives' in Skinner's quotation (generic, names no one)
 roles=[R(JD_, "vice-president", MCIP, False),
        R(JD_, "executive", MCIP, False),
        R(CR, "vice-president", MCW),
        R(MD, "executive", MCIP, False),
        R("Thomas V. Skinner", "other", "EPA")],
 # 'environmental crimes connected with the operation of McWane Cast Iron Pipe Company in Birmingham, Ala.', for
 # which McWane Inc. itself was convicted; 'McWane is a Delaware corporation, headquartered in Birmingham, which
 # operates iron foundries at various locations across the country'; Devine 'a former plant manager at McWane Cast
 # Iron Pipe Company who now works for McWane in New Jersey' -> parentOrganization(McWane Cast Iron Pipe Company,
 # McWane Inc.): the plant company is McWane Inc.'s Birmingham operation (**doubtful**: no 'subsidiary' or 'division'
 # word is in the kept text -- the sub-heading 'Alabama Pipe Company' is cut; a careful reader concludes it from the
 # parent's conviction for the unit's operation and the managers' move within McWane; a reader may leave it out).
 # Near-misses: the EPA and McWane (a false statement made to a regulator: no relation); McWane Inc. and Delaware or
 # Birmingham (incorporation and headquarters: no relation type); the McWane facilities in New York and New Jersey
 # (unnamed: no entity, no relation)
 relations=[L(MCIP, "parentOrganization", MCW)],
 outages=[],
 # '(Washington, D.C.-- 06/13/05)' -> '06/13/05' 2005-06-13 (a date printed in the dateline, as the corpus's
 # '12/28/92' items); 'found guilty June 10' -> 'June 10' 2005-06-10 (the Friday before `published`); 'between May
 # 1999 and January 2001' -> 'May 1999' 1999-05 and 'January 2001' 2001-01; 'between May 1999 and January 2000' ->
 # 'January 2000' 2000-01 ('May 1999' again: same text, same value, one item). Not dates: '37', '65', '44' (ages),
 # '18 counts', 'seven counts' (counts), 'now' (no calendar value of its own)
 dates=[D("06/13/05", "2005-06-13"), D("June 10", "2005-06-10"), D("May 1999", "1999-05"),
        D("January 2001", "2001-01"), D("January 2000", "2000-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
