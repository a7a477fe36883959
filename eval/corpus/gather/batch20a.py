#!/usr/bin/env python3
"""Batch 20a (session 21, round 2: training and development data): COMPANY DEALS AND STRUCTURE told as events — English
Wikipedia articles about specific deals or companies' histories, as the search tool's page store holds them (CC BY-SA):
completed acquisitions with the buyer's later units and the target's former parent (Vodafone and Mannesmann; HP and
Autonomy; Glencore and Xstrata; Microsoft and Activision Blizzard), an agreed takeover that displaced an earlier agreed
sale (Wells Fargo, Citigroup and Wachovia, 2008), joint ventures with their owners, a subsidiary and a buy-out (Dow
Corning; Fujitsu Siemens Computers), a merger of equals with no buyer named (LafargeHolcim), and a pending buy-out by a
person (Twitter and Elon Musk, as archived on 1 May 2022) — the last two are near-misses for `acquired`.
Texts are the page store's excerpts (never a whole page): the lead and the deal or history paragraphs, cut at the last
full sentence. Edits are listed per item in `notes`: infobox lines, image captions, maintenance notices, section
headings, '[edit]' residue, citation markers ('[3]', ' [3]', '[5][6]') and template residue cut; no word added or
changed.
usage: batch20a.py [POOL_DIR] [--dry]   (default /tmp/gat20a-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import EDITS, record

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat20a-tmp/pool"


def wp(id, title, url, held, text, sector, topics, notes, lic="4.0", rev="revision not recorded by the page store",
       region="non-US"):
    """A record for an English Wikipedia article as the page store holds it at `held` (wikimedia.record). `lic` is
    the CC BY-SA version of the revision held: "4.0" for revisions after Wikimedia's June 2023 upgrade, "3.0" for
    revisions the text dates before it (Wikimedia's FAQ: earlier revisions 'will continue to be available under the
    version 3.0')."""
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region,
                  licence=f"CC BY-SA {lic} (English Wikipedia text)", version=lic, rev=rev)

