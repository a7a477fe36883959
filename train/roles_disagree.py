"""How often would the role model override the rules? Counts, per role-features file, the positions where the
learned role model (models/roles.onnx) gives another candidate a higher probability than the rules' organisation,
and by how much.

    newskg extract --roles rules --output role-features FOLDER/ > /tmp/x-rf.jsonl
    python train/roles_disagree.py --models models /tmp/x-rf.jsonl [...]

No gold is read. For each position (article, position) whose rules' organisation is among the candidates it prints
nothing; the summary per file gives: positions, those whose rules' organisation is a candidate, how many of those
came from a pattern (feature 3), the smallest probability of the rules' organisation (a position is dropped below
none_below), how many have another candidate more probable (the gap), the largest gap, and the positions the rules
left unattached with their best candidate at or above attach_below. With --show, every override is listed.
With margin m, the model changes a position's organisation only where the gap is at least m.
"""
import argparse
import collections
import json
import os

import numpy as np
import onnxruntime as ort


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="role-features JSONL files (newskg extract --output role-features)")
    ap.add_argument("--models", default="models", help="folder with roles.onnx and roles.json")
    ap.add_argument("--show", action="store_true", help="list every position where another candidate wins")
    a = ap.parse_args()
    meta = json.load(open(os.path.join(a.models, "roles.json")))
    sess = ort.InferenceSession(os.path.join(a.models, "roles.onnx"))
    inp = sess.get_inputs()[0].name
    print(f"model {meta['version']}: margin {meta['margin']}, none_below {meta['none_below']}, "
          f"attach_below {meta['attach_below']}")
    for path in a.files:
        rows = [json.loads(line) for line in open(path)]
        if not rows:
            print(f"{path}: no positions")
            continue
        probs = sess.run(None, {inp: np.array([r["features"] for r in rows], dtype=np.float32)})[0].reshape(-1)
        groups = collections.defaultdict(list)
        for r, p in zip(rows, probs):
            groups[(r["article"], r["position"])].append((r, float(p)))
        gaps, rules_p, pattern, attach = [], [], 0, 0
        for key, cands in groups.items():
            best_row, best_p = max(cands, key=lambda c: c[1])
            ro = cands[0][0]["rules_org"]
            if ro is None:
                attach += best_p >= meta["attach_below"]
                continue
            own = [(r, p) for r, p in cands if r["name"] == ro["name"]]
            if not own:
                continue
            r0, p0 = own[0]
            rules_p.append(p0)
            pattern += r0["features"][3] == 1.0
            gaps.append(best_p - p0)
            if a.show and best_p > p0:
                print(f"  {key[0]} #{key[1]} {r0['title']}: rules {ro['name']} {p0:.3f}, "
                      f"model {best_row['name']} {best_p:.3f}")
        gaps = np.array(gaps) if gaps else np.zeros(1)
        low = min(rules_p) if rules_p else float("nan")
        print(f"{path}: positions {len(groups)}, rules' organisation a candidate {len(rules_p)} "
              f"(from a pattern {pattern}), smallest p(rules' organisation) {low:.3f}, "
              f"another candidate more probable {int((gaps > 0).sum())} (largest gap {gaps.max():.3f}), "
              f"unattached with a candidate >= attach_below {attach}")


if __name__ == "__main__":
    main()
