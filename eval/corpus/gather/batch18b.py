#!/usr/bin/env python3
"""Batch 18b: companies, their relations and their executives told news-style — a carmaker and its transmission
supplier's new plant (JATCO, Nissan), two fire-engine makers supplying Iraq's civil defence with an export-credit loan
(Emergency One, Angloco), a potash miner's export order insured after its parent's credit limit was cut (Cleveland
Potash, Israel Chemicals, Fertipar), a Japanese IT group's chief executive and its UK company's director in
a joint statement (Fujitsu), the 2001 bidders for a rail franchise and the train companies they owned (Stagecoach,
National Express, First Group, Connex, SBB Laing), an SEC release naming a regional center and its CEO (CMB Export) —
and near-misses: a US investor's stadium investment with a minister and no relation (Knighthead), a nuclear plant's
co-investors (Sizewell C), an export-credit agency's chief executive on prospective defence orders (UKEF, MBDA UK).
Openly licensed public texts: UK government press releases (Open Government Licence v3.0; as ukpol.co.uk and
wired-gov.net reproduce them, and gov.uk itself) and a US federal release (public domain). Every text is the search
tool's page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends at the last full sentence
kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch18b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
OGL = "Open Government Licence v3.0"
PD = "public domain (US federal government work)"


def ogl(dept, title, date, url):
    on = f" ({date})" if date else ""
    return (f"{dept}, '{title}'{on}, Crown copyright, contains public sector information licensed under the Open "
            f"Government Licence v3.0; text as reproduced at {url}")


def rec(id, url, published, title, lic, att, text, sector, region, topics, notes, origin, truncated=True):
    return {"id": id, "source": url, "licence": lic, "attribution": att, "published": published, "title": title,
            "text": text, "sector": sector, "region": region, "topics": topics.split(","), "origin": origin,
            "notes": notes, "truncated": truncated}


UKPOL = "UK government press release via ukpol.co.uk (search tool page store)"
UKPOL_NOTE = ("The press release as ukpol.co.uk reproduces it on a tag or category listing page (gov.uk content is "
              "under the Open Government Licence v3.0); the site's tag heading, the repeated 'PRESS RELEASE : ...' "
              "heading (kept as title) and the 'The press release issued by ... on ...' line (kept as `published`) "
              "left out; list bullets ('•') left out, each bullet kept as its own paragraph; paragraph breaks "
              "doubled (whitespace only). ")
R = []
# ---- 1 JATCO / Nissan ----------------------------------------------------------------------------------------------
u = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/12"
t = "Massive boost for UK motor industry as £50 million investment deal secured"
R.append(rec("gov-uk-dbt-jatco-nissan-sunderland-powertrain-plant-investment-2025", u, "2025-01-16", t, OGL,
 ogl("Department for Business and Trade", t, "16 January 2025", u),
 "£50 million investment deal between JATCO, Nissan and the UK government secured to build a new manufacturing site in Sunderland.\n\n"
 "£50m investment deal secured between JATCO, Nissan and UK government to build new manufacturing site in Sunderland.\n\n"
 "Site will be JATCO’s first UK and European plant and is set to create and support hundreds of jobs in the North East.\n\n"
 "Announcement is the latest in a series of job-boosting investments to deliver growth as part of the Plan for Change, including £14 billion in AI investment and £4 billion from Malaysian company YTL creating 30,000 jobs.\n\n"
 "Car manufacturing giant Nissan, and the Japan Automatic Transmission Company (JATCO) have secured a £50 million investment deal in partnership with the government to create a new manufacturing plant in Sunderland.\n\n"
 "The new site will help create 183 new high-value jobs in the region and support over 400 in the wider supply chain. It will also establish JATCO’s first and only European plant and will produce 3-in-1 electric vehicle powertrains for Nissan’s neighbouring Sunderland plant.\n\n"
 "Nissan is one of the largest UK-based vehicle manufacturers, employing around 6000 people across its Sunderland facilities, and today’s announcement builds on their £2 billion investment in the region in 2023 to build electric vehicles.\n\n"
 "From 2026, JATCO aim to produce 340,000 electric powertrains (the equivalent of an engine for electric vehicles) per year to supply new generations of Nissan electric vehicles.",
 "automotive/manufacturing", "non-US", "deal,partnership",
 UKPOL_NOTE + "Cut before the sentence the excerpt cuts off ('With the UK already being the largest EV market in Europe, ...'). JATCO's Sunderland plant is new to the corpus.", UKPOL))
# ---- 2 Emergency One / Angloco -------------------------------------------------------------------------------------
t = "UK fire engines chosen to modernise Iraq fleet"
R.append(rec("gov-uk-dbt-emergency-one-angloco-fire-engines-iraq-ukef-2025", u, "2025-01-31", t, OGL,
 ogl("Department for Business and Trade", t, "31 January 2025", u),
 "Iraq’s Ministry of Interior to purchase over 60 British-made vehicles.\n\n"
 "Exports minister announces that key UK export deal will help Iraq fight fires.\n\n"
 "UK will provide vital support to Iraq through the provision of fire engines, with biggest overhaul of Iraqi fleet this century being financed by a UK Export Finance loan.\n\n"
 "Independent businesses in Yorkshire and Ayrshire are to supply these vehicles for use across Iraq.\n\n"
 "Two British businesses are delivering one of Iraq’s biggest-ever investments into its emergency services thanks to a c. $31 million loan from UK Export Finance (UKEF), the government’s export credit agency.\n\n"
 "The loan allows Iraq’s Ministry of Interior to purchase 62 British-made fire-fighting vehicles each capable of carrying up to 6,500 litres of water and 500 litres of foam.\n\n"
 "Promoting investment into local businesses and employers, the partnership supports this government’s Plan for Change to boost economic growth across all regions.\n\n"
 "Ayrshire-headquartered Emergency One and Batley-based Angloco have been selected to supply vehicles for Iraq’s Civil Defence Directorate.\n\n"
 "Emergency One, the UK’s leading manufacturer of fire and rescue vehicles, supplies over 90% of the UK’s fire and rescue services and continues to grow its international presence. Angloco, a well-established SME, exports to over 70 countries worldwide. Both companies bring significant expertise and innovation to this contract, further strengthening their impact in the Gulf region.",
 "manufacturing/fire and rescue vehicles; export finance", "non-US", "deal,supply",
 UKPOL_NOTE + "The second release on the same listing page. Cut before the sentence the excerpt cuts off ('Frequent outbreak of fires in Iraq, ...').", UKPOL))
# ---- 3 Knighthead (near-miss) --------------------------------------------------------------------------------------
u3 = "https://www.ukpol.co.uk/tag/press-release/page/223"
t = "Birmingham scores transformative investment into new Sports Quarter"
R.append(rec("gov-uk-dbt-knighthead-birmingham-sports-quarter-investment-2025", u3, "2025-02-05", t, OGL,
 ogl("Department for Business and Trade", t, "5 February 2025", u3),
 "US company Knighthead have invested £100m to build new Sports Quarter in East Birmingham.\n\n"
 "Following on from the Chancellors plans to go ‘further, faster on growth’ US company Knighthead has invested £100m in regeneration project in East Birmingham.\n\n"
 "The Sports Quarter project will include a 60,000-seat stadium, sporting facilities and commercial and residential spaces, creating 8,400 new jobs and driving further investment.\n\n"
 "Announcement is the latest in a series of job-boosting investments across the country showing the Plan for Change is working.\n\n"
 "US company Knighthead has invested £100 million into East Birmingham, showing how the Government’s Plan for Change is boosting jobs and opportunities in the West Midlands.\n\n"
 "The new site is estimated to create 8,400 new jobs annually in Birmingham while also supporting the wider city and West Midlands. The investment will pave the way for a new 60,000-seater stadium alongside a sports campus of training facilities, a new academy, and community pitches. Beyond sport, the campus plans also include leisure, commercial, and residential development.\n\n"
 "Business Secretary Jonathan Reynolds will visit the site and learn about how the new Sports Quarter and surrounding area is projected to provide £370 million in growth each year.\n\n"
 "Securing investment is central to the government’s mission to deliver economic growth which will create jobs, improve living standards, and make communities and families across the country better off as part of our Plan for Change.",
 "investment/property and sport", "non-US", "investment",
 UKPOL_NOTE + "Near-miss: an investment in a project, no acquisition, owner or partner named; a minister with no country named on its own. The page's own wording kept ('Knighthead have invested', 'the Chancellors plans'). Cut before 'Business and Trade Secretary Jonathan Reynolds said:', whose quotation the excerpt cuts off.", UKPOL))
# ---- 4 Cleveland Potash ---------------------------------------------------------------------------------------------
u4 = "http://www.wired-gov.net/wg/wg-news-1.nsf/0/2DAD8B15F91FC2798025763A0055019A?OpenDocument"
t = "ECDG and UKTI deliver the goods for Cleveland mine"
R.append(rec("gov-uk-ecgd-ukti-cleveland-potash-boulby-mine-export-order", u4, None, t, OGL,
 ogl("Export Credits Guarantee Department (UK Export Finance), news item", t, None, u4),
 "All 1,000 workers at a potash mine in the North York Moors National Park will be working hard this autumn, after ECGD and UK Trade &Investment (UKTI) joined forces to help their company secure a major export order.\n\n"
 "Cleveland Potash Ltd (CPL) feared it may have to make some tough cost-cutting choices at its Boulby Mine if the company failed to secure insurance to enable it to fulfil a US$14.4m order with Brazilian fertiliser conglomerate, Fertipar. This deal looked to be hanging in the balance after CPL's parent company, Israel Chemicals Limited, had its group credit insurance limit reduced at the height of the credit crunch. This would not only have had implications for the 1,000-strong workforce at CPL but an additional 4,000 people in its supply chain.\n\n"
 "CPL sought advice from its UKTI international trade advisor, Keith Stockdale who has been working with CPL over a number of years, helping them identify contacts and supporting them in new markets. He approached ECGD, the UK's official export credit agency, about providing the insurance support that the private market was unable to deliver.\n\n"
 "An ECGD team visited Brazil to discuss the deal with Fertipar and its bankers HSBC. In light of the information they gathered ECGD agreed to insure the order which was subsequently shipped from Tees Dock, Middlesbrough bound for Paranagua, Brazil.\n\n"
 "CPL managing director Graham Clarke said the support from UKTI and ECGD had been \"essential\" to avoid lay-offs at the mine.\n\n"
 "He said:\n\n"
 "\"\"We would have been at a competitive disadvantage to non-UK mines, so this is a very successful outcome for us. It's a great example of excellent team working between business and government - a real win-win situation.\"",
 "mining/potash and fertiliser; export credit", "non-US", "deal,ownership",
 "The ECGD news item as wired-gov.net reproduces it (a UK government department's release; Open Government Licence v3.0); the site's lines ('UK Export Finance', 'Printable version E-mail this to a friend') left out, the heading kept as title (its 'ECDG' typo kept); no date on the page (published null; the minister named in the cut part took ECGD on in 2009). The page's wording kept ('UK Trade &Investment', the doubled opening quotation mark). Cut before 'Lord Davies of Abersoch, ... said:', whose quotation the excerpt cuts off. Cleveland Potash and its parent are new to the corpus.",
 "UK government release via wired-gov.net (search tool page store)"))
# ---- 5 UKEF letter (near-miss) ------------------------------------------------------------------------------------
u5 = ("https://gov.uk/government/publications/uk-export-finance-support-for-export-of-air-defence-systems-to-poland/"
      "letter-from-uk-export-finance-to-secretary-of-state-for-business-trade-on-narew-air-defence-programme-2024")
t = "Letter from UK Export Finance to Secretary of State for Business & Trade on NAREW air defence programme, 2024"
R.append(rec("gov-uk-ukef-letter-narew-air-defence-poland-mbda-2024", u5, "2024-10-31", t, OGL,
 ogl("UK Export Finance, correspondence", t, "published 31 October 2024", u5),
 "From:\n\nTim Reid\nChief Executive\nUK Export Finance\n\n"
 "To:\n\nRt Hon Kemi Badenoch MP\nSecretary of State for Business and Trade\nDepartment for Business and Trade\n\n"
 "23 May 2024\n\n"
 "Dear Secretary of State,\n\n"
 "UK Export Finance (UKEF) support for Poland - ‘NAREW’\n\n"
 "You have considered my advice relating to potential UKEF support for a series of large prospective defence-related orders by Poland that involve UK suppliers. These could require UKEF to take up to £15 billion of risk in this market. I refer specifically here to the first such contract, the NAREW air defence programme, in which MBDA UK is one of the key suppliers. This letter sets out my position as UKEF’s Accounting Officer on the issue.\n\n"
 "UKEF operates under an Exposure Management Framework (EMF) agreed with HM Treasury that is designed to allow UKEF to provide support where it is needed for UK exporters while managing potential risks to the Exchequer arising from both individual transactions, overall exposure in a particular market, and across the UKEF portfolio. This forms the basis of UKEF’s normal underwriting criteria and going outside of the EMF is not permitted under the terms of HM Treasury’s standing consent for UKEF (the “Consent”).\n\n"
 "I previously advised you that increasing UKEF’s country risk appetite for Poland to £15 billion would take it significantly beyond the limits set out in the EMF. In the case of the financing arrangements for the supply of the NAREW programme, this will involve UKEF incurring total contingent liability that could approach approximately £9 billion.",
 "export finance; defence", "non-US", "leadership,contract",
 "The gov.uk correspondence page (Open Government Licence v3.0); the page heading (kept as title), 'Correspondence' and 'Published 31 October 2024' (kept as `published`) left out; the letter's address lines (1 Horse Guards Road, London SW1A 2HQ; Old Admiralty Building, London SW1A 2BL) left out, the name, post and body lines kept as printed. Cut before the paragraph the excerpt cuts off ('I am satisfied that ...'). Near-miss for relations: prospective orders and a supplier to a programme, no named customer company. The NAREW letter is new to the corpus.",
 "UK government correspondence on gov.uk (search tool page store)"))
# ---- 6 SEC release --------------------------------------------------------------------------------------------------
u6 = "https://www.michael-smirnov.ru/Get_RSS.php?pRSSurl=http%3A%2F%2Fwww.sec.gov%2Frss%2Fnews%2Fpress.xml"
t = "SEC Charges Unregistered Sales of Securities Issued Under EB-5 Immigrant Investor Program"
R.append(rec("us-sec-release-cmb-export-eb5-unregistered-securities", u6, None, t, PD,
 f"U.S. Securities and Exchange Commission, press release, '{t}', US federal government work (public domain); "
 f"text as carried by the SEC press-release RSS feed (http://www.sec.gov/rss/news/press.xml) and reproduced at {u6}",
 "The Securities and Exchange Commission today announced that an Illinois-based regional center, its CEO, and 37 affiliated limited partnerships have agreed to settle charges related to securities issued under the EB-5 Immigrant Investor Program, which provides foreigners who invest in the U.S. a potential path to becoming a U.S. resident.\n\n"
 "According to the SECs order, from 2011 to 2015, 37 entities affiliated with CMB Export LLC offered EB-5 securities in the form of limited partnership interests without registering them with the SEC and without a valid exemption from registration. The order also found that CMB Export, at the direction of its CEO Patrick Hogan, paid transaction-based compensation to U.S. individuals and entities for soliciting foreign investors to purchase these securities. In 2015, CMB and Hogan began developing and implementing a compliance program to ensure compliance with the federal securities laws.\n\n"
 "All securities, including EB-5 securities, must comply with registration provisions, which are essential to protecting investors, said Melissa R. Hodgman, Associate Director of the Division of Enforcement. In the EB-5 industry, strong compliance policies can help ensure that companies meet their registration obligations under the federal securities laws.\n\n"
 "CMB Export and Hogan neither admitted nor denied the findings in the SECs order, which requires them to cease and desist from further violations of the broker-dealer registration requirements of the federal securities laws. The CMB limited partnerships neither admitted nor denied the findings in the SECs order, which requires them to cease and desist from further violations of registration provisions of the federal securities laws.",
 "financial services/securities regulation", "US", "regulatory,leadership",
 "An SEC press release as an RSS reader page reproduces the SEC's press-release feed; the page's feed heading ('Press Releases', 'Official announcements ...'), the item number and the feed's garbled date ('21 .') left out (published null: no date on the page), the release title kept as title; the feed's loss of apostrophes and quotation marks kept as printed ('the SECs order', the unquoted quotation). Cut before the sentence the excerpt cuts off ('The order also requires CMB Export to pay'). CMB Export is new to the corpus.",
 "US federal agency press release via an RSS reader page (search tool page store)"))
# ---- 7 Fujitsu ------------------------------------------------------------------------------------------------------
u7 = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/10"
t = "Joint Statement – Business Secretary and Fujitsu Services Ltd"
R.append(rec("gov-uk-dbt-fujitsu-joint-statement-horizon-redress-2025", u7, "2025-03-07", t, OGL,
 ogl("Department for Business and Trade", t, "7 March 2025", u7),
 "Joint Statement by UK Business and Trade Secretary Jonathan Reynolds and Paul Patterson, Director, Fujitsu Services Ltd, on Horizon redress.\n\n"
 "Business and Trade Secretary Jonathan Reynolds today (Friday 7 March) met chiefs for Fujitsu in Tokyo to begin talks over the cost of redress for victims of the Horizon Scandal.\n\n"
 "As part of a two-day visit to Japan, the Business Secretary met the company’s Chief Executive Takahito Tokita and Paul Patterson, Director of Fujitsu Services Ltd, and welcomed their commitments on compensation.\n\n"
 "The meeting comes as new statistics published today show £768 million has been paid to over 5,100 claimants across all redress schemes, representing a more than tripling of the total amount of redress paid to victims by government since the end of June 2024.\n\n"
 "Speaking after the meeting, Business and Trade Secretary Jonathan Reynolds said:\n\n"
 "Today’s meeting with Fujitsu in Tokyo was productive and encouraging. I welcome their agreement to begin talks on compensation ahead of the Williams inquiry’s conclusion, and that they join the UK Government in our commitment to tackling this grave injustice.\n\n"
 "We must never forget the lives ruined by the Horizon scandal and no amount of redress can take away that pain. But justice can and must be done. This government is determined to hold those responsible to account, and will continue to make rapid progress on compensation and redress.\n\n"
 "Since we took office, we have more than tripled the total amount of redress paid to victims, and today we took another significant step towards justice.",
 "IT services", "non-US", "leadership",
 UKPOL_NOTE + "Cut before the joint statement's own heading, which the excerpt cuts off. Fujitsu's executives are new to the corpus.", UKPOL))
# ---- 8 SRA 2001 -----------------------------------------------------------------------------------------------------
u8 = "https://www.ukpol.co.uk/category/press-releases/page/861"
t = "Building a Better Railway: New West Country Franchise Attracts Large Field"
R.append(rec("gov-uk-sra-historic-release-wessex-franchise-bidders-2001", u8, "2001-03-02", t, OGL,
 ogl("Strategic Rail Authority", t, "2 March 2001", u8),
 "The next step in the development of the Wessex franchise was taken today, as seven parties passed the SRA’s qualification process to submit proposals for the new franchise, designed to meet the growing demand for rail services in South West England.\n\n"
 "The franchise has been designed to attract new investment and provide management focus on the important interurban and local services in the West Country, as well as improving cross country links between the region, Cardiff and the South Coast.\n\n"
 "The companies / consortia confirmed as eligible to submit proposals are:\n\n"
 "Connex Transport UK Limited (owners of the South Eastern franchise and current owners of South Central)\n\n"
 "First Group Plc (owners of Great Eastern, North Western, and Great Western)\n\n"
 "GB Railways Group Plc (owners of Anglia Railways)\n\n"
 "Group 4 Falck Global Solutions Limited (new to rail franchise operation)\n\n"
 "National Express Group PLC (owners of nine franchises – Central Trains, Cardiff Railway, Gatwick Express, C2C, Midland Mainline, ScotRail, Silverlink, Wales & West, WAGN)\n\n"
 "SBB Laing – a partnership between Swiss Federal Railways and John Laing Investments Limited (Laing are the major shareholder in M40 Trains Limited, which is the preferred counterparty for the new Chiltern franchise)\n\n"
 "Stagecoach Holdings plc (owners of South West Trains and Island Line and 49% shareholder in Virgin Rail Group Limited)",
 "rail/train operators", "non-US", "ownership,partnership",
 "A historic Strategic Rail Authority press release as ukpol.co.uk reproduces it ('HISTORIC PRESS RELEASE'; a UK public body's release, licensed as public sector information under the Open Government Licence v3.0 — doubtful: the SRA's releases are archived, not republished on gov.uk); the site's category heading, the repeated heading (kept as title) and 'The press release issued by the Strategic Rail Authority on 2 March 2001.' (kept as `published`) left out; list items kept as their own paragraphs. Cut before the paragraph the excerpt cuts off ('In addition, Virgin Rail Group Limited and First Group Plc will be separately submitting proposals ...'). The Wessex franchise competition is new to the corpus.",
 "UK public body's historic press release via ukpol.co.uk (search tool page store)"))
# ---- 9 Sizewell C (near-miss) ---------------------------------------------------------------------------------------
u9 = "https://www.ukpol.co.uk/tag/energy-security-and-net-zero-department/page/2"
t = "Sizewell C gets green light with final investment decision"
R.append(rec("gov-uk-desnz-sizewell-c-final-investment-decision-2025", u9, "2025-07-22", t, OGL,
 ogl("Department for Energy Security and Net Zero", t, "22 July 2025", u9),
 "Government agrees final investment decision to give Sizewell C nuclear plant the go-ahead.\n\n"
 "Energy Secretary signs off on multi-billion-pound deal for Sizewell C that will deliver clean power for the equivalent of six million homes and support 10,000 jobs at peak construction\n\n"
 "Government secures deal that will see Sizewell deliver electricity system savings of £2 billion a year on average once operational\n\n"
 "The government will become the largest shareholder, alongside private investors EDF, Centrica, La Caisse and Amber Infrastructure\n\n"
 "Project will be built for around 20% less than virtual replica Hinkley Point C, as part of the government’s Plan for Change to kick-start economic growth and protect family finances\n\n"
 "Millions of working people will benefit from cheaper clean power, as the government agrees a landmark, multi-billion-pound deal to build Sizewell C – a major step forward in the delivery of a new ‘golden age’ of nuclear under the government’s Plan for Change.\n\n"
 "The Energy Secretary has today (22 July) signed the final investment decision for Sizewell C, which will deliver clean power for the equivalent of 6 million homes and support 10,000 jobs once operational. The deal represents the country’s most significant public investment in clean, homegrown energy this century – in a major boost for energy security, jobs and economic growth.\n\n"
 "The deal ends an era of dithering and delay to give Sizewell C the go-ahead, that will help secure Britain’s home-grown nuclear supply far beyond 2030.",
 "energy/nuclear", "non-US", "investment",
 UKPOL_NOTE + "Near-miss for relations: co-investors' shareholdings in a project, no acquisition, owner or partnership stated. Cut before the sentence the excerpt cuts off ('It marks a major step ...'). Sizewell C is new to the corpus.", UKPOL))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
