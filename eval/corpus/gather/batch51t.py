#!/usr/bin/env python3
"""Batch 51t (session 52, gatherer 51t): two US federal texts on Foreign Corrupt Practices Act cases that name a
company with its parent or its subsidiaries and officers with their posts -- the former chief executive officer of
Miami-based Latin Node Inc. (LatiNode) pleading guilty in Miami to bribing officials in Honduras, and Alcatel-Lucent
S.A. with three subsidiaries, each named with its former name (Alcatel-Lucent France S.A., formerly Alcatel CIT S.A.;
Alcatel-Lucent Trade International A.G., formerly Alcatel Standard A.G.; Alcatel Centroamerica S.A., formerly Alcatel
de Costa Rica S.A.), agreeing to pay a $92 million penalty -- told in a release of the Justice Department's Office of
Public Affairs of 19 May 2011 and a news release of U.S. Immigration and Customs Enforcement of 27 December 2010 (US
federal government works, 17 U.S.C. 105), a round of session 52 in the federal FCPA lane (SEC and Justice Department)
beside 51n (after 48a and 48d; the DOJ lane's FCPA releases of 41p and 43e), on new matters (51n's leads: Latin
Node/eLandia, Alcatel-Lucent France/Trade International; every name, number and address checked first against the
corpus files, GATHERING.md, the gather scripts, the notes of /work/notes/gather52 and the session-52 pools) --
first-party federal text, as the search tool's page store holds it:
  - the Office of Public Affairs, 'Former CEO of U.S. Telecommunications Company Pleads Guilty to Foreign Bribery
    Conspiracy' (19 May 2011; no date line in the stored text): Jorge Granados, 'the former chief executive officer
    of Miami-based telecommunications company Latin Node Inc. (LatiNode)', Assistant Attorney General Lanny A.
    Breuer of the Criminal Division, Judge Joan A. Lenard, Special Agent in Charge John V. Gillies of the FBI's Miami
    Field Office, ICE Director John Morton (justice.gov's 'opa/pr/former-ceo-us-telecommunications-company-pleads-
    guilty-foreign-bribery-conspiracy');
  - U.S. Immigration and Customs Enforcement, 'Global telecom corporation Alcatel-Lucent agrees to pay $92 million to
    resolve Foreign Corrupt Practices Act investigation' (27 December 2010, its date line in the stored text): the
    ice.gov page (news/releases/1012/101227miami.htm) as the UNT Libraries' CyberCemetery web archive holds it (the
    archive 44d, 48d and 51i took SEC pages from): Alcatel-Lucent S.A., its three subsidiaries, Alcatel S.A., Lucent
    Technologies Inc., ICE's Homeland Security Investigations, the FBI, the Department of Justice, the U.S. District
    Court for the Southern District of Florida.
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', 'Office of Public Affairs'; ICE's 'Español', 'Find releases based on', 'Search all
news releases', 'Tags', 'News Releases', the date line) and the headline (kept as `title`, its line wrap joined) are
left out; no word added or changed; the store's paragraphs joined by a blank line; each text cut at the last full
sentence before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch51t.py [POOL_DIR] [--dry]   (default /tmp/gather52t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA     # the origin line of a justice.gov Office of Public Affairs release

ICE_ARC = ("US Immigration and Customs Enforcement news release (ice.gov as the UNT Libraries' CyberCemetery web archive "
           "holds it) from the search tool page store")
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test and the second-annotation folders: names of matching files only; no file on the same matter "
         "exists), GATHERING.md, every gather script, the notes of /work/notes/gather52 and the session-52 pools "
         "/tmp/gather52*/pool (52a-52n when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52t/pool"
R = []

# ---- Latin Node / Jorge Granados, Office of Public Affairs, 19 May 2011 (justice.gov) ---------------------------------
U1 = "https://www.justice.gov/opa/pr/former-ceo-us-telecommunications-company-pleads-guilty-foreign-bribery-conspiracy"
T1 = "Former CEO of U.S. Telecommunications Company Pleads Guilty to Foreign Bribery Conspiracy"
R.append(federal(
 "us-doj-latin-node-former-ceo-granados-pleads-guilty-honduras-bribery-fcpa-2011", U1, "2011-05-19", T1,
 "WASHINGTON \u2013 Jorge Granados, the former chief executive officer of Miami-based telecommunications company "
 "Latin Node Inc. (LatiNode), pleaded guilty today to conspiring to pay bribes to government officials in Honduras, "
 "announced Assistant Attorney General Lanny A. Breuer of the Criminal Division. To date, four former senior "
 "executives of LatiNode have pleaded guilty to conspiring to pay bribes to the Honduran officials.\n\n"
 "Granados, 54, pleaded guilty before U.S. District Judge Joan A. Lenard in U.S. District Court in Miami to "
 "conspiracy to violate the anti-bribery provisions of the Foreign Corrupt Practices Act (FCPA).\n\n"
 "\u201cJorge Granados today admitted to authorizing illegal bribe payments to Honduran officials, and now he must "
 "pay for his crime,\u201d said Assistant Attorney General Lanny A. Breuer of the Criminal Division.  \u201cForeign "
 "bribery undermines competition in the marketplace, and weakens democratic institutions.  CEOs and other corporate "
 "executives should know that now, more than ever, violating the Foreign Corrupt Practices Act will lead to criminal "
 "prosecution.\u201d\n\n"
 "\u201cToday\u2019s plea reflects the FBI\u2019s commitment to aggressively pursue individuals and businesses that "
 "engage in corruption around the globe,\u201d said Special Agent in Charge John V. Gillies of the FBI\u2019s Miami "
 "Field Office. \u201cThose who elect to pay illegal bribes to further their business interests in the United States "
 "or abroad should know that they are not beyond the reach of the FBI.  We will work with our law enforcement "
 "partners and prosecutors to bring these corrupt individuals to justice.\u201d\n\n"
 "\u201cBusiness executives should beware that paying bribes in foreign countries leads to prosecution in the United "
 "States,\u201d said U.S. Immigration and Customs Enforcement (ICE) Director John Morton.",
 "telecommunications/foreign bribery", "legal",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2011-05-19, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Justice Department's press release (Criminal Division) on justice.gov's Office of Public Affairs pages (the "
 "page series of 41h and 43e). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`; the "
 "store wraps it after 'Telecommunications', joined with a space), 'For Immediate Release', 'Office of Public "
 "Affairs'. Cut after the fifth paragraph's first sentence ('... said U.S. Immigration and Customs Enforcement (ICE) "
 "Director John Morton.'), before Morton's second sentence, '\u201cOur Foreign Corr', where the excerpt stops "
 "mid-word (`truncated`). `published` 19 May 2011: no date line in the excerpt; the Department's own sentencing "
 "release on the same page store (justice.gov, 'opa/pr/former-ceo-us-telecommunications-company-sentenced-46-months-"
 "prison-bribing-foreign': 'Granados, 55, pleaded guilty on May 19, 2011') dates the plea the release tells as "
 "'today', and news.trust.org's Complinet report of 'Friday, 20 May 2011' ('has pleaded guilty', Granados 54, "
 "Breuer's quotation) agrees. Kept as written: the dateline 'WASHINGTON \u2013' with its spaced en dash (43e's Baker "
 "Hughes text and 51n's Willbros text the same way), 'Latin Node Inc. (LatiNode)', 'Miami-based', the double spaces "
 "after full stops inside the quotations, the curly quotation marks and apostrophes, the comma in 'in the "
 "marketplace, and weakens', 'Today\u2019s' and 'today'. 264 words. One text per matter: the sentencing release "
 "(same page store, later; its excerpt breaks off before the other executives' names), globalinvestigations.blog, "
 "internationaltradetoday, cellular-news, news.trust.org, fcpaprofessor, fidjlaw, quotha, proceso.hn, mondaq, "
 "foley, fcpablog, lexology, fcpa.shearman, pcworld and hondurasnews (news, blogs and digests on the 2009 company "
 "plea, the 2010 indictment and the executives' pleas) left out. Found with 'Former Latin Node executive pleads "
 "guilty Hondutel bribes chief financial officer vice president justice.gov' (rank 5) and 'Skip to main content "
 "Press Release Latin Node LatiNode former executives indicted Honduras bribes eLandia corporate parent' (rank 7). "
 + CHECK + "'Latin Node' and 'eLandia' (GATHERING.md only: 51n's lead; 'eLandia' also in 49c's FCC not-used lines on AST "
 "Telecom d/b/a Blue Sky Communications, another matter), 'LatiNode', 'Granados', 'Lenard', 'Hondutel', 'John "
 "Morton', 'former-ceo-us-telecommunications': 0 in the corpus files, the scripts, the notes and the pools; "
 "'Breuer' in one train file by name (wn-former-cia-agent-indicted-leaking-classified-2011: another matter); "
 "'Gillies' in two files by name (other people: a New Zealand outage review and a Wikipedia company article).",
 True))

# ---- Alcatel-Lucent and three subsidiaries, ICE news release, 27 December 2010 (ice.gov via the UNT CyberCemetery) ----
U2 = ("https://cybercemetery.unt.edu/archive/oilspill/20120915162846/http://www.ice.gov/news/releases/1012/"
      "101227miami.htm")
T2 = ("Global telecom corporation Alcatel-Lucent agrees to pay $92 million to resolve Foreign Corrupt Practices Act "
      "investigation")
R.append(federal(
 "us-ice-alcatel-lucent-three-subsidiaries-alcatel-cit-standard-centroamerica-fcpa-92-million-2010", U2, "2010-12-27",
 T2,
 "MIAMI - Alcatel-Lucent S.A. and three of its subsidiaries agreed to pay a combined $92 million penalty to resolve a "
 "Foreign Corrupt Practices Act (FCPA) investigation led by U.S. Immigration and Customs Enforcement's (ICE) Homeland "
 "Security Investigations (HSI) and the FBI into the worldwide sales practices of Alcatel S.A. prior to its 2006 "
 "merger with Lucent Technologies Inc.\n\n"
 "On Dec. 27, the Department of Justice (DOJ) filed a criminal information in U.S. District Court for the Southern "
 "District of Florida, charging Alcatel-Lucent with one count of violating the internal control provisions of the "
 "FCPA, and one count of violating the books and records provisions of the FCPA. DOJ and Alcatel-Lucent agreed to "
 "resolve the charges by entering into a deferred prosecution agreement for a term of three years.\n\n"
 "The three subsidiaries -- Alcatel-Lucent France S.A., formerly known as Alcatel CIT S.A.; Alcatel-Lucent Trade "
 "International A.G., formerly known as Alcatel Standard A.G.; and Alcatel Centroamerica S.A., formerly known as "
 "Alcatel de Costa Rica S.A. -- were charged in a criminal information with conspiring to violate the anti-bribery, "
 "books and records, and internal controls provisions of the FCPA. Each of the three subsidiaries agreed to plead "
 "guilty to the charges.\n\n"
 "In addition to the $92 million penalty, Alcatel-Lucent and its three subsidiaries agreed to implement rigorous "
 "compliance enhancements. Alcatel-Lucent also agreed to retain an independent compliance monitor for a three-year "
 "period to oversee the company's implementation and maintenance of an enhanced FCPA compliance program and to submit "
 "yearly reports to DOJ.",
 "telecommunications equipment/foreign bribery", "legal",
 "U.S. Department of Homeland Security, U.S. Immigration and Customs Enforcement, news release '" + T2 + "', "
 "2010-12-27, US federal government work (public domain); text of the ice.gov page as the UNT Libraries' "
 "CyberCemetery web archive holds it, from the search tool's page store at " + U2,
 ICE_ARC,
 "A news release of U.S. Immigration and Customs Enforcement (a US federal work, public domain) on ice.gov "
 "(news/releases/1012/101227miami.htm) as the UNT Libraries' CyberCemetery (cybercemetery.unt.edu, an archive of "
 "federal web sites) holds the page: the agency's own page, archived unchanged, no third-party copy (44d's, 48d's "
 "and 51i's SEC pages came the same way). Left out: 'Espa\u00f1ol', 'Find releases based on', 'Search all news "
 "releases', 'Tags', 'News Releases', the date line 'December 27, 2010' (kept as `published`), the headline (kept as "
 "`title`, in its own sentence case). Cut after the fourth paragraph ('... and to submit yearly reports to DOJ.'), "
 "before 'The charging documents and penalty reflect, among other things, that there was limited and inadequate "
 "cooperation by the company', where the excerpt breaks off (`truncated`). Kept as written: the dateline 'MIAMI -' "
 "with its spaced hyphen, the double hyphens around the list of subsidiaries, the semicolons between them, the "
 "straight apostrophes ('Enforcement's', 'company's'), 'Dec. 27', 'internal control provisions' beside 'internal "
 "controls provisions', no article before 'U.S. District Court'. 249 words. One text per matter: the Justice "
 "Department's release of the same day (criminal-justice-online.blogspot's copy: a third-party copy), ibtimes, "
 "mondaq, saiglobal, globaltradeexpertise, evertiq, computertrends, complianceweek, fcpa.aoshearman, "
 "star.worldbank, foxnews and townhall (AP, the 2011 hearings), scribd's Alcatel Centroamerica plea agreement (a "
 "court paper) left out; the SEC's release on the matter was sought by the SEC rounds 41m, 42j and 43a and not found on sec.gov "
 "(GATHERING.md's not-used lines: lawfuel's copy, mondaq, secactions, scribd, fdocuments, saiglobal, "
 "financialcontent, evertiq, fcpa.aoshearman, pdfdrive -- none of them taken here). Found with 'Alcatel-Lucent "
 "France Alcatel-Lucent Trade International plead guilty Alcatel Centroamerica Costa Rica bribery Justice "
 "Department' (rank 6). "
 + CHECK + "'Alcatel CIT' and 'Alcatel Standard' (GATHERING.md only: one SEC not-used line), 'Centroamerica', "
 "'Alcatel de Costa Rica', 'Alcatel S.A.', '101227miami': 0 in the corpus files, the scripts, the notes and the "
 "pools; 'Alcatel-Lucent' in five files by name (wn-alcatel-lucent-will-merge-2006, the Alcatel-Lucent/Lucent merger "
 "news of 2006, and four submarine cable or Ericsson articles naming the company as a builder or a partner: no "
 "bribery, Costa Rica or FCPA in any -- grep -il of 'brib', 'corrupt', 'FCPA' over every corpus file naming Alcatel "
 "gives none); 'Lucent Technologies' in that merger file only.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
