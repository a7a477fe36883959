#!/usr/bin/env python3
"""Batch 41j (session 42, gatherer 41j): company executives with their posts told in US Securities and Exchange
Commission texts (US federal government works, 17 U.S.C. 105), a round after batch 41e in the federal SEC lane
(batches 40zm, 40zn, 41b, 41e) -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's press release 2023-170 (6 September 2023): Irving, Texas-based Fluor Corporation to pay $14.5 million
    over its accounting on two fixed-price construction projects, with five former and current Fluor officers and
    employees named with their posts (a business-line CFO, the former Chief Accounting Officer and Controller, a
    former business-line president, a former business-line CFO, a former business-line senior vice president);
  - the SEC's Litigation Release No. 25195 (3 September 2021): The Kraft Heinz Company charged over an expense
    management scheme, with its former Chief Operating Officer Eduardo Pelleissone and former Chief Procurement
    Officer Klaus Hofmann;
  - the SEC's press release 2022-65 (20 April 2022): Stericycle, Inc. charged over bribery schemes in Argentina,
    Brazil and Mexico, Eric I. Bustillo, Director of the SEC's Miami Regional Office, quoted.
Text is the search tool's page-store excerpt (corpus `pages`) of the sec.gov pages themselves (no third-party copy, so
no word-for-word check against another copy is needed). Breadcrumbs, headings, sub-headings, release-number lines,
datelines and case captions are left out (the heading kept as `title`); no word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch41j.py [POOL_DIR] [--dry]   (default /tmp/gather42j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import CHECK, SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42j/pool"
R = []

# ---- Fluor Corporation and five officers, press release 2023-170, 6 September 2023 ------------------------------------
U1 = "https://sec.gov/news/press-release/2023-170"
R.append(federal(
 "us-sec-fluor-accounting-improprieties-five-officers-2023", U1, "2023-09-06",
 "SEC Charges Fluor Corp. for Accounting Improprieties",
 "The Securities and Exchange Commission today announced that Irving, Texas-based Fluor Corporation will pay $14.5 "
 "million to settle charges stemming from the company\u2019s improper accounting on two large-scale, fixed-price "
 "construction projects. Five former and current officers and employees also agreed to settle related charges for "
 "causing Fluor\u2019s violations.\n\n"
 "The five former and current Fluor officers and employees who agreed to settle charges for causing Fluor\u2019s "
 "violations are: Bradley R. Scott, a current Fluor business-line CFO, Robin K. Chopra, Fluor\u2019s former Chief "
 "Accounting Officer and Controller; James F. Brittain, a former Fluor business-line president; Jon Eric Best, a "
 "former Fluor business-line CFO; and Kent N. Smith, a former Fluor business-line senior vice president.\n\n"
 "The SEC\u2019s order found that Fluor, a global engineering, procurement, and construction company, bid on the two "
 "projects relying on overly optimistic cost and timing estimates and subsequently experienced cost overruns that "
 "worsened over time. Fluor then failed to sufficiently maintain internal controls to account for the projects in "
 "accordance with the percentage of completion accounting method under U.S. generally accepted accounting "
 "principles (GAAP). According to the SEC\u2019s order, Fluor failed to include all anticipated costs that were known "
 "or should have been known in each project\u2019s respective forecasts\u2014thereby delaying loss recognition on "
 "each. Additionally, Fluor improperly incorporated revenue from unapproved change orders in the forecasts of one of "
 "the projects, including change orders that had not yet been submitted to, or had already been rejected by, the "
 "customer.",
 "engineering and construction/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 2023-170 'SEC Charges Fluor Corp. for Accounting "
 "Improprieties', Washington D.C., Sept. 6, 2023, US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. Left out: 'Breadcrumb', the line 'Press Release', the heading (kept as `title`), the sub-heading "
 "'Five former and current employees charged with causing company\u2019s violations', the lines 'For Immediate "
 "Release' and '2023-170', the dateline 'Washington D.C., Sept. 6, 2023 \u2014' (kept as `published`); cut before the "
 "fourth paragraph ('According to the SEC\u2019s order, the accounting errors on one project caused Flu...'), where "
 "the store's excerpt breaks off (`truncated`). Kept as written: the comma (not a semicolon) after 'a current Fluor "
 "business-line CFO', the unspaced em dash in 'forecasts\u2014thereby', the curly apostrophes. 241 words. One text "
 "per matter: news and law-firm rewrites of the same release (enr.com, cooleypubco.com, sonnlaw.com, "
 "complianceweek.com, grcreport.com, marketscreener.com, cfodive.com, businessinsider.com) and NYU SEED's docket "
 "page left out. Found with 'SEC charges Fluor Corporation former officers cost overruns Matthew McSorley Robin "
 "Chapman administrative proceeding' (rank 1), after a nutter.com digest named the matter (Press Rel. No. 2023-170). "
 + CHECK + "'Fluor', 'Jon Eric Best', '2023-170': 0 everywhere; 'Chopra' only in a dev FTC file and batch17d's "
 "scripts (another person, the FTC chair, as the scripts' names show); 'Brittain' only in Hansard texts of 1927-1928 "
 "and batch29c/32m scripts (another person).", True))

# ---- The Kraft Heinz Company, Pelleissone and Hofmann, Litigation Release No. 25195, 3 September 2021 ---------------
U2 = "https://www.sec.gov/litigation/litreleases/2021/lr25195.htm"
R.append(federal(
 "us-sec-kraft-heinz-former-coo-procurement-officer-accounting-scheme-2021", U2, "2021-09-03",
 "SEC Charges the Kraft Heinz Company and Two Former Executives for Engaging in Years-Long Accounting Scheme",
 "The Securities and Exchange Commission today charged The Kraft Heinz Company with engaging in a long-running "
 "expense management scheme that resulted in the restatement of several years of financial reporting. The SEC also "
 "charged Kraft's former Chief Operating Officer Eduardo Pelleissone and its former Chief Procurement Officer Klaus "
 "Hofmann for their misconduct related to the scheme.\n\n"
 "According to the SEC's order, from the last quarter of 2015 to the end of 2018, Kraft engaged in various types of "
 "accounting misconduct, including recognizing unearned discounts from suppliers and maintaining false and "
 "misleading supplier contracts, which improperly reduced the company's cost of goods sold and allegedly achieved "
 "\"cost savings.\" Kraft, in turn, touted these purported savings to the market, which were widely covered by "
 "financial analysts. The accounting improprieties resulted in Kraft reporting inflated adjusted \"EBITDA,\" a key "
 "earnings performance metric for investors. In June 2019, after the SEC investigation commenced, Kraft restated its "
 "financials, correcting a total of $208 million in improperly-recognized cost savings arising out of nearly 300 "
 "transactions.\n\n"
 "As alleged in the SEC's order and in its complaint against Hofmann, Kraft failed to design and maintain effective "
 "internal accounting controls for its procurement division. As a result, finance and gatekeeping personnel "
 "repeatedly overlooked indications that expenses were being improperly accounted for.",
 "food and beverages/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25195 'SEC Charges the Kraft Heinz Company and Two "
 "Former Executives for Engaging in Years-Long Accounting Scheme', September 3, 2021 (Securities and Exchange "
 "Commission v. Klaus Hofmann, No. 1:21-cv-07407, S.D.N.Y.), US federal government work (public domain); text from "
 "the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. Left out: the heading (kept as `title`), the sub-heading 'Company Will Pay $62 Million to Settle "
 "Charges Related to Inflated Cost Savings That Caused It to Restate Several Years of Financial Reporting', the line "
 "'Litigation Release No. 25195 / September 3, 2021' (kept as `published`), the caption 'Securities and Exchange "
 "Commission v. Klaus Hofmann, No. 1:21-cv-07407 (S.D.N.Y. filed Sept. 3, 2021)'; the third paragraph cut after its "
 "second sentence, before 'In addition, Pelleissone was presented with numerous warning signs that expenses were "
 "being managed through man...', where the store's excerpt breaks off (`truncated`). Kept as written: the straight "
 "apostrophes and quotation marks of this older page, the full stop inside '\"cost savings.\"', "
 "'improperly-recognized'. 212 words. One text per matter: sec.gov's Fair Fund notice on the same matter "
 "(divisions/enforce/claims/khc.htm: a distribution notice, seen by batch 41e), the order and complaint on "
 "third-party hosts (assignmentessays.com, docslib.org, docketalarm.com, plainsite.org) and news rewrites "
 "(bakingbusiness.com, financialregnews.com, foodprocessing.com, benzinga.com, mondaq.com, cips.org, scdigest.com) left "
 "out. Found with 'SEC Charges Kraft Heinz and Two Former Executives Eduardo Pelleissone Timothy Kenesey expense "
 "management scheme press release' (rank 6) and 'SEC Charges the Kraft Heinz Company and Two Former Executives Klaus "
 "Hofmann litigation release 25195' (rank 4), batch 41e's Kraft Heinz lead. "
 + CHECK + "'Kraft Heinz', 'Pelleissone', 'Klaus Hofmann', '25195', '21-cv-07407': 0 in the corpus files and pools "
 "(GATHERING.md names 'Kraft Heinz' and 'Pelleissone' only in batch 41e's not-used list and an earlier batch's "
 "Kraft/Heinz merger item: other texts).", True))

# ---- Stericycle, press release 2022-65, 20 April 2022 ----------------------------------------------------------------
U3 = "https://www.sec.gov/news/press-release/2022-65?utm_medium=email&utm_source=govdelivery"
R.append(federal(
 "us-sec-stericycle-latin-america-bribery-miami-regional-office-2022", U3, "2022-04-20",
 "SEC Charges Stericycle with Bribery Schemes in Latin America",
 "The Securities and Exchange Commission today announced charges against Stericycle, Inc. for violations of the "
 "Foreign Corrupt Practices Act (FCPA) arising out of bribery schemes that took place in Argentina, Brazil, and "
 "Mexico. The company has agreed to pay more than $84 million to settle parallel civil and criminal charges related "
 "to these schemes, including nearly $28.2 million to settle the SEC\u2019s charges.\n\n"
 "The SEC\u2019s order finds that Stericycle, a leading provider of medical waste and other services in 16 countries "
 "worldwide, paid millions of dollars in bribes to obtain and maintain business from government customers in Brazil, "
 "Mexico, and Argentina from at least 2012 to 2016. According to the SEC\u2019s order, Stericycle staff kept and "
 "emailed spreadsheets that identified government customers who received bribes. The bribes were referred to with "
 "code names, including \u201calfa\u201d \u2013 short for alfajores, a sweet cookie popular in Argentina. The scheme "
 "also included sham third-party vendors who used false invoices to conceal cash payments to government clients. "
 "Stericycle also failed to have sufficient internal accounting controls in place, such as a centralized compliance "
 "department, to prevent or even detect the misconduct, and failed to implement its FCPA policies or procedures "
 "prior to 2016.\n\n"
 "\u201cStericycle rapidly expanded in Latin America without any meaningful oversight or compliance measures, as "
 "evidenced by widespread bribery schemes lasting for many years in most of its Latin America operations,\u201d said "
 "Eric I. Bustillo, Director of the SEC\u2019s Miami Regional Office. \u201cCompanies in pursuit of global expansion "
 "cannot disregard the need for appropriate controls.\u201d",
 "waste management/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 2022-65 'SEC Charges Stericycle with Bribery Schemes in "
 "Latin America', Washington D.C., April 20, 2022, US federal government work (public domain); text from the search "
 "tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the store's address keeps a "
 "mailing-list query string after the sec.gov path): first-party text, no third-party copy. Left out: 'Skip to main "
 "content', the heading (kept as `title`), the sub-heading 'Medical Waste Management Service to Pay More Than $84 "
 "Million to U.S. and Brazilian Authorities', the dateline 'Washington D.C., April 20, 2022 \u2014' (kept as "
 "`published`); cut before the fourth paragraph ('Stericycle consented to the SEC\u2019s cease-and-desist order that "
 "it violated t...'), where the store's excerpt breaks off (`truncated`). Kept as written: the spaced en dash in "
 "'\u201calfa\u201d \u2013 short for alfajores', the curly quotation marks and apostrophes. 253 words. One text per "
 "matter: seclaw.com's copy of the same release (it agrees word for word with the sec.gov excerpt over the part "
 "taken), Stanford's FCPA dataset page (naming the subsidiary Medam S.A. de C.V., 'Stericycle Mexico'; a university "
 "database, licence unclear), secactions.com, mondaq, tax.thomsonreuters.com, businessplus.ie and constantinecannon.com "
 "left out. Found with 'sec.gov news press-release SEC charges Stericycle bribery Latin America subsidiaries Brazil "
 "Mexico Argentina' (rank 3). "
 + CHECK + "'Stericycle', 'Bustillo', 'alfajores', '2022-65', '3-20826': 0 everywhere.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
