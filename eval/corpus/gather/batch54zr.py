#!/usr/bin/env python3
"""Batch 54zr (session 55, gatherer 54zr): two US federal texts on health-care-chain cases of the Justice Department --
the Office of Public Affairs' release on Life Care Centers of America Inc. and its owner, Forrest L. Preston, agreeing
to pay $145 million to resolve a False Claims Act lawsuit over medically unnecessary rehabilitation therapy (24 October
2016, justice.gov); the Eastern District of Pennsylvania's release on Prime Healthcare Services, Inc. and 'Prime's
Founder and Chief Executive Officer, Dr. Prem Reddy' agreeing to pay $1.25 million over claims that two Prime hospitals
(Roxborough Memorial Hospital, Lower Bucks Hospital) billed Medicare falsely (undated in the store's excerpt; U.S.
Attorney William M. McSwain, justice.gov) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the
DOJ company-case lane after 54zm (and 54zh, 54zc, 54x, 54r, 54l, 54f, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on
matters new to the corpus (every name and address checked first against the corpus files, GATHERING.md, the gather
scripts, the notes of /work/notes and the session-55 pools) -- federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Office of Public Affairs, 'Life Care Centers of America Inc. Agrees to Pay $145 Million
    to Resolve False Claims Act Allegations Relating to the Provision of Medically Unnecessary Rehabilitation Therapy
    Services' (24 October 2016): Life Care Centers of America Inc., Forrest L. Preston, Cleveland, Tennessee, Benjamin
    C. Mizer, the Department of Justice and its Civil Division (justice.gov's
    'opa/pr/life-care-centers-america-inc-agrees-pay-145-million-resolve-false-claims-act-allegations');
  - U.S. Attorney's Office, Eastern District of Pennsylvania, 'Prime Healthcare Services and CEO, Dr. Prem Reddy, to Pay
    $1.25 Million to Settle False Claims Act Allegations' (date not in the excerpt): Prime Healthcare Services, Inc.,
    Prem Reddy, William M. McSwain, Roxborough Memorial Hospital, Lower Bucks Hospital (justice.gov's
    'usao-edpa/pr/prime-healthcare-services-and-ceo-dr-prem-reddy-pay-125-million-settle-false-claims-act').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55zr/src
by /tmp/gather55zr/save_src.py; `verify()` checks that each kept paragraph and each title occur in its saved excerpt,
whitespace runs compared as one space). Page chrome (justice.gov's 'Skip to main content', 'Press Release', 'For
Immediate Release' and the office line) and the headlines (kept as `title`) are left out; no word added or changed;
the store's paragraphs joined by a blank line, a paragraph's trailing spaces stripped, the double spaces between
sentences kept as the store has them; each text cut at the last full sentence before the store's excerpt breaks off
(the Life Care text inside its third paragraph, before the 'Ultra High' sentence; the Prime text inside its fourth
paragraph, after its first sentence). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zr.py [POOL_DIR] [--dry]   (default /tmp/gather55zr/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

SRC = "/tmp/gather55zr/src"
CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -li over train, dev, "
         "test), GATHERING.md, every gather script, the notes of /work/notes and the session-55 pools "
         "/tmp/gather55*/pool and src: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zr/pool"
R = []
KEPT = {}   # id -> (saved excerpt file, title or None, paragraphs) for verify()

# ---- Life Care Centers of America Inc., DOJ Office of Public Affairs, 24 October 2016 (justice.gov) -----------------
U1 = ("https://www.justice.gov/opa/pr/"
      "life-care-centers-america-inc-agrees-pay-145-million-resolve-false-claims-act-allegations")
T1 = ("Life Care Centers of America Inc. Agrees to Pay $145 Million to Resolve False Claims Act Allegations Relating to "
      "the Provision of Medically Unnecessary Rehabilitation Therapy Services")
P1 = [
 "Life Care Centers of America Inc. (Life Care) and its owner, Forrest L. Preston, have agreed to pay $145 million to "
 "resolve a government lawsuit alleging that Life Care violated the False Claims Act by knowingly causing skilled "
 "nursing facilities (SNFs) to submit false claims to Medicare and TRICARE for rehabilitation therapy services that "
 "were not reasonable, necessary or skilled, the Department of Justice announced today.  Life Care, based in "
 "Cleveland, Tennessee, owns and operates more than 220 skilled nursing facilities across the country.",
 "\u201cThis resolution is the largest settlement with a skilled nursing facility chain in the department\u2019s "
 "history,\u201d said Principal Deputy Assistant Attorney General Benjamin C. Mizer, head of the Justice "
 "Department\u2019s Civil Division.  \u201cIt is critically important that we protect the integrity of government "
 "health care programs by ensuring that services are provided based on clinical rather than financial "
 "considerations.\u201d",
 "This settlement resolves allegations that between Jan. 1, 2006 and Feb. 28, 2013, Life Care submitted false claims "
 "for rehabilitation therapy by engaging in a systematic effort to increase its Medicare and TRICARE billings.  "
 "Medicare reimburses skilled nursing facilities at a daily rate that reflects the skilled therapy and nursing needs "
 "of their qualifying patients.  The greater the skilled therapy and nursing needs of the patient, the higher the "
 "level of Medicare reimbursement."]
ID1 = "us-doj-opa-life-care-centers-of-america-owner-preston-145-million-rehabilitation-therapy-false-claims-2016"
KEPT[ID1] = ("life-care-centers-opa-2016.txt", T1, P1)
R.append(federal(
 ID1, U1, "2016-10-24", T1, "\n\n".join(P1),
 "healthcare", "legal,healthcare,nursing facilities,False Claims Act,Medicare",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2016-10-24, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Office of Public Affairs) from the search tool page store",
 "The Office of Public Affairs' release on justice.gov's current address scheme (opa/pr/<headline words>). `title` is "
 "the headline. Left out: 'Skip to main content', 'Press Release', the headline (title), 'For Immediate Release', "
 "'Office of Public Affairs'. The release has no dateline; its first paragraph opens the text. Cut inside the third "
 "paragraph after '... the higher the level of Medicare reimbursement.', before 'The highest level of Medicare "
 "reimbursement for skilled nursing facilities is for \u201cUltra High\u201d patients who require a minimum of 720 "
 "minutes of skilled therapy from two therapy disciplines (e.g., physical, occupational, speech), one of which has to "
 "be pr', where the excerpt breaks off mid-word (`truncated`). `published` 2016-10-24: the excerpt has no date line; "
 "oig.hhs.gov's summary page of the same release (rank 1 of the same query, its first paragraph word for word, 'Read "
 "more on www.justice.gov') gives 'Date:October 24, 2016' and 'Agency:U.S. Department of Justice', and the Johnson "
 "City Press (AP, dated 2016-10-26) says the Department announced it 'in a news release Monday' (24 October 2016 was "
 "a Monday). Kept as written: the double spaces between sentences, 'Life Care Centers of America Inc. (Life Care)', "
 "'department\u2019s' and 'Justice Department\u2019s' (curly apostrophes), curly quotes, 'Jan. 1, 2006 and Feb. 28, "
 "2013' (no comma after 2006). 216 words. One text per matter: oig.hhs.gov's summary page (one paragraph of this "
 "release), the settlement agreement (kipdf), and news and law-firm pieces (seyfarth, cars.edu.vn's rewrite, "
 "mcknightsseniorliving, workcompacademy, complianceresource, johnsoncitypress, chattanoogan and timesfreepress on "
 "the 2015-2016 suits against Preston, dchan.qorigins, wikisum) are the same matter and not taken. Found with 'Life "
 "Care Centers of America and owner Forrest Preston agree to pay $145 million False Claims Act' (oig.hhs.gov at rank "
 "1) and then by the headline + 'justice.gov opa' (rank 8). " + CHECK + "'Life Care', 'Forrest L', "
 "'life-care-centers', 'Mizer', 'TRICARE': 0 in the corpus files, the scripts and the pools; 'Life Care Centers' in "
 "GATHERING.md and the notes only as 54zm's lead; 'Preston' in two corpus files (other people and places); 'Mizer' "
 "in /work/notes only inside the newskg build trees (binary matches, no note).",
 True))

# ---- Prime Healthcare Services, Inc., USAO Eastern District of Pennsylvania (justice.gov), date not in the excerpt ----
U2 = ("https://www.justice.gov/usao-edpa/pr/"
      "prime-healthcare-services-and-ceo-dr-prem-reddy-pay-125-million-settle-false-claims-act")
T2 = "Prime Healthcare Services and CEO, Dr. Prem Reddy, to Pay $1.25 Million to Settle False Claims Act Allegations"
P2 = [
 "PHILADELPHIA \u2013 U.S. Attorney William M. McSwain announced today that Prime Healthcare Services, Inc. "
 "(\u201cPrime\u201d) and Prime\u2019s Founder and Chief Executive Officer, Dr. Prem Reddy, have agreed to pay the "
 "United States $1.25 million to settle allegations that two Prime hospitals in Pennsylvania \u2013 Roxborough "
 "Memorial Hospital in Philadelphia and Lower Bucks Hospital in Bristol \u2013 knowingly submitted false claims to "
 "Medicare by engaging in the following conduct: (1) admitting patients to the hospital for overnight stays who "
 "required only less costly, outpatient care and (2) billing for more expensive patient diagnoses than the patients "
 "had (the latter practice known as \u201cup-coding\u201d).",
 "\u201cWe are committed to ensuring that hospitals, companies that own and operate them, and their executives "
 "appropriately bill Medicare,\u201d said U.S. Attorney McSwain.  \u201cCharging the government for more costly "
 "services than what the patient actually needs and billing the government for more serious diagnoses than what the "
 "patient actually has is a waste of taxpayer dollars.  Those who engage in these practices will be held "
 "accountable.\u201d",
 "Headquartered in Ontario, California, Prime is one of the largest hospital systems in the nation, with 45 "
 "acute-care hospitals located in 14 states.  Prime acquired Roxborough Memorial Hospital on February 22, 2012, and "
 "Lower Bucks Hospital on October 3, 2012.",
 "The Settlement resolves allegations that Prime submitted or caused the submission of fraudulent claims to "
 "Medicare."]
ID2 = "us-doj-usao-edpa-prime-healthcare-founder-ceo-reddy-roxborough-lower-bucks-hospitals-false-claims-settlement"
KEPT[ID2] = ("prime-healthcare-usao-edpa.txt", T2, P2)
R.append(federal(
 ID2, U2, None, T2, "\n\n".join(P2),
 "healthcare", "legal,healthcare,hospitals,False Claims Act,Medicare",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of Pennsylvania, press release '" + T2 + "', "
 "undated in the stored text (U.S. Attorney William M. McSwain), US federal government work (public domain); text "
 "from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, U.S. Attorney's Office, Eastern District of Pennsylvania) from "
 "the search tool page store",
 "The Eastern District of Pennsylvania's release on justice.gov's current address scheme (usao-edpa/pr/<headline "
 "words>). `title` is the headline. Left out: 'Skip to main content', 'Press Release', the headline (title), 'For "
 "Immediate Release', 'U.S. Attorney's Office, Eastern District of Pennsylvania' (the office line: so the district is "
 "not in the text). The dateline 'PHILADELPHIA \u2013' (spaced en dash) is kept (it opens the first paragraph); the "
 "first paragraph's two trailing spaces are stripped. Cut inside the fourth paragraph after its first sentence ('The "
 "Settlement resolves allegations that Prime submitted or caused the submission of fraudulent claims to "
 "Medicare.'), before 'Specifically, from the date that Prime acquired Roxborough and Lower Bucks through September "
 "30, 2013, under Prime management, Roxborough and Lower Bucks hospitals admitted emergency room Medicare patients "
 "for costly and medically unnecessar', where the excerpt breaks off mid-word (`truncated`). `published` null: the "
 "excerpt has no date line and no page that came back dates the release (McSwain was the district's U.S. Attorney "
 "from 2018 to January 2021; a search for the date could not be run, the session's search budget being spent), so "
 "'today' is left unresolved and only the text's absolute dates are annotated; the id carries no year. Kept as "
 "written: the double spaces between sentences, '(\u201cPrime\u201d)', 'Prime\u2019s Founder and Chief Executive "
 "Officer, Dr. Prem Reddy', the spaced en dashes around the hospitals, '\u201cup-coding\u201d', 'The Settlement' "
 "(capital S). 224 words. Another matter, not taken: Prime's 2018 $65 million settlement in the Central District of "
 "California (calbrokermag, reuters, cto.hk's garbled rewrite) and its 2021 $37.5 million settlement with Dr. Siva "
 "Arunasalam (oversight.gov's copy of the C.D. Cal. release, canyon-news, workcompacademy, vvng) -- a later round may "
 "take one of them, as other matters of the same firm. Found with 'Prime Healthcare Services and its founder and CEO "
 "Prem Reddy agree to pay $65 million False Claims Act justice.gov' (rank 7). " + CHECK + "'Prime Healthcare', "
 "'Roxborough', 'Lower Bucks', 'prime-healthcare', 'Prem Reddy': 0 everywhere; 'Reddy' in eight corpus files (other "
 "people); 'McSwain' in one test file (the Taro Pharmaceuticals DPA of 2020: another matter of the same office).",
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
