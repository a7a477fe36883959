#!/usr/bin/env python3
"""Batch 49a gold annotations (the texts of batch49a.py: three SEC texts of 2008 -- the SEC's temporary exemptions
'allowing LCH.Clearnet Ltd. to operate as a central counterparty for credit default swaps', developed 'in close
consultation with' the Federal Reserve Board, the Federal Reserve Bank of New York, the CFTC and 'the U.K. Financial
Services Authority', with the Memorandum of Understanding that 'the Commission, the FRB and the CFTC signed' in
November 2008 (SEC News Digest, Issue 2008-247, 23 December 2008); the announcement that the SEC's 'General Counsel,
Brian G. Cartwright, ... plans to return to the private sector', with SEC Chairman Christopher Cox's tribute (press
release 2008-277, 20 November 2008); the Division of Enforcement's 'preliminary settlement in principle' with 'Merrill
Lynch, Pierce, Fenner & Smith, Inc. (Merrill Lynch)' on auction rate securities (press release 2008-181, 22 August
2008)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each text's own date line or dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j; looked up in 48g's Citigroup
Global Markets ARS file (the Division of Enforcement -> parentOrganization to the SEC; a firm in a settlement in
principle: no relation), 48i's IFRS-protocols file ('the UK Financial Services Authority' -> 'Financial Services
Authority' plus the country as a Location; partner for arrangements the SEC signed with other regulators; alias
'Commission'), the corpus's EDGAR notice (EDGAR -> Service, provider(EDGAR, SEC)), 18e's Regulation SCI statement
(FINRA -> Organization), the corpus's NYSE and NASDAQ OMX files (exchanges -> Company), GATHERING.md's and GUIDELINES'
'plans to' -> current true and 'general counsel' -> executive, by their gold only where other matters): the SEC ->
Organization, its fullest name with 'SEC' and 'Commission' as aliases where the text uses them; 'SEC Chairman' ->
chairman; a first name used alone for the same man ('Brian') -> alias (48g's Mayhew file: 'Stewart'); 'Today's' beside
'today' -> one date item ('today', the corpus's habit); a merger whose buyer the text does not name -> nothing.
usage: batch49a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
LCH = "LCH.Clearnet Ltd."
FRB = "Board of Governors of the Federal Reserve System"
NYFED = "Federal Reserve Bank of New York"
CFTC = "Commodity Futures Trading Commission"
FSA = "Financial Services Authority"
PWG = "President's Working Group on Financial Markets"
ENF = "Division of Enforcement"
MLPFS = "Merrill Lynch, Pierce, Fenner & Smith, Inc."
A = {}

# ---- LCH.Clearnet exemptions, SEC News Digest 2008-247, published 2008-12-23 (a Tuesday) ------------------------------
A["us-sec-lch-clearnet-central-counterparty-credit-default-swaps-exemptions-2008"] = dict(
 # The Securities and Exchange Commission ('SEC Chairman': alias 'SEC'; 'The Commission', 'the Commission': alias
 # 'Commission', 48i's way); LCH.Clearnet Ltd. (Company, a clearing house run as a business; named once, the short
 # 'LCH.Clearnet' only in the cut sentence); Christopher Cox (no short form in the text); the Board of Governors of the
 # Federal Reserve System ('(FRB)', 'the FRB': alias); the Federal Reserve Bank of New York; the Commodity Futures
 # Trading Commission ('(CFTC)', 'the CFTC': alias); the Financial Services Authority ('the U.K. Financial Services
 # Authority': the body's own name with the country as a Location, 48i's way -- **doubtful**: a reader may keep 'U.K.
 # Financial Services Authority' as the name and no Location); 'U.K.' (Location, named as written, 48i's 'U.K.'/'UK'
 # Locations); the President's Working Group on Financial Markets (Organization, a named interagency body). Not
 # annotated: 'a central counterparty', 'central counterparty services', 'central counterparties' (generic; no
 # Service), 'the credit default swap market' (a market), 'Memorandum of Understanding' (a document, not an entity)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", LCH),
           E("Person", "Christopher Cox"),
           E("Organization", FRB, "FRB"),
           E("Organization", NYFED),
           E("Organization", CFTC, "CFTC"),
           E("Location", "U.K."),
           E("Organization", FSA),
           E("Organization", PWG)],
 # 'said SEC Chairman Christopher Cox' -> chairman at the SEC, current. No other person named
 roles=[R("Christopher Cox", "chairman", SEC, True)],
 # 'the Commission, the FRB and the CFTC signed a Memorandum of Understanding in November 2008 that establishes a
 # framework for consultation and information sharing' -> partner between each two of the three signatories, in the
 # order written: partner(SEC, FRB), partner(SEC, CFTC), partner(FRB, CFTC) (a signed agreement to work together:
 # GOLD_FORMAT's 's and o work together', 48i's signed IFRS protocols -> partner(SEC, ...) -- **doubtful**: a reader
 # may give only the SEC's two pairs (the text's own agency first), or none for an information-sharing framework).
 # Near-misses: 'developed these temporary exemptions in close consultation with' the FRB, the Federal Reserve Bank of
 # New York, the CFTC and the Financial Services Authority (consultation, no agreement: no partner -- a reader may give
 # partner(SEC, ...) for each); the exemptions 'allowing LCH.Clearnet Ltd. to operate as a central counterparty'
 # (a regulator's relief to a firm: no partner, no provider -- no Service named); the Federal Reserve Bank of New York
 # and the Board of Governors (the text does not say the bank is part of the System: no parentOrganization); the
 # President's Working Group's statement (no relation)
 relations=[L(SEC, "partner", FRB), L(SEC, "partner", CFTC), L(FRB, "partner", CFTC)],
 outages=[],
 # 'today' ('today approved'; 'Today's action', 'Today's announcement' the same day, one item as the corpus lists
 # them) -> 2008-12-23 (the digest's date line, cut: `published`); 'November 2008' -> 2008-11. Skipped: 'December 23,
 # 2008' (the date line, cut)
 dates=[D("today", "2008-12-23"), D("November 2008", "2008-11")])

# ---- Brian G. Cartwright to leave, SEC press release 2008-277, published 2008-11-20 (a Thursday) ---------------------
A["us-sec-general-counsel-brian-cartwright-leaving-return-private-sector-2008"] = dict(
 # The Securities and Exchange Commission ('the Commission' thrice, "the Commission's": alias 'Commission'; 'the SEC'
 # thrice, "the SEC's", 'SEC Chairman': alias 'SEC'; 'the agency' generic); Brian G. Cartwright ('Mr. Cartwright':
 # alias 'Cartwright'; 'Brian' four times in Cox's quotation: alias, 48g's 'Stewart' way); Christopher Cox ('Chairman
 # Cox': alias 'Cox'); NYSE, Euronext, NASDAQ-OMX (Companies: exchanges run as businesses, the corpus's NYSE and
 # NASDAQ OMX files; 'NASDAQ-OMX' named as written); FINRA (Organization, 18e's Regulation SCI file: a self-regulatory
 # body); EDGAR and IDEA (Services: the SEC's filing systems, 'the replacement of EDGAR with IDEA' -- the corpus's EDGAR
 # notice). Not annotated: 'the private sector', 'credit rating agencies' (generic); the Office of the General Counsel
 # (only in the cut sentence)
 entities=[E("Organization", SEC, "Commission", "SEC"),
           E("Person", "Brian G. Cartwright", "Cartwright", "Brian"),
           E("Person", "Christopher Cox", "Cox"),
           E("Company", "NYSE"),
           E("Company", "Euronext"),
           E("Company", "NASDAQ-OMX"),
           E("Organization", "FINRA"),
           E("Service", "EDGAR"),
           E("Service", "IDEA")],
 # 'its General Counsel, Brian G. Cartwright, ... plans to return to the private sector' -> executive at the SEC
 # (GUIDELINES: general counsel -> executive), current true ('plans to': not yet left; GUIDELINES: 'will step down' /
 # 'plans to retire' -> current=true); 'SEC Chairman Christopher Cox', 'Chairman Cox' -> chairman at the SEC, current.
 # Near-misses: 'an extraordinary leader of the SEC' (praise, not a post: the executive role stands alone); 'the
 # private sector' he returns to (no organisation named: no future role); the head of the Office of the General
 # Counsel (the office is named only in the cut sentence)
 roles=[R("Brian G. Cartwright", "executive", SEC, True),
        R("Christopher Cox", "chairman", SEC, True)],
 # 'the replacement of EDGAR with IDEA', told among the SEC's own achievements -> provider(EDGAR, SEC) and
 # provider(IDEA, SEC) (the corpus's EDGAR notice gives provider(EDGAR, SEC) with the SEC an Organization; a careful
 # reader is sure the SEC runs both systems it replaced one with the other -- **doubtful** for IDEA: the text does not
 # say what IDEA is; a reader may give it no relation, or not take it as a Service). Near-misses: 'the mergers of the
 # NYSE and Euronext and NASDAQ-OMX' (mergers whose buyer the text does not name, and NASDAQ-OMX named as the merged
 # result: GUIDELINES' 'A merger where the text does not say who buys whom: nothing'); 'the creation of FINRA' (no
 # parent named); the SEC's oversight of the exchanges (not stated as a relation)
 relations=[L("EDGAR", "provider", SEC), L("IDEA", "provider", SEC)],
 outages=[],
 # 'today' ('announced today') -> 2008-11-20 (the dateline, cut: `published`). Skipped: 'over the last three years'
 # and 'During his tenure' (spans, no calendar value), 'more recently' (vague), 'Nov. 20, 2008' (the dateline, cut)
 dates=[D("today", "2008-11-20")])

# ---- Merrill Lynch ARS settlement in principle, SEC press release 2008-181, published 2008-08-22 (a Friday) ----------
A["us-sec-merrill-lynch-auction-rate-securities-preliminary-settlement-2008"] = dict(
 # The Securities and Exchange Commission ("The Securities and Exchange Commission's Division of Enforcement"; 'the
 # Commission': alias 'Commission'); the Division of Enforcement (48g's Citigroup file: Organization with
 # parentOrganization to the SEC); Merrill Lynch, Pierce, Fenner & Smith, Inc. ('(Merrill Lynch)' and 'Merrill Lynch'
 # ten times: alias; 'the firm' generic). Not annotated: 'auction rate securities' / 'ARS' (a class of securities, no
 # Service, 48g's way), 'the ARS market' (a market), 'money market instruments' (generic); the title's 'SEC' (not in
 # the text)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", ENF),
           E("Company", MLPFS, "Merrill Lynch")],
 # None: the quotation's speaker (Linda Chatman Thomsen, the Division's Director in 48g's Citigroup text) is cut
 # after 'said Linda Chatman ' -- near-miss: a reader who knows the release may add her; the text as cut does not
 # name her
 roles=[],
 # "The Securities and Exchange Commission's Division of Enforcement" -> parentOrganization(Division of Enforcement,
 # SEC) (48g's Citigroup file). Near-misses: the settlement in principle 'reached with Merrill Lynch' (a regulator's
 # settlement with a firm: no partner, 48g's way; not yet final -- 'subject to ... approval by the Commission');
 # 'ARS customers of Merrill Lynch' and 'other business and institutional customers' (unnamed: no partner); 'the
 # auctions it managed' (no Service named); Merrill Lynch, Pierce, Fenner & Smith's parent (not named in the text: no
 # parentOrganization -- a reader who knows Merrill Lynch & Co. may add it; the text does not)
 relations=[L(ENF, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('today announced') -> 2008-08-22 (the dateline, cut: `published`); 'February 2008' -> 2008-02 ('stopped
 # supporting auctions in February 2008'). Skipped: 'the weeks and months preceding the collapse' (unresolvable), 'Aug.
 # 22, 2008' (the dateline, cut)
 dates=[D("today", "2008-08-22"), D("February 2008", "2008-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
