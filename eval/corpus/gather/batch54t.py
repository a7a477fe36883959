#!/usr/bin/env python3
"""Batch 54t (session 55, gatherer 54t): two US federal texts on international cartels prosecuted by the Justice
Department's Antitrust Division, each naming foreign companies and, where the text states one, an executive -- the
Department's release of 27 June 2001 on 'Dutch chemical giant, Akzo Nobel Chemicals BV' agreeing to plead guilty and
pay a $12 million fine for fixing prices and allocating market shares of monochloroacetic acid (MCAA) from 1995 to
1999, with 'Erik Anders Brostrom, an Akzo Nobel executive and a Swedish citizen' agreeing to plead guilty and serve
three months in a US jail (San Francisco); the Office of Public Affairs release of 30 September 2010 on six
international freight forwarders ('EGL Inc., a Houston-based company; Kuhne + Nagel International AG, based in
Schindellegi, Switzerland (K+N); Geologistics International Management (Bermuda) Limited, based in Hamilton, Bermuda;
Panalpina World Transport (Holding) Ltd., based in Basel, Switzerland; Schenker AG, based in Essen, Germany; and BAX
Global Inc., a Toledo, Ohio-based company') agreeing to plead guilty and pay $50.27 million for fixing fees on
international air cargo freight forwarding, the first charges of the freight forwarding investigation -- (US federal
government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54n, 54h and 54d (and 53zq,
53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on 54d's MCAA lead and the brief's
freight-forwarding lead; both matters new to the corpus (every name, number and address checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes/gather55 and the session-55 pools):
  - U.S. Department of Justice press release 'DUTCH CHEMICAL GIANT, AKZO NOBEL, AGREES TO PLEAD GUILTY AND PAY $12
    MILLION FINE FOR ITS ROLE IN CRIMINAL ANTITRUST CONSPIRACY' (Wednesday, 27 June 2001; usdoj.gov
    opa/pr/2001/June/289at.htm as the UNT End of Term 2008 web archive keeps it): Akzo Nobel Chemicals BV, Erik Anders
    Brostrom;
  - U.S. Department of Justice, Office of Public Affairs press release 'Six International Freight Forwarding
    Companies Agree to Plead Guilty to Criminal Price-fixing Charges' (Thursday, 30 September 2010; justice.gov
    opa/pr/2010/September/10-at-1104.html): EGL Inc., Kuhne + Nagel International AG, Geologistics International
    Management (Bermuda) Limited, Panalpina World Transport (Holding) Ltd., Schenker AG, BAX Global Inc.
A third text prepared here, the release of 30 September 2010 on 'Panasonic Corporation and a Whirlpool Corporation
subsidiary, Embraco North America Inc.' (refrigerant compressors), was dropped before annotation: the store holds it
only as a forum post on alipac.us (earlier rounds refused that host's copies of DOJ releases), and a 53-era not-used
list names the matter for want of a justice.gov page.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,997 and 1,982
characters, in /tmp/gather55t/src by /tmp/gather55t/mk_src.py). Page chrome (the seal, banner and search lines, 'FOR
IMMEDIATE RELEASE', 'AT', the date lines, 'Office of Public Affairs', 'WWW.USDOJ.GOV', the telephone lines) and each
release's subheading are left out; the headline is `title`; the paragraphs are the store's blank-line blocks, each
one row (the 2010 page's blank rows holding a lone space dropped; its runs of spaces after a full stop made one space,
trailing spaces dropped); each text cut at the last full sentence before the store's excerpt breaks off; no word
added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54t.py [POOL_DIR] [--dry]   (default /tmp/gather55t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rliF over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (55a-55r when first checked; rechecked "
         "before writing against every pool then present: no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55t/pool"
OPA = "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store"
UNT = ("US Justice Department press release (usdoj.gov via the UNT web archive, Office of Public Affairs), from the "
       "search tool page store")
R = []

# ---- six international freight forwarders, air cargo fees, 30 September 2010 -------------------------------------
U1 = "http://www.justice.gov/opa/pr/2010/September/10-at-1104.html"
T1 = "Six International Freight Forwarding Companies Agree to Plead Guilty to Criminal Price-fixing Charges"
R.append(federal(
 "us-doj-opa-six-freight-forwarders-egl-kuehne-nagel-panalpina-schenker-bax-global-air-cargo-fees-plea-2010", U1,
 "2010-09-30", T1,
 "WASHINGTON \u2014 Six international freight forwarders have agreed to plead guilty and to pay criminal fines "
 "totaling $50.27 million for their roles in several conspiracies to fix a variety of fees and charges in connection "
 "with the provision of freight forwarding services for international air cargo shipments, the Department of Justice "
 "announced today. These are the first charges filed as a result of the department\u2019s antitrust investigation of "
 "the freight forwarding industry.\n\n"
 "According to charges filed separately today in U.S. District Court for the District of Columbia, six "
 "companies\u2013EGL Inc., a Houston-based company; K\u00fchne + Nagel International AG, based in Schindellegi, "
 "Switzerland (K+N); Geologistics International Management (Bermuda) Limited, based in Hamilton, Bermuda; Panalpina "
 "World Transport (Holding) Ltd., based in Basel, Switzerland; Schenker AG, based in Essen, Germany; and BAX Global "
 "Inc., a Toledo, Ohio-based company\u2013engaged in one or more separate conspiracies to impose certain charges or "
 "fees on customers purchasing international freight forwarding services for cargo freight destined for air shipment "
 "to the United States during various periods between 2002 and 2007.\n\n"
 "Under the plea agreements, which are subject to court approval, the six companies have agreed to pay the following "
 "criminal fines: EGL, $4,486,120; K+N, $9,865,044; Geologistics, $687,960; Panalpina, $11,947,845; Schenker, "
 "$3,535,514; and BAX Global, $19,745,927.",
 "transport/logistics", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2010-09-30, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 OPA,
 "The Office of Public Affairs release (justice.gov opa/pr/2010/September/10-at-1104.html; the Antitrust Division's "
 "'AT' series). Left out: the banner and search lines ('The United States Department of Justice Department of Justice "
 "Seal ...', 'Search The Site', 'Justice News Banner'), 'Department of Justice', 'Office of Public Affairs', 'FOR "
 "IMMEDIATE RELEASE', the date line 'Thursday, September 30, 2010' (used for `published`), the subheading 'Companies "
 "Agree to Pay a Total of $50.27 Million in Criminal Fines'; the headline kept as `title`. The paragraphs are the "
 "store's blank-line blocks, each one row; the two rows holding only a space between them dropped; the run of three "
 "spaces after 'announced today.' made one space and the two trailing spaces after '... between 2002 and 2007.' "
 "dropped (whitespace only, **doubtful**: the store may hold no-break spaces there; 54h dropped stray spaces the same "
 "way). Cut after '... and BAX Global, $19,745,927.', before 'Each company has also agreed to cooperate with the "
 "department\u2019s ongoing antitrust investigat' (the excerpt breaks off there: `truncated`; the Assistant Attorney "
 "General's quotation comes after it, so no official is named in the kept text). Kept as written: 'WASHINGTON \u2014' "
 "(an em dash between spaces), 'six companies\u2013EGL Inc.' and 'Ohio-based company\u2013engaged' (en dashes, no "
 "spaces), 'K\u00fchne' (with its umlaut), 'Price-fixing' (lower-case f in the headline), the curly apostrophes. One "
 "text per matter (the freight forwarding investigation, 2002-2007 fees on air cargo shipments, Washington D.C.): the "
 "later releases of the same investigation (the six Japanese forwarders of 28 September 2011 -- Nippon Express, "
 "Kintetsu World Express, Nishi-Nippon Railroad, Hankyu Hanshin Express, Vantec, Nissin; Yamato Global Logistics Japan "
 "2012; Yusen Logistics and 'K' Line Logistics 2013) not taken; the air cargo carriers' fuel-surcharge cartel is "
 "another matter, held in the corpus (train wn-ex-head-qantas-freight-operations-us-2008), and this text names no "
 "carrier. The archive.org 'us-inspectors-general.bulk' copy (the Division's own text of the release with 'FOR "
 "IMMEDIATE RELEASE THURSDAY, SEPTEMBER 30, 2010') confirms the date; not used as the source. Found with 'freight "
 "forwarding companies agree to plead guilty fix fees international freight forwarding services Justice Department "
 "2010' (rank 4) and with the headline's own words (rank 7). " + CHECK + "'Panalpina' only in FCPA records of the "
 "SEC (the 2010 customs-bribery sweep: Panalpina, Inc. and its Swiss parent, Transocean, Noble and others -- another "
 "matter; the same company, a different case); 'freight forward' only in that sweep record; 'Schenker' only in a "
 "GATHERING line on DSV/Schenker (2025, a merger in another lane); 'Nagel' only in other people's names "
 "(Foodpanda, a radio drama); 'K\u00fchne', 'Kuehne', 'EGL Inc', 'Geologistics', 'BAX Global', 'Schindellegi', "
 "'10-at-1104': 0.",
 True))

# ---- Akzo Nobel Chemicals BV / Erik Anders Brostrom, monochloroacetic acid (MCAA), 27 June 2001 -----------------
U2 = "https://webarchive.library.unt.edu/eot2008/20090115224649/http:/www.usdoj.gov/opa/pr/2001/June/289at.htm"
T2 = ("DUTCH CHEMICAL GIANT, AKZO NOBEL, AGREES TO PLEAD GUILTY AND PAY $12 MILLION FINE FOR ITS ROLE IN CRIMINAL "
      "ANTITRUST CONSPIRACY")
R.append(federal(
 "us-doj-opa-akzo-nobel-chemicals-executive-brostrom-monochloroacetic-acid-mcaa-cartel-plea-2001", U2,
 "2001-06-27", T2,
 "WASHINGTON, D.C. - - Dutch chemical giant, Akzo Nobel Chemicals BV, agreed to plead guilty today and pay a $12 "
 "million criminal fine for participating in an international conspiracy to fix prices and allocate market shares of "
 "monochloroacetic acid (referred to as MCAA), the Department of Justice said. Erik Anders Brostr\u00f6m, an Akzo "
 "Nobel executive and a Swedish citizen, has also agreed to plead guilty, and serve a three-month jail sentence in the "
 "United States and pay a $20,000 fine. MCAA is used to form intermediate chemical compounds that are used in "
 "numerous commercial and consumer products, such as pharmaceuticals, herbicides, and plastic additives.\n\n"
 "According to the one-count felony charge filed today in U.S. District Court in San Francisco, Akzo Nobel and "
 "Brostr\u00f6m conspired with unnamed MCAA producers to suppress and eliminate competition in the MCAA industry from "
 "1995 to 1999. By agreeing on the prices to be charged in the United States and on each company's share of the U.S. "
 "market, they effectively eliminated competition for their customers. Under the plea agreements, which must be "
 "approved by the court, both Akzo Nobel and Brostr\u00f6m have agreed to assist the government in its ongoing MCAA "
 "investigation.\n\n"
 "The United States consumes roughly $50 million in MCAA annually. Akzo Nobel is headquartered in The Netherlands, "
 "but it sells millions of dollars worth of MCAA into the United States each year.",
 "chemicals/industrial chemicals", "legal,antitrust",
 "U.S. Department of Justice, press release '" + T2 + "', 2001-06-27, US federal government work (public domain); "
 "text as the UNT End of Term 2008 web archive keeps usdoj.gov opa/pr/2001/June/289at.htm, from the search tool's "
 "page store at " + U2,
 UNT,
 "The Department's 'AT' release of Wednesday 27 June 2001 (usdoj.gov opa/pr/2001/June/289at.htm, as the UNT End of "
 "Term 2008 web archive keeps it, as 54a's 2002 and 2004 records). Left out: 'Department of Justice Seal', 'FOR "
 "IMMEDIATE RELEASE', 'AT', the date line 'WEDNESDAY, JUNE 27, 2001' (used for `published`), '(202) 514-2007', "
 "'WWW.USDOJ.GOV', 'TDD (202) 514-1888', the subheading 'European Executive Agrees to Serve a Jail / Sentence in the "
 "United States'. The headline, printed in capitals over two rows split by a blank row ('... AND PAY $12' / 'MILLION "
 "FINE ...'), kept as `title` in its capitals, the two rows joined with one space (54a's capital headlines). The "
 "paragraphs are the store's blank-line blocks, each one row. Cut after '... into the United States each year.', "
 "before the quotation '\"Today's case is yet another example of the Antitrust Division's continued commitment ...,\" "
 "said Charles A. James, Assistant Attorney Gener' (the excerpt breaks off in it: `truncated`; so neither James nor "
 "the Antitrust Division is in the kept text). Kept as written: 'WASHINGTON, D.C. - -' (two hyphens with a space "
 "between), 'Brostr\u00f6m' (with its diaeresis), 'Dutch chemical giant, Akzo Nobel Chemicals BV, agreed' (commas as "
 "printed), 'The Netherlands' (capital T), 'dollars worth' (no apostrophe), the straight apostrophes. One text per "
 "matter (the MCAA cartel, 1995-1999, San Francisco): Elf Atochem's plea (March/April 2002) and Hoechst AG's (March "
 "2003: theengineer, azom, the plea agreement on justice.gov and yumpu -- court papers and press) not taken; the "
 "Washington Times' report of 28 June 2001 (the same facts, 'yesterday'), thepharmaletter and Cartel Digest not "
 "taken. Found with 'monochloroacetic acid MCAA Akzo Nobel Chemicals Hoechst agrees to plead guilty price fixing "
 "Antitrust Division' (rank 8). " + CHECK + "'Akzo Nobel' only in another matter (test "
 "us-doj-cargill-akzo-nobel-salt-merger-deicing-assets-sale-1997, Akzo Nobel N.V.'s salt business, batch 45l; and "
 "GATHERING's Oil for Food and sodium gluconate not-used lines, other matters); 'Brostr', '289at', "
 "'monochloro': 0; 'MCAA' only in 54d's lead ('MCAA (Hoechst 2003 plea agreement seen; Akzo held? check first)': "
 "Akzo's MCAA plea is not held, the 1997 salt record being another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
