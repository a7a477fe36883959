#!/usr/bin/env python3
"""Batch 39k (session 40; gatherer 39k): outages with a named provider told in modern UK Parliament (Hansard)
records, the lane of batches 35a, 35i, 36a, 36q, 36v, 37i, 38c, 38h, 39e and 39i, a second round after 39i turned to
a water company's failures in south-west London and Berkshire and to a storm's power cuts in Northern Ireland:
  - an interruption to water supply to a large part of Reading, told by an intervening member, and more than 1,200
    homes in Richmond left without central heating or hot water for five days in 2020 when water from a burst pipe
    got into the gas network, told among 'reports of Thames Water's negligence' (the Commons adjournment debate
    'Thames Water: Contingency Plans' of Friday 15 March 2024 on hansard.parliament.uk);
  - whole villages of Strangford (Ballywalter, Greyabbey, Kircubbin, parts of Ards, Comber and Killyleagh) without
    electricity over the weekend after the storm, Killinchy still without it, pensioners prioritised by Northern
    Ireland Electricity for generators (the Commons statement 'Storm Éowyn' of Monday 27 January 2025, as
    parallelparliament.co.uk reproduces the Hansard text).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; edits per item in `notes` (the
page chrome, heading and date lines, the adjournment motion line and speaker labels left out; single line breaks
written as blank lines; no word added or changed). Both are modern Hansard items, so each record is made by
`write_pool.modern_hansard` (batch 39i's) with the fields and attribution form of write_pool.hansard; the
parallelparliament copy keeps the Hansard address in the attribution's kind and the copy's address as source (as
batches 38c and 39i did).
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch39k.py [POOL_DIR] [--dry]   (default /tmp/gather40k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, modern_hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40k/pool"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names only; no dev or test file opened), "
           "GATHERING.md, the gather scripts and the /tmp/gather40* pools (40b, 40c, 40d, 40e, 40g, 40i, 40j as they "
           "stood): {words}. ")
PP = "UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"


R = []
R.append(modern_hansard(
 "hansard-commons-adjournment-thames-water-contingency-plans-reading-richmond-2024",
 "https://hansard.parliament.uk/commons/2024-03-15/debates/E666A453-DB02-46BD-ADA4-B1339A985A59/"
 "ThamesWaterContingencyPlans", "2024-03-15",
 "Thames Water: Contingency Plans", "Commons adjournment debate",
 "Thank you very much, Mr Deputy Speaker, for granting me the opportunity to have a debate on this important "
 "issue.\n\n"
 "Since 2020, Thames Water has dumped over 72 billion litres of raw sewage into rivers in London, polluting our "
 "waterways and damaging our natural environments. It has done so while accruing billions of pounds of debt and "
 "increasingly failing to provide basic services to the nearly 25% of the country it supplies, including my "
 "constituents in Richmond Park. Despite this, Thames Water executives have paid themselves almost £8 million in "
 "bonuses over recent years, lining their pockets while the company they run continues to pollute our rivers and "
 "streams.\n\n"
 "For my constituents in particular, the name Thames Water has understandably become a byword for poor quality, "
 "slapdash repair work, damaging environmental practices, and barely concealed contempt for its bill payers.\n\n"
 "I am grateful to the hon. Member for giving way. My constituents have suffered quite seriously from similar "
 "issues, including interruption to water supply to a large part of Reading recently and, indeed, considerable "
 "sewage discharges in the river, which, outrageously, are sometimes visible to passers-by who use our bridges and "
 "walk by the riverside.\n\n"
 "The hon. Gentleman is absolutely right about sewage discharges. We have had a recent one in Teddington lock in "
 "my constituency, causing a great deal of distress to local people.\n\n"
 "During my time as the MP for Richmond Park, I have received dozens of reports of Thames Water’s negligence. In "
 "2020, more than 1,200 homes in Richmond were left without central heating or hot water for five days when water "
 "from a burst pipe ingressed the gas network.",
 "utilities/water", ["outage"],
 "Text of the hansard.parliament.uk page as the search tool's page store keeps it. Left out: the page's top line "
 "('Skip to main content'), the heading 'Thames Water: Contingency Plans' (kept as title), the line 'Volume 747: "
 "debated on Friday 15 March 2024' (kept as `published`) and the adjournment motion line ('Motion made, and "
 "Question proposed, That this House do now adjourn.—(Rebecca Harris.)', procedure, as batch 28c left such lines "
 "out); the excerpt carries no speaker labels, so no member is named by a label (the member who opens the debate is "
 "the member for Richmond Park, not named in the text; the intervention 'I am grateful to the hon. Member for "
 "giving way ...' is another member's, whose constituency includes Reading, also unnamed). The opening member's "
 "first paragraphs, the intervention and her reply; cut after '... ingressed the gas network.', before 'Last year, "
 "a burst water main on the Manor Circus roundabout went unattended for days, delaying the completion of ro', "
 "where the excerpt breaks off inside a word (`truncated`; that sentence left out whole). Kept as written: "
 "'£8 million', '25%', 'Teddington lock' with a lower-case 'lock', 'Thames Water’s' with a curly apostrophe, "
 "'ingressed', 'passers-by'. Found with the search 'hansard 5 December 2023 water companies Thames Water West "
 "Kensington interruption supply Shepherd's Bush East Acton' (rank 7) and again with 'Thames Water Contingency "
 "Plans adjournment debate 15 March 2024 Richmond Park burst pipe gas network central heating' (rank 1, the same "
 "excerpt; rank 2 a waterbriefing.org notice of the debate, not used); the search 'Manor Circus roundabout burst "
 "water main ...' brought back no other part of the page. "
 + CHECKED.format(words="E666A453, 'Richmond Park', 'Olney', 'Manor Circus', 'Teddington', 'ingressed', '1,200 "
                  "homes' (0 hits); 'Contingency Plans' only in unrelated texts (rail, courts IT, Puerto Rico, "
                  "Storm Emma, Tasmania, the 999 exchange and CrowdStrike texts: other subjects); 'Thames Water' in "
                  "the corpus only for other events (the 2018 thaw, Shalford in November 2023, the 2023 EFRA "
                  "sitting on its finances, batch 39i's Dulwich burst of February 2025); 'Reading' only in other "
                  "senses and texts"),
 True))

R.append(modern_hansard(
 "hansard-commons-storm-eowyn-strangford-northern-ireland-electricity-power-cuts-2025",
 "https://parallelparliament.co.uk/mp/jim-shannon/debate/Commons/2025-01-27/debates/"
 "3ECBEC02-5BD6-4AE8-B7D4-7D470A963BC8/Storm%C3%89owyn", "2025-01-27", "Storm Éowyn",
 "Commons statement (Cabinet Office), Hansard text (hansard.parliament.uk/Commons/2025-01-27/debates/"
 "3ECBEC02-5BD6-4AE8-B7D4-7D470A963BC8) as reproduced by parallelparliament.co.uk",
 "I gather that the first time the emergency alert system was tested, under the last Government, there was an "
 "effort to inform organisations that had contact with victims of domestic abuse, because we are aware of issues in "
 "that regard and we have to think as much as possible about who might be affected; but I think that, overall, the "
 "system has benefits. These alerts are not issued easily, and the latest was issued in response to a very rare "
 "red “danger to life” weather warning which affected the whole of Northern Ireland and most of the central belt "
 "of Scotland, as well as some other parts. We do not do this lightly, but when we do it, I think it is a useful "
 "system. However, if there are any lessons to be learned about how it is being used, of course we should learn "
 "them.\n\n"
 "I thank the Chancellor of the Duchy of Lancaster for his clear commitment to making things better. Northern "
 "Ireland and Strangford has been in the eye of the storm, and over the weekend it was incredible. There were "
 "whole villages with no electricity, including Ballywalter, Greyabbey and Kircubbin, as well as parts of Ards and "
 "parts of Comber and Killyleagh. Indeed, Killinchy is still without electricity. Trees are blocking roads all "
 "over the place, and there is no information about them being cleared. There are pensioners with no access to "
 "phone, light or heat, and many pensioners have gone up to 36 hours with no heat in their homes. Those "
 "pensioners, by the way, are prioritised by Northern Ireland Electricity for generators or some method of "
 "heating.",
 "utilities/electricity", ["outage"],
 "Text of parallelparliament.co.uk's page (a member's page of the debate) as the search tool's page store keeps "
 "it; the Hansard text is Parliament's, the site's own lines are not used. Left out: the site's chrome ('Storm "
 "Éowyn Debate', 'Full Debate: Read Full Debate', 'Department: Cabinet Office', the heading 'Storm Éowyn' (kept as "
 "title), 'Jim Shannon Excerpts', 'Monday 27th January 2025' (kept as `published`), '(3 days, 22 hours ago)', "
 "'Commons Chamber', 'Read Full debate Read Hansard Text Watch Debate Read Debate Ministerial Extracts') and the "
 "speaker labels ('Pat McFadden Portrait Pat McFadden', '- View Speech - Hansard - - - Excerpts', 'Jim Shannon "
 "Portrait Jim Shannon (Strangford) (DUP)', '- View Speech - Hansard - -'), so that no member is named by a label "
 "(neither speaker is named in the text: the minister's answer on the emergency alert system, then the member for "
 "Strangford's question). Two speeches as the excerpt gives them; cut after '... some method of heating.', before "
 "'I thank all the workers who c', where the excerpt breaks off inside a word (`truncated`). The excerpt begins "
 "with the minister's answer to an earlier question (not in the excerpt). Kept as written: the curly quotes round "
 "'danger to life', 'Northern Ireland and Strangford has' (singular verb), '36 hours', 'Northern Ireland "
 "Electricity' (the company's older name; NIE Networks in the news). Found with the search 'hansard Storm Barra "
 "December 2021 power cuts Northern Ireland Electricity SSEN customers lost supply' (rank 1) and again with 'Storm "
 "Éowyn statement 27 January 2025 Commons Northern Ireland Electricity customers without power Pat McFadden' "
 "(rank 1, the same excerpt); no hansard.parliament.uk copy of the statement came back (commons-sense.co.uk, "
 "hansard.digital and voteclimate.uk summaries, not Hansard text, not used). "
 + CHECKED.format(words="3ECBEC02, 'Strangford', 'Ballywalter', 'Greyabbey', 'Kircubbin', 'Killinchy', "
                  "'Killyleagh', 'NIE Networks' (0 hits); 'Éowyn'/'Eowyn' only in the Oireachtas texts on the "
                  "storm in the Republic (ESB's power cuts, eir's lines, the 112 service, broadband; other "
                  "providers and places); 'Northern Ireland Electricity' only for other events (the 1998 storm, "
                  "Newry and Mourne 1997, the ESB acquisition of 2010); 'Jim Shannon' only in the JLR cyber attack "
                  "text (another subject)"),
 True, origin=PP))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
