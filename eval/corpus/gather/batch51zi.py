#!/usr/bin/env python3
"""Batch 51zi (session 50; gatherer 51zi): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s and 51y (UK
public-sector texts under the Open Government Licence v3.0), asked for gov.uk texts on company deals and posts: at most
one National Security and Investment Act final order per round (none was found this round), Enterprise Act
public-interest pages, other gov.uk news on named companies' deals. Two UK government press releases (no outage is told
in either; see GATHERING section 51zi):
- Business Secretary Kwasi Kwarteng's referral to the Competition and Markets Authority for a Phase 2 investigation, on
  national security grounds, of the proposed acquisition of the Perpetuus Group by Shanghai Kington Technologies and
  others (Enterprise Act 2002; press release of Wednesday 11 May 2022, as miragenews.com reproduces it in the page
  store: no gov.uk rendering of it came back);
- the UK government's approval of the agreement between the special administrators of Bulb and Octopus Energy that
  transfers Bulb's 1.5 million customers to Octopus Energy (gov.uk press release of 29 October 2022, as gov.uk renders
  it in the page store).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
gov.uk's summary line kept as the first paragraph (as 51k), gov.uk's labels and banner ('Press release', 'This was
published under ...') and an image caption left out, list bullets left out with each item kept as its own paragraph
(no full stop added), paragraph breaks doubled (whitespace only), each text cut at the last full sentence before its
excerpt breaks off; cuts per item in `notes`; no word added or changed. newskg (or any extractor) was not run on the
texts.
usage: batch51zi.py [POOL_DIR] [--dry]   (default /tmp/gather52zi/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zi/pool"
GOV = "UK government (gov.uk) text (page store)"
MIRAGE = "UK government press release via miragenews.com (search tool page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk pages used before: batch 24b's Storm Eunice statement, 51k's, 51s's and 51y's pages and later "
            "gov.uk items): the label 'Press release' and the heading (kept as title) left out of the text, the summary "
            "line kept as the first paragraph (as 51k), the banner 'This was published under the 2022 to 2024 Sunak "
            "Conservative government' left out, list bullets left out with each item kept as its own paragraph and no "
            "full stop added (the page has none), paragraph breaks doubled (whitespace only). ")
MIRAGE_NOTE = ("A UK government press release as miragenews.com reproduces it (gov.uk content, Crown copyright, Open "
               "Government Licence v3.0; a third-party copy of a public-sector release, as batch 40zl's miragenews.com "
               "check and the ukpol.co.uk / wired-gov.net copies of batches 10 and 18b): the copy's heading (kept as "
               "title) left out of the text, paragraph breaks doubled (whitespace only). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md, /work/notes "
           "and /tmp/gather52*/pool as they stood; file names only, no test or dev text opened): ")


def att(who, kind, title, date, url, copy=False):
    how = "text as reproduced at" if copy else "text as at"
    return (f"{who}, {kind}, '{title}' ({date}), Crown copyright, contains public sector information licensed under "
            f"the Open Government Licence v3.0; {how} {url}")


R = []
# ---- BEIS: Perpetuus Group / Shanghai Kington Technologies, Phase 2 referral (11 May 2022) -------------------------
u = "https://www.miragenews.com/phase-2-referral-of-proposed-acquisition-of-780005/"
t = "Phase 2 referral of proposed acquisition of Perpetuus Group by Shanghai Kington Technologies and others"
R.append(uk_rec("gov-uk-beis-perpetuus-group-shanghai-kington-phase-2-national-security-referral-2022", u,
 "2022-05-11", t, OGL,
 att("UK government (the Business Secretary's department)", "press release", t, "11 May 2022", u, copy=True),
 "Business Secretary Kwasi Kwarteng has today (Wednesday 11 May) written to the Competition and Markets Authority (CMA) instructing them to carry out an in-depth Phase 2 investigation of the proposed acquisition of the Perpetuus Group by Shanghai Kington Technologies and others on national security grounds.\n\n"
 "The Business Secretary has 'quasi-judicial' powers under the Enterprise Act 2002 to intervene in certain mergers on public interest grounds. Today's decision follows the completion of the Phase 1 process during which the CMA conducted an initial investigation of the potential competition implications of the transaction.\n\n"
 "The CMA considered that it does not believe that it is or may be the case that the transaction may be expected to result in a substantial lessening of competition within a market or markets in the UK. The Phase 1 report has been published today.\n\n"
 "Following the consideration of evidence gathered from departments across government, the Business Secretary deems that the interest of national security continues to be relevant and should be subject to further investigation. Perpetuus Group is a group of UK companies which is active in the functionalisation of graphene and other nanomaterials, which have a range of strategic applications. The government will ensure the implications of the transaction are fully considered. The CMA will report to the Business Secretary.\n\n"
 "Business Secretary Kwasi Kwarteng said:\n\n"
 "The UK remains firmly open for business, however we have been clear that foreign investment must not threaten our national security.\n\n"
 "I have considered the evidence presented to me and asked the Competition and Markets Authority to undertake an in-depth investigation so we can fully consider the implications of this transaction.\n\n"
 "The CMA will now lead the Phase 2 investigation covering the national security implications.",
 "advanced materials; merger control", "UK", "regulatory,deal",
 MIRAGE_NOTE + "Cut at the end: the excerpt breaks off inside the next sentence ('It will have 24 weeks (su'), so "
 "the text ends with '... covering the national security implications.' (`truncated`). The site's own lines above "
 "the release are not in the excerpt. `published` 2022-05-11 from the text's 'today (Wednesday 11 May)', with the "
 "year from the CMA case page ('Date of referral: 11 May 2022'; '11 May 2022: The Secretary of State ... has "
 "referred') and SCMP's report of 12 May 2022. The copy's words checked against the other copies in the page store: "
 "City AM and SCMP quote the minister's two sentences ('The UK remains firmly open for business ...', 'I have "
 "considered the evidence presented to me ...') as here (City AM with 'the CMA' for 'the Competition and Markets "
 "Authority', SCMP with a full stop for the comma), and City AM's '24 weeks (subject to a possible 8-week "
 "extension)' continues the cut sentence. Kept as written: the straight quotes of ''quasi-judicial'' and 'Today's', "
 "'instructing them', 'the Perpetuus Group' beside 'Perpetuus Group', 'Shanghai Kington Technologies' (the CMA case "
 "page has 'Shanghai Kington Technology Limited'; not in the text), the quotation set as two paragraphs without "
 "quotation marks (gov.uk's block quote). Found with 'Business Secretary intervenes proposed acquisition Perpetuus "
 "Group Taurus International national security' (rank 5) and 'Phase 2 referral of proposed acquisition of Perpetuus "
 "Group by Shanghai Kington Technologies and others' (rank 2; rank 1 the CMA case page). Same matter, left out (one "
 "text per matter): the CMA case page (a timetable; the reference cancelled on 27 May 2022), the Lords committee's "
 "questions on the 2021 pre-emptive action order (publications.parliament.uk), news and law-firm copies (City AM, "
 "SCMP, competitionpolicyinternational, Clifford Chance, Stevens & Bolton, The Register's forum, solutions-atlantic). "
 + CHECKED + "'Perpetuus', 'Kington Technolog', 'Taurus International' - no text file ('Perpetuus' only in "
 "GATHERING.md's 51k and 51s notes and their /work/notes copies: 'no gov.uk text' of the 2021 "
 "intervention; this release is the Phase 2 referral "
 "of May 2022, and its copy is new); 'Kwasi Kwarteng' - train and test files on other matters (Storm Eunice, Hytera / "
 "Sepura, Newport Wafer Fab, a 2012 committee). The matter is new to the corpus.",
 MIRAGE))
# ---- BEIS: Bulb / Octopus Energy, customer transfer agreement approved (29 October 2022) ----------------------------
u = ("https://gov.uk/government/news/uk-government-approves-agreement-between-bulb-and-octopus-energy-providing-"
     "certainty-to-15-million-customers")
t = ("UK government approves agreement between Bulb and Octopus Energy, providing certainty to 1.5 million "
     "customers")
R.append(uk_rec("gov-uk-beis-bulb-special-administrators-octopus-energy-customer-transfer-approved-2022", u,
 "2022-10-29", t, OGL,
 att("UK government (the Business and Energy Secretary's department)", "press release", t, "29 October 2022", u),
 "A deal has been signed confirming Bulb's 1.5 million customers will have a new energy home in Octopus.\n\n"
 "UK government approves deal between the special administrators of Bulb and Octopus Energy to acquire Bulb’s 1.5 million customers\n\n"
 "following an extensive and competitive sale process, the move provides a stable new home for Bulb’s customers and 650 employees\n\n"
 "Bulb customers do not need to do anything and won’t experience any disruption as organisations work together to deliver a smooth, market-led exit from its special administration\n\n"
 "An agreement was reached overnight between special administrators of Bulb and Octopus Energy, the UK government confirms today, in a move that will protect consumers and taxpayers.\n\n"
 "Bulb’s special administrators have been running a competitive and extensive sale process within the market for Bulb in recent months and have now reached a final agreement which will see Bulb’s 1.5 million customers transferred to Octopus Energy.\n\n"
 "The sale will be completed following a statutory process called an Energy Transfer Scheme (ETS), which will transfer the relevant assets of Bulb into a new separate entity that will protect consumers during the transfer process. The process is subject to approval by the Business and Energy Secretary and will take effect at a time ordered by the High Court, expected by the end of November.\n\n"
 "Bulb customers will not experience any change or disruption to their energy supplies as part of this transfer. There is no change to either Bulb or Octopus customers’ supply arrangements, and credit balances are protected. This means customers do not need to take any action and all direct debits will automatically be transferred.",
 "energy supply; special administration", "UK", "deal,regulatory",
 GOV_NOTE + "Also left out: the line 'Octopus Energy to take on Bulb energy customers' between the banner and the "
 "list (the caption of the page's image; not part of the release's text; doubtful, noted). Cut at the end: the "
 "excerpt breaks off inside the next paragraph ('The government will work c'), so the text ends with '... all direct "
 "debits will automatically be transferred.' (`truncated`); the Business and Energy Secretary's quotation (news "
 "copies name Grant Shapps) lies beyond the cut, so no minister is named in the text. `published` 2022-10-29: the "
 "excerpt shows no date line; the release's 'reached overnight' and 'confirms today' are dated by the Reuters copy "
 "on devdiscourse (29 October 2022: 'Britain said on Saturday ... a deal reached late on Friday') and the BBC copy "
 "('The government announcement on Saturday'), Saturday being 29 October 2022. Kept as written: the straight "
 "apostrophe of the summary line's 'Bulb's' beside the curly ones of the body ('Bulb’s', 'won’t', 'customers’'), the "
 "lower-case first word of the second list item, 'Octopus' beside 'Octopus Energy', 'UK government' with a small "
 "'g'. Found with 'PRESS RELEASE ukpol ... Department for Business, Energy and Industrial Strategy acquisition' (the "
 "ukpol tag page, rank 1, cut before the text) and 'UK government approves agreement between Bulb and Octopus "
 "Energy, providing certainty to 1.5 million customers' (rank 5). Same matter, left out (one text per matter; a "
 "gov.uk rendering beats a third-party copy): ukpol.co.uk's tag-page copy (cut at its heading), news copies "
 "(devdiscourse / Reuters, BBC, Yahoo, Times, upday, The Independent, reglobal, trendsmena, an over50s forum). "
 + CHECKED + "'Bulb' - a train Hansard public bill committee of 2018 on the tariff cap (witnesses from Octopus, Good "
 "Energy and Bulb; another matter) and false hits ('light bulb'); 'Octopus Energy' - that file and two files on "
 "other matters (Ofgem compensation of 2023, a 2023 committee on winter supply); 'Energy Transfer Scheme', "
 "'special administrators of Bulb' - no file. The transfer is new to the corpus.",
 GOV))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
