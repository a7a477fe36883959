#!/usr/bin/env python3
"""Batch 22c (session 23 round 2, training and development text for later sessions; helper g22c): company relations
and leadership outside the US told in English Wikipedia articles (CC BY-SA) — a mobile-money service and the
operators that run it (M-Pesa: Safaricom, Vodafone, Vodacom), a payment group and its platform, purchase and
abandoned deal (Ant Group, Alipay, EyeVerify/Zoloz, MoneyGram), a Japanese conglomerate's founder and businesses
(Rakuten: Viber, Kobo, Rakuten Mobile), a South African media group's founders, titles and investments (Naspers),
a mobile operator's owners and parent (Vodacom: Telkom, Vodafone), a mobile operator's chief executives, chair and
controlling shareholder (MTN Group), an airline merger with its chief executive and chairman (LAN, TAM, LATAM
Airlines Group) — and two near-misses, European Commission merger prohibitions (Siemens/Alstom, 2019; Tata Steel/
ThyssenKrupp, 2019: no deal). No openly licensed outage text was found (GATHERING.md, Batch 22c).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch22c.py [POOL_DIR] [--dry]   (default /tmp/g22c-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import EDITS, record
from batch18b import rec
from batch10 import EC as EC_LIC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/g22c-tmp/pool"
LIC4 = "CC BY-SA 4.0 (English Wikipedia text)"
LIC3 = "CC BY-SA 3.0 (English Wikipedia text)"
EC_COPY = "European Commission press release, copy on a third-party site (page store)"


def wp(id, title, held, text, sector, topics, notes, region, v3=False, copy_of="the Wikipedia article"):
    """An English Wikipedia article as the page store holds it at `held` (wikimedia.record); `v3` for a copy the
    text dates before Wikimedia's June 2023 move to CC BY-SA 4.0."""
    url = "https://en.wikipedia.org/wiki/" + title.replace(" ", "_")
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region,
                  licence=LIC3 if v3 else LIC4, version="3.0" if v3 else "4.0", copy_of=copy_of)


def ec_att(title, date, url):
    return (f"© European Union, European Commission, press release '{title}' ({date}); reuse authorised under "
            f"CC BY 4.0; text as reproduced at {url}")


R = []
# ---- Wikipedia: M-Pesa (a named service and the operators that run it; Africa) ----------------------------------
R.append(wp("wp-m-pesa", "M-Pesa", "https://everything.explained.today/M-PESA/",
 "M-PESA (M for mobile, PESA is Swahili for money) is a mobile phone-based money transfer service, payments and "
 "micro-financing service, launched in 2007 by Vodafone and Safaricom, the largest mobile network operator in Kenya. "
 "It has since expanded to Tanzania, Mozambique, DRC, Lesotho, Ghana, Egypt, Afghanistan, South Africa and Ethiopia. "
 "The rollouts in India, Romania, and Albania were terminated amid low market uptake. M-PESA allows users to "
 "deposit, withdraw, transfer money, pay for goods and services (Lipa na M-PESA, Swahili for \"Pay with M-PESA\"), "
 "access credit and savings, all with a mobile device.\n\n"
 "The service allows users to deposit money into an account stored on their cell phones, to send balances using "
 "PIN-secured SMS text messages to other users, including sellers of goods and services, and to redeem deposits for "
 "regular money. Users are charged a fee for sending and withdrawing money using the service.\n\n"
 "M-PESA is a branchless banking service; M-PESA customers can deposit and withdraw money from a network of agents "
 "that includes airtime resellers and retail outlets acting as banking agents.\n\n"
 "M-PESA spread quickly, and by 2010 had become the most successful mobile-phone-based financial service in the "
 "developing world. By 2012, a stock of about 17 million M-PESA accounts had been registered in Kenya. By June 2016, "
 "a total of 7 million M-PESA accounts had been opened in Tanzania by Vodacom. The service has been lauded for giving "
 "millions of people access to the formal financial system and for reducing crime in otherwise largely cash-based "
 "societies. However, the near-monopolistic providers of the M-PESA service are sometimes criticized for the high "
 "cost that the service imposes on its often poor users.",
 "mobile money / telecommunications", ["deal"],
 "The lead as everything.explained.today (a Wikipedia mirror, undated) holds the page: the 'M-Pesa Explained' title "
 "line and the infobox lines (area, members, foundation, website) cut; the mirror's spacing restored in two places "
 "('Afghanistan,South Africa' → 'Afghanistan, South Africa', 'Ethiopia .' → 'Ethiopia.'; whitespace only); the same "
 "lead as an en.wikipedia.org proxy copy (opmmarketplace.com, 'From Wikipedia, the free encyclopedia') holds it, "
 "whose excerpt breaks off in the last sentence; the 'History' section left out (`truncated`). Undated rendering: "
 "recorded 4.0. M-Pesa, Safaricom, Vodacom: 0 in train/dev/test.", "non-US"))
