#!/usr/bin/env python3
"""Batch 50h (session 51, gatherer 50h): the civil-penalty settlement the Justice Department's Antitrust Division
reached with Legends Hospitality Parent Holdings, LLC over the control it took of ASM Global, Inc., the company it had
agreed to buy, before the premerger waiting period ended (2024) -- told in a US federal public-domain text of the
Department (17 U.S.C. 105), a batch-50 round in the DOJ lane (50e, 50b, 49b, 49e, 49i and 49l before it; 48b, 48f,
48k; 47b to 47z, 46b, 46e, 46i, 46k earlier), first-party text only:
  - the Division's notice 'United States v. Legends Hospitality Parent Holdings, LLC; Proposed Final Judgment and
    Competitive Impact Statement' (89 FR 66442, FR Doc. 2024-18240, 15 August 2024, as federal.elaws.us reproduces
    it).
The text is the search tool's page-store excerpt (corpus `pages`). The host's heading line (the FR document number
and the notice's heading, the heading kept as `title`), its bullet marker and the paragraphs' leading indentation are
left out, the paragraphs set off by a blank line (the host prints no line wraps inside a paragraph). The text is cut
at the last full sentence before the excerpt breaks off. No word or character added or changed. Written before any
extractor ran on the text (newskg was not run on it).
usage: batch50h.py [POOL_DIR] [--dry]   (default /tmp/gather51h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att, FRE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51h/pool"
# a check note of this batch's own (as 47b's to 50e's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch50e.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather5*/pool present (at the last check 51a's, 51d's "
         "and 51g's CFTC matters, 51b's Division notices on TransDigm and Continental, 51c's, 51f's and 51i's FCC "
         "notices, 51e's Division notices on Duke Energy and Canon; none naming this matter): ")
R = []

# ---- Legends Hospitality / ASM Global, Federal Register notice, 15 August 2024 --------------------------------------
U1 = "http://federal.elaws.us/fr/8/15/2024/2024-18240"
U1J = "https://regulations.justia.com/regulations/fedreg/2024/08/15/2024-18240.html"
U1N = ("https://securitynews.spectator.co.nz/2024/08/06/justice-department-secures-settlement-of-lawsuit-alleging-"
       "illegal-premerger-coordination-by-legends-hospitality-in-connection-with-its-acquisition-of-asm-global")
T1 = ("United States v. Legends Hospitality Parent Holdings, LLC; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-legends-hospitality-asm-global-hsr-gun-jumping-civil-penalty-proposed-final-judgment-2024",
 U1, "2024-08-15", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the Southern District of New York in United States of America v. Legends Hospitality Parent "
 "Holdings, LLC, Civil Action No. 1:24-cv-05927-JPC (S.D.N.Y.). On August 5, 2024, the United States filed a "
 "Complaint alleging that Legends violated section 7A of the Clayton Act, 15 U.S.C. 18a, also commonly known as the "
 "Hart-Scott-Rodino Antitrust Improvements Act of 1976 (\u201csection 7A\u201d or \u201cHSR Act\u201d) in connection "
 "with its proposed acquisition of ASM Global, Inc. The Complaint alleges Legends assumed unlawful control of ASM "
 "Global, Inc. prior to the expiration of the mandatory waiting period imposed by the HSR Act, and that Legends was "
 "continually in violation of the HSR Act each day beginning at least on December 7, 2023, until the waiting period "
 "ended on May 29, 2024.\n\n"
 "The proposed Final Judgment, filed at the same time as the Complaint, requires Legends Hospitality to pay a $3.5 "
 "million civil penalty for violation of the HSR Act and bars recurrence of the challenged conduct on penalty of "
 "contempt. It additionally requires Legends to appoint an antitrust compliance officer at its expense, to conduct "
 "compliance training, to certify compliance with the Final Judgment, to maintain a whistleblower protection policy, "
 "and to provide the United States inspection and interview rights to assess compliance with the Final Judgment.",
 "live entertainment/venue services", "deal,regulatory",
 att(T1, "89 FR 66442, FR Doc. 2024-18240", "2024-08-15", "federal.elaws.us reproduces it", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 15 August 2024 (Volume 89, Number 158, pages "
 "66442-66452, FR Doc. 2024-18240; kept as `published`; issue, pages and weekday from justia's GPO header line, " + U1J
 + ", ranks 1 and 5), as federal.elaws.us reproduces it (origin string `FRE`, as batch 41c). Left out: the host's "
 "heading line ('2024-18240. ' and the notice's heading, the heading kept as `title`; two trailing spaces), the "
 "bullet marker before the first paragraph and the leading indentation; the two paragraphs set off by a blank line "
 "(the host prints no wraps inside a paragraph). Cut after the second paragraph ('... to assess compliance with the "
 "Final Judgment.'), before the third, 'Copies of the Complaint, proposed Final Judgment, and Competitive Impact "
 "Statement are available for inspection on the Antitrust Division's website at http://www.justice.gov/atr and at "
 "the Office of the Clerk of the United States District Court for the Southern District ', where the excerpt breaks "
 "off inside that sentence (`truncated`: its end, the comment paragraph with its contact, the signature, the "
 "Complaint, the proposed Final Judgment and the Competitive Impact Statement are not in the kept text; so neither "
 "the Antitrust Division nor any person is named in it). Kept as printed: 'Civil Action No. 1:24-cv-05927-JPC "
 "(S.D.N.Y.)', 'section 7A' in lower case, the curly double quotes around '\u201csection 7A\u201d' and "
 "'\u201cHSR Act\u201d', no comma before 'in connection with', the short forms 'Legends' and 'Legends Hospitality' "
 "as the notice uses them without defining them, '$3.5 million'. justia's printed page opens inside an International "
 "Trade Commission notice of that issue (not taken). 246 words (whitespace-split). One text per event: the "
 "Department's press release of 5 August 2024 came back only as securitynews.spectator.co.nz's reprint (" + U1N +
 ", rank 4; a third-party copy, not taken), with grcreport.com, mondaq, natlawreview, mofo/jdsupra, deallawyers and "
 "flexi-news accounts (news and law-firm pages; they give the $2.325 billion price, the November 2023 agreement and a "
 "Deputy Assistant Attorney General's words) not taken. Found with 'United States v. Legends Hospitality Parent "
 "Holdings, LLC; Proposed Final Judgment and Competitive Impact Statement ASM Global' (rank 2), after a law-firm "
 "page on the case came back for 'gun jumping Hart-Scott-Rodino civil penalty acquisition of assets from seller "
 "Justice Department settlement beneficial ownership before waiting period expired' (rank 2). "
 + CHECK + "'Legends Hospitality', 'ASM Global', '24-cv-05927', '2024-18240', '89 FR 66442': 0 everywhere; "
 "'Legends' alone only in dev wp-riot-games (the game League of Legends, another matter) and batch 27f's scripts; "
 "file names only, no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
