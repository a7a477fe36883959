#!/usr/bin/env python3
"""Batch 43c (session 44, gatherer 43c): company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a round of session 44 after batch 42z in the DOJ lane of batches 16e, 21c, 22b, 40zi,
40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w and 42z, first-party text only, matters of 2006-2008:
  - the Antitrust Division's notice on UnitedHealth Group Incorporated's acquisition of PacifiCare Health Systems,
    Inc., the divestiture of health insurance contracts in Tucson and Boulder and the end of United's network rental
    agreement with CareTrust Networks, 'a wholly owned subsidiary of Blue Shield of California' (Federal Register, 71
    FR 13991, FR Doc. 06-2591, 20 March 2006, as federal.elaws.us reproduces it);
  - the Division's press release on the amended complaint naming Rinker Group Limited as a defendant in the suit on
    Cemex S.A.B. de C.V.'s takeover of Rinker, after Rinker's board approved Cemex's cash tender offer (usdoj.gov, 2
    May 2007, as the UNT Libraries' End of Term 2008 web archive holds it);
  - the Department's press release on the divestitures required for Republic Services Inc.'s $4.5 billion
    acquisition of Allied Waste Industries Inc., Acting Assistant Attorney General Deborah A. Garza quoted
    (justice.gov's archive of the Office of Public Affairs' 2008 releases, 3 December 2008).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading and 'Start Preamble' lines, the
releases' format note, letterhead and date lines, headlines (kept as `title`), sub-headings and the 'Background'
heading are left out; each text is cut at the last full sentence before its excerpt breaks off. No word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch43c.py [POOL_DIR] [--dry]   (default /tmp/gather44c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import OPA, ARC
from batch42b import CHECK as CHECK43

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44c/pool"
# batch 42b's check note, with this session's pools added to the session-42 and session-43 pools it names
CHECK = CHECK43.replace("and the session-43 pools /tmp/gather43*/pool: ",
                        "the session-43 pools /tmp/gather43*/pool and the session-44 pools /tmp/gather44*/pool: ")
assert CHECK != CHECK43
CHECK = CHECK.replace("(the session-41 and session-42 scripts included)",
                      "(the session-41, session-42 and session-43 scripts included)")
R = []

# ---- UnitedHealth / PacifiCare, Federal Register notice, 20 March 2006 -----------------------------------------------
U1 = "http://federal.elaws.us/fr/3/20/2006/06-2591"
U1J = "https://regulations.justia.com/regulations/fedreg/2006/03/20/06-2591.html"
U1C = "http://www.usdoj.gov/atr/cases/f215000/215034.htm"
T1 = ("United States v. UnitedHealth Group Incorporated & PacifiCare Health Systems, Inc.; Propoosed Final Judgment "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-unitedhealth-pacificare-proposed-final-judgment-2006", U1, "2006-03-20", T1,
 "Notice is hereby given, pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "Complaint, proposed Amended Final Judgment, and Competitive Impact Statement were filed with the United States "
 "District Court for the District of Columbia in United States v. UnitedHealth Group Incorporated & PacifiCare "
 "Health Systems, Inc., Civ. Action No. 1:05CV02436. On December 20, 2005, the United States filed a Complaint "
 "alleging that United's acquisition of PacifiCare would violate Section 7 of the Clayton Act, 15 U.S.C. 18. A "
 "proposed Final Judgment, filed on the same day, requires United to divest certain health insurance contracts in "
 "Tucson, Arizona and Boulder, Colorado. It also enjoins United from continuing to exchange certain information "
 "with CareTrust Networks, a wholly owned subsidiary of Blue Shield of California and requires United to terminate "
 "its network rental agreement with CareTrust effective one year after entry of the Final Judgment. On March 2, "
 "2006, an Amended Final Judgment was filed to permit United to add new members to the CareTrust network until July "
 "5, 2006. A Competitive Impact Statement filed by the United States describes the Complaint, the proposed Amended "
 "Final Judgment, the industry, and the remedies available to private litigants who may have been injured by the "
 "alleged violation.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the U.S. Department of Justice, Antitrust Division, 325 Seventh Street, NW., Suite 215, Washington, DC 20530 "
 "(telephone: 202-514-2481), on the Internet at http://www.usdoj.gov/atr,, and at the Clerk's Office of the United "
 "States District Court for the District of Columbia.",
 "health insurance", "deal,regulatory",
 att(T1, "71 FR 13991, FR Doc. 06-2591", "2006-03-20", "federal.elaws.us reproduces the notice", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 20 March 2006 (71 FR 13991-14004, FR Doc. "
 "06-2591; kept as `published`) as federal.elaws.us reproduces its text, checked against regulations.justia.com's "
 "copy of the printed page (" + U1J + ", which starts on the end of another Division notice: the same words as far "
 "as it runs, '... who may have been injured', with the print's en dash in '16(b)\u2013(h)' and a curly apostrophe "
 "in \"United\u2019s\"). Left out: the host's heading ('06-2591. United States v. ...', the notice's title, kept as "
 "`title` with the Federal Register's own misspelling 'Propoosed'), the rule line '-', 'Start Preamble' and 'Start "
 "Printed Page 13991'. Cut after the second paragraph's first sentence ('... for the District of Columbia.'), "
 "before 'Copies of these materials may be obtained upon request and payment of a', where the excerpt stops "
 "(`truncated`: the copying-fee sentence, the public comment paragraph, the section chief's name and the "
 "Competitive Impact Statement are not in the kept text). Kept as written: the hyphen in '16(b)-(h)', the straight "
 "apostrophes, 'Tucson, Arizona and Boulder, Colorado' and 'Blue Shield of California and requires' without "
 "commas, 'NW.', 'http://www.usdoj.gov/atr,,' with its doubled comma (as batch 42w's Vulcan notice). One text per "
 "event: the Department's press release of 20 December 2005 did not come back (californiahealthline's digest and "
 "the Los Angeles Times' Bloomberg report are news, copyrighted, not used); the complaint (UNT web archive) and the "
 "Competitive Impact Statement (" + U1C + ") are court papers; scribd's copy of the printed page runs its columns "
 "together; not taken. Found with 'Justice Department requires divestiture UnitedHealth Group acquisition of "
 "PacifiCare Health Systems Tucson Boulder press release 2005' (rank 4; justia ranks 1 and 2). "
 + CHECK + "'PacifiCare', 'CareTrust', '05CV02436', '06-2591': 0 in the corpus files' texts, GATHERING.md, the "
 "scripts and the pools; 'UnitedHealth' only in another matter (train crs-change-healthcare-cyberattack-response-"
 "considerations-2024, the Change Healthcare cyberattack: grep -o printed 'UnitedHealth Group Incorporated' only) "
 "and GATHERING.md's note on it; 'Blue Shield' only in train wp-anthem-medical-data-breach (batch 30c), another "
 "matter; '13991' only as another number (a Hansard column, a batch 15g script).",
 True))

# ---- Cemex / Rinker, Antitrust Division press release on usdoj.gov via the UNT archive, 2 May 2007 -------------------
U2 = ("https://webarchive.library.unt.edu/eot2008/20081105075544/http:/www.usdoj.gov/atr/public/press_releases/2007/"
      "223034.htm")
U2F = "https://regulations.justia.com/regulations/fedreg/2007/06/12/07-2856.html"
T2 = ("DEPARTMENT OF JUSTICE FILES AMENDED COMPLAINT IN ANTITRUST CASE FOLLOWING RINKER BOARD OF DIRECTORS' APPROVAL "
      "OF CEMEX TAKEOVER BID")
R.append(federal(
 "us-doj-cemex-rinker-amended-complaint-board-approval-2007", U2, "2007-05-02", T2,
 "WASHINGTON \u2014 The Department of Justice filed an amended complaint today in U.S. District Court in "
 "Washington, D.C., naming Rinker Group Limited as a defendant in the Department's antitrust lawsuit against Cemex "
 "S.A.B. de C.V. The Department filed the amended complaint to make Rinker a party to the lawsuit since the Rinker "
 "Board of Directors approved Cemex's cash tender offer for Rinker.\n\n"
 "Along with its amended complaint, the Department today filed an amended hold separate stipulation and proposed "
 "order that requires Cemex and Rinker to preserve the assets to be divested under the consent decree and to hold "
 "their assets separate until the divestitures are completed. The Department also filed a motion seeking the "
 "court's entry of the order.\n\n"
 "The Department's Antitrust Division filed a civil antitrust lawsuit on April 4, 2007, in U.S. District Court in "
 "Washington, D.C., to block Cemex's proposed acquisition of Rinker through a hostile cash tender offer. At the same "
 "time, the Department filed a proposed consent decree that would alleviate the proposed acquisition's antitrust "
 "concerns. The consent decree, if approved by the court, will require Cemex to divest 39 ready mix concrete, "
 "concrete block, and aggregate facilities in Arizona and Florida in the event Cemex succeeds in its takeover of "
 "Rinker.",
 "construction materials", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2007-05-02, US federal government "
 "work (public domain); text of the usdoj.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from "
 "the search tool's page store at " + U2,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/2007/223034.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(batch 41h's ALLTEL/Midwest Wireless release came the same way). Left out: the page's format note ('This "
 "document is available in three formats: ... contact the Antitrust Documents Group.'), the letterhead lines ('U.S. "
 "Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'WEDNESDAY, MAY 2, 2007' (kept "
 "as `published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888'), the headline (kept as `title`, "
 "its three printed lines joined with a space, in capitals as printed) and the sub-heading 'Background' before the "
 "third paragraph. Cut after the third paragraph's third sentence ('... in the event Cemex succeeds in its takeover "
 "of Rinker.'), before 'The decree also required that Rinker become a party to the hold separate ord', where the "
 "excerpt stops mid-word (`truncated`). Kept as written: the dateline 'WASHINGTON \u2014', the straight apostrophes, "
 "'the Department' capitalised, 'ready mix concrete' without a hyphen, 'Cemex S.A.B. de C.V.' without a comma. One "
 "text per event: the Division's release of 4 April 2007 on the original suit and consent decree came back only as "
 "third-party copies (yournameoffice.com, classactiontimes.com, antitrustlawyerblog.com; not the Department's page, "
 "not used), so this release of the same matter, the Department's own page, is taken; the Federal Register notice "
 "(72 FR 32314, 12 June 2007, " + U2F + ": justia's printed page starts on a Justice Management Division notice "
 "before it) and the court papers (the complaint and the motion on the UNT archive, the Competitive Impact "
 "Statement and the joint motion to modify the final judgment on justice.gov, scribd's final judgment) not taken; "
 "news (bizjournals, concreteproducts, fullconcretecontractors, cemnet, theconcreteproducer) and Cemex's own "
 "release of 9 April 2007 (newswire.ca, eleconomista) not used. Found with 'FOR IMMEDIATE RELEASE WEDNESDAY, APRIL "
 "4, 2007 JUSTICE DEPARTMENT REQUIRES DIVESTITURES IN CEMEX'S ACQUISITION OF RINKER' (rank 1) and 'Justice "
 "Department requires divestitures in Cemex acquisition of Rinker ready mix concrete' (rank 6), batch 42z's lead. "
 + CHECK + "'Cemex', 'Rinker', '07-cv-00640', '223034', '32314': 0 in the corpus files' texts, the scripts and the "
 "pools ('Cemex', 'Rinker' and '32314' only in GATHERING.md, as leads of batches 38-42z).",
 True))

# ---- Republic Services / Allied Waste, Office of Public Affairs release (justice.gov archive), 3 December 2008 ------
U3 = "http://www.justice.gov/archive/opa/pr/2008/December/08-at-1061.html"
U3V = "https://regulations.vlex.com/vid/final-competitive-impact-v-republic-50049169"
U3A = "http://www.americanrecycler.com/0109/justice.shtml"
T3 = "Justice Department Requires Divestitures in Republic\u2019s Acquisition of Allied Waste"
R.append(federal(
 "us-doj-republic-services-allied-waste-divestitures-2008", U3, "2008-12-03", T3,
 "WASHINGTON \u2014 The Department of Justice announced today that it has reached a settlement that will require "
 "Republic Services Inc. and Allied Waste Industries Inc. to divest commercial waste collection and disposal "
 "assets, serving 15 metropolitan areas, in order to proceed with Republic\u2019s proposed $4.5 billion acquisition "
 "of Allied. The settlement requires Republic and Allied to divest 87 commercial waste collection routes, nine "
 "landfills and 10 transfer stations, together with ancillary assets and, in three cases, access to landfill "
 "disposal capacity. The Department said that the transaction, as originally proposed, would have resulted in "
 "higher prices for collection of municipal solid waste from commercial businesses or disposal of waste, or both, "
 "in these areas.\n\n"
 "The Department\u2019s Antitrust Division, along with seven Attorneys General \u2013representing California, "
 "Kentucky, Michigan, North Carolina, Ohio, Pennsylvania, and Texas \u2013filed a civil antitrust lawsuit today in "
 "U.S. District Court in Washington, D.C., to block the proposed transaction. At the same time, the Department and "
 "the seven Attorneys General filed a proposed settlement that, if approved by the court, will resolve the lawsuit "
 "and the competitive concerns.\n\n"
 "\"Without the divestitures required by the Department, consumers in 15 areas throughout the United States would "
 "have been harmed by a reduction in competition for commercial solid waste collection and disposal,\" said Deborah "
 "A. Garza, Acting Assistant Attorney General in charge of the Department\u2019s Antitrust Division. \"This remedy "
 "ensures that the benefits of competition \u2013namely, lower prices and better service \u2013will be preserved in "
 "these areas.\"",
 "waste management", "deal,regulatory",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T3 + "', 2008-12-03, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 OPA,
 "The Justice Department's press release (Antitrust Division, release 08-AT-1061) as justice.gov's archive of the "
 "Office of Public Affairs' 2008 releases holds it. Left out: the letterhead lines ('Department of Justice "
 "SealDepartment of Justice', 'FOR IMMEDIATE RELEASE', the date line 'Wednesday, December 3, 2008' (kept as "
 "`published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888'), the headline (kept as `title`) and "
 "the sub-heading 'Settlement Preserves Competition in 15 Metropolitan Areas'. Cut after the third paragraph "
 "(Garza's quotation, '... will be preserved in these areas.\"'), before 'A', where the excerpt stops (`truncated`: "
 "the list of the areas and the rest of the release are not in the kept text). Kept as written: the dateline "
 "'WASHINGTON \u2014', the curly apostrophes, the straight quotation marks, the en dashes set against the following "
 "word ('\u2013representing', '\u2013filed', '\u2013namely', '\u2013will'), 'Republic Services Inc.' and 'Allied "
 "Waste Industries Inc.' without commas. One text per event: the Federal Register notice (73 FR 76383, 16 December "
 "2008; vlex's GPO text " + U3V + " with its line breaks and 'Page 76384' marker; justia's printed page starts on "
 "another agency's surface-mining notice) and the court papers (complaint, final judgment and status reports on "
 "justice.gov, the UNT archive and a blog) not taken; americanrecycler.com's copy (" + U3A + ": the release's "
 "words with 'in to block' and lower-case titles; a trade paper's reprint) not used. The Department's 2000 release "
 "and notice on Allied's and Republic's exchange of assets (justice.gov atr/public/press_releases/2000/5016.htm; 65 "
 "FR 54547 on govinfo and casetext) is another matter (an asset swap), not taken. Found with 'Justice Department "
 "requires divestitures in Republic Services acquisition of Allied Waste Industries' (rank 2), batch 42z's lead. "
 + CHECK + "'Allied Waste', 'Republic Services', 'Garza' with 'Antitrust', '08-cv-02076', '76383', '08-at-1061': 0 "
 "in the corpus files' texts, the scripts and the pools ('76383' and 'Allied Waste' only in GATHERING.md, as batch "
 "42z's lead; 'Garza' only in train wp-femsa-2006 and batch 35t's scripts, FEMSA's Garza family; 'Allied' only in "
 "other names, Allied Domecq and others).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
