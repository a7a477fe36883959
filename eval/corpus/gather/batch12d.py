#!/usr/bin/env python3
"""Batch 12d: one more unused Wikinews 'Economy and business' article from the toscaData R package on a leadership
change (Michael Dell's return as chief executive, 2007); no edit was needed. (ID49966, a Hewlett-Packard director's
resignation over the 2006 pretexting inquiry, was read and left out: the event is already in the corpus.)
usage: batch12d.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from toscadata_lib import load, selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
SEL = {
 "ID60019": ("tech/computers", "US", "leadership,restructuring", "", [], ""),
}


def main():
    return [rec(*x) for x in selected(load(), SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
