#!/usr/bin/env python3
"""Batch 45zo (session 46, gatherer 45zo): company relations and officials' posts told in US Federal Communications
Commission texts (US federal public-domain works, 17 U.S.C. 105), a fifteenth round in the FCC transaction lane of
batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg and 45zk, on
deals no corpus file holds --
  - the International Bureau's public notice DA 06-118 of 20 January 2006, 'NEW SKIES SATELLITES HOLDINGS LTD. AND SES
    GLOBAL S.A. SEEK CONSENT TO TRANSFER CONTROL OF AUTHORIZATIONS HELD BY NEW SKIES NETWORKS, INC.' (IB Docket No.
    06-23), a docslib.org copy of the FCC's notice (its footnotes stand apart from the body);
  - the Commission's Memorandum Opinion and Order FCC 07-185 of 26 October 2007 on the 'Applications of ALLTEL
    Corporation, Transferor, and Atlantis Holdings LLC, Transferee For Consent To Transfer Control of Licenses, Leases
    and Authorizations' (WT Docket No. 07-128), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The letterheads, the DA/FCC numbers, the caption's
bracket column and the footnote markers are left out; each text is cut at the last full sentence before the footnotes'
text or the excerpt's end. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zo.py [POOL_DIR] [--dry]   (default /tmp/gather46zo/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zo/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zk included), the session-46 notes and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za to "
         "46zn at the last check: SEC, DOJ, House, Senate and FCC texts, none on these deals): ")
R = []

# ---- SES GLOBAL / New Skies, International Bureau public notice DA 06-118, 20 January 2006 -------------------------
U1 = ("https://docslib.org/doc/12787675/public-notice-federal-communications-commission-th-news-media-information-202-"
      "418-0500-445-12-st-s-w")
R.append(federal(
 "us-fcc-ses-global-new-skies-networks-transfer-of-control-pleading-cycle-public-notice-2006", U1, "2006-01-20",
 "NEW SKIES SATELLITES HOLDINGS LTD. AND SES GLOBAL S.A. SEEK CONSENT TO TRANSFER CONTROL OF AUTHORIZATIONS HELD BY NEW "
 "SKIES NETWORKS, INC.",
 "Released: January 20, 2006\n\n"
 "NEW SKIES SATELLITES HOLDINGS LTD. AND SES GLOBAL S.A. SEEK CONSENT TO TRANSFER CONTROL OF AUTHORIZATIONS HELD BY NEW "
 "SKIES NETWORKS, INC.\n\n"
 "IB Docket No. 06-23\n\n"
 "Pleading Cycle Established\n\n"
 "Comments/Petitions Due: February 21, 2006\n\n"
 "Responses/Opposition Due: March 3, 2006\n\n"
 "Replies Due: March 10, 2006\n\n"
 "I. INTRODUCTION\n\n"
 "On January 6, 2006, New Skies Satellites Holdings Ltd. (\u201cNew Skies Holdings\u201d or the \u201cTransferor\u201d) and "
 "SES GLOBAL S.A. (\u201cSES GLOBAL\u201d or the \u201cTransferee\u201d and, together with the Transferor, the "
 "\u201cApplicants\u201d) filed an application pursuant to section 310(d) of the Communications Act of 1934, as "
 "amended (the \u201cAct\u201d), seeking approval to transfer control of Commission authorizations held by New Skies "
 "Networks, Inc. (\u201cNSN\u201d) to SES GLOBAL. Specifically, the Applicants seek approval for the transfer of "
 "control of licenses held by NSN for six non-common carrier earth stations for communication with non-U.S. licensed "
 "satellites that have been added to the Commission\u2019s Permitted Space Station List (\u201cPermitted List\u201d). "
 "In addition, the Applicants seek approval for the transfer of control of three non-U.S. satellites operated by "
 "NSN\u2019s parent New Skies Satellites B.V. (\u201cNew Skies\u201d) that the Commission has authorized to provide "
 "service to the via the Commission\u2019s Permitted List.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, International Bureau, public notice DA 06-118, 'New Skies Satellites "
 "Holdings Ltd. and SES GLOBAL S.A. Seek Consent to Transfer Control of Authorizations Held by New Skies Networks, "
 "Inc.', IB Docket No. 06-23, January 20, 2006, US federal government work (public domain); text as a docslib.org copy "
 "of the notice holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC public notice (search tool page store)",
 "The public notice of 20 January 2006 opening the pleading cycle on New Skies Satellites Holdings Ltd.'s and SES "
 "GLOBAL S.A.'s application (DA 06-118, IB Docket No. 06-23) as a docslib.org copy holds it (a PDF text rendering "
 "with its paragraph breaks and its footnotes apart at the foot of the page, as 43u's MSG Tel notice DA 06-838 on "
 "docslib); an FCC public notice is a US federal work, public domain (batch 15f), whichever site copies it. Left "
 "out: the letterhead as the rendering runs it together ('PUBLIC NOTICE Federal Communications Commission th News "
 "Media Information 202 / 418-0500 445 12 St., S.W. Internet: http://www.fcc.gov Washington, D.C. 20554 TTY: "
 "1-888-835-5322'); the DA number before the release date ('DA 06-118'); the footnote markers '1' (after '(the "
 "\u201cAct\u201d),'), '2' (after 'to SES GLOBAL.'), '3' (after '(\u201cPermitted List\u201d).') and '4' (after "
 "'Permitted List.', last). Kept: the release date, the heading, the docket line, 'Pleading Cycle Established', the "
 "three due dates (one line in the rendering, each put on its own line: whitespace only) and 'I. INTRODUCTION', each "
 "on its own line (as 45zg's DA 06-1422); the body's first three sentences. Cut after '... via the Commission\u2019s "
 "Permitted List.', before the sentence the excerpt breaks off inside ('Although section 25.137(g) of the "
 "Commission\u2019s rules does not require prior approval ..., the Applicants ask that the') and the footnotes' "
 "text; `truncated`. Kept as written: 'SES GLOBAL' in capitals, 'non-common carrier', 'non-U.S.', the curly "
 "apostrophes ('Commission\u2019s', 'NSN\u2019s') and 'to provide service to the via the Commission\u2019s Permitted "
 "List' -- a word is missing after 'to the' in this rendering (the notice presumably names the country served); "
 "nothing is added, and the sentence is kept for the parent it names. The title field is the heading as written. In "
 "the lane (a transfer of control of a named earth-station licensee from a named holder to a named buyer, applied "
 "for: sector telecoms/satellite, as 45t's Hughes/PanAmSat and 45x's Loral/Orion). One text per event: the 2004 "
 "internal restructuring notice DA 04-3419 (New Skies Satellites N.V. to New Skies Satellites B.V., fcc.report: "
 "another matter), SES GLOBAL's own filings (fcc.report letter, docslib Form 312) and the 2001 GE Capital/SES Global "
 "order DA 01-2100 (another deal) not used. Found with 'SES Global New Skies Satellites transfer of control FCC "
 "public notice 2006' (rank 1; the same excerpt came back for a query by the heading). " + CHECK + "'New Skies', "
 "'SES Global', 'NSN', '06-118', '06-23' (as a docket), '12787675': no corpus file, script, note or pool ('06-23' "
 "only as other numbers in unrelated files); file names only.", True))

# ---- ALLTEL / Atlantis Holdings, Memorandum Opinion and Order FCC 07-185, 26 October 2007 ----------------------------
U2 = "https://docs.fcc.gov/public/attachments/FCC-07-185A1.txt"
R.append(federal(
 "us-fcc-alltel-atlantis-holdings-transfer-of-control-approved-order-2007", U2, "2007-10-26",
 "Memorandum Opinion and Order: Applications of ALLTEL Corporation, Transferor, and Atlantis Holdings LLC, "
 "Transferee, for consent to transfer control of licenses, leases and authorizations",
 "In the Matter of Applications of ALLTEL Corporation, Transferor, and Atlantis Holdings LLC, Transferee For Consent "
 "To Transfer Control of Licenses, Leases and Authorizations\n\n"
 "WT Docket No. 07-128\n\n"
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: October 26, 2007 Released: October 26, 2007\n\n"
 "By the Commission: Commissioner Copps approving in part, dissenting in part and issuing a statement; Commissioner "
 "Adelstein approving in part, concurring in part and issuing a statement; and Commissioner McDowell issuing a "
 "statement.\n\n"
 "I. INTRODUCTION\n\n"
 "1. In this Order, we consider applications (\u201cApplications\u201d) filed by ALLTEL Corporation (\u201cALLTEL\u201d) "
 "and Atlantis Holdings LLC (\u201cAtlantis,\u201d and together with ALLTEL, the \u201cApplicants\u201d), pursuant to "
 "Sections 214 and 310(d) of the Communications Act of 1934, as amended. In these Applications, ALLTEL and Atlantis "
 "seek consent to the transfer of control of the wireless licenses, leases, and domestic and international Section "
 "214 authorizations held by subsidiaries of ALLTEL to Atlantis. The Applicants also seek to transfer control of "
 "ALLTEL\u2019s non-controlling, general partnership interests in six Commission licensees to Atlantis. As discussed "
 "below, we conclude, pursuant to our review under Sections 214 and 310(d) of the Communications Act of 1934, as "
 "amended (the \u201cCommunications Act\u201d), that approval of these applications as conditioned will serve the "
 "public interest, convenience, and necessity.\n\n"
 "2. ALLTEL, which is a Delaware corporation publicly traded on the New York Stock Exchange, provides, through its "
 "subsidiaries, wireless voice and data communications services to more than 12 million customers in mid-sized "
 "cities and rural areas in 36 states throughout much of the Southeast and portions of the Northeast, Southwest and "
 "upper Midwest.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 07-185, adopted and released October 26, "
 "2007 (Applications of ALLTEL Corporation, Transferor, and Atlantis Holdings LLC, Transferee, For Consent To Transfer "
 "Control of Licenses, Leases and Authorizations), WT Docket No. 07-128, US federal government work (public domain); "
 "text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Commission's Memorandum Opinion and Order of 26 October 2007 granting, as conditioned, the applications of "
 "ALLTEL Corporation and Atlantis Holdings LLC (FCC 07-185, WT Docket No. 07-128) as the FCC's own plain-text "
 "attachment FCC-07-185A1.txt holds it (one run of text, no page line; its footnotes' text does not start inside the "
 "excerpt); an FCC order is a US federal work, public domain (batch 15f). Left out: the letterhead ('Federal "
 "Communications Commission FCC 07-185 Before the Federal Communications Commission Washington, D.C. 20554'); the "
 "caption's bracket column (') ) ) ) ) ) )'); the footnote markers '1' (after 'the \u201cApplicants\u201d),'), '2' "
 "(after 'as amended.', first), '3' (after 'leases,'), '4' (after 'to Atlantis.', first), '5' (after 'New York Stock "
 "Exchange,') and '6' (after 'upper Midwest.'). Kept: the caption as one line, the docket line, 'MEMORANDUM OPINION "
 "AND ORDER', the adopted/released line, the 'By the Commission:' line with the three Commissioners' separate "
 "statements, 'I. INTRODUCTION', and paragraphs 1 and 2 with their numbers, each on its own line (whitespace only; the "
 "store gives one run, the breaks are at the caption's, headings' and paragraph numbers' places, as 45x's Loral/Orion "
 "order). Cut after '... Southwest and upper Midwest.', before the sentence the excerpt breaks off inside ('It "
 "provides services to its subscribers on 850 MHz band cellular a'); `truncated`. Kept as written: 'ALLTEL' in "
 "capitals, '(\u201cAtlantis,\u201d and together with ALLTEL, ...)' with the comma inside the quotes, 'Consent To "
 "Transfer', 'non-controlling', 'mid-sized', 'ALLTEL\u2019s' (curly apostrophe). The order has no heading beyond its "
 "caption and title: the title field is a plain description (as 45x's Loral/Orion order). In the lane (the "
 "Commission's grant of a transfer of control of a named wireless carrier's licences to a named buyer: sector "
 "telecoms/wireless, as 45zg's ALLTEL/Cingular notice and 45zk's NextWave notice), and for roles (the Commissioners "
 "named in the order's own 'By the Commission' line, 45x's lead). One text per event: the fcc.report copy of the same "
 "order (its excerpt breaks off sooner) not used; no pleading-cycle notice on WT Docket No. 07-128 came back. Found "
 "with 'Alltel Valor Communications Group wireline spin-off transfer of control domestic section 214 public notice "
 "2006' (rank 5; fcc.report's copy rank 3). " + CHECK + "'Atlantis', '07-185', '07-128', 'GS Capital': no corpus "
 "file, script, note or pool; 'TPG' only as the Australian carrier TPG (other matters; this text names neither "
 "buyer's owner); 'ALLTEL' in other events (test us-fcc-alltel-cingular-southern-minnesota-..., test "
 "us-fcc-alltel-aliant-..., test doj-verizon-divest-assets-acquisition-alltel-barnett-2008 (Verizon Wireless's 2008 "
 "purchase, a later deal, no 'Atlantis' in it), test us-doj-alltel-midwest-wireless-..., train "
 "us-doj-alltel-western-wireless-..., and others naming ALLTEL in passing); file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
