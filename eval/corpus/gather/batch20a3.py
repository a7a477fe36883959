#!/usr/bin/env python3
"""Batch 20a part 3 (one text found after parts 1 and 2 were committed and first-looked): a PDA and smartphone maker,
its products and platforms, bought by Hewlett-Packard, its brand ended by HP's chief executive and its trademark sold
(Palm, Inc.) — English Wikipedia as the search tool's page store holds it (CC BY-SA 4.0). Same record format and edits
as batch20a.py (its `wp` helper).
usage: batch20a3.py [POOL_DIR] [--dry]   (default /tmp/gat20a-tmp/pool3)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch20a import wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat20a-tmp/pool3"


def items():
    return [wp("wp-palm-inc-hewlett-packard-acquisition", "Palm, Inc.", "https://en.wikipedia.org/wiki/Palm,_Inc.",
               "https://en.wikipedia.org/wiki/Palm,_Inc.",
               "Palm, Inc., was an American company that specialized in manufacturing personal digital assistants "
               "(PDAs) and developing software. Palm designed the PalmPilot, the first PDA successfully marketed "
               "worldwide, and was known for the Treo 600, one of the earlier successful smartphones. Palm developed the "
               "Palm OS software for PDAs and smartphones released under its line of Palm-branded devices and also "
               "licensed to other PDA manufacturers.\n\n"
               "The company was also responsible for the first versions of webOS, the first multitasking operating "
               "system for smartphones, and enyo.js, a framework for HTML5 apps. In July 2010, Palm was purchased by "
               "Hewlett-Packard (HP), and in 2011 announced a new range of webOS products. However, after poor sales, HP "
               "CEO Léo Apotheker announced in August 2011 that it would end production and support of Palm and webOS "
               "devices, marking the end of the Palm brand after 19 years. In October 2014, HP sold the Palm trademark "
               "to a shelf corporation tied to the Chinese electronics firm TCL Corporation.",
               "consumer electronics", ["deal", "leadership", "product"],
               "The lead as the page store holds the article (a plain-text rendering with '= Palm, Inc. =' and '== "
               "History =='; its infobox names 'Hewlett Packard Enterprise, HP Inc.' as successors, so the revision is "
               "after 2015; undated, recorded CC BY-SA 4.0 as batch 19d did); the infobox lines (among them 'Key "
               "People: Jon Rubinstein (former SVP and general manager), Donna Dubinsky, Ed Colligan' and 'Parent: "
               "U.S. Robotics (1995–1997), 3Com (1997–2000), Hewlett-Packard (2010–2011)') cut; cut before 'History', "
               "whose first sentence the excerpt breaks off.", region="US")]


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)
