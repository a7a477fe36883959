#!/usr/bin/env python3
"""Batch 56g gold annotations (the texts of batch56g.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-cerelia-jus-rol-general-mills-merger-case-page-remedy-group-2024 -> test,
uk-cma-hunter-douglas-247-home-furnishings-merger-phase-1-concerns-2020 -> train,
uk-cma-intercontinental-exchange-trayport-merger-case-page-sale-to-tmx-2017 -> dev. `published` null for all three
(the two case pages, as batch 17d's, 55j's, 55o's, 55t's and 56a's case pages; the news story because no page in the
store gives its day).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc and
56a): a purchase the text tells as done ('the completed acquisition by X of Y', 'X has completed its sale of Y to Z',
'the subsequent purchase of the entire shareholding in Y') -> `acquired` AND parentOrganization(target, buyer),
ownership since undone (Trayport sold on) still recorded (relations carry no time; 55o's FNZ / GBST, 56a's Tobii /
Smartbox); a minority interest -> nothing (not control); a named business of a seller ("the ... dough business
(Jus-Rol) of General Mills, Inc.") -> parentOrganization(business, seller) as 55o's "Experian Limited’s Experian
Payments Gateway business"; 'X owns and operates ... businesses, including A and B' -> parentOrganization(A, X),
parentOrganization(B, X); the regulator an Organization 'CMA' where the text never spells it out (17d, 55j, 55o,
56a); courts (the Competition Appeal Tribunal, the Court of Appeal) Organizations (55j, 56a); the chair of a CMA
remedy, remittal or inquiry group -> chairman at the CMA, the group's other named members -> other at the CMA (55j,
55o, 56a); 'CMA Senior Director' -> director at the CMA (40zo, 41a, 55g, 55zc); with `published` null only absolute
dates are listed, times of day kept with their date (55o's '5pm on 17 August 2021'). No outage in any text.
usage: batch56g_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather57g/pool /tmp/gather57g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Cérélia / Jus-Rol case page (published null; entries 4 November 2022 - 11 April 2024) ------------------------
CE = "C\u00e9r\u00e9lia Group Holding SAS"
JR = "Jus-Rol"
GM = "General Mills, Inc."
A["uk-cma-cerelia-jus-rol-general-mills-merger-case-page-remedy-group-2024"] = dict(
 # 'The CMA' throughout (the full name never in the text) -> Organization 'CMA', no alias; 'the Court of Appeal' ->
 # Organization (a court, as 55j's and 56a's Competition Appeal Tribunal); 'the Competition Appeal Tribunal' (also
 # "Tribunal’s") -> Organization, no alias (the text gives no short form); Companies: 'Cérélia Group Holding SAS' with
 # alias 'Cérélia' (its appeals, the Final Undertakings 'offered by Cérélia'); 'Jus-Rol', the name the text gives in
 # brackets to 'the UK and Ireland dough business ... of General Mills, Inc.' (a named business, as 55o's Experian
 # Payments Gateway; **doubtful**: Jus-Rol is also a brand of dough products, and a reader may type it Service or
 # leave it out as 'certain assets'); 'General Mills, Inc.' (the seller, named so twice). Persons: 'Margot Daly',
 # 'Anne Fletcher', 'Robin Foster', 'Sheila McClelland'. Locations: 'UK' and 'Ireland' (in 'the UK and Ireland dough
 # business', twice; named countries, as 55o's 'the UK'). Left out: 'the Remedy Group' (an unnamed CMA group), 'a hold
 # separate manager' (unnamed), 'the Final Undertakings', 'the final report', 'the provisional findings' (documents),
 # 'Phase 2', 'Administrative timetable', 'Amendments/consents granted' (labels)
 entities=[E("Organization", "CMA"), E("Organization", "Court of Appeal"),
           E("Organization", "Competition Appeal Tribunal"), E("Company", CE, "C\u00e9r\u00e9lia"), E("Company", JR),
           E("Company", GM), E("Person", "Margot Daly"), E("Person", "Anne Fletcher"), E("Person", "Robin Foster"),
           E("Person", "Sheila McClelland")] + locs("UK", "Ireland"),
 # '12 April 2023: The CMA has appointed the Remedy Group. Margot Daly (Chair), Anne Fletcher, Robin Foster and Sheila
 # McClelland.' -> Margot Daly chairman at the CMA; the other three other at the CMA (as 55j's, 55o's and 56a's remedy
 # groups). All current (no end told; the reference 'fully determined' does not say the posts ended). Doubtful as in
 # 55j, 55o and 56a: a reader may give the members no role, or Daly 'other' as well
 roles=[R("Margot Daly", "chairman", "CMA"), R("Anne Fletcher", "other", "CMA"), R("Robin Foster", "other", "CMA"),
        R("Sheila McClelland", "other", "CMA")],
 # 'the completed acquisition by Cérélia Group Holding SAS (either directly or indirectly) of certain assets relating
 # to the UK and Ireland dough business (Jus-Rol) of General Mills, Inc.' -> acquired(Cérélia Group Holding SAS,
 # Jus-Rol) and parentOrganization(Jus-Rol, Cérélia Group Holding SAS) (completed: both); parentOrganization(Jus-Rol,
 # General Mills, Inc.) (the business 'of General Mills, Inc.', the seller; past ownership still recorded, as 55o's
 # Experian Limited). **Doubtful**: 'certain assets relating to' may read as an asset purchase (GUIDELINES: assets ->
 # nothing); kept because the assets are a named business, and 'either directly or indirectly' still names Cérélia
 # Group Holding SAS as the buyer. Near-misses: the Court of Appeal's and the Competition Appeal Tribunal's dismissals
 # of Cérélia's appeals (legal steps, no company relation); 'the Final Undertakings offered by Cérélia' and 'the CMA
 # directed Cérélia to appoint a hold separate manager' (a remedy: no buyer, no person named); the CMA's acceptance of
 # undertakings (a regulatory step)
 relations=[L(CE, "acquired", JR), L(JR, "parentOrganization", CE), L(JR, "parentOrganization", GM)],
 outages=[],
 # `published` null -> absolute dates only: '15 June 2022' (referral date), '24 January 2023' (statutory deadline),
 # '11 April 2024', '30 January 2024', '11 April 2023' (twice, one item), '1 September 2023', '12 April 2023', '10
 # March 2023', '5pm on 24 March 2023' (one item with its time), '20 January 2023', '4 November 2022', '5pm on Friday 25
 # November 2022' (one item with its time and weekday). Not dates: 'now' (relative, `published` null), 'paragraph 7'
 # (a number), 'Phase 2' (a procedure)
 dates=[D("15 June 2022", "2022-06-15"), D("24 January 2023", "2023-01-24"), D("11 April 2024", "2024-04-11"),
        D("30 January 2024", "2024-01-30"), D("11 April 2023", "2023-04-11"), D("1 September 2023", "2023-09-01"),
        D("12 April 2023", "2023-04-12"), D("10 March 2023", "2023-03-10"),
        D("5pm on 24 March 2023", "2023-03-24T17:00"), D("20 January 2023", "2023-01-20"),
        D("4 November 2022", "2022-11-04"), D("5pm on Friday 25 November 2022", "2022-11-25T17:00")])

# ---- Hunter Douglas / 247 Home Furnishings, phase 1 concerns (published null; early 2020) -------------------------
HD = "Hunter Douglas"
HF = "247 Home Furnishings Ltd"
A["uk-cma-hunter-douglas-247-home-furnishings-merger-phase-1-concerns-2020"] = dict(
 # 'the CMA' (also "The CMA’s"; never spelled out) -> Organization 'CMA', no alias; Companies: 'Hunter Douglas' (also
 # "Hunter Douglas’s"; named only so), '247 Home Furnishings Ltd' with aliases '247 Home Furnishings' (in '247 Home
 # Furnishings (247)') and '247' (the text's own short name), 'Blinds2Go' and 'Hillarys' (named as 'window coverings
 # businesses' Hunter Douglas owns; Blinds2Go 'the largest retailer', established in 2000; **doubtful**: a reader may
 # type Blinds2Go, an online retailer, as a Service), 'Next' and 'John Lewis' (named 'large retailers of window
 # coverings'). Person: 'Colin Raftery'. Location: 'UK' ('in the UK', 'across the UK'). Left out: 'other specialist
 # retailers', 'the merging businesses', 'customers' (unnamed), 'online made-to-measure blinds', 'window coverings'
 # (products in general, no named product)
 entities=[E("Organization", "CMA"), E("Company", HD), E("Company", HF, "247 Home Furnishings", "247"),
           E("Company", "Blinds2Go"), E("Company", "Hillarys"), E("Company", "Next"), E("Company", "John Lewis"),
           E("Person", "Colin Raftery")] + locs("UK"),
 # 'Colin Raftery, CMA Senior Director said:' -> director at the CMA (the CMA's Senior Director posts -> director: 40zo,
 # 41a, 55g, 55zc), current
 roles=[R("Colin Raftery", "director", "CMA")],
 # 'Hunter Douglas’s subsequent purchase of the entire shareholding in 247 last year' (and the summary line's 'Hunter
 # Douglas’s purchase of 247 Home Furnishings Ltd') -> a completed purchase of all the shares: acquired(Hunter Douglas,
 # 247 Home Furnishings Ltd) and parentOrganization(247 Home Furnishings Ltd, Hunter Douglas). 'Hunter Douglas owns and
 # operates a wide range of window coverings businesses, including Blinds2Go and Hillarys in the UK' ->
 # parentOrganization(Blinds2Go, Hunter Douglas), parentOrganization(Hillarys, Hunter Douglas) (owned businesses; how
 # they were got is not told, so no `acquired`). Near-misses: 'Hunter Douglas originally obtained a minority interest
 # in 247 Home Furnishings (247) in 2013' (a minority interest: not control, no relation of its own; the later full
 # purchase carries the relation); 'Hunter Douglas and 247 are 2 of the leading suppliers', '247 ... competed closely
 # with Blinds2Go', 'competition from large retailers ..., like Next and John Lewis' (competitors, no relation); 'the
 # merger between these two companies' is past the cut
 relations=[L(HD, "acquired", HF), L(HF, "parentOrganization", HD), L("Blinds2Go", "parentOrganization", HD),
            L("Hillarys", "parentOrganization", HD)],
 outages=[],
 # `published` null -> absolute dates only: '2018' (Hunter Douglas's global sales), '2013' (the minority interest),
 # '2000' (Blinds2Go's establishment). Not listed: 'last year' (twice: the full purchase, and UK spending on blinds)
 # -- relative, and `published` is null (**doubtful**: the story is of early 2020, so 'last year' is 2019, which the
 # CMA's final undertakings confirm for the purchase; a reader knowing the date would list 'last year' -> 2019);
 # 'at the time' (relative to 2013, no new value)
 dates=[D("2018", "2018"), D("2013", "2013"), D("2000", "2000")])

# ---- Intercontinental Exchange / Trayport case page (published null; entries 9 March - 14 December 2017) ---------
ICE = "Intercontinental Exchange, Inc."
A["uk-cma-intercontinental-exchange-trayport-merger-case-page-sale-to-tmx-2017"] = dict(
 # 'The CMA' throughout (never spelled out) -> Organization 'CMA', no alias; 'the Competition Appeal Tribunal' (also
 # "Tribunal’s") -> Organization, no alias (no short form in the text); Companies: 'Intercontinental Exchange, Inc.
 # (ICE)' with alias 'ICE' (also in 'ICE completes sale ...', 'ICE must sell'), 'Trayport' (also 'the Trayport
 # business'; named only so), 'TMX Group' (the buyer). Persons: 'Simon Polito', 'Sarah Chambers', 'John Krumins',
 # 'Robin Aaronson'. No Location in the text. Left out: 'the remedy group', 'the Remittal Group' (unnamed CMA groups),
 # 'the CMA’s January 2017 order', 'the remittal report', 'Final order', 'Core documents' and the other link labels
 # (documents and page labels), 'a purchaser approved by the CMA' (generic beside the named buyer)
 entities=[E("Organization", "CMA"), E("Organization", "Competition Appeal Tribunal"), E("Company", ICE, "ICE"),
           E("Company", "Trayport"), E("Company", "TMX Group"), E("Person", "Simon Polito"),
           E("Person", "Sarah Chambers"), E("Person", "John Krumins"), E("Person", "Robin Aaronson")],
 # 'Simon Polito (Inquiry Chair), Sarah Chambers, and John Krumins' (the remedy group appointed on 10 August 2017) and
 # 'Simon Polito (Inquiry Chair), Robin Aaronson, Sarah Chambers, and John Krumins' (the Remittal Group) -> Simon
 # Polito chairman at the CMA (one role for both lists: the same post at the same organisation; 'Inquiry Chair' ->
 # chairman, as 55zc's Alasdair Smith); Sarah Chambers, John Krumins and Robin Aaronson other at the CMA (group
 # members, as 55j, 55o and 56a). All current (no end told). Doubtful as in 55j, 55o and 56a: a reader may give the
 # members no role, or Polito 'other' as well; Robin Aaronson sits only in the remittal group (still a member at the CMA)
 roles=[R("Simon Polito", "chairman", "CMA"), R("Sarah Chambers", "other", "CMA"), R("John Krumins", "other", "CMA"),
        R("Robin Aaronson", "other", "CMA")],
 # 'the completed acquisition by Intercontinental Exchange, Inc. (ICE) of Trayport' -> acquired(ICE, Trayport) and
 # parentOrganization(Trayport, ICE) (completed: both; the later sale does not undo the record, GUIDELINES part 2).
 # 'Intercontinental Exchange, Inc. (ICE) has completed its sale of Trayport to TMX Group' (and the heading 'ICE
 # completes sale of Trayport to TMX Group') -> acquired(TMX Group, Trayport) and parentOrganization(Trayport, TMX
 # Group) (a completed purchase by the named buyer). Near-misses: 'ICE must sell the Trayport business' (an order, no
 # buyer at that entry; the same sale told later); the Competition Appeal Tribunal's judgment and remittal (legal
 # steps, no company relation); 'a purchaser approved by the CMA' (an approval, no relation between the CMA and TMX
 # Group)
 relations=[L(ICE, "acquired", "Trayport"), L("Trayport", "parentOrganization", ICE),
            L("TMX Group", "acquired", "Trayport"), L("Trayport", "parentOrganization", "TMX Group")],
 outages=[],
 # `published` null -> absolute dates only: '14 December 2017', '11 August 2017', '10 August 2017', '6 March 2017'
 # (twice, one item), 'January 2017' (the CMA's order -> 2017-01), '13 March 2017', '27 March 2017', '20 March 2017',
 # '10 March 2017', '9 March 2017' (in the heading 'Update 9 March 2017'). Not dates: 'Date of remittal' (a label)
 dates=[D("14 December 2017", "2017-12-14"), D("11 August 2017", "2017-08-11"), D("10 August 2017", "2017-08-10"),
        D("6 March 2017", "2017-03-06"), D("January 2017", "2017-01"), D("13 March 2017", "2017-03-13"),
        D("27 March 2017", "2017-03-27"), D("20 March 2017", "2017-03-20"), D("10 March 2017", "2017-03-10"),
        D("9 March 2017", "2017-03-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
