#!/usr/bin/env python3
"""Batch 40j (session 41; helper gather41j): English Wikinews (CC BY 2.5) company news — an agreed acquisition with the
bought studio's founders and chairman, a state oil company's US subsidiary supplying two nonprofit distributors, a
software maker's counsel attacking a rival with its publishing and video partners, a media owner's fraud verdict with
his company's former second officer and a newspaper it once owned, and an online poker company's flotation with its
founder and brand — taken from the toscaData R package (github.com/Docma-TU/toscaData: data/economy.rda,
data/politics.rda), the Wikinews lane of batches 37e, 37h, 37m, 37r, 37v, 38e, 38j and 40f. Records were picked from
batch 40f's leads (ID11145) and a fresh scan of both sets for ids named in no GATHERING.md section, gather script or
/work/notes file and titles whose `batch12.slug` is in no split or /tmp/gather*/pool or gold, 120-1,500 words, with
deal, launch, executive and company words; read in full. Kept:
- ID27809: Paramount Pictures agreeing to buy DreamWorks SKG, its three founders and chairman, NBC Universal owned by
  GE (December 2005; the brief's opening line and its heading markup cut, a trailing '=' cut);
- ID26554: Citgo, the subsidiary of Venezuela's state-owned oil company, supplying discounted heating oil through
  Citizens Energy Corp. and the Mass Energy Consumer Alliance, its executive director, President Hugo Chávez
  (November 2005; politics set; clean as converted);
- ID61900: Microsoft's associate general counsel on Google's copyright practice, Google's publishing partners and
  its partnership with BBC and N.B.A. for YouTube (March 2007; clean as converted);
- ID74250: Conrad Black convicted of fraud against Hollinger International (now Sun-Times Media Group), its former
  second-highest officer David Radler, the Daily Telegraph once owned by Hollinger (July 2007; clean as converted);
- ID11145: Partygaming Plc's planned flotation on the London Stock Exchange, its founder Anurag Dikshit and its
  Partypoker brand (June 2005; one space inside 'Gibraltar -based' closed up).
No word added or changed: one leading residue (an intro line and a heading) and one trailing '=' cut, one split word
joined.
usage: batch40j.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41j/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID27809": ("media/film", "US", "acquisition,founders,leadership",
             "These are short blurbs about current events in the business world. == Paramount Pictures buys "
             "DreamWorks SKG ==", [(r"\s*=\Z", "")],
             "The business brief's opening line ('These are short blurbs about current events in the business "
             "world.') and its one item's heading markup ('== Paramount Pictures buys DreamWorks SKG ==') cut at the "
             "start, the trailing '=' (markup residue) cut at the end; the article's two spellings 'Geffin' and "
             "'Geffen', 'DreamWorks' and 'Dreamworks' kept. A film studio agreeing to buy another, the bought "
             "studio's founders and chairman, and a rival bidder owned by a conglomerate."),
 "ID26554": ("energy/oil", "mixed", "supply deal,nonprofits,politics", "", [],
             "Clean as converted (politics set); the article's spellings 'Chávez'/'Chavez', 'CITGO'/'Citgo' and "
             "'MassEnergyConsumer Alliance' kept. A state oil company's US subsidiary supplying discounted heating "
             "oil through two nonprofit distributors, with a congressman's talks with Venezuela's president."),
 "ID61900": ("technology/internet", "US", "copyright,rivalry,partnership", "", [],
             "Clean as converted. A software maker's associate general counsel criticising a rival search engine's "
             "copyright practice, and the rival's answer naming its publishing and video partners."),
 "ID74250": ("media/newspapers", "mixed", "fraud,court,leadership", "", [],
             "Clean as converted. A media owner convicted of fraud against his company, its former second-highest "
             "officer's testimony, his co-defendants, the prosecutor, his attorney and a newspaper the company once "
             "owned."),
 "ID11145": ("gambling/online", "non-US", "flotation,founder", "", [(r"Gibraltar -based", "Gibraltar-based")],
             "'Gibraltar -based' (split by a link) joined; otherwise clean ('worlds' kept). An online poker "
             "company's planned flotation on the London Stock Exchange, its founder and its brand."),
}


def main():
    return records(SEL, truncated=False)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
