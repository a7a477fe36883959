#!/usr/bin/env python3
"""Batch 33g (session 34; helper gather34g): outages of modern services (1990-2025) from public-sector texts under an
open licence, a ninth round of the outage lane after batches 32c, 32f and 32m. The lane's parliamentary, regulator and
federal items on bank, payment, mobile, 999, air traffic and government IT failures that the page store returns are
nearly all in the corpus or were left out before (see the section's 'not used' list); this round found three Scottish
Government storm releases (Open Government Licence v3.0) on events new to the corpus:
  - the power cuts to 115,847 households after Storm Malik and Storm Corrie, the weekend of January 2022 (gov.scot,
    'Storm Malik and Storm Corrie impact update');
  - the power cuts after Storm Isha, supplies being restored to more than 15,000 properties, with the preparations for
    Storm Jocelyn (a near-miss part: warnings and a planned rail suspension), January 2024 (the release as a Member of
    the Scottish Parliament's site reproduces it);
  - the snowstorm of March 2013 that left 5,000 homes in Kintyre and Arran without power on Scottish and Southern
    Energy's network (a release of the Transport Minister's visit to Arran as a news site's archive reproduces it;
    its licence doubtful, see the item's notes);
  and one near-miss from the historic Hansard (Open Parliament Licence v3.0): a Lords question of 3 November 2003 on
  arrangements for a feared deficiency of electricity supply in the coming winter (no outage told).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; page furniture left out and cuts
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch33g.py [POOL_DIR] [--dry]   (default /tmp/gather34g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, OPL_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34g/pool"
OGL = "Open Government Licence v3.0"


def sg(id, url, published, title, text, topics, notes, truncated, copy=None):
    held = f"; text as held at {copy}" if copy else f"; text as at {url}"
    return {"id": id, "source": copy or url, "licence": OGL,
            "attribution": f"Scottish Government, news release, '{title}', Crown copyright, contains public sector "
                           f"information licensed under the {OGL} ({url}){held}",
            "published": published, "title": title, "text": text, "sector": "utilities/electricity",
            "region": "non-US", "topics": topics, "origin": "Scottish Government news release (page store)",
            "notes": notes, "truncated": truncated}


R = []
R.append(sg(
 "scottish-government-storm-malik-corrie-impact-update-power-2022", "https://gov.scot/news/storms-impact-update-1",
 "2022-01-31", "Storm Malik and Storm Corrie impact update",
 "Power companies working at pace to reconnect affected households.\n\n"
 "First Minister Nicola Sturgeon has chaired a further meeting of the Scottish Government\u2019s Resilience Room "
 "(SGoRR) to co-ordinate the response to Storm Malik and Storm Corrie.\n\n"
 "As the weather situation improves across the country, the amber warning for Scotland has now come to an end. A "
 "yellow warning is still in place covering Lewis, the Orkney Islands, much of the Highlands, Grampian and Tayside "
 "areas.\n\n"
 "Of the 115,847 households that lost power as a result of both storms, all but around 7,000 are expected to be "
 "reconnected this evening. Power companies are confident that the vast majority of those affected should be "
 "reconnected by tomorrow, but recognise that there may still be some outages going into Wednesday.\n\n"
 "Deputy First Minister John Swinney said:\n\n"
 "\u201cToday we have seen an improving situation across Scotland following the two very serious storms over the "
 "weekend. The power companies have drafted in a large number of additional engineers and are making significant "
 "inroads into reconnecting customers, with work continuing at pace this evening.\n\n"
 "\u201cI want to thank all those who are working in difficult conditions to keep people safe and maintain our "
 "lifeline services.\n\n"
 "\u201cFor those who will unfortunately not have power tonight, support with alternative accommodation is available "
 "to anyone who needs it. Those who have found their own accommodation can seek reimbursement from their suppliers. "
 "Special arrangements remain in place for vulnerable customers and local resilience partnerships continue to work "
 "together to provide welfare support.\u201d\n\n"
 "Members of the public can track estimated power restoration times on the SSEN and SP Energy Networks websites.\n\n"
 "Updates on ScotRail services and road conditions are available online.\n\n"
 "Follow @metoffice for any updates to the weather warnings in place.",
 ["outage"],
 "The gov.scot page as the page store holds it: the headline (kept as title), the heading 'Background' (before 'Members "
 "of the public ...') and the closing 'Contact' / 'Media enquiries' / 'Back to top' lines left out; the standfirst "
 "'Power companies working at pace to reconnect affected households.' kept as the first line (batch 16c2's way with a "
 "Scottish Government release); the release whole otherwise (`truncated` false). `published` is not in the excerpt: "
 "2022-01-31 (Monday) is inferred from the text itself (the two storms 'over the weekend', the amber warning 'now come "
 "to an end', outages 'going into Wednesday') and the dated news copies of the same days the page store returned "
 "(Storm Corrie forecast from Sunday 30 January; doubtful: a day either side is possible). The nen.press copy of the "
 "same release ('chaired ... last night') was not used. Kept as written: 'co-ordinate', the curly quotes, "
 "'@metoffice'. Found with 'Hansard Storm Malik Storm Corrie power cuts Scotland customers without power January 2022 "
 "SSEN' and 'gov.scot Storm Malik Storm Corrie impact update ...'. Malik (as a word: one train Wikinews text, "
 "another subject), Corrie, 115,847, 'storms-impact-update': 0 in train/dev/test (by count), GATHERING.md, every "
 "gather script and the session-34 pools; SGoRR and 'Resilience Room' name batch 16c2's Shetland power outage of "
 "December 2022 (another event) and one test file by count (no Malik or Corrie).",
 False))

GD = "https://graemedey.info/impacts-of-storms-isha-jocelyn/"
R.append(sg(
 "scottish-government-storm-isha-jocelyn-resilience-power-2024", "https://www.gov.scot/news/",
 "2024-01-23", "Impacts of Storms Isha and Jocelyn",
 "The Scottish Government\u2019s Resilience Room (SGoRR) has met to consider the impacts of Storm Isha and "
 "preparations for Storm Jocelyn.\n\n"
 "The meeting was chaired by First Minister Humza Yousaf and attended by members of the Cabinet, including the "
 "Transport Minister, the Met Office, Police Scotland, Transport Scotland, SEPA, transport and utilities companies and "
 "resilience partners.\n\n"
 "While yesterday\u2019s Met Office yellow warning for wind has now been lifted, some rail and ferry services have "
 "resumed and all trunk roads have reopened. Power companies are working to restore supplies to more than 15,000 "
 "properties, and 17 regional flood alerts and 32 local flood warnings remain.\n\n"
 "An amber warning for wind has been issued for the Western Isles, western Highlands, northern coast, Orkney Islands "
 "and part of the Moray Firth coast from 1800 this evening until 0800 on Wednesday. A yellow warning for wind covers "
 "the rest of Scotland \u2013 except the Shetland Islands \u2013 from 1600 this afternoon until 1300 on Wednesday. A "
 "yellow warning for rain for parts of west and southwest Scotland is also in place from 0700 to 1800 today.\n\n"
 "ScotRail will suspend services from 1900, and there will be no rush hour services on Wednesday morning.\n\n"
 "People are urged to continue to check all relevant safety advice issued by the police and other agencies.\n\n"
 "The Scottish Environment Protection Agency (SEPA) issues flood alerts and warnings for Scotland. View the latest "
 "updates on the SEPA website.\n\n"
 "Updates on ScotRail services and road conditions are available online, both on the ScotRail website. Trunk road "
 "information is available on the Traffic Scotland website.",
 ["outage", "near-miss"],
 "The Scottish Government's release as the page of Graeme Dey MSP (graemedey.info) reproduces it, the gov.scot page "
 "itself not being in the page store (its address unknown: `source` is the copy, the attribution names gov.scot's news "
 "index); the copy's heading 'Background' (before 'The Scottish Environment Protection Agency ...') and its closing "
 "staff biography ('I\u2019m Graeme\u2019s Parliamentary Assistant ...') left out; single line breaks doubled "
 "(whitespace only). The title is the copy's address words ('impacts-of-storms-isha-jocelyn', capitals supplied; "
 "doubtful). Doubtful: a second copy (caithness-business.co.uk, dated 23 January 2024) words the timings as of the day "
 "before ('today\u2019s ... warning', 'from 1800 tomorrow') and adds a quotation of the First Minister, so the two "
 "copies differ; this one is kept as the page store holds it, no word changed. `published` 2024-01-23 (Tuesday) is "
 "inferred from the text ('yesterday\u2019s ... warning' lifted, warnings running 'until 0800 on Wednesday') and the "
 "second copy's date line (doubtful). Kept as written: the en dashes around 'except the Shetland Islands', 'western "
 "Highlands', 'southwest', 'both on the ScotRail website'. Near-miss part: Storm Jocelyn's warnings and ScotRail's "
 "planned suspension (no service lost yet). Found with 'Scottish Government Resilience Room Storm Gerrit Storm "
 "Jocelyn Storm Babet properties without power update Justice Secretary'. Isha, Jocelyn, Yousaf, 'Traffic Scotland', "
 "'15,000 properties': 0 in train/dev/test (by count; Yousaf in one test file by count, no Isha or Jocelyn), every "
 "gather script and the session-34 pools; GATHERING.md names Isha once (SSEN's and Northern Powergrid's own storm "
 "releases, left out as company texts).",
 False, copy=GD))

NN = "https://newsnet.scot/archive/weather-update/"
R.append({"id": "scottish-government-weather-update-arran-kintyre-power-2013", "source": NN, "licence": OGL,
 "attribution": f"Scottish Government news release on the March 2013 snowstorm (Transport Minister Keith Brown; "
                f"gov.scot address not in the page store), Crown copyright, contains public sector information "
                f"licensed under the {OGL}; text as held at {NN} (Newsnet.scot's archive reproducing it; doubtful: "
                f"the copy does not name its source)",
 "published": "2013-03-25", "title": "Weather update",
 "text":
 "Emergency engineers and road clearing crews across Kintyre, Arran and Dumfries and Galloway are continuing to work "
 "flat out to help individuals and communities affected by the weekend\u2019s severe weather, Transport Minster Keith "
 "Brown said today.\n\n"
 "He visited the Isle of Arran to see first-hand efforts to reconnect power to thousands of island residents and to "
 "clear drifting snow from blocked local roads.\n\n"
 "Scottish and Southern Energy (SSE) expects that the some of the 5,000 homes who are currently without power in "
 "Kintyre and Arran will be linked up to emergency generation this evening.\n\n"
 "SSE has drafted in over 400 engineering staff to Kintyre and Arran and has six helicopters operating in the "
 "area.\n\n"
 "The company have installed several dozen large and small generators in the affected areas to provide emergency "
 "power to thousands of affected homes and businesses, as well as catering vans to provide free food and drink to "
 "local residents.\n\n"
 "Another Scottish Government Resilience (SGoRR) meeting took place this morning to liaise with all key partners and "
 "help co-ordinate the response, the sixth meeting since Friday afternoon.\n\n"
 "Mr Brown, who took part in the SGoRR meeting, said:\n\n"
 "\u201cAcross the affected parts of Scotland, emergency power engineers and road crews are working extremely hard to "
 "restore electricity and clear transport access as quickly as possible.\n\n"
 "\u201cThe level of multi-agency co-operation, and the support received from local communities and voluntary "
 "groups, is to be highly commended.\n\n"
 "\u201cToday, on Arran, I met with police and SSE engineers who are working round the clock to help residents.\n\n"
 "\u201cDozens of generators have been brought onto the island and SSE has arranged for food vans to distribute free "
 "hot meals to customers who continue to be without power.\n\n"
 "\u201cI also spoke to local people on Arran. It is heartening to see the evident community spirit with islanders "
 "helping each other cope in the horrendous weather conditions.",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["outage"],
 "origin": "Scottish Government news release as reproduced by Newsnet.scot (page store)",
 "notes": "The Newsnet.scot archive page 'weather-update' as the page store holds it; its wording is a Scottish "
          "Government release's (the minister 'said today', the count of Scottish Government Resilience meetings, the "
          "minister's quotation), but the copy names no source and the gov.scot original did not come back (doubtful "
          "licence: if the page is Newsnet's own story it is not openly licensed; the lead may drop it). A second copy "
          "of a release of the day before (kemiimaguire.com, 'Efforts to Restore Power Continue', 24 March 2013) "
          "names no company and was not used. Single line breaks doubled (whitespace only). The title is the copy's "
          "address word ('weather-update', capital supplied). Cut after '... in the horrendous weather conditions.', "
          "before '\u201cI know that the same joint working partn', where the excerpt breaks off (`truncated`). "
          "`published` is not in the excerpt: 2013-03-25 (Monday) is inferred from 'the weekend\u2019s severe "
          "weather', 'the sixth meeting since Friday afternoon', 5,000 homes still without power (a BBC copy of "
          "Tuesday evening 26 March gives 1,650) and a forargyll.com page updated on 26 March saying the minister "
          "'has visited Arran today' (doubtful: 26 March is possible). Kept as written: 'Transport Minster' (sic), "
          "'the some of the 5,000 homes', 'The company have', the opening curly quotes of each quoted paragraph "
          "without closing ones. Found with 'kemiimaguire Efforts to Restore Power Continue Scottish Government Keith "
          "Brown Campbeltown generators Arran'. Kintyre, Campbeltown, 'Isle of Arran', 'Dumfries and Galloway' (once in "
          "GATHERING.md, another item), 'Scottish and Southern Energy', 'drifting snow': 0 in train/dev/test (by "
          "count) and every gather script; Arran names one train and two test files by count (other subjects: no "
          "Kintyre, SSE or 2013 snow); Keith Brown names batch 16c2's Shetland outage of December 2022 (another "
          "event) and one test file by count (no Arran).",
 "truncated": True})

HH = "https://api.parliament.uk/historic-hansard/lords/2003/nov/03/electricity-supply"
R.append({"id": "hansard-lords-electricity-supply-winter-safety-cushion-2003", "source": HH,
 "licence": "Open Parliament Licence v3.0",
 "attribution": f"{OPL_NOTICE}. Hansard, House of Lords, oral question, 'Electricity Supply', 2003-11-03; text as at {HH}",
 "published": "2003-11-03", "title": "Electricity Supply",
 "text":
 "Lord Peyton of Yeovil asked Her Majesty's Government:\n\n"
 "Whether they are satisfied that there are adequate arrangements in place to deal with any deficiency in the supply "
 "of electricity that may occur in the coming winter.\n\n"
 "My Lords, as previously indicated to the House, in its recent report on winter operations, National Grid Transco "
 "said that it would like a bigger \"safety cushion\" of generation if the most onerous conditions occur together. "
 "National Grid, as systems operator, is best placed to make that assessment. Since the report was published, the "
 "safety cushion has grown, as generators have returned mothballed plant and are making plans to return more. "
 "Arrangements are in place to deal with shortages of supply and those are regularly tested.\n\n"
 "My Lords, unusually, I can say that there is some comfort to be had from that Answer. Is the system still in being "
 "that the grid used to run, with systematic load-shedding and voltage reductions when it became necessary? Has it "
 "recently been tested to discover whether it would be reliable if were used again?\n\n"
 "My Lords, I am in danger of giving reassurance to the noble Lord twice in the space of a few minutes, which is some "
 "new kind of record from these Benches. I assure him that the system is tested regularly, not least because there "
 "have been one or two incidents of breakdown of supplies in the past couple of months, of which noble Lords will be "
 "aware. Those breakdowns resulted not from shortage of capacity but from technical problems, which are being "
 "investigated. A thorough investigation is taking place, and the Minister has asked to see the reports.\n\n"
 "My Lords, does the Minister recall that when the electricity supply industry was nationalised under the CEGB, the "
 "winter margin of capacity was 35 per cent?",
 "sector": "utilities/electricity", "region": "non-US", "topics": ["near-miss"],
 "origin": "UK Parliament, historic Hansard (page store)",
 "notes": "The historic Hansard page as the page store holds it: the reference line 'HL Deb 03 November "
          "2003 vol 654 cc513-6', the time line '2.42 p.m.' and the speaker lines 'Lord Davies of Oldham' (twice), "
          "'Lord Peyton of Yeovil' and 'Lord Ezra' left out, as batches 14-32m cut speaker lines; the question's own "
          "'Lord Peyton of Yeovil asked Her Majesty's Government:' kept (as batch 32f kept 'Mr. Peyton (by Private "
          "Notice) asked ...'); each speech a paragraph. The title is built from the page address "
          "('electricity-supply'), the page heading not being in the excerpt. Cut after Lord Ezra's '... the winter "
          "margin of capacity was 35 per cent?', before 'When the industry was privatised under the previous "
          "government and the electricity po', where the excerpt breaks off (`truncated`). Kept as written: the "
          "straight quotes of '\"safety cushion\"', 'if were used again', '35 per cent'. Near-miss: a feared "
          "deficiency of supply in the coming winter, with the system operator's 'safety cushion', load-shedding "
          "arrangements and 'one or two incidents of breakdown of supplies in the past couple of months' (counted, "
          "not told one by one; the London power cut of August 2003 is in dev as another text, and this question's "
          "subject is winter capacity, not those breakdowns). Found with 'Hansard Lords question planned power cuts "
          "winter 2022 National Grid three-hour outages Electricity Supply Emergency Code minister reassurance' (the "
          "page store returned it). 2003/nov/03, 'safety cushion', 'Peyton of Yeovil', 'Davies of Oldham', 'Lord "
          "Ezra', 'mothballed plant': 0 in train/dev/test (by count), GATHERING.md and every gather script, except "
          "'National Grid Transco' (one dev text: the London and Kent power cuts statement of 2003; one test file by "
          "count) and 'mothballed' (one train text, another subject). The Lords questions of 21 October 2003 "
          "('National Grid: Security of Supply') and 11 September 2003 ('Electricity Supplies', on the London and "
          "Birmingham power cuts) were left out (the first breaks into the dev event; the second is that event).",
 "truncated": True})

# The lead (session 34) left the Kintyre and Arran text out of the corpus: the archive that holds it names no source,
# so it may be the news site's own story rather than the Government's release, and its licence cannot be shown. Its
# record stays above for the reader; it is not written to the pool. It was the last id of the sorted cycle (train),
# so the other three ids keep their splits.
DROPPED = {"scottish-government-weather-update-arran-kintyre-power-2013"}
R = [r for r in R if r["id"] not in DROPPED]

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