def items():
    r = []
    r.append(wp("wp-mannesmann-vodafone-acquisition", "Mannesmann", "https://en.wikipedia.org/wiki/Mannesmann",
                "https://en.wikipedia.org/wiki/Mannesmann",
                "Mannesmann AG was a German corporation with headquarters in Düsseldorf. The company was founded in 1890 "
                "originally to produce seamless steel tubes, and in 1999 was acquired by Vodafone in one of the largest "
                "acquisitions in recent history. It was traded on the Frankfurt Stock Exchange. (Ticker symbol is MMN.) "
                "The company had 130,860 employees worldwide and revenues (1999) of €23.27 billion.\n\n"
                "Over time, Mannesmann's reach grew and expanded across several industries, from telecommunications to "
                "printers and industrial equipment. In this way, the firm gradually become a diversified conglomerate. "
                "Amongst its subsidiaries was Hartmann und Braun, which has since been sold off to Elsag-Bailey, which in "
                "turn was subsequently purchased by ABB.\n\n"
                "Mannesmann Arcor was Germany's second largest fixed line telephony and internet company. It has been "
                "owned solely by Vodafone since May 2008, when Deutsche Bahn (18.17%) and Deutsche Bank (8.18%) sold "
                "their shares to Vodafone.\n\n"
                "Mannesmann operated Germany's second cellular network carrier known as D2 Mannesmann. Mannesmann "
                "Mobilfunk was founded on 1990. This was the main competitor to Germany's incumbent carrier, Deutsche "
                "Telekom's T-Mobile, also known as D1.\n\n"
                "Mannesmann was acquired by Vodafone Group Plc. in 2000 in a tax-free stock exchange of 53.7 Vodafone "
                "shares for each share of Mannesmann. This was a controversial takeover, since never before in Germany "
                "had a large company been acquired by a foreign owner. This was a hostile takeover, but the merger was "
                "backed in a private deal between Mannesmann management and Vodafone. The acquisition was led by "
                "Vodafone's Chief Executive, Chris Gent, and Goldman Sachs' Scott Mead, who was then the chief advisor on "
                "the deal.",
                "telecoms/industrial conglomerate", ["deal", "leadership"],
                "The lead and the sections 'Mannesmann Arcor', 'D2 Mannesmann' and the start of 'Acquisition by "
                "Vodafone' (headings cut); the image caption 'Vallourec & Mannesmann Tubes sign in Belo Horizonte.' cut; "
                "cut before 'Under the terms of the deal, Mannesmann sought assurances ...', which the excerpt breaks "
                "off. The revision ('Jump to: navigation') predates 2023. The article's own wording kept ('gradually "
                "become', 'founded on 1990', 'in 1999 was acquired' beside 'acquired ... in 2000').",
                lic="3.0", rev="an older revision (the page shows 'Jump to: navigation'); revision id not recorded by "
                                "the page store"))
    r.append(wp("wp-hp-autonomy-acquisition", "HP Autonomy", "https://en.wikipedia.org/wiki/HP_Autonomy",
                "https://wikimili.com/en/HP_Autonomy",
                "HP Autonomy, previously Autonomy Corporation PLC, was an enterprise software company which was merged "
                "with Micro Focus in 2017 and OpenText in 2023 (OpenText had acquired the content management assets of "
                "Autonomy in 2016). It was founded in Cambridge, United Kingdom in 1996.\n\n"
                "Autonomy was acquired by Hewlett-Packard (HP) in October 2011. The deal valued Autonomy at $11.7 "
                "billion (£7.4 billion). Within a year, HP had written off $8.8 billion of Autonomy's value. HP claimed "
                "this resulted from \"serious accounting improprieties\" and \"outright misrepresentations\" by the "
                "previous management. The former CEO, Mike Lynch, said that the problems were due to HP's running of "
                "Autonomy.\n\n"
                "HP recruited Robert Youngjohns, ex-Microsoft president of North America, to take over HP Autonomy in "
                "September 2012. In 2015, HP was split into HP Inc and Hewlett Packard Enterprise (HPE); HP Autonomy "
                "assets were divided between them with HPE taking the larger part. HP Inc later sold its Autonomy content "
                "management assets to Canadian software company OpenText in 2016. In 2017, HPE sold its remaining "
                "Autonomy assets, as part of a wider deal, to the British software company Micro Focus. In 2023, "
                "OpenText acquired Micro Focus, and reunited the two halves of former Autonomy assets.",
                "enterprise software", ["deal", "leadership"],
                "The lead paragraphs as WikiMili's copy holds them (it names OpenText's 2023 purchase, so the copy "
                "is of a 2023-or-later revision: CC BY-SA 4.0); cut before the 'History' paragraph 'Autonomy was "
                "founded in Cambridge ...', which the excerpt breaks off."))
    r.append(wp("wp-xstrata-glencore-acquisition", "Xstrata", "https://en.wikipedia.org/wiki/Xstrata",
                "https://en.m.wikipedia.org/wiki/Xstrata_Nickel",
                "Xstrata plc was an Anglo-Swiss multinational mining company headquartered in Zug, Switzerland and with "
                "its registered office in London, United Kingdom. It was a major producer of coal (and the world's "
                "largest exporter of thermal coal), copper, nickel, primary vanadium and zinc and the world's largest "
                "producer of ferrochrome. It had operations in 19 countries across Africa, Asia, Australasia, Europe, "
                "North America and South America.\n\n"
                "Xstrata had a primary listing on the London Stock Exchange and was a constituent of the FTSE 100 Index. "
                "It had a market capitalisation of approximately £29 billion as of 23 December 2011, making it the "
                "16th-largest company on the London Stock Exchange. It had a secondary listing on the SIX Swiss "
                "Exchange. In the 2013 Forbes Global 2000, Xstrata was ranked as the 202nd largest public company in the "
                "world.\n\n"
                "On 2 May 2013 Xstrata was acquired by Glencore. Glencore later retired the Xstrata brand, and the "
                "company name changed from Glencore Xstrata plc to Glencore plc.\n\n"
                "The Xstrata name survives in the Mexican foreign capital company Xstrata Mexico.\n\n"
                "The company was founded in 1926 in Switzerland as Südelektra, an infrastructure and electricity "
                "projects concern operating in Latin America. In 1990, Marc Rich + Co AG became its majority "
                "shareholder.",
                "mining", ["deal"],
                "Held at the mobile address of the redirect 'Xstrata Nickel' (the article 'Xstrata'); the maintenance "
                "notice ('This article needs additional citations ...'), the infobox table and the 'History' heading "
                "('edit') cut; cut before 'In the 1990s it diversified into mining and disposed of it ...', which the "
                "excerpt breaks off."))
    r.append(wp("wp-acquisition-of-twitter-by-elon-musk-2022-04", "Acquisition of Twitter by Elon Musk",
                "https://en.wikipedia.org/wiki/Acquisition_of_Twitter_by_Elon_Musk",
                "https://webcf.waybackmachine.org/web/20220501193321/https://en.wikipedia.org/wiki/"
                "Acquisition_of_Twitter_by_Elon_Musk",
                "On April 14, 2022, business magnate Elon Musk proposed to purchase social media company Twitter, Inc. "
                "for $43 billion, after previously acquiring 9.1 percent of the company's stock for $2.64 billion, "
                "becoming its largest shareholder. Twitter had then invited Musk to join their board of directors, which "
                "Musk accepted before changing his mind. In response to Musk's proposal, Twitter announced a \"poison "
                "pill\" strategy the next day to allow shareholders to purchase additional stock in the event a buyout "
                "should occur. On April 25, Twitter's board of directors unanimously accepted Musk's buyout offer of $44 "
                "billion, which would make him the company's sole owner. As of April 2022, the acquisition is pending "
                "approval from regulators and shareholders.\n\n"
                "Elon Musk published his first tweet on his personal Twitter account in June 2010, and had more than 80 "
                "million followers at the time of the purchase. In 2017, in response to a tweet suggesting Musk buy "
                "Twitter, he replied, \"How much is it?\" On March 20, 2022, the Twitter account of Christian "
                "conservative satire website The Babylon Bee was suspended for referring to U.S. Assistant Secretary for "
                "Health Rachel Levine, a transgender woman, as their \"Man of The Year\", which Twitter stated violated "
                "its policy on \"hateful conduct\". The Babylon Bee refused to delete the tweet in order to regain access "
                "to the account, and Twitter rejected their appeal. According to Babylon Bee CEO Seth Dillon, the "
                "website was contacted by Musk shortly after the suspension to confirm whether they had been suspended, "
                "who mused that he \"might need to buy Twitter\". On March 24, Musk began tweeting statements critical "
                "of Twitter, polling his followers on whether Twitter adhered to the principle that \"free speech is "
                "essential to a functioning democracy\".",
                "social media", ["deal"],
                "The revision archived by the Wayback Machine on 1 May 2022 (before the deal closed): the lead and the "
                "'Background' paragraph ('Prelude' and 'Background' headings cut); cut before 'Early developments', "
                "whose text the excerpt breaks off. Near-miss for `acquired`: the buyer is a person and the deal is "
                "pending.",
                lic="3.0", rev="revision of 1 May 2022 as archived by the Wayback Machine (snapshot 20220501193321)",
                region="US"))
    r.append(wp("wp-acquisition-of-activision-blizzard-by-microsoft", "Acquisition of Activision Blizzard by Microsoft",
                "https://en.wikipedia.org/wiki/Acquisition_of_Activision_Blizzard_by_Microsoft",
                "https://en.wikipedia.org/wiki/Acquisition_of_Activision_Blizzard_by_Microsoft",
                "On January 18, 2022, Microsoft announced its intent to acquire Activision Blizzard for $68.7 billion. "
                "The deal was concluded on October 13, 2023, with the total cost of the acquisition amounting to $75.4 "
                "billion. Under the terms of the agreement, Microsoft brought Activision Blizzard under its Microsoft "
                "Gaming business unit as a sibling division to Xbox Game Studios and ZeniMax Media. With it, Microsoft "
                "gained ownership of several franchises under Activision, Blizzard Entertainment, and King, including "
                "Call of Duty, Crash Bandicoot, Spyro, Warcraft, StarCraft, Diablo, Overwatch, and Candy Crush. As of "
                "2023, the acquisition is the largest video game acquisition by transaction value in history.\n\n"
                "Following shareholder approval of the acquisition, the merger was reviewed by several national "
                "anti-trust bodies, with early approvals granted by the European Commission and China's State "
                "Administration for Market Regulation (SAMR), among others. The United States' Federal Trade Commission "
                "(FTC) and the United Kingdom's Competition and Markets Authority (CMA) issued formal challenges to the "
                "acquisition. Sony also criticized the merger, concerned that Microsoft would make the lucrative Call of "
                "Duty franchise exclusive to the Xbox platform, though Microsoft committed to non-exclusivity through "
                "2033. The FTC withdrew its request after courts did not find their anti-trust compelling to block the "
                "merger, while Microsoft offered to offload its cloud gaming support for Activision Blizzard's games for "
                "ten years to Ubisoft to appease the CMA.",
                "video games", ["deal"],
                "The lead (two paragraphs); the infobox ('Initiator', 'Target', 'Cost', 'Initiated', 'Completed', "
                "'Status') cut; cut before 'Background', whose text the excerpt breaks off. The revision names the "
                "October 2023 completion: CC BY-SA 4.0. The article's wording kept ('did not find their anti-trust "
                "compelling').", region="US"))
    r.append(wp("wp-wachovia-wells-fargo-citigroup-2008", "Wachovia", "https://en.wikipedia.org/wiki/Wachovia",
                "https://en.academic.ru/dic.nsf/enwiki/11279495/Wachovia",
                "Wachovia Corporation, based in Charlotte, North Carolina, is a diversified financial services holding "
                "company provided via its operating subsidiaries a broad range of banking, asset management, wealth "
                "management, and corporate and investment banking products and services. It is one of the largest "
                "providers of financial services in the United States, operating financial centers in 21 states and "
                "Washington, D.C., with locations from Connecticut to Florida and west to California. It also serves "
                "retail brokerage clients under the name Wachovia Securities nationwide as well as in six Latin American "
                "countries, and investment banking clients in selected industries nationwide. Wachovia provides global "
                "services through more than 40 offices around the world. Presently it is the fourth-largest bank holding "
                "company in the United States based on total assets.\n\n"
                "On September 29, 2008, Wachovia announced its intention to sell its banking operations to Citigroup for "
                "$2.2 billion in an open bank transaction facilitated by the Federal Deposit Insurance Corporation; "
                "according to the FDIC, Wachovia \"did not fail.\" Wachovia would have continued to operate as a "
                "separate, publicly traded company as the owner of Wachovia Securities, AG Edwards and Evergreen "
                "Investments. The sale was agreed to be completed by December 31, 2008.\n\n"
                "However, on October 3, 2008, Wells Fargo and Wachovia announced they had agreed to merge in an "
                "all-stock transaction requiring no FDIC involvement, apparently nullifying the Citigroup deal. Wells "
                "Fargo announced it had agreed to acquire Wachovia for $15.1 billion in stock.",
                "banking", ["deal"],
                "An October 2008 revision as academic.ru's copy of English Wikipedia holds it: the lead and the start "
                "of 'Bidding battle for Wachovia' (heading cut); the ticker template residue ' (nyse|WB)', the empty "
                "reference markers '[ ]' and '[]' and an unrendered 'cite news | ... accessdate = 2008-09-29' template "
                "between the second and third paragraphs cut; cut before 'Wachovia prefers the ...', which the excerpt "
                "breaks off. The article's wording kept ('company provided via its operating subsidiaries'). "
                "Near-miss in part: the agreed sale of banking operations to Citigroup was displaced.",
                lic="3.0", rev="a revision of October 2008 (the text is written before the Wells Fargo deal closed); "
                                "revision id not recorded", region="US"))
    r.append(wp("wp-lafargeholcim-merger-2015", "LafargeHolcim", "https://en.wikipedia.org/wiki/LafargeHolcim",
                "https://en.wikipedia.org/wiki/LafargeHolcim",
                "LafargeHolcim is a manufacturer of building materials (primarily cement, aggregates and concrete) which "
                "claims to be the largest in the world, with a presence in 80 countries and 90,000 employees. It was "
                "formed by the merger on 10 July 2015 of cement companies Lafarge and Holcim, which had combined net "
                "sales of CHF 33 billion (EUR 27 billion) in 2014. The new company has a manufacturing capacity of 368.5 "
                "million tons a year.\n\n"
                "On 7 April 2014, Lafarge and Holcim announced a merger project to create LafargeHolcim.\n\n"
                "With a combined market value exceeding $50 billion, the merger was the second largest announced "
                "worldwide in 2014. It was early recognised that a merger of this scale would raise regulatory concerns. "
                "The planned divestments account for between 10 and 15% of the companies' current EBITDA, while the deal "
                "was expected to save the company 1.4 billion euros (US$1.9 billion) annually and create \"the most "
                "advanced group in the building materials industry.\"\n\n"
                "On 10 July 2015, Lafarge and Holcim completed the merger and created LafargeHolcim. On 15 July 2015, "
                "the new LafargeHolcim Group was officially launched. In June 2016, Le Monde reported that Lafarge paid "
                "taxes to ISIS middlemen in 2013 to 2014 to keep using their factory in Jalabiya, Northeastern Syria.\n\n"
                "The former CEO, Eric Olsen, resigned in April 2017 because of the \"strong tensions\" incurred by the "
                "news.",
                "building materials", ["deal", "leadership"],
                "The 2017 revision the page store holds ('Founded 10 July 2015; 2 years ago'; a 2019 revision is held "
                "too and was not used): infobox lines (among them 'Key people Jan Jenisch (CEO)' and 'Subsidiaries "
                "Lafarge') cut; cut before 'However, an inve...', which the excerpt breaks off. Near-miss for "
                "`acquired`: a merger of two companies, no buyer named.",
                lic="3.0", rev="a 2017 revision (the infobox reads '2 years ago'); revision id not recorded"))
    r.append(wp("wp-dow-corning-joint-venture", "Dow Corning", "https://en.wikipedia.org/wiki/Dow_Corning",
                "http://en.wikipedia.org/wiki/Dow_Corning",
                "Dow Corning is an American multinational corporation headquartered in Midland, Michigan, USA, and is an "
                "equally owned joint venture of Dow Chemical and Corning formed in 1943. Dow Corning specializes in "
                "silicone and silicon-based technology, and is the largest silicone product producer in the world.\n\n"
                "In 1942, moisture in aircraft engines and the formation of corona discharge from aircraft electrical "
                "systems at high altitudes made high-altitude flight almost impossible. Shailer Bass developed Dow "
                "Corning's first product, a simple silicone grease (Dow Corning #4 Compound) that solved the problem.\n\n"
                "Dow Corning was formally established in 1943 specifically to explore the potential of silicones. Dr. E. "
                "C. Sullivan was named president, and Dr. William R. Collings was named general manager in 1943. Dr. "
                "Collings later became president from 1954 until 1962. From 1967 to 1971 William C. Goggin was president "
                "and director, who is also credited for developing the multidimensional organization concept at Dow "
                "Corning.\n\n"
                "A large, majority-owned subsidiary of Dow Corning Corporation is the Hemlock Semiconductor Corporation. "
                "Founded in the 1960s before the computer revolution, it is still one of the world's leading "
                "manufacturers of high-purity polycrystalline silicon, which is sold in varying purity grades for use in "
                "both semiconductor silicon wafer manufacture and photovoltaics applications as solar cells.\n\n"
                "On November 13, 2014, Dow Chemical's CEO Andrew N. Liveris revealed in a presentation to investors that "
                "Corning Incorporated intended to exit the joint venture of 71 years, citing other priorities.",
                "chemicals", ["deal", "leadership"],
                "An older revision (written between November 2014 and the 2016 buy-out; 'Jump to: navigation'): the "
                "infobox (among it 'Robert Hansen, CEO & President' and the slogan) cut; the whole excerpt kept. A "
                "newer revision on en.m.wikipedia.org (after Dow bought Corning out) was not used: one text per "
                "company.",
                lic="3.0", rev="an older revision (2014-2015, 'Jump to: navigation'); revision id not recorded",
                region="US"))
    r.append(wp("wp-fujitsu-siemens-computers-joint-venture", "Fujitsu Siemens Computers",
                "https://en.wikipedia.org/wiki/Fujitsu_Siemens_Computers",
                "https://en.m.wikipedia.org/wiki/Fujitsu_Siemens_Computers",
                "Fujitsu Siemens Computers GmbH was a Japanese and German vendor of information technology. The company "
                "was founded in 1999 as a 50/50 joint venture between Fujitsu of Japan and Siemens of Germany. On April "
                "1, 2009, the company became Fujitsu Technology Solutions as a result of Fujitsu buying out Siemens' "
                "share of the company.\n\n"
                "The offerings of Fujitsu Siemens Computers extended from handheld and notebook PCs through desktops, "
                "server and storage, to IT data center products and services. Fujitsu Siemens Computers had a presence "
                "in key markets across Europe, the Middle East and Africa, while products marketed elsewhere were sold "
                "under the Fujitsu brand, with the services division extending coverage up to 170 countries "
                "worldwide.\n\n"
                "Fujitsu Siemens Computers placed a focus on \"green\" computers, and was considered a leader or "
                "innovator in Green IT, across ecological and environmental markings such as Energy Star and Nordic "
                "swan.\n\n"
                "Fujitsu Siemens sponsored McLaren Mercedes Formula-1 team in 1999 and 2000.\n\n"
                "On the Fujitsu side, the origins of the company could be traced back to the mid-1980s merger of the PC "
                "divisions of Finnish Nokia and Swedish Ericsson, when Ericsson PCs were known for their ergonomics and "
                "bright colors. In 1991, Nokia Data was sold to the British International Computers Limited (ICL). Later "
                "ICL was absorbed by Fujitsu.",
                "information technology", ["partnership", "deal"],
                "The lead and the start of 'History' (heading and 'edit' cut); the infobox (among it 'Richard Christou "
                "(Executive Chairman)') cut; cut before 'Ironically, Fujitsu was originally the data division of Fuji "
                "Electric ...', which the excerpt breaks off. The infobox reads 'Founded 1999; 25 years ago': a 2024 "
                "revision, CC BY-SA 4.0."))
    r.append(wp("wp-acquisition-of-sun-microsystems-by-oracle", "Acquisition of Sun Microsystems by Oracle Corporation",
                "https://en.wikipedia.org/wiki/Acquisition_of_Sun_Microsystems_by_Oracle_Corporation",
                "https://db0nus869y26v.cloudfront.net/en/Acquisition_of_Sun_Microsystems_by_Oracle_Corporation",
                "The acquisition of Sun Microsystems by Oracle Corporation was completed on January 27, 2010. After the "
                "acquisition was completed, Oracle, only a software vendor prior to the merger, owned Sun's hardware "
                "product lines, such as SPARC Enterprise, as well as Sun's software product lines, including the Java "
                "programming language.\n\n"
                "Concerns about Sun's position as a competitor to Oracle were raised by antitrust regulators, open source "
                "advocates, customers, and employees over the acquisition. The European Commission delayed the "
                "acquisition for several months over questions about Oracle's plans for MySQL, Sun's competitor to "
                "Oracle Database. The Commission finally approved the takeover, apparently pressured by the United "
                "States to do so, according to a diplomatic cable leaked in September 2011.\n\n"
                "In 2006, it was disclosed that Sun and Apple have discussed a merger on multiple occasions.\n\n"
                "In late 2008, Sun was approached by IBM to discuss a possible merger. At about the same time, Sun also "
                "began discussions with another company, widely rumored but not confirmed to be Hewlett-Packard, about a "
                "potential acquisition. By March 2009, talks had stalled between Sun and both IBM and the other potential "
                "suitor.\n\n"
                "On April 20, 2009, Sun and Oracle announced that they had entered into a definitive agreement under "
                "which Oracle would acquire Sun for $9.50 a share in cash. Net of Sun's cash and debt, this amounted to a "
                "$5.6 billion offer from Oracle. Sun's shareholders voted to approve the proposal on July 16, 2009, "
                "although the deal was still subject to regulatory approvals.",
                "computing", ["deal"],
                "The lead and the start of the history (headings cut) as a CloudFront-served copy of English Wikipedia "
                "holds them (undated copy); the infobox ('Initiator', 'Target', 'Type', 'Cost', 'Initiated', "
                "'Completed') cut; cut before 'The terms of the agreement between Oracle and Sun included dependencies "
                "on ...', which the excerpt breaks off. Also near-misses inside: merger talks with Apple, IBM and a "
                "rumoured Hewlett-Packard that came to nothing.", region="US"))
    return r


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)
