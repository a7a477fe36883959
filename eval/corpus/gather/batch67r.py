#!/usr/bin/env python3
"""Batch 67r (session 61, gatherer 67r): three FTC merger texts of 1995, 2003 and 2008 (vaccines, feed enzymes and
vitamins, prescription opioids) naming the acquirers, the targets, a target division and its parent, the named buyers
of divested assets, alliance and manufacturing partners, and the Bureau of Competition's Director and Acting Director,
new matters in the federal FTC lane outside supermarkets (after 66o, 67a, 67g, 67l and the rounds they name), found by
asking the FTC's merger consents by acquirer, target and 'consent order divest' (the way of 66o and 67a; the leads of
66o's, 67a's, 67g's and 67l's sections were asked first, see /work/notes/gather68/67r.md):
  - ftc.gov 'opa/2003/09/dsm.htm' (FTC press release of September 23, 2003; its headline is not in the stored text)
    -- the proposed consent agreement allowing DSM N.V.'s acquisition of Roche Holding AG's Vitamins and Fine
    Chemicals division provided DSM divests its phytase business to BASF AG; DSM's alliance with BASF and its
    manufacturing agreement with FermPro, Roche's alliance with Novozymes; Susan Creighton, Director of the FTC's
    Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2008/12/ftc-intervenes-king-pharmaceuticals-acquisition-rival-alpharma-inc'
    (FTC press release of December 29, 2008; its headline is not in the stored text) -- the consent order over King
    Pharmaceuticals, Inc.'s proposed acquisition of Alpharma Inc., with the rights to Alpharma's drug Kadian divested
    to Actavis, which makes the drug for King in Elizabeth, New Jersey; David P. Wales, Acting Director of the FTC's
    Bureau of Competition;
  - ftc.gov 'news-events/press-releases/1995/07/american-home-products-corporation' (FTC release of July 1995, day not
    in the store) -- American Home Products Corporation's application to divest its tetanus and diphtheria vaccines
    assets to Medeva PLC under the 1994 order over AHP's acquisition of American Cyanamid Company.
US federal government works (17 U.S.C. 105). See /work/notes/gather68/67r.md. Queries and ranks in
/tmp/gather68r/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool. The texts are
the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in UTF-8 -- 2,000,
1,970 and 2,000 characters; DSM's and AHP's with straight quotation marks and apostrophes, King's with curly ones), as
saved in /tmp/gather68r/src by /tmp/gather68r/mk_src.py.
Left out: DSM -- the page line 'Skip to main content' and the blank line under it, and the sub-heading 'Parties to the
Transaction'; AHP -- the page lines 'Share This Page' and 'For Release' (the page's heading 'American Home Products
Corporation' kept as `title`), and the two boilerplate paragraphs after the text (where to address comments; where
to get copies, broken off by the store). `title` None for DSM and King (no headline in the stored text);
`published` 2003-09-23 (DSM), 2008-12-29 (King), None (AHP; see each record's notes). DSM -- cut inside the fourth kept
paragraph at a sentence end, after '... and chemical industries.', before the words the excerpt breaks off ('Through
its alliance with Novozymes, Roche is') (`truncated`). King -- cut inside the fourth paragraph at a sentence end,
after '... would violate federal law.', before the sentence the excerpt breaks off ('The FTC contends that the deal
would reduce ... between King and Alpharma in t') (`truncated`). AHP -- cut after '... according to the
application.', before the boilerplate paragraphs (`truncated`: the store's excerpt breaks off in the second). No word
added or changed; the store's paragraphs kept, joined by a blank line (King's single line breaks between paragraphs
read as paragraph ends; AHP's break inside a sentence, after "the FTC's challenge of", kept as the store gives it;
'competitivelysensitive' and 'the FTC 's' kept as written). Each kept paragraph checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch67r.py [POOL_DIR] [--dry]   (default /tmp/gather68r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather68/CLAIMS.txt and the pools /tmp/gather68*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68r/pool"
SRC = "/tmp/gather68r/src"
R = []

# ---- DSM N.V. / Roche Holding AG's Vitamins and Fine Chemicals division, FTC press release, ftc.gov opa/2003/09/dsm.htm
U1 = "http://www.ftc.gov/opa/2003/09/dsm.htm"
P1 = [
 "Under the terms of a proposed consent agreement announced today, the Federal Trade Commission would allow DSM "
 "N.V.'s (DSM) proposed $1.89 billion acquisition of Roche Holding AG's (Roche) Vitamins and Fine Chemicals division "
 "(RV&FC) to proceed, provided DSM divests its phytase business to BASF AG (BASF) within 10 days of the consummation "
 "of the transaction. DSM (with BASF) and Roche (with Novozymes) are in alliances that produce and market phytase - "
 "an enzyme added to poultry and swine feed to promote the digestibility of phosphorus and other nutrients that are "
 "vital to livestock production. According to the FTC, absent the proposed consent order, the transaction would lead "
 "to DSM being part of alliances that supply more than 90 percent of the $150 million phytase market worldwide.",
 "\"Without the divestiture required by the order, this transaction would result in a near monopoly in the market "
 "for phytase,\" said Susan Creighton, Director of the FTC's Bureau of Competition. \"The relief ensures that "
 "competition will not be diminished as a result of the transaction.\"",
 "DSM, headquartered in the Netherlands, is a $7 billion multi-national firm that is active in numerous industries, "
 "including food, pharmaceuticals, and transportation. Through its alliance with BASF, DSM is the largest phytase "
 "supplier in the world, manufacturing the product at its enzyme fermentation plant in Seclin, France, and through a "
 "manufacturing agreement with FermPro, an enzyme fermentation operation located in Kingstree, South Carolina. In "
 "2002, the DSM/BASF alliance had global phytase sales totaling approximately $80 million.",
 "Roche is a $21 billion global healthcare firm, with headquarters in Basel, Switzerland. The company's RV&FC division "
 "researches, develops, manufactures, and sells vitamins, carotenoids, and fine chemicals used in the animal "
 "nutrition, food, pharmaceutical, and chemical industries."]
R.append((["ftc-opa-2003-09-dsm-roche-vitamins.txt"], None, P1, federal(
 "us-ftc-dsm-roche-vitamins-fine-chemicals-phytase-basf-consent-agreement-2003",
 U1, "2003-09-23", None, "\n\n".join(P1),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,chemicals,feed enzymes",
 "U.S. Federal Trade Commission, press release of September 23, 2003 on its proposed consent agreement allowing DSM "
 "N.V.'s acquisition of Roche Holding AG's Vitamins and Fine Chemicals division (its headline is not in the stored "
 "text), US federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2003/09/dsm.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it, and the sub-heading "
 "'Parties to the Transaction' (between the quotation and the paragraph on DSM). The stored text holds no headline "
 "and no date line: `title` None (the attribution says so). `published` 2003-09-23: the address gives September "
 "2003; the Federal Register's analysis (FR 03-25903, October 14, 2003, File No. 031 0064; rank 2 of query 7) has "
 "the consent agreement 'placed on the public record for a period of thirty (30) days' with comments due 'on or "
 "before October 23, 2003', thirty days after September 23; efeedlink's trade report of October 21, 2003 (rank 3 of "
 "query 11) says the FTC 'granted approval on September 23', and nutraingredients-usa's item of September 23, 2003 "
 "(rank 7 of query 7) has DSM and Roche announcing the FTC's approval 'today' -- **doubtful** only in that no FTC "
 "page in the store names the day. So 'announced today' -> 2003-09-23. Cut inside the fourth kept paragraph at a "
 "sentence end, after '... and chemical industries.', before the words the store's excerpt breaks off ('Through its "
 "alliance with Novozymes, Roche is') (`truncated`). Kept as written: 'DSM N.V.' (the FR and the order write "
 "'Koninklijke DSM N.V.'), 'RV&FC', 'phytase - an enzyme' with a spaced hyphen, 'multi-national', 'DSM/BASF', the "
 "straight quotation marks and apostrophes. 284 words (whitespace-split), four paragraphs (the last cut short). Found "
 "at rank 1 under 'FTC DSM Roche Vitamins and Fine Chemicals phytase divest BASF consent order' (query 7; rank 1 of "
 "query 9, rank 2 of query 11); rank 2 of query 7 was the FR analysis (the same matter), ranks 3-7 trade press, rank 8 "
 "ftc.gov's merger listing ('Koninklijke DSM N.V., Roche Holding AG, and Fritz Gerber', Docket No. C-4098). One text "
 "per matter: this release, the complaint, the agreement, the analysis (File No. 031 0064) and the order (Docket No. "
 "C-4098) are one matter. " + CHECK + "'DSM', 'Roche Vitamins', 'Vitamins and Fine Chemicals', 'Novozymes', "
 "'FermPro', 'phytase', '031 0064', 'C-4098', 'opa/2003/09/dsm': 0 in the corpus files, the scripts, GATHERING.md "
 "and the pools (whole-word search for 'DSM'); 'Susan Creighton' in corpus files on other matters (Cephalon / Cima, "
 "Novartis / Eon).",
 True)))

# ---- King Pharmaceuticals, Inc. / Alpharma Inc., FTC press release of December 2008 ---------------------------------
U2 = ("https://ftc.gov/news-events/news/press-releases/2008/12/"
      "ftc-intervenes-king-pharmaceuticals-acquisition-rival-alpharma-inc")
P2 = [
 "The Federal Trade Commission has issued a consent order to settle its charges that King Pharmaceuticals, Inc.\u2019s "
 "proposed $1.6 billion acquisition of rival drug-maker Alpharma Inc. would be anticompetitive and would violate "
 "federal law. The proposed consent order requires King to divest the rights to Alpharma\u2019s branded oral "
 "long-acting opioid (LAO) analgesic drug Kadian to Actavis, restoring the competition between Kadian and King\u2019s "
 "LAO Avinza that would be lost as a result of the acquisition. Actavis is well-positioned to acquire the Kadian "
 "assets, as it currently manufactures the drug for King at its plant in Elizabeth, New Jersey.",
 "\u201cTens of millions of Americans suffer from chronic pain, and a significant number use King\u2019s Avinza or "
 "Alpharma\u2019s Kadian for treatment,\u201d said David P. Wales, Acting Director of the FTC\u2019s Bureau of "
 "Competition. \u201cThe Commission\u2019s action announced today will ensure that consumers will continue to benefit "
 "from the important competition between these two drugs through lower prices.\u201d",
 "Oral LAOs have become the standard of care for managing moderate-to-severe chronic pain. Although these drugs "
 "include oral extended-release formulations of different chemical compounds such as morphine, oxycodone, and "
 "oxymorphone, these products, in addition to sharing a common mechanism of action, have similar indications, dosage "
 "forms, and dosage frequency. Other drugs such as short-acting opioids or non-oral opioids are not close therapeutic "
 "substitutes for the oral LAO products. King\u2019s Avinza and Alpharma\u2019s Kadian are the only competitively "
 "significant brands of morphine sulfate oral LAOs in the United States. The total annual sales of oral LAOs in 2007 "
 "was approximately $4 billion.",
 "According to the Commission\u2019s complaint, King\u2019s acquisition of Alpharma as proposed would be "
 "anticompetitive and would violate federal law."]
R.append((["ftc-2008-12-king-pharmaceuticals-alpharma.txt"], None, P2, federal(
 "us-ftc-king-pharmaceuticals-alpharma-consent-order-kadian-actavis-2008",
 U2, "2008-12-29", None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,pharmaceuticals",
 "U.S. Federal Trade Commission, press release of December 29, 2008 on its consent order over King Pharmaceuticals, "
 "Inc.'s proposed acquisition of Alpharma Inc. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2008/12/ftc-intervenes-king-pharmaceuticals-acquisition-rival-alpharma-inc'): first-party text. The "
 "stored text starts with the release's first sentence (no page line, headline or date line): `title` None (the "
 "attribution says so; the address's slug reads 'FTC intervenes in King Pharmaceuticals' acquisition of rival "
 "Alpharma Inc.' but the words are not in the store). `published` 2008-12-29: the address gives December 2008; "
 "Practical Law's update ('On 29 December 2008, the US Federal Trade Commission (FTC) announced', rank 1 of queries 6, "
 "10 and 14), Lexology ('On December 29, 2008, the Federal Trade Commission (FTC) announced a consent order', rank 3) "
 "and a law firm's note (rank 8 of query 14) agree on the day; the Federal Register printed the analysis on January 5, "
 "2009 (File No. 081 0240, ranks 5-7 of query 6); ftc.gov's case page says only 'In late 2008' -- **doubtful** only "
 "in that no FTC page in the store names the day. So 'announced today' -> 2008-12-29. Cut inside the fourth "
 "paragraph at a sentence end, after '... would violate federal law.', before the sentence the store's excerpt breaks "
 "off ('The FTC contends that the deal would reduce the close and substantial competition between King and Alpharma "
 "in t') (`truncated`). Kept as written: the curly apostrophes and quotation marks, 'drug-maker', 'well-positioned', "
 "'moderate-to-severe', 'The total annual sales ... was' (the release's own agreement), 'manufactures the drug for "
 "King' (Lexology's report writes 'for Alpharma'; the text is annotated as it stands). The store's single line breaks "
 "read as paragraph ends. 275 words (whitespace-split), four paragraphs (the last cut short). Found at rank 4 under "
 "'FTC King Pharmaceuticals Alpharma consent order divest Kadian Actavis' (query 6; rank 6 of query 10, rank 5 of "
 "query 14); rank 2 of query 6 was ftc.gov's case page (a summary of the same matter), ranks 1, 3 and 8 third-party "
 "reports, ranks 5-7 Federal Register copies. One text per matter: this release, the complaint, the agreement, the "
 "analysis (File No. 081 0240) and the final order are one matter. " + CHECK + "'Kadian', 'Avinza', 'King "
 "Pharmaceuticals', 'Alpharma', '081 0240': 0 in the corpus files, the scripts, GATHERING.md and the pools; 'David P. "
 "Wales' in one train file on another matter (Lubrizol / Lockhart); 'Actavis' in corpus files on other matters "
 "(Actavis / Abrika, Watson / Andrx, a Wikipedia biography).",
 True)))

# ---- American Home Products Corporation / Medeva PLC (the 1994 American Cyanamid order), FTC release of July 1995 ----
U3 = "https://www.ftc.gov/news-events/press-releases/1995/07/american-home-products-corporation"
T3 = "American Home Products Corporation"
P3 = [
 "American Home Products Corporation (AHP) has requested Federal Trade Commission approval to divest its tetanus and "
 "diphtheria vaccines assets to Medeva PLC, and for a 90 day extension of the deadline to complete the divestiture. "
 "The application will be subject to public comment for 30 days until August 18.",
 "AHP's corporate offices are located in Madison, New Jersey. Medeva is an international prescription pharmaceutical "
 "company headquartered in London.",
 "Prior FTC approval of the divestiture is required under a 1994 Commission order that resulted from the FTC's "
 "challenge of",
 "AHP's $9.7 billion acquisition of American Cyanamid Company. The Commission held that the acquisition could "
 "substantially reduce competition in the U.S. market for tetanus and diphtheria vaccines, certain biotechnology "
 "drugs used in treating cancer, and for research for a vaccine to treat rotavirus, a diarrheal disease that causes "
 "thousands of children's deaths annually. The proposed settlement required that AHP divest its tetanus and "
 "diphtheria vaccines business to a Commission-approved buyer, license Cyanamid's rotavirus research, and "
 "discontinue reporting arrangements with licensees that could provide competitivelysensitive information about "
 "cytokine drugs used in conjunction with chemotherapy.",
 "In its application for approval to divest the vaccine business, AHP states that Medeva does not sell tetanus or "
 "diphtheria vaccines in the U.S. \"Thus, the proposed divestiture would add a new competitor in the U.S. tetanus "
 "and diphtheria vaccines market,\" according to the application."]
R.append((["ftc-1995-07-american-home-products-medeva.txt"], T3, P3, federal(
 "us-ftc-american-home-products-medeva-vaccines-divestiture-application-1995",
 U3, None, T3, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,vaccines",
 "U.S. Federal Trade Commission, release 'American Home Products Corporation' of July 1995 (day not in the stored "
 "text) on AHP's application to divest its tetanus and diphtheria vaccines assets to Medeva PLC, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. The page's "
 "heading 'American Home Products Corporation' kept as `title` (the store's first line; ftc.gov gave such 1995 "
 "announcements the respondent's name as heading); left out: the page lines 'Share This Page' and 'For Release' and "
 "the blank lines under them, and after the kept text the two boilerplate paragraphs ('Comments on the application "
 "should be addressed to the FTC, Office of the Secretary, ...' and 'Copies of the divestiture application and other "
 "documents ... TTY for the hearing impai', where the store's excerpt breaks off) (`truncated`). `published` None: "
 "the address gives July 1995 and the text a 30-day comment period 'until August 18' (so about July 19, 1995), but no "
 "page in the store gives the release's day (query 13 asked the FTC's later notices: the 'Announced Actions for "
 "October 4, 1996', rank 7, cite only the 'Nov. 10, 1994, news release' on the consent order). So only absolute "
 "time expressions are dates ('a 1994 Commission order' -> 1994; 'until August 18' has no year: not resolved). Kept "
 "as written: the store's paragraph break inside a sentence (\"... resulted from the FTC's challenge of\" / \"AHP's "
 "$9.7 billion acquisition of American Cyanamid Company.\"), 'competitivelysensitive' run together, '90 day' without "
 "a hyphen, the straight quotation marks and apostrophes. 226 words (whitespace-split), five paragraphs. Found at rank "
 "1 under 'FTC Medeva PLC American Home Products American Cyanamid divestiture application approved' (query 2, 67l's "
 "lead; rank 1 of query 13); rank 2 of query 2 was ftc.gov's November 1995 FYI on AHP's petition to drop the order's "
 "prior-approval clause, ranks 3 and 5 the FR analysis 94-29181 (File No. 941 0116), all the same matter. One text "
 "per matter: the November 1994 release, the complaint, the agreement, the analysis (File No. 941 0116), the order "
 "(Docket No. C-3557), this release, the November 1995 petition and the 1996 rotavirus-assets divestiture to Korea "
 "Green Cross Corporation are one matter (AHP / Solvay's animal health business, 67g's text, is another). " + CHECK +
 "'Medeva', '941 0116', 'C-3557': only earlier rounds' leads in GATHERING.md; 'American Cyanamid' and 'Cyanamid': in "
 "one test file on another matter (AHP / Solvay; counted, not opened: 67g's script names the Cyanamid FR analysis "
 "only as a rank of its queries), 67g's script and pool and GATHERING.md's leads; 'American Home Products' in corpus "
 "files on other matters (AHP / Solvay).",
 True)))


def verify():
    """Each kept paragraph (and a kept title) occurs verbatim (once) in the saved excerpt, line breaks read as spaces
    (the saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        if title:
            assert raw.startswith(title + "\n"), rec["id"]
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"] and "\u2022" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
