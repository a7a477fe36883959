#!/usr/bin/env python3
"""Batch 40zj (session 41, gatherer 40zj): European Commission competition items on named companies, their parents
and subsidiaries, the lane of batches 10, 15b, 21c, 22b, 22c and 24b (EC texts, CC BY 4.0):
  - the Commission's daily news item on the supplementary Statement of Objections sent to Teva Pharmaceutical
    Industries Ltd. and Cephalon Inc., 'now a subsidiary of Teva', over the modafinil 'pay-for-delay' settlement
    (8 June 2020), as pubaffairsbruxelles.eu reproduces it;
  - a page of the Commission's competition newsroom, antitrust topic (page 14 of the listing, items of 2017): the
    court's dismissal of AGC's appeal, unannounced inspections at motor insurers in the Republic of Ireland on
    4 July 2017 and the automotive lighting cartel fine on Automotive Lighting and Hella (Valeo not fined), from
    ec.europa.eu.
Text is the search tool's page-store excerpt (corpus `pages`). Cuts are whole items, headings and page chrome
(see each record's `notes`); no word added or changed. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch40zj.py [POOL_DIR] [--dry]   (default /tmp/gather41zj/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch10 import EC as EC_LIC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zj/pool"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-41 pools /tmp/gather41*/pool: ")


def rec(id, url, published, title, text, sector, region, topics, attribution, origin, notes, truncated):
    return {"id": id, "source": url, "licence": EC_LIC, "attribution": attribution, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- Teva / Cephalon: supplementary Statement of Objections (8 June 2020), pubaffairsbruxelles.eu copy --------------
t = "Antitrust: Commission sends supplementary Statement of Objections to Teva on suspected ‘pay-for-delay’ pharma agreement"
u = ("https://pubaffairsbruxelles.eu/eu-institution-news/antitrust-commission-sends-supplementary-statement-of-"
     "objections-to-teva-on-suspected-pay-for-delay-pharma-agreement")
R.append(rec(
 "ec-teva-cephalon-supplementary-statement-of-objections-modafinil-2020", u, "2020-06-08", t,
 "The European Commission has sent a supplementary Statement of Objections to Teva Pharmaceutical Industries Ltd. "
 "(“Teva”) and Cephalon Inc. (“Cephalon”), now a subsidiary of Teva. This is a procedural step in the Commission’s "
 "ongoing investigation under the EU antitrust rules. It follows the Commission’s Statement of Objections, in which "
 "the Commission had reached the preliminary conclusion that the patent settlement agreement between Cephalon and "
 "Teva concerning the sleeping disorder medicine modafinil may have delayed the entry of a cheaper generic medicine, "
 "in breach of Article 101(1) of the Treaty on the Functioning of the European Union (TFEU), thus causing "
 "substantial harm to EU patients and health service budgets through higher prices for modafinil. In the worldwide "
 "agreement settling their patent litigation, Teva undertook not to sell its cheaper generic modafinil products in "
 "the European Economic Area and, in exchangereceived, according to the Commission’s preliminary assessment, from "
 "Cephalon a significant transfer of value through a series of cash payments and various other transactions. The "
 "supplementary Statement of Objections complements and clarifies the Commission’s assessment underlying, in "
 "particular, the preliminary conclusion that the parties’ conduct constitutes a restriction of competition ‘by "
 "object’, also in view of recent judgments of the Court of Justice of the EU, and it does not prejudge the outcome "
 "of the investigation. More information is available on the Commission’s competition website, in the public case "
 "register under the case number AT.39686.",
 "pharmaceuticals", "EU", "deal,regulatory",
 f"© European Union, European Commission, daily news item '{t}' (8 June 2020); reuse authorised under CC BY 4.0; "
 f"text as reproduced at {u}",
 "European Commission daily news item, copy on a third-party site (page store)",
 "The Commission's daily news item as pubaffairsbruxelles.eu reproduces it under 'EU institution news' (the heading "
 "kept as title; the copy adds no words to the item). The excerpt carries no date: `published` 2020-06-08, the "
 "Monday on which Reuters (nasdaq.com copy, 'BRUSSELS, June 8 (Reuters) ... on Monday ... sent a supplementary "
 "charge sheet to Teva') reports the step (doubtful only as not read on the copy). Whole item kept, one paragraph as "
 "the copy prints it (`truncated` false). Kept as written: 'in exchangereceived' (a missing space in the copy), the "
 "curly quotes and apostrophes. 227 words. One text per event: Seeking Alpha's and Reuters' news of it left out; "
 "the Commission's first Statement of Objections of 17 July 2017 (IP/17/2063; its newsroom line on "
 "ec.europa.eu/newsroom/comp/items/topic/2389?page=13, cut from the other text of this batch; sleepreviewmag.com "
 "quotes the release) and the fine of 26 November 2020 (law-firm and LexisNexis pages only) are other steps of the "
 "case, not taken. Found with 'skip to main content European Commission Logo Newsroom Overview Antitrust AGC appeal "
 "Hearing Officer confidentiality leniency Teva Cephalon statement of objections' (rank 4) and 'Commission "
 "supplementary Statement of Objections Teva Cephalon modafinil pay-for-delay date' (rank 1). "
 + CHECK + "'modafinil', 'AT.39686', 'pay-for-delay': 0; 'Cephalon' in two train files on other events (an FTC "
 "merger-divestiture text on Teva's purchase of Cephalon, 2011, and the Wikipedia article on Teva: file names only) "
 "and batches 16e and 26e; 'Teva' in no dev or test file.", False))

# ---- Competition newsroom, antitrust topic, page 14 of the listing (items of 2017), ec.europa.eu --------------------
u = "https://ec.europa.eu/newsroom/comp/items/topic/2389?page=13"
R.append(rec(
 "ec-competition-newsroom-antitrust-agc-irish-motor-insurance-hella-2017", u, None,
 "Competition newsroom: Antitrust (AGC v Commission; motor insurance inspections in Ireland; Automotive Lighting and Hella cartel fine)",
 "The court dismissed AGC’s appeal. The judgment confirms the existing jurisprudence according to which the Hearing "
 "Officer's competence covers the issue of protecting the confidentiality of contested information, taking also "
 "into account the principles of legitimate expectations and equal treatment. The judgement also confirms the "
 "Commissions's general policy concerning the use of information provided by leniency applicants in "
 "non-confidential final decisions in antitrust cases. A meaningful public version of cartel decisions is an "
 "important element to give EU citizens the possibility to see how EU competition rules are applied by the "
 "Commission.\n\n"
 "The European Commission can confirm that on 4 July 2017 its officials carried out unannounced inspections at the "
 "premises of companies active in motor insurance in the Republic of Ireland.\n\n"
 "The European Commission has fined Automotive Lighting and Hella a total of €26 744 000 for participating in an "
 "automotive lighting cartel, in breach of EU antitrust rules. Valeo was not fined as it revealed the cartel to the "
 "Commission. All companies admitted their involvement and agreed to settle.",
 "automotive parts, insurance, glass (antitrust)", "EU", "regulatory",
 f"© European Union, European Commission, Newsroom, Competition: Antitrust (page 14 of the listing), {u}, CC BY 4.0",
 "ec.europa.eu competition newsroom listing (search tool page store)",
 "A listing page of short newsroom items, kept as one text, as batches 10 and 15b kept such pages; the stored excerpt "
 "starts inside the page, with the last sentences of an item on AGC's appeal (its heading is not in the excerpt), "
 "and carries no item headings. Left out: the topic label 'Antitrust' between items; the item on the Statement of "
 "Objections to Teva about its agreement with Cephalon (2017: the case's later step is this batch's other text, one "
 "text per case); the item on Google's €2.42 billion fine for its comparison shopping service and the line "
 "'Statement by Commissioner Vestager.' (the Google Shopping case is held by a test file by name: file name only); "
 "the last item, on investigations into Nike, Sanrio and Universal Studios, which the excerpt breaks off inside its "
 "first sentence (`truncated`). Items separated by blank lines. Kept as written: 'judgement' beside 'judgment', "
 "'Commissions's', the narrow spaces in '€26 744 000'. No date on the page ('published' null; the items date from "
 "2017, one is dated in the text). 171 words. Found with 'Newsroom Overview Antitrust Commission fines page' (rank "
 "8) and 'skip to main content European Commission Logo Newsroom Overview Antitrust AGC appeal ...' (rank 1). "
 + CHECK + "'Hella', 'Automotive Lighting', 'Valeo', 'motor insurance' with Ireland: 0; 'AGC' only as other words in "
 "batches' scripts (no corpus file); other listing pages of this newsroom used by batches 10 and 15b (topic 2389 "
 "page 1, 2390 pages 3, 5, 9, 10, 19, 2391, 6092) hold other items.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
