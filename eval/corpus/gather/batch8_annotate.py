#!/usr/bin/env python3
"""Batch 8 gold annotations (written from each text alone, before running newskg on any of them), and the split
rule fixed before scoring: sort the new ids, then cycle test, train, dev, train."""
import json, os, sys
POOL = "/work/corpus-work/pool"
def E(t, n, *a): return {"type": t, "name": n, "aliases": list(a)}
def R(p, t, o, c=True): return {"person": p, "title": t, "org": o, "current": c}
def L(s, p, o): return {"s": s, "p": p, "o": o}
def O(provider, date, affected, start=None, end=None, dur=None, loc=None, cause=None):
    return {"provider": provider, "date": date, "start": start, "end": end, "duration_hours": dur,
            "affected": affected, "location": loc, "cause": cause}
def D(t, v): return {"text": t, "value": v}
def people(*names): return [E("Person", n) for n in names]
def locs(*names): return [E("Location", n) for n in names]
def svc(*names): return [E("Service", n) for n in names]
def provided(owner, *names): return [L(n, "provider", owner) for n in names]
def parents(owner, *names): return [L(n, "parentOrganization", owner) for n in names]
FCC_EB = L("Enforcement Bureau", "parentOrganization", "Federal Communications Commission")
A = {
 "fcc-centurylink-intrado-911-outage-settlements-2015": dict(
  entities=[E("Location", "Washington, D.C."), E("Organization", "Federal Communications Commission", "FCC"),
            E("Organization", "Enforcement Bureau"), E("Company", "CenturyLink"), E("Company", "Intrado Communications"),
            E("Person", "Tom Wheeler"), E("Service", "911")],
  roles=[R("Tom Wheeler", "chairman", "Federal Communications Commission")],
  relations=[FCC_EB],
  outages=[O("CenturyLink", "2014-04", ["911"], dur=6)],
  dates=[D("April 2014", "2014-04")]),
 "fcc-centurylink-911-outage-consent-decree-2021": dict(
  entities=[E("Organization", "Enforcement Bureau"), E("Organization", "Federal Communications Commission", "Commission"),
            E("Company", "CenturyLink, Inc.", "CenturyLink", "Lumen Technologies, Inc."), E("Organization", "Congress"), E("Service", "911")],
  roles=[], relations=[FCC_EB],
  outages=[O("CenturyLink, Inc.", "2020-09-28", ["911"])],
  dates=[D("September 28, 2020", "2020-09-28")]),
 "fcc-intrado-911-outage-consent-decree-2021": dict(
  entities=[E("Organization", "Enforcement Bureau"), E("Organization", "Federal Communications Commission", "Commission"),
            E("Company", "Intrado Safety Communications, Inc.", "Intrado"), E("Organization", "Congress"), E("Service", "911")],
  roles=[], relations=[FCC_EB],
  outages=[O("Intrado Safety Communications, Inc.", "2020-09-28", ["911"])],
  dates=[D("September 28, 2020", "2020-09-28")]),
 "fcc-centurylink-west-safety-911-outage-settlements-2019": dict(
  entities=[E("Location", "WASHINGTON"), E("Organization", "Federal Communications Commission", "FCC", "Commission"),
            E("Organization", "Enforcement Bureau"), E("Company", "CenturyLink"), E("Company", "West Safety Communications"),
            E("Company", "West Safety Services", "West Safety Service"), E("Service", "911"), E("Location", "Minnesota")],
  roles=[],
  relations=[FCC_EB, L("West Safety Communications", "parentOrganization", "West Safety Services"),
             L("CenturyLink", "partner", "West Safety Services")],
  outages=[O("West Safety Services", "2018-08-01", ["911", "CenturyLink", "West Safety Communications"], dur=1.08,
             cause="mistaken configuration change to the 911 routing network")],
  dates=[D("November 4, 2019", "2019-11-04"), D("today", "2019-11-04"), D("August 1, 2018", "2018-08-01")]),
 "fcc-pai-statement-att-volte-911-outage-2017": dict(
  entities=[E("Company", "AT&T"), E("Service", "911"), E("Organization", "Public Safety and Homeland Security Bureau", "Bureau"),
            E("Organization", "FCC"), E("Company", "Comtech"), E("Company", "West"), E("Organization", "Office of Unified Communications"),
            E("Location", "Washington, DC"), E("Organization", "Communications Security, Reliability and Interoperability Council")],
  roles=[],
  relations=[L("Public Safety and Homeland Security Bureau", "parentOrganization", "FCC"),
             L("Communications Security, Reliability and Interoperability Council", "parentOrganization", "FCC"),
             L("AT&T", "partner", "Comtech"), L("AT&T", "partner", "West")],
  outages=[O("AT&T", "2017-03-08", ["911"], cause="mistakes made by AT&T")],
  dates=[D("March 8th, 2017", "2017-03-08")]),
 "fcc-att-mobility-volte-911-outages-consent-decree-2018": dict(
  entities=[E("Organization", "Congress"), E("Organization", "Federal Communications Commission", "Commission"),
            E("Organization", "Enforcement Bureau"), E("Company", "AT&T Mobility, LLC", "AT&T Mobility"), E("Service", "911"),
            E("Service", "Voice over Long Term Evolution", "VoLTE")],
  roles=[], relations=[FCC_EB, L("Voice over Long Term Evolution", "provider", "AT&T Mobility, LLC")],
  outages=[O("AT&T Mobility, LLC", "2017", ["911"]), O("AT&T Mobility, LLC", "2017", ["911"])],
  dates=[D("2017", "2017")]),
 "crs-global-it-outages-crowdstrike-azure-2024": dict(
  entities=[E("Company", "CrowdStrike"), E("Service", "Windows"), E("Company", "Microsoft"), E("Service", "Microsoft Azure", "Azure"),
            E("Organization", "CRS"), E("Organization", "Congress"), E("Service", "Falcon"), E("Service", "Linux"), E("Service", "Mac"),
            E("Location", "Central United States")],
  roles=[],
  relations=[L("Falcon", "provider", "CrowdStrike"), L("Microsoft Azure", "provider", "Microsoft"), L("Windows", "provider", "Microsoft")],
  outages=[O("CrowdStrike", "2024-07-19", ["Windows"], cause="defective file in a Falcon update"),
           O("Microsoft", "2024-07-18", ["Microsoft Azure"], dur=12, loc="Central United States",
             cause="access error and infrastructure failure")],
  dates=[D("July 19, 2024", "2024-07-19"), D("The day before", "2024-07-18"), D("July 19", "2024-07-19"), D("July 18, 2024", "2024-07-18")]),
 "crs-att-mobility-wireless-network-outage-2024": dict(
  entities=[E("Company", "AT&T"), E("Service", "AT&T Mobility", "Mobility"), E("Service", "911"), E("Service", "FirstNet"),
            E("Organization", "First Responder Network Authority"), E("Organization", "Department of Commerce"),
            E("Organization", "Federal Communications Commission", "FCC"), E("Organization", "Congress"),
            E("Location", "Oldham County"), E("Location", "KY"), E("Location", "Kings County"), E("Location", "WA")],
  roles=[],
  relations=[L("AT&T Mobility", "provider", "AT&T"), L("FirstNet", "provider", "AT&T"),
             L("AT&T", "partner", "First Responder Network Authority"),
             L("First Responder Network Authority", "parentOrganization", "Department of Commerce")],
  outages=[O("AT&T", "2024-02-22", ["AT&T Mobility", "911", "FirstNet"], end="2024-02-22T14:10",
             cause="incorrect process used while expanding the network")],
  dates=[D("February 22, 2024", "2024-02-22")]),
 "fcc-rosenworcel-statement-derecho-911-outages-2012": dict(
  entities=[E("Organization", "House of Representatives Energy and Commerce Committee"), E("Organization", "Commission"),
            E("Location", "Washington"), E("Service", "911"), E("Location", "Fairfax County"),
            E("Organization", "Department of Public Safety Communications"),
            E("Organization", "Public Safety and Homeland Security Bureau", "Bureau")],
  roles=[],
  relations=[L("Public Safety and Homeland Security Bureau", "parentOrganization", "Commission")],
  outages=[O(None, "2012-06-29", ["911"], loc="Washington", cause="weather-related power outages")],
  dates=[D("June 29th", "2012-06-29"), D("July 19, 2012", "2012-07-19"), D("last month", "2012-06"), D("today", "2012-07-19")]),
 "fcc-t-mobile-911-rules-consent-decree-2021": dict(
  entities=[E("Organization", "Enforcement Bureau"), E("Organization", "Federal Communications Commission", "Commission"),
            E("Company", "T-Mobile USA, Inc.", "T-Mobile"), E("Service", "911")],
  roles=[], relations=[FCC_EB], outages=[], dates=[]),
 "fcc-t-mobile-false-ring-tones-consent-decree-2018": dict(
  entities=[E("Organization", "Enforcement Bureau", "Bureau"), E("Organization", "Federal Communications Commission", "Commission"),
            E("Company", "T-Mobile USA, Inc.", "T-Mobile")],
  roles=[], relations=[FCC_EB], outages=[], dates=[]),
 "wn-video-hosting-website-stage6-shut-down-2008": dict(
  entities=[E("Company", "DivX, Inc."), E("Service", "Stage6"), E("Person", "Tom", "Spinner"), E("Location", "San Diego"),
            E("Location", "California"), E("Company", "Universal Music Group"), E("Person", "Kevin Hell")],
  roles=[R("Kevin Hell", "ceo", "DivX, Inc.")],
  relations=[L("Stage6", "provider", "DivX, Inc.")],
  outages=[],
  dates=[D("Monday", "2008-02-25"), D("February 28, 2008", "2008-02-28"), D("October 2007", "2007-10"),
         D("February 28", "2008-02-28"), D("2006", "2006")]),
 "wn-consumer-database-several-major-north-american-stores-2007": dict(
  entities=[E("Company", "TJX Companies", "TJX"), E("Location", "U.S."), E("Company", "Winners"), E("Company", "HomeSense"),
            E("Location", "Puerto Rico"), E("Company", "Marshalls"), E("Company", "T.J. Maxx"), E("Company", "HomeGoods"),
            E("Company", "A.J. Wright"), E("Location", "United Kingdom"), E("Location", "Ireland"), E("Company", "Jefferies"),
            E("Person", "Timothy Allen"), E("Location", "United States"), E("Location", "Canada")],
  roles=[R("Timothy Allen", "analyst", "Jefferies")],
  relations=[L(x, "parentOrganization", "TJX Companies") for x in ("Winners", "HomeSense", "Marshalls", "T.J. Maxx", "HomeGoods", "A.J. Wright")],
  outages=[],
  dates=[D("mid-December", "2006-12"), D("Wednesday", "2007-01-17"), D("2003", "2003"), D("May", "2006-05"), D("December 2006", "2006-12")]),
}
def write_splits(annotations, out):
    """Pool record + gold, into out/<split>/<id>.json, dealt by the fixed rule on the sorted ids."""
    cycle = ["test", "train", "dev", "train"]
    for i, k in enumerate(sorted(annotations)):
        rec = json.load(open(os.path.join(POOL, k + ".json")))
        rec.update(annotations[k])
        split = cycle[i % 4]
        with open(os.path.join(out, split, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1); f.write("\n")
        print(split, k)


if __name__ == "__main__":
    write_splits(A, sys.argv[1])  # sys.argv[1]: eval/corpus
