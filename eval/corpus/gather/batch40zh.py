#!/usr/bin/env python3
"""Batch 40zh (session 41; helper gather41zh): UK Competition and Markets Authority news on company deals, told as
news, in the CMA lane of batches 17d and 21c (gov.uk, Open Government Licence v3.0):
- the CMA formally clearing Poundland's anticipated acquisition of 99p Stores after its phase 2 inquiry, with the
  value retailers and supermarkets named as remaining competitors (gov.uk press release, September 2015; no day on
  the page as held);
- the CMA opening its phase 1 investigation into Tesco's proposed acquisition of Booker (gov.uk news story,
  30 May 2017);
- the CMA clearing Just Eat's acquisition of Hungryhouse after an in-depth phase 2 investigation, with the delivery
  platforms named as stronger rivals (the CMA's news story of 16 November 2017 as a copy of gov.uk's page on a
  third-party host holds it).
Every text is the search tool's page-store excerpt (`search`, corpus `pages`), embedded here; cuts per item in
`notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch40zh.py [POOL_DIR] [--dry]   (default /tmp/gather41zh/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import rec as uk_rec, ogl, OGL

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zh/pool"
GOVUK = "UK government website gov.uk (page store)"
GOVUK_COPY = "UK Competition and Markets Authority news story, copy of gov.uk's page on a third-party host (page store)"
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script and /tmp/gather41*/pool as "
           "they stood; file names only, no test or dev text opened): ")

R = []
# ---- CMA: Poundland / 99p Stores formally cleared (September 2015) -------------------------------------------------
t = "CMA formally clears Poundland/99p merger"
u = "https://www.gov.uk/government/news/cma-formally-clears-poundland99p-merger"
R.append(uk_rec("uk-cma-poundland-99p-stores-merger-formally-cleared-2015", u, None, t, OGL,
 ogl("Competition and Markets Authority, press release", t, None, u),
 "The Competition and Markets Authority (CMA) has formally cleared Poundland’s anticipated acquisition of 99p Stores.\n\n"
 "The CMA has concluded that the merger may not be expected to result in a substantial lessening of competition. Consequently, customers would not face a reduction in choice, value or quality of service as a result of the merger.\n\n"
 "This confirms the CMA’s provisional findings, which were published in August.\n\n"
 "Both Poundland Group plc (Poundland) and 99p Stores Limited (99p Stores) supply general merchandise ranging from groceries and other fast moving consumer goods, to stationery, homeware, gardening and seasonal merchandise. They are distinguishable from other retailers as they sell nearly all products at a single price point.\n\n"
 "The CMA found that, along with Poundworld, the companies are each other’s closest competitors, but after the merger they will still face competition from other value retailers such as B&M, Home Bargains, Wilko and Bargain Buys, along with Tesco and, to an extent, Asda. The inquiry group’s assessment found that Poundland would not have an incentive to reduce the quality of its offering, either at the local or at the national level.\n\n"
 "The final report will shortly be available on the investigation case page along with all other published information relating to the investigation.\n\n"
 "The CMA is the UK’s primary competition and consumer authority. It is an independent non-ministerial government department with responsibility for carrying out investigations into mergers, markets and the regulated industries and enforcing competition and certain aspects of consumer law.",
 "retail/discount stores", "UK", "deal,regulatory",
 "The CMA's press release on gov.uk as the page store holds it (the page's opening summary kept as the first "
 "paragraph). Cut: the label 'Press release', the heading (kept as title), the image caption 'A pile of pound "
 "coins.', the heading 'Notes for editors' and the note's number '1.'; the second note ('The UK merger control regime "
 "has 2 phases. ...') cut whole, where the excerpt stops inside its sentence (`truncated`). `published` null: the "
 "excerpt holds no date line; news reports date the formal clearance to a Friday in September 2015 ('announced on "
 "Friday', completion 'by the end of September', financial-news.co.uk; the provisional findings of Tuesday 25 August "
 "2015, Reuters) without naming the day, so only absolute dates are annotated and 'in August' (no year in the text) "
 "gets none. One text per event: news copies (ibtimes, thisismoney, bmmagazine, financial-news.co.uk, Reuters, "
 "brecorder) and the phase 1 and provisional-findings stories (news copies only) left out. " + CHECKED +
 "'Poundland', '99p Stores', 'Poundworld', 'Bargain Buys', 'Home Bargains', 'Wilko', 'Philip Marsden' - no file. "
 "The deal is new to the corpus.",
 GOVUK))
# ---- CMA: Tesco / Booker phase 1 opened (30 May 2017) --------------------------------------------------------------
t = "CMA opens Tesco/Booker merger investigation"
u = "https://gov.uk/government/news/cma-opens-tescobooker-merger-investigation"
R.append(uk_rec("uk-cma-tesco-booker-merger-investigation-opened-2017", u, "2017-05-30", t, OGL,
 ogl("Competition and Markets Authority, news story", t, "30 May 2017", u),
 "The CMA has opened its investigation into Tesco’s proposed acquisition of Booker.\n\n"
 "The first phase of the investigation runs until 25 July 2017. During this period, the Competition and Markets Authority (CMA) will assess whether the deal could reduce competition and choice for shoppers and other customers, such as stores currently supplied by Booker.\n\n"
 "After this first phase, the merger will either be cleared or, if the CMA identifies a potential reduction in competition, it will be referred for an in-depth investigation lasting up to 24 weeks - unless the merging parties can offer proposals following the first phase of the investigation which address any concerns identified.\n\n"
 "Having ensured it has all the necessary information from the companies before opening the investigation, the CMA is now seeking views on the merger from all interested parties.\n\n"
 "Those interested are invited to submit their views by 13 June 2017. Further details will be available on the investigation case page.",
 "retail/supermarkets and grocery wholesale", "UK", "deal,regulatory",
 "The CMA's news story on gov.uk as the page store holds it (the page's opening summary kept as the first "
 "paragraph). Cut: the heading (kept as title). The store's single line breaks between paragraphs doubled "
 "(whitespace only). `published` 30 May 2017: the excerpt holds no date line; the story's own 40-working-day first "
 "phase ending 25 July 2017 counts back to Tuesday 30 May 2017 (the late-May bank holiday skipped), the day "
 "kamcity.com and cityam.com date the announcement ('said today'), and convenience store magazine's 'formally opened "
 "its phase 1 investigation ... on 30 May'. The excerpt ends with the story's last paragraph; whether notes for "
 "editors followed is not known (`truncated` set, as batch 21c's Country Stores story). One text per event: the "
 "referral of 12 July 2017, the provisional clearance of 14 November 2017 and the final clearance of 20 December 2017 "
 "with the inquiry chair Simon Polito's words were found only in news copies (forecourttrader, cityam, aol, itv, "
 "kamcity, finanznachrichten, scottishgrocer, esmmagazine, Reuters), left out. " + CHECKED +
 "'Booker' - a 1960s text's 'Booker Bros., McConnell & Co.' (batch 14b's script) and the Booker Prize in a "
 "session-41 pool (wp-canongate-books), other subjects; 'Tesco' - eleven train/dev/test files by name, none on this "
 "deal (Tesco's Polish stores, Tesco Mobile, an Irish groceries sitting and others); 'Simon Polito', 'Budgens', "
 "'Londis' - no file. The deal is new to the corpus.",
 GOVUK))
# ---- CMA: Just Eat / Hungryhouse cleared after phase 2 (16 November 2017) ------------------------------------------
t = "CMA clears Just Eat / Hungryhouse merger"
u = "https://fly1.wordsworth.site/government/news/cma-clears-just-eat-hungryhouse-merger"
R.append(uk_rec("uk-cma-just-eat-hungryhouse-merger-cleared-2017", u, "2017-11-16", t, OGL,
 ogl("Competition and Markets Authority, news story", t, "16 November 2017", u),
 "The Competition and Markets Authority (CMA) has cleared Just Eat’s acquisition of Hungryhouse, following an in-depth phase 2 investigation.\n\n"
 "A group of independent panel members has found that the merger of Just Eat plc (Just Eat) and Hungryhouse Holdings Limited (Hungryhouse) does not raise competition concerns.\n\n"
 "Just Eat and Hungryhouse are web-based food ordering platforms in the UK. They give restaurants the opportunity to reach a wider pool of people, as well as offer consumers the convenience of choosing from a large range of takeaway providers in one place.\n\n"
 "As first indicated in the provisional findings, the group found that Hungryhouse presently provides limited competition to Just Eat because it is much smaller in size and offers too few unique restaurants. This makes it increasingly difficult for Hungryhouse to attract and retain consumers.\n\n"
 "Furthermore, it found that the industry is evolving rapidly following the entry of platforms such as Deliveroo, UberEATS and Amazon, which also manage or facilitate delivery services on behalf of restaurants. These companies generally present a greater competitive challenge to Just Eat than Hungryhouse, and this is likely to grow as they expand.\n\n"
 "In reaching its final conclusion, the group also took account of the fact that some customers may order directly from takeaway restaurants, either by telephone, through their websites or by walking in.\n\n"
 "All information relating to this merger inquiry can be found on the case page.\n\n"
 "The CMA is the UK’s primary competition and consumer authority. It is an independent non-ministerial government department with responsibility for carrying out investigations into mergers, markets and the regulated industries and enforcing competition and consumer law.\n\n"
 "The CMA began its initial investigation into the merger in March 2017.",
 "online food ordering/delivery platforms", "UK", "deal,regulatory",
 "The CMA's news story as fly1.wordsworth.site holds it: a copy of gov.uk's page under gov.uk's own path "
 "('/government/news/cma-clears-just-eat-hungryhouse-merger'), the host adding no words to the kept paragraphs "
 "(gov.uk content, Crown copyright, Open Government Licence v3.0, which allows copying and publishing; no gov.uk "
 "copy came back from the store). Cut: the heading (kept as title), the heading 'Notes for editors' and the notes' "
 "bullet dashes ('-', each note kept as its own paragraph); the store's single line breaks doubled (whitespace "
 "only); cut before the broken sentence 'The CMA referred the case for in-depth investigation on 19 May 2017 and "
 "published its provisional find', where the excerpt stops mid-word (`truncated`). `published` 16 November 2017: "
 "the excerpt holds no date line; a lexology note ('On 16 November 2017 the CMA approved the acquisition by Just Eat "
 "plc of Hungryhouse Holdings Limited, having completed its Phase II investigation') and ibtimes ('early trading in "
 "London on Thursday, 16 November') date it. One text per event: news copies (ibtimes, Daily Mail, Evening Standard, "
 "CPI, lexology, mca-insight) and the provisional findings of 12 October 2017 with the inquiry chair Martin Cave "
 "(news copies only) left out. " + CHECKED + "'Hungryhouse', 'Just Eat', 'UberEATS', 'Martin Cave' - no file; "
 "'Deliveroo' - batch 17d's Amazon/Deliveroo case page (test, by file name; another deal). The deal is new to the "
 "corpus.",
 GOVUK_COPY))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
