#!/usr/bin/env python3
"""Batch 12e: two UK Parliament texts on the opening of Heathrow Terminal 5 (27 March 2008), when the baggage
system failed and British Airways cancelled flights: the Commons urgent question and ministerial answer of 31 March
2008 (hansard.parliament.uk) and the Transport Committee report's introduction (publications.parliament.uk, HC 543,
published 3 November 2008). (The committee's press notice on the report, parliament.uk committees archive
trans07-08pressnotice68, was annotated and then left out to keep the batch within 35 articles.) All Open Parliament
Licence v3.0; found with the search tool (corpus `pages`, first ~2,000 characters of each page) with
"publications.parliament.uk Transport Committee report opening of Heathrow Terminal 5 baggage system failure British
Airways BAA". Edits: page chrome, headings, paragraph numbers, footnote markers and trailing cut-off sentences left
out; no word is added or changed. Each record's `notes` says what was left out.
usage: batch12e.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch12c import OPL, opl

POOL = sys.argv[1] if len(sys.argv) > 1 else "/work/corpus-work/pool"
U_HAN = "https://hansard.parliament.uk/Commons/2008-03-31/debates/0803312000002/HeathrowTerminal5"
U_PN = "https://www.parliament.uk/business/committees/committees-archive/transport-committee/trans07-08pressnotice68/"
U_REP = "https://publications.parliament.uk/pa/cm200708/cmselect/cmtran/543/54303.htm"
RECS = [
 dict(id="hansard-commons-heathrow-terminal-5-2008", source=U_HAN, licence=OPL,
      attribution=opl("House of Commons, 'Heathrow Terminal 5', urgent question, Volume 474, debated on Monday 31 March 2008", U_HAN),
      published="2008-03-31", title="Heathrow Terminal 5", sector="airports / airlines", region="non-US", topics=["outage"],
      truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the debate page: 'Skip to main content', the heading and the volume/date line left out (kept in `title`/`published`); the question and the minister's answer as the page gives them (speaker names are not in the excerpt); cut at the last full sentence.",
      text="""To ask the Secretary of State for Transport to make a statement on the problems occurring for passengers at Heathrow terminal 5 and the security measures in place at the terminal.

I thank the hon. Member for Chipping Barnet (Mrs. Villiers) for providing the opportunity to make a statement on the problems occurring for passengers at Heathrow’s terminal 5. The Secretary of State sends her apologies for being unable to respond to the question herself, but she is on a pre-arranged regional visit; I believe that the hon. Lady and the hon. Member for Lewes (Norman Baker) are aware of that.

Heathrow’s new terminal 5 opened to the public on Thursday 27 March. The terminal is operated by BAA plc, but British Airways is the sole airline using it. On 27 March, BA moved to T5 the majority of its short haul operations, which accounts for about 400 flights per day and some 34,000 passengers.

The management of terminal 5 is an operational matter for British Airways and BAA, but that does not mean that the Government are not taking a keen interest in seeing that the difficulties T5 has faced since it opened last week are addressed and resolved as quickly as possible. On its first day in operation, T5’s bespoke baggage system was affected by a number of issues. First, there were technical software problems, but more significantly BA’s challenge was integrating teams of staff, and it has been addressing this as a priority.

After 27 March, the baggage system became clogged as more bags were checked in than were being placed on aircraft. On a number of occasions, the system stopped functioning, which led to planes taking off without some or all of their luggage. BA has had to cancel short haul flights to ease the pressure on the baggage system. By the end of the weekend, some 28,000 bags had been placed in temporary storage."""),
 dict(id="uk-parliament-transport-committee-report-opening-terminal-5-2008", source=U_REP, licence=OPL,
      attribution=opl("House of Commons Transport Committee, 'The opening of Heathrow Terminal 5', Twelfth Report of Session 2007-08, HC 543, chapter 1 'Introduction'", U_REP),
      published="2008-11-03", title="The opening of Heathrow Terminal 5 — 1 Introduction", sector="airports / airlines", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="publications.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the chapter page: the page header ('Select Committee on Transport Twelfth Report') and chapter heading (kept in `title`), paragraph numbers 1-2 and footnote markers [1]-[4] left out; the quotation kept as a paragraph; cut before the cut-off paragraph 3. `published` is the report's publication day as its press notice (trans07-08pressnotice68) and its title page give it.",
      text="""BAA opened Heathrow's fifth terminal for business on 27 March, after six years of construction at a cost of £4.3bn, on time and within budget. Passengers had been promised a "calmer, smoother, simpler airport experience". Multiple problems, however, meant that on the first day of operation alone, 36,584 passengers were frustrated by the 'Heathrow hassle' that Terminal 5 (T5) had been designed to eliminate. What should have been an occasion of national pride was in fact an occasion of national embarrassment. Problems were experienced with the baggage system, car parking, security searches and aspects of the building itself. When the baggage system failed, luggage piled up to such an extent that it was transported by road to be sorted off-site. According to British Airways, 23,205 bags required manual sorting before being returned to their owners. We found that most of these problems were caused by one of two main factors: insufficient communication between owner and operator, and poor staff training and system testing. Over the course of our inquiry, we were pleased to find that steps were being taken at all levels to address the problems at the source of T5's problems.

During questions following a statement to the House on 31 March 2008 on T5 by the Minister (Jim Fitzpatrick), the then Chairman of the Committee, the late Gwyneth Dunwoody, asked:

"Will the Minister press both BAA and BA to answer some simple questions? How much training was given to baggage handlers? What facilities were available for people to get to work efficiently and on time? What is the real timetable for putting things back into operation after these disasters? If we do not have the answers to those questions soon, not only will the problem continue but it will continue to make Heathrow a disaster area.\""""),
]


def main():
    write_all(RECS, POOL)


if __name__ == "__main__":
    main()
