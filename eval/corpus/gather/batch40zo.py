#!/usr/bin/env python3
"""Batch 40zo (session 41; helper gather41zo): UK Competition and Markets Authority news on company deals, told as
news, a round after batch 40zh in the CMA lane of batches 17d and 21c (gov.uk, Open Government Licence v3.0):
- the CMA provisionally clearing Pennon Group plc's completed acquisition of Bournemouth Water Investments Limited
  after its automatic in-depth water-merger investigation, inquiry chair Simon Polito quoted (gov.uk press release,
  2015; no day on the page as held);
- the CMA finding that Pennon's purchase of Sumisho Osaka Gas Water UK and its subsidiary Sutton and East Surrey Water
  could harm Ofwat's ability to compare water companies, Joel Bamford, Executive Director of Mergers, quoted (the
  CMA's press release of 3 May 2024 as a copy of gov.uk's page on a third-party host holds it);
- the CMA finding that Vision Express's planned purchase of Tesco Opticians could lead to a worse deal in 3 local
  areas, Adam Land, CMA Senior Director, quoted (gov.uk news story, 28 September 2017).
Every text is the search tool's page-store excerpt (`search`, corpus `pages`), embedded here; cuts per item in
`notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch40zo.py [POOL_DIR] [--dry]   (default /tmp/gather41zo/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import rec as uk_rec, ogl, OGL

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zo/pool"
GOVUK = "UK government website gov.uk (page store)"
GOVUK_COPY = "UK Competition and Markets Authority press release, copy of gov.uk's page on a third-party host (page store)"
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather41*/pool as they stood; file names only, no test or dev text opened): ")

R = []
# ---- CMA: Pennon / Bournemouth Water provisionally cleared (2015, day unknown) -------------------------------------
t = "CMA provisionally clears water merger"
u = "https://www.gov.uk/government/news/cma-provisionally-clears-water-merger"
R.append(uk_rec("uk-cma-pennon-bournemouth-water-merger-provisionally-cleared-2015", u, None, t, OGL,
 ogl("Competition and Markets Authority, press release", t, None, u),
 "The CMA has today provisionally cleared the purchase of Bournemouth Water by South West Water.\n\n"
 "In June 2015, the completed acquisition by Pennon Group plc (the owner of South West Water Limited) of Bournemouth Water Investments Limited (which operates Bournemouth Water) was referred for an automatic in-depth investigation. The Competition and Markets Authority (CMA) had to assess whether the merger could be expected to prejudice the ability of Ofwat to make comparisons between different water companies for the purpose of its regulatory functions.\n\n"
 "In its provisional findings today, the CMA has concluded that the merger is not likely to prejudice Ofwat’s ability to compare water companies’ performance and set price controls.\n\n"
 "During the inquiry it examined how the merger might affect the Water Services Regulation Authority’s (Ofwat) ability to make comparisons in each of the following areas: setting wholesale price controls; setting retail price controls; setting wholesale quality of service performance targets; improving retail quality of service; and spreading best practice.\n\n"
 "Chair of the Pennon / Bournemouth Water inquiry group, Simon Polito, said:\n\n"
 "The use of comparisons between water companies will continue to play a significant role in the regulation of this sector for some time to come. After the merger, Ofwat will be left with 17 water company comparators to use for benchmarking and in setting targets to improve performance.\n\n"
 "Our examination of Ofwat’s econometric modelling, and its wider use of comparisons, indicates that the merger is not likely to harm Ofwat’s ability to set appropriately demanding targets for the benefit of customers, given the number of different companies that will remain. We are now consulting on this provisional decision and look forward to hearing the views of interested parties.",
 "utilities/water supply", "UK", "deal,regulatory",
 "The CMA's press release on gov.uk as the page store holds it (the page's opening summary kept as the first "
 "paragraph). Cut: the label 'Press release', the heading (kept as title), the image caption 'Water in glass'; cut "
 "before 'A full copy of the provisional findings report will be available shortly', where the excerpt stops inside "
 "its sentence (`truncated`). `published` null: the excerpt holds no date line and no source seen names the day of "
 "the provisional findings (the CMA's issues statement of July 2015 set the report deadline at 22 November 2015; "
 "BBC dates the final clearance 5 November 2015), so 'today' gets no date and only 'June 2015' is annotated. One "
 "text per event: the CMA's issues statement on gov.uk (July 2015; no person named, an address block and a "
 "reference-test note) and news copies (utilityweek, BBC, kwm.com) left out. " + CHECKED +
 "'Bournemouth Water', 'Simon Polito' (only as 40zh's lead) - no corpus file; 'Pennon' - GATHERING.md only (40zh's "
 "leads; a Bristol Water lead of batch 40y); 'South West Water' - two Hansard texts (a 1984 drought debate, train; "
 "the 2024 Brixham contamination question, test, by file name) and batch 40g's pool copy of the latter, other "
 "subjects. The deal is new to the corpus.",
 GOVUK))
# ---- CMA: Pennon / Sumisho (SES Water) phase 1 concerns (3 May 2024) -----------------------------------------------
t = "Solutions offered to address impact of deal on water regulation"
u = "https://fly1.wordsworth.site/government/news/solutions-offered-to-address-impact-of-deal-on-water-regulation"
R.append(uk_rec("uk-cma-pennon-sumisho-ses-water-merger-ofwat-concerns-2024", u, "2024-05-03", t, OGL,
 ogl("Competition and Markets Authority, press release", t, "3 May 2024", u),
 "The CMA has found Pennon’s purchase of Sumisho Osaka Gas Water UK (including its subsidiary Sutton and East Surrey Water), could harm Ofwat’s ability to make comparisons between water companies and carry out its statutory functions.\n\n"
 "Pennon Group plc (Pennon) and Sutton and East Surrey Water plc (SES) are two water utility companies that provide water and services, such as leak detection and water treatment, to household and non-household customers in England.\n\n"
 "A fast-track Phase 1 investigation by the Competition and Markets Authority (CMA) has found that Pennon’s purchase of SES could impact Ofwat’s ability to make comparisons between water companies, as part of its regulation of the supply of water to household customers – by removing SES from Ofwat’s dataset and reducing the number of comparators available for it to estimate cost allowances and set service quality targets.\n\n"
 "Ofwat regulates the supply of water and sewerage services to household customers in England and Wales. Mergers between water and sewerage companies are subject to a separate review process to ensure that deals do not prejudice Ofwat’s ability to make comparisons in order to carry out its statutory functions – such as setting price controls on regulated water companies, monitoring and enforcement and setting best practices in the industry. The CMA has engaged with Ofwat throughout its investigation.\n\n"
 "The merging businesses conceded that the deal could have a detrimental impact on Ofwat’s ability to make comparisons in order to carry out its statutory functions.\n\n"
 "Joel Bamford, Executive Director of Mergers at the CMA, said:\n\n"
 "“Water services are vital to our day to day lives, whether at home or in the workplace, and we’re concerned that this deal could impact Ofwat’s ability to make comparisons and carry out its role of regulating the water sector.",
 "utilities/water supply", "UK", "deal,regulatory",
 "The CMA's press release as fly1.wordsworth.site holds it: a copy of gov.uk's page under gov.uk's own path "
 "('/government/news/solutions-offered-to-address-impact-of-deal-on-water-regulation'), the host adding no words to "
 "the kept paragraphs (gov.uk content, Crown copyright, Open Government Licence v3.0, which allows copying and "
 "publishing; no gov.uk copy came back from the store; the same host as batch 40zh's Just Eat story). Cut: the "
 "label 'Press release', the heading (kept as title); cut inside Bamford's quotation before 'We will now carefully "
 "consider the soluti', where the excerpt stops mid-word (`truncated`; the kept quotation paragraph opens with its "
 "quotation mark and, as the page's multi-paragraph quotations do, has no closing mark). `published` 3 May 2024: the "
 "excerpt holds no date line; the Independent dates the CMA's 'May 3 notice' and waterbriefing has Pennon offering "
 "undertakings 'by 13 May 2024' in response. One text per event: news copies (waterbriefing, the Independent, "
 "pressway, theindependentnewstoday) and the later acceptance of undertakings (news only) left out. " + CHECKED +
 "'Sumisho', 'Sutton and East Surrey', 'SES Water', 'Joel Bamford' - no corpus file ('Sumisho' only in 40zh's "
 "leads); 'Pennon' - GATHERING.md only (40zh's leads; batch 40y's Bristol Water lead); 'Ofwat' - Hansard and "
 "committee texts on water supply (train, test by file name), other subjects. The deal is new to the corpus.",
 GOVUK_COPY))
# ---- CMA: Vision Express / Tesco Opticians phase 1 concerns (28 September 2017) ------------------------------------
t = "Opticians merger could lead to worse deal for some customers"
u = "https://gov.uk/government/news/opticians-merger-could-lead-to-worse-deal-for-some-customers"
R.append(uk_rec("uk-cma-vision-express-tesco-opticians-merger-concerns-2017", u, "2017-09-28", t, OGL,
 ogl("Competition and Markets Authority, news story", t, "28 September 2017", u),
 "The CMA has found that the planned purchase of Tesco Opticians by Vision Express could lead to a worse deal for customers in 3 local areas.\n\n"
 "The Competition and Markets Authority (CMA) has been carrying out an initial investigation (phase 1) into the merger of the companies, which are both retail optician chains with stores located throughout the UK.\n\n"
 "As part of its initial investigation, the CMA has looked at more than 200 local areas where Vision Express and Tesco Opticians both have stores. The CMA has identified 3 local areas where Vision Express would not face sufficient competition after the merger, which could lead to price increases or a worsening in the quality or choice of the products and services on offer in-store. These areas are Barrow-in-Furness in Cumbria; Helston in Cornwall; and Ryde on the Isle of Wight.\n\n"
 "Adam Land, CMA Senior Director and decision maker in this case, said:\n\n"
 "Opticians provide a vital service for millions of people in the UK and it is therefore important that any competition concerns are addressed. In this case, we have looked carefully where Vision Express and Tesco Opticians compete at present and identified 3 areas of the country where we believe this merger could result in a worse deal for eye care customers.\n\n"
 "Vision Express now has the opportunity to offer undertakings to address the competition concerns identified by the CMA. If Vision Express does not offer undertakings, or if the undertakings offered do not sufficiently address the concerns that the CMA has identified, the merger will be referred for an in-depth phase 2 investigation.\n\n"
 "All information relating to the merger is available on the case page.",
 "retail/opticians", "UK", "deal,regulatory",
 "The CMA's news story on gov.uk as the page store holds it (the page's opening summary kept as the first "
 "paragraph). Cut: the heading (kept as title); the store's single line breaks doubled (whitespace only); cut "
 "before the heading 'Notes for editors' and its first note ('The CMA is the UK’s primary competition and consumer "
 "authority. ... enforcing competit'), where the excerpt stops mid-word (`truncated`). `published` 28 September "
 "2017: the excerpt holds no date line; the CMA's phase 1 decision (ME/6696/17, docslib copy) was 'given on 28 "
 "September 2017' and Reuters' briefs of the announcement are dated 'Sept 28'. One text per event: news copies "
 "(Reuters, AOP, Retail Gazette, Jersey Evening Post, Daily Mail) and the acceptance of undertakings of November "
 "2017 (news only) left out. " + CHECKED + "'Vision Express', 'Tesco Opticians' - GATHERING.md only (40zh's leads); "
 "'Adam Land', 'Ryde' - no file; 'Helston' - GATHERING.md only (a water and power-cut lead of another batch); "
 "'Barrow-in-Furness' - a Wikipedia biography (train, batch 27e), another subject. The deal is new to the corpus.",
 GOVUK))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
