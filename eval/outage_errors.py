#!/usr/bin/env python3
"""Outage errors by cause: every gold outage vs every predicted outage of a gold set, matched as
../shared/eval/score.py matches them (provider names, then startDate at gold's granularity,
imported from there), each mismatch put in one group:

  wrong provider (date agrees)    a prediction with gold's date names another company
      .. is a party named in gold  that company is another entity of the gold (vendor, operator,
                                   regulator) / .. not a gold entity at all
  wrong date (provider agrees)    a prediction of gold's provider carries another date:
      .. undated                  no start date at all
      .. article day              the start is the article's publication day
      .. later than gold          the start lies after gold's date (report, hearing, statement day)
      .. earlier than gold        the start lies before gold's date
      .. month-only gold          gold gives only a month or a year
      .. coarser than gold        the start is gold's month or year, gold gives a finer date
    each date group's examples (--ex) also say whether gold's date is one of the article's time
    expressions ("gold date in text") or not, and whether the predicted one is ("pred date in
    text"): a date the rules could pick vs one they cannot reach
  both wrong                      no prediction agrees on provider or date
  missed                          no prediction left at all
  split                           an extra prediction of a provider an already matched
                                  prediction has (one incident in two)
  merged                          fewer predictions of a provider than gold has incidents of it
  spurious                        a prediction matching no gold outage and no provider of one

    python3 eval/outage_errors.py BIN eval/corpus/train [eval/corpus/dev ...] [--ex] [--table]

With --ex every error is printed with its article, gold and predicted values and the evidence
sentence of the prediction; the counts per group close the output. --table adds one table of the
groups (rows) by set (columns)."""
import sys, os, json, tempfile, subprocess, collections
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score as S
from goldio import article_record  # noqa: E402


def extract(binary, g, tmp):
    rec = article_record(g)
    path = os.path.join(tmp, g["id"] + ".json")
    with open(path, "w") as f:
        json.dump(rec, f)
    p = subprocess.run([binary, "extract", path], capture_output=True, text=True)
    if p.returncode != 0:
        return None
    return json.loads(p.stdout)


def start_of(o):
    s = o.get("start")
    if isinstance(s, dict):
        return s.get("value")
    return s


