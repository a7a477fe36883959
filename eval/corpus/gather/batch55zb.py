#!/usr/bin/env python3
"""Batch 55zb (session 54, gatherer 55zb): three sec.gov texts charging public companies together with their officers
over disclosure and accounting failures -- 'SEC Charges Restaurant Group FAT Brands Inc., its Chairman and Former CEO,
and its Two Former CFOs with Defrauding Investors' (Litigation Release No. 26001, May 10, 2024: FAT Brands Inc., 'its
founder, former CEO, and current Chairman, Andrew Wiederhorn', 'its former CFOs, Ron Roe ... and Rebecca Hershinger',
the restaurant brands Fatburger, Johnny Rockets and Twin Peaks, and 'FAT's affiliate, Fog Cutter Capital Group, Inc.');
'SEC Obtains Final Judgment Against Rpm International Inc. and Its General Counsel' (Litigation Release No. 24994,
December 23, 2020: 'Ohio-based RPM International Inc. and Edward W. Moore, RPM's General Counsel and Chief Compliance
Officer', a loss contingency for a U.S. Department of Justice investigation not disclosed or accrued); 'SEC Charges
Chinese Fuel Storage Company and Its CFO with Fraud' (the Fort Worth Regional Office's news page of June 29, 2016:
'China-based Longwei Petroleum Investment Holding Limited and chief financial officer Michael Toups', overstated storage
capacity of three fuel depots in Shanxi Province; the investigating and supervising staff named) -- US federal
government works (17 U.S.C. 105), a session-54 round in the federal SEC lane (after 55v, 55l, 55b, 54zq and the rounds
they name), on new matters. See /work/notes/gather56/55zb.md. Each matter was found by the company's name, an
officer's name and the conduct, and every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather56 (CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool:
  - sec.gov 'litigation/litreleases/lr-26001' (May 10, 2024): the Securities and Exchange Commission (SEC), FAT Brands
    Inc. (FAT), Andrew Wiederhorn, Ron Roe, Rebecca Hershinger, Fatburger, Johnny Rockets, Twin Peaks, Fog Cutter
    Capital Group, Inc. (FCCG);
  - sec.gov 'litigation/litreleases/2020/lr24994.htm' (December 23, 2020): the Securities and Exchange Commission (SEC),
    Ohio, RPM International Inc. (RPM), Edward W. Moore, the U.S. District Court for the District of Columbia, the U.S.
    Department of Justice (DOJ);
  - sec.gov 'fwro-news-chinese-feul-storage-fraud.html' (June 29, 2016): the Securities and Exchange Commission (SEC),
    China, Longwei Petroleum Investment Holding Limited (Longwei), Michael Toups, Shanxi Province, Tom Keltner, Jody
    Moore, the Fort Worth Regional Office, Eric Werner, David Peavler, Timothy Evans.
Texts are the search tool's page-store excerpts (corpus `pages`; 1,998, 2,000 and 1,713 bytes as saved: the first two
the store's excerpt length, a check on the transcription; the third the whole page). FAT Brands: the lines 'U.S.
SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 26001 / May 10, 2024' (the date kept as `published`) and
the case caption 'Securities and Exchange Commission v. FAT Brands Inc., Andrew A. Wiederhorn, Ron Roe, and Rebecca D.
Hershinger, Civil Action No. 2:24-CV-03913 (C.D. Cal. May 10, 2024)' left out (as 55v's Gabelli release); the heading
kept as `title`; cut inside the second paragraph after '... the money that FCCG was receiving from FAT and spend it on
himself.', before 'The complaint further alleges that Wiederhorn misled FAT's board of directors ...', whose sentence
the excerpt breaks off ('pre-existing liabiliti'). RPM: the lines 'Breadcrumb', 'RPM International Inc. and Edward W.
Moore' (the page's name line), 'Litigation Release No. 24994 / December 23, 2020' (the date kept as `published`) and the
caption 'Securities and Exchange Commission v. RPM International Inc. and Edward W. Moore, Case No. 1:16-cv-01803-ABJ
(D.D.C., filed Sept. 9, 2016)' left out; the heading kept as `title`; cut inside the second paragraph after '... record
an accrual for the DOJ investigation.', before 'In August 2014, RPM restated the first three ', where the excerpt
breaks off. Both `truncated`. Longwei: the page-frame lines 'Skip to main content' and 'Return to Top' and the date
line 'June 29, 2016' (kept as `published`) left out; the heading kept as `title`; the whole body kept, its closing
'See here for more information.' (the page's link sentence) included as written; not `truncated`. No word added or
changed; the store's paragraphs joined by a blank line. Each kept paragraph and title checked by script to be a verbatim
substring (once) of the saved excerpt (/tmp/gather56zb/src, written by /tmp/gather56zb/mk_src.py). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch55zb.py [POOL_DIR] [--dry]   (default /tmp/gather56zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56 (the "
         "round's CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56zb/pool"
SRC = "/tmp/gather56zb/src"
R = []

# ---- SEC v. FAT Brands Inc., Andrew A. Wiederhorn, Ron Roe, and Rebecca D. Hershinger, Lit. Rel. 26001, May 10, 2024 --
U1 = "http://www.Sec.gov/litigation/litreleases/lr-26001"
T1 = ("SEC Charges Restaurant Group FAT Brands Inc., its Chairman and Former CEO, and its Two Former CFOs with "
      "Defrauding Investors")
P1 = [
 "The Securities and Exchange Commission announced today that it filed fraud charges against FAT Brands Inc. "
 "(\u201cFAT\u201d), its founder, former CEO, and current Chairman, Andrew Wiederhorn (\u201cWiederhorn\u201d), and its "
 "former CFOs, Ron Roe (\u201cRoe\u201d) and Rebecca Hershinger (\u201cHershinger\u201d) concerning FAT\u2019s "
 "disclosures about related person transactions with Wiederhorn and his family.",
 "According to the SEC\u2019s complaint, FAT owns restaurant brands, including Fatburger, Johnny Rockets, and Twin "
 "Peaks. The complaint alleges that, from October 2017 through March 2021, Wiederhorn used almost $27 million of "
 "FAT\u2019s cash on his personal expenses, including private jets, first-class airfare, luxury vacations, his rent and "
 "mortgage payments, shopping, and jewelry. Wiederhorn, with Roe\u2019s assistance, allegedly engaged in deceptive acts "
 "and made false and misleading statements to make it appear that the millions of dollars of FAT\u2019s money he was "
 "spending on himself and on his family each year were company loans to FAT\u2019s affiliate, Fog Cutter Capital "
 "Group, Inc. (\u201cFCCG\u201d), another company Wiederhorn controlled, for its business expenses.  According to the "
 "complaint, Wiederhorn used his control over FCCG to take\u2014in the form a personal loan that he wrote off at his "
 "sole discretion and never repaid\u2014the money that FCCG was receiving from FAT and spend it on himself."]
R.append((["fat-brands-lr26001.txt"], T1, P1, federal(
 "us-sec-fat-brands-founder-chairman-wiederhorn-former-cfos-roe-hershinger-fog-cutter-loans-2024",
 U1, "2024-05-10", T1, "\n\n".join(P1),
 "restaurants/securities regulation", "legal,regulatory,accounting,related-party transactions,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26001, 'SEC Charges Restaurant Group FAT Brands Inc., "
 "its Chairman and Former CEO, and its Two Former CFOs with Defrauding Investors', May 10, 2024, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr-26001'; the store writes the host 'www.Sec.gov'): first-party text. Left out: the lines 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 26001 / May 10, 2024' (the date kept as `published`), the case caption "
 "'Securities and Exchange Commission v. FAT Brands Inc., Andrew A. Wiederhorn, Ron Roe, and Rebecca D. Hershinger, "
 "Civil Action No. 2:24-CV-03913 (C.D. Cal. May 10, 2024)' (as 55v's Gabelli release); the heading kept as `title`; cut "
 "inside the second paragraph after '... the money that FCCG was receiving from FAT and spend it on himself.', before "
 "'The complaint further alleges that Wiederhorn misled FAT\u2019s board of directors and FAT\u2019s auditors, ...', "
 "whose sentence the store's excerpt breaks off ('pre-existing liabiliti') (`truncated`). Kept as written: the curly "
 "quotation marks and apostrophes ('(\u201cFAT\u201d)', 'FAT\u2019s'), the two spaces after 'business expenses.', the "
 "em dashes without spaces ('take\u2014in', 'repaid\u2014the'), 'in the form a personal loan' (the release's missing "
 "'of'), 'first-class airfare'. 201 words (whitespace-split), two paragraphs. Found at rank 1 under 'SEC charges FAT "
 "Brands Andrew Wiederhorn former CFO Ron Roe fraud scheme' (then marketscreener, fcpaprofessor, restaurantdive, "
 "lathropgpm, usaherald, globalnewsphere, nrn). One text per matter: the parallel DOJ indictment (FAT Brands, "
 "Wiederhorn, Hershinger, William Amon) and any later settlement release are the same matter, not asked for. "
 + CHECK + "'FAT Brands', 'Hershinger', 'Ron Roe', 'Fatburger', 'Johnny Rockets', 'Twin Peaks', '26001', "
 "'2:24-CV-03913': 0 in the corpus files, the scripts, the pools and CLAIMS.txt; 'Wiederhorn' and 'Fog Cutter' only on "
 "two GATHERING.md lines of an earlier round's not-used list (Fog Cutter / Andrew Wiederhorn in D. Or., an earlier "
 "matter with news pages only); 'Fog Cutter' also in one corpus file's notes and batch51i.py, which name it as another "
 "company in a name check -- no corpus text on FAT Brands or its officers.",
 True)))

# ---- SEC v. RPM International Inc. and Edward W. Moore, Lit. Rel. 24994, December 23, 2020 ---------------------------
U2 = "https://sec.gov/litigation/litreleases/2020/lr24994.htm"
T2 = "SEC Obtains Final Judgment Against Rpm International Inc. and Its General Counsel"
P2 = [
 "The Securities and Exchange Commission today announced that Ohio-based RPM International Inc. and Edward W. Moore, "
 "RPM's General Counsel and Chief Compliance Officer, agreed to pay more than $2 million to settle the SEC's charges of "
 "accounting and disclosure violations related to a prior government investigation. The U.S. District Court for the "
 "District of Columbia entered a final judgment against RPM and Moore on December 22, 2020.",
 "The SEC's complaint alleged that, in violation of generally accepted accounting principles and the securities laws, "
 "RPM failed to timely disclose a material loss contingency, or record an accrual, for a U.S. Department of Justice "
 "investigation. According to the complaint, from 2011 through 2013, RPM was under an investigation by DOJ concerning "
 "whether RPM overcharged the government on certain contracts, and Moore oversaw RPM's response to the investigation. "
 "The SEC alleged that, in the first and second quarters of RPM's fiscal year 2013, RPM estimated that it overcharged "
 "the government by material amounts on the contracts at issue and, in the second quarter, planned to settle with DOJ. "
 "As alleged, however, RPM did not disclose the DOJ investigation, or record any accrual on its books, until the third "
 "quarter. As further alleged by the SEC, Moore knew the status of the DOJ investigation but failed to communicate key "
 "facts - including the overcharge estimates - to RPM's Chief Executive Officer, Chief Financial Officer, and Audit "
 "Committee, among others. As a result, according to the complaint, RPM failed to timely disclose and record an accrual "
 "for the DOJ investigation."]
R.append((["rpm-lr24994.txt"], T2, P2, federal(
 "us-sec-rpm-international-general-counsel-moore-doj-investigation-loss-contingency-final-judgment-2020",
 U2, "2020-12-23", T2, "\n\n".join(P2),
 "chemicals/securities regulation", "legal,regulatory,accounting,disclosure,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 24994, 'SEC Obtains Final Judgment Against Rpm "
 "International Inc. and Its General Counsel', December 23, 2020, US federal government work (public domain); text "
 "from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "2020/lr24994.htm'): first-party text. Left out: the lines 'Breadcrumb', 'RPM International Inc. and Edward W. Moore' "
 "(the page's name line), 'Litigation Release No. 24994 / December 23, 2020' (the date kept as `published`), the case "
 "caption 'Securities and Exchange Commission v. RPM International Inc. and Edward W. Moore, Case No. "
 "1:16-cv-01803-ABJ (D.D.C., filed Sept. 9, 2016)' (as 55v's Gabelli release); the heading kept as `title` (with the "
 "release's 'Rpm'); cut inside the second paragraph after '... RPM failed to timely disclose and record an accrual for "
 "the DOJ investigation.', before 'In August 2014, RPM restated the first three ', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Ohio-based', \"RPM's General Counsel and Chief Compliance Officer\" (capitals), "
 "'The U.S. District Court for the District of Columbia', 'a U.S. Department of Justice investigation', the spaced "
 "hyphens as dashes ('key facts - including the overcharge estimates - to'), the straight apostrophes. 255 words "
 "(whitespace-split), two paragraphs. Found at rank 3 under 'SEC charges RPM International and general counsel Edward "
 "Moore disclosure failures Tremco Department of Justice investigation' (ranks 1-2: pdfslide.us's copy of the SEC "
 "complaint (a filing on a third-party host) and a Willkie alert; then descrybe.ai, bastamron, crainscleveland, vlex "
 "(the 2017 opinion), a blog). One text per matter: the complaint and the 2016 filing release are the same matter, not "
 "asked for; the subsidiary Tremco, Inc. named by the complaint and the law-firm pages is not in the kept text. "
 + CHECK + "'RPM International', 'Edward W. Moore', 'Tremco', '24994', '16-cv-01803': 0 in the corpus files, the "
 "scripts, the pools and CLAIMS.txt; 'RPM' alone in other texts ('RPM Trust' in a Ferrofluidics release, and others: "
 "other subjects).",
 True)))

# ---- Longwei Petroleum Investment Holding Limited / Michael Toups, SEC Fort Worth Regional Office news, June 29, 2016 --
U3 = "https://www.sec.gov/fwro-news-chinese-feul-storage-fraud.html"
T3 = "SEC Charges Chinese Fuel Storage Company and Its CFO with Fraud"
P3 = [
 "The Securities and Exchange Commission today charged China-based Longwei Petroleum Investment Holding Limited and "
 "chief financial officer Michael Toups with fraud and related charges. The SEC's complaint alleges that Longwei made "
 "numerous false public statements concerning the capacity of its three fuel storage depots in Shanxi Province, China. "
 "Longwei and Toups issued periodic filings, and press releases in January, February, and March 2013, that "
 "substantially overstated Longwei's storage capacity at those depots.",
 "The SEC also alleges that Toups and Longwei misrepresented and omitted key facts about the company's response to "
 "public claims by a third-party research firm that Longwei was a \"massive fraud\" with little to no observable "
 "business activity at its storage depots. In addition, when the company was short on cash during the second half of "
 "2012, Toups and Longwei misled Longwei warrant holders to induce them to exercise warrants and thereby inject funds "
 "into the company. As part of this scheme, Toups publicly reported his own purchases of Longwei stock in an effort to "
 "convince investors that he truly believed in the company's prospects. Unbeknownst to investors, however, Toups made "
 "the purchases at the direction of Longwei's chairman and used company funds to acquire the stock.",
 "The SEC's investigation was conducted by Tom Keltner and Jody Moore in the Fort Worth Regional Office, and "
 "supervised by Assistant Regional Director Eric Werner and Associate Regional Director David Peavler. The SEC's "
 "litigation will be led by Timothy Evans. See here for more information."]
R.append((["longwei-fwro-2016.txt"], T3, P3, federal(
 "us-sec-longwei-petroleum-cfo-toups-shanxi-fuel-storage-capacity-fraud-2016",
 U3, "2016-06-29", T3, "\n\n".join(P3),
 "oil and gas/securities regulation", "legal,regulatory,disclosure,China-based issuers,executives",
 "U.S. Securities and Exchange Commission, Fort Worth Regional Office news, 'SEC Charges Chinese Fuel Storage Company "
 "and Its CFO with Fraud', June 29, 2016, US federal government work (public domain); text from the search tool's "
 "page store at " + U3,
 SEC_ORIGIN,
 "An SEC regional office's news item (a US federal work, public domain) as sec.gov itself carries it "
 "('fwro-news-chinese-feul-storage-fraud.html', the address's 'feul' as stored): first-party text. Left out: the "
 "page-frame lines 'Skip to main content' and 'Return to Top', the date line 'June 29, 2016' (kept as `published`); "
 "the heading kept as `title`. The whole body kept, with its closing link sentence 'See here for more information.' "
 "(as written; the link target not in the store's text); not `truncated`. Kept as written: 'China-based', 'chief "
 "financial officer Michael Toups' (lower case), 'Shanxi Province, China', 'January, February, and March 2013', the "
 "straight quotation marks ('\"massive fraud\"'), 'third-party research firm' (unnamed), \"Longwei's chairman\" "
 "(unnamed). 244 words (whitespace-split), three paragraphs. Found at rank 1 under 'SEC charges Longwei Petroleum "
 "Investment Holding CEO Cai Yongjun CFO Michael Toups fraud' (then findacase and casetext (the 2014 class-action "
 "opinion), chinacsr, docketbird (the 2016 Toups order), securitiesattorneys, lexology, secactions). One text per "
 "matter: any later judgment release on Toups or Longwei is the same matter. " + CHECK + "'Longwei', 'Toups', "
 "'Keltner', 'Jody Moore', 'Eric Werner', 'David Peavler', 'Timothy Evans', 'fwro-news': 0 in the corpus files, "
 "GATHERING.md, the scripts, the pools and CLAIMS.txt; 'Fort Worth Regional Office' in no corpus file; 'Shanxi' in "
 "one corpus file on another subject.",
 False)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        for p in [title] + paras:
            assert raw.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
