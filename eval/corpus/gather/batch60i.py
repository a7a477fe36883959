#!/usr/bin/env python3
"""Batch 60i (session 56; gatherer lane 60i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-60h, on mid-size British companies in food, soft drinks and life insurance, new to the
corpus: HP Foods Limited, the Birmingham sauce maker (HP, Lea & Perrins, Daddies), founded as the Midland Vinegar
Company by Edward Eastwood and Edwin Samson Moore in 1875, owned in turn by Imperial Foods (Imperial Group), Hanson plc,
Groupe Danone (1988) and Heinz (2005) (food, UK); A.G. Barr, the Scottish soft-drinks maker founded by Robert Barr in
Falkirk in 1875, its Irn-Bru, its purchases (Tizer, Findlays, Strathmore Mineral Water, Taut), its chief executive
Roger White and its agreement of 2012 to merge with Britvic (soft drinks, UK); the Scottish Amicable Life Assurance
Society of Glasgow, grown from James Duncan's West of Scotland Fire Insurance Company of 1823 and bought by Prudential
Assurance in 1997 after a bidding war with Abbey National and AMP Limited (life insurance, UK); and the National Mutual
Life Assurance Society, formed in 1896 by the merger of the National Life Assurance Society and the Mutual Life
Assurance Society (founded by James and William Burchell), chaired by John Maynard Keynes from 1921 to 1938 and
transferred to GE Capital in 2001 (life insurance, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): the Kiwix copy of 'HP Foods' in the dump of August 2017 (the-uncensored-wiki.com:20171,
'wikipedia_en_all_novid_2017-08'), liquisearch.com's copy of the 'History' section of 'A.G. Barr' (about 2012-2013)
and wikimili.com's undated copies of 'Scottish Amicable' and 'National Mutual Life Assurance Society'; each cut at a
sentence or paragraph end before the point where the excerpt breaks off or the article's back matter begins (all
`truncated`). Edits per item in `notes` (the copies' title, site and 'Last updated' lines, infobox lines, contents and
headings, trailers and citation markers cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather61i/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped
and whitespace runs compared as one space, as batches 57g-60h did. No text tells an outage or a near-miss of one.
newskg (or any extractor) was not run on any text. A round of four: seven queries, twelve companies answered with
English Wikipedia text (or a copy of it), four taken (round notes, /work/notes/gather61/60i.md; queries,
/tmp/gather61i/src/queries.txt).
usage: batch60i.py [POOL_DIR] [--dry]   (default /tmp/gather61i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61i/pool"
SRC = "/tmp/gather61i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-56 pools "
           "(/tmp/gather61*/pool) and in /work/notes/gather61/CLAIMS.txt as they stood when checked (`grep -ril`, "
           "file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- food, UK: HP Foods (the Kiwix copy of August 2017) -------------------------------------------------------------
HP = [
 "HP Foods Limited, formerly based in Birmingham, England, was best known as the producer of HP, Lea & Perrins and "
 "Daddies sauce brands.[2] It was also the UK licensee, (from Heinz), of Chinese food and condiment brand, Amoy "
 "Food.[2][3]",
 "Formerly the Midlands Vinegar Company[1] and Smedley HP Foods Limited, it was acquired by Imperial Foods, a division "
 "of Imperial Group. Edward Eastwood and his nephew Edwin Samson Moore established the Midland Vinegar Company at "
 "Aston, Birmingham in 1875.[2]",
 "HP Foods Ltd was retained by Imperial's parent company Hanson plc even after the demerger of the Imperial Group. It "
 "was sold to Groupe Danone SA in 1988 for \u00a3199 million.[2] It was sold by Danone to Heinz in June 2005 for "
 "\u00a3470 million.[2] However, in October of that year the takeover was referred by the UK's Office of Fair Trading "
 "to the Competition Commission.[4] After a review the Competition Commission approved the takeover and Heinz started "
 "integrating this new company into the business.",
 "In 2007, the iconic Aston, Birmingham factory was demolished, and production of HP and Daddies sauce brands was "
 "moved to the Netherlands.[1][5][6] Bottling of Lea & Perrins Worcestershire sauce was returned to Worcester, having "
 "been moved in 2005 to the Aston factory. During this time, the sauce continued to be manufactured but not bottled at "
 "the Midlands Road site."]
KEPT["wp-hp-foods"] = ("hp-foods-kiwix2017.txt", HP)
R.append(wp("wp-hp-foods", "HP Foods",
 "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/HP_Foods.html",
 "\n\n".join(MARK.sub("", p) for p in HP),
 "food/sauces", ["history", "founding", "ownership", "deal", "brand"],
 "The article as the Kiwix copy of the English Wikipedia dump of August 2017 holds it in the page store "
 "(the-uncensored-wiki.com:20171, '2017-wikipedia_en_all_novid_2017-08'; no revision id held). Cut: the title lines "
 "'HP Foods' (twice); the infobox lines ('Private' to 'Website www.hpfoods.com'), with 'Founder Edwin Samson Moore', "
 "'Headquarters Hayes, London, UK', 'Owner The Kraft Heinz Company', 'Parent H. J. Heinz Company' and 'Divisions HP "
 "Foods, Amoy Food UK, Lea & Perrins', so Kraft Heinz, the H. J. Heinz Company's full name, Hayes and Amoy Food UK are "
 "not in the text (cut as batches 57p-60h cut their infoboxes); the citation markers '[1]' to '[6]' (no space before "
 "them; '[2][3]' and '[1][5][6]' together); cut after '... not bottled at the Midlands Road site.', the end of the "
 "article's text, before its back matter (the headings 'See also' and 'References' and the reference list, which the "
 "excerpt breaks off; `truncated`: the back matter cut). No word added or changed. Kept as written: 'HP Foods "
 "Limited, formerly based in Birmingham, England, was best known as the producer of HP, Lea & Perrins and Daddies "
 "sauce brands.', 'It was also the UK licensee, (from Heinz), of Chinese food and condiment brand, Amoy Food.' (a comma "
 "before the bracket), 'Formerly the Midlands Vinegar Company and Smedley HP Foods Limited, it was acquired by "
 "Imperial Foods, a division of Imperial Group.' ('Midlands' here, 'Midland' in the next sentence), 'Edward Eastwood "
 "and his nephew Edwin Samson Moore established the Midland Vinegar Company at Aston, Birmingham in 1875.', 'HP Foods "
 "Ltd was retained by Imperial's parent company Hanson plc even after the demerger of the Imperial Group.', 'It was "
 "sold to Groupe Danone SA in 1988 for \u00a3199 million.', 'It was sold by Danone to Heinz in June 2005 for \u00a3470 "
 "million.', 'However, in October of that year the takeover was referred by the UK's Office of Fair Trading to the "
 "Competition Commission.', 'After a review the Competition Commission approved the takeover and Heinz started "
 "integrating this new company into the business.', 'In 2007, the iconic Aston, Birmingham factory was demolished', "
 "'Bottling of Lea & Perrins Worcestershire sauce was returned to Worcester, having been moved in 2005 to the Aston "
 "factory.', 'the Midlands Road site'. 221 words. No outage and no near-miss of one told (a factory demolished and "
 "production moved: no service lost). Recorded CC BY-SA 3.0 (a dump of August 2017, before Wikimedia's move to 4.0 of "
 "June 2023; as batches 55n-60h recorded their older Kiwix copies). Found at rank 3 of the query 'Lea & Perrins "
 "Worcestershire sauce company history HP Foods Heinz Danone' (batch 60h's lead Lea & Perrins, whose brand HP Foods "
 "made; one text for the matter, this one, since its excerpt tells the owners one by one); en.wikipedia.org's "
 "current 'Lea & Perrins' (rank 1; its parents only in the infobox, the sauce's inventors but no post), "
 "theinfolist.com (rank 2; link glosses pasted in), a German machine translation of 'HP Foods' (rank 4), trade news "
 "(rank 5), the-uncensored-wiki.com's 'Lea & Perrins' of about 2006 (rank 6; an advertising campaign, no post), "
 "en.wikipedia.org's 'HP Foods' of about 2014 (rank 7; the same article without the founders' sentence) and "
 "talk.dob.jp's 'Lea & Perrins' of January 2024 (rank 8) not used. HP Foods, Midland Vinegar, Samson Moore, Edward "
 "Eastwood, Daddies, Imperial Group: " + CHECKED + " (GATHERING.md names HP Foods and Lea & Perrins only in batch "
 "60h's texts not used and leads; Hanson plc is a party of batch 28d's Heidelberg Materials UK text, Danone and Heinz "
 "of other corpus texts and Amoy of batch 35d's text, other matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, via the Kiwix copy of the English Wikipedia dump of August 2017"))

# ---- soft drinks, UK: A.G. Barr (liquisearch.com's copy of the 'History' section, about 2012-2013) ------------------
BARR = [
 "The company was founded in 1875 by Robert Barr in the town of Falkirk. In 1887 his son, Robert Fulton Barr, set up a "
 "division of the original company in Glasgow, which had a much larger population. Then in 1892 the Glasgow branch "
 "passed to Andrew Grieg Barr, a brother of the founder of that branch. Irn-Bru was first launched in 1901. The "
 "Falkirk and Glasgow divisions merged in 1959. The Company was first listed on the London Stock Exchange in 1965.",
 "In 1972, the Tizer brand was purchased. The year 1980 saw the introduction of Low Calorie Irn-Bru: this changed its "
 "name in 1991 to Diet Irn-Bru, and then in 2010 to Irn-Bru sugar free. In 2001 the company acquired Findlays Mineral "
 "Water which is sourced in the Lammermuir Hills.",
 "In 2002 Roger White joined A. G. Barr as managing director and in 2004 became Barr's first ever non-family chief "
 "executive.",
 "The Company acquired Forfar based Strathmore Mineral Water in May 2006. The Irn-Bru 32 energy drink variant was "
 "launched in 2006. In 2008 the company purchased the Taut sports drink range.",
 "On 14 November 2012 the Company agreed to merge with Britvic, which produces drinks like J2O, Tango and Robinsons, "
 "as well as holding the authority to produce Pepsi for the UK market, to create one of Europe's largest soft drinks "
 "companies."]
KEPT["wp-ag-barr"] = ("ag-barr-liquisearch.txt", BARR)
R.append(wp("wp-ag-barr", "A.G. Barr", "http://www.liquisearch.com/ag_barr/history",
 "\n\n".join(BARR),
 "food/soft drinks", ["history", "founding", "leadership", "deal", "brand"],
 "The 'History' section of the article as liquisearch.com's copy holds it in the page store (liquisearch serves one "
 "section a page; no date or revision id held; a revision of November 2012 to mid-2013: it tells the merger agreed "
 "'On 14 November 2012' and not its abandonment of July 2013). The excerpt holds the whole section; the text opens "
 "'The company was founded in 1875' (the article's lead, with the company's full name and its Cumbernauld head "
 "office, is not on that page). Cut: the copy's heading line 'History'; its trailer ('Read more about this topic: "
 "A.G. Barr', the line 'Famous quotes containing the word history:' and the quotations after it, which the excerpt "
 "breaks off); `truncated` (a section, not the article). The excerpt has no citation markers; its paragraphs are "
 "single lines, joined here with blank lines. No word added or changed. Kept as written: 'The company was founded in "
 "1875 by Robert Barr in the town of Falkirk.', 'In 1887 his son, Robert Fulton Barr, set up a division of the "
 "original company in Glasgow', 'Then in 1892 the Glasgow branch passed to Andrew Grieg Barr, a brother of the founder "
 "of that branch.' ('Grieg' as written; the company's own pages spell him Greig), 'The Falkirk and Glasgow divisions "
 "merged in 1959.', 'In 1972, the Tizer brand was purchased.', 'The year 1980 saw the introduction of Low Calorie "
 "Irn-Bru: this changed its name in 1991 to Diet Irn-Bru, and then in 2010 to Irn-Bru sugar free.', 'In 2001 the "
 "company acquired Findlays Mineral Water which is sourced in the Lammermuir Hills.', 'In 2002 Roger White joined A. "
 "G. Barr as managing director and in 2004 became Barr's first ever non-family chief executive.' ('A. G. Barr' with a "
 "space, as the copy writes it), 'The Company acquired Forfar based Strathmore Mineral Water in May 2006.' (no "
 "hyphen), 'In 2008 the company purchased the Taut sports drink range.', 'On 14 November 2012 the Company agreed to "
 "merge with Britvic, which produces drinks like J2O, Tango and Robinsons, as well as holding the authority to produce "
 "Pepsi for the UK market'. 224 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of "
 "2012-2013, before Wikimedia's move to 4.0 of June 2023, as batches 37f and 59a recorded liquisearch's copies; "
 "doubtful: no revision id, and liquisearch's own terms page not found). Found at rank 1 of the query 'A.G. Barr soft "
 "drinks company history Irn-Bru Robert Barr founded chairman acquired' (A.G. Barr, a free name of batch 60h's "
 "leads); the company's own history pages (ranks 2, 3; no open licence), the same liquisearch section at its https "
 "address (rank 4; the same text under a title line), a German machine translation (rank 5), The Guardian and The "
 "Scotsman (ranks 6, 8; news) and everything2.com (rank 7; a user's essay) not used. A.G. Barr, A. G. Barr, AG Barr, "
 "Irn-Bru, Tizer, Strathmore, Findlays, Roger White, Britvic: " + CHECKED + " (GATHERING.md names A.G. Barr and "
 "Britvic only in batch 60h's lists of free names; 'Barr' alone hits only other people and words).", "non-US",
 v3=True, copy_of="the Wikipedia article's 'History' section, via liquisearch.com's copy of about 2012-2013"))

# ---- life insurance, UK: Scottish Amicable (wikimili.com's copy, undated) -------------------------------------------
AMICABLE = [
 "The Scottish Amicable Life Assurance Society, commonly known as Scottish Amicable, was a Scottish mutual life "
 "insurance company based in Glasgow. It was founded in 1826 and became the sixth largest mutual life assurance "
 "institution in the UK with 1.9 million policy holders in the mid-1990s before being acquired.",
 "After Scottish Amicable announced a plan to demutualise the company in early 1997, a bidding war, which also "
 "involved Abbey National and AMP Limited, took place. Scottish Amicable was acquired by Prudential Assurance, in a "
 "deal worth \u00a32.8 billion (US $4.5 billion) (US $10 billion at current prices) two months later. It was regarded "
 "as a major transaction at the time and the Wall Street Journal said, that with this deal, \"Mergermania Has Hit "
 "European Companies\".",
 "In 1823, James Duncan, a Glasgow accountant, founded the West of Scotland Fire Insurance Company. The initial capital "
 "was raised from Duncan's friends and local merchants. At the first annual general meeting Duncan proposed the "
 "formation of a life office to operate in tandem with the fire company. The life company, West of Scotland Life "
 "Insurance, was founded in 1826. [5] with Duncan manager of both companies. In 1832, the life company decided to "
 "mutualise, modelling itself on The Equitable Life Assurance Society, adopting the new name of the Scottish Amicable "
 "Life Assurance Society and becoming incorporated in 1849. [6]"]
KEPT["wp-scottish-amicable"] = ("scottish-amicable-wikimili.txt", AMICABLE)
R.append(wp("wp-scottish-amicable", "Scottish Amicable", "https://wikimili.com/en/Scottish_Amicable_Life_Assurance",
 "\n\n".join(MARK.sub("", p) for p in AMICABLE),
 "finance/life insurance", ["history", "founding", "deal", "demutualisation"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; its excerpt opens in "
 "the infobox, without the site's title line). Cut: the infobox lines ('Company type | Mutual company |' to 'Number "
 "of employees | 2,200 [4] (1995) |'), with 'Founded | 1823 |', 'Defunct | 1997 |', 'Fate | Acquired by Prudential "
 "Assurance |' and 'Headquarters | Craigforth House, near Stirling, Scotland', so Craigforth House and Stirling are "
 "not in the text (cut as batches 57p-60h cut their infoboxes); the citation markers ' [5]' and ' [6]' (a space "
 "before each; the copy's 'was founded in 1826. [5] with Duncan' then reads 'was founded in 1826. with Duncan'); cut "
 "after '... becoming incorporated in 1849.', before the sentence the excerpt breaks off ('James Duncan resigned in "
 "1839 through ill health, The new manager was William Spens, an accountant with Edinburgh Life; the Spens family "
 "connection continued for over a c'; `truncated`; a cut at a sentence end, the sentence running past its semicolon "
 "to the break), so Duncan's resignation, William Spens and Edinburgh Life are not in the text. The copy has no "
 "heading between the lead and the history (none in the excerpt). No word added or changed. Kept as written: 'The "
 "Scottish Amicable Life Assurance Society, commonly known as Scottish Amicable, was a Scottish mutual life insurance "
 "company based in Glasgow.', 'became the sixth largest mutual life assurance institution in the UK with 1.9 million "
 "policy holders in the mid-1990s before being acquired', 'After Scottish Amicable announced a plan to demutualise the "
 "company in early 1997, a bidding war, which also involved Abbey National and AMP Limited, took place.', 'Scottish "
 "Amicable was acquired by Prudential Assurance, in a deal worth \u00a32.8 billion (US $4.5 billion) (US $10 billion "
 "at current prices) two months later.', 'the Wall Street Journal said, that with this deal, \"Mergermania Has Hit "
 "European Companies\".' (straight quotes, the full stop after them), 'In 1823, James Duncan, a Glasgow accountant, "
 "founded the West of Scotland Fire Insurance Company.', 'At the first annual general meeting Duncan proposed the "
 "formation of a life office to operate in tandem with the fire company.', 'The life company, West of Scotland Life "
 "Insurance, was founded in 1826. with Duncan manager of both companies.' (a full stop inside the sentence, as the "
 "copy has it before its marker), 'In 1832, the life company decided to mutualise, modelling itself on The Equitable "
 "Life Assurance Society, adopting the new name of the Scottish Amicable Life Assurance Society and becoming "
 "incorporated in 1849.' 223 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: an "
 "undated copy; its infobox's label 'Company type' and its '(US $10 billion at current prices)' point to a recent "
 "revision; as earlier batches recorded their undated wikimili.com copies; an older revision would be 3.0, whose "
 "terms the record meets the same way). Found at rank 6 of the query 'British insurance company history founded "
 "acquired chief executive Wikipedia mutual demutualised' (insurance, a side of the lane not searched by batches 60a "
 "and 60h); wikipolitiks.org's 'Aviva plc' (rank 1; another wiki), wikimili.com's 'London and Lancashire Insurance' "
 "(rank 2; batch 56h's matter) and 'Friends Provident' (rank 8; batch 40zg's matter), Aviva's heritage pages (rank 4; "
 "no open licence), a paper's abstract (rank 5) and wikimili.com's 'Scottish Mutual Assurance' (rank 7; its buyer "
 "Abbey National's text in the corpus, batch 28d) not used. Scottish Amicable, West of Scotland Fire, James Duncan, "
 "Prudential Assurance, AMP Limited, Equitable Life, Spens: " + CHECKED + " ('Spens' hits only other words; Abbey "
 "National is a party of batch 28d's text and another, other matters).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com's undated copy"))

# ---- life insurance, UK: National Mutual Life Assurance Society (wikimili.com's copy, undated) ----------------------
NATMUT = [
 "The National Mutual Life Assurance Society was formed in 1896 by the merger of the National Life Assurance Society "
 "and the Mutual Life Assurance Society. It was notable for the Chairmanship of John Maynard Keynes between 1921 and "
 "1938 when he developed the concept of active investment of its fixed interest portfolio, and investment in "
 "equities, long before the post-war \u201ccult of the equity\u201d. The National Mutual was demutualised in 2001 and "
 "the business transferred to GE Capital.",
 "The National Life Assurance Society was formed as a company in December 1830. After a successful period in the "
 "1830s, the growth in new business declined in the 1840s. In response, the directors decided to convert to mutual "
 "status in 1847. Shortly after its formation, National Life appointed its first agent in Manchester followed by "
 "other cities. By the time of the merger, National Life had branches in five leading English cities together with "
 "agencies in Hamburg, Asia and Mauritius. The overseas operations had come through the rescue of Whittingham Life "
 "Assurance in 1894 and only Mauritius was retained (until independence in 1968). [1]",
 "The Mutual Life Assurance Society was founded by brothers James and William Burchell. They and Jonathan Hayne "
 "started the Society by guaranteeing the first \u00a320,000 of losses. At the first AGM in 1835, the chairman claimed "
 "that the greater certainty of bonuses on maturing policies was in advance of all other mutuals. In 1848, the Mutual "
 "Life bought the lease of 39 King Street, followed by number 38. The buildings were demolished, and a new office "
 "opened in 1859; the merged entity remained on the site until 1960. As with the National, the Mutual Life had also "
 "expanded regionally and had seven branches at the time of the merger. [1]"]
KEPT["wp-national-mutual-life"] = ("national-mutual-wikimili.txt", NATMUT)
R.append(wp("wp-national-mutual-life", "National Mutual Life Assurance Society",
 "https://wikimili.com/en/National_Mutual_Life_Assurance_Society",
 "\n\n".join(MARK.sub("", p) for p in NATMUT),
 "finance/life insurance", ["history", "founding", "merger", "leadership", "deal"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held). Cut: the title line "
 "'National Mutual Life Assurance Society' and the site's line 'Last updated'; the line 'Contents' and the headings "
 "'History' and 'The two societies'; the citation markers ' [1]' (twice; a space before each); cut after '... at the "
 "time of the merger.', the end of the section 'The two societies', before the heading 'National Mutual and Maynard "
 "Keynes' and the section the excerpt breaks off ('The priority post-merger was consolidation. The number of British "
 "branches was reduced to eight, a'; `truncated`; a cut at a paragraph end), so Keynes's work as chairman and the "
 "later history are not in the text. The copy has no infobox. No word added or changed. Kept as written: 'The "
 "National Mutual Life Assurance Society was formed in 1896 by the merger of the National Life Assurance Society and "
 "the Mutual Life Assurance Society.', 'It was notable for the Chairmanship of John Maynard Keynes between 1921 and "
 "1938' (a capital C), 'long before the post-war \u201ccult of the equity\u201d.' (curly quotes, the full stop after "
 "them), 'The National Mutual was demutualised in 2001 and the business transferred to GE Capital.', 'The National "
 "Life Assurance Society was formed as a company in December 1830.', 'The overseas operations had come through the "
 "rescue of Whittingham Life Assurance in 1894 and only Mauritius was retained (until independence in 1968).', 'The "
 "Mutual Life Assurance Society was founded by brothers James and William Burchell.', 'They and Jonathan Hayne "
 "started the Society by guaranteeing the first \u00a320,000 of losses.', 'At the first AGM in 1835, the chairman "
 "claimed', 'In 1848, the Mutual Life bought the lease of 39 King Street, followed by number 38.', 'As with the "
 "National, the Mutual Life had also expanded regionally'. 290 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (doubtful: an undated copy, no date after 2001 in the excerpt; as earlier batches recorded "
 "their undated wikimili.com copies; an older revision would be 3.0, whose terms the record meets the same way). "
 "Found at rank 3 of the query 'British insurance company history founded acquired chief executive Wikipedia mutual "
 "demutualised' (the query that found wp-scottish-amicable; see there for the other ranks). National Mutual, "
 "National Life Assurance, Mutual Life Assurance, Burchell, Jonathan Hayne, Whittingham: " + CHECKED + " ('Keynes' hits only batch "
 "57a's text, another name and matter; GE Capital is a party of an FCC text of 2006 in corpus train, named in "
 "batch 45zo's script, another matter).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com's undated copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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
