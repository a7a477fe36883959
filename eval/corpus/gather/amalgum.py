"""Pool records for Wikinews texts read from the AMALGUM corpus (batches 26a and 26d).

`record` builds one pool record: the Wikinews article's address as the source, CC BY 2.5, and an attribution that
names the AMALGUM path the text was read from (`out/news/DOC.xml` when given a bare document name such as
`autogum_news_doc017`, else the path as given).
"""
from write_pool import slug

AMALGUM = "https://github.com/gucorpling/amalgum"


def record(path, title, url, pub, sector, region, topics, text, note, truncated=False):
    where = f"out/news/{path}.xml" if path.startswith("autogum_") else path
    return {"id": slug(title, pub[:4], "wn"), "source": url, "licence": "CC BY 2.5",
            "attribution": f"Wikinews contributors, '{title}', {url} (CC BY 2.5); text via the AMALGUM corpus "
                           f"(Gessler et al. 2020, {AMALGUM}, {where}; its annotations not used)",
            "published": pub, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": "wikinews (AMALGUM corpus)", "notes": note,
            "truncated": truncated}
