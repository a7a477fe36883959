#!/usr/bin/env python3
"""Batch 34j (session 35; helper gather35j): outages, a further round of the UK Parliament lane of batches 33a and 34a,
taken from historic Hansard answers of decades that batch 34a did not use (1911, 1912, 1928, 1931):
  - interruptions to the overhead telephone lines taken over from the National Telephone Company, caused by a heavy
    snowstorm in the first three months of 1912, told in answer to complaints about the Gerrard Exchange (Commons,
    17 June 1912; the page address spells it 'gerhard-exchange');
  - a simultaneous interruption of both cables serving the Shetland Islands in March 1928 that broke telegraphic
    communication between Lerwick and the mainland (Commons, 25 April 1928; the Post Office keeps a reserve wireless
    station there);
  - the telephone service at Shinfield, near Reading, failed again for three or four days in the week before 4 May
    1931 (Commons, 4 May 1931; told in the question; the answer breaks off in the excerpt);
  and one near-miss: delays of telegrams between the London Commercial Sales Rooms and Liverpool, put down to
  'interruptions of the wire and temporary failures of apparatus' in general, none told apart (Commons, 1 August 1911).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page; where an excerpt breaks off, the
text ends at the last full sentence before it (`truncated`). Edits per item in `notes`; no word added or changed.
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch34j.py [POOL_DIR] [--dry]   (default /tmp/gather35j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35j/pool"
LEFT_OUT = ("Taken from the historic Hansard page as the search tool's page store holds it. Left out: the reference "
            "line ('{ref}') and the speaker lines ({speakers}), as batches 14-34a did, so that the text begins with "
            "the question's own words and names no member or minister by a speaker line. The title is made from the "
            "page address ('{slug}'); the excerpt does not show the heading (doubtful: capitals supplied). ")



R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-gerrard-exchange-snowstorm-1912", "commons/1912/jun/17/gerhard-exchange",
 "1912-06-17", "Gerhard Exchange", "oral answers",
 "asked the Postmaster-General whether a reduction has taken place in the staff employed at the Gerrard Exchange "
 "since the Government have taken over the telephone service; and, if not, whether he can give any reason for the "
 "inconvenience caused to subscribers during the present year by the inefficient working of the exchange?\n\n"
 "There has been no reduction, but, on the contrary, an increase, in the number of the staff employed at the Gerrard "
 "Exchange since the Government took over the National Telephone Company's service. From the information at my "
 "disposal, I do not think that any material deterioration in the service at that exchange resulted from the "
 "transfer; but the changes which were necessary at other London exchanges and the interruptions to the overhead "
 "lines acquired from the company, which were caused by a heavy snowstorm, caused exceptional difficulties in "
 "connection with the Metropolitan service generally during the first three months of the present year. Since then, "
 "however, the service at the Gerrard Exchange has, I am assured, been at least equal to the service during the "
 "corresponding period of last year. The exchange is somewhat congested, as the company, in view of the approaching "
 "termination of their licence, did not provide the additional accommodation required. Steps are being taken to "
 "provide relief at the earliest possible moment, and when this has been done the service will be much improved.\n\n"
 "Is the hon. and gallant Gentleman aware that I attempted to telephone three times last Saturday morning, and was "
 "advised that the telephone had broken down?\n\n"
 "That simply bears out the statement I have made. I have explained how these delays arose.\n\n"
 "Is the snowstorm still causing a breakdown?\n\n"
 "The Noble Lord evidently did not listen to the last part of my answer.",
 "telecoms/telephone", ["outage"],
 LEFT_OUT.format(ref="HC Deb 17 June 1912 vol 39 cc1308-9", speakers="'56. Mr. GOLDSMITH', 'Captain NORTON' three "
                 "times, 'Lord NINIAN CRICHTON-STUART' twice", slug="gerhard-exchange")
 + "The title keeps the page address's spelling 'Gerhard' (the text says 'Gerrard'; doubtful). Cut after 'The Noble "
 "Lord evidently did not listen to the last part of my answer.', before 'I said the exchange is somewhat cong', where "
 "the excerpt breaks off (`truncated`). Kept as written: 'Postmaster-General', 'Metropolitan service', 'Noble Lord' "
 "with capitals. Found with 'historic-hansard telephone exchange breakdown subscribers cut off fire "
 "Postmaster-General'. 1912/jun/17, 'Gerrard', 'gerhard-exchange', 'Ninian': 0 in train/dev/test, GATHERING.md, "
 "every gather script and the other pools of this session ('gerhard' occurs only in batch 27f's ProSieben text, "
 "another subject); the 1913 Nottingham snowstorm answer in the corpus is another storm, city and year.",
 True))

R.append(hansard(
 "hansard-commons-telegraphic-communications-lerwick-1928", "commons/1928/apr/25/telegraphic-communications-lerwick",
 "1928-04-25", "Telegraphic Communications, Lerwick", "oral answers",
 "asked the Postmaster-General whether he has received a complaint from the Town Council of Lerwick with reference "
 "to the recent breakdown of telegraphic communication with the mainland; and what steps have been taken to guard "
 "against a recurrence of similar interruptions?\n\n"
 "The answer to the first part of the question is in the affirmative. There are two cables serving the Shetland "
 "Islands, and a simultaneous interruption of both, such as occurred last month, is a rare occurrence. The heavy "
 "cost of providing a third cable could not be justified. In the event of a, further simultaneous interruption of "
 "both cables, emergency wireless communication would be established with as little delay as possible. Whether the "
 "maintenance of a permanent wireless station at Lerwick will become practicable without undue cost must depend on "
 "the progress made towards the evolution of a simple form of low-power wireless apparatus capable of the necessary "
 "range. My Department is keeping in touch with developments in this direction.\n\n"
 "Is the wireless station kept in readiness, so that recourse can be had to it in case of interruption of the "
 "cable?\n\n"
 "We should try to establish wireless communication as soon as possible, but I cannot promise that we should always "
 "do it instantaneously.\n\n"
 "Is it not a fact that the Post Office has the right to call upon the wireless installation for use in case of "
 "interruption of the cable?\n\n"
 "The only wireless station there is in charge of the Post Office, and it is merely kept as a, reserve for emergency "
 "use. We do not use it when the cables are working.\n\n"
 "If the Post Office has a right to use the wireless, is it not necessary that the wireless station should be in a "
 "condition to be used when the cable does break down?",
 "telecoms/submarine cables", ["outage"],
 LEFT_OUT.format(ref="HC Deb 25 April 1928 vol 216 cc902-3", speakers="'25. Sir ROBERT HAMILTON', 'The ASSISTANT "
                 "POSTMASTER-GENERAL (Viscount Wolmer)', 'Sir R. HAMILTON' three times, 'Viscount WOLMER' twice",
                 slug="telegraphic-communications-lerwick")
 + "Cut after the supplementary '... when the cable does break down?', before the answer 'Yes, that is what we are "
 "endeavou', where the excerpt breaks off (`truncated`). Kept as written: the stray commas 'In the event of a, "
 "further' and 'kept as a, reserve', 'Postmaster-General'. Found with 'historic-hansard telephone service Scilly "
 "Isles cable broken communication cut off weeks'. 1928/apr/25, 'Town Council of Lerwick', 'third cable', 'Shetland "
 "Islands' on this event: 0 in train/dev/test, GATHERING.md, every gather script and this session's pools; the "
 "corpus's 1914 Orkney-Shetland cable text (batch 32c) tells breakdowns of "
 "November 1913 and February 1914 (other events, fourteen years earlier).",
 True))

R.append(hansard(
 "hansard-commons-telephone-service-shinfield-1931", "commons/1931/may/04/telephone-service",
 "1931-05-04", "Telephone Service", "oral answers",
 "asked the Postmaster-General whether the new automatic exchanges have proved to be satisfactory in their working; "
 "whether it is proposed to convert further ex-changes to the automatic system; and whether there is any question of "
 "abandoning or altering the automatic system where it has been already installed?\n\n"
 "The new automatic exchanges have proved satisfactory, and an extensive programme of further conversions is in "
 "hand. The question of abandoning or altering the automatic system at an exchange would arise only in exceptional "
 "circumstances; for example, in the case of an experimental installation.\n\n"
 "Can the Postmaster-General say how many people have become unemployed as a result of this extension of automatic "
 "exchanges?\n\n"
 "None.\n\n"
 "asked the Postmaster-General whether he will reconsider making a general reduction in telephone charges with a "
 "view to still further popularising and extending the use of the telephone?\n\n"
 "The telephone service is run as a self-supporting service. Reductions of charges have been made from time to time "
 "as circumstances allowed; and I regret that the financial position does not permit of any further general "
 "reduction at present.\n\n"
 "Is the hon. Member aware that many people are being deterred from installing the telephones because of the high "
 "cost?\n\n"
 "asked the Postmaster-General whether he is aware that the telephone service at Shinfield, near Reading, again "
 "failed for three or four days last week, and that the subscribers to this service have been frequently isolated "
 "for days at a time during the last two years owing to telephone breakdowns; and whether he will take steps to have "
 "this telephone line put into permanent working order?",
 "telecoms/telephone", ["outage"],
 LEFT_OUT.format(ref="HC Deb 04 May 1931 vol 252 cc24-6", speakers="'49. Sir W. DAVISON', 'The POSTMASTER-GENERAL "
                 "(Mr. Attlee)', 'Captain Sir WILLIAM BRASS', 'Mr. ATTLEE' twice, '51. Commander SOUTHBY', "
                 "'52. Brigadier - General CLIFTON BROWN'", slug="telephone-service")
 + "The page groups several questions under one heading; the excerpt's first three items are kept whole, in order "
 "(automatic exchanges, charges, Shinfield). Cut after the Shinfield question '... put into permanent working "
 "order?', before the answer 'There was a cable breakdown on 24th April owing to the corrosion of the lead sheathi', "
 "where the excerpt breaks off mid-word; that answer's opening clause is lost with it (`truncated`; doubtful: the "
 "text tells the failure only in the question). Kept as written: 'ex-changes' (the page's hyphen), "
 "'Postmaster-General', 'popularising'. Found with 'historic-hansard Shinfield telephone cable breakdown 1931' "
 "(GATHERING.md's batch 33a section left 'the 1931 Shinfield cable breakdown' 'for a later round'). 1931/may/04, "
 "'Shinfield': 0 in train/dev/test, every gather script and this session's pools; in GATHERING.md only that note.",
 True))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(hansard(
 "hansard-commons-telegraphic-communication-london-liverpool-1911", "commons/1911/aug/01/telegraphic-communication",
 "1911-08-01", "Telegraphic Communication", "oral answers",
 "asked the Postmaster-General whether he is aware that upon his inquiries last March into the conditions of "
 "telegraphic communication between London and Liverpool there was for a time a marked improvement, but that "
 "latterly there has been a recurrence of frequent delays between the London Com- mercial Sales Rooms and Liverpool, "
 "particularly in the opening business hours of the day when celerity of communication is of urgent importance for "
 "the effecting of sales and purchases; and whether he will at once and at somewhat short intervals in the future "
 "repeat his departmental inquiries which, on the last occasion, produced good results and, if necessary, provide "
 "additional lines or instruments?\n\n"
 "The delays which the hon. Member now mentions were, I believe, due to interruptions of the wire and temporary "
 "failures of apparatus—contingencies which I fear are bound to occur sometimes in any telegraph service. As the "
 "hon. Member knows, the merchants dealing at the Commercial Sales Rooms enjoy the 'advantage of the assignment to "
 "their use of a special wire, so that their telegrams need not pass through the Central Telegraph Office. But that "
 "very advantage is liable at times to turn to disadvantage, because there is no case for more than one wire at the "
 "Commercial Sale Room, and it is not possible to counteract the effect of failure of wire, at a moment's notice, by "
 "distributing the work over other wires. I am fully aware of the great importance of maintaining a prompt service "
 "to those for whom the hon. Member speaks, and no pains are spared to that end.",
 "telecoms/telegraph", ["outage"],
 LEFT_OUT.format(ref="HC Deb 01 August 1911 vol 29 cc176-8", speakers="'Mr. LESLIE SCOTT', 'Mr. HERBERT SAMUEL'",
                 slug="telegraphic-communication")
 + "Cut after the first answer '... no pains are spared to that end.', before the same member's next question ('asked "
 "the Postmaster-General whether he will publish quarterly returns ...'), which the excerpt breaks off in "
 "(`truncated`). Kept as written: 'Com- mercial' (the page's line-break hyphen and space), the stray opening quote "
 "in \"the 'advantage\", 'Commercial Sale Room' beside 'Commercial Sales Rooms'. Near-miss: the delays are put down "
 "to 'interruptions of the wire and temporary failures of apparatus' in general; no interruption is told apart, "
 "dated or placed (GUIDELINES Outages: counted, not told one by one). Found with 'historic-hansard telex service "
 "breakdown hours subscribers Post Office fault'. 1911/aug/01, 'Commercial Sales Rooms', 'Leslie Scott': 0 in "
 "train/dev/test, GATHERING.md, every gather script and this session's pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
