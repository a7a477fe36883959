#!/usr/bin/env python3
"""Batch 56p (session 54; gatherer lane 56p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f and 56j, turned to mid-size companies of
Australia, New Zealand and South Africa, new to the corpus: an Australian taxi payment company listed on the Australian
Securities Exchange, whose founder and CEO Reg Kermode set up the Cabcharge account payment system in 1976, and which
took a 49% interest in 2005 in a joint venture with Singapore-based ComfortDelGro Corporation Ltd, ComfortDelGro
Cabcharge Pty Ltd (CDC), with Federal Court proceedings in 2010 and a Reserve Bank of Australia investigation of its
surcharge (transport, Australia); a New Zealand maker of quartz crystals and crystal oscillators founded on 4 April 1967
by Warren Robinson, who had sold his marine radio business Marlin Electronics to Autocrat Radio to compete with the New
Zealand Post Office (NZPO), the only source of the crystals (electronics, New Zealand); and a South African steakhouse
franchise group, Spur Corporation (doing business as Spur Steak Ranches), whose founder and executive chairman Allen
Ambor opened the Golden Spur in Newlands, Cape Town, in 1967, and whose group holds Spur International and the
restaurant brands Panarottis Pizza Pasta, John Dory's Fish Grill Sushi, The Hussar Grill, RocoMamas, Spur Grill & Go
and Casa Bella (restaurants, South Africa).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): cloudflare-ipfs.com's copy of 'Cabcharge Australia Ltd' from the IPFS snapshot of English Wikipedia (a revision
of 2015-2017: the infobox's figures are of 2014, the text names December 2014), en.wikipedia.org's '= Title ='
rendering of 'Rakon' (a revision of 2024 or later) and an older en.wikipedia.org rendering of 'Spur Steak Ranches'
reached through the redirect 'Spur (restaurant chain)' (about 2020: the infobox's '53 years ago' from 1967); each cut at
a sentence end (`truncated`). Edits per item in `notes` (infobox lines, site lines, headings, image captions and
citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather57p/src), the markers ('[1]', ' [2]', '[edit]') dropped and whitespace runs compared as one space, as
batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b and 56j did. No text tells an outage, and none a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: nineteen queries, three of them answered with English
Wikipedia text on a company not yet in the corpus that was taken (round notes, /work/notes/gather57/56p.md; queries,
/tmp/gather57p/src/queries.txt).
usage: batch56p.py [POOL_DIR] [--dry]   (default /tmp/gather57p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57p/pool"
SRC = "/tmp/gather57p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool, /tmp/gather57*/pool) and in /work/notes/gather57/CLAIMS.txt as they "
           "stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- transport, Australia: Cabcharge Australia Ltd (the IPFS snapshot's copy, a revision of 2015-2017) -------------
CABCHARGE = [
 "Cabcharge Australia Ltd (CAB) is an Australian public company which was listed on the Australian Securities Exchange "
 "ASX: CAB in December 1999 and is an ASX 200 company. The company's founder and CEO is Reg Kermode. In 1976, the "
 "company established Cabcharge, an account payment system to provide a way to pay for taxi fares by non-cash means, "
 "which today is the sole provider of the in-taxi service. In 2005 it joined with a 49% interest in a joint venture "
 "with Singapore-based ComfortDelGro Corporation Ltd in ComfortDelGro Cabcharge Pty Ltd (CDC). Since then CDC has had "
 "an increasing control in the bus industry in Sydney and Melbourne. Subsidiaries of CAB operate taxi network "
 "services, which are booking and dispatch services for taxis in Australia, which today covers over 7,000 taxis.",
 "The company's activities have sometimes been controversial and it has faced strong criticism at times from "
 "inquiries and regulatory bodies, especially over its Cabcharge taxi payment system. The company was the subject of "
 "Federal Court proceedings in 2010 over alleged anti-competitive practices including predatory pricing activities. "
 "It was heavily fined and forced to pay a record high $15 million settlement for these behaviours. The company is "
 "also facing accusations of profiteering for the 10% surcharge it imposes on taxi fares paid by a payment card and "
 "the matter is currently being investigated by the Reserve Bank of Australia. The surcharge has been reduced by law "
 "to 5% in Victoria following recommendations made by the Taxi Industry Inquiry and a further review of the surcharge "
 "in that State may lead to the figure being set at well below 5%."]
KEPT["wp-cabcharge-australia"] = ("cabcharge-ipfs.txt", CABCHARGE)
R.append(wp("wp-cabcharge-australia", "Cabcharge Australia Ltd",
 "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Cabcharge_Australia_Ltd.html",
 "\n\n".join(CABCHARGE),
 "transport", ["history", "founding", "leadership", "joint venture", "listing", "regulation"],
 "The article as cloudflare-ipfs.com's copy of the IPFS snapshot of English Wikipedia holds it in the page store "
 "(the snapshot's address QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, of 2017; no revision id; a revision of "
 "2015-2017: the infobox's revenue and profit are of 2014, and the text goes on into December 2014). The article was "
 "later renamed: wikimili.com holds a 2024 revision as 'A2B Australia' (rank 1 of the same query; not used, one text "
 "per matter). Cut: the title line 'Cabcharge Australia Ltd'; the infobox lines ('Public company (ASX: CAB)', "
 "'Industry Land transport', 'Founded 1976', 'Founder Reg Kermode', 'Headquarters Sydney, Australia', 'Products "
 "Transport-related services in Australia, United Kingdom & Europe', 'Revenue Increase A$197.3 million (2014)', "
 "'Decrease A$65.8 million (2014)', 'Website www.cabcharge.com.au'); the citation markers ' [1]' (with the space "
 "before it), '[2]', '[3]' and '[4]'; cut after 'may lead to the figure being set at well below 5%.', before the "
 "sentence the excerpt breaks off ('In December 2014 t'; `truncated`; a cut inside a paragraph, at a sentence end), "
 "so the New South Wales surcharge of December 2014 is not in the text. No word added or changed. Kept as written: "
 "'listed on the Australian Securities Exchange ASX: CAB in December 1999 and is an ASX 200 company' (the ticker "
 "inline, no brackets), 'The company's founder and CEO is Reg Kermode.' (present tense: the revision keeps it, though "
 "the text's latest date is of after his death in 2014), 'In 2005 it joined with a 49% interest in a joint venture "
 "with Singapore-based ComfortDelGro Corporation Ltd in ComfortDelGro Cabcharge Pty Ltd (CDC).', 'Since then CDC has "
 "had an increasing control in the bus industry', 'which today covers over 7,000 taxis' (so written), 'Federal Court "
 "proceedings in 2010', 'a record high $15 million settlement for these behaviours', 'is currently being "
 "investigated by the Reserve Bank of Australia', 'recommendations made by the Taxi Industry Inquiry', 'in that "
 "State'. 268 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of 2017 or earlier, "
 "before Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'Cabcharge Australia taxi payment "
 "company history founded Reg Kermode ComfortDelGro joint venture A2B Wikipedia'; wikimili.com's 'A2B Australia' "
 "(rank 1), hubbry.com's 'Cabcharge' (rank 7; the payment system's article) and news (ranks 3-6, 8; copyrighted) not "
 "used. Cabcharge, Reg Kermode, Kermode, ComfortDelGro, A2B Australia, 13cabs: " + CHECKED + ".", "non-US",
 v3=True, copy_of="the Wikipedia article, a 2017 snapshot on the IPFS mirror"))

# ---- electronics, New Zealand: Rakon (en.wikipedia.org's '= Title =' rendering, a revision of 2024 or later) ----------
RAKON = [
 "Rakon Limited is a technology company founded in 1967 that designs and manufactures frequency control products, "
 "primarily quartz crystals and temperature-compensated crystal oscillators (TCXO), oven controlled crystal "
 "oscillators (OCXO) and voltage controlled crystal oscillators (VCXO). Its head office is in Auckland, New Zealand "
 "with wholly owned subsidiaries in the United Kingdom and France with joint venture operations in India and China. "
 "The company specialises in supplying frequency-control products to the GPS industry.",
 "Rakon was founded on 4 April 1967 by Warren Robinson. Robinson had previously operated a business manufacturing "
 "marine radios, Marlin Electronics. These marine radios required between 6 and 12 quartz crystals with each region "
 "within New Zealand requiring a different set of frequencies.",
 "The only source for these crystals was the NZPO (New Zealand Post Office), and delivery times were often measured "
 "in months, which was an ongoing problem for Robinson in his ability to supply his radios. Warren Robinson realising "
 "there was an opportunity to compete with the NZPO sold Marlin Electronics to Autocrat Radio and went on to found "
 "Rakon Industries (RIL) a few years later (1967)."]
KEPT["wp-rakon"] = ("rakon-enwiki.txt", RAKON)
R.append(wp("wp-rakon", "Rakon", "https://en.wikipedia.org/wiki/Rakon",
 "\n\n".join(RAKON),
 "electronics", ["history", "founding", "subsidiaries", "divestiture"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2024 or later: it reads 'between 6 and 12 quartz crystals' where the revision 1167623536 of July 2023 "
 "(rank 8 of the same query) and the Kiwix copy of 2024-01 (rank 3) read 'between 6-12'; the infobox's revenue is of "
 "April 2022). Cut: the title line '= Rakon ='; the infobox lines ('Rakon Limited', '- Logo: Rakon_logo.svg', '- "
 "Type: Public', '- Foundation: 4 April 1967', '- Founder: Warren Robinson', '- Location: Auckland, New Zealand', '- "
 "Locations: New Zealand, United Kingdom, France, India, China', '- Area Served: Global', '- Industry: ...', '- "
 "Products: TCXO, OCXO, VCXO, Quartz crystal, Crystal oscillator', '- Revenue: NZD $171 million (April 2022)', '- "
 "Homepage: www.rakon.com'); the heading '== History =='; cut after 'went on to found Rakon Industries (RIL) a few "
 "years later (1967).', before the sentence the excerpt breaks off ('Initially, the New Zealand government blocked "
 "Robinson's application to import crystal manufacturing equipment ... started manufacturing quartz crystals, in his "
 "garage, to supply th'; `truncated`; a cut inside a paragraph, at a sentence end), so the New Zealand government and "
 "the import licence are not in the text. No word added or changed. Kept as written: 'temperature-compensated "
 "crystal oscillators (TCXO), oven controlled crystal oscillators (OCXO) and voltage controlled crystal oscillators "
 "(VCXO)' (no hyphens in the last two), 'Its head office is in Auckland, New Zealand with wholly owned subsidiaries in "
 "the United Kingdom and France with joint venture operations in India and China.' (no comma after 'New Zealand'), "
 "'specialises' (British spelling), 'Robinson had previously operated a business manufacturing marine radios, Marlin "
 "Electronics.', 'the NZPO (New Zealand Post Office)', 'Warren Robinson realising there was an opportunity to compete "
 "with the NZPO sold Marlin Electronics to Autocrat Radio and went on to found Rakon Industries (RIL) a few years "
 "later (1967).' (no commas around the participle clause; 'a few years later (1967)' beside 'founded on 4 April "
 "1967'). 181 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024 or later, "
 "after Wikimedia's move to 4.0 of June 2023). Found at rank 4 of the query 'Rakon New Zealand crystal oscillator "
 "company history founded Warren Robinson Wikipedia'; the other copies of the same article (ranks 1-3, 5-8: "
 "wikiclassic.com, wikizero.com, a Kiwix copy of 2024-01, wiki-gateway.eudic.net, a proxy, goodnames.eth.link, the "
 "revision 1167623536) not used. Rakon, Warren Robinson, Marlin Electronics: " + CHECKED + " ('Autocrat' is in two "
 "texts on other matters, as a common noun).", "non-US",
 copy_of="the Wikipedia article, a recent revision as en.wikipedia.org rendered it"))

# ---- restaurants, South Africa: Spur Corporation (an older en.wikipedia.org rendering, about 2020) ------------------
SPUR = [
 "Spur Corporation (doing business as Spur Steak Ranches) (JSE: SUR) is a steakhouse franchise restaurant chain "
 "originating from South Africa with a focus on family dining. The head office of Spur Corporation is situated in "
 "Century City, Cape Town. Although the founding and flagship brand is the Spur steakhouse restaurants, the company "
 "owns a number of other, predominantly South African, restaurant brands.",
 "Despite its South African origin, Spur uses Native American themes extensively, both in its marketing and decor. "
 "The restaurant brands itself as \"the official restaurant of the South African family\"; as such, most Spur "
 "restaurants include a children's play area.",
 "In 1967 founder and executive chairman, Allen Ambor, opened the Golden Spur in Newlands, Cape Town in South Africa.",
 "The Spur Group consists of Spur International, Spur Steak Ranches, Panarottis Pizza Pasta, John Dory\u2019s Fish "
 "Grill Sushi, The Hussar Grill, RocoMamas, Spur Grill & Go and Casa Bella. It currently has 569 outlets worldwide, "
 "with restaurants in various parts of Africa, Mauritius, the Middle East and Australasia."]
KEPT["wp-spur-corporation"] = ("spur-enwiki.txt", SPUR)
R.append(wp("wp-spur-corporation", "Spur Steak Ranches", "https://en.wikipedia.org/wiki/Spur_%28restaurant_chain%29",
 "\n\n".join(SPUR),
 "restaurants", ["history", "founding", "leadership", "brands"],
 "The article as an older en.wikipedia.org rendering holds it in the page store, at the address of the redirect "
 "'Spur (restaurant chain)' ('(Redirected from Spur (restaurant chain))'; no revision id; a revision of about 2020: "
 "the infobox's 'Founded 1967; 53 years ago' and its figures of FY 2018; the 'Jump to navigation' layout of before "
 "2023). Cut: the site lines ('Spur Steak Ranches' (title), 'From Wikipedia, the free encyclopedia', '(Redirected from "
 "Spur (restaurant chain))', 'Jump to navigation Jump to search'); the infobox lines ('Spur Corporation' twice, "
 "'Public (JSE: SUR)', 'GenreCasual dining', 'Founded1967; 53 years ago (1967), South Africa', 'FounderAllen Ambor', "
 "'HeadquartersCentury City, Cape Town, South Africa', 'Number of locations', '513 (South Africa)', '62 "
 "(international)[1]', 'Key people', 'Allen Ambor', '(Executive Chairman)', 'Pierre van Tonder', 'Kevin Robertson', "
 "'ProductsNorth American cuisine', the three revenue and profit lines with '(FY 2018)[1]', and the brand lines "
 "'John Dory's Fish & Grill', 'The Hussar Grill', 'Casa Bella'), so Pierre van Tonder and Kevin Robertson (named "
 "there without titles) are not in the text; the heading 'History and growth[edit]'; the image captions ('Spur "
 "brands', 'John Dory's Fish & Grill in Century City shopping mall, Cape Town, South Africa.', 'Panarotti\u2019s "
 "Pizza Pasta in Century City shopping mall, Cape Town, South Africa.'); cut after '... the Middle East and "
 "Australasia.', before the sentence the excerpt breaks off ('In March 2018, Spur Corpor'; `truncated`; a cut inside "
 "a paragraph, at a sentence end). No word added or changed. Kept as written: 'Spur Corporation (doing business as "
 "Spur Steak Ranches) (JSE: SUR)', 'Although the founding and flagship brand is the Spur steakhouse restaurants' "
 "(so written), 'The restaurant brands itself as \"the official restaurant of the South African family\"' (straight "
 "quotation marks), 'In 1967 founder and executive chairman, Allen Ambor, opened the Golden Spur in Newlands, Cape "
 "Town in South Africa.' (the comma after 'chairman' and none after '1967'), 'John Dory\u2019s Fish Grill Sushi' "
 "(a curly apostrophe) and 'Panarottis Pizza Pasta' (no apostrophe), 'It currently has 569 outlets worldwide'. "
 "169 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2020, before "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 6 of the query 'Spur Corporation South Africa steakhouse "
 "history founded Allen Ambor Panarottis John Dory's Wikipedia'; a rhythmusic.net proxy of en.m.wikipedia.org (rank "
 "5; a 2024 revision naming the 60% shareholding in John Dory's of 2004, a proxy page, not used), a gtranslate.net "
 "proxy (rank 8) and news (ranks 1-4, 7; copyrighted) not used. Spur Corporation, Spur Steak, Allen Ambor, "
 "Panarottis, John Dory, Golden Spur, RocoMamas, Hussar Grill: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision as en.wikipedia.org rendered it, reached through a redirect"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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
