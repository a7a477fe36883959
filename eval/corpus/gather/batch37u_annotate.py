#!/usr/bin/env python3
"""Batch 37u gold annotations (the texts of batch37u.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'Nowadays', 'By the end of 2013' (kept only as its year) and 'Since the company's inception'
follow that rule. No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 27d-37k): 'a wholly owned subsidiary of' -> parentOrganization; a company
'owned by' a named person -> no role and no relation (an owner, as batch 36h did); a company founded by two named
companies as 'a joint venture' -> partner between the two (as batch 36j did for JCB), no parent; a company founded 'in
a collaboration with' unnamed agencies and a named company that then owns it -> the ownership only; a product, a
technology and a user interface a company's product 'employs' -> Service with provider (doubtful for the interface);
a research centre a company 'has' under its own name -> Organization with parentOrganization (doubtful); resellers
through which a company sells -> partner (a supplier relation the text states); a person who founded a company as
the text names alone -> founder, and one it calls 'co-founder' -> cofounder; a chief executive 'until 2004' -> ceo,
former; 'passed leadership to' -> ceo, current (doubtful); 'had served as CTO since' a year, followed by taking the
lead -> cto, former (doubtful); a former name and an expansion of a company's initials -> aliases; stock exchanges ->
Company; stock indices (FTSE 250, Euro Stoxx 50, NASDAQ-100) -> nothing; a stock ticker ('TYO: 4704') -> nothing;
a webmail service and its account tiers named as such -> Service, no provider where the text names none.
usage: batch37u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, people
import batch10_annotate as b10

A = {}
# ---- semiconductor equipment, Netherlands: ASML Holding --------------------------------------------------------------------------
AS = "ASML Holding N.V."
A["wp-asml-holding"] = dict(
 # the company 'ASML Holding N.V. (commonly shortened to ASML, originally standing for Advanced Semiconductor
 # Materials Lithography)' and 'originally named ASM Lithography' -> Company, with 'ASML', the expansion and the
 # former name as aliases (the text also says ASML is 'not an abbreviation'; the expansion kept as a surface form
 # naming the company, as batch 36j kept DE-CIX's); 'the Dutch companies ASM and Philips' -> Company each (no fuller
 # name given; 'ASM' is not tied to 'ASM Lithography' beyond its naming); 'the AEX and NASDAQ Stock Exchanges' ->
 # 'AEX' and 'NASDAQ' as Company (stock exchanges by the text's word; doubtful for AEX, which is Euronext
 # Amsterdam's index); 'Euro Stoxx 50' and 'NASDAQ-100' (indices) -> nothing; Veldhoven and the seventeen countries
 # and territories ('Netherlands' and 'the Netherlands' the same name) -> Location; 'extreme ultraviolet lithography
 # (EUV) photolithography machines' (a product class, no product name) -> nothing; 'Dutch' and 'European' -> nothing
 entities=[E("Company", AS, "ASML", "Advanced Semiconductor Materials Lithography", "ASM Lithography"),
           E("Location", "Veldhoven"), E("Location", "Netherlands")]
          + locs("United States", "Belgium", "France", "Germany", "Ireland", "Israel", "Italy", "United Kingdom",
                 "China", "Hong Kong", "Japan", "South Korea", "Malaysia", "Singapore", "Taiwan")
          + [E("Company", "AEX"), E("Company", "NASDAQ"), E("Company", "ASM"), E("Company", "Philips")],
 roles=[],
 # 'founded in 1984 as a joint venture between the Dutch companies ASM and Philips' -> partner(ASM, Philips) (the
 # two founders of a joint venture; no parentOrganization, since 'Nowadays it is a public company' and the text
 # gives no shares; doubtful: a reader might record each founder as a parent at the time); the listings -> nothing;
 # 'nearly 5,000 tier 1 suppliers' and 'a worldwide customer base' (none named) -> nothing
 relations=[L("ASM", "partner", "Philips")],
 outages=[],
 # 'As of 2023' and 'As of March 2024' give their year and month
 dates=[D("1984", "1984"), D("2023", "2023"), D("March 2024", "2024-03")])

# ---- cybersecurity, UK: Darktrace ----------------------------------------------------------------------------------------------
DT = "Darktrace"
IC = "Invoke Capital"
A["wp-darktrace"] = dict(
 # the company -> Company; Invoke Capital ('a company owned by Mike Lynch') -> Company; Mike Lynch -> Person; the
 # London Stock Exchange -> Company; Cambridge, England, San Francisco and United States -> Location; 'the British
 # intelligence agencies' (unnamed) -> nothing; 'the FTSE 250 Index' (an index) -> nothing; the product 'Darktrace's
 # Enterprise Immune System', 'an autonomous response technology, Antigena' and 'a user interface, called the
 # 'Threat Visualizer'' -> Service each (the interface without the quotes; doubtful: it is a part of the product, a
 # reader might leave it out); 'AI' and 'machine learning' -> nothing
 entities=[E("Company", DT), E("Location", "Cambridge"), E("Location", "England"), E("Location", "San Francisco"),
           E("Location", "United States"), E("Company", "London Stock Exchange"), E("Company", IC),
           E("Person", "Mike Lynch"), E("Service", "Enterprise Immune System"), E("Service", "Antigena"),
           E("Service", "Threat Visualizer")],
 # 'Invoke Capital, a company owned by Mike Lynch' -> no role (an owner, no post named)
 roles=[],
 # 'as well as being a wholly owned subsidiary of Invoke Capital' -> parentOrganization (past, recorded); 'founded
 # in 2013, in a collaboration with the British intelligence agencies and Invoke Capital' -> nothing more (no
 # founder predicate for a company); 'Invoke Capital additionally provided 15 of Darktrace's 40 staff members' ->
 # nothing beyond the ownership (doubtful: a reader might add partner); the three named parts of the product ->
 # provider Darktrace (Antigena and the interface are what the Enterprise Immune System 'employs' and 'visualizes
 # on', the company's own technology); the April 2021 listing -> nothing
 relations=[L(DT, "parentOrganization", IC), L("Enterprise Immune System", "provider", DT),
            L("Antigena", "provider", DT), L("Threat Visualizer", "provider", DT)],
 outages=[],
 # 'By the end of 2013' and 'Since the company's inception in 2013' give the year
 dates=[D("2013", "2013"), D("April 2021", "2021-04")])

# ---- security software, Japan: Trend Micro -------------------------------------------------------------------------------------
TM = "Trend Micro"
RS = ["Softchoice", "ASAP", "Synnex"]
A["wp-trend-micro"] = dict(
 # the company -> Company; Steve Chang (with 'Chang') and Eva Chen -> Person; TrendLabs ('a global threat response
 # center, called TrendLabs') -> Organization (a named research unit; doubtful: a reader might type it Company or
 # leave it out); PC-cillin ('the PC-cillin range of anti-virus products') and HouseCall ('the free online
 # browser-based malware scanner') -> Service; the resellers Softchoice, ASAP and Synnex -> Company; McAfee
 # ('competitor McAfee') -> Company; 'MSN Hotmail', 'Hotmail Plus' and 'the MSN Premium service' -> Service each
 # (Hotmail Plus an account tier named as a product; doubtful); Tokyo, California and the twelve office countries
 # -> Location; 'TYO: 4704' (a ticker on the Tokyo exchange, not named) -> nothing; 'the US Federal Buying Schedule
 # 70' (a procurement schedule, not a service users use) -> nothing, and its 'US' (an attribute) -> nothing;
 # 'Taiwanese' -> nothing
 entities=[E("Company", TM), E("Location", "Tokyo"), E("Location", "California"), E("Person", "Steve Chang", "Chang"),
           E("Person", "Eva Chen"), E("Service", "PC-cillin"), E("Service", "HouseCall"),
           E("Organization", "TrendLabs")]
          + locs("Taiwan", "Japan", "China", "France", "Germany", "Ireland", "United States", "United Arab Emirates",
                 "Australia", "Malaysia", "Philippines", "New Zealand")
          + [E("Company", x) for x in RS]
          + [E("Service", "MSN Hotmail"), E("Service", "Hotmail Plus"), E("Company", "McAfee"),
             E("Service", "MSN Premium")],
 # 'founded in 1988 in California by Steve Chang' -> founder (the text names him alone as the founder, though it
 # calls Eva Chen a co-founder; doubtful: a reader might make him cofounder); 'who served as Trend Micro's CEO until
 # 2004' -> ceo, former; 'passed leadership to co-founder Eva Chen' -> cofounder, and ceo, current (leadership read
 # as the CEO post he left; doubtful); 'who had served as CTO since 1996' -> cto, former (she took the lead in 2004;
 # doubtful: the text does not say she left the CTO post)
 roles=[R("Steve Chang", "founder", TM), R("Steve Chang", "ceo", TM, False), R("Eva Chen", "cofounder", TM),
        R("Eva Chen", "ceo", TM), R("Eva Chen", "cto", TM, False)],
 # 'known for producing the PC-cillin range' and 'the creator of ... HouseCall' -> provider; 'They have a global
 # threat response center, called TrendLabs' -> parentOrganization (doubtful, as above); 'on the US Federal Buying
 # Schedule 70 through resellers Softchoice, ASAP, and Synnex' -> partner with each reseller (a supplier relation;
 # doubtful); 'MSN Hotmail's choice for scanning email' -> nothing (the Hotmail operator is not named, and partner is
 # between companies; a reader might still add one); 'Products from competitor McAfee were used for the MSN Premium
 # service' -> nothing (a competitor; the service's operator not named)
 relations=[L("PC-cillin", "provider", TM), L("HouseCall", "provider", TM), L("TrendLabs", "parentOrganization", TM)]
           + [L(TM, "partner", x) for x in RS],
 outages=[],
 # 'Between 2004 and 2008' gives both years, already listed
 dates=[D("1988", "1988"), D("2004", "2004"), D("1996", "1996"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
