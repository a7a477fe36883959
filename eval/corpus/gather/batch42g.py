#!/usr/bin/env python3
"""Batch 42g (session 43, gatherer 42g): companies with a subsidiary and SEC officials with their posts told in US
Securities and Exchange Commission texts (US federal government works, 17 U.S.C. 105), a round after batches 42a and
42e in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e), taking up 42e's lead to the
old 'news/press/YYYY/' and 'litigation/litreleases/YYYY/' pages of about 2008-2012 -- first-party SEC text from sec.gov
as the search tool's page store holds it:
  - the SEC's press release 2011-42 'SEC Charges Tyson Foods with FCPA Violations' (10 February 2011): Tyson Foods
    Inc. and its Mexican subsidiary Tyson de Mexico, illicit payments to two Mexican government veterinarians, the
    Department of Justice's related criminal proceedings, Robert Khuzami, Director of the SEC's Division of
    Enforcement, quoted;
  - the SEC's Litigation Release No. 21922 (8 April 2011, SEC v. Johnson & Johnson): Johnson and Johnson ('J&J'), the
    New Brunswick, NJ-based company, its subsidiaries' bribes to public doctors in Greece, Poland and Romania,
    kickbacks to Iraq, the U.S. Department of Justice's fine and the United Kingdom Serious Fraud Office's related
    investigation;
  - the SEC's press release 2010-214 'SEC Charges Seven Oil Services and Freight Forwarding Companies for Widespread
    Bribery of Customs Officials' (4 November 2010): global freight forwarding company Panalpina, Inc. and six other
    companies, the U.S. Department of Justice's Fraud Section, Robert Khuzami quoted.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page furniture, headings, release and caption lines
and datelines are left out (the heading kept as `title`, the date as `published`); no word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch42g.py [POOL_DIR] [--dry]   (default /tmp/gather43g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch42a import CHECK          # batch41b's check note with the session-43 pools /tmp/gather43*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43g/pool"
R = []

# ---- Tyson Foods and its Mexican subsidiary Tyson de Mexico, press release 2011-42, 10 February 2011 ------------------
U1 = "https://www.sec.gov/news/press/2011/2011-42.htm"
R.append(federal(
 "us-sec-tyson-foods-tyson-de-mexico-veterinarians-fcpa-2011", U1, "2011-02-10",
 "SEC Charges Tyson Foods with FCPA Violations",
 "The Securities and Exchange Commission today charged Tyson Foods Inc. with violating the Foreign Corrupt Practices "
 "Act (FCPA) by making illicit payments to two Mexican government veterinarians responsible for certifying its "
 "Mexican subsidiary\u2019s chicken products for export sales.\n\n"
 "The SEC alleges that Tyson de Mexico initially concealed the improper payments by putting the veterinarians\u2019 "
 "wives on its payroll while they performed no services for the company. The wives were later removed from the "
 "payroll and payments were then reflected in invoices submitted to Tyson de Mexico by one of the veterinarians for "
 "\u201cservices.\u201d Tyson de Mexico paid the veterinarians a total of $100,311. It was not until two years after "
 "Tyson Foods officials first learned about the subsidiary\u2019s illicit payments that its counsel instructed Tyson "
 "de Mexico to cease making the payments.\n\n"
 "Tyson Foods agreed to pay more than $5 million to settle the SEC\u2019s charges and resolve related criminal "
 "proceedings announced today by the Department of Justice.\n\n"
 "\u201cTyson and its subsidiary committed core FCPA violations by bribing government officials through no-show jobs "
 "and phony invoices, and by having a lax system of internal controls that failed to detect or prevent the "
 "misconduct,\u201d said Robert Khuzami, Director of the SEC\u2019s Division of Enforcement.\n\n"
 "According to the SEC\u2019s complaint filed in federal court in the District of Columbia, the scheme occurred during "
 "fiscal years 2004 to 2006. In order to export products, meat-processing facilities in Mexico must obtain "
 "certification through an inspection program administered by Mexico\u2019s federal government and supervised by an "
 "office in the Mexican Department of Agriculture.",
 "food and beverages/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, press release 2011-42 'SEC Charges Tyson Foods with FCPA Violations', "
 "Washington, D.C., Feb. 10, 2011, US federal government work (public domain); text from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the archived 'news/press' "
 "address): first-party text, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', "
 "'SEC Seal', 'Home | Previous Page' and 'U.S. Securities and Exchange Commission', the heading (kept as `title`), "
 "the dateline 'Washington, D.C., Feb. 10, 2011 \u2014' opening the first paragraph (kept as `published`, as batches "
 "41q and 42e cut their releases' datelines); cut inside the fifth paragraph after its second sentence, before "
 "'Tyson de Mexico participated in the program in order to export goods to Japan and ...', where the store's excerpt "
 "breaks off (`truncated`). Kept as written: the curly quotation marks and apostrophes, 'Tyson Foods Inc.' without a "
 "comma, 'meat-processing', 'no-show'. 258 words. One text per matter: the SEC's Litigation Release No. 21851 of the "
 "same day (sec.gov/litigation/litreleases/2011/lr21851.htm, the same matter told again), the complaint (scribd), "
 "lawprofessors.typepad.com, foxbusiness.com, foley.com, fcpa.aoshearman.com, fcpablog.com and an essay site left "
 "out. Found with 'SEC Charges Tyson Foods With FCPA Violations Tyson de Mexico veterinarians bribes 2011' (rank 1). "
 + CHECK + "'Tyson Foods', 'Tyson de Mexico', 'veterinarian', 'Khuzami', '2011-42', '21851': 0 everywhere "
 "('Tyson' alone: other people, Mike Tyson and Matt Tyson, in two corpus files and batches 28e and 32d).", True))

# ---- Johnson & Johnson, Litigation Release No. 21922, 8 April 2011 ----------------------------------------------------
U2 = "https://www.sec.gov/litigation/litreleases/2011/lr21922.htm"
R.append(federal(
 "us-sec-johnson-and-johnson-subsidiaries-greece-poland-romania-fcpa-2011", U2, "2011-04-08",
 None,
 "The Securities and Exchange Commission today announced a settlement with Johnson and Johnson (\u201cJ&J\u201d) to "
 "resolve SEC charges that the New Brunswick, NJ-based global pharmaceutical, consumer product, and medical device "
 "company violated the Foreign Corrupt Practices Act (FCPA) by bribing public doctors in several European countries "
 "and paying kickbacks to Iraq to illegally obtain business.\n\n"
 "The SEC alleges that, since at least 1998, J&J\u2019s subsidiaries paid bribes to public doctors in Greece who "
 "selected J&J surgical implants, paid bribes to public doctors and hospital administrators in Poland who awarded "
 "tenders to J&J, and paid bribes to public doctors in Romania to prescribe J&J pharmaceutical products. J&J also "
 "paid kickbacks to Iraq in order to obtain contracts under the United Nations Oil for Food Program "
 "(\u201cProgram\u201d).\n\n"
 "J&J has agreed to pay more than $48.6 million in disgorgement and prejudgment interest to settle the SEC\u2019s "
 "charges and to pay a $21.4 million fine to the U.S. Department of Justice to settle criminal charges. A resolution "
 "of a related investigation by the United Kingdom Serious Fraud Office is anticipated.\n\n"
 "The SEC\u2019s complaint alleges that J&J subsidiaries, employees, and agents paid bribes to public doctors and "
 "administrators in Greece, Poland, and Romania. Doctors who ordered or prescribed J&J products were rewarded in a "
 "variety of ways, including cash and inappropriate travel. A variety of schemes were used to carry-out the bribery, "
 "including the use of slush funds, sham civil contracts with doctors, and off-shore companies in the Isle of Man.",
 "pharmaceuticals/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21922, April 8, 2011 (Securities and Exchange "
 "Commission v. Johnson & Johnson, Civil Action No. 1: 11-CV-00686 (D.D.C.) (E.F.H.)), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the archived "
 "'litigation/litreleases/2011' address): first-party text, no third-party copy. The page has no heading of its own "
 "in the excerpt (`title` null; the press release 2011-87 of the same day, which carries one, did not come back as "
 "a sec.gov page). Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous "
 "Page' and 'U.S. Securities and Exchange Commission', the lines 'Litigation Release No. 21922 / April 8, 2011' (kept "
 "as `published`) and 'Accounting and Auditing Enforcement Release No. 3261 / April 8, 2011', the case caption "
 "'Securities and Exchange Commission v. Johnson & Johnson, Civil Action No. 1: 11-CV-00686 (D.D.C.) (E.F.H.) (filed "
 "April 8, 2011)'; cut inside the fourth paragraph after its third sentence, before 'A J&J executive was involved in "
 "the Gree...', where the store's excerpt breaks off (`truncated`). Kept as written: 'Johnson and Johnson' with 'and' "
 "(the caption's 'Johnson & Johnson' is cut), the curly quotation marks and apostrophes, 'carry-out', 'off-shore', "
 "'NJ-based'. 246 words. One text per matter: the complaint (vdocuments.net), businessinsider.com (a Corporate "
 "Secretary article), amchamvietnam.com, wallstreetpit.com, digitalnewsreport.com, fcpa.shearman.com and "
 "fcpaprofessor.com left out. Found with 'SEC Seal Home Previous Page SEC Charges Johnson & Johnson With Foreign "
 "Bribery DePuy Greece Poland Romania' (rank 1). " + CHECK + "'Johnson & Johnson': a train file (a Wikipedia "
 "biography naming the company) and batch 29a's scripts, another text; 'J&J', 'Johnson and Johnson', 'DePuy', 'Oil "
 "for Food', '21922', '11-CV-00686': 0 everywhere; 'Serious Fraud Office' GATHERING.md only; 'Isle of Man' and 'New "
 "Brunswick': other texts (places).", True))

# ---- Panalpina and six oil services companies, press release 2010-214, 4 November 2010 -------------------------------
U3 = "http://sec.gov/news/press/2010/2010-214.htm"
R.append(federal(
 "us-sec-panalpina-oil-services-customs-bribery-sweep-2010", U3, "2010-11-04",
 "SEC Charges Seven Oil Services and Freight Forwarding Companies for Widespread Bribery of Customs Officials",
 "The Securities and Exchange Commission today announced sweeping settlements with global freight forwarding company "
 "Panalpina, Inc. and six other companies in the oil services industry that violated the Foreign Corrupt Practices "
 "Act (FCPA) by paying millions of dollars in bribes to foreign officials to receive preferential treatment and "
 "improper benefits during the customs process.\n\n"
 "The SEC alleges that the companies bribed customs officials in more than 10 countries in exchange for such perks "
 "as avoiding applicable customs duties on imported goods, expediting the importation of goods and equipment, "
 "extending drilling contracts, and lowering tax assessments. The companies also paid bribes to obtain false "
 "documentation related to temporary import permits for oil drilling rigs, and enable the release of drilling rigs "
 "and other equipment from customs officials.\n\n"
 "The SEC's cases were coordinated with the U.S. Department of Justice's Fraud Section, and the sanctions to be paid "
 "by the companies under the settlements total $236.5 million. This is the first sweep of a particular industrial "
 "sector in order to crack down on public companies and third parties who are paying bribes abroad.\n\n"
 "\"Bribing customs officials is not only illegal but also bad for business, as the coordinated efforts of law "
 "enforcement increase the risk of detection every day,\" said Robert Khuzami, Director of the SEC's Division of "
 "Enforcement. \"These companies resorted to lucrative arrangements behind the scenes to obtain phony paperwork and "
 "special favors, and they landed themselves squarely in investigators' crosshairs.\"",
 "logistics/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 2010-214 'SEC Charges Seven Oil Services and Freight "
 "Forwarding Companies for Widespread Bribery of Customs Officials', Washington, D.C., Nov. 4, 2010, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the archived 'news/press' "
 "address, stored under http://sec.gov/ without 'www'): first-party text, no third-party copy. Left out: the page "
 "lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page' and 'U.S. Securities and "
 "Exchange Commission', the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2010-214', the dateline "
 "'Washington, D.C., Nov. 4, 2010 \u2014' opening the first paragraph (kept as `published`); cut before the fifth "
 "paragraph ('Cheryl J. Scarboro, Chief of the SEC's Foreign Corrupt Practices Act Unit, added, \"This investigation "
 "w...'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks and "
 "apostrophes, 'Panalpina, Inc.' with its comma and full stop. The six other companies are not named in the kept "
 "text. 240 words. One text per matter: the star.worldbank.org digests, fcpablog.com and the Noble matter's pages "
 "(another matter) left out. Found with 'SEC Seal Home Previous Page SEC Charges Three Oil Services Executives With "
 "Bribing Nigerian Customs Officials Washington, D.C., Feb. 24, 2012' (rank 2; the query for Noble's 2012 release, "
 "which did not come back itself). " + CHECK + "'Panalpina', '2010-214', 'Scarboro', 'Khuzami', 'Fraud Section': 0 "
 "everywhere.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
