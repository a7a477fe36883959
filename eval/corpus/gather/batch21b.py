#!/usr/bin/env python3
"""Batch 21b (session 22, this session's out-of-sample check; helper gat21b): English Wikipedia articles about
events (CC BY-SA), as the search tool's page store holds them — outages with the operator named outside power grids
(South Korean banks' and broadcasters' computers frozen by a cyberattack, 20 March 2013; the AS 7007 routing leak
that disrupted the Internet, 25 April 1997; the February 2000 denial-of-service attacks that shut down Yahoo! and
other commercial websites), company deals and structure (Comair, a wholly owned subsidiary of Delta Air Lines;
Restaurant Brands International formed by the Burger King-Tim Hortons merger and its purchase of Popeyes; Supercell's
owners GungHo, SoftBank and the agreed Tencent deal; DeepMind acquired by Google and owned by Alphabet) — and two
near-misses (the 2018 Hawaii false missile alert, no system failed; Operation Ababil, attacks on banks' websites with
only 'a limited disruption').
Texts are the page store's excerpts (never a whole page): the lead and the event paragraphs, cut at the last full
sentence before the excerpt breaks off. Edits are listed per item in `notes`: infobox lines, section headings,
citation markers, image captions, interlanguage-link residue and copy-site furniture cut; no word added or changed.
usage: batch21b.py [POOL_DIR] [--dry]   (default /tmp/gat21b-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import EDITS, record

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat21b-tmp/pool"
LIC4 = "CC BY-SA 4.0 (English Wikipedia text)"
LIC3 = "CC BY-SA 3.0 (English Wikipedia text)"


def wp(id, title, url, held, text, sector, topics, notes, region, v3=False, rev=None):
    """A record for an English Wikipedia article as the page store holds it at `held` (wikimedia.record); `v3`
    for a revision the text or its rendering dates before Wikimedia's June 2023 move to CC BY-SA 4.0."""
    kw = {"rev": rev} if rev else {}
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region,
                  licence=LIC3 if v3 else LIC4, version="3.0" if v3 else "4.0", **kw)


