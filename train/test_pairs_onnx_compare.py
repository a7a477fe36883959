#!/usr/bin/env python3
"""Checks of train/pairs_onnx_compare.py against the shipped pair model (needs numpy, onnxruntime, tokenizers).

    /work/venvs/torch/bin/python train/test_pairs_onnx_compare.py [MODELS]

models/pairs_cases.json holds fixed invented pairs with the calibrated int8 probabilities the export script
computed (the Rust test `matches_the_training_side` reproduces them); the comparison script must measure a models
folder the same way, or its figures say nothing about what the binary does. MODELS (default models/) lets a trial
folder be checked the same way.
"""
import json
import os
import sys
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pairs_onnx_compare as cmp  # noqa: E402
from pairs_metrics import doc_level  # noqa: E402
from pairslib import N_OUT, REL_LABELS  # noqa: E402

MODELS = os.path.join(HERE, "..", "models")


def case_records(folder):
    out = []
    for c in json.load(open(os.path.join(folder, "pairs_cases.json"))):
        (s1, e1, t1), (s2, e2, t2) = c["e1"], c["e2"]
        out.append({"text": c["text"], "e1": {"start": s1, "end": e1, "type": t1},
                    "e2": {"start": s2, "end": e2, "type": t2}, "probs": c["probs"]})
    return out


class CompareTest(unittest.TestCase):
    def test_probabilities_are_the_exported_cases(self):
        recs = case_records(MODELS)
        got = cmp.probabilities(MODELS, recs, threads=1)
        want = np.array([r["probs"] for r in recs])
        self.assertEqual(got.shape, want.shape)
        self.assertLess(float(np.abs(got - want).max()), 1e-3)

    def test_a_changed_temperature_changes_the_probabilities(self):
        # the temperatures come from the folder's own pairs.json, not from a default
        import tempfile
        recs = case_records(MODELS)[:2]
        with tempfile.TemporaryDirectory() as d:
            for f in ("pairs.onnx", "tokenizer.json"):
                os.symlink(os.path.abspath(os.path.join(MODELS, f)), os.path.join(d, f))
            meta = json.load(open(os.path.join(MODELS, "pairs.json")))
            meta["temperature"] = {k: v * 3 for k, v in meta["temperature"].items()}
            json.dump(meta, open(os.path.join(d, "pairs.json"), "w"))
            hot = cmp.probabilities(d, recs, threads=1)
        cold = cmp.probabilities(MODELS, recs, threads=1)
        self.assertGreater(float(np.abs(hot - cold).max()), 0.01)

    def test_article_level_takes_the_best_sentence(self):
        # two sentences of one invented article name the same pair; one says the relation clearly
        recs = [{"doc": "d", "kind": "rel", "e1": {"ent": "a"}, "e2": {"ent": "b"}, "rels": ["provider>"], "roles": []},
                {"doc": "d", "kind": "rel", "e1": {"ent": "a"}, "e2": {"ent": "b"}, "rels": ["provider>"], "roles": []}]
        p = np.zeros((2, N_OUT))
        p[1, REL_LABELS.index("provider>")] = 0.9  # in the second sentence only
        r = doc_level(recs, p, 0.5, 0.5)["rel"]
        self.assertEqual((r["tp"], r["fp"], r["fn"]), (1, 0, 0))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        MODELS = sys.argv.pop(1)
    unittest.main()
