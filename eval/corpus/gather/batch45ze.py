#!/usr/bin/env python3
"""Batch 45ze (session 46, gatherer 45ze): a women's footwear company, its chief executive officer (also its president
and chairman) and its former chief financial officer and former manager of customer service settling financial fraud
charges, and a defunct Denver maker of signal processing components whose former chief executive and chairman was
indicted with a co-conspirator who had been its president, chief financial officer and chief executive, told in US
Securities and Exchange Commission litigation releases of 2003 and 2005 (US federal government works, 17 U.S.C. 105),
an eighth round of session 46 after batches 45a, 45f, 45k, 45p, 45r, 45v and 45za in the federal SEC lane (batches
40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u,
45a, 45f, 45k, 45p, 45r, 45v and 45za; 43i and 43k found nothing), on new matters (45za's leads Tommy Hilfiger and
SafeNet gave no SEC release in the store) -- first-party SEC text, the sec.gov pages as the search tool's page store
holds them (one as the UNT Libraries' CyberCemetery web archive holds it):
  - the SEC's Litigation Release No. 18120 (30 April 2003, 'SEC FILES ACTIONS AGAINST CANDIE'S, INC., CANDIE'S CEO,
    AND SEVERAL FORMER OFFICERS AND DIRECTORS ALLEGING FINANCIAL FRAUD'): 'Candie's Inc., a corporation based in
    Valhalla, NY', 'Neil R. Cole, ... Candie's Chief Executive Officer, President and Chairman of the Board', 'David
    Golden, ... Candie's former Chief Financial Officer', 'Maryann Brown, ... Candie's former manager of customer
    service' (sec.gov);
  - the SEC's Litigation Release No. 19285 (24 June 2005, 'Former Vari-L CEO Criminally Indicted for Charges Including
    Securities Fraud'): 'Joseph Harold Kiser (Kiser) of Aurora, Colorado', 'co-conspirator David Sherman (Sherman)',
    Vari-L, 'a now defunct company formerly based in Denver' (the sec.gov page in the UNT CyberCemetery archive).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption lines
are left out (a heading kept as `title`, the date as `published`); bullet marks cut, the bulleted items kept as
paragraphs (42j's way); no word added or changed; each text cut at the last full sentence before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45ze.py [POOL_DIR] [--dry]   (default /tmp/gather46ze/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC        # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46ze/pool"
R = []

# ---- Candie's, Cole, Golden and Brown, Litigation Release No. 18120, 30 April 2003 (sec.gov) ---------------------------
U1 = "http://www.sec.gov/litigation/litreleases/lr18120.htm"
T1 = ("SEC FILES ACTIONS AGAINST CANDIE'S, INC., CANDIE'S CEO, AND SEVERAL FORMER OFFICERS AND DIRECTORS ALLEGING "
      "FINANCIAL FRAUD")
R.append(federal(
 "us-sec-candies-ceo-cole-former-cfo-golden-financial-fraud-settled-2003", U1, "2003-04-30", T1,
 "Today, the Commission filed a complaint in the United States District Court of the Southern District of New York, "
 "and instituted administrative cease-and-desist proceedings, alleging that Candie's Inc., Neil R. Cole, Candie's "
 "Chief Executive Officer, and other former directors and members of Candie's senior management were involved in "
 "financial fraud. The complaint and orders instituting cease-and-desist proceedings allege that from August 1997 "
 "until the spring of 1999, Candie's senior management employed various fraudulent accounting practices designed to "
 "improve Candie's publicly reported financial condition. Candie's, Cole, and other former officers and directors of "
 "the company have consented to the entry of injunctions and cease-and-desist orders, without admitting or denying "
 "the allegations.\n\n"
 "The cease-and-desist orders name the following respondents:\n\n"
 "Candie's Inc., a corporation based in Valhalla, NY, which designs, manufactures, and distributes women's footwear, "
 "handbags and other accessories.\n\n"
 "Neil R. Cole, age 46, who resides in New York, NY, and is Candie's Chief Executive Officer, President and Chairman "
 "of the Board.\n\n"
 "David Golden, age 49, who resides in Melville, NY, and was Candie's former Chief Financial Officer.\n\n"
 "Maryann Brown, age 45, who resides in Little Falls, NJ, and was Candie's former manager of customer service.",
 "footwear/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18120, April 30, 2003 (SEC v. Lawrence "
 "O'Shaughnessy, Gary H. Klein, Gary K. Levi and Mark Tucker, Civil Action No. 03 CV 3022 (RMB); SEC v. Neil R. Cole, "
 "Civil Action No. 03 CV 3021 (RMB)), US federal government work (public domain); text from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/lr18120.htm): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "'SECURITIES AND EXCHANGE COMMISSION', 'LITIGATION RELEASE NO. 18120 / April 30, 2003' (kept as `published`), "
 "'ACCOUNTING AND AUDITING ENFORCEMENT RELEASE NO. 1766 / April 30, 2003', the two case captions ('SEC v. Lawrence "
 "O'Shaughnessy, Gary H. Klein, Gary K. Levi and Mark Tucker, Civil Action No. 03 CV 3022 (RMB)', 'SEC v. Neil R. "
 "Cole, Civil Action No. 03 CV 3021 (RMB)'), the heading (kept as `title`, in capitals as written, its line wrap "
 "after 'AND' joined with a space); the bullet marks of the four bulleted respondents cut, each item kept as its own "
 "paragraph (42j's way; each already ends in a full stop); cut after the fourth item, before 'The complaint in the "
 "injunctive action names the following defe', where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'Candie's Inc.' without a comma (the heading writes 'CANDIE'S, INC.'), 'Today' opening the text, 'Chief Executive "
 "Officer', 'President and Chairman of the Board' and 'Chief Financial Officer' with capitals, 'manager of customer "
 "service' in lower case, 'Valhalla, NY', 'New York, NY', 'Melville, NY' and 'Little Falls, NJ' with postal "
 "abbreviations, the ages, 'the spring of 1999', the colon ending 'the following respondents:'. 193 words. One text "
 "per matter: the Commission's order against Neil R. Cole (34-47769, sec.gov; an administrative order of the same "
 "matter) and the SEC's complaint against O'Shaughnessy, Klein, Levi and Tucker (sec.gov comp18120a; the same "
 "release's action) left out; innercitypress (two), law.com and fhnylaw on Iconix Brand Group and Neil Cole in "
 "2019 (another matter, Candie's later name; not the SEC's text) left out. Found with 'SEC litigation release "
 "Candie's former chief financial officer Neil Cole president fraud' (rank 1). "
 + CHECK + "'Candie' (any form), 'Neil R. Cole', 'David Golden', 'Maryann Brown', 'O'Shaughnessy', '18120', 'No. "
 "1766', '03 CV 3021', '03 CV 3022', 'Valhalla', 'Melville', 'Little Falls': 0 in the corpus files, the gather "
 "scripts and the pools; 'Neil Cole' and 'Iconix': only GATHERING.md's not-used lines on Iconix's 2019 case (another "
 "matter, 16 years later; no text taken).", True))

# ---- Vari-L, Kiser and Sherman, Litigation Release No. 19285, 24 June 2005 (UNT CyberCemetery) --------------------------
U2 = ("https://cybercemetery.unt.edu/archive/oilspill/20130218031932/http://www.sec.gov/litigation/litreleases/"
      "lr19285.htm")
T2 = "Former Vari-L CEO Criminally Indicted for Charges Including Securities Fraud"
R.append(federal(
 "us-sec-vari-l-former-ceo-chairman-kiser-indicted-sherman-2005", U2, "2005-06-24", T2,
 "The Securities and Exchange Commission (Commission) announced today that on June 9 Joseph Harold Kiser (Kiser) of "
 "Aurora, Colorado, was indicted by a federal grand jury in Denver on six criminal counts, including charges of "
 "conspiracy, securities fraud, making false statements in reports filed with the Commission, and perjury. Kiser "
 "received a summons to make an initial appearance in U.S. District Court in Denver on June 23.\n\n"
 "The indictment charges that from January, 1996 through May, 2000, Kiser, along with co-conspirator David Sherman "
 "(Sherman), conspired to inflate revenue artificially in order to meet or exceed market expectations for Vari-L's "
 "financial results, and thereby maintain and inflate Vari-L's stock price.\n\n"
 "Vari-L, a now defunct company formerly based in Denver, designed, manufactured, and marketed a range of signal "
 "processing components used in communications equipment and systems, such as cellular telephones and base "
 "stations. Vari-L's common stock traded on Nasdaq.\n\n"
 "Kiser held various executive positions at Vari-L, including President, Chief Executive Officer, and Chief "
 "Scientific Officer. From about 1985 until 2000, Kiser was Vari-L's Chairman of the Board of Directors. Sherman also "
 "held various positions as Vari-L's President, Chief Financial Officer, and Chief Executive Officer. Both Kiser's "
 "and Sherman's compensation included performance-based cash bonuses and stock options.\n\n"
 "According to the indictment, Kiser and Sherman met regularly to discuss the status of Vari-L's revenue for a given "
 "quarter and compare financial performance against forecasted goals.",
 "electronic components/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19285, June 24, 2005 (United States v. Joseph H. "
 "Kiser, Criminal No. 05-CR-278D), US federal government work (public domain); text of the sec.gov page as the UNT "
 "Libraries' CyberCemetery web archive holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr19285.htm) as "
 "the University of North Texas Libraries' CyberCemetery (cybercemetery.unt.edu, a federal depository library's web "
 "archive; the capture filed under its 'oilspill' collection, 18 February 2013) holds the page: the SEC's own page, "
 "archived unchanged (44d's, 45f's, 45k's and 45v's archived texts the same way), no third-party copy. Left out: the "
 "page lines ('U.S. Securities & Exchange Commission *', 'SEC Seal', '* Home | Previous Page *', 'U.S. Securities and "
 "Exchange Commission *' and lines of asterisks), 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. "
 "19285 / June 24, 2005' (kept as `published`), the caption ('United States v. Joseph H. Kiser, Criminal No. "
 "05-CR-278D'), the heading (kept as `title`); cut after the fifth paragraph's first sentence, before its second ('If "
 "it appeared that Vari-L would fall shor'), where the store's excerpt breaks off (`truncated`). Kept as written: "
 "'(Commission)', '(Kiser)' and '(Sherman)' in brackets without quotation marks, 'on June 9 Joseph Harold Kiser' (no "
 "comma), 'January, 1996' and 'May, 2000' with commas, 'President', 'Chief Executive Officer', 'Chief Scientific "
 "Officer', 'Chairman of the Board of Directors' and 'Chief Financial Officer' with capitals, 'co-conspirator', "
 "'performance-based', 'Nasdaq'. 231 words. One text per matter: the SEC's motion in SEC v. Vari-L Company, Inc., "
 "David G. Sherman, Jon L. Clark and Sarah E. Hume (findforms; the SEC's 2001 civil action, same fraud), rcrwireless "
 "and si.frajer (a Dow Jones copy) on the 2001 settlement, the Denver Post (2000), a Vari-L 10-Q (getfilings) and "
 "Vari-L's 8-K on Sherman's resignation (EDGAR) left out. Found with 'SEC litigation release Vari-L Company former "
 "chief executive officer David Sherman chief financial officer Jon Clark' (rank 3). "
 + CHECK + "'Vari-L', 'David Sherman', 'Joseph Harold', '19285', '05-CR-278', 'Aurora, Colorado': 0 in the corpus "
 "files, the gather scripts and the pools; 'Kiser': only inside 'Benckiser' (one corpus file, by file name only, GATHERING.md and batch23b's "
 "scripts); 'Denver' and 'Nasdaq': other matters (corpus files and scripts, by "
 "file names only).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
