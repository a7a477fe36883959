#!/usr/bin/env python3
"""Batch 55g (session 54; gatherer 55g): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi and
51zm (UK public-sector texts under the Open Government Licence v3.0), asked for gov.uk texts (or faithful copies on
ukpol.co.uk, miragenews.com, wired-gov.net, checked against a second copy) naming an acquirer, a target, their parents
and officials with titles; both texts taken are Competition and Markets Authority merger releases of 2022, the CMA lane
of batches 17d, 21c, 40zh, 40zo and 41a (no outage is told in either; see GATHERING section 55g):
- the CMA's release of 18 February 2022 on the phase 1 finding that CVS Group's purchase of Quality Pet Care, which
  trades as The Vet, raises competition concerns in five local areas, with Colin Raftery, Senior Director of Mergers,
  quoted (as miragenews.com reproduces it in the page store; checked against the news copies);
- the CMA's news story of 28 April 2022 on the phase 1 finding that VetPartners' completed purchase of Goddard Holdco
  Limited (Goddard Veterinary Group), VetPartners being owned by the private equity firm BC Partners, raises
  competition concerns in 11 local areas across Greater London (as gov.uk renders it in the page store).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
the gov.uk page's summary line kept as the first paragraph (as 51k, 51zi and 51zm), single line breaks doubled
(whitespace only), the quotation of the CVS text set as a paragraph without quotation marks (the copy prints none),
each text cut at the last full sentence before its excerpt breaks off; cuts per item in `notes`; no word added or
changed. The excerpts are saved verbatim in /tmp/gather56g/src (cvs-the-vet.txt, vetpartners.txt) with the queries
(queries.txt). newskg (or any extractor) was not run on the texts.
usage: batch55g.py [POOL_DIR] [--dry]   (default /tmp/gather56g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56g/pool"
GOV = "UK Competition and Markets Authority news story (gov.uk) as gov.uk renders it (page store)"
MIRAGE = "UK Competition and Markets Authority press release (gov.uk) via miragenews.com (search tool page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk pages used before: batch 24b's Storm Eunice statement, 51k's, 51s's, 51y's, 51zi's and "
            "51zm's pages and the CMA pages of 17d and 21c): the heading (kept as title) left out of the text, the "
            "summary line kept as the first paragraph (as 51k), single line breaks doubled (whitespace only). ")
MIRAGE_NOTE = ("A CMA press release as miragenews.com reproduces it (gov.uk content, Crown copyright, Open Government "
               "Licence v3.0; a third-party copy of a public-sector release, as 51zi's miragenews.com copy and batch "
               "40zl's check, beside the ukpol.co.uk / wired-gov.net copies of batches 10, 18b and 41a): the copy's "
               "heading (kept as title) left out of the text, paragraph breaks as the copy has them (already double). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather56*/pool as they stood, and /work/notes/gather56/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(who, kind, title, date, url, copy=False):
    how = "text as reproduced at" if copy else "text as at"
    return (f"{who}, {kind}, '{title}' ({date}), Crown copyright, contains public sector information licensed under "
            f"the Open Government Licence v3.0; {how} {url}")


R = []
# ---- CMA: CVS Group / Quality Pet Care (The Vet), phase 1 concerns (18 February 2022) -------------------------------
u = "https://www.miragenews.com/cvs-takeover-of-vet-raises-competition-concerns-727612/"
t = "CVS takeover of Vet raises competition concerns"
R.append(uk_rec("uk-cma-cvs-quality-pet-care-the-vet-merger-phase-1-concerns-2022", u, "2022-02-18", t, OGL,
 att("Competition and Markets Authority", "press release", t, "18 February 2022", u, copy=True),
 "The Competition and Markets Authority (CMA) opened its investigation into CVS Group's purchase of Quality Pet Care, which trades as The Vet, in December last year. Both firms are providers of veterinary services, with CVS Group owning 467 practices in the UK, while The Vet operates 8 practices across England.\n\n"
 "Recent reports indicate that there are 17 million pet-owning homes across the UK, with consumer expenditure on vets and other services for pets in the UK estimated to be around £4 billion between July 2020 and June 2021. In recent years, the ownership of vets' practices across the UK has changed, with many practices being acquired by a small number of corporate groups, such as CVS. While independent veterinary practices accounted for 89% of the UK industry in 2013, this share had fallen to less than half (45%) by 2021, primarily as a result of independent practices being bought by corporate groups.\n\n"
 "Following its Phase 1 investigation into CVS's acquisition of The Vet, the CMA has found that the merger raises competition concerns in 5 local areas - Bristol, Nottingham, Portsmouth, Southampton and Warrington.\n\n"
 "The CMA's investigation found that the combined businesses would account for a significant proportion of veterinary services in each of these areas. While veterinary practices owned by CVS and The Vet currently compete for customers at each of these locations, the CMA is concerned that the combined businesses would not face sufficient competition after the merger. This could lead to pet owners facing a worse quality of service, including more limited treatment options, or having to pay higher prices.\n\n"
 "Colin Raftery, Senior Director of Mergers, at the CMA, said:\n\n"
 "Pets are much-loved members of millions of households across the UK and, when veterinary care is needed, it's important that pet owners have access to a good service at the right price.",
 "veterinary services; merger control", "UK", "deal,regulatory",
 MIRAGE_NOTE + "Cut at the end: the excerpt runs on into the quotation's second paragraph and breaks off inside it "
 "('The CMA has received a number of complaints in recent years a'); the text ends with the quotation's first "
 "paragraph, '... at the right price.' (`truncated`). The copy prints the quotation as a plain paragraph after "
 "'Colin Raftery, Senior Director of Mergers, at the CMA, said:' (gov.uk's block quote), kept so. The site's own "
 "lines around the release are not in the excerpt. Kept as written: the straight apostrophes ('CVS Group's', "
 "'vets' practices', 'CMA's', 'it's'), the hyphen in '5 local areas - Bristol, ...', 'in December last year' (the "
 "vettimes.com report of the same day has 'in September last year'; digitallook/Sharecast's has 'purchase of "
 "Quality Pet Care in December 2021'; the copy's word is kept and annotated as written), the heading's 'Vet' "
 "without 'The' (title only). `published` 2022-02-18: the copy carries no date line in the excerpt; vettimes.com "
 "('18 Feb 2022'), digitallook/Sharecast ('Friday 18 Feb 2022') and stockmarketwire (2022-02-18) report the CMA's "
 "finding that day. The words checked against other copies in the page store: digitallook/Sharecast has 'CVS Group "
 "owns 467 practices in the UK, while the Vet operates 8 practices across England' and the five towns as here, and "
 "vettimes.com has 'The CMA opened its investigation into CVS Group’s purchase of Quality Pet Care, which trades "
 "as The Vet, in September last year' (September for the copy's December) and 'The CVS Group owns 467 practices in "
 "the UK, while The Vet operates eight practices across England', and rewords the 89% / 45% figures; neither quotes "
 "Raftery's first paragraph (both quote later sentences of his, cut here). Found with 'CVS purchase of The Vet competition concerns CMA in-depth "
 "investigation' (rank 6). Same matter, left out (one text per matter): the news copies (law360, pymnts/CPI, "
 "vettimes, investorschronicle, digitallook, stockmarketwire) and the CMA's later acceptance of CVS's offer to sell "
 "The Vet (pymnts/CPI summary only). " + CHECKED + "'Quality Pet Care', 'CVS Group', 'Colin Raftery' - no text "
 "file ('Colin Raftery' only in GATHERING.md's 41a and 41g notes on Noble / Maersk Drilling, news only); 'CVS' - "
 "files on CVS Health / Aetna (test, by file name) and other matters; 'The Vet' - case-insensitive hits on "
 "other matters only (by file name: veterinarians, a coroner, a writer). The matter is new to the corpus.",
 MIRAGE))
# ---- CMA: VetPartners / Goddard, phase 1 concerns (28 April 2022) ----------------------------------------------------
u = "https://gov.uk/government/news/vetpartners-purchase-of-goddard-raises-competition-concerns"
t = "VetPartners’ purchase of Goddard raises competition concerns"
R.append(uk_rec("uk-cma-vetpartners-goddard-merger-phase-1-concerns-2022", u, "2022-04-28", t, OGL,
 att("Competition and Markets Authority", "news story", t, "28 April 2022", u),
 "VetPartners’ completed purchase of Goddard could now be referred for an in-depth investigation after the CMA found that the deal raises competition concerns.\n\n"
 "The Competition and Markets Authority (CMA) opened its investigation into VetPartners Limited’s purchase of Goddard Holdco Limited, which trades as Goddard Veterinary Group, in March 2022. Both firms are providers of veterinary services. VetPartners, owned by the private equity firm BC Partners, operates approximately 550 sites across the UK, while Goddard, a family-owned business, operates 47 sites in Greater London.\n\n"
 "As with the CMA’s recent investigation into CVS’s purchase of The Vet , this deal takes place against a backdrop of a small number of corporate groups, including VetPartners, buying up large numbers of independent practices and local chains of vets across the UK. The CMA has received a number of complaints in recent years about higher prices or lower quality services as a result of multiple vets’ practices in the same local area being owned by a single company. VetPartners, like most of these corporate groups, not only owns and operates local vet practices, but also has broader activities within the veterinary sector, owning other businesses including diagnostic laboratories, locum agencies, and crematoria.\n\n"
 "Following its Phase 1 investigation into VetPartners’ acquisition of Goddard, the CMA has found that the merger raises competition concerns in 11 local areas across Greater London.\n\n"
 "The CMA’s investigation found that the combined businesses would account for a significant proportion of veterinary services in each of these areas. While veterinary practices owned by VetPartners and Goddard currently compete for customers at each of these locations, the CMA is concerned that the combined businesses would not face sufficient competition after the merger.",
 "veterinary services; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Cut at the end: the excerpt breaks off inside the next sentence ('This could lead to pet owners facing a "
 "worse quality of service, inclu'), so the text ends with '... would not face sufficient competition after the "
 "merger.' (`truncated`); Colin Raftery's quotation, which the news copies print after it, is not in the excerpt. "
 "The page's label and date line are not in the excerpt. Kept as written: the space before the comma in 'The Vet ,' "
 "(the page's link text), the curly apostrophes, 'Phase 1' with a capital. `published` 2022-04-28: vettimes.com "
 "('28 Apr 2022'; 'In a statement released today (28 April)') and law360 (28 April 2022) report the CMA's finding "
 "that day. The words checked against other copies in the page store: vettimes.com quotes the third paragraph "
 "('As with the CMA’s recent investigation into CVS’s purchase of The Vet, this deal takes place ...' to '... and "
 "crematoria.') word for word (no space before the comma) and the fourth with 'phase one' for 'Phase 1'; "
 "thecaninetimes.co.uk and thebusinessdesk.com reword the opening. "
 "Found with 'CMA news story veterinary merger VetPartners Goddard Veterinary Group phase 1 concerns' (rank 7) and "
 "again, the same excerpt, with the heading and 'Colin Raftery Senior Director of Mergers' (rank 7). Same matter, "
 "left out (one text per matter): news copies (petgazette, thecaninetimes, vettimes, law360, thebusinessdesk, "
 "healthinvestor) and the CMA's acceptance of the sale of eight practices to Linnaeus (September 2022; vettimes "
 "only). " + CHECKED + "'VetPartners', 'Goddard Holdco', 'Goddard Veterinary', 'Linnaeus' - no file; 'Goddard' - "
 "only NASA's Goddard Space Flight Center (other matters); 'BC Partners' - a train FCC notice on Intelsat and batch "
 "46h (another matter). The matter is new to the corpus (the CVS / The Vet text above is another matter, named "
 "here only as a comparison).",
 GOV))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
