#!/usr/bin/env python3
"""Batch 71v (session 65; gatherer lane 71v): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-71q, kept to three British transport operators new to the corpus, turned from the leads of
rounds 71q, 71k and 71e (bus operators of the same lane not yet queried, and a shipping line): the Aldershot & District
Traction Company Limited, the bus company of East Hampshire and West Surrey from 1912 until 1972, inaugurated on 24 July
1912 when the British Automobile Traction Company Limited (a subsidiary of the British Electric Traction Company, BET)
bought the Aldershot & Farnborough Motor Omnibus Company Ltd, part of Alder Valley from 1972 (bus operators, UK); the
North Western Road Car Company, the Stockport bus company of 1923-1974, formed from the bus services of the British
Automobile Traction Company (a subsidiary of British Electric Traction) in Macclesfield, its takeover of the
Mid-Cheshire Motor Bus Company Limited in 1924, part of the National Bus Company, its depots transferred to the SELNEC
PTE in 1972 and to Crosville (bus operators, UK); and David MacBrayne Ltd, the Hebrides shipping company formed in 1851
as David Hutcheson & Co. with three partners, David Hutcheson, Alexander Hutcheson and David MacBrayne, when G. and J.
Burns passed their Hebridean fleet to their chief clerk, passed to David MacBrayne in 1878, reformed in 1928 with its
ownership divided between Coast Lines and the London, Midland and Scottish Railway, owned by the Scottish Government
and since 2006 the holding company of CalMac Ferries Ltd and Argyll Ferries Ltd (shipping lines, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Aldershot & District Traction' (undated; recorded 4.0, doubtful: no revision id),
en.wikipedia.org's '= Title =' rendering of 'North Western Road Car Company (1923)' (undated; recorded 4.0, doubtful:
no revision id) and en.wikipedia.org's page of 'David MacBrayne' at revision 695567120 (oldid in the address; a
revision of December 2015 or before, recorded 3.0). Each cut before the end of the article (all `truncated`), at a
sentence end before the sentence its excerpt breaks off in (North Western's earlier, before a sentence whose
'Warrington' names the corporation by the town's name). Edits per item in `notes` (title, site, infobox, contents,
caption and heading lines cut; paragraphs as the copy sets them apart; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather71v/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]',
'[citation needed]', and wikimili.com's spaced '[ citation needed ]') dropped and whitespace runs compared as one
space, as batches 55e-71q did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of
three: four queries, three answered with English Wikipedia text on an operator not yet in the corpus and were taken,
the rest left (round notes, /tmp/gather71v/NOTES.md; queries, /tmp/gather71v/src/queries.txt; claims,
/work/notes/gather71/CLAIMS.txt).
usage: batch71v.py [POOL_DIR] [--dry]   (default /tmp/gather71v/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71v/pool"
SRC = "/tmp/gather71v/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bus operators, UK: Aldershot & District Traction (wikimili.com's copy) ---------------------------------------
AD = [
 "Aldershot & District Traction Company Limited was a major bus company operating services in East Hampshire, West "
 "Surrey and parts of adjoining counties for sixty years during the 20th century, from 1912 until 1972 when it became "
 "part of Alder Valley.",
 "Aldershot & District was inaugurated on 24 July 1912 when the British Automobile Traction Company Limited (a "
 "subsidiary of British Electric Traction Company - BET) bought the pioneering Aldershot & Farnborough Motor Omnibus "
 "Company Ltd, whose five buses had operated services between those two towns since 1906. The initial livery was dark "
 "green and white, with the upper deck of double-deckers being a lighter green. Variations on a theme of two-tone "
 "green continued, later with cream relief replacing the white. The familiar looped fleetname was introduced in 1923 "
 "and lasted until 1968. In its early years, the company was also a general haulage contractor, operating a fleet of "
 "Foden steam lorries. In common with many other rural bus companies, it also carried parcels on its buses until the "
 "1970s."]
KEPT["wp-aldershot-district-traction"] = ("aldershot-district-traction-wikimili.txt", AD)
R.append(wp("wp-aldershot-district-traction", "Aldershot & District Traction",
 "https://wikimili.com/en/Aldershot_%26_District_Traction",
 "\n\n".join(AD),
 "transport/buses", ["history", "founding", "acquisitions", "subsidiary"],
 "The article as wikimili.com's copy of English Wikipedia holds it in the page store (wikimili.com, a mirror that "
 "serves Wikipedia articles with its own 'Last updated' and 'Contents' lines; no revision id or date held; recorded "
 "4.0 as wikimili.com's copies were in batch 71q, doubtful: no revision id or date). Cut: the title line 'Aldershot & "
 "District Traction', the site's lines 'Last updated' and 'Contents', the infobox lines ('Aldershot & District "
 "Traction', 'Industry Public transport', 'Founded24 July 1912 (1912-07-24)', 'Defunct1 January 1972 (1972-01-01)', "
 "'FateMerged with Thames Valley Traction', 'Successor Alder Valley', 'Areas served', 'Hampshire and Surrey', so the "
 "merger with Thames Valley Traction and the closing day are not in the text), the heading 'History', the image file "
 "names and captions ('An Aldershot & District ticket.', 'Aldershot and District ticket.jpg', 'Former Aldershot & "
 "District AEC Reliance bus at the 2011 Alton bus rally', 'Aldershot & District bus 370 (XHO 370), 2011 Alton bus "
 "rally.jpg', 'Dennis Lance at Alton 2008 rally', 'Dennis lance alton.jpg'); the citation markers (' [1]', ' [2]'); "
 "cut after '... carried parcels on its buses until the 1970s.', before the paragraph whose only sentence the excerpt "
 "breaks off in ('There was increasingly close co-operation between British Automobile Traction and rivals Thomas "
 "Tilling in the 1920s and, in 1928 BAT was reconstructed ... in 1942 the company was wo'; `truncated`). Paragraphs as "
 "the copy sets them apart (blank lines). No word added or changed. Kept as written: 'for sixty years during the 20th "
 "century, from 1912 until 1972 when it became part of Alder Valley', 'Aldershot & District was inaugurated on 24 July "
 "1912 when the British Automobile Traction Company Limited (a subsidiary of British Electric Traction Company - BET) "
 "bought the pioneering Aldershot & Farnborough Motor Omnibus Company Ltd' (the copy's spaced hyphen), 'whose five "
 "buses had operated services between those two towns since 1906', 'The familiar looped fleetname was introduced in "
 "1923 and lasted until 1968', 'operating a fleet of Foden steam lorries'. 170 words. No outage and no near-miss of one "
 "told (a purchase, a livery, haulage and parcels: business events). Found at rank 3 of the query 'Aldershot & "
 "District Traction Company history founded' (query 1) and again at rank 3 of query 4 (no other English Wikipedia "
 "copy answered); collection.sciencemuseumgroup.org.uk (rank 1; a museum's record, not Wikipedia's), "
 "localtransporthistory.co.uk, aldershotcivicsociety.org.uk and adbig.co.uk (not Wikipedia's), fr.knowledger.de "
 "(French), es.stringtranslate.com (Spanish) and de.wikial.top (German) not used. Aldershot, Alder Valley's company, "
 "Aldershot & Farnborough Motor Omnibus: " + CHECKED + " but 'Alder Valley' in batch 15e's Hansard written answer as "
 "a place name of another matter; British Automobile Traction and British Electric Traction in other texts (71q's "
 "Thames Valley Traction) as other matters.", "UK",
 copy_of="the Wikipedia article via wikimili.com's copy"))

# ---- bus operators, UK: North Western Road Car Company (en.wikipedia.org's rendering) -------------------------------
NW = [
 "The North Western Road Car Company was a bus company based in Stockport, England that operated services in "
 "Cheshire, Derbyshire, Lancashire, Staffordshire and West Riding of Yorkshire from 1923 until 1974.",
 "The North Western Road Car Company was formed in 1923 from the existing bus services of the British Automobile "
 "Traction Company, a subsidiary of British Electric Traction, in Macclesfield.",
 "The company operated bus services in Cheshire, Derbyshire, Lancashire, Staffordshire and West Riding of Yorkshire "
 "through a combination of growth and the acquisition of other bus companies, such as the takeover in 1924 of the "
 "Mid-Cheshire Motor Bus Company Limited, which brought new operations in Northwich and Flixton. The company also "
 "operated express coach services to London, North Wales and Yorkshire.",
 "The company later became part of the National Bus Company, which eventually split it between its neighbouring "
 "subsidiaries; its depots in Stockport, Oldham, Glossop, Altrincham and Urmston areas were transferred to the SELNEC "
 "PTE in 1972. The remaining depots and services in Cheshire were transferred to Crosville, however the services "
 "originating from Warrington to Altrincham on the direct route service 37 via Lymm Church and the indirect route "
 "service 38 via Dunham Massey, and the route to Urmston, service 42, were jointly licensed with Warrington "
 "Corporation."]
KEPT["wp-north-western-road-car-company"] = ("north-western-road-car-enwiki.txt", NW)
R.append(wp("wp-north-western-road-car-company", "North Western Road Car Company (1923)",
 "https://en.wikipedia.org/wiki/North_Western_Road_Car_Company_(1923)",
 "\n\n".join(NW),
 "transport/buses", ["history", "founding", "acquisitions", "nationalisation"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id or date held; "
 "its wording the same as wikimili.com's copy but for 'based in Stockport' and the five counties named in the lead; "
 "recorded 4.0, doubtful: no revision id or date). Cut: the title line '= North Western Road Car Company (1923) =', "
 "the infobox lines ('North Western Road Car Company (1923)', '- Parent: National Bus Company', '- Founded: 1923', '- "
 "Ceased: 1974', '- Headquarters: Stockport', '- Service Area: Cheshire, Derbyshire, Lancashire, Staffordshire, West "
 "Riding of Yorkshire', '- Service Type: Bus', '- Depots: 13'), the heading '==History=='; cut after '... were "
 "jointly licensed with Warrington Corporation.', before 'In practice Warrington only operated jointly with Crosville "
 "on the 37.' (cut so that 'Warrington', the town in the kept text, is not also the corporation's short name) and the "
 "sentence the excerpt breaks off in ('Warrington Corporation had enjoyed a good relationship with North Western ... "
 "the company's depot at Northwi'; `truncated`). No citation marker in the excerpt. Paragraphs as the rendering sets "
 "them apart (blank lines). No word added or changed. Kept as written: 'a bus company based in Stockport, England that "
 "operated services in ... West Riding of Yorkshire from 1923 until 1974' (no comma before 'that'), 'formed in 1923 "
 "from the existing bus services of the British Automobile Traction Company, a subsidiary of British Electric "
 "Traction, in Macclesfield', 'the acquisition of other bus companies, such as the takeover in 1924 of the "
 "Mid-Cheshire Motor Bus Company Limited', 'The company later became part of the National Bus Company, which "
 "eventually split it between its neighbouring subsidiaries', 'were transferred to the SELNEC PTE in 1972', 'The "
 "remaining depots and services in Cheshire were transferred to Crosville, however the services originating from "
 "Warrington ... were jointly licensed with Warrington Corporation'. 207 words. No outage and no near-miss of one told "
 "(a formation, a takeover, transfers of depots: business events). Found at rank 3 of the query 'North Western Road "
 "Car Company Stockport bus history' (query 2); wikimili.com's copy (rank 2; the garage list dropped, its lead "
 "'in five counties'), primidi.com (rank 1; an older text with a quotation site's 'Famous quotes' run in), "
 "localtransporthistory.co.uk, old-bus-photos.nwframpton.com and derbyshirevch.org (not Wikipedia's), de.wikial.top "
 "(German) and jablog.org (Japanese) not used. North Western Road Car, Mid-Cheshire Motor Bus, SELNEC: " + CHECKED +
 "; British Automobile Traction, British Electric Traction, the National Bus Company and Crosville in other texts as "
 "other matters.", "UK",
 copy_of="the Wikipedia article via en.wikipedia.org's rendering"))

# ---- shipping lines, UK: David MacBrayne (en.wikipedia.org, oldid 695567120) ----------------------------------------
DM = [
 "David MacBrayne Ltd is a company owned by the Scottish Government. Formed in 1851 as a private shipping company, it "
 "became the main carrier for freight and passengers in the Hebrides. In 1973, it was merged with Caledonian Steam "
 "Packet Company as state-owned David MacBrayne. Since 2006 it has been the holding company for ferry operators "
 "CalMac Ferries Ltd (operating as Caledonian MacBrayne) and Argyll Ferries Ltd.",
 "In 1851, Burns Brothers, G. and J. Burns of Glasgow passed their fleet of Hebridean vessels to their chief clerk, "
 "David Hutchinson. The new company, David Hutcheson & Co. had three partners, David Hutcheson, Alexander Hutcheson "
 "and David MacBrayne. In 1878, the company passed to David MacBrayne, partner and nephew of Messrs. Burns.",
 "The Company rapidly became the main carrier on the West Highland routes, providing passenger and freight services "
 "to most islands. They initially operated from Glasgow down the Firth of Clyde through the Crinan Canal to Oban and "
 "Fort William, and on through the Caledonian Canal to Inverness. They added the mail run to Islay, Harris and North "
 "Uist from Skye and then the Outer Isles run from Oban to Barra and South Uist. As each opened, they added the "
 "railheads at Oban, Mallaig, Kyle of Lochalsh and Strome Ferry.",
 "MacBraynes remained in the hands of the family until 1928, when it was unable to support a bid for the renewal of "
 "the mail contract and effectively became bankrupt. No other operator was found for the contract and the company was "
 "reformed, with ownership divided between Coast Lines and the London, Midland and Scottish Railway.",
 "The new owners rebuilt the ageing fleet with motor vessels such as MV Lochfyne, MV Lochnevis and MV Lochiel. After "
 "the Second World War, MV Loch Seaforth and MV Claymore were added."]
KEPT["wp-david-macbrayne"] = ("david-macbrayne-enwiki-oldid695567120.txt", DM)
R.append(wp("wp-david-macbrayne", "David MacBrayne", "https://en.wikipedia.org/wiki/David_MacBrayne?oldid=695567120",
 "\n\n".join(DM),
 "transport/shipping", ["history", "founding", "ownership", "holding company"],
 "The article at revision 695567120 as en.wikipedia.org's page holds it in the page store (the oldid in the address; "
 "a revision of December 2015 or before, before Wikimedia's 2023 move to CC BY-SA 4.0, recorded 3.0). Cut: the title "
 "line 'David MacBrayne', the table-like infobox lines ('Industry | Shipping |', '---|---|', 'Founded | 1851 |', "
 "'Defunct | 1973 |', 'Fate | Taken over |', 'Successor | Caledonian MacBrayne |', 'Area served | Hebrides of "
 "Scotland |'), the headings 'Formation' and 'Expansion'; the citation markers ('[1]', '[2]', '[3]'); cut after '... "
 "MV Loch Seaforth and MV Claymore were added.', before the sentence the excerpt breaks off in ('Bus services, w'; "
 "`truncated`). Paragraphs as the page sets them apart (one per line), joined with blank lines. No word added or "
 "changed. Kept as written: 'David MacBrayne Ltd is a company owned by the Scottish Government', 'In 1973, it was "
 "merged with Caledonian Steam Packet Company as state-owned David MacBrayne' (so the revision writes it), 'the "
 "holding company for ferry operators CalMac Ferries Ltd (operating as Caledonian MacBrayne) and Argyll Ferries Ltd', "
 "'Burns Brothers, G. and J. Burns of Glasgow passed their fleet of Hebridean vessels to their chief clerk, David "
 "Hutchinson' (so spelt, beside 'David Hutcheson & Co.' and 'David Hutcheson' after it), 'The new company, David "
 "Hutcheson & Co. had three partners, David Hutcheson, Alexander Hutcheson and David MacBrayne', 'In 1878, the "
 "company passed to David MacBrayne, partner and nephew of Messrs. Burns', 'MacBraynes remained in the hands of the "
 "family until 1928', 'the company was reformed, with ownership divided between Coast Lines and the London, Midland "
 "and Scottish Railway'. 296 words. No outage and no near-miss of one told (a bankruptcy, a reformation, a merger: "
 "business events; a lost mail contract). Found at rank 2 of the query 'David MacBrayne shipping company history "
 "Wikipedia' (query 3); igoaddons.eu.org (rank 1; an 'All About Ayrshire' wiki's copy with raw '<ref>' markup), "
 "zims-en.kiwix.campusafrica.gos.orange.com (rank 6; a later revision, 'David MacBrayne is a limited company', its "
 "infobox run in after the lead), absoluteastronomy.com (rank 7; an older text, lines dropped), piglix.com's "
 "'Caledonian MacBrayne' (rank 8; another article), es.knowledger.de (Spanish), wob.com (a book's blurb) and "
 "gracesguide.co.uk (not Wikipedia's) not used. David MacBrayne, Hutcheson, Coast Lines' ownership: " + CHECKED +
 " but 'Coast Lines' in GATHERING.md's lists of names; 'Caledonian MacBrayne' in train texts (batch 17b's Hansard "
 "debate, batch 58a's Pentland Ferries) as another matter (the ferry operator, not this holding company's history); "
 "the London, Midland and Scottish Railway in other texts as another matter.", "UK", v3=True,
 copy_of="the Wikipedia article (revision 695567120) via en.wikipedia.org's page"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]', '[ citation needed ]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space;
    returns problems."""
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
