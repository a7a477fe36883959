#!/usr/bin/env python3
"""Batch 63g (session 57, gatherer 63g): four FTC merger press releases of 2000 and 2004 (chemicals, pharmaceuticals,
inspection equipment, petroleum pipelines) naming the merging firms or joint-venture partners, the subsidiaries and
business units, the buyers of divested businesses or the licensee the order names, the firms' products and brands and
the Bureau of Competition's Director, new matters in the federal FTC lane (after 63a, 62m, 62g, 62e, 62b, 61b, 60l,
60e, 60b, 59g, 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking the FTC's merger
consents by acquirer, target and 'consent order divest' (63a's way; the 'Leads for a next round' of 63a's section,
which named FMC / Solutia, GE / InVision, Buckeye / Shell and Cephalon / Cima Labs):
  - ftc.gov 'opa/2000/04/fmccorp2.htm' (FTC press release of April 2000; its day and headline are not in the stored
    text) -- the consent order accepted for the proposed joint venture of FMC Corp. and Solutia Inc. in phosphates
    and phosphorus derivatives, on the divestiture of Solutia's Augusta, Georgia phosphates business to Societe
    Chimique Prayon-Rupel and FMC's Lawrence, Kansas phosphorus pentasulfide business to Peak Investments, LLC, with
    Richard G. Parker, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2004/08/conditions-ftc-allows-cephalons-purchase-cima-protecting-
    competition-breakthrough-cancer-pain-drugs' (FTC press release of August 9, 2004; its headline is not in the
    stored text) -- the FTC allowing Cephalon, Inc.'s $515 million acquisition of Cima Labs, Inc. provided that
    Cephalon licenses a generic Actiq to Barr Laboratories, Inc., with Susan Creighton, Director of the FTC's Bureau
    of Competition, and Cephalon's Actiq, Provigil and Gabitril;
  - ftc.gov 'opa/2004/09/geinvision.htm' (FTC press release of September 15, 2004; its headline is not in the stored
    text) -- the consent agreement conditionally allowing General Electric Company's $900 million acquisition of
    InVision Technologies, Inc. on the divestiture of InVision's YXLON NDT subsidiary, with Susan A. Creighton,
    Director of the FTC's Bureau of Competition, GE's units GE Infrastructure and GE Inspection Technologies and the
    latter's Seifert, Pantak, Krautkramer and Hocking brands;
  - ftc.gov 'news-events/news/press-releases/2004/09/ftc-clears-buckeye-partners-517-million-purchase-shell-
    pipelines-terminals' (FTC press release of September 2004; its day and headline are not in the stored text) --
    the consent agreement letting Buckeye Partners, L.P. complete its $517 million purchase of pipelines and
    terminals from Shell Oil Company, with a ten-year prior notice on the Niles, Michigan terminal assets, and Susan
    A. Creighton, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather64/63g.md. Queries and ranks in
/tmp/gather64g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63, /work/notes/gather64
(CLAIMS.txt) and the session-57 pools /tmp/gather6*/pool. The texts are the search tool's page-store excerpts (corpus
`pages`; each 2,000 bytes in UTF-8, the store's cut: 2,000, 1,974, 1,980 and 1,984 characters -- the FMC excerpt
with straight quotation marks and apostrophes, the other three with curly ones, Cephalon's with en dashes), as saved
in /tmp/gather64g/src by /tmp/gather64g/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (GE); `title` None for all four (no
headline in the stored text); `published` None for FMC / Solutia and Buckeye / Shell (no page, notice or dated copy
in the store gave the day). FMC / Solutia -- cut after the fourth paragraph, before the word the excerpt breaks off
('The Commiss') (`truncated`). Cephalon / Cima -- the sub-heading 'Parties to the Transaction' dropped; cut inside the
fifth paragraph at a sentence end, after '... specializes in fast-dissolve drug delivery technology.', before the
sentence the excerpt breaks off ('The company researches, develops, and manufactures both prescription and
over-the-counter (OTC) products, m') (`truncated`). GE / InVision -- the sub-heading 'Parties to the Proposed
Transaction' dropped; cut after the fourth paragraph, before the paragraph the excerpt breaks off ('InVision,
headquartered in Newark, California, is the leading supplier of explosive detection systems (EDS) to the U.S.
government for') (`truncated`). Buckeye / Shell -- the sub-heading 'Parties to the Transaction' dropped; cut inside
the fourth paragraph at a sentence end, after '... reported annual sales of $273 million in 2003.', before the
sentence the excerpt breaks off ('In addition to the transportation services it provides, Buckeye and its wholly
owned subsidiary, Buckeye Terminals, LLC (BT), own and operate 16 p') (`truncated`). No word added or changed; the
store's paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a verbatim substring
(once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch63g.py [POOL_DIR] [--dry]   (default /tmp/gather64g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63, /work/notes/gather64 and the "
         "session-57 pools /tmp/gather6*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather64/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64g/pool"
SRC = "/tmp/gather64g/src"
R = []

# ---- FMC Corp. / Solutia Inc. joint venture, FTC press release, April 2000 (day unknown) -------------------------------
U1 = "https://ftc.gov/opa/2000/04/fmccorp2.htm"
P1 = [
 "The Federal Trade Commission has accepted a consent order, subject to final approval, that would resolve the "
 "anticompetitive concerns associated with the proposed joint venture between FMC Corp. (FMC) and Solutia Inc. "
 "(Solutia), in which the companies plan to combine their respective phosphates and phosphorus derivatives "
 "businesses. Under the terms of the order, FMC and Solutia would be required to divest the portion of Solutia's "
 "phosphates business in Augusta, Georgia to Societe Chimique Prayon-Rupel (Prayon), and FMC's phosphorus "
 "pentasulfide business in Lawrence, Kansas to Peak Investments, LLC (Peak). The proposed agreement also contains "
 "an Order to Maintain Assets that would require the respondents to preserve the assets to be divested as viable, "
 "competitive and ongoing businesses until the transactions are completed.",
 "\"This agreement will ensure that competition in these important intermediate chemical markets is maintained,\" "
 "said Richard G. Parker, Director of the FTC's Bureau of Competition.",
 "According to the FTC complaint, the joint venture proposed by FMC and Solutia may have substantially lessened "
 "competition in the U.S. market for pure phosphoric acid and phosphorus pentasulfide, in violation of Section 7 of "
 "the Clayton Act and Section 5 of the Federal Trade Commission Act.",
 "Both FMC and Solutia produce pure phosphoric acid and sell it directly to end customers. They also use this "
 "product internally to manufacture different types of phosphate salts. In its complaint, the Commission contends "
 "that FMC and Solutia currently compete with each other in the manufacture of pure phosphoric acid and its sale "
 "directly to end customers, as well as in the manufacture and sale of phosphate salts. The U.S. market for these "
 "products is already highly concentrated, the Commission contends, and the proposed joint venture would lead to "
 "significant increases in market concentration. In addition, new entry into this market by other companies is "
 "considered unlikely."]
R.append((["ftc-2000-04-fmc-solutia.txt"], None, P1, federal(
 "us-ftc-fmc-solutia-joint-venture-consent-order-prayon-peak-2000",
 U1, None, None, "\n\n".join(P1),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,joint ventures,phosphates",
 "U.S. Federal Trade Commission, press release of April 2000 on the consent order accepted for the proposed joint "
 "venture of FMC Corp. and Solutia Inc. (its headline and day are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2000/04/...', the "
 "FTC's Office of Public Affairs archive): first-party text. The stored text holds no headline, no date line and "
 "no 'Skip to main content' line: `title` None (the attribution says so); `published` None -- the address gives "
 "April 2000, the FTC Decisions volume (documents.pub's copy, rank 1 of query 2) dates the complaint 'April 5, "
 "2000' and the decision 'May 15, 2000', chemicalonline's report is dated 'April 13, 2000' and Solutia's 8-K gives "
 "an event of 'APRIL 12, 2000' that its excerpt does not name; none of them says which day the FTC announced the "
 "order, and ten queries (6, 10-13, 15) found no FTC notice with 'see press release dated'. The text holds no "
 "time expression. Cut after the fourth paragraph, before the word the store's excerpt breaks off ('The Commiss') "
 "(`truncated`). Kept as written: the straight quotation marks and apostrophes of this excerpt, 'FMC Corp. (FMC)', "
 "'Societe Chimique Prayon-Rupel (Prayon)' without accents, 'Peak Investments, LLC (Peak)', 'Augusta, Georgia' and "
 "'Lawrence, Kansas' without a comma after the state. 300 words (whitespace-split), four paragraphs. Found at rank "
 "4 under 'FTC FMC Solutia phosphorus joint venture Astaris consent order divest' (query 2); ranks 1-3 and 5-8 were "
 "documents.pub's copy of the FTC Decisions text, rbyhdq.net's mojibake copies of this release and the analysis "
 "('Federal' garbled), chemicalonline, the commissioners' statement, C&EN and The Engineer on the 2005 sale of "
 "Astaris. One text per matter: this release, the complaint, the orders, the analysis (File No. 991 0218, Docket "
 "No. C-3935) and the commissioners' statement are one matter. " + CHECK + "'Astaris', 'Prayon', 'Peak "
 "Investments', 'Richard G. Parker', 'C-3935', '9910218': 0 in the corpus files, the scripts and the pools "
 "('Astaris' only in 63a's lead in the notes); 'Solutia' only in 63a's Solvay / Ausimont record (a note naming "
 "'three pages on FMC / Solutia', another matter) and its script; 'Richard Parker' only in an earlier round's note in "
 "GATHERING.md.",
 True)))

# ---- Cephalon, Inc. / Cima Labs, Inc., FTC press release, August 9, 2004 -----------------------------------------------
U2 = ("https://ftc.gov/news-events/news/press-releases/2004/08/"
      "conditions-ftc-allows-cephalons-purchase-cima-protecting-competition-breakthrough-cancer-pain-drugs")
P2 = [
 "Under a consent agreement announced today, the Federal Trade Commission will allow Cephalon, Inc.\u2019s $515 "
 "million acquisition of Cima Labs, Inc., provided that Cephalon grants Barr Laboratories, Inc. a fully paid-up, "
 "irrevocable license to manufacture and sell a generic formulation of Cephalon\u2019s breakthrough cancer pain "
 "(BTCP) drug Actiq in the United States.",
 "The order, which conditionally allows the acquisition, remedies the anticompetitive concerns raised by "
 "Cephalon\u2019s acquisition of a BTCP drug in development. Cephalon is currently the only company selling a BTCP "
 "drug in the United States. Cima is best positioned to be the next entrant into the market. The proposed "
 "acquisition would have allowed Cephalon to continue its monopoly of the U.S. BTCP drug market.",
 "\u201cThe importance of this order is to provide consumers of BTCP drugs with a lower-priced alternative at the "
 "time that Cima\u2019s product would enter the market,\u201d said Susan Creighton, Director of the FTC\u2019s "
 "Bureau of Competition. \u201cCima is clearly poised to become Cephalon\u2019s major competitor in this market in "
 "the next few years, and this order ensures that the competition that would have been created by Cima\u2019s "
 "product will not be lost.\u201d",
 "Headquartered in West Chester, Pennsylvania, Cephalon develops and markets pharmaceutical products, including "
 "three in the United States \u2013 Actiq for BTCP, Provigil for narcolepsy and in development for attention "
 "deficit disorder, and Gabitril for partial seizures associated with epilepsy \u2013 and 20 products "
 "internationally. Cephalon has approximately 1,400 employees at its facilities in Salt Lake City, Utah, and in "
 "France. In 2003, the company reported more than $714 million in annual revenues, with net income of $83.9 million.",
 "Cima, headquartered in Eden Prairie, Minnesota, specializes in fast-dissolve drug delivery technology."]
R.append((["ftc-2004-08-cephalon-cima.txt"], None, P2, federal(
 "us-ftc-cephalon-cima-labs-consent-agreement-actiq-barr-license-2004",
 U2, "2004-08-09", None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,licensing,drugs",
 "U.S. Federal Trade Commission, press release of August 9, 2004 on the consent agreement in Cephalon, Inc.'s "
 "acquisition of Cima Labs, Inc. (its headline is not in the stored text), US federal government work (public "
 "domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2004/08/...'): first-party text. The stored text holds no headline and no date line (and no 'Skip "
 "to main content' line): `title` None (the attribution says so); `published` 9 August 2004 (a Monday) -- the "
 "address gives August 2004 and Cephalon's own 8-K on sec.gov (rank 6 of query 8) says 'On August 9, 2004, "
 "Cephalon, Inc. ... and CIMA LABS INC. ... announced that the Federal Trade Commission (FTC) had accepted a consent "
 "agreement'; Law360's report of August 11, 2004 (rank 3 of query 8) says 'On Monday, the Federal Trade Commission "
 "decided'; the release says 'announced today'. Dropped: the sub-heading 'Parties to the Transaction' before the "
 "fourth kept paragraph. Cut inside the fifth paragraph at a sentence end, after '... specializes in fast-dissolve "
 "drug delivery technology.', before the sentence the store's excerpt breaks off ('The company researches, "
 "develops, and manufactures both prescription and over-the-counter (OTC) products, m') (`truncated`). Kept as "
 "written: the curly quotation marks and apostrophes and the two en dashes of this excerpt, 'Cephalon, Inc.\u2019s', "
 "'Cima Labs, Inc.', 'Susan Creighton' (no middle initial), 'license'. 278 words (whitespace-split), five "
 "paragraphs (the last cut short). Found at rank 6 under 'FTC Cephalon Cima Labs acquisition consent order Barr "
 "fentanyl' (query 5); rank 4 was the same release at www.ftc.gov under 'news-events/press-releases/2004/08/...' "
 "with 'Skip to main content' and 'Tags:' lines and blank lines between the paragraphs (the same words; this copy "
 "taken for its plainer layout), rank 1 the FTC's case page (a summary), ranks 2, 3 and 7 copies of the decision and "
 "order (github cuad, justia), rank 5 rbyhdq.net's mojibake copy, rank 8 law.com. One text per matter: this "
 "release, the complaint, the orders, the analysis (File No. 041 0025) and the commissioners' statements are one "
 "matter. " + CHECK + "'Cima Labs', 'Actiq', 'Gabitril', 'Eden Prairie', '0410025', '041 0025': 0 in the corpus "
 "files, the scripts and the pools ('Cima Labs' only in 62e's, 62g's and 63a's leads in GATHERING.md and the notes; "
 "'CIMA' by count only inside other words); 'Cephalon' only in files on other matters (Teva's 2011 purchase of "
 "Cephalon in an FTC merger-cases text and English Wikipedia's 'Teva Pharmaceutical Industries', both train; the "
 "EC's Teva / Cephalon modafinil objections, train; the Teva / IVAX and Watson / Andrx FTC texts, train and dev; a "
 "test file by count, by its name an EC item on Irish motor insurance, not opened); 'Provigil' only in the train "
 "FTC merger-cases text (Teva / Cephalon); 'Barr Laboratories' only in 62b's and 62e's texts (Barr as a buyer of "
 "divested generics, other matters) and 62g's Barr / Pliva; 'West Chester' in one test file by count (not opened; "
 "by its name another matter) and two earlier scripts; 'Susan Creighton' only in 62g's Novartis / Eon Labs text.",
 True)))

# ---- General Electric Company / InVision Technologies, Inc., FTC press release, September 15, 2004 ---------------------
U3 = "http://www.ftc.gov/opa/2004/09/geinvision.htm"
P3 = [
 "In an action taken to ensure continued competition in the highly specialized U.S. market for x-ray nondestructive "
 "testing (NDT) and inspection equipment, the Federal Trade Commission today announced a consent agreement that "
 "will conditionally allow General Electric Company\u2019s $900 million acquisition of InVision Technologies, Inc., "
 "while requiring GE to divest InVision\u2019s YXLON NDT subsidiary to a Commission-approved buyer within six "
 "months. GE and InVision are the two leading U.S. producers and sellers of x-ray NDT and inspection equipment, "
 "which is used for a wide range of purposes including inspection of aircraft and automobile components.",
 "\u201cThe consent agreement announced today will protect competition in the specialized x-ray testing and "
 "inspection market in the United States,\u201d said Susan A. Creighton, Director of the FTC\u2019s Bureau of "
 "Competition. \u201cGE and InVision are the dominant suppliers and closest competitors in the manufacture and sale "
 "of this equipment, and absent the agreement, competition would be irreparably harmed. Given the international "
 "aspects of this business, we appreciate the close cooperation of our enforcement colleagues in Germany and the "
 "United Kingdom in resolving this matter.\u201d",
 "GE is a diversified technology and services company headquartered in Fairfield, Connecticut. GE Infrastructure, "
 "the company\u2019s unit that is acquiring InVision, oversees operations of GE\u2019s security and sensing, water "
 "technologies, and automation enterprises. Another GE unit, GE Inspection Technologies, designs, manufactures, and "
 "sells various NDT and inspection equipment under the Seifert, Pantak, Krautkramer, and Hocking brand names.",
 "The company\u2019s NDT and inspection products serve customers in the aerospace, energy, petrochemical, and "
 "automotive industries."]
R.append((["ftc-2004-09-ge-invision.txt"], None, P3, federal(
 "us-ftc-general-electric-invision-consent-agreement-yxlon-2004",
 U3, "2004-09-15", None, "\n\n".join(P3),
 "industrial equipment/competition regulation", "deal,regulatory,merger control,divestiture,inspection equipment",
 "U.S. Federal Trade Commission, press release of September 15, 2004 on the consent agreement in General Electric "
 "Company's acquisition of InVision Technologies, Inc. (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2004/09/...'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so); `published` 15 September 2004 (a "
 "Wednesday) -- the address gives September 2004 and the FTC's own 'Announced Actions for November 2, 2004' "
 "(ftc.gov, rank 4 of query 3) closes its GE / InVision item with 'see press releases dated September 15 and "
 "October 29, 2004'; GE's divestiture petition (1library's copy, rank 5 of query 3) says 'On September 15, 2004, "
 "the Commission accepted the Consent Agreement for public comment' and USA Today's story posted 9/16/2004 (rank 3) "
 "says the acquisition 'was approved Wednesday'; the release says 'today announced'. Dropped: the sub-heading "
 "'Parties to the Proposed Transaction' before the third kept paragraph. Cut after the fourth paragraph, before the "
 "paragraph the store's excerpt breaks off ('InVision, headquartered in Newark, California, is the leading supplier "
 "of explosive detection systems (EDS) to the U.S. government for') (`truncated`). Kept as written: the curly "
 "quotation marks and apostrophes of this excerpt, 'YXLON' in capitals, 'x-ray', 'Commission-approved', "
 "'Krautkramer' without an umlaut. 251 words (whitespace-split), four paragraphs. Found at rank 1 under 'FTC "
 "General Electric InVision Technologies acquisition consent order YXLON divest' (query 3); ranks 2-8 were the "
 "Federal Register analysis of September 22, 2004 (govinfo), USA Today, ftc.gov's November 2004 announced actions "
 "(GE's application to divest to Prinzipal 26. V V GmbH), 1library's copy of that petition, the 2003 GE / Agfa "
 "analysis and release (another matter) and eastbaytimes. One text per matter: this release, the complaint, the "
 "orders, the analysis (File No. 041 0106, Docket No. C-4119) and the 2004 divestiture application are one matter. "
 + CHECK + "'YXLON', 'GE Infrastructure', 'GE Inspection Technologies', 'Krautkramer', 'Pantak', '041 0106', "
 "'041-0106', 'C-4119': 0 in the corpus files, the scripts and the pools ('YXLON' only in 63a's lead in GATHERING.md "
 "and the notes); 'InVision' in a dev file on another matter -- the SEC's 2005 default judgment against unknown "
 "purchasers of InVision call options before GE's offer was announced (an insider-trading case, not the merger "
 "review; its text names the acquisition, so the acquired edge is in the corpus once already, from another text) "
 "-- a dev CFTC text by count and batches 48d's and 55z's scripts; 'Seifert' only in a train Wikinews text (Werner "
 "Seifert of Deutsche B\u00f6rse, another name) and its script; 'Hocking' in four files by count (a surname and "
 "place, other matters); 'Susan A. Creighton' only in 62g's Novartis / Eon Labs and 63a's Genzyme / Ilex texts.",
 True)))

# ---- Buckeye Partners, L.P. / Shell Oil Company assets, FTC press release, September 2004 (day unknown) ----------------
U4 = ("https://ftc.gov/news-events/news/press-releases/2004/09/"
      "ftc-clears-buckeye-partners-517-million-purchase-shell-pipelines-terminals")
P4 = [
 "Under the terms of a consent agreement with the Federal Trade Commission announced today, Buckeye Partners, L.P. "
 "(Buckeye) will be permitted to complete its proposed $517 million acquisition of selected refined petroleum "
 "pipelines and terminals from Shell Oil Company (Shell). To protect competition for terminaling in and around "
 "Niles, Michigan, the parties will be required for 10 years to notify the FTC before acquiring, selling, or "
 "transferring the Niles terminal assets that were part of the parties\u2019 originally proposed transaction.",
 "Through the transaction conditionally approved by the Commission today, Buckeye will acquire from Shell five "
 "refined petroleum products pipelines and 24 petroleum products terminals in the United States, including: 1) the "
 "309-mile North Line Products System; 2) the East Line Products System; 3) the Two Rivers Pipeline and two "
 "pipelines serving St. Louis, Missouri; and 3) terminals in Illinois, Indiana, Ohio, and Michigan.",
 "\u201cThe Commission\u2019s competitive concerns regarding the proposed transaction were focused on the petroleum "
 "products terminals in and around Niles, Michigan,\u201d said Susan A. Creighton, Director of the FTC\u2019s "
 "Bureau of Competition. \u201cBy taking these assets off the table and requiring the companies to provide prior "
 "notification before selling or transferring them to anyone else, the Commission\u2019s ability to protect "
 "consumers from reduced competition and higher prices will be preserved.\u201d",
 "Buckeye, a Delaware corporation, is a partnership engaged in the storage, terminaling, and pipeline "
 "transportation of refined petroleum products, including gasoline, diesel fuel, and other light petroleum "
 "products. With operations primarily in the Northeast and Midwest regions of the United States, the corporation "
 "reported annual sales of $273 million in 2003."]
R.append((["ftc-2004-09-buckeye-shell.txt"], None, P4, federal(
 "us-ftc-buckeye-partners-shell-pipelines-terminals-consent-niles-2004",
 U4, None, None, "\n\n".join(P4),
 "energy/competition regulation", "deal,regulatory,merger control,pipelines,petroleum terminals",
 "U.S. Federal Trade Commission, press release of September 2004 on the consent agreement in Buckeye Partners, "
 "L.P.'s purchase of pipelines and terminals from Shell Oil Company (its headline and day are not in the stored "
 "text), US federal government work (public domain); text from the search tool's page store at " + U4,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2004/09/...'): first-party text. The stored text holds no headline, no date line and no 'Skip to "
 "main content' line: `title` None (the attribution says so); `published` None -- the address gives September "
 "2004, but no FTC notice, Federal Register analysis or dated copy in the store gave the day (queries 7, 9, 12, 14, "
 "16 and 17; the release's own headline asked verbatim answered with this page only), so 'today' is not resolved "
 "(GUIDELINES: with `published` null only absolute expressions). Dropped: the sub-heading 'Parties to the "
 "Transaction' before the fourth kept paragraph. Cut inside that paragraph at a sentence end, after '... reported "
 "annual sales of $273 million in 2003.', before the sentence the store's excerpt breaks off ('In addition to the "
 "transportation services it provides, Buckeye and its wholly owned subsidiary, Buckeye Terminals, LLC (BT), own "
 "and operate 16 p') (`truncated`; the subsidiary is lost with it). Kept as written: the curly quotation marks and "
 "apostrophes of this excerpt, the list numbered '1) ... 2) ... 3) ... and 3)' (the second '3)' as the page has "
 "it), '309-mile', 'Buckeye, a Delaware corporation, is a partnership'. 263 words (whitespace-split), four "
 "paragraphs (the last cut short). Found at rank 1 under 'FTC Buckeye Partners Shell Oil pipelines terminals "
 "acquisition consent order divest' (query 4); ranks 2-8 were a law firm's page (wsgr), the FTC's 2022 Buckeye / "
 "Magellan matter (frnow's Federal Register copy, two ftc.gov releases, rbyhdq.net's case page; another matter), "
 "the FTC's September 2004 Magellan / Shell release (another matter) and casetext's copy of its analysis. One text "
 "per matter: this release, the complaint, the order and the analysis are one matter. " + CHECK + "'Buckeye "
 "Partners', 'Buckeye Terminals', 'North Line Products', 'Two Rivers Pipeline': 0 in the corpus files, the scripts "
 "and the pools ('Buckeye Partners' only in 63a's lead in GATHERING.md and the notes); 'Niles' in three files by "
 "count (other places and names, other matters); 'Magellan Midstream' (not in this text) in one test file by "
 "count, by its name an FTC horizontal-cases listing (not opened) -- the reason the Magellan / Shell release of the "
 "same month was not taken.",
 True)))


def verify():
    """Each kept paragraph (and the title, where there is one) occurs verbatim (once) in the saved excerpt, line
    breaks read as spaces (the saved file's two header lines, its address and the query that found it, are not part
    of the excerpt)."""
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
