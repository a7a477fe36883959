#!/usr/bin/env python3
"""Batch 53d (session 54, gatherer 53d): two SEC litigation releases of 2017 and 2018 on companies and their named
officers -- the Commission's charges, filed 18 July 2018 in the Middle District of Florida, against the CEO (Stephen J.
Barber) and the former president (Lee Larry Arrowood) of Oakridge Global Energy Solutions, Inc., 'a now defunct
Florida-based company that purported to develop and manufacture lithium batteries', over six false press releases
claiming supply agreements with Maritime Tactical Systems, Inc. and Freedom Motors, LLC (Litigation Release No. 24207,
19 July 2018); the final judgment of 28 July 2017 against Stephen Ferrone after an April 2016 jury verdict, over his
statements on the regulatory status of 'SF-1019', Immunosyn's sole product, and on Argyll Biotechnologies, LLC,
'Immunosyn's controlling shareholder' (Litigation Release No. 23891, 31 July 2017) -- US federal government works (17
U.S.C. 105), a session-54 round in the federal SEC lane (after 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za,
51ze, 51zj, 51zn, 52b, 52c, 52i, 52j, 52m, 52o, 52zb and 52ze), on new matters. Both came up under queries naming the
company and its officers (the lead's way); see /work/notes/gather54/53d.md. Every name, release number and docket was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-54 pools:
  - SEC Litigation Release No. 24207 (19 July 2018), Securities and Exchange Commission v. Steven J. Barber and Larry
    Lee Arrowood, Civil Action No. 6:18-CV-01155 (M.D. Fla.) (sec.gov's 'litigation/litreleases/2018/lr24207.htm');
  - SEC Litigation Release No. 23891 (31 July 2017), SEC v. Stephen D. Ferrone, et al., No. 1:11-cv-05223 (N.D. Ill.)
    (sec.gov's 'litigation/litreleases/2017/lr23891.htm').
The text is the search tool's page-store excerpt (corpus `pages`). The release's heading line is the `title`
(verbatim, capitals kept); left out: 'Breadcrumb', the caption-name line, 'U.S. SECURITIES AND EXCHANGE COMMISSION',
the release line (its date kept as `published`) and the caption with its docket (kept in the attribution). Cut at the
last full sentence before the store's excerpt (2,000 characters as saved) breaks off. No word added or changed;
paragraphs joined by a blank line as the store gives them. Each kept paragraph checked by script to be a verbatim
substring of the saved excerpt (/tmp/gather54d/src). Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch53d.py [POOL_DIR] [--dry]   (default /tmp/gather54d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -l over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-54 pools /tmp/gather54*/pool (54a-54f when checked: none held a file on "
         "this matter): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54d/pool"
R = []

# ---- Oakridge Global Energy Solutions / Barber and Arrowood, LR 24207 of 19 July 2018 (sec.gov) --------------------
U1 = "https://www.sec.gov/litigation/litreleases/2018/lr24207.htm"
CAPTION1 = ("Securities and Exchange Commission v. Steven J. Barber and Larry Lee Arrowood, Civil Action No. "
            "6:18-CV-01155 (M.D. Fla.)(Filed July 18, 2018)")
T1 = "SEC Charges Officers of Florida Battery Company with Securities Fraud"
R.append(federal(
 "us-sec-oakridge-global-energy-solutions-ceo-barber-former-president-arrowood-false-battery-press-releases-2018", U1,
 "2018-07-19", T1,
 "On July 18, 2018, the Securities and Exchange Commission filed charges against two officers of Oakridge Global "
 "Energy Solutions, Inc., a now defunct Florida-based company that purported to develop and manufacture lithium "
 "batteries, for issuing false and misleading press releases to the public.\n\n"
 "The SEC's complaint, filed in federal district court in Orlando, Florida, alleges that Oakridge CEO, Stephen J. "
 "Barber, made false and misleading statements in six press releases issued to the public between September 2015 and "
 "March 2016 concerning Oakridge and its product and business operations, and that former president, Lee Larry "
 "Arrowood, substantially assisted Barber with drafting those press releases while knowing they contained false "
 "information. According to the SEC's complaint, Barber and Arrowood issued press releases falsely claiming that "
 "Oakridge had signed agreements to supply its battery systems to two other companies, Maritime Tactical Systems, Inc. "
 "and Freedom Motors, LLC. In truth, Oakridge had only provided test batteries to those companies for their "
 "consideration for possible future orders. The defendants also, among other things, misrepresented that Oakridge had "
 "received $250,000 in \"immediate booked orders\" and more than $20 million in \"follow on commitments\" for its "
 "\"state-of-the-art\" lithium golf cart batteries, and had \"existing pipeline orders\" of $24 million for its "
 "batteries.\n\n"
 "The SEC's complaint alleges that Barber and Arrowood violated Section 10(b) of the Securities Exchange Act of 1934 "
 "(Exchange Act) and Rule 10b-5 thereunder. The SEC seeks permanent injunctions, officer-and-director bars, and civil "
 "penalties against them.",
 "batteries/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 24207 / July 19, 2018, '" + T1 + "', " + CAPTION1
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text, no "
 "third-party copy. The heading 'SEC Charges Officers of Florida Battery Company with Securities Fraud' is the `title`. "
 "Left out: 'Litigation Release No. 24207 / July 19, 2018' (its date kept as `published`) and the caption '" + CAPTION1
 + "' (kept in the attribution). Cut after the third paragraph ('... and civil penalties against them.'), before "
 "'Without admitting or denying the SEC's allegations, Arrowood has ', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Stephen J. Barber' in the body beside the caption's 'Steven J. Barber', 'Lee Larry "
 "Arrowood' beside the caption's 'Larry Lee Arrowood' (the caption is left out, so the text has one spelling of each), "
 "'Oakridge CEO, Stephen J. Barber,' and 'former president, Lee Larry Arrowood,' with their commas, the straight "
 "quotation marks of '\"immediate booked orders\"', '\"follow on commitments\"', '\"state-of-the-art\"', "
 "'\"existing pipeline orders\"', '(Exchange Act)'. 241 words (whitespace-split), three paragraphs. Found with 'SEC v. "
 "Stephen Barber Larry Arrowood Oakridge Global Energy Solutions litigation release' (rank 1; the excerpt saved as "
 "/tmp/gather54d/src/oakridge-lr24207.txt). "
 + CHECK + "'Oakridge', 'Arrowood', 'lr24207', 'Maritime Tactical', 'Freedom Motors', '6:18-CV-01155': 0 in the corpus "
 "files, GATHERING.md, the gather scripts, /work/notes and the pools; '24207' only inside binary model files under "
 "/work/notes (tokenizer vocabularies, no text on this matter).",
 True))

# ---- Immunosyn / Stephen D. Ferrone, LR 23891 of 31 July 2017 (sec.gov) ------------------------------------------
U2 = "https://www.sec.gov/litigation/litreleases/2017/lr23891.htm"
CAPTION2 = "SEC v. Stephen D. Ferrone, et al., No. 1:11-cv-05223 (N.D. Ill.)"
T2 = "FINAL JUDGMENTS ENTERED AGAINST BIOPHARMACEUTICAL COMPANY CEO AFTER JURY VERDICT"
R.append(federal(
 "us-sec-immunosyn-ferrone-final-judgment-sf-1019-argyll-biotechnologies-controlling-shareholder-jury-verdict-2017", U2,
 "2017-07-31", T2,
 "The Securities and Exchange Commission announced that on July 28, 2017, an Illinois federal court entered a final "
 "judgment against Defendant Stephen Ferrone following an April 2016 jury verdict in the Commission's favor. The final "
 "judgment prohibits Ferrone, retroactively to July 24, 2016, from serving as an officer or director of a public "
 "company for a period of three (3) years. The final judgment also requires Ferrone to pay a $120,000 civil "
 "penalty.\n\n"
 "The Commission charged Ferrone and other defendants in August 2011, alleging, among other things, that Ferrone made "
 "materially false and misleading statements during 2007-2010 regarding the status of regulatory approvals for "
 "Immunosyn's sole product, a drug referred to as \"SF-1019.\" The Commission's complaint alleged that Ferrone falsely "
 "stated in public filings with the Commission and in other presentations that Argyll Biotechnologies, LLC, "
 "Immunosyn's controlling shareholder, planned to commence the regulatory approval process for human clinical trials "
 "for SF-1019 in the U.S. or that the regulatory approval process was underway. The complaint alleged that these "
 "statements deceived investors because the statements failed to disclose that the U.S. Food and Drug Administration "
 "had issued clinical holds on drug applications for SF-1019, which prohibited clinical trials involving SF-1019 from "
 "occurring.\n\n"
 "After a two-week trial in April 2016, the jury found Ferrone liable for violating Section 10(b) of the Securities "
 "Exchange Act of 1934 and Exchange Act Rule 10b-5 thereunder, and Exchange Act Rule 13a-14.",
 "biopharmaceuticals/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 23891 / July 31, 2017, '" + T2 + "', " + CAPTION2
 + ", US federal government work (public domain); text of the sec.gov page from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text. The "
 "heading '" + T2 + "' is the `title`, capitals kept. Left out: the page's 'Breadcrumb', the caption-name line "
 "'Stephen D. Ferrone, et al.', 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 23891 / July 31, "
 "2017' (its date kept as `published`) and the caption '" + CAPTION2 + "' (kept in the attribution). Cut after the "
 "third paragraph's first sentence ('... and Exchange Act Rule 13a-14.'), before 'The jury found Ferrone not liable "
 "for aiding and abetting Immunosyn's failure to file annual, quarterly, and current reports that were accurate an', "
 "where the store's excerpt breaks off (`truncated`). Kept as written: 'three (3) years', 'during 2007-2010', the "
 "straight quotation marks of '\"SF-1019.\"' (full stop inside), 'the U.S.', 'Exchange Act Rule 13a-14'. 234 words "
 "(whitespace-split), three paragraphs. The text gives Ferrone no title (the heading's 'BIOPHARMACEUTICAL COMPANY CEO' "
 "is the title field only). Found with 'SEC v. Immunosyn Corporation Argyll Biotechnologies Stephen Ferrone Douglas "
 "McClain litigation release SF-1019' (rank 6, after secactions, bna, findacase, fedseclaw and manufacturingchemist "
 "pages on the same matter; the excerpt saved as /tmp/gather54d/src/immunosyn-ferrone-lr23891.txt). One text per "
 "matter: the SEC's 2011 press release and the 2016 jury-verdict announcement on the same case are not taken. "
 + CHECK + "'Immunosyn', 'Ferrone', 'SF-1019', 'lr23891', 'Argyll Biotechnologies', '1:11-cv-05223': 0 in the corpus "
 "files, GATHERING.md, the gather scripts, /work/notes and the pools; 'Argyll' alone only in files on other matters "
 "(Argyll and Bute, a Scottish place name); '23891' only inside binary model files under /work/notes.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
