#!/usr/bin/env python3
"""Batch 39n (session 40; helper gatherer 39n): outages with a named provider told in UK public-sector texts, the OGL
lane of batches 35g, 36c, 37c and 38c (and of batch 33g's storm statements), asked for regulators' texts (Ofgem,
Ofcom, Ofwat and the Drinking Water Inspectorate, the ORR, the FCA and PRA) on outages the corpus does not hold:
  - Northern Electric plc's memorandum to the Commons Northern Ireland Affairs Committee (23 March 1999): 120,000
    customers lost supply through storm damage to its distribution systems, mainly in the Northumberland area
    (publications.parliament.uk, HC 227 of 1998-99, Minutes of Evidence) -> outage, provider named, no date told;
  - Ofgem's press release on three gas distribution operators (Cadent, SGN Scotland, SGN Southern) paying £8 million
    for missing their targets for attending gas emergencies between 2022-2023 (ofgem.gov.uk) -> near-miss (no supply
    lost; a response-time breach).
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch39n.py [POOL_DIR] [--dry]   (default /tmp/gather40n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40n/pool"
ORIGINS = {"OPL": "UK Parliament, committee publications on publications.parliament.uk (page store)"}
OGL = "Open Government Licence v3.0"
OGL_NOTICE = "contains public sector information licensed under the Open Government Licence v3.0"

R = []

# ---- a storm power outage with its operator named (Open Parliament Licence) --------------------------------------
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-northern-electric-storm-1999",
 "https://publications.parliament.uk/pa/cm199899/cmselect/cmniaf/227/227ap19.htm",
 "1999-03-23", "Memorandum submitted by Northern Electric plc",
 "House of Commons, Northern Ireland Affairs Committee, Minutes of Evidence (HC 227, Session 1998-99), "
 "publications.parliament.uk",
 "Memorandum submitted by Northern Electric plc\n\n"
 "The number of customers who lost supply as a direct result of system damage due to the weather conditions was "
 "120,000. This is 8.3 per cent of the customers connected to our distribution systems. Forty thousand of the "
 "120,000 were affected more than once due to system switching.\n\n"
 "The level of payment made by way of compensation was \u00a350 for 24 hours off supply, and \u00a325 for each "
 "subsequent 12 hours off supply. This payment was made on receipt of a claim by a customer.\n\n"
 "The nature of any storm damage is always unique to that individual event. In this instance Northern suffered "
 "damage primarily in the Northumberland area, and not, as Northern Ireland did, across its whole territory. The "
 "extent of the damage in this storm was particularly challenging as it hit at all voltage levels on the network "
 "with numerous faults being created between a customer and a bulk supply point. In circumstances of this nature "
 "supply can only be fully resolved over a prolonged period. Indeed, during the early part of the storm it was too "
 "dangerous for staff to address the faults.",
 "utilities/electricity", "non-US", "outage",
 "The page header 'Select Committee on Northern Ireland Affairs Minutes of Evidence' and the footer ('previous page "
 "contents next page', the House of Commons/Parliament navigation line, '\u00a9 Parliamentary copyright 1999', "
 "'Prepared 29 July 1999') left out; the memorandum's date line '23 March 1999' left out of the text and kept as "
 "`published`. Cut: the sentence 'The percentage restored within the times you indicate are:' and the table that "
 "follows it (columns '3 hours', '3-12 hours', '12-24 hours', '24-48 hours', '48-72 hours', '72 hours'; row 73.8, "
 "92.3, 96.6, 99.3, 99.96, 100) - a table, and the sentence dangles without it. The heading 'Memorandum submitted "
 "by Northern Electric plc' is KEPT as the first one-line paragraph (as batch 35g kept headings that carry a "
 "company's name): the body names the company only as 'Northern'. Nothing cut at the end (the memorandum ends with "
 "'... to address the faults.'), so not truncated. Kept as written: 'per cent', '\u00a350', 'Forty thousand'. "
 "The memorandum answers the committee's inquiry into the Boxing Day 1998 storm in Northern Ireland (batch 29c's "
 "train text, the committee's report, tells NIE's outage); this text tells another operator's outage in another "
 "region, and does not date its storm. Found with 'Ofgem Northern Ireland Utility Regulator NIE Networks power "
 "outage report customers lost supply storm review' (came back fifth) and again with 'NIE letter storm weekend "
 "17-19 September 1999 ...' (fifth).", "OPL", truncated=False))

# ---- a near-miss: a regulator's redress case on gas emergency response times (Open Government Licence) -----------
U2 = "https://www.ofgem.gov.uk/press-release/three-gas-distribution-operators-pay-ps8-million-missing-callout-targets"
T2 = "Three gas distribution operators to pay \u00a38 million for missing callout targets"
R.append({"id": "ofgem-press-release-gas-distribution-operators-callout-targets-redress", "source": U2,
 "licence": OGL,
 "attribution": f"Ofgem, press release, '{T2}', {OGL_NOTICE}; text as at {U2}",
 "published": None, "title": T2,
 "text":
 "Cadent Gas Limited, Scotland Gas Networks Plc (SGN Scotland) and Southern Gas Networks Plc (SGN Southern) have "
 "voluntarily agreed to pay a total of \u00a38 million to Ofgem\u2019s Energy Redress Fund after failing to meet "
 "their targets for attending gas emergencies in the required timescales.\n\n"
 "Ofgem\u2019s rules require gas distribution network operators (GDNs), which manage and maintain the network that "
 "delivers gas to homes and businesses, to attend reports of suspected gas leaks within one or two hours, depending "
 "on the circumstances of the incident, in 97% of cases.\n\n"
 "An investigation was opened by the regulator after the GDNs involved self-reported, in advance of submitting "
 "figures formally, that they had missed the targets between 2022-2023.\n\n"
 "After admitting the breach, and in acknowledgement of the potentially serious risk to the public in failing to "
 "meet these targets, the three companies have now voluntarily agreed to pay a total of \u00a38 million to "
 "Ofgem\u2019s Energy Industry Voluntary Redress Fund (EIVRF), which funds projects and schemes to support energy "
 "consumers, particularly those in vulnerable situations.\n\n"
 "Cathryn Scott, Director of Market Oversight and Enforcement at Ofgem, said:\n\n"
 "\u201cThe potential risk to households and businesses if gas leaks aren\u2019t investigated quickly is "
 "significant, so it\u2019s right that the companies involved have acknowledged the seriousness of missing these "
 "targets.\n\n"
 "\u201cWe\u2019re confident the companies have improved their systems and processes to make sure this doesn\u2019t "
 "happen again and have demonstrated their commitment to this by meeting their targets in the two years since the "
 "breach.",
 "sector": "utilities/gas", "region": "non-US", "topics": ["near-miss", "regulation"],
 "origin": "Ofgem press release (ofgem.gov.uk, page store)",
 "notes": "Ofgem's chrome ('Press release' label) and the page heading (kept as `title`) left out. Cut: the sentence "
 "'The payments agreed to be made by each company are:' and its table ('Company Payment made to the EIVRF', "
 "'Cadent \u00a31.5 million', 'SGN Scotland \u00a3700,000', 'SGN Southern \u00a35.8 million') - a table, and the "
 "sentence dangles without it; the excerpt breaks off inside the quote's third paragraph ('\u201cWe take "
 "compliance with our rules incredibly seriously, and as demonstrated with this '), so the text ends at the last "
 "full sentence '... since the breach.' (`truncated`; the open quotation of a multi-paragraph quote is the "
 "source's). `published` null: no date in the excerpt (news copies date it 30 May 2025; not used, as batch 35g did "
 "for Ofgem's undated release). Kept as written: 'between 2022-2023', 'self-reported', curly apostrophes and "
 "quotes. Licence: Ofgem publishes its material under the OGL v3.0 except where otherwise stated (as batches 18a, "
 "18a2, 27c and 35g recorded; not shown in the excerpt - doubtful point as before). Found with 'ofgem.gov.uk gas "
 "distribution network interruption customers without gas investigation SGN Wales & West Utilities' (came back "
 "first) and again with a query on its quote (first). Batch 27c's notes mention this release as left out ('one "
 "text per company', Cadent's Sheffield statement being taken); it is taken here as a near-miss of the OGL lane.",
 "truncated": True})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
