#!/usr/bin/env python3
"""Batch 42b (session 43, gatherer 42b): company deals and a corporate criminal resolution told in US federal
public-domain texts of the Justice Department (17 U.S.C. 105), a round of session 43 after batches 41c, 41h, 41k and
41p in the DOJ lane of batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k and 41p, first-party text only:
  - the Antitrust Division's Federal Register notice on Intuit Inc.'s proposed acquisition of Credit Karma, Inc. and
    the divestiture of Credit Karma's digital do-it-yourself tax preparation business, Credit Karma Tax (85 FR 81501,
    16 December 2020, as casetext.com reproduces it);
  - the Antitrust Division's Federal Register notice on Waste Management, Inc.'s proposed acquisition of Advanced
    Disposal Services, Inc. and the divestiture of assets in 57 local markets in 10 states (85 FR 70004, 3 November
    2020, as regulations.justia.com reproduces the printed page);
  - the Office of Public Affairs on ZAO Hewlett-Packard A.O. (HP Russia), an international subsidiary of
    Hewlett-Packard Company, pleading guilty to FCPA violations and sentenced to a $58,772,250 fine for bribing
    Russian government officials over a contract with the Office of the Prosecutor General of the Russian Federation
    (justice.gov/opa, 11 September 2014).
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome, the hosts' heading and citation lines,
the Federal Register's running header, the release's headline (kept as `title`) and sub-heading are left out; each
text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch42b.py [POOL_DIR] [--dry]   (default /tmp/gather43b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import CHECK as CHECK42
from batch41h import OPA
from batch41k import FRC
from batch40zi import FRC as FRJ

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43b/pool"
# batch 41c's check note, with this session's pools added to the session-42 pools it names
CHECK = CHECK42.replace("the session-42 pools /tmp/gather42*/pool: ",
                        "the session-42 pools /tmp/gather42*/pool and the session-43 pools /tmp/gather43*/pool: ")
assert CHECK != CHECK42
R = []

# ---- Intuit / Credit Karma, Federal Register notice, 16 December 2020 ------------------------------------------------
U1 = ("https://casetext.com/federal-register/united-states-v-intuit-inc-et-al-proposed-final-judgment-and-competitive-"
      "impact-statement")
U1J = "https://regulations.justia.com/regulations/fedreg/2020/12/16/2020-27604.html"
R.append(federal(
 "us-doj-federal-register-intuit-credit-karma-proposed-final-judgment-2020", U1, "2020-12-16",
 "United States v. Intuit Inc., et al.; Proposed Final Judgment and Competitive Impact Statement",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia, in United States of America v. Intuit Inc. and Credit Karma, Inc., "
 "Civil Action No. 1:20-cv-03441-ABJ. On November 25, 2020 the United States filed a Complaint alleging that the "
 "proposed acquisition by Intuit Inc. of Credit Karma, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. "
 "18. The proposed Final Judgment, filed at the same time as the Complaint, requires Intuit and Credit Karma to "
 "divest Credit Karma's digital do-it-yourself (\u201cDDIY\u201d) tax preparation business, Credit Karma Tax, along "
 "with the products, intellectual property, and other related assets and rights that Credit Karma uses to provide "
 "DDIY tax preparation products to consumers.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United "
 "States District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust "
 "Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register.",
 "financial technology", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice 'United States v. Intuit Inc., et al.; "
 "Proposed Final Judgment and Competitive Impact Statement' (85 FR 81501, FR Doc. 2020-27604), 2020-12-16, US "
 "federal government work (public domain); text as casetext.com reproduces the notice, from the search tool's page "
 "store at " + U1,
 FRC,
 "The Antitrust Division's notice in the Federal Register of Wednesday, 16 December 2020 (85 FR 81501-81517, FR "
 "Doc. 2020-27604; kept as `published`) as casetext.com reproduces its text (regulations.justia.com's copy of the "
 "printed notice, " + U1J + ", came back only as a later page of the Competitive Impact Statement, so the opening "
 "could not be checked against it). Left out: the host's heading (kept as `title`, with the spaces of the "
 "Federal Register's heading: casetext prints 'United Statesv.Intuit Inc.'), 'Download PDF', 'Federal Register', "
 "the date and citation lines ('Dec 16, 2020', '85 Fed. Reg. 81501 (Dec. 16, 2020)'). Cut after '... published in "
 "the Federal Register.', before the sentence 'Comments should be directed to Robert A. Lepore, Chief, "
 "Transportation, Energy, and Agriculture Section, Antitrust Division, Department of Justice, 450 Fifth Street NW, "
 "Suite 8000, W', where the excerpt stops mid-word (`truncated`: the section chief's name and the Competitive "
 "Impact Statement are not in the kept text). Kept as written: casetext's straight apostrophes ('Credit Karma's', "
 "'Antitrust Division's') beside its curly quotation marks around 'DDIY', the hyphen in '16(b)-(h)', no comma "
 "after 'On November 25, 2020'. One text per event: the Department's press release of 25 November 2020 "
 "('Justice Department Requires Divestiture of Credit Karma Tax for Intuit to Proceed with Credit Karma "
 "Acquisition') only as the its.network 'News Network' reprint batch 41h saw (not first-party), the Response to "
 "Public Comments (86 FR 22706, 29 April 2021: govinfo.gov, casetext, regulations.vlex.com; a later paper on the "
 "same settlement) and the Final Judgment exhibit on fdocuments.us left out. Found with 'Intuit Credit Karma divest "
 "Credit Karma Tax Square Antitrust Division proposed final judgment Federal Register' (rank 1; batch 41h's lead). "
 + CHECK + "'Intuit', 'Credit Karma', 'Credit Karma Tax', '03441', '81501': 0 in the corpus, the scripts and the "
 "pools (GATHERING.md names Intuit/Credit Karma only as batch 41h's lead); 'Lepore' (cut from the kept text) only "
 "as another person in another matter (train wn-brazil-blames-human-error-2006-midair-2008, batch 25a).", True))

# ---- Waste Management / Advanced Disposal, Federal Register notice, 3 November 2020 ---------------------------------
U2 = "https://regulations.justia.com/regulations/fedreg/2020/11/03/2020-24221.html"
R.append(federal(
 "us-doj-federal-register-waste-management-advanced-disposal-proposed-final-judgment-2020", U2, "2020-11-03",
 "United States, et al. v. Waste Management, Inc., et al. Proposed Final Judgment and Competitive Impact Statement",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)\u2013(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America, et al. v. Waste Management, Inc., et "
 "al., Civil Action No. 1:20\u2013cv\u20133063. On October 23, 2020, the United States filed a Complaint alleging "
 "that Waste Management, Inc.\u2019s proposed acquisition of Advanced Disposal Services, Inc. would violate Section "
 "7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed at the same time as the Complaint, requires "
 "Waste Management and Advanced Disposal Services to divest certain tangible and intangible assets in 57 local "
 "markets located in 10 states.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection "
 "on the Antitrust Division\u2019s website at https://www.justice.gov/atr and at the Office of the Clerk of the "
 "United States District Court for the District of Columbia. Copies of these materials may be obtained from the "
 "Antitrust Division upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto will be posted on the Antitrust Division\u2019s website, filed with the Court, "
 "and, under certain circumstances, published in the Federal Register.",
 "waste management", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice 'United States, et al. v. Waste "
 "Management, Inc., et al. Proposed Final Judgment and Competitive Impact Statement' (85 FR 70004, FR Doc. "
 "2020-24221), 2020-11-03, US federal government work (public domain); text as regulations.justia.com reproduces "
 "the printed page, from the search tool's page store at " + U2,
 FRJ,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 3 November 2020 (85 FR 70004-70026, FR Doc. "
 "2020-24221; kept as `published`) as regulations.justia.com reproduces the printed page's text (the page store "
 "holds it twice, once as one run of text and once with the printed column's line breaks; the two give the same "
 "words). Left out: the host's heading line ('United States, et al. v. Waste Management, Inc., et al. Proposed "
 "Final Judgment and Competitive Impact Statement, 70004-70026 [2020-24221]') and 'Download as PDF', the page number "
 "and running header ('70004 Federal Register / Vol. 85, No. 213 / Tuesday, November 3, 2020 / Notices'), "
 "'DEPARTMENT OF JUSTICE Antitrust Division' and the notice's title (kept as `title`). The printed column's line "
 "breaks joined with single spaces (no hyphenated word was split across lines); the notice's three paragraphs "
 "separated by blank lines where the printed page starts a new line for them ('Copies of the Complaint ...', "
 "'Public comment is invited ...'). Cut after '... published in the Federal Register.', before the sentence "
 "'Comments should be directed to Katrina Rouse, Chief, Defense, Industrials, and Aerospace', where the excerpt "
 "stops mid-sentence (`truncated`: the section chief's post and the Competitive Impact Statement, with the five "
 "states that joined the suit and GFL Environmental Inc. as the divestiture buyer, are not in the kept text). Kept "
 "as written: the en dashes in '16(b)\u2013(h)' and '1:20\u2013cv\u20133063', the curly apostrophes, no comma after "
 "'responses thereto'. One text per event: the Department's press release of 23 October 2020 ('Justice Department "
 "Requires Waste Management To Divest Assets In Order To Proceed With Advanced Disposal Services Acquisition') only "
 "as reprints (its.network 'News Network', shelbycountypost.com) and in news and law-firm notes "
 "(wastetodaymagazine.com, mitchellwilliamslaw.com, stateagreport.com, polarservicecenter.net), not first-party, "
 "left out. Found with 'Justice Department requires Waste Management to divest assets Advanced Disposal Services "
 "acquisition press release' (ranks 4 and 7). "
 + CHECK + "'Advanced Disposal', 'Katrina Rouse', 'GFL', '3063', '70004': 0 in the corpus, GATHERING.md, the scripts "
 "and the pools; 'Waste Management' only in other matters by the files' names (dev us-sec-stericycle-latin-america-"
 "bribery-miami-regional-office-2022, test voa-asean-eu-trade-talks-texas-instruments-clsa-water-fund-2007; "
 "batches 38z, 41j), as a sector name in GATHERING.md.", True))

# ---- HP Russia, Office of Public Affairs, 11 September 2014 ----------------------------------------------------------
U3 = "https://www.justice.gov/opa/pr/hewlett-packard-russia-pleads-guilty-and-sentenced-bribery-russian-government-officials"
R.append(federal(
 "us-doj-hewlett-packard-russia-pleads-guilty-sentenced-bribery-2014", U3, "2014-09-11",
 "Hewlett-Packard Russia Pleads Guilty to and Sentenced for Bribery of Russian Government Officials",
 "ZAO Hewlett-Packard A.O. (HP Russia), an international subsidiary of the California technology company "
 "Hewlett-Packard Company (HP Co.), pleaded guilty today to felony violations of the Foreign Corrupt Practices Act "
 "(FCPA) and was then sentenced for bribing Russian government officials to secure a large technology contract "
 "with the Office of the Prosecutor General of the Russian Federation.\n\n"
 "Principal Deputy Assistant Attorney General Marshall L. Miller of the Justice Department\u2019s Criminal Division, "
 "U.S. Attorney Melinda Haag of the Northern District of California, Assistant Director in Charge Andrew G. McCabe "
 "of the FBI\u2019s Washington Field Office and Chief Richard Weber of the Internal Revenue Service \u2013 Criminal "
 "Investigation (IRS-CI) made the announcement.\n\n"
 "HP Russia pleaded guilty this morning before U.S. District Judge D. Lowell Jensen of the Northern District of "
 "California to conspiracy and substantive violations of the anti-bribery and accounting provisions of the FCPA. "
 "According to the plea agreement, HP Russia executives created a multimillion dollar secret slush fund, at least "
 "part of which was used to bribe Russian government officials who awarded the company a contract valued at more "
 "than \u20ac 35 million.\n\n"
 "At the conclusion of the plea proceeding, the court sentenced HP Russia to pay a $58,772,250 fine.\n\n"
 "\u201cIn a brazen violation of the FCPA, Hewlett Packard\u2019s Russia subsidiary used millions of dollars in "
 "bribes from a secret slush fund to secure a lucrative government contract,\u201d said Principal Deputy Assistant "
 "Attorney General Miller.",
 "information technology", "legal,ownership",
 "U.S. Department of Justice, Office of Public Affairs, press release 'Hewlett-Packard Russia Pleads Guilty to and "
 "Sentenced for Bribery of Russian Government Officials', 2014-09-11, US federal government work (public domain); "
 "text from the search tool's page store at " + U3,
 OPA,
 "The Office of Public Affairs' release on justice.gov. Left out: 'Skip to main content', 'Press Release', the "
 "headline (kept as `title`, its two printed lines joined with a space), 'For Immediate Release', 'Office of Public "
 "Affairs', the sub-heading 'HP and Subsidiaries Will Pay $108 Million in Criminal and Regulatory Penalties', the "
 "two spaces after the third paragraph's last full stop. Cut after the first sentence of Miller's quotation and "
 "its attribution ('... said Principal Deputy Assistant Attorney General Miller.'), before his next sentences "
 "('Even more troubling was that the government contract up for sale was with Russia\u2019s top prosecutor\u2019s "
 "office. Tech companies, like all companies, mu'), where the excerpt stops mid-word (`truncated`: the rest of the "
 "quotation, the other officials' statements and the facts of the scheme are not in the kept text). `published` "
 "11 September 2014: no date line in the excerpt; USA Today's story of 11 September 2014 ('Hewlett-Packard's "
 "Russia subsidiary pleaded guilty Thursday', a statement from U.S. Attorney Haag's office) and Bay City News on "
 "sfappeal.com (2014/09, the plea 'today' before Judge Lowell Jensen, the $58.8 million fine) date it; the plea "
 "agreement and the Polish and Mexican subsidiaries' resolutions were announced on 9 April 2014 (another release, "
 "not taken). Kept as written: 'Internal Revenue Service \u2013 Criminal Investigation' with a spaced en dash, "
 "'\u20ac 35 million' with a space, 'Hewlett Packard\u2019s' without a hyphen in the quotation, the curly quotation "
 "marks and apostrophes. One text per event: the Department's release of 9 April 2014 on the plea agreement and "
 "the HP Poland and HP Mexico resolutions (only as the ionglobaltrends.com reprint, 'U.S. Department of Justice "
 "Office of Public Affairs WASHINGTON\u2014ZAO Hewlett-Packard A.O. ...', Deputy Assistant Attorney General Bruce "
 "Swartz and Assistant Director in Charge Valerie Parlave named), news (USA Today, sfappeal, cs.com.cn) and "
 "law-firm notes (lexology, jdsupra/Dorsey, amlpartners) left out. Found with 'Hewlett-Packard Russian Polish "
 "Mexican subsidiaries plead guilty ZAO Hewlett-Packard A.O. Justice Department press release' (rank 5). "
 + CHECK + "'HP Russia', 'Hewlett-Packard Russia', 'ZAO Hewlett', 'Melinda Haag', 'Marshall L. Miller', 'Lowell "
 "Jensen', 'Prosecutor General of the Russian': 0 in the corpus, GATHERING.md, the scripts and the pools; "
 "'Hewlett-Packard' only in other matters by the files' names (EDS, Palm, Autonomy, Sun, SAP, the 2006 chairman's "
 "resignation and others; no corpus file naming Hewlett-Packard names bribery, the FCPA or the Prosecutor "
 "General); 'McCabe' only as Andrew McCabe in another post and matter (dev wn-changing-position-president-trump-"
 "says-fbi-2017, batch 31g); 'Richard Weber' in batch 41p's VimpelCom release (dev: another matter, the same IRS-CI "
 "chief).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
