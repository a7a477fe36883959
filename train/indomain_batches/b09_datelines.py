# More ALL-CAPS datelines and all-caps headlines. Written for newskg.
SENTENCES = r"""
[BERLIN|LOC], Feb. 6 — [BaFin|ORG] said it had ordered [Halvorsen Data AG|COM] to hire an outside auditor.
[NEW YORK|LOC], Jan. 30 — [Quanta Ledger|COM] shares were suspended after the [SEC|ORG] filed charges.
[BEIJING|LOC], Sept. 12 — [Huawei Cloud|COM] said [Elastic Volume Service|SVC] had been fully restored in the [cn-north-4|LOC] region.
[HELSINKI|LOC], March 17 — [Ilmarinen Pay|COM] said cash withdrawals were working again across [Finland|LOC].
[LAGOS|LOC], June 2 — [Kora Cloud|COM] said it had raised $8 million from investors including [Flutterwave|COM] founders.
[OSLO|LOC], Oct. 21 — [Fjordstack|COM] said [Freya Andersen|PER] would step back from day-to-day management.
[RIYADH|LOC], Dec. 4 — [Najd Digital|COM] and [Oracle|COM] said their joint data centre would open next year.
[MEXICO CITY|LOC], Aug. 15 — [Aeroméxico|COM] said flights were operating normally after Thursday's system failure.
[EDINBURGH|LOC], May 28 — [Marlowe Compute|COM] said it had replaced every battery string at its main site.
[HANOI|LOC], April 9 — [Saigon Pay|COM] said its wallet had been offline because of a database fault.
[BRUSSELS|LOC], July 18 — The [European Commission|ORG] fined [Google|COM] 4.34 billion euros over [Android|SVC].
[CASABLANCA|LOC], Nov. 27 — [Atlas Cloud Maroc|COM] opened its first data centre, with capacity for 2,000 racks.
[MILAN|LOC], Jan. 11 — [Ferrovia Digitale|COM] said [Valentina Greco|PER] would present a new plan for the [Treno+|SVC] app.
[GENEVA|LOC], Sept. 3 — [Vireo Labs|COM] said [Elias Grunwald|PER] would remain chief executive after the funding round.
[AUSTIN|LOC], March 8 — [Dell Technologies|COM] said demand for AI servers had outpaced supply.
[WELLINGTON|LOC], Feb. 20 — [Spark|COM] said mobile customers across [New Zealand|LOC] had lost service for two hours.
[MANILA|LOC], Oct. 5 — [GCash|SVC] users reported unauthorised deductions, which [Mynt|COM] blamed on a reconciliation error.
[JAKARTA|LOC], June 24 — [Bank Syariah Indonesia|COM] said its mobile banking app was back online after a cyberattack.
[KESTREL FINANCE|COM] PROFIT FALLS AS [LUMENPAY|SVC] SPENDING RISES
[MICROSOFT|COM] CONFIRMS GLOBAL [OUTLOOK|SVC] OUTAGE
[VANTOR CLOUD|COM] NAMES NEW FINANCE CHIEF
OUTAGE HITS PAYMENTS ACROSS [NORDICS|LOC]
"""
