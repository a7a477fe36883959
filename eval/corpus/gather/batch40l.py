#!/usr/bin/env python3
"""Batch 40l (session 41; helper gather41l): English Wikinews (CC BY 2.5) company news — a film studio barring a
director from its films over his lawsuit, told by its co-chairman; a retailer ending its ties with a consultant and his
company over a political ad, with its spokesman; a drug regulator ordering two drug makers' ad off TV, with the drug's
marketing partners, rivals and a spokesman; a government banning a soft-drink maker's product, with its bottler and
the health minister; a state-owned hydroelectric company's flotation, with two finance ministers — taken from the
toscaData R package (github.com/Docma-TU/toscaData: data/economy.rda), the Wikinews lane of batches 37e, 37h, 37m,
37r, 37v, 38e, 38j, 40f and 40j. Records were picked from batches 40f/40j's leads (ID58360, ID53514, ID41246) and a
fresh scan of both sets for ids named in no GATHERING.md section, gather script or /work/notes file and titles whose
`batch12.slug` is in no split or /tmp/gather*/pool or gold, 120-1,500 words, with deal, launch, executive and company
words; read in full. Kept:
- ID58360: New Line Cinema barring Peter Jackson from its films, its co-chairman Robert Shaye (January 2007; a leading
  category residue 'New Zealand' and one damaged sentence cut);
- ID53514: Wal-Mart ending its ties with Terry Nelson and his company CrossLink Strategy Group, its spokesman David
  Tovar (October 2006; trailing '== Related news == *' cut);
- ID8259: the FDA ordering Bayer's and GlaxoSmithKline's Levitra ad off TV, Glaxo's spokesman, Schering-Plough, Pfizer's
  Viagra and Eli Lilly's Cialis (April 2005; clean as converted);
- ID127706: Venezuela banning the Coca-Cola Company's Coke Zero, the health minister, the bottler Coca-Cola Femsa
  (June 2009; clean as converted);
- ID41246: the Snowy Hydro Scheme to be floated on the Australian Stock Exchange, the NSW and federal finance ministers
  (May 2006; clean as converted).
No word added or changed: one leading residue word pair, one damaged sentence and one trailing heading residue cut.
usage: batch40l.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41l/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID58360": ("media/film", "mixed", "lawsuit,leadership,film studio", "New Zealand",
             [(r" This announcement will also mean that Mr Jackson will not be allowed to film the prequel titled to "
               r"The Lord of the Rings films he directed\.", "")],
             "The leading category word pair 'New Zealand' (residue before 'Movie studio company, ...') cut; the "
             "first paragraph's second sentence ('This announcement will also mean that Mr Jackson will not be "
             "allowed to film the prequel titled to The Lord of the Rings films he directed.') cut as damaged (a "
             "film's title lost after 'titled'). The quotes' bracketed insertions ('[but then]', '[Jackson's]', "
             "'[anything]') and '....' are the article's own, kept. A film studio barring a director from its films "
             "over his lawsuit, told by its co-chairman."),
 "ID53514": ("retail", "US", "consultancy,politics,client relationship", "",
             [(r"\s*== Related news == \*\Z", "")],
             "The trailing heading residue '== Related news == *' cut at the end; otherwise clean. A retailer ending "
             "its ties with a Republican strategist and his company over a political TV ad, with its spokesman."),
 "ID8259": ("pharmaceuticals", "US", "advertising,regulation,marketing partnership", "", [],
            "Clean as converted. A drug regulator ordering two drug makers to pull a TV ad for their drug, the "
            "makers' marketing partnership, a third company taking over one maker's part, the rivals' drugs and a "
            "spokesman."),
 "ID127706": ("food/beverages", "non-US", "product ban,bottler,government", "", [],
              "Clean as converted ('Coca Cola'/'Coca-Cola' as written). A government banning a soft-drink maker's "
              "product, the health minister, the maker's bottler, and a food company's seized plants."),
 "ID41246": ("energy/electricity", "non-US", "flotation,privatisation,government", "", [],
             "Clean as converted (the spelling 'Slyvia' and the unclosed quotation in Senator Heffernan's words "
             "are the article's own, kept). A hydroelectric company jointly owned by two states and the federal "
             "government to be floated on the stock exchange, with the NSW and federal finance ministers."),
}


def main():
    return records(SEL, truncated=False)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
