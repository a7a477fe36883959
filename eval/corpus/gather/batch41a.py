#!/usr/bin/env python3
"""Batch 41a (session 42; gatherer 41a): UK Competition and Markets Authority news on company deals, told as news, a
round after batches 40zh and 40zo in the CMA lane of batches 17d and 21c (gov.uk, Open Government Licence v3.0):
- the CMA proposing to accept remedies in Greencore Group's deal to buy Bakkavor Group (the sale of Greencore's
  Bristol chilled sauce and soups plant), Tesco, Marks & Spencer, Sainsbury's, Waitrose and Asda named as the two
  businesses' customers, Joel Bamford, Executive Director of Mergers, quoted (press release of 7 November 2025);
- the CMA proposing to accept remedies in Vandemoortele's deal to buy Délifrance (the sale of Délifrance's UK
  viennoiserie business and 2 plants in Avignon and Béthune), Sorcha O'Carroll, Senior Director for Mergers, quoted
  (press release of 22 December 2025);
- the CMA referring Aramark's completed purchase of a 90% stake in Entier, a Scottish offshore catering company, for an
  in-depth phase 2 investigation (press release of 5 August 2025).
Every text is the CMA's gov.uk press release as wired-gov.net reproduces it ('Original article link' to gov.uk), from
the search tool's page store (`search`, corpus `pages`), embedded here; cuts per item in `notes`; no word added or
changed. newskg (or any extractor) was not run on the texts.
usage: batch41a.py [POOL_DIR] [--dry]   (default /tmp/gather42a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import rec as uk_rec, ogl, OGL

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42a/pool"
WIREDGOV = "UK Competition and Markets Authority press release (gov.uk) as wired-gov.net reproduces it (page store)"
WG_NOTE = ("The CMA's gov.uk press release as wired-gov.net reproduces it (gov.uk content, Crown copyright, Open "
           "Government Licence v3.0, which allows copying and publishing; wired-gov.net copies of gov.uk releases "
           "used before: batches 10, 18b, 21c); wired-gov.net's department line 'Competition & Markets Authority', "
           "'Printable version' and the heading (kept as title) left out; single line breaks doubled (whitespace "
           "only). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather42*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- CMA: Greencore / Bakkavor remedies proposed (7 November 2025) ---------------------------------------------------
t = "CMA proposes to accept remedies in supermarket supplier deal"
u = "https://www.wired-gov.net/wg/news.nsf/articles/cma+proposes+to+accept+remedies+in+supermarket+supplier+deal+10112025111500?open"
R.append(uk_rec("uk-cma-greencore-bakkavor-merger-remedies-proposed-2025", u, "2025-11-07", t, OGL,
 ogl("Competition and Markets Authority, press release", t, "7 November 2025", u),
 "Greencore’s proposed purchase of rival Bakkavor will create one of the UK’s largest convenience food businesses.\n\n"
 "The Competition and Markets Authority (CMA) is proposing to accept remedies offered following its investigation into Greencore Group’s deal to buy Bakkavor Group.\n\n"
 "Greencore is a major food manufacturer, supplier and distributor which is dedicated to the production and supply of convenience food in the UK. Bakkavor is a multinational manufacturer and supplier of fresh prepared foods across the UK, Ireland and the US.\n\n"
 "Both businesses sell their products to supermarkets and grocery retailers such as Tesco, Marks & Spencer, Sainsbury’s, Waitrose and Asda.\n\n"
 "A Phase 1 investigation by the CMA found that the deal could result in a substantial lessening of competition in the supply of own-label chilled sauces – such as pasta and stir-fry sauces – which could lead to higher prices for UK shoppers and/or a reduction in product quality.\n\n"
 "To resolve the CMA’s concerns, the businesses have offered to sell Greencore’s only chilled sauce and soups manufacturing plant in Bristol. Having considered this proposal, the CMA believes it could resolve its competition concerns and will consult on the composition of the remedies package and the potential purchaser in due course.\n\n"
 "Joel Bamford, Executive Director of Mergers at the CMA, said:\n\n"
 "The cost of our weekly shop matters to us all, so we must take decisions that ensure there is effective competition helping to keep product prices as low as possible on supermarket shelves. Our assessment found Greencore’s deal to buy Bakkavor could raise prices at the till. Following close engagement with Greencore and Bakkavor we’ve secured remedies which we believe have the potential to address our competition concerns – so we have accepted the remedies in principle and will now work to towards a final resolution.",
 "food manufacturing/convenience and prepared foods", "UK", "deal,regulatory",
 WG_NOTE + "The page's summary line kept as the first paragraph ('Greencore’s proposed purchase ...'); 'will now work to "
 "towards' as the page has it. Cut at the end of Bamford's quotation, where the excerpt ends (`truncated`: whether "
 "notes to editors followed is not known). `published` 7 November 2025: wired-gov.net's address carries its "
 "posting time 10 November 2025 11:15, but govwire.co.uk's list of the CMA's releases dates this release (its "
 "summary line) Friday 7 November 2025, and agriland.ie has the CMA telling both businesses 'today (Friday, "
 "November 7)'. One text per event: news copies (thegrocer, corporatefinancenews, agriland, fdiforum) and the CMA's "
 "later final acceptance (antitrust-intelligence summary only) left out. " + CHECKED + "'Bakkavor', 'Vandemoortele', "
 "'pastry deal', 'supermarket supplier deal' - no file; 'Greencore' - batch 15f's Oireachtas written answer on the "
 "Greencore special share and Irish Sugar (2001; dev by file name), another subject; 'Joel Bamford' - batch 40zo's "
 "Pennon/SES text (train), another deal. The deal is new to the corpus.",
 WIREDGOV))
# ---- CMA: Vandemoortele / Délifrance remedies proposed (22 December 2025) -------------------------------------------
t = "CMA proposes to accept remedies in pastry deal"
u = "https://www.wired-gov.net/wg/news.nsf/articles/cma+proposes+to+accept+remedies+in+pastry+deal+22122025141000?open"
R.append(uk_rec("uk-cma-vandemoortele-delifrance-merger-remedies-proposed-2025", u, "2025-12-22", t, OGL,
 ogl("Competition and Markets Authority, press release", t, "22 December 2025", u),
 "Remedies proposed to resolve concerns that Vandemoortele’s deal to buy Délifrance could have led to higher costs for supermarkets and commercial foodservice customers.\n\n"
 "The Competition and Markets Authority (CMA) is proposing to accept remedies offered following its investigation into Vandemoortele’s deal to buy Délifrance.\n\n"
 "Vandemoortele and Délifrance each supply frozen viennoiserie products such as croissants and pains au chocolat, to supermarket and foodservice customers. Supermarkets and other customers bake these products in their in-house bakeries and sell or serve them to end-consumers. The merger would lead to Vandemoortele becoming the largest supplier of frozen viennoiserie products in the UK by a considerable margin.\n\n"
 "A Phase 1 investigation by the CMA found that the deal could result in a substantial lessening of competition in the supply of these products to customers in the UK, potentially leading to higher prices which could be passed onto UK shoppers.\n\n"
 "To resolve the CMA’s concerns, the businesses have offered to sell Délifrance’s UK viennoiserie business together with 2 production facilities in France, in Avignon and Béthune, with the capacity to supply all of the frozen viennoiserie products that Délifrance currently sells into the UK, to a purchaser to be approved by the CMA. Having considered this proposal, the CMA believes it could resolve its competition concerns and will consult on the remedies package and the potential purchaser in due course.\n\n"
 "Sorcha O’Carroll, Senior Director for Mergers at the CMA, said:\n\n"
 "Our initial investigation found that this deal could have led to higher prices or reduced quality for supermarkets and foodservice customers across the UK, so we welcome steps taken by the businesses to address our concerns.",
 "food manufacturing/frozen bakery products", "UK", "deal,regulatory",
 WG_NOTE + "The page's summary line kept as the first paragraph ('Remedies proposed to resolve concerns ...'). Cut "
 "before the quotation's second paragraph, 'By offering to sell the', where the excerpt stops inside its sentence "
 "(`truncated`). `published` 22 December 2025: wired-gov.net's date line and address (22 December 2025 14:10); "
 "govwire.co.uk lists the release on Monday 22 December 2025 and foodbev.com reports it as 'Yesterday (22 December "
 "2025)'. One text per event: news copies (foodbev, bakeryinfo, thegrocer) and the CMA's phase 1 concerns (8 "
 "December 2025; news only) left out. " + CHECKED + "'Vandemoortele', 'lifrance', 'viennoiserie', 'Avignon', "
 "'Béthune', 'Sorcha' - no file. The deal is new to the corpus.",
 WIREDGOV))
# ---- CMA: Aramark / Entier referred for phase 2 (5 August 2025) ------------------------------------------------------
t = "North Sea catering merger set for in-depth investigation"
u = "https://www.wired-gov.net/wg/news.nsf/articles/north+sea+catering+merger+set+for+indepth+investigation+05082025122000?open"
R.append(uk_rec("uk-cma-aramark-entier-merger-referred-phase-2-2025", u, "2025-08-05", t, OGL,
 ogl("Competition and Markets Authority, press release", t, "5 August 2025", u),
 "Aramark is a US food services company which bought a 90% stake in Entier, a Scottish catering company based near Aberdeen, in January 2025. Entier had a turnover of approximately £83 million worldwide in 2024, with around £70 million from its operations in the UK.\n\n"
 "Aramark and Entier both provide catering and ancillary facilities management services to the offshore energy sector in the UK North Sea, providing food and housekeeping for people working on oil rigs and building wind farms.\n\n"
 "Having conducted a Phase 1 merger investigation, concluding on 22 July 2025, the CMA is concerned the deal may lead to higher prices and/or a lack of choice for companies which need to provide on-site catering to their staff based at sea. More information about the CMA’s concerns can be found in the decision summary.\n\n"
 "Aramark and Entier did not offer any Undertakings in Lieu, so the CMA has therefore referred this case to an in-depth Phase 2 inquiry which will be led by an independent panel of experts.\n\n"
 "More information on the case is available on the Aramark / Entier case page.",
 "food services/offshore catering", "UK", "deal,regulatory",
 WG_NOTE + "Cut after the last paragraph: the heading 'Notes to Editors' and its note (the CMA press office's "
 "email and telephone), wired-gov.net's 'Original article link' line (to "
 "https://www.gov.uk/government/news/north-sea-catering-merger-set-for-in-depth-investigation) and its 'Latest "
 "News from Competition & Markets Authority' list (`truncated`). `published` 5 August 2025: wired-gov.net's date "
 "line and address (5 August 2025 12:20) and the gov.uk case page's referral date '5 August 2025'. No person is "
 "named in the release. One text per event: the CMA's final decision ordering Aramark to sell Entier (15 January "
 "2026, panel chair Richard Feasey; news copies only: corporatefinancenews, Reuters via tradingkey, trustfinance, "
 "teleborsa) left out. " + CHECKED + "'Aramark', 'North Sea catering' - no file; 'Entier' - only inside the surname "
 "'Carpentier' (a 2009 Wikinews text, train, batch 29e), another subject; 'Aberdeen' - 14 files on other subjects (airlines, storms, "
 "Shetland). The deal is new to the corpus.",
 WIREDGOV))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
