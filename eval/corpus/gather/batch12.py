#!/usr/bin/env python3
"""Batch 12: Wikinews 'Economy and business' articles from the toscaData R package that no earlier batch used:
acquisitions and disposals, partnerships, products and their providers, and chief executives, chairmen and finance
directors at banks, airlines, carmakers, telecoms and retailers, most of them outside the US.
Candidates: a keyword scan of the whole dump (economy and politics sets) for ids not named in any gold file, gather
script, pool record or GATHERING.md, titles not already in the corpus, 120+ words; every text was read.
Edits are listed per item: only conversion residue (infobox/category words at the start, '=== heading ===' markers,
link residue such as 'left', spaces inside words split by a link) is removed, and a sentence that lost linked words
in the conversion is cut (the note says which); no word is added.
usage: batch12.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write_all
from toscadata_lib import load, selected

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
HEAD = (r"\s*===\s*[^=]+?\s*===\s*", "\n\n")
# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID17631": ("retail/sportswear", "mixed", "deal,leadership", "", [HEAD], "Two '=== heading ===' lines turned into paragraph breaks."),
 "ID59668": ("steel", "non-US", "deal,leadership", "", [], ""),
 "ID45142": ("media/broadcasting", "non-US", "deal,leadership", "Canadian news", [(r"channel s\b", "channels")],
             "Leading category words 'Canadian news' cut; 'channel s' (split by a link) joined."),
 "ID53942": ("telecoms", "non-US", "deal,leadership", "New Zealand", [], "Leading category words 'New Zealand' cut."),
 "ID15438": ("energy/fuel retail", "non-US", "deal,leadership", "", [], ""),
 "ID76681": ("rail transport", "non-US", "deal,leadership", "", [], ""),
 "ID61258": ("media/radio", "non-US", "deal,leadership", "Canadian news", [(r"\s+left Montreal based", " Montreal based")],
             "Leading category words 'Canadian news' and the image residue 'left' cut."),
 "ID119538": ("banking", "non-US", "markets,leadership", "2008 financial crisis", [], "Leading category words '2008 financial crisis' cut."),
 "ID120251": ("banking", "non-US", "restructuring,deal,leadership", "", [(r"Franco -Belgian", "Franco-Belgian")], "'Franco -Belgian' (split by a link) joined."),
 "ID162413": ("airlines", "non-US", "restructuring,earnings,leadership", "Ireland", [], "Leading category word 'Ireland' cut."),
 "ID2453200": ("autos", "mixed", "regulatory,leadership", "Economy and business", [], "Leading category words 'Economy and business' cut."),
 "ID78020": ("tech/mobile", "non-US", "product,leadership", "", [], ""),
 "ID59763": ("tech/mobile", "non-US", "product,deal,leadership", "", [], ""),
 "ID116482": ("banking", "non-US", "deal,regulatory", "2008 financial crisis", [], "Leading category words '2008 financial crisis' cut."),
 "ID127605": ("airlines", "non-US", "deal,product,leadership", "Aviation",
              [(r"Indonesia n state-owned", "Indonesian state-owned"), (r"Boeing s\.", "Boeings."), (r"A330-200 s,", "A330-200s,")],
              "Leading category word 'Aviation' cut; 'Indonesia n', 'Boeing s', 'A330-200 s' (split by links) joined."),
 "ID50195": ("telecoms", "mixed", "earnings,product,leadership", "",
             [(r"\n\nBT said it still harbours ambitions to conquer America, despite the failure of the 'Concert ' partnership with V in the 1990s\.", ""),
              (r"DAB -IP", "DAB-IP")],
             "One sentence cut where the partner's linked name was lost ('BT said it still harbours ambitions ... with V in the 1990s.'); 'DAB -IP' joined."),
}


def rec(k, ti, pub, url, sector, region, topics, text, note):
    return {"id": slug(ti, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{ti}', {url} (text via the toscaData R package, Koppers et al., github.com/Docma-TU/toscaData)",
            "published": pub, "title": ti, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": "wikinews (toscaData R package)", "notes": note}


def records(sel, truncated=None):
    """The pool records of the toscaData articles `sel` picks ({id: (sector, region, topics, cut, subs, note)}, as
    toscadata_lib.selected reads it), loaded, cleaned and attributed; `truncated`, when given, is set on every record
    (the later Wikinews batches state it: their texts are whole articles)."""
    recs = [rec(*x) for x in selected(load(), sel)]
    if truncated is not None:
        for r in recs:
            r["truncated"] = truncated
    return recs


def main():
    return records(SEL)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
