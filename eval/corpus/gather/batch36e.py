#!/usr/bin/env python3
"""Batch 36e (session 37; helper gather37e): English Wikinews (CC BY 2.5) technology, internet and media business
stories from the toscaData R package's 'Economy and business' set (github.com/Docma-TU/toscaData, data/economy.rda),
the lane of batches 35k and 35n by a new scan: records whose id, title and source page no file names (train, dev
and test files, GATHERING.md, every gather script, /work/notes, the session-35/36/37 pools), 150-1,500 words, ranked
first by outage words (outage, offline, went down, crash, restored, unavailable, hack, server, shut down ...) and
then by deal and executive words, each kept text read whole for words lost with wiki links. Kept, five texts:
- ID22204: a chip maker's spokesperson on losing a computer maker as a customer for its server processor, with the
  other server makers and a rival chip maker (2005);
- ID44553: the world's biggest yellow-pages publisher threatening a wiki directory and its two co-founders, a
  newspaper's article behind the threat (2006; near-miss: a website threatened with shutdown, still up);
- ID59781: a media group telling a video site to take down clips of its owned channels, a broadcaster's deal with
  the site (2007);
- ID103770: a photo-sharing service owned by an internet company opening video to paying users, its community
  manager and the owner's spokesperson (2008);
- ID122707: a city's oldest paper ending print for an online-only edition, its owner, its online executive producer
  and two other papers closing (2009; near-miss: a print edition ended, the site kept).
Each text is toscadata_lib.clean's output; a leading place word cut where there is one; in ID44553 an image
residue word ('right') cut mid-text and an external-link bracket reduced to its link text; in ID103770 two words
split by links joined; no word added or changed.
usage: batch36e.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl made by toscadata_lib.load
from data/economy.rda and data/politics.rda of github.com/Docma-TU/toscaData; this round used /tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather34b/tosca")
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37e/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID22204": ("technology/semiconductors", "mixed", "customer,product", "", [],
             "Clean as converted; 'Hitachi NEC' (no comma) kept as written. A chip maker's unnamed spokesperson "
             "confirming that a computer maker will no longer offer servers with its Itanium processor, the makers "
             "still offering them, and a rival chip maker's lead."),
 "ID44553": ("internet/directories", "non-US", "legal,founders", "",
             [(r"trademark infringement\. right Yell is demanding", "trademark infringement. Yell is demanding"),
              (r"\[http://news\.independent\.co\.uk/media/article1096343\.ece (an article)\]", r"\1")],
             "The image residue 'right' cut between two sentences ('... trademark infringement. right Yell is "
             "demanding'); an external-link bracket reduced to its link text ('an article'); 'passing off \"' kept as "
             "written. A yellow-pages publisher's legal threat to a wiki directory and its two co-founders. Near-miss "
             "for outages: a website threatened with being shut down, still running."),
 "ID59781": ("media/internet video", "US", "content,partner,ownership", "", [],
             "Clean as converted ('generate', 'everyday' kept as written). A media group telling a video-sharing "
             "site to remove clips from its owned channels after revenue-sharing talks failed; a broadcaster's deal."),
 "ID103770": ("internet/photo sharing", "US", "product,ownership,spokesperson", "",
              [(r"video -sharing", "video-sharing"), (r"subscriber s to", "subscribers to")],
              "'video -sharing' and 'subscriber s' (split by links) joined. A photo-sharing service owned by an "
              "internet company launching video uploads for paying users, its community manager and the owner's "
              "spokesperson."),
 "ID122707": ("media/newspapers", "US", "ownership,closure,leadership", "USA", [],
              "Leading place word 'USA' cut; 'on today' kept as written. A newspaper ending its print edition to "
              "go online only, its owner that failed to find a buyer, the online paper's executive producer and two "
              "other papers closing. Near-miss for outages: a print edition ended, the website kept."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
