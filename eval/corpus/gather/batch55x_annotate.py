#!/usr/bin/env python3
"""Batch 55x gold annotations (the texts of batch55x.py), written from each text alone; newskg (or any extractor) was
not run on either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p and 55s; batch10_annotate.write_parts), so with two texts: test, train. Both are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the late 1940s' and 'the 1930s' (decades, as
batches 55f, 55i and 55s left them out), 'over the decades' and 'remains' -> nothing; 'Since 1994' -> the year. No text
tells an outage (or a near-miss of one), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s): a company 'was acquired by'
or 'acquired' another company -> acquired and parentOrganization(target, buyer) (ownership that ended kept: relations
carry no time); a company 'acquired by' two named persons -> no acquired (the contract's `acquired` is between
companies; the buyers are people, as the corpus's earlier 'a person's purchases' -> nothing); a person who 'remains the
main owner of the company through his holding company' with '50.19% of the voting rights' -> parentOrganization(the
company, the holding company) (a majority of the votes read as control, as batches 55e and 55s read bought majorities;
doubtful) and no role for the owner (the corpus's owner -> no role); minority 'notable owners' (asset managers) ->
Company, no relation; 'jointly founded by A ... and his son B' -> cofounder each, current true (founders stay
founders, 'the late' founder too); 'founded ... by A' -> founder; 'became Chief Executive Officer of X until 2005' ->
ceo, current false (the text dates its end); 'remains the chairman of the Board' and 'the Chairman of the Board is' ->
chairman, current true; 'The CEO of the company is' -> ceo, current true; 'two former Electrolux managers' -> executive
at Electrolux, current false (GUIDELINES, Roles: 'manager' -> executive; 'former'); 'Professor of Neurosurgery at the
Karolinska Institute' -> no role (the corpus's professor -> no role); devices a company was founded 'to commercialize'
-> Service + provider (GUIDELINES, Types: devices are Service; doubtful); a stock exchange -> Company, a listing on it
-> nothing, a stock index (OMXS30) -> no entity; 'Nordic Exchange (Nasdaq Stockholm)' -> one Company with the bracketed
name as alias (the text gives both names of the same exchange); universities and institutes -> Organization;
nationality adjectives ('Swedish', 'German', 'American', 'Western European') -> nothing; a company's business areas
named by their fields ('Life Science, Acute Care Therapies, and Surgical Workflows') -> no entity (generic names, as
batch 55s's divisions); a town with the same name as the company it gave its name to ('in the town of Getinge') -> no
Location (the corpus's 'the Canongate area of the city' -> no Location, the same surface form as the company's alias;
doubtful).
usage: batch55x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- medical technology, Sweden: Elekta ------------------------------------------------------------------------------
EK = "Elekta"
LL = "Laurent (Larry) Leksell"
LSS = "Leksell Stereotactic System"
A["wp-elekta"] = dict(
 # the company -> Company 'Elekta' (its only form in the text; 'Elekta AB' is in the cut infobox); Lars Leksell and his
 # son -> Person, the son under the form the text gives first, 'Laurent (Larry) Leksell' (his name with its nickname
 # in brackets, one Person as written, as the corpus's 'Edward C. "Ned" Johnson III'), alias 'Larry Leksell' (twice);
 # the Karolinska Institute (a medical university) -> Organization; Stockholm, Sweden -> Location; the Leksell
 # Stereotactic System and Gamma Knife (medical devices; GUIDELINES, Types: devices are Service) -> Service, 'Leksell'
 # inside the product's name no alias of either Leksell; the Nordic Exchange -> Company (a stock exchange), alias
 # 'Nasdaq Stockholm' (the bracketed name of the same exchange; doubtful: a reader might make two entities, the
 # exchange's old and present names). No entity: 'Swedish' (an adjective), 'the ticker EKTAb' (a ticker symbol),
 # 'cancer and brain disorders', 'a public medical technology group' (generic)
 entities=[E("Company", EK), E("Person", "Lars Leksell"), E("Organization", "Karolinska Institute"),
           E("Location", "Stockholm"), E("Location", "Sweden"), E("Person", LL, "Larry Leksell"),
           E("Service", LSS), E("Service", "Gamma Knife"), E("Company", "Nordic Exchange", "Nasdaq Stockholm")],
 # 'Elekta was jointly founded in 1972 by the late Lars Leksell ... and his son Laurent (Larry) Leksell' -> cofounder
 # each, current true ('the late': he has died, but a founding is not undone, as the corpus keeps founders); 'Larry
 # Leksell became Chief Executive Officer of Elekta until 2005' -> ceo, current false (the text dates the end of his
 # post; a reader might keep true for 'became'); 'Larry Leksell remains the chairman of the Board of Elekta' -> chairman,
 # current true. Near-misses, no role: 'Lars Leksell, Professor of Neurosurgery at the Karolinska Institute' -> no role
 # (the corpus's professor -> no role; a reader might give other or head at the Karolinska Institute); 'his son' -> no
 # role (a family tie); 'under his leadership the company expanded' -> no further role (the ceo post already given);
 # the company's later presidents and CEOs -> not in the text (the list is cut; the infobox's CEO Gustaf Salford too)
 roles=[R("Lars Leksell", "cofounder", EK), R(LL, "cofounder", EK), R(LL, "ceo", EK, False), R(LL, "chairman", EK)],
 # 'in order to commercialize the development of the Leksell Stereotactic System, and Gamma Knife' -> provider(device,
 # Elekta) for each (the company was founded to sell them; doubtful: the text says Lars Leksell researched them and
 # names no sale, so a reader might give no provider). Near-misses, no relation: 'listed on the Nordic Exchange (Nasdaq
 # Stockholm)' -> nothing (a listing); 'Lars Leksell, Professor of Neurosurgery at the Karolinska Institute in
 # Stockholm' -> no partner between Elekta and the Karolinska Institute (the founder's post, not the company's tie);
 # 'which he had been researching since the late 1940s' -> no provider for Lars Leksell (a person)
 relations=provided(EK, LSS, "Gamma Knife"),
 outages=[],
 # 'in 1972', 'Since 1994', 'until 2005' -> the years; 'the late 1940s' (a part of a decade) -> left out
 dates=[D("1972", "1972"), D("1994", "1994"), D("2005", "2005")])

# ---- medical technology, Sweden: Getinge -----------------------------------------------------------------------------
GA = "Getinge AB"
CB = "Carl Bennet"
CBAB = "Carl Bennet AB"
A["wp-getinge"] = dict(
 # the group -> Company 'Getinge AB', alias 'Getinge' ('Getinge was founded', 'Getinge has acquired'); Electrolux, the
 # Stockholm Stock Exchange (exchanges are Company), Carl Bennet AB ('his holding company'), Vanguard and Blackrock
 # ('American asset managers', so spelt) and Maquet GmbH ('the German Maquet GmbH') -> Company; Mattias Perjos, Johan
 # Malmquist, Olander Larrsson (so spelt), Rune Andersson and Carl Bennet -> Person ('Carl Bennet' also stands inside
 # 'Carl Bennet AB', which is its own entity); the United States, China, Sweden -> Location. No entity: 'the town of
 # Getinge' (the same surface form as the company's alias; the corpus's Canongate call; doubtful: a reader might add a
 # Location 'Getinge'); the OMXS30 index (a stock index); 'two Swedish pension funds' (unnamed); 'various Western
 # European countries' (generic); the three business areas named by their fields (generic names)
 entities=[E("Company", GA, "Getinge"), E("Person", "Mattias Perjos"), E("Person", "Johan Malmquist"),
           E("Location", "United States"), E("Location", "China"), E("Location", "Sweden"),
           E("Person", "Olander Larrsson"), E("Company", "Electrolux"), E("Person", "Rune Andersson"),
           E("Person", CB), E("Company", "Stockholm Stock Exchange"), E("Company", CBAB), E("Company", "Vanguard"),
           E("Company", "Blackrock"), E("Company", "Maquet GmbH")],
 # 'The CEO of the company is Mattias Perjos' -> ceo, current true; 'the Chairman of the Board is Johan Malmquist' ->
 # chairman, current true; 'Getinge was founded in 1904 ... by Olander Larrsson' -> founder (named alone), current true;
 # 'Rune Andersson and Carl Bennet, two former Electrolux managers' -> executive at Electrolux, current false for each
 # ('manager' -> executive; 'former'). Near-misses, no role: 'Carl Bennet remains the main owner of the company' and
 # 'his holding company Carl Bennet AB' -> no role (an owner; the corpus's owner -> no role; a reader might give him
 # chairman or head of his holding company, which the text does not say); 'it was acquired by Rune Andersson and Carl
 # Bennet' and 'They took the company public' -> no role at Getinge AB (no title named; a reader might make them
 # owners, chairmen or chief executives of the company)
 roles=[R("Mattias Perjos", "ceo", GA), R("Johan Malmquist", "chairman", GA), R("Olander Larrsson", "founder", GA),
        R("Rune Andersson", "executive", "Electrolux", False), R(CB, "executive", "Electrolux", False)],
 # 'The company was acquired by Electrolux in 1964' -> acquired(Electrolux, Getinge AB) + parentOrganization(Getinge
 # AB, Electrolux) (ownership that ended in 1989 kept: relations carry no time); 'With a 20% stake in the capital and
 # 50.19% of the voting rights, Carl Bennet remains the main owner of the company through his holding company Carl
 # Bennet AB' -> parentOrganization(Getinge AB, Carl Bennet AB) (a majority of the votes held by a named company read
 # as control; doubtful: the stake in the capital is a fifth, and a reader might give nothing for a holding of shares,
 # as batches 55f and 55n gave nothing for minority stakes); 'In 2000 it acquired the German Maquet GmbH' ->
 # acquired(Getinge AB, Maquet GmbH) + parentOrganization(Maquet GmbH, Getinge AB). Near-misses, no relation: 'In
 # 1989, it was acquired by Rune Andersson and Carl Bennet' -> no acquired (two persons bought it, no company; a
 # reader might give the purchase to Carl Bennet AB, which the text ties only to today's ownership); 'Other notable
 # owners include ... Vanguard and Blackrock' -> no parentOrganization (minority holders among others; no stake
 # stated); 'it is listed on the Stockholm Stock Exchange' -> nothing (a listing); 'strengthened through a series of
 # acquisitions' and 'Getinge has acquired a large number of smaller and larger companies' -> nothing (no target
 # named); 'the United States is by far the most important market' -> nothing (a market, no customer named)
 relations=[L("Electrolux", "acquired", GA), L(GA, "parentOrganization", "Electrolux"),
            L(GA, "parentOrganization", CBAB),
            L(GA, "acquired", "Maquet GmbH"), L("Maquet GmbH", "parentOrganization", GA)],
 outages=[],
 # 'In 1989' -> '1989'; 'from July 2009 to June 2025' -> two months; 'In 2000' -> '2000'; 'the 1930s' (a decade) and
 # 'over the decades' -> left out
 dates=[D("1904", "1904"), D("1964", "1964"), D("1989", "1989"), D("1993", "1993"), D("July 2009", "2009-07"),
        D("June 2025", "2025-06"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
