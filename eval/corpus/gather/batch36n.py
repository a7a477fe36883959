#!/usr/bin/env python3
"""Batch 36n (session 37; helper gather37n): services and the companies that run them, from India's television
distribution and streaming market - a Sony-owned media group with its streaming platform, its channels and the
channel it bought (video streaming and pay TV); the survey of India's satellite direct-to-home market with the first
pay service, the state broadcaster's free service and the government that licensed them (DTH, public sector); the
first Indian DTH operator, its parent, its merger partner and the man who led its launch (DTH); and a DTH operator
set up as a joint venture of an Indian and a Malaysian media group, with the satellites it used (DTH). English
Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page)
from en.wikipedia.org itself or a copy, cut at the last section or paragraph end before the excerpt breaks off
(`truncated`). Edits per item in `notes`; no word added or changed. No text tells an outage in the part kept (Sun
Direct's article tells a satellite power failure in the section after the cut, which the excerpt breaks off inside).
newskg (or any extractor) was not run on any text.
usage: batch36n.py [POOL_DIR] [--dry]   (default /tmp/gather37n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37n/pool"

CHECKED = ("0 in GATHERING.md, in the eval/corpus file names and texts (train/dev by file, test by count only) and "
           "in the gather scripts on main, and in none of the session-37 pools (/tmp/gather37a-j/pool) as they stood "
           "at about 04:35 UTC")

R = []
# ---- video streaming and pay TV, India: Sony Pictures Networks India ----------------------------------------------------------
R.append(wp("wp-sony-pictures-networks-india", "Sony Pictures Networks India",
 "https://search.com.vn/wiki/en/Sony_Pictures_Networks_India",
 "Culver Max Entertainment Pvt. Ltd., trading as Sony Pictures Networks India (SPN or SPNI), is an Indian media "
 "conglomerate owned by Sony Pictures Television.\n\n"
 "SPN manages and operates 26 television channels, the streaming media platform SonyLIV, as well as the television "
 "studio Studio NEXT and film studio Sony Pictures International Productions.\n\n"
 "It was founded on 18 September 1995 as Sony Entertainment Television India Private Limited (SET India Pvt Ltd.). "
 "The first channel from the company was Sony Entertainment Television.\n\n"
 "In 1999, SET India Pvt Ltd., launched its second channel Sony Max which broadcast Hindi movies and sports events "
 "along with Sony Entertainment Television. In 2005, SET India Network bought SAB TV from Sri Adhikari Brothers and "
 "rebranded as Sony SAB. In 2006 SET India launched the English movie channel Sony Pix.\n\n"
 "In December 2007, SET India Private Limited was renamed as Multi Screen Media Private Limited.\n\n"
 "In December 2015, the company was renamed as Sony Pictures Networks India (SPN).\n\n"
 "On 24 October 2022, nearly all of Sony's networks underwent a rebranding coinciding with Diwali, replacing the "
 "cropped \"S\" logo used by SET since its launch with the S-curve logo template used by Sony's television networks "
 "worldwide since 2019, and first used locally by SonyLIV.",
 "media and streaming", ["product", "ownership", "history"],
 "The Wikipedia article as search.com.vn's English-Wikipedia copy ('/wiki/en/') holds it in the page store: the "
 "title line 'Sony Pictures Networks', the infobox lines ('Culver Max Entertainment', 'Sony Pictures Networks', the "
 "three former names with their years, 'Company type Subsidiary', 'Founded 18 September 1995; 28 years ago', "
 "headquarters, area served, 'Key people NP Singh (MD & CEO), Nitin Nadkarni (CFO), Ashok Nambissan (General "
 "Counsel)', 'Parent Sony Pictures Television', website) cut, so no executive is in the text; the heading 'History' "
 "and citation markers ('[1]' to '[11]') cut; kept as written: 'SET India Pvt Ltd., launched' (the comma before the "
 "verb), 'SET India Network bought SAB TV from Sri Adhikari Brothers and rebranded as Sony SAB', 'In 2006 SET India "
 "launched' (no comma), 'was renamed as', the straight quotes around \"S\", 'used by SET since its launch'; cut after "
 "'first used locally by SonyLIV.', before the heading 'Attempted merger with Zee' and its paragraph ('On 22 "
 "September 2021, Zee Entertainment Enterprises announced that it had r...'), where the excerpt breaks off "
 "(`truncated`). The store holds the same article at atozwiki.com ('Source: Wikipedia, the free encyclopedia.'), "
 "whose founding sentence reads 'on September 18, 1995 (not 1957)' beside an infobox date of 'September 30, 1995' "
 "(a vandalised or mid-edit revision): not taken. Content of 2023-2024 ('28 years ago' from 1995, the October 2022 "
 "rebranding): recorded CC BY-SA 4.0; doubtful: no revision id, search.com.vn's terms not found in the page store. "
 "News on SonyLIV (Variety, Business Line, India Today, a Scroll interview, an Ivey case study on scribd) was looked "
 "at and not used. Culver Max, Sony Pictures Networks, SonyLIV, SET India, Multi Screen Media, Sony Max, Sony SAB, "
 "SAB TV, Sri Adhikari Brothers, Studio NEXT, Sony Pictures Television: " + CHECKED + " (two unrelated Sony "
 "subjects, the 2014 Sony Pictures hack and Sony BMG, are earlier corpus texts).", "non-US",
 copy_of="the Wikipedia article, via search.com.vn"))

# ---- satellite pay TV and a state free service, India: Direct-to-home television in India -------------------------------------
R.append(wp("wp-direct-to-home-television-in-india", "Direct-to-home television in India",
 "https://en.wikipedia.org/wiki/Direct-to-home_television_in_India",
 "Direct-to-Home (DTH) television is a method of receiving satellite television by means of signals transmitted "
 "from direct-broadcast satellites. The Government of India (GoI) permitted the reception and distribution of "
 "satellite television signals in November 2000. The first DTH service in the country was launched by Dish TV on 2 "
 "October 2003. DD Free Dish, the first free DTH service in India, was launched by public broadcaster Prasar Bharati "
 "in December 2004.\n\n"
 "India is the largest DTH market in the world by number of subscribers. As per an industry estimate reported in "
 "2022, pay DTH and cable sector together has a subscriber base of 122 million as in March 2021. Out of the total "
 "125 million paid subscribers of the TV industry, 67 million are cable, 55 million are pay DTH subscribers and 3 "
 "million are HITS. Besides, there are 43 million viewers of free TV platform (DD Free Dish). The DTH and the cable "
 "sector presently cover more than 95% of the total pay TV viewing universe. Pay DTH sector has attained a total "
 "active subscriber base of around 65.58 million in the quarter ending 30 September 2022.",
 "television distribution", ["product", "market"],
 "The article as en.wikipedia.org itself holds it in the page store, in the '= Title =' format batches 31i-36j "
 "recorded: the title line '= Direct-to-home television in India =' cut; no infobox and no citation markers in this "
 "rendering; kept as written: 'The Government of India (GoI) permitted', 'As per an industry estimate reported in "
 "2022, pay DTH and cable sector together has a subscriber base of 122 million as in March 2021', 'Besides, there "
 "are', 'free TV platform (DD Free Dish)'; the lead only: cut before the heading '== History ==' and its "
 "sub-heading '=== Background ===', whose one paragraph ('DTH services were first proposed in India in 1996 ... "
 "In 1997, the Government of India banned DTH services when Rupert Murdoch-owned Indian Sky Broadcasting (ISkyB) "
 "was about to launch ...') breaks off mid-sentence at the end of the excerpt ('... to ensure fair com'), so it "
 "could not be kept whole (`truncated`; a cut at the last section end). A cloudfront.net copy with citation "
 "markers ('[1]', '[2]') and a 2017-era copy at freerecharge.net (not marked as Wikipedia text) were looked at and "
 "not used. Content to 2022: recorded CC BY-SA 4.0; no revision id. Dish TV, DD Free Dish, Prasar Bharati, "
 "direct-to-home: " + CHECKED + " (the same launch of Dish TV's service on 2 October 2003 is told again in this "
 "batch's Dish TV item: two articles, two subjects).", "non-US"))

# ---- satellite pay TV, India: Dish TV ---------------------------------------------------------------------------------------------
R.append(wp("wp-dish-tv", "Dish TV",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Dish_TV.html",
 "DishTV India Ltd. (stylised as dishtv) is India's Direct to Home (DTH) television operator using MPEG-4, DVB-S2 "
 "and MPEG-2 digital compression technology. It is a subsidiary of Zee Entertainment Enterprises. It was ranked # "
 "437 and # 5 on the list of media companies in Fortune India 500 roster of India's largest corporations in 2011. "
 "Dish TV was also voted India's most trusted DTH brand according to the Brand Trust Report 2014, a study conducted "
 "by Trust Research Advisory. On 22 March 2018, Dish TV completed a merger with Videocon d2h, creating the largest "
 "DTH provider in India.\n\n"
 "DishTV launched the first DTH service in India on 2 October 2003. The company decided not to compete against "
 "entrenched cable operators in metros and urban areas, and instead focused on providing services to rural areas "
 "and regions not serviced by cable television. Jawahar Goel, who led the launch, recalled 10 years later, \"We "
 "hardly had four transponders and could offer only 48 channels, compared to analog cable that was giving 60 and was "
 "much cheaper. And, STAR refused to give its channels. So, we decided to go slow and concentrate in cable-dry and "
 "cable-frustrated markets, rather than cable-rich markets and build the market step by step.\" Dish TV acquired "
 "350,000 subscribers within 2 years of the launch.",
 "television distribution", ["product", "ownership", "history"],
 "The Wikipedia article as a Kiwix mirror of the English Wikipedia dump of October 2018 "
 "('wikipedia_en_all_maxi_2018-10') holds it in the page store: the title line 'Dish TV', the infobox lines "
 "('DishTV India Ltd.', 'Public', 'Traded as BSE: 532839', ISIN, industry, 'Founded 2 October 2003', headquarters "
 "in Noida, 'Key people Mr. Jawahar Goel (CMD), Anil Dua (CEO)', brands 'Dish TV', 'Zing Digital', 'Videocon D2H', "
 "services, revenue, 'Parent Zee Entertainment Enterprises', subsidiaries 'Zing Digital', 'Videocon d2h' and three "
 "others, website) cut, so Goel's and Dua's posts are not in the text; the heading 'History' and citation markers "
 "('[3]' to '[7]') cut; kept as written: '(stylised as dishtv)', 'India's Direct to Home (DTH) television operator', "
 "'# 437 and # 5' (spaced), 'Fortune India 500 roster', 'DishTV launched' beside 'Dish TV', the quotation with "
 "'And, STAR refused to give its channels.'; cut after 'within 2 years of the launch.', before the next paragraph "
 "('Following bitter legal proceedings between STAR and Zee, in 2007, ...'), where the excerpt breaks off "
 "(`truncated`; a paragraph end inside the History section). Newer copies (everything.explained.today, opening "
 "'DishTV India ... with Yes Bank as its biggest stakeholder', breaking off sooner) and an unattributed copy at "
 "grandcccam.tv were looked at and not used. Dump of October 2018: recorded CC BY-SA 3.0; doubtful: no revision id, "
 "the mirror's terms not found (Kiwix dumps carry Wikipedia's own licence). Dish TV, DishTV, Videocon, Jawahar Goel, "
 "Trust Research Advisory: " + CHECKED + " (Zee is named in two corpus files on other events; the US satellite "
 "operator DISH Network in a DOJ text is another company).", "non-US",
 v3=True, copy_of="the Wikipedia article, via a Kiwix mirror of the October 2018 dump"))

# ---- satellite pay TV, India and Malaysia: Sun Direct -----------------------------------------------------------------------------
R.append(wp("wp-sun-direct", "Sun Direct", "https://en.wikipedia.org/wiki/Sun_Direct",
 "Sun Direct is an Indian subscription based satellite television service provider, owned by Sun Group. It was "
 "launched in December 2007. It transmits digital satellite television and audio to households in India. Sun "
 "Direct uses MPEG-4 digital compression, transmitting HD Channels and SD Channels on MEASAT-3 at 91.5\u00b0E.\n\n"
 "Sun Direct is a joint venture between the Astro Group of Malaysia and the SUN Group of India. Sun Group entered "
 "into an MoU with the Astro group on 27 January 1997, when Aircel was not in existence. But, since the government "
 "of India did not allow the use of KU band transponders for DTH services, the project was put on hold, the firm "
 "said in a statement. After the DTH policy was announced by the government in December 2007, Astro picked up a 20% "
 "stake in Sun Direct TV. The stake was valued at approximately $115 million. Sun Direct TV was registered on 16 "
 "February 2005. However, the failed launch of Sun Direct INSAT 4C resulted in Sun Direct's lack of transponders, "
 "delaying the launch. The service was finally launched on 18 January 2008, after availability of transponders "
 "from Indian National Satellite System.\n\n"
 "In December 2009, Sun Direct was launched in Mumbai, the country's financial capital, and announced its pan- "
 "India launch. By 2009 it became the leading DTH provider with 3 million subscribers.",
 "television distribution", ["product", "partnership", "ownership"],
 "The article as en.wikipedia.org itself holds it in the page store, in the '= Title =' format: the title line, the "
 "infobox lines ('Logo', 'Type: Private', 'Key People: Kalanithi Maran (Chairman)', 'Founded: )' (an empty field), "
 "headquarters in Chennai, area served, industry, products, revenue and operating income for FY 2021, 'Owners: Sun "
 "Group (80%) Astro Group (20%)', homepage) cut, so the chairman and the ownership shares are not in the text; the "
 "heading '== History ==' cut; kept as written: 'subscription based', 'HD Channels and SD Channels on MEASAT-3' "
 "(this rendering has no satellite for the HD channels; the Kiwix copy of October 2023 names GSAT-15), 'SUN Group' "
 "beside 'Sun Group', 'the Astro group', 'when Aircel was not in existence', 'But, since the government of India', "
 "'the firm said in a statement', 'the failed launch of Sun Direct INSAT 4C', 'announced its pan- India launch' "
 "(the space after the hyphen); cut after 'with 3 million subscribers.', before the sub-heading '=== INSAT-4B glitch "
 "and satellite change ===', whose paragraph ('On 7 July 2010, a power glitch in the Indian National Satellite "
 "System satellite turned down the DTH system partly and SUN Direct announced that the service would be free "
 "til...') breaks off mid-sentence at the end of the excerpt: the outage this article tells could not be kept "
 "whole, so it is not in the text (`truncated`). The Kiwix copy (iiab.me, 2023-10 dump) breaks off at the same "
 "place; news on the INSAT-4B failure (domain-b, dreamdth forum reprints, Advanced Television) is news only. Current "
 "rendering: recorded CC BY-SA 4.0; no revision id. Sun Direct, MEASAT, INSAT, Indian National Satellite System: "
 + CHECKED + " (Kalanithi Maran, Sun Group and Sun TV are in an earlier corpus text, a biography of Maran; Astro in "
 "two others (Media Prima, Viacom18) and Aircel in its own article: none of them tells Sun Direct, 0 matches).", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
