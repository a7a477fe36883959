"""Gradient-boosted trees as the relation scorer, chosen out of fold on corpus train (session 34).

    python3 train/relations_gbdt.py --train train/out/rel33/train.jsonl --extra train/out/rel33/news.jsonl \
        --blend-with /tmp/news1 --models OUT_FOLDER [--version relations-...] [--settings quick]

The scorer ships as a logistic regression blended with news1's weights (relations_blend.py). Here the same
rows (relations_data.py's dumps: pattern candidates left out of the fit, every --extra row added) fit a
histogram gradient-boosted tree ensemble (scikit-learn's HistGradientBoostingClassifier), alone or averaged
with the blended logistic regression ("mix"). Every setting and threshold is compared out of fold: 5 folds by
article (sorted article ids, i mod 5), each fold decided by a model fitted on the other four plus the extra rows,
and scored at the article level (the kept relations, one direction per pair and predicate as the Rust side keeps
them, against every gold relation of the articles) as relations_oof_compare.py does. The logistic recipe
(C 0.3, blended at --alpha, threshold 0.275) is printed beside them. The best out-of-fold setting is then fitted
on all rows and written to --models as relations.onnx (an ONNX-ML TreeEnsembleRegressor whose raw sum goes
through a sigmoid; in "mix" also the logistic branch, averaged), relations.json and relations_cases.json; the
ONNX output is checked against scikit-learn's on every train row.
"""
import argparse
import json
import os

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper
from sklearn.ensemble import HistGradientBoostingClassifier

from linear_onnx import load_linear
from relations_oof_compare import counts, fit_blend, prob, read, summary
from relations_train import decision, is_rule, write_cases

SETTINGS = {
    # name: (learning rate, iterations, leaves, min samples a leaf, l2)
    "g1": (0.05, 200, 15, 20, 0.0),
    "g2": (0.05, 400, 15, 20, 0.0),
    "g3": (0.05, 200, 31, 20, 0.0),
    "g4": (0.05, 200, 15, 50, 1.0),
    "g5": (0.03, 300, 7, 30, 1.0),
    "g6": (0.1, 150, 15, 20, 1.0),
}
THRESHOLDS = [round(t, 3) for t in np.arange(0.15, 0.71, 0.025)]


def gbdt(setting, seed=0):
    lr, it, leaves, leaf, l2 = SETTINGS[setting]
    return HistGradientBoostingClassifier(learning_rate=lr, max_iter=it, max_leaf_nodes=leaves,
                                          min_samples_leaf=leaf, l2_regularization=l2, early_stopping=False,
                                          random_state=seed)


def tree_nodes(model):
    """The fitted ensemble as ONNX-ML TreeEnsembleRegressor attributes (one target, raw margin sum)."""
    att = {k: [] for k in ("nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                           "nodes_truenodeids", "nodes_falsenodeids", "target_treeids", "target_nodeids",
                           "target_ids", "target_weights")}
    for t, (pred,) in enumerate(model._predictors):
        for n, node in enumerate(pred.nodes):
            att["nodes_treeids"].append(t)
            att["nodes_nodeids"].append(n)
            if node["is_leaf"]:
                att["nodes_featureids"].append(0)
                att["nodes_values"].append(0.0)
                att["nodes_modes"].append("LEAF")
                att["nodes_truenodeids"].append(0)
                att["nodes_falsenodeids"].append(0)
                att["target_treeids"].append(t)
                att["target_nodeids"].append(n)
                att["target_ids"].append(0)
                att["target_weights"].append(float(node["value"]))
            else:
                if node["is_categorical"]:
                    raise ValueError("categorical splits are not written")
                att["nodes_featureids"].append(int(node["feature_idx"]))
                att["nodes_values"].append(float(node["num_threshold"]))
                att["nodes_modes"].append("BRANCH_LEQ")
                att["nodes_truenodeids"].append(int(node["left"]))
                att["nodes_falsenodeids"].append(int(node["right"]))
    base = float(np.asarray(model._baseline_prediction).reshape(-1)[0])
    return att, base


def save(path, model, d, name, linear=None):
    """features (batch x d) -> probability (batch x 1): the trees' sigmoid, or (mix) its mean with a logistic
    regression given as (weights, bias)."""
    att, base = tree_nodes(model)
    nodes = [helper.make_node("TreeEnsembleRegressor", ["features"], ["margin"], domain="ai.onnx.ml", n_targets=1,
                              aggregate_function="SUM", post_transform="NONE", base_values=[base], **att),
             helper.make_node("Sigmoid", ["margin"], ["p_trees" if linear is not None else "probability"])]
    inits = []
    if linear is not None:
        w, b = linear
        inits = [numpy_helper.from_array(np.asarray(w, np.float32).reshape(-1, 1), "W"),
                 numpy_helper.from_array(np.asarray(b, np.float32).reshape(1), "b"),
                 numpy_helper.from_array(np.array([0.5], np.float32), "half")]
        nodes += [helper.make_node("MatMul", ["features", "W"], ["z0"]),
                  helper.make_node("Add", ["z0", "b"], ["logit"]),
                  helper.make_node("Sigmoid", ["logit"], ["p_linear"]),
                  helper.make_node("Add", ["p_trees", "p_linear"], ["p_sum"]),
                  helper.make_node("Mul", ["p_sum", "half"], ["probability"])]
    graph = helper.make_graph(nodes, name,
                              [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", d])],
                              [helper.make_tensor_value_info("probability", TensorProto.FLOAT, ["batch", 1])], inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 3)],
                          producer_name="newskg")
    m.ir_version = 8
    onnx.checker.check_model(m)
    onnx.save(m, path)


