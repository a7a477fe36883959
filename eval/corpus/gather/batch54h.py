#!/usr/bin/env python3
"""Batch 54h (session 55, gatherer 54h): two US federal texts on international cartels prosecuted by the Justice
Department's Antitrust Division, each naming a foreign or foreign-registered company and, where the text states them,
its parent and its executives -- the Department's release of 29 January 1997 on Haarmann & Reimer Corp., 'a New
Jersey-based U.S. subsidiary of the Germany-based pharmaceutical and chemical giant Bayer AG', agreeing to plead guilty
and pay a $50 million fine for its part in the worldwide citric acid cartel, with 'A senior executive at the
Germany-based Haarmann & Reimer GmbH, Hans Hartmann' charged too (Attorney General Janet Reno quoted; Archer Daniels
Midland Co.'s October plea recalled); the Antitrust Division's release of 16 July 1999 on Littleton Edwards Walker,
'former Senior Vice President of Business Development and Strategic Initiatives for J. Ray McDermott S.A.', charged in
Houston with rigging bids for marine construction projects from September 1995 to January 1997 (the third case of the
marine construction investigation; Joel I. Klein quoted) -- (US federal government works, 17 U.S.C. 105), a round of
session 55 in the DOJ cartel-case lane after 54d (and 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h,
52f, 51z, 51t, 51n), on 54d's leads (lysine / citric acid; HeereMac marine construction); both matters new to the
corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather55 and the session-55 pools):
  - U.S. Department of Justice, Office of Public Affairs page of the Antitrust Division ('AT') release 'Bayer
    Subsidiary Agrees to Pay $50 Million Criminal Fine' (Wednesday, 29 January 1997; justice.gov
    archive/opa/pr/1997/January97/039at.htm): Haarmann & Reimer Corp., Bayer AG, Haarmann & Reimer GmbH, Hans
    Hartmann, Janet Reno, Archer Daniels Midland Co.;
  - U.S. Department of Justice, Antitrust Division press release of 16 July 1999 (justice.gov
    atr/public/press_releases/1999/2564.htm; its headline is not in the stored excerpt, so `title` is null):
    Littleton Edwards Walker, J. Ray McDermott S.A., Joel I. Klein, the Antitrust Division.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 2,000 and 1,999
characters, in /tmp/gather55h/src by /tmp/gather55h/mk_src.py). Page chrome (the letterhead lines of the 1997 page --
its date line used for `published` --; the 'two formats' paragraph, the seal line, the date line -- used for
`published` -- and the phone and TDD lines of the 1999 page) is left out; the 1997 headline is kept as `title`; the
paragraphs are the store's blocks (the 1997 page's fixed-width paragraphs, each starting with a five-space indent,
with their line wraps joined by a space -- a wrap after a printed hyphen joined with none --, the indents and stray
end-of-paragraph spaces dropped), each one row; each text cut at the last full sentence before the store's excerpt
breaks off; no word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54h.py [POOL_DIR] [--dry]   (default /tmp/gather55h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import OPA

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rliF over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (55a-55f when first checked; rechecked "
         "before writing against every pool then present: no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55h/pool"
R = []

# ---- Haarmann & Reimer Corp. (Bayer AG) / Hans Hartmann, citric acid, 29 January 1997 --------------------------------
U1 = "https://www.justice.gov/archive/opa/pr/1997/January97/039at.htm"
T1 = "Bayer Subsidiary Agrees to Pay $50 Million Criminal Fine"
R.append(federal(
 "us-doj-atr-haarmann-reimer-bayer-us-subsidiary-citric-acid-cartel-plea-gmbh-executive-hartmann-1997",
 U1, "1997-01-29", T1,
 "WASHINGTON, D.C.-- Haarmann & Reimer Corp., a New Jersey-based U.S. subsidiary of the Germany-based pharmaceutical "
 "and chemical giant Bayer AG, has agreed to plead guilty and pay a $50 million criminal fine--the second largest "
 "criminal antitrust fine ever--for participating in an international conspiracy to fix prices and allocate sales in "
 "the citric acid market worldwide, the Department of Justice said today.\n\n"
 "A senior executive at the Germany-based Haarmann & Reimer GmbH, Hans Hartmann, a German citizen, also has been "
 "charged for his role in the international citric acid conspiracy.\n\n"
 "\"This $50 million criminal fine is a clear message to corporations around the world,\" said Attorney General "
 "Janet Reno. \"We will not tolerate international conspiracies that defraud American consumers, and those companies "
 "that engage in collusive conduct will be punished.\"\n\n"
 "This is the fourth round of charges filed as a result of the Department's ongoing investigation into illegal, "
 "collusive practices in the food and feed additives industry.  With today's fine, the Department's food and feed "
 "additives investigation has recovered more than $170 million in criminal fines since charges were first brought "
 "in August.\n\n"
 "In October, Archer Daniels Midland Co. pleaded guilty and was fined $100 million--the largest criminal antitrust "
 "fine ever --for its participation in international conspiracies involving two such additives--citric acid and "
 "lysine.",
 "chemicals/food additives", "legal,antitrust",
 "U.S. Department of Justice, press release '" + T1 + "', 1997-01-29, US federal government work (public domain); "
 "text of the justice.gov page (Office of Public Affairs archive, 039at), from the search tool's page store at " + U1,
 OPA,
 "The Department's press release of Wednesday, 29 January 1997 (kept as `published`; the date from the letterhead "
 "line 'WEDNESDAY, JANUARY 29, 1997') in the justice.gov archive of the Office of Public Affairs (opa/pr/1997/"
 "January97/039at.htm: the Office's page for an Antitrust Division ('AT') release; origin string `OPA`, as batches "
 "41h, 41k, 44a, 44e and 45l). Left out: the letterhead lines ('FOR IMMEDIATE RELEASE', 'AT', 'WEDNESDAY, JANUARY "
 "29, 1997', '(202) 616-2771', 'TDD (202) 514-1888'); the one heading line kept as `title`. The release's line wraps "
 "joined with a space, the wrap after the printed hyphen of 'New Jersey-' / 'based' joined with none (GATHERING, "
 "batch 49's 'cross-' + 'platform'; the Division's own copy, atr/public/press_releases/1997/1893.htm, prints 'New "
 "Jersey- based'), the five-space indents before paragraphs and the two stray spaces after 'said today.' dropped; "
 "the wrap before '--for' ('fine ever' / '--for') joined with a space as every other wrap (**doubtful**: the "
 "printed line may have meant 'ever--for', as its first use 'ever--for' on one line; the Division's copy also reads "
 "'ever —for', with the space). Cut after the fifth paragraph ('... two such additives--citric acid and lysine.'), "
 "before 'In December, a Chicago federal grand jury indicted three former top ADM executives and a Japanese "
 "executive--' (a paragraph that the excerpt breaks off in, at 'the lysine market wo': `truncated`; the lysine "
 "indictment's names and 'ADM' are cut with it). Kept as written: 'WASHINGTON, D.C.--' (no space before the double "
 "hyphen), the double hyphens with no spaces ('fine--the', 'ever--for', 'million--the', 'additives--citric'), 'fine "
 "ever --for', the two spaces after 'industry.', 'second largest' (no hyphen), the straight quotation marks and "
 "apostrophes. The same release in the Division's own archive (atr/public/press_releases/1997/1893.htm, 'This "
 "document is available in two formats' page, rank 1 for 'Haarmann & Reimer citric acid German parent Bayer', em "
 "dashes and no date line) was not taken: the OPA page gives the date and the same words. One text per matter (the "
 "citric acid cartel, July 1991 - June 1995 by Reuters' report, San Francisco; the Department calls it part of its "
 "'food and feed additives' investigation, with lysine): the Department's other releases of that investigation that "
 "came back -- 1996/Oct96/508at.htm (Archer Daniels Midland Co.'s $100 million plea, lysine and citric acid), "
 "1996/Dec96/573at.htm (the lysine indictment of Michael D. Andreas, Mark E. Whitacre, Terrance S. Wilson and "
 "Ajinomoto's Kazutoshi Yamada; a Korean company's plea) -- and the news reports of it (Chicago Tribune, Baltimore "
 "Sun, Spokesman-Review, LA Times / Reuters, AP, Roanoke Times) not taken (**doubtful**: lysine and citric acid were "
 "two conspiracies; held here as one matter by the Department's own count of 'rounds of charges'). The corpus's "
 "Archer-Daniels-Midland / Minnesota Corn Processors record (batch 45o, a 2002 merger judgment) is another matter. "
 "Found with '(202) 514-2007 Haarmann & Reimer citric acid German parent Bayer plead guilty fine' (the Division's "
 "copy at rank 1) and with the headline in quotation marks (this page at rank 1). " + CHECK + "'Haarmann', "
 "'Reimer', 'citric', 'Hans Hartmann', 'Janet Reno', '039at', '1893.htm': 0 in the corpus files and the pools "
 "('Haarmann' and 'citric' only in 54d's leads in GATHERING.md and /work/notes/gather55/54d.md); 'Hartmann' alone "
 "only in a Mannesmann / Vodafone record and batch 20a (another person); 'Bayer' in six corpus records (Bayer's "
 "other matters: Syngenta, Lanxess, Schering, Levitra and others, none the citric acid plea); 'Archer-Daniels-"
 "Midland' only in batch 45o's merger record.",
 True))

# ---- J. Ray McDermott S.A. / Littleton Edwards Walker, marine construction, 16 July 1999 ----------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/1999/2564.htm"
R.append(federal(
 "us-doj-atr-j-ray-mcdermott-former-senior-vice-president-walker-marine-construction-bid-rigging-1999", U2,
 "1999-07-16", None,
 "WASHINGTON, D.C. -- A former Houston-based marine construction company executive was charged today with "
 "participating in an international conspiracy to rig bids for marine construction projects in the United States "
 "and elsewhere, said the Department of Justice.\n\n"
 "The one-count felony case, filed in U.S. District Court in Houston, charges Littleton Edwards Walker, former Senior "
 "Vice President of Business Development and Strategic Initiatives for J. Ray McDermott S.A., with conspiring with "
 "others to rig bids for the sale of marine construction services in the U.S. and elsewhere. The conspiracy took "
 "place from September 1995 to January 1997. According to the court filing, Walker and co-conspirators held meetings "
 "to rig bids for marine construction projects, to agree that various conspirators would restrict their "
 "construction activities to particular regions of the world, and to devise systems to collect payments from "
 "customers at rigged prices.\n\n"
 "This is the third case brought by the Department in its ongoing antitrust investigation of the marine "
 "construction industry. Marine construction services include the design, construction, installation, and removal "
 "of offshore oil and gas production platforms and subsea pipeline systems.\n\n"
 "\"This cartel denied customers the benefits of competitive bidding for marine construction services,\" said Joel "
 "I. Klein, Assistant Attorney General in charge of the Department's Antitrust Division. \"Today's charge affirms the "
 "Division's commitment to prosecute vigorously international cartels that harm American citizens and companies. \"",
 "construction/offshore marine construction", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release of 1999-07-16 (its headline not in the stored "
 "excerpt), US federal government work (public domain); text from the search tool's page store at " + U2 + " (the "
 "justice.gov archive of the Antitrust Division's releases)",
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release (justice.gov atr/public/press_releases/1999/2564.htm). Left out: 'This document "
 "is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of Justice Seal "
 "and Letterhead', the date line 'FRIDAY, JULY 16, 1999' (two trailing blanks; used for `published`, a Friday), "
 "'(202) 202-514-2007' (sic), 'TDD: (202) 514-1888'. The excerpt holds no headline between the phone lines and the "
 "dateline, so `title` is null (**doubtful**: the page surely has one; the store did not give it, and none was made "
 "up). The paragraphs are the store's blank-line blocks, each one row. The store's excerpt ends after the fourth "
 "paragraph and its blank line ('... international cartels that harm American citizens and companies. \"', 1,999 "
 "characters), so the text ends there with that paragraph whole (`truncated`: the release surely goes on). Kept as "
 "written: 'WASHINGTON, D.C. --', 'Senior Vice President of Business Development and Strategic Initiatives' (capitals "
 "as printed), 'J. Ray McDermott S.A.' (no comma), 'co-conspirators', 'subsea', the space before the closing "
 "quotation mark ('companies. \"'), the straight quotation marks and apostrophes. One text per matter (the marine "
 "construction cartel, heavy-lift offshore construction, September 1995 - January 1997 here; HeereMac v.o.f., the "
 "Heerema / McDermott joint venture, and its commercial director pleaded in December 1997 by Cartel Digest's table, "
 "the first cases of the same investigation): no other release of it came back; gasandoil.com's report of J. Ray "
 "McDermott ending the HeereMac joint venture (19 December 1997) and J. Ray McDermott S.A.'s 8-K of that date "
 "(incjournal.com) not taken (not federal works or not the cartel). Dockwise N.V. / Dockwise U.S.A. (heavy-lift "
 "transport, 1997, 'a separate investigation' by Cartel Digest) came back only as Cartel Digest's table. Found with "
 "'HeereMac marine construction bid rigging Gulf of Mexico plead guilty fine Justice Department 1998' (rank 1) and "
 "with 'Littleton Edwards Walker J. Ray McDermott former senior vice president ...' (rank 1, the same excerpt). "
 + CHECK + "'McDermott S.A.', 'J. Ray McDermott', 'Littleton', 'HeereMac', 'Heerema', 'marine construction', "
 "'2564': 0 in the corpus files, the scripts and the pools ('HeereMac' and 'marine construction' only in 54d's leads "
 "in GATHERING.md and /work/notes/gather55/54d.md; '2564' only as the FCC order number 'DA 02-2564' in an SBC / Ameritech record, batch 44v and its GATHERING section); "
 "'McDermott' alone only in an SEC late-trading record (a person of that name, another matter); 'Joel I. Klein' in "
 "many DOJ records (the same official, other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
