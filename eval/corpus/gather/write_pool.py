#!/usr/bin/env python3
"""Shared helpers: write one pool record per article and rebuild INDEX.tsv."""
import json, os, re
POOL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pool")
STOP = {"a", "an", "the", "of", "to", "for", "in", "on", "and", "at", "by", "with", "as", "after", "its", "s"}

def slug(title, year, prefix, n=6):
    w = [x for x in re.findall(r"[a-z0-9]+", title.lower().replace("'", "")) if x not in STOP]
    if w and w[0] == prefix: w = w[1:]
    return "-".join([prefix] + w[:n] + ([year] if year else []))

def write(rec, pool=POOL):
    """Writes `rec` as POOL/<id>.json, its fixed keys first, and returns the path."""
    keys = ["id", "source", "licence", "attribution", "published", "title", "text", "sector", "region", "topics"]
    out = {k: rec[k] for k in keys}
    for k in rec:
        if k not in out:
            out[k] = rec[k]
    path = os.path.join(pool, out["id"] + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path

def write_all(recs, pool=POOL, dry=False):
    """Writes every record of `recs` into `pool` (made if missing), one line per record on stdout;
    with `dry`, only the lines (what a gather script's --dry prints)."""
    if not dry:
        os.makedirs(pool, exist_ok=True)
    for r in recs:
        if not dry:
            write(r, pool)
        print(r["id"], len(r["text"].split()), r["region"], ",".join(r["topics"]))


OPL_NOTICE = "Contains Parliamentary information licensed under the Open Parliament Licence v3.0"
OIR_NOTICE = "© Houses of the Oireachtas, Oireachtas (Open Data) PSI Licence (CC BY 4.0)"
EC_NOTICE = "© European Union, European Commission"
LICENCES = {"OIR": "Oireachtas (Open Data) PSI Licence (CC BY 4.0)", "OPL": "Open Parliament Licence v3.0",
            "PD": "public domain (US federal government work)", "EC": "CC BY 4.0"}


def public_record(origins, id, url, published, title, kind, text, sector, region, topics, notes, lic,
                  truncated=True, origin=None):
    """A pool record for a public text under one of the open licences batches 15b-15g used: `lic` is
    OIR (Oireachtas), OPL (UK Parliament), PD (US federal, the FCC) or EC (European Commission); the
    attribution is built from the kind of item, its title, date and url. `origins` maps `lic` to the
    batch's default origin (a string, or a function of the url); `origin` overrides it."""
    on = f", {published}" if published else ""
    att = {"OIR": f"{kind}, '{title}'{on}, {OIR_NOTICE}; text as at {url}",
           "OPL": f"{OPL_NOTICE}. {kind}, '{title}'{on}, {url}",
           "PD": f"U.S. Federal Communications Commission, {kind}, '{title}', {published}, {url}",
           "EC": f"{EC_NOTICE}, {kind}, '{title}', {url}, CC BY 4.0"}[lic]
    default = origins[lic]
    if callable(default):
        default = default(url)
    return {"id": id, "source": url, "licence": LICENCES[lic], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin or default, "notes": notes, "truncated": truncated}

HISTORIC_HANSARD = "https://api.parliament.uk/historic-hansard/"


def hansard(id, path, date, title, kind, text, sector, topics, notes, truncated, house="House of Commons"):
    """A pool record for an item of historic Hansard (the search tool's page store), `path` under
    HISTORIC_HANSARD: Open Parliament Licence, attribution from the house, kind of item, title and date
    (batches 33a, 34a and 34j)."""
    url = HISTORIC_HANSARD + path
    return {"id": id, "source": url, "licence": LICENCES["OPL"],
            "attribution": f"{OPL_NOTICE}. Hansard, {house}, {kind}, '{title}', {date}; text as at {url}",
            "published": date, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics, "origin": "UK Parliament, historic Hansard (page store)", "notes": notes,
            "truncated": truncated}

MODERN_HANSARD = "UK Parliament, Hansard (hansard.parliament.uk, page store)"


def modern_hansard(id, url, date, title, kind, text, sector, topics, notes, truncated, house="House of Commons",
                   origin=MODERN_HANSARD):
    """A pool record for an item of the modern Hansard site (hansard.parliament.uk), or a copy of its text named by
    `origin`, as the page store keeps it: Open Parliament Licence, attribution from the house, kind of item, title
    and date, as `hansard` writes it (batches 39e, 39i and 39k)."""
    return {"id": id, "source": url, "licence": LICENCES["OPL"],
            "attribution": f"{OPL_NOTICE}. Hansard, {house}, {kind}, '{title}', {date}; text as at {url}",
            "published": date, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics, "origin": origin, "notes": notes, "truncated": truncated}


def oireachtas(id, url, date, day, title, kind, text, sector, topics, notes, truncated, house="Dáil Éireann",
               via="kildarestreet.com"):
    """A pool record for a debate item of the Houses of the Oireachtas (Dáil or Seanad; `house`) under the
    Oireachtas (Open Data) PSI Licence: attribution from the house, kind of item, title and `day` as the text
    writes it; `via` names the host whose copy the page store keeps (oireachtas.ie or the kildarestreet.com
    mirror). Batches 35i, 35m and 35r."""
    return {"id": id, "source": url, "licence": LICENCES["OIR"],
            "attribution": f"{house} debate, {kind}, '{title}', {day}, {OIR_NOTICE}; text as at {url}",
            "published": date, "title": title, "text": text, "sector": sector, "region": "non-US",
            "topics": topics, "origin": f"Houses of the Oireachtas, {via} (page store)", "notes": notes,
            "truncated": truncated}


US_FEDERAL_PD = "public domain (US federal government work, 17 U.S.C. 105)"


def federal(id, url, published, title, text, sector, topics, attribution, origin, notes, truncated, region="US"):
    """A pool record for a US federal work (public domain) whose attribution and origin the batch writes itself;
    `topics` is comma-separated. Batches 35b, 35j and 35s (and 38i, a VOA story on Tokyo: region non-US)."""
    return {"id": id, "source": url, "licence": US_FEDERAL_PD, "attribution": attribution, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


NPS_ORIGIN = "NPS Morning Report via the npshistory.com archive (search tool page store)"


def nps_attribution(heading, date, url):
    """The attribution of one National Park Service Morning Report item (a federal work) as the npshistory.com
    archive reproduces it, given the item's heading, the report's date and the page store's address. Batches 35s,
    36b, 36i, 36r and 36u."""
    return ("U.S. Department of the Interior, National Park Service, Morning Report, 'Incidents: " + heading + "', "
            + date + ", US federal government work (public domain); text as the npshistory.com archive reproduces "
            "it, from the search tool's page store at " + url)

def index():
    rows = []
    for fn in sorted(os.listdir(POOL)):
        if not fn.endswith(".json"):
            continue
        r = json.load(open(os.path.join(POOL, fn), encoding="utf-8"))
        rows.append("\t".join([r["id"], r["sector"], r["region"], ",".join(r["topics"]),
                               str(len(r["text"].split())), r["source"]]))
    with open(os.path.join(POOL, "INDEX.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tsector\tregion\ttopics\twords\tsource\n" + "\n".join(rows) + "\n")
    return len(rows)


VOA_PD = "public domain (US federal government work: a Voice of America staff story)"


def voa(id, url, published, title, text, sector, topics, notes, truncated, region="non-US",
        origin="Voice of America website (page store)"):
    """One pool record for a Voice of America staff story (batch 38's source rule: a page as held that credits no
    wire agency; GATHERING.md, "Session 39's briefs for batch 38"). `topics` is comma-separated; where the stored
    text shows no heading, `title` is None and the attribution says so in place of the title."""
    t = f"'{title}'" if title else "business round-up (its heading is not in the stored text)"
    att = f"Voice of America, {t}, {published}, US federal government work (public domain); text as at {url}"
    return {"id": id, "source": url, "licence": VOA_PD, "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}
