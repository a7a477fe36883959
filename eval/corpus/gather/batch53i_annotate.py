#!/usr/bin/env python3
"""Batch 53i gold annotations (the texts of batch53i.py: the SEC's Litigation Release No. 25156 of 4 August 2021 --
'broker-dealer Spartan Securities Group, LTD., transfer agent, Island Capital Management LLC d/b/a Island Stock
Transfer, and two of their principals, Carl E. Dilley and Micah J. Eldred', 'Island Stock Transfer and Dilley, its
President', 'Financial Industry Regulatory Authority (FINRA)', 'the Depository Trust Company (DTC)'; its press release
2018-221 of 28 September 2018 -- 'Salix Pharmaceuticals Ltd. and its former CFO', 'Salix is now a subsidiary of Bausch
Health Companies, which was previously known as Valeant Pharmaceuticals International', "Salix's acquisition by
Valeant", 'David Frohlich, Assistant Director in the SEC's Enforcement Division'; and its press release 2018-228 of 3
October 2018 -- 'U.K. citizen Roger Knox and his Swiss-based company Wintercap SA', 'Wintercap, formerly Silverton SA',
'Michael T. Gastauer', 'Paul Levenson, Director of the SEC's Boston Regional Office', 'Raquel Fox, Director of the
SEC's Office of International Affairs'), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): Salix -> test,
Spartan -> train, Wintercap -> dev. Dates resolve against `published` (the release line's or dateline's date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d; looked up in the gold of the corpus's SEC, CFTC
and DOJ files on other matters, GATHERING.md and GUIDELINES) -- the Commission as 'Securities and Exchange Commission'
with every short form the text uses as alias; a division or regional office of the SEC named with its head ->
Organization with parentOrganization to the Commission and the head's role at the office (the corpus's Grenda, Maxim,
Stericycle, Weatherford files: 'Director of the SEC's X Office' -> director at X Office); 'Assistant Director' -> executive
(the DOJ files' FBI Assistant Directors); 'principals' of a firm -> executive (the CFTC Monex and Global Asset Advisors
files); 'd/b/a' and former names ('formerly', 'previously known as') -> aliases (the FCC Verizon / Frontier, CFTC Daniels
Trading files; GUIDELINES: former names are aliases); a completed acquisition told as past ('Salix's acquisition by
Valeant') -> acquired and parentOrganization (GUIDELINES); 'former CFO' -> cfo false; adjectival 'U.S.' and 'U.K.' ->
Location (the lane's way), 'Swiss-based' -> no Location (a nationality adjective, as 'German'); unnamed courts -> no
entity, their places -> Location; 'today' -> the release date; one date item per distinct text and value.
usage: batch53i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SPA = "Spartan Securities Group, LTD."
ISL = "Island Capital Management LLC"
SAL = "Salix Pharmaceuticals Ltd."
BHC = "Bausch Health Companies"
WIN = "Wintercap SA"
A = {}

# ---- Spartan Securities / Island Stock Transfer, LR 25156, published 2021-08-04 (a Wednesday) ----------------------
A["us-sec-spartan-securities-island-stock-transfer-president-dilley-principal-eldred-shell-factory-jury-2021"] = dict(
 # Tampa and Florida ('Federal Court in Tampa, Florida': two Locations, the court unnamed); Spartan Securities Group,
 # LTD. ('broker-dealer Spartan Securities Group, LTD.', then 'Spartan Securities' and once 'Spartan': aliases);
 # Island Capital Management LLC ('d/b/a Island Stock Transfer', then 'Island Stock Transfer': alias, the trade name);
 # Carl E. Dilley (alias 'Dilley') and Micah J. Eldred (alias 'Eldred'); Financial Industry Regulatory Authority
 # (Organization, a self-regulatory body, the corpus's Robert Cook file; alias 'FINRA'); Depository Trust Company
 # (Company, alias 'DTC' -- **doubtful**: a clearing agency run as a business, a trust company; a reader may type it
 # Organization as a market utility). The Commission is not in the text (only the left-out caption names it). Not
 # annotated: 'Federal Court in Tampa, Florida' (no court's name), 'at least 19 purportedly legitimate public companies'
 # (unnamed), 'the jury', 'Securities Exchange Act of 1934', 'Exchange Act', 'Rule 10b-5(b)' (laws and rules),
 # '15c2-11 applications' (a form)
 entities=[E("Location", "Tampa"),
           E("Location", "Florida"),
           E("Company", SPA, "Spartan Securities", "Spartan"),
           E("Company", ISL, "Island Stock Transfer"),
           E("Person", "Carl E. Dilley", "Dilley"),
           E("Person", "Micah J. Eldred", "Eldred"),
           E("Organization", "Financial Industry Regulatory Authority", "FINRA"),
           E("Company", "Depository Trust Company", "DTC")],
 # 'Island Stock Transfer and Dilley, its President' -> president at Island Capital Management LLC (current true: no
 # 'former'); 'broker-dealer Spartan Securities Group, LTD., transfer agent, Island Capital Management LLC ..., and two
 # of their principals, Carl E. Dilley and Micah J. Eldred' -> principals of both firms -> executive (the lane's CFTC
 # Monex way: 'Monex's principals' gave an executive role at each Monex company): Dilley executive at Spartan (his
 # Island post is the named President, so no second Island role), Eldred executive at Spartan and at Island --
 # **doubtful**: 'their principals' may split between the two firms (the text does not say whose principal Eldred
 # is; a reader may give him Spartan only, or no role). Near-miss: the heading's 'Two Key Principals' (`title` only)
 roles=[R("Carl E. Dilley", "president", ISL, True),
        R("Carl E. Dilley", "executive", SPA, True),
        R("Micah J. Eldred", "executive", SPA, True),
        R("Micah J. Eldred", "executive", ISL, True)],
 # No relation. Near-misses: the 15c2-11 'submissions with Financial Industry Regulatory Authority (FINRA)' and the
 # 'applications filed with the Depository Trust Company (DTC)' (filings to a regulator and a clearing agency, no
 # partner or customer contract told); Spartan and Island as one group ('their principals': common principals, no
 # ownership told, so no parentOrganization)
 relations=[],
 outages=[],
 # 'Friday, July 30th' (the verdict; no year: 2021 from `published`, and 30 July 2021 was a Friday) -> 2021-07-30, one
 # item as the corpus's 'Friday, April 6, 2001' (Pequot) and 'Wednesday, April 18' (IRS). Skipped: 'a three week
 # trial' (a duration); '1934' in the Act's name (a law's name, the lane's way)
 dates=[D("Friday, July 30th", "2021-07-30")])

# ---- Salix Pharmaceuticals / Adam Derbyshire, press release 2018-221, published 2018-09-28 (a Friday) --------------
A["us-sec-salix-pharmaceuticals-former-cfo-derbyshire-bausch-health-subsidiary-valeant-acquisition-2018"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission today charged', "the SEC's
 # complaints", 'SEC reports', 'the Commission': aliases 'SEC' and 'Commission', possessive-free); Salix
 # Pharmaceuticals Ltd. (then 'Salix', often possessive: alias); Adam Derbyshire (alias 'Derbyshire'); Bausch Health
 # Companies ('which was previously known as Valeant Pharmaceuticals International', "Salix's acquisition by
 # Valeant": one company under its former name -> aliases 'Valeant Pharmaceuticals International' and 'Valeant'
 # (GUIDELINES: former names are aliases) -- **doubtful**: a reader may keep Valeant as its own entity); David Frohlich;
 # the Enforcement Division ("the SEC's Enforcement Division": Organization, the corpus's Weatherford file). Not
 # annotated: 'Salix drugs' (no drug named), 'wholesaler customers' and 'analysts and investors' (unnamed), 'district
 # court' (unnamed), 'the federal securities laws'
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", SAL, "Salix"),
           E("Person", "Adam Derbyshire", "Derbyshire"),
           E("Company", BHC, "Valeant Pharmaceuticals International", "Valeant"),
           E("Person", "David Frohlich"),
           E("Organization", "Enforcement Division")],
 # 'its former CFO' ... 'The former CFO, Adam Derbyshire' -> cfo at Salix, current false (and "Derbyshire's
 # resignation"); 'David Frohlich, Assistant Director in the SEC's Enforcement Division' -> executive at Enforcement
 # Division (an assistant director, not the division's head: the corpus's DOJ files give the FBI's Assistant Directors
 # executive -- **doubtful**: a reader may write director). Near-miss: 'the company's self-report' (no post)
 roles=[R("Adam Derbyshire", "cfo", SAL, False),
        R("David Frohlich", "executive", "Enforcement Division", True)],
 # 'Salix is now a subsidiary of Bausch Health Companies' -> parentOrganization(Salix, Bausch Health); "Salix's
 # acquisition by Valeant" (done: 'The alleged misconduct occurred prior to' it) -> acquired(Bausch Health Companies,
 # Salix) under the buyer's present name (Valeant is its alias); "the SEC's Enforcement Division" ->
 # parentOrganization(Enforcement Division, SEC). Near-misses: 'wholesaler customers' (unnamed, no partner); 'SEC
 # reports' (filings)
 relations=[L(SAL, "parentOrganization", BHC),
            L(BHC, "acquired", SAL),
            L("Enforcement Division", "parentOrganization", SEC)],
 outages=[],
 # 'today' (the charges) -> 2018-09-28. Skipped: 'quarterly earnings calls' (no period named), 'short-term', 'now'
 dates=[D("today", "2018-09-28")])

# ---- Wintercap SA / Roger Knox / Gastauer, press release 2018-228, published 2018-10-03 (a Wednesday) --------------
A["us-sec-wintercap-formerly-silverton-roger-knox-gastauer-microcap-asset-freeze-boston-regional-office-2018"] = dict(
 # The Securities and Exchange Commission ('SEC investigators', "the SEC's complaint", "the SEC's Boston Regional
 # Office": alias 'SEC'); U.K. ('U.K. citizen': adjectival, Location as the lane's adjectival 'U.S.'); Roger Knox (alias
 # 'Knox'); Wintercap SA (Company; aliases 'Wintercap' and the former name 'Silverton SA'); U.S. ('the U.S. market',
 # 'several U.S. corporations': Location); Michael T. Gastauer; Investor.gov (Service: a website investors use);
 # Paul Levenson; Boston Regional Office (Organization); Raquel Fox; Office of International Affairs (Organization).
 # Not annotated: 'Swiss-based' (a nationality adjective, no place named); 'more than a dozen international
 # regulators', 'several U.S. corporations', 'three specific issuers', 'at least 50 microcap companies' (unnamed);
 # 'federal district court' (not in the kept text)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "U.K."),
           E("Person", "Roger Knox", "Knox"),
           E("Company", WIN, "Wintercap", "Silverton SA"),
           E("Location", "U.S."),
           E("Person", "Michael T. Gastauer"),
           E("Service", "Investor.gov"),
           E("Person", "Paul Levenson"),
           E("Organization", "Boston Regional Office"),
           E("Person", "Raquel Fox"),
           E("Organization", "Office of International Affairs")],
 # 'Paul Levenson, Director of the SEC's Boston Regional Office' -> director at Boston Regional Office; 'Raquel Fox,
 # Director of the SEC's Office of International Affairs' -> director at Office of International Affairs (both
 # current; the corpus's Grenda / Stericycle way). No role for Knox: 'his Swiss-based company Wintercap SA' tells
 # ownership or control, no post (**doubtful**: a reader may give founder or executive; the text names none). Near-miss:
 # Gastauer 'establishing several U.S. corporations' (unnamed firms, no post named)
 roles=[R("Paul Levenson", "director", "Boston Regional Office", True),
        R("Raquel Fox", "director", "Office of International Affairs", True)],
 # "the SEC's Boston Regional Office" and "the SEC's Office of International Affairs" -> parentOrganization to the
 # Commission. No provider for Investor.gov -- **doubtful**: the SEC's own site, but the text only points investors to
 # it and never says who runs it. Near-misses: 'his Swiss-based company Wintercap SA' (a person's company: no
 # Company-to-Company relation); Gastauer's 'several U.S. corporations' (unnamed)
 relations=[L("Boston Regional Office", "parentOrganization", SEC),
            L("Office of International Affairs", "parentOrganization", SEC)],
 outages=[],
 # 'today' ("the SEC's complaint unsealed today") -> 2018-10-03. Skipped: 'multi-year' (no span given)
 dates=[D("today", "2018-10-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
