#!/usr/bin/env python3
"""Batch 40m (session 41; helper gather41m): English Wikinews (CC BY 2.5) 'Business Brief for ...' pages of December
2005 — a games publisher's advertising deal with an in-game advertising broker and the advertisers and game makers
signed with the broker, a staffing company's chairman and CEO and a consultancy's principal on a worker shortage,
a World Bank lead economist on the economic cost of bird flu, and a UK task force's chairman on EU regulation —
taken from the toscaData R package (github.com/Docma-TU/toscaData: data/economy.rda), the Wikinews lane of batches
37e, 37h, 37m, 37r, 37v, 38e, 38j, 40f and 40j, to batch 40j's lead list of unused briefs (ID27268, ID27299, ID27398,
ID27456, ID27621, ID27908, ID28004, ID28084, ID28171, ID28512, ID28605, ID37804), each read in full. Each brief holds
one item; kept are the four clean ones of about 120 words or more:
- ID28512: THQ's deal with the advertising company Massive Network, the advertisers and game makers signed on
  (20 December 2005; a leading table-of-contents <div>, the item heading and a trailing '=' cut);
- ID28171: a worker shortage despite layoffs at General Motors and Ford, Manpower's chairman and CEO Jeff Joerres,
  a Deloitte principal on a Deloitte Consulting / National Association of Manufacturers survey (16 December 2005;
  the item heading, a table-of-contents <div> and a trailing '=' cut);
- ID28004: Milan Brahmbhatt, World Bank lead economist for East Asia and the Pacific, on bird flu (14 December 2005;
  the brief's opening line, the item heading and a trailing '=' cut);
- ID27299: a UK government sponsored report on EU regulation, the task force's chairman David Arculus, the EU
  Commission under president Jose Manuel Barroso (5 December 2005; opening line, heading and trailing '=' cut).
No word added or changed: only the leading residue (opening line / <div> / '== ==' heading) and a trailing '=' cut.
usage: batch40m.py [POOL_DIR] [--dry]   (TOSCA_DIR as toscadata_lib's docstring
describes; default /tmp/gather39e/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("TOSCA_DIR", "/tmp/gather39e/tosca")
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41m/pool"
INTRO = "These are short blurbs about current events in the business world."
TOC = '<div class="floatright" style="max-width:27em;"> __TOC__ </div>'
TAIL = [(r"\s*=\Z", "")]

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID28512": ("media/video games", "mixed", "advertising deal,partnership", TOC + " == THQ signs with Massive Network ==",
             TAIL,
             "The brief's leading table-of-contents markup ('<div class=\"floatright\" style=\"max-width:27em;\"> __TOC__ "
             "</div>') and its one item's heading ('== THQ signs with Massive Network ==') cut at the start, the "
             "trailing '=' (markup residue) cut at the end; the article's \"Coca-Cola machine's\" kept. A games "
             "publisher signing with an in-game advertising broker, with the advertisers and game makers signed on."),
 "ID28171": ("staffing/labour market", "US", "labour market,survey,leadership",
             "== Layoffs continue but many employers say there is a worker shortage == "
             '<div class="floatright" style="width:27em;"> __TOC__ </div>', TAIL,
             "The brief's one item heading ('== Layoffs continue but many employers say there is a worker shortage ==') "
             "and the table-of-contents markup after it ('<div class=\"floatright\" style=\"width:27em;\"> __TOC__ "
             "</div>') cut at the start, the trailing '=' cut at the end; the article's 'shrortage' kept. Layoffs at two "
             "carmakers against a worker shortage, a staffing company's chairman and CEO, and a consultancy principal "
             "on a manufacturers' survey."),
 "ID28004": ("economics/public health", "mixed", "pandemic,economic impact",
             INTRO + " == A World Bank lead economist speaks on Bird Flu ==", TAIL,
             "The brief's opening line ('" + INTRO + "') and its one item's heading ('== A World Bank lead economist "
             "speaks on Bird Flu ==') cut at the start, the trailing '=' cut at the end; the quoted '\"this could "
             "entail ...' (lower case) and 'the sort of staggering of figure of' kept as written. A World Bank "
             "economist on the economic cost of a flu pandemic."),
 "ID27299": ("government/regulation", "non-US", "regulation,policy",
             INTRO + " == EU too quick to introduce new rules, UK study says ==", TAIL,
             "The brief's opening line ('" + INTRO + "') and its one item's heading ('== EU too quick to introduce new "
             "rules, UK study says ==') cut at the start, the trailing '=' cut at the end. A UK government sponsored "
             "report on EU regulation, its task force's chairman, and the EU Commission under its president."),
}


def main():
    return records(SEL, truncated=False)


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
