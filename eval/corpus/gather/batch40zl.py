#!/usr/bin/env python3
"""Batch 40zl (session 41, gatherer 40zl): European Commission competition items on named companies, their parents
and subsidiaries, the lane of batches 10, 15b, 21c, 22b, 22c, 24b and 40zj (EC texts, CC BY 4.0):
  - the Commission's press release opening an in-depth investigation into the proposed acquisition of joint control
    of Terminal Catalunya (TERCAT, 'currently owned by Hutchison Ports') by Terminal Investment Limited Holding (TIL,
    'part of the MSC Mediterranean Shipping Company Holding group') and Hutchison Ports (December 2025), as
    europeansting.com reproduces it;
  - the Commission's press release fining Exide, FET (with its predecessor Elettra), Rombat and the trade association
    EUROBAT about €72 million for an automotive starter battery cartel, Clarios (formerly JC Autobatterie) not fined
    as the leniency applicant (15 December 2025), as europeansting.com reproduces it.
Text is the search tool's page-store excerpt (corpus `pages`). Cuts are headings, captions, the copy's own lines and
the ends where the excerpt breaks off (see each record's `notes`); no word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch40zl.py [POOL_DIR] [--dry]   (default /tmp/gather41zl/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch10 import EC as EC_LIC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zl/pool"
EC_COPY = "European Commission press release, copy on a third-party site (page store)"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -rliw over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-41 pools /tmp/gather41*/pool: ")
STING = ("europeansting.com prints the Commission's release under the line 'This article is brought to you in "
         "association with the European Commission.' (left out, as the site's own words)")


def ec_att(title, date, url):
    return (f"© European Union, European Commission, press release '{title}' ({date}); reuse authorised under "
            f"CC BY 4.0; text as reproduced at {url}")


def rec(id, url, published, title, text, sector, region, topics, attribution, notes, truncated):
    return {"id": id, "source": url, "licence": EC_LIC, "attribution": attribution, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": EC_COPY, "notes": notes, "truncated": truncated}


R = []
# ---- TERCAT / TIL / Hutchison Ports: in-depth merger investigation (December 2025), europeansting.com copy ----------
t = ("Commission opens in-depth investigation into the proposed acquisition of joint control over TERCAT by TIL and "
     "Hutchison Ports")
u = ("https://europeansting.com/2025/12/11/commission-opens-in-depth-investigation-into-the-proposed-acquisition-of-"
     "joint-control-over-tercat-by-til-and-hutchison-ports")
R.append(rec(
 "ec-tercat-til-hutchison-ports-in-depth-investigation-barcelona-2025", u, "2025-12-11", t,
 "The European Commission has opened an in-depth investigation to assess, under the EU Merger Regulation, the "
 "proposed acquisition of joint control of Terminal Catalunya (\u2018TERCAT\u2018) by Terminal Investment Limited "
 "Holding (\u2018TIL\u2018) and Hutchison Ports. The Commission has preliminary concerns that the transaction may "
 "lead to higher prices or reduced quality of container terminal services at the port of Barcelona, Spain.\n\n"
 "TERCAT, currently owned by Hutchison Ports, operates the Barcelona Europe South Terminal in Barcelona, Spain "
 "(\u2018BEST\u2018), which is the main deep-sea gateway for cargo to and from Barcelona and its hinterland. TIL is a "
 "leading port operator and is part of the MSC Mediterranean Shipping Company Holding (\u2018MSC\u2018) group, a "
 "global leader in container shipping with significant operations in the port of Barcelona.\n\n"
 "The preliminary investigation indicates that the transaction may significantly reduce competition in the market "
 "for the provision of container terminal services at the port of Barcelona and potentially lead to higher prices "
 "and lower quality of services for container liner shipping companies competing with MSC.\n\n"
 "In particular, the Commission preliminarily found that:\n\n"
 "Container terminal services at the port of Barcelona are an important input for the provision of container liner "
 "shipping services for cargo to and from Barcelona and its hinterland.\n\n"
 "The merged entity may foreclose competing container liner shipping companies by providing preferential treatment "
 "to MSC for theuse of BEST\u2019s container terminal services. Such discriminatory treatment may notably take the "
 "form of higher prices, late access to the berth, limited availability of cranes and storage space for MSC\u2019s "
 "competitors.\n\n"
 "Such partial foreclosure may be a profitable strategy for the merged entity.",
 "ports, container shipping (merger control)", "EU", "deal,regulatory",
 ec_att(t, "December 2025", u),
 "The Commission's press release as europeansting.com reproduces it (" + STING + "; the heading kept as title). "
 "How the copy was checked for the Commission's words: its opening sentence is word for word the item's opening on "
 "the Commission's own merger newsroom (ec.europa.eu/newsroom/comp/items/topic/2390, as stored: 'The European "
 "Commission has opened an in-depth investigation to a[ssess]...'), and the sentence 'Container terminal services at "
 "the port of Barcelona are an important input ...' is the one gcaptain.com quotes as the Commission's statement; "
 "the copy adds nothing inside the text. Cut: the sub-heading 'The Commission\u2019s preliminary concerns' (before "
 "the third paragraph); the list markers ('- ') of the two findings, now paragraphs; the excerpt's end, which runs "
 "'entity.In addition, foreclosed container liner shipping companies appea...' and breaks off (cut after 'entity.', "
 "`truncated`). Kept as written: the copy's quote marks (\u2018TERCAT\u2018 with two opening marks), 'theuse' (a "
 "missing space in the copy). `published` 2025-12-11: the copy's date in its address (a Thursday); the excerpt carries "
 "no date line, and the notification of 5 November 2025 (informare.it, gcaptain.com: 'notified to the Commission on "
 "November 5, 2025', 'Following today's decision to open Phase II') fits; doubtful only as not read on the "
 "Commission's page. 265 words. News reports of it (antitrust-intelligence.com, gcaptain.com, oceancrew.org, "
 "trasportoeuropa.it, informare.it: paraphrases, copyrighted) not taken. Found with 'Commission opens in-depth "
 "investigation into the proposed acquisition of joint control over TERCAT by TIL and Hutchison Ports Barcelona "
 "container terminal' (rank 1), after the newsroom page topic/2390 named the item. "
 + CHECK + "'TERCAT', 'Terminal Catalunya', 'Terminal Investment', 'Mediterranean Shipping', 'Barcelona Europe "
 "South', 'Hutchison Ports': 0 everywhere ('container terminal' only in files on other companies).", True))

# ---- Automotive starter batteries cartel: Exide, FET, Rombat, EUROBAT fined (15 December 2025), europeansting copy --
t = "Commission fines automotive starter battery manufacturers and association €72 million for participating in a cartel"
u = ("https://europeansting.com/2025/12/15/commission-fines-automotive-starter-battery-manufacturers-and-association-"
     "e72-million-for-participating-in-a-cartel")
R.append(rec(
 "ec-automotive-starter-battery-cartel-exide-fet-rombat-eurobat-2025", u, "2025-12-15", t,
 "The European Commission has fined three automotive starter battery manufacturers, Exide, FET (including its "
 "predecessor Elettra)and Rombat, as well as the trade association EUROBAT, a total of around €72 million for "
 "participating in a long-running cartel concerning automotive starter batteries, together with Clarios (formerly JC "
 "Autobatterie), in breach of EU antitrust rules. This cartel restricted competition and may have led to higher "
 "prices for the manufacturing of cars and trucks in Europe.\n\n"
 "Clarios was not fined, as it revealed the cartel to the Commission under the leniency programme. In parallel, the "
 "Commission has closed proceedings against automotive starter battery manufacturer Banner and the service provider "
 "Kellen.\n\n"
 "The Commission\u2019s investigation revealed that, for more than 12 years, the four manufacturers, Clarios, Exide, "
 "FET and Rombat, together with EUROBAT, entered into anticompetitive agreements and engaged in concerted practices "
 "related to the sale of automotive starter batteries to automotive original equipment manufacturers (\u201cOEMs\u201d) "
 "in the European Economic Area (\u201cEEA\u201d). Automotive starter batteries are primarily used in vehicles powered "
 "by combustion engines, such as passenger cars or trucks. Lead is the most important input material and cost factor "
 "for these batteries, and battery producers pay a premium to suppliers to procure lead with the necessary quality.",
 "automotive parts (antitrust, cartel)", "EU", "regulatory",
 ec_att(t, "15 December 2025", u),
 "The Commission's press release as europeansting.com reproduces it (" + STING + "; the heading kept as title). "
 "How the copy was checked for the Commission's words: its first paragraph is word for word the item on the "
 "Commission's own cartels newsroom (ec.europa.eu/newsroom/comp/items/topic/2391, as stored), and its first three "
 "paragraphs are word for word miragenews.com's copy of the release, but for one missing space ('Elettra)and', the "
 "newsroom and miragenews.com have 'Elettra) and': kept as the copy prints it). Cut: the photo caption 'Close-up view "
 "of a car's engine compartment, ... (Credit: Unsplash)'; the sub-heading 'The infringement' (before the third "
 "paragraph); the excerpt's end, which breaks off inside the next paragraph ('... (the so-called EUROBAT premiu', cut "
 "before its first sentence, `truncated`; the Executive Vice-President's quotation comes later in the release and is "
 "not in the excerpt). `published` 2025-12-15: the copy's date in its address (a Monday), as nazaligundem.com "
 "('European Commission - 15.12.2025') and eubusiness.com (15 December 2025) date the release. 202 words. News reports "
 "of it (eubusiness.com, europeaninterest.eu, grcreport.com, antitrust-intelligence.com, ilmessaggero.it, "
 "euperspectives.eu: rewritten, copyrighted) not taken. Found with 'Commission fines automotive starter battery "
 "manufacturers Exide FET Elettra Rombat EUROBAT Clarios JC Autobatterie cartel' (ranks 3 and 4), after the newsroom "
 "page topic/2391 named the item. "
 + CHECK + "'Exide', 'Rombat', 'EUROBAT', 'Clarios', 'Elettra', 'JC Autobatterie', 'starter batter', 'Kellen': 0 "
 "everywhere ('FET' and 'Banner' only as other words in unrelated files). The cartels newsroom page that carries this "
 "item also carries the Bategu v Commission item, which a dev file holds by name (file name only): the newsroom page "
 "not taken.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)
