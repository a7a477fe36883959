#!/usr/bin/env python3
"""Checks of train/relations_oof_compare.py (needs numpy, scikit-learn, onnx, onnxruntime).

    /work/venvs/typing/bin/python train/test_relations_oof_compare.py [MODELS]

The out-of-fold comparison must count the way relations_train.py and the Rust side keep relations (one direction per
pair and predicate, recall against every gold relation of the article) and compute the probability the shipped
relations.onnx gives, or its figures say nothing about the scorer. Rows and names are invented. MODELS (default
models/) lets a trial folder be checked the same way.
"""
import json
import os
import sys
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import relations_oof_compare as oc  # noqa: E402
from linear_onnx import load_linear  # noqa: E402

MODELS = os.path.join(HERE, "..", "models")


def row(article, predicate, s, o, label):
    return {"article": article, "predicate": predicate, "subject": {"name": s, "aliases": []},
            "object": {"name": o, "aliases": []}, "label": label}


class Counting(unittest.TestCase):
    def test_one_direction_per_pair_and_every_gold_relation(self):
        rows = [row("a1", "ParentOrganization", "Brindle Foods", "Ostrava Holdings", 1),
                row("a1", "ParentOrganization", "Ostrava Holdings", "Brindle Foods", 0),  # other direction, lower
                row("a1", "Partner", "Brindle Foods", "Kestrel Air", 0),                   # below the threshold
                row("a2", "Provider", "Quillnet", "Marrow Telecom", 0)]                   # kept, wrong
        y = np.array([r["label"] for r in rows])
        score = np.array([0.9, 0.6, 0.1, 0.5])
        per = oc.counts(rows, y, score, 0.275, {"a1": 3, "a2": 0}, {"a1", "a2"})
        # a1: one of the two directions kept (the right one), 1 right candidate, 3 gold; a2: one kept, none right
        self.assertEqual(per["a1"], [1, 1, 1, 3])
        self.assertEqual(per["a2"], [0, 1, 0, 0])
        sm = oc.summary(per)
        self.assertEqual((sm["kept"], sm["right"], sm["gold"]), (2, 1, 3))
        self.assertAlmostEqual(sm["art"][0], 0.5)
        self.assertAlmostEqual(sm["art"][1], 1 / 3)
        self.assertAlmostEqual(sm["cand"][1], 1.0)   # the one right candidate was kept

    def test_a_pattern_candidate_is_kept_whatever_the_model_says(self):
        x = np.zeros((1, 20), dtype=np.float32)
        x[0, 11] = 1.0   # found by a sentence pattern (relations_train.is_rule)
        rows = [row("a1", "Acquired", "Tamsin Bank", "Orrel Credit", 1)]
        d = oc.decision(x, np.array([0.01]))
        per = oc.counts(rows, np.array([1]), d, 0.275, {"a1": 1}, {"a1"})
        self.assertEqual(per["a1"], [1, 1, 1, 1])


class Probabilities(unittest.TestCase):
    def test_the_blend_at_alpha_zero_is_the_base_and_matches_the_shipped_cases(self):
        folder = sys.argv[1] if len(sys.argv) > 1 else MODELS
        base = load_linear(os.path.join(folder, "relations.onnx"))
        d = base[0].shape[0]
        rng = np.random.default_rng(3)
        x = rng.random((40, d)).astype(np.float32)
        y = (x[:, 0] > 0.5).astype(int)
        w, b = oc.fit_blend(x, y, 0.3, base, 0.0)
        np.testing.assert_allclose(w, base[0].reshape(-1), rtol=0, atol=1e-7)
        cases = json.load(open(os.path.join(folder, "relations_cases.json")))
        for c in cases:
            v = np.zeros(d, dtype=np.float32)
            for i, val in c["features"].items():
                v[int(i)] = val
            self.assertAlmostEqual(float(oc.prob(v[None, :], w, b)[0]), c["probability"], delta=1e-5)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
