#!/usr/bin/env python3
"""Batch 35f (session 36; helper gather36f, round 8 of the services lane after batches 31b, 31i, 32b, 32i, 32l, 33f
and 34f): English Wikipedia articles (CC BY-SA) on public-sector and payment services from Eastern Europe, Russia and
South Asia, with the bodies and companies that run, develop or use them, told as news: Ukraine's e-government app and
portal, its ministry and the four officials named at its launch (Diia); India's state cloud document locker and the
ministry that provides it (DigiLocker); Russia's national card payment system, its central-bank operator and the
companies that accept or issue its cards (Mir (payment system)); a Baltic electronic authentication tool, its
Estonian developer and the firms and banks that took it up first (Smart-ID).
The lane asked for Latin American and African services and for texts that tell an outage: none came back as
Wikipedia text from the page store (news, guides and company pages only; see the section), and the four texts tell
no outage.
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph or section end before an
excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch35f.py [POOL_DIR] [--dry]   (default /tmp/gather36f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36f/pool"

R = []
# ---- public-sector portals and apps ----------------------------------------------------------------------------------
R.append(wp("wp-diia", "Diia", "https://en.wikipedia.org/wiki/Diia",
 "Diia (\u0414\u0456\u044f /uk/, ; also an acronym for \u0414\u0435\u0440\u0436\u0430\u0432\u0430 \u0456 \u042f, "
 "/uk/, ) is a mobile app, a web portal and a brand of e-governance in Ukraine.\n\n"
 "Launched in 2020, the Diia app allows Ukrainian citizens to use digital documents on their smartphones instead of "
 "physical ones for identification and sharing purposes. The Diia portal allows access to over 130 government "
 "services. Eventually, the government plans to make all kinds of state-person interactions available through "
 "Diia.\n\n"
 "Diia was built in partnership with the United States and is poised to be shared with other countries. On the "
 "sidelines of the 2023 World Economic Forum in Davos, USAID Administrator Samantha Power said the US hopes to "
 "replicate the success of Diia in other countries.\n\n"
 "Diia was first presented on September 27, 2019 by the Ministry of Digital Transformation of Ukraine as a brand of "
 "the State in a Smartphone project. Vice Prime Minister and Minister of Digital Transformation Mykhailo Fedorov "
 "announced the creation of a mobile app and a web portal that would unite in a single place all the services "
 "provided by the state to citizens and businesses.\n\n"
 "On February 6, 2020, the mobile app Diia was officially launched. During the presentation, Ukrainian President "
 "Volodymyr Zelensky said that 9 million Ukrainians now have access to their driver's license and car registration "
 "documents on their phones, while Prime Minister Oleksiy Honcharuk called the implementation of the State in a "
 "Smartphone project a priority for the government.",
 "public sector (e-government app and web portal)", ["product", "leadership"],
 "The current en.wikipedia.org rendering in the '= Title =' format batches 31i-34f recorded: the title line '= Diia "
 "=', the infobox lines (title, logo, developer 'Ministry of Digital Transformation of Ukraine', release 'February "
 "6, 2020', latest release 4.0 of 'December 16, 2023', platforms, language, genre, licence 'EUPL-1.2 ...', repository "
 "github.com/diia-open-source) and the heading '== History ==' cut (the rendering shows no citation markers); kept "
 "as written: the lead's bracket 'Diia (\u0414\u0456\u044f /uk/, ; also an acronym for \u0414\u0435\u0440\u0436\u0430"
 "\u0432\u0430 \u0456 \u042f, /uk/, )' (the rendering drops the pronunciations and glosses its templates hold, as "
 "batch 34f's 'Tencent QQ ()'), 'a brand of e-governance', 'state-person interactions', 'is poised to be shared', "
 "'USAID Administrator Samantha Power', 'the US hopes', 'a brand of the State in a Smartphone project', 'Vice Prime "
 "Minister and Minister of Digital Transformation Mykhailo Fedorov', 'Ukrainian President Volodymyr Zelensky', "
 "'driver's license'; the excerpt ends at the end of the launch paragraph ('a priority for the government.'), the "
 "article goes on (`truncated`). The infobox developer and release dates are therefore not in the text (the ministry "
 "stands in it only as the body that first presented Diia). A current rendering (its infobox dates a release "
 "December 16, 2023; the lead names the 2023 World Economic Forum): recorded 4.0. Other pages seen and not taken: "
 "theinfolist.com's and owly.wiki's older copies (the lead with 'over 50 governmental services', the first interleaved "
 "with the glossary lines of linked articles), German, Polish and English news and summaries (pclmedia.de, "
 "gazetaprawna.pl, a livemint reprint at fvbb.com, theactualnews.org, a Guardian reprint at finance-news.co).",
 "non-US"))

R.append(wp("wp-digilocker", "DigiLocker", "https://en.wikipedia.org/wiki/DigiLocker",
 "DigiLocker is an Indian state-owned cloud digitization service provided by the Indian Ministry of Electronics and "
 "Information Technology (MEITy) under its Digital India initiative. DigiLocker allows access to digital versions of "
 "various documents including driver's licenses, vehicle registration certificates and academic mark sheets. It also "
 "provides 1 GB storage space to each account to upload scanned copies of legacy documents.\n\n"
 "Users need to possess an Aadhaar number to use DigiLocker. During registration, user identity is verified using a "
 "one-time password (OTP) sent to the linked mobile number.\n\n"
 "The beta version of the service was rolled out in February 2015, and was launched to the public by Prime Minister "
 "Narendra Modi on 1 July 2015. Storage space for uploaded legacy documents was initially 100 MB. Individual files "
 "are limited to 10 MB.\n\n"
 "In July 2016, DigiLocker recorded 2.013 million users with a repository of 2.413 million documents. The number of "
 "users saw a large jump of 753,000 new users in April when the central government urged municipal bodies to use "
 "DigiLocker to make their administration paperless.",
 "public sector (state cloud document service)", ["product"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= DigiLocker =' and the infobox "
 "lines (logo, developer 'Ministry of Electronics and Information Technology, Government of India', licence "
 "'Freeware', operating systems 'Android 10 or above, iOS 13.4 or above, Web browsers', platforms 'Google Play, App "
 "Store', sizes, genre) cut (the rendering shows no section heading in the excerpt and no citation markers); kept as "
 "written: 'an Indian state-owned cloud digitization service', 'the Indian Ministry of Electronics and Information "
 "Technology (MEITy)' (so spelt), 'its Digital India initiative', 'academic mark sheets', '1 GB storage space', 'an "
 "Aadhaar number', 'was launched to the public by Prime Minister Narendra Modi', 'a large jump of 753,000 new users "
 "in April' (no year given), 'the central government'; cut after 'make their administration paperless.', before the "
 "paragraph 'From 2017, the facility was extended to allow students of the CISCE board ... In February 2017, Kotak "
 "Mahindra Bank started providing access to documents in DigiLocker from within its net-banking application ... In "
 "May 2017, over 108 hospitals, including the Tata Memorial Hospital were planning to launch the use of DigiLocker "
 "for stori', which the excerpt breaks off inside (`truncated`; the bank, the board and the hospital are therefore "
 "not in the text). A rendering in the format batches 31i-34f took as current, its infobox asking for Android 10 and "
 "iOS 13.4 or above: recorded 4.0 (doubtful: nothing in the text itself dates the revision). Other pages seen and not taken: officerspulse.com, republicworld.com, kpiasacademy.com, "
 "explainz.com, livemint.com, cloud7.news and optimizeias.com (exam notes, guides and news).", "non-US"))

# ---- payment and identity services -----------------------------------------------------------------------------------
R.append(wp("wp-mir-payment-system", "Mir (payment system)", "https://en.wikipedia.org/wiki/Mir_(payment_system)",
 "Mir (Russian: \u041c\u0438\u0440, IPA: [\u02c8m\u02b2ir]; lit. the world; peace) is a national payment system "
 "established by the Central Bank of Russia by the law adopted in May 1, 2017. It is currently accepted mostly by "
 "Russia-based companies, such as Aeroflot or Russian Railways, though it is gradually gaining acceptance among "
 "foreign companies with Russian operations. The system is operated by the Russian National Card Payment System, a "
 "wholly owned subsidiary of the Central Bank of Russia.\n\n"
 "The system was devised in 2016 as a way to overcome potential blocks of electronic payments, after several Russian "
 "banks were denied services by US-based Visa and MasterCard because of the sanctions regime against them. The first "
 "cards working on the Mir system were launched in December 2015. Sberbank, Russia's leading bank, started issuing "
 "them in October 2016. By the end of 2016, 1.76 million Mir cards had been issued by 64 banks, rising to 69.8 "
 "million by November 2019.\n\n"
 "Mir is mainly promoted by the Russian government, with legislation mandating that all welfare and pension payments "
 "should be processed through the system by January 2018 entering into force on May 1, 2017. Banks were reluctant to "
 "issue them, as they feared that their cost might be higher compared to cards belonging to more established "
 "payments systems.\n\n"
 "The system was also introduced in South Ossetia and in 2019 in Turkey, while Venezuela plans to introduce Mir in "
 "2019.",
 "financial services (national card payment system)", ["product"],
 "An older en.wikipedia.org rendering in the 'From Wikipedia, the free encyclopedia / Jump to navigation Jump to "
 "search' skin (the page store holds three renderings of the address; this one's content runs to November 2019): the "
 "title line 'Mir (payment system)', those two page lines, the infobox lines ('IndustryFinancial services', 'Area "
 "served', 'Russian Federation', 'South Ossetia', 'ProductsDebit cards, Credit cards, payment systems'), the "
 "citation markers ('[1]'-'[15]', '[1][9]', '[10][11][12]') and the interlanguage marker '[ru]' after 'the Russian "
 "National Card Payment System' cut; kept as written: 'lit. the world; peace', 'by the law adopted in May 1, 2017' "
 "(so in the rendering), 'It is currently accepted mostly by Russia-based companies', 'devised in 2016' beside "
 "'launched in December 2015', 'Sberbank, Russia's leading bank', 'entering into force on May 1, 2017', 'payments "
 "systems', 'while Venezuela plans to introduce Mir in 2019'; cut at the end of the lead section, before the heading "
 "'Mir Card acceptance in other countries[edit]' and its Vietnam paragraph ('NAPAS and NSPK have agreed ... The Bank "
 "for Investment and Development of Vietnam (BIDV) and Vietnam - Russia Joint Venture Bank (VRB) will be the first "
 "banks in the NAPAS system to pr'), which the excerpt breaks off inside (`truncated`). Taken over the two later "
 "renderings of the same address because their excerpts break off sooner (the 2021 one, '6 years ago' from 2015, "
 "inside its history paragraph; the 2024 one, '9 years ago', after one history paragraph, with OpenWay as developer "
 "and AliExpress and McDonald's as first foreign acceptors). Content to November 2019, 'plans to introduce Mir in "
 "2019': a 2019-2020 revision, recorded 3.0. Other pages seen and not taken: en.turkcewiki.org's copy (an older "
 "revision with 'several Turkish banks' for 'several Russian banks'), chaos.owiki.org's copy (the same revision "
 "with the subsidiary's name dropped), a wikisum.wiki summary (sentences picked from the article), NSPK's own history "
 "page and a paymenteye.com news item.", "non-US", v3=True))

R.append(wp("wp-smart-id", "Smart-ID", "https://en.wikipedia.org/wiki/Smart-ID",
 "Smart-ID is an electronic authentication tool developed by SK ID Solutions, an Estonian company. Users can log in "
 "to various electronic services and sign documents with an electronic signature.\n\n"
 "Smart-ID meets the European Union's eIDAS Regulation and the European Central Bank's standards for a secure "
 "authentication solution. Smart-ID is a Qualified Signature Creator Device (QSCD) that can issue a Qualified "
 "Electronic Signature (QES).\n"
 "The Smart-ID app is compatible with both iOS and Android devices and does not require a SIM card.\n"
 "By 2021, the Smart-ID application was launched in the Huawei AppGallery.\n"
 "As of May 2023, Smart-ID has 3,298,969 active users across the Baltic States (Latvia, Lithuania, and Estonia). "
 "Every month, the Smart-ID processes 79 million transactions. In March 2023, Smart-ID users made an exceptional 85 "
 "million transactions.\n\n"
 "In November 2016, SK ID Solutions debuted the Smart-ID tool for the first time at its annual conference. In "
 "February 2017, eKool, Starman, and Tallinn Kaubamaja Grupp were the first to implement Smart-ID authentication in "
 "their e-services. In March 2017, Smart-ID was added as an authentication option to SEB bank and Swedbank's online "
 "banking in all three Baltic States.\n\n"
 "Dokobit, previously known as DigiDoc, began offering its clients the ability to use e-services using Smart-ID in "
 "April 2017. More than 100 service providers had implemented Smart-ID as an authentication solution for their "
 "services by November 2019.",
 "online services (electronic authentication and signature app)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= Smart-ID =', the infobox lines "
 "(title, logo, operating systems 'Android, iOS, iPadOS, watchOS', eight languages) and the heading '== History ==' "
 "cut; the lead's second block is kept as the rendering holds it, four lines under one another with single line "
 "breaks (no blank line between them); kept as written: 'an Estonian company', 'the European Union's eIDAS "
 "Regulation', 'a Qualified Signature Creator Device (QSCD)', 'By 2021', 'the Smart-ID processes', 'an exceptional "
 "85 million transactions', 'debuted the Smart-ID tool for the first time', 'SEB bank and Swedbank's online "
 "banking', 'Dokobit, previously known as DigiDoc'; cut after 'by November 2019.', before the paragraph 'At its "
 "annual conference on November 8, 2018, SK ID Solutions revealed that Smart-ID had been certified as compatible "
 "with the QSCD[8] level ... following a rigorous certificatio', which the excerpt breaks off inside (`truncated`; "
 "its one citation marker is therefore not in the text). A current rendering ('As of May 2023'): recorded 4.0. Other "
 "pages seen and not taken: scrive.com, idhii.net, developer.signicat.com, docs.go.gbgplc.com and smart-id.com "
 "(product, FAQ and developer pages), a grokipedia page (AI-written), an Estonian government wiki page on e-ID.",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
