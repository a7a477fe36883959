#!/usr/bin/env python3
"""Batch 41s (session 42; gatherer 41s): the OGL regulators' lane of batches 18a, 27c, 35g, 39n, 41g and 41i, asked
for UK energy (and, if licensed the same way, water) regulators' releases on named companies: penalties,
investigations, deals, supplier failures and network performance. Four Ofgem texts on named companies' penalties were
taken (no outage is told in any of them; see GATHERING section 41s):
- Good Energy Limited to pay £2,000,000 for overcharging 6,966 customers above the price cap and Energy Price
  Guarantee between January 2019 and January 2023, and for failing to comply with Standard Licence Condition 5
  (Ofgem decision, ofgem.gov.uk; May 2023, no day in the excerpt);
- OVO Energy Limited to pay £2,000,000 for Energy Price Guarantee overcharging of 10,987 customer accounts between
  October 2022 and March 2023, after it self-reported in November 2022 (Ofgem decision, ofgem.gov.uk; May 2023);
- ScottishPower agreeing to pay £18m concluding an Ofgem investigation into its complaint handling, call handling and
  billing during and after its implementation of a new IT system, Ofgem chief executive Dermot Nolan quoted (Ofgem
  press release, 26 April 2016, as wired-gov.net reproduces it);
- Scottish and Southern Energy Power Distribution (SSEPD) paying £750,000 to the Scottish Hydro Electric Community
  Trust for late connection offers to 200 customers between August 2010 and September 2013, a repeat of the breach it
  was fined £500,000 for in 2011 (Ofgem press release, 30 May 2014, as wired-gov.net reproduces it).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here; cuts per item in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch41s.py [POOL_DIR] [--dry]   (default /tmp/gather42s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec
from batch41g import OGL_NOTICE, CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42s/pool"
ORIGIN_DECISION = "Ofgem decision (ofgem.gov.uk, page store)"
ORIGIN_WG = "Ofgem press release as wired-gov.net reproduces it (page store)"
LIC_NOTE = ("Licence: Ofgem publishes its material under the OGL v3.0 except where otherwise stated (as batches 18a, "
            "18a2, 27c, 35g, 39n, 41g and 41i recorded; not shown in the excerpt - the same doubtful point as "
            "before). ")
WG_NOTE = ("Ofgem's release as wired-gov.net reproduces it (Ofgem content under the OGL v3.0; wired-gov.net copies of "
           "public bodies' releases used before: batches 10, 18b, 27c and 41a). ")


def att_decision(title, url):
    """The attribution of an Ofgem decision notice whose excerpt carries no date."""
    return f"Ofgem, decision, '{title}', {OGL_NOTICE}; text as at {url}"


def att_wg(title, date, iso, url):
    """The attribution of an Ofgem press release copied by wired-gov.net (the form of batch 27c's copy)."""
    return f"Ofgem, press release, '{title}' ({date}), {OGL_NOTICE}; as wired-gov.net reproduces it, {iso}, {url}"


R = []
# ---- Ofgem decision: Good Energy Limited to pay £2,000,000 for overcharging customers (May 2023) -------------------
t = "Good Energy Limited to pay £2,000,000 for overcharging customers"
u = "https://ofgem.gov.uk/publications/good-energy-limited-pay-ps2000000-overcharging-customers"
R.append(uk_rec("ofgem-decision-good-energy-limited-pays-2-million-overcharging-customers-2023", u, None, t,
 OGL, att_decision(t, u),
 "Good Energy Limited is to refund and compensate 6,966 customers it has overcharged, primarily with reference to the price cap and Energy Price Guarantee. The total amount of customer detriment to be refunded is £391,650. Refunds will be issued automatically to affected customers.\n\n"
 "In addition, the supplier will pay £1,250,000 to Ofgem’s voluntary redress fund and £368,404 in goodwill payments to affected customers, equating to a total payment of £2,010,054.\n\n"
 "In October 2022, Good Energy Limited discovered that the absence of an operational process to adjust the tariff after a customer changes their payment method resulted in an overcharge to 6,966 customers for varying periods of time between January 2019 and January 2023. Good Energy Limited failed to transfer customers from a non-direct debit tariff to a direct debit tariff after the customer had updated their payment method, causing affected customers to be charged above the maximum rates allowed under the price cap and Energy Price Guarantee. The average amount being refunded to affected customers is £56.\n\n"
 "Ofgem found that Good Energy Limited had inadequate systems, processes and governance in place to prevent customer overcharging when customers change their payment method, over an extended period. Good Energy Limited also admitted to failing to comply with Standard Licence Condition 5 “SLC 5”, which sets out the requirement on licensees to provide information when and in the form requested by Ofgem in order to conduct its regulatory duties. Good Energy Limited repeatedly failed to provide accurate submissions for the mandatory Tariff and Customer Account Request for Information (RFI) in each price cap period, which is issued to all domestic suppliers.",
 "utilities/energy supply", "UK", "regulatory",
 "The heading (kept as title) and the page furniture ('Decision', 'Publication date', 'Industry sector', 'Supply "
 "and Retail Market') left out; the excerpt shows no date. Cut at the end: the excerpt breaks off inside the next "
 "paragraph ('Good Energy Limited has provided a formal improvement plan, as requested by Ofgem, to ensure "
 "appropriate governanc'), so the text ends at '... issued to all domestic suppliers.' (`truncated`). A trailing "
 "space at the end of the last paragraph dropped (whitespace only). Kept as written: 'Standard Licence Condition 5 "
 "“SLC 5”', 'non-direct debit', curly quotes and apostrophe. `published` null: no date in the excerpt; "
 "moneysavingexpert's report on the four suppliers' payments sits under /news/2023/05/, and batch 41g's notes call "
 "it Ofgem's next-day release after 17 May 2023 (so 18 May 2023, the brief's lead) - no dated copy seen, so a month, "
 "not a day, and not set (as batch 41i left its undated release). The text is an Ofgem 'Decision' notice, not a "
 "press release; the same day's news copies (the Guardian via a cloudfront mirror, bristol-business, the Scottish "
 "Sun, nimblefins) tell it together with OVO's, which is taken as its own decision notice (another company, another "
 "breach; see the OVO item). No outage: overcharging and reporting failures. " + LIC_NOTE +
 "Found with 'Ofgem Good Energy Ovo overcharging customers pay redress' (rank 4) and 'Ovo Good Energy overcharged "
 "customers Energy Price Guarantee Ofgem May 2023 refund £391,650' (rank 5). " + CHECKED + "'Energy Price "
 "Guarantee', 'overcharg', '£391,650', 'Dan Norton', 'Good Energy Limited' - no file but batch 41g's notes naming "
 "this release as not taken; 'Good Energy' - batch 16f's Hansard bill committee text (train, 2018) and batch 41g's "
 "compensation-failures release (train, 2023; another breach: late final-bill compensation). The penalty is new to "
 "the corpus.",
 ORIGIN_DECISION))
# ---- Ofgem decision: OVO Energy Limited to pay £2,000,000 for Energy Price Guarantee overcharging (May 2023) --------
t = "OVO Energy Limited to pay £2,000,000 for Energy Price Guarantee overcharging"
u = "https://www.ofgem.gov.uk/publications/ovo-energy-limited-pay-ps2000000-energy-price-guarantee-overcharging"
R.append(uk_rec("ofgem-decision-ovo-energy-limited-pays-2-million-energy-price-guarantee-overcharging-2023", u, None,
 t, OGL, att_decision(t, u),
 "OVO Energy Limited has refunded and compensated 10,987 customer accounts it has overcharged due to not applying the Energy Price Guarantee discount. The total amount of customer detriment to be refunded is £1,492,917. Refunds will be issued via a rebilling exercise that will be issued automatically to affected customers.\n\n"
 "In addition, the supplier has paid £498,838 in goodwill payments to affected customers, and a further £10,000 into Ofgem’s voluntary consumer redress fund for reporting failings, equating to a total package of £2,001,755.\n\n"
 "In November 2022, OVO Energy Limited self-reported to Ofgem that it had identified a number of customers that may have had incorrect rates applied to tariffs.  In December 2022, OVO Energy Limited confirmed that operational errors with the implementation of the Energy Price Guarantee discount to its tariffs were present and would work with Ofgem to identify all customers impacted and implement fixes.  In March 2023, OVO Energy Limited confirmed it had overcharged 10,987 customers for varying periods of time between October 2022 and March 2023. The result of this issue was that almost 11,000 customers paid above the maximum rates allowed under the Energy Price Guarantee. The average amount being refunded to affected customers is £135. OVO Energy Limited also provided goodwill payments, with the amount of goodwill varying, depending on the size of overcharge. Affected customers on the Priority Services Register (PSR), who are more likely to be in vulnerable circumstances, will also receive a greater share of goodwill.\n\n"
 "Suppliers must be vigilant and ensure that all eligible customers, particularly those who may be in vulnerable circumstances, are protected by the Energy Price Guarantee.",
 "utilities/energy supply", "UK", "regulatory",
 "The heading (kept as title) and the page furniture ('Publication date', 'Industry sector', 'Supply and Retail "
 "Market') left out; the excerpt shows no date. Cut at the end: the excerpt breaks off inside the last paragraph's "
 "second sentence ('Where issues are identified, we expect suppliers to act quickly to provide a resolution and to "
 "e'), so the text ends at '... protected by the Energy Price Guarantee.' (`truncated`). A trailing space after "
 "'£2,001,755.' dropped (whitespace only). Kept as written: the two spaces between the third paragraph's first "
 "sentences, 'self-reported', 'Priority Services Register (PSR)', curly apostrophe. `published` null: no date in "
 "the excerpt (as the Good Energy item: May 2023 by moneysavingexpert's address; 18 May 2023 by batch 41g's "
 "'next-day release' and the brief's lead, no dated copy seen). An Ofgem 'Decision' notice; news copies tell it with "
 "Good Energy's (one story, two decisions on two companies and two breaches - taken as two texts, doubtful; the lead "
 "may keep one). No outage: a discount not applied. " + LIC_NOTE + "Found with 'Ofgem Good Energy Ovo overcharging "
 "customers pay redress' (rank 2) and 'Ovo Good Energy overcharged customers Energy Price Guarantee Ofgem May 2023 "
 "refund £391,650' (ranks 1 and 7). " + CHECKED + "'OVO Energy', 'Ovo Energy', 'Energy Price Guarantee', "
 "'10,987', 'overcharg', 'Priority Services Register' - no file (besides batch 41g's notes naming this release as "
 "not taken). The penalty is new to the corpus; OVO's earlier £8.9m payment of January 2020 (a Scottish Sun copy "
 "only) was not used.",
 ORIGIN_DECISION))
# ---- Ofgem: ScottishPower to pay £18m for customer service failings (26 April 2016) -------------------------------
t = "ScottishPower to pay £18m for customer service failings"
u = ("https://www.wired-gov.net/wg/news.nsf/print/ScottishPower+to+pay+18m+for+customer+service+failings+"
     "27042016092500")
R.append(uk_rec("ofgem-press-release-scottishpower-pays-18m-customer-service-failings-2016", u, "2016-04-26", t,
 OGL, att_wg(t, "26 April 2016", "2016-04-26", u),
 "ScottishPower has agreed to pay £18m concluding an Ofgem investigation into the supplier’s complaint resolution, call handling and billing processes, during and following the supplier’s implementation of a new IT system. The money will be paid to vulnerable ScottishPower customers that were affected by customer service issues (up to £15m) and the remainder to charity.\n\n"
 "Ofgem found that ScottishPower failed to treat its customers fairly; it had insufficient contingency plans and it didn’t do enough to protect its customers from issues that arose from the implementation of the new IT system. This resulted in a significant increase in the number of complaints the supplier received. ScottishPower also handled some of these complaints poorly with a significant number taking too long to resolve.\n\n"
 "Many customers experienced unacceptably long call waiting times with many calling multiple times and hanging up before getting through. Thousands of Ombudsman rulings were not implemented within the required 28 days. ScottishPower’s failures also resulted in over 300,000 customers receiving late final bills. This meant some customers did not promptly receive money they were owed.\n\n"
 "Since Ofgem opened the investigation, Scottish Power has improved its customer service. The average call waiting time, rate of abandoned calls and the number of Ombudsman cases have all more than halved. The number of late bills has fallen by 75%. ScottishPower has been cooperative throughout the investigation.\n\n"
 "Dermot Nolan, Ofgem chief executive said: “Scottish Power let its customers down during the implementation of a new IT system. When things went wrong, it didn’t act quickly enough to fix them. This created frustration and worry for many customers, who also wasted a lot of time trying to contact the supplier by phone.",
 "utilities/energy supply", "UK", "regulatory,near-miss",
 WG_NOTE + "wired-gov.net's printable page: the heading (kept as title) and its date line ('26 Apr 2016 04:12 PM', "
 "kept as `published`; the address carries 27042016 09:25, the copy's time) left out. Trailing spaces at the ends of "
 "the first and fourth paragraphs dropped (whitespace only). Cut at the end: the excerpt breaks off inside the "
 "quotation's second paragraph ('“The £18m payment sends a strong message to all energy companies about the imp'), "
 "so the text ends at '... contact the supplier by phone.' (`truncated`; the open quotation mark of a "
 "multi-paragraph quotation is the source's, as batch 41g's Cadent text). Kept as written: 'ScottishPower' beside "
 "'Scottish Power', curly quotes and apostrophes. `published` 26 April 2016 from the date line; moneywise's report "
 "is dated 26 April 2016 and scottishfinancialreview's address carries 2016/04/26. No outage: the new IT system's "
 "'issues' are told as complaints, call waiting and late bills, not as a service lost - a near-miss (doubtful: a "
 "reader may see the IT change as a billing system failure; no day, no stop of supply). " + LIC_NOTE +
 "Found with 'ofgem.gov.uk ScottishPower pay £ million customer service failings complaints Ofgem investigation' "
 "(rank 2); no ofgem.gov.uk copy came back. One text per event: news copies (moneywise, Yahoo/Sky, "
 "scottishenergynews, simplyswitch, execreview/Guardian, newpower, theweek, freshbusinessthinking, Daily Mail, "
 "scottishfinancialreview) left out. " + CHECKED + "'£18m', 'new IT system' (one hit in batch 15c's annotation "
 "script, another subject), 'Ombudsman rulings' - no file on this event; 'ScottishPower' - Wikipedia texts on Demon "
 "Internet (train) and José Ignacio Sánchez Galán (dev), and a Northern Ireland Affairs Committee memorandum on a "
 "1999 storm (dev), other events; 'Dermot Nolan' - batch 16f (train) and batch 41g (test), other subjects. The "
 "payment is new to the corpus.",
 ORIGIN_WG))
# ---- Ofgem: SSEPD pays £750,000 for not providing timely connection offers (30 May 2014) ---------------------------
t = ("Scottish and Southern Energy Power Distribution pay £750,000 for not providing timely offers to connect some "
     "customers to the electricity network")
u = ("http://www.wired-gov.net/wg/news.nsf/articles/Scottish+and+Southern+Energy+Power+Distribution+pay+750000+for+"
     "not+providing+timely+offers+to+connect+some+customers+to+the+electricity+network+30052014130500?open")
R.append(uk_rec("ofgem-press-release-ssepd-pays-750000-late-connection-offers-2014", u, "2014-05-30", t,
 OGL, att_wg(t, "30 May 2014", "2014-05-30", u),
 "Ofgem found Scottish and Southern Energy Power Distribution (SSEPD) were too slow in providing connection offers to some customers\n\n"
 "SSEPD to give money to a community trust to assist electricity connections in rural areas\n\n"
 "SSEPD has cooperated fully with Ofgem in looking into this issue\n\n"
 "Ofgem found that SSEPD did not provide some customers with an offer to connect to the electricity network within the prescribed timescales. In recognition of these failures, the company has paid £750,000 to the Scottish Hydro Electric Community Trust, to assist customers with the cost of electricity connections in rural areas.\n\n"
 "During routine monitoring, SSEPD and Ofgem found that between August 2010 and September 2013 SSEPD did not meet the deadline to make a connection offer to 200 customers. As part of their licence conditions, electricity distribution companies have a maximum of three months to make connection offers to customers and must have the appropriate resources in place to deliver their work.\n\n"
 "SSEPD was fined £500,000 by Ofgem in 2011 for breaches of the same licence conditions. They committed, at that time, to putting systems in place avoid a similar situation but these systems have been shown to have flaws.  Today’s higher payment takes into account the failure to fully rectify the 2011 breach and the subsequent repeat of the same breach.\n\n"
 "As well as providing an essential service to consumers, timely and cost-effective connections to the distribution system enable economic growth and help to decarbonise the energy we use. For the next electricity distribution price control, RIIO-ED1, Ofgem has included a time to connect incentive for companies to speed up time between application and connection offer.",
 "utilities/electricity", "UK", "regulatory",
 WG_NOTE + "wired-gov.net's article page: its department line 'Ofgem', 'Printable version' and the heading (kept as "
 "title) left out; the three summary bullets kept, each as its own paragraph without its '•' marker and without a "
 "full stop (as the source has none), as batch 18b's ukpol texts keep bullets. Cut at the end: 'Sarah Harrison, "
 "Ofgem Senior Partner with responsibility for enforcement said:' - the excerpt breaks off after it, before the "
 "quotation, so it dangles (`truncated`; Harrison therefore is not in the text). Kept as written: 'putting systems "
 "in place avoid' (a word missing in the source), the two spaces before 'Today’s', 'RIIO-ED1', curly apostrophe. "
 "`published` 30 May 2014 from wired-gov.net's address (30052014 13:05; the excerpt shows no date line); 'Today’s' "
 "resolves to it. The 2011 penalty the text recalls ('fined £500,000 by Ofgem in 2011') is the connections penalty "
 "on Scottish Hydro Electric Power Distribution that batches 41g and 41i looked for (tdworld's reproduction, no "
 "ofgem.gov.uk copy); here it is only a past fact. No outage: late connection offers, no supply lost. " + LIC_NOTE +
 "Found with 'Ofgem penalty Scottish Hydro Electric Power Distribution Central Networks Electricity North West "
 "connections guaranteed standards 2011' (rank 3). " + CHECKED + "'SSEPD', 'Scottish and Southern Energy Power "
 "Distribution', 'Community Trust', 'connection offer', 'Sarah Harrison', 'Stuart Cook' - no file. The payment is "
 "new to the corpus.",
 ORIGIN_WG))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
