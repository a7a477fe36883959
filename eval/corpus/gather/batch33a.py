#!/usr/bin/env python3
"""Batch 33a (session 34; helper gather34a): outages, an eighth round of the lane of batches 27c, 29c-32c, 32f and 32m,
from UK Parliament records (historic Hansard) that earlier rounds had not reached:
  - the deliberate cutting of an overhead Post Office cable that cut Bath Race Course's telephones off from the
    exchange on 16 July 1953 (Commons oral answers, 29 July 1953);
  - a two-and-a-half-hour loss of electricity in the Kingwood area of South Oxfordshire in the storms of 30 June 1957
    (Commons oral answers, 8 July 1957);
  - the power failure in the Palace of Westminster on 3 November 1983 (Commons oral answers, 9 May 1984);
  - an electricity cut that stopped a rescue ventilating fan at South Birtley colliery, County Durham, for 15 minutes
    (Commons oral answers, 9 April 1951; undated in the text);
  and one near-miss: telephone wires to the post office in Guernsey cut by the island's local authorities because
  they crossed streets without leave (Commons, 9 June 1896; a deliberate removal by a government body, no service
  loss told); and a Dail question of 3 July 1963 on a 'widespread breakdown of the telephone system' that the
  Minister for Posts and Telegraphs denied, admitting congestion only (a denied outage).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off the
text ends at the last full exchange before it (`truncated`). Edits per item in `notes`; no word added or changed.
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch33a.py [POOL_DIR] [--dry]   (default /tmp/gather34a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard, OIR_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34a/pool"
HOW = ("The historic Hansard page as the page store holds it: the reference line ('{ref}'), the question numbers and "
       "the speaker lines ({speakers}) left out, as batches 14-32m did, so the text opens with the question's own "
       "'{opening}' and names no member or minister. The title is built from the page address ('{slug}'), the "
       "page heading not being in the excerpt (doubtful: capitals and brackets supplied). ")



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-bath-race-course-cable-damage-1953", "commons/1953/jul/29/bath-race-course-cable-damage",
 "1953-07-29", "Bath Race Course (Cable Damage)", "oral answers",
 "asked the Assistant Postmaster-General to make a statement about the telephone breakdown at Bath on 16th July.\n\n"
 "asked the Assistant Postmaster-General if he will make a full statement as to the cause of the overhead cable "
 "breakdown which cut off the telephones at Bath Race Course from the telephone exchange.\n\n"
 "The damage occurred in an overhead section, about three-quarters of a mile from the Bath Race Course, where the "
 "cable is partly hidden by a large bush. Preliminary examination suggested that the cable had been deliberately "
 "cut and the police were immediately notified. With their agreement arrangements were made to have the cable "
 "examined by experts at the Post Office Research Station, Dollis Hill. Tests made with an identical cable showed "
 "that the damage was entirely consistent with its having been caused by an oxy-acetylene torch, and the presence "
 "of small splashes of metal from the cable sheath on the foliage and in the soil round about, further confirmed "
 "this impression. Police investigations are continuing.\n\n"
 "How long did it take the Post Office to find out that this break down was not an act of God, and will the "
 "Minister also say whether he has considered the possible use of radio telephony as a stand-by in case of "
 "emergency, and so make communications to race courses more crook-proof than at the moment?\n\n"
 "The break was discovered within half-an-hour of the cable having been cut. With regard to the other suggestion, I "
 "do not think that the Post Office could be put to this enormous expense to help the bookies.\n\n"
 "What odds would my hon. Friend lay on the discovery of the miscreants?\n\n"
 "Is this not an example of private enterprise, and why does the Minister want to interfere with it?",
 "telecoms/telephone", ["outage"],
 HOW.format(ref="HC Deb 29 July 1953 vol 518 cc1280-1",
            speakers="'7. Lieut.-Colonel Lipton', '8. Mr. Nally', 'Mr. Gammans' twice, 'Lieut.-Colonel Lipton', "
                     "'Mr. Nicholson', 'Mr. Emrys Hughes', 'Mr. Nally'",
            opening="asked the Assistant Postmaster-General ...", slug="bath-race-course-cable-damage")
 + "Each speech kept as its own paragraph (the two questions, taken together, are two paragraphs). Cut after '... "
 "why does the Minister want to interfere with it?', before Mr. Nally's last supplementary 'Can the Minister confirm "
 "whether or not there is any truth in the stories that are being circulated that the knowl', where the excerpt "
 "breaks off (`truncated`). Kept as written: 'break down' (two words) beside 'breakdown', 'half-an-hour', "
 "'stand-by', 'crook-proof', the comma before 'further confirmed'. Found with 'historic-hansard trunk cable severed "
 "telephone communication interrupted town cut off Postmaster-General breakdown repaired'. 'Bath Race', 'race "
 "course', 'oxy-acetylene', Lipton, 1953/jul/29: 0 in train/dev/test (by count), GATHERING.md, every gather script "
 "and the session-34 pools; batch 14's East Barnet cable fault (17 June 1953 answer) is another fault of the same "
 "summer (electrolytic erosion, London).",
 True))

R.append(hansard(
 "hansard-commons-electricity-supplies-interruption-kingwood-1957", "commons/1957/jul/08/electricity-supplies-interruption",
 "1957-07-08", "Electricity Supplies (Interruption)", "oral answers",
 "asked the Paymaster-General if he will give a general direction to the Central Electricity Authority to provide an "
 "alternate supply of electricity to all areas so that all current may not be eliminated in cases of severe "
 "storm.\n\n"
 "No, Sir. The electricity authorities are already spending large sums to safeguard supplies during emergencies and "
 "the cost of attempting to provide against all risks would be prohibitive.\n\n"
 "Does the Paymaster-General realise that in the Kingwood area of South Oxfordshire on 30th June electricity was cut "
 "off for two and a half hours; that that area includes a moderate sized hospital and other important "
 "institutions? Cannot something be done to avoid that sort of inconvenience? How many areas during the recent "
 "storms have been in a similar position of having their electricity cut off for several hours?\n\n"
 "The weather conditions were quite exceptional on 30th June, and there were reports of interruptions in supply "
 "from four areas. This is a very important matter, but it is impossible to provide for every contingency. The "
 "individual area boards are anxious to do what they can, particularly for hospitals. If I can do anything to help, "
 "perhaps the hon. Member will let me know.\n\n"
 "Does my right hon. Friend realise that there are many parts of the country, especially in my constituency, which "
 "have no supply of electricity at all. Will he see that they are given priority?\n\n"
 "One must measure one priority against another.",
 "utilities/electricity", ["outage"],
 HOW.format(ref="HC Deb 08 July 1957 vol 573 cc20-1",
            speakers="'13. Mr. Hastings', 'Mr. Maudling' three times, 'Mr. Hastings', 'Mr. Grant-Ferris'",
            opening="asked the Paymaster-General ...", slug="electricity-supplies-interruption")
 + "Cut after '... One must measure one priority against another.', before Mr. Robens' supplementary on hospitals' "
 "emergency supplies ('While accepting what the right hon. Gentleman says ...'), whose answer breaks off in the "
 "excerpt ('There is a later Question on this subje'); the supplementary left out with its broken answer "
 "(`truncated`). Kept as written: 'alternate supply', 'moderate sized hospital', 'at all.' ending a question. Found "
 "with 'historic-hansard electricity supply failure hospital town darkness cause cable fault Minister of Fuel and "
 "Power statement'. Kingwood, 'South Oxfordshire', 1957/jul/08, Maudling, 'Central Electricity Authority': 0 in "
 "train/dev/test (by count), GATHERING.md, every gather script and the session-34 pools.",
 True))

R.append(hansard(
 "hansard-commons-palace-of-westminster-power-supplies-1984", "commons/1984/may/09/palace-of-westminster-power-supplies",
 "1984-05-09", "Palace of Westminster (Power Supplies)", "oral answers",
 "asked the Secretary of State for the Environment what action has been taken to prevent a repetition of the power "
 "failure in the Palace of Westminster on 3 November 1983.\n\n"
 "The modernisation of mains switchgear has now been completed, and a new transformer installed. This enables the "
 "palace to be connected to an independent, reliable, stand-by supply within a few minutes.\n\n"
 "Will my hon. Friend give an assurance that in the event of a prolonged national power cut, the emergency systems "
 "are adequate to supply the needs of the House?\n\n"
 "As a result of the steps that we have now taken, I hope that it will be possible, within about eight minutes of a "
 "power failure, to reconnect the sytems within the House and to enable the business of the House to continue. I "
 "understand that my hon. Friend visited all the engineering installations in the Palace of Westminster about two "
 "months ago as a result of the power failure last November, and I am grateful to him for taking such an interest "
 "in this matter.\n\n"
 "Is the Minister aware that the best way of ensuring that there are no power cuts in the Palace of Westminster, or "
 "anywhere else, is to call upon the chairman of the NCB to stop his pit closure programme, and then the Secretary "
 "of State will not have to go on television, as he did in 1972, telling people to clean their teeth in the "
 "dark?\n\n"
 "The hon. Gentleman has raised much broader issues that my modest responsibilities allow me to reply to. All I can "
 "say is that if there is a power failure in the Palace of Westminster we now have an independent generator, which "
 "should enable the hon. Gentleman to continue asking Ministers questions, even if the power fails.",
 "utilities/electricity", ["outage"],
 HOW.format(ref="HC Deb 09 May 1984 vol 59 c881",
            speakers="'24. Mr. Thurnham', 'Sir George Young' three times, 'Mr. Thurnham', 'Mr. Skinner'",
            opening="asked the Secretary of State for the Environment ...", slug="palace-of-westminster-power-supplies")
 + "The whole item kept (`truncated` false). Kept as written: 'sytems' (sic), 'stand-by', 'palace' in lower case "
 "beside 'Palace of Westminster', 'much broader issues that my modest responsibilities allow me to reply to'. Found "
 "with 'historic-hansard electricity supply failure hospital town darkness cause cable fault Minister of Fuel and "
 "Power statement'. 'Palace of Westminster', '3 November 1983', Thurnham, 1984/may/09: 0 in train/dev/test (by "
 "count), GATHERING.md, every gather script and the session-34 pools; batch 29c's Houses of Parliament lighting "
 "failure (24 November 1927) is another failure of the same building, 56 years earlier.",
 False))

R.append(hansard(
 "hansard-commons-colliery-ventilation-fan-stoppage-south-birtley-1951", "commons/1951/apr/09/colliery-ventilation-fan-stoppage",
 "1951-04-09", "Colliery Ventilation Fan (Stoppage)", "oral answers",
 "asked the Minister of Fuel and Power if he is aware that, during the recent rescue operations at South Birtley, "
 "County Durham, the ventilating fan specially installed for the benefit of the entombed men was put out of action "
 "for 15 minutes by an electricity cut; and if he will take such steps as are necessary to prevent such occurrences "
 "in the future.\n\n"
 "Yes, Sir. I will advise the managements of mines which, like South Birtley, normally rely on natural ventilation "
 "that, when electrically-driven fans are installed to deal with an emergency, they should warn their area "
 "electricity board not to cut the power.\n\n"
 "Does this incident not illustrate the unpleasant consequences which can follow on electricity cuts? Cannot the "
 "right hon. Gentleman hasten the time when the electricity undertakings will be obliged to provide, as in former "
 "days they did, a continuous service, without interruptions?\n\n"
 "If we had not had a war we should, of course, be farther forward. In this particular case no danger was involved, "
 "I am glad to say; and the power was restored immediately a telephone call was made.\n\n"
 "Is my right hon. Friend aware that there has been greater care for the miners since nationalisation?",
 "utilities/electricity", ["outage"],
 HOW.format(ref="HC Deb 09 April 1951 vol 486 cc623-4",
            speakers="'1. Brigadier Medlicott', 'The Minister of Fuel and Power (Mr. Philip Noel-Baker)', 'Brigadier "
                     "Medlicott', 'Mr. Noel-Baker', 'Mr. Murray'",
            opening="asked the Minister of Fuel and Power ...", slug="colliery-ventilation-fan-stoppage")
 + "The closing navigation line 'Forward to' left out; the whole item kept (`truncated` false). Kept as written: "
 "'electrically-driven', 'farther forward', 'immediately a telephone call was made'. Found with 'historic-hansard "
 "electricity supply failure hospital town darkness cause cable fault Minister of Fuel and Power statement'. "
 "Birtley, 'ventilating fan', Medlicott, 1951/apr/09: 0 in train/dev/test (by count), GATHERING.md, every gather "
 "script and the session-34 pools; the 1951 'power-cuts' answer of 23 July 1951 that the same search returned "
 "tells cuts in general (left out, as batches 32c and 32m left the 1950-51 load-shedding answers).",
 False))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-telephonic-communication-guernsey-1896", "commons/1896/jun/09/telephonic-communication-guernsey",
 "1896-06-09", "Telephonic Communication (Guernsey)", "question",
 "I beg to ask the Secretary of State for the Home Department, if his attention has been called to the fact that "
 "the local authorities at Guernsey have cut the telephone wires communicating with the post office; if he is aware "
 "that members of the Royal Courts deny the right and authority of the Post Office to establish or acquire "
 "telephonic communication in and with the island; and, what steps does he propose to take to prevent further "
 "destruction of property in Guernsey?\n\n"
 "My attention had not previously been called to this matter, but I am informed on inquiry that the telephone "
 "wires which communicate with the post office at Guernsey have been cut by the local authorities. The wires, "
 "however, were the property, not of the post office, but of the National Telephone Company, and were cut on the "
 "ground that they were stretched across public streets and private property without authority. An application of "
 "the company for the requisite permission to carry its wires across the roadways is now before the States with "
 "whom the decision rests. I am informed that the right of the Post Office to telephonic communication with the "
 "island is not disputed by the Royal Court, and there are no grounds for any interference on my part.",
 "telecoms/telephone", ["near-miss"],
 "The historic Hansard page as the page store holds it: the reference line ('HC Deb 09 June 1896 vol 41 c709') and "
 "the speaker lines ('MR. H. C. RICHARDS (Finsbury, E.)', 'THE SECRETARY OF STATE FOR THE HOME DEPARTMENT (Sir "
 "MATTHEW WHITE RIDLEY,) Lancashire, Blackpool') left out, as batches 14-32m did, so the text opens with the "
 "question's own 'I beg to ask ...' and names no member or minister. The title is built from the page address "
 "('telephonic-communication-guernsey'; doubtful: capitals and brackets supplied). The whole item kept (`truncated` "
 "false). Kept as written: the comma after 'Home Department', 'and, what steps', 'post office' in lower case beside "
 "'Post Office', 'Royal Courts' beside 'Royal Court'. Near-miss: the wires were cut by the island's local "
 "authorities for want of leave to cross streets and property (a government body's deliberate removal, "
 "GUIDELINES Outages: no outage), and no loss of service to subscribers is told. Found with 'historic-hansard trunk "
 "cable severed telephone communication interrupted town cut off Postmaster-General breakdown repaired'. Guernsey "
 "(by count: one train/dev file and one gather script, on other subjects), 1896/jun/09, 'Royal Court': 0 on this "
 "event in train/dev/test, GATHERING.md, every gather script and the session-34 pools; the National Telephone "
 "Company names batch 29c's 1905 exchange fire-risk near-miss (another event).",
 False))

GPO63 = "https://www.oireachtas.ie/en/debates/debate/dail/1963-07-03/21/"
R.append({"id": "oireachtas-dail-telephone-service-breakdown-denied-1963", "source": GPO63,
 "licence": "Oireachtas (Open Data) PSI Licence (CC BY 4.0)",
 "attribution": f"Dáil Éireann debate, oral answers, 'Telephone Service', 3 July 1963, {OIR_NOTICE}; text as at {GPO63}",
 "published": "1963-07-03", "title": "Telephone Service",
 "text":
 "asked the Minister for Posts and Telegraphs if he is aware that there has been a widespread breakdown of the "
 "telephone system throughout the country with consequent dislocation of business; and if he has any explanation to "
 "offer for this.\n\n"
 "I cannot agree that there has been any breakdown of the telephone system. In fact, considerably higher numbers of "
 "calls are being satisfactorily connected in 1963 than in 1962 or in any previous year.\n\n"
 "Is the Minister aware that at certain times of the day it is impossible to get through even from this House to "
 "the General Post Office?\n\n"
 "I am aware. I fully admit, and have admitted on several occasions, that there can be congestion at certain times "
 "on certain localised portions of the telephone system.\n\n"
 "Will the Minister not admit that in recent weeks there has been a deterioration in the telephone service "
 "throughout the whole country?\n\n"
 "In recent weeks, there have been considerably more calls dealt with successfully than at any previous time. At the "
 "same time, there has, of course, been congestion on certain routes and in certain areas. I fully and freely admit "
 "that and I am taking every step open to me to deal with the situation.\n\n"
 "Surely the Minister must be impressed by the number of complaints he has received recently, especially by way of "
 "Parliamentary Question.\n\n"
 "It may be news to the Deputy to know that I have also received several letters complimenting me on the service "
 "provided. It is, of course, an easy and a simple matter for Deputies to highlight local deficiencies or focus "
 "public attention on local deficiencies and faults. The telephone service is a universal one. It is a highly "
 "technical service and it is another matter to assess the general defects of the service and the requirements "
 "necessary to eliminate those defects.",
 "sector": "telecoms/telephone", "region": "non-US", "topics": ["near-miss"],
 "origin": "Houses of the Oireachtas, oireachtas.ie (page store)",
 "notes": "The oireachtas.ie page as the page store holds it: 'Skip to main content', 'Normal View', the 'Dáil Éireann "
          "debate -' / 'Wednesday, 3 Jul 1963' and 'Vol. 204 No. 2' lines, the heading 'Ceisteanna\u2014Questions. "
          "Oral Answers. - Telephone Service.' (kept as title without its prefix) and the bare question number '24.' "
          "left out, as batches 31f, 32c and 32f did; the page shows no speaker names in the excerpt, so none is in "
          "the text, which opens with the question's own 'asked the Minister for Posts and Telegraphs ...'. Cut "
          "after '... necessary to eliminate those defects.', before 'It may be of interest to the House to k', where "
          "the excerpt breaks off (`truncated`). Kept as written: 'localised', 'Parliamentary Question', 'Deputies'. "
          "Near-miss: a Deputy asks about 'a widespread breakdown of the telephone system throughout the country'; "
          "the Minister denies any breakdown ('I cannot agree that there has been any breakdown of the telephone "
          "system') and admits only congestion 'at certain times on certain localised portions' of the system, with "
          "more calls connected than ever (a denied outage; congestion is no loss of service). Found with "
          "'oireachtas.ie debate Minister for Posts and Telegraphs telephone exchange breakdown fire subscribers "
          "without service restored'. 1963-07-03, 'widespread breakdown of the telephone', 'General Post Office': 0 "
          "in train/dev/test (by count), GATHERING.md, every gather script and the session-34 pools.",
 "truncated": True})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
