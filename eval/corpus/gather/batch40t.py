#!/usr/bin/env python3
"""Batch 40t (session 41; gatherer lane 40t): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n and 40o - four internet providers and a regional airline, told by founders, owners,
buyers and parents: the British dial-up provider born out of a software house formed by three people, bought by
Scottish Telecom (a ScottishPower subsidiary), passed through Thus plc and Cable & Wireless to Vodafone, its Dutch
arm sold to KPN (internet access, UK); the United Kingdom's first commercial provider, formed by Unipalm and founded
by Peter Dawe, its then chief technical officer and the exchange it helped start, its sale to UUNet and the later
sales and reverse takeover that ended in Daisy (internet access, UK); the Atlanta provider founded by Charles
Brewer, funded by ITC Holding Company, its purchases (Nando.net's ISP business, Inter Direct, SpryNet, Netcom) and its
merger with EarthLink (internet access, US); the Sheffield provider launched by a peripherals company, its chairman
and managing director, its brands and its purchase by BT Group (internet access, UK); and the Galway regional
airline founded by two men, bought by two others in 1994, flying for Aer Lingus Regional and renamed Stobart Air
(airline, Ireland).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): two from en.wikipedia.org itself (a current '= Title =' rendering and an older rendering), one from a Kiwix
copy (kiwix.haohe.fun, wikipedia_en_all_maxi_2024-01), two from the-uncensored-wiki.com's Kiwix dumps (2012-01 and
2014-02); each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed. No text
tells an outage and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40t.py [POOL_DIR] [--dry]   (default /tmp/gather41t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41t/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- internet access, UK: Demon Internet (en.wikipedia.org, a current '= Title =' rendering) -------------------------
R.append(wp("wp-demon-internet", "Demon Internet", "https://en.wikipedia.org/wiki/Demon_Internet",
 "Demon Internet was a British Internet service provider, initially an independent business, later operating as a "
 "brand of Vodafone. It was one of the UK's earliest ISPs, offering dial-up Internet access services from 1 June "
 "1992. According to the Daily Telegraph, it \"sparked a revolution by becoming the first to provide genuinely "
 "affordable access to the internet in the UK\".\n\n"
 "In 1997 Demon was bought by Scottish Telecom, a wholly owned subsidiary of the private utility company "
 "ScottishPower. Scottish Telecom rebranded as Thus plc in October 1999 and floated on the London Stock Exchange. "
 "Thus plc fully demerged from ScottishPower in 2002. Thus became part of Cable & Wireless plc, and then part of "
 "Cable & Wireless Worldwide following a split of its parent. The company was purchased as part of the acquisition "
 "of Cable & Wireless Worldwide by Vodafone Group on 27 July 2012. Demon then operated as a brand of Vodafone.\n\n"
 "From 1996 to 2006 Demon operated a subsidiary ISP business in the Netherlands. It was sold to KPN in June 2006 and "
 "its operations transferred to their XS4ALL subsidiary.\n\n"
 "In January 2019, Vodafone announced its intention to close Demon and migrate its 15,000 remaining customers to "
 "more modern services.\n\n"
 "Demon Internet was born out of Demon Systems, a bespoke business software development company formed by Cliff "
 "Stanford, Grahame Davies and Owen Manderfield. In a discussion of the need for a home-oriented dialup IP service "
 "on the CIX boards, Stanford suggested that if 200 people stepped up with \u00a3120 for a year's subscription, he "
 "would use Demon's infrastructure to create such a service.",
 "internet access", ["history", "ownership", "deal"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Demon_Internet, a current rendering "
 "headed '= Demon Internet =' (infobox 'Defunct: 2020', 'Fate: Merged into Vodafone Group'; no revision id). Cut: "
 "the title line; the infobox list ('Demon Internet', logo, 'Type: Subsidiary', 'Foundation: 1 June 1992', "
 "'Defunct: 2020', 'Fate: Merged into Vodafone Group', 'Location Country: United Kingdom', industry, products); the "
 "heading '==History=='; cut after 'to create such a service.', the end of the History section's first paragraph, "
 "before the paragraph the excerpt breaks off ('Dismissing the idea that the Demon name might upset those with r'; "
 "`truncated`), so the later history (the Apricot servers, Neil McRae, Fulham F.C.) is not in the text. No citation "
 "markers on this rendering. Kept as written: 'Internet service provider' and 'ISPs', 'the Daily Telegraph', the "
 "quotation and its full stop outside the quotes, 'In 1997 Demon was bought' (older copies say 1998), "
 "'ScottishPower' (one word), 'Thus plc', 'Cable & Wireless plc', 'a split of its parent', 'From 1996 to 2006', "
 "'their XS4ALL subsidiary', 'home-oriented dialup IP service', 'the CIX boards', '\u00a3120'. 265 words. No outage "
 "and no near-miss told (Vodafone's announced closing of the brand and the move of its customers is a business "
 "decision, not a service lost). Recorded CC BY-SA 4.0 (a current rendering); doubtful only in that no revision id "
 "is held. wikisum.wiki's summary page (sentences picked out of the article, not a copy), absoluteastronomy.com's "
 "and the-uncensored-wiki.com's older copies (1998 as the year of the sale, no later owners), alchetron.com's copy "
 "(1998), a 1995 Demon Dispatches page, DatacenterDynamics, The Times and a personal blog on Stanford's death and the "
 "brand's closing were looked at and not used. Demon Internet (named only in batch 38n's list of news-only leads), "
 "Demon Systems, Cliff Stanford (the same list), Grahame Davies, Owen Manderfield, Scottish Telecom, Thus plc, "
 "XS4ALL: " + CHECKED + " (ScottishPower is named in batches 33e and 39o and in several texts on storms and "
 "Iberdrola, Cable & Wireless Worldwide in one test text and batch 37w's script, KPN in four texts, on other "
 "subjects).", "UK"))

# ---- internet access, UK: Pipex (a Kiwix copy, wikipedia_en_all_maxi_2024-01) ----------------------------------------
R.append(wp("wp-pipex", "Pipex", "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/PIPEX",
 "Pipex was the United Kingdom's first commercial Internet service provider (ISP). It was formed in 1990 and helped "
 "to develop the ISP market in the UK. In 1992 it began operating a 64k transatlantic leased line and built a "
 "connection to the UK government's JANET network. One of its first customers was Demon Internet which popularised "
 "dial up modem based internet access in the UK. It was also one of the key players in the development of the "
 "London Internet Exchange through a meeting with BT in 1994.\n\n"
 "The company went through a number of mergers and acquisitions and by 2007 had dropped to be the sixth largest ISP "
 "in the UK. The Pipex name was used by a number of companies within the group, which were gradually renamed "
 "following the sale of its home broadband business to Tiscali UK in 2007. In 2009, the former Pipex Wireless "
 "business, rebranded as Freedom4, bought the former Pipex Business, known as Vialtus. Freedom4 also purchased Daisy "
 "Group through a reverse takeover, and the three companies were brought together as Daisy.\n\n"
 "The company was formed as the first commercial ISP in the UK by Unipalm in 1990 as The Public I.P. Exchange Ltd "
 "(PIPEX), founded by Peter Dawe. In mid 1992, it began operating a 64k transatlantic leased line to UUNET and "
 "another to JANET. One of its first customers was Demon Internet, shortly followed by the BBC.\n\n"
 "In November 1994, Keith Mitchell, then chief technical officer of PIPEX, initiated a meeting with BT to discuss "
 "the creation of a London-based Internet exchange. Pipex donated a Cisco Catalyst 1200 Network switch which formed "
 "the basis of the London Internet Exchange (LINX).\n\n"
 "Unipalm Pipex was sold to UUNet in November 1995 for \u00a3150 million and became UUNet/Pipex.",
 "internet access", ["history", "ownership", "deal", "leadership"],
 "The article as a Kiwix copy of English Wikipedia (kiwix.haohe.fun, wikipedia_en_all_maxi_2024-01, as batches 27c "
 "and 27d took BG Group and a 1996 blackout from it) holds it in the page store. Cut: the infobox ('Pipex Internet "
 "Limited', 'TypeSubsidiary', industry, 'Founded1990', 'Defunct2008', 'FateAcquired', 'SuccessorDaisy Group', "
 "'HeadquartersLondon, UK', products); the pronunciation '(/\u02c8pp\u025bks/)' after the first word, which the "
 "copy prints damaged (the respelling's diphthong lost; a cut inside the first sentence, doubtful, as the rest of "
 "the sentence stands unchanged); the headings 'History' and 'Formation' and the image caption 'Logo as UUNET "
 "Pipex'; the citation markers '[1]', '[2]' (twice), '[3]' (twice), '[4]', '[5]', '[6]', '[7]'; cut after 'became "
 "UUNet/Pipex.', the end of that paragraph, before the next ('The brand became kn', where the excerpt breaks off; "
 "`truncated`), so the WorldCom, GX Networks and Tiscali history is not in the text. Kept as written: 'Internet "
 "service provider (ISP)', '64k', 'the UK government's JANET network', 'Demon Internet which popularised dial up "
 "modem based internet access' (no comma), 'the sixth largest ISP', 'Pipex Wireless business', 'the former Pipex "
 "Business, known as Vialtus', 'The Public I.P. Exchange Ltd (PIPEX)', 'UUNET' and 'UUNet' (both spellings), 'then "
 "chief technical officer of PIPEX', 'Cisco Catalyst 1200 Network switch', 'Unipalm Pipex', 'UUNet/Pipex'. 293 "
 "words. No outage and no near-miss told. The 2024-01 dump: recorded CC BY-SA 4.0; doubtful only in that no "
 "revision id is held. en.wikipedia.org's current rendering (the same text, its excerpt breaking off inside the "
 "UUNet sentence, 'for \u00a3150 mi') and an older en.wikipedia.org rendering (TalkTalk as successor; the lead of "
 "about 2010-2012), internet-guide.co.uk, cambridgephenomenon.com and collusion.org.uk pages, a blog post on "
 "WorldCom and a Times obituary of Cliff Stanford were looked at and not used. Pipex, Unipalm, Peter Dawe, UUNET, "
 "Keith Mitchell, Freedom4, Vialtus, Daisy Group, Tiscali UK: " + CHECKED + " (the London Internet Exchange is named "
 "in batch 36j's list of exchanges looked at and not used; JANET in texts on other subjects; Demon Internet is this "
 "batch's own wp-demon-internet; BT and the BBC in many).", "UK"))

# ---- internet access, US: MindSpring (the-uncensored-wiki.com, a 2012-01 Kiwix dump) ---------------------------------
R.append(wp("wp-mindspring", "MindSpring",
 "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Mindspring.html",
 "MindSpring Enterprise was a major Internet service provider headquartered in Midtown Atlanta, Georgia. Mindspring "
 "merged with EarthLink on February 4, 2000, with the company retaining the EarthLink name. In 2006, the MindSpring "
 "brand was relaunched by EarthLink as a free VoIP service, which was discontinued in early 2008.\n\n"
 "MindSpring was founded in February 1994 by Charles Brewer in Atlanta, Georgia. It had only non-paying customers "
 "for four months and eight modems. It initially shared facilities and technical staff with Internet Atlanta, "
 "another local ISP. In June 1994 it opened for business and took on its first paying customers. By late 1994, "
 "MindSpring had obtained investment funding from ITC Holding Company and moved into offices at Georgia Tech's "
 "Advanced Technology Development Center. It established its first point of presence outside Atlanta in September "
 "1995, and went public on NASDAQ in March 1996 with the ticker symbol MSPG.\n\n"
 "MindSpring grew quickly by acquiring other companies. Along the way, it acquired the ISP business of Nando.net in "
 "North Carolina, although Nando continued as an online news website. In September 1996 it acquired PSINet retail "
 "subscribers. In February 1998 it acquired Inter Direct and took over its call center in Phoenix, Arizona. That "
 "October it acquired SpryNet and its offices in Seattle, Washington. It also acquired many smaller \"mom and pop\" "
 "ISPs along the way.\n\n"
 "In February 1999, it acquired Netcom and its subscriber base surpassed 1 million. It announced its first high "
 "speed cable service to Montgomery, Alabama in March 1999 and DSL services to eight cities the following November. "
 "In September MindSpring launched its first national advertising campaign.\n\n"
 "On September 23, 1999 MindSpring and EarthLink announced a merger of equals that would create a new company under "
 "the EarthLink name based in Atlanta.",
 "internet access", ["history", "deal", "ownership"],
 "The article as the-uncensored-wiki.com's copy of the Kiwix dump 2012-wikipedia_en_all_nopic_01_2012 holds it in "
 "the page store, at the address of the redirect 'Mindspring' (a revision of late 2011 or January 2012; no "
 "revision id). Cut: the citation markers '[1][2]' (after 'Georgia.'), '[3]' (three times) and '[3][4]'; the table "
 "of contents line 'Contents |' (the section headings are not in the excerpt); cut after 'the EarthLink name based "
 "in Atlanta.', a sentence end inside the last paragraph, because the excerpt breaks off in the next sentence ('On "
 "February 4, 2000 the merger was completed, creating the second largest Internet service provider in t'; "
 "`truncated`; a cut inside a paragraph, doubtful; the completion date is in the lead). Kept as written: "
 "'MindSpring Enterprise' (singular), 'Mindspring merged' (lower-case s), 'Midtown Atlanta, Georgia', 'non-paying "
 "customers for four months and eight modems', 'Georgia Tech's Advanced Technology Development Center', 'point of "
 "presence', 'NASDAQ', 'the ISP business of Nando.net', 'PSINet retail subscribers', 'That October', '\"mom and "
 "pop\" ISPs', 'high speed cable service', 'In September MindSpring' (no comma; September 1999 by the paragraph), "
 "'On September 23, 1999 MindSpring' (no comma). 291 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 "
 "(a revision of 2011-2012, before June 2023); doubtful in that no revision id is held and the-uncensored-wiki.com's "
 "own terms were not found, as batch 38n recorded its copy. wiki.preterhuman.net's 'Higher Intellect' "
 "page (MindSpring's own history text, not Wikipedia), two Bloomberg pieces (paywalled news), MindSpring's own "
 "customer letters, a Macworld news item and an SEC prospectus were looked at and not used. MindSpring, Charles "
 "Brewer, Internet Atlanta, Inter Direct, SpryNet, PSINet, EarthLink: " + CHECKED + " (ITC Holding is named in one "
 "train text and batch 15f's scripts, an FCC transfer of 2022, another subject; Nando and Netcom match other words "
 "and other companies in many files: China Netcom, Asia Netcom, Fernando).", "US", v3=True,
 copy_of="the Wikipedia article as it stood in about January 2012, a the-uncensored-wiki.com Kiwix dump"))

# ---- internet access, UK: Plusnet (the-uncensored-wiki.com, a 2014-02 Kiwix dump) ------------------------------------
R.append(wp("wp-plusnet", "Plusnet",
 "http://the-uncensored-wiki.com:20141/2014-wikipedia_en_all_02_2014/A/html/P/l/u/s/Plusnet.html",
 "Plusnet is a British internet service provider (ISP). The company was founded in 1997 in Sheffield, South "
 "Yorkshire, and floated on the Alternative Investment Market in July 2004, making them a public limited company "
 "(Plusnet plc). On 30 January 2007 Plusnet was acquired by BT Group, but it continues to operate as a separate "
 "business. Plusnet also operates the Metronet brand in the UK, including pay as you host and just-the-name, as "
 "well as the Madasafish brands, Vodafone@home and the John Lewis Broadband (including Waitrose and Greenbee "
 "Broadband). In November 2013, it also took over Comms Factory, acquiring some 28,000 customers previously under "
 "the Yourcalls and 24 Talk brands. By December 2013, it had over 750,000 customers across the UK.\n\n"
 "Plusnet's origins go back to 1 February 1997, when Choice Peripherals, a PC computer-peripherals company launched "
 "Force9 Internet. Heavily involved in early Plusnet was founder of Choice Peripherals, Paul Cusack (Chairman), who "
 "later went on to create the hardware retailer Ebuyer, and Lee Strafford (Managing Director), who later went on to "
 "lead Plusnet through most of its development up to the sale to BT in January 2007.\n\n"
 "The first Force9 Internet products followed the dial-up Internet model popularised by Demon Internet (monthly "
 "subscription, plus the cost of local phone calls), but offered at a lower cost to subscribers (\u00a36 a month + "
 "VAT) and including more value-add features.",
 "internet access", ["history", "ownership", "deal", "leadership"],
 "The article as the-uncensored-wiki.com's copy of the Kiwix dump 2014-wikipedia_en_all_02_2014 holds it in the "
 "page store (a revision of about January 2014: 'By December 2013'; no revision id). Cut: the title and source "
 "lines ('Plusnet', 'From Wikipedia, the free encyclopedia'); the infobox ('Plusnet plc', 'Type Division of BT', "
 "industry, 'Founded 1997 (as Plusnet Technologies Ltd)', headquarters, 'Key people Jamie Ford, Chief Executive, "
 "Andy Wilson CFO, Nick Rawlings, Commercial Director', products, 'Owner(s) BT Group', website), so the three "
 "executives of 2014 are not in the text; the citation marker '[1]'; the headings 'History' and 'Origins' and the "
 "image caption 'The original Force9 webpage, from 1998'; cut after 'more value-add features.', a sentence end "
 "inside the Origins section's second paragraph, because the excerpt breaks off two sentences later ('assisted by a "
 "marketing partn'; `truncated`; a cut inside a paragraph, doubtful), so the Yorkshire Cable partnership and the "
 "later history are not in the text. Kept as written: 'internet service provider (ISP)', 'making them', 'Plusnet "
 "also operates the Metronet brand in the UK, including pay as you host and just-the-name', 'the Madasafish "
 "brands', 'Vodafone@home', 'the John Lewis Broadband (including Waitrose and Greenbee Broadband)', 'Yourcalls', "
 "'24 Talk', 'a PC computer-peripherals company launched' (no comma), '(Chairman)', '(Managing Director)', "
 "'value-add features', '\u00a36 a month + VAT'. 228 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 "
 "(a revision of about 2014, before June 2023); doubtful in that no revision id is held and the-uncensored-wiki.com's "
 "own terms were not found, as for this batch's wp-mindspring. wikiplanet.click's and owiki.org's copies (later "
 "revisions: Andy Baker as CEO, the BT Consumer division), wiki.riteme.site's copy (a 2024 rendering, reached "
 "through the redirect 'Totalise'), en-academic.com's and the-uncensored-wiki.com's 2008 copies (older, with fewer "
 "brands), a wikisum.wiki summary (sentences picked out of the article) and a realbusiness.co.uk piece were looked "
 "at and not used. Plusnet, Force9, Choice Peripherals, Lee Strafford, Ebuyer, Madasafish, Comms Factory, Greenbee, "
 "Yorkshire Cable: " + CHECKED + " (Metronet matches only the London Underground contractor of other texts; Cusack "
 "other people; Demon Internet is this batch's own wp-demon-internet; BT, Vodafone and John Lewis in many).", "UK",
 v3=True, copy_of="the Wikipedia article as it stood in about January 2014, a the-uncensored-wiki.com Kiwix dump"))

# ---- airline, Ireland: Aer Arann (an older en.wikipedia.org rendering) -----------------------------------------------
R.append(wp("wp-aer-arann", "Aer Arann", "https://en.wikipedia.org/wiki/Aer_Arann",
 "Aer Arann (styled as Aer Arann Regional) was a regional airline based in Dublin, Ireland. The airline operated "
 "scheduled services on behalf of Aer Lingus Regional. The airline had three bases in Cork, Dublin and Shannon "
 "which operated under the Aer Lingus Regional brand.\n\n"
 "On 19 March 2014, Aer Arann announced that it would be changing its corporate name to Stobart Air by the end of "
 "2014.\n\n"
 "Aer Arann was established in 1970 by James Coen and Ralph Langan to provide an island-hopping air service between "
 "Galway and the Aran Islands off the west coast of Ireland. Operations, using a single Britten-Norman Islander, "
 "began in August 1970. This service has since been moved to the less distant Connemara Airport and operates as "
 "\"Aer Arann Islands\". As of 2015 it still used Islander aircraft.\n\n"
 "The turning point for the airline was in 1994 when P\u00e1draig \u00d3 C\u00e9idigh and Eugene O'Kelly purchased "
 "the airline. \u00d3 C\u00e9idigh and O'Kelly began to expand the airline's routes and fleet, launching scheduled "
 "services in 1998. Also in 1998, the Irish government awarded the airline the Public service obligation (PSO) "
 "route between Donegal Airport and Dublin Airport followed by the PSO route between Sligo Airport and Dublin.",
 "airline", ["history", "ownership", "partnership"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Aer_Arann, an older rendering with the "
 "'Jump to navigation Jump to search' line (a revision of about 2017-2020 by its content: 'As of 2015', its former "
 "headquarters 'now the headquarters of Stobart Air', which stopped flying in June 2021; no revision id). Cut: the "
 "title lines ('Aer Arann', 'From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'); the "
 "infobox ('Fate Defunct - Purchased by Stobart Group consortium and re-branded', 'Successor Stobart Air', 'Founded "
 "1970 (Galway)', 'Defunct 19 March 2014', 'Key people' Sean Brogan (Chief Executive), Davina Pratt (Chief "
 "Operating Officer), Simon Fagan (Chief Commercial Officer), Fiachra Kirwan (Chief Financial Officer), 'Parent "
 "Everdeal Holdings Limited'), so the executives, the parent and the Stobart purchase are not in the text; the "
 "image captions ('Aer Arann's former logo, used between 2004 and 2011, ...', 'Aer Arann's former headquarters in "
 "Dublin (now the headquarters of Stobart Air)', 'An Aer Arann ATR 72 taking off from Bristol Airport', 'Aer "
 "Arann's former logo, used between 1998 and 2003'); the citation markers '[1]' and '[2]'; the History heading "
 "(absent from the excerpt, a blank line in its place); cut after 'between Sligo Airport and Dublin.', the end of "
 "the History section's second paragraph, before the next ('In 2002, service to the United K', where the excerpt "
 "breaks off; `truncated`), so the 2008 franchise with Nex Aviation and the 2010 founding of Aer Lingus Regional "
 "are not in the text. Kept as written: '(styled as Aer Arann Regional)', 'Cork, Dublin and Shannon', 'the Aer "
 "Lingus Regional brand', 'island-hopping', 'Britten-Norman Islander', 'the less distant Connemara Airport', "
 "'\"Aer Arann Islands\".' (the full stop outside the quotes), 'As of 2015', 'P\u00e1draig \u00d3 C\u00e9idigh' "
 "with its accents, 'Public service obligation (PSO)' (capitals as printed), 'Dublin Airport followed by' (no "
 "comma). 200 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June 2023); doubtful "
 "only in that no revision id is held. liquisearch.com's 'Aer Arann - History' (an older revision's History section "
 "alone: O Ceidigh buying alone, the Nex Aviation franchise, the founding of Aer Lingus Regional, its excerpt "
 "breaking off there), readbag.com's copy of the airline's own 1970-2004 booklet (not openly licensed), Irish Times, "
 "Irish Independent and ch-aviation news on \u00d3 C\u00e9idigh and Stobart and a docslib.org business case on "
 "Connemara Airport were looked at and not used. Aer Arann, James Coen, Ralph Langan, Eugene O'Kelly, Aer Arann "
 "Islands, Connemara Airport, Everdeal: " + CHECKED + " (\u00d3 C\u00e9idigh is named only in batch 17d's list of "
 "names checked; Stobart and Aer Lingus Regional in one dev file, batch 17d's Oireachtas committee hearing of 2015 on "
 "IAG's bid for Aer Lingus, another subject, not opened).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older rendering on en.wikipedia.org (about 2017-2020)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