def items():
    r = []
    r.append(wp("wp-2013-south-korea-cyberattack", "2013 South Korea cyberattack",
                "https://en.wikipedia.org/wiki/2013_South_Korea_cyberattack",
                "https://en.wikipedia.org/wiki/2013_South_Korea_cyberattack",
                "On 20 March 2013, three South Korean television stations and a bank suffered from frozen computer "
                "terminals in a suspected act of cyberwarfare. ATMs and mobile payments were also affected. The South "
                "Korean communications watchdog raised their alert level on cyber-attacks to three on a scale of five. "
                "North Korea has been blamed for similar attacks in 2009 and 2011 and was suspected of launching this "
                "attack as well. South Korean officials linked the incident to a Chinese IP address, which increased "
                "suspicion of North Korea as \"[i]ntelligence experts believe that North Korea routinely uses Chinese "
                "computer addresses to hide its cyber-attacks.\"\n\n"
                "Malware related to the attack is called \"DarkSeoul\" in the computer world and was first identified "
                "in 2012. The Financial Services Commission of South Korea said that Shinhan Bank reported that its "
                "Internet banking servers had been temporarily blocked and that Jeju Bank and NongHyup reported that "
                "operations at some of their branches had been paralyzed after computers were infected with viruses "
                "and their files erased. Woori Bank reported a hacking attack, but said it had suffered no damage. "
                "Computer shutdowns also hit companies including the Korean Broadcasting System, Munhwa Broadcasting "
                "Corporation, and YTN.\n\n"
                "The South Korean government asserted a Pyongyang link in the March cyber attacks, which has been "
                "denied by Pyongyang. A 50-year-old South Korean man identified as Mr. Kim is suspected to be involved "
                "in the attack.",
                "banking / broadcasting IT", ["outage"],
                "The whole article body as the page store holds it (en.wikipedia.org): the title line, 'From "
                "Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search', the 'See also[edit]' heading "
                "and the interlanguage-link residue ' (ko)' after 'Jeju Bank' cut. The article's own '[i]ntelligence' "
                "(a bracket inside its quotation) kept. Undated rendering (its 'Jump to navigation' line is the "
                "2018-2021 skin): recorded 4.0 as batch 19d did for undated pages. New to the corpus (Shinhan, "
                "NongHyup, DarkSeoul, Munhwa: 0 in train/dev/test; 'Korea' with 'cyber': 0).", region="non-US"))
    r.append(wp("wp-as-7007-incident", "AS 7007 incident", "https://en.wikipedia.org/wiki/AS_7007_incident",
                "https://en.wikipedia.org/wiki/AS_7007_incident",
                "The AS 7007 incident was a major disruption of the Internet on April 25, 1997, that started with a "
                "router operated by autonomous system 7007 (MAI Network Services, although sometimes incorrectly "
                "attributed to the Florida Internet Exchange) accidentally leaking a substantial part of its entire "
                "routing table to the Internet, creating a routing black hole.\n\n"
                "Probably because of a bug in the affected router, the routes leaked were deaggregated to /24 "
                "prefixes, which were more specific than the routes originally present on the Internet, and had the "
                "AS path rewritten to 7007, leading the Border Gateway Protocol (BGP) used by the Internet's routers "
                "to prefer the leaked routes. This was then exacerbated by other problems that prevented the routes "
                "from disappearing from other networks' routing tables, even after the original router that had sent "
                "them had been disconnected. The combination of these factors resulted in an extended disruption of "
                "operations throughout the Internet.\n\n"
                "Analysis of this event led to major changes in Internet Service Providers' BGP operations intended "
                "to mitigate the effects of any subsequent similar events.",
                "internet routing", ["outage"],
                "The whole article body as the page store holds it (en.wikipedia.org, '= AS 7007 incident =' title "
                "line and the '== See also ==' list cut). New to the corpus (7007, MAI Network: 0 in train/dev/test).",
                region="US"))
    r.append(wp("wp-mafiaboy", "MafiaBoy", "https://en.wikipedia.org/wiki/MafiaBoy",
                "http://piglix.com/piglix/MafiaBoy",
                "Michael Calce (born 1986, also known as MafiaBoy) was a high school student from West Island, Quebec, "
                "who launched a series of highly publicized denial-of-service attacks in February 2000 against large "
                "commercial websites, including Yahoo!, Fifa.com, Amazon.com, Dell, Inc., E*TRADE, eBay, and CNN. He "
                "also launched a series of failed simultaneous attacks against 9 of the 13 root name servers.\n\n"
                "On February 7, 2000, Calce targeted Yahoo! with a project he named Rivolta, meaning \u201criot\u201d "
                "in Italian. Rivolta was a denial-of-service attack in which servers become overloaded with different "
                "types of communications to the point where they shut down completely. At the time, Yahoo! was a "
                "multibillion-dollar web company and the top search engine. Mafiaboy's Rivolta managed to shut down "
                "Yahoo! for almost an hour. Calce's goal was, according to him, to establish dominance for himself and "
                "TNT, his cybergroup, in the cyberworld. Buy.com was shut down in response. Calce responded to this in "
                "turn by bringing down eBay, CNN, Amazon and Dell.com via DDoS over the next week.",
                "websites / denial of service", ["outage"],
                "The lead and the 'February 2000' attack paragraph as the piglix.com copy of the English Wikipedia "
                "article holds them; the second paragraph (his childhood in Montreal and a long quotation of his) cut. "
                "The copy joins 'cyberworld.Buy.com' where the article has a citation marker between the sentences: "
                "the space restored as the marker's cut leaves it. Undated copy (the article names no event after "
                "2001): recorded 4.0 as batch 19d did for undated copies. New to the corpus (MafiaBoy, Calce, Rivolta: "
                "0 in train/dev/test; 'Yahoo' with 'denial' or '2000': 0 in train/dev/test).", region="US"))
    r.append(wp("wp-operation-ababil", "Operation Ababil", "https://en.wikipedia.org/wiki/Operation_Ababil",
                "https://en.wikipedia.org/wiki/Operation_Ababil",
                "Operation Ababil was a series of cyber attacks starting in 2012, targeting various American financial "
                "institutions and carried out by a group calling itself the \"Cyber fighters of Izz Ad-Din Al "
                "Qassam\".\n\n"
                "The cyber attacks, or more specifically denial of service attacks, were launched by the Cyber fighters "
                "of Izz Ad-Din Al Qassam also known as Qassam Cyber Fighters. The group announced the attacks on "
                "September 18, 2012 on Pastebin where they criticized Israel and the United States and justified the "
                "attacks as a response to the Innocence of Muslims video released by controversial American pastor "
                "Terry Jones. Their targets included the New York Stock Exchange as well as a number of banks including "
                "J.P. Morgan Chase. The result of the attacks was a limited disruption of the targeted websites. The "
                "attacks ended on Oct 23, 2012 because of the Eid al-Adha holiday at which point they offered to speak "
                "to the media through e-mail.\n\n"
                "On September 21, 2012, the Washington Post reported that the attacks originated not from a hacktivist "
                "group but from the government of Iran and cited U.S. Senator Joseph I. Lieberman as one who was a "
                "proponent of this idea. Lieberman told C-Span that he believed the Iranian government was sponsoring "
                "the group's attacks on US banks in retaliation for Western economic sanctions. An early report by "
                "Dancho Danchev found the amateurish \"outdated and virtually irrelevant technical skills\" of the "
                "attack suspicious.",
                "banking / denial of service", ["outage"],
                "Near-miss. The lead and the 'Details' and 'Disputed origins of attacks' paragraphs as the page store "
                "holds the en.wikipedia.org page; the title line, the headings and the 'Name of the group and "
                "operation' paragraph (the preacher the group is named after) cut; cut before 'But Michael Smith, ...', "
                "where the excerpt breaks off. New to the corpus (Ababil, Qassam: 0 in train/dev/test).", region="US"))
    r.append(wp("wp-2018-hawaii-false-missile-alert", "2018 Hawaii false missile alert",
                "https://en.wikipedia.org/wiki/2018_Hawaii_false_missile_alert",
                "https://en.wikipedia.org/wiki/2018_Hawaii_false_missile_alert",
                "On the morning of January 13, 2018, an alert was accidentally issued via the Emergency Alert System "
                "and Wireless Emergency Alert System over television, radio, and cellular networks in the U.S. state "
                "of Hawaii, instructing citizens to seek shelter due to an incoming ballistic missile. The message was "
                "sent at 8:08 a.m. local time and the state had not authorized civil defense outdoor warning sirens to "
                "sound.\n\n"
                "Occurring during the 2017\u20132018 North Korea crisis, the alert was widely interpreted as a nuclear "
                "attack launched from North Korea. In a subsequent survey, 28% of respondents initially believed the "
                "alert, 45% were unsure, and 27% did not believe it. Of all respondents, 27% did not check any other "
                "sources following the alert. Some residents, not hearing sirens or seeing widespread media coverage, "
                "discounted the alert. Others found apparent confirmation in their area's activated sirens and local "
                "TV stations that had received the alert. According to the study, \"the urge to call loved ones "
                "interfered with the practical need to shelter\", frantic driving was common, and the \"broader social "
                "contract was, in that extreme situation, at least to some degree, put into abeyance in favor of the "
                "closest social sphere.\"\n\n"
                "38 minutes and 13 seconds later, state officials blamed a miscommunication during a drill at the "
                "Hawaii Emergency Management Agency for the first message. Governor David Ige apologized for the "
                "erroneous alert. The Federal Communications Commission and the Hawaii House of Representatives "
                "launched investigations into the incident, leading to the resignation of the state's emergency "
                "management administrator.",
                "emergency alerting", ["outage"],
                "Near-miss. The lead as the page store holds the en.wikipedia.org page: the title line and the "
                "infobox (date, time, duration, location, type) cut; cut before '==Background==', whose first sentence "
                "breaks off. The rendering says 'Governor David Ige' (copies of later revisions say 'Then-Governor'): "
                "recorded 4.0 as undated. New to the corpus ('Hawaii' with 'missile': 0 in train/dev/test).",
                region="US"))
    r.append(wp("wp-comair", "Comair", "https://en.wikipedia.org/wiki/Comair_(United_States)",
                "https://en.wikipedia.org/wiki/Comair",
                "Comair was a wholly owned subsidiary airline of Delta Air Lines, headquartered on the grounds of "
                "Cincinnati-Northern Kentucky International Airport in Boone County, Kentucky, United States, west of "
                "Erlanger, and south of Cincinnati. Operating under the brand name Delta Connection, Comair operated "
                "passenger services to destinations in the USA, Canada, Mexico and the Bahamas. Comair and Delta Air "
                "Lines announced on July 27, 2012 that Comair would cease operations on September 29, 2012.\n\n"
                "The airline was established in March 1977, and started operations in April 1977. Patrick J. Sowers, "
                "Robert T. Tranter, David Mueller and his father Raymond founded the airline in Cincinnati. It began "
                "scheduled services with two Piper Navajo aircraft. Embraer EMB-110 Bandeirante twin-engine turboprop "
                "commuter aircraft were added to Comair's fleet in 1982.\n\n"
                "Under its parent Comair Holdings, it became a public company in July 1981 to support the growth and "
                "capital requirements to upgrade its fleet. It became a Delta Connection carrier in 1984. In July 1986 "
                "Delta Air Lines acquired 20% of Comair stock. Delta Air Lines acquired full ownership on October 22, "
                "1999 at a cost of over 2 billion dollars.",
                "airlines", ["deal", "relations"],
                "The lead and the start of 'History' as the page store holds an older rendering of the en.wikipedia.org "
                "page 'Comair' (now 'Comair (United States)'): the title line, hatnotes ('This article is about ...', "
                "'Not to be confused with Con Air.'), the infobox, the former-logo and photo captions, the heading, "
                "'[clarification needed]' and citation markers cut; cut before 'On March 26, 2001, ...', where the "
                "excerpt breaks off. The rendering's 'Jump to: navigation' line dates it before 2018: recorded CC "
                "BY-SA 3.0 (as batch 20a did for dated older revisions). New to the corpus (Comair: 0 in "
                "train/dev/test).", region="US", v3=True,
                rev="revision not recorded by the page store (a rendering older than 2018)"))
    r.append(wp("wp-restaurant-brands-international", "Restaurant Brands International",
                "https://en.wikipedia.org/wiki/Restaurant_Brands_International",
                "https://wikiwand.com/en/Restaurant_Brands_International",
                "Restaurant Brands International Inc. (RBI) is a Canadian-American multinational fast food holding "
                "company. It was formed in 2014 by the $12.5 billion merger between American fast food restaurant "
                "chain Burger King and Canadian coffee shop and restaurant chain Tim Hortons, and expanded by the 2017 "
                "purchase of American fast-food chain Popeyes. The company is the fifth-largest operator of fast food "
                "restaurants in the world after Subway, McDonald's Corporation, Starbucks and Yum! Brands. They are "
                "based alongside Tim Hortons in Toronto (previously Oakville, Ontario). For multiple purposes, Burger "
                "King and Popeyes retain their existing operations and headquarters, both in Miami. The 2014 merger "
                "focused primarily on expanding the international reach of the Tim Hortons brand and providing "
                "financial efficiencies for both companies.\n\n"
                "3G Restaurant Brands Holdings LP, an affiliate of the Brazilian investment company 3G Capital, owns a "
                "32% stake in Restaurant Brands International. The company is publicly traded on the New York Stock "
                "Exchange and the Toronto Stock Exchange.",
                "fast food / holding companies", ["deal", "relations"],
                "The lead as the wikiwand.com rendering of the English Wikipedia article holds it: wikiwand's "
                "'Loading AI tools' line, the short description, the infobox table and citation markers cut; the "
                "last sentence ('In March 2023, Joshua Kobza was named the CEO ..., replacing Jose Cil, who had held "
                "the role since'), where the excerpt breaks off, cut. A 2024 revision (it names March 2023): CC BY-SA "
                "4.0. New to the corpus (Restaurant Brands, Burger King, Tim Horton, Popeyes, 3G Capital: 0 in "
                "train/dev/test).", region="non-US"))
    r.append(wp("wp-supercell", "Supercell (video game company)",
                "https://en.wikipedia.org/wiki/Supercell_(video_game_company)", "http://supercell1.galeon.com/",
                "Supercell is a mobile game development company founded in June 2010 in Helsinki, Finland. Since "
                "then, the company has fully released four mobile games: Hay Day, Clash of Clans, Boom Beach, and "
                "Clash Royale, which are freemium games and have been very successful for the company, the first two "
                "generating revenue of $2.4 million a day in 2013.\n\n"
                "Accel Partners invested $12 million in Supercell in 2011, and in October 2013 it was announced that "
                "the Japanese company GungHo Online Entertainment and its parent SoftBank had acquired 51% of the "
                "company for a reported $2.1 billion. On June 1, 2015, SoftBank acquired an additional 22.7% stake in "
                "Supercell, which brought their total stake to 73.2% of the company and made them the sole external "
                "shareholder.\n\n"
                "On June 21, 2016 Tencent announced a deal to acquire 84.3% of Supercell with USD 8.6 billion. Japan's "
                "SoftBank values Supercell at $10.2 billion.",
                "video games / investment", ["deal", "relations"],
                "The lead and the start of the history as the galeon.com copy of the English Wikipedia article (a 2017 "
                "revision: it names Clash Royale and 2016 revenue) holds them: the copy's image line ('Image result for "
                "clash royale') cut; the lead's second sentence cut because the copy lost the name of the browser game "
                "('The company's debut game was the browser game, and after its release in 2011, ...'); the two "
                "revenue sentences cut because the copy lost their currency signs ('revenues of around 2.11 billion', "
                "'from 78.4 million (2012)'); the copy's '2011,and' given its space back. Recorded CC BY-SA 3.0 (a "
                "revision before June 2023). New to the corpus (Supercell, GungHo, Tencent: 0 in train/dev/test; "
                "SoftBank: one train/dev file on another deal).", region="non-US", v3=True,
                rev="revision not recorded by the page store (a 2017 revision by its content)"))
    r.append(wp("wp-deepmind", "DeepMind", "https://en.wikipedia.org/wiki/Google_DeepMind",
                "https://aitopics.org/doc/news:D230417D/",
                "DeepMind Technologies is a British artificial intelligence company founded in September 2010, "
                "currently owned by Alphabet Inc.. The company is based in London, but has research centres in "
                "California, Canada, and France. Acquired by Google in 2014, the company has created a neural network "
                "that learns how to play video games in a fashion similar to that of humans, as well as a Neural Turing "
                "machine, or a neural network that may be able to access an external memory like a conventional Turing "
                "machine, resulting in a computer that mimics the short-term memory of the human brain. The company "
                "made headlines in 2016 after its AlphaGo program beat a human professional Go player for the first "
                "time in October 2015 and again when AlphaGo beat Lee Sedol, the world champion, in a five-game match, "
                "which was the subject of a documentary film. A more generic program, AlphaZero, beat the most powerful "
                "programs playing go, chess and shogi (Japanese chess) after a few hours of play against itself using "
                "reinforcement learning.",
                "artificial intelligence", ["deal", "relations"],
                "The lead of the English Wikipedia article 'DeepMind' (now 'Google DeepMind') as the aitopics.org copy "
                "holds it (a 2018 revision: it names AlphaZero and a research centre in France); citation markers cut. "
                "The article's own 'Alphabet Inc..' kept. Recorded CC BY-SA 3.0 (a revision before June 2023). New "
                "to the corpus (DeepMind: 0 in train/dev/test; Alphabet: 1 train/dev and 2 test files, counted, not "
                "opened, none naming DeepMind).", region="non-US", v3=True,
                rev="revision not recorded by the page store (a 2018 revision by its content)"))
    return r


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)
