#!/usr/bin/env python3
"""Batch 37u (session 38; helper gather38u): a cybersecurity software house in England, a security-software maker
headquartered in Tokyo and a Dutch chip-equipment maker, told as company stories in the company lane of batches 36j,
36n and 37k, taken to security software and semiconductors outside the US: Cambridge's cyber-defence company with the
investment company that owned it outright at first, that company's owner, the stock exchange it listed on and the
three named parts of its product (cybersecurity, UK); the Tokyo security-software company with its founder, the
co-founder who took over from him, its two named products, its threat research centre, three resellers and the
webmail service that used it (security software, Japan); and the Veldhoven maker of photolithography machines with
the two Dutch companies that set it up as a joint venture, the exchanges it is listed on and its office countries
(semiconductor equipment, Netherlands). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt
(`search`, corpus `pages`; never a whole page): one from en.wikipedia.org itself, one from a Wayback Machine capture
of en.wikipedia.org, one from a copy; cuts per item in `notes`; no word added or changed. No text tells an outage and
none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch37u.py [POOL_DIR] [--dry]   (default /tmp/gather38u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38u/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names, and in none of the session-38 pools "
           "(/tmp/gather38a-r/pool) as they stood at about 08:45 UTC")

R = []
# ---- cybersecurity, UK: Darktrace (a 2021 revision) -------------------------------------------------------------------------
R.append(wp("wp-darktrace", "Darktrace", "https://en.wikipedia.org/wiki/Darktrace",
 "Darktrace is a British-American information technology company that specialises in cyber-defence. The company was "
 "established in 2013 and is headquartered in Cambridge, England and San Francisco, United States. It is listed on "
 "the London Stock Exchange and is a constituent of the FTSE 250 Index.\n\n"
 "Darktrace was founded in 2013, in a collaboration with the British intelligence agencies and Invoke Capital, a "
 "company owned by Mike Lynch. By the end of 2013, as well as being a wholly owned subsidiary of Invoke Capital, "
 "Invoke Capital additionally provided 15 of Darktrace\u2019s 40 staff members.\n\n"
 "In April 2021, Darktrace listed on the London Stock Exchange with a market value of circa \u00a32.5 billion.\n\n"
 "Darktrace's Enterprise Immune System uses proprietary machine learning and AI algorithms to build a so-called "
 "\"pattern of life\" for every network, device, and user within an organization. It then employs correlation "
 "techniques to classify and cross-reference these models, establishing a highly accurate understanding of 'normal "
 "activity' within that particular environment. From this evolving understanding of 'normal', it can then detect "
 "potential threats as they emerge in real time. It employs an autonomous response technology, Antigena, which "
 "allows networks to take action against in-progress cyber-attacks. The product also visualizes network activity on "
 "a user interface, called the 'Threat Visualizer'. Since the company's inception in 2013, its technology has been "
 "deployed some 9,000 times.",
 "cybersecurity", ["history", "ownership", "products"],
 "The article at en.wikipedia.org as the page store holds it (a revision of about mid-2021: 'Founded 2013; 8 years "
 "ago', 2020 revenue, the April 2021 listing and FTSE 250 membership, no later event): the title lines ('From "
 "Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'), the infobox (its 'Key people' Gordon "
 "Hurst, chairman, and Poppy Gustafsson, CEO, so not in the text), the section headings (the copy shows them as "
 "blank lines) and citation markers ('[1]' to '[14]') cut; kept as written: 'British-American', 'specialises', "
 "'Cambridge, England and San Francisco, United States' (no comma after England), 'in a collaboration with the "
 "British intelligence agencies and Invoke Capital', the sentence 'By the end of 2013, as well as being a wholly "
 "owned subsidiary of Invoke Capital, Invoke Capital additionally provided ...' (its dangling opening as written), "
 "the curly apostrophe in 'Darktrace\u2019s 40 staff members' beside straight ones elsewhere, 'circa', 'so-called "
 "\"pattern of life\"', the single quotes round 'normal activity', 'normal' and 'Threat Visualizer'. The excerpt "
 "holds the whole body: it runs on into the reference list ('1. ^ \"Darktrace Lim'), so nothing of the body is cut "
 "(`truncated` false). 223 words. No outage and no near-miss told (a cyber-defence product described; no attack "
 "told). Recorded CC BY-SA 3.0 (a revision before June 2023); no revision id in the page store. Pages of "
 "invoke-insights.com and gfmreview.com (Mike Lynch's own account, not Wikipedia), Business Insider, ai.nl and a "
 "ziontechgroup.com copy of a news story on the shareholders were looked at and not used. Darktrace, Invoke "
 "Capital, Enterprise Immune System, Antigena, Poppy Gustafsson: " + CHECKED + " (Mike Lynch is named once in "
 "GATHERING.md, as Autonomy's chief in another text's role note; the London Stock Exchange is named in other corpus "
 "texts).", "UK", v3=True))
R[-1]["truncated"] = False   # the whole body is in the excerpt

# ---- security software, Japan: Trend Micro (a February 2009 capture) --------------------------------------------------------------
R.append(wp("wp-trend-micro", "Trend Micro",
 "http://replay.waybackmachine.org/web/20090226203627/http://en.wikipedia.org/wiki/Trend_Micro",
 "Trend Micro (TYO: 4704) is a computer company that develops software and services to protect against computer "
 "viruses, malware, spam, and Web-based threats. It is headquartered in Tokyo. Trend Micro was founded in 1988 in "
 "California by Steve Chang, a Taiwanese person, who served as Trend Micro's CEO until 2004. In 2004 Chang passed "
 "leadership to co-founder Eva Chen, who had served as CTO since 1996.\n\n"
 "Trend Micro is known for producing the PC-cillin range of anti-virus products, and is the creator of the free "
 "online browser-based malware scanner, HouseCall. They have a global threat response center, called TrendLabs, to "
 "help them research and inform about worldwide security threats. Trend Micro's offices are located in Taiwan, "
 "Japan, China, France, Germany, Ireland, United States, United Arab Emirates, Australia, Malaysia, Philippines and "
 "New Zealand. In 2008, Trend Micro ranked 33rd on the list of largest software companies in the world. The company "
 "is on the US Federal Buying Schedule 70 through resellers Softchoice, ASAP, and Synnex.\n\n"
 "Between 2004 and 2008 Trend Micro gained publicity as MSN Hotmail's choice for scanning email messages and "
 "attachments in their free and Hotmail Plus accounts. Products from competitor McAfee were used for the MSN Premium "
 "service, however.",
 "security software", ["history", "leadership", "products"],
 "The article at en.wikipedia.org as a Wayback Machine capture of 26 February 2009 (replay.waybackmachine.org) "
 "holds it in the page store: the title and navigation lines ('From Wikipedia, the free encyclopedia', 'Jump to: "
 "navigation, search'), the infobox (type, flags, key people, products, revenue, website), 'Contents', the heading "
 "'[edit] History' and the markers '[1]', '[2]' and '[citation needed]' cut; kept as written: '(TYO: 4704)', 'a "
 "Taiwanese person', 'passed leadership to co-founder Eva Chen, who had served as CTO since 1996', 'They have' and "
 "'to help them' (the company as 'they'), 'United States' and 'Philippines' without 'the', 'the US Federal Buying "
 "Schedule 70', 'in their free and Hotmail Plus accounts', the closing 'however'; cut after 'however.', the end of "
 "the second sentence of the History section, because the excerpt breaks off in the next sentence ('With the "
 "release of the new Hot'; `truncated`): a cut inside a paragraph, not at a section end (doubtful; kept so the text "
 "passes 150 words), so the later Hotmail change and the rest of the history are not in the text. 201 words. No "
 "outage and no near-miss told. Text of February 2009, before Wikipedia's June 2009 move from the GFDL alone to "
 "CC BY-SA 3.0 with the GFDL; recorded CC BY-SA 3.0 (the licence the migration gave all existing text; doubtful "
 "only in that the capture predates it). An ipfs.io copy of the 2017 article (its body breaks off after the lead "
 "and one sentence, too short: about 120 words), an en.academic.ru copy of about 2008, and Trend Micro's own "
 "leaders and history pages, Lehigh University, asiaone and a Japanese fortune site on the founders (not Wikipedia) "
 "were looked at and not used. Trend Micro, Steve Chang, Eva Chen, PC-cillin, HouseCall, TrendLabs, Softchoice, "
 "Synnex: " + CHECKED + " (Hotmail and McAfee are named in other corpus texts).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood on 26 February 2009, a Wayback Machine capture"))

# ---- semiconductor equipment, Netherlands: ASML Holding (a 2024 copy) ---------------------------------------------------------
R.append(wp("wp-asml-holding", "ASML Holding", "https://wiki.gravy.cc/wiki/ASML_Holding",
 "ASML Holding N.V. (commonly shortened to ASML, originally standing for Advanced Semiconductor Materials "
 "Lithography) is a Dutch multinational corporation founded in 1984. ASML specializes in the development and "
 "manufacturing of photolithography machines which are used to produce computer chips.\n\n"
 "As of 2023 it is the largest supplier for the semiconductor industry and the sole supplier in the world of extreme "
 "ultraviolet lithography (EUV) photolithography machines that are required to manufacture the most advanced chips. "
 "As of March 2024, ASML was the most highly valued European tech company, with a market capitalization of about "
 "US$397 billion.\n\n"
 "ASML's corporate headquarters is in Veldhoven, Netherlands and the location for research, development, "
 "manufacturing and assembly. ASML employs more than 42,000 people from 143 nationalities and relies on a network of "
 "nearly 5,000 tier 1 suppliers. ASML has a worldwide customer base and over sixty service points in sixteen "
 "countries. It has offices in the Netherlands, the United States, Belgium, France, Germany, Ireland, Israel, Italy, "
 "the United Kingdom, China, Hong Kong, Japan, South Korea, Malaysia, Singapore, and Taiwan.\n\n"
 "The company is listed on both the AEX and NASDAQ Stock Exchanges, as ASML. It is also a component of the Euro "
 "Stoxx 50 and NASDAQ-100.\n\n"
 "The company, originally named ASM Lithography, is named ASML as its official name and not an abbreviation. It was "
 "founded in 1984 as a joint venture between the Dutch companies ASM and Philips. Nowadays it is a public company.",
 "semiconductors", ["history", "ownership"],
 "The article as wiki.gravy.cc's copy (a Wikipedia mirror) holds it in the page store: the copy's title line, the "
 "infobox lines that the copy sets between the first and second paragraphs ('Company type', the listings and index "
 "memberships, '1984', 'Veldhoven, Netherlands', the product line, five 2023 money figures and '42,416 (2023)'), "
 "the heading 'History[edit]' and citation markers ('[1]' to '[7]', '[19]') cut; kept as written: 'originally "
 "standing for Advanced Semiconductor Materials Lithography' beside the History section's 'is named ASML as its "
 "official name and not an abbreviation' (the article says both), 'the largest supplier for the semiconductor "
 "industry', 'extreme ultraviolet lithography (EUV) photolithography machines', 'US$397 billion', 'Veldhoven, "
 "Netherlands and the location for', 'tier 1', 'the AEX and NASDAQ Stock Exchanges' (the AEX is an index of "
 "Euronext Amsterdam; the text calls both exchanges), 'Nowadays'; cut after 'Nowadays it is a public company.', a "
 "sentence end inside the History section's first paragraph, because the excerpt breaks off in the next sentence "
 "('changing the name was not des'; `truncated`; a cut inside a paragraph, doubtful), so the 1988 independence, "
 "the later owners and the acquisitions are not in the text. 238 words. No outage and no near-miss told. Content "
 "of 2024 (2023 figures, 'As of March 2024'): recorded CC BY-SA 4.0; doubtful: no revision id and wiki.gravy.cc's "
 "terms not found in the page store. en.wikipedia.org's own page in the store (a 2022 revision; its excerpt breaks "
 "off in the second paragraph before any history, and the founders are not reached), chemeurope.com's 2007 copy "
 "(no history in the excerpt), the company-histories.com / fundinguniverse.com company history (not Wikipedia, not "
 "openly licensed) and bits-chips.nl (paywalled) were looked at and not used. ASML, ASM Lithography, ASM "
 "International, Veldhoven: " + CHECKED + " (Philips, NASDAQ and the countries are named in other corpus texts).",
 "non-US", copy_of="the Wikipedia article, via wiki.gravy.cc"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
