#!/usr/bin/env python3
"""Batch 49c (session 50, gatherer 49c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-sixth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za, 48c, 48e, 48h and 48l, following 48l's lead into
the Enforcement Bureau's orders on ownership changes made without the Commission's prior approval, on two matters no
corpus file holds --
  - the Enforcement Bureau's notice of apparent liability for forfeiture DA 11-1093 of 22 June 2011 against América
    Móvil, S.A.B. de C.V., the parent company of Puerto Rico Telephone Company, Inc., for issuing equity that took
    indirect foreign ownership of PRTC past the section 310(b)(4) limit without approval (File No. EB-11-IH-0216),
    the FCC's EDOCS plain text on docs.fcc.gov;
  - the Enforcement Bureau's consent decree with Enogex Inc. and Transok, LLC (the decree attached to order DA
    01-828, 2001) on the transfer of control of Transok's private land mobile and microwave licences from Tejas Gas,
    L.L.C. to Enogex without prior consent, the FCC's own ASCII rendering on transition.fcc.gov/eb.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out as batches 33b and 48l did for the
Bureau's texts: the header and caption block (case name, file, account and FRN numbers; party and document kind kept
in `title`), the 'Adopted: ... Released: ...' line (the release date kept as `published`), the 'By the ...' line, the
conversion notice the transition.fcc.gov renderings open with, the section headings ('Consent Decree', 'I.
INTRODUCTION', 'II. BACKGROUND', 'I. Introduction', 'II. Background'), the paragraph numbers, the footnote markers,
and the footnote texts the plain-text renderings run into the body. Paragraphs are joined by a blank line, line
wraps by a space. Each text is cut at the last full sentence before its excerpt breaks off or runs into footnote
text. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch49c.py [POOL_DIR] [--dry]   (default /tmp/gather50c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-50 pools /tmp/gather50*/pool (50a at the last "
         "check, none on this matter): ")
R = []

# ---- América Móvil, S.A.B. de C.V. / Puerto Rico Telephone Company, Inc., DA 11-1093, 22 June 2011 ---------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-11-1093A1.txt"
R.append(federal(
 "us-fcc-america-movil-puerto-rico-telephone-company-foreign-ownership-notice-of-apparent-liability-2011",
 U1, "2011-06-22",
 "América Móvil, S.A.B. de C.V., Parent of Puerto Rico Telephone Company, Inc., Notice of Apparent Liability for "
 "Forfeiture (DA 11-1093)",
 "In this Notice of Apparent Liability for Forfeiture (\u201cNAL\u201d), we find that Am\u00e9rica M\u00f3vil, S.A.B. "
 "de C.V. (\u201cAm\u00e9rica M\u00f3vil\u201d), the parent company of Puerto Rico Telephone Company, Inc. "
 "(\u201cPRTC\u201d), a common carrier radio licensee, apparently violated section 310(b)(4) of the Communications "
 "Act of 1934, as amended (the \u201cAct\u201d), and the terms of a Commission order by willfully issuing additional "
 "equity stock that resulted in additional indirect foreign ownership in PRTC beyond the percentage permitted by "
 "section 310(b)(4) and the Commission\u2019s 2007 MO&O and Declaratory Ruling. Based on our review of the "
 "undisputed facts in this matter, and for the reasons discussed below, we find that Am\u00e9rica M\u00f3vil is "
 "apparently liable for a forfeiture of $16,000.\n\n"
 "Section 310(b)(4) of the Act establishes a 25 percent limit for investment by foreign individuals, corporations, "
 "and governments in entities that control U.S. common carrier radio licensees. This section also grants the "
 "Commission discretion to allow higher levels of foreign ownership if it determines that such ownership is not "
 "inconsistent with the public interest. A licensee must file a petition for declaratory ruling to obtain "
 "Commission approval before direct or indirect foreign ownership of its U.S. parent company exceeds the 25 percent "
 "limit.",
 "telecoms/wireless", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Notice of Apparent Liability for Forfeiture DA 11-1093, "
 "'In the Matter of Am\u00e9rica M\u00f3vil, S.A.B. de C.V., Parent of Puerto Rico Telephone Company, Inc.; Apparent "
 "Liability for Forfeiture', File No. EB-11-IH-0216, adopted and released June 22, 2011, US federal government work "
 "(public domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Enforcement Bureau's notice of apparent liability for forfeiture of 22 June 2011 (DA 11-1093, File No. "
 "EB-11-IH-0216, NAL/Acct. No. 201132080032) finding that Am\u00e9rica M\u00f3vil, S.A.B. de C.V., the parent company "
 "of Puerto Rico Telephone Company, Inc., apparently issued equity stock that raised indirect foreign ownership in "
 "PRTC beyond the limit of section 310(b)(4) and of the Commission's 2007 ruling without approval, as the FCC's own "
 "plain-text attachment DA-11-1093A1.txt holds it (one run of text, each page's footnotes run into the body); an FCC "
 "notice of apparent liability is a US federal work, public domain (batches 15f, 33b, 48l). Left out: the header and "
 "caption ('Federal Communications Commission DA 11-1093 Before the Federal Communications Commission Washington, "
 "D.C. 20554 In the Matter of Am\u00e9rica M\u00f3vil, S.A.B. de C.V. Parent of Puerto Rico Telephone Company, Inc. "
 "Apparent Liability for Forfeiture ) ) ... File No. EB-11-IH-0216 NAL/Acct. No. 201132080032 FRN No. 0015025067 "
 "NOTICE OF APPARENT LIABILITY FOR FORFEITURE'; party and document kind kept in `title`), 'Adopted: June 22, 2011 "
 "Released: June 22, 2011' (`published`), 'By the Chief, Enforcement Bureau:', 'I. INTRODUCTION', '1.', 'II. "
 "BACKGROUND', '2.', and the footnote markers '1' (after '(the \u201cAct\u201d),'), '2' (after 'a Commission "
 "order'), '3' (after 'radio licensees.'), '4' (after 'the public interest.') and '5' (after 'the 25 percent "
 "limit.'). Cut after paragraph 2's third sentence ('... exceeds the 25 percent limit.'), before 'In addition, a "
 "licensee that has already received', which runs into the first page's footnote texts ('1 47 U.S.C. \u00a7 "
 "310(b)(4). 2 In the Matter of Verizon Communications, Inc., Transferor, and Am\u00e9rica M\u00f3vil, S.A.B. de "
 "C.V., Tran') where the excerpt breaks off (`truncated`). Kept as written: the curly quotation marks and "
 "apostrophe, 'Am\u00e9rica M\u00f3vil' with its accents, 'MO&O', 'U.S.', 'willfully', '$16,000'. In the lane (a "
 "named carrier's named parent and an ownership change made without approval, told by the FCC; sector "
 "telecoms/wireless: 'a common carrier radio licensee', 2011). One text per event: the Commission's 2007 order on "
 "Verizon's transfer to Am\u00e9rica M\u00f3vil (named only in the cut footnote) and a law-firm blog post on this "
 "NAL (commlawmonitor.com: not open-licensed) not used. Found with 'America Movil notice of apparent liability "
 "unauthorized transfer of control upward adjustment' (rank 5). " + CHECK +
 "'Puerto Rico Telephone', 'PRTC', 'Telpri', '11-1093', 'EB-11-IH-0216': in no corpus file or GATHERING.md item "
 "on this matter ('Puerto Rico Telephone' only in batch 39g's hurricane text, where the company is named as helped); "
 "'M\u00f3vil' only in Wikipedia biographies (dev) and earlier not-used lines, not on this matter.",
 True))

# ---- Enogex Inc. / Transok, LLC / Tejas Gas, L.L.C., consent decree (DA 01-828), 2001 ------------------------------------
U2 = "https://transition.fcc.gov/eb/Orders/2001/da01828cd.html"
R.append(federal(
 "us-fcc-enogex-transok-tejas-gas-unauthorized-transfer-of-control-consent-decree-2001",
 U2, None,
 "Enogex Inc. and Transok, LLC, Consent Decree (DA 01-828)",
 "This Consent Decree is entered into by the Enforcement Bureau of the Federal Communications Commission "
 "(\"Bureau\"), Enogex Inc. (``Enogex''), and Transok, LLC (``Transok'').\n\n"
 "This Consent Decree addresses the transfer of control of private land mobile and operational fixed microwave "
 "licenses (the ``Licenses'') now held by Transok. In 1998, Transok, Inc. -- a wholly owned subsidiary of Tejas "
 "Gas, L.L.C. (``Tejas'') -- refomulated as a limited liability company by establishing Transok and merging "
 "Transok, Inc. into Transok. Following this reformulation, Transok, Inc. ceased to exist and Transok continued as "
 "a wholly-owned subsididary of Tejas with identical management personnel to Transok, Inc. Neither Tejas nor its "
 "subsidiaries sought prior FCC consent for the Transok transaction. On July 1, 1999, there was a substantial "
 "transfer of control of Transok from Tejas to Enogex. Enogex and Tejas did not file applications for Commission "
 "consent to the transfers of control of the Licenses held by Transok prior to July 1, 1999.",
 "energy", "regulatory,ownership,deal",
 "U.S. Federal Communications Commission, Enforcement Bureau, Consent Decree between the Enforcement Bureau, Enogex "
 "Inc. and Transok, LLC, attached to and adopted by Order DA 01-828 (2001), US federal government work (public "
 "domain); text as the FCC's ASCII rendering on transition.fcc.gov holds it, from the search tool's page store at "
 + U2,
 "transition.fcc.gov Enforcement Bureau orders archive (search tool page store)",
 "The Enforcement Bureau's consent decree with Enogex Inc. and Transok, LLC on the transfer of control of the "
 "private land mobile and operational fixed microwave licences held by Transok: Transok, a wholly owned subsidiary "
 "of Tejas Gas, L.L.C., reformulated as an LLC in 1998, and control of it passed from Tejas to Enogex on 1 July "
 "1999, neither step with prior FCC consent. The decree is the one the Bureau's Order DA 01-828 adopts (the page's "
 "file name da01828cd.html; 'cd' the consent decree), as the FCC's own ASCII rendering on transition.fcc.gov/eb "
 "holds it; the Bureau's orders and the consent decrees they adopt and publish are FCC documents, US federal works, "
 "public domain (batch 33b took a Bureau consent-decree order; **doubtful**: the decree is signed by the parties "
 "too, but its text is the FCC's published record). The page store holds two renderings of the page (one with the "
 "source's indentation, one without); the text is the one without, the longer excerpt. Left out: the conversion "
 "notice ('Click here for Microsoft Word Version ... NOTICE ... This document was converted from WordPerfect or Word "
 "to ASCII Text format. ... Word or WordPerfect version or Adobe Acrobat version (above).'), the heading 'Consent "
 "Decree', the section headings 'I. Introduction' and 'II. Background', and the paragraph numbers '1.' and '2.'. "
 "Cut after '... the Licenses held by Transok prior to July 1, 1999.', before 'Enogex was unaware that it was "
 "acquiring interests in radio', where the excerpt breaks off (`truncated`). Kept as written: the source's typing "
 "errors 'refomulated' and 'subsididary', its mixed quotation marks ('(\"Bureau\")' in straight double quotes, "
 "'(``Enogex'')', '(``Transok'')', '(``Tejas'')' and '(the ``Licenses'')' in paired backticks and apostrophes), "
 "'--' around the subsidiary clause, 'wholly owned' and 'wholly-owned', 'L.L.C.'. `published` null: the excerpt "
 "holds no adoption or release date (the adopting order, not in the page store, carries it; the archive path "
 "/Orders/2001/ and the number DA 01-828 date it to 2001 only, so dates are absolute ones only). In the lane "
 "(named companies, a parent and a subsidiary and a transfer of control of the subsidiary to a named buyer, told by "
 "the FCC; the licensees pipeline and gas companies, sector energy). One text per event: nothing else on the matter "
 "came back. Found with 'In this Order, we adopt the attached Consent Decree between the Enforcement Bureau and "
 "wholly-owned subsidiary of parent, investigation into unauthorized transfer of control of licenses' (rank 6) and "
 "'Consent Decree Enforcement Bureau Enogex Inc. Transok LLC transfer of control private land mobile operational "
 "fixed microwave licenses Tejas Gas' (ranks 1 and 2). " + CHECK +
 "'Enogex', 'Transok', 'Tejas', 'da01828', '01-828': in no corpus file, GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
