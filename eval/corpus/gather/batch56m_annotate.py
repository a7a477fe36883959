#!/usr/bin/env python3
"""Batch 56m gold annotations (the texts of batch56m.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-bauer-media-radio-takeovers-first-radio-sales-phase-1-concerns-2019 -> test,
uk-cma-electro-rent-microlease-merger-phase-1-concerns-2017 -> train,
uk-cma-topps-tiles-ctd-tiles-merger-phase-1-concerns-2025 -> dev. `published` 2017-06-15 (Electro Rent; wired-gov.net's
posting stamp), null (Bauer; no page in the store gives the story's day) and 2025-02-18 (Topps Tiles; the copy's date,
against which its 'yesterday' is the CMA's release day, 17 February 2025).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a
and 56g): the regulator an Organization 'Competition and Markets Authority' with alias 'CMA' where the text spells it
out (41a, 55zc); a purchase the text tells as done ('Following completion of the deal', 'Topps Tiles acquired') ->
`acquired` AND parentOrganization(target, buyer), also where the thing bought is a named business bought out of
administration (55zc's Euro Car Parts / Andrew Page; **doubtful** as there); an acquisition named but not told as
done ("Electro Rent’s acquisition of Microlease faces an in-depth merger investigation") -> `acquired` only (GUIDELINES:
agreed, not completed); businesses bought from a named seller with no name of their own ('radio businesses it bought
from Celador ...') -> nothing (55zc's "Sainsbury’s pharmacy business"); 'Senior Director of Mergers', 'Executive
Director for Mergers at the CMA' -> director at the CMA (40zo, 41a, 55g, 55zc, 56g); a short name the text defines in
brackets ('(Celador)', '(FRS)') -> alias; dates resolved against `published`, with `published` null only absolute
dates. No outage in any text.
usage: batch56m_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather57m/pool /tmp/gather57m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
CMA_N = "Competition and Markets Authority"
CMA = E("Organization", CMA_N, "CMA")

# ---- Electro Rent / Microlease, phase 1 concerns (published 2017-06-15) --------------------------------------------
ER = "Electro Rent"
ML = "Microlease"
A["uk-cma-electro-rent-microlease-merger-phase-1-concerns-2017"] = dict(
 # "The Competition and Markets Authority’s (CMA)" -> Organization with alias 'CMA' (also 'The CMA', "the CMA’s",
 # 'CMA panel members'); 'Electro Rent' (also "Electro Rent’s", 'the company') and 'Microlease' -> Company (each named
 # only so in the text). No Person (the story quotes no one) and no Location (no place named). Left out: 'an
 # independent group of CMA panel members' (an unnamed CMA group), 'the combined entity' (the two together, no name),
 # 'customers' (unnamed), 'telecommunications, aerospace and defence, utilities and information technology'
 # (industries, not organisations)
 entities=[CMA, E("Company", ER), E("Company", ML)],
 roles=[],
 # "Electro Rent’s acquisition of Microlease faces an in-depth merger investigation" -> acquired(Electro Rent,
 # Microlease): the acquisition is named as a fact with its buyer and target, but the text never says it completed
 # ('the combined entity may still face ...', 'the merger could substantially lessen competition' read as either),
 # so `acquired` only, no parentOrganization (GUIDELINES: not told as completed -> acquired only). **Doubtful**: the
 # deal completed in February 2017 (newelectronics, the final report; not in this text), so a reader who knows it
 # would add parentOrganization(Microlease, Electro Rent); a reader may also give nothing if 'acquisition' is read as
 # a proposal. Near-misses: 'the companies are each other’s closest competitor' (competitors, no relation); 'unless
 # Electro Rent is able to offer undertakings', 'to offer proposals to resolve the competition concerns' (remedies not
 # offered; no buyer, nothing sold); the CMA's investigation and possible referral (a regulatory step, no company
 # relation)
 relations=[L(ER, "acquired", ML)],
 outages=[],
 # '21 June 2017' (Electro Rent's deadline) -> 2017-06-21. Not dates: 'now' (the story's own time, not listed by the
 # corpus), 'phase 2' (a procedure)
 dates=[D("21 June 2017", "2017-06-21")])

# ---- Bauer Media radio takeovers, phase 1 concerns (published null; late July 2019) ---------------------------------
BM = "Bauer Media"
A["uk-cma-bauer-media-radio-takeovers-first-radio-sales-phase-1-concerns-2019"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (the summary line's 'The CMA' comes
 # first; also "The CMA’s"); Companies: 'Bauer Media' with alias 'Bauer' ("Bauer acquiring", "Bauer’s buy ups" is past
 # the cut; "Bauer Media’s"), 'Celador Entertainment Limited' (Celador), 'Lincs FM Group Limited' (Lincs), 'UKRD Group
 # Limited' (UKRD), 'The Wireless Group Limited' (Wireless; the article 'The' is part of the name as written, mid-
 # sentence with a capital), 'First Radio Sales Limited' (FRS; a firm that sells radio advertising) -> each with the
 # short name the text defines in brackets as alias. Person: 'Colin Raftery'. Locations: 'the UK', 'the West of
 # England', 'West Midlands', 'Yorkshire' (named regions: 'in the West of England, West Midlands and Yorkshire
 # regions'). Left out: 'radio businesses', 'over 100 independent local radio stations', 'the key rivals to their
 # existing local radio stations', 'national advertisers', 'customers for radio advertising' (unnamed), '90% of
 # adults' (a share of people)
 entities=[CMA, E("Company", BM, "Bauer"), E("Company", "Celador Entertainment Limited", "Celador"),
           E("Company", "Lincs FM Group Limited", "Lincs"), E("Company", "UKRD Group Limited", "UKRD"),
           E("Company", "The Wireless Group Limited", "Wireless"), E("Company", "First Radio Sales Limited", "FRS"),
           E("Person", "Colin Raftery")] + locs("UK", "West of England", "West Midlands", "Yorkshire"),
 # 'Colin Raftery, Senior Director of Mergers, said:' -> director at the CMA (the CMA's own story; its Senior
 # Director posts -> director: 40zo, 41a, 55g, 55zc, 56g's Raftery 'CMA Senior Director'); current. The CMA is not
 # named in his line, but the story is the CMA's and speaks of 'the CMA' throughout (as 56g's Hunter Douglas story)
 roles=[R("Colin Raftery", "director", CMA_N)],
 # No relation. "Bauer Media’s completed takeover of radio businesses it bought from Celador Entertainment Limited
 # (Celador), Lincs FM Group Limited (Lincs), UKRD Group Limited (UKRD) and The Wireless Group Limited (Wireless)" ->
 # a completed purchase of unnamed 'radio businesses' from four named sellers: no business bought has a name of its
 # own, and the sellers are not said to be bought (55zc's "Sainsbury’s pharmacy business": nothing). **Doubtful**: a
 # reader may give acquired(Bauer Media, X) for all four sellers, or for UKRD alone (the phase 1 decision, not in
 # this text, says Bauer bought the entire issued share capital of UKRD; the text words all four alike). Near-misses:
 # 'FRS currently sells radio advertising on behalf of over 100 independent local radio stations' (a service to
 # unnamed stations: no partner, no provider); 'Bauer Media buys up a large number of the stations that currently
 # make up its customer base' (FRS's customers, unnamed; a prospect); 'Bauer acquiring some of the key rivals to
 # their existing local radio stations' (unnamed targets); 'the only firm providing these stations with access to
 # national advertisers' (unnamed)
 relations=[],
 outages=[],
 # `published` null and no date expression in the text: no dates. Not dates: 'Phase 1' (a procedure), 'every week'
 # (a frequency), 'currently' (relative, no value)
 dates=[])

# ---- Topps Tiles / CTD Tiles, phase 1 concerns (published 2025-02-18; the CMA's release of 17 February 2025) --------
TT = "Topps Tiles"
CT = "CTD Tiles"
A["uk-cma-topps-tiles-ctd-tiles-merger-phase-1-concerns-2025"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (the summary line's 'The CMA' first;
 # 'Executive Director for Mergers at the CMA'); Companies: 'Topps Tiles' (also "Topps Tiles’"; the biggest
 # specialist tile retailer; named only so), 'CTD Tiles' with alias 'CTD' ('CTD was the second largest specialist tile
 # retailer'), 'CTD Architectural' and 'CTD Housebuilders' (named in 'all related intellectual property for CTD Tiles,
 # CTD Architectural, and CTD Housebuilders': names of CTD's businesses, typed Company; **doubtful**: a reader may
 # type them Service as brands, or leave them out as names of intellectual property). Person: 'Joel Bamford'.
 # Locations: 'England', 'Scotland', 'the United Kingdom' with alias 'UK' ('in the UK', twice; one country, as the
 # corpus's 'United Kingdom' / 'UK' entities), 'Dorking', 'Edinburgh', 'Inverness', 'Aberdeen'. Left out: '30
 # stores', 'a small number of sites' (unnamed), 'customers and competitors', 'retail customers and business
 # customers' (unnamed), 'home renovators and tradespeople' (the title only)
 entities=[CMA, E("Company", TT), E("Company", CT, "CTD"), E("Company", "CTD Architectural"),
           E("Company", "CTD Housebuilders"), E("Person", "Joel Bamford"),
           E("Location", "United Kingdom", "UK")] + locs("England", "Scotland", "Dorking", "Edinburgh", "Inverness",
                                                         "Aberdeen"),
 # 'Joel Bamford, Executive Director for Mergers at the CMA' -> director at the CMA (executive director -> director,
 # GUIDELINES part 2; 41a's Bamford 'Executive Director of Mergers' the same); current
 roles=[R("Joel Bamford", "director", CMA_N)],
 # "Topps Tiles’ acquisition of CTD Tiles", "Topps Tiles’ purchase of CTD Tiles", 'As part of the deal Topps Tiles
 # acquired 30 stores, ... and all related intellectual property for CTD Tiles ...', 'Following completion of the
 # deal' -> a completed purchase of the business the text calls 'CTD Tiles': acquired(Topps Tiles, CTD Tiles) and
 # parentOrganization(CTD Tiles, Topps Tiles). **Doubtful**, as 55zc's Euro Car Parts / Andrew Page: the deal is '30
 # CTD Tiles stores' with stock and intellectual property, bought after CTD entered administration, which may read as
 # an asset purchase (GUIDELINES: stores, assets -> nothing; the CMA's case page, not in this text, words it 'certain
 # assets of Tildist Realisations Limited (formerly CTD Tiles Limited)'); kept because the text twice names the thing
 # bought 'CTD Tiles' and calls the two 'both companies'. Near-misses: no relation for CTD Architectural and CTD
 # Housebuilders (only their intellectual property is said to be acquired: an asset, and the text does not say they
 # belong to CTD Tiles, though their names suggest it); 'both companies compete closely' (competitors); the CMA's
 # complaints, investigation and concerns (regulatory steps, no company relation); 'Topps Tiles now has the
 # opportunity to offer solutions' is past the cut
 relations=[L(TT, "acquired", CT), L(CT, "parentOrganization", TT)],
 outages=[],
 # 'August 2024' (CTD entering administration) -> 2024-08; 'yesterday' (Bamford's statement; the CMA's release day)
 # against `published` 2025-02-18 -> 2025-02-17. Not dates: 'Phase 1' (a procedure), '£9 million', '30', '4' (amounts)
 dates=[D("August 2024", "2024-08"), D("yesterday", "2025-02-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
