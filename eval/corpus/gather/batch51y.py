#!/usr/bin/env python3
"""Batch 51y (session 50; gatherer 51y): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k and 51s (UK public-
sector texts under the Open Government Licence v3.0), asked for gov.uk texts on company deals and posts: at most one
National Security and Investment Act final order per round (their shared wording), Enterprise Act public-interest pages,
other gov.uk news on named companies' deals. Two gov.uk pages, as gov.uk itself renders them in the page store (no
outage is told in either; see GATHERING section 51y):
- the Secretary of State's final order under the National Security and Investment Act 2021 on the rights and interests
  conferred to Emirates Telecommunications Group Company PJSC under its Strategic Relationship Agreement with Vodafone
  Group Plc (decision, 24 January 2024) - the round's one final order;
- the Secretary of State's statement of 20 June 2018 deciding not to refer to a Phase 2 investigation the acquisition by
  Trinity Mirror plc ('now known as Reach Plc') of certain publishing assets of Northern & Shell Media Group Limited,
  after the public interest intervention notice of 1 May 2018 (gov.uk news page; GATHERING section 16e left this
  statement 'for a later batch').
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title where
the excerpt shows one, gov.uk's labels ('Decision', 'Published ...') left out, paragraph numbers ('1.'-'7.') and list
marks ('i.'-'iii.', 'a.'-'c.') left out with each item kept as its own paragraph, paragraph breaks doubled (whitespace
only); both excerpts end with the page's last paragraph, so nothing was cut at the end; cuts per item in `notes`; no
word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch51y.py [POOL_DIR] [--dry]   (default /tmp/gather52y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52y/pool"
GOV = "UK government (gov.uk) text (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk pages used before: batch 24b's Storm Eunice statement, 51k's and 51s's decision pages and "
            "later gov.uk items): page labels left out, paragraph breaks doubled (whitespace only). ")
NSI_NOTE = ("A gov.uk 'Decision' page under the National Security and Investment Act 2021: the label 'Decision', the page "
            "heading (kept as title) and the line 'Published ...' (kept as `published`) left out; the paragraph numbers "
            "'1.'-'7.' and the list marks ('i.', 'ii.', 'iii.', 'a.', 'b.', 'c.') left out, each numbered paragraph and "
            "each list item kept as its own paragraph with its own punctuation (';', or none where the page has none). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md, /work/notes "
           "and /tmp/gather52*/pool as they stood; file names only, no test or dev text opened): ")


def att(who, kind, title, date, url):
    t = f" '{title}'," if title else ""
    return (f"{who}, {kind},{t} ({date}), Crown copyright, contains public sector information licensed under the Open "
            f"Government Licence v3.0; text as at {url}")


R = []
# ---- NSI Act: e& / Vodafone Group Plc, final order on the Strategic Relationship Agreement (24 January 2024) -------
u = ("https://www.gov.uk/government/publications/the-rights-and-interests-conferred-to-emirates-telecommunications-group-"
     "company-pjsc-under-the-strategic-relationship-agreement-with-vodafone-group-pl/the-rights-and-interests-conferred-"
     "to-emirates-telecommunications-group-company-pjsc-under-the-strategic-relationship-agreement-with-vodafone-group-pl")
t = ("The rights and interests conferred to Emirates Telecommunications Group Company PJSC under the Strategic "
     "Relationship Agreement with Vodafone Group PLC")
R.append(uk_rec("gov-uk-nsi-act-emirates-telecommunications-vodafone-strategic-relationship-final-order-2024", u,
 "2024-01-24", t, OGL,
 att("UK government (the Secretary of State)", "decision", t, "24 January 2024", u),
 "The Secretary of State has made a Final Order pursuant to section 26 of the National Security and Investment Act 2021 (“the Act”), which comes into force on 24 January 2024.\n\n"
 "The Parties who are subject to the order are:\n\n"
 "Vodafone Group Plc;\n\n"
 "Emirates Telecommunications Group Company PJSC\n\n"
 "Emirates Telecommunications Group Company PJSC, a public joint stock company incorporated in the United Arab Emirates has entered into a Strategic Relationship Agreement that will enable it materially to influence the policy of Vodafone Group Plc (“the Acquisition”).\n\n"
 "The Acquisition constitutes a trigger event under section 8(8) of the Act.\n\n"
 "The Secretary of State considers that a risk to national security will arise in relation to Vodafone Group Plc’s role in:\n\n"
 "supporting the UK Government’s domestic and international initiatives in the telecommunications sector;\n\n"
 "contributing toward ensuring UK cyber security;\n\n"
 "acting as a strategic supplier of services to many parts of the UK’s central government, including services provided to UK Government departments which are in support of national security.\n\n"
 "The final order requires the Parties to:\n\n"
 "Meet certain notification requirements in relation to any alteration to, or termination of the terms of the Strategic Relationship Agreement;\n\n"
 "Meet certain requirements relating to Vodafone’s board composition, board committee membership, and board committee functions;\n\n"
 "Establish a National Security Committee to oversee sensitive work that Vodafone and its group perform which has an impact on or is in respect of the national security of the United Kingdom;\n\n"
 "The Secretary of State considers that the Final Order is necessary and proportionate to mitigate the risk to national security.",
 "telecommunications; investment screening", "UK", "regulatory,deal",
 GOV_NOTE + NSI_NOTE + "The excerpt ends with paragraph 7, the order's closing formula, well short of the store's "
 "excerpt length, so the page text is taken as whole (`truncated` false). Kept as written: the second list item "
 "without a closing mark, the comma-less 'incorporated in the United Arab Emirates has entered', 'contributing "
 "toward', 'alteration to, or termination of the terms', the ';' that ends the last item of paragraph 6, 'Plc' in "
 "the text beside 'PLC' in the heading, the curly quotes. The URL's slug ends in '-vodafone-group-pl' as stored. Found "
 "with 'Acquisition of shares in Vodafone Group Plc by Emirates Telecommunications Group Company PJSC final order' "
 "(rank 3). Same matter, left out (one text per matter): wired-gov.net's copy of 'A statement from the Deputy Prime "
 "Minister, Oliver Dowden, on the Notice of the Final Order ...' (26 January 2024; about 130 words, names the "
 "minister). The round's one final order: it shares the Act's formulas (paragraph 1's 'has made a Final Order "
 "pursuant to section 26 ...', the list's lead-in, paragraph 7) with 51s's Centronic and FTDI orders; its trigger "
 "(material influence under section 8(8) through an agreement) and its parties differ. " + CHECKED + "'Emirates "
 "Telecommunications', 'Strategic Relationship Agreement', 'Oliver Dowden' (GATHERING.md's 51s note on Nvidia / Arm "
 "only) - no file; 'Etisalat' - Wikipedia texts on PTCL and a cable system (other matters); 'Vodafone Group Plc' - "
 "Wikipedia texts on Mannesmann and Vodafone Hutchison Australia (other matters); the Vodafone / Three UK merger (a "
 "Hansard debate in train) is another matter and its final order was not taken. The order is new to the corpus.",
 GOV, truncated=False))
# ---- DCMS: Trinity Mirror (Reach) / Northern & Shell publishing assets, no Phase 2 reference (20 June 2018) ---------
u = "https://www.gov.uk/government/news/statement-merger-between-trinity-mirror-plc-and-northern-shells-publishing-assets"
R.append(uk_rec("gov-uk-dcms-trinity-mirror-northern-shell-publishing-assets-no-phase-2-reference-2018", u,
 "2018-06-20", None, OGL,
 att("UK government (the Secretary of State)", "statement", None, "20 June 2018", u),
 "On 1 May 2018, I informed the House that I had issued a Public Interest Intervention Notice (PIIN) in respect of the acquisition by Trinity Mirror plc (now known as Reach Plc) of certain publishing assets of Northern & Shell Media Group Limited.\n\n"
 "The PIIN triggered the requirement for the Competition and Markets Authority (CMA) to report to me on jurisdictional and competition matters, and for Ofcom to report on the following two media public interest considerations:\n\n"
 "Firstly, the need for, to the extent that it is reasonable and practicable, a sufficient plurality of views in newspapers in each market for newspapers in the United Kingdom or a part of the United Kingdom; and\n\n"
 "Secondly, the need for free expression of opinion in newspapers.\n\n"
 "I received the CMA and Ofcom reports on Thursday 31 May and have today published these on the gov.uk website.\n\n"
 "I accept the CMA’s findings that whilst it is, or may be, the case that a relevant merger situation has been created, the merger does not give rise to a realistic prospect of a substantial lessening of competition in any market.\n\n"
 "I have also accepted Ofcom’s conclusions that the merger does not raise concerns in relation to plurality of views, nor does it raise concerns in relation to free expression of opinion in newspapers.\n\n"
 "In light of this, and having considered representations submitted by interested parties in response to the PIIN, I have written to the parties today confirming my decision not to refer the merger for a Phase 2 investigation.\n\n"
 "I have also notified the CMA, in accordance with section 56(1) of the Enterprise Act 2002, to now deal with the matter from a competition perspective.\n\n"
 "The role of the Secretary of State in this process is quasi-judicial and procedures are in place to ensure that I act independently and have followed a process which is fair and impartial.",
 "newspapers/media; merger control", "UK", "regulatory,deal",
 GOV_NOTE + "A gov.uk news page (a ministerial statement): the excerpt begins with the statement's first paragraph and "
 "shows no heading, so `title` is null (the URL's slug reads 'statement-merger-between-trinity-mirror-plc-and-northern-"
 "shells-publishing-assets'; no heading is made up from it); `published` 2018-06-20 from the page store's date line, "
 "which the text's 'today' and the CMA case page's '20 June 2018: Secretary of State and CMA decisions published' "
 "agree with. The excerpt ends with the statement's closing formula ('... fair and impartial.'), so the text is taken "
 "as whole (`truncated` false). The statement's author is not named in the text ('I', 'the Secretary of State'); "
 "news copies name him, but nothing outside the text is asserted. Kept as written: 'Trinity Mirror plc (now known as "
 "Reach Plc)', 'Thursday 31 May' without a year, 'the gov.uk website', the curly apostrophes. Found with 'Matt Hancock "
 "decision not to intervene Trinity Mirror acquisition Northern & Shell Express newspapers' (the gov.uk collection "
 "page at rank 7) and 'Statement: merger between Trinity Mirror plc and Northern & Shell's publishing assets "
 "Secretary of State decision not to refer Phase 2' (rank 1). Same matter, left out (one text per matter; this one "
 "closes it): the statement of 1 May 2018 issuing the PIIN (gov.uk news, rank 3), the gov.uk collection page, the CMA "
 "case page (a timetable), news copies (printweek, City AM, Belfast Telegraph, channel103, britainpost, Press "
 "Gazette, Prolific North, Yahoo). " + CHECKED + "'Trinity Mirror', 'Northern & Shell', 'Reach Plc' - no text file; "
 "GATHERING.md names 'a gov.uk statement on Trinity Mirror/Northern & Shell (OGL v3.0, open, but not one of the "
 "licences this batch's brief listed; left for a later batch)' in section 16e's notes (that brief's licence list, "
 "not a rejection of the text). The matter is new to the corpus.",
 GOV, truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
