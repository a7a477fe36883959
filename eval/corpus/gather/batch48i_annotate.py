#!/usr/bin/env python3
"""Batch 48i gold annotations (the texts of batch48i.py: three SEC News Digest items of 2008 -- the SEC's protocols
with regulators in Belgium, Bulgaria, Norway and Portugal for sharing information on International Financial
Reporting Standards, under the Work Plan agreed between the SEC and the Committee of European Securities Regulators,
with 'SEC Chairman Christopher Cox' quoted on earlier arrangements with the College of Euronext Regulators, the German
Federal Financial Supervisory Authority, the UK Financial Services Authority and the UK Financial Reporting Council
(Issue 2008-101, 23 May 2008); the SEC's Fair Fund distribution to investors harmed by market timing in funds managed
by 'Franklin Advisers, Inc. (Franklin) of the Franklin-Templeton Investments complex', with Marc J. Fagel, 'Director of
the SEC's San Francisco Regional Office', and Dick D'Anna, 'Director of the SEC's Office of Collections and
Distributions' (Issue 2008-186, 24 September 2008); the SEC Division of Enforcement's settlement in principle with
'Citigroup Global Markets, Inc. (Citi)' over auction rate securities, with Linda Chatman Thomsen, 'Director of the
SEC's Division of Enforcement' (Issue 2008-153, 7 August 2008)), written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each digest's own date line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g; looked up in 48g's Jamaica and Mayhew files,
48a's Volvo file, the corpus's Marvell file (Fagel and the San Francisco Regional Office), its Thomsen files, the FTC
batch's 'competition cooperation agreement' (GATHERING.md: FTC-DOJ-JFTC -> partner), Wikinews' PayPal licence file
('the U.K. Financial Services Authority' -> 'Financial Services Authority' + Location 'U.K.'), Wikipedia's Wirecard
file (the Federal Financial Supervisory Authority), the corpus's FTC, FERC and ACCC chairmen, and the Ford earnings file
('the end of 2009'), by their gold only where other matters): the SEC -> Organization, its full name with the aliases
the text uses ('SEC', 'Commission'); SEC divisions and offices named on their own ('the SEC's San Francisco Regional
Office', "the SEC's Office of Collections and Distributions", "the Securities and Exchange Commission's Division of
Enforcement") -> Organizations with parentOrganization to the SEC; a division's or office's 'Director' -> director (the
corpus's Thomsen and Fagel files); 'SEC Chairman' -> chairman at the SEC (the FTC's, FERC's and ACCC's chairmen); a
country's name or abbreviation before a regulator's name ('the UK Financial Reporting Council', 'the United Kingdom
Financial Services Authority') -> the regulator by its own name plus the country as a Location (PayPal's 'U.K.' way);
an adjective of nationality ('German', 'European', 'American') -> no Location (48d's 'Iraqi'); adjectival 'U.S.' ->
Location 'U.S.' (48a's note: the corpus's habit); a signed information-sharing protocol, an agreed work plan or a
concluded cooperation arrangement between two named regulators -> partner, the SEC first as the text writes it (the
FTC-JFTC cooperation agreement); a settlement with a regulator -> no partner (48a's Panalpina); 'X of the Y complex'
(a fund adviser inside a named fund group) -> parentOrganization(X, Y); 'Congress' -> Organization (the corpus's 22
files); laws ('The Sarbanes-Oxley Act of 2002') and funds or programmes ('Fair Fund', 'Work Plan') -> not entities;
'from 1996 to 2001' -> both years (48a's 'from 1999 through 2003'); 'the end of 2009' -> '2009' (GUIDELINES).
usage: batch48i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CESR = "Committee of European Securities Regulators"
FRC = "Financial Reporting Council"
FSA = "Financial Services Authority"
CER = "College of Euronext Regulators"
FFSA = "Federal Financial Supervisory Authority"
FA = "Franklin Advisers, Inc."
FTI = "Franklin-Templeton Investments"
SFRO = "San Francisco Regional Office"
OCD = "Office of Collections and Distributions"
DOE = "Division of Enforcement"
CGM = "Citigroup Global Markets, Inc."
A = {}

# ---- IFRS information-sharing protocols, SEC News Digest 2008-101, published 2008-05-23 (a Friday) ---------------------
A["us-sec-ifrs-information-sharing-protocols-belgium-bulgaria-norway-portugal-cesr-2008"] = dict(
 # The Securities and Exchange Commission ('the SEC' thrice, 'SEC Chairman', 'the Commission' thrice: aliases 'SEC'
 # and 'Commission'); Belgium, Bulgaria, Norway and Portugal (Locations: the regulators' countries, named on their
 # own); the Committee of European Securities Regulators ('(CESR)', 'CESR', 'other CESR member jurisdictions': alias);
 # the Financial Reporting Council ('the UK Financial Reporting Council' twice: the body's own name, PayPal's way --
 # **doubtful**: a reader may keep 'UK Financial Reporting Council' as the name); the Financial Services Authority
 # ('the UK Financial Services Authority', 'the United Kingdom Financial Services Authority': one body, the same
 # way); the United Kingdom ('United Kingdom' and 'UK' before the two regulators' names -> Location, alias 'UK' --
 # **doubtful**: a reader may see only part of a name, PayPal's file made 'U.K.' a Location); Christopher Cox (no
 # short form in the text: no alias); the College of Euronext Regulators; the Federal Financial Supervisory
 # Authority ('the German Federal Financial Supervisory Authority': 'German' an adjective, no Germany Location,
 # Wirecard's name); 'U.S.' in 'U.S. securities regulation' (adjectival 'U.S.' -> Location 'U.S.', the corpus's
 # habit -- **doubtful**: GATHERING.md also records a round that made no Location of an adjectival 'U. S.'). Not
 # annotated: 'International Financial Reporting Standards (IFRS)' (accounting rules: not an entity, as laws),
 # 'the Work Plan' (an agreed plan, no name), 'financial regulators in four European countries' and 'regulators in
 # Belgium, Bulgaria, Norway and Portugal' (unnamed bodies), 'its foreign counterparts', 'American investors and
 # companies' (cut), 'European' (an adjective)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Location", "Belgium"),
           E("Location", "Bulgaria"),
           E("Location", "Norway"),
           E("Location", "Portugal"),
           E("Organization", CESR, "CESR"),
           E("Location", "United Kingdom", "UK"),
           E("Organization", FRC),
           E("Organization", FSA),
           E("Person", "Christopher Cox"),
           E("Organization", CER),
           E("Organization", FFSA),
           E("Location", "U.S.")],
 # 'SEC Chairman Christopher Cox' -> chairman at the SEC, current (the corpus's agency chairmen). Near-misses: the
 # unnamed heads of the four countries' regulators (none named)
 roles=[R("Christopher Cox", "chairman", SEC, True)],
 # partner, the SEC first as the text writes each pair: 'the Work Plan previously agreed to between the SEC and the
 # Committee of European Securities Regulators (CESR)' and 'a model protocol developed between the Commission and
 # CESR' -> partner(SEC, CESR) (an agreed work plan and a jointly written model: a stated cooperation agreement, the
 # FTC-JFTC way -- **doubtful**: a reader may hold that only signed protocols make partners); 'one signed recently
 # with the UK Financial Reporting Council and the UK Financial Services Authority' -> partner(SEC, FRC) and
 # partner(SEC, FSA) (a protocol signed by the SEC with both; Cox repeats the pair among 'the arrangements that the SEC
 # has concluded'); 'the arrangements that the SEC has concluded within the last year alone with the College of
 # Euronext Regulators, the German Federal Financial Supervisory Authority, ...' -> partner(SEC, College of Euronext
 # Regulators) and partner(SEC, FFSA) ('arrangements ... aimed at enhancing regulatory, enforcement and supervisory
 # cooperation', concluded: agreements between named regulators -- **doubtful** as the whole partner call:
 # information-sharing between regulators is not business partnership, and a reader may give no partner at all).
 # Near-misses: the protocols signed 'today' with 'financial regulators in four European countries' (the regulators
 # unnamed, only their countries: no partner with a Location); 'other CESR member jurisdictions' (CESR's members: no
 # parentOrganization, and only jurisdictions); the signing of 'additional protocols' 'in the future' (intended: no
 # relation)
 relations=[L(SEC, "partner", CESR),
            L(SEC, "partner", FRC),
            L(SEC, "partner", FSA),
            L(SEC, "partner", CER),
            L(SEC, "partner", FFSA)],
 outages=[],
 # 'today' (in 'today signed protocols') -> 2008-05-23 (the digest's date line, cut: `published`; Cox's "today's
 # global marketplace" means 'nowadays', the same text and, read literally, the same value: one item, 48g's Tafara
 # way). Skipped: 'within the last year alone' (a span back from the day, not a calendar year -- near-miss: a reader
 # may give 'last year' 2007), 'recently' and 'in the future' (unresolvable), 'May 23, 2008' (the date line, cut)
 dates=[D("today", "2008-05-23")])

# ---- Franklin-Templeton Fair Fund, SEC News Digest 2008-186, published 2008-09-24 (a Wednesday) ------------------------
A["us-sec-franklin-advisers-market-timing-fair-fund-distribution-franklin-templeton-2008"] = dict(
 # The Securities and Exchange Commission ('the SEC' throughout, "the SEC's": alias 'SEC'; the text never writes
 # 'Commission' alone); Franklin Advisers, Inc. ('(Franklin)', 'Franklin' thrice: alias); Franklin-Templeton
 # Investments (the fund group, Company); Marc J. Fagel; the San Francisco Regional Office ('San Francisco' only
 # inside the office's name: no Location, the Marvell file's way); Dick D'Anna; the Office of Collections and
 # Distributions; Congress ('the new authority provided by Congress' -> Organization 'Congress', the corpus's habit).
 # Not annotated: 'a Fair Fund distribution', 'the Fair Fund', 'Fair Fund distributions' (a fund and a programme: not
 # entities), 'The Sarbanes-Oxley Act of 2002' and 'Sarbanes-Oxley' (a law: not an entity), 'mutual funds' (unnamed),
 # 'more than one million recipients', 'investors' (unnamed), 'Franklin-Templeton Funds' (title only)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", FA, "Franklin"),
           E("Company", FTI),
           E("Person", "Marc J. Fagel"),
           E("Organization", SFRO),
           E("Person", "Dick D'Anna"),
           E("Organization", OCD),
           E("Organization", "Congress")],
 # 'Marc J. Fagel, Director of the SEC's San Francisco Regional Office' -> director at the San Francisco Regional
 # Office, current (the Marvell file's Fagel); "Dick D'Anna, Director of the SEC's Office of Collections and
 # Distributions" -> director at the Office of Collections and Distributions, current (the corpus's office-director
 # convention; a reader may set head for either). Near-miss: none of Franklin's officers is named
 roles=[R("Marc J. Fagel", "director", SFRO, True),
        R("Dick D'Anna", "director", OCD, True)],
 # "the SEC's San Francisco Regional Office" -> parentOrganization(San Francisco Regional Office, SEC); "the SEC's
 # Office of Collections and Distributions" -> parentOrganization(Office of Collections and Distributions, SEC);
 # 'Franklin Advisers, Inc. (Franklin) of the Franklin-Templeton Investments complex' -> parentOrganization(Franklin
 # Advisers, Inc., Franklin-Templeton Investments) ('X of the Y complex': the adviser is one member of the named fund
 # group -- **doubtful**: a 'complex' is a family of funds and advisers, not a stated owner, and a reader may give
 # nothing). Near-misses: 'mutual funds managed by Franklin Advisers' (the funds unnamed: no provider); the 2004
 # proceedings, the order and the distribution (a regulator's action: no partner); 'the new authority provided by
 # Congress' to the SEC (a law's grant, no relation)
 relations=[L(SFRO, "parentOrganization", SEC),
            L(OCD, "parentOrganization", SEC),
            L(FA, "parentOrganization", FTI)],
 outages=[],
 # 'today' (in 'today announced') -> 2008-09-24 (the digest's date line, cut: `published`); 'next month' -> 2008-10;
 # '2002' ('Since 2002'; also inside the law's name 'The Sarbanes-Oxley Act of 2002': the same text and value, one
 # item -- **doubtful**: a reader may skip a law's year, as 48d's 'Act of 1934', and list only 'Since 2002' as
 # '2002'); 'In 2004' -> '2004'; 'from 1996 to 2001' -> '1996' and '2001' (48a's 'from 1999 through 2003'). Skipped:
 # 'September 24, 2008' (the date line, cut)
 dates=[D("today", "2008-09-24"), D("next month", "2008-10"), D("2002", "2002"), D("2004", "2004"),
        D("1996", "1996"), D("2001", "2001")])

# ---- Citigroup auction rate securities, SEC News Digest 2008-153, published 2008-08-07 (a Thursday) --------------------
A["us-sec-citigroup-global-markets-auction-rate-securities-settlement-in-principle-2008"] = dict(
 # The Securities and Exchange Commission ("The Securities and Exchange Commission's Division of Enforcement", "the
 # SEC's Division of Enforcement": alias 'SEC'); the Division of Enforcement; Citigroup Global Markets, Inc. ('(Citi)',
 # 'Citi' seven times, "Citi's": alias 'Citi'; 'the firm' twice generic, no alias); Linda Chatman Thomsen. Not
 # annotated: 'auction rate securities (ARS)', 'ARS', 'The ARS market' (a class of securities: no Service -- a
 # near-miss: a reader may list ARS as a product), 'individual investors, small businesses, and charities',
 # 'retirement plans and other institutional investors', 'Citi customers' (unnamed), 'Citigroup' (title only:
 # GUIDELINES annotate the text, not the title)
 entities=[E("Organization", SEC, "SEC"),
           E("Organization", DOE),
           E("Company", CGM, "Citi"),
           E("Person", "Linda Chatman Thomsen")],
 # 'Linda Chatman Thomsen, Director of the SEC's Division of Enforcement' -> director at the Division of Enforcement,
 # current (the corpus's Thomsen files). Near-miss: no Citi officer is named
 roles=[R("Linda Chatman Thomsen", "director", DOE, True)],
 # "The Securities and Exchange Commission's Division of Enforcement", "the SEC's Division of Enforcement" ->
 # parentOrganization(Division of Enforcement, SEC). Near-misses: 'a preliminary settlement in principle with
 # Citigroup Global Markets, Inc.' (a settlement with a regulator: no partner, 48a's Panalpina); Citi's sales of ARS
 # 'to retirement plans and other institutional investors' and its 'customers' (unnamed: no partner); Citi's parent
 # Citigroup (title only: no parentOrganization)
 relations=[L(DOE, "parentOrganization", SEC)],
 outages=[],
 # 'today' (in 'today announced') -> 2008-08-07 (the digest's date line, cut: `published`; Thomsen's "Today's
 # agreement" is the same day: the same text ignoring case and the same value, one item); 'the end of 2009' -> '2009'
 # (GUIDELINES: 'the end of last year' -> the year; the Ford file's 'the end of 2009'); 'mid-February 2008' ->
 # 2008-02 (a part of a month -> the month); 'February 2008' -> 2008-02 (another text with the same value: its own
 # item). Skipped: 'for an indefinite period of time', 'In a short period of time' (cut), 'August 7, 2008' (the date
 # line, cut). No outage: 'widespread auction failures' (failed securities auctions, a market event, not a system or
 # service failure -- near-miss)
 dates=[D("today", "2008-08-07"), D("the end of 2009", "2009"), D("mid-February 2008", "2008-02"),
        D("February 2008", "2008-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
