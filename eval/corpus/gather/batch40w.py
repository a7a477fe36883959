#!/usr/bin/env python3
"""Batch 40w (session 41; gatherer lane 40w): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u and 40v, turned to companies of Asia, Africa and Latin America - a Mexican
low-cost airline run by a family, its president and CEO until December 2010, his father the president of the group
that owns it and his grandfather a former President of Mexico (airline, Mexico); an Indonesian conglomerate founded by
a tycoon with a helper who was head of its commissary, its pulp and palm-oil subsidiaries, an Indian subsidiary sold to
Ballarpur Industries and its foundation (conglomerate, Indonesia); and a South African airline founded by its chief
executive, its charter flights for the United Nations and the World Food Programme and the group of four companies it
belonged to (airline, South Africa).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one current en.wikipedia.org rendering, one older en.wikipedia.org rendering, and one revision of 29 April
2008 shown below a diff on en.wikipedia.org (its revision id held); each cut at a sentence end (`truncated`). Edits
per item in `notes`; no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any
extractor) was not run on any text.
usage: batch40w.py [POOL_DIR] [--dry]   (default /tmp/gather41w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41w/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- airline, Mexico: Interjet (en.wikipedia.org, a current '= Title =' rendering) ------------------------------------
R.append(wp("wp-interjet", "Interjet", "https://en.wikipedia.org/wiki/Interjet",
 "Interjet (official legal name ABC Aerol\u00edneas, S.A. de C.V.), also known as Interjet Airlines, was a Mexican "
 "low-cost carrier headquartered in Mexico City. The airline operated scheduled flights to and from various "
 "destinations within Mexico, as well as to and from the Caribbean, Central America, North America, and South "
 "America. The airline was a family business: until December 2010, the president and CEO was Miguel Alem\u00e1n "
 "Magnani, son of Miguel Alem\u00e1n Velasco, who is president of the group that owns the airline, Grupo Alem\u00e1n. "
 "Alem\u00e1n Velasco is in turn son of former President of Mexico Miguel Alem\u00e1n Vald\u00e9s, who amassed a "
 "fortune while in office from 1946 to 1952.\n\n"
 "As of December 2020, the Interjet CFO announced the suspension of all operations and from the IATA for its "
 "non-payment of debt, primarily fuel costs. The airline's website is currently inactive, as reported by sources.\n\n"
 "The airline also served as a sponsor for Liga MX team Club America, from 2014 to 2020.\n\n"
 "Interjet started operations on December 1, 2005, with one Airbus A320 aircraft. The airline placed an order for 25 "
 "new A320s to replace the second-hand ones, which was increased by another ten aircraft on January 10, 2010.",
 "airline", ["history", "ownership", "people"],
 "The article as the page store holds it at https://en.wikipedia.org/wiki/Interjet, a current rendering headed '= "
 "Interjet =' (the airline 'was'; operations suspended in December 2020; no revision id). Cut: the title line; the "
 "infobox list ('Airline: Interjet', IATA, ICAO, callsign, frequent flyer, AOC, 'Parent: Grup"
 "o Alem\u00e1n', logo, 'Founded: 2005-03-05', 'Commenced: 2005-12-01', headquarters, 'Key People: Alejandro del "
 "Valle (President and Chairman), Carlos Rello (CEO), (CFO)'), so Alejandro del Valle, Carlos Rello and the founding "
 "day are not in the text; the section '==Company slogans==' whole (its heading and four lines of dated Spanish "
 "slogans with English glosses, '2008-2010: Como siempre debiste de haber viajado, As you should always travel' to "
 "'2014-2019: Como t\u00fa quieres viajar, Fly your way'); the headings '==History==' and '===Foundation==='; a "
 "line break inside the second paragraph (the store holds 'primarily fuel costs.' and ' The airline's website' on two "
 "lines) joined with a space; cut after 'on January 10, 2010.', before the sentence the excerpt breaks off "
 "('Initially, most Interjet flights were to and from its hub in Toluca Internationa'; `truncated`; a cut inside a "
 "paragraph, doubtful), so Toluca, Aero California and the later history are not in the text. No citation markers on "
 "this rendering. Kept as written: 'official legal name ABC Aerol\u00edneas, S.A. de C.V.', 'The airline was a family "
 "business:', 'who is president of the group that owns the airline' (the present tense of a text that says the "
 "airline 'was'), 'in turn son of former President of Mexico', 'As of December 2020, the Interjet CFO announced the "
 "suspension of all operations and from the IATA' (sic), 'as reported by sources', 'Club America' (no accent), "
 "'25 new A320s'. " + "{WORDS}" + " words. No outage and no near-miss told (the suspension of all operations for "
 "non-payment of debt is a business failure). Recorded CC BY-SA 4.0 (a current rendering); doubtful only in that no "
 "revision id is held. wikimili.com's copy of an older revision (the airline 'is' 'Mexico's third largest airline'; "
 "infobox key people Miguel Alem\u00e1n Magnani, William Shaw, Ra\u00fal L\u00f3pez, Jos\u00e9 Luis Ram\u00edrez "
 "Magnani), flyvaulttravelsllc.com's rewriting, chaos.owiki.org's page on Miguel Alem\u00e1n Magnani (a short "
 "Wikipedia-like text without an address of origin), The Business Year's interview with Miguel Alem\u00e1n Velasco, "
 "Mexico News Daily and Expansi\u00f3n pieces on the 2020 tax embargo and Alejandro del Valle's entry (news, not openly "
 "licensed) were looked at and not used. Interjet, ABC Aerol\u00edneas, Grupo Alem\u00e1n, Miguel Alem\u00e1n (and "
 "'Aleman'), Liga MX, Club Am\u00e9rica, Toluca, Aero California: " + CHECKED + " ('Alem\u00e1n' is otherwise only in "
 "'Club Alem\u00e1n' in one dev text's file and GATHERING.md's batch-36 list, another subject; not opened).",
 "non-US"))

# ---- conglomerate, Indonesia: Sinar Mas Group (en.wikipedia.org, an older rendering) ----------------------------------
R.append(wp("wp-sinar-mas-group", "Sinar Mas Group", "http://en.wikipedia.org/wiki/Sinar_Mas_Group",
 "Sinar Mas Group is one of the largest conglomerates in Indonesia. It was formed in 1962. It has many subsidiaries "
 "including Asia Pulp & Paper and palm oil producer PT SMART.\n\n"
 "Sinar Mas Group was founded by a Chinese Indonesian tycoon, Eka Tjipta Widjaja with the help of Singgih Wahab Kwik "
 "(Kowik) or Christophorus Kowik Singhap (Former head of commissary and deputy). Its main businesses are: Pulp and "
 "Paper, Agribusiness, Property and Financial Services. Eka Tjipta Widjaja came to Indonesia at the age of 9 years "
 "with his parents during a difficult situation in their country of origin\u2014China. It had set up a subsidiary in "
 "India in the 1990s, but sold it to Ballarpur Industries Limited in 2001.\n\n"
 "Sinarmas businesses operate in different sectors such as Pulp and Paper, Real Estate, Financial Services, "
 "Agribusiness, Telecommunications and Mining. The businesses are listed in the Indonesian and Singapore stock "
 "exchanges.\n\n"
 "Recently the company, which according to Greenpeace is responsible for clearing rainforests and destroying "
 "peatlands, has created Eka Tjipta Foundation, a philanthropic foundation that focuses on Education, Poverty and "
 "Renewable Energy.\n\n"
 "Jaya Suprana from the Indonesian Museum of Records (MURI) presented a certificate to the Eka Tjipta Foundation, a "
 "non-profit organization under one of the country\u2019s largest conglomerates, Sinar Mas Group, for granting "
 "\u201cthe largest number of scholarships for undergraduate students during certain period\".\n\n"
 "A palm-oil producing subsidiary of Sinarmas Group Smart Tbk has been accused by Greenpeace of causing "
 "deforestation of Indonesian rainforests.",
 "conglomerate (pulp and paper, agribusiness, property, finance)", ["history", "ownership", "people"],
 "The article as the page store holds it at http://en.wikipedia.org/wiki/Sinar_Mas_Group, an older rendering ('From "
 "Wikipedia, the free encyclopedia', 'Jump to: navigation, search', section headings with '[edit]'; a revision of "
 "about 2010-2015 by its skin and content: the founder still the owner, the foundation created 'Recently'; no "
 "revision id). Cut: the title lines and the skin's lines; the infobox ('Founder Eka Tjipta Widjaja and Singgih "
 "Wahab Kwik (Kowik)', 'Headquarters Indonesia', 'Owner Eka Tjipta Widjaja'), so the infobox's founder and owner "
 "lines are not in the text; the citation markers '[1]' to '[3]'; the headings 'Criticism and controversies[edit]' "
 "and 'Environmental concerns[edit]'; cut after 'deforestation of Indonesian rainforests.', before the sentence the "
 "excerpt breaks off ('To investigate this accusation, Smart Tbk has appointed Control Union Certification and BSI "
 "Group,[4'; `truncated`; a cut inside a paragraph, doubtful), so the certifiers and the later sections (the haze "
 "over Singapore and Malaysia) are not in the text. Kept as written: 'Eka Tjipta Widjaja with the help of' (no comma "
 "after the name), 'Singgih Wahab Kwik (Kowik) or Christophorus Kowik Singhap (Former head of commissary and "
 "deputy)', 'Its main businesses are:', 'at the age of 9 years', 'origin\u2014China' (an em dash), 'It had set up a "
 "subsidiary in India in the 1990s', 'Sinarmas' beside 'Sinar Mas', 'listed in the Indonesian and Singapore stock "
 "exchanges', 'Recently the company', 'Education, Poverty and Renewable Energy' (capitals), 'the country\u2019s' (a "
 "curly apostrophe), '\u201cthe largest number of scholarships for undergraduate students during certain "
 "period\".' (a curly opening and a straight closing quotation mark), 'subsidiary of Sinarmas Group Smart Tbk' (no "
 "comma). " + "{WORDS}" + " words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a revision before June "
 "2023); doubtful only in that no revision id is held. A later en.wikipedia.org rendering ('Jump to navigation Jump "
 "to search', about 2018-2020: the same lead with Chinese names, 'Christophorus Kowik Singhap' and the foundation "
 "left out, a list of business units with Smartfren), Nikkei Asia's, Forbes's and VOI's pieces on the founder's death "
 "and the inheritance suit, and Indonesian blog and news pages were looked at and not used. Sinar Mas, Sinarmas, Eka "
 "Tjipta, Widjaja, Kowik, Asia Pulp, Ballarpur, Jaya Suprana, Indonesian Museum of Records, Control Union, BSI "
 "Group: " + CHECKED + " (Greenpeace is named in eight corpus files on other subjects).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older rendering on en.wikipedia.org (about 2010-2015)"))

# ---- airline, South Africa: Nationwide Airlines (revision 209034438 of 29 April 2008, below a diff) ------------------
R.append(wp("wp-nationwide-airlines-south-africa", "Nationwide Airlines (South Africa)",
 "https://en.wikipedia.org/?diff=prev&oldid=209034438&title=Nationwide_Airlines",
 "Nationwide Airlines is an airline based in Lanseria, South Africa. It operates scheduled domestic and international "
 "services. Its main base is OR Tambo International Airport, Johannesburg.. On 29 April 2008 the Airline halted "
 "operations.\n\n"
 "The airline was founded in 1995 by Chief Executive Vernon Bricknell and began operating charter services within "
 "Africa for the United Nations and the World Food Programme, as well as ad hoc passenger and cargo charters. "
 "Domestic scheduled operations were started in December 1995 under Nationwide Airlines, which is now one of four "
 "companies within the group that consists of Nationwide Air Charter, Nationwide Aircraft Maintenance and Nationwide "
 "Aircraft Support. In 2003 it inaugurated an intercontinental service with widebody aircraft.",
 "airline", ["history", "people", "partnership"],
 "The article (then titled 'Nationwide Airlines') as en.wikipedia.org's diff page for revision 209034438 holds it in "
 "the page store: below the diff ('Nationwide Airlines (South Africa): Difference between revisions', two columns of "
 "one changed line of wiki markup by the editor Motofan) the page shows the revision itself, 'Revision as of 17:12, "
 "29 April 2008', the day the airline stopped flying. Cut: the page's furniture ('Jump to content', the title, 'From "
 "Wikipedia, the free encyclopedia', 'Content deleted Content added', the editor's name and the diff's two columns of "
 "markup, '[[April 29]], [[2008]] Nationwide ceased operations until further notice, announcing that \"Our cash-flow "
 "has become critical and as a result we have gone bankrupt.\" (chief executive Vernon Bricknell).', the image line "
 "and '== Fleet ==', each twice, and 'Revision as of 17:12, 29 April 2008'); the infobox ('Nationwide Airlines', "
 "IATA, ICAO, callsign, 'Founded1991', hubs, focus cities, 'Fleet size17', 'Destinations8', 'HeadquartersLanseria, "
 "Johannesburg, South Africa', website), so the founding year 1991 of the infobox is not in the text; the citation "
 "marker '[1]' (leaving the revision's own full stop after it, so 'Johannesburg..' with two full stops, as written); "
 "the heading 'History' and the caption 'Boeing 767-300'; cut after 'with widebody aircraft.', before the sentence "
 "the excerpt breaks off ('It is privately owned and has 800 employees (at '; `truncated`; a cut inside a paragraph, "
 "doubtful), so the employees, the planned Munich flights, the fleet and the engine that fell from a Boeing 737 at "
 "Cape Town on 7 November 2007 are not in the text. Kept as written: the present tense of a revision made on the day "
 "the airline stopped ('is an airline', 'operates', 'is now one of four companies'), 'the Airline' (capital A), "
 "'founded in 1995 by Chief Executive Vernon Bricknell', 'ad hoc', 'under Nationwide Airlines', 'the group that "
 "consists of', 'widebody'. " + "{WORDS}" + " words. No outage and no near-miss told (the airline's halt on 29 April "
 "2008, for its cash flow, is a business failure; the 2007 grounding is not in the excerpt). A revision of 2008 "
 "with its id: recorded CC BY-SA 3.0 (under which Wikipedia's text of that time is now licensed). The current "
 "en.wikipedia.org rendering and wikimili.com's and theinfolist.com's copies (the airline 'founded in 1991 as "
 "Nationwide Air Charter and rebranded as Nationwide Airlines in 1995', no founder named), tutorgig.info's and "
 "absoluteastronomy.com's copies of later 2008 revisions ('was an airline'; the same history, the second with "
 "linked words lost), ruudleeuw.com's 'Airlines Remembered' page and southafrica.to's news of December 2007 (not "
 "openly licensed) were looked at and not used. Nationwide Airlines, Nationwide Air Charter, Vernon Bricknell, "
 "Lanseria, OR Tambo: " + CHECKED + " (the United Nations and the World Food Programme are named in other corpus "
 "texts).", "non-US", v3=True,
 copy_of="the Wikipedia article, revision 209034438 of 29 April 2008 as en.wikipedia.org's diff page shows it"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))
    if r["id"] == "wp-nationwide-airlines-south-africa":  # the diff page names the revision shown
        r["attribution"] = r["attribution"].replace("revision not recorded by the page store",
                                                    "revision 209034438 (17:12, 29 April 2008)")

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
