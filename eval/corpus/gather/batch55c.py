#!/usr/bin/env python3
"""Batch 55c (session 54, gatherer 55c): three US federal texts on cartel cases brought by the Justice Department's
Antitrust Division, each naming a company and its executive with his or her post -- the Office of Public Affairs
release of Monday 30 April 2012 on Woo Jin Yang ('Senior Sales Manager Woo Jin Yang, also known as Eugene Yang'; 'An
executive of Korean-based Hitachi-LG Data Storage Inc. (HLDS)'), agreeing to plead guilty to rigging bids for optical
disk drives sold to Hewlett-Packard Co. (HP), HLDS being 'a joint venture between Hitachi Ltd ... and LG Electronics
Inc.' (Acting Assistant Attorney General Joseph Wayland quoted); the Office of Public Affairs release of Thursday 23
January 2020 on Maria Christina 'Meta' Ullings, 'the former senior vice president of cargo sales and marketing for
Martinair N.V. (Martinair Cargo)', extradited from Italy and pleading guilty in the air cargo price-fixing conspiracy
(Assistant Attorney General Makan Delrahim and Special Agent in Charge Chris Hacker of the FBI's Atlanta Field Office
quoted); the Office of Public Affairs release of Friday 4 December 2015, as the FBI's San Francisco field office page
carries it, on Daniel William Aston, 'a director and part owner of' Trod Ltd. ('doing business as Buy 4 Less, Buy For
Less, and Buy-For-Less-Online'), indicted for fixing the prices of posters sold through Amazon Marketplace (Assistant
Attorney General Bill Baer quoted) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ
cartel-case lane after 54zv, 54zo, 54za, 54t, 54n, 54h and 54d; the three matters new to the corpus (every name and
address checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather56/CLAIMS.txt and
the session's pools /tmp/gather56*/pool):
  - U.S. Department of Justice, Office of Public Affairs press release (Monday, 30 April 2012; justice.gov
    opa/pr/hitachi-lg-data-storage-inc-executive-agrees-plead-guilty-participating-bid-rigging): Hitachi-LG Data
    Storage Inc., Woo Jin Yang, Hewlett-Packard Co., Hitachi Ltd, LG Electronics Inc., Joseph Wayland;
  - U.S. Department of Justice, Office of Public Affairs press release (Thursday, 23 January 2020; justice.gov
    opa/pr/extradited-former-air-cargo-executive-pleads-guilty-participating-worldwide-price-fixing): Martinair N.V.,
    Maria Christina 'Meta' Ullings, Makan Delrahim, Chris Hacker;
  - U.S. Department of Justice, Office of Public Affairs press release (Friday, 4 December 2015), on fbi.gov
    (contact-us/field-offices/sanfrancisco/news/press-releases/e-commerce-exec-and-online-retailer-charged-with-price-
    fixing-wall-posters): Trod Ltd., Daniel William Aston, Amazon Marketplace, Bill Baer.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,982, 1,954 and 1,978
characters of text, in /tmp/gather56c/src by /tmp/gather56c/mk_src.py, with the heads of the report and the court
opinion that date the two justice.gov releases: neither store copy has a date line; the fbi.gov copy has its own).
Page chrome ('Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs'; on the
fbi.gov copy the 'U.S. Department of Justice' / 'Office of Public Affairs' / telephone lines and the date line) and
the releases' subheadings are left out; each release's headline is `title` (the 2012 headline's two line breaks read
as spaces); datelines ('WASHINGTON –', 'WASHINGTON—') are kept as written, as 54za kept them; the paragraphs are the
store's blank-line blocks, each one row, the spaces the store leaves at a block's end dropped (the double spaces
inside a block kept); each text cut at the last full sentence before the store's excerpt breaks off; no word added
or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55c.py [POOL_DIR] [--dry]   (default /tmp/gather56c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56/CLAIMS.txt and "
         "the session's pools /tmp/gather56*/pool (claimed as 55c before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56c/pool"
OPA = ("US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page "
       "store")
R = []

# ---- Hitachi-LG Data Storage Inc.'s Woo Jin Yang, optical disk drives, 30 April 2012 -------------------------------
U1 = ("https://www.justice.gov/opa/pr/hitachi-lg-data-storage-inc-executive-agrees-plead-guilty-participating-bid-"
      "rigging")
T1 = ("Hitachi-LG Data Storage Inc. Executive Agrees to Plead Guilty for Participating in Bid-Rigging Conspiracies "
      "Involving Optical Disk Drives")
R.append(federal(
 "us-doj-opa-hitachi-lg-data-storage-senior-sales-manager-yang-optical-disk-drives-bid-rigging-plea-2012", U1,
 "2012-04-30", T1,
 "WASHINGTON \u2013 An executive of Korean-based Hitachi-LG Data Storage Inc. (HLDS) has agreed to plead guilty and "
 "to serve time in a U.S. prison for his participation in a series of conspiracies to rig bids for the sale of "
 "optical disk drives, the Department of Justice announced today.\n\n"
 "According to the four-count felony charge filed today in the U.S. District Court for the Northern District of "
 "California in San Francisco, Senior Sales Manager Woo Jin Yang, also known as Eugene Yang, conspired with others to "
 "suppress and eliminate competition by rigging bids for optical disk drives sold to Hewlett-Packard Co. (HP). Yang "
 "participated in the conspiracies at various times between approximately August 2006 and June 2009. Under the plea "
 "agreement, which is subject to court approval, Yang has agreed to serve six months in prison, to pay a $25,000 "
 "criminal fine and to cooperate with the department\u2019s ongoing investigation. HLDS is a joint venture between "
 "Hitachi Ltd, a Japanese corporation, and LG Electronics Inc., a Republic of Korea corporation.\n\n"
 "\u201cToday\u2019s charges demonstrate the Antitrust Division\u2019s commitment to prosecute and deter conduct that "
 "harms American businesses and consumers,\u201d said Acting Assistant Attorney General Joseph Wayland in charge of "
 "the Department of Justice\u2019s Antitrust Division. \u201cThe division will continue to pursue those who "
 "participated in these bid-rigging and price-fixing conspiracies so they are held accountable for their "
 "actions.\u201d",
 "electronics", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2012-04-30, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Office of Public Affairs page of the release of Monday 30 April 2012 (justice.gov opa/pr/hitachi-lg-data-"
 "storage-inc-executive-agrees-plead-guilty-participating-bid-rigging). Left out: 'Skip to main content', 'Press "
 "Release', the headline (kept as `title`; the store breaks it over three lines: 'Plead' / 'Guilty', "
 "'Conspiracies' / 'Involving' -- read as single spaces), 'For Immediate Release', 'Office of Public Affairs', the "
 "subheading 'Korean Executive Agrees to Serve Time in U.S. Prison'. The store's copy holds **no date line**: "
 "`published` 2012-04-30 from International Trade Today's report of Tuesday 1 May 2012 (address "
 "internationaltradetoday.com/article/2012/05/01/...: 'agreed to plead guilty ..., the Department of Justice said "
 "April 30', saved); the text's 'announced today' and 'filed today' agree with a same-day release. The paragraphs are "
 "the store's blank-line blocks (the store leaves two blank lines between them), each one row. Cut after '... so "
 "they are held accountable for their actions.\u201d', before 'Optical disk drives are devices such as CD-ROMs' (that "
 "paragraph breaks off at 'personal computers and ': `truncated`). Kept as written: the dateline 'WASHINGTON \u2013' "
 "(an en dash between spaces, as 54za kept its datelines), 'Korean-based', 'Hitachi Ltd' (no full stop), "
 "'Hewlett-Packard Co. (HP)', 'a Republic of Korea corporation', the curly quotation marks and apostrophes. One text "
 "per matter (the Division's optical disk drive investigation, N.D. Cal.): not taken -- HLDS's own plea of September "
 "2011 (securityweek, techtaffy, cd-info, cdrinfo, computerworld: news), the Park / Kim / Hur pleas (channeldailynews: "
 "news). Found with 'Skip to main content Press Release optical disk drive executive pleaded guilty bid rigging "
 "Hitachi-LG Data Storage' (rank 1). " + CHECK + "'Hitachi-LG', 'HLDS', 'Woo Jin Yang', 'Eugene Yang', 'optical disk', "
 "'hitachi-lg-data-storage-inc-executive': 0 in the corpus files, the gather scripts and the pools ('Hitachi-LG Data "
 "Storage' once in GATHERING.md, on a not-used line of a Wikipedia round: press releases and news, no text taken); "
 "'Joseph Wayland' in one corpus file and batch47f.py on another matter (the same official).",
 True))

# ---- Martinair N.V.'s Maria Christina 'Meta' Ullings, air cargo, 23 January 2020 -------------------------------------
U2 = ("https://www.justice.gov/opa/pr/extradited-former-air-cargo-executive-pleads-guilty-participating-worldwide-"
      "price-fixing")
T2 = "Extradited Former Air Cargo Executive Pleads Guilty for Participating in a Worldwide Price-Fixing Conspiracy"
R.append(federal(
 "us-doj-opa-martinair-former-senior-vice-president-ullings-air-cargo-price-fixing-extradited-plea-2020", U2,
 "2020-01-23", T2,
 "Maria Christina \u201cMeta\u201d Ullings, the former senior vice president of cargo sales and marketing for "
 "Martinair N.V. (Martinair Cargo) and a Dutch national, pleaded guilty for her role in a long-running air cargo "
 "price-fixing conspiracy, the Department of Justice announced.\n\n"
 "Ullings\u2019 extradition is the second extradition on an antitrust charge.  A fugitive for almost 10 years, "
 "Ullings was apprehended by Italian authorities in July 2019 while visiting Sicily.  Ullings initially contested "
 "extradition in the Italian courts, but after the Court of Appeals of Palermo ruled that she be extradited, she "
 "waived her appeal.  She arrived in Atlanta on Jan. 10, 2020, and made her initial appearance on Jan. 13 in the U.S. "
 "District Court for the Northern District of Georgia.  Ullings was sentenced to 14 months in prison with credit for "
 "the time she was held in the custody of the Italian government pending her extradition.  She has also been "
 "sentenced to pay a $20,000 criminal fine.\n\n"
 "\u201cToday\u2019s guilty plea demonstrates the Antitrust Division\u2019s commitment to bringing those who violate "
 "the antitrust laws \u2013 wherever located \u2013 to justice,\u201d said Assistant Attorney General Makan Delrahim "
 "of the Department of Justice\u2019s Antitrust Division.  \u201cThe Antitrust Division and its partners are "
 "committed to rooting out international price-fixing cartels that cheat American consumers and producers.\u201d\n\n"
 "\u201cThe ultimate loser in price fixing schemes is the American consumer,\u201d said Special Agent in Charge Chris "
 "Hacker of the FBI\u2019s Atlanta Field Office.",
 "airlines", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2020-01-23, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Office of Public Affairs page of the release of Thursday 23 January 2020 (justice.gov opa/pr/extradited-former-"
 "air-cargo-executive-pleads-guilty-participating-worldwide-price-fixing). Left out: 'Skip to main content', 'Press "
 "Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs', the subheading "
 "'Longest Sentence Imposed in Air Cargo Investigation to Date'. The store's copy holds **no date line**: `published` "
 "2020-01-23 from the court's opinion of 12 May 2020 in United States v. Ullings, No. 1:10-cr-00406 (N.D. Ga.), as "
 "casetext holds it ('On January 23, 2020, she pleaded guilty', saved) and the text's own \u201cToday\u2019s guilty "
 "plea\u201d; the trade reports agree on January (aircargonews, geminishippers; law360 of 14 May 2020: 'extradited "
 "from Italy in January and later pled guilty'); theloadstar's 'in court on Friday' (24 January) is the one report "
 "that disagrees (**doubtful** by a day; the court's date is taken). The paragraphs are the store's blank-line "
 "blocks, each one row (the single space the store leaves at the end of the first block and the four at the end of "
 "the second dropped; the double spaces between sentences inside blocks kept). Cut after '... of the FBI\u2019s "
 "Atlanta Field Office.', before '\u201cIndividuals and companies that feel like they don\u2019t need to follow the "
 "rules' (the excerpt breaks off in that sentence at 'will pursue anyon': `truncated`; the kept quotation marks are "
 "paired). Kept as written: 'Ullings\u2019 extradition' (the apostrophe without s), 'Jan. 10, 2020', 'Jan. 13', the "
 "en dashes round 'wherever located', 'price fixing schemes' (no hyphen) beside 'price-fixing' elsewhere. One text "
 "per matter (the Division's air cargo investigation, which charged 22 airlines and 21 executives): not taken -- "
 "the Miami fuel-surcharge indictment of October 2010 (justice.gov/usao/fls, first-party, but the four carriers are "
 "unnamed: 'a Miami-based air cargo carrier'; its atr court paper; justice.gov/es's Spanish page), the pleas of "
 "Cabeza (Arrow Air), Soto (South Winds Cargo) and Gonzalez (Cielos Airlines) of 2011 (internationaltradetoday, "
 "avstop, aseannow: news), Ullings's September 2010 indictment (federalcrimesblog, avstop) and January 2020 "
 "extradition (imperialvalleynews, geminishippers: third-party copies and news). Found with 'Maria Christina Meta "
 "Ullings senior vice president Martinair pleaded guilty sentenced' (rank 1). " + CHECK + "'Ullings', 'Martinair', "
 "'Chris Hacker', 'extradited-former-air-cargo': 0 in the corpus files, GATHERING.md, the gather scripts and the "
 "pools; 'Atlanta Field Office' in one test file and batch53zq on another matter (1995, the same office); 'Makan "
 "Delrahim' in corpus files on other matters (the same official).",
 True))

# ---- Trod Ltd.'s Daniel William Aston, wall posters on Amazon Marketplace, 4 December 2015 --------------------------
U3 = ("https://www.fbi.gov/contact-us/field-offices/sanfrancisco/news/press-releases/e-commerce-exec-and-online-"
      "retailer-charged-with-price-fixing-wall-posters")
T3 = "E-Commerce Exec and Online Retailer Charged with Price Fixing Wall Posters"
R.append(federal(
 "us-doj-opa-trod-ltd-director-aston-online-wall-posters-amazon-marketplace-price-fixing-indictment-2015", U3,
 "2015-12-04", T3,
 "WASHINGTON\u2014A one\u2014count indictment was unsealed yesterday in the U.S. District Court for the Northern "
 "District of California in San Francisco against Daniel William Aston and his company, Trod Ltd. (doing business as "
 "Buy 4 Less, Buy For Less, and Buy-For-Less-Online), a U.K. company headquartered in Birmingham, England. According "
 "to the felony charges, Aston, a director and part owner of Trod, and his co-conspirators fixed the price of certain "
 "posters sold online through Amazon Marketplace from as early as September 2013 to in or about January 2014. "
 "Today\u2019s announcement comes after U.K. law enforcement and the FBI successfully conducted searches of Trod "
 "Ltd.\u2019s headquarters and Aston\u2019s residence in West Midlands, U.K.\n\n"
 "\u201cU.S. consumers deserve competitive markets when they shop online.\u201d said Assistant Attorney General Bill "
 "Baer of the Justice Department\u2019s Antitrust Division. \u201cThis company and its owner conspired to fix the "
 "prices for poster art and consumers unknowingly suffered the consequences. It doesn\u2019t matter whether "
 "price-fixers operate from an office in California or a warehouse in England. We will continue to prosecute "
 "conspiracies that subvert online competition.\u201d\n\n"
 "According to the charge, Aston and his co-conspirators discussed the prices of certain posters sold in the United "
 "States through Amazon Marketplace and agreed to adopt specific pricing algorithms for the sale of certain posters, "
 "with the goal of offering online shoppers the same price for the same product and coordinating changes to their "
 "respective prices.\n\n"
 "Aston is charged with price fixing in violation of the Sherman Act, which carries a maximum sentence for "
 "individuals of 10 years and a fine of $1 million.",
 "retail", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T3 + "', 2015-12-04, US federal "
 "government work (public domain), as the FBI's San Francisco field office pages carry it; text from the search "
 "tool's page store at " + U3,
 "US Justice Department press release (Office of Public Affairs) on fbi.gov from the search tool page store",
 "The Office of Public Affairs release of Friday 4 December 2015 as the FBI's San Francisco field office page carries "
 "it (fbi.gov contact-us/field-offices/sanfrancisco/news/press-releases/e-commerce-exec-and-online-retailer-charged-"
 "with-price-fixing-wall-posters; a US federal page, the release's own words). Left out: the lines 'U.S. Department "
 "of Justice', 'Office of Public Affairs', '(202) 514-2007/TDD (202) 514-1888' (contact boilerplate), the date line "
 "'December 4, 2015' (`published` is taken from it), the headline (kept as `title`). The paragraphs are the store's "
 "blank-line blocks, each one row. Cut after '... and a fine of $1 million.', before 'Trod Ltd. is charged with one "
 "count of price fixing in violation of the Sherman Act, which c' (the excerpt breaks off there: `truncated`). Kept "
 "as written: the dateline 'WASHINGTON\u2014' (an em dash, no spaces, as 54za kept its datelines), 'one\u2014count' "
 "(an em dash where a hyphen is meant), the full stop inside the first quotation ('... when they shop online.\u201d "
 "said'), 'Trod Ltd.\u2019s', 'West Midlands, U.K.', the curly quotation marks and apostrophes. One text per matter "
 "(the Division's online wall decor investigation, N.D. Cal.): not taken -- the justice.gov OPA page of Aston's plea "
 "and six-month sentence (opa/pr/former-e-commerce-executive-pleads-guilty-price-fixing-sentenced-six-months, "
 "January 2019: first-party, but the store's excerpt opens at 'Related Content' with no headline or date line, the "
 "same matter); Trod Ltd.'s plea of August 2016 (imperialvalleynews copy); David Topkins's 2015 plea (not asked); "
 "the UK CMA's case on the same sellers (gov.uk, wardhadaway: another authority, not a US federal work). Found with "
 "'Trod Ltd Daniel William Aston director posters sold on Amazon Marketplace price fixing algorithm charged' (rank "
 "2). " + CHECK + "'Trod Ltd', 'Daniel William Aston', 'Topkins', 'Buy 4 Less', 'Buy-For-Less', 'Amazon Marketplace', "
 "'wall poster', 'e-commerce-exec-and-online-retailer': 0 ('Trod' alone matches only inside other words, e.g. "
 "'introduced'); 'Bill Baer' in corpus files on other matters (the same official).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
