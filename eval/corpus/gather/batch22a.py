#!/usr/bin/env python3
"""Batch 22a (session 23, out-of-sample check): Wikinews (CC BY 2.5) company news that no earlier batch used — a
city-wide power outage with the utility named (Mosenergo, Moscow, 25 May 2005; the rendered en.wikinews.org page
as the search tool's page store holds it) and Wikinews 'Economy and business' articles from the toscaData R package:
company deals and structure (IAC near a deal for Ask Jeeves with its earlier purchases, 2005; Google's Writely
service re-opened after its purchase, 2006; News Corp. taking control of Jamba, 2006; PayPal, eBay's subsidiary,
made the only payment method on eBay Australia, 2008; the BBC's part-sold subsidiary BBC Resources, 2008; Calpine's
bankruptcy with its subsidiaries and lenders, 2005; Toys R Us' bankruptcy and its 2005 buyers, 2017), leadership
(Adam Aircraft's founder and CEO and its funding, 2007; Labatt USA's president and its parent InBev, 2007; Alibaba's
founder at a bank's forum, 2007) — and near-misses (One-Two-Go Airlines grounding its fleet over fuel costs, no
system failure, 2008; PayPal freezing a donation account, no service lost, 2005; US Airways' unsolicited bid for
Delta, 2006).
Outages: the toscaData economy and politics sets hold no unused company outage (their outage words find plane and
helicopter crashes, as batches 8-13, 19c and 21a found); the one outage here is a rendered Wikinews page.
Edits are listed per item: conversion residue cut; converter spacing restored; no word added or changed.
usage: batch22a.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl, made by toscadata_lib.load from
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
 "ID6034": ("internet/search", "US", "deal", "", [],
            "Clean as converted. Near-miss for an acquisition: 'near a ... deal to buy' (talks, not agreed); the "
            "buyer's earlier purchases and the target's brands are told."),
 "ID47885": ("internet/software", "US", "deal", "", [],
             "Clean as converted. A named online service and the company that bought it."),
 "ID103883": ("internet/payments", "non-US", "deal,leadership", "", [],
              "Clean as converted; the text ends without a full stop ('for 21 days'), as converted."),
 "ID110057": ("aviation/airlines", "non-US", "outage,deal,leadership", "", [],
              "Clean as converted. Near-miss for outages: an airline grounding its fleet over fuel costs (a business "
              "decision, no system failure); a subsidiary and its parent are told."),
 "ID108700": ("media/broadcasting", "non-US", "deal", "",
              [(r"£ 3\.4m", "£3.4m"), (r" == Background to the Resources sale == ", "\n\n"), (r" \*$", "")],
              "The converter's spacing '£ 3.4m' restored to '£3.4m'; the section heading '== Background to the "
              "Resources sale ==' cut (a paragraph break kept in its place) and a trailing list mark '*' cut. "
              "'Newspaper The Guardian reports' kept as converted."),
 "ID2824261": ("retail", "US", "deal,leadership", "Economy and business",
               [(r"US -based", "US-based"),
                (r" E-commerce giant Amazon\.com, Walmart and are some of the competitors for the conventional 'brick "
                 r"and mortar ' toy shop, with lower priced-merchandise and fast, cheap delivery\.", "")],
               "Leading category words 'Economy and business' cut; the converter's spacing 'US -based' restored; the "
               "sentence naming the retailer's competitors cut because a linked name was lost in the conversion "
               "('Amazon.com, Walmart and are some of the competitors'). 2017 text: checked for other lost words."),
 "ID72295": ("aviation/manufacturing", "mixed", "leadership,deal", "<noinclude>",
             [(r"carbon -bodied", "carbon-bodied"), (r"very light jet s ", "very light jets ")],
             "Leading residue '<noinclude>' cut; the converter's splits 'carbon -bodied' and 'very light jet s' "
             "rejoined (a linked word split from its suffix)."),
 "ID49940": ("media/mobile", "mixed", "deal,leadership", "", [(r" == Related news == \*$", "")],
             "The trailing '== Related news == *' cut. A controlling interest bought and the buyer's subsidiaries."),
 "ID59256": ("food and drink/brewing", "mixed", "leadership,deal", "", [],
             "Clean as converted. A subsidiary's president and its parent."),
 "ID20705": ("internet/payments", "US", "outage", "right", [(r"eBay -owned", "eBay-owned")],
             "Leading image residue 'right' cut; the converter's spacing 'eBay -owned' restored. Near-miss for "
             "outages: one account frozen by a payment service (no service lost)."),
 "ID54804": ("aviation/airlines", "US", "deal,leadership", "", [],
             "Clean as converted. Near-miss for an acquisition: an unsolicited bid the target's management has not "
             "endorsed."),
 "ID28744": ("energy/electricity", "mixed", "deal", "Wikinews Today short infobox", [],
             "Leading template words 'Wikinews Today short infobox' cut. A bankruptcy told with the company's "
             "subsidiaries, lenders and contract partners."),
 "ID84513": ("internet/e-commerce", "non-US", "leadership", "", [],
             "Clean as converted; the article's wording kept ('flexible wisdoms', 'notabilities')."),
}

MOSCOW_URL = "https://en.wikinews.org/wiki/Power_crisis_in_Moscow_and_central_Russia_largest_ever_recorded"
MOSCOW_TITLE = "Power crisis in Moscow and central Russia largest ever recorded"
MOSCOW = (
 "A huge power outage occurred in Moscow today. The failure in the accumulative power supply system in Mosenergo "
 "which occurred at 11:15 a.m. local time on Wednesday, led to a power outage in all areas of the city.\n\n"
 "Power for lights failed in apartment buildings. Some lines of the Moscow underground stopped for four hours. Trams "
 "and trolley buses, electric trains of the Moscow railway also stopped. Hundreds of people were trapped in apartment "
 "building lifts. In addition to lighting problems, the homeowners have also lost their water supply, as pumping "
 "stations in Mosvodokanal also lost power because of the failure.\n\n"
 "15 big cities and five areas of Moscow suburbs, some areas of the Tula and Kaluga areas were left without "
 "electricity.\n\n"
 "At 12:00 noon, food shops in the affected areas started closing. In shops where sellers continued trading, huge "
 "queues accumulated.\n\n"
 "To avoid panic at train stations, workers with megaphones informed passengers of train movements. At train "
 "stations, reserve power supplies are being used. According to eyewitnesses, there was no electric lighting at many "
 "stations and in transitions between them. Escalators also did not work.\n\n"
 "Thursday, May 26, 2005\n\n"
 "Thursday morning trolley buses and trams still do not work in southern areas of Moscow. Despite repair work "
 "conducted during the night, it was impossible to power all trolleybus and tram lines. In total 8 tram and 25 "
 "trolleybus routes do not work. Buses will take over those routes. Besides this, in the south of Moscow there are "
 "still many disconnected apartment houses.\n\n"
 "All stations of the Moscow underground are working normally. All trains are running on schedule.\n\n"
 "The entrance to Moscow for supersize automobiles will be limited up to 14 o'clock in the afternoon.")


def moscow():
    return {"id": "wn-power-crisis-moscow-central-russia-2005", "source": MOSCOW_URL, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{MOSCOW_TITLE}', 2005-05-25, {MOSCOW_URL} (CC BY 2.5)",
            "published": "2005-05-25", "title": MOSCOW_TITLE, "text": MOSCOW, "sector": "energy/electricity",
            "region": "non-US", "topics": ["outage"], "origin": "Wikinews (page store)",
            "notes": "The rendered Wikinews article as the search tool's page store holds it (found with `search` "
                     "pages 'Wikinews Moscow blackout Mosenergo May 2005 power failure metro'). Page chrome ('From "
                     "Wikinews, the free news source you can write!', 'Jump to navigation Jump to search') and the "
                     "first date line 'Wednesday, May 25, 2005' (kept as `published`) left out; the article's second "
                     "date line 'Thursday, May 26, 2005' kept as its own paragraph (it opens the article's update). "
                     "The article's wording kept ('accumulative power supply system', 'supersize automobiles'). Cut "
                     "at the last full sentence before the excerpt stops ('The limitation was put in place yesterday "
                     "because of diffic...'; `truncated` set). The Moscow outage of 25 May 2005 is new to the corpus.",
            "truncated": True}


def main():
    d = toscadata_lib.load()
    return [moscow()] + [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
