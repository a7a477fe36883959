#!/usr/bin/env python3
"""Batch 65i (session 59; gatherer lane 65i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n and 65b-65e, on Canadian, Australian and Hong Kong companies, new to the corpus:
Dominion Stores, the Toronto supermarket chain founded in 1919 by Robert Jackson and William J. Pentland, its president
J. William Horsey, its sale to the Argus Corporation, to A&P and its Canadian division A&P Canada (from Hollinger, 1985)
and Metro Inc.'s purchase of that division (retail, Canada); Huddart Parker Limited, the Geelong and Melbourne coastal
shipping company founded on 1 August 1876 by James Huddart, T.J. Parker, John Traill and T. Webb, Traill its director
and chairman until 1916 (shipping, Australia); The Wharf (Holdings) Limited, the Hong Kong company founded in 1886 by
Paul Chater as The Hong Kong and Kowloon Wharf and Godown Company, its major holder Wheelock & Co, its Star Ferry, its
former Hong Kong Tramway, its holdings and its Wheelock Properties subsidiary (conglomerate, Hong Kong); and Elders
Limited, the Australian agribusiness company, with Elder Smith & Co founded in 1839 by Alexander Lang Elder and the
1963 purchase of Elder, Smith & Co Limited and Goldsbrough Mort & Co Limited by Elder Smith Goldsbrough Mort Limited
(agribusiness, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): an undated Kiwix copy of 'Dominion (supermarket)' (zims-en.kiwix.campusafrica.gos.orange.com),
absoluteastronomy.com's topic page 'Huddart Parker' (undated, an older revision), en.wikipedia.org's revision 861838353
of 'The Wharf (Holdings)' (its maintenance tag of August 2018) and en.wikipedia.org's older rendering of 'Elders
Limited' (the 'Jump to: navigation, search' skin, its infobox of 2014); all four cut at a paragraph or sentence end
before the point where the excerpt breaks off or runs on (`truncated`).
Edits per item in `notes` (title lines, page chrome, infobox lines, the maintenance tag, a sub-heading and citation
markers cut; absoluteastronomy.com's line breaks after linked words made spaces, or dropped inside a word and before
punctuation, as batch 32n did; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather66i/src), the markers ('[1]') dropped and whitespace runs compared as one space, and for the
absoluteastronomy.com copy with every whitespace run dropped (its line breaks fall inside words). No text tells an
outage. newskg (or any extractor) was not run on any text. A round of four: seven queries, five companies asked for
(Huddart Parker twice, Dalgety twice: its founder's ADB entry checked), four taken (round notes, /work/notes/gather66/65i.md; queries, /tmp/gather66i/src/queries.txt).
usage: batch65i.py [POOL_DIR] [--dry]   (default /tmp/gather66i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66i/pool"
SRC = "/tmp/gather66i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt, squash whitespace?)
R = []

# ---- retail, Canada: Dominion Stores (an undated Kiwix copy) -------------------------------------------------------
DO = [
 "Dominion Stores was a national chain of supermarkets in Canada, which was known as the Dominion of Canada when the "
 "chain was founded. The chain was founded in 1919 in Ontario and was later acquired by the Argus Corporation. It was "
 "later sold to The Great Atlantic & Pacific Tea Company (A&P), which restricted the chain to the Greater Toronto "
 "Area. Stores outside Ontario were converted to the A&P banner or sold to third parties. A&P's Canadian division was "
 "later acquired by Metro Inc., which rebranded the remaining Dominion stores to its namesake banner in 2008.[1]",
 "Dominion started from one Toronto store on May 23, 1919. The store was founded by American businessmen Robert "
 "Jackson of New Hampshire and William J. Pentland of Connecticut.[2] Pentland was manager of A&P stores in "
 "Connecticut and was hired by Jackson. By the end of 1919, they had a 20-store chain of which 18 were acquired from "
 "rival Loblaws. A year later, they had 61 stores.[2] In 1929, Dominion tried to acquire a stake in Loblaws, but the "
 "stock market crash ended the growth. During the Depression, Dominion lost both founders: Jackson went bankrupt and "
 "Pentland was killed in an auto accident in 1933.[2]",
 "Dominion's leadership was not resolved until 1939, when J. William Horsey became president.[3] He in turn sold "
 "Dominion Stores to Argus Corporation. Smaller stores were consolidated from 574 to 195 by 1954.[2] In the 1950s, "
 "Dominion began to build large stores with airy ceilings and large glass fronts.[4] The chain also expanded beyond "
 "Toronto to other parts of Ontario, Quebec, Alberta, Manitoba,[5] Saskatchewan and Atlantic Canada.",
 "Dominion Stores were acquired by A&P's Canadian division, A&P Canada, from Hollinger in 1985."]
KEPT["wp-dominion-supermarket"] = ("dominion-kiwix.txt", DO, False)
R.append(wp("wp-dominion-supermarket", "Dominion (supermarket)",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Dominion_(supermarket)",
 "\n\n".join(MARK.sub("", p) for p in DO),
 "retail/supermarkets", ["history", "founding", "acquisition", "ownership"],
 "The article as a Kiwix copy of English Wikipedia holds it in the page store (zims-en.kiwix.campusafrica.gos.orange.com, "
 "the 'wikipedia_en_all_nopic' collection; no date or revision id held: an older revision, whose lead reads "
 "'Dominion Stores was a national chain' where en.wikipedia.org's renderings in the page store read 'Dominion was' and, "
 "in the current one, 'It was broken up in the mid-1980s'). Cut: the title line 'Dominion (supermarket)'; the infobox "
 "lines after the lead ('Dominion Stores Ltd.', 'FateRebranded as Metro', 'Founded1919 (1919) in Toronto, Ontario, "
 "Canada', 'FoundersJ. William Pentland', 'Robert Jackson', 'DefunctDecember 2008 (2008-12)', 'HeadquartersToronto, "
 "Ontario, Canada', 'BrandsPrivate labels:', 'Master Choice', 'ParentMetro Inc.'), so 'Dominion Stores Ltd.', 'J. "
 "William Pentland' (the infobox's order of his names) and Master Choice are not in the text (cut as batches 57p-65e "
 "cut their infoboxes); the citation markers '[1]', '[2]', '[3]', '[4]', '[5]' (no space before them); the text ends "
 "where the excerpt ends, after '... from Hollinger in 1985.' (`truncated`: whether the article went on the excerpt "
 "does not show; a cut at a sentence end). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Dominion Stores was a national chain of supermarkets in Canada, which was known as the Dominion of Canada "
 "when the chain was founded.', 'The chain was founded in 1919 in Ontario and was later acquired by the Argus "
 "Corporation.', 'It was later sold to The Great Atlantic & Pacific Tea Company (A&P), which restricted the chain to "
 "the Greater Toronto Area.', \"A&P's Canadian division was later acquired by Metro Inc., which rebranded the remaining "
 "Dominion stores to its namesake banner in 2008.\", 'The store was founded by American businessmen Robert Jackson of "
 "New Hampshire and William J. Pentland of Connecticut.', 'Pentland was manager of A&P stores in Connecticut and was "
 "hired by Jackson.', 'By the end of 1919, they had a 20-store chain of which 18 were acquired from rival Loblaws.', "
 "'In 1929, Dominion tried to acquire a stake in Loblaws', \"Dominion's leadership was not resolved until 1939, when J. "
 "William Horsey became president.\", 'He in turn sold Dominion Stores to Argus Corporation.' (no 'the'), \"Dominion "
 "Stores were acquired by A&P's Canadian division, A&P Canada, from Hollinger in 1985.\" 280 words. No outage told. "
 "Recorded CC BY-SA 3.0 (doubtful: an undated Kiwix copy; its revision predates the current rendering, and the page "
 "store's 'Jump to navigation' rendering of about 2018-2021 is the other older text; as batches 60a-64d recorded their "
 "Kiwix copies). Found at rank 6 of the query 'Dominion Stores Limited Canadian supermarket chain history Argus A&P "
 "Wikipedia' (batch 65e's lead: Dominion Stores as a history of its own); xnico.com (rank 1; sentences from other "
 "articles), en.wikipedia.org's 'Jump to navigation' rendering (rank 2; breaks off in 'In 1978, Conrad Black took', "
 "without the A&P Canada sentence) and its current '= Title =' rendering (rank 3; the lead rewritten: 'key locations "
 "and the rights to the brand sold'), dominionfoodie.com (rank 4; a fan site quoting the lead), wikiwand.com (rank 5), "
 "the IPFS copy (rank 7; the same words as rank 2) and wikisum.wiki (rank 8; sentences out of order) not used. "
 "Dominion Stores, Pentland (only batch 58a's Pentland Ferries, another matter), Horsey, A&P Canada, Great Atlantic & "
 "Pacific, Metro Inc: " + CHECKED + " ('Dominion Stores' in batch 65e's Argus Corporation text, as one of Argus's "
 "businesses: another matter, the holding company's history, whose round named Dominion Stores a history of its own; "
 "'Hollinger' in that text and in the Conrad Black conviction texts, other matters; 'Loblaw' in other texts as "
 "Loblaw Companies, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia"))

# ---- shipping, Australia: Huddart Parker (absoluteastronomy.com's topic page, an older revision) --------------------
HP = [
 "Huddart Parker Limited was an Australia\nn shipping\ncompany trading in various forms between 1876 and 1961. It was "
 "one of the seven major coastal shippers in Australia at a time when shipping was the principal means of interstate "
 "and trans-tasman transport. The company started in Geelong, but in 1890 shifted its offices to Melbourne\n. By 1910 "
 "Huddart Parker had grown to rank 24th of the top 100 companies in Australia by asset value.",
 "The company was founded on 1 August 1876 in Geelong as Huddart, Parker & Co. Pty. Ltd, by James Huddart\n, T.J. "
 "Parker, John. Traill, and Captain T. Webb. Earlier, in the 1850s, James Huddart's uncle, Captain Peter Huddart had "
 "made his fortune importing coal for use in the Victorian goldfields. He was the first major operator handling coal "
 "from the port of Geelong. Mr. T.J.Parker, was a merchant who arrived in Geelong from London in 1853. The trading "
 "activities each built up through the gold-rush era and beyond led to a linking of the businesses of their "
 "descendants and successors, to become Huddart Parker & Company.",
 "After 1876 Huddart Parker expanded rapidly. By 1886 it had inaugurated the Melbourne-Adelaide shipping service and "
 "in 1882 entered the Sydney Melbourne trade. During the early 1890s its steamers were running to the principal ports "
 "of New South Wales\n, Victoria\n, South Australia\n, Western Australia\nand Tasmania\n, and in 1893 it was also "
 "trading with ports in New Zealand\n.",
 "One of the original directors, John Traill, had survived the other directors by 1886, and remained chairman until "
 "his death at 92, in 1916.",
 "By 1890, Traill had moved the company from offices on the wharves at Geelong to 466 Collins Street, in the heart of "
 "Melbourne.",
 "The company registered in Victoria\nin 1889 as a proprietary company and converted to a public company in 1911."]


def _aa(p):
    """absoluteastronomy.com's paragraph as the text has it: a line break inside a word ('Australia\\nn') or before
    punctuation dropped, any other line break made a space (whitespace only, as batch 32n did)."""
    p = re.sub(r"\n(?=[a-z]\b)", "", p)          # 'Australia\nn shipping' -> 'Australian shipping'
    p = re.sub(r"\n(?=[.,])", "", p)              # 'Melbourne\n.' -> 'Melbourne.'
    return p.replace("\n", " ")


KEPT["wp-huddart-parker"] = ("huddart-parker-absoluteastronomy.txt", HP, True)
R.append(wp("wp-huddart-parker", "Huddart Parker", "http://absoluteastronomy.com/topics/Huddart_Parker",
 "\n\n".join(_aa(p) for p in HP),
 "transport/shipping", ["history", "founding", "directors", "headquarters"],
 "The article as absoluteastronomy.com's topic page holds it in the page store (absoluteastronomy.com/topics/"
 "Huddart_Parker, a site rendering Wikipedia pages, used by batches 27a-32n; no date or revision id held: an older "
 "revision, whose lead reads 'Huddart Parker Limited was' and says nothing of the 1961 takeover, where the page "
 "store's TheInfoList copy reads 'Huddart Parker Ltd was' and adds 'Several of the company's ships served in World "
 "War I and World War II' and the takeover by Bitumen and Oil Refineries Australia Limited). Cut: the site lines "
 "'Huddart Parker' and 'Encyclopedia'; cut after '... converted to a public company in 1911.', before the sentence "
 "the excerpt breaks off in ('In 1921 Huddart Parker came to an agreement with the Union Steam Ship Company of New "
 "Zealand to establish a joint venture operation on the Bass Strait where bot'; `truncated`; a cut at a sentence end), "
 "so the joint venture of 1921 and the Union Steam Ship Company are not in the text. Whitespace only: the copy breaks "
 "a line after every linked word ('an Australia / n shipping / company', 'Melbourne / .', 'James Huddart / , T.J. "
 "Parker', 'New South Wales / , Victoria / , ...', 'Victoria / in 1889'), so those line breaks were dropped inside a "
 "word and before punctuation and made spaces between words (as batch 32n did with the same site's Treasury Wine "
 "Estates page); the copy's other single line breaks end its paragraphs (six kept), joined with blank lines. The "
 "excerpt has no infobox, heading or citation marker. No word added or changed. Kept as written: 'Huddart Parker "
 "Limited was an Australian shipping company trading in various forms between 1876 and 1961.', 'trans-tasman' "
 "(lower case), 'The company started in Geelong, but in 1890 shifted its offices to Melbourne.', 'By 1910 Huddart "
 "Parker had grown to rank 24th of the top 100 companies in Australia by asset value.', 'The company was founded on 1 "
 "August 1876 in Geelong as Huddart, Parker & Co. Pty. Ltd, by James Huddart, T.J. Parker, John. Traill, and Captain "
 "T. Webb.' ('John. Traill', with a full stop, as the copy has it), \"Earlier, in the 1850s, James Huddart's uncle, "
 "Captain Peter Huddart had made his fortune importing coal\", 'Mr. T.J.Parker, was a merchant who arrived in Geelong "
 "from London in 1853.' (no space after 'T.J.', a comma before 'was'), 'to become Huddart Parker & Company.', 'By 1886 "
 "it had inaugurated the Melbourne-Adelaide shipping service and in 1882 entered the Sydney Melbourne trade.', 'One "
 "of the original directors, John Traill, had survived the other directors by 1886, and remained chairman until his "
 "death at 92, in 1916.', 'By 1890, Traill had moved the company from offices on the wharves at Geelong to 466 "
 "Collins Street, in the heart of Melbourne.', 'The company registered in Victoria in 1889 as a proprietary company "
 "and converted to a public company in 1911.' 303 words. No outage told. Recorded CC BY-SA 3.0 (the site's topic pages "
 "copy pre-2023 Wikipedia text, as batch 32n recorded them; doubtful: no revision date). Found at rank 1 of the "
 "query 'Huddart Parker shipping company Geelong history founded Wikipedia' and again at rank 1 of 'Huddart Parker "
 "Limited Australian shipping company 1876 1961 James Huddart T.J. Parker John Traill Captain T. Webb' (batch 65e's "
 "lead: Huddart Parker as an Australian shipping history of its own); TheInfoList (rank 2 of the first query; "
 "glosses of linked articles woven into the sentences), wikisum.wiki (rank 3; sentences out of order), "
 "merchant-navy-ships.com and admin.1232web.com.au (a ship-history site's own text), paperspast.natlib.govt.nz (two "
 "newspaper items of 1905 and 1926), de.wikial.top (a German machine translation), sswimmera.au (a museum's own text) "
 "and notmentionedindispatches.blogspot.com (a blog) not used. Huddart Parker: 'Huddart Parker' in batch 62j's Union "
 "Company text (the partner line) and batch 64d's Australian National Airways text (cut out of its text with the "
 "later copies; the test file by its name only), other matters, the histories of those companies; James Huddart, "
 "Traill, Huddart, Parker & Co, Bitumen and Oil: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, via absoluteastronomy.com, a site rendering Wikipedia pages"))

# ---- conglomerate, Hong Kong: The Wharf (Holdings) (en.wikipedia.org, revision 861838353) ---------------------------
WH = [
 "The Wharf (Holdings) Limited (Chinese: 九龍倉集團), or Wharf (九倉) in short, is a company founded in 1886 in Hong "
 "Kong. As its name suggests, the company's original business was in running wharfage and dockside warehousing, and "
 "it was originally known as The Hong Kong and Kowloon Wharf and Godown Company, Limited and founded by Sir Paul "
 "Chater. The company adopted its current name in 1986. The current major holder of the company is Wheelock & Co.",
 "Even today, the company is still the owner of the Star Ferry, although this icon of Hong Kong now forms a "
 "relatively small part of the company's portfolio. The Five Flag Poles, a set of flag poles flying flags of the "
 "company, are a short walk from the Star Ferry's Tsim Sha Tsui pier and form a local landmark and meeting point.",
 "In a more modern vein, the company owns two major flagship properties in the Harbour City and Times Square "
 "shopping centres in Hong Kong. Both owe their origins to the company's transportation heritage, as they are "
 "respectively built on the site of the company's original wharf, and on the site of the original depot of the Hong "
 "Kong Tramway (owned 1974-2009), a former subsidiary.",
 "Other holdings in Hong Kong include i-CABLE, Cable TV and WTT, and Modern Terminals. The company also holds many "
 "properties in the Tsim Sha Tsui area of Kowloon.",
 "Wharf Holdings also owns operations and residential developments in Singapore through its Wheelock Properties "
 "subsidiary. Such properties include Wheelock Place and the former Seaview Hotel."]
KEPT["wp-the-wharf-holdings"] = ("wharf-enwiki-oldid.txt", WH, False)
R.append(wp("wp-the-wharf-holdings", "The Wharf (Holdings)",
 "https://en.wikipedia.org/wiki/The_Wharf_(Holdings)?oldid=861838353",
 "\n\n".join(MARK.sub("", p) for p in WH),
 "conglomerates/property and transport", ["history", "founding", "renaming", "subsidiaries", "ownership"],
 "The article as en.wikipedia.org renders its revision 861838353 in the page store (the address carries the revision "
 "id; the revision is of about September-October 2018: its maintenance tag reads '(August 2018)' and its lead ends "
 "with a 26 July 2016 announcement). Cut: the title line 'The Wharf (Holdings)'; the maintenance line 'This article "
 "needs additional citations for verification. (August 2018) |'; the infobox lines ('File:Wharf Logo.jpg | |', "
 "'Company type | Public |', '---|---|', 'SEHK: 4 | |', 'Industry | |', 'Founded | 1886 |', 'Headquarters | , |', "
 "'Area served | Hong Kong |', 'Key people | Peter Woo (Chairman) |', 'Parent | Wheelock and Company Limited |', "
 "'Website | www |'), so Peter Woo and the name 'Wheelock and Company Limited' are not in the text (cut as batches "
 "57p-65e cut their infoboxes); the sub-heading 'Background'; cut after '... and the former Seaview Hotel.', before "
 "the sentence the excerpt breaks off in ('On 26 July 2016, it was announced that Wharf Holdings (through Novel Colour "
 "Limited, a wholly owned subsidiary) is investing RMB 150 mi'; `truncated`; a cut at a sentence end), so Novel Colour "
 "Limited and the 2016 investment are not in the text. The excerpt has no citation marker. Paragraphs joined with "
 "blank lines (the rendering runs them on with a single line break). No word added or changed; the Chinese names kept "
 "as written. Kept as written: 'The Wharf (Holdings) Limited (Chinese: 九龍倉集團), or Wharf (九倉) in short, is a "
 "company founded in 1886 in Hong Kong.', 'it was originally known as The Hong Kong and Kowloon Wharf and Godown "
 "Company, Limited and founded by Sir Paul Chater.', 'The company adopted its current name in 1986.', 'The current "
 "major holder of the company is Wheelock & Co.', 'Even today, the company is still the owner of the Star Ferry', "
 "\"the Star Ferry's Tsim Sha Tsui pier\", 'the Harbour City and Times Square shopping centres in Hong Kong', 'the "
 "original depot of the Hong Kong Tramway (owned 1974-2009), a former subsidiary.' (a hyphen between the years), "
 "'Other holdings in Hong Kong include i-CABLE, Cable TV and WTT, and Modern Terminals.', 'Wharf Holdings also owns "
 "operations and residential developments in Singapore through its Wheelock Properties subsidiary.', 'Such "
 "properties include Wheelock Place and the former Seaview Hotel.' 255 words. No outage told. Recorded CC BY-SA 3.0 "
 "(a revision of 2018, before Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Wheelock and "
 "Company Hong Kong history founded acquired Wharf Holdings Wikipedia' (a company of this lane's Hong Kong list, no "
 "corpus hit; Wheelock itself asked for); the Kiwix copy of October 2023 on iiab.me (rank 2; the later revision, "
 "without the Singapore sentence), TheInfoList (rank 3; glosses woven in), a proxy of en.wikipedia.org's 'Wheelock "
 "Properties' (rank 4; another company, a short article with an infobox and a privatisation history) and "
 "londondaily.com (ranks 5-8; news of Wheelock's privatisation, copyrighted) not used. Wharf Holdings, Wharf "
 "(Holdings), Paul Chater, Wheelock, Star Ferry, Hong Kong Tramway, i-CABLE, Modern Terminals: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, as en.wikipedia.org rendered its revision 861838353"))

# ---- agribusiness, Australia: Elders Limited (en.wikipedia.org's older rendering) -----------------------------------
EL = [
 "Elders Limited is an Australian-based agribusiness company that provides products such as livestock, farm "
 "supplies and grain as well as financial services to the farming community in Australia and New Zealand.",
 "The company was founded in 1839 and through a long and complex set of mergers and divestitures the company grew to "
 "become one of the major companies in Australia with a wide variety of interests in different industries, before "
 "again reverting to its agricultural roots and becoming a supplier to the farming industry.",
 "Elder Smith & Co was founded in 1839 in South Australia by Alexander Lang Elder[1] as a new arm of his family's "
 "Scottish based merchant and shipping business. Its core business was a trading company and commission agent for "
 "wool and other agricultural products for sale back to Britain. Elder believed there were good business "
 "opportunities for trade out of the colony which had been newly proclaimed in December 1836.",
 "Elder, Smith & Co should not be confused with the company now known as Elders Limited. The South Australian "
 "company Elder, Smith & Co Limited and the Victorian company Goldsbrough Mort & Co Limited where acquired by the "
 "South Australian holding company Elder Smith Goldsbrough Mort Limited in 1963."]
KEPT["wp-elders-limited"] = ("elders-enwiki.txt", EL, False)
R.append(wp("wp-elders-limited", "Elders Limited", "https://en.wikipedia.org/wiki/Elders_Limited",
 "\n\n".join(MARK.sub("", p) for p in EL),
 "agribusiness", ["history", "founding", "acquisition"],
 "The article as en.wikipedia.org renders it in the page store (no revision id held; an older rendering in the "
 "'From Wikipedia, the free encyclopedia / Jump to: navigation, search' skin, whose infobox reads '2014 Marks the 175 "
 "Year anniversary' and 'Hutch Ranck Chairman(Since May 2014)': a revision of 2014 or 2015). Cut: the title line "
 "'Elders Limited', the chrome lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the "
 "infobox lines ('Elders Limited', 'Industry Agribusiness', 'Founded 1839 in Adelaide, South Australia, Australia, "
 "2014 Marks the 175 Year anniversary', 'Founder Alexander Lang Elder[1]', 'Headquarters Adelaide, Australia', 'Area "
 "served', 'Australia, New Zealand, Indonesia, China', 'Key people', 'Mr Mark Allison CEO,Hutch Ranck Chairman(Since "
 "May 2014), James Jackson Deputy Chairman (Since April 2014), Ian Wilton Non-Executive Director (Since April 2014)', "
 "'Products ...', 'Services ...', 'Number of employees', 'over 2000', 'Website www.elders.com.au'), so the four "
 "officers of 2014, Adelaide, Indonesia and China are not in the text (cut as batches 57p-65e cut their infoboxes); "
 "the citation marker '[1]' (no space before it); cut after '... Elder Smith Goldsbrough Mort Limited in 1963.', "
 "before the sentence the excerpt breaks off in ('Goldsbrough, Mort & Co Limi'; `truncated`; a cut at a sentence "
 "end), so Goldsbrough Mort's own history and the later mergers are not in the text. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Elders Limited is an Australian-based agribusiness company ...', "
 "'The company was founded in 1839 and through a long and complex set of mergers and divestitures the company grew "
 "...', 'Elder Smith & Co was founded in 1839 in South Australia by Alexander Lang Elder as a new arm of his family's "
 "Scottish based merchant and shipping business.' (no hyphen in 'Scottish based'), 'Elder believed there were good "
 "business opportunities for trade out of the colony which had been newly proclaimed in December 1836.', 'Elder, "
 "Smith & Co should not be confused with the company now known as Elders Limited.', 'The South Australian company "
 "Elder, Smith & Co Limited and the Victorian company Goldsbrough Mort & Co Limited where acquired by the South "
 "Australian holding company Elder Smith Goldsbrough Mort Limited in 1963.' ('where' for 'were', as the article has "
 "it). 203 words. No outage told. Recorded CC BY-SA 3.0 (a revision of 2014-2015, before Wikimedia's move to 4.0 of "
 "June 2023). Found at rank 7 of the query 'Elder Smith & Co Adelaide pastoral company history Thomas Elder Robert "
 "Barr Smith merged Goldsbrough Mort Wikipedia' (a company of this lane's Australia list, no corpus hit); "
 "adelaide.edu.au (ranks 1 and 3; the university library's own text), adelaideaz.com (ranks 2 and 6; an "
 "encyclopedia's own text), Wikisource pages of 'History of Adelaide and vicinity' (ranks 4 and 8; a book of 1890, "
 "uncorrected OCR) and snowtownmuseum.org (rank 5; a museum's own text) not used. Elders Limited, Elder Smith, "
 "Goldsbrough: " + CHECKED + " ('Alexander Lang Elder' in batch 65e's Bank of Otago text, as a director of that bank: "
 "another matter; 'Elders' in other texts as a word or as Elders IXL in the Foster's texts, other matters).",
 "non-US", v3=True))


def _norm(s, squash=False):
    """The text without citation markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[ citation needed ]'), whitespace runs
    as one space, or with `squash` dropped altogether (for a copy whose line breaks fall inside words)."""
    s = re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s)
    return "".join(s.split()) if squash else " ".join(s.split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space
    (dropped, for the absoluteastronomy.com copy); returns problems."""
    bad = []
    for rid, (fn, paras, squash) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read(), squash)
        for part in paras:
            if _norm(part, squash) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
            if squash and _norm(_aa(part), True) != _norm(part, True):
                bad.append(rid + ": whitespace edit changed a character: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
