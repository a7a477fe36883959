#!/usr/bin/env python3
"""Batch 34a (session 35; helper gather35a): outages, a further round of the lane of batches 33a and 27c-32m, from
UK Parliament records (historic Hansard) and Dail Eireann records that no earlier round had taken:
  - an accident on the night of Monday 7 February 1870 that cut telegraphic communication with the whole of the West
    of England, told in answer to a complaint that the press telegrams of the Queen's Speech failed on the Tuesday
    (Commons, 10 February 1870; the telegraphs newly transferred to the Postmaster-General's Department);
  - the weather that left most telegraph wires of the country almost useless on 15-16 February 1870 (two of seven
    Manchester-London wires working, one London-Dublin wire; Commons, 17 February 1870);
  - a forty-minute power failure in London on 26 March 1962 that left the London Hospital without power (Commons
    oral answers on emergency electricity supplies in hospitals, 14 May 1962);
  - a racecourse telephone at the Phoenix Park out of order from 12.30 p.m. on Saturday 19 March 1966, the line held
    in an engaged condition at an unstaffed automatic exchange (Dail oral answers, 29 March 1966);
  and two near-misses: 999 callers at the Popesgrove Exchange getting the engaged signal during a glut of calls about
  one fire, the Postmaster-General denying any fault (Commons, 7 December 1960); and a betting telegram handed in at
  Tuam on 4 December 1974 and never delivered to Tote Investors Limited for want of a messenger (Dail, 15 April 1975;
  a delivery failure, no system down).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off the
text ends at the last full sentence before it (`truncated`). Edits per item in `notes`; no word added or changed.
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch34a.py [POOL_DIR] [--dry]   (default /tmp/gather35a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard, OIR_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35a/pool"
OIR = "Oireachtas (Open Data) PSI Licence (CC BY 4.0)"
CUTS_HH = ("The historic Hansard page as the page store holds it, with its reference line ('{ref}') and {speakers} "
           "left out, as batches 14-33a did, so that the text opens with the question's own words and names no member "
           "or minister. The title is made from the page address ('{slug}'), the heading not being in the excerpt "
           "(doubtful: capitals and brackets are supplied). ")
CUTS_OIR = ("The oireachtas.ie page as the page store holds it, with its interface lines ({chrome}), the debate, date and "
            "volume lines ('{deb}', '{vol}'), the heading ('{head}', kept as title without its prefix) and the bare "
            "question numbers ({nums}) left out, as batches 31f-33a did; the excerpt shows no speaker names, so none is in "
            "the text. ")



def dail(id, url, date, day, title, kind, text, sector, topics, notes, truncated):
    return {"id": id, "source": url, "licence": OIR,
            "attribution": f"Dáil Éireann debate, {kind}, '{title}', {day}, {OIR_NOTICE}; text as at {url}",
            "published": date, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics, "origin": "Houses of the Oireachtas, oireachtas.ie (page store)", "notes": notes,
            "truncated": truncated}


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-telegraph-public-intelligence-west-of-england-1870", "commons/1870/feb/10/question-1",
 "1870-02-10", "Question", "question",
 "said, he would beg to ask the Postmaster-General, If he is aware that the despatch of public intelligence by "
 "Telegraph (including the Debates on Her Majesty's Speech in both Houses) failed on Tuesday in every part of the "
 "Country; if he can state the cause; and if means will be taken to prevent a recurrence of this serious "
 "inconvenience to the public?\n\n"
 "Sir, in replying to the Question of my hon. Friend, I regret to have to acknowledge that the despatch of public "
 "intelligence was seriously delayed on Tuesday evening. The reason for that delay did not commence on Tuesday, but "
 "originated in several causes which came into operation when the telegraphs were first transferred to the "
 "Department. In the first place, there was a very large accession of business, in consequence, I suppose, of the "
 "reduction in the rates. In the next place, many of the wires were seriously out of order, in consequence of the "
 "very unfavourable state of the weather. Hon. Members may also have seen that on Monday night an accident occurred "
 "which had the effect of cutting off entirely communication for a time with the whole of the West of England. "
 "During one of the busiest portions of the day nearly all the wires were on Tuesday occupied with the transmission "
 "of the Queen's Speech. The ordinary commercial telegrams were, consequently, delayed, and they could not be worked "
 "off in time to admit of the transmission of the usual intelligence for the Press. These causes, combined with a "
 "certain amount of inexperience on the part of many of the officers in the working of a system to which they are "
 "as yet somewhat new, have led to the delay. Every exertion has been made yesterday and to-day, and, so far as I am "
 "aware, with perfect success, to remedy both defects; and I have no reason to fear, under ordinary circumstances, "
 "that any such, breakdown will recur.",
 "telecoms/telegraph", ["outage"],
 CUTS_HH.format(ref="HC Deb 10 February 1870 vol 199 cc121-2", speakers="no speaker line (the excerpt names no member)",
                slug="question-1")
 + "The page address gives no subject, so the title is the page's own generic 'Question' (doubtful). Cut after "
 "'... that any such, breakdown will recur.', before 'I am sure that I shall not in vain ask my hon. Friend and the "
 "House to make some allowance for the very diff', where the excerpt breaks off (`truncated`). Kept as written: "
 "'Telegraph' and 'Country' with capitals, 'such, breakdown' (the comma), 'to-day', 'accession of business'. Found "
 "with 'historic-hansard teleprinter telex service breakdown messages delayed Post Office exchange fault hours' and "
 "'historic-hansard gale telegraph communication with Ireland interrupted wires down Postmaster-General'. "
 "1870/feb/10, 'public intelligence', \"Queen's Speech\", 'West of England' on this event: 0 in train/dev/test, "
 "GATHERING.md and every gather script ('West of England' occurs only in batch 31f's 1954 storm text, another "
 "event); the 17 February 1870 answer of this batch tells the next week's weather failure (another event).",
 True))

R.append(hansard(
 "hansard-commons-telegraphic-communication-weather-failure-1870", "commons/1870/feb/17/question-8",
 "1870-02-17", "Question", "question",
 "said, he would beg to ask the Postmaster General, Whether he can now explain the very serious failure of "
 "telegraphic communication with regard to both public and private messages?\n\n"
 "I am sorry to say that the expectations which I raised in the minds of lion. Members when this subject was last "
 "mooted in the House have not been fully realized, for during yesterday and the day before, very serious delays and "
 "very great inconveniences have occurred throughout the country from delays in telegraphic communication. The "
 "causes of delay connected with organization have been entirely removed, and the new system is now working as "
 "fairly as possible, and I trust I shall not be taxing the credulity of the House too much when I say that the "
 "cause of the delay during the last few days has been almost entirely beyond the control of the Department. The "
 "state of the weather has affected the wires to such an extent that a very large number of them have been rendered "
 "almost entirely useless during the last few days. One of the most important circuits must be placed in this "
 "category; between Manchester and London only two wires out of seven have been in a working condition; we have had "
 "only one working wire between London and Dublin, and the same has been the case between London and Scotland. I "
 "know it may be said these things have not occurred before, and that this excuse has been invented to cover the "
 "shortcomings of the Department; but I have taken some pains to obtain opinions on the subject from engineers "
 "formerly in the employment of the telegraph companies and now attached to the Department. They assure me that "
 "these delays did frequently occur under the old system, but they also say that in all their experience they do "
 "not recollect a time since 1866 when the state of the weather so seriously affected the wires all over the "
 "country as it has done during the past few days.",
 "telecoms/telegraph", ["outage"],
 "The historic Hansard page as the page store holds it (the excerpt has no reference line), with its '§' marks "
 "and the speaker names that the page runs into the first words ('MR. BAINESsaid', 'THE MARQUESS OF HARTINGTONI am "
 "sorry') left out, as batches 14-33a did, so that the text opens with the question's own words and names no member "
 "or minister. Where the page runs a speaker's name into the first word, only the name was taken away ('said, he would beg ...', "
 "'I am sorry ...'). The column number printed inside a sentence ('useless during 437 the last few days') left out, "
 "as batches 14 and 28c left such numbers. The page address gives no subject, so the title is the page's generic "
 "'Question' (doubtful). Cut after '... as it has done during the past few days.', before 'One engineer in charge of "
 "the south-eastern district, which may be', where the excerpt breaks off (`truncated`). Kept as written: 'lion. "
 "Members' (the page's misreading of 'hon.'), 'Postmaster General' without a hyphen, 'realized', 'organization'. "
 "Found with 'historic-hansard gale telegraph communication with Ireland interrupted wires down Postmaster-General'. "
 "1870/feb/17, 'two wires out of seven', 'telegraphic communication with regard to both public and private': 0 in "
 "train/dev/test, GATHERING.md and every gather script; the 10 February 1870 answer of this batch tells the week "
 "before (another event, the West of England accident).",
 True))

R.append(hansard(
 "hansard-commons-emergency-electricity-supplies-london-hospital-1962", "commons/1962/may/14/emergency-electricity-supplies",
 "1962-05-14", "Emergency Electricity Supplies", "oral answers",
 "asked the Minister of Health what instructions or guidance he has given to hospital authorities regarding the "
 "provision of emergency electricity supply.\n\n"
 "An emergency supply in operating theatres is recommended in Building Bulletin No. 1. Advice on emergency "
 "arrangements for other parts of hospitals is given as necessary when building schemes are examined. My right hon. "
 "Friend is considering whether any advice is necessary in relation to existing hospitals.\n\n"
 "While these recommendations may be in Bulletin No. 1, is the hon. Lady aware that on 26th March there was a "
 "forty-minute power failure in London when it was discovered that the London Hospital, one of the biggest teaching "
 "hospitals in the country, had no emergency power supplies at all? Is it not criminally negligent that a large "
 "general hospital in London was unable to treat its patients because of a breakdown in the power supply?\n\n"
 "I am not aware of that particular incident, but we are considering this at the moment, and have already taken "
 "steps to see what can be done to review the arrangements at hospitals. That, together with the advice given in "
 "the budding notes, will, I hope, solve the situation for the future.",
 "utilities/electricity", ["outage"],
 CUTS_HH.format(ref="HC Deb 14 May 1962 vol 659 c923", speakers="the question number and speaker lines ('24. Mr. Marsh', "
                "'Miss Pitt', 'Mr. Marsh', 'Miss Pitt')", slug="emergency-electricity-supplies")
 + "The whole item kept (`truncated` false). Kept as written: 'budding notes' (so on the page; 'building notes' "
 "meant), 'forty-minute', 'Bulletin No. 1'. Found with 'historic-hansard hospital electricity supply failed "
 "operation emergency generator area board cable fault'. 'London Hospital', 1962/may/14, '26th March', 'forty-minute "
 "power failure': 0 in train/dev/test, GATHERING.md and every gather script.",
 False))

PP66 = "https://www.oireachtas.ie/ga/debates/debate/dail/1966-03-29/36/"
R.append(dail(
 "oireachtas-dail-telephone-service-phoenix-park-races-breakdown-1966", PP66, "1966-03-29", "29 March 1966",
 "Telephone Service", "oral answers",
 "asked the Minister for Posts and Telegraphs if he is aware that the telephone to a firm (name supplied) at Phoenix "
 "Park races broke down on Saturday, 19th March, at 12.30 p.m.; and that despite the fact that the breakdown was "
 "reported within minutes and that repeated complaints were made throughout the day they got no satisfaction or "
 "attention; if he will state the reason for this lack of attention; and what action he proposes to take to prevent "
 "a similar occurrence in future.\n\n"
 "asked the Minister for Posts and Telegraphs if his attention has been drawn to an allegation that it is the rule "
 "rather than the exception that telephones go out of order on race days at race meetings; and what action he "
 "intends to take in the matter.\n\n"
 "With your permission, a Leas-Cheann Comhairle, I propose to take Questions Nos. 39 and 40 together.\n\n"
 "Telephones rented at racecourses by the subscriber in question are specially tested, and repaired if necessary, on "
 "the morning of each meeting or on the preceding day. The telephone at Phoenix Park racecourse was tested on "
 "Friday, 18th March, the day before the meeting, and the line was left in working order. On the Saturday "
 "afternoon, it was reported that the telephone was out of order. The check made revealed that the line was held in "
 "an engaged condition. The most likely explanation of this is that a caller to the number had—deliberately or "
 "otherwise — neglected to replace his receiver. This would cause jamming of the line which would continue until "
 "either the calling telephone was hung up or the connection was manually released by a repair man at the automatic "
 "exchange.",
 "telecoms/telephone", ["outage"],
 CUTS_OIR.format(chrome="'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc'", deb="Dáil Éireann díospóireacht - / "
                 "Tuesday, 29 Mar 1966", vol="Vol. 222 No. 1", head="Ceisteanna—Questions. Oral Answers. - Telephone "
                 "Service.", nums="'39.', '40.'")
 + "The page is the Irish-interface copy (/ga/) the page store holds; its debate text is in English. Cut after '... "
 "by a repair man at the automatic exchange.', before 'The exchange serving the Phoenix Park telephone is not staffed "
 "on Saturdays and special attendance there would be arranged only for clearance of a fault affecting a priority "
 "subs', where the excerpt breaks off (`truncated`). Kept as written: 'had—deliberately or otherwise — neglected' (an "
 "unspaced and a spaced dash), 'Questions Nos. 39 and 40' (the only trace of the cut numbers), '(name supplied)', "
 "'race days'. Found with 'oireachtas.ie Dáil Crown Alley telephone exchange breakdown Dublin subscribers calls "
 "failed fault'. 'Phoenix Park', 1966-03-29, 'race days': 0 in train/dev/test, GATHERING.md and every gather script; "
 "batch 33a's Bath Race Course cable of 1953 is another race-course telephone failure (another event, another "
 "country).",
 True))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-999-calls-popesgrove-exchange-1960", "commons/1960/dec/07/999-calls",
 "1960-12-07", "999 Calls", "oral answers",
 "asked the Postmaster-General whether he is aware that some telephone exchanges can handle only three 999 calls at "
 "any one time, and that in some, 999 calls do not get priority automatically; and if he will make changes in the "
 "999 system to ensure that all emergency calls can be dealt with at any time.\n\n"
 "In my view, no change is necessary. Experience does not suggest that present standards are inadequate. In general, "
 "these enable three 999 calls to be handled at once, and it is very unusual for as many as two calls to be made "
 "simultaneously. In a few cases, only two special 999 circuits are available but a third call can be handled "
 "simultaneously, although it does not get priority automatically. Otherwise, all 999 calls have priority.\n\n"
 "Is not that an alarming reply? Is the Postmaster-General saying that a person dialling 999 is not bound, of "
 "necessity, to get a line? Is he aware that within 30 yards of a house that was blazing and where a woman was lying "
 "dangerously ill—on the verge of death—a person could not get a 999 call through but twice got the \"engaged\" "
 "signal? Is not that a shocking state of affairs, and what does the right hon. Gentleman propose to do about it?\n\n"
 "No, it is not shocking at all. I know that case. It was a recent incident at the Popesgrove Exchange, where there "
 "was a glut of 999 calls all relating to the same incident. The first half-dozen callers got through, and there was "
 "no delay whatever in the summoning of the fire brigade.\n\n"
 "In view of the extremely unsatisfactory nature of the reply, I beg to give notice that I propose to raise this "
 "subject at an early date on the Adjournment.",
 "telecoms/telephone", ["near-miss"],
 CUTS_HH.format(ref="HC Deb 07 December 1960 vol 631 cc1267-8", speakers="the question number and speaker lines ('42. "
                "Mr. Janner', 'Mr. Bevins', 'Mr. Janner', 'Mr. Bevins', 'Mr. Janner')", slug="999-calls")
 + "The closing navigation words 'Back to' left out; the whole item kept (`truncated` false). Kept as written: "
 "'dangerously ill—on the verge of death—a person' (unspaced dashes), the straight quotes of '\"engaged\"', "
 "'half-dozen', 'Adjournment' with a capital. Near-miss: a caller near a burning house twice got the engaged signal "
 "on 999; the answer gives a glut of 999 calls about the same fire at the Popesgrove Exchange, the first half-dozen "
 "callers getting through and the fire brigade summoned without delay (congestion of the emergency circuits, no "
 "fault and no loss of service told). Found with 'historic-hansard 999 emergency calls could not be made exchange "
 "fault'. Popesgrove, 1960/dec/07, 'glut of 999 calls': 0 in train/dev/test, GATHERING.md and every gather script; "
 "the corpus's 999 texts (the Isle of Wight breakdown of 2002, BT's 999 fault of 25 June 2023) are other events.",
 False))

TU75 = "https://www.oireachtas.ie/en/debates/debate/dail/1975-04-15/7/"
R.append(dail(
 "oireachtas-dail-non-delivery-of-telegram-tuam-1975", TU75, "1975-04-15", "15 April 1975",
 "Non-Delivery of Telegram", "oral answers",
 "asked the Minister for Posts and Telegraphs if he is aware that a telegram sent to a firm (name supplied) in "
 "County Dublin was handed in at Tuam post office at 11.43 a.m. with instructions to place bets on the 2.30 p.m. "
 "horse race on 4th December, 1974, and that this telegram was never delivered; and if he will make a statement on "
 "the matter.\n\n"
 "A telegram in code, which I assume is the one referred to, was received at the local sub-post office at 12.34 p.m. "
 "on the 4th December, 1974. My Department were advised in January, 1971, that special telegraph facilities "
 "provided by the Department at the race course concerned were no longer required. The firm in question does not "
 "accept telegrams for delivery by telephone and, accordingly, telegrams to the firm have to be delivered by hand. "
 "Hand delivery in the area is done by the local sub-post office, special arrangements being made to cover the "
 "weekly Saturday half-day at that office. As is the case with all but the larger post offices, there is no regular "
 "telegram delivery staff employed at the sub-post office concerned and telegrams for the area are normally "
 "delivered by casual messenger. On the date in question the postmaster was unable to secure a casual messenger to "
 "deliver the telegram promptly and, unfortunately, it arrived too late for its purpose.\n\n"
 "Would the Minister not consider that, in a case such as this where the post office is adjacent to one of the major "
 "race courses in the country, adequate staff should be available to deliver such telegrams? Obviously the firm in "
 "question, Tote Investors Limited, do quite an amount of their business by way of the telegram and telephone "
 "services of the Department, which are advertised as available for this and other purposes.",
 "telecoms/telegraph", ["near-miss"],
 CUTS_OIR.format(chrome="'Skip to main content', 'Normal View'", deb="Dáil Éireann debate - / Tuesday, 15 Apr 1975",
                 vol="Vol. 279 No. 10", head="Ceisteanna—Questions. Oral Answers. - Non-Delivery of Telegram.",
                 nums="'10.'")
 + "Cut after '... which are advertised as available for this and other purposes.', before the answer 'The race "
 "course concerned originally had special telegraph facilities and they inf', where the excerpt breaks off "
 "(`truncated`). Kept as written: 'race course' (two words), 'My Department were advised', 'Saturday half-day', "
 "'(name supplied)' beside the firm's name given in the supplementary. Near-miss: a betting telegram handed in at "
 "Tuam reached the local sub-post office in time but was not delivered for want of a casual messenger (a delivery "
 "failure, no telegraph line or system down; GUIDELINES Outages). Found with 'Phoenix Park racecourse telephone out "
 "of order race meeting line held engaged Minister for Posts and Telegraphs'. 'Tote Investors', Tuam, 1975-04-15, "
 "'Non-Delivery of Telegram': 0 in train/dev/test, GATHERING.md and every gather script.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
