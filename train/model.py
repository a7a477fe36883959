"""MiniLM (BERT) encoder + casing-shape embedding + linear tagger, in plain PyTorch.

A small self-contained BERT implementation (identical maths to HF BertModel, erf GELU,
post-LayerNorm) so the ONNX export is simple and independent of transformers' internals.
Weights are loaded from the encoder's model.safetensors (HF BERT names).
"""
from __future__ import annotations

import json
import math
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

from nerlib import LABELS, SHAPE_CLASSES


class BertLayer(nn.Module):
    def __init__(self, h, heads, inter, eps):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(h, h)
        self.k = nn.Linear(h, h)
        self.v = nn.Linear(h, h)
        self.o = nn.Linear(h, h)
        self.ln1 = nn.LayerNorm(h, eps=eps)
        self.i = nn.Linear(h, inter)
        self.out = nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(0.1)
        self.attn_drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, s, h = x.shape
        d = h // self.heads

        def split(t):
            return t.view(b, s, self.heads, d).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        att = self.attn_drop(torch.softmax(att, dim=-1))
        ctx = torch.matmul(att, v).transpose(1, 2).reshape(b, s, h)
        x = self.ln1(x + self.drop(self.o(ctx)))
        y = self.out(F.gelu(self.i(x)))
        return self.ln2(x + self.drop(y))


class Bert(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        h = cfg["hidden_size"]
        eps = cfg.get("layer_norm_eps", 1e-12)
        self.word = nn.Embedding(cfg["vocab_size"], h)
        self.pos = nn.Embedding(cfg["max_position_embeddings"], h)
        self.typ = nn.Embedding(cfg["type_vocab_size"], h)
        self.ln = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(0.1)
        self.layers = nn.ModuleList(
            [BertLayer(h, cfg["num_attention_heads"], cfg["intermediate_size"], eps) for _ in range(cfg["num_hidden_layers"])]
        )

    def forward(self, input_ids, attention_mask):
        s = input_ids.shape[1]
        pos = torch.arange(s, device=input_ids.device).unsqueeze(0)
        # token_type_ids are all zeros: use row 0 of the type embedding
        x = self.word(input_ids) + self.pos(pos) + self.typ.weight[0]
        x = self.drop(self.ln(x))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def load_hf(self, state):
        m = {
            "embeddings.word_embeddings.weight": "word.weight",
            "embeddings.position_embeddings.weight": "pos.weight",
            "embeddings.token_type_embeddings.weight": "typ.weight",
            "embeddings.LayerNorm.weight": "ln.weight",
            "embeddings.LayerNorm.bias": "ln.bias",
        }
        sub = {
            "attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
            "attention.output.dense": "o", "attention.output.LayerNorm": "ln1",
            "intermediate.dense": "i", "output.dense": "out", "output.LayerNorm": "ln2",
        }
        for i in range(len(self.layers)):
            for a, b in sub.items():
                for p in ("weight", "bias"):
                    m[f"encoder.layer.{i}.{a}.{p}"] = f"layers.{i}.{b}.{p}"
        new = {}
        for k, v in state.items():
            k2 = k[5:] if k.startswith("bert.") else k
            if k2 in m:
                new[m[k2]] = v
        missing, unexpected = self.load_state_dict(new, strict=False)
        assert not missing, missing
        return self


class NerModel(nn.Module):
    def __init__(self, cfg, use_shape=True, shape_dim=16, dropout=0.1, num_labels=len(LABELS)):
        super().__init__()
        self.use_shape = use_shape
        self.bert = Bert(cfg)
        self.shape_emb = nn.Embedding(SHAPE_CLASSES, shape_dim)
        self.drop = nn.Dropout(dropout)
        self.cls = nn.Linear(cfg["hidden_size"] + shape_dim, num_labels)

    def forward(self, input_ids, attention_mask, shape_ids):
        h = self.bert(input_ids, attention_mask)
        s = self.shape_emb(shape_ids)
        if not self.use_shape:
            s = s * 0.0  # same graph/shape, casing information ignored
        return self.cls(self.drop(torch.cat([h, s.to(h.dtype)], dim=-1)))


def load_encoder_config(model_dir):
    with open(os.path.join(model_dir, "config.json")) as f:
        return json.load(f)


def build(model_dir, use_shape=True, pretrained=True, layers=None, num_labels=len(LABELS)):
    """The tagger on the encoder in model_dir; `layers` keeps only that many encoder layers
    (a distilled student, see distil.py; its weights come from the student's run)."""
    cfg = load_encoder_config(model_dir)
    if layers is not None:
        assert not pretrained, "a student's weights come from its run, not the encoder"
        cfg = dict(cfg, num_hidden_layers=layers)
    m = NerModel(cfg, use_shape=use_shape, num_labels=num_labels)
    if pretrained:
        from safetensors.torch import load_file

        m.bert.load_hf(load_file(os.path.join(model_dir, "model.safetensors")))
    return m