# ---- Wikipedia: Ant Group (a payment group, its platform, a purchase and an abandoned deal; China) ---------------
R.append(wp("wp-ant-group", "Ant Group", "https://owiki.org/wiki/Ant_Group",
 "Ant Group, formerly known as Ant Financial, is an affiliate company of the Chinese conglomerate Alibaba Group. It "
 "operates Alipay, a major mobile payment platform in China, reported to have over 1.3 billion users as of 2020. As "
 "of 2024, it is the sixth largest fintech company in the world. In March 2019, The Wall Street Journal reported "
 "Ant's flagship Tianhong Yu'e Bao money-market fund was the largest in the world, with over 588 million user.\n\n"
 "In October 2020, Ant Group planned to raise US$34.5 billion in what would have been one of the largest IPO in "
 "history, valuing the company at US$313 billion. However, Chinese regulators suspended the listing shortly before "
 "it was to occur. On 12 April 2021, The Wall Street Journal reported that under the pressure from the Chinese "
 "government, Ant Group would be transformed into a financial holding company overseen by the People's Bank of "
 "China.\n\n"
 "Alipay was rebranded as Ant Group Services on 23 October 2014, and the company changed its name to Ant Group Co., "
 "Ltd on 13 July 2020. In 2015, Ant Group raised $4.5 billion in a funding round with investors including China "
 "Investment Corp, CCB Trust, China Life, China Post Group, China Development Bank Capital and Primavera Capital "
 "Group. In 2015, the company was valued at about $45 billion. As of 26 April 2016, Ant Group had around 450 million "
 "annual active users. In September 2016, Ant Group bought EyeVerify Inc. and rebranded it Zoloz. By late January "
 "2017, Ant Group had a valuation of $60 billion. On 26 January 2017, Ant Group Services Group announced a deal to "
 "acquire MoneyGram International for $880 million, but terminate the deal after approval was not granted from the "
 "Committee on Foreign Investment in the United States due to U.S. national security concerns. The same month, the "
 "Cyberspace Administration of China stated Ant Group had failed to meet personal data protection standards.",
 "financial technology / payments", ["deal"],
 "The lead and the start of 'History' as owiki.org (a Wikipedia mirror, undated; its text is the article's with the "
 "citation markers already stripped) holds the page: the headings 'History' and 'Founding and expansion "
 "(2014–2020)' cut; cut before 'In September 2017, Ant Group formed a join...', which the excerpt breaks off inside "
 "(`truncated`). The article's own wording kept ('with over 588 million user', 'one of the largest IPO', 'but "
 "terminate the deal'). A hubbry.com copy marked 'from Wikipedia' holds the same lead and first history sentences "
 "(with citation markers). Undated rendering: recorded 4.0. Ant Group, Ant Financial, Alipay, Zoloz, EyeVerify, "
 "MoneyGram: 0 in the texts of train/dev/test (a case-blind substring count had matched 'significant "
 "financial' in 2 test files).", "non-US"))
