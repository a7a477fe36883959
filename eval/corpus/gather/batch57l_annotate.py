#!/usr/bin/env python3
"""Gold annotations for batch 57l (session 55, gatherer 57l): the four sec.gov texts batch57l.py writes -- Inso Corp.
('now known as eBT International, Inc.') and its former general counsel, two former vice presidents and former chief
executive officer (Litigation Release No. 17578, June 21, 2002); Accelr8 Technology Corp., its chief executive officer,
chief financial officer and chairman Thomas V. Geimer and its president Harry J. Fleury, and the Year 2000 tool Navig8
2000 (Litigation Release No. 16354, November 16, 1999); IGI, Inc., its former President and Chief Operating Officer
John P. Gallo and four other former officers and managers (Litigation Release No. 17410, March 13, 2002); Left Behind
Games Inc. and its founder, CEO and CFO Troy Lyndon, with Ronald Zaucha (press release 2013-198, September 25, 2013) --
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Accelr8 -> test, IGI -> train, Inso -> dev, Left Behind Games -> train (as write_parts dealt them).
Dates resolve against `published` (each release's date line: June 21, 2002; November 16, 1999; March 13, 2002; the
dateline of 2013-198, Sept. 25, 2013).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zh, 54z, 55zb, 56c, 56l and 57d; looked up in GATHERING.md
and the gold of the corpus's SEC files on other matters): the SEC under the form the kept text writes -- 'Commission'
where only 'the Commission' is written (56l's Comscore page), 'Securities and Exchange Commission' with the alias
'Commission' or 'SEC' where the full name stands; a named federal court -> Organization under the form written, an
unnamed one ('federal district court in Massachusetts', 'federal court in Hawaii') -> only its place, a Location;
'X of Town, State' -> each a Location, a state written many times one entity (51zh); bracketed short forms and a
surname standing alone -> aliases; a firm's name 'now known as' another -> one entity, the later name an alias
(GUIDELINES: former names are aliases); a release's own misspelling of a firm's name ('Accler8') -> an alias
(**doubtful**); 'former'/'formerly' -> current false, a post with no 'former' -> true; 'general counsel' and a
'manager' post -> executive (GUIDELINES); 'vice president', 'Vice President of Operations' -> vice-president; 'President
and Chief Operating Officer' -> president and coo; 'chief executive officer, chief financial officer, and chairman' ->
ceo, cfo and chairman; 'the founder of a ... manufacturer' read with 'Left Behind Games was founded in 2001' -> founder;
'Director of the SEC's Los Angeles Office' -> director at 'Los Angeles Office', that office parentOrganization of the
SEC (the corpus's Sequenom, Zymergen and Franklin files); a named software product or computer system said to be a
firm's ('X's Y', 'manufactured by X') -> Service with provider X (51zh's Itex Exchange, the Competitive Technologies
and CytoDyn files); bare years -> the year; 'the end of 2011' -> 2011 (GUIDELINES; the corpus's 'the end of 2010');
'Year 2000' as the name of the millennium date problem -> no date (**doubtful**); release and docket numbers, amounts,
percentages and laws -> nothing.
usage: batch57l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
INSO = "Inso Corp."
ACC = "Accelr8 Technology Corp."
DEC = "Digital Equipment Corporation"
IBM = "International Business Machine Corp."
MS = "Microsoft Corporation"
IGI = "IGI, Inc."
LBG = "Left Behind Games Inc."
LAO = "Los Angeles Office"
A = {}

# ---- Inso Corp. / Hill, Marshall, Paxhia, Vatcher, LR 17578, published 2002-06-21 (a Friday) --------------------------
A["us-sec-inso-corp-ebt-international-former-general-counsel-vice-presidents-ceo-revenue-schemes-2002"] = dict(
 # The Commission (written only as 'The Commission', "The Commission's first complaint", 'with the Commission': name
 # 'Commission', 56l's way; no 'SEC' in the kept text). Massachusetts ('federal district court in Massachusetts',
 # 'Boston, Massachusetts', 'Belmont, Massachusetts' ...: one Location). Inso Corp. ('Inso's', 'of Inso', 'another former
 # Inso vice president': alias 'Inso'; 'now known as eBT International, Inc.' -> the company's later name, an alias, not
 # a second firm -- **doubtful**: a reader may make eBT International a Company of its own, and then no relation
 # between them would be right either, a renaming being no acquisition or parenthood). Boston (written twice: where the
 # company was and where Paxhia lives); Providence and Rhode Island ('now headquartered in Providence, Rhode Island');
 # Bruce Hill; Belmont; Graham Marshall; Lexington; Steven Paxhia ('Paxhia and Vatcher': alias 'Paxhia'); Richard
 # Vatcher (alias 'Vatcher'); Framingham. Not annotated: 'federal district court in Massachusetts' (no court named --
 # near-miss: no Organization, only the state); 'a software company' (generic); 'two civil injunctive actions', 'The
 # Commission's first complaint', 'second complaint' (papers); 'a phony $3 million sales transaction', 'several false
 # sales' (no counterparty named); 'a controlling person' (a legal status, no post); amounts
 entities=[E("Organization", "Commission"),
           E("Location", "Massachusetts"),
           E("Company", INSO, "Inso", "eBT International, Inc."),
           E("Location", "Boston"),
           E("Location", "Providence"),
           E("Location", "Rhode Island"),
           E("Person", "Bruce Hill"),
           E("Location", "Belmont"),
           E("Person", "Graham Marshall"),
           E("Location", "Lexington"),
           E("Person", "Steven Paxhia", "Paxhia"),
           E("Person", "Richard Vatcher", "Vatcher"),
           E("Location", "Framingham")],
 # "Inso's former general counsel, Bruce Hill" -> executive at Inso Corp., false (GUIDELINES: general counsel ->
 # executive). 'a former vice president, Graham Marshall' -> vice-president at Inso Corp., false (the firm not
 # written beside his post, but the sentence speaks of Inso's officers and the next calls Vatcher 'another former Inso
 # vice president': **doubtful**, a reader may leave Marshall's post without a firm). "Inso's former chief executive
 # officer, Steven Paxhia" -> ceo, false. 'another former Inso vice president, Richard Vatcher' -> vice-president,
 # false. **Near-misses**: 'a controlling person of Inso' (a legal status, not a further post); 'former officers and
 # employees' (generic); no post at eBT International, Inc. apart from Inso's (the same entity: the roles carry
 # Inso Corp.'s name)
 roles=[R("Bruce Hill", "executive", INSO, False),
        R("Graham Marshall", "vice-president", INSO, False),
        R("Steven Paxhia", "ceo", INSO, False),
        R("Richard Vatcher", "vice-president", INSO, False)],
 # No relation. **Near-misses**: Inso Corp. 'now known as eBT International, Inc.' (a change of name: no acquired, no
 # parentOrganization); the company and its towns (places, no relation type); the 'phony $3 million sales transaction'
 # (the customer unnamed in the kept text: no partner)
 relations=[],
 outages=[],
 # 'today' ('The Commission today filed') -> 2002-06-21 (`published`); 'during 1998' -> '1998' 1998. Not dates: the
 # left-out release lines and captions ('June 21, 2002', 'Filed June 21, 2002'); amounts
 dates=[D("today", "2002-06-21"), D("1998", "1998")])

# ---- Accelr8 Technology Corp. / Geimer / Fleury, LR 16354, published 1999-11-16 (a Tuesday) ---------------------------
A["us-sec-accelr8-technology-ceo-cfo-chairman-geimer-president-fleury-navig8-year-2000-fraud-1999"] = dict(
 # The Commission ('The Commission today charged', "The Commission's complaint", 'with the Commission', "Accler8's
 # Commission filings": name 'Commission', no 'SEC' in the kept text). Denver ('a Denver software development company':
 # Location). Accelr8 Technology Corp. ('("Accelr8")', "Accelr8's", 'Accelr8 filed': alias 'Accelr8'; the release's
 # own spelling 'Accler8' five times, "Accler8's", for the same firm -> alias 'Accler8', **doubtful**: a misspelling,
 # but a surface form that refers to the company, which a reader must link). Thomas V. Geimer ('Accler8, Geimer and
 # Fleury': alias 'Geimer'); Harry J. Fleury (alias 'Fleury'); Navig8 2000 ("the company's Year 2000 software tools,
 # called Navig8 2000", "Accler8's Navig8 2000 software": a named software product -> Service); Digital Equipment
 # Corporation ('("DEC")', "DEC's": alias 'DEC'); VAX/VMS ('the VAX/VMS computer system manufactured by Digital
 # Equipment Corporation', "DEC's VAX/VMS computer programs": a named computer system users run programs on ->
 # Service, **doubtful**: a reader may take it as a platform name only, no entity); International Business Machine
 # Corp. (Company, written with the singular 'Machine', as stored); UNIX ("International Business Machine Corp.'s UNIX
 # operating system") and NT ("Microsoft Corporation's NT operating system") -> Services under the names written,
 # 'operating system' a descriptor; Microsoft Corporation (Company). Not annotated: 'three members of its senior
 # management' (the third unnamed); 'Year 2000 problems' and 'remediation for Year 2000' (the millennium date problem,
 # no entity); 'computer software programs', 'Commission filings', 'press releases', "the company's website" (unnamed),
 # 'marketing materials', 'annual and quarterly reports' (papers); 'investors' (generic)
 entities=[E("Organization", "Commission"),
           E("Location", "Denver"),
           E("Company", ACC, "Accelr8", "Accler8"),
           E("Person", "Thomas V. Geimer", "Geimer"),
           E("Person", "Harry J. Fleury", "Fleury"),
           E("Service", "Navig8 2000"),
           E("Company", DEC, "DEC"),
           E("Service", "VAX/VMS"),
           E("Company", IBM),
           E("Service", "UNIX"),
           E("Company", MS),
           E("Service", "NT")],
 # 'Thomas V. Geimer, Accler8's chief executive officer, chief financial officer, and chairman' -> ceo, cfo and chairman
 # at Accelr8 Technology Corp., each current (no 'former' in a release of 1999; 56l's and 57d's posts without 'former').
 # "Harry J. Fleury, Accelr8's president" -> president, current. **Near-misses**: 'two senior officers' and 'three
 # members of its senior management' (generic: no further post -- no 'executive' role beside the named posts); the
 # unnamed third manager (no Person)
 roles=[R("Thomas V. Geimer", "ceo", ACC, True),
        R("Thomas V. Geimer", "cfo", ACC, True),
        R("Thomas V. Geimer", "chairman", ACC, True),
        R("Harry J. Fleury", "president", ACC, True)],
 # "Accler8's Navig8 2000 software" -> provider(Navig8 2000, Accelr8 Technology Corp.); 'the VAX/VMS computer system
 # manufactured by Digital Equipment Corporation' and "DEC's VAX/VMS" -> provider(VAX/VMS, Digital Equipment
 # Corporation); "International Business Machine Corp.'s UNIX operating system" -> provider(UNIX, International
 # Business Machine Corp.) -- **doubtful**: the text says so in so many words, though a reader who knows UNIX's history
 # would not call it IBM's; taken as written; "Microsoft Corporation's NT operating system" -> provider(NT, Microsoft
 # Corporation). **Near-misses**: Navig8 2000 analysing programs 'developed for' VAX/VMS, UNIX or NT (a product's
 # compatibility, no partner tie between Accelr8 and DEC, IBM or Microsoft -- the release says the claim was false);
 # no acquisition or parent (none written)
 relations=[L("Navig8 2000", "provider", ACC),
            L("VAX/VMS", "provider", DEC),
            L("UNIX", "provider", IBM),
            L("NT", "provider", MS)],
 outages=[],
 # 'today' -> 1999-11-16 (`published`); 'from 1997 through 1999' -> '1997' 1997 and '1999' 1999; 'from April 1998
 # through April 1999' -> 'April 1998' 1998-04 and 'April 1999' 1999-04. Not dates: 'Year 2000' (twice: the name of
 # the millennium date problem, 'Year 2000 problems', 'Year 2000 software tools', 'remediation for Year 2000' --
 # **doubtful**: a reader may give 2000; the phrase names a software defect, not a time the text places anything in);
 # '2000' inside 'Navig8 2000' (a product name)
 dates=[D("today", "1999-11-16"), D("1997", "1997"), D("1999", "1999"), D("April 1998", "1998-04"),
        D("April 1999", "1999-04")])

# ---- IGI, Inc. / Gallo, Zitto, MacPhee, Dickson, Collins, LR 17410, published 2002-03-13 (a Wednesday) -----------------
A["us-sec-igi-inc-former-president-coo-gallo-cfo-macphee-vp-zitto-poultry-vaccines-fraud-2002"] = dict(
 # The Securities and Exchange Commission ('the Commission filed': alias 'Commission'); the United States District
 # Court for the District of New Jersey (a named court: Organization, the form written); John P. Gallo ('("Gallo")',
 # 'against Gallo': alias 'Gallo'); IGI, Inc. ('("IGI")', "IGI's", 'against IGI': alias 'IGI'; 'the company' generic);
 # Buena and New Jersey ('located in Buena, New Jersey': two Locations; 'New Jersey' stands on its own there, beside
 # the court's name); Lawrence N. Zitto (alias 'Zitto'); Donald J. MacPhee (alias 'MacPhee'); William A. Dickson
 # (alias 'Dickson'); Stephen P. Collins (alias 'Collins'). Not annotated: 'The Complaint', 'a settled antifraud
 # injunctive action', 'administrative cease-and-desist proceedings' (papers and proceedings); 'poultry vaccines',
 # 'animal health products, pet products, and cosmetics and skin care products' (generic goods, no named product --
 # near-miss: no Service); 'the federal securities laws' (law)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of New Jersey"),
           E("Person", "John P. Gallo", "Gallo"),
           E("Company", IGI, "IGI"),
           E("Location", "Buena"),
           E("Location", "New Jersey"),
           E("Person", "Lawrence N. Zitto", "Zitto"),
           E("Person", "Donald J. MacPhee", "MacPhee"),
           E("Person", "William A. Dickson", "Dickson"),
           E("Person", "Stephen P. Collins", "Collins")],
 # 'John P. Gallo ("Gallo"), the former President and Chief Operating Officer of IGI, Inc.' -> president and coo at
 # IGI, Inc., both false. "Lawrence N. Zitto ..., IGI's former Vice President of Operations" -> vice-president, false.
 # "Donald J. MacPhee ..., IGI's former Chief Financial Officer" -> cfo, false. "William A. Dickson ..., IGI's former
 # Production Manager for Poultry Vaccines" and "Stephen P. Collins ..., IGI's former Manager of International Sales"
 # -> executive, false (GUIDELINES: 'manager' -> executive; **doubtful**: a production or sales manager is not a senior
 # post, but the heading calls them 'former senior officers and managers' and the vocabulary has no lower title).
 # **Near-misses**: 'former senior officers and managers' in the heading (title only); no staff of the Commission named
 roles=[R("John P. Gallo", "president", IGI, False),
        R("John P. Gallo", "coo", IGI, False),
        R("Lawrence N. Zitto", "vice-president", IGI, False),
        R("Donald J. MacPhee", "cfo", IGI, False),
        R("William A. Dickson", "executive", IGI, False),
        R("Stephen P. Collins", "executive", IGI, False)],
 # No relation. **Near-misses**: IGI and the court or the Commission (proceedings: no relation type); IGI's 'principal
 # offices located in Buena, New Jersey' (a seat, no relation type); the unnamed buyers of its poultry vaccines and the
 # unnamed 'auditors' (no entity); no parent or subsidiary written
 relations=[],
 outages=[],
 # 'today' ('today filed suit') -> 2002-03-13 (`published`). No other date in the kept text: the fiscal years 1995-1997
 # and the captions' 'March 13, 2002' are in the cut or left-out lines
 dates=[D("today", "2002-03-13")])

# ---- Left Behind Games Inc. / Troy Lyndon / Ronald Zaucha, PR 2013-198, published 2013-09-25 (a Wednesday) -------------
A["us-sec-left-behind-games-founder-ceo-cfo-troy-lyndon-zaucha-revenue-inflation-2013"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', "The SEC's complaint", 'suspended by the SEC': alias
 # 'SEC'); Troy Lyndon ('Lyndon lives in Honolulu', "Lyndon and Zaucha's scheme": alias 'Lyndon'); Left Behind Games
 # Inc. ('Left Behind Games stock', 'Left Behind Games was founded': alias 'Left Behind Games'; 'a religious-themed video
 # game manufacturer', 'the California-based company', 'the company' generic); Ronald Zaucha (alias 'Zaucha');
 # California ('the California-based company': the state named -> Location, **doubtful**: written as part of an
 # adjective); Hawaii ('federal court in Hawaii': the court unnamed, the state a Location); Honolulu; Maui (an island:
 # Location); Michele Wein Layne; the Los Angeles Office ("Director of the SEC's Los Angeles Office": Organization
 # under the name written, as the corpus's Sequenom file; 'Los Angeles' inside it no Location). Not annotated:
 # 'Christian modern media', 'Christian video games', 'a Christian social network provider' (the company's own
 # self-description; no named product or network -- near-miss: no Service); 'almost two billion shares' (a security);
 # 'consulting services' (generic); 'federal court in Hawaii' (no court named: no Organization); amounts and percentages
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Troy Lyndon", "Lyndon"),
           E("Company", LBG, "Left Behind Games"),
           E("Person", "Ronald Zaucha", "Zaucha"),
           E("Location", "California"),
           E("Location", "Hawaii"),
           E("Location", "Honolulu"),
           E("Location", "Maui"),
           E("Person", "Michele Wein Layne"),
           E("Organization", LAO)],
 # 'the founder of a religious-themed video game manufacturer' (the first paragraph) read with 'Troy Lyndon, who serves
 # as the CEO and CFO, caused Left Behind Games Inc. to issue ...' and 'Left Behind Games was founded in 2001' -> founder
 # at Left Behind Games Inc., current (a founder stays one; the corpus's 'founder' current true, 46m); ceo and cfo at
 # Left Behind Games Inc., current ('who serves as': present tense) -- **doubtful**: the firm is not written beside
 # 'the CEO and CFO', but the sentence is about his causing that company to issue its stock, and the heading's 'CEO of
 # Video Game Company' says the same. "Michele Wein Layne, Director of the SEC's Los Angeles Office" -> director at
 # Los Angeles Office, current (the corpus's regional-office directors). **Near-misses**: Ronald Zaucha as 'purported
 # compensation for consulting services' and 'Purported Consultant' in the heading (a sham arrangement, no post at the
 # company: no role); 'his friend' (no post)
 roles=[R("Troy Lyndon", "founder", LBG, True),
        R("Troy Lyndon", "ceo", LBG, True),
        R("Troy Lyndon", "cfo", LBG, True),
        R("Michele Wein Layne", "director", LAO, True)],
 # "the SEC's Los Angeles Office" -> parentOrganization(Los Angeles Office, Securities and Exchange Commission) (the
 # corpus's regional offices). **Near-misses**: Zaucha's 'consulting services to the California-based company' (a
 # person, and a sham: no partner between organisations); Left Behind Games and the SEC (a suspension and a complaint:
 # no relation); the company's 'Christian social network' (unnamed: no Service, no provider)
 relations=[L(LAO, "parentOrganization", SEC)],
 # No outage. **Near-miss**: 'The company's stock was suspended by the SEC today' (a regulator's trading suspension of
 # one stock, an order: GUIDELINES part 2, no outage), as 57d's Parallax
 outages=[],
 # 'today' (twice, 'today announced' and 'suspended by the SEC today': one item) -> 2013-09-25 (`published`);
 # 'yesterday' ('filed late yesterday') -> 2013-09-24; 'in 2001' -> '2001' 2001; 'at the end of 2011' -> 'the end of
 # 2011' 2011 (GUIDELINES: 'the end of last year' -> the year; the corpus's 'the end of 2010'). Not dates: 'in a
 # one-year period' (a span), 'a time when it was in dire need' (no calendar value); the dateline (left out)
 dates=[D("today", "2013-09-25"), D("yesterday", "2013-09-24"), D("2001", "2001"), D("the end of 2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
