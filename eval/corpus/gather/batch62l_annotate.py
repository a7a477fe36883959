#!/usr/bin/env python3
"""Batch 62l gold annotations (the texts of batch62l.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-62c; batch10_annotate.write_parts), so with two texts: test, train (wp-kendall-square-research
test, wp-mccaw-cellular-communications train). Both texts are Wikipedia with `published` null: only absolute dates;
'late 1993' -> the year (GUIDELINES.md, Dates: 'late 2006' -> the year); 'the early 1980s', 'the early 1990s', 'the
early-1990s' (parts of a decade, as batches 60d-62c read 'the mid-1980s' and 'the mid-1990s'), 'the turn of the
century', 'within months', 'for years' -> nothing.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-56j, 57a-57p, 58j, 58l, 59e, 59j, 60d, 60g, 60k, 61c,
62c): founders by the binding decision (Roles, 'Founders'): 'co-founded by A ... and by B' -> cofounder each, and a
person who 'helped found' a company -> cofounder (the text's own word for a joint founding, as 'co-founded'); a
completed purchase of a named company -> acquired and parentOrganization (Relations); a purchase of another company's
unnamed 'mobile businesses' -> nothing (the businesses bought are no named entity; the seller was not bought); a stake
('purchased 33% of the company') and a 'merger' that does not say who bought whom -> nothing; a company 'spun off from'
another -> parentOrganization(spun-off company, parent) (ownership told as past is still recorded; doubtful); a
company's later name ('the company was spun off ... to become AT&T Wireless Services') and an earlier one the history
uses for the same business ('McCaw Communications') -> aliases (Types: former names are aliases; doubtful both);
a technology provider, an equipment supplier or a customer named as such -> partner, the supplier first (batch 18b's
rule, as batches 60k-62c applied it); a product line with its maker ('the KSR1 models', 'the KSR2') -> Service with
provider the maker; software or computers named without their maker ('OSF/1', 'Unix', 'PDP-8') -> Service, no
provider; a national laboratory that buys as a customer -> Organization (as train's Jet Propulsion Laboratory and
dev's Cavendish Laboratory), parentOrganization to the department whose 'facility' it is; competitors -> no relation
(no predicate); descriptions ('one of the original team that designed the PDP-8', 'one of AT&T's largest
shareholders') -> no role; technical terms ('COMA', 'RISC', 'CPU', 'MIPS', 'MFLOPS', 'shared memory') and group names
('the \"Baby Bells\"') -> nothing.
usage: batch62l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- cellular telephony, US: McCaw Cellular Communications -------------------------------------------------------------
MC = "McCaw Cellular Communications"
A["wp-mccaw-cellular-communications"] = dict(
 # the company -> Company 'McCaw Cellular Communications', aliases 'McCaw Cellular', 'McCaw Communications' (the name
 # the history gives the same business before 1986: 'By 1983, McCaw Communications had purchased licenses', as the lead
 # gives McCaw Cellular the licensing of 'the early 1980s'; doubtful: a reader might keep it apart as a predecessor)
 # and 'AT&T Wireless Services' ('the company was spun off from AT&T to become AT&T Wireless Services': its later name;
 # doubtful: a reader might make it a Company of its own); 'United States' (alias 'US': 'the major US markets', 'the 30
 # largest US markets') -> Location; 'MCI Communications', 'LIN Broadcasting', 'AT&T' -> Company; 'Cellular One'
 # ('their "Cellular One" service') -> Service; 'Craig McCaw' (aliases 'Craig' and 'McCaw': 'In 1981 McCaw came across
 # an AT&T document ... he could build'; doubtful: 'McCaw introduced their "Cellular One" service' uses 'McCaw' for the
 # company, so the surname is given to the person who carries it in most uses) and 'J. Elroy McCaw' -> Person;
 # 'Centralia' and 'Washington' -> Location (city and state apart, as batches 60d-62c). No entity: the '"Baby Bells"'
 # (a group nickname, no one company named), 'an AT&T document' (AT&T counted once), the infobox's Redmond and AMPS
 # (cut, not in the text)
 entities=[E("Company", MC, "McCaw Cellular", "McCaw Communications", "AT&T Wireless Services"),
           E("Location", "United States", "US"), E("Company", "MCI Communications"), E("Company", "LIN Broadcasting"),
           E("Company", "AT&T"), E("Service", "Cellular One"), E("Person", "Craig McCaw", "Craig", "McCaw"),
           E("Person", "J. Elroy McCaw"), E("Location", "Centralia"), E("Location", "Washington")],
 # No role: the text gives no title. Near-misses: 'made Craig McCaw one of AT&T's largest shareholders' -> nothing (a
 # shareholder holds no post); 'Craig took an increasingly central role in the development of McCaw Communications'
 # -> nothing (no title; a reader might give founder or head); J. Elroy McCaw selling 'one of his cable television
 # holdings' -> nothing (an owner, no title); the cut infobox's 'Key people Craig McCaw' -> not in the text
 roles=[],
 # 'followed by LIN Broadcasting in 1989' (the company 'purchased' it) -> acquired(McCaw Cellular Communications, LIN
 # Broadcasting) and parentOrganization(LIN Broadcasting, McCaw Cellular Communications) (a completed purchase);
 # 'Partnering with AT&T as a technology provider' -> partner(AT&T, McCaw Cellular Communications) (the supplier
 # first); 'McCaw introduced their "Cellular One" service' -> provider(Cellular One, McCaw Cellular Communications);
 # 'the company was spun off from AT&T' -> parentOrganization(McCaw Cellular Communications, AT&T) (the text makes the
 # company AT&T's before 2002; doubtful: the owning is told only through the spin-off and the merger).
 # Near-misses, no relation: 'The company purchased MCI Communications's mobile businesses in 1986' -> nothing (the
 # units bought are not named; MCI Communications itself was not bought; a reader might give acquired(McCaw Cellular
 # Communications, MCI Communications)); 'AT&T purchased 33% of the company in 1992' -> nothing (a stake); 'arranged a
 # merger in 1994' -> no acquired(AT&T, McCaw Cellular Communications) (a merger that does not say who bought whom;
 # doubtful: the shareholding it gave Craig McCaw in AT&T points to AT&T as buyer); the cut infobox's 'Fate Acquired'
 # and 'Successor AT&T Wireless Services' -> not in the text
 relations=[L(MC, "acquired", "LIN Broadcasting"), L("LIN Broadcasting", "parentOrganization", MC),
            L("AT&T", "partner", MC), L("Cellular One", "provider", MC), L(MC, "parentOrganization", "AT&T")],
 # No outage told
 outages=[],
 # 'in 1986', 'in 1989', 'in 1990', 'in 1992', 'in 1994', 'In 2002', 'In 1966', 'In 1981', 'By 1983' -> the years.
 # Nothing: 'the early 1980s' (twice; part of a decade), 'the turn of the century' (a reader might give 2000; left
 # out as unresolved in the text's own terms), '16 years old at the time'
 dates=[D("1986", "1986"), D("1989", "1989"), D("1990", "1990"), D("1992", "1992"), D("1994", "1994"),
        D("2002", "2002"), D("1966", "1966"), D("1981", "1981"), D("1983", "1983")])

# ---- supercomputers, US: Kendall Square Research ------------------------------------------------------------------------
KS = "Kendall Square Research"
PNNL = "Pacific Northwest National Laboratory"
A["wp-kendall-square-research"] = dict(
 # the company -> Company 'Kendall Square Research' (alias 'KSR'; "KSR's" possessive-free); 'Kendall Square' (the
 # Cambridge district it was named after), 'Cambridge', 'Massachusetts' (twice) and 'Waltham' -> Location; 'the MIT'
 # -> Organization 'MIT' (a university; named as a landmark); 'Henry Burkhardt III' and 'Steve Frank' -> Person; 'Data
 # General' and 'Encore Computer' -> Company; 'PDP-8' (a computer, its maker not named) -> Service; 'OSF/1' and 'Unix'
 # (software, makers not named) -> Service; 'KSR1' ('the KSR1 models') and 'KSR2' -> Service (the company's machines);
 # 'the Pacific Northwest National Laboratory' and 'United States Department of Energy' -> Organization; 'Thinking
 # Machines', 'Meiko', 'IBM', 'Intel', 'Sun Microsystems' -> Company. No entity: 'COMA', 'RISC', 'CPU', 'MIPS',
 # 'MFLOPS' (technical terms), 'the supercomputer market' (generic)
 entities=[E("Company", KS, "KSR"), E("Location", "Kendall Square"), E("Location", "Cambridge"),
           E("Location", "Massachusetts"), E("Organization", "MIT"), E("Person", "Henry Burkhardt III"),
           E("Company", "Data General"), E("Company", "Encore Computer"), E("Service", "PDP-8"),
           E("Person", "Steve Frank"), E("Service", "OSF/1"), E("Service", "Unix"), E("Location", "Waltham"),
           E("Service", "KSR1"), E("Service", "KSR2"), E("Organization", PNNL),
           E("Organization", "United States Department of Energy"), E("Company", "Thinking Machines"),
           E("Company", "Meiko"), E("Company", "IBM"), E("Company", "Intel"), E("Company", "Sun Microsystems")],
 # 'It was co-founded by Henry Burkhardt III ... and by Steve Frank' -> cofounder each at Kendall Square Research;
 # 'who had previously helped found Data General and Encore Computer' -> cofounder at Data General and at Encore
 # Computer (a founding with others; 'previously' dates it before KSR and makes no post former: a founding is no post
 # one leaves; doubtful: a reader might give founder, or nothing for a help). Near-miss, no role: 'one of the original
 # team that designed the PDP-8' -> nothing (no title, no organisation named)
 roles=[R("Henry Burkhardt III", "cofounder", KS), R("Steve Frank", "cofounder", KS),
        R("Henry Burkhardt III", "cofounder", "Data General"), R("Henry Burkhardt III", "cofounder", "Encore Computer")],
 # 'A few of the KSR1 models were sold, but as the KSR2 was being rolled out' (the company's machines) ->
 # provider(KSR1, KSR), provider(KSR2, KSR); 'the Pacific Northwest National Laboratory, a United States Department of
 # Energy facility' -> parentOrganization(PNNL, DOE) (as dev's Cavendish Laboratory to its university); 'One customer
 # of the KSR2, the Pacific Northwest National Laboratory, ... purchased an enormous pile of spare parts' ->
 # partner(Kendall Square Research, PNNL) (a stated customer of the company's machine, the supplier first; doubtful:
 # the text names the customer of the product, not a contract). Near-misses, no relation: 'Its machines ran a
 # specially customized version of OSF/1, a Unix variant' -> nothing (no maker named; OSF/1 and Unix no predicate);
 # 'KSR's competitors included Thinking Machines and Meiko ... IBM, Intel, and Sun Microsystems' -> nothing (competition
 # is no predicate); 'Within months, Thinking Machines followed' -> nothing; 'near the MIT' -> nothing (a landmark)
 relations=[L("KSR1", "provider", KS), L("KSR2", "provider", KS),
            L(PNNL, "parentOrganization", "United States Department of Energy"), L(KS, "partner", PNNL)],
 # No outage: 'the company collapsed amid accounting irregularities', 'went bankrupt', 'went out of business' (a
 # business failure, GUIDELINES Outages: not an outage); the PNNL 'kept their machines running'
 outages=[],
 # 'in 1986' -> the year; 'late 1993' -> the year (as 'late 2006'). Nothing: 'the early 1990s', 'the early-1990s'
 # (parts of a decade), 'Within months', 'for years'
 dates=[D("1986", "1986"), D("late 1993", "1993")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
