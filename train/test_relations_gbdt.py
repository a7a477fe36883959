"""relations_gbdt.py's ONNX form gives scikit-learn's probabilities (trees alone and averaged with a regression).

    cd train && /work/venvs/typing/bin/python test_relations_gbdt.py
"""
import os
import tempfile

import numpy as np
import onnxruntime as ort
from sklearn.ensemble import HistGradientBoostingClassifier

from relations_gbdt import save


def check(mix):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(600, 12)).astype(np.float32)
    x[:, 5] = (x[:, 5] > 0.3)  # a 0/1 feature, like most of the scorer's
    y = ((x[:, 0] + x[:, 5] * x[:, 1] + 0.3 * rng.normal(size=600)) > 0.4).astype(int)
    model = HistGradientBoostingClassifier(max_iter=60, max_leaf_nodes=7, early_stopping=False,
                                           random_state=0).fit(x, y)
    want = model.predict_proba(x)[:, 1]
    linear = None
    if mix:
        linear = (rng.normal(size=12).astype(np.float32), np.float32(-0.2))
        want = (want + 1 / (1 + np.exp(-(x.astype(np.float64) @ linear[0] + linear[1])))) / 2
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "relations.onnx")
        save(path, model, x.shape[1], "test", linear)
        sess = ort.InferenceSession(path)
        got = sess.run(["probability"], {"features": x})[0]
    assert got.shape == (600, 1), got.shape
    diff = float(np.abs(got[:, 0] - want).max())
    assert diff < 1e-4, diff
    assert 0.2 < want.mean() < 0.8 and want.std() > 0.1  # the check compares something that varies
    return diff


if __name__ == "__main__":
    print(f"trees: largest difference {check(False):.2e}; mix: {check(True):.2e}")
