#!/usr/bin/env python3
"""Batch 51s gold annotations (the texts of batch51s.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
gov-uk-beis-hytera-sepura-revised-national-security-undertakings-accepted-2021 -> test,
gov-uk-nsi-act-exosens-uk-centronic-final-order-approved-with-condition-2024 -> train,
gov-uk-nsi-act-ftdi-holding-future-technology-devices-international-final-order-to-sell-2024 -> dev. `published` null
(no page date in the excerpt), 2024-07-25, 2024-11-06.
Conventions (GUIDELINES.md part 2; the gov.uk texts of batches 18b, 21c, 24b, 51f and 51k): government bodies and the
CMA -> Organization; a minister named with a title that names no country on its own ('The Secretary of State for
Business, Energy and Industrial Strategy, Kwasi Kwarteng MP', 'the then Secretary of State, Greg Clark MP') -> Person,
no role (51k's Clark and Leadsom; 'MP' is a legislator's label, no role); an unnamed office-holder ('the Secretary of
State', 'the Chancellor of the Duchy of Lancaster', 'the chair of the CMA') -> no entity, no role; a country's name
used as a modifier ('UK Defence contracts', 'UK-developed') -> Location (43q, 44c, 51k). Laws and the years in their
names ('Enterprise Act 2002', 'National Security and Investment Act 2021') are neither entities nor dates. An
acquisition the text shows as done ('gained control ... by increasing the percentage of shares held ... to 75% or
more') -> acquired and parentOrganization; one approved and still to complete ('will gain control ... upon
completion') -> acquired only (51k's Cobham and Northern Aerospace); 'a wholly owned subsidiary of' ->
parentOrganization. No outage in any text.
usage: batch51s_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather52s/pool /tmp/gather52s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Hytera / Sepura, revised undertakings accepted (published null) ----------------------------------------------
A["gov-uk-beis-hytera-sepura-revised-national-security-undertakings-accepted-2021"] = dict(
 # 'Kwasi Kwarteng' (in 'Kwasi Kwarteng MP'), 'Greg Clark' (in 'Greg Clark MP') -> Person; 'Sepura plc' (also as
 # 'Sepura plc.' with the page's full stop) with alias 'Sepura', 'Hytera Communications Corporation Limited' with
 # alias 'Hytera' -> Company; 'the Competition and Markets Authority (CMA)' -> Organization, alias 'CMA'; 'the Home
 # Office' -> Organization. Left out: 'the Secretary of State' / 'he' (an office, not a name), 'the chair of the CMA'
 # (unnamed), 'the emergency services' (generic), 'the Transaction' (a defined term for the deal), 'Enterprise Act
 # 2002' and 'Enterprise and Regulatory Reform Act 2013' (laws), 'Public Interest Intervention Notice' (a notice)
 entities=[E("Person", "Kwasi Kwarteng"), E("Person", "Greg Clark"), E("Company", "Sepura plc", "Sepura"),
           E("Company", "Hytera Communications Corporation Limited", "Hytera"),
           E("Organization", "Competition and Markets Authority", "CMA"), E("Organization", "Home Office")],
 # No role: 'The Secretary of State for Business, Energy and Industrial Strategy, Kwasi Kwarteng MP' and 'the then
 # Secretary of State, Greg Clark MP' - the posts name no country and the text names none at all (51k's rule;
 # doubtful: the lane's kind of minister, and a reader may give Clark a former post, current false, but there is no
 # org entity to attach it to)
 roles=[],
 # 'the proposed acquisition by Hytera of the entire issued ordinary share capital of Sepura' (2017), with
 # undertakings 'offered by the parties involved in the acquisition' and 'Hytera and Sepura offered undertakings' ->
 # acquired(Hytera, Sepura plc): an agreed deal. No parentOrganization (doubtful): the 2021 paragraphs call it 'the
 # acquisition', no longer 'proposed', and undertakings revised four years on imply that it went ahead, but the text
 # never says it completed or that Hytera owns Sepura (the left-out BEIS news story has 'Hytera's ownership')
 relations=[L("Hytera Communications Corporation Limited", "acquired", "Sepura plc")],
 outages=[],
 # '28 September 2021' -> 2021-09-28; '10 April 2017' -> 2017-04-10; '4 May 2017' -> 2017-05-04 (all absolute;
 # `published` is null). Not dates: '2002' and '2013' in the Acts' names, 'Section 42', 'section 44(2)'
 dates=[D("28 September 2021", "2021-09-28"), D("10 April 2017", "2017-04-10"), D("4 May 2017", "2017-05-04")])

# ---- Exosens UK / Centronic, final order approving with a condition (published 2024-07-25) ------------------------
A["gov-uk-nsi-act-exosens-uk-centronic-final-order-approved-with-condition-2024"] = dict(
 # 'Centronic Limited' (alias 'Centronic', in 'Centronic’s site'; also in 'Centronic Limited’s UK facility'),
 # 'Centronic Group Limited', 'Centronic Holdings Limited', 'Exosens UK Limited', 'Exosens S.A.S.' -> Company (five
 # names; 'Centronic' is taken for Centronic Limited, the company whose site and contracts the condition keeps in the
 # UK; doubtful: a reader may read 'Centronic’s' as the group); 'UK' (in 'UK Defence contracts', 'the UK', 'the UK’s',
 # 'UK facility') -> Location. Left out: 'the Chancellor of the Duchy of Lancaster' (an office, unnamed), 'the Parties',
 # 'the qualifying entities', 'the Acquisition' (defined terms), the Act (a law)
 entities=[E("Company", "Centronic Limited", "Centronic"), E("Company", "Centronic Group Limited"),
           E("Company", "Centronic Holdings Limited"), E("Company", "Exosens UK Limited"),
           E("Company", "Exosens S.A.S.")] + locs("UK"),
 roles=[],
 # 'Exosens UK Limited, a wholly owned subsidiary of Exosens S.A.S.' -> parentOrganization(Exosens UK Limited,
 # Exosens S.A.S.). 'has approved the 100% acquisition of the issued share capital of Centronic Limited by Exosens UK
 # Limited' and 'will gain control of the qualifying entities, Centronic Group Limited and, indirectly, Centronic
 # Limited, upon completion' -> acquired(Exosens UK Limited, Centronic Limited) and acquired(Exosens UK Limited,
 # Centronic Group Limited): a deal approved and still to complete, so no parentOrganization (doubtful: the second
 # acquired - Centronic Group is the company bought directly, but the approval names only Centronic Limited; a reader
 # may give only one). Near-misses: Centronic Limited under Centronic Group Limited ('indirectly' - through which
 # company the text does not say, so no parentOrganization), Centronic Holdings Limited (named only in the list of
 # parties; no relation stated), 'current and future UK Defence contracts' (no other party named; no partner)
 relations=[L("Exosens UK Limited", "parentOrganization", "Exosens S.A.S."),
            L("Exosens UK Limited", "acquired", "Centronic Limited"),
            L("Exosens UK Limited", "acquired", "Centronic Group Limited")],
 outages=[],
 # '25 July 2024' -> 2024-07-25. Not dates: '2021' in the Act's name, 'section 26', 'section 8(2)(c)'; 'current and
 # future' (no calendar value)
 dates=[D("25 July 2024", "2024-07-25")])

# ---- FTDI Holding / Future Technology Devices International, final order to sell (published 2024-11-06) ----------
A["gov-uk-nsi-act-ftdi-holding-future-technology-devices-international-final-order-to-sell-2024"] = dict(
 # 'Future Technology Devices International Limited' (alias 'FTDI', defined in '(“FTDI”)' and used in 'sell 80.2% of
 # FTDI', 'The ownership of FTDI', 'FTDI products') and 'FTDI Holding Limited' (alias 'FTDIHL', defined in
 # '(“FTDIHL”)') -> Company; 'UK' (in 'UK-developed' and 'UK national security') -> Location (modifiers; doubtful for
 # the one inside the hyphenated 'UK-developed', but the surface form is the same). Left out: 'the Chancellor of the
 # Duchy of Lancaster' (an office), 'any subsidiary, controlled entity or affiliate of either of them' (generic), 'the
 # qualifying entity', 'the Acquisition', the Act; 'FTDI products' (no named product)
 entities=[E("Company", "Future Technology Devices International Limited", "FTDI"),
           E("Company", "FTDI Holding Limited", "FTDIHL")] + locs("UK"),
 roles=[],
 # 'On 7 December 2021, FTDI Holding Limited gained control of the qualifying entity, Future Technology Devices
 # International Limited by increasing the percentage of shares held ... to 75% or more' -> acquired(FTDI Holding
 # Limited, Future Technology Devices International Limited) and parentOrganization(Future Technology Devices
 # International Limited, FTDI Holding Limited): control gained, a done acquisition (the order requiring FTDIHL 'to
 # sell 80.2% of FTDI' is a sale still to come, and relations carry no time). Doubtful: the buyer held shares before
 # ('from less than 75%'), so a reader may see a raised stake rather than a purchase of the company; 'gained control'
 # decides it here
 relations=[L("FTDI Holding Limited", "acquired", "Future Technology Devices International Limited"),
            L("Future Technology Devices International Limited", "parentOrganization", "FTDI Holding Limited")],
 outages=[],
 # '5 November 2024' -> 2024-11-05 (the day the order came into force, the day before the page's date);
 # '7 December 2021' -> 2021-12-07. Not dates: '2021' in the Act's name, 'within a specified period'
 dates=[D("5 November 2024", "2024-11-05"), D("7 December 2021", "2021-12-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
