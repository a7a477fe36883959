#!/usr/bin/env python3
"""Batch 56h (session 54; gatherer lane 56h): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zg, 54zu, 55e, 55f, 55n, 55s, 55x, 55za, 55zd and
56f, turned to mid-size companies in pharmaceuticals, insurance and chemicals: an Indian generic drug maker founded by
Gracias Saldanha, whose son Glenn took over as CEO in 2001 after working at PricewaterhouseCoopers (pharmaceuticals,
India); a Victorian British fire insurer promoted by Alexander Hamilton Gunn, with the directors Francis William
Russell and Francis Braun (of Blessig Braun) and the general manager Clirehugh recruited from the Queen Insurance
Company, acquired by Royal Insurance in 1962 (insurance, UK); and a British chemicals group that traces its roots to
Andrew Yule & Co. of Calcutta and its London arm George Yule & Co. (renamed Yule, Catto & Company Ltd.), sold in 1919
to J.P. Morgan & Co. and Morgan Grenfell & Co., with Sir David Yule as chairman, which bought Revertex Chemicals in
1980 and OMNOVA Solutions in 2020 (chemicals, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): two wikimili.com copies (a revision of 2025; an undated revision) and one kampuspedia.com copy (a revision of
October 2021 or later); each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed.
No text tells an outage and none tells a near-miss of one. newskg (or any extractor) was not run on any text.
Excerpts and queries as found: /tmp/gather57h/src (round notes, /work/notes/gather57/56h.md).
usage: batch56h.py [POOL_DIR] [--dry]   (default /tmp/gather57h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57h/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-54 pools (/tmp/gather57*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- pharmaceuticals, India: Glenmark Pharmaceuticals (a wikimili.com copy of a revision of 2025) -------------------
R.append(wp("wp-glenmark", "Glenmark Pharmaceuticals", "https://wikimili.com/en/Glenmark_Pharmaceuticals",
 "Glenmark Pharmaceuticals Limited is an Indian multinational pharmaceutical company headquartered in Mumbai.\n\n"
 "Glenmark Pharmaceuticals was founded in 1977 by Gracias Saldanha as a generic drug and active pharmaceutical "
 "ingredient manufacturer. He named the company after his two sons. The company initially sold its products in "
 "India, Russia, and Africa. The company went public in India in 1999. Saldanha's son Glenn took over as CEO in "
 "2001, having returned to India after working at PricewaterhouseCoopers. In 2008 Glenmark was the fifth-biggest "
 "pharmaceutical company in India.\n\n"
 "By 2011 the founder of the company was one of the richest men in India, and Glenmark had worldwide sales of $778 "
 "million, a 37% increase over the last year's sales; the growth was driven by Glenmark's entry into the US and "
 "European generics markets.\n\n"
 "In the mid-2010s the generics industry in general began transitioning to the end of an era of giant patent cliffs "
 "in the pharmaceutical industry; patented drugs with sales of around $28 billion were set to come off patent in "
 "2018, but in 2019 only about $10 billion in revenue was set to open for competition, and less the next year. "
 "Companies in the industry responded with consolidation or trying to generate new, patented drugs.",
 "pharmaceuticals/generic drugs", ["history", "leadership"],
 "The article as wikimili.com's copy holds it in the page store ('Last updated', no date or revision id held; a "
 "revision of 2025: the infobox gives revenue of 2025 and 'Financials as of 31 March 2025'). Cut: the title line "
 "'Glenmark Pharmaceuticals' and the line 'Last updated'; the infobox lines ('Glenmark Pharmaceuticals Limited', "
 "'Company type Public', 'ISIN INE935A01035', 'Industry Pharmaceuticals', 'Founded18 November 1977;47 years ago "
 "(1977-11-18)', 'Founders Gracias Saldanha', 'Headquarters,', 'India', 'Area served', 'Global', 'Key people', "
 "'Glenn Saldanha (MD & Chairman)', 'ProductsMedicines and vaccines', the three revenue and income lines of 2025, "
 "'Number of employees', '15,556 (2023) [1]', 'Website glenmarkpharma.com', 'Footnotes /references', 'Financials as "
 "of 31 March 2025. [2]'), so the day of founding (18 November 1977), Glenn Saldanha's surname and his posts of "
 "managing director and chairman are not in the text; the lines 'Contents' and 'History' (a contents box's title "
 "and a heading); the citation markers ' [3]' to ' [8]' with the space before each (so 'in 2001, [3] having' reads "
 "'in 2001, having'); cut after 'new, patented drugs.', before the paragraph the excerpt breaks off ('Under Glenn "
 "Saldanha, the company focused on developing new drugs [9] [8] and bi'; `truncated`; a cut at a paragraph end), "
 "so the later history is not in the text. Kept as written: 'an Indian multinational pharmaceutical company', 'a "
 "generic drug and active pharmaceutical ingredient manufacturer' (no hyphens), 'He named the company after his two "
 "sons.', 'India, Russia, and Africa' (serial comma), 'Saldanha's son Glenn took over as CEO in 2001', 'the "
 "fifth-biggest', '$778 million, a 37% increase', 'the US and European generics markets', 'In the mid-2010s', 'and "
 "less the next year'. 203 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2025, "
 "after Wikimedia's move to 4.0 of June 2023). Found at rank 5 of the query 'Glenmark Pharmaceuticals founded 1977 "
 "Gracias Saldanha Glenn Saldanha chairman managing director Wikipedia'; the news and profile pages (dnaindia.com, "
 "brandindiapharma.in, businesstoday.in, glennsaldanha.com, a Google Groups post) not used. Glenmark Pharmaceuticals, "
 "Gracias Saldanha, Saldanha: " + CHECKED + " ('Glenmark' only in GATHERING.md's lists of leads of other rounds: a "
 "2020 United States charge against Glenmark's US arm, not taken; PricewaterhouseCoopers is named in texts on other "
 "subjects; none is a history of Glenmark).", "non-US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- insurance, UK: London and Lancashire Insurance (a wikimili.com copy, undated) ----------------------------------
R.append(wp("wp-london-lancashire", "London and Lancashire Insurance",
 "https://wikimili.com/en/London_and_Lancashire_Insurance",
 "London and Lancashire Insurance was founded in 1862, and had become one of the U.K.'s leading fire insurers by the "
 "end of the 19th century. A series of acquisitions in the early 20th century took the company into accident and "
 "marine insurance, as well as life assurance, making it a leading composite insurer. Following a period of "
 "consolidation in the industry, London and Lancashire was acquired by Royal Insurance in 1962.\n\n"
 "The June 1861 Tooley Street fire was the greatest since 1666, and led to \u00a31.25 million of claims. It was "
 "believed to be the stimulus for Alexander Hamilton Gunn, a London merchant and company promoter, to start a new "
 "fire insurance company. In August, only two months after the fire, he assembled prominent London and Lancashire "
 "businessmen and merchants; and a prospectus for the London and Lancashire Fire Insurance was published in "
 "October. Directors included Francis William Russell, MP for Limerick City, one of the prime movers in the City of "
 "London, and Francis Braun of Liverpool merchants Blessig Braun; shortly after, the connection with Gunn ceased. "
 "Capital of \u00a3200,000 was raised, and by February 1862 the company was registered for business. The directors "
 "recruited Mr Clirehugh, the manager of the Queen Insurance Company, as general manager, based in London. (At the "
 "same time, London and Lancashire launched an abortive attempt to acquire the Queen Insurance Company). The "
 "Liverpool office appointed agencies in the north, and London did so in the south; almost immediately afterwards, "
 "the company showed its ambitions by appointing agents in Montreal, Melbourne, Paris and St Petersburg. The "
 "prospectus had confined itself to fire insurance; and one of the attractions of the failed bid for the Queen "
 "Insurance had been the latter's life assurance business. Instead, in May 1862, the directors resolved to form a "
 "parallel life company with a paid-up capital of \u00a310,000. Although separate, it would be managed by "
 "Clirehugh.",
 "insurance/fire and life insurance", ["history", "leadership", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store (the excerpt opens with the lead's first words: no "
 "title line, 'Last updated' line, infobox or heading held, so none cut; no date or revision id held). Cut: the "
 "citation markers ' [1]' and ' [2]' with the space before each (so 'was published in October. [1] Directors' "
 "reads 'was published in October. Directors'); cut after 'it would be managed by Clirehugh.', before the sentence "
 "the excerpt breaks off ('Thus, within a year of'; `truncated`; a cut inside a paragraph), so the company's later "
 "acquisitions (the 'series of acquisitions' of the lead) are not told one by one in the text. The excerpt's one line "
 "break, after the lead, is kept as a paragraph break. Kept as written: 'the U.K.'s leading fire insurers', 'by the "
 "end of the 19th century', 'in the early 20th century', 'London and Lancashire was acquired by Royal Insurance in "
 "1962', 'The June 1861 Tooley Street fire was the greatest since 1666', the pound signs, 'a London merchant and "
 "company promoter', 'In August, only two months after the fire,' and 'published in October' (months without a "
 "year), 'the London and Lancashire Fire Insurance', 'MP for Limerick City, one of the prime movers in the City of "
 "London,', 'Francis Braun of Liverpool merchants Blessig Braun', 'Mr Clirehugh' (no full stop after 'Mr'), the "
 "bracketed sentence with its full stop outside the bracket, 'St Petersburg' (no full stop), 'the Queen Insurance' "
 "beside 'the Queen Insurance Company', 'paid-up capital'. 316 words. No outage and no near-miss of one told (a "
 "fire told as the stimulus for a fire insurer; no service is lost). Recorded CC BY-SA 4.0 (wikimili.com copies "
 "current revisions; doubtful: the excerpt holds no date, and the text, a history that ends in 1962, gives none of "
 "its own). Found at rank 5 of the query 'is a British insurance company. History. The company was founded by, "
 "acquired by, chief executive, It is listed on the London Stock Exchange'; wikimili.com's 'Guardian Assurance "
 "Company' (rank 8; a merger of 1968 told without who bought whom), insurancetimes.co.uk's lists (ranks 1, 2), "
 "wikipolitiks.org's 'Aviva plc' (rank 3) and two copies of 'RSA Insurance Group' (ranks 4, 6; a larger insurer "
 "whose history tells mergers) not used. London and Lancashire, Royal Insurance, Alexander Hamilton Gunn, Queen "
 "Insurance, Clirehugh, Blessig Braun, Francis William Russell, Tooley Street, Guardian Assurance: " + CHECKED +
 " ('Lancashire' alone and 'Russell' alone name places and people in texts on other subjects; none is a history of "
 "this insurer).", "non-US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- chemicals, UK: Synthomer (a kampuspedia.com copy of a revision of October 2021 or later) -----------------------
R.append(wp("wp-synthomer", "Synthomer", "https://kampuspedia.com/en/Synthomer",
 "Synthomer plc, formerly known as Yule Catto & Co, is a British-based chemicals business. It is listed on the "
 "London Stock Exchange.\n\n"
 "The company traces its roots back to 1863, when Andrew Yule founded a trading house known as Andrew Yule & Co. in "
 "Calcutta. At the same time Andrew's brother, George Yule, set up George Yule & Co. in London, which acted as "
 "British agency arm of Andrew Yule & Co. When in 1919 Andrew Yule & Co. and George Yule & Co. were sold to the US "
 "banking group J.P. Morgan & Co. and its British merchant banking affiliate Morgan Grenfell & Co., both were "
 "turned from a partnership into a private limited company. That same year Thomas Catto (1879\u20131959) was sent "
 "to India to take over management of the firm from Sir David Yule (1858\u20131928), a nephew of Andrew Yule. David "
 "Yule continued to hold the title of Chairman but had no active part in the operations of the business. In 1920, "
 "Thomas Catto and David Yule changed the name of the British purchasing arm of Andrew Yule & Co., George Yule and "
 "Company, to Yule, Catto & Company Ltd. Due to increased taxation, the devaluation of the Indian rupee and the "
 "abolition of the managing agency system, Yule, Catto & Co. decided in 1969 to sell its shareholding in Andrew "
 "Yule & Co. to the Indian government. With the acquisition of Revertex Chemicals in 1980, Thomas Catto's son, "
 "Stephen (1923\u20132001) started to turn Yule Catto & Co. into an international speciality chemicals and building "
 "products manufacturer. Since 2007 the group has been transformed from a diversified chemical business to a "
 "focussed speciality polymer business. In 2012 the company changed its name to Synthomer on the basis that the "
 "majority of its business already traded under that name. In July 2019, Synthomer announced that it was going to "
 "buy OMNOVA Solutions for an enterprise value of $824 million; the transaction was completed on 2 April 2020.",
 "chemicals/speciality polymers", ["history", "leadership", "ownership", "deal"],
 "The article as kampuspedia.com's copy holds it in the page store (the title line, then the text as one run "
 "without line breaks, the heading glued to the next word as 'HistoryThe company'; no infobox held; no date or "
 "revision id held; a revision of October 2021 or later: the excerpt breaks off in a sentence on an announcement of "
 "October 2021). Cut: the title line 'Synthomer'; the heading 'History' (in 'HistoryThe company'), where the text "
 "after it is set as its own paragraph (the one line break added; the article has the heading there); the citation "
 "markers '[3]' to '[12]' ('[6]' and '[7]' twice each; so 'in Calcutta.[3] At the same time' reads 'in Calcutta. "
 "At the same time' and 'in 1980,[7] Thomas' reads 'in 1980, Thomas'); cut after 'completed on 2 April 2020.', "
 "before the sentence the excerpt breaks off ('In October 2021, Synthomer announced the acqu'; `truncated`; a cut "
 "inside a paragraph), so the purchases announced from October 2021 are not in the text. Kept as written: 'formerly "
 "known as Yule Catto & Co,' (no full stop after 'Co'), 'a British-based chemicals business', 'Andrew's brother, "
 "George Yule, set up George Yule & Co. in London, which acted as British agency arm of Andrew Yule & Co.' (no "
 "article before 'British agency arm'), 'the US banking group J.P. Morgan & Co. and its British merchant banking "
 "affiliate Morgan Grenfell & Co.', the life years in brackets with en dashes ('(1879\u20131959)', "
 "'(1858\u20131928)', '(1923\u20132001)'), 'Sir David Yule' beside 'David Yule', 'the title of Chairman' "
 "(capitalised), 'George Yule and Company' beside 'George Yule & Co.', 'Yule, Catto & Company Ltd.', 'Yule, Catto "
 "& Co.' (with a comma) beside 'Yule Catto & Co.' (without), 'the Indian government', 'Thomas Catto's son, Stephen "
 "(1923\u20132001) started' (no comma after the bracket), 'speciality', 'focussed', 'OMNOVA Solutions' (capitals as "
 "written). 329 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: a revision of "
 "October 2021 or later, possibly before Wikimedia's move to 4.0 of June 2023, when contributions were licensed "
 "3.0; either licence allows this reuse with attribution). Found at rank 1 of the query 'Synthomer plc history Yule "
 "Catto founded Andrew Yule chemicals company acquired Omnova Wikipedia'; en-wiki.fonk.bid (rank 2), wikimili.com "
 "(rank 3), cryer.org.uk (rank 4) and en.wikipedia.org's old revision 888642400 of 20 March 2019 (rank 5) hold the "
 "same history but their excerpts, which begin with the infobox, break off before the purchases of Revertex "
 "Chemicals or OMNOVA Solutions; en.wikipedia.org's rendering of about 2015 (rank 6), hmong.es (rank 7; Spanish) and "
 "icis.com (rank 8; news) not used. Synthomer, Yule, Catto, Omnova, Revertex, Andrew Yule, Morgan Grenfell: " +
 CHECKED + " ('J.P. Morgan' and 'Indian government' are named in texts on other subjects; none is a history of "
 "this company).", "non-US",
 copy_of="the Wikipedia article, kampuspedia.com's copy"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