# ---- Wikipedia: Rakuten (a Japanese conglomerate's founder and businesses) ---------------------------------------
R.append(wp("wp-rakuten", "Rakuten", "https://wiki.gravy.cc/wiki/Rakuten",
 "Rakuten Group, Inc. is a Japanese technology conglomerate based in Tokyo, founded by Hiroshi Mikitani in 1997. "
 "Centered around the online retail marketplace Rakuten Ichiba, its businesses include financial services utilizing "
 "Fintech, digital content and communications services such as the messaging app Viber, e-book distributor Kobo, "
 "and Japan's fourth-most used mobile carrier, Rakuten Mobile. Rakuten has more than 28,000 employees worldwide, "
 "operating in 30 countries and regions, and its revenues totalling US $12.8 billion as of 2021. Rakuten was the "
 "official sponsor of the Spanish football club FC Barcelona from 2017 until 2021, and the Golden State Warriors of "
 "the NBA as of 2022. It is sometimes referred to as the \"Amazon of Japan\".",
 "e-commerce / technology", ["deal", "leadership"],
 "The lead paragraph as wiki.gravy.cc (a Wikipedia mirror, undated) holds the page: the parenthetical after the "
 "name ('(楽天グループ株式会社) (Japanese pronunciation: [ɾakɯ̥teɴ])', the Japanese name and its pronunciation) cut, "
 "citation markers cut; the hatnote, infobox lines and the following list of past investments and stakes (a "
 "separate block in the copy) left out (`truncated`). Undated rendering: recorded 4.0. Rakuten, Viber, Kobo, "
 "Mikitani: 0 in train/dev/test.", "non-US"))
# ---- Wikipedia: Naspers (founders, former name, titles, investments; South Africa) --------------------------------
R.append(wp("wp-naspers", "Naspers", "http://chaos.owiki.org/wiki/Naspers",
 "Naspers Limited is a multinational internet group. Headquartered in South Africa, its principal operations are in "
 "internet communication, entertainment, gaming and e-commerce. It was founded in 1915, in South Africa, by Jannie "
 "Marais of Coetsenburg and W.A. Hofmeyr, with the support of Jan Christiaan Smuts, Louis Botha, and National Party "
 "founding president J.B.M. Hertzog.\n\n"
 "In 2001, Naspers made an early and successful investment of US$32 million in Chinese social media and gaming "
 "company Tencent. As of 2018, Naspers had approximately a 31% stake in Tencent, and is its largest shareholder. Its "
 "investment in Tencent also appears to be the main driver of the value of its own stock, and has since overshadowed "
 "the operational aspects of the Naspers business. It has also made less notable investments in other technology "
 "companies. In December 2018, Naspers invested $1 billion in India's online food ordering and delivery platform "
 "Swiggy.\n\n"
 "Naspers was founded, in 1915, under the name De Nasionale Pers Beperkt as a publisher and printer of newspapers "
 "and magazines. A group of prominent Cape Afrikaners decided in December 1914 at a meeting in Stellenbosch to form "
 "a publishing company that would support Afrikaner nationalism. It was founded by W. A. Hofmeyr, a well-known Cape "
 "lawyer and National Party organiser. Jannie Marais, a prominent Stellenbosch farmer purchased a quarter of the "
 "20,000 £1 shares in the new company. Naspers first published the Afrikaans language daily De Burger in June 1915 "
 "which was followed by its first magazine De Huisgenoot in 1916.\n\n"
 "In 1918 the company added book publishing to its portfolio, making it one of Africa's most significant media hubs "
 "at the time. In 1985 the company launched the first pay-TV system in the region, M-Net, which marked the "
 "company's development from a publisher into a media company.",
 "media / internet", ["deal", "leadership"],
 "The lead and the start of 'History' as chaos.owiki.org (a Wikipedia mirror, undated, citation markers already "
 "stripped) holds the page: the headings 'History' and 'De Nasionale Pers Beperkt' cut; cut before 'Documents "
 "collected by non-profit revealed how Naspers funded ...', whose sentence has lost a linked name in the copy "
 "(`truncated`). An osmarks.net Kiwix copy of the August 2020 article holds the same paragraphs (with markers). "
 "Undated rendering: recorded 4.0. Naspers, Swiggy, Hofmeyr, Media24: 0 in train/dev/test; Tencent 0 in train/dev "
 "and 1 test file by count (a different text: this one's events are Naspers' own).", "non-US"))
