#!/usr/bin/env python3
"""Batch 39q (session 40; helper gatherer 39q): outages with a named provider in UK Parliament committee papers
(Open Parliament Licence v3.0), a round after batches 39n and 39o, on the leads they left:
  - the Commons Trade and Industry Committee's First Report of Session 2004-05 (HC 89), Part 1 'Lessons Learned from
    the October 2002 Storms' (page 8905): up to two million customers off supply after the storms of Sunday 27
    October 2002, supplies in the area served by EDF Energy's subsidiary company EPN (24seven) not fully restored
    until Tuesday 5 November -> outage with provider EPN (and the storm's overall loss, provider unnamed); the storm
    is in dev through Aquila's Gloucestershire outage (batch 16e), and this text tells another company's losses, as
    the brief allows (as batch 39o's five companies were for HC 227's storm);
  - PowerGen UK plc's memorandum for East Midlands Electricity to the Commons Northern Ireland Affairs Committee (HC
    227, Session 1998-99, 227ap10, 19 March 1999): loss of supply in East Midlands Electricity's area from the storm
    damage over the Christmas and New Year holiday period -> outage, provider named; 'part of the PowerGen group
    since June 1998' -> parentOrganization;
  - Central Networks' memorandum to the Commons Environment, Food and Rural Affairs Committee's inquiry into the
    2007 floods (HC 49, Session 2007-08, FL 159): localised disruption to electricity supplies in Gloucestershire in
    the flooding of July 2007, its engineers disconnecting customers to ensure safety and avoid damage to equipment,
    Castle Meads sub-station protected since -> outage, provider named; the floods are in train through Severn Trent
    Water's Mythe water works (batch 35i), whose text tells no named power supplier - another company's losses.
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; furniture and cuts are
listed per item in `notes`; no word changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch39q.py [POOL_DIR] [--dry]   (default /tmp/gather40q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40q/pool"
ORIGINS = {"OPL": "UK Parliament, committee publications on publications.parliament.uk (page store)"}

R = []

# ---- Trade and Industry Committee, First Report 2004-05 (HC 89), Part 1, page 8905 ------------------------------------
t = "Part 1: Lessons Learned from the October 2002 Storms"
R.append(public_record(ORIGINS, "uk-parliament-trade-industry-committee-report-october-2002-storms-epn-24seven",
 "https://publications.parliament.uk/pa/cm200405/cmselect/cmtrdind/89/8905.htm", None, t,
 "House of Commons, Trade and Industry Committee, First Report (HC 89, Session 2004-05), publications.parliament.uk",
 "During Sunday 27 October 2002, storms with winds gusting up to 100 mph hit much of England and Wales, causing "
 "widespread damage to the electricity distribution network. Up to two million customers were affected by loss of "
 "electricity supply because of the storms, with supplies in East Anglia, South West England and West Wales being "
 "particularly disrupted. Most customers were reconnected within 18 hours, but the Department of Trade and Industry "
 "(DTI) estimated at the time that nearly 10,000 customers were still without power on 1 November. Supplies were "
 "not fully restored in the worst affected area, that served by EDF Energy's subsidiary company EPN (24seven), until "
 "Tuesday 5 November, 10 days later.\n\n"
 "It was clear from the outset that some distribution companies had handled the emergency much better than others. "
 "On 1 November 2002, the then Minister of State for Energy, Brian Wilson MP, appointed energy consultants British "
 "Power International (BPI) to carry out an investigation into the robustness of the electricity network and the "
 "performance of the various companies involved. In its report to the Minister of State, published on 19 December "
 "2002, BPI confirmed that it had found considerable variation in the performance of companies before and during "
 "the emergency in terms of their preparedness, response to advance warnings of adverse weather conditions, "
 "implementation of recovery plans and, just as important, communication with customers. The report also set out a "
 "series of recommendations for improved emergency preparedness and response procedures.\n\n"
 "We decided to assess for ourselves the lessons to be learned from this event and the progress made by the "
 "electricity supply companies in addressing the issues identified by BPI.",
 "utilities/electricity", "non-US", "outage",
 "The store holds only a line-wrapped rendering of the page (lines broken inside sentences): the wrapped lines are "
 "joined with single spaces, each numbered paragraph one paragraph, no word changed. Left out: the headings 'Part 1: "
 "Lessons Learned from the October 2002 Storms' (kept as `title`) and '1 Background', the paragraph numbers '4.', "
 "'5.', '6.', and the footnote markers '[1]', '[2]' (after '... on 1 November.' and '... 10 days later.') and '[3]' "
 "(after 'published on 19 December 2002,'); the line break after the marker '[1]' inside paragraph 4 is read as "
 "the same paragraph. The excerpt breaks off inside paragraph 6's second sentence ('We also decided to review the "
 "arrangements for the payment of compensation to customers affected by power failures and the progress made by "
 "Ofgem in processing th'), so the text ends at '... identified by BPI.' (`truncated`). `published` null: the "
 "report's date is not in the excerpt (HC 89 of Session 2004-05; the committee took EDF Energy Networks' evidence on "
 "16 September 2003). Kept as written: 'mph', 'the then Minister of State for Energy', 'Brian Wilson MP', 'EPN "
 "(24seven)', '10 days later' (the DTI's own memorandum, 89we03, says 'nine days later'). The storm of 27 October "
 "2002 is in the corpus's dev set through Aquila Network Services' Gloucestershire outage (batch 16e's written "
 "answers); this text tells EPN's (EDF Energy's) area and never names Aquila - a second company's account of a storm "
 "the corpus holds, as the brief allows. Found with 'Trade and Industry Committee resilience of the national "
 "electricity network storms 27 October 2002 EPN 24seven restore supply' (first) and again with 'Memorandum "
 "submitted by EDF Energy Networks storm October 2002 customers off supply restoration' (first) and 'Select "
 "Committee on Trade and Industry First Report Lessons Learned from the October 2002 Storms Background EDF "
 "Energy's subsidiary company EPN (24seven)' (first; the same line-wrapped rendering each time).", "OPL",
 truncated=True))

# ---- PowerGen UK plc for East Midlands Electricity (HC 227, 227ap10, 19 March 1999) -----------------------------------
t = "Memorandum submitted by PowerGen UK plc"
R.append(public_record(ORIGINS, "uk-parliament-ni-affairs-committee-memorandum-east-midlands-electricity-storm-1999",
 "https://publications.parliament.uk/pa/cm199899/cmselect/cmniaf/227/227ap10.htm", "1999-03-19", t,
 "House of Commons, Northern Ireland Affairs Committee, Minutes of Evidence (HC 227, Session 1998-99), "
 "publications.parliament.uk",
 t + "\n\n"
 "Thank you for your letter of 8 March to East Midlands Electricity. I am replying as East Midlands Electricity is "
 "now part of the PowerGen group.\n\n"
 "The attached note responds to your questions in as much detail as we are able to supply.\n\n"
 "This note responds to the Clerk's letter of 8 March 1999 asking for details of loss of supply to electricity "
 "customers attributed to adverse weather conditions in East Midlands Electricity's area over the last Christmas "
 "and New Year holiday period. East Midlands Electricity has been part of the PowerGen group since June 1998.\n\n"
 "East Midlands Electricity was not as seriously affected by the storm conditions as Northern Ireland "
 "Electricity.\n\n"
 "The East Midlands Electricity customer base in 1998 was 2,321,734. We do not have separate data for speed of "
 "restoration of supply for those customers without supply as a result of storm damage.\n\n"
 "No payments for compensation for storm related loss of supply were made either on an ex gratia basis or because "
 "of any failure to meet guaranteed standards.",
 "utilities/electricity", "non-US", "outage",
 "The page header 'Select Committee on Northern Ireland Affairs Minutes of Evidence' left out, and the footer "
 "('previous page contents next page', the House of Commons/Parliament navigation line, '\u00a9 Parliamentary "
 "copyright 1999' and the rest); the date line '19 March 1999' kept as `published`, not in the text. Cut: the "
 "sentence 'The following table gives details of customers without supply both as a result of storm damage and as "
 "a result of all incidents:' and its table (Date / Number without supply as a result of storm damage / Percentage "
 "of customer base / Total number without supply; Saturday 26 December 6,765 0.3 9,832 ... Thursday 31 December 2 "
 "negligible 7,050) - a table, and the sentence dangles without it; so the paragraph's first sentence stands alone; "
 "the sentence 'However, details of restoration times for all customers over the period 26 December to 31 December "
 "are:' and its table (Length of time without supply / Number of customers; 0-3 hours 23,592, 3-12 hours 4,261, "
 "12-24 hours 217, 24-48 hours 15) - a table, and the sentence dangles without it. The memorandum ends with '... "
 "guaranteed standards.' (not truncated). The heading 'Memorandum submitted by PowerGen UK plc' KEPT as the first "
 "one-line paragraph and used as `title` (as batches 39n and 39o kept the companies' headings); the covering letter "
 "and the attached note run on as in the page (no heading between them in the excerpt). Kept as written: 'the "
 "Clerk's letter', 'ex gratia', 'storm related', 'the PowerGen group'. The memorandum answers the committee's "
 "inquiry into the Boxing Day 1998 storm in Northern Ireland (batch 29c's train text tells NIE's outage; batches 39n "
 "and 39o other companies'); this text tells East Midlands Electricity's own losses. Batch 39o's section named it "
 "('PowerGen UK plc for East Midlands Electricity (227ap10, 19 March 1999) ... a parentOrganization text if a round "
 "wants it'). Found with 'Memorandum submitted by PowerGen UK plc East Midlands Electricity storm customers Northern "
 "Ireland Affairs Committee' (first; clean rendering).", "OPL", truncated=False))

# ---- Central Networks to the EFRA Committee, flooding inquiry (HC 49, 2007-08), FL 159 -------------------------------
t = "Memorandum submitted by Central Networks (FL 159)"
R.append(public_record(ORIGINS, "uk-parliament-efra-committee-memorandum-central-networks-floods-2007",
 "https://publications.parliament.uk/pa/cm200708/cmselect/cmenvfru/49/8020402.htm", None, t,
 "House of Commons, Environment, Food and Rural Affairs Committee, Minutes of Evidence (HC 49, Session 2007-08), "
 "publications.parliament.uk",
 t + "\n\n"
 "Central Networks welcomes the opportunity to contribute to the work of the Select Committee. We believe it is "
 "important to identify lessons from the summer floods in order to improve our preparedness and resilience.\n\n"
 "The flooding in July 2007 was unprecedented. The majority of the electricity distribution network was unaffected "
 "but we experienced localised disruption to electricity supplies in Gloucestershire. Notwithstanding this, our "
 "emergency planning and preparedness enabled us to respond effectively and efficiently to limit the impact on our "
 "customers and the community.\n\n"
 "Working in extremely difficult conditions, Central Networks engineers made operational decisions to disconnect "
 "customers from our network to ensure safety and to avoid damage to our equipment in a controlled way. This "
 "avoided a prolonged loss of supply for customers.\n\n"
 "Since the flooding in July, we have installed Hesco Bastion flood protection to Castle Meads sub-station and are "
 "actively assessing the risk and mitigation measures for other key strategic sites. In addition, we are supporting "
 "a review of flood resilience being led by the Energy Networks Association at the request of the Department for "
 "Business, Enterprise & Regulatory Reform (BERR).\n\n"
 "Central Networks is a Civil Contingencies Act Category 2 responder and we supported the Gold and Silver Commands "
 "established in Gloucester during the event.\n\n"
 "Central Networks distributes electricity to 5 million domestic, commercial and industrial customers in Central "
 "England. It is the second largest electricity distribution company in the UK.",
 "utilities/electricity", "non-US", "outage",
 "The page header 'Select Committee on Environment, Food and Rural Affairs Minutes of Evidence' left out; the "
 "paragraph numbers '1.' to '6.' left out (the blank gap between paragraphs 5 and 6, where the page may carry a "
 "heading the excerpt does not show, read as a paragraph break). The excerpt breaks off inside paragraph 7 ('We take "
 "power at 132kV from 29 grid supply points on the National Grid transmission system and distribute it through an "
 "extensive network of voltage transformers, switches and overhead and underground cables to i'), so the text ends "
 "at '... in the UK.' (`truncated`; the memorandum's date is not in the excerpt, so `published` is null; the "
 "committee's oral session with Central Networks' Mr Raymant was held early in 2008). The heading 'Memorandum "
 "submitted by Central Networks (FL 159)' KEPT as the first one-line paragraph and used as `title` (as batches 39n "
 "and 39o kept the companies' headings). Kept as written: 'sub-station', 'Hesco Bastion', 'Enterprise & Regulatory', "
 "'Gold and Silver Commands'. The July 2007 floods are in the corpus's train set through Severn "
 "Trent Water's Mythe water works (batch 35i's written answer 'Floods: Tewkesbury', which names no power supplier: "
 "'few households are now lacking power' was no item there); this text tells the electricity distributor's own "
 "supply disruption - another company's losses in the same floods, as the brief allows. Found with 'Castle Meads "
 "substation flooded July 2007 Central Networks customers lost power Gloucester committee evidence' (first) and "
 "again with 'Central Networks Castle Meads sub-station disconnected customers Gloucester July 2007 flood water "
 "rising restored supplies' (first; same rendering).", "OPL", truncated=True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
