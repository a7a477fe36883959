#!/usr/bin/env python3
"""Batch 40p gold annotations for the five toscaData Wikinews texts of batch40p.py (a car maker pulling its
advertising from gay media under a campaign group's boycott threat, with its two executives and the group's chairman;
a wireless provider and a software company launching a streaming radio service, with the phones it needs and a rival
carrier; a magazine's corporate parent ordering its overhaul, with its largest shareholder; a Romanian oil-services
company's rig boarded by Iranian troops, with its spokesman, the Iranian oil companies of its contract dispute and two
presidents; a software maker's new product name claimed by a small company and its founder), written by reading each
text alone; no extractor was run on any of them. Split rule fixed before annotating: ids sorted, dealt along test,
train, dev, train (cycle). None of the five tells a service lost, and none is a near-miss of one: no outage is
annotated in this batch.
usage: batch40p_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-ford-pulls-ads-from-gay-media-2005
wn-sprint-realnetworks-provide-cell-phone-internet-2005
wn-u-magazine-tv-guide-drop-local-2005
wn-romanian-oil-company-claims-iran-has-2006
wn-windows-vista-faces-possible-trademark-challenges-2005""".split())
A = {}

FORD = "Ford Motor Company"
AFA = "American Family Association"
A["wn-ford-pulls-ads-from-gay-media-2005"] = dict(
 entities=[E("Organization", AFA, "AFA"), E("Company", FORD, "Ford"), E("Organization", "Human Rights Campaign", "HRC"),
           E("Company", "The Advocate"), E("Person", "Ziad Ojakli"), E("Person", "David Leitch"),
           E("Person", "Donald Wildmon"), E("Organization", "Gay and Lesbian Alliance Against Defamation", "GLAAD"),
           E("Organization", "National Gay and Lesbian Task Force", "Task Force"), E("Company", "The Walt Disney Co.")],
 # 'the American Family Association' ('The American Family Association (AFA)', 'AFA’s') → Organization (a campaign
 # group). 'Ford Motor Company' (then 'Ford', 'Ford and all of its brands') → Company. 'the Human Rights Campaign'
 # (later 'HRC'), 'the Gay and Lesbian Alliance Against Defamation' (later 'GLAAD'), 'the National Gay and Lesbian
 # Task Force' (later 'the Task Force') → Organization (advocacy groups). 'publications such as The Advocate' →
 # Company (a magazine: news organisations are Company). 'The Walt Disney Co.' → Company ('its theme parks' unnamed).
 # 'the Bush White House' → nothing (as batch 40j left 'the White House'; a doubtful point). 'the AFA’s Web site' →
 # no Service (unnamed).
 # Roles: 'Ford Executives Ziad Ojakli and David Leitch' → executive at Ford Motor Company each, current true; their
 # earlier 'important posts in the Bush White House' → nothing (no post named). "AFA’s chairman Donald Wildmon" →
 # chairman at American Family Association.
 # Relations: none. Ford's 'advertising in the gay media in publications such as The Advocate' → no partner (buying
 # advertising space is not written as a customer contract; a doubtful point); Ford's past 'support' for the Human
 # Rights Campaign and donations → nothing (no partnership written); the negotiations → nothing.
 # Outages: none (an advertising decision); no near-miss.
 # Dates (published Tuesday 6 December 2005): 'In June' (the boycott postponed) → 2005-06; 'Friday' (the groups'
 # statements expected by close of business) → 2005-12-09 (the coming Friday); 'in May' (the Disney boycott ended) →
 # 2005-05. 'early this week' → skipped (as 'this week' is); 'nine-year boycott' → nothing.
 roles=[R("Ziad Ojakli", "executive", FORD), R("David Leitch", "executive", FORD),
        R("Donald Wildmon", "chairman", AFA)],
 relations=[],
 outages=[],
 dates=[D("In June", "2005-06"), D("Friday", "2005-12-09"), D("in May", "2005-05")])

