#!/usr/bin/env python3
"""Batch 50c (session 51, gatherer 50c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fortieth round in the FCC transaction lane of batches 15f, 43n-49f,
49j and 49m, on two Wireline Competition Bureau grant notices no corpus file holds --
  - the Wireline Competition Bureau's public notice DA 20-634 of 16 June 2020 granting the domestic section 214
    application to transfer control of Jaguar Communications, Inc. from Provincial Real Estate Holdings, LLC to
    MetroNet Holdings, LLC (WC Docket No. 20-37), the FCC's EDOCS plain text on docs.fcc.gov;
  - the Wireline Competition Bureau's public notice DA 22-1361 of 22 December 2022 granting the domestic section 214
    application to transfer control of Empire Telephone Corporation, Empire Long Distance Corporation, North Penn
    Telephone Company and North Penn Long Distance Corporation to Endurance Parent, Inc. (WC Docket No. 22-155), the
    FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). Both renderings are one run of text with each
footnote's text run into the body where its marker stood (48h's DA 21-849 shape); each text is cut after the body's
first sentence, before the first footnote's text ('See 47 U.S.C. § 214; 47 CFR §§ 63.03-04. ...') runs in, since the
rendering does not mark where a footnote ends. Left out: the page number the 2022 rendering opens with ('2'). Kept:
the DA number with the release date (the renderings' one line), the upper-case heading and the docket line, each on
its own line, then the body's first sentence. No word added or changed. Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch50c.py [POOL_DIR] [--dry]   (default /tmp/gather51c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-51 pools /tmp/gather51*/pool (none on this "
         "matter at the last check): ")
R = []

# ---- Jaguar Communications, Inc.: Provincial Real Estate Holdings, LLC -> MetroNet Holdings, LLC, DA 20-634 ----------
U1 = "https://docs.fcc.gov/public/attachments/DA-20-634A1.txt"
R.append(federal(
 "us-fcc-jaguar-communications-provincial-real-estate-holdings-metronet-holdings-domestic-section-214-transfer-of-"
 "control-granted-public-notice-2020",
 U1, "2020-06-16",
 "Application Granted for the Transfer of Control of Jaguar Communications, Inc. to MetroNet Holdings, LLC",
 "DA 20-634 Released: June 16, 2020\n\n"
 "APPLICATION GRANTED FOR THE TRANSFER OF CONTROL OF JAGUAR COMMUNICATIONS, INC. TO METRONET HOLDINGS, LLC\n\n"
 "WC Docket No. 20-37\n\n"
 "By this Public Notice, the Wireline Competition Bureau (Bureau) grants an application filed by James T. Ward, as "
 "the representative of all of the interest holders of Provincial Real Estate Holdings, LLC (Provincial), and "
 "MetroNet Holdings, LLC (MetroNet Holdings) (collectively, Applicants), pursuant to section 214 of the "
 "Communications Act of 1934, as amended (Act), and sections 63.03-04 of the Commission\u2019s rules, requesting "
 "approval for consent to transfer control of Jaguar Communications, Inc. (Jaguar) from Provincial to MetroNet "
 "Holdings.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 20-634, 'Application Granted "
 "for the Transfer of Control of Jaguar Communications, Inc. to MetroNet Holdings, LLC', WC Docket No. 20-37, June "
 "16, 2020, US federal government work (public domain); text as the FCC's EDOCS plain-text attachment holds it, from "
 "the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Wireline Competition Bureau's public notice of 16 June 2020 (DA 20-634, WC Docket No. 20-37) granting the "
 "application of James T. Ward, for the interest holders of Provincial Real Estate Holdings, LLC, and MetroNet "
 "Holdings, LLC to transfer control of Jaguar Communications, Inc. from Provincial to MetroNet Holdings, as the FCC's "
 "own plain-text attachment DA-20-634A1.txt holds it (one run of text, each footnote's text run into the body where "
 "its marker stood, as 48h's DA 21-849); an FCC public notice is a US federal work, public domain (batch 15f). Left "
 "out: the first footnote's text, run in after '... from Provincial to MetroNet Holdings.' ('See 47 U.S.C. \u00a7 "
 "214; 47 CFR \u00a7\u00a7 63.03-04. Joint Application of James T. Ward, Jaguar Communications, Inc., and MetroNet "
 "Holdings, LLC, WC Docket No. 20-37 (filed Feb. 7, 2020) (Application).'), and all after it: the rendering does not "
 "mark where a footnote ends, so the sentences that follow ('Applicants also filed an application for the transfer "
 "of authorizations associated with international services.', the notice of 27 February 2020 seeking comment, DA "
 "20-198, the letter of 3 March 2020 in which the U.S. Department of Justice, with the Departments of Homeland "
 "Security and Defense, asked the Commission to defer action, the Bureau's deferral) cannot be told apart from "
 "footnote text with certainty, and are cut (48h, 44g). Kept: the DA number with the release date (the rendering's "
 "one line, as 48h), the upper-case heading (also as `title`, in the heading's words) and the docket line, each on "
 "its own line (a grant notice: no due dates), and the body's first sentence; `truncated`. Kept as written: "
 "'(collectively, Applicants)', '(Act)', 'sections 63.03-04', 'Commission\u2019s' with its curly apostrophe, "
 "'requesting approval for consent to transfer control', the heading's 'METRONET' in capitals. In the lane (a "
 "named carrier to pass from its named holder to a named buyer, granted: sector telecoms/wireline carrier, 2020). "
 "One text per event: the comment notice DA 20-198 of 27 February 2020 and the removal-from-streamlining notice (the "
 "same matter) not used; neither came back. Found with 'DOMESTIC SECTION 214 APPLICATION GRANTED By this Public "
 "Notice the Wireline Competition Bureau grants an application requesting consent to transfer control telephone "
 "company cooperative 2019' (rank 6). " + CHECK +
 "'Jaguar Communications', 'Provincial Real Estate', 'James T. Ward', '20-634', '20-198', 'WC Docket No. 20-37': "
 "in no corpus file, GATHERING.md line, script, note or pool; 'MetroNet' (case-sensitive) in no corpus file and in "
 "one GATHERING.md line (a 2005 purchase of Parbin Ltd and MetroNet, another company); 'Metronet' in five corpus "
 "files (two, by their names, on the London Underground; file names only), 'MetroNet Holdings' in none.",
 True))

# ---- Empire Telephone / North Penn Telephone et al. -> Endurance Parent, Inc., DA 22-1361 ----------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-22-1361A1.txt"
R.append(federal(
 "us-fcc-empire-telephone-north-penn-telephone-endurance-parent-domestic-section-214-transfer-of-control-granted-"
 "public-notice-2022",
 U2, "2022-12-22",
 "Domestic Section 214 Application Granted (WC Docket No. 22-155)",
 "DA 22-1361 Released: December 22, 2022\n\n"
 "DOMESTIC SECTION 214 APPLICATION GRANTED\n\n"
 "WC Docket No. 22-155\n\n"
 "By this Public Notice, the Wireline Competition Bureau grants an application filed by Endurance Parent, Inc. "
 "(Endurance), Lantelco, Inc. (Lantelco), Barch Corporation (Barch), Empire Telephone Corporation (Empire "
 "Telephone), Empire Long Distance Corporation d/b/a Empire Access (ELD), North Penn Telephone Company (North Penn "
 "Telephone), and North Penn Long Distance Corporation (NPLD) (collectively, Applicants), pursuant to section 214 of "
 "the Communications Act of 1934, as amended, and sections 63.03-04 of the Commission\u2019s rules, requesting "
 "consent to transfer control of the Empire Telephone, ELD, North Penn Telephone, and NPLD (together, the Section "
 "214 Holders) to Endurance.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 22-1361, 'Domestic Section "
 "214 Application Granted', WC Docket No. 22-155, December 22, 2022, US federal government work (public domain); "
 "text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Wireline Competition Bureau's public notice of 22 December 2022 (DA 22-1361, WC Docket No. 22-155) granting "
 "the application of Endurance Parent, Inc., Lantelco, Inc., Barch Corporation and four carriers -- Empire Telephone "
 "Corporation, Empire Long Distance Corporation d/b/a Empire Access, North Penn Telephone Company and North Penn Long "
 "Distance Corporation -- to transfer control of the four carriers to Endurance, as the FCC's own plain-text "
 "attachment DA-22-1361A1.txt holds it (one run of text, footnotes run in, as 48h's DA 21-849); an FCC public notice "
 "is a US federal work, public domain (batch 15f). Left out: the page number '2' the rendering opens with; the first "
 "footnote's text, run in after '... to Endurance.' ('See 47 U.S.C. \u00a7 214; 47 CFR \u00a7\u00a7 63.03-04. Joint "
 "Application for the Transfer of Control of Empire Telephone Corporation, ... WC Docket 22-155 (filed Apr. 14, "
 "2022) (Application).'), and all after it (the supplements of 24 May and 1 December 2022 with their letter "
 "citations, 'Applicants also filed applications for the transfer of authorizations associated with international "
 "and wireless services.', the comment notice of 21 March 2022): the rendering does not mark where a footnote ends "
 "(48h, 44g). Kept: the DA number with the release date (the rendering's one line), the upper-case heading (it names "
 "no party; `title` is the heading with its docket number) and the docket line, each on its own line, and the "
 "body's first sentence; `truncated`. Kept as written: 'd/b/a', '(collectively, Applicants)', 'sections 63.03-04', "
 "'Commission\u2019s' with its curly apostrophe, 'the Empire Telephone, ELD, North Penn Telephone, and NPLD' with its "
 "article, '(together, the Section 214 Holders)'. In the lane (named carriers to pass to a named buyer, granted: "
 "sector telecoms/wireline carrier, 2022). One text per event: the comment notice of 21 March 2022 (the same matter) "
 "not used; it did not come back. Found with 'public notice domestic section 214 transfer of control granted 2015 "
 "wholly-owned subsidiary of private equity fund acquire 100 percent of the equity competitive local exchange "
 "carrier' (rank 7). " + CHECK +
 "'Endurance Parent', 'Lantelco', 'Barch Corporation', 'Empire Telephone', 'Empire Long Distance', 'Empire Access', "
 "'North Penn', '22-1361', '22-155': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
