#!/usr/bin/env python3
"""Batch 40zm (session 41, gatherer 40zm): company executives with their posts told in US Securities and Exchange
Commission press releases (US federal government works, 17 U.S.C. 105), a round of session 41 in the federal lane
(the SEC texts of batches 12, 17c, 18a and 18b), turned to roles -- four SEC releases as third parties reproduce or
quote them:
  - Elon Musk, CEO and Chairman of Tesla, Inc., settling the SEC's fraud charge, Tesla charged and settling, Musk's
    removal as Chairman (29 September 2018; securitiesregulation.blogspot.com's copy);
  - a Buffalo, New York, advisory firm (Grenda Group LLC) and its owner charged over a barred adviser, Walter Grenda,
    with Marc P. Berger, Director of the SEC's New York Regional Office (30 August 2018; the same blog's copy);
  - Nader Pourhassan, the former CEO of CytoDyn Inc., charged with fraud and insider trading over leronlimab
    (December 2022; the release's first two paragraphs as the Securities Docket newsletter quotes them);
  - Michael Brackett, the founder and CEO of Centricity, Inc., charged with an offering fraud (April 2024; the same
    newsletter's quotation).
Text is the search tool's page-store excerpt (corpus `pages`). The copies' own headings, date lines, newsletter
chrome and ellipses are left out; cut where the excerpt breaks off inside a sentence. No word added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch40zm.py [POOL_DIR] [--dry]   (default /tmp/gather41zm/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zm/pool"
BLOG_ORIGIN = "US SEC press release via a securitiesregulation.blogspot.com copy (search tool page store)"
QUOTE_ORIGIN = "US SEC press release as quoted by the Securities Docket newsletter (search tool page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-41 pools /tmp/gather41*/pool: ")
R = []

# ---- Musk / Tesla settlement, 29 September 2018 (securitiesregulation.blogspot.com) ---------------------------------
U1 = "http://securitiesregulation.blogspot.com/2018/09"
R.append(federal(
 "us-sec-musk-tesla-settle-fraud-charges-chairman-2018", U1, "2018-09-29",
 "Elon Musk Settles SEC Fraud Charges; Tesla Charged With and Resolves Securities Law Charge",
 "The Securities and Exchange Commission announced today that Elon Musk, CEO and Chairman of Silicon Valley-based "
 "Tesla, Inc., has agreed to settle the securities fraud charge brought by the SEC against him last week.  The SEC "
 "also today charged Tesla with failing to have required disclosure controls and procedures relating to "
 "Musk\u2019s tweets, a charge that Tesla has agreed to settle.  The settlements, which are subject to court "
 "approval, will result in comprehensive corporate governance and other reforms at Tesla\u2014including "
 "Musk\u2019s removal as Chairman of the Tesla board\u2014and the payment by Musk and Tesla of financial "
 "penalties.\n\n"
 "According to the SEC\u2019s complaint against him, Musk tweeted on August 7, 2018 that he could take Tesla "
 "private at $420 per share \u2014 a substantial premium to its trading price at the time \u2014 that funding for "
 "the transaction had been secured, and that the only remaining uncertainty was a shareholder vote.  The "
 "SEC\u2019s complaint alleged that, in truth, Musk knew that the potential transaction was uncertain and subject "
 "to numerous contingencies.  Musk had not discussed specific deal terms, including price, with any potential "
 "financing partners, and his statements about the possible transaction lacked an adequate basis in fact.  "
 "According to the SEC\u2019s complaint, Musk\u2019s misleading tweets caused Tesla\u2019s stock price to jump by "
 "over six percent on August 7, and led to significant market disruption.\n\n"
 "According to the SEC\u2019s complaint against Tesla, despite notifying the market in 2013 that it intended to "
 "use Musk\u2019s Twitter account as a means of announcing material information about Tesla and encouraging "
 "investors to review Musk\u2019s tweets, Tesla had no disclosure controls or procedures in place to determine "
 "whether Musk\u2019s tweets contained information required to be disclosed in Tesla\u2019s SEC filings.",
 "automotive/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 'Elon Musk Settles SEC Fraud Charges; Tesla Charged With "
 "and Resolves Securities Law Charge', 2018-09-29, US federal government work (public domain); text as "
 "securitiesregulation.blogspot.com reproduces it, from the search tool's page store at " + U1,
 BLOG_ORIGIN,
 "An SEC press release (a US federal work, public domain) as the blog securitiesregulation.blogspot.com reproduces "
 "it in its September 2018 archive page (the page's first post); the blog adds only its date line and the heading, "
 "no words inside the kept paragraphs (as batch 17c's and 17e's third-party copies of federal releases). "
 "`published` 2018-09-29: the post's date line ('Saturday, September 29, 2018'), the release's day ('announced "
 "today'). Left out: the date line and the heading (kept as `title`). Cut after '... disclosed in Tesla\u2019s SEC "
 "filings.', before 'Nor did ', where the excerpt breaks off (`truncated`; the rest of the Tesla paragraph, the "
 "penalties and the officials' quotations are lost). Kept as written: the double spaces between sentences, "
 "'Tesla\u2014including ... board\u2014and' (unspaced dashes) beside '$420 per share \u2014 a substantial premium "
 "... \u2014 that' (spaced), the curly apostrophes. 285 words. One text per event: the charge of 27 September "
 "2018 came back only as news and rewrites (people.com via ahhozon.pages.dev, scroll.in, devicedaily.com, "
 "moguldom.com, benzinga.com), not taken. Found with 'Securities and Exchange Commission today charged founder "
 "and CEO of startup defrauding investors' and 'sec.gov litigation release complaint alleges defendant chief "
 "financial officer company subsidiary' (rank 4), 'FROM: U.S. SECURITIES AND EXCHANGE COMMISSION SEC charges "
 "former CEO chairman company founder' (rank 1). Earlier batches (17c, 18b) saw 'a blog copy of the Musk/Tesla "
 "release' and did not take it; this is that copy. "
 + CHECK + "'funding secured', 'take Tesla private', 'Peikin', 'Avakian': 0; no corpus file names both Tesla and "
 "the SEC ('Elon Musk' is in train and dev files on SpaceX, a Toyota/Tesla SUV and Musk's Twitter purchase: other "
 "events).", True))

# ---- Grenda Group, 30 August 2018 (securitiesregulation.blogspot.com) ------------------------------------------------
U2 = "https://securitiesregulation.blogspot.com/2018/08/"
R.append(federal(
 "us-sec-grenda-group-buffalo-advisory-firm-barred-adviser-2018", U2, "2018-08-30",
 "SEC Charges Buffalo Advisory Firm and Principal With Fraud Relating to Association With Barred Adviser",
 "The Securities and Exchange Commission today filed charges against a Buffalo, New York, investment advisory firm "
 "and its owner for misleading firm clients about its association with a barred investment adviser, who is also "
 "being charged for violating the bar.\n\n"
 "The SEC\u2019s complaint alleges that in 2014, Walter Grenda sold his investment advisory assets, including his "
 "longstanding client base, to Grenda Group LLC and his son, Gregory Grenda, in anticipation of a negative outcome "
 "in an SEC fraud investigation. In 2015, the SEC barred Walter Grenda from association with an investment "
 "adviser, but the SEC alleges that Walter Grenda continued to associate with Grenda Group by meeting with a "
 "prospective client and current clients in the firm\u2019s offices, as well as making discretionary changes to "
 "clients\u2019 investment accounts. The complaint alleges that Grenda Group and Gregory Grenda permitted Walter "
 "Grenda\u2019s association with the firm, failed to disclose his bar to their clients, and made misleading "
 "statements to clients who inquired about Walter Grenda\u2019s bar. The SEC further alleges that Walter Grenda "
 "impersonated a Grenda Group client on a call to the firm\u2019s broker-dealer and, while subject to the "
 "associational bar, Walter Grenda repeatedly impersonated his son on calls to the firm\u2019s broker-dealer, "
 "after which the broker-dealer terminated its relationship with Grenda Group. The complaint alleges that Grenda "
 "Group and Gregory Grenda later made misleading statements to clients and failed to disclose material facts about "
 "the termination.\n\n"
 "\u201cAssociational bars are designed to protect retail investors from those the SEC has deemed unfit to "
 "provide advisory services,\u201d said Marc P. Berger, Director of the SEC\u2019s New York Regional Office.",
 "financial services/investment advice", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 'SEC Charges Buffalo Advisory Firm and Principal With "
 "Fraud Relating to Association With Barred Adviser', 2018-08-30, US federal government work (public domain); "
 "text as securitiesregulation.blogspot.com reproduces it, from the search tool's page store at " + U2,
 BLOG_ORIGIN,
 "An SEC press release (a US federal work, public domain) as securitiesregulation.blogspot.com reproduces it in its "
 "August 2018 archive page (the page's first post); the blog adds only its date line and the heading. `published` "
 "2018-08-30: the post's date line ('Thursday, August 30, 2018'; the release says 'today'). Left out: the date line "
 "and the heading (kept as `title`). Cut inside the last paragraph after '... New York Regional Office.', before "
 "'\u201cHere, we allege that bar was circumvented, and took action to ensure investors are p', where the excerpt "
 "breaks off (`truncated`; a cut inside a paragraph, doubtful: the quotation's second sentence is lost); two "
 "trailing spaces after '... for violating the bar.' dropped. Kept as written: the curly apostrophes and quotation "
 "marks, 'Buffalo, New York, investment advisory firm'. 267 words. Found with 'FROM: U.S. SECURITIES AND EXCHANGE "
 "COMMISSION SEC charges former CEO chairman company founder' (rank 3). "
 + CHECK + "'Grenda', 'Marc P. Berger', 'Marc Berger': 0.", True))

# ---- CytoDyn, Pourhassan charged, December 2022 (Securities Docket's quotation) -------------------------------------
U3 = "https://securitiesdocket.beehiiv.com/p/sec-brings-insider-trading-case-former-biotech-ceo"
R.append(federal(
 "us-sec-cytodyn-former-ceo-pourhassan-fraud-insider-trading-2022", U3, "2022-12-20",
 "SEC Charges Former CEO of Biotech Company CytoDyn with Fraud, Insider Trading",
 "The Securities and Exchange Commission today charged Nader Pourhassan, the former CEO of CytoDyn Inc., with fraud "
 "and insider trading in connection with providing misleading information to shareholders about the progress of a "
 "clinical research treatment for COVID-19 and HIV.\n\n"
 "According to the SEC\u2019s complaint, Pourhassan repeatedly issued press releases exaggerating CytoDyn\u2019s "
 "progress with regard to leronlimab, an antibody that was administered to patients in clinical trials to treat "
 "various diseases. The complaint alleges that, in an April 2020 press release, CytoDyn falsely announced that the "
 "company had submitted a completed Biologics License Application to the U.S. Food and Drug Administration\u2014a "
 "key milestone that caused the company\u2019s stock price to increase. As set forth in the complaint, the FDA "
 "submission was woefully inadequate, and the FDA alerted the company of those deficiencies within days; however, "
 "Pourhassan did not alert shareholders to this information. In the meantime, Pourhassan allegedly sold "
 "approximately $15.8 million worth of CytoDyn stock based on the false information, netting profits of more than "
 "$4.7 million.",
 "biotechnology/securities regulation", "legal,executives",
 "U.S. Securities and Exchange Commission, press release 'SEC Charges Former CEO of Biotech Company CytoDyn with "
 "Fraud, Insider Trading' (December 2022), US federal government work (public domain); text as the Securities "
 "Docket newsletter ('Daily Update from Securities Docket') quotes it, from the search tool's page store at " + U3,
 QUOTE_ORIGIN,
 "The first two paragraphs of an SEC press release (a US federal work, public domain) as the Securities Docket "
 "newsletter quotes them under its 'Clips' heading with the release's headline (kept as `title`); only the quoted "
 "release text is taken (as batch 12's SEC release 'as quoted by theindustryspread.com'); the newsletter's own "
 "words (its masthead, 'People' item, poll, a Peikin interview item) are left out. `published` 2022-12-20: not on "
 "the page; the day the SEC's complaint was filed (a law.com Radar card: filed Tuesday in Maryland District Court, "
 "case 8:22-cv-03284, December 20, 2022), the release's 'today' (doubtful: the newsletter's date is not in the "
 "excerpt). Cut after '... more than $4.7 million.', where the newsletter's quotation ends (`truncated`: the "
 "release's paragraphs on Kazem Kazempour, Sheldon L. Pollock's quotation and the charges are not quoted). Kept as "
 "written: 'Administration\u2014a key milestone' (unspaced dash), the curly apostrophes. 168 words. One text per "
 "event: paynews42.com's rewrite (words changed: 'needed to be more adequate'), the DOJ's indictment release of the "
 "same day as corruptionledger.com and fincrime.news.blog reproduce it, policymed.com and columbian.com (news) not "
 "taken. Found with 'SEC charges biotech company CEO misleading investors press release 2018 blogspot Director of "
 "the SEC's Regional Office said' (rank 2); the date with 'SEC charges Nader Pourhassan former CEO CytoDyn fraud "
 "insider trading leronlimab' (law.com rank 3). "
 + CHECK + "'Pourhassan', 'CytoDyn', 'leronlimab', 'Kazempour': 0.", True))

# ---- Centricity, Brackett charged, April 2024 (Securities Docket's quotation) ----------------------------------------
U4 = "https://securitiesdocket.beehiiv.com/p/sec-charges-founder-aistart-fraudulent-misrepresentations"
R.append(federal(
 "us-sec-centricity-founder-brackett-offering-fraud-2024", U4, "2024-04-19",
 "SEC Charges Founder of Artificial Intelligence Start-Up with Defrauding Investors",
 "The Securities and Exchange Commission filed charges today against Michael Brackett (\u201cBrackett\u201d), the "
 "founder and CEO of purported artificial intelligence start-up Centricity, Inc., for allegedly engaging in a "
 "multimillion-dollar offering fraud.\n\n"
 "According to the SEC\u2019s complaint, from 2019 through 2021, Brackett raised $2.8 million from seven investors "
 "by making fraudulent misrepresentations about Centricity\u2019s customers and revenue as well as Brackett\u2019s "
 "own educational and employment background. The complaint alleges that Brackett repeatedly told prospective "
 "investors that Centricity had contracts with several large national companies and that Centricity\u2019s revenue "
 "was several million dollars while soliciting their investments. In fact, as alleged in the complaint, there is "
 "no evidence that Centricity or Brackett had any contact with most of the companies Brackett asserted were "
 "Centricity\u2019s customers, let alone contracts with them. The complaint also alleges that Centricity had no "
 "revenue in 2020 and less than $60,000 in revenue in 2021.",
 "technology/artificial intelligence start-up", "legal,executives",
 "U.S. Securities and Exchange Commission, release 'SEC Charges Founder of Artificial Intelligence Start-Up with "
 "Defrauding Investors' (April 2024), US federal government work (public domain); text as the Securities Docket "
 "newsletter ('Daily Update from Securities Docket') quotes it, from the search tool's page store at " + U4,
 QUOTE_ORIGIN,
 "The first two paragraphs of an SEC release (a US federal work, public domain) as the Securities Docket "
 "newsletter quotes them under its 'Clips' heading with the release's headline (kept as `title`); only the quoted "
 "release text is taken; the newsletter's own words (masthead, 'SPONSORED BY', 'Good morning!', its pointer line "
 "'\U0001f449 The complaint \u201cfurther alleges that ...\u201d', 'The SEC Complaint is here.', the next item on "
 "Avraham Eisenberg) are left out. The quotation ends '... in revenue in 2021\u2026.': the newsletter's ellipsis "
 "'\u2026' cut, the full stop kept (`truncated`). `published` 2024-04-19: not on the page; the day the complaint "
 "was filed (SEC v. Brackett, Civil Action No. 1:24-cv-02965 (S.D.N.Y.), 'Filed April 19, 2024' as secactions.com "
 "cites it), the release's 'today' (doubtful: the release may be a litigation release of a later day). Kept as "
 "written: the curly quotation marks around 'Brackett', the curly apostrophes. 147 words. One text per event: the "
 "U.S. Attorney's Office (SDNY) release of August 2023 on Brackett's indictment (a federal work too, as "
 "100percentbronx.blogspot.com reproduces it) is an earlier step of the same matter, left for a later round; "
 "secactions.com, scbc-law.org, cybernews.com, crainsnewyork.com and digitalomg.com are commentary or news. Found "
 "with 'Securities and Exchange Commission today charged founder and CEO of startup defrauding investors' (rank "
 "6) and 'SEC charges Michael Brackett founder CEO Centricity artificial intelligence start-up offering fraud' "
 "(rank 5). "
 + CHECK + "'Brackett', 'Centricity': 0.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
