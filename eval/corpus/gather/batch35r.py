#!/usr/bin/env python3
"""Batch 35r (session 36, fourth round; helper gather36r): outages told in parliamentary records, the lane of batches
33a, 34a, 34g, 34j, 35a, 35i and 35m, taken on to water supply in Dail Eireann records of 2024-2025, where the
operator Uisce Eireann (Irish Water) is named:
  - a Minister of State's Topical Issue reply on Clonmel's water supply, the plants and network 'aged and fragile',
    Uisce Eireann's investment programme and the statutory split of duties (5 November 2025; the reply batch 35m
    kept for a later round; no single outage told);
  - a Deputy's Topical Issue speech on Adrigole, west Cork: '14 water breakages' since July (counted), a creche and
    school closed, 'The water was out for a spell' (4 December 2025);
  - a Deputy's Topical Issue speech on Clogh and Moneenroe, County Kilkenny: manganese in the supply, regular boil
    water notices, water turning 'brown' (28 February 2024; a water-quality near-miss, no supply lost).
Texts are the search tool's page-store excerpts (corpus `pages`) of kildarestreet.com pages, never a whole page; each
ends at the last full sentence before the excerpt breaks off (`truncated`). Left out per item (see `notes`): the
mirror's 'Dail debates', date, section, heading, clock-time, speaker and 'Link to this' lines, so that no speaker is
named by a label; no word added or changed. Oireachtas records are built by the local `oir` builder of batches 35i
and 35m (no historic Hansard item, so `write_pool.hansard` is not needed). Written before any extractor ran on a
text of the batch (newskg was not run on them at all).
usage: batch35r.py [POOL_DIR] [--dry]   (default /tmp/gather36r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36r/pool"
KS = "https://www.kildarestreet.com/"



CHECKED = ("no hit in train/dev/test, GATHERING.md, the gather scripts or the pools of /tmp/gather36* (looked up "
           "before the text was taken)")

R = []
R.append(oireachtas(
 "oireachtas-dail-clonmel-water-supply-uisce-eireann-reply-2025", KS + "debate/?id=2025-11-05a.31",
 "2025-11-05", "5 November 2025", "Water Services", "Topical Issue debate",
 "I thank the Deputy for raising this issue, which I am taking on behalf of the Minister. The Deputy will appreciate "
 "that the supply of public water and the provision of water services in general are matters for Uisce Éireann in "
 "the first instance. Uisce Éireann has statutory responsibility for all aspects of water services planning, "
 "delivery and operation at national, regional and local level. The Minister has no function regarding the specific "
 "Uisce Éireann operations to which the Deputy refers. The Environmental Protection Agency, in turn, as "
 "environmental regulator, is responsible for setting quality standards and enforcing compliance with EU directives "
 "and national regulations for the provision of drinking water. As the public health authority, it is the HSE's "
 "decision regarding issuing a boil water notice.\n\n"
 "To be helpful, the Minister has made inquiries of Uisce Éireann on both the Deputy's behalf and that of Deputy "
 "Michael Murphy, who raised the matter directly with him. Uisce Éireann acknowledges that aspects of the water "
 "treatment plants and network infrastructure in Clonmel are aged and fragile and the resulting impacts that water "
 "supply issues have on businesses and residents in the Clonmel area.\n\n"
 "Uisce Éireann is committed to investing significantly in Clonmel to deliver a more robust, resilient water supply "
 "that will include upgraded treatment facilities, storage and an upgraded network. Uisce Éireann has confirmed that "
 "the delivery of a strategic multimillion euro investment to modernise and upgrade the water assets across the "
 "town is well under way. When complete, this will provide local homes and businesses with a safer, more reliable "
 "water supply into the future.",
 "utilities/water", ["near-miss"],
 "The Minister of State's reply as kildarestreet.com's page holds it; the site's 'Dáil debates', date ('Wednesday, 5 "
 "November 2025', kept as `published`), 'Saincheisteanna Tráthúla - Topical Issue Debate', heading ('Water "
 "Services', kept as title), time ('2:40 am', as the mirror prints it) and photo/speaker line ('Photo of Neale "
 "Richmond Neale Richmond (Dublin Rathdown, Fine Gael)') left out, so the Minister of State is not named in the "
 "text. Cut after '... a safer, more reliable water supply into the future.', before the paragraph 'Clonmel and the "
 "surrounding areas are currently supplied with drinking water from three water trea', where the excerpt breaks off "
 "(`truncated`; 266 words kept). Near-miss: 'water supply issues' and their 'impacts' on "
 "businesses and residents, plants 'aged and fragile', but no outage told; the Deputy's speech it answers "
 "(2025-11-05a.28: 65 jobs said to be leaving because a company 'cannot use the water') was left alone. This is the "
 "reply batch 35m named and kept for a later round; 35m's Clonmel file is a Deputy's speech of September 2023 on the "
 "summer 2023 outages (counted), so the town is in the corpus but this 2025 reply and its subject (Uisce Éireann's "
 "investment and the split of duties) are not; doubtful whether the lead counts one town's supply as one subject. "
 "Found with 'Clonmel water supply Uisce Éireann Topical Issue reply November 2025 outage' and 'kildarestreet 5 "
 "November 2025 Topical Issue Clonmel water Uisce Éireann Minister of State reply'. 2025-11-05, 'Michael Murphy', "
 "'aged and fragile': " + CHECKED + ".",
 True))

R.append(oireachtas(
 "oireachtas-dail-adrigole-west-cork-water-breakages-uisce-eireann-2025", KS + "debates/?id=2025-12-04a.500",
 "2025-12-04", "4 December 2025", "Water Services", "Topical Issue debate",
 "The people of west Cork are genuinely at the end of their tethers. Since July, they have had 14 water breakages. "
 "It has led to the local crèche and school having to close because if they do not have water they cannot remain "
 "open, use toilets or whatever else. I was at a public meeting the other night which was attended by other public "
 "representatives. The local Airbnbs had to give money back to people because they could not shower in the "
 "morning. People who had coffee shops basically had to close their doors. These are small things that mean a lot "
 "to businesses. It was the same with animals who were stressed without water, which was a huge issue throughout "
 "the summer. I went through it myself 20 years ago in Schull.\n"
 "A number of solutions were put forward during the public meeting. Some made sense and some did not but they need "
 "to be discussed. We need to sit down with Uisce Éireann and we need a pathway forward. I, and the public "
 "representatives who were there - and I have met them since in the corridor here - are worn out looking for Uisce "
 "Éireann to give a straight answer. Will the Minister meet the local community group, maybe three individuals, "
 "with the Oireachtas Members to talk about what Uisce Éireann's intentions are in laying down a new water pipe for "
 "the people of Adrigole so they can get a proper water supply and do not have to look over their shoulders and "
 "worry whether they will be closing their business or their school tomorrow morning? The water was out for a "
 "spell and somebody said to me recently that a newborn baby had to be taken to stay at someone else's house "
 "overnight. It is the basics.",
 "utilities/water", ["outage"],
 "A Deputy's speech opening the Topical Issue debate, as kildarestreet.com's page holds it; the site's 'Dáil "
 "debates', date ('Thursday, 4 December 2025', kept as `published`), 'Saincheisteanna Tráthúla - Topical Issue "
 "Debate', heading ('Water Services', kept as title), time ('9:20 am') and speaker lines ('Michael Collins (Cork "
 "South-West, Independent Ireland Party)', 'Link to this: Individually | In context') left out, so the Deputy is not "
 "named in the text. The page store's copy has single line breaks between paragraphs; kept as one '\\n'. Cut after "
 "'... It is the basics.', before 'The bottom line is that I genuinely cannot get an answer. What I hope I can get "
 "this evening is an answer because I have really pulled out all of t', where the excerpt breaks off (`truncated`; "
 "the last two full sentences of the excerpt left out with the broken one, as they only ask for an answer). Kept "
 "as written: 'crèche', 'Airbnbs', 'representatives who were there - and'. The '14 water breakages' since July are "
 "counted (no events); 'The water was out for a spell' is taken as the one loss of supply told on its own (see the "
 "annotation; doubtful). The Minister's reply (same debate) was not in the page store's hits and is not used. "
 "Found with 'Dáil Topical Issue water outage town without water Uisce Éireann burst main restored customers "
 "Minister of State reply' and 'Adrigole water supply Uisce Éireann Minister reply 4 December 2025 Topical Issue'. "
 "Adrigole, Schull, 2025-12-04, 'Michael Collins': " + CHECKED + ".",
 True))

R.append(oireachtas(
 "oireachtas-dail-clogh-moneenroe-manganese-water-supply-2024", KS + "debates/?id=2024-02-28a.20",
 "2024-02-28", "28 February 2024", "Water Services", "Topical Issue debate",
 "I raise this issue not just because of the importance of the water supply to Clogh and Moneenroe in County "
 "Kilkenny but also because of the many decades that have passed since this problem first arose. I fully appreciate "
 "that there is a manganese issue with the water supply and that works to upgrade the system are ongoing. However, "
 "this issue dates back decades. The county council at the time, when it was responsible for the provision of water "
 "services, knew about this. Efforts were made with the Department at that time. Following my election in 1997, I "
 "continued to raise this issue time and again. Following a recent inquiry dated 12 February, a person from Irish "
 "Water informed me that I was told the same thing last August. An immediate plan is needed.\n\n"
 "Boil water notices are regularly issued to the communities of Clogh and Moneenroe. They are fed up and sick to "
 "the teeth of what they are experiencing. They turn on the water, flush the loo or have a shower and they never "
 "know when the water will turn to brown treacle-like liquid. It is absolutely disgusting and it is wrong in this "
 "day and age that people are expected to just suck it up and are being told the issue is being dealt with and "
 "Irish Water will get back to them.\n\n"
 "I ask that the Department insist on Irish Water fast-tracking the short-term solution it seems to have and then "
 "move quickly to the long-term solution. Irish Water has told me that the short-term solution will take possibly "
 "four years and the medium-term solution will take between five and seven years.",
 "utilities/water", ["near-miss"],
 "A Deputy's speech opening the Topical Issue debate, as kildarestreet.com's page holds it; the site's 'Dáil "
 "debates', date ('Wednesday, 28 February 2024', kept as `published`), 'Saincheisteanna Tráthúla - Topical Issue "
 "Debate', heading ('Water Services', kept as title), time ('9:30 am') and photo/speaker lines ('Photo of John "
 "McGuinness John McGuinness (Carlow-Kilkenny, Fianna Fail)', 'Link to this: Individually | In context | "
 "Oireachtas source') left out, so the Deputy is not named in the text. Cut after '... between five and seven "
 "years.', before 'Is it not time Irish Water looked at whatever technology is available today, increased funding "
 "for the provision of proper, drinkable water to Clogh and Moneenroe and front-loaded the investment to get', "
 "where the excerpt breaks off mid-sentence (`truncated`). Kept as written: 'the loo', 'brown treacle-like liquid', "
 "'the short-term solution it seems to have'. Near-miss: a water-quality problem (manganese, regular boil water "
 "notices, brown water) with no supply said to be cut; boil water notices are counted and undated. Found with "
 "'kildarestreet 5 November 2025 Topical Issue Clonmel water Uisce Éireann Minister of State reply' (a side hit). "
 "Clogh, Moneenroe, manganese, 2024-02-28: " + CHECKED + ".",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
