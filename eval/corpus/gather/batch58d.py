#!/usr/bin/env python3
"""Batch 58d (session 55; gatherer 58d): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t, 55zc, 56a, 56g, 56m, 57c, 57h and 57t (UK public-sector texts under the Open Government
Licence v3.0), asked for UK Competition and Markets Authority merger press releases and case pages (gov.uk; any year
2014-2025; sectors the lane had not covered) naming an acquirer, a target, their owners and a named CMA official with
title; one text is a CMA news story on gov.uk, two are CMA merger case pages on gov.uk, the CMA lane of batches 17d,
21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a, 56g, 56m, 57c, 57h and 57t (no outage is told in any; see
GATHERING section 58d):
- the CMA's news story of 11 October 2018 that the university laundry merger is broken up: after an in-depth
  investigation of market leader JLA's takeover in May 2017 of its closest competitor Washstation (managed laundry
  services to universities, colleges and student accommodation providers), JLA must sell Washstation's higher
  education business; Stuart McIntosh, Inquiry Chair, quoted (laundry services / higher education);
- the CMA's merger case page 'Tarmac Trading / Alun Griffiths (Contractors) merger inquiry' (entries of 2 March to
  6 June 2018): the completed acquisition by CRH plc through its subsidiary Tarmac Trading Limited of Alun Griffiths
  (Contractors) Limited, the initial enforcement order and its revocation (construction materials / contracting; no
  person in the kept text);
- the CMA's merger case page 'McGraw-Hill Education / Cengage Learning Holdings merger inquiry' (entries of 14
  January to 5 May 2020): the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II,
  Inc, the phase 1 decision, the reference, the inquiry group of Stuart McIntosh (Chair), Maria da Cunha, Robin
  Foster and Karthik Subramanya, and the cancelled reference (educational publishing).
The texts are the search tool's page-store excerpts (corpus `pages`) of the three gov.uk pages, embedded here: the
news story's ' date ...' prefix (the page store's) left out and, the excerpt holding no heading, its title taken from
the words of the page's address (as 56m, 57c and 57t did); each case page's heading (its first line) kept as title and
left out of the text, its sub-headings and dated entries kept in the page's order (as 17d, 55j, 55o, 55t, 56a, 56g and
57h), the excerpts' single line breaks doubled (whitespace only), the contact blocks left out (as 17d, 55j, 55o, 56a
and 57h); all three cut where the excerpt ends or before the entry it breaks off inside; cuts per item in `notes`; no
word added or changed. The excerpts are saved verbatim in /tmp/gather59d/src (jla-washstation-phase2-govuk.txt,
tarmac-alun-griffiths-case-page-govuk.txt, mcgraw-hill-cengage-case-page-govuk.txt; each file's first line is the page
address; written by /tmp/gather59d/mk_src.py) with the queries (queries.txt); `verify()` below checks, before anything
is written, that each record's address, title and every text paragraph occur in its saved excerpt (a title not in the
excerpt must spell the address's last segment). newskg (or any extractor) was not run on the texts.
usage: batch58d.py [POOL_DIR] [--dry]   (default /tmp/gather59d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59d/pool"
SRC = "/tmp/gather59d/src"
NEWS = "UK Competition and Markets Authority news story (gov.uk) as gov.uk renders it (page store)"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m, "
            "57c, 57h, 57t). ")
CASE_NOTE = ("The CMA's merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; gov.uk CMA case pages used before: batches 17d, 55j, 55o, 55t, 56a, 56g, "
             "57h): the page's heading (its first line) kept as title and left out of the text, the page's dated "
             "entries, table rows and sub-headings kept in the page's order (newest first), the excerpt's single "
             "line breaks doubled (whitespace only; each table row its own paragraph). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather59*/pool as they stood, and /work/notes/gather59/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- CMA: JLA / Washstation, university laundry, phase 2 final decision (gov.uk news story, 11 October 2018) -------
u = "https://www.gov.uk/government/news/university-laundry-merger-broken-up-by-cma"
t = "University laundry merger broken up by CMA"
R.append(uk_rec("uk-cma-jla-washstation-university-laundry-merger-must-sell-2018", u, "2018-10-11", t, OGL,
 att("news story", t, "11 October 2018", u),
 "The decision by the Competition and Markets Authority (CMA) comes following an in-depth investigation into market leader JLA\u2019s takeover in May 2017 of its closest competitor Washstation. The 2 firms supply managed laundry services to higher education providers including universities, colleges and student accommodation providers.\n\n"
 "The merger was investigated by a CMA group of independent panel members which today published its final decision. The group found a substantial loss of competition resulting from the merger and that customers may be expected to pay more for, or receive lower quality, managed laundry services.\n\n"
 "Findings show that other firms offering laundry services to higher education providers are not currently able to compete effectively with JLA / Washstation. The investigation also found that any future growth by these smaller rivals would be unlikely to offset the loss of competition resulting from the merger, either sufficiently or quickly enough. Additionally, it was found that companies providing laundry services in other sectors, such as healthcare or leisure, would find it difficult to enter the higher education sector and compete effectively against JLA / Washstation in the foreseeable future.\n\n"
 "In order to address the loss of competition resulting from the merger, the CMA has decided that JLA must sell Washstation\u2019s higher education business to a new owner to be approved by the CMA.\n\n"
 "Stuart McIntosh, Inquiry Chair, said:\n\n"
 "Our decision will preserve competition and choice for universities and other providers of student accommodation. The CMA thoroughly monitors mergers across the UK. Where it finds concerns it will take action, and has the ability to reverse completed mergers to ensure that customers are not worse off.",
 "managed laundry services/higher education; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "The page store's ' date 2018-10-11 ' prefix left out of the text (kept as `published`); the excerpt "
 "begins with the story's body and holds no label, heading, summary line or image caption, so the title is the "
 "words of the page's address ('university-laundry-merger-broken-up-by-cma'), as 56m, 57c and 57t titled pages "
 "whose excerpts hold no heading; paragraph breaks as the excerpt has them (already double); the excerpt's closing "
 "line breaks dropped. Kept as the page has them: 'The 2 firms' in figures, 'JLA / Washstation' with spaces round "
 "the slash (twice), 'Inquiry Chair' capitalised, the quotation without quotation marks (gov.uk sets it as a "
 "block), the curly apostrophes ('JLA\u2019s', 'Washstation\u2019s'). Cut at the end after the quotation's last "
 "sentence ('... to ensure that customers are not worse off.'), where the excerpt ends: the rest of the story (on "
 "gov.uk probably the notes to editors; not seen) left out (`truncated`). `published` 2018-10-11: the page store's "
 "date for the page; 'today' in the text is that day. Found with 'Press release CMA provisionally clears merger "
 "inquiry group chair said laundry linen hire Berendsen Johnson Service' (rank 4). Not checked against another page "
 "(no other page on this matter came back in the session's queries). Other laundry merger left out (one laundry "
 "text taken): the gov.uk release 'Cleanroom laundry service merger could face in-depth investigation' (Fenland "
 "Laundries Limited / Fishers Services Limited's cleanroom laundry business, Berendsen Cleanroom Services Limited; "
 "rank 3 of the same query; no person in its excerpt). " + CHECKED +
 "'Washstation', 'university laundry', 'managed laundry' - no file; 'JLA' as a word (grep -w) - no file (the three "
 "case-insensitive hits in GATHERING.md are parts of other words); 'Stuart McIntosh' - 56m's Bauer Media file "
 "(test) and 56m's script, GATHERING.md's lines on the Vodafone / Three and Meta / Giphy news "
 "(other matters). The matter is new to the corpus.",
 NEWS))
# ---- CMA: Tarmac Trading (CRH) / Alun Griffiths (Contractors) merger case page (entries 2 March - 6 June 2018) -----
u = "https://www.gov.uk/cma-cases/tarmac-trading-alun-griffiths-contractors-merger-inquiry"
t = "Tarmac Trading / Alun Griffiths (Contractors) merger inquiry"
R.append(uk_rec("uk-cma-tarmac-trading-crh-alun-griffiths-merger-case-page-2018", u, None, t, OGL,
 att("merger case page", t, None, u),
 "The CMA is investigating the completed acquisition by CRH plc through its subsidiary Tarmac Trading Limited of Alun Griffiths (Contractors) Limited.\n\n"
 "Statutory timetable\n\n"
 "Phase 1 Date Action\n\n"
 "5 July 2018 Deadline for phase 1 decision*\n\n"
 "10 May 2018 to 25 May 2018 Invitation to comment\n\n"
 "9 May 2018 Launch of merger inquiry\n\n"
 "5 March 2018 Initial enforcement order\n\n"
 "(*) This date is the current statutory deadline by when the decision will be announced. If any change occurs, the information is refreshed as soon as practicable. However, the CMA cannot guarantee that the decision will be announced on or before this current deadline, as the deadline of a given case may change during the merger assessment process due to different reasons.\n\n"
 "Phase 1\n\n"
 "Revocation of initial enforcement order\n\n"
 "6 June 2018: In view of the evidence available to the CMA at this stage, the CMA has revoked the initial enforcement order.\n\n"
 "Invitation to comment: closed 25 May 2018\n\n"
 "10 May 2018: The CMA is considering whether it is or may be the case that this transaction has resulted in the creation of a relevant merger situation under the merger provisions of the Enterprise Act 2002 and, if so, whether the creation of that situation has resulted, or may be expected to result, in a substantial lessening of competition within any market or markets in the United Kingdom for goods or services.\n\n"
 "Launch of merger inquiry\n\n"
 "9 May 2018: The CMA announced the launch of its merger inquiry by notice to the parties.\n\n"
 "Initial enforcement order\n\n"
 "On 2 March 2018, the CMA served an initial enforcement order under section 72(2) of the Enterprise Act 2002 on CRH plc and Tarmac Trading Limited, in relation to the completed acquisition by CRH plc through its subsidiary Tarmac Trading Limited of Alun Griffiths (Contractors) Limited.",
 "construction materials/civil engineering contracting; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the sub-heading 'Amendments/consents granted:' (the excerpt has no entry under it; on "
 "gov.uk its entries are document links, which this rendering drops) and the contact block after it ('Please send "
 "written representations about any competition or public interest to:', the case officer's name and the "
 "address, which the excerpt breaks off inside: 'Competiti'), as 17d, 55j, 55o, 56a and 57h left out their pages' "
 "contact blocks; so the text ends after the initial enforcement order entry ('... of Alun Griffiths (Contractors) "
 "Limited.') and the rest of the page (not seen; the phase 1 decision, due by 5 July 2018, is not in the excerpt) "
 "is left out (`truncated`). Kept as the page has them: the table head 'Phase 1 Date Action' and its four rows "
 "(each its own paragraph, from single line breaks), the asterisk after 'Deadline for phase 1 decision' and the "
 "note '(*) This date is ...', 'Invitation to comment: closed 25 May 2018', the initial enforcement order dated "
 "'5 March 2018' in the table and served 'On 2 March 2018' in the entry (both as the page has them), 'section "
 "72(2)'. `published` null, as 17d's, 55j's, 55o's, 55t's, 56a's and 57h's case pages: the entries span 2 March "
 "to 6 June 2018 and the excerpt shows no 'Published / Last updated' line. Facts checked against other pages in "
 "the page store: none on this matter came back (theconstructionindex.co.uk's item on the Tarmac / Breedon asset "
 "swap of the same season names CRH as Tarmac's parent company: another deal). Found with 'merger inquiry The CMA "
 "investigated and cleared the completed acquisition Statutory timetable Phase 1 decision announced quarry "
 "aggregates' (rank 2). Other construction-materials case page left out (one taken): 'Hanson / Mick George merger "
 "inquiry' (rank 1 of the same query; Hanson Quarry Products Europe Limited / Mick George Limited, 2023-2024; no "
 "person, no owner named in its excerpt). " + CHECKED +
 "'Alun Griffiths', 'Tarmac Trading', 'Matteo Alchini' - no file; 'Tarmac' - a Wikinews text on the Boeing 787 "
 "(test; the airport surface) and 32e's script (another subject); 'CRH' - batches 45zr's and 47r's scripts and "
 "GATHERING.md (other matters; no corpus text). The matter is new to the corpus.",
 CASE))
# ---- CMA: McGraw-Hill Education / Cengage Learning Holdings merger case page (entries 14 January - 5 May 2020) ----
u = "https://www.gov.uk/cma-cases/mcgraw-hill-education-cengage-learning-holdings-merger-inquiry"
t = "McGraw-Hill Education / Cengage Learning Holdings merger inquiry"
R.append(uk_rec("uk-cma-mcgraw-hill-cengage-merger-case-page-reference-cancelled-2020", u, None, t, OGL,
 att("merger case page", t, None, u),
 "The CMA investigated the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II, Inc.\n\n"
 "Phase 2\n\n"
 "Administrative timetable\n\n"
 "Date of referral: 24.3.20\n\n"
 "Statutory deadline: 28.9.20\n\n"
 "Merger reference cancelled\n\n"
 "5 May 2020: The CMA has cancelled its merger inquiry into the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II, Inc.\n\n"
 "Notices\n\n"
 "Inquiry group appointed\n\n"
 "14 April 2020: The CMA has appointed the inquiry group.\n\n"
 "Stuart McIntosh (Chair), Maria da Cunha, Robin Foster and Karthik Subramanya.\n\n"
 "Terms of reference\n\n"
 "24 March 2020: The CMA has referred the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II, Inc. for an in-depth investigation.\n\n"
 "Phase 1\n\n"
 "Statutory timetable\n\n"
 "Phase 1 Date Action\n\n"
 "10 March 2020 Decision announced\n\n"
 "14 to 28 January 2020 Invitation to comment\n\n"
 "14 January 2020 Launch of merger inquiry\n\n"
 "Reference decision\n\n"
 "24 March 2020: The CMA has referred the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II, Inc. for an in-depth investigation.\n\n"
 "Reference unless undertakings accepted\n\n"
 "10 March 2020: The CMA has decided, on the information currently available to it, that it is or may be the case that this merger has resulted or may be expected to result in a substantial lessening of competition within a market or markets in the United Kingdom. This merger will be referred for a phase 2 investigation unless the parties offer acceptable undertakings to address these competition concerns.",
 "educational publishing/textbooks; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Cut at the end after the phase 1 decision entry ('10 March 2020: ... to address these competition "
 "concerns.'): the sub-heading 'Invitation to comment: now closed' and its entry, which the excerpt breaks off "
 "inside ('... within any mark'), left out, and the rest of the page (probably the contact block; not seen) with "
 "them (`truncated`). No contact block or link label inside the kept part. Kept as the page has them: 'Date of "
 "referral: 24.3.20' and 'Statutory deadline: 28.9.20' in the page's short numeric form, 'McGraw-Hill Education, "
 "Inc' with no full stop after 'Inc' and 'Cengage Learning Holdings II, Inc.' with one, the two identical "
 "referral entries of 24 March 2020 (under 'Terms of reference' and under 'Reference decision'), the sub-heading "
 "'Notices' with no entry of its own, the table head 'Phase 1 Date Action' and its three rows (each its own "
 "paragraph, from single line breaks), '14 to 28 January 2020', the members' list with its full stop. `published` "
 "null, as the lane's other case pages: the entries span 14 January to 5 May 2020 and the excerpt shows no "
 "'Published / Last updated' line. Facts checked against other pages in the page store: marketscreener.com's copy "
 "of the CMA's RNS of the phase 1 decision ('Anticipated acquisition of Cengage by McGraw-Hill Education Limited', "
 "10 March 2020) and lunch.publishersmarketplace.com (the CMA's five working days; the parties' completion moved "
 "to August 2020); not used for any annotation. Found with 'merger inquiry The CMA is investigating the completed "
 "acquisition Initial enforcement order derogation software publishing education' (rank 6). Same matter, left out "
 "(one text per matter): the RNS copy and publishersmarketplace. " + CHECKED +
 "'McGraw-Hill Education', 'Cengage Learning Holdings II', 'Karthik Subramanya' - no file; 'Cengage' - 51b's "
 "Cengage / Houghton Mifflin College Division notice (test, 2008; another matter), US DOJ texts naming 51b's "
 "picks, 57j's claim line (Haynes, another matter); 'McGraw' - texts and scripts on McGraw-Hill in other matters "
 "(57p's Osborne history, a CFTC text); 'Stuart McIntosh' - 56m's Bauer Media file (test; another matter); 'Maria "
 "da Cunha', 'Robin Foster' - 55j's Ecolab / Holchem (dev), 56g's Cérélia / Jus-Rol (test) and Hunter Douglas "
 "(train) files (the same panel members, other matters); 'Karthik' - 55o's Bottomline / Experian file (test; "
 "another matter). The matter is new to the corpus.",
 CASE))

SRCS = {"uk-cma-jla-washstation-university-laundry-merger-must-sell-2018": "jla-washstation-phase2-govuk",
        "uk-cma-tarmac-trading-crh-alun-griffiths-merger-case-page-2018": "tarmac-alun-griffiths-case-page-govuk",
        "uk-cma-mcgraw-hill-cengage-merger-case-page-reference-cancelled-2020": "mcgraw-hill-cengage-case-page-govuk"}


def verify():
    """Each record's address matches its saved excerpt's first line; its title occurs in the excerpt or spells the
    address's last segment; every text paragraph occurs in the excerpt. Without the saved excerpts (another machine)
    the check is skipped with a note."""
    bad = []
    for r in R:
        p = os.path.join(SRC, SRCS[r["id"]] + ".txt")
        if not os.path.exists(p):
            print(f"note: {p} not found, excerpt check skipped", file=sys.stderr)
            continue
        url, ex = open(p, encoding="utf-8").read().split("\n", 1)
        if url != r["source"]: bad.append((r["id"], "address"))
        slug = url.rstrip("/").rsplit("/", 1)[1]
        if r["title"] not in ex and r["title"].lower().replace(" ", "-") != slug: bad.append((r["id"], "title"))
        bad += [(r["id"], q[:60]) for q in r["text"].split("\n\n") if q not in ex]
    if bad:
        sys.exit(f"not in the saved excerpts: {bad}")


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)
