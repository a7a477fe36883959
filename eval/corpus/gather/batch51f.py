#!/usr/bin/env python3
"""Batch 51f (session 50; gatherer 51f): the OGL lane of batches 10, 18b, 21c, 41a and 41s (UK public-sector texts
under the Open Government Licence v3.0), asked for gov.uk news and press releases and regulators' releases naming
companies with parents, subsidiaries and acquisitions, and people with posts (ministers with their titles, company
executives). Three UK government texts were taken (no outage is told in any of them; see GATHERING section 51f):
- the Government taking no further action under the National Security and Investment Act 2021 on the acquisition of
  Aveva Group Plc by Ascot Acquisition Holdings Limited, 'an indirect subsidiary of Schneider Electric SE' (Department
  for Business, Energy and Industrial Strategy press release, 7 December 2022, as ukpol.co.uk reproduces it);
- the Ministry of Defence's £223 million deal with Swedish manufacturer Saab for NLAW anti-tank weapons assembled at
  Thales' facility in Belfast, announced by Defence Secretary Ben Wallace (Ministry of Defence press release,
  7 December 2022, as ukpol.co.uk reproduces it; the second release on the same listing page);
- the Business Secretary's public interest intervention notice of 5 December 2019 on national security grounds in the
  proposed merger of Impcross Ltd and Gardner Aerospace Holdings Ltd, with the CMA's report due by 2 March 2020 (the
  Department for Business, Energy and Industrial Strategy's news story, December 2019, as energybrokers.co.uk
  reproduces it on its 'HM Government' author page).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here; cuts per item in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch51f.py [POOL_DIR] [--dry]   (default /tmp/gather52f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, ogl, rec as uk_rec, UKPOL, UKPOL_NOTE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52f/pool"
EB = "gov.uk news story via energybrokers.co.uk (search tool page store)"
EB_NOTE = ("The Department for Business, Energy and Industrial Strategy's gov.uk news story as energybrokers.co.uk "
           "reproduces it on its author page 'HM Government' (gov.uk content, Crown copyright, Open Government Licence "
           "v3.0; energybrokers.co.uk copies of gov.uk news stories used before: batch 10's Green Investment Bank "
           "sale); the label 'News story:' and the heading (kept as title) left out. ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md, /work/notes "
           "and /tmp/gather52*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- BEIS: no further action under the NSI Act on the Aveva acquisition (7 December 2022) --------------------------
u = "https://www.ukpol.co.uk/category/press-releases/page/974"
t = "Government to take no further action under NSI Act 2021 on Aveva group acquisition"
R.append(uk_rec("gov-uk-beis-aveva-ascot-schneider-electric-nsi-act-no-further-action-2022", u, "2022-12-07", t, OGL,
 ogl("Department for Business, Energy and Industrial Strategy, press release", t, "7 December 2022", u),
 "The government has powers under the National Security and Investment Act 2021 to scrutinise and, if necessary, intervene in qualifying acquisitions on national security grounds.\n\n"
 "The acquisition by Ascot Acquisition Holdings Limited (an indirect subsidiary of Schneider Electric SE) of Aveva Group Plc was notified to the Investment Security Unit in October 2022.\n\n"
 "Following screening of the notification, the Business Secretary has decided that no further action will be taken under the Act in relation to the acquisition.",
 "software/industrial software; investment screening", "UK", "regulatory,deal",
 UKPOL_NOTE + "The first release on ukpol.co.uk's 'Category: Press Releases' listing page 974; its 'PRESS RELEASE : "
 "... [December 2022]' heading kept as title without the prefix and the bracketed month, and 'The press release "
 "issued by the Department for Business, Energy and Industrial Strategy on 7 December 2022.' kept as `published`. "
 "The release ends before the next item on the page begins (the Ministry of Defence's NLAW release, taken as its own "
 "text), so it is whole (`truncated` false). Short (three paragraphs, 78 words), kept because the release is whole "
 "and names an acquirer with its ultimate parent. Kept as written: 'NSI Act 2021' and 'Aveva group' in the heading, "
 "'Aveva Group Plc'. Found with 'ukpol PRESS RELEASE acquisition completed Business Secretary said company owned by "
 "parent group jobs' (rank 6). " + CHECKED + "'Aveva', 'Ascot Acquisition', 'Investment Security Unit', "
 "'category/press-releases/page/974' - no file; 'Schneider Electric' - one train file (a Wikipedia company text, "
 "another subject) and gather scripts naming other Schneider items. The screening decision is new to the corpus.",
 UKPOL, truncated=False))
# ---- MOD: thousands more NLAW anti-tank weapons ordered from Saab (7 December 2022) --------------------------------
t = "UK orders thousands more anti-tank weapons to bolster stockpiles"
R.append(uk_rec("gov-uk-mod-saab-nlaw-anti-tank-weapons-order-belfast-2022", u, "2022-12-07", t, OGL,
 ogl("Ministry of Defence, press release", t, "7 December 2022", u),
 "Thousands of new anti-tank weapons will be assembled in Northern Ireland and delivered to the British Army, Defence Secretary Ben Wallace announced today (7 December).\n\n"
 "A £223 million deal has been agreed with Swedish manufacturer Saab for Next Generation Light Anti-Tank Weapon (NLAW) systems, which are assembled at Thales’ facility in Belfast, Northern Ireland.\n\n"
 "The UK has provided thousands of NLAWs to Ukraine to support the defence of their nation following Russia’s unprovoked and illegal invasion. With NLAW, a single soldier can take out a heavily protected modern main battle tank from 20 to 800 metres away.",
 "defence/weapons manufacturing", "UK", "deal,supply",
 UKPOL_NOTE + "The second release on the same listing page (ukpol.co.uk 'Category: Press Releases' page 974, after "
 "the Aveva release); heading kept as title without 'PRESS RELEASE : ' and '[December 2022]'; 'The press release "
 "issued by the Ministry of Defence on 7 December 2022.' kept as `published`. Cut at the end: the excerpt breaks off "
 "inside the quotation ('These next generation light anti-tank weapons have played a decisive role in supporting "
 "Ukraine’s army to drive bac'), so the text ends at '... from 20 to 800 metres away.'; the line introducing the "
 "quotation ('Defence Secretary Ben Wallace said:') left out with it, as it would dangle (`truncated`). Kept as "
 "written: 'Thales’ facility', 'NLAWs', curly apostrophes. 'today (7 December)' resolves to the release date. Found "
 "with the same query as the Aveva item (rank 6). " + CHECKED + "'NLAW' (case-insensitive substring hits only inside "
 "'unlawful'), 'anti-tank', 'Light Anti-Tank', 'Ben Wallace' - no file; 'Saab' - Saab Automobile and other "
 "subjects; 'Thales' - other deals (Hitachi Rail, Gemalto, the carrier alliance, Ariane). The order is new to the "
 "corpus.",
 UKPOL))
# ---- BEIS: intervention notice in the proposed Impcross / Gardner Aerospace merger (December 2019) ----------------
u = "https://www.energybrokers.co.uk/news/author/hm-government"
t = "Government responds to the proposed merger of Impcross Ltd and Gardner Aerospace Holdings Ltd"
R.append(uk_rec("gov-uk-beis-impcross-gardner-aerospace-merger-intervention-notice-2019", u, None, t, OGL,
 ogl("Department for Business, Energy and Industrial Strategy, news story", t, None, u),
 "The government has been made aware of the proposed merger of Impcross Ltd and Gardner Aerospace Holdings Ltd.\n\n"
 "Under the Enterprise Act 2002, the Secretary of State for Business, Energy and Industrial Strategy has the power to intervene in certain mergers on public interest grounds relating to national security. This responsibility is discharged in a quasi-judicial capacity, which means that the Secretary of State must act, and be seen to act, in a fair and impartial manner.\n\n"
 "On 5 December 2019, acting on official advice, the Secretary of State issued a public interest intervention notice, confirming that she is intervening in the merger on national security grounds. In reaching this decision, she considered the representations received from the Secretary of State for Defence.\n\n"
 "The Competition and Markets Authority (CMA) will prepare a report on the jurisdictional, competition and national security aspects of the proposed transaction. The CMA has until midnight on 2 March 2020 to complete and submit this report to the Secretary of State.\n\n"
 "In addition, an Order was made pursuant to paragraph 2(2) of schedule 7 to the Enterprise Act 2002 to prevent the parties taking any actions that might raise national security concerns. The comprehensive Order prevents the completion of the transaction and the transfer of material or information between the parties. The Order can be varied by the Secretary of State and she must act reasonably when considering any requests from the parties to amend it.\n\n"
 "It was necessary to make and bring this Order into force before it could be laid before Parliament as to do otherwise would have given the parties the opportunity to take actions that might have undermined the purpose and effectiveness of the order. The Secretary of State has written to the Lord Speaker and the Clerks of both Houses to inform them of her decision.",
 "aerospace/engineering; merger control", "UK", "regulatory,deal,near-miss",
 EB_NOTE + "Cut at the end: the excerpt breaks off inside the next sentence ('The Order will'), so the text ends at "
 "'... to inform them of her decision.' (`truncated`). `published` null: the excerpt shows no date; the CMA's case "
 "page (fly1.wordsworth.site copy) dates the notice 5 December 2019 and the invitation to comment 6 December 2019, "
 "so the story is of December 2019 (a month, not a day; not set, as batch 41s left its undated notices). Kept as "
 "written: 'paragraph 2(2) of schedule 7', 'the order' beside 'the Order'. The outcome (Gardner's undertakings not "
 "to acquire Impcross, accepted in September 2020) is told only in a gov.uk consultation page, the CMA case page and "
 "law-firm notes; one text per matter, the first. Found with 'ukpol PRESS RELEASE acquisition completed Business "
 "Secretary said company owned by parent group jobs' (rank 7) and 'Government responds to the proposed merger of "
 "Impcross Ltd and Gardner Aerospace Holdings Ltd' (rank 2). " + CHECKED + "'Impcross', 'Gardner Aerospace', "
 "'energybrokers.co.uk/news/author' - no file; 'Gardner' - Sue Gardner (Wikimedia) texts only; 'public interest "
 "intervention notice' - one test file on another merger (Telegraph Media Group). The intervention is new to the "
 "corpus.",
 EB))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
