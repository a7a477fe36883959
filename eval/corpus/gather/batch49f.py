#!/usr/bin/env python3
"""Batch 49f (session 50, gatherer 49f): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a thirty-seventh round in the FCC transaction lane of batches 15f, 43n,
43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx,
46c, 46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x, 47za, 48c, 48e, 48h, 48l and 49c, following 49c's lead
into the Enforcement Bureau's 2000-2002 consent decrees with energy and utility licensees (their Background
paragraphs name parents and subsidiaries), on two matters no corpus file holds --
  - the Enforcement Bureau's consent decree with Wisconsin Energy Corporation (attachment A2 of DA 00-2911, 2000) on
    radio licences whose control WEC and its utility subsidiaries took through mergers and reorganizations without
    prior consent, the FCC's EDOCS plain text on docs.fcc.gov;
  - the Enforcement Bureau's consent decree with Enron Corp. (attachment A2 of DA 02-65, 2002) on the private radio
    and microwave licences held by Enron's affiliates and subsidiaries, the FCC's own ASCII rendering on
    transition.fcc.gov/eb.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out as batches 33b, 48l and 49c did for the
Bureau's texts: the PDF conversion line and page number the EDOCS plain text opens with, the conversion notice the
transition.fcc.gov renderings open with, the heading 'Consent Decree', the section headings ('I. Introduction', 'II.
Background') and the run-in subheading of paragraph 4 of the WEC decree ('Wisconsin Energy Corporation.'), the
paragraph numbers and the footnote markers. Paragraphs are joined by a blank line, line wraps by a space; in the
transition.fcc.gov rendering (set with the source's indentation and justified spacing) runs of spaces are made one.
Each text is cut at the last full sentence before its excerpt breaks off. No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch49f.py [POOL_DIR] [--dry]   (default /tmp/gather50f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50f/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-50 pools /tmp/gather50*/pool (50a-50d at the "
         "last check, none on this matter): ")
R = []

# ---- Wisconsin Energy Corporation, consent decree (DA 00-2911, attachment A2), 2000 ----------------------------------
U1 = "https://docs.fcc.gov/public/attachments/DA-00-2911A2.txt"
R.append(federal(
 "us-fcc-wisconsin-energy-wepco-wisconsin-natural-gas-unauthorized-transfer-of-control-consent-decree-2000",
 U1, None,
 "Wisconsin Energy Corporation, Consent Decree (DA 00-2911)",
 "This Consent Decree is entered into by the Enforcement Bureau of the Federal Communications Commission "
 "(\" Bureau\") and Wisconsin Energy Corporation (\u201c WEC\u201d).\n\n"
 "WEC is a Milwaukee- based holding company with subsidiaries in utility and non- utility businesses. The company "
 "serves more than one million electric and 921,000 natural gas customers in Wisconsin and Michigan's Upper "
 "Peninsula through its utility subsidiaries - Wisconsin Electric Power Company (\" WEPCO\"), Wisconsin Gas Company "
 "(\" WGC\") and Edison Sault Electric Company (\" ESELCO\"). In connection with its public utility activities, WEC "
 "maintains vital communications systems utilizing licenses issued by the Commission. Its non- utility subsidiaries "
 "include energy services and development, pump manufacturing, waste- to- energy and real estate businesses. WEC "
 "reported annual revenues of $2,272,000, 000 for the fiscal year ending December 31, 1999.\n\n"
 "In March 2000, WEC\u2019s counsel informed the Enforcement Bureau\u2019s Investigations & Hearings Division that "
 "the company had discovered a number of instances in which it acquired control of radio facilities through a "
 "succession of mergers and corporate reorganizations without prior Commission consent. WEC\u2019s counsel indicated "
 "that the company was conducting an internal review to determine the scope of the problem. Thereafter, on June 9, "
 "2000, WEC submitted an analysis of the results of its internal review. WEC submitted a superseding analysis on "
 "July 11, 2000, and supplemental information on November 7, 2000.\n\n"
 "In its collective filings, WEC revealed the following:\n\n"
 "Through 1986, Wisconsin Natural Gas Company (\u201c WNG\u201d) and WEC were wholly- owned subsidiaries of WEPCO.",
 "energy", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Consent Decree between the Enforcement Bureau and "
 "Wisconsin Energy Corporation, attachment A2 to Order DA 00-2911 (2000), US federal government work (public "
 "domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Enforcement Bureau's consent decree with Wisconsin Energy Corporation, the Milwaukee holding company of "
 "Wisconsin Electric Power Company, Wisconsin Gas Company and Edison Sault Electric Company, which told the Bureau's "
 "Investigations & Hearings Division in March 2000 that it had taken control of radio facilities through mergers and "
 "reorganizations without prior Commission consent. The decree is attachment A2 of DA 00-2911 (the file name "
 "DA-00-2911A2.txt; the adopting order is A1, not used: one text per matter), as the FCC's EDOCS plain text holds it "
 "(a PDF-to-text rendering, one run of text with no paragraph breaks); the Bureau's orders and the consent decrees "
 "they adopt and publish are FCC documents, US federal works, public domain (batches 33b, 49c; **doubtful**: the "
 "decree is signed by WEC too, but its text is the FCC's published record). Left out: the rendering's opening line "
 "'*Pages 1--6 from Microsoft Word - 5750.doc* 1' (conversion note and page number), the heading 'Consent Decree', "
 "the section headings 'I. Introduction' and 'II. Background', the paragraph numbers '1.' to '4.', and the run-in "
 "subheading 'Wisconsin Energy Corporation.' that opens paragraph 4's account (the first of the decree's "
 "company-by-company subheadings; the sentence after it is set as its own paragraph). Cut after 'Through 1986, "
 "Wisconsin Natural Gas Company (\u201c WNG\u201d) and WEC were wholly- owned subsidiaries of WEPCO.', before "
 "'Effective January 1, 1987, the companies effectuated a corporate reorganization whereby WEC became the holding "
 "company of, and acquired all outstanding shares of stock in,', where the excerpt breaks off (`truncated`). Kept as "
 "written: the PDF rendering's spaces after opening quotation marks ('(\" Bureau\")', '(\u201c WEC\u201d)', "
 "'(\" WEPCO\")', '(\" WGC\")', '(\" ESELCO\")', '(\u201c WNG\u201d)') and after hyphens ('Milwaukee- based', 'non- "
 "utility', 'waste- to- energy', 'wholly- owned'), its mixed straight and curly quotation marks and apostrophes "
 "('Michigan's', 'WEC\u2019s'), the spaced hyphen in 'utility subsidiaries - Wisconsin Electric', '$2,272,000, 000', "
 "'Investigations & Hearings Division'. `published` null: the excerpt holds no adoption or release date (the "
 "number DA 00-2911 and the latest date in the text, November 7, 2000, date it to late 2000 only), so dates are "
 "absolute ones only. In the lane (named companies, a holding company and its subsidiaries, and ownership changes "
 "made without the FCC's consent, told by the FCC; the licensees electric and gas utilities, sector energy). One text "
 "per event: nothing else on the matter came back (the kanterella.com copy of WEPCO's 1986 NRC letter on the "
 "holding-company restructuring is another matter and a party filing). Found with 'Consent Decree Enforcement Bureau "
 "Background wholly-owned subsidiary transfer of control private land mobile licenses electric utility' (rank 3) and "
 "'Enforcement Bureau consent decree merger of two utility holding companies unauthorized transfer of control radio "
 "licenses voluntary contribution United States Treasury 2001 2002' (rank 2). " + CHECK +
 "'Wisconsin Energy', 'Wisconsin Electric', 'Wisconsin Gas', 'Wisconsin Natural Gas', 'Edison Sault', 'ESELCO', "
 "'00-2911', 'Investigations & Hearings': in no corpus file, GATHERING.md line, script, note or pool; 'WEPCO' only "
 "inside 'SWEPCO' in two GATHERING.md not-used lines.",
 True))

# ---- Enron Corp. / Enron Broadband Services, Inc., consent decree (DA 02-65, attachment A2), 2002 --------------------
U2 = "https://transition.fcc.gov/eb/Orders/2002/DA-02-65A2.html"
R.append(federal(
 "us-fcc-enron-corp-enron-broadband-services-private-radio-licenses-consent-decree-2002",
 U2, None,
 "Enron Corp., Consent Decree (DA 02-65)",
 "This Consent Decree is entered into by the Enforcement Bureau of the Federal Communications Commission "
 "(``Bureau '') and Enron Corp. (``Enron'').\n\n"
 "Enron is a large diversified corporation that markets electricity and natural gas; delivers physical commodities "
 "and financial and risk management services to customers around the world; and has developed an intelligent network "
 "platform to facilitate online business. Its revenues in 2000 were $101 billion.\n\n"
 "Enron has hundreds of affiliates and subsidiaries, and among these companies, Enron holds hundreds of FCC "
 "licenses. These licenses are primarily for private land mobile radio and fixed non-commercial microwave facilities "
 "used in connection with the operation of Enron's gas pipelines and other industrial facilities. Only one "
 "subsidiary, Enron Broadband Services, Inc., holds FCC licenses and authorizations used in the provision of "
 "communications services.",
 "energy", "regulatory,ownership",
 "U.S. Federal Communications Commission, Enforcement Bureau, Consent Decree between the Enforcement Bureau and Enron "
 "Corp., attachment A2 to Order DA 02-65 (2002), US federal government work (public domain); text as the FCC's "
 "ASCII rendering on transition.fcc.gov holds it, from the search tool's page store at " + U2,
 "transition.fcc.gov Enforcement Bureau orders archive (search tool page store)",
 "The Enforcement Bureau's consent decree with Enron Corp. on the private land mobile radio and microwave licences "
 "held across Enron's affiliates and subsidiaries, of which only Enron Broadband Services, Inc. held licences used to "
 "provide communications services. The decree is attachment A2 of DA 02-65 (the file name DA-02-65A2.html), as the "
 "FCC's own ASCII rendering on transition.fcc.gov/eb holds it; the Bureau's orders and the consent decrees they adopt "
 "and publish are FCC documents, US federal works, public domain (batches 33b, 49c; **doubtful**: the decree is "
 "signed by Enron too, but its text is the FCC's published record). The page store holds one rendering, set with the "
 "source's indentation and justified spacing: line wraps joined with a space and runs of spaces made one ('Consent  "
 "Decree  is  entered', 'business.  Its', 'the  Federal'). Left out: the conversion notice ('Click here for Adobe "
 "Acrobat version Click here for Microsoft Word version ... NOTICE ... This document was converted from Microsoft "
 "Word. ... Microsoft Word or Adobe Acrobat version.'), the heading 'Consent Decree', the section headings 'I. "
 "Introduction' and 'II. Background', the paragraph numbers '1.' to '3.', and the footnote marker '1' after "
 "'(``Enron'').'. Cut after paragraph 3's third sentence ('... used in the provision of communications services.'), "
 "before 'In th', where the excerpt breaks off (`truncated`). Kept as written: the paired backticks and apostrophes "
 "'(``Bureau '')' (with the space the rendering sets before the closing marks, its run of two made one) and "
 "'(``Enron'')', 'Enron Corp.', 'non-commercial', '$101 billion', the semicolons of paragraph 2. `published` null: "
 "the excerpt holds no adoption or release date (the number DA 02-65 and the archive path /Orders/2002/ date it to "
 "2002 only; news pages date the order January 16, 2002, not used), so dates are absolute ones only. In the lane (a "
 "named parent and a named subsidiary holding FCC licences, told by the FCC in a settlement over licences held "
 "without the required consents; Enron's gas pipelines and power marketing, sector energy). One text per event: "
 "news on the matter (Communications Daily, Broadcasting & Cable, the Irish Times: not open-licensed) not used. "
 "Found with 'Pages from Microsoft Word Consent Decree I. Introduction entered into by the Enforcement Bureau of the "
 "Federal Communications Commission Background holding company subsidiaries electric natural gas customers' (rank "
 "1) and 'Enron Corp. consent decree Enforcement Bureau Enron Broadband Services licenses affiliates subsidiaries "
 "acquired without prior Commission consent DA 02-65' (rank 1). " + CHECK +
 "'Enron Broadband', 'Enron Corp', '02-65', 'DA-02-65': in no corpus file, GATHERING.md line, script, note or pool; "
 "'Enron' in one train file (Wikinews, Ken Lay's death, 2006: another matter) and GATHERING.md lines on it.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
