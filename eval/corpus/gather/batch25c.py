#!/usr/bin/env python3
"""Batch 25c (session 26, out-of-sample check): Wikinews (CC BY 2.5) company news that no earlier batch used, from
the 'Economy and business' set of the toscaData R package — company relations (a state oil company's agreed purchase
of an oil-sands company and a shareholder's lock-up, 2007; an aircraft maker's orders from a business-aviation
company and an airline, 2007; a Linux distributor chosen by China's largest bank, its partners, 2005; a jeweller's
Olympic supply deal, its acquired US chain and a winery's sponsorship, 2007; a drug maker and its partner withdrawing
a drug, 2005; a VoIP provider's 911 access agreed with a regional carrier, 2005; a baseball team's stadium naming
deal with a bank, 2006; a camera maker in bankruptcy blaming its parent's founder, 2008), leadership (an airline's
former freight vice-president jailed in a price-fixing cartel, its other managers, 2008; a conglomerate's former CEO
and CFO convicted, 2005; an airline's job cuts with its group's chairman and CEO, 2008) — and outage near-misses (a
tube strike before a football match, its contractors and the football association's chief executive, 2009; a
catering firm's crisis and a ground-crew strike grounding an airline's flights at one terminal, 2005; a bank's lost
back-up tapes, 2005; an airline grounding 128 planes over missed inspections and cancelling flights, 2015; a news
site's security hole exposing a publisher's FTP server, 2007; a charter airline's and an all-business-class airline's
shutdowns, business failures, 2008 and 2010).
Outages: the toscaData economy and politics sets still hold no unused company outage (GATHERING.md, batch 25c).
Edits are listed per item: conversion residue cut; converter spacing restored; no word added or changed.
usage: batch25c.py [POOL_DIR] [--dry]   (TOSCA_DIR: folder with economy.pkl/politics.pkl, made by
toscadata_lib.load from data/economy.rda and data/politics.rda of github.com/Docma-TU/toscaData, default
eval/corpus/raw/toscadata)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID66765": ("energy/oil", "non-US", "deal,leadership", "", [],
             "Clean as converted ('NOASC' kept as written beside 'NAOSC'). A state oil company's agreed purchase of "
             "an oil-sands company, a shareholder's lock-up agreement, the buyer's chief executive."),
 "ID71880": ("aviation/manufacturing", "non-US", "deal,leadership", "<noinclude>",
             [(r"Europe an business", "European business"), (r" jet s\b", " jets")],
             "Leading residue '<noinclude>' cut; the converter's spacing 'Europe an' and 'jet s' restored. An aircraft "
             "maker's orders from a business-aviation company and an airline, their managing director and chairman."),
 "ID9427": ("technology/software", "non-US", "deal,leadership", "", [],
            "Clean as converted ('free /open source' kept as written). A Linux distributor's software chosen by a "
            "bank, its China general manager, a telecoms maker's partnership with it and a computer maker."),
 "ID60214": ("retail/sponsorship", "non-US", "deal,leadership", "",
             [(r" ===Wines to toast Olympic \"Esprit\"=== ", "\n\n"), (r" ===Other promotions=== ", "\n\n")],
             "The section headings '===Wines to toast Olympic \"Esprit\"===' and '===Other promotions===' cut (a "
             "paragraph break kept in their place); 'Ontario pr the Okanagan' kept as written. A jeweller's Olympic "
             "supply deal, the US chain it acquired, a winery's sponsorship line, their chief executives."),
 "ID5286": ("pharmaceuticals", "mixed", "deal", "", [],
            "Clean as converted ('paitent' kept as written). A drug maker and its partner withdrawing a drug from "
            "trials."),
 "ID8687": ("telecoms/VoIP", "US", "deal,leadership,outage", "", [],
            "Clean as converted. A VoIP provider's access to a carrier's emergency-calling network, the two chairmen "
            "and CEOs; near-miss for outages: calls delivered to administrative offices (a routing practice, no "
            "failure)."),
 "ID54569": ("sport/sponsorship", "US", "deal", "", [],
             "Clean as converted ('Govener' kept as written). A baseball team's stadium naming deal with a bank."),
 "ID118401": ("consumer electronics", "US", "deal,leadership", "Crime and law left", [],
              "Leading residue 'Crime and law left' (category and layout words) cut. A camera maker's bankruptcy, "
              "its owner and the owner's founder."),
 "ID168909": ("aviation/airlines", "non-US", "outage,deal", "Canada", [],
              "Leading residue 'Canada' (a country template) cut. Near-miss for outages: a charter airline ceasing "
              "operations (a business failure); its partners, its buyer and a tour operator's parent."),
 "ID107143": ("aviation/airlines", "non-US", "outage,deal", "", [(r"Middle East ern", "Middle Eastern")],
              "The converter's spacing 'Middle East ern' restored. Near-miss for outages: an airline ceasing "
              "operations and entering administration (a business failure); its wholly owned subsidiaries."),
 "ID105845": ("aviation/airlines", "mixed", "leadership", "", [(r"Australia n flag", "Australian flag")],
              "The converter's spacing 'Australia n' restored ('McCarthy' kept as written beside 'McCaffrey'). An "
              "airline's former freight vice-president jailed over a cargo price-fixing cartel, its other freight "
              "managers and the airlines involved."),
 "ID12045": ("conglomerates", "US", "leadership", "", [(r"\n\nPublish$", "")],
             "The trailing 'Publish' (a template residue) cut. A conglomerate's former CEO and CFO convicted."),
 "ID113030": ("aviation/airlines", "US", "leadership", "", [(r"^America n airline", "American airline")],
              "The converter's spacing 'America n' restored. An airline's job cuts, its group's chairman and CEO."),
 "ID127622": ("transport/metro", "non-US", "outage,leadership", "United Kingdom", [],
              "Leading residue 'United Kingdom' (a country template) cut. Near-miss for outages: a tube strike "
              "leaving travellers without transport (a strike, no system failure); the football association's "
              "chief executive, the tube's contractors."),
 "ID18510": ("aviation/airlines", "non-US", "outage", "",
             [(r" === Affected Airlines === The following hotlines.*$", "")],
             "The last section ('=== Affected Airlines ===' and a list of telephone hotlines) cut. Near-miss for "
             "outages: a ground-crew strike grounding an airline's flights at a terminal after its caterer's crisis "
             "(a strike, no system failure)."),
 "ID5140": ("banking", "US", "outage", "", [],
            "Clean as converted. Near-miss for outages: a bank's back-up tapes lost in transport (data lost, no "
            "service lost)."),
 "ID1953770": ("aviation/airlines", "US", "outage,leadership",
               "[[File:SWA7377H4533.jpg|thumb|left|A Southwest Airlines Boeing 737–700.\n\nFrom file. aviation",
               [(r"Boeing 737 s\b", "Boeing 737s")],
               "Leading residue (an image link with its caption 'A Southwest Airlines Boeing 737–700.', 'From file.' "
               "and the category word 'aviation') cut; the converter's spacing '737 s' restored ('had not be', 'the "
               "the' kept as written). Near-miss for outages: an airline grounding planes whose inspections were "
               "overdue and cancelling flights (a maintenance lapse, no system failure); its spokesperson."),
 "ID75027": ("media/internet", "US", "outage,deal", "", [],
             "Clean as converted ('in.gov or.mil' kept as converted). Near-miss for outages: a news site's security "
             "hole exposing a publisher's FTP server and its customers' data (a data exposure, no service lost); "
             "the two media companies' collaboration."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
