#!/usr/bin/env python3
"""Per-rule ablation: what each named extraction rule adds on the corpus.

Scores a newskg binary with ../shared/eval/score.py once with every rule on, then once per rule
(`newskg rules` lists them) with that rule switched off (NEWSKG_DISABLE_RULES=NAME, the
environment form of `--disable-rules`), and writes a table of the differences: the macro F1 and
each category's F1 with every rule on minus with the rule off: the rule's contribution. A
positive delta means the rule adds; 0 (no change) that switching it off changed no score.

Splits: `dev` and `train` are eval/corpus/dev and eval/corpus/train; `shared` is the dev set of
../shared/eval (score.py's default gold); `news-train` is eval/news-train (invented news-style
articles meant for development). Never the corpus test split, eval/news-check or eval/invented.
To save time, --train-if runs train (and --shared-if runs shared, --news-train-if runs
news-train) only for rules whose dev contribution is <= 0 (the rule does not add on dev), the
only ones the retirement rule needs those figures for.

usage: eval/rule_ablation.py --bin PATH [--rules a,b] [--out FILE.json] [--markdown FILE.md]
                             [--splits dev,train,shared,news-train] [--train-if] [--shared-if]
Run from the repository root. Resumable: results already in --out are kept.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

SCORE = "../shared/eval/score.py"
GOLD = {
    "dev": ["--gold", "eval/corpus/dev"],
    "train": ["--gold", "eval/corpus/train"],
    "shared": [],
    "news-train": ["--gold", "eval/news-train"],
}
CATEGORIES = ["entities", "roles", "relations", "outages", "dates"]


def score(binary, split, disabled):
    """score.py's JSON for one split with the rules `disabled` (comma-separated) switched off."""
    env = dict(os.environ)
    env.pop("NEWSKG_DISABLE_RULES", None)
    if disabled:
        env["NEWSKG_DISABLE_RULES"] = disabled
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        path = f.name
    try:
        p = subprocess.run(
            [sys.executable, SCORE, "--bin", binary, *GOLD[split], "--json", path],
            env=env, capture_output=True, text=True,
        )
        if p.returncode != 0:
            raise SystemExit(f"rule_ablation: score.py on {split} with {disabled or 'nothing'} off failed:\n{p.stderr[-2000:]}")
        with open(path) as f:
            return json.load(f)
    finally:
        os.unlink(path)


def summary(result):
    """The macro F1 and each category's F1 (and P, R, pred counts, to tell 'no change' apart)."""
    out = {"macro": result["macro_f1"]}
    for c in CATEGORIES:
        out[c] = result[c]["f1"]
    out["sig"] = [[result[k][x] for x in ("p", "r", "pred")] for k in sorted(result) if k != "macro_f1"]
    return out


def rule_names(binary):
    p = subprocess.run([binary, "rules"], capture_output=True, text=True, check=True)
    rows = []
    for line in p.stdout.splitlines():
        name, _, what = line.partition("  ")
        rows.append((name.strip(), what.strip()))
    return rows


def delta(off, base, key):
    """The rule's contribution: the score with it on minus the score with it off."""
    return round(base[key] - off[key], 4)


def markdown(results, rules):
    lines = [
        "| rule | dev macro | entities | roles | relations | outages | dates | train macro | news-train macro | shared macro | shared worst category |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    base = results["base"]
    for name, _ in rules:
        r = results["rules"].get(name)
        if not r:
            continue
        dev = r.get("dev")
        cells = [f"`{name}`"]
        if dev:
            same = dev["sig"] == base["dev"]["sig"]
            cells.append("0 (no change)" if same else f"{delta(dev, base['dev'], 'macro'):+.4f}")
            cells += [f"{delta(dev, base['dev'], c):+.4f}" for c in CATEGORIES]
        else:
            cells += ["-"] * 6
        for split in ("train", "news-train", "shared"):
            x = r.get(split)
            if not x:
                cells.append("-")
            elif x["sig"] == base[split]["sig"]:
                cells.append("0 (no change)")
            else:
                cells.append(f"{delta(x, base[split], 'macro'):+.4f}")
        x = r.get("shared")
        if x:
            worst = max(CATEGORIES, key=lambda c: base["shared"][c] - x[c])
            cells.append(f"{worst} {delta(x, base['shared'], worst):+.4f}")
        else:
            cells.append("-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--rules", help="comma-separated rule names (default: every rule `newskg rules` lists)")
    ap.add_argument("--splits", default="dev,train,shared")
    ap.add_argument("--train-if", action="store_true", help="train only where the dev contribution is <= 0")
    ap.add_argument("--shared-if", action="store_true", help="shared only where the dev contribution is <= 0")
    ap.add_argument("--news-train-if", action="store_true", help="news-train only where the dev contribution is <= 0")
    ap.add_argument("--out", default="rule-ablation.json")
    ap.add_argument("--markdown")
    a = ap.parse_args()
    splits = [s for s in a.splits.split(",") if s]
    for s in splits:
        if s not in GOLD:
            raise SystemExit(f"rule_ablation: unknown split {s!r} (dev, train, shared, news-train)")
    rules = rule_names(a.bin)
    if a.rules:
        wanted = [n.strip() for n in a.rules.split(",") if n.strip()]
        known = {n for n, _ in rules}
        for n in wanted:
            if n not in known:
                raise SystemExit(f"rule_ablation: unknown rule {n!r}")
        rules = [(n, w) for n, w in rules if n in wanted]
    results = {"base": {}, "rules": {}}
    if os.path.exists(a.out):
        with open(a.out) as f:
            results = json.load(f)
    for s in splits:
        if s not in results["base"]:
            results["base"][s] = summary(score(a.bin, s, ""))
            print(f"base {s}: macro {results['base'][s]['macro']:.4f}", flush=True)
    for name, _ in rules:
        r = results["rules"].setdefault(name, {})
        for s in splits:
            if s in r:
                continue
            conditional = {"train": a.train_if, "shared": a.shared_if, "news-train": a.news_train_if}
            if s != "dev" and "dev" in r and conditional.get(s):
                if delta(r["dev"], results["base"]["dev"], "macro") > 0:
                    continue
            started = time.time()
            r[s] = summary(score(a.bin, s, name))
            print(f"{name} off, {s}: contribution {delta(r[s], results['base'][s], 'macro'):+.4f} ({time.time() - started:.0f} s)", flush=True)
            with open(a.out, "w") as f:
                json.dump(results, f, indent=1)
    with open(a.out, "w") as f:
        json.dump(results, f, indent=1)
    table = markdown(results, rules)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(table)
    else:
        print(table)


if __name__ == "__main__":
    main()
