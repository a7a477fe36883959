#!/usr/bin/env python3
"""Batch 64d (session 58; gatherer lane 64d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-63i, on Australian, Indian and Canadian airlines, shipping lines and retailers, new to
the corpus: Australian National Airways, founded in 1932 by Victor and Ivan Holyman as Tasmanian Aerial Services,
renamed Holyman Airways in 1934 and Australian National Airways in 1936, its DC-2s ordered from Douglas, the Orient
Line and Adelaide Steamship as shareholders and Adelaide Steamship's Adelaide Airways taken into its structure
(airlines, Australia); Foy & Gibson, the department store chain begun as Mark Foy's drapery in Collingwood, owned from
March 1883 by Francis Foy and Willam Gibson, bought out by Cox Brothers in 1955, its Western Australian company sold to
David Jones in 1964 (retail, Australia); the Scindia Steam Navigation Company, founded in 1919, the ship Loyalty bought
from the Maharajah of Gwalior, its purchases of the Bengal Burma, Indian Co-operative, Ratnagar and Bombay steam
navigation companies (shipping, India); and Zellers, the Canadian discount chain founded in 1931, acquired by the
Hudson's Bay Company in 1978, HBC's owner NRDC Equity Partners and the sale of Zellers leases to Target in 2011
(retail, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): the-uncensored-wiki.com's static copy of 'Australian National Airways' (about 2006-2007), the
IPFS copy of 'Foy & Gibson' (the Wikipedia dump of 2017), wikimili.com's copy of 'Scindia Steam Navigation Company
Ltd.' (an older copy, with the maintenance tag of July 2018) and en.m.wikipedia.org's rendering of 'Zellers' (of 2022:
'91 years ago (1931)'); three cut at a paragraph or sentence end before the point where the excerpt breaks off
(`truncated`), Foy & Gibson's prose whole (`truncated` false; its reference list and the IPFS footer cut).
Edits per item in `notes` (title lines, page chrome, infobox lines, image captions, the maintenance tag, reference
lists, other articles' lead sentences a mirror appends and citation markers cut; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather65d/src), the markers ('[1]', ' [1]',
'[nb 1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-63i did. No
text tells an outage (the DH-86 lost over Bass Strait is an accident, the government's conscription of ANA's DC-3s a
government order, Zellers' closing a business failure: near-misses). newskg (or any extractor) was not run on any
text. A round of four: six queries, five companies asked for (Zellers twice), four taken (round notes,
/work/notes/gather65/64d.md; queries, /tmp/gather65d/src/queries.txt).
usage: batch64d.py [POOL_DIR] [--dry]   (default /tmp/gather65d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65d/pool"
SRC = "/tmp/gather65d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-58 pools "
           "(/tmp/gather65*/pool) and in /work/notes/gather65/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- airlines, Australia: Australian National Airways (the-uncensored-wiki.com's copy, about 2006-2007) -------------
ANA = [
 "Australian National Airways was the Australia's predominant carrier from the mid-1930s to the early 1950s.",
 "It was founded in 1932 by Victor and Ivan Holyman as Tasmanian Aerial Services. They used a de Havilland DH-83 Fox "
 "Moth to fly across Bass Strait between Launceston and Flinders Island. In September 1934 they changed the name to "
 "Holyman Airways in time to inaugurate a Melbourne-Launceston service.",
 "The Holyman family were well know for their shipping company, William Holyman and Sons Limited.",
 "Having won a government tender to provide air mail services across the Bass Strait, Holyman Airways acquired a de "
 "Havilland DH-86 Commonwealth Airliner. Unfortunately, during the first flight, on 1 October 1934, the aircraft was "
 "lost over the Bass Strait and no trace was ever found. Victor Holyman was at the controls of the DH-86 on that day.",
 "Ivan Holyman embarked on a program of expansion which saw a route from Melbourne to Sydney via Wagga Wagga "
 "established in 1935. Holyman opted to break with Australian tradition of the time and order the DC-2 aircraft from "
 "Douglas in the USA, thinking them to be superior to any British aircraft designs. In subsequent years the company "
 "acquired the larger and more efficient Douglas DC-3.",
 "When the first DC-2 arrived in 1936 Holyman Airways was renamed Australian National Airways. The Orient Line and "
 "Adelaide Steamship companies joined the list of shareholders. Included in the new corprate structure was Adelaide "
 "Steamship's Adelaide Airways, which also acquired the name of Australian National Airways.",
 "The new Australian National Airways was re-launched on 1 July 1936 with a network extending from Sydney through "
 "Melbourne to Tasmania, and from Melbourne through Adelaide to Perth.",
 "When Australia entered World War II in 1939 the Government of Australia conscripted four of ANA's DC-3s, leaving it "
 "to battle on with an assortment of lesser aircraft."]
KEPT["wp-australian-national-airways"] = ("ana-uncensored.txt", ANA)
R.append(wp("wp-australian-national-airways", "Australian National Airways",
 "http://the-uncensored-wiki.com:20061/a/u/s/Australian_National_Airways_c502.html",
 "\n\n".join(MARK.sub("", p) for p in ANA),
 "transport/airlines", ["history", "founding", "renaming", "aircraft order", "shareholders"],
 "The article as the-uncensored-wiki.com's static copy holds it in the page store (no date or revision id held; an "
 "old static dump of about 2006-2007, as batches 60a-62l dated that site's copies: the article is the short early "
 "one, with no sections, and calls the airline 'Holyman Airways' where later revisions read \"Holyman's Airways\"). "
 "Cut: the title line 'Australian National Airways' and the chrome line 'From Wikipedia, the free encyclopedia'; cut "
 "after '... with an assortment of lesser aircraft.', before the sentence the excerpt breaks off in ('However, ANA was "
 "soon '; `truncated`; a cut at a sentence end), so ANA's war years, its merger talks and its end are not in the "
 "text. The excerpt has no infobox, heading or citation marker. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: \"Australian National Airways was the Australia's predominant carrier from the mid-1930s "
 "to the early 1950s.\" ('the Australia's', as the copy has it), 'It was founded in 1932 by Victor and Ivan Holyman as "
 "Tasmanian Aerial Services.', 'In September 1934 they changed the name to Holyman Airways in time to inaugurate a "
 "Melbourne-Launceston service.', 'The Holyman family were well know for their shipping company, William Holyman and "
 "Sons Limited.' ('well know', as the copy has it), 'Holyman Airways acquired a de Havilland DH-86 Commonwealth "
 "Airliner', 'during the first flight, on 1 October 1934, the aircraft was lost over the Bass Strait', 'Holyman opted "
 "to break with Australian tradition of the time and order the DC-2 aircraft from Douglas in the USA', 'In subsequent "
 "years the company acquired the larger and more efficient Douglas DC-3.', 'When the first DC-2 arrived in 1936 "
 "Holyman Airways was renamed Australian National Airways.' (no comma after '1936'), 'The Orient Line and Adelaide "
 "Steamship companies joined the list of shareholders.', \"Included in the new corprate structure was Adelaide "
 "Steamship's Adelaide Airways, which also acquired the name of Australian National Airways.\" ('corprate', as the "
 "copy has it), 'The new Australian National Airways was re-launched on 1 July 1936', \"When Australia entered World "
 "War II in 1939 the Government of Australia conscripted four of ANA's DC-3s\". 304 words. No outage told: the DH-86 "
 "lost on its first flight is an accident and the conscription of four DC-3s a government order (GUIDELINES, "
 "Outages: near-misses). Recorded CC BY-SA 3.0 (a copy of about 2006-2007, before Wikimedia's move to 4.0 of June "
 "2023, as batches 60a-62l recorded that site's copies). Found at rank 5 of the query \"Australian National Airways "
 "1936 Holyman's Airways Ivan Holyman history Wikipedia\" (batch 63i's lead: ANA as a company history of its own); "
 "taamuseum.org.au (rank 1; a museum's own text, no open licence), wikisum.wiki (rank 2; sentences out of order), "
 "adb.anu.edu.au (rank 3; a biography of Ivan Holyman, the dictionary's own text), a wikitext rendering with no "
 "address (rank 4), austbuttonhistory.com (rank 6; a blog), ixistenz.ch's proxy of en.m.wikipedia.org (rank 7) and "
 "twiki.owiki.org (rank 8), the later article (Flinders Island Airways, the partnership with Huddart Parker and the "
 "Union Steamship Company of New Zealand; one text per matter: the earlier copy tells the founding, the renamings "
 "and the shareholders in fewer words) not used. Holyman, Tasmanian Aerial, Flinders Island, William Holyman, Orient "
 "Steam: " + CHECKED + " ('Holyman' in batch 57x's Condor Ferries text, the later ferry firm, and in batch 63i's "
 "Adelaide Steamship Company text, where 'Australian National Airways' is formed by Adelaide Airways and \"Holyman's "
 "Airways\": another matter, the steamship company's history, whose round named ANA's own history a lead; 'Orient "
 "Line' inside 'Neptune Orient Lines' and in an FCC broadcast-licence text, other matters by their file names; "
 "'Huddart Parker' and 'Union Steamship' in batch 62j's Union Company text, cut out of this one with the later "
 "copies).",
 "non-US", v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of about 2006-2007"))

# ---- retail, Australia: Foy & Gibson (the IPFS copy, the dump of 2017) ---------------------------------------------
FG = [
 "Foy & Gibson (also known as Foy's) was one of Australia's earliest department store chains, modelled on Le Bon "
 "Marché in Paris and other European and American Stores of the period. A large range of goods were manufactured and "
 "sold by the company including clothing, manchester, leather goods, soft furnishings, furniture, hardware and "
 "food.[1]",
 "The first store was established as a drapery in Smith Street, Collingwood, Victoria by Mark Foy. Ownership of this "
 "business was transferred to his son Francis Foy in partnership with Willam Gibson in March 1883. Francis Foy later "
 "sold his half share of the business to Gibson and moved to Sydney, establishing Mark Foy's there.[2]",
 "Gibson established a branch of the business in Perth in 1895, and subsequently opened a store in Brisbane in 1903 "
 "and another in Rundle Street, Adelaide in 1907.[2][3]",
 "In 1955, the company was bought out by Cox Brothers and in 1964, Foy & Gibson (WA) Ltd, including ten stores in "
 "Western Australia, was sold to David Jones. The Bourke Street Melbourne store was sold to Woolworths in 1967.[4] The "
 "Adelaide store continued to trade under the Cox-Foys banner - owned by Harris Scarfe until it closed in 1977."]
KEPT["wp-foy-and-gibson"] = ("foy-gibson-ipfs.txt", FG)
R.append(wp("wp-foy-and-gibson", "Foy & Gibson",
 "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Foy_and_Gibson.html",
 "\n\n".join(MARK.sub("", p) for p in FG),
 "retail/department stores", ["history", "founding", "acquisition", "divestiture"],
 "The article as the IPFS copy of English Wikipedia holds it in the page store (no revision id held; the IPFS "
 "mirror's snapshot of English Wikipedia of 2017, as batch 62h dated its Carolco Pictures copy; the article is the "
 "short one of about 2012-2017: its last reference was 'Retrieved 23 November 2012'). Cut: the title line 'Foy & "
 "Gibson'; the infobox lines ('Foy & Gibson', 'Department Store', 'Industry Retail', 'Founded 1883', 'Headquarters "
 "Australia', 'Products clothing, manchester, leather goods, soft furnishings, furniture, hardware, food'), so the "
 "year of founding is told only by the prose's 'March 1883' (cut as batches 57p-63i cut their infoboxes); the image "
 "caption 'Former warehouses and factories built for the company in Oxford Street, Collingwood.', "
 "so Oxford Street is not in "
 "the text; the citation markers '[1]', '[2]', '[2][3]' and '[4]' (no space before them); the heading 'References' "
 "and its four entries (Heritage Victoria, the Australian Dictionary of Biography, The Advertiser of 7 September 1907, "
 "the Guide to Australian Business Records) and the IPFS footer the excerpt breaks off in ('This article is issu'). "
 "The article's prose is whole (`truncated` false: the text ends where the article's last paragraph ends). Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: \"Foy & Gibson (also known as Foy's) was one of "
 "Australia's earliest department store chains, modelled on Le Bon Marché in Paris and other European and American "
 "Stores of the period.\" (a capital 'Stores'; 'Marché' with its accent), 'A large range of goods were manufactured "
 "and sold by the company including clothing, manchester, ...', 'The first store was established as a drapery in Smith "
 "Street, Collingwood, Victoria by Mark Foy.', 'Ownership of this business was transferred to his son Francis Foy in "
 "partnership with Willam Gibson in March 1883.' ('Willam', as the article has it), \"Francis Foy later sold his half "
 "share of the business to Gibson and moved to Sydney, establishing Mark Foy's there.\", 'Gibson established a branch "
 "of the business in Perth in 1895, and subsequently opened a store in Brisbane in 1903 and another in Rundle Street, "
 "Adelaide in 1907.', 'In 1955, the company was bought out by Cox Brothers and in 1964, Foy & Gibson (WA) Ltd, "
 "including ten stores in Western Australia, was sold to David Jones.', 'The Bourke Street Melbourne store was sold to "
 "Woolworths in 1967.', 'The Adelaide store continued to trade under the Cox-Foys banner - owned by Harris Scarfe "
 "until it closed in 1977.' (a spaced hyphen). 197 words. No outage and no near-miss of one told (the Adelaide store's "
 "closing is a business's end). Recorded CC BY-SA 3.0 (a copy of 2017, before Wikimedia's move to 4.0 of June 2023, "
 "as batch 62h recorded its IPFS copy). Found at rank 6 of the query 'Foy & Gibson department store Melbourne "
 "history Mark Foy William Gibson Wikipedia' (a free name of this lane, batch 63i's lead); it.knowledgr.com and "
 "fr.knowledger.de (ranks 1 and 2; machine translations), the Kiwix copy of October 2023 (rank 3) and "
 "en.m.wikipedia.org (rank 4; the later, longer revision, each breaking off in the third paragraph of its history, "
 "before the sale to Cox Brothers), howretro.com (rank 5; a blog), self.gutenberg.org's 'World Heritage Encyclopedia' "
 "copy (rank 7; the same older words with its own title lines, 'opened store a store') and emelbourne.net.au (rank 8; "
 "the encyclopedia's own text, no open licence) not used. Foy & Gibson, Foy and Gibson, Cox Brothers, Harris Scarfe, "
 "Cox-Foys, Willam Gibson, Francis Foy: " + CHECKED + " ('Foy & Gibson' only in lists of free names in GATHERING.md; "
 "\"Mark Foy's\" in batch 63c's Grace Bros text, as a Sydney competitor: another matter, the Sydney store the son "
 "founded, which this text names once; 'David Jones' in batches 47y's and 59c's texts and three gold files, other "
 "matters: people called David Jones in the two scripts, the gold files' by their names).",
 "non-US", v3=True, copy_of="the Wikipedia article, via the IPFS copy of English Wikipedia"))
R[-1]["truncated"] = False

# ---- shipping, India: Scindia Steam Navigation Company (wikimili.com's older copy) ---------------------------------
SC = [
 "The Scindia Steam Navigation Company, founded in 1919, is the second oldest shipping company of India. The first "
 "being the Swadeshi Steam Navigation Company of VOC Pillai in today's Tamilnadu that was founded in 1906.",
 "On 19 December 1914, the RMS Empress of India was reported sold to Scindia of Gwalior (also known as the Maharajah "
 "of Gwalior). [1] The former Empress was re-fitted as a hospital ship for Indian troops. On 19 January 1915, the ship "
 "was renamed Loyalty. In March 1919, she was sold to the newly formed Scindia Steam Navigation Company Ltd; on 5 "
 "April 1919, navigation history was created when she journeyed to the United Kingdom, a crucial step for India's "
 "shipping history when sea routes were controlled by the British.",
 "In 1932, the company purchased the Bengal Burma S.N. Co.; the company also purchased the Indian Co-operative "
 "Navigation & Trading Co., the Ratnagar S.N. Co., and in 1952 the Bombay S.N. Co. The company purchased shipyards in "
 "India in 1940, named Scindia Shipyard; its first ship, the 8000-ton Jalusha, was launched soon after independence "
 "by Jawaharlal Nehru in 1948.",
 "The registered office is at Scindia Colony, Building III, Sir M.V. Road, Andheri (E), Mumbai-400069.",
 "The house flag of Scindia is blue, with a white disc bearing a red swastika, an ancient Indian symbol unrelated to "
 "its use by Nazi Germany.",
 "The National Maritime Day is celebrated in India on 5 April, the anniversary of the Loyalty's journey to the United "
 "Kingdom."]
KEPT["wp-scindia-steam-navigation-company"] = ("scindia-wikimili.txt", SC)
R.append(wp("wp-scindia-steam-navigation-company", "Scindia Steam Navigation Company Ltd.",
 "https://wikimili.com/en/Scindia_Steam_Navigation_Company_Ltd.",
 "\n\n".join(MARK.sub("", p) for p in SC),
 "transport/shipping", ["history", "founding", "acquisition"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; an older copy, the "
 "short article under a maintenance tag of July 2018; the page store also holds a later copy at the same address, "
 "rank 1 of the query, the rewritten article of 2025). Cut: the maintenance line 'This article needs additional "
 "citations for verification .(July 2018) |'; the citation marker ' [1]' (with a space before it); cut after '... "
 "the anniversary of the Loyalty's journey to the United Kingdom.', the article's last sentence in the excerpt, "
 "before the lead sentences of other articles wikimili.com appends under its own headings (here run on with no "
 "heading: 'British India Steam Navigation Company (\"BI\") was formed in 1856 as the Calcutta and Burmah Steam "
 "Navigation Company.', 'Walchand Hirachand Doshi was an Indian industrialist and the founder of the Walchand group. "
 "...' and the word the excerpt breaks off in, 'Sto'; not the article's text; `truncated`: whether the article went "
 "on the excerpt does not show), so Walchand Hirachand and the British India company are not in the text. Paragraphs "
 "joined with blank lines (the copy runs them on with a single line break). No word added or changed. Kept as "
 "written: 'The Scindia Steam Navigation Company, founded in 1919, is the second oldest shipping company of India.', "
 "\"The first being the Swadeshi Steam Navigation Company of VOC Pillai in today's Tamilnadu that was founded in "
 "1906.\" (a sentence without a verb, as the copy has it), 'On 19 December 1914, the RMS Empress of India was reported "
 "sold to Scindia of Gwalior (also known as the Maharajah of Gwalior).', 'In March 1919, she was sold to the newly "
 "formed Scindia Steam Navigation Company Ltd; on 5 April 1919, navigation history was created ...' (a semicolon), "
 "'In 1932, the company purchased the Bengal Burma S.N. Co.; the company also purchased the Indian Co-operative "
 "Navigation & Trading Co., the Ratnagar S.N. Co., and in 1952 the Bombay S.N. Co.', 'The company purchased shipyards "
 "in India in 1940, named Scindia Shipyard; its first ship, the 8000-ton Jalusha, was launched soon after independence "
 "by Jawaharlal Nehru in 1948.', 'The registered office is at Scindia Colony, Building III, Sir M.V. Road, Andheri "
 "(E), Mumbai-400069.', 'The house flag of Scindia is blue, with a white disc bearing a red swastika, an ancient "
 "Indian symbol unrelated to its use by Nazi Germany.', \"The National Maritime Day is celebrated in India on 5 April, "
 "the anniversary of the Loyalty's journey to the United Kingdom.\" 245 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (doubtful: no revision id; the maintenance tag dates the article to July 2018 or later, and "
 "wikimili.com's copies are recorded 4.0 as batches 60a-63i recorded them). Found at rank 6 of the query 'Scindia "
 "Steam Navigation Company history founded 1919 Walchand Hirachand Wikipedia' (a company of this lane's India list, "
 "no corpus hit); wikimili.com's later copy (rank 1) and en.wikipedia.org's '= Title =' rendering (rank 3), the "
 "rewritten article (founders, the syndicate, the Rs. 4.5 crore capital; it breaks off before the company's "
 "purchases), the Kiwix copy of August 2020 on a.osmarks.net (rank 2) and piglix.com (rank 5) (the middle revision: "
 "the four founders, P&O and the British-India company; both break off before the purchases), worldrecords.news (rank "
 "4; a news site's own text), openwritersroom.com (rank 7; a retired engineer's post) and a scribd.com document (rank "
 "8) not used: one text per matter, and this copy tells the four purchases. Scindia, Narottam, Kilachand, Bengal "
 "Burma, Ratnagar, Bombay S.N., Swadeshi Steam, Empress of India: " + CHECKED + " ('Walchand' in batch 31a's Shiv "
 "Nadar text, as the Walchand group, another matter, and cut out of this one with wikimili.com's appended leads).",
 "non-US", copy_of="the Wikipedia article, via wikimili.com's copy of 2018 or later"))

# ---- retail, Canada: Zellers (en.m.wikipedia.org's rendering, 2022) -----------------------------------------------
ZE = [
 "Zellers was a Canadian discount department retail chain and is currently a brand name owned by the Hudson's Bay "
 "Company (HBC). Founded in 1931 in London, Ontario, in later decades it was based in Brampton, Ontario. Zellers was "
 "acquired by HBC in 1978 before closing in 2013.",
 "A series of acquisitions and expansions allowed Zellers to reach its peak in the 1990s, with 350 stores across the "
 "country in 1999.[1] However, fierce competition by Walmart Canada and an inability to adjust to the increasingly "
 "volatile retailing industry resulted in Zellers losing significant ground in the 2000s. At the same time, HBC's new "
 "owner NRDC Equity Partners was focusing on bolstering and re-positioning Zellers' sister chain, The Bay, with an "
 "upscale and fashion-oriented direction, and saw Zellers as a detriment to the turnaround.",
 "In January 2011, HBC announced that it would sell the lease agreements for up to 220 Zellers stores to the US chain "
 "Target for $1.825 billion. In turn, Target announced its intention to convert many of them to Canadian locations of "
 "Target, and re-sell the remainder to other parties such as Walmart Canada, resulting in their liquidation and "
 "eventual closure. While HBC retained 64 Zellers locations, it announced on July 26, 2012, that all of them would be "
 "liquidated and closed by March 31, 2013, due to their lack of profitability."]
KEPT["wp-zellers"] = ("zellers-enm.txt", ZE)
R.append(wp("wp-zellers", "Zellers", "https://en.m.wikipedia.org/wiki/Zellers",
 "\n\n".join(MARK.sub("", p) for p in ZE),
 "retail/discount stores", ["history", "acquisition", "ownership", "lease sale", "closure"],
 "The article as en.m.wikipedia.org renders it in the page store (no revision id held; a revision of 2022: the "
 "infobox reads 'Founded1931; 91 years ago (1931)'; the lead and the infobox run on with no heading, and the next "
 "paragraphs are the lead's). Cut: the infobox lines ('IndustryDiscount retail store', 'Founded1931; 91 years ago "
 "(1931)', 'FounderWalter P. Zeller', 'DefunctMarch 2013 (as a chain)', 'January 2020 (liquidation stores)', "
 "'FateClosed with most store leases acquired by Target Canada and Walmart Canada. ...', 'HeadquartersBrampton, "
 "Ontario, Canada', 'Number of locations', '350 (1999)[1]', 'ProductsClothing, grocery, ...', \"OwnerHudson's Bay "
 "Company[2]\"), so the founder Walter P. Zeller and Target Canada are not in the text (cut as batches 57p-63i cut "
 "their infoboxes); the citation marker '[1]' (no space before it); cut after '... due to their lack of "
 "profitability.', before the sentence the excerpt breaks off in ('After the chain ceased, HBC converted three "
 "Zellers-brand'; `truncated`; a cut at a sentence end), so the liquidation stores and the brand's revival are not in "
 "the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: \"Zellers was a Canadian "
 "discount department retail chain and is currently a brand name owned by the Hudson's Bay Company (HBC).\", 'Founded "
 "in 1931 in London, Ontario, in later decades it was based in Brampton, Ontario.', 'Zellers was acquired by HBC in "
 "1978 before closing in 2013.', 'with 350 stores across the country in 1999', 'fierce competition by Walmart "
 "Canada', \"HBC's new owner NRDC Equity Partners was focusing on bolstering and re-positioning Zellers' sister chain, "
 "The Bay, with an upscale and fashion-oriented direction\", 'In January 2011, HBC announced that it would sell the "
 "lease agreements for up to 220 Zellers stores to the US chain Target for $1.825 billion.', 'it announced on July "
 "26, 2012, that all of them would be liquidated and closed by March 31, 2013, due to their lack of profitability.' "
 "223 words. No outage told; the stores' liquidation and closing are a business's end (GUIDELINES, Outages: a "
 "near-miss). Recorded CC BY-SA 4.0 (a rendering of 2022, as batch 61d recorded its en.m.wikipedia.org rendering of "
 "about 2020-2021; doubtful: the revision itself predates June 2023). Found at rank "
 "4 of the query \"Zellers Canadian discount department store chain history 1931 Hudson's Bay Company acquired 1978 "
 "Fields Stores Wikipedia\" (a free name of this lane; batch 63i found only Walter P. Zeller's biography); "
 "the-uncensored-wiki.com's 'Fields (department store)' (rank 1; another article, about 130 words of prose), "
 "cinxe.com (rank 2; the page's HTML source), ww-w.pages.dev (rank 3; word fragments), canada.wikia.com (rank 5; a "
 "wiki's copy of an older lead, with advertising lines), en.m.wikipedia.org's 'Zeller's' redirect (rank 6; an older "
 "revision of the same lead, 'a determent'), biv.com (rank 7; news) and kickshawproductions.com (rank 8; a blog) not "
 "used. Zellers, Zeller, NRDC Equity, Hudson's Bay, Marshall Wells, Fields Stores: " + CHECKED + " ('Zellers', "
 "'Zeller', 'Schulte' and 'W.T. Grant' only in lists of free names and batch 63i's leads in GATHERING.md; \"Hudson's "
 "Bay\" and 'NRDC Equity' only in GATHERING.md's notes of texts looked at and not used, the sale of 2008, not in "
 "any gold text; 'Target' and 'Walmart' in many texts, other matters).",
 "non-US", copy_of="the Wikipedia article, as en.m.wikipedia.org rendered it"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[ citation needed ]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space;
    returns problems."""
    bad = []
    for rid, (fn, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
