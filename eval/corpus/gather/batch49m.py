#!/usr/bin/env python3
"""Batch 49m (session 50, gatherer 49m): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-ninth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za, 48c, 48e, 48h, 48l, 49c, 49f and 49j, on two
Enforcement Bureau consent-decree texts no corpus file holds --
  - the Enforcement Bureau's consent decree with Xcel Energy Inc. (DA 01-730, 2001) on the microwave licences of
    Western Gas Supply Company, merged into Public Service Company of Colorado in 1993 with no FCC consent sought until
    2000, the FCC's ASCII rendering on transition.fcc.gov/eb (49j's lead: the Bureau's 2000-2001 decrees with energy
    utilities);
  - the Enforcement Bureau's order adopting a consent decree with Radio License Holding CBC, LLC and its parent
    Cumulus Radio Corporation (DA 16-3, 7 January 2016) on sponsorship identification at WOKQ(FM), Dover, New
    Hampshire, the FCC's ASCII rendering on transition.fcc.gov/eb.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out as batches 33b, 48l, 49c, 49f and 49j did
for the Bureau's texts: the conversion notice the renderings open with ('Click here for ... version', 'NOTICE ...
This document was converted from ... Adobe Acrobat version ...' between rows of asterisks), the heading 'Consent
Decree' and the section headings ('I. Introduction', 'II. Background'), the caption block of the 2016 order (the
parties and document kind kept in `title`; its 'Adopted: ... Released: ...' line kept as `published`; 'By the Chief,
Enforcement Bureau:'), and the paragraph numbers (the 2016 rendering prints them as '*'); a paragraph break is set
where a numbered paragraph begins. The renderings' line wraps are joined. Each text is cut at the last full sentence
before its excerpt breaks off. No word added or changed. Per-item notes in `notes`. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch49m.py [POOL_DIR] [--dry]   (default /tmp/gather50m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50m/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-50 pools /tmp/gather50*/pool (50a-50l at the "
         "last check, none on this matter): ")
R = []

# ---- Xcel Energy Inc., consent decree (DA 01-730), 2001 --------------------------------------------------------------
U1 = "https://transition.fcc.gov/eb/Orders/2001/da01730cd.html"
R.append(federal(
 "us-fcc-xcel-energy-western-gas-supply-public-service-colorado-unauthorized-transfer-of-control-consent-decree-2001",
 U1, None,
 "Xcel Energy Inc., Consent Decree (DA 01-730)",
 "This Consent Decree is entered into by the Enforcement Bureau of the Federal Communications Commission (\"Bureau\") "
 "and Xcel Energy Inc.\n\n"
 "Xcel Energy Inc. is a Minneapolis-based electricity and natural gas energy company with annual revenues of nearly "
 "$7 billion. Xcel provides energy-related products and services to three million electricity customers and 1.5 "
 "million natural gas customers through its regulated operating companies in 12 Western and Midwestern states.\n\n"
 "On January 1, 1993, Western Gas Supply Company (``WGS'') merged into Public Service Company of Colorado "
 "(``PSCO''), and ceased to exist. At the time of the merger, WGS held three private operational fixed microwave "
 "authorizations. Although this transaction effectuated a substantial transfer of control requiring prior Commission "
 "consent pursuant to Section 310(d) of the Communications Act of 1934, as amended, 47 U.S.C. \u00a7 310(d), the "
 "parties did not file an application for consent to the assignment of the three authorizations until July 14, "
 "2000. The Commission granted the application on August 23, 2000.",
 "energy", "regulatory,ownership,deal",
 "U.S. Federal Communications Commission, Enforcement Bureau, Consent Decree between the Enforcement Bureau and Xcel "
 "Energy Inc., attached to Order DA 01-730 (2001), US federal government work (public domain); text as the FCC's "
 "ASCII rendering on transition.fcc.gov holds it, from the search tool's page store at " + U1,
 "transition.fcc.gov Enforcement Bureau orders archive (search tool page store)",
 "The Enforcement Bureau's consent decree with Xcel Energy Inc., the Minneapolis electricity and gas company, over "
 "licences caught up in transactions of its operating companies done without the FCC's prior consent; the kept text "
 "tells the first, the 1993 merger of Western Gas Supply Company into Public Service Company of Colorado. The decree "
 "is the attachment of DA 01-730 (the file name da01730cd.html: 'cd' the consent decree; the adopting order is not "
 "used: one text per matter), as the FCC's ASCII rendering on transition.fcc.gov/eb holds it. The page store holds "
 "two renderings at the same address: a compact one (one paragraph per block, lines wrapped at about 60 characters), "
 "taken, whose excerpt reaches '4. On Aug', and an indented one whose excerpt ends sooner, in paragraph 3 ('... 47 "
 "U.S.C. \u00a7 310(d), th'); both give the same words. No .txt rendering came back (one query). The Bureau's "
 "orders and the consent decrees they adopt and publish are FCC documents, US federal works, public domain "
 "(batches 33b, 49c, 49f, 49j; **doubtful**: the decree is signed by the company too, but its text is the FCC's "
 "published record). Left out: 'Click here for Microsoft Word Version', the conversion notice ('NOTICE ... This "
 "document was converted from WordPerfect or Word to ASCII Text format. ... download the Word or WordPerfect version "
 "or Adobe Acrobat version (above).', between rows of asterisks), the heading 'Consent Decree', the section headings "
 "'I. Introduction' and 'II. Background', the paragraph numbers '1.' to '3.'; the line wraps joined. Cut after "
 "paragraph 3 ('... The Commission granted the application on August 23, 2000.'), before '4. On Aug', where the "
 "excerpt breaks off (`truncated`: the further transactions, among them presumably the 2000 Northern States "
 "Power/New Century Energies merger that formed Xcel, are not in the excerpt and nothing of them is assumed). Kept "
 "as written: '(\"Bureau\")' in straight quotation marks beside '(``WGS'')' and '(``PSCO'')' in paired backticks and "
 "apostrophes, 'Minneapolis-based', 'energy-related', '$7 billion', '1.5 million', the section sign '\u00a7' and "
 "'47 U.S.C. \u00a7 310(d)' inside the sentence, 'Section' with its capital. `published` null: the decree's excerpt "
 "holds no adoption or release date (the number DA 01-730 dates the order to 2001 only), so dates are absolute ones "
 "only. In the lane (one utility company merged into another and the licences that went with it, told by the FCC; "
 "sector energy). Xcel Energy appears in no corpus file; nothing on the 1993 merger or the 2001 decree anywhere. Found with 'consent decree Enforcement Bureau merger Xcel "
 "Energy Northern States Power New Century Energies private radio licenses' (ranks 1 and 2, the two renderings) and "
 "again with 'da01730cd.txt Xcel Energy consent decree New Century Energies Northern States Power merger August 2000 "
 "substantial transfer of control licenses' (ranks 1 and 2). " + CHECK +
 "'Western Gas Supply', 'Public Service Company of Colorado', 'New Century Energies', 'Northern States Power', "
 "'01-730', 'da01730': in no corpus file, GATHERING.md line, script, note or pool; 'Xcel Energy' (case-sensitive; "
 "'Xcel' alone matches other words) in no corpus file, in GATHERING.md once (its 2024 shutoffs, an outage lead) and "
 "in the session-50 script batch49k.py and pool 50k (e prime, Inc., a wholly-owned subsidiary of Xcel Energy Inc., "
 "in a CFTC settlement: another matter, another agency's text).",
 True))

# ---- Radio License Holding CBC, LLC and Cumulus Radio Corporation, order DA 16-3, 7 January 2016 ---------------------
U2 = "https://transition.fcc.gov/eb/Orders/2016/DA-16-3A1.html"
R.append(federal(
 "us-fcc-cumulus-radio-license-holding-cbc-wokq-sponsorship-identification-consent-decree-order-2016",
 U2, "2016-01-07",
 "Radio License Holding CBC, LLC, Former Licensee of Station WOKQ(FM), Dover, New Hampshire; and Cumulus Radio "
 "Corporation, Order (DA 16-3)",
 "The Enforcement Bureau (Bureau) of the Federal Communications Commission (Commission) has entered into a Consent "
 "Decree to resolve its investigation into whether Radio License Holding CBC, LLC (Radio License), and Radio "
 "License's parent, Cumulus Radio Corporation (CRC), broadcast announcements on radio station WOKQ(FM), Dover, New "
 "Hampshire (Station), without adequate sponsorship disclosure in violation of the Commission's sponsorship "
 "identification laws.\n\n"
 "The Commission's sponsorship identification laws protect consumers and promote fair competition by requiring that "
 "the sponsors of paid programming material be clearly identified.",
 "broadcasting/radio", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Order DA 16-3, 'Radio License Holding CBC, LLC, Former "
 "Licensee of Station WOKQ(FM), Dover, New Hampshire; and Cumulus Radio Corporation', File No. EB-IHD-14-00015115, "
 "adopted and released January 7, 2016, US federal government work (public domain); text as the FCC's ASCII "
 "rendering on transition.fcc.gov holds it, from the search tool's page store at " + U2,
 "transition.fcc.gov Enforcement Bureau orders archive (search tool page store)",
 "The Enforcement Bureau's order of 7 January 2016 (DA 16-3, File No. EB-IHD-14-00015115, Acct. No. 201632080003) "
 "adopting a consent decree with Radio License Holding CBC, LLC, former licensee of WOKQ(FM), Dover, New Hampshire, "
 "and its parent Cumulus Radio Corporation over announcements broadcast without sponsorship disclosure, as the FCC's "
 "ASCII rendering on transition.fcc.gov/eb holds it (the compact rendering, rank 1; an FCC order is a US federal "
 "work, public domain, batches 15f, 33b, 48l). Left out: 'Click here for Adobe Acrobat version', 'Click here for "
 "Microsoft Word version', the conversion notice ('NOTICE ... This document was converted from Microsoft Word. ... "
 "download the Microsoft Word or Adobe Acrobat version.', between rows of asterisks), the caption ('Before the "
 "Federal Communications Commission Washington, DC 20554 In the Matter of Radio License Holding CBC, LLC Former "
 "Licensee of Station WOKQ(FM), Dover, New Hampshire; and Cumulus Radio Corporation ) ) ... File No.: "
 "EB-IHD-14-00015115 Acct. No.: 201632080003 FRN: 0019721638 Facility ID No.: 22887 FRN: 0001595214 ORDER'; the "
 "parties and document kind kept in `title`), 'Adopted: January 7, 2016 Released: January 7, 2016' (`published`), "
 "'By the Chief, Enforcement Bureau:', the '*' the rendering prints for the paragraph numbers. Cut after paragraph "
 "2's first sentence ('... be clearly identified.'), before 'Those laws are based on the principle that listeners "
 "and viewers are entitled to know who ', where the excerpt breaks off (`truncated`). Kept as written: the defined "
 "short names in plain parentheses '(Bureau)', '(Commission)', '(Radio License)', '(CRC)', '(Station)', the comma "
 "after '(Radio License)', 'Radio License's' and 'Commission's' with straight apostrophes, 'WOKQ(FM)' with no space. "
 "A docslib.org copy of the same order (docslib.org/download/2973737/order-and-consent-decree) reaches a little "
 "further (the rest of paragraph 2 and a broken paragraph 3) but is a third-party copy; the FCC's own rendering is "
 "taken, and nothing the longer copy adds names another company. In the lane (a licensee and its named parent, told "
 "by the FCC; sector broadcasting/radio). One text per matter: the 2019 notice FCC 19-70 and the 2021 forfeiture "
 "order FCC 21-19 (Cumulus Radio LLC and affiliates, later sponsorship violations and breach of this decree: "
 "another event) not used. Cumulus Media is a corpus company through another matter only (train "
 "us-doj-cumulus-media-citadel-broadcasting-divest-radio-stations-2011: the 2011 Citadel purchase, not opened "
 "beyond its name). Found with 'This Consent Decree is entered into by the Enforcement Bureau of the Federal "
 "Communications Commission and Corporation. Background acquired all of the outstanding stock of 1998 radio "
 "station authorizations held by its subsidiary' (rank 4) and 'Radio License Holding CBC, LLC Cumulus Radio "
 "Corporation WOKQ Dover New Hampshire sponsorship identification consent decree' (rank 1). " + CHECK +
 "'Radio License Holding CBC', 'Cumulus Radio', 'WOKQ', 'Northern Pass', 'DA-16-3A1', 'EB-IHD-14-00015115': in no "
 "corpus file, GATHERING.md line, script, note or pool; 'Cumulus' in two corpus files (the 2011 Citadel matter), "
 "GATHERING.md lines and scripts on that and other radio matters, none on this order.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
