"""detokeniser shared by meantime_to_pool.py and redocred_pool.py"""
import re
from sacremoses import MosesDetokenizer
MD = MosesDetokenizer("en")
CLITICS = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "'S", "N'T"}

def detok(tokens):
    toks = []
    for t in tokens:
        if t in ("``", "''", "“", "”"):
            t = '"'
        elif t == "`":
            t = "'"
        toks.append(t)
    s = MD.detokenize(toks)
    s = re.sub(r" (n't|'s|'re|'ll|'ve|'d|'m)\b", r"\1", s)
    s = re.sub(r"\b(US|CA|A|NZ|HK)\$ (?=\d)", r"\1$", s)
    s = re.sub(r"([£€]) (?=\d)", r"\1", s)
    s = re.sub(r"\s+([,.;:!?%])", r"\1", s)
    s = re.sub(r"\b([A-Z])' (?=[A-Z])", r"\1'", s)
    s = re.sub(r"(?<=\w) - (?=\w)", "-", s)
    return s

