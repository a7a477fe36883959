#!/usr/bin/env python3
"""Batch 51w gold annotations (the texts of batch51w.py: the SEC's Litigation Release No. 19022 of 4 January 2005 on
its civil fraud action against TV Azteca S.A. de C.V., its parent company Azteca Holdings and three current and former
TV Azteca officers and directors over related party transactions between TV Azteca's subsidiary Unefon and Codisco;
the SEC's press release 2007-137 of 19 July 2007 on its settled actions against four former executives of SmartForce
PLC, one of them the controller of its US subsidiary), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51d, 51i, 51m, 51p; looked up in the gold of the corpus's
SEC files on other matters -- AutoChina and Brooks Automation (the same Boston director), Lantronix ('Calif.'),
Sunbeam (44d) -- and GATHERING.md): the SEC -> Organization, its full name with the aliases the text uses ('SEC',
'Commission'); a named federal court -> Organization (the corpus's 'United States District Court for the District of
Columbia'); a stock exchange -> Company ('NYSE', as the corpus's NYSE files); 'the Commission's Boston Regional
Office' -> its own Organization under the SEC (parentOrganization) with its director's role (AutoChina's and Brooks
Automation's gold); 'of X, Y' -> two Locations ('Redwood, Calif.': 'Calif.' as written, as the corpus's NASA files);
each post its own role, current false where the text says 'former'; 'Chief Financial Officer' -> cfo, 'vice
presidents of finance' -> vice-president, 'controller' -> executive (41j, 42e, 45a); 'Director of the ... Office' ->
director; a company's short name ('TV Azteca', 'Azteca Holdings', 'SmartForce') and a surname standing alone
('Salinas', 'Padilla') -> aliases, possessive-free; 'its parent company, Azteca Holdings' and 'Unefon, a subsidiary of
TV Azteca' and "SmartForce's subsidiary in the United States ('SmartForce US')" -> parentOrganization; 'has since
merged into SkillSoft PLC' -> acquired(SkillSoft PLC, SmartForce PLC) only (batch 40v's 'merged into Northwest', as
the earlier 'merged into NXP Semiconductors'); an entity co-owned by a person -> no relation (relations join
organisations); generally accepted accounting principles (GAAP) -> no entity (a standard, as laws); 'mid-2002' -> the
year (GUIDELINES: 'late 2006' -> the year); a date repeated with the same text and value -> one item.
usage: batch51w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
TVA = "TV Azteca S.A. de C.V."
AZH = "Azteca Holdings, S.A., de C.V."
SMF = "SmartForce PLC"
SUS = "SmartForce US"
BRO = "Boston Regional Office"
A = {}

# ---- TV Azteca / Azteca Holdings / Unefon, LR 19022, published 2005-01-04 (a Tuesday) --------------------------------
A["us-sec-tv-azteca-parent-azteca-holdings-salinas-pliego-unefon-codisco-related-party-fraud-2005"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', 'the Commission alleged': aliases 'SEC', 'Commission');
 # the United States District Court for the District of Columbia (a named court: Organization); TV Azteca S.A. de C.V.
 # ('(TV Azteca or the company)': alias 'TV Azteca'; 'the company' generic, no alias); the NYSE ('whose American
 # depository receipts trade on the NYSE': a stock exchange, Company); Azteca Holdings, S.A., de C.V. (the text's
 # form, with its comma after 'S.A.' -- the cut caption has none; alias 'Azteca Holdings'); Ricardo Salinas Pliego
 # ("Salinas's role", 'Salinas and Padilla', 'co-owned by Salinas': alias 'Salinas'); Pedro Padilla Longoria (alias
 # 'Padilla'); Luis Echarte Fernandez; Unefon ('a subsidiary of TV Azteca': a named company); Codisco ('a private
 # entity secretly co-owned by Salinas, called Codisco': a named business -> Company -- **doubtful**: 'a private
 # entity' of unstated kind; a reader may type it Organization). Not annotated: 'Mexican' (an adjective: no
 # Location), 'a third party' (unnamed: the creditor, Nortel in other papers -- near-miss), 'the defendants', 'the
 # market place', 'Complaint' (a filing)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Organization", "United States District Court for the District of Columbia"),
           E("Company", TVA, "TV Azteca"),
           E("Company", "NYSE"),
           E("Company", AZH, "Azteca Holdings"),
           E("Person", "Ricardo Salinas Pliego", "Salinas"),
           E("Person", "Pedro Padilla Longoria", "Padilla"),
           E("Person", "Luis Echarte Fernandez"),
           E("Company", "Unefon"),
           E("Company", "Codisco")],
 # None. 'three current and former TV Azteca officers and directors, Ricardo Salinas Pliego, Pedro Padilla Longoria,
 # and Luis Echarte Fernandez' names no post of any one man and does not say which are current -- **doubtful**: a
 # reader may give each director (or other) at TV Azteca with current unknown; the kept text does not support a title
 # per person (near-miss: the title's 'OFFICERS AND DIRECTORS' is the same words). 'secretly co-owned by Salinas' is
 # ownership, no post (near-miss)
 roles=[],
 # 'its parent company, Azteca Holdings' -> parentOrganization(TV Azteca S.A. de C.V., Azteca Holdings, S.A., de
 # C.V.); 'Unefon, a subsidiary of TV Azteca' -> parentOrganization(Unefon, TV Azteca S.A. de C.V.). Near-misses: the
 # ADRs trading on the NYSE (a listing, no partner); Codisco 'co-owned by Salinas' (a person: no relation); the
 # 'related party transactions between Unefon ... and ... Codisco' (debt bought from a third party, no partner or
 # supply relation between the two stated); Salinas's purchase of Unefon's debt (no company bought)
 relations=[L(TVA, "parentOrganization", AZH),
            L("Unefon", "parentOrganization", TVA)],
 outages=[],
 # 'today' -> 2005-01-04 (the release line's day, cut: `published`). No other time expression ('$109 million', '$325
 # million' are sums)
 dates=[D("today", "2005-01-04")])

# ---- SmartForce PLC / SmartForce US / SkillSoft, press release 2007-137, published 2007-07-19 (a Thursday) -----------
A["us-sec-smartforce-former-cfo-drummond-vps-finance-us-subsidiary-controller-chew-revenue-overstatement-2007"] = dict(
 # The Securities and Exchange Commission ('According to the Commission', "the Commission's Boston Regional Office":
 # alias 'Commission'); SmartForce PLC ('SmartForce' throughout, "SmartForce's": alias 'SmartForce'); Redwood and
 # Calif. ('based in Redwood, Calif.': two Locations, as written -- the town is Redwood City; **doubtful**: 'Redwood'
 # kept as the name, the text's only surface); SkillSoft PLC; David C. Drummond; Patrick E. Murphy; John P. Hayes;
 # Patrick T. Chew; the United States ("subsidiary in the United States": Location); SmartForce US (the subsidiary's
 # name as the text defines it in quotes: Company -- **doubtful**: a reader may read it as a defined short label, not
 # a name, and leave the unit out); David P. Bergers; Boston Regional Office (a named office of the SEC: Organization,
 # as the AutoChina and Brooks Automation gold). Not annotated: 'the company's former outside auditor' and 'its former
 # audit engagement partner' (unnamed in the kept text: Ernst & Young Chartered Accountants and its partner stand only
 # in the cut sub-heading and the cut remainder -- near-miss), 'generally accepted accounting principles (GAAP)' (a
 # standard), 'Boston' inside the office's name, 'the software company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SMF, "SmartForce"),
           E("Location", "Redwood"),
           E("Location", "Calif."),
           E("Company", "SkillSoft PLC"),
           E("Person", "David C. Drummond"),
           E("Person", "Patrick E. Murphy"),
           E("Person", "John P. Hayes"),
           E("Person", "Patrick T. Chew"),
           E("Location", "United States"),
           E("Company", SUS),
           E("Person", "David P. Bergers"),
           E("Organization", BRO)],
 # 'former SmartForce Chief Financial Officer David C. Drummond' -> cfo at SmartForce PLC, false. 'two former vice
 # presidents of finance, Patrick E. Murphy and John P. Hayes' -> vice-president at SmartForce PLC, false, each (the
 # company from 'four former executives at SmartForce PLC' and 'The four former SmartForce executives'). 'Patrick T.
 # Chew, former controller of SmartForce's subsidiary in the United States ("SmartForce US")' -> executive at SmartForce
 # US, false (controller -> executive, 41j/42e/45a; at the subsidiary, not the parent -- near-miss: a reader may set
 # it at SmartForce PLC, whose 'four former ... executives' include him). 'David P. Bergers, Director of the
 # Commission's Boston Regional Office' -> director at Boston Regional Office, current true (AutoChina's and Brooks
 # Automation's gold)
 roles=[R("David C. Drummond", "cfo", SMF, False),
        R("Patrick E. Murphy", "vice-president", SMF, False),
        R("John P. Hayes", "vice-president", SMF, False),
        R("Patrick T. Chew", "executive", SUS, False),
        R("David P. Bergers", "director", BRO, True)],
 # "SmartForce's subsidiary in the United States ('SmartForce US')" -> parentOrganization(SmartForce US, SmartForce
 # PLC); 'SmartForce ... has since merged into SkillSoft PLC' -> acquired(SkillSoft PLC, SmartForce PLC) only (40v's
 # 'merged into Northwest' -> acquired only; **doubtful**: 32e left Aerospatiale's 'merged into ... EADS' with no
 # relation as merged away, and a reader may add parentOrganization); "the Commission's Boston Regional Office" ->
 # parentOrganization(Boston Regional Office, Securities and Exchange Commission). Near-miss: the outside auditor
 # (unnamed in the kept text: no partner)
 relations=[L(SUS, "parentOrganization", SMF),
            L("SkillSoft PLC", "acquired", SMF),
            L(BRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2007-07-19 (the dateline's day, cut: `published`); 'mid-2002' -> 2002 (GUIDELINES: 'late 2006' -> the
 # year). Skipped: 'a 3\u00bd-year period' (a length, no calendar value)
 dates=[D("today", "2007-07-19"), D("mid-2002", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
