#!/usr/bin/env python3
"""Batch 47l (session 48, gatherer 47l): three company deals the Justice Department's Antitrust Division let go ahead
on divestitures settled with the suit -- Regal Cinemas, Inc.'s proposed acquisition of Consolidated Theatres
Holdings, GP (first-run movie theatres in Asheville, Charlotte and Raleigh, North Carolina, 2008), Thales S.A.'s
proposed acquisition of Gemalto N.V. (Thales's General Purpose HSM Products business to be sold, 2019) and the
proposed acquisition of the Plastics Division of DS Smith plc by Olympus Growth Fund VI, L.P. through its portfolio
company Liqui-Box, Inc. (DS Smith's overlapping Bag-in-Box product lines to be sold, 2020) -- told in US federal
public-domain texts of the Department (17 U.S.C. 105), a round of session 48 after batches 47b, 47f and 47i in the DOJ
lane (batches 46b, 46e, 46i, 46k before them), first-party text only, three Federal Register notices of the Division
as federal.elaws.us reproduces them:
  - 'United States v. Regal Cinemas, Inc. and Consolidated Theatres Holdings, GP; Complaint, Proposed Final Judgment,
    and Competitive Impact Statement' (73 FR 28154, FR Doc. E8-10415, 15 May 2008);
  - 'United States v. Thales S.A. and Gemalto N.V.; Proposed Final Judgment and Competitive Impact Statement' (84 FR
    8745, FR Doc. 2019-04293, 11 March 2019);
  - 'United States v. Olympus Growth Fund VI, L.P., et al.; Proposed Final Judgment and Competitive Impact Statement'
    (85 FR 12017, FR Doc. 2020-04119, 28 February 2020).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's heading line (kept as `title` without
its document number), the bullet, 'Start Preamble' and any printed-page marker inside a paragraph are left out; the
paragraphs set off by a blank line, the host's leading spaces dropped. Each text is cut at the last full sentence
before the excerpt breaks off, or before the signature. No word or character added or changed.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47l.py [POOL_DIR] [--dry]   (default /tmp/gather48l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48l/pool"
HOST = "federal.elaws.us reproduces the notice"
# a check note of this batch's own (as 47b's, 47f's and 47i's), naming the session-48 pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md (its 'not used' lists "
         "included), every gather script (batch47i.py the latest of this lane), the notes under /work/notes (gather46, "
         "gather47, gather48) and every /tmp/gather48*/pool present (at the last check 48a's, 48e's and 48h's SEC "
         "texts, 48b's, 48f's and 48i's DOJ texts, 48c's, 48g's and 48j's FCC texts, 48k's SEC texts and an empty 48d, "
         "none naming this matter; 'Consolidated' there only as a common word or other companies' names): ")
R = []

# ---- Regal Cinemas / Consolidated Theatres, Federal Register notice, 15 May 2008 -----------------------------------
U1 = "http://federal.elaws.us/fr/5/15/2008/e8-10415"
T1 = ("United States v. Regal Cinemas, Inc. and Consolidated Theatres Holdings, GP; Complaint, Proposed Final Judgment, "
      "and Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-regal-cinemas-consolidated-theatres-proposed-final-judgment-2008", U1, "2008-05-15", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Section 1 6(b)-(h), that a "
 "Complaint, proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United "
 "States District Court for the District of Columbia in States of America v. Regal Cinemas, Inc. and Consolidated "
 "Theatres Holdings, GP, Civil Action No. 08-00746. On April 29, 2008, the United States filed a Complaint alleging "
 "that the proposed acquisition by Regal Cinemas, Inc. of Consolidated Theatres Holdings, GP, would violate Section 7 "
 "of the Clayton Act, 15 U.S.C. 18 by lessening competition for theatrical exhibition of first-run movies in "
 "Asheville, Charlotte, and Raleigh, North Carolina. The proposed Final Judgment, filed the same time as the "
 "Complaint, requires the defendants to divest first-run, commercial movie theatres, along with certain tangible and "
 "intangible assets, in those three geographic regions in order to proceed with the proposed $210 million "
 "transaction. A Competitive Impact Statement filed by the United States on April 30, 2008 describes the Complaint, "
 "the proposed Final Judgment, the industry, and the remedies available to private litigants who may have been "
 "injured by the alleged violation.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice in Washington, DC in Suite 1010, 450 Fifth Street, NW., Washington, DC 20530, and at the "
 "Office of the Clerk of the United States District Court for the District of Columbia, Washington, DC. Copies of "
 "these materials may be obtained from the Antitrust Division upon request and payment of the copying fee set by "
 "Department of Justice regulations.",
 "media/cinema", "deal,regulatory",
 att(T1, "73 FR 28154, FR Doc. E8-10415", "2008-05-15", HOST, U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 15 May 2008 (73 FR 28154-28166, FR Doc. "
 "E8-10415; kept as `published`; issue, pages and weekday from justia's copy of the printed page) as "
 "federal.elaws.us reproduces it (origin string `FRE`, as batches 40zk, 41c, 42w, 47i). Left out: the host's heading "
 "line ('E8-10415.' and the notice's title, kept as `title`), the bullet, 'Start Preamble' and the host's leading "
 "spaces (whitespace only). The excerpt's two paragraphs set off by a blank line. Cut after the second paragraph "
 "('... set by Department of Justice regulations.'), before 'Public comment is invited within 60 days of the date "
 "of', where the excerpt breaks off (`truncated`: the comment address, the section chief's name, the Complaint, the "
 "Final Judgment and the Competitive Impact Statement are not in the kept text). Kept as written, the host's slips "
 "included: '15 U.S.C. Section 1 6(b)-(h)' (a space inside '16'), 'in States of America v. Regal Cinemas, Inc.' "
 "(the case name without its first word), the comma after 'Consolidated Theatres Holdings, GP' before 'would "
 "violate', '15 U.S.C. 18 by' without a comma, 'filed the same time as', 'proposed Final Judgment and Competitive "
 "Impact Statement' without a serial comma, 'NW.', 'Washington, DC in Suite 1010', '$210 million'. 268 words "
 "(whitespace-split). One text per event: the Department's release of 29 April 2008 ('Justice Department Requires "
 "Divestitures in Regal Cinemas' Merger with Consolidated Theatres', justice.gov/opa/pr/2008/April/08-at-352 as the "
 "UNT Libraries' End of Term 2008 archive holds it, rank 1: it calls the deal 'their proposed $210 million merger' "
 "and never says who buys whom in its kept part, so GUIDELINES give no relation; Thomas O. Barnett quoted), justia's "
 "copy of the notice (its printed page opens on other agencies' notices), the Division's court papers on justice.gov "
 "(motion for entry, response to comments and its appendix) and news (knoxnews) left out. Found with 'Justice "
 "Department requires divestiture Regal Cinemas acquisition Consolidated Theatres movie theatres 2008' (rank 3). "
 + CHECK + "'Regal', 'Consolidated Theatre', 'E8-10415', '28154', '08-00746', '08-cv-00746', '08-at-352', 'Crown "
 "Point': 0 everywhere; 'Asheville', 'Charlotte', 'Raleigh' not searched as matters (places); another gatherer's pool "
 "(48b) holds a 1998 Division notice on Loews Cineplex Odeon, another cinema matter; no dev or test file's text read.",
 True))

# ---- Thales / Gemalto, Federal Register notice, 11 March 2019 -----------------------------------------------------
U2 = "http://federal.elaws.us/fr/3/11/2019/2019-04293"
T2 = "United States v. Thales S.A. and Gemalto N.V.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-thales-gemalto-proposed-final-judgment-2019", U2, "2019-03-11", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Thales S.A. and Gemalto N.V., Civil "
 "Action No. 1:19-cv-00569-BAH. On February 28, 2019, the United States filed a Complaint alleging that Thales S.A.'s "
 "proposed acquisition of Gemalto N.V. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final "
 "Judgment, filed at the same time as the Complaint, requires Thales S.A. to divest to an acquirer, subject to the "
 "United States' approval, its General Purpose HSM Products business.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the Antitrust Division's website, filed with the Court, and, "
 "under certain circumstances, published in the Federal Register. Comments should be directed to Aaron Hoag, Chief, "
 "Technology and Financial Services Section, Antitrust Division, Department of Justice, 450 Fifth Street NW, Suite "
 "7100, Washington, DC 20530 (telephone: 202-307-6153).",
 "technology/cybersecurity", "deal,regulatory",
 att(T2, "84 FR 8745, FR Doc. 2019-04293", "2019-03-11", HOST, U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 11 March 2019 (84 FR 8745-8762, FR Doc. "
 "2019-04293; kept as `published`; issue, pages and weekday from the GPO text as regulations.vlex.com and justia "
 "reproduce it) as federal.elaws.us reproduces it (origin string `FRE`, as batches 40zk, 41c, 42w, 47i). Left out: "
 "the host's heading line ('2019-04293.' and the notice's title, kept as `title`), the bullet, 'Start Preamble', the "
 "page marker 'Start Printed Page 8746' inside the first paragraph ('Stipulation, and ' / 'Competitive Impact "
 "Statement': the marker dropped, the space before it kept, nothing joined) and the host's leading spaces "
 "(whitespace only). The three paragraphs set off by a blank line. Cut after the third paragraph ('... (telephone: "
 "202-307-6153).'), before 'Start Signature', 'Patricia A. Brink,', 'Director of Civil Enforcement.' and the court "
 "caption where the excerpt breaks off (`truncated`: the signature, the Competitive Impact Statement and the Final "
 "Judgment are not in the kept text). Kept as written: the straight apostrophes (\"Thales S.A.'s\", \"United "
 "States' approval\", \"Antitrust Division's\"), 'General Purpose HSM Products business' (the abbreviation never "
 "written out), the web address, 'Fifth Street NW' without a period. 255 words (whitespace-split). One text per "
 "event: the Department's release of 28 February 2019 (Assistant Attorney General Makan Delrahim quoted) came back "
 "only as thefederalnewswire's copy, not the Department's page, and is left out, as are the notice's vlex and casetext "
 "copies (the same words with GPO line wraps or casetext's heading) and justia's (its printed page opens on an ITC "
 "notice). Found with 'United States v. Thales S.A. and Gemalto N.V. Proposed Final Judgment and Competitive Impact "
 "Statement' (rank 5), a matter this gatherer named from the Division's 2019 settlements after the industry queries. "
 + CHECK + "'Gemalto', 'HSM', '2019-04293', '8745', '1:19-cv-00569', 'Aaron Hoag': 0 in the corpus files and "
 "scripts ('Gemalto' and 'HSM' only in GATHERING.md, an older outage round's note on another Gemalto matter); "
 "'Thales' in other matters (by their names: the EC's Hitachi Rail / Thales Ground Transportation decision, 2023, "
 "Wikinews launch and Airbus reports, a Hansard answer on the BAE Systems / Thales carrier alliance); no dev or test "
 "file's text read.",
 True))

# ---- Olympus Growth Fund VI / Liqui-Box / DS Smith Plastics Division, Federal Register notice, 28 February 2020 ----
U3 = "http://federal.elaws.us/fr/2/28/2020/2020-04119"
T3 = ("United States v. Olympus Growth Fund VI, L.P., et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-olympus-liqui-box-ds-smith-plastics-division-proposed-final-judgment-2020", U3, "2020-02-28",
 T3,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Olympus Growth Fund VI, L.P., et al., "
 "Civil Action No. 1:20-cv-00464. On February 19, 2020, the United States filed a Complaint alleging that the "
 "proposed acquisition of the Plastics Division of DS Smith plc by Olympus Growth Fund VI, L.P., through its "
 "portfolio company Liqui-Box, Inc., would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final "
 "Judgment, filed at the same time as the Complaint, requires Defendants to divest all of DS Smith's Bag-in-Box (BiB) "
 "product lines that overlap with BiB product lines offered by Liqui-Box in the United States, including those for "
 "dairy, post-mix, smoothie, and wine.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "packaging", "deal,regulatory",
 att(T3, "85 FR 12017, FR Doc. 2020-04119", "2020-02-28", HOST, U3),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 28 February 2020 (85 FR 12017-12030, FR Doc. "
 "2020-04119; kept as `published`; issue, pages and weekday from justia's copy of the printed page) as "
 "federal.elaws.us reproduces it (origin string `FRE`, as batches 40zk, 41c, 42w, 47i). Left out: the host's heading "
 "line ('2020-04119.' and the notice's title, kept as `title`), the bullet, 'Start Preamble' and the host's leading "
 "spaces (whitespace only; no page marker in the kept text). The three paragraphs set off by a blank line. Cut after "
 "the third paragraph's first sentence ('Public comment is invited within 60 days of the date of this notice.'), "
 "before 'Such comments, including the name of the submitter, ... published in the Federal Register Comments should "
 "be directed to Katrina Rouse, Chief, Defense, Industrials, and Aerospace Section, ..., Washington, DC 2053', a "
 "sentence printed without its closing period and run into the next, where the excerpt breaks off (`truncated`: the "
 "comment address, the signature, the Competitive Impact Statement and the Final Judgment are not in the kept text). "
 "Kept as written: the straight apostrophes (\"DS Smith's\", \"Antitrust Division's\"), 'Bag-in-Box (BiB)', the "
 "commas around 'through its portfolio company Liqui-Box, Inc.,', 'Defendants' with a capital, the web address. 225 "
 "words (whitespace-split). One text per event: justia's copy (its printed page opens on an ITC notice) left out; no "
 "Department release on the deal came back. Found with 'United States v. Proposed Final Judgment and Competitive "
 "Impact Statement packaging acquisition divest plant 2019' (rank 4; 47i's lead: industry queries on "
 "federal.elaws.us). "
 + CHECK + "'Olympus Growth', 'Liqui-Box', 'DS Smith', 'Plastics Division', 'Bag-in-Box', '2020-04119', '12017', "
 "'1:20-cv-00464': 0 everywhere; 'Olympus' only in another matter (the Olympus Corporation scandal of 2011, a test "
 "Wikipedia text, batch 20b); 'Katrina Rouse' (not in the kept text) in batch 42b's Waste Management / Advanced "
 "Disposal notice; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
