#!/usr/bin/env python3
"""Batch 55q (session 54, gatherer 55q): two US federal texts on company cases of the Justice Department -- the Office
of Public Affairs' release on Dayton-based TesTech, Inc. 'and its owner, Sherif Aziz', and three Dayton-based CESO
companies 'and their owners, David and Shery Oakes', agreeing to pay $2,883,947 over false disadvantaged-business claims
on federally funded transportation projects (6 June 2013, justice.gov); and the U.S. Attorney's Office for the District
of Minnesota's release on the $487 million False Claims Act judgment against 'Cameron-Ehlen Group, Inc. dba Precision
Lens and its owner Paul Ehlen' for kickbacks to eye surgeons, with the earlier settlement by Sightpath Medical
(justice.gov; undated in the excerpt) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ
company-case lane after 55k (and 55d, 54zr, 54zm, 54zh, 54zc, 54x, 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z,
51t, 51n), on matters new to the corpus (every name and address checked first against the corpus files, GATHERING.md,
the gather scripts, /work/notes/gather56 and the session-54 pools) -- federal text, as the search tool's page store
holds it:
  - U.S. Department of Justice, Office of Public Affairs, 'Testech and Ceso Agree to Pay $2.88 Million to Resolve False
    Claims Act Allegations' (6 June 2013): TesTech, Inc., Sherif Aziz, CESO Testing Technology, Inc., CESO
    International, LLC, CESO, Inc., David and Shery Oakes, Stuart F. Delery, the Civil Division, the Department of
    Transportation and its Office of Inspector General, Michelle McVicker (justice.gov's
    'opa/pr/testech-and-ceso-agree-pay-288-million-resolve-false-claims-act-allegations');
  - U.S. Attorney's Office, District of Minnesota, 'Court Enters $487 Million Judgment Against Precision Lens and Owner
    Paul Ehlen for Paying Kickbacks to Doctors in Violation of the False Claims Act' (undated in the excerpt):
    Wilhelmina M. Wright, Cameron-Ehlen Group, Inc. (Precision Lens), Paul Ehlen, Sightpath Medical (justice.gov's
    'usao-mn/pr/court-enters-487-million-judgment-against-precision-lens-and-owner-paul-ehlen-paying').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, with address, query and
rank, in /tmp/gather56q/src by /tmp/gather56q/save_src.py; `verify()` checks that each kept paragraph and each title
occur in its saved excerpt, whitespace runs compared as one space). Page chrome ('Skip to main content', 'Press
Release', 'For Immediate Release', the office lines 'Office of Public Affairs' and 'U.S. Attorney's Office, District of
Minnesota', the OPA sub-headline 'United States Alleged That Ohio-based Companies Falsely Claimed Disadvantaged Business
Status') and the headlines (kept as `title`) are left out; no word added or changed; the store's paragraphs joined by a
blank line (double spaces inside a paragraph kept as the store has them; a paragraph's trailing space dropped); each
text cut at the end of the last full sentence before the store's excerpt breaks off (TesTech inside its fourth
paragraph; Precision Lens at the end of its fourth paragraph). Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch55q.py [POOL_DIR] [--dry]   (default /tmp/gather56q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather56q/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -li over train, dev, "
         "test), GATHERING.md, every gather script, /work/notes/gather56 (CLAIMS.txt) and the session-54 pools "
         "/tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56q/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- TesTech, Inc. / CESO, DOJ Office of Public Affairs, 6 June 2013 (justice.gov) ------------------------------------
U1 = "https://www.justice.gov/opa/pr/testech-and-ceso-agree-pay-288-million-resolve-false-claims-act-allegations"
T1 = "Testech and Ceso Agree to Pay $2.88 Million to Resolve False Claims Act Allegations"
P1 = [
 "The Justice Department announced today that a number of related entities and individuals agreed to pay $2,883,947 "
 "to resolve allegations that they falsely claimed disadvantaged business status on a number of federally-funded "
 "transportation projects.  These entities are Dayton-based TesTech, Inc. and its owner, Sherif Aziz, and "
 "Dayton-based CESO Testing Technology, Inc., CESO International, LLC, and CESO, Inc. (collectively CESO), and their "
 "owners, David and Shery Oakes.",
 "\u201cThe Disadvantaged Business Enterprises program helps businesses owned by minorities and women work on federal "
 "transportation projects,\u201d said Stuart F. Delery, Acting Assistant Attorney General for the Civil Division of the "
 "Department of Justice.  \u201cThose who falsely claim credits under the program to obtain federal funds victimize both "
 "the businesses that the program is designed to assist and the American taxpayer.\u201d",
 "The Department of Transportation\u2019s Disadvantaged Business Enterprise (DBE) program encourages the use of woman- "
 "and minority-owned businesses on federally-funded transportation projects.  Contractors on such projects must make "
 "good-faith attempts to meet DBE participation goals as a condition of federal funding.",
 "\"DBE fraud harms the integrity of the program and adversely impacts law-abiding, small business contractors trying "
 "to compete on a level playing field,\u201d said Michelle McVicker, regional Special Agent-in-Charge of the DOT\u2019s "
 "Office of Inspector General."]
ID1 = "us-doj-opa-testech-ceso-dayton-disadvantaged-business-false-claims-act-settlement-2013"
KEPT[ID1] = ("testech-opa-2013.txt", T1, P1)
R.append(federal(
 ID1, U1, "2013-06-06", T1, "\n\n".join(P1),
 "construction/engineering", "legal,False Claims Act,government contracting,transportation,disadvantaged business",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2013-06-06, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release at justice.gov's current address scheme (opa/pr/<headline words>). `title` is "
 "the headline. Left out: 'Skip to main content', 'Press Release', the headline (title), 'For Immediate Release', "
 "'Office of Public Affairs' (the office line) and the sub-headline 'United States Alleged That Ohio-based Companies "
 "Falsely Claimed Disadvantaged Business Status'. No dateline in the excerpt. Cut inside the fourth paragraph after "
 "'... Office of Inspector General.', before '\u201cWorking with our Federal, State, and local law enforcement and "
 "prosecutorial colleagues, we will vigorously pursue those who violate the law, and expose and shut down fraud "
 "schemes that adversely affect public trust and DOT-assisted airport and high', where the excerpt breaks off "
 "mid-word (`truncated`). `published` 2013-06-06: the excerpt has no date line; falseclaimscounsel ('June 6th, 2013': "
 "'On June 6, the Department of Justice announced') and chanler ('Posted: 06/07/2013': 'the U.S. Department of "
 "Justice announced yesterday') date the release (heads saved in src). Kept as written: the double spaces after "
 "'projects.' (twice) and 'Department of Justice.', 'federally-funded', 'Dayton-based' (twice), 'woman- and "
 "minority-owned', the straight opening quote before 'DBE fraud' beside a curly closing one, 'Department of "
 "Transportation\u2019s' and 'DOT\u2019s' (curly); the store's trailing spaces after 'Oakes.' and 'federal funding.' "
 "dropped (paragraph ends). One text per matter: nationalwhistleblower, chanler, falseclaimscounsel, falseclaimsact.com, "
 "enr, thewallacelawfirm, springfieldnewssun and geyergorey's copy are the same matter and not taken. Found with "
 "'Testech and Ceso Agree to Pay $2.88 Million to Resolve False Claims Act Allegations disadvantaged business Dayton' "
 "(rank 1), after geyergorey's copy (rank 2 of an oig.hhs.gov-style query) had named the matter. " + CHECK +
 "'TesTech', 'Sherif Aziz', 'McVicker', 'testech-and-ceso': 0 everywhere; 'CESO' as a word: 0 (the substring is in "
 "other words, e.g. 'proceso'); 'Oakes' in one train file and batch15e (another person); 'Delery' in GATHERING.md and "
 "55d.md only (a PharMerica lead).",
 True))

# ---- Precision Lens (Cameron-Ehlen Group, Inc.), USAO District of Minnesota, undated (justice.gov) -------------------
U2 = "https://justice.gov/usao-mn/pr/court-enters-487-million-judgment-against-precision-lens-and-owner-paul-ehlen-paying"
T2 = ("Court Enters $487 Million Judgment Against Precision Lens and Owner Paul Ehlen for Paying Kickbacks to Doctors in "
      "Violation of the False Claims Act")
P2 = [
 "ST. PAUL, Minn. \u2013 U.S. District Judge Wilhelmina M. Wright has entered a judgment against Defendants "
 "Cameron-Ehlen Group, Inc. dba Precision Lens and its owner Paul Ehlen in the amount of $487,048,705.13.",
 "On February 27, 2023, a federal civil jury concluded that the Defendants violated the False Claims Act and the "
 "Anti-Kickback Statute by paying kickbacks to ophthalmic surgeons to induce their use of the Defendants\u2019 products "
 "in cataract surgeries reimbursed by Medicare. The jury found that 64,575 false claims were submitted to Medicare due "
 "to the Defendants\u2019 conduct, which resulted in $43,694,641.71 in damages to Medicare.",
 "Under the False Claims Act (FCA), a person or entity found to have violated the FCA is liable to the United States "
 "Government for a minimum civil penalty of $5,000 per false claim and three times the amount of damages sustained by "
 "the Government. In this matter, the amount included $358,445,780 in statutory penalties and an additional "
 "$131,083,925.13 in trebled damages, resulting in a total amount of $489,529,705.13, less $2,481,000 in proceeds from "
 "a previous settlement with Sightpath Medical.",
 "As proven at trial, the Defendants provided kickbacks to physicians in various forms, including travel and "
 "entertainment. The United States identified multiple examples of trips, including high-end skiing, fishing, "
 "golfing, hunting, sporting, and entertainment vacations, often at exclusive destinations. For many of the trips, "
 "the Defendants transported physicians to luxury vacation destinations on private jets. These included trips to New "
 "York City to see a Broadway musical, the College Football National Championship Game in Miami, Florida, and the "
 "Masters golf tournament in Augusta, Georgia."]
ID2 = "us-doj-usao-mn-precision-lens-cameron-ehlen-group-owner-ehlen-kickbacks-fca-judgment"
KEPT[ID2] = ("precision-lens-usao-mn.txt", T2, P2)
R.append(federal(
 ID2, U2, None, T2, "\n\n".join(P2),
 "healthcare/medical devices", "legal,healthcare,False Claims Act,kickbacks,Medicare,ophthalmology",
 "U.S. Attorney's Office, District of Minnesota, press release '" + T2 + "', undated in the stored text, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, District of Minnesota) from the search "
 "tool page store",
 "The District of Minnesota's release at justice.gov (usao-mn/pr/<headline words>). `title` is the headline. Left "
 "out: 'Skip to main content', 'Press Release', the headline (title), 'For Immediate Release', the office line 'U.S. "
 "Attorney's Office, District of Minnesota'. The dateline 'ST. PAUL, Minn. \u2013' (spaced en dash) is kept. Cut at the "
 "end of the fourth paragraph ('... Masters golf tournament in Augusta, Georgia.'), before 'The De', where the excerpt "
 "breaks off mid-word (`truncated`). `published` null: the excerpt carries no date; twincities (2023-05-16: the judge "
 "'entered a judgment ... last week') and law360's case list ('May 15, 2023 Judge Affirms $490M FCA Verdict') put "
 "the judgment in May 2023 but give no day for the release, so only the text's absolute date is annotated and the id "
 "carries no year. Kept as written: 'Defendants' capitalised, 'dba' without points, 'Defendants\u2019' (curly), "
 "'$487,048,705.13' beside '$489,529,705.13' (the total before the Sightpath deduction). One text per matter: the "
 "office's July 2024 settlement release (publicnow's copy), its 2017 Sightpath / TLC Vision settlement release "
 "(geyergorey's copy), beckersasc, fox9, startribune (two), twincities, compliancecosmos are the same matter and not "
 "taken. Found with the 2017 release's headline and words ('United States Recovers More Than $12 Million In False "
 "Claims Act Settlements For Alleged Kickback Scheme; ... Precision Lens, Paul Ehlen and Dr. Jitendra Swarup', rank "
 "4). " + CHECK + "'Precision Lens', 'Sightpath', 'Wilhelmina', 'court-enters-487-million': 0 everywhere; 'Ehlen' "
 "as a word: 0 (the substring is in 'Ruehlen', another man, in two corpus files).",
 True))


def _norm(s):
    return " ".join(s.split())


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text), whitespace runs compared
    as one space; returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in ([title] if title else []) + paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
