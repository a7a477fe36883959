#!/usr/bin/env python3
"""Batch 39o (session 40; helper gatherer 39o): outages with a named provider told in UK Parliament committee papers
(Open Parliament Licence v3.0), the lead batch 39n left: the other memoranda that electricity companies sent to the
Commons Northern Ireland Affairs Committee's inquiry into the Boxing Day 1998 storm (HC 227, Session 1998-99,
Minutes of Evidence, publications.parliament.uk), each company telling its own supply losses:
  - Scottish Power plc (Appendix 16): hurricane force winds on Boxing Day, over 125,000 customers off supply at the
    peak, more than 240,000 in all, across its territory in Scotland -> outage, provider named, undated in the text;
  - Scottish and Southern Energy plc for Scottish Hydro-Electric: 67,850 customers affected by storms over the
    festive period, transmission faults affecting 72,165 customers on 26 December -> outage, provider named;
  - SEEBOARD plc (dated 22 March 1999): network damage from the Boxing Day storms causing loss of supplies, 25
    linesmen sent to its NOSAC partner Northern Electricity plc's Newcastle area -> outage, provider named, dated;
  - South Western Electricity plc (SWEB, Appendix 4): 19,000 customers between Christmas and the New Year, and over
    110,000 customers in the severe weather at the start of 1998 -> two outages, provider named;
  - Electricity Supply Board (ESB, dated 22 March 1999): the storm of 26 December damaged ESB networks, supply
    interruptions particularly in Connaught, Ulster and North Leinster -> outage, provider named, dated.
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch39o.py [POOL_DIR] [--dry]   (default /tmp/gather40o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40o/pool"
ORIGINS = {"OPL": "UK Parliament, committee publications on publications.parliament.uk (page store)"}
BASE = "https://publications.parliament.uk/pa/cm199899/cmselect/cmniaf/227/"
KIND = ("House of Commons, Northern Ireland Affairs Committee, Minutes of Evidence (HC 227, Session 1998-99), "
        "publications.parliament.uk")
HEADER = "The page header 'Select Committee on Northern Ireland Affairs Minutes of Evidence'"
KEPT = ("The heading '{}' is KEPT as the first one-line paragraph and used as `title` (as batch 39n kept Northern "
        "Electric's heading, which carries the company's name).")
LEAD = ("The memorandum answers the committee's inquiry into the Boxing Day 1998 storm in Northern Ireland (batch 29c's "
        "train text, the committee's report, tells NIE's outage; batch 39n's train text Northern Electric's); this "
        "text tells another operator's own supply losses. ")

R = []

# ---- Scottish Power plc (Appendix 16) ------------------------------------------------------------------------------
t = "Memorandum submitted by Scottish Power plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-scottish-power-storm-1999",
 BASE + "227ap17.htm", None, t, KIND,
 t + "\n\n"
 "I refer to your letter dated 8 March 1999 requesting information on the impact of the Boxing Day storm on our "
 "customers and network. I have included a general summary of the events together with the specific information "
 "you requested on our customer restoration process and compensation payments.\n\n"
 "At around 16.30 hours on Boxing Day, Scotland was swept by hurricane force winds which lasted well into the "
 "morning of the following day. These winds, with speeds which were reported to gust in excess of 105 mph in "
 "places, caused extensive damage to ScottishPower's transmission and distribution networks.\n\n"
 "The main damage in our territory was caused by trees falling onto overhead distribution lines. At the peak there "
 "were over 125,000 customers off supply. In total more than 240,000 customers lost their supply during the period. "
 "A number of customers were affected more than once due to outages at the different voltage levels. The widespread "
 "nature of the storm was unusual as it affected our complete territory in Scotland, with damage from the south "
 "west corner around Stranraer to the north east of Fife around St. Andrews. The overall damage was as great as can "
 "be remembered in the last 30 years, even by engineers who worked through the 1968 storms which affected the "
 "Glasgow area.\n\n"
 "More than 1,000 staff were involved in the repair process. ScottishPower staff were supported by contractors and "
 "staff from other PESs including Scottish Hydro, MEB, EMEB, SWALEC and Eastern.",
 "utilities/electricity", "non-US", "outage",
 HEADER + " and the label 'APPENDIX 16' left out; the section headings '1. SUMMARY OF EVENTS' and '2. SUPPLY "
 "RESTORATION' left out. Cut: the sentence 'The table below provides a summary of customer restoration.', the "
 "table's caption '26 December 1998\u20143 January 1999' and the table (hours 0-3 ... 72 and longer; customers "
 "186,372, 87,170, ...; per cent) - a table, and the sentence dangles without it; the excerpt breaks off inside the "
 "table's per-cent row, so the text ends at '... SWALEC and Eastern.' (`truncated`: the rest of section 2 and the "
 "compensation section are not in the excerpt, nor the memorandum's date line, so `published` is null). "
 + KEPT.format(t) + " Kept as written: '16.30 hours', 'ScottishPower' beside 'Scottish Power plc', 'PESs', "
 "'St. Andrews', 'south west', 'north east'. " + LEAD + "Found with 'Memorandum submitted by Scottish Power "
 "Northern Ireland Affairs Committee storm customers lost supply' (came back first) and again with 'ScottishPower "
 "Boxing Day storm compensation payments customers ex gratia guaranteed standards restoration trees overhead lines' "
 "(fourth; same rendering).", "OPL", truncated=True))

# ---- Scottish and Southern Energy plc, for Scottish Hydro-Electric ---------------------------------------------------
t = "Memorandum submitted by Scottish and Southern Energy plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-scottish-hydro-electric-storm-1999",
 BASE + "227ap16.htm", None, t, KIND,
 t + "\n\n"
 "As you are aware, Scottish Hydro-Electric is part of the Scottish and Southern Energy Group and I have attached a "
 "short report providing the information requested in your letter. Southern Electric has also written to provide "
 "you with the required information.\n\n"
 "Scottish Hydro-Electric carried out a review of its customer communications arrangements after the severe weather "
 "experienced during Christmas of 1995. Following a thorough investigation to determine where improvements could be "
 "made, action was initiated to ensure that the quality and resilience of our communications system was improved. "
 "We believe that this action, coupled with our investment in the network and our well rehearsed emergency "
 "procedures, means we are now in a stronger position to restore supplies effectively and maintain communications "
 "with customers in the event of a major supply interruption.\n\n"
 "The attached information is taken from the report which was submitted to OFFER to assist with their own "
 "investigation of the storms experienced over the festive period.\n\n"
 "NB: Total number of customers affected by storms over the period of 67,850 represents approximately 11 per cent "
 "of our total customer base of 640,000. These figures represent the number of customers affected by Distribution "
 "voltage faults.\n\n"
 "We also experienced seven faults at Transmission voltages which affected 72,165 customers on 26 December (five "
 "faults) and 2,904 customers (two faults) on 27 December. Fortunately, these faults were able to be restored by "
 "remote switching.",
 "utilities/electricity", "non-US", "outage",
 HEADER + " left out. Cut: the table's heading 'Numbers of Customers Off Supply (estimated at the time during the "
 "storms)' and the table (Date / Due to storms / Total number; Saturday 26 December 51,344 ... Thursday 31 "
 "December) - a table; the next heading 'Speed of Restoration' and the start of its table ('Time off Number of'), "
 "where the excerpt breaks off, so the text ends at '... by remote switching.' (`truncated`; the memorandum's date "
 "line is not in the excerpt, so `published` is null). The 'NB:' paragraph follows the table in the source and is "
 "kept whole ('These figures' points back to the cut table - kept as written). " + KEPT.format(t) + " Kept as "
 "written: 'well rehearsed', 'Distribution voltage', 'Transmission voltages', 'NB:'. " + LEAD + "Found with "
 "'Memorandum submitted by Scottish Power Northern Ireland Affairs Committee storm customers lost supply' (came back "
 "seventh).", "OPL", truncated=True))

# ---- SEEBOARD plc (22 March 1999) ------------------------------------------------------------------------------------
t = "Memorandum submitted by SEEBOARD plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-seeboard-storm-1999",
 BASE + "227ap14.htm", "1999-03-22", t, KIND,
 t + "\n\n"
 "Although we were alert to the risk of escalating network damage arising from the Boxing Day storms, and indeed "
 "sustained damage to our networks causing loss of supplies to customers, we did not regard the circumstances as "
 "exceptional and we did not declare a SEEBOARD System Emergency.\n\n"
 "However, in reaction to the weather forecasts produced for us by the Metrological Office on Christmas Eve, we "
 "arranged for additional volunteer personnel to be available on standby (supplementing the standing arrangements "
 "for field operational personnel) from dawn on Boxing day. Having overcome the fault repair workload created by the "
 "poor weather of Saturday 26 and Sunday 27 December, we were sufficiently well resourced to be able to send 25 "
 "linesmen and technical supervisors to the Newcastle area on Monday 28 December at the request of our NOSAC "
 "partner, Northern Electricity plc.\n\n"
 "With regard to the specific information you have requested, we have already submitted similar information to "
 "OFFER, and I detail below an extract of this information. I believe that the information for the whole of the "
 "industry is being collated by OFFER and so you may find it advantageous to speak to OFFER to gain an industry "
 "perspective.",
 "utilities/electricity", "non-US", "outage",
 HEADER + " left out. Cut: the sentence 'I have extracted from our report to OFFER the information that you have "
 "requested and this is detailed below:' and what follows it: 'Number of Connected Customers = 2,126,000' and the "
 "three tables (Number of customers off supply by date, 26-31 December; Speed of restoration, 0-3 hours 15,017 ... "
 "24 hours + 1; Compensation to customers, GS2 payments 0, Ex-gratia payments 151) with the table's footnote ('1Only "
 "1 for over 24 hours interruption (remainder 12-24 hrs interruption).') - tables, and the sentence dangles without "
 "them. The memorandum's prose ends before the tables, so not truncated. `published` 1999-03-22 from the date line, "
 "which the excerpt breaks off inside ('22 March 199'): the year completed as 1999 (the memoranda of HC 227, "
 "Session 1998-99, answer the committee's letters of March 1999 on the Boxing Day 1998 storm; the pages were "
 "prepared 29 July 1999) - doubtful point, recorded. " + KEPT.format(t) + " Kept as written: 'Metrological Office' "
 "(sic), 'Boxing day' beside 'Boxing Day', 'Northern Electricity plc' (the company that batch 39n's memorandum "
 "names Northern Electric plc), 'NOSAC'. " + LEAD + "The Newcastle-area repairs belong to Northern Electric's "
 "outage, which batch 39n's train text tells; here it is told as SEEBOARD's help, not as an outage. Found with "
 "'Memorandum submitted by NORWEB Boxing Day storm customers off supply restoration' (came back first).", "OPL",
 truncated=False))

# ---- South Western Electricity plc (Appendix 4) ----------------------------------------------------------------------
t = "Memorandum submitted by South Western Electricity plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-south-western-electricity-storms-1999",
 BASE + "227ap05.htm", None, t, KIND,
 t + "\n\n"
 "Between Christmas and the New Year period we had a total of 19,000 customers who experienced a loss of supply as "
 "a result of severe weather conditions. Over 95 per cent of these customers were restored within three hours and "
 "no customers were off supply for more than 24 hours. We received a small number of claims for compensation, and, "
 "although these claims were outside the guidelines of OFFER's standards which only apply when a customer is off "
 "supply for more than 24 hours, each claim was treated sympathetically.\n\n"
 "You may also be interested in the following information on our performance during severe weather at the start of "
 "1998, which is perhaps closer to that experienced by NIE last Christmas. On this occasion SWEB had over 110,000 "
 "customers off supply (about 10 per cent of our customer base) covering an area of 14,400 sq km (NIE is about "
 "14,100 sq km). Winds of over 100 mph were recorded and lightning was present for 50 per cent of the time. This "
 "hampers restoration as it is not safe to work on the network in these conditions.\n\n"
 "All customers were restored within 72 hours.\n\n"
 "With regard to compensation claims from customers, we adopted a proactive approach and issued the attached news "
 "release. It encouraged customers who believed they had suffered an undue loss to contact SWEB to have their claim "
 "considered. Each claim was treated sympathetically on its merits and we dealt with 2,900 claims relating to the "
 "storm.",
 "utilities/electricity", "non-US", "outage",
 HEADER + " and the label 'APPENDIX 4' left out. Cut: the sentence 'A summary is as follows:' and its table (Total; "
 "Number of customers affected 110,000; Number of systems faults 6,218; Restored within 3 hours 68.36 per cent ... "
 "within 48 hours 99.2 per cent) - a table, and the sentence dangles without it; the one-line paragraph after the "
 "table ('All customers were restored within 72 hours.') kept. The excerpt breaks off inside the next sentence "
 "('Although this approach led to a higher cost per claim than paying out standard sums, we believe that it was an "
 "appropriate way to compensate customers in these extr'), so the text ends at '... relating to the storm.' "
 "(`truncated`; the date line is not in the excerpt, so `published` is null). " + KEPT.format(t) + " Kept as "
 "written: 'per cent', 'sq km', 'mph', 'Christmas and the New Year period'. " + LEAD + "NIE's storm is named only "
 "in comparison. Found with 'Memorandum submitted by NORWEB Boxing Day storm customers off supply restoration' "
 "(eighth, line-wrapped rendering) and 'South Western Electricity plc memorandum Christmas New Year 19,000 customers "
 "loss of supply severe weather SWEB 110,000 customers' (first; this clean rendering used).", "OPL",
 truncated=True))

# ---- Electricity Supply Board (22 March 1999) -------------------------------------------------------------------------
t = "Memorandum submitted by Electricity Supply Board"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-electricity-supply-board-storm-1999",
 BASE + "227ap20.htm", "1999-03-22", t, KIND,
 t + "\n\n"
 "The storm of 26 December caused extensive damage to ESB networks and supply interruptions to customers, "
 "particularly in Connaught, Ulster and North Leinster. Operating staff and repair crews worked over the following "
 "six days to repair damaged networks and restore supply to the affected customers. The storm, with gusts up to 111 "
 "mph recorded, was the worst to hit the north of the country for over 35 years and maximum wind speeds were on a "
 "par with those of hurricane \"Debbie\" in 1961.\n\n"
 "In our Northern Region, which includes Ulster counties, North Connaught and North Leinster 40 per cent of "
 "customers lost supply.\n\n"
 "Compensation was not paid to customers who suffered extended outages due to this extreme event. In line with our "
 "Customer Charter, we normally make payments when customers lose supply for longer than 24 hours. However, this "
 "guarantee does not apply to major storms where, through circumstances largely outside our control, there is "
 "likely to be extensive disruption to our networks. In these circumstances we commit ourselves to doing everything "
 "possible to restore supply as soon as possible.",
 "utilities/electricity", "non-US", "outage",
 HEADER + " left out (the line-wrapped rendering's label 'APPENDIX 19' too). Cut: the sentence 'At its peak on 26 "
 "December, 185,000 customers, representing 12.5 per cent of our customer base, lost supply and the progress of "
 "supply restoration was as set out below:' and its table (Supply restored to / Still without supply overnight, 26 "
 "December 85,000 / 100,000 ... 1 January 200) - a table, and the sentence ends in it (cut whole, as batch 39n cut "
 "its lead-in sentence); the sentence 'The main locations were as follows:' and its table (Sligo, Galway, Dundalk "
 "and Athlone Branches with their counties and customer numbers) - a table. The memorandum ends with '... as soon as "
 "possible.' (not truncated). `published` 1999-03-22 from the date line, which the excerpt breaks off inside ('22 "
 "March'): the year completed as 1999 (as for SEEBOARD's memorandum: HC 227, Session 1998-99, the committee's "
 "letters of March 1999, pages prepared 29 July 1999) - doubtful point, recorded. " + KEPT.format(t) + " Kept as "
 "written: 'hurricane \"Debbie\"' with its straight quotes, 'Northern Region', 'North Leinster 40 per cent' (no "
 "comma). The Electricity Supply Board is the Republic of Ireland's utility; its account of the same storm is "
 "another operator's outage in another country (the corpus's ESB texts tell other storms: 1966, Storm Amy 2025, "
 "Ophelia 2017). Found with 'Memorandum submitted by NORWEB Boxing Day storm customers off supply restoration' "
 "(fourth, line-wrapped) and 'Electricity Supply Board memorandum storm of 26 December ESB networks Connaught "
 "Ulster North Leinster hurricane Debbie 1961' (second; this clean rendering used).", "OPL", truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
