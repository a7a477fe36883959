#!/usr/bin/env python3
"""Batch 71a (session 65, gatherer lane 71a): three US FTC merger texts of 1999 and 2007 -- two natural gas matters
(a gas distribution utility's purchase challenged, a pipeline companies' merger cleared with divestitures) and one of
heart-lung machines -- naming the merging companies, their subsidiaries and sellers, the pipeline companies to be
divested, the buyer of a divested business, the FTC's Bureau of Competition with its Directors, new matters in the
federal FTC / DOJ lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t, 69z, 69ae, 70a, 70h, 70n, 70t, 70z and
70af), turned from the leads of 70af, 70z and 70t (70af's Equitable Resources / Dominion Peoples, asked for by name for
ftc.gov's March 2007 release; 70af's 'El Paso / PG&E and El Paso / Coastal if an ftc.gov release comes back', which
gave ftc.gov's El Paso / Sonat release of 1999; 70t's still-open Sorin / COBE) (see the round notes
/tmp/gather71a/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2007/03/ftc-sues-block-acquisition-peoples-natural-gas-company-dominion-
    resources' (FTC press release of March 2007, day not in the stored text) -- the FTC's complaint challenging Equitable
    Resources, Inc.'s proposed acquisition of The Peoples Natural Gas Company (Dominion Peoples), a subsidiary of
    Dominion Resources, Inc., the deal including Equitable's purchase of Hope Gas, Inc. (not challenged); Allegheny
    County and Pittsburgh, Pennsylvania; Jeffrey Schmidt, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/press-releases/1999/10/ftc-clears-merger-el-paso-energy-and-sonat' (FTC press release of
    October 1999, day not in the stored text) -- the FTC's proposed consent agreement allowing the $6 billion merger of
    El Paso Energy Corporation and Sonat Inc., El Paso to divest Sea Robin Pipeline Company (Sonat's subsidiary),
    Sonat's one-third interest in Destin Pipeline Company, L.L.C. and its own East Tennessee Natural Gas Company
    (ETNG); Richard G. Parker, the FTC's Bureau of Competition Director; the Gulf of Mexico, Louisiana, Tennessee,
    Georgia; Stingray Pipeline;
  - ftc.gov 'opa/1999/05/cobe-sorin.htm' (FTC press release of May 1999, day not in the stored text) -- the FTC's
    proposed settlement permitting Sorin Biomedica S.p.A.'s (a subsidiary of SNIA S.p.A.) $260 million acquisition of
    COBE Cardiovascular, Inc. and COBE Laboratories Inc. from Gambro AB, SNIA to divest COBE's heart-lung machine
    business to Baxter Healthcare Corporation; William J. Baer, Director of the FTC's Bureau of Competition; Italy,
    Denver, Colorado; the U.S. Food and Drug Administration.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather71a/NOTES.md. Queries and ranks in
/tmp/gather71a/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the Equitable text's curly quotation marks and
apostrophes, the El Paso and Sorin texts' straight ones), as saved in /tmp/gather71a/src by /tmp/gather71a/mk_src.py.
Left out: the Equitable release's subheading 'Transaction Would Result in Merger to Monopoly in Southwestern
Pennsylvania' and its heading 'The Commission\u2019s Complaint'; the page line 'Skip to main content' and the blank line
under it (El Paso). `title` None for all three (no headline in the stored texts). `published` None for all three (the
addresses give March 2007, October 1999 and May 1999; 'today' in the Sorin text is left unresolved). Equitable -- cut
before the paragraph after the heading, which the store's excerpt breaks off ('Equitable and Dominion Peoples compete
in the pipeline delivery of natural gas to nonresidential customers in the greater Pittsburgh area, in other areas';
`truncated` True). El Paso -- the four paragraphs kept whole (`truncated` False: the store's excerpt ends at the close
of the fourth, the release's further paragraphs not in it; **doubtful**, see the record's notes). Sorin -- cut before
the fifth paragraph, which the excerpt breaks off ('According to th'; `truncated` True). No word added or changed
('ageement' and 'S.p.A..' kept as written); the store's paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch71a.py [POOL_DIR] [--dry]   (default /tmp/gather71a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather71/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71a/pool"
SRC = "/tmp/gather71a/src"
R = []

# ---- Equitable Resources / The Peoples Natural Gas Company (Dominion Peoples), FTC press release, March 2007 -------
U1 = ("https://ftc.gov/news-events/news/press-releases/2007/03/ftc-sues-block-acquisition-peoples-natural-gas-company-"
      "dominion-resources")
P1 = [
 "The Federal Trade Commission has approved a complaint challenging Equitable Resources, Inc.\u2019s (Equitable) "
 "proposed acquisition of The Peoples Natural Gas Company (Dominion Peoples), a subsidiary of Dominion Resources, Inc. "
 "Equitable and Dominion Peoples are each other\u2019s sole competitors in the distribution of natural gas to "
 "nonresidential customers in certain areas of Allegheny County, Pennsylvania, which includes Pittsburgh. The "
 "complaint alleges that the proposed transaction would result in a monopoly for many customers that now enjoy "
 "competition. The transaction, valued at $970 million, includes Equitable\u2019s purchase of Hope Gas, Inc., another "
 "subsidiary of Dominion. The complaint does not challenge the acquisition of Hope Gas, Inc.",
 "Through the proposed acquisition, Equitable would acquire: 1) Dominion Peoples\u2019 natural gas distribution system, "
 "which covers 9,400 square miles in southwest Pennsylvania, where it serves more than 350,000 customers; 2) Dominion "
 "Peoples\u2019 midstream natural gas system, which covers 861 gathering miles and has 44.6 billion cubic feet (Bcf) of "
 "throughput capacity; and 3) storage facilities, which include 33.2 Bcf of on-system storage and 10.8 Bcf of "
 "off-system storage.",
 "\u201cBy removing Dominion Peoples as a competitor through this transaction, Equitable obtains a monopoly in the "
 "distribution of natural gas to many nonresidential customers in the Pittsburgh area,\u201d said Jeffrey Schmidt, "
 "Director of the FTC\u2019s Bureau of Competition. \u201cThe transaction will thus result in higher prices for these "
 "nonresidential customers, including hospitals, schools, churches and apartment buildings, and likely increase the "
 "prices these customers charge consumers for their important services.\u201d"]
R.append((["ftc-2007-03-equitable-dominion-peoples.txt"], None, P1, federal(
 "us-ftc-equitable-resources-dominion-peoples-natural-gas-complaint-pittsburgh-hope-gas-2007",
 U1, None, None, "\n\n".join(P1),
 "energy/competition regulation", "deal,regulatory,merger control,natural gas,utilities",
 "U.S. Federal Trade Commission, press release of March 2007 on its complaint challenging Equitable Resources, Inc.'s "
 "proposed acquisition of The Peoples Natural Gas Company (Dominion Peoples) from Dominion Resources, Inc. (its headline "
 "and day are not in the stored text), US federal government work (public domain); text from the search tool's page "
 "store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the subheading 'Transaction Would Result in Merger to Monopoly in Southwestern Pennsylvania' and the heading 'The "
 "Commission\u2019s Complaint'. The stored text holds no headline and no date line: `title` None; `published` None -- "
 "the address gives March 2007 (other answers of query 1 put the complaint on March 14 or March 15, 2007: a "
 "marketswired copy of the FTC's 2008 dismissal release says 'On March 14, 2007, the Commission issued an "
 "administrative complaint', a law-firm blog 'On March 15, 2007'; the release's day is not settled by them, so it is "
 "left unset); the kept text has no time expression. Cut before the paragraph under the heading, which the store's "
 "excerpt breaks off ('Equitable and Dominion Peoples compete in the pipeline delivery of natural gas to "
 "nonresidential customers in the greater Pittsburgh area, in other areas'; `truncated` True). Kept as written: "
 "'Equitable Resources, Inc.\u2019s (Equitable)', 'The Peoples Natural Gas Company (Dominion Peoples)', 'Hope Gas, "
 "Inc.', the numbered list run into one paragraph ('1) ... 2) ... and 3) ...'), the curly quotation marks and "
 "apostrophes. 242 words (whitespace-split), three paragraphs. Found at rank 7 under 'FTC challenges Equitable "
 "Resources acquisition of Dominion Peoples natural gas distribution Pittsburgh administrative complaint' (query 1); "
 "the other answers were a CNBC story (twice), a law-firm blog, the marketswired copy, a hurherald.com story and two "
 "Natural Gas Intelligence stories (news and third-party texts: not used). One text per matter (the 2007 complaint; the "
 "2008 dismissal only in the marketswired copy). " + CHECK + "'Equitable Resources', 'Hope Gas': 0 ('Equitable "
 "Resources' only in 70af's lead lines in GATHERING.md and batch70af.py); 'Dominion Peoples' only in those lead lines "
 "and in a dev FTC gold file's notes (70af's Questar statement, which names the matter among answers not used; not in "
 "its text); 'Peoples Natural Gas' in a dev Wikipedia text on another matter (Sunoco's history) and the scripts that "
 "wrote it; 'Dominion Resources' in 70z's train text on another matter (Dominion / Consolidated Natural Gas, 1999; "
 "**doubtful**: the seller's parent is that text's subject); 'Jeffrey Schmidt', 'Allegheny County' in corpus files on "
 "other matters.",
 True)))

# ---- El Paso Energy Corporation / Sonat Inc. (merger cleared with divestitures), FTC press release, October 1999 ----
U2 = "http://www.ftc.gov/news-events/press-releases/1999/10/ftc-clears-merger-el-paso-energy-and-sonat"
P2 = [
 "The Federal Trade Commission has accepted a proposed consent agreement that would allow the $6 billion merger of El "
 "Paso Energy Corporation and Sonat Inc., while ensuring that competition is maintained in markets for natural gas "
 "transportation out of the Gulf of Mexico and into the southeastern United States.",
 "Under the terms of the proposed consent, El Paso would be required to divest Sea Robin Pipeline Company, a "
 "wholly-owned subsidiary of Sonat, and Sonat's one-third ownership interest in Destin Pipeline Company, L.L.C. Sea "
 "Robin and Destin are large natural gas pipelines operating in the Gulf of Mexico off the coast of Louisiana. El Paso "
 "would also be required to sell its East Tennessee Natural Gas Company (ETNG), which owns a natural gas pipeline "
 "system serving customers in eastern Tennessee and northern Georgia.",
 "\"The consent order would require substantial divestitures which will ensure continued competition among natural "
 "gas transporters in these parts of the country,\" said FTC's Bureau of Competition Director Richard G. Parker. \"El "
 "Paso and Sonat are major players in these markets and the customers they serve will benefit from the divestitures "
 "and from the other provisions of the order.\"",
 "According to the Commission's complaint, both El Paso and Sonat are involved in the transportation of natural gas in "
 "the east-central Gulf of Mexico, west-central Gulf of Mexico, and eastern Tennessee and northern Georgia. Natural gas "
 "pipeline capacity out of the west-central Gulf of Mexico, an area off the western Louisiana coast, is approximately "
 "2,900 million cubic feet per day. El Paso and Sonat each has substantial pipeline interests in this area. El Paso "
 "owns a 50 percent share of Stingray Pipeline, a large natural gas transmission system extending more than 100 miles "
 "into the eastern Louisiana Gulf, where it competes with Sonat's Sea Robin Pipeline. Both Stingray and Sea Robin "
 "transport natural gas from wells in this area of the Gulf to shore."]
R.append((["ftc-1999-10-el-paso-sonat.txt"], None, P2, federal(
 "us-ftc-el-paso-energy-sonat-merger-consent-sea-robin-destin-east-tennessee-divest-1999",
 U2, None, None, "\n\n".join(P2),
 "energy/competition regulation", "deal,regulatory,merger control,divestiture,natural gas,pipelines",
 "U.S. Federal Trade Commission, press release of October 1999, 'FTC Clears Merger of El Paso Energy and Sonat' (the "
 "address's words; the headline and day are not in the stored text), on its proposed consent agreement allowing the "
 "merger of El Paso Energy Corporation and Sonat Inc. with pipeline divestitures, US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` None -- the address gives October 1999 (the matter's Federal Register analysis in "
 "the store, File No. 991 0178, rank 6 of query 7, is of November 2, 1999 and names no release day in its excerpt); "
 "the kept text has no time expression. The four paragraphs kept whole; the store's excerpt ends at the close of the "
 "fourth ('... from wells in this area of the Gulf to shore.') and holds none of the release's later paragraphs: "
 "`truncated` False (**doubtful**: the release very likely goes on, e.g. to the East Tennessee and Destin markets, but "
 "the stored text breaks no sentence). Kept as written: 'El Paso Energy Corporation', 'Sonat Inc.', 'Sea Robin "
 "Pipeline Company, a wholly-owned subsidiary of Sonat', 'Destin Pipeline Company, L.L.C.', 'East Tennessee Natural Gas "
 "Company (ETNG)', \"said FTC's Bureau of Competition Director Richard G. Parker\", the straight quotation marks and "
 "apostrophes. 315 words (whitespace-split), four paragraphs. Found at rank 5 under 'FTC El Paso Energy Coastal "
 "Corporation merger consent order divest natural gas pipelines press release' (query 4) and at rank 2 under query 7; "
 "the other answers of query 4 were ftc.gov's El Paso / Coastal case page and January 2001 release (broken off in "
 "its second paragraph; a lead), an ftc.gov energy listing, a marketswired copy of a 2010 order-modification release, "
 "a docslib.org petition and news stories (not used); of query 7, Natural Gas Intelligence stories (news), the "
 "decision and order and the FR analysis (the same matter). One text per matter (File No. 991 0178, Docket No. "
 "C-3915). " + CHECK + "'El Paso Energy', 'Sonat' (as a word), 'Sea Robin', 'Destin Pipeline', 'East Tennessee "
 "Natural Gas', 'Richard G. Parker' in texts: 0; 'El Paso Corporation' (the company's later name) in a train CFTC text "
 "and a test DOJ Federal Register text on other matters (**doubtful**); 'Stingray' in a test FTC text on another "
 "matter (its notes and scripts only: not in its text) and an unrelated train text; 'Richard Parker' in corpus files on "
 "other matters.",
 False)))

# ---- Sorin Biomedica (SNIA) / COBE Cardiovascular (heart-lung machines), FTC press release, May 1999 ---------------
U3 = "https://ftc.gov/opa/1999/05/cobe-sorin.htm"
P3 = [
 "The Federal Trade Commission announced today a proposed settlement of antitrust concerns stemming from the "
 "acquisition of COBE Cardiovascular, Inc., COBE Laboratories Inc., and other assets and liabilities from Gambro AB, by "
 "Sorin Biomedica S.p.A., a subsidiary of SNIA S.p.A.. The proposed settlement would preserve competition in the U.S. "
 "market for heart-lung machines -- the durable equipment portion of an extracorporeal bypass system that replaces the "
 "function of the heart and lungs by circulating and supplying oxygen to a patient's blood during open heart surgery. "
 "The FTC alleged that the $260 million acquisition would eliminate substantial competition between SNIA and Gambro in "
 "the market for research, development, manufacture and sale of heart-lung machines. The proposed settlement, while "
 "permitting the acquisition, would require SNIA to divest all of COBE's heart-lung machine business to Baxter "
 "Healthcare Corporation within ten days after the FTC accepts this proposed ageement for public comment.",
 "The proposed settlement also would provide for the appointment of an interim trustee to monitor the smooth "
 "transition of the divested assets and to ensure Baxter's efforts to obtain its own regulatory approvals.",
 "\"Our settlement,\" said William J. Baer, Director of the FTC's Bureau of Competition, \"requires divestiture of a "
 "package of heart-lung machine assets that will ensure continuing competition in the market for these life-saving "
 "devices.\"",
 "SNIA is headquartered in Italy, and COBE Cardiovascular is based in Denver, Colorado. According to the FTC, there "
 "are only four suppliers of heart-lung machines in the United States, with COBE and SNIA being the largest and third "
 "largest suppliers. Moreover, because of the time required to design and develop a new machine, gain customer "
 "acceptance, obtain U.S. Food and Drug Administration approval, and develop a nationwide sales and service network, "
 "no new entry into the market is likely in the foreseeable future."]
R.append((["ftc-1999-05-cobe-sorin.txt"], None, P3, federal(
 "us-ftc-sorin-biomedica-snia-cobe-cardiovascular-gambro-heart-lung-machines-baxter-settlement-1999",
 U3, None, None, "\n\n".join(P3),
 "health/competition regulation", "deal,regulatory,merger control,divestiture,medical devices",
 "U.S. Federal Trade Commission, press release of May 1999 on its proposed settlement permitting Sorin Biomedica "
 "S.p.A.'s acquisition of COBE Cardiovascular, Inc. and COBE Laboratories Inc. from Gambro AB, with a divestiture to "
 "Baxter Healthcare Corporation (its headline and day are not in the stored text), US federal government work (public "
 "domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. The stored "
 "text holds no headline and no date line: `title` None; `published` None -- the address gives May 1999 (the "
 "matter's decision and order in the store, rank 2 of query 11, is dated by file number only), so 'today' is left "
 "unresolved; the kept text has no other time expression. Cut before the fifth paragraph, which the store's excerpt "
 "breaks off ('According to th'; `truncated` True). Kept as written: 'Sorin Biomedica S.p.A., a subsidiary of SNIA "
 "S.p.A..' (the double full stop), 'this proposed ageement' (sic), 'heart-lung machines -- the durable equipment "
 "portion', the straight quotation marks and apostrophes. 298 words (whitespace-split), four paragraphs. Found at "
 "rank 4 under 'FTC Sorin COBE cardiovascular acquisition consent order divest press release' (query 11); the other "
 "answers were ftc.gov and rbyhdq.net case listings, the decision and order (the same matter), ftc.gov listings and FR "
 "analyses of other matters (Getinge / Datascope). One text per matter (File No. 991 0095, Docket No. C-3889). "
 + CHECK + "'Sorin Biomedica', 'COBE Cardiovascular', 'COBE Laboratories', 'heart-lung', 'C-3889': 0 ('Sorin "
 "Biomedica', 'COBE Cardiovascular', 'heart-lung' only in 70t's and 70h's lead lines in GATHERING.md; 'SNIA', 'COBE' and "
 "'Sorin' elsewhere only inside other words); 'Gambro' in a test DOJ text on another matter (Gambro Healthcare's "
 "Medicare fraud plea, 2004) and the scripts that wrote it (**doubtful**: the seller); 'Baxter Healthcare' and "
 "'William J. Baer' in corpus files on other matters.",
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
