#!/usr/bin/env python3
"""Batch 34m (session 35; helper gather35m): company stories of concessions, owners, units and partners in sectors the
corpus holds little of — port operators, a water utility, payment processors and a telecoms operator, in the Philippines,
Nigeria, India and Singapore — English Wikipedia articles (CC BY-SA) on one company each, modelled on batch 34d's
lane: Manila's container terminal operator, its founder and its port-authority contract (International Container
Terminal Services); the West Zone water concessionaire of Metro Manila, its first two partners and the consortium that
took it over in 2007 (Maynilad Water Services); a Lagos payment processor, its founder, its buyers, its purchases and
its card and platforms (Interswitch); an Indian port operator of the Adani Group and its logistics subsidiary (Adani
Ports and Special Economic Zone); a Nigerian telecoms operator, its founder, its owner group and its units (Globacom);
Singapore's debit network owned by three banks (Network for Electronic Transfers).
Texts are the search tool's page-store excerpts of Wikipedia copies (never a whole page), each cut at a section end or
at the last full sentence before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or
changed.
usage: batch34m.py [POOL_DIR] [--dry]   (default /tmp/gather35m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35m/pool"

CHECKED = ("0 in the train/dev/test file names, GATHERING.md, the gather scripts on main and the session-35 pools "
           "as they stood at 00:35 UTC (/tmp/gather35a-g)")

R = []
# ---- ports, Philippines: International Container Terminal Services (ICTSI) -------------------------------------------
R.append(wp("wp-international-container-terminal-services", "International Container Terminal Services",
 "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/"
 "International_Container_Terminal_Services%2C_Inc..html",
 "International Container Terminal Services, Inc. (ICTSI) (PSE: ICT) is a port management company in the "
 "Philippines. It was incorporated on December 24, 1987, and has been cited by the Asian Development Bank as one of "
 "the top five major maritime terminal operators in the world.\n\n"
 "ICTSI was established by Filipino businessman Enrique K. Razon, whose family has been managing harbors in the "
 "Philippines for three generations, in connection with the bidding for the Manila International Container Terminal "
 "(MICT) contract. In February 2015, Forbes magazine named Razon the Third Richest Man in the Philippines, with a "
 "personal wealth of $5.2 billion.\n\n"
 "In May 1988, the Philippine Ports Authority awarded the MICT contract to ICTSI, which started its operations of "
 "MICT on June 12, 1988. In March 1992, ICTSI's shares were listed on the Manila and Makati Stock Exchanges (now the "
 "Philippine Stock Exchange) following the initial public offering of its shares.\n\n"
 "The principal business of ICTSI is the management, operation, and development of container terminals. The company "
 "directly operates the MICT at the Port of Manila. In addition to its core container terminal activities, ICTSI has "
 "developed an inland container depot in Calamba, Laguna linked via rail to the MICT. The company has entered into a "
 "joint venture with a local company to develop a container terminal in Batangas.",
 "ports", ["leadership", "deal"],
 "An old revision (an August 2017 snapshot of English Wikipedia, figures of 2007 and a February 2015 Forbes ranking) "
 "as the-uncensored-wiki.com's static mirror renders it in the page store: the title lines, the infobox lines (type "
 "'Public company (PSE: ICT)', founded, founder 'Enrique Razon', headquarters, number of locations, key people "
 "'Enrique K. Razon Jr. (Chairman and President)' and 'Christian R. Gonzalez (Vice President)', services, revenue, "
 "assets, equity, owner 'Capital Group Companies (8.7%)', employees, website) and the heading 'History' cut; "
 "citation markers ('[1]' to '[6]') cut. That excerpt breaks off inside the fourth paragraph ('linked via rail to "
 "the M'); the paragraph's end ('...to the MICT. The company has entered into a joint venture with a local company "
 "to develop a container terminal in Batangas.') is taken from piglix.com's copy of the same revision "
 "(http://piglix.com/piglix/International_Container_Terminal_Services), whose text is word for word the same where "
 "the two overlap (piglix drops the linked words 'PSE' and 'Philippine Stock Exchange', so it was not used for the "
 "rest); doubtful: two copies joined at one paragraph. Kept as written: 'harbors', 'the Third Richest Man', "
 "'Calamba, Laguna'. Cut after 'a container terminal in Batangas.', before 'After consolidati' ('After "
 "consolidating ...', its foreign terminals), where piglix's excerpt breaks off (`truncated`). Recorded 3.0 (a 2017 "
 "snapshot); no revision id. International Container Terminal Services, ICTSI, Razon, MICT: " + CHECKED + ". "
 "Philippine news items (BCT Gdynia 2003, T1Rio 2019, Guayaquil 2018), a Nikkei profile and informare.it items "
 "were looked at and not used (not openly licensed).", "non-US", v3=True,
 copy_of="the Wikipedia article, an August 2017 snapshot, via the-uncensored-wiki.com (last paragraph's end via "
         "piglix.com)"))

# ---- water, Philippines: Maynilad Water Services -------------------------------------------------------------------
R.append(wp("wp-maynilad-water-services", "Maynilad Water Services", "https://www.hubbry.com/Maynilad",
 "Maynilad Water Services, Inc., better known as Maynilad, is the water and wastewater services provider of cities "
 "and municipalities that form the West Zone of the Greater Manila Area in the Philippines. It is an agent and "
 "contractor of the Metropolitan Waterworks and Sewerage System (MWSS). Maynilad is one of two private water "
 "providers in Metro Manila, the other being Manila Water.\n\n"
 "Incorporated in 1997, Maynilad currently serves over 9 million people in the cities of Caloocan, Las Piñas, "
 "Malabon, Muntinlupa, Navotas, Parañaque, Pasay, and Valenzuela; along with most of the City of Manila and portions "
 "of Quezon City and Makati west of the Metro Manila Skyway. Outside of Metro Manila, in Cavite Province it serves "
 "the cities of Cavite, Bacoor and Imus and the municipalities of Kawit, Noveleta and Rosario.\n\n"
 "As part of the water privatization in Metro Manila, the Metropolitan Waterworks and Sewerage System awarded "
 "contracts to two companies splitting Metro Manila into a west and east zones. Maynilad Water Services Inc. was "
 "formed in 1997 as a partnership of the Benpres Holdings Corporation (now the Lopez Group of Companies) and Ondeo "
 "Water Services Inc. after it won the bidding to run the water and wastewater services in the West Zone.\n\n"
 "Benpres eventually left the partnership in 2006 to settle a US$240 million debt. Then January 24, 2007, a "
 "consortium led by Metro Pacific Investments Corporation and the DMCI Holdings, Inc. took over the company and "
 "paid the debt by January 2008.",
 "utilities", ["deal"],
 "The current article as hubbry.com's 'community hub' page renders it 'from Wikipedia' in the page store (as batch "
 "24b's and 25b's hubbry texts): hubbry's header lines ('Hubbry Logo', 'Open search', 'Community hub', '8 pages, 0 "
 "posts', '0 subscribers', 'Be the first to start a discussion here.' twice, 'from Wikipedia'), the title and logo "
 "lines, 'Key Information', a photo caption ('Maynilad's Bahay Toro Water Reclamation Facility in Quezon City.'), "
 "the heading 'History' with '[edit]' and a logo caption ('Former logo of Maynilad.') cut; citation markers ('[1]' "
 "to '[4]') cut; kept as written: 'splitting Metro Manila into a west and east zones', 'Then January 24, 2007,', "
 "'the DMCI Holdings, Inc.'. Cut after 'paid the debt by January 2008.', before 'In late 2019, leading figures "
 "Manny Pan' (the 2019 concession dispute), where the excerpt breaks off (`truncated`). Recorded 4.0 (the current "
 "rendering, 'currently serves over 9 million people'); doubtful: no revision id, hubbry's terms page not found. "
 "Maynilad, Benpres, Ondeo, Metro Pacific, DMCI: " + CHECKED + " (Manila Water is named in no corpus text's "
 "subject). wikimili's copy (the same text with an infobox naming Manuel V. Pangilinan and Ramoncito S. Fernandez, "
 "whose History excerpt breaks off earlier), a studymode essay copying the company's own history, a WaterAid study, "
 "and news on Marubeni's 2013 stake and the 2020 Laguna Lake plant were looked at and not used.", "non-US"))

# ---- payments, Nigeria: Interswitch -----------------------------------------------------------------------------------
R.append(wp("wp-interswitch", "Interswitch", "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Interswitch",
 "Interswitch is a payment processing company headquartered in Lagos.\n\n"
 "Interswitch was founded in 2002 by Mitchell Elegbe.\n\n"
 "In 2010 two thirds of the company was sold to a consortium led by Helios Investment Partners. In 2011 Interswitch "
 "took a 60 per cent stake in Bankom in Uganda.\n\n"
 "In 2013 Interswitch entered into an agreement for payment processing with Discover Financial Services.\n\n"
 "In September 2014 the company acquired a majority shareholding in Paynet Group, an East-African payments "
 "provider.\n\n"
 "In 2015 Interswitch launched a $10m investment fund for African start-ups in the payments sector.\n\n"
 "In February 2018, Interswitch unveiled its SPAK National Science Competition to promote and reward excellence in "
 "Science, Technology, Engineering and Mathematics in Nigeria.\n\n"
 "Interswitch uses a \u2018switching' infrastructure to connect the different banks in Nigeria and provides "
 "technology for ATM cards. The company has over 11,000 ATMs on its network.\n\n"
 "Interswitch is the owner of Verve, Nigeria\u2019s most used payment card, accounting for 18 million of the 25 "
 "million cards in circulation in the country. Verve has also been launched in Kenya.\n\n"
 "Interswitch also owns Quickteller, an online payments platform; Retailpay, a mobile business management "
 "platform; and Smartgov, an identity management and e-payment infrastructure for state governments.\n\n"
 "Interswitch has also very recently acquired VANSO, a mobile-focused technology provider to banks.",
 "payments", ["deal", "leadership"],
 "An old revision (the IPFS mirror of English Wikipedia, content of 2018: the February 2018 competition, nothing of "
 "Visa's 2019 stake) as the page store holds it at en-wikipedia--on--ipfs-org.ipns.dweb.link (as batch 25b's "
 "Digicel): the title line, the infobox lines (type 'Private', industry, founded, headquarters, key people 'Mitchell "
 "Elegbe (Group Managing Director & Chief Executive Officer)', 'Akeem Lawal, Divisional CEO, Switching & Processing "
 "Group', 'Mike Ogbalu III, CEO, Verve International', website) and the headings 'History' and 'Operations and "
 "subsidiaries' cut, so the executives, told in the infobox only, are not in the text; citation markers ('[1]' to "
 "'[8]') cut; kept as written: the mixed quotation marks of '\u2018switching'', 'two thirds', '60 per cent', "
 "'$10m', 'very recently'. Cut after 'a mobile-focused technology provider to banks.', before 'This new acquisition "
 "will result in VANSO\u2019s mobile banking, SMS and security business lines being fully integrated into "
 "Interswitch\u2019s digital commerce and tec', where the excerpt breaks off (`truncated`). Recorded 3.0 (a 2018 "
 "snapshot); no revision id. Interswitch, Verve, Quickteller, Helios Investment Partners, Paynet, VANSO, Elegbe: "
 + CHECKED + " (GATHERING.md's two 'Paystack' mentions are another company). wikimili's and mediated.wiki's later "
 "copies (a rewritten history, excerpts break off at the 2023 licence), news on Visa's 2019 minority stake "
 "(Vanguard, Finextra, Reuters via Nasdaq, IOL, American Banker) and profiles of Elegbe were looked at and not used "
 "(not openly licensed, or the later text with fewer relations before the break).", "non-US", v3=True,
 copy_of="the Wikipedia article, a 2018 snapshot, via the IPFS mirror of English Wikipedia"))

# ---- ports and logistics, India: Adani Ports and Special Economic Zone ----------------------------------------------
R.append(wp("wp-adani-ports-and-sez", "Adani Ports & SEZ Limited", "https://en.m.wiki.x.io/wiki/Adani_Ports_%26_SEZ_Limited",
 "Adani Ports and Special Economic Zone Limited (APSEZ) is an Indian multinational port operator and logistics "
 "company, part of Adani Group. APSEZ is India's largest private port operator with a network of 12 ports and "
 "terminals, including India's first port-based SEZ at Mundra and the first deep water transshipment port at "
 "Thiruvananthapuram. The company has attracted controversies for cronyism, alleged stock manipulation and "
 "violation of environmental norms.\n\n"
 "As of 2017, APSEZ operated 3 inland container depots (ICD) through its subsidiary Adani Logistics Ltd. In August "
 "2022, they acquired an additional ICD from Navkar Corporation in Tumb, Gujarat.\n\n"
 "It holds Category 1 License for the Indian Railways that helps in pan-India cargo movement. The trains owned by "
 "Adani Logistics were used to dispatch 30,000 tonnes of food grains to feed over 60 lakh citizens across the "
 "states of Tamil Nadu, Karnataka, West Bengal, and Maharashtra, during the 2020 COVID-19 lockdown.\n\n"
 "APSEZ provides dredging and reclamation solutions, primarily for port and harbor construction. The Adani Group "
 "started investing in developing a dredging fleet in 2005.",
 "ports", ["deal"],
 "The current article (2024 figures in its infobox) as the en.m.wiki.x.io proxy of English Wikipedia renders it in "
 "the page store: the infobox lines that follow the lead there (formerly 'Mundra Port and Special Economic Zone "
 "Limited', type, ISIN, industry, founded '26 May 1998', founder 'Gautam Adani', headquarters, revenue, assets, "
 "employees, parent 'Adani Group', subsidiaries 'Adani Logistics' and 'Sarguja Rail Corridor', website, footnotes), "
 "the heading 'Operations' with 'edit' cut, so the founder and the former name, told in the infobox only, are not in "
 "the text; citation markers ('[9]' to '[17]') and a '[citation needed]' tag after 'in 2005.' cut; kept as "
 "written: 'part of Adani Group' beside 'The Adani Group', '3 inland container depots (ICD)', 'they acquired', "
 "'Category 1 License', '60 lakh citizens', 'harbor'. Cut after 'a dredging fleet in 2005.', before 'A', where the "
 "excerpt breaks off (`truncated`; the rest of the Operations section, the history of its ports and the "
 "controversies the lead names are lost with it). Recorded 4.0 (content of 2024); doubtful: no revision id, the "
 "proxy's terms page not found. Adani, APSEZ, Mundra, Navkar: " + CHECKED + ". wikimili's Mundra Port article "
 "(another subject), capitalmarket.com's company history and Indian-language news of the 2021 Krishnapatnam port "
 "purchase were looked at and not used.", "non-US"))

# ---- telecoms, Nigeria: Globacom (Glo) ----------------------------------------------------------------------------------
R.append(wp("wp-globacom", "Glo (company)", "https://wikimili.com/en/Glo_(company)",
 "Globacom Limited, commonly known as Glo (Global communication), is a Nigerian multinational telecommunications "
 "company founded on 29 August 2003 by Mike Adenuga.\n\n"
 "GLO has over 45 million subscribers (December 2018), making it the second largest network operator in Nigeria.\n\n"
 "In 2011, GLO became the first telecommunication company to build an $800 million high-capacity fibre-optic cable "
 "known as Glo-1, a submarine cable from the United Kingdom to Nigeria. It is the first successful submarine cable "
 "from the United Kingdom to Nigeria.\n\n"
 "Globacom has the following strategic business units: Glo mobile, Glo Broad Access, Glo Gateway and Glo-1.\n\n"
 "GLO is privately owned by the Mike Adenuga Group which also consists of Cobblestone Properties and Estates, a real "
 "estate and property development company, Conoil PLC, a petroleum marketing company, and Conoil Producing, a crude "
 "exploration and production company.\n\n"
 "Glo Mobile, a subsidiary of Globacom, is Nigeria's second largest Mobile Network Operator. In the first year of "
 "operation, it had one million subscribers in over 87 towns in Nigeria and over 120 billion Naira in revenues. Glo "
 "Mobile has now spread to other African countries, namely Benin and Ghana. Glo later sold its Ghana subsidiary to "
 "Airtel when it exited the mobile communication space of Ghana to focus on enterprise telecom services. Glo "
 "Mobile's subscriber base in Nigeria stood at over 45 million by December 2018.",
 "telecoms", ["deal", "leadership"],
 "The article as wikimili.com's copy renders it in the page store (content to 2018-2020; the copy dated by its "
 "'21 years ago' to 2024): the title and 'Last updated' lines, the infobox lines (name 'Globacom Ltd. (Global "
 "communication)', company type, industry, founded, headquarters, key people, products, revenue, owner 'Mike "
 "Adenuga', employees, website with an edit-icon file name), 'Contents' and the headings 'Overview', 'Ownership', "
 "'Strategic business units' and 'Glo Mobile' cut; citation markers ('[1]' to '[9]') cut; kept as written: 'GLO' "
 "beside 'Glo', 'Glo mobile' beside 'Glo Mobile', 'Mobile Network Operator', 'has now spread'. Cut after 'by "
 "December 2018.', before 'As at November, 2020, the sub', where the excerpt breaks off inside the Glo Mobile "
 "section (`truncated`; the other units' sections are lost with it). Recorded 4.0 (the copy's rendering, after June "
 "2023); doubtful: no revision id, wikimili's terms page not found. Globacom, Glo, Adenuga, Conoil, Cobblestone: "
 + CHECKED + ". Nigerian press pieces on Glo-1 and Glo 2 (The Sun, The Boss, City People, Nigeria Today, BusinessAM) "
 "were looked at and not used (not openly licensed).", "non-US"))

# ---- payments, Singapore: Network for Electronic Transfers (NETS) ------------------------------------------------------
R.append(wp("wp-network-for-electronic-transfers", "Network for Electronic Transfers",
 "https://alchetron.com/Network-for-Electronic-Transfers",
 "Network for Electronic Transfers (Singapore) Pte Ltd (Abbreviation: NETS; Chinese: \u661f\u7f51\u7535\u5b50\u4ed8\u6b3e"
 "\u79c1\u4eba\u6709\u9650\u516c\u53f8) was founded in 1985 by a consortium of local banks to establish the debit "
 "network and drive the adoption of electronic payments in Singapore.\n\n"
 "NETS is designated as a national payment system by the Monetary Authority of Singapore.\n\n"
 "NETS is owned by Singapore's largest banks, DBS Bank, Oversea-Chinese Banking Corporation Bank (OCBC) and United "
 "Overseas Bank (UOB).\n\n"
 "NETS is a member of the Asian Payment Network (APN) and a council member of UnionPay International.\n\n"
 "In 1986, NETS established Singapore's national debit service which enabled ATM cardholders to pay for purchases "
 "electronically at the point-of-sale.Today, the NETS debit infrastructure enables 10 million bank cardholders to "
 "use their cards islandwide.\n\n"
 "In 2011, the NETS debit system came under the purview of the Payment Systems (Oversight) Act by the Monetary "
 "Authority of Singapore. In 2014, the debit system was upgraded to integrate the EMV Smart Chip card technology, "
 "aligning with the best-practice standards of the global industry.\n\n"
 "NETS is both an acquirer and an issuer in the payments industry. As a card issuer, NETS issues Stored Value "
 "Facility (SVF) prepaid electronic cards for consumers to make mircopayments. As a merchant acquirer, NETS works "
 "with business owners to extend its reach of Electronic Funds Transfer at Point-of-Sale (EFTPOS) in Singapore.",
 "payments", ["deal"],
 "An old revision (content of 2014-2017: the 2014 chip upgrade, nothing of the February 2018 islandwide disruption) "
 "as alchetron.com's copy renders it in the page store; the copy does not name Wikipedia (its page names an "
 "'Editor'), its text is the article's lead and sections (attributed to Wikipedia contributors via the copy, as "
 "batch 24b's mobilestec text; doubtful: alchetron's terms page not found). Cut: the site lines ('Girish Mahajan "
 "(Editor)', 'Updated on', 'Edit', 'Like', 'Comment', the share links), the infobox lines (type 'Privately held "
 "company', website, key people 'Jeffrey Goh, CEO', founded '1985'), an image file line, 'Contents' and the headings "
 "'Singapore's Debit Network' and 'NETS as an Acquirer and Issuer', so the chief executive, told in the infobox only, "
 "is not in the text; kept as written: the Chinese name, 'Oversea-Chinese Banking Corporation Bank', "
 "'point-of-sale.Today' (no space after the full stop, as the copy has it), 'mircopayments'. Cut after 'in "
 "Singapore.', at the end of the section, before the heading 'NETS EFTPOS' and 'NETS EFTPOS is a nationwide "
 "infrastructure that enables DBS/POSB, OCBC, UOB and Standard Chartered bank custome', where the excerpt breaks off "
 "(`truncated`). Recorded 3.0 (a revision before June 2023 by its content); no revision id. NETS, Network for "
 "Electronic Transfers, EFTPOS: " + CHECKED + ". The February 2018 disruption (Straits Times, MAS's parliamentary "
 "reply, humanerror101, localnewsingapore) is told in news and a government reply the page store holds, not in this "
 "revision; no later copy of the Wikipedia article was found, so no outage text (looked at and not used here).",
 "non-US", v3=True, copy_of="the Wikipedia article, an old revision, via alchetron.com (unattributed on the copy)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