A["wn-sprint-realnetworks-provide-cell-phone-internet-2005"] = dict(
 entities=[E("Company", "Sprint"), E("Company", "RealNetworks"), E("Service", "Rhapsody Radio"),
           E("Company", "KCRW"), E("Location", "Santa Monica"), E("Company", "National Public Radio"),
           E("Location", "Southern California"), E("Service", "Beats N Breaks"),
           E("Service", "Sanyo MM-7400"), E("Service", "Sanyo MM-5600"), E("Service", "Sanyo MM-8300"),
           E("Service", "Samsung IP-A790"), E("Service", "Samsung MM-A800"), E("Service", "Samsung MM-A880"),
           E("Service", "LG MM-535"), E("Company", "Apple"), E("Service", "Motorola ROKR"), E("Service", "iTunes"),
           E("Location", "USA"), E("Company", "Cingular Wireless")],
 # 'Wireless provider Sprint' → Company; RealNetworks → Company. 'a streaming music service ... called Rhapsody
 # Radio' → Service. 'KCRW, Santa Monica 89.9 FM' → KCRW Company (a broadcaster: broadcasters are Company; a doubtful
 # point, a public radio station) and Santa Monica Location; "National Public Radio’s Southern California station" →
 # National Public Radio Company (as broadcasters are; a doubtful point: a nonprofit network) and Southern California
 # Location; the station itself unnamed. 'A special Beats N Breaks stream' → Service (a stream users listen to; no
 # maker written). The seven phones ('a Sanyo MM-7400, ... or an LG MM-535 mobile phone') → Service each (devices);
 # Sanyo, Samsung and LG are named only inside the product names, so no Company of their own (GUIDELINES), and no
 # provider. 'the Motorola ROKR' → Service (Motorola only inside the product name); 'the iTunes software' → Service;
 # Apple → Company; 'in the USA' → Location; 'Cingular Wireless' → Company. 'Many analysts' → nothing (unnamed).
 # Roles: none (no person named).
 # Relations: 'Sprint announced today, that they would be working with RealNetworks to launch a streaming music
 # service' → partner Sprint → RealNetworks. Rhapsody Radio, launched 'for Sprint wireless customers' and charged on
 # their bill → provider → Sprint; launched with RealNetworks → provider → RealNetworks too (a doubtful point: the
 # text does not say which of the two runs it). 'the iTunes software' → provider → Apple (a reader is sure iTunes is
 # Apple's; a doubtful point as the text does not write the owner). 'Apple recently introduced the Motorola ROKR' → no
 # provider (the phone is Motorola's; a doubtful point). 'Service for this phone in the USA is provided by Cingular
 # Wireless' → nothing (a carrier serving a phone is no provider of the device, and no Apple-Cingular partnership is
 # written; a doubtful point). KCRW's and National Public Radio's podcasts 'available' on the service → no partner (no
 # deal written; a doubtful point).
 # Outages: none (a launch); no near-miss.
 # Dates (published Tuesday 20 September 2005): 'today' → 2005-09-20. "'70s" (a station's genre) and 'recently' →
 # nothing.
 roles=[],
 relations=[L("Sprint", "partner", "RealNetworks"), L("Rhapsody Radio", "provider", "Sprint"),
            L("Rhapsody Radio", "provider", "RealNetworks"), L("iTunes", "provider", "Apple")],
 outages=[],
 dates=[D("today", "2005-09-20")])

