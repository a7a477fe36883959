#!/usr/bin/env python3
"""Batch 39b (session 40; helper gather40b): outages outside Ukraine told in Voice of America staff stories (public
domain, US federal government works), the VOA outage lane of batches 38l, 38s and 38ze taken to national blackouts
and internet or telecom failures. One text only, and it is a near-miss: within the time given the page store
returned no VOA staff story (no wire credit) on a blackout or network failure new to the corpus (see GATHERING
section 39b). The text: social media sites hard to reach in Chad for more than three months in 2016, critics
blaming President Idriss Deby's administration, the government silent, its communication minister declining to
comment to VOA, and access reported interrupted after the Zouhoura Ibrahim case of February (VOA, 'Chad Gives No
Reason for Blocking Social Media' by its address; the heading is not in the stored text), as voanews.com itself
holds it in the page store.
The text is the search tool's page-store excerpt (`search`, corpus `pages`), embedded here; photo captions, a
subheading and the broken last sentence are left out (notes). No word added or changed. newskg (or any extractor)
was not run on the text.
usage: batch39b.py [POOL_DIR] [--dry]   (default /tmp/gather40b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import VOA_PD, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40b/pool"

CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool and "
           "/tmp/gather40*/pool as they stood; file names only, no test or dev text read): 'Zouhoura', "
           "'N'Djamena', 'Ndjamena' -> no file; 'Deby', 'Idriss' -> only test wn-chad-orders-oil-companies-out-"
           "country-2006 (Deby ordering oil companies out of Chad, August 2006: another event), its gather scripts "
           "batch38e.py/batch38e_annotate.py and gather39e's pool copy of it; 'Chad' -> that text and texts on other "
           "subjects (no social-media block). The 2016 block of social media in Chad is new to the corpus")

R = []
# ---- Chad: social media sites hard to reach for more than three months, 2016 (a near-miss) -------------------------
U1 = "https://www.voanews.com/africa/chad-gives-no-reason-blocking-social-media"
R.append({
 "id": "voa-chad-social-media-blocked-deby-2016",
 "source": U1,
 "licence": VOA_PD,
 "attribution": ("Voice of America, story at voanews.com/africa/chad-gives-no-reason-blocking-social-media (its "
                 "heading is not in the stored text), undated (2016), US federal government work (public domain); "
                 "text as at " + U1),
 "published": None,
 "title": None,
 "text": (
 "For more than three months, it has been difficult to connect to social media sites in Chad. A few regular "
 "Internet users say they have been able to circumvent the restrictions through applications, but many have cried "
 "foul over what they see as a government crackdown on freedom of expression.\n\n"
 "Critics say the move is a deliberate attempt by the administration of longtime President Idriss Deby to restrict "
 "the sharing of information about two key issues: the rape of a young girl that gained international attention "
 "and Chad\u2019s recent elections.\n\n"
 "\u201cIf this isn\u2019t connected to politics, tell us clearly what it is,\u201d one Internet user in Chad told "
 "VOA. \u201cIn my opinion, the government fears that these networks will be used to mobilize a demonstration "
 "against the electoral holdup; it must be linked to politics.\u201d\n\n"
 "The Chadian government has not made any statements on the matter. VOA tried to contact the minister of "
 "communication for this story, but he declined to comment.\n\n"
 "In February, news surfaced that an 18-year-old girl, Zouhoura Ibrahim, was kidnapped and gang-raped on camera as "
 "she pleaded for help. The incident galvanized public outrage on social media and protesters took to the streets "
 "demanding accountability. Some of the alleged rape perpetrators were said to be sons of government officials. "
 "Social media access was interrupted, according to reports."),
 "sector": "telecoms/internet",
 "region": "non-US",
 "topics": ["outage", "regulatory"],
 "origin": "Voice of America website (page store)",
 "notes": (
 "The VOA story as voanews.com itself holds it in the page store (address www.voanews.com/africa/chad-gives-no-"
 "reason-blocking-social-media), found with 'Chad restores access to social media after 16 months, VOA "
 "N'Djamena' (rank 2) and again with 'Chad gives no reason for blocking social media; Internet users circumvent "
 "restrictions; VOA tried to contact the minister of communication' (rank 2). Left out: the photo caption printed "
 "twice at the head ('U.S. Ambassador to the United Nations Samantha Power meets with President Idriss Deby Itno "
 "at the presidential palace in N\u2019Djamena, Chad on April 20, 2016.'), a second photo caption ('FILE - "
 "Students look at a new app on their mobile device, where they can receive and share information in real-time in "
 "the event of a health crisis, epidemic(s), and natural disasters.'), the subheading 'Crackdown on Internet, "
 "social media', and the sentence the excerpt breaks off in ('Then, a few days before the inauguration of Deby and "
 "following a contentious pr'). The page store gives the page's beginning only, so the story is cut short "
 "(`truncated` true); single line breaks of the page are kept as paragraph breaks. No heading, byline or date line "
 "is in the stored text: `title` null (the address gives 'chad-gives-no-reason-blocking-social-media'), "
 "`published` null (the story is of 2016: the caption's 20 April 2016, 'Chad\u2019s recent elections' and 'a few "
 "days before the inauguration of Deby'; no day can be fixed). Wire check: the text as held credits no agency (no "
 "AP, Reuters, AFP byline or 'Some information for this report came from ...' line) and tells VOA's own "
 "reporting ('one Internet user in Chad told VOA', 'VOA tried to contact the minister of communication for this "
 "story'), so it is taken as a VOA staff story; doubtful: the excerpt stops before the page's foot, where a credit "
 "line could stand. Kept as written: 'Idriss Deby' (the caption's 'Idriss Deby Itno' is cut), 'holdup', "
 "'galvanized'. 221 words. " + CHECKED + "."),
 "truncated": True,
})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
