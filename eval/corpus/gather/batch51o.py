#!/usr/bin/env python3
"""Batch 51o (session 52, gatherer 51o): two CFTC enforcement press releases that name a firm with its parent company
or its officers and principals, the federal court that took the case and the exchange where the trades were made --
the complaint and consent restraining order against 'AlphaMetrix, LLC (AlphaMetrix), a Chicago-based Commodity Pool
Operator (CPO) and Commodity Trading Advisor (CTA)', which, as alleged, moved pool participants' fee rebates 'to its
parent company, AlphaMetrix Group, LLC', before 'Federal District Judge Joan H. Lefkow' of 'the U.S. District Court for
the Northern District of Illinois' (CFTC press release 6767-13, 6 November 2013, cftc.gov); the order against 'Kent
Woods of Chicago, Illinois, a longtime floor broker in the soybean commodity futures pit at the Chicago Board of Trade
(CBOT)', for failures at 'Futures International LLC, a Chicago-based Introducing Broker of which he was a principal',
and the complaint against 'Futures International LLC (FI) and its Chief Operating Officer Amadeo Cerrone, a principal
of the firm' (CFTC press release 7034-14, 9 October 2014, cftc.gov) -- US federal government works (17 U.S.C. 105), the
federal SEC/CFTC lane of session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d,
50g, 50j, 51a and 51g), on new matters. From 51g's leads: the four headings of cftc.gov's /es/ enforcement-actions
index page 61 (Ikon Global Markets, W Resources, Gelfman Blueprint, Bank of Tokyo-Mitsubishi UFJ) were asked one by one
with their own heading words and came back only as news, blog and law-firm copies (no cftc.gov page), so none was
taken; the two texts here came back as cftc.gov pages when asked with the firms' names and the matters' words
(AlphaMetrix at rank 3, Futures International at rank 1). Every name, release number and address was checked first
against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - CFTC press release 6767-13 (6 November 2013), 'CFTC Obtains Restraining Order against Commodity Pool Operator and
    Commodity Trading Advisor, AlphaMetrix, LLC, Alleging Misappropriation of Pool Funds and Sending False or
    Misleading Statements': the CFTC, the U.S. District Court for the Northern District of Illinois, AlphaMetrix, LLC,
    Chicago, Joan H. Lefkow, AlphaMetrix Group, LLC (cftc.gov's 'PressRoom/PressReleases/pr6767-13');
  - CFTC press release 7034-14 (9 October 2014), 'CFTC Orders Former CBOT Floor Broker Kent Woods to Pay $200,000
    Penalty and Charges Introducing Broker Futures International LLC and Chief Operating Officer Amadeo Cerrone with
    Trade Practice Violations and Supervision Failures': the CFTC, Kent Woods, Chicago, Illinois, the Chicago Board of
    Trade, Futures International LLC, the U.S. District Court, Northern District of Illinois, Amadeo Cerrone (cftc.gov's
    'PressRoom/PressReleases/pr7034-14.html').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-heading (AlphaMetrix) and the datelines 'Washington, DC \u2013' are left out (each heading kept as `title`, the
date as `published`); no word added or changed; the page's lines kept as paragraphs, joined by a blank line. Both
texts are cut at the last full sentence before the store's excerpt breaks off (about 2,000 bytes; `truncated`).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51o.py [POOL_DIR] [--dry]   (default /tmp/gather52o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52o/pool"
R = []

# ---- AlphaMetrix, LLC complaint and consent restraining order, CFTC 6767-13, 6 November 2013 -----------------------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr6767-13"
T1 = ("CFTC Obtains Restraining Order against Commodity Pool Operator and Commodity Trading Advisor, AlphaMetrix, LLC, "
      "Alleging Misappropriation of Pool Funds and Sending False or Misleading Statements")
R.append(federal(
 "us-cftc-alphametrix-chicago-pool-operator-parent-alphametrix-group-rebates-restraining-order-2013",
 U1, "2013-11-06", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that it filed a Complaint in the U.S. District "
 "Court for the Northern District of Illinois on November 4, 2013, against AlphaMetrix, LLC (AlphaMetrix), a "
 "Chicago-based Commodity Pool Operator (CPO) and Commodity Trading Advisor (CTA). The Complaint alleges that "
 "AlphaMetrix misappropriated funds belonging to commodity pools it operated and sent false or misleading account "
 "statements to at least some of the pool participants. On November 5, 2013, Federal District Judge Joan H. Lefkow "
 "issued a consent restraining Order that freezes AlphaMetrix\u2019s assets, protects books and records, and appoints "
 "a corporate monitor to oversee the distribution of pool funds to participants.\n\n"
 "According to the CFTC Complaint, AlphaMetrix operates approximately 90 pools that had approximately $700 million in "
 "assets under management as of August 31, 2013. The Complaint alleges that AlphaMetrix had agreements with some "
 "participants in which AlphaMetrix agreed to rebate certain fees by reinvesting the funds in the pools for the "
 "participants. However, as alleged, between at least January 1 and October 31, 2013, AlphaMetrix failed to reinvest "
 "at least $2.8 million of the rebates owed to participants and instead transferred the funds to its parent company, "
 "AlphaMetrix Group, LLC, which had no legitimate claim to those funds and is named as a Relief Defendant in the "
 "Complaint.",
 "asset management/commodity futures regulation", "regulatory,enforcement,litigation,fraud",
 "U.S. Commodity Futures Trading Commission, press release 6767-13 '" + T1 + "', Washington, DC, November 6, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' prefix): first-party text. Left out: the lines 'Release Number 6767-13' and 'November 6, 2013' (kept "
 "as `published`), the sub-heading 'CFTC Complaint Also Names AlphaMetrix\u2019s Parent Company, AlphaMetrix Group, "
 "LLC, as Relief Defendant' (a heading line; the parent tie it states is also in the kept text), and the dateline "
 "'Washington, DC \u2013'; the heading kept as `title`. Cut after '... is named as a Relief Defendant in the "
 "Complaint.', before 'The Complaint states that AlphaMetrix nevertheless sent the participants account statements, "
 "... the net asset value of thei' (the store's excerpt breaks off mid-word; `truncated`). Kept as written: 'AlphaMetrix, "
 "LLC (AlphaMetrix)', 'a Chicago-based Commodity Pool Operator (CPO) and Commodity Trading Advisor (CTA)' (capitals), "
 "'Federal District Judge Joan H. Lefkow', 'consent restraining Order', 'between at least January 1 and October 31, "
 "2013', 'its parent company, AlphaMetrix Group, LLC', 'Relief Defendant', the curly apostrophe in "
 "'AlphaMetrix\u2019s'. 217 words. One text per matter: the CFTC's December 2014 release on the consent order of "
 "permanent injunction (seen only as a wallstreetfraud.blogspot.com copy) and the news and law-firm reports (Reuters, "
 "securitiesenforcementblog, blau-malmfeldt, pionline, hedgeweek, leaprate, lexology) are not taken. Found with 'CFTC "
 "charges AlphaMetrix, LLC misappropriation of commodity pool funds parent company AlphaMetrix Group, LLC consent "
 "order' (rank 3). "
 + CHECK + "'6767-13', 'pr6767', 'AlphaMetrix', 'AlphaMetrix Group', 'Lefkow': 0 in the corpus files, GATHERING.md, the "
 "gather scripts, /work/notes and the pools; 'Northern District of Illinois' only in files on other matters.",
 True))

# ---- Kent Woods order and Futures International LLC / Amadeo Cerrone complaint, CFTC 7034-14, 9 October 2014 --------
U2 = "https://cftc.gov/PressRoom/PressReleases/pr7034-14.html"
T2 = ("CFTC Orders Former CBOT Floor Broker Kent Woods to Pay $200,000 Penalty and Charges Introducing Broker Futures "
      "International LLC and Chief Operating Officer Amadeo Cerrone with Trade Practice Violations and Supervision "
      "Failures")
R.append(federal(
 "us-cftc-futures-international-coo-cerrone-principal-kent-woods-cbot-soybean-supervision-2014",
 U2, "2014-10-09", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the issuance of an Order filing and settling "
 "charges against Kent Woods of Chicago, Illinois, a longtime floor broker in the soybean commodity futures pit at the "
 "Chicago Board of Trade (CBOT), for failing to comply with applicable record-keeping and audit trail rules, the "
 "belated creation of trading records containing fictitious information that were submitted for clearing, engaging "
 "in unauthorized trading, and failure to supervise employees of Futures International LLC, a Chicago-based "
 "Introducing Broker of which he was a principal.\n\n"
 "The CFTC also announced today that it filed a civil Complaint in the U.S. District Court, Northern District of "
 "Illinois, against Futures International LLC (FI) and its Chief Operating Officer Amadeo Cerrone, a principal of the "
 "firm, alleging violations arising from the same underlying set of facts in the CFTC Order.\n\n"
 "The CFTC Order finds, and the Complaint alleges, that from at least January 2009 to at least November 2012, Woods "
 "communicated with his clients on a regular basis to discuss their trading intentions, but that Woods habitually "
 "failed to obtain or record specific order instructions from his customers. As alleged, Woods frequently executed, "
 "or directed his staff at FI to execute, soybean orders without the customer specifying the precise commodity "
 "interest to be purchased or sold and the exact amount of the commodity interest to be purchased or sold.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,settlement,litigation",
 "U.S. Commodity Futures Trading Commission, press release 7034-14 '" + T2 + "', Washington, DC, October 9, 2014, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' prefix, '.html' ending): first-party text. Left out: the lines 'Release Number 7034-14' and 'October "
 "9, 2014' (kept as `published`) and the dateline 'Washington, DC \u2013'; the heading kept as `title` (the page has "
 "no sub-heading). Cut after '... the exact amount of the commodity interest to be purchased or sold.', before 'The "
 "CFTC Order further finds that because Woods did not possess a power of attorney ... was unauthorized under' (the "
 "store's excerpt breaks off mid-sentence; `truncated`). Kept as written: 'Kent Woods of Chicago, Illinois', 'a "
 "longtime floor broker in the soybean commodity futures pit at the Chicago Board of Trade (CBOT)', 'record-keeping', "
 "'a Chicago-based Introducing Broker of which he was a principal' (capitals), 'the U.S. District Court, Northern "
 "District of Illinois' (with its comma), 'Futures International LLC (FI) and its Chief Operating Officer Amadeo "
 "Cerrone, a principal of the firm', 'civil Complaint', 'CFTC Order'. 229 words. One text per matter: the later "
 "settlement of the complaint (seen only as a lexology summary, which spells the officer 'Amedeo') and the news report "
 "(Reuters) are not taken. Found with 'CFTC charges Futures International, LLC and its Chief Operating Officer Amadeo "
 "Cerrone supervision Kent Woods soybean crush' (rank 1). "
 + CHECK + "'7034-14', 'pr7034', 'Futures International', 'Cerrone', 'Kent Woods', 'soybean commodity futures pit': 0 in "
 "the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'Woods' alone only in files on other "
 "people and places; 'Chicago Board of Trade' only in files on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
