#!/usr/bin/env python3
"""Batch 37e gold annotations for the three toscaData Wikinews texts of batch37e.py (a regulator's approval of a
telecom group's revised bid for a broadcaster, a carrier's denial that it handed call records to a spy agency, the
break-in to a governor's webmail account, a computer maker's French arm sued over bundled software, and a filter for
copyrighted uploads), written by reading each text alone; no extractor was run on any of
them. Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle).
No text tells a service lost: the webmail break-in is a near-miss (an attack on one account, the service running),
so no outage is annotated in this batch.
usage: batch37e_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-canada-approves-revision-previously-anti-competitive-2013
wn-verizon-says-customer-phone-records-were-2006
wn-hp-france-trouble-due-alleged-monopolist-2006
wn-software-filter-pirated-video-audio-files-2007
wn-alaskan-governor-republican-u-vice-presidential-2008""".split())
A = {}

A["wn-alaskan-governor-republican-u-vice-presidential-2008"] = dict(
 entities=[E("Service", "Wikileaks.org"), E("Organization", "Anonymous"), E("Organization", "Scientology"),
           E("Person", "Palin"), E("Company", "Yahoo!"), E("Service", "Wikipedia.org"),
           E("Service", "4chan.org", "4chan"), E("Service", "Ctunnel.com"), E("Person", "Gabriel Ramuglia"),
           E("Organization", "FBI"), E("Person", "David Kernell", "Kernell"), E("Person", "Mike Kernell"),
           E("Location", "Tennessee")],
 # The opening paragraph (the governor's full name and post) is cut in the pool text, so the account holder is
 # 'Palin' alone, a Person with no role. Web sites named by their addresses → Service ('Wikileaks.org', 'a website
 # that anonymously hosts leaked ... documents'; 'Wikipedia.org'; '4chan.org' with the later '4chan'; 'Ctunnel.com',
 # whose owner speaks). Yahoo! → Company (its security questions; the webmail service itself is never named, so no
 # Service and no provider relation). Anonymous → Organization (a group that 'claimed credit'); Scientology →
 # Organization (the target of its attacks; a doubtful point: the movement rather than a named body). FBI →
 # Organization. 'Kernell' in 'When confronted, Kernell made no confirmation' is the son, whose identity the
 # hackers linked → alias of David Kernell, not of Mike Kernell. 'White hat' hackers, blogs, news websites → no
 # entity.
 # Roles: 'Ctunnel.com owner Gabriel Ramuglia' → other at Ctunnel.com (an owner; the vocabulary has no owner, and the
 # org is the site the text names, as earlier batches gave founders at services; a doubtful point). 'Tennessee state
 # representative Mike Kernell' → no role (legislators get none). The hacker (unnamed) → nothing.
 # Relations: none stated (no named service is said to be Yahoo!'s; Ctunnel.com's owner is a person).
 # Near-miss, no outage: an email account broken into by answering its provider's security questions and its
 # contents hosted elsewhere; the password changed locks one user out of one account, no service is said to fail;
 # 4chan deleting the images is moderation, not an outage.
 # Dates (published Saturday 20 September 2008): none left in the cut text ('in the past', 'subsequently' are not
 # resolvable); the day of the break-in was in the cut opening paragraph.
 roles=[R("Gabriel Ramuglia", "other", "Ctunnel.com")],
 relations=[],
 outages=[],
 dates=[])

A["wn-canada-approves-revision-previously-anti-competitive-2013"] = dict(
 entities=[E("Organization", "CRTC"), E("Company", "BCE"), E("Company", "Astral"), E("Person", "Jean-Pierre Blais")],
 # The regulator's full name was in the cut opening paragraph; the text names it 'CRTC' only → Organization with that
 # name. 'Astral' (the text's only form; 'Astral Media' was in the cut paragraph) → Company. 'Canadians', 'Canadian
 # programming' → no Location (adjectives and people, no place named). Astral's 'services', BCE's radio and local
 # TV stations → no entity (unnamed).
 # Role: 'Jean-Pierre Blais, Chairman of the CRTC' → chairman at CRTC.
 # Relations: 'BCE's most recent bid' for Astral, 'selling almost two dozen of Astral's services' as a condition, and
 # 'When the deal is completed, BCE's share ... will grow' → acquired BCE → Astral only (an agreed deal not yet
 # completed, GUIDELINES: no parentOrganization). A doubtful point: with the opening paragraph cut, the approval
 # itself is no longer told; the text still speaks of 'the deal' to be completed. The October rejection of the
 # 'initial bid' gives nothing (a blocked offer).
 # Outages: none; no service is told as lost.
 # Dates (published Monday 1 July 2013): 'in October' (the initial bid's rejection, told as past) → 2012-10.
 roles=[R("Jean-Pierre Blais", "chairman", "CRTC")],
 relations=[L("BCE", "acquired", "Astral")],
 outages=[],
 dates=[D("October", "2012-10")])

