#!/usr/bin/env python3
"""Batch 51z (session 52, gatherer 51z): one US federal text on a Foreign Corrupt Practices Act case that names a
company with its parent and an officer with his posts -- the former president and chief executive officer of BizJet
International Sales and Support Inc., 'a U.S.-based subsidiary of Lufthansa Technik AG with headquarters in Tulsa,
Oklahoma', pleading guilty to bribing officials in Mexico and Panama -- told in a release of the U.S. Attorney's Office
for the Northern District of Oklahoma of 24 July 2014 (a US federal government work, 17 U.S.C. 105), a round of
session 52 in the federal FCPA lane (SEC and Justice Department) after 51t (and 51n, 48a, 48d; the DOJ lane's FCPA
releases of 41p and 43e), on a new matter (every name, number and address checked first against the corpus files,
GATHERING.md, the gather scripts, the notes of /work/notes/gather52 and the session-52 pools) -- first-party federal
text, as the search tool's page store holds it:
  - the U.S. Attorney's Office, Northern District of Oklahoma, 'Former Chief Executive Officer Of Lufthansa Subsidiary
    BizJet Pleads Guilty To Foreign Bribery Charges' (24 July 2014; no date line in the stored text): Bernd
    Kowalewski, BizJet International Sales and Support Inc., Lufthansa Technik AG, Assistant Attorney General Leslie
    R. Caldwell of the Justice Department's Criminal Division, U.S. Attorney Danny C. Williams Sr., Assistant Director
    in Charge Valerie Parlave of the FBI's Washington Field Office (justice.gov's 'usao-ndok/pr/former-chief-executive-
    officer-lufthansa-subsidiary-bizjet-pleads-guilty-foreign').
51t's lead (other ice.gov FCPA releases in the UNT CyberCemetery's capture of ice.gov) was followed and gave no new
ice.gov release on an FCPA or export-control matter in the store (see GATHERING.md's section for the queries).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', "U.S. Attorney's Office, Northern District of Oklahoma") and the headline (kept as
`title`) are left out; no word added or changed; the store's paragraphs joined by a blank line (the space the store
keeps after the third paragraph's closing quotation mark kept); the text cut at the last full sentence before the
store's excerpt breaks off. Written before any extractor ran on the text (newskg was not run on it).
usage: batch51z.py [POOL_DIR] [--dry]   (default /tmp/gather52z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

USAO = ("US Justice Department press release (justice.gov, U.S. Attorney's Office, Northern District of Oklahoma) from "
        "the search tool page store")
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rl over "
         "train, dev, test: names of matching files only; no file on the same matter exists), GATHERING.md, every "
         "gather script, the notes of /work/notes/gather52 and the session-52 pools /tmp/gather52*/pool (52a-52u when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52z/pool"
R = []

# ---- BizJet / Bernd Kowalewski, USAO Northern District of Oklahoma, 24 July 2014 (justice.gov) -------------------------
U1 = ("https://www.justice.gov/usao-ndok/pr/former-chief-executive-officer-lufthansa-subsidiary-bizjet-pleads-guilty-"
      "foreign")
T1 = "Former Chief Executive Officer Of Lufthansa Subsidiary BizJet Pleads Guilty To Foreign Bribery Charges"
R.append(federal(
 "us-doj-usao-ndok-bizjet-former-ceo-kowalewski-lufthansa-technik-subsidiary-pleads-guilty-fcpa-2014", U1,
 "2014-07-24", T1,
 "WASHINGTON \u2013 The former president and chief executive officer of BizJet International Sales and Support Inc., "
 "a U.S.-based subsidiary of Lufthansa Technik AG with headquarters in Tulsa, Oklahoma, that provides aircraft "
 "maintenance, repair and overhaul services, pleaded guilty today for his participation in a scheme to pay bribes to "
 "foreign government officials.\n\n"
 "Assistant Attorney General Leslie R. Caldwell of the Justice Department\u2019s Criminal Division, U.S. Attorney "
 "Danny C. Williams Sr., of the Northern District of Oklahoma and Assistant Director in Charge Valerie Parlave of the "
 "FBI\u2019s Washington Field Office made the announcement.\n\n"
 "\u201cThe former CEO of BizJet, Bernd Kowalewski, has become the third and most senior Bizjet executive to plead "
 "guilty to bribing officials in Mexico and Panama to get contracts for aircraft services,\u201d said Assistant "
 "Attorney General Caldwell.  \u201cWhile Kowalewski and his fellow executives referred to the corrupt payments as "
 "\u2018commissions\u2019 and \u2018incentives,\u2019 they were bribes, plain and simple.  Though he was living "
 "abroad when the charges were unsealed, the reach of the law extends beyond U.S. borders, resulting in "
 "Kowalewski\u2019s arrest in Amsterdam and his appearance in court today in the United States.  Today\u2019s guilty "
 "plea is an example of our continued determination to hold corporate executives responsible for criminal "
 "wrongdoing whenever the evidence allows.\u201d \n\n"
 "\u201cI commend the investigators and prosecutors who worked together across borders and jurisdictions to "
 "vigorously enforce the Foreign Corrupt Practices Act,\u201d said U.S. Attorney Williams.  \u201cPartnership is a "
 "necessity in all investigations.",
 "aircraft maintenance/foreign bribery", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office for the Northern District of Oklahoma, press release '" + T1 +
 "', 2014-07-24, US federal government work (public domain); text from the search tool's page store at " + U1,
 USAO,
 "The Justice Department's press release on justice.gov's pages of the U.S. Attorney's Office for the Northern "
 "District of Oklahoma (the USAO page series of 41p, 42h and 43e). Left out: 'Skip to main content', 'Press "
 "Release', the headline (kept as `title`, its capitals as written), 'For Immediate Release', \"U.S. Attorney's "
 "Office, Northern District of Oklahoma\". Cut after the fourth paragraph's second sentence ('... \u201cPartnership is "
 "a necessity in all investigations.'), before 'By forging and strengthening international partnerships to combat "
 "bribery, the Department of Justice ', where the excerpt breaks off mid-sentence (`truncated`); the opening "
 "quotation mark of Williams's second quotation left unclosed (no mark added, as 15c, 27b and 45p). `published` 24 "
 "July 2014: no date line in the excerpt; mondaq's client note and Law360's article of 4 August 2014 (the page "
 "store: 'On July 24, 2014, the Department of Justice (DOJ) announced that Bernd Kowalewski ... pleaded guilty') date "
 "the plea the release tells as 'today'. Kept as written: the dateline 'WASHINGTON \u2013' with its spaced en dash "
 "(43e, 51n, 51t), 'BizJet' beside 'Bizjet', the comma in 'Danny C. Williams Sr., of the Northern District', the "
 "double spaces after full stops inside and between the quotations, the space after the third paragraph's closing "
 "quotation mark, the curly quotation marks and apostrophes, the single curly quotes around 'commissions' and "
 "'incentives,' (the comma inside), 'today' twice and 'Today\u2019s'. 239 words. One text per matter: the "
 "Department's release of 14 March 2012 on BizJet's deferred prosecution agreement (newyorkparalegalblog's copy: a "
 "third-party copy), the April 2013 unsealing of the executives' charges (chicagotribune and foxbusiness (Reuters), "
 "pagepate, fcpamericas, panama-guide, handelsblatt, parkiet), courthousenews, cn.reuters, autoinformed, fcpablog, "
 "fcpaprofessor, avstop's copy of this release (third party), mondaq, paperzz (Law360) and volkovlaw left out. Found "
 "with 'Skip to main content Press Release Former CEO of Lufthansa Subsidiary BizJet Pleads Guilty to Foreign "
 "Bribery Charges Kowalewski' (rank 1). "
 + CHECK + "'BizJet', 'Bizjet', 'Lufthansa Technik', 'Kowalewski', 'Danny C. Williams', 'Northern District of "
 "Oklahoma', 'usao-ndok': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Leslie R. "
 "Caldwell' in one dev file by name (us-doj-usao-sdny-vimpelcom-unitel-uzbek-bribery-charges-2016: another "
 "matter); 'Parlave' in one dev file by name (us-doj-hewlett-packard-russia-pleads-guilty-sentenced-bribery-2014: "
 "another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
