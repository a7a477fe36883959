#!/usr/bin/env python3
"""Shared record builder for Wikimedia-project texts (English and Simple English Wikipedia, Wikisource News, the
Signpost) as the search tool's page store holds them, used by batches 19d, 20a-20c and (through `article`) 23b-25b. CC BY-SA; the attribution
names the page, its address and, when the excerpt came from a copy of the page on another site, that copy's address.
Wikipedia pages carry no publication date: `published` is null unless the page dates itself, so only absolute time
expressions are annotated (GUIDELINES.md, Dates)."""

# the edits every Wikipedia excerpt of these batches had (a batch script adds the item's own to them)
EDITS = ("Infobox lines, section headings and citation markers cut; paragraphs joined with blank lines; no word "
         "added or changed. ")


def record(id, title, url, held, text, sector, topics, notes, region, *,
           licence="CC BY-SA 4.0 (English Wikipedia text)", version="4.0",
           rev="revision not recorded by the page store", copy_of="the Wikipedia article", site="English Wikipedia",
           origin=None, who="Wikipedia contributors", published=None, truncated=True):
    """A pool record for the page at `url` whose excerpt was taken at `held` (the same address, or a copy's).
    `licence` is the record's licence field and `version` the CC BY-SA version the attribution states (3.0 for
    revisions before Wikimedia's June 2023 upgrade); `origin` defaults to `site` as held or as a copy."""
    via = "" if held == url else f"; text as held at {held} (a copy of {copy_of})"
    return {"id": id, "source": url, "licence": licence,
            "attribution": f"{who}, '{title}', {url}, licensed under CC BY-SA {version}{via}; {rev}",
            "published": published, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics,
            "origin": origin or (f"{site} (page store)" if held == url else f"{site}, copy (page store)"),
            "notes": notes, "truncated": truncated}


LICENCE_4 = "CC BY-SA 4.0 (English Wikipedia text)"
LICENCE_3 = "CC BY-SA 3.0 (English Wikipedia text)"


def article(id, title, held, text, sector, topics, notes, region, v3=False, copy_of="the Wikipedia article",
            site="English Wikipedia", base="https://en.wikipedia.org/wiki/"):
    """A Wikipedia article named `title` (its address built from `base`) as the page store holds it at `held`, with
    the common EDITS before the item's `notes`; `v3` for a copy whose text dates before Wikimedia's June 2023 move to
    CC BY-SA 4.0; `site` renames the project in the licence (e.g. a Wikimedia mirror's own name)."""
    url = base + title.replace(" ", "_")
    lic = (LICENCE_3 if v3 else LICENCE_4).replace("English Wikipedia", site)
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region, licence=lic,
                  version="3.0" if v3 else "4.0", copy_of=copy_of, site=site)
