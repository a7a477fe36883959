#!/usr/bin/env python3
"""Batch 41g (session 42; gatherer 41g): the CMA lane of batches 17d, 21c, 40zh, 40zo and 41a, asked for UK CMA news on
company deals (gov.uk, Open Government Licence v3.0) and, where no CMA release came back whole, for other UK
regulators' releases on named companies' deals, fines or service failures under the OGL. No CMA release on a deal new
to the corpus came back from the page store as a gov.uk text or a wired-gov.net copy in this round (news copies only;
see GATHERING section 41g); two Ofgem press releases on named companies were taken:
- Cadent, a gas distribution network company, agreeing to pay £24 million and set up a community fund worth an
  estimated £20 million for three serious failings (residents left without gas for longer than necessary, missed
  compensation, no records of 775 high rise blocks of flats), Ofgem chief executive Dermot Nolan quoted (22 May 2019);
- E.On Next, Good Energy and Octopus Energy paying a total of £8 million for missing or delaying statutory
  compensation payments owed when a final bill is late, Ofgem's Director for Strategy Neil Kenward quoted (17 May
  2023).
Both texts are the search tool's page-store excerpts (corpus `pages`) of the releases on ofgem.gov.uk, embedded here;
cuts per item in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch41g.py [POOL_DIR] [--dry]   (default /tmp/gather42g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42g/pool"
OGL_NOTICE = "contains public sector information licensed under the Open Government Licence v3.0"
ORIGIN = "Ofgem press release (ofgem.gov.uk, page store)"
LIC_NOTE = ("Licence: Ofgem publishes its material under the OGL v3.0 except where otherwise stated (as batches 18a, "
            "18a2, 27c, 35g and 39n recorded; not shown in the excerpt - the same doubtful point as before). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather42*/pool as they stood; file names only, no test or dev text opened): ")


def att(title, date, url):
    """The attribution of an Ofgem release; `date` None for a release whose excerpt carries no date (batch 41i)."""
    d = f" ({date})" if date else ""
    return f"Ofgem, press release, '{title}'{d}, {OGL_NOTICE}; text as at {url}"


R = []
# ---- Ofgem: Cadent pays £24 million and sets up a £20 million community fund (22 May 2019) -------------------------
t = "Cadent pays £24 million for past failures and establishes a £20 million community fund"
u = "https://ofgem.gov.uk/press-release/cadent-pays-ps24-million-past-failures-and-establishes-ps20-million-community-fund"
R.append(uk_rec("ofgem-press-release-cadent-pays-24-million-past-failures-community-fund-2019", u, "2019-05-22", t,
 OGL, att(t, "22 May 2019", u),
 "Cadent, a gas distribution network company, acknowledges its responsibility to its customers, agrees to pay a total £24 million and is committed to implementing an improvement plan to address three serious failings after intervention from Ofgem.\n\n"
 "Additionally, Cadent has committed to setting up a community fund, worth an estimated £20 million, to support consumers in vulnerable circumstances.\n\n"
 "Cadent will also double the statutory compensation payments, at an estimated cost of £6.7 million, made to customers who experience an unplanned gas supply interruption for longer than 24 hours over the next two years (see breakdown of payment for full details).\n\n"
 "Network companies are required to keep records of assets, such as the pipes in their network. Cadent had no records of the 775 high rise blocks of flats, which meant they were not part of its regular inspection or maintenance programme. Ofgem opened an investigation into Cadent’s record-keeping in 2018.\n\n"
 "Cadent has admitted all three failings to Ofgem, acted to rectify the issues, implemented new processes to address them, and submitted improvement plans for interruptions and record keeping.\n\n"
 "Ofgem has now closed its investigation into the record keeping failures and will not take further action over gas supply interruptions and delayed compensation payments to affected residents.\n\n"
 "Dermot Nolan, chief executive of Ofgem, said:\n\n"
 "“Cadent has a duty of care and responsibility to millions of people across half of the country who rely on the gas it pipes to their homes for cooking and heating.\n\n"
 "“Cadent acknowledges that it failed these customers by leaving many without gas for longer than necessary, failing to properly compensate some of those affected and not having the proper systems in place to keep records of all the high rise blocks of flats it supplies.",
 "utilities/gas", "UK", "regulatory,near-miss",
 "The page store holds two renderings of the release under the same address: one with the page furniture ('Press "
 "release', 'Publication date', 'Industry sector', 'Supply and Retail Market', 'Distribution Network'), three summary "
 "bullets and the numbered list of failings, which breaks off before the quotation; the other (taken) starts at the "
 "body's first sentence, lacks the bullets and the list, and runs on into Nolan's quotation. Cut: the line 'Cadent has "
 "acknowledged the following failings:' (its numbered list is missing from this rendering, so it dangles); the "
 "excerpt breaks off inside the quotation's third paragraph ('“Ofgem has worked with the company, which is under new "
 "ownership and has given commitment to improve its operations'), so the text ends at the last full sentence '... "
 "flats it supplies.' (`truncated`; the open quotation marks of a multi-paragraph quotation are the source's). Kept "
 "as written: '(see breakdown of payment for full details)' (a link's words), 'high rise', 'record-keeping' beside "
 "'record keeping', curly quotes. 'the 775 high rise blocks of flats' refers back to the cut list (the other "
 "rendering's bullet 'Cadent had no records of 775 high rise blocks of flats in its gas network'). `published` 22 "
 "May 2019: no date in the excerpt; energylivenews.com's report is dated 2019-05-22, ITV's address carries "
 "2019-05-22 and Reuters (euronews) has Ofgem saying it 'on Wednesday' (22 May 2019). No outage event: the "
 "interruptions are counted, not told one by one (GUIDELINES, outages counted but not told) - a near-miss. " + LIC_NOTE +
 "Found with 'ofgem.gov.uk Cadent pay £44 million failures high rise blocks gas supply' (ranks 3 and 5, the two "
 "renderings). One text per event: news copies (Guardian, Yahoo, ITV, energylivenews, a BBC copy) left out. "
 + CHECKED + "'775 high', 'community fund', 'Dermot Nolan' - only batch 16f's Hansard bill committee text (train; "
 "Nolan as a witness, 2018), another subject; 'Cadent' - batch 27c's Ofgem statement on the Sheffield gas supply "
 "incident (dev by file name) and batch 39n's callout-targets release (test by file name), other events. The "
 "penalty is new to the corpus.",
 ORIGIN))
# ---- Ofgem: three energy suppliers pay £8 million for customer compensation failures (17 May 2023) ----------------
t = "Three energy suppliers pay £8 million for customer compensation failures"
u = "https://ofgem.gov.uk/press-release/three-energy-suppliers-pay-ps8-million-customer-compensation-failures"
R.append(uk_rec("ofgem-press-release-eon-next-good-energy-octopus-compensation-failures-2023", u, "2023-05-17", t,
 OGL, att(t, "17 May 2023", u),
 "Three GB domestic energy suppliers have paid a total of £8 million for delaying or failing to make statutory compensation payments owed to energy customers, with this money going to directly benefit consumers.\n\n"
 "E.On Next, Good Energy and Octopus Energy either missed or unduly delayed the compensation payments, which are due if a supplier does not provide a final bill within six weeks when a customer switches to another provider.\n\n"
 "Energy regulator Ofgem brought in additional 'Guaranteed Standards of Performance' (GSOP) to reduce delays in final billing in May 2020. Since their introduction, this is the first time the regulator has taken compliance action on GSOP compensation delays, in relation to final billing performance standards.\n\n"
 "The standards will be increasingly important this year with switching activity predicted to increase again as the energy market recovers and customers begin to shop around for cheaper tariffs.\n\n"
 "Neil Kenward, Director for Strategy at Ofgem, said:\n\n"
 "“Ofgem introduced these standards to make sure customers get the service they deserve when switching energy supplier.\n\n"
 "Our rules mean that where energy companies drag their heels, customers are automatically compensated. We won’t hesitate to hold energy companies to account, as we have done today.\n\n"
 "As the energy market starts to recover, we’ll likely see a return to more switching, and this action is a reminder to suppliers that they need to make switching as easy and convenient as possible for their customers, and where they cause undue delay, pay compensation swiftly.”\n\n"
 "These Guaranteed Standards of Performance regulations (GSOP), mandated by Ofgem, entitle an affected customer to a ‘Standard’ one-off compensation payment of £30 if a final bill is not produced within six weeks.",
 "utilities/energy supply", "UK", "regulatory",
 "The excerpt starts at the body (the heading, kept as title, and the page furniture are not in it). Single line "
 "breaks doubled (whitespace only). Cut: the line 'The rules ensure that suppliers provide compensation to "
 "customers when:' (its bulleted list is missing from the excerpt, so it dangles; news copies give the three cases); "
 "the excerpt breaks off inside the next sentence ('If this compensation is not provided within a further 10 "
 "working days, a customer is due an 'Additional Standard' GSOP compensation payment '), so the text ends at '... "
 "within six weeks.' (`truncated`). Kept as written: 'E.On Next', straight quotes around 'Guaranteed Standards of "
 "Performance', curly quotes elsewhere, the quotation's middle paragraphs without opening marks. `published` 17 May "
 "2023: no date in the excerpt; the Guardian's and thisismoney's reports are dated 2023-05-17, ITV's address carries "
 "2023-05-17 and has the watchdog saying it 'on Wednesday'; moneysavingexpert files it under 2023/05. No outage: "
 "late bills and compensation, not a lost service. " + LIC_NOTE + "Found with 'ofgem.gov.uk press release supplier "
 "pay penalty redress Director of Enforcement said customers' (rank 7). One text per event: news copies (inkl, "
 "Guardian, ITV, moneyweek, thisismoney, deeside, theenergyst) and Ofgem's next-day release on Good Energy and Ovo "
 "overcharging (news only) left out. " + CHECKED + "'Kenward', 'E.On Next', 'E.ON Next' - no file; 'Good Energy' "
 "- batch 16f's Hansard bill committee text (train, 2018), another subject; 'Guaranteed Standards' - Commons and "
 "committee texts on power cuts and Ofgem's double-payments release, other subjects. The event is new to the "
 "corpus.",
 ORIGIN))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
