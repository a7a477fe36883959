#!/usr/bin/env python3
"""Batch 34h (session 35; helper gather35h, second round of batch 34): English Wikipedia articles (CC BY-SA) on
nationwide internet shutdowns told as outages — Iran's week-long total shutdown ordered by its Supreme National
Security Council during the 2019-2020 protests (2019 Internet blackout in Iran); Iran's shutdown in the first week of
the Iran-Israel War, with the 2019 and 2022 blocks and the WhatsApp and Google Play bans it recalls (2025 Internet
blackout in Iran); Bangladesh's two blackouts ordered during the 2024 uprising (2024 Bangladesh internet blackouts).
Outages of companies' services (cloud, CDN, payment, mobile-network and bank failures) were searched first: every one
not already in the corpus came back only in news, blog or AI-written pages (see the section).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt breaks
off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch34h.py [POOL_DIR] [--dry]   (default /tmp/gather35h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35h/pool"

R = []
# ---- Iran --------------------------------------------------------------------------------------------------------------
R.append(wp("wp-2019-internet-blackout-in-iran", "2019 Internet blackout in Iran",
 "https://en.wikipedia.org/wiki/2019_Internet_blackout_in_Iran",
 "The 2019 Internet blackout in Iran was a week-long total shutdown of the Internet in Iran. It was ordered by the "
 "Supreme National Security Council and imposed by the Ministry of ICT. The blackout was one of the Iranian "
 "government's efforts to suppress the 2019\u20132020 protests.\n\n"
 "During the blackout, Iranian citizens could only access the National Information Network. Mohammad-Javad Jahromi "
 "was sanctioned by the United States Department of the Treasury because of his role in Internet censorship in "
 "Iran.\n\n"
 "The blackout led to an estimated $1 billion to $1.5 billion in damages to the Iranian economy.\n\n"
 "The 2019 blackout was the most wide-scale internet shutdown ever in Iran. It was \"the most severe disconnection "
 "tracked by NetBlocks in any country in terms of its technical complexity and breadth.\" Although it was a "
 "near-total shutdown, top Iranian politicians still had access to the Internet. The 2019 blackout was the first-ever "
 "and longest total Internet shutdown in a large country. It was also the first blackout that effectively isolated a "
 "whole nation.\n\n"
 "Doug Madory, the director of Internet analysis at Oracle, has described the operation as \"unusual in its scale\" "
 "and way more advanced.\n\n"
 "Iranians usually use VPNs to access social media, but none of them worked during the shutdown. As a result of that, "
 "some people used Toosheh to get news and other Internet-related content.",
 "telecommunications (internet access)", ["outage"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= 2019 Internet blackout in Iran "
 "=', the infobox lines (title 'Iranian Internet shutdown', location Iran, date '16 \u2013 23 November 2019', native "
 "name language, target 'Iranian Internet users', type 'Internet blackout', perpetrators 'SNSC, MICT', motive "
 "'Suppression of 2019\u20132020 Iranian protests') and the heading '== Extent ==' cut (the rendering shows no "
 "citation markers); kept as written: 'a week-long total shutdown of the Internet in Iran', 'the Ministry of ICT', "
 "'the 2019\u20132020 protests', the quotation of NetBlocks, 'way more advanced', 'Internet' and 'internet' as "
 "capitalised; cut after 'other Internet-related content.', before the paragraph 'A new study by human rights "
 "organization Article 19 has revealed how Iranian authorities were able to cut off the internet of tens of millions "
 "of Iranian people in November 2019 ... provides a pictu', which the excerpt breaks off inside (`truncated`). The "
 "blackout's days (16-23 November 2019) stand only in the infobox and are not in the text. A current rendering "
 "('2019\u20132020 protests' where an older one reads 'fuel protests'): recorded 4.0. Other pages seen and not taken: an "
 "older en.wikipedia.org rendering in the 'From Wikipedia, the free encyclopedia' skin (citation markers, '[edit]' "
 "links, the section 'Execution' breaking off at 'connect to NIN.[10'), a findatwiki.com copy (its lead run into the "
 "infobox), probsee.com (an AI-written summary), ibulletin.info (the article's sentences under a blog title), "
 "internetsociety.org pulse pages, Article 19's own page, dig.watch, news.", "non-US"))

R.append(wp("wp-2025-internet-blackout-in-iran", "2025 Internet blackout in Iran",
 "https://en.wikipedia.org/wiki/2025_Internet_blackout_in_Iran",
 "In the first week of the Iran\u2013Israel War, Iran has shut down the internet nationwide. The Iranian government "
 "blocked access to the internet, leading to a 97% fall in internet usage in Iran. This has led to Iranians being "
 "disconnected from the outside world. According to cybersecurity expert Amir Rashidi, the internet is viewed as \"an "
 "enemy\" by the Iranian government which seeks to \"control and suppress it\".\n\n"
 "Iran has historically blocked the internet to suppress protests, having done so In 2019 as well as 2022. From 2022 "
 "to 2024, Iran also banned WhatsApp and Google Play during the Mahsa Amini protests. The censorship of internet has "
 "been used by Iran to suppress dissent, protests and the Iranian opposition. Iranian blockage of the internet has "
 "historically brought about \"huge\" economic costs.\n\n"
 "The Iranian government has urged Iranian citizens to block WhatsApp, claiming that it was Israeli spyware, a claim "
 "that WhatsApp denied. Additionally, social media access was blocked.\n\n"
 "In 2019, Iran imposed an Internet blackout. From 2022 to 2024, the Iranian government banned WhatsApp and Google "
 "Play during the Mahsa Amini protests.",
 "telecommunications (internet access)", ["outage"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= 2025 Internet blackout in Iran "
 "=', the infobox lines (title, location Iran, date '17\u201318 June 2025', native name language, target 'Iranian "
 "Internet users', type 'Internet blackout', perpetrators 'SNSC, MICT', motive 'Iran\u2013Israel War') and the heading "
 "'== History and reasoning ==' cut (the rendering shows no citation markers); kept as written: 'Iran has shut down', "
 "'having done so In 2019' (capital I), 'The censorship of internet', the quotation marks around 'an enemy', 'control "
 "and suppress it' and 'huge', and the history paragraph that repeats the lead's 2019 and 2022-2024 sentences; cut "
 "after 'during the Mahsa Amini protests.' (the section's first paragraph), before the paragraph 'In 2019, Iran "
 "implemented a week-long Internet shutdown during the \"Bloody November\" protests ... However so', which the excerpt "
 "breaks off inside (`truncated`). The blackout's days (17-18 June 2025) and the ordering council (SNSC) stand only in "
 "the infobox: the text dates the 2025 shutdown only as 'the first week of the Iran\u2013Israel War'. The text "
 "recalls the 2019 blackout that wp-2019-internet-blackout-in-iran (this batch) tells; the subject here is the 2025 "
 "shutdown. Content of 2025: recorded 4.0. Other pages seen and not taken: news (indiatoday, newarab, ogaanews, "
 "sumtrix, undercodenews), a blog (the-pechko-perspective).", "non-US"))

# ---- Bangladesh ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-2024-bangladesh-internet-blackouts", "2024 Bangladesh internet blackouts",
 "http://206.189.44.186/host-http-en.m.wikipedia.org/wiki/2024_Bangladesh_internet_blackouts",
 "From mid-July to early-August 2024, a series of internet blackouts occurred in Bangladesh during the "
 "Student\u2013People's uprising, when the Sheikh Hasina administration ordered internet to be shut down across the "
 "country.\n\n"
 "The first nationwide shutdown of internet access begun on 18 July during the quota reform movement, which was "
 "restored on 24 July for broadband connections and on 28 July for mobile connections, but social media "
 "establishments like Facebook, Instagram continued to be blocked, which was initially restored on 31 July. Following "
 "the renewed unrest, the second shutdown on 4G networks was imposed on 4 August, but restored on 5 August following "
 "the resignation of Sheikh Hasina.\n\n"
 "2024 quota reform movement was organised to demand the reduction of the amount of quotas in the government jobs "
 "following the retainment of the system by the High Court on 5 June 2024. Initially started as a peaceful "
 "demonstration by the university students in the beginning of July, the Awami League-led government imposed a "
 "crackdown upon the protesters by the law-enforcing agencies and the ruling party members to suppress the protests. "
 "The netizens in various social media platforms heavily slammed and denounced the suppression by the police and "
 "Chhatra League, the student wing of Awami League, members. The protests turned violent following the death of Abu "
 "Sayed in Rangpur on 16 July. To avoid further online activism and to halt organisation of the protesters in online, "
 "the government decided to shutdown internet nationwide on 18 July, the deadliest day of the protests till then.",
 "telecommunications (internet access)", ["outage"],
 "A copy of the article's mobile rendering (en.m.wikipedia.org) served through a proxy at the bare address "
 "206.189.44.186 (no site name): the infobox table lines ('Part of Student\u2013People's uprising', date, location "
 "Bangladesh, type 'Internet outage', target 'Online activists in support of the uprising', perpetrator, its cells "
 "run together with '|' and '---'), the citation markers ('[1]', '[2][3]', '[4]', '[citation needed]' twice) and the "
 "heading 'Background' with its 'edit' link (which the copy runs into the paragraph as 'edit2024 quota') cut; the "
 "paragraph break before 'The first nationwide shutdown' stands where the infobox sat; kept as written: 'begun on 18 "
 "July', 'social media establishments like Facebook, Instagram', 'which was initially restored', '2024 quota reform "
 "movement was organised' (no article: the copy's wording after the heading), 'the retainment of the system', "
 "'Chhatra League, the student wing of Awami League, members', 'in online', 'shutdown internet'; cut after 'the "
 "deadliest day of the protests till then.', before the section 'Outages' / 'First blackout', whose first lines are an "
 "embedded post ('Cloudflare Radar @CloudflareRadar Bangladesh is experiencing a near complete #Internet outage ...'), "
 "where the excerpt ends (`truncated`). A 2024-2025 revision (content to August 2024): recorded 4.0; the proxy's terms "
 "were not found in the page store (doubtful host, the only copy of the article that came back). Other pages seen "
 "and not taken: news (engadget, abplive, newsmania, nowtrends, cybermaterial; an Indonesian and a Portuguese page on "
 "the NTMC/BTRC inquiry).", "non-US", copy_of="the Wikipedia article's mobile rendering, served through a proxy at an IP address"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
