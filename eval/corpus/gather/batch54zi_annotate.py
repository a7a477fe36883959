#!/usr/bin/env python3
"""Gold for batch 54zi (session 55, gatherer 54zi): two FCC texts on broadcast deals of 2001-2002 and 1999 (the
Commission's Memorandum Opinion and Order FCC 02-159 of 29 May 2002 on Clear Channel's applications to take control
of three wholly owned subsidiaries of The Ackerley Group, Inc., a docslib.org copy; Commissioner Gloria Tristani's
statement on the Commission's order on Great Empire Broadcasting, Inc.'s transfer of WOW(AM)/WOW(FM), Omaha, to
Journal Broadcast Corp., the FCC's HTML page), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve
against `published` (none relative here; the statement's `published` is null and it has no date).
Conventions (batches 15f, 43n-54zd of the lane; GUIDELINES section 2): applications for consent to a transfer of
control filed and not told as granted in the kept text -> acquired(transferee, each licensee named) only (the TDS /
Chorus and Maltz / Raycom transfer-of-control files; 51zd's, 54k's and 54q's pending applications); 'X, Y and Z,
wholly owned subsidiaries of W' -> parentOrganization(each, W); 'X proposes to acquire ... stations' with the
stations named -> acquired(X, each station) only (54zd's WBTJ(FM) 'application proposing the assignment'); radio and
TV stations -> Company (35l, 43v, 49m, 51e-54zd); short names in parentheses -> aliases; the Commission named only as
'the Commission' / 'the FCC' -> one Organization (named 'FCC' where the text gives the acronym, 'Commission' where it
gives only the word: 54zd); 'Commissioner Copps' in the 'By the Commission' line -> Person 'Copps' with role other at
the Commission (the 2004 KTVF(TV) order's call; GUIDELINES: commissioners -> other); place names -> Location, each
once however often named; file numbers, station counts, wattages and mileages -> no entity and no date; the
adoption/release lines kept in the text annotated as text; the `title` not annotated beyond what the text repeats.
usage: batch54zi_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zi/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Ackerley Group subsidiaries -> Clear Channel Communications, FCC 02-159 ----
CC = "Clear Channel"
AKM = "Ackerley Media Group, Inc."
CNY = "Central NY News, Inc."
ABF = "Ackerley Broadcasting Fresno, LLC"
AG = "Ackerley Group, Inc."
A["us-fcc-ackerley-group-clear-channel-ak-media-central-ny-news-ackerley-broadcasting-fresno-transfer-of-control-order-2002"] = dict(
 # Organization: the Commission ('By the Commission', 'Commission consent' -> 'Commission', the word only). Person:
 # 'Commissioner Copps' -> 'Copps' (the one surface form). Companies: Clear Channel (the buyer, named only so in the
 # kept text; 'Clear Channel Communications, Inc.' is in the `title` only -> name 'Clear Channel'); Ackerley Media
 # Group, Inc. ('(AK Media)' -> alias); Central NY News, Inc.; Ackerley Broadcasting Fresno, LLC; the Ackerley Group,
 # Inc. ('the' dropped from the name; '(Ackerley)' -> alias 'Ackerley'; **doubtful**: a reader may keep 'the
 # Ackerley Group, Inc.' as the name). No Location: the text names no place (the stations' cities are in the cut
 # caption). Not annotated: '16 full-service television stations', 'two FM and two AM radio stations' (unnamed),
 # 'MEMORANDUM OPINION AND ORDER'.
 entities=[E("Organization", "Commission"), E("Person", "Copps"), E("Company", CC), E("Company", AKM, "AK Media"),
           E("Company", CNY), E("Company", ABF), E("Company", AG, "Ackerley")],
 # 'Commissioner Copps approving in part, dissenting in part and issuing a statement' -> other at the Commission
 # (current: a sitting commissioner in the order's own line).
 roles=[R("Copps", "other", "Commission")],
 # - parentOrganization(Ackerley Media Group, Inc. / Central NY News, Inc. / Ackerley Broadcasting Fresno, LLC,
 #   Ackerley Group, Inc.): 'wholly owned subsidiaries of the Ackerley Group, Inc. (Ackerley)'.
 # - acquired(Clear Channel, each of the three): 'Clear Channel filed applications seeking Commission consent to the
 #   transfer of control of [the three]' (applications filed, the grant not in the kept sentence -> acquired only,
 #   no parentOrganization(subsidiary, Clear Channel); the TDS / Chorus call for each licensee named in a transfer of
 #   control; **doubtful**: a reader may hold a filed application an intention (nothing), or may give one acquired
 #   to the Ackerley Group, Inc. itself, whose transfer the `title` and caption tell but the kept text does not).
 # Near-misses: the 16 TV and four radio stations (unnamed in the kept text); the Commission and Copps (role only);
 #   the 'merger agreement' and Buckley Broadcasting of Monterey (only in the cut footnote / broken sentence).
 relations=[L(AKM, "parentOrganization", AG), L(CNY, "parentOrganization", AG), L(ABF, "parentOrganization", AG),
            L(CC, "acquired", AKM), L(CC, "acquired", CNY), L(CC, "acquired", ABF)],
 outages=[],
 # 'May 24, 2002' (adopted), 'May 29, 2002' (released, = `published`), 'October 17, 2001' (the applications' filing).
 dates=[D("May 24, 2002", "2002-05-24"), D("May 29, 2002", "2002-05-29"), D("October 17, 2001", "2001-10-17")])

# ---- Great Empire -> Journal, WOW(AM)/WOW(FM) Omaha, Tristani statement (1999) ----
A["us-fcc-commissioner-tristani-statement-great-empire-broadcasting-journal-wow-am-kesy-am-omaha-transfer-1999"] = dict(
 # Organization: the FCC ('the Commission's illogical and indefensible rules', 'the halls of the FCC', 'under the
 # Commission's rules' -> one body, named 'FCC' with alias 'Commission', 54zd's KOEZ call). Companies: Journal (the
 # buyer, 'Journal proposes to acquire'; its full name only in the `title`); the stations WOW(AM) ('WOW(AM)'s' -> the
 # same), KESY(AM), KDSN(AM) ('Denison, Iowa's KDSN(AM)'). Locations: Omaha ('the Omaha area', 'from Omaha', 'the
 # Omaha market', 'the eight Omaha stations': one entity); Denison; Iowa. Not annotated: the speaker ('I', 'My
 # previous statements': no name in the kept text -- the address and attribution name Tristani -> no Person, no
 # role); 'Great Empire' and WOW(FM) (the `title` only); 'a dozen stations from distant communities', 'the other
 # distant stations' (unnamed); wattages and mileages.
 entities=[E("Organization", "FCC", "Commission"), E("Company", "Journal"), E("Company", "WOW(AM)"),
           E("Company", "KESY(AM)"), E("Company", "KDSN(AM)"), E("Location", "Omaha"), E("Location", "Denison"),
           E("Location", "Iowa")],
 roles=[],
 # - acquired(Journal, WOW(AM)), acquired(Journal, KESY(AM)): 'Here, Journal proposes to acquire eight stations in
 #   the Omaha area. The composite principal community contour of two of those stations, WOW(AM) and KESY(AM) ...'
 #   (the proposed combination under review -> acquired only, 54zd's WBTJ(FM) call for a proposed assignment;
 #   **doubtful** twice: 'proposes' may be read as an intention (nothing); and for KESY(AM) the text makes it one of
 #   the eight Journal 'proposes to acquire', while the `title` names only WOW(AM)/WOW(FM) as transferred and
 #   Commissioner Ness's companion statement (not in the corpus) has Journal already holding six Omaha stations --
 #   kept as the text states it, a reader may leave KESY(AM) out).
 # Near-misses: KDSN(AM) (a distant station counted in the 'market', no tie to Journal: 'No ... economist would
 #   consider KDSN(AM) to be a competitor'); Great Empire as seller (title only: no parentOrganization(WOW(AM), Great
 #   Empire)); the eight Omaha stations (six unnamed).
 relations=[L("Journal", "acquired", "WOW(AM)"), L("Journal", "acquired", "KESY(AM)")],
 outages=[],
 # No dates: `published` null (the page gives none); '20-30 miles', '500 watts', '13 watts', '60-70 miles', '45'
 # are not time expressions.
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