# ---- Wikipedia: Vodacom (owners, parent; South Africa) ------------------------------------------------------------
R.append(wp("wp-vodacom", "Vodacom", "https://en.wikipedia.org/wiki/Vodacom",
 "Vodacom Group Limited is a South African mobile communications company, providing voice, messaging, data and "
 "converged services to over 130 million customers across Africa. From its roots in South Africa, Vodacom has grown "
 "its operations to include networks in Tanzania, the Democratic Republic of the Congo, Mozambique, and Lesotho, and "
 "provides business services to customers in over 32 African countries, including Nigeria, Zambia, Angola, Kenya, "
 "Ghana, Côte d'Ivoire, and Cameroon.\n\n"
 "It was owned in a 50/50 partnership by the South African telecommunications giant Telkom and British "
 "multinational operator Vodafone. On 6 November 2008, Vodafone announced that it had agreed to increase its stake "
 "to 64.5%, and Telkom said that it would spin off its remaining holding by listing it on the Johannesburg Stock "
 "Exchange (JSE). On 1 April 2011, Vodacom officially unveiled its new change in branding from blue to red, using the "
 "same style as its parent company, Vodafone.",
 "telecommunications", ["deal"],
 "The lead as the page store holds the en.wikipedia.org page ('From Wikipedia, the free encyclopedia'): the page "
 "chrome, infobox lines (type, founded, founders, key people, products, revenue, owner, employees) and citation "
 "markers cut; cut before 'Vodacom provides coverage to Mount Kilimanjaro, which was the ...', which the excerpt "
 "breaks off inside (`truncated`). Undated rendering (its infobox gives 2021 figures): recorded 4.0. Vodacom, "
 "Telkom: 0 in train/dev/test.", "non-US"))
# ---- Wikipedia: MTN Group (chief executives, chair, controlling shareholder; South Africa) ------------------------
R.append(wp("wp-mtn-group", "MTN Group", "https://en.wikipedia.org/wiki/MTN_Group",
 "MTN Group Limited (formerly M-Cell) is a South African multinational corporation and mobile telecommunications "
 "provider. Its head office is in Johannesburg. As of December 2022 MTN recorded 289.1 million subscribers. MTN is "
 "among the largest mobile network operators in the world, and the largest in Africa.\n\n"
 "MTN is active in over 20 countries, one-third of the company's revenue comes from Nigeria, where it holds about 35 "
 "percent market share.\n\n"
 "MTN Group is the primary sponsor of the South Africa national rugby union team and sponsors English football club "
 "Manchester United and Zambian Super League. The Nigerian subsidiary of the group also has an existing sponsorship "
 "deal with the Nigerian Football Federation.\n\n"
 "The company was founded in 1994 as M-Cell with assistance from the South African government. In 1995, it replaced "
 "its then CEO, John Beck, with Robert (Bob) Chaphe and founder Leena Jaitley. In 2001, the company reported that "
 "its controlling shareholder was Johnnic Holdings, and the chairperson was Irene Charnley. In 2002, Phuthuma Nhleko "
 "became the CEO, replacing then-CEO Paul Edwards, who had invested in expansion to Nigeria.\n\n"
 "MTN's competitors in South Africa include Vodacom, Cell C and Telkom Mobile.\n\n"
 "In May 2008, Bharti Airtel, an India-based telecommunications company, explored the possibility of buying MTN "
 "Group.",
 "telecommunications", ["leadership", "deal"],
 "The lead and the start of 'History' as the page store holds the en.wikipedia.org page ('From Wikipedia, the free "
 "encyclopedia'): the page chrome, infobox lines, an image caption ('MTN mobile shop in South Africa') and citation "
 "markers cut; cut before 'Reliance Communications was also in talks with MTN ...', which the excerpt breaks off "
 "inside (`truncated`). Undated rendering (it cites December 2022 figures): recorded 4.0. Bharti Airtel's interest "
 "is a near-miss inside the text (no deal). MTN Group, Nhleko, Johnnic, Investcom: 0 in train/dev/test.", "non-US"))
