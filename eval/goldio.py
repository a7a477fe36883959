"""Shared by the eval/ error scripts (entity_errors, outage_errors, relation_errors, role_errors,
typing_errors): how a gold article becomes the input record `newskg extract` reads. The fields are
those ../shared/eval/score.py passes: id, text, title and published when present, and the source as
url when it is a web address."""
import json, os


def article_record(g):
    """The extract input record of gold article `g`."""
    rec = {"id": g["id"], "text": g["text"]}
    for k in ("title", "published"):
        if g.get(k):
            rec[k] = g[k]
    if str(g.get("source", "")).startswith("http"):
        rec["url"] = g["source"]
    return rec


def write_batch(path, golds):
    """Writes the gold articles `golds` to `path` as one JSONL batch for `newskg extract`."""
    with open(path, "w") as f:
        for g in golds:
            f.write(json.dumps(article_record(g)) + "\n")


def load_golds(dirs):
    """Every gold article (*.json) in the folders `dirs`, folder by folder, each in file-name order."""
    golds = []
    for d in dirs:
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".json"):
                with open(os.path.join(d, fn)) as f:
                    golds.append(json.load(f))
    return golds
