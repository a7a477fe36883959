#!/usr/bin/env python3
"""Batch 36w (session 37; helper gather37w): outages told in records of the Houses of the Oireachtas, the fourth
round of batch 36 in the lane of batches 35a, 35i, 35m and 35r (beside 36a and 36k), turned to telephone service
complaints of the Department of Posts and Telegraphs years that the lane had not yet taken, one from the Seanad:
  - the new Midleton telephone exchange in east Cork, opened about 18 months before, whose system 'seems to have
    totally broken down' for the past two months (Seanad adjournment matter, 1 November 1978; provider unnamed);
  and two near-misses: complaints of unsatisfactory service from the Newbridge (Droichead Nua) automatic exchange,
  the Minister answering that the initial troubles were remedied and one complaint lately received (Dail oral
  answers, 26 June 1963); and a temporary Dublin telephone number said to fail in September and October 1968, tests
  finding no fault save a bell fault mended the day it was reported (Dail oral answers, 24 October 1968).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; each text ends at the last full
sentence before its excerpt breaks off, or at the excerpt's end (`truncated` for all three: the pages go on). Page
opening lines, headings, question numbers and (for the Seanad speech) nothing else are left out; no word is changed.
All three use the shared builder `write_pool.oireachtas`. Written before any extractor ran on a text of the batch
(newskg was not run on them at all).
usage: batch36w.py [POOL_DIR] [--dry]   (default /tmp/gather37w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37w/pool"
OIR = "https://www.oireachtas.ie/"
LEFT_OUT = ("The oireachtas.ie page as the page store holds it. Left out: the page's opening lines ({head}) and the "
            "heading '{heading}' (its last part kept as title){more}, so that the text opens with the item's own "
            "words (the practice of batches 14-36k). ")
CHECKED = ("Checked before taking: {words}: 0 hits in train/dev/test, GATHERING.md, every gather script, the "
           "session's notes and the pools of /tmp/gather37* at the time{extra}. ")

R = []
# ---- outage -----------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-seanad-east-cork-telephone-system-midleton-exchange-1978",
 OIR + "ga/debates/debate/seanad/1978-11-01/7/", "1978-11-01", "1 November 1978",
 "East Cork Telephone System", "Adjournment Matter",
 "I apologise to my colleague, Senator Murphy, for interrupting him when he was just getting into his stride. In "
 "fact, I am following one of his directives. As he said, he is interested more in things from an Irish point of "
 "view. I want not to restrict myself to an Irish problem but to a very local problem in my own home area of east "
 "Cork. As most people know, this is currently one of the fastest growing areas, if not the fastest growing and most "
 "rapidly developing area in Ireland, industrially and agriculturally. It goes without saying that the importance of "
 "good communications in that area is absolutely paramount. I am quite old enough to recall when all the telephones "
 "in the Midleton area were the wind-up type, when every call, local or otherwise, had to be made through the "
 "operator. It is regrettable that after a large expenditure of money and the opening of a new telephone exchange "
 "the situation is now worse than it was when we had the old wind-up telephones. Some years ago these telephones "
 "were replaced by dial telephones, when it was possible to dial calls within the Cork area. Since then the "
 "automatic dial facility has been extended considerably. About 18 months ago a new, very large, expensive "
 "telephone exchange was opened in the town of Midleton. This was heralded as the birth of a new age for "
 "communications in east Cork. Regrettably for the past two months this system seems to have totally broken "
 "down.\n\n"
 "I sympathise with the problems our posts and telegraphs service faces. But in this situation I am the member of "
 "the Oireachtas most affected by this; I am the person who lives right in the centre of this area; I think the "
 "only other Deputy who would be badly affected would be Deputy Hegarty who lives about 4 miles from me in Cloyne.",
 "telecoms", ["outage"],
 LEFT_OUT.format(head="'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', 'Seanad Éireann díospóireacht - "
                 "Wednesday, 1 Nov 1978', 'Vol. 90 No. 1'",
                 heading="Adjournment Matter: East Cork Telephone System.", more="")
 + "The page is the Irish-language view (/ga/) of the record; the speech is in English as spoken. The excerpt shows "
 "no speaker label. The opening of the Senator's adjournment speech; cut after '... about 4 miles from me in "
 "Cloyne.', before 'I am glad to have had the opportunity to raise this p', where the excerpt breaks off mid-word "
 "(`truncated`). Kept as written: 'wind-up', 'east Cork' (lower-case 'east'), 'posts and telegraphs service' "
 "(lower case), '4 miles'. Taken as an outage (doubtful): the new Midleton exchange's system 'seems to have "
 "totally broken down' for the past two months; the hedge and the length (calls are still spoken of as made) "
 "could make it a complaint of bad service rather than a service lost; no provider is named as a name. Found with "
 "'Tuam 093 quality of telephone service problems new digital exchange' (the hit list also held the 1963 Newbridge "
 "item of this batch). "
 + CHECKED.format(words="'Midleton', 1978-11-01, 'East Cork Telephone', 'Cloyne', 'wind-up'",
                extra="; 'Hegarty' only in an unrelated 2016 committee text"),
 True, house="Seanad Éireann", via="oireachtas.ie"))

# ---- near-misses ------------------------------------------------------------------------------------------------
R.append(oireachtas(
 "oireachtas-dail-newbridge-telephone-service-complaints-1963",
 OIR + "ga/debates/debate/dail/1963-06-26/25/member-speech/William-Norton.D.1926-02-18/", "1963-06-26",
 "26 June 1963", "Newbridge Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs whether he is aware that a number of telephone subscribers in the "
 "Newbridge area, County Kildare, still complain of the unsatisfactory telephone service; and what steps are being "
 "taken by the Post Office to remedy the situation.\n\n"
 "I am not aware that a number of telephone subscribers in Droichead Nua area still complain of unsatisfactory "
 "telephone service. Since the initial troubles were remedied the automatic exchange equipment has been functioning "
 "efficiently and only one complaint of unsatisfactory service has been received from a subscriber in the recent "
 "past. This complaint is under investigation.\n\n"
 "Has the Minister no information about the extent of the discontent existing in the Newbridge area at the "
 "continued unsatisfactory manner in which the telephone service is operated there? Is he not aware of the fact "
 "that if you dial a call to Dublin, you are liable to get anybody in Dublin? As far as subscriber trunk dialling "
 "is concerned, it is giving very unsatisfactory service in that area. Is the Minister further aware that two large "
 "businesses in Newbridge, which are considerably interested in the export trade, are finding their businesses "
 "frustrated by the disappointments they get when they have to use the telephone? Would the Minister send somebody "
 "down to Newbridge to see what exactly is happening and with a view to applying a remedy to the unsatisfactory "
 "conditions there, which have now gone on for four to six months?\n\n"
 "I have told the Deputy that I received only one complaint recently. That complaint was from a bloodstock agency. "
 "The position was as stated by the Deputy when this exchange was first opened, but it has been remedied since. "
 "Whatever troubles existed there do not exist any longer. That is my information.",
 "telecoms", ["near-miss"],
 LEFT_OUT.format(head="'Léim ar aghaidh chuig an bpríomhábhar', 'Gnáthamharc', 'Dáil Éireann díospóireacht - "
                 "Wednesday, 26 Jun 1963', 'Vol. 203 No. 12'",
                 heading="Ceisteanna—Questions. Oral Answers. - Newbridge Telephone Service.",
                 more=" and the question number '36.'")
 + "The page-store copy is the Irish-language view of the member-speech page (William Norton), which shows the "
 "whole item; the text is the question, answer, supplementary and reply, to the excerpt's end ('That is my "
 "information.'); `truncated` as the page may go on. Kept as written: 'Droichead Nua' (the Minister's name for "
 "Newbridge), 'Post Office', 'subscriber trunk dialling'. Near-miss: complaints of an unsatisfactory automatic "
 "exchange service (wrong numbers reached on trunk calls) that the Minister says were remedied; no service told as "
 "lost on any day. Found with 'Tuam 093 quality of telephone service problems new digital exchange'. "
 + CHECKED.format(words="'Newbridge' (one hit, an unrelated Wikipedia text), 'Droichead Nua', 1963-06-26, "
                  "'bloodstock'", extra=""),
 True, via="oireachtas.ie"))

R.append(oireachtas(
 "oireachtas-dail-unsatisfactory-telephone-service-temporary-number-1968",
 OIR + "en/debates/debate/dail/1968-10-24/24/", "1968-10-24", "24 October 1968",
 "Unsatisfactory Telephone Service", "Questions, Oral Answers",
 "asked the Minister for Posts and Telegraphs why his Department failed to give satisfactory service to the "
 "subscriber concerned in respect of temporary telephone number 971749 in September and October 1968; why on "
 "numerous occasions the instrument failed to engage when dialled; why persons phoning that number were unable to "
 "contact it; and why his Department failed to repair promptly and effectively all defects reported to them.\n\n"
 "Numerous tests on various dates did not reveal any fault in the telephone 971749. Persons phoning this number may "
 "have been unable to obtain an answer because the premises were unattended for periods. All complaints received "
 "were attended to promptly by the Department but difficulty was experienced in gaining access to the premises on "
 "several occasions.\n\n"
 "Could the Minister say why it was that on numerous occasions when people dialled on the instrument in question "
 "they were unable to engage any number because, no matter how many digits were dialled, the dialling tone was "
 "still the only sound that could be heard on the instrument?\n\n"
 "I do not want to read a complete diary of the events that took place because it would take too long, but the "
 "Deputy can be assured there were a great many examinations of this telephone on a considerable number of "
 "occasions. No one replied to it when it rang and, on a particular occasion, someone was contacted but he said he "
 "was not aware of any trouble other than the fault of the bell on 26th September, which fault was attended to on "
 "the same day, and the same individual indicated he did not have any definite hours of attendance. The Deputy can, "
 "I think, be assured that we did everything we possibly could in this matter.",
 "telecoms", ["near-miss"],
 LEFT_OUT.format(head="'Skip to main content', 'Normal View', 'Dáil Éireann debate - Thursday, 24 Oct 1968', "
                 "'Vol. 236 No. 8'",
                 heading="Ceisteanna—Questions. Oral Answers. - Unsatisfactory Telephone Service.",
                 more=" and the question number '18.'")
 + "The question, answer, supplementary and reply; cut after '... everything we possibly could in this matter.', "
 "before 'Is the Minister aware that during hours when the premises were attended and when the phone number in "
 "question was dialled', where the excerpt breaks off (`truncated`). Kept as written: '971749', 'dialling tone', "
 "'26th September'. Near-miss: the failures alleged in the question are denied (tests 'did not reveal any fault'); "
 "the one fault granted, 'the fault of the bell on 26th September', is a single instrument's defect mended the same "
 "day (a device fault; doubtful: a reader may count it a one-line outage, as batch 34a did a jammed racecourse "
 "line). Found with 'asked the Minister for Posts and Telegraphs if he is aware that telephone subscribers were "
 "without service for several days recently owing to a fault'. "
 + CHECKED.format(words="'971749', 1968-10-24, 'Unsatisfactory Telephone'", extra=""),
 True, via="oireachtas.ie"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
