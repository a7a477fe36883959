#!/usr/bin/env python3
"""Batch 38g (session 39; helper gather39g): English Wikipedia texts (CC BY-SA) on business executives told as news,
part 20 of the executive-biography lane (after batches 36h, 36p, 36o and 37g), this round in North Africa and the
Nordic countries, where the lane had no subject yet: Aziz Akhannouch of Morocco (chief executive of a fuel
conglomerate, a regional council's president, a party's president after its president resigned; two ministries),
Björgólfur Thor Björgólfsson of Iceland (chairman of a financial firm, an investment firm and a drug maker; a brewery
sold to Heineken, a shipping line sold to the Avion group, the drug maker's purchase of Amide Pharmaceutical) and
John Fredriksen, the Norwegian-born shipping owner (deputy chief and chief of Wallem & Co. before his own fleet; his
flagship company and investment companies). Texts are the search tool's page-store excerpts (`search`, corpus
`pages`; never a whole page): a Kiwix copy of the August 2020 English Wikipedia dump, a reference.com copy of a 2007
revision and an owiki.org copy of 2025 content, each cut at the end of the last whole paragraph the excerpt holds
(`truncated`). Edits per item in `notes`; no word added or changed. newskg (or any extractor) was not run on any
text.
usage: batch38g.py [POOL_DIR] [--dry]   (default /tmp/gather39g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39g/pool"

# checks common to every item (GATHERING.md, batch 38g): the subject's name and the companies, bodies and places of
# each text were grepped in train/dev/test and second-annotation (file names and counts only; no test file opened),
# in every gather script, in GATHERING.md and in this session's other pools (/tmp/gather39a-f and 39j, and the scripts
# batch38a-f, at about 09:50 UTC)
R = []
# ---- Morocco ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-aziz-akhannouch", "Aziz Akhannouch",
 "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Aziz_Akhannouch",
 "Aziz Akhannouch (Berber language: \u0190aziz Axennuc, \u2d44\u2d30\u2d63\u2d49\u2d63 \u2d30\u2d46\u2d3b\u2d4f\u2d4f"
 "\u2d53\u2d5b; Arabic: \u0639\u0632\u064a\u0632 \u0623\u062e\u0646\u0648\u0634; born 1961 in Tafraout) is a "
 "Moroccan businessman and current Minister of Agriculture since 2007.\n\n"
 "In 1986, Akhannouch graduated from the Universit\u00e9 de Sherbrooke with a management diploma.\n\n"
 "He is the CEO of Akwa Group, a Moroccan conglomerate particularly active in the oil and gas sector. Forbes "
 "estimates his net worth as $1.4 billion as of November 2013. Akhannouch inherited Akwa from his father. In 2020, "
 "Akhannouch was 21st on Forbes's annual list of the world's wealthiest Arabs.\n\n"
 "From 2003 to 2007, Akhannouch was the president of the Souss-Massa-Dr\u00e2a regional council. He was a member of "
 "the National Rally of Independents Party, before leaving it on 2 January 2012. On 23 August 2013 he was appointed "
 "by King Mohammed VI as interim Minister of Finance on an interim basis after Istiqlal ministers resigned from "
 "Benkirane's cabinet, a position he kept until 9 October 2013. On 29 October 2016, Akhannouch rejoined the RNI "
 "after being elected the president of the party. He took over Salaheddine Mezouar's position, who had resigned.",
 "oil and gas distribution conglomerate; government (leadership, politics)", ["leadership"],
 "The article as a Kiwix copy of the English Wikipedia dump of August 2020 holds it (a.osmarks.net, "
 "'wikipedia_en_all_maxi_2020-08'; content before Wikimedia's June 2023 move: CC BY-SA 3.0; the site's own terms not "
 "looked for): the title line, the citation markers ('[1]' twice, '[2]' three times, '[3]' twice, '[4]', '[5][6]', "
 "'[7]'), the infobox lines between the lead and the first section (the native-script names again, "
 "a photo caption 'Aziz Akhenouch in Marrakesh 2011', 'Minister of Economy and Finance (interim) In office 23 "
 "August 2013 20 August 2018', 'Prime Minister Abdelilah Benkirane', 'Preceded by Nizar Baraka', 'Minister of "
 "Agriculture Assumed office September 2007', the three prime ministers, 'Personal details', born, resting place, "
 "nationality, 'Political party National Rally of Independents (RNI) 2016-', spouse, children, alma mater, "
 "occupation) and the headings 'Early life and education', 'Business' and 'Politics' cut; kept as written: the "
 "Berber (Latin and Tifinagh) and Arabic forms of the name, 'current Minister of Agriculture since 2007', 'as "
 "interim Minister of Finance on an interim basis', 'He took over Salaheddine Mezouar's position, who had "
 "resigned.'; cut after that sentence, before 'In March 2020, through his company Afriquia, a subsidiary of the Akwa "
 "group, Akhannouch do', where the excerpt breaks off (`truncated`; so the Afriquia subsidiary is not in the text). "
 "The store also holds later copies (wiki.gravy.cc, 2024: prime minister since October 2021, the lead, early life "
 "and 'Business' only; infogalactic.com through a web proxy, the lead and early life only), Moroccan and French "
 "news and profile pages (jeuneafrique.com, maghrebmagazine.com, africanproof.com, dekkak.com): not used. "
 "Akhannouch, Akwa, Afriquia, Tafraout, Sherbrooke, Souss-Massa, National Rally of Independents, Benkirane, Mezouar, "
 "Istiqlal, Mohammed VI: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this "
 "session; Forbes in many files (other subjects).",
 "non-US", v3=True, copy_of="the Wikipedia article, in a Kiwix dump of August 2020"))

# ---- Iceland ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-bjorgolfur-thor-bjorgolfsson", "Bj\u00f6rg\u00f3lfur Thor Bj\u00f6rg\u00f3lfsson",
 "http://www.reference.com/browse/Bj%C3%B6rg%C3%B3lfur+Thor+Bj%C3%B6rg%C3%B3lfsson",
 "Bj\u00f6rg\u00f3lfur Thor Bj\u00f6rg\u00f3lfsson (born 1967-03-19 in Reykjav\u00edk, Iceland), known "
 "internationally as Thor Bjorgolfsson is an Icelandic businessman and entrepreneur, and chairman of the financial "
 "firm Straumur-Bur\u00f0ar\u00e1s and chairman of Investment firm Novator.\n\n"
 "He has been declared \"Iceland's first billionaire\", and is currently ranked by Forbes Magazine (in 2007) as the "
 "249th-richest person in the world (up from 350th last year) with a net worth of 3.5B$. The Sunday Times Sunday "
 "Times Rich List (2007) lists his net worth at \u00a32,000 million.\n\n"
 "Bj\u00f6rg\u00f3lfur chose to go to the United States in 1986 at the time that his father's bankrupt firm, "
 "Hafskip, was embroiled in a financial scandal involving fraud and embezzlement.\n\n"
 "In 1991, he graduated with a B.S. from New York University and opened a brewery in Russia.\n\n"
 "Although experiencing difficulties at first, his Bravo Brewery became a success on the premium beer Botchkarov. He "
 "later sold that venture to Heineken for $400 million and returned to Iceland to gain interest in numerous "
 "ventures there.\n\n"
 "In 2002 his holding company gained 45% share of Landsbanki \u00cdslands, Iceland's second largest bank in a "
 "controversial privatization\n\n"
 "In 2003, he bought a ruling share of the largest Icelandic shipping line Eimskip and the investment company "
 "Bur\u00f0ar\u00e1s. He has since sold Eimskip to the Avion group. He has or had stake in four of the ten largest "
 "Icelandic businesses.\n\n"
 "He is also chairman of Actavis, has significant holdings in Bulgarian telecommunications, and acquired Indian "
 "research company Lotus Laboratories.\n\n"
 "In 2005 he also acquired 25% share in Polish telecommunication company Netia.\n\n"
 "The Actavis Group acquired the New Jersey based generic drug company Amide Pharmaceutical for 500,000,000 USD in "
 "2005.\n\n"
 "He is a patron of the arts.",
 "investment, banking, shipping, brewing and generic drugs (leadership, acquisitions)", ["leadership"],
 "The article as reference.com's copy holds it (reference.com/browse, a dictionary site that showed Wikipedia "
 "articles; the lead's 'is currently ranked by Forbes Magazine (in 2007)' and 'The Sunday Times ... (2007)' date the "
 "revision to 2007: GFDL when written, CC BY-SA 3.0 after Wikipedia's 2009 relicensing, as batch 20a recorded "
 "Wachovia's 2008 revision; reference.com's own terms not looked for): the title line twice, the heading lines the "
 "copy keeps none of, and, at the end, the line 'Bj\u00f6rg\u00f3lfsson's famous Icelandic colleagues are:' (its "
 "list is not in the copy), 'Notes & references', 'External links' and the site's 'Search another word or see ...' "
 "cut (`truncated`: the article's list of colleagues is lost); kept as written: 'born 1967-03-19', 'known "
 "internationally as Thor Bjorgolfsson is' with no comma, 'chairman of Investment firm Novator', 'with a net worth "
 "of 3.5B$', 'The Sunday Times Sunday Times Rich List (2007)' (a link's text doubled in the copy; doubtful, kept "
 "because no word may be changed), the paragraph 'In 2002 his holding company ... in a controversial "
 "privatization' with no full stop (a citation's place), 'He has or had stake', 'the New Jersey based'. The store "
 "also holds later revisions (a Kiwix dump of October 2018 at kiwix.casplantje.nl; an en.wikipedia.org permanent "
 "revision of February 2021; a Kiwix dump of October 2023 at iiab.me; a wikihandbk.com copy with template debris), "
 "an untitled 2009 copy without an address, the Icelandic Wikipedia's 2006 static dump and Iceland Review news: not "
 "used (the later revisions drop the brewery sale, the Eimskip sale and the Amide purchase from the lead). "
 "Bj\u00f6rg\u00f3lfsson, Straumur-Bur\u00f0ar\u00e1s, Bur\u00f0ar\u00e1s, Hafskip, Bravo Brewery, Botchkarov, "
 "Landsbanki \u00cdslands, Avion group, Lotus Laboratories, Netia, Amide: 0 in train/dev/test, in every gather "
 "script, in GATHERING.md and in every pool of this session; Straumur and Eimskip named in one test file (a "
 "Wikinews text on Baugur Group's purchase of Illum, 2005; not opened) and in batch 13's script; Landsbanki in "
 "Wikinews texts on the 2008 Icelandic banks (other events); Actavis once in GATHERING.md (a search query); "
 "Heineken, Novator (as part of 'innovator'), Forbes, New York University in several files (other subjects).",
 "non-US", v3=True, copy_of="the Wikipedia article, as reference.com showed a 2007 revision"))

# ---- Norway / Cyprus -------------------------------------------------------------------------------------------------
R.append(wp("wp-john-fredriksen", "John Fredriksen", "https://owiki.org/wiki/Geveran_Trading",
 "John Fredriksen is a Norwegian-born Cypriot oil tanker and shipping billionaire businessman based in the United "
 "Arab Emirates. He owns the world's largest oil tanker fleet through his flagship company Frontline plc, and has "
 "major interests in the offshore drilling contractor Seadrill, the fish farming company Mowi, and the dry bulk "
 "shipping company Golden Ocean Group.\n\n"
 "Through his investment companies Hemen Holdings and Geveran Trading, Fredriksen controls a global maritime empire "
 "encompassing oil tankers, dry bulk carriers, liquefied natural gas vessels, and offshore drilling rigs. Born in "
 "Eidsvoll, Norway, Fredriksen is now a naturalised Cypriot citizen. Before renouncing his Norwegian citizenship in "
 "2006, he was Norway's richest man. As of 2025, Forbes estimates his net worth at US$17 billion, making him one of "
 "the wealthiest individuals globally.\n\n"
 "In 2012, he was included in the 50 Most Influential list of Bloomberg Markets Magazine, and in 2014, Lloyd's List "
 "named him among the top 10 most influential people in the global shipping industry.\n\n"
 "Fredriksen was born on 11 May 1944 in Eidsvoll, Norway. His father, Gunnar Fredriksen, was a welder at NSB, and "
 "his mother, Herdis Johanne \u00d8rb\u00e6k, was a canteen manager. He came to Oslo at age three and grew up in "
 "V\u00e5lerenga, a working-class district in eastern Oslo.In 1961, Fredriksen began his shipping career as a "
 "messenger at the shipbroker firm Blehr & Tenvig in Oslo. He studied for his commercial diploma at evening school "
 "while working. After gaining experience abroad, he became a tank broker at A.O. Andersen in Oslo in 1966, then "
 "rose to deputy chief and later chief of the traditional shipping firm Wallem & Co. in Singapore in 1968. When "
 "British interests acquired Wallem in autumn 1969, Fredriksen returned to Oslo as a tank broker at Anco Tanker "
 "Service, where he was regarded as a promising and capable broker with a talent for quick decisions.",
 "oil tankers, dry bulk and offshore drilling shipping groups (leadership)", ["leadership"],
 "The article as owiki.org's copy holds it, reached at the redirect 'Geveran Trading' (the page's text is the "
 "article on John Fredriksen; 'As of 2025, Forbes estimates' dates the content to 2025: CC BY-SA 4.0; owiki's own "
 "terms not looked for, as batch 28d's chaos.owiki.org copy): the title line and the headings 'Early life', "
 "'Career' and 'Early career and oil trading (1960s\u20131970s' (where the excerpt breaks off) cut (`truncated`: "
 "his oil trading and his own companies' history are not in the text). The copy itself drops the article's "
 "bracketed asides (WikiMili's copy of the same content reads 'John Fredriksen (born 11 May 1944) is', 'the fish "
 "farming company Mowi (the world's largest salmon producer)', 'liquefied natural gas (LNG) vessels', 'Gunnar "
 "Fredriksen (1918\u20132018)', 'a welder at NSB (Norwegian State Railways)', 'Herdis Johanne \u00d8rb\u00e6k "
 "(1920\u20131991)'): cuts made by the copy, recorded here (doubtful: the lead may prefer a copy that keeps them; "
 "none held in the store reaches the career paragraph). Kept as written: 'eastern Oslo.In 1961' with no space "
 "(two paragraphs run together in the copy; no character may be added), 'the traditional shipping firm Wallem & "
 "Co.', 'autumn 1969'. The store also holds en.wikipedia.org renderings of about 2014 and 2019 (owner, not chief, "
 "in every line: no post at a named company), the WikiMili copy (cut at 'Blehr & Ten'), a movatter.jp proxy, "
 "theinfolist.com (link glosses run into the text), a the-uncensored-wiki.com static page of about 2006 (Seadrill's "
 "purchase of Smedvig) and news: not used. Fredriksen, Frontline plc, Seadrill, Golden Ocean, Hemen Holdings, "
 "Geveran, Eidsvoll, Blehr, Tenvig, A.O. Andersen, Wallem, Anco Tanker, V\u00e5lerenga, \u00d8rb\u00e6k, Lloyd's "
 "List: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; Mowi in one "
 "dev file and batch 17b's script (a Scottish Affairs Committee text on salmon farming; other subject); Bloomberg "
 "Markets in one test file (another executive's article) and batch 35h's script; Oslo, Singapore, Norway, Forbes in "
 "several files (other events).",
 "non-US", copy_of="the Wikipedia article, reached at the redirect 'Geveran Trading'"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
