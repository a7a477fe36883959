#!/usr/bin/env python3
"""Batch 36j (session 37; helper gather37j): companies and bodies that provide services analysts depend on, told as
company stories with their founders, founding banks, parents, buyers, units, partners and the people the prose names
- a second round beside batch 36d, taken from telecom operators to the service layer itself: Japan's card network
with its founding banks, the two regional bureaus it bought and absorbed and its alliance with Discover Network (card
networks, East Asia); a London data-centre and colocation group, its founders, its private-equity owners, the rival it
bought and its purchase by Equinix (data centres, UK and Europe); Frankfurt's internet exchange, its three founding
ISPs, the association that first ran it and the data centres it moved into (internet exchanges, Germany); South
Korea's card processor with its terminal unit and its UnionPay partnership (payment processing, East Asia); and the
.uk registry, its founder and its members (DNS, UK). English Wikipedia text (CC BY-SA), each the search tool's
page-store excerpt (`search`, corpus `pages`; never a whole page) from en.wikipedia.org itself or a copy, cut at the
last paragraph or section end before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added
or changed. No text tells an outage (none of the five articles' opening parts holds one). newskg (or any extractor)
was not run on any text.
usage: batch36j.py [POOL_DIR] [--dry]   (default /tmp/gather37j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37j/pool"

CHECKED = ("0 in GATHERING.md, in the eval/corpus file names and in the gather scripts on main, and in none of the "
           "session-37 pools (/tmp/gather37a-e/pool) as they stood at about 04:25 UTC")

R = []
# ---- card network, Japan: JCB ------------------------------------------------------------------------------------------------
R.append(wp("wp-jcb-credit-card-company", "JCB (credit card company)",
 "https://arc.ask3.ru/arc/aa/f4/f2/f4407b556674b7fbb8274b18512c9ef2.html?action=edit",
 "JCB Co., Ltd. (\u682a\u5f0f\u4f1a\u793e\u30b8\u30a7\u30fc\u30b7\u30fc\u30d3\u30fc, Kabushiki gaisha j\u0113 sh\u012b "
 "b\u012b), formerly Japan Credit Bureau, is a credit card company based in Tokyo, Japan.\n\n"
 "Japan Credit Bureau was founded in 1961 by Sanwa Bank (now MUFG Bank) and Nippon Shinpan (now Mitsubishi UFJ "
 "NICOS), as the country's second credit card issuer and payment network after the Japanese branch of Diners Club "
 "International. JCB firmly established itself in the Japanese credit card market after purchasing, and then "
 "absorbing, Hokkaido Credit Bureau and Osaka Credit Bureau in 1968. As of 2020 its cards are issued to 130 million "
 "customers in 23 countries. JCB also operates a network of membership airport lounges for holders of their "
 "Platinum Cards issued outside Japan.\n\n"
 "JCB cards are issued in 24 countries. In most of these, JCB is affiliated with financial institutions to issue "
 "JCB-branded cards.\n\n"
 "In the United States, JCB is not a primary credit card network such as Visa or MasterCard. While the brand was "
 "primarily accepted by tourism-related businesses such as airlines and car rental companies, it gained wider "
 "acceptance in 2006 when JCB announced an alliance with Discover Network. The two companies signed a long-term "
 "agreement that led to the acceptance of Discover Network brand cards at JCB point-of-sale terminals in Japan and "
 "of JCB cards on the Discover network in the U.S. This partnership became operational in 2011.",
 "payments", ["deal", "partnership"],
 "The article as arc.ask3.ru's archive copy of the English Wikipedia page holds it in the page store (the same "
 "wording as en.wikipedia.org's own excerpt, which drops the bold name and so opens ', formerly Japan Credit Bureau, "
 "is'; the copy keeps the opening sentence whole, so it was taken): the infobox lines ('Native name', company type "
 "'Private', industry, 'Founded 1961', 'Defunct April 30, 2018 (U.S. only)', headquarters 'Minato, Tokyo, Japan', "
 "area served, 'Key people Ichiro Hamakawa (...) (Executive director)', products, 'Number of employees 4,389 "
 "(2022)', website) cut, so the executive is not in the text; the heading 'History [edit]', citation markers "
 "('[1]' to '[4]') and the '[update]' tag after 'As of 2020' cut; kept as written: the Japanese name and its "
 "romanisation in brackets, 'Sanwa Bank (now MUFG Bank)', 'Nippon Shinpan (now Mitsubishi UFJ NICOS)', 'after "
 "purchasing, and then absorbing,', 'holders of their Platinum Cards', 'Discover Network brand cards', 'the "
 "Discover network in the U.S.'; cut after 'This partnership became operational in 2011.', before 'Local JCB "
 "accounts in the United States were issued by JCB USA', where the excerpt breaks off (`truncated`). Content of "
 "2023-2025 (2022 employees; the 'Company type' infobox label): recorded CC BY-SA 4.0; doubtful: no revision id, "
 "arc.ask3.ru's terms not found in the page store. wikitia.com's page (a rewritten text, not Wikipedia's), "
 "reference.com's old copy (a 2008-era text), finwiki-lemon.vercel.app (not Wikipedia) and card-acceptance pages "
 "were looked at and not used. JCB, Japan Credit Bureau, Sanwa Bank, Nippon Shinpan, Hokkaido Credit Bureau, Osaka "
 "Credit Bureau: " + CHECKED + " (Discover, Visa, MasterCard and Diners Club are named in other corpus texts, other "
 "events).", "non-US",
 copy_of="the Wikipedia article, via arc.ask3.ru's archive copy"))

# ---- data centres, UK and Europe: TelecityGroup ------------------------------------------------------------------------------
R.append(wp("wp-telecitygroup", "TelecityGroup",
 "https://pfd.book79.com/6wa849r89_4zmpvrogocpxoitzn/4xjrogo/3biQxqxaneoSbvtj",
 "Telecity Group plc (formerly TelecityRedbus and before that Telecity), was a European carrier-neutral datacentre "
 "and colocation centre provider. It specialised in the design, build and management of datacentre space. It was "
 "listed on the London Stock Exchange until it was acquired by Equinix in January 2016.\n\n"
 "Telecity Group plc was the result of the uniting of three separate companies \u2013 TeleCity Limited, Redbus "
 "Interhouse Limited and Globix Holdings (UK) Limited. TeleCity Limited was founded by Mike Kelly and Anish Kapoor "
 "from Manchester University in April 1998 and opened its first data centre in Manchester. At that time 3i Group "
 "made an investment of \u00a324 million in the Company.\n\n"
 "In July 1998, Redbus Interhouse Limited was incorporated, and commenced operations in its first data centre in "
 "London Docklands in July 1999. By March 2000, Redbus Interhouse Limited floated on the main market of the London "
 "Stock Exchange and in June 2000, TeleCity Limited\u2019s parent company, TeleCity plc floated on the London Stock "
 "Exchange.\n\n"
 "In September 2005, TeleCity plc was taken private by 3i and Oak Hill and by October of that year Telecity Group "
 "plc was incorporated and became the holding company of Telecity plc and its group companies in November 2005. In "
 "January 2006 Telecity Group acquired Redbus Interhouse plc, a rival business, resulting in the two business, "
 "TeleCity and Redbus, trading under the name of TelecityRedbus. Later in 2006 Telecity Group plc bought the "
 "European assets of the US-based Globix Corporation.",
 "data centres", ["deal", "ownership"],
 "The article as a proxy copy of en.wikipedia.org (pfd.book79.com, serving the page with Wikipedia's current skin: "
 "'Jump to content', 'From Wikipedia, the free encyclopedia') holds it in the page store: the skin lines and the "
 "infobox ('Telecity Group plc', 'Company type Subsidiary', industry, 'Founded 1998', headquarters, 'Key people John "
 "Hughes (Chairman of the board), Michael Tobin (former CEO)', services, three 2014 revenue and income lines, "
 "'Parent Equinix', website) cut, so the chairman and the former CEO are not in the text; the heading 'History "
 "[edit]' and citation markers ('[1]' to '[7]') cut; kept as written: '(formerly TelecityRedbus and before that "
 "Telecity), was', 'the Company', 'TeleCity Limited\u2019s parent company, TeleCity plc floated' (curly apostrophe, "
 "no second comma), 'Telecity plc' beside 'TeleCity plc', 'the two business, TeleCity and Redbus,'; cut after "
 "'the US-based Globix Corporation.', before the next paragraph ('Followi', where the excerpt breaks off; "
 "`truncated`), so the article's later history (the 2015 Sovereign House power failure is told only in news the "
 "page store holds, not in this excerpt) is not in the text. No outage is told. Content of 2023 or later (the "
 "Vector 2022 skin): recorded CC BY-SA 4.0; doubtful: no revision id, the proxy's terms not found. A German "
 "machine translation of the article (de.knowledgr.com), The Register's and Computing's news on the Equinix "
 "purchase and the 2015-2016 London power failures, Data Center Frontier's item on the divested sites were looked "
 "at and not used. TelecityGroup, Redbus, Globix, 3i, Oak Hill, Mike Kelly, Anish Kapoor: " + CHECKED +
 " (Equinix occurs in GATHERING.md only in a batch's list of checked names and in one corpus text, the 2024 "
 "Internet outage in Africa, another event; the London Stock Exchange is named in other corpus texts).", "non-US",
 copy_of="the Wikipedia article, via a proxy of en.wikipedia.org (pfd.book79.com)"))

# ---- internet exchange, Germany: DE-CIX (an older revision, 2021) ------------------------------------------------------------
R.append(wp("wp-de-cix", "DE-CIX", "https://en.wikipedia.org/wiki/DE-CIX",
 "DE-CIX (Deutscher Commercial Internet Exchange) is a carrier- and data-center-neutral internet exchange point "
 "(IXP) situated in Frankfurt, Germany. It is the single largest exchange point worldwide in terms of average "
 "traffic throughput of 6.9 Tbit/s in April 2021. In addition to DE-CIX in Frankfurt, DE-CIX operates internet "
 "exchange points in D\u00fcsseldorf, Hamburg, Munich (ALP-IX), New York City (DE-CIX New York), Dallas (DE-CIX "
 "Dallas), Dubai (UAE-IX), Palermo (DE-CIX Palermo), Marseille (DE-CIX Marseille), Istanbul (DE-CIX Istanbul), and "
 "Mumbai (Mumbai Convergence Hub).\n\n"
 "DE-CIX was founded in 1995 by three Internet Service Providers (ISPs). Back then, German Internet traffic was "
 "still exchanged in the United States. To improve latency and reduce costs for backhaul connectivity, three "
 "providers decided to establish an Internet exchange in the back room of a postal office in Gutleutviertel in "
 "Frankfurt. Hamburg-based MAZ, EUnet from Dortmund and XLink from Karlsruhe were the first to connect their "
 "networks in Frankfurt at DE-CIX.\n\n"
 "DE-CIX was originally managed by Electronic Commerce Forum, now known as eco \u2013 Association of the Internet "
 "Industry. Other providers joined and made DE-CIX and Frankfurt the hotspot for the German internet. In 1998, "
 "DE-CIX moved its switching hardware to the Interxion data center in Frankfurt.\n\n"
 "By 2000, DE-CIX had become Germany's largest internet exchange and was ranked as one of the larger internet "
 "exchanges in Europe. DE-CIX added its second switching site at the Interxion campus in 2001 and a third site in "
 "close proximity to its original roots at the TelecityGroup data center in 2004.",
 "internet exchanges", ["history", "ownership"],
 "en.wikipedia.org itself, an older revision (the pre-2023 skin: 'Jump to navigation Jump to search'; April 2021 "
 "traffic figures) as the page store holds it: 'From Wikipedia, the free encyclopedia', the skin lines, the photo "
 "file name and the infobox lines ('Full name DE-CIX', 'Location Germany', peak and daily traffic) cut; the "
 "unnamed section break after the lead and citation markers ('[3]' to '[11]', '[3]' three times, '[4]' twice) cut; "
 "kept as written: 'carrier- and data-center-neutral', 'the single largest exchange point worldwide in terms of "
 "average traffic throughput of 6.9 Tbit/s in April 2021', the list of exchanges with their names in brackets, "
 "'Back then', 'a postal office', 'Electronic Commerce Forum, now known as eco \u2013 Association of the Internet "
 "Industry' (an en dash), 'the Interxion data center', 'the TelecityGroup data center'; cut after 'in 2004.', "
 "before 'Until 2006, Cisco switches supported the growth in customers and traffic. DE-CIX extended its reach to "
 "additional data', where the excerpt breaks off (`truncated`). No executive is named in the text (the lane's "
 "wish is not met; kept for the founding ISPs, the association that ran it, the exchanges it operates and the "
 "data-centre operators it moved into). No outage is told. Content of 2021: recorded CC BY-SA 3.0; doubtful: no "
 "revision id. de.zxc.wiki's English machine translation of the German article (it names the managing director "
 "Harald A. Summa and the wholly owned DE-CIX Management GmbH, but it is not English Wikipedia text), the German "
 "Wikipedia's own page, probsee.com and grokipedia.com pages (not Wikipedia text) and a firstcolo.net glossary "
 "entry were looked at and not used. DE-CIX, eco, MAZ, EUnet, XLink, Interxion, UAE-IX: " + CHECKED + " (eco "
 "occurs in GATHERING.md only as part of other words; TelecityGroup is also this batch's wp-telecitygroup, another "
 "subject).", "non-US"))

# ---- payment processing, South Korea: BC Card ----------------------------------------------------------------------------------
R.append(wp("wp-bc-card", "BC Card", "https://www.hubbry.com/BC_Card",
 "BC Card is a South Korean financial services company headquartered in Seoul. South Korea's largest payment "
 "processing company, it provides end-to-end payment services, primarily to financial institutions, as well as to "
 "local merchants through its subsidiary company Smartro; credit cards, debit cards and prepaid cards; local brand "
 "network operation under the brand of \"BC\"; card issuing BPO (Business Process Outsourcing) to financial "
 "institutions; as well as Internet commerce and mobile payment solutions.\n\n"
 "BC Card is a leading company in the Korean card industry and is growing into a global payment company. In 2008, "
 "when it established a local subsidiary in China, it launched a partnership with China's UnionPay, a state-owned "
 "payment processing company, and launched the BC-UnionPay \"China Tong Card.\" Currently, BC Card is in charge of "
 "buying tickets (inbound) of foreign-issued UnionPay card in South Korea, so if you use a UnionPay card issued in "
 "China, the buyer will be stamped with BC Card on the receipt.\n\n"
 "BC cards are mainly accepted in South Korea, but since all currently issued cards are dual-label cards, they can "
 "be used globally through the network of another card organization.\n\n"
 "In mainland China, only Shanghai Pudong Development Bank's teller machines can accept all types of BC cards "
 "directly through the BC card network.",
 "payments", ["partnership", "ownership"],
 "The Wikipedia article as hubbry.com (a 'community hub' page marked 'from Wikipedia', a copy earlier batches used) "
 "holds it in the page store: the hub's header lines ('Hubbry Logo', 'BC CardBC CardMain', 'Open search', "
 "'Community hub', '7 pages, 0 posts', '0 subscribers', 'Be the first to start a discussion here.' twice, 'from "
 "Wikipedia'), the Korean-name bracket after 'BC Card' (rendered '(Korean\ube44\uc528\uce74\ub4dc)', its colon lost, "
 "cut as batch 23b cut a pronunciation bracket), 'Key Information' (an empty infobox), the headings 'Global "
 "Payment Services [edit]' and 'Scope of use [edit]' and citation markers ('[1]') cut; kept as written: 'South "
 "Korea's largest payment processing company, it provides', the semicolon list, 'the BC-UnionPay \"China Tong "
 "Card.\"' (the full stop inside the quotes), 'is in charge of buying tickets (inbound) of foreign-issued UnionPay "
 "card', 'the buyer will be stamped with BC Card on the receipt', 'BC cards', 'the BC card network'; cut after "
 "'through the BC card network.', before the heading 'Feature introduction' and its paragraph ('The services "
 "provided by BC Card [2] include ...'), where the excerpt breaks off (`truncated`). The infobox on the copy is "
 "empty, so KT Corporation (its largest shareholder, as Korean news in the page store says) is not in the text; no "
 "executive is named (the lane's wish is not met; kept for the unit Smartro, the UnionPay partnership and the joint "
 "card). No outage is told. Undated rendering: recorded CC BY-SA 4.0 (as batch 23b recorded its undated hubbry "
 "copy); doubtful: no revision id, hubbry's terms not found. Yonhap, Korea Herald, Korea JoongAng Daily and blog "
 "items on KT's purchase of its stake and on its K-Bank stake were looked at and not used. BC Card, Smartro, "
 "Shanghai Pudong Development Bank, China Tong Card: " + CHECKED + " (UnionPay is named in other corpus texts, "
 "other events).", "non-US",
 copy_of="the Wikipedia article, via hubbry.com"))

# ---- DNS registry, UK: Nominet UK ----------------------------------------------------------------------------------------------
R.append(wp("wp-nominet-uk", "Nominet UK", "https://wikimili.com/en/Nominet_UK",
 "Nominet UK is currently delegated by IANA to be the manager of the .uk domain name. Nominet directly manages "
 "registrations directly under .uk, and some of the second level domains .co.uk, .org.uk, .sch.uk, .me.uk, .net.uk, "
 ".ltd.uk and .plc.uk.\n\n"
 "Nominet also manages the .wales and .cymru domains.\n\n"
 "As of February 2021, the .uk register held 10,922,477 .uk domain names. This represents a year-on-year downward "
 "trend, when compared to February 2020, this is mainly due to the lapsing of the recently launched .uk domain "
 "names.\n\n"
 "Nominet was founded by Dr. Willie Black and five others on 14 May 1996 when its predecessor, the \"Naming "
 "Committee\" was unable to deal with the volume of registrations then being sought under the .uk domain. Nominet "
 "is a not-for-profit company limited by guarantee. It has members who act as shareholders, but without the right "
 "to participate in the profits of the company. Anyone can become a member, but most members are internet service "
 "providers who are also registrars.\n\n"
 "Customers wishing to register a domain can approach Nominet directly but will generally register the domain via "
 "a domain registrar \u2013 a business entity authorized by Nominet to register and manage .uk domains on behalf of "
 "customers. Registrars for .uk domains were formerly known as \"tagholders\".",
 "internet registry", ["history", "leadership"],
 "The Wikipedia article as wikimili.com's copy holds it in the page store: 'Last updated', the infobox lines "
 "('Formation 24 May 1996; 28 years ago', type, legal status, location, region served, services, membership, 'Chair "
 "Andy Green', 'CEO Paul Fletcher (effective February 2022)', two elected non-executive directors, 'Subsidiaries "
 "Nominet US Inc.', website) cut, so the chair, the chief executive and the subsidiary are not in the text; the "
 "copy's inserted 'Contents' line and citation markers ('[1]' to '[7]') cut; kept as written: 'is currently "
 "delegated by IANA', 'directly manages registrations directly under .uk', 'This represents a year-on-year downward "
 "trend, when compared to February 2020, this is mainly due to', 'Dr. Willie Black', 'the \"Naming Committee\" was "
 "unable' (no comma after the name), 'authorized', '\"tagholders\".'; cut after that sentence, before 'Nominet also "
 "deals with disputes about registrations of .uk domain names, via its Dispute Resolution Service (DRS)', where "
 "the excerpt breaks off (`truncated`). No outage is told. Content of 2021-2024 ('28 years ago' from 1996, so "
 "rendered in 2024): recorded CC BY-SA 4.0; doubtful: no revision id, wikimili's terms not found. The 2020 Kiwix "
 "copy (a.osmarks.net) and conceptmap.cfapps.io's copy (older wording with a 'money-grab' sentence), "
 "review.clateway.com's copy (the same wording as wikimili's), icannwiki.org's page (another wiki, not Wikipedia), "
 "an LLM-written page and grokipedia.com (not Wikipedia text), and Goldstein Report items on the 2021 board "
 "removal were looked at and not used. Nominet, Willie Black, Naming Committee, IANA: " + CHECKED + ".", "UK",
 copy_of="the Wikipedia article, via wikimili.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
