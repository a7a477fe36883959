#!/usr/bin/env python3
"""Batch 52l (session 53; gatherer lane l): English Wikinews (CC BY 2.5) company news as the search tool's page store
holds the rendered article on en.wikinews.org, the Wikinews lane after batches 40q and 43b (which took their texts
from the toscaData R package, now used up) — one text:
- a fast-food chain lobbying British MPs and starting an online petition to have the word 'McJob' removed from the
  Oxford English Dictionary or its definition changed, an MP tabling a Commons motion in its support, the
  dictionary's compilers answering, and the word's use in a 1991 novel (Wikinews, Friday 25 May 2007).
How found: `search` corpus `pages` with title-shaped queries. Generic topic queries ('Wikinews chief executive
resigns company', '... acquires ...', '... outage ...', '... minister ...', with and without 'en.wikinews.org' or
the site's boilerplate) return news sites and Wikimedia-about-Wikimedia pages only; a query on the site's licence
line brought up unattributed blog copies of Wikinews articles (sszh.org/page/158 among them), whose McJob heading
was then asked for as written, which returned the en.wikinews.org page itself (the text here is taken from that
page, not from the copy).
How the text was cut (the store keeps about 2,000 characters of a page): the page chrome ('From Wikinews, the free
news source you can write!', 'Jump to navigation Jump to search'), the heading (kept as `title`), the date line
'Friday, May 25, 2007' (kept as `published`) and the photo caption 'A McDonald's restaurant in Exeter in Devon, UK.'
/ 'Image: Billy Hicks.' left out; the article's pull-quote box (six sentences of the MP's words, then the line
'— Clive Betts, MP') left out, as a quote template set apart from the report's paragraphs (its words stand in no
running sentence; a doubtful cut, noted in `notes`); the text ends at the last full sentence before the excerpt
breaks off (the next paragraph 'In 2003, Merriam-Webster included McJob in the Merriam-Webster's Collegiate
Dictio...' is cut), so `truncated` is true. No word added or changed; each kept paragraph and the title are checked
by `check_src` to be one contiguous run of the saved excerpt (/tmp/gather53l/src/mcjob.txt) when it is present.
newskg (or any extractor) was not run on the text.
usage: batch52l.py [POOL_DIR] [--dry]   (default /tmp/gather53l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53l/pool"
SRC = "/tmp/gather53l/src"

CHECK = ("names checked before annotation against train/dev/test (file texts), GATHERING.md, every gather script and "
         "every /tmp/gather53*/pool: 'McJob', 'Clive Betts', 'Sheffield Attercliffe', 'Coupland', 'Oxford English', "
         "the address and the id — none; 'McDonald's' only in files on other matters")

MCJOB_URL = "https://en.wikinews.org/wiki/McDonald%27s_petitions_Oxford_English_Dictionary_to_remove_the_word_McJob"
MCJOB_TITLE = "McDonald's petitions Oxford English Dictionary to remove the word McJob"
MCJOB_PARAS = [
 "The Oxford English Dictionary (OED) defines McJob as \"an unstimulating, low-paid job with few prospects.\" The "
 "McDonald's fast-food giant has begun a campaign to have the word removed from the dictionary, or to have its "
 "definition changed, by lobbying British MPs. The company has also set up an online petition with the slogan "
 "\"Change the definition. Sign the petition.\"",
 "Clive Betts, MP for Sheffield Attercliffe agrees with the restaurant chain. Betts has tabled a Commons motion on "
 "the issue. The motion has so far gained the support of 15 other MPs.",
 "The compilers of the OED point out that they merely record the description of how the word is used, rather than "
 "prescribe how it should be used. The term, McJob, has been in usage at least 20 years, they say. It was "
 "popularised in 1991 in Douglas Coupland's novel Generation X: Tales for an Accelerated Culture as one of the "
 "margin definitions. Here it was described as \"a low-pay, low-prestige, low-dignity, low benefit, no-future job "
 "in the service sector. Frequently considered a satisfying career choice by people who have never held one.\"",
]


def check_src(name, title, paras):
    """Each paragraph and the title must be one contiguous run of the saved excerpt, where it is saved."""
    path = os.path.join(SRC, name)
    if not os.path.exists(path):
        return
    src = open(path, encoding="utf-8").read()
    for p in [title] + paras:
        if p not in src:
            sys.exit(f"not a contiguous run of {path}: {p[:60]!r}")


def mcjob():
    check_src("mcjob.txt", MCJOB_TITLE, MCJOB_PARAS)
    return {"id": "wn-mcdonalds-petitions-oxford-english-dictionary-remove-2007", "source": MCJOB_URL,
            "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{MCJOB_TITLE}', 2007-05-25, {MCJOB_URL} (CC BY 2.5)",
            "published": "2007-05-25", "title": MCJOB_TITLE, "text": "\n\n".join(MCJOB_PARAS),
            "sector": "restaurants/fast food", "region": "non-US", "topics": ["lobbying", "campaign", "reputation"],
            "origin": "Wikinews (page store)",
            "notes": "The rendered Wikinews article as the search tool's page store holds it (found with `search` pages "
                     "on its heading, after a query on the site's licence line showed the heading on an unattributed "
                     "blog copy). Left out: the site lines ('From Wikinews, the free news source you can write!', "
                     "'Jump to navigation Jump to search'), the heading (kept as `title`), the date line 'Friday, May "
                     "25, 2007' (kept as `published`), the photo caption 'A McDonald's restaurant in Exeter in Devon, "
                     "UK.' / 'Image: Billy Hicks.', and the pull-quote box between the second and third paragraphs "
                     "(six sentences of the MP's words from 'It is indicating that the jobs they are doing are "
                     "worthless' to 'They put a lot of effort into that.', then '— Clive Betts, MP'): a quote "
                     "template set apart from the report (a doubtful cut: the words are the article's). Cut at the "
                     "last full sentence before the excerpt breaks off, before 'In 2003, Merriam-Webster included "
                     "McJob in the Merriam-Webster's Collegiate Dictio'. No word added or changed. " + CHECK + ".",
            "truncated": True}


def main():
    return [mcjob()]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)
