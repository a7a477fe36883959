#!/usr/bin/env python3
"""Batch 39i (session 40; gatherer 39i): outages with a named provider told in modern UK Parliament (Hansard)
records, the lane of batches 35a, 35i, 36a, 36q, 36v, 37i, 38c, 38h and 39e, turned to a power distributor, a
telephone company and a water company whose failures those rounds had not reached:
  - a series of power cuts in and around High road, North Finchley, on 4 September, 16 and 18 October and 16, 18, 23
    and 24 December 2013 and on 6 and 7 January and 13 and 14 November 2014, put down to water ingress into a UK
    Power Networks box, overloaded cables, a failed low-voltage board at the main substation and failed cable
    insulation (a Westminster Hall debate of 9 December 2014 on hansard.parliament.uk);
  - landline service in Argyll and Bute still unrepaired after a storm in early December 2014, BT missing engineer
    appointments on 28 December and 14 and 28 January and declaring MBORC (a Commons Backbench Business debate of
    3 February 2015, as parallelparliament.co.uk reproduces the Hansard text);
  - a five-day loss of water in Beckenham and Penge after a Thames Water main burst in Dulwich on the evening of
    Tuesday 11 February 2025, thousands of homes, hundreds of businesses, 11 care homes and 29 schools losing water,
    one bottled water station at a Sainsbury's in Bell Green (a Commons speech in the Water Bill debate of 28 March
    2025, as parallelparliament.co.uk reproduces the Hansard text).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; edits per item in `notes` (the
page chrome, date and heading lines and speaker labels left out; single line breaks written as blank lines; no word
added or changed). All three are modern Hansard items (hansard.parliament.uk), not the historic Hansard that
`write_pool.hansard` assumes, so each record is made by `write_pool.modern_hansard` (as batch 39e's) with the same
fields and the same attribution form; the two parallelparliament copies keep the Hansard address in the attribution's kind
and the copy's address as source (as batch 38c did).
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch39i.py [POOL_DIR] [--dry]   (default /tmp/gather40i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, modern_hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40i/pool"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names only; no dev or test file opened), "
           "GATHERING.md, the gather scripts and the /tmp/gather40* pools (40b, 40c, 40d, 40e as they stood): {words}. ")
PP = "UK Parliament, Hansard text as reproduced by parallelparliament.co.uk (page store)"


R = []
R.append(modern_hansard(
 "hansard-westminster-hall-power-cuts-north-finchley-uk-power-networks-2014",
 "https://hansard.parliament.uk/Commons/2014-12-09/debates/14120973000003/PowerCuts(NorthFinchley)", "2014-12-09",
 "Power Cuts (North Finchley)", "Westminster Hall debate",
 "It is a pleasure to serve under your chairmanship yet again this afternoon, Mrs Main. I welcome my hon. Friend the "
 "Member for Wyre and Preston North (Mr Wallace), who is acting in locus ministries, if I have got my Latin "
 "correct.\n\n"
 "I will give a little background on the situation that has affected businesses and homes in and around High road, "
 "North Finchley. During the past year there have been a series of power cuts: on 4 September, 16 and 18 October "
 "and 16, 18, 23 and 24 December 2013; and on 6 and 7 January and 13 and 14 November 2014, just a few weeks ago. I "
 "make the point of listing those power cuts to stress the ongoing impact and disruption not just to householders "
 "but to businesses in North Finchley. In particular, last December, in the run-up to Christmas—the busiest part of "
 "the year—businesses struggled to recover the customers and profits that they lost because their shops were "
 "closed in that period.\n\n"
 "A series of issues has caused the power cuts; one problem has cascaded into another. First, in September last "
 "year, the outages were caused by water ingress into a UK Power Networks box, which meant that, quite reasonably, "
 "the current had to be isolated on safety grounds. The power then had to be redirected to the remaining circuits, "
 "but because those circuits were old, that led to the October outages and the first two outages in December, "
 "which were the result of power redirected to the neighbouring circuits overloading the cables: they could not "
 "cope and they failed.\n\n"
 "Just before Christmas last year, the low-voltage board of the main substation that supplied the circuits failed, "
 "which caused yet more outages. That problem reoccurred in January this year. Then, in mid-November—just a few "
 "weeks ago—the insulation on the cables supplying this part of North Finchley failed yet again.",
 "utilities/electricity", ["outage"],
 "Text of the hansard.parliament.uk page as the search tool's page store keeps it. Left out: the page's top line "
 "('Skip to main content'), the heading 'Power Cuts (North Finchley)' (kept as title) and the line 'Volume 589: "
 "debated on Tuesday 9 December 2014' (kept as `published`); the excerpt carries no speaker labels, so no member is "
 "named by a label (the member who opens the debate is not named in the text; parallelparliament.co.uk's copy, "
 "rank 2 of the first search, files it under Mike Freer, Finchley and Golders Green). The opening member's first "
 "four paragraphs; cut after '... failed yet again.', before 'I want to put on record that UK Power Networks has "
 "been as helpful as it', where the excerpt breaks off inside the sentence (`truncated`). Kept as written: 'High "
 "road' with a lower-case 'road', 'in locus ministries', the dashes round 'the busiest part of the year' and 'just a "
 "few weeks ago' with no spaces, 'low-voltage board', 'reoccurred'. Found with the search 'hansard Northern "
 "Powergrid power cut customers without power days constituents network operator' (rank 3) and again with 'Power "
 "Cuts (North Finchley) Westminster Hall 9 December 2014 UK Power Networks substation cables' (rank 1, the same "
 "excerpt). "
 + CHECKED.format(words="'North Finchley', 14120973000003, 'High road', 'Mike Freer', 'Finchley and Golders Green' "
                  "(0 hits); 'Finchley' only in batch 16h's 2001 Jubilee line written answer (another subject); "
                  "'UK Power Networks' in the corpus only for other events (the Christmas 2013 storms' Ofgem "
                  "release, the 9 August 2019 power cut, Storm Arwen and Eunice texts)"),
 True))

R.append(modern_hansard(
 "hansard-commons-rural-phone-broadband-argyll-bute-bt-landlines-storm-2015",
 "https://parallelparliament.co.uk/mp/roger-williams/debate/Commons/2015-02-03/debates/15020361000002/"
 "RuralPhoneAndBroadbandConnectivity", "2015-02-03",
 "Rural Phone and Broadband Connectivity",
 "Commons debate (Backbench Business), Hansard text (hansard.parliament.uk/Commons/2015-02-03/debates/"
 "15020361000002) as reproduced by parallelparliament.co.uk",
 "I thank the hon. Member for Hereford and South Herefordshire (Jesse Norman) for so ably introducing the debate and "
 "the Backbench Business Committee for the opportunity to raise the hopeless performance of telephone companies in "
 "Argyll and Bute.\n\n"
 "In the past two months, telephone companies, both landline and mobile, have failed miserably to keep many of my "
 "constituents in telephone contact with the rest of the world. Following a storm in early December, some "
 "constituents are still waiting for their landline service to be repaired. The experience of one constituent from "
 "south Kintyre is typical. He reported a fault in December. BT made an appointment for an engineer to visit on 28 "
 "December. That appointment was not kept. It was the same on 14 and 28 January. He is still waiting. He now has "
 "another appointment for this Thursday. I hope that this time the engineer will turn up and fix the fault.\n\n"
 "BT’s excuse is that it has declared MBORC, which stands for “matters beyond our reasonable control”. It claims "
 "that owing to exceptional circumstances, it is unable to meet its normal commitment times to provide a service or "
 "repair faults. It seems that by declaring MBORC, BT can also get away with not turning up for appointments. This "
 "is totally unacceptable. The engineers are clearly working flat out, often in difficult weather conditions, but "
 "BT clearly does not have enough engineers operating in Argyll and Bute.\n\n"
 "My hon. Friend has been given a different excuse for not fixing a fault. In my constituency, the problem was the "
 "unforeseen meeting of NATO in Newport. Does he agree that that was a foreseen circumstance?\n\n"
 "My hon. Friend is correct. We all knew for months, if not years, in advance that NATO was meeting in south Wales. "
 "His comments clearly indicate that BT looks for excuses to declare MBORC.",
 "telecoms", ["outage"],
 "Text of parallelparliament.co.uk's page (a member's page of the debate) as the search tool's page store keeps "
 "it; the Hansard text is Parliament's, the site's own lines are not used. Left out: the lines 'Roger Williams', "
 "'Main Page: Roger Williams (Liberal Democrat - Brecon and Radnorshire)(9 years, 11 months ago)' and 'Commons "
 "Chamber' (the site's chrome; the store runs 'Commons Chamber' into the speech's first word, 'ChamberI thank'; the date 2015-02-03 and the title 'Rural Phone and Broadband Connectivity' are taken "
 "from the page's address, capitals and spaces supplied; doubtful as a title). The excerpt begins inside the debate "
 "with one member's speech (the member for Argyll and Bute, not named in the text), an intervention by another "
 "member ('My hon. Friend has been given a different excuse ...'; the page is Roger Williams's, Brecon and "
 "Radnorshire) and the first member's reply; the copy gives no speaker labels there, so no member is named by a "
 "label. Single line breaks written as blank lines (whitespace only). Cut after '... excuses to declare MBORC.', "
 "before 'As several hon. Members have mentioned, BT Openreac', where the excerpt breaks off inside a word "
 "(`truncated`). Kept as written: 'south Kintyre' and 'south Wales' in lower case, 'BT’s' with a curly apostrophe, "
 "the curly quotes round 'matters beyond our reasonable control', '14 and 28 January', 'unforeseen' (ironic, as "
 "the reply shows). Found with the search 'hansard constituents lost landline and broadband for weeks BT Openreach "
 "fault exchange outage Virgin Media outage written question 2019 2020 2021' (rank 3); no hansard.parliament.uk "
 "copy of the debate came back. "
 + CHECKED.format(words="'Rural Phone and Broadband', 15020361000002, 'MBORC', 'matters beyond our reasonable "
                  "control', 'Argyll and Bute' (0 hits); 'Kintyre' only in batch 33g's Scottish Government release "
                  "on the snowstorm of March 2013 (power cuts in Kintyre and Arran, another event and provider); "
                  "'Roger Williams' only in a 2011 committee text (another subject)"),
 True, origin=PP))

R.append(modern_hansard(
 "hansard-commons-water-bill-thames-water-dulwich-burst-beckenham-penge-2025",
 "https://parallelparliament.co.uk/mp/liam-conlon/debate/Commons/2025-03-28/debates/"
 "C9E8C8E8-9E70-4EF6-AB68-466635E3A217/WaterBill", "2025-03-28", "Water Bill",
 "Commons debate (private Member's Bill), Hansard text (hansard.parliament.uk/Commons/2025-03-28/debates/"
 "C9E8C8E8-9E70-4EF6-AB68-466635E3A217) as reproduced by parallelparliament.co.uk",
 "I thank my hon. Friend the Member for Norwich South (Clive Lewis) for introducing the Bill. I know that my "
 "constituents in Beckenham and Penge will want to thank him for raising the issues addressed in the debate "
 "today.\n\n"
 "I will begin by talking about the recent five-day water ordeal that my constituents were subjected to by Thames "
 "Water. On the evening of Tuesday 11 February, a mains water pipe burst up the road from me, in Dulwich, south "
 "London. Overnight, thousands of homes, hundreds of businesses, 11 care homes and 29 schools all lost access to "
 "their water. Six London postcodes were affected in all, including two in my constituency. The next day, "
 "residents in Anerley, Crystal Palace and Penge, in my constituency, woke up without any water. In response, "
 "Thames Water established a bottled water centre at the Sainsbury’s in Bell Green. For those unfamiliar with the "
 "geography of south-east London, while it is located in a lovely part of the constituency of my hon. Friend the "
 "Member for Lewisham East (Janet Daby), ironically adjacent to the River Pool and the Waterlink Way, it is also up "
 "to an hour’s walk away for some of the people in my constituency who were left without water. It was an "
 "unacceptable solution that could easily have been avoided.\n\n"
 "Later that evening, Thames Water managed to make things even worse. The sole water bottle station was closed due "
 "to a security incident, leaving residents reliant on local supermarket stocks. Unsurprisingly, those ran dry "
 "pretty quickly. While the water bottle station later reopened, despite my offer of support and the offer of "
 "support from other hon. Members, Thames Water refused to open an alternative site closer to the outage. Some "
 "constituents still did not have any water by the start of the weekend, having been left without water since the "
 "Tuesday evening.",
 "utilities/water", ["outage"],
 "Text of parallelparliament.co.uk's page (a member's page of the debate) as the search tool's page store keeps "
 "it; the Hansard text is Parliament's, the site's own lines are not used. Left out: the speaker label 'Liam Conlon "
 "Portrait Liam Conlon (Beckenham and Penge) (Lab)' and the line '- View Speech - Hansard - -', so that no member "
 "is named by a label (the speaker is not named in the text; his constituency is). The date 2025-03-28 and the "
 "title 'Water Bill' are taken from the page's address (the excerpt states neither; doubtful as a title). One "
 "member's speech, its first three paragraphs; cut after '... since the Tuesday evening.', before 'Those residents "
 "included vulnerable customers who could not be expecte', where the excerpt breaks off inside a word "
 "(`truncated`). Kept as written: 'five-day', 'Sainsbury’s' and 'hour’s' with curly apostrophes, 'south London' and "
 "'south-east London' in lower case, 'water bottle station' beside 'bottled water centre'. Found with the search "
 "'hansard 5 December 2023 water companies opposition day Slaughter Shepherd's Bush East Acton interruption in "
 "supply Thames Water West Kensington' (rank 3); the search 'Water Bill 28 March 2025 five-day water ordeal Thames "
 "Water Dulwich mains burst ...' brought back only news pages on the same outage (london-news.net, the Standard, "
 "the Independent, uknip, nationalworld; no open licence), no other Hansard copy. "
 + CHECKED.format(words="C9E8C8E8, 2025-03-28, 'Conlon', 'Beckenham', 'Anerley', 'Bell Green', 'Dulwich', 'Crystal "
                  "Palace', 'Penge' (0 hits); 'Water Bill' only in a 2012 EFRA committee text on the draft Water "
                  "Bill (another subject); 'Thames Water' in the corpus only for other events (the 2018 thaw, "
                  "Shalford in November 2023, the 2023 EFRA sitting on its finances)"),
 True, origin=PP))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
