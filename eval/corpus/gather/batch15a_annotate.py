#!/usr/bin/env python3
"""Batch 15a gold annotations (the 18 FTC press releases of batch15a.py), written from each text alone before
newskg was run on any of them. Split rule fixed before annotation: the 18 ids sorted, then dealt along test,
train, dev, train (as every sub-batch since 8b).
usage: batch15a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""ftc-approves-final-order-against-workado-llc-2025 ftc-case-against-e-commerce-business-opportunity-2025
ftc-chairman-ferguson-appoints-associate-director-healthcare-2025 ftc-chairman-ferguson-letter-gmail-partisan-filtering-2025
ftc-chairman-ferguson-warns-companies-against-censoring-2025 ftc-citizens-disability-pay-1-million-over-2025
ftc-defendants-im-mastery-academy-scheme-pay-2025 ftc-doj-japan-fair-trade-commission-meet-washington-2025
ftc-launches-inquiry-into-ai-chatbots-acting-2025 ftc-obtains-permanent-ban-e-commerce-business-2025
ftc-refunds-gig-work-company-deceptive-earnings-claims-2025 ftc-refunds-home-improvement-financing-firm-2025
ftc-secures-preliminary-injunction-against-im-mastery-2025 ftc-seeks-comment-petition-vacate-2021-order-2025
ftc-sues-stop-air-ai-from-using-2025 ftc-takes-action-against-operators-pornhub-other-2025
ftc-takes-action-against-ticket-resellers-using-2025 ftc-takes-action-protect-workers-from-noncompete-2025""".split())
FTC = E("Organization", "Federal Trade Commission", "FTC", "Commission")
FTC2 = E("Organization", "Federal Trade Commission", "FTC")  # texts that never say 'the Commission'
FERG = E("Person", "Andrew N. Ferguson", "Ferguson")
FERG_R = R("Andrew N. Ferguson", "chairman", "Federal Trade Commission")
BCP = E("Organization", "Bureau of Consumer Protection")
BCP_P = L("Bureau of Consumer Protection", "parentOrganization", "Federal Trade Commission")
BC = E("Organization", "Bureau of Competition")
BC_P = L("Bureau of Competition", "parentOrganization", "Federal Trade Commission")
MUF = E("Person", "Christopher Mufarrige")
MUF_R = R("Christopher Mufarrige", "director", "Bureau of Consumer Protection")
A = {}
A["ftc-approves-final-order-against-workado-llc-2025"] = dict(
 entities=[FTC, E("Company", "Workado, LLC", "Workado"), E("Service", "AI Content Detector"), E("Service", "Wikipedia")],
 roles=[], relations=[L("AI Content Detector", "provider", "Workado, LLC")], outages=[],
 dates=[D("April 2025", "2025-04")])
A["ftc-case-against-e-commerce-business-opportunity-2025"] = dict(
 entities=[FTC, E("Company", "Click Profit, LLC", "Click Profit"), E("Service", "Amazon"),
           E("Person", "Craig Emslie", "Emslie"), E("Person", "Patrick McGeoghean", "McGeoghean"),
           E("Company", "SA Automation Enterprise LLC"), E("Company", "M23 Holdings, LLC"), E("Company", "M7 Investments LLC"),
           E("Company", "Express Ecom LLC"), E("Person", "William Holton", "Holton"), E("Company", "Ecom Direct LLC"),
           E("Person", "Jason Masri", "Masri"), E("Company", "Automation Industries LLC"), E("Company", "Click Profit Distribution, LLC"),
           E("Organization", "U.S. District Court for the Southern District of Florida"),
           E("Person", "Lisa Bohl"), E("Person", "Katharine Roller")],
 # 'operators' and 'affiliated entities': no title, no stated ownership; lead staff attorneys -> other at the FTC
 roles=[R("Lisa Bohl", "other", "Federal Trade Commission"), R("Katharine Roller", "other", "Federal Trade Commission")],
 relations=[], outages=[],
 dates=[D("March 2025", "2025-03")])