def analyse(binary, gold, ex, counts, out):
    golds = []
    for fn in sorted(os.listdir(gold)):
        if fn.endswith(".json"):
            golds.append(json.load(open(os.path.join(gold, fn))))
    tmp = tempfile.mkdtemp(prefix="newskg-outerr-")
    with ThreadPoolExecutor(2) as pool:
        docs = list(pool.map(lambda g: extract(binary, g, tmp), golds))
    subprocess.run(["rm", "-rf", tmp])
    for g, d in zip(golds, docs):
        if d is None:
            continue
        gn = S.gold_names(g) if hasattr(S, "gold_names") else {S.norm(e["name"]): S.names_of(e) for e in g.get("entities", [])}
        ents = {e["name"]: {S.norm(n) for n in [e["name"]] + list(e.get("aliases") or []) if S.norm(n)}
                for e in d["entities"]}
        preds = []
        for o in d.get("outages", []):
            prov = o.get("provider")
            names = ents.get(prov, {S.norm(prov)} if prov else set())
            preds.append({"prov": prov, "names": names, "start": start_of(o), "end": o.get("end"),
                          "sent": (o.get("evidence") or {}).get("sentence", {}).get("text", "")})
        text_days = {str(t.get("value") or "") for t in d.get("times", [])}

        def in_text(v):
            return bool(v) and any(t[:len(v)] == v or v[:len(t)] == t and len(t) >= 7 for t in text_days)
        go = g.get("outages", [])
        pub = (g.get("published") or "")[:10]
        used = set()
        unmatched = []
        for x in go:
            provn = gn.get(S.norm(x["provider"]), {S.norm(x["provider"])}) if x.get("provider") else set()
            best = None
            for i, p in enumerate(preds):
                if i in used:
                    continue
                if provn and not S.match_names(p["names"], provn):
                    continue
                if x.get("date") and not S.date_ok(p["start"], x["date"]):
                    continue
                best = i
                break
            if best is None:
                unmatched.append((x, provn))
            else:
                used.add(best)
        free = [i for i in range(len(preds)) if i not in used]
        gold_party = set().union(*gn.values()) if gn else set()

        def report(group, x, p):
            counts[group] += 1
            if ex:
                gx = f"gold {x.get('provider')} @ {x.get('date')}" if x else "gold -"
                px = f"pred {p['prov']} @ {p['start']}" if p else "pred -"
                reach = ""
                if group.startswith("wrong date") or group in ("both wrong", "missed", "merged"):
                    reach = (f" [gold date in text: {'yes' if x and in_text(x.get('date')) else 'no'}"
                             + (f", pred date in text: {'yes' if p and in_text((p['start'] or '')[:10]) else 'no'}]"
                                if p else "]"))
                out.append(f"[{group}] {g['id']} (pub {pub or '-'}): {gx} | {px}{reach}"
                           + (f"\n      {p['sent'][:300]}" if p else ""))

        for x, provn in unmatched:
            same_prov = [i for i in free if provn and S.match_names(preds[i]["names"], provn)]
            same_date = [i for i in free if x.get("date") and S.date_ok(preds[i]["start"], x["date"])]
            if same_prov:
                i = same_prov[0]
                free.remove(i)
                p = preds[i]
                gd = x.get("date") or ""
                if not p["start"]:
                    kind = "undated"
                elif pub and p["start"][:10] == pub:
                    kind = "article day"
                elif len(p["start"]) < len(gd) and gd.startswith(p["start"]):
                    kind = "coarser than gold"
                elif p["start"][:len(gd)] > gd:
                    kind = "later than gold"
                elif len(gd) <= 7:
                    kind = "month-only gold"
                else:
                    kind = "earlier than gold"
                report("wrong date: " + kind, x, p)
            elif same_date:
                i = same_date[0]
                free.remove(i)
                p = preds[i]
                kind = "a gold party" if S.match_names(p["names"], gold_party) else "not a gold entity"
                report("wrong provider: " + kind, x, p)
            else:
                provs_all = [j for j in range(len(preds)) if provn and S.match_names(preds[j]["names"], provn)]
                if provs_all:
                    report("merged", x, preds[provs_all[0]])
                elif free:
                    i = free.pop(0)
                    report("both wrong", x, preds[i])
                else:
                    report("missed", x, None)
        for i in free:
            p = preds[i]
            gold_provs = [gn.get(S.norm(x["provider"]), {S.norm(x["provider"])}) for x in go if x.get("provider")]
            if any(S.match_names(p["names"], pn) for pn in gold_provs):
                report("split", None, p)
            else:
                report("spurious", None, p)
        counts["gold"] += len(go)
        counts["predicted"] += len(preds)
        counts["matched"] += len(used)


def main():
    args = [a for a in sys.argv[1:] if a not in ("--ex", "--table")]
    ex = "--ex" in sys.argv
    table = "--table" in sys.argv
    per_set = {}
    binary, sets = args[0], args[1:]
    total = collections.Counter()
    for s in sets:
        counts, out = collections.Counter(), []
        analyse(binary, s, ex, counts, out)
        if ex:
            print(f"== {s}")
            print("\n".join(out))
        print(f"-- {s}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        total.update(counts)
        per_set[s] = counts
    print("== all sets")
    for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"  {v:4d}  {k}")
    if table:
        names = [os.path.basename(s.rstrip("/")) for s in sets]
        print("\n| group | " + " | ".join(names) + " | all |")
        print("|---|" + "---|" * (len(names) + 1))
        for k, v in sorted(total.items(), key=lambda kv: -kv[1]):
            print(f"| {k} | " + " | ".join(str(per_set[s][k]) for s in sets) + f" | {v} |")


if __name__ == "__main__":
    main()
