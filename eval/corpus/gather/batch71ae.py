#!/usr/bin/env python3
"""Batch 71ae (session 65, gatherer lane 71ae): three US federal merger texts -- the Justice Department's Federal
Register notice of a proposed final judgment requiring a rail-maintenance equipment maker to divest what it bought from
two rail-grinding companies, the FTC's proposed consent order requiring a Japanese chemicals group to divest its US
subsidiary's perylene pigment business before that subsidiary buys another company's high-performance pigment business, and
the FTC's proposed consent order settling charges over a chemical company's proposed acquisition of a rolling-oil
rival, with product lines divested to a subsidiary of a French multinational -- naming the merging companies, the
court, the divestiture buyers, their home towns and countries, the FTC's Bureau of Competition with its Director, new
matters in the federal FTC / DOJ lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n, 69t, 69z, 69ae, 70a, 70h, 70n,
70t, 70z, 70af, 71a, 71h, 71n and 71w), turned from the leads of 71w, 71n and 71h (71w's clean names -- Harsco among
them -- asked for by the company's name with 'FTC' and the product; the Houghton and Dainippon matters came from
ftc.gov pages the queries brought up, checked against the corpus first) (see the round notes /tmp/gather71ae/NOTES.md):
  - govinfo.gov 'content/pkg/FR-1999-11-26/html/99-30791.htm' (Federal Register of Friday, November 26, 1999, 64 FR
    66492, FR Doc. 99-30791) -- the Antitrust Division's notice of the proposed Final Judgment and Competitive Impact
    Statement in United States of America v. Harsco Corporation, Pandrol Jackson Limited, and Pandrol Jackson Inc.
    (Civil No. 99-02706), on Harsco's proposed acquisition of certain assets of the two Pandrol Jackson companies;
  - ftc.gov 'opa/2003/01/dainippon.htm' (FTC press release of January 2003, day not in the stored text) -- the FTC's
    proposed consent order requiring Dainippon Ink and Chemicals, Incorporated to divest Sun Chemical Corporation's
    perylene business to Ciba Specialty Chemicals before Sun Chemical's proposed acquisition of Bayer Corporation's
    high-performance pigment business; Joe Simons, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2019/07/ftc-imposes-conditions-quaker-chemical-corps-acquisition-
    houghton-international-inc' (FTC press release of July 2019, day not in the stored text) -- the FTC's proposed
    consent order on Quaker Chemical Corp's proposed $1.4 billion acquisition of Houghton International Inc.,
    product lines to be divested to a subsidiary of Total S.A.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather71ae/NOTES.md. Queries and ranks in
/tmp/gather71ae/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`), as saved in /tmp/gather71ae/src by
/tmp/gather71ae/mk_src.py.
Left out: the GPO header lines, 'DEPARTMENT OF JUSTICE' and 'Antitrust Division' (Harsco; the case heading kept as
`title`), the page line 'Skip to main content' (Dainippon, Quaker), the heading 'Parties to the Transaction'
(Dainippon). `title` None for the two FTC texts (no headline in the stored texts). `published` 1999-11-26 for Harsco
(the GPO header line 'Friday, November 26, 1999'); None for the FTC texts (the addresses give January 2003 and July
2019; 'today' in the Dainippon text is left unresolved). Harsco -- cut after the first sentence of the second
paragraph, before the sentence the excerpt breaks off ('Room 215 of the U.S. Department'; `truncated` True).
Dainippon -- the store's blank line inside the third paragraph's last sentence ('ensuring' / 'that such coatings')
read as white space, the paragraph kept whole; cut before the last paragraph's broken sentence ('Its p'; `truncated`
True). Quaker -- cut before the sixth paragraph's broken sentence ('Comments m'; `truncated` True). No word added or
changed ("(``Pandrol'')" with the GPO's doubled backquotes and apostrophes, 'Quaker Chemical Corp' without a stop,
the curly apostrophes of the Quaker text and the straight ones of the Dainippon text kept as written); the store's
paragraphs kept, joined by a blank line (the FR text's hard line breaks read as spaces, its two paragraphs as
printed).
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch71ae.py [POOL_DIR] [--dry]   (default /tmp/gather71ae/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
FR_ORIGIN = "US Federal Register notice on govinfo.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather71/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71ae/pool"
SRC = "/tmp/gather71ae/src"
R = []

# ---- Harsco Corporation / Pandrol Jackson (rail grinding), DOJ Federal Register notice, November 26, 1999 -----------
U1 = "https://www.govinfo.gov/content/pkg/FR-1999-11-26/html/99-30791.htm"
T1 = ("United States of America v. Harsco Corporation, Pandrol Jackson Limited, and Pandrol Jackson Inc.; Proposed "
      "Final Judgment and Competitive Impact Statement")
P1 = [
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sections 16(b) "
 "through (h), that a Complaint, Hold Separate Stipulation and Order, and a proposed Final Judgment were filed "
 "with the United States District Court for the District of Columbia in United States of America v. Harsco "
 "Corporation, Pandrol Jackson Limited, and Pandrol Jackson Inc., Civil No. 99-02706 on October 14, 1999. A "
 "Competitive Impact Statement was filed on November 8, 1999. The Complaint alleged that the proposed "
 "acquisition of certain assets of Pandrol Jackson Limited and Pandrol Jackson Inc. (``Pandrol'') by Harsco "
 "would violate Section 7 of the Clayton Act, 15 U.S.C. Section 18, in the markets for switch and crossing and "
 "transit grinding equipment and switch and crossing grinding services in North America. The proposed Final "
 "Judgment, filed at the same time as the Complaint, requires Harsco, among other things, to: (1) divest all "
 "assets acquired from Pandrol related to the manufacture and sale of switch and crossing grinding equipment; "
 "and (2) divest all assets acquired from Pandrol related to the providing of switch and crossing grinding "
 "services.",
 "A Competitive Impact Statement filed by the United States describes the Complaint, the proposed Final "
 "Judgment, the industry, and remedies to be implemented by Harsco."]
R.append((["fr-1999-11-26-harsco-pandrol-jackson.txt"], T1, P1, federal(
 "us-doj-federal-register-harsco-pandrol-jackson-proposed-final-judgment-rail-grinding-1999",
 U1, "1999-11-26", T1, "\n\n".join(P1),
 "rail equipment/competition regulation", "deal,regulatory,merger control,proposed final judgment,rail maintenance",
 "U.S. Department of Justice, Antitrust Division, notice 'United States of America v. Harsco Corporation, Pandrol "
 "Jackson Limited, and Pandrol Jackson Inc.; Proposed Final Judgment and Competitive Impact Statement', Federal "
 "Register Vol. 64, No. 227, Friday, November 26, 1999, pages 66492-66500 (FR Doc. 99-30791), US federal government "
 "work (public domain); GPO text from the search tool's page store at " + U1,
 FR_ORIGIN,
 "A Federal Register notice of the Justice Department's Antitrust Division (a US federal work, public domain) as "
 "govinfo.gov carries the GPO text: first-party text (batch 44c took such notices the same way). Left out: the GPO "
 "header lines ('[Federal Register Volume 64, Number 227 (Friday, November 26, 1999)]', '[Notices]', '[Pages "
 "66492-66500]', 'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: "
 "99-30791]', the rule of hyphens) and the agency lines 'DEPARTMENT OF JUSTICE' and 'Antitrust Division'; the case "
 "heading kept as `title` (it is in the text only as the case name, without '; Proposed Final Judgment and "
 "Competitive Impact Statement'). `published` 1999-11-26, the issue's date from the header line. The FR's hard line "
 "breaks read as spaces (the words as printed: 'Pandrol Jackson Limited', 'District of Columbia', 'North America', "
 "'November 8, 1999' run across line ends); two paragraphs as printed, the second cut after its first sentence, "
 "before the sentence the excerpt breaks off ('... available for inspection in Room 215 of the U.S. Department'; "
 "`truncated` True: the rest of the notice, the Complaint, the proposed Final Judgment and the Competitive Impact "
 "Statement are not in the kept text). Kept as written: \"(``Pandrol'')\" with the GPO's doubled backquotes and "
 "apostrophes, '15 U.S.C. Sections 16(b) through (h)', 'Civil No. 99-02706 on October 14, 1999' without a comma, "
 "'(1)' and '(2)'. 209 words (whitespace-split), two paragraphs. Found at rank 1 under 'FTC Harsco acquisition "
 "consent agreement divest' (query 3; asked for an FTC matter, the Justice Department's notice came back); the other "
 "answers were ftc.gov case listings (other matters), a Harsco 8-K on sec.gov (a company filing) and an FTC decisions "
 "volume on documents.pub (FMC / Solutia, in a dev file). One text per matter (Civil No. 99-02706). " + CHECK +
 "'Harsco', 'Pandrol', '99-02706', '99-30791', 'crossing grinding': 0 outside GATHERING.md; 'Harsco' in GATHERING.md "
 "only as round 71w's lead.",
 True)))

# ---- Dainippon Ink and Chemicals / Sun Chemical / Bayer (perylene pigments), FTC press release, January 2003 --------
U2 = "https://www.ftc.gov/opa/2003/01/dainippon.htm"
P2 = [
 "The Federal Trade Commission today said that it will require Japan's Dainippon Ink and Chemicals, Incorporated "
 "(Dainippon) to divest certain assets prior to the proposed acquisition by its U.S. subsidiary Sun Chemical "
 "Corporation (Sun Chemical) of Bayer Corporation's (Bayer) high-performance pigment business. Under the terms "
 "of a proposed consent order with the FTC, Dainippon must divest Sun Chemical's perylene business to Ciba "
 "Specialty Chemicals Inc. and Ciba Specialty Chemicals Corporation (collectively Ciba), or to another "
 "Commission-approved buyer if it is unable to transfer the assets to Ciba.",
 "Perylenes are organic pigments used to impart unique shades of red color to a number of products, including "
 "coatings, plastics, and fibers. They are termed high-performance organic pigments because they offer a "
 "particularly high degree of durability and transparency. High-performance organic pigments in general, and "
 "perylenes specifically, are significantly more expensive than commodity (or classical) pigments, a second type "
 "of organic pigments.",
 "\"After conducting a thorough investigation, the Commission has appropriately required the divestiture of Sun "
 "Chemical's perylene business to Ciba,\" said Joe Simons, Director of the FTC's Bureau of Competition. \"In the "
 "absence of such a requirement, competition in this important industrial market would be reduced worldwide, "
 "from three significant participants to two, leading to higher prices for consumers.\" He noted that perylenes "
 "are often used in commercial automobile paint applications, helping to prevent colors from fading and ensuring "
 "that such coatings can endure prolonged exposure to sunlight and weather.",
 "Dainippon is a diversified global chemicals company based in Tokyo, Japan. Primarily through Sun Chemical, "
 "Dainippon manufactures and sells a full range of organic pigments, including perylenes. Sun Chemical is the "
 "third-largest supplier of perylenes in the world."]
R.append((["ftc-2003-01-dainippon-sun-chemical.txt"], None, P2, federal(
 "us-ftc-dainippon-sun-chemical-bayer-pigments-proposed-consent-perylene-ciba-2003",
 U2, None, None, "\n\n".join(P2),
 "chemicals/competition regulation", "deal,regulatory,merger control,consent order,pigments",
 "U.S. Federal Trade Commission, press release of January 2003 ('dainippon', the address's word; the headline and "
 "day are not in the stored text), on its proposed consent order requiring Dainippon Ink and Chemicals, Incorporated "
 "to divest Sun Chemical Corporation's perylene business before Sun Chemical's proposed acquisition of Bayer "
 "Corporation's high-performance pigment business, US federal government work (public domain); text from the search "
 "tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it, and the section heading 'Parties to the "
 "Transaction'. The stored text holds no headline and no date line: `title` None; `published` None -- the address "
 "gives January 2003 (the day is not in the stored text, so it is left unset), so 'today' is left unresolved; the "
 "kept text holds no absolute date. The store breaks the third paragraph's last sentence with a blank line "
 "('ensuring' / 'that such coatings can endure'); read as white space, the paragraph kept whole (no word added). Cut "
 "before the last paragraph's broken sentence ('Its p'; `truncated` True). Kept as written: \"Japan's Dainippon Ink "
 "and Chemicals, Incorporated (Dainippon)\", \"Bayer Corporation's (Bayer)\", '(collectively Ciba)', "
 "'Commission-approved', the straight quotation marks and apostrophes. 276 words (whitespace-split), four paragraphs. "
 "Found at rank 8 under 'FTC Sensient Colors acquisition consent order divest' (query 8; asked for Sensient, this "
 "release came back); the other answers were ftc.gov's February 1998 'announced actions' (Dow / Sentrachem, in a "
 "train file), ftc.gov case listings (BASF / Ciba, Nestle / Ralston, Nufarm, Solvay: other matters), C&EN on Clariant "
 "/ Huntsman (news) and the FMC / Solutia decision on documents.pub (in a dev file). One text per matter. " + CHECK +
 "'Dainippon Ink', 'Sun Chemical', 'Ciba Specialty', 'perylene': 0; 'Dainippon' alone in files on other companies "
 "(Sumitomo Dainippon Pharma, a CFTC copper text); 'Bayer Corporation' in corpus files on other matters (the seller, "
 "not the subject); 'Joe Simons' in corpus files on other matters (the same Director).",
 True)))

# ---- Quaker Chemical Corp / Houghton International Inc. (rolling oils), FTC press release, July 2019 ----------------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2019/07/"
      "ftc-imposes-conditions-quaker-chemical-corps-acquisition-houghton-international-inc")
P3 = [
 "Chemical companies Quaker Chemical Corp and Houghton International Inc. have agreed to divest certain products "
 "and related assets to a subsidiary of French multinational corporation Total S.A., to settle Federal Trade "
 "Commission charges that Quaker\u2019s proposed $1.4 billion acquisition of Houghton would violate federal antitrust "
 "law.",
 "The FTC\u2019s complaint alleges that the proposed acquisition would harm competition in the North American market "
 "for aluminum hot rolling oil, or AHRO, and associated technical support services, and in the North American "
 "market for steel cold rolling oil, or SCRO, and associated technical support services. According to the "
 "complaint, the SCRO market includes sheet cold rolling oil, tin plate rolling oil, or TPRO, and pickle oil. "
 "AHRO, SCRO, TPRO, and pickle oil are critical inputs in the production of sheet metal.",
 "The complaint alleges the proposed transaction may substantially lessen competition in the markets for SCRO, "
 "AHRO, and their associated technical support services. Quaker and Houghton are the only two commercial "
 "suppliers of AHRO in North America and the two largest commercial suppliers of SCRO in North America, "
 "according to the complaint.",
 "Under the proposed settlement agreement, Quaker must divest Houghton\u2019s North American AHRO and SCRO product "
 "lines and related assets to Total. The proposed settlement agreement also requires Quaker to divest to Total "
 "certain product lines used in conjunction with AHRO and SCRO, including steel cleaners and AHRO compatible "
 "hydraulic fluids.",
 "Further details about the consent agreement, which allows the Commission to appoint a monitor, are set forth "
 "in the analysis to aid public comment for this matter.",
 "The Commission vote to issue the complaint and accept the proposed consent order for public comment was 5-0. "
 "The FTC will publish the consent agreement package in the Federal Register shortly. Instructions for filing "
 "comments appear in the published notice."]
R.append((["ftc-2019-07-quaker-chemical-houghton.txt"], None, P3, federal(
 "us-ftc-quaker-chemical-houghton-international-proposed-consent-total-rolling-oils-2019",
 U3, None, None, "\n\n".join(P3),
 "chemicals/competition regulation", "deal,regulatory,merger control,consent order,rolling oils",
 "U.S. Federal Trade Commission, press release of July 2019, 'FTC Imposes Conditions on Quaker Chemical Corp.'s "
 "Acquisition of Houghton International Inc.' (the address's words; the headline and day are not in the stored "
 "text), on its proposed consent order settling charges over Quaker Chemical Corp's proposed acquisition of Houghton "
 "International Inc., US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` None -- the address gives July 2019 (the day is not in the stored text, so it is "
 "left unset); the kept text holds no date. Cut before the sixth paragraph's broken last sentence ('Comments m'; "
 "`truncated` True). Kept as written: 'Quaker Chemical Corp' without a stop, 'Houghton International Inc.', 'Total "
 "S.A.', the curly apostrophes ('Quaker\u2019s', 'The FTC\u2019s', 'Houghton\u2019s'), '5-0'. 296 words "
 "(whitespace-split), six paragraphs. Found at rank 1 under 'FTC Houghton International D.A. Stuart aluminum hot "
 "rolling oil Quaker Chemical settlement' (query 7; asked for Houghton's 2010 D.A. Stuart matter, whose marketswired "
 "copy came back at rank 2, not taken: one Houghton text); the other answers were ftc.gov's September 2019 release on "
 "the final order (a later stage of the same matter), ftc.gov's case pages (the 2010 matter and this one), a Lube "
 "Report item (news), the matter's Federal Register analysis on justia (the same matter) and a Practical Law summary "
 "(commentary). One text per matter (File No. 171 0125, Docket No. C-4681). " + CHECK + "'Quaker Chemical', "
 "'Houghton International', 'Global Houghton', 'rolling oil', '171 0125': 0; 'Total S.A.' in a train Wikinews text "
 "and its batch29e scripts (another matter; the divestiture buyer's parent, not the subject).",
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
