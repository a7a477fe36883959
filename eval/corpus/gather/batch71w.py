#!/usr/bin/env python3
"""Batch 71w (session 65, gatherer lane 71w): three US FTC merger texts -- the FTC's final approval of a consent
agreement settling charges over an ammunition maker's acquisition of an aerospace propellant company, an administrative
complaint against an engineering company's consummated purchase of two divisions of its leading rival in industrial
and water storage tanks, and the FTC's vote to seek a preliminary injunction against a glassware maker's proposed
purchase of its rival, a subsidiary of a consumer-products group -- naming the merging companies, their home towns, the
seller's parent, the FTC's Bureau of Competition with its Director and an FTC Commissioner, new matters in the federal
FTC / DOJ lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t, 69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af, 71a, 71h
and 71n), turned from the leads of 71n, 71h and 71a (their named open leads -- Keystone Holdings, Hexion / Huntsman,
Williams / MAPCO, Insilco / Helima, Associated Octel, Commonwealth Land Title, El Paso / Coastal, Duke / Phillips --
each with a name in corpus files or no clean ftc.gov copy; names were taken, as 71n advised, from ftc.gov's case
listings and pages the queries brought up, checked against the corpus first, and asked for by the parties' names)
(see the round notes /tmp/gather71w/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/1995/04/alliant-techsystems-inc' (FTC press release of April 1995, day not
    in the stored text) -- the FTC's final approval of its consent agreement with Alliant Techsystems Inc. over its
    $466 million acquisition of Hercules Aerospace Company (a propellant 'fire wall'; Hercules Defense Electronics
    Systems, Inc. acquired in the transaction); Commissioner Mary L. Azcuenaga's concurring statement;
  - ftc.gov 'news-events/news/press-releases/2001/10/ftc-challenges-chicago-bridges-acquisition-pitt-des-moines-
    industrial-water-storage-tanks-assets' (FTC press release of October 2001, day not in the stored text) -- the FTC's
    administrative complaint against Chicago Bridge & Iron Company N.V.'s February 2001 acquisition of the Water
    Division and Engineered Construction Division of Pitt-Des Moines, Inc.; Joe Simons, the FTC's Bureau of
    Competition Director;
  - ftc.gov 'news-events/news/press-releases/2001/12/ftc-challenge-libbeys-acquisition-anchor-hocking' (FTC press
    release of December 2001, day not in the stored text) -- the FTC's vote to seek a preliminary injunction to block
    Libbey, Inc.'s proposed $332 million acquisition of Anchor Hocking, a wholly-owned subsidiary of Newell Rubbermaid,
    Inc.; Joseph J. Simons, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather71w/NOTES.md. Queries and ranks in
/tmp/gather71w/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`), as saved in /tmp/gather71w/src by
/tmp/gather71w/mk_src.py.
Left out: the page line 'Skip to main content' (Alliant, Chicago Bridge). `title` None for all three (no headline in
the stored texts). `published` None for all three (the addresses give April 1995, October 2001 and December 2001;
'today' in the Chicago Bridge text and 'April 7' in the Alliant text are left unresolved). Alliant -- cut before the
'NOTE:' paragraph, which the excerpt breaks off ('does not constitute admission of a la'; `truncated` True). Chicago
Bridge -- cut before the sixth paragraph, which the excerpt breaks off ('storage tanks in '; `truncated` True). Libbey
-- cut before the fifth paragraph, which the excerpt breaks off ('are direct and actu'; `truncated` True). No word added
or changed ('non- public' and '10- year' with their spaces, 'Anchor Hocking, (Anchor)' with its comma, the straight
quotation marks and apostrophes kept as written); the store's paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch71w.py [POOL_DIR] [--dry]   (default /tmp/gather71w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather71/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71w/pool"
SRC = "/tmp/gather71w/src"
R = []

# ---- Alliant Techsystems Inc. / Hercules Aerospace Company (propellant), FTC press release, April 1995 --------------
U1 = "https://www.ftc.gov/news-events/news/press-releases/1995/04/alliant-techsystems-inc"
P1 = [
 "The Federal Trade Commission has given final approval to a consent agreement with Alliant Techsystems Inc., settling "
 "charges over its $466 million acquisition of Hercules Aerospace Company. As a result of the acquisition, Alliant is "
 "both an ammunition and munitions producer and the only U.S. supplier of propellant for large-caliber ammunition. The "
 "FTC alleged that, absent the settlement, the acquisition could reduce weapons research, innovation and quality.",
 "The Commission's action makes the settlement binding on Alliant, which is based in Hopkins, Minnesota. Hercules is "
 "headquartered in Wilmington, Delaware.",
 "Under the final consent order, Alliant must construct a \"fire wall\" to prevent its newly-acquired propellant "
 "division from sharing with its ammunition and munitions division any non- public information that the propellant "
 "division receives from other ammunition and munitions makers. (The order has been modified to make clear that "
 "Alliant's ammunition and munitions division includes Hercules Defense Electronics Systems, Inc., the Clearwater, "
 "Florida-based entity Alliant acquired in the transaction.)",
 "Alliant also must notify its propellant customers of the order before obtaining any nonpublic information from them.",
 "The consent agreement was placed on the public record on Nov. 15, 1994, and issued in final and binding form by a "
 "4-0 Commission vote on April 7. Commissioner Mary L. Azcuenaga issued a concurring statement, in which she said she "
 "voted to issue the consent order despite the omission of the standard 10- year prior-approval requirement for "
 "similar transactions, \"based on the highly unusual facts of this case.\" Azcuenaga also questioned the extent to "
 "which the fire wall provision \"adds to the protections afforded by private contracts to respect confidentiality\" "
 "and the Commission's ability to monitor compliance with it effectively."]
R.append((["ftc-1995-04-alliant-techsystems.txt"], None, P1, federal(
 "us-ftc-alliant-techsystems-hercules-aerospace-final-consent-propellant-fire-wall-1995",
 U1, None, None, "\n\n".join(P1),
 "defense/competition regulation", "deal,regulatory,merger control,consent order,ammunition",
 "U.S. Federal Trade Commission, press release of April 1995 ('Alliant Techsystems Inc.', the address's words; the "
 "headline and day are not in the stored text), on its final approval of the consent agreement with Alliant "
 "Techsystems Inc. over its acquisition of Hercules Aerospace Company, US federal government work (public domain); "
 "text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` None -- the address gives April 1995 (the matter's Federal Register notice, rank 2 "
 "of query 4, dates the order April 7, 1995; the release's day is not in the ftc.gov text, so it is left unset), so "
 "'April 7' (no year written) is left unresolved; 'Nov. 15, 1994' is the kept text's one absolute date. Cut before "
 "the 'NOTE:' paragraph, which the store's excerpt breaks off ('does not constitute admission of a la'; `truncated` "
 "True). Kept as written: 'non- public' and '10- year' (a space after the hyphen, as stored), 'Clearwater, "
 "Florida-based', the straight quotation marks and apostrophes. 275 words (whitespace-split), five paragraphs. Found at "
 "rank 1 under 'FTC Alliant Techsystems Thiokol acquisition consent agreement' (query 4; asked for Thiokol, the "
 "release on the 1994-1995 Hercules matter came back); the other answers were the matter's Federal Register notice "
 "(federal.elaws.us, the same matter), ftc.gov's 2000 order reopening the 1993 Olin matter (Docket No. 9254, another "
 "matter), the 1992 district court opinions on Alliant / Olin (vlex, findacase, casetext; court texts), a 2003 FR "
 "notice (another matter) and Defense Daily on Northrop Grumman / Orbital ATK (news). One text per matter (Docket No. "
 "C-3567). " + CHECK + "'Alliant Techsystems', 'Hercules Aerospace', 'Hercules Defense', 'large-caliber': 0; "
 "'Alliant' only inside 'alliantgroup' (a train Wikinews text and batch28e.py); 'Hercules' in files on other "
 "companies; 'Azcuenaga' in GATHERING.md and batch67a_annotate.py (another FTC matter's Commissioner).",
 True)))

# ---- Chicago Bridge & Iron Company N.V. / Pitt-Des Moines, Inc. (storage tanks), FTC press release, October 2001 -----
U2 = ("https://www.ftc.gov/news-events/news/press-releases/2001/10/"
      "ftc-challenges-chicago-bridges-acquisition-pitt-des-moines-industrial-water-storage-tanks-assets")
P2 = [
 "The Federal Trade Commission today issued an administrative challenge to resolve competitive issues resulting from a "
 "February 2001 acquisition by Chicago Bridge & Iron Company N.V. (CB&I) of the Water Division and Engineered "
 "Construction Division of Pitt-Des Moines, Inc. (PDM).",
 "CB&I, a Dutch company based in Amsterdam, is one of the world's leading global engineering and construction "
 "companies. PDM, based in The Woodlands, Texas, was a diversified engineering and construction company, and a "
 "distributor of a broad range of carbon steel products.",
 "Prior to the February transaction, CB&I and PDM competed against each other as the two leading U.S. producers of "
 "large, field-erected industrial and water storage tanks and other specialized steel-plate structures. The FTC's "
 "complaint alleges that the acquisition violated federal antitrust laws by substantially lessening competition in "
 "four relevant specialty industrial storage tank markets.",
 "If the FTC's charges are upheld at the conclusion of the administrative trial, the agency may impose an order that "
 "would re-establish two distinct and separate, viable and competing businesses engaged in the design, engineering, "
 "fabrication, construction and sale of each relevant product.",
 "\"Unlike the typical situation, this merger was consummated. Our actions here should make clear to companies and "
 "their antitrust counsel that we are quite prepared to bring action against consummated mergers,\" said FTC Bureau "
 "of Competition Director Joe Simons. \"Antitrust counsel would be well advised to counsel their clients about the "
 "likely consequences of consummating transactions that raise substantial competitive issues, including bearing the "
 "risk of unscrambling the eggs, if necessary.\""]
R.append((["ftc-2001-10-chicago-bridge-pitt-des-moines.txt"], None, P2, federal(
 "us-ftc-chicago-bridge-iron-pitt-des-moines-administrative-complaint-storage-tanks-2001",
 U2, None, None, "\n\n".join(P2),
 "construction/competition regulation", "deal,regulatory,merger control,administrative complaint,storage tanks",
 "U.S. Federal Trade Commission, press release of October 2001, 'FTC Challenges Chicago Bridge's Acquisition of "
 "Pitt-Des Moines Industrial, Water Storage Tanks Assets' (the address's words; the headline and day are not in the "
 "stored text), on its administrative complaint against Chicago Bridge & Iron Company N.V.'s acquisition of the Water "
 "Division and Engineered Construction Division of Pitt-Des Moines, Inc., US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` None -- the address gives October 2001 (ftc.gov's case page, rank 1 of query 2, "
 "dates the complaint October 25, 2001; the day is not in the release's stored text, so it is left unset), so "
 "'today' is left unresolved; 'February 2001' is the kept text's one absolute expression ('the February "
 "transaction', no year written, not listed). Cut before the sixth paragraph, which the store's excerpt breaks off "
 "('storage tanks in '; `truncated` True). Kept as written: 'Chicago Bridge & Iron Company N.V. (CB&I)', "
 "'Pitt-Des Moines, Inc. (PDM)', 'Joe Simons', the straight quotation marks and apostrophes. 250 words "
 "(whitespace-split), five paragraphs. Found at rank 4 under 'FTC Chicago Bridge & Iron Pitt-Des Moines acquisition "
 "complaint' (query 2); the other answers were ftc.gov's case pages (two, the same matter), ftc.gov's June 2003 "
 "release on the initial decision and its January 2005 release on the Commission's opinion (later stages of the same "
 "matter, one text per matter), waterworld.com (a company release), a law blog and lexology (commentary). The "
 "matter was named on the ftc.gov pages query 1 touched and asked for by the parties' names. One text per matter "
 "(File No. 011 0015, Docket No. 9300). " + CHECK + "'Chicago Bridge', 'Pitt-Des', 'CB&I', 'Engineered Construction "
 "Division', 'field-erected': 0; 'Joe Simons' in corpus files on other matters (the same Director).",
 True)))

# ---- Libbey, Inc. / Anchor Hocking (Newell Rubbermaid), food service glassware, FTC press release, December 2001 ------
U3 = "https://www.ftc.gov/news-events/news/press-releases/2001/12/ftc-challenge-libbeys-acquisition-anchor-hocking"
P3 = [
 "The Federal Trade Commission has voted to seek a preliminary injunction to block Libbey, Inc.'s (Libbey) proposed "
 "$332 million acquisition of Anchor Hocking, (Anchor) a wholly-owned subsidiary of Newell Rubbermaid, Inc. Libbey is "
 "the largest maker and seller of soda-lime glassware to the U.S. food service industry, with more than half of all "
 "food service glassware sales. Anchor is the third-largest seller of food service glassware. According to the FTC, "
 "the acquisition, if consummated, would eliminate the existing substantial competition between Libbey and Anchor, and "
 "would substantially reduce competition in the market for soda-lime glassware sold to the food service industry in "
 "the United States. The FTC anticipates that it will file its motion for a preliminary injunction in U.S. District "
 "Court in Washington, D.C. no later than Friday, December 21, 2001.",
 "\"The market for food service soda-lime glassware is highly concentrated and would become even more so if this "
 "acquisition were to proceed,\" said Joseph J. Simons, Director of the FTC's Bureau of Competition. \"The acquisition "
 "would combine the dominant firm in the market with its closest competitor.\"",
 "Libbey is a Delaware corporation with its principal place of business in Toledo, Ohio. Newell Rubbermaid, Inc., also "
 "a Delaware corporation, has its principal place of business in Freeport, Illinois. Anchor Hocking is based in "
 "Lancaster, Ohio.",
 "Libbey produces and sells soda-lime glassware, a line of products that includes many different styles of tumblers "
 "and stemware for beverages, and other products ranging from serving platters to candle holders. Libbey produces and "
 "sells soda-lime glassware, among other segments, to food service customers, including distributors who resell "
 "soda-lime glassware to restaurants, hotels, and other food service establishments. Anchor is the third-largest "
 "maker and seller of soda-lime glassware to the U.S. food service industry."]
R.append((["ftc-2001-12-libbey-anchor-hocking.txt"], None, P3, federal(
 "us-ftc-libbey-anchor-hocking-newell-rubbermaid-preliminary-injunction-vote-glassware-2001",
 U3, None, None, "\n\n".join(P3),
 "consumer goods/competition regulation", "deal,regulatory,merger control,preliminary injunction,glassware",
 "U.S. Federal Trade Commission, press release of December 2001, 'FTC to Challenge Libbey's Acquisition of Anchor "
 "Hocking' (the address's words; the headline and day are not in the stored text), on its vote to seek a preliminary "
 "injunction to block Libbey, Inc.'s proposed acquisition of Anchor Hocking from Newell Rubbermaid, Inc., US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text (the stored "
 "text starts at the release's first sentence). The stored text holds no headline and no date line: `title` None; "
 "`published` None -- the address gives December 2001 (the Commission's vote was of December 18, 2001, by its April "
 "2002 statement, rank 7 of query 10, not in this text; the release's day is not in the stored text, so it is left "
 "unset); 'Friday, December 21, 2001' is the kept text's one absolute date. The store's paragraphs are separated by "
 "single line breaks; kept as paragraphs. Cut before the fifth paragraph, which the store's excerpt breaks off "
 "('Libbey and Anchor are direct and actu'; `truncated` True). Kept as written: \"Libbey, Inc.'s (Libbey)\", 'Anchor "
 "Hocking, (Anchor)' (the comma before the parenthesis as stored), 'Newell Rubbermaid, Inc.', the straight quotation "
 "marks and apostrophes. 290 words (whitespace-split), four paragraphs. Found at rank 3 under 'FTC Libbey Anchor "
 "Hocking Newell acquisition preliminary injunction glassware' (query 10); the other answers were ftc.gov's August "
 "2002 release on the proposed order after the deal was abandoned, its April 2002 release and statement on the "
 "amended agreement and its May 2002 release on the administrative complaint (later stages of the same matter, one "
 "text per matter), the district court's opinion (two copies; court text) and the Toledo Blade (news). The Libbey "
 "name came from trying names on the corpus; asked for by the parties' names. One text per matter (FTC File No. 011 "
 "0194). " + CHECK + "'Libbey', 'Anchor Hocking', 'soda-lime': 0; 'Newell Rubbermaid' in a train Wikipedia text (wp-little-tikes) and "
 "its batch60j scripts (**doubtful**: the seller and parent, not the subject); 'Joseph J. Simons' in corpus files on "
 "other matters (the same Director).",
 True)))


def verify():
    """Each kept paragraph (and the title, where one is kept) occurs verbatim in the saved excerpt (a paragraph once),
    runs of white space (line breaks, blank lines) read as one space (the saved file's two header lines, its address and
    the queries that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        if title:
            assert title == " ".join(title.split()) and title in flat, (rec["id"], title)
        for p in paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        try:
            verify()
        except AssertionError as e:
            sys.exit("verify failed: %s" % (e,))
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
