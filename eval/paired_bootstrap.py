#!/usr/bin/env python3
"""How sure is a difference between two systems on a small gold folder? A paired bootstrap over articles.

Each system is a binary, optionally with a models folder (NEWSKG_MODELS) and extra environment settings. Every
article is scored on its own by ../shared/eval/score.py (the contract scorer, unchanged), and its per-category
counts are recovered from score.py's --json output (precision x predicted, recall x gold). Summing the counts over
all articles gives the folder's own figures (the script checks its macro against a whole-folder score.py run when
asked with --check). Then articles are drawn with replacement, the same draw for both systems, and the macro F1 of
each system is recomputed from the summed counts of the draw: the spread of B - A says how much of a difference
the choice of articles alone could make.

usage:
  python3 eval/paired_bootstrap.py --gold DIR --a BIN[,MODELS] --b BIN[,MODELS] [--env-a K=V] [--env-b K=V]
      [--samples 2000] [--seed 1] [--jobs 2] [--cache DIR] [--check] [--json OUT] [--part LIST]
With --part LIST (a file of article ids or gold paths, one per line) the same figures follow for the listed articles
and for the rest, each with its own draws: for instance the judge-set articles that already existed when a shipped
model was chosen on them and those added since (`git ls-tree --name-only REV eval/corpus/dev/ > LIST`), so that a
kind whose old figure was selected on can be read apart from text no choice has seen.
example (the shipped binary against the same binary with a copy of models/):
  python3 eval/paired_bootstrap.py --gold eval/corpus/dev --a target/release/newskg \\
      --b target/release/newskg,/tmp/my-models --cache /tmp/pb-cache
"""
import argparse
import concurrent.futures as cf
import functools
import hashlib
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

MAIN = ["entities", "roles", "relations", "outages", "dates"]
SCORE = os.environ.get("NEWSKG_SCORE_PY", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       "..", "..", "shared", "eval", "score.py"))


