#!/usr/bin/env python3
"""Batch 67h gold annotations (the texts of batch67h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-66h; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year in a list item's parentheses ('(1947)')
-> the year, listed once however often it recurs ('1947' twice, '1968' twice); 'November 23, 1908', 'January 11,
1912' -> the days; 'In early 1920' -> the year (GUIDELINES, Dates: 'late 2006' -> the year); 'Ten years later' (relative,
`published` null), 'at the age of 26', 'at age 62' (ages) -> nothing. No text tells an outage, so every `outages` list
is empty; none tells a near-miss of one (foundings, a renaming, a merger, removals from posts, acquisitions, a
consolidation, store conversions, an incorporation and a change of address are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66h): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): 'founded ... by A and B' and 'A and his son B started Acme' -> `cofounder` for both, current
true; an unnamed family founding a company ('the Stouffer family established and incorporated') -> no role; posts the
text tells a person was removed from or lost ('removed as CEO', 'lost his position as Chairman', 'pushed off the board
of directors') -> current false; a post taken with no end told ('became Chairman and Chief Executive Officer', 'became
vice president') -> current true; 'Vice Chairman' -> `executive` (GUIDELINES, Roles); 'head teller' -> no role (a
teller post, as batches 59-66 gave 'as a teller' no role); running a company with no title ('took over the running of
the company') -> no role; completed purchases ('was acquired by', 'were purchased by') -> `acquired` and
`parentOrganization` (GUIDELINES, Relations); 'the consolidation of Allied into Federated' -> `acquired` only (the
target merged away, as batch 66h kept 'merged into'); a merger with no buyer told ('merged with Federation Bank &
Trust Company') -> nothing; 'X division was operated by Y' -> parentOrganization; a brand 'owned by' a company ->
provider (the brand a Service, GUIDELINES part 1 and Types; as batch 65k's Carnation Evaporated Milk); store
conversions to another chain ('converted stores to Macy's', 'converted to Burdines') -> nothing; former and later
names -> aliases ('founded as Franklin Square National Bank', 'The Fairmont Creamery, now Fairmont Foods'); named
streets, districts, a market and a shopping centre -> Location (named sites, GUIDELINES, Types, as batches 57b-66b
kept named streets); a newspaper -> Company; a city commission -> Organization; 'American' (an adjective) and unnamed
families, stores, farmers and products -> no entity.
usage: batch67h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- banking, US: Franklin National Bank ---------------------------------------------------------------------------
FNB = "Franklin National Bank"
ATR = "Arthur T. Roth"
HG = "Harold Gleason"
FSB = "Franklin Savings Bond"
A["wp-franklin-national-bank"] = dict(
 # the bank -> Company 'Franklin National Bank', aliases 'Franklin Square National Bank' ('founded as ... changed its
 # name to': a former name, GUIDELINES, Types) and 'Franklin' ('In 1964, Franklin opened branch offices'); Arthur T.
 # Roth (alias 'Roth': 'Roth was removed', 'Roth lost his position'), Harold Gleason (alias 'Gleason'), Donald Roth,
 # Michele Sindona and Laurence Tisch -> Person (the surface 'Roth' alone is Arthur T. Roth's, the text's subject; Donald
 # Roth is named once in full); the Federation Bank & Trust Company -> Company; Newsday ('(see Newsday)': a newspaper,
 # GUIDELINES, Types) -> Company; the Franklin Savings Bond (a named savings product the bank sold, GUIDELINES, Types:
 # products users buy -> Service; doubtful: a reader might take it for a kind of bond) -> Service; New York City,
 # Calverton and NY (the state, as written: 'Calverton, NY') -> Location. No entity: the list's products named by kind
 # ('Junior savings accounts', 'The drive up teller window', 'The bank credit card', 'the Certificate of Deposit': a
 # kind of deposit, capitalised but no one bank's product; doubtful); 'the board of directors' (the bank's board, not an
 # organisation of its own); 'the proposed airfield development' (unnamed); the cut lead's 'Long Island', 'October 8,
 # 1974' and 'Propaganda Due' (not in the text)
 entities=[E("Company", FNB, "Franklin Square National Bank", "Franklin"), E("Person", ATR, "Roth"),
           E("Service", FSB), E("Location", "New York City"), E("Company", "Federation Bank & Trust Company"),
           E("Person", HG, "Gleason"), E("Person", "Donald Roth"), E("Location", "Calverton"), E("Location", "NY"),
           E("Company", "Newsday"), E("Person", "Michele Sindona"), E("Person", "Laurence Tisch")],
 # 'became president in 1946' -> president at the bank, current false (doubtful: the text tells no end of the
 # presidency itself, but it tells him removed as CEO in 1968, stripped of the chair and pushed off the board in 1970,
 # so he held no post at the bank by the text's end; a reader might keep it current); 'Roth was removed as CEO' -> ceo,
 # current false; 'In 1970, Roth lost his position as Chairman' -> chairman, current false; 'was pushed off the board
 # of directors' -> director, current false (GUIDELINES, Roles: a board member who chairs the board is director and
 # chairman when the text names both the board and the chair; doubtful: 'pushed off the board' names his seat only by
 # his losing it); 'Gleason then became Chairman and Chief Executive Officer' -> chairman and ceo, current true (no end
 # told); 'inviting Laurence Tisch to join as Vice Chairman' -> executive (GUIDELINES, Roles: vice chairman ->
 # executive), current true (an invitation to a post read as taken: 'as he was a 22% shareholder' tells why he joined;
 # doubtful: the text does not say he accepted). Near-misses, no role: 'joined the bank in 1934 as head teller' (a
 # teller post; a reader might give other or executive); 'his protégé, Harold Gleason' (a tie between two men, no
 # post); 'a 22% shareholder' (an owner's stake, no post and no relation: a person); 'an influential future promised
 # by Michele Sindona' (no post at the bank told; the cut 'Collapse' section's vice chairmanship is not in the text);
 # Donald Roth (named in a scandal, no post)
 roles=[R(ATR, "president", FNB, False), R(ATR, "ceo", FNB, False), R(ATR, "chairman", FNB, False),
        R(ATR, "director", FNB, False), R(HG, "chairman", FNB), R(HG, "ceo", FNB),
        R("Laurence Tisch", "executive", FNB)],
 # 'Under his leadership, Franklin National Bank introduced many banking innovations, such as: ... Franklin Savings
 # Bond' -> provider(Franklin Savings Bond, Franklin National Bank) (the bank's named product; GUIDELINES part 1:
 # provider). Near-misses, no relation: 'in 1967 merged with Federation Bank & Trust Company' (a merger with no buyer
 # told: nothing, GUIDELINES, Relations; a reader might give acquired by Franklin, the sentence's subject); '(see
 # Newsday)' (a pointer to a newspaper's reporting, no tie); 'Laurence Tisch ... a 22% shareholder' (a person's stake:
 # no parentOrganization, which joins organisations); 'which later developed into the Certificate of Deposit' (a
 # product kind, no entity)
 relations=[L(FSB, "provider", FNB)],
 outages=[],
 # 'in 1926', 'in 1947' with '(1947)' (one item), 'in 1934', 'in 1946', '(1950)', '(1951)', '(1958)', '(1968)' with
 # 'In 1968' (one item), '(1969)', 'In 1964', 'in 1967', 'In 1970' -> the years. No date: none left out
 dates=[D("1926", "1926"), D("1947", "1947"), D("1934", "1934"), D("1946", "1946"), D("1950", "1950"),
        D("1951", "1951"), D("1958", "1958"), D("1968", "1968"), D("1969", "1969"), D("1964", "1964"),
        D("1967", "1967"), D("1970", "1970")])

# ---- retail, US: Jordan Marsh --------------------------------------------------------------------------------------
JM = "Jordan Marsh"
EDJ = "Eben Dyer Jordan"
BLM = "Benjamin L. Marsh"
HDS = "Hahn Department Stores"
AS = "Allied Stores"
FDS = "Federated Department Stores"
CC = "Campeau Corporation"
JMF = "Jordan Marsh Florida"
A["wp-jordan-marsh"] = dict(
 # the chain -> Company 'Jordan Marsh' (the infobox's 'Jordan Marsh & Company' is cut, so no alias); Eben Dyer Jordan
 # (alias 'Jordan': 'Ten years later, Jordan partnered with') and Benjamin L. Marsh -> Person; Hahn Department Stores,
 # Allied Stores (alias 'Allied'), Federated Department Stores (alias 'Federated'), the Campeau Corporation, Macy's
 # ('converted stores to Macy's': the chain, a business -> Company), Burdines and the Jordan Marsh Florida division
 # ('A separate Jordan Marsh Florida division': a named division, its own Company, as batches 60-66 kept named
 # divisions) -> Company; the Boston Landmarks Commission (a city body) -> Organization; Boston, Massachusetts, New
 # England, Washington Street, Downtown Crossing (a named street and district, GUIDELINES, Types: named sites;
 # doubtful: a reader might leave the street out), Shoppers' World (a named shopping centre, a site) and Framingham ->
 # Location. No entity: 'the historical flagship store', 'The suburban store', 'a Boston dry goods store' (unnamed);
 # 'American' (an adjective); 'Europe' is in the cut sentence only; the infobox's 'Jordan Marsh & Company' and
 # 'United States' (cut, not in the text)
 entities=[E("Company", JM), E("Person", EDJ, "Jordan"), E("Person", BLM), E("Location", "Boston"),
           E("Location", "Massachusetts"), E("Location", "New England"), E("Location", "Washington Street"),
           E("Location", "Downtown Crossing"), E("Organization", "Boston Landmarks Commission"),
           E("Location", "Shoppers' World"), E("Location", "Framingham"), E("Company", HDS),
           E("Company", AS, "Allied"), E("Company", FDS, "Federated"), E("Company", CC), E("Company", "Macy's"),
           E("Company", JMF), E("Company", "Burdines")],
 # 'an American department store chain founded in 1841 by Eben Dyer Jordan and Benjamin L. Marsh' -> cofounder at
 # Jordan Marsh for both (GUIDELINES, Roles, 'Founders': 'founded by A and B'), current true. Near-misses, no role:
 # 'Eben Dyer Jordan left his job at a Boston dry goods store and went into business for himself, laying the
 # foundation for the first Jordan Marsh' (alone, but the lead names the two as founders: one cofounder role each, no
 # second `founder` for Jordan; doubtful: a reader might give founder too); 'Jordan partnered with Boston merchant
 # Benjamin L. Marsh' (partners and an occupation: no partner relation, which joins organisations, and no post)
 roles=[R(EDJ, "cofounder", JM), R(BLM, "cofounder", JM)],
 # 'Jordan Marsh was acquired by Hahn Department Stores in 1928' -> acquired(Hahn, Jordan Marsh) and
 # parentOrganization(Jordan Marsh, Hahn); 'which itself was acquired by Allied Stores in 1935' -> acquired(Allied,
 # Hahn) and parentOrganization(Hahn, Allied); 'Allied and ... Federated Department Stores were purchased by the
 # Campeau Corporation in 1988' -> acquired and parentOrganization for each of the two (completed purchases,
 # GUIDELINES, Relations); 'the consolidation of Allied into Federated in 1992' -> acquired(Federated, Allied) only (the
 # target folded away, as batch 66h kept 'merged into' as acquired alone; doubtful: 'consolidation' names no purchase,
 # and both were Campeau's; a reader might give nothing); 'A separate Jordan Marsh Florida division was operated by
 # Allied' -> parentOrganization(Jordan Marsh Florida, Allied Stores) (a division, GUIDELINES part 1). Near-misses, no
 # relation: 'Federated dissolved Jordan Marsh and converted stores to Macy's in 1996' (a dissolution and a store
 # conversion: no acquired of Jordan Marsh by Federated or Macy's, and no parent link told, though a reader might
 # infer Federated's ownership through Allied; no tie of Macy's to Federated told); 'until being converted to
 # Burdines in 1991' (a conversion of stores, no purchase told); 'the bankruptcy of both' (a business failure);
 # 'competing department store holding company' (competitors, no partner); the Boston Landmarks Commission (its
 # creation prompted by a demolition, no tie)
 relations=[L(HDS, "acquired", JM), L(JM, "parentOrganization", HDS), L(AS, "acquired", HDS),
            L(HDS, "parentOrganization", AS), L(CC, "acquired", AS), L(AS, "parentOrganization", CC),
            L(CC, "acquired", FDS), L(FDS, "parentOrganization", CC), L(FDS, "acquired", AS),
            L(JMF, "parentOrganization", AS)],
 outages=[],
 # 'in 1841' with 'In 1841' (one item), 'in 1861', 'in 1975', 'in 1951', 'in 1993', 'in 1928', 'in 1935', 'in 1988',
 # 'in 1992', 'in 1996', 'from 1956', 'in 1991' -> the years. No date: 'Ten years later' (relative, `published` null,
 # though 1851 could be counted)
 dates=[D("1841", "1841"), D("1861", "1861"), D("1975", "1975"), D("1951", "1951"), D("1993", "1993"),
        D("1928", "1928"), D("1935", "1935"), D("1988", "1988"), D("1992", "1992"), D("1996", "1996"),
        D("1956", "1956"), D("1991", "1991")])

# ---- food, US: Stouffer's ------------------------------------------------------------------------------------------
SB = "Stouffer's"
JBS = "James B. Stouffer"
AES = "Abraham E. Stouffer"
CCC = "Cottage Creamery Co."
MCC = "Medina County Creamery Company"
A["wp-stouffers"] = dict(
 # the brand -> Service "Stouffer's" ('a brand of frozen prepared foods', GUIDELINES, Types: products users buy;
 # the surface also in "Stouffer's lucrative creamery", a possessive of the family's business, kept under the one
 # entity since one surface form names one entity; doubtful: a reader might make it a Company, the text naming no
 # company 'Stouffer's'); Lean Cuisine ('a line of reduced-fat products under the banner Lean Cuisine') -> Service;
 # Nestlé, the Cottage Creamery Co., the Medina County Creamery Company (aliases 'The Medina County Creamery Company',
 # as written mid-sentence with a capital 'The', and 'Medina County Creamery Co.', from "Stouffer's Medina County
 # Creamery Co." with the possessive left off, GUIDELINES part 1) and The Fairmont Creamery (as written, with 'The';
 # alias 'Fairmont Foods': 'now Fairmont Foods', a later name, GUIDELINES, Types) -> Company; James B. Stouffer (alias
 # 'James': "James's son") and Abraham E. Stouffer (alias 'Abraham': 'Abraham took over') -> Person; the United
 # States, Canada, the Sheriff Street Market (a named market, a site -> Location; doubtful), Cleveland, Medina, Ohio,
 # Orlando, Orange County, Florida, Detroit and Michigan -> Location. No entity: 'The Stouffer family', 'the Stouffer
 # family business' (a family, unnamed people); the dishes ('lasagna, macaroni and cheese, meatloaf, ravioli, and
 # salisbury steak': kinds of food); 'The Medina County Creamery Company Detroit, Michigan branch' (a branch named by
 # its company and place: no entity of its own); 'over 1,500 farmers' (unnamed); the cut infobox's Litton Industries
 # and the cut sentence's '2171 East 4th Street' (not in the text)
 entities=[E("Service", SB), E("Company", "Nestl\u00e9"), E("Location", "United States"), E("Location", "Canada"),
           E("Service", "Lean Cuisine"), E("Person", JBS, "James"), E("Person", AES, "Abraham"),
           E("Company", CCC), E("Location", "Sheriff Street Market"), E("Location", "Cleveland"),
           E("Company", MCC, "The Medina County Creamery Company", "Medina County Creamery Co."),
           E("Location", "Medina"), E("Location", "Ohio"), E("Location", "Orlando"), E("Location", "Orange County"),
           E("Location", "Florida"), E("Location", "Detroit"), E("Location", "Michigan"),
           E("Company", "The Fairmont Creamery", "Fairmont Foods")],
 # 'James B. Stouffer and his son Abraham E. Stouffer started the Cottage Creamery Co.' -> cofounder at the Cottage
 # Creamery Co. for both (GUIDELINES, Roles, 'Founders': two people named together as founding it; 'started' read as
 # founded), current true; 'In 1901, James's son Abraham E. Stouffer ... became vice president of the company' ->
 # vice-president at the Cottage Creamery Co. ('the company' of the sentence before), current true (no end told;
 # doubtful: 'Abraham took over the running of the company' in 1908 may end it, a reader might mark it false).
 # Near-misses, no role: 'the Stouffer family established and incorporated the Medina County Creamery Company' (a
 # family, no named founder; a reader might give cofounder to the two Stouffers); 'Abraham took over the running of
 # the company' (no title; a reader might give head or ceo, and 'the company' could be either creamery); 'James's
 # son', 'his son' (kin, no post)
 roles=[R(JBS, "cofounder", CCC), R(AES, "cofounder", CCC), R(AES, "vice-president", CCC)],
 # "Stouffer's is a brand of frozen prepared foods currently owned by Nestlé" -> provider(Stouffer's, Nestlé) (a
 # brand owned by a company: the company that makes and sells it, GUIDELINES part 1: provider; doubtful: 'owned by'
 # is an owned-by statement, which for two organisations would be parentOrganization, but the brand is a Service).
 # Near-misses, no relation: 'It also produces a line of reduced-fat products under the banner Lean Cuisine' (the
 # brand producing a line: no Company named as its maker, so no provider of Lean Cuisine; a reader might give it to
 # Nestlé); 'drew the attention of The Fairmont Creamery' (interest, no deal: GUIDELINES, Relations; the merger
 # announced in December 1920 is in the cut sentence); the Cottage Creamery Co. and the Medina County Creamery Company
 # (two companies of one family: no parent link or acquisition told); 'over 1,500 farmers supplying' the creamery
 # (unnamed suppliers: no partner)
 relations=[L(SB, "provider", "Nestl\u00e9")],
 outages=[],
 # 'to 1898', 'In 1901', 'In 1905', 'on November 23, 1908', 'On January 11, 1912', 'In 1914', 'In early 1920' (the
 # year, GUIDELINES, Dates) -> the days and years. No date: 'By this period' (relative); 'at the age of 26', 'at age 62'
 # (ages)
 dates=[D("1898", "1898"), D("1901", "1901"), D("1905", "1905"), D("November 23, 1908", "1908-11-23"),
        D("January 11, 1912", "1912-01-11"), D("1914", "1914"), D("early 1920", "1920")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
