#!/usr/bin/env python3
"""Batch 37d (session 38; helper gather38d): company stories of a power distributor and two telecom operators in
three regions the corpus holds few of - the South Caucasus, Central Asia and West Africa - the lane of batches 36d,
36j, 36x and 36z taken on: Armenia's monopoly electricity distributor, sold by Russia's Inter RAO to the Tashir Group
after the 2015 protests against a tariff rise its regulator granted (electricity, Armenia); an Uzbek mobile operator
begun as a joint venture of American investors and the Soviet republic's government, later held by Russia's MTS and
stripped of its licence by the Uzbek government in 2012 (mobile, Uzbekistan); and Ghana's national telecom company,
70% of which the Ghanaian government sold to Vodafone in 2008, renamed Vodafone Ghana in 2009 (telecoms, Ghana).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page), cut at a section or sentence end or before a trailer (`truncated`). Edits per item in `notes`; no word added or
changed. No text tells an outage; one near-miss (an operating licence revoked by a government, no loss of service told).
A fourth text, Telekom Srbija (en.wikipedia.org), was dropped: its excerpt gives 138 words, under the 150-word floor.
newskg (or any extractor) was not run on any of them.
usage: batch37d.py [POOL_DIR] [--dry]   (default /tmp/gather38d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38d/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names and texts, and in none of the session-38 pools "
           "(/tmp/gather38*/pool) as they stood at about 07:10 UTC")

R = []
# ---- electricity distributor, Armenia: Electric Yerevan (the 2015 tariff protests) ----------------------------------------------
R.append(wp("wp-electric-yerevan", "Electric Yerevan",
 "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/"
 "Protests_against_a_hike_in_electricity_rates_(Armenia).html",
 "Electric Yerevan more known within Armenia as No robbery (Ոչ թալանին) protests, were mass protests which occurred "
 "in the summer of 2015 against a 17% hike in electricity rates within Armenia. The protests were successful in "
 "reversing the price hike and causing the sale of Electric Networks of Armenia from Inter RAO to the Tashir "
 "Group.\n\n"
 "Electric Yerevan had been preceded by previous smaller movements against price hikes on marshrutkas public "
 "transportation and a new mandatory pension savings system. Then in June 2015, the Armenian Public Services "
 "Regulatory Committee (PSRC) increased the price of electricity for the public. The cost increased by 7 drams "
 "(US$0.01) per kilowatt hour, to be effective on August 1, 2015. This was the third price increase for "
 "electricity over the last few years, with most recently in 2013 having it risen by about a third. Garegin "
 "Bagramyan, the Armenian Public Services Regulatory Commission chairman also stated, \"The main reason for this "
 "decision is the fluctuation in the currency exchange rates.\"",
 "utilities/electricity", ["ownership", "deal", "regulation", "pricing"],
 "The article as the IPFS mirror of English Wikipedia (ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/"
 "wiki/Protests_against_a_hike_in_electricity_rates_(Armenia).html, a 2017 snapshot; the page heads itself "
 "'Electric Yerevan', the file name being an older title) holds it in the page store. Cut: the title line and the "
 "infobox (date 'June 20, 2015-September 11, 2015', places, goals, methods, 'Result The monopolist electric "
 "distribution company is sold to a new investor. Latest price hike postponed.', parties, the two movements' "
 "names in Armenian); citation markers ('[2]', '[3]', '[4]', '[3]', '[2]', '[5]', '[6]'); cut after the second "
 "paragraph, before the heading 'Armenian-Russian relations' and its section, which the excerpt breaks off "
 "('Post-Soviet countries'); so `truncated`. Kept as written: 'Electric Yerevan more known within Armenia as No "
 "robbery (Ոչ թալանին) protests, were' (no comma after the name once the marker is cut), 'marshrutkas', "
 "'Regulatory Committee (PSRC)' beside 'Regulatory Commission chairman' (two names for the same regulator), "
 "'(US$0.01)', 'having it risen', the straight double quotes. A utility story told through the protests it met: "
 "no outage and no near-miss (a price rise, no service lost). Content of about 2017: recorded CC BY-SA 3.0; "
 "revision not recorded. wikisum.wiki's summary (sentences reordered, not the article), Reuters, ARKA, Azatutyun, "
 "OC Media, JAMnews and RFE/RL news on ENA's 2015 sale and its 2025 seizure (not openly licensed) were looked at "
 "and not used. Electric Yerevan, Electric Networks of Armenia, Inter RAO, Tashir Group, the Public Services "
 "Regulatory Commission, Garegin Bagramyan, Yerevan: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, via the IPFS mirror of English Wikipedia"))

# ---- mobile operator, Uzbekistan: Uzdunrobita ----------------------------------------------------------------------------------
R.append(wp("wp-uzdunrobita", "Uzdunrobita",
 "https://en.wikipedia.org/wiki/Uzdunrobita",
 "Uzdunrobita was the largest mobile phone operator in Uzbekistan in the 1990s and 2000s.\n\n"
 "Uzdunrobita was founded on August 19, 1991, as a joint venture between a group of American investors, the "
 "International Communications Group, with a 45% stake; and the government of what was then the Uzbek Soviet "
 "Socialist Republic, with a 55% stake. When Uzbekistan declared independence several weeks later, the registration "
 "of the joint venture was shifted from Moscow to Tashkent, with the government stake taken over by the independent "
 "Uzbek government. Shortly thereafter, to overcome a shortage of capital, the American investors sold more than "
 "half their stake to a group of Pakistani investors, for $2 million and a stake in a Pakistani pay-phone company. "
 "The Uzbek government additionally provided free equipment and use of its engineers and staff. The American "
 "investors included a group from Perry, Ga, that consisted of a dentist, an eye doctor, an insurance man, an "
 "engineer and a stockbroker organized by the red-haired Brian L. Bowen, who was 37 years old in 1996.\n\n"
 "The company first turned a profit in 1993. By 1996, it had $50 million in annual revenues, 7,000 subscribers, and "
 "employed 224 staff. Gulnora Karimova gained control of the firm in the late 1990s or early 2000s, and by 2005 it "
 "was 74% owned by Russia's MTS, which paid $121 million for the stake. In 2006 it was reported to have 250,000 "
 "subscribers, ahead of Daewoo Unitel, which had 100,000, and a number of much smaller firms.\n\n"
 "The company launched an LTE network on 2.6GHz in July 2010, and receive a license to expand it on 700MHz in "
 "December 2010.\n\n"
 "In August 2012, the government of Uzbekistan revoked the company's operating license and arrested several of its "
 "top management, citing repeated regulatory violations. MTS protested the action as a \"shakedown\", but was "
 "unable to effectively oppose it, and moved to write down its stake.",
 "telecoms", ["ownership", "deal", "history", "regulation"],
 "The article as en.wikipedia.org's own page is held in the page store (no citation markers in that excerpt). Cut: "
 "the '= Uzdunrobita =' title line; cut after 'moved to write down its stake.', in the middle of the last "
 "paragraph, because the next sentence ('At the completion of the case in September 2012, the company's assets "
 "w...') is broken off by the excerpt; so `truncated`. Kept as written: 'with a 45% stake; and the government', "
 "'Perry, Ga, that consisted', 'Gulnora Karimova', 'and receive a license', 'on 2.6GHz', 'on 700MHz', the straight "
 "double quotes round 'shakedown'. The revocation of the operating licence (August 2012) is a near-miss: a "
 "government's regulatory act, and the text does not say that subscribers lost service (news and MTS filings say "
 "services were suspended from 17 July 2012; not in this text), so no outage is annotated. Revision not recorded; "
 "current wording recorded CC BY-SA 4.0. WikiMili's copy (wikimili.com/en/Uzdunrobita, the same words with "
 "citation markers), Reuters, Interfax, Trend, The Moscow Times and commsupdate news and MTS's SEC filings "
 "(not openly licensed or not the article) were looked at and not used. Uzdunrobita, MTS-Uzbekistan, Gulnora "
 "Karimova, International Communications Group, Daewoo Unitel: " + CHECKED + ".",
 "non-US"))

# ---- telecom operator, Ghana: Vodafone Ghana -----------------------------------------------------------------------------------
R.append(wp("wp-vodafone-ghana", "Vodafone Ghana",
 "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Vodafone_Ghana.html",
 "Vodafone Ghana, formerly Ghana Telecom, is the national telecommunications company of Ghana. In 2006, it had "
 "around 400,000 customers for fixed and mobile telephony and Internet services.\n\n"
 "On 3 August 2008 it was announced that Vodafone had agreed to acquire 70 % of Ghana Telecom from the Ghanaian "
 "government at a cost of US$900 million and a total enterprise value of approximately US$1.3 billion. After the "
 "transaction closed, Vodafone had a 70% stake in the company, while the Ghanaian government retained a 30% stake. "
 "The sale was supported by president John Agyekum Kufuor but strongly opposed by the opposition party which would "
 "win the presidential elections a few months later. The new president John Atta Mills, head of the National "
 "Democratic Congress party (NDC) also launched an investigation into the deal after being elected president a "
 "claiming that the government \"did not get value for money\". Despite these claims Vodafone a few months later "
 "would write down the value of its stake in Ghana Telecom by £250m as the economic climate worsened, damaging the "
 "business's prospects.\n\n"
 "On 16 April 2009, the company was rebranded as Vodafone Ghana.\n\n"
 "As of 2015 Vodafone Ghana is the countries second largest operator with a market share for December 2015 was "
 "21.74% and 18.39% of data behind African communications giant MTN Group.",
 "telecoms", ["ownership", "deal", "history"],
 "The article as the IPFS mirror of English Wikipedia (cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQk"
 "DDP1mXWo6uco/wiki/Vodafone_Ghana.html, a 2017 snapshot) holds it in the page store, the whole "
 "article. Cut: the title and infobox lines (Private, industry, 'Founded 1974', Accra headquarters, 'Key people: "
 "Yolanda Cuba, CEO', revenue and employees of 2006, website), so the CEO is not in the text; citation markers "
 "('[1]', '[2]' twice, '[3]'); the trailer ('See also', 'References' with its three entries and the stub notice); so "
 "`truncated` is set for the cut trailer only. Kept as written: '3 August 2008' (the deal was announced in July "
 "2008 by other sources; the text's date kept), '70 %' with a space, 'president a claiming', "
 "'\"did not get value for money\".', 'the countries second largest operator', 'with a market share for December "
 "2015 was 21.74% and 18.39% of data'. No outage is told. Content of about 2016: recorded CC BY-SA 3.0; revision "
 "not recorded. Softpedia, fiercewireless, commsupdate, Pulse Ghana and The Hawk news on the Vodafone deal and the "
 "2023 sale to Telecel (not openly licensed) were looked at and not used. Ghana Telecom, Vodafone Ghana, John Atta "
 "Mills: " + CHECKED + " (Vodafone Ghana is named in batch 34n's notes on executive biographies, as an employer only; "
 "batch 25b's 'Telecel/Vodafone Ghana' lead found news only; Kufuor is named in one Wikinews summit text, "
 "another event).",
 "non-US", v3=True, copy_of="the Wikipedia article, via the IPFS mirror of English Wikipedia"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
