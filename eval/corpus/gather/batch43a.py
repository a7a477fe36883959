#!/usr/bin/env python3
"""Batch 43a (session 44, gatherer 43a): company executives with their posts, a bank's division and an SEC official
with her post, a steel-pipe maker with its unnamed Brazilian subsidiary and the state-owned company it won business
from, told in US Securities and Exchange Commission texts (US federal government works, 17 U.S.C. 105), a round after
batches 42a, 42e, 42g, 42j, 42v and 42y in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q,
42a, 42e, 42g, 42j, 42v, 42y) -- first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's press release 2020-281 (13 November 2020, 'SEC Charges Former Wells Fargo Executives for Misleading
    Investors About Key Performance Metric'): John G. Stumpf, former CEO and Chairman of Wells Fargo & Co., and
    Carrie L. Tolstedt, former head of Wells Fargo's Community Bank; Stephanie Avakian, Director of the SEC's Division
    of Enforcement, quoted;
  - the SEC's press release 2022-98 (2 June 2022, 'SEC Charges Global Steel Pipe Manufacturer with Violating Foreign
    Corrupt Practices Act'): Luxembourg-based Tenaris, its Brazilian subsidiary and the Brazil state-owned entity
    Petrobras, Tenaris's 2011 agreements with the Department of Justice and the SEC over Uzbekistan; Charles Cain,
    Chief of the SEC Enforcement Division's FCPA Unit, quoted;
  - the SEC's Litigation Release No. 24678 (26 November 2019, 'SEC Charges Biotech Company and Executives with
    Accounting Fraud'): Georgia-based MiMedx Group Inc. and its former CEO Parker H. "Pete" Petit, former COO William
    C. Taylor and former CFO Michael J. Senken.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page-type lines, subheadings, release-number and
caption lines, datelines and headings are left out (the heading kept as `title`, the date as `published`); no word
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch43a.py [POOL_DIR] [--dry]   (default /tmp/gather44a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch42a import CHECK as CHECK43
from batch41e import SEC_ORIGIN

# batch42a's check note (batch41b's), with this session's pools (the session-44 gatherers' /tmp/gather44*/pool)
CHECK = CHECK43.replace("the session-43 pools /tmp/gather43*/pool", "the session-44 pools /tmp/gather44*/pool")
assert CHECK != CHECK43
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44a/pool"
R = []

# ---- Wells Fargo, Stumpf and Tolstedt, press release 2020-281, 13 November 2020 -------------------------------------
U1 = "https://www.sec.gov/newsroom/press-releases/2020-281"
R.append(federal(
 "us-sec-wells-fargo-former-ceo-stumpf-community-bank-tolstedt-2020", U1, "2020-11-13",
 "SEC Charges Former Wells Fargo Executives for Misleading Investors About Key Performance Metric",
 "The Securities and Exchange Commission today charged former Wells Fargo & Co. CEO and Chairman John G. Stumpf and "
 "former head of Wells Fargo\u2019s Community Bank Carrie L. Tolstedt for their roles in allegedly misleading "
 "investors about the success of the Community Bank, Wells Fargo\u2019s core business. The SEC\u2019s filings include "
 "settled charges against Stumpf, who agreed to pay a $2.5 million penalty, and a litigated action alleging Tolstedt "
 "committed fraud. The SEC previously filed settled charges against Wells Fargo for engaging in the misconduct.\n\n"
 "According to the SEC\u2019s complaint against Tolstedt, from mid-2014 through mid-2016, Tolstedt publicly described "
 "and endorsed Wells Fargo\u2019s \u201ccross-sell metric\u201d as a means of measuring Wells Fargo\u2019s financial "
 "success despite the fact that this metric was inflated by accounts and services that were unused, unneeded, or "
 "unauthorized. The complaint further alleges that Tolstedt signed misleading sub-certifications as to the accuracy "
 "of Wells Fargo\u2019s public disclosures when she knew or was reckless in not knowing that statements in those "
 "disclosures regarding Wells Fargo\u2019s cross-sell metric were materially false and misleading.\n\n"
 "The SEC\u2019s order against Stumpf finds that in 2015 and 2016 he signed and certified statements filed with the "
 "Commission, which he should have known were misleading, regarding both Wells Fargo\u2019s Community Bank "
 "cross-sell strategy and its reported metric. According to the order, Stumpf failed to assure the accuracy of his "
 "certifications after being put on notice that Wells Fargo was misleading the public about the cross-sell "
 "metric.\n\n"
 "\u201cIf executives speak about a key performance metric to promote their business, they must do so fully and "
 "accurately,\u201d said Stephanie Avakian, Director of the SEC\u2019s Division of Enforcement.",
 "banking/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2020-281 'SEC Charges Former Wells Fargo Executives for "
 "Misleading Investors About Key Performance Metric', Washington D.C., Nov. 13, 2020, US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'newsroom/press-releases/YYYY-NNN' address): first-party text, no third-party copy. Left out: the heading (kept "
 "as `title`), the dateline 'Washington D.C., Nov. 13, 2020 \u2014' (kept as `published`, as 41q, 42e, 42g, 42j and "
 "42y cut theirs); cut inside the fourth paragraph after the quotation's first sentence and its attribution, before "
 "its second sentence ('The Commission will continue to hol...'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the curly quotation marks and apostrophes, 'Wells Fargo & Co.', 'mid-2014', "
 "'sub-certifications', 'Director' capitalised. 271 words. One text per matter: seekingalpha.com, thinkadvisor.com, "
 "bankingdive.com, pymnts.com, fool.com, fa-mag.com and a CNN story's proxy copy (initialnews.com) left out (news "
 "and digests of the same release). Found with 'SEC Charges Former Wells Fargo Executives John Stumpf Carrie "
 "Tolstedt misleading investors Community Bank' (rank 4). " + CHECK + "'Stumpf', 'Tolstedt', '2020-281', "
 "'cross-sell': 0 everywhere; 'Avakian': one train file (40zm's Musk/Tesla release, another matter) and batch 40zm's "
 "scripts; 'Wells Fargo': other matters only (Wachovia's 2008 sale, Wells Fargo's 2019 data-centre outage and other "
 "texts in train and test, batches 20a, 24c, 28e, 29e, 38t and 38zc); 'Community Bank': other banks' names "
 "(Federal Reserve and FDIC texts).", True))

# ---- Tenaris, press release 2022-98, 2 June 2022 ---------------------------------------------------------------------
U2 = "https://www.sec.gov/newsroom/press-releases/2022-98"
R.append(federal(
 "us-sec-tenaris-brazilian-subsidiary-petrobras-fcpa-2022", U2, "2022-06-02",
 "SEC Charges Global Steel Pipe Manufacturer with Violating Foreign Corrupt Practices Act",
 "The Securities and Exchange Commission today announced that Tenaris, a Luxembourg-based global manufacturer and "
 "supplier of steel pipe products, will pay more than $78 million to resolve charges that it violated the Foreign "
 "Corrupt Practices Act (FCPA) in connection with a bribery scheme involving its Brazilian subsidiary.\n\n"
 "According to the SEC\u2019s order, the resolution with Tenaris is the result of an alleged bribe scheme involving "
 "agents and employees of its Brazilian subsidiary to obtain and retain business from the Brazil state-owned entity "
 "Petrobras. Specifically, the order finds that between 2008 and 2013, approximately $10.4 million in bribes was "
 "paid to a Brazilian government official in connection with the bidding process at Petrobras. The bribes were "
 "funded on behalf of Tenaris\u2019 Brazilian subsidiary by companies affiliated with Tenaris\u2019 controlling "
 "shareholder.\n\n"
 "\"Tenaris failed for many years to implement sufficient internal accounting controls throughout its business "
 "operations despite known corruptions risks,\" said Charles Cain, Chief of the SEC Enforcement Division\u2019s FCPA "
 "Unit. \"This failure created the environment in which bribes were facilitated through a constellation of "
 "companies associated with its controlling shareholder.\"\n\n"
 "This is not the first time Tenaris has been involved in a corruption scheme. In 2011, the company entered into a "
 "Non-Prosecution Agreement with the Department of Justice and a Deferred Prosecution Agreement with the SEC as a "
 "result of alleged bribes the company paid to obtain business from a state-owned entity in Uzbekistan.",
 "steel pipes/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2022-98 'SEC Charges Global Steel Pipe Manufacturer with "
 "Violating Foreign Corrupt Practices Act', Washington D.C., June 2, 2022, US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'newsroom/press-releases/YYYY-NN' address): first-party text, no third-party copy. Left out: the page-type line "
 "'Press Release', the heading (kept as `title`), the subheading 'Tenaris to pay $78 million to settle charges "
 "related to Brazilian bribery scheme', the lines 'For Immediate Release' and '2022-98', the dateline 'Washington "
 "D.C., June 2, 2022 \u2014' (kept as `published`); cut after the fourth paragraph, before 'Tenaris consented to the "
 "SEC\u2019s order without admitting or denying the findings that it violated the anti-bribery, books and records, "
 "and internal...', where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation "
 "marks of the quotation beside the curly apostrophes, 'Tenaris\u2019' without a final s, 'corruptions risks', "
 "'the Brazil state-owned entity', 'Non-Prosecution Agreement' and 'Deferred Prosecution Agreement' capitalised. 233 "
 "words. One text per matter: the SEC's order (scribd copy), davispolk.com (two addresses), "
 "complianceconcourse.willkie.com (two alerts), blog.volkovlaw.com and traceinternational.org left out (the order "
 "names the subsidiary Confab Industrial S.A., which the release does not). Found with 'SEC Charges Tenaris With "
 "FCPA Violations Brazilian subsidiary Confab Petrobras 2022' (rank 4). " + CHECK + "'Tenaris': one train file "
 "(Wikipedia's biography of Paolo Rocca, Tenaris's chief executive: no bribery, 'Petrobras' or 'Uzbekistan' in it) "
 "and batch 32k's script; '2022-98', 'Confab': 0 everywhere; 'Petrobras': other matters (Wikipedia biographies of "
 "Gra\u00e7a Foster and Germ\u00e1n Efromovich, a Wikinews story of 2005; batches 25a, 28a, 35h); 'Charles Cain': "
 "batch 41m's ABB release (test) and batches 41m and 41q (other matters); 'Uzbekistan': other matters (VimpelCom "
 "and Telia's Uzbek bribery, Uzdunrobita, places); 'Luxembourg', 'Brazil': other texts (places).", True))

# ---- MiMedx Group and three former executives, Litigation Release No. 24678, 26 November 2019 ----------------------
U3 = "https://www.sec.gov/litigation/litreleases/2019/lr24678.htm"
R.append(federal(
 "us-sec-mimedx-former-ceo-coo-cfo-revenue-fraud-2019", U3, "2019-11-26",
 "SEC Charges Biotech Company and Executives with Accounting Fraud",
 "The Securities and Exchange Commission today charged Georgia-based biotech company MiMedx Group Inc. and three "
 "former top executives with defrauding investors by misstating the company's revenue and attempting to cover up "
 "their misconduct.\n\n"
 "The SEC alleges that from 2013 to 2017, MiMedx prematurely recognized revenue from sales to MiMedx's distributors "
 "and exaggerated MiMedx's revenue growth. According to the SEC's complaint, MiMedx improperly recognized revenue "
 "because its former CEO Parker H. \"Pete\" Petit and former COO William C. Taylor entered into undisclosed side "
 "arrangements with five distributors. These side arrangements allowed distributors to return product to MiMedx or "
 "conditioned distributors' payment obligations on sales to end users. Petit, Taylor, and former CFO Michael J. "
 "Senken allegedly covered up their scheme for years, even after MiMedx's former controller raised concerns about "
 "MiMedx's accounting for specific distributor transactions. The SEC also alleges that Petit, Taylor, and Senken "
 "all misled MiMedx's outside auditors, members of MiMedx's Audit Committee, and outside lawyers who inquired about "
 "these transactions.",
 "biotechnology/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 24678, November 26, 2019 (Securities and Exchange "
 "Commission v. MiMedx Group, Inc., Parker H. Petit, William C. Taylor, and Michael J. Senken, No. 19-cv-10927 "
 "(S.D.N.Y. filed November 26, 2019)), US federal government work (public domain); text from the search tool's page "
 "store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the archived "
 "'litigation/litreleases/2019' address): first-party text, no third-party copy. Left out: the heading (kept as "
 "`title`), the line 'Litigation Release No. 24678 / November 26, 2019' (kept as `published`) and the case caption "
 "'Securities and Exchange Commission v. MiMedx Group, Inc., Parker H. Petit, William C. Taylor, and Michael J. "
 "Senken, No. 19-cv-10927 (S.D.N.Y. filed November 26, 2019)'; cut after the second paragraph, before the third "
 "('The SEC's complaint, filed today in the Southern District of New York, charges all defendants with violating "
 "the antifraud provisions of Section 17(a) ...', a list of statutes and rules whose second sentence breaks off "
 "where the store's excerpt ends: 'aided and abetted MiMedx's violations o...'; `truncated`). Kept as written: the "
 "straight quotation marks and apostrophes, 'Parker H. \"Pete\" Petit' with the nickname in quotation marks, "
 "'biotech', 'end users' without a hyphen, 'Audit Committee' capitalised. 162 words. One text per matter: the SEC's "
 "press release of the same day (only theindustryspread.com's copy came back: an unchecked copy, which quotes Kurt "
 "Gottschall, Director of the SEC's Denver Regional Office), complianceweek.com, complianceconcourse.willkie.com, "
 "cfodive.com, the complaint (vdocuments.mx and slideshare copies) and wikisum.wiki left out. Found with 'SEC "
 "Charges MiMedx Group and Former Top Executives Parker Petit William Taylor Michael Senken press release 2019' "
 "(rank 1). " + CHECK + "'MiMedx', 'Senken', '24678', '19-cv-10927', 'Gottschall': 0 everywhere; 'Petit' as a word: "
 "one dev file (Alex Petit Bianco, another person, in a Wikinews story of 2017 on a hash collision, as batch 24c's script shows; the dev file not opened) and batch 24c's scripts; 'Georgia': other texts "
 "(places).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