def article_f1(rows, x, y, score, t, gold):
    return summary(counts(rows, y, decision(x, score), t, gold, set(gold)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--blend-with", required=True, help="models folder of the logistic weights blended in (news1)")
    ap.add_argument("--alpha", type=float, default=0.5)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--lr-threshold", type=float, default=0.275)
    ap.add_argument("--models", help="write the chosen scorer into this folder")
    ap.add_argument("--version", default="relations-2026-12-04-gbdt34")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()

    rows, gold = read(a.train)
    x = np.array([r["features"] for r in rows], dtype=np.float32)
    y = np.array([r["label"] for r in rows])
    extra = [r for p in a.extra for r in read(p)[0]]
    xe = np.array([r["features"] for r in extra], dtype=np.float32).reshape(-1, x.shape[1])
    ye = np.array([r["label"] for r in extra])
    fe = ~is_rule(xe)
    base = load_linear(os.path.join(a.blend_with, "relations.onnx"))
    arts = sorted(gold)
    fold = {art: i % a.folds for i, art in enumerate(arts)}
    fr = np.array([fold[r["article"]] for r in rows])
    print(f"train rows {len(rows)} ({y.sum()} right) of {len(arts)} articles ({sum(gold.values())} gold); "
          f"extra rows {len(ye)}", flush=True)

    oof = {"lr": np.zeros(len(rows))}
    for s in SETTINGS:
        oof[s] = np.zeros(len(rows))
    for k in range(a.folds):
        test = fr == k
        fit_rows = ~test & ~is_rule(x)
        xf, yf = np.vstack([x[fit_rows], xe[fe]]), np.concatenate([y[fit_rows], ye[fe]])
        w, b = fit_blend(xf, yf, a.c, base, a.alpha)
        oof["lr"][test] = prob(x[test], w, b)
        for s in SETTINGS:
            oof[s][test] = gbdt(s).fit(xf, yf).predict_proba(x[test])[:, 1]
        print(f"fold {k} done", flush=True)

    results = []
    print("| scorer | threshold | article P / R / F1 (kept, right, gold) | candidate F1 |")
    print("| --- | --- | --- | --- |")
    sm = article_f1(rows, x, y, oof["lr"], a.lr_threshold, gold)
    print(f"| lr (V's recipe) | {a.lr_threshold} | {sm['art'][0]:.3f} / {sm['art'][1]:.3f} / {sm['art'][2]:.3f} "
          f"({sm['kept']}, {sm['right']}, {sm['gold']}) | {sm['cand'][2]:.3f} |")
    for s in SETTINGS:
        for kind, score in (("trees", oof[s]), ("mix", (oof[s] + oof["lr"]) / 2)):
            best = max(((article_f1(rows, x, y, score, t, gold), t) for t in THRESHOLDS),
                       key=lambda v: v[0]["art"][2])
            sm, t = best
            results.append((sm["art"][2], s, kind, t))
            print(f"| {s} {kind} | {t} | {sm['art'][0]:.3f} / {sm['art'][1]:.3f} / {sm['art'][2]:.3f} "
                  f"({sm['kept']}, {sm['right']}, {sm['gold']}) | {sm['cand'][2]:.3f} |", flush=True)
    f, s, kind, t = max(results)
    print(f"chosen: {s} {kind} at {t} (out-of-fold article F1 {f:.3f})")
    if not a.models:
        return
    fit_rows = ~is_rule(x)
    xf, yf = np.vstack([x[fit_rows], xe[fe]]), np.concatenate([y[fit_rows], ye[fe]])
    model = gbdt(s).fit(xf, yf)
    linear = fit_blend(xf, yf, a.c, base, a.alpha) if kind == "mix" else None
    path = os.path.join(a.models, "relations.onnx")
    save(path, model, x.shape[1], a.version, linear)
    want = model.predict_proba(x)[:, 1]
    if linear is not None:
        want = (want + prob(x, *linear)) / 2
    got = ort.InferenceSession(path).run(None, {"features": x})[0][:, 0]
    diff = float(np.abs(got - want).max())
    print(f"ONNX vs scikit-learn on {len(x)} train rows: largest difference {diff:.2e}")
    if diff > 1e-3:
        raise SystemExit("the written model does not reproduce scikit-learn's probabilities")
    meta = {"version": a.version, "features": int(x.shape[1]), "threshold": float(t), "kind": f"gbdt-{kind}",
            "settings": dict(zip(("learning_rate", "max_iter", "max_leaf_nodes", "min_samples_leaf", "l2"),
                                 SETTINGS[s])),
            "chosen_by": "out-of-fold article F1 on the train rows (5 folds by article)", "oof_article_f1": f}
    json.dump(meta, open(os.path.join(a.models, "relations.json"), "w"), indent=1)
    write_cases(os.path.join(a.models, "relations_cases.json"), x, got, ~is_rule(x))
    print(f"wrote {a.models}/relations.onnx, relations.json, relations_cases.json")


if __name__ == "__main__":
    main()
