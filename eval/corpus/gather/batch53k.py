#!/usr/bin/env python3
"""Batch 53k (session 54, gatherer 53k): two US federal texts on corporate cases announced by US Attorneys' offices of
the Justice Department -- the Northern District of New York's release on Mallinckrodt LLC, 'a pharmaceutical
manufacturer and one of the largest manufacturers of generic oxycodone', agreeing to pay $35 million to settle
Controlled Substances Act allegations over suspicious orders it did not report to the DEA and over batch records at its
plant in Hobart, New York (11 July 2017); the District of Vermont's release that the public document repository
required by Practice Fusion, Inc.'s deferred prosecution agreement of January 27, 2020 (kickbacks from 'an opioid
company ("Pharma Co. X")') is now live (2020, day not known) -- (US federal government works, 17 U.S.C. 105), a round
of session 54 in the DOJ corporate-case lane (FCPA and corporate fraud) after 53f (and 52q, 52h, 52f, 51z, 51t, 51n),
on corporate (non-FCPA) matters new to the corpus (every name, number and address checked first against the corpus
files, GATHERING.md, the gather scripts, the notes of /work/notes and the session-54 pools) -- first-party federal
text, as the search tool's page store holds it:
  - U.S. Attorney's Office, Northern District of New York, 'Mallinckrodt agrees to pay record $35 million settlement
    for failure to report suspicious orders of pharmaceutical drugs and for recordkeeping violations' (11 July 2017):
    Mallinckrodt LLC, Acting United States Attorney Grant C. Jaquith, the DEA, Syracuse, Hobart, New York, Florida
    (justice.gov's 'usao-ndny/pr/mallinckrodt-agrees-pay-record-35-million-settlement-failure-report-suspicious-orders');
  - U.S. Attorney's Office, District of Vermont, 'PUBLIC REPOSITORY OF DOCUMENTS RELATING TO PRACTICE FUSION, INC.'S
    RESOLUTION OF CONSPIRACY AND KICKBACK CHARGES IN CONNECTION WITH PHARMA CO. X NOW AVAILABLE ON-LINE' (2020):
    Practice Fusion, Inc., 'Pharma Co. X', United States Attorney Christina E. Nolan (justice.gov's
    'usao-vt/pr/public-repository-documents-relating-practice-fusion-inc-s-resolution-conspiracy-and').
Texts are the search tool's page-store excerpts (corpus `pages`). Page chrome ('Skip to main content', 'Press Release',
'For Immediate Release', the office line) and the headlines (kept as `title`, as written) are left out; no word added or
changed; the store's paragraphs joined by a blank line (a trailing space at a paragraph's end dropped, the double spaces
between sentences kept); the Mallinckrodt text cut at the last full sentence before the store's excerpt breaks off, the
Practice Fusion text after its quotation paragraph (what follows is two web addresses with their lead-in lines). Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch53k.py [POOL_DIR] [--dry]   (default /tmp/gather54k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-54 pools /tmp/gather54*/pool (54a-54f when checked; 54h and 54i empty): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54k/pool"
R = []

# ---- Mallinckrodt LLC, USAO Northern District of New York, 11 July 2017 -----------------------------------------------
U1 = ("https://www.justice.gov/usao-ndny/pr/mallinckrodt-agrees-pay-record-35-million-settlement-failure-report-"
      "suspicious-orders")
T1 = ("Mallinckrodt agrees to pay record $35 million settlement for failure to report suspicious orders of "
      "pharmaceutical drugs and for recordkeeping violations")
R.append(federal(
 "us-doj-usao-ndny-mallinckrodt-35-million-suspicious-orders-oxycodone-settlement-2017", U1,
 "2017-07-11", T1,
 "SYRACUSE, NEW YORK \u2013 Mallinckrodt LLC, a pharmaceutical manufacturer and one of the largest manufacturers of "
 "generic oxycodone, agreed to pay $35 million to settle allegations that it violated certain provisions of the "
 "Controlled Substances Act (CSA) that are subject to civil penalties, Acting United States Attorney Grant C. Jaquith "
 "announced today.\n\n"
 "This is the first settlement of its magnitude with a manufacturer of pharmaceuticals resolving nationwide claims that "
 "the company did not meet its obligations to detect and notify DEA of suspicious orders of controlled substances such "
 "as oxycodone, the abuse of which is part of the current opioid epidemic. These suspicious order monitoring "
 "requirements exist to prevent excessive sales of controlled substances like oxycodone in Florida and elsewhere. The "
 "settlement also addressed violations in the company\u2019s manufacturing batch records at its plant in Hobart, New "
 "York. Both sets of alleged violations impact accountability for controlled substances, and the compliance terms "
 "going forward are designed to help protect against diversion of these substances at critical links in the "
 "controlled substance supply chain.\n\n"
 "The government alleged that Mallinckrodt failed to design and implement an effective system to detect and report "
 "\u201csuspicious orders\u201d for controlled substances\u2014 orders that are unusual in their frequency, size, or "
 "other patterns. From 2008 until 2011, the United States alleged, Mallinckrodt supplied distributors, and the "
 "distributors then supplied various U.S. pharmacies and pain clinics, an increasingly excessive quantity of oxycodone "
 "pills without notifying DEA of these suspicious orders.",
 "pharmaceuticals/controlled substances", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office, Northern District of New York, press release '" + T1 + "', "
 "2017-07-11, US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Northern District of New York) from the "
 "search tool page store",
 "The Northern District of New York's release on justice.gov's current site (usao-ndny/pr/<slug>). Left out: 'Skip to "
 "main content', 'Press Release', the headline (kept as `title`, in the release's sentence case), 'For Immediate "
 "Release', 'U.S. Attorney's Office, Northern District of New York'. The dateline 'SYRACUSE, NEW YORK \u2013' is kept "
 "(it opens the release's first paragraph). Cut after the third paragraph ('... without notifying DEA of these "
 "suspicious orders.'), before 'Through its investigation, the government learned th', where the excerpt breaks off "
 "(`truncated`). `published` 2017-07-11: the excerpt has no date line; the DEA's companion release in the store "
 "(dea.gov, 'July 11, 2017', the Eastern District of Michigan's announcement of the same settlement) and Reuters "
 "('the U.S. Justice Department said on Tuesday', dated 2017-07-11; 11 July 2017 a Tuesday) date it. Kept as written: "
 "the en dash of the dateline, 'company\u2019s' (a curly apostrophe), the curly quotation marks of "
 "'\u201csuspicious orders\u201d', 'substances\u2014 orders' (an em dash with a space after it only), 'Controlled "
 "Substances Act (CSA)', 'notify DEA' (no article), the single spaces between sentences. 242 words. One text per "
 "matter: the DEA's release (the Eastern District of Michigan's side, another office's wording), Reuters (two), "
 "channelnewsasia, syracuse.com, beckershospitalreview and seekingalpha left out. Found with 'Mallinckrodt agrees to "
 "pay record $35 million settlement failure to report suspicious orders oxycodone U.S. Attorney' (rank 4; ranks 1-3 "
 "Reuters and its copies). " + CHECK + "'Mallinckrodt', 'Jaquith', 'Hobart', 'suspicious orders', the slug: 0 in the "
 "corpus files, GATHERING.md, the scripts, the notes and the pools; 'usao-ndny' once in GATHERING.md (a 2021 "
 "cyber-attack charge, another matter).",
 True))

# ---- Practice Fusion, Inc., USAO District of Vermont, 2020 -----------------------------------------------------------
U2 = ("https://justice.gov/usao-vt/pr/public-repository-documents-relating-practice-fusion-inc-s-resolution-"
      "conspiracy-and")
T2 = ("PUBLIC REPOSITORY OF DOCUMENTS RELATING TO PRACTICE FUSION, INC.\u2019S RESOLUTION OF CONSPIRACY AND KICKBACK "
      "CHARGES IN CONNECTION WITH PHARMA CO. X NOW AVAILABLE ON-LINE")
R.append(federal(
 "us-doj-usao-vt-practice-fusion-dpa-public-document-repository-pharma-co-x-2020", U2,
 None, T2,
 "Christina E. Nolan, the United States Attorney for the District of Vermont, announced today that the public document "
 "repository required by the January 27, 2020, Deferred Prosecution Agreement (\u201cDPA\u201d) between her office and "
 "electronic medical record vendor Practice Fusion, Inc. is now live.  The DPA provisionally resolved Practice "
 "Fusion\u2019s criminal conspiracy and violation of the Anti-Kickback Statute in connection with soliciting and "
 "receiving remuneration from an opioid company (\u201cPharma Co. X\u201d) in exchange for creating and embedding "
 "clinical decision support alerts in Practice Fusion\u2019s health record\u2019s software to influence physician "
 "ordering of extended release opioids.  Under the terms of the DPA, Practice Fusion is required to host a website "
 "containing documents underlying the criminal conduct.\n\n"
 "\u201cThis first-of-its-kind public document repository is an important component of our resolution with Practice "
 "Fusion and provides transparency as to the conduct underlying this resolution,\u201d said Christina E. Nolan, "
 "United States Attorney for the District of Vermont.  \u201cThe public has a right to understand how Practice Fusion "
 "promised to use its medical technology in ways commercially favorable to itself and an opioid company.\u201d",
 "health information technology/health care fraud", "legal",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Vermont, press release '" + T2 + "', 2020 (day not "
 "known), US federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, District of Vermont) from the search tool "
 "page store",
 "The District of Vermont's release on justice.gov's current site (usao-vt/pr/<slug>; the store's address has no "
 "'www.'). Left out: 'Skip to main content', 'Press Release', the headline (kept as `title`, in the release's capitals), "
 "'For Immediate Release', 'U.S. Attorney's Office, District of Vermont'. Cut after the quotation paragraph (the "
 "trailing space the store gives it dropped), before 'The website containing links to over four hundred (400) "
 "documents is available at:', the repository's address, 'Information about the Government\u2019s January 27, 2020 "
 "resolution with Practice Fusion, including links to the Government\u2019s Information, DPA, and other court "
 "filings, is available at:' and the address of the January release, where the excerpt ends (`truncated`: the "
 "release's lead-in lines and addresses are not kept). `published` null: neither the excerpt nor any page in the "
 "store gives the day; bad-boys.us's copy of the release ends with the department's boilerplate 'The year 2020 marks "
 "the 150th anniversary of the Department of Justice', so it is of 2020, after 27 January (so 'today' is not resolved "
 "to a day). Kept as written: the curly quotation marks and apostrophes ('Practice Fusion\u2019s', 'health "
 "record\u2019s'), '(\u201cDPA\u201d)', '(\u201cPharma Co. X\u201d)', 'the January 27, 2020, Deferred Prosecution "
 "Agreement', 'first-of-its-kind', the double spaces between sentences. 178 words. One text per matter: the January "
 "2020 resolution (its release did not come back: the query by its headline gave vtdigger, sltrib's eClinicalWorks "
 "story, documentcloud's and sec.gov's DPA), bad-boys.us's copy, burlingtonfreepress, covingtondigitalhealth, "
 "sandiegouniontribune, ehrintelligence and stl.news (the 2022 DPA-breach resolution), wcax, beckershospitalreview, "
 "keranews, painnewsnetwork, chicagobusiness, legalreader, pressreader left out; Purdue Pharma's 2020 plea (which "
 "press reports tie to 'Pharma Co. X') is the same kickback scheme, not to be taken. Found with 'Practice Fusion agrees "
 "to pay $145 million kickbacks opioid company electronic health records deferred prosecution Vermont' (rank 5) and "
 "'Practice Fusion public document repository Pharma Co. X now live website documents Vermont U.S. Attorney' (rank 1). "
 + CHECK + "'Practice Fusion', 'Christina E. Nolan', 'Christina Nolan', 'pfdatabase', 'usao-vt', 'Allscripts', "
 "'Purdue Pharma': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Pharma Co' only in "
 "train's wp-sumitomo-dainippon-pharma ('Sumitomo Dainippon Pharma Co.', another company) and batch40zc's scripts.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
