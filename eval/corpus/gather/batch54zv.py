#!/usr/bin/env python3
"""Batch 54zv (session 55, gatherer 54zv): two US federal texts on cartel and benchmark-rigging cases brought by the
Justice Department, each naming a company, its former officer with his post and the heads of the Divisions --
the Office of Public Affairs release of Thursday 10 March 2016 on two former derivatives traders at 'Rabobank
Cooperatieve Centrale Raiffeisen-Boerenleenbank B.A. (Rabobank)', Anthony Allen ('the bank's former global head of
liquidity and finance in London') and Anthony Conti ('a former senior trader on the bank's money markets desk in
London'), sentenced in the Southern District of New York for manipulating U.S. Dollar and Japanese Yen LIBOR
(Assistant Attorneys General Leslie R. Caldwell and Bill Baer, Assistant Director in Charge Paul M. Abbate of the
FBI's Washington Field Office named); the Office of Public Affairs release of Thursday 9 June 2022 on Commercial
Carpet Consultants Inc., 'a Chicago-based commercial flooring contractor', and 'its former president, Jerry P.
Watson', pleading guilty to rigging bids and fixing prices for commercial flooring (Assistant Attorney General
Jonathan Kanter and Special Agent in Charge Emmerson Buie Jr. of the FBI's Chicago Field Division quoted) -- (US
federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54zo, 54za, 54t,
54n, 54h and 54d, on the brief's financial benchmark rigging and commercial flooring leads; both matters new to the
corpus (every name and address checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather55 and the session-55 pools):
  - U.S. Department of Justice, Office of Public Affairs press release (Thursday, 10 March 2016; justice.gov
    opa/pr/two-former-rabobank-traders-sentenced-prison-manipulating-us-dollar-and-japanese-yen-libor): Rabobank,
    Anthony Allen, Anthony Conti, Leslie R. Caldwell, Bill Baer, Paul M. Abbate, Jed S. Rakoff;
  - U.S. Department of Justice, Office of Public Affairs press release (Thursday, 9 June 2022; justice.gov
    opa/pr/commercial-flooring-contractor-and-its-former-president-plead-guilty-antitrust-charges): Commercial Carpet
    Consultants Inc., Jerry P. Watson, Jonathan Kanter, Emmerson Buie Jr.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,968 and 1,976
characters, in /tmp/gather55zv/src by /tmp/gather55zv/mk_src.py, with the heads of the trade-press and law-firm
reports that date the two releases: neither store copy has a date line). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', 'Office of Public Affairs', the 2022 release's subheading) is left out; each
release's headline is `title`; the paragraphs are the store's blank-line blocks, each one row, the space the store
leaves at a block's end dropped (the double spaces inside a block kept); each text cut at the last full sentence
before the store's excerpt breaks off; no word added or changed. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch54zv.py [POOL_DIR] [--dry]   (default /tmp/gather55zv/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes/gather55 "
         "and the session-55 pools and working folders /tmp/gather55*/ (55a-55zu when checked; no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zv/pool"
OPA = ("US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page "
       "store")
R = []

# ---- Rabobank's Anthony Allen and Anthony Conti, U.S. Dollar and Yen LIBOR, sentenced 10 March 2016 ---------------
U1 = ("https://www.justice.gov/opa/pr/two-former-rabobank-traders-sentenced-prison-manipulating-us-dollar-and-"
      "japanese-yen-libor")
T1 = ("Two Former Rabobank Traders Sentenced to Prison for Manipulating U.S. Dollar and Japanese Yen LIBOR Interest "
      "Rates")
R.append(federal(
 "us-doj-opa-rabobank-former-global-head-liquidity-finance-allen-conti-libor-manipulation-sentenced-2016", U1,
 "2016-03-10", T1,
 "Two former derivatives traders at Rabobank Co\u00f6peratieve Centrale Raiffeisen-Boerenleenbank B.A. (Rabobank) "
 "\u2013 including the bank\u2019s former global head of liquidity and  finance in London \u2013 were sentenced to "
 "prison today for manipulating the London Interbank Offered Rates (LIBOR) for the U.S. Dollar (USD) and Japanese Yen "
 "(JPY), benchmark interest rates to which trillions of dollars in interest rate contracts were tied.\n\n"
 "Assistant Attorney General Leslie R. Caldwell of the Justice Department\u2019s Criminal Division, Assistant "
 "Attorney General Bill Baer of the Justice Department\u2019s Antitrust Division and Assistant Director in Charge Paul "
 "M. Abbate of the FBI\u2019s Washington Field Office made the announcement.\n\n"
 "Anthony Allen, 44, of Hertsfordshire, England, the bank\u2019s former global head of liquidity and finance in "
 "London, was sentenced to 24 months in prison by U.S. District Judge Jed S. Rakoff of the Southern District of New "
 "York.  Anthony Conti, 46, of Essex, England, a former senior trader on the bank\u2019s money markets desk in London, "
 "was sentenced to 12 months and one day in prison.  A federal jury convicted the defendants on Nov. 5, 2015, after a "
 "four-week trial.  Allen was found guilty of one count of conspiracy to commit wire fraud and bank fraud and 18 "
 "counts of wire fraud.  Conti was found guilty of one count of conspiracy to commit wire fraud and bank fraud and "
 "eight counts of wire fraud.\n\n"
 "\u201cAllen and Conti were entrusted to set LIBOR, a critically important interest rate benchmark,\u201d said "
 "Assistant Attorney General Caldwell.  \u201cTheir scheme to manipulate this rate to increase their bank's profits "
 "undermined the integrity of our financial markets and the public's confidence in the fairness of the financial "
 "system.",
 "banking", "legal,fraud,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2016-03-10, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Office of Public Affairs page of the release of Thursday 10 March 2016 (justice.gov opa/pr/two-former-rabobank-"
 "traders-sentenced-prison-manipulating-us-dollar-and-japanese-yen-libor). Left out: 'Skip to main content', 'Press "
 "Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs'. The store's copy "
 "holds **no date line**: `published` 2016-03-10 from the reports of this release -- Antitrust Law Daily of Friday 11 "
 "March 2016 ('were sentenced to prison yesterday ..., the Department of Justice has announced', saved), "
 "mossgilmorelaw.com of 14 March 2016 ('were sentenced to prison on March 10, 2016 by U.S. District Judge Jed S. "
 "Rakoff', saved), fcpablog of 14 March ('sentenced to U.S. prison Thursday'); the text's 'convicted the defendants "
 "on Nov. 5, 2015' agrees. The paragraphs are the store's blank-line blocks, each one row (the single space the "
 "store leaves at the end of the first block dropped). Cut after '... in the fairness of the financial system.', "
 "before 'This case demonstrates our com' (the excerpt breaks off there: `truncated`); the last paragraph's second "
 "quotation therefore opens and does not close (**doubtful**: the cut keeps the last full sentence, as the lane "
 "does; cutting before it would keep the marks paired). Kept as written: the double space in 'liquidity and  "
 "finance' (first paragraph) and after full stops inside blocks, 'Co\u00f6peratieve' with its diaeresis, the en dashes, "
 "'Hertsfordshire' (so spelt), the straight apostrophes in \"bank's profits\" and \"public's\" beside the curly "
 "ones elsewhere, 'Nov. 5, 2015'. One text per matter (the Allen/Conti Rabobank LIBOR prosecution, S.D.N.Y.): not "
 "taken -- the November 2015 verdict (Antitrust Law Daily on dailyreportingsuite, Reuters copies), fcpablog's, "
 "mossgilmorelaw's, brecorder's and investmentexecutive's reports of this sentence; Rabobank's October 2013 DPA "
 "release (complianceweek, pymnts, justiceleaguetaskforce.wordpress.com's copy, blogs: no first-party page came "
 "back). Found with 'Anthony Allen global head of liquidity and finance Rabobank Anthony Conti senior trader "
 "convicted LIBOR Justice Department' (rank 2). " + CHECK + "'Rabobank', 'Raiffeisen', 'Anthony Allen', "
 "'Anthony Conti', 'LIBOR' in the corpus, 'Abbate', 'two-former-rabobank': 0 in the corpus files and pools "
 "('Rabobank' twice in GATHERING.md on the Irish ACC Bank's sale -- another matter; 'LIBOR' in GATHERING.md and "
 "batch49h.py only for the CFTC's Barclays order of 2012, a not-used line: another bank, another matter); 'Rakoff' "
 "in GATHERING.md only as the judge of 37b's Goffer matter; 'Bill Baer' and 'Leslie R. Caldwell' in corpus files on "
 "other matters (the same officials); 'Washington Field Office' in three corpus files on other matters.",
 True))

# ---- Commercial Carpet Consultants Inc. and Jerry P. Watson, commercial flooring, 9 June 2022 ------------------------
U2 = ("https://www.justice.gov/opa/pr/commercial-flooring-contractor-and-its-former-president-plead-guilty-antitrust-"
      "charges")
T2 = "Commercial Flooring Contractor and Its Former President Plead Guilty to Antitrust Charges"
R.append(federal(
 "us-doj-opa-commercial-carpet-consultants-former-president-watson-commercial-flooring-bid-rigging-plea-2022", U2,
 "2022-06-09", T2,
 "Commercial Carpet Consultants Inc., a Chicago-based commercial flooring contractor, and its former president, Jerry "
 "P. Watson, have been charged for a long-running conspiracy to rig bids and fix prices for commercial flooring "
 "products and services.\n\n"
 "Commercial Carpet Consultants Inc. pleaded guilty to a violation of the Sherman Antitrust Act and agreed to pay a "
 "$1.2 million criminal fine. It is the fourth corporation charged in the ongoing investigation. Jerry P. Watson also "
 "pleaded guilty and is the sixth individual to plead guilty in the investigation.\n\n"
 "\u201cThe Antitrust Division and its law enforcement partners are committed to safeguarding competition in the "
 "American marketplace,\u201d said Assistant Attorney General Jonathan Kanter of the Department of Justice\u2019s "
 "Antitrust Division. \u201cThese latest guilty pleas in the government\u2019s investigation demonstrate our "
 "commitment to prosecuting anticompetitive conduct and holding companies and executives accountable.\u201d\n\n"
 "\u201cThere is no place for illegal price-fixing in the American marketplace,\u201d said Special Agent in Charge "
 "Emmerson Buie Jr. of the FBI\u2019s Chicago Field Division. \u201cAnyone looking to profit by market manipulation "
 "should know that we won\u2019t stop investigating unlawful collusion until justice is done.\u201d\n\n"
 "According to the one-count felony charge and plea agreements filed in U.S. District Court in Chicago, Illinois, "
 "from at least as early as 2009 until at least June 22, 2017, the defendants engaged in a conspiracy to suppress "
 "and eliminate competition in the commercial flooring market by agreeing with other individuals and companies to "
 "submit complementary bids so that the designated company would win the contract.",
 "construction", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2022-06-09, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Office of Public Affairs page of the release of Thursday 9 June 2022 (justice.gov opa/pr/commercial-flooring-"
 "contractor-and-its-former-president-plead-guilty-antitrust-charges). Left out: 'Skip to main content', 'Press "
 "Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs', the subheading "
 "'Fourth Corporation and Seventh Individual Charged in an Ongoing Investigation'. The store's copy holds **no date "
 "line**: `published` 2022-06-09 from law360 of Friday 10 June 2022 ('The U.S. Department of Justice said in a "
 "statement Thursday that Commercial Carpet Consultants Inc. and its former president Jerry P. Watson have pled "
 "guilty', saved) and the Volkov Law Group blog of June 2022 ('Last week, Commercial Carpet Consultants, Inc. ... "
 "plead guilty'); the text holds no relative date, so `published` resolves nothing. The paragraphs are the store's "
 "blank-line blocks, each one row. Cut after '... so that the designated company would win the contract.', before "
 "'A violation of the Sherman Act carries a' (the excerpt breaks off there: `truncated`). Kept as written: the "
 "single spaces after full stops, 'U.S. District Court in Chicago, Illinois', 'June 22, 2017', the curly quotation "
 "marks and apostrophes. **Outside the brief's 2013-2020 window** (the brief named commercial flooring for this "
 "lane; of the investigation's releases only this 2022 one came back first-party, see below): the conduct ran "
 "2009-2017. One text per matter (the Division's Chicago commercial flooring investigation): not taken -- Michael P. "
 "Gannon's charge (April 2019: floordaily, woodfloorbusiness, velaw), PCI FlorTech (August 2019: volkovlaw), Kevin "
 "Smith (March 2020: law360), Carter Brett (2020), Vortex Commercial Flooring (2020: volkovlaw, comparemela), "
 "Delmar E. Church Jr. (November 2020: competitionpolicyinternational (two), imperialvalleynews, its.network -- "
 "third-party copies), Mr. David's Flooring International (2021: yumanewsnow, orlandolanes, woodfloorbusiness; its "
 "plea agreement on pdfslide). Found with 'commercial flooring executive pleads guilty bid rigging Justice Department "
 "Antitrust Division' (rank 4). " + CHECK + "'Commercial Carpet', 'Jerry P. Watson', 'Emmerson Buie', 'Chicago Field "
 "Division', 'commercial flooring', 'commercial-flooring-contractor': 0; 'Kanter' in two corpus files on other "
 "matters (the same official).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
