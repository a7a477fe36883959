#!/usr/bin/env python3
"""Batch 59i (session 56; gatherer lane 59i): an English Wikipedia article (CC BY-SA) on a single outage of a service
users lost, the Wikipedia outage lane of batches 34h, 34i, 35e, 36f, 37f, 37l, 37w, 37x, 38d, 39l, 39p and 39r taken to
a telephone company's exchange fire of the 1970s, a kind of event the corpus held no Wikipedia text on: the fire of
February 27, 1975 at the New York Telephone Company switching center at 204 Second Avenue (at Thirteenth Street in
lower Manhattan), started by a short circuit just after midnight, which cut nearly all connection to the Bell System
Network, disrupted service for 175,000 customers, made calls to the Fire Department of New York fail, destroyed the
main distribution frame, and was recovered from in 23 days (1975 New York Telephone Exchange fire, the lead's two
paragraphs, from the 2017 IPFS snapshot of English Wikipedia as the page store holds it).
Why one: about twenty-five queries on the lane's targets (ransomware outages of 2018-2024, cloud and CDN outages of
2025, mobile-network outages of 2018-2021 in Britain, Japan, South Korea and France, emergency-number outages, Pacific
and Red Sea cable cuts, blackouts in Taiwan, Puerto Rico and Nigeria, the Atlanta airport outage of 2017, AT&T's
collapse of 1990, the Hinsdale fire of 1988) came back as news, blogs or vendor pages only; see the section.
The text is the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page), cut at a paragraph
end (`truncated`). Edits in `notes`; no word added or changed; `verify()` checks each kept paragraph against the saved
excerpt (/tmp/gather60i/src), citation markers dropped and whitespace runs compared as one space, as batches 58j and
59e did. newskg (or any extractor) was not run on the text (round notes, /work/notes/gather60/59i.md; queries,
/tmp/gather60i/src/queries.txt).
usage: batch59i.py [POOL_DIR] [--dry]   (default /tmp/gather60i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60i/pool"
SRC = "/tmp/gather60i/src"

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- telephone service, US: the New York Telephone Company's switching-center fire of 27 February 1975 ------------
NYTEL = [
 "The New York Telephone Exchange fire occurred on February 27, 1975 at the New York Telephone Company switching "
 "center at 204 Second Avenue (at Thirteenth Street in lower Manhattan). At this time, the building contained a local "
 "exchange (central office) used to connect local customer phone lines. The fire disrupted service for 175,000 "
 "customers, connected to the building through 105,000 service loops. Just after midnight on February 27, 1975 a "
 "short circuit on the first floor of the building started the fire. Because the cables were insulated by plastic, "
 "it spread quickly to the higher levels cutting off nearly all connection to the Bell System Network. As a result, "
 "calls to the Fire Department of New York failed because the telephone lines were disconnected. In an attempt to "
 "activate the alarm in the street, a call got through to the fire department at 12:55 A.M. However, the fire was "
 "not declared under control until 3:40 A.M. Shortly after that, the fire reignited and was officially declared "
 "under control at 4:46 AM. This was the worst single service disaster suffered by any single Bell operating company "
 "in the 20th century.",
 "The building housed fire destroyed the main distribution frame, which was significant because the building "
 "contained twelve exchanges and five toll switching machines. The events relating to the fire make it notable for "
 "a number of reasons, including the extent of the disruption, the large scale and speed of the telephone system's "
 "recovery efforts (completed in just 23 days), and its starting or speeding the adoption of fire-safety rules "
 "covering the installation of low-voltage wiring inside buildings, especially in areas that can spread fire or "
 "toxic fumes."]
KEPT["wp-1975-new-york-telephone-exchange-fire"] = ("nytel1975-ipfs.txt", NYTEL)
R.append(wp("wp-1975-new-york-telephone-exchange-fire", "1975 New York Telephone Exchange fire",
 "https://gateway.ipfs.cybernode.ai/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/"
 "1975_New_York_Telephone_Exchange_fire.html",
 "\n\n".join(NYTEL),
 "telecoms", ["outage"],
 "The article as the IPFS mirror of English Wikipedia holds it (the snapshot at "
 "QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, the same snapshot batches 25b, 26c and 30b took texts from, of "
 "2016-2017; the article under its title of then, 'Exchange' capitalised; no revision id held). Cut: the title line "
 "'1975 New York Telephone Exchange fire'; the citation markers '[1]', '[2]', '[3]' — each stood against the next "
 "sentence with no space ('... were disconnected.[1]In an attempt ...', '... at 4:46 AM. [2]This was ...'), so "
 "where a marker stood between two sentences one space is left in its place ('disconnected. In an attempt', '4:46 "
 "AM. This was'; a whitespace edit, no character of a word changed) and '(completed in just 23 days),[3] and' reads "
 "'(completed in just 23 days), and'; the heading 'History'; cut after '... that can spread fire or toxic fumes.', at "
 "the end of the lead's second paragraph, before the 'History' paragraph the excerpt breaks off inside ('... the "
 "companies used the same infrastructure for'; `truncated`). No word added or changed. Kept as written: 'occurred on "
 "February 27, 1975 at' (no comma), '204 Second Avenue (at Thirteenth Street in lower Manhattan)', 'a local exchange "
 "(central office)', 'Just after midnight on February 27, 1975 a short circuit' (no comma), 'the Bell System "
 "Network' (capital N), 'the fire department' (lower case, after 'the Fire Department of New York'), '12:55 A.M.', "
 "'3:40 A.M.' beside '4:46 AM', 'The building housed fire destroyed the main distribution frame' (a damaged sentence "
 "of the revision, not mended), 'in just 23 days'. Copies seen and not taken: wikimili.com's copy of the current "
 "article ('1975 New York Telephone exchange fire', rank 4 of its query), a later rewrite that drops the short "
 "circuit, the clock times, the Bell System Network and the Fire Department of New York (it was saved, "
 "/tmp/gather60i/src/nytel1975.txt, and would serve if the lead prefers a current revision). 'New York Telephone', "
 "'Second Avenue' with 'Thirteenth Street', '175,000 customers', 'Fire Department of New York', 'Bell System Network': "
 "0 hits in the eval/corpus gold texts and file names, the gather scripts, GATHERING.md, the session-56 pools "
 "(/tmp/gather60*/pool) and /work/notes/gather60/CLAIMS.txt as they stood when checked ('Second Avenue' only in "
 "Nashville texts; 'Telephone Exchange fire' only in an Oireachtas text of 1980 on Irish exchanges).",
 "US", v3=True, copy_of="the Wikipedia article, a 2016-2017 snapshot on the IPFS mirror"))


def _norm(s):
    """The text with each citation marker ('[1]') and the whitespace around it turned into one space, whitespace runs
    as one space (a marker standing between two sentences with no space is read as a sentence break)."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]\s*", " ", s).split()).replace(" ,", ",")


def verify():
    """Each kept paragraph must occur in the saved excerpt (see _norm); returns problems."""
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
