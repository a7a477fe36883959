#!/usr/bin/env python3
"""Batch 62b (session 57, gatherer 62b): one SEC litigation release naming a company's former chief financial officer
and two FTC merger press releases naming an acquirer, its target, the divestiture buyers and the FTC official who spoke,
new matters in the federal SEC / FTC lane (after 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c
and the rounds they name), found by asking a matter by the company and its officers' names beside 'Litigation Release'
(61b's and 60l's way) and the FTC's merger consents of 2005-2006 by acquirer, target and 'consent order divest':
  - the UNT Libraries' End of Term 2008 web archive copy of sec.gov 'litigation/litreleases/2007/lr20163.htm'
    (Litigation Release No. 20163, June 22, 2007): 'Commission Charges Former Intervoice CFO of Texas Company in
    Fraudulent Scheme to Inflate Revenue' -- Rob Roy J. Graham, 'the former CFO of Intervoice, Inc.', of Dallas, Texas,
    settling the Commission's civil fraud action filed in Massachusetts federal court (SEC v. Graham, D. Mass., Civil
    Action No. 07-11152 (RWZ));
  - ftc.gov 'news-events/press-releases/2006/01/preserving-competition-ftc-requires-divestitures-allowing-tevas' (FTC
    press release of January 23, 2006; its headline is not in the stored text) -- the consent agreement allowing Teva
    Pharmaceutical Industries Ltd.'s proposed acquisition of IVAX Corporation of Miami, Florida, on the sale of 15
    generic drugs to Par Pharmaceutical Companies, Inc. and Barr Pharmaceuticals, Inc., with Jeffrey Brennan, Associate
    Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2006/11/nations-largest-funeral-homecemetery-chains-agree-ftc-terms-they-
    may-merge' (FTC press release of November 22, 2006; its headline is not in the stored text) -- the settlement
    letting Houston-based Service Corporation International (SCI) acquire Cincinnati-based Alderwoods Group Inc. on the
    sale of funeral homes and cemeteries, with Jeffrey Schmidt, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather63/62b.md. Queries and ranks in
/tmp/gather63b/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 (CLAIMS.txt) and the
session-57 pools /tmp/gather62*/pool and /tmp/gather63*/pool. The texts are the search tool's page-store excerpts
(corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: 2,000 characters for the SEC page, 1,980 and 1,984 for
the FTC pages with their curly quotation marks and apostrophes), as saved in /tmp/gather63b/src by
/tmp/gather63b/mk_src.py.
Left out: Intervoice -- the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page',
'U.S. Securities and Exchange Commission', the correction mark 'CORRECTED', 'U.S. SECURITIES AND EXCHANGE COMMISSION',
the release lines 'Litigation Release No. 20163 / June 22, 2007' (the date kept as `published`) and 'Accounting and
Auditing Release No. 2621 / June 22, 2007', and the caption line 'SEC v. Graham, United States District Court, District
of Massachusetts, Civil Action No. 07-11152 (RWZ)'; the heading kept as `title`; cut inside the second paragraph after
its second sentence ('... generally accepted accounting principles (GAAP).'), before the sentence the excerpt breaks
off ('The complaint alleges that, as to certain transactions, Graham agreed in advance to reconfigure the hardware and
s') (`truncated`). Teva / IVAX -- the page line 'Skip to main content'; `title` None (the headline is not in the stored
text); cut after the fourth paragraph (Jeffrey Brennan's quotation), before the sub-heading 'The FTC’s Complaint' and
the paragraph the excerpt breaks off ('... This elimination of current and future comp') (`truncated`). SCI /
Alderwoods -- the page line 'Skip to main content' and the run-in sub-heading 'The Relevant Markets: ' that opens the
third paragraph; `title` None (the headline is not in the stored text); cut inside the fourth paragraph after its
second sentence ('... through licensing contracts with third- party funeral service providers.'), before the sentence
the excerpt breaks off ('These Dignity Memorial affiliates are authorized by SCI to sell services and products under
SCI’s Dign') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept
paragraph and the title checked by script to be a verbatim substring (once) of the saved excerpt. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch62b.py [POOL_DIR] [--dry]   (default /tmp/gather63b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SEC_EOT = "US SEC release on sec.gov (UNT Libraries' End of Term 2008 web archive copy; search tool page store)"
FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 and the session-57 pools "
         "/tmp/gather62*/pool and /tmp/gather63*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather63/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63b/pool"
SRC = "/tmp/gather63b/src"
R = []

# ---- Intervoice, Inc. / Rob Roy J. Graham, Litigation Release No. 20163, June 22, 2007 --------------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20080916024406/http://sec.gov/litigation/litreleases/2007/lr20163.htm"
T1 = "Commission Charges Former Intervoice CFO of Texas Company in Fraudulent Scheme to Inflate Revenue"
P1 = [
 "The Commission announced today that it had filed a civil fraud action in Massachusetts federal court against Rob Roy "
 "J. Graham, the former CFO of Intervoice, Inc., for engaging in a fraudulent scheme to inflate Intervoice's revenues "
 "and misstate other important financial metrics so as to deceive investors as to the company's true financial "
 "condition. Graham, a resident of Dallas, Texas, has agreed to settle with the Commission without admitting or denying "
 "the allegations in the complaint. Under the settlement, Graham agreed to the entry of an order that enjoins him from "
 "future violations of the antifraud and books and records provisions of the securities laws, imposes a permanent "
 "officer and director bar, and requires payment of over $200,000 for civil penalties and disgorgement.",
 "The Commission's complaint, dated June 21, 2007, alleges that the scheme involved the improper recognition of revenue "
 "from a series of transactions that resulted in Intervoice's publication of materially false and misleading financial "
 "statements in four financial periods between 2000 and at least 2002. As set forth in the complaint, Graham negotiated "
 "and approved transactions between Intervoice and its distributors that were each subject to significant, ongoing, "
 "post-transaction obligations and thus did not qualify for revenue recognition under Intervoice's policies or "
 "generally accepted accounting principles (GAAP)."]
R.append((["lr20163.txt"], T1, P1, federal(
 "us-sec-intervoice-former-cfo-graham-revenue-inflation-scheme-settled-2007",
 U1, "2007-06-22", T1, "\n\n".join(P1),
 "technology/securities regulation", "legal,regulatory,accounting fraud,revenue recognition,executives,settlement",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20163 (Accounting and Auditing Release No. 2621), '"
 + T1 + "', June 22, 2007 (SEC v. Graham, United States District Court, District of Massachusetts, Civil Action No. "
 "07-11152 (RWZ)), US federal government work (public domain); text of sec.gov's page as the UNT Libraries' End of Term "
 "2008 web archive holds it, from the search tool's page store at " + U1,
 SEC_EOT,
 "An SEC litigation release (a US federal work, public domain) on sec.gov ('litigation/litreleases/2007/lr20163.htm') "
 "as the UNT Libraries' web archive (webarchive.library.unt.edu, its End of Term 2008 crawl of federal web sites, the "
 "archive 59b's, 59g's and 61b's SEC texts came from) holds the page: the SEC's own text, archived unchanged, no "
 "third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous "
 "Page' and 'U.S. Securities and Exchange Commission', the correction mark 'CORRECTED', 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION', the release lines 'Litigation Release No. 20163 / June 22, 2007' (the date kept as `published`) and "
 "'Accounting and Auditing Release No. 2621 / June 22, 2007', and the caption line 'SEC v. Graham, United States "
 "District Court, District of Massachusetts, Civil Action No. 07-11152 (RWZ)'. The heading is `title`, as written. Cut "
 "inside the second paragraph after its second sentence ('... generally accepted accounting principles (GAAP).'), "
 "before the sentence the store's excerpt breaks off ('The complaint alleges that, as to certain transactions, Graham "
 "agreed in advance to reconfigure the hardware and s') (`truncated`). Kept as written: 'Rob Roy J. Graham' (other "
 "papers write 'Rob-Roy'), 'the former CFO', 'Massachusetts federal court', 'Dallas, Texas', the straight apostrophes. "
 "210 words (whitespace-split), two paragraphs. Found at rank 1 under 'Litigation Release Intervoice Brandenburg "
 "Rob-Roy Graham former chief financial officer'; ranks 2-8 were securities.stanford.edu, descrybe, a lawprofessors "
 "blog, davisvanguard, law.justia (a Fifth Circuit opinion in the class action), docs.justia and cfo.com. One text per "
 "matter: this release, the complaint of June 21, 2007 and Graham's settled judgment are one matter; the related "
 "action against Speechworks International's former officers (SEC v. Forman et al., D. Mass. 07-11151, filed the "
 "same month; sec.gov's LR 21677 of September 30, 2010 came back at rank 3 of the next query) is another case, not "
 "taken this round so that the two related cases do not both enter. " + CHECK + "'Intervoice', 'Rob Roy', 'Rob-Roy', "
 "'07-11152', 'Speechworks', 'Westelman': 0 in the corpus files, the scripts, the pools, the claims and GATHERING.md; "
 "'20163' only as a Federal Register document number (FR Doc. 99-20163) in other matters.",
 True)))

# ---- Teva Pharmaceutical Industries Ltd. / IVAX Corporation, FTC press release, January 23, 2006 -------------------
U2 = "https://www.ftc.gov/news-events/press-releases/2006/01/preserving-competition-ftc-requires-divestitures-allowing-tevas"
P2 = [
 "Under a consent agreement announced today, the Federal Trade Commission will allow Teva Pharmaceutical Industries "
 "Ltd.\u2019s (Teva) proposed acquisition of IVAX Corporation (IVAX), provided the companies sell the rights and assets "
 "needed to manufacture and/or market 15 generic pharmaceutical products.",
 "The divestiture of these products will ensure the replacement of the competition that would be lost in these markets "
 "after the transaction is completed, with two firms, Par Pharmaceutical Companies, Inc. (Par) and Barr "
 "Pharmaceuticals, Inc. (Barr), set to acquire the divested generic drugs and market them in the future. Among the "
 "drugs to be sold are several forms of generic amoxicillin and amoxicillin clavulanate potassium that are widely used "
 "in the United States.",
 "On July 25, 2005, Teva proposed buying all of the issued and outstanding shares of IVAX for approximately $7.4 "
 "billion. IVAX, the fifth-largest supplier of generic drugs in the United States and the eleventh-largest drug "
 "company based on prescriptions filled, is based in Miami, Florida. The proposed acquisition of IVAX would make Teva, "
 "which is based in Israel, the world\u2019s largest generic pharmaceutical supplier.",
 "\u201cTeva and IVAX overlap in a number of generic pharmaceutical markets, and the merger as originally proposed "
 "likely would have caused significant harm to U.S. consumers,\u201d said Jeffrey Brennan, Associate Director of the "
 "FTC\u2019s Bureau of Competition. \u201cThe Commission\u2019s consent order will protect U.S. consumers from higher "
 "prices for these important generic drugs by requiring divestitures to replace the competition that otherwise would "
 "be lost through the merger.\u201d"]
R.append((["ftc-2006-01-teva-ivax.txt"], None, P2, federal(
 "us-ftc-teva-ivax-consent-agreement-generic-drugs-divested-par-barr-2006",
 U2, "2006-01-23", None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of January 23, 2006 on the consent agreement in Teva Pharmaceutical "
 "Industries Ltd.'s proposed acquisition of IVAX Corporation (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it (the agency's older "
 "'news-events/press-releases/2006/01/...' address): first-party text. Left out: the page line 'Skip to main content'. "
 "The stored text holds no headline and no date line: `title` None (the attribution says so, as write_pool.voa and "
 "the corpus's FTC listing pages do); `published` 23 January 2006 (a Monday) -- the address gives January 2006, and "
 "Jones Day's note of that month (jonesday.com, 'FTC Allows Teva's Acquisition of IVAX But Requires Divestitures', "
 "rank 7 of the same query: 'On January 23, 2006, the Federal Trade Commission (\"FTC\") announced a Consent "
 "Agreement') gives the day, the release saying 'announced today' (**doubtful**, as 47w's and 40zi's dates: the day "
 "is taken from another text, not from the page). Cut after the fourth paragraph (Jeffrey Brennan's quotation), before "
 "the sub-heading 'The FTC\u2019s Complaint' and the paragraph the store's excerpt breaks off ('... This elimination "
 "of current and future comp') (`truncated`). Kept as written: the curly quotation marks and apostrophes, "
 "'Ltd.\u2019s (Teva)', 'and/or', 'Miami, Florida', 'U.S. consumers'. 246 words (whitespace-split), four paragraphs. "
 "Found at rank 2 under 'FTC Teva Ivax acquisition consent order divest generic drugs Watson'; rank 1 and 5 were "
 "marketswired (other Teva and Watson matters), 3-4 legalnewsline (Teva/Allergan, 2016), 6 an ftc.gov listing page "
 "(Teva/Cephalon and Perrigo/Paddock, already in the corpus as a listing text), 7 jonesday, 8 a docketalarm exhibit. "
 "One text per matter: this release, the FTC's complaint, the consent order and its final approval are one matter. "
 + CHECK + "'IVAX', 'Jeffrey Brennan', 'Barr Pharmaceuticals': 0 in the corpus files, the scripts, the pools, the "
 "claims and GATHERING.md; 'Teva' (a Wikipedia text on the company, the Teva/Cephalon listing and an EC text) and 'Par "
 "Pharmaceutical' (the Teva/Cephalon and Endo/Par listing texts) only in other matters.",
 True)))

# ---- Service Corporation International / Alderwoods Group Inc., FTC press release, November 22, 2006 -----------------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2006/11/"
      "nations-largest-funeral-homecemetery-chains-agree-ftc-terms-they-may-merge")
P3 = [
 "The nation\u2019s two largest funeral home and cemetery chains have reached an agreement with the Federal Trade "
 "Commission, which contended that Service Corporation International\u2019s (SCI) proposed acquisition of Alderwoods "
 "Group Inc. would lessen competition in 47 markets for funeral or cemetery services, leaving consumers with fewer "
 "choices and the prospect of higher prices or reduced levels of service. Under the settlement, SCI must sell funeral "
 "homes in 29 markets and cemeteries in 12 markets across the United States. In six other markets, SCI must sell "
 "certain funeral homes that it plans to acquire or end its licensing agreements with third-party funeral homes "
 "affiliated with SCI.",
 "\u201cFunerals involve major purchases, which makes preserving competition in these markets important for "
 "consumers,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of Competition.",
 "According to the FTC\u2019s complaint, Houston-based SCI, which had sales of $1.7 billion in 2005, is the nation\u2019s "
 "largest chain of funeral homes and cemeteries, representing about 10 percent of all related U.S. revenues. SCI owned "
 "and operated more than 900 funeral homes and more than 350 cemeteries last year. Cincinnati-based Alderwoods, which "
 "had sales of $740 million in 2005, is the second largest chain, representing about 5 percent of all related U.S. "
 "revenues. Alderwoods owned and operated more than 500 funeral homes and more than 100 cemeteries last year.",
 "According to the complaint, the proposed acquisition would raise competitive concerns in 35 highly concentrated "
 "funeral service markets and 12 highly concentrated cemetery service markets. In six of these funeral service markets "
 "in which Alderwoods operates, SCI does not own or operate a facility, but has a competitive presence through "
 "licensing contracts with third- party funeral service providers."]
R.append((["ftc-2006-11-sci-alderwoods.txt"], None, P3, federal(
 "us-ftc-service-corporation-international-alderwoods-funeral-homes-cemeteries-divestitures-2006",
 U3, "2006-11-22", None, "\n\n".join(P3),
 "funeral services/competition regulation", "deal,regulatory,merger control,divestiture,funeral homes",
 "U.S. Federal Trade Commission, press release of November 22, 2006 on the settlement in Service Corporation "
 "International's proposed acquisition of Alderwoods Group Inc. (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2006/11/...'): first-party text. Left out: the page line 'Skip to main content' and the run-in "
 "sub-heading 'The Relevant Markets: ' that opens the third paragraph (a heading set inline; the paragraph kept from "
 "'According to the FTC\u2019s complaint'). The stored text holds no headline and no date line: `title` None (the "
 "attribution says so); `published` 22 November 2006 (a Wednesday) -- the address gives November 2006, and "
 "antitrustlawyerblog's post on the release (rank 7 of query 10: 'On November 22, the nation\u2019s two largest funeral "
 "home and cemetery chains reached an agreement with the Federal Trade Commission') gives the day (**doubtful**: the "
 "day is taken from another text, not from the page; the FTC's analysis to aid public comment is in the Federal "
 "Register of December 6, 2006, after it). Cut inside the fourth paragraph after its second sentence ('... through "
 "licensing contracts with third- party funeral service providers.'), before the sentence the store's excerpt breaks "
 "off ('These Dignity Memorial affiliates are authorized by SCI to sell services and products under SCI\u2019s Dign') "
 "(`truncated`). Kept as written: the curly quotation marks and apostrophes, 'third- party' with its stray space, "
 "'Houston-based SCI', 'Cincinnati-based Alderwoods', 'last year'. 277 words (whitespace-split), four paragraphs. Found "
 "at rank 2 under 'FTC Service Corporation International Alderwoods divest funeral homes cemeteries consent order'; "
 "rank 1 was a vdocument copy of the decision and order, 3 antitrustlawyerblog, 4 a regulations.justia copy of the "
 "Federal Register page, 5 and 7 ftc.gov orders in SCI's earlier matters (LaGrone, 2000; Equity Corporation "
 "International, 1999, and its 2006 order to show cause), 6 and 8 marketswired (SCI/Stewart, 2014). One text per "
 "matter: this release, the complaint, the consent orders, the Federal Register analysis and the divestiture petitions "
 "are one matter; SCI's 1999 ECI, 2000 LaGrone and 2013 Stewart matters are others. " + CHECK + "'Alderwoods', "
 "'Service Corporation International', 'Jeffrey Schmidt', 'Dignity Memorial', '0610156': 0 in the corpus files, the "
 "scripts, the pools, the claims and GATHERING.md.",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
