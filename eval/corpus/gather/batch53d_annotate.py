#!/usr/bin/env python3
"""Batch 53d gold annotations (the texts of batch53d.py: the SEC's Litigation Release No. 24207 of 19 July 2018 --
'two officers of Oakridge Global Energy Solutions, Inc., a now defunct Florida-based company', 'Oakridge CEO, Stephen
J. Barber', 'former president, Lee Larry Arrowood', 'Maritime Tactical Systems, Inc. and Freedom Motors, LLC' -- and
its Litigation Release No. 23891 of 31 July 2017 -- the final judgment against 'Defendant Stephen Ferrone', 'Immunosyn's
sole product, a drug referred to as "SF-1019."', 'Argyll Biotechnologies, LLC, Immunosyn's controlling shareholder',
'the U.S. Food and Drug Administration'), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): Immunosyn -> test,
Oakridge -> train. Dates resolve against `published` (the release line's date).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52o, 52zb, 52ze; looked up in the gold of the corpus's SEC
files on other matters, GATHERING.md and GUIDELINES) -- the Commission as 'Securities and Exchange Commission' with the
short form the text uses as alias ('SEC' in the Oakridge text, 'Commission' in the Immunosyn text); unnamed courts
('federal district court in Orlando, Florida', 'an Illinois federal court') -> no entity, their places -> Location;
'City, State' -> two Locations; the defined short name ('Oakridge') and surnames standing alone -> aliases,
possessive-free; 'Oakridge CEO' -> ceo, current true (no 'former'; 'now defunct' is the company's state, not the post's
-- **doubtful**); 'former president' -> president false; a drug -> Service (GUIDELINES: drugs are Service) with
provider to the company whose 'sole product' it is; a company's 'controlling shareholder' (a company) ->
parentOrganization (the corpus's MTN Group / Johnnic Holdings file the same way); agreements the text calls false ->
no partner; 'during 2007-2010' -> two year items (the lane's CUC, Xerox and Subaye files); law names' years ('Securities
Exchange Act of 1934') -> no date (the lane's 20 SEC files with that name: none lists 1934); one date item per distinct
text and value.
usage: batch53d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
OAK = "Oakridge Global Energy Solutions, Inc."
IMM = "Immunosyn"
ARG = "Argyll Biotechnologies, LLC"
A = {}

# ---- Oakridge / Barber and Arrowood, LR 24207, published 2018-07-19 (a Thursday) -----------------------------------
A["us-sec-oakridge-global-energy-solutions-ceo-barber-former-president-arrowood-false-battery-press-releases-2018"] = dict(
 # The Securities and Exchange Commission ('the Securities and Exchange Commission filed charges', "The SEC's
 # complaint", 'The SEC seeks': alias 'SEC', possessive-free); Oakridge Global Energy Solutions, Inc. ('Oakridge CEO',
 # 'concerning Oakridge', 'Oakridge had signed': alias 'Oakridge'); Florida ('a now defunct Florida-based company',
 # 'Orlando, Florida': one Location) and Orlando; Stephen J. Barber (alias 'Barber') and Lee Larry Arrowood (alias
 # 'Arrowood') as the body writes them (the caption's 'Steven J. Barber' and 'Larry Lee Arrowood' are left out of the
 # text); Maritime Tactical Systems, Inc. and Freedom Motors, LLC ('two other companies': Company, full names only). Not
 # annotated: 'federal district court in Orlando, Florida' (unnamed court); 'lithium batteries', 'battery systems',
 # 'test batteries', 'lithium golf cart batteries' (product classes, no named Service); 'Securities Exchange Act of
 # 1934', 'Exchange Act', 'Rule 10b-5' (laws and rules)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", OAK, "Oakridge"),
           E("Location", "Florida"),
           E("Location", "Orlando"),
           E("Person", "Stephen J. Barber", "Barber"),
           E("Person", "Lee Larry Arrowood", "Arrowood"),
           E("Company", "Maritime Tactical Systems, Inc."),
           E("Company", "Freedom Motors, LLC")],
 # 'two officers of Oakridge Global Energy Solutions, Inc.' -> 'Oakridge CEO, Stephen J. Barber' -> ceo at Oakridge,
 # current true -- **doubtful**: the company is 'now defunct' and the release speaks of conduct in 2015-2016, but the
 # text never calls Barber former (beside 'former president' for Arrowood one sentence on); 'former president, Lee Larry
 # Arrowood' -> president at Oakridge (the 'two officers of Oakridge' makes the org clear), current false. Near-miss:
 # 'officer-and-director bars' (a remedy sought, no post)
 roles=[R("Stephen J. Barber", "ceo", OAK, True),
        R("Lee Larry Arrowood", "president", OAK, False)],
 # No relation. Near-misses: 'falsely claiming that Oakridge had signed agreements to supply its battery systems to two
 # other companies, Maritime Tactical Systems, Inc. and Freedom Motors, LLC' (agreements the text says did not exist: no
 # partner); 'Oakridge had only provided test batteries to those companies for their consideration for possible future
 # orders' -- **doubtful**: samples handed over for evaluation, not a supply or customer contract, so no partner (a
 # reader may give Oakridge partner Maritime Tactical Systems and Freedom Motors)
 relations=[],
 outages=[],
 # 'July 18, 2018' (the filing) -> 2018-07-18; 'September 2015' and 'March 2016' ('between September 2015 and March
 # 2016': the span's two ends, one item each) -> 2015-09, 2016-03. Skipped: '1934' in 'Securities Exchange Act of 1934'
 # (a law's name, the lane's way)
 dates=[D("July 18, 2018", "2018-07-18"), D("September 2015", "2015-09"), D("March 2016", "2016-03")])

# ---- Immunosyn / Stephen D. Ferrone, LR 23891, published 2017-07-31 (a Monday) -------------------------------------
A["us-sec-immunosyn-ferrone-final-judgment-sf-1019-argyll-biotechnologies-controlling-shareholder-jury-verdict-2017"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission announced', "the Commission's
 # favor", 'The Commission charged', 'public filings with the Commission': alias 'Commission'); Illinois ('an Illinois
 # federal court': the state named, the court unnamed); Stephen Ferrone ('Defendant Stephen Ferrone', then 'Ferrone':
 # alias); Immunosyn (only as "Immunosyn's": Company, name possessive-free); SF-1019 ('a drug referred to as
 # "SF-1019."': Service, GUIDELINES' drugs); Argyll Biotechnologies, LLC (Company as written; no short form in the
 # text); the U.S. ('in the U.S.': Location as written -- **doubtful**: the corpus is split on a bare 'U.S.'; the
 # country is named, so it is annotated); the U.S. Food and Drug Administration (Organization, a federal agency). Not
 # annotated: 'an Illinois federal court' (unnamed); 'a public company' (generic); 'other defendants' (unnamed); 'the
 # jury'; 'Securities Exchange Act of 1934', 'Exchange Act Rule 10b-5', 'Exchange Act Rule 13a-14' (laws and rules);
 # 'drug applications', 'human clinical trials' (no names)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Illinois"),
           E("Person", "Stephen Ferrone", "Ferrone"),
           E("Company", IMM),
           E("Service", "SF-1019"),
           E("Company", ARG),
           E("Location", "U.S."),
           E("Organization", "U.S. Food and Drug Administration")],
 # No role: the text gives Ferrone no post -- the heading's 'BIOPHARMACEUTICAL COMPANY CEO' is the `title` field, not
 # the text (GUIDELINES: annotate the text, not the title). Near-misses: the title's CEO; 'prohibits Ferrone ... from
 # serving as an officer or director of a public company' (a bar, no post); 'Defendant Stephen Ferrone' (a party, no
 # post)
 roles=[],
 # "Immunosyn's sole product, a drug referred to as "SF-1019."" -> provider(SF-1019, Immunosyn); 'Argyll
 # Biotechnologies, LLC, Immunosyn's controlling shareholder' -> parentOrganization(Immunosyn, Argyll Biotechnologies,
 # LLC) -- **doubtful**: a controlling shareholder is an owner in control (the corpus's MTN Group / Johnnic Holdings
 # file gives parentOrganization for the same words), but the text does not say subsidiary. Near-misses: Argyll's
 # planned 'regulatory approval process for human clinical trials for SF-1019' (Argyll's part in the drug is not told,
 # so no provider to Argyll); the FDA's 'clinical holds on drug applications for SF-1019' (a regulator's act, no
 # relation)
 relations=[L("SF-1019", "provider", IMM),
            L(IMM, "parentOrganization", ARG)],
 outages=[],
 # 'July 28, 2017' (the judgment) -> 2017-07-28; 'April 2016' (the jury verdict; twice, one item) -> 2016-04; 'July 24,
 # 2016' (the bar's retroactive start) -> 2016-07-24; 'August 2011' (the charges) -> 2011-08; 'during 2007-2010' -> the
 # span's two ends as year items '2007' and '2010' (the lane's way). Skipped: 'three (3) years' (a duration); '1934' in
 # the Act's name; 'a two-week trial' (a duration)
 dates=[D("July 28, 2017", "2017-07-28"), D("April 2016", "2016-04"), D("July 24, 2016", "2016-07-24"),
        D("August 2011", "2011-08"), D("2007", "2007"), D("2010", "2010")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
