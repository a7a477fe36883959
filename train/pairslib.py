"""The pair classifier's contract, shared by training, export and the Rust side
(`crates/newskg-nlp/src/relate/pairs.rs` implements the same encoding).

Input: one sentence, two mentions (char offsets into the sentence, e1 before or after e2), their
entity types. The sentence is WordPiece-tokenised once (models/tokenizer.json, no special tokens);
typed markers are inserted as token ids around the mentions:

  [CLS] ... @ * <type1> * <e1 tokens> @ ... # ^ <type2> ^ <e2 tokens> # ... [SEP]

where <type> is the single vocabulary token of the lower-cased type word (person, company,
organization, service, location). A mention covers the tokens whose offsets lie inside it.
When the whole exceeds MAX_LEN tokens, a window of the sentence's tokens that holds both
mentions is kept (centred on them; just the two mentions and what lies between when that alone
is longer, capped at 512). The model reads the hidden states at the two opening
markers (`@` of e1, `#` of e2) and outputs LOGITS: 8 relation logits (REL_LABELS), 17 role
logits (ROLES) and one `current` logit; sigmoid gives each label's probability (multi-label:
a completed acquisition is both `acquired>` and `parentOrganization<`).
"""
MAX_LEN = 128
TYPES = ["Company", "Organization", "Person", "Service", "Location"]
TYPE_WORD_IDS = {"Company": 2194, "Organization": 3029, "Person": 2711, "Service": 2326, "Location": 3295}
AT, STAR, HASH, CARET = 1030, 1008, 1001, 1034
CLS, SEP, PAD = 101, 102, 0
PREDS = ["parentOrganization", "provider", "acquired", "partner"]
REL_LABELS = [p + d for p in PREDS for d in (">", "<")]
ROLES = ["ceo", "chairman", "president", "cfo", "cto", "coo", "founder", "cofounder", "director",
         "vice-president", "head", "executive", "analyst", "spokesperson", "minister", "governor", "other"]
N_REL, N_ROLE = len(REL_LABELS), len(ROLES)
N_OUT = N_REL + N_ROLE + 1
CUR = N_REL + N_ROLE


def load_tokenizer(path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(path)
    tok.no_truncation()
    tok.no_padding()
    return tok


def encode(tok, text, e1, e2):
    """(ids, e1_pos, e2_pos) for one pair; e1/e2 = (start, end, type) in chars of `text`."""
    enc = tok.encode(text, add_special_tokens=False)
    ids, offs = list(enc.ids), list(enc.offsets)
    return encode_tokens(ids, offs, e1, e2)


def encode_tokens(ids, offs, e1, e2):
    n = len(ids)

    def cover(m):
        inside = [i for i, (s, e) in enumerate(offs) if s >= m[0] and e <= m[1] and e > s]
        if not inside:  # a mention inside one token (should not happen): the overlapping token
            inside = [i for i, (s, e) in enumerate(offs) if s < m[1] and e > m[0]] or [0]
        return inside[0], inside[-1] + 1

    a0, a1 = cover(e1)
    b0, b1 = cover(e2)
    # markers add 5 + 5 tokens, [CLS] [SEP] 2
    budget = MAX_LEN - 12
    lo, hi = 0, n
    if n > budget:
        first, last = min(a0, b0), max(a1, b1)
        span = last - first
        if span >= budget:  # the mentions are far apart: keep them and what lies between (longer than MAX_LEN)
            lo, hi = first, last
        else:
            extra = budget - span
            lo = max(0, first - extra // 2)
            hi = min(n, lo + budget)
            lo = max(0, hi - budget)
    out = [CLS]
    p1 = p2 = 0
    for i in range(lo, hi + 1):
        if i == a1:
            out.append(AT)
        if i == b1:
            out.append(HASH)
        if i == a0:
            p1 = len(out)
            out.extend([AT, STAR, TYPE_WORD_IDS[e1[2]], STAR])
        if i == b0:
            p2 = len(out)
            out.extend([HASH, CARET, TYPE_WORD_IDS[e2[2]], CARET])
        if i < hi:
            out.append(ids[i])
    out.append(SEP)
    return out[:512], min(p1, 511), min(p2, 511)


def targets(rec):
    """One pair record's training targets and loss mask over the N_OUT outputs: the relation labels
    for a relation pair, the role labels (and `current` when the record says) for a role pair."""
    import numpy as np  # here, so the contract above stays importable without numpy

    y = np.zeros(N_OUT, dtype=np.float32)
    mask = np.zeros(N_OUT, dtype=np.float32)
    if rec["kind"] == "rel":
        mask[:N_REL] = 1
        for lab in rec["rels"]:
            y[REL_LABELS.index(lab)] = 1
    else:
        mask[N_REL:N_REL + N_ROLE] = 1
        for lab in rec["roles"]:
            y[N_REL + ROLES.index(lab)] = 1
        if rec["current"] is not None:
            mask[CUR] = 1
            y[CUR] = float(rec["current"])
    return y, mask


def one_pair_feed(tok, rec):
    """The graph's inputs for one pairs.jsonl record, as a batch of one (the Rust side runs pairs one at a time, so
    an int8 graph's dynamic activation scale is the pair's own)."""
    import numpy as np  # here, so the contract above stays importable without numpy

    ids, p1, p2 = encode(tok, rec["text"], (rec["e1"]["start"], rec["e1"]["end"], rec["e1"]["type"]),
                         (rec["e2"]["start"], rec["e2"]["end"], rec["e2"]["type"]))
    x = np.array([ids], np.int64)
    return {"input_ids": x, "attention_mask": np.ones_like(x), "e1_pos": np.array([p1], np.int64),
            "e2_pos": np.array([p2], np.int64)}


def cpu_session(model, threads):
    """An onnxruntime CPU session for a graph (a path or its bytes) on `threads` intra-op threads."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    return ort.InferenceSession(model, so, providers=["CPUExecutionProvider"])