GEM = "Gemstar-TV Guide International"
A["wn-u-magazine-tv-guide-drop-local-2005"] = dict(
 entities=[E("Location", "U.S."), E("Company", "TV Guide"), E("Company", GEM, "Gemstar"),
           E("Person", "Rupert Murdoch"), E("Company", "News Corporation"), E("Company", "People"),
           E("Company", "Entertainment Weekly"), E("Company", "US Weekly")],
 # 'U.S. magazine TV Guide' → TV Guide Company (a magazine: news organisations are Company) and U.S. Location.
 # 'Gemstar-TV Guide International, the corporate parent of the magazine' (then 'Gemstar management', 'Gemstar
 # expects') → Company with alias Gemstar. "Rupert Murdoch's News Corporation" → Person and Company. The magazines
 # 'People', 'Entertainment Weekly' and 'US Weekly' (its competition) → Company each (a doubtful point for 'People',
 # a common word, here the magazine's name). 'the television service provider', 'digital cable and satellite TV',
 # 'electronic program guides' → nothing (generic).
 # Roles: none. Murdoch ("Rupert Murdoch's News Corporation") → no role (no post written; a doubtful point: a reader
 # may take him as its chairman); 'TV Guide officials' unnamed.
 # Relations: 'Gemstar-TV Guide International, the corporate parent of the magazine' → parentOrganization TV Guide →
 # Gemstar-TV Guide International. News Corporation, Gemstar's 'largest shareholder' → nothing (a largest
 # shareholder is not written as owner or parent; a doubtful point). 'the owners of U.S. magazine TV Guide' → the same
 # parent relation.
 # Outages: none (a magazine's makeover); no near-miss.
 # Dates (published Tuesday 26 July 2005): 'October 15' (the issue the changes take effect with) → 2005-10-15.
 # '52-year-old', 'After years' → nothing.
 roles=[],
 relations=[L("TV Guide", "parentOrganization", GEM)],
 outages=[],
 dates=[D("October 15", "2005-10-15")])

GSP = "Grup Servicii Petroliere"
PED = "Petro Iran Development Company"
A["wn-romanian-oil-company-claims-iran-has-2006"] = dict(
 entities=[E("Location", "Orizont", "Orizant"), E("Location", "Persian Gulf"), E("Company", GSP, "GSP", "Servicii Petroliere"),
           E("Location", "Romania"), E("Company", "IRNA"), E("Person", "Radu Petrescu"), E("Person", "Lulu Tabanesku"),
           E("Location", "Iran"), E("Person", "Traian Băsescu"), E("Person", "Mahmoud Ahmadinejad"),
           E("Location", "Fortuna"), E("Company", "Oriental Oil Company"), E("Company", PED, "PEDCO"),
           E("Company", "National Iranian Oil Company")],
 # 'An Orizont oil platform in the Persian Gulf' (later 'the Orizont rig', and 'the Orizant and Fortuna rigs', the
 # same rig spelt otherwise) → Orizont Location with alias Orizant, Fortuna Location (named facilities are Location,
 # as power stations are; a doubtful point: GUIDELINES leaves ships' names out, and a rig can be towed, as the
 # Fortuna was); Persian Gulf Location. 'the Grup Servicii Petroliere (GSP) of Romania' ('a spokesman for Servicii
 # Petroliere', 'The Romanian company GSP') → Company with aliases GSP and 'Servicii Petroliere'. 'The Iranian news
 # agency IRNA' → Company (a news agency). Romania, Iran → Location ('Romanian', 'Iranian' adjectives → nothing).
 # 'the Oriental Oil Company', 'Petro Iran Development Company (PEDCO)', 'the National Iranian Oil Company' → Company.
 # 'The Foreign Minister of Romania' (unnamed), 'an Iranian court' → nothing. 'Romanian officials' → nothing.
 # Roles: 'Radu Petrescu, a spokesman for Servicii Petroliere' → spokesperson at GSP; 'a representative of GSP, Lulu
 # Tabanesku' → other at GSP (a doubtful point: a reader may take her as its spokesperson, or give no role);
 # 'Romanian president Traian Băsescu' → president at Romania; "Iran's president Mahmoud Ahmadinejad" → president at
 # Iran.
 # Relations: the rig 'owned by the Grup Servicii Petroliere' → nothing (a rig is an asset/facility, no company
 # relation). 'the Oriental Oil Company who rents the oil rights to Petro Iran Development Company (PEDCO)' →
 # partner Oriental Oil Company → Petro Iran Development Company (a rights lease between two named companies;
 # direction as written; a doubtful point: who rents from whom is ambiguous). 'PEDCO, a broker for the National
 # Iranian Oil Company' → partner Petro Iran Development Company → National Iranian Oil Company (an agency relation; a
 # doubtful point: a reader may leave it out). GSP's 'legal dispute with the Oriental Oil Company' over the rigs and
 # 'the contract dispute between the two companies', 'claiming the contract was cancelled illegally' → partner GSP →
 # Oriental Oil Company (a contract between the two, since disputed; relations carry no time; a doubtful point: 'the
 # two companies' may be GSP and PEDCO).
 # Outages: none (a seizure of a rig; the company's 'We cannot contact the rig' is no service lost); no near-miss.
 # Dates (published Tuesday 22 August 2006; the text says Tuesday was the day of the seizure): '9.15 a.m.' →
 # 2006-08-22T09:15 and '0615 GMT' → 2006-08-22T06:15 (the call, as written, local and GMT); '9.45' (troops on board)
 # → 2006-08-22T09:45; 'Wednesday' (the Foreign Minister's meeting) → 2006-08-23; 'Tuesday' → 2006-08-22; 'August 22'
 # → 2006-08-22; 'August 15' (the Fortuna moved) → 2006-08-15.
 roles=[R("Radu Petrescu", "spokesperson", GSP), R("Lulu Tabanesku", "other", GSP),
        R("Traian Băsescu", "president", "Romania"), R("Mahmoud Ahmadinejad", "president", "Iran")],
 relations=[L("Oriental Oil Company", "partner", PED), L(PED, "partner", "National Iranian Oil Company"),
            L(GSP, "partner", "Oriental Oil Company")],
 outages=[],
 dates=[D("9.15 a.m.", "2006-08-22T09:15"), D("0615 GMT", "2006-08-22T06:15"), D("9.45", "2006-08-22T09:45"),
        D("Wednesday", "2006-08-23"), D("Tuesday", "2006-08-22"), D("August 22", "2006-08-22"),
        D("August 15", "2006-08-15")])

