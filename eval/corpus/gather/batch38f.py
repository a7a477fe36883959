#!/usr/bin/env python3
"""Batch 38f (session 39; gatherer 39f): service-company stories from South-East Asia, the Caribbean and South Asia, a
round of the company lane of batches 36d, 36j, 36n, 36x, 36z, 37d, 37k and 37u - Thailand's privately owned regional
airline, begun in 1968 as the air-taxi operator Sahakol Air under contract to an American construction company and a
US aid mission, owned 92.31 percent by Prasert Prasarttong-Osoth, with its wholly owned subsidiary Siem Reap Airways and
its own airports (aviation, Thailand); the state-owned flag carrier of Trinidad and Tobago, approved by the government
in September 2006 on the recommendation of BWIA West Indies Airways' CEO Peter Davies and launched on 1 January 2007 on
the routes of BWIA, which was shut down (aviation, Trinidad and Tobago); and Nepal's first private GSM operator, once
the Mero Mobile brand, 60.4% held by TeliaSonera and part of Malaysia's Axiata Group Berhad since April 2016 through
Axiata's purchase of Reynhold Holdings (telecoms, Nepal).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page), cut at a section or sentence end before the point where the excerpt breaks off (`truncated`). Edits per item
in `notes`; no word added or changed. No text tells an outage; no near-miss is told.
newskg (or any extractor) was not run on any of them.
usage: batch38f.py [POOL_DIR] [--dry]   (default /tmp/gather39f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39f/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names and texts and in every gather script, and in none "
           "of the session-39 pools (/tmp/gather39*/pool) as they stood at about 09:46 UTC and again at the end")

R = []
# ---- regional airline, Thailand: Bangkok Airways ---------------------------------------------------------------------------------
R.append(wp("wp-bangkok-airways", "Bangkok Airways",
 "https://en.m.wikipedia.org/wiki/Bangkok_Airways",
 "Bangkok Airways Public Company Limited (Thai: บางกอกแอร์เวย์ส) is a regional airline based in Bangkok, Thailand. "
 "It operates scheduled services to destinations in Thailand, Cambodia, China, Hong Kong, India, Laos, Malaysia, "
 "Maldives, Myanmar, Singapore, and Vietnam. Its main base is Suvarnabhumi Airport.\n\n"
 "The airline was established in 1968 as Sahakol Air operating air-taxi services under contract from Overseas "
 "International Construction Company (OICC), an American construction company, United States Operations Mission "
 "(USOM), and a number of other organisations engaged in oil and natural-gas exploration in the Gulf of Thailand. It "
 "began scheduled services in 1986, becoming Thailand's first privately owned domestic airline. It re-branded to "
 "become Bangkok Airways in 1989. The airline is owned by Prasert Prasarttong-Osoth (92.31 percent), Sahakol Estate "
 "(4.3 percent), Bangkok Dusit Medical Services (1.2 percent), and other shareholders (2.19 percent). It has 1,903 "
 "employees and also wholly owns subsidiary airline Siem Reap Airways.\n\n"
 "It built its own airport on Ko Samui, which opened in April 1989 and offers direct flights between the island and "
 "Chiang Mai, Hong Kong, Krabi, Pattaya, Phuket, and Singapore. The airline opened its second airport at Sukhothai "
 "Province in 1996.",
 "aviation", ["ownership", "history", "partnership"],
 "The article as the mobile site of en.wikipedia.org (en.m.wikipedia.org/wiki/Bangkok_Airways) is held in the page "
 "store, a revision of about 2019 (its infobox reads 'Founded 1968; 51 years ago' with 2017 revenue). Cut: the "
 "site's 'Open main menu' line; the infobox the mobile page places after the lead (logo file name, founding, hubs, "
 "frequent-flyer programme, fleet size, slogan, 'Traded as SETBA', headquarters address, 'Key people Capt. Puttipong "
 "Prasarttong-Osoth (President)', revenue, net income, employees), so the president is not in the text; citation "
 "markers ('[3]', '[4]' twice, '[5]'); cut after 'Sukhothai Province in 1996.', a sentence end inside the history's "
 "second paragraph, because the excerpt breaks off in the next sentence ('A third airport was built in Trat "
 "Province, opening in March 2003 to serve the burgeoning tour'); so `truncated`. Kept as written: the Thai name in "
 "brackets, 'air-taxi', 'under contract from Overseas International Construction Company (OICC), an American "
 "construction company, United States Operations Mission (USOM), and', 'natural-gas', 're-branded', 'subsidiary "
 "airline Siem Reap Airways', 'at Sukhothai Province'. No outage and no near-miss told. Content of about 2019: "
 "recorded CC BY-SA 3.0; revision not recorded. en.wikipedia.org's own page in the store (a 2017 revision whose "
 "excerpt breaks off at 'It has 1,903 '), flightmemory.com's copy (2018; '(SETBA,Thai: )' with the Thai name lost) "
 "and talk.dob.jp's copy of revision 1138700539 (2023; its excerpt breaks off in the airports paragraph) were looked "
 "at and not used, and so were Bangkok Post, Flightglobal, Thailand Tatler and samuitimes news (not openly "
 "licensed). Bangkok Airways, Sahakol Air, Prasert Prasarttong-Osoth, Sahakol Estate, Bangkok Dusit Medical "
 "Services, Siem Reap Airways, Overseas International Construction Company, United States Operations Mission, "
 "Sukhothai, Ko Samui: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, via en.wikipedia.org's mobile site"))

# ---- flag carrier, Trinidad and Tobago: Caribbean Airlines --------------------------------------------------------------------------
R.append(wp("wp-caribbean-airlines", "Caribbean Airlines",
 "http://theinfolist.com/php/SummaryGet.php?FindGo=Caribbean_Airlines",
 "Caribbean Airlines Limited is the state-owned airline and flag carrier of Trinidad and Tobago. Headquartered in "
 "Iere House in Piarco, the airline operates flights to the Caribbean, North America, Central America and South "
 "America from its base at Piarco International Airport. Presently Caribbean Airlines employs more than 1,700 people "
 "and is the largest airline in the Caribbean.\n\n"
 "Caribbean Airlines was incorporated in the Republic of Trinidad and Tobago on 27 September 2006.\n\n"
 "In September 2006, following the recommendation of Peter Davies, the CEO of BWIA West Indies Airways, Caribbean "
 "Airlines got approval from the Trinidad and Tobago government to begin operations, after the failed negotiations "
 "between the unions and the management of its predecessor, BWIA. As a result, it was announced on 8 September 2006, "
 "that BWIA was to be shut down before the launch of Caribbean Airlines. During the last quarter of 2006, in an "
 "effort to scale down operations for the start of Caribbean Airlines, BWIA's management cut routes such as "
 "Manchester Airport, London Heathrow Airport, New York City and Toronto, with intermediate stops at Barbados or "
 "Antigua, ceased services to and from Saint Lucia, cut its fleet to six Boeing 737-800 aircraft retrofitted with "
 "wingtip devices (winglets) and reduced its staff to 800, with a majority of the staff former BWIA workers now "
 "contracted.\n\n"
 "The new airline's capital included funds to close and settle BWIA's operations. The company commenced operations "
 "on 1 January 2007, servicing the remaining routes of BWIA.\n\n"
 "Caribbean Airlines began operations with a fleet of six Boeing 737-800 aircraft and one Airbus A340-313, operating "
 "the London Heathrow route until May 2007. The airline offered two classes of service, first/business class and "
 "economy class on both the Boeing and Airbus aircraft.",
 "aviation", ["ownership", "history", "leadership"],
 "The article as theinfolist.com's copy (theinfolist.com/php/SummaryGet.php?FindGo=Caribbean_Airlines, undated; "
 "the text runs to the 2007 launch where the excerpt ends) is held in the page store. Cut: the heading 'Early years'; "
 "citation markers ('[5]', '[6]', '[7]'); cut after 'on both the Boeing and Airbus aircraft.', a sentence end inside "
 "the section's fourth paragraph, because the excerpt breaks off in the next sentence ('Caribbean Airlines operated "
 "daily direct services to Miami, Toronto, New York, Jamaica (with stops in Barbados and Antigua/St. Maarten), "
 "Guya'); so `truncated`, and the airline's 2010 takeover of Air Jamaica, told later in the article, is not in the "
 "text. theinfolist's copy of another article had glossary snippets woven into its prose (batch 37k); none is in "
 "this excerpt. Kept as written: 'Presently Caribbean Airlines employs', 'in the Republic of Trinidad and Tobago', "
 "'following the recommendation of Peter Davies, the CEO of BWIA West Indies Airways, Caribbean Airlines got "
 "approval', 'it was announced on 8 September 2006, that', 'cut routes such as Manchester Airport, London Heathrow "
 "Airport, New York City and Toronto, with intermediate stops', 'wingtip devices (winglets)', 'the staff former "
 "BWIA workers now contracted', 'first/business class'. No outage told: BWIA's route cuts and shutdown are a "
 "business decision, no service said to fail, and not a near-miss. Recorded CC BY-SA 3.0 (content of before June "
 "2023 assumed: the copy is undated, doubtful); revision not recorded; theinfolist's own terms page not found. "
 "flycaribbean.com, CAPA, Radio Jamaica, Caribbean National Weekly, Antigua Newsroom and visualfoodie.com pages on "
 "BWIA's end and the Air Jamaica takeover (not openly licensed, or not the article) were looked at and not used. "
 "Caribbean Airlines, BWIA, Peter Davies, Iere House, Piarco, Air Jamaica: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, via theinfolist.com's copy"))

# ---- mobile operator, Nepal: Ncell ---------------------------------------------------------------------------------------------
R.append(wp("wp-ncell", "Ncell",
 "https://en.wikipedia.org/wiki/Mero_Mobile",
 "Ncell (Nepali: एनसेल), is a privately owned mobile network operator in Nepal. Ncell was the first private company "
 "to operate public GSM services in Nepal, initially under Mero Mobile brand, re-branded to Ncell on 12 March 2010. "
 "It broke the monopoly held by the then state-owned, now public telecommunication company Nepal Telecom. On 12 April "
 "2016, Ncell has officially become a part of Axiata Group Berhad, a Malaysian telecommunications group with its "
 "rebranding on 16 August 2016.\n\n"
 "The company is owned in 80% by Axiata Group Berhad. Ncell is the largest ISP in Nepal with a subscriber base of "
 "more than 3 million users. Ncell has 14 million mobile subscribers as of August 2016.\n\n"
 "Ncell became a part of Axiata Group Berhad on 11 April 2016, when the Group bought 100% shares of Reynhold "
 "Holdings, which holds 80% shares of Ncell. On 21 December 2015 TeliaSonera accounced plans to sell its 60.4% "
 "ownership in Ncell to a Malaysian telecommunication conglomerate Axiata, with the deal expected to be completed in "
 "the first half of 2016.",
 "telecoms", ["ownership", "deal", "history"],
 "The article 'Ncell' as en.wikipedia.org's own page is held in the page store under the redirect address "
 "en.wikipedia.org/wiki/Mero_Mobile ('(Redirected from Mero Mobile)'), a revision of about 2017 (2016 figures, the "
 "old 'Jump to: navigation, search' skin). Cut: the page's header lines ('From Wikipedia, the free encyclopedia', "
 "the redirect note, 'Jump to: navigation, search'); the infobox (name 'Ncell (Pvt) Ltd', industry, 2016 revenue, "
 "income, assets, equity, 5299 employees, 'Parent Axiata Group Berhad'); citation markers ('[3]' to '[9]'); cut "
 "after 'the first half of 2016.', the end of the third paragraph, before a paragraph of promotional prose ('Ncell "
 "has new technologies and thoughts that attract many customers ... It is very good at advertising. It has painted "
 "the roofs of houses in Manakamana ...') that the excerpt breaks off; so `truncated`. Kept as written: 'Ncell "
 "(Nepali: एनसेल), is', 'initially under Mero Mobile brand', 'the then state-owned, now public telecommunication "
 "company Nepal Telecom', 'Ncell has officially become a part of', 'a Malaysian telecommunications group with its "
 "rebranding' (the markers '[4][5]' stood before 'with'), 'owned in 80% by', 'bought 100% shares of Reynhold "
 "Holdings' (news spells the holder 'Reynolds Holdings'; the text's spelling kept), 'accounced'. No outage and no "
 "near-miss told. Content of about 2017: recorded CC BY-SA 3.0; revision not recorded. The railway.app page on "
 "Ncell (LLM-style text with 2025 figures, not Wikipedia, as batch 36x judged it for Nepal Telecom), commsupdate, "
 "Kathmandu Post, techsansar, Xinhua, RCR Wireless and Nepal Weekly news on the 2008, 2016 and 2023 sales (not "
 "openly licensed) were looked at and not used. Ncell, Mero Mobile, Reynhold Holdings, Nepal Telecom: " + CHECKED +
 " (Ncell is named once in GATHERING.md, in batch 37g's list of checked names; Nepal Telecom once, as a subject "
 "batch 36x found no Wikipedia text for; Axiata has its own corpus text, train/wp-axiata, on its years as TM "
 "International, 1992-2009, which does not name Ncell; TeliaSonera is named in test/wp-turkcell, another subject).",
 "non-US", v3=True, copy_of="the Wikipedia article 'Ncell', reached through its redirect 'Mero Mobile'"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
