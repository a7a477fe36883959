"""Out-of-fold pair heads without the training run's PyTorch weights (thirteenth session).

    python3 train/pairs_oof_np.py --models models --pairs train/out/pairs/pairs.jsonl \
        --extra train/data/pairs_invented.jsonl --out train/out/oofnp

`pairs_oof.sh` needs the fine-tuned encoder (`run4`) and head5's cached marker vectors, which live
only on the machine that trained them. This script reads the marker vectors from the shipped
`pairs.onnx` itself (the input of its head: the hidden states at the two opening markers,
concatenated), so the encoder is exactly the shipped (uint8) one, then trains, for each of 5 folds
of the corpus train articles (sorted ids, i mod 5, as `pairs_head.py --fold`), a fresh head of the
same shape (Linear 768→384, GELU, Linear 384→26) on the other folds' pairs plus the invented pairs
(numpy; `pairs_head.py`'s recipe: positives ×5, dropout 0.1 on the input and the hidden layer,
full-batch AdamW lr 1e-3, weight decay 0.01, 300 epochs), and writes `models<k>/pairs.onnx`: the
shipped graph with its head replaced by the fold head in fp32 (the other model files are links to
`--models`). `fold_docs<k>.json` lists the articles each fold leaves out. Re-DocRED pairs (part of
head5's data) are not used: they are not on this machine.
"""
import argparse
import json
import os

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from pairslib import N_OUT, N_REL, encode, load_tokenizer, targets

MARKERS = "/Concat_4_output_0"



def marker_vectors(path, tok, recs):
    m = onnx.load(path)
    m.graph.output.append(helper.make_tensor_value_info(MARKERS, TensorProto.FLOAT, None))
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    sess = ort.InferenceSession(m.SerializeToString(), so)
    out = []
    for r in recs:
        ids, p1, p2 = encode(tok, r["text"], (r["e1"]["start"], r["e1"]["end"], r["e1"]["type"]),
                             (r["e2"]["start"], r["e2"]["end"], r["e2"]["type"]))
        feed = {"input_ids": np.array([ids], dtype=np.int64), "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
                "e1_pos": np.array([p1], dtype=np.int64), "e2_pos": np.array([p2], dtype=np.int64)}
        names = [i.name for i in sess.get_inputs()]
        logits, v = sess.run(["logits", MARKERS], {k: feed[k] for k in names})
        out.append((v[0], logits[0]))
    return np.stack([o[0] for o in out]).astype(np.float32), np.stack([o[1] for o in out]).astype(np.float32)


def gelu(x):
    from scipy.special import erf
    return 0.5 * x * (1 + erf(x / np.sqrt(2)))


def dgelu(x):
    from scipy.special import erf
    return 0.5 * (1 + erf(x / np.sqrt(2))) + x * np.exp(-0.5 * x * x) / np.sqrt(2 * np.pi)


def train_head(x, y, mask, w, epochs=300, lr=1e-3, wd=0.01, seed=13, drop=0.1):
    rng = np.random.default_rng(seed)
    d, h = x.shape[1], x.shape[1] // 2
    lim1, lim2 = 1 / np.sqrt(d), 1 / np.sqrt(h)
    params = [rng.uniform(-lim1, lim1, (d, h)).astype(np.float32), rng.uniform(-lim1, lim1, h).astype(np.float32),
              rng.uniform(-lim2, lim2, (h, N_OUT)).astype(np.float32), rng.uniform(-lim2, lim2, N_OUT).astype(np.float32)]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    b1, b2 = 0.9, 0.999
    norm = mask.sum()
    for ep in range(1, epochs + 1):
        W1, c1, W2, c2 = params
        k0 = (rng.random(x.shape) >= drop).astype(np.float32) / (1 - drop)
        x0 = x * k0
        a = x0 @ W1 + c1
        g = gelu(a)
        k1 = (rng.random(g.shape) >= drop).astype(np.float32) / (1 - drop)
        gd = g * k1
        z = gd @ W2 + c2
        s = 1 / (1 + np.exp(-z))
        dz = (s - y) * mask * w / norm
        grads = [None, None, gd.T @ dz, dz.sum(0)]
        dg = (dz @ W2.T) * k1
        da = dg * dgelu(a)
        grads[0] = x0.T @ da
        grads[1] = da.sum(0)
        for i, (p, gr) in enumerate(zip(params, grads)):
            p *= 1 - lr * wd
            m1[i] = b1 * m1[i] + (1 - b1) * gr
            m2[i] = b2 * m2[i] + (1 - b2) * gr * gr
            mh = m1[i] / (1 - b1 ** ep)
            vh = m2[i] / (1 - b2 ** ep)
            p -= lr * mh / (np.sqrt(vh) + 1e-8)
    return params


def head_logits(params, x):
    W1, c1, W2, c2 = params
    return gelu(x @ W1 + c1) @ W2 + c2


