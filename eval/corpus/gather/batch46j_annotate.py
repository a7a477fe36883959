#!/usr/bin/env python3
"""Batch 46j gold annotations (the texts of batch46j.py: the SEC's Litigation Release No. 21025 of 5 May 2009 on 'The
Reserve Primary Fund', 'the Reserve Management Company, Inc. (RMCI), its Chairman, Bruce Bent Sr., its Vice Chairman and
President, Bruce Bent II, and Resrv Partners, Inc.' and Lehman Brothers Holdings, Inc.; the SEC's press release 2011-7
of 11 January 2011 on Charles Schwab Investment Management (CSIM), Charles Schwab & Co., Inc. (CS&Co.), Schwab
Investments, the Schwab YieldPlus Fund, "CSIM's former chief investment officer for fixed income Kimon Daifotis" and
'Randall Merk, who is an executive vice president at CS&Co. and was president of CSIM', with Robert Khuzami, 'Director
of the SEC's Division of Enforcement', quoted), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d and 46g for
SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC' alias where written); 'Chairman' ->
chairman; 'Vice Chairman' -> executive (GUIDELINES: vice chairman; 42l's Samsung Vice Chairman); 'President' ->
president; 'executive vice president' -> vice-president (GUIDELINES); 'chief investment officer' -> executive
(GUIDELINES: chief investment officers); 'former' and 'was' -> current false; a post named with no 'former' (or with
'is') -> current true (45zv, 46d, 46g); "Director of the SEC's Division of Enforcement" -> director at the Division,
the Division parentOrganization the SEC (40zm, 42g, 43a, 44l, 44p, 46a); a court named with 'United States District
Court' -> Organization (45a, 45f, 45v, 45zv, 46d, 46g); investment funds named by the text -> Service with the firm
the text says runs them as provider (batch 38's CLSA funds, 46g's Bear Stearns funds); 'federal court' unnamed -> no
entity; 'today' -> the release's day; a day and month without a year -> the year the text sets ('September 15' after
'Sept. 16, 2008': 46g's 'March 31').
usage: batch46j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
RMCI = "Reserve Management Company, Inc."
RP = "Resrv Partners, Inc."
PF = "The Reserve Primary Fund"
CSIM = "Charles Schwab Investment Management"
CSCO = "Charles Schwab & Co., Inc."
YP = "Schwab YieldPlus Fund"
DOE = "Division of Enforcement"
A = {}

# ---- Reserve Management Company, the Bents and Resrv Partners, published 2009-05-05 (a Tuesday) ------------------------
A["us-sec-reserve-management-chairman-bent-vice-chairman-president-bent-ii-primary-fund-2009"] = dict(
 # The Securities and Exchange Commission ('the SEC also seeks', "the SEC's complaint", 'The SEC also alleges': alias
 # 'SEC'; 'Commission' never alone); the United States District Court for the Southern District of New York (a court
 # named in full -> Organization; the district inside its name no Location of its own); The Reserve Primary Fund
 # (written with its capital 'The' twice; "the Primary Fund's investors", 'the Primary Fund': alias 'Primary Fund';
 # 'the fund', 'the money market fund' generic; a money market fund, a product investors buy -> Service, as 46g's
 # funds; **doubtful**: a reader may make it Company or Organization, a fund being a trust's series, or leave it out);
 # Reserve Management Company, Inc. ('the Reserve Management Company, Inc. (RMCI)': name without the article; 'RMCI'
 # four times more: alias; an investment firm -> Company); Bruce Bent Sr. and Bruce Bent II (no surname alone in the
 # text, no alias); Resrv Partners, Inc. (Company); Lehman Brothers Holdings, Inc. ('Lehman Brothers filed for
 # bankruptcy protection', 'Lehman-issued securities', 'Lehman securities': aliases 'Lehman Brothers' and 'Lehman';
 # **doubtful**: a reader may keep 'Lehman Brothers' apart as the bank, or leave 'Lehman' inside 'Lehman-issued' out).
 # Not annotated: 'investors and trustees', 'board of trustees', 'ratings agencies', 'defendants' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Service", PF, "Primary Fund"),
           E("Company", RMCI, "RMCI"),
           E("Person", "Bruce Bent Sr."),
           E("Person", "Bruce Bent II"),
           E("Company", RP),
           E("Company", "Lehman Brothers Holdings, Inc.", "Lehman Brothers", "Lehman")],
 # 'the Reserve Management Company, Inc. (RMCI), its Chairman, Bruce Bent Sr.' -> chairman at RMCI, current true (no
 # 'former'); 'its Vice Chairman and President, Bruce Bent II' (its: RMCI's, the same list) -> executive (GUIDELINES:
 # vice chairman) and president at RMCI, both current true. **Doubtful**: 'its' could be read as the fund's (the list
 # follows 'who operate The Reserve Primary Fund, including'); the release's apposition ties the posts to RMCI, the
 # nearest company, and the fund is a product here. Near-misses: 'the entities and individuals who operate The Reserve
 # Primary Fund' (operators, no post); 'trustees' (unnamed)
 roles=[R("Bruce Bent Sr.", "chairman", RMCI), R("Bruce Bent II", "executive", RMCI),
        R("Bruce Bent II", "president", RMCI)],
 # 'the entities and individuals who operate The Reserve Primary Fund, including the Reserve Management Company, Inc.
 # (RMCI), ... and Resrv Partners, Inc.' -> the fund provider RMCI and provider Resrv Partners (the text says both
 # entities operate it; **doubtful** for Resrv Partners, whose part the text does not tell: a reader may give RMCI
 # alone, 'RMCI would provide the credit support' pointing at the manager). Nothing between RMCI and Resrv Partners
 # (no ownership stated: near-miss); the fund's Lehman holdings are securities, no relation
 relations=[L(PF, "provider", RMCI), L(PF, "provider", RP)],
 outages=[],
 # 'May 5, 2009' -> 2009-05-05 (the filing, the release's day); 'Sept. 16, 2008' -> 2008-09-16; 'September 15' ->
 # 2008-09-15 (Lehman's filing the day before the fund broke the buck; **doubtful**, the year borrowed from the
 # paragraph before, as 46g's 'March 31'). Skipped: 'that day' (the same day again, no text of its own worth a value:
 # near-miss, a reader may give it 2008-09-15), '$1.00', '$785 million', '$1' (amounts)
 dates=[D("May 5, 2009", "2009-05-05"), D("Sept. 16, 2008", "2008-09-16"), D("September 15", "2008-09-15")])

# ---- Charles Schwab Investment Management, Charles Schwab & Co., Daifotis and Merk, published 2011-01-11 (a Tuesday) ----
A["us-sec-charles-schwab-investment-management-former-cio-daifotis-merk-yieldplus-fund-2011"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', 'The SEC also filed', 'The SEC alleges', "the SEC's
 # charges", "The SEC's case", "the SEC's Division of Enforcement": alias 'SEC'); Charles Schwab Investment Management
 # ('(CSIM)', 'CSIM' four times more: alias; an investment adviser -> Company); Charles Schwab & Co., Inc. ('(CS&Co.)',
 # 'at CS&Co.', 'CSIM and CS&Co.': alias 'CS&Co.'); Schwab Investments (charged beside CSIM over the fund's policy; no
 # kind given -> Company, as a business that offers the funds; **doubtful**: a reader who knows it as a fund trust may
 # make it Organization); the Schwab YieldPlus Fund ("the YieldPlus fund's concentration policy", 'the YieldPlus and
 # other Schwab funds', 'the YieldPlus Fund': aliases 'YieldPlus Fund' and 'YieldPlus'; a mutual fund -> Service, as
 # 46g's funds); Kimon Daifotis ('Daifotis'); Randall Merk ('Merk'); Robert Khuzami; the Division of Enforcement (the
 # SEC's unit -> Organization). 'Schwab' on its own ('Schwab official Randall Merk', 'other Schwab funds'): **doubtful**,
 # annotated as a Company of its own (the Schwab firm the two entities belong to, named apart from them; never the
 # full name of a parent) -- a reader may fold it into Charles Schwab & Co., Inc. (Merk's employer) or leave it out as
 # a brand. Not annotated: 'federal court' (unnamed; no court entity, 42g, 44p), 'the executives', 'financial firms and
 # professionals', 'large mutual fund providers', 'retail investors' (generic), 'Schwab Entities' (title only)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", CSIM, "CSIM"),
           E("Company", CSCO, "CS&Co."),
           E("Service", YP, "YieldPlus Fund", "YieldPlus"),
           E("Company", "Schwab Investments"),
           E("Person", "Kimon Daifotis", "Daifotis"),
           E("Company", "Schwab"),
           E("Person", "Randall Merk", "Merk"),
           E("Person", "Robert Khuzami"),
           E("Organization", DOE)],
 # "CSIM's former chief investment officer for fixed income Kimon Daifotis" -> executive at CSIM (GUIDELINES: chief
 # investment officers -> executive), current false ('former'); 'Randall Merk, who is an executive vice president at
 # CS&Co.' -> vice-president at Charles Schwab & Co., Inc. (GUIDELINES: executive vice president), current true ('is');
 # '... and was president of CSIM' -> president at CSIM, current false ('was': left the post); "Robert Khuzami,
 # Director of the SEC's Division of Enforcement" -> director at the Division (46a's Thomsen, 44p), current true
 # (**doubtful**: a reader may give head, GUIDELINES' word for one who leads an agency; the lane gives director for a
 # unit's Director). Near-misses: 'a trustee of the YieldPlus and other Schwab funds' (a trustee of products, no
 # organisation; **doubtful**: a reader making the fund an Organization gives other or director there); 'Schwab
 # official' (no title); 'Two Executives' (title only)
 roles=[R("Kimon Daifotis", "executive", CSIM, False), R("Randall Merk", "vice-president", CSCO),
        R("Randall Merk", "president", CSIM, False), R("Robert Khuzami", "director", DOE)],
 # "the SEC's Division of Enforcement" -> parentOrganization the SEC; the Schwab YieldPlus Fund provider CSIM (CSIM
 # charged over misleading statements on the fund and over the fund's concentration policy, its former chief
 # investment officer for fixed income charged over the fund's 'management': a careful reader takes CSIM for the
 # fund's manager; **doubtful**: the text never says in so many words that CSIM runs the fund; a reader may add
 # provider CS&Co. (statements) or Schwab Investments (the policy), or give none). Nothing between the Schwab entities
 # and 'Schwab' (no parent named or stated: near-miss, a reader may give CSIM and CS&Co. parentOrganization Schwab
 # from the shared name)
 relations=[L(DOE, "parentOrganization", SEC), L(YP, "provider", CSIM)],
 outages=[],
 # 'today' -> 2011-01-11 (the release's day, the dateline cut). Skipped: '$118 million' (an amount); nothing else
 dates=[D("today", "2011-01-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
