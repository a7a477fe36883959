#!/usr/bin/env python3
"""Batch 40zd (session 41; gatherer lane 40zd): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y and 40za, turned to engineering, construction, shipping and
industrial companies - a US engineering firm founded by a professor and three of his students, merged with a Redding
firm, its joint venture and its purchase by Jacobs Engineering Group (engineering, US); a British builder founded by
Ray O'Rourke that bought John Laing plc's construction business and two businesses from Carillion (construction, UK);
a Liverpool shipping company founded by John Bibby, its parent group, its radio supplier, a division and a purchase
(shipping, UK); and the Danish engineer who co-founded Larsen & Toubro, two more companies he set up with his partner
and L&T's agreement with Caterpillar (engineering, India).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself (an '= Title =' rendering), three from copies (hubbry.com, hitchhikersgui.de,
profilpelajar.com); each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed. No
text tells an outage and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch40zd.py [POOL_DIR] [--dry]   (default /tmp/gather41zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zd/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, and in the session-41 pools "
           "(/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- engineering, US: CH2M (hubbry.com's copy, 'from Wikipedia') ---------------------------------------------------
R.append(wp("wp-ch2m-hill", "CH2M", "https://www.hubbry.com/CH2M",
 "CH2M, earlier CH2M HILL, Inc., was an engineering company that provided consulting, design, construction, and "
 "operations services for corporations and governments. The company was organized in Corvallis, Oregon, and "
 "headquartered at 9191 South Jamaica Street, Englewood, Colorado. In December 2017, the company was acquired by "
 "Jacobs Engineering Group.\n\n"
 "The company played a major role in the Panama Canal expansion project. The company developed, maintained and "
 "published its own method for managing projects for clients, called the CH2M HILL Project Delivery System. The firm "
 "was named from the initials of its four founders.\n\n"
 "CH2M was founded in 1946 in Corvallis, Oregon, by Oregon State University civil engineering professor Fred "
 "Merryfield and three of his students: Holly Cornell, James Howland and Thomas Burke Hayes. Cornell, Howland, and "
 "Hayes were all graduates of Oregon State University. The company became CH2M Hill after a merger with Clair A. Hill "
 "& Associates in 1971. The firm remained headquartered in Oregon until 1980, when it moved to Colorado.\n\n"
 "In 2000, the company was part of a joint venture to replace the Singapore sanitary services infrastructure. The new "
 "Singapore Deep Tunnel System was designed to improve reliability, ease, and economy of operation, and to help "
 "Singapore handle the increasing use of its waterfront.\n\n"
 "In October 2005, Kaiser Hill, a joint venture of CH2M Hill, decommissioned and closed a former nuclear weapons "
 "facility at the Rocky Flats Plant.",
 "engineering", ["history", "ownership", "deal", "partnership"],
 "The article as hubbry.com's 'community hub' page holds it in the page store ('CH2M from Wikipedia', as the hubbry "
 "texts of batches 22c, 23b and 24b; a rendering after December 2017, 'was an engineering company', 'In December 2017, "
 "the company was acquired by Jacobs Engineering Group'; no revision id). Cut: hubbry's header lines ('Hubbry Logo', "
 "'Open search', 'Community hub', '8 pages, 0 posts', '0 subscribers', 'Be the first to start a discussion here.', "
 "'Contribute something', 'from Wikipedia'); the two image captions ('CH2M Hill offices at the Parkside Tower in Salt "
 "Lake City, Utah (2013)', 'The former VECO building, now CH2M Hill's Alaska headquarters (2011)') and the infobox "
 "line 'Key Information' (its values not held); the headings 'History' and 'Projects' with their '[edit]' lines; the "
 "citation markers '[1]' to '[9]'; cut after 'at the Rocky Flats Plant.', before the sentence the excerpt breaks off "
 "('In 2006, the company helped rebuilding efforts along the'; `truncated`; a cut inside a paragraph, doubtful), so "
 "the later projects and the officers are not in the text. Kept as written: 'CH2M, earlier CH2M HILL, Inc., was', "
 "'9191 South Jamaica Street', 'the CH2M HILL Project Delivery System', 'The firm was named from the initials of its "
 "four founders', 'Oregon State University civil engineering professor Fred Merryfield and three of his students', "
 "'Cornell, Howland, and Hayes', 'the company was part of a joint venture to replace the Singapore sanitary services "
 "infrastructure' (its partners not named), 'Kaiser Hill, a joint venture of CH2M Hill'. 230 words. No outage and no "
 "near-miss told. Recorded CC BY-SA 4.0 (an undated rendering, as batches 22c-24b recorded hubbry's copies); doubtful "
 "in that no revision id is held and hubbry.com's own terms were not found in the page store. ch2mhillalumni.org's "
 "history pages (the partnership of 1946 and its founders' letters; the alumni's own text, not openly licensed), "
 "macdaddypaddy.blogspot.com's copy of a company history (Clair A. Hill & Associates of Redding, California; "
 "unlicensed), fundinguniverse.com's, company-histories.com's and encyclopedia.com's profiles (International "
 "Directory of Company Histories text, not openly licensed) were looked at and not used. CH2M, Merryfield, Clair A. "
 "Hill, Kaiser Hill, Rocky Flats: " + CHECKED + " (Jacobs Engineering is named in one test file, batch 32g's Wikinews "
 "story on the sale of a stake in the UK's nuclear weapons establishment; not opened; it is no history of CH2M).",
 "US"))

# ---- construction, UK: Laing O'Rourke (hitchhikersgui.de's copy of a revision of about 2017-2018) --------------------
R.append(wp("wp-laing-orourke", "Laing O'Rourke", "http://hitchhikersgui.de/Laing_O%27Rourke",
 "Laing O'Rourke is a multinational construction company headquartered in Dartford, England, United Kingdom. It was "
 "founded in 1978 by Ray O'Rourke. It is the largest privately owned construction company in the United Kingdom.\n\n"
 "The company was founded by Ray O'Rourke in 1978. It was originally based in east London, and was known as R. "
 "O'Rourke & Son. In September 2001, R. O'Rourke bought Laing Construction from John Laing plc for \u00a31. Laing's "
 "construction business had been making significant losses, in part due to additional costs on the Cardiff "
 "Millennium Stadium project. The name of the company was changed to Laing O'Rourke.\n\n"
 "In May 2004, the company acquired Crown House Engineering, a mechanical & electrical engineering business, from "
 "Carillion. Laing O'Rourke went on to expand its operations in Australia in July 2006, when it acquired Barclay "
 "Mowlem, also from Carillion.\n\n"
 "In 2015, the company became a member of the Housing and Finance Institute.\n\n"
 "On 11 January 2016, Laing O'Rourke announced that it had begun the formal sale process of selling its Australian "
 "business. This was a result of multiple unsolicited offers and a desire to invest more heavily in the company's "
 "operations in the United Kingdom. However, the sale process was later discontinued and the Australian business was "
 "refinanced in 2017.",
 "construction", ["history", "ownership", "deal"],
 "The article as hitchhikersgui.de's copy holds it in the page store ('From Wikipedia, the free encyclopedia', 'Jump "
 "to navigation Jump to search', the infobox's figures for 2016/17: a revision of about 2017-2018; no revision id). "
 "Cut: the title line, the site lines ('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'); "
 "the infobox lines ('Private limited company', 'Industry Construction, Civil Engineering', 'Founded 1978', "
 "'Headquarters Dartford, United Kingdom', 'Key people Ray O'Rourke KBE (Chairman and CEO)', revenue, operating "
 "income, net income, employees), so his posts as chairman and chief executive are not in the text; the citation "
 "markers '[1]' to '[9]'; cut after 'refinanced in 2017.', before the sentence the excerpt breaks off ('In the year "
 "to 31 March 2017, the group made a loss of \u00a367m, ... at the largest operating division, Laing O'Rourke plc, "
 "mainly attributed to a loss-making PFI hospital contract ('; `truncated`), so the losses, the later history and "
 "the division Laing O'Rourke plc are not in the text. No headings in the excerpt (the 'History' heading absent on "
 "this copy). Kept as written: 'headquartered in Dartford, England, United Kingdom', 'It was founded in 1978 by Ray "
 "O'Rourke' beside 'The company was founded by Ray O'Rourke in 1978', 'based in east London', 'R. O'Rourke bought "
 "Laing Construction from John Laing plc for \u00a31', 'Laing's construction business', 'the Cardiff Millennium "
 "Stadium project', 'a mechanical & electrical engineering business', 'the formal sale process of selling its "
 "Australian business'. 210 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision of about "
 "2017-2018 by its content, before June 2023); doubtful in that no revision id is held and hitchhikersgui.de (a site "
 "serving Wikipedia pages with their 'From Wikipedia' line, not used by earlier batches) was not found with its own "
 "terms in the page store. TheInfoList's copy (linked articles' opening lines inserted into the text), cinxe.com's "
 "raw HTML of the current page (no text reached in the excerpt), constructionwave.co.uk's retelling (Des O'Rourke as "
 "co-founder, Swift Structures, Anna Stewart's resignation as chief executive in 2015), the Irish Times', Irish "
 "Post's, Independent.ie's, Building's, Construction News' and constructionchat.co.uk's pieces (Seamus French his "
 "successor as chief executive, Cathal O'Rourke Group Chief Executive in July 2024, Sir John Parker's retirement as "
 "chairman; news, not openly licensed) were looked at and not used. Laing O'Rourke, Crown House, Barclay Mowlem, "
 "Housing and Finance Institute: " + CHECKED + " ('O'Rourke' in two Oireachtas texts on other people; Carillion in "
 "batch 16e's Commons debate on its collapse, train; John Laing plc in batch 40y's Chiltern Railways text, test, and "
 "batches 15g's and 18b's texts, not opened; none is a history of Laing O'Rourke).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2017-2018, a copy on hitchhikersgui.de"))

# ---- shipping, UK: Bibby Line (en.wikipedia.org, '= Bibby Line =') -------------------------------------------------
R.append(wp("wp-bibby-line", "Bibby Line", "https://en.wikipedia.org/wiki/Bibby_Line",
 "Bibby Line is a UK company concerned with shipping and marine operations.\n\n"
 "Its parent company, Bibby Line Group Limited, can be traced back to John Bibby who founded the company in 1807. The "
 "company along with the group is based in Liverpool.\n\n"
 "The Bibby Line was founded in 1807 by the first John Bibby (1775\u20131840).\n\n"
 "After John Bibby was attacked and murdered on 19 July 1840, his sons John and James took ownership of the Bibby "
 "Line.\n\n"
 "It was one of the first businesses in the world to fit its entire fleet with radio, by the British based Radio "
 "Communication Company.\n\n"
 "Along with other British ship owners, it endured hard economic conditions in the 1970s and 1980s, but survived "
 "through diversification into floating accommodation. The group diversified in the 1980s into separate divisions, "
 "including Bibby Financial Services which was formed in 1982. The parent company is now called Bibby Line Group, and "
 "is a \u00a3800 million global business, operating in 14 countries, employing 4,000 people in sectors including "
 "retail, financial services, distribution, shipping, marine and infrastructure.\n\n"
 "Since 2007, Bibby Line Group and its employees have donated over \u00a310 million and thousands of volunteering "
 "hours to over 1,000 charitable causes.\n\n"
 "In 2008, the Bibby Line Group continued to diversify with the purchase of the construction asset hire company Garic "
 "UK. Bibby Line Group\u2019s investment enabled Garic to remain a key market player, in a competitive sector. "
 "Currently, Garic has four sites across the UK and is one of the most trusted specialized plant and welfare facility "
 "providers in the UK.",
 "shipping", ["history", "ownership", "deal"],
 "The article as en.wikipedia.org holds it in the page store ('= Bibby Line =', a rendering after July 2023 by the "
 "open letter of that month at its end; no revision id). Cut: the title line; the infobox list ('Logo: File:Bibby Line "
 "logo.svg', 'Type: Private', 'Foundation: 1807', 'Location: Liverpool, United Kingdom', 'Key People: Jebb Kitchen "
 "(MD)', 'Industry: Shipping', 'Owner: Bibby Line Group Ltd', 'Homepage: Bibby Line homepage'), so the managing "
 "director Jebb Kitchen is not in the text; the heading '==History=='; no citation markers on this rendering; cut "
 "after 'providers in the UK.', before the paragraph the excerpt breaks off ('In July 2023, an open letter signed by "
 "over fifty NGOs and campaigners, including the Refugee Council, called Bibby Marine, as owne'; `truncated`), so the "
 "Bibby Stockholm, Bibby Marine and the open letter are not in the text. Kept as written: 'a UK company concerned "
 "with shipping and marine operations', 'can be traced back to John Bibby who founded the company in 1807', 'The "
 "company along with the group is based in Liverpool', 'the first John Bibby (1775\u20131840)', 'his sons John and "
 "James took ownership', 'to fit its entire fleet with radio, by the British based Radio Communication Company', "
 "'The group diversified in the 1980s into separate divisions', 'Bibby Line Group\u2019s investment' (a curly "
 "apostrophe as printed), 'specialized'. 259 words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (a "
 "current rendering, its content past June 2023); doubtful only in that no revision id is held. profilbaru.com's, "
 "pinocchiopedia.com's and a .cfd site's copies of a longer revision (the Bibby Stockholm and the slave-trade "
 "paragraph between the lead and the sons' ownership; chosen against: the same facts with a longer run of matter "
 "that names no company), bibbylinegroup.co.uk's heritage page (John Highfield his partner in 1807, Harland & Wolff's "
 "first ship the Venetian of 1859, Bibby Steam Ship Co. of 1891; the company's own text), bibbybook.blogspot.com's and "
 "doczz.net's copies of the group's own histories, and a Liverpool society's talk review (Frederick Leyland, the "
 "general manager) were looked at and not used. Bibby, Garic, Radio Communication Company: " + CHECKED + ".",
 "non-US"))

# ---- engineering, India: Henning Holck-Larsen (profilpelajar.com's copy) -------------------------------------------
R.append(wp("wp-henning-holck-larsen", "Henning Holck-Larsen",
 "https://profilpelajar.com/article/Henning_Holck-Larsen",
 "Henning Holck-Larsen (4 July 1907 \u2013 27 July 2003) was a Danish engineer who co-founded the Indian engineering "
 "firm Larsen & Toubro (L&T) along with S\u00f8ren Kristian Toubro (27 February 1906 \u2013 4 March 1982).\n\n"
 "Holck-Larsen was educated at the University of Copenhagen (and what is now the Technical University of Denmark). He "
 "came to India in 1937 as a chemical engineer working for F. L. Smidth & Co. of Copenhagen. Partnering with his "
 "former schoolmate and fellow employee S\u00f8ren Kristian Toubro, he set up Larsen & Toubro in 1938. The idea of "
 "L&T was conceived during a holiday in Matheran, a hill station near Mumbai. Holck-Larsen was a risk-taker while "
 "Toubro was more conservative. Holck-Larsen and Toubro saw opportunities in India at a time when few Europeans had "
 "realised the country's potential for industrial growth.\n\n"
 "The first office of L&T, located in Mumbai, was so small that only one of them could use it at a time. Initially, "
 "L&T represented Danish dairy equipment manufacturers. However, the Danish imports were restricted during the World "
 "War II, forcing L&T to start a small workshop that provided servicing and undertook small jobs. The imports stopped "
 "after the German invasion of Denmark, forcing L&T to start manufacturing dairy equipment indigenously, a move that "
 "was successful.\n\n"
 "Seeing opportunity in ship repair during wartime, Holck-Larsen and Toubro formed a new company called Hilda Ltd. "
 "Around this time, L&T also started two repair and fabrication shops. The internment of German engineers who were "
 "supposed to build a soda ash plant for the Tatas provided L&T another new opportunity.\n\n"
 "In 1944, Holck-Larsen and Toubro established Engineering Construction & Contracts (ECC). L&T started collaborating "
 "with international companies around this time. In 1945, it signed an agreement with the Caterpillar Tractor Company "
 "of USA for marketing earthmoving equipment.",
 "engineering", ["history", "management", "partnership"],
 "The article as profilpelajar.com's copy holds it in the page store (the wording 'was a Danish engineer who "
 "co-founded the Indian engineering firm', with Toubro's dates after his name, and 'The internment of German "
 "engineers' where en.wikipedia.org's current rendering reads 'a Danish-born Indian engineer' and 'The wartime "
 "internment'; no revision id). Cut: the citation markers '[1]' to '[4]' (the first between the lead's closing "
 "parenthesis and its full stop); the heading 'Early life and career'; cut after 'for marketing earthmoving "
 "equipment.', before the sentence the excerpt breaks off ('L&T also started representing British manufacturers of "
 "equipment use'; `truncated`; a cut inside a paragraph, doubtful), so the later history, his awards and his death in "
 "Mumbai are not in the text. The copy's paragraphs stand on single lines; set apart with blank lines. Kept as "
 "written: '(and what is now the Technical University of Denmark)', 'F. L. Smidth & Co. of Copenhagen', 'Partnering "
 "with his former schoolmate and fellow employee', 'the Danish imports were restricted during the World War II', "
 "'the German invasion of Denmark', 'a soda ash plant for the Tatas', 'the Caterpillar Tractor Company of USA'. 299 "
 "words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (an undated copy, as batches 24b and 32j recorded "
 "profilpelajar.com's copies; doubtful: its wording is older than the current rendering's, and a revision before "
 "June 2023 would be 3.0); doubtful also in that no revision id is held and profilpelajar.com's own terms were not "
 "found in the page store. en.wikipedia.org's current rendering (breaking off inside the Caterpillar sentence, 'for "
 "marketing '), findatwiki.com's and the-uncensored-wiki.com's (2014) copies (older wording, 'Larsen and Toubro "
 "formed'), ceojournals.com's copy (no ECC sentence), grokipedia.com's AI-written page, graphsearch.epfl.ch's copy of "
 "S\u00f8ren Kristian Toubro's article (the same early history told of Toubro, without ECC and Caterpillar), "
 "wrytin.com's, thebusinessblaze.com's, infoarbol.com's and vasanfriends.blogspot.com's retellings and Business "
 "India's profile (news) were looked at and not used. Holck-Larsen, Toubro, Smidth, Hilda Ltd, Engineering "
 "Construction & Contracts: " + CHECKED + ".", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
