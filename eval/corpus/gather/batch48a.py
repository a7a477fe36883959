#!/usr/bin/env python3
"""Batch 48a (session 49, gatherer 48a): companies charged by the SEC under the Foreign Corrupt Practices Act's books
and records and internal controls provisions -- a Swedish maker of trucks, buses and construction equipment whose two
subsidiaries (one of them Renault Trucks SAS) paid kickbacks to Iraq under the U.N. Oil for Food Program; a specialty
chemical company that bribed officials in Iraq and Indonesia to sell tetraethyl lead and settled with the SEC, the
Justice Department, the Treasury's Office of Foreign Assets Control and the United Kingdom's Serious Fraud Office; a
Danish insulin maker that paid kickbacks to Iraq through its Jordan-based agent -- told in two SEC litigation releases
of 2008 and 2009 and an SEC press release of 2010 (US federal government works, 17 U.S.C. 105), the first round of
session 49 in the federal SEC lane (after batches 40zm ... 47y of the lane), on new matters (47y's leads: FCPA
cases of 2004-2010 naming a subsidiary, asked by company name; every company name was checked first against the
corpus files, GATHERING.md, the gather scripts and the session-49 pools) -- first-party SEC text, the sec.gov pages
themselves as the search tool's page store holds them:
  - the SEC's Litigation Release No. 20504 (20 March 2008, Securities & Exchange Commission v. AB Volvo, Civil Action
    No. 08 CV 00473 (D.D.C.) (JB)): AB Volvo, 'a Swedish company that provides commercial transport solutions', "AB
    Volvo's subsidiary, Renault Trucks SAS" (sec.gov's 'enforcement-litigation/litigation-releases/lr-20504');
  - the SEC's press release 2010-40 (18 March 2010, 'SEC Charges Innospec for Illegal Bribes to Iraqi and Indonesian
    Officials'): Innospec, Inc., Robert Khuzami, 'Director of the SEC's Division of Enforcement', Cheryl J. Scarboro,
    'Chief of the SEC's Foreign Corrupt Practices Act Unit' (sec.gov's 'news/press/2010/2010-40.htm');
  - the SEC's Litigation Release No. 21033 (11 May 2009, Securities & Exchange Commission v. Novo Nordisk A/S, Civil
    Action No. 1:09-CV-00862 (D.D.C.) (EGS)): Novo Nordisk A/S, 'a Danish company', Kimadia, 'the Iraq State Company
    for the Importation and Distribution of Drugs and Medical Appliances' (sec.gov's
    'litigation/litreleases/2009/lr21033.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', a page's name line),
'FOR IMMEDIATE RELEASE', the release number, the dateline, release-number, caption and sub-heading lines are left out
(a heading kept as `title`, the release date as `published`); no word added or changed; paragraphs joined by a blank
line; each text cut at the last full sentence before the store's excerpt breaks off (or, in Novo Nordisk's, before
the first sentence whose stored text carries mis-encoded characters). Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch48a.py [POOL_DIR] [--dry]   (default /tmp/gather49a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather script "
         "and the session-49 pools /tmp/gather49*/pool (none written when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49a/pool"
R = []

# ---- AB Volvo / Renault Trucks SAS, Litigation Release No. 20504, 20 March 2008 (sec.gov) ---------------------------
U1 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-20504"
T1 = ("SEC Files Settled Books and Records and Internal Controls Charges Against AB Volvo For Improper Payments to Iraq "
      "Under the U.N. Oil for Food Program")
R.append(federal(
 "us-sec-ab-volvo-renault-trucks-subsidiaries-iraq-oil-for-food-kickbacks-fcpa-2008", U1, "2008-03-20", T1,
 "The Securities and Exchange Commission today filed Foreign Corrupt Practices Act books and records and internal "
 "controls charges against AB Volvo in the U.S. District Court for the District of Columbia. AB Volvo is a Swedish "
 "company that provides commercial transport solutions, including trucks, buses and construction equipment. The "
 "Commission's complaint alleges that from 1999 through 2003, two of AB Volvo's subsidiaries and their agents and "
 "distributors made approximately $6,206,331 in kickback payments, and authorized additional payments of $2,388,419 "
 "in connection with their sales of humanitarian goods to Iraq under the United Nations Oil for Food Program (the "
 "\"Program\"). The kickbacks were characterized as \"after-sales service fees\" (\"ASSFs\"), but no bona fide "
 "services were performed. One of Volvo's subsidiaries also made other types of illicit payments to Iraq. The Program "
 "was intended to provide humanitarian relief for the Iraqi population, which faced severe hardship under "
 "international trade sanctions. The Program allowed the Iraqi government to purchase humanitarian goods through a "
 "U.N. escrow account. The kickbacks paid by AB Volvo's subsidiaries diverted funds out of the escrow account and into "
 "Iraqi-controlled accounts at banks in Jordan.\n\n"
 "According to the Commission's Complaint:\n\n"
 "Between November 2000 and July 2001, AB Volvo's subsidiary, Renault Trucks SAS, entered into at least eighteen "
 "contracts under the Program to supply trucks.",
 "commercial vehicles/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20504, March 20, 2008 (Securities & Exchange "
 "Commission v. AB Volvo, Civil Action No. 08 CV 00473 (D.D.C.) (JB)), US federal government work (public domain); "
 "text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the current "
 "'enforcement-litigation/litigation-releases/lr-20504' address): first-party text, no third-party copy. Left out: the "
 "page's name line 'AB Volvo', 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line 'Litigation Release No. "
 "20504 / March 20, 2008' (the date kept as `published`), the caption 'Securities & Exchange Commission v. AB Volvo, "
 "Civil Action No. 08 CV 00473 (D.D.C.) (JB)'. The heading: `title` keeps its first half ('SEC Files Settled Books and "
 "Records and Internal Controls Charges Against AB Volvo For Improper Payments to Iraq Under the U.N. Oil for Food "
 "Program') as written; the damaged characters after it (a dash stored as 'â\"', as 42v's Maxwell heading) and its "
 "second half 'Company Agrees to Pay Over $12.6 Million in Civil Penalties, Disgorgement of Profits, and Interest' "
 "cut. The stored page puts each paragraph on one line; joined here by blank lines. Cut after the third paragraph's "
 "first sentence ('... to supply trucks.'), before 'Renault Trucks then sub-contracted commercial bodybuilders to "
 "outfit the trucks with trailers ', where the store's excerpt breaks off (`truncated`). Kept as written: 'Complaint' "
 "capitalised in 'According to the Commission's Complaint:' (a paragraph of its own, ending in a colon) beside "
 "'complaint' in lower case earlier, 'For' capitalised in the heading, the straight double quotation marks of "
 "'(the \"Program\")' and '\"after-sales service fees\" (\"ASSFs\")', 'eighteen' in words, "
 "the straight apostrophes. 214 words. One text per matter: the Justice Department's release on AB Volvo, Renault "
 "Trucks and Volvo Construction Equipment (the DOJ lane's; a trailer-bodybuilders.com copy), law-firm and FCPA-site "
 "digests (fcpa.aoshearman, fcpa.shearman, fcpablog, fcpa.stanford.edu) and a burathanews item (Arabic) left out. "
 "Found with 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release AB Volvo Renault Trucks Volvo Construction "
 "Equipment Oil for Food' (rank 3). "
 + CHECK + "'AB Volvo', '20504', '08 CV 00473', 'Oil for Food' with 'Volvo': 0 in the corpus files, GATHERING.md, the "
 "gather scripts and the pools; 'Volvo' and 'Renault Trucks' in other stories (batch 32d's Wikipedia article on "
 "Renault Trucks, 'a subsidiary of Volvo since 2001', which tells no bribery; a VOA story on Nissan Diesel's stake; "
 "Volvo cars; the FTC's clean-truck case): other matters (file names and 32d's GATHERING.md section only).",
 True))

# ---- Innospec, Inc., press release 2010-40, 18 March 2010 (sec.gov) ---------------------------------------------------
U2 = "http://www.sec.gov/news/press/2010/2010-40.htm"
T2 = "SEC Charges Innospec for Illegal Bribes to Iraqi and Indonesian Officials"
R.append(federal(
 "us-sec-innospec-bribes-iraq-indonesia-tetraethyl-lead-global-settlement-fcpa-2010", U2, "2010-03-18", T2,
 "The Securities and Exchange Commission today charged Innospec, Inc. with violating the Foreign Corrupt Practices Act "
 "(FCPA) by engaging in widespread bribery of foreign government officials in Iraq and Indonesia to obtain and retain "
 "business.\n\n"
 "Innospec, a specialty chemical company incorporated in Delaware with principal offices in the U.S. and United "
 "Kingdom, agreed to a $40.2 million global settlement with the SEC, the U.S. Department of Justice (DOJ), the U.S. "
 "Department of the Treasury\u2019s Office of Foreign Assets Control (OFAC), and the United Kingdom\u2019s Serious "
 "Fraud Office (SFO).\n\n"
 "According to the SEC\u2019s complaint, filed in U.S. District Court for the District of Columbia, Innospec "
 "routinely paid millions of dollars in bribes to sustain its sales of tetraethyl lead (TEL) to state-owned "
 "refineries and oil companies in Iraq and Indonesia. Innospec also paid kickbacks to Iraqi officials in order to "
 "obtain contracts under the United Nations Oil for Food Program.\n\n"
 "\u201cThis investigation exposed more than $9.2 million in illegal bribes paid or promised to officials in Iraq and "
 "Indonesia,\u201d said Robert Khuzami, Director of the SEC\u2019s Division of Enforcement. \u201cThis enforcement "
 "action makes clear that law enforcement authorities within the U.S. and across the globe are working together to "
 "aggressively monitor violators of anti-corruption laws.\u201d\n\n"
 "Cheryl J. Scarboro, Chief of the SEC\u2019s Foreign Corrupt Practices Act Unit, added, \u201cInnospec\u2019s "
 "long-standing practice of bribing government officials was particularly egregious given the role of management, "
 "which authorized and condoned the misconduct.\u201d",
 "specialty chemicals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2010-40, 'SEC Charges Innospec for Illegal Bribes to Iraqi "
 "and Indonesian Officials', Washington, D.C., March 18, 2010, US federal government work (public domain); text from "
 "the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2010/2010-40.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), 'FOR IMMEDIATE RELEASE', '2010-40', the dateline 'Washington, D.C., March 18, 2010 "
 "\u2014 ' (kept as `published`; as 47k's, 47m's and 47p's press releases). Cut after the fifth paragraph (Scarboro's "
 "quotation), before 'The SEC\u2019s complaint alleges that Innospec\u2019s internal controls failed to detect the "
 "illicit conduct, which too', where the store's excerpt breaks off (`truncated`). Kept as written: the curly "
 "apostrophes and quotation marks, 'Innospec, Inc.' with its comma, 'the U.S. and United Kingdom' without a second "
 "'the', 'filed in U.S. District Court for the District of Columbia' without 'the', 'tetraethyl lead (TEL)' in lower "
 "case, 'Director' and 'Chief' capitalised, 'long-standing', 'anti-corruption'. 238 words. One text per matter: the "
 "SEC's Litigation Release No. 21454 of the same day (sec.gov: the same settlement told in the release's own words; "
 "no person named before its excerpt breaks off) is the same matter and left out, as are the Justice Department's "
 "plea, the Serious Fraud Office's case on Innospec Ltd, Reuters' and fcpablog's stories, fcpa.aoshearman's case "
 "pages and the LEAD Group's nomination page. Found with 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release "
 "Innospec Octel Iraq Oil for Food tetraethyl lead Indonesia' (rank 4; rank 1 was LR 21454). "
 + CHECK + "'Innospec', '2010-40', '21454' (one unrelated hit: a Reuters-corpus document number 'ID21454' in a "
 "GATHERING.md list), 'tetraethyl', 'Octel': 0 in the corpus files, the gather scripts and the pools; 'Innospec' in "
 "GATHERING.md only as 47y's lead; 'Khuzami' and 'Scarboro' in other SEC files (the corpus's Division of Enforcement "
 "and FCPA Unit conventions, other matters).",
 True))

# ---- Novo Nordisk A/S, Litigation Release No. 21033, 11 May 2009 (sec.gov) -------------------------------------------
U3 = "http://www.sec.gov/litigation/litreleases/2009/lr21033.htm"
T3 = ("SEC Files Settled Books and Records and Internal Controls Charges Against Novo Nordisk for Improper Payments to "
      "Iraq Under the U.N. Oil for Food Program")
R.append(federal(
 "us-sec-novo-nordisk-kimadia-iraq-oil-for-food-kickbacks-jordan-agent-fcpa-2009", U3, "2009-05-11", T3,
 "The Securities and Exchange Commission today filed Foreign Corrupt Practices Act books and records and internal "
 "controls charges against Novo Nordisk in the U.S. District Court for the District of Columbia. Novo Nordisk A/S, a "
 "Danish company, specializes in the manufacture and development of pharmaceutical products and is a leading "
 "supplier of insulin worldwide. The Commission's complaint alleges that from 2000 through 2003, Novo Nordisk paid "
 "$1,437,946 in kickbacks and agreed to pay an additional $1,315,454 in kickbacks in connection with its sale of "
 "humanitarian goods to Iraq under the United Nations Oil for Food Program (the \"Program\"). The kickbacks were "
 "characterized as \"after-sales service fees\" (\"ASSFs\"), but no bona fide services were performed. The Program "
 "was intended to provide humanitarian relief for the Iraqi population, which faced severe hardship under "
 "international trade sanctions. The Program required the Iraqi government to purchase humanitarian goods through a "
 "U.N. escrow account. The kickbacks paid by Novo Nordisk diverted funds out of the escrow account and into "
 "Iraqi-controlled accounts at banks in countries such as Jordan.\n\n"
 "According to the Commission's Complaint:\n\n"
 "Novo Nordisk engaged its long-time Jordan-based agent to submit bids on Novo Nordisk's behalf to Kimadia, the Iraq "
 "State Company for the Importation and Distribution of Drugs and Medical Appliances, under the Program.",
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21033, May 11, 2009 (Securities & Exchange "
 "Commission v. Novo Nordisk A/S, Civil Action No. 1:09-CV-00862 (D.D.C.) (EGS)), US federal government work (public "
 "domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2009/lr21033.htm' address): first-party text, no third-party copy. Left out: 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', the release line 'Litigation Release No. 21033 / May 11, 2009' (the date kept "
 "as `published`), the caption 'Securities & Exchange Commission v. Novo Nordisk A/S, Civil Action No. 1:09-CV-00862 "
 "(D.D.C.) (EGS)', the heading (kept as `title`) and the sub-heading 'Novo Nordisk Agrees to Pay Over $10 Million in "
 "Disgorgement, Interest, and Penalties' (as 47k's and 47y's sub-headings). Cut after the third paragraph's first "
 "sentence ('... under the Program.'), before 'Two branches of Novo Nordisk \u00e2\u20ac\" RONE, based in Athens, "
 "Greece, and NEO, based in Amman, Jordan \u00e2\u20ac\" handled the sales to Iraq and supplied the', whose stored "
 "text carries mis-encoded dashes (no damaged characters kept in a text: 42v cut its Maxwell heading before such a dash, 46j left a Galleon release with them untaken) and where the "
 "excerpt breaks off a line later (`truncated`). Kept as written: 'Complaint' capitalised in 'According to the "
 "Commission's Complaint:' (a paragraph of its own) beside 'complaint' earlier, 'Novo Nordisk' beside 'Novo Nordisk "
 "A/S', the straight double quotation marks, 'specializes', 'long-time', 'Jordan-based', the straight apostrophes. "
 "211 words. One text per matter: the SEC's complaint (a vdocuments.us copy of a court paper), the Justice "
 "Department's deferred prosecution agreement (DOJ lane), secactions', foley's, lexology's, fcpa.aoshearman's, "
 "fcpa.shearman's and the World Bank STAR pages left out. Found with 'SEC charges Novo Nordisk Oil for Food kickbacks "
 "Iraq litigation release' (rank 6). "
 + CHECK + "'Novo Nordisk', 'Kimadia', '09-CV-00862', '21033' (one unrelated hit: a number inside a Federal Register "
 "text on Google/ITA and one gather script of it): 0 in the corpus files, the gather scripts and the pools; 'Novo "
 "Nordisk' in GATHERING.md only as 47y's lead.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
