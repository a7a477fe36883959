#!/usr/bin/env python3
"""Batch 37k gold annotations (the texts of batch37k.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'The following year', 'Over the next five years' and 'in that year' are left out. No text
tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 27d-36j): a company 'sold to' or 'acquired by' a named company ->
acquired + parentOrganization; 'a wholly owned subsidiary of' and a named division of a company -> parentOrganization;
a banking group that 'renamed the business' and 'expanded the business' -> parentOrganization (ownership implied;
doubtful); a system a company 'released', and services a company 'and its subsidiaries offer' -> Service with
provider; a business 'combined with' named brands, with no buyer said for each -> nothing; sale talks and a minority
investment -> nothing; former names of a company -> aliases, and a native-script name with its romanisation ->
aliases (as batch 36j did); people who founded a company with others -> cofounder, a sole founder -> founder, a
person 'appointed Chief Executive' (not said to have left) -> ceo, current; a named venue, a named office building
-> Location; stock exchanges and a magazine -> Company; a stock index -> nothing; a device and an operating system
-> Service.
usage: batch37k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, people
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization

A = {}
# ---- business software, UK: the Sage Group ---------------------------------------------------------------------------------------
SG = "The Sage Group plc"
A["wp-sage-group"] = dict(
 # the company 'The Sage Group plc, commonly known as Sage' -> Company with 'Sage' ('the Company'/'The company' are
 # generic); 'Newcastle upon TyneUnited Kingdom' (the copy's glued link text) -> two Locations, 'Newcastle upon Tyne'
 # with 'Newcastle' ('in 1981 in Newcastle') and 'United Kingdom'; Oracle and SAP (the two larger suppliers) ->
 # Company, no relation (rivals); 'The Sage Gateshead music venue' -> Location (a named venue, the guidelines' named
 # sites; 'is the patron of' -> nothing), Gateshead and Dublin -> Location; the London Stock Exchange -> Company; the
 # FTSE 100 Index -> nothing (a stock index); the three founders -> Person, 'David' and 'Graham' their aliases;
 # Newcastle University -> Organization ('A student at'; no role); 'his printing company, Campbell Graphics' ->
 # Company; 'Sage Line 50', 'Sage Accounts' and 'Sage software, a product for the Amstrad PCW word processor' ->
 # Service (the last named as a product by its apposition; doubtful: 'Sage software' might be read as a generic
 # phrase); 'the Amstrad PCW word processor' -> Service (a device; Amstrad named only inside it, so not its own
 # entity) and 'the CP/M operating system' -> Service, neither with a provider named; Paul Walker -> Person;
 # 'Sage's Professional Accountants Division' -> Company 'Professional Accountants Division' (a named unit; doubtful
 # type); 'a dedicated Irish division' (unnamed) and 'an accountancy firm' (unnamed) -> nothing
 entities=[E("Company", SG, "Sage"), E("Location", "Newcastle upon Tyne", "Newcastle"),
           E("Location", "United Kingdom"), E("Company", "Oracle"), E("Company", "SAP"),
           E("Location", "The Sage Gateshead"), E("Location", "Gateshead"), E("Company", "London Stock Exchange"),
           E("Person", "David Goldman", "David"), E("Person", "Paul Muller"), E("Person", "Graham Wylie", "Graham"),
           E("Organization", "Newcastle University"), E("Service", "Sage Line 50"), E("Company", "Campbell Graphics"),
           E("Service", "Sage Accounts"), E("Service", "Sage software"), E("Service", "Amstrad PCW"),
           E("Service", "CP/M"), E("Person", "Paul Walker"), E("Company", "Professional Accountants Division"),
           E("Location", "Dublin")],
 # 'founded by David Goldman, Paul Muller and Graham Wylie' -> cofounder each (current: founders stay founders);
 # 'In 1994 Paul Walker was appointed Chief Executive' -> ceo, current (the text never says he left; doubtful for a
 # 1994 appointment told in a history); 'his printing company, Campbell Graphics' -> no role (ownership without a
 # title; a reader might record Goldman as an executive or founder of Campbell Graphics)
 roles=[R("David Goldman", "cofounder", SG), R("Paul Muller", "cofounder", SG), R("Graham Wylie", "cofounder", SG),
        R("Paul Walker", "ceo", SG)],
 # 'Sage's Professional Accountants Division' -> parentOrganization; Sage Line 50 (the basis of the company's
 # software), Sage Accounts (the first version, produced by a founder, the software Sage was formed to sell) and
 # 'the Company launched Sage software' -> provider Sage; the Amstrad PCW and CP/M -> no provider named; Goldman
 # hiring Wylie to write software for Campbell Graphics -> nothing (a commission between people, before the company)
 relations=[L("Professional Accountants Division", "parentOrganization", SG), L("Sage Line 50", "provider", SG),
            L("Sage Accounts", "provider", SG), L("Sage software", "provider", SG)],
 outages=[],
 # 'in that year' (1984, counted from the sentence before) left out
 dates=[D("1981", "1981"), D("1984", "1984"), D("1989", "1989"), D("1994", "1994"), D("1998", "1998"),
        D("1999", "1999")])

# ---- internet portal, China: Sohu ------------------------------------------------------------------------------------------------
SH = "Sohu, Inc."
A["wp-sohu"] = dict(
 # the company 'Sohu, Inc.' -> Company with 'Sohu', its Chinese name and pinyin (as batch 36j kept JCB's Japanese name
 # and romanisation; the gloss 'Search-fox' is a translation, not a name -> nothing) and its former names 'Internet
 # Technologies China', 'ITC' and 'Sohoo' (the same company renamed); 'the Sohu Internet Plaza' -> Location (a named
 # office building, the guidelines' named sites); Haidian District, Beijing and Delaware -> Location; 'a search
 # engine (Sogou.com)' and 'on-line multiplayer gaming (ChangYou.com)' -> Service ('Chinese search engine Sogou.com,
 # the subsidiary of Sohu, Inc.' calls the search engine a subsidiary; kept one entity, a Service, since a subsidiary
 # relation needs a Company; doubtful: a reader might type Sogou.com a Company with parentOrganization Sohu); Charles
 # Zhang with 'Zhang' and Jerry Yang -> Person; the Massachusetts Institute of Technology -> Organization; Yahoo!
 # ('the American company' is generic), NASDAQ, Qihoo, Tencent and Fortune (the magazine's ranking) -> Company;
 # 'a variable interest entity (VIE)' (unnamed) -> nothing; 'Chinese' (an adjective) -> nothing
 entities=[E("Company", SH, "Sohu", "\u641c\u72d0", "S\u014duh\u00fa", "Internet Technologies China", "ITC", "Sohoo"),
           E("Location", "Sohu Internet Plaza"), E("Location", "Haidian District"), E("Location", "Beijing"),
           E("Service", "Sogou.com"), E("Service", "ChangYou.com"), E("Person", "Charles Zhang", "Zhang"),
           E("Organization", "Massachusetts Institute of Technology"), E("Company", "Yahoo!"),
           E("Person", "Jerry Yang"), E("Company", "NASDAQ"), E("Location", "Delaware"), E("Company", "Qihoo"),
           E("Company", "Tencent"), E("Company", "Fortune")],
 # 'Sohu was founded as Internet Technologies China (ITC) in 1996 by Charles Zhang' -> founder (sole founder named);
 # 'Yahoo! after meeting its cofounder, Jerry Yang' -> cofounder of Yahoo!; Zhang's PhD at MIT -> no role
 roles=[R("Charles Zhang", "founder", SH), R("Jerry Yang", "cofounder", "Yahoo!")],
 # 'Sohu and its subsidiaries offer ... a search engine (Sogou.com), on-line multiplayer gaming (ChangYou.com)' and
 # 'Sohu's Sogou.com search engine' -> provider Sohu, Inc. for both; 'was in talks to be sold ... to Qihoo' ->
 # nothing (talks); 'Tencent has invested $448 million for a minority share in ... Sogou.com' -> nothing (an
 # investment, a minority share); the NASDAQ listing and the Fortune ranking -> nothing
 relations=[L("Sogou.com", "provider", SH), L("ChangYou.com", "provider", SH)],
 outages=[],
 # 'The following year' (1997, counted from 1996 in the text, not from a publication date) left out
 dates=[D("1996", "1996"), D("2000", "2000"), D("July 2013", "2013-07"), D("September 17, 2013", "2013-09-17"),
        D("2009", "2009"), D("2010", "2010")])

# ---- payment processing, UK: Worldpay ------------------------------------------------------------------------------------------
WP = "Worldpay"
NW = "National Westminster Bank"
RBS = "The Royal Bank of Scotland Group"
A["wp-worldpay"] = dict(
 # the company 'Worldpay (formerly RBS WorldPay)' -> Company with its former name ('the business' is generic); the
 # London Stock Exchange -> Company; the FTSE 100 Index -> nothing; 'an electronic payment system called Streamline'
 # ('the Streamline system'; 'Streamline' again first in the list of brands, the same system) -> Service; CentreFile,
 # Ceridian, National Westminster Bank with 'NatWest' ('the bank' generic) and The Royal Bank of Scotland Group with
 # 'RBS' -> Company; 'Streamline International', 'PaymentTrust', 'Netherlands based Bibit', 'RiskGuardian' and 'US
 # based Lynk' -> Company (the text calls them 'payment solutions companies' and 'brands', and places two of them in a
 # country; doubtful: a reader might type the brands Service, as Streamline is); the UK, the Netherlands, the US and
 # Europe -> Location; 'the Internet' -> nothing
 entities=[E("Company", WP, "RBS WorldPay"), E("Company", "London Stock Exchange"), E("Service", "Streamline"),
           E("Company", "CentreFile"), E("Location", "UK"), E("Company", NW, "NatWest"), E("Company", "Ceridian"),
           E("Company", RBS, "RBS"), E("Company", "Streamline International"), E("Company", "PaymentTrust"),
           E("Location", "Netherlands"), E("Company", "Bibit"), E("Company", "RiskGuardian"), E("Location", "US"),
           E("Company", "Lynk"), E("Location", "Europe")],
 roles=[],
 # 'Streamline which was first released by CentreFile' -> provider CentreFile; 'the Streamline system was reabsorbed
 # into the bank' -> provider National Westminster Bank as well (doubtful: the bank running the system after 1995 is
 # read from 'reabsorbed'; the text also says Worldpay 'started as' Streamline, which is not recorded as provider);
 # 'CentreFile ... had become a wholly owned subsidiary of National Westminster Bank' -> parentOrganization; 'the
 # rest of CentreFile was sold to Ceridian' -> acquired + parentOrganization (a completed sale of the company, less
 # the system); 'NatWest was acquired in 2002 by The Royal Bank of Scotland Group (RBS)' -> acquired +
 # parentOrganization; 'which renamed the business RBS WorldPay. RBS expanded the business' -> parentOrganization
 # (ownership implied, not stated; doubtful); 'acquiring and merging a number of payment solutions companies' (none
 # named) and 'it was combined with seven ... brands' (Streamline among them, no buyer said for each) -> nothing
 relations=[L("Streamline", "provider", "CentreFile"), L("Streamline", "provider", NW),
            L("CentreFile", "parentOrganization", NW)] + acq("Ceridian", "CentreFile") + acq(RBS, NW)
           + [L(WP, "parentOrganization", RBS)],
 outages=[],
 # 'Over the next five years' left out; 'By 2007' gives its year
 dates=[D("1989", "1989"), D("1992", "1992"), D("1994", "1994"), D("1965", "1965"), D("1985", "1985"),
        D("1995", "1995"), D("2002", "2002"), D("2007", "2007")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
