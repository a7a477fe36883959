#!/usr/bin/env python3
"""Batch 35i (session 36; helper gather36i): outages told in parliamentary records, the lane of batches 33a, 34a, 34g,
34j and 35a, turned to water supply, a service those rounds hardly touched, and to one press-telegram near-miss that
batch 35a set aside for a later round:
  - the failure of the water supply to between 4,000 and 5,000 people in Skerries, north County Dublin, in the week
    before 13 June 2018, outages first reported on the Thursday evening, Irish Water criticised for its communication
    (Dail Topical Issue debate, 13 June 2018; oireachtas.ie);
  - the Vartry water treatment works at Roundwood hampered by algae in spring 2014, with Enniskerry's supply back to
    normal and a continued loss of some local service in Greystones on 6 May 2014 (the Minister of State's reply in a
    Dail Topical Issue debate, 6 May 2014; Uisce Eireann and Wicklow County Council; via kildarestreet.com);
  - Ballina's water supply cut off after a major break in the mains, householders warned by loudspeaker (Ballina
    Urban District Council; Dail oral answers, 13 December 1966; oireachtas.ie);
  - the Mythe water treatment works put out of action by the July 2007 floods, 140,000 premises without tap water,
    Severn Trent Water's temporary supply from the Strensham works (Commons written answer printed 3 September 2007,
    current at 26 July; hansard.parliament.uk);
  and one near-miss: urgent-rate press cables from Melbourne taking up to four hours to reach London, delays put
  down to bad wireless conditions and cable interruptions in general (Commons oral answers, 24 January 1951).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off the
text ends at the last full sentence before it (`truncated`). Edits per item in `notes`: interface lines, headings,
question numbers and speaker labels left out, as batches 14-35a did; no word added or changed. The historic Hansard
record uses the shared builder `write_pool.hansard`, the 2007 written answer `write_pool.public_record` (OPL), the
Oireachtas records a local `oir` builder after batch 34a's `dail`. Written before any extractor ran on a text of
the batch (newskg was not run on them at all).
usage: batch35i.py [POOL_DIR] [--dry]   (default /tmp/gather36i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard, public_record, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36i/pool"
OIR_PAGE = "https://www.oireachtas.ie/en/debates/debate/dail/"
KS = "https://www.kildarestreet.com/debate/?id="



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-dail-skerries-water-supply-failure-irish-water-2018", OIR_PAGE + "2018-06-13/30/", "2018-06-13",
 "13 June 2018", "Water Supply Leakages", "Topical Issue debate (resumed)",
 "What occurred in the past seven days in Skerries in north County Dublin is nothing short of a disgrace and an "
 "unmitigated disaster. I refer to the failure of the supply of water to between 4,000 and 5,000 citizens in that "
 "community in what I can only assume was a predictable incident for which some sort of contingency plan should "
 "have been made. I would also like to highlight the pretty much abject failure of Irish Water to adequately "
 "communicate with citizens in the particular part of Skerries that is affected. My phone started ringing on "
 "Thursday evening in respect of water outages. Those outages resulted in numerous houses losing their supply "
 "completely. Irish Water stated that this was because the houses were on elevated ground or at the extremities of "
 "the network. Information has now been provided to locals, including by individual Irish Water engineers, to the "
 "effect that there might be a missing link within the network in that part of the community. I find this "
 "unacceptable. Planning permissions were granted and hundreds of thousands of euro have been parted with by dozens "
 "of families in recent months and years, yet they cannot rely on the basic principle that the State will supply "
 "them with water. On their behalf, I find what is happening completely unacceptable.\n\n"
 "I would like to see cogent and deliverable plans put in place as quickly as possible so that a recurrence of this "
 "problem can be avoided in future. If that means an alteration to the capital plans of Irish Water, so be it. I "
 "absolutely insist that this matter be dealt with adequately, efficiently and speedily, so that we can ensure that "
 "this does not happen again. All that happened was that it did not rain for two weeks in the northern part of the "
 "county and all of a sudden thousands of homes have lost their water. I find that totally unacceptable.",
 "utilities/water", ["outage"],
 "The oireachtas.ie page as the page store holds it; its opening lines ('Topical Issue Debate (Resumed)', the "
 "heading 'Water Supply Leakages', kept as title) left out; the excerpt shows no speaker label, so the Deputy who "
 "speaks is not named in the text. The excerpt is the debate's first speech, from its start. Cut after '... I find "
 "that totally unacceptable.', before 'I note that the Minister of State, Deputy Phelan, is present. I am quite "
 "disappointed that the M', where the excerpt breaks off (the whole of that last paragraph left out, so the text "
 "ends on a full paragraph; `truncated`). Kept as written: 'pretty much abject failure', 'hundreds of thousands of "
 "euro'. Found with 'Skerries water supply Irish Water Topical Issue Thomastown reservoir Minister of State reply "
 "restrictions' (the same debate's other speeches are on kildarestreet.com pages 2018-06-13a.363 and .367; the "
 "oireachtas.ie page is cited). Thomastown and 2018-06-13 as a Dáil sitting: 0 hits in train/dev/test, GATHERING.md, "
 "every gather script and this session's pools ('2018-06-13' is only a Commons written answer's date, batch 15g). "
 "Skerries is in two corpus files, both other events: the Storm Emma text of 7 March 2018 (batch 15c; a burst main "
 "in Skerries among three in Dublin, under the same Topical Issue heading 'Water Supply Leakages' on another day) "
 "and a 2008 freight derailment (batch 19a). The corpus's other Irish Water outage files (Leixlip 2019, Wexford "
 "2025) are other events too.",
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-vartry-algae-wicklow-water-supply-loss-2014", KS + "2014-05-06a.340", "2014-05-06",
 "6 May 2014", "Water Services Provision", "Topical Issue debate",
 "I thank Deputy Doyle for raising this important matter in the House. However, the Department has no "
 "responsibility for, or role in, the management, maintenance or operation of water infrastructure. This is a "
 "matter for Uisce Éireann, the water services authority, which is responsible under statute for the operation, "
 "maintenance and management of water infrastructure.\n\n"
 "Local authorities, in this case Wicklow County Council, continue to provide water services on behalf of Irish "
 "Water through service level agreements that have been put in place. The Vartry water supply is a critical "
 "element of the greater Dublin area water supply system and is the sole supply to north-east Wicklow, including "
 "Bray, Greystones, Delgany and Kilmacanogue. In recent years, the plant has been badly hampered in late spring "
 "and early summer by heavy algal growth which clogs the sand filters, reducing output severely.\n\n"
 "From inquiries made to Uisce Éireann, I understand that water production at the Vartry water treatment works at "
 "Roundwood has reduced significantly due to the seasonal impact of algae in the source water. The algae occur "
 "naturally in clean, fresh water and do not pose a health risk, although it does slow the treatment process. In "
 "addition, local supply issues, which were unrelated to this reduction in production, impacted on customer "
 "supply.\n\n"
 "Irish Water has also confirmed today that supply to Enniskerry is now back to normal. However, in Greystones, "
 "there has been a continued loss of some local service. The cause of this loss is being investigated and Wicklow "
 "County Council, on behalf of Uisce Éireann, is working to ensure that all customers have a supply of water from "
 "the public mains for a period within the 24-hour day.",
 "utilities/water", ["outage"],
 "The Minister of State's reply as kildarestreet.com's page holds it; the site's 'Dáil debates', date ('Tuesday, 6 "
 "May 2014', kept as `published`), 'Topical Issue Debate', heading ('Water Services Provision', kept as title), time "
 "('8:15 pm') and photo/speaker line ('Photo of Fergus O'Dowd Fergus O'Dowd (Louth, Fine Gael) | Oireachtas source') "
 "left out, so the Minister of State is not named in the text. Cut after '... for a period within the 24-hour day.', "
 "before 'Continued water conservation measures over the weekend were necessary to replenish the wa', where the "
 "excerpt breaks off (`truncated`). Kept as written: both 'Uisce Éireann' and 'Irish Water' (the same body), 'it "
 "does slow' after 'The algae occur'. Found with 'Vartry reservoir Roundwood algae Dublin City Council water supply "
 "Kilpedder Minister Hogan reply reduced capacity 50 per cent'. The Deputy's own speech (page 2014-05-06a.338) and a "
 "2013 debate on the same plant's algae when Dublin City Council ran it (kildarestreet 2013-05-22a.467) were left "
 "alone: one text per event and per supply. Vartry, Roundwood, Greystones, Enniskerry, 'Wicklow County Council', "
 "2014-05-06: 0 hits in train/dev/test, GATHERING.md, every gather script and this session's pools. The corpus's "
 "Dublin water file (batch 16c, the Ballymore Eustace plant, 2013) is another plant and event.",
 True, via="kildarestreet.com"))

R.append(oireachtas(
 "oireachtas-dail-ballina-water-supply-cut-off-mains-break-1966", OIR_PAGE + "1966-12-13/5/", "1966-12-13",
 "13 December 1966", "Cutting off of Water Supplies", "oral answers",
 "asked the Minister for Local Government if he is aware that on a recent occasion in Ballina, County Mayo, "
 "residents were not warned in time about the cutting off of water supplies in the town with the result that in "
 "one case a boiler blew up in a house; what regulations cover the issue of warnings by local authorities where "
 "water supplies are to be cut off; and what steps are taken to ensure the carrying out of such regulations.\n\n"
 "I am informed by Ballina Urban District Council that when a major break in the mains occurred in the town "
 "recently, which necessitated the carrying out of immediate repairs, householders in the area were warned by means "
 "of a loudspeaker from a vehicle that the water supply was being cut off temporarily. No report was received by "
 "the local authority that a boiler had burst. Sanitary authorities have no statutory obligation to notify "
 "householders in advance when they propose to cut off water supplies. It is, however, their normal practice to "
 "give prior notice to persons affected. The procedure varies from area to area. Consumers may be informed "
 "verbally, by notice in the public press, by letter, or by loudspeaker, as in the present instance, in emergency "
 "conditions.\n\n"
 "Is the Minister aware that the supply to Ballina town is wholly inadequate for present needs and will he take the "
 "necessary steps to ensure that an adequate supply is made available?\n\n"
 "Sin ceist eile.\n\n"
 "In view of the fact that there is a likelihood of damage being caused, does the Minister not think there ought to "
 "be an obligation upon the local authority to notify consumers of the cutting off of water supplies?",
 "utilities/water", ["outage"],
 "The oireachtas.ie page as the page store holds it, with its interface lines ('Skip to main content', 'Normal "
 "View'), the debate, date and volume lines ('Dáil Éireann debate - / Tuesday, 13 Dec 1966', 'Vol. 226 No. 3'), the "
 "heading ('Ceisteanna — Questions. Oral Answers. - Cutting off of Water Supplies.', kept as title without its "
 "prefix) and the bare question number ('4.') left out, as batches 31f-35a did; the excerpt shows no speaker names, "
 "so none is in the text. Cut after the second supplementary ('... the cutting off of water supplies?'), before the "
 "reply 'I do not think there could be any definite obligation. In the case of an emergency ... it would be "
 "unreasonable to expect the local authority to ', where the excerpt breaks off (`truncated`; the reply's first "
 "sentence left out with the broken one, so the text ends on a whole turn). Kept as written: 'Sin ceist eile.' (Irish, "
 "'That is another question', the chair's ruling on the first supplementary), 'Ballina town'. Found with 'Dáil "
 "Éireann water supply cut off failure pumping station town without water county council'. Ballina, 1966-12-13, "
 "'Urban District Council', 'boiler': 0 hits in train/dev/test, GATHERING.md, every gather script and this "
 "session's pools.",
 True, via="oireachtas.ie"))

R.append(public_record(
 {"OPL": "UK Parliament, Hansard on hansard.parliament.uk (page store)"},
 "hansard-written-answer-floods-tewkesbury-mythe-water-works-2007",
 "https://hansard.parliament.uk/Commons/2007-09-03/debates/0709051000103/FloodsTewkesbury", "2007-09-03",
 "Floods: Tewkesbury", "Hansard, House of Commons, written answers",
 "The following answer is current at 11:00 on Thursday, 26 July.\n"
 "Flooding has rendered the Mythe water treatment works inoperable. Current estimates are that 140,000 premises are "
 "currently without tap water across the region and that it could take between seven and 14 days to restore "
 "services. It is estimated that 10,000 of these premises are in the Tewkesbury area.\n"
 "A temporary solution has been devised by Severn Trent Water which will allow some water from the Strensham "
 "treatment works to be directed to the piped system serving Tewkesbury. Pumping is planned to start on 26 July and "
 "should build up to 20 megalitres a day. However, this supply will be intermittent and discoloured and customers "
 "will be advised that it should not be used for drinking. Customers that do get this water should continue to rely "
 "upon bottled water and, after boiling, water from bowsers for drinking purposes.\n"
 "The priority is to increase the supply of drinking water. Across the region, over 900 water bowsers and tanks have "
 "been deployed. More are being obtained and the number is expected to increase to 1,800. Some 75 road tankers are "
 "filling the bowsers every day and more have been sourced. Bottled water distribution points have been set up and "
 "up to 5 million litres of water are being provided every day. A list of vulnerable people and isolated communities "
 "has been collated.\n"
 "We understand few households are now lacking power. Emergency measures to prevent flooding of Walham electricity "
 "switching station have so far been successful in ensuring continued operation of this major component of the "
 "power supply system.",
 "utilities/water", "non-US", "outage",
 "The written answer as the page store holds hansard.parliament.uk's page: the excerpt opens with the answer's own "
 "first line ('The following answer is current at 11:00 on Thursday, 26 July.') and shows neither the page's "
 "interface lines, heading and date line nor the question or any speaker, so none is in the text; the text is the "
 "excerpt whole, its line breaks kept as single newlines as the excerpt runs them. The title is made from the page "
 "address ('FloodsTewkesbury'; doubtful: the colon supplied) and `published` from the date in it (3 September 2007, "
 "the day the answer was printed; the answer itself says it was current on 26 July). `truncated` true: the question "
 "and whatever follows the answer on the page are not in the excerpt. Kept as written: 'megalitres', 'Customers that "
 "do get this water'. Found with 'hansard Mythe water treatment works flooded Severn Trent 140,000 homes without "
 "piped water Tewkesbury Gloucester statement' (the same search shows the Leader of the House's flood statement of "
 "24 July 2007 in the bound Hansard and Severn Trent Water's memorandum to the EFRA Committee; one text per event, "
 "the written answer taken). Mythe, Tewkesbury, Strensham, Walham, 'Severn Trent', 2007-09-03: 0 hits in "
 "train/dev/test, GATHERING.md, every gather script and this session's pools ('Mythe' only inside a Deputy's name, "
 "Mythen, in a dev file's note). The corpus's Gloucestershire file is the 2002 storm power cuts (Aquila), another event.",
 "OPL"))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-press-telegrams-delay-melbourne-london-1951",
 "commons/1951/jan/24/press-telegrams-delay", "1951-01-24", "Press Telegrams (Delay)", "oral answers",
 "asked the Postmaster-General (1) if he is aware that Press cables dispatched at urgent rates from Melbourne on "
 "22nd December took up to four hours to reach London; and what steps he is taking to improve the service;\n"
 "(2) what complaints he has received from the Council of the Empire Press Union on delays of news transmissions by "
 "telegram; and what action is being taken to meet such complaints.\n\n"
 "I am aware that bad wireless operating conditions towards the end of last year caused delays to many overseas "
 "telegrams, including Press telegrams, to and from Australia and New Zealand. These difficulties were increased by "
 "cable interruptions. The Empire Press Union made representations on 2nd November last about heavy delays in "
 "sending messages, especially to Australia and New Zealand. Urgent cable repairs have been made and I am "
 "considering means of improving circuit capacity to and from this country.\n\n"
 "Is the Postmaster-General aware how very seriously this is regarded in Australia; that for 27 days in December the "
 "service was seriously disrupted; that consideration is now being given to transferring the service to America, "
 "and that if that is done London will lose its place as the news centre?\n\n"
 "This is due entirely to the wireless circuit. There were bad radio conditions and the stuff could not get "
 "through. We are using the Atlantic cable to try to get the stuff through to Australia and New Zealand, because we "
 "regard these delays as the cause of a great sense of grievance in the Dominions.",
 "telecoms/telegraph", ["near-miss"],
 "Taken from the historic Hansard page as the search tool's page store holds it. Left out: the speaker lines ('§ 27 "
 "and 28. Mr. Deedes', '§ Mr. Ness Edwards' twice, '§ Mr. Deedes'), as batches 14-35a left such lines out, so that "
 "the text opens with the question's own words and names no member or minister by a label. The title is made from "
 "the page address ('press-telegrams-delay'; doubtful: capitals and brackets supplied). Cut after the Postmaster-"
 "General's second reply ('... in the Dominions.'), before the next member's supplementary ('§ Mr. R. V. Grimston / "
 "Is the right hon. Gentleman aware ...'), which the excerpt breaks off before it ends (`truncated`). The question's "
 "two parts kept on two lines as the page runs them. Kept as written: 'Press cables', 'Press telegrams' with capitals, "
 "'the stuff could not get through'. Near-miss: press telegrams delayed by bad wireless conditions, with 'cable "
 "interruptions' in general, none told apart, dated or placed (GUIDELINES: counted outages are not events); 'for 27 "
 "days in December the service was seriously disrupted' is the member's claim of delay, and the Minister's reply "
 "puts it down to radio conditions (doubtful). Batch 35a found this answer and left it 'for a later round as a "
 "near-miss'. Found with 'historic-hansard 1951 press telegrams Melbourne London delays wireless conditions cable "
 "interruptions Cable and Wireless'. 1951/jan/24, 'Empire Press Union', 'press-telegrams-delay': 0 hits in "
 "train/dev/test, every gather script and this session's pools (GATHERING.md: only batch 35a's note). The follow-up "
 "answer of 31 January 1951 on Test Match messages (the same delays) was left alone.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
