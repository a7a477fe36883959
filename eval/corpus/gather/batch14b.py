#!/usr/bin/env python3
"""Batch 14b: more UK Parliament texts (Open Parliament Licence v3.0), gathered after batch 14 was committed and
before newskg was run on any batch-14 file: chairmen and board members of steel corporations (1967, 1980) and power
cuts after storms (1981, 1987, 1990). Same origin, edits and record layout as batch14.py.
usage: batch14b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch14 import rec, HH

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
R.append(rec("hansard-commons-british-steel-corporation-chairman-1980", "https://hansard.parliament.uk/Commons/1980-05-01/debates/888d9d9f-54ff-4f57-a63a-9d67aee0c483/BritishSteelCorporation(Chairman)", "1980-05-01",
 "British Steel Corporation (Chairman)", "House of Commons ministerial statement",
 "Sir Charles Villiers, whose term of office ends in September, has tackled the difficult task of adapting the BSC to changing market conditions with energy and dedication. I am glad to pay tribute to his work and to express our appreciation of it. As his successor I have appointed Mr. Ian MacGregor. He will tomorrow join the BSC board as a part-time deputy chairman. Sir Charles Villiers and I are agreed that, now that a successor has been appointed, it would be best if he were to take on the job as chairman with the minimum of delay. Mr. MacGregor will therefore become chairman on a full-time basis on 1 July.\n\n"
 "Mr. MacGregor was born in Scotland but has spent most of his working life in America, where he has had an outstandingly successful business career. He was chief executive of AMAX, the metals and natural resources company, from 1966 to 1977, and remains on that board. He has many other appointments, including deputy chairman of BL, director of the LTV Corporation, a large steel producer, and a partnership in Lazard Freres and Co., a New York-based investment bank.\n\n"
 "In Mr. MacGregor I believe that we have found a man with the qualities needed to lead the BSC out of its present difficulties. Mr. MacGregor's personal salary will be paid by the BSC at the appropriate rate, based on the recommendations of the Review Body on Top Salaries—currently £48,500 a year.\n\n"
 "Mr. MacGregor has commitments as a senior partner in Lazard Freres, but his partners have agreed to release him in return for certain financial conditions.",
 "steel", "mixed", "leadership",
 "Page chrome (heading, volume and date line, the archive's typographical-error notice) left out; cut before the next, cut-off sentences."))
R.append(rec("hansard-commons-national-steel-corporation-membership-1967", HH + "commons/1967/apr/27/national-steel-corporation-membership", "1967-04-27",
 "National Steel Corporation (Membership)", "House of Commons ministerial statement",
 "With permission, Mr. Speaker, I will make a statement.\n\n"
 "I am glad to say that the following have accepted my invitation to serve as members of the National Steel Corporation:\n\n"
 "Chairman: Lord Melchett, who was Chairman of the Organising Committee and previously a director of Hill, Samuel & Co. Ltd.\n\n"
 "Deputy Chairman: Dr. H. M. Finniston, Technical Director of C. A. Parsons & Co. Ltd. and Managing Director of International Research and Development Co. Ltd. Mr. M. Milne-Watson, Chairman of Richard, Thomas & Baldwins Ltd. Mr. A. J. Peech, Chairman and Managing Director of United Steel Companies, Ltd.\n\n"
 "Full-time members: Lord Layton, Managing Director of the Steel Company of Wales. Mr. Ron Smith, previously General Secretary of the Union of Post Office Workers.\n\n"
 "Part-time members: Mr. Raymond Brookes, Chairman and Managing Director of Guest, Keen & Nettlefolds Ltd. Alderman Sidney Harris, until recently employed on the shop floor in the steel industry. Sir Cyril Musgrave, Chairman of the Iron and Steel Board. Mr. Peter Parker, Director of Booker Bros., McConnell & Co. Ltd., and Chairman of Booker Engineers & Industrial Holdings Ltd.\n\n"
 "Mr. Peech will, for the time being, remain Chairman of United Steel Companies Ltd. and will, after vesting, combine his deputy chairmanship of the Corporation with an important operational appointment in the industry. Alderman Harris and Sir Cyril Musgrave will each give substantially more time to the work of the Corporation than is normal for a part-time member. Further appointments will be made in due course. The formal appointments will be made at once. The National Steel Corporation will then be constituted and the Organising Committee will be dissolved.\n\n"
 "The Government have decided that vesting date for the securities of the companies listed in Schedule 1 to the Iron and Steel Act, 1967, should be Friday, 28th July, 1967.",
 "steel", "non-US", "leadership,deal",
 "Column reference and speaker line ('The Minister of Power (Mr. Richard Marsh)') left out; cut before the next, cut-off sentence."))
R.append(rec("hansard-written-answer-british-steel-corporation-chairman-designate-1980", HH + "written_answers/1980/may/14/british-steel-corporation", "1980-05-14",
 "British Steel Corporation", "House of Commons written answers",
 "Mr. Dobson asked the Secretary of State for Industry whether, further to his reply of 8 May, either his Department or the British Steel Corporation will insure Mr. Ian MacGregor; if so, at what cost; what the benefits will be; and who will be the beneficiary or beneficiaries.\n\n"
 "Sir Keith Joseph My Department has not insured Mr. MacGregor and does not intend to do so. What BSC does is a matter for it.\n\n"
 "Dr. McDonald asked the Secretary of State for Industry if any other persons were offered the post of chairman of the British Steel Corporation prior to the present chairman-designate's appointment; and, if so, whether the post was offered to them on similar terms and conditions.\n\n"
 "Sir Keith Joseph No formal offer was made to any other person for the post of chairman of the British Steel Corporation. Serious discussions were held with several people considered suitable, but no one of them was then prepared to take on the task in principle. So the question of terms and conditions did not arise, although we had indicated that we were prepared to be flexible if necessary.",
 "steel", "non-US", "leadership",
 "The source's speaker markers '§' left out and a space put between each speaker's name and the words that follow (the source runs them together: 'Mr. Dobsonasked', 'Sir Keith JosephMy')."))
R.append(rec("hansard-commons-electricity-supplies-private-notice-1981", HH + "commons/1981/dec/16/electricity-supplies", "1981-12-16",
 "Electricity Supplies", "House of Commons private notice question",
 "asked the Secretary of State for Energy if he will make a statement about the resumption of electricity supplies which have been disconnected since Sunday last.\n\n"
 "On Sunday 13 December throughout a wide area of the country bad weather conditions, including blizzards and high winds, combined with freezing conditions, caused damage to electrical transmission and distribution lines. The extra load arising from snow and ice on overhead lines caused failures and short circuiting. At least 250,000 consumers had their electricity supplies cut off, chiefly in the South-West, South Wales, Merseyside and North Wales electricity board areas.\n\n"
 "The area boards undertook emergency work immediately. However, continuing bad weather hindered the progress of repairs. The boards called on other electricity boards, private contractors and the Armed Forces for assistance. They also liaised with the emergency services to alleviate hardship wherever possible. I am happy to say that the number of consumers now without supply has fallen to fewer than 30,000. I hope that by tomorrow most consumers will have been reconnected.\n\n"
 "I am conscious of the hardship and discomfort suffered by those affected by the incident. However, those concerned with the repairs have worked all hours in difficult circumstances and deserve our thanks.",
 "energy/electricity", "non-US", "outage",
 "Column reference and speaker lines ('Mr. Peter Emery (Honiton) (by private notice)', 'The Secretary of State for Energy (Mr. Nigel Lawson)') left out; cut before the supplementary questions."))
R.append(rec("hansard-written-answer-electricity-storms-1990", HH + "written_answers/1990/feb/01/electricity", "1990-02-01",
 "Electricity", "House of Commons written answer",
 "To ask the Secretary of State for Energy (4) what is his most up-to-date evaluation of the speed of response of the electricity supply industry to the storms of (a) Thursday 25 January and (b) October 1987;\n\n"
 "As in October 1987, the boards in the electricity industry that were badly affected by the recent storm set about restoring supplies rapidly and energetically. Other area boards, the Scottish electricity boards, Northern Ireland Electricity, the electricity supply board of the Republic of Ireland and outside contractors provided prompt and substantial assistance.\n\n"
 "I am confident that, after vesting and after flotation, the new companies will continue to give priority to the restoration of supplies to customers and will continue to come to each other's help as occasions require.",
 "energy/electricity", "non-US", "outage",
 "Column reference and speaker lines (Mr. Morgan, Mr. Baldry) left out; of the six numbered parts of the question only part (4) kept, the other five left out."))
R.append(rec("hansard-commons-electricity-supply-east-midlands-1990", HH + "commons/1990/dec/19/electricity-supply-east-midlands", "1990-12-19",
 "Electricity Supply (East Midlands)", "House of Commons debate (Consolidated Fund)",
 "In the current debate, however, I am concerned about the consequences of the severe weather suffered recently by the east midlands and about what is to be done if similar circumstances arise in the future. The severe weather started on the evening of Friday 7 December and there was adequate warning. That did not apply to the gale warnings issued in the south of England in 1987, to which I may refer later. Conditions deteriorated rapidly in my area between 10 o'clock on Friday evening and 3 o'clock on Saturday morning. The results were devastating. Electricity supplies in the east midlands area were disrupted from 3 am onwards. Councillor Betty Long, who lives in the Killamarsh area, informed me about the conditions there. The electricity supplies from the Westhorpe substation were disrupted. Three 33,000 kV cables came down. If one of them had remained intact, electricity supplies could have been maintained.\n\n"
 "Supplies were disrupted throughout the entire east midlands area. The results were devastating in north Derbyshire and north Nottinghamshire. Derbyshire, Nottinghamshire, Warwickshire and Leicestershire also suffered badly. Water supplies were cut off in many areas because of the failure of electricity supplies at the pumping stations. There were no emergency generators. Action was taken to obtain generators. Eventually help was obtained from the Army.",
 "energy/electricity", "non-US", "outage",
 "Time mark, speaker line ('Mr. Harry Barnes (Derbyshire, North-East)') and the speaker's opening paragraph on the debate's procedure left out; cut before the next, cut-off sentence."))
R.append(rec("hansard-commons-electricity-supply-severe-weather-1992", HH + "commons/1992/jan/27/electricity-supply", "1992-01-27",
 "Electricity Supply", "House of Commons oral answers",
 "To ask the Secretary of State for Energy what are his plans to assist with the repair and protection of the electricity supply in the event of severe weather conditions.\n\n"
 "Repair and protection of electricity supply in the event of severe weather conditions is the responsibility of each of the regional electricity distribution companies.\n\n"
 "That is an inadequate answer, given that more than a year ago there was a severe weather crisis throughout the country, especially in the east midlands district where 2 million people were without supplies, some of them for a considerable period. The Government did nothing and have apparently learnt nothing from the experience. They should have declared a state of emergency and ensured that Bellwin money was made available to councils so that they could take emergency action. Why have the Government learnt nothing from the experience, and why are they proposing to do nothing if a crisis emerges shortly, as it could?\n\n"
 "No distribution network in the world could have survived without damage the severe weather which struck that part of Britain in December 1990, but the regional electricity company concerned, with help from other companies and from overseas, did what it could in the circumstances to connect those who were temporarily cut off. It is an insult to the many managers and workers who responded so well for the hon. Gentleman to imply that they were less than efficient and hard working in those difficult circumstances.",
 "energy/electricity", "non-US", "outage",
 "Column reference and speaker lines ('11. Mr. Harry Barnes', 'Mr. Heathcoat-Amory', 'Mr. Barnes') left out; cut before the next supplementary question."))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
