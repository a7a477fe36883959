#!/usr/bin/env python3
"""Batch 10c: two rendered English Wikinews articles (CC BY 2.5) on leadership changes that the search tool's page
store holds and that no Wikinews dump used earlier contains (checked by title and text against the corpus and pool),
found after batch 10b was committed and before newskg was run on any batch-10 file. Same editing rules as batch10.py.
usage: batch10c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all  # noqa: E402

POOL = sys.argv[1] if len(sys.argv) > 1 else "/work/corpus-work/pool"
RECS = [
 dict(id="wn-lord-burns-confirmed-new-chairman-channel-4-2009",
      source="https://en.wikinews.org/wiki/Lord_Burns_confirmed_as_new_chairman_of_Channel_4", licence="CC BY 2.5",
      attribution="Wikinews contributors, 'Lord Burns confirmed as new chairman of Channel 4', https://en.wikinews.org/wiki/Lord_Burns_confirmed_as_new_chairman_of_Channel_4",
      published="2009-11-05", title="Lord Burns confirmed as new chairman of Channel 4", sector="media (broadcasting)", region="non-US",
      topics=["leadership"], truncated=False, origin="en.wikinews.org rendered page (search tool page store)",
      notes="Rendered page text: 'Jump to content', heading, 'Checked', site tagline, date line, the pull-quote box ('I am delighted to be joining Channel 4. —Lord Burns', repeated in the body) and the 'Sources' heading left out.",
      text="""Lord Terence Burns has been confirmed as the new chairman of British television channel Channel 4.

Burns, who was the Permanent Secretary to the Treasury from 1991 to 1998, will take the position on January 24, 2010. He will replace the former chairman, Luke Johnson, who is now retiring. Luke was chairman of Channel 4 since early 2004.

Lord Burns will also immediately take the position to try and find a new chief executive alongside Luke Johnson, after it was announced that the current chief executive Andy Duncan was to retire after being in the position for five years. Speaking about joining the corporation for the channel, Burns said: "I am delighted to be joining Channel 4. This is a time of great change as we experience the impact of the rapid development of digital technology in the communications sector and Channel 4 has a very special and continuing role to play."

Colette Bowe is the current chairman of Office of Communications, or Ofcom, an independent regulator and competition authority for the communication industries in the United Kingdom. Speaking about this announcement, Bowe said: "He [Lord Burns] has an outstanding record of public service and a real depth of commercial expertise. He will provide strong leadership at a time of considerable change in the broadcasting world. I would also like to pay tribute to Luke Johnson’s tremendous contribution to Channel 4 in a period during which it has enjoyed considerable success.\""""),
 dict(id="wn-sue-gardner-appointed-wikimedia-foundation-executive-director-2007",
      source="http://www.th3blogs.com/sue-gardner-appointed-as-wikimedia-foundation-executive-director/", licence="CC BY 2.5",
      attribution="Wikinews contributors, 'Sue Gardner appointed as Wikimedia Foundation Executive Director', https://en.wikinews.org/w/index.php?title=Sue_Gardner_appointed_as_Wikimedia_Foundation_Executive_Director&oldid=1374445 (text as copied at http://www.th3blogs.com/sue-gardner-appointed-as-wikimedia-foundation-executive-director/)",
      published="2007-11-29", title="Sue Gardner appointed as Wikimedia Foundation Executive Director", sector="non-profit (internet)", region="US",
      topics=["leadership"], truncated=False, origin="Wikinews article as copied by a blog that names the Wikinews revision (search tool page store)",
      notes="The Wikinews article (revision 1374445) as a blog copied it with its 'Retrieved from' line; the date line and that line left out; the Wikinews disclosure template sentence kept (it is part of the rendered article).",
      text="""This article mentions the Wikimedia Foundation, one of its projects, or people related to it. Wikinews is a project of the Wikimedia Foundation.

According to a resolution that was added by Wikimedia Board Chair Florence Devouard on the Foundation’s website, Sue Gardner has been confirmed as the new Executive Director for the Foundation.

The resolution was approved by 4 of the 7 members of the Board including Jimmy Wales, and Devouard. Board Member Erik Moeller recused himself from the decision for reasons unknown to Wikinews at time of publication.

Gardner will formally begin the position on December 1, 2007. She will retain her position as Foundation Advisor and Special Consultant."""),
]


def main():
    write_all(RECS, POOL)


if __name__ == "__main__":
    main()
