#!/usr/bin/env python3
"""Batch 49j (session 50, gatherer 49j): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-eighth round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za, 48c, 48e, 48h, 48l, 49c and 49f, staying with the
Enforcement Bureau's 2000 consent decrees with energy utilities (their Background paragraphs name holding companies,
subsidiaries and the companies bought), on two matters no corpus file holds --
  - the Enforcement Bureau's consent decree with FirstEnergy Corp. and seven of its companies (DA 00-1985, 2000) on
    the licences caught up in the 1997 Ohio Edison/Centerior merger that formed FirstEnergy and in FirstEnergy's
    acquisition of control of Spectrum, MB and Colonial, the FCC's ASCII text on transition.fcc.gov/eb;
  - the Enforcement Bureau's consent decree with LG&E Energy Corp. (DA 00-2089, 2000), the Louisville holding company
    of Louisville Gas and Electric Company and Kentucky Utilities Company, the FCC's ASCII text on transition.fcc.gov/eb.
Texts are the search tool's page-store excerpts (corpus `pages`). Both are the plain .txt renderings (one run of text,
single-spaced), chosen over the .html renderings of the same decrees because their excerpts reach further. Left out as
batches 33b, 49c and 49f did for the Bureau's texts: the conversion notice the renderings open with ('NOTICE ... This
document was converted from WordPerfect or Word to ASCII Text format. ... if available.' between rows of asterisks),
the heading 'Consent Decree', the section headings ('I. Introduction', 'II. Background') and the paragraph numbers;
a paragraph break is set where a numbered paragraph begins. Each text is cut at the last full sentence before its
excerpt breaks off. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch49j.py [POOL_DIR] [--dry]   (default /tmp/gather50j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50j/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-50 pools /tmp/gather50*/pool (50a-50g at the "
         "last check, none on this matter): ")
R = []

# ---- FirstEnergy Corp. and seven of its companies, consent decree (DA 00-1985), 2000 ---------------------------------
U1 = "https://transition.fcc.gov/eb/Orders/da001985cd.txt"
R.append(federal(
 "us-fcc-firstenergy-centerior-ohio-edison-spectrum-mb-colonial-unauthorized-transfer-of-control-consent-decree-2000",
 U1, None,
 "FirstEnergy Corp. et al., Consent Decree (DA 00-1985)",
 "This Consent Decree is entered into by the Enforcement Bureau, Federal Communications Commission (\"Bureau\") and "
 "FirstEnergy Corp. (\"FirstEnergy\"), The Cleveland Electric Illuminating Company (``Cleveland Electric''), Ohio "
 "Edison Company (``Ohio Edison''), Pennsylvania Power Company (``Pennsylvania Power''), The Toledo Edison Company "
 "(``Toledo Edison''), MB Operating Company, Inc. (``MB''), Colonial Mechanical Corporation (``Colonial''), Spectrum "
 "Control Systems, Inc. (``Spectrum''), (collectively, ``Licensees'').\n\n"
 "There are six separate transactions that are the subject of this Consent Decree. The first transaction involved "
 "the merger of Ohio Edison Company and its subsidiary Pennsylvania Power Company with Centerior Corporation, the "
 "former holding company for Cleveland Electric and Toledo Edison. FirstEnergy was formed as a result of that merger. "
 "That transaction closed on November 8, 1997. Three transactions involved FirstEnergy's acquisition of control of "
 "Spectrum, MB and Colonial.",
 "energy", "regulatory,ownership,deal",
 "U.S. Federal Communications Commission, Enforcement Bureau, Consent Decree between the Enforcement Bureau and "
 "FirstEnergy Corp., The Cleveland Electric Illuminating Company, Ohio Edison Company, Pennsylvania Power Company, "
 "The Toledo Edison Company, MB Operating Company, Inc., Colonial Mechanical Corporation and Spectrum Control "
 "Systems, Inc., attached to Order DA 00-1985 (2000), US federal government work (public domain); text as the FCC's "
 "ASCII text file on transition.fcc.gov holds it, from the search tool's page store at " + U1,
 "transition.fcc.gov Enforcement Bureau orders archive (search tool page store)",
 "The Enforcement Bureau's consent decree with FirstEnergy Corp. and seven licensees of its group over six "
 "transactions done without the FCC's prior consent: the 1997 merger of Ohio Edison Company (with its subsidiary "
 "Pennsylvania Power Company) and Centerior Corporation, the former holding company of The Cleveland Electric "
 "Illuminating Company and The Toledo Edison Company, that formed FirstEnergy, and FirstEnergy's acquisition of "
 "control of Spectrum Control Systems, MB Operating Company and Colonial Mechanical Corporation. The decree is the "
 "attachment of DA 00-1985 (the file name da001985cd.txt: 'cd' the consent decree; the adopting order is not used: "
 "one text per matter), as the FCC's ASCII text file on transition.fcc.gov/eb holds it (the page store holds the "
 "same decree also as www.fcc.gov/eb/Orders/da001985cd.html, a line-wrapped rendering whose excerpt ends sooner, in "
 "'Three tran'); the Bureau's orders and the consent decrees they adopt and publish are FCC documents, US federal "
 "works, public domain (batches 33b, 49c, 49f; **doubtful**: the decree is signed by the companies too, but its text "
 "is the FCC's published record). Left out: the conversion notice ('NOTICE ... This document was converted from "
 "WordPerfect or Word to ASCII Text format. ... download the Word or WordPerfect version or Adobe Acrobat version, "
 "if available.', between rows of asterisks), the heading 'Consent Decree', the section headings 'I. Introduction' "
 "and 'II. Background', the paragraph numbers '1.' and '2.'. Cut after 'Three transactions involved FirstEnergy's "
 "acquisition of control of Spectrum, MB and Colonial.', before 'The fifth transaction involved the transfer of MB's "
 "assets to Great Lakes Energy Partners, LLC (``Great Lakes''), a joint ve', where the excerpt breaks off "
 "(`truncated`; the cut sentence is an asset transfer, nothing under GUIDELINES, and names Great Lakes only). Kept "
 "as written: the mixed quotation marks ('(\"Bureau\")', '(\"FirstEnergy\")' straight; '(``Cleveland Electric'')' "
 "and the others paired backticks and apostrophes), 'the Enforcement Bureau, Federal Communications Commission' (a "
 "comma, not 'of the'), the comma before '(collectively, ``Licensees'')', 'The Cleveland Electric Illuminating "
 "Company' and 'The Toledo Edison Company' with their capital 'The'. `published` null: the excerpt holds no adoption "
 "or release date (the number DA 00-1985 dates it to 2000 only), so dates are absolute ones only. In the lane (a "
 "utility merger and acquisitions of control of named companies, told by the FCC; sector energy). FirstEnergy is a "
 "corpus company through other matters only (the 2003 blackout letter in train, the 2020 Isaias letters in test, "
 "not opened: outage texts, not this decree). One text per event: nothing else on the matter came back (SEC filings "
 "on the 1997 merger are party filings, and another matter's papers). Found with 'Consent Decree entered into by the "
 "Enforcement Bureau utility holding company merger subsidiaries land mobile microwave licenses 2000' (rank 3) and "
 "'FirstEnergy Corp. Cleveland Electric Illuminating Ohio Edison Toledo Edison Centerior merger consent decree MB "
 "Operating Colonial Spectrum' (rank 2). " + CHECK +
 "'Centerior', 'Cleveland Electric', 'Ohio Edison', 'Toledo Edison', 'Pennsylvania Power Company', 'MB Operating', "
 "'Colonial Mechanical', 'Spectrum Control', 'Great Lakes Energy', '00-1985', 'da001985': in no corpus file, "
 "GATHERING.md line, script, note or pool; 'FirstEnergy' in five corpus files (the outage matters above), GATHERING.md "
 "lines and scripts on them, none on this decree.",
 True))

# ---- LG&E Energy Corp., consent decree (DA 00-2089), 2000 -------------------------------------------------------------
U2 = "https://transition.fcc.gov/eb/Orders/da002089cd.txt"
R.append(federal(
 "us-fcc-lge-energy-louisville-gas-electric-kentucky-utilities-holding-company-consent-decree-2000",
 U2, None,
 "LG&E Energy Corp., Consent Decree (DA 00-2089)",
 "This Consent Decree is entered into by the Enforcement Bureau of the Federal Communications Commission (\"Bureau\") "
 "and LG&E Energy Corp. (``LG&E'').\n\n"
 "LG&E is a diversified energy services company headquartered in Louisville, Kentucky. It owns and operates power "
 "generation, project development, asset-based energy marketing, and retail gas and electric distribution "
 "businesses. LG&E serves more than one million retail electric and gas customers throughout Kentucky and parts of "
 "Virginia through its two utility subsidiaries: Louisville Gas and Electric Company and Kentucky Utilities Company. "
 "LG&E also provides wholesale electric service to a dozen municipalities. In connection with its utility-related "
 "businesses, LG&E and its subsidiaries operate internal communications systems that employ land mobile, fixed "
 "microwave and marine coastal radio facilities. In 1998, LG&E had net income of $232.2 million on revenues of $2 "
 "billion.\n\n"
 "In a transaction consummated in 1990, Louisville Gas and Electric Company created a holding company, LG&E, of which "
 "Louisville Gas and Electric Company became a wholly-owned subsidiary.",
 "energy", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Consent Decree between the Enforcement Bureau and LG&E "
 "Energy Corp., attached to Order DA 00-2089 (2000), US federal government work (public domain); text as the FCC's "
 "ASCII text file on transition.fcc.gov holds it, from the search tool's page store at " + U2,
 "transition.fcc.gov Enforcement Bureau orders archive (search tool page store)",
 "The Enforcement Bureau's consent decree with LG&E Energy Corp., the Louisville holding company of Louisville Gas "
 "and Electric Company and Kentucky Utilities Company, over land mobile, fixed microwave and marine coastal radio "
 "licences (the adopting order's caption: 'Licensee of Land Mobile, Fixed Microwave, and Marine Coastal "
 "Authorizations in Kentucky and Virginia'). The decree is the attachment of DA 00-2089 (the file name "
 "da002089cd.txt; the adopting Memorandum Opinion and Order, da002089.txt/.html, adopted September 12, 2000 and "
 "released September 15, 2000, is not used: one text per matter), as the FCC's ASCII text file on "
 "transition.fcc.gov/eb holds it; the Bureau's orders and the consent decrees they adopt and publish are FCC "
 "documents, US federal works, public domain (batches 33b, 49c, 49f; **doubtful**: the decree is signed by LG&E too, "
 "but its text is the FCC's published record). Left out: the conversion notice ('NOTICE ... This document was "
 "converted from WordPerfect or Word to ASCII Text format. ... download the Word or WordPerfect version or Adobe "
 "Acrobat version, if available.', between rows of asterisks), the heading 'Consent Decree', the section headings "
 "'I. Introduction' and 'II. Background', the paragraph numbers '1.' to '3.'. Cut after paragraph 3's first sentence "
 "('... of which Louisville Gas and Electric Company became a wholly-owned subsidiary.'), where the excerpt ends "
 "(`truncated`: the paragraph goes on, the 1998 KU Energy merger that brought Kentucky Utilities Company in is not in "
 "the excerpt). Kept as written: '(\"Bureau\")' in straight quotation marks beside '(``LG&E'')' in backticks and "
 "apostrophes, 'LG&E' (the text's short name for LG&E Energy Corp., not for Louisville Gas and Electric Company), "
 "'$232.2 million', '$2 billion', 'asset-based', 'utility-related', 'wholly-owned'. `published` null: the decree's "
 "excerpt holds no adoption or release date (the order's dates above are another page's, not used for the record), "
 "so dates are absolute ones only. In the lane (a holding company and its named utility subsidiaries, and the 1990 "
 "restructuring that made it their parent, told by the FCC; the licensees electric and gas utilities, sector "
 "energy). One text per event: the order (transition.fcc.gov da002089.html, and its webarchive.library.unt.edu copy "
 "da002089.txt) not used; encyclopedia and Wikipedia pages on LG&E and KU Energy (not the FCC's) not used. Found "
 "with 'Kenergy Corp. consent decree Henderson Union Green River Electric consolidation radio licenses' (rank 3) and "
 "'LG&E diversified energy services company headquartered in Louisville Kentucky consent decree Enforcement Bureau' "
 "(rank 2). " + CHECK +
 "'LG&E', 'Louisville Gas', 'Kentucky Utilities', 'KU Energy', '00-2089', 'da002089': in no corpus file, "
 "GATHERING.md line, script, note or pool.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
