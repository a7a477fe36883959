#!/usr/bin/env python3
"""Batch 62c (session 57; gatherer lane 62c): two outages of an American internet organisation's websites told one by
one, and an American internet service provider's company history, new to the corpus: the Wikipedia Signpost's report
of 10 April 2006 on the power failure at the Florida colocation centre (PowerMedium; 'an 800-amp breaker in the main
PDU failed') that took the majority of Wikimedia sites, the English Wikipedia among them, down from 19:19 UTC on 9
April to 1:33 UTC on 10 April 2006, with its Chief Technical Officer Brion Vibber (internet/web hosting, US); the
Signpost's Technology report of 5 July 2010 on the partial power failures in the internal power network of the
Wikimedia Foundation's Tampa, Florida data centre that took all Wikimedia projects down from 0:10 UTC that day, and on
its former CTO Brion Vibber's comment (internet/web hosting, US); and NETCOM On-Line Communication Services of San
Jose, established in 1988 by Bob Rieger and Bill Gitow, its NetCruiser program and Rieger's handing of the presidency
to David W. Garrison, formerly of SkyTel, in February 1995 (internet service provider, US) -- in the company lane of
batches 36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g, 60k and 61c, kept to American technology and
internet companies, with the lane's outage texts taken from the Signpost (batch 20b's Signpost source).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): signpost.news's renderings of the Signpost pages 'Wikipedia:Wikipedia Signpost/2006-04-10/Power outage' and
'Wikipedia:Wikipedia Signpost/2010-07-05/Technology report' (the issue date is `published`, as batch 20b recorded
its Signpost item), and en.wikipedia.org's '= Title =' rendering of 'Netcom (United States)' (undated; `published`
null). The 2006 text is whole but for its title lines and the page's comment furniture (`truncated` false); the 2010
and Netcom texts are cut at a sentence or paragraph end (`truncated`). Edits per item in `notes` (title lines, an
infobox, a section heading, comment furniture and the pipes of the copy's quotation boxes cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather63c/src), citation markers
dropped, the quotation boxes' pipes ('“ | ', ' | ” |') read as the bare quotation marks and whitespace runs compared as
one space, as batches 58j-61c did. Two texts tell outages: PowerMedium's power failure of 9-10 April 2006 (with a
similar one of February 2005 told apart) and the Wikimedia Foundation's Tampa power failure of 5 July 2010; the Netcom
text tells none.
newskg (or any extractor) was not run on any text. A round of three: eleven queries, five of them answered with
English Wikipedia text or a copy of it (the Signpost twice, Netcom, and two on matters the corpus holds or that are no
outage), three taken (round notes, /work/notes/gather63/62c.md; queries,
/tmp/gather63c/src/queries.txt).
usage: batch62c.py [POOL_DIR] [--dry]   (default /tmp/gather63c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63c/pool"
SRC = "/tmp/gather63c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-57 pools (/tmp/gather63*/pool) and in /work/notes/gather63/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
SIGNPOST = "https://en.wikipedia.org/wiki/Wikipedia:Wikipedia_Signpost/"
LIC_3 = "CC BY-SA 3.0 (English Wikipedia text)"

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- internet/web hosting, US: the Signpost, 10 April 2006 (signpost.news's rendering) ----------------------------
POWER2006 = [
 "Over the weekend, power problems caused the majority of Wikimedia projects to be unavailable for part of a day. The "
 "problem, traced to a technical failure at the Florida colocation center, hit on Sunday and took a little over six "
 "hours before service could be restored.",
 "On 9 April at 19:19 UTC, the majority of Wikimedia sites, including the English Wikipedia, became unavailable due "
 "to the outage. Chief Technical Officer Brion Vibber soon reported that \"PowerMedium had some sort of network "
 "and/or power outage for about an hour. We've been working on getting things back online since power and network "
 "became available again.\" He later clarified that \"an 800-amp breaker in the main PDU failed\".",
 "Developers along with colocation center staff continued working to restore service, making sure that things could "
 "operate normally again. Service was restored at 1:33 UTC on 10 April, after six hours and 15 minutes of downtime. "
 "Vibber reported that some of the servers came up with bad clocks when power was restored, so some users might have "
 "seen watchlist entries reflecting incorrect times.",
 "During the outage, the #wikipedia IRC channel was flooded with users seeking an explanation, peaking over 1000 "
 "people at one point. Rob Church reported that the developers had to set the #wikimedia-tech channel (devoted "
 "specifically to technical discussions about the servers) to moderated status in order to be able to work "
 "effectively and not constantly be interrupted by the same questions.",
 "A similar power failure at the colocation center occurred in February of last year, with a smaller equipment "
 "failure following in March."]
KEPT["wp-signpost-wikimedia-power-outage-2006"] = ("signpost-2006-04-10-power-outage.txt", POWER2006)
R.append(record("wp-signpost-wikimedia-power-outage-2006", "The Signpost: Power outage (10 April 2006)",
 SIGNPOST + "2006-04-10/Power_outage", "https://signpost.news/2006-04-10/Power_outage",
 "\n\n".join(POWER2006),
 "internet/web hosting", ["outage", "power failure", "colocation", "data centre"],
 "The Signpost's story of the issue dated 10 April 2006 (a Monday; the issue date is `published`, as batch 20b "
 "recorded its Signpost item) as signpost.news's rendering holds it in the page store (a recent rendering; no "
 "revision id held). Cut: the title line 'Power outage' and the subtitle line 'Power outage shuts down site for six "
 "hours' (the record's title names the story); after the story's last sentence ('... following in March.'), the "
 "page's comment furniture ('+ Add a comment', 'Discuss this story', the note on transcluded comments and the start "
 "of a reader's comment, 'Welp, when IRC gets too crowded, spam the mailing list. :^) – Minh Nguyễ'), so the story "
 "is whole (`truncated` false). No citation markers. Paragraphs as in the copy, joined with blank lines. No word "
 "added or changed. Kept as written: 'Over the weekend, power problems caused the majority of Wikimedia projects to "
 "be unavailable for part of a day.', 'traced to a technical failure at the Florida colocation center, hit on "
 "Sunday', 'On 9 April at 19:19 UTC, the majority of Wikimedia sites, including the English Wikipedia, became "
 "unavailable', 'Chief Technical Officer Brion Vibber soon reported that \"PowerMedium had some sort of network "
 "and/or power outage for about an hour.', '\"an 800-amp breaker in the main PDU failed\".' (the full stop after the "
 "closing quotation mark), 'Service was restored at 1:33 UTC on 10 April, after six hours and 15 minutes of "
 "downtime.', 'peaking over 1000 people' (no comma in the number), 'Rob Church reported that the developers had to "
 "set the #wikimedia-tech channel ... to moderated status', 'A similar power failure at the colocation center "
 "occurred in February of last year, with a smaller equipment failure following in March.' 261 words. Two outages "
 "told apart: PowerMedium's power failure of 9-10 April 2006 and the similar one of February 2005; the March 2005 "
 "'smaller equipment failure' is a near-miss (no service lost is told). Recorded CC BY-SA 3.0 (the story's text of "
 "2006, relicensed from the GFDL to CC BY-SA 3.0 in Wikimedia's 2009 relicensing, before its move to 4.0 of June "
 "2023; doubtful: the rendering is recent and undated). Found at rank 1 of the query 'wikitech Incidents all wikis "
 "unavailable for readers and editors outage summary impact data center power'; news.softpedia.com, "
 "toopone.blogspot.com, itproportal.com, news.netcraft.com (ranks 2, 3, 5 and 6; news and a blog on other Wikimedia "
 "outages), diff.wikimedia.org (rank 4; the 2010 blog post, below), a 2005 snapshot of Wikimedia's downtime page on "
 "15hit.client.jp (rank 7) and signpost.news's 'Power outage redux' of 14 March 2005 (rank 8; the March 2005 failure "
 "this story names, so one matter with it in part; a lead) not used. PowerMedium, 800-amp, Rob Church, 'colocation "
 "center', 2006-04-10 as a Signpost date: " + CHECKED + " (Brion Vibber in texts on other Wikimedia matters: the "
 "Cogent outage of 18 August 2006, train; the English Wikipedia in many texts).", "US",
 licence=LIC_3, version="3.0", copy_of="the Signpost page, as signpost.news renders it",
 origin="English Wikipedia, Signpost, copy (page store)", who="Wikipedia contributors (The Signpost)",
 published="2006-04-10", truncated=False))

# ---- internet/web hosting, US: the Signpost, 5 July 2010 (signpost.news's rendering) ------------------------------
TECH2010 = [
 "On the Wikimedia Techblog, Mark Bergsma explained the root of problems users encountered the morning of Monday, "
 "July 5:",
 "“Starting at 0:10 UTC on July 5th, the Wikimedia Foundation suffered from intermittent, partial power failures in "
 "the internal power network of one of its main data centers in Tampa, Florida. Due to the temporary unavailability "
 "of several critical systems and the large impact on the available systems capacity, all Wikimedia projects went "
 "down. The power situation stabilized at 1:12 UTC, and systems and services recovery has been taking place since.”",
 "Fortunately, the technicians managed to get everything back up and running shortly afterwards.",
 "Following a blog post by Phoebe about Wikimedia's future strategies, Brion Vibber left a detailed comment giving "
 "his thoughts. As a former Chief Technical Officer (CTO) and all-round maintainer of Wikimedia projects and the "
 "software behind them for a number of years – not to mention the namesake of this report – his thoughts provided a "
 "useful insight into the past, present and future of the Wikimedia Foundation's \"tech\" department:",
 "“Tech of course is the area I know best, and I can assure you that there will be plenty of work for [the "
 "projected] ~75 tech folks to do in 2015; even with the major expansion over the last couple years there’s still "
 "wayyy more stuff to do than time to do it."]
KEPT["wp-signpost-wikimedia-tampa-power-failure-2010"] = ("signpost-2010-07-05-technology-report.txt", TECH2010)
R.append(record("wp-signpost-wikimedia-tampa-power-failure-2010", "The Signpost: Technology report (5 July 2010)",
 SIGNPOST + "2010-07-05/Technology_report", "https://signpost.news/2010-07-05/Technology_report",
 "\n\n".join(TECH2010),
 "internet/web hosting", ["outage", "power failure", "data centre", "leadership"],
 "The opening of the Signpost's Technology report of the issue dated 5 July 2010 (a Monday; the issue date is "
 "`published`) as signpost.news's rendering holds it in the page store (a recent rendering; no revision id held; the "
 "excerpt holds no title line or heading). Cut: the pipes the copy renders its two quotation boxes with ('“ | ' "
 "before and ' | ” |' after the first quotation, '“ | ' before the second), kept as the bare quotation marks; "
 "paragraphs, one line each in the copy, joined with blank lines; cut after '... than time to do it.', a sentence end "
 "inside Brion Vibber's quoted comment, so the second quotation stays open (`truncated`; the excerpt goes on with "
 "'Purely on that end, there are a few rough tasks that need to get taken care of all the time:', a line of "
 "'MediaWiki Labs' and Mozilla Labs, and breaks off in a sentence on Danese Cooper, 'current CTO', which is not in "
 "the text). No citation markers. No word added or changed. Kept as written: 'the morning of Monday, July 5:', "
 "'Starting at 0:10 UTC on July 5th, the Wikimedia Foundation suffered from intermittent, partial power failures in "
 "the internal power network of one of its main data centers in Tampa, Florida.', 'all Wikimedia projects went "
 "down.', 'The power situation stabilized at 1:12 UTC, and systems and services recovery has been taking place "
 "since.', 'Fortunately, the technicians managed to get everything back up and running shortly afterwards.', "
 "'Following a blog post by Phoebe about Wikimedia's future strategies', 'As a former Chief Technical Officer (CTO) "
 "and all-round maintainer of Wikimedia projects' (the en dashes around 'not to mention the namesake of this "
 "report'), 'the Wikimedia Foundation's \"tech\" department:', '[the projected] ~75 tech folks to do in 2015', "
 "'there’s still wayyy more stuff' (the spelling and the curly apostrophe). 226 words. One outage told: the "
 "Wikimedia Foundation's Tampa power failure of 5 July 2010 (the corpus has the Amsterdam overheating of March 2010 "
 "and the Cogent routing outage of August 2006, other events). Recorded CC BY-SA 3.0 (the report's text of 2010, "
 "before Wikimedia's move to 4.0 of June 2023; doubtful: the rendering is recent and undated). Found at rank 3 of the "
 "query 'wikitech incident report Wikimedia outage summary impact timeline eqiad codfw'; two wikitech-l mailing-list "
 "attachments on lists.wikimedia.org (ranks 1-2; monthly incident digests, licence not stated), a Phabricator task "
 "(rank 4; a data-centre switchover, no outage), blog.shoutwiki.com (ranks 5-6; another wiki farm's blog), Miraheze "
 "Meta's incident page (rank 7; another wiki farm, licence not in the excerpt) and wikitech.wikimedia.org's incident "
 "page of 28 March 2019 (rank 8; a timeline list, licence not in the excerpt; a lead) not used; diff.wikimedia.org's "
 "archived blog post of 5 July 2010 (rank 4 of the query above) carries the same paragraph Bergsma wrote, as a blog "
 "post whose archive notice names no licence, so the Signpost's quotation was taken. Bergsma, Tampa and the Wikimedia "
 "Foundation in texts on other Wikimedia matters (the Amsterdam overheating of March 2010, train); 'power failures in "
 "the internal', 'Wikimedia Techblog', 'Technology_report', 'Danese Cooper', 2010-07-05: " + CHECKED + ".", "US",
 licence=LIC_3, version="3.0", copy_of="the Signpost page, as signpost.news renders it",
 origin="English Wikipedia, Signpost, copy (page store)", who="Wikipedia contributors (The Signpost)",
 published="2010-07-05", truncated=True))

# ---- internet service provider, US: Netcom (en.wikipedia.org's '= Title =' rendering, undated) --------------------
NETCOM = [
 "NETCOM On-Line Communication Services, Inc. was an Internet service provider headquartered in San Jose, "
 "California.",
 "Netcom was established in 1988 by Bob Rieger, an information systems engineer for Lockheed and Bill Gitow of System "
 "V. The company started off in San Jose, California as a service to allow local students to access university "
 "networks off-campus. The original accounts were all dialup shell accounts on Intel 80386 Tandy PCs running Xenix, "
 "with email addresses in the format of user@netcom.com. Netcom soon served 95% of the San Francisco Bay Area. They "
 "later expanded to serve other areas and replaced the Tandy PCs with equipment from Sun Microsystems.",
 "When first launched, Rieger was the only system administrator for the company. Users would call him early in the "
 "morning to fix Internet access issues until he hired night staff. In 1992, the company was incorporated.",
 "As the World Wide Web became more popular, and users were looking for an easy way to surf the Web, Netcom released "
 "a Windows 3.1 based program called NetCruiser (originally it was to be called Internet Xpress, but there were legal "
 "issues with calling it by that name, so it was changed in the latter part of development - although the email "
 "addresses were still kept user@ix.netcom.com). The NetCruiser service became very popular and made Netcom one of "
 "the leading Internet service providers by the mid-1990s. Netcom also had business T1, Frame Relay, UUCP, and "
 "dedicated dialup services.",
 "In February 1995, Rieger turned the presidency of Netcom over to David W. Garrison, formerly of SkyTel. Under his "
 "direction, the company ventured into the business services market with web hosting and high-speed business "
 "connectivity products."]
KEPT["wp-netcom-united-states"] = ("netcom-enwiki.txt", NETCOM)
R.append(wp("wp-netcom-united-states", "Netcom (United States)", "https://en.wikipedia.org/wiki/Netcom_(United_States)",
 "\n\n".join(NETCOM),
 "internet service provider", ["history", "founding", "products", "leadership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (a recent scrape; no date or "
 "revision id held). Cut: the title line '= Netcom (United States) ='; the infobox lines ('NETCOM On-Line "
 "Communication Services', '- Logo: NETCOM logo.svg', '- Type: Public', '- Fate: Merged with ICG Communications', "
 "'- Founder: Bob Rieger', '- Successor: ICG Communications, Mindspring', '- Industry: Internet service provider'), "
 "so ICG Communications and MindSpring are not in the text; the section heading '==Early history=='; the words the "
 "excerpt breaks off in ('On Sep'), so the text ends after '... high-speed business connectivity products.' "
 "(`truncated`; a cut at a paragraph end: the article goes on to its listing and its merger with ICG). No citation "
 "markers in this rendering. No word added or changed. Kept as written: 'NETCOM On-Line Communication Services, Inc. "
 "was an Internet service provider headquartered in San Jose, California.', 'Netcom was established in 1988 by Bob "
 "Rieger, an information systems engineer for Lockheed and Bill Gitow of System V.' (no comma after 'Lockheed'), "
 "'San Jose, California as a service' (no comma), 'dialup shell accounts on Intel 80386 Tandy PCs running Xenix', "
 "'user@netcom.com', 'Netcom soon served 95% of the San Francisco Bay Area.', 'replaced the Tandy PCs with equipment "
 "from Sun Microsystems', 'In 1992, the company was incorporated.', 'a Windows 3.1 based program called NetCruiser' "
 "(no hyphen), 'originally it was to be called Internet Xpress', 'development - although' (a hyphen for a dash), "
 "'user@ix.netcom.com', 'by the mid-1990s', 'business T1, Frame Relay, UUCP, and dedicated dialup services', 'In "
 "February 1995, Rieger turned the presidency of Netcom over to David W. Garrison, formerly of SkyTel.' 275 words. No "
 "outage and no near-miss of one told (Users calling Rieger 'to fix Internet access issues' tells no outage). "
 "Recorded CC BY-SA 4.0 (the '= Title =' renderings are recent scrapes, as batches 54zu-61c recorded them; doubtful: "
 "no revision id). Found at rank 1 of the query 'Netcom On-Line Communication Services internet service provider San "
 "Jose founded 1988 Bob Rieger Wikipedia'; articles.latimes.com (rank 2; news), anastrophe.com and mikemann.com "
 "(ranks 3 and 6; personal pages on other providers), vdoc.pub and zlibrary.to (ranks 4 and 7; a copyrighted book) "
 "and docslib.org (ranks 5 and 8; a book's afterword, lecture slides) not used. Netcom's own history is a matter "
 "apart from MindSpring's purchase of it in February 1999 (dev's wp-mindspring names Netcom only there). Rieger, "
 "Gitow, NetCruiser, 'David W. Garrison', 'Internet Xpress': " + CHECKED + " ('Netcom' in texts on other matters: "
 "China Netcom and Asia Netcom, MindSpring's purchase; 'Rieger' only in other people's names; SkyTel, Lockheed and "
 "Sun Microsystems only in GATHERING.md's lead lists or texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[1][2]', '[edit]', '[citation needed]') and
    with the copy's quotation-box pipes read as the bare quotation marks ('“ | ' -> '“', ' | ” |' -> '”'), whitespace
    runs as one space."""
    s = re.sub(r"\s*\[(\d+|edit|citation needed)\](\s*:\s*[A-Z]?\d+(\u2013[A-Z]?\d+)?)?", "", s)
    s = s.replace("\u201c | ", "\u201c").replace(" | \u201d |", "\u201d")
    return " ".join(s.split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped, quotation-box pipes read as the bare
    marks and whitespace runs compared as one space; returns problems."""
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
