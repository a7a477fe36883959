#!/usr/bin/env python3
"""Writes the eval/news-check gold files: invented news-style articles with gold annotations, a CHECK set
(never train on it, never write rules or tune from its misses).

usage: articles.py OUTDIR      (normally: python3 eval/news-check/gather/articles.py eval/news-check)

The articles live in batch1.py, batch2.py, ... as calls to A(...) in eval/news-train's notation (see the
docstring of eval/news-train/gather/articles.py, whose checks and writer this script reuses). Every company,
person and product in them is invented. Besides news-train's checks, each text is short (150-300 words) or
longer (350-650 words), and no invented Company, Person or Service name collides with one in eval/news-train
(whose gold files are read for that check only)."""
import importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(os.path.dirname(HERE))


def load_base():
    """eval/news-train/gather/articles.py: the notation, the checks and the writer both sets share."""
    path = os.path.join(EVAL, "news-train", "gather", "articles.py")
    spec = importlib.util.spec_from_file_location("news_train_articles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def train_names():
    """Lower-cased Company, Person and Service names and aliases of eval/news-train's gold files."""
    names = set()
    d = os.path.join(EVAL, "news-train")
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".json"):
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                for e in json.load(f)["entities"]:
                    if e["type"] in ("Company", "Person", "Service"):
                        names.update(n.lower() for n in [e["name"]] + e["aliases"])
    return names


def main():
    base = load_base()
    base.SOURCE = "invented for newskg, 2026-12-01 (eval/news-check, check set)"
    base.PREFIX = "nc"
    base.words_ok = lambda n: 150 <= n <= 300 or 350 <= n <= 650
    taken = train_names()

    def no_train_names(a):
        return [f"name used in eval/news-train: {n!r}"
                for e in a["entities"] if e["type"] in ("Company", "Person", "Service")
                for n in [e["name"]] + e["aliases"] if n.lower() in taken]

    base.EXTRA_CHECKS.append(no_train_names)
    base.main(HERE)


if __name__ == "__main__":
    main()
