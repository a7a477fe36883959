#!/usr/bin/env python3
"""Batch 40u (session 41; gatherer lane 40u): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o and 40t, outside the UK - a carrier, a mobile operator group, an enterprise-search
software firm, a telecom and internet provider and a browser maker's co-founder, told by founders, owners, buyers,
parents, subsidiaries and brands: the
Australian fixed-line carrier formed out of Australian Associated Press's communications businesses, AAPIS and its
shareholders, its purchase by Telecom New Zealand and its present owner TPG Telecom (telecommunications, Australia);
the Hong Kong operator group owned by Sun Hung Kai Properties, its subsidiaries in Hong Kong and Macau and its launch
with ABC Communications in 1992 (telecommunications, Hong Kong); the Oslo search-software company Fast Search &
Transfer, bought by Microsoft on 24 April 2008 and renamed Microsoft Development Center Norway, and its products
(software, Norway); the Toronto provider Globalive, its Yak, OneConnect and Wind Mobile brands and the CRTC, cabinet
and court rulings on its ownership, 2008-2011 (telecommunications, Canada); the co-founder of Opera Software, the
browser he and Jon Stephenson von Tetzchner made at Telenor and his board seat (software, Norway).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): three from en.wikipedia.org itself (a current '= Title =' rendering and two older renderings), one from the
IPFS mirror of English Wikipedia (a 2017 dump, as batches 25b, 34m and 40o took texts from it), each cut at a sentence
end (`truncated`), and one whole Simple English Wikipedia article (its mobile rendering). Edits per item in `notes`;
no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40u.py [POOL_DIR] [--dry]   (default /tmp/gather41u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41u/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- telecommunications, Australia: AAPT (the IPFS mirror, a 2017 dump) ----------------------------------------------
R.append(wp("wp-aapt", "AAPT Limited",
 "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/AAPT_Limited",
 "AAPT is a fixed-line telecommunications company owned by TPG Telecom. It owns significant fibre and internet "
 "infrastructure on the continent of Australia.\n\n"
 "The company was formed by the division of the communications businesses of Australian Associated Press. In 1992 "
 "AAPIS was formed with News Corporation and John Fairfax Holdings as majority shareholders, with MCI and Todd "
 "Capital also possessing shares in the company.\n\n"
 "The company began operating as the first significant competitor to Telstra in the long-distance voice and data "
 "markets in 1991. The company received a carrier licence on 1 July 1997 and was listed on the Australian Stock "
 "Exchange in November of the same year. In January 1999 Todd Capital sold its entire stake in the company.\n\n"
 "In 2000 the company was acquired by Telecom New Zealand in stages and delisted from the stock exchange. Along with "
 "owning and operating its own national voice and data network, AAPT operated as a Virtual Network Operator in the "
 "mobile market on the Vodafone Australia network. In 2005 CommodiTel acquired AAPT's prepaid mobile customer base, "
 "and shut down operations a few years later.\n\n"
 "Under Telecom New Zealand ownership, AAPT required significant reinvestment from its parent company, failing to "
 "provide any returns and written down in value by NZ$1.7 billion. In 2006 Telecom considered selling the business "
 "but was unable to find a buyer. In 2010, however, AAPT sold its consumer business to iiNet for over $60 million, "
 "resulting in a massive cash injection to Telecom New Zealand, who had posted a profit decline in the same quarter.",
 "telecommunications", ["history", "ownership", "deal"],
 "The article 'AAPT Limited' as the IPFS mirror of English Wikipedia (bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphw"
 "ekaywqhcjze.ipfs.dweb.link, a 2017 dump, as batch 40o took Forcepoint from the mirror) holds it in the page store "
 "(a revision of about 2014-2017: 'owned by TPG Telecom', whose purchase closed in 2014; no revision id). Cut: the "
 "title line 'AAPT Limited'; the infobox ('AAPT', 'TypeSubsidiary of TPG Telecom', industry, 'FoundedAustralia "
 "(1991)', 'HeadquartersSydney, Australia', products, number of employees, 'ParentTPG', 'Websiteaapt.com.au (no "
 "longer maintained)'); the heading 'History'; the citation markers '[1]', '[2]' (twice) and '[3]'; cut after 'in "
 "the same quarter.', the end of the History section's fourth paragraph, before the paragraph the excerpt breaks off "
 "('With significant take-up of DSL services ... AAPT sought a'; `truncated`), so the Powertel agreement and TPG's "
 "purchase are not told in the text. Kept as written: 'fixed-line', 'on the continent of Australia', 'AAPIS', "
 "'John Fairfax Holdings', 'MCI', 'Todd Capital', 'carrier licence', 'in November of the same year', 'in stages', "
 "'Virtual Network Operator' (capitals as printed), 'the Vodafone Australia network', 'AAPT's prepaid mobile "
 "customer base, and shut down operations a few years later' (the comma as printed), 'NZ$1.7 billion', 'Telecom "
 "considered', 'over $60 million'. 256 words. No outage and no near-miss told (CommodiTel's shutting down is a "
 "business ending). Recorded CC BY-SA 3.0 (a 2017 dump, before June 2023); doubtful in that no revision id is held "
 "and the mirror's own terms page was not found, as batch 40o recorded. reference.com's older copy (AAPT as 'a wholly "
 "owned subsidiary of Telecom New Zealand', about 2007), iTWire, The Register, Reuters, ZDNet, AFR and ChannelNews "
 "pieces on the sale to TPG (news, not openly licensed) were looked at and not used. AAPT, AAPIS, Australian "
 "Associated Press, Todd Capital, CommodiTel, Powertel: " + CHECKED + " (TPG Telecom and iiNet are named in texts "
 "and scripts on other subjects; John Fairfax in one dev file and batch 9's script, a 2006 auction-site story, not "
 "opened; News Corporation, MCI, Telstra and Vodafone in many).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2017, the IPFS mirror's dump"))

# ---- telecommunications, Hong Kong: SmarTone (an older en.wikipedia.org rendering) ----------------------------------
R.append(wp("wp-smartone", "SmarTone", "https://en.wikipedia.org/wiki/SmarTone",
 "SmarTone Telecommunications Holdings Limited, trading as SmarTone (Chinese: \u6578\u78bc\u901a) is a "
 "telecommunications company headquartered in Hong Kong. The group provided services via their operating "
 "subsidiaries, such as SmarTone Mobile Communications Limited in Hong Kong and SmarTone \u2013 Comunica\u00e7\u00f5es "
 "M\u00f3veis, S.A. in Macau, two special administrative regions of China. The company provides voice, multimedia and "
 "mobile broadband services through its territory-wide 4G and 3G networks, as well as fixed fibre broadband services "
 "for the consumer and corporate markets, and plain SIM card. SmarTone is a subsidiary of Hong Kong conglomerate Sun "
 "Hung Kai Properties.\n\n"
 "The company is a mobile phone operator in Hong Kong. It provides service on GSM-900, GSM-1800, W-CDMA (on the 2100 "
 "MHz frequency) and LTE-2600 with the brand SmarTone.\n\n"
 "The holding company of the SmarTone group, SmarTone Telecommunications Holdings Limited, is 70.98% owned by Sun "
 "Hung Kai Properties. SmarTone Telecommunications Holdings is incorporated in Bermuda as an offshore company.\n\n"
 "SmarTone Mobile Communications is an indirect wholly owned subsidiary of SmarTone Telecommunications Holdings, via "
 "SmarTone (BVI) Limited. SmarTone-Comunica\u00e7\u00f5es M\u00f3veis, S.A., or known as SmarTone Macau, is 72% owned "
 "by SmarTone Telecommunications Holdings indirectly.\n\n"
 "SmarTone was launched by Sun Hung Kai Properties and ABC Communications in 1992.",
 "telecommunications", ["history", "ownership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/SmarTone, an older rendering with the "
 "'Jump to navigation Jump to search' line (a revision of about 2018-2020 by its content: employees 'full-time only, "
 "30 June 2018'; no revision id). Cut: the title lines ('From Wikipedia, the free encyclopedia', 'Jump to navigation "
 "Jump to search'); the infobox ('SmarTone Telecommunications Holdings', 'Traded asSEHK315', industry, 'Founded1992 "
 "in British Hong Kong', headquarters, key people (no names held), brands, services, employees, "
 "'ParentSun Hung Kai Properties', subsidiaries); the citation markers '[1]' (after 'broadband services'), '[2]', "
 "'[1]:35', '[1]:2', '[1]:105' (twice); the heading 'Company overview[edit]'; the History heading (absent from the "
 "excerpt, blank lines in its place); cut after 'in 1992.', a sentence end inside the History section's first "
 "paragraph, because the excerpt breaks off in the next sentence ('It started operations in Marc'; `truncated`; a "
 "cut inside a paragraph, doubtful). Kept as written: '(Chinese: \u6578\u78bc\u901a)' (no comma after it), 'The "
 "group provided services via their operating subsidiaries', 'SmarTone \u2013 Comunica\u00e7\u00f5es M\u00f3veis, "
 "S.A.' (with a dash) and 'SmarTone-Comunica\u00e7\u00f5es M\u00f3veis, S.A.' (with a hyphen), 'and plain SIM card', "
 "'Hong Kong conglomerate', 'GSM-900, GSM-1800, W-CDMA (on the 2100 MHz frequency) and LTE-2600', '70.98%', 'or "
 "known as SmarTone Macau', '72% owned'. 197 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a "
 "revision before June 2023); doubtful only in that no revision id is held. The South China Morning Post's topic "
 "page (news, and a 2015 network outage told only in a headline and a caption), CommsUpdate, China Daily, "
 "chinatechnews and Independent pieces on BT's stake and SmarTone's 3G launch (news, not openly licensed) and a "
 "Wikipedia copy on 'Sun Mobile' (another company) were looked at and not used. SmarTone, SmarTone Mobile "
 "Communications, SmarTone Macau, ABC Communications: " + CHECKED + " (Sun Hung Kai Properties is named in one train "
 "text and batch 38z's scripts, a 2005 Hong Kong story, another subject).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older rendering on en.wikipedia.org (about 2018-2020)"))

# ---- software, Norway: Fast Search & Transfer (en.wikipedia.org, a current '= Title =' rendering) --------------------
R.append(wp("wp-microsoft-development-center-norway-fast", "Microsoft Development Center Norway",
 "https://en.wikipedia.org/wiki/Microsoft_Development_Center_Norway",
 "Microsoft Development Center Norway (known as FAST (Fast Search & Transfer ASA) before 2010) is a Norwegian "
 "company, founded in 1997 and based in Oslo, with offices located in Germany, Italy, Sri Lanka, France, Japan, the "
 "United Kingdom, the United States, Brazil, Mexico and other countries around the world. FAST focused on data search "
 "technologies.\n\n"
 "On April 24, 2008, Microsoft acquired FAST, which is now known as Microsoft Development Center Norway.\n\n"
 "FAST offered an enterprise search product, FAST ESP. ESP is a service-oriented architecture development platform "
 "which is geared towards production of searchable indexes. It provided a framework for creating ETL applications for "
 "indexing of searchable content. Fast also offered a number of search-derivative applications, focused on specific "
 "search use cases, including publishing, market intelligence and mobile search. The Search Derivative Applications "
 "(SDA) are built upon the Enterprise Search Platform (ESP). The company was developing PHAROS, a new European "
 "multimedia search engine.\n\n"
 "FAST delivers real-time search and business intelligence products, and currently has about 3,600 implementations. "
 "They offer a core search platform, FAST ESP, and develop products on top of the platform. FAST's products are used "
 "in three areas: external (online and mobile), internal (information access and discovery) and OEM (embedded in "
 "other vendor's products).",
 "software", ["history", "deal", "ownership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Microsoft_Development_Center_Norway, a "
 "current rendering headed '= Microsoft Development Center Norway =' (no revision id). Cut: the title line; the "
 "infobox list ('FAST, a Microsoft Subsidiary', logo, 'Fate: Acquired by Microsoft', 'Location: Oslo, Norway', 'Key "
 "People: John M. Lervik (Former CEO), Bj\u00f8rn Olstad (CTO)', area served, industry, products, 'Num Employees: 750', "
 "'Parent: Microsoft', homepage), so Lervik and Olstad are not in the text; the headings '== Technology ==' and "
 "'===Products==='; cut after 'embedded in other vendor's products).', the end of the Products paragraph, before the "
 "list the excerpt breaks off ('Some examples of their applications were: - FAST Ad Momentum for online advertising "
 "- FAST Data Clea'; `truncated`), so the company's history (its 1997 spin-off, its alliances, its 2007 losses) is "
 "not in the text. No citation markers on this rendering. Kept as written: 'known as FAST (Fast Search & Transfer "
 "ASA) before 2010', 'FAST' and 'Fast' (both spellings), 'service-oriented architecture', 'ETL applications', "
 "'search-derivative applications' and 'Search Derivative Applications (SDA)', 'Enterprise Search Platform (ESP)', "
 "'PHAROS', 'currently has about 3,600 implementations', 'They offer', 'other vendor's products'. 205 words. No "
 "outage and no near-miss told. Recorded CC BY-SA 4.0 (a current rendering); doubtful only in that no revision id is "
 "held. wikisum.wiki's summary page (sentences picked out of the article, not a copy: the alliances with Lycos, Dell "
 "and TIBCO, the June 2001 listing), a Dagens Naeringsliv comment, eBrandz, EContent, CNET, Silicon Republic and "
 "Portfolio pieces on Microsoft's purchase, Lervik's departure and the Okokrim raid (news, not openly licensed) were "
 "looked at and not used. Fast Search & Transfer, Microsoft Development Center Norway, FAST ESP, PHAROS, Lervik: "
 + CHECKED + " (Microsoft and the countries in many files).", "non-US"))

# ---- telecommunications, Canada: Globalive (an older en.wikipedia.org rendering) -------------------------------------
R.append(wp("wp-globalive", "Globalive", "https://en.wikipedia.org/wiki/Globalive",
 "Globalive Communications Corporation is a Canadian telecommunications provider based in Toronto, Canada. Founded in "
 "1998 by offering services over pre-established telephone networks, it is best known for its Yak, OneConnect, and "
 "Wind Mobile brands.\n\n"
 "In 2008, Globalive made a purchase in Industry Canada's radio spectrum auction, allowing the company to launch a "
 "national cell phone network in Canada.\n\n"
 "Globalive's plans were cast into doubt by an unfavourable decision by Canada's telecommunications regulator, the "
 "Canadian Radio-television and Telecommunications Commission (CRTC), which ruled that the company failed to meet "
 "regulatory requirements for Canadian ownership. On December 11, 2009, Tony Clement, the Industry Minister, "
 "overturned the CRTC decision, allowing Globalive to enter the Canadian cell phone market.\n\n"
 "On August 11, 2009 Globalive announced their new brand identity for the wireless services as Wind Mobile, which was "
 "launched on December 16, 2009 in Toronto, a few days after the federal government's announcement of the 'varied' "
 "CRTC decision.\n\n"
 "Globalive successfully launched its Wireless phone services in December 2009 in Toronto and Calgary. It launched "
 "service in Edmonton and Ottawa soon after, followed by Vancouver in June 2010.\n\n"
 "On February 4, 2011, the Federal Court reversed the decision by Industry Minister Tony Clement, stating that "
 "Globalive is not controlled by Canadians. They were given a 45 day stay in which to file an appeal. On May 18, the "
 "Federal Court of Appeal heard arguments from Globalive and the federal government as to why the Federal Court "
 "decision should be quashed.",
 "telecommunications", ["history", "regulation", "leadership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Globalive, an older rendering with the "
 "'Jump to: navigation, search' line (a revision of mid-2011 by its content: the Federal Court of Appeal hearing of "
 "18 May 2011 told, its decision of June 2011 only begun; no revision id). Cut: the title lines ('From Wikipedia, the "
 "free encyclopedia', 'Jump to: navigation, search'); the infobox ('Globalive Communications Corporation', industry, "
 "'Founded 1998', headquarters, area served, 'Divisions Wind Mobile'); the citation markers '[1]' to '[5]'; cut after "
 "'should be quashed.', a sentence end inside the sixth paragraph, because the excerpt breaks off two sentences "
 "later ('met Canadian ownership requi'; `truncated`; a cut inside a paragraph, doubtful), so the appeal court's "
 "ruling is not in the text. Kept as written: 'Founded in 1998 by offering services over pre-established telephone "
 "networks', 'Industry Canada's radio spectrum auction', 'unfavourable', 'Canadian Radio-television and "
 "Telecommunications Commission (CRTC)', 'On August 11, 2009 Globalive' (no comma), 'their new brand identity', "
 "\"the 'varied' CRTC decision\", 'its Wireless phone services' (capital W), '45 day stay', 'On May 18' (2011 by the "
 "paragraph). 244 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision of 2011, before June "
 "2023); doubtful only in that no revision id is held. Canadian Business, ITWorld Canada, Globe and Mail, Financial "
 "Post, Welland Tribune, Reuters, Cartt.ca and CBC pieces on Anthony Lacavera, Orascom Telecom, the CRTC hearing and "
 "Shaw's 2016 purchase of Wind Mobile (news, not openly licensed) were looked at and not used. Globalive, Yak "
 "Communications, OneConnect, Wind Mobile, Lacavera: " + CHECKED + " (Tony Clement is named in one test file, a 2009 "
 "story on loans to GM and Chrysler, another subject, not opened; the CRTC and Industry Canada in texts on other "
 "subjects).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older rendering on en.wikipedia.org (about 2011)"))

# ---- software, Norway: Geir Ivarsoy and Opera Software (Simple English Wikipedia, the mobile rendering) -------------
R.append(wp("wp-geir-ivarsoy-opera-software", "Geir Ivars\u00f8y",
 "https://simple.m.wikipedia.org/wiki/Geir_Ivars%C3%B8y",
 "Geir Ivars\u00f8y was the main programmer at Opera Software. He and Jon Stephenson von Tetzchner were part of a "
 "research group at the Norwegian state telephone company (now known as Telenor). They made browsing software called "
 "MultiTorg Opera. Telenor stopped them from working on the program, but in 1995 Ivars\u00f8y and Stephenson von "
 "Tetzchner got the rights to the software. They created a company of their own, and continued working on it.\n\n"
 "Now known as Opera, the Internet browser has become very popular. Opera Software has grown to more than 380 "
 "employees since it first moved to its present offices in Oslo.\n\n"
 "In January of 2004, Geir Ivars\u00f8y said he wanted to resign as a board member in Opera Software, though he kept "
 "working in the company after that. In June of 2005 he was elected as a member of the nomination committee of the "
 "company.\n\n"
 "Geir died in March 2006 after a long battle with cancer.",
 "software", ["history", "leadership"],
 "The article as the page store holds it at https://simple.m.wikipedia.org/wiki/Geir_Ivars%C3%B8y, Simple English "
 "Wikipedia's mobile rendering (as batches 20c, 23b, 35l and 39r took Simple English articles; no revision id; "
 "undated, its text runs to March 2006). Cut: the title line 'Geir Ivars\u00f8y' and the short description line "
 "'Norwegian computer prgrammer' (misspelt as printed); the dates of birth and death in brackets after the first two "
 "words, which the copy prints damaged ('(June 27, 1957March 9, 2006)', the dash between the two dates lost; a cut "
 "inside the first sentence, doubtful, as batch 40t cut Pipex's damaged pronunciation; the rest of the sentence "
 "stands unchanged); the image caption 'Geir Ivars\u00f8y' between the first and second paragraphs; the closing "
 "heading 'Other websitesEdit' (its links not in the excerpt). The article's prose is whole, so `truncated` is "
 "false. Kept as written: 'the main programmer', 'the Norwegian state telephone company (now known as Telenor)', "
 "'browsing software called MultiTorg Opera', 'Ivars\u00f8y and Stephenson von Tetzchner', 'a company of their "
 "own, and continued', 'Now known as Opera, the Internet browser', 'more than 380 employees', 'In January of 2004', "
 "'said he wanted to resign as a board member in Opera Software', 'In June of 2005 he' (no comma), 'the nomination "
 "committee', 'Geir died'. 157 words. No outage and no near-miss told. Simple English Wikipedia text, CC BY-SA: "
 "recorded 3.0 (its text ends in 2006 and matches the copies of 2009-2015; a revision before June 2023 by its "
 "content, doubtful as no revision id is held). couplepedia.com's and kids.kiddle.co's versions (a rewrite and an "
 "English Wikipedia lead with a site's table), reference.com's copy of the English article on von Tetzchner (the "
 "site's own copyright line, licence doubtful), norwegenstube.de (German), Opera's own 2009 press release, the "
 "go4expert, itcomputerzone, digi.no, operawatch and fuyichin blog pages were looked at and not used. Geir "
 "Ivars\u00f8y, von Tetzchner, Opera Software, MultiTorg: " + CHECKED + " (Telenor is named in texts and scripts on "
 "other subjects).", "non-US", v3=True, site="Simple English Wikipedia", base="https://simple.wikipedia.org/wiki/",
 copy_of="the article, Simple English Wikipedia's mobile rendering"))
R[-1]["truncated"] = False

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
