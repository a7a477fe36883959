#!/usr/bin/env python3
"""Batch 30b (session 31, the out-of-sample check; helper gather31b): English Wikipedia articles (CC BY-SA) on
services — a bank-run payment service, a video-on-demand service, a mobile payment app, a digital wallet, a food
delivery platform and a television channel — and the companies that run, own, developed or bought them, told as news,
a fifth lane after batches 27b, 27f, 28b and 29b: a Spanish payment service launched by banks (Bizum); a Saudi media
group, its streaming service, owners, founder and chief executive (MBC Group, Shahid); a US payment app owned by
PayPal and its founders (Venmo); a Malaysian digital wallet set up by a joint venture, with its earlier partnerships
(Touch 'n Go eWallet); a Brazilian food delivery platform, its owners and its rivals' owner (iFood, Prosus, Movile);
a Hong Kong television channel, its operator and the operator's parent's services (ViuTVsix, HK Television
Entertainment, PCCW); part 2: Brazil's instant payment platform and the central bank that runs it (Pix); an
Ethiopian state-owned telecom operator, its former name and a management contract (Ethio telecom, France Télécom).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch30b.py [POOL_DIR] [--dry]   (default /tmp/gather31b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather31b/pool"

R = []
# ---- payments --------------------------------------------------------------------------------------------------
R.append(wp("wp-bizum", "Bizum", "https://en.wikipedia.org/wiki/Bizum",
 "Bizum is a payment service provider launched in 2016 as an initiative of the Spanish banking system.\n\n"
 "Constituted on 27 June 2016, Bizum was jointly launched by 27 Spanish banking entities, including CaixaBank, BBVA, "
 "and Banco Sabadell. Originally an payment system between people (P2P), it later allowed transfers between people "
 "and e-commerce and institutions. Bizum joined the European Mobile Payment Systems Association in 2022.\n\n"
 "In 2024, it had 27.6 million active users. In 2024, Bizum also announced plans to launch Bizum Pay in 2025, "
 "allowing for NFC payments.\n\n"
 "In 2024, Bizum joined forces with Italy's Bancomat Pay and Portugal's MB Way to launch the European Payments "
 "Alliance (EuropPA), an agreement that enables inter-operability of payments among clients of Santander, ABANCA and "
 "Openbank in Spain, Italy, Portugal, and Andorra starting on 31 March 2025.",
 "payments (mobile payment service)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Bizum =', the infobox lines (name "
 "'Bizum S.L.', logo, type 'Sociedad limitada', industry, headquarters address in Madrid, country, area served) and "
 "the heading '== History ==' cut; kept as written: 'Originally an payment system', 'inter-operability'; cut after "
 "'starting on 31 March 2025.', before the section '== Shareholders ==' (a lead line and a list of eleven banks with "
 "their percentages, not prose) and '==See also==' (links), both left out. Content to 2025: recorded 4.0. Bizum, "
 "Bancomat, MB Way, EuropPA, ABANCA, Openbank: 0 in train/dev/test and in every gather script; CaixaBank and Banco "
 "Sabadell: one train/dev file each (other events); BBVA: only in GATHERING.md; Santander: other files (other "
 "events); 'European Mobile Payment Systems Association': batch 28b's Blik and batch 29b's Swish and MobilePay texts "
 "(here 'joined ... in 2022', another phrase).", "non-US"))

R.append(wp("wp-venmo", "Venmo",
 "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Venmo.html",
 "Venmo is a mobile payment service owned by PayPal. It allows users to transfer money between one another using a "
 "mobile phone app or web interface. It handled $7.5 billion in transactions in 2015, and nearly $3.2 billion in the "
 "first quarter of 2016.\n\n"
 "Cash transfers using Venmo are not considered instantaneous and can be cancelled after an initial transfer is "
 "sent. These transfers can take one to several days to transfer. The Better Business Bureau reports some scammers "
 "exploit the fact of this on Craigslist and other services.\n\n"
 "Venmo is a mobile payment service that lets users transfer money to each other. It follows a similar business "
 "model to PayPal. Venmo describes itself as a \"digital wallet\". Users sign up and create an account by providing "
 "basic information and bank account information using their mobile app or on the Venmo website and they can find "
 "others who have created an account. Friends and recipients of transactions can be found via phone number, Venmo "
 "username, or email.\n\n"
 "Users have a Venmo balance that is used for their transactions. They can link their bank accounts, debit cards, or "
 "credit cards to their Venmo account. Credit cards have a 3% fee for each transaction. If a user does not have "
 "enough funds on Venmo itself when making a transaction, it will automatically withdraw the supplemental funds from "
 "the registered bank account or card.\n\n"
 "Venmo was founded by two friends, Andrew Kortina and Iqram Magdon-Ismail, who met as freshman roommates at the "
 "University of Pennsylvania. According to Kortina, the idea of Venmo originated when Magdon-Ismail forgot his wallet "
 "during a trip to visit Kortina. The process of settling their accounts was a hassle, so they started working on a "
 "way to send money through mobile devices.",
 "payments (mobile payment app)", ["product"],
 "A copy of the article in the 2017 snapshot of English Wikipedia served on IPFS (ipfs.io, the Kiwix-built "
 "'wiki/Venmo.html'): the title line 'Venmo', the infobox lines (original authors, developer 'Venmo, LLC (Subsidiary "
 "of PayPal)', initial release, platforms, website), the headings 'Service' and 'History' and citation markers "
 "('[1]'-'[3]') cut; kept as written: 'exploit the fact of this on Craigslist', 'These transfers can take one to "
 "several days to transfer.', the two opening sentences that both say 'Venmo is a mobile payment service'; cut after "
 "'send money through mobile devices.', before 'Their original prototyp', where the excerpt breaks off (`truncated`). "
 "Content to 2016: recorded 3.0. Doubtful: the IPFS copy names no revision; the excerpt stops before the article's "
 "purchases (not in the text). Venmo, Kortina, Magdon-Ismail, Craigslist, University of Pennsylvania: 0 in "
 "train/dev/test and in every gather script; PayPal: other files (other events); Better Business Bureau: batch "
 "28e's text (one test file by count; here named once). US: one of at most two US services asked.", "US", v3=True,
 copy_of="the Wikipedia article, a 2017 snapshot of English Wikipedia served on IPFS at ipfs.io"))

R.append(wp("wp-touch-n-go-ewallet", "Touch 'n Go eWallet", "http://twiki.owiki.org/wiki/Touch_%27n_Go_eWallet",
 "Touch 'n Go eWallet is a Malaysian digital wallet and online payment platform, established in Kuala Lumpur in July "
 "2017 as a joint venture between Touch 'n Go and Ant Financial. It allows users to make payment in local in-store "
 "via QR code, pay for toll roads and petroleum via RFID, pay bills and car parking, make online payment for "
 "e-commerce, e-hailing, food delivery services and app purchase, P2P transfer, and book movie tickets and airline "
 "tickets.\n\n"
 "Before the formation of e-wallet service, Touch 'n Go provides contactless payment card that will allow users in "
 "Malaysia to make payment at toll roads, public transportation, retail stores and parking lots. Touch 'n Go "
 "previously entered into mobile payment through partnership with Maxis to allow Maxis customers to make payment with "
 "Touch 'n Go integrated into mobile phone via FastTap in 2009. The payment system utilizes near-field communication "
 "which allows users to make payment by tap the mobile phone into the card readers which also supports physical "
 "credit, debit and Touch 'n Go cards. Only one mobile phone device is supported by far, Nokia 6212 Classic. "
 "According to SoyaCincau, the service are not widely adopted by customers, hence the poor reception causes the "
 "service to become unsuccessful.\n\n"
 "On 2012, Touch 'n Go collaborated with CIMB and Maxis to create NFC-based online transaction service which can be "
 "used on near-field communication enabled smartphone to allow users to make payment via NFC. It was announced on "
 "July 2012, and is expected to release in two months time, despite not many details regarding the development of "
 "the NFC-based online transaction service are available.\n\n"
 "Prior to granted partnership with Ant Financial, Touch 'n Go previously had released its own existing e-wallet "
 "application on February 2017 which were simply called Touch 'n Go wallet at that time.",
 "payments (digital wallet)", ["product"],
 "A copy of the article on the owiki.org mirror (twiki.owiki.org): the headings 'Background' and 'History' cut; one "
 "space put back between 'parking lots.' and 'Touch 'n Go previously' (the copy joins them where a citation marker "
 "stood; whitespace only); kept as written, the article's own grammar: 'Touch 'n Go provides contactless payment "
 "card that will allow', 'by tap the mobile phone', 'supported by far', 'the service are not widely adopted', 'On "
 "2012', 'on July 2012', 'is expected to release in two months time, despite not many details ... are available', "
 "'Prior to granted partnership', 'on February 2017 which were simply called'; cut after 'at that time.', before 'It "
 "utilizes the QR code technology to make payment instead of relying on near-field communication techn', where the "
 "excerpt breaks off (`truncated`). Content to 2017 (an older revision): recorded 3.0. Doubtful: the mirror's own "
 "terms were not found in the page store (as batch 26's owiki.org copies). Touch 'n Go, TNG, Maxis, FastTap, CIMB, "
 "SoyaCincau, Nokia 6212: 0 in train/dev/test and in every gather script; Ant Financial: an earlier batch's Ant "
 "Group text (train/dev, another event; here the joint-venture partner).", "non-US", v3=True,
 copy_of="the Wikipedia article, mirrored at twiki.owiki.org"))

# ---- media and delivery ----------------------------------------------------------------------------------------
R.append(wp("wp-mbc-group", "MBC Group", "https://en.m.wikipedia.org/wiki/MBC_Studios",
 "MBC Group, formerly known as Middle East Broadcasting Center, is a Saudi media conglomerate based in the Middle East "
 "and North Africa region. Launched in London in 1991, the company moved its headquarters to Dubai in 2002 and to "
 "Riyadh in 2022. It is majority owned by the Saudi government-operated Public Investment Fund.\n\n"
 "MBC Group operates over 19 free-to-air satellite TV channels, and a video-on-demand service (Shahid). MBC 1 was the "
 "first broadcaster to provide a satellite-based, free-to-air 24-hour television broadcasting network across the "
 "Arab world. The Group's current chairman is Sam Barnett. Barnett returned as MBC Group CEO in December 2020 after a "
 "one-year departure. MBC's television arm broadcasts via Eutelsat, Arabsat and Nilesat satellites. MBC has more "
 "than 2,000 staff.\n\n"
 "In recent years MBC has been hit with major rounds of financial cuts, leading to 150 layoffs and major production "
 "cuts. These cuts were driven in part due to advertising not covering production costs and the failure to acquire "
 "exclusive rights to the Saudi league. As of 2011 MBC reported 165 million viewers.\n\n"
 "In 2023, 60% of MBC group was owned by Istedamah Holding Company (a subsidiary of the Saudi government's Ministry "
 "of Finance), with the rest belonging to its founder Waleed bin Ibrahim Al Ibrahim. In 2023, MBC Group announced its "
 "initial public offering (IPO).",
 "media (broadcaster and video-on-demand service)", ["product", "leadership"],
 "The article as the mobile site en.m.wikipedia.org renders it, reached at the redirect's address 'MBC_Studios' "
 "(the page shown is 'MBC Group'): the infobox lines (native name, former name 'Middle East Broadcasting Center "
 "(1991-2003)', company type, Tadawul code, founded '18 September 1991', headquarters, area served, key people "
 "'Waleed bin Ibrahim Al Ibrahim (Chairman) Sam Barnett (CEO)', owner, website) and citation markers ('[3]'-'[11]') "
 "cut; the Arabic names and their romanizations in brackets after 'MBC Group' ('(Arabic: ..., romanized: Majmūʿat "
 "ʾIm Bī Sī)') and after 'Middle East Broadcasting Center' ('(..., Markaz Tilifizyūn al-Sharq al-ʾAwsaṭ)') cut with "
 "the space before each, as batches 27b-29b cut foreign-script names; kept as written: 'MBC group' beside 'MBC "
 "Group', 'The Group's current chairman is Sam Barnett' (the infobox names another chairman; the text alone is "
 "annotated), 'driven in part due to'; cut after 'initial public offering (IPO).', before 'The offering consisted of "
 "a primary offering of 33,250,000 new ordin', where the excerpt breaks off (`truncated`). Content to 2023: recorded "
 "4.0. MBC, Shahid, Public Investment Fund, Istedamah, Waleed bin Ibrahim, Sam Barnett, Nilesat: 0 in train/dev/test "
 "and in every gather script; Arabsat: batches' files on other events (one test file by count); Eutelsat: only in "
 "GATHERING.md's 'not used' list (OneWeb).", "non-US",
 copy_of="the Wikipedia article on the mobile site, reached at the redirect 'MBC_Studios'"))

R.append(wp("wp-ifood", "IFood", "https://friendlywiki.com/article/index.php?title=IFood",
 "iFood is a Brazilian online food ordering and food delivery platform, currently operating in Brazil and previously "
 "in Colombia. The company holds over 80% market share of the food delivery sector in Brazil. It is owned by "
 "Dutch-based Prosus (part of Naspers) and its Brazilian investment firm Movile.\n\n"
 "It merged its businesses in Argentina and Colombia with rivals PedidosYa in August 2018 and Domicilios.com in March "
 "2021 respectively, brands of Delivery Hero which is also owned by Prosus.",
 "online services (food delivery platform)", ["product", "deal"],
 "The article's wiki source as friendlywiki.com serves it: the title line 'IFood', the templates '{{Short "
 "description|Brazilian food delivery platform}}', '{{lowercase title}}', '{{about|...}}' and the '{{Infobox "
 "company ...}}' block (founders, headquarters, revenue, owner 'Movile, part of Prosus (Naspers)', employees, "
 "website) and the inline citation templates ('{{Cite web ...}}', '{{cite news ...}}') cut, as citation markers are "
 "cut; kept as written: 'The company holds over 80% market share', 'its Brazilian investment firm Movile'; cut after "
 "'also owned by Prosus.', where the next citation template begins and the excerpt breaks off inside it "
 "(`truncated`). Content to 2022 (a citation of September 2022; the infobox counts '14 years ago' from 2011): "
 "recorded 4.0. Doubtful: friendlywiki.com's own terms were not found in the page store. iFood, Movile, PedidosYa, "
 "Domicilios.com: 0 in train/dev/test and in every gather script; Prosus: only in GATHERING.md; Naspers: three "
 "train/dev files (other events); Delivery Hero: one train/dev file (another event).", "non-US",
 copy_of="the Wikipedia article's wiki source, served by friendlywiki.com"))

R.append(wp("wp-viutvsix", "ViuTVsix",
 "https://akarinohon.com/text/taketori.cgi/en.wikipedia.org/wiki/ViuTVsix@.300_WSM",
 "ViuTVsix is a free-to-air English language general entertainment television channel in Hong Kong operated by HK "
 "Television Entertainment (HKTVE), whose parent company, PCCW, also operates IPTV platform Now TV and media "
 "streaming service Viu.",
 "media (television channel)", ["product"],
 "The article as en.wikipedia.org renders it, passed through a text proxy at akarinohon.com: the page's menus "
 "('Jump to content', 'Main menu', navigation, search, account and tools lines), its table of contents, the title "
 "line, 'From Wikipedia, the free encyclopedia', the infobox lines (logo, country, broadcast area, languages, picture "
 "format, owner 'HK Television Entertainment (PCCW)', sister channels 'ViuTV', launched '31 March 2017', website, "
 "terrestrial channels) and the citation marker '[1]' cut; cut after 'media streaming service Viu.', before 'The "
 "channel offers 17 hours of English programming a day including news and public', where the excerpt breaks off "
 "(`truncated`): a one-sentence text (35 words). A current rendering (the 2023 skin's menus): recorded 4.0. "
 "Doubtful: the proxy's own terms were not found in the page store. ViuTVsix, HKTVE, 'HK Television Entertainment', "
 "Now TV, Viu: 0 in train/dev/test and in every gather script; PCCW: one train/dev file (another event).", "non-US",
 copy_of="the Wikipedia article, through a text proxy at akarinohon.com"))

# ---- part 2 (gathered and annotated after part 1's commit, before newskg ran on any part-2 text) ------------------
R.append(wp("wp-pix-payment-system", "Pix (payment system)", "https://mediated.wiki/source/Pix_(payment_system).md",
 "Pix is an instant payment platform created and managed by the monetary authority of Brazil, the Central Bank of "
 "Brazil (BCB). It enables instant transfers between individuals in Brazilian real 24 hours a day and without "
 "interruptions, even outside banking hours, during holidays or weekends, with no fees. Payments made and received "
 "by legal entities may be subject to fees.\n\n"
 "Pix was announced in February 2019 and became fully operational on 16 November 2020. It rapidly became the main "
 "payment system in the country; by July 2024, Pix transactions had reached almost R$2.5 trillion per month, with "
 "more than 70% of the country (over 150 million people) actively using it.\n\n"
 "The \"Pix\" brand name and logo were created in-house by the Central Bank of Brazil in February 2020.\n\n"
 "Pix is not an acronym.",
 "payments (instant payment system)", ["product"],
 "The article as mediated.wiki serves it in Markdown, naming its source 'https://en.wikipedia.org/wiki/"
 "Pix_(payment_system)', 'Source revision: 1356265963' and 'License: Creative Commons Attribution-ShareAlike 4.0 "
 "International': the site's header lines (title, canonical and Markdown URLs, source, revision, licence), the short "
 "description 'Brazilian instant payment ecosystem', the infobox line (developer, release, language, type, licence, "
 "website, repository), the Markdown link and bold markup ('**Pix**', '[instant payment](/source/Instant_payment)', "
 "'[Brazil](/source/Brazil)' and the like: the link words kept, the addresses cut), the pronunciation bracket "
 "('(Portuguese pronunciation: [ˈpiks])') with the space before it, citation markers ('[1]'-'[11]'), the heading "
 "'## Etymology' and the line 'Look up Pix in Wiktionary, the free dictionary.' cut; cut after 'Pix is not an "
 "acronym.', before 'The goal of the Central Bank at the time of its implementation wa', where the excerpt breaks "
 "off (`truncated`). Revision 1356265963 (content to July 2025): recorded 4.0. Doubtful: mediated.wiki's own terms "
 "were not found in the page store (the copy states the licence itself). Pix, Central Bank of Brazil, BCB: 0 in "
 "train/dev/test and in every gather script.", "non-US",
 copy_of="the Wikipedia article, revision 1356265963, served in Markdown by mediated.wiki"))

R.append(wp("wp-ethio-telecom", "Ethio Telecom", "https://en.wikipedia.org/wiki/Ethio_Telecom",
 "Ethio telecom, previously known as the Ethiopian Telecommunications Corporation (ETC), is an Ethiopian "
 "telecommunication company serving as the major internet, telephone and digital services provider. Ethio Telecom, "
 "owned by the Ethiopian government, historically held a monopoly over telecommunication services in Ethiopia. "
 "However, with the recent liberalization of the market, Safaricom has entered the Ethiopian market, marking a "
 "significant shift in the competitive landscape while Ethio Telecom remains a major player. Based in Addis Ababa, "
 "it is one of the \"Big-5\" group of state owned corporations in Ethiopia, along with Ethiopian Airlines, the "
 "Commercial Bank of Ethiopia, Ethiopian Insurance Corporation, and the Ethiopian Shipping Lines.\n\n"
 "Ethio telecom was managed, on a management contract arrangement from 2010 to 2013, by France Télécom, and was "
 "required to comply with Ethiopian government orders. The government said it outsourced the management as ETC was "
 "not able to meet the demands of the fast-growing country. It also said that telecommunications services would not "
 "be privatized, at least not in the near future.",
 "telecoms (state-owned operator)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Ethio Telecom =' and the infobox "
 "lines (logo, native name language, type, predecessor, location, area served, key people 'Frehiwot Tamiru (CEO)', "
 "industry, services 'Mobile, Fixed line, Broadband, Telebirr, Zemen Gebeya', revenue, income, assets, equity, "
 "employees) cut; the bracket after the first 'Ethio telecom' ('(stylised as ethio telecom; ኢትዮ ቴሌኮም)', a "
 "styling note and the Amharic name) cut with the space before it, and the Amharic name with its comma cut from "
 "the bracket after 'Ethiopian Telecommunications Corporation' (leaving '(ETC)'), as batches 27b-29b cut "
 "foreign-script names; kept as written: 'Ethio telecom' beside 'Ethio Telecom', 'state owned corporations', "
 "'liberalization', 'privatized'; cut after 'at least not in the near future.', before the sentence on its revenue "
 "and 'the previous Prime Minister Hailemariam ', where the excerpt breaks off (`truncated`). Content to 2025 "
 "(infobox revenue 2025): recorded 4.0. Ethio telecom, France Télécom, Commercial Bank of Ethiopia, Addis Ababa: 0 "
 "in train/dev/test and in every gather script; Safaricom: batch 22c's M-Pesa text (one test file by count) and "
 "GATHERING.md's lists (here a competitor named once); Ethiopian Airlines: one train/dev file (another event). The services the text "
 "names are unnamed ('internet, telephone and digital services'): a company text in a services lane, Africa's "
 "only text in this batch.", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
