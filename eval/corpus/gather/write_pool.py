#!/usr/bin/env python3
"""Shared helpers: write one pool record per article and rebuild INDEX.tsv."""
import json, os, re
POOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pool")
STOP = {"a", "an", "the", "of", "to", "for", "in", "on", "and", "at", "by", "with", "as", "after", "its", "s"}

def slug(title, year, prefix, n=6):
    w = [x for x in re.findall(r"[a-z0-9]+", title.lower().replace("'", "")) if x not in STOP]
    if w and w[0] == prefix: w = w[1:]
    return "-".join([prefix] + w[:n] + ([year] if year else []))

def write(rec, pool=POOL):
    """Writes `rec` as POOL/<id>.json, its fixed keys first, and returns the path."""
    keys = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]
    out = {k: rec[k] for k in keys}
    for k in rec:
        if k not in out:
            out[k] = rec[k]
    path = os.path.join(pool, out["id"] + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path

def write_all(recs, pool=POOL, dry=False):
    """Writes every record of `recs` into `pool` (made if missing), one line per record on stdout;
    with `dry`, only the lines (what a gather script's --dry prints)."""
    if not dry:
        os.makedirs(pool, exist_ok=True)
    for r in recs:
        if not dry:
            write(r, pool)
        print(r["id"], len(r["text"].split()), r["region"], ",".join(r["topics"]))

def index():
    rows = []
    for fn in sorted(os.listdir(POOL)):
        if not fn.endswith(".json"):
            continue
        r = json.load(open(os.path.join(POOL, fn), encoding="utf-8"))
        rows.append("\t".join([r["id"], r["sector"], r["region"], ",".join(r["topics"]),
                               str(len(r["text"].split())), r["source"]]))
    with open(os.path.join(POOL, "INDEX.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tsector\tregion\ttopics\twords\tsource\n" + "\n".join(rows) + "\n")
    return len(rows)