A["ftc-chairman-ferguson-appoints-associate-director-healthcare-2025"] = dict(
 entities=[FTC2, FERG, E("Person", "Emma Mittelstaedt Burnham", "Emma"), BC,
           E("Organization", "U.S. Department of Justice", "Department of Justice", "DOJ"),
           E("Organization", "Antitrust Division", "U.S. Department of Justice Antitrust Division", "DOJ Antitrust Division"),
           E("Location", "United States"), E("Location", "Washington, DC"), E("Location", "Los Angeles"),
           E("Organization", "University of Chicago Law School"), E("Organization", "Georgetown University"),
           E("Person", "Robert W. Gettleman"), E("Location", "Northern District of Illinois")],
 # 'Associate Director for Healthcare in the Bureau of Competition' -> other (announced, current; a bureau's deputy or
 # associate director is 'other', as train's Deputy Director of the Bureau of Competition; post-annotation fix);
 # her former DOJ posts: 'Director of Criminal Enforcement' -> director, trial attorney / counsel / assistant chief -> other
 roles=[FERG_R, R("Emma Mittelstaedt Burnham", "other", "Bureau of Competition"),
        R("Emma Mittelstaedt Burnham", "director", "Antitrust Division", False),
        R("Emma Mittelstaedt Burnham", "other", "Antitrust Division", False)],
 relations=[BC_P, L("Antitrust Division", "parentOrganization", "U.S. Department of Justice")], outages=[],
 dates=[])
A["ftc-chairman-ferguson-letter-gmail-partisan-filtering-2025"] = dict(
 entities=[FTC2, FERG, E("Company", "Alphabet, Inc.", "Alphabet"), E("Person", "Sundar Pichai"), E("Service", "Gmail")],
 roles=[FERG_R, R("Sundar Pichai", "ceo", "Alphabet, Inc.")],
 relations=[L("Gmail", "provider", "Alphabet, Inc.")], outages=[],
 dates=[D("Today", "2025-08-28")])
A["ftc-chairman-ferguson-warns-companies-against-censoring-2025"] = dict(
 entities=[FTC2, FERG] + [E("Company", n) for n in ("Akamai", "Alphabet", "Amazon", "Apple", "Cloudflare", "Discord", "GoDaddy",
                                                   "Meta", "Microsoft", "Reddit", "Signal", "Snap", "Slack", "X")]
          + [E("Organization", "European Union"), E("Location", "United Kingdom", "UK")],
 roles=[FERG_R], relations=[], outages=[],
 dates=[D("today", "2025-08-21")])
A["ftc-citizens-disability-pay-1-million-over-2025"] = dict(
 entities=[E("Company", "Citizens Disability, LLC", "Citizens Disability"), E("Company", "CD Media"), FTC, MUF, BCP,
           E("Organization", "Department of Justice", "DOJ"), E("Location", "Massachusetts"),
           E("Organization", "U.S. District Court for the District of Massachusetts")],
 roles=[MUF_R],
 relations=[L("CD Media", "parentOrganization", "Citizens Disability, LLC"), BCP_P], outages=[],
 dates=[D("January 2019", "2019-01"), D("July 2022", "2022-07"), D("today", "2025-09-30")])
A["ftc-defendants-im-mastery-academy-scheme-pay-2025"] = dict(
 entities=[FTC, E("Location", "State of Nevada", "Nevada"),
           E("Company", "IM Mastery Academy", "IM Mastery", "IYOVIA", "iMarketsLive", "IM Academy", "IML"),
           E("Person", "Alex Morton", "Morton"), E("Person", "Brandon Boyd", "Boyd"), E("Person", "Rebecca Slaughter"),
           E("Organization", "U.S. District Court for the District of Nevada")],
 # 'IM Mastery's executive vice president of sales' -> vice-president; 'was an IM Mastery salesman': no title
 roles=[R("Alex Morton", "vice-president", "IM Mastery Academy"), R("Rebecca Slaughter", "other", "Federal Trade Commission")],
 relations=[], outages=[],
 dates=[D("Last month", "2025-08"), D("2018", "2018"), D("August 20, 2025", "2025-08-20")])
A["ftc-doj-japan-fair-trade-commission-meet-washington-2025"] = dict(
 entities=[FTC2, FERG, E("Person", "Abigail Slater", "Slater"), E("Organization", "Justice Department", "DOJ"),
           E("Organization", "Antitrust Division"), E("Organization", "Japan Fair Trade Commission", "JFTC"),
           E("Person", "Eiji Chatani", "Chatani"), E("Location", "Washington, D.C.", "Washington"),
           E("Location", "United States", "U.S."), E("Location", "Japan")],
 # the Assistant Attorney General of the Antitrust Division leads it -> head
 roles=[FERG_R, R("Abigail Slater", "head", "Antitrust Division"), R("Eiji Chatani", "chairman", "Japan Fair Trade Commission")],
 # 'the 1999 competition cooperation agreement between the FTC, DOJ, and JFTC'; 'one of our closest ... partners'
 relations=[L("Antitrust Division", "parentOrganization", "Justice Department"),
            L("Federal Trade Commission", "partner", "Japan Fair Trade Commission"),
            L("Justice Department", "partner", "Japan Fair Trade Commission")], outages=[],
 dates=[D("today", "2025-09-29"), D("1999", "1999"), D("1947", "1947")])
