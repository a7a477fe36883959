#!/usr/bin/env python3
"""Batch 33b gold annotations (the texts of batch33b.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Every text has `published` (the news release's
date, or the order's release date), so relative expressions are resolved against it.
usage: batch33b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather34b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, FCC_EB
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["fcc-hamilton-innocaption-sprint-ip-cts-911-calls-2015"] = dict(
 # the dateline 'WASHINGTON' -> Location as written (upper case in the text); the Federal Communications Commission
 # (alias 'Commission', from 'a Commission investigation') and its Enforcement Bureau -> Organization, as the
 # corpus's FCC texts; Hamilton Relay, InnoCaption and 'Sprint Corp.' (the text's only form of the name) ->
 # Company; 911 -> Service, as the corpus's FCC 911 texts; Travis LeBlanc -> Person. Not annotated: 'Americans' and
 # 'the hard of hearing community' (people), 'applications used by callers who are hard of hearing' (unnamed apps;
 # the headline's 'IP CTS' is in the title, not the text)
 entities=[E("Location", "WASHINGTON"), E("Organization", "Federal Communications Commission", "Commission"),
           E("Organization", "Enforcement Bureau"), E("Company", "Hamilton Relay"), E("Company", "InnoCaption"),
           E("Company", "Sprint Corp."), E("Service", "911"), E("Person", "Travis LeBlanc")],
 # 'Travis LeBlanc, Chief of the Enforcement Bureau' -> head (GUIDELINES: chief of a bureau or agency)
 roles=[R("Travis LeBlanc", "head", "Enforcement Bureau")],
 # 'The Federal Communications Commission's Enforcement Bureau' -> parentOrganization (as batches 15f-32m)
 relations=[FCC_EB],
 # three outages, one per provider told by name: 'the companies' inability to handle 911 calls through
 # applications used by callers who are hard of hearing ... Over periods varying from 5 weeks to approximately 10
 # months, the companies were not only unable to relay 911 calls' -> providers Hamilton Relay, InnoCaption and
 # Sprint Corp., affected 911, no date (the periods are not dated; the settlements of 24 September 2015 only bound
 # them), no duration (the range '5 weeks to approximately 10 months' is not given per company), no place (the
 # dateline is the release's), no cause. Doubtful: the failures could be read as one outage counted over three
 # companies, or as non-compliance rather than an outage; the text says users 'unable to relay 911 calls', a
 # service lost, and names each company, so three
 outages=[O("Hamilton Relay", None, ["911"]), O("InnoCaption", None, ["911"]), O("Sprint Corp.", None, ["911"])],
 # published Thursday 24 September 2015: the dateline's 'September 24, 2015'; 'today' ('today reached settlements')
 # and 'Today's settlements' one text, one value -> listed once; '24 hours a day, 7 days a week' and the durations
 # '5 weeks', '10 months' skipped
 dates=[D("September 24, 2015", "2015-09-24"), D("today", "2015-09-24")])

A["fcc-alpheus-communications-outage-reporting-nal-2010"] = dict(
 # 'Alpheus Communications, LP' (alias 'Alpheus', the text's own defined short form) -> Company; 'the Commission'
 # (the FCC, never named in full in the text: its header and caption were left out) -> Organization under the
 # text's only name 'Commission' (doubtful: a generic-looking short name, but capitalised and the acting body
 # throughout); 'the United States' (inside the quoted statute) -> Location. Not annotated: 'the Communications
 # Act' and 'the Act' (a law), 'Section 4.9(f)', 'Section 4(o)' (provisions), 'wireline carriers' (generic)
 entities=[E("Company", "Alpheus Communications, LP", "Alpheus"), E("Organization", "Commission"),
           E("Location", "United States")],
 roles=[],
 relations=[],
 # one outage: 'Alpheus's failure to file with the Commission network outage reports for a significant disruption
 # in its network services' -> provider Alpheus Communications, LP (its network), no date (not in the excerpt; the
 # NAL of July 2010 only bounds it), affected [] (its 'network services' unnamed), no place, no cause. Doubtful:
 # the text is about the late reports; the disruption itself is stated as fact, so it is annotated (as batch 32c
 # kept the Emley Moor outage with no date)
 outages=[O("Alpheus Communications, LP", None, [])],
 # published 6 July 2010: '1992' -> 1992; 'within the time periods specified' skipped
 dates=[D("1992", "1992")])

A["fcc-verizon-final-outage-report-nal-2010"] = dict(
 # Verizon -> Company; 'the Commission' -> Organization under the text's only name (doubtful, as the Alpheus
 # text); 'the Communications Act' (a law), 'this agency' and 'our Nation's' (no name) -> not annotated
 entities=[E("Company", "Verizon"), E("Organization", "Commission")],
 roles=[],
 relations=[],
 # one outage: 'failing to file a true, complete and accurate Final Communications Outage Report regarding a
 # significant disruption in its network services ("outage")' -> provider Verizon, no date, affected [] (network
 # services unnamed), no place, no cause (the facts lie beyond the excerpt). Doubtful as the Alpheus text: the NAL
 # is about the report, the outage stated only in passing
 outages=[O("Verizon", None, [])],
 # published 9 July 2010: '1992' -> 1992; 'later' skipped
 dates=[D("1992", "1992")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["fcc-logix-communications-outage-reporting-consent-decree-2020"] = dict(
 # 'Logix Communications, LP. dba Logix Fiber Networks (Logix)' -> one Company, its legal name as written (with
 # 'LP.') and the aliases 'Logix' (its defined short form) and 'Logix Fiber Networks' (the name it does business
 # under); the Enforcement Bureau and 'the Commission' -> Organization (no full FCC name in the text). Not
 # annotated: 'the Commission s Network Outage Reports System' (the regulator's filing system, not a service its
 # users lose; doubtful: Service), 'the Act', sections and rules. No relation Enforcement Bureau -> Commission:
 # the text does not say whose bureau it is (doubtful: a careful reader may know it; the corpus's Intrado order (dev) names
 # 'the Enforcement Bureau of the Federal Communications Commission', this one does not)
 entities=[E("Organization", "Enforcement Bureau"),
           E("Company", "Logix Communications, LP.", "Logix", "Logix Fiber Networks"),
           E("Organization", "Commission")],
 roles=[],
 relations=[],
 # near-miss: 'Logix admits that it failed to timely file the required network outage reports' -- outages are
 # implied by the reports but none is told (no date, place, service or number), and 'help prevent future outages'
 # is general -> no outage (GUIDELINES: outages counted or implied but not told one by one are not events)
 outages=[],
 # published 30 November 2020: no date expression in the text ('future' skipped)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
