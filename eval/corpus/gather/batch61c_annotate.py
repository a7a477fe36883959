#!/usr/bin/env python3
"""Batch 61c gold annotations (the texts of batch61c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60k; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1990s', 'the late 1980s', 'the
mid-1980s' (decades, as batches 60d-60k read them) -> nothing; 'The following year', 'within a few years', 'that
year' (relative, `published` null) -> nothing; 'late 1989' -> the year (GUIDELINES, Dates: 'late 2006' -> the year).
No text tells an outage, so every `outages` list is empty; Teledesic's suspension of its satellite construction work
stops a network that was never in service (a business decision; GUIDELINES, Outages), a near-miss.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g, 60k):
founders by the binding decision as it now stands in GUIDELINES (Roles, 'Founders', written in session 56 and
corrected before any gold was mended: train counted 28 `cofounder` against 12 `founder` for the joint construction):
people the text names together as founding ('founded in 1995 by Bob Cmelik, Dave Ditzel, ... and Greg Zyner') ->
cofounder each, current true (batch 60k followed the first wording of the decision and gave `founder` to the same
construction; this round follows the corrected one); 'X, founder of Y' of one person -> founder; 'was originally a
division of' -> parentOrganization (GUIDELINES, Relations: divisions); 'purchased ... from Schlumberger' ->
acquired(buyer, target) and parentOrganization(target, buyer), and the seller named with 'from' ->
parentOrganization(target, seller) (ownership stated as past; batches 51e-51zo's call for the assignor; doubtful);
'ZDS was purchased by Groupe Bull' -> acquired and parentOrganization (completed); a contract with a named government
body ('a US$242-million contract with the United States Department of Defense', 'a contract with the Internal Revenue
Service to supply a portable computer') -> partner, the supplier first (batch 18b's rule, as batch 60k's DARPA
contracts); 'a cancelled contract with the United States Navy' -> nothing (a deal undone; as batch 60k read
NorthPoint's terminated agreement; doubtful); a rival beaten for a contract ('beat out IBM') or named as a similar
venture ('the similar Iridium and Globalstar ventures') -> no relation; investments and funding from people ('initial
$5 million investments from Bill Gates and Craig McCaw', 'early funding from Gates; McCaw, ...; and Saudi prince
Alwaleed bin Talal') -> nothing (relations join organisations; no post told at Teledesic); computers, processors,
software and kit lines a company made ('the Zenith Z-100', 'Its Zenith SupersPort laptop', 'the Crusoe processor',
'the Efficeon processor', 'a software layer called Code Morphing Software', 'its Heathkit line', 'the Heathkit H8 kit
computer') -> Service with provider that company; operating systems named without their makers ('CP/M', 'MS-DOS') ->
Service, no provider (the makers not named; GUIDELINES, Types); government departments and the Navy -> Organization;
'Zenith' alone where it is the radio company ('By the time Zenith acquired Heathkit', "Zenith's television sales") ->
alias of the Zenith Radio Company; a former name ('Teledesic Corporation changed its name to Teledesic, LLC') ->
aliases of one entity (GUIDELINES, Types); technical terms ('VLIW', 'x86', 'Ka band', '8085', '8088', 'Mbit/s') and
nationality adjectives ('American', 'Saudi') -> nothing; 'went public' -> nothing (no exchange named).
usage: batch61c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- telecoms/satellite internet, US: Teledesic ---------------------------------------------------------------------
TD = "Teledesic Corporation"
A["wp-teledesic"] = dict(
 # the company -> Company 'Teledesic Corporation' (the fullest form), aliases 'Teledesic' and 'Teledesic, LLC' (its
 # later name: 'changed its name to Teledesic, LLC'; one entity, GUIDELINES, Types); 'Iridium' and 'Globalstar' ('the
 # similar Iridium and Globalstar ventures', their failure told with 'bankruptcy protection filings') -> Company
 # (doubtful: a reader might type them Service, as satellite systems; the text calls them ventures, businesses that
 # failed); 'Bill Gates' (alias 'Gates'), 'Craig McCaw' (alias 'McCaw') and 'Alwaleed bin Talal' -> Person; 'McCaw
 # Cellular Communications' -> Company. No entity: 'the Teledesic system' (the planned network, never built, named
 # only by the company's name: no Service apart from the company; a near-miss), 'Ka band', 'Mbit/s' (technical
 # terms), 'Saudi' (an adjective; no Location)
 entities=[E("Company", TD, "Teledesic", "Teledesic, LLC"), E("Company", "Iridium"), E("Company", "Globalstar"),
           E("Person", "Bill Gates", "Gates"), E("Person", "Craig McCaw", "McCaw"),
           E("Company", "McCaw Cellular Communications"), E("Person", "Alwaleed bin Talal")],
 # 'McCaw, founder of McCaw Cellular Communications' -> founder at McCaw Cellular Communications, current true (one
 # person named as its founder). Near-misses, no role: Gates and McCaw as investors in Teledesic ('initial $5 million
 # investments from Bill Gates and Craig McCaw') -> nothing (investors hold no post; the text does not say either
 # founded Teledesic); 'Saudi prince Alwaleed bin Talal' -> nothing (a rank, no organisation)
 roles=[R("Craig McCaw", "founder", "McCaw Cellular Communications")],
 # No relation. Near-misses: 'The commercial failure of the similar Iridium and Globalstar ventures ... were primary
 # factors in halting the project' -> nothing (rivals' failures, no deal); the funding from Gates, McCaw and Alwaleed
 # bin Talal -> nothing (people, not organisations; minority funding); McCaw Cellular Communications and Teledesic ->
 # nothing (linked only through McCaw the person; no ownership or deal told between the companies); 'Teledesic
 # Corporation changed its name to Teledesic, LLC' -> no parentOrganization (a renaming, one entity)
 relations=[],
 # Near-miss, no outage: 'Teledesic officially suspended its satellite construction work on 1 October 2002' -> a
 # business decision halting a network never built; no users lost a service (GUIDELINES, Outages)
 outages=[],
 # 'The original 1994 proposal' -> 1994; 'In 1997' -> the year; '26 January 1998' -> the day; '1 October 2002' -> the
 # day; 'March 1994' -> the month; 'begin in 2002' -> the year. Nothing: 'the 1990s' (a decade), '9 billion USD',
 # '$5 million', 'US$9 billion' (money), '700 km', '1400 km (900 miles)' (distances)
 dates=[D("1994", "1994"), D("1997", "1997"), D("26 January 1998", "1998-01-26"), D("1 October 2002", "2002-10-01"),
        D("March 1994", "1994-03"), D("2002", "2002")])

# ---- semiconductors, US: Transmeta -----------------------------------------------------------------------------------
TM = "Transmeta Corporation"
FOUNDERS = ["Bob Cmelik", "Dave Ditzel", "Colin Hunter", "Ed Kelly", "Doug Laird", "Malcolm Wing", "Greg Zyner"]
A["wp-transmeta"] = dict(
 # the company -> Company 'Transmeta Corporation', alias 'Transmeta'; 'Santa Clara' and 'California' -> Location
 # (city and state apart, as batches 60d-60k); 'Code Morphing Software' (alias 'CMS') -> Service (the software layer
 # it developed); the seven founders -> Person; 'Crusoe' ('the Crusoe processor') and 'Efficeon' ('the Efficeon
 # processor') -> Service (products, named without the common noun, as batch 60k's 'MK1001'). No entity: 'x86',
 # 'VLIW', 'dynamic binary translator' (technical terms), 'American' (an adjective)
 entities=[E("Company", TM, "Transmeta"), E("Location", "Santa Clara"), E("Location", "California"),
           E("Service", "Code Morphing Software", "CMS")] + [E("Person", n) for n in FOUNDERS] +
          [E("Service", "Crusoe"), E("Service", "Efficeon")],
 # 'Transmeta was founded in 1995 by Bob Cmelik, Dave Ditzel, Colin Hunter, Ed Kelly, Doug Laird, Malcolm Wing and
 # Greg Zyner' -> cofounder each, current true (seven people named together as founding it: GUIDELINES, Roles,
 # 'Founders', as corrected; a reader following batch 60k would give founder; founders stay founders, the company
 # gone). Near-misses: the cut infobox's 'Key people | Murray A. Goldman, David Ditzel, Colin Hunter' -> not in the
 # text, so no other post for Ditzel or Hunter and no entity for Goldman
 roles=[R(n, "cofounder", TM) for n in FOUNDERS],
 # 'It developed low power x86 compatible microprocessors based on a VLIW core and a software layer called Code
 # Morphing Software' -> provider(Code Morphing Software, Transmeta Corporation); 'Its first product, the Crusoe
 # processor' -> provider(Crusoe, Transmeta Corporation); 'it launched its second major product, the Efficeon
 # processor' -> provider(Efficeon, Transmeta Corporation). Near-misses, no relation: 'Transmeta went public' ->
 # nothing (no exchange named); 'licensing its portfolio of microprocessor and semiconductor technologies' -> nothing
 # (no licensee named); the cut infobox's 'Acquired by Novafora, patent portfolio sold to Intellectual Ventures' and
 # 'Parent | Novafora' -> not in the text, so no acquired and no parent
 relations=[L("Code Morphing Software", "provider", TM), L("Crusoe", "provider", TM), L("Efficeon", "provider", TM)],
 outages=[],
 # 'in 1995' -> the year; 'on January 19, 2000' -> the day; 'on November 7, 2000' -> the day; 'On October 14, 2003' ->
 # the day; 'In 2005' -> the year
 dates=[D("1995", "1995"), D("January 19, 2000", "2000-01-19"), D("November 7, 2000", "2000-11-07"),
        D("October 14, 2003", "2003-10-14"), D("2005", "2005")])

# ---- computer hardware, US: Zenith Data Systems ----------------------------------------------------------------------
ZDS = "Zenith Data Systems Corporation"
ZR = "Zenith Radio Company"
HC = "Heath Company"
DOD = "United States Department of Defense"
IRS = "Internal Revenue Service"
A["wp-zenith-data-systems"] = dict(
 # the company -> Company 'Zenith Data Systems Corporation', alias 'ZDS' (also in "ZDS's"); 'Zenith Radio Company'
 # (alias 'Zenith': 'By the time Zenith acquired Heathkit', "Zenith's television sales" -- the radio and television
 # maker, not ZDS; doubtful: a reader might tie the bare 'Zenith' to ZDS) -> Company; 'Heath Company' (alias 'Heath':
 # "Heath's own headquarters") -> Company; 'Heathkit' ('its Heathkit line of electronic kits and kit microcomputers';
 # the brand, also in 'Zenith acquired Heathkit', read as the line bought with its maker) -> Service; 'Heathkit H8'
 # ('the Heathkit H8 kit computer') -> Service; 'Schlumberger' -> Company; 'St. Joseph' and 'Michigan' -> Location;
 # 'Zenith Z-100' and 'Zenith SupersPort' (its computers) -> Service; 'CP/M' and 'MS-DOS' (operating systems, their
 # makers not named) -> Service; 'United States Department of Defense', 'Internal Revenue Service' and 'United States
 # Navy' -> Organization; 'IBM' -> Company; 'Groupe Bull' -> Company; 'France' ('Groupe Bull of France') -> Location.
 # No entity: 'Heathkit computers' (the brand again, adjectival), '8085', '8088' (processor numbers, their maker not
 # named: technical terms), 'American' (an adjective)
 entities=[E("Company", ZDS, "ZDS"), E("Company", ZR, "Zenith"), E("Company", HC, "Heath"), E("Service", "Heathkit"),
           E("Company", "Schlumberger"), E("Location", "St. Joseph"), E("Location", "Michigan"),
           E("Service", "Heathkit H8"), E("Service", "Zenith Z-100"), E("Service", "CP/M"), E("Service", "MS-DOS"),
           E("Organization", DOD), E("Company", "IBM"), E("Organization", IRS), E("Service", "Zenith SupersPort"),
           E("Organization", "United States Navy"), E("Company", "Groupe Bull"), E("Location", "France")],
 # No person is named, so no role
 roles=[],
 # 'It was originally a division of the Zenith Radio Company' -> parentOrganization(ZDS, Zenith Radio Company)
 # (ownership told as past still counts); 'that company purchased the Heath Company and its Heathkit line ..., from
 # Schlumberger in October 1979' -> acquired(Zenith Radio Company, Heath Company) and parentOrganization(Heath
 # Company, Zenith Radio Company) (completed), and parentOrganization(Heath Company, Schlumberger) (the seller named
 # with 'from': its earlier owner; doubtful, as batches 51e-51zo's assignor call); 'its Heathkit line' ->
 # provider(Heathkit, Heath Company); 'the Heathkit H8 kit computer' -> provider(Heathkit H8, Heath Company)
 # (doubtful: the text does not say who made the H8; the brand is Heath's); 'the company began selling its own
 # designs including the Zenith Z-100' -> provider(Zenith Z-100, ZDS); 'Its Zenith SupersPort laptop' ->
 # provider(Zenith SupersPort, ZDS); 'a US$242-million contract with the United States Department of Defense' ->
 # partner(ZDS, United States Department of Defense); 'it beat out IBM for a contract with the Internal Revenue Service
 # to supply a portable computer' -> partner(ZDS, Internal Revenue Service) (won; a supply contract); 'ZDS was
 # purchased by Groupe Bull of France' -> acquired(Groupe Bull, ZDS) and parentOrganization(ZDS, Groupe Bull).
 # Near-misses, no relation: 'beat out IBM' -> nothing (a rival); 'a cancelled contract with the United States Navy'
 # -> nothing (the contract undone; doubtful: a reader might give partner for a contract once held); 'ZDS originally
 # operated from Heath's own headquarters' -> nothing more (a shared site); 'capable of running both CP/M and MS-DOS'
 # -> nothing (software run, no maker named); "ZDS's profits offset losses in Zenith's television sales" -> nothing
 # beyond the division link
 relations=[L(ZDS, "parentOrganization", ZR), L(ZR, "acquired", HC), L(HC, "parentOrganization", ZR),
            L(HC, "parentOrganization", "Schlumberger"), L("Heathkit", "provider", HC),
            L("Heathkit H8", "provider", HC), L("Zenith Z-100", "provider", ZDS),
            L("Zenith SupersPort", "provider", ZDS), L(ZDS, "partner", DOD), L(ZDS, "partner", IRS),
            L("Groupe Bull", "acquired", ZDS), L(ZDS, "parentOrganization", "Groupe Bull")],
 outages=[],
 # 'from 1979 to 1996' -> the two years; 'in October 1979' -> the month; 'In 1986' -> the year; 'in 1988' (twice, one
 # item) -> the year; 'In late 1989' -> the year. Nothing: 'By the late 1980s', 'By the mid-1980s' (decades), 'The
 # following year', 'within a few years', 'that year' (relative; `published` null), 'US$242-million', 'US$1.4
 # billion', '$511 million', '$635 million' (money)
 dates=[D("1979", "1979"), D("1996", "1996"), D("October 1979", "1979-10"), D("1986", "1986"), D("1988", "1988"),
        D("late 1989", "1989")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
