#!/usr/bin/env python3
"""Batch 48d (session 49, gatherer 48d): three more companies charged by the SEC under the Foreign Corrupt Practices
Act's books and records and internal controls provisions over the U.N. Oil for Food Program -- a Rhode Island-based
industrial equipment company whose David Brown French subsidiaries paid kickbacks to Iraq and bribes in five other
countries; a California oil company whose third-party sellers paid surcharges on its Iraqi crude purchases; a
Texas-based pump and valve maker whose French subsidiary Flowserve Pompes paid kickbacks to Iraq -- and the SEC's
default judgment against the unknown buyers of InVision Technologies call options, told in two SEC litigation
releases of 2005 and 2007, an SEC press release of 2007 and an SEC News Digest item of 2008 (US federal government
works, 17 U.S.C. 105), the second round of session 49 in the federal SEC lane (after batches 40zm ... 47y and 48a),
on new matters (48a's leads: the InVision call-options case, LR 18657 / LR 19414, one taken; other Oil for Food
releases on sec.gov, asked by company name; every company name, release number and docket was checked first against
the corpus files, GATHERING.md, the gather scripts and the session-49 pools) -- first-party SEC text, the sec.gov
pages as the search tool's page store holds them (two of them as a federal web archive holds the sec.gov page):
  - the SEC's Litigation Release No. 20251 (23 August 2007, SEC v. Textron Inc., Civil Action No. 07 CV 01505
    (D.D.C.) (CKK)): Textron Inc., 'a Rhode Island-based industrial equipment company', "two of Textron's David Brown
    French subsidiaries" (sec.gov's 'litigation/litreleases/2007/lr20251.htm');
  - the SEC's press release 2007-230 (14 November 2007, 'Chevron to Pay $30 Million to Settle Charges For Improper
    Payments to Iraq Under U.N. Oil For Food Program'): Chevron Corporation, 'based in San Ramon, Calif.', Linda
    Chatman Thomsen, 'Director of the SEC's Division of Enforcement' (sec.gov's 'news/press/2007/2007-230.htm');
  - the SEC News Digest, Issue 2008-35 (21 February 2008), its first enforcement item ('SEC Files Settled Books and
    Records and Internal Controls Charges Against Flowserve Corporation ...'): Flowserve Corporation, 'a Texas-based
    manufacturer of pumps, valves, seals', 'A French Flowserve subsidiary, Flowserve Pompes' (sec.gov's
    'news/digest/2008/dig022108.htm' as the UNT Libraries' End of Term 2008 web archive holds it);
  - the SEC's Litigation Release No. 19414 (5 October 2005, SEC v. One or More Unknown Purchasers of Call Options for
    the Common Stock of InVision Technologies, Inc., 04 Civ. 02037 (WHP) (S.D.N.Y.)): the default judgment of the
    U.S. District Court for the Southern District of New York (sec.gov's 'litigation/litreleases/lr19414.htm' as the
    UNT Libraries' CyberCemetery holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', a page's name line, 'U.S.
SECURITIES AND EXCHANGE COMMISSION'), 'FOR IMMEDIATE RELEASE', the release or issue number, the dateline, release,
caption, section and sub-heading lines are left out (a heading kept as `title`, the release date as `published`); no
word added or changed; paragraphs joined by a blank line; each text cut at the last full sentence before the store's
excerpt breaks off (Textron's and Flowserve's before or after a lone 'According to the Commission's ...:' line, as
the notes say). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch48d.py [POOL_DIR] [--dry]   (default /tmp/gather49d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC   # the origin line of an sec.gov page as a federal web archive holds it

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-49 pools /tmp/gather49*/pool (48a's three and 48c's one when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49d/pool"
R = []

# ---- Textron Inc., Litigation Release No. 20251, 23 August 2007 (sec.gov) --------------------------------------------
U1 = "https://sec.gov/litigation/litreleases/2007/lr20251.htm"
T1 = ("SEC Files Settled Books and Records and Internal Controls Charges Against Textron Inc. For Improper Payments to "
      "Iraq Under the U.N. Oil for Food Program")
R.append(federal(
 "us-sec-textron-david-brown-french-subsidiaries-iraq-oil-for-food-kickbacks-fcpa-2007", U1, "2007-08-23", T1,
 "The Securities and Exchange Commission today filed Foreign Corrupt Practices Act books and records and internal "
 "controls charges against Textron Inc., a Rhode Island-based industrial equipment company, in the U.S. District "
 "Court for the District of Columbia. The Commission's complaint alleges that from approximately 2001 through 2003, "
 "two of Textron's David Brown French subsidiaries authorized and made approximately $650,539 in kickback payments in "
 "connection with its sale of humanitarian goods to Iraq under the U.N. Oil for Food Program. The kickbacks were "
 "made in the form of \"after-sales service fees,\" however no bona fide services were actually rendered. The Program "
 "was intended to provide humanitarian relief for the Iraqi population, which faced severe hardship under "
 "international trade sanctions. Iraq was allowed to purchase humanitarian goods through a U.N. escrow account. "
 "However, according to the complaint, the kickbacks paid by Textron's subsidiaries bypassed the escrow account and "
 "were instead paid by third parties to Iraqi-controlled accounts. The contracts submitted to the U.N. did not "
 "disclose that the cost of the illicit payments were included in the inflated contract price. The Complaint also "
 "alleges that Textron's subsidiaries made illicit payments of $114,995 to secure thirty-six contracts in the United "
 "Arab Emirates, Bangladesh, Indonesia, Egypt, and India from 2001 to 2005.",
 "industrial equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20251, August 23, 2007 (SEC v. Textron Inc., Civil "
 "Action No. 07 CV 01505 (D.D.C.) (CKK)), US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/2007/lr20251.htm' address): first-party text, no third-party copy. Left out: the page's "
 "name line 'Textron Inc.', 'U.S. SECURITIES AND EXCHANGE COMMISSION', the release line 'Litigation Release No. "
 "20251 / August 23, 2007' (the date kept as `published`), the caption 'SEC v. Textron Inc., Civil Action No. 07 CV "
 "01505 (D.D.C.) (CKK)'. The heading: `title` keeps its first half ('SEC Files Settled Books and Records and Internal "
 "Controls Charges Against Textron Inc. For Improper Payments to Iraq Under the U.N. Oil for Food Program') as "
 "written; the mis-encoded dash after it ('\u00e2\u20ac\"', as 48a's Volvo heading) and its second half 'Company "
 "Agrees to Pay Over $3.5 Million and to Make Certain Undertakings Regarding its Foreign Corrupt Practices Act "
 "Compliance Program' cut. Cut after the first paragraph ('... from 2001 to 2005.'): the next line, 'According to "
 "the Commission's Complaint:', only leads into the third paragraph, whose first sentence 'Textron subsidiaries David "
 "Brown Guinard Pumps S.A.S. and David Brown Tran' breaks off where the store's excerpt ends (`truncated`); a text "
 "ending on a lead-in colon is left out with it, and the two named subsidiaries are lost. Kept as written: 'For' "
 "capitalised in the heading, 'Complaint' capitalised in 'The Complaint also alleges' beside 'complaint' earlier, "
 "'\"after-sales service fees,\" however' (the comma inside the straight quotation marks, 'however' without a "
 "semicolon), 'the cost of the illicit payments were included', 'thirty-six' in words, the straight apostrophes. "
 "208 words. One text per matter: the Justice Department's release on Textron's non-prosecution agreement (the DOJ "
 "lane's), Textron's own 8-K exhibit 99.1 (an EDGAR copy of a company statement), the Securities Law Prof Blog "
 "(lawprofessors.typepad), foley, fcpa.shearman, fcpa.aoshearman and the World Bank STAR pages left out. Found with "
 "'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release Textron Oil for Food' (rank 5). "
 + CHECK + "'Textron' (one train file: a Wikinews story on Cessna's aircraft under the Textron banner, another "
 "matter, and batch 23a's scripts and GATHERING.md section of it), 'David Brown', 'Guinard', '07 CV 01505', "
 "'lr20251': 0; '20251': seven corpus files and five scripts by file name (numbers inside other texts: Federal "
 "Register pages, amounts; none on Textron).",
 True))

# ---- Chevron Corporation, press release 2007-230, 14 November 2007 (sec.gov) ------------------------------------------
U2 = "http://www.sec.gov/news/press/2007/2007-230.htm"
T2 = "Chevron to Pay $30 Million to Settle Charges For Improper Payments to Iraq Under U.N. Oil For Food Program"
R.append(federal(
 "us-sec-chevron-iraq-oil-for-food-surcharges-third-parties-30-million-settlement-fcpa-2007", U2, "2007-11-14", T2,
 "The Securities and Exchange Commission today charged Chevron Corporation for its role in illegal kickback payments "
 "that were made to Iraq in 2001 and 2002 in connection with the company's purchases of crude oil under the U.N. Oil "
 "for Food Program.\n\n"
 "Chevron, based in San Ramon, Calif., agreed to pay $30 million to settle the charges brought under the Foreign "
 "Corrupt Practices Act (FCPA) without admitting or denying the SEC's allegations.\n\n"
 "The U.N. Oil for Food Program was intended to provide humanitarian relief to the Iraqi people while Iraq was "
 "subject to international trade sanctions. According to the Commission's complaint, third parties under contract "
 "with Chevron made approximately $20 million in illicit payments that bypassed the Oil for Food escrow account and "
 "were paid directly to Iraqi-controlled bank accounts in Jordan and Lebanon. The SEC alleged that Chevron knew, or "
 "should have known, that third parties were using portions of the premiums they received from Chevron's oil "
 "purchases to pay illegal surcharges to Iraq. The SEC also alleged that Chevron failed to devise and maintain a "
 "system of internal accounting controls to detect and prevent such illicit payments, and Chevron's accounting for "
 "its Oil for Food transactions failed to properly record the true nature of the company's payments to third "
 "parties.\n\n"
 "\"This is the Commission's fifth action against a company for participating in the Oil for Food kickback scheme "
 "and demonstrates our continuing commitment to combating violations of the Foreign Corrupt Practices Act,\" said "
 "Linda Chatman Thomsen, Director of the SEC's Division of Enforcement.",
 "oil/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2007-230, 'Chevron to Pay $30 Million to Settle Charges For "
 "Improper Payments to Iraq Under U.N. Oil For Food Program', Washington, D.C., Nov. 14, 2007, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2007/2007-230.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), 'FOR IMMEDIATE RELEASE', '2007-230', the dateline 'Washington, D.C., Nov. 14, 2007 "
 "- ' (kept as `published`; as 48a's Innospec release). Cut after the fourth paragraph (Thomsen's quotation), before "
 "'Cheryl Scarboro, an Associate Director in the Division of Enforcement, added, \"The Co', where the store's excerpt "
 "breaks off (`truncated`): Scarboro and her post are lost with it. Kept as written: 'For' capitalised in the "
 "heading (and 'Oil For Food' there beside 'Oil for Food' in the text), 'Calif.', 'knew, or should have known,' with "
 "its commas, the straight quotation marks and apostrophes, 'Director' capitalised. 254 words. One text per matter: "
 "the SEC's Litigation Release No. 20363 of the same day (sec.gov: the same filing told in the release's own words, "
 "with Iraq's State Oil Marketing Organization and the Southern District of New York, but no person) is the same "
 "matter and left out, as are fcpa.aoshearman's and fcpa.stanford.edu's case pages, foley's, JURIST's (test.jurist), "
 "mondaq's and arentfox's pages. Found with 'sec.gov litigation release Chevron Corporation Oil for Food surcharges "
 "Iraqi oil third parties' (rank 5; LR 20363 rank 6). "
 + CHECK + "'2007-230', '20363' (one unrelated hit: a number inside a DOJ Federal Register text on Dyno Nobel and "
 "its gather script), '07 CIV 10299', '10299', 'San Ramon', 'State Oil Marketing': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'Chevron' in four corpus files by file name (the FTC's Chevron/Hess "
 "order, Wikinews stories on CNOOC's Unocal bid, the Dow's fall and Chad's order: other matters) and GATHERING.md only "
 "as those and 48a's lead; 'Thomsen' and 'Division of Enforcement' in other SEC files (the corpus's director "
 "convention, other matters).",
 True))

# ---- Flowserve Corporation, SEC News Digest 2008-35, 21 February 2008 (sec.gov via the UNT End of Term archive) -------
U3 = "https://webarchive.library.unt.edu/eot2008/20080916011831/http://sec.gov/news/digest/2008/dig022108.htm"
T3 = ("SEC Files Settled Books and Records and Internal Controls Charges Against Flowserve Corporation For Improper "
      "Payments to Iraq Under the U.N. Oil for Food Program \u2014 Company Agrees to Pay Over $6.5 Million in Civil "
      "Penalties, Disgorgement of Profits, and Prejudgment Interest")
R.append(federal(
 "us-sec-flowserve-french-subsidiary-flowserve-pompes-iraq-oil-for-food-kickbacks-fcpa-2008", U3, "2008-02-21", T3,
 "The Commission today filed Foreign Corrupt Practices Act books and records and internal controls charges against "
 "Flowserve Corporation (Flowserve) in the U.S. District Court for the District of Columbia. Flowserve is a "
 "Texas-based manufacturer of pumps, valves, seals, and related automation and services to the power, oil, gas, and "
 "chemical industries. The Commission's complaint alleges that from 2001 through 2003, two of Flowserve's subsidiaries "
 "entered into a total of twenty contracts in which $646,488 in kickback payments were made and another $173,758 were "
 "authorized in connection with sales of industrial equipment to Iraqi government entities under the U.N. Oil for "
 "Food Program (Program). The kickbacks were characterized as \"after-sales service fees\" (ASSFs), but no bona fide "
 "services were performed. The Program was intended to provide humanitarian relief for the Iraqi population, which "
 "faced severe hardship under international trade sanctions. The Program allowed the Iraqi government to purchase "
 "humanitarian goods through a U.N. escrow account. The kickbacks paid by Flowserve's subsidiaries diverted funds out "
 "of the escrow account and into an Iraqi slush fund. The contracts submitted to the U.N. did not disclose that the "
 "illicit payments were included in the inflated contract prices.\n\n"
 "According to the Commission's complaint:\n\n"
 "A French Flowserve subsidiary, Flowserve Pompes, entered into fifteen Program contracts involving kickback payments "
 "of $604,651.",
 "pumps and valves/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-35, February 21, 2008, Enforcement "
 "Proceedings, 'SEC Files Settled Books and Records and Internal Controls Charges Against Flowserve Corporation For "
 "Improper Payments to Iraq Under the U.N. Oil for Food Program', US federal government work (public domain); text "
 "of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page store "
 "at " + U3,
 SEC_ARC,
 "An SEC News Digest item (a US federal work, public domain) on sec.gov (news/digest/2008/dig022108.htm) as the End "
 "of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (44d's "
 "HealthSouth and 44r's Engineered Support texts the same way), no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'SEC News Digest', 'Issue 2008-35', the date line 'February 21, 2008' (kept as `published`), the section line "
 "'ENFORCEMENT PROCEEDINGS'; the item's heading kept whole as `title`, its em dash a true one in the stored text "
 "(not mis-encoded, unlike 48a's Volvo heading). Only the digest's first item is taken, and it is the whole text. "
 "Cut after the third paragraph's first sentence ('... kickback payments of $604,651.'), before 'Flowserve Pompes "
 "agreed to, but did not ultimately make, ', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'According to the Commission's complaint:' as a paragraph of its own (lower-case 'complaint' here, unlike 48a's "
 "'Complaint'), the bracketed short names '(Flowserve)', '(Program)' and '(ASSFs)' without quotation marks, the "
 "straight quotation marks of '\"after-sales service fees\"', 'twenty' and 'fifteen' in words, the straight "
 "apostrophes. The SEC's full name is never written in the text (only 'The Commission'). 214 words. One text per "
 "matter: the SEC's Litigation Release on Flowserve (no sec.gov page came back), the Justice Department's release "
 "on Flowserve's deferred prosecution agreement and Flowserve Pompes' information (the DOJ lane's), foley's, "
 "fcpablog's, cfo.com's, fcpa.shearman's, fcpa.aoshearman's and the World Bank STAR pages left out. Found with "
 "'sec.gov litigation release Flowserve Corporation Oil for Food kickbacks French subsidiary Dutch subsidiary' "
 "(rank 1). "
 + CHECK + "'Flowserve' (one dev file by name: the Justice Department's 2000 Federal Register notice on Flowserve's "
 "purchase of Ingersoll-Dresser Pump, an antitrust matter, and its gather scripts and GATHERING.md rows), 'Flowserve "
 "Pompes', '2008-35', 'dig022108': 0 in the corpus files, GATHERING.md, the gather scripts and the pools.",
 True))

# ---- InVision Technologies call options, Litigation Release No. 19414, 5 October 2005 (sec.gov via UNT) ---------------
U4 = ("https://cybercemetery.unt.edu/archive/oilspill/20130218031932/http://www.sec.gov/litigation/litreleases/"
      "lr19414.htm")
T4 = "Commission Awarded Default Judgment in Connection with Suspicious Purchases of InVision Technologies, Inc. Call Options"
R.append(federal(
 "us-sec-invision-technologies-unknown-call-options-purchasers-default-judgment-insider-trading-2005", U4, "2005-10-05",
 T4,
 "On September 27, 2005, the U.S. District Court for the Southern District of New York entered a final judgment by "
 "default in Securities and Exchange Commission v. One or More Unknown Purchasers of Call Options for the Common Stock "
 "of InVision Technologies, Inc., 04 Civ. 02037 (WHP) (S.D.N.Y. filed March 16, 2004), permanently restraining and "
 "enjoining one or more unknown purchasers of call options for the common stock of InVision Technologies, Inc. (the "
 "\u201cDefendant Unknown Purchasers\u201d) from violating Section 10(b) of the Securities Exchange Act of 1934 "
 "(\u201cExchange Act\u201d) and Rule 10b-5 thereunder. The District Court further ordered that the Defendant Unknown "
 "Purchasers are liable for disgorgement of $2,699,287.57, representing profits gained as a result of the conduct "
 "alleged in the Commission\u2019s Complaint in this litigation, together with prejudgment interest in the amount of "
 "$93,482.00, for a total of $2,792,769.57. Finally, the Court ordered the Defendant Unknown Purchasers to pay a civil "
 "penalty in the amount of $377,786.50, pursuant to Section 21A of the Exchange Act. Accordingly, the Defendant "
 "Unknown Purchasers are liable for an aggregate amount of $3,170,556.07.",
 "explosive-detection systems/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19414, October 5, 2005 (Securities and Exchange "
 "Commission v. One or More Unknown Purchasers of Call Options for the Common Stock of InVision Technologies, Inc., "
 "04 Civ. 02037 (WHP) (S.D.N.Y. filed March 16, 2004)), US federal government work (public domain); text of the "
 "sec.gov page as the UNT Libraries' CyberCemetery web archive holds it, from the search tool's page store at " + U4,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr19414.htm) as "
 "the UNT Libraries' CyberCemetery (cybercemetery.unt.edu, a federal web archive) holds the page: the SEC's own page, "
 "archived unchanged (as 44d's and 44r's End of Term copies), no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'U.S. SECURITIES & EXCHANGE COMMISSION', the release line 'Litigation Release No. 19414 / October 5, 2005' (the "
 "date kept as `published`), the heading (kept as `title`), the sub-heading 'SEC to Recover over $3 Million in "
 "Proceeds from Orders Placed Through Foreign Accounts Just Ahead of Acquisition Announcement' and the caption line "
 "(the same case name and number as the text's first sentence repeats). Cut after the first paragraph ('... "
 "$3,170,556.07.'), before 'The Commission\u2019s Complaint alleged that the Defendant Unknown Purchasers engaged in "
 "illegal insider trading in call options of InVision Technologies, Inc. (\u201cInVision', where the store's excerpt "
 "breaks off (`truncated`). Kept as written: the case name and docket inside the first sentence, the curly quotation "
 "marks and apostrophe, 'Complaint' capitalised, 'prejudgment', '$93,482.00'. 179 words. One text per matter (48a's "
 "lead: 'LR 18657 and LR 19414 are the same matter: take one'): the SEC's Litigation Release No. 18657 of 2004 on the "
 "preliminary injunction (sec.gov, rank 1; it names General Electric, UBS Securities LLC and Deutsche Bank, but the "
 "stored page has lost its release line and heading, so its date is unknown from the page) left out for it; the "
 "pslranugget blog on the InVision shareholder suit (another matter) left out. Found with 'Litigation Release No. "
 "18657 SEC freezes proceeds suspicious purchases InVision Technologies call options General Electric acquisition "
 "announcement' (rank 2). "
 + CHECK + "'InVision' (GATHERING.md only: 48a's and earlier rounds' not-used lists and leads on the FCPA matter and "
 "this one), '18657', '19414' (GATHERING.md only, the same lines), '04 Civ. 02037', 'Unknown Purchasers': 0 in the "
 "corpus files, the gather scripts and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
