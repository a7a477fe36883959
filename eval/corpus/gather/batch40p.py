#!/usr/bin/env python3
"""Batch 40p (session 41; helper gather41p): English Wikinews (CC BY 2.5) company news — a car maker pulling its
advertising from gay media under a campaign group's boycott threat, with the two executives who negotiated and the
group's chairman; a wireless provider launching a streaming radio service with a software company, with the phones
it needs and a rival carrier; a magazine's corporate parent ordering its makeover, with its largest shareholder; a
Romanian oil-services company's rig seized by Iran, with its spokesman, the Iranian oil company's broker and two
presidents; a software maker's new product name claimed by a small company and its founder — taken from the
toscaData R package (github.com/Docma-TU/toscaData: data/economy.rda, data/politics.rda), the Wikinews lane of
batches 37e, 37h, 37m, 37r, 37v, 38e, 38j, 40f, 40j, 40l and 40m. Records were picked from batch 40l's lead (ID27349)
and a fresh scan of both sets for ids named in no GATHERING.md section, gather script or /work/notes file and titles
whose `batch12.slug` is in no split or /tmp/gather*/pool or gold, 120-900 words, with company, deal, launch, executive
and outage words; read in full. Kept:
- ID27349: Ford Motor Company pulling its ads from gay publications facing the American Family Association's boycott,
  Ford executives Ziad Ojakli and David Leitch, AFA chairman Donald Wildmon (December 2005; clean as converted);
- ID22411: Sprint working with RealNetworks to launch Rhapsody Radio, the Sanyo, Samsung and LG phones it needs, the
  Motorola ROKR with iTunes on Cingular Wireless (September 2005; one link-split possessive joined);
- ID16799: Gemstar-TV Guide International, the corporate parent of TV Guide, ordering the magazine's overhaul, its
  largest shareholder Rupert Murdoch's News Corporation (July 2005; clean as converted);
- ID47960: Grup Servicii Petroliere's Orizont rig boarded by Iranian troops, its spokesman Radu Petrescu, PEDCO 'a
  broker for the National Iranian Oil Company', Presidents Traian Băsescu and Mahmoud Ahmadinejad (August 2006;
  politics set; clean as converted);
- ID16821: Microsoft's 'Vista' name claimed by Vista Incorporated, founded by Wall Data founder John Wall (July 2005;
  trailing '== Related news == *' cut).
No word added or changed: one link-split possessive joined and one trailing heading residue cut.
usage: batch40p.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41p/pool"


# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID27349": ("automotive", "US", "advertising,boycott,campaign group", "", [],
             "Clean as converted ('AFA’s' with the article's own curly apostrophe; '[is]' is the article's own "
             "insertion, kept). A car maker pulling its advertising from gay publications facing a campaign group's "
             "boycott threat, the two executives who organised the negotiations, the group's chairman, and the "
             "group's earlier boycott of a media company."),
 "ID22411": ("telecoms/music", "US", "service launch,partnership,mobile", "",
             [(r"National Public Radio ’s", "National Public Radio’s")],
             "'National Public Radio ’s' (a possessive split from its link) joined to 'National Public Radio’s'; "
             "otherwise clean. A wireless provider working with a software company to launch a streaming radio "
             "service, the phones it requires, and a rival carrier's music phone."),
 "ID16799": ("media/publishing", "US", "corporate parent,shareholder,restructuring", "", [],
             "Clean as converted ('many of is subscribers' is the article's own slip, kept). A magazine's corporate "
             "parent ordering its overhaul, the parent's largest shareholder, and the magazine's rivals."),
 "ID47960": ("energy/oil services", "non-US", "asset seizure,contract dispute,government", "", [],
             "Clean as converted ('Orizont'/'Orizant' and 'Tabanesku' as written; the bracketed '[the attack]' and "
             "'[troops]' are the article's own). A Romanian oil-services company's rig in the Persian Gulf boarded "
             "by Iranian troops, its spokesman and representative, its contract dispute with Iranian oil companies, "
             "and the two countries' presidents."),
 "ID16821": ("software", "US", "trademark,product name,founder", "",
             [(r"\s*== Related news == \*\Z", "")],
             "The trailing heading residue '== Related news == *' cut at the end; otherwise clean. A software "
             "maker's name for its new operating system already used by a small company in the same city, and that "
             "company's founder."),
}


def main():
    return records(SEL, truncated=False)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
