#!/usr/bin/env python3
"""Batch 40a (session 41; gatherer lane 40a): outages with a named provider in UK Parliament committee papers (Open
Parliament Licence v3.0), round 4 of the committee-papers lane of batches 39n, 39o and 39q, on the leads they left:
  - Yorkshire Electricity Group plc's memorandum to the Commons Northern Ireland Affairs Committee (HC 227, Session
    1998-99, 227ap12): gales at their height on the 26 and 27 December, the worst damage to its distribution system on
    the 26 December, 46,327 customers affected by the storms in its region over Christmas 1998 to New Year 1999 ->
    outage, provider named; a company of the Boxing Day 1998 storm no earlier batch took (39n Northern Electric; 39o
    Scottish Power, Scottish Hydro-Electric, SEEBOARD, SWEB, ESB; 39q East Midlands Electricity);
  - National Grid's memorandum to the Commons Environment, Food and Rural Affairs Committee's inquiry into the 2007
    floods (HC 49, Session 2007-08, FL 80, page 8020403): its Neepsend electricity substation affected by flood
    waters in South Yorkshire in the week of 25 June, the local distribution network CE Electric losing electricity
    supplies from this supply point -> outage, provider named (the June 2007 floods in South Yorkshire: new to the
    corpus; the Gloucestershire floods of July 2007 are held through Severn Trent Water's Mythe works (train, batch
    35i) and Central Networks (test, batch 39q); this text's Walham item tells no loss of supply).
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are listed
per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch40a.py [POOL_DIR] [--dry]   (default /tmp/gather41a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all
from batch39n import ORIGINS

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41a/pool"

R = []

# ---- Yorkshire Electricity Group plc (HC 227, 227ap12) -------------------------------------------------------------
t = "Memorandum submitted by Yorkshire Electricity Group plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-yorkshire-electricity-storm-1999",
 "https://publications.parliament.uk/pa/cm199899/cmselect/cmniaf/227/227ap12.htm", None, t,
 "House of Commons, Northern Ireland Affairs Committee, Minutes of Evidence (HC 227, Session 1998-99), "
 "publications.parliament.uk",
 t + "\n\n"
 "Thank you for your letter dated 8 March 1999 addressed to our Chief Executive. Mr Hall has asked me to reply to "
 "your request since I have responsibility for this area of our business.\n\n"
 "The weather experienced in our geographical region during the period Christmas 1998 to New Year 1999 was not "
 "especially severe in comparison to that experienced in other areas of the United Kingdom and in particular areas "
 "to the north of our region. Nevertheless we did experience some difficulties although we were never affected to "
 "the degree that we would have wished to declare Force Majeure.\n\n"
 "The gales were at their height on the 26 and 27 December. They then moderated on the 28 December 1998 and "
 "subsided to normal levels for the remainder of the period through to the 31 December.\n\n"
 "The gales caused relative minor damage to our distribution system across the period to which you refer. The worst "
 "damage occurred on the 26 December, with the number of incidents from the 27 to 31 December being considered to "
 "have been at normal levels.\n\n"
 "The total number of customers affected by the storms in our region was 46,327, that is 2.3 per cent of our total "
 "customer base.",
 "utilities/electricity", "non-US", "outage",
 "The page header 'Select Committee on Northern Ireland Affairs Minutes of Evidence' left out. Cut: the wind-speed "
 "table after '... through to the 31 December.' (Date / Forecast maximum windspeed (MPH) / Actual maximum windspeed "
 "(MPH); Saturday 26 December 30 (gusting to 50) 72 ... Friday 31 December 15 (steady) 24) - a table; the sentence "
 "'Our performance in relation to supply restoration, stated as both a total and percentage, is provided in the "
 "table below.' and its table ('26-31 December 1998', Length of time off supply ... Total number customers 42,615 "
 "3,628 84 0 0, Percentage restored 92.0 7.8 0.2 0 0, as the store renders it run together) - a table, and the "
 "sentence dangles without it (as batches 39o and 39q cut such lead-ins). The excerpt breaks off inside the next "
 "paragraph ('In view of our performance in restoring supplies during this period no special compensation payments "
 "were made to any custo'), so that paragraph is cut and the text ends at '... total customer base.' (`truncated`); "
 "the memorandum's date line is not in the excerpt, so `published` is null (it answers the committee's letter of 8 "
 "March 1999; HC 227's pages were prepared 29 July 1999). The heading 'Memorandum submitted by Yorkshire Electricity "
 "Group plc' KEPT as the first one-line paragraph and used as `title` (as batches 39n, 39o and 39q kept the "
 "companies' headings: the body names the company only as 'our'). Kept as written: 'relative minor damage' (sic), "
 "'the 26 and 27 December', 'Force Majeure', 'per cent'. The memorandum answers the committee's inquiry into the "
 "Boxing Day 1998 storm in Northern Ireland (batch 29c's train text tells NIE's outage; batches 39n, 39o and 39q "
 "other companies'); this text tells Yorkshire Electricity's own losses. Found with 'Memorandum submitted by CE "
 "Electric UK flooding June 2007 sub-stations Yorkshire customers lost supply' (third) and again with 'Memorandum "
 "submitted by Yorkshire Electricity Group plc gales 26 December customers affected 46,327 compensation' (first; the "
 "same clean rendering each time).", "OPL", truncated=True))

# ---- National Grid to the EFRA Committee, flooding inquiry (HC 49, 2007-08), FL 80 ----------------------------------
t = "Memorandum submitted by National Grid (FL 80)"
R.append(public_record(ORIGINS, "uk-parliament-efra-committee-memorandum-national-grid-floods-2007",
 "https://publications.parliament.uk/pa/cm200708/cmselect/cmenvfru/49/8020403.htm", None, t,
 "House of Commons, Environment, Food and Rural Affairs Committee, Minutes of Evidence (HC 49, Session 2007-08), "
 "publications.parliament.uk",
 t + "\n\n"
 "National Grid electricity and gas engineers worked to maintain security of energy supply throughout the adverse "
 "weather and heavy flooding affecting South Yorkshire and Gloucester during late June and July 2007.\n\n"
 "As outlined in the report below, the effects of the weather conditions in South Yorkshire during the week of 25 "
 "June impacted on National Grid's operations and assets in a number of ways:\n\n"
 "Firstly, risks posed by the potential breach of the Ulley Dam in South Yorkshire impacted on National Grid's gas "
 "distribution operations at the Above Ground Installation (AGI) at Guilthwaite and in addition Ulley Dam posed a "
 "risk to National Grid's electricity substation at Brinsworth.\n\n"
 "Secondly, as a result of severe weather, National Grid's Neepsend electricity substation was affected by flood "
 "waters, which led to the local electricity distribution network, CE Electric losing electricity supplies from this "
 "supply point.\n\n"
 "Thirdly, National Grid's gas distribution network was affected in the Sheffield and Toll Bar region by a number of "
 "weather related incidents affecting gas supply pipelines at Kilham farm and Toll Bar detailed in the report "
 "below.\n\n"
 "National Grid's operations and assets were also affected in July 2007, as a result of flooding in the Gloucester "
 "area.\n\n"
 "National Grid's Walham substation was affected by the adverse weather conditions on 21 July which led to parts of "
 "the substation becoming inundated with water. National Grid engineers reconfigured electricity systems to ensure "
 "continued electricity supply to Gloucester and South Wales.\n\n"
 "National Grid has a number of measures in place to assess flood risks to its electricity and gas assets and has "
 "carried out a number of assessments on infrastructure in recent years.",
 "utilities/electricity", "non-US", "outage",
 "The page header 'Select Committee on Environment, Food and Rural Affairs Minutes of Evidence' left out; the list "
 "dashes ('\u2014') before the four list items (Firstly, Secondly, Thirdly, and the Walham item) left out, each item "
 "its own paragraph as in the page, words unchanged (as batch 39p left a timeline's bullets out). The excerpt breaks "
 "off inside the next sentence ('Whilst flooding has not been a cause of significant unreliabil'), so the text ends "
 "at '... in recent years.' (`truncated`; the 'report below' the summary refers to is not in the excerpt); the "
 "memorandum's date is not in the excerpt, so `published` is null (the committee's Fifth Report of Session 2007-08, "
 "HC 49, was published 7 May 2008). The heading 'Memorandum submitted by National Grid (FL 80)' KEPT as the first "
 "one-line paragraph and used as `title` (as batch 39q kept 'Memorandum submitted by Central Networks (FL 159)'). "
 "Kept as written: 'CE Electric' without a comma after it, 'weather related', 'Kilham farm' (lower-case farm), 'the "
 "Ulley Dam' beside 'Ulley Dam', 'Above Ground Installation (AGI)'. The July 2007 Gloucestershire floods are in "
 "the corpus (Severn Trent Water's Mythe works, train, batch 35i, whose text names Walham; Central Networks, test, "
 "batch 39q); this text's outage is the June 2007 South Yorkshire one (Neepsend, CE Electric), new to the corpus, "
 "and its Walham item tells supply kept, not lost. Batch 39q named the committee's oral session with Central "
 "Networks and National Grid (8020404-06, Walham) as a near-miss and left 'the EFRA report's Yorkshire sub-station "
 "flooding of June 2007 ... if a committee memorandum names the operator' as a lead. Found with 'Memorandum "
 "submitted by CE Electric UK flooding June 2007 sub-stations Yorkshire customers lost supply' (sixth) and again "
 "with 'National Grid Neepsend electricity substation flood waters CE Electric losing supplies Sheffield June 2007 "
 "gas supply pipelines Toll Bar' (first; the same rendering each time).", "OPL", truncated=True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
