#!/usr/bin/env python3
"""Batch 57t (session 55; gatherer 57t): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t, 55zc, 56a, 56g, 56m, 57c and 57h (UK public-sector texts under the Open Government Licence
v3.0), asked for UK Competition and Markets Authority merger stories and case pages (2014-2019 phase 2 matters and the
groceries, funeral services, cinemas, newspapers, bus and rail and software sectors; gov.uk, or verbatim copies of
gov.uk pages) naming an acquirer, a target, their owners and a named official with title; both texts are CMA phase 1
press releases on gov.uk, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a, 56g, 56m,
57c and 57h (no outage is told in either; see GATHERING section 57t):
- the CMA's press release of 12 May 2016 that Arriva could face an in-depth merger investigation over its taking over
  the Northern Rail franchise (Arriva Rail North Limited, a subsidiary of Arriva plc, operating it from 1 April 2016
  after the Department for Transport's award; Arriva's other franchises Cross-Country Trains Limited and Arriva Trains
  Wales; 38 overlapping rail journeys and Arriva's bus network) (rail and bus; no person in the kept text);
- the CMA's press release of 23 April 2018 that the proposed merger of The Co-operative Group Ltd (Co-op), a
  groceries retailer, and Nisa Retail Ltd (Nisa), a groceries wholesaler, does not give rise to competition concerns;
  Sheldon Mills, Senior Director of Mergers at the CMA, quoted (groceries).
The texts are the search tool's page-store excerpts (corpus `pages`) of the two gov.uk pages, embedded here: the
Arriva page's heading (its first line) kept as title and left out of the text, its summary line kept as the first
paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m, 57c and 57h); the Co-op / Nisa page's ' date ...' prefix (the
page store's) left out and, the excerpt holding no heading, the title taken from the words of the page's address (as
56m and 57c did for wired-gov.net copies); both cut where the excerpt ends or breaks off; cuts per item in `notes`; no
word added or changed. The excerpts are saved verbatim in /tmp/gather58t/src (arriva-northern-rail-phase1-govuk.txt,
co-op-nisa-phase1-cleared-govuk.txt; each file's first line is the page address; written by /tmp/gather58t/mk_src.py)
with the queries (queries.txt); `verify()` below checks, before anything is written, that each record's address,
title and every text paragraph occur in its saved excerpt (a title not in the excerpt must spell the address's last
segment). newskg (or any extractor) was not run on the texts.
usage: batch57t.py [POOL_DIR] [--dry]   (default /tmp/gather58t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58t/pool"
SRC = "/tmp/gather58t/src"
PRESS = "UK Competition and Markets Authority press release (gov.uk) as gov.uk renders it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m, 57c, "
            "57h). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather58*/pool as they stood, and /work/notes/gather58/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- CMA: Arriva / Northern Rail franchise, phase 1 concerns (gov.uk press release, 12 May 2016) -------------------
u = "https://gov.uk/government/news/arriva-could-face-in-depth-investigation-over-northern-rail-franchise"
t = "Arriva could face in-depth investigation over Northern Rail franchise"
R.append(uk_rec("uk-cma-arriva-rail-north-northern-rail-franchise-phase-1-concerns-2016", u, "2016-05-12", t, OGL,
 att("press release", t, "12 May 2016", u),
 "Arriva could face an in-depth merger investigation over competition concerns resulting from it taking over the Northern Rail franchise.\n\n"
 "The Northern Rail franchise is currently the largest train franchise in Great Britain in terms of the number of services run. It operates over most rail routes in northern England.\n\n"
 "Arriva Rail North Limited (ARN), a subsidiary of Arriva plc (Arriva), started operating the Northern Rail franchise on 1 April 2016, after being awarded the franchise by the Department for Transport last December. Arriva will continue to operate the franchise should the Competition and Markets Authority (CMA) decide to carry out an in-depth investigation; however, the CMA has issued an enforcement order which prevents full integration of the businesses until the CMA has concluded its investigation.\n\n"
 "In addition to the Northern Rail franchise, Arriva currently operates 3 rail franchises, including Cross-Country Trains Limited and Arriva Trains Wales, two rail concessions and one open access rail service (with another one planned). Arriva\u2019s existing rail services overlap with a number of journeys covered by the Northern Rail franchise. The CMA\u2019s initial merger review has found that on 38 overlapping journeys there was little or no competition from other service providers and, as such, the CMA is concerned that any loss of competition between Arriva and the Northern Rail franchise could lead to higher prices or a reduction of service quality for passengers on these routes.\n\n"
 "Arriva is also one of the largest bus operators in the UK, operating around 5,900 bus services in London and the South East of England, the North East, North West, as well as in the Midlands and Wales. There is a substantial overlap between Arriva\u2019s network of bus services and the services offered under the Northern Rail franchise.",
 "rail and bus passenger transport; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "The page's heading (its first line in this rendering) kept as title and left out of the text; the "
 "summary line kept as the first paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m, 57c and 57h); the "
 "excerpt's single line breaks doubled (whitespace only); no label line or image caption in this rendering. Cut at "
 "the end after 'There is a substantial overlap between Arriva\u2019s network of bus services and the services "
 "offered under the Northern Rail franchise.': the next sentence, which the excerpt breaks off inside ('The CMA "
 "found that the franchise award creates competition concerns in relation to th'), and everything after it (on "
 "gov.uk the rest of the release, probably the bus findings, the deadline for undertakings, any official's "
 "quotation and the notes to editors; not seen) left out (`truncated`). Kept as the page has them: '3 rail "
 "franchises' in figures beside 'two rail concessions' in words, '5,900', 'Cross-Country Trains Limited' with its "
 "hyphen, 'northern England' lower case, the curly apostrophes ('Arriva\u2019s' twice, 'CMA\u2019s'). `published` "
 "2016-05-12: the excerpt has no date line; the CMA's phase 1 decision this release announces was 'given on 12 May "
 "2016' (the decision's own opening, in docslib.org's copy of the CMA's PDF, 'Completed acquisition by Arriva Rail "
 "North Limited of the Northern Rail Franchise', ME/6591/16, full text published 14 June 2016), and "
 "21stcentury-rail.com's report of the release quotes the CMA giving Arriva 'five working days (until 19 May)', "
 "five working days from Thursday 12 May 2016; the CMA's referral story on gov.uk ('CMA refers Northern Rail "
 "Franchise merger for in-depth investigation') says 'Last week' of it, and the reference was made on 20 May 2016 "
 "(docslib's copy of the phase 2 appendices). Against it 'last December' is December 2015 (the decision's copy: "
 "the Department for Transport announced the award on 9 December 2015). Facts checked against other pages in the "
 "page store: docslib.org's copies of the phase 1 decision, the provisional findings (9 September 2016) and the "
 "final report (2 November 2016; Phil Evans, Chair of the Group; the copies' 'Arriva plc (Arriva), which itself is "
 "a wholly-owned subsidiary of AG' has lost its parent's name), 21stcentury-rail.com, railforums.co.uk (a thread quoting this page with its gov.uk address), "
 "firstgreatwestern.info (quoting the provisional findings release). Found with 'gov.uk CMA Northern rail "
 "franchise Arriva Deutsche Bahn competition concerns routes undertakings' (rank 6; the referral story at rank 2 "
 "and, of 'CMA rail franchise merger competition concerns Abellio East Midlands gov.uk press release', rank 8). "
 "Same matter, left out (one text per matter): the gov.uk referral story (six sentences, no person), the "
 "provisional findings and final report releases (not in the store as gov.uk pages), the docslib copies (their "
 "text drops words: 'acquisition by Rail North Limited', 'a wholly-owned subsidiary of AG'), railforums, "
 "21stcentury-rail, firstgreatwestern.info. " + CHECKED +
 "'Arriva Rail North', 'Cross-Country Trains', 'CrossCountry', 'Arriva plc', 'First MTR', 'Trenitalia', 'Phil "
 "Evans' - no file; 'Arriva Trains Wales' - two Welsh Government written statements (test; snow disruption 2018, "
 "the Cardiff signalling power failure 2011) and batches 32m, 40m and 40r's scripts (other matters); 'Northern Rail' "
 "(case-insensitive) - a Hansard answer on the Thameslink, Southern and Great Northern franchise (train), an "
 "Oireachtas answer on a Northern line derailment (train), 57c's AMC / Odeon file and scripts, 15g's and 19a's "
 "scripts (other matters); 'Arriva' alone in 58 files (other matters by their names). The matter is new to the "
 "corpus.",
 PRESS))
# ---- CMA: Co-op / Nisa, phase 1 clearance (gov.uk press release, 23 April 2018) ------------------------------------
u = "https://www.gov.uk/government/news/cma-clears-co-op-nisa-merger"
t = "CMA clears Co-op Nisa merger"
R.append(uk_rec("uk-cma-co-op-nisa-retail-merger-phase-1-cleared-2018", u, "2018-04-23", t, OGL,
 att("press release", t, "23 April 2018", u),
 "After closely examining all the evidence, the Competition and Markets Authority ( CMA ) has found that the proposed merger does not give rise to competition concerns.\n\n"
 "The Co-operative Group Ltd (Co-op), as a groceries retailer, and Nisa Retail Ltd (Nisa), as a groceries wholesaler, do not compete head-to-head. However, since Nisa supplies over 4,000 groceries stores, the CMA has carefully considered the potential impact of the merger on competition between shops.\n\n"
 "During the course of its \u2018Phase 1\u2019 investigation, the CMA took into account that Nisa-supplied stores would still be free to set their own prices and decide which products to stock after the merger, and so the merged company would not be able to directly determine how they compete.\n\n"
 "It also examined whether the merged company could raise prices or reduce service quality for retail or wholesale customers. It found that existing retail and wholesale competition made this unlikely.\n\n"
 "This is because there are enough local alternatives to both Co-op and Nisa-supplied stores to ensure that people could still shop around to get the best value for them.\n\n"
 "Furthermore, Nisa-supplied stores are able to choose between several different wholesalers and would be able to switch supplier if prices were to increase or the quality of service go down as a result of the merger with Co-op.\n\n"
 "This all means that the merged company would be unlikely to be able to raise prices or offer a worse service to either stores or to shoppers.\n\n"
 "Sheldon Mills, Senior Director of Mergers at the CMA , said:\n\n"
 "Millions of people throughout the UK shop at convenience stores and supermarkets, and it is vital that they continue to have enough choice to get the best value for them. After careful consideration, we\u2019ve found that there is sufficient competition in both the wholesale and retail sectors to ensure that shoppers are not worse off.",
 "groceries retail and wholesale; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "The page store's ' date 2018-04-23 ' prefix left out of the text (kept as `published`); the excerpt "
 "begins with the release's body and holds no label, heading, summary line or image caption, so the title is the "
 "words of the page's address ('cma-clears-co-op-nisa-merger'), as 56m and 57c titled wired-gov.net copies from "
 "their addresses (the release's own heading, not seen, may read 'Co-op/Nisa'); paragraph breaks as the excerpt has "
 "them (already double); the excerpt's closing line break dropped. Kept as the page has them: '( CMA )' with a "
 "space inside each bracket, 'at the CMA , said:' with a space before the comma, the quotation without quotation "
 "marks (gov.uk sets it as a block), '\u2018Phase 1\u2019' in curly single quotes, 'go down' (sic: 'the quality of "
 "service go down'), 'groceries stores', '4,000'. Cut at the end after the quotation's last sentence ('... to ensure "
 "that shoppers are not worse off.'), where the excerpt ends: the rest of the release (news copies add 'The merger "
 "will therefore not be referred for an in-depth investigation.'; the notes to editors) not seen (`truncated`). "
 "`published` 2018-04-23: the page store's date for the page, agreeing with the news copies (londonlovesbusiness "
 "dated 2018-04-23; slrmag 'Today\u2019s ruling (April 23)'). The text holds no date expression. Facts checked "
 "against other pages in the page store: londonlovesbusiness, fruitnet, northernfinancialreview, conveniencestore, "
 "apex-insight and slrmag (the £137.5 million takeover of Nisa by the Co-op; Peter Hartley, chairman of Nisa; Jo "
 "Whitfield, Co-op Retail CEO; completion expected on or around 8 May 2018), acs.org.uk (the phase 1 launch of 22 "
 "February 2018). Found with 'gov.uk CMA Co-op Nisa merger cleared convenience stores wholesale' (rank 2). Same "
 "matter, left out (one text per matter): the news stories and the ACS notice. " + CHECKED +
 "'Nisa Retail', 'Nisa-supplied', 'Co-op/Nisa', 'Co-op / Nisa', 'Peter Hartley' - no file; 'Nisa' as a word (grep "
 "-w) - no corpus text (the 408 case-insensitive hits are other words containing 'nisa'); 'Sheldon Mills' - 55zc's "
 "Celesio / Sainsbury's pharmacy file, 56a's Greene King / Spirit file and 57c's AMC / Odeon file (all test; the "
 "same official, other matters). The matter is new to the corpus.",
 PRESS))

SRCS = {"uk-cma-arriva-rail-north-northern-rail-franchise-phase-1-concerns-2016": "arriva-northern-rail-phase1-govuk",
        "uk-cma-co-op-nisa-retail-merger-phase-1-cleared-2018": "co-op-nisa-phase1-cleared-govuk"}


def verify():
    """Each record's address matches its saved excerpt's first line; its title occurs in the excerpt or spells the
    address's last segment; every text paragraph occurs in the excerpt. Without the saved excerpts (another machine)
    the check is skipped with a note."""
    bad = []
    for r in R:
        p = os.path.join(SRC, SRCS[r["id"]] + ".txt")
        if not os.path.exists(p):
            print(f"note: {p} not found, excerpt check skipped", file=sys.stderr)
            continue
        url, ex = open(p, encoding="utf-8").read().split("\n", 1)
        if url != r["source"]: bad.append((r["id"], "address"))
        slug = url.rstrip("/").rsplit("/", 1)[1]
        if r["title"] not in ex and r["title"].lower().replace(" ", "-") != slug: bad.append((r["id"], "title"))
        bad += [(r["id"], q[:60]) for q in r["text"].split("\n\n") if q not in ex]
    if bad:
        sys.exit(f"not in the saved excerpts: {bad}")


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)
