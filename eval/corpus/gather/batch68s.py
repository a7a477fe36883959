#!/usr/bin/env python3
"""Batch 68s (session 62; gatherer lane 68s, outage texts): three US federal texts of the Western Area Power
Administration (WAPA, a power marketing administration of the Department of Energy) on storms that took its Upper
Great Plains transmission lines out and cut power in the Dakotas, new to the corpus (no corpus file, gather script,
GATHERING.md line, session-62 pool or /work/notes/gather69/CLAIMS.txt line names the North Dakota ice storm of
Christmas 2023, the April 2010 ice storm or the South Dakota storms of 19 June 2015, nor any of their lines, places
or people), in the outage lane of batches 35b and 35j (WAPA's and BPA's own pages) and 63e-67p:
  - wapa.gov, 'Upper Great Plains crews respond to North Dakota ice storm damage' (undated; the storm of Dec. 25,
    2023) -- 20,000 residents in North Dakota without power, WAPA's Carpenter-Watertown, Fort Thompson-Oahe, Hebron-
    Mandan, Fargo-Moorhead and Valley City-Elliot lines out of service, with Marc Kress, acting regional manager;
  - blog.wapa.gov, 'No joking around after April Fools' Day ice storm' (May 24, 2010, the blog's day archive) -- the
    ice storm of April 2 that downed two of Western's North Dakota lines, power restored southwest of Mandan within 18
    days and the last damaged line energized on May 21, with Tom Price, North Dakota Maintenance Manager;
  - wapa.gov, 'UGP crews respond to severe SD storms' (News features 2015, undated) -- thunderstorms of June 19 that
    destroyed more than 120 Western structures in South Dakota, six Western lines out of service and wholesale and
    retail customers out of power.
US federal government works (17 U.S.C. 105), each on WAPA's own site (first-party). The texts are the search tool's
page-store excerpts (corpus `pages`; never a whole page), saved verbatim to /tmp/gather69s/src by
/tmp/gather69s/mk_src.py (1,992, 1,979 and 1,976 characters). Left out: the ice-storm page's photo credit ('Photo by
Marc Kress'), the bullet marks ('- ') of its list of tripped lines (each item kept as its own paragraph, as batches
35j and 47-64 kept bullets); the blog's two photo descriptions and two captions ('A man in the foreground and one in
bucket prepare to fix a wood pole', 'Crews work to get wood structures assembled.', 'A man walks in front of a tractor
pulling conductor back on to the structure.', 'Crews begin to restring conductor.'); the 2015 page's breadcrumb line
('WAPA >> Newsroom >> News features >> 2015'), media line ('WAPA's Media Line: 720-962-7411'), byline ('by Lisa
Meiman', kept in the attribution) and subheading ('Robust, redundant system streamlines repair'); the headlines ->
`title`. Cuts (`truncated`, each before the sentence its excerpt breaks off): the ice-storm page after '... Walking
across a stubble field was extremely challenging.' (before 'It was icy, and the ice chunks on the stubb'); the blog
after '... energized the last of the damaged lines on May 21.' (before the next post's 'Catching up on planne'); the
2015 page after '... and all other equipment.' (before 'Even after the lines are returned to '). No word added or
changed; `verify()` checks that every kept paragraph and title is in its saved excerpt, whitespace runs compared as
one space. newskg (or any extractor) was not run on the texts. Round notes: /tmp/gather69s/NOTES.md.
usage: batch68s.py [POOL_DIR] [--dry]   (default /tmp/gather69s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69s/pool"
SRC = "/tmp/gather69s/src"

CHECKED = ("Checked before annotation, by its names, lines, places and dates, against the corpus files (grep -rilF "
           "over train, dev and test: names of matching files only; no test or dev file opened), GATHERING.md, every "
           "gather script, the session-62 pools (/tmp/gather69*/pool) and /work/notes/gather69/CLAIMS.txt (no line "
           "named it when checked), and claimed there (a line '68s: ...'): ")
WAPA = ("A page of the Western Area Power Administration (a federal power marketing administration of the Department "
        "of Energy) on its own site, written by its public-affairs staff: a US federal work (public domain), "
        "first-party, as batches 35b and 35j took WAPA's newsroom and 'Closed Circuit' pages. ")


def att(kind, title, author, date, url):
    """The attribution of one WAPA page: kind of item, author where the page names one, title and date."""
    by = (" by " + author) if author else ""
    return ("U.S. Department of Energy, Western Area Power Administration, " + kind + by + ", '" + title + "', "
            + date + ", US federal government work (public domain); text as the search tool's page store holds "
            + url)


KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- electricity transmission, US: North Dakota ice storm of Dec. 25 (2023), WAPA's lines out (wapa.gov, undated) ----
U1 = "https://www.wapa.gov/ice-storm-response-2/"
T1 = "Upper Great Plains crews respond to North Dakota ice storm damage"
P1 = [
 "While many Americans were busy unwrapping presents and embracing family friends over the Christmas holiday last "
 "week, power-transmission line repair crews from the Western Area Power Administration and local partners were busy "
 "responding to a severe ice storm that slammed North Dakota and disrupted power for thousands.",
 "Beginning Dec. 25, a strong winter storm pummeled the state, spreading layers of ice across the Interstate 94 "
 "corridor from Bismarck to Grand Forks. In N.D., 20,000 residents were without power as the ice storm wreaked havoc "
 "on local homes and businesses, with the state\u2019s governor declaring a state of emergency.",
 "Meanwhile, WAPA crews had to contend with several major power transmission lines out of service. Those included "
 "the Carpenter-Watertown 230kV line, Fort Thompson-Oahe No. 1 230kV line, Fort Thompson-Oahe No. 2 230kV line, "
 "Hebron-Mandan 230kV line, Fargo-Moorhead 230kV line, and the Valley City-Elliot 115kV line.",
 "Other lines tripped included:",
 "the Fargo-Moorhead 230kV line,",
 "the Valley City-Elliot 115kV line,",
 "the Edgeley-Forman 69kV line,",
 "the Edgeley-Brown County 115-kV line.",
 "Crews were dispatched when conditions were safe enough once reports of damage from thick ice came into WAPA\u2019s "
 "response center.",
 "Acting regional manager and Director of Transmission and Construction for WAPA\u2019s Upper Great Plains region, "
 "Marc Kress, recalled the firsthand conditions.",
 "\u201cBy Dec. 28, the major roads were in relatively good condition, but in the Jamestown area, keeping a vehicle "
 "on the gravel roads at ten mph or less was hard because they were so iced over. I talked to a co-op lineman at the "
 "Jamestown gas station, and he said they were in the ditch more than they had been on the road the day before. "
 "Every blade of grass had an inch-and-a-half of ice built up on it. Walking across a stubble field was extremely "
 "challenging."]
KEPT["us-wapa-north-dakota-ice-storm-transmission-lines-out-2023"] = ("wapa-ice-storm-response-2-2023.txt", T1, P1)
R.append(federal(
 "us-wapa-north-dakota-ice-storm-transmission-lines-out-2023", U1, None, T1, "\n\n".join(P1),
 "energy/electricity transmission", "outage,ice storm,transmission lines",
 att("newsroom article", T1, None, "date not shown in the stored page", U1),
 "wapa.gov newsroom page (search tool page store)",
 WAPA + "Taken from the second of two renderings of the page that the store returned for the same query (query 13: "
 "rank 1 runs from an image description and the credit through a caption, 'Line crews with the Western Area Power "
 "Administration work to repair an insulator string on a line south of Windsor, N.D., damaged by recent ice storms "
 "on Dec. 28, 2023 ...', and breaks off at 'Acting regional manager and Director of'; rank 2, used, has no caption "
 "and runs on through Marc Kress's quotation); the two agree word for word where both run. Left out: the credit "
 "line 'Photo by Marc Kress' and the bullet marks ('- ') of the list of tripped lines, each item kept as its own "
 "paragraph (no full stops added). Cut inside Kress's quotation after '... Walking across a stubble field was "
 "extremely challenging.', before the sentence the excerpt breaks off ('It was icy, and the ice chunks on the "
 "stubb'; `truncated`), so the quotation is left open. No word added or changed. Kept as written: 'embracing family "
 "friends' (no 'and'), '230kV' beside '115-kV', the Fargo-Moorhead and Valley City-Elliot lines named in both the "
 "out-of-service sentence and the list of tripped lines, 'N.D.', 'the state\u2019s governor' (unnamed), the curly "
 "apostrophes and quotation mark, 'Director of Transmission and Construction' capitalised, 'firsthand', "
 "'inch-and-a-half'. `published` null: the stored page shows no date and the kept text no year ('Beginning Dec. 25', "
 "'By Dec. 28', 'last week'); the storm is that of 25-27 December 2023 (the rank-1 rendering's caption, 'Dec. 28, "
 "2023', and news of 29-30 December 2023 on the North Dakota governor's emergency declaration: not used), hence the "
 "id's year, but by GUIDELINES the day-and-month expressions stay undated. 293 words (whitespace-split), eleven "
 "paragraphs. Outage told: 'In N.D., 20,000 residents were without power as the ice storm wreaked havoc on local "
 "homes and businesses' (no utility named), while 'WAPA crews had to contend with several major power transmission "
 "lines out of service'. Found at ranks 1-2 of 'Upper Great Plains crews respond to North Dakota ice storm damage "
 "WAPA Carpenter-Watertown 230kV line out of service' (query 13; first seen at rank 7 of query 12). One text per "
 "matter: the Christmas 2023 ice storm in North Dakota; the Christmas 2016 blizzard at the Summit Substation (batch "
 "35b, train) is another matter. " + CHECKED + "'Carpenter-Watertown', 'Hebron-Mandan', 'Fort Thompson-Oahe', "
 "'Valley City-Elliot', 'Edgeley', 'Marc Kress', 'ice-storm-response', 'Interstate 94', 'stubble': 0 hits; 'Grand "
 "Forks' and 'Jamestown' only in other senses (other texts, other matters).",
 True))

# ---- electricity transmission, US: North Dakota ice storm of April 2, 2010 (blog.wapa.gov, May 24, 2010) ------------
U2 = "http://blog.wapa.gov/wordpress/?m=20100524"
T2 = "No joking around after April Fools\u2019 Day ice storm"
P2 = [
 "April 2 came with an icy North Dakota surprise, but it was no April Fools\u2019 joke!",
 "The ice storm that swept through the North Dakota country side brought several power lines to the ground, "
 "twisting and mangling dozens of the lines\u2019 supporting steel and wood structures. Specifically, Western lost 56 "
 "wood structures and 66 steel structures on two different lines. Additionally, local utilities lost lines as well.",
 "As soon as it was safe and the storm had passed, Western and several of its customers sent crews out to start "
 "restoring the grid and returning power to consumers in the area. Within 18 days our crews repaired 56 wood-pole "
 "structures and restored power southwest of Mandan, N.D.",
 "Then crews moved on to repair damage on the steel 230 kV line west of Mandan. \u201cCrews from North and South "
 "Dakota, Montana, Colorado and Wyoming immediately moved on to repair or replace steel structures with more than 100 "
 "wood pole structures on one of our Bismarck lines,\u201d said North Dakota Maintenance Manager Tom Price.",
 "Throughout April and May, Western crews juggled their commitments to work and schedule outages in their usual "
 "service territories while helping with in the North Dakota restoration project. \u201cWhile some employees had to "
 "come and go to keep other work in progress, most were there until the more than 100 structures were set,\u201d "
 "said Tom.",
 "Once a majority of the work was complete, many of Western\u2019s crews headed back home. \u201cThen the remaining "
 "crews handled getting the transmission lines reconnected and secure,\u201d said Tom. Finally, after more than a "
 "month and a half of sun up to sun down repair work, Western energized the last of the damaged lines on May 21."]
KEPT["us-wapa-april-fools-ice-storm-mandan-lines-restored-2010"] = ("wapa-blog-april-fools-ice-storm-2010.txt", T2, P2)
R.append(federal(
 "us-wapa-april-fools-ice-storm-mandan-lines-restored-2010", U2, "2010-05-24", T2, "\n\n".join(P2),
 "energy/electricity transmission", "outage,ice storm,transmission lines,restoration",
 att("blog post (blog.wapa.gov)", T2, None, "2010-05-24 (the blog's day archive, ?m=20100524)", U2),
 "blog.wapa.gov page (search tool page store)",
 WAPA + "The post as the blog's WordPress day archive for 24 May 2010 (?m=20100524) shows it first; `published` "
 "2010-05-24 from that address (the excerpt has no date line; doubtful: the archive's day is the post's day by "
 "WordPress's scheme, and the text's 'May 21' fits it). 'Western' is the short name the agency used for itself "
 "until about 2015 (the full name is in no kept line). Left out: two photo descriptions ('A man in the foreground "
 "and one in bucket prepare to fix a wood pole', 'A man walks in front of a tractor pulling conductor back on to the "
 "structure.') and two captions ('Crews work to get wood structures assembled.', 'Crews begin to restring "
 "conductor.'); the headline -> `title`. Cut after '... energized the last of the damaged lines on May 21.', before "
 "the next post's heading, which the excerpt breaks off ('Catching up on planne'; `truncated`). No word added or "
 "changed. Kept as written: 'country side', 'while helping with in the North Dakota restoration project', 'sun up "
 "to sun down', 'North and South Dakota', '230 kV', the curly apostrophes and quotation marks. 283 words "
 "(whitespace-split), six paragraphs. Outage told: the ice storm of April 2 'brought several power lines to the "
 "ground', 'Western lost 56 wood structures and 66 steel structures on two different lines', crews set out "
 "'restoring the grid and returning power to consumers in the area' and 'Within 18 days ... restored power "
 "southwest of Mandan, N.D.'; the last damaged line energized 'on May 21'. Found at rank 7 of query 13 and rank 1 "
 "of 'No joking around after April Fools' Day ice storm Western lost 56 wood structures and 66 steel structures "
 "Mandan' (query 14; the two excerpts are the same). One text per matter: the April 2010 ice storm in North Dakota. "
 + CHECKED + "'April Fools', 'Tom Price', 'blog.wapa.gov', '56 wood structures', 'Mandan' (case-sensitive): 0 "
 "hits; 'mandan' without case only inside 'commandant'.",
 True))

# ---- electricity transmission, US: South Dakota storms of June 19 (2015), six Western lines out (wapa.gov, 2015) -----
U3 = "https://www.wapa.gov/newsroom/NewsFeatures/2015/Pages/sd-storms.aspx"
T3 = "UGP crews respond to severe SD storms"
P3 = [
 "On the night of June 19, severe thunderstorms, some with tornadic activity, rolled across South Dakota, damaging "
 "and destroying more than 120 Western structures across the state\u2019s 380-mile width.",
 "Wood H-frame structures faced winds exceeding 80 mph, and in some areas, more than 120 mph, causing them to snap "
 "and split like popsicle sticks; some were ripped entirely from the ground.",
 "The storm did not discriminate: 60-year-old original structures suffered the same fate as two-year-old ones, and "
 "guyed \u201cstorm structures\u201d failed alongside them. In total, six Western lines were out of service following "
 "the storm.",
 "With both wholesale and retail customers out of power due to damage on the Western system, line crews from South "
 "Dakota, North Dakota and Montana responded the next morning, patrolling known affected areas and preparing to "
 "repair and replace the structures as quickly as possible. End-use customers were energized within a few hours, "
 "powered by the local cooperatives who hoped for mild weather to keep demand low.",
 "South Dakota\u2019s system is particularly robust. A few structures replaced in muddy soup-like conditions "
 "relieved the load from local cooperatives near Wall, June 23, and all other power was able to be re-routed on "
 "redundant paths, allowing crews to methodically repair and replace structures when conditions allowed.",
 "Through July 1, UGP crews, joined by Rocky Mountain crews from Brush, Colorado, and Gering, Nebraska, traversed "
 "the state, repairing and replacing structures in three waves: the first crew would remove or \u2018wreck out\u2019 "
 "the damaged structures, and the second would erect the new H-frames. Then, the crews would return to each "
 "structure to attach the cross arms, x-braces, insulators, conductors and all other equipment."]
KEPT["us-wapa-south-dakota-storms-six-lines-out-of-service-2015"] = ("wapa-ugp-sd-storms-2015.txt", T3, P3)
R.append(federal(
 "us-wapa-south-dakota-storms-six-lines-out-of-service-2015", U3, None, T3, "\n\n".join(P3),
 "energy/electricity transmission", "outage,thunderstorms,transmission lines",
 att("news feature", T3, "Lisa Meiman", "News features 2015, no day shown in the stored page", U3),
 "wapa.gov newsroom page (search tool page store)",
 WAPA + "Left out: the breadcrumb line ('WAPA \u00bb Newsroom \u00bb News features \u00bb 2015'), the media line "
 "('WAPA's Media Line: 720-962-7411'), the byline ('by Lisa Meiman', kept in the attribution) and the subheading "
 "'Robust, redundant system streamlines repair'; the headline -> `title`. Cut after '... and all other "
 "equipment.', before the sentence the excerpt breaks off ('Even after the lines are returned to '; `truncated`). "
 "No word added or changed. Kept as written: 'Western structures', 'the state\u2019s 380-mile width', 'popsicle "
 "sticks', the curly quotation marks of '\u201cstorm structures\u201d' and '\u2018wreck out\u2019', 'soup-like', "
 "'June 23' set off by commas, 'x-braces'. `published` null: the page is filed under 'News features 2015' (the "
 "breadcrumb and the address; hence the id's year) but shows no day, and the text no year, so 'June 19', 'June 23' "
 "and 'July 1' stay undated (GUIDELINES; as batch 35j's WAPA pages). 274 words (whitespace-split), six paragraphs. "
 "Outage told: 'six Western lines were out of service following the storm', 'both wholesale and retail customers "
 "out of power due to damage on the Western system'; 'End-use customers were energized within a few hours, powered "
 "by the local cooperatives'. Found at rank 3 of 'Inside UGP's summer of storms Garrison-to-Beulah line Wolf "
 "Point-to-Circle H-frame structures WAPA Closed Circuit' (query 16). One text per matter: the South Dakota storms "
 "of 19 June 2015. " + CHECKED + "'sd-storms', 'popsicle', 'Gering' (case-sensitive, as a place; without case "
 "only inside other words), 'Rocky Mountain crews', 'wreck out', 'Wall, June 23': 0 hits; 'Lisa Meiman' only as "
 "the byline of batch 35j's three WAPA texts (other matters).",
 True))


def _flat(s):
    """Whitespace runs (line breaks included) as one space."""
    return " ".join(s.split())


def verify():
    """Each kept paragraph and the title occur in the saved excerpt (whitespace runs compared as one space), and the
    record's text is the kept paragraphs joined by a blank line; returns problems."""
    bad = []
    recs = {r["id"]: r for r in R}
    for rid, (fn, title, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _flat(open(path, encoding="utf-8").read())
        for part in ([title] if title else []) + paras:
            if _flat(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
        if recs[rid]["text"] != "\n\n".join(paras):
            bad.append(rid + ": text is not the kept paragraphs")
        if "\ufffd" in recs[rid]["text"] or "\u00a0" in recs[rid]["text"]:
            bad.append(rid + ": odd character in text")
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)
