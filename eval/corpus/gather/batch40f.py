#!/usr/bin/env python3
"""Batch 40f (session 41; helper gather41f): English Wikinews (CC BY 2.5) company news — service and product launches
with the executives, partners and analysts named, and a company sale behind a tax bill — taken from the toscaData R
package (github.com/Docma-TU/toscaData: data/economy.rda), the Wikinews lane of batches 37e, 37h, 37m, 37r, 37v, 38e
and 38j. Records were picked from batch 38e's leads (ids it read and left for the next round) and a fresh scan of the
economy set for ids named in no GATHERING.md section, gather script or /work/notes file and titles whose
`batch12.slug` is in no split or /tmp/gather*/pool or gold, 120-1,500 words, with deal, launch, executive and company
words; read in full. Kept:
- ID60496: a computer maker's desktop software for Linux, Windows and Macintosh, developed with two partners, its
  vice president of Linux and open source, a car maker's Linux agreement with one partner and an analyst (February
  2007; clean as converted);
- ID63003: an internet company's mobile search service, its senior vice president of a business unit, its photo site
  and its deals with four phone makers (March 2007; trailing residue cut);
- ID66238: Thailand's tax bill to a company set up by the ousted prime minister, after the sale of Shin Corp. to
  Temasek (April 2007; leading residue cut);
- ID59278: an internet company's new ad sales system Panama, a rival search engine and an analyst (January 2007;
  clean as converted).
No word added or changed: one leading residue and one trailing residue cut.
usage: batch40f.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41f/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID60496": ("technology/software", "US", "product launch,partnership,open source", "", [],
             "Clean as converted; the article's slip 'wholesales' kept. A computer maker's desktop software for "
             "Linux, Windows and Macintosh, developed with two partners, with its vice president of Linux and open "
             "source, a car maker's Linux agreement with one of the partners and an analyst's view."),
 "ID63003": ("technology/internet", "US", "service launch,mobile search,deals", "",
             [(r"\s*publish Archive-unreviewed\Z", "")],
             "Trailing residue 'publish Archive-unreviewed' (template words) cut; the article's two spellings "
             "'oneSearch' and 'OneSearch' kept. An internet company's mobile search service, its senior vice "
             "president of a business unit, its photo site and its deals with four phone makers."),
 "ID66238": ("finance/tax", "non-US", "tax bill,company sale,government", "Thailand", [],
             "Leading category word 'Thailand' cut; otherwise clean. Thailand's anti-corruption body ordering a tax "
             "bill to a company set up by the ousted prime minister, over shares sold before the sale of Shin Corp. "
             "to Temasek."),
 "ID59278": ("technology/internet", "US", "service launch,advertising,rivalry", "", [],
             "Clean as converted; the title's and text's slips kept ('is a progress', 'wholesales'). An internet "
             "company's new ad sales system Panama, its launch date, a rival search engine and an analyst's view."),
}


def main():
    return records(SEL, truncated=False)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