# ---- Wikipedia (HandWiki copy): LATAM Airlines Group (an airline merger and its leaders; Latin America) ----------
R.append(wp("wp-latam-airlines-group", "LATAM Airlines Group",
 "https://encycloreader.org/r/handwiki.php?q=Company%3ALATAM_Airlines_Group",
 "Chile's LAN Airlines and Brazil's TAM Airlines signed a non-binding agreement on 13 August 2010, a binding "
 "agreement on 19 January 2011, and papers to close the merger on 22 June 2012, with TAM Airlines shareholders "
 "agreeing to the takeover by LAN Airlines. Enrique Cueto, former CEO of LAN, is CEO of LATAM; Mauricio Rolim Amaro, "
 "formerly vice-chairman of TAM, became LATAM chairman.\n\n"
 "The agreement to establish LATAM was approved by Chilean authorities on 21 September 2011, with 11 restrictions. "
 "These include transferring four landing slots at São Paulo-Guarulhos International Airport to competitors "
 "interested in operating flights to Santiago de Chile's Comodoro Arturo Merino Benítez International Airport, "
 "renouncing membership to either the Oneworld or Star Alliance airline alliance, restricting the increase in "
 "capacity on flights between Brazil and Chile, and opening code-share possibilities and fidelity program "
 "membership to interested competitors. On 14 December 2011, Brazilian authorities approved the agreement, imposing "
 "similar restrictions as Chilean authorities: LATAM would have to choose an alliance by August 2012 and frequencies "
 "between São Paulo and Santiago de Chile would have to be reduced. At the time, TAM had two pairs of slots while "
 "LAN had four. LAN had to relinquish two pairs to competitors interested in using them. On 7 March 2013, LATAM "
 "announced its final decision to choose Oneworld as its global airline alliance. As a result, TAM left Star "
 "Alliance during the second quarter of 2014 to join Oneworld.\n\n"
 "In August 2015, it was announced that all LATAM Airlines Group airlines would fully rebrand as LATAM, with one "
 "unified livery to be applied on all aircraft by 2018. The first of these aircraft were repainted (or delivered new) "
 "in a new LATAM livery in April 2016.",
 "airlines", ["deal", "leadership"],
 "Part of 'History' of the HandWiki copy of the English Wikipedia article ('Company:LATAM Airlines Group', as "
 "encycloreader.org serves it; HandWiki republishes Wikipedia articles under CC BY-SA): the excerpt begins inside "
 "the history at the merger paragraph; the headings 'Government approvals' and 'Rebranding' and citation markers "
 "cut; cut after 'April 2016.', before 'LATAM Airlines Group is currently working on the rebranding process ...', "
 "whose paragraph the excerpt breaks off inside (`truncated`). Undated rendering: recorded 4.0. LATAM, TAM "
 "Airlines, Enrique Cueto, Rolim: 0 in train/dev/test.", "non-US", copy_of="the Wikipedia article, via HandWiki"))
