#!/usr/bin/env python3
"""Batch 57h gold annotations (the texts of batch57h.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-cochlear-oticon-medical-hearing-implants-merger-phase-1-concerns-2022 -> test,
uk-cma-nec-software-solutions-capita-sss-merger-case-page-sale-to-codan-2023 -> train. `published` null for both (no
page in the store gives the press release's day; the case page shows no 'Published / Last updated' line), so only
absolute dates are listed.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a,
56g, 56m and 57c): the regulator an Organization 'Competition and Markets Authority' with alias 'CMA' where the text
spells it out (41a, 55zc, 56m, 57c), named 'CMA' where the text never does (the case pages of 55o and 56a); the NHS an
Organization (as the corpus's NHS texts); a deal the text calls a 'proposed purchase' -> `acquired` only (agreed, not
completed: GUIDELINES part 2; 50h's 'proposed acquisition', 57c's 'anticipated purchase'); a purchase the text tells
as done ('the completed acquisition by X of Y') -> `acquired` AND parentOrganization(target, buyer); 'the hearing
implant division of Demant' and '(previously part of Capita plc)' -> parentOrganization (ownership stated as past is
still recorded); the purchase of businesses the text names only by defined terms ('the ICCS Divestiture Business')
-> nothing (no named company; GUIDELINES: asset purchases -> nothing); a remedy group's '(Chair)' -> chairman at the
CMA and its other members -> other at the CMA (55o, 56a); dates with `published` null only absolute ones, a deadline
with its hour as one item ('5pm on ...', 55o, 55t). No outage in either text.
usage: batch57h_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather58h/pool /tmp/gather58h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Cochlear / Oticon Medical, hearing implants, phase 1 concerns (published null; late 2022) ---------------------
CO = "Cochlear"
OM = "Oticon Medical"
DE = "Demant"
A["uk-cma-cochlear-oticon-medical-hearing-implants-merger-phase-1-concerns-2022"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (also 'the CMA', "the CMA’s");
 # 'the NHS' (twice) -> Organization (the health service as a public body, as the corpus's NHS texts type it; named
 # only so). Companies: 'Cochlear' (also "Cochlear’s"; named only so), 'Oticon Medical' (named only so; '(Oticon
 # Medical)' in brackets is the same name again, no alias), 'Demant' (named only so). Location: 'UK' ('UK patients',
 # 'in the UK' twice). Left out: 'patients', 'hospitals', 'people with mild to severe or total hearing loss'
 # (unnamed); '2 other providers in the UK' (unnamed rivals); 'cochlear implants', 'bone conduction solutions',
 # 'hearing implants', 'hearing devices' (kinds of product, no product name: no Service); 'the merged businesses'
 # (no name of its own); 'Phase 1 investigation' (a procedure)
 entities=[E("Organization", "Competition and Markets Authority", "CMA"), E("Organization", "NHS"),
           E("Company", CO), E("Company", OM), E("Company", DE)] + locs("UK"),
 # No person is named in the kept text (the release's quotation, if any, is past the cut): no role
 roles=[],
 # "Cochlear’s proposed purchase of Oticon Medical" (the CMA's phase 1 finding on a deal it calls 'proposed' and
 # 'the proposed deal', 'Should the deal go ahead as planned') -> acquired(Cochlear, Oticon Medical) only: an agreed
 # deal under review, not completed (no parentOrganization to Cochlear). **Doubtful**: the text never says 'agreed';
 # a reader may take 'proposed' as an intention and give nothing. 'Oticon Medical – the hearing implant division of
 # Demant' -> parentOrganization(Oticon Medical, Demant) (a division of a named company). Near-misses: 'Cochlear and
 # Demant are both global suppliers of cochlear implants and bone conduction solutions' (rivals: no partner);
 # 'Oticon Medical ... is not a significant rival of Cochlear' (competitors); 'the elimination of the strongest
 # competitor in this segment (Oticon Medical)'; 'competition from 2 other providers' (unnamed); 'patients ... the
 # majority of whom access these through the NHS' (the NHS as the channel through which patients get the devices:
 # no stated supply contract between a named company and the NHS, so no partner; **doubtful**, a reader may add
 # partner(Cochlear, NHS) as supplier and customer)
 relations=[L(CO, "acquired", OM), L(OM, "parentOrganization", DE)],
 outages=[],
 # No date expression in the kept text ('Phase 1' is a procedure; '90-100%' a share; '2' counts)
 dates=[])

# ---- NEC Software Solutions UK / Capita SSS merger case page (published null; entries 12 May 2022 - 7 Aug 2023) ----
NEC = "NEC Software Solutions UK Limited"
SSS = "SSS Public Safety Limited"
SSU = "Secure Solutions USA LLC"
CAP = "Capita plc"
COD = "Codan Radio Communications Pty Limited"
A["uk-cma-nec-software-solutions-capita-sss-merger-case-page-sale-to-codan-2023"] = dict(
 # 'The CMA' (never spelled out in the text; the title is not annotated) -> Organization 'CMA' (as 55o's and 56a's
 # case pages). Companies: 'NEC Software Solutions UK Limited' with alias 'NECSWS' ('Final Undertakings from NECSWS
 # to sell ...': the page's short form of the buyer, the one party that gives undertakings; not defined in the
 # excerpt; **doubtful**, a reader may leave the alias out as undefined), 'SSS Public Safety Limited', 'Secure
 # Solutions USA LLC', 'Capita plc', 'Codan Radio Communications Pty Limited'. Persons: 'Kip Meek', 'Jo Armstrong',
 # 'Robin Cohen', 'Sir Kenneth Parker' (the fullest form, with his title 'Sir', as the corpus names knighted persons).
 # No Location ('UK' and 'USA' occur only inside company names). Left out: 'the ICCS Divestiture Business', 'the
 # Duties Divestiture Business' (defined terms for the two parts of the business to be sold, not company names;
 # **doubtful**, a reader may list them as Companies), 'the Remedy Group' (a CMA panel, no name of its own), 'a
 # purchaser approved by the CMA' (unnamed), 'Final Undertakings', 'final report', 'Provisional findings' (documents
 # and steps), 'Phase 2' (a procedure)
 entities=[E("Organization", "CMA"), E("Company", NEC, "NECSWS"), E("Company", SSS), E("Company", SSU),
           E("Company", CAP), E("Company", COD),
           E("Person", "Kip Meek"), E("Person", "Jo Armstrong"), E("Person", "Robin Cohen"),
           E("Person", "Sir Kenneth Parker")],
 # '16 February 2023: The CMA has appointed the Remedy Group. Kip Meek (Chair), Jo Armstrong, Robin Cohen and Sir
 # Kenneth Parker.' -> Kip Meek chairman at the CMA (chair of a CMA group, as 55o's Martin Coleman and 56a's Kip
 # Meek); the other three other at the CMA (panel members, as 55o and 56a); all current (an appointment the page
 # states, no end told)
 roles=[R("Kip Meek", "chairman", "CMA"), R("Jo Armstrong", "other", "CMA"), R("Robin Cohen", "other", "CMA"),
        R("Sir Kenneth Parker", "other", "CMA")],
 # 'the completed acquisition by NEC Software Solutions UK Limited of SSS Public Safety Limited and Secure Solutions
 # USA LLC' (twice) -> acquired(NEC, each target) and parentOrganization(each target, NEC). '(previously part of
 # Capita plc)' -> parentOrganization(each target, Capita plc): past ownership is still recorded (GUIDELINES part 2);
 # the bracket follows the pair, read as saying it of both (the two were Capita's Secure Solutions and Services
 # business, as the title's 'Capita Secure Solutions and Services' names them together); **doubtful**: a reader may
 # attach it to Secure Solutions USA LLC only, or leave past ownership out. No acquired(NEC, Capita plc) (Capita
 # sold units; it was not bought). Near-misses: 'the ICCS Divestiture Business and the Duties Divestiture Business
 # were acquired by Codan Radio Communications Pty Limited' (a purchase of businesses the text names only by defined
 # terms, no named company acquired: nothing; **doubtful**, a reader who lists the two businesses as Companies would
 # add acquired and parentOrganization to Codan); 'the CMA accepted Final Undertakings from NECSWS to sell ...' (a
 # commitment to sell, told before the sale: nothing); 'a purchaser approved by the CMA' (unnamed); the CMA's
 # reference, findings and undertakings (regulatory steps, no company relation); the Remedy Group (no name)
 relations=[L(NEC, "acquired", SSS), L(NEC, "acquired", SSU), L(SSS, "parentOrganization", NEC),
            L(SSU, "parentOrganization", NEC), L(SSS, "parentOrganization", CAP), L(SSU, "parentOrganization", CAP)],
 outages=[],
 # Absolute dates only (published null): '12 May 2022' (date of reference), '21 December 2022' (statutory deadline),
 # '07 August 2023' (the closure entry; the text's leading zero kept), '10 February 2023' (undertakings accepted),
 # '1 August 2023' (the sale to Codan), '16 February 2023', '13 February 2023', '18 January 2023', '5pm on Wednesday
 # 1 February 2023' (one item with its hour, as 55o's '5pm on 17 August 2021' and 55t's), '1 December 2022' (final
 # report), '15 September 2022' (provisional findings), 'Friday 7 October 2022' and 'Friday 30 September 2022'
 # (deadlines; the weekdays agree with the dates). Not dates: 'Phase 2' (a procedure)
 dates=[D("12 May 2022", "2022-05-12"), D("21 December 2022", "2022-12-21"), D("07 August 2023", "2023-08-07"),
        D("10 February 2023", "2023-02-10"), D("1 August 2023", "2023-08-01"), D("16 February 2023", "2023-02-16"),
        D("13 February 2023", "2023-02-13"), D("18 January 2023", "2023-01-18"),
        D("5pm on Wednesday 1 February 2023", "2023-02-01T17:00"), D("1 December 2022", "2022-12-01"),
        D("15 September 2022", "2022-09-15"), D("Friday 7 October 2022", "2022-10-07"),
        D("Friday 30 September 2022", "2022-09-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
