#!/usr/bin/env python3
"""Batch 24a (session 25, out-of-sample check): Wikinews (CC BY 2.5) company news that no earlier batch used, from
the 'Economy and business' set of the toscaData R package — company relations (a portal's purchase of a photo-sharing
site's owner, 2005; a chipmaker's agreed purchase of a graphics-chip maker, 2006; a tube-upgrade company in
administration with its two boards and its five shareholders, 2007; a metro operator's train order from its supplier
and its general director, 2005; a cable operator near a mobile deal with a carrier, 2004; an oil-services group's
subsidiary awarded a Navy contract, 2005), leadership (an energy trader's founder and ex-chief executive and chair,
2006; a telecoms group's founder and former CEO sentenced, with the group's renaming and agreed sale, 2005; an
airline's job cuts with its CEO, 2005; a storage-network maker's European headquarters and its CEO, 2005; a portal's
European headquarters and its senior vice president, 2005) — and outage near-misses (a portal closing an online
storage service on a set date, no failure, 2009; an airline that ceased operations and stranded passengers, a
business failure, 2005).
Outages: the toscaData economy and politics sets hold no unused company outage (as batches 8-13, 19c, 21a, 22a and
23a found); no Wikinews outage page came back from the page store either (GATHERING.md, batch 24a).
Edits are listed per item: conversion residue cut; converter spacing restored; sentences cut where a linked word was
lost; no word added or changed.
usage: batch24a.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl, made by toscadata_lib.load from
data/economy.rda of github.com/Docma-TU/toscaData, default eval/corpus/raw/toscadata)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID6048": ("internet/services", "US", "deal,leadership", "",
            [(r"\n\nYahoo! had earlier announced \[http\S+ Yahoo! 360°\], a blogging service.*$", "")],
            "The last paragraph ('Yahoo! had earlier announced [http://... Yahoo! 360°], a blogging service ...') cut "
            "because it holds a raw external-link residue. A portal's purchase of the company that owns a "
            "photo-sharing site, the site's vice president and the portal's spokeswoman."),
 "ID45944": ("technology/semiconductors", "mixed", "deal", "Technology giants and today announced plans to merge.",
             [],
             "The first sentence 'Technology giants and today announced plans to merge.' cut because the two linked "
             "company names were lost in the conversion; the rest kept as converted ('5.4 billion dollars', '7.3 "
             "billions dollars earning'). A chipmaker's agreed purchase of a graphics-chip maker."),
 "ID74633": ("transport/rail infrastructure", "non-US", "deal,outage", "",
             [(r"^Metronet, a company set up to manage the upgrade.*?from public funds\.\n\n", ""),
              (r" ==Related news== \*$", "")],
             "The first sentence ('Metronet, a company set up to manage the upgrade of three-quarters of London's tube "
             "network, has gone into (which is similar to Chapter 11 ...) ...') cut because the linked word "
             "'administration' was lost in the conversion; the trailing '==Related news== *' cut. A company's two "
             "boards asking for an administrator, its five shareholders; near-miss for outages: 'tube services will "
             "not be affected'."),
 "ID3377": ("transport/metro", "non-US", "deal,leadership", "", [],
            "Clean as converted ('Bombadier' kept as written beside 'Bombardier'). A metro operator's train order "
            "from its supplier, an earlier signalling order, its co-funder and its general director."),
 "ID2367": ("telecoms/cable and mobile", "US", "deal", "", [],
            "Clean as converted. A cable operator close to a deal with a mobile carrier (talks, no deal), its rivals "
            "and their mobile networks."),
 "ID21288": ("defence/contracting", "US", "deal", "", [(r" == Related News == \*$", "")],
             "The trailing '== Related News == *' cut. An oil-services group's subsidiary awarded a Navy repair "
             "contract, a demoted contracting officer."),
 "ID44574": ("energy/trading", "US", "leadership", "", [],
             "Clean as converted. An energy trader's former chief executive and chair dies before sentencing."),
 "ID15002": ("telecoms", "US", "leadership,deal", "", [],
             "Clean as converted. A telecoms group's founder and former CEO sentenced; the group renamed after a "
             "company it had acquired and agreed to be acquired."),
 "ID22574": ("aviation/airlines", "US", "leadership", "", [(r"^Atlanta -based", "Atlanta-based")],
             "The converter's spacing 'Atlanta -based' restored. An airline's job cuts with its CEO's pay cut, its "
             "bankruptcy filing beside a rival's."),
 "ID120465": ("internet/services", "US", "outage,deal", "", [(r"^Yahoo! 'sYHOO Briefcase", "Yahoo!'s Briefcase")],
              "The ticker-template residue 'YHOO' cut and the converter's spacing \"Yahoo! 's\" restored. Near-miss "
              "for outages: a portal closing an online storage service on a set date (a planned closure, no "
              "failure); its other services, a subsidiary site and rivals' services."),
 "ID5678": ("aviation/airlines", "non-US", "outage", "", [],
            "Clean as converted. Near-miss for outages: an airline that ceased all operations and stranded "
            "passengers (a business failure, no system failure)."),
 "ID11407": ("technology/networking", "mixed", "leadership", "<br>", [],
             "Leading residue '<br>' cut. A storage-network maker's European headquarters, its CEO and its customers."),
 "ID4606": ("internet/services", "mixed", "leadership", "", [],
            "Clean as converted ('the countries main development agency' kept as written). A portal's European "
            "headquarters, its senior vice president, the development agency and a minister."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
