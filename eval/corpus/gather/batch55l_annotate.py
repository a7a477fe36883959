#!/usr/bin/env python3
"""Gold annotations for batch 55l (session 54, gatherer 55l): four sec.gov press releases of 2003-2004 on mutual-fund
advisers charged together with their officers -- Heartland Advisors, Inc. and its President and CEO, COO, General
Counsel, Senior Vice President of Trading and Treasurer (PR 2003-171); Banc One Investment Advisors Corporation and Mark
A. Beeson, former President and CEO of One Group Mutual Funds and Senior Managing Director of BOIA (PR 2004-90); RS
Investment Management L.P., its CEO G. Randall Hecht and former CFO Steven M. Cohen (PR 2004-142); Fremont Investment
Advisors, its former President and CEO Nancy Tengler and former Vice President of Institutional Sales Larry Adams (PR
2004-153, webharvest.gov's copy of the sec.gov page) -- written from the texts alone; newskg was not run on them. The
split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): the
Banc One id -> test, the Fremont id -> train, the Heartland id -> dev, the RS id -> train. Dates resolve against
`published` (2003-12-11, 2004-06-29, 2004-10-06, 2004-11-04: each release's dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 55b; looked up in GATHERING.md, GUIDELINES and the corpus
files) -- the SEC -> Organization, named as the text's fullest form (in the Heartland release the misspelt 'Securities
and Exhange Commission', the only written-out form there), with the short forms the text writes ('SEC', 'Commission')
as aliases; a firm's bracketed or repeated short form -> alias; 'President and CEO' -> president and ceo; 'COO' -> coo;
'General Counsel' -> executive, 'Senior Vice President' / 'Vice President' -> vice-president, 'Senior Managing
Director' -> director (GUIDELINES); 'Treasurer' -> other (GATHERING: 'Executive Secretary', 'Treasurer' -> other;
'secretary/treasurer' -> other); 'former' -> current false; 'portfolio managers' -> no role (46g's Kelsoe, 47's Putnam
managers: a function); directors whose board the text does not name -> no role; SEC officials: 'Director of the SEC's
Division of Enforcement' -> director at the Division (46m's Cutler), 'District Administrator of the Commission's San
Francisco District Office' -> head of the Office (GUIDELINES: an administrator leading the agency or office -> head;
doubtful, a reader may give director as for 'Regional Director'), 'Assistant District Administrator' -> other at the
Office (the corpus's 'Associate Director' / 'Associate Regional Director' -> other: Penn Traffic's Rosenfeld,
Take-Two's Conte); an SEC division or office written as the SEC's -> Organization, parentOrganization the SEC (41e,
Franklin's San Francisco Regional Office); a fund complex or fund family named as such ('the Heartland Group complex of
mutual funds', 'One Group Mutual Funds') -> Company, no relation to the adviser that manages it (41e, 54zq: a fund and
its adviser no relation); 'X-based' and 'based in X' -> Location; 'City, State' -> two Locations (40zm); laws no
entity.
usage: batch55l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
HLA = "Heartland Advisors, Inc."
BOIA = "Banc One Investment Advisors Corporation"
ONE = "One Group Mutual Funds"
RSI = "RS Investment Management L.P."
FRE = "Fremont Investment Advisors"
SFDO = "San Francisco District Office"
A = {}

# ---- Heartland Advisors, Inc., SEC PR 2003-171, published 2003-12-11 (a Thursday) --------------------------------------
A["us-sec-heartland-advisors-president-ceo-nasgovitz-coo-beste-general-counsel-bauer-bond-fund-mispricing-2003"] = dict(
 # The SEC, written out once and misspelt ('The Securities and Exhange Commission today announced') -- the name is the
 # text's fullest form as written (**doubtful**: a reader may normalise it to 'Securities and Exchange Commission',
 # which the text never writes), aliases 'SEC' ('the SEC charged') and 'Commission' ('The Commission's actions', 'the
 # Commission charged'). Heartland Advisors, Inc. (P1) with its other surface forms: 'Heartland Adivsors, Inc.' (the
 # list's first item, misspelt: an alias of the same firm), 'Heartland Advisors (Heartland)', 'Heartland' alone (four
 # times). Heartland Group ('two Heartland Group high yield bond funds', 'the Heartland Group complex of mutual funds')
 # -> Company (a named fund complex, as Franklin's 'Franklin-Templeton Investments complex'; **doubtful**: a reader may
 # see only a brand of the funds). FT Interactive Data Corp. ('an independent pricing service') -> Company. Milwaukee
 # ('a Milwaukee investment adviser') -> Location. Persons: William Nasgovitz ('Nasgovitz' twice more), Paul Beste
 # ('Beste'), Jilaine Bauer ('Bauer'), Kevin Clark ('Clark'), Kenneth Della ('Della'), Thomas Conlin ('Conlin'), Greg
 # Winston, Hugh Denison, John Hammes, 'Dr. Gary Shilling' (named without the courtesy title, as a person's name),
 # Allen Stefl, Linda Stephenson, Raymond Krueger. Not annotated: 'the Funds' (two unnamed high-yield municipal bond
 # funds: a defined short form, no name), 'a smaller related fund', 'one individual', 'a pricing service' (generic)
 entities=[E("Organization", "Securities and Exhange Commission", "SEC", "Commission"),
           E("Company", HLA, "Heartland Adivsors, Inc.", "Heartland Advisors", "Heartland"),
           E("Company", "Heartland Group"),
           E("Person", "William Nasgovitz", "Nasgovitz"),
           E("Person", "Paul Beste", "Beste"),
           E("Person", "Jilaine Bauer", "Bauer"),
           E("Person", "Kevin Clark", "Clark"),
           E("Person", "Kenneth Della", "Della"),
           E("Person", "Thomas Conlin", "Conlin"),
           E("Person", "Greg Winston"),
           E("Person", "Hugh Denison"),
           E("Person", "John Hammes"),
           E("Person", "Gary Shilling"),
           E("Person", "Allen Stefl"),
           E("Person", "Linda Stephenson"),
           E("Company", "FT Interactive Data Corp."),
           E("Person", "Raymond Krueger"),
           E("Location", "Milwaukee")],
 # The list gives each officer's post with 'its' -- Heartland Advisors, Inc., the list's first item and the firm the
 # opening sentence names ('Heartland Advisors, Inc., its CEO, ... four officers'): 'William Nasgovitz, its President
 # and CEO' -> president and ceo; 'Paul Beste, its COO' -> coo; 'Jilaine Bauer, its General Counsel' -> executive;
 # 'Kevin Clark, its Senior Vice President of Trading' -> vice-president; 'Kenneth Della, its Treasurer' -> other. All
 # current (no 'former' before them, while the list writes 'former portfolio managers' two lines later). Near-misses:
 # 'Thomas Conlin and Greg Winston, former portfolio managers' -> no role (a function, and the firm is not written:
 # 46g, 47); 'Hugh Denison, an associated Director' and 'John Hammes, ... all Independent Directors' -> no role --
 # **doubtful**: the items give no 'its', and the sentence the excerpt breaks off in ('The Commission further alleged
 # that the Funds' direc...') places them on the unnamed Funds' board, not Heartland Advisors' (a reader reading 'its
 # CEO, ... five directors' in the opening sentence may give director at Heartland Advisors, Inc.); 'Raymond Krueger, a
 # friend and client of Nasgovitz' -> no role (no post)
 roles=[R("William Nasgovitz", "president", HLA),
        R("William Nasgovitz", "ceo", HLA),
        R("Paul Beste", "coo", HLA),
        R("Jilaine Bauer", "executive", HLA),
        R("Kevin Clark", "vice-president", HLA),
        R("Kenneth Della", "other", HLA)],
 # None. Near-misses: 'Heartland Advisors ... manages the Heartland Group complex of mutual funds' -> no
 # parentOrganization or provider (an adviser managing a fund complex under contract; 41e and 54zq gave a fund and its
 # adviser no relation; a reader may write parentOrganization(Heartland Group, Heartland Advisors, Inc.)); FT
 # Interactive Data Corp. 'an independent pricing service' -> no partner (the text does not say whose service it
 # priced for in the kept paragraphs)
 relations=[],
 outages=[],
 # 'today' (twice, = published 2003-12-11); 'between Sept. 28 and Oct. 13, 2000' -> 'Sept. 28' (the year from the pair:
 # 2000-09-28) and 'Oct. 13, 2000'. Not dates: 'months of deliberate mispricing' (no calendar value), the dollar sums
 dates=[D("today", "2003-12-11"), D("Sept. 28", "2000-09-28"), D("Oct. 13, 2000", "2000-10-13")])

# ---- Banc One Investment Advisors Corporation / Mark A. Beeson, SEC PR 2004-90, published 2004-06-29 (a Tuesday) ------
A["us-sec-banc-one-investment-advisors-one-group-former-president-ceo-beeson-market-timing-2004"] = dict(
 # The Securities and Exchange Commission (written out once; 'The Commission ordered', 'the Commission continues' ->
 # alias 'Commission'; 'the SEC's Division of Enforcement' -> alias 'SEC'). Banc One Investment Advisors Corporation
 # ('(BOIA)', 'BOIA' five times more; 'Banc One and Mark Beeson blatantly disregarded' in the quotation -> alias 'Banc
 # One', **doubtful**: the name is also Bank One's banking brand, and a reader may take it for the parent; the
 # quotation speaks of the adviser and Beeson, the two charged). 'based in Columbus, Ohio' -> Columbus and Ohio; 'of
 # Westerville, Ohio' -> Westerville (Ohio once as an entity). Mark A. Beeson ('Beeson' twice, 'Mark Beeson' in the
 # quotation). One Group Mutual Funds ('(One Group)', 'One Group funds' twice) -> Company (a fund family with its own
 # President and CEO; as Heartland Group). Stephen M. Cutler and the Division of Enforcement. 'Stern' (the quotation:
 # 'By allowing Stern to market time') -> Person under the only form written (**doubtful**: a surname alone, no first
 # name in the kept text). Not annotated: 'a mutual fund or investment adviser', 'mutual-fund advisers' (generic), 'the
 # mutual-fund industry'
 entities=[E("Organization", SEC, "Commission", "SEC"),
           E("Company", BOIA, "BOIA", "Banc One"),
           E("Location", "Columbus"), E("Location", "Ohio"),
           E("Person", "Mark A. Beeson", "Beeson", "Mark Beeson"),
           E("Location", "Westerville"),
           E("Company", ONE, "One Group"),
           E("Person", "Stephen M. Cutler"),
           E("Organization", "Division of Enforcement"),
           E("Person", "Stern")],
 # 'former President and CEO of One Group Mutual Funds (One Group) and Senior Managing Director of BOIA' -> president
 # and ceo at One Group Mutual Funds, director at BOIA ('Senior Managing Director' -> director, GUIDELINES' managing
 # director), all current false: one 'former' before the joined list of posts -- **doubtful** for the BOIA post (a
 # reader may read 'former' as governing only the One Group posts and keep him Senior Managing Director, current).
 # 'Stephen M. Cutler, Director of the SEC's Division of Enforcement' -> director at the Division (current). Near-misses:
 # 'a three-year prohibition on serving as an officer or director of a mutual fund or investment adviser' (a bar, no
 # post); Stern no role (no post written)
 roles=[R("Mark A. Beeson", "president", ONE, False),
        R("Mark A. Beeson", "ceo", ONE, False),
        R("Mark A. Beeson", "director", BOIA, False),
        R("Stephen M. Cutler", "director", "Division of Enforcement")],
 # 'the SEC's Division of Enforcement' -> parentOrganization. Near-misses: BOIA and One Group Mutual Funds -> no
 # relation (the kept text names Beeson's posts at both, not a tie between them; a reader may write provider or
 # parentOrganization from 'mutual-fund advisers'); Bank One (BOIA's parent in fact) is not named in the text
 relations=[L("Division of Enforcement", "parentOrganization", SEC)],
 outages=[],
 # 'announced today' and 'Today's sanctions' -> one item 'today' (the same text ignoring case and the same value:
 # GUIDELINES' one item per distinct expression). Not dates: 'two-year', 'three-year' (lengths of bars), 'age 46'
 dates=[D("today", "2004-06-29")])

# ---- RS Investment Management L.P. / Hecht / Cohen, SEC PR 2004-142, published 2004-10-06 (a Wednesday) ---------------
A["us-sec-rs-investment-management-ceo-hecht-former-cfo-cohen-market-timing-settlement-2004"] = dict(
 # The Securities and Exchange Commission (written out once; 'the Commission', 'the Commission's' -> alias
 # 'Commission'; 'SEC' stands in the title only). RS Investment Management L.P. ('RS' nine times, 'RS's money market
 # fund'). G. Randall Hecht ('Hecht'), Steven M. Cohen ('Cohen'). 'a San Francisco-based investment adviser' -> Location
 # San Francisco (the same words inside 'San Francisco District Office' are the office's name). Helane Morrison and the
 # Commission's San Francisco District Office. Not annotated: 'the RS mutual funds', 'ten mutual funds', 'RS's money
 # market fund' (unnamed funds), 'regulators' (generic), 'relatively small boutique firms' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", RSI, "RS"),
           E("Person", "G. Randall Hecht", "Hecht"),
           E("Person", "Steven M. Cohen", "Cohen"),
           E("Location", "San Francisco"),
           E("Person", "Helane Morrison"),
           E("Organization", SFDO)],
 # 'investment adviser RS Investment Management L.P., CEO G. Randall Hecht, and former CFO Steven M. Cohen' -> ceo at
 # RS (current: no 'former' before his post, while the same list writes it before Cohen's) and cfo at RS (current
 # false). 'Helane Morrison, District Administrator of the Commission's San Francisco District Office' -> head of the
 # Office (**doubtful**: GUIDELINES' administrator leading an agency -> head; the corpus gives 'Director of the SEC's San
 # Francisco Regional Office' director -- a reader may write director here)
 roles=[R("G. Randall Hecht", "ceo", RSI),
        R("Steven M. Cohen", "cfo", RSI, False),
        R("Helane Morrison", "head", SFDO)],
 # 'the Commission's San Francisco District Office' -> parentOrganization the SEC. Near-misses: RS and 'ten mutual
 # funds' (unnamed: no entity, no relation); no parent of RS is named
 relations=[L(SFDO, "parentOrganization", SEC)],
 outages=[],
 # 'today' and 'Today's action' -> one item. Not dates: 'in recent months' (unresolvable), 'a 12 month period' (a
 # length)
 dates=[D("today", "2004-10-06")])

# ---- Fremont Investment Advisors / Tengler / Adams, SEC PR 2004-153, published 2004-11-04 (a Thursday) -----------------
A["us-sec-fremont-investment-advisors-former-president-ceo-tengler-former-vp-adams-market-timing-late-trading-2004"] = dict(
 # The Securities and Exchange Commission (written out once; 'the Commission', 'the Commission's' -> alias
 # 'Commission'; 'SEC' in the title only). 'San Francisco-based mutual fund adviser' -> Location San Francisco. Fremont
 # Investment Advisors (no 'Inc.' in the text; 'Fremont' six times, 'Fremont's'). Nancy Tengler ('Tengler'), Larry
 # Adams, Helane Morrison, the Commission's San Francisco District Office, Marc Fagel. Not annotated: '13 mutual funds',
 # 'Fremont's mutual fund prospectus' (unnamed), 'select customers', 'smaller, regional firms' (generic), 'a "timing
 # cop"' (an unnamed employee's function)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "San Francisco"),
           E("Company", FRE, "Fremont"),
           E("Person", "Nancy Tengler", "Tengler"),
           E("Person", "Larry Adams"),
           E("Person", "Helane Morrison"),
           E("Organization", SFDO),
           E("Person", "Marc Fagel")],
 # 'for their role in Fremont's improper market timing arrangements were former President and CEO Nancy Tengler and
 # former Vice President of Institutional Sales Larry Adams' -> president and ceo (Tengler) and vice-president (Adams)
 # at Fremont Investment Advisors, all current false ('former'; the firm clearly implied by 'their role in Fremont's
 # ... arrangements'). 'Helane Morrison, District Administrator of the Commission's San Francisco District Office' ->
 # head (as in the RS text; doubtful, see there). 'Added Marc Fagel, Assistant District Administrator' -> other at the
 # San Francisco District Office (an assistant administrator, as the corpus's associate directors -> other;
 # **doubtful**: the office is implied by the sentence that follows Morrison's, not written with his post -- a reader
 # may give no role)
 roles=[R("Nancy Tengler", "president", FRE, False),
        R("Nancy Tengler", "ceo", FRE, False),
        R("Larry Adams", "vice-president", FRE, False),
        R("Helane Morrison", "head", SFDO),
        R("Marc Fagel", "other", SFDO)],
 # 'the Commission's San Francisco District Office' -> parentOrganization the SEC. Near-miss: Fremont and its '13 mutual
 # funds' (unnamed)
 relations=[L(SFDO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published). Not dates: 'the 4:00 p.m. market close' (a daily time of day, no calendar day), 'for six
 # months' (a length of suspension), 'during the relevant period' (no value)
 dates=[D("today", "2004-11-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
