#!/usr/bin/env python3
"""Batch 56a gold annotations (the texts of batch56a.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-greene-king-spirit-pub-company-merger-undertakings-considered-2015 -> test,
uk-cma-mastercard-vocalink-merger-phase-1-concerns-2017 -> train,
uk-cma-tobii-smartbox-merger-case-page-sale-to-caretech-2020 -> dev. `published` 2015-05-26, 2017-01-04 and null (the
case page, as batch 17d's, 55j's, 55o's and 55t's case pages).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t and 55zc): a
purchase the text tells as done ('the completed acquisition by Tobii AB of ...', 'Tobii completed its sale of Smartbox
to CareTech Holdings Plc') -> `acquired` AND parentOrganization(target, buyer), ownership since undone (Smartbox sold
on) still recorded (relations carry no time; 55o's FNZ / GBST); a purchase agreed or under review but not said to be
completed ('is buying', 'its anticipated acquisition of') -> `acquired` only (17d's Unite / Liberty Living, 40zh's
Poundland / 99p Stores); 'X, a subsidiary of Y' -> parentOrganization(X, Y); the regulator an Organization by the
fullest form the text gives ('Competition and Markets Authority' with alias 'CMA' where spelled out, 'CMA' alone where
not, as 17d's, 55j's and 55o's case pages); the chair of a CMA remedy group -> chairman at the CMA, the group's other
named members -> other at the CMA (55j, 55o); the Competition Appeal Tribunal an Organization (a court) with aliases
'CAT' and 'Tribunal' (55j); card schemes and interbank payment systems users pay through -> Service (GUIDELINES part 2:
networks, platforms); with `published` null only absolute dates are listed, the timetable's '8.2.19' style dates
included (17d's '27.12.19'). No outage in any text.
usage: batch56a_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather57a/pool /tmp/gather57a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
CMA = "Competition and Markets Authority"

# ---- Greene King / Spirit Pub Company, undertakings to be considered (published 2015-05-26) ----------------------
GK = "Greene King"
SP = "Spirit Pub Company"
A["uk-cma-greene-king-spirit-pub-company-merger-undertakings-considered-2015"] = dict(
 # 'the Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (first as 'the CMA' in the summary
 # line, before the full name; also "CMA’s"); 'Greene King' -> Company (named only so; also in 'Greene King/Spirit
 # staff'); 'Spirit Pub Company' -> Company with alias 'Spirit' (the short form in 'Greene King/Spirit staff').
 # Left out: '16 local areas', 'these areas' (unnamed places), '16 pubs', 'managed pubs', 'the relevant pub name'
 # (unnamed), 'other outlets' (generic), 'the case page' (a web page), 'phase 2' (a procedure). No Location: the text
 # names no place
 entities=[E("Organization", CMA, "CMA"), E("Company", GK), E("Company", SP, "Spirit")],
 # No person is named: no role
 roles=[],
 # acquired(Greene King, Spirit Pub Company): 'its anticipated acquisition of Spirit Pub Company' -> an agreed
 # purchase under review, not said to be completed: `acquired` only, no parentOrganization (17d's Unite / Liberty
 # Living, 40zh's Poundland / 99p Stores; **doubtful**: 'anticipated' may read as intention only, GUIDELINES'
 # 'intentions -> nothing'; the CMA's word means a deal agreed and awaiting clearance, and 'the companies' and 'the
 # parties’ pubs' treat it as a deal between the two). Near-misses: Greene King's offer 'to sell 16 pubs' (a remedy:
 # no buyer, no pub named); 'These pubs would be divested by Greene King as properties' (assets, no relation); the
 # 'transfer of Greene King/Spirit staff' (not ownership); 'each other’s key rivals' (competitors, no relation); the
 # possible phase 2 reference (a procedure)
 relations=[L(GK, "acquired", SP)],
 outages=[],
 # 'Earlier this month' -> 2015-05 (against `published` 2015-05-26; the phase 1 decision of that month), '21 July
 # 2015' -> 2015-07-21 (the CMA's deadline). Not dates: 'now', 'shortly' (no calendar value), '16' (a count)
 dates=[D("Earlier this month", "2015-05"), D("21 July 2015", "2015-07-21")])

# ---- Mastercard / VocaLink, phase 1 concerns (published 2017-01-04) -----------------------------------------------
MH = "Mastercard UK Holdco Ltd"
MI = "Mastercard International Incorporated"
VL = "VocaLink Holdings Ltd"
A["uk-cma-mastercard-vocalink-merger-phase-1-concerns-2017"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (first as 'The CMA' in the summary
 # line); 'the Payment Systems Regulator (PSR)' -> Organization with alias 'PSR' (a regulator); Companies: 'Mastercard
 # UK Holdco Ltd' (the buyer, named once), 'Mastercard International Incorporated (Mastercard)' with alias
 # 'Mastercard' (the text's own short name, defined for the parent; also "Mastercard’s acquisition", 'VocaLink and
 # Mastercard are 2 of the 3 most credible providers'), 'VocaLink Holdings Ltd (VocaLink)' with alias 'VocaLink'.
 # Services (GUIDELINES part 2: networks and platforms users use): the card schemes 'Maestro' and 'Cirrus'; the
 # interbank payment systems 'Bacs' ('the automated clearing system allowing credit and debit payments'), 'the Faster
 # Payments Service (FPS)' with alias 'FPS', 'the LINK ATM network' with aliases 'LINK ATM' ('In relation to LINK
 # ATM'), 'LINK ATM scheme' and 'LINK scheme' (the same network named as a scheme). Location: 'the UK' (and 'UK
 # interbank payment systems'). **Near-miss / doubtful**: the card scheme 'Mastercard' in 'credit and debit card
 # schemes Mastercard, Maestro and Cirrus' is not annotated as a Service of its own: its only surface form is the
 # parent company's defined short name 'Mastercard', and two entities of one name would make the company's alias and
 # the relation ends ambiguous (no train or dev file gives a Service the name of a Company's alias); a reader may list
 # it. Left out: 'industry participants' (unnamed), 'credit and debit card schemes', 'UK interbank payment systems',
 # 'payment infrastructure services', 'an infrastructure provider' (generic), 'theories of harm' (a notion)
 entities=[E("Organization", CMA, "CMA"), E("Organization", "Payment Systems Regulator", "PSR"), E("Company", MH),
           E("Company", MI, "Mastercard"), E("Company", VL, "VocaLink"), E("Service", "Maestro"),
           E("Service", "Cirrus"), E("Service", "Bacs"), E("Service", "Faster Payments Service", "FPS"),
           E("Service", "LINK ATM network", "LINK ATM", "LINK ATM scheme", "LINK scheme")] + locs("UK"),
 # No person is named in the kept text (the decision-maker's quotation is past the cut): no role
 roles=[],
 # 'Mastercard UK Holdco Ltd, a subsidiary of Mastercard International Incorporated (Mastercard)' ->
 # parentOrganization(Mastercard UK Holdco Ltd, Mastercard International Incorporated). '... is buying VocaLink
 # Holdings Ltd (VocaLink)' -> a purchase under way, not said to be completed (the CMA may yet refer it): `acquired`
 # only, acquired(Mastercard UK Holdco Ltd, VocaLink Holdings Ltd) -- the buyer as the text names it (**doubtful**:
 # the summary line's "Mastercard’s acquisition of VocaLink" names the parent by its short name; a reader may write
 # acquired(Mastercard International Incorporated, VocaLink Holdings Ltd) as well or instead).
 # 'It already owns and operates credit and debit card schemes Mastercard, Maestro and Cirrus' -> provider(Maestro,
 # Mastercard International Incorporated), provider(Cirrus, Mastercard International Incorporated) (**doubtful**: 'It'
 # may be read as the sentence before's subject, Mastercard UK Holdco Ltd; the schemes are the group's, and the
 # nearest name, '(Mastercard)', is the parent's, so the parent is kept).
 # Near-misses: 'VocaLink is a supplier of payment infrastructure services to 3 major UK interbank payment systems:
 # Bacs, ... FPS ... and the LINK ATM network' -> no provider: VocaLink supplies infrastructure to these systems, it
 # is not said to run them (the LINK scheme 'tendering for an infrastructure provider' shows the scheme as the buyer
 # of such services); and no partner, the systems being Services here, not organisations (**doubtful**: a reader may
 # write provider(Bacs, VocaLink) and the like); Mastercard's bid 'to supply infrastructure services to UK interbank
 # payment systems' (a bid, no system named); 'VocaLink and Mastercard are 2 of the 3 most credible providers'
 # (competitors, no relation); the PSR's 'ongoing review' and recommendations (no company relation)
 relations=[L(MH, "parentOrganization", MI), L(MH, "acquired", VL), L("Maestro", "provider", MI),
            L("Cirrus", "provider", MI)],
 outages=[],
 # No date a reader can resolve: 'ongoing', 'already' (no calendar value); '3', '2 of the 3' are counts; 'real-time'
 # a description
 dates=[])

# ---- Tobii / Smartbox case page (published null; entries 19 December 2019 - 9 October 2020) ----------------------
TO = "Tobii AB"
SB = "Smartbox Assistive Technology Limited"
SS = "Sensory Software International Ltd"
CT = "CareTech Holdings Plc"
A["uk-cma-tobii-smartbox-merger-case-page-sale-to-caretech-2020"] = dict(
 # 'The CMA' throughout (the full name never in the text) -> Organization 'CMA', no alias (as 55o's case pages);
 # 'the Competition Appeal Tribunal’s (CAT)' (in a sub-heading), 'the CAT', "the CAT’s", 'the Tribunal' ->
 # Organization 'Competition Appeal Tribunal' with aliases 'CAT' and 'Tribunal' (55j's reading); Companies: 'Tobii AB'
 # with alias 'Tobii'; 'Smartbox Assistive Technology Limited' with alias 'Smartbox' ('its sale of Smartbox',
 # 'between Tobii and Smartbox'); 'Sensory Software International Ltd' (named once); 'CareTech Holdings Plc' (the
 # buyer). Persons: 'Kip Meek', 'Susan Hankey', 'Ulrike Hotopp', 'Keith Richards'. No Location in the text. Left out:
 # 'the Tobii/Smartbox remedy group' (an unnamed CMA group; the names run together as a case name), 'the Enterprise
 # Act 2002', 'the General Data Protection Regulation', 'the Data Protection Act 2018' (laws: not entities, GUIDELINES
 # part 2), "the CMA’s Personal Information Charter" (a document), "the CAT’s website" (a web page), 'an approved
 # purchaser', 'a purchaser approved by the CMA' (generic beside the named buyer)
 entities=[E("Organization", "CMA"), E("Organization", "Competition Appeal Tribunal", "CAT", "Tribunal"),
           E("Company", TO, "Tobii"), E("Company", SB, "Smartbox"), E("Company", SS), E("Company", CT),
           E("Person", "Kip Meek"), E("Person", "Susan Hankey"), E("Person", "Ulrike Hotopp"),
           E("Person", "Keith Richards")],
 # '19 December 2019: The CMA appointed the following panel group members to the Tobii/Smartbox remedy group. Kip Meek
 # (Chair), Susan Hankey, Ulrike Hotopp and Keith Richards.' -> Kip Meek chairman at the CMA; the other three other at
 # the CMA (as 55o's FNZ / GBST and 55j's Ecolab / Holchem remedy groups). All current (no end told; the case's
 # closing does not say the posts ended). Doubtful as in 55j and 55o: a reader may give the members no role, or Meek
 # 'other' as well
 roles=[R("Kip Meek", "chairman", "CMA"), R("Susan Hankey", "other", "CMA"), R("Ulrike Hotopp", "other", "CMA"),
        R("Keith Richards", "other", "CMA")],
 # 'the completed acquisition by Tobii AB of Smartbox Assistive Technology Limited and Sensory Software International
 # Ltd' -> acquired(Tobii AB, each) and parentOrganization(each, Tobii AB) (completed: both; Tobii's later sale of
 # Smartbox does not undo the record, GUIDELINES part 2). 'On 6 October 2020, Tobii completed its sale of Smartbox to
 # CareTech Holdings Plc' -> a completed purchase by CareTech: acquired(CareTech Holdings Plc, Smartbox Assistive
 # Technology Limited) and parentOrganization(Smartbox Assistive Technology Limited, CareTech Holdings Plc).
 # **Doubtful**: 'Smartbox' in the sale may stand for both companies bought (the case's short name 'Tobii/Smartbox'
 # covers both); the text does not say what became of Sensory Software International Ltd, so no relation of it to
 # CareTech (a reader may add acquired(CareTech Holdings Plc, Sensory Software International Ltd)). Near-misses: 'the
 # merger between Tobii and Smartbox' (the same acquisition, no second relation); 'Tobii must sell Smartbox to an
 # approved purchaser' (an order, no buyer named at that entry); the CAT's judgment and final order (legal steps, no
 # company relation); 'the CAT has requested that CMA and Tobii now agree' (no partnership)
 relations=[L(TO, "acquired", SB), L(SB, "parentOrganization", TO), L(TO, "acquired", SS),
            L(SS, "parentOrganization", TO), L(CT, "acquired", SB), L(SB, "parentOrganization", CT)],
 outages=[],
 # `published` null -> absolute dates only: '8.2.19' -> 2019-02-08 (date of referral), '19.9.19' -> 2019-09-19
 # (statutory deadline; day.month.year as 17d's '27.12.19'), '9 October 2020', '6 October 2020', '10 January 2020',
 # '19 December 2019'. Not dates: 'today' (in the entry of 10 January 2020; relative, `published` null), 'now'
 # (relative), '2002' and '2018' inside the names of the Enterprise Act 2002 and the Data Protection Act 2018 (parts of
 # law names, not time expressions)
 dates=[D("8.2.19", "2019-02-08"), D("19.9.19", "2019-09-19"), D("9 October 2020", "2020-10-09"),
        D("6 October 2020", "2020-10-06"), D("10 January 2020", "2020-01-10"), D("19 December 2019", "2019-12-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
