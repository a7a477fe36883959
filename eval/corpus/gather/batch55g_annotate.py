#!/usr/bin/env python3
"""Batch 55g gold annotations (the texts of batch55g.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-cvs-quality-pet-care-the-vet-merger-phase-1-concerns-2022 -> test,
uk-cma-vetpartners-goddard-merger-phase-1-concerns-2022 -> train. `published` 2022-02-18 and 2022-04-28.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo and 41a): a purchase the text calls
completed ('VetPartners’ completed purchase of Goddard') -> `acquired` AND parentOrganization(target, buyer); a
purchase under the CMA's review and not said to be completed ("CVS Group's purchase of Quality Pet Care", "CVS's
acquisition of The Vet", the combined businesses spoken of as what 'would' happen 'after the merger') -> `acquired`
only (40zo's Pennon / SES and Vision Express / Tesco Opticians); 'X, owned by the private equity firm Y' ->
parentOrganization(X, Y); a trading name ('Quality Pet Care, which trades as The Vet'; 'Goddard Holdco Limited, which
trades as Goddard Veterinary Group') -> an alias of the one company, the name being the fullest form the text gives;
the CMA an Organization, 'Competition and Markets Authority' with alias 'CMA'; a CMA official quoted with a post ->
a role at the CMA ('Senior Director of Mergers' -> director, as 40zo and 41a); countries, regions and towns named ->
Location ('UK' also as a modifier, as 43q, 44c, 51k). No outage in either text.
usage: batch55g_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather56g/pool /tmp/gather56g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

CMA_N = "Competition and Markets Authority"
CMA = E("Organization", CMA_N, "CMA")
A = {}

# ---- CVS Group / Quality Pet Care (The Vet), phase 1 concerns (published 2022-02-18) --------------------------------
A["uk-cma-cvs-quality-pet-care-the-vet-merger-phase-1-concerns-2022"] = dict(
 # 'The Competition and Markets Authority (CMA)', then 'the CMA' / "The CMA's" -> Organization with alias 'CMA';
 # 'CVS Group' (also "CVS Group's") with alias 'CVS' ('such as CVS', "CVS's acquisition", 'owned by CVS and The
 # Vet') -> Company; 'Quality Pet Care, which trades as The Vet' -> one Company 'Quality Pet Care' with alias 'The
 # Vet' (the text uses the trading name for the same business: 'The Vet operates 8 practices', "CVS's acquisition of
 # The Vet"); 'Colin Raftery, Senior Director of Mergers, at the CMA' -> Person; Locations: 'UK' (on its own: 'in
 # the UK', 'across the UK'; and as a modifier 'the UK industry'), 'England', and the five local areas 'Bristol',
 # 'Nottingham', 'Portsmouth', 'Southampton', 'Warrington'. Left out: 'corporate groups' and 'independent veterinary
 # practices' (generic), 'Recent reports' (no source named), 'Phase 1' (a procedure); the heading's 'Vet' (title only)
 entities=[CMA, E("Company", "CVS Group", "CVS"), E("Company", "Quality Pet Care", "The Vet"),
           E("Person", "Colin Raftery")]
          + locs("UK", "England", "Bristol", "Nottingham", "Portsmouth", "Southampton", "Warrington"),
 # 'Colin Raftery, Senior Director of Mergers, at the CMA' -> director at the CMA, current (40zo's and 41a's mapping
 # of the CMA's Senior Director posts)
 roles=[R("Colin Raftery", "director", CMA_N)],
 # acquired(CVS Group, Quality Pet Care): 'CVS Group's purchase of Quality Pet Care' / "CVS's acquisition of The
 # Vet", under the CMA's phase 1 review. The text never says the purchase was completed, and speaks of 'the
 # combined businesses' as what 'would' happen 'after the merger' while the practices of CVS and The Vet 'currently
 # compete' -> acquired only, no parentOrganization (40zo's convention for a purchase under review). Doubtful: 'the
 # merger' and 'CVS's acquisition' may read to some as a completed deal (acquired + parentOrganization(Quality Pet
 # Care, CVS Group)); to others as not yet agreed (nothing). Near-misses: 'many practices being acquired by a small
 # number of corporate groups, such as CVS' (unnamed practices: no relation); 'independent practices being bought
 # by corporate groups' (generic)
 relations=[L("CVS Group", "acquired", "Quality Pet Care")],
 outages=[],
 # 'December last year' -> 2021-12 (published 2022-02-18; the copy's month kept as written, see the pool notes);
 # 'July 2020' and 'June 2021' (the span 'between July 2020 and June 2021', one item per end); '2013' and '2021'
 # ('in 2013', 'by 2021'). Not dates: 'In recent years' (unresolvable), '17 million', '£4 billion', '89%', '45%',
 # '467', '8', '5' (counts and shares), 'Phase 1'
 dates=[D("December last year", "2021-12"), D("July 2020", "2020-07"), D("June 2021", "2021-06"),
        D("2013", "2013"), D("2021", "2021")])

# ---- VetPartners / Goddard, phase 1 concerns (published 2022-04-28) --------------------------------------------------
A["uk-cma-vetpartners-goddard-merger-phase-1-concerns-2022"] = dict(
 # 'the CMA' (first, in the summary line), 'The Competition and Markets Authority (CMA)' -> Organization with alias
 # 'CMA'; 'VetPartners Limited’s' (the fullest form) with alias 'VetPartners' ('VetPartners’ completed purchase',
 # 'VetPartners, owned by ...') -> Company 'VetPartners Limited'; 'Goddard Holdco Limited, which trades as Goddard
 # Veterinary Group' with 'Goddard' ('purchase of Goddard', 'Goddard, a family-owned business') -> one Company
 # 'Goddard Holdco Limited', aliases 'Goddard Veterinary Group' and 'Goddard'; 'the private equity firm BC Partners'
 # -> Company; "CVS’s purchase of The Vet" -> Companies 'CVS' and 'The Vet' (named only here, as the CMA's earlier
 # case); Locations: 'UK' ('across the UK'), 'Greater London'. Left out: 'corporate groups', 'diagnostic
 # laboratories, locum agencies, and crematoria' (unnamed businesses), 'Phase 1' (a procedure). No person is named
 # in the cut text (Raftery's quotation is past the cut)
 entities=[CMA, E("Company", "VetPartners Limited", "VetPartners"),
           E("Company", "Goddard Holdco Limited", "Goddard Veterinary Group", "Goddard"),
           E("Company", "BC Partners"), E("Company", "CVS"), E("Company", "The Vet")]
          + locs("UK", "Greater London"),
 # No role: no person is named in the text
 roles=[],
 # acquired(VetPartners Limited, Goddard Holdco Limited) and parentOrganization(Goddard Holdco Limited, VetPartners
 # Limited): 'VetPartners’ completed purchase of Goddard' (completed: both, GUIDELINES part 2; doubtful only in that
 # the CMA may still order it undone - the text tells the purchase as done). parentOrganization(VetPartners Limited,
 # BC Partners): 'VetPartners, owned by the private equity firm BC Partners'. acquired(CVS, The Vet): "the CMA’s
 # recent investigation into CVS’s purchase of The Vet" - a purchase named as the subject of an investigation, not
 # said to be completed -> acquired only (doubtful: a reader may leave out a deal named only as a comparison, or add
 # parentOrganization). Near-misses: 'Goddard, a family-owned business' (no owner named: no parent); VetPartners
 # 'owning other businesses including diagnostic laboratories, locum agencies, and crematoria' (unnamed: no
 # relation); 'veterinary practices owned by VetPartners and Goddard currently compete' (no partner)
 relations=[L("VetPartners Limited", "acquired", "Goddard Holdco Limited"),
            L("Goddard Holdco Limited", "parentOrganization", "VetPartners Limited"),
            L("VetPartners Limited", "parentOrganization", "BC Partners"),
            L("CVS", "acquired", "The Vet")],
 outages=[],
 # 'March 2022' -> 2022-03. Not dates: 'in recent years', 'recent investigation' (unresolvable); '550', '47', '11'
 # (counts), 'Phase 1'
 dates=[D("March 2022", "2022-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
