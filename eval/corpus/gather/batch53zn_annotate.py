#!/usr/bin/env python3
"""Gold for batch 53zn (session 54, gatherer lane zn): three FCC orders on television licence assignments, of 2014,
2005 and 2006/2007 (DA 14-662 of 15 May 2014, the Video Division's Memorandum Opinion and Order granting the assignment
of KUBD(TV), Ketchikan and KTNL-TV, Sitka from Ketchikan TV, LLC to Denali Media Juneau, Corp. and denying the City of
Ketchikan's (Ketchikan Public Utilities') petition -- fcc.gov's document page; DA 05-357 of 10 February 2005, the Media
Bureau's Memorandum Opinion and Order on KB Prime Media, LLC's application to assign WPME( TV), Lewiston, Maine to
Pegasus Satellite Communications, Inc., a subsidiary of Pegasus Communications Corporation -- the FCC's own EDOCS text
file; FCC 06-121 released 2 March 2007, the Commission's Memorandum Opinion and Order denying Kimberly Mayhew's review
of the 2003 grant of the assignment of KTFF(TV), Porterville from Paxson Communications License Company, LLC to
Univision Communications, Inc. -- the FCC's own EDOCS text file), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-53zk of the lane; GUIDELINES section 2): a grant of consent to an assignment whose
consummation is not told -> acquired(assignee, station) only (52zd, 53zk); an application whose ruling is not in the
kept text -> acquired only, as a pending application (51j, 51zd, 52z, 53zk; **doubtful**: a reader may give nothing
before a grant); the assignor named with 'from' or as the applicant to assign -> parentOrganization(station, assignor)
(the lane's assignor call, 51j/51r, 52z, 52zd, 53zi, 53zk); 'a subsidiary of X' and 'X also owns Y' ->
parentOrganization(Y, X); 'the licensee of S' -> parentOrganization(S, licensee) (52x's call); a contract 'between A
and B' (a programming agreement) -> partner(A, B), as written (GUIDELINES: contract relation); a petitioner or
objector -> no relation to the parties (52zd, 53zk); a network affiliation ('Channel 35 (UPN)') -> the network as
Company, no relation (53h, 51zq, 53zk); stations -> Company, call signs as written (the EDOCS file's spaces kept,
'WPME( TV)'); a former call sign '(formerly KPXF(TV))' -> alias of the station (GUIDELINES: former names as aliases);
short names in parentheses and quotes -> aliases, a d/b/a name -> alias of the entity (43p, 45zk); 'the Commission' ->
Organization 'Commission'; 'Commissioner Copps issuing a statement' -> Person 'Copps', role other at the Commission
(52k, 52zd, 53zk); a division written after its bureau ('Video Division, Media Bureau') -> its own Organization under
the Bureau (52zd, 53zk; **doubtful**), the Bureau not linked to the Commission (51r); place names -> Location as
written, a city and its state apart, a place inside a company or city-government name not annotated on its own (52zd);
pleadings ('Petition to Deny', 'Application for Review', 'letter ruling'), channel numbers, file and facility numbers,
an unnamed 'Chief' or 'the Bureau', times of day not annotated; the `title` is not annotated apart.
usage: batch53zn_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zn/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Ketchikan TV, LLC -> Denali Media Juneau, Corp.; KUBD(TV), KTNL-TV; KPU's petition denied; DA 14-662 (2014) ----
DMJ = "Denali Media Juneau, Corp."
KTV = "Ketchikan TV, LLC"
A["us-fcc-ketchikan-tv-denali-media-juneau-kubd-ketchikan-ktnl-sitka-assignment-kpu-petition-denied-order-2014"] = dict(
 # Organizations: the Commission ('the Commission, by the Chief ...', 'requests that the Commission impose'); the Video
 # Division and the Media Bureau ('By the Chief, Video Division, Media Bureau:' and again in the first sentence; the
 # Chief unnamed, no person); the City of Ketchikan ('the City of Ketchikan, Alaska, d/b/a Ketchikan Public Utilities
 # (\u201cKPU\u201d)' -> one entity, the d/b/a name and 'KPU' as aliases; typed Organization as a city government, as the
 # corpus's City of Monmouth / City of Powell utilities; **doubtful**: a reader may make 'Ketchikan Public Utilities'
 # a Company of its own, a cable provider, under the City). Companies: KUBD(TV) ('(\u201cKUBD\u201d)' -> alias); KTNL-TV;
 # Denali Media Juneau, Corp. ('(\u201cDenali\u201d)' -> alias); Ketchikan TV, LLC ('(\u201cKetchikan TV\u201d)' -> alias).
 # Locations: Ketchikan (its own mentions: 'KUBD(TV), Ketchikan, Alaska', 'providers in Ketchikan, Alaska'), Alaska
 # (four times, one entity), Sitka. Not annotated: 'Petition to Deny', 'Petition', 'the assignment application'
 # (pleadings); 'two cable television system providers' (unnamed); 'Ketchikan' inside 'Ketchikan TV, LLC', 'City of
 # Ketchikan' and 'Ketchikan Public Utilities' (annotated anyway from its own mentions).
 entities=[E("Organization", CM), E("Organization", "Video Division"), E("Organization", "Media Bureau"),
           E("Company", "KUBD(TV)", "KUBD"), E("Company", "KTNL-TV"), E("Company", DMJ, "Denali"),
           E("Company", KTV, "Ketchikan TV"),
           E("Organization", "City of Ketchikan", "Ketchikan Public Utilities", "KPU")] +
          [E("Location", x) for x in ("Ketchikan", "Alaska", "Sitka")],
 roles=[],
 # - acquired(Denali Media Juneau, Corp., KUBD(TV)) and acquired(Denali Media Juneau, Corp., KTNL-TV): '... grants
 #   consent to the assignment of the licenses of stations KUBD(TV), Ketchikan, Alaska and KTNL-TV, Sitka, Alaska, to
 #   Denali Media Juneau, Corp. (\u201cDenali\u201d)' (a grant, consummation not told -> acquired only; **doubtful**: a
 #   reader may read the granted consent as done and add parentOrganization(station, Denali)).
 # - parentOrganization(KUBD(TV), Ketchikan TV, LLC) and parentOrganization(KTNL-TV, Ketchikan TV, LLC): '... from
 #   Ketchikan TV, LLC (\u201cKetchikan TV\u201d)' (the lane's assignor call).
 # - parentOrganization(Video Division, Media Bureau): 'the Chief, Video Division, Media Bureau' (52zd's and 53zk's
 #   call; **doubtful**).
 # Near-misses: the City of Ketchikan / KPU and the parties (a petitioner whose petition to deny was denied: no
 #   relation, 52zd's Citadel, 53zk's Alaska Broadcasters); KPU as 'one of two cable television system providers in
 #   Ketchikan' (no named service or customer: no provider, no partner); KPU and Ketchikan (a city's utility: no
 #   relation to a Location); GCI, the parent of the assignee, is only in the cut sentence (not in the kept text);
 #   the Media Bureau and the Commission (no link, 51r); no partner between Ketchikan TV and Denali (a sale).
 relations=[L(DMJ, "acquired", "KUBD(TV)"), L(DMJ, "acquired", "KTNL-TV"),
            L("KUBD(TV)", "parentOrganization", KTV), L("KTNL-TV", "parentOrganization", KTV),
            L("Video Division", "parentOrganization", "Media Bureau")],
 outages=[],
 # 'May 15, 2014' (adopted and released, both in one line: one date item; = `published`). Not dates: the file
 # numbers (title only).
 dates=[D("May 15, 2014", "2014-05-15")])

# ---- KB Prime Media, LLC -> Pegasus Satellite Communications (Pegasus Communications Corp.); WPME( TV); DA 05-357 ----
KBP = "KB Prime Media, LLC"
PSC = "Pegasus Satellite Communications, Inc."
PCC = "Pegasus Communications Corporation"
A["us-fcc-kb-prime-media-pegasus-satellite-communications-pcc-wpme-lewiston-assignment-order-2005"] = dict(
 # Organization: the Media Bureau ('By the Chief, Media Bureau:'; the Chief unnamed; the Commission is not named in the
 # kept text). Companies: KB Prime Media, LLC ('(\u201c KB Prime\u201d)' -> alias 'KB Prime', the converter's space inside
 # the quotes not part of it); WPME( TV) (as written); UPN ('Channel 35 (UPN)', a network; 53h); Pegasus Satellite
 # Communications, Inc. ('..., Debtor- in- Possession (" WPME Corp.\u201d)' -> alias 'WPME Corp.'; the name without
 # 'Debtor- in- Possession', a bankruptcy status of the same company; **doubtful**: a reader may keep the status in
 # the name); Pegasus Communications Corporation ('(\u201c PCC\u201d)' -> alias 'PCC'); HMW, Inc.; WPXT( TV); WB ('Channel 51
 # (WB)', a network). Locations: Lewiston, Maine (twice, one entity), Portland. Not annotated: 'Channel 35', 'Channel
 # 51', 'the above- captioned application' (a pleading), 'delegated authority'.
 entities=[E("Organization", "Media Bureau"), E("Company", KBP, "KB Prime"), E("Company", "WPME( TV)"),
           E("Company", "UPN"), E("Company", PSC, "WPME Corp."), E("Company", PCC, "PCC"), E("Company", "HMW, Inc."),
           E("Company", "WPXT( TV)"), E("Company", "WB")] +
          [E("Location", x) for x in ("Lewiston", "Maine", "Portland")],
 roles=[],
 # - acquired(Pegasus Satellite Communications, Inc., WPME( TV)): '... application of KB Prime Media, LLC ..., for
 #   consent to assign the license of station WPME( TV) ... to Pegasus Satellite Communications, Inc., Debtor- in-
 #   Possession' (the Bureau 'herein consider[s]' it; the ruling is not in the kept text -> acquired only, a pending
 #   application; **doubtful**: a reader may give nothing before a grant, or make PCC the buyer).
 # - parentOrganization(WPME( TV), KB Prime Media, LLC): the applicant assignor ('application of KB Prime Media, LLC
 #   ... for consent to assign the license of station WPME( TV)'; the lane's assignor call).
 # - parentOrganization(Pegasus Satellite Communications, Inc., Pegasus Communications Corporation): '(" WPME Corp.\u201d),
 #   a subsidiary of Pegasus Communications Corporation' (stated).
 # - parentOrganization(HMW, Inc., Pegasus Communications Corporation): 'PCC also owns HMW, Inc.' (stated).
 # - parentOrganization(WPXT( TV), HMW, Inc.): 'HMW, Inc., the licensee of WPXT( TV)' (52x's 'licensee of' call;
 #   **doubtful**).
 # Near-misses: WPME( TV) and UPN, WPXT( TV) and WB (network affiliations: no relation, 53h/51zq); no
 #   parentOrganization(WPXT( TV), PCC) (through HMW only, not stated; **doubtful**: a reader may add it); the
 #   time-brokerage programming of WPME by 'another subsidiary, B. T. Satellite, Inc.' (cut: runs round a footnote);
 #   no partner between KB Prime and Pegasus (a sale); the Media Bureau and the Commission (no link, 51r).
 relations=[L(PSC, "acquired", "WPME( TV)"), L("WPME( TV)", "parentOrganization", KBP),
            L(PSC, "parentOrganization", PCC), L("HMW, Inc.", "parentOrganization", PCC),
            L("WPXT( TV)", "parentOrganization", "HMW, Inc.")],
 outages=[],
 # 'February 9, 2005' (adopted); 'February 10, 2005' (released, = `published`). Not dates: the channel numbers, the
 # file number (title only).
 dates=[D("February 9, 2005", "2005-02-09"), D("February 10, 2005", "2005-02-10")])

# ---- Paxson Communications License Company -> Univision Communications; KTFF(TV), Porterville; FCC 06-121 (2006/2007) --
PAX = "Paxson Communications License Company, LLC"
UNI = "Univision Communications, Inc."
CNI = "Christian Network, Inc."
A["us-fcc-paxson-communications-license-univision-ktff-porterville-assignment-mayhew-review-denied-order-2007"] = dict(
 # Organization: the Commission ('By the Commission:', 'any further order of the Commission'). Persons: 'Commissioner
 # Copps' -> Copps; Kimberly Mayhew (the petitioner; '(Petitioner)' is a role word, not an alias; **doubtful**).
 # Companies: KTFF(TV) ('(formerly KPXF(TV))' -> alias KPXF(TV), a former call sign; 'KTFF(TV)\u2019s' possessive);
 # Paxson Communications License Company, LLC ('(Paxson)' -> alias); Univision Communications, Inc. ('(Univision)' ->
 # alias); Christian Network, Inc. ('the Christian Network, Inc. (CNI)' -> the name without the lower-case article,
 # 'CNI' alias). Locations: Porterville, CA (as written; the title's 'California' not annotated). Not annotated:
 # 'Application for Review', 'letter ruling', 'Grant Letter', 'Station Agreement' (pleadings and a named contract,
 # not organisations); 'The Bureau' (unnamed here; the Media Bureau is named only in the cut footnote); 'the
 # licensee' (generic); '1 am to 6 am', 'Eastern and Pacific Time', 'seven days a week' (no calendar value).
 entities=[E("Organization", CM), E("Person", "Copps"), E("Person", "Kimberly Mayhew"),
           E("Company", "KTFF(TV)", "KPXF(TV)"), E("Company", PAX, "Paxson"), E("Company", UNI, "Univision"),
           E("Company", CNI, "CNI")] +
          [E("Location", x) for x in ("Porterville", "CA")],
 # 'Commissioner Copps issuing a statement' -> other at the Commission (GUIDELINES: commissioners -> other), current
 # (52k, 52zd, 53zk). Kimberly Mayhew: no title, no role.
 roles=[R("Copps", "other", CM)],
 # - acquired(Univision Communications, Inc., KTFF(TV)): 'a February 7, 2003, letter ruling (\u201cGrant Letter\u201d)
 #   granting the application to assign KTFF(TV) ... from Paxson ... to Univision Communications, Inc.' (granted in
 #   2003, upheld here; consummation not told -> acquired only, 52zd's Pappas and 53zk's KTVF calls; **doubtful**:
 #   the new call sign KTFF against 'formerly KPXF(TV)' hints the sale closed; a reader may add
 #   parentOrganization(KTFF(TV), Univision)).
 # - parentOrganization(KTFF(TV), Paxson Communications License Company, LLC): the assignor, '... from Paxson
 #   Communications License Company, LLC (Paxson)' (the lane's assignor call).
 # - partner(Paxson Communications License Company, LLC, Christian Network, Inc.): 'a Station Agreement for Overnight
 #   Programming, Use of Digital Capacity, and Public Interest Programming (Station Agreement) between Paxson and the
 #   Christian Network, Inc. (CNI)' (a contract between two named organisations -> partner, direction as written;
 #   **doubtful**: a station programming agreement rather than a business partnership).
 # Near-misses: CNI and KTFF(TV) ('CNI has the right to program KTFF(TV)\u2019s primary analog and digital channel':
 #   programming time on a station, no provider (not a Service) and no second partner; **doubtful**); Mayhew and the
 #   parties (a petitioner: no relation); Univision and CNI (the licensee's duty under the agreement: no relation
 #   stated); the Bureau and the Commission (unnamed Bureau: no entity, no link).
 relations=[L(UNI, "acquired", "KTFF(TV)"), L("KTFF(TV)", "parentOrganization", PAX), L(PAX, "partner", CNI)],
 outages=[],
 # 'August 14, 2006' (adopted); 'March 2, 2007' (released, = `published`); 'February 7, 2003' (the letter ruling,
 # 'a February 7, 2003, letter ruling'). Not dates: '1 am to 6 am' (a daily time window), 'seven days a week', the
 # file number (title only).
 dates=[D("August 14, 2006", "2006-08-14"), D("March 2, 2007", "2007-03-02"), D("February 7, 2003", "2003-02-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
