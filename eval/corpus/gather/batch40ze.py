#!/usr/bin/env python3
"""Batch 40ze (session 41; gatherer lane 40ze): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za, 40zb, 40zc and 40zd, turned to media companies - a
London film production company founded by two producers, its partners, co-chairmen, corporate backer and owners
(film, UK); a London record label founded by two managers, its licensing and distribution partners, an offshoot label
and a US label it bought with that label's new president (music, UK); an Edinburgh publisher founded by a couple,
bought out by an employee who is now its managing director, its sister company and joint ventures (publishing, UK);
and a London electronic music label, its founder and executive chairman, its subsidiary and its purchase by EMI
(music, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself (an '= Title =' rendering), three from copies (hubbry.com, wikimili.com, the
static mirror the-uncensored-wiki.com); three cut at a sentence end (`truncated`), one whole body. Edits per item in
`notes`; no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any extractor) was
not run on any text.
usage: batch40ze.py [POOL_DIR] [--dry]   (default /tmp/gather41ze/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41ze/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, and in the session-41 pools "
           "(/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- film, UK: Working Title Films (hubbry.com's copy, 'from Wikipedia') -------------------------------------------
R.append(wp("wp-working-title-films", "Working Title Films", "https://www.hubbry.com/Working_Title_Films",
 "Working Title Films Limited, formerly Visionensure Limited and Working Title Limited, is a British film and "
 "television production company that is a subsidiary of NBCUniversal, which is itself a division of Comcast. The "
 "company was founded by Tim Bevan and Sarah Radclyffe in 1983. Bevan and Eric Fellner are now the co-chairmen of the "
 "company.\n\n"
 "Bevan and Radclyffe were partners in pop music promotional company, Aldabra, and set up Working Title Films in "
 "London in 1983 where they were commissioned by newly created UK broadcaster, Channel 4, to make a television film, "
 "My Beautiful Laundrette (1985), directed by Stephen Frears. My Beautiful Laundrette was a success at the Edinburgh "
 "Film Festival and received a theatrical release, where it was successful internationally. Accountant Graham "
 "Bradstreet joined as a third partner in 1986.\n\n"
 "A World Apart was entered in competition at the 1988 Cannes Film Festival and won the Special Grand Prize of the "
 "Jury. The Tall Guy (1988) saw the feature film debut of screenwriter Richard Curtis and director Mel Smith.\n\n"
 "In 1988, Michael Kuhn of PolyGram started to work with the company and in 1989 PolyGram acquired 49% of the company "
 "and they jointly launched Manifesto Film Sales. Manifesto's first third-party pick up for distribution was the Coen "
 "brothers' Barton Fink (1991). Bradstreet left the company in 1990 and Radclyffe a year later, with Eric Fellner, a "
 "fellow independent film producer, joining the company in 1991. The same year, Kuhn set up PolyGram Filmed "
 "Entertainment which acquired 100% of Working Title in 1992.",
 "media", ["history", "ownership", "management", "deal", "partnership"],
 "The article as hubbry.com's 'community hub' page holds it in the page store ('Working Title Films from Wikipedia', "
 "as the hubbry texts of batches 22c, 23b, 24b and 40zd; 'a subsidiary of NBCUniversal, which is itself a division of "
 "Comcast', 'Bevan and Eric Fellner are now the co-chairmen'; undated, no revision id). Cut: hubbry's header lines "
 "('Hubbry Logo', 'Open search', 'Community hub', 'logo', '7 pages, 0 posts', '0 subscribers', 'Be the first to start "
 "a discussion here.' (twice), 'Contribute something', 'from Wikipedia'); the infobox line 'Key Information' (no "
 "values held); the heading 'Company history' with its '[edit]' line; the citation markers '[2]' to '[5]' (the run "
 "'[5][3][2]' after 'in 1991.'); cut after 'of Working Title in 1992.', before the paragraph the excerpt breaks off "
 "('Paul Webster set up an office in Los A'; `truncated`), so the Los Angeles office, WT2 Productions, the television "
 "division and the sale of PolyGram to Seagram are not in the text. Kept as written: 'Working Title Films Limited, "
 "formerly Visionensure Limited and Working Title Limited, is', 'Bevan and Radclyffe were partners in pop music "
 "promotional company, Aldabra, and set up', 'commissioned by newly created UK broadcaster, Channel 4,', 'Accountant "
 "Graham Bradstreet joined as a third partner in 1986', 'Michael Kuhn of PolyGram started to work with the company', "
 "'PolyGram acquired 49% of the company and they jointly launched Manifesto Film Sales', 'the Coen brothers' Barton "
 "Fink (1991)', 'Radclyffe a year later', 'The same year, Kuhn set up PolyGram Filmed Entertainment which acquired "
 "100% of Working Title in 1992' (the founding year told twice). 253 words. No outage and no near-miss told. Recorded "
 "CC BY-SA 4.0 (an undated rendering, as batches 22c-24b and 40zd recorded hubbry's copies); doubtful in that no "
 "revision id is held and hubbry.com's own terms were not found in the page store. usnook.com's and alchetron.com's "
 "copies of an older, shorter revision ('owned by Universal Studios', 'In 1992, PolyGram became the company's "
 "corporate backer'; alchetron's a glossed copy), BFI Screenonline's entry (Encyclopedia of British Film text, not "
 "openly licensed), Deadline's article of 2010, a student's blog case study and Focus Features' biography of Eric "
 "Fellner ('co-chaired by Tim Bevan and Eric Fellner since 1992') were looked at and not used. Working Title, Bevan, "
 "Radclyffe, Fellner, Aldabra, Michael Kuhn, Manifesto Film: " + CHECKED + " (PolyGram is the subject of batch 30d's "
 "wp-polygram (train) and named in two test files; 'Bradstreet' only in Dun & Bradstreet texts; none opened, none a "
 "history of Working Title).",
 "non-US"))

# ---- music, UK: Chrysalis Records (en.wikipedia.org, '= Chrysalis Records =') -----------------------------------
R.append(wp("wp-chrysalis-records", "Chrysalis Records", "https://en.wikipedia.org/wiki/Chrysalis_Records",
 "Chrysalis Records is a British independent record label that was founded in 1968. The name is both a reference to "
 "the pupal stage of a butterfly and a combination of its founders' names, Chris Wright and Terry Ellis. It started "
 "as the Ellis-Wright Agency.\n\n"
 "Chrysalis entered into a licensing deal with Chris Blackwell's Island Records for distribution, based on the "
 "success of bands such as Jethro Tull, Ten Years After, and Procol Harum, which were promoted by the label. Jethro "
 "Tull signed with Reprise Records in the United States, which led Chrysalis to an American distribution deal with "
 "Reprise's parent company, Warner Bros. Records. This lasted from 1972 until U.S. Chrysalis switched to independent "
 "distribution in 1976. PolyGram handled international distribution and Festival Records covered Australia and New "
 "Zealand. In 1973, it signed British rock band UFO. Towards the end of the 1970s, the label began to extend its range "
 "of music, incorporating acts from the punk rock scene such as Generation X. The Chrysalis offshoot 2 Tone Records "
 "brought in bands such as the Specials and the Selecter.\n\n"
 "In 1979, Chrysalis bought and distributed U.S. folk label Takoma Records, naming manager/producer Denny Bruce as "
 "president, who signed the Fabulous Thunderbirds and T-Bone Burnett.",
 "media", ["history", "ownership", "management", "deal", "partnership"],
 "The article as en.wikipedia.org holds it in the page store ('= Chrysalis Records =', its infobox naming Reservoir "
 "Media Management as owner: a current rendering; no revision id). Cut: the title line; the infobox list ('Chrysalis "
 "Records Ltd', 'Founder: Chris Wright, Terry Ellis', 'Status: Europe: Independent record company, owned by Reservoir "
 "Media Management, ...', 'Distributor: Capitol Records, Geffen Records ..., Parlophone (Europe), Rhino Entertainment "
 "...', 'Genre', 'Country', 'Url'), so Reservoir Media Management and the later distributors are not in the text; the "
 "pronunciation bracket '(/\u02c8kr\u026as\u0259l\u026as/)' after the name in the first sentence (as batches cut "
 "Kioxia's and Televisa's); the headings '==History==' and '===Early years==='; cut after 'and T-Bone Burnett.', "
 "before the sentence the excerpt breaks off ('Jon Monday, who was vice president of Takoma Records prior to the "
 "acquisition, continued as g'; `truncated`; a cut inside a paragraph, doubtful), so Jon Monday, Terry Ellis's sale "
 "of his stake and the sale to EMI are not in the text. No citation markers on this rendering. Kept as written: 'a "
 "British independent record label that was founded in 1968', 'a combination of its founders' names', 'It started as "
 "the Ellis-Wright Agency', 'Chris Blackwell's Island Records', 'Reprise's parent company, Warner Bros. Records', "
 "'U.S. Chrysalis', 'PolyGram handled international distribution and Festival Records covered Australia and New "
 "Zealand', 'The Chrysalis offshoot 2 Tone Records', 'Chrysalis bought and distributed U.S. folk label Takoma "
 "Records, naming manager/producer Denny Bruce as president'. 204 words. No outage and no near-miss told. Recorded CC "
 "BY-SA 4.0 (a current rendering, its owner Reservoir Media Management, a purchase of after June 2019; doubtful only "
 "in that no revision id is held). An older en.wikipedia.org rendering ('From Wikipedia', '54 years ago': 2022; the "
 "Jethro Tull interview paragraph before the Island deal), piglix's copy of about 2016-2017 ('created in 1969'), "
 "cvinyl.com's and uk45s70.orgfree.com's label guides (Terry Ellis's sale of his stake to Chris Wright in 1985, the "
 "reverse takeover of MAM, EMI's purchase of 1989/1991; collectors' text, not openly licensed), dutchvinyl.com.au's "
 "shop blurb and the Romanian and Portuguese Wikipedia articles were looked at and not used. Chrysalis, Chris Wright, "
 "Terry Ellis, Takoma, Denny Bruce, Jethro Tull, Festival Records, 2 Tone: " + CHECKED + " ('Reprise' in two texts "
 "on other subjects, one train, one dev; PolyGram as above; none opened).",
 "non-US"))

# ---- publishing, UK: Canongate Books (wikimili.com's copy, '47 years ago' = 2020) --------------------------------
R.append(wp("wp-canongate-books", "Canongate Books", "https://wikimili.com/en/Canongate_Books",
 "Canongate Books (often simply Canongate) is an independent publishing firm based in Edinburgh, Scotland.\n\n"
 "It is named after the Canongate area of the city. It is most recognised for publishing the Booker Prizewinner Life "
 "of Pi . Canongate was named the British Book Awards, Publisher of the Year in 2003 and 2009.\n\n"
 "Canongate was founded in 1973 by Stephanie Wolfe Murray and her husband Angus Wolfe Murray. Originally a speciality "
 "press focusing on Scottish-interest books, generally with small print runs, its most major author was Alasdair "
 "Gray. In 1994 it was purchased from the receiver in a management buyout led by Jamie Byng, using funds provided by "
 "his stepfather Christopher Bland and his father-in-law Charlie McVeigh, and began to publish more general works, "
 "including the Pocket Canons editions of books of the Bible, as well as the Payback Press and Rebel Inc. imprints. "
 "Byng is now the Publisher and Managing Director of the company.\n\n"
 "In June 2010 it was announced that a \"living archive\" of Canongate Books was to be established at the University "
 "of Dundee in collaboration with the University's Archive Services, which will be used for teaching and research.\n\n"
 "Canongate once had a sister company in Australia, Text Publishing; Canongate's majority interest was sold in 2011. "
 "It also has joint venture operations with the children's publisher Walker who will publish selected titles for "
 "their young adult fiction list. Grove/Atlantic, Inc. publishes under the Canongate U.S. imprint, also under a joint "
 "venture arrangement.",
 "media", ["history", "ownership", "management", "partnership"],
 "The article as wikimili.com's copy holds it in the page store ('Last updated', its infobox 'Founded1973;47 years ago "
 "(1973)': a rendering of about 2020; no revision id). Cut: the title line and 'Last updated'; the infobox lines "
 "('Founded1973;47 years ago (1973)', 'Country of originUnited Kingdom', 'Headquarters location Edinburgh, Scotland, "
 "UK', 'Distribution The Book Service (UK) Grove Atlantic (US)', 'Key people Jamie Byng, Publisher and Managing "
 "Director', 'Publication types Books', 'Official website'); the heading 'Partners and joint ventures'; the citation "
 "markers ' [1] [2]' to ' [10]' (each with the space the copy sets before it); cut after 'a joint venture "
 "arrangement.', before the sentence the excerpt breaks off ('In March 2010, Canongate and Dirtee Stank announced a "
 "joint venture agreement '; `truncated`; a cut inside a paragraph, doubtful), so the Dizzee Rascal memoir, the "
 "Independent Alliance and the notable books are not in the text. Kept as written: 'Canongate Books (often simply "
 "Canongate)', 'the Booker Prizewinner Life of Pi .' (the space before the full stop as the copy prints it, the "
 "title's italics lost), 'Canongate was named the British Book Awards, Publisher of the Year', 'purchased from the "
 "receiver in a management buyout led by Jamie Byng', 'his stepfather Christopher Bland and his father-in-law Charlie "
 "McVeigh', 'Byng is now the Publisher and Managing Director of the company', 'a \"living archive\"' (straight "
 "quotation marks), 'Canongate once had a sister company in Australia, Text Publishing; Canongate's majority interest "
 "was sold in 2011', 'the children's publisher Walker who will publish', 'Grove/Atlantic, Inc. publishes under the "
 "Canongate U.S. imprint'. 244 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a rendering of about "
 "2020, before June 2023, by its '47 years ago'); doubtful in that no revision id is held and wikimili.com's own "
 "terms were not found in the page store. self.gutenberg.org's 'World Heritage Encyclopedia' copy (the same wording "
 "with 'a Scottish independent publishing firm'), the-uncensored-wiki.com's copy of about 2007 (shorter: 'bought out "
 "by employee Jamie Byng'), movatter.jp's proxy of the current article ('Byng is CEO of the company'; a proxy whose "
 "standing was not looked at, and its excerpt starts mid-article), the Scottish Review of Books' editorial of 2017 "
 "(Bob Shure named as co-founder with Angus Wolfe Murray), the Scotsman's column of 2013, Edinburgh City of "
 "Literature's page and the List's guide (news and guides, not openly licensed) were looked at and not used. "
 "Canongate, Wolfe Murray, Byng, Christopher Bland, McVeigh, Text Publishing, Grove/Atlantic, Dirtee: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article as it stood in about 2020, a copy on wikimili.com"))

# ---- music, UK: Mute Records (the-uncensored-wiki.com's static copy of about 2007) --------------------------------
R.append(wp("wp-mute-records", "Mute Records",
 "http://the-uncensored-wiki.com:20072/m/u/t/Mute_Records_87d9.html",
 "Mute Records is a record label formed in 1978 by Daniel Miller primarily to release his own single, "
 "\"T.V.O.D.\"/\"Warm Leatherette\", under the moniker The Normal.\n\n"
 "Mute Records made a name for itself as the label that was willing to sign post-punk artists like Fad Gadget (Frank "
 "Tovey's pseudonym), Einst\u00fcrzende Neubauten, Throbbing Gristle, and Cabaret Voltaire. Once electronic music hit "
 "the British charts from 1981 onwards, Mute signed artists like Depeche Mode, Nitzer Ebb, Yazoo and Erasure that "
 "utilised new technology which would eventually redefine the sound of the dancefloor in the late 1980s and early "
 "1990s.\n\n"
 "Mute redefined itself again to encompass alternative rock with bands such as Sonic Youth on their Blast First "
 "imprint. The label also in 1992 launched a subsidiary called Novamute Records, mainly as a distribution channel for "
 "experimental electronic music.\n\n"
 "Mute Records was famous for being the home of Depeche Mode and Erasure despite the lack of what is normally "
 "considered a contract. Moby, Nick Cave and Laibach are also Mute mainstays.\n\n"
 "Mute Records was the first British record label to have an internet presence, entitled Mute Liberation "
 "Technologies. This started out as a dial-up BBS, then becoming a Telnet site and finally a website. They continued "
 "to be run in tandem for a number of years until all were finally shut down, with the exception of the website.\n\n"
 "On May 10, 2002, EMI acquired Mute Records, extending an existing licensing relationship that Mute had with "
 "EMI\u2019s Virgin Records for over 15 years. Daniel Miller, Executive Chairman, is responsible for all of the "
 "company\u2019s global activities.",
 "media", ["history", "ownership", "management", "deal"],
 "The article as the-uncensored-wiki.com's static copy holds it in the page store ('From Wikipedia, the free "
 "encyclopedia', a copy of about 2007 by its content and address, as the static copies of batches 28a, 29a and 31a; "
 "no revision id). Cut: the title line and 'From Wikipedia, the free encyclopedia'; the closing '[edit] See also' and "
 "'[edit] External links' lines (their lists not held). No citation markers on this copy; the body is whole (not "
 "`truncated`). Kept as written: 'a record label formed in 1978 by Daniel Miller primarily to release his own single, "
 "\"T.V.O.D.\"/\"Warm Leatherette\", under the moniker The Normal', 'Fad Gadget (Frank Tovey's pseudonym)', "
 "'Einst\u00fcrzende Neubauten', 'from 1981 onwards', 'on their Blast First imprint', 'The label also in 1992 launched "
 "a subsidiary called Novamute Records', 'an internet presence, entitled Mute Liberation Technologies', 'extending an "
 "existing licensing relationship that Mute had with EMI\u2019s Virgin Records for over 15 years' and 'the "
 "company\u2019s' (curly apostrophes as printed, beside the straight one in 'Tovey's'), 'Daniel Miller, Executive "
 "Chairman, is responsible'. 261 words. No outage and no near-miss told (the BBS and Telnet site 'shut down' is the "
 "planned closing of old services, no outage). Recorded CC BY-SA 3.0 (text of about 2007, from before Wikipedia's "
 "2009 relicensing and covered by it, as batches 28a and 29a recorded this site's copies); doubtful in that no "
 "revision id is held and the-uncensored-wiki.com's own terms were not found in the page store. fact-index.com's "
 "older copy (shorter; 'EMI Recorded Music acquired Mute Records'), Discogs-style label pages on robotmonster.party "
 "and rectangletriangle.com (Mute Artists Ltd. of 2010, BMG's purchase of the catalogue in 2012; user-written label "
 "profiles whose licence was not found), music.fandom.com's page (CC BY-SA, but its 'In 1999, it got bought by EMI' "
 "against the 2002 of the other sources), BMG's artist biography and the German musikblog.de and brandslex.de "
 "pages were looked at and not used. Daniel Miller, Novamute, Blast First, Fad Gadget, Mute Records: " + CHECKED +
 " ('Mute' alone only inside other words such as 'commute').",
 "non-US", v3=True, copy_of="the Wikipedia article as it stood in about 2007, in a static dump on the-uncensored-wiki.com"))
R[-1]["truncated"] = False   # the body is whole (only the 'See also' and 'External links' lines cut)

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