A["ftc-launches-inquiry-into-ai-chatbots-acting-2025"] = dict(
 # the recipients' list was lost in the scrape: no company is named
 entities=[FTC, FERG, E("Location", "United States"), E("Person", "Melissa Holyoak"), E("Person", "Mark R. Meador"),
           E("Person", "Alysa Bernstein"), E("Person", "Erik Jones"), BCP],
 roles=[FERG_R, R("Melissa Holyoak", "other", "Federal Trade Commission"), R("Mark R. Meador", "other", "Federal Trade Commission"),
        R("Alysa Bernstein", "other", "Bureau of Consumer Protection"), R("Erik Jones", "other", "Bureau of Consumer Protection")],
 relations=[BCP_P], outages=[],
 dates=[D("today", "2025-09-11")])
A["ftc-obtains-permanent-ban-e-commerce-business-2025"] = dict(
 entities=[FTC, E("Company", "FBA Machine", "Passive Scaling"),
           E("Person", "Bratislav Rozenfeld", "Steven Rozenfeld", "Steven Rozen", "Rozenfeld"), E("Person", "Amanda Peremen"),
           E("Organization", "U.S. District Court for the District of New Jersey"), E("Person", "Frances Kern"), E("Person", "Colleen Robbins")],
 # 'its owner Bratislav Rozenfeld': owner is no title of the vocabulary -> no role (decision of this batch)
 roles=[R("Frances Kern", "other", "Federal Trade Commission"), R("Colleen Robbins", "other", "Federal Trade Commission")],
 relations=[], outages=[],
 dates=[D("June 2024", "2024-06")])
A["ftc-refunds-gig-work-company-deceptive-earnings-claims-2025"] = dict(
 entities=[FTC, E("Company", "Arise Virtual Solutions", "Arise"), E("Company", "Epiq Systems")],
 roles=[], relations=[],  # the refund administrator: no stated contract between named organisations
 outages=[],
 dates=[D("July 2024", "2024-07"), D("2024", "2024")])
A["ftc-refunds-home-improvement-financing-firm-2025"] = dict(
 entities=[FTC, E("Company", "Ygrene Energy Fund", "Ygrene"), E("Service", "PayPal"), E("Company", "Analytics Consulting LLC")],
 roles=[], relations=[], outages=[],
 dates=[D("October 2022", "2022-10"), D("2024", "2024")])
A["ftc-secures-preliminary-injunction-against-im-mastery-2025"] = dict(
 entities=[E("Location", "Nevada", "State of Nevada"), E("Organization", "FTC"),  # the text never spells the name out
           E("Company", "IM Mastery Academy", "IYOVIA", "iMarketsLive", "IM Academy"),
           E("Person", "Chris"), E("Person", "Isis Terry"),  # 'Chris and Isis Terry': no surname written beside Chris
           E("Company", "Global Dynasty Network, LLC"),
           E("Person", "Jason Brown"), E("Person", "Matthew Rosa"), E("Person", "Tom Biesty"), E("Person", "Laura Basford"),
           E("Person", "Ron Brooke"), E("Person", "Josh Doan"), BCP],
 # 'the two individuals who have led it': no title
 roles=[R(p, "other", "Bureau of Consumer Protection") for p in ("Tom Biesty", "Laura Basford", "Ron Brooke", "Josh Doan")],
 relations=[L("Bureau of Consumer Protection", "parentOrganization", "FTC")], outages=[],
 dates=[D("May 2025", "2025-05"), D("2018", "2018")])  # 'Last week' skipped (guidelines)
A["ftc-seeks-comment-petition-vacate-2021-order-2025"] = dict(
 entities=[FTC, E("Person", "Scott Zuckerman", "Zuckerman"), E("Company", "Support King, LLC", "Support King"),
           E("Service", "SpyFone.com", "SpyFone"), E("Service", "Regulations.gov")],
 # 'Scott Zuckerman, the CEO of a company that marketed "stalkerware" apps' = Support King (no 'former' said)
 roles=[R("Scott Zuckerman", "ceo", "Support King, LLC")],
 relations=[L("SpyFone.com", "provider", "Support King, LLC")], outages=[],
 dates=[D("2021", "2021"), D("August 19, 2025", "2025-08-19")])
