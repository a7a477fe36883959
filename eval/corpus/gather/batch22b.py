#!/usr/bin/env python3
"""Batch 22b (session 23, this session's out-of-sample check; helper ggov): English Wikipedia event articles (CC BY-SA)
and openly licensed public-sector releases told as news — outages with the operator named outside power grids (a city
government's servers taken down by ransomware, Baltimore, May 2019; submarine cables of FLAG Telecom and the SEA-ME-WE 4
consortium cut, January-February 2008; a telephone company routing 911 calls to a recording for months in 2013, an
FCC order), company deals and structure (Beats Electronics and its owners HTC and Apple; Motorola Mobility split from
Motorola, bought by Google and sold to Lenovo; Mojang bought by Microsoft; Liberty Latin America's purchase of AT&T's
Puerto Rico operations with a divestiture, a Justice Department release; Telefónica Deutschland's 2014 purchase of
E-Plus in a Commission item), leadership (the CMA's interim chair and his Amazon posts, a gov.uk release; the Post
Office chairman stepping down, a Commons answer repeated in the Lords) — and near-misses (two FCC orders on operators
that failed to file outage reports, no outage told).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): a senator's letter after a hospital operator's apparent ransomware attack
(near-miss, with its chairman and chief executive) and the 2006 Hengchun earthquakes' lead (submarine cables cut).
usage: batch22b.py [POOL_DIR] [--dry] [--part2]   (default /tmp/ggov-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, LICENCES, OPL_NOTICE
from wikimedia import EDITS, record
from batch18e import rec as us_rec
from batch18b import rec as uk_rec, ogl, OGL
from batch10 import EC as EC_LIC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/ggov-tmp/pool"
LIC4 = "CC BY-SA 4.0 (English Wikipedia text)"
LIC3 = "CC BY-SA 3.0 (English Wikipedia text)"
AGENCY = "US federal agency website (page store)"
EC_COPY = "European Commission daily news item, copy on a third-party site (page store)"


def wp(id, title, url, held, text, sector, topics, notes, region, v3=False, rev=None, copy_of=None):
    """An English Wikipedia article as the page store holds it at `held` (wikimedia.record); `v3` for a revision the
    text dates before Wikimedia's June 2023 move to CC BY-SA 4.0."""
    kw = {"rev": rev} if rev else {}
    if copy_of:
        kw["copy_of"] = copy_of
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region,
                  licence=LIC3 if v3 else LIC4, version="3.0" if v3 else "4.0", **kw)


def ec_att(title, date, url):
    return (f"© European Union, European Commission, press release '{title}' ({date}); reuse authorised under "
            f"CC BY 4.0; text as reproduced at {url}")


