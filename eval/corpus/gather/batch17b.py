#!/usr/bin/env python3
"""Batch 17b: companies with their relations and executives with their roles, from registers the corpus had none or few
of — GAO products on two airline mergers and the auto industry (US federal, public domain), and two UK Parliament
committee texts on salmon farming (aquaculture) and a steelmaker's blast-furnace closure (Wales). Every text is the
search tool's page-store excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here (the ten Scottish
Parliament texts first gathered were left out by licence: GATHERING.md "Selection of batch 17b"); where an excerpt was
cut it ends at the last full sentence kept (`truncated`). Edits per item in `notes`: page chrome left out; no word added
or changed.
usage: batch17b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
ORIGINS = {"OPL": "UK Parliament (page store)", "PD": "U.S. Government Accountability Office (page store)"}


def gao(id, url, published, title, kind, text, sector, region, topics, notes, truncated=True):
    r = public_record(ORIGINS, id, url, published, title, kind, text, sector, region, topics, notes, "PD",
                      truncated=truncated)
    r["attribution"] = (f"U.S. Government Accountability Office, {kind}, '{title}', {published}, {url}; public domain "
                        "(US federal government work; the GAO's own notice: 'not subject to copyright protection in the "
                        "United States')")
    return r


def opl(id, url, published, title, kind, text, sector, region, topics, notes, truncated=True):
    return public_record(ORIGINS, id, url, published, title, kind, text, sector, region, topics, notes, "OPL",
                         truncated=truncated)


R = []
# ---- GAO (public domain) ------------------------------------------------------------------------------------------
R.append(gao("gao-testimony-united-continental-merger-delta-northwest-acquisition-2010",
 "http://purl.fdlp.gov/GPO/gpo4521", "2010-05-27",
 "Airline Mergers: Issues Raised by the Proposed Merger of United and Continental Airlines", "testimony (GAO-10-778T), highlights",
 "Earlier this month, United Air Lines (United) and Continental Airlines (Continental) announced plans to merge the two airlines and signed a merger agreement. This follows the acquisition of Northwest Airlines by Delta Air Lines (Delta) in 2008, which propelled Delta to become the largest airline in the United States. This latest merger, if not challenged by the Department of Justice (DOJ), would surpass Delta's merger in scope to create the largest passenger airline in terms of capacity in the United States. The passenger airline industry has struggled financially over the last decade, and these two airlines believe a merger will strengthen them. However, as with any proposed merger of this magnitude, this one will be carefully examined by DOJ to determine if its potential benefits for consumers outweigh the potential negative effects. At the Committee's request, GAO is providing a statement for the record that describes (1) an overview of the factors that are driving mergers in the industry, (2) the role of federal authorities in reviewing merger proposals, and (3) key issues associated with the proposed merger of United and Continental. To address these objectives, GAO drew from previous reports on the potential effects of the proposed merger between Delta and Northwest and the financial condition of the airline industry, and analyzed Department of Transportation (DOT) airline operating and financial data.",
 "airlines", "US", "deal,regulatory",
 "The GAO product page (gao.gov, reached by the FDLP permanent URL): 'Skip to main content', the heading (kept as title), the 'GAO-10-778T Published: May 27, 2010. Publicly Released: May 27, 2010.' line, 'Jump To:', 'Skip to Highlights', the 'Highlights' heading, and 'Full Report', 'Office of Public Affairs' and the run-together 'Topics' list after the paragraph left out; the Highlights paragraph is whole. `published` is the product's day. Near-miss for United/Continental (a merger, no buyer stated); the Delta/Northwest acquisition is also the subject of a 2008 Wikinews text in train (the agreement; this text gives it as done).",
 truncated=False))
R.append(gao("gao-testimony-american-airlines-us-airways-proposed-merger-doj-review-2013",
 "http://www.gao.gov/products/GAO-13-403T", "2013-06-19",
 "Airline Mergers: Issues Raised by the Proposed Merger of American Airlines and US Airways", "testimony (GAO-13-403T), highlights",
 "What GAO Found\n\n"
 "The Department of Justice's (DOJ) antitrust review will be a critical step in the proposed merger between American Airlines (American) and US Airways. DOJ uses an integrated analytical framework set forth in the Horizontal Merger Guidelines to determine whether the merger poses any antitrust concerns. Under that process, DOJ assesses, among other things, the extent of likely anticompetitive effects of the proposed merger in the relevant markets, in this case, airline city-pair markets, and the likelihood that other airlines may enter these markets and counteract any anticompetitive effects, such as higher fares. DOJ also considers efficiencies that a merger or acquisition could bring--for example, consumer benefits from an expanded route network. The Department of Transportation (DOT) aids DOJ's analysis.\n\n"
 "Airlines seek mergers to reduce costs and improve revenues. GAO has previously reported that mergers can result in increased revenues by offering improved network connections and schedules, but also through higher fares on some routes. Cost savings can be generated by eliminating redundancies and operational efficiencies, including reducing service, but can be muted by problems in combining different aircraft, technologies, and labor forces. In the case of US Airways and American, they estimate that a merger would yield $1.4 billion in annual benefits from increased revenues and reduced costs.\n\n"
 "If not challenged by DOJ, the merged American would surpass United to become the largest U.S. passenger airline by several measures. While US Airways and American overlap on only 12 nonstop routes, no other nonstop competitors exist on 7 of those 12.",
 "airlines", "US", "deal,regulatory",
 "The GAO product page: 'Skip to main content', the heading (kept as title), the 'Published ... Publicly Released ...' line, 'Jump To:', 'Skip to Highlights' and the 'Highlights' heading left out, the 'What GAO Found' heading kept; cut before the cut-off 'Our analysis of 2011 and 2012 ticket data also showed that combining these airlines w'. `published` is the product's day. Near-miss: a proposed merger with no buyer stated (nothing annotated).",
 ))
# ---- UK Parliament (Open Parliament Licence) ----------------------------------------------------------------------
R.append(opl("uk-parliament-scottish-affairs-committee-salmon-farming-mowi-scottish-sea-farms-2024",
 "https://committees.parliament.uk/oralevidence/15078/html/", "2024-12-04",
 "Oral evidence: Salmon farming: growth and sustainability, HC 442", "committee oral evidence",
 "Scottish Affairs Committee\n\n"
 "Oral evidence: Salmon farming: growth and sustainability, HC 442\n\n"
 "Wednesday 4 December 2024\n\n"
 "Ordered by the House of Commons to be published on 4 December 2024.\n\n"
 "Members present: Kirsteen Sullivan (in the Chair); Maureen Burke; Harriet Cross; Lillian Jones; Douglas McAllister; Mr Angus MacDonald; Susan Murray; Elaine Stewart.\n\n"
 "In the absence of the Chair, Kirsteen Sullivan was called to the Chair.\n\n"
 "Questions 1 - 50\n\n"
 "Witnesses\n\n"
 "I: Sean Black, Senior Scientific Officer for Aquaculture, RSPCA; and Sarah Evans, Aquaculture Policy Officer, Marine Conservation Society.\n\n"
 "II: James Park, Head of Insights, Salmon Scotland; Ben Hadfield, Chief Operating Officer, Farming (Scotland), Mowi; and Anne Anderson, Head of Sustainability & Development, Scottish Sea Farms.\n\n"
 "Examination of witnesses\n\n"
 "Witnesses: Sean Black and Sarah Evans.\n\n"
 "[This evidence was taken by video conference]\n\n"
 "Q1 Chair: Welcome to this mornings meeting of the Scottish Affairs Select Committee. We are having a one-off session on salmon farming in Scotland: growth and sustainability. In the absence of our Chair, my name is Kirsteen Sullivan and I would like to welcome our panel of witnesses this morning. I will pass over to them to introduce themselves.\n\n"
 "Sean Black: I am the Senior Scientific Officer for Aquaculture at the RSPCA.\n\n"
 "Sarah Evans: I am an Aquaculture Policy Officer with the Marine Conservation Society.\n\n"
 "Q2 Chair: Thank you for making the time to join us this morning. I am going to move on quickly. I am aware of time and there is a lot to get through. We have a number of questions for you this morning, and I am going to start by asking if you can briefly outline the overall position that your organisations take in relation to the salmon farming industry in Scotland. Sean, I will pass that to you first.",
 "aquaculture/food", "non-US", "leadership",
 "committees.parliament.uk's crest file name ('HoC 85mm(Green).tif') and 'Watch the meeting' left out; the trailing space after the committee's name removed and the runs of spaces after 'Q1' and 'Q2' made one (whitespace only); the record's 'this mornings' kept; cut before the cut-off 'Sean Black: Thank you. Our position in relation to salmon farmin'. `published` is the sitting's day.",
 ))
R.append(opl("uk-parliament-welsh-affairs-committee-tata-steel-narendran-nair-port-talbot-2024",
 "https://committees.parliament.uk/committee/162/welsh-affairs-committee/news/199573/tata-steel-global-chief-executive-and-uk-chief-executive-to-give-evidence-on-companys-decision-to-close-blast-furnaces-in-port-talbot/",
 "2024-01-24",
 "Tata Steel Global Chief Executive and UK Chief Executive to give evidence on company’s decision to close blast furnaces in Port Talbot",
 "committee news item",
 "On Wednesday 31 January, the Welsh Affairs Committee will be holding morning and afternoon evidence sessions scrutinising the decision by Tata Steel to close its blast furnaces in Port Talbot as it moves towards greener steelmaking in the UK. The move could lead to just under 3,000 people losing their jobs at the Port Talbot site.\n"
 "The evidence session in the morning will hear from Tata Steel’s Global Chief Executive and Managing Director of Tata Steel, T. V. Narendran, Chief Executive of Tata Steel UK Rajesh Nair, and trade unions.\n"
 "Meanwhile, in the afternoon, the Committee will hear from the Minister for Economy at the Welsh Government, Vaughan Gething MS, and the Secretary of State for Wales, Rt Hon David T.C. Davies MP.\n"
 "Members are keen to examine the impact of the decision by Tata Steel on the local community, the Welsh economy and manufacturing in Wales, and the future of the UK steel sector.\n"
 "Witnesses\n"
 "Wednesday 31 January at 9.30am in Committee Room TBC\n"
 "At 9.30am\n"
 "- GMB Union (representative TBC)\n"
 "- Unite (representative TBC)\n"
 "- Alasdair McDiarmid, General Secretary, Community\n"
 "At 10.15am\n"
 "- T. V. Narendran, Global CEO and Managing Director of Tata Steel\n"
 "- Rajesh Nair, Chief Executive of Tata Steel UK\n"
 "At 2.15pm\n"
 "- Vaughan Gething MS, Minister for Economy, Welsh Government\n"
 "At 3pm\n"
 "- David T.C. Davies, Secretary of State for Wales",
 "steel", "non-US", "leadership,restructuring",
 "The news item's heading (kept as title) and date line ('24 January 2024', kept as `published`), its three link lines ('- Watch Parliament TV: The steel industry in Wales', '- Inquiry: The steel industry in Wales', '- Welsh Affairs Committee'), 'Further information' and 'Image: Pixabay' left out; the page's single line breaks kept. The whole item (`truncated` false).",
 truncated=False))

# ---- added in the same sub-batch before annotation: Prestwick's owners (2013), the Ferguson Marine shipyard (2019,
# 2021 x2), the US auto industry's federal loans (GAO, 2009) -----------------------------------------------------------
R.append(opl("hansard-commons-adjournment-debate-shipbuilding-ferguson-marine-calmac-cmal-2021",
 "https://hansard.parliament.uk/Commons/2021-11-02/debates/973F9010-13B5-4E40-A0BD-92D250C5D781/ShipbuildingAndFergusonMarineEngineeringLtdInsolvency",
 "2021-11-02", "Shipbuilding and Ferguson Marine Engineering Ltd Insolvency", "Commons adjournment debate",
 "Motion made, and Question proposed, That this House do now adjourn.—(Mrs Wheeler.)\n\n"
 "This debate goes to the heart of two Scottish institutions. The first is Caledonian MacBrayne—CalMac—which provides lifeline services to the Scottish highlands and islands and whose ships are acquired for it by Caledonian Maritime Assets Ltd, or CMAL; both are Scottish Government agencies. The second is Ferguson Marine Engineering Ltd, which operated the last shipyard on the lower Clyde—a river where ships admired around world were made—but which has been excluded from the most recent CMAL tender to build CalMac ships, and orders are going abroad.\n\n"
 "CalMac and Ferguson are part of Scotland’s story, but they are also vital to Scotland’s future. Communities devastated by incessant breakdowns and cancellations need a fast and reliable service to maintain them and allow them to grow. For that, new ships are required. Not only should Ferguson be building them, but yards elsewhere along the length of the Clyde, not just in Port Glasgow but on other sites that can be revitalised. Instead, CalMac is floundering and Ferguson’s future is threatened.\n\n"
 "In 2014, Ferguson was saved by the intervention of Jim McColl, and all looked rosy. What has gone wrong? Why have vessels 801 and 802 been so delayed, why have costs overrun so massively, and why has Ferguson Marine Engineering Ltd gone into liquidation? At the core of those questions are procurement and administration, both of which are issues reserved to Westminster. I hope that Ministers will be able to provide answers, if not an inquiry, into a scandal that needs to be resolved.\n\n"
 "First, let me rebut suggestions that the yard or the workforce were to blame. History shows what the Clyde can do, and the same skills still remain at Ferguson.",
 "shipbuilding/shipping", "non-US", "restructuring",
 "hansard.parliament.uk chrome ('Skip to main content', the heading kept as title, 'Volume 702: debated on Tuesday 2 November 2021'); the mover's speaker line is not in the excerpt (Kenny MacAskill is not named in the text); cut before the cut-off 'Moreover, research by the National Union of Rail, Maritime and'. `published` is the sitting's day.",
 ))
R.append(gao("gao-report-auto-industry-treasury-loans-chrysler-holding-general-motors-2009",
 "https://www.gao.gov/products/gao-09-553", None,
 "Auto Industry: Summary of Government Efforts and Automakers' Restructuring to Date (GAO-09-553)", "report, summary",
 "The turmoil in financial markets and the economic downturn has brought significant financial stress to the auto manufacturing industry. The economic reach of the auto industry in the United States is broad, affecting autoworkers, auto suppliers, stock and bondholders, dealers, and certain states. To help stabilize the U.S. auto industry and avoid disruptions that could pose systemic risk to the nation's economy, in December 2008 the Department of the Treasury established the Automotive Industry Financing Program (AIFP) under the Troubled Asset Relief Program (TARP). From December 2008 through March 2009, Treasury has allocated about $36 billion to this program, including loans to Chrysler Holding LLC (Chrysler) and General Motors (GM). GAO has previously identified three principles to guide federal assistance to large firms: define the problem, determine the national interests and set goals and objectives, and protect the government's interests. As part of GAO's statutorily mandated responsibilities to provide timely oversight of TARP activities, this report discusses the (1) nature and purpose of assistance to the auto industry, (2) how the assistance addresses the three principles, and (3) important factors for Chrysler and GM to address in achieving long-term viability and the challenges that they face to become viable. To address these objectives, GAO reviewed Chrysler's and GM's restructuring plans and financial statements, as well as Treasury documents related to AIFP. GAO also reviewed the terms and conditions of the federal loans to identify risks to the government and compared these loan provisions to GAO's principles for providing federal financial assistance to large firms.",
 "automotive", "US", "regulatory,restructuring",
 "The GAO product page's 'Skip to Highlights' left out; the excerpt starts with the summary and gives neither heading nor date: the title is the product's as recalled by this batch for GAO-09-553 (not on the excerpt; doubtful) and `published` is null (the report is of 2009); cut before the cut-off 'In addition, GAO interviewed representatives of Chrysler, GM, Ford Motor Company (Ford) and the International Union, ... officials from the Departments of the Treasury, Transportation,'.",
 ))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
