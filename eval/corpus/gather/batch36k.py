#!/usr/bin/env python3
"""Batch 36k (session 37; helper gather37k): outages told in Dail Eireann records, a second round beside 36a in the
lane of batches 35a, 35i, 35m and 35r, reaching back to the early Free State and the war years for supply kinds and
places that lane had not used (a town gas undertaking's rationed hours, storm damage to the ESB's West Cork network, a
tramway power station that also lit a village, an island's radio-telephone link):
  - the Gas Company's order that left Dublin gas on after 1.30 p.m. only between 6 and 7 o'clock, with supplies to be
    cut off for use outside those hours (Dail adjournment debate, 19 May 1942; a planned utility shutoff);
  - a blizzard and a very severe lightning storm that damaged the ESB's networks in the Skibbereen-Mizen Head area
    in the winter of 1965-66, with interruptions of supply (Dail oral answers, 9 March 1966, beside a County Mayo
    rural electrification answer);
  and two near-misses: the closing down of the Lucan power-station that supplied the Lucan Tramways and lit places
  near Lucan, the Convent schools feared to be left without electricity and water (Dail oral answers, 24 June
  1925; a feared loss, none told); the Blasket Islands radio-telephone link, wholly interrupted for days counted
  month by month through 1946 and early 1947, mainly by weather damage to its windchargers (Dail oral answers,
  12 March 1947; interruptions counted, not told apart).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off the
text ends at the last full sentence before it (`truncated`). Edits per item in `notes`: page opening lines, headings,
question numbers, speaker labels and column numbers left out, as batches 14-36a did; no word added or changed. All
four use the shared builder `write_pool.oireachtas` (via the host the page store keeps). Written before any
extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch36k.py [POOL_DIR] [--dry]   (default /tmp/gather37k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37k/pool"
OIR_PAGE = "https://www.oireachtas.ie/en/debates/debate/dail/"
OPENING = ("The oireachtas.ie page as the page store holds it ('{head}'). Left out: the page's opening lines "
           "('Skip to main content', 'Normal View', the debate, date and volume lines) and the heading '{heading}' "
           "(its last part, capitals as printed, kept as title){more}, so that the text opens with the question's "
           "own words and names no member or minister by a label (the practice of batches 14-36a). ")
CHECKED = ("Checked before taking: {words}: 0 hits in train/dev/test, GATHERING.md, every gather script and the pools "
           "of /tmp/gather37[a-e] and /tmp/gather37k at the time{extra}. ")

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-dail-dublin-gas-restrictions-adjournment-1942",
 "http://historical-debates.oireachtas.ie/D/0086/D.0086.194205190032.html", "1942-05-19", "19 May 1942",
 "Dublin Gas Restrictions", "Committee on Finance, Adjournment Debate",
 "I think that this is a matter which will interest the Minister for Local Government and Public Health, and I "
 "should like him to listen to the discussion because he may become involved in it.\n\n"
 "I indicated earlier to-day that I wished to refer to the inadequacy of the gas supply in the evening in Dublin "
 "under the new order that has been issued by the Gas Company, and to the difficulties in which the people in "
 "Dublin, particularly the working classes, find themselves as a result of that order. Under the order the only "
 "time gas will be available after 1.30 in the afternoon is between 6 and 7 o'clock, and penalties are threatened "
 "by the Gas Company that gas supplies will be cut off if any person is found using the gas after 7 o'clock or "
 "immediately before 6 o'clock. If we take the building industry in Dublin, the men engaged in that industry do not "
 "get their principal meal in the middle of the day. The greater part of the workers get half an hour for a meal. "
 "They break off at 5 o'clock and are home shortly after that time. Their principal meal is taken immediately after "
 "they come home. Under the present arrangement a man who takes half an hour to get home arrives at his house about "
 "5.30. Normally he would get his principal meal then, but now he has to wait for half an hour until the gas is "
 "turned on and then he has to wait while dinner is being prepared.\n\n"
 "In any of the houses that I visited this morning—and I have been in quite a number—the general consensus of "
 "opinion among the women was that no meal can be prepared in an hour. We are going to have, with regard to that "
 "particular class, a very serious situation. If a man gets home about 5.30, it will probably be about 6.45 when he "
 "can get his meal. Take districts such as Marino, the North Dock area and down along by the East Wall.",
 "utilities/gas", ["outage"],
 "Taken from the Oireachtas's older archive host, historical-debates.oireachtas.ie, as the page store holds it (as "
 "batch 35a's 1980 Meath telex item). Left out: the page's heading lines ('Dáil Éireann - Volume 86 - 19 May, 1942', "
 "'Committee on Finance. - Adjournment Debate—Dublin Gas Restrictions.'; the last part kept as title), the speaker "
 "label 'General Mulcahy:' that opens the speech, and the column number '[2312]' printed inside a sentence ('but now "
 "[2312] he has to wait'), so that the text names no member by a label. The opening of the Deputy's adjournment "
 "speech; cut after '... down along by the East Wall.', before 'You have large numbers of workers in these outlyin', "
 "where the excerpt breaks off mid-word (`truncated`). Kept as written: 'to-day', the em dashes, '1.30', '5.30', "
 "'6.45', 'the Gas Company' (the company is named no further in the excerpt). Taken as an outage: a planned shutoff "
 "of a utility service (GUIDELINES, Outages), gas off in Dublin after 1.30 p.m. but for one hour, under the Gas "
 "Company's own order; not a government order. Found with 'Dáil Dublin Gas Company gas supply failure pressure "
 "consumers without gas' and then 'Dublin Gas Restrictions adjournment debate 1942 Gas Company order ...'; the same "
 "searches brought back the 1944 adjournment debate on coal for the Dublin gas works and the oral answer of 27 "
 "September 1944 on gas output held to 60 per cent of normal (the same wartime gas rationing; left alone, one text "
 "per subject), the 1984 inner Dublin gas fatalities and 1987 gas explosion answers (leaks and explosions, no supply "
 "lost) and the 2017 Corrib unscented gas (batch 35m). "
 + CHECKED.format(words="'Dublin Gas', 1942-05-19, 'Gas Restrictions', 'Mulcahy' (only a GATHERING.md name in "
                  "another context), 'Marino', 'East Wall'", extra=""),
 True, via="historical-debates.oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-rural-electrification-skibbereen-mizen-head-storm-1966", OIR_PAGE + "1966-03-09/3/", "1966-03-09",
 "9 March 1966", "Rural Electrification", "Questions, Oral Answers",
 "asked the Minister for Transport and Power what areas in County Mayo are to be connected to the ESB.\n\n"
 "I am informed by the Electricity Supply Board that in all there are 52 rural areas in County Mayo all of which "
 "have been initially developed under the rural electrification scheme. Under the revised post-development scheme, "
 "the following 15 areas have been re-canvassed: Bally-castle, Moygownagh, Lahardane, Ardagh, Attymass, Knockmore, "
 "Murrisk, Askillaun, Knock, Headfort, Dunmore, Bohola, Kilmeena, Belcarra and Hollymount; construction work has "
 "been completed in 11 of these and is in progress in the remaining four. It is expected that the revised "
 "post-development scheme will be completed in about three years' time and that supply will have been extended to "
 "all applicants who have accepted terms in County Mayo and in the remainder of the country.\n\n"
 "Could the Minister not give special consideration to counties like Mayo from which people are emigrating at a "
 "very rapid rate, so as to encourage them to stay on the land?\n\n"
 "The ESB are proceeding steadily to develop 11 out of 15 schemes at the moment.\n\n"
 "Many people have been waiting for many years past.\n\n"
 "The plan is to make progress steadily over a period of years. The cost is less if the work is done in an orderly "
 "fashion.\n\n"
 "asked the Minister for Transport and Power if he is aware that at present the supply of electric current by the "
 "ESB to the Skibbereen-Mizen Head district, County Cork is most ineffective; what plans the Board have for "
 "improving the supply; and when such plans will be put into effect.\n\n"
 "I am informed by the Electricity Supply Board that during the past winter a blizzard and a very severe lightning "
 "storm caused considerable damage to the board's networks in the Skibbereen-Mizen Head area with subsequent "
 "interruptions of supply.",
 "utilities/electricity", ["outage"],
 OPENING.format(head="Dáil Éireann debate - Wednesday, 9 Mar 1966, Vol. 221 No. 8",
                heading="Ceisteanna—Questions. Oral Answers. - Rural Electrification.",
                more=" and the question numbers '2.' and '3.'")
 + "The page's two questions under one heading as the excerpt holds them (County Mayo areas with their "
 "supplementaries; then the Skibbereen-Mizen Head supply); cut after '... with subsequent interruptions of supply.', "
 "before 'This damage wa', where the excerpt breaks off mid-word (`truncated`; the rest of the answer, on what the "
 "Board did about the damage, is not in the text). Kept as written: 'Bally-castle' with its hyphen, 'Headfort' "
 "(so spelt), 're-canvassed', 'post-development', 'The ESB are', 'the board's' beside 'the Board'. The Mayo answer "
 "tells no outage (areas awaiting supply are not a service lost); the Skibbereen-Mizen Head answer tells one, with "
 "the ESB named. Found with 'Dáil oral answers electricity supply cut off for days after storm rural area ESB crews "
 "restored supply 1950s 1960s' (the other hits were Storm Darwin, Ophelia and Éowyn items, in the corpus or news "
 "only). "
 + CHECKED.format(words="1966-03-09, 'Skibbereen', 'Mizen', 'Rural Electrification'", extra=""),
 True, via="oireachtas.ie"))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-dail-lucan-electricity-supply-power-station-closing-1925", OIR_PAGE + "1925-06-24/6/", "1925-06-24",
 "24 June 1925", "Lucan Electricity Supply", "Questions, Oral Answers",
 "asked the Minister for Industry and Commerce if he can state what steps, if any, will be taken by his Department "
 "to ensure an electricity supply to Lucan and district.\n\n"
 "It is not for my Department, but for Lucan and district to take steps to supply itself with electricity. If there "
 "is any way in which my Department can help, I will be glad to consider it.\n\n"
 "May I ask the Minister whether he is aware that the Convent schools will also be left without electricity and "
 "water? In the interests of public health, may I ask him to make some recommendations to the Local Government "
 "Department to see that this school is not left without water?\n\n"
 "I presume the Deputy is alluding to the closing down of the power-station at Lucan, which supplied the Lucan "
 "Tramways?\n\n"
 "Yes.\n\n"
 "And which, without having statutory power to do so, had, in fact, supplied light to certain places in the "
 "neighbourhood of Lucan, and which, I understand, in two cases had been in some way responsible for the supply of "
 "water. I did not know that the Convent was included in these cases. The Deputy, as a remark on his further "
 "question shows, is quite well aware that it is not a matter for my Department but a matter for the Department of "
 "Local Government. I am not clear whether the Deputy is really asking that that Department should be asked to put "
 "pressure on the Commissioners in this city to do something which, in their judgment, they decided would be "
 "unwise in the interests of the ratepayers.\n\n"
 "As the question of public health will arise later, owing to the school and the Convent being left without water, "
 "may I ask some Minister to state if something will be done in the matter in the interests of public health?",
 "utilities/electricity", ["outage", "near-miss"],
 OPENING.format(head="Dáil Éireann debate - Wednesday, 24 Jun 1925, Vol. 12 No. 13",
                heading="CEISTEANNA—QUESTIONS. ORAL ANSWERS. - LUCAN ELECTRICITY SUPPLY.",
                more=" and the speaker label 'Mr. BYRNE' (three times)")
 + "The title is the heading's last part with capitals made ordinary (doubtful). The question, the Minister's answer "
 "and the supplementaries; cut after '... in the interests of public health?', before 'Arising out of the "
 "Minister's answer, may I ask, as this is a matter relating to a railway, does it not come w', where the excerpt "
 "breaks off mid-word (`truncated`). Kept as written: 'power-station', 'that that Department'. Near-miss: the "
 "closing down of the Lucan power-station that had supplied the Lucan Tramways and, without statutory power, lit "
 "places near Lucan and helped two water supplies; the Convent schools 'will also be left without electricity and "
 "water' (a feared loss, told in the future; no day, no loss told as happened). The Lucan closure was seen by "
 "batch 34a and kept 'for a later round' (GATHERING.md, batch 34a's not-used list); this is that round. Found with "
 "'Dáil Electricity Supply Board interruption of supply town lights failed breakdown hours asked the Minister'. "
 + CHECKED.format(words="1925-06-24, 'Lucan Tramways', 'power-station at Lucan'",
                  extra="; 'Lucan' only in GATHERING.md's batch 34a note on this same page"),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-blasket-islands-radio-telephone-interruptions-1947", OIR_PAGE + "1947-03-12/19/", "1947-03-12",
 "12 March 1947", "Telephone Communication with Blasket Islands", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs if he will state the type of machinery by which telephonic "
 "communication is maintained between the mainland and Oileán na mBlascaod; when it was first installed; the "
 "number of days, in each month since the 1st January, 1946, on which it was out of order for the whole or part of "
 "the day; the general nature of the defect causing this breakdown; and whether it is intended to establish a more "
 "trustworthy means of communication with the island.\n\n"
 "Communication with Oileán na mBlascaod is effected by means of short wave radio telephone apparatus working "
 "between Dunquin post office on the mainland and the island office. The apparatus is battery operated and the "
 "batteries are charged by windchargers as no other power supply is available. The service was established on the "
 "19th June, 1941.\n\n"
 "Since 1st January, 1946, communication with the island was wholly interrupted for the following periods:— "
 "February, 1946, three days; April, 1946, two days; July, 1946, ten days; August, 1946, five days; September, "
 "1946, two days; November, 1946, 15 days; December, 1946, 19 days; January, 1947, 28 days; February, 1947, two "
 "days. There were partial interruptions of service on 38 other days.\n\n"
 "The interruptions were due mainly to damage caused to the windchargers by weather conditions and to the fact "
 "that the engineering staff were thereby prevented from reaching the island to carry out routine maintenance of "
 "the apparatus or to effect repairs.\n\n"
 "The only alternative means of island communication is by submarine cable but the rocky nature of the sea bed "
 "between the mainland and Oileán na mBlascaod precludes the use of cable.",
 "telecoms", ["outage", "near-miss"],
 OPENING.format(head="Dáil Éireann debate - Wednesday, 12 Mar 1947, Vol. 104 No. 14",
                heading="Ceisteanna—Questions. Oral Answers. - Telephone Communication with Blasket Islands.",
                more="")
 + "The excerpt shows no question number. The question and the Minister's answer; cut after '... precludes the use "
 "of cable.', before 'Do I understand from the Minister that the fact that the windcharger has to be used to charge "
 "the batteries is the main cause of the breakd', where the excerpt breaks off mid-word (`truncated`). Kept as "
 "written: 'Oileán na mBlascaod' (the heading's 'Blasket Islands'), 'windchargers' as one word, the colon and dash "
 "':—', 'short wave radio telephone'. Near-miss by the counting rule (GUIDELINES, Outages: outages counted but not "
 "told one by one are not events): the link was 'wholly interrupted' for a number of days in each of nine months "
 "and partly on 38 other days, each month a total that may hold several breaks, none told apart with its own start "
 "or end (doubtful: January 1947's 28 days could be read as one long break; the lead may judge otherwise). Found "
 "with 'Dáil oral answers telegraph line broken cable fault island cut off communication Aran Tory' (the other hits "
 "were Tory, Inniskeeragh and Cape Clear answers on links not yet built, no failure told). A Public Accounts "
 "Committee appendix of 1956 on the island links' windchargers came back with 'Telephone Communication with Blasket "
 "Islands ...' (a general account, no event; not taken). "
 + CHECKED.format(words="1947-03-12, 'Blasket', 'Dunquin', 'windcharger', 'mBlascaod'", extra=""),
 True, via="oireachtas.ie"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
