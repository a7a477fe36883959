#!/usr/bin/env python3
"""Batch 54zc (session 55, gatherer 54zc): two US federal texts on pharmaceutical subsidiaries pleading guilty in
Justice Department cases -- the Office of Public Affairs' release on Ranbaxy USA Inc., 'a subsidiary of Indian generic
pharmaceutical manufacturer Ranbaxy Laboratories Limited', pleading guilty to felony charges over adulterated drugs
made at two of Ranbaxy's Indian plants (13 May 2013, justice.gov); the Eastern District of Pennsylvania's release on
Janssen Pharmaceuticals, Inc., 'a subsidiary of health care giant Johnson & Johnson', pleading guilty to misbranding
Risperdal and being sentenced (7 November 2013, as the Food and Drug Administration's Office of Criminal Investigations
reposts it on fda.gov) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ
company-case lane after 54x (and 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the
corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the
notes of /work/notes and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Office of Public Affairs, 'Generic Drug Manufacturer Ranbaxy Pleads Guilty and Agrees
    to Pay $500 Million to Resolve False Claims Allegations, cGMP Violations and False Statements to the FDA' (13 May
    2013): Ranbaxy USA Inc., Ranbaxy Laboratories Limited, the Justice Department, the FDA, Paonta Sahib, Dewas, India
    (justice.gov's 'opa/pr/2013/May/13-civ-542.html');
  - U.S. Attorney's Office, Eastern District of Pennsylvania, press release on Janssen's plea and sentence (7 November
    2013; the FDA OCI page's heading 'Janssen Pharmaceuticals Pleads Guilty and is Sentenced for Misbranding'):
    Janssen Pharmaceuticals, Inc., Johnson & Johnson (J&J), Risperdal, U.S. District Court Judge Timothy J. Savage,
    the Food and Drug Administration (FDA) (fda.gov's 'ICECI/CriminalInvestigations/ucm375807.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55zc/src
by /tmp/gather55zc/save_src.py; `verify()` checks that each kept paragraph and each title occur in its saved excerpt).
Page chrome ('Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs', the FDA OCI
page's section line, seal caption, agency lines, the office and contact lines) and the headlines (kept as `title`)
are left out; no word added or changed; the store's paragraphs joined by a blank line (the store's whitespace-only
paragraphs ' ' dropped); each text cut at the last full sentence before the store's excerpt breaks off. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch54zc.py [POOL_DIR] [--dry]   (default /tmp/gather55zc/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55zc/src"
CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -li over "
         "train, dev, test), GATHERING.md, every gather script, the notes of /work/notes and the session-55 pools "
         "/tmp/gather55*/pool and src (a-zb and this lane's): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zc/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Ranbaxy USA Inc. (Ranbaxy Laboratories Limited), DOJ Office of Public Affairs, 13 May 2013 ---------------------
U1 = "http://www.justice.gov/opa/pr/2013/May/13-civ-542.html"
T1 = ("Generic Drug Manufacturer Ranbaxy Pleads Guilty and Agrees to Pay $500 Million to Resolve False Claims "
      "Allegations, cGMP Violations and False Statements to the FDA")
P1 = [
 "In the largest drug safety settlement to date with a generic drug manufacturer, Ranbaxy USA Inc. , a subsidiary of "
 "Indian generic pharmaceutical manufacturer Ranbaxy Laboratories Limited, pleaded guilty today to felony charges "
 "relating to the manufacture and distribution of certain adulterated drugs made at two of Ranbaxy\u2019s manufacturing "
 "facilities in India, the Justice Department announced today. Ranbaxy also agreed to pay a criminal fine and "
 "forfeiture totaling $150 million and to settle civil claims under the False Claims Act and related State laws for "
 "$350 million.",
 "The federal Food, Drug and Cosmetic Act (FDCA) prohibits the introduction or delivery for introduction into "
 "interstate commerce of any drug that is adulterated. Under the FDCA, a drug is adulterated if the methods used in, "
 "or the facilities or controls used for, its manufacturing, processing, packing, or holding do not conform to, or are "
 "not operated or administered in conformity with, current Good Manufacturing Practice (cGMP) regulations. This "
 "assures that a drug meets the requirements as to safety and has the identity and strength, and meets the quality "
 "and purity characteristics, which the drug purports or is represented to possess.",
 "Ranbaxy USA pleaded guilty to three felony FDCA counts, and four felony counts of knowingly making material false "
 "statements to the FDA. The generic drugs at issue were manufactured at Ranbaxy\u2019s facilities in Paonta Sahib and "
 "Dewas, India. Under the plea agreement, the company will pay a criminal fine of $130 million, and forfeit an "
 "additional $20 million."]
ID1 = "us-doj-opa-ranbaxy-laboratories-subsidiary-ranbaxy-usa-pleads-guilty-adulterated-drugs-2013"
KEPT[ID1] = ("ranbaxy-usa-opa-2013.txt", T1, P1)
R.append(federal(
 ID1, U1, "2013-05-13", T1, "\n\n".join(P1),
 "pharmaceuticals", "legal,pharmaceuticals,drug safety",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2013-05-13, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release on justice.gov's older address scheme (opa/pr/<year>/<Month>/13-civ-542.html; "
 "'civ': the Civil Division's release number). Left out: 'Skip to main content', 'Press Release', the headline (kept "
 "as `title`, as written), 'For Immediate Release', 'Office of Public Affairs', and the store's two whitespace-only "
 "paragraphs (' ') between the paragraphs. No dateline in the excerpt. Cut after the third paragraph ('... forfeit an "
 "additional $20 million.'), before '\u201cWhen companies sell adulterated drugs, they undermine the integrity of the "
 "FDA\u2019s approval process and may cause patients to take drugs that are sub', where the excerpt breaks off "
 "mid-word (`truncated`; the quoted official is therefore not in the text). `published` 2013-05-13: the excerpt has "
 "no date line; the address gives 2013/May; the plea the release says was entered 'today' was entered on Monday 13 "
 "May 2013 (Reuters, 13 May: 'pleaded guilty on Monday'; Law360 of 14 June 2013: 'On May 13, 2013, generic drug "
 "manufacturer Ranbaxy USA Inc., a subsidiary of ... pleaded guilty'). Kept as written: 'Ranbaxy USA Inc. ,' (a space "
 "before the comma), 'Ranbaxy\u2019s' twice (curly apostrophe), 'totaling', 'State laws', the bare 'Ranbaxy' (see the "
 "gold's comment on whom it names). 246 words. One text per matter: the rediff, Business Standard, indiapost (PTI) "
 "and ibtimes copies, Reuters (in.reuters, stabroeknews), Law360 (two), drugwonks, awclaw, barrettlawofficetn, "
 "complexbusinesslitigation, shelsbyleonilaw, kffhealthnews and rediff's 2016 story left out. Found with 'justice.gov "
 "opa pr 2013 May Ranbaxy USA subsidiary of Indian generic pharmaceutical manufacturer Ranbaxy Laboratories pleaded "
 "guilty District of Maryland' (rank 2; 54x had it at rank 3 and left it as a lead). " + CHECK + "'Ranbaxy', "
 "'13-civ-542', 'Paonta', 'Dewas': 0 in the corpus files, the scripts and the pools; 'Ranbaxy' in GATHERING.md only "
 "as other lanes' not-used lines (a Wikipedia edit page, Ranbaxy-Daiichi Sankyo news, an acquisitions list) and 54x's "
 "lead naming this release.",
 True))

# ---- Janssen Pharmaceuticals, Inc. (Johnson & Johnson), USAO Eastern District of Pennsylvania, 7 November 2013 (FDA) -
U2 = "https://www.fda.gov/ICECI/CriminalInvestigations/ucm375807.htm"
T2 = "Janssen Pharmaceuticals Pleads Guilty and is Sentenced for Misbranding"
P2 = [
 "PHILADELPHIA - Janssen Pharmaceuticals, Inc. (Janssen), a subsidiary of health care giant Johnson & Johnson (J&J), "
 "pleaded guilty today to a one count information charging Janssen with introducing a misbranded drug, Risperdal, "
 "into interstate commerce. U.S. District Court Judge Timothy J. Savage sentenced the company, ordering payment of a "
 "$344 million fine and forfeiture of $66 million.",
 "Risperdal, an atypical anti-psychotic drug, was originally approved only to treat the management of the "
 "manifestations of psychotic disorders. On March 3, 2002, the approved use was narrowed to treatment of "
 "schizophrenia only. Janssen introduced Risperdal for a new, unapproved use, rendering the product misbranded. In a "
 "plea agreement resolving these charges, Janssen admits that between March 3, 2002, and December 31, 2003, it "
 "promoted Risperdal to health care providers for treatment of psychotic symptoms and associated disturbances "
 "exhibited by elderly, non-schizophrenic dementia patients, uses not approved as safe and effective by the Food and "
 "Drug Administration (FDA).",
 "The Federal Food, Drug and Cosmetic Act (FDCA) requires a pharmaceutical company to specify the intended uses of a "
 "product in its new drug application to the FDA. Once approved, a drug may not be introduced into interstate "
 "commerce for unapproved or \"off-label\" uses. A manufacturer's promotional activities of a drug for a use not "
 "approved by the FDA are evidence of its intent to distribute the drug for a new, unapproved use, also known as "
 "\"misbranding.\""]
ID2 = "us-doj-usao-edpa-johnson-johnson-subsidiary-janssen-pleads-guilty-risperdal-misbranding-2013"
KEPT[ID2] = ("janssen-risperdal-usao-edpa-fda-oci.txt", T2, P2)
R.append(federal(
 ID2, U2, "2013-11-07", T2, "\n\n".join(P2),
 "pharmaceuticals", "legal,pharmaceuticals,off-label promotion",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of Pennsylvania, press release on Janssen "
 "Pharmaceuticals' guilty plea and sentence for misbranding Risperdal (headline not in the excerpt; the FDA page's "
 "heading '" + T2 + "'), 2013-11-07, as the Food and Drug Administration's Office of Criminal Investigations reposted "
 "it on fda.gov, US federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (U.S. Attorney's Office, Eastern District of Pennsylvania) as the FDA Office of "
 "Criminal Investigations' fda.gov page carries it, from the search tool page store",
 "The Eastern District of Pennsylvania's release as the FDA's Office of Criminal Investigations reposted it (its press "
 "releases page; the page says 'U.S. Department of Justice Press Release' and gives the office, its date and its "
 "media contact). The host is fda.gov, not justice.gov or fbi.gov -- a federal repost of the office's own release, as "
 "the FBI's archived pages are for 54x and 54r (**doubtful** only as a host outside the lane's two named ones; the "
 "licence is the same). The release's own headline is not in the excerpt; `title` is the FDA page's heading without "
 "its date prefix ('November 7, 2013: '). Left out: 'Inspections, Compliance, Enforcement, and Criminal "
 "Investigations', the heading (title), 'OCI Small Clear Seal', 'Food and Drug Administration', 'Office of Criminal "
 "Investigations', 'U.S. Department of Justice Press Release', 'For Immediate Release', 'November 7, 2013' (gives "
 "`published`), 'United States Attorney', 'Eastern District of Pennsylvania', 'Contact: Patty Hartman', 'Media "
 "Contact', '(215) 861-8525'. The dateline 'PHILADELPHIA -' (a hyphen between spaces, as the https copy gives it; "
 "the store's http copy of the same page has an en dash and extra blank paragraphs -- the https copy, rank 2, "
 "taken) is kept (it opens the first paragraph). Cut after the third paragraph ('... also known as "
 "\"misbranding.\"'), before 'The case was investigated by th', where the excerpt breaks off mid-word "
 "(`truncated`). Kept as written: straight quotes '\"off-label\"' and '\"misbranding.\"', 'manufacturer's', 'one "
 "count information', 'anti-psychotic', 'non-schizophrenic', 'U.S. District Court Judge'. 232 words. One text per "
 "matter: the OPA release of 4 November 2013 on the $2.2 billion global resolution (Johnson & Johnson, Janssen, Scios; "
 "Risperdal, Invega, Natrecor; not in the store -- risperdaltrial, sheridanandmurray, thepharmaletter, sanemag, "
 "nationaljournal, arnoldporter and the Attorney General's remarks on hoyerlawgroup quote or retell it) is the same "
 "matter and not to be taken; J&J's two press releases on jnj.com, sglawfl, Bloomberg and the http copy left out. "
 "Found with 'Janssen Pharmaceuticals subsidiary of Johnson & Johnson pleads guilty misbranding Risperdal justice.gov "
 "press release 2013' (rank 2). " + CHECK + "'Janssen', 'Risperdal', 'ucm375807', 'Timothy J. Savage', 'Patty "
 "Hartman': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Johnson & Johnson' in two "
 "corpus files (test us-sec-johnson-and-johnson-subsidiaries-greece-poland-romania-fcpa-2011, an SEC FCPA matter, and "
 "train wp-indra-nooyi), neither about Risperdal.",
 True))


def verify():
    """Each kept paragraph and each title must occur in the saved excerpt (the store's text); returns problems."""
    bad = []
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = open(path, encoding="utf-8").read()
        for part in ([title] if title else []) + paras:
            if part not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
