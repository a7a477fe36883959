#!/usr/bin/env python3
"""Batch 54zo (session 55, gatherer 54zo): two US federal texts on international cartels prosecuted by the Justice
Department's Antitrust Division, each naming a foreign company's executive with his post and the Division's head --
the Office of Public Affairs release of Thursday 26 March 2015 on Toru Otoda, 'a general manager in K-Line's car
carrier division' (an executive of 'Japan-based Kawasaki Kisen Kaisha Ltd. (K-Line)'), pleading guilty in Baltimore
and sentenced to 18 months for fixing prices of roll-on, roll-off ocean shipping to and from the United States
(Assistant Attorney General Bill Baer and Special Agent in Charge Steve Vogt of the FBI's Baltimore Field Office
quoted); the Office of Public Affairs release of Wednesday 27 June 2018 on Tokuo Tatai, 'an executive of Japan-based
capacitor manufacturer Elna Co. Ltd.', pleading guilty in the electrolytic capacitors price-fixing conspiracy
(Assistant Attorney General Makan Delrahim quoted) -- (US federal government works, 17 U.S.C. 105), a round of
session 55 in the DOJ cartel-case lane after 54za, 54t, 54n, 54h and 54d, on the brief's ocean shipping and
capacitors leads (the brief's auto parts lead gave no first-party page for a new product conspiracy: see the notes);
both matters new to the corpus (every name, number and address checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather55 and the session-55 pools):
  - U.S. Department of Justice, Office of Public Affairs press release (Thursday, 26 March 2015; justice.gov
    opa/pr/fourth-ocean-shipping-executive-pleads-guilty-price-fixing-ocean-shipping-services-cars-and): Toru Otoda,
    Kawasaki Kisen Kaisha Ltd. (K-Line), Bill Baer, Steve Vogt;
  - U.S. Department of Justice, Office of Public Affairs press release (Wednesday, 27 June 2018; justice.gov
    opa/pr/second-executive-pleads-guilty-participating-capacitors-price-fixing-conspiracy): Tokuo Tatai, Elna Co.
    Ltd., Makan Delrahim.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,967 and 1,971
characters, in /tmp/gather55zo/src by /tmp/gather55zo/mk_src.py, with the head of a trade-press report that dates the
2015 release). Page chrome ('Skip to main content', 'Press Release', 'Justice News', 'Department of Justice', 'For
Immediate Release', 'Office of Public Affairs', the date line) is left out; each release's headline is `title`; the
paragraphs are the store's blank-line blocks, each one row, the spaces the store leaves at a block's end dropped (the
double spaces inside a block kept); each text cut at the last full sentence before the store's excerpt breaks off; no
word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zo.py [POOL_DIR] [--dry]   (default /tmp/gather55zo/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rliF over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather55 and the session-55 pools and working folders /tmp/gather55*/ (55a-55zn when checked; "
         "no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zo/pool"
OPA = ("US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page "
       "store")
R = []

# ---- Toru Otoda (K-Line), roll-on, roll-off ocean shipping, 26 March 2015 ------------------------------------------
U1 = ("https://www.justice.gov/opa/pr/fourth-ocean-shipping-executive-pleads-guilty-price-fixing-ocean-shipping-"
      "services-cars-and")
T1 = ("Fourth Ocean Shipping Executive Pleads Guilty to Price Fixing on Ocean Shipping Services for Cars and "
      "Trucks")
R.append(federal(
 "us-doj-opa-kawasaki-kisen-kaisha-k-line-general-manager-otoda-roll-on-roll-off-ocean-shipping-plea-2015", U1,
 "2015-03-26", T1,
 "An executive of Japan-based Kawasaki Kisen Kaisha Ltd. (K-Line) pleaded guilty today and was sentenced to 18 "
 "months in a U.S. prison for his involvement in a conspiracy to fix prices, allocate customers and rig bids of "
 "international ocean shipping services for roll-on, roll-off cargo, such as cars and trucks, to and from the United "
 "States and elsewhere, the Department of Justice announced today.\n\n"
 "According to the one-count felony charge filed in U.S. District Court of the District of Maryland in Baltimore on "
 "Jan. 22, 2015, Toru Otoda, who was a general manager in K-Line\u2019s car carrier division, conspired to allocate "
 "customers and routes, rig bids and fix prices for the sale of international ocean shipments of roll-on, roll-off "
 "cargo to and from the United States and elsewhere, including the Port of Baltimore.  Otoda participated in the "
 "conspiracy from at least as early as November 2010 until at least September 2012.\n\n"
 "Roll-on, roll-off cargo is non-containerized cargo that can be both rolled onto and off of an ocean-going vessel.  "
 "Examples of this cargo include new and used cars and trucks and construction and agricultural equipment.\n\n"
 "\u201cToday\u2019s sentence reinforces our commitment to hold executives accountable for colluding to fix ocean "
 "freight prices,\u201d said Assistant Attorney General Bill Baer of the Department of Justice\u2019s Antitrust "
 "Division.  \u201cThis investigation will continue as we seek to prosecute the executives who conspired and the "
 "companies that employed them.\u201d\n\n"
 "\u201cPrice fixing and bid rigging are crimes most people don\u2019t see, but they have a direct impact on "
 "everyone\u2019s wallet,\u201d said Special Agent in Charge Steve Vogt of the FBI\u2019s Baltimore Field Office.",
 "shipping", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2015-03-26, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Office of Public Affairs page of the release of Thursday 26 March 2015 (justice.gov opa/pr/fourth-ocean-"
 "shipping-executive-pleads-guilty-price-fixing-ocean-shipping-services-cars-and). Left out: 'Skip to main content', "
 "'Press Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs'. The store's "
 "copy holds **no date line**: `published` 2015-03-26 from the trade press that reports this release -- "
 "pmmonlinenews.com of Tuesday 31 March 2015 ('The DOJ said on March 26 that Toru Otoda, who was a general manager in "
 "K-Line's car carrier division, has admitted ...', saved), maritime-executive.com of Saturday 28 March ('pleaded "
 "guilty on Thursday'), offshore-energy.biz ('pleaded guilty on Thursday'), handyshippingguide.com of Friday 27 "
 "March; the text's 'filed ... on Jan. 22, 2015' and 'Fourth ... Executive' (after Tanioka in January, Yamaguchi in "
 "February, Tanaka on 10 March) agree. The paragraphs are the store's blank-line blocks, each one row (the single "
 "space the store leaves at the end of the first, second and fourth blocks dropped). Cut after '... of the FBI\u2019s "
 "Baltimore Field Office.', before '\u201cOur goal in the FBI is to expose the back room deals and secret handshakes, "
 "and to' (the excerpt breaks off there: `truncated`). Kept as written: the double spaces after full stops inside "
 "blocks, 'U.S. District Court of the District of Maryland' (with 'of', no 'the' before it), 'Jan. 22, 2015', "
 "'K-Line\u2019s', the curly quotation marks and apostrophes, 'non-containerized'. One text per matter (the Division's "
 "international roll-on, roll-off ocean shipping investigation, Baltimore): the other releases not taken -- "
 "Compania Sud Americana de Vapores (CSAV, February 2014), Kawasaki Kisen Kaisha Ltd. (K-Line, 26 September 2014: "
 "geyergorey.com, marinelink, gcaptain and offshore-energy copies; 54d saw only geyergorey's), Nippon Yusen Kabushiki "
 "Kaisha (NYK, 29 December 2014: enewspf.com's and newmanshapiro.com's copies, marinelog, mastermariners), the K-Line "
 "executives Hiroshige Tanioka and Takashi Yamaguchi and NYK's Susumu Tanaka (January-March 2015: vesselfinder, "
 "gcaptain, handyshippingguide, lexology) -- no other first-party page came back. Found with 'Kawasaki Kisen Kaisha "
 "Ltd. agrees to plead guilty roll-on roll-off ocean shipping price fixing fine Justice Department' (rank 7) and "
 "'Toru Otoda general manager K-Line car carrier division pleaded guilty sentenced 18 months roll-on roll-off' (rank "
 "1). " + CHECK + "'Otoda', 'Kawasaki Kisen', 'Port of Baltimore', 'Steve Vogt', 'Baltimore Field Office', "
 "'fourth-ocean-shipping': 0 ('Otoda' only inside 'infotoday' in one unrelated file); 'roll-on' only in 54d's not-used "
 "line ('K-Line roll-on/roll-off (geyergorey.com's copy only)'); 'Bill Baer' in seven corpus files on civil merger "
 "matters (the same official, other matters).",
 True))

# ---- Tokuo Tatai (Elna Co. Ltd.), electrolytic capacitors, 27 June 2018 ---------------------------------------------
U2 = "https://www.justice.gov/opa/pr/second-executive-pleads-guilty-participating-capacitors-price-fixing-conspiracy"
T2 = "Second Executive Pleads Guilty to Participating in Capacitors Price-Fixing Conspiracy"
R.append(federal(
 "us-doj-opa-elna-executive-tatai-electrolytic-capacitors-price-fixing-conspiracy-plea-2018", U2,
 "2018-06-27", T2,
 "Tokuo Tatai, an executive of Japan-based capacitor manufacturer Elna Co. Ltd., pleaded guilty for his role in a "
 "conspiracy to fix prices and rig bids for electrolytic capacitors sold to customers in the United States and "
 "elsewhere, the Department of Justice announced today.\n\n"
 "A December 2016 indictment, filed in the U.S. District Court of the Northern District of California, charged "
 "Tatai with participating in a conspiracy to suppress and eliminate competition of electrolytic capacitors by "
 "fixing prices and rigging bids.  The charge alleges that Tatai participated in the conspiracy from January 2009 to "
 "January 2012.  In addition to pleading guilty, Tatai has agreed to serve a prison term of a year and a day and to "
 "cooperate with the Antitrust Division\u2019s ongoing investigation.\n\n"
 "\u201cThe Antitrust Division will hold accountable foreign nationals who participate in conspiracies that harm "
 "American consumers,\u201d said Assistant Attorney General Makan Delrahim of the Justice Department\u2019s Antitrust "
 "Division.  \u201cThis capacitors conspiracy affected millions of American consumers who use electronic devices in "
 "their everyday lives.\u201d\n\n"
 "Electrolytic capacitors store and regulate electrical current in a variety of electronic products, including "
 "computers, televisions, car engine and airbag systems, home appliances and office equipment.\n\n"
 "Today\u2019s charges result from an ongoing federal antitrust investigation into price fixing, bid rigging and other "
 "anticompetitive conduct in the electrolytic capacitors industry.  Eight companies and 10 individuals have been "
 "charged in the division\u2019s ongoing investigation. The investigation is being conducted by the Antitrust "
 "Division\u2019s San Francisco Office and the FBI\u2019s San Francisco Field Office.",
 "electronics/components", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T2 + "', 2018-06-27, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 OPA,
 "The Office of Public Affairs page of the release of Wednesday 27 June 2018 (justice.gov opa/pr/second-executive-"
 "pleads-guilty-participating-capacitors-price-fixing-conspiracy). Left out: 'Justice News', 'Department of Justice', "
 "'Office of Public Affairs', the date line 'Wednesday, June 27, 2018' (used for `published`), the headline (kept as "
 "`title`). The paragraphs are the store's blank-line blocks, each one row (the spaces the store leaves at the end of "
 "the second, third and fifth blocks dropped). Cut after '... and the FBI\u2019s San Francisco Field Office.', before "
 "'Anyone with information on price fixing, bid rigging or' (the excerpt breaks off there: `truncated`). Kept as "
 "written: the double spaces after full stops inside blocks (and the single space before 'The investigation is "
 "being conducted'), 'U.S. District Court of the Northern District of California' (with 'of'), 'competition of "
 "electrolytic capacitors', the curly quotation marks and apostrophes. **Outside the brief's 2011-2016 window** (the "
 "brief named capacitors for this lane; no 2015-2016 first-party page of the matter came back, see below): the "
 "investigation's charges run 2015-2018 and the text's conduct 2009-2012. One text per matter (the Division's "
 "electrolytic capacitors investigation, San Francisco): the other releases not taken -- NEC TOKIN Corp. (2 September "
 "2015: imperialvalleynews.com's copy, saverilawfirm, Reuters), Hitachi Chemical Co. Ltd. (27 April 2016: "
 "corporatecrimereporter, dojupdate, pbwt, Reuters), Rubycon, Elna and Holy Stone (August 2016: formerfedsgroup.com's "
 "reprint, Antitrust Law Daily), the superseding indictments of November and December 2016 (dojupdate, Antitrust Law "
 "Daily), Nichicon (11 July 2017: geyergorey), Nippon Chemi-Con (2017-2018: Antitrust Law Daily), strtrade digests, "
 "the NEC TOKIN plea agreement (fdocuments). Found with 'electrolytic capacitors price fixing plead guilty Justice "
 "Department Antitrust Division Japanese company fine 2015' (rank 5) and 'Justice News Office of Public Affairs "
 "electrolytic capacitors NEC TOKIN agrees to plead guilty 2016' (rank 5). " + CHECK + "'Tatai', 'Elna Co', "
 "'San Francisco Field Office', 'second-executive-pleads-guilty-participating-capacitors': 0; 'Elna' otherwise only "
 "inside 'Selna' (a judge's name in one unrelated file); 'electrolytic' and 'capacitor' only in unrelated files (a "
 "1953 cable-damage debate; 'high voltage capacitors' in the Maxwell Technologies FCPA release; a 2015 blackout) and "
 "in 54za's not-used line ('electrolytic capacitors (2015-2018: outside 1996-2012, law-firm blog only)'); 'Delrahim' in "
 "ten corpus files on other matters (the same official).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
