#!/usr/bin/env python3
"""Batch 56d (session 54, gatherer 56d): two US federal texts on prosecutions of managers and executives named by
their posts at named companies -- the U.S. Attorney's Office for the Eastern District of North Carolina release of
Tuesday 5 October 2004 on the guilty plea of Michael Eugene Hillyer, 'a Project Manager for Balfour Beatty
Construction, Inc., an international construction company hired by the North Carolina Department of Transportation',
for prop-washing a trench in the Croatan Sound without a U.S. Army Corps of Engineers permit (United States Attorney
Frank D. Whitney named), the Office's page as the justice.gov archive holds it; the Environmental Protection Agency's
release of 13 June 2005 (a joint EPA / Justice Department announcement: its contact line gives both) on the jury's
verdict against McWane Inc. and its employees James Delk ('a former vice president and general manager at the McWane
Cast Iron Pipe Company'), Michael Devine ('a former plant manager at McWane Cast Iron Pipe Company') and Charles
"Barry" Robison ('the vice president for Environmental Affairs at McWane') for Clean Water Act crimes at the
Birmingham, Alabama pipe plant (EPA Acting Assistant Administrator Thomas V. Skinner quoted), the EPA's own page as
archive.epa.gov holds it -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ lane after
55ze, 55y, 55u, 55q, 55m, 55k, 55d and 55c; two separate matters (E.D.N.C., 2004; N.D. Ala., 2004-2005), both new to
the corpus (every name checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather57/CLAIMS.txt and the session's pools /tmp/gather57*/pool). The McWane text is the one McWane unit
this round takes (55ze holds the Atlantic States and Pacific States cases; the lead's word: at most one more):
  - U.S. Attorney's Office, Eastern District of North Carolina, press release (Tuesday, 5 October 2004;
    justice.gov archive/usao/nce/press/2004/2004-Oct-05.html): Balfour Beatty Construction, Inc., North Carolina
    Department of Transportation;
  - U.S. Environmental Protection Agency, news release (13 June 2005; archive.epa.gov
    epapages/newsroom_archive/newsreleases/465b8801b5feb9e78525701f006ce7bd.html): McWane Inc., McWane Cast Iron
    Pipe Company.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather57d/src,
hillyer.txt and mcwane_birmingham.txt, with address, query and rank). Page chrome ('News and Press Releases', the
CONTACT line, 'FOR IMMEDIATE RELEASE:', the date line; 'Contact Us', 'All News Releases By Date', 'Release Date:',
'Contact Information:' and the contact line) is left out; each release's headline is `title` (the 2004 one's two
printed lines joined by a space, in capitals as printed; the 2005 one without its run-on sub-heading); the datelines
'Raleigh - ' and '(Washington, D.C.-- 06/13/05) ' are kept as written, as 55ze, 55y and 55u kept theirs; the
paragraphs are the store's blank-line blocks, each one row joined by a blank line; each text cut at the last full
paragraph before the store's excerpt breaks off; no word added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch56d.py [POOL_DIR] [--dry]   (default /tmp/gather57d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather57/CLAIMS.txt and "
         "the session's pools /tmp/gather57*/pool (claimed as 56d before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57d/pool"
R = []

# ---- Michael Eugene Hillyer, Project Manager for Balfour Beatty Construction, Inc., pleads guilty, 5 October 2004 --
U1 = "https://www.justice.gov/archive/usao/nce/press/2004/2004-Oct-05.html"
T1 = ("VIRGINIA DARE MEMORIAL BRIDGE, MANTEO, N. C., PROJECT MANAGER PLEADS GUILTY TO ENVIRONMENTAL VIOLATIONS")
R.append(federal(
 "us-usao-ednc-balfour-beatty-construction-project-manager-hillyer-croatan-sound-dredging-plea-2004",
 U1, "2004-10-05", T1,
 "Raleigh - United States Attorney Frank D. Whitney announced that MICHAEL EUGENE HILLYER pled guilty in federal "
 "court in Raleigh on Tuesday, October 5, 2004, to a conspiracy to violate the Clean Water Act and the Rivers and "
 "Harbors Act of 1899, and a substantive violation of the Rivers and Harbors Act, pursuant to a plea agreement with "
 "the U. S. Attorney's Office.\n\n"
 "HILLYER could receive a statutory maximum sentence of four years imprisonment, a fine of $500,000.00, and a "
 "supervised release term of one year. The actual sentence will be determined in accordance with the United States "
 "Sentencing Guidelines and without parole. Chief U. S. District Judge Terrence W. Boyle has not scheduled a "
 "sentencing date.\n\n"
 "The Indictment, which was returned by a federal grand jury in Wilmington on May 26, 2004, alleged that HILLYER "
 "conspired with other individuals to discharge pollutants from a point source into, and to excavate, fill, and "
 "alter the course of, the Croatan Sound, a navigable water of the U. S., without a permit having been issued by "
 "the U. S. Army Corps of Engineers.\n\n"
 "According to the Indictment and information in the public record, HILLYER, 65, of Mt. Pleasant, S. C., was a "
 "Project Manager for Balfour Beatty Construction, Inc., an international construction company hired by the North "
 "Carolina Department of Transportation to construct a bridge from Manns Harbor to Manteo, N. C. HILLYER and his "
 "co-conspirators sought to avoid the environmental permit requirements in connection with the removal of certain "
 "construction equipment. Instead, the conspirators used the propellers of a tug boat to \"prop wash\" the Croatan "
 "Sound bottom. The conspirators also worked at night to avoid detection by inspectors.",
 "construction", "legal,environmental crime,Clean Water Act,dredging",
 "U.S. Attorney's Office for the Eastern District of North Carolina (U.S. Department of Justice), press release '"
 + T1 + "', 2004-10-05, US federal government work (public domain); text from the search tool's page store at "
 + U1 + " (the Department's archive of the Office's release)",
 "US Attorney's Office press release (U.S. Department of Justice, justice.gov archive), from the search tool page "
 "store",
 "The U.S. Attorney's Office for the Eastern District of North Carolina release of Tuesday 5 October 2004 "
 "(justice.gov archive/usao/nce/press/2004/2004-Oct-05.html): the Department's own page, not a copy by a third "
 "party. Left out: 'News and Press Releases', 'CONTACT: 919/856-4530', 'FOR IMMEDIATE RELEASE:', the date line "
 "'Tuesday - October 5, 2004' (`published` from it), the headline (kept as `title`: its two printed lines "
 "'VIRGINIA DARE MEMORIAL BRIDGE, MANTEO, N. C.,' and 'PROJECT MANAGER PLEADS GUILTY TO ENVIRONMENTAL VIOLATIONS' "
 "joined by a space, in capitals as printed). The paragraphs are the store's blank-line blocks, each one row. Cut "
 "after '... to avoid detection by inspectors.', before 'As a result of the unauthorized conduct, the conspirators "
 "created a trenc' (the excerpt breaks off inside that sentence: `truncated`). Kept as written: the dateline "
 "'Raleigh - ' (a hyphen with spaces), 'MICHAEL EUGENE HILLYER' and 'HILLYER' (capitals as printed), 'on Tuesday, "
 "October 5, 2004', 'the U. S. Attorney's Office', 'U. S.' with a space each time, '$500,000.00', 'Chief U. S. "
 "District Judge Terrence W. Boyle', 'Mt. Pleasant, S. C.', 'Manteo, N. C.' (the sentence's full stop is the "
 "abbreviation's), the straight quotation marks of '\"prop wash\"'. One text per matter (the Croatan Sound "
 "dredging case, E.D.N.C., 2004): not taken -- the company's own plea of May 2004 (only an EPA press advisory on "
 "webharvest.gov and the wwdmag and NC DEQ copies came back; they say Balfour Beatty Construction, Inc. is 'a "
 "subsidiary of the United Kingdom company, Balfour Beatty, PLC', which this text does not state). Found with "
 "'Balfour Beatty Construction subsidiary of Balfour Beatty PLC Croatan Sound Virginia Dare bridge project manager "
 "Hillyer plead guilty Rivers and Harbors Act Justice Department' (rank 1). " + CHECK + "'Hillyer', 'Croatan', "
 "'Virginia Dare', 'Manteo', 'Manns Harbor', 'Frank D. Whitney', '2004-Oct-05': 0 in the corpus files, "
 "GATHERING.md, the gather scripts, CLAIMS.txt and the pools; 'Balfour Beatty' in one corpus file and batch 24a's "
 "script (another matter: the Metronet administration of 2007).",
 True))

# ---- McWane Inc. and executives Delk, Devine, Robison found guilty (McWane Cast Iron Pipe Company), 13 June 2005 ---
U2 = "https://archive.epa.gov/epapages/newsroom_archive/newsreleases/465b8801b5feb9e78525701f006ce7bd.html"
T2 = "McWane Inc., and Executives Found Guilty of Environmental Crimes"
R.append(federal(
 "us-epa-mcwane-cast-iron-pipe-birmingham-executives-delk-devine-robison-found-guilty-clean-water-act-2005",
 U2, "2005-06-13", T2,
 "(Washington, D.C.-- 06/13/05) McWane Inc., and its employees James Delk, Michael Devine, and Charles \"Barry\" "
 "Robison were found guilty June 10 by a federal grand jury of environmental crimes connected with the operation of "
 "McWane Cast Iron Pipe Company in Birmingham, Ala.\n\n"
 "The jury found the company, Delk and Devine guilty of conspiracy to violate the Clean Water Act by discharging "
 "industrial wastewater through storm drains into Avondale Creek in Birmingham in violation of their permit. McWane "
 "Inc., and Delk were also convicted of 18 counts of discharging pollutants into Avondale Creek between May 1999 and "
 "January 2001. Devine was also convicted of seven counts of discharging pollutants into Avondale Creek between May "
 "1999 and January 2000. In a related count, McWane Inc., and Robison were convicted of making a false statement to "
 "the EPA.\n\n"
 "McWane is a Delaware corporation, headquartered in Birmingham, which operates iron foundries at various locations "
 "across the country. Delk, 37, is a former vice president and general manager at the McWane Cast Iron Pipe Company "
 "and now works at a McWane facility in New York. Robison, 65, of Birmingham, Ala., is the vice president for "
 "Environmental Affairs at McWane. Michael Devine, 44, is a former plant manager at McWane Cast Iron Pipe Company "
 "who now works for McWane in New Jersey.\n\n"
 "\"The defendants polluted Alabama's environment and engaged in a concerted effort to cover it up,\" said EPA's "
 "Acting Assistant Administrator Thomas V. Skinner. \"These convictions demonstrate that companies and their senior "
 "executives will be held responsible for environmental crimes.\"",
 "manufacturing", "legal,environmental crime,Clean Water Act",
 "U.S. Environmental Protection Agency, news release '" + T2 + "' (sub-heading 'Alabama Pipe Company Violated Clean "
 "Water Act'), 2005-06-13, a joint EPA and Justice Department announcement, US federal government work (public "
 "domain); text from the search tool's page store at " + U2 + " (the EPA's newsroom archive)",
 "US Environmental Protection Agency news release (archive.epa.gov), from the search tool page store",
 "The EPA's news release of 13 June 2005 (archive.epa.gov newsroom archive; its contact line 'Contact: EPA, "
 "202-564-4355 / DOJ, 202-514-2007 / TDD, 202-514-1888' gives the Justice Department's Environment and Natural "
 "Resources Division press line beside the EPA's: one announcement of both), the agency's own page, not a copy by a "
 "third party; 55ze's leads named it (rank 2 there) as the Birmingham case's first-party page, the Department's "
 "05_enrd_643 having come back only as a scribd copy (so again this round, rank 1). Left out: 'Contact Us', 'All "
 "News Releases By Date', the sub-heading 'Alabama Pipe Company Violated Clean Water Act' (printed on the headline's "
 "line with no stop: the headline alone kept as `title`), 'Release Date: 06/13/2005' (`published` from it), "
 "'Contact Information:', the contact line. The paragraphs are the store's blank-line blocks, each one row. Cut "
 "after Skinner's quotation, before 'Acting Assistant Attorney General Kelly A. Johnson said \"the guilty verdicts "
 "reflect the Justice Departme' (the excerpt breaks off inside that sentence: `truncated`; Johnson is not in the "
 "kept text). Kept as written: the dateline '(Washington, D.C.-- 06/13/05) ' (two hyphens, the date in it), "
 "'McWane Inc., and' with its comma (three times), 'Charles \"Barry\" Robison' (straight quotation marks), "
 "'found guilty June 10 by a federal grand jury' (as printed: a trial jury's verdict), 'Birmingham, Ala.', 'the "
 "McWane Cast Iron Pipe Company' and 'McWane Cast Iron Pipe Company' (with and without the article), 'EPA's Acting "
 "Assistant Administrator Thomas V. Skinner', straight apostrophes and quotation marks. One text per matter (the "
 "Birmingham plant's Clean Water Act case, N.D. Ala., indicted 2004, tried 2005, sentenced December 2005): not "
 "taken -- the sentencing release 05_enrd_643 (scribd copy), the ENS account on minesandcommunities, the Deseret "
 "News account of the 2004 indictment; a later Birmingham case (CR-09-S-394, the 2010 plea, EPA's case summary on "
 "cfpub.epa.gov and recyclingtoday) is another prosecution, not taken. Found with 'Department of Justice FOR "
 "IMMEDIATE RELEASE ENRD McWane Cast Iron Pipe Company Birmingham former vice president general manager sentenced' "
 "(rank 4). " + CHECK + "'Delk', 'Michael Devine', 'Robison': only in GATHERING.md (55ze's leads); 'Thomas V. "
 "Skinner', 'Avondale', '465b8801b5feb9e78525701f006ce7bd': 0; 'McWane' and 'McWane Cast Iron' in 55ze's texts, "
 "script and section (the Atlantic States and Pacific States cases: other prosecutions, the lead's 'take at most "
 "one' of the other units).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
