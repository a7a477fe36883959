#!/usr/bin/env python3
"""Batch 37a (session 38; helper gather38a): Dail Eireann records of the Posts and Telegraphs years, a sixth round
in the Oireachtas/Hansard outage lane of batches 36a, 36k, 36q, 36v, 36w and 36y, taking the telephone leads that
36w and 36y left (Terenure, Tallaght/Rathcoole, Dublin repair delays) and two answers the search turned up beside
them (Bracknagh, south-east Meath):
  - one outage: a fault in the 20-line automatic exchange at Bracknagh, County Offaly, that cut its telephone
    service from Saturday 14 to Monday 16 April 1973 (oral answers, 8 May 1973);
  - four near-misses: crossed lines and slow dialling tone alleged in Terenure and denied by the Minister, with
    Rathcoole's waiting list held up by exchange overloading (20 November 1969); faulty Dublin telephones taking
    upwards of a week to repair and no automatic rental rebate (23 October 1969); the switching capacity serving the
    Walkinstown, Clondalkin and Rathcoole exchanges exceeded at busy periods (12 November 1970); subscribers in
    south-east Meath finding it hard to get a dial tone, new exchanges promised (written answers, 30 November 1972).
Texts are the search tool's page-store excerpts (corpus `pages`) of oireachtas.ie; no word changed. All use the
shared builder `write_pool.oireachtas` (via="oireachtas.ie"). newskg was not run on them.
usage: batch37a.py [POOL_DIR] [--dry]   (default /tmp/gather38a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38a/pool"
OIR = "https://www.oireachtas.ie/"
DROP = ("Left out of the oireachtas.ie text as the page store holds it: the page's top lines ({head}), the heading "
        "'{heading}' (its last part is the title) and the bare question-number lines {nums}; the excerpt gives no "
        "speaker labels. ")
CHECKED = ("Looked for before taking it, with no hit in train/dev/test, GATHERING.md, the gather scripts, the notes "
           "and the /tmp/gather38* pools unless said: {words}. ")

R = []
R.append(oireachtas(
 "oireachtas-dail-bracknagh-telephone-exchange-fault-1973",
 OIR + "en/debates/debate/dail/1973-05-08/38/member-speech/Seán-Flanagan.D.1951-06-13/", "1973-05-08",
 "8 May 1973", "Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs if he will arrange to provide a public telephone kiosk at Kinaff Cross "
 "Swinford, County Mayo.\n\n"
 "Provisions of kiosks in areas such as Kinaff Cross where there is no post office is not envisaged under the "
 "extended rural kiosk programme.\n\n"
 "asked the Minister for Posts and Telegraphs if he is aware of the urgent need for the erection of a telephone "
 "kiosk at Burncourt, Cahir, County Tipperary; and, if so, when it is intended to erect it.\n\n"
 "The provision of a telephone kiosk at the place in question in replacement of the call office telephone in the "
 "local sub-post office is already planned under the extended rural kiosk programme. It is hoped that the kiosk "
 "will be erected within the next six months or so.\n\n"
 "asked the Minister for Posts and Telegraphs if he is aware of the urgent need for a public telephone kiosk for "
 "Mount Melleray, Cappoquin, County Waterford.\n\n"
 "Provision of kiosks in areas such as Mount Melleray where there is no post office is not envisaged under the "
 "extended rural kiosk programme.\n\n"
 "asked the Minister for Posts and Telegraphs why Bracknagh, County Offaly, was without telephone service on April "
 "14th, 15th, 16th and 17th, 1973; and why the service is giving so much trouble in that area.\n\n"
 "A fault in the 20-line automatic exchange at Bracknagh interrupted service from Saturday, 14th, to Monday, 16th "
 "April. Earlier repairs were not, I regret, practicable. I am not aware that the telephone service in Bracknagh "
 "is unsatisfactory. I understand there have been few complaints. However, I shall be glad to have any particular "
 "service problem specially investigated.",
 "telecoms", ["outage"],
 DROP.format(head="'Skip to main content', 'Normal View', 'Dáil Éireann debate -', 'Tuesday, 8 May 1973', "
             "'Vol. 265 No. 5'", heading="Ceisteanna—Questions. Oral Answers. - Telephone Service.",
             nums="'44.' to '47.'")
 + "The page store keeps the record under a member-speech address of the debate item; the excerpt opens at question "
 "44. Questions 44-47 kept with their answers (three kiosk requests, then Bracknagh), since question 47 alone falls "
 "short of the corpus's 150-word floor; cut before question 48 (the Clonmel automatic-exchange question, whose "
 "answer the excerpt breaks off) (`truncated`). Kept as written: 'Kinaff Cross Swinford' (no comma), 'Provisions "
 "of kiosks ... is'. One outage told: the exchange fault that cut Bracknagh's service from Saturday 14 to Monday "
 "16 April 1973 (the question says 14th-17th; the answer's days are taken). No department or company named as the "
 "operator, only the Minister's post. Found with the search query 'Tallaght Rathcoole telephone exchange service "
 "Minister for Posts and Telegraphs 1970'. "
 + CHECKED.format(words="'Bracknagh', 'Kinaff', 'Burncourt', 'Mount Melleray', 1973-05-08 (Cappoquin is in "
                  "36y's 1969 trunk-circuit item, another subject)"),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-dublin-telephone-repair-delays-rental-rebates-1969",
 OIR + "ga/debates/debate/dail/1969-10-23/230/", "1969-10-23", "23 October 1969",
 "Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs why his Department in many instances take upwards of a week to repair "
 "defective phones in the Dublin area; if having regard to his Department's failure to supply the services "
 "contracted for during such failures subscribers will receive credit for rentals for such periods; and, if not, "
 "why.\n\n"
 "The number of cases in which it takes upwards of a week to repair faulty telephones in the Dublin area is usually "
 "relatively small. Where such delay occurs it may be for a variety of reasons, such as difficulty in locating the "
 "fault, necessity to repair or replace sections of damaged underground cable, difficulty in gaining access to "
 "subscribers premises or bad weather. Rebates of rental are not allowed automatically for short periods of faulty "
 "service because the expense which would be involved in keeping the necessary records would be out of all "
 "proportions to the value of such rebates. Requests made by subscribers for rebates in such circumstances are "
 "however sympathetically considered.",
 "telecoms", ["near-miss"],
 DROP.format(head="'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', 'Dáil Éireann díospóireacht -', "
             "'Thursday, 23 Oct 1969', 'Vol. 241 No. 10'",
             heading="Ceisteanna—Questions. Oral Answers. - Telephone Service.", nums="'340.'")
 + "The Irish-language view (/ga/) of the record, English text. Question 340 and its answer only; cut before "
 "question 341 (delays in installing business telephones, whose answer the excerpt breaks off) (`truncated`). "
 "Kept as written: 'take' (plural after 'his Department'), 'subscribers premises' (no apostrophe), 'out of all "
 "proportions'. Near-miss: repair delays for faulty telephones in general, causes listed; no fault, day or place "
 "told apart. Found with 'Dublin telephone repair delays faults rental rebate 1969 Minister for Posts and "
 "Telegraphs' (the lead 36y left). "
 + CHECKED.format(words="1969-10-23, 'rental rebate', 'repair defective phones' (found only in 36y's list of "
                  "leads left)"),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-south-east-meath-telephone-dial-tone-difficulties-1972",
 OIR + "en/debates/debate/dail/1972-11-30/70/", "1972-11-30", "30 November 1972",
 "Telephone Service", "Written Answers",
 "asked the Minister for Posts and Telegraphs the location of and the area covered by the switching equipment for "
 "telephones in southeast Meath commencing with 255, 259, 256 and 250; if he is aware of the rapidly increasing "
 "number of telephones in this area, and that subscribers are experiencing great difficulty in getting a dial tone "
 "to enable them to make a call; and if he will arrange as a matter of urgency to install additional switching "
 "equipment and junction cables to improve service in this area.\n\n"
 "Telephones in the four number ranges referred to are connected to automatic exchanges at Dunboyne, Dunshaughlin, "
 "Ratoath and Ashbourne respectively which serve these centres and the surrounding districts. I am aware of the "
 "increasing number of telephone subscribers in these areas and also that subscribers are experiencing service "
 "difficulties, particularly at Dunboyne and Ashbourne.\n\n"
 "The existing exchange at Dunboyne which is of an old type is being replaced by a larger exchange. Work on the "
 "installation of this exchange will commence shortly and it is expected to be in service by April, 1973. A major "
 "cable to Dunboyne will be completed before the end of this year.\n\n"
 "A new larger exchange is also being provided at Ashbourne and is expected to be in service by the middle of next "
 "year. A major cable to Ashbourne is expected to be in service by about October, 1973.\n\n"
 "Extensions to the existing exchanges at Dunshaughlin and Ratoath are on order and are expected to be in service "
 "by mid-1974. Additional circuits for both exchanges will be provided next year.",
 "telecoms", ["near-miss"],
 DROP.format(head="'Skip to main content', 'Normal View', 'Dáil Éireann debate -', 'Thursday, 30 Nov 1972', "
             "'Vol. 264 No. 3'", heading="Written Answers. - Telephone Service.", nums="'144.'")
 + "Written answer 144 with its whole answer; cut before '145. andMr. Malone asked ...' (exchange equipment in "
 "general, broken off by the excerpt) (`truncated`). Kept as written: 'southeast Meath', 'which is of an old type' "
 "(no commas). Near-miss: subscribers find it hard to get a dial tone and the Minister grants 'service "
 "difficulties, particularly at Dunboyne and Ashbourne' (congestion of old or small exchanges); no service told as "
 "lost, no day. Found with 'switching capacity Walkinstown Clondalkin Rathcoole exchanges exceeded heavy volume "
 "call traffic busy periods'. "
 + CHECKED.format(words="'Dunboyne', 'Dunshaughlin', 'Ashbourne', 1972-11-30 ('Ratoath' is in 35m's 2018 east "
                  "Meath water outage, another subject)"),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-tallaght-rathcoole-telephone-congestion-1970",
 OIR + "en/debates/debate/dail/1970-11-12/80/member-speech/Martin-Finn.D.1969-07-02/", "1970-11-12",
 "12 November 1970", "Telephone Service", "Questions, Oral Answers",
 "andMr. O'Higgins asked the Minister for Posts and Telegraphs if there are any plans for an improved telephone "
 "service for the areas of Tallaght, Saggart, Brittas, Rathcoole, and Newcastle, County Dublin; and when these "
 "plans will be put into operation.\n\n"
 "The switching capacity of the system serving the Walkinstown, Clondalkin and Rathcoole exchanges is exceeded by "
 "the very heavy volume of call traffic during the morning and afternon busy periods. Considerable delay was "
 "encountered in arranging a contract for the supply and installation of the additional switching equipment "
 "required. Special arrangements were made with the contractor to have portion of this equipment installed by "
 "March of this year. This was done, but the relief afforded was rapidly offset by further growth in call traffic. "
 "Completion of installation of the main order of switching equipment, which will eliminate the present "
 "congestion, is expected by March next.\n\n"
 "There is a further problem at Rathcoole because the exchange there, which was originally designed for low "
 "traffic use appropriate to a residential area, is overloaded. This equipment cannot be extended and pending "
 "provision of a new exchange at Rathcoole, which is expected early in 1973, new subscribers in that area will be "
 "connected temporarily with Clondalkin exchange and everything possible will be done to provide a satisfactory "
 "service for the Rathcoole subscribers.\n\n"
 "No difficulties exist so far as the Brittas exchange is concerned.",
 "telecoms", ["near-miss"],
 DROP.format(head="'Skip to main content', 'Normal View', 'Dáil Éireann debate -', 'Thursday, 12 Nov 1970', "
             "'Vol. 249 No. 8'", heading="Ceisteanna — Questions. Oral Answers. - Telephone Service.",
             nums="'129.'")
 + "The page store keeps the record under a member-speech address of the item. Question 129 and the Minister's "
 "answer; cut before the first supplementary ('I appreciate the Minister's view. ...', which the excerpt breaks "
 "off) (`truncated`). Kept as written: the opening 'andMr. O'Higgins asked' (the record's link text for the first "
 "asker is missing from the page-store copy, so the run-together words stand as the copy has them), 'afternon', "
 "'have portion of'. Near-miss: call traffic exceeds switching capacity at busy periods and the Rathcoole exchange "
 "is overloaded (congestion), no service told as lost, no day. Found with 'Tallaght Rathcoole telephone exchange "
 "service Minister for Posts and Telegraphs 1970' (the lead 36y left). "
 + CHECKED.format(words="1970-11-12, 'Saggart', 'Brittas', 'Walkinstown' with 'Clondalkin' (Tallaght and "
                  "Rathcoole found only in 36y's leads and in a 2023 TU Dublin Tallaght ransomware item, another "
                  "subject)"),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-terenure-crossed-lines-dialling-tone-1969",
 OIR + "en/debates/debate/dail/1969-11-20/97/", "1969-11-20", "20 November 1969",
 "Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs why telephone subscribers in the Terenure area and adjoining areas in "
 "Dublin experience with increasing frequency the crossing of lines so that it is becoming unusual to have a "
 "conversation on the telephone without other callers cutting across; why subscribers have frequently to wait for "
 "minutes after lifting the receiver before getting dialling tone; and how soon action will be taken to give the "
 "areas affected a reasonably satisfactory telephone service.\n\n"
 "I am not aware that the difficulties mentioned are being experienced generally by subscribers in the areas in "
 "question. If the Deputy will send me particulars of the telephone numbers of subscribers who are encountering "
 "either of these difficulties I will have their telephone installations specially examined.\n\n"
 "asked the Minister for Posts and Telegraphs how many people are on the waiting list for telephones in Rathcoole, "
 "County Dublin; and when he expects it will be possible to provide these telephones in this area.\n\n"
 "There are 135 waiting applications in the Rathcoole area. Owing to technical problems arising from exchange "
 "overloading I regret that it is not possible to say at this stage when they will be offered service. I hope that "
 "the position will be clarified in about a month and I will write to the Deputy.",
 "telecoms", ["near-miss"],
 DROP.format(head="'Skip to main content', 'Normal View', 'Dáil Éireann debate -', 'Thursday, 20 Nov 1969', "
             "'Vol. 242 No. 9'", heading="Ceisteann—Questions. Oral Answers. - Telephone Service.",
             nums="'121.' and '122.'")
 + "Questions 121 (Terenure) and 122 (Rathcoole's waiting list) with their answers, 121 alone being short of the "
 "150-word floor; cut before the supplementaries on Rathcoole ('Could the Minister say whether there is any "
 "anticipation of needs ...'), which the excerpt breaks off (`truncated`). The page's heading misspells "
 "'Ceisteanna'. Near-miss: crossed lines and minutes-long waits for dialling tone alleged in the question and "
 "denied as general by the Minister; Rathcoole's applicants wait on an overloaded exchange; no service told as "
 "lost, no day. The Rathcoole overloading is also in this batch's 1970 Tallaght item (a year later, another "
 "question). Found with 'Terenure crossed lines telephone subscribers Dáil 1969' (the lead 36w and 36y left). "
 + CHECKED.format(words="'Terenure' with telephone, 1969-11-20 (found only in 36w's and 36y's lists of leads "
                  "left)"),
 True, via="oireachtas.ie"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
