#!/usr/bin/env python3
"""Batch 57n (session 55, gatherer 57n): two CFTC enforcement press releases from cftc.gov's pre-2000 'opa/enfNN'
archive, new matters in the federal SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m,
54zf, 54zl, 54zs, 55a, 55h, 55r, 55w, 55z, 56e, 56k and 57d) -- the settled order against 'Fenchurch Capital Management,
Inc. (Fenchurch) of Chicago, Illinois', a commodity trading advisor and pool operator that 'in June 1993 ... manipulated
the value of its position in a U.S. treasury note futures contract, which traded on the Chicago Board of Trade (CBT)',
with 'The CFTC's Director of Enforcement, Geoffrey Aronow' quoted (release 3922-96, 10 July 1996); the administrative
complaint against 'Global Minerals and Metals Corporation (Global) of New York City; Global's president and chief
executive officer R. David Campbell of New York City; and Global's chief copper trader Carl Alm of Massapequa, New
York', with three Merrill Lynch firms charged with aiding and abetting the late-1995 copper manipulation done 'together
with Sumitomo Corporation of Japan' (release 4265-99, 20 May 1999) -- US federal government works (17 U.S.C. 105).
Found by asking the store in the capitalised-heading wording of that archive (52g's lead) after the lane's 'Release
Number ... CFTC Orders <firm> ...' shape brought only news, law-firm copies and matters on earlier lists; queries and
ranks in /tmp/gather58n/src/queries.txt; see /work/notes/gather58/57n.md. Every name, release number and address was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather58 (CLAIMS.txt) and the
session-55 pools:
  - CFTC release 3922-96 (10 July 1996), 'CFTC Order Imposes $600,000 Civil Penalty Against Fenchurch Capital
    Management Inc. of Chicago, In Connection with Market Manipulation and Cornering' (cftc.gov's 'opa/enf96/
    opafen-fin.htm');
  - CFTC release 4265-99 (20 May 1999), 'CFTC Enforcement Proceeding Filed Against Global Minerals and Metals, R. David
    Campbell, Carl Alm, Merrill Lynch & Co., Inc., ... in Connection with 1995 Manipulation and Attempted Manipulation
    of the Copper Market; ...' (cftc.gov's 'sites/default/files/opa/enf99/opa4265-99.htm').
Each text is the search tool's page-store excerpt (corpus `pages`; 2,000 characters each as saved in /tmp/gather58n/src
by /tmp/gather58n/mk_src.py). Left out: 3922-96 -- the lines 'Release: #3922-96' and 'For Release: July 10, 1996' (the
date kept as `published`), the dateline 'WASHINGTON - '; the heading kept as `title`; cut after the fourth paragraph
(the Director's quotation, '... before trading had expired."'), before the paragraph that breaks off ('Aronow also
commented on the cooperative efforts of the SEC, CBT, and the Federal Re'; `truncated`). 4265-99 -- the lines 'Release:
#4265-99 (CFTC Docket # 99-11)' and 'For Release: May 20, 1999' (the date kept as `published`), the dateline
'WASHINGTON -- '; the one long heading line (three clauses joined by semicolons, no deck under it) kept as `title`; cut
inside the second paragraph after its first sentence ('... Commodity Exchange Act (CEA), as amended.'), before the
sentence that breaks off ('The complaint alleges that the manipulation of copper prices was the culmination of a long
and deliberate scheme by Campbell and Sumitomo's former chief copper trader, Yasuo Hamanaka (Hamanaka), to acquire large
market positions '; `truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line
(4265-99's single line breaks made blank lines, whitespace only). Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch57n.py [POOL_DIR] [--dry]   (default /tmp/gather58n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather58 and the session-55 pools /tmp/gather58*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather58/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58n/pool"
R = []

# ---- Fenchurch Capital Management, Inc., June 1993 treasury note corner, CFTC 3922-96 --------------------------------
U1 = "http://www.cftc.gov/opa/enf96/opafen-fin.htm"
T1 = ("CFTC Order Imposes $600,000 Civil Penalty Against Fenchurch Capital Management Inc. of Chicago, In Connection "
      "with Market Manipulation and Cornering")
R.append(federal(
 "us-cftc-fenchurch-capital-management-chicago-june-1993-treasury-note-futures-corner-director-aronow-1996",
 U1, "1996-07-10", T1,
 "The Commodity Futures Trading Commission (CFTC) announced today that it has issued an order instituting an "
 "administrative proceeding against Fenchurch Capital Management, Inc. (Fenchurch) of Chicago, Illinois, and has "
 "simultaneously accepted its offer of settlement under which Fenchurch will pay a $600,000 civil penalty, among other "
 "remedial sanctions. Fenchurch is registered with the CFTC as a commodity trading advisor and commodity pool "
 "operator, and it trades extensively in the U.S. government securities cash and futures markets on behalf of two "
 "commodity pools.\n\n"
 "Without admitting or denying the CFTC's findings, Fenchurch consented to the entry of an order finding that in June "
 "1993, Fenchurch manipulated the value of its position in a U.S. treasury note futures contract, which traded on the "
 "Chicago Board of Trade (CBT), through the cornering of the cheapest-to-deliver note on the contract, in violation of "
 "the U.S. Commodity Exchange Act (CEA).\n\n"
 "Fenchurch is simultaneously settling related charges by the Securities and Exchange Commission (SEC). Fenchurch's "
 "payment of a $600,000 civil penalty pursuant to the CFTC's order will also satisfy its payment obligation under the "
 "terms of its settlement with the SEC. The CBT is also settling a related action.\n\n"
 "The CFTC's Director of Enforcement, Geoffrey Aronow, commented: \"This action addresses acts of manipulation and "
 "cornering that occurred after trading on the futures contract had expired and resulted in an exacerbation of "
 "congestion in the markets as shorts were preparing to make delivery on the futures contract. Manipulation of this "
 "sort can and did affect improperly the value of the bargain struck before trading had expired.\"",
 "commodity trading advisors/commodity futures regulation",
 "regulatory,enforcement,settlement,manipulation,treasury futures",
 "U.S. Commodity Futures Trading Commission, release 3922-96 '" + T1 + "', Washington, July 10, 1996, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf96' archive "
 "address): first-party text. Left out: the lines 'Release: #3922-96' and 'For Release: July 10, 1996' (the date kept "
 "as `published`), the dateline 'WASHINGTON - ' (a hyphen); the heading kept as `title` (no deck under it). Cut after "
 "the fourth paragraph (the Director's quotation, '... the value of the bargain struck before trading had expired.\"'), "
 "before the paragraph that breaks off ('Aronow also commented on the cooperative efforts of the SEC, CBT, and the "
 "Federal Re'; `truncated`). Kept as written: 'Fenchurch Capital Management, Inc. (Fenchurch) of Chicago, Illinois' "
 "(the title writes 'Fenchurch Capital Management Inc.' without the comma), 'a commodity trading advisor and commodity "
 "pool operator', 'the U.S. government securities cash and futures markets', 'a U.S. treasury note futures contract' "
 "(lower-case 'treasury'), 'the Chicago Board of Trade (CBT)', 'the cheapest-to-deliver note', 'the U.S. Commodity "
 "Exchange Act (CEA)', 'The CFTC's Director of Enforcement, Geoffrey Aronow, commented:', the straight quotation marks "
 "and apostrophes. 258 words. Came back at rank 1 of query 22 (the order at rank 3, the SEC's litigation release "
 "lr14977 at rank 4, news copies beside them). The SEC's parallel complaint (lr14977, SEC v. Fenchurch, N.D. Ill.) "
 "and the Chicago Board of Trade's settlement with the firm's president are the same matter: not to be taken. " + CHECK +
 "'Fenchurch', '3922-96', 'opafen-fin', 'Aronow', 'cheapest-to-deliver', 'Hutchins' (only other people's names, on "
 "other matters): no file on this matter; 'Chicago Board of Trade' in corpus files on other matters.",
 True))

# ---- Global Minerals and Metals Corporation / R. David Campbell / Carl Alm / Merrill Lynch, CFTC 4265-99 ------------
U2 = "https://cftc.gov/sites/default/files/opa/enf99/opa4265-99.htm"
T2 = ("CFTC Enforcement Proceeding Filed Against Global Minerals and Metals, R. David Campbell, Carl Alm, Merrill Lynch "
      "& Co., Inc., Merrill Lynch International Inc., and Merrill Lynch Pierce Fenner and Smith (Brokers & Dealers) "
      "Limited in Connection with 1995 Manipulation and Attempted Manipulation of the Copper Market; Global, Campbell, "
      "and Alm Charged in the Administrative Proceeding with Direct Participation in the Conduct; Merrill Lynch "
      "Entities Charged with Aiding and Abetting")
R.append(federal(
 "us-cftc-global-minerals-and-metals-president-ceo-campbell-chief-copper-trader-alm-merrill-lynch-copper-manipulation-complaint-1999",
 U2, "1999-05-20", T2,
 "The Commodity Futures Trading Commission (CFTC) announced today the filing of a one-count administrative complaint "
 "against Global Minerals and Metals Corporation (Global) of New York City; Global's president and chief executive "
 "officer R. David Campbell of New York City; and Global's chief copper trader Carl Alm of Massapequa, New York, "
 "alleging that the respondents manipulated, cornered, and attempted to manipulate and attempted to corner the copper "
 "market in late 1995. The CFTC complaint also names Merrill Lynch & Co. Inc. of New York City, Merrill Lynch "
 "International Inc. of New York City, and Merrill Lynch Pierce Fenner and Smith (Brokers & Dealers) Limited of "
 "London, England (collectively referred to as Merrill Lynch), alleging that they aided and abetted Global, Campbell, "
 "and Alm in the worldwide copper market manipulation and attempted manipulation.\n\n"
 "The CFTC's complaint alleges that between October and December 1995, Global, Campbell, and Alm, together with "
 "Sumitomo Corporation of Japan, manipulated and attempted to manipulate upward the worldwide price of copper and "
 "copper futures contracts in violation of sections 6(c), 6(d) and 9(a) of the Commodity Exchange Act (CEA), as "
 "amended.",
 "metals trading/commodity futures regulation",
 "regulatory,enforcement,complaint,manipulation,copper,officers",
 "U.S. Commodity Futures Trading Commission, release 4265-99 '" + T2 + "', Washington, May 20, 1999, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'sites/default/files/"
 "opa/enf99' archive address): first-party text. Left out: the lines 'Release: #4265-99 (CFTC Docket # 99-11)' and "
 "'For Release: May 20, 1999' (the date kept as `published`), the dateline 'WASHINGTON -- '; the heading (one line, "
 "three clauses joined by semicolons; no deck under it) kept as `title`, as written ('Merrill Lynch & Co., Inc.' with a "
 "comma there, 'Merrill Lynch & Co. Inc.' without one in the body). The store's single line breaks made blank lines "
 "(whitespace only). Cut inside the second kept paragraph after its first sentence ('... the Commodity Exchange Act "
 "(CEA), as amended.'), before the sentence that breaks off ('The complaint alleges that the manipulation of copper "
 "prices was the culmination of a long and deliberate scheme by Campbell and Sumitomo's former chief copper trader, "
 "Yasuo Hamanaka (Hamanaka), to acquire large market positions '; `truncated`) -- so Hamanaka is not in the text. Kept "
 "as written: 'Global Minerals and Metals Corporation (Global) of New York City', \"Global's president and chief "
 "executive officer R. David Campbell\" (lower case), \"Global's chief copper trader Carl Alm of Massapequa, New York\", "
 "'Merrill Lynch Pierce Fenner and Smith (Brokers & Dealers) Limited of London, England' (no commas in the firm's "
 "name), '(collectively referred to as Merrill Lynch)', 'late 1995', 'between October and December 1995', 'Sumitomo "
 "Corporation of Japan', 'sections 6(c), 6(d) and 9(a)', the straight apostrophes. 182 words. Came back at rank 2 of "
 "query 21 (the docket 99-11 complaint and later orders at the other cftc.gov ranks). One text per matter: Sumitomo "
 "Corporation's own settlement of the same manipulation (CFTC release 4144-98, 11 May 1998, opa/enf98/opa4144-98.htm, "
 "found at ranks 1-2 of query 19 and claimed first) and the later orders in docket 99-11 (the Merrill Lynch settlement "
 "order, enf/99orders/enfmerrilllynch.htm; the 2000 orders on the respondents' discovery) are the same matter: not "
 "taken. " + CHECK + "'Global Minerals', '4265-99', '4144-98', 'Carl Alm', 'Massapequa', 'Hamanaka', 'Sumitomo "
 "Corporation', 'Brokers & Dealers': 0; 'Sumitomo' only in other companies' names (Sumitomo Mitsui, Sumitomo Trust, "
 "Sumitomo Dainippon Pharma); 'Merrill Lynch International' and 'Merrill Lynch & Co' only in files on other matters; "
 "'Campbell' only other people.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
