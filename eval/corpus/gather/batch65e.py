#!/usr/bin/env python3
"""Batch 65e (session 59; gatherer lane 65e): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n and 65b-65c, on a Canadian holding company, a New Zealand bank and an Australian
shipping and industrial group, new to the corpus: the Argus Corporation, the Toronto investment holding company founded
in 1945 by E. P. Taylor with minority partners Colonel W. Eric Phillips, Wallace McCutcheon and Bud McDougald, formed
through Canadian Breweries Limited and set up with the support of the American Atlas Corporation, bought by Conrad
Black in 1978 and at last wholly owned by his Ravelston Corporation (holding company, Canada); the Bank of Otago,
incorporated in London in 1863 with Alexander Lang Elder of the English, Scottish and Australian Bank on its board, its
colonial manager John Bathgate, and its purchase in 1873 by The National Bank of New Zealand (banking, New Zealand); and
Howard Smith Limited, the shipping company begun in 1854 by Captain William Howard Smith with SB Skinner, its purchase
of the Melbourne Steamship Company (1961), RW Miller Holdings (1972-1985, Ampol's shareholding in 1979) and the Dilmun
Navigation Co from Inchcape (1989), and its takeover by Wesfarmers in August 2001 (shipping and industry, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.m.wikipedia.org's rendering of 'Argus Corporation' (recent), wikimili.com's copy of 'Bank of
Otago' (recent) and piglix.com's copy of 'Howard Smith Limited' (undated, an older revision); each cut at a paragraph
or sentence end before the point where the excerpt breaks off (all `truncated`). Edits per item in `notes` (page
chrome, infobox lines, headings and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather66e/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[ citation
needed ]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 57g-64i did. No text
tells an outage. newskg (or any extractor) was not run on any text. A round of three: nine queries, seven companies
asked for, three taken (round notes, /work/notes/gather66/65e.md; queries, /tmp/gather66e/src/queries.txt).
usage: batch65e.py [POOL_DIR] [--dry]   (default /tmp/gather66e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66e/pool"
SRC = "/tmp/gather66e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- holding company, Canada: Argus Corporation (en.m.wikipedia.org's rendering, recent) -----------------------------
AR = [
 "The Argus Corporation was an investment holding company based in Toronto, Ontario. During the 1960s and 1970s, it "
 "was the most powerful and best known conglomerate in Canada,[1] at one time controlling the companies making up 10 "
 "percent of all shares traded daily on the Toronto Stock Exchange.[2]",
 "At its height in the 1970s, it was a true conglomerate with many unrelated businesses. Among these were Dominion "
 "grocery stores, Orange Crush soft drinks, Massey Ferguson farm machinery, Domtar wood products and Carling O'Keefe "
 "breweries.",
 "The company was purchased by Conrad Black in 1978. Black and his associates sold off most of the Argus assets by "
 "1985, and by 2005 Argus contained only one asset and was itself wholly owned by Black's Ravelston Corporation. Due to "
 "the fallout of ongoing lawsuits, Ravelston went bankrupt in 2008, and Argus disappeared.[citation needed]",
 "Argus was founded as an investment holding company in 1945 by E. P. Taylor[3] with minority partners Colonel W. Eric "
 "Phillips, Wallace McCutcheon, Bud McDougald, and other less influential investors.[3] The company was formed through "
 "Taylor's brewery empire, Canadian Breweries Limited, which was later known as Carling O'Keefe, and which Argus took "
 "control over.[4] Argus was also set up with the support of the American Atlas Corporation, itself a holding "
 "company.[3]",
 "In 1958, Argus moved its headquarters to the prestigious location of 10 Toronto Street, where it stayed until its "
 "demise.[5]",
 "Argus was once one of Canada's most powerful conglomerates.[2] By 1964, 10 percent of all shares traded on the "
 "Toronto Stock Exchange were controlled by Argus.[2] In 1969, E.P. Taylor appointed McDougald to run operations."]
KEPT["wp-argus-corporation"] = ("argus-corporation-enmwiki.txt", AR)
R.append(wp("wp-argus-corporation", "Argus Corporation", "https://en.m.wikipedia.org/wiki/Argus_Corporation",
 "\n\n".join(MARK.sub("", p) for p in AR),
 "finance/holding company", ["history", "founding", "holding company", "controlled companies", "purchase", "ownership"],
 "The article as en.m.wikipedia.org renders it in the page store (no date or revision id held; a recent rendering: "
 "its infobox label reads 'Company typeHolding company', the label of the later infobox, and the lead ends 'Ravelston "
 "went bankrupt in 2008, and Argus disappeared.'; the lead and the infobox run on with no heading). Cut: the infobox "
 "lines 'Argus Corporation' and 'Company typeHolding company' (between the first and second paragraphs, as the "
 "rendering places them; cut as batches 57p-64i cut their infoboxes); the headings 'History edit' and 'Rise edit' "
 "(each with the rendering's 'edit' link); the citation markers '[1]', '[2]', '[3]', '[4]', '[5]' and "
 "'[citation needed]' (no space before them); cut after 'In 1969, E.P. Taylor appointed McDougald to run "
 "operations.', before the sentence the excerpt breaks off in ('In the 1970s, it controlled large companies including "
 "Canadian Breweries Limited, Dominion Stores, Hollinger Mines, Crown Trust, Domtar, Standard Broadcasting and Massey "
 "Ferguson, as well as at some point or other ha'; `truncated`; a cut at a sentence end), so Dominion Stores, "
 "Hollinger Mines, Crown Trust and Standard Broadcasting are not in the text, and Conrad Black's takeover is told only "
 "by the lead. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The Argus Corporation "
 "was an investment holding company based in Toronto, Ontario.', 'it was the most powerful and best known conglomerate "
 "in Canada, at one time controlling the companies making up 10 percent of all shares traded daily on the Toronto "
 "Stock Exchange.', 'Among these were Dominion grocery stores, Orange Crush soft drinks, Massey Ferguson farm "
 "machinery, Domtar wood products and Carling O'Keefe breweries.' ('Massey Ferguson' with no hyphen), 'The company "
 "was purchased by Conrad Black in 1978.', \"by 2005 Argus contained only one asset and was itself wholly owned by "
 "Black's Ravelston Corporation\", 'Argus was founded as an investment holding company in 1945 by E. P. Taylor with "
 "minority partners Colonel W. Eric Phillips, Wallace McCutcheon, Bud McDougald, and other less influential "
 "investors.', \"The company was formed through Taylor's brewery empire, Canadian Breweries Limited, which was later "
 "known as Carling O'Keefe, and which Argus took control over.\", 'Argus was also set up with the support of the "
 "American Atlas Corporation, itself a holding company.', 'the prestigious location of 10 Toronto Street', 'In 1969, "
 "E.P. Taylor appointed McDougald to run operations.' ('E. P.' with a space above, 'E.P.' with none here). 264 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering, as batch 64d recorded its "
 "en.m.wikipedia.org rendering; doubtful: no revision id). Found at rank 4 of the query 'Argus Corporation history "
 "Bud McDougald Eric Phillips Wallace McCutcheon Conrad Black Ravelston 1978 takeover' (the lead also at rank 2 of a "
 "first query, pwojczyn.com's copy); archive.macleans.ca (ranks 1, 8; magazine articles of 1978 and 1975), "
 "wikipedia.classicistranieri.com (rank 2; a revision of about 2006-2008, 'In 2005 Argus controls only Black's "
 "Toronto-based holding company Hollinger Inc.', about 190 words), enwikipedia.net and wikimili.com (ranks 3, 5; the "
 "same revision, their excerpts breaking off earlier), pt.xcv.wiki (rank 6; Portuguese) and a blog (rank 7) not "
 "used. Argus Corporation (as a company history of its own), McDougald, Eric Phillips, McCutcheon, Ravelston, Atlas "
 "Corporation, Toronto Street, Orange Crush, Massey Ferguson, Domtar: " + CHECKED + " ('Argus Corporation' in batch "
 "64i's test text on Canadian Breweries, which tells in one sentence that the company 'became part of the Argus "
 "Corporation when Argus was founded by Taylor, and others, in 1945', the lead engineer's lead for this matter in "
 "batch 64i's notes; 'Argus' in other senses in the Court Line and Medallion texts; 'Conrad Black' in texts on his "
 "trial and on Putnam, other matters; \"Carling O'Keefe\" in batch 57g's and 64i's texts, other matters).", "non-US",
 copy_of="the Wikipedia article, as en.m.wikipedia.org rendered it"))

# ---- banking, New Zealand: Bank of Otago (wikimili.com's copy, recent) ------------------------------------------------
BO = [
 "The Bank of Otago was a bank which successfully operated in New Zealand's Otago province from late 1863 until it was "
 "bought in 1873 by a new London incorporation, The National Bank of New Zealand, also run from Dunedin but endowed "
 "with many times more capital and plans to operate nationwide.",
 "The Bank of Otago Limited was incorporated in London in 1863. Its board of directors: Alexander Lang Elder of the "
 "English, Scottish and Australian Bank and six others with banking interests in India, Canada and Africa, promoted "
 "the sale of its shares always referring to the Otago goldfields and the spectacular growth in the amount of gold "
 "exported from Otago. [1] [2] The shares were listed on the London Stock Exchange and special enabling legislation "
 "enacted in New Zealand, (the) Bank of Otago Limited Act, 1863. [3]",
 "The Head Office was to be in London and the chief branch in Dunedin. Other branches or agencies were to be "
 "established at such settlements as the directors would determine.",
 "The many advertisements announced: \"The Bank will receive money on deposit in London and New Zealand, repayable at "
 "long and short dates, open drawing accounts in the colony, issue Notes, discount Bills, conduct exchange "
 "operations, receive dividends, interest, &c, for customers, effect purchases and sales in funds, stock, &c, for "
 "them, and transact all other legitimate banking business.\" [4]",
 "54-year-old John Bathgate was sent by the London board to be colonial manager (chief executive in New Zealand). He "
 "arrived in Dunedin on 23 November 1863. [5] [6] He was a Scottish solicitor with banking experience."]
KEPT["wp-bank-of-otago"] = ("bank-of-otago-wikimili.txt", BO)
R.append(wp("wp-bank-of-otago", "Bank of Otago", "https://wikimili.com/en/Bank_of_Otago",
 "\n\n".join(MARK.sub("", p) for p in BO),
 "finance/banking", ["history", "incorporation", "board of directors", "manager", "acquisition"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a recent copy: its "
 "infobox is set out as a table whose first label is 'Company type', the label of the later infobox; the excerpt "
 "starts inside the infobox, with no title line). Cut: the infobox table lines ('Company type | public listed "
 "company |', '---|---|', 'Industry | Banking |', 'Founded | April 1863 |', 'Defunct | April 1873National Bank of New "
 "Zealand | absorbed by The', 'Headquarters | Dunedin, New Zealand |', 'Key people | |', 'Products | Note-issuing, "
 "banking, financial and saving services |'; cut as batches 57p-64i cut their infoboxes); the citation markers ' "
 "[1] [2]', ' [3]', ' [4]' and ' [5] [6]' (each with a space before it); cut after 'He was a Scottish solicitor with "
 "banking experience.', before the sentence the excerpt breaks off in ('His practice in Peebles \u2014 then a centre of "
 "the Scottish woollen industry \u2014 had extended to his taking on the Peebles ag'; `truncated`; a cut at a sentence "
 "end), so Bathgate's later career, his resignation and the bank's later managers are not in the text. The copy runs "
 "its paragraphs on with single line breaks and shows no headings in the excerpt; paragraphs joined with blank lines. "
 "No word added or changed. Kept as written: \"The Bank of Otago was a bank which successfully operated in New "
 "Zealand's Otago province from late 1863 until it was bought in 1873 by a new London incorporation, The National Bank "
 "of New Zealand, also run from Dunedin but endowed with many times more capital and plans to operate nationwide.\" "
 "('The' capitalised mid-sentence), 'Its board of directors: Alexander Lang Elder of the English, Scottish and "
 "Australian Bank and six others with banking interests in India, Canada and Africa, promoted the sale of its shares "
 "always referring to the Otago goldfields' (a colon after 'directors', as written), 'The shares were listed on the "
 "London Stock Exchange and special enabling legislation enacted in New Zealand, (the) Bank of Otago Limited Act, "
 "1863.' ('(the)' in brackets), the bank's advertisement of 1863 quoted in straight double quotes ('The Bank will "
 "receive money on deposit ... and transact all other legitimate banking business.'; '&c' twice; 54 of the text's "
 "words, about a fifth, and a notice of 1863, long out of copyright: not a text 'largely a quotation', the editors' "
 "words being the rest), '54-year-old John Bathgate was sent by the London board to be colonial manager (chief "
 "executive in New Zealand).' 257 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent "
 "copy, as batches 60a-64i recorded wikimili.com's copies; doubtful: no revision id). Found at rank 1 of the query "
 "'National Bank of New Zealand flotation London 1872 Bank of Otago Thomas Gore Browne Charles Clifford Adam Burnes "
 "general manager' (asked for the National Bank of New Zealand, whose own copies were left: see the round notes); "
 "es.stringtranslate.com (rank 2; Spanish), cloudpedia.org (rank 3; an older revision, its sentences in another "
 "order, 'It was sold on 1 July 1873 to form the core of the new National Bank of New Zealand.'), de.wikial.top "
 "(rank 4; German), wikisum.wiki (rank 5; another article, out of order), nzetc.org's Cyclopedia of New Zealand "
 "(ranks 6, 7; a book of 1897-1905 on a site whose licence the page did not state) and an 1873 newspaper (rank 8) "
 "not used. Bank of Otago, Lang Elder, English, Scottish and Australian, Bathgate, National Bank of New Zealand, "
 "Peebles: " + CHECKED + " ('National Bank of New Zealand' only in batch 64i's list of free names in GATHERING.md; "
 "'Dunedin' and 'Otago' in other texts, other matters).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- shipping and industry, Australia: Howard Smith Limited (piglix.com's copy, undated, an older revision) ----------
HS = [
 "Howard Smith Limited was an Australian industrial company. Founded in 1854 as a shipping company, it later "
 "diversified into coal mining, steel production, stevedoring, travel, railway rolling stock building, sugar "
 "production and retail. Its divisions began to be sold off in the 1990s with the remainder taken over by Wesfarmers "
 "in August 2001.",
 "On 7 July 1854 Captain William Howard Smith arrived in Melbourne from England as skipper of the 177 ton steamer "
 "Express in which he held a 50% share along with the ship's engineer, SB Skinner. On 3 October 1854, the Express "
 "began operating the first regular passenger service in Australia from Melbourne to Geelong. Smith sold his share "
 "in the business to Thomas Parker in 1861 and returned to England.",
 "In May 1864, Howard returned to Australia with the 672 ton Kief, a former British Army water carrier and entered "
 "the interstate coal trade with a service from Melbourne to Sydney and Newcastle. In 1875, Howard recommenced "
 "operating passenger services. Services were extended to Townsville in 1883, Adelaide in 1885 and Fremantle in 1893.",
 "In 1947 Howard Smith withdrew from the interstate passenger market. In 1961 the Melbourne Steamship Company was "
 "taken over. In 1968 Howard Smith withdrew from the interstate shipping market and concentrated on bulk shipping and "
 "the management of specilised ships for others.",
 "In 1972 a takeover offer was made for RW Miller Holdings. Although not successful, Howard Smith gained a 35% "
 "shareholding. This was increased to 67% in 1979 when it acquired Ampol's shareholding and in February 1985 it took "
 "100% ownership. In March 1989, Howard Smith purchased the Dilmun Navigation Co from Inchcape."]
KEPT["wp-howard-smith-limited"] = ("howard-smith-piglix.txt", HS)
R.append(wp("wp-howard-smith-limited", "Howard Smith Limited", "http://piglix.com/piglix/Howard_Smith_Limited",
 "\n\n".join(MARK.sub("", p) for p in HS),
 "transport/shipping", ["history", "founding", "diversification", "acquisition", "takeover", "shareholding"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision: piglix.com's copies are of about 2017, and its infobox reads 'Revenue | $2.9 billion (June 2001)' and "
 "'Website | www.howardsmith.com.au'; the excerpt starts inside the infobox, with no title line). Cut: the infobox "
 "table lines ('Traded as | ASX: SMI |', '---|---|', 'Founded | 1854 |', 'Founder | William Howard Smith |', 'Defunct "
 "| 2001 |', 'Headquarters | George Street, Sydney, Australia |', 'Revenue | $2.9 billion (June 2001) |', 'Profit | "
 "$248 million (June 2001) |', 'Website | www.howardsmith.com.au |'), so the founder is stated only by the prose "
 "(cut as batches 57p-64i cut their infoboxes); cut after 'In March 1989, Howard Smith purchased the Dilmun "
 "Navigation Co from Inchcape.', before the sentence the excerpt breaks off in ('Howard Smith withdrew from the "
 "shipping business in 1996 with th'; `truncated`; a cut at a sentence end), so the sale of its last ships, its "
 "other divisions (A Goninan & Co, the James Patrick Group, North British Marine Group, BBC Hardware) and Wesfarmers' "
 "bid beyond the lead's sentence are not in the text. The copy has no citation markers and no headings in the "
 "excerpt; it runs its paragraphs on with single line breaks; paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Howard Smith Limited was an Australian industrial company.', 'Its divisions began to be "
 "sold off in the 1990s with the remainder taken over by Wesfarmers in August 2001.', \"On 7 July 1854 Captain William "
 "Howard Smith arrived in Melbourne from England as skipper of the 177 ton steamer Express in which he held a 50% "
 "share along with the ship's engineer, SB Skinner.\" ('SB' with no stops), 'Smith sold his share in the business to "
 "Thomas Parker in 1861 and returned to England.', 'In May 1864, Howard returned to Australia with the 672 ton Kief, "
 "a former British Army water carrier and entered the interstate coal trade' ('Howard' for the man, as written; no "
 "comma after 'carrier'), 'In 1875, Howard recommenced operating passenger services.', 'In 1961 the Melbourne "
 "Steamship Company was taken over.' (no buyer written), 'the management of specilised ships for others' "
 "('specilised', the copy's spelling), 'In 1972 a takeover offer was made for RW Miller Holdings. Although not "
 "successful, Howard Smith gained a 35% shareholding. This was increased to 67% in 1979 when it acquired Ampol's "
 "shareholding and in February 1985 it took 100% ownership.', 'In March 1989, Howard Smith purchased the Dilmun "
 "Navigation Co from Inchcape.' 271 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older "
 "revision, before Wikimedia's move to 4.0 of June 2023, as batches 63c and 64h recorded their piglix.com copies). "
 "Found at rank 1 of the query 'Howard Smith Limited Australian shipping company history founded William Howard "
 "Smith Wikipedia'; wikisum.wiki (rank 2; the article's sentences out of order), auspostalhistory.com (rank 3; an "
 "article under its own copyright), the Australian National Maritime Museum's collection records (ranks 4, 6, 8; the "
 "Australian Dictionary of Biography's words), adb.anu.edu.au (rank 5; the biography itself, under copyright) and "
 "merchant-navy-ships.com (rank 7; a fleet list) not used. Howard Smith, Thomas Parker, Melbourne Steamship, RW "
 "Miller, R. W. Miller, Ampol, Dilmun, Inchcape: " + CHECKED + " ('Howard Smith' only in batch 64i's list of free "
 "names in GATHERING.md; 'Wesfarmers' in batch 18c's Masters Home Improvement text and batch 32d's ACCC text, other "
 "matters; 'Skinner' in texts on other people).", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))


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
