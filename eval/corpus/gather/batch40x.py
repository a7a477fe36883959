#!/usr/bin/env python3
"""Batch 40x (session 41; gatherer lane 40x): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u and 40v, turned to games studios and a retailer of continental Europe, Canada
and the US - a German games developer founded by two men who left Rainbow Arts, bought by Ubisoft, the parent of
Ubisoft's three German studios, with Related Designs merged into it (games, Germany); a Swedish games developer founded
by one man, bought by Vivendi Universal Games through NDA Productions, put up for sale by Activision Blizzard and bought
by Ubisoft, its founder and former CEO leaving (games, Sweden); a Los Angeles games developer founded by two business
partners, its founder as creative director, part-owned and then bought by Activision and merged into Treyarch (games,
US); and a Canadian electronics chain founded by Hassan Khosrowshahi as chairman with Ardeshir Ziabakhsh as president
and CEO, bought by Best Buy (retail, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): two from en.wikipedia.org itself (current '= Title =' renderings), one from the IPFS mirror, one from a copy on a
site under the chain's name (futureshop-ca.com); each cut at a sentence or section end (`truncated`). Edits per item in
`notes`; no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any extractor) was not
run on any text.
usage: batch40x.py [POOL_DIR] [--dry]   (default /tmp/gather41x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41x/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- games, Germany: Ubisoft Blue Byte (en.wikipedia.org, a current '= Title =' rendering) ---------------------------
R.append(wp("wp-ubisoft-blue-byte", "Ubisoft Blue Byte", "https://en.wikipedia.org/wiki/Ubisoft_Blue_Byte",
 "Ubisoft Blue Byte GmbH (Blue Byte until 2017) is a German video game holding company owned by Ubisoft. It was "
 "founded in October 1988 by Thomas Hertzler and Lothar Schmitt as a developer and is best known for developing the "
 "Anno and The Settlers series. The studio was acquired by Ubisoft in 2001. Related Designs was merged into Blue Byte "
 "in 2013, and a third studio in Berlin was established in 2018. Since 2019, Ubisoft Blue Byte acts as the parent "
 "company of Ubisoft's three German studios, which became branded as Ubisoft D\u00fcsseldorf, Ubisoft Mainz and "
 "Ubisoft Berlin. The three studios comprise 695 employees as of August 2024.\n\n"
 "In 1988, Thomas Hertzler and Lothar Schmitt left Rainbow Arts, a German video game developer, and founded their "
 "own, Blue Byte, in October that year. To do so, Hertzler and Schmitt used a starting capital of 10,000 Deutsche "
 "Mark borrowed from Hertzler's parents and established an office in the attic of Hertzler's home in M\u00fclheim.\n\n"
 "Blue Byte's first published game was the tennis simulation Great Courts, released in 1989 by Ubi Soft (later "
 "renamed Ubisoft). Blue Byte's first big success in Germany and Europe was the turn-based strategy game Battle Isle, "
 "completed in 1991.",
 "video games", ["history", "ownership", "deal"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Ubisoft_Blue_Byte, a current rendering "
 "headed '= Ubisoft Blue Byte =' ('695 employees as of August 2024'; no revision id). Cut: the title line; the infobox "
 "list (logo, 'Former Name: Blue Byte (1988\u20132017)', type, industry, 'Founded: in M\u00fclheim, Germany', "
 "'Founders: Thomas Hertzler Lothar Schmitt', 'Hq Location City: D\u00fcsseldorf', locations, 'Key People: Benedikt "
 "Grindel (managing director)', products, employees, 'Parent: Ubisoft (2001\u2013present)', 'Divisions: Ubisoft Berlin "
 "Ubisoft D\u00fcsseldorf Ubisoft Mainz'), so the managing director Benedikt Grindel and the headquarters city are not "
 "in the text; the headings '== History ==' and '=== Foundation and first games (1988\u20131993) ==='; cut after "
 "'completed in 1991.', before the sentence the excerpt breaks off ('Inspired by the Japanese game Nectaris for the PC "
 "Engine, Battle Isle spawned numerous add-ons and sequels, such as the World War I game'; `truncated`; a cut inside a "
 "paragraph, doubtful), so The Settlers' release of 1993, Julian Pretto's North American office and the later history "
 "are not in the text. No citation markers on this rendering. Kept as written: 'Ubisoft Blue Byte GmbH (Blue Byte "
 "until 2017)', 'a German video game holding company owned by Ubisoft', 'Related Designs was merged into Blue Byte in "
 "2013, and a third studio in Berlin', 'Since 2019, Ubisoft Blue Byte acts as', 'which became branded as', 'founded "
 "their own, Blue Byte, in October that year', '10,000 Deutsche Mark', 'Ubi Soft (later renamed Ubisoft)'. 202 "
 "words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (a current rendering, content of 2024); doubtful only "
 "in that no revision id is held. piglix.com's copy of a 2017 revision ('Blue Byte GmbH (formerly Blue Byte Software "
 "GmbH ...)', founded 'in February 1988', Julian Pretto's North American office, breaking off), self.gutenberg.org's "
 "'World Library' copy (an older revision, the first words of its history damaged: 'Byte Software was founded'), "
 "wikisum.wiki's sentence digest, web-production-4e80b.up.railway.app's AI-written page (not Wikipedia), de.zxc.wiki's "
 "machine translation of the German article and Italian and Spanish pages were looked at and not used. Blue Byte, "
 "Ubisoft Blue Byte, Hertzler, Rainbow Arts, Related Designs, Ubisoft D\u00fcsseldorf, Ubisoft Mainz: " + CHECKED +
 " (Ubisoft is named in one dev file, batch 40m's Wikinews brief of December 2005, and in one test file on Microsoft's "
 "purchase of Activision Blizzard, both other subjects; neither opened).", "non-US"))

# ---- games, Sweden: Massive Entertainment (the IPFS mirror, a dump of about 2020-2021) -------------------------------
R.append(wp("wp-massive-entertainment", "Massive Entertainment",
 "https://en.wikipedia-on-ipfs.org/wiki/Massive_Entertainment",
 "Massive Entertainment is a Swedish video game developer and a studio of Ubisoft based in Malm\u00f6. The company has "
 "been fully owned by Ubisoft since 2008. The studio is known for Ground Control, World in Conflict, and their latest "
 "title Tom Clancy's The Division 2.\n\n"
 "Massive Entertainment was founded in 1997 by Martin Walfisz. In June 2000, Massive released the award-winning PC "
 "action-strategy title Ground Control, published by Sierra Studios. The same year an expansion was released named "
 "Ground Control: Dark Conspiracy.\n\n"
 "In 2002, the studio was acquired by Vivendi Universal Games through their NDA Productions subsidiary. In October "
 "2007, they released the game World in Conflict, described as a further development of the real-time tactics "
 "gameplay formula from the Ground Control games, but set on Earth during an alternate history late Cold War. The "
 "game was released on 18 September 2007 and won critical acclaim, including nominations for one of the best games "
 "of 2007. It was followed by an expansion, World in Conflict: Soviet Assault. In December 2007, the studio moved into "
 "new offices on Drottninggatan in Malm\u00f6, employing 130 people at the time.\n\n"
 "On 6 August 2008, Activision Blizzard put up Massive Entertainment for sale after the merger of Activision and "
 "Vivendi Games and the subsequent internal reorganization. On 10 November 2008, Ubisoft acquired Massive "
 "Entertainment. In March 2009, following the acquisition, the former CEO Martin Walfisz left Massive.",
 "video games", ["history", "ownership", "deal", "management"],
 "The article as the IPFS mirror of English Wikipedia (en.wikipedia-on-ipfs.org) holds it in the page store (the "
 "infobox's '650+ (2020)' employees and 'their latest title Tom Clancy's The Division 2' date the dump to about "
 "2020-2021; no revision id). Cut: the title line; the infobox, which the copy prints after the lead ('TypeSubsidiary', "
 "industry, 'Founded1997 (1997)', 'FounderMartin Walfisz', headquarters, 'Key people David Polfeldt (managing "
 "director)', employees, 'Parent', website), so the managing director David Polfeldt is not in the text; the heading "
 "'History'; the citation markers '[1]' to '[4]'; the photograph's caption between the third and fourth paragraphs "
 "('Massive's former headquarters on Drottninggatan in Malm\u00f6 (pictured in 2008). During its occupancy, from "
 "December 2007 to April 2020, the studio grew from 130 to more than 650 employees.[2]'); cut after 'left Massive.', "
 "before the sentence the excerpt breaks off ('In December 2010, Ubisoft confirmed that Massive would team'; "
 "`truncated`; a cut inside a paragraph, doubtful), so the later history is not in the text. Kept as written: 'a "
 "studio of Ubisoft based in Malm\u00f6', 'their latest title', 'The same year an expansion was released named', 'In "
 "October 2007, they released the game' beside 'The game was released on 18 September 2007' (two dates for one "
 "release, as the copy has them), 'nominations for one of the best games of 2007', 'put up Massive Entertainment for "
 "sale', 'the former CEO Martin Walfisz left Massive'. 232 words. No outage and no near-miss told. Recorded CC BY-SA "
 "3.0 (a dump before June 2023); doubtful in that no revision id is held and the mirror's own terms page was not found "
 "(as batches 40o and 40u recorded). en.wikipedia.org's older rendering (about 2020, '23 years ago', 'Jump to "
 "navigation'; the same history with 'In October 2007, they released the game World in Conflict, which has been "
 "described in interviews on the company's official website ...', breaking off at Ubisoft's purchase), enwikipedia.net's "
 "copy of a 2021 revision ('Massive Entertainment AB', the same history ending at 'left the company.'), and news of the "
 "2008 purchase (The Local, Gamasutra, GamesIndustry.biz, VG247, gamer.no; Christine Burgess-Quemard's and Walfisz's "
 "statements) were looked at and not used. Massive Entertainment, Walfisz, NDA Productions, Vivendi Universal Games, "
 "Sierra Studios: " + CHECKED + " (Ubisoft is in one dev and one test file and Activision Blizzard in the test file "
 "on Microsoft's purchase of it, other subjects; not opened).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2020-2021, the IPFS mirror's dump"))

# ---- games, US: Gray Matter Studios (en.wikipedia.org, a current '= Title =' rendering) -------------------------------
R.append(wp("wp-gray-matter-studios", "Gray Matter Studios", "https://en.wikipedia.org/wiki/Gray_Matter_Studios",
 "Gray Matter Interactive Studios, Inc. (Gray Matter Studios; formerly Xatrix Entertainment, Inc.) was an American "
 "video game developer based in Los Angeles.\n\n"
 "Drew Markham and his business partner Barry Dempsey founded Xatrix Entertainment in March 1993. The studio's first "
 "release was Cyberia in 1994. Among its later projects was Quake II Mission Pack: The Reckoning, for which it worked "
 "with publisher Activision. Around 1999, some of the original business partners sought to exit the company. To "
 "handle this efficiently, Xatrix was transferred to a new corporation under Markham as creative director. With the "
 "assistance of Activision, Gray Matter Studios was established on June 17, 1999, and took over most of the former "
 "employees. Activision initially owned 40% of the studio. It bought the remaining 60% in January 2002, after the "
 "successful release of Return to Castle Wolfenstein. Post-acquisition, the studio was put to work on the Call of "
 "Duty: United Offensive expansion. It also worked on Trinity: The Shatter Effect, which was announced and then "
 "canceled in late 2003. In 2005, during the development of Call of Duty 2: Big Red One, Gray Matter Studios was "
 "merged into Activision's Treyarch studio. As part of Treyarch, the former Gray Matter Studios team worked on Call of "
 "Duty 3.",
 "video games", ["history", "ownership", "deal"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Gray_Matter_Studios, a current rendering "
 "headed '= Gray Matter Studios =' (no revision id). Cut: the title line; the infobox list (logo, 'Former Name: Xatrix "
 "Entertainment, Inc. (1993\u20131999)', type, industry, 'Founders: Drew Markham Barry Dempsey', 'Fate: Merged into "
 "Treyarch', 'Hq Location City: Los Angeles', 'Hq Location Country: US', 'Key People: Drew Markham', employees, "
 "'Parent: Activision'); the heading '== History =='; one damaged sentence inside the History paragraph, 'The "
 "publisher paid 133,690 shares of common stock, at the time worth around .' (the amount lost from the rendering; a "
 "cut inside a paragraph, doubtful, as batch 40u cut Geir Ivars\u00f8y's damaged dates); cut after 'Call of Duty 3.', "
 "the end of the History section, before the heading '== Games developed ==' and its tables of titles by year, where "
 "the excerpt breaks off (`truncated`: the prose is whole, the tables are not taken). No citation markers on this "
 "rendering. Kept as written: 'Gray Matter Interactive Studios, Inc. (Gray Matter Studios; formerly Xatrix "
 "Entertainment, Inc.)', 'his business partner Barry Dempsey', 'Around 1999, some of the original business partners "
 "sought to exit the company', 'To handle this efficiently', 'under Markham as creative director', 'took over most of "
 "the former employees', 'It bought the remaining 60%', 'Post-acquisition', 'canceled', 'Activision's Treyarch "
 "studio'. 207 words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (a current rendering); doubtful only in "
 "that no revision id is held. en.wikipedia.org's older rendering under 'Gray Matter Interactive' (about 2013-2016: "
 "'founded in 1994 by Drew Markham, Greg Goodrich and Michael \"Maxx\" Kaufman', two short paragraphs), handwiki.org's "
 "two copies (one the same text with markers, one shorter), theinfolist.com's copy run together with link glosses, "
 "callofduty.fandom.com's page (CC BY-SA, but a fan wiki's rewriting), avid.miraheze.org's logo page, and for Treyarch "
 "(the studio Gray Matter was merged into) en.wikipedia.org.'s rendering of about 2024 (founded in 1996 by Peter "
 "Akemann and Do\u011fan K\u00f6sl\u00fc, acquired by Activision in 2001, Mark Lamia chairman in the infobox only), "
 "giantbomb.com's and a fan wiki's histories and pjsgames.com's and web-production-4e80b.up.railway.app's AI-written "
 "pages were looked at and not used. Gray Matter, Xatrix, Drew Markham, Barry Dempsey, Treyarch: " + CHECKED +
 " (Activision is in two test files, a Guitar Hero story of 2008 and Microsoft's purchase of Activision Blizzard, "
 "other subjects; not opened).", "US"))

# ---- retail, Canada: Future Shop (a copy on futureshop-ca.com of a 2015 revision) -------------------------------------
R.append(wp("wp-future-shop", "Future Shop", "http://futureshop-ca.com/",
 "Future Shop was a Canadian electronics store chain. First established in 1982 by Hassan Khosrowshahi, by 1990, the "
 "chain had become the country\u2019s largest retailer of computer and consumer electronics. As of January 2013, the "
 "company operated 139 locations across Canada.\n\n"
 "In November 2001, Future Shop was acquired by the American consumer electronics store chain Best Buy for $580 "
 "million. Although Best Buy would begin to establish Canadian locations under its own brand following the purchase, "
 "it continued to operate the Future Shop stores as a separate brand, even though many of the new locations were in "
 "close proximity to existing Future Shop stores.\n\n"
 "On March 28, 2015, Best Buy announced the discontinuation of the Future Shop brand and the permanent closure of 66 "
 "of its locations. The remaining stores were consolidated into the Best Buy chain, and will be converted to its store "
 "format and branding over the coming months.\n\n"
 "Future Shop was founded in 1982 by Iranian entrepreneur Hassan Khosrowshahi, who left Iran to settle in Vancouver, "
 "British Columbia to start a retail business. Khosrowshahi graduated from the University of Tehran with a degree in "
 "law and economics and was a part of the family who owned the Minoo Industrial Group, a large Iran manufacturer of "
 "pharmaceuticals, cosmetics, and food products. Khosrowshahi planned to open a chain of consumer and home electronics "
 "stores and take over the Canadian retail market. His associate, Ardeshir Ziabakhsh (Ardy Zia), took the role of "
 "president and CEO of the newly formed company and Khosrowshahi served as chairman and founder. In 1983, Future Shop "
 "opened the first three stores, all of which were in British Columbia. The company sold computers, software, games, "
 "videocassettes, audio equipment, music, and other items. By December 1983, the first month all of the Future Shop "
 "stores were opened and making business, the company reached $2.8 million in sales.",
 "retail", ["history", "ownership", "deal", "management"],
 "The article as a copy on futureshop-ca.com (a site under the chain's name that reprints the article without "
 "attribution) holds it in the page store: a revision of 2015 by content ('On March 28, 2015, Best Buy announced the "
 "discontinuation of the Future Shop brand ...', 'will be converted ... over the coming months'; no revision id). The "
 "page store holds two versions of that address; the one taken begins 'Future Shop' and reaches the end of the first "
 "history paragraph, the other begins with the site's own sales line ('Discover exciting stuff at FutureShop. ...', "
 "'About FutureShop:'), has an earlier lead ('the immediate closure of all Future Shop locations') and breaks off "
 "inside the history paragraph. Cut: the title line; the photograph's caption 'Future Shop in Ottawa' before the "
 "history paragraph; cut after 'in sales.', before the paragraph the excerpt breaks off ('By 1990, Future Shop b'; "
 "`truncated`), so the 1993 listing, Ziabakhsh's departure in 1997 and the United States stores are not in the text. "
 "The headings ('History', 'Beginnings') and citation markers are not in the copy. Kept as written: 'First "
 "established in 1982 by Hassan Khosrowshahi, by 1990, the chain', 'the country\u2019s' (a curly apostrophe), 'As of "
 "January 2013, the company operated 139 locations', 'would begin to establish', 'and will be converted ... over the "
 "coming months', 'Vancouver, British Columbia to start' (no comma), 'the family who owned', 'a large Iran "
 "manufacturer', 'Ardeshir Ziabakhsh (Ardy Zia)', 'served as chairman and founder', 'opened and making business'. "
 "310 words. No outage and no near-miss told (the closure of 66 stores is a business decision). Recorded CC BY-SA 3.0 "
 "(a revision of 2015); doubtful in that no revision id is held and the copying site gives neither attribution nor "
 "terms; its text was checked against wikimili.com's copy of a 2024 revision (the history paragraph word for word as "
 "far as that excerpt runs, 'was a part of the family who owned the Minoo Industrial Group, a large Iran manufacturer "
 "of pharmaceuticals, cos') and talk.dob.jp's page of the 2012 diff of revision 480527128 (the same paragraph in "
 "wikitext, then 'the family that owned' and 'Khosrowshahi himself served'), so it is Wikipedia's text of between "
 "those revisions. wikimili.com's copy (the current lead: 'In October 2012, the company operated 149 locations', "
 "'C$580 million'; the infobox's Ron Wilson, Mat Povse and Angela Scardillo; breaking off in the history's second "
 "sentence), pinocchiopedia.com's user sandbox (a draft, not an article), acearchive.org's rewriting, and the "
 "Vancouver Sun, Financial Post, VMSD, Bisnow and Canadian Press pieces (news, not openly licensed; VMSD names Kevin "
 "Layden as president and COO at the 2001 sale) were looked at and not used. Future Shop, Khosrowshahi, Ziabakhsh, "
 "Minoo Industrial Group, University of Tehran: " + CHECKED + " (Best Buy is in three texts on Apple's iPhone and "
 "iTunes and on Napster, other subjects; not opened beyond file names).", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in 2015, an unattributed copy on a site under the chain's name"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
