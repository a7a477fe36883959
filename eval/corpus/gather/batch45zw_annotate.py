#!/usr/bin/env python3
"""Batch 45zw gold annotations (the texts of batch45zw.py: the Antitrust Division's release on its suit to block
Primestar Inc., controlled by five named cable companies, from acquiring News Corporation Limited's and MCI's direct
broadcast satellite assets, Joel I. Klein quoted, 12 May 1998; and the Division's release on the settlement letting
Pearson plc and Pearson Inc. proceed with their acquisition of publishing businesses from Viacom International Inc.,
Joel I. Klein quoted, 23 November 1998), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 41k, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v,
44a, 44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zn, 45zq and 45zt for the Division's texts;
GUIDELINES section 2): a purchase of assets, and a deal the Department sues to block -> nothing (GUIDELINES: blocked
deals and asset purchases); a purchase of a seller's unnamed 'businesses' -> nothing (no named target; as an asset
purchase); a company the text says named companies 'control' -> parentOrganization(company, each controller) (41k's
jointly owned Cingular: to each owner); "the Department's Antitrust Division" after 'The Department of Justice' ->
the Division under the Department (43q); 'Assistant Attorney General of the Department's Antitrust Division' -> head
of the Division, current (the post as 45zf's 'in charge of'); the dateline 'WASHINGTON, D.C.' as the city's only form
-> named as written (43v, 44m, 45g, 45w, 45zb, 45zf, 45zn, 45zq, 45zt); 'U.S.' as the country's only form -> Location
'U.S.' (43g, 45h, 45s, 45zt; **doubtful**: an adjective); a bare surname after the full name -> an alias (44a's
'Klein'); 'DOJ' after 'The Department of Justice' -> an alias; 'today' resolved against `published`.
usage: batch45zw_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zw/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
JIK = "Joel I. Klein"

# ---- Primestar / News Corp. / MCI, Division release, published 1998-05-12 (a Tuesday) --------------------------------
PS = "Primestar Inc."
OWN = ["Time Warner Inc.", "Tele-Communications Inc.", "Comcast Corporation", "Cox Enterprises Inc.", "US West/MediaOne"]
A["us-doj-primestar-news-corp-mci-direct-broadcast-satellite-assets-suit-1998"] = dict(
 # Companies: Primestar Inc. (once; 'Primestar' once and "Primestar's" once more, an alias), News Corporation Limited
 # (once; the headline's 'NEWS CORP.' is in `title`, not the text), MCI (once, the text's only form), and the five
 # controllers the second paragraph lists ('the companies--Time Warner Inc., Tele-Communications Inc., Comcast
 # Corporation, Cox Enterprises Inc., and US West/MediaOne'), each named as printed; 'US West/MediaOne' taken as one
 # company's name with its slash (**doubtful**: a reader may split it into 'US West' and 'MediaOne', forms not
 # printed on their own; the text counts five companies, so the slash names one). Organizations: the Department of
 # Justice ('The Department of Justice'; 'the Department' and "the Department's" generic), the Antitrust Division
 # ("the Department's Antitrust Division"). Person: Joel I. Klein (once; 'Klein' once more, an alias). Locations: the
 # dateline 'WASHINGTON, D.C.' (the city's only form, named as written), 'U.S.' ('the largest cable companies in the
 # U.S.': the country's only form; **doubtful** as in 45zt). Not annotated: 'Direct broadcast satellite or DBS'
 # ('a service': a kind of service, no named service of a named provider), 'cable television', 'the cable monopoly'
 # (generic), 'the direct broadcast satellite assets', 'the satellite service assets', 'the DBS assets' (assets),
 # 'independent firms', 'consumers' (generic), 'a civil antitrust suit' (a document)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", PS, "Primestar"),
           E("Company", "News Corporation Limited"), E("Company", "MCI"), E("Location", "U.S.")]
          + [E("Company", n) for n in OWN]
          + [E("Person", JIK, "Klein"), E("Organization", ATR)],
 # 'said Joel I. Klein, Assistant Attorney General of the Department's Antitrust Division' -> head of the Antitrust
 # Division, current (the text writes 'of', the post the same as 'in charge of')
 roles=[R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'five of the largest cable companies in the U.S., which control Primestar' and 'the companies--Time Warner
 # Inc., ... and US West/MediaOne--' (the same five, the second paragraph naming them) -> parentOrganization(Primestar
 # Inc., each of the five) (41k's jointly owned company: to each owner; **doubtful**: control by five together, the
 # shares not told; the link rests on reading 'the companies' as the five that 'control Primestar' -- a reader may
 # give nothing, or call the five partners in a venture, which the kept text never says). 'to block Primestar Inc.
 # from acquiring the direct broadcast satellite assets of News Corporation Limited and MCI' -> a purchase of assets
 # that the Department sues to block -> nothing (**near-miss**: GUIDELINES' asset purchases and blocked deals; no
 # acquired(Primestar Inc., News Corporation Limited) or (..., MCI)). 'the ... assets of News Corporation Limited and
 # MCI' -> assets the two hold together: no relation between them (**near-miss**: a reader may call them partners;
 # no venture or partnership is stated in the kept text)
 relations=[ATR_DOJ] + [L(PS, "parentOrganization", n) for n in OWN],
 outages=[],
 # 'today' -> 1998-05-12. Not dates: 'rapidly', 'ultimately' (no calendar value)
 dates=[D("today", "1998-05-12")])

# ---- Pearson / Viacom International, Division release, published 1998-11-23 (a Monday) -------------------------------
A["us-doj-pearson-viacom-publishing-businesses-textbook-divestitures-1998"] = dict(
 # Companies: Pearson plc and Pearson Inc. (once each, side by side as the buyers; 'Pearson' three times more -- 'after
 # Pearson agreed', 'Pearson and Viacom' twice -- an alias of Pearson plc, the group's parent by its 'plc'
 # (**doubtful**: the bare name stands for both buyers together; a reader may give it to neither or to Pearson Inc.),
 # Viacom International Inc. (once; 'Viacom' twice more, an alias). Organizations: the Department of Justice ('The
 # Department of Justice'; 'DOJ' once, an alias; "the Department's" generic), the Antitrust Division ("the
 # Department's Antitrust Division"). Person: Joel I. Klein (once). Location: the dateline 'WASHINGTON, D.C.' (the
 # city's only form, named as written). Not annotated: 'educational, professional and reference publishing
 # businesses' (unnamed businesses), 'an elementary school science textbook program', 'textbooks', 'major
 # comprehensive elementary school science programs' (products), 'publishers', 'students, elementary schools and
 # colleges', 'competitors' (generic), 'a settlement' (a document)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ, "DOJ"), E("Company", "Pearson plc", "Pearson"),
           E("Company", "Pearson Inc."), E("Company", "Viacom International Inc.", "Viacom"),
           E("Person", JIK), E("Organization", ATR)],
 # 'said Joel I. Klein, Assistant Attorney General of the Department's Antitrust Division' -> head of the Antitrust
 # Division, current
 roles=[R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'allowing Pearson plc and Pearson Inc. to proceed with their $4.6 billion acquisition of educational,
 # professional and reference publishing businesses from Viacom International Inc.' -> a purchase of a seller's
 # unnamed businesses, not of a named company -> nothing (**near-miss**, **doubtful**: GUIDELINES give acquired only
 # between named organisations and nothing for asset purchases; the seller, Viacom International Inc., is not the
 # thing bought, so no acquired(Pearson plc, Viacom International Inc.); a reader who knows the businesses were Simon
 # & Schuster's would still find no such name in the kept text). Pearson plc and Pearson Inc. -> no link: the kept
 # text never says one owns the other (**near-miss**: the names suggest a parent and its US arm). 'Pearson and Viacom
 # are two of only four publishers', 'have consistently led in sales ..., facing few competitors' -> rivals, no
 # relation (**near-miss**). 'selling off an elementary school science textbook program and textbooks' -> a sale of
 # products' rights to no named buyer -> nothing
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1998-11-23 (`published`, itself taken from the suit's filing date: see the pool notes). Not dates: 'In
 # recent years' (no calendar value; GUIDELINES skip 'recently'), '$4.6 billion' (an amount)
 dates=[D("today", "1998-11-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