def opl(id, url, published, title, kind, text, sector, region, topics, notes, origin, truncated=True):
    """A record under the Open Parliament Licence (as batch 17e3's)."""
    att = f"{OPL_NOTICE}. {kind}, '{title}', {published}, {url}"
    return {"id": id, "source": url, "licence": LICENCES["OPL"], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = []
# ---- Wikipedia: 2019 Baltimore ransomware attack (outage) -----------------------------------------------------------
R.append(wp("wp-2019-baltimore-ransomware-attack", "2019 Baltimore ransomware attack",
            "https://en.wikipedia.org/wiki/2019_Baltimore_ransomware_attack",
            "https://search.com.vn/wiki/en/2019_Baltimore_ransomware_attack",
            "During the Baltimore ransomware attack of May 2019, the American city of Baltimore, Maryland had its "
            "servers largely compromised by a variant of ransomware called RobbinHood. Baltimore became the second U.S. "
            "city to fall victim to this new variant of ransomware after Greenville, North Carolina and was the second "
            "major US city with a population of over 500,000 people to be hacked by ransomware in two years, after "
            "Atlanta was attacked the previous year.\n\n"
            "Baltimore had been targeted by ransomware once prior to the May 2019 attack in 2018, though that attack "
            "was smaller in comparison and took down the city's emergency dispatch system for a short duration. On May "
            "2, just days before the first infection, mayor Catherine Pugh resigned amidst a corruption scandal and was "
            "ultimately convicted and sentenced to 3 years in prison. She was replaced by Jack Young.\n\n"
            "On May 7, 2019, most of Baltimore's government computer systems were infected with the aggressive "
            "ransomware variant RobbinHood. All servers, with the exception of essential services, were taken offline. "
            "In a ransom note, hackers demanded 13 bitcoin (roughly $76,280) in exchange for keys to restore access. "
            "The note stated that if the demands were not met within four days, the price would increase and within "
            "ten days the city would permanently lose all of the data.",
            "public sector IT", ["outage"],
            "The lead, 'Background' and the first paragraph of 'Attack' as a Wikipedia mirror (search.com.vn/wiki/en) "
            "holds the en.wikipedia.org page: the title line, the infobox (date, time, location, type, theme, cause, "
            "outcome), the headings and citation markers cut; cut before 'On May 25, security expert Nicole Perlroth "
            "speculated ...', whose sentence the excerpt breaks off inside. Undated rendering: recorded 4.0 as batch 19d "
            "did for undated pages (a movatter.jp proxy of the same page carries maintenance tags dated November 2025). "
            "Different event from the corpus's Baltimore 911 dispatch ransomware of March 2018 (batch 17e): RobbinHood, "
            "Jack Young, Catherine Pugh, Greenville: 0 in train/dev/test.", region="US"))
# ---- Wikipedia: 2008 submarine cable disruption (outage) ------------------------------------------------------------
R.append(wp("wp-2008-submarine-cable-disruption", "2008 submarine cable disruption",
            "https://en.wikipedia.org/wiki/2008_submarine_cable_disruption",
            "https://wikimili.com/en/2008_submarine_cable_disruption",
            "The 2008 submarine cable disruption refers to three separate incidents of major damage to submarine "
            "optical communication cables around the world. The first incident caused damage involving up to five "
            "high-speed Internet submarine communications cables in the Mediterranean Sea and Middle East from January "
            "23 to February 4, 2008, causing internet disruptions and slowdowns for users in the Middle East and India. "
            "The incident called into doubt the safety of the undersea portion of the Internet cable system.\n\n"
            "In late February, there was another outage, this time affecting a fiber optic connection between Singapore "
            "and Jakarta.\n\n"
            "On December 19, FLAG FEA, GO-1, SEA-ME-WE 3, and SEA-ME-WE 4 were all cut.\n\n"
            "Although it was not reported at the time, there was a cut off of FALCON on 23 January. The FALCON cable "
            "system connects several countries in the Persian Gulf and India.\n\n"
            "On 30 January 2008, news agencies reported Internet services were widely disrupted in the Middle East and "
            "in the Indian subcontinent following damage to the SEA-ME-WE 4 and FLAG Telecom cables in the Mediterranean "
            "Sea. The damage to the two systems occurred separately several kilometers apart near Alexandria.\n\n"
            "While the respective contributions of the two cable systems to this blackout is unclear, network outage "
            "graphs show anomalies at 0430 UTC and again at 0800 UTC. The cause of the damage to SEA-ME-WE 4 or FLAG has "
            "not been declared by either cable operator.",
            "telecommunications / internet", ["outage"],
            "The lead and the start of 'Cables damaged' ('23 January', '30 January') as wikimili.com (a Wikipedia "
            "mirror) holds the en.wikipedia.org page: 'Last updated', the map caption list ('1. 23 Jan - FALCON cable "
            "near Bandar Abbas, Iran ...'), 'Contents', the headings and citation markers cut; cut before 'A number of "
            "source[s] ...', whose sentence the excerpt breaks off inside. Undated rendering: recorded 4.0. New to the "
            "corpus (FLAG Telecom, SEA-ME-WE, FALCON: 0 in train/dev/test).", region="non-US"))
# ---- FCC: Hinton Telephone's 911 calls routed to a recording (outage) -----------------------------------------------
R.append(us_rec("us-fcc-hinton-telephone-911-calls-notice-apparent-liability-2014",
 "https://docs.fcc.gov/public/attachments/DA-14-1070A1.txt", "2014-08-04",
 "The Hinton Telephone Company of Hinton, Oklahoma, Inc., d/b/a Hinton Telephone Company — Notice of Apparent Liability for Forfeiture",
 "Federal Communications Commission, Enforcement Bureau, Notice of Apparent Liability for Forfeiture (DA 14-1070)",
 "911 is the single most critical tool for citizen emergency communications. The American public universally relies "
 "upon 911 in a time of crisis. When there is an emergency, citizens can, should, and do trust that when they call 911, "
 "someone will answer the phone. The Hinton Telephone Company of Hinton, Oklahoma, Inc. (Hinton) undermined that trust "
 "and betrayed its customers when for several months in 2013 it apparently routed 911 calls from Caddo County, "
 "Oklahoma, to an automated AT&T operator message which instructed callers to “hang up and dial 911” if their call is "
 "an emergency. That trust was further betrayed when Hinton allegedly continued to allow 911 calls to be routed to the "
 "automated message for three months after the company discovered the problem. The company returned the system to "
 "functionality only after being contacted by FCC investigators and directed to do so. This is manifestly "
 "unacceptable. This betrayal is particularly egregious and dangerous for a rural community like Caddo County, "
 "Oklahoma, whose residents may be far from help and most in need of reliable and efficient emergency communications. "
 "The Commission’s 911 rules are intended to ensure that emergency calls are routed properly and always result in "
 "contact with public safety personnel. Hinton apparently failed to use reasonable judgment in routing its Caddo "
 "County customers’ 911 calls, willfully and repeatedly violating our rules, and created a significant threat to the "
 "life and property of the residents of Caddo County, Oklahoma.",
 "telecommunications / 911", "outage,regulatory",
 "The introduction (paragraph 1) of the Enforcement Bureau's Notice of Apparent Liability as the FCC's own text "
 "rendering (docs.fcc.gov) holds it: the caption block (commission name, file, NAL/account and FRN numbers, the "
 "'Adopted: August 4, 2014 Released: August 4, 2014' line, kept as `published`, 'By the Acting Chief, Enforcement "
 "Bureau:' and the heading 'I. INTRODUCTION') and the paragraph number left out; cut at the end of the paragraph's "
 "last full sentence (the excerpt breaks off in the next). Batch 18a had left the Hinton order out as 'no day, a "
 "third-party copy'; this is the FCC's own copy, and the outage is dated by its year ('for several months in 2013'). "
 "Hinton Telephone, Caddo County: 0 in train/dev/test.",
 AGENCY))
# ---- FCC: Time Warner Cable's outage-reporting order (near-miss) ----------------------------------------------------
R.append(us_rec("us-fcc-time-warner-cable-network-outage-reporting-order-2014",
 "https://docs.fcc.gov/public/attachments/DA-14-1126A1.txt", "2014-08-25",
 "Time Warner Cable Inc. — Order (network outage reporting)",
 "Federal Communications Commission, Enforcement Bureau, Order (DA 14-1126)",
 "The Enforcement Bureau (Bureau) of the Federal Communications Commission (Commission) has resolved its investigation "
 "into whether Time Warner Cable, Inc. (TWC) complied with the Commission’s network outage reporting requirements. "
 "Under these rules, communications providers must report certain disruptions to their networks. The Commission has "
 "determined that prompt access to accurate information regarding the operation and security of crucial segments of "
 "the national telecommunications infrastructure would enable it to prevent disruptions in service that could "
 "threaten homeland security, public health and safety, as well as our nation's economic well-being, and would "
 "facilitate alternative means of communicating. Depending upon the nature of the network outage, communications "
 "providers must file certain reports with the Commission within defined timeframes. By requiring communications "
 "providers to report certain disruptions to their networks, these rules provide the Commission with the means to "
 "quickly analyze communications vulnerabilities and share aggregate information with industry to help prevent future "
 "outages and preserve network integrity. Here, TWC failed to file a substantial number of reports with respect to a "
 "series of reportable wireline and Voice over Internet Protocol network outages. TWC admits that its failure to "
 "timely file the required network outage reports violated the Commission’s rules. To resolve the investigation, TWC "
 "will pay a civil penalty of $1.1 million and implement a three-year compliance plan to ensure future compliance with "
 "the Commission’s network outage reporting rules.",
 "telecommunications / cable", "regulatory,near-miss",
 "Paragraph 1 of the Enforcement Bureau's order adopting a consent decree, as the FCC's own text rendering "
 "(docs.fcc.gov) holds it: the caption block (file, account and FRN numbers, the 'Adopted: August 25, 2014 Released: "
 "August 25, 2014' line, kept as `published`, 'By the Acting Chief, Enforcement Bureau:') and the paragraph number "
 "left out; cut before paragraph 2, where the excerpt breaks off. Near-miss: a 'series of reportable ... network "
 "outages' is named only as a class (no outage, day or place told); the order is about reports not filed. Time "
 "Warner Cable: 0 in train/dev/test.",
 AGENCY))
# ---- FCC: Level 3's outage-reporting order (near-miss) --------------------------------------------------------------
R.append(us_rec("us-fcc-level-3-network-outage-reporting-consent-decree-order-2012",
 "https://transition.fcc.gov/eb/Orders/2012/DA-12-902A1.html", "2012-06-14",
 "Level 3 Communications, LLC — Order (network outage reporting)",
 "Federal Communications Commission, Enforcement Bureau, Order (DA 12-902)",
 "In this Order, we adopt the attached Consent Decree entered into between the Enforcement Bureau (Bureau) of the "
 "Federal Communications Commission and Level 3 Communications, LLC (Level 3). The Consent Decree resolves and "
 "terminates the Bureau's investigation into Level 3's compliance with Section 4.9 of the Commission's rules (Rules) "
 "pertaining to the reporting of network outages.\n\n"
 "The Bureau and Level 3 have negotiated a Consent Decree that resolves this matter. A copy of the Consent Decree is "
 "attached hereto and incorporated herein by reference.\n\n"
 "After reviewing the terms of the Consent Decree and evaluating the facts before us, we find that the public "
 "interest would be served by adopting the Consent Decree and terminating the investigation.",
 "telecommunications", "regulatory,near-miss",
 "Paragraphs 1-3 of the Enforcement Bureau's order as the FCC's HTML rendering (transition.fcc.gov) holds it: the "
 "converter notice ('Click here for Adobe Acrobat version ... This document was converted from Microsoft Word ...'), "
 "the caption block (file, account and FRN numbers, 'ORDER', the 'Adopted: June 14, 2012 Released: June 14, 2012' "
 "line, kept as `published`, 'By the Chief, Enforcement Bureau:') and the paragraph numbers left out; cut before "
 "paragraph 4, which the excerpt breaks off inside. Near-miss: an order on outage reporting with no outage told. "
 "Level 3: 0 in train/dev/test by name ('Level 3 Communications').",
 AGENCY, truncated=True))
# ---- Wikipedia: Beats Electronics (deal) -----------------------------------------------------------------------------
R.append(wp("wp-beats-electronics", "Beats Electronics", "https://en.wikipedia.org/wiki/Beats_Electronics",
            "https://owiki.org/wiki/Beats_Electronics",
            "Beats Electronics, LLC is an American consumer audio products and accessories manufacturer headquartered in "
            "Culver City, California. The company was founded in 2006 by the music producer Dr. Dre and the co-founder "
            "of Interscope Records and former CEO of Interscope Geffen A&M, Jimmy Iovine. Beats was acquired by Apple "
            "Inc. in 2014.\n\n"
            "Beats' product line is primarily focused on headphones, speakers, and accessories. The company's original "
            "product line was manufactured in partnership with the AV equipment company Monster Cable Products. "
            "Following the end of its contract with the company, Beats took further development of its products "
            "in-house. In 2014, the company expanded into the online music market with the launch of a "
            "subscription-based streaming service, Beats Music.\n\n"
            "In 2011, NPD Group reported that Beats' market share was 64% in the U.S. for headphones priced higher than "
            "$100, and the brand was valued at $1billion in September 2013.\n\n"
            "For a period, the company was majority-owned by the Taiwanese electronics company HTC. The company reduced "
            "its stake to 25% in 2012, and sold its remaining stake back to the company in 2013. Concurrently, the "
            "Carlyle Group replaced HTC as a minority shareholder, alongside Dr. Dre and Iovine in late 2013. In May "
            "2014, Apple announced it would acquire Beats for $3 billion in a cash and stock deal, the largest "
            "acquisition in Apple's history.",
            "consumer electronics / music", ["deal", "relations"],
            "The lead as a Wikipedia mirror (owiki.org) holds the en.wikipedia.org page: the title line cut; cut before "
            "the 'History' section (its first paragraph, on Iovine's reasons, is background and the excerpt breaks off "
            "in the next). The article's own '$1billion' kept. Undated rendering: recorded 4.0. New to the corpus "
            "(Beats, Iovine, Monster Cable, Carlyle, HTC: 0 in train/dev/test).", region="US"))
# ---- Wikipedia: Motorola Mobility (deal) -----------------------------------------------------------------------------
R.append(wp("wp-motorola-mobility", "Motorola Mobility", "https://en.wikipedia.org/wiki/Motorola_Mobility",
            "http://piglix.com/piglix/Motorola_Mobile_Devices",
            "Motorola Mobility is an American consumer electronics and telecommunications company founded in 2011 as the "
            "result of a split by Motorola, formerly owned by Google and now by Lenovo, and based in Chicago, Illinois. "
            "From the split, Motorola Mobility took on the company's consumer-oriented product lines, including its "
            "mobile phone business and its cable modems and set-top boxes for digital cable and satellite television "
            "services, while Motorola Solutions retained the company's enterprise-oriented product lines.\n\n"
            "The company primarily manufactures smartphones and other mobile devices running the Android operating "
            "system developed by Google. In August 2011, only several months after the split, Google acquired Motorola "
            "Mobility for US$12.5 billion. Google's stated intent for the purchase was to gain control of Motorola "
            "Mobility's portfolio of patents, so it could adequately protect other Android vendors from lawsuits. The "
            "deal closed in May 2012, after which it also sold its cable modem and set-top box business to Arris Group. "
            "Under Google ownership, Motorola Mobility increased its focus on the entry-level smartphone market, "
            "introduced one of the first Android Wear smartwatches, and also began development on Project Ara, a "
            "platform for modular smartphones with interchangeable components.\n\n"
            "Google's ownership of the company would be short-lived, as it announced in January 2014 that it would sell "
            "most of Motorola Mobility to Chinese technology company Lenovo for $2.91 billion. The sale, which excluded "
            "all but 2,000 of Motorola's patents and ATAP, its team-based division who worked on Ara, was completed on "
            "October 30, 2014.",
            "telecommunications / consumer electronics", ["deal", "relations"],
            "The lead as piglix.com (a Wikipedia mirror, page name 'Motorola Mobile Devices') holds the en.wikipedia.org "
            "article 'Motorola Mobility': the infobox lines (type 'Subsidiary', industry, predecessor, founded, "
            "headquarters, employees '78000 (Q3 2014)', 'Parent Google (2011–2014) Lenovo (2014–present)', website) "
            "cut; cut before 'Lenovo d[isclosed] ...', whose sentence the excerpt breaks off inside. A 2015-2016 "
            "revision by its content (employees as of Q3 2014; no later event): recorded 3.0. Motorola Mobility, "
            "Motorola Solutions, Arris Group, Project Ara: 0 in train/dev/test (Lenovo is in the corpus for other "
            "deals; its 2014 purchase of Motorola Mobility is not).", region="US", v3=True,
            rev="revision not recorded by the page store (a 2015-2016 revision by its content)"))
# ---- Wikipedia: Mojang (deal; the lead as an old revision) -----------------------------------------------------------
R.append(wp("wp-mojang", "Mojang", "https://en.wikipedia.org/wiki/Mojang_Studios",
            "https://www.opiwiki.com/vote/205005/Mojang-rating-as-video-game-developer",
            "Mojang AB is a Swedish video game developer founded in May 2009 under the name Mojang Specifications by "
            "game programmer Markus Persson, best known for creating the popular independent game Minecraft, a sandbox "
            "game. It is currently developing the game Scrolls, whilst continuing to maintain and update Minecraft. "
            "Mojang's company headquarters is in Stockholm. On September 15, 2014, Microsoft announced its acquisition "
            "of Mojang for a sum of $2.5 billion. The acquisition was completed on November 9, 2014.",
            "video games", ["deal", "relations"],
            "The lead of the article (then titled 'Mojang', now 'Mojang Studios') as a rating site (opiwiki.com) quotes "
            "it ('More:' link left out): a late-2014 revision by its content (the acquisition completed; 'currently "
            "developing the game Scrolls'): recorded 3.0. Not truncated inside the lead. Mojang, Markus Persson, "
            "Minecraft: 0 in train/dev/test.", region="non-US", v3=True,
            rev="revision not recorded by the page store (a late-2014 revision by its content)",
            copy_of="the lead of the Wikipedia article"))
# ---- DOJ: Liberty Latin America and AT&T's Puerto Rico operations (deal) ---------------------------------------------
R.append(us_rec("us-doj-liberty-latin-america-att-puerto-rico-divestiture-2020",
 "https://www.justice.gov/opa/pr/justice-department-requires-divestiture-order-liberty-latin-america-acquire-atts",
 "2020-10-23",
 "Justice Department Requires Divestiture In Order For Liberty Latin America To Acquire AT&T's Telecommunications Operations In Puerto Rico And The U.S. Virgin Islands",
 "U.S. Department of Justice, Office of Public Affairs, press release",
 "The Department of Justice announced today that it is requiring Liberty Latin America Ltd. (Liberty), its "
 "subsidiary, Liberty Communications of Puerto Rico LLC (LCPR), and AT&T Inc. (AT&T) to divest certain fiber-based "
 "telecommunications assets and customer accounts in Puerto Rico, in order for Liberty to proceed with its proposed "
 "acquisition of AT&T’s wireline and wireless telecommunications operations in Puerto Rico and the U.S. Virgin "
 "Islands.  The department has approved WorldNet Telecommunications, Inc. (WorldNet) as the acquirer.\n\n"
 "The Justice Department’s Antitrust Division filed a civil antitrust lawsuit today in the U.S. District Court for the "
 "District of Columbia to block the proposed merger.  At the same time, the department filed a proposed settlement "
 "that, if approved by the court, would resolve the competitive harm alleged in the department’s complaint.\n\n"
 "“The merger, as originally structured, would have eliminated competition for critical fiber-optic-based "
 "telecommunications services that businesses in Puerto Rico rely on every day,” said Assistant Attorney General "
 "Makan Delrahim of the Justice Department’s Antitrust Division.  “Today’s settlement will ensure that businesses "
 "throughout Puerto Rico continue to benefit from vigorous competition in the provision of these services.”\n\n"
 "According to the department’s complaint, Liberty and AT&T are two of the three largest wireline telecommunications "
 "providers in Puerto Rico and own two of the three most extensive fiber-based network infrastructures on the island.",
 "telecommunications", "deal,regulatory",
 "The Justice Department's press release as the page store holds it behind a GovDelivery tracking link (lnks.gd) "
 "that opens the justice.gov page (the address recorded as `source` is the one the link encodes): the page chrome "
 "('Skip to main content', 'Press Release', 'For Immediate Release', 'Office of Public Affairs'), the heading (kept "
 "as title) and the sub-heading 'Divestiture Will Preserve Competition for Fiber-Based Telecommunications Services "
 "for Enterprise Customers in Puerto Rico' left out; the release's double spaces after full stops kept. No date line "
 "in the excerpt: `published` 23 October 2020, the day the Federal Register notice (85 FR 73070) says the complaint "
 "was filed ('filed a civil antitrust lawsuit today'). Cut before 'Liberty and AT&T each use their extensive network "
 "infras[tructure] ...', where the excerpt breaks off. Liberty Latin America, WorldNet: 0 in train/dev/test.",
 AGENCY))
# ---- EC: Telefónica Deutschland and E-Plus (deal) -------------------------------------------------------------------
t = "Mergers: Commission alleges Telefónica breached commitments given to secure clearance of E-Plus acquisition"
u = "http://newsandsociety.net/eapo/?p=78915"
R.append(uk_rec("ec-telefonica-deutschland-e-plus-commitments-statement-of-objections-2019", u, "2019-02-22", t, EC_LIC,
 ec_att(t, "22 February 2019", u),
 "The European Commission has sent a Statement of Objections to Telefónica Deutschland alleging the company breached "
 "commitments it offered to secure the Commission’s approval under the EU Merger Regulation of its acquisition of "
 "E-Plus in 2014.",
 "telecommunications", "EU", "deal,regulatory",
 "The Commission's press release summary as a news-aggregation blog reproduces it ('European Commission – Press "
 "release Brussels, 22 February 2019', kept as `published`; the blog's 'Source: Comunicati Stampa EU' line left out; "
 "the heading kept as title): the lead sentence only, which is all the copy holds (`truncated`). Telefónica "
 "Deutschland, E-Plus: 0 in train/dev/test.",
 EC_COPY))
# ---- gov.uk: Doug Gurr interim chair of the CMA (leadership) --------------------------------------------------------
t = "Former Amazon boss named interim Chair of CMA"
u = "https://www.wired-gov.net/wg/news.nsf/articles/former+amazon+boss+named+interim+chair+of+cma+22012025102000?open"
R.append(uk_rec("uk-gov-doug-gurr-interim-chair-competition-and-markets-authority-2025", u, "2025-01-22", t, OGL,
 ogl("Department for Business and Trade", t, "22 January 2025", u),
 "Doug Gurr will lead the CMA on its mission to support growth for the UK\n\n"
 "In a bid to boost growth and support the economy, Doug Gurr was yesterday [21st January 2025] appointed as interim "
 "Chair of the Competition and Markets Authority (CMA).\n\n"
 "Doug, currently the Director of the Natural History Museum, will bring a wealth of experience in the technology "
 "sector as the former Country Manager of Amazon UK and President of Amazon China.\n\n"
 "It comes off the back of a meeting of the country’s leading regulators with the Business Secretary and the "
 "Chancellor, who were asked to tear down the barriers hindering business and refocus their efforts on promoting "
 "growth.\n\n"
 "In the coming weeks, the Department for Business and Trade will set out the process for recruiting a new permanent "
 "Chair of the CMA.\n\n"
 "Secretary of State for Business and Trade, Jonathan Reynolds said:\n\n"
 "The CMA plays a vital role in supporting consumers across the UK, and I want to thank Marcus Bokkerink for his "
 "leadership of the Board since 2022. I’m pleased to welcome Doug as interim Chair who will oversee the CMA while we "
 "recruit for a permanent position, supporting the leadership of CEO Sarah Cardell. This Government has a clear Plan "
 "for Change - to boost growth for businesses and communities across the UK. As we’ve set out, we want to see "
 "regulators including the CMA supercharging the economy with pro-business decisions that will drive prosperity and "
 "growth, putting more money in people’s pockets. Doug Gurr said: I am honoured to be asked to Chair the CMA at this "
 "crucial time. I look forward to working with the strong leadership team to help deliver business investment and "
 "economic growth in a framework of effective competition and consumer protection.\n\n"
 "As set out in the Industrial Strategy Green Paper, the Government will shortly be consulting on a new "
 "growth-focused Strategic Steer to the CMA.",
 "government / competition regulation", "UK", "leadership",
 "The Department for Business and Trade press release as the government-news aggregator wired-gov.net reproduces it "
 "(Open Government Licence v3.0, as batch 18b's Department for Transport item): the heading kept as title, the "
 "aggregator's date line ('2025-01-22', also in the item's address) kept as `published`; the aggregator's "
 "'yesterday [21st January 2025]' kept as it stands (the host's rendering of the release's 'today'). Cut before "
 "'The Pr[...]', where the excerpt breaks off. Doug Gurr, Marcus Bokkerink, Sarah Cardell: 0 in train/dev/test (the "
 "CMA itself is in the corpus: batch 21c's Andrew Tyrie text, a different appointment).",
 "UK government press release via wired-gov.net (search tool page store)"))
# ---- Hansard (Lords): Post Office chairman steps down (leadership) ---------------------------------------------------
R.append(opl("hansard-lords-post-office-ltd-chairman-henry-staunton-steps-down-2024",
 "https://hansard.parliament.uk/Lords/2024-01-30/debates/CC405CCC-1EB3-4D56-A4D4-7232E56FF85C/PostOfficeLtd",
 "2024-01-30", "Post Office Ltd", "House of Lords, Commons Urgent Question repeated (Hansard)",
 "The following Answer to an Urgent Question was given in the House of Commons on Monday 29 January.\n\n"
 "“Following a conversation with the Secretary of State for Business and Trade over the weekend, Henry Staunton agreed "
 "to step down as chairman of the Post Office. An interim chair will be appointed shortly, and a recruitment process "
 "for a new chair will be launched in due course, in accordance with the governance code for public appointments. I "
 "will update the House when we have further details.\n\n"
 "The current chairmanship was not proving effective, and we had a difficult decision: change course, or wait and hope "
 "that it improves. Given the challenging context for the Post Office and the importance of the role of chair, the "
 "Business Secretary took decisive action. I understand that Members would like more details around the decision, "
 "especially considering that the Post Office is rightly under heightened scrutiny at this time. I can confirm that "
 "there were issues beyond the handling of the Horizon scandal, but as honourable Members would expect, I am not able "
 "to comment on the specifics of individual human resources cases.\n\n"
 "As the Business Secretary has said, Post Office governance is a priority for the Government. The Post Office is a "
 "public corporation; as such, the Post Office board has responsibility for the strategic direction of the company. "
 "While there was a clear need for new leadership of the board, we continue to have confidence in the other board "
 "members, who are experienced executives with a range of business expertise across the legal, financial, insurance, "
 "asset management and pensions sectors; there are two elected postmaster non- executive directors, too.",
 "postal services / public corporation", "UK", "leadership",
 "The House of Lords Hansard page for 30 January 2024 (kept as `published`): 'Skip to main content', the heading "
 "(kept as title), 'Volume 835: debated on Tuesday 30 January 2024' and 'Commons Urgent Question' left out; cut "
 "before '... as well as to continue', where the excerpt breaks off (the quotation is left open as the excerpt "
 "leaves it). The page's 'non- executive' kept. Henry Staunton: 0 in train/dev/test (the Post Office is in the "
 "corpus for Horizon texts; this chairman's departure is not).",
 "UK Parliament, Hansard (House of Lords) (search tool page store)"))


# ==== Part 2 (added after part 1 was committed and first-looked; its own split cycle over its two sorted ids) ========
R2 = []
# ---- US Senate: a senator's letter after a hospital operator's apparent ransomware attack (near-miss) ---------------
R2.append(us_rec("us-senate-warner-letter-united-health-services-ransomware-attack-2020",
 "https://www.warner.senate.gov/public/index.cfm/mobile/pressreleases?ID=70850DD7-7322-4978-B86A-6902FAB81B99",
 "2020-10-09", "Press Releases",
 "Office of U.S. Senator Mark R. Warner, press release",
 "WASHINGTON – U.S. Sen. Mark R. Warner (D-VA), former technology entrepreneur and Vice Chairman of the Senate "
 "Intelligence Committee, today expressed grave concerns regarding the cybersecurity measures in place at one of the "
 "nation’s largest medical facility operators, which recently fell victim to an apparent ransomware attack. In a letter "
 "to United Health Services (UHS), Sen. Warner posed a series of questions for Chairman and Chief Executive Officer "
 "Alan B. Miller regarding the ransomware attack and stressed the need for UHS and other clinical providers to ensure "
 "that all information, medical, and critical systems are sufficiently protected.\n\n"
 "“As UHS has expanded over four decades to encompass 250 medical facilities across the U.S., including twelve "
 "facilities in Virginia, effective clinical environment cybersecurity cannot be a casualty to value-based care cost "
 "savings and economies of scale. Indeed, hospital systems have frequently suggested to competition authorities that "
 "greater consolidation will allow for greater operational efficiencies; yet this does not appear to be the case when "
 "it pertains to something as vital as information security,” wrote Sen. Warner. “An increasing number of medical "
 "facilities sharing connected information systems and computer networks requires adequate protection for a "
 "significantly larger attack surface. Any failure to protect this considerable attack surface with appropriately "
 "segmented networks and data provides opportunities for lateral movement across disparate systems. An unmitigated "
 "breach in one facility can cripple systems at hundreds of medical facilities, risking patient care throughout a large "
 "provider network while healthcare delivery remains strained by a pandemic.”",
 "health care / IT security", "near-miss,leadership",
 "The senator's press release as his Senate website's mobile page holds it: the page heading 'Press Releases' kept as title "
 "(the release's own headline is not in the excerpt); cut before the "
 "next paragraph ('With the full resources of a Fortune 500 company ...'), which the excerpt breaks off inside. No date "
 "line in the excerpt: `published` 9 October 2020, the date news reports give the letter ('a recent letter, dated Oct. "
 "9', bhbusiness.com; 'on Friday', The Hill's copy), read as the release's 'today'. The release spells the company "
 "'United Health Services' (the hospital operator news copies call Universal Health Services); kept as written. "
 "Near-miss: 'fell victim to an apparent ransomware attack' tells no service lost, and the crippled systems are a "
 "hypothesis ('can cripple'). United Health Services, Universal Health Services, Alan B. Miller: 0 in "
 "train/dev/test.",
 "US Senate member's website (page store)"))
# ---- Wikipedia: 2006 Hengchun earthquakes (the lead: cables cut, telecommunications disrupted) ----------------------
R2.append(wp("wp-2006-hengchun-earthquakes", "2006 Hengchun earthquakes",
             "https://en.wikipedia.org/wiki/2006_Hengchun_earthquakes",
             "https://en.wikipedia.org/wiki/2006_Hengchun_earthquakes",
             "The 2006 Hengchun earthquakes occurred on December 26 at 20:26 and 20:34 local time off the southwest coast "
             "of Taiwan in the Luzon Strait, which connects the South China Sea with the Philippine Sea. The International "
             "Seismological Centre measured the shocks at 7.0 and 6.9 on the moment magnitude scale. The earthquakes not "
             "only caused casualties and building damage, but several submarine communications cables were cut, "
             "disrupting telecommunication services in various parts of Asia.",
             "telecommunications / natural disaster", ["outage"],
             "The lead as the page store holds the en.wikipedia.org page: the title line and the infobox lines "
             "(timestamp, depth, affected, tsunami, aftershocks, casualties) cut; the sections after the lead ('Tectonic "
             "setting', 'Earthquake sequence': geology) left out (`truncated`). Undated rendering: recorded 4.0. An "
             "outage with no operator named (the cable owners are not in the lead); the news copies naming Chunghwa "
             "Telecom, PCCW and China Telecom were left out (copyrighted). Hengchun, Luzon Strait, Chunghwa: 0 in "
             "train/dev/test.", region="non-US"))


if __name__ == "__main__":
    two = "--part2" in sys.argv
    write_all(R2 if two else R, POOL, dry="--dry" in sys.argv)
