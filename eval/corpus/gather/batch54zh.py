#!/usr/bin/env python3
"""Batch 54zh (session 55, gatherer 54zh): three US federal texts on pharmaceutical and medical-device cases of the
Justice Department -- the District of Massachusetts' release on six former executives and managers of Insys
Therapeutics, Inc. (its former CEO and President, two former vice presidents, a former national director and two former
regional directors of sales) arrested on racketeering charges over bribes to prescribe the fentanyl spray Subsys (8
December 2016, as the Food and Drug Administration's Office of Criminal Investigations reposts it on fda.gov); the
Eastern District of Pennsylvania's release on Synthes, Inc. and Norian Corporation ('Norian's parent company, defendant
Synthes') agreeing to plead guilty over unauthorized clinical trials of Norian XR bone cement (4 October 2010, the same
OCI repost scheme); the Office of Public Affairs' release on Abbott Laboratories Inc. sentenced for misbranding Depakote
(2 October 2012, justice.gov) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ
company-case lane after 54zc (and 54x, 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to
the corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts,
the notes of /work/notes and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Attorney's Office, District of Massachusetts, 'Pharmaceutical Executives Charged in Racketeering Scheme' (8
    December 2016): Insys Therapeutics, Inc., Michael L. Babich, Alec Burlakoff, Richard M. Simon, Sunrise Lee, Joseph
    A. Rowan, Michael J. Gurry, Subsys (fda.gov's 'press-releases/december-8-2016-pharmaceutical-executives-charged-
    racketeering-scheme');
  - U.S. Attorney's Office, Eastern District of Pennsylvania, 'International Medical Device Maker Agrees to Plead Guilty
    in Connection with Shipments of Adulterated and Misbranded Bone Cement Products' (4 October 2010): Synthes, Inc.,
    Norian Corporation, Norian XR, Ann Ravel, Zane David Memeger, Legrome D. Davis, the FDA (fda.gov's
    'ICECI/CriminalInvestigations/ucm228273.htm');
  - U.S. Department of Justice, Office of Public Affairs, 'Abbott Laboratories Sentenced for Misbranding Drug' (2
    October 2012): Abbott Laboratories Inc., Depakote, Judge Samuel G. Wilson, the Food and Drug Administration, the
    Justice Department, the Virginia Medicaid Fraud Control Unit (justice.gov's 'opa/pr/2012/October/12-civ-1195.html').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55zh/src
by /tmp/gather55zh/save_src.py; `verify()` checks that each kept paragraph and each title occur in its saved excerpt,
whitespace runs compared as one space -- the Synthes text joins one line wrap, 'Ann' + 'Ravel', that the store breaks
over a blank paragraph). Page chrome (fda.gov's breadcrumb, font and share lines, the OCI seal caption, agency lines,
'U.S. Department of Justice Press Release', 'For Immediate Release', the date lines, the office and contact lines;
justice.gov's 'Skip to main content', 'Press Release', 'Office of Public Affairs' and the release's subheading) and the
headlines (kept as `title`) are left out; no word added or changed; the store's paragraphs joined by a blank line (the
store's whitespace-only paragraphs dropped, leading and trailing spaces of a paragraph stripped); each text cut at the
last full sentence before the store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch54zh.py [POOL_DIR] [--dry]   (default /tmp/gather55zh/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55zh/src"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -li over "
         "train, dev, test), GATHERING.md, every gather script, the notes of /work/notes and the session-55 pools "
         "/tmp/gather55*/pool and src (a-ze and this lane's): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zh/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Insys Therapeutics, Inc. executives, USAO District of Massachusetts, 8 December 2016 (FDA OCI repost) ----------
U1 = ("https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/press-releases/"
      "december-8-2016-pharmaceutical-executives-charged-racketeering-scheme")
T1 = "Pharmaceutical Executives Charged in Racketeering Scheme"
P1 = [
 "BOSTON \u2013 Several pharmaceutical executives and managers, formerly employed by Insys Therapeutics, Inc., were "
 "arrested today on charges that they led a nationwide conspiracy to bribe medical practitioners to unnecessarily "
 "prescribe a fentanyl-based pain medication and defraud healthcare insurers.",
 "The indictment alleges that Michael L. Babich, 40, of Scottsdale, Ariz., the former CEO and President of the company; "
 "Alec Burlakoff, 42, of Charlotte, N.C., former Vice President of Sales; Richard M. Simon, 46, of Seal Beach, Calif., "
 "former National Director of Sales; former Regional Sales Directors, Sunrise Lee, 36, of Bryant City, Mich. and "
 "Joseph A. Rowan, 43, of Panama City, Fla.; and former Vice President of Managed Markets, Michael J. Gurry, 53, of "
 "Scottsdale, Ariz., conspired to bribe practitioners in various states, many of whom operated pain clinics, in order "
 "to get them to prescribe a fentanyl-based pain medication.  The medication, called \u201cSubsys,\u201d is a powerful "
 "narcotic intended to treat cancer patients suffering intense episodes of breakthrough pain.  In exchange for bribes "
 "and kickbacks, the practitioners wrote large numbers of prescriptions for the patients, most of whom were not "
 "diagnosed with cancer."]
ID1 = "us-doj-usao-ma-insys-therapeutics-former-ceo-babich-vice-presidents-charged-racketeering-subsys-2016"
KEPT[ID1] = ("insys-executives-usao-ma-fda-oci-2016.txt", T1, P1)
R.append(federal(
 ID1, U1, "2016-12-08", T1, "\n\n".join(P1),
 "pharmaceuticals", "legal,pharmaceuticals,opioids,kickbacks",
 "U.S. Department of Justice, U.S. Attorney's Office, District of Massachusetts, press release '" + T1 + "', "
 "2016-12-08, as the Food and Drug Administration's Office of Criminal Investigations reposted it on fda.gov, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (U.S. Attorney's Office, District of Massachusetts) as the FDA Office of "
 "Criminal Investigations' fda.gov page carries it, from the search tool page store",
 "The District of Massachusetts' release as the FDA's Office of Criminal Investigations reposted it (its press "
 "releases page; the page says 'U.S. Department of Justice Press Release' and gives the date and the office: "
 "'United States Department of Justice', 'District of Massachusetts'). The host is fda.gov, as for 54zc's Janssen "
 "text -- a federal repost of the office's own release. `title` is the page's heading without its date prefix "
 "('December 8, 2016: '), the release's headline as the breadcrumb also gives it. Left out: the '.gov' banner line, "
 "the breadcrumb (five items and 'Press Releases'), the heading (title), 'OCI Small Clear Seal', 'Food and Drug "
 "Administration', 'Office of Criminal Investigations', 'U.S. Department of Justice Press Release', 'For Immediate "
 "Release', 'December 8, 2016' (gives `published`), 'United States Department of Justice', 'District of "
 "Massachusetts'. The dateline 'BOSTON \u2013' (en dash) is kept (it opens the first paragraph). Cut after the second "
 "paragraph ('... most of whom were not diagnosed with cancer.'; its trailing space stripped), before 'The indictment "
 "also alleges that the now former corporate executives charged in the case conspired to mislead', where the excerpt "
 "breaks off mid-sentence (`truncated`; the quoted officials and the charges are therefore not in the text). Kept as "
 "written: the two double spaces after sentences in the second paragraph, curly quotes '\u201cSubsys,\u201d', 'CEO and "
 "President', 'Bryant City, Mich.' (as the release spells it), 'healthcare'. 183 words. One text per matter: the "
 "justice.gov usao-ma victim-witness case page (same facts), the October 2017 superseding indictment release adding "
 "founder John N. Kapoor (only blogspot copies and news came back: templetonwatch, criminal-justice-online-courses, "
 "newsindiatimes, lagniappemobile, thedrugwartimes, gazetteday, consumerandsociety, seenews), the fbi.gov Boston "
 "release on Babich's 2020 sentence and news copies (drugaddictionnow, cbc, genengnews, beckershospitalreview) are the "
 "same matter and not taken. Found with 'Pharmaceutical Executives Charged in Racketeering Scheme Insys former CEO "
 "Babich Burlakoff Subsys December 2016 U.S. Attorney District of Massachusetts' (rank 1). " + CHECK + "'Babich', "
 "'Burlakoff', 'Gurry', 'Sunrise Lee', 'december-8-2016-pharmaceutical': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'Insys' in GATHERING.md and the notes only as other lanes' not-used lines (53f: "
 "'Insys (2019: law.com, newsonmedia, beckers, complianceweek, 680news)' -- no first-party page then; 52e's 'Lockheed "
 "Martin UK / Insys (2005)', another company); 'Subsys' only inside 'subsystem(s)' (two test files, batch34b); "
 "'Kapoor' in two test files (wp-binod-chaudhary, wp-telecitygroup: other people).",
 True))

# ---- Synthes, Inc. / Norian Corporation, USAO Eastern District of Pennsylvania, 4 October 2010 (FDA OCI repost) -----
U2 = "http://www.fda.gov/ICECI/CriminalInvestigations/ucm228273.htm"
T2 = ("International Medical Device Maker Agrees to Plead Guilty in Connection with Shipments of Adulterated and "
      "Misbranded Bone Cement Products")
P2 = [
 "PHILADELPHIA \u2013A superseding information1 was filed today against Synthes, Inc. and Norian Corporation charging "
 "them for their involvement in conducting clinical trials of a medical device without the authorization of the FDA, "
 "announced Deputy Assistant Attorney General Ann Ravel and United States Attorney Zane David Memeger. Also filed "
 "today were guilty plea agreements executed by both companies, pursuant to which both companies agree to plead "
 "guilty to the charges in the superseding information and pay the maximum criminal monetary penalties allowed by "
 "law: $22,500,000 in the case of defendant Norian, and $669,800 in fines and forfeiture in the case of Norian\u2019s "
 "parent company, defendant Synthes. The case is assigned to the Honorable Legrome D. Davis.",
 "The superseding information charges Norian with one felony count of conspiracy to impair and impede the lawful "
 "functions of the FDA and to commit crimes against the United States, and 110 misdemeanor counts of shipping "
 "adulterated and misbranded Norian XR in interstate commerce. The parent company, Synthes, is charged with one "
 "misdemeanor count of shipping adulterated and misbranded Norian XR in interstate commerce."]
ID2 = "us-doj-usao-edpa-synthes-subsidiary-norian-agree-plead-guilty-unauthorized-bone-cement-trials-2010"
KEPT[ID2] = ("synthes-norian-usao-edpa-fda-oci-2010.txt", T2, P2)
R.append(federal(
 ID2, U2, "2010-10-04", T2, "\n\n".join(P2),
 "medical devices", "legal,medical devices,clinical trials",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of Pennsylvania, press release '" + T2 + "', "
 "2010-10-04, as the Food and Drug Administration's Office of Criminal Investigations reposted it on fda.gov, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (U.S. Attorney's Office, Eastern District of Pennsylvania) as the FDA Office of "
 "Criminal Investigations' fda.gov page carries it, from the search tool page store",
 "The Eastern District of Pennsylvania's release as the FDA's Office of Criminal Investigations reposted it (the same "
 "page scheme as 54zc's Janssen text: 'U.S. Department of Justice Press Release', the date, 'U.S. Attorney', "
 "'Eastern District of Pennsylvania', the media contact). `title` is the page's heading without its date prefix "
 "('October 4, 2010: '); the release's own headline has the same words in capitals (scribd's copy of the release, "
 "not used). Left out: the font-size and print/share/e-mail lines, 'U.S. Department of Health and Human Services', "
 "'Inspections, Compliance, Enforcement, and Criminal Investigations', the heading (title), 'OCI Small Clear Seal', "
 "'Food and Drug Administration', 'Office of Criminal Investigations', 'U.S. Department of Justice Press Release', "
 "'For Immediate Release', 'October 4' + ', 2010' (broken over two lines in the store; gives `published`), 'U.S. "
 "Attorney', 'Eastern District of Pennsylvania', 'Contact: Patty Hartman - Media Contact', '(215) 861-8525', and the "
 "store's whitespace-only paragraphs. One line wrap joined: the store breaks the first paragraph inside 'Deputy "
 "Assistant Attorney General Ann' / 'Ravel' with a whitespace-only paragraph between (the page's layout, not a "
 "paragraph end) -- joined with one space as 'Ann Ravel' (**doubtful** only as the one join of the round; no word "
 "added or changed); the paragraph's leading spaces stripped. The dateline 'PHILADELPHIA \u2013A' (en dash, no space "
 "after it) is kept as written. Kept as written: 'information1' (the release's footnote mark on 'superseding "
 "information', its footnote not in the excerpt: **doubtful**, a reader may drop the digit, but that changes a "
 "word), 'Norian\u2019s' (curly apostrophe), '$22,500,000', 'the Honorable Legrome D. Davis'. Cut after the second "
 "paragraph ('... Norian XR in interstate commerce.'), before 'As explained below, thes', where the excerpt breaks off "
 "mid-word (`truncated`; the four Synthes executives the release names later are therefore not in the text). 178 "
 "words. One text per matter: the June 2009 indictment release (dotmed's copy), the executives' pleas and 2011 "
 "sentences (inquirer, beckersspine, orthopaedicprinciples, orthospinenews, spineblogger, medtech/Gray Sheet) and "
 "news of this release (lexisnexis/Mealey's, fdanews, phys.org and foxnews (AP), fairwarning, massdevice, inquirer "
 "(three), manufacturing.net, fraudwhistleblowersblog) are the same matter and not taken. Found with 'Norian "
 "Corporation and Synthes plead guilty unauthorized clinical trials Norian XR bone cement U.S. Attorney Eastern "
 "District of Pennsylvania press release fbi.gov' (rank 6; asked by the heading's words it did not come back). "
 + CHECK + "'Synthes', 'Norian', 'Memeger', 'Legrome', 'ucm228273': 0 in the corpus files, the scripts and the "
 "pools; 'Synthes'/'Norian' in GATHERING.md and the notes only as other lanes' leads ('still unfound') and 54f's "
 "not-used line (inquirer and news copies -- no first-party page then).",
 True))

# ---- Abbott Laboratories Inc. (Depakote), DOJ Office of Public Affairs, 2 October 2012 -------------------------------
U3 = "http://www.justice.gov/opa/pr/2012/October/12-civ-1195.html"
T3 = "Abbott Laboratories Sentenced for Misbranding Drug"
P3 = [
 "Pharmaceutical manufacturer Abbott Laboratories Inc. was sentenced by U.S. District Court Judge Samuel G. Wilson of "
 "the Western District of Virginia in connection with its guilty plea related to its unlawful promotion of the "
 "prescription drug Depakote for uses not approved as safe and effective by the Food and Drug Administration (FDA) the "
 "Justice Department announced today. Abbott, which was ordered to pay a criminal fine in the amount of $500 million, "
 "plus a forfeiture of $198.5 million, and $1.5 million to the Virginia Medicaid Fraud Control Unit, will also be "
 "subject to a five-year term of probation.",
 "In May 2012, Abbott pleaded guilty to a criminal misdemeanor for misbranding Depakote in violation of the Federal "
 "Food, Drug and Cosmetic Act (FDCA). Abbott\u2019s criminal plea related to the misbranding of Depakote by promoting "
 "the drug to control behavioral disturbances in dementia patients and to treat schizophrenia when neither of these "
 "uses was approved by the FDA. Under the provisions of the FDCA, a company is required to specify the intended uses "
 "of a product in its new drug application to FDA. Once approved, the drug may not be marketed or promoted for "
 "\u201coff-label\u201d uses \u2013 unless the company applies to the FDA for approval of the additional use. In an "
 "agreed statement of facts, Abbott admitted that from January 1998 to December 2006 it marketed Depakote off-label "
 "to treat behavioral disturbances in dementia patients, and from January 2002 to December 2006, Abbott marketed "
 "Depakote off-label to treat schizophrenia."]
ID3 = "us-doj-opa-abbott-laboratories-sentenced-depakote-misbranding-2012"
KEPT[ID3] = ("abbott-depakote-opa-2012.txt", T3, P3)
R.append(federal(
 ID3, U3, "2012-10-02", T3, "\n\n".join(P3),
 "pharmaceuticals", "legal,pharmaceuticals,off-label promotion",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T3 + "', 2012-10-02, US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release on justice.gov's older address scheme (opa/pr/<year>/<Month>/12-civ-1195.html; "
 "'civ': the Civil Division's release number), as 54zc's Ranbaxy text. Left out: 'Skip to main content', 'Press "
 "Release', the headline (kept as `title`), 'For Immediate Release', 'Office of Public Affairs', the subheading 'Judge "
 "Imposes $500 Million Fine and $198.5 Million Forfeiture for Illegal Marketing' (a second headline, not body text), "
 "and the store's whitespace-only paragraphs (' '). No dateline in the excerpt. Cut after the second paragraph ('... "
 "Abbott marketed Depakote off-label to treat schizophrenia.'), before 'Under the terms of the plea agreement, Abbott "
 "agreed to pay the second-largest criminal fine for a single drug, executed a fulsome statement of facts (with "
 "exhibits) revealing the extent of its unlawful conduct, admitted', where the excerpt breaks off mid-sentence "
 "(`truncated`). `published` 2012-10-02: the excerpt has no date line; the address gives 2012/October; the sentence "
 "the release says was announced 'today' was imposed on Tuesday 2 October 2012 (Reuters, 2 October 2012: 'A federal "
 "judge on Tuesday sentenced Abbott Laboratories Inc ... the U.S. Justice Department said'; the Bristol Herald "
 "Courier of 3 October via drugs.com: 'A federal judge on Tuesday approved'). Kept as written: '(FDA) the Justice "
 "Department announced today' (no comma), 'Abbott\u2019s' (curly apostrophe), curly quotes around 'off-label', the "
 "en dash before 'unless', 'to FDA' (no article), 'behavioral'. 248 words. One text per matter: the OPA release of 7 "
 "May 2012 on the plea and $1.5 billion resolution (justice.gov/opa/pr/2012/May/12-civ-585.html, only linked by "
 "falseclaimsact.com here) and the Western District of Virginia's 2015 release on distributing the forfeiture "
 "proceeds (justice.gov/usao-wdva, came back at rank 1 -- the same matter, a later act) are not taken; news and law-"
 "firm copies (reuters, in.reuters, time, chicagotribune, lawyersandsettlements, rheingoldlaw, yourlawyer (two), "
 "allgov, blogs.lawyers.com, drugs.com) left out. Found with 'Abbott Laboratories pleads guilty Depakote misbranding "
 "U.S. Attorney Western District of Virginia fda.gov OCI' (rank 6). " + CHECK + "'Depakote', '12-civ-1195', 'Samuel "
 "G. Wilson', 'Medicaid Fraud Control Unit': 0 in the corpus files, the scripts and the pools ('Depakote' in the "
 "notes only as 54zc's lead); 'Abbott Laboratories' in one corpus file (train oireachtas-committee-coillte-chairman-"
 "designate-mckenna-2012: a witness's former employer, another matter).",
 True))


def _norm(s):
    return " ".join(s.split())


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text), whitespace runs compared
    as one space (the Synthes line wrap); returns problems."""
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
