#!/usr/bin/env python3
"""Batch 70af (session 64, gatherer lane 70af): three US federal merger texts of 1998, 2003 and 2021 on natural gas
and electric utilities and pipelines, naming the merging companies, a subsidiary, the pipelines at stake, the state
office named beside the FTC, the FTC's Bureau of Competition with its Directors and the Justice Department's Antitrust
Division with its head, new matters in the federal FTC / DOJ lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t,
69z, 69ae, 70a, 70h, 70n, 70t and 70z), turned from the leads of 70z, 70t and 70n (70z's untried 0-hit gas-utility
names -- Panhandle Eastern, NiSource / Columbia Energy, Questar, Southwest Gas, Energy East, Piedmont Natural Gas,
Equitable Resources -- asked for by name; the DOJ Antitrust Division welcome in the brief) (see the round notes
/tmp/gather70af/NOTES.md):
  - ftc.gov 'opa/2003/05/southernunion.htm' (FTC press release of May 2003, day not in the stored text) -- the FTC's
    proposed consent order conditionally allowing Southern Union Company's (SU) $1.8 billion purchase of the Panhandle
    pipeline from CMS Energy Corporation (CMS), SU to end its subsidiary Energy Worx, Inc.'s management of the Central
    pipeline (AIG's); Joe Simons, Director of the FTC's Bureau of Competition; Wilkes-Barre, Pennsylvania;
  - www.scribd.com's copy of the Justice Department's release 'The Department's First Challenge of a Merger between a
    Gas and an Electric Utility' (March 1998; the day taken as March 9, 1998, see the record's notes) -- Enova
    Corporation to sell its two largest electric power plants to complete its $6 billion merger with Pacific
    Enterprises, under a settlement with the Department of Justice; Joel I. Klein, Assistant Attorney General in charge
    of the Antitrust Division; California;
  - ftc.gov 'news-events/news/press-releases/2021/07/statement-regarding-berkshire-hathaway-energys-termination-
    acquisition-dominion-energy-incs-questar' (FTC statement of July 2021, day not in the stored text) -- Holly Vedova,
    Acting Director of the FTC's Bureau of Competition, on Berkshire Hathaway Energy Company's Kern River Gas
    Transmission Pipeline abandoning its $1.7 billion acquisition of Dominion Energy, Inc.'s Questar Pipeline after an
    investigation by FTC staff with the Utah Attorney General's Office; the FTC's suit of 1995 against the same
    combination.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather70af/NOTES.md. Queries and ranks in
/tmp/gather70af/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the Southern Union and Enova texts' straight
quotation marks and apostrophes, the Questar text's curly ones), as saved in /tmp/gather70af/src by
/tmp/gather70af/mk_src.py. Left out: the page line 'Skip to main content' and the blank line under it (Southern Union,
Questar); the Southern Union release's heading 'Parties to the Proposed Transaction'; the Enova release's subheading
'The Department's First Challenge of a Merger between a Gas and an Electric Utility' (`title` None: the release's
headline is not in the stored text); the FTC's standing paragraph at the end of the Questar statement ('The Federal
Trade Commission works to promote competition, ... The FTC will never demand mon', broken off by the store; 65a's
leaving-out of the FTC's standing paragraph). `title` None for all three. `published` None for Southern Union (the
address gives May 2003) and Questar (the address gives July 2021; 'Yesterday' in the text is left unresolved);
1998-03-09 for Enova (**doubtful**: the stored copy has no date; the Justice Department's Federal Register notice
98-16218 and the district court's opinion of 2000 in the store say the United States filed its complaint on March 9,
1998, and the release says the settlement was reached 'today' and filed at the same time as the suit). Southern Union
-- cut inside the last paragraph before its second sentence ('The Central pipeline is owned by American International
Group, Inc. (AIG) through its affiliate Southern Star Central Corp. (Southern Sta'), which the store's excerpt breaks
off (`truncated` True). Enova -- the stored copy holds the release as one paragraph; cut before its last sentence
('Gas-fired plants are the most costly to operate, and they set the price for all electricity sold during times like
the summer w'), which the excerpt breaks off (`truncated` True). Questar -- the statement's two quoted paragraphs kept
whole (`truncated` False: only the FTC's standing paragraph follows). No word added or changed; the store's
paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch70af.py [POOL_DIR] [--dry]   (default /tmp/gather70af/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
DOJ_COPY_ORIGIN = "US DOJ press release, a copy on www.scribd.com (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather70/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70af/pool"
SRC = "/tmp/gather70af/src"
R = []

# ---- Southern Union Company / CMS Energy Corporation (Panhandle pipeline), FTC press release, May 2003 -----------------
U1 = "http://www.ftc.gov/opa/2003/05/southernunion.htm"
P1 = [
 "The Federal Trade Commission today announced a proposed consent order that would preserve competition in the market "
 "for the delivery of natural gas to the Kansas City area, while conditionally allowing the $1.8 billion purchase of "
 "the Panhandle pipeline by Southern Union Company (SU) from CMS Energy Corporation (CMS). The proposed order is "
 "subject to public comment and requires SU to terminate an agreement that allowed its subsidiary Energy Worx, Inc. "
 "(Energy Worx) to manage the Central pipeline, which also delivers natural gas to the Kansas City area. The proposed "
 "order also precludes SU and CMS from transferring any interest in Panhandle to AIG, the owner of the Central "
 "pipeline. In addition, following the acquisition, neither SU nor its subsidiaries will be permitted to operate, "
 "manage, or hold any interest in, the Central pipeline.",
 "\"The transaction as proposed would have eliminated direct competition between the Central and Panhandle pipelines "
 "by placing them under common ownership or common management and control,\" said Joe Simons, Director of the FTC's "
 "Bureau of Competition.",
 "\"The consent agreement reached with the Commission appropriately addresses these concerns, preserving competition "
 "and protecting consumers from higher prices for natural gas pipeline services in the Kansas City area.\"",
 "SU, headquartered in Wilkes-Barre, Pennsylvania, is engaged, either directly or through affiliates, in the "
 "distribution and sale of natural gas to residential, commercial, and industrial customers in several states, "
 "including Missouri, Pennsylvania, Rhode Island, and Massachusetts.",
 "Under the terms of an agreement executed in November 2002, Energy Worx operated and managed the Central pipeline, "
 "which transports natural gas to certain Midwest states, including Kansas and Missouri."]
R.append((["ftc-2003-05-southern-union-cms-panhandle.txt"], None, P1, federal(
 "us-ftc-southern-union-cms-energy-panhandle-pipeline-proposed-consent-energy-worx-central-pipeline-2003",
 U1, None, None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,natural gas,pipelines",
 "U.S. Federal Trade Commission, press release of May 2003 on its proposed consent order conditionally allowing "
 "Southern Union Company's purchase of the Panhandle pipeline from CMS Energy Corporation (its headline and day are "
 "not in the stored text), US federal government work (public domain); text from the search tool's page store at "
 + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it, and the heading 'Parties to the Proposed "
 "Transaction'. The stored text holds no headline and no date line: `title` None; `published` None -- the address "
 "gives May 2003 (the matter's Federal Register analysis in the store, File No. 031 0068, rank 6 of query 2, dated "
 "June 4, 2003, names no release day in its excerpt), so 'today' is left unresolved and only 'November 2002' is "
 "listed. Cut inside the last paragraph before its second sentence ('The Central pipeline is owned by American "
 "International Group, Inc. (AIG) through its affiliate Southern Star Central Corp. (Southern Sta'), which the "
 "store's excerpt breaks off (`truncated` True). Kept as written: 'Southern Union Company (SU)', 'CMS Energy "
 "Corporation (CMS)', 'Energy Worx, Inc. (Energy Worx)', 'AIG' (its full name only in the sentence cut off), 'manage, "
 "or hold any interest in, the Central pipeline', the straight quotation marks and apostrophes. 265 words "
 "(whitespace-split), five paragraphs. Found at rank 3 under 'FTC Panhandle Eastern acquisition consent order "
 "natural gas pipeline press release' (query 2); the other answers were a marketswired copy of the FTC's Energy "
 "Transfer / Williams release (2016: 'Williams' in corpus files), ftc.gov's Phillips / Enron release of 1995 and its "
 "rbyhdq.net mirror ('Phillips Petroleum', 'Enron' in corpus files), an ftc.gov energy listing, the FR analysis (the "
 "same matter) and El Paso / PG&E and El Paso / Coastal orders (PDF streams). One text per matter (File No. 031 "
 "0068). " + CHECK + "'Southern Union', 'Energy Worx', 'Southern Star', 'Central pipeline', 'Panhandle pipeline', "
 "'031 0068': 0; 'CMS Energy' only in GATHERING.md (round notes on SEC queries of another matter, round-trip trades); "
 "'American International Group' in corpus files on other matters (SEC cases); 'Joe Simons' in corpus files on other "
 "matters.",
 True)))

# ---- Enova Corporation / Pacific Enterprises (settlement, two power plants), DOJ press release, March 1998 ----------
U2 = "https://www.scribd.com/document/306924/US-Department-of-Justice-Official-Release-01267-104-htm"
P2 = [
 "WASHINGTON, D.C. -- Enova Corporation has agreed to sell its two largest electric power plants in order to complete "
 "its $6 billion merger with Pacific Enterprises, under a settlement reached today with the Department of Justice. "
 "Without the sale, the merger of Pacific's natural gas pipeline with Enova's electric power business would have "
 "likely resulted in higher electricity prices to California consumers. This is the Department's first challenge to "
 "a merger between a gas and an electric utility, and comes at a time when California is restructuring its electric "
 "power industry to allow for more competition. \"Had we not separated the two power plants from the monopoly "
 "pipeline, California consumers ultimately would have suffered from higher electricity prices,\" said Joel I. Klein, "
 "Assistant Attorney General in charge of the Antitrust Division. \"As California and other states deregulate their "
 "electric power industries, vigilant antitrust enforcement is vital to protect and preserve emerging competition. "
 "When we see competitive concerns, we will seek structural relief.\" Natural gas is an important input fuel for "
 "generating electric power in many parts of the country. In California, power plants that use natural gas for "
 "electricity generation--or gas-fired electric plants--currently depend entirely upon Pacific to either transport or "
 "store the natural gas they need. The Department filed suit in U.S. District Court in Washington, D.C. to block the "
 "merger. At the same time, a proposed settlement was filed that, if entered by the court, will settle the lawsuit. "
 "According to the complaint, the merger would have given the combined Pacific/Enova the incentive to use its natural "
 "gas monopoly to withhold gas or gas transportation from competing gas-fired electric plants."]
R.append((["doj-1998-03-enova-pacific-enterprises-scribd.txt"], None, P2, federal(
 "us-doj-enova-pacific-enterprises-merger-settlement-sell-two-power-plants-california-1998",
 U2, "1998-03-09", None, "\n\n".join(P2),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,electric power,natural gas",
 "U.S. Department of Justice, press release of March 1998, 'The Department's First Challenge of a Merger between a "
 "Gas and an Electric Utility' (its subheading; its headline and date line are not in the stored text) on Enova "
 "Corporation's settlement to sell two power plants to complete its merger with Pacific Enterprises, US federal "
 "government work (public domain); text as www.scribd.com reproduces it ('US Department of Justice Official Release "
 "01267-104'), from the search tool's page store at " + U2,
 DOJ_COPY_ORIGIN,
 "A Justice Department press release (a US federal work, public domain) in a document-sharing site's copy (no "
 "justice.gov copy of the release came back: queries 11 and 13 gave the court's opinion of 2000 in four copies, the "
 "Federal Register notice 98-16218 with the proposed final judgment and competitive impact statement, the complaint "
 "in the UNT End of Term archive, two copies of the proposed final judgment, a Los Angeles Times story and an "
 "nsenergybusiness.com story (news text: not used), an SEC U-1 filing and a Public Utilities Fortnightly item; the "
 "copy's wording matches the complaint and the FR notice where they overlap). Left out: the subheading 'The "
 "Department's First Challenge of a Merger between a Gas and an Electric Utility'. `title` None (the headline is not "
 "in the stored text). `published` 1998-03-09 (**doubtful**): the copy carries no date; the FR notice 98-16218 "
 "(rank 6 of query 11) says 'On March 9, 1998, the United States filed a Complaint seeking to enjoin a transaction in "
 "which Pacific Enterprises (\"Pacific\") would merge with Enova Corporation (\"Enova\")' and that the proposed Final "
 "Judgment was 'filed contemporaneously with the Complaint', and the release says the settlement was 'reached today' "
 "and filed at the same time as the suit; the Los Angeles Times story of March 10, 1998 in the store (news text: not "
 "used) reports the approval on 'Monday' (March 9, 1998 was one). So 'today' -> 1998-03-09. The dateline 'WASHINGTON, "
 "D.C. --' kept as written at the head of the paragraph. The copy holds the release as one paragraph: kept as one. "
 "Cut before its last sentence ('Gas-fired plants are the most costly to operate, and they set the price for all "
 "electricity sold during times like the summer w'), which the store's excerpt breaks off (`truncated` True). Kept as "
 "written: 'Enova Corporation', 'Pacific Enterprises', 'electricity generation--or gas-fired electric plants--', "
 "'Pacific/Enova', the straight quotation marks and apostrophes. 272 words (whitespace-split), one paragraph. Found "
 "at rank 3 under 'Justice Department Enova Pacific Enterprises merger consent decree divest power plants press "
 "release 1998' (query 11) and again at rank 3 under query 13. One text per matter (United States v. Enova "
 "Corporation, Civil No. 98-CV-583). " + CHECK + "'Enova Corp', \"Enova's\", 'Pacific Enterprises', "
 "'Pacific/Enova', '98-583': 0 ('Enova' alone only as a part of other words, e.g. 'Genova'); 'Joel I. Klein' in "
 "corpus files on other matters.",
 True)))

# ---- Berkshire Hathaway Energy / Dominion Energy (Questar Pipeline sale abandoned), FTC statement, July 2021 -------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2021/07/statement-regarding-berkshire-hathaway-energys-"
      "termination-acquisition-dominion-energy-incs-questar")
P3 = [
 "In response to the announcement that Berkshire Hathaway Energy Company\u2019s Kern River Gas Transmission Pipeline "
 "has terminated its acquisition of rival Dominion Energy, Inc.\u2019s Questar Pipeline, the FTC Bureau of Competition "
 "Acting Director Holly Vedova issued this statement:",
 "\u201cYesterday, following an investigation by FTC staff with the Utah Attorney General\u2019s Office, Berkshire "
 "Hathaway Energy and Dominion Energy abandoned the planned $1.7 billion sale of the Questar Pipeline. Only two "
 "pipelines bring natural gas from the Rocky Mountain production basins to serve central Utah: Berkshire\u2019s Kern "
 "River Pipeline and Dominion\u2019s Questar Pipeline. The FTC collected extensive testimonial, documentary, and "
 "economic evidence that demonstrated that the acquisition would have eliminated the close competition between Kern "
 "River and Questar that has benefited customers who sought large transportation contracts or direct connections "
 "between their facilities and the interstate pipeline. This competition historically has enabled Utah customers to "
 "obtain lower transportation rates and better terms of service.",
 "\u201cAlthough this outcome preserves competition, it is disappointing that the FTC had to expend significant "
 "resources to review this transaction when we previously filed suit in 1995 to block the same combination. Questar "
 "Pipeline attempted to purchase a 50% share in the Kern River Pipeline but the parties abandoned those plans shortly "
 "after the Commission\u2019s suit. Given our prior action, and the even closer competition that developed between the "
 "pipelines since then, this is representative of the type of transaction that should not make it out of the "
 "boardroom. The Bureau of Competition will be actively exploring its options on how to curtail this type of "
 "re-review to better deploy the Commission\u2019s scarce resources.\u201d"]
R.append((["ftc-2021-07-berkshire-dominion-questar-statement.txt"], None, P3, federal(
 "us-ftc-statement-berkshire-hathaway-energy-kern-river-dominion-questar-pipeline-abandoned-2021",
 U3, None, None, "\n\n".join(P3),
 "energy/competition regulation", "deal,regulatory,merger control,abandoned deal,natural gas,pipelines",
 "U.S. Federal Trade Commission, statement of July 2021 by Holly Vedova, Acting Director of the Bureau of "
 "Competition, on Berkshire Hathaway Energy's termination of its acquisition of Dominion Energy, Inc.'s Questar "
 "Pipeline (its headline and day are not in the stored text), US federal government work (public domain); text from "
 "the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it, and the FTC's standing paragraph at the end ('The "
 "Federal Trade Commission works to promote competition, and protect and educate consumers.  The FTC will never "
 "demand mon', broken off by the store; 65a's leaving-out of the FTC's standing paragraph). The stored text holds no "
 "headline and no date line: `title` None; `published` None -- the address gives July 2021 and no other answer of "
 "query 14 gives the statement's day (news stories of October 2021 on Southwest Gas buying Questar Pipelines: not "
 "used), so 'Yesterday' is left unresolved and only '1995' is listed. The introduction and the two quoted paragraphs "
 "kept whole (`truncated` False). Kept as written: 'Berkshire Hathaway Energy Company\u2019s Kern River Gas "
 "Transmission Pipeline', 'Dominion Energy, Inc.\u2019s Questar Pipeline', 'the FTC Bureau of Competition Acting "
 "Director Holly Vedova', 're-review', the curly quotation marks and apostrophes (each quoted paragraph opening with "
 "a quotation mark, the first not closed, as in a quotation running over paragraphs). 266 words (whitespace-split), "
 "three paragraphs. Found at rank 5 under 'FTC Piedmont Natural Gas Southwest Gas Questar acquisition consent "
 "agreement divest press release' (query 14); the other answers were news and blog texts on Southwest Gas / Questar "
 "(2021), Duke / Piedmont (2015) and Equitable / Dominion Peoples (2007) (not used) and a French news copy. One text "
 "per matter (the 2021 abandonment; the FTC's 1995 suit against the same combination is only named). " + CHECK + "'Questar', "
 "'Berkshire Hathaway Energy', 'Dominion Energy', 'Questar Pipeline', 'Utah Attorney General': 0 ('Questar' only in "
 "70z's lead line in GATHERING.md); 'Kern River' in a test Wikipedia text on another matter (an oil company's Kern "
 "River field) and the scripts that wrote it; 'Holly Vedova' in corpus files on other matters.",
 False)))


def verify():
    """Each kept paragraph (and the title, where one is kept) occurs verbatim in the saved excerpt (a paragraph once), runs of white
    space (line breaks, blank lines) read as one space (the saved file's two header lines, its address and the queries
    that found it, are not part of the excerpt)."""
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