@functools.lru_cache(maxsize=None)
def scorer():
    """../shared/eval/score.py as a module (its precision/recall/F1 rule is the contract's, not a copy)."""
    if not os.path.exists(SCORE):
        sys.exit(f"score.py not found at {SCORE} (set NEWSKG_SCORE_PY)")
    spec = importlib.util.spec_from_file_location("newskg_contract_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1(tp_p, n_p, tp_g, n_g):
    """F1 from summed counts, by score.py's own `prf` (nothing predicted and nothing to find scores 1)."""
    return scorer().prf(tp_p, n_p, tp_g, n_g)[2]


def macro(counts):
    """counts: category -> [tp_pred, n_pred, tp_gold, n_gold] summed over articles."""
    return sum(f1(*counts.get(c, (0, 0, 0, 0))) for c in MAIN) / len(MAIN)


def counts_of(report):
    """score.py --json figures of one article back to counts (P and R are rounded to 4 places: exact
    for the counts of one article)."""
    out = {}
    for c in MAIN:
        r = report.get(c)
        if r is None:
            continue
        out[c] = [round(r["p"] * r["pred"]), r["pred"], round(r["r"] * r["gold"]), r["gold"]]
    return out


class System:
    def __init__(self, spec, env_pairs):
        parts = spec.split(",", 1)
        self.binary = os.path.abspath(parts[0])
        self.models = os.path.abspath(parts[1]) if len(parts) > 1 else None
        self.env = dict(os.environ)
        if self.models:
            self.env["NEWSKG_MODELS"] = self.models
        for kv in env_pairs:
            if "=" not in kv:
                sys.exit(f"--env-a/--env-b takes KEY=VALUE, got {kv!r}")
            k, v = kv.split("=", 1)
            self.env[k] = v
        for path in (self.binary, self.models):
            if path and not os.path.exists(path):
                sys.exit(f"no such file or folder: {path}")
        # a cached article is reused only while the binary and every model file are unchanged
        stamps = [os.path.getmtime(self.binary)]
        if self.models:
            stamps += [os.path.getmtime(os.path.join(self.models, f)) for f in sorted(os.listdir(self.models))]
        self.key = hashlib.sha256(
            (spec + "|" + "|".join(sorted(env_pairs)) + "|" + ",".join(map(str, stamps))).encode()
        ).hexdigest()[:16]

    def score_one(self, gold_file, cache):
        aid = os.path.basename(gold_file)[:-5]
        cached = os.path.join(cache, self.key, aid + ".json") if cache else None
        if cached and os.path.exists(cached):
            with open(cached) as f:
                return aid, json.load(f)
        with tempfile.TemporaryDirectory(prefix="newskg-pb-") as tmp:
            gold = os.path.join(tmp, "gold")
            os.mkdir(gold)
            shutil.copy(gold_file, gold)
            out = os.path.join(tmp, "report.json")
            env = dict(self.env, TMPDIR=tmp)
            p = subprocess.run([sys.executable, SCORE, "--bin", self.binary, "--gold", gold, "--json", out],
                               capture_output=True, text=True, env=env)
            if p.returncode != 0:
                raise RuntimeError(f"score.py failed on {gold_file}: {(p.stderr or p.stdout)[-1500:]}")
            with open(out) as f:
                counts = counts_of(json.load(f))
        if cached:
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            with open(cached, "w") as f:
                json.dump(counts, f)
        return aid, counts


def score_all(system, files, jobs, cache, label):
    done = {}
    with cf.ThreadPoolExecutor(max_workers=jobs) as ex:
        futs = [ex.submit(system.score_one, f, cache) for f in files]
        for i, fut in enumerate(cf.as_completed(futs), 1):
            aid, counts = fut.result()
            done[aid] = counts
            if sys.stderr.isatty():
                print(f"\r{label}: {i}/{len(files)} articles scored", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return done


def summed(per_article, ids):
    total = {}
    for aid in ids:
        for c, v in per_article[aid].items():
            t = total.setdefault(c, [0, 0, 0, 0])
            for k in range(4):
                t[k] += v[k]
    return total


def percentile(sorted_vals, q):
    if not sorted_vals:
        return float("nan")
    k = min(len(sorted_vals) - 1, max(0, int(round(q * (len(sorted_vals) - 1)))))
    return sorted_vals[k]


def bootstrap(a, b, ids, samples, seed):
    """Paired draws of articles: for each draw, B - A of macro and of each main category."""
    rng = random.Random(seed)
    diffs = {c: [] for c in ["macro"] + MAIN}
    for _ in range(samples):
        draw = [ids[rng.randrange(len(ids))] for _ in ids]
        ca, cb = summed(a, draw), summed(b, draw)
        diffs["macro"].append(macro(cb) - macro(ca))
        for c in MAIN:
            diffs[c].append(f1(*cb.get(c, (0, 0, 0, 0))) - f1(*ca.get(c, (0, 0, 0, 0))))
    out = {}
    for c, vals in diffs.items():
        vals.sort()
        out[c] = {"low": percentile(vals, 0.025), "high": percentile(vals, 0.975),
                  "share_b_better": sum(v > 0 for v in vals) / len(vals),
                  "share_equal": sum(v == 0 for v in vals) / len(vals)}
    return out


def read_part(path):
    """The article ids a --part file lists: one id or gold path per line (a .json suffix and folders dropped)."""
    try:
        with open(path) as f:
            lines = [ln.strip() for ln in f]
    except OSError as e:
        sys.exit(f"--part {path}: {e.strerror}")
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return {os.path.basename(ln)[:-5] if ln.endswith(".json") else os.path.basename(ln) for ln in lines}


def report(per_a, per_b, ids, samples, seed):
    """Prints the paired bootstrap of B against A on the articles `ids` and returns its figures."""
    res = bootstrap(per_a, per_b, ids, samples, seed)
    ca, cb = summed(per_a, ids), summed(per_b, ids)
    ma, mb = macro(ca), macro(cb)
    print(f"{len(ids)} articles, {samples} paired draws (seed {seed})")
    print(f"macro A {ma:.3f}  B {mb:.3f}  B - A {mb - ma:+.3f}")
    print(f"{'':<10}{'B - A':>8}{'95% low':>9}{'high':>7}{'P(B>A)':>8}{'P(=)':>7}")
    for c in ["macro"] + MAIN:
        d = (mb - ma) if c == "macro" else f1(*cb.get(c, (0, 0, 0, 0))) - f1(*ca.get(c, (0, 0, 0, 0)))
        r = res[c]
        print(f"{c:<10}{d:>+8.3f}{r['low']:>+9.3f}{r['high']:>+7.3f}{r['share_b_better']:>8.2f}"
              f"{r['share_equal']:>7.2f}")
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="folder of gold articles (GOLD_FORMAT.md)")
    ap.add_argument("--a", required=True, help="system A: BIN or BIN,MODELS_DIR")
    ap.add_argument("--b", required=True, help="system B: BIN or BIN,MODELS_DIR")
    ap.add_argument("--env-a", action="append", default=[], help="KEY=VALUE for system A (repeatable)")
    ap.add_argument("--env-b", action="append", default=[], help="KEY=VALUE for system B (repeatable)")
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", help="keep each article's counts here (per system) and reuse them")
    ap.add_argument("--check", action="store_true", help="also run score.py on the whole folder per system "
                    "and fail if its macro differs from the summed per-article counts")
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("--part", help="file of article ids or gold paths: also report the listed articles and the rest")
    a = ap.parse_args()
    scorer()
    listed = read_part(a.part) if a.part else None
    if a.samples < 1:
        sys.exit("--samples must be at least 1")
    if not os.path.isdir(a.gold):
        sys.exit(f"--gold {a.gold}: not a folder")
    files = sorted(os.path.join(a.gold, f) for f in os.listdir(a.gold) if f.endswith(".json"))
    if not files:
        sys.exit(f"no gold files in {a.gold}")
    sa, sb = System(a.a, a.env_a), System(a.b, a.env_b)
    try:
        per_a = score_all(sa, files, a.jobs, a.cache, "A")
        per_b = score_all(sb, files, a.jobs, a.cache, "B")
    except RuntimeError as e:
        sys.exit(str(e))
    ids = sorted(per_a)
    ma, mb = macro(summed(per_a, ids)), macro(summed(per_b, ids))
    if a.check:
        for label, s, m in (("A", sa, ma), ("B", sb, mb)):
            with tempfile.TemporaryDirectory(prefix="newskg-pb-") as tmp:
                out = os.path.join(tmp, "all.json")
                p = subprocess.run([sys.executable, SCORE, "--bin", s.binary, "--gold", a.gold, "--json", out],
                                   capture_output=True, text=True, env=dict(s.env, TMPDIR=tmp))
                if p.returncode != 0:
                    sys.exit(f"score.py failed on {a.gold}: {p.stderr[-1500:]}")
                with open(out) as f:
                    whole = json.load(f)["macro_f1"]
            if abs(whole - m) > 5e-4:
                sys.exit(f"system {label}: summed per-article macro {m:.4f} differs from score.py's {whole:.4f}")
            print(f"check: system {label} per-article sum {m:.4f} = score.py on the folder {whole:.4f}")
    res = report(per_a, per_b, ids, a.samples, a.seed)
    parts = {}
    if listed is not None:
        for label, sel in (("listed in " + a.part, [i for i in ids if i in listed]),
                           ("not listed", [i for i in ids if i not in listed])):
            print(f"\n== {label}:", end=" ")
            parts[label] = report(per_a, per_b, sel, a.samples, a.seed) if sel else None
            if not sel:
                print("no article")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"articles": len(ids), "samples": a.samples, "seed": a.seed, "macro_a": ma, "macro_b": mb,
                       "diff": res, "parts": parts}, f, indent=2)


if __name__ == "__main__":
    main()