A["ftc-sues-stop-air-ai-from-using-2025"] = dict(
 entities=[FTC, E("Company", "Air AI Technologies, Inc.", "Air AI Technologies", "Air AI", "Air.AI", "Scale 13"), MUF, BCP,
           E("Location", "Delaware"), E("Person", "Caleb Matthew Maddix"), E("Person", "Ryan Paul O\u2019Donnell"),
           E("Person", "Thomas Matthew Lancer"), E("Service", "Air AI Access Card"),
           E("Organization", "U.S. District Court for the District of Arizona"), E("Company", "Apex Holdings Group LLC"),
           E("Company", "Apex Scaling LLC"), E("Company", "Apex 4 Kids LLC"), E("Company", "New Life Capital LLC"),
           E("Company", "Onyx Capital LLC")],
 roles=[MUF_R],  # 'its owners': no title (decision of this batch)
 relations=[BCP_P, L("Air AI Access Card", "provider", "Air AI Technologies, Inc.")], outages=[],
 dates=[D("February 2023", "2023-02")])
A["ftc-takes-action-against-operators-pornhub-other-2025"] = dict(
 entities=[FTC, E("Location", "Utah", "state of Utah"), E("Service", "Pornhub"), E("Company", "Aylo", "MindGeek"), MUF, BCP,
           E("Person", "Melissa Holyoak"), E("Location", "Salt Lake City"), E("Person", "Spencer J. Cox"),
           E("Organization", "Division of Consumer Protection"), E("Service", "YouPorn"), E("Service", "RedTube"),
           E("Service", "Pornhub Premium"), E("Location", "United States", "U.S."),
           E("Organization", "U.S. District Court for the District of Utah"), FERG, E("Person", "Mark R. Meador", "Meador")],
 roles=[MUF_R, R("Melissa Holyoak", "other", "Federal Trade Commission"), R("Spencer J. Cox", "governor", "Utah"), FERG_R,
        R("Mark R. Meador", "other", "Federal Trade Commission")],
 relations=[L("Pornhub", "provider", "Aylo"), L("YouPorn", "provider", "Aylo"), L("RedTube", "provider", "Aylo"),
            L("Pornhub Premium", "provider", "Aylo"), BCP_P], outages=[],
 dates=[D("today", "2025-09-03"), D("December 2020", "2020-12")])
A["ftc-takes-action-against-ticket-resellers-using-2025"] = dict(
 entities=[FTC, E("Person", "Taylor Swift"), E("Person", "Trump"), FERG, E("Location", "Maryland"),
           E("Company", "Key Investment Group"), E("Company", "Epic Seats"), E("Company", "TotalTickets.com LLC"),
           E("Company", "Totally Tix LLC"), E("Person", "Yair D. Rozmaryn"), E("Person", "Elan N. Rozmaryn"),
           E("Person", "Taylor Kurth"), E("Company", "Ticketmaster"),
           E("Organization", "U.S. District Court for the District of Maryland, Northern Division")],
 # 'President Trump' with no country named on its own: no role; Chief Strategic Officer -> executive
 roles=[FERG_R, R("Yair D. Rozmaryn", "ceo", "Key Investment Group"), R("Elan N. Rozmaryn", "cfo", "Key Investment Group"),
        R("Taylor Kurth", "executive", "Key Investment Group")],
 relations=[],  # 'its affiliated companies': no stated ownership
 outages=[],
 dates=[D("March", "2025-03"), D("Today", "2025-08-18"), D("2023", "2023")])
A["ftc-takes-action-protect-workers-from-noncompete-2025"] = dict(
 entities=[FTC, E("Company", "Gateway Services, Inc.", "Gateway Services", "Gateway"), E("Company", "Gateway US Holdings, Inc."),
           E("Location", "U.S."), E("Person", "Daniel Guarnera"), BC, E("Organization", "Joint Labor Task Force"),
           E("Person", "Andrew N. Ferguson", "Ferguson"), E("Person", "Kelse Moen"), E("Location", "North America"),
           E("Person", "Rebecca Kelly Slaughter", "Slaughter"), E("Person", "Melissa Holyoak"), E("Service", "Regulations.gov")],
 # Deputy Director of the Bureau of Competition -> other (as train's ftc-resolves-antitrust-concerns-arising-from-clean-2025;
 # post-annotation fix); co-chair of the task force -> chairman; commissioners -> other
 roles=[R("Daniel Guarnera", "director", "Bureau of Competition"), R("Kelse Moen", "other", "Bureau of Competition"),
        R("Kelse Moen", "chairman", "Joint Labor Task Force"), FERG_R,
        R("Rebecca Kelly Slaughter", "other", "Federal Trade Commission"), R("Melissa Holyoak", "other", "Federal Trade Commission")],
 relations=[L("Gateway US Holdings, Inc.", "parentOrganization", "Gateway Services, Inc."), BC_P], outages=[],
 dates=[D("today", "2025-09-04"), D("2019", "2019")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
