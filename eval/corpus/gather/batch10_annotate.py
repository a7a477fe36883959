#!/usr/bin/env python3
"""Batch 10 gold annotations, written from each text alone before newskg was run on any of them. Split rule fixed
before annotation (GATHERING.md): the 17 ids of batch 10 (IDS below, the whole batch as gathered) sorted, then dealt
along test, train, dev, train; an id left out later keeps the others where they are.
usage: batch10_annotate.py POOL_DIR eval/corpus   (POOL_DIR: where batch10.py wrote the records)"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
IDS = sorted("""acma-optus-pays-12-million-penalty-triple-zero-outage-2024 acma-seeks-feedback-proposed-telco-rules-outages-2025
acma-statement-telstra-triple-zero-incident-investigation-2024 acma-telstra-penalised-disruption-emergency-call-support-service-2025
crs-regional-bank-failures-2023-federal-response-2023 ec-approves-merger-british-airways-iberia-2010
ec-clears-acquisition-athens-international-airport-avialliance-2023 ec-competition-newsroom-mergers-altice-booking-2023
ec-competition-newsroom-mergers-grail-aon-air-europa-2021 ec-competition-newsroom-mergers-inwit-exyte-2024
ec-competition-newsroom-mergers-kustomer-nuance-2022 ec-competition-newsroom-mergers-siemens-gamesa-2016
fdic-mb-financial-bank-assumes-deposits-heritage-community-bank-2009 gov-uk-new-chairs-network-rail-dfto-named-2026
gov-uk-new-government-chief-commercial-officer-announced-2025 gov-uk-new-permanent-secretary-scottish-government-appointed-2025
gov-uk-sale-green-investment-bank-completed-2017""".split())


def acq(buyer, target, done=True):
    """An acquisition as GUIDELINES.md records it: completed -> acquired + parentOrganization; agreed/approved -> acquired."""
    return [L(buyer, "acquired", target)] + ([L(target, "parentOrganization", buyer)] if done else [])


ACMA = E("Organization", "Australian Communications and Media Authority", "ACMA")
EC = E("Organization", "European Commission", "Commission")
A = {}
A["acma-optus-pays-12-million-penalty-triple-zero-outage-2024"] = dict(
 entities=[E("Company", "Singtel Optus Pty Limited", "Optus"), ACMA, E("Location", "Australia"), E("Person", "Nerida O’Loughlin"),
           E("Service", "Triple Zero")],
 roles=[R("Nerida O’Loughlin", "chairman", "Australian Communications and Media Authority")],
 relations=[],
 outages=[O("Singtel Optus Pty Limited", "2023-11-08", ["Triple Zero"], loc="Australia")],
 dates=[D("8 November 2023", "2023-11-08")])
A["acma-seeks-feedback-proposed-telco-rules-outages-2025"] = dict(
 entities=[E("Organization", "ACMA"), E("Service", "Triple Zero", "000"), E("Company", "Optus"), E("Person", "Michelle Rowland")],
 roles=[],  # Minister for Communications: the text names no country on its own (guidelines: no Location org, no role)
 relations=[],
 outages=[O("Optus", "2023-11-08", [])],
 dates=[D("October 2024", "2024-10"), D("8 November 2023", "2023-11-08")])
A["acma-statement-telstra-triple-zero-incident-investigation-2024"] = dict(
 entities=[ACMA, E("Company", "Telstra Limited", "Telstra"), E("Service", "Triple Zero")],
 roles=[],
 relations=[],
 outages=[O("Telstra Limited", "2024-03-01", ["Triple Zero"])],
 dates=[D("5 March 2024", "2024-03-05"), D("1 March 2024", "2024-03-01")])
A["acma-telstra-penalised-disruption-emergency-call-support-service-2025"] = dict(
 entities=[E("Company", "Telstra"), ACMA, E("Person", "Samantha Yorke", "Yorke"), E("Service", "106 emergency call service", "106 service")],
 roles=[R("Samantha Yorke", "other", "Australian Communications and Media Authority")],
 relations=[],
 outages=[O("Telstra", "2024-07-05", ["106 emergency call service"], dur=12.77, cause="server migration process")],
 dates=[D("5 and 6 July 2024", "2024-07-05"), D("6 July 2024", "2024-07-06")])  # second value added by the post-annotation check
A["crs-regional-bank-failures-2023-federal-response-2023"] = dict(
 entities=[E("Location", "United States", "U.S."),
           E("Organization", "California Department of Financial Protection and Innovation", "California DFPI"),
           E("Company", "Silicon Valley Bank", "SVB"), E("Organization", "New York State Department of Financial Services"),
           E("Company", "Signature Bank"), E("Company", "First Republic Bank", "First Republic"),
           E("Organization", "Federal Deposit Insurance Corporation", "FDIC"), E("Organization", "Congress"),
           E("Company", "First-Citizens"), E("Company", "Flagstar Bank"), E("Company", "JPMorgan Chase")],
 roles=[],
 # deposits and assets bought from the receiver = asset purchases (guidelines: nothing); loss-share agreements = contracts
 relations=[L("First-Citizens", "partner", "Federal Deposit Insurance Corporation"),
            L("JPMorgan Chase", "partner", "Federal Deposit Insurance Corporation")],
 outages=[],
 dates=[D("the first half of 2023", "2023"), D("March 10, 2023", "2023-03-10"), D("early May", "2023-05")])
A["ec-approves-merger-british-airways-iberia-2010"] = dict(
 entities=[EC, E("Company", "British Airways"), E("Location", "UK"), E("Company", "Iberia"), E("Location", "Spain"),
           E("Location", "European Economic Area", "EEA")],
 roles=[],
 relations=[],  # a merger without buyer and target named: nothing
 outages=[],
 dates=[])
A["ec-clears-acquisition-athens-international-airport-avialliance-2023"] = dict(
 entities=[EC, E("Company", "Eleftherios Venizelios Athens International Airport S.A."), E("Location", "Greece"),
           E("Company", "AviAlliance GmbH"), E("Location", "Germany")],
 roles=[],
 relations=acq("AviAlliance GmbH", "Eleftherios Venizelios Athens International Airport S.A.", done=False),
 outages=[],
 dates=[])
A["ec-competition-newsroom-mergers-altice-booking-2023"] = dict(
 entities=[E("Company", "Altice Group Lux", "Altice"), EC, E("Organization", "Court of Justice of the European Union"),
           E("Company", "PT Portugal"), E("Company", "Norsk Hydro"), E("Company", "Alumetal"), E("Company", "KPS Capital Partners"),
           E("Company", "Real Alloy"), E("Company", "Sika"), E("Company", "MBCC"), E("Company", "Flugo Group Holdings AB", "eTraveli"),
           E("Company", "Booking Holdings", "Booking"), E("Location", "European Economic Area")],
 roles=[],
 relations=acq("Altice Group Lux", "PT Portugal"),  # implemented (completed); Booking/eTraveli prohibited: nothing
 outages=[],
 dates=[D("2018", "2018")])
A["ec-competition-newsroom-mergers-grail-aon-air-europa-2021"] = dict(
 entities=[EC, E("Company", "GRAIL"), E("Company", "Illumina"), E("Company", "Willis Towers Watson", "WTW"), E("Company", "Aon"),
           E("Company", "Arthur J. Gallagher", "Gallagher"), E("Location", "European Economic Area", "EEA"), E("Company", "Air Europa"),
           E("Company", "IAG"), E("Location", "Spain")],
 roles=[],
 # notified (agreed) deals awaiting approval -> acquired only; the divestment to Gallagher is of business parts (assets): nothing
 relations=acq("Illumina", "GRAIL", done=False) + acq("Aon", "Willis Towers Watson", done=False) + acq("IAG", "Air Europa", done=False),
 outages=[],
 dates=[])
A["ec-competition-newsroom-mergers-inwit-exyte-2024"] = dict(
 entities=[E("Company", "Iliad Italia"), E("Organization", "Commission"), E("Organization", "General Court"), E("Company", "INWIT"),
           E("Company", "Telecom Italia"), E("Company", "Vodafone"), E("Organization", "DG COMP"),
           E("Organization", "Court of Justice of the European Union", "Court of Justice", "Curia"),
           E("Company", "Tata Steel"), E("Company", "ThyssenKrupp", "thyssenkrupp"), E("Company", "Kinetics"), E("Company", "Exyte")],
 roles=[],
 # joint control of INWIT approved (conditions) -> acquired by each + partner (joint acquisition); Tata/ThyssenKrupp JV prohibited: nothing
 relations=acq("Telecom Italia", "INWIT", done=False) + acq("Vodafone", "INWIT", done=False) + [L("Telecom Italia", "partner", "Vodafone")]
           + acq("Exyte", "Kinetics", done=False),
 outages=[],
 dates=[D("2020", "2020"), D("2004", "2004"), D("2019", "2019")])
A["ec-competition-newsroom-mergers-kustomer-nuance-2022"] = dict(
 entities=[EC, E("Location", "Hungary"), E("Company", "AEGON Group"),
           E("Company", "Vienna Insurance Group AG Wiener Versicherung Gruppe", "VIG"), E("Company", "Kustomer"), E("Company", "Meta", "Facebook"),
           E("Company", "Ferro"), E("Company", "Prince"),
           E("Company", "Daewoo Shipbuilding & Marine Engineering CO., Ltd", "DSME", "Daewoo Shipbuilding & Marine Engineering"),
           E("Company", "Hyundai Heavy Industries Holdings", "HHIH"), E("Person", "Vestager"), E("Company", "Nuance Communications, Inc."),
           E("Company", "Microsoft Corporation")],
 roles=[R("Vestager", "vice-president", "European Commission")],
 # approved proposed acquisitions -> acquired only; vetoed (AEGON units, unnamed) and prohibited (DSME) deals: nothing
 relations=acq("Meta", "Kustomer", done=False) + acq("Prince", "Ferro", done=False) + acq("Microsoft Corporation", "Nuance Communications, Inc.", done=False),
 outages=[],
 dates=[])
A["ec-competition-newsroom-mergers-siemens-gamesa-2016"] = dict(
 entities=[EC, E("Company", "Gamesa"), E("Company", "Siemens"), E("Location", "Hansestadt Lübeck"), E("Organization", "Court of Justice"),
           E("Organization", "General Court"), E("Location", "Lübeck airport"), E("Location", "Hamburg"), E("Company", "FedEx"), E("Company", "TNT"),
           E("Company", "ABI"), E("Company", "SAB"), E("Company", "Heidelbergcement"), E("Company", "Italcementi"), E("Company", "Plastic Omnium"),
           E("Company", "Faurecia Exterior Business")],
 roles=[],
 relations=acq("Siemens", "Gamesa", done=False),  # case names 'FedEx/TNT' etc. say nothing of who bought whom
 outages=[],
 dates=[D("2012", "2012"), D("2006", "2006"), D("29/11/2016", "2016-11-29")])
A["fdic-mb-financial-bank-assumes-deposits-heritage-community-bank-2009"] = dict(
 entities=[E("Company", "Heritage Community Bank"), E("Location", "Glenwood"), E("Location", "Illinois"),
           E("Organization", "Illinois Department of Financial Professional Regulation"), E("Organization", "Division of Banking"),
           E("Organization", "Federal Deposit Insurance Corporation", "FDIC"), E("Company", "MB Financial Bank, N.A.", "MB Financial Bank"),
           E("Location", "Chicago")],
 roles=[],
 # deposits and assets bought from the receiver = asset purchase: nothing; the purchase and assumption agreement = contract
 relations=[L("Division of Banking", "parentOrganization", "Illinois Department of Financial Professional Regulation"),
            L("Federal Deposit Insurance Corporation", "partner", "MB Financial Bank, N.A.")],
 outages=[],
 dates=[D("today", "2009-02-27"), D("Saturday", "2009-02-28"), D("December 5, 2008", "2008-12-05")])
A["gov-uk-new-chairs-network-rail-dfto-named-2026"] = dict(
 entities=[E("Person", "Richard George", "Richard"), E("Person", "Andrew Haines", "Sir Andrew"), E("Organization", "Great British Railways", "GBR"),
           E("Organization", "Network Rail"), E("Organization", "Department for Transport Operator Limited", "DFTO"), E("Location", "Britain"),
           E("Location", "UK"), E("Company", "Great Western Trains"), E("Company", "Eurostar"), E("Organization", "DfT"), E("Location", "England"),
           E("Company", "British Rail")],
 roles=[R("Richard George", "chairman", "Network Rail"), R("Richard George", "chairman", "Department for Transport Operator Limited"),
        R("Richard George", "director", "Great Western Trains", False), R("Richard George", "executive", "Eurostar", False),
        R("Andrew Haines", "chairman", "Department for Transport Operator Limited"), R("Andrew Haines", "ceo", "Network Rail", False)],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2026-01-12"), D("12 January 2026", "2026-01-12"), D("2018", "2018"), D("2025", "2025")])
A["gov-uk-new-government-chief-commercial-officer-announced-2025"] = dict(
 entities=[E("Person", "Andrew Forzani", "Andrew"), E("Organization", "UK Government"), E("Location", "Britain"),
           E("Organization", "Ministry of Defence", "MOD"), E("Organization", "Department for Work and Pensions", "DWP")],
 roles=[R("Andrew Forzani", "executive", "UK Government"), R("Andrew Forzani", "executive", "Ministry of Defence"),
        R("Andrew Forzani", "executive", "Department for Work and Pensions", False)],
 relations=[],
 outages=[],
 dates=[D("this month", "2025-02"), D("2017", "2017")])
A["gov-uk-new-permanent-secretary-scottish-government-appointed-2025"] = dict(
 entities=[E("Person", "Joe Griffin", "Joe"), E("Organization", "Scottish Government"), E("Location", "Scotland"), E("Location", "UK"),
           E("Person", "John Swinney"), E("Person", "JP Marks", "JP"), E("Organization", "Civil Service"), E("Organization", "HMRC"),
           E("Person", "Chris Wormald")],
 roles=[R("Joe Griffin", "head", "Scottish Government"), R("Joe Griffin", "executive", "Scottish Government"),
        R("John Swinney", "minister", "Scotland"), R("JP Marks", "head", "Scottish Government", False)],
 relations=[],
 outages=[],
 dates=[D("7 April 2025", "2025-04-07")])
A["gov-uk-sale-green-investment-bank-completed-2017"] = dict(
 entities=[E("Person", "Claire Perry"), E("Company", "Green Investment Bank", "GIB", "Green Investment Group", "GIG"),
           E("Company", "Macquarie Group Limited", "Macquarie"), E("Location", "Edinburgh"), E("Location", "UK"),
           E("Company", "Green Purposes Company Limited")],
 roles=[R("Claire Perry", "minister", "UK")],
 relations=acq("Macquarie Group Limited", "Green Investment Bank"),
 outages=[],
 dates=[D("today", "2017-08-18"), D("18 August 2017", "2017-08-18")])


def write_splits(pool, out):
    """Pool record + gold into out/<split>/<id>.json; the split of an id is fixed by its place in the sorted IDS."""
    cycle = ["test", "train", "dev", "train"]
    for i, k in enumerate(IDS):
        if k not in A:
            continue
        rec = json.load(open(os.path.join(pool, k + ".json"), encoding="utf-8"))
        rec.update(A[k])
        split = cycle[i % 4]
        os.makedirs(os.path.join(out, split), exist_ok=True)
        with open(os.path.join(out, split, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1); f.write("\n")
        print(split, k)



def write_parts(pool, out, *parts):
    """Each part (its sorted ids, its gold by id) written as write_splits writes one: a part's own split cycle,
    so an added part never moves an earlier part's files. Every id of a part must have gold."""
    global IDS, A
    for ids, gold in parts:
        assert sorted(gold) == ids, set(ids) ^ set(gold)
        IDS, A = ids, gold
        write_splits(pool, out)


def cli(argv, doc, *parts):
    """The command line of a one-part annotation script, `POOL_DIR OUT_ROOT`: its usage (`doc`) without both, else
    write_parts (the split folders are made as needed)."""
    if len(argv) < 3:
        sys.exit(doc)
    write_parts(argv[1], argv[2], *parts)


def main_parts(argv, part1, part2):
    """The command line of a two-part annotation script: `POOL_DIR OUT [--part2]` writes part 1, or part 2 with
    --part2 (each part an (ids, gold) pair, as write_parts takes it)."""
    write_parts(argv[1], argv[2], part2 if "--part2" in argv else part1)


if __name__ == "__main__":
    write_splits(sys.argv[1], sys.argv[2])
