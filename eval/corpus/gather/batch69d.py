#!/usr/bin/env python3
"""Batch 69d (session 63; gatherer lane 69d, outage texts): two US federal texts of the Western Area Power
Administration (WAPA, a power marketing administration of the Department of Energy) on storms that cut power to
customers, new to the corpus (no corpus file, gather script, GATHERING.md line -- save batch 68s's lead to the first --
session-63 pool or /work/notes/gather69/CLAIMS.txt line of another lane names the October blizzard and tornadoes on
WAPA's Upper Great Plains system or Trinity County's Weaverville Substation, nor their lines, places or people), in the
outage lane of batches 35b, 35j, 63e-67p and 68s (WAPA's and BPA's own pages):
  - ww2.wapa.gov, 'Crews restore power after blizzard, tornadoes damage UGP transmission system' (News features, by
    Chris Lyles; no date or year shown; the storms of Oct. 4) -- blizzards in South Dakota and tornadoes in Iowa that
    pushed Western's Upper Great Plains system to the point of failure, lines tripping on the afternoon of Oct. 4 and
    the flow of electricity cut to several of Western's customers, with UGP Maintenance Supervisor David Hinders
    (batch 68s's lead (1));
  - wapa.gov, 'Crews restore power to rural California counties' (undated; the 2022-2023 winter) -- the Trinity
    Public Utilities District's Weaverville Substation tripped under two feet of snow, cutting power to 94 percent of
    its customers, and WAPA's Sierra Nevada crews called in on Feb. 28 under a mutual-aid agreement, with North Area
    Field Maintenance Manager Neil Cutright.
US federal government works (17 U.S.C. 105), each on WAPA's own site (first-party). The texts are the search tool's
page-store excerpts (corpus `pages`; never a whole page), saved verbatim to /tmp/gather69d/src (written out by hand
from the search answers as shown, and checked by `verify()` against the kept paragraphs). Left out: the UGP page's
navigation lines ('Skip Navigation Links', 'Power Marketing', 'Contact Us', 'Energy Services', 'Fact sheets', 'News
features', 'News releases'), byline ('by Chris Lyles', kept in the attribution), photo description ('UGP crew members
repair H-structures that were destroyed during tonadoes in early October'), photo caption ('An Upper Great Plains line
crew removes a damaged H-structure from the Sioux City-to-Denison 230-kilovolt line outside of Sioux City, Iowa, ...
(Photo by Tim Ruge)') and subheading ('Snowdrifts slow crews response in SD'); the Trinity page's image description
('Illustration of snow'); the headlines -> `title`. Cuts (`truncated`, each before the sentence its excerpt breaks
off): the UGP page after '... reported up to 48 inches of accumulation.' (before 'According to the National Weather
Service, ... proving this storm was uncharacteristi'); the Trinity page after '... But the snow drifts caused a second
issue.' (before 'By Trinity PUD's count, three poles had snapped, requiring immedi'). No word added or changed;
`verify()` checks that every kept paragraph and title is in its saved excerpt, whitespace runs compared as one space.
newskg (or any extractor) was not run on the texts. Round notes: /tmp/gather69d/NOTES.md.
usage: batch69d.py [POOL_DIR] [--dry]   (default /tmp/gather69d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69d/pool"
SRC = "/tmp/gather69d/src"

CHECKED = ("Checked before annotation, by its names, lines, places and address, against the corpus files (grep -rilF "
           "over train, dev and test: names of matching files only; no test or dev file opened), GATHERING.md, every "
           "gather script, the session-63 pools (/tmp/gather69*/pool) and /work/notes/gather69/CLAIMS.txt (no line "
           "named it when checked), and claimed there (a line '69d: ...'): ")
WAPA = ("A page of the Western Area Power Administration (a federal power marketing administration of the Department "
        "of Energy) on its own site, written by its public-affairs staff: a US federal work (public domain), "
        "first-party, as batches 35b, 35j and 68s took WAPA's newsroom and 'Closed Circuit' pages. ")


def att(kind, title, author, date, url):
    """The attribution of one WAPA page: kind of item, author where the page names one, title and date."""
    by = (" by " + author) if author else ""
    return ("U.S. Department of Energy, Western Area Power Administration, " + kind + by + ", '" + title + "', "
            + date + ", US federal government work (public domain); text as the search tool's page store holds "
            + url)


KEPT = {}   # id -> (saved excerpt's file, title, paragraphs kept)
R = []

# ---- electricity transmission, US: blizzards in South Dakota and tornadoes in Iowa, Oct. 4 (no year shown) -----------
U1 = "http://ww2.wapa.gov/sites/western/newsroom/NewsFeatures/Pages/UGPstorms.aspx"
T1 = "Crews restore power after blizzard, tornadoes damage UGP transmission system"
P1 = [
 "Operations and maintenance personnel from Western's Upper Great Plains region had their hands full on Oct. 4 when "
 "blizzards in South Dakota and tornadoes in Iowa pushed the electrical system to the point of failure. The heavy "
 "snowfall and high winds in one portion of the region and tornadoes in another beckoned several UGP maintenance "
 "crews to brave treacherous working conditions and restore customers\u2019 power in record time.",
 "Unlike any storms UGP had seen before, both events had catastrophic effects on the region\u2019s transmission "
 "system. UGP Maintenance Supervisor David Hinders said, \u201cThe lines started tripping on the afternoon of Oct. 4 "
 "and we knew we could possibly experience a subsequent line failure.\u201d",
 "Snow and ice was accumulating on the transmission line conductor and the windy conditions had the conductors "
 "bouncing and whipping uncontrollably. Wooden crossarms and metal hardware could no longer take the strain and "
 "eventually dropped the conductor to the snow-covered ground, causing the circuit to trip offline and cutting the "
 "flow of electricity to several of Western\u2019s customers.",
 "On Oct. 4, some areas of South Dakota reported up to 48 inches of accumulation."]
KEPT["us-wapa-ugp-blizzard-tornadoes-lines-trip-customers-cut"] = ("wapa-ugp-blizzard-tornadoes.txt", T1, P1)
R.append(federal(
 "us-wapa-ugp-blizzard-tornadoes-lines-trip-customers-cut", U1, None, T1, "\n\n".join(P1),
 "energy/electricity transmission", "outage,blizzard,tornadoes,transmission lines",
 att("news feature", T1, "Chris Lyles", "no date or year shown in the stored page", U1),
 "ww2.wapa.gov newsroom page (search tool page store)",
 WAPA + "'Western' is the short name the agency used for itself until about 2015 (the full name is in no kept "
 "line). Left out: the navigation lines ('Skip Navigation Links', 'Power Marketing', 'Contact Us', 'Energy Services', "
 "'Skip Navigation Links', 'Fact sheets', 'News features', 'News releases'), the byline ('by Chris Lyles', kept in "
 "the attribution), the photo description ('UGP crew members repair H-structures that were destroyed during "
 "tonadoes in early October'), the photo caption ('An Upper Great Plains line crew removes a damaged H-structure "
 "from the Sioux City-to-Denison 230-kilovolt line outside of Sioux City, Iowa, early in October. The structure, "
 "along with six others, was destroyed when tornadoes swept through the area days earlier. (Photo by Tim Ruge)') and "
 "the subheading 'Snowdrifts slow crews response in SD'; the headline -> `title`. Cut after '... reported up to 48 "
 "inches of accumulation.', before the sentence the excerpt breaks off ('According to the National Weather Service, "
 "this area typically experiences an average annual snowfall amount of 42 inches per year, proving this storm was "
 "uncharacteristi'; `truncated`). No word added or changed. Kept as written: 'Western's' with a straight apostrophe "
 "beside the curly ones of 'customers\u2019', 'region\u2019s' and 'Western\u2019s', 'Snow and ice was', 'UGP "
 "Maintenance Supervisor' capitalised, the curly quotation marks. `published` null: the stored page shows no date "
 "and the kept text no year ('Oct. 4' twice, 'the afternoon of Oct. 4'); the storms fit the blizzard and tornadoes "
 "of 4 October 2013 (batch 68s's lead, by the events; not used), so by GUIDELINES the day-and-month expressions stay "
 "undated and the id carries no year. 185 words (whitespace-split), four paragraphs. Outages told: 'blizzards in "
 "South Dakota and tornadoes in Iowa pushed the electrical system to the point of failure' and crews set out to "
 "'restore customers\u2019 power'; in South Dakota the conductor dropped to the ground, 'causing the circuit to trip "
 "offline and cutting the flow of electricity to several of Western\u2019s customers'. Found at rank 2 of 'Crews "
 "restore power after blizzard, tornadoes damage UGP transmission system' (query 1, the page's own headline, as "
 "batch 68s's lead gave it). One text per matter: the October blizzard and tornadoes on WAPA's Upper Great Plains "
 "system; the Christmas 2016 blizzard at the Summit Substation (batch 35b) and the Dakota storms of batch 68s are "
 "other matters. " + CHECKED + "'Hinders', 'UGPstorms', '48 inches', 'blizzards in South Dakota': 0 hits; "
 "'Sioux City-to-Denison' and 'Chris Lyles' only in batch 68s's 'Looked at and not used' and 'Leads' lines of "
 "GATHERING.md; 'Denison' otherwise only in texts on other matters.",
 True))

# ---- electricity distribution, US: Trinity PUD's Weaverville Substation tripped under snow, Feb. 28 (2023) ----------
U2 = "https://www.wapa.gov/power-restoration/"
T2 = "Crews restore power to rural California counties"
P2 = [
 "With record snowfalls pounding communities across northern California, WAPA\u2019s Sierra Nevada crews continue "
 "to battle Mother Nature\u2019s challenges to the area\u2019s energy grid.",
 "In rural Trinity County, WAPA crews responded to three mutual aid requests going into late February. These "
 "support calls assisted hard-hit public utility districts with damage to their transmission lines caused by the "
 "mounting snowfalls. According to the University of California, Berkeley\u2019s Central Sierra Snow Lab, more than "
 "55 feet of snow had fallen on northern California. This puts the 2022-2023 winter season on track to become the "
 "region\u2019s seventh largest ever recorded. And more snow is expected through May.",
 "On Feb. 28, SN\u2019s North Area Field Maintenance Manager Neil Cutright received a call from the Trinity Public "
 "Utilities District, which services the 2,200-square-mile Trinity County. Trinity PUD asked for immediate "
 "assistance to help restore power to 7,300 customers. With two feet of snow already on the ground, and more "
 "falling, the county\u2019s Weaverville Substation had tripped, cutting power to 94 percent of its customers. "
 "Together with several power poles broken from the storm, Trinity PUD needed backup, and WAPA was ready to assist.",
 "\u201cWe have a pretty good relationship with Trinity PUD,\u201d Cutright said. \u201cThey utilize us a lot when "
 "they have a problem. This county only has a small team of about six to seven linemen. Whenever they get storms "
 "that impact them a lot, they call us. We have an agreement for mutual aid where we\u2019re able to support at a "
 "moment\u2019s notice.\u201d",
 "The solution seemed simple \u2013 WAPA\u2019s 60-kilovolt feed from Trinity to Weaverville was still in service. "
 "This allowed crews to connect WAPA\u2019s line to Trinity PUD\u2019s, instantly electrifying the vast majority of "
 "the county. But the snow drifts caused a second issue."]
KEPT["us-wapa-trinity-pud-weaverville-substation-snow-outage-2023"] = (
    "wapa-sn-trinity-power-restoration-2023.txt", T2, P2)
R.append(federal(
 "us-wapa-trinity-pud-weaverville-substation-snow-outage-2023", U2, None, T2, "\n\n".join(P2),
 "energy/electricity distribution", "outage,snowstorm,substation,mutual aid",
 att("newsroom article", T2, None, "date not shown in the stored page", U2),
 "wapa.gov newsroom page (search tool page store)",
 WAPA + "Left out: the image description 'Illustration of snow' that opens the excerpt; the headline -> `title`. "
 "Cut after '... But the snow drifts caused a second issue.', before the sentence the excerpt breaks off ('By "
 "Trinity PUD\u2019s count, three poles had snapped, requiring immedi'; `truncated`). No word added or changed. Kept "
 "as written: 'services the 2,200-square-mile Trinity County', 'SN\u2019s' (WAPA's Sierra Nevada region, "
 "unexpanded), the en dash after 'seemed simple', 'Trinity PUD\u2019s' (its line), the curly apostrophes and "
 "quotation marks. `published` null: the stored page shows no date; the kept text gives no year for 'late February', "
 "'Feb. 28' or 'May', though 'the 2022-2023 winter season' places them in 2023 (hence the id's year), so by "
 "GUIDELINES the day-and-month expressions stay undated. 291 words (whitespace-split), five paragraphs. Outage told: "
 "'the county\u2019s Weaverville Substation had tripped, cutting power to 94 percent of its customers', Trinity "
 "PUD asking 'for immediate assistance to help restore power to 7,300 customers', and WAPA's line connected to "
 "Trinity PUD's, 'instantly electrifying the vast majority of the county'. Found at rank 3 of 'WAPA news feature "
 "crews restore power transmission line storm damage customers outage Sierra Nevada Desert Southwest' (query 2) and "
 "rank 7 of query 7 (the same excerpt). One text per matter: the Weaverville Substation outage of the 2022-2023 "
 "winter in Trinity County. " + CHECKED + "'Trinity Public Utilit', 'Trinity PUD', 'Weaverville', 'Cutright', "
 "'Central Sierra Snow Lab', 'Trinity County', 'wapa.gov/power-restoration': 0 hits ('power-restoration' only "
 "inside other ids).",
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
