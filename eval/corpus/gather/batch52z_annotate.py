#!/usr/bin/env python3
"""Gold for batch 52z (session 53, gatherer 52z): three FCC television-licence letters of 2006-2008 (the Media
Bureau's letter DA 06-1914 of 22 September 2006 on the applications to assign KWCH-TV, KBSD-TV, KBSL-TV and KBSH-TV,
Kansas, from MG Broadcasting, LLC as E.A.T. to Sunflower Broadcasting; the Media Bureau's letter DA 07-383 of 30
January 2007 on the application to assign WTVK(TV), Naples, Florida, from Acme Television Licenses of Florida, LLC to
Sun Broadcasting, Inc., with Journal Broadcasting Corporation's comments; the Media Bureau's letter DA 08-2454 of 5
November 2008 on the applications to assign six licences to subsidiaries of London Broadcasting Company -- all three
the FCC's own EDOCS text files), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 15f, 43n-52x of the lane; GUIDELINES section 2): an assignment application whose grant is not
in the kept text (none of the three kept texts reaches the Bureau's ruling) -> acquired(assignee, the station) only,
as a pending application (51j, 51zd's Hilco/Cumulus, 51zg's WPHL-TV; **doubtful**: a reader may give nothing before
a grant); the assignor named with 'from' -> parentOrganization(station, assignor) (the lane's assignor call, 51j/51r);
'X, licensee of S' -> parentOrganization(S, X) (stated; the lane's licensee call); a station run 'as a satellite of'
another -> no relation (a licensing status, not ownership or partnership; near-miss, as 52x); TV and radio stations
-> Company (52p's WBUI(TV), 52x's KYLE); call signs kept as written, the KWCH rendering's spaced 'KWCH- TV' included
(the names must match the text); short names in parentheses or quotation marks -> aliases; 'the Commission' ->
Organization 'Commission' (52p, 52x); place names -> Location as written ('Hutchison' as spelt; states on their own
when written out); 'we' (the Bureau) -> no entity; 'Television Satellite Stations' (a Commission decision's short
name), rules, notes, files, facility IDs, 'Grade B', 'City Grade', 'DMA' not annotated; the 'Re:' lines are part
of the text and annotated with it (their short forms are also the `title`, which is not annotated apart).
usage: batch52z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- KWCH-TV and satellites: MG Broadcasting, LLC as E.A.T. -> Sunflower Broadcasting (DA 06-1914), 2006-09-22 -----
MGB = "MG Broadcasting, LLC"
SUN = "Sunflower Broadcasting, LLC, Inc."
KS = ["KWCH- TV", "KBSD- TV", "KBSL- TV", "KBSH- TV"]
A["us-fcc-mg-broadcasting-eat-sunflower-broadcasting-kwch-tv-kbsd-kbsh-kbsl-satellites-assignment-letter-2006"] = dict(
 # Companies: the four stations as written ('KWCH- TV' in the 'Re:' line and three times in the body; 'KBSD- TV',
 # 'KBSH- TV', 'KBSL- TV' each two or three times); MG Broadcasting, LLC (once, 'as E. A. T.' a capacity -- an
 # exchange accommodation titleholder, not spelt out -- no alias, no entity); Sunflower Broadcasting, LLC, Inc. (so
 # written; '(Sunflower)' and 'Sunflower' twice more -> alias). Organization: Commission ('the Commission's Rules',
 # 'the Commission previously approved'). Locations: Hutchison (the 'Re:' line and the body; the letter's spelling,
 # kept), Kansas (five times, one entity), Ensign, Goodland, Hays. Not annotated: 'Note 5 of Section 73.3555', 'the
 # local television multiple ownership rule', 'E. A. T.', the file and ID numbers.
 entities=[E("Company", s) for s in KS] + [E("Company", MGB), E("Company", SUN, "Sunflower"),
           E("Organization", "Commission")] +
          [E("Location", x) for x in ("Hutchison", "Kansas", "Ensign", "Goodland", "Hays")],
 # No person is named in the kept text (counsel were in the addressee blocks, left out).
 roles=[],
 # - acquired(Sunflower Broadcasting, LLC, Inc., each of the four stations): 'applications seeking consent to the
 #   assignment of the licenses of television stations KWCH- TV ...; KBSD- TV ...; KBSL- TV ...; and KBSH- TV ... from
 #   MG Broadcasting, LLC as E. A. T. to Sunflower', 'In connection with the acquisition' (an agreed deal before the
 #   Commission, the grant not in the kept text -> acquired only; **doubtful** as in the docstring).
 # - parentOrganization(each station, MG Broadcasting, LLC): the assignor, 'from MG Broadcasting, LLC as E. A. T.'
 #   (the lane's assignor call; **doubtful**: an exchange accommodation titleholder holds the stations for a like-kind
 #   exchange, so a reader may call it a parking holder, not a parent; the text does not say whose exchange).
 # Near-misses: 'Sunflower proposes to continue operating KBSH- TV and KBSD- TV as satellites of KWCH- TV' and
 #   'have operated as satellites of KWCH- TV for several decades' (satellite operation: no relation); 'their common
 #   ownership' (the stations owned in common: no named owner in that sentence, no relation between stations);
 #   'KBSL- TV does not require a satellite waiver'.
 relations=[L(SUN, "acquired", s) for s in KS] + [L(s, "parentOrganization", MGB) for s in KS],
 outages=[],
 # 'September 22, 2006' (the release line, = `published`); '1982', '1988', '1989', '1992', '1994', '2000' (years of
 # the Commission's earlier approvals), each a year. Not dates: 'several decades'; '20060728' inside the file number.
 dates=[D("September 22, 2006", "2006-09-22")] + [D(y, y) for y in ("1982", "1988", "1989", "1992", "1994", "2000")])

# ---- WTVK(TV), Naples: Acme Television Licenses of Florida, LLC -> Sun Broadcasting, Inc. (DA 07-383), 2007-01-30 ----
ACME = "Acme Television Licenses of Florida, LLC"
SUNB = "Sun Broadcasting, Inc."
JBC = "Journal Broadcasting Corporation"
A["us-fcc-acme-television-licenses-of-florida-sun-broadcasting-wtvk-naples-journal-comments-assignment-letter-2007"] = dict(
 # Companies: WTVK(TV) (the 'Re:' line and the body); Acme Television Licenses of Florida, LLC ('(\u201cAcme\u201d)'
 # -> alias); Sun Broadcasting, Inc. ('(\u201cSun\u201d)', 'Sun' again -> alias); Journal Broadcasting Corporation
 # ('(\u201cJournal\u201d)' -> alias); WFTX(TV). Locations: Naples (the 'Re:' line and the body), FL (the 'Re:' line,
 # as written; 51r-52x's state-abbreviation call, **doubtful**), Florida (twice), Cape Coral. No Commission in the
 # kept text. Not annotated: '\u201cComments\u201d' (a filing), the file and facility numbers.
 entities=[E("Company", "WTVK(TV)"), E("Company", ACME, "Acme"), E("Company", SUNB, "Sun"),
           E("Company", JBC, "Journal"), E("Company", "WFTX(TV)")] +
          [E("Location", x) for x in ("Naples", "FL", "Florida", "Cape Coral")],
 # No person is named in the kept text (the three addressee blocks, naming counsel, were left out).
 roles=[],
 # - acquired(Sun Broadcasting, Inc., WTVK(TV)): 'application to assign the license of Television Station WTVK(TV)
 #   ... from ... Acme ... to Sun Broadcasting, Inc.', 'the proposed transaction' (pending, the ruling not in the
 #   kept text -> acquired only; **doubtful**: Journal's comments oppose it, so a reader may give nothing).
 # - parentOrganization(WTVK(TV), Acme Television Licenses of Florida, LLC): the assignor, 'from Acme Television
 #   Licenses of Florida, LLC' (the lane's assignor call).
 # - parentOrganization(WFTX(TV), Journal Broadcasting Corporation): 'Journal Broadcasting Corporation ...,
 #   licensee of WFTX(TV)' (stated; the lane's licensee call).
 # Near-misses: Journal 'filed \u201cComments\u201d on the proposed transaction, to which Sun filed a reply' (an
 #   objector and a reply: no partner, no relation between Journal and Sun or Acme); WTVK and WFTX in one market (no
 #   relation stated).
 relations=[L(SUNB, "acquired", "WTVK(TV)"), L("WTVK(TV)", "parentOrganization", ACME),
            L("WFTX(TV)", "parentOrganization", JBC)],
 outages=[],
 # 'January 30, 2007' (the release line, = `published`); 'June 23, 2006' (Journal's comments). Not dates:
 # '20060513' inside the file number.
 dates=[D("January 30, 2007", "2007-01-30"), D("June 23, 2006", "2006-06-23")])

# ---- Six licences to subsidiaries of London Broadcasting Company; KWES License Company, LLC (DA 08-2454), 2008-11-05 -
LBC = "London Broadcasting Company"
KLC = "KWES License Company, LLC"
ST = ["KFDA-TV", "KWAB-TV", "KWES-TV", "KXXV(TV)", "KSWO-TV", "KTXC(FM)"]
A["us-fcc-london-broadcasting-kwes-license-company-six-licenses-kwab-tv-satellite-assignment-letter-2008"] = dict(
 # Companies: London Broadcasting Company ('(\u201cLondon\u201d)' -> alias); KWES License Company, LLC ('(hereinafter
 # \u201cLondon Subsidiary\u201d)' -> alias, a defined short name); the six stations of the 'Re:' line, KFDA-TV,
 # KWAB-TV (the 'Re:' line twice and the body three times), KWES-TV (also in 'KWES License Company': the company
 # name, not the station), KXXV(TV), KSWO-TV, KTXC(FM) (a radio station, Company as the TV stations). Organization:
 # Commission ('the Commission\u2019s rules', 'the Commission established'). Locations, as written: Amarillo, Texas
 # (seven times, one entity), Big Spring (three times), Odessa (twice), Waco, Lawton, Oklahoma, Lamesa, Odessa-Midland
 # (a television market's name, 'the Odessa-Midland, Texas, DMA': a named region -> Location, **doubtful**: a reader
 # may leave a DMA name out). Not annotated: 'Section 73.3555, Note 5', 'Television Satellite Stations', 'Grade B',
 # 'DMA', 'we', the facility and file numbers.
 entities=[E("Company", LBC, "London"), E("Company", KLC, "London Subsidiary")] + [E("Company", s) for s in ST] +
          [E("Organization", "Commission")] +
          [E("Location", x) for x in ("Amarillo", "Texas", "Big Spring", "Odessa", "Waco", "Lawton", "Oklahoma",
                                      "Lamesa", "Odessa-Midland")],
 # No person is named in the kept text (counsel's name was in the addressee block, left out).
 roles=[],
 # - acquired(London Broadcasting Company, each of the six stations): 'applications for the assignment of five
 #   television station licenses and one radio station license to various wholly-owned subsidiaries of London
 #   Broadcasting Company', the six listed in the 'Re:' line; 'As part of this transaction' (pending, the ruling not
 #   in the kept text -> acquired only; **doubtful**: the assignees are London's unnamed subsidiaries, London the
 #   buyer group; the stations tied to the applications only through the 'Re:' list and 'above-captioned').
 # - acquired(KWES License Company, LLC, KWAB-TV) and acquired(KWES License Company, LLC, KWES-TV): 'KWES License
 #   Company, LLC ..., the proposed assignee of KWAB-TV, Big Spring, Texas and KWES-TV, Odessa, Texas' (the named
 #   assignee; **doubtful**: a reader may keep only one buyer per station, London or its subsidiary).
 # - parentOrganization(KWES License Company, LLC, London Broadcasting Company): defined as '\u201cLondon
 #   Subsidiary\u201d' in the paragraph on the assignments to 'various wholly-owned subsidiaries of London' (read
 #   as stated; 'proposed assignee' is of the stations, the subsidiary tie itself is not said to be pending).
 # Near-misses: 'to operate KWAB-TV as a satellite of KWES-TV' (satellite operation: no relation); 'The stations have
 #   Grade B overlap' (coverage, no relation); the seller (assignor) is not named in the kept text -> no
 #   parentOrganization to a seller.
 relations=[L(LBC, "acquired", s) for s in ST] + [L(KLC, "acquired", "KWAB-TV"), L(KLC, "acquired", "KWES-TV"),
            L(KLC, "parentOrganization", LBC)],
 outages=[],
 # 'November 5, 2008' (the release line, = `published`). Not dates: '20080630' inside the file number.
 dates=[D("November 5, 2008", "2008-11-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
