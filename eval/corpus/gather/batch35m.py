#!/usr/bin/env python3
"""Batch 35m (session 36, third round; helper gather36m): outages told in parliamentary records, the lane of batches
33a, 34a, 34g, 34j, 35a and 35i, kept to supply failures of water, gas and electricity in Houses of the Oireachtas
records of 2009-2023 (Dail and Seanad), each with the operator where the text names one:
  - a burst late on 30 May 2018 on the pipeline from the Staleen water treatment plant that serves Drogheda and east
    Meath, the plant at about 40% of capacity and a water outage hitting Ratoath, Kilbride and Duleek (Irish Water;
    the Minister's reply in a Dail Topical Issue debate, 31 May 2018; via kildarestreet.com);
  - the Leixlip gas explosion of January 2012, told with the electricity going off at about 7 p.m. for a few
    minutes and a gas leak that Bord Gais Eireann fixed (a Deputy's Topical Issue speech, 19 January 2012; no
    electricity supplier named; via kildarestreet.com);
  - 18,000 homes in Cork city without drinking water after the November 2009 floods (a Deputy's speech in the
    Dail's flood relief statements, 24 November 2009; no water operator named as such; via kildarestreet.com);
  and near-misses:
  - unscented gas let into the system from the Corrib gas terminal on Thursday 21 September 2017, with Gas Networks
    Ireland's customers 'left in a vulnerable situation' and no lost supply stated (a Senator's speech in the
    Seanad, 26 September 2017; via kildarestreet.com);
  - Clonmel's 'weekly water outages, boil water notices and low water pressure', counted and never told apart (a
    Deputy's Topical Issue speech, 26 September 2023; via kildarestreet.com).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; each text ends at the last full
sentence before its excerpt breaks off (`truncated`). Left out per item (see `notes`): the mirror's date, heading,
clock-time and photo/speaker lines, so that no speaker is named by a label; no word added or changed. Oireachtas
records are built by a local `oir` builder after batch 35i's, with the house as a field (Dail or Seanad). Written
before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch35m.py [POOL_DIR] [--dry]   (default /tmp/gather36m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36m/pool"
KS = "https://www.kildarestreet.com/"



CHECKED = ("0 hits in train/dev/test, GATHERING.md, every gather script and the pools of /tmp/gather36[a-n] "
           "(checked before the text was taken)")

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-dail-staleen-burst-east-meath-water-outage-irish-water-2018", KS + "debate/?id=2018-05-31a.515",
 "2018-05-31", "31 May 2018", "Water Services", "Topical Issue debate",
 "I thank the Deputy for giving me this opportunity to update the House on the burst which occurred late yesterday "
 "evening on a pipeline from the Staleen water treatment plant which serves Drogheda and east Meath. The burst is "
 "close to the same location as the burst that happened last year.\n\n"
 "Staff from Irish Water, the local authority and contractors have been mobilised. Repair crews have been on-site "
 "throughout the night working under lights in tough conditions, as referred to by the Deputy, going down to around "
 "4 m in depth. As a result, a new pipe section has been installed and couplings fitted. Irish Water started to "
 "restore pressure in the repaired pipeline late this morning and we will soon know if the repair has been "
 "successful. I can update the House that it has been.\n\n"
 "As a result of the pipe burst, Staleen water treatment plant has been working at around 40% capacity. The treated "
 "water reservoir serving Drogheda and most of east Meath has enough water to maintain a water supply to customers "
 "for the present. However, a water outage is impacting on some east Meath customers, including in the areas of "
 "Ratoath, Kilbride and Duleek, and it may through the evening and perhaps into the early morning as well.\n\n"
 "Irish Water has implemented contingency arrangements as a result of this burst during the emergency works. For "
 "example, alternative water supplies, including nine tankers, bulk containers and bottled water, were mobilised. "
 "These are currently located in Ratoath and Kilbride and will be in place in Duleek shortly if they are not "
 "already.\n\n"
 "Vulnerable customers have been contacted by Irish Water and it is working with them, arranging alternative water "
 "supplies as required. Our Lady of Lourdes Hospital has been prioritised, as have schools, créches and nursing "
 "homes.",
 "utilities/water", ["outage"],
 "The Minister's reply as kildarestreet.com's page holds it; the site's 'Dáil debates', date ('Thursday, 31 May "
 "2018', kept as `published`), 'Topical Issue Debate', heading ('Water Services', kept as title), time ('5:45 pm') "
 "and photo/speaker line ('Photo of Eoghan Murphy Eoghan Murphy (Dublin Bay South, Fine Gael) | Oireachtas source') "
 "left out, so the Minister is not named in the text. Cut after '... as have schools, créches and nursing homes.', "
 "before 'In addition, I understand th', where the excerpt breaks off (`truncated`). Kept as written: 'créches' "
 "(with its accent), 'it may through the evening' (a word seems missing in the record; not supplied), '4 m', "
 "'40% capacity'. Found with 'Dáil Drogheda burst water main Roughgrange Staleen week without water Irish Water "
 "Deputy' and 'kildarestreet 31 May 2018 Topical Issue Debate water supply Drogheda Minister Eoghan Murphy reply "
 "burst Staleen pipeline'. The Deputy's own speech in the same debate (kildarestreet 2018-05-31a.512, on the same "
 "burst) was left alone: one text per event; the July 2017 burst on the same main (the week-long Drogheda outage) "
 "is only named here as 'the burst that happened last year' and is told in no corpus file. Staleen, Drogheda, "
 "Ratoath, Kilbride, Duleek, 'Our Lady of Lourdes', 2018-05-31: " + CHECKED + " (Drogheda is in one corpus file, "
 "batch 19a's 2008 freight derailment, another event).",
 True))

R.append(oireachtas(
 "oireachtas-dail-leixlip-gas-explosion-electricity-off-bord-gais-2012", KS + "debate/?id=2012-01-19.180.5",
 "2012-01-19", "19 January 2012", "Gas Explosion", "Topical Issue debate",
 "I thank the Ceann Comhairle for selecting this topic and the Minister for coming in. I hope he will be able to "
 "respond in a constructive way to some of the points I want to make. While the gas explosion occurred in Leixlip, "
 "the town in which I live, I want to raise the issue in a wider context. Yesterday the Minister said approximately "
 "640,000 households are connected to gas. Obviously, the safety of people whose homes are connected to and use gas "
 "is of paramount concern. I also wish a speedy recovery to one of the three people in the house in which the "
 "explosion occurred who was very seriously injured and is in hospital.\n\n"
 "After I heard about the explosion on Saturday, I visited the area because not only are these people constituents "
 "but some of them are friends. The house in which the explosion occurred does not have gas central heating but oil "
 "fired central heating. The electricity went off at approximately 7 p.m. for a few minutes and an hour or an hour "
 "and half after that people smelled gas, Bord Gáis Éireann, BGE, was contacted and the people from BGE came out. "
 "There was a sizable gas leak so much so that it could be seen as steam rising to the height of a tree on the "
 "footpath. Gas was smelled by people on the road.\n\n"
 "The house next door to that in which the explosion occurred has gas. The people from BGE came out, fixed the leak "
 "and left. I am not sure if the electricity went off at this stage but there seems to be a link between the "
 "electricity and gas. Gas does not respect property boundaries, so will seep into places. The house in which the "
 "explosion took place did not have gas central heating. It never occurred to them, therefore, that they would have "
 "to question whether the house was safe. A candle was lit and this ignited the gas in the house.",
 "utilities/electricity", ["outage"],
 "A Deputy's speech opening the Topical Issue debate, as kildarestreet.com's page holds it; the site's 'Dáil "
 "debates', date ('Thursday, 19 January 2012', kept as `published`), time ('4:00 pm') and photo/speaker line ('Photo "
 "of Catherine Murphy Catherine Murphy (Kildare North, Independent)') left out, so the speaker is not named in the "
 "text. The mirror's excerpt shows no heading; the title is the heading of the same speech in the Oireachtas "
 "debates archive ('Topical Issue Debate - Gas Explosion', debatesarchive.oireachtas.ie, take dail2012011900016, "
 "found with the same search), without its prefix. Cut after '... this ignited the gas in the house.', before 'Many "
 "of the residents in the area were concerned that a wider check was not undertaken to', where the excerpt breaks "
 "off (`truncated`). Kept as written: 'oil fired', 'an hour or an hour and half', 'sizable', 'so will seep'. Found "
 "with 'Leixlip gas explosion Bord Gáis Éireann gas leak electricity went off candle lit Catherine Murphy Topical "
 "Issue gas safety'. Leixlip is in two corpus files, both water matters of 2019 (a boil water notice file in dev and "
 "a mention in the notes of batch 35i's Skerries file); 'explosion occurred', 2012-01-19 as a Dáil sitting, "
 "'640,000': " + CHECKED + ".",
 True))

R.append(oireachtas(
 "oireachtas-dail-cork-floods-18000-homes-without-water-2009", KS + "debate/?id=2009-11-24.434.0", "2009-11-24",
 "24 November 2009", "Flood Relief: Statements", "statements",
 "This evening's debate offers the Government an opportunity to outline the measures it will take to deal with the "
 "consequences of the disastrous floods in Cork city and other areas. In Cork city alone, 18,000 homes are without "
 "drinking water this evening. I ask the Government what steps are being taken to restore water supplies, "
 "particularly in light of the implications for health and hygiene, and to identify the cause of the severe "
 "flooding in the Cork region.\n\n"
 "I commend local authority employees, emergency services, Civil Defence and communities on the work they have done "
 "over the past several days. However, I wish to speak about the systems management of the crisis. While the "
 "management of emergency services has been effective in many regions, shortcomings can be identified in "
 "communication and information provision. Cork City Council did not set up a freefone number until last night. "
 "Previously, people were advised to consult the council's website or ring several different telephone numbers. If "
 "somebody uses a pre-pay mobile telephone, he or she will quickly run out of credit while calling these numbers. "
 "Emergency numbers should be part of the response protocol and immediately advertised over the broadcast media. A "
 "ticker tape system on television programmes could have provided local information.\n\n"
 "During the early days of the flooding, we saw plenty of footage of flooded areas but little information about how "
 "people could seek help. People in Cork city had to rely on a chap called P.J. Coogan to find out what was "
 "happening because the council did not establish a press unit until long after the floods had started. Mr. Coogan "
 "provided information to the people of Cork until 10.30 p.m. on Friday night and was out again at 6 a.m. the "
 "following day. His television colleagues, such as Paul Byrne from TV3 and Paschal Sheehy from RTE, did likewise.",
 "utilities/water", ["outage"],
 "A Deputy's speech as kildarestreet.com's page holds it; the site's 'Dáil debates', date ('Tuesday, 24 November "
 "2009', kept as `published`), time ('7:00 pm') and photo/speaker line ('Photo of Ciarán Lynch Ciarán Lynch (Cork "
 "South Central, Labour)') left out, so the speaker is not named in the text. The excerpt shows no heading: the "
 "title is the heading the mirror shows for the same evening's flood speeches ('Flood Relief: Statements.', page "
 "2009-11-24.510.0, 8:00 pm, without its full stop; doubtful: the 7 pm speech may sit under another heading). Cut "
 "after '... from RTE, did likewise.', before 'However', where the excerpt breaks off (`truncated`). Kept as "
 "written: 'freefone', 'pre-pay', 'a chap called P.J. Coogan', 'RTE' without its accent. Found with 'Dáil Cork "
 "floods November 2009 Lee Road water treatment works flooded Cork city without water supply Cork City Council'. "
 "Other speeches on the same floods and water loss were left alone (one text per event): Kathleen Lynch's "
 "(2009-11-24.435.0), Micheál Martin's (.510.0) and Bernard Allen's adjournment speech of 8 December 2009 "
 "(2009-12-08.670.6, water 'cut off for more than a week' and the ESB's Inniscarra dam warnings). Cork City "
 "Council, Lee Road, Inniscarra, Coogan, 'Paschal Sheehy', 'Flood Relief', '18,000 homes', 2009-11-24 as a sitting, "
 "and any Cork flood file: " + CHECKED + ".",
 True))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-seanad-corrib-unscented-gas-erris-gas-networks-ireland-2017", KS + "sendebates/?gid=2017-09-26a.68",
 "2017-09-26", "26 September 2017", "Order of Business", "Order of Business",
 "I and my team want to be associated with the expressions of appreciation of the National Museum, the Office of "
 "Public Work and the work of the Ceann Comhairle in bringing us here. Of course, it does not matter what are "
 "surroundings are but it is the work we do and how it impacts on the lives of ordinary people and their families "
 "that matters. What really matters are the lives of those who are really struggling.\n\n"
 "The first issue I wish to raise is pertinent to my community in Erris. Members will know that on Thursday, the "
 "parish of Erris and the people of Mayo and Galway were deeply impacted by the release of unscented gas into the "
 "system by Corrib gas. I want to address the lack of information for the Erris community. People were left in "
 "their homes overnight on Thursday, not knowing whether to leave or remain in their homes. A couple of text "
 "messages were sent out late on Thursday evening with very little information and no contact information. Shell "
 "had already evacuated its own staff, and people were aware of this, although Shell claimed it did not evacuate "
 "them but just told them to go home earlier in the day. This added to the confusion as to what the community "
 "should do.\n\n"
 "There must be an immediate investigation into these occurrences and why they happened in the first place and also "
 "why the company did not communicate with residents in a full and timely manner. The customers of Gas Networks "
 "Ireland were also left in a vulnerable situation. The supply of unscented gas is dangerous by the mere fact that "
 "people cannot smell a leak, if an appliance has been left on. This is apart from the inconvenience and disturbance "
 "caused to households, businesses and crucial facilities such as hospitals and nursing homes where services are "
 "dependent on a reliable source of energy. The question remains of who exactly is responsible.",
 "utilities/gas", ["near-miss"],
 "A Senator's speech as kildarestreet.com's Seanad page holds it; the site's 'Seanad debates', date ('Tuesday, 26 "
 "September 2017', kept as `published`), time ('2:30 pm') and photo/speaker line ('Photo of Rose Conway Walsh Rose "
 "Conway Walsh (Sinn Fein) | Oireachtas source') left out, so the Senator is not named in the text. The excerpt "
 "shows no heading: the title 'Order of Business' is supplied (doubtful) from the speech's place, the first "
 "business at 2:30 pm, where Senators raise issues ('The first issue I wish to raise'); the Seanad sat that day "
 "in the National Museum, which the opening thanks. Cut after 'The question remains of who exactly is "
 "responsible.', before 'Is it the EPA or', where the excerpt breaks off (`truncated`). Kept as written: 'Office of "
 "Public Work' (the Office of Public Works), 'what are surroundings are', 'if an appliance has been left on'. "
 "Near-miss: unscented gas from the Corrib terminal entered the network and Gas Networks Ireland's customers were "
 "'left in a vulnerable situation', with 'inconvenience and disturbance' to households and facilities 'dependent on "
 "a reliable source of energy', but the text never says that anyone's gas supply was cut or turned off (the news "
 "reports of the week say about 10,000 customers were told to shut their supply at the meter; not in this text, "
 "so no outage; doubtful). Found with 'odourless gas Corrib Galway Mayo network Gas Networks Ireland Seanad Dáil "
 "Minister Naughten statement unodourised'. Corrib, Bellanaboy, Erris (but for the letters inside 'Grant-Ferris' in a 1957 "
 "Hansard file's note), unscented, 'Gas Networks Ireland' (but for an earlier batch's search phrase for an Ervia "
 "committee item in GATHERING.md), 2017-09-26: " + CHECKED + ".",
 True, house="Seanad Éireann"))

R.append(oireachtas(
 "oireachtas-dail-clonmel-weekly-water-outages-2023", KS + "debate/?id=2023-09-26a.575", "2023-09-26",
 "26 September 2023", "Water Services", "Topical Issue debate",
 "Ar an gcéad dul síos, gabhaim buíochas leis an gCeann Comhairle, leis an Rialtas agus le gach éinne eile as an "
 "gcabhair a thug siad do dhaoine Chluain Meala cúpla seachtain ó shin when we had a very tragic time in Clonmel. I "
 "thank the whole community, the Clonmel school community, An Garda Síochána, all the agencies and all the people "
 "in the community and from around the country who rode in in the sense of the meitheal and supported those "
 "families. It was really deeply appreciated in the midst of our grief.\n\n"
 "Clonmel town has a population of 19,000 and has a very large hinterland. It has fantastic industry. It is a town "
 "that is struggling with various issues but that has a strong community. It has a great business community that is "
 "doing its best in a very difficult economic climate. The Clonmel Business Network comprises more than 110 "
 "businesses - the small and medium businesses that are the backbone of the town's economy. However, the businesses "
 "of the town are at their wits' end. They are doing their best to trade despite the rising energy costs but are "
 "struggling to manage with an inadequate water supply. This not only affects businesses, but all of the "
 "householders, the hospital and anything else you could name as well.\n\n"
 "As the Minister of State will know, I raised this matter with the Minister, Deputy O'Brien, during the summer and "
 "wrote to him about it a number of times. The town has suffered from weekly water outages, boil water notices and "
 "low water pressure. It is simply not acceptable in a modern network in modern times. You would think we were in a "
 "Third World country. I was in Bosnia and Herzegovina to visit Medjugorje recently. It is a very impoverished place "
 "but it has the best of water and broadband at all times.",
 "utilities/water", ["near-miss"],
 "A Deputy's speech opening the Topical Issue debate, as kildarestreet.com's page holds it; the site's 'Dáil "
 "debates', date ('Tuesday, 26 September 2023', kept as `published`), 'Saincheisteanna Tráthúla - Topical Issue "
 "Debate', heading ('Water Services', kept as title), time ('11:20 pm') and photo/speaker line ('Photo of Mattie "
 "McGrath Mattie McGrath (Tipperary, Independent) | Oireachtas source') left out, so the Deputy is not named in the "
 "text. Cut after '... the best of water and broadband at all times.', before 'It also has none of the spin w', "
 "where the excerpt breaks off (`truncated`). Kept as written, Irish included: the opening sentence in Irish (about "
 "'First of all, I thank the Ceann Comhairle, the Government and everyone else for the help they gave the people of "
 "Clonmel a couple of weeks ago'), 'meitheal' (a team of neighbours), 'rode in in', 'businesses - the small'. "
 "Near-miss: 'weekly water outages, boil water notices and low water pressure' are counted, never told apart, dated "
 "or given an operator (GUIDELINES: counted outages are not events); no water company is named in the excerpt. "
 "Found with 'Dáil Topical Issue water outage Uisce Éireann town without water days treatment plant failure 2023' "
 "(the same speech is also stored as 2023-09-26a.574; the .575 page is cited). The later Clonmel Topical Issue "
 "reply of 5 November 2025 (kildarestreet 2025-11-05a.31, Uisce Éireann named) was left alone: one text per town "
 "supply. Clonmel is in one corpus file, a 2015 committee on prescription drugs (another subject); 'Clonmel Business "
 "Network', Medjugorje, 2023-09-26: " + CHECKED + ".",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
