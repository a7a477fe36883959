#!/usr/bin/env python3
"""Batch 37i (session 38; helper gather38i, second round of batch 37): outages and near-misses told in UK Parliament
records (historic Hansard), the lane of batches 36q and 36v (and before them 35a, 35i and 36a), looking for failures
of water, telephone and postal services that earlier rounds had not reached:
  - the Lea Bridge waterworks put wholly out of action by floods, some 1 1/4 million people affected and 350,000 of
    them still without a piped supply for a while (Commons oral answers, 27 March 1947; no water undertaking named);
  three near-misses, each with the provider named:
  - about 300 cases in two years of Post Office telephone cables damaged by stray currents from tramways, counted and
    never told one by one (Commons written answers, 15 November 1928);
  - congested calls between the West Country and London on certain lines at busy times, a peer's four failed calls
    in early January, the Post Office and British Telecommunications named (Lords oral answers, 11 February 1981);
  - parliamentary mail held up by the unofficial industrial action of autumn 2003, outward mail stored by Royal Mail
    at its south London mail centre (Lords written answers, 30 October 2003; a strike, no system failed).
Texts are the search tool's page-store excerpts (corpus `pages`); edits per item in `notes` (the reference line,
question numbers, speaker labels and procedural openings left out, as batches 14-36v did; no word added or changed).
All four are built with the shared `write_pool.hansard`. Written before any extractor ran on a text of the batch
(newskg was not run on them at all).
usage: batch37i.py [POOL_DIR] [--dry]   (default /tmp/gather38i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38i/pool"
SRC = ("Text of the historic Hansard page as the search tool's page store keeps it. Left out: {left}; so the text "
       "opens with the question's own words and no speaker is labelled (the practice of batches 14-36v). Title made "
       "from the page address ('{slug}'; capitals supplied, doubtful). ")
CHECKED = ("Checked before taking: {words}: no hit in train/dev/test, GATHERING.md, any gather script or the pools "
           "of /tmp/gather38* at the time. ")

R = []
# ---- outage -----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-lea-bridge-waterworks-flooding-1947",
 "commons/1947/mar/27/lea-bridge-waterworks-flooding", "1947-03-27", "Lea Bridge Waterworks (Flooding)",
 "oral answers",
 "asked the Minister of Health if he will state the damage by floods at the Lea Bridge waterworks; what steps were "
 "taken to deal with the danger of a contaminated water supply; how many were affected and for how long; and "
 "whether danger to health has now been removed and the normal water supply entirely restored.\n\n"
 "The whole works were out of action. Water supplied from other sources or carted was treated, and the public was "
 "advised by broadcasts and other means to boil it before use. The population affected was approximately 1¼ "
 "million, but piped supplies were made available within a short time for all but 350,000 of these. A piped supply "
 "is now being provided to nearly all the houses in the area, but consumers are advised as a precautionary measure "
 "to boil water used for cooking and drinking until further notice. Thanks are due to all those who gave such "
 "speedy and effective help.\n\n"
 "Is the Minister aware that the tanks which took water out sometimes carried water which was fit for drinking "
 "purposes, and sometimes it was quite otherwise, and that should be cleared up? Further, have precautions been "
 "taken to see that if abnormal flooding recurs it does not again affect the filtering of the water?\n\n"
 "I was not aware of the first point, but I will look into it. I think we shall learn such lessons as we can from "
 "our experience in this matter.\n\n"
 "Can the Minister state whether he has consulted with the Minister of Fuel and Power to see whether additional fuel "
 "can be given?\n\n"
 "How can they boil water without fuel and electricity?",
 "water", ["outage"],
 SRC.format(left="the question number and speaker markers ('§ 20. Mr. Sorensen', '§ Mr. J. Edwards', '§ Mr. "
            "Sorensen', '§ Mr. Edwards', '§ Mr. Bossom', '§ Mr. Charles Williams') and the column number printed "
            "inside the answer ('1373', between 'as' and 'a precautionary measure')",
            slug="lea-bridge-waterworks-flooding")
 + "The question, the answer and the supplementaries as the excerpt holds them, ending on a member's question with "
 "no reply shown (`truncated` false; doubtful, the page may run on). Kept as written: '1¼ million', 'Lea Bridge "
 "waterworks' with a lower-case 'w'. The floods are not dated in the text (the answer is of 27 March 1947) and no "
 "water undertaking is named (the Metropolitan Water Board ran the works, but the text does not say so). Found with "
 "'historic-hansard water board supply failed town pumping breakdown residents without water days statement "
 "Minister of Housing', which also brought back the 1896 East London Water Company and 1905 water supply answers "
 "(used or left out before). "
 + CHECKED.format(words="'lea-bridge', 'Lea Bridge', 1947/mar/27, '1¼ million'"),
 False))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-written-answers-telephone-cables-stray-currents-1928",
 "written_answers/1928/nov/15/telephone-cables-injurious-currents", "1928-11-15",
 "Telephone Cables (Injurious Currents)", "written answers",
 "asked the Postmaster-General how many instances there have been within the last two years of Post Office "
 "telephone cables being damaged by stray currents from public traction undertakings; whether, as these breakdowns "
 "cause a great deal of inconvenience to the telephone subscribers and frequent loss of business, without "
 "compensation, either the Post Office or the tramways' advisers have any remedy; and what steps, if any, the Post "
 "Office propose to take to avoid these breakdowns in future?\n\n"
 "About 300 such cases have occurred. The onus of preventing the leakage of injurious currents from their systems "
 "rests on the undertakers, but as far as possible attempts are made by the Post Office to limit the harmful effects "
 "of currents picked up by the cable sheaths by ensuring that they leave for earth by metallic conduction. Further, "
 "representations are made to tramway authorities in individual cases urging them to work their systems within the "
 "limits prescribed in the Ministry of Transport Regulations and to take such other remedial steps as may be "
 "necessary.",
 "telecoms", ["outage", "near-miss"],
 SRC.format(left="the reference line ('HC Deb 15 November 1928 vol 222 c1100W') and the speaker labels ('Major "
            "GLYN', 'Sir W. MITCHELL-THOMSON')", slug="telephone-cables-injurious-currents")
 + "The question and its whole answer, ending on a full sentence (`truncated` false). Kept as written: 'the "
 "tramways' advisers', 'the Post Office propose' (plural verb), 'Ministry of Transport Regulations'. Near-miss: "
 "'About 300 such cases' of Post Office telephone cables damaged by stray currents from tramways in two years, the "
 "question calling them 'breakdowns' that inconvenience subscribers -> counted, none told apart by day or place "
 "(GUIDELINES: counted outages are not events). Found with 'asked the Postmaster-General interruption telephone "
 "trunk service cable cut contractor excavator exchange isolated hours', which also brought back the 1953 East "
 "Barnet cable fault (in the corpus) and a 1922 answer on one firm's removed telephone (left alone: a subscriber's "
 "move, no body named but a misprinted 'Post Officer fitter'). "
 + CHECKED.format(words="1928/nov/15, 'injurious-currents', 'stray currents'"),
 False))

R.append(hansard(
 "hansard-lords-telephone-service-west-country-london-1981",
 "lords/1981/feb/11/telephone-service-west-country-london", "1981-02-11", "Telephone Service: West Country-London",
 "oral answers",
 "To ask Her Majesty's Government, in view of the heavy investment projected for the British telecommunications "
 "system, what plans exist to improve the invariably difficult telephone communication between the West Country and "
 "London by public telephones.\n\n"
 "My Lords, this is a matter for the Post Office. However, I understand that although the quality of service "
 "between London and the West Country is generally good, difficulties in communications may arise on certain lines "
 "during busy periods as a result of congestion. Work nearing completion on the trunk route between Yeovil and "
 "London should lead to an early improvement in service on that route.\n\n"
 "My Lords, while thanking my noble friend for that Answer, may I ask him whether the Government are satisfied that "
 "the heavy investment earmarked for British Telecoms is being, or will be, used by them to the best advantage? Is "
 "he aware that early in January on four different occasions when dialling London from four different telephone "
 "booths I got the engaged signal, not from the number dialled itself but from the point of entry into London? May "
 "I also tell him that when I telephoned the operator she confirmed that she, too, was unable to get London for the "
 "same reason, in spite of giving me every assistance in the difficulties that I experienced?\n\n"
 "My Lords, I was not personally aware of the difficulties experienced by the noble Lord, but the point of these "
 "very large sums for investment is to ensure improvement, and British Telecommunications is engaged in a major "
 "replacement and modernisation programme with that money. Therefore, I would have thought that that would give the "
 "noble Lord a better service in the future.",
 "telecoms", ["outage", "near-miss"],
 SRC.format(left="the reference line ('HL Deb 11 February 1981 vol 417 cc199-200'), the time ('2.45 p.m.'), the "
            "speaker labels ('Lord Gridley' twice, 'The Minister of State, Department of Employment (The Earl of "
            "Gowrie)', 'The Earl of Gowrie'), the procedural opening ('My Lords, I beg leave to ask the Question "
            "which stands in my name on the Order Paper.') and the line 'The Question was as follows:'",
            slug="telephone-service-west-country-london")
 + "Cut after the Minister's second reply, before the peer's next supplementary, which the excerpt breaks off "
 "after its first words (`truncated` true). Kept as written: 'British telecommunications system' with a lower-case "
 "'t', 'British Telecoms' (plural) beside 'British Telecommunications', 'West Country' with capitals. Near-miss: "
 "difficulties 'on certain lines during busy periods as a result of congestion' and a peer's four calls to London "
 "that got the engaged signal at the point of entry 'early in January' -> congestion and failed calls, no service "
 "told as down. Found with 'historic-hansard Lords written answers telephone service House of Lords BT fault lines "
 "out of order days', which also brought back the 1966 and 1968 Lords questions on wrong numbers and misrouting "
 "(left alone: dialling errors counted in per cent, no event). "
 + CHECKED.format(words="1981/feb/11, 'telephone-service-west-country', 'Gridley'"),
 True, house="House of Lords"))

R.append(hansard(
 "hansard-lords-written-answers-parliamentary-mail-services-industrial-action-2003",
 "written-answers/2003/oct/30/parliamentary-mail-services", "2003-10-30", "Parliamentary Mail Services",
 "written answers",
 "asked the Chairman of Committees:\n\n"
 "In light of the current unofficial industrial action, what arrangements are in place to maintain inward and "
 "outward parliamentary mail services.\n\n"
 "I regret that the House faces considerable difficulties as a result of the current industrial action. I "
 "understand that normal outward-bound mail (that is, mail that is put in \"external\" mail boxes with either a "
 "frank or a stamp) is being collected by Royal Mail and stored for onward transmission as soon as possible at its "
 "south London mail centre. There is no guarantee as to the time of its ultimate delivery. With regard to "
 "inward-bound mail, Royal Mail is making efforts to extract Houses of Parliament mail from normal mail flows and to "
 "make deliveries.\n\n"
 "The current advice from the Parliamentary Postmaster is that any items for delivery to Members should be placed "
 "in the internal mail system, addressed to the Member concerned at \"House of Lords\". These items will be sent to "
 "the Member in a mail forwarding pouch. Royal Mail has given a firm commitment that these items will be delivered "
 "as instructed by Members.\n\n"
 "I understand that items posted by special delivery are currently being collected from and delivered to the House "
 "as normal. In addition, deliveries by Datapost of the Minute and Hansard, to Members within central London who "
 "receive this service, are unaffected.",
 "postal", ["outage", "near-miss"],
 SRC.format(left="the reference line ('HL Deb 30 October 2003 vol 654 c57WA'), the speaker labels ('Earl Attlee', "
            "'The Chairman of Committees (Lord Brabazon of Tara)') and the question reference ('[HL5279]')",
            slug="parliamentary-mail-services")
 + "The question and its whole answer, ending on a full sentence (`truncated` false). Kept as written: the "
 "question's full stop (no question mark), the straight double quotes round 'external' and 'House of Lords', "
 "'special delivery' in lower case. Near-miss: outward mail collected by Royal Mail and stored, its delivery not "
 "guaranteed, because of 'the current unofficial industrial action' -> a strike (GUIDELINES: strikes are not "
 "outages); special delivery and Datapost said to be unaffected. Found with 'historic-hansard Royal Mail computer "
 "failure mail sorting office delayed' and then 'historic-hansard written answers 2003 parliamentary mail services "
 "Royal Mail unofficial industrial action', which also brought back the 1971 internal mail answer (a Post Office "
 "strike, under 150 words) and the 11 September 2003 later-collections answer (no failure). "
 + CHECKED.format(words="2003/oct/30, 'parliamentary-mail-services', 'Datapost', 'Parliamentary Postmaster'"),
 False, house="House of Lords"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
