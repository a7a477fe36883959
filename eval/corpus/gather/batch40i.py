#!/usr/bin/env python3
"""Batch 40i (session 41; gatherer lane 40i): a Voice of America staff story on companies in Japan, 2001 — an
electronics maker's worldwide job cuts with an investment bank's technology analyst, two electronics makers teaming up
on third-generation mobile phones, an electronics group's Bluetooth video camera and a carmaker's profit ranking — the
VOA business lane of sessions 39-41 (GATHER-VOA39.md), a round after batch 40e, from VOA's weekly Tokyo business
round-up on voanews.com (page store):
- Fujitsu trimming more than 16,000 workers, Yoshiharu Izumi, technology analyst at UBS Warburg in Tokyo, NEC and
  Matsushita to work jointly on third-generation mobile phones, Sony's Network Handycam with Bluetooth, Toyota Japan's
  most profitable company (VOA, 24 August 2001).
The text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded here.
The story's page text as held shows no byline and no wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); it is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's-38zd's,
39d's, 39j's and 40e's VOA items. Record built with write_pool.voa. Edits in `notes`; no word added or changed. newskg
(or any extractor) was not run on the text.
usage: batch40i.py [POOL_DIR] [--dry]   (default /tmp/gather41i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41i/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's and 40e's VOA items; "
           "the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts, GATHERING.md, /tmp/gather39*/pool, "
           "/tmp/gather40*/pool and /tmp/gather41*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- Japan: Fujitsu's job cuts, NEC-Matsushita 3G phones, Sony's Network Handycam, Toyota (24 August 2001) ----------
R.append(rec("voa-fujitsu-job-cuts-ubs-warburg-izumi-nec-matsushita-3g-sony-handycam-2001",
 "https://www.voanews.com/a/a-13-a-2001-08-24-37-fujitsu-66417217/550081.html", "2001-08-24",
 "Fujitsu Layoffs and Toyota, Japan\u2019s Top Money Maker",
 "Japanese technology giant, Fujitsu, announces deep job cuts, while two of its main rivals team up in the mobile "
 "phone market.\n\n"
 "Fujitsu has announced it is trimming more than 16,000 workers as part of a worldwide restructuring plan. The "
 "layoffs account for almost 10 percent of the firm's workforce and will apply to employees both in Japan and "
 "overseas. The company has suffered from slowing demand for semiconductors and other electronic equipment.\n\n"
 "Yoshiharu Izumi is a technology analyst at investment bank UBS Warburg in Tokyo. He thinks that Fujitsu's move is "
 "necessary. \"The decision to cut huge numbers of employees is inevitable in order to reduce fixed costs,\" he says. "
 "\"The business is a global business, and it is affected by not only the domestic economy but also global economy, "
 "especially the U.S. economy.\"\n\n"
 "Meanwhile, two other Japanese electronics giants will join forces in order to boost profits in the global cellular "
 "phone sector. NEC and Matsushita have announced that they will jointly work on developing so-called third "
 "generation mobile phones.\n\n"
 "On these new handsets, users will be able to watch video and transmit data at lightening fast speeds. NEC will "
 "apply its know how in software while Matsushita will share its expertise in video technology. Within Japan, they "
 "are expected to command almost half the market for mobile phones.\n\n"
 "Japanese giant Sony is launching a product that will transmit e-mail, video and still photos without a computer. "
 "Sony says that in October it will release the world's first digital video camera with the ability to use a new "
 "wireless technology system called Bluetooth. Sony says its Network Handycam will also be the world's smallest and "
 "lightest digital video camera. It will first be sold in Japan and Europe, retailing for about $1,300.\n\n"
 "For the second year in a row, Toyota is Japan's most profitable company.",
 "electronics/automotive", "restructuring,partnership,product,earnings",
 "The VOA round-up as voanews.com serves it in the page store ('/a/a-13-a-2001-08-24-37-fujitsu-66417217/550081.html'; "
 "found with \"Accessibility links Breaking News - 2002 Japanese electronics giant Matsushita Nakamura job cuts "
 "Hitachi Fujitsu NEC losses\", rank 5, and again with \"Accessibility links Breaking News - 2001-12 Japanese firms "
 "announce job cuts merger analyst at investment bank in Tokyo says\", rank 6). Cut: the page chrome ('Accessibility "
 "links', 'Breaking News'), the heading (kept as title, less its date and with its curly apostrophe as held: "
 "'Fujitsu Layoffs and Toyota, Japan\u2019s Top Money Maker - 2001-08-24'); at the end the broken 'That is according t' "
 "where the store's excerpt (about 2,000 characters) breaks off: `truncated` true. `published` from the address "
 "('a-13-a-2001-08-24') and the heading's date. Kept as written: 'Japanese technology giant, Fujitsu,' (commas as "
 "held), 'lightening fast speeds', 'its know how', 'so-called third generation mobile phones', 'U.S.'. " + NO_WIRE
 + ". " + CHECKED + "'Handycam', 'Network Handycam', 'Bluetooth', 'UBS Warburg', 'UBS' (only other subjects: no "
 "UBS Warburg), 'Yoshiharu', '16,000 workers', 'a-13-a-2001-08-24', '2001-08-24' -> no file; 'Izumi' -> only inside "
 "'Koizumi' (a train and a test VOA text, batches 38r and 38zb); 'Fujitsu' -> texts on other events (its October 2001 "
 "half-year loss and further cuts, test voa-fujitsu-sony-losses-gm-suzuki-chevrolet-cruze-2001; its 2002 chip venture "
 "with Toshiba, test; Horizon, Fujitsu Siemens, others; by file name); 'NEC' with 'Matsushita' -> train "
 "voa-nec-matsushita-huawei-joint-venture-hitachi-ibm-hard-drives-2002 and dev "
 "voa-nec-matsushita-kddi-japan-telecom-internet-consortium-2002 (by file name): partner(NEC, Matsushita) is a gold "
 "fact there (their 2002 ventures), but their August 2001 3G-phone alliance, Fujitsu's August 2001 cuts, Izumi's "
 "post and Sony's Network Handycam are new to the corpus; none of the VOA stories of batches 38m-40e (ids and "
 "addresses checked) is of 24 August 2001.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
