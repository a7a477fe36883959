#!/usr/bin/env python3
"""Batch 43h (session 44, gatherer 43h): an executive's post at a listed company and two exchange and wireless deals
told in US federal public-domain texts of the Justice Department (17 U.S.C. 105), a third round of session 44 after
batches 43c and 43e in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w,
42z, 43c and 43e, first-party text only:
  - the Department's release on the indictment of Hector Absi, former head of the sales department and former Chief
    Operating Officer of Marrone Bio Innovations Inc. (MBI) of Davis, California, announced by U.S. Attorney
    Benjamin B. Wagner for the Eastern District of California (justice.gov/opa, 17 February 2016);
  - the Antitrust Division's notice on the proposed merger of Deutsche Boerse AG and NYSE Euronext, with the required
    sale of Deutsche Boerse's subsidiary's interest in Direct Edge Holdings LLC (Federal Register, 76 FR 81968, FR
    Doc. 2011-33413, 29 December 2011, as federal.elaws.us reproduces it);
  - the Division's notice on AT&T's proposed acquisition of the mobile wireless business assets of Centennial
    Communications Corp., with divestitures in Louisiana and Mississippi (Federal Register, 74 FR 56869, FR Doc.
    E9-26351, 3 November 2009, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). The headline and sub-heading (the headline kept as
`title`), the host's heading line, its rule line, 'Start Preamble' and the printed-page marker are left out; the
leading spaces of the host's indented paragraphs dropped; each text is cut at the last full sentence before its
excerpt breaks off or before the notice's signature. No word added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch43h.py [POOL_DIR] [--dry]   (default /tmp/gather44h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch41h import OPA
from batch43e import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44h/pool"
# batch 43e's check note (the session-42, -43 and -44 pools and scripts), with batch 43e's own pool named too
CHECK = CHECK.replace("(batch 43c's /tmp/gather44c/pool included): ",
                      "(batches 43c's and 43e's pools /tmp/gather44c/pool and /tmp/gather44e/pool included): ")
assert "gather44e" in CHECK
R = []

# ---- Marrone Bio Innovations / Hector Absi, justice.gov (opa), 17 February 2016 ---------------------------------------
U1 = "https://justice.gov/opa/pr/former-chief-operating-officer-davis-bio-pesticide-company-indicted-securities-fraud"
U1S = "https://www.sacbee.com/news/business/article60842687.html"
U1A = "http://www.agprofessional.com/news/marrone-bio-resolves-sec-investigation"
T1 = "Former Chief Operating Officer of Davis Bio-Pesticide Company Indicted for Securities Fraud"
R.append(federal(
 "us-doj-marrone-bio-former-coo-absi-indicted-securities-fraud-2016", U1, "2016-02-17", T1,
 "Hector Absi, 47, of Las Vegas, Nevada, was arrested today by FBI agents at his home in Las Vegas. He is charged in "
 "a 16-count indictment, unsealed today, that was returned by a federal grand jury in Sacramento, California, on "
 "February 11. The indictment charges Absi with conspiracy to commit mail fraud, wire fraud and securities fraud; "
 "substantive counts of mail, wire and securities fraud; and with other securities-related charges, U.S. Attorney "
 "Benjamin B. Wagner for the Eastern District of California announced.\n\n"
 "According to court documents, Absi is the former head of the sales department of Marrone Bio Innovations Inc. "
 "(MBI), a company that developed and sold \u201cbio-based\u201d pesticides and is headquartered in Davis, "
 "California. Absi also served as MBI\u2019s Chief Operating Officer from January 2014 until his resignation in "
 "August 2014. MBI is a publicly traded company; its stock trades on the NASDAQ exchange under the ticker symbol "
 "\u201cMBII.\u201d As a publicly traded company, it is required to file quarterly and annual reports with the "
 "Securities and Exchange Commission (SEC). In its reports, MBI stated that it recorded revenue in accordance with "
 "generally accepted accounting principles (GAAP).\n\n"
 "The indictment alleges that, in order to increase sales of MBI products, Absi sold MBI products to customers with "
 "side agreements that offered \u201cinventory protection,\u201d under which MBI agreed to either repurchase the "
 "product from the customer or extend the terms of payment if the customer was still in possession of the product "
 "after a specified time period. Under GAAP, revenue from sales that include such agreements cannot be recognized on "
 "the company\u2019s books.",
 "agriculture/chemicals", "legal",
 "U.S. Department of Justice, press release '" + T1 + "' (U.S. Attorney's Office, Eastern District of California), "
 "2016-02-17, US federal government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Department's release on the indictment as justice.gov's /opa/pr/ page gives it (the announcement is the "
 "Eastern District of California U.S. Attorney's). Left out: the headline (kept as `title`) and the sub-heading "
 "'SEC Files Separate Civil Complaint'. Cut after the third paragraph's second sentence ('... cannot be recognized "
 "on the company\u2019s books.'), before 'The indictment alleges that between March 2013 and July 2014, Absi "
 "conspired with at least one other MBI employee to misrepresent to MBI\u2019s accounting department, its external "
 "auditors and the', where the excerpt stops (`truncated`: the concealment, the backdating, the penalties and the "
 "rest of the release are not in the kept text). `published` 17 February 2016: no date line in the excerpt; the "
 "arrest and the unsealing were 'today', a Wednesday by the Sacramento Bee's report ('arrested and charged with "
 "fraud Wednesday', " + U1S + ") and 17 February by agprofessional.com's report of Marrone Bio's SEC settlement "
 "('In a parallel action announced on Feb. 17, the U.S Attorney\u2019s Office for ...', " + U1A + "). Kept as "
 "written: the curly quotation marks and apostrophes, 'Chief Operating Officer' in capitals, 'NASDAQ', the full stop "
 "inside the quotation marks of '\u201cMBII.\u201d'. One text per event: the Eastern District of California's "
 "releases on Absi's guilty plea (2019) and sentence (2022) came back only as the Daily Democrat's reports, and the "
 "Sacramento Bee's, the Davis Enterprise's (rssing) and agprofessional.com's reports are news; the SEC's complaint "
 "did not come back; not used. Found with 'Marrone Bio Innovations former chief operating officer Hector Absi "
 "indicted' (rank 6) and 'Former Chief Operating Officer of Davis Bio-Pesticide Company Indicted for Securities "
 "Fraud SEC Files Separate Civil Complaint' (rank 1; the same excerpt). "
 + CHECK + "'Marrone', 'Absi', 'MBII', 'Benjamin B. Wagner': 0 in the corpus files' texts, the scripts and the "
 "pools; 'Marrone' and 'Absi' only in GATHERING.md (the SEC lane's leads of session 43 and this release named as a "
 "DOJ lead).",
 True))

# ---- Deutsche Boerse / NYSE Euronext, Federal Register notice, 29 December 2011 --------------------------------------
U2 = "http://federal.elaws.us/fr/12/29/2011/2011-33413"
U2J = "https://regulations.justia.com/regulations/fedreg/2011/12/29/2011-33413.html"
U2O = "https://opencriminology.com/?p=24415"
U2A = ("https://apostille.us/news/justice-department-requires-deutsche-borse-to-divest-its-interest-in-direct-e."
       "shtml")
T2 = ("United States v. Deutsche B\u00f6rse AG and NYSE Euronext; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-deutsche-boerse-nyse-euronext-direct-edge-proposed-final-judgment-2011", U2, "2011-12-29",
 T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Deutsche B\u00f6rse AG and NYSE "
 "Euronext, Civil Action No. 1:11-cv-02280. On December 22, 2011, the United States filed a Complaint alleging that "
 "the proposed merger of Deutsche B\u00f6rse AG and NYSE Euronext would violate Section 7 of the Clayton Act, 15 "
 "U.S.C. 18. The proposed Final Judgment, filed the same time as the Complaint, requires Deutsche B\u00f6rse AG's "
 "subsidiary to divest its interest in Direct Edge Holdings LLC within two years and to take the necessary steps to "
 "remove its affiliates from governance of Direct Edge.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: (202) 514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to James J. Tierney, "
 "Chief, Networks & Technology Enforcement Section, Antitrust Division, United States Department of Justice, 450 "
 "Fifth Street, NW., Suite 7100, Washington, DC 20530 (202) 307-6640).",
 "stock exchanges", "deal,regulatory",
 att(T2, "76 FR 81968, FR Doc. 2011-33413", "2011-12-29", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 29 December 2011 (76 FR 81968-81978, FR Doc. "
 "2011-33413; kept as `published`; volume, page and weekday from justia's printed page, " + U2J + "), as "
 "federal.elaws.us reproduces it (43c's UnitedHealth notice came the same way). Left out: the host's heading line "
 "('2011-33413. United States v. Deutsche B\u00f6rse AG and NYSE Euronext; Proposed Final Judgment and Competitive "
 "Impact Statement'; the notice's title kept as `title`), the bullet and 'Start Preamble'; the leading spaces of the "
 "host's indented paragraphs dropped (whitespace only). Cut after the third paragraph ('... Washington, DC 20530 "
 "(202) 307-6640).'), before 'Start Signatur', where the excerpt stops (`truncated`: the signature and the "
 "Competitive Impact Statement, which names the subsidiary, are not in the kept text). Kept as written: "
 "'B\u00f6rse' with its umlaut, the straight apostrophes ('AG's', 'Justice's'), 'Fifth Street NW.' without a comma "
 "beside 'Fifth Street, NW.' with one, '(telephone: (202) 514-2481)', the unbalanced closing parenthesis after "
 "'307-6640', 'Networks & Technology Enforcement Section' with its ampersand. One text per event: the Department's "
 "release of 22 December 2011 ('Justice Department Requires Deutsche B\u00f6rse to Divest Its Interest in Direct "
 "Edge in Order to Merge with NYSE Euronext', naming International Securities Exchange Holdings Inc. and its 31.5 "
 "percent stake) came back only as opencriminology.com's headline-and-lede digest (" + U2O + ") and apostille.us's "
 "reprint (" + U2A + "), not the Department's page; news (law360, advfn/Dow Jones, worldfinance, foxbusiness/Reuters, "
 "brecorder, forexlive/MNI's copy of Deutsche Boerse's statement) not used; justia's printed page starts on an ATF "
 "notice before it; not taken. Found with 'Justice Department requires Deutsche B\u00f6rse NYSE Euronext divest "
 "Direct Edge stake International Securities Exchange' (rank 4). "
 + CHECK + "'Direct Edge', 'NYSE Euronext', 'International Securities Exchange', '2011-33413', '81968', "
 "'11-cv-02280', 'James J. Tierney', 'Networks & Technology': 0 in the corpus files' texts, the scripts and the "
 "pools; 'NYSE Euronext' and 'Direct Edge' only in GATHERING.md (the EU lane's list of blocked mergers and the DOJ "
 "lane's leads); 'Deutsche B' (B\u00f6rse/Boerse) in nine corpus files, other matters by their names (Deutsche "
 "B\u00f6rse's 2005 LSE bid, Mannesmann, Mahan Air, Dresdner Bank, Calpine, Northern Rock, a German railway attack, "
 "Chiltern Railways, the 2007 credit-crisis markets story).",
 True))

# ---- AT&T / Centennial, Federal Register notice, 3 November 2009 ------------------------------------------------------
U3 = "http://federal.elaws.us/fr/11/3/2009/e9-26351"
U3J = "https://regulations.justia.com/regulations/fedreg/2009/11/03/E9-26351.html"
U3C = "https://www.convergedigest.com/2009/10/doj-requires-divestitures-for-at.html"
T3 = "United States et al. V. AT&T Inc. et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-att-centennial-proposed-final-judgment-2009", U3, "2009-11-03", T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America et al. v. AT&T et al., Civil Action No. "
 "09-1932 (HHK). On October 13, 2009, the United States filed a Complaint alleging that the proposed acquisition by "
 "AT&T of the mobile wireless telecommunications business assets of Centennial Communications Corp. would violate "
 "Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same time as the Complaint, "
 "requires the divestiture of mobile wireless telecommunications services businesses for certain areas in the "
 "states of Louisiana and Mississippi.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street, NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at: "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, and responses thereto, will be "
 "published in the Federal Register and filed with the Court. Comments should be directed to Nancy Goodman, Chief, "
 "Telecommunications and Media Enforcement Section, Antitrust Division, Department of Justice, 450 Fifth Street, "
 "NW., Suite 7000, Washington, DC 20530, (telephone: 202-514-5621).",
 "telecommunications", "deal,regulatory",
 att(T3, "74 FR 56869, FR Doc. E9-26351", "2009-11-03", "federal.elaws.us reproduces the notice", U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 3 November 2009 (74 FR 56869-56881, FR Doc. "
 "E9-26351; kept as `published`; volume, pages and weekday from justia's printed page, " + U3J + "), as "
 "federal.elaws.us reproduces it. Left out: the host's heading line ('E9-26351. United States et al. V. AT&T Inc. et "
 "al.; Proposed Final Judgment and Competitive Impact Statement'; the notice's title kept as `title`, with the "
 "Federal Register's capital 'V.'), the rule line '-', 'Start Preamble' and the printed-page marker 'Start Printed "
 "Page 56870' (between 'telecommunications ' and 'services', run together on the page; the space before the marker "
 "kept, no word added). Cut after the third paragraph ('... (telephone: 202-514-5621).'), before 'Start "
 "SignaturePatricia A. Brink, Deputy', where the signature begins and the excerpt stops (`truncated`: the "
 "signature and the Competitive Impact Statement are not in the kept text). Kept as written: 'AT&T' without 'Inc.' "
 "in the text ('AT&T Inc.' only in the title), 'Web site at: http://www.usdoj.gov/atr,,' with the doubled comma "
 "(43c's UnitedHealth notice), 'NW.', the straight apostrophe. One text per event: the Department's release of 13 "
 "October 2009 did not come back as the Department's page (only eweek's quotation of it, convergedigest's report, "
 + U3C + ", and law-firm and practicallaw digests); news (advfn/Dow Jones, lexology, techmonitor, fiercewireless, "
 "ibtimes) not used; naag.org's case list is a digest; justia's printed page starts on a Bureau of Land Management "
 "notice before it; not taken. Found with 'federal.elaws.us E9-26351 United States et al. v. AT&T Inc. et al. "
 "Centennial Louisiana Mississippi divest' (rank 7). "
 + CHECK + "'Centennial Communications', 'E9-26351', '56869', '09-1932', 'Nancy Goodman', 'Telecommunications and "
 "Media Enforcement': 0 in the corpus files' texts, the scripts and the pools; 'Centennial' in two corpus files of "
 "other matters by their names (an Atlanta tornado, 2008; an NPS ice-storm report, 2009) and in GATHERING.md (this "
 "matter named as a DOJ lead); AT&T's 2007 Dobson acquisition (test us-doj-federal-register-att-dobson-proposed-"
 "final-judgment-2007, by its name only) is another matter.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
