#!/usr/bin/env python3
"""Batch 37l gold annotations (the text of batch37l.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part): test the Optus text, train the Collins Aerospace text. `published` is null (a
Wikipedia page carries no date): only absolute dates are listed (GUIDELINES.md, Dates). A day and month with no year
of its own ('On 26 November') and bare clock times ('9am', '11:20am') are left out, and the outage they date gets no
date and no start or end, though the same paragraph order makes 2025 plain (the binding Outages rule on `published`
null); its duration (9am to 11:20am) is still computable and is given.
Conventions: the provider is the operator whose network or software failed (Optus; TPG Telecom for its 'similar
outage'; Collins Aerospace, whose Muse software the ransomware hit);
`affected` lists Triple Zero, the named service callers lost (as the corpus's ACMA texts annotate Optus's and
Telstra's Triple Zero outages); the national emergency number is not said to be run by either operator: no relation.
'Australian' and 'European' are adjectives: no Location (as batch 36f's 'Colombian'). Airports are Location
(GUIDELINES.md) and, when the text names them as hit, stand in `affected` (as the corpus's Heathrow and Los Angeles
airport outages). A date subheading kept as a line ('21\u201322 September 2025') is listed with its first day, as the
corpus lists '14\u201315 August 2006'.
usage: batch37l_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38l/pool /tmp/gather38l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
TZ = "Triple Zero"
A["wp-2025-optus-emergency-calling-outage"] = dict(
 # 'telecommunications provider Optus' and 'TPG Telecom' (its 'They also confirmed' is a pronoun, no alias) ->
 # Company; 'Triple Zero (000), the national emergency services phone number' -> Service, with '000' (the number in
 # brackets, the same service) as alias; the four states and territories the callers were in, the place of the
 # second death ('Wentworth Falls in the Blue Mountains') and of the cut cable ('Frankston and the Mornington
 # Peninsula in Victoria') -> Location; 'Wi-Fi' is a technology, 'another mobile network' unnamed: nothing
 entities=[E("Company", "Optus"), E("Service", TZ, "000"), E("Company", "TPG Telecom")]
          + locs("Northern Territory", "South Australia", "Western Australia", "New South Wales", "Wentworth Falls",
                 "Blue Mountains", "Frankston", "Mornington Peninsula", "Victoria"),
 # no person is named: no role
 roles=[],
 # Triple Zero is 'the national emergency services phone number', not said to be Optus's or TPG's: no provider
 # relation; no ownership, purchase or partnership is told
 relations=[],
 outages=[
  # (1) the article's subject: 'On Thursday 18 September 2025 ... Optus experienced a technical fault to its network
  # resulting in some customers unable to make calls to Triple Zero ... for around 13 hours'; start/end null (the
  # infobox's 12:30am-1:30pm is cut); 'around 13 hours' -> 13; location the four regions the callers were in, as the
  # text lists them; cause 'An issue with a routine firewall upgrade'
  O("Optus", "2025-09-18", [TZ], dur=13.0,
    loc="Northern Territory, South Australia, Western Australia and New South Wales",
    cause="issue with a routine firewall upgrade"),
  # (2) 'On 18 November 2025, TPG Telecom also had a similar outage due to outdated software': 'similar' read as the
  # same kind of failure, calls to Triple Zero (doubtful: affected could be left empty); the second death 'as a
  # result of an outage unrelated to this one in Wentworth Falls' read as TPG's count going on ('a second person'
  # after 'at least one person'), 'this one' being the article's Optus outage: no third outage, and Wentworth Falls
  # (where the death was) not given as the outage's location (doubtful either way)
  O("TPG Telecom", "2025-11-18", [TZ], cause="outdated software"),
  # (3) 'On 26 November, Optus services (including emergency calls) were brought offline due to a cut fibre optic
  # cable in Frankston and the Mornington Peninsula in Victoria from 9am to 11:20am': a second Optus outage told apart;
  # date, start and end null ('26 November' has no year and published is null); 9am-11:20am -> 2 h 20 min = 2.33;
  # affected Triple Zero ('including emergency calls'); location the two places the cut hit (Victoria is the state
  # they are in)
  O("Optus", None, [TZ], dur=2.33, loc="Frankston and the Mornington Peninsula", cause="cut fibre optic cable")],
 # 'Thursday 18 September 2025', '18 November 2025', '9 December 2025'; 'On 26 November' (no year), '9am', '11:20am'
 # (no date of their own) and 'around 13 hours' (a duration) left out
 dates=[D("Thursday 18 September 2025", "2025-09-18"), D("18 November 2025", "2025-11-18"),
        D("9 December 2025", "2025-12-09")])

A["wp-collins-aerospace-cyberattack"] = dict(
 # 'Collins Aerospace', 'RTX Corporation' ('the parent of Collins Aerospace') and 'British Airways' -> Company; 'Muse
 # check-in and boarding software' / 'the Muse system' -> Service 'Muse'; the four airports and 'Terminal 2' (Dublin
 # Airport's terminal, a named facility; doubtful) -> Location; 'The National Cyber Security Centre' (a government
 # body; its country is not named) and 'The European Union Agency for Cybersecurity' -> Organization; 'ransomware' is
 # no entity; 'European' an adjective
 entities=[E("Company", "Collins Aerospace"), E("Service", "Muse"), E("Company", "RTX Corporation"),
           E("Company", "British Airways"), E("Organization", "National Cyber Security Centre"),
           E("Organization", "European Union Agency for Cybersecurity")]
          + locs("Brussels Airport", "Berlin Brandenburg Airport", "Heathrow Airport", "Dublin Airport", "Terminal 2"),
 # no person is named: no role
 roles=[],
 # 'Muse check-in and boarding software created by Collins Aerospace' -> provider; 'RTX Corporation, the parent of
 # Collins Aerospace' -> parentOrganization. The NCSC 'working with Collins Aerospace on the problem' is incident
 # response, not a stated partnership or contract: nothing. British Airways 'was able to operate with a backup
 # system' while 'other airlines were affected by the attack on the Muse system': BA is not said to be a Muse
 # customer in so many words (doubtful): no partner relation
 relations=[L("Muse", "provider", "Collins Aerospace"), L("Collins Aerospace", "parentOrganization", "RTX Corporation")],
 # one outage: the attack on Collins Aerospace's Muse software that left passengers checked in and boarded manually at
 # Brussels Airport (19 September 2025), lengthened waits at Berlin Brandenburg, delays at Heathrow (20 September) and
 # disruption to check-in and luggage handling at Dublin Airport's Terminal 2 (21-22 September): one failure of one
 # system told day by day, not four outages. Provider Collins Aerospace (the software's maker, whose 'computers in
 # "select airports"' its parent says were disrupted); date 2025-09-19 (the first day's subheading); no clock time,
 # end or duration ('continued for a third day' gives no end date); affected Muse and the four airports named as hit
 # (Terminal 2 is Dublin Airport's, not listed apart); location null ('several European airports', no one region
 # named); cause the ransomware the EU agency confirmed
 outages=[O("Collins Aerospace", "2025-09-19",
            ["Muse", "Brussels Airport", "Berlin Brandenburg Airport", "Heathrow Airport", "Dublin Airport"],
            cause="ransomware attack on the Muse check-in and boarding software")],
 # the three date subheadings; '21\u201322 September 2025' -> its first day; 'a second day', 'a third day' (counts of
 # days, not resolvable without the subheading's reading) left out
 dates=[D("19 September 2025", "2025-09-19"), D("20 September 2025", "2025-09-20"),
        D("21\u201322 September 2025", "2025-09-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
