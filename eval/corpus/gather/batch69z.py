#!/usr/bin/env python3
"""Batch 69z (session 63, gatherer lane 69z): three FTC merger-order texts of 1996 and 1998 naming the acquirers, the
companies they bought or held interests in, a parent's subsidiaries, the places of the facilities an order covers and an
FTC staff contact, new matters in the federal FTC lane (after 68a, 69a, 69h, 69n and 69t and the rounds they name),
found by asking the FTC's pages by acquirer, target and product (the way of 68a; the leads of 68a's section and of
69a's, 69h's, 69n's and 69t's round notes were asked first, see the round notes /tmp/gather69z/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/1996/02/annouced-actions-february-2-1996' (FTC announced actions of
    February 2, 1996, the day from the page's address; no headline in the stored text) -- the FTC's grant in part of
    Charter Medical Corporation's petition to modify its 1995 consent order over its acquisition of National Medical
    Enterprises' (NME) psychiatric facilities (Macon, Georgia; Memphis, Richmond, Smyrna, Stockbridge, Orlando); Dan
    Ducore, the FTC staff contact;
  - ftc.gov 'opa/1998/10/aed.htm' (FTC press release of October 1998; its day and headline are not in the stored text)
    -- the FTC's proposed settlement over Medtronic, Inc.'s proposed acquisition of Physio-Control International
    Corporation's automated external defibrillator business (SurVivaLink Corporation; Hewlett-Packard/Heartstream; the
    U.S. Food and Drug Administration);
  - ftc.gov 'news-events/press-releases/1996/01/ftc-has-ended-obligation-roche-holding-ltd-obtain-prior-approval' (FTC
    press release of January 1996; its day is not in the stored text) -- the FTC's ending of Roche Holding Ltd.'s
    prior-approval obligations under the 1990 Genentech ('Genetech, Inc.') order and the 1994 Syntex / Syva DAT order
    (Hoffmann La-Roche, Nutley, New Jersey).
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69z/NOTES.md. Queries and ranks in
/tmp/gather69z/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in
UTF-8), as saved in /tmp/gather69z/src by /tmp/gather69z/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three). Charter -- the line 'Tags:'
and the blank line under it; the list bullet's mark ('  \u2022 ') before the Charter item (kept as its own paragraph);
cut after the Charter item, before the second item (The Coca-Cola Company's petition, another matter) and the heading
the excerpt breaks off ('Commission action regarding applications: Followi') (`truncated`); `title` None. Medtronic --
cut after the second paragraph, before the third the excerpt breaks off ('Medtronic, based in Minneapolis, Minnesota,
specializes in implantable and interventional ther') (`truncated`); `title` None. Roche -- the headline kept as
`title`; cut after the second paragraph, before the third the excerpt breaks off ('The modifying order announced by the
Commission today deletes ... for 10 years of acquisition') (`truncated`). No word added or changed; the store's
paragraphs kept, joined by a blank line. Each kept paragraph checked by script to be a verbatim substring (once) of
the saved excerpt, runs of white space read as one space. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch69z.py [POOL_DIR] [--dry]   (default /tmp/gather69z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69z/pool"
SRC = "/tmp/gather69z/src"
R = []

# ---- Charter Medical Corporation / National Medical Enterprises, FTC announced actions, February 2, 1996 ---------------
U1 = "http://www.ftc.gov/news-events/press-releases/1996/02/annouced-actions-february-2-1996"
P1 = [
 "The Federal Trade Commission today announced the following actions. Unless otherwise noted, the FTC staff contact "
 "is Dan Ducore, 202-326-2526.",
 "Commission action regarding petitions to reopen and modify or set aside orders: Following public comment periods, "
 "the Commission has responded to petitions from the following entities.",
 "The FTC has granted in part the petition of Charter Medical Corporation, of Macon, Georgia, to modify a 1995 "
 "consent order. The FTC has replaced a general prior-approval requirement in the order with a narrower one that "
 "requires Charter to obtain FTC approval before acquiring any interest in the psychiatric facilities currently owned "
 "by National Medical Enterprises (NME) in Memphis, Tennessee; Richmond, Virginia; Smyrna and Stockbridge, Georgia; "
 "and Orlando, Florida. (These are the facilities Charter was prevented from acquiring under the original order.) "
 "Charter also must notify the FTC before acquiring any other psychiatric facilities in these markets, or before "
 "divesting one to an entity that does or will operate another such facility, under the modified order. The order "
 "settled antitrust charges regarding Charter\u2019s acquisition of NME (Docket No. C-3558; Commission vote 5-0)."]
R.append((["ftc-1996-02-02-announced-actions-charter-medical.txt"], None, P1, federal(
 "us-ftc-charter-medical-nme-order-modified-psychiatric-facilities-1996",
 U1, "1996-02-02", None, "\n\n".join(P1),
 "healthcare/competition regulation", "regulatory,merger control,order modification,psychiatric hospitals",
 "U.S. Federal Trade Commission, announced actions of February 2, 1996 (the Charter Medical Corporation item; no "
 "headline in the stored text), US federal government work (public domain); text from the search tool's page store "
 "at " + U1,
 FTC_ORIGIN,
 "An FTC announced-actions release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/"
 "press-releases/1996/02/...'): first-party text. Left out: the page line 'Skip to main content', the line 'Tags:' and "
 "the blank lines under them, and the list bullet's mark ('  \u2022 ') before the Charter item (kept as its own "
 "paragraph, its words unchanged). The stored text holds no headline: `title` None (the address's 'annouced actions "
 "february 2 1996', misspelt, is not text); `published` 1996-02-02 from that address (the FTC's own page names the "
 "day; **doubtful**: no date line in the stored text), so 'today' resolves to it; '1995' ('a 1995 consent order') is "
 "absolute. Cut after the Charter item, before the second item (the FTC's denial of The Coca-Cola Company's petition "
 "over the Dr Pepper brand, another matter; 'Coca-Cola Company' is in corpus files) and the heading the store's "
 "excerpt breaks off ('Commission action regarding applications: Followi') (`truncated`). Kept as written: the one "
 "curly apostrophe ('Charter\u2019s acquisition of NME') beside straight ones, the parenthesis '(These are the "
 "facilities ...)', '(Docket No. C-3558; Commission vote 5-0)'. 179 words (whitespace-split), three paragraphs. Found "
 "at rank 6 under 'FTC 1995 press release Charter Medical rescind acquisitions NME psychiatric hospitals Atlanta "
 "Memphis Orlando Richmond' (query 4; 68a's lead 'Charter Medical / National Medical Enterprises (1994, FR 94-29182, "
 "File No. 941 0074)'); queries 2 and 4 also gave the FR notice 94-29182 at govinfo and elaws (November 28, 1994; the "
 "proposed consent agreement, same matter) and a latimes.com report (third party). One text per matter: the FR "
 "notice, the 1995 order and this modification are one matter; the ftc.gov release was taken as first-party text. "
 + CHECK + "'Charter Medical', 'National Medical Enterprises', '941 0074', 'C-3558', '94-29182': only in GATHERING.md's "
 "lead and looked-at lines (0 in the corpus files, the scripts and the pools); 'Dan Ducore' 0 ('Ducore' as 'Daniel P. "
 "Ducore', a staff contact in other FTC rounds' pages); 'Macon', 'Smyrna', 'Stockbridge' not checked as subjects "
 "(places).",
 True)))

# ---- Medtronic, Inc. / Physio-Control International Corporation (AED business), FTC press release, October 1998 ------
U2 = "https://www.ftc.gov/opa/1998/10/aed.htm"
P2 = [
 "The Federal Trade Commission today announced a proposed settlement to resolve competitive concerns arising from "
 "Medtronic, Inc.'s proposed acquisition of Physio-Control International Corporation's automated external "
 "defibrillator (\"AED\") business. Medtronic, one of the world's leading suppliers of medical devices, does not "
 "currently manufacture AEDs. It does, however, have an ownership interest in SurVivaLink Corporation, a direct "
 "competitor of Physio-Control. This relationship gives Medtronic the ability to influence and exert some control "
 "over the business of SurVivaLink, as well as gain access to SurVivaLink's competitively sensitive information, the "
 "FTC alleged. The U.S. market for AEDs is highly concentrated, the agency said. As a result, Medtronic's agreements "
 "with SurVivaLink and its acquisition of Physio-Control would cause anticompetitive harm in the market for the "
 "research, development, manufacture and sale of AEDs and could result in increased prices and reduced innovation, "
 "the agency charged. The proposed settlement, which is subject to public comment, would convert Medtronic into a "
 "passive investor in SurVivaLink, thereby ending Medtronic's potential to exercise control over SurVivaLink or gain "
 "access to any competitively sensitive information.",
 "AEDs are portable, automated devices used in emergency situations by persons with limited medical training to "
 "diagnose and treat persons suffering from sudden cardiac arrest. There are only three significant competitors in "
 "the U.S. market for AEDs: (1) Physio-Control; (2) Hewlett-Packard/Heartstream; and (3) SurVivaLink. Entry into this "
 "market is unlikely, the agency said, and would not be timely because of the time and expense required to design "
 "and develop a competitively viable product, obtain approvals from the U.S. Food and Drug Administration, and "
 "establish a sales and distribution network."]
R.append((["ftc-1998-10-medtronic-physio-control-aed.txt"], None, P2, federal(
 "us-ftc-medtronic-physio-control-aed-survivalink-proposed-settlement-1998",
 U2, None, None, "\n\n".join(P2),
 "medical devices/competition regulation", "deal,regulatory,merger control,medical devices,minority stake",
 "U.S. Federal Trade Commission, press release of October 1998 on the proposed settlement over Medtronic, Inc.'s "
 "proposed acquisition of Physio-Control International Corporation's AED business (its headline and day are not in "
 "the stored text), US federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1998/10/aed.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None; `published` None -- the address gives October 1998, and the Federal "
 "Register analysis (elaws FR Doc. 98-26855, Wednesday, October 7, 1998, File No. 981-0324; rank 1 of query 5, ranks "
 "3-4 of query 7) took comments until December 7, 1998, but no page in the store gives the release's day. So 'today' "
 "('The Federal Trade Commission today announced') is not resolved and the kept text has no absolute time expression "
 "(no dates). Cut after the second paragraph, before the third the store's excerpt breaks off ('Medtronic, based in "
 "Minneapolis, Minnesota, specializes in implantable and interventional ther') (`truncated`): Minneapolis is "
 "therefore not in the text. Kept as written: '(\"AED\")', 'Hewlett-Packard/Heartstream' (one list item), the "
 "numbered list '(1) ... (2) ... (3)', the straight quotation marks and apostrophes. 263 words (whitespace-split), "
 "two paragraphs. Found at rank 2 under 'FTC Medtronic Physio-Control acquisition consent order defibrillators "
 "divest' (query 5; a new name, 0 in the corpus); rank 3 was the decision and order (Docket No. C-3842), rank 6 the "
 "agreement (File No. 981-0324), rank 5 an FTC listing page on rbyhdq.net (a mojibake mirror), rank 8 the 1999 "
 "Medtronic / Avecor agreement (File No. 981-0329, another matter); query 7 added the complaint on rbyhdq.net "
 "(mojibake) and ftc.gov node/40028 (the final order among announced actions, same matter). One text per matter. "
 + CHECK + "'Physio-Control', 'SurVivaLink', 'Heartstream', '981-0324', 'C-3842', 'opa/1998/10/aed': 0 in the corpus "
 "files, the scripts, GATHERING.md and the pools; 'Medtronic' in 69t's Medtronic / Intersect ENT text and other files "
 "(other matters); 'Hewlett-Packard' and 'Food and Drug Administration' in corpus files on other matters.",
 True)))

# ---- Roche Holding Ltd. (1990 Genentech order, 1994 Syntex / Syva order), FTC press release, January 1996 -----------
U3 = ("http://www.ftc.gov/news-events/press-releases/1996/01/"
      "ftc-has-ended-obligation-roche-holding-ltd-obtain-prior-approval")
T3 = ("FTC has Ended the Obligation of Roche Holding Ltd. to Obtain Prior-Approval to Acquire an Interest Greater than "
      "One Percent in any Company Involved in the Market for Drug Abuse Testing (DAT) Products, and the Markets for "
      "Vitamin C, Human Growth Factor, or CD4-Based Therapeutics for the Treatment of AIDS/HIV")
P3 = [
 "The Federal Trade Commission has ended the obligation of Roche Holding Ltd. to obtain prior-approval to acquire an "
 "interest greater than one percent in any company involved in the market for drug abuse testing (DAT) products, and "
 "the markets for Vitamin C, Human Growth Factor, or CD4-based therapeutics for the treatment of AIDS/HIV. The prior- "
 "approval requirements were included in two separate consent orders stemming from FTC charges that Roche's 1990 "
 "acquisition of a controlling interest of Genetech, Inc., a competitor in the market for the pharmaceutical "
 "products, and its 1994 acquisition of Syntex, and its subsidiary, Syva, a competitor with Roche in the market for "
 "DAT products, violated antitrust laws. The Commission replaced the prior- approval provision with a prior-notice "
 "requirement for specified Roche acquisitions in the 1990 pharmaceuticals order, and set aside the 1994 DAT order in "
 "its entirety.",
 "Roche Holding, Ltd. is a Swiss Corporation with a subsidiary, Hoffmann La-Roche, located in Nutley, New Jersey. The "
 "company petitioned the FTC to reopen and set aside both the 1990 and 1994 orders, pursuant to the FTC's new "
 "prior-approval policy. Under that policy, the Commission no longer routinely includes prior approval provisions in "
 "orders stemming from merger cases, and presumes the public interest requires modifying such provisions in "
 "outstanding merger orders to make them consistent with the policy. The Commission sought public comments on the "
 "Roche petitions, and received none."]
R.append((["ftc-1996-01-roche-syntex-syva-prior-approval.txt"], T3, P3, federal(
 "us-ftc-roche-ends-prior-approval-syntex-syva-genentech-orders-1996",
 U3, None, T3, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "regulatory,merger control,order modification,pharmaceuticals,diagnostics",
 "U.S. Federal Trade Commission, press release of January 1996, 'FTC has Ended the Obligation of Roche Holding Ltd. "
 "to Obtain Prior-Approval ...' (its day is not in the stored text), US federal government work (public domain); "
 "text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "1996/01/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under it; the "
 "headline is kept as `title`. `published` None -- the address gives January 1996 and no page in the store gives "
 "the day (query 8 asked for it: the October 1995 'FYI' release on Roche's Genentech petition, FTC Docket No. C-3315, "
 "says comments ran 'until Nov. 2', no more). The kept text's time expressions '1990' and '1994' are absolute. Cut "
 "after the second paragraph, before the third the store's excerpt breaks off ('The modifying order announced by the "
 "Commission today deletes the prior-approval requirement but requires prior notification for 10 years of "
 "acquisition') (`truncated`). Kept as written: 'Genetech, Inc.' (so spelt by the release; Genentech), 'prior- "
 "approval' twice with the space after the hyphen (a line-break hyphen of the original), 'prior-approval' and 'prior "
 "approval' elsewhere, 'Roche Holding Ltd.' beside 'Roche Holding, Ltd.', 'Hoffmann La-Roche', the straight "
 "apostrophes. 231 words (whitespace-split), two paragraphs; headline 50 words. Found at rank 4 under 'FTC Roche "
 "Holding Syntex consent order divest Syva drugs of abuse testing' (query 1; 68a's lead 'Roche / Syntex (1994, FR "
 "94-22434, File No. 941 0085: Syva's DAT business)') and rank 1 of query 8; ranks 1-2 of query 1 were the FR notice "
 "94-22434 (September 12, 1994, the proposed consent agreement), rank 7 an AP report (third party). One text per "
 "matter: the 1994 FR notice, the 1995 petition release and this release are the Roche / Syntex orders' matter; "
 "68a's Roche / Corange text (1998) is another matter (its record's notes name the 1994 FR notice only as looked at). "
 + CHECK + "'Syntex', 'Syva', 'Genetech', 'Hoffmann La-Roche', 'Nutley', '941 0085', '94-22434', "
 "'ended-obligation-roche': 0 in the corpus texts, the scripts' texts and the pools (only in GATHERING.md's, 68a's "
 "and the Roche / Corange record's notes as looked-at and lead lines); 'Roche Holding' in 68a's Roche / Corange and "
 "67r's DSM / Roche Vitamins texts (other matters); 'Genentech' (so spelt) in corpus files on other matters.",
 True)))


def verify():
    """Each kept paragraph (and the Roche headline) occurs verbatim (once) in the saved excerpt, runs of white space
    read as one space (the saved file's two header lines, its address and the query that found it, are not part of
    the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)
