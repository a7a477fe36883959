#!/usr/bin/env python3
"""Batch 37r (session 38; helper gather38r, fourth round of the session): English Wikinews (CC BY 2.5) stories on
internet and telecom regulation and infrastructure from the toscaData R package (github.com/Docma-TU/toscaData),
beside the Wikinews lane of batches 37e, 37h and 37m but turned to regulators, internet providers, filtering and
blocking orders, network access rules and licence conditions. Both of the package's sets (economy, politics) were
scanned with every toscaData id GATHERING.md or an earlier gather script names set aside, every title whose corpus
slug is already in eval/corpus or a /tmp/gather38?/pool set aside, 150-1,500 words, by (a) a count of regulation and
access words in the body (broadband, spectrum, net/network neutrality, ISP, internet service provider, Ofcom, FCC,
CRTC, ACMA, blocked/blocking, censorship, fibre) and (b) titles naming internet, broadband, telecom, phone, wireless,
WiMAX, website, block or censor. Five texts were kept:
- ID99303: the Finnish police's child-pornography blacklist taking in a site that criticises internet filtering,
  blocked first by the internet provider Elisa (February 2008; a block by order, a near-miss for outages);
- ID56543: New Zealand's bill making Telecom unbundle the local loop passed (December 2006);
- ID43619: Australia's 'Protecting Families Online' package, with NetAlert moved into ACMA and an ISP-level filtering
  trial in Tasmania (June 2006);
- ID50757: a complaint upheld by New Zealand's Advertising Standards Authority against the internet provider iHug's
  broadband advert (September 2006);
- ID247914: the Telecommunications Commission of the Solomon Islands fining the mobile operator bemobile for missing
  its licence's coverage targets (March 2011; one damaged sentence cut).
Each text is toscadata_lib.clean's output with the cuts and mends listed per item; no word changed.
usage: batch37r.py [POOL_DIR] [--dry]   (TOSCA_DIR: the folder with economy.pkl/politics.pkl; this round
/tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38r/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID99303": ("telecoms/internet", "non-US", "regulatory,outage", "", [(r"\s*Lapsiporno\.info\s*$", "")],
             "Politics set. Trailing residue 'Lapsiporno.info' (a link line after the last paragraph) cut; otherwise "
             "clean as converted ('Finland’s' with its curly apostrophe and 'the ISP's' kept as written). Finland's "
             "National Bureau of Investigation adding Matti Nikki's site, a critic of internet filtering, to the "
             "national child-pornography blacklist that internet providers apply; Elisa the first to block it. "
             "Near-miss for outages: a site blocked by a police list (GUIDELINES: government orders are no outage)."),
 "ID56543": ("telecoms", "non-US", "regulatory", "New Zealand", [(r"\s*== Related news == \*\s*$", "")],
             "Politics set. Leading residue 'New Zealand' (a place template) and trailing '== Related news == *' (a "
             "section heading left without its list) cut; otherwise clean as converted. The Telecommunications "
             "Amendment Bill passed, making Telecom unbundle the local loop and giving the communications minister "
             "and the Commerce Commission powers to split it into three divisions. No outage; no near-miss."),
 "ID43619": ("telecoms/internet", "non-US", "regulatory", "", [(r"^Australia n Minister", "Australian Minister")],
             "Politics set. The converter's split 'Australia n' at the start mended ('Australian'; the wikitext links "
             "'Australia' and adds 'n'); otherwise clean as converted. The Australian government's AUD $116.6 "
             "million 'Protecting Families Online' package: free filtering software, NetAlert placed within the "
             "Australian Communications and Media Authority, a trial of ISP-level filtering in Tasmania. No outage; "
             "no near-miss."),
 "ID50757": ("telecoms/internet", "non-US", "regulatory", "New Zealand", [],
             "Economy set. Leading residue 'New Zealand' (a place template) cut; otherwise clean as converted (the "
             "quoted '64kps', 'iHUG' beside 'iHug' and 'clearly design' kept as written). The Advertising Standards "
             "Authority's complaints board upholding a customer's complaint that iHug's broadband banner advert hid "
             "its peak/off-peak data split. No outage (a customer's speed cut for going over his allowance is the "
             "plan working as sold, not a failure); no near-miss."),
 "ID247914": ("telecoms", "non-US", "regulatory", "Solomon Islands", [
              (r"\n\nAs a result, the TCSI have now issued a fine of to the company for breaking its operating "
               r"license\.(?=\n\n)", "")],
              "Economy set. Leading residue 'Solomon Islands' (a place template) cut, and the fifth paragraph cut "
              "whole ('As a result, the TCSI have now issued a fine of to the company for breaking its operating "
              "license.'): the converter lost the fine's amount, the damage for which batch 19c's scan read this "
              "article and left it out; otherwise clean as converted ('February 1st 2011' and 'license' kept). "
              "The Telecommunications Commission of the Solomon Islands fining bemobile, a mobile provider from "
              "Papua New Guinea, for missing its licence's coverage thresholds. No outage; no near-miss."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)
