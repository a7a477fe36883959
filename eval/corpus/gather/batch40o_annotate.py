#!/usr/bin/env python3
"""Batch 40o gold annotations (the texts of batch40o.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'now', 'at the time', 'for several years' follow that rule. No text tells an
outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n): a company 'acquired' by another, or 'became a
wholly owned subsidiary of' it -> acquired + parentOrganization(target, buyer); 'It is now a X subsidiary' ->
parentOrganization (no acquired: no purchase told); 'owned by X, in a joint venture with Y' with stakes given ->
parentOrganization to the majority owner, and to the minority owner that bought the company earlier (acquired +
parentOrganization from that purchase), and partner between the two joint-venture owners; 'X began working with Y
to assist X' (a customer and its supplier) -> partner, direction as written; people who 'owned and operated' or were
'main shareholders' of a company -> no role (owners, as 36h, 37u and 38n did); a founder named alone -> founder,
several named together -> cofounder each; 'was chairman, president, and CEO ... until 1995' -> the three roles,
current false; a company's former and later names -> aliases (a predecessor company the text tells apart is its own
entity); services a company 'operates' or 'launched' -> Service with provider that company; a news site a company
bought -> Company (GUIDELINES: news websites run as businesses); stock exchanges -> Company; adjectives ('Danish',
'American', 'US defense contractor', 'a U.S. company') -> nothing.
usage: batch40o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- internet services, Canada/US: Tucows ---------------------------------------------------------------------------
TC = "Tucows Inc."
A["wp-tucows-company-history"] = dict(
 # the company -> Company, with 'Tucows' and 'Tucows, Inc.' ('In 2001, Tucows, Inc. became a wholly owned subsidiary
 # of Infonautics') as aliases (doubtful: the same sentence says Infonautics 'changed its name to Tucows, Inc.', so a
 # reader might also give that form to Infonautics; kept with the company first named so); Hover, OpenSRS ('a
 # platform for domain resellers') and Ting ('a wireless service provider' Tucows launched) -> Service; Internet
 # Direct, STI Ventures and Infonautics -> Company; Linux Weekly News (a news site bought by Tucows) -> Company;
 # Scott Swedorski and the three owners of Internet Direct -> Person; Toronto, Ontario, Flint, Michigan, Canada ->
 # Location; 'The Ultimate Collection Of Winsock Software' (what the name stood for) -> nothing (not a name the
 # company used; doubtful); 'the White House building on Beecher Road' (an office building and its street) ->
 # nothing (doubtful: GUIDELINES make named sites Locations); 'its namesake directory of shareware and freeware
 # software downloads' (unnamed) -> nothing
 entities=[E("Company", TC, "Tucows", "Tucows, Inc."), E("Location", "Toronto"), E("Location", "Ontario"),
           E("Service", "Hover"), E("Service", "OpenSRS"), E("Service", "Ting"), E("Location", "Flint"),
           E("Location", "Michigan"), E("Person", "Scott Swedorski"), E("Company", "Internet Direct"),
           E("Person", "John Nemanic"), E("Person", "Bill Campbell"), E("Person", "Colin Campbell"),
           E("Company", "STI Ventures"), E("Location", "Canada"), E("Company", "Linux Weekly News"),
           E("Company", "Infonautics")],
 # 'Scott Swedorski started Tucows in 1993' -> founder (sole founder named); his overseeing 'day-to-day activity in
 # the Flint office' -> no further role (no title named; a reader might add head); 'Internet Direct, owned and
 # operated by John Nemanic, Bill Campbell, and Colin Campbell' -> no role (owners; 'operated' names no post;
 # doubtful: a reader might give each executive or cofounder)
 roles=[R("Scott Swedorski", "founder", TC)],
 # 'Internet Direct ... acquired Tucows in 1996' and 'STI Ventures acquired Tucows in 1999' -> acquired +
 # parentOrganization each (past ownership recorded); 'Tucows acquired Linux Weekly News' -> acquired +
 # parentOrganization; 'Tucows, Inc. became a wholly owned subsidiary of Infonautics, and after acquiring Tucows,
 # Infonautics ...' -> acquired + parentOrganization (the reverse takeover: the text says Infonautics acquired Tucows
 # and took its name; no merger wording that would drop the parent link); 'operates Hover, and OpenSRS' and
 # 'launched Ting' -> provider
 relations=[L("Internet Direct", "acquired", TC), L(TC, "parentOrganization", "Internet Direct"),
            L("STI Ventures", "acquired", TC), L(TC, "parentOrganization", "STI Ventures"),
            L(TC, "acquired", "Linux Weekly News"), L("Linux Weekly News", "parentOrganization", TC),
            L("Infonautics", "acquired", TC), L(TC, "parentOrganization", "Infonautics"),
            L("Hover", "provider", TC), L("OpenSRS", "provider", TC), L("Ting", "provider", TC)],
 outages=[],
 dates=[D("2012", "2012"), D("1993", "1993"), D("1996", "1996"), D("1999", "1999"), D("1998", "1998"),
        D("2000", "2000"), D("2001", "2001")])

# ---- software, US: Borland ------------------------------------------------------------------------------------------
BS = "Borland Software Corporation"
BL = "Borland Ltd."
FOUR = ["Niels Jensen", "Ole Henriksen", "Mogens Glad", "Philippe Kahn"]
A["wp-borland"] = dict(
 # the company -> Company, with 'Borland' and 'Borland Inc.' ('Kahn was chairman, president, and CEO of Borland
 # Inc. from its inception in 1983') as aliases; 'Borland Ltd.', founded by the three Danes in August 1981 before
 # 'a U.S. company would be needed' -> its own Company (the text tells it apart from the company founded in 1983;
 # doubtful: a reader might fold it into Borland as an earlier name); Micro Focus International -> Company; the four
 # founders -> Person, with 'Kahn' for Philippe Kahn; Word Index ('products like Word Index'), CP/M ('the CP/M
 # operating system') and the Micral (a computer Kahn helped develop) -> Service; Scotts Valley, California,
 # Cupertino, Austin, Texas, San Francisco, Silicon Valley, Denmark, Ireland -> Location; 'the CP/M-82 show' (an
 # event), 'Danish', 'a U.S. company', 'the American market' -> nothing
 entities=[E("Company", BS, "Borland", "Borland Inc."), E("Location", "Scotts Valley"), E("Location", "California"),
           E("Location", "Cupertino"), E("Location", "Austin"), E("Location", "Texas"),
           E("Company", "Micro Focus International"), E("Person", "Niels Jensen"), E("Person", "Ole Henriksen"),
           E("Person", "Mogens Glad"), E("Person", "Philippe Kahn", "Kahn"), E("Company", BL),
           E("Service", "Word Index"), E("Service", "CP/M"), E("Location", "San Francisco"),
           E("Location", "Silicon Valley"), E("Service", "Micral"), E("Location", "Denmark"),
           E("Location", "Ireland")],
 # 'It was founded in 1983 by Niels Jensen, Ole Henriksen, Mogens Glad and Philippe Kahn' -> cofounder each; 'Three
 # Danish citizens, Niels Jensen, Ole Henriksen, and Mogens Glad, founded Borland Ltd.' -> cofounder each of Borland
 # Ltd.; 'Kahn was chairman, president, and CEO of Borland Inc. from its inception in 1983 until 1995' -> chairman,
 # president, ceo, current false (ended 1995); 'Main shareholders at the incorporation' -> no role (owners)
 roles=[R(p, "cofounder", BS) for p in FOUR] + [R(p, "cofounder", BL) for p in FOUR[:3]]
       + [R("Philippe Kahn", t, BS, False) for t in ("chairman", "president", "ceo")],
 # 'It is now a Micro Focus International subsidiary' -> parentOrganization (no purchase told, so no acquired);
 # 'founded Borland Ltd. ... to develop products like Word Index' -> provider(Word Index, Borland Ltd.) (doubtful:
 # the text says the company was founded to develop such products, not that it sold Word Index); CP/M and the Micral
 # -> no provider (none named); Borland Ltd. and Borland -> no relation (the text gives none)
 relations=[L(BS, "parentOrganization", "Micro Focus International"), L("Word Index", "provider", BL)],
 outages=[],
 dates=[D("1983", "1983"), D("August 1981", "1981-08"), D("1995", "1995")])

# ---- computer security, US: Forcepoint (formerly Websense) ----------------------------------------------------------
FP = "Forcepoint"
VE = "Vista Equity Partners"
A["wp-forcepoint-websense"] = dict(
 # the company -> Company, with its former names 'Websense', 'Raytheon|Websense' and 'Websense, Inc.' as aliases;
 # Raytheon ('US defense contractor Raytheon') -> Company; 'private equity firm Vista Equity Partners' -> Company,
 # with 'Vista Partners LLC' (the joint-venture owner of the remaining 19.7%) as alias (doubtful: a reader might keep
 # the LLC apart as a Vista fund); Phil Trubey -> Person; Facebook -> Company; NASDAQ -> Company (an exchange);
 # 'Raytheon Cyber Products' -> Company; Austin ('Austin-based', 'Austin, Texas'), San Diego, California, Texas ->
 # Location; 'US' (adjective) -> nothing; the lines of service it offers ('content security, data protection, ...')
 # -> nothing (generic, not named products)
 entities=[E("Company", FP, "Websense", "Raytheon|Websense", "Websense, Inc."), E("Location", "Austin"),
           E("Company", "Raytheon"), E("Company", VE, "Vista Partners LLC"), E("Person", "Phil Trubey"),
           E("Company", "Facebook"), E("Company", "NASDAQ"), E("Location", "San Diego"),
           E("Location", "California"), E("Location", "Texas"), E("Company", "Raytheon Cyber Products")],
 # 'Forcepoint was founded by Phil Trubey in 1994' -> founder
 roles=[R("Phil Trubey", "founder", FP)],
 # 'owned by US defense contractor Raytheon' and 'Raytheon had an 80.3% stake' -> parentOrganization(Forcepoint,
 # Raytheon) (no acquired: the text tells an agreement to form a company, not a purchase; doubtful); 'Forcepoint was
 # acquired by Vista Equity Partners and taken private' -> acquired + parentOrganization (it still holds 19.7%);
 # 'Raytheon, in a joint venture with private equity firm Vista Equity Partners' and their agreement 'to form a new
 # cybersecurity company' -> partner(Raytheon, Vista Equity Partners); 'Facebook began working with Forcepoint to
 # assist Facebook in filtering links' -> partner(Facebook, Forcepoint) (a customer and its supplier; direction as
 # written); 'combining Raytheon Cyber Products with Websense, Inc.' -> nothing (a combination whose owner the text
 # gives only by the unit's name; doubtful: a reader might add parentOrganization(Raytheon Cyber Products,
 # Raytheon)); 'delisted from NASDAQ' -> nothing
 relations=[L(FP, "parentOrganization", "Raytheon"), L(VE, "acquired", FP), L(FP, "parentOrganization", VE),
            L("Raytheon", "partner", VE), L("Facebook", "partner", FP)],
 outages=[],
 # 'in the year 2000' -> '2000'
 dates=[D("1994", "1994"), D("2000", "2000"), D("October 2011", "2011-10"), D("May 20, 2013", "2013-05-20"),
        D("April 20, 2015", "2015-04-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
