#!/usr/bin/env python3
"""Batch 42j (session 43, gatherer 42j): companies with their subsidiaries, a company's service and an SEC official
with her post told in US Securities and Exchange Commission FCPA texts (US federal government works, 17 U.S.C. 105),
a round after batches 42a, 42e and 42g in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q,
42a, 42e, 42g), taking up 42g's leads (the other companies of the SEC's November 2010 oil-services customs sweep, and
2010-2012 FCPA matters with named subsidiaries) -- first-party SEC text from sec.gov as the search tool's page store
holds it:
  - the SEC's Litigation Release No. 21725 (4 November 2010, SEC v. Transocean Inc.): Transocean Inc., an
    international provider of offshore drilling services, its illicit payments to Nigerian government officials
    through its customs agents and through Panalpina World Transport Holding Ltd.'s Pancourier express courier
    service;
  - the SEC's Litigation Release No. 21920 (7 April 2011, SEC v. Comverse Technology, Inc.): Comverse Limited, an
    Israeli operating subsidiary of Comverse, and its improper payments to individuals connected to OTE, a
    telecommunications provider based in Athens, Greece;
  - the SEC's Litigation Release No. 22252 (6 February 2012, SEC v. Smith & Nephew PLC): the London-headquartered
    medical device company and its subsidiaries Smith & Nephew Inc. and Smith & Nephew GmbH, bribes to public doctors
    in Greece, the U.S. Department of Justice's parallel criminal charges;
  - the SEC's press release 2012-50 'SEC Charges Medical Device Company Biomet with Foreign Bribery' (26 March 2012):
    Warsaw, Ind.-based Biomet Inc., its subsidiaries' bribes in Argentina, Brazil and China, Biomet Argentina SA, Kara
    Novaco Brockmeyer, Chief of the Enforcement Division's Foreign Corrupt Practices Act Unit, quoted.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page furniture, release and caption lines,
headings and datelines are left out (the heading kept as `title`, the date as `published`); bullet marks cut, the
bulleted items kept as paragraphs; no word added or changed. Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch42j.py [POOL_DIR] [--dry]   (default /tmp/gather43j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch42a import CHECK          # batch41b's check note with the session-43 pools /tmp/gather43*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43j/pool"
R = []

# ---- Transocean Inc., Litigation Release No. 21725, 4 November 2010 -------------------------------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-21725"
R.append(federal(
 "us-sec-transocean-nigeria-customs-panalpina-pancourier-fcpa-2010", U1, "2010-11-04",
 "SEC CHARGES TRANSOCEAN FOR BRIBERY SCHEME IN NIGERIA",
 "The Securities and Exchange Commission filed a settled enforcement action on November 4, 2010, in the U.S. "
 "District Court for the District of Columbia charging Transocean Inc. (\"Transocean\"), an international provider "
 "of offshore drilling services and equipment to oil companies throughout the world, with violations of the "
 "anti-bribery, books and records, and internal controls provisions of the Foreign Corrupt Practices Act (\"FCPA\"). "
 "Transocean has agreed to pay disgorgement, interest, and a civil penalty totaling $7,265,080 to settle the "
 "charges.\n\n"
 "The SEC's complaint alleges that:\n\n"
 "From at least 2002 through 2007, Transocean made illicit payments through its customs agents to Nigerian "
 "government officials to extend the temporary importation status of its drilling rigs, to obtain false paperwork "
 "associated with its drilling rigs, and obtain inward clearance authorizations for its rigs and a bond "
 "registration. In addition, Transocean made illicit payments through Panalpina World Transport Holding Ltd.'s "
 "Pancourier express courier service to Nigerian government officials to expedite the import of various goods, "
 "equipment and materials into Nigeria. In most instances, customs duties for these items were not paid by either "
 "Panalpina or Transocean. Transocean also made illicit payments through Panalpina to Nigerian government officials "
 "to expedite the delivery of medicine and other materials into Nigeria. Transocean's total gains from the conduct "
 "were approximately $5,981,693.",
 "oil services/securities regulation", "legal,product",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21725, November 4, 2010 (Securities & Exchange "
 "Commission v. Transocean Inc., Civil Action No. 1:10-CV-01891 (JDB) (D.D.C.)), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the current "
 "'enforcement-litigation/litigation-releases' address, stored under https://sec.gov/ without 'www'): first-party "
 "text, no third-party copy. Left out: the page's name line 'Transocean Inc.' (twice), the lines 'U.S. SECURITIES "
 "AND EXCHANGE COMMISSION', 'Litigation Release No. 21725 / November 4, 2010' (kept as `published`) and 'Accounting "
 "and Auditing Enforcement Release No. 3202 / November 4, 2010', the case caption 'Securities & Exchange Commission "
 "v. Transocean Inc., Civil Action No. 1:10-CV-01891 (JDB) (D.D.C.)', the heading; `title` keeps the heading's first "
 "half 'SEC CHARGES TRANSOCEAN FOR BRIBERY SCHEME IN NIGERIA' as written in capitals, the damaged characters after "
 "it (a dash stored as '\u00a2\u20ac\"') and its second half 'TRANSOCEAN TO PAY DISGORGEMENT AND CIVIL PENALTIES OF "
 "$7,265,080' cut; the trailing space after the first paragraph dropped; cut before the fourth paragraph ('In 2002, "
 "certain Transocean managers, including the then Executive Vice Presid...'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the straight quotation marks and apostrophes, the colon line 'The SEC's complaint "
 "alleges that:' as its own paragraph, 'Panalpina World Transport Holding Ltd.'s'. 212 words. One text per matter: "
 "the SEC complaint (vdocuments.mx), the DOJ criminal information (pdfslide.us), fcpaprofessor.blogspot.co.uk, "
 "traceinternational.org, fcpa.aoshearman.com left out; the sweep's press release 2010-214 is batch 42g's train "
 "text (another text: it names no company but Panalpina, Inc.). Found with 'SEC Charges Transocean FCPA Nigeria "
 "customs temporary import permits drilling rigs 2010' (rank 1). " + CHECK + "'Pancourier', 'Panalpina World', "
 "'21725', '10-CV-01891': 0 everywhere; 'Transocean': a train file and batch 20b's scripts (the Deepwater Horizon "
 "oil spill, another matter) and GATHERING.md (42g's lead); 'Panalpina': batch 42g's train file, pool, scripts and "
 "section (the sweep release, another text).", True))

# ---- Comverse Technology and Comverse Limited, Litigation Release No. 21920, 7 April 2011 ---------------------------
U2 = "https://www.sec.gov/litigation/litreleases/2011/lr21920.htm"
R.append(federal(
 "us-sec-comverse-technology-comverse-limited-ote-greece-fcpa-2011", U2, "2011-04-07",
 "SEC FILES SETTLED FCPA CASE AGAINST COMVERSE",
 "The Securities and Exchange Commission today filed a settled enforcement action in the U.S. District Court for the "
 "Eastern District of New York against Comverse Technology, Inc., alleging violations of the books and records and "
 "internal controls provisions of the Foreign Corrupt Practices Act (\"FCPA\"). Comverse has offered to pay a total "
 "of approximately $1.6 million in disgorgement and prejudgment interest to the SEC. Comverse's proposed settlement "
 "offer has been submitted to the Court for its consideration. In a related action, Comverse will pay a $1.2 "
 "million criminal fine to the U.S. Department of Justice.\n\n"
 "The SEC's complaint alleges that:\n\n"
 "Between 2003 and 2006, Comverse Limited, an Israeli operating subsidiary of Comverse, made improper payments to "
 "obtain or retain business. In particular, Comverse Limited made improper payments of approximately $536,000 to "
 "individuals connected to OTE, a telecommunications provider based in Athens, Greece that is partially owned by "
 "the Greek Government. These payments resulted in contracts worth approximately $10 million in revenues and "
 "ill-gotten gain of approximately $1.2 million.\n\n"
 "In order to facilitate and conceal the payments, Comverse Limited employed a third-party agent to establish an "
 "offshore entity in Cyprus which, in turn, funneled the improper payments to Comverse Limited's customers. "
 "Comverse Limited employees made payments to the agent's offshore entity and, after taking 15% off the top of "
 "these payments, the agent paid the remaining 85% in cash bribes, directly or indirectly, to Comverse Limited's "
 "customers.",
 "telecoms/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21920, April 7, 2011 (Securities and Exchange "
 "Commission v. Comverse Technology, Inc., Case No. 11-CV-1704-LDW (E.D.N.Y. filed April 7, 2011)), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the archived "
 "'litigation/litreleases/2011' address): first-party text, no third-party copy. Left out: the lines 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No. 21920 / April 7, 2011' (kept as `published`), the "
 "case caption 'Securities and Exchange Commission v. Comverse Technology, Inc., Case No. 11-CV-1704-LDW (E.D.N.Y. "
 "filed April 7, 2011)', the heading (kept as `title`, in capitals as written); the bullet marks of the two "
 "bulleted items kept (each kept as a paragraph); cut before the third bulleted item ('These payments were "
 "improperly recorded on Comverse's books and records as \"agent commissions,\" and in addition, Comverse failed to "
 "devise...'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks and "
 "apostrophes, 'Athens, Greece that' without a comma, 'the Greek Government' with a capital G, 'ill-gotten'. 236 "
 "words. One text per matter: fcpaprofessor.com and its blogspot copy, globalinvestigations.blog, "
 "manufacturing-holdings.blogspot.com and Comverse's own filings on sec.gov's EDGAR (company text, not the SEC's) "
 "left out; the SEC's Litigation Release No. 21090 of June 2009 on Comverse's options backdating (another matter, "
 "UNT's web archive) left for another round. Found with 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release "
 "Comverse Technology Comverse Limited Israel Greece OTE bribes 2011' (rank 1). " + CHECK + "'Comverse': "
 "GATHERING.md only (42g's lead); '21920', '11-CV-1704': 0 everywhere; 'Greek Government': GATHERING.md only, in "
 "lower case (another text); 'OTE' as a word: GATHERING.md only (a Serbian telecoms section's news, another matter; "
 "the string occurs elsewhere only inside other words); 'Cyprus', 'Athens': other texts (places).", True))

# ---- Smith & Nephew PLC and its subsidiaries, Litigation Release No. 22252, 6 February 2012 -------------------------
U3 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-22252"
R.append(federal(
 "us-sec-smith-and-nephew-subsidiaries-greece-public-doctors-fcpa-2012", U3, "2012-02-06",
 "SEC CHARGES SMITH & NEPHEW PLC WITH FOREIGN BRIBERY",
 "The Securities and Exchange Commission today announced a settlement with Smith & Nephew PLC to resolve SEC "
 "charges that the global medical device company violated the Foreign Corrupt Practices Act (FCPA) when its "
 "subsidiaries bribed public doctors in Greece for more than a decade. Smith & Nephew PLC, headquartered in London, "
 "England, is a global medical device company with operations around the world.\n\n"
 "The SEC alleges that, from 1997 to June 2008, two of Smith &Nephew PLC's subsidiaries, including its U.S. "
 "subsidiary, Smith & Nephew Inc., used a distributor to create a slush fund to make illicit payments to public "
 "doctors employed by government hospitals or agencies in Greece. Smith &Nephew PLC agreed to settle the SEC's "
 "charges by paying more than $5.4 million in disgorgement and prejudgment interest. Smith &Nephew PLC's U.S. "
 "subsidiary, Smith & Nephew Inc., agreed to pay a $16.8 million fine to settle parallel criminal charges announced "
 "by the U.S. Department of Justice today.\n\n"
 "The SEC's complaint alleges that, starting in 1997, Smith &Nephew PLC's subsidiaries developed a scheme to create "
 "an offshore fund to pay Greek public doctors to purchase products from two Smith &Nephew PLC subsidiaries, Smith & "
 "Nephew Inc. and Smith & Nephew GmbH. According to the complaint, Smith &Nephew PLC's subsidiaries made payments to "
 "a total of three shell entities in the United Kingdom controlled by the distributor that were used to pay bribes. "
 "The complaint alleges that on paper, it appeared as if Smith &Nephew PLC's subsidiaries were paying for marketing "
 "services, but no services were actually performed.",
 "medical devices/securities regulation", "legal,ownership",
 "U.S. Securities and Exchange Commission, Litigation Release 22252, February 6, 2012 (Securities and Exchange "
 "Commission v. Smith & Nephew PLC, Civil Action No. 1: 12-CV-00187 (D.D.C.)(GK)), US federal government work "
 "(public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the current "
 "'enforcement-litigation/litigation-releases' address, stored under https://sec.gov/ without 'www'): first-party "
 "text, no third-party copy. Left out: the page's name line 'Smith & Nephew PLC', the lines 'U.S. Securities and "
 "Exchange Commission', 'Litigation Release 22252 / February 6, 2012' (kept as `published`) and 'Accounting and "
 "Auditing Enforcement Release No. 3363 / February 6, 2012', the case caption 'Securities and Exchange Commission v. "
 "Smith & Nephew PLC, Civil Action No. 1: 12-CV-00187 (D.D.C.)(GK) (February, 6, 2012)', the heading (kept as "
 "`title`, in capitals as written); the store's single line breaks between paragraphs written as blank lines; cut "
 "inside the third paragraph after its third sentence, before 'The complaint also alleges that Sm...', where the "
 "store's excerpt breaks off (`truncated`). Kept as written: 'Smith &Nephew PLC' without a space after the "
 "ampersand (seven times, beside 'Smith & Nephew PLC' twice), the straight apostrophes, 'slush fund'. 257 words. One "
 "text per matter: lexology.com, research.seed.law.nyu.edu (NYU SEED's entries, which name the press release "
 "2012-25 of the same day: it did not come back as a sec.gov page), fcpa.aoshearman.com, indiaforensic.com's copy "
 "of the release (unchecked), massdevice.com and complianceconcourse.willkie.com left out. Found with 'SEC "
 "Litigation Release Smith & Nephew plc Smith & Nephew Inc. Greece distributors bribes February 2012' (rank 1). "
 + CHECK + "'Smith & Nephew': GATHERING.md only (42g's lead); 'Smith &Nephew', 'Nephew GmbH', '22252', '12-CV-00187': "
 "0 everywhere; 'Greece', 'London': other texts (places).", True))

# ---- Biomet Inc. and its subsidiaries, press release 2012-50, 26 March 2012 ------------------------------------------
U4 = "https://www.sec.gov/news/press-release/2012-2012-50htm"
R.append(federal(
 "us-sec-biomet-subsidiaries-argentina-brazil-china-fcpa-2012", U4, "2012-03-26",
 "SEC Charges Medical Device Company Biomet with Foreign Bribery",
 "The Securities and Exchange Commission today charged Warsaw, Ind.-based medical device company Biomet Inc. with "
 "violating the Foreign Corrupt Practices Act (FCPA) when its subsidiaries and agents bribed public doctors in "
 "Argentina, Brazil, and China for nearly a decade to win business.\n\n"
 "Biomet, which primarily sells products used by orthopedic surgeons, agreed to pay more than $22 million to settle "
 "the SEC\u2019s charges as well as parallel criminal charges announced by the U.S. Department of Justice today. The "
 "charges arise from the SEC and DOJ\u2019s ongoing proactive global investigation into medical device companies "
 "bribing publicly-employed physicians.\n\n"
 "The SEC alleges that Biomet and its four subsidiaries paid bribes from 2000 to August 2008, and employees and "
 "managers at all levels of the parent company and the subsidiaries were involved along with the distributors who "
 "sold Biomet\u2019s products. Biomet\u2019s compliance and internal audit functions failed to stop the payments to "
 "doctors even after learning about the illegal practices.\n\n"
 "\u201cBiomet\u2019s misconduct came to light because of the government\u2019s proactive investigation of bribery "
 "within the medical device industry,\u201d said Kara Novaco Brockmeyer, Chief of the Enforcement Division\u2019s "
 "Foreign Corrupt Practices Act Unit. \u201cA company\u2019s compliance and internal audit should be the first line "
 "of defense against corruption, not part of the problem.\u201d\n\n"
 "According to the SEC\u2019s complaint filed in federal court in Washington D.C., employees of Biomet Argentina SA "
 "paid kickbacks as high as 15 to 20 percent of each sale to publicly-employed doctors in Argentina. Phony invoices "
 "were used to justify the payments, and the bribes were falsely recorded as \u201cconsulting fees\u201d or "
 "\u201ccommissions\u201d in Biomet\u2019s books and records.",
 "medical devices/securities regulation", "legal,ownership,executives",
 "U.S. Securities and Exchange Commission, press release 2012-50 'SEC Charges Medical Device Company Biomet with "
 "Foreign Bribery', Washington, D.C., March 26, 2012, US federal government work (public domain); text from the "
 "search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the 'news/press-release' "
 "address as stored, '2012-2012-50htm'): first-party text, no third-party copy. Left out: the page line 'Skip to "
 "main content', the heading (kept as `title`), the dateline 'Washington, D.C., March 26, 2012 \u2014' (kept as "
 "`published`, as 41q, 42e and 42g cut theirs); cut inside the fifth paragraph after its second sentence, before "
 "'Executives and internal auditors at Biomet\u2019s Indiana headquarters were...', where the store's excerpt breaks "
 "off (`truncated`). Kept as written: the curly quotation marks and apostrophes, 'Warsaw, Ind.-based', 'Washington "
 "D.C.' without a comma, 'publicly-employed', 'Biomet Argentina SA'. 266 words. One text per matter: the SEC "
 "complaint (vdocuments.net), the DOJ information (scribd), fcpa.aoshearman.com, lexology.com, fcpablog.com and "
 "Biomet's 2017 cease-and-desist order (another matter; as CUAD on GitHub and contracts.justia.com reproduce a "
 "company exhibit of it) left out. Found with 'SEC Litigation Release Biomet Inc. Biomet Argentina Biomet China "
 "publicly-employed doctors March 2012' (rank 7). " + CHECK + "'Biomet' as a company: 0 ('Biomet' occurs only "
 "inside 'biometric' in a train file and batch 16g's scripts, and in GATHERING.md as 42g's lead); 'Brockmeyer', "
 "'Biomet Argentina', '2012-50': 0 everywhere; 'Warsaw', 'Argentina', 'Brazil', 'China': other texts (places).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
