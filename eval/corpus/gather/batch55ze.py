#!/usr/bin/env python3
"""Batch 55ze (session 54, gatherer 55ze): two US federal texts on Justice Department cases against the managers and
executives of units of one named parent, McWane Inc. of Birmingham, Alabama, a cast iron pipe maker -- the Environment
and Natural Resources Division release of Monday 15 December 2003 on the indictment of Atlantic States Cast Iron Pipe
Co. of Phillipsburg, N.J., 'a subsidiary of McWane Inc. of Birmingham, Alabama', and five of its managers (plant
manager John Prisque, maintenance supervisor Jeffrey Maury, engineering and environmental manager Daniel Yadzinski,
finishing superintendent Craig Davidson, former human resource manager Scott Faubert) for an eight-year conspiracy to
pollute, endanger employees and obstruct the EPA's and OSHA's investigations (Assistant Attorney General Tom Sansonetti
and U.S. Attorney Christopher J. Christie named), the Department's page as the justice.gov archive holds it; the same
Division's release of Monday 12 June 2006 on Charles Matlock, 'an executive with Pacific States Cast Iron Pipe
Company', 'a division of McWane Inc. located in Springville, Utah', sentenced to 12 months and one day in prison for
rendering inaccurate a Clean Air Act stack emissions test (David M. Uhlmann, Chief of the Justice Department's
Environmental Crimes Section, and Acting U.S. Attorney for Utah Stephen J. Sorenson quoted), the Department's own
justice.gov page -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ lane after 55y,
55u, 55q, 55m, 55k, 55d and 55c, turned from antitrust, FCPA and fraud to the Division's environmental and
worker-safety crimes, where the releases name managers by their posts at a unit and the unit's parent; two separate
matters (the New Jersey plant's case, D.N.J., and the Utah plant's, D. Utah), both new to the corpus (every name
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather56/CLAIMS.txt and the
session's pools /tmp/gather56*/pool):
  - U.S. Department of Justice, Office of Public Affairs press release for the Environment and Natural Resources
    Division (Monday, 15 December 2003; justice.gov archive/opa/pr/2003/December/03_enrd_691.htm): Atlantic States
    Cast Iron Pipe Co., McWane Inc.;
  - U.S. Department of Justice, Office of Public Affairs press release for the Environment and Natural Resources
    Division (Monday, 12 June 2006; justice.gov opa/pr/2006/June/06_enrd_364.html): Pacific States Cast Iron Pipe
    Company, McWane Inc.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather56ze/src,
atlantic_states.txt and pacific_states.txt, with address, query and rank). Page chrome ('Department of Justice Seal
Department of Justice', 'FOR IMMEDIATE RELEASE', the date line, 'WWW.USDOJ.GOV', the component line 'ENRD', the
telephone and TDD lines, with the '|' separators of the 2003 page) is left out; each release's headline is `title`
(as printed: the 2003 one in capitals, the 2006 one with 'Mcwane, Inc.' as the page spells it); the datelines
'WASHINGTON, D.C. - ' and 'WASHINGTON\u2014' are kept as written, as 55y, 55u, 55m and 55c kept theirs; the
paragraphs are the store's blocks (single line breaks in the 2003 excerpt, blank lines in the 2006 one), each one row
joined by a blank line; each text cut at the last full paragraph before the store's excerpt breaks off; no word added
or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55ze.py [POOL_DIR] [--dry]   (default /tmp/gather56ze/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56/CLAIMS.txt and "
         "the session's pools /tmp/gather56*/pool (claimed as 55ze before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56ze/pool"
R = []

# ---- Atlantic States Cast Iron Pipe Co. (subsidiary of McWane Inc.) and five managers indicted, 15 December 2003 ---
U1 = "https://www.justice.gov/archive/opa/pr/2003/December/03_enrd_691.htm"
T1 = ("MAJOR N.J. IRON PIPE MANUFACTURER, TOP MANAGERS CHARGED IN EIGHT-YEAR CONSPIRACY TO POLLUTE, EXPOSE EMPLOYEES "
      "TO DANGER, COVER UP AND IMPEDE INVESTIGATIONS")
R.append(federal(
 "us-doj-enrd-atlantic-states-cast-iron-pipe-mcwane-subsidiary-five-managers-indicted-2003",
 U1, "2003-12-15", T1,
 "WASHINGTON, D.C. - Tom Sansonetti, Assistant Attorney General for the Justice Department\u2019s Environment and "
 "Natural Resources Division, and Christopher J. Christie, U.S. Attorney for New Jersey, today announced that a "
 "federal indictment was unsealed in Trenton, N.J., charging a Phillipsburg, N.J. manufacturer of cast iron pipe and "
 "five of its managers with committing flagrant environmental abuses, including regular discharge of oil and paint "
 "into the Delaware River and maintaining a dangerous workplace that contributed to the death of one employee and "
 "the maiming of numerous others.\n\n"
 "The 35-count indictment was unsealed with the arrests of Atlantic States Cast Iron Pipe Co. plant manager John "
 "Prisque, maintenance supervisor Jeffrey Maury, engineering and environmental manager Daniel Yadzinski, and "
 "finishing superintendent Craig Davidson. The arrests took place at the plant early this morning. Former Atlantic "
 "States human resource manager Scott Faubert was to surrender today at the federal courthouse in Trenton. Each of "
 "the defendants were scheduled to appear at 1 p.m. today before U.S. Magistrate Judge Tonianne Bongiovanni.\n\n"
 "The indictment charges Atlantic States, a subsidiary of McWane Inc. of Birmingham, Alabama, and the named managers "
 "with conspiracy to violate federal clean air and water regulations and laws governing workplace safety, as well as "
 "obstruction of criminal and regulatory investigations by the federal Environmental Protection Agency and "
 "Occupational Safety and Health Administration. Charges in an indictment are merely accusations. Each of the "
 "defendants is presumed innocent unless and until proven guilty in federal court.",
 "manufacturing", "legal,environmental crime,worker safety,obstruction",
 "U.S. Department of Justice, Office of Public Affairs (Environment and Natural Resources Division), press release '"
 + T1 + "', 2003-12-15, US federal government work (public domain); text from the search tool's page store at " + U1
 + " (the Department's archive of its usdoj.gov release opa/pr/2003/December/03_enrd_691.htm)",
 "US Justice Department press release (Office of Public Affairs, justice.gov archive), from the search tool page "
 "store",
 "The Office of Public Affairs release of Monday 15 December 2003 for the Environment and Natural Resources Division "
 "(justice.gov archive/opa/pr/2003/December/03_enrd_691.htm: 'ENRD' in its header): the Department's own page, not "
 "a copy by a third party. Left out: 'FOR IMMEDIATE RELEASE MONDAY, DECEMBER 15, 2003 WWW.USDOJ.GOV |' (the date "
 "line: `published` from it), 'ENRD (202) 514-2007 TDD (202) 514-1888 |', the headline (kept as `title`, in "
 "capitals as printed). The store gives the paragraphs on single lines; each is one row here, joined by a blank "
 "line. Cut after '... unless and until proven guilty in federal court.', before 'The privately held McWane Inc. "
 "and its subsidiary companies are among the' (the excerpt breaks off inside that sentence: `truncated`). Kept as "
 "written: the dateline 'WASHINGTON, D.C. - ' (a hyphen with spaces), 'the Justice Department\u2019s Environment and "
 "Natural Resources Division' (curly apostrophe), 'Christopher J. Christie, U.S. Attorney for New Jersey' (no "
 "office named), 'Trenton, N.J.' and 'a Phillipsburg, N.J. manufacturer' (no comma after the second 'N.J.'), "
 "'Atlantic States Cast Iron Pipe Co. plant manager John Prisque' (the company named before the first manager's "
 "post), 'Former Atlantic States human resource manager Scott Faubert', 'Each of the defendants were scheduled' "
 "(the verb as printed), 'Atlantic States, a subsidiary of McWane Inc. of Birmingham, Alabama', 'the federal "
 "Environmental Protection Agency and Occupational Safety and Health Administration' (no initials). One text per "
 "matter (the New Jersey case against Atlantic States and its managers, D.N.J., 2003-2009): not taken -- the same "
 "matter's verdict release of 26 April 2006 (UNT eot2008 usdoj.gov opa/pr/2006/April/06_enrd_250.html, "
 "first-party: 'a division of McWane, Inc.') and its sentencing release of 2009 (justice.gov opa/pr), the EPA's "
 "fact sheet on nepis.epa.gov, the EHS Today, Foundry Management & Technology, fmlink and eponline accounts (third "
 "parties). Found with 'Department of Justice FOR IMMEDIATE RELEASE ENRD Atlantic States Cast Iron Pipe Company "
 "subsidiary of McWane managers convicted environmental crimes worker safety' (rank 4). " + CHECK + "'McWane', "
 "'Atlantic States', 'Prisque', 'Faubert', 'Yadzinski', 'Sansonetti', 'Phillipsburg', '03_enrd_691': 0 in the "
 "corpus files, GATHERING.md, the gather scripts, CLAIMS.txt and the pools.",
 True))

# ---- Charles Matlock, executive of Pacific States Cast Iron Pipe Company (McWane division), sentenced, 12 June 2006 -
U2 = "http://www.justice.gov/opa/pr/2006/June/06_enrd_364.html"
T2 = "Mcwane, Inc. Executive Sentenced for Committing Environmental Crimes"
R.append(federal(
 "us-doj-enrd-pacific-states-cast-iron-pipe-mcwane-division-executive-matlock-sentenced-2006",
 U2, "2006-06-12", T2,
 "WASHINGTON\u2014Charles Matlock, an executive with Pacific States Cast Iron Pipe Company, was sentenced in federal "
 "court today to 12 months and one day in prison and a $20,000 fine for violating the federal Clean Air Act, the "
 "Justice Department and Environmental Protection Agency announced. Pacific States, a division of McWane Inc. "
 "located in Springville, Utah, manufactures cast iron pipe for the water and sewer industry.\n\n"
 "On February 8, 2006, Judge Benson also sentenced McWane to pay a fine of $3 million\u2014the largest criminal "
 "environmental fine in Utah\u2014and serve a three-year period of probation, after it pleaded guilty to violating "
 "the Clean Air Act. At that time, Matlock also pleaded guilty to violating the Clean Air Act by rendering "
 "inaccurate a stack emissions test required under the Act.\n\n"
 "\u201cProtecting local communities from harmful air pollution depends upon honest reporting by regulated companies, "
 "and when senior corporate executives cheat on required tests, public health and the environment suffer,\u201d said "
 "David M. Uhlmann, Chief of the Justice Department's Environmental Crimes Section. \u201cToday's jail sentence of "
 "the former top official of McWane in Utah is further proof of the McWane legacy: a repeat offender that committed "
 "years of environmental and worker safety violations at facilities across the country.\u201d\n\n"
 "\"Protecting the quality of life we enjoy in Utah is very important to residents of our state. Those individuals "
 "or companies who cause damage to the air quality of our state, putting residents at risk, can expect to be "
 "aggressively investigated and prosecuted,\" said Acting U.S. Attorney for Utah Stephen J. Sorenson.",
 "manufacturing", "legal,environmental crime,Clean Air Act",
 "U.S. Department of Justice, Office of Public Affairs (Environment and Natural Resources Division), press release '"
 + T2 + "', 2006-06-12, US federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (Office of Public Affairs, justice.gov), from the search tool page store",
 "The Office of Public Affairs release of Monday 12 June 2006 for the Environment and Natural Resources Division "
 "(justice.gov opa/pr/2006/June/06_enrd_364.html: 'ENRD' in its header): the Department's own page, not a copy by a "
 "third party. Left out: 'Department of Justice Seal Department of Justice', 'FOR IMMEDIATE RELEASE', the date line "
 "'MONDAY, JUNE 12, 2006' (`published` from it), 'WWW.USDOJ.GOV', 'ENRD', '(202) 514-2007', 'TDD (202) "
 "514-1888', the headline (kept as `title`, with 'Mcwane, Inc.' as printed). The paragraphs are the store's "
 "blank-line blocks, each one row. Cut after the quotation of Acting U.S. Attorney Stephen J. Sorenson, before "
 "'\u201cToday's sentencing of the former vice president and general manager of Pacific States Pipe Company "
 "underscores McWane' (the excerpt breaks off inside that sentence: `truncated`; Matlock's vice-presidency is not in "
 "the kept text). Kept as written: the dateline 'WASHINGTON\u2014' (an em dash, no space), 'Charles Matlock, an "
 "executive with Pacific States Cast Iron Pipe Company', 'Pacific States, a division of McWane Inc. located in "
 "Springville, Utah', '$3 million\u2014the largest criminal environmental fine in Utah\u2014and' (em dashes), 'Judge "
 "Benson' (surname only), 'the Justice Department's Environmental Crimes Section' and 'Today's' (straight "
 "apostrophes inside curly quotation marks), 'the former top official of McWane in Utah', the straight double "
 "quotation marks of Sorenson's quotation, 'Acting U.S. Attorney for Utah Stephen J. Sorenson' (no office named). "
 "One text per matter (the Utah case against McWane's Pacific States division and Matlock, D. Utah, 2005-2006): no "
 "other text on it came back. The McWane divisions' other cases (Atlantic States in New Jersey, taken in this "
 "batch as its own matter; McWane Cast Iron Pipe Company in Birmingham; Union Foundry in Anniston; Tyler Pipe in "
 "Texas) are separate prosecutions. Found with 'Department of Justice Seal FOR IMMEDIATE RELEASE WWW.USDOJ.GOV ENRD "
 "(202) 514-2007 MCWANE INC. AND EXECUTIVES CHARGED WITH ENVIRONMENTAL CRIMES One Former Employee Agrees To Plead "
 "Guilty' (rank 8). " + CHECK + "'McWane', 'Pacific States', 'Matlock', 'Uhlmann', 'Springville', '06_enrd_364': 0 in "
 "the corpus files, GATHERING.md, the gather scripts, CLAIMS.txt and the pools; 'Stephen J. Sorenson' in one train "
 "file and batch 40d's scripts (another matter: a Utah U.S. Attorney's Office release of 2006).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
