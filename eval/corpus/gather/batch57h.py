#!/usr/bin/env python3
"""Batch 57h (session 55; gatherer 57h): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t, 55zc, 56a, 56g, 56m and 57c (UK public-sector texts under the Open Government Licence v3.0),
asked for UK Competition and Markets Authority merger news stories and case pages (gov.uk; wired-gov.net copies only
where they reproduce the CMA's text) in sectors the lane had not covered (software, telecoms, healthcare, veterinary,
building materials, travel, payments), naming an acquirer, a target, their owners and a named CMA official with
title; one text is a CMA phase 1 press release, the other a CMA merger case page, the CMA lane of batches 17d, 21c,
40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a, 56g, 56m and 57c (no outage is told in either; see GATHERING section
57h):
- the CMA's phase 1 press release (late 2022) that Cochlear's proposed purchase of Oticon Medical, the hearing implant
  division of Demant, could mean higher prices for the NHS and worse outcomes for UK patients, its concerns confined
  to bone conduction solutions (gov.uk; healthcare / medical devices; no person in the kept text);
- the CMA's merger case page 'NEC Software Solutions UK / Capita Secure Solutions and Services merger inquiry'
  (gov.uk /cma-cases/), entries of May 2022 - August 2023: the completed acquisition by NEC Software Solutions UK
  Limited of SSS Public Safety Limited and Secure Solutions USA LLC (previously part of Capita plc), the phase 2
  timetable, the final undertakings, the remedy group chaired by Kip Meek and the sale of the two divestiture
  businesses to Codan Radio Communications Pty Limited (software for emergency services).
The texts are the search tool's page-store excerpts (corpus `pages`) of the pages, embedded here: the press release's
label 'Press release', heading (kept as title) and image caption left out, its summary line kept as the first
paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m and 57c); the case page's heading kept as title and its
'Contact' heading and e-mail line left out (as 17d, 55j, 55o and 56a); both cut where the excerpt breaks off
mid-sentence; cuts per item in `notes`; no word added or changed. The excerpts are saved verbatim in
/tmp/gather58h/src (cochlear-oticon-phase1-govuk.txt, nec-sss-case-page-govuk.txt; each file's first line is the page
address; written by /tmp/gather58h/mk_src.py) with the queries (queries.txt); `verify()` below checks, before anything
is written, that each record's title and every text paragraph occur in its saved excerpt. newskg (or any extractor)
was not run on the texts.
usage: batch57h.py [POOL_DIR] [--dry]   (default /tmp/gather58h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58h/pool"
SRC = "/tmp/gather58h/src"
PRESS = "UK Competition and Markets Authority press release (gov.uk) as gov.uk renders it (page store)"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m, "
            "57c): the label ('Press release') and the heading (kept as title) left out of the text, the summary line "
            "kept as the first paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m and 57c), the image caption under "
            "it left out (as 40zh, 55zc, 56a, 56g, 56m and 57c), paragraph breaks as the excerpt has them (already "
            "double). ")
CASE_NOTE = ("The CMA's merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; gov.uk CMA case pages used before: batches 17d, 55j, 55o, 55t, 56a, 56g): the "
             "page's heading (its first line) kept as title and left out of the text, the page's dated entries and "
             "sub-headings kept in the page's order (newest first), paragraph breaks as the excerpt has them (already "
             "double). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather58*/pool as they stood, and /work/notes/gather58/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- CMA: Cochlear / Oticon Medical, hearing implants, phase 1 concerns (gov.uk press release, late 2022) ----------
u = "https://gov.uk/government/news/hearing-implants-merger-could-mean-worse-deal-for-nhs-and-patients"
t = "Hearing implants merger could mean worse deal for NHS and patients"
R.append(uk_rec("uk-cma-cochlear-oticon-medical-hearing-implants-merger-phase-1-concerns-2022", u, None, t, OGL,
 att("press release", t, None, u),
 "The merger of 2 leading providers of hearing implants could lead to higher prices for the NHS, and reduced quality and slower innovation for UK patients who rely on these life-changing devices.\n\n"
 "The Competition and Markets Authority (CMA) is concerned that Cochlear\u2019s proposed purchase of Oticon Medical \u2013 the hearing implant division of Demant \u2013would have a negative impact on patients who need hearing implants, the majority of whom access these through the NHS.\n\n"
 "Cochlear and Demant are both global suppliers of cochlear implants and bone conduction solutions, which are types of hearing devices that are surgically implanted. These devices help improve hearing for people with mild to severe or total hearing loss but serve different patient needs depending on the cause of each individual\u2019s hearing loss.\n\n"
 "Following its Phase 1 investigation, the CMA found that the proposed deal would result in the merged businesses having a 90-100% share of the bone conduction solutions market in the UK. Should the deal go ahead as planned, the CMA is concerned that this would result in the elimination of the strongest competitor in this segment (Oticon Medical), which could lead to reduced innovation, higher prices or less choice for hospitals and their patients.\n\n"
 "The CMA also investigated the impact of the merger on the supply of cochlear implants, where Cochlear has a very strong position. It found that, in the UK, Oticon Medical has only had a very small position in this segment, is not a significant rival of Cochlear and was unlikely to become a significant rival in the future. The CMA also found that the merged businesses would still face competition from 2 other providers in the UK, both of whom offer a stronger constraint on Cochlear than Oticon Medical. As such, the CMA\u2019s competition concerns only relate to bone conduction solutions.",
 "hearing implants/medical devices; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'Someone getting hearing device fitted.'. Cut at the end after 'As "
 "such, the CMA\u2019s competition concerns only relate to bone conduction solutions.': the next paragraph, which "
 "the excerpt breaks off inside ('Demant has arg'), and everything after it (on gov.uk the rest of the release, "
 "probably the official's quotation, the remedy deadline and the notes to editors; not seen) left out "
 "(`truncated`). Kept as the page has them: 'Demant \u2013would' with no space after the en dash (the page's slip), "
 "the en dash before 'the hearing implant division', '2 leading providers' and '2 other providers' in figures, "
 "'90-100%', 'Phase 1' with its capital, the curly apostrophes ('Cochlear\u2019s', 'individual\u2019s', "
 "'CMA\u2019s'). `published` null: the excerpt has no date line and no page in the store gives the release's day; "
 "it is the CMA's phase 1 finding, before the phase 2 referral of 20 December 2022 (the gov.uk case page 'Cochlear "
 "/ Oticon merger inquiry', 'Referral date: 20 December 2022'), so of late 2022 (the id's year); the text holds no "
 "date expression. Facts checked against other pages in the page store: the gov.uk case page (the anticipated "
 "acquisition by Cochlear Limited of the hearing implants business of Demant A/S, known as Oticon Medical; the "
 "remedy group chaired by Kip Meek; the sale of Demant's cochlear implants business to Cochlear approved on 17 May "
 "2024), stockopedia's copy of the CMA's RNS of 20 April 2023 (provisional findings), bioworld.com (April 2022: "
 "Cochlear to buy Oticon Medical for AU$170 million; Dig Howitt, Cochlear's CEO), independent.co.uk and "
 "thetimes.co.uk (22 June 2023: the bone conduction business kept out of the deal), dteconomics.com (David Thomas "
 "on the inquiry group), the ACCC's release (Australia; another authority). Found with 'gov.uk CMA hearing implant "
 "merger partially blocked Cochlear Demant Oticon Medical bone conduction' (rank 6) and again with 'gov.uk press "
 "release CMA Cochlear Oticon Medical final report bone conduction solutions Demant retain' (rank 4). Same matter, "
 "left out (one text per matter): the gov.uk case page (its link-label residues '- (18.5.23)' make a noisy text), "
 "the RNS copy of the provisional findings, news (bioworld, independent, thetimes, pressandjournal, "
 "hearinghealthmatters, aumanufacturing, australiannewstoday), dteconomics, the ACCC item. " + CHECKED +
 "'Cochlear', 'Demant', 'Oticon Medical', 'hearing implant' - no file; 'Oticon' - wp-tencent-qq (train), a Wikinews "
 "text on Microsoft / Yahoo messaging (test) and 34f's script (other subjects). The matter is new to the corpus.",
 PRESS))
# ---- CMA: NEC Software Solutions UK / Capita SSS merger case page (entries 12 May 2022 - 7 August 2023) -----------
u = "https://gov.uk/cma-cases/nec-software-solutions-uk-slash-capita-secure-solutions-and-services-merger-inquiry"
t = "NEC Software Solutions UK / Capita Secure Solutions and Services merger inquiry"
R.append(uk_rec("uk-cma-nec-software-solutions-capita-sss-merger-case-page-sale-to-codan-2023", u, None, t, OGL,
 att("merger case page", t, None, u),
 "The CMA investigated the completed acquisition by NEC Software Solutions UK Limited of SSS Public Safety Limited and Secure Solutions USA LLC (previously part of Capita plc).\n\n"
 "Phase 2\n\n"
 "Administrative timetable\n\n"
 "Date of reference: 12 May 2022\n\n"
 "Statutory deadline: 21 December 2022\n\n"
 "Case closure summary\n\n"
 "07 August 2023: On 10 February 2023, the CMA accepted Final Undertakings from NECSWS to sell the ICCS Divestiture Business and the Duties Divestiture Business to a purchaser approved by the CMA and on 1 August 2023 the ICCS Divestiture Business and the Duties Divestiture Business were acquired by Codan Radio Communications Pty Limited.\n\n"
 "Remedy Group appointed\n\n"
 "16 February 2023: The CMA has appointed the Remedy Group.\n\n"
 "Kip Meek (Chair), Jo Armstrong, Robin Cohen and Sir Kenneth Parker.\n\n"
 "Final undertakings\n\n"
 "13 February 2023: The CMA has accepted final undertakings and the reference has now been fully determined.\n\n"
 "Notice of proposal to accept final undertakings\n\n"
 "18 January 2023: The CMA gives notice of the proposal to accept final undertakings and is inviting comments on the proposed draft undertakings by 5pm on Wednesday 1 February 2023.\n\n"
 "Notice of extension of statutory period\n\n"
 "Final report\n\n"
 "1 December 2022: The CMA has published its final report.\n\n"
 "Responses to provisional findings and possible remedies\n\n"
 "Provisional findings\n\n"
 "15 September 2022: The CMA has provisionally found competition concerns as part of its in-depth investigation of the completed acquisition by NEC Software Solutions UK Limited of SSS Public Safety Limited and Secure Solutions USA LLC (previously part of Capita plc).\n\n"
 "The deadline for submitting responses to the provisional findings is Friday 7 October 2022.\n\n"
 "The deadline for submitting responses to the notice of possible remedies is Friday 30 September 2022.",
 "emergency services software/public safety software; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the 'Contact' heading and the case's e-mail address 'general.enquiries@cma.gov.uk' (after "
 "'Phase 2'; as 17d, 55j, 55o and 56a left out their pages' contact blocks). Kept: the sub-headings 'Phase 2', "
 "'Administrative timetable', 'Case closure summary', 'Remedy Group appointed', 'Final undertakings', 'Notice of "
 "proposal to accept final undertakings', 'Notice of extension of statutory period' and 'Responses to provisional "
 "findings and possible remedies' (the last two with no entry under them: on gov.uk their entries are document "
 "links, which this rendering of the page drops), 'Final report', 'Provisional findings' (as 56a kept its page's "
 "sub-headings); the timetable lines 'Date of reference: 12 May 2022' and 'Statutory deadline: 21 December 2022' "
 "each as its own paragraph (as the excerpt has them); the members' list with its full stop; '07 August 2023' with "
 "its leading zero; 'Final Undertakings' capitalised in the closure entry and lower case elsewhere; 'NECSWS' (the "
 "page's short form of the buyer, not defined in the excerpt). Cut at the end after 'The deadline for submitting "
 "responses to the notice of possible remedies is Friday 30 September 2022.': the headings 'Responses to the "
 "issues statement' and 'Issues statement' and the entry of 14 June 2022, which the excerpt breaks off inside "
 "('14 June 2022: The i'), left out (`truncated`); the page's earlier entries (the issues statement, the phase 1 "
 "decision and reference of April-May 2022, the launch) are past the excerpt. `published` null, as 17d's, 55j's, "
 "55o's, 55t's and 56a's case pages: the entries span 12 May 2022 to 7 August 2023 and the excerpt shows no "
 "'Published / Last updated' line. Facts checked against other pages in the page store: the CMA's press release "
 "of 1 December 2022 on gov.uk ('Sale of emergency service software businesses required to protect UK "
 "taxpayers': NEC must sell the ICCS and Duties software businesses; SSS previously part of Capita plc; Kip Meek, "
 "Chair of the independent CMA inquiry group, quoted) and stockopedia's copy of the same release as the CMA's RNS; "
 "a second rendering of this case page in the store (single line breaks, link-label lines such as '- (27.9.22)' and "
 "'- Press release: Sale of emergency service software businesses required to protect UK taxpayers (1.12.22)'); "
 "nfcc-procurementhub.org.uk (the inquiry launched in March 2022; phase 1 concerns on computer aided despatch, ICCS "
 "and Duties software; the reference of 12 May 2022); london.gov.uk (MOPAC decision PCD 1103: Capita's sale of its "
 "Secure Solutions and Services business to NEC Software Solutions UK Limited; contract novations); "
 "solutions-atlantic.com (a summary of the provisional findings). Found with 'NEC Software Solutions Capita Secure "
 "Solutions and Services police software CMA merger' (rank 3; the other rendering at rank 6, the press release at "
 "rank 1), after the law-firm pages answering 'Press release CMA software deal could harm competition customers "
 "acquisition phase 1' named the case. Same matter, left out (one text per matter): the press release of 1 December "
 "2022 (its excerpt breaks off inside Kip Meek's quotation, so a cut text would keep no person), its RNS copy and "
 "dailynewsbyte.com's reworded copy, the second rendering, nfcc-procurementhub, london.gov.uk, solutions-atlantic. "
 + CHECKED + "'NEC Software', 'SSS Public Safety', 'Capita Secure', 'Secure Solutions USA', 'Codan' - no file; "
 "'Capita plc' - the PAC press notice on the Criminal Records Bureau (train, 2004) and 34g's scripts (the CRB's "
 "IT failure; another matter); 'Kip Meek' - 56a's Tobii / Smartbox file and script (another matter). The matter is new to the corpus.",
 CASE))

SRCS = {"uk-cma-cochlear-oticon-medical-hearing-implants-merger-phase-1-concerns-2022": "cochlear-oticon-phase1-govuk",
        "uk-cma-nec-software-solutions-capita-sss-merger-case-page-sale-to-codan-2023": "nec-sss-case-page-govuk"}


def verify():
    """Each record's title and every text paragraph occur in its saved excerpt (the file's first line its address);
    without the saved excerpts (another machine) the check is skipped with a note."""
    bad = []
    for r in R:
        p = os.path.join(SRC, SRCS[r["id"]] + ".txt")
        if not os.path.exists(p):
            print(f"note: {p} not found, excerpt check skipped", file=sys.stderr)
            continue
        url, ex = open(p, encoding="utf-8").read().split("\n", 1)
        if url != r["source"]: bad.append((r["id"], "address"))
        if r["title"] not in ex: bad.append((r["id"], "title"))
        bad += [(r["id"], q[:60]) for q in r["text"].split("\n\n") if q not in ex]
    if bad:
        sys.exit(f"not in the saved excerpts: {bad}")


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)
