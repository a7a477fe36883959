"""The ONNX form of the binary logistic regressions newskg ships (relation scorer, outage provider,
outage detector, role attachment), written once for their training scripts: features (batch × d)
→ MatMul W (d × 1) → Add b → Sigmoid → probability (batch × 1), opset 17, fp32. The Rust side
loads it with crates/newskg-nlp/src/recognise/linear.rs. Also the sparse form of the cases a script
writes beside a model for the Rust test that checks it gives the same probabilities. `save_softmax` is
the multi-class form of the document-level typing model (features → MatMul → Add → Softmax); `load_linear`
reads either form's weights back (for the scripts that blend a refit with the shipped model)."""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def save_logistic(path, w, b, name):
    """Writes the model with weights `w` (d numbers, or d × 1) and bias `b` (one number) to `path`."""
    w = np.asarray(w, dtype=np.float32).reshape(-1, 1)
    b = np.asarray(b, dtype=np.float32).reshape(1)
    d = w.shape[0]
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["features", "W"], ["z0"]),
         helper.make_node("Add", ["z0", "b"], ["logit"]),
         helper.make_node("Sigmoid", ["logit"], ["probability"])],
        name,
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", d])],
        [helper.make_tensor_value_info("probability", TensorProto.FLOAT, ["batch", 1])],
        [numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="newskg")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


def save_softmax(path, w, b, name):
    """Writes the multi-class model with weights `w` (d × k) and biases `b` (k numbers) to `path`: features
    (batch × d) → probabilities (batch × k), a softmax over the k classes."""
    w = np.asarray(w, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32).reshape(-1)
    d, k = w.shape
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["features", "W"], ["z0"]),
         helper.make_node("Add", ["z0", "b"], ["logits"]),
         helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)],
        name,
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", d])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", k])],
        [numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="newskg")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


def load_linear(path):
    """The weights `W` (d × 1 or d × k) and the bias `b` of a model written by `save_logistic` or `save_softmax`,
    as stored (fp32)."""
    init = {t.name: numpy_helper.to_array(t) for t in onnx.load(path).graph.initializer}
    return init["W"], init["b"]


def sparse_case(x, probability):
    """One test case: the non-zero features of the vector `x` by index, and the probability wanted."""
    return {"features": {str(i): float(v) for i, v in enumerate(x) if v != 0.0}, "probability": float(probability)}
