#!/usr/bin/env python3
"""Gold annotations for batch 63d (session 57, gatherer 63d): the three federal texts batch63d.py writes -- the SEC's
accounting fraud case against Escala Group, Inc., its founder and former CEO Gregory Manning and its former CFO Larry
Lee Crawford over dealings with its parent company Afinsa Bienes Tangibles, S.A. (Litigation Release No. 20965, March
23, 2009); the summary judgment against Roger D. Blackwell, Kelly Hughes, Kevin Stacy and the Roger Blackwell and
Associates Pension Plan Trust for insider trading in Worthington Foods, Inc. stock (Litigation Release No. 20054,
March 23, 2007); the civil action against Steve Madden, President and Chief Executive Officer of Steve Madden, Ltd.,
over IPOs underwritten by Stratton Oakmont, Inc. and Monroe Parker Securities, Inc. (Litigation Release No. 16600,
June 20, 2000, UNT End of Term 2008 copy) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Escala / Manning -> test, Steve Madden -> train, Worthington / Blackwell -> dev (as write_parts dealt them).
Dates resolve against `published` (each release's own day, from its left-out release line).
Conventions (the federal SEC lane's, batches 41b, 41e, 44l, 44r, 56c, 58b, 58q, 59g, 60b, 60l, 61b, 62b and 62i;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as 'Securities and Exchange Commission' with
the aliases the text uses ('Commission', 'SEC'), or an Organization named 'Commission' where the kept text writes only
that (62b's Intervoice and 62i's Forman way); a court named in full -> Organization; a judge -> Person, no role (41p's
judges); a stock exchange or market tier -> Company (the Vari-L train file's 'Nasdaq'); a surname alone or a short
name defined in parentheses -> aliases, a ticker used as the company's name ('SHOO') -> alias; 'founder and former
CEO' -> founder (current) and ceo (former) (batch 24a's way); 'former CFO' -> cfo, current false; 'President and Chief
Executive Officer' -> president and ceo; 'its parent company, X' -> parentOrganization; an underwriter of a company's
IPO -> partner(underwriter, issuer) (batches 38k and 59e); a spin-off -> nothing (batch 22b); 'related party' status
-> nothing; a pension plan trust -> Organization (the corpus's Ontario Teachers' Pension Plan); a trustee's capacity
-> no role (batch 43t's voting-trust trustees); plural offices named in one elided phrase ('the United States
Attorney's Offices for the Eastern District of New York and the Southern District of New York') -> no entity (batch
54zm's 'U.S. Attorney's Offices'); a regulator's action, a court's judgment, a settlement -> no relation; laws
('Securities Exchange Act of 1934', 'Exchange Act') -> nothing, and the year in a law's name no date (41e); ages,
amounts and counts -> nothing; 'today' -> published; 'from 1991 through 1997' -> each year its own item (batch 46a's
'from 1997 through 2005').
usage: batch63d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather64d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ESC = "Escala Group, Inc."
AFI = "Afinsa Bienes Tangibles, S.A."
WOR = "Worthington Foods, Inc."
SMC = "Steve Madden, Ltd."
STR = "Stratton Oakmont, Inc."
A = {}

# ---- Escala Group, Inc. / Gregory Manning, Larry Lee Crawford, Litigation Release No. 20965, published 2009-03-23 ------
A["us-sec-escala-group-former-ceo-cfo-manning-crawford-afinsa-related-party-fraud-2009"] = dict(
 # The Securities and Exchange Commission (once in full; 'The SEC complaint': alias 'SEC'); the NASDAQ National Market
 # ('then-NASDAQ National Market issuer': a market of a stock exchange, a business -> Company, as the Vari-L train
 # file's 'Nasdaq'; the 'then-' prefix not part of the name); Escala Group, Inc. (once in full; 'Escala' four times:
 # alias); Gregory Manning ('Manning' twice, "Manning's" once: alias); Larry Lee Crawford ('Crawford' once: alias);
 # Afinsa Bienes Tangibles, S.A. (defined as '("Afinsa")'; 'Afinsa' four times, "Afinsa's" once: alias); Europe ('in
 # Europe': Location); Barrett & Worthen, Inc. (a company whose related-party status was hidden: Company); the
 # Brookman Catalogue (a named stamp-price catalogue, a product its users consult -> Service; **doubtful** as a type: a
 # reader may leave a publication's title out). Not annotated: 'Spanish' ('a privately held Spanish company', 'Spanish
 # authorities': an adjective, no place named; the authorities unnamed); 'the complaint' / 'The SEC complaint' (a
 # filing); 'a network of companies' (Escala's units, unnamed); 'certain individuals' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "NASDAQ National Market"),
           E("Company", ESC, "Escala"),
           E("Person", "Gregory Manning", "Manning"),
           E("Person", "Larry Lee Crawford", "Crawford"),
           E("Company", AFI, "Afinsa"),
           E("Location", "Europe"),
           E("Company", "Barrett & Worthen, Inc."),
           E("Service", "Brookman Catalogue")],
 # 'its founder and former CEO Gregory Manning' ('its' = Escala Group, Inc.) -> founder at Escala, current true (a
 # founder stays the founder; 'former' read over 'CEO' only, batch 24a's 'founder and former CEO') and ceo at Escala,
 # current false; 'its former CFO Larry Lee Crawford' -> cfo at Escala, current false. **Doubtful**: 'founder' named
 # alone for one person (GUIDELINES: founder, not cofounder; Escala was formed from Greg Manning Auctions and a
 # Spanish business in other papers, not here); a reader may read 'former' over both words. **Near-misses**: the
 # title's 'its Former CEO and CFO' (title, not text -- the same posts anyway); 'Afinsa and Manning's control of the
 # prices' (control of prices, not a post at Afinsa: no role at Afinsa); the ages '62' and '60' (not posts, not dates)
 roles=[R("Gregory Manning", "founder", ESC, True),
        R("Gregory Manning", "ceo", ESC, False),
        R("Larry Lee Crawford", "cfo", ESC, False)],
 # 'Escala and its parent company, Afinsa Bienes Tangibles, S.A.' -> parentOrganization(Escala Group, Inc., Afinsa
 # Bienes Tangibles, S.A.). **Near-misses**: the 'related party transactions between Escala and its parent company'
 # (sales between the two, not told in the kept text: no partner beside the parent tie); 'the related party status of
 # Barrett & Worthen, Inc.' (a related party, no owner or parent named: nothing); 'resulting in control of the
 # Brookman Catalogue' (the text does not say who makes or publishes it: no provider -- Barrett & Worthen is the
 # likely reading, but the sentence gives the control to Afinsa and Manning); 'then-NASDAQ National Market issuer'
 # (a listing: no relation); Spanish authorities' raid (unnamed bodies: nothing)
 relations=[L(ESC, "parentOrganization", AFI)],
 outages=[],
 # 'The Securities and Exchange Commission today filed' -> 'today' 2009-03-23 (`published`, a Monday); 'ceased after
 # May 2006' -> 'May 2006' 2006-05. Not dates: the ages '62' and '60'; the left-out release and caption lines' dates
 # and the docket number '09 CV 2646'
 dates=[D("today", "2009-03-23"), D("May 2006", "2006-05")])

# ---- Worthington Foods, Inc. / Roger D. Blackwell et al., Litigation Release No. 20054, published 2007-03-23 ----------
A["us-sec-worthington-foods-blackwell-insider-trading-summary-judgment-2007"] = dict(
 # Algenon L. Marbley ('the Honorable Algenon L. Marbley': a judge -> Person); the U.S. District Court for the
 # Southern District of Ohio (a court named in full -> Organization; 'The Court held', 'the Court also granted', 'the
 # Court also ruled': capitalised, but the generic word -- no alias, as 62i's 'the court'); the Commission ('in favor of
 # the Commission', "the Commission's claim": the kept text writes the SEC only so -- the release and caption lines
 # are left out -- so an Organization named 'Commission', 62b's and 62i's way); Roger D. Blackwell (twice in full;
 # 'Blackwell' four times: alias); Kelly Hughes ('Hughes': alias); Kevin Stacy ('Stacy': alias); the Roger Blackwell
 # and Associates Pension Plan Trust (defined as '("Pension Plan")'; 'the Pension Plan' twice: alias -- a pension plan
 # trust -> Organization, as the corpus's Ontario Teachers' Pension Plan; the 'Roger Blackwell and Associates' inside
 # its name is not annotated on its own, the text never names that firm alone); Worthington Foods, Inc. (once in full;
 # 'Worthington stock': alias 'Worthington'); Black-Jack Enterprises ('with respect to Black-Jack Enterprises': a
 # business by its name -> Company; **doubtful** in type: the text does not say what it is, an investment partnership
 # in the complaint). Not annotated: 'an earlier criminal prosecution' (unnamed case); 'Defendants' (generic); the
 # Securities Exchange Act of 1934 / Exchange Act and the Rules (laws)
 entities=[E("Person", "Algenon L. Marbley"),
           E("Organization", "U.S. District Court for the Southern District of Ohio"),
           E("Organization", "Commission"),
           E("Person", "Roger D. Blackwell", "Blackwell"),
           E("Person", "Kelly Hughes", "Hughes"),
           E("Person", "Kevin Stacy", "Stacy"),
           E("Organization", "Roger Blackwell and Associates Pension Plan Trust", "Pension Plan"),
           E("Company", WOR, "Worthington"),
           E("Company", "Black-Jack Enterprises")],
 # None. The kept text gives no post: Blackwell was a director of Worthington Foods, and Hughes an employee of his
 # firm, only in the complaint and other papers (not in this text: no role from outside knowledge). **Near-misses**:
 # 'Roger D. Blackwell in his capacity as trustee of the Roger Blackwell and Associates Pension Plan Trust' (a trustee of
 # a pension trust -- no title in the list fits; batch 43t's voting-trust trustees had no role; **doubtful**: 'other' at
 # the Pension Plan is the alternative); Judge Marbley (a judge: no role); the Section 16(a) claim on 'his beneficial
 # ownership of Worthington stock' (reports an insider files, but the text does not name his post)
 roles=[],
 # None. **Near-misses**: 'Worthington stock, purchased through the Pension Plan' and the claim 'with respect to
 # Black-Jack Enterprises' (shareholdings and a person's ties to a partnership: no ownership of a company by a
 # company); the court's judgment for the Commission (a court and a regulator: nothing); Kellogg's purchase of
 # Worthington (the matter's background, not in this text)
 relations=[],
 outages=[],
 # 'On March 20, 2007' -> 'March 20, 2007' 2007-03-20 (a Tuesday, three days before `published`). Not dates: '1934'
 # inside the law's name (41e); the Rule numbers '10b-5', '16a-2', '16a-3', '16a-8'; the left-out caption's 'filed
 # January 21, 2003'
 dates=[D("March 20, 2007", "2007-03-20")])

# ---- Steve Madden, Ltd. / Steve Madden, Litigation Release No. 16600, published 2000-06-20 ------------------------------
A["us-sec-steve-madden-ceo-stratton-oakmont-monroe-parker-ipo-manipulation-2000"] = dict(
 # The Securities and Exchange Commission (once in full; 'The Commission alleged', "The Commission's Complaint": alias
 # 'Commission'); the United States District Court for the Eastern District of New York (a court named in full ->
 # Organization); Steve Madden ('Madden' eight times, "Madden's" twice: alias); Steve Madden, Ltd. (once in full,
 # defined as '(SHOO)', 'a footwear company'; 'SHOO' again in "Madden's own company, SHOO": the ticker used as its
 # name -> alias); Stratton Oakmont, Inc. (defined as '(Stratton)'; 'Stratton' nine times: alias); Monroe Parker
 # Securities, Inc. (defined as '(Monroe)'; 'Monroe' six times: alias). Not annotated: 'the United States Attorney's
 # Offices for the Eastern District of New York and the Southern District of New York' (two offices in one elided
 # phrase: no single body is named -- batch 54zm's plural 'U.S. Attorney's Offices' near-miss; **doubtful**: a reader may
 # annotate the Eastern District office by its full phrase); 'New York' (only inside the names of the court and the
 # offices, never as a place on its own: no Location); 'Both firms', 'the flippers', 'their own customers' (generic);
 # 'boiler rooms' (a kind of firm)
 entities=[E("Organization", "Securities and Exchange Commission", "Commission"),
           E("Organization", "United States District Court for the Eastern District of New York"),
           E("Person", "Steve Madden", "Madden"),
           E("Company", SMC, "SHOO"),
           E("Company", STR, "Stratton"),
           E("Company", "Monroe Parker Securities, Inc.", "Monroe")],
 # 'Steve Madden, President and Chief Executive Officer of Steve Madden, Ltd. (SHOO)' -> president and ceo at Steve
 # Madden, Ltd., both current true (the release of June 20, 2000 gives him both posts, no 'former' or 'then').
 # **Near-misses**: "Madden's own company, SHOO" (ownership or founding is not stated as a post: no founder role, no
 # relation -- the company bears his name, which is no evidence in the text); 'a key participant in a series of
 # manipulations orchestrated by Stratton and Monroe' (no post at either firm: no role there)
 roles=[R("Steve Madden", "president", SMC, True),
        R("Steve Madden", "ceo", SMC, True)],
 # 'twenty-two initial public offerings (IPOs) underwritten by Stratton Oakmont, Inc. (Stratton), and Monroe ...
 # Madden's own company, SHOO, was among the IPOs manipulated by Madden and Stratton' -> partner(Stratton Oakmont, Inc.,
 # Steve Madden, Ltd.) (Stratton the underwriter of SHOO's IPO, the corpus's underwriter -> partner reading of batches
 # 38k and 59e; **doubtful**: the text says the IPOs were underwritten by Stratton and Monroe together and that SHOO's
 # was manipulated by Stratton -- it does not say in one clause that Stratton underwrote SHOO's; no partner with
 # Monroe, which the text does not tie to SHOO's offering). **Near-misses**: 'Monroe Parker Securities, Inc. (Monroe),
 # a Stratton spin-off' (a spin-off -> nothing, batch 22b: spun away, no parent now; **doubtful**: a reader may give
 # parentOrganization(Monroe, Stratton)); the flippers' 'secret agreements' with Stratton and Monroe (unnamed
 # persons); the IPOs of the other twenty-one companies (unnamed); the US Attorneys' related criminal charges and the
 # Commission's action in the court (nothing)
 relations=[L(STR, "partner", SMC)],
 outages=[],
 # 'on June 20, 2000' and 'Also on June 20, 2000' -> 'June 20, 2000' 2000-06-20 (also `published`; one item for the
 # repeated text); 'From 1991 through 1997' -> '1991' 1991 and '1997' 1997 (each year its own item, batch 46a's 'from
 # 1997 through 2005'). Not dates: 'over a six-year period' (a span with no anchor of its own); 'twenty-two' (a count);
 # the caption's docket number 'CV 00 3632' (left out)
 dates=[D("June 20, 2000", "2000-06-20"), D("1991", "1991"), D("1997", "1997")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