def replace_head(src, dst, params):
    """The shipped graph with every node after the marker concat replaced by the fp32 head."""
    m = onnx.load(src)
    g = m.graph
    nodes = list(g.node)
    cut = next(i for i, n in enumerate(nodes) if MARKERS in n.output) + 1
    del g.node[cut:]
    W1, c1, W2, c2 = params
    inits = [numpy_helper.from_array(np.ascontiguousarray(a, dtype=np.float32), n)
             for a, n in ((W1, "fold.W1"), (c1, "fold.b1"), (W2, "fold.W2"), (c2, "fold.b2"))]
    inits += [numpy_helper.from_array(np.array(np.sqrt(2.0), dtype=np.float32), "fold.sqrt2"),
              numpy_helper.from_array(np.array(1.0, dtype=np.float32), "fold.one"),
              numpy_helper.from_array(np.array(0.5, dtype=np.float32), "fold.half")]
    g.node.extend([
        helper.make_node("MatMul", [MARKERS, "fold.W1"], ["fold.a0"]),
        helper.make_node("Add", ["fold.a0", "fold.b1"], ["fold.a"]),
        helper.make_node("Div", ["fold.a", "fold.sqrt2"], ["fold.d"]),
        helper.make_node("Erf", ["fold.d"], ["fold.e"]),
        helper.make_node("Add", ["fold.e", "fold.one"], ["fold.e1"]),
        helper.make_node("Mul", ["fold.a", "fold.e1"], ["fold.m"]),
        helper.make_node("Mul", ["fold.m", "fold.half"], ["fold.g"]),
        helper.make_node("MatMul", ["fold.g", "fold.W2"], ["fold.z0"]),
        helper.make_node("Add", ["fold.z0", "fold.b2"], ["logits"]),
    ])
    used = {i for n in g.node for i in n.input}
    keep = [t for t in g.initializer if t.name in used]
    del g.initializer[:]
    g.initializer.extend(keep + inits)
    onnx.save(m, dst)


def full_head(x, y, mask, w, shipped, rel):
    """The recipe on all pairs, against the shipped head (same data up to Re-DocRED)."""
    full = train_head(x, y, mask, w)
    zf = head_logits(full, x)
    c = np.corrcoef(zf[rel, :N_REL].ravel(), shipped[rel, :N_REL].ravel())[0, 1]
    print(f"full head: relation logits vs shipped head, correlation {c:.3f}; mean {zf[rel, :N_REL].mean():.2f} "
          f"vs {shipped[rel, :N_REL].mean():.2f}, sd {zf[rel, :N_REL].std():.2f} vs {shipped[rel, :N_REL].std():.2f}",
          flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="models")
    ap.add_argument("--pairs", default="train/out/pairs/pairs.jsonl")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--out", default="train/out/oofnp")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", type=int, action="append", default=[], help="train only these folds (no full head)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    recs = [json.loads(l) for l in open(a.pairs)]
    recs = [r for r in recs if r["split"] == "train"] + [json.loads(l) for f in a.extra for l in open(f)]
    cache = os.path.join(a.out, "markers.npz")
    src = os.path.join(a.models, "pairs.onnx")
    if os.path.exists(cache):
        z = np.load(cache)
        x, shipped = z["x"], z["logits"]
    else:
        tok = load_tokenizer(os.path.join(a.models, "tokenizer.json"))
        x, shipped = marker_vectors(src, tok, recs)
        np.savez(cache, x=x, logits=shipped)
    ym = [targets(r) for r in recs]
    y = np.stack([t[0] for t in ym])
    mask = np.stack([t[1] for t in ym])
    w = 1 + 4 * y
    print(f"{len(recs)} pairs, markers {x.shape}", flush=True)
    rel = mask[:, 0] > 0
    if a.only:
        folds = a.only
    else:
        folds = range(a.folds)
        full_head(x, y, mask, w, shipped, rel)
    docs = sorted({r["doc"] for r in recs if not r["doc"].startswith("inv-")})
    for k in folds:
        out = {d for i, d in enumerate(docs) if i % a.folds == k}
        sel = np.array([r["doc"] not in out for r in recs])
        params = train_head(x[sel], y[sel], mask[sel], w[sel])
        md = os.path.join(a.out, f"models{k}")
        os.makedirs(md, exist_ok=True)
        for f in os.listdir(a.models):
            if f != "pairs.onnx" and not os.path.exists(os.path.join(md, f)):
                os.symlink(os.path.abspath(os.path.join(a.models, f)), os.path.join(md, f))
        replace_head(src, os.path.join(md, "pairs.onnx"), params)
        json.dump(sorted(out), open(os.path.join(a.out, f"fold_docs{k}.json"), "w"))
        zo = head_logits(params, x[~sel])
        ro = rel[~sel]
        c = np.corrcoef(zo[ro, :N_REL].ravel(), shipped[~sel][ro, :N_REL].ravel())[0, 1]
        print(f"fold {k}: {len(out)} articles out, {sel.sum()} pairs in; held-out relation logits vs shipped "
              f"(in-sample) correlation {c:.3f}", flush=True)


if __name__ == "__main__":
    main()
