#!/usr/bin/env python3
"""Batch 48f (session 49, gatherer 48f): two settlements of the Justice Department's Antitrust Division with media and
telecoms companies -- Gannett Co., Inc.'s proposed acquisition of Belo Corp. with the sale of KMOV-TV to Sander Media
LLC (KMOV-TV to be divested, 2013) and the commercial agreements of Verizon Communications Inc. and Cellco Partnership
d/b/a Verizon Wireless with four cable companies (Comcast, Time Warner Cable, Cox, Bright House; the agreements to be
modified, 2012) -- told in US federal public-domain texts of the Department (17 U.S.C. 105), the second round of
batch 48 in the DOJ lane (48b before it; 47b, 47f, 47i, 47l, 47n, 47r, 47t, 47w and 47z, and 46b, 46e, 46i, 46k
earlier), first-party text only:
  - the Division's notice 'United States v. Gannett Co., Inc., Belo Corp., and Sander Media LLC; Proposed Final
    Judgment and Competitive Impact Statement' (78 FR 79485, FR Doc. 2013-31182, 30 December 2013, as federal.elaws.us
    reproduces it);
  - the Division's notice 'United States et al. v. Verizon Communications Inc. et al.; Proposed Final Judgment and
    Competitive Impact Statement' (77 FR 51048, FR Doc. 2012-20740, 23 August 2012, as federal.elaws.us reproduces it).
Texts are the search tool's page-store excerpts (corpus `pages`). federal.elaws.us's heading line (FR Doc. number and
the notice's title, kept as `title` without the number), its '-' or bullet line and 'Start Preamble' are left out; its
paragraphs (indented or set on their own lines) set off by a blank line. Each text is cut at the last full sentence
before the excerpt breaks off. No word or character added or changed. Written before any extractor ran on the texts
(newskg was not run on them).
usage: batch48f.py [POOL_DIR] [--dry]   (default /tmp/gather49f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49f/pool"
# a check note of this batch's own (as 47b's to 48b's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev and "
         "test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (its 'not used' lists included), every gather script (batch48b.py the latest of this lane), "
         "the notes under /work/notes and every /tmp/gather48*/pool and /tmp/gather49*/pool present (at the last "
         "check 48a to 48z, 48za and 49a to 49e; none naming this matter): ")
R = []

# ---- Gannett / Belo / Sander Media / KMOV-TV, Federal Register notice, 30 December 2013 -----------------------------
U1 = "http://federal.elaws.us/fr/citation/2013-31182"
U1J = "https://regulations.justia.com/regulations/fedreg/2013/12/30/2013-31182.html"
T1 = ("United States v. Gannett Co., Inc., Belo Corp., and Sander Media LLC; Proposed Final Judgment and Competitive "
      "Impact Statement")
R.append(federal(
 "us-doj-federal-register-gannett-belo-sander-media-kmov-tv-proposed-final-judgment-2013", U1, "2013-12-30", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America v. Gannett Co., Inc., Belo Corp., and "
 "Sander Media LLC, Civil Action No. 1:13-cv-01984. On December 16, 2013, the United States filed a Complaint "
 "alleging that Gannett's proposed acquisition of Belo, the sale of KMOV-TV in St. Louis to Sander, and Sander's "
 "operation of KMOV-TV subject to various agreements between Sander and Gannett would violate Section 7 of the "
 "Clayton Act, 15 U.S.C. 18, and Section 1 of the Sherman Act, 15 U.S.C. 1. The proposed Final Judgment, filed the "
 "same time as the Complaint, requires Gannett Co., Inc., Belo Corp., and Sander Media LLC to divest KMOV-TV.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC, 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at http://justice.gov/atr, "
 "and at the Office of the Clerk of the United States District Court for the District of Columbia. Copies of these "
 "materials may be obtained from the Antitrust Division upon request and payment of the copying fee set by "
 "Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice. Such comments, including the name of the "
 "submitter, and responses thereto, will be posted on the U.S. Department of Justice, Antitrust Division's internet "
 "Web site, filed with the Court and, under certain circumstances, published in the Federal Register.",
 "media/broadcasting", "deal,regulatory",
 att(T1, "78 FR 79485, FR Doc. 2013-31182", "2013-12-30", "federal.elaws.us reproduces the notice", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Monday, 30 December 2013 (Volume 78, Number 250, pages "
 "79485-79498, FR Doc. 2013-31182; kept as `published`; issue, pages and weekday from justia's printed page) as "
 "federal.elaws.us reproduces it (origin string `FRE`, as batches 40zk, 41c, 42w and 43h). Left out: the host's "
 "heading line ('2013-31182. ' and the notice's title, the title kept as `title`), its '-' line and 'Start "
 "Preamble'. Three paragraphs kept (the host sets each on its own line), set off by blank lines. Cut after the third "
 "paragraph's second sentence ('... published in the Federal Register.'), before 'Comments should be directed to "
 "Scott A. Scheele, Chie', where the excerpt breaks off (`truncated`: the section chief's address, the signature, "
 "the Complaint, the proposed Final Judgment and the Competitive Impact Statement are not in the kept text). Checked "
 "word for word against justia's printed page (" + U1J + ", rank 1 of the first query; it opens on an ENRD notice's "
 "end and the Complaint's caption, and its notice breaks off at 'between Sander and Ganne'): the same words as far "
 "as it runs, justia printing curly apostrophes (Gannett\u2019s) and en dashes (16(b)\u2013(h), 1:13\u2013cv\u201301984, "
 "KMOV\u2013TV) where federal.elaws.us prints straight apostrophes and hyphens; no GPO (govinfo, gpo.gov) copy came "
 "back, so the federal.elaws.us text is taken (48b listed this matter as 'a lead only if a GPO copy comes back'; "
 "the 48f brief names it as a lead without that condition, and federal.elaws.us is the host 40zk, 41c, 42w and 43h "
 "took notices from -- **a doubt for the lead**). Kept as written: 'Stipulation, and' with its serial comma, 'filed "
 "the same time as the Complaint' without 'at', 'proposed Final Judgment and Competitive Impact Statement' without a "
 "serial comma in the second paragraph, 'Washington, DC, 20530' with a comma before the ZIP code, "
 "'http://justice.gov/atr,' with one comma, 'internet Web site', 'the Court' with a capital. 281 words "
 "(whitespace-split). One text per event: the Division's press release of 16 December 2013 did not come back "
 "(Reuters' and Bloomberg's (delawareonline) stories quote it, AP's story on komu and ksl, tvtechnology, nexttv, "
 "czeshop's copy of a Wikipedia text: news, not taken); the motion for entry (docslib, a court paper) and docslib's "
 "scan of the printed page not taken; the FCC's order on the same deal (DA 13-2423, docs.fcc.gov) and the Media "
 "Bureau's public notice DA 13-1666 (cdbs.recnet.com) are another agency's texts on the licences (the FCC lane's, "
 "not taken here; a second text of the event). Found with 'United States v. Gannett Co., Inc., Belo Corp., and "
 "Sander Media, LLC Proposed Final Judgment Competitive Impact Statement KMOV' (rank 7; rank 8 of 'govinfo "
 "2013-31182 Gannett Belo Sander KMOV-TV notice is hereby given Antitrust Procedures and Penalties Act'). "
 + CHECK + "'Sander Media' and '2013-31182' only in GATHERING.md's 48b section and its copy /work/notes/gather49/"
 "48b.md (the not-used line quoted above); 'KMOV', '13-cv-01984': 0 everywhere (the string 'KMOV' only inside "
 "binary model files under /work/notes); 'Belo Corp' only in dev us-fcc-viacom-cbs-transfer-of-control-order-2000 "
 "(A.H. Belo Corporation in a 2000 FCC order, another matter, by its name) and batch 43n's scripts; 'Gannett' only in "
 "three DOJ files of 1992-1993 on other matters (train us-doj-texas-commerce-bancshares-..., test "
 "us-doj-hearst-san-antonio-express-news-gannett-honolulu-advertiser-not-challenged-1993, test "
 "us-doj-ingersoll-rand-dresser-pump-merger-goulds-pumps-weekly-summary-1992), batch 46i's and 46k's scripts; no "
 "dev or test file's text read.",
 True))

# ---- Verizon / cable companies' commercial agreements, Federal Register notice, 23 August 2012 -----------------------
U2 = "http://federal.elaws.us/fr/8/23/2012/2012-20740"
U2J = "https://regulations.justia.com/regulations/fedreg/2012/08/23/2012-20740.html"
T2 = ("United States et al. v. Verizon Communications Inc. et al.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-verizon-cable-companies-commercial-agreements-proposed-final-judgment-2012", U2, "2012-08-23",
 T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States of America et al. v. Verizon Communications Inc. et "
 "al., Civil Action No. 1:12-cv-01354. On August 16, 2012, the United States filed a Complaint alleging that the "
 "proposed commercial agreements among Verizon Communications Inc., Cellco Partnership d/b/a Verizon Wireless, "
 "Comcast Corporation, Time Warner Cable Inc., Cox Communications, Inc., and Bright House Networks, LLC, would "
 "violate Section 1 of the Sherman Act, 15 U.S.C. 1. The proposed Final Judgment, filed the same time as the "
 "Complaint, requires modifications to the commercial agreements and prohibits certain conduct in order to preserve "
 "the incentive and ability for Verizon Communications to compete aggressively with each of the cable companies.\n\n"
 "Copies of the Complaint, proposed Final Judgment and Competitive Impact Statement are available for inspection at "
 "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street NW., Suite 1010, "
 "Washington, DC 20530 (telephone: 202-514-2481), on the Department of Justice's Web site at "
 "http://www.usdoj.gov/atr,, and at the Office of the Clerk of the United States District Court for the District of "
 "Columbia. Copies of these materials may be obtained from the Antitrust Division upon request and payment of the "
 "copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "telecoms/wireless", "partnership,regulatory",
 att(T2, "77 FR 51048, FR Doc. 2012-20740", "2012-08-23", "federal.elaws.us reproduces the notice", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 23 August 2012 (Volume 77, Number 164, pages "
 "51048-51064, FR Doc. 2012-20740; kept as `published`; issue, pages and weekday from justia's printed page) as "
 "federal.elaws.us reproduces it (origin string `FRE`, as batches 40zk, 41c, 42w and 43h). Left out: the host's "
 "heading line ('2012-20740. ' and the notice's title, the title kept as `title`), its bullet and 'Start "
 "Preamble'. Three paragraphs kept (indented on the host), set off by blank lines. Cut after the third paragraph's "
 "first sentence ('Public comment is invited within 60 days of the date of this notice.', as 42w's and 47w's "
 "notices end), before 'Such comments, including the name of the submitter, and responses thereto, will be posted "
 "on the U.S. Department of Justice, Antitrust Division's Internet Web site, filed with ', where the excerpt breaks "
 "off (`truncated`: the rest of the comment paragraph, the section chief's name, the signature, the Complaint, the "
 "proposed Final Judgment and the Competitive Impact Statement are not in the kept text). No GPO copy of this "
 "notice came back (gpo.gov and federalregister.gov gave only the later 'Public Comments and Response' notice, 78 FR "
 "17474, FR Doc. 2013-06440, 21 March 2013); justia's printed page (" + U2J + ") opens on an ENRD notice and a "
 "Clean Air Act consent-decree amendment and its excerpt does not reach the Division's notice, so the federal.elaws.us "
 "text is taken. Kept as written: the host's doubled comma 'http://www.usdoj.gov/atr,, and' (as 42w's Vulcan and "
 "43c's UnitedHealth notices on that host; the GPO texts print one), 'Stipulation and Competitive Impact Statement' "
 "without a serial comma, 'United States of America et al. v. Verizon Communications Inc. et al.' without commas "
 "before 'et al.', 'Bright House Networks, LLC, would violate' with the comma after 'LLC', 'filed the same time as "
 "the Complaint' without 'at', 'Verizon Communications' without 'Inc.' in the last sentence, 'NW.', 'Web site'. 248 "
 "words (whitespace-split). One text per event: the Division's press release of 16 August 2012 did not come back; "
 "the proposed Final Judgment (pdfdrive, vdocuments: court papers) and the 2013 response to comments (a later "
 "paper of the same matter: gpo.gov, justia, federalregister.gov) not taken; Bloomberg Law's T-Mobile / Sprint "
 "opinion (2020) another matter. Found with 'United States v. Verizon Communications Inc., Cellco Partnership, "
 "Comcast, Time Warner Cable, SpectrumCo, Cox; Proposed Final Judgment and Competitive Impact Statement' (rank 5; "
 "rank 8 of 'Federal Register Volume 77, Number 164 (Thursday, August 23, 2012) United States et al. v. Verizon "
 "Communications Inc. et al. Proposed Final Judgment commercial agreements cable companies'). "
 + CHECK + "'12-cv-01354', '2012-20740', '2013-06440', 'SpectrumCo': 0 everywhere; 'Cox Communications' only in "
 "GATHERING.md (40h's, 40n's and 40s's lines on a 2007 sabotage case, another matter); 'Bright House Networks' only "
 "in test us-fcc-charter-bright-house-time-warner-cable-docket-public-notice-2015 (the 2015 Charter deals, another "
 "matter, by its name) and batch 43p's scripts; 'Cellco Partnership' only in four FCC files on other matters "
 "(train us-fcc-verizon-wireless-nextwave-pcs-licenses-..., train us-fcc-verizon-wireless-rural-cellular-..., dev "
 "fcc-verizon-wireless-xo-holdings-nextlink-order-2017, test us-fcc-bell-atlantic-vodafone-voicestream-...; by "
 "their names) and their scripts; 'Time Warner Cable Inc' only in two FCC files on other matters (train "
 "us-fcc-time-warner-cable-insight-communications-..., dev us-fcc-time-warner-cable-network-outage-reporting-order-"
 "2014); 'Comcast Corporation' only in train us-doj-primestar-news-corp-mci-direct-broadcast-satellite-assets-suit-"
 "1998 and test us-fcc-att-comcast-broadband-transfer-of-control-pleading-cycle-public-notice-2002 (other matters); "
 "no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
