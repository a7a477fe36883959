#!/usr/bin/env python3
"""Batch 40zm gold annotations (the texts of batch40zm.py: four SEC press releases naming executives with their posts
-- Elon Musk, CEO and Chairman of Tesla, Inc., settling, 29 September 2018; Grenda Group LLC and its owner charged
over a barred adviser, 30 August 2018; Nader Pourhassan, the former CEO of CytoDyn Inc., charged, December 2022;
Michael Brackett, the founder and CEO of Centricity, Inc., charged, April 2024), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 18a and 18b for SEC releases): the SEC -> Organization ('SEC', 'Commission' aliases where
written); an SEC office or division named as the SEC's -> Organization, its director -> director (18a's 'co-director
of the SEC's Division of Enforcement'); a company's CEO -> ceo, chairman -> chairman, founder -> founder; 'former'
-> current false; a post the settlement will take away ('will result in ... removal as Chairman') -> still current;
an owner -> no role (GATHERING.md's 'owner of ...' -> no); complaints, charges and filings are not entities.
usage: batch40zm_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41zm/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Musk / Tesla settlement, published 2018-09-29 (a Saturday) ------------------------------------------------------
A["us-sec-musk-tesla-settle-fraud-charges-chairman-2018"] = dict(
 # The SEC (written out once, 'SEC' seven times, once inside 'Tesla's SEC filings'); Elon Musk ('Musk' alone, often
 # possessive); Tesla, Inc. ('Tesla' alone, also in 'the Tesla board'); Silicon Valley (in 'Silicon Valley-based':
 # a region named as the company's base); Twitter (in 'Musk's Twitter account': the platform, a Service; no company
 # named, so no provider). Not annotated: the board (not a separate body), 'financing partners' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "Elon Musk", "Musk"),
           E("Company", "Tesla, Inc.", "Tesla"), E("Location", "Silicon Valley"), E("Service", "Twitter")],
 # 'Elon Musk, CEO and Chairman of Silicon Valley-based Tesla, Inc.' -> ceo and chairman, both current: the
 # settlement 'will result in ... Musk's removal as Chairman of the Tesla board' (not yet done; GUIDELINES: will
 # step down -> current true; doubtful: a reader may set chairman current false)
 roles=[R("Elon Musk", "ceo", "Tesla, Inc."), R("Elon Musk", "chairman", "Tesla, Inc.")],
 # 'take Tesla private' is a proposed transaction (no buyer named; not agreed): nothing
 relations=[],
 outages=[],
 # published 2018-09-29: 'today' (twice; one item); 'August 7, 2018'; 'August 7' (same day); '2013'. Skipped: 'last
 # week' (a week, no day; doubtful: the charge of 27 September 2018 is not dated in the text)
 dates=[D("today", "2018-09-29"), D("August 7, 2018", "2018-08-07"), D("August 7", "2018-08-07"),
        D("2013", "2013")])

# ---- Grenda Group, published 2018-08-30 (a Thursday) ----------------------------------------------------------------
A["us-sec-grenda-group-buffalo-advisory-firm-barred-adviser-2018"] = dict(
 # The SEC ('SEC' alone six times); Buffalo and New York ('a Buffalo, New York, investment advisory firm': the city
 # and the state); Walter Grenda (always in full), Gregory Grenda (in full); Grenda Group LLC ('Grenda Group' alias);
 # Marc P. Berger; the New York Regional Office ('the SEC's New York Regional Office'; 'New York' inside the office's
 # name is not a separate mention). Not annotated: the firm's broker-dealer (unnamed), 'a Grenda Group client'
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Location", "Buffalo"),
           E("Location", "New York"), E("Person", "Walter Grenda"), E("Person", "Gregory Grenda"),
           E("Company", "Grenda Group LLC", "Grenda Group"), E("Person", "Marc P. Berger"),
           E("Organization", "New York Regional Office")],
 # 'Marc P. Berger, Director of the SEC's New York Regional Office' -> director of the Office (18a's reading of
 # 'co-director of the SEC's Division of Enforcement'; doubtful: head). Gregory Grenda: the headline's 'Principal'
 # is not in the text and 'its owner' is not named beside him (a reader infers him from 'to Grenda Group LLC and his
 # son, Gregory Grenda'): no role (an owner -> no role; doubtful: other or head). Walter Grenda: a barred adviser,
 # 'association' with the firm, no post -> no role
 roles=[R("Marc P. Berger", "director", "New York Regional Office")],
 # 'the SEC's New York Regional Office' -> parentOrganization (GUIDELINES: "X's Y" counts; doubtful: batch 18a left
 # 'the SEC's Division of Enforcement' without a relation). Walter Grenda's sale of 'his investment advisory assets,
 # including his longstanding client base, to Grenda Group LLC' is an asset sale by a person: nothing
 relations=[L("New York Regional Office", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # published 2018-08-30: 'today' -> 2018-08-30; 'in 2014' -> '2014'; 'In 2015' -> '2015'
 dates=[D("today", "2018-08-30"), D("2014", "2014"), D("2015", "2015")])

# ---- CytoDyn, Pourhassan charged, published 2022-12-20 (doubtful; a Tuesday) ---------------------------------------
A["us-sec-cytodyn-former-ceo-pourhassan-fraud-insider-trading-2022"] = dict(
 # The SEC (written out once, 'SEC' in 'the SEC's complaint'); Nader Pourhassan ('Pourhassan' alone four times);
 # CytoDyn Inc. ('CytoDyn' alone three times); leronlimab ('an antibody ... administered to patients in clinical
 # trials': a drug, a Service); the U.S. Food and Drug Administration ('FDA' twice). Not annotated: COVID-19, HIV
 # (diseases), 'Biologics License Application' (a filing), 'the company' (generic)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "Nader Pourhassan", "Pourhassan"),
           E("Company", "CytoDyn Inc.", "CytoDyn"), E("Service", "leronlimab"),
           E("Organization", "U.S. Food and Drug Administration", "FDA")],
 # 'Nader Pourhassan, the former CEO of CytoDyn Inc.' -> ceo, current false
 roles=[R("Nader Pourhassan", "ceo", "CytoDyn Inc.", False)],
 # 'CytoDyn's progress with regard to leronlimab' and its application to the FDA: CytoDyn develops the drug ->
 # provider (doubtful: an investigational drug, 'progress' in trials rather than a product on sale)
 relations=[L("leronlimab", "provider", "CytoDyn Inc.")],
 outages=[],
 # published 2022-12-20 (the complaint's filing day; doubtful): 'today' -> 2022-12-20; 'April 2020' -> 2020-04.
 # Skipped: 'within days'
 dates=[D("today", "2022-12-20"), D("April 2020", "2020-04")])

# ---- Centricity, Brackett charged, published 2024-04-19 (doubtful; a Friday) ----------------------------------------
A["us-sec-centricity-founder-brackett-offering-fraud-2024"] = dict(
 # The SEC (written out once, 'SEC' in 'the SEC's complaint'); Michael Brackett ('Brackett' alone, also in the
 # release's own '("Brackett")'); Centricity, Inc. ('Centricity' alone). Not annotated: 'seven investors', 'several
 # large national companies' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Person", "Michael Brackett", "Brackett"),
           E("Company", "Centricity, Inc.", "Centricity")],
 # 'Michael Brackett ..., the founder and CEO of purported artificial intelligence start-up Centricity, Inc.' ->
 # founder and ceo, both current as written (no 'former' in the text; doubtful: a reader who knows he resigned in
 # 2021 would set ceo false, but the text does not say so)
 roles=[R("Michael Brackett", "founder", "Centricity, Inc."), R("Michael Brackett", "ceo", "Centricity, Inc.")],
 relations=[],
 outages=[],
 # published 2024-04-19 (the complaint's filing day; doubtful): 'today' -> 2024-04-19; 'from 2019 through 2021' ->
 # '2019' and '2021'; 'in 2020' -> '2020'; 'in 2021' (the second '2021', one item)
 dates=[D("today", "2024-04-19"), D("2019", "2019"), D("2021", "2021"), D("2020", "2020")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
