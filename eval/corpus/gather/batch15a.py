#!/usr/bin/env python3
"""Batch 15a: US federal public-domain texts naming companies, their executives and relations: 18 FTC press
releases of 2025 not yet in the corpus (regulator orders and settlements with named companies and owners, an
appointment, an international meeting, letters and orders to named technology companies), from the scrape in
github.com/daiviknambiar/usaa-fraud-project, src/data2/ftc_press_releases_scrapy.json (the source batches 1-4
took 29 releases from; see gather/ftc_pool.py). The texts are read from the fetched repository, not embedded.
Same cleaning as ftc_pool.py: the FTC footer ('The Federal Trade Commission works to ...') and 'NOTE:'
boilerplate cut, white space collapsed, spaces before punctuation removed; no word added or changed.
usage: batch15a.py POOL_DIR [SCRAPE_JSON]
  SCRAPE_JSON default: git --git-dir=/work/.mirror/daiviknambiar+usaa-fraud-project/repo show
  HEAD:src/data2/ftc_press_releases_scrapy.json (bring the repo with the search tool's fetch first)"""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import slug, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 else "/tmp/b15apool"
GITDIR = "/work/.mirror/daiviknambiar+usaa-fraud-project/repo"
P = "https://www.ftc.gov/news-events/news/press-releases/"

# url tail (under P) : sector, region, topics
SEL = {
 "2025/09/federal-trade-commission-us-department-justice-japan-fair-trade-commission-meet-washington":
  ("government/competition policy", "mixed", "regulatory,other"),
 "2025/08/ftc-secures-preliminary-injunction-against-im-mastery-academy-its-owners":
  ("education/finance (trading courses)", "US", "regulatory,leadership"),
 "2025/08/ftc-case-against-e-commerce-business-opportunity-scheme-its-operators-results-permanent-ban-industry":
  ("retail/e-commerce", "US", "regulatory"),
 "2025/08/ftc-sues-stop-air-ai-using-deceptive-claims-about-business-growth-earnings-potential-refund":
  ("tech/AI", "US", "regulatory,leadership"),
 "2025/08/ftc-sends-more-67-million-consumers-impacted-gig-work-companys-deceptive-earnings-claims":
  ("business services (gig work)", "US", "regulatory"),
 "2025/08/ftc-approves-final-order-against-workado-llc-which-misrepresented-accuracy-its-artificial":
  ("tech/AI", "US", "regulatory,product"),
 "2025/08/federal-trade-commission-chairman-andrew-n-ferguson-issues-letter-gmail-using-partisan-filtering":
  ("tech/internet", "US", "regulatory,product"),
 "2025/07/ftc-obtains-permanent-ban-e-commerce-business-opportunity-scheme-operator":
  ("retail/e-commerce", "US", "regulatory"),
 "2025/07/ftc-sends-more-29-million-consumers-harmed-home-improvement-financing-firm":
  ("banking/finance (home-improvement loans)", "US", "regulatory"),
 "2025/07/ftc-seeks-comment-petition-vacate-2021-order-related-provider-stalkerware-apps":
  ("tech/apps", "US", "regulatory,leadership"),
 "2025/08/ftc-takes-action-against-ticket-resellers-using-illegal-tactics-bypass-ticket-limit-protections":
  ("media/entertainment (ticketing)", "US", "regulatory,leadership"),
 "2025/08/ftc-chairman-ferguson-warns-companies-against-censoring-or-weakening-data-security-americans-behest":
  ("tech/internet", "mixed", "regulatory"),
 "2025/09/ftc-takes-action-against-operators-pornhub-other-pornographic-sites-deceiving-users-about-efforts":
  ("media/internet", "mixed", "regulatory,deal"),
 "2025/09/defendants-im-mastery-academy-scheme-pay-105-million-settle-ftc-allegations":
  ("education/finance (trading courses)", "US", "regulatory,leadership"),
 "2025/09/ftc-takes-action-protect-workers-noncompete-agreements":
  ("business services (pet cremation)", "US", "regulatory,deal"),
 "2025/09/ftc-launches-inquiry-ai-chatbots-acting-companions":
  ("tech/AI", "US", "regulatory,product"),
 "2025/09/federal-trade-commission-chairman-andrew-n-ferguson-appoints-emma-mittelstaedt-burnham-associate":
  ("government/competition policy", "US", "leadership"),
 "2025/09/citizens-disability-pay-1-million-over-ftc-charges-it-made-tens-millions-illegal-misleading-calls":
  ("business services (telemarketing)", "US", "regulatory"),
}


# ids where the title slug (write_pool.slug, 6 words) would collide or say nothing
IDS = {
 "2025/09/federal-trade-commission-us-department-justice-japan-fair-trade-commission-meet-washington":
  "ftc-doj-japan-fair-trade-commission-meet-washington-2025",
 "2025/08/federal-trade-commission-chairman-andrew-n-ferguson-issues-letter-gmail-using-partisan-filtering":
  "ftc-chairman-ferguson-letter-gmail-partisan-filtering-2025",
 "2025/09/federal-trade-commission-chairman-andrew-n-ferguson-appoints-emma-mittelstaedt-burnham-associate":
  "ftc-chairman-ferguson-appoints-associate-director-healthcare-2025",
 "2025/08/ftc-sends-more-67-million-consumers-impacted-gig-work-companys-deceptive-earnings-claims":
  "ftc-refunds-gig-work-company-deceptive-earnings-claims-2025",
 "2025/07/ftc-sends-more-29-million-consumers-harmed-home-improvement-financing-firm":
  "ftc-refunds-home-improvement-financing-firm-2025",
}


def load(path=None):
    s = open(path, encoding="utf-8").read() if path else subprocess.run(
        ["git", "--git-dir", GITDIR, "show", "HEAD:src/data2/ftc_press_releases_scrapy.json"],
        capture_output=True, check=True, text=True).stdout
    dec, i, recs = json.JSONDecoder(), 0, []
    while i < len(s):  # the file is several JSON arrays one after another
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s):
            break
        o, i = dec.raw_decode(s, i)
        recs.extend(o if isinstance(o, list) else [o])
    by = {}
    for r in recs:
        by.setdefault(r["url"], r)  # dedupe by url, first copy kept
    return by


def clean(t):  # as ftc_pool.clean
    t = t.replace("\xa0", " ")
    for cut in ("The Federal Trade Commission works to", "NOTE:"):
        i = t.find(cut)
        if i > 0:
            t = t[:i]
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r" ([,.;:)])", r"\1", t)
    t = re.sub(r"\( ", "(", t)
    return t.strip()


def records(by):
    out = []
    for tail, (sector, region, topics) in SEL.items():
        r = by[P + tail]
        pub = r["published_date"]
        out.append({"id": IDS.get(tail) or slug(r["title"], pub[:4], "ftc"), "source": r["url"],
                    "licence": "public domain (US federal government work)",
                    "attribution": f"U.S. Federal Trade Commission press release, '{r['title']}', {pub}, {r['url']}",
                    "published": pub, "title": r["title"], "text": clean(r["full_text"]), "sector": sector,
                    "region": region, "topics": topics.split(","), "origin": "ftc-press-release",
                    "notes": "Scraped body (daiviknambiar/usaa-fraud-project): paragraph breaks and bulleted lists were lost in the scrape (list items are missing); FTC boilerplate footer removed."})
    return out


if __name__ == "__main__":
    write_all(records(load(sys.argv[2] if len(sys.argv) > 2 else None)), POOL)
