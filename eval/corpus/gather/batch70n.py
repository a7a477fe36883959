#!/usr/bin/env python3
"""Batch 70n (session 64, gatherer lane 70n): three FTC merger texts of 1996 and 2003 naming the acquiring companies,
their targets, the targets' parents, an acquirer's subsidiary, the buyer of divested assets, two named lens lines and
the FTC's Bureau of Competition with its Director, new matters in the federal FTC lane (after 68a, 68g, 68m, 68v, 68y,
69a, 69h, 69n, 69t, 69z, 69ae, 70a and 70h), taken from the leads of 70h (Quest Diagnostics / Unilab, 2003; GenCorp /
Atlantic Research, 2003; the 0-hit name Wesley Jessen) and 70a (ftc.gov's 'opa/<year>/<month>/<name>.htm' releases
answer 'FTC <acquirer> <target> consent order <product>' at ranks 1-4; days from the FR analyses' 'FTC Home Page (for
<day>)') (see the round notes /tmp/gather70n/NOTES.md):
  - ftc.gov 'opa/2003/02/quest.htm' (FTC press release of February 21, 2003) -- the FTC's proposed consent order on
    Quest Diagnostics, Inc.'s $827 million acquisition of Unilab Corporation, assets to be divested to Laboratory
    Corporation of America (LabCorp) in Northern California; Joe Simons, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/1996/09/opaqlens.htm' (FTC press release of September 1996, day not in the stored text) --
    Wesley-Jessen Corporation's agreement to divest the opaque lens business of Pilkington Barnes Hind International,
    Inc., a subsidiary of Pilkington plc it plans to acquire; the Durasoft and Natural Touch lines;
  - ftc.gov 'opa/2003/10/gencorp.htm' (FTC press release of October 15, 2003) -- the FTC allowing GenCorp Inc.'s $133
    million acquisition of Atlantic Research Corporation (ARC), Sequa's propulsion business, provided ARC's in-space
    liquid propulsion business is divested; GenCorp's Aerojet-General Corporation; Susan Creighton, Director of the
    FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather70n/NOTES.md. Queries and ranks in
/tmp/gather70n/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the GenCorp text's curly quotation marks and
apostrophes, the Quest and Wesley-Jessen texts' straight ones), as saved in /tmp/gather70n/src by
/tmp/gather70n/mk_src.py. Left out: the page line 'Skip to main content' and the blank lines under it (all three; two
of the GenCorp text's hold a single space); the GenCorp page's heading 'Parties to the Proposed Transaction'. `title`
None for all three (no headline in the stored texts). `published` 2003-02-21 and 2003-10-15 from the FR analyses in
the store ('FTC Home Page (for February 21, 2003)', '(for October 15, 2003)') with the releases' 'today'; None for the
Wesley-Jessen text (the address gives September 1996; no page in the store gives the day). Quest / Unilab -- cut after
the fourth paragraph, before the fifth ('Quest, headquartere'), which the store's excerpt breaks off (`truncated`
True). Wesley-Jessen / Pilkington Barnes Hind -- cut after the third paragraph, before the fourth ('"Prices for
Durasoft opaque lenses dropped ... and the FTC is acting today'), which the excerpt breaks off (`truncated` True).
GenCorp / Atlantic Research -- cut inside the last paragraph before its last sentence ('Headquartered in Gainesville,
Virginia, ARC i'), which the excerpt breaks off (`truncated` True). No word added or changed; the store's paragraphs
kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch70n.py [POOL_DIR] [--dry]   (default /tmp/gather70n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather70/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70n/pool"
SRC = "/tmp/gather70n/src"
R = []

# ---- Quest Diagnostics, Inc. / Unilab Corporation (LabCorp divestiture), FTC press release, February 21, 2003 -------
U1 = "https://www.ftc.gov/opa/2003/02/quest.htm"
P1 = [
 "Stating that the $827 million acquisition of Unilab Corporation (Unilab) by Quest Diagnostics, Inc. (Quest), as "
 "proposed, likely would be anticompetitive and lead to higher prices for clinical laboratory services in Northern "
 "California, the Federal Trade Commission today announced a proposed consent order that would conditionally allow "
 "the transaction to proceed, provided the companies divest certain assets to Laboratory Corporation of America "
 "(LabCorp).",
 "According to the Commission, the transaction as proposed would have resulted in the combination of the two leading "
 "lab testing firms in Northern California and increased the possibility that the combined Quest/Unilab could "
 "unilaterally raise prices. The threat of price increases would have been greatest to independent physician "
 "associations (IPAs) and other physicians groups that depend on the unique rivalry between Quest and Unilab to "
 "minimize healthcare costs, the FTC said.",
 "Under the terms of the proposed order, Quest and Unilab are required to divest to LabCorp 46 patient service centers "
 "(PSCs); five stat, or rapid response, laboratories; all of Quest's - and one of Unilab's - Northern California "
 "contracts with physicians groups; and all related assets necessary for the provision of clinical lab testing "
 "services to such groups, including customer lists and information. According to the Commission, with these assets "
 "and their experience as a provider of laboratory services throughout the United States, LabCorp will be able to "
 "replace competition that would be lost as a result of the proposed acquisition.",
 "\"Quest and Unilab are the predominant independent clinical laboratories serving IPAs in Northern California. In "
 "the absence of this strong consent order, their combination would have decreased competition and increased "
 "healthcare costs to the detriment of IPAs and, ultimately, to the detriment of consumers,\" said Joe Simons, "
 "Director of the FTC's Bureau of Competition."]
R.append((["ftc-2003-02-quest-unilab.txt"], None, P1, federal(
 "us-ftc-quest-diagnostics-unilab-proposed-consent-labcorp-northern-california-2003",
 U1, "2003-02-21", None, "\n\n".join(P1),
 "health/competition regulation", "deal,regulatory,merger control,divestiture,clinical laboratories",
 "U.S. Federal Trade Commission, press release of February 21, 2003 on its proposed consent order over Quest "
 "Diagnostics, Inc.'s acquisition of Unilab Corporation, assets to be divested to Laboratory Corporation of America "
 "(its headline and date line are not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2003/02/quest.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` 2003-02-21 -- the address gives "
 "February 2003, the release says the FTC 'today announced a proposed consent order', and the FR analysis 03-4609 in "
 "the store (rank 8 of query 1; comments until March 24, 2003) points to the consent agreement package on 'the FTC "
 "Home Page (for February 21, 2003)' (70a's Medtronic call). 'today' -> 2003-02-21. Cut after the fourth paragraph, "
 "before the fifth ('Quest, headquartere'), which the store's excerpt breaks off (`truncated` True). Kept as written: "
 "'Unilab Corporation (Unilab)', 'Quest Diagnostics, Inc. (Quest)' (the FTC's own legal papers write 'Quest "
 "Diagnostics Incorporated'), 'Laboratory Corporation of America (LabCorp)', 'Quest/Unilab', the single hyphens "
 "used as dashes ('all of Quest's - and one of Unilab's -') and the straight quotation marks and apostrophes. 289 "
 "words (whitespace-split), four paragraphs. Found at rank 4 under 'FTC Quest Diagnostics Unilab consent order "
 "divest' (query 1); the other answers were ftc.gov's agreement containing consent orders (File No. 021 0140), order "
 "to maintain assets (twice), decision and order and complaint (Docket No. C-4074), a 2011 qui tam dismissal note on "
 "fcaalert.com (another matter) and the FR analysis 03-4609. Query 6 (the same matter asked with 'LabCorp' and "
 "'patient service centers') gave only later Quest news (Labtech 2021, California Laboratory Associates) and "
 "company pages: not used. One text per matter: the agreement, orders, complaint and analysis are one matter (File "
 "No. 021 0140, Docket No. C-4074). " + CHECK + "'Unilab', 'Quest Diagnostics', '021 0140', 'C-4074': only in "
 "GATHERING.md (lead lines of rounds 43q and 70h); 'LabCorp', 'Joe Simons' and 'Northern California' in corpus files "
 "on other matters.",
 True)))

# ---- Wesley-Jessen Corporation / Pilkington Barnes Hind International, Inc., FTC press release, September 1996 ------
U2 = "https://www.ftc.gov/opa/1996/09/opaqlens.htm"
P2 = [
 "Wesley-Jessen Corporation, the leading maker of opaque contact lenses -- corrective or solely-cosmetic lenses that "
 "change the apparent eye color of the wearer -- has agreed to divest the opaque lens business of its main rival, "
 "Pilkington Barnes Hind International, Inc., under an agreement it has signed with the Federal Trade Commission to "
 "settle charges that the merger of the two competitors would violate federal antitrust laws. The FTC said the "
 "settlement will help protect all contact lens wearers, because it undoes the part of the deal that would result in "
 "a near monopoly, while allowing the part that could result in a stronger firm to compete with the three main firms "
 "in the clear contact lens market.",
 "In the deal at issue, Wesley-Jessen, based in Des Plaines, Illinois, plans to acquire Pilkington Barnes Hind "
 "International, Inc., a subsidiary of Pilkington plc that is based in Sunnyvale, California, for $80 million. "
 "Wesley-Jessen manufactures the Durasoft line of opaque lenses, while Pilkington Barnes Hind makes the Natural Touch "
 "line.",
 "The FTC alleged the acquisition would give the merged firm more than 90 percent of the $46 million opaque contact "
 "lens market, adding that it is unlikely the merged firm would face new competition given the broad patents "
 "governing the design and manufacture of opaque lenses that Wesley-Jessen and Pilkington Barnes Hind now hold. "
 "Absent FTC action, the merger would eliminate direct competition between the two firms in the opaque lens market, "
 "create a dominant firm, increase the likelihood that Wesley-Jessen will unilaterally exercise market power, and "
 "enhance the chance of collusion or coordinated interaction between the merged firm and others in the market. The "
 "result could be higher consumer prices and reduced innovation or quality for opaque contact lenses, the FTC said."]
R.append((["ftc-1996-09-wesley-jessen-pilkington-barnes-hind.txt"], None, P2, federal(
 "us-ftc-wesley-jessen-pilkington-barnes-hind-opaque-lens-divestiture-1996",
 U2, None, None, "\n\n".join(P2),
 "health/competition regulation", "deal,regulatory,merger control,divestiture,contact lenses",
 "U.S. Federal Trade Commission, press release of September 1996 on Wesley-Jessen Corporation's agreement to divest "
 "the opaque lens business of Pilkington Barnes Hind International, Inc. (its headline and day are not in the stored "
 "text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1996/09/opaqlens.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None; `published` None -- the address gives September 1996; the FR analysis "
 "96-25739 in the store (Tuesday, October 8, 1996, File No. 961-0060; gpo.gov and elaws copies, ranks 1 and 3 of "
 "queries 3 and 4) took comments until December 31, 1996 and names no release day, and query 7 (asked for the day) "
 "gave only later Wesley Jessen items (its 1997 S-1 filings, the 2000 Ocular Sciences, Bausch & Lomb and CIBA Vision "
 "stories): no page gives the release's day. The kept text holds no absolute time expression: no dates. Cut after the "
 "third paragraph, before the fourth ('\"Prices for Durasoft opaque lenses dropped substantially when the Natural "
 "Touch line was introduced in 1992, and the FTC is acting today'), which the store's excerpt breaks off (`truncated` "
 "True). Kept as written: 'Wesley-Jessen Corporation' (hyphenated; later filings write 'Wesley Jessen'), 'Pilkington "
 "Barnes Hind International, Inc.' (no hyphen), 'Pilkington plc', 'Durasoft', 'Natural Touch', the double hyphens. "
 "291 words (whitespace-split), three paragraphs. Found at rank 2 under 'FTC Wesley Jessen consent order contact lens "
 "acquisition' (query 3) and rank 2 of query 4; the other answers were the FR analysis (twice), lensconsultants.com "
 "news pages, FTC Contact Lens Rule items and blog posts, a Valeant / Paragon story and book scans (other matters). "
 "One text per matter (File No. 961-0060). " + CHECK + "'Wesley-Jessen', 'Pilkington Barnes', 'Barnes Hind', "
 "'Durasoft', 'Natural Touch', '961-0060': 0; 'Wesley Jessen' only in GATHERING.md (70h's lead line); 'Pilkington' "
 "in test wp-pilkington and other files (the glass maker's history and a bid-rigging case: other matters, none on "
 "its lens subsidiary); 'Sunnyvale' in corpus files on other matters, 'Des Plaines': 0.",
 True)))

# ---- GenCorp Inc. / Atlantic Research Corporation (ARC in-space propulsion), FTC press release, October 15, 2003 ----
U3 = "https://www.ftc.gov/opa/2003/10/gencorp.htm"
P3 = [
 "The Federal Trade Commission will allow GenCorp Inc. (GenCorp) to proceed with its $133 million acquisition of "
 "Atlantic Research Corporation (ARC), it announced today, provided GenCorp divests ARC\u2019s in-space liquid "
 "propulsion business within six months of completing the deal. To protect competition while the divestiture is "
 "pending, the FTC will enforce an Order to Hold Separate and Maintain Assets (Hold Separate Order) to ensure that no "
 "competitively sensitive information is transferred between GenCorp and the ARC in-space liquid propulsion business "
 "and to ensure that GenCorp maintains that business as a competitively viable entity.",
 "\u201cThe remedy achieved by the Commission in this matter fully addresses the competitive concerns raised by the "
 "proposed transaction, and while allowing the parties to complete their transaction, preserves competition that "
 "would otherwise have been lost in several in-space liquid propulsion markets,\u201d said Susan Creighton, Director "
 "of the FTC\u2019s Bureau of Competition.",
 "GenCorp is a technology-based manufacturing company headquartered in Rancho Cordova, California. Its businesses are "
 "concentrated in three areas: aerospace and defense, fine chemicals, and automotive. Through its Aerojet-General "
 "Corporation (Aerojet) subsidiary, GenCorp researches, develops, manufactures, and sells propulsion products and "
 "systems for space and defense applications, as well as armament systems for precision tactical weapon systems. "
 "Aerojet produces a full range of in-space propulsion thrusters at its facility in Redmond, Washington.",
 "Sequa, the parent company of ARC, is a diversified industrial company that produces a broad range of products "
 "through operating units in five business segments: aerospace, propulsion, metal coating, specialty chemicals, and "
 "other products. The propulsion segment of Sequa\u2019s business consists of the ARC business."]
R.append((["ftc-2003-10-gencorp-atlantic-research.txt"], None, P3, federal(
 "us-ftc-gencorp-atlantic-research-in-space-liquid-propulsion-divestiture-2003",
 U3, "2003-10-15", None, "\n\n".join(P3),
 "aerospace/competition regulation", "deal,regulatory,merger control,divestiture,space propulsion",
 "U.S. Federal Trade Commission, press release of October 15, 2003 on GenCorp Inc.'s acquisition of Atlantic Research "
 "Corporation, allowed provided ARC's in-space liquid propulsion business is divested (its headline and date line are "
 "not in the stored text), US federal government work (public domain); text from the search tool's page store at "
 + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2003/10/gencorp.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank lines under it (two holding a single "
 "space); the heading 'Parties to the Proposed Transaction' between the second and third kept paragraphs. The stored "
 "text holds no headline and no date line: `title` None (the attribution says so); `published` 2003-10-15 -- the "
 "address gives October 2003, the release says 'it announced today', and the FR analysis in the store (68 FR 60694, "
 "rank 2 of query 5; comments until November 13, 2003) points to the consent agreement package on 'the FTC Home Page "
 "(for October 15, 2003)' (70a's Medtronic call). 'today' -> 2003-10-15. Cut inside the last paragraph before its "
 "last sentence ('Headquartered in Gainesville, Virginia, ARC i'), which the store's excerpt breaks off (`truncated` "
 "True). Kept as written: 'GenCorp Inc. (GenCorp)', 'Atlantic Research Corporation (ARC)', 'Aerojet-General "
 "Corporation (Aerojet)', 'Sequa' (its full name is not written), the curly quotation marks and apostrophes. 261 "
 "words (whitespace-split), four paragraphs. Found at rank 1 under 'FTC GenCorp Atlantic Research consent order "
 "divest propulsion' (query 5); the other answers were the FR analysis and the FTC's 2013 closing of its GenCorp / "
 "Pratt & Whitney Rocketdyne investigation with its press copies (SpaceNews, Reuters, blogs, SpaceRef: another "
 "matter). One text per matter (Docket No. C-4099 as 70h's lead line gives it). " + CHECK + "'Atlantic Research' and "
 "'Sequa' only in GATHERING.md (70h's lead line; 'Sequana', another name); 'GenCorp' in train wp-general-tire, dev's "
 "Rohm and Haas / Morton text and batches 67m and 68g (General Tire's holding company of 1984 and its purchase of "
 "Morton's floor care polymers: other matters); 'Aerojet' in a train FTC competition-cases text (Lockheed Martin / "
 "Aerojet, abandoned 2002) and a test FCC text (other matters); 'Susan Creighton' in FTC texts on other matters; "
 "'Rancho Cordova': 0; 'Redmond' in corpus files on other matters.",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space (line breaks, blank lines
    holding a space) read as one space (the saved file's two header lines, its address and the queries that found it,
    are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
