#!/usr/bin/env python3
"""Batch 55s (session 54; gatherer lane 55s): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zg, 54zu, 55f and 55n, turned to mid-size companies
in construction: a British construction and regeneration group founded in 1977 by John Morgan and Jack Lovell, its
purchase of the fit-out contractor Overbury, its reverse takeover of William Sindall plc (which had bought Hinkins &
Frewin), its purchase of Lovell Partnerships from the Lovell Group and of AMEC's construction arm (construction, UK);
and a British privately owned contractor founded in 1852 by John Willmott, whose group chief executive Rick Willmott
became executive chairman in January 2024 when the chief financial officer Graham Dundas was promoted to chief
executive, and which sold 70% of its residential development business Be Living to EcoWorld International, creating
EcoWorld London (construction, UK). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt
(`search`, corpus `pages`; never a whole page): one Kiwix copy of the dump wikipedia_en_all_maxi_2023-10 (iiab.me) and
one old revision with its id (1203847543, 5 February 2024) as a proxy of en.wikipedia.org (talk.dob.jp) renders it;
each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed. No text tells an outage
and none tells a near-miss of one. newskg (or any extractor) was not run on any text. Excerpts and queries as found:
/tmp/gather56s/src (round notes, /work/notes/gather56/55s.md).
usage: batch55s.py [POOL_DIR] [--dry]   (default /tmp/gather56s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_4

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56s/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-54 pools (/tmp/gather56*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- construction, UK: Morgan Sindall Group (a Kiwix copy of October 2023) -------------------------------------------
R.append(wp("wp-morgan-sindall", "Morgan Sindall",
 "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Morgan_Lovell",
 "Morgan Sindall Group plc is a leading British Construction & Regeneration group, headquartered in London employing "
 "around 6,700 employees and operating in the public, regulated and private sectors. It reports through six "
 "divisions of Construction & Infrastructure, Fit Out, Property Services, Partnership Housing, Urban Regeneration and "
 "Investments. It is listed on the London Stock Exchange and is a constituent of the FTSE 250 Index.\n\n"
 "The company was founded by John Morgan and Jack Lovell with \u00a31,000 from joint savings in 1977 and was "
 "initially based at Golden Square in Soho. Overbury, a fit out contractor which had been in business since 1942, was "
 "acquired by the company in 1985. The company secured a listing on the London Stock Exchange in 1994 when it "
 "entered into a reverse takeover of William Sindall plc.\n\n"
 "William Sindall was established in the 1860s, and was named for its founder, who was known for his work for the "
 "University of Cambridge. In 1988, William Sindall had acquired Hinkins & Frewin, a company established in 1847, "
 "known for their work for the University of Oxford. The business operated from offices in Oxford, Cambridge, "
 "Banbury, Rugby and Fareham.\n\n"
 "In 1998, Morgan Sindall bought Lovell Partnerships for \u00a315m from the financially stretched Lovell Group. The "
 "business was one of the largest partnership housing operations in the country, and it also contained a private "
 "housebuilding division.\n\n"
 "In June 2007, Morgan Sindall Group purchased the construction arm of AMEC.",
 "construction/construction and regeneration", ["history", "ownership", "deal"],
 "The article as a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10 holds it in the page store (iiab.me, reached "
 "at the redirect 'Morgan_Lovell'; undated within the page, no revision id; a revision of up to October 2023: the "
 "infobox gives revenue of 2022 and employees of 2023). Cut: the title line 'Morgan Sindall'; the infobox lines that "
 "follow the lead in this copy ('Morgan Sindall Group plc', 'TypePublic', 'IndustryConstruction, Civil engineering', "
 "'Founded1977', 'HeadquartersLondon, United Kingdom', 'Key people', 'Michael Findlay', '(Chairman)', 'John Morgan', "
 "'(Chief Executive)', 'Steve Crummett', '(Finance Director)', the three revenue and income lines of 2022 with their "
 "markers '[1]', 'Number of employees', '6,666 (2023)[2]', 'Websitewww.morgansindall.com'), so the chairman Michael "
 "Findlay, the finance director Steve Crummett and John Morgan's post of chief executive are not in the text; the "
 "heading 'History'; the citation markers '[3]' to '[8]' ('[5]' twice); cut after 'the construction arm of AMEC.', "
 "before the sentence the excerpt breaks off ('In September 2010, it purchased the repairs divi'; `truncated`; a cut "
 "inside a paragraph), so the later purchases and the change of name are not in the text. Kept as written: 'a "
 "leading British Construction & Regeneration group' (so capitalised), 'headquartered in London employing around "
 "6,700 employees' (no comma), the six divisions' names, 'with \u00a31,000 from joint savings in 1977' (a later "
 "revision, rank 2, reads 'in 1997' and 'under the name Morgan Lovell'), 'a fit out contractor' (no hyphen), 'entered "
 "into a reverse takeover of William Sindall plc', 'known for their work for', 'The business operated from offices "
 "in', 'for \u00a315m from the financially stretched Lovell Group'. 239 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (content of up to October 2023, taken as before Wikimedia's move to 4.0 of June 2023 as "
 "batch 55f recorded its Kiwix copy of the same dump); doubtful in that no revision id or date is held and the dump "
 "of October 2023 may hold a revision of after June 2023. Found at rank 1 of the query 'Morgan Sindall Group plc "
 "British construction company founded by John Morgan 1977 history Wikipedia'; en-wiki.fonk.bid's later revision "
 "(rank 2; founding in '1997', a copy's terms not found), defzone.net's German and jablog.org's Japanese articles, "
 "quarterlytics.com's annual reports and the news pages (glenigan.com, The Times) not used. Morgan Sindall, Jack "
 "Lovell, Overbury, William Sindall, Hinkins, Lovell Partnerships, Lovell Group, Golden Square, Fareham: " + CHECKED +
 " (AMEC is named in a text on another subject (Amec Foster Wheeler, a bribery case) and Banbury in another company "
 "history; none is a history of Morgan Sindall).", "non-US", v3=True,
 copy_of="the Wikipedia article, a Kiwix copy of the dump wikipedia_en_all_maxi_2023-10"))

# ---- construction, UK: Willmott Dixon (revision 1203847543 of 5 February 2024) ---------------------------------------
R.append(record("wp-willmott-dixon", "Willmott Dixon", "https://en.wikipedia.org/wiki/Willmott_Dixon",
 "https://talk.dob.jp/enwiki/w/index.php?oldid=1203847543&title=Willmott_Dixon",
 "Willmott Dixon is a British privately owned contracting, residential development and property support business.\n\n"
 "The company was founded in 1852, by John Willmott. During the second half of the 19th century and much of the 20th "
 "century, the company remained small. However, by 1980, the company was earning revenue of nearly \u00a330 million "
 "per annum and, in the early 1980s, the company bought a motorhome, made by Winnebago Industries, from which to "
 "conduct board meetings at regional locations and thereby keep in touch with local management. In 2001, Rick "
 "Willmott became the fifth generation of the Willmott family to lead the business.\n\n"
 "In March 2013, Willmott Dixon invested \u00a31 million in the 4Life Academy, located in Perry Barr, Birmingham.\n\n"
 "In January 2024, Rick Willmott stepped down as group chief executive and became Willmott Dixon's new executive "
 "chairman. Chief financial officer Graham Dundas was promoted to chief executive.\n\n"
 "Willmott Dixon has several business streams including construction, residential construction and interior fit out "
 "and refurbishment. In 2017, it sold a 70% stake in its London-based residential development business Be Living to "
 "Malaysia's EcoWorld International, creating EcoWorld London.",
 "construction/contracting", ["history", "leadership", "ownership", "deal"],
 EDITS + "Revision 1203847543 of the article (edited 18:54, 5 February 2024, 'History: expand') as a proxy of "
 "en.wikipedia.org (talk.dob.jp) renders it in the page store, with its old-revision notice. Cut: the lines 'Jump to "
 "content', 'Willmott Dixon', 'From Wikipedia, the free encyclopedia', the old-revision notice ('This is an old "
 "revision of this page, as edited by Dormskirk (talk | contribs) at 18:54, 5 February 2024 (History: expand). The "
 "present address (URL) is a permanent link to this revision, which may differ significantly from the current "
 "revision.'); the infobox lines ('Willmott Dixon', 'Company typePrivate Limited Company', 'IndustryConstruction', "
 "'Founded1852, by John Willmott[1]', 'HeadquartersLetchworth, Hertfordshire, United Kingdom', 'Key people', 'Rick "
 "Willmott, executive chairman', 'Graham Dundas, CEO', the three revenue and income lines of 2021 with their markers "
 "'[2]', 'Websitewillmottdixon.co.uk'), so Letchworth and Hertfordshire are not in the text; the headings 'History' "
 "and 'Operations'; the citation markers '[3]' to '[8]' ('[4]' twice); cut after 'creating EcoWorld London.', before "
 "the heading 'Major projects' and the sentence the excerpt breaks off ('Major projects involving'; `truncated`; a "
 "cut at a section end). Kept as written: 'The company was founded in 1852, by John Willmott.' (the comma), 'During "
 "the second half of the 19th century and much of the 20th century', 'by 1980, the company was earning revenue of "
 "nearly \u00a330 million per annum', 'in the early 1980s', 'a motorhome, made by Winnebago Industries', 'the fifth "
 "generation of the Willmott family to lead the business', 'the 4Life Academy, located in Perry Barr, Birmingham', "
 "'stepped down as group chief executive and became Willmott Dixon's new executive chairman', 'Chief financial "
 "officer Graham Dundas was promoted to chief executive.', 'interior fit out and refurbishment' (no hyphen), 'its "
 "London-based residential development business Be Living', \"Malaysia's EcoWorld International, creating EcoWorld "
 "London\". 185 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of February 2024, "
 "after Wikimedia's move to 4.0 of June 2023). Found at rank 7 of the query 'Willmott Dixon British construction "
 "company founded 1852 John Willmott history Wikipedia'; wikimili.com's two copies (ranks 4 and 5: one breaks off "
 "inside the Be Living sentence, the other a later, longer revision of which the excerpt reaches only the early "
 "1990s; no revision id held), talk.dob.jp's diff page (rank 8; wikitext), the company's own history page (rank 6), "
 "a company booklet (ranks 2-3; yumpu.com, doczz.net) and a trade paper's feature (rank 1) not used. Willmott, Be "
 "Living, EcoWorld, 4Life, Perry Barr, Winnebago: " + CHECKED + " ('Dundas' names another person in a text on another "
 "subject; none is a history of Willmott Dixon).",
 "non-US", licence=LICENCE_4, version="4.0",
 rev="revision 1203847543 (5 February 2024)",
 copy_of="revision 1203847543 of the Wikipedia article, as the proxy talk.dob.jp renders it",
 origin="English Wikipedia, copy (page store), an old revision"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