A["wn-verizon-says-customer-phone-records-were-2006"] = dict(
 entities=[E("Company", "USA Today"), E("Organization", "United States National Security Agency", "NSA"), E("Company", "Verizon"), E("Company", "MCI"),
           E("Company", "BellSouth"), E("Person", "Steve Anderson", "Anderson"), E("Company", "Qwest"),
           E("Person", "Joseph P. Nacchio")],
 # 'the USA Today' / 'USA Today' (a newspaper) → Company 'USA Today'. 'the United States National Security Agency
 # (NSA)' → Organization under that fullest form with 'NSA'; 'United States' occurs only inside the agency's name,
 # so no Location (as a company named only inside a product's name gets none; a doubtful point). Carriers → Company. 'the paper' → no alias (generic).
 # Roles: 'Steve Anderson, spokesman for USA Today' → spokesperson at USA Today; "Qwest's former chief executive
 # Joseph P. Nacchio" → ceo at Qwest, current false. His lawyer (unnamed) → nothing.
 # Relations: 'the long-stance carrier MCI, that Verizon bought in January' → acquired Verizon → MCI and
 # parentOrganization MCI → Verizon (a completed purchase; the text does not say MCI was merged away).
 # Outages: none (a dispute over records handed over; no service told as lost).
 # Dates (published Wednesday 17 May 2006): 'May 11, 2006'; '2001'; '9/11' (the attacks, a date form a reader
 # resolves; a doubtful point: an event's name); 'just four months ago' (inside Verizon's statement of May 2006) →
 # 'four months ago' 2006-01 (a doubtful point: approximate); 'January' ('bought in January', past) → 2006-01;
 # 'Tuesday' (BellSouth's denial) → 2006-05-16.
 roles=[R("Steve Anderson", "spokesperson", "USA Today"), R("Joseph P. Nacchio", "ceo", "Qwest", False)],
 relations=[L("Verizon", "acquired", "MCI"), L("MCI", "parentOrganization", "Verizon")],
 outages=[],
 dates=[D("May 11, 2006", "2006-05-11"), D("2001", "2001"), D("9/11", "2001-09-11"),
        D("four months ago", "2006-01"), D("January", "2006-01"), D("Tuesday", "2006-05-16")])

A["wn-hp-france-trouble-due-alleged-monopolist-2006"] = dict(
 entities=[E("Company", "Hewlett-Packard", "HP"), E("Location", "France"), E("Company", "Microsoft"),
           E("Service", "Microsoft Windows", "Windows"), E("Service", "GNU/Linux"),
           E("Organization", "Union Fédérale des Consommateurs-Que Choisir"), E("Company", "HP France"),
           E("Location", "Europe"), E("Organization", "European Union", "EU")],
 # 'Microsoft's Windows operating system' / 'Microsoft Windows' → Service 'Microsoft Windows' with 'Windows'
 # (Microsoft is also named on its own, so it is its own Company). 'GNU/Linux' ('the "free" operating system') →
 # Service, no provider (none named). The consumer group → Organization. 'HP France' (its legal affairs director
 # answers for it) → Company. 'two French retailers' (unnamed) → nothing. 'European Union' (in 'the anti-trust
 # laws of the European Union') with 'EU' (which announced the fine) → Organization; 'Europe' → Location.
 # Roles: 'The legal affairs director of HP France' → no role (unnamed).
 # Relations: 'HP France' beside 'Hewlett-Packard (HP)' → parentOrganization HP France → Hewlett-Packard (the
 # company's French arm by its name, the story told of both as one; a doubtful point: the text never says 'unit' or
 # 'subsidiary'); provider Microsoft Windows → Microsoft. Bundling Windows with HP's PCs → no partner (the text
 # states a sales practice, not a contract or partnership between the two; a doubtful point: an OEM licence a
 # careful reader may infer).
 # Outages: none.
 # Dates (published Saturday 16 December 2006): 'July 12, 2006'; 'July 31' (the start of threatened daily
 # penalties, in the same past announcement) → 2006-07-31.
 roles=[],
 relations=[L("HP France", "parentOrganization", "Hewlett-Packard"), L("Microsoft Windows", "provider", "Microsoft")],
 outages=[],
 dates=[D("July 12, 2006", "2006-07-12"), D("July 31", "2006-07-31")])

A["wn-software-filter-pirated-video-audio-files-2007"] = dict(
 entities=[E("Company", "Audible Magic"), E("Location", "Los Gatos"), E("Location", "California"),
           E("Person", "Vance Ikezoye"), E("Service", "YouTube"), E("Company", "Miramax"),
           E("Company", "News Corporation"), E("Service", "MySpace"), E("Company", "Google"), E("Company", "NBC"),
           E("Company", "Viacom")],
 # YouTube → Service here ('websites', 'The site's officials', 'owned by Google'); MySpace ('One of the major social
 # networks owned by News Corporation') → Service. 'Kill Bill: Vol. 2' (a film) → no entity, as shows and
 # programmes are not. Miramax, NBC, Viacom → Company. The filter ('digital fingerprinting', 'the new system') →
 # no entity (unnamed product).
 # Role: "The company's chief executive, Vance Ikezoye" (the company is Audible Magic) → ceo at Audible Magic.
 # Relations: 'MySpace ... owned by News Corporation' → provider MySpace → News Corporation; 'YouTube, owned by
 # Google' → provider YouTube → Google (owned services, as earlier batches recorded Flickr → Yahoo!). MySpace 'has
 # agreed to adopt the filter' → no partner (MySpace is a Service, and the text calls it 'the new system' without
 # saying in that sentence whose it is; a doubtful point: MySpace as Audible Magic's customer). Miramax's rights
 # to the film → nothing.
 # Outages: none.
 # Dates (published Monday 19 February 2007): 'the end of last year' → 2006 (GUIDELINES: the year).
 roles=[R("Vance Ikezoye", "ceo", "Audible Magic")],
 relations=[L("MySpace", "provider", "News Corporation"), L("YouTube", "provider", "Google")],
 outages=[],
 dates=[D("the end of last year", "2006")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