A["wn-windows-vista-faces-possible-trademark-challenges-2005"] = dict(
 entities=[E("Company", "Microsoft"), E("Service", "Windows"), E("Location", "Redmond"), E("Location", "Washington"),
           E("Company", "Vista Incorporated"), E("Company", "Wall Data"), E("Person", "John Wall", "Wall"),
           E("Company", "Seattle Times"), E("Company", "SCO")],
 # Microsoft ('the world's largest software company') → Company; 'the Windows operating system' → Service. The name
 # "Vista" ('the name "Vista,"', 'the Vista name') → no entity of its own (a name under dispute, the product's full
 # name not written; a doubtful point: a reader may take "Vista" as the Service). 'Redmond, Washington' → Redmond and
 # Washington Location. 'Vista Incorporated, which has operated a small business internet interchange' → Company (its
 # interchange unnamed). 'Wall Data founder, John Wall' (then 'Wall', 'John Wall's company') → Wall Data Company,
 # John Wall Person with alias Wall. 'the Seattle Times' → Company (a newspaper). 'An investor in SCO' → SCO Company.
 # Roles: 'Vista Incorporated ... since it was founded by Wall Data founder, John Wall in 2000' → founder at Vista
 # Incorporated and founder at Wall Data; 'An investor in SCO' → no role (an investor holds no post).
 # Relations: 'its forthcoming version of the Windows operating system' → provider Windows → Microsoft. The trademark
 # dispute, 'talk to Microsoft', an offer to sell the name → nothing (no deal done).
 # Outages: none (a trademark dispute); no near-miss.
 # Dates (published Tuesday 26 July 2005): 'Friday' (the name announced) → 2005-07-22; '2000' (Vista Incorporated
 # founded) → 2000.
 roles=[R("John Wall", "founder", "Vista Incorporated"), R("John Wall", "founder", "Wall Data")],
 relations=[L("Windows", "provider", "Microsoft")],
 outages=[],
 dates=[D("Friday", "2005-07-22"), D("2000", "2000")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