# ---- European Commission: Siemens/Alstom prohibited (near-miss: a blocked deal) ----------------------------------
t = "Mergers: Commission prohibits Siemens' proposed acquisition of Alstom"
u = "https://evertiq.com/news/45547"
R.append(rec("ec-siemens-alstom-prohibition-2019", u, "2019-02-06", t, EC_LIC, ec_att(t, "6 February 2019", u),
 "The European Commission has prohibited Siemens' proposed acquisition of Alstom under the EU Merger Regulation. The "
 "merger would have harmed competition in markets for railway signalling systems and very high-speed trains, says "
 "the Commission.\n\n"
 "“Millions of passengers across Europe rely every day on modern and safe trains. Siemens and Alstom are both "
 "champions in the rail industry. Without sufficient remedies, this merger would have resulted in higher prices for "
 "the signalling systems that keep passengers safe and for the next generations of very high-speed trains. The "
 "Commission prohibited the merger because the companies were not willing to address our serious competition "
 "concerns,” says Commissioner Margrethe Vestager, in charge of competition policy, in a press release.\n\n"
 "The decision follows an in-depth investigation by the Commission of the takeover, which would have combined "
 "Siemens' and Alstom's transport equipment and service activities in a new company fully controlled by Siemens. It "
 "would have brought together the two largest suppliers of various types of railway and metro signalling systems, as "
 "well as of rolling stock in Europe.\n\n"
 "The Commission received several complaints during its in-depth investigation, from customers, competitors, "
 "industry associations and trade unions. It also received negative comments from several National Competition "
 "Authorities in the European Economic Area (EEA).",
 "rail equipment / competition", "EU", "deal,near-miss",
 "The Commission's press release of 6 February 2019 as evertiq.com reproduces it (dated 'February 06, 2019', kept as "
 "`published`; the site's headline 'EU Commission puts a stop to Siemens' acquisition of Alstom' replaced by the "
 "release's own heading as title): the copy's image credit line cut; its framing words kept as written (', says the "
 "Commission', 'says Commissioner ..., in a press release'); its paraphrased sentence 'The Commission states that "
 "the merger would have significantly reduced competition ...' cut (not the release's wording); cut at the end of the "
 "excerpt (`truncated`). The kept sentences are the release's wording as other copies reproduce it (Xinhua's and "
 "infrapppworld.com's copies carry the same sentences). Near-miss: a prohibited acquisition (GUIDELINES: blocked deals "
 "→ nothing). Siemens with Alstom: 0 in train/dev/test (Siemens alone in 3 train/dev and 1 test file, Alstom in 1 test "
 "file: other events).", EC_COPY))
# ---- European Commission: Tata Steel/ThyssenKrupp joint venture prohibited (near-miss) ---------------------------
t = "Mergers: Commission prohibits proposed merger between Tata Steel and ThyssenKrupp"
u = "http://eufunding.welcomeurope.com/?p=6812"
R.append(rec("ec-tata-steel-thyssenkrupp-prohibition-2019", u, "2019-06-11", t, EC_LIC,
 ec_att(t, "11 June 2019", u),
 "Brussels, 11 June 2019\n\n"
 "The European Commission has prohibited the creation of a joint venture by Tata Steel and ThyssenKrupp under the EU "
 "Merger Regulation. The merger would have reduced competition and increased prices for different types of steel.",
 "steel / competition", "EU", "deal,near-miss",
 "The Commission's press release as a funding-news site (welcomeurope.com) reproduces its opening: the heading kept "
 "as title, 'European Commission - Press release' left out, the dateline 'Brussels, 11 June 2019' kept as the first "
 "line (and as `published`), the site's 'Lire l'article complet' link and comment form left out; the lead paragraph "
 "only, which is all the copy holds (`truncated`). Near-miss: a prohibited joint venture (no partner relation: the "
 "venture was never created). Tata Steel with ThyssenKrupp: 0 in train/dev/test (ThyssenKrupp alone in 2 train "
 "files: other events).", EC_COPY))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
